// Generated from ../../unary_avx2.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"unary_avx2.c"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x3f800000
.LCPI0_1:
	.long	0x80000000
.LCPI0_2:
	.long	0xc2d00000
.LCPI0_3:
	.long	0x42b20000
.LCPI0_4:
	.long	0x3fb8aa3b
.LCPI0_5:
	.long	0x3f318000
.LCPI0_6:
	.long	0xb95e8083
.LCPI0_7:
	.long	0x3ab743ce
.LCPI0_8:
	.long	0x39506967
.LCPI0_9:
	.long	0x3c088908
.LCPI0_10:
	.long	0x3d2aa9c1
.LCPI0_11:
	.long	0x3e2aaaaa
.LCPI0_12:
	.long	0x3f000000
.LCPI0_13:
	.long	0xbf318000
.LCPI0_14:
	.long	0x395e8083
.LCPI0_15:
	.long	0x7fffffff
.LCPI0_16:
	.long	0x3ca9134e
.LCPI0_17:
	.long	0xbbbaf0ea
.LCPI0_18:
	.long	0xbd5c1e2d
.LCPI0_19:
	.long	0x3e088393
.LCPI0_20:
	.long	0xbeaaaa99
.LCPI0_21:
	.long	0x40000000
.LCPI0_22:
	.long	0x3f200000
.LCPI0_23:
	.long	0xc0000000
.LCPI0_24:
	.long	0x00800000
.LCPI0_25:
	.long	0x4b000000
.LCPI0_26:
	.long	0xc1b80000
.LCPI0_27:
	.long	4294967170
.LCPI0_30:
	.long	0x3f3504f3
.LCPI0_31:
	.long	0xbf800000
.LCPI0_32:
	.long	0xbdebd1b8
.LCPI0_33:
	.long	0x3d9021bb
.LCPI0_34:
	.long	0x3def251a
.LCPI0_35:
	.long	0xbdfe5d4f
.LCPI0_36:
	.long	0x3e11e9bf
.LCPI0_37:
	.long	0xbe2aae50
.LCPI0_38:
	.long	0x3e4cceac
.LCPI0_39:
	.long	0xbe7ffffc
.LCPI0_40:
	.long	0x3eaaaaaa
.LCPI0_41:
	.long	0xff800000
.LCPI0_42:
	.long	0x7fc00000
.LCPI0_43:
	.long	0x7f800000
.LCPI0_44:
	.long	0xbf000000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI0_28:
	.quad	36028792732385279
.LCPI0_29:
	.quad	4539628425446424576
	.text
	.globl	axon_unary_avx2_f32
	.p2align	4
	.type	axon_unary_avx2_f32,@function
axon_unary_avx2_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	andq	$-32, %rsp
	subq	$256, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, 16(%rsp)
	cmpl	$10, %edi
	ja	.LBB0_1
	movq	%rdx, %r14
	movl	%edi, %eax
	leaq	.LJTI0_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	movq	%rsi, 24(%rsp)
	jmpq	*%rax
.LBB0_65:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_67
	xorl	%ebx, %ebx
	jmp	.LBB0_72
.LBB0_39:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_101
	xorl	%r13d, %r13d
	jmp	.LBB0_41
.LBB0_9:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_11
	xorl	%ebx, %ebx
	jmp	.LBB0_129
.LBB0_57:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_59
	xorl	%ebx, %ebx
	jmp	.LBB0_92
.LBB0_48:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_99
	xorl	%ebx, %ebx
	jmp	.LBB0_50
.LBB0_17:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_19
	xorl	%ebx, %ebx
	jmp	.LBB0_110
.LBB0_61:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_63
	xorl	%ebx, %ebx
	jmp	.LBB0_82
.LBB0_30:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_103
	xorl	%r13d, %r13d
	jmp	.LBB0_32
.LBB0_21:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_105
	xorl	%ebx, %ebx
	jmp	.LBB0_23
.LBB0_3:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_136
	xorl	%ebx, %ebx
	jmp	.LBB0_5
.LBB0_13:
	cmpq	$16, 16(%rsp)
	jge	.LBB0_15
	xorl	%ebx, %ebx
	jmp	.LBB0_119
.LBB0_1:
	xorl	%eax, %eax
	jmp	.LBB0_141
.LBB0_101:
	vbroadcastss	.LCPI0_26(%rip), %ymm0
	vmovaps	%ymm0, 64(%rsp)
	xorl	%eax, %eax
	vbroadcastss	.LCPI0_27(%rip), %ymm0
	vmovaps	%ymm0, 96(%rsp)
	vbroadcastsd	.LCPI0_28(%rip), %ymm0
	vmovaps	%ymm0, 128(%rsp)
	vbroadcastsd	.LCPI0_29(%rip), %ymm0
	vmovaps	%ymm0, 192(%rsp)
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	vmovaps	%ymm0, 160(%rsp)
	vbroadcastss	.LCPI0_25(%rip), %ymm12
	vmovdqa	96(%rsp), %ymm5
	vmovaps	128(%rsp), %ymm6
	vmovaps	192(%rsp), %ymm9
	vbroadcastss	.LCPI0_31(%rip), %ymm13
	vmovaps	160(%rsp), %ymm4
	vbroadcastss	.LCPI0_32(%rip), %ymm14
	.p2align	4
.LBB0_102:
	vmovups	(%rsi,%rax,4), %ymm15
	vbroadcastss	.LCPI0_24(%rip), %ymm10
	vcmpltps	%ymm10, %ymm15, %ymm0
	vmulps	%ymm12, %ymm15, %ymm1
	vblendvps	%ymm0, %ymm1, %ymm15, %ymm1
	vmovaps	64(%rsp), %ymm3
	vandps	%ymm3, %ymm0, %ymm0
	vpsrld	$23, %ymm1, %ymm7
	vpaddd	%ymm5, %ymm7, %ymm7
	vandps	%ymm6, %ymm1, %ymm1
	vorps	%ymm1, %ymm9, %ymm1
	vcvtdq2ps	%ymm7, %ymm7
	vaddps	%ymm7, %ymm0, %ymm0
	vbroadcastss	.LCPI0_30(%rip), %ymm11
	vcmpltps	%ymm11, %ymm1, %ymm7
	vandps	%ymm1, %ymm7, %ymm8
	vaddps	%ymm1, %ymm8, %ymm1
	vaddps	%ymm1, %ymm13, %ymm1
	vandps	%ymm4, %ymm7, %ymm7
	vsubps	%ymm7, %ymm0, %ymm0
	vmulps	%ymm1, %ymm1, %ymm7
	vbroadcastss	.LCPI0_33(%rip), %ymm8
	vfmadd213ps	%ymm14, %ymm1, %ymm8
	vbroadcastss	.LCPI0_34(%rip), %ymm2
	vfmadd213ps	%ymm2, %ymm1, %ymm8
	vbroadcastss	.LCPI0_35(%rip), %ymm2
	vfmadd213ps	%ymm2, %ymm1, %ymm8
	vbroadcastss	.LCPI0_36(%rip), %ymm2
	vfmadd213ps	%ymm2, %ymm1, %ymm8
	vbroadcastss	.LCPI0_37(%rip), %ymm2
	vfmadd213ps	%ymm2, %ymm1, %ymm8
	vbroadcastss	.LCPI0_38(%rip), %ymm2
	vfmadd213ps	%ymm2, %ymm1, %ymm8
	vbroadcastss	.LCPI0_39(%rip), %ymm2
	vfmadd213ps	%ymm2, %ymm1, %ymm8
	vbroadcastss	.LCPI0_40(%rip), %ymm2
	vfmadd213ps	%ymm2, %ymm1, %ymm8
	vmulps	%ymm1, %ymm8, %ymm8
	vmulps	%ymm7, %ymm8, %ymm8
	vbroadcastss	.LCPI0_6(%rip), %ymm2
	vfmadd231ps	%ymm2, %ymm0, %ymm8
	vbroadcastss	.LCPI0_12(%rip), %ymm2
	vfnmadd231ps	%ymm7, %ymm2, %ymm8
	vaddps	%ymm1, %ymm8, %ymm1
	vbroadcastss	.LCPI0_5(%rip), %ymm2
	vfmadd231ps	%ymm0, %ymm2, %ymm1
	vxorps	%xmm2, %xmm2, %xmm2
	vcmpeqps	%ymm2, %ymm15, %ymm0
	vbroadcastss	.LCPI0_41(%rip), %ymm7
	vblendvps	%ymm0, %ymm7, %ymm1, %ymm0
	vcmpltps	%ymm2, %ymm15, %ymm1
	vbroadcastss	.LCPI0_42(%rip), %ymm7
	vblendvps	%ymm1, %ymm7, %ymm0, %ymm1
	vmovups	32(%rsi,%rax,4), %ymm0
	vbroadcastss	.LCPI0_43(%rip), %ymm11
	vcmpeq_uqps	%ymm11, %ymm15, %ymm7
	vblendvps	%ymm7, %ymm15, %ymm1, %ymm15
	vcmpltps	%ymm10, %ymm0, %ymm1
	vmulps	%ymm0, %ymm12, %ymm7
	vblendvps	%ymm1, %ymm7, %ymm0, %ymm7
	vandps	%ymm3, %ymm1, %ymm1
	vpsrld	$23, %ymm7, %ymm8
	vpaddd	%ymm5, %ymm8, %ymm8
	vandps	%ymm6, %ymm7, %ymm7
	vorps	%ymm7, %ymm9, %ymm7
	vcvtdq2ps	%ymm8, %ymm8
	vaddps	%ymm1, %ymm8, %ymm1
	vbroadcastss	.LCPI0_30(%rip), %ymm3
	vcmpltps	%ymm3, %ymm7, %ymm8
	vandps	%ymm7, %ymm8, %ymm10
	vaddps	%ymm7, %ymm10, %ymm7
	vaddps	%ymm7, %ymm13, %ymm7
	vandps	%ymm4, %ymm8, %ymm8
	vsubps	%ymm8, %ymm1, %ymm1
	vmulps	%ymm7, %ymm7, %ymm8
	vbroadcastss	.LCPI0_33(%rip), %ymm10
	vfmadd213ps	%ymm14, %ymm7, %ymm10
	vbroadcastss	.LCPI0_34(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm7, %ymm10
	vbroadcastss	.LCPI0_35(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm7, %ymm10
	vbroadcastss	.LCPI0_36(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm7, %ymm10
	vbroadcastss	.LCPI0_37(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm7, %ymm10
	vbroadcastss	.LCPI0_38(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm7, %ymm10
	vbroadcastss	.LCPI0_39(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm7, %ymm10
	vbroadcastss	.LCPI0_40(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm7, %ymm10
	vmulps	%ymm7, %ymm10, %ymm10
	vmulps	%ymm10, %ymm8, %ymm10
	vbroadcastss	.LCPI0_6(%rip), %ymm3
	vfmadd231ps	%ymm3, %ymm1, %ymm10
	vbroadcastss	.LCPI0_12(%rip), %ymm3
	vfnmadd231ps	%ymm8, %ymm3, %ymm10
	vaddps	%ymm7, %ymm10, %ymm7
	vbroadcastss	.LCPI0_5(%rip), %ymm3
	vfmadd231ps	%ymm1, %ymm3, %ymm7
	vcmpeqps	%ymm2, %ymm0, %ymm1
	vbroadcastss	.LCPI0_41(%rip), %ymm3
	vblendvps	%ymm1, %ymm3, %ymm7, %ymm1
	vcmpltps	%ymm2, %ymm0, %ymm7
	vbroadcastss	.LCPI0_42(%rip), %ymm2
	vblendvps	%ymm7, %ymm2, %ymm1, %ymm1
	vcmpeq_uqps	%ymm0, %ymm11, %ymm7
	vblendvps	%ymm7, %ymm0, %ymm1, %ymm0
	vmovups	%ymm15, (%r14,%rax,4)
	vmovups	%ymm0, 32(%r14,%rax,4)
	leaq	16(%rax), %r13
	addq	$32, %rax
	cmpq	16(%rsp), %rax
	movq	%r13, %rax
	jle	.LBB0_102
.LBB0_41:
	movq	16(%rsp), %rbx
	subq	%r13, %rbx
	jle	.LBB0_140
	vbroadcastss	.LCPI0_26(%rip), %ymm0
	vmovaps	%ymm0, 64(%rsp)
	vpxor	%xmm5, %xmm5, %xmm5
	vbroadcastss	.LCPI0_27(%rip), %ymm0
	vmovaps	%ymm0, 96(%rsp)
	vbroadcastsd	.LCPI0_28(%rip), %ymm0
	vmovaps	%ymm0, 128(%rsp)
	vbroadcastsd	.LCPI0_29(%rip), %ymm0
	vmovaps	%ymm0, 192(%rsp)
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	vmovaps	%ymm0, 160(%rsp)
	jmp	.LBB0_43
	.p2align	4
.LBB0_47:
	addq	$8, %r13
	addq	$-8, %rbx
	cmpq	16(%rsp), %r13
	jge	.LBB0_140
.LBB0_43:
	cmpq	$2, %rbx
	movl	$1, %r12d
	cmovgeq	%rbx, %r12
	cmpq	$8, %r12
	movl	$8, %eax
	cmovgeq	%rax, %r12
	shll	$2, %r12d
	vmovdqa	%ymm5, 32(%rsp)
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	%r13, 16(%rsp)
	jle	.LBB0_45
	movq	24(%rsp), %rax
	leaq	(%rax,%r13,4), %rsi
	leaq	32(%rsp), %rdi
	movq	%r12, %rdx
	vzeroupper
	callq	memcpy@PLT
	vpxor	%xmm5, %xmm5, %xmm5
	vmovaps	32(%rsp), %ymm0
.LBB0_45:
	vbroadcastss	.LCPI0_24(%rip), %ymm1
	vcmpltps	%ymm1, %ymm0, %ymm1
	vbroadcastss	.LCPI0_25(%rip), %ymm2
	vmulps	%ymm2, %ymm0, %ymm2
	vblendvps	%ymm1, %ymm2, %ymm0, %ymm2
	vandps	64(%rsp), %ymm1, %ymm1
	vpsrld	$23, %ymm2, %ymm3
	vpaddd	96(%rsp), %ymm3, %ymm3
	vandps	128(%rsp), %ymm2, %ymm2
	vorps	192(%rsp), %ymm2, %ymm2
	vcvtdq2ps	%ymm3, %ymm3
	vaddps	%ymm3, %ymm1, %ymm1
	vbroadcastss	.LCPI0_30(%rip), %ymm3
	vcmpltps	%ymm3, %ymm2, %ymm3
	vandps	%ymm2, %ymm3, %ymm4
	vaddps	%ymm2, %ymm4, %ymm2
	vbroadcastss	.LCPI0_31(%rip), %ymm4
	vaddps	%ymm4, %ymm2, %ymm2
	vandps	160(%rsp), %ymm3, %ymm3
	vsubps	%ymm3, %ymm1, %ymm1
	vmulps	%ymm2, %ymm2, %ymm3
	vbroadcastss	.LCPI0_33(%rip), %ymm4
	vbroadcastss	.LCPI0_32(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm2, %ymm4
	vbroadcastss	.LCPI0_34(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm2, %ymm4
	vbroadcastss	.LCPI0_35(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm2, %ymm4
	vbroadcastss	.LCPI0_36(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm2, %ymm4
	vbroadcastss	.LCPI0_37(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm2, %ymm4
	vbroadcastss	.LCPI0_38(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm2, %ymm4
	vbroadcastss	.LCPI0_39(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm2, %ymm4
	vbroadcastss	.LCPI0_40(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm2, %ymm4
	vmulps	%ymm4, %ymm2, %ymm4
	vmulps	%ymm4, %ymm3, %ymm4
	vbroadcastss	.LCPI0_6(%rip), %ymm6
	vfmadd231ps	%ymm6, %ymm1, %ymm4
	vbroadcastss	.LCPI0_44(%rip), %ymm6
	vfmadd231ps	%ymm3, %ymm6, %ymm4
	vaddps	%ymm4, %ymm2, %ymm2
	vbroadcastss	.LCPI0_5(%rip), %ymm3
	vfmadd231ps	%ymm1, %ymm3, %ymm2
	vcmpeqps	%ymm5, %ymm0, %ymm1
	vbroadcastss	.LCPI0_41(%rip), %ymm3
	vblendvps	%ymm1, %ymm3, %ymm2, %ymm1
	vcmpltps	%ymm5, %ymm0, %ymm2
	vbroadcastss	.LCPI0_42(%rip), %ymm3
	vblendvps	%ymm2, %ymm3, %ymm1, %ymm1
	vbroadcastss	.LCPI0_43(%rip), %ymm2
	vcmpeq_uqps	%ymm2, %ymm0, %ymm2
	vblendvps	%ymm2, %ymm0, %ymm1, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%r13, 16(%rsp)
	jle	.LBB0_47
	leaq	(%r14,%r13,4), %rdi
	leaq	32(%rsp), %rsi
	movq	%r12, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm5, %xmm5, %xmm5
	jmp	.LBB0_47
.LBB0_11:
	movq	16(%rsp), %rax
	addq	$-16, %rax
	cmpq	$16, %rax
	jae	.LBB0_134
	movl	$16, %ecx
	xorl	%ebx, %ebx
	jmp	.LBB0_127
.LBB0_59:
	movq	16(%rsp), %rax
	addq	$-16, %rax
	cmpq	$16, %rax
	jae	.LBB0_97
	movl	$16, %ecx
	xorl	%ebx, %ebx
	jmp	.LBB0_90
.LBB0_99:
	xorl	%eax, %eax
	vpbroadcastd	.LCPI0_0(%rip), %ymm12
	vbroadcastss	.LCPI0_3(%rip), %ymm5
	vbroadcastss	.LCPI0_4(%rip), %ymm7
	vbroadcastss	.LCPI0_6(%rip), %ymm8
	vbroadcastss	.LCPI0_7(%rip), %ymm9
	vbroadcastss	.LCPI0_9(%rip), %ymm11
	vbroadcastss	.LCPI0_10(%rip), %ymm13
	.p2align	4
.LBB0_100:
	vmovups	(%rsi,%rax,4), %ymm15
	vmovups	32(%rsi,%rax,4), %ymm14
	vbroadcastss	.LCPI0_2(%rip), %ymm4
	vmaxps	%ymm4, %ymm15, %ymm0
	vminps	%ymm5, %ymm0, %ymm0
	vmulps	%ymm7, %ymm0, %ymm1
	vroundps	$8, %ymm1, %ymm1
	vbroadcastss	.LCPI0_5(%rip), %ymm2
	vfnmadd231ps	%ymm2, %ymm1, %ymm0
	vfnmadd231ps	%ymm8, %ymm1, %ymm0
	vbroadcastss	.LCPI0_8(%rip), %ymm10
	vmovaps	%ymm10, %ymm6
	vfmadd213ps	%ymm9, %ymm0, %ymm6
	vfmadd213ps	%ymm11, %ymm0, %ymm6
	vfmadd213ps	%ymm13, %ymm0, %ymm6
	vbroadcastss	.LCPI0_11(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm0, %ymm6
	vbroadcastss	.LCPI0_12(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm0, %ymm6
	vmulps	%ymm0, %ymm0, %ymm3
	vbroadcastss	.LCPI0_0(%rip), %ymm2
	vaddps	%ymm2, %ymm0, %ymm0
	vfmadd231ps	%ymm3, %ymm6, %ymm0
	vcvtps2dq	%ymm1, %ymm1
	vpsrad	$1, %ymm1, %ymm3
	vpsubd	%ymm3, %ymm1, %ymm1
	vpslld	$23, %ymm3, %ymm3
	vpaddd	%ymm3, %ymm12, %ymm3
	vmulps	%ymm3, %ymm0, %ymm0
	vpslld	$23, %ymm1, %ymm1
	vpaddd	%ymm1, %ymm12, %ymm1
	vmulps	%ymm1, %ymm0, %ymm0
	vxorps	%xmm2, %xmm2, %xmm2
	vcmpunordps	%ymm2, %ymm15, %ymm1
	vblendvps	%ymm1, %ymm15, %ymm0, %ymm15
	vmaxps	%ymm4, %ymm14, %ymm0
	vminps	%ymm5, %ymm0, %ymm0
	vmulps	%ymm7, %ymm0, %ymm1
	vroundps	$8, %ymm1, %ymm1
	vbroadcastss	.LCPI0_5(%rip), %ymm3
	vfnmadd231ps	%ymm3, %ymm1, %ymm0
	vfnmadd231ps	%ymm8, %ymm1, %ymm0
	vfmadd213ps	%ymm9, %ymm0, %ymm10
	vfmadd213ps	%ymm11, %ymm0, %ymm10
	vfmadd213ps	%ymm13, %ymm0, %ymm10
	vbroadcastss	.LCPI0_11(%rip), %ymm4
	vfmadd213ps	%ymm4, %ymm0, %ymm10
	vbroadcastss	.LCPI0_12(%rip), %ymm4
	vfmadd213ps	%ymm4, %ymm0, %ymm10
	vmulps	%ymm0, %ymm0, %ymm6
	vbroadcastss	.LCPI0_0(%rip), %ymm4
	vaddps	%ymm4, %ymm0, %ymm0
	vfmadd231ps	%ymm6, %ymm10, %ymm0
	vcvtps2dq	%ymm1, %ymm1
	vpsrad	$1, %ymm1, %ymm3
	vpsubd	%ymm3, %ymm1, %ymm1
	vpslld	$23, %ymm3, %ymm3
	vpaddd	%ymm3, %ymm12, %ymm3
	vmulps	%ymm3, %ymm0, %ymm0
	vpslld	$23, %ymm1, %ymm1
	vpaddd	%ymm1, %ymm12, %ymm1
	vmulps	%ymm1, %ymm0, %ymm0
	vcmpunordps	%ymm2, %ymm14, %ymm1
	vblendvps	%ymm1, %ymm14, %ymm0, %ymm0
	vmovups	%ymm15, (%r14,%rax,4)
	vmovups	%ymm0, 32(%r14,%rax,4)
	leaq	16(%rax), %rbx
	addq	$32, %rax
	cmpq	16(%rsp), %rax
	movq	%rbx, %rax
	jle	.LBB0_100
.LBB0_50:
	movq	%r14, 64(%rsp)
	movq	16(%rsp), %r14
	subq	%rbx, %r14
	jle	.LBB0_140
	leaq	32(%rsp), %r12
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	vmovaps	%ymm0, 96(%rsp)
	vxorps	%xmm6, %xmm6, %xmm6
	jmp	.LBB0_52
	.p2align	4
.LBB0_56:
	addq	$8, %rbx
	addq	$-8, %r14
	cmpq	16(%rsp), %rbx
	jge	.LBB0_140
.LBB0_52:
	cmpq	$2, %r14
	movl	$1, %r13d
	cmovgeq	%r14, %r13
	cmpq	$8, %r13
	movl	$8, %eax
	cmovgeq	%rax, %r13
	shll	$2, %r13d
	vmovaps	%ymm6, 32(%rsp)
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_54
	movq	24(%rsp), %rax
	leaq	(%rax,%rbx,4), %rsi
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm6, %xmm6, %xmm6
	vmovaps	32(%rsp), %ymm0
.LBB0_54:
	vbroadcastss	.LCPI0_2(%rip), %ymm1
	vmaxps	%ymm1, %ymm0, %ymm1
	vbroadcastss	.LCPI0_3(%rip), %ymm2
	vminps	%ymm2, %ymm1, %ymm1
	vbroadcastss	.LCPI0_4(%rip), %ymm2
	vmulps	%ymm2, %ymm1, %ymm2
	vroundps	$8, %ymm2, %ymm2
	vbroadcastss	.LCPI0_13(%rip), %ymm3
	vfmadd231ps	%ymm3, %ymm2, %ymm1
	vbroadcastss	.LCPI0_14(%rip), %ymm3
	vfmadd231ps	%ymm3, %ymm2, %ymm1
	vbroadcastss	.LCPI0_8(%rip), %ymm3
	vbroadcastss	.LCPI0_7(%rip), %ymm4
	vfmadd213ps	%ymm4, %ymm1, %ymm3
	vbroadcastss	.LCPI0_9(%rip), %ymm4
	vfmadd213ps	%ymm4, %ymm1, %ymm3
	vbroadcastss	.LCPI0_10(%rip), %ymm4
	vfmadd213ps	%ymm4, %ymm1, %ymm3
	vbroadcastss	.LCPI0_11(%rip), %ymm4
	vfmadd213ps	%ymm4, %ymm1, %ymm3
	vbroadcastss	.LCPI0_12(%rip), %ymm4
	vfmadd213ps	%ymm4, %ymm1, %ymm3
	vmulps	%ymm1, %ymm1, %ymm4
	vbroadcastss	.LCPI0_0(%rip), %ymm5
	vaddps	%ymm5, %ymm1, %ymm1
	vfmadd231ps	%ymm4, %ymm3, %ymm1
	vcvtps2dq	%ymm2, %ymm2
	vpsrad	$1, %ymm2, %ymm3
	vpsubd	%ymm3, %ymm2, %ymm2
	vpslld	$23, %ymm3, %ymm3
	vmovdqa	96(%rsp), %ymm4
	vpaddd	%ymm4, %ymm3, %ymm3
	vmulps	%ymm3, %ymm1, %ymm1
	vpslld	$23, %ymm2, %ymm2
	vpaddd	%ymm4, %ymm2, %ymm2
	vmulps	%ymm2, %ymm1, %ymm1
	vcmpunordps	%ymm6, %ymm0, %ymm2
	vblendvps	%ymm2, %ymm0, %ymm1, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_56
	movq	64(%rsp), %rax
	leaq	(%rax,%rbx,4), %rdi
	movq	%r12, %rsi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm6, %xmm6, %xmm6
	jmp	.LBB0_56
.LBB0_19:
	movq	16(%rsp), %rax
	addq	$-16, %rax
	cmpq	$16, %rax
	jae	.LBB0_114
	movl	$16, %ecx
	xorl	%ebx, %ebx
	jmp	.LBB0_108
.LBB0_67:
	movq	16(%rsp), %rax
	addq	$-16, %rax
	cmpq	$16, %rax
	jae	.LBB0_77
	movl	$16, %ecx
	xorl	%ebx, %ebx
	jmp	.LBB0_70
.LBB0_63:
	movq	16(%rsp), %rax
	addq	$-16, %rax
	cmpq	$16, %rax
	jae	.LBB0_87
	movl	$16, %ecx
	xorl	%ebx, %ebx
	jmp	.LBB0_80
.LBB0_103:
	vbroadcastss	.LCPI0_1(%rip), %ymm0
	vmovaps	%ymm0, 64(%rsp)
	vbroadcastss	.LCPI0_15(%rip), %ymm0
	vmovaps	%ymm0, 96(%rsp)
	xorl	%eax, %eax
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	vmovaps	%ymm0, 128(%rsp)
	vbroadcastss	.LCPI0_0(%rip), %ymm5
	vbroadcastss	.LCPI0_16(%rip), %ymm4
	vbroadcastss	.LCPI0_18(%rip), %ymm7
	vbroadcastss	.LCPI0_19(%rip), %ymm8
	.p2align	4
.LBB0_104:
	vmovups	(%rsi,%rax,4), %ymm10
	vmovups	32(%rsi,%rax,4), %ymm9
	vmovaps	96(%rsp), %ymm3
	vandps	%ymm3, %ymm10, %ymm11
	vaddps	%ymm11, %ymm11, %ymm12
	vbroadcastss	.LCPI0_2(%rip), %ymm0
	vmaxps	%ymm0, %ymm12, %ymm14
	vbroadcastss	.LCPI0_3(%rip), %ymm0
	vminps	%ymm0, %ymm14, %ymm14
	vbroadcastss	.LCPI0_4(%rip), %ymm0
	vmulps	%ymm0, %ymm14, %ymm13
	vroundps	$8, %ymm13, %ymm13
	vbroadcastss	.LCPI0_5(%rip), %ymm0
	vfnmadd231ps	%ymm0, %ymm13, %ymm14
	vbroadcastss	.LCPI0_6(%rip), %ymm0
	vfnmadd231ps	%ymm0, %ymm13, %ymm14
	vbroadcastss	.LCPI0_8(%rip), %ymm15
	vbroadcastss	.LCPI0_7(%rip), %ymm0
	vfmadd213ps	%ymm0, %ymm14, %ymm15
	vbroadcastss	.LCPI0_9(%rip), %ymm0
	vfmadd213ps	%ymm0, %ymm14, %ymm15
	vbroadcastss	.LCPI0_10(%rip), %ymm0
	vfmadd213ps	%ymm0, %ymm14, %ymm15
	vbroadcastss	.LCPI0_11(%rip), %ymm0
	vfmadd213ps	%ymm0, %ymm14, %ymm15
	vbroadcastss	.LCPI0_12(%rip), %ymm0
	vfmadd213ps	%ymm0, %ymm14, %ymm15
	vmulps	%ymm14, %ymm14, %ymm2
	vaddps	%ymm5, %ymm14, %ymm14
	vfmadd231ps	%ymm2, %ymm15, %ymm14
	vandps	64(%rsp), %ymm10, %ymm2
	vcvtps2dq	%ymm13, %ymm13
	vpsrad	$1, %ymm13, %ymm15
	vpsubd	%ymm15, %ymm13, %ymm13
	vpslld	$23, %ymm15, %ymm15
	vmovdqa	128(%rsp), %ymm1
	vpaddd	%ymm1, %ymm15, %ymm15
	vmulps	%ymm15, %ymm14, %ymm14
	vmulps	%ymm10, %ymm10, %ymm15
	vpslld	$23, %ymm13, %ymm13
	vpaddd	%ymm1, %ymm13, %ymm13
	vmulps	%ymm13, %ymm14, %ymm13
	vxorps	%xmm0, %xmm0, %xmm0
	vcmpunordps	%ymm0, %ymm12, %ymm14
	vblendvps	%ymm14, %ymm12, %ymm13, %ymm12
	vbroadcastss	.LCPI0_17(%rip), %ymm6
	vmovaps	%ymm6, %ymm13
	vfmadd213ps	%ymm4, %ymm15, %ymm13
	vfmadd213ps	%ymm7, %ymm15, %ymm13
	vfmadd213ps	%ymm8, %ymm15, %ymm13
	vbroadcastss	.LCPI0_20(%rip), %ymm0
	vfmadd213ps	%ymm0, %ymm15, %ymm13
	vaddps	%ymm5, %ymm12, %ymm12
	vbroadcastss	.LCPI0_21(%rip), %ymm14
	vdivps	%ymm12, %ymm14, %ymm12
	vmulps	%ymm13, %ymm15, %ymm13
	vfmadd213ps	%ymm10, %ymm10, %ymm13
	vsubps	%ymm12, %ymm5, %ymm10
	vorps	%ymm2, %ymm10, %ymm2
	vbroadcastss	.LCPI0_22(%rip), %ymm10
	vcmpltps	%ymm10, %ymm11, %ymm10
	vblendvps	%ymm10, %ymm13, %ymm2, %ymm10
	vandps	%ymm3, %ymm9, %ymm11
	vaddps	%ymm11, %ymm11, %ymm12
	vbroadcastss	.LCPI0_2(%rip), %ymm2
	vmaxps	%ymm2, %ymm12, %ymm2
	vbroadcastss	.LCPI0_3(%rip), %ymm3
	vminps	%ymm3, %ymm2, %ymm2
	vbroadcastss	.LCPI0_4(%rip), %ymm3
	vmulps	%ymm3, %ymm2, %ymm13
	vroundps	$8, %ymm13, %ymm13
	vbroadcastss	.LCPI0_5(%rip), %ymm3
	vfnmadd231ps	%ymm3, %ymm13, %ymm2
	vbroadcastss	.LCPI0_6(%rip), %ymm3
	vfnmadd231ps	%ymm3, %ymm13, %ymm2
	vbroadcastss	.LCPI0_8(%rip), %ymm14
	vbroadcastss	.LCPI0_7(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm2, %ymm14
	vbroadcastss	.LCPI0_9(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm2, %ymm14
	vbroadcastss	.LCPI0_10(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm2, %ymm14
	vbroadcastss	.LCPI0_11(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm2, %ymm14
	vbroadcastss	.LCPI0_12(%rip), %ymm3
	vfmadd213ps	%ymm3, %ymm2, %ymm14
	vmulps	%ymm2, %ymm2, %ymm15
	vaddps	%ymm5, %ymm2, %ymm2
	vfmadd231ps	%ymm15, %ymm14, %ymm2
	vcvtps2dq	%ymm13, %ymm13
	vpsrad	$1, %ymm13, %ymm14
	vpsubd	%ymm14, %ymm13, %ymm13
	vpslld	$23, %ymm14, %ymm14
	vpaddd	%ymm1, %ymm14, %ymm14
	vmulps	%ymm2, %ymm14, %ymm2
	vpslld	$23, %ymm13, %ymm13
	vpaddd	%ymm1, %ymm13, %ymm13
	vmulps	%ymm2, %ymm13, %ymm2
	vpxor	%xmm1, %xmm1, %xmm1
	vcmpunordps	%ymm1, %ymm12, %ymm13
	vblendvps	%ymm13, %ymm12, %ymm2, %ymm2
	vmulps	%ymm9, %ymm9, %ymm12
	vfmadd213ps	%ymm4, %ymm12, %ymm6
	vfmadd213ps	%ymm7, %ymm12, %ymm6
	vfmadd213ps	%ymm8, %ymm12, %ymm6
	vfmadd213ps	%ymm0, %ymm12, %ymm6
	vmulps	%ymm6, %ymm12, %ymm12
	vfmadd213ps	%ymm9, %ymm9, %ymm12
	vaddps	%ymm5, %ymm2, %ymm2
	vbroadcastss	.LCPI0_21(%rip), %ymm0
	vdivps	%ymm2, %ymm0, %ymm2
	vandps	64(%rsp), %ymm9, %ymm9
	vsubps	%ymm2, %ymm5, %ymm2
	vorps	%ymm2, %ymm9, %ymm2
	vbroadcastss	.LCPI0_22(%rip), %ymm0
	vcmpltps	%ymm0, %ymm11, %ymm9
	vblendvps	%ymm9, %ymm12, %ymm2, %ymm2
	vmovups	%ymm10, (%r14,%rax,4)
	vmovups	%ymm2, 32(%r14,%rax,4)
	leaq	16(%rax), %r13
	addq	$32, %rax
	cmpq	16(%rsp), %rax
	movq	%r13, %rax
	jle	.LBB0_104
.LBB0_32:
	movq	16(%rsp), %rbx
	subq	%r13, %rbx
	jle	.LBB0_140
	vbroadcastss	.LCPI0_1(%rip), %ymm0
	vmovaps	%ymm0, 64(%rsp)
	vbroadcastss	.LCPI0_15(%rip), %ymm0
	vmovaps	%ymm0, 96(%rsp)
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	vmovaps	%ymm0, 128(%rsp)
	vxorps	%xmm8, %xmm8, %xmm8
	jmp	.LBB0_34
	.p2align	4
.LBB0_38:
	addq	$8, %r13
	addq	$-8, %rbx
	cmpq	16(%rsp), %r13
	jge	.LBB0_140
.LBB0_34:
	cmpq	$2, %rbx
	movl	$1, %r12d
	cmovgeq	%rbx, %r12
	cmpq	$8, %r12
	movl	$8, %eax
	cmovgeq	%rax, %r12
	shll	$2, %r12d
	vmovaps	%ymm8, 32(%rsp)
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	%r13, 16(%rsp)
	jle	.LBB0_36
	movq	24(%rsp), %rax
	leaq	(%rax,%r13,4), %rsi
	leaq	32(%rsp), %rdi
	movq	%r12, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm8, %xmm8, %xmm8
	vmovaps	32(%rsp), %ymm0
.LBB0_36:
	vandps	96(%rsp), %ymm0, %ymm1
	vaddps	%ymm1, %ymm1, %ymm2
	vbroadcastss	.LCPI0_2(%rip), %ymm3
	vmaxps	%ymm3, %ymm2, %ymm3
	vbroadcastss	.LCPI0_3(%rip), %ymm4
	vminps	%ymm4, %ymm3, %ymm3
	vbroadcastss	.LCPI0_4(%rip), %ymm4
	vmulps	%ymm4, %ymm3, %ymm4
	vroundps	$8, %ymm4, %ymm4
	vbroadcastss	.LCPI0_13(%rip), %ymm5
	vfmadd231ps	%ymm5, %ymm4, %ymm3
	vbroadcastss	.LCPI0_14(%rip), %ymm5
	vfmadd231ps	%ymm5, %ymm4, %ymm3
	vbroadcastss	.LCPI0_8(%rip), %ymm5
	vbroadcastss	.LCPI0_7(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm3, %ymm5
	vbroadcastss	.LCPI0_9(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm3, %ymm5
	vbroadcastss	.LCPI0_10(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm3, %ymm5
	vbroadcastss	.LCPI0_11(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm3, %ymm5
	vbroadcastss	.LCPI0_12(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm3, %ymm5
	vmulps	%ymm3, %ymm3, %ymm6
	vbroadcastss	.LCPI0_0(%rip), %ymm7
	vaddps	%ymm7, %ymm3, %ymm3
	vfmadd231ps	%ymm6, %ymm5, %ymm3
	vcvtps2dq	%ymm4, %ymm4
	vpsrad	$1, %ymm4, %ymm5
	vpsubd	%ymm5, %ymm4, %ymm4
	vpslld	$23, %ymm5, %ymm5
	vmovdqa	128(%rsp), %ymm6
	vpaddd	%ymm6, %ymm5, %ymm5
	vmulps	%ymm5, %ymm3, %ymm3
	vpslld	$23, %ymm4, %ymm4
	vpaddd	%ymm6, %ymm4, %ymm4
	vmulps	%ymm4, %ymm3, %ymm3
	vcmpunordps	%ymm2, %ymm8, %ymm4
	vblendvps	%ymm4, %ymm2, %ymm3, %ymm2
	vmulps	%ymm0, %ymm0, %ymm3
	vbroadcastss	.LCPI0_17(%rip), %ymm4
	vbroadcastss	.LCPI0_16(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm3, %ymm4
	vbroadcastss	.LCPI0_18(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm3, %ymm4
	vbroadcastss	.LCPI0_19(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm3, %ymm4
	vbroadcastss	.LCPI0_20(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm3, %ymm4
	vmulps	%ymm4, %ymm3, %ymm3
	vfmadd213ps	%ymm0, %ymm0, %ymm3
	vaddps	%ymm7, %ymm2, %ymm2
	vbroadcastss	.LCPI0_23(%rip), %ymm4
	vdivps	%ymm2, %ymm4, %ymm2
	vandps	64(%rsp), %ymm0, %ymm0
	vaddps	%ymm7, %ymm2, %ymm2
	vorps	%ymm2, %ymm0, %ymm0
	vbroadcastss	.LCPI0_22(%rip), %ymm2
	vcmpltps	%ymm2, %ymm1, %ymm1
	vblendvps	%ymm1, %ymm3, %ymm0, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%r13, 16(%rsp)
	jle	.LBB0_38
	leaq	(%r14,%r13,4), %rdi
	leaq	32(%rsp), %rsi
	movq	%r12, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm8, %xmm8, %xmm8
	jmp	.LBB0_38
.LBB0_105:
	vbroadcastss	.LCPI0_1(%rip), %ymm0
	vmovaps	%ymm0, 64(%rsp)
	vbroadcastss	.LCPI0_0(%rip), %ymm12
	xorl	%eax, %eax
	vpbroadcastd	.LCPI0_0(%rip), %ymm13
	vmovaps	64(%rsp), %ymm14
	vbroadcastss	.LCPI0_4(%rip), %ymm9
	vbroadcastss	.LCPI0_5(%rip), %ymm10
	vbroadcastss	.LCPI0_6(%rip), %ymm11
	.p2align	4
.LBB0_106:
	vmovups	(%rsi,%rax,4), %ymm1
	vmovups	32(%rsi,%rax,4), %ymm15
	vorps	%ymm1, %ymm14, %ymm2
	vbroadcastss	.LCPI0_2(%rip), %ymm8
	vmaxps	%ymm8, %ymm2, %ymm3
	vbroadcastss	.LCPI0_3(%rip), %ymm5
	vminps	%ymm5, %ymm3, %ymm3
	vmulps	%ymm3, %ymm9, %ymm4
	vroundps	$8, %ymm4, %ymm4
	vfnmadd231ps	%ymm10, %ymm4, %ymm3
	vfnmadd231ps	%ymm11, %ymm4, %ymm3
	vbroadcastss	.LCPI0_8(%rip), %ymm7
	vbroadcastss	.LCPI0_7(%rip), %ymm0
	vfmadd213ps	%ymm0, %ymm3, %ymm7
	vbroadcastss	.LCPI0_9(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm3, %ymm7
	vbroadcastss	.LCPI0_10(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm3, %ymm7
	vbroadcastss	.LCPI0_11(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm3, %ymm7
	vbroadcastss	.LCPI0_12(%rip), %ymm6
	vfmadd213ps	%ymm6, %ymm3, %ymm7
	vmulps	%ymm3, %ymm3, %ymm6
	vaddps	%ymm3, %ymm12, %ymm3
	vfmadd231ps	%ymm6, %ymm7, %ymm3
	vcvtps2dq	%ymm4, %ymm4
	vpsrad	$1, %ymm4, %ymm6
	vpsubd	%ymm6, %ymm4, %ymm4
	vpslld	$23, %ymm6, %ymm6
	vpaddd	%ymm6, %ymm13, %ymm6
	vmulps	%ymm6, %ymm3, %ymm3
	vpslld	$23, %ymm4, %ymm4
	vpaddd	%ymm4, %ymm13, %ymm4
	vmulps	%ymm4, %ymm3, %ymm3
	vxorps	%xmm0, %xmm0, %xmm0
	vcmpunordps	%ymm0, %ymm1, %ymm4
	vblendvps	%ymm4, %ymm2, %ymm3, %ymm2
	vorps	%ymm14, %ymm15, %ymm3
	vmaxps	%ymm8, %ymm3, %ymm4
	vminps	%ymm5, %ymm4, %ymm4
	vmulps	%ymm4, %ymm9, %ymm6
	vroundps	$8, %ymm6, %ymm6
	vfnmadd231ps	%ymm10, %ymm6, %ymm4
	vfnmadd231ps	%ymm11, %ymm6, %ymm4
	vbroadcastss	.LCPI0_8(%rip), %ymm7
	vbroadcastss	.LCPI0_7(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm4, %ymm7
	vbroadcastss	.LCPI0_9(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm4, %ymm7
	vbroadcastss	.LCPI0_10(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm4, %ymm7
	vbroadcastss	.LCPI0_11(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm4, %ymm7
	vbroadcastss	.LCPI0_12(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm4, %ymm7
	vmulps	%ymm4, %ymm4, %ymm8
	vaddps	%ymm4, %ymm12, %ymm4
	vfmadd231ps	%ymm8, %ymm7, %ymm4
	vcvtps2dq	%ymm6, %ymm6
	vpsrad	$1, %ymm6, %ymm7
	vpsubd	%ymm7, %ymm6, %ymm6
	vpslld	$23, %ymm7, %ymm7
	vpaddd	%ymm7, %ymm13, %ymm7
	vmulps	%ymm7, %ymm4, %ymm4
	vaddps	%ymm2, %ymm12, %ymm7
	vdivps	%ymm7, %ymm12, %ymm7
	vpslld	$23, %ymm6, %ymm6
	vpaddd	%ymm6, %ymm13, %ymm6
	vmulps	%ymm6, %ymm4, %ymm4
	vcmpunordps	%ymm0, %ymm15, %ymm6
	vblendvps	%ymm6, %ymm3, %ymm4, %ymm3
	vmulps	%ymm7, %ymm2, %ymm2
	vcmpltps	%ymm0, %ymm1, %ymm1
	vaddps	%ymm3, %ymm12, %ymm4
	vdivps	%ymm4, %ymm12, %ymm4
	vblendvps	%ymm1, %ymm2, %ymm7, %ymm1
	vmulps	%ymm4, %ymm3, %ymm2
	vcmpltps	%ymm0, %ymm15, %ymm3
	vblendvps	%ymm3, %ymm2, %ymm4, %ymm2
	vmovups	%ymm1, (%r14,%rax,4)
	vmovups	%ymm2, 32(%r14,%rax,4)
	leaq	16(%rax), %rbx
	addq	$32, %rax
	cmpq	16(%rsp), %rax
	movq	%rbx, %rax
	jle	.LBB0_106
.LBB0_23:
	movq	%r14, 64(%rsp)
	movq	16(%rsp), %r14
	subq	%rbx, %r14
	jle	.LBB0_140
	vbroadcastss	.LCPI0_1(%rip), %ymm0
	vmovaps	%ymm0, 96(%rsp)
	leaq	32(%rsp), %r12
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	vmovaps	%ymm0, 128(%rsp)
	vxorps	%xmm7, %xmm7, %xmm7
	jmp	.LBB0_25
	.p2align	4
.LBB0_29:
	addq	$8, %rbx
	addq	$-8, %r14
	cmpq	16(%rsp), %rbx
	jge	.LBB0_140
.LBB0_25:
	cmpq	$2, %r14
	movl	$1, %r13d
	cmovgeq	%r14, %r13
	cmpq	$8, %r13
	movl	$8, %eax
	cmovgeq	%rax, %r13
	shll	$2, %r13d
	vmovaps	%ymm7, 32(%rsp)
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_27
	movq	24(%rsp), %rax
	leaq	(%rax,%rbx,4), %rsi
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm7, %xmm7, %xmm7
	vmovaps	32(%rsp), %ymm0
.LBB0_27:
	vorps	96(%rsp), %ymm0, %ymm1
	vbroadcastss	.LCPI0_2(%rip), %ymm2
	vmaxps	%ymm2, %ymm1, %ymm2
	vbroadcastss	.LCPI0_3(%rip), %ymm3
	vminps	%ymm3, %ymm2, %ymm2
	vbroadcastss	.LCPI0_4(%rip), %ymm3
	vmulps	%ymm3, %ymm2, %ymm3
	vroundps	$8, %ymm3, %ymm3
	vbroadcastss	.LCPI0_13(%rip), %ymm4
	vfmadd231ps	%ymm4, %ymm3, %ymm2
	vbroadcastss	.LCPI0_14(%rip), %ymm4
	vfmadd231ps	%ymm4, %ymm3, %ymm2
	vbroadcastss	.LCPI0_8(%rip), %ymm4
	vbroadcastss	.LCPI0_7(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm2, %ymm4
	vbroadcastss	.LCPI0_9(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm2, %ymm4
	vbroadcastss	.LCPI0_10(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm2, %ymm4
	vbroadcastss	.LCPI0_11(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm2, %ymm4
	vbroadcastss	.LCPI0_12(%rip), %ymm5
	vfmadd213ps	%ymm5, %ymm2, %ymm4
	vmulps	%ymm2, %ymm2, %ymm5
	vbroadcastss	.LCPI0_0(%rip), %ymm6
	vaddps	%ymm6, %ymm2, %ymm2
	vfmadd231ps	%ymm5, %ymm4, %ymm2
	vcvtps2dq	%ymm3, %ymm3
	vpsrad	$1, %ymm3, %ymm4
	vpsubd	%ymm4, %ymm3, %ymm3
	vpslld	$23, %ymm4, %ymm4
	vmovdqa	128(%rsp), %ymm5
	vpaddd	%ymm5, %ymm4, %ymm4
	vmulps	%ymm4, %ymm2, %ymm2
	vpslld	$23, %ymm3, %ymm3
	vpaddd	%ymm5, %ymm3, %ymm3
	vmulps	%ymm3, %ymm2, %ymm2
	vcmpunordps	%ymm7, %ymm0, %ymm3
	vblendvps	%ymm3, %ymm1, %ymm2, %ymm1
	vaddps	%ymm6, %ymm1, %ymm2
	vdivps	%ymm2, %ymm6, %ymm2
	vmulps	%ymm2, %ymm1, %ymm1
	vcmpltps	%ymm7, %ymm0, %ymm0
	vblendvps	%ymm0, %ymm1, %ymm2, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_29
	movq	64(%rsp), %rax
	leaq	(%rax,%rbx,4), %rdi
	movq	%r12, %rsi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm7, %xmm7, %xmm7
	jmp	.LBB0_29
.LBB0_136:
	xorl	%eax, %eax
	vxorps	%xmm0, %xmm0, %xmm0
	vbroadcastss	.LCPI0_0(%rip), %ymm1
	.p2align	4
.LBB0_137:
	vmovups	(%rsi,%rax,4), %ymm2
	vmovups	32(%rsi,%rax,4), %ymm3
	vcmpltps	%ymm2, %ymm0, %ymm4
	vandps	%ymm1, %ymm4, %ymm4
	vcmpltps	%ymm0, %ymm2, %ymm5
	vandps	%ymm1, %ymm5, %ymm5
	vsubps	%ymm5, %ymm4, %ymm4
	vcmpunordps	%ymm0, %ymm2, %ymm5
	vblendvps	%ymm5, %ymm2, %ymm4, %ymm2
	vcmpltps	%ymm3, %ymm0, %ymm4
	vandps	%ymm1, %ymm4, %ymm4
	vcmpltps	%ymm0, %ymm3, %ymm5
	vandps	%ymm1, %ymm5, %ymm5
	vsubps	%ymm5, %ymm4, %ymm4
	vcmpunordps	%ymm0, %ymm3, %ymm5
	vblendvps	%ymm5, %ymm3, %ymm4, %ymm3
	vmovups	%ymm2, (%r14,%rax,4)
	vmovups	%ymm3, 32(%r14,%rax,4)
	leaq	16(%rax), %rbx
	addq	$32, %rax
	cmpq	16(%rsp), %rax
	movq	%rbx, %rax
	jle	.LBB0_137
.LBB0_5:
	movq	%r14, 64(%rsp)
	movq	16(%rsp), %r14
	subq	%rbx, %r14
	jle	.LBB0_140
	vxorps	%xmm0, %xmm0, %xmm0
	vbroadcastss	.LCPI0_0(%rip), %ymm1
	vmovaps	%ymm1, 96(%rsp)
	jmp	.LBB0_7
	.p2align	4
.LBB0_138:
	vmovaps	%ymm0, 32(%rsp)
.LBB0_139:
	addq	$8, %rbx
	addq	$-8, %r14
	cmpq	16(%rsp), %rbx
	jge	.LBB0_140
.LBB0_7:
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_138
	cmpq	$2, %r14
	movl	$1, %r13d
	cmovgeq	%r14, %r13
	cmpq	$8, %r13
	movl	$8, %eax
	cmovgeq	%rax, %r13
	shll	$2, %r13d
	movq	64(%rsp), %rax
	leaq	(%rax,%rbx,4), %r12
	movq	24(%rsp), %rax
	leaq	(%rax,%rbx,4), %rsi
	leaq	32(%rsp), %r15
	movq	%r15, %rdi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovaps	32(%rsp), %ymm0
	vxorps	%xmm1, %xmm1, %xmm1
	vcmpltps	%ymm0, %ymm1, %ymm1
	vmovaps	96(%rsp), %ymm3
	vandps	%ymm3, %ymm1, %ymm1
	vxorps	%xmm2, %xmm2, %xmm2
	vcmpltps	%ymm2, %ymm0, %ymm2
	vandps	%ymm3, %ymm2, %ymm2
	vsubps	%ymm2, %ymm1, %ymm1
	vxorps	%xmm2, %xmm2, %xmm2
	vcmpunordps	%ymm2, %ymm0, %ymm2
	vblendvps	%ymm2, %ymm0, %ymm1, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	movq	%r12, %rdi
	movq	%r15, %rsi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm0, %xmm0, %xmm0
	jmp	.LBB0_139
.LBB0_15:
	movq	16(%rsp), %rax
	addq	$-16, %rax
	cmpq	$16, %rax
	jae	.LBB0_124
	movl	$16, %ecx
	xorl	%ebx, %ebx
	jmp	.LBB0_117
.LBB0_134:
	movq	%rax, %rdx
	shrq	$4, %rdx
	incq	%rdx
	andq	$-2, %rdx
	movl	$16, %ecx
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	.p2align	4
.LBB0_135:
	vdivps	-64(%rsi,%rcx,4), %ymm0, %ymm1
	vdivps	-32(%rsi,%rcx,4), %ymm0, %ymm2
	vmovups	%ymm1, -64(%r14,%rcx,4)
	vmovups	%ymm2, -32(%r14,%rcx,4)
	vdivps	(%rsi,%rcx,4), %ymm0, %ymm1
	vdivps	32(%rsi,%rcx,4), %ymm0, %ymm2
	vmovups	%ymm1, (%r14,%rcx,4)
	vmovups	%ymm2, 32(%r14,%rcx,4)
	addq	$32, %rcx
	addq	$-2, %rdx
	jne	.LBB0_135
	leaq	-16(%rcx), %rbx
.LBB0_127:
	testb	$16, %al
	jne	.LBB0_129
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	vdivps	(%rsi,%rbx,4), %ymm0, %ymm1
	vdivps	32(%rsi,%rbx,4), %ymm0, %ymm0
	vmovups	%ymm1, (%r14,%rbx,4)
	vmovups	%ymm0, 32(%r14,%rbx,4)
	movq	%rcx, %rbx
.LBB0_129:
	movq	%r14, 64(%rsp)
	movq	16(%rsp), %r14
	subq	%rbx, %r14
	jle	.LBB0_140
	vxorps	%xmm0, %xmm0, %xmm0
	jmp	.LBB0_131
	.p2align	4
.LBB0_133:
	addq	$8, %rbx
	addq	$-8, %r14
	cmpq	16(%rsp), %rbx
	jge	.LBB0_140
.LBB0_131:
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_133
	cmpq	$2, %r14
	movl	$1, %r13d
	cmovgeq	%r14, %r13
	cmpq	$8, %r13
	movl	$8, %eax
	cmovgeq	%rax, %r13
	shll	$2, %r13d
	movq	64(%rsp), %rax
	leaq	(%rax,%rbx,4), %r12
	movq	24(%rsp), %rax
	leaq	(%rax,%rbx,4), %rsi
	leaq	32(%rsp), %r15
	movq	%r15, %rdi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	vdivps	32(%rsp), %ymm0, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	movq	%r12, %rdi
	movq	%r15, %rsi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm0, %xmm0, %xmm0
	jmp	.LBB0_133
.LBB0_97:
	movq	%rax, %rdx
	shrq	$4, %rdx
	incq	%rdx
	andq	$-2, %rdx
	movl	$16, %ecx
	.p2align	4
.LBB0_98:
	vsqrtps	-64(%rsi,%rcx,4), %ymm0
	vsqrtps	-32(%rsi,%rcx,4), %ymm1
	vmovups	%ymm0, -64(%r14,%rcx,4)
	vmovups	%ymm1, -32(%r14,%rcx,4)
	vsqrtps	(%rsi,%rcx,4), %ymm0
	vsqrtps	32(%rsi,%rcx,4), %ymm1
	vmovups	%ymm0, (%r14,%rcx,4)
	vmovups	%ymm1, 32(%r14,%rcx,4)
	addq	$32, %rcx
	addq	$-2, %rdx
	jne	.LBB0_98
	leaq	-16(%rcx), %rbx
.LBB0_90:
	testb	$16, %al
	jne	.LBB0_92
	vsqrtps	(%rsi,%rbx,4), %ymm0
	vsqrtps	32(%rsi,%rbx,4), %ymm1
	vmovups	%ymm0, (%r14,%rbx,4)
	vmovups	%ymm1, 32(%r14,%rbx,4)
	movq	%rcx, %rbx
.LBB0_92:
	movq	%r14, 64(%rsp)
	movq	16(%rsp), %r14
	subq	%rbx, %r14
	jle	.LBB0_140
	vxorps	%xmm0, %xmm0, %xmm0
	jmp	.LBB0_94
	.p2align	4
.LBB0_96:
	addq	$8, %rbx
	addq	$-8, %r14
	cmpq	16(%rsp), %rbx
	jge	.LBB0_140
.LBB0_94:
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_96
	cmpq	$2, %r14
	movl	$1, %r13d
	cmovgeq	%r14, %r13
	cmpq	$8, %r13
	movl	$8, %eax
	cmovgeq	%rax, %r13
	shll	$2, %r13d
	movq	64(%rsp), %rax
	leaq	(%rax,%rbx,4), %r12
	movq	24(%rsp), %rax
	leaq	(%rax,%rbx,4), %rsi
	leaq	32(%rsp), %r15
	movq	%r15, %rdi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vsqrtps	32(%rsp), %ymm0
	vmovaps	%ymm0, 32(%rsp)
	movq	%r12, %rdi
	movq	%r15, %rsi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm0, %xmm0, %xmm0
	jmp	.LBB0_96
.LBB0_114:
	movq	%rax, %rdx
	shrq	$4, %rdx
	incq	%rdx
	andq	$-2, %rdx
	movl	$16, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	.p2align	4
.LBB0_115:
	vmaxps	-64(%rsi,%rcx,4), %ymm0, %ymm1
	vmaxps	-32(%rsi,%rcx,4), %ymm0, %ymm2
	vmovups	%ymm1, -64(%r14,%rcx,4)
	vmovups	%ymm2, -32(%r14,%rcx,4)
	vmaxps	(%rsi,%rcx,4), %ymm0, %ymm1
	vmaxps	32(%rsi,%rcx,4), %ymm0, %ymm2
	vmovups	%ymm1, (%r14,%rcx,4)
	vmovups	%ymm2, 32(%r14,%rcx,4)
	addq	$32, %rcx
	addq	$-2, %rdx
	jne	.LBB0_115
	leaq	-16(%rcx), %rbx
.LBB0_108:
	testb	$16, %al
	jne	.LBB0_110
	vxorps	%xmm0, %xmm0, %xmm0
	vmaxps	(%rsi,%rbx,4), %ymm0, %ymm1
	vmaxps	32(%rsi,%rbx,4), %ymm0, %ymm0
	vmovups	%ymm1, (%r14,%rbx,4)
	vmovups	%ymm0, 32(%r14,%rbx,4)
	movq	%rcx, %rbx
.LBB0_110:
	movq	%r14, 64(%rsp)
	movq	16(%rsp), %r14
	subq	%rbx, %r14
	jg	.LBB0_111
	jmp	.LBB0_140
	.p2align	4
.LBB0_113:
	addq	$8, %rbx
	addq	$-8, %r14
	cmpq	16(%rsp), %rbx
	jge	.LBB0_140
.LBB0_111:
	vxorps	%xmm0, %xmm0, %xmm0
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_113
	cmpq	$2, %r14
	movl	$1, %r13d
	cmovgeq	%r14, %r13
	cmpq	$8, %r13
	movl	$8, %eax
	cmovgeq	%rax, %r13
	shll	$2, %r13d
	movq	64(%rsp), %rax
	leaq	(%rax,%rbx,4), %r12
	movq	24(%rsp), %rax
	leaq	(%rax,%rbx,4), %rsi
	leaq	32(%rsp), %r15
	movq	%r15, %rdi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm0, %xmm0, %xmm0
	vmaxps	32(%rsp), %ymm0, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	movq	%r12, %rdi
	movq	%r15, %rsi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	jmp	.LBB0_113
.LBB0_77:
	movq	%rax, %rdx
	shrq	$4, %rdx
	incq	%rdx
	andq	$-2, %rdx
	movl	$16, %ecx
	vbroadcastss	.LCPI0_1(%rip), %ymm0
	.p2align	4
.LBB0_78:
	vxorps	-64(%rsi,%rcx,4), %ymm0, %ymm1
	vxorps	-32(%rsi,%rcx,4), %ymm0, %ymm2
	vmovups	%ymm1, -64(%r14,%rcx,4)
	vmovups	%ymm2, -32(%r14,%rcx,4)
	vxorps	(%rsi,%rcx,4), %ymm0, %ymm1
	vxorps	32(%rsi,%rcx,4), %ymm0, %ymm2
	vmovups	%ymm1, (%r14,%rcx,4)
	vmovups	%ymm2, 32(%r14,%rcx,4)
	addq	$32, %rcx
	addq	$-2, %rdx
	jne	.LBB0_78
	leaq	-16(%rcx), %rbx
.LBB0_70:
	testb	$16, %al
	jne	.LBB0_72
	vbroadcastss	.LCPI0_1(%rip), %ymm0
	vxorps	(%rsi,%rbx,4), %ymm0, %ymm1
	vxorps	32(%rsi,%rbx,4), %ymm0, %ymm0
	vmovups	%ymm1, (%r14,%rbx,4)
	vmovups	%ymm0, 32(%r14,%rbx,4)
	movq	%rcx, %rbx
.LBB0_72:
	movq	%r14, 64(%rsp)
	movq	16(%rsp), %r14
	subq	%rbx, %r14
	jle	.LBB0_140
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	32(%rsp), %r15
	vbroadcastss	.LCPI0_1(%rip), %ymm1
	vmovaps	%ymm1, 96(%rsp)
	jmp	.LBB0_74
	.p2align	4
.LBB0_76:
	addq	$8, %rbx
	addq	$-8, %r14
	cmpq	16(%rsp), %rbx
	jge	.LBB0_140
.LBB0_74:
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_76
	cmpq	$2, %r14
	movl	$1, %r13d
	cmovgeq	%r14, %r13
	cmpq	$8, %r13
	movl	$8, %eax
	cmovgeq	%rax, %r13
	shll	$2, %r13d
	movq	64(%rsp), %rax
	leaq	(%rax,%rbx,4), %r12
	movq	24(%rsp), %rax
	leaq	(%rax,%rbx,4), %rsi
	movq	%r15, %rdi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovaps	96(%rsp), %ymm0
	vxorps	32(%rsp), %ymm0, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	movq	%r12, %rdi
	movq	%r15, %rsi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm0, %xmm0, %xmm0
	jmp	.LBB0_76
.LBB0_87:
	movq	%rax, %rdx
	shrq	$4, %rdx
	incq	%rdx
	andq	$-2, %rdx
	movl	$16, %ecx
	vbroadcastss	.LCPI0_15(%rip), %ymm0
	.p2align	4
.LBB0_88:
	vandps	-64(%rsi,%rcx,4), %ymm0, %ymm1
	vandps	-32(%rsi,%rcx,4), %ymm0, %ymm2
	vmovups	%ymm1, -64(%r14,%rcx,4)
	vmovups	%ymm2, -32(%r14,%rcx,4)
	vandps	(%rsi,%rcx,4), %ymm0, %ymm1
	vandps	32(%rsi,%rcx,4), %ymm0, %ymm2
	vmovups	%ymm1, (%r14,%rcx,4)
	vmovups	%ymm2, 32(%r14,%rcx,4)
	addq	$32, %rcx
	addq	$-2, %rdx
	jne	.LBB0_88
	leaq	-16(%rcx), %rbx
.LBB0_80:
	testb	$16, %al
	jne	.LBB0_82
	vbroadcastss	.LCPI0_15(%rip), %ymm0
	vandps	(%rsi,%rbx,4), %ymm0, %ymm1
	vandps	32(%rsi,%rbx,4), %ymm0, %ymm0
	vmovups	%ymm1, (%r14,%rbx,4)
	vmovups	%ymm0, 32(%r14,%rbx,4)
	movq	%rcx, %rbx
.LBB0_82:
	movq	%r14, 64(%rsp)
	movq	16(%rsp), %r14
	subq	%rbx, %r14
	jle	.LBB0_140
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	32(%rsp), %r15
	vbroadcastss	.LCPI0_15(%rip), %ymm1
	vmovaps	%ymm1, 96(%rsp)
	jmp	.LBB0_84
	.p2align	4
.LBB0_86:
	addq	$8, %rbx
	addq	$-8, %r14
	cmpq	16(%rsp), %rbx
	jge	.LBB0_140
.LBB0_84:
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_86
	cmpq	$2, %r14
	movl	$1, %r13d
	cmovgeq	%r14, %r13
	cmpq	$8, %r13
	movl	$8, %eax
	cmovgeq	%rax, %r13
	shll	$2, %r13d
	movq	64(%rsp), %rax
	leaq	(%rax,%rbx,4), %r12
	movq	24(%rsp), %rax
	leaq	(%rax,%rbx,4), %rsi
	movq	%r15, %rdi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovaps	96(%rsp), %ymm0
	vandps	32(%rsp), %ymm0, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	movq	%r12, %rdi
	movq	%r15, %rsi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm0, %xmm0, %xmm0
	jmp	.LBB0_86
.LBB0_124:
	movq	%rax, %rdx
	shrq	$4, %rdx
	incq	%rdx
	andq	$-2, %rdx
	movl	$16, %ecx
	.p2align	4
.LBB0_125:
	vmovups	-64(%rsi,%rcx,4), %ymm0
	vmovups	-32(%rsi,%rcx,4), %ymm1
	vmulps	%ymm0, %ymm0, %ymm0
	vmulps	%ymm1, %ymm1, %ymm1
	vmovups	%ymm0, -64(%r14,%rcx,4)
	vmovups	%ymm1, -32(%r14,%rcx,4)
	vmovups	(%rsi,%rcx,4), %ymm0
	vmovups	32(%rsi,%rcx,4), %ymm1
	vmulps	%ymm0, %ymm0, %ymm0
	vmulps	%ymm1, %ymm1, %ymm1
	vmovups	%ymm0, (%r14,%rcx,4)
	vmovups	%ymm1, 32(%r14,%rcx,4)
	addq	$32, %rcx
	addq	$-2, %rdx
	jne	.LBB0_125
	leaq	-16(%rcx), %rbx
.LBB0_117:
	testb	$16, %al
	jne	.LBB0_119
	vmovups	(%rsi,%rbx,4), %ymm0
	vmovups	32(%rsi,%rbx,4), %ymm1
	vmulps	%ymm0, %ymm0, %ymm0
	vmulps	%ymm1, %ymm1, %ymm1
	vmovups	%ymm0, (%r14,%rbx,4)
	vmovups	%ymm1, 32(%r14,%rbx,4)
	movq	%rcx, %rbx
.LBB0_119:
	movq	%r14, 64(%rsp)
	movq	16(%rsp), %r14
	subq	%rbx, %r14
	jle	.LBB0_140
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	32(%rsp), %r15
	jmp	.LBB0_121
	.p2align	4
.LBB0_123:
	addq	$8, %rbx
	addq	$-8, %r14
	cmpq	16(%rsp), %rbx
	jge	.LBB0_140
.LBB0_121:
	vmovaps	%ymm0, 32(%rsp)
	cmpq	%rbx, 16(%rsp)
	jle	.LBB0_123
	cmpq	$2, %r14
	movl	$1, %r13d
	cmovgeq	%r14, %r13
	cmpq	$8, %r13
	movl	$8, %eax
	cmovgeq	%rax, %r13
	shll	$2, %r13d
	movq	64(%rsp), %rax
	leaq	(%rax,%rbx,4), %r12
	movq	24(%rsp), %rax
	leaq	(%rax,%rbx,4), %rsi
	movq	%r15, %rdi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovaps	32(%rsp), %ymm0
	vmulps	%ymm0, %ymm0, %ymm0
	vmovaps	%ymm0, 32(%rsp)
	movq	%r12, %rdi
	movq	%r15, %rsi
	movq	%r13, %rdx
	vzeroupper
	callq	memcpy@PLT
	vxorps	%xmm0, %xmm0, %xmm0
	jmp	.LBB0_123
.LBB0_140:
	movl	$1, %eax
.LBB0_141:
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	axon_unary_avx2_f32, .Lfunc_end0-axon_unary_avx2_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI0_0:
	.long	.LBB0_65-.LJTI0_0
	.long	.LBB0_61-.LJTI0_0
	.long	.LBB0_57-.LJTI0_0
	.long	.LBB0_48-.LJTI0_0
	.long	.LBB0_39-.LJTI0_0
	.long	.LBB0_30-.LJTI0_0
	.long	.LBB0_21-.LJTI0_0
	.long	.LBB0_17-.LJTI0_0
	.long	.LBB0_13-.LJTI0_0
	.long	.LBB0_9-.LJTI0_0
	.long	.LBB0_3-.LJTI0_0

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI1_0:
	.quad	0x3ff0000000000000
.LCPI1_1:
	.quad	9223372036854775807
.LCPI1_2:
	.quad	-9223372036854775808
	.text
	.globl	axon_unary_avx2_f64
	.p2align	4
	.type	axon_unary_avx2_f64,@function
axon_unary_avx2_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	andq	$-32, %rsp
	subq	$64, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	xorl	%r14d, %r14d
	cmpl	$10, %edi
	ja	.LBB1_92
	movq	%rdx, %rbx
	movl	%edi, %eax
	leaq	.LJTI1_0(%rip), %rdx
	movslq	(%rdx,%rax,4), %rax
	addq	%rdx, %rax
	jmpq	*%rax
.LBB1_26:
	cmpq	$4, %rcx
	jge	.LBB1_28
	xorl	%r13d, %r13d
	jmp	.LBB1_37
.LBB1_6:
	cmpq	$4, %rcx
	jge	.LBB1_8
	xorl	%r13d, %r13d
	jmp	.LBB1_81
.LBB1_22:
	cmpq	$4, %rcx
	jge	.LBB1_24
	xorl	%r13d, %r13d
	jmp	.LBB1_47
.LBB1_2:
	cmpq	$4, %rcx
	jge	.LBB1_4
	xorl	%r13d, %r13d
	jmp	.LBB1_88
.LBB1_18:
	cmpq	$4, %rcx
	jge	.LBB1_20
	xorl	%r13d, %r13d
	jmp	.LBB1_55
.LBB1_14:
	cmpq	$4, %rcx
	jge	.LBB1_16
	xorl	%r13d, %r13d
	jmp	.LBB1_64
.LBB1_10:
	cmpq	$4, %rcx
	jge	.LBB1_12
	xorl	%r13d, %r13d
	jmp	.LBB1_72
.LBB1_8:
	leaq	-4(%rcx), %rdi
	movq	%rdi, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movl	%edx, %eax
	andl	$3, %eax
	cmpq	$12, %rdi
	jae	.LBB1_74
	movl	$4, %edx
	xorl	%r13d, %r13d
	jmp	.LBB1_77
.LBB1_24:
	leaq	-4(%rcx), %rdi
	movq	%rdi, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movl	%edx, %eax
	andl	$3, %eax
	cmpq	$12, %rdi
	jae	.LBB1_40
	movl	$4, %edx
	xorl	%r13d, %r13d
	jmp	.LBB1_43
.LBB1_28:
	leaq	-4(%rcx), %rdi
	movq	%rdi, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movl	%edx, %eax
	andl	$3, %eax
	cmpq	$12, %rdi
	jae	.LBB1_30
	movl	$4, %edx
	xorl	%r13d, %r13d
	jmp	.LBB1_33
.LBB1_4:
	leaq	-4(%rcx), %rdx
	cmpq	$4, %rdx
	jae	.LBB1_83
	movl	$4, %eax
	xorl	%r13d, %r13d
	jmp	.LBB1_86
.LBB1_20:
	leaq	-4(%rcx), %rdi
	movq	%rdi, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movl	%edx, %eax
	andl	$3, %eax
	cmpq	$12, %rdi
	jae	.LBB1_49
	movl	$4, %edx
	xorl	%r13d, %r13d
	jmp	.LBB1_52
.LBB1_16:
	leaq	-4(%rcx), %rdi
	movq	%rdi, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movl	%edx, %eax
	andl	$3, %eax
	cmpq	$12, %rdi
	jae	.LBB1_57
	movl	$4, %edx
	xorl	%r13d, %r13d
	jmp	.LBB1_60
.LBB1_12:
	leaq	-4(%rcx), %rdi
	movq	%rdi, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movl	%edx, %eax
	andl	$3, %eax
	cmpq	$12, %rdi
	jae	.LBB1_66
	movl	$4, %edx
	xorl	%r13d, %r13d
	jmp	.LBB1_69
.LBB1_74:
	andq	$-4, %rdx
	xorl	%r13d, %r13d
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
	.p2align	4
.LBB1_75:
	vdivpd	(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%rbx,%r13,8)
	vdivpd	32(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%rbx,%r13,8)
	vdivpd	64(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%rbx,%r13,8)
	vdivpd	96(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%rbx,%r13,8)
	addq	$16, %r13
	addq	$-4, %rdx
	jne	.LBB1_75
	leaq	4(%r13), %rdx
.LBB1_77:
	testq	%rax, %rax
	je	.LBB1_81
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
	.p2align	4
.LBB1_79:
	vdivpd	(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%rbx,%r13,8)
	movq	%rdx, %r13
	addq	$4, %rdx
	decq	%rax
	jne	.LBB1_79
	addq	$-4, %rdx
	movq	%rdx, %r13
.LBB1_81:
	movl	$1, %r14d
	subq	%r13, %rcx
	jle	.LBB1_92
	vxorpd	%xmm0, %xmm0, %xmm0
	vmovapd	%ymm0, (%rsp)
	leaq	(%rsi,%r13,8), %rsi
	shlq	$3, %rcx
	movq	%rsp, %r15
	movq	%r15, %rdi
	movq	%rcx, %rdx
	movq	%rcx, %r12
	vzeroupper
	callq	memcpy@PLT
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
	vdivpd	(%rsp), %ymm0, %ymm0
	jmp	.LBB1_90
.LBB1_40:
	andq	$-4, %rdx
	xorl	%r13d, %r13d
	vbroadcastsd	.LCPI1_1(%rip), %ymm0
	.p2align	4
.LBB1_41:
	vandpd	(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%rbx,%r13,8)
	vandpd	32(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%rbx,%r13,8)
	vandpd	64(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%rbx,%r13,8)
	vandpd	96(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%rbx,%r13,8)
	addq	$16, %r13
	addq	$-4, %rdx
	jne	.LBB1_41
	leaq	4(%r13), %rdx
.LBB1_43:
	testq	%rax, %rax
	je	.LBB1_47
	vbroadcastsd	.LCPI1_1(%rip), %ymm0
	.p2align	4
.LBB1_45:
	vandpd	(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%rbx,%r13,8)
	movq	%rdx, %r13
	addq	$4, %rdx
	decq	%rax
	jne	.LBB1_45
	addq	$-4, %rdx
	movq	%rdx, %r13
.LBB1_47:
	movl	$1, %r14d
	subq	%r13, %rcx
	jle	.LBB1_92
	vxorpd	%xmm0, %xmm0, %xmm0
	vmovapd	%ymm0, (%rsp)
	leaq	(%rsi,%r13,8), %rsi
	shlq	$3, %rcx
	movq	%rsp, %r15
	movq	%r15, %rdi
	movq	%rcx, %rdx
	movq	%rcx, %r12
	vzeroupper
	callq	memcpy@PLT
	vbroadcastsd	.LCPI1_1(%rip), %ymm0
	vandpd	(%rsp), %ymm0, %ymm0
	vmovapd	%ymm0, (%rsp)
	jmp	.LBB1_91
.LBB1_30:
	andq	$-4, %rdx
	xorl	%r13d, %r13d
	vbroadcastsd	.LCPI1_2(%rip), %ymm0
	.p2align	4
.LBB1_31:
	vxorpd	(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%rbx,%r13,8)
	vxorpd	32(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%rbx,%r13,8)
	vxorpd	64(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%rbx,%r13,8)
	vxorpd	96(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%rbx,%r13,8)
	addq	$16, %r13
	addq	$-4, %rdx
	jne	.LBB1_31
	leaq	4(%r13), %rdx
.LBB1_33:
	testq	%rax, %rax
	je	.LBB1_37
	vbroadcastsd	.LCPI1_2(%rip), %ymm0
	.p2align	4
.LBB1_35:
	vxorpd	(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%rbx,%r13,8)
	movq	%rdx, %r13
	addq	$4, %rdx
	decq	%rax
	jne	.LBB1_35
	addq	$-4, %rdx
	movq	%rdx, %r13
.LBB1_37:
	movl	$1, %r14d
	subq	%r13, %rcx
	jle	.LBB1_92
	vxorpd	%xmm0, %xmm0, %xmm0
	vmovapd	%ymm0, (%rsp)
	leaq	(%rsi,%r13,8), %rsi
	shlq	$3, %rcx
	movq	%rsp, %r15
	movq	%r15, %rdi
	movq	%rcx, %rdx
	movq	%rcx, %r12
	vzeroupper
	callq	memcpy@PLT
	vbroadcastsd	.LCPI1_2(%rip), %ymm0
	vxorpd	(%rsp), %ymm0, %ymm0
	vmovapd	%ymm0, (%rsp)
	jmp	.LBB1_91
.LBB1_83:
	movq	%rdx, %rax
	shrq	$2, %rax
	incq	%rax
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rax, %rdi
	movl	$4, %eax
	vxorpd	%xmm0, %xmm0, %xmm0
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
	.p2align	4
.LBB1_84:
	vmovupd	-32(%rsi,%rax,8), %ymm2
	vcmpltpd	%ymm2, %ymm0, %ymm3
	vandpd	%ymm1, %ymm3, %ymm3
	vcmpltpd	%ymm0, %ymm2, %ymm4
	vandpd	%ymm1, %ymm4, %ymm4
	vsubpd	%ymm4, %ymm3, %ymm3
	vcmpunordpd	%ymm0, %ymm2, %ymm4
	vblendvpd	%ymm4, %ymm2, %ymm3, %ymm2
	vmovupd	%ymm2, -32(%rbx,%rax,8)
	vmovupd	(%rsi,%rax,8), %ymm2
	vcmpltpd	%ymm2, %ymm0, %ymm3
	vandpd	%ymm1, %ymm3, %ymm3
	vcmpltpd	%ymm0, %ymm2, %ymm4
	vandpd	%ymm1, %ymm4, %ymm4
	vsubpd	%ymm4, %ymm3, %ymm3
	vcmpunordpd	%ymm0, %ymm2, %ymm4
	vblendvpd	%ymm4, %ymm2, %ymm3, %ymm2
	vmovupd	%ymm2, (%rbx,%rax,8)
	addq	$8, %rax
	addq	$-2, %rdi
	jne	.LBB1_84
	leaq	-4(%rax), %r13
.LBB1_86:
	testb	$4, %dl
	jne	.LBB1_88
	vmovupd	(%rsi,%r13,8), %ymm0
	vxorpd	%xmm1, %xmm1, %xmm1
	vcmpltpd	%ymm0, %ymm1, %ymm2
	vbroadcastsd	.LCPI1_0(%rip), %ymm3
	vandpd	%ymm3, %ymm2, %ymm2
	vcmpltpd	%ymm1, %ymm0, %ymm4
	vandpd	%ymm3, %ymm4, %ymm3
	vsubpd	%ymm3, %ymm2, %ymm2
	vcmpunordpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm1, %ymm0, %ymm2, %ymm0
	vmovupd	%ymm0, (%rbx,%r13,8)
	movq	%rax, %r13
.LBB1_88:
	movl	$1, %r14d
	subq	%r13, %rcx
	jle	.LBB1_92
	vxorpd	%xmm0, %xmm0, %xmm0
	vmovapd	%ymm0, (%rsp)
	leaq	(%rsi,%r13,8), %rsi
	shlq	$3, %rcx
	movq	%rsp, %r15
	movq	%r15, %rdi
	movq	%rcx, %rdx
	movq	%rcx, %r12
	vzeroupper
	callq	memcpy@PLT
	vmovapd	(%rsp), %ymm0
	vxorpd	%xmm3, %xmm3, %xmm3
	vcmpltpd	%ymm0, %ymm3, %ymm1
	vbroadcastsd	.LCPI1_0(%rip), %ymm2
	vandpd	%ymm2, %ymm1, %ymm1
	vcmpltpd	%ymm3, %ymm0, %ymm3
	vxorpd	%xmm4, %xmm4, %xmm4
	vandpd	%ymm2, %ymm3, %ymm2
	vsubpd	%ymm2, %ymm1, %ymm1
	vcmpunordpd	%ymm4, %ymm0, %ymm2
	vblendvpd	%ymm2, %ymm0, %ymm1, %ymm0
	jmp	.LBB1_90
.LBB1_49:
	andq	$-4, %rdx
	xorl	%r13d, %r13d
	.p2align	4
.LBB1_50:
	vsqrtpd	(%rsi,%r13,8), %ymm0
	vmovupd	%ymm0, (%rbx,%r13,8)
	vsqrtpd	32(%rsi,%r13,8), %ymm0
	vmovupd	%ymm0, 32(%rbx,%r13,8)
	vsqrtpd	64(%rsi,%r13,8), %ymm0
	vmovupd	%ymm0, 64(%rbx,%r13,8)
	vsqrtpd	96(%rsi,%r13,8), %ymm0
	vmovupd	%ymm0, 96(%rbx,%r13,8)
	addq	$16, %r13
	addq	$-4, %rdx
	jne	.LBB1_50
	leaq	4(%r13), %rdx
.LBB1_52:
	testq	%rax, %rax
	je	.LBB1_55
	.p2align	4
.LBB1_53:
	vsqrtpd	(%rsi,%r13,8), %ymm0
	vmovupd	%ymm0, (%rbx,%r13,8)
	movq	%rdx, %r13
	addq	$4, %rdx
	decq	%rax
	jne	.LBB1_53
	addq	$-4, %rdx
	movq	%rdx, %r13
.LBB1_55:
	movl	$1, %r14d
	subq	%r13, %rcx
	jle	.LBB1_92
	vxorpd	%xmm0, %xmm0, %xmm0
	vmovapd	%ymm0, (%rsp)
	leaq	(%rsi,%r13,8), %rsi
	shlq	$3, %rcx
	movq	%rsp, %r15
	movq	%r15, %rdi
	movq	%rcx, %rdx
	movq	%rcx, %r12
	vzeroupper
	callq	memcpy@PLT
	vsqrtpd	(%rsp), %ymm0
	jmp	.LBB1_90
.LBB1_57:
	andq	$-4, %rdx
	xorl	%r13d, %r13d
	vxorpd	%xmm0, %xmm0, %xmm0
	.p2align	4
.LBB1_58:
	vmaxpd	(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%rbx,%r13,8)
	vmaxpd	32(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%rbx,%r13,8)
	vmaxpd	64(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%rbx,%r13,8)
	vmaxpd	96(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%rbx,%r13,8)
	addq	$16, %r13
	addq	$-4, %rdx
	jne	.LBB1_58
	leaq	4(%r13), %rdx
.LBB1_60:
	testq	%rax, %rax
	je	.LBB1_64
	vxorpd	%xmm0, %xmm0, %xmm0
	.p2align	4
.LBB1_62:
	vmaxpd	(%rsi,%r13,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%rbx,%r13,8)
	movq	%rdx, %r13
	addq	$4, %rdx
	decq	%rax
	jne	.LBB1_62
	addq	$-4, %rdx
	movq	%rdx, %r13
.LBB1_64:
	movl	$1, %r14d
	subq	%r13, %rcx
	jle	.LBB1_92
	vxorpd	%xmm0, %xmm0, %xmm0
	vmovapd	%ymm0, (%rsp)
	leaq	(%rsi,%r13,8), %rsi
	shlq	$3, %rcx
	movq	%rsp, %r15
	movq	%r15, %rdi
	movq	%rcx, %rdx
	movq	%rcx, %r12
	vzeroupper
	callq	memcpy@PLT
	vxorpd	%xmm0, %xmm0, %xmm0
	vmaxpd	(%rsp), %ymm0, %ymm0
	jmp	.LBB1_90
.LBB1_66:
	andq	$-4, %rdx
	xorl	%r13d, %r13d
	.p2align	4
.LBB1_67:
	vmovupd	(%rsi,%r13,8), %ymm0
	vmulpd	%ymm0, %ymm0, %ymm0
	vmovupd	%ymm0, (%rbx,%r13,8)
	vmovupd	32(%rsi,%r13,8), %ymm0
	vmulpd	%ymm0, %ymm0, %ymm0
	vmovupd	%ymm0, 32(%rbx,%r13,8)
	vmovupd	64(%rsi,%r13,8), %ymm0
	vmulpd	%ymm0, %ymm0, %ymm0
	vmovupd	%ymm0, 64(%rbx,%r13,8)
	vmovupd	96(%rsi,%r13,8), %ymm0
	vmulpd	%ymm0, %ymm0, %ymm0
	vmovupd	%ymm0, 96(%rbx,%r13,8)
	addq	$16, %r13
	addq	$-4, %rdx
	jne	.LBB1_67
	leaq	4(%r13), %rdx
.LBB1_69:
	testq	%rax, %rax
	je	.LBB1_72
	.p2align	4
.LBB1_70:
	vmovupd	(%rsi,%r13,8), %ymm0
	vmulpd	%ymm0, %ymm0, %ymm0
	vmovupd	%ymm0, (%rbx,%r13,8)
	movq	%rdx, %r13
	addq	$4, %rdx
	decq	%rax
	jne	.LBB1_70
	addq	$-4, %rdx
	movq	%rdx, %r13
.LBB1_72:
	movl	$1, %r14d
	subq	%r13, %rcx
	jle	.LBB1_92
	vxorpd	%xmm0, %xmm0, %xmm0
	vmovapd	%ymm0, (%rsp)
	leaq	(%rsi,%r13,8), %rsi
	shlq	$3, %rcx
	movq	%rsp, %r15
	movq	%r15, %rdi
	movq	%rcx, %rdx
	movq	%rcx, %r12
	vzeroupper
	callq	memcpy@PLT
	vmovapd	(%rsp), %ymm0
	vmulpd	%ymm0, %ymm0, %ymm0
.LBB1_90:
	vmovapd	%ymm0, (%rsp)
.LBB1_91:
	leaq	(%rbx,%r13,8), %rdi
	movq	%r15, %rsi
	movq	%r12, %rdx
	vzeroupper
	callq	memcpy@PLT
.LBB1_92:
	movl	%r14d, %eax
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end1:
	.size	axon_unary_avx2_f64, .Lfunc_end1-axon_unary_avx2_f64
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI1_0:
	.long	.LBB1_26-.LJTI1_0
	.long	.LBB1_22-.LJTI1_0
	.long	.LBB1_18-.LJTI1_0
	.long	.LBB1_92-.LJTI1_0
	.long	.LBB1_92-.LJTI1_0
	.long	.LBB1_92-.LJTI1_0
	.long	.LBB1_92-.LJTI1_0
	.long	.LBB1_14-.LJTI1_0
	.long	.LBB1_10-.LJTI1_0
	.long	.LBB1_6-.LJTI1_0
	.long	.LBB1_2-.LJTI1_0

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
