/* Maps of the VM, with the kernel's semantics: arrays (and per-CPU
 * arrays, prog arrays, perf event arrays, maps of maps), hash tables (plain,
 * per-CPU, LRU), queues and stacks, LPM tries, ring buffers.
 *
 * Values live in one pool per map, so that a value pointer handed to a
 * program stays valid until the element is deleted and checked mode can
 * treat the pool as one region.  Hash tables are open-addressed over a
 * fixed table of twice max_entries slots: elements never move. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/object.h"
#include "vm/vm_internal.h"

#define BPF_ANY 0
#define BPF_NOEXIST 1
#define BPF_EXIST 2
#define BPF_F_LOCK 4

static int is_percpu(uint32_t t)
{
	return t == BV_MAP_PERCPU_ARRAY || t == BV_MAP_PERCPU_HASH || t == BV_MAP_LRU_PERCPU_HASH ||
	       t == BV_MAP_PERCPU_CGROUP_STORAGE;
}

static int is_lru(uint32_t t)
{
	return t == BV_MAP_LRU_HASH || t == BV_MAP_LRU_PERCPU_HASH;
}

static uint8_t *value_at(struct vm_map *m, size_t slot, uint32_t cpu)
{
	return m->values + (slot * m->ncpus + cpu) * m->elem;
}

/* ---- arrays ---- */

static void *array_lookup(struct vm_map *m, const void *key, uint32_t cpu)
{
	uint32_t i;

	memcpy(&i, key, 4);
	return i < m->max_entries ? value_at(m, i, cpu) : NULL;
}

static int array_update(struct vm_map *m, const void *key, const void *value, uint64_t flags,
			int all_cpus)
{
	uint32_t i;

	memcpy(&i, key, 4);
	if ((flags & ~(uint64_t)BPF_F_LOCK) > BPF_EXIST)
		return -EINVAL;
	if (i >= m->max_entries)
		return -E2BIG;
	if ((flags & 3) == BPF_NOEXIST)
		return -EEXIST; /* every index of an array exists */
	for (unsigned c = 0; c < (all_cpus ? m->ncpus : 1); c++)
		memcpy(value_at(m, i, c), (const uint8_t *)value + c * m->elem, m->value_size);
	return 0;
}

static int array_delete(struct vm_map *m, const void *key)
{
	(void)m;
	(void)key;
	return -EINVAL;
}

static int array_next(struct vm_map *m, const void *key, void *next)
{
	uint32_t i = 0;

	if (key) {
		memcpy(&i, key, 4);
		i = i >= m->max_entries ? 0 : i + 1;
	}
	if (i >= m->max_entries)
		return -ENOENT;
	memcpy(next, &i, 4);
	return 0;
}

static const struct vm_map_ops array_ops = { array_lookup, array_update, array_delete, array_next, NULL, NULL };

/* ---- hash tables ---- */

#define SLOT_EMPTY 0
#define SLOT_DEAD 1

static uint32_t hash_key(const void *key, uint32_t size)
{
	const uint8_t *p = key;
	uint32_t h = 2166136261u;

	for (uint32_t i = 0; i < size; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

static size_t table_size(const struct vm_map *m)
{
	return m->values_size / ((size_t)m->ncpus * m->elem);
}

/* The slot holding key, or -1; *free_slot gets the first usable slot. */
static long hash_find(struct vm_map *m, const void *key, long *free_slot)
{
	size_t n = table_size(m), mask = n - 1, i = hash_key(key, m->key_size) & mask;

	if (free_slot)
		*free_slot = -1;
	for (size_t probes = 0; probes < n; probes++, i = (i + 1) & mask) {
		uint32_t u = m->used[i];

		if (u == SLOT_EMPTY) {
			if (free_slot && *free_slot < 0)
				*free_slot = (long)i;
			return -1;
		}
		if (u == SLOT_DEAD) {
			if (free_slot && *free_slot < 0)
				*free_slot = (long)i;
			continue;
		}
		if (!memcmp(m->keys + i * m->key_size, key, m->key_size))
			return (long)i;
	}
	return -1;
}

static void *hash_lookup(struct vm_map *m, const void *key, uint32_t cpu)
{
	long s = hash_find(m, key, NULL);

	if (s < 0)
		return NULL;
	if (is_lru(m->type))
		m->used[s] = 2 + ++m->tick;
	return value_at(m, (size_t)s, cpu);
}

/* The least recently used element, evicted to make room. */
static void lru_evict(struct vm_map *m)
{
	size_t n = table_size(m), best = (size_t)-1;
	uint32_t oldest = UINT32_MAX;

	for (size_t i = 0; i < n; i++)
		if (m->used[i] >= 2 && m->used[i] < oldest) {
			oldest = m->used[i];
			best = i;
		}
	if (best != (size_t)-1) {
		m->used[best] = SLOT_DEAD;
		m->count--;
	}
}

static int hash_update(struct vm_map *m, const void *key, const void *value, uint64_t flags,
		       int all_cpus)
{
	long free_slot, s;

	if ((flags & ~(uint64_t)BPF_F_LOCK) > BPF_EXIST)
		return -EINVAL;
	s = hash_find(m, key, &free_slot);
	if (s >= 0 && (flags & 3) == BPF_NOEXIST)
		return -EEXIST;
	if (s < 0 && (flags & 3) == BPF_EXIST)
		return -ENOENT;
	if (s < 0) {
		if (m->count >= m->max_entries) {
			if (!is_lru(m->type))
				return -E2BIG;
			lru_evict(m);
			hash_find(m, key, &free_slot);
		}
		if (free_slot < 0)
			return -E2BIG;
		s = free_slot;
		memcpy(m->keys + (size_t)s * m->key_size, key, m->key_size);
		m->count++;
		/* a new element: per-CPU copies start at zero */
		memset(value_at(m, (size_t)s, 0), 0, (size_t)m->ncpus * m->elem);
	}
	m->used[s] = 2 + ++m->tick;
	for (unsigned c = 0; c < (all_cpus ? m->ncpus : 1); c++)
		memcpy(value_at(m, (size_t)s, c), (const uint8_t *)value + c * m->elem, m->value_size);
	return 0;
}

static int hash_delete(struct vm_map *m, const void *key)
{
	long s = hash_find(m, key, NULL);

	if (s < 0)
		return -ENOENT;
	m->used[s] = SLOT_DEAD;
	m->count--;
	return 0;
}

static int hash_next(struct vm_map *m, const void *key, void *next)
{
	size_t n = table_size(m), i = 0;

	if (key) {
		long s = hash_find(m, key, NULL);

		i = s < 0 ? 0 : (size_t)s + 1; /* a missing key restarts, as the kernel does */
	}
	for (; i < n; i++)
		if (m->used[i] >= 2) {
			memcpy(next, m->keys + i * m->key_size, m->key_size);
			return 0;
		}
	return -ENOENT;
}

static const struct vm_map_ops hash_ops = { hash_lookup, hash_update, hash_delete, hash_next, NULL, NULL };

/* ---- queues and stacks: values only ---- */

static int queue_push(struct vm_map *m, const void *value, uint64_t flags)
{
	size_t at;

	if (flags & ~(uint64_t)BPF_EXIST)
		return -EINVAL;
	if (m->count >= m->max_entries) {
		if (!(flags & BPF_EXIST))
			return -E2BIG;
		/* BPF_EXIST: make room by dropping the oldest */
		if (m->type == BV_MAP_QUEUE)
			m->head = (m->head + 1) % m->max_entries;
		m->count--;
		if (m->type == BV_MAP_STACK) {
			memmove(m->values, m->values + m->elem, (size_t)m->count * m->elem);
			m->head = 0;
		}
	}
	at = m->type == BV_MAP_QUEUE ? (m->head + m->count) % m->max_entries : m->count;
	memcpy(m->values + at * m->elem, value, m->value_size);
	m->count++;
	return 0;
}

static int queue_pop(struct vm_map *m, void *value, int peek)
{
	size_t at;

	if (!m->count)
		return -ENOENT;
	at = m->type == BV_MAP_QUEUE ? m->head : m->count - 1;
	memcpy(value, m->values + at * m->elem, m->value_size);
	if (!peek) {
		if (m->type == BV_MAP_QUEUE)
			m->head = (m->head + 1) % m->max_entries;
		m->count--;
	}
	return 0;
}

static void *queue_lookup(struct vm_map *m, const void *key, uint32_t cpu)
{
	(void)m, (void)key, (void)cpu;
	return NULL;
}

static int queue_update(struct vm_map *m, const void *key, const void *value, uint64_t flags, int all)
{
	(void)key, (void)all;
	return queue_push(m, value, flags);
}

static int queue_next(struct vm_map *m, const void *key, void *next)
{
	(void)m, (void)key, (void)next;
	return -EINVAL;
}

static const struct vm_map_ops queue_ops = { queue_lookup, queue_update, array_delete, queue_next,
					     queue_push, queue_pop };

/* ---- LPM trie: key = { u32 prefixlen; u8 data[] }, longest match wins ---- */

static int prefix_matches(const uint8_t *a, const uint8_t *b, uint32_t bits)
{
	uint32_t bytes = bits / 8, rem = bits % 8;

	if (memcmp(a, b, bytes))
		return 0;
	return !rem || ((a[bytes] ^ b[bytes]) & (uint8_t)(0xff << (8 - rem))) == 0;
}

static void *lpm_lookup(struct vm_map *m, const void *key, uint32_t cpu)
{
	uint32_t want, best_len = 0, max_bits = (m->key_size - 4) * 8;
	long best = -1;

	(void)cpu;
	memcpy(&want, key, 4);
	if (want > max_bits)
		want = max_bits;
	for (size_t i = 0; i < m->max_entries; i++) {
		const uint8_t *k = m->keys + i * m->key_size;
		uint32_t plen;

		if (m->used[i] < 2)
			continue;
		memcpy(&plen, k, 4);
		if (plen <= want && (best < 0 || plen > best_len) &&
		    prefix_matches(k + 4, (const uint8_t *)key + 4, plen)) {
			best = (long)i;
			best_len = plen;
		}
	}
	return best < 0 ? NULL : value_at(m, (size_t)best, 0);
}

static long lpm_exact(struct vm_map *m, const void *key)
{
	uint32_t plen;

	memcpy(&plen, key, 4);
	for (size_t i = 0; i < m->max_entries; i++) {
		const uint8_t *k = m->keys + i * m->key_size;
		uint32_t p2;

		if (m->used[i] < 2)
			continue;
		memcpy(&p2, k, 4);
		if (p2 == plen && prefix_matches(k + 4, (const uint8_t *)key + 4, plen))
			return (long)i;
	}
	return -1;
}

static int lpm_update(struct vm_map *m, const void *key, const void *value, uint64_t flags, int all)
{
	uint32_t plen;
	long s;

	(void)all;
	memcpy(&plen, key, 4);
	if (plen > (m->key_size - 4) * 8 || flags > BPF_EXIST)
		return -EINVAL;
	s = lpm_exact(m, key);
	if (s >= 0 && flags == BPF_NOEXIST)
		return -EEXIST;
	if (s < 0 && flags == BPF_EXIST)
		return -ENOENT;
	if (s < 0) {
		for (size_t i = 0; i < m->max_entries && s < 0; i++)
			if (m->used[i] < 2)
				s = (long)i;
		if (s < 0)
			return -ENOSPC;
		m->used[s] = 2;
		m->count++;
		/* keep only the prefix bits of the key */
		memset(m->keys + (size_t)s * m->key_size, 0, m->key_size);
		memcpy(m->keys + (size_t)s * m->key_size, key, 4 + (plen + 7) / 8);
	}
	memcpy(value_at(m, (size_t)s, 0), value, m->value_size);
	return 0;
}

static int lpm_delete(struct vm_map *m, const void *key)
{
	long s = lpm_exact(m, key);

	if (s < 0)
		return -ENOENT;
	m->used[s] = 0;
	m->count--;
	return 0;
}

static int lpm_next(struct vm_map *m, const void *key, void *next)
{
	size_t i = 0;

	if (key) {
		long s = lpm_exact(m, key);

		i = s < 0 ? 0 : (size_t)s + 1;
	}
	for (; i < m->max_entries; i++)
		if (m->used[i] >= 2) {
			memcpy(next, m->keys + i * m->key_size, m->key_size);
			return 0;
		}
	return -ENOENT;
}

static const struct vm_map_ops lpm_ops = { lpm_lookup, lpm_update, lpm_delete, lpm_next, NULL, NULL };

/* ---- maps without program-visible values ---- */

static const struct vm_map_ops none_ops = { queue_lookup, queue_update, array_delete, queue_next, NULL,
					    NULL };

static int opsless_update(struct vm_map *m, const void *k, const void *v, uint64_t f, int a)
{
	(void)m, (void)k, (void)v, (void)f, (void)a;
	return -EOPNOTSUPP;
}

static const struct vm_map_ops unsupported_ops = { queue_lookup, opsless_update, array_delete, queue_next,
						   NULL, NULL };

/* ---- creation ---- */

static int create_one(struct bv_vm *vm, struct vm_map *m, const struct bv_map *d, struct bv_error *err)
{
	size_t slots;

	m->def = d;
	m->type = d->type;
	m->key_size = d->key_size;
	m->value_size = d->value_size;
	m->max_entries = d->max_entries ? d->max_entries : 1;
	m->flags = d->map_flags;
	m->readonly = d->readonly;
	m->ncpus = is_percpu(d->type) ? (vm->opts.nr_cpus ? vm->opts.nr_cpus : 1) : 1;
	/* prog arrays, perf event arrays, maps of maps hold 8-byte handles */
	if (d->type == BV_MAP_PROG_ARRAY || d->type == BV_MAP_PERF_EVENT_ARRAY ||
	    d->type == BV_MAP_ARRAY_OF_MAPS || d->type == BV_MAP_HASH_OF_MAPS ||
	    d->type == BV_MAP_CGROUP_ARRAY || d->type == BV_MAP_DEVMAP || d->type == BV_MAP_CPUMAP ||
	    d->type == BV_MAP_XSKMAP || d->type == BV_MAP_SOCKMAP || d->type == BV_MAP_DEVMAP_HASH)
		m->value_size = 8;
	m->elem = (m->value_size + 7) & ~7u;
	if (!m->elem)
		m->elem = 8;
	switch (d->type) {
	case BV_MAP_ARRAY: case BV_MAP_PERCPU_ARRAY: case BV_MAP_PROG_ARRAY:
	case BV_MAP_PERF_EVENT_ARRAY: case BV_MAP_ARRAY_OF_MAPS: case BV_MAP_CGROUP_ARRAY:
	case BV_MAP_DEVMAP: case BV_MAP_CPUMAP: case BV_MAP_XSKMAP: case BV_MAP_SOCKMAP:
		if (m->key_size != 4)
			return bv_error_set(err, -EINVAL, "map '%s': an array needs 4-byte keys, not %u", d->name,
					    m->key_size);
		m->ops = &array_ops;
		slots = m->max_entries;
		break;
	case BV_MAP_HASH: case BV_MAP_PERCPU_HASH: case BV_MAP_LRU_HASH: case BV_MAP_LRU_PERCPU_HASH:
	case BV_MAP_HASH_OF_MAPS: case BV_MAP_DEVMAP_HASH: case BV_MAP_SOCKHASH:
		if (!m->key_size)
			return bv_error_set(err, -EINVAL, "map '%s': a hash needs a key", d->name);
		m->ops = &hash_ops;
		slots = 16;
		while (slots < (size_t)m->max_entries * 2)
			slots *= 2;
		break;
	case BV_MAP_QUEUE: case BV_MAP_STACK:
		m->ops = &queue_ops;
		slots = m->max_entries;
		break;
	case BV_MAP_LPM_TRIE:
		if (m->key_size < 5)
			return bv_error_set(err, -EINVAL, "map '%s': an LPM trie key holds a prefix length and data",
					    d->name);
		m->ops = &lpm_ops;
		slots = m->max_entries;
		break;
	case BV_MAP_RINGBUF: case BV_MAP_STACK_TRACE: case BV_MAP_USER_RINGBUF:
		m->ops = &none_ops;
		slots = 1;
		break;
	default:
		m->ops = &unsupported_ops;
		slots = 1;
		break;
	}
	if (slots > (512u << 20) / ((size_t)m->elem * m->ncpus + m->key_size + 4))
		return bv_error_set(err, -E2BIG, "map '%s': %u entries of %u bytes is too large for the VM",
				    d->name, m->max_entries, m->value_size);
	m->values_size = slots * m->ncpus * m->elem;
	m->values = calloc(1, m->values_size ? m->values_size : 8);
	if (m->ops == &hash_ops || m->ops == &lpm_ops) {
		m->keys = calloc(slots, m->key_size ? m->key_size : 1);
		m->used = calloc(slots, sizeof(uint32_t));
		if (!m->keys || !m->used)
			return bv_error_set(err, -ENOMEM, "out of memory");
	}
	if (d->type == BV_MAP_PROG_ARRAY) {
		m->slots = malloc((size_t)m->max_entries * sizeof(int32_t));
		if (!m->slots)
			return bv_error_set(err, -ENOMEM, "out of memory");
		for (size_t i = 0; i < m->max_entries; i++)
			m->slots[i] = i < d->n_slots ? d->slots[i] : -1;
	}
	if (!m->values)
		return bv_error_set(err, -ENOMEM, "out of memory");
	if (d->init && d->init_size && m->max_entries >= 1)
		memcpy(m->values, d->init, d->init_size < m->value_size ? d->init_size : m->value_size);
	return 0;
}

int vm_maps_create(struct bv_vm *vm, struct bv_error *err)
{
	const struct bv_object *obj = vm->obj;

	vm->n_maps = obj ? obj->n_maps : 0;
	vm->maps = calloc(vm->n_maps + 1, sizeof(*vm->maps));
	if (!vm->maps)
		return bv_error_set(err, -ENOMEM, "out of memory");
	for (size_t i = 0; i < vm->n_maps; i++) {
		int r;

		vm->maps[i].index = (int)i;
		r = create_one(vm, &vm->maps[i], &obj->maps[i], err);
		if (r)
			return r;
	}
	/* maps of maps: slots initialised with other maps */
	for (size_t i = 0; i < vm->n_maps; i++) {
		struct vm_map *m = &vm->maps[i];

		if (m->type != BV_MAP_ARRAY_OF_MAPS && m->type != BV_MAP_HASH_OF_MAPS)
			continue;
		for (size_t k = 0; k < m->def->n_slots; k++) {
			int t = m->def->slots[k];
			uint64_t p;
			uint32_t key = (uint32_t)k;

			if (t < 0 || (size_t)t >= vm->n_maps)
				continue;
			p = (uint64_t)(uintptr_t)&vm->maps[t];
			m->ops->update(m, &key, &p, 0, 0);
		}
	}
	return 0;
}

void vm_maps_free(struct bv_vm *vm)
{
	for (size_t i = 0; i < vm->n_maps; i++) {
		free(vm->maps[i].values);
		free(vm->maps[i].keys);
		free(vm->maps[i].used);
		free(vm->maps[i].slots);
	}
	free(vm->maps);
}

struct vm_map *vm_map_from_ptr(struct bv_vm *vm, uint64_t ptr)
{
	uintptr_t p = (uintptr_t)ptr, b = (uintptr_t)vm->maps;

	if (!vm->n_maps || p < b || p >= b + vm->n_maps * sizeof(*vm->maps) ||
	    (p - b) % sizeof(*vm->maps))
		return NULL;
	return (struct vm_map *)p;
}

/* ---- the public map API ---- */

static struct vm_map *get(struct bv_vm *vm, int map)
{
	return map >= 0 && (size_t)map < vm->n_maps ? &vm->maps[map] : NULL;
}

int bv_vm_map_by_name(const struct bv_vm *vm, const char *name)
{
	for (size_t i = 0; i < vm->n_maps; i++)
		if (!strcmp(vm->maps[i].def->name, name))
			return (int)i;
	return -1;
}

size_t bv_vm_map_key_size(const struct bv_vm *vm, int map)
{
	return map >= 0 && (size_t)map < vm->n_maps ? vm->maps[map].key_size : 0;
}

size_t bv_vm_map_value_size(const struct bv_vm *vm, int map)
{
	const struct vm_map *m;

	if (map < 0 || (size_t)map >= vm->n_maps)
		return 0;
	m = &vm->maps[map];
	return m->ncpus > 1 ? (size_t)m->ncpus * m->elem : m->value_size;
}

int bv_vm_map_lookup(struct bv_vm *vm, int map, const void *key, void *value)
{
	struct vm_map *m = get(vm, map);
	const uint8_t *v;

	if (!m)
		return -EINVAL;
	if (m->type == BV_MAP_QUEUE || m->type == BV_MAP_STACK)
		return m->ops->pop(m, value, 1);
	v = m->ops->lookup(m, key, 0);
	if (!v)
		return -ENOENT;
	if (m->ncpus > 1)
		for (unsigned c = 0; c < m->ncpus; c++)
			memcpy((uint8_t *)value + c * m->elem, v + c * m->elem, m->elem);
	else
		memcpy(value, v, m->value_size);
	return 0;
}

int bv_vm_map_update(struct bv_vm *vm, int map, const void *key, const void *value, uint64_t flags)
{
	struct vm_map *m = get(vm, map);

	if (!m)
		return -EINVAL;
	if (m->type == BV_MAP_PROG_ARRAY) {
		/* prog arrays take the index of a program of the object */
		uint32_t k, v;

		memcpy(&k, key, 4);
		memcpy(&v, value, 4);
		if (k >= m->max_entries || v >= vm->n_progs)
			return -EINVAL;
		m->slots[k] = (int32_t)v;
		return 0;
	}
	return m->ops->update(m, key, value, flags, 1);
}

int bv_vm_map_delete(struct bv_vm *vm, int map, const void *key)
{
	struct vm_map *m = get(vm, map);

	return m ? m->ops->del(m, key) : -EINVAL;
}

int bv_vm_map_next_key(struct bv_vm *vm, int map, const void *key, void *next)
{
	struct vm_map *m = get(vm, map);

	return m ? m->ops->next_key(m, key, next) : -EINVAL;
}
