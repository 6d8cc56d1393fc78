// Where the kernel refuses a bad LD_IMM64 (an unknown source, a bad second
// half, a map fd that is no map): in the pass that resolves them, after the
// subprograms were found ("func#0 @0" is logged first) and checked (a jump
// out of range or a last instruction that is no exit wins), in instruction
// order with unknown opcodes.  Level-2 logs compared with the kernel's by
// verify_vs_kernel.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
char LICENSE[] SEC("license") = "GPL";
#define RAW(CODE, DST, SRC, OFF, IMM) ((__u64)(CODE) | ((__u64)(DST) << 8) | ((__u64)(SRC) << 12) | ((__u64)(__u16)(OFF) << 16) | ((__u64)(__u32)(IMM) << 32))
SEC("socket")
__attribute__((naked)) void unrec(void)
{
	asm volatile (".8byte %[a]; .8byte 0; r0 = 0; exit;" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 7, 0, 0)));
}
SEC("socket")
__attribute__((naked)) void badhalf(void)
{
	asm volatile (".8byte %[a]; .8byte %[b]; r0 = 0; exit;" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 0, 0, 0)), [b]"i"(RAW(7, 0, 0, 0, 0)));
}
SEC("socket")
__attribute__((naked)) void nofd(void)
{
	asm volatile (".8byte %[a]; .8byte 0; r0 = 0; exit;" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 1, 0, 0)));
}
SEC("socket")
__attribute__((naked)) void nofd_sub(void)
{
	asm volatile ("call f1; .8byte %[a]; .8byte 0; r0 = 0; exit;" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 1, 0, 0)));
}
__attribute__((naked, used)) static void f1(void)
{
	asm volatile ("r0 = 0; exit;");
}
SEC("socket")
__attribute__((naked)) void badoff(void)
{
	asm volatile (".8byte %[a]; .8byte 0; r0 = 0; exit;" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 0, 1, 0)));
}
SEC("socket")
__attribute__((naked)) void jmp_then_ld(void)
{
	asm volatile ("goto +100; .8byte %[a]; .8byte 0; r0 = 0; exit;" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 7, 0, 0)));
}
SEC("socket")
__attribute__((naked)) void ld_then_badop(void)
{
	asm volatile (".8byte %[b]; .8byte %[a]; .8byte 0; r0 = 0; exit;" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 7, 0, 0)), [b]"i"(RAW(0xff, 0, 0, 0, 0)));
}
SEC("socket")
__attribute__((naked)) void ld_reserved_then_unrec(void)
{
	asm volatile (".8byte %[c]; .8byte 0; .8byte %[a]; .8byte 0; r0 = 0; exit;" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 7, 0, 0)), [c]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 0, 1, 0)));
}
SEC("socket")
__attribute__((naked)) void lastld(void)
{
	asm volatile ("r0 = 0; exit; .8byte %[a];" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 0, 0, 0)));
}
SEC("socket")
__attribute__((naked)) void kfunc_then_ld(void)
{
	asm volatile ("call %[k]; .8byte %[a]; .8byte 0; r0 = 0; exit;" :: [a]"i"(RAW(BPF_LD|BPF_DW|BPF_IMM, 1, 7, 0, 0)), [k]"i"(RAW(BPF_JMP|BPF_CALL, 0, 2, 0, 999999)));
}
