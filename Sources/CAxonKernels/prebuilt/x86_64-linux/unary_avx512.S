// Generated from ../../unary_avx512.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"unary_avx512.c"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x80000000
.LCPI0_1:
	.long	0xc2d00000
.LCPI0_2:
	.long	0x42b20000
.LCPI0_3:
	.long	0x3fb8aa3b
.LCPI0_4:
	.long	0xbf318000
.LCPI0_5:
	.long	0x395e8083
.LCPI0_6:
	.long	0x3ab743ce
.LCPI0_7:
	.long	0x39506967
.LCPI0_8:
	.long	0x3c088908
.LCPI0_9:
	.long	0x3d2aa9c1
.LCPI0_10:
	.long	0x3e2aaaaa
.LCPI0_11:
	.long	0x3f000000
.LCPI0_12:
	.long	0x3f800000
.LCPI0_13:
	.long	0x40000000
.LCPI0_14:
	.long	0x7fffffff
.LCPI0_15:
	.long	0x3ca9134e
.LCPI0_16:
	.long	0xbbbaf0ea
.LCPI0_17:
	.long	0xbd5c1e2d
.LCPI0_18:
	.long	0x3e088393
.LCPI0_19:
	.long	0xbeaaaa99
.LCPI0_20:
	.long	0x41200000
.LCPI0_21:
	.long	0x3f200000
.LCPI0_22:
	.long	0x00800000
.LCPI0_23:
	.long	0x4b000000
.LCPI0_26:
	.long	4294967147
.LCPI0_27:
	.long	4294967170
.LCPI0_28:
	.long	0x3f3504f3
.LCPI0_29:
	.long	0xbf800000
.LCPI0_30:
	.long	0xbdebd1b8
.LCPI0_31:
	.long	0x3d9021bb
.LCPI0_32:
	.long	0x3def251a
.LCPI0_33:
	.long	0xbdfe5d4f
.LCPI0_34:
	.long	0x3e11e9bf
.LCPI0_35:
	.long	0xbe2aae50
.LCPI0_36:
	.long	0x3e4cceac
.LCPI0_37:
	.long	0xbe7ffffc
.LCPI0_38:
	.long	0x3eaaaaaa
.LCPI0_39:
	.long	0xb95e8083
.LCPI0_40:
	.long	0xbf000000
.LCPI0_41:
	.long	0x3f318000
.LCPI0_42:
	.long	0xff800000
.LCPI0_43:
	.long	0x7fc00000
.LCPI0_44:
	.long	0x7f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI0_24:
	.quad	36028792732385279
.LCPI0_25:
	.quad	4539628425446424576
	.text
	.globl	axon_unary_avx512_f32
	.p2align	4
	.type	axon_unary_avx512_f32,@function
axon_unary_avx512_f32:
	.cfi_startproc
	addl	$-3, %edi
	cmpl	$3, %edi
	ja	.LBB0_1
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rcx, %r8
	leaq	.LJTI0_0(%rip), %rax
	movslq	(%rax,%rdi,4), %rcx
	addq	%rax, %rcx
	jmpq	*%rcx
.LBB0_19:
	cmpq	$32, %r8
	jge	.LBB0_25
	xorl	%edi, %edi
	jmp	.LBB0_21
.LBB0_9:
	cmpq	$32, %r8
	jge	.LBB0_29
	xorl	%edi, %edi
	jmp	.LBB0_11
.LBB0_4:
	cmpq	$32, %r8
	jge	.LBB0_31
	xorl	%edi, %edi
	jmp	.LBB0_6
.LBB0_14:
	cmpq	$32, %r8
	jge	.LBB0_27
	xorl	%edi, %edi
	jmp	.LBB0_16
.LBB0_1:
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	xorl	%eax, %eax
	retq
.LBB0_29:
	.cfi_def_cfa %rbp, 16
	.cfi_offset %rbp, -16
	vbroadcastss	.LCPI0_14(%rip), %zmm0
	vbroadcastss	.LCPI0_15(%rip), %zmm1
	vbroadcastss	.LCPI0_16(%rip), %zmm2
	vbroadcastss	.LCPI0_17(%rip), %zmm3
	vbroadcastss	.LCPI0_18(%rip), %zmm4
	vbroadcastss	.LCPI0_19(%rip), %zmm5
	vbroadcastss	.LCPI0_20(%rip), %zmm6
	xorl	%eax, %eax
	vxorps	%xmm7, %xmm7, %xmm7
	vbroadcastss	.LCPI0_1(%rip), %zmm8
	vbroadcastss	.LCPI0_2(%rip), %zmm9
	vbroadcastss	.LCPI0_3(%rip), %zmm10
	vbroadcastss	.LCPI0_4(%rip), %zmm11
	vbroadcastss	.LCPI0_5(%rip), %zmm12
	vbroadcastss	.LCPI0_6(%rip), %zmm13
	vbroadcastss	.LCPI0_7(%rip), %zmm14
	vbroadcastss	.LCPI0_8(%rip), %zmm15
	vbroadcastss	.LCPI0_9(%rip), %zmm16
	vbroadcastss	.LCPI0_10(%rip), %zmm17
	vbroadcastss	.LCPI0_11(%rip), %zmm18
	vbroadcastss	.LCPI0_12(%rip), %zmm19
	vbroadcastss	.LCPI0_13(%rip), %zmm20
	vpbroadcastd	.LCPI0_0(%rip), %zmm21
	vbroadcastss	.LCPI0_21(%rip), %zmm22
	.p2align	4
.LBB0_30:
	vmovups	(%rsi,%rax,4), %zmm25
	vmovups	64(%rsi,%rax,4), %zmm23
	vandps	%zmm0, %zmm25, %zmm26
	vmulps	%zmm25, %zmm25, %zmm24
	vmovaps	%zmm2, %zmm27
	vfmadd213ps	%zmm1, %zmm24, %zmm27
	vfmadd213ps	%zmm3, %zmm24, %zmm27
	vfmadd213ps	%zmm4, %zmm24, %zmm27
	vfmadd213ps	%zmm5, %zmm24, %zmm27
	vmulps	%zmm27, %zmm24, %zmm27
	vminps	%zmm6, %zmm26, %zmm24
	vaddps	%zmm24, %zmm24, %zmm24
	vcmpunordps	%zmm7, %zmm24, %k1
	vmaxps	%zmm8, %zmm24, %zmm28
	vminps	%zmm9, %zmm28, %zmm28
	vmulps	%zmm10, %zmm28, %zmm29
	vrndscaleps	$8, %zmm29, %zmm29
	vfmadd231ps	%zmm11, %zmm29, %zmm28
	vfmadd231ps	%zmm12, %zmm29, %zmm28
	vmovaps	%zmm14, %zmm30
	vfmadd213ps	%zmm13, %zmm28, %zmm30
	vfmadd213ps	%zmm15, %zmm28, %zmm30
	vfmadd213ps	%zmm16, %zmm28, %zmm30
	vfmadd213ps	%zmm17, %zmm28, %zmm30
	vfmadd213ps	%zmm18, %zmm28, %zmm30
	vmulps	%zmm28, %zmm28, %zmm31
	vaddps	%zmm19, %zmm28, %zmm28
	vfmadd231ps	%zmm31, %zmm30, %zmm28
	vscalefps	%zmm29, %zmm28, %zmm28
	vmovaps	%zmm24, %zmm28 {%k1}
	vaddps	%zmm19, %zmm28, %zmm24
	vrcp14ps	%zmm24, %zmm28
	vfmadd213ps	%zmm25, %zmm25, %zmm27
	vfnmadd213ps	%zmm20, %zmm28, %zmm24
	vmulps	%zmm24, %zmm28, %zmm24
	vfnmadd213ps	%zmm19, %zmm20, %zmm24
	vpternlogd	$248, %zmm21, %zmm25, %zmm24
	vcmpltps	%zmm22, %zmm26, %k1
	vmovaps	%zmm27, %zmm24 {%k1}
	vcmpunordps	%zmm7, %zmm25, %k1
	vmovaps	%zmm25, %zmm24 {%k1}
	vandps	%zmm0, %zmm23, %zmm25
	vmulps	%zmm23, %zmm23, %zmm26
	vminps	%zmm6, %zmm25, %zmm27
	vaddps	%zmm27, %zmm27, %zmm27
	vmaxps	%zmm8, %zmm27, %zmm28
	vminps	%zmm9, %zmm28, %zmm28
	vmulps	%zmm10, %zmm28, %zmm29
	vrndscaleps	$8, %zmm29, %zmm29
	vfmadd231ps	%zmm11, %zmm29, %zmm28
	vfmadd231ps	%zmm12, %zmm29, %zmm28
	vmovaps	%zmm14, %zmm30
	vfmadd213ps	%zmm13, %zmm28, %zmm30
	vfmadd213ps	%zmm15, %zmm28, %zmm30
	vfmadd213ps	%zmm16, %zmm28, %zmm30
	vfmadd213ps	%zmm17, %zmm28, %zmm30
	vfmadd213ps	%zmm18, %zmm28, %zmm30
	vmulps	%zmm28, %zmm28, %zmm31
	vaddps	%zmm19, %zmm28, %zmm28
	vfmadd231ps	%zmm31, %zmm30, %zmm28
	vmovaps	%zmm2, %zmm30
	vfmadd213ps	%zmm1, %zmm26, %zmm30
	vfmadd213ps	%zmm3, %zmm26, %zmm30
	vfmadd213ps	%zmm4, %zmm26, %zmm30
	vfmadd213ps	%zmm5, %zmm26, %zmm30
	vcmpunordps	%zmm7, %zmm27, %k1
	vscalefps	%zmm29, %zmm28, %zmm28
	vmovaps	%zmm27, %zmm28 {%k1}
	vaddps	%zmm19, %zmm28, %zmm27
	vrcp14ps	%zmm27, %zmm28
	vmulps	%zmm30, %zmm26, %zmm26
	vfmadd213ps	%zmm23, %zmm23, %zmm26
	vfnmadd213ps	%zmm20, %zmm28, %zmm27
	vmulps	%zmm27, %zmm28, %zmm27
	vfnmadd213ps	%zmm19, %zmm20, %zmm27
	vpternlogd	$248, %zmm21, %zmm23, %zmm27
	vcmpltps	%zmm22, %zmm25, %k1
	vmovaps	%zmm26, %zmm27 {%k1}
	vcmpunordps	%zmm7, %zmm23, %k1
	vmovaps	%zmm23, %zmm27 {%k1}
	vmovups	%zmm24, (%rdx,%rax,4)
	vmovups	%zmm27, 64(%rdx,%rax,4)
	leaq	32(%rax), %rdi
	addq	$64, %rax
	cmpq	%r8, %rax
	movq	%rdi, %rax
	jle	.LBB0_30
.LBB0_11:
	movl	$1, %eax
	movq	%r8, %r9
	subq	%rdi, %r9
	jle	.LBB0_24
	vxorps	%xmm0, %xmm0, %xmm0
	vbroadcastss	.LCPI0_14(%rip), %zmm1
	vbroadcastss	.LCPI0_16(%rip), %zmm2
	vbroadcastss	.LCPI0_15(%rip), %zmm3
	vbroadcastss	.LCPI0_17(%rip), %zmm4
	vbroadcastss	.LCPI0_18(%rip), %zmm5
	vbroadcastss	.LCPI0_19(%rip), %zmm6
	vbroadcastss	.LCPI0_20(%rip), %zmm7
	vbroadcastss	.LCPI0_1(%rip), %zmm8
	vbroadcastss	.LCPI0_2(%rip), %zmm9
	vbroadcastss	.LCPI0_3(%rip), %zmm10
	vbroadcastss	.LCPI0_4(%rip), %zmm11
	vbroadcastss	.LCPI0_5(%rip), %zmm12
	vbroadcastss	.LCPI0_7(%rip), %zmm13
	vbroadcastss	.LCPI0_6(%rip), %zmm14
	vbroadcastss	.LCPI0_8(%rip), %zmm15
	vbroadcastss	.LCPI0_9(%rip), %zmm16
	vbroadcastss	.LCPI0_10(%rip), %zmm17
	vbroadcastss	.LCPI0_11(%rip), %zmm18
	vbroadcastss	.LCPI0_12(%rip), %zmm19
	vbroadcastss	.LCPI0_13(%rip), %zmm20
	vpbroadcastd	.LCPI0_0(%rip), %zmm21
	vbroadcastss	.LCPI0_21(%rip), %zmm22
	.p2align	4
.LBB0_13:
	cmpq	$16, %r9
	movl	$16, %ecx
	cmovlq	%r9, %rcx
	movl	$-1, %r10d
	shll	%cl, %r10d
	notl	%r10d
	kmovw	%r10d, %k1
	vmovups	(%rsi,%rdi,4), %zmm23 {%k1} {z}
	vandps	%zmm1, %zmm23, %zmm24
	vmulps	%zmm23, %zmm23, %zmm25
	vmovaps	%zmm2, %zmm26
	vfmadd213ps	%zmm3, %zmm25, %zmm26
	vfmadd213ps	%zmm4, %zmm25, %zmm26
	vfmadd213ps	%zmm5, %zmm25, %zmm26
	vfmadd213ps	%zmm6, %zmm25, %zmm26
	vmulps	%zmm26, %zmm25, %zmm25
	vfmadd213ps	%zmm23, %zmm23, %zmm25
	vminps	%zmm7, %zmm24, %zmm26
	vaddps	%zmm26, %zmm26, %zmm26
	vcmpunordps	%zmm0, %zmm26, %k2
	vmaxps	%zmm8, %zmm26, %zmm27
	vminps	%zmm9, %zmm27, %zmm27
	vmulps	%zmm10, %zmm27, %zmm28
	vrndscaleps	$8, %zmm28, %zmm28
	vfmadd231ps	%zmm11, %zmm28, %zmm27
	vfmadd231ps	%zmm12, %zmm28, %zmm27
	vmovaps	%zmm13, %zmm29
	vfmadd213ps	%zmm14, %zmm27, %zmm29
	vfmadd213ps	%zmm15, %zmm27, %zmm29
	vfmadd213ps	%zmm16, %zmm27, %zmm29
	vfmadd213ps	%zmm17, %zmm27, %zmm29
	vfmadd213ps	%zmm18, %zmm27, %zmm29
	vmulps	%zmm27, %zmm27, %zmm30
	vaddps	%zmm19, %zmm27, %zmm27
	vfmadd231ps	%zmm30, %zmm29, %zmm27
	vscalefps	%zmm28, %zmm27, %zmm27
	vmovaps	%zmm26, %zmm27 {%k2}
	vaddps	%zmm19, %zmm27, %zmm26
	vrcp14ps	%zmm26, %zmm27
	vfnmadd213ps	%zmm20, %zmm27, %zmm26
	vmulps	%zmm26, %zmm27, %zmm26
	vfnmadd213ps	%zmm19, %zmm20, %zmm26
	vpternlogd	$248, %zmm21, %zmm23, %zmm26
	vcmpltps	%zmm22, %zmm24, %k2
	vmovaps	%zmm25, %zmm26 {%k2}
	vcmpunordps	%zmm0, %zmm23, %k2
	vmovaps	%zmm23, %zmm26 {%k2}
	vmovups	%zmm26, (%rdx,%rdi,4) {%k1}
	addq	$16, %rdi
	addq	$-16, %r9
	cmpq	%r8, %rdi
	jl	.LBB0_13
	jmp	.LBB0_24
.LBB0_31:
	vbroadcastss	.LCPI0_0(%rip), %zmm0
	xorl	%eax, %eax
	vxorps	%xmm1, %xmm1, %xmm1
	vbroadcastss	.LCPI0_1(%rip), %zmm2
	vbroadcastss	.LCPI0_2(%rip), %zmm3
	vbroadcastss	.LCPI0_3(%rip), %zmm4
	vbroadcastss	.LCPI0_4(%rip), %zmm5
	vbroadcastss	.LCPI0_5(%rip), %zmm6
	vbroadcastss	.LCPI0_6(%rip), %zmm7
	vbroadcastss	.LCPI0_7(%rip), %zmm8
	vbroadcastss	.LCPI0_8(%rip), %zmm9
	vbroadcastss	.LCPI0_9(%rip), %zmm10
	vbroadcastss	.LCPI0_10(%rip), %zmm11
	vbroadcastss	.LCPI0_11(%rip), %zmm12
	vbroadcastss	.LCPI0_12(%rip), %zmm13
	vbroadcastss	.LCPI0_13(%rip), %zmm14
	.p2align	4
.LBB0_32:
	vmovups	(%rsi,%rax,4), %zmm16
	vmovups	64(%rsi,%rax,4), %zmm15
	vorps	%zmm0, %zmm16, %zmm17
	vcmpunordps	%zmm1, %zmm16, %k1
	vmaxps	%zmm2, %zmm17, %zmm18
	vminps	%zmm3, %zmm18, %zmm18
	vmulps	%zmm4, %zmm18, %zmm19
	vrndscaleps	$8, %zmm19, %zmm19
	vfmadd231ps	%zmm5, %zmm19, %zmm18
	vfmadd231ps	%zmm6, %zmm19, %zmm18
	vmovaps	%zmm8, %zmm20
	vfmadd213ps	%zmm7, %zmm18, %zmm20
	vfmadd213ps	%zmm9, %zmm18, %zmm20
	vfmadd213ps	%zmm10, %zmm18, %zmm20
	vfmadd213ps	%zmm11, %zmm18, %zmm20
	vfmadd213ps	%zmm12, %zmm18, %zmm20
	vmulps	%zmm18, %zmm18, %zmm21
	vaddps	%zmm13, %zmm18, %zmm18
	vfmadd231ps	%zmm21, %zmm20, %zmm18
	vscalefps	%zmm19, %zmm18, %zmm18
	vmovaps	%zmm17, %zmm18 {%k1}
	vorps	%zmm0, %zmm15, %zmm17
	vmaxps	%zmm2, %zmm17, %zmm19
	vminps	%zmm3, %zmm19, %zmm19
	vmulps	%zmm4, %zmm19, %zmm20
	vrndscaleps	$8, %zmm20, %zmm20
	vfmadd231ps	%zmm5, %zmm20, %zmm19
	vfmadd231ps	%zmm6, %zmm20, %zmm19
	vmovaps	%zmm8, %zmm21
	vfmadd213ps	%zmm7, %zmm19, %zmm21
	vfmadd213ps	%zmm9, %zmm19, %zmm21
	vfmadd213ps	%zmm10, %zmm19, %zmm21
	vfmadd213ps	%zmm11, %zmm19, %zmm21
	vfmadd213ps	%zmm12, %zmm19, %zmm21
	vmulps	%zmm19, %zmm19, %zmm22
	vaddps	%zmm13, %zmm19, %zmm19
	vfmadd231ps	%zmm22, %zmm21, %zmm19
	vaddps	%zmm13, %zmm18, %zmm21
	vrcp14ps	%zmm21, %zmm22
	vfnmadd213ps	%zmm14, %zmm22, %zmm21
	vmulps	%zmm21, %zmm22, %zmm21
	vcmpunordps	%zmm1, %zmm15, %k1
	vscalefps	%zmm20, %zmm19, %zmm19
	vmovaps	%zmm17, %zmm19 {%k1}
	vaddps	%zmm13, %zmm19, %zmm17
	vrcp14ps	%zmm17, %zmm20
	vcmpltps	%zmm1, %zmm16, %k1
	vmulps	%zmm21, %zmm18, %zmm21 {%k1}
	vfnmadd213ps	%zmm14, %zmm20, %zmm17
	vmulps	%zmm17, %zmm20, %zmm16
	vcmpltps	%zmm1, %zmm15, %k1
	vmulps	%zmm16, %zmm19, %zmm16 {%k1}
	vmovups	%zmm21, (%rdx,%rax,4)
	vmovups	%zmm16, 64(%rdx,%rax,4)
	leaq	32(%rax), %rdi
	addq	$64, %rax
	cmpq	%r8, %rax
	movq	%rdi, %rax
	jle	.LBB0_32
.LBB0_6:
	movl	$1, %eax
	movq	%r8, %r9
	subq	%rdi, %r9
	jle	.LBB0_24
	vxorps	%xmm0, %xmm0, %xmm0
	vbroadcastss	.LCPI0_0(%rip), %zmm1
	vbroadcastss	.LCPI0_1(%rip), %zmm2
	vbroadcastss	.LCPI0_2(%rip), %zmm3
	vbroadcastss	.LCPI0_3(%rip), %zmm4
	vbroadcastss	.LCPI0_4(%rip), %zmm5
	vbroadcastss	.LCPI0_5(%rip), %zmm6
	vbroadcastss	.LCPI0_7(%rip), %zmm7
	vbroadcastss	.LCPI0_6(%rip), %zmm8
	vbroadcastss	.LCPI0_8(%rip), %zmm9
	vbroadcastss	.LCPI0_9(%rip), %zmm10
	vbroadcastss	.LCPI0_10(%rip), %zmm11
	vbroadcastss	.LCPI0_11(%rip), %zmm12
	vbroadcastss	.LCPI0_12(%rip), %zmm13
	vbroadcastss	.LCPI0_13(%rip), %zmm14
	.p2align	4
.LBB0_8:
	cmpq	$16, %r9
	movl	$16, %ecx
	cmovlq	%r9, %rcx
	movl	$-1, %r10d
	shll	%cl, %r10d
	notl	%r10d
	kmovw	%r10d, %k1
	vmovups	(%rsi,%rdi,4), %zmm15 {%k1} {z}
	vorps	%zmm1, %zmm15, %zmm16
	vcmpunordps	%zmm0, %zmm15, %k2
	vmaxps	%zmm2, %zmm16, %zmm17
	vminps	%zmm3, %zmm17, %zmm17
	vmulps	%zmm4, %zmm17, %zmm18
	vrndscaleps	$8, %zmm18, %zmm18
	vfmadd231ps	%zmm5, %zmm18, %zmm17
	vfmadd231ps	%zmm6, %zmm18, %zmm17
	vmovaps	%zmm7, %zmm19
	vfmadd213ps	%zmm8, %zmm17, %zmm19
	vfmadd213ps	%zmm9, %zmm17, %zmm19
	vfmadd213ps	%zmm10, %zmm17, %zmm19
	vfmadd213ps	%zmm11, %zmm17, %zmm19
	vfmadd213ps	%zmm12, %zmm17, %zmm19
	vmulps	%zmm17, %zmm17, %zmm20
	vaddps	%zmm13, %zmm17, %zmm17
	vfmadd231ps	%zmm20, %zmm19, %zmm17
	vscalefps	%zmm18, %zmm17, %zmm17
	vmovaps	%zmm16, %zmm17 {%k2}
	vaddps	%zmm13, %zmm17, %zmm16
	vrcp14ps	%zmm16, %zmm18
	vfnmadd213ps	%zmm14, %zmm18, %zmm16
	vmulps	%zmm16, %zmm18, %zmm16
	vcmpltps	%zmm0, %zmm15, %k2
	vmulps	%zmm16, %zmm17, %zmm16 {%k2}
	vmovups	%zmm16, (%rdx,%rdi,4) {%k1}
	addq	$16, %rdi
	addq	$-16, %r9
	cmpq	%r8, %rdi
	jl	.LBB0_8
	jmp	.LBB0_24
.LBB0_25:
	xorl	%eax, %eax
	vxorps	%xmm0, %xmm0, %xmm0
	vbroadcastss	.LCPI0_1(%rip), %zmm1
	vbroadcastss	.LCPI0_2(%rip), %zmm2
	vbroadcastss	.LCPI0_3(%rip), %zmm3
	vbroadcastss	.LCPI0_4(%rip), %zmm4
	vbroadcastss	.LCPI0_5(%rip), %zmm5
	vbroadcastss	.LCPI0_6(%rip), %zmm6
	vbroadcastss	.LCPI0_7(%rip), %zmm7
	vbroadcastss	.LCPI0_8(%rip), %zmm8
	vbroadcastss	.LCPI0_9(%rip), %zmm9
	vbroadcastss	.LCPI0_10(%rip), %zmm10
	vbroadcastss	.LCPI0_11(%rip), %zmm11
	vbroadcastss	.LCPI0_12(%rip), %zmm12
	.p2align	4
.LBB0_26:
	vmovups	(%rsi,%rax,4), %zmm13
	vmovups	64(%rsi,%rax,4), %zmm14
	vcmpunordps	%zmm0, %zmm13, %k1
	vmaxps	%zmm1, %zmm13, %zmm15
	vminps	%zmm2, %zmm15, %zmm15
	vmulps	%zmm3, %zmm15, %zmm16
	vrndscaleps	$8, %zmm16, %zmm16
	vfmadd231ps	%zmm4, %zmm16, %zmm15
	vfmadd231ps	%zmm5, %zmm16, %zmm15
	vmovaps	%zmm7, %zmm17
	vfmadd213ps	%zmm6, %zmm15, %zmm17
	vfmadd213ps	%zmm8, %zmm15, %zmm17
	vfmadd213ps	%zmm9, %zmm15, %zmm17
	vfmadd213ps	%zmm10, %zmm15, %zmm17
	vfmadd213ps	%zmm11, %zmm15, %zmm17
	vmulps	%zmm15, %zmm15, %zmm18
	vaddps	%zmm12, %zmm15, %zmm15
	vfmadd231ps	%zmm18, %zmm17, %zmm15
	vscalefps	%zmm16, %zmm15, %zmm15
	vmovaps	%zmm13, %zmm15 {%k1}
	vcmpunordps	%zmm0, %zmm14, %k1
	vmaxps	%zmm1, %zmm14, %zmm13
	vminps	%zmm2, %zmm13, %zmm13
	vmulps	%zmm3, %zmm13, %zmm16
	vrndscaleps	$8, %zmm16, %zmm16
	vfmadd231ps	%zmm4, %zmm16, %zmm13
	vfmadd231ps	%zmm5, %zmm16, %zmm13
	vmovaps	%zmm7, %zmm17
	vfmadd213ps	%zmm6, %zmm13, %zmm17
	vfmadd213ps	%zmm8, %zmm13, %zmm17
	vfmadd213ps	%zmm9, %zmm13, %zmm17
	vfmadd213ps	%zmm10, %zmm13, %zmm17
	vfmadd213ps	%zmm11, %zmm13, %zmm17
	vmulps	%zmm13, %zmm13, %zmm18
	vaddps	%zmm12, %zmm13, %zmm13
	vfmadd231ps	%zmm18, %zmm17, %zmm13
	vscalefps	%zmm16, %zmm13, %zmm13
	vmovaps	%zmm14, %zmm13 {%k1}
	vmovups	%zmm15, (%rdx,%rax,4)
	vmovups	%zmm13, 64(%rdx,%rax,4)
	leaq	32(%rax), %rdi
	addq	$64, %rax
	cmpq	%r8, %rax
	movq	%rdi, %rax
	jle	.LBB0_26
.LBB0_21:
	movl	$1, %eax
	movq	%r8, %r9
	subq	%rdi, %r9
	jle	.LBB0_24
	vxorps	%xmm0, %xmm0, %xmm0
	vbroadcastss	.LCPI0_1(%rip), %zmm1
	vbroadcastss	.LCPI0_2(%rip), %zmm2
	vbroadcastss	.LCPI0_3(%rip), %zmm3
	vbroadcastss	.LCPI0_4(%rip), %zmm4
	vbroadcastss	.LCPI0_5(%rip), %zmm5
	vbroadcastss	.LCPI0_7(%rip), %zmm6
	vbroadcastss	.LCPI0_6(%rip), %zmm7
	vbroadcastss	.LCPI0_8(%rip), %zmm8
	vbroadcastss	.LCPI0_9(%rip), %zmm9
	vbroadcastss	.LCPI0_10(%rip), %zmm10
	vbroadcastss	.LCPI0_11(%rip), %zmm11
	vbroadcastss	.LCPI0_12(%rip), %zmm12
	.p2align	4
.LBB0_23:
	cmpq	$16, %r9
	movl	$16, %ecx
	cmovlq	%r9, %rcx
	movl	$-1, %r10d
	shll	%cl, %r10d
	notl	%r10d
	kmovw	%r10d, %k1
	vmovups	(%rsi,%rdi,4), %zmm13 {%k1} {z}
	vcmpunordps	%zmm0, %zmm13, %k2
	vmaxps	%zmm1, %zmm13, %zmm14
	vminps	%zmm2, %zmm14, %zmm14
	vmulps	%zmm3, %zmm14, %zmm15
	vrndscaleps	$8, %zmm15, %zmm15
	vfmadd231ps	%zmm4, %zmm15, %zmm14
	vfmadd231ps	%zmm5, %zmm15, %zmm14
	vmovaps	%zmm6, %zmm16
	vfmadd213ps	%zmm7, %zmm14, %zmm16
	vfmadd213ps	%zmm8, %zmm14, %zmm16
	vfmadd213ps	%zmm9, %zmm14, %zmm16
	vfmadd213ps	%zmm10, %zmm14, %zmm16
	vfmadd213ps	%zmm11, %zmm14, %zmm16
	vmulps	%zmm14, %zmm14, %zmm17
	vaddps	%zmm12, %zmm14, %zmm14
	vfmadd231ps	%zmm17, %zmm16, %zmm14
	vscalefps	%zmm15, %zmm14, %zmm14
	vmovaps	%zmm13, %zmm14 {%k2}
	vmovups	%zmm14, (%rdx,%rdi,4) {%k1}
	addq	$16, %rdi
	addq	$-16, %r9
	cmpq	%r8, %rdi
	jl	.LBB0_23
	jmp	.LBB0_24
.LBB0_27:
	vbroadcastss	.LCPI0_22(%rip), %zmm0
	vbroadcastss	.LCPI0_23(%rip), %zmm1
	vpbroadcastq	.LCPI0_24(%rip), %zmm2
	vpbroadcastq	.LCPI0_25(%rip), %zmm3
	vpbroadcastd	.LCPI0_26(%rip), %zmm4
	vpbroadcastd	.LCPI0_27(%rip), %zmm5
	vbroadcastss	.LCPI0_28(%rip), %zmm6
	vbroadcastss	.LCPI0_29(%rip), %zmm7
	vbroadcastss	.LCPI0_30(%rip), %zmm8
	vbroadcastss	.LCPI0_31(%rip), %zmm9
	vbroadcastss	.LCPI0_32(%rip), %zmm10
	vbroadcastss	.LCPI0_33(%rip), %zmm11
	vbroadcastss	.LCPI0_34(%rip), %zmm12
	vbroadcastss	.LCPI0_35(%rip), %zmm13
	vbroadcastss	.LCPI0_36(%rip), %zmm14
	vbroadcastss	.LCPI0_37(%rip), %zmm15
	vbroadcastss	.LCPI0_38(%rip), %zmm16
	vbroadcastss	.LCPI0_39(%rip), %zmm17
	vbroadcastss	.LCPI0_40(%rip), %zmm18
	vbroadcastss	.LCPI0_41(%rip), %zmm19
	xorl	%eax, %eax
	vxorps	%zmm20, %zmm20, %zmm20
	vbroadcastss	.LCPI0_42(%rip), %zmm21
	vbroadcastss	.LCPI0_43(%rip), %zmm22
	vbroadcastss	.LCPI0_44(%rip), %zmm23
	.p2align	4
.LBB0_28:
	vmovups	(%rsi,%rax,4), %zmm25
	vmovups	64(%rsi,%rax,4), %zmm24
	vcmpltps	%zmm0, %zmm25, %k1
	vmovaps	%zmm25, %zmm26
	vmulps	%zmm1, %zmm25, %zmm26 {%k1}
	vpsrld	$23, %zmm26, %zmm27
	vpblendmd	%zmm4, %zmm5, %zmm28 {%k1}
	vpternlogq	$236, %zmm2, %zmm3, %zmm26
	vpaddd	%zmm28, %zmm27, %zmm27
	vcmpltps	%zmm6, %zmm26, %k1
	vaddps	%zmm26, %zmm26, %zmm26 {%k1}
	vaddps	%zmm7, %zmm26, %zmm26
	vpmovm2d	%k1, %zmm28
	vpaddd	%zmm28, %zmm27, %zmm27
	vcvtdq2ps	%zmm27, %zmm27
	vmulps	%zmm26, %zmm26, %zmm28
	vmovaps	%zmm9, %zmm29
	vfmadd213ps	%zmm8, %zmm26, %zmm29
	vfmadd213ps	%zmm10, %zmm26, %zmm29
	vfmadd213ps	%zmm11, %zmm26, %zmm29
	vfmadd213ps	%zmm12, %zmm26, %zmm29
	vfmadd213ps	%zmm13, %zmm26, %zmm29
	vfmadd213ps	%zmm14, %zmm26, %zmm29
	vfmadd213ps	%zmm15, %zmm26, %zmm29
	vfmadd213ps	%zmm16, %zmm26, %zmm29
	vmulps	%zmm29, %zmm26, %zmm29
	vmulps	%zmm29, %zmm28, %zmm29
	vfmadd231ps	%zmm17, %zmm27, %zmm29
	vfmadd231ps	%zmm28, %zmm18, %zmm29
	vaddps	%zmm29, %zmm26, %zmm26
	vfmadd231ps	%zmm27, %zmm19, %zmm26
	vcmpeqps	%zmm20, %zmm25, %k1
	vmovaps	%zmm21, %zmm26 {%k1}
	vcmpltps	%zmm20, %zmm25, %k1
	vmovaps	%zmm22, %zmm26 {%k1}
	vcmpeq_uqps	%zmm23, %zmm25, %k1
	vmovaps	%zmm25, %zmm26 {%k1}
	vcmpltps	%zmm0, %zmm24, %k1
	vmovaps	%zmm24, %zmm25
	vmulps	%zmm1, %zmm24, %zmm25 {%k1}
	vpsrld	$23, %zmm25, %zmm27
	vpblendmd	%zmm4, %zmm5, %zmm28 {%k1}
	vpternlogq	$236, %zmm2, %zmm3, %zmm25
	vpaddd	%zmm28, %zmm27, %zmm27
	vcmpltps	%zmm6, %zmm25, %k1
	vaddps	%zmm25, %zmm25, %zmm25 {%k1}
	vaddps	%zmm7, %zmm25, %zmm25
	vpmovm2d	%k1, %zmm28
	vpaddd	%zmm28, %zmm27, %zmm27
	vcvtdq2ps	%zmm27, %zmm27
	vmulps	%zmm25, %zmm25, %zmm28
	vmovaps	%zmm9, %zmm29
	vfmadd213ps	%zmm8, %zmm25, %zmm29
	vfmadd213ps	%zmm10, %zmm25, %zmm29
	vfmadd213ps	%zmm11, %zmm25, %zmm29
	vfmadd213ps	%zmm12, %zmm25, %zmm29
	vfmadd213ps	%zmm13, %zmm25, %zmm29
	vfmadd213ps	%zmm14, %zmm25, %zmm29
	vfmadd213ps	%zmm15, %zmm25, %zmm29
	vfmadd213ps	%zmm16, %zmm25, %zmm29
	vmulps	%zmm29, %zmm25, %zmm29
	vmulps	%zmm29, %zmm28, %zmm29
	vfmadd231ps	%zmm17, %zmm27, %zmm29
	vfmadd231ps	%zmm28, %zmm18, %zmm29
	vaddps	%zmm29, %zmm25, %zmm25
	vfmadd231ps	%zmm27, %zmm19, %zmm25
	vcmpeqps	%zmm20, %zmm24, %k1
	vmovaps	%zmm21, %zmm25 {%k1}
	vcmpltps	%zmm20, %zmm24, %k1
	vmovaps	%zmm22, %zmm25 {%k1}
	vcmpeq_uqps	%zmm23, %zmm24, %k1
	vmovaps	%zmm24, %zmm25 {%k1}
	vmovups	%zmm26, (%rdx,%rax,4)
	vmovups	%zmm25, 64(%rdx,%rax,4)
	leaq	32(%rax), %rdi
	addq	$64, %rax
	cmpq	%r8, %rax
	movq	%rdi, %rax
	jle	.LBB0_28
.LBB0_16:
	movl	$1, %eax
	movq	%r8, %r9
	subq	%rdi, %r9
	jle	.LBB0_24
	vxorps	%xmm0, %xmm0, %xmm0
	vbroadcastss	.LCPI0_22(%rip), %zmm1
	vbroadcastss	.LCPI0_23(%rip), %zmm2
	vpbroadcastq	.LCPI0_25(%rip), %zmm3
	vpbroadcastq	.LCPI0_24(%rip), %zmm4
	vpbroadcastd	.LCPI0_27(%rip), %zmm5
	vbroadcastss	.LCPI0_28(%rip), %zmm6
	vbroadcastss	.LCPI0_29(%rip), %zmm7
	vbroadcastss	.LCPI0_31(%rip), %zmm8
	vbroadcastss	.LCPI0_30(%rip), %zmm9
	vbroadcastss	.LCPI0_32(%rip), %zmm10
	vbroadcastss	.LCPI0_33(%rip), %zmm11
	vbroadcastss	.LCPI0_34(%rip), %zmm12
	vbroadcastss	.LCPI0_35(%rip), %zmm13
	vbroadcastss	.LCPI0_36(%rip), %zmm14
	vbroadcastss	.LCPI0_37(%rip), %zmm15
	vbroadcastss	.LCPI0_38(%rip), %zmm16
	vbroadcastss	.LCPI0_39(%rip), %zmm17
	vbroadcastss	.LCPI0_40(%rip), %zmm18
	vbroadcastss	.LCPI0_41(%rip), %zmm19
	vbroadcastss	.LCPI0_44(%rip), %zmm20
	.p2align	4
.LBB0_18:
	cmpq	$16, %r9
	movl	$16, %ecx
	cmovlq	%r9, %rcx
	movl	$-1, %r10d
	shll	%cl, %r10d
	notl	%r10d
	kmovw	%r10d, %k1
	vmovups	(%rsi,%rdi,4), %zmm21 {%k1} {z}
	vcmpltps	%zmm1, %zmm21, %k2
	vmovaps	%zmm21, %zmm22
	vmulps	%zmm2, %zmm21, %zmm22 {%k2}
	vpsrld	$23, %zmm22, %zmm23
	vpblendmd	.LCPI0_26(%rip){1to16}, %zmm5, %zmm24 {%k2}
	vpternlogq	$236, %zmm4, %zmm3, %zmm22
	vpaddd	%zmm24, %zmm23, %zmm23
	vcmpltps	%zmm6, %zmm22, %k2
	vaddps	%zmm22, %zmm22, %zmm22 {%k2}
	vaddps	%zmm7, %zmm22, %zmm22
	vpmovm2d	%k2, %zmm24
	vpaddd	%zmm24, %zmm23, %zmm23
	vcvtdq2ps	%zmm23, %zmm23
	vmulps	%zmm22, %zmm22, %zmm24
	vmovaps	%zmm8, %zmm25
	vfmadd213ps	%zmm9, %zmm22, %zmm25
	vfmadd213ps	%zmm10, %zmm22, %zmm25
	vfmadd213ps	%zmm11, %zmm22, %zmm25
	vfmadd213ps	%zmm12, %zmm22, %zmm25
	vfmadd213ps	%zmm13, %zmm22, %zmm25
	vfmadd213ps	%zmm14, %zmm22, %zmm25
	vfmadd213ps	%zmm15, %zmm22, %zmm25
	vfmadd213ps	%zmm16, %zmm22, %zmm25
	vmulps	%zmm25, %zmm22, %zmm25
	vmulps	%zmm25, %zmm24, %zmm25
	vfmadd231ps	%zmm17, %zmm23, %zmm25
	vfmadd231ps	%zmm18, %zmm24, %zmm25
	vaddps	%zmm25, %zmm22, %zmm22
	vfmadd231ps	%zmm19, %zmm23, %zmm22
	vcmpeqps	%zmm0, %zmm21, %k2
	vbroadcastss	.LCPI0_42(%rip), %zmm22 {%k2}
	vcmpltps	%zmm0, %zmm21, %k2
	vbroadcastss	.LCPI0_43(%rip), %zmm22 {%k2}
	vcmpeq_uqps	%zmm20, %zmm21, %k2
	vmovaps	%zmm21, %zmm22 {%k2}
	vmovups	%zmm22, (%rdx,%rdi,4) {%k1}
	addq	$16, %rdi
	addq	$-16, %r9
	cmpq	%r8, %rdi
	jl	.LBB0_18
.LBB0_24:
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	vzeroupper
	retq
.Lfunc_end0:
	.size	axon_unary_avx512_f32, .Lfunc_end0-axon_unary_avx512_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI0_0:
	.long	.LBB0_19-.LJTI0_0
	.long	.LBB0_14-.LJTI0_0
	.long	.LBB0_9-.LJTI0_0
	.long	.LBB0_4-.LJTI0_0

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
