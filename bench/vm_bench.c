/* vm_bench: the same programs in the kernel (BPF_PROG_TEST_RUN: JIT, or
 * interpreter if the JIT is off) and in bpfvet's VM, side by side.
 *
 *   vm_bench OBJ [-n REPEAT]
 *
 * For each program: ns per run in the kernel (its own measurement), in the
 * VM without checks (verified programs) and with every access checked, and
 * ns per executed instruction (the VM counts them; the kernel runs the same
 * instructions).  Kernel figures need root; without it only the VM runs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/kernel.h"
#include "bpfvet/vm.h"

int main(int argc, char **argv)
{
	static uint8_t frame[1500];
	uint32_t reps = 100000;
	struct bv_error err = { 0 };
	struct bv_object *obj;
	struct bv_kernel_session *ks = NULL;
	char why[256];
	int kernel = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: vm_bench OBJ [-n REPEAT]\n");
		return 2;
	}
	if (argc > 3 && !strcmp(argv[2], "-n"))
		reps = (uint32_t)strtoul(argv[3], NULL, 0);
	for (size_t i = 0; i < sizeof(frame); i++)
		frame[i] = (uint8_t)(i * 7 + 3);
	frame[12] = 0x08;
	frame[13] = 0x00;
	if (bv_object_open(argv[1], NULL, &obj, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return 2;
	}
	if (bv_kernel_available(why, sizeof(why)) && !bv_kernel_session_open(obj, &ks, &err))
		kernel = 1;
	else
		printf("(kernel column skipped: %s)\n", why);
	printf("%-10s %10s | %12s %12s | %12s %12s | %12s %12s | %8s\n", "program", "insns/run", "kernel ns",
	       "ns/insn", "vm ns", "ns/insn", "vm-checked", "ns/insn", "vm/kern");
	for (size_t i = 0; i < obj->n_progs; i++) {
		const struct bv_prog *p = &obj->progs[i];
		struct bv_vm *vm;
		struct bv_vm_ctx *ctx = calloc(1, sizeof(*ctx));
		struct bv_vm_result r;
		double k_ns = 0, vm_ns[2] = { 0 }, per = 0;
		uint32_t k_ret = 0;
		uint64_t v_ret = 0;

		if (!ctx)
			return 2;
		if (kernel) {
			struct bv_kernel_opts ko = { .log_level = 1 };
			struct bv_kernel_result kr;
			struct bv_kernel_run run;

			if (!bv_kernel_session_load(ks, p, &ko, &kr, &err) && kr.accepted &&
			    !bv_kernel_test_run(ks, p, frame, sizeof(frame), NULL, NULL, reps, &run, &err))
				k_ns = run.duration_ns, k_ret = run.retval;
			bv_kernel_result_free(&kr);
		}
		for (int checked = 0; checked < 2; checked++) {
			struct bv_vm_opts vo = { .unchecked = !checked };
			struct bv_vm_run_opts ro = { .no_events = 1, .repeat = reps };

			if (bv_vm_new(obj, &vo, &vm, &err))
				continue;
			bv_vm_ctx_packet(ctx, p->type, frame, sizeof(frame));
			if (!bv_vm_run(vm, p, ctx, &ro, &r, &err) && r.status == BV_VM_OK) {
				vm_ns[checked] = (double)r.duration_ns / reps, v_ret = r.retval;
				per = (double)r.insns / reps;
			}
			bv_vm_result_free(&r);
			bv_vm_free(vm);
		}
		printf("%-10s %10.0f | %12.1f %12.3f | %12.1f %12.3f | %12.1f %12.3f | %8.2f\n", p->name, per, k_ns,
		       per ? k_ns / per : 0, vm_ns[0], per ? vm_ns[0] / per : 0, vm_ns[1], per ? vm_ns[1] / per : 0,
		       k_ns ? vm_ns[0] / k_ns : 0);
		if (kernel && k_ret != (uint32_t)v_ret)
			printf("  (!) %s returned %u in the kernel, %llu in the VM\n", p->name, k_ret,
			       (unsigned long long)v_ret);
		free(ctx);
	}
	bv_kernel_session_close(ks);
	bv_object_free(obj);
	return 0;
}
