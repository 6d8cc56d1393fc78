/* libFuzzer target for the assembler: any text, assembled, and what comes
 * out opened again by the loader. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/asm.h"
#include "bpfvet/object.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bv_open_opts o = { .btf_path = "/nonexistent" };
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;
	char *text = malloc(size + 1);
	uint8_t *elf;
	size_t n;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = 0;
	if (bv_asm_text(text, "fuzz.s", &elf, &n, &err) == 0) {
		if (bv_object_open_mem(elf, n, "fuzz.s", &o, &obj, &err) == 0)
			bv_object_free(obj);
		free(elf);
	}
	free(text);
	return 0;
}
