/* The VM against the kernel (needs bpf()): each program of the given
 * objects runs on a series of packets both through BPF_PROG_TEST_RUN and
 * through bpfvet's VM, in the same order, and after every run the return
 * value, the packet that comes out and the contents of every map must be
 * the same.  Then the same for random programs (see rand_prog.c). */
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/kernel.h"
#include "bpfvet/vm.h"
#include "check.h"
#include "rand_prog.h"

static long runs, map_checks;

/* Test packets: Ethernet frames as a NIC would hand them over. */
static const uint8_t udp_dns[] = {
	0x02, 0, 0, 0, 0, 1, 0x02, 0, 0, 0, 0, 2, 0x08, 0x00,                         /* eth */
	0x45, 0, 0, 32, 0x12, 0x34, 0, 0, 64, 17, 0, 0, 10, 1, 2, 3, 10, 9, 8, 7,     /* ip */
	0x30, 0x39, 0, 53, 0, 12, 0, 0, 'q', 'u', 'e', 'r'                            /* udp */
};
static const uint8_t udp_other[] = {
	0x02, 0, 0, 0, 0, 1, 0x02, 0, 0, 0, 0, 2, 0x08, 0x00,
	0x45, 0, 0, 33, 0x12, 0x35, 0, 0, 7, 17, 0x5c, 0x3a, 10, 1, 2, 3, 10, 9, 8, 7,
	0x30, 0x39, 0x04, 0xd2, 0, 13, 0x4b, 0x2a, 'h', 'e', 'l', 'l', 'o'
};
static const uint8_t tcp_syn[] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0, 0, 0, 0, 2, 0x08, 0x00,
	0x45, 0, 0, 40, 0, 1, 0x40, 0, 64, 6, 0, 0, 192, 168, 0, 1, 192, 168, 0, 2,
	0x9c, 0x40, 0, 80, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x02, 0x72, 0x10, 0, 0, 0, 0
};
static const uint8_t arp[] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0, 0, 0, 0, 2, 0x08, 0x06,
	0, 1, 8, 0, 6, 4, 0, 1, 2, 0, 0, 0, 0, 2, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 10, 0, 0, 2
};
static const uint8_t runt[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 };

static const struct {
	const uint8_t *p;
	size_t n;
	const char *name;
} packets[] = {
	{ udp_dns, sizeof(udp_dns), "udp/53" },
	{ udp_other, sizeof(udp_other), "udp/1234" },
	{ tcp_syn, sizeof(tcp_syn), "tcp syn" },
	{ arp, sizeof(arp), "arp" },
	{ runt, sizeof(runt), "14 bytes" },
};

static int runnable(uint32_t t)
{
	return t == BV_PROG_XDP || t == BV_PROG_SCHED_CLS || t == BV_PROG_SOCKET_FILTER;
}

static int is_percpu(uint32_t t)
{
	return t == BV_MAP_PERCPU_ARRAY || t == BV_MAP_PERCPU_HASH || t == BV_MAP_LRU_PERCPU_HASH;
}

/* Every map: same keys, same values (per-CPU maps: the VM's one CPU
 * against whichever CPU the kernel ran on). */
static void compare_maps(const struct bv_object *obj, struct bv_kernel_session *ks, struct bv_vm *vm,
			 const char *when)
{
	int ncpu = libbpf_num_possible_cpus();

	for (size_t m = 0; m < obj->n_maps; m++) {
		const struct bv_map *d = &obj->maps[m];
		int fd = bv_kernel_session_map_fd(ks, m);
		uint8_t key[256], next[256], kv[65536], vv[65536];
		size_t vs = (d->value_size + 7) & ~7u;
		int has = 0, nkeys = 0;

		if (fd < 0 || d->is_inner_template || d->type == BV_MAP_PROG_ARRAY || d->type == BV_MAP_QUEUE ||
		    d->type == BV_MAP_STACK || d->type == BV_MAP_PERF_EVENT_ARRAY || d->type == BV_MAP_RINGBUF ||
		    d->key_size > sizeof(key) || vs * (size_t)ncpu > sizeof(kv))
			continue;
		while (bpf_map_get_next_key(fd, has ? key : NULL, next) == 0) {
			memcpy(key, next, d->key_size);
			has = 1;
			nkeys++;
			if (bpf_map_lookup_elem(fd, key, kv))
				continue;
			if (bv_vm_map_lookup(vm, (int)m, key, vv)) {
				CHECK(0, "%s: map %s: the VM lacks a key the kernel has", when, d->name);
				continue;
			}
			if (is_percpu(d->type)) {
				const uint8_t *k = kv;

				for (int c = 0; c < ncpu; c++) {
					int nz = 0;

					for (size_t b = 0; b < d->value_size; b++)
						nz |= kv[(size_t)c * vs + b];
					if (nz)
						k = kv + (size_t)c * vs;
				}
				CHECK(!memcmp(k, vv, d->value_size), "%s: map %s: per-CPU value differs", when, d->name);
			} else {
				CHECK(!memcmp(kv, vv, d->value_size), "%s: map %s: value differs (kernel %02x%02x%02x%02x.., vm %02x%02x%02x%02x..)",
				      when, d->name, kv[0], kv[1], kv[2], kv[3], vv[0], vv[1], vv[2], vv[3]);
			}
			map_checks++;
		}
		/* and no key the kernel lacks */
		{
			int vk = 0;
			uint8_t *p = NULL;

			while (bv_vm_map_next_key(vm, (int)m, p, next) == 0 && vk <= nkeys + 1) {
				memcpy(key, next, d->key_size);
				p = key;
				vk++;
			}
			/* LRU eviction: the kernel frees in batches from per-CPU
			 * lists, so it may keep fewer; every key it keeps the VM
			 * has (checked above) */
			if (d->type == BV_MAP_LRU_HASH || d->type == BV_MAP_LRU_PERCPU_HASH)
				CHECK(vk >= nkeys && (uint32_t)vk <= d->max_entries, "%s: map %s: %d keys in the VM",
				      when, d->name, vk);
			else
				CHECK(vk == nkeys, "%s: map %s: kernel has %d keys, the VM %d", when, d->name, nkeys, vk);
		}
	}
}

static void run_object(const char *path)
{
	struct bv_error err = { 0 };
	struct bv_object *obj;
	struct bv_kernel_session *ks;
	struct bv_vm *vm;
	int loaded[256] = { 0 };

	if (bv_object_open(path, NULL, &obj, &err)) {
		CHECK(0, "open %s: %s", path, err.msg);
		return;
	}
	if (bv_kernel_session_open(obj, &ks, &err)) {
		CHECK(0, "session %s: %s", path, err.msg);
		bv_object_free(obj);
		return;
	}
	if (bv_vm_new(obj, NULL, &vm, &err)) {
		CHECK(0, "vm %s: %s", path, err.msg);
		bv_kernel_session_close(ks);
		bv_object_free(obj);
		return;
	}
	for (size_t i = 0; i < obj->n_progs && i < 256; i++) {
		struct bv_kernel_opts ko = { .log_level = 1 };
		struct bv_kernel_result kr;

		if (!runnable(obj->progs[i].type))
			continue;
		if (!bv_kernel_session_load(ks, &obj->progs[i], &ko, &kr, &err))
			loaded[i] = kr.accepted;
		CHECK(loaded[i], "%s: kernel rejects %s: %s", path, obj->progs[i].name,
		      kr.error_line ? kr.error_line : err.msg);
		bv_kernel_result_free(&kr);
	}
	/* tail_call slot 1 of "jt" holds "tail_target", in both */
	{
		int jt = bv_vm_map_by_name(vm, "jt");
		const struct bv_prog *t = bv_object_find_prog(obj, "tail_target");

		if (jt >= 0 && t) {
			uint32_t key = 1, idx = (uint32_t)(t - obj->progs);
			int pfd = -1;
			struct bv_kernel_opts ko = { .log_level = 1 };
			struct bv_kernel_result kr;

			bv_vm_map_update(vm, jt, &key, &idx, 0);
			if (!bv_kernel_session_load(ks, t, &ko, &kr, &err))
				pfd = kr.session_prog_fd;
			if (pfd >= 0)
				bpf_map_update_elem(bv_kernel_session_map_fd(ks, (size_t)jt), &key, &pfd, 0);
			bv_kernel_result_free(&kr);
		}
	}
	for (size_t k = 0; k < sizeof(packets) / sizeof(packets[0]); k++) {
		for (size_t i = 0; i < obj->n_progs && i < 256; i++) {
			const struct bv_prog *p = &obj->progs[i];
			uint8_t out[4096];
			size_t out_len = sizeof(out);
			struct bv_kernel_run kr;
			struct bv_vm_ctx *ctx;
			struct bv_vm_result vr;
			char when[256];

			if (!loaded[i])
				continue;
			snprintf(when, sizeof(when), "%s on %s", p->name, packets[k].name);
			if (bv_kernel_test_run(ks, p, packets[k].p, packets[k].n, out, &out_len, 1, &kr, &err)) {
				CHECK(0, "%s: kernel run: %s", when, err.msg);
				continue;
			}
			ctx = calloc(1, sizeof(*ctx));
			bv_vm_ctx_packet(ctx, p->type, packets[k].p, packets[k].n);
			if (bv_vm_run(vm, p, ctx, NULL, &vr, &err)) {
				CHECK(0, "%s: vm run: %s", when, err.msg);
				free(ctx);
				continue;
			}
			free(ctx);
			runs++;
			CHECK(vr.status == BV_VM_OK, "%s: the VM stopped: %s at insn %zu", when, vr.message, vr.fault_insn);
			CHECK((uint32_t)vr.retval == kr.retval, "%s: kernel returned %u, the VM %llu", when, kr.retval,
			      (unsigned long long)vr.retval);
			CHECK(vr.packet_len == out_len && !memcmp(vr.packet, out, out_len),
			      "%s: output packet differs (kernel %zu bytes, VM %zu)", when, out_len, vr.packet_len);
			compare_maps(obj, ks, vm, when);
			bv_vm_result_free(&vr);
		}
	}
	bv_vm_free(vm);
	bv_kernel_session_close(ks);
	bv_object_free(obj);
}

int main(int argc, char **argv)
{
	char why[256];
	unsigned seed = 1;
	int nrand = 300;

	if (!bv_kernel_available(why, sizeof(why)))
		return check_skip("test_vm_kernel", why);
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--random") && i + 1 < argc) {
			nrand = atoi(argv[++i]);
			continue;
		}
		if (!strcmp(argv[i], "--seed") && i + 1 < argc) {
			seed = (unsigned)strtoul(argv[++i], NULL, 0);
			continue;
		}
		run_object(argv[i]);
	}
	{
		struct rand_stats st;

		rand_differential(seed, nrand, &st);
		printf("test_vm_kernel: random programs: %d run in both, %d the kernel rejected, %d disagreements\n",
		       st.compared, st.kernel_rejected, st.disagreed);
		CHECK(st.disagreed == 0, "%d random programs disagree (reproducers above)", st.disagreed);
		CHECK(st.compared > nrand / 2, "only %d of %d random programs ran in the kernel", st.compared, nrand);
	}
	printf("test_vm_kernel: %ld runs, %ld map entries compared\n", runs, map_checks);
	return check_done("test_vm_kernel");
}
