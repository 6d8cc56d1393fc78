/* libFuzzer target for the loader and linker: any bytes as an ELF object,
 * then every linked instruction through the decoder and disassembler.
 *
 *   cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DBPFVET_FUZZ=ON
 *   cmake --build build-fuzz --target fuzz_loader
 *   build-fuzz/tests/fuzz/fuzz_loader -max_total_time=600 CORPUS_DIR
 *
 * The target for CO-RE is the object itself when it has BTF (--btf of a
 * fuzzed file), so no run depends on the machine's kernel. */
#include <stdint.h>
#include <stdlib.h>

#include "bpfvet/insn.h"
#include "bpfvet/object.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bv_open_opts o = { .btf_path = "/nonexistent", .kconfig_path = "/nonexistent" };
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;

	if (bv_object_open_mem(data, size, "fuzz.o", &o, &obj, &err))
		return 0;
	for (size_t i = 0; i < obj->n_progs; i++) {
		const struct bv_prog *p = &obj->progs[i];
		struct bv_disasm_names names = bv_prog_disasm_names(p);
		const struct bv_line_info *prev = NULL;
		char buf[256];

		for (size_t k = 0; k < p->n_insns; k++) {
			bv_insn_print(buf, sizeof(buf), p->insns, p->n_insns, k, &names);
			bv_prog_source_line(p, k, &prev);
		}
	}
	bv_object_free(obj);
	return 0;
}
