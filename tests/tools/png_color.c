/* png_color FILE RRGGBB: how many pixels of an 8-bit RGB or RGBA PNG have
 * exactly that colour, and the first row holding one ("count row").  Used
 * to check a screenshot: the marked line must be visible and marked. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int paeth(int a, int b, int c)
{
	int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);

	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

int main(int argc, char **argv)
{
	FILE *f;
	uint8_t *file, *idat = NULL, *raw;
	size_t size, nidat = 0, pos = 8;
	uint32_t w = 0, h = 0, want;
	int bpp = 0, first_row = -1;
	long count = 0;
	uLongf rawlen;

	if (argc != 3 || sscanf(argv[2], "%6x", &want) != 1) {
		fprintf(stderr, "usage: png_color FILE RRGGBB\n");
		return 2;
	}
	f = fopen(argv[1], "rb");
	if (!f)
		return 2;
	fseek(f, 0, SEEK_END);
	size = (size_t)ftell(f);
	rewind(f);
	file = malloc(size);
	if (!file || fread(file, 1, size, f) != size || size < 8 || memcmp(file, "\x89PNG\r\n\x1a\n", 8)) {
		fprintf(stderr, "png_color: not a PNG\n");
		return 2;
	}
	fclose(f);
	while (pos + 12 <= size) {
		uint32_t len = be32(file + pos);
		const uint8_t *type = file + pos + 4, *data = file + pos + 8;

		if (pos + 12 + len > size)
			break;
		if (!memcmp(type, "IHDR", 4)) {
			w = be32(data);
			h = be32(data + 4);
			if (data[8] != 8 || (data[9] != 2 && data[9] != 6) || data[12]) {
				fprintf(stderr, "png_color: only 8-bit RGB/RGBA, not interlaced\n");
				return 2;
			}
			bpp = data[9] == 6 ? 4 : 3;
		} else if (!memcmp(type, "IDAT", 4)) {
			idat = realloc(idat, nidat + len);
			memcpy(idat + nidat, data, len);
			nidat += len;
		}
		pos += 12 + len;
	}
	if (!w || !h || !bpp || !idat)
		return 2;
	rawlen = (uLongf)(h * (1 + (size_t)w * bpp));
	raw = malloc(rawlen);
	if (!raw || uncompress(raw, &rawlen, idat, nidat) != Z_OK)
		return 2;
	for (uint32_t y = 0; y < h; y++) {
		uint8_t *row = raw + (size_t)y * (1 + (size_t)w * bpp), *cur = row + 1;
		uint8_t *prev = y ? raw + (size_t)(y - 1) * (1 + (size_t)w * bpp) + 1 : NULL;

		for (size_t x = 0; x < (size_t)w * bpp; x++) {
			int a = x >= (size_t)bpp ? cur[x - bpp] : 0, b = prev ? prev[x] : 0,
			    c = prev && x >= (size_t)bpp ? prev[x - bpp] : 0;

			switch (row[0]) {
			case 1: cur[x] = (uint8_t)(cur[x] + a); break;
			case 2: cur[x] = (uint8_t)(cur[x] + b); break;
			case 3: cur[x] = (uint8_t)(cur[x] + ((a + b) >> 1)); break;
			case 4: cur[x] = (uint8_t)(cur[x] + paeth(a, b, c)); break;
			default: break;
			}
		}
		for (uint32_t x = 0; x < w; x++) {
			const uint8_t *px = cur + (size_t)x * bpp;

			if (((uint32_t)px[0] << 16 | (uint32_t)px[1] << 8 | px[2]) == want) {
				count++;
				if (first_row < 0)
					first_row = (int)y;
			}
		}
	}
	printf("%ld %d\n", count, first_row);
	free(raw);
	free(idat);
	free(file);
	return 0;
}
