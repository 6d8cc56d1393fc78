; Kernel-log lines assemble as they are, index, opcode and state comment
; included (the part after ';' is a comment).
.license "GPL"
.prog pasted socket
0: (bf) r6 = r1                       ; R1=ctx() R6=ctx()
1: (30) r0 = *(u8 *)skb[23]           ; R0=scalar() R6=ctx()
2: (63) *(u32 *)(r10 -4) = r0         ; R0=scalar() R10=fp0 fp-8=mmmm????
3: (61) r1 = *(u32 *)(r6 +4)
4: (55) if r1 != 0x4 goto pc+2
5: (b7) r0 = 0
6: (95) exit
7: (b7) r0 = 1
8: (95) exit
