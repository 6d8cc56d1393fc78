/* Malformed objects: every corruption gets a clear error naming the file
 * (and the section or offset where it can), never a crash or a hang.
 * Corruptions are made from a real clang-built object: truncation at many
 * lengths, section headers pointing past the end, bad symbol and
 * relocation indices, broken BTF, and a few thousand seeded byte flips. */
#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/object.h"
#include "check.h"
#include "util/util.h"

static int try_open(const uint8_t *data, size_t size, char *msg, size_t msize)
{
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;
	int r = bv_object_open_mem(data, size, "bad.o", NULL, &obj, &err);

	if (msg)
		snprintf(msg, msize, "%s", err.msg);
	bv_object_free(obj);
	return r;
}

static Elf64_Shdr *shdr(uint8_t *img, size_t size, unsigned idx)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)img;

	if (eh->e_shoff + (idx + 1) * sizeof(Elf64_Shdr) > size)
		return NULL;
	return (Elf64_Shdr *)(img + eh->e_shoff) + idx;
}

static const char *sec_name(uint8_t *img, size_t size, unsigned idx)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)img;
	Elf64_Shdr *s = shdr(img, size, idx), *str = shdr(img, size, eh->e_shstrndx);

	return s && str ? (const char *)img + str->sh_offset + s->sh_name : "";
}

static int find_sec(uint8_t *img, size_t size, const char *name)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)img;

	for (unsigned i = 1; i < eh->e_shnum; i++)
		if (!strcmp(sec_name(img, size, i), name))
			return (int)i;
	return -1;
}

/* clang 14 lists a static constant it put in ".rodata.cst16" or
 * ".rodata.str1.1" under the DATASEC ".rodata"; when no ".rodata" section
 * exists, libbpf 1.1 (Debian 12's) refuses to open the object:
 * "libbpf: Invalid size for section .rodata: 0 bytes", "Error finalizing
 * .BTF: -2" (seen with bpftool prog loadall).  Made here whatever compiler
 * built the object, by renaming the DATASEC in the BTF's strings: BTF then
 * says ".rodatX" for a variable the object has in ".rodata".  (Renaming
 * the section would rename symbols too: their names share its string.) */
static void misplaced_rodata(const char *path)
{
	struct bv_error err = { 0 };
	uint8_t *img, *hit = NULL;
	size_t size;
	char msg[BV_ERROR_MSG_MAX];
	int s;

	if (bv_read_file(path, 1 << 26, &img, &size, &err)) {
		CHECK(0, "%s", err.msg);
		return;
	}
	s = find_sec(img, size, ".BTF");
	if (s > 0) {
		Elf64_Shdr *h = shdr(img, size, (unsigned)s);

		for (size_t i = h->sh_offset; !hit && i + 9 <= h->sh_offset + h->sh_size && i + 9 <= size; i++)
			if (!memcmp(img + i, "\0.rodata\0", 9))
				hit = img + i;
	}
	CHECK(hit != NULL, "%s: the string .rodata in its BTF", path);
	if (hit) {
		hit[7] = 'X';
		CHECK(try_open(img, size, msg, sizeof(msg)) == -ENOENT && strstr(msg, "bad.o: section '.BTF'") &&
		      strstr(msg, "DATASEC '.rodatX' lists") && strstr(msg, "no section '.rodatX'") &&
		      strstr(msg, "in '.rodata')") && strstr(msg, "Error finalizing .BTF: -2") &&
		      strstr(msg, "fix: declare") && strstr(msg, "without `static`"),
		      "DATASEC without its section: %s", msg);
	}
	free(img);
}

int main(int argc, char **argv)
{
	struct bv_error err = { 0 };
	uint8_t *img, *work;
	size_t size;
	char msg[BV_ERROR_MSG_MAX];
	unsigned long seed = 12345;
	int crashes = 0;

	if (argc < 2)
		return check_skip("test_malformed", "usage: test_malformed OBJECT");
	if (bv_read_file(argv[1], 1 << 26, &img, &size, &err))
		return check_skip("test_malformed", err.msg);
	work = malloc(size);
	CHECK(try_open(img, size, NULL, 0) == 0, "the original opens");

	/* truncation: every prefix shorter than the section headers fails
	 * cleanly, naming the file */
	for (size_t n = 0; n < size; n += (n < 256 ? 1 : 97)) {
		int r = try_open(img, n, msg, sizeof(msg));

		CHECK(r < 0, "truncated to %zu bytes still opens", n);
		CHECK(strstr(msg, "bad.o") != NULL, "message names the file: %s", msg);
	}
	CHECK(try_open((const uint8_t *)"not an elf at all, just text", 28, msg, sizeof(msg)) < 0 &&
	      strstr(msg, "not an ELF file"), "text input: %s", msg);

	/* a code section whose data lies past the end of the file */
	{
		int s = find_sec(img, size, "xdp");
		Elf64_Shdr *h;

		memcpy(work, img, size);
		h = s > 0 ? shdr(work, size, (unsigned)s) : NULL;
		CHECK(h != NULL, "section xdp found");
		if (h) {
			h->sh_offset = size - 8;
			CHECK(try_open(work, size, msg, sizeof(msg)) < 0 && strstr(msg, "section 'xdp'") &&
			      strstr(msg, "past the end"), "section past the end: %s", msg);
			h->sh_offset = shdr(img, size, (unsigned)s)->sh_offset;
			h->sh_size = 12; /* not a multiple of 8 */
			CHECK(try_open(work, size, msg, sizeof(msg)) < 0 && strstr(msg, "section 'xdp'") &&
			      strstr(msg, "whole number of instructions"), "odd code size: %s", msg);
		}
	}
	/* a relocation naming a symbol that does not exist, and one past the
	 * end of its section */
	{
		int s = find_sec(img, size, ".relxdp");
		Elf64_Shdr *h;

		memcpy(work, img, size);
		h = s > 0 ? shdr(work, size, (unsigned)s) : NULL;
		CHECK(h != NULL, "section .relxdp found");
		if (h) {
			Elf64_Rel *rel = (Elf64_Rel *)(work + h->sh_offset);

			rel->r_info = ELF64_R_INFO(99999, ELF64_R_TYPE(rel->r_info));
			CHECK(try_open(work, size, msg, sizeof(msg)) < 0 && strstr(msg, ".relxdp") &&
			      strstr(msg, "symbol 99999"), "bad symbol index: %s", msg);
			memcpy(work, img, size);
			rel = (Elf64_Rel *)(work + h->sh_offset);
			rel->r_offset = 1u << 20;
			CHECK(try_open(work, size, msg, sizeof(msg)) < 0 && strstr(msg, ".relxdp") &&
			      strstr(msg, "past the end"), "relocation past the end: %s", msg);
		}
	}
	/* a relocation section naming a section that does not exist */
	{
		int s = find_sec(img, size, ".relxdp");

		memcpy(work, img, size);
		if (s > 0) {
			shdr(work, size, (unsigned)s)->sh_info = 5000;
			CHECK(try_open(work, size, msg, sizeof(msg)) < 0 && strstr(msg, "section 5000"),
			      "bad sh_info: %s", msg);
		}
	}
	/* BTF with a bad magic, and BTF whose header lies */
	{
		int s = find_sec(img, size, ".BTF");

		if (s > 0) {
			Elf64_Shdr *h;

			memcpy(work, img, size);
			h = shdr(work, size, (unsigned)s);
			work[h->sh_offset] ^= 0xff;
			CHECK(try_open(work, size, msg, sizeof(msg)) < 0 && strstr(msg, ".BTF"), "bad BTF magic: %s", msg);
			memcpy(work, img, size);
			*(uint32_t *)(work + h->sh_offset + 12) = 0x7fffffff; /* type_len */
			CHECK(try_open(work, size, msg, sizeof(msg)) < 0 && strstr(msg, ".BTF"), "bad BTF length: %s", msg);
		}
	}
	/* seeded random corruption: one to eight bytes flipped; any outcome
	 * but a crash is fine, and a failure must say something */
	for (int round = 0; round < 3000; round++) {
		int flips = 1 + (int)(seed % 8);
		int r;

		memcpy(work, img, size);
		for (int k = 0; k < flips; k++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			work[(seed >> 16) % size] ^= (uint8_t)(1u << ((seed >> 8) & 7));
		}
		r = try_open(work, size, msg, sizeof(msg));
		if (r < 0 && !msg[0])
			crashes++;
	}
	CHECK(crashes == 0, "%d corrupted objects failed without a message", crashes);
	free(work);
	free(img);
	if (argc > 2)
		misplaced_rodata(argv[2]);
	return check_done("test_malformed");
}
