/* What `bpfvet run` and `bpfvet test` share: reading packets (raw files,
 * pcap files, hex), value literals for map keys and values, snapshots of
 * maps to report what a run changed, and names of return codes. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/vm_input.h"
#include "util/util.h"

size_t parse_hex_bytes(const char *s, uint8_t *out, size_t max, int *bad)
{
	size_t n = 0;

	*bad = 0;
	while (*s) {
		while (*s == ' ' || *s == '\t' || *s == ':' || *s == ',')
			s++;
		if (!*s)
			break;
		if (!isxdigit((unsigned char)s[0]) || !isxdigit((unsigned char)s[1]) || n >= max) {
			*bad = 1;
			return n;
		}
		out[n++] = (uint8_t)strtoul((char[]){ s[0], s[1], 0 }, NULL, 16);
		s += 2;
	}
	return n;
}

/* pcap: the first packet; raw: the whole file. */
int read_packet_file(const char *path, uint8_t *out, size_t max, size_t *len, char *why, size_t wsize)
{
	struct bv_error err = { 0 };
	uint8_t *d;
	size_t n;
	uint32_t magic;

	if (bv_read_file(path, 1 << 26, &d, &n, &err)) {
		snprintf(why, wsize, "%s", err.msg);
		return -1;
	}
	memcpy(&magic, d, n >= 4 ? 4 : 0);
	if (n >= 24 && (magic == 0xa1b2c3d4 || magic == 0xd4c3b2a1 || magic == 0xa1b23c4d || magic == 0x4d3cb2a1)) {
		int swap = magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1;
		uint32_t incl;

		if (n < 24 + 16) {
			snprintf(why, wsize, "%s: a pcap file without packets", path);
			free(d);
			return -1;
		}
		memcpy(&incl, d + 24 + 8, 4);
		if (swap)
			incl = __builtin_bswap32(incl);
		if (incl > n - 40 || incl > max) {
			snprintf(why, wsize, "%s: first packet of %u bytes is truncated or too large", path, incl);
			free(d);
			return -1;
		}
		memcpy(out, d + 40, incl);
		*len = incl;
		free(d);
		return 0;
	}
	if (n > max) {
		snprintf(why, wsize, "%s: %zu bytes, more than a packet can hold (%zu)", path, n, max);
		free(d);
		return -1;
	}
	memcpy(out, d, n);
	*len = n;
	free(d);
	return 0;
}

/* Integers (little-endian in `size` bytes), [hex bytes], "strings". */
int parse_value(const char *text, size_t size, uint8_t *out, char *why, size_t wsize)
{
	const char *t = text;
	int bad;

	while (*t == ' ')
		t++;
	memset(out, 0, size);
	if (*t == '[') {
		char buf[4096];
		const char *e = strchr(t, ']');

		if (!e || (size_t)(e - t) >= sizeof(buf)) {
			snprintf(why, wsize, "'%s': unterminated [bytes]", text);
			return -1;
		}
		memcpy(buf, t + 1, (size_t)(e - t - 1));
		buf[e - t - 1] = 0;
		parse_hex_bytes(buf, out, size, &bad);
		if (bad) {
			snprintf(why, wsize, "'%s': not hex bytes, or more than %zu of them", text, size);
			return -1;
		}
		return 0;
	}
	if (*t == '"') {
		const char *e = strrchr(t + 1, '"');

		if (!e || (size_t)(e - t - 1) > size) {
			snprintf(why, wsize, "'%s': unterminated or longer than %zu bytes", text, size);
			return -1;
		}
		memcpy(out, t + 1, (size_t)(e - t - 1));
		return 0;
	}
	{
		char *end;
		int neg = *t == '-';
		unsigned long long v;

		errno = 0;
		v = strtoull(neg ? t + 1 : t, &end, 0);
		while (*end == ' ')
			end++;
		if (end == t || *end || errno) {
			snprintf(why, wsize, "'%s': expected a number, [hex bytes] or \"text\"", text);
			return -1;
		}
		if (neg)
			v = 0 - v;
		for (size_t i = 0; i < size && i < 8; i++)
			out[i] = (uint8_t)(v >> (8 * i));
		if (size < 8 && !neg && (v >> (8 * size))) {
			snprintf(why, wsize, "'%s' does not fit in %zu bytes", text, size);
			return -1;
		}
	}
	return 0;
}

void format_bytes(char *out, size_t size, const uint8_t *b, size_t n)
{
	size_t o = 0;
	uint64_t v = 0;

	/* small little-endian integers read best as numbers */
	if (n <= 8) {
		for (size_t i = 0; i < n; i++)
			v |= (uint64_t)b[i] << (8 * i);
		snprintf(out, size, "%llu", (unsigned long long)v);
		return;
	}
	o += (size_t)snprintf(out + o, size - o, "[");
	for (size_t i = 0; i < n && o + 4 < size; i++)
		o += (size_t)snprintf(out + o, size - o, i ? " %02x" : "%02x", b[i]);
	snprintf(out + o, size - o, "]");
}

/* ---- map snapshots ---- */

struct snap_entry {
	uint8_t *key, *value;
};

struct map_snap {
	struct snap_entry *e;
	size_t n;
};

struct vm_snapshot {
	struct map_snap *maps;
	size_t n_maps;
};

struct vm_snapshot *snapshot_take(struct bv_vm *vm, const struct bv_object *obj)
{
	struct vm_snapshot *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->n_maps = obj->n_maps;
	s->maps = calloc(obj->n_maps + 1, sizeof(*s->maps));
	if (!s->maps) {
		free(s);
		return NULL;
	}
	for (size_t m = 0; m < obj->n_maps; m++) {
		size_t ks = bv_vm_map_key_size(vm, (int)m), vs = bv_vm_map_value_size(vm, (int)m), cap = 0;
		uint8_t *key = calloc(1, ks + 8), *prev = NULL;

		if (obj->maps[m].type == BV_MAP_PROG_ARRAY || obj->maps[m].type == BV_MAP_PERF_EVENT_ARRAY ||
		    obj->maps[m].type == BV_MAP_RINGBUF || !key) {
			free(key);
			continue;
		}
		while (bv_vm_map_next_key(vm, (int)m, prev, key) == 0 && s->maps[m].n < 100000) {
			struct snap_entry *e;

			if (bv_grow(&s->maps[m].e, &cap, s->maps[m].n + 1, sizeof(*e)))
				break;
			e = &s->maps[m].e[s->maps[m].n];
			e->key = malloc(ks + 1);
			e->value = calloc(1, vs + 8);
			if (!e->key || !e->value) {
				free(e->key);
				free(e->value);
				break;
			}
			memcpy(e->key, key, ks);
			bv_vm_map_lookup(vm, (int)m, key, e->value);
			s->maps[m].n++;
			prev = e->key;
		}
		free(key);
	}
	return s;
}

void snapshot_free(struct vm_snapshot *s)
{
	if (!s)
		return;
	for (size_t m = 0; m < s->n_maps; m++) {
		for (size_t i = 0; i < s->maps[m].n; i++) {
			free(s->maps[m].e[i].key);
			free(s->maps[m].e[i].value);
		}
		free(s->maps[m].e);
	}
	free(s->maps);
	free(s);
}

static const struct snap_entry *find(const struct map_snap *ms, const uint8_t *key, size_t ks)
{
	for (size_t i = 0; i < ms->n; i++)
		if (!memcmp(ms->e[i].key, key, ks))
			return &ms->e[i];
	return NULL;
}

void snapshot_diff(struct bv_vm *vm, const struct bv_object *obj, const struct vm_snapshot *before,
		   const struct vm_snapshot *after, void (*cb)(void *ctx, const char *map, const char *key,
							       const char *old, const char *new_),
		   void *ctx)
{
	for (size_t m = 0; m < obj->n_maps && m < before->n_maps; m++) {
		size_t ks = bv_vm_map_key_size(vm, (int)m), vs = bv_vm_map_value_size(vm, (int)m);
		const struct map_snap *b = &before->maps[m], *a = &after->maps[m];
		char k[512], o[1024], n[1024];

		for (size_t i = 0; i < a->n; i++) {
			const struct snap_entry *old = find(b, a->e[i].key, ks);

			if (old && !memcmp(old->value, a->e[i].value, vs))
				continue;
			format_bytes(k, sizeof(k), a->e[i].key, ks);
			format_bytes(n, sizeof(n), a->e[i].value, vs);
			if (old)
				format_bytes(o, sizeof(o), old->value, vs);
			cb(ctx, obj->maps[m].name, k, old ? o : NULL, n);
		}
		for (size_t i = 0; i < b->n; i++) {
			if (find(a, b->e[i].key, ks))
				continue;
			format_bytes(k, sizeof(k), b->e[i].key, ks);
			format_bytes(o, sizeof(o), b->e[i].value, vs);
			cb(ctx, obj->maps[m].name, k, o, NULL);
		}
	}
}

const char *retval_name(uint32_t prog_type, uint64_t v)
{
	static const char *const xdp[] = { "XDP_ABORTED", "XDP_DROP", "XDP_PASS", "XDP_TX", "XDP_REDIRECT" };
	static const char *const tc[] = { "TC_ACT_OK", "TC_ACT_RECLASSIFY", "TC_ACT_SHOT", "TC_ACT_PIPE",
					  "TC_ACT_STOLEN", "TC_ACT_QUEUED", "TC_ACT_REPEAT", "TC_ACT_REDIRECT" };

	if (prog_type == BV_PROG_XDP && v < 5)
		return xdp[v];
	if ((prog_type == BV_PROG_SCHED_CLS || prog_type == BV_PROG_SCHED_ACT)) {
		if ((int32_t)v == -1)
			return "TC_ACT_UNSPEC";
		if (v < 8)
			return tc[v];
	}
	if (prog_type == BV_PROG_CGROUP_SKB && v < 2)
		return v ? "allow" : "drop";
	return NULL;
}

int retval_by_name(const char *s, uint64_t *v)
{
	static const struct { const char *n; int64_t v; } names[] = {
		{ "XDP_ABORTED", 0 }, { "XDP_DROP", 1 }, { "XDP_PASS", 2 }, { "XDP_TX", 3 },
		{ "XDP_REDIRECT", 4 }, { "TC_ACT_UNSPEC", -1 }, { "TC_ACT_OK", 0 },
		{ "TC_ACT_RECLASSIFY", 1 }, { "TC_ACT_SHOT", 2 }, { "TC_ACT_PIPE", 3 },
		{ "TC_ACT_STOLEN", 4 }, { "TC_ACT_QUEUED", 5 }, { "TC_ACT_REPEAT", 6 },
		{ "TC_ACT_REDIRECT", 7 },
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(names[i].n, s)) {
			*v = (uint64_t)names[i].v;
			return 0;
		}
	return -1;
}
