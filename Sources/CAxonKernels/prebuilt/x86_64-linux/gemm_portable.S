// Generated from ../../gemm_portable.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"gemm_portable.c"
	.text
	.globl	axon_ukernel_portable_f32
	.p2align	4
	.type	axon_ukernel_portable_f32,@function
axon_ukernel_portable_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	xorps	%xmm7, %xmm7
	testq	%rdi, %rdi
	jle	.LBB0_1
	xorl	%eax, %eax
	xorps	%xmm5, %xmm5
	xorps	%xmm4, %xmm4
	xorps	%xmm2, %xmm2
	xorps	%xmm6, %xmm6
	xorps	%xmm3, %xmm3
	xorps	%xmm1, %xmm1
	xorps	%xmm0, %xmm0
	.p2align	4
.LBB0_3:
	movups	(%rsi,%rax), %xmm8
	movaps	%xmm7, %xmm10
	unpcklps	%xmm4, %xmm10
	movaps	%xmm1, %xmm9
	movlhps	%xmm6, %xmm9
	shufps	$36, %xmm9, %xmm10
	movaps	%xmm4, %xmm12
	shufps	$17, %xmm7, %xmm12
	movaps	%xmm1, %xmm9
	shufps	$85, %xmm6, %xmm9
	shufps	$34, %xmm9, %xmm12
	movaps	%xmm7, %xmm11
	unpckhps	%xmm4, %xmm11
	movaps	%xmm6, %xmm9
	shufps	$254, %xmm4, %xmm9
	movaps	%xmm11, %xmm13
	shufps	$132, %xmm9, %xmm13
	movhlps	%xmm1, %xmm13
	shufps	$36, %xmm13, %xmm11
	shufps	$51, %xmm7, %xmm4
	shufps	$255, %xmm6, %xmm1
	shufps	$34, %xmm1, %xmm4
	movaps	%xmm5, %xmm1
	unpcklps	%xmm2, %xmm1
	movaps	%xmm0, %xmm6
	movlhps	%xmm3, %xmm6
	shufps	$36, %xmm6, %xmm1
	movaps	%xmm2, %xmm13
	shufps	$17, %xmm5, %xmm13
	movaps	%xmm0, %xmm6
	shufps	$85, %xmm3, %xmm6
	shufps	$34, %xmm6, %xmm13
	movaps	%xmm5, %xmm6
	unpckhps	%xmm2, %xmm6
	movaps	%xmm3, %xmm7
	shufps	$254, %xmm2, %xmm7
	movaps	%xmm6, %xmm9
	shufps	$132, %xmm7, %xmm9
	movhlps	%xmm0, %xmm9
	shufps	$36, %xmm9, %xmm6
	shufps	$51, %xmm5, %xmm2
	shufps	$255, %xmm3, %xmm0
	shufps	$34, %xmm0, %xmm2
	movss	(%rdx,%rax,2), %xmm7
	movss	4(%rdx,%rax,2), %xmm0
	movss	8(%rdx,%rax,2), %xmm9
	movss	12(%rdx,%rax,2), %xmm3
	shufps	$0, %xmm9, %xmm9
	shufps	$0, %xmm3, %xmm3
	shufps	$0, %xmm0, %xmm0
	shufps	$0, %xmm7, %xmm7
	mulps	%xmm8, %xmm7
	addps	%xmm10, %xmm7
	mulps	%xmm8, %xmm0
	addps	%xmm12, %xmm0
	mulps	%xmm8, %xmm3
	addps	%xmm4, %xmm3
	mulps	%xmm8, %xmm9
	addps	%xmm11, %xmm9
	movss	24(%rdx,%rax,2), %xmm11
	shufps	$0, %xmm11, %xmm11
	movss	28(%rdx,%rax,2), %xmm10
	shufps	$0, %xmm10, %xmm10
	movss	20(%rdx,%rax,2), %xmm12
	shufps	$0, %xmm12, %xmm12
	movss	16(%rdx,%rax,2), %xmm5
	shufps	$0, %xmm5, %xmm5
	mulps	%xmm8, %xmm5
	addps	%xmm1, %xmm5
	mulps	%xmm8, %xmm12
	addps	%xmm13, %xmm12
	mulps	%xmm8, %xmm10
	addps	%xmm2, %xmm10
	mulps	%xmm8, %xmm11
	addps	%xmm6, %xmm11
	movaps	%xmm9, %xmm2
	unpckhps	%xmm3, %xmm2
	movaps	%xmm0, %xmm1
	shufps	$51, %xmm7, %xmm1
	shufps	$226, %xmm2, %xmm1
	movaps	%xmm3, %xmm2
	unpckhpd	%xmm9, %xmm2
	movaps	%xmm7, %xmm6
	unpckhps	%xmm0, %xmm6
	shufps	$36, %xmm2, %xmm6
	movaps	%xmm9, %xmm2
	unpcklps	%xmm3, %xmm2
	movaps	%xmm0, %xmm4
	shufps	$17, %xmm7, %xmm4
	shufps	$226, %xmm2, %xmm4
	movlhps	%xmm9, %xmm3
	unpcklps	%xmm0, %xmm7
	shufps	$36, %xmm3, %xmm7
	movaps	%xmm11, %xmm2
	unpckhps	%xmm10, %xmm2
	movaps	%xmm12, %xmm0
	shufps	$51, %xmm5, %xmm0
	shufps	$226, %xmm2, %xmm0
	movaps	%xmm10, %xmm2
	unpckhpd	%xmm11, %xmm2
	movaps	%xmm5, %xmm3
	unpckhps	%xmm12, %xmm3
	shufps	$36, %xmm2, %xmm3
	movaps	%xmm11, %xmm8
	unpcklps	%xmm10, %xmm8
	movaps	%xmm12, %xmm2
	shufps	$17, %xmm5, %xmm2
	shufps	$226, %xmm8, %xmm2
	movlhps	%xmm11, %xmm10
	unpcklps	%xmm12, %xmm5
	shufps	$36, %xmm10, %xmm5
	addq	$16, %rax
	decq	%rdi
	jne	.LBB0_3
	testl	%r9d, %r9d
	je	.LBB0_6
.LBB0_5:
	movups	(%rcx), %xmm8
	addps	%xmm7, %xmm8
	movups	%xmm8, (%rcx)
	movsd	16(%rcx), %xmm7
	addps	%xmm5, %xmm7
	movlps	%xmm7, 16(%rcx)
	movaps	%xmm5, %xmm7
	unpckhpd	%xmm5, %xmm7
	addss	24(%rcx), %xmm7
	movss	%xmm7, 24(%rcx)
	shufps	$255, %xmm5, %xmm5
	addss	28(%rcx), %xmm5
	jmp	.LBB0_7
.LBB0_1:
	xorps	%xmm5, %xmm5
	xorps	%xmm4, %xmm4
	xorps	%xmm2, %xmm2
	xorps	%xmm6, %xmm6
	xorps	%xmm3, %xmm3
	xorps	%xmm1, %xmm1
	xorps	%xmm0, %xmm0
	testl	%r9d, %r9d
	jne	.LBB0_5
.LBB0_6:
	movups	%xmm7, (%rcx)
	movlps	%xmm5, 16(%rcx)
	movaps	%xmm5, %xmm7
	unpckhpd	%xmm5, %xmm7
	movss	%xmm7, 24(%rcx)
	shufps	$255, %xmm5, %xmm5
.LBB0_7:
	movss	%xmm5, 28(%rcx)
	testl	%r9d, %r9d
	je	.LBB0_9
	movups	(%rcx,%r8,4), %xmm5
	addps	%xmm4, %xmm5
	movups	%xmm5, (%rcx,%r8,4)
	movsd	16(%rcx,%r8,4), %xmm4
	addps	%xmm2, %xmm4
	movlps	%xmm4, 16(%rcx,%r8,4)
	movaps	%xmm2, %xmm4
	unpckhpd	%xmm2, %xmm4
	addss	24(%rcx,%r8,4), %xmm4
	movss	%xmm4, 24(%rcx,%r8,4)
	shufps	$255, %xmm2, %xmm2
	addss	28(%rcx,%r8,4), %xmm2
	jmp	.LBB0_10
.LBB0_9:
	movups	%xmm4, (%rcx,%r8,4)
	movlps	%xmm2, 16(%rcx,%r8,4)
	movaps	%xmm2, %xmm4
	unpckhpd	%xmm2, %xmm4
	movss	%xmm4, 24(%rcx,%r8,4)
	shufps	$255, %xmm2, %xmm2
.LBB0_10:
	movss	%xmm2, 28(%rcx,%r8,4)
	testl	%r9d, %r9d
	je	.LBB0_12
	movups	(%rcx,%r8,8), %xmm2
	addps	%xmm6, %xmm2
	movups	%xmm2, (%rcx,%r8,8)
	movsd	16(%rcx,%r8,8), %xmm2
	addps	%xmm3, %xmm2
	movlps	%xmm2, 16(%rcx,%r8,8)
	movaps	%xmm3, %xmm2
	unpckhpd	%xmm3, %xmm2
	addss	24(%rcx,%r8,8), %xmm2
	movss	%xmm2, 24(%rcx,%r8,8)
	shufps	$255, %xmm3, %xmm3
	addss	28(%rcx,%r8,8), %xmm3
	jmp	.LBB0_13
.LBB0_12:
	movups	%xmm6, (%rcx,%r8,8)
	movlps	%xmm3, 16(%rcx,%r8,8)
	movaps	%xmm3, %xmm2
	unpckhpd	%xmm3, %xmm2
	movss	%xmm2, 24(%rcx,%r8,8)
	shufps	$255, %xmm3, %xmm3
.LBB0_13:
	leaq	(,%r8,4), %rax
	movss	%xmm3, 28(%rcx,%r8,8)
	leaq	(%rax,%rax,2), %rax
	testl	%r9d, %r9d
	je	.LBB0_15
	movups	(%rcx,%rax), %xmm2
	addps	%xmm1, %xmm2
	movups	%xmm2, (%rcx,%rax)
	movsd	16(%rcx,%rax), %xmm1
	addps	%xmm0, %xmm1
	movlps	%xmm1, 16(%rcx,%rax)
	movaps	%xmm0, %xmm1
	unpckhpd	%xmm0, %xmm1
	addss	24(%rcx,%rax), %xmm1
	movss	%xmm1, 24(%rcx,%rax)
	shufps	$255, %xmm0, %xmm0
	addss	28(%rcx,%rax), %xmm0
	jmp	.LBB0_16
.LBB0_15:
	movups	%xmm1, (%rcx,%rax)
	movlps	%xmm0, 16(%rcx,%rax)
	movaps	%xmm0, %xmm1
	unpckhpd	%xmm0, %xmm1
	movss	%xmm1, 24(%rcx,%rax)
	shufps	$255, %xmm0, %xmm0
.LBB0_16:
	movss	%xmm0, 28(%rcx,%rax)
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	axon_ukernel_portable_f32, .Lfunc_end0-axon_ukernel_portable_f32
	.cfi_endproc

	.globl	axon_ukernel_portable_f64
	.p2align	4
	.type	axon_ukernel_portable_f64,@function
axon_ukernel_portable_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$96, %rsp
	testq	%rdi, %rdi
	jle	.LBB1_1
	xorpd	%xmm0, %xmm0
	movapd	%xmm0, -144(%rbp)
	movl	$16, %eax
	xorpd	%xmm9, %xmm9
	xorpd	%xmm1, %xmm1
	xorpd	%xmm4, %xmm4
	movapd	%xmm0, -96(%rbp)
	movapd	%xmm0, -48(%rbp)
	movapd	%xmm0, -32(%rbp)
	xorpd	%xmm7, %xmm7
	xorpd	%xmm11, %xmm11
	xorpd	%xmm10, %xmm10
	xorpd	%xmm13, %xmm13
	xorpd	%xmm8, %xmm8
	xorpd	%xmm3, %xmm3
	movapd	%xmm0, -64(%rbp)
	movapd	%xmm0, -80(%rbp)
	movapd	%xmm0, -16(%rbp)
	.p2align	4
.LBB1_3:
	movapd	%xmm9, -160(%rbp)
	movapd	%xmm4, -176(%rbp)
	movapd	%xmm7, -224(%rbp)
	movapd	%xmm1, -128(%rbp)
	movapd	%xmm11, %xmm0
	unpcklpd	%xmm3, %xmm0
	unpckhpd	%xmm3, %xmm11
	movapd	%xmm10, %xmm3
	movapd	-64(%rbp), %xmm2
	unpcklpd	%xmm2, %xmm3
	unpckhpd	%xmm2, %xmm10
	movsd	-8(%rdx,%rax,2), %xmm4
	unpcklpd	%xmm4, %xmm4
	movapd	%xmm4, -112(%rbp)
	movupd	-16(%rsi,%rax), %xmm2
	movapd	%xmm2, %xmm1
	mulpd	%xmm4, %xmm1
	addpd	%xmm10, %xmm1
	movsd	-16(%rdx,%rax,2), %xmm14
	unpcklpd	%xmm14, %xmm14
	movapd	%xmm2, %xmm10
	mulpd	%xmm14, %xmm10
	addpd	%xmm3, %xmm10
	movsd	-24(%rdx,%rax,2), %xmm3
	unpcklpd	%xmm3, %xmm3
	movapd	%xmm3, -208(%rbp)
	movapd	%xmm2, %xmm7
	mulpd	%xmm3, %xmm7
	addpd	%xmm11, %xmm7
	movsd	-32(%rdx,%rax,2), %xmm5
	unpcklpd	%xmm5, %xmm5
	movapd	%xmm2, %xmm11
	mulpd	%xmm5, %xmm11
	addpd	%xmm0, %xmm11
	movapd	%xmm13, %xmm12
	movapd	%xmm13, %xmm4
	movapd	-80(%rbp), %xmm0
	unpcklpd	%xmm0, %xmm4
	unpckhpd	%xmm0, %xmm12
	movapd	%xmm8, %xmm0
	movapd	-16(%rbp), %xmm3
	unpcklpd	%xmm3, %xmm0
	unpckhpd	%xmm3, %xmm8
	movsd	24(%rdx,%rax,2), %xmm13
	unpcklpd	%xmm13, %xmm13
	movapd	%xmm2, %xmm3
	mulpd	%xmm13, %xmm3
	addpd	%xmm8, %xmm3
	movsd	16(%rdx,%rax,2), %xmm6
	unpcklpd	%xmm6, %xmm6
	movapd	%xmm2, %xmm8
	mulpd	%xmm6, %xmm8
	addpd	%xmm0, %xmm8
	movsd	8(%rdx,%rax,2), %xmm9
	unpcklpd	%xmm9, %xmm9
	movapd	%xmm2, %xmm15
	mulpd	%xmm9, %xmm15
	addpd	%xmm12, %xmm15
	movsd	(%rdx,%rax,2), %xmm12
	unpcklpd	%xmm12, %xmm12
	mulpd	%xmm12, %xmm2
	addpd	%xmm4, %xmm2
	movapd	%xmm11, %xmm0
	unpckhpd	%xmm7, %xmm0
	movapd	%xmm0, -192(%rbp)
	unpcklpd	%xmm7, %xmm11
	movapd	%xmm10, %xmm7
	unpckhpd	%xmm1, %xmm7
	movapd	%xmm7, -64(%rbp)
	unpcklpd	%xmm1, %xmm10
	movapd	%xmm2, %xmm1
	unpckhpd	%xmm15, %xmm1
	movapd	%xmm1, -80(%rbp)
	unpcklpd	%xmm15, %xmm2
	movapd	%xmm8, %xmm0
	unpckhpd	%xmm3, %xmm0
	movapd	%xmm0, -16(%rbp)
	unpcklpd	%xmm3, %xmm8
	movapd	-144(%rbp), %xmm3
	movapd	%xmm3, %xmm0
	movapd	-96(%rbp), %xmm1
	unpcklpd	%xmm1, %xmm0
	unpckhpd	%xmm1, %xmm3
	movapd	-160(%rbp), %xmm1
	movapd	%xmm1, %xmm7
	movapd	-48(%rbp), %xmm4
	unpcklpd	%xmm4, %xmm7
	unpckhpd	%xmm4, %xmm1
	movapd	%xmm1, %xmm4
	movupd	(%rsi,%rax), %xmm1
	movapd	-112(%rbp), %xmm15
	mulpd	%xmm1, %xmm15
	addpd	%xmm4, %xmm15
	movapd	%xmm15, -112(%rbp)
	mulpd	%xmm1, %xmm14
	addpd	%xmm7, %xmm14
	movapd	-208(%rbp), %xmm7
	mulpd	%xmm1, %xmm7
	addpd	%xmm3, %xmm7
	movapd	%xmm7, %xmm15
	mulpd	%xmm1, %xmm5
	addpd	%xmm0, %xmm5
	movapd	-128(%rbp), %xmm4
	movapd	%xmm4, %xmm3
	movapd	-32(%rbp), %xmm0
	unpcklpd	%xmm0, %xmm3
	unpckhpd	%xmm0, %xmm4
	movapd	%xmm4, -128(%rbp)
	movapd	-176(%rbp), %xmm7
	movapd	%xmm7, %xmm4
	movapd	-224(%rbp), %xmm0
	unpcklpd	%xmm0, %xmm4
	unpckhpd	%xmm0, %xmm7
	mulpd	%xmm1, %xmm13
	addpd	%xmm7, %xmm13
	mulpd	%xmm1, %xmm6
	addpd	%xmm4, %xmm6
	mulpd	%xmm1, %xmm9
	addpd	-128(%rbp), %xmm9
	mulpd	%xmm1, %xmm12
	addpd	%xmm3, %xmm12
	movapd	-192(%rbp), %xmm3
	movapd	%xmm5, %xmm1
	unpckhpd	%xmm15, %xmm1
	movapd	%xmm1, -96(%rbp)
	unpcklpd	%xmm15, %xmm5
	movapd	%xmm14, %xmm1
	movapd	-112(%rbp), %xmm7
	unpckhpd	%xmm7, %xmm1
	movapd	%xmm1, -48(%rbp)
	unpcklpd	%xmm7, %xmm14
	movapd	%xmm12, %xmm1
	unpckhpd	%xmm9, %xmm1
	movapd	%xmm1, -32(%rbp)
	unpcklpd	%xmm9, %xmm12
	movapd	%xmm6, %xmm7
	unpckhpd	%xmm13, %xmm7
	unpcklpd	%xmm13, %xmm6
	addq	$32, %rax
	movapd	%xmm5, -144(%rbp)
	movapd	%xmm14, %xmm9
	movapd	%xmm12, %xmm1
	movapd	%xmm6, %xmm4
	movapd	%xmm2, %xmm13
	decq	%rdi
	jne	.LBB1_3
	jmp	.LBB1_4
.LBB1_1:
	xorpd	%xmm5, %xmm5
	xorpd	%xmm14, %xmm14
	xorpd	%xmm12, %xmm12
	xorpd	%xmm6, %xmm6
	xorpd	%xmm0, %xmm0
	movapd	%xmm0, -96(%rbp)
	movapd	%xmm0, -48(%rbp)
	movapd	%xmm0, -32(%rbp)
	xorpd	%xmm7, %xmm7
	xorpd	%xmm11, %xmm11
	xorpd	%xmm10, %xmm10
	xorpd	%xmm2, %xmm2
	xorpd	%xmm8, %xmm8
	xorpd	%xmm3, %xmm3
	movapd	%xmm0, -64(%rbp)
	movapd	%xmm0, -80(%rbp)
	movapd	%xmm0, -16(%rbp)
.LBB1_4:
	movapd	-64(%rbp), %xmm9
	movapd	-80(%rbp), %xmm13
	testl	%r9d, %r9d
	je	.LBB1_6
	movupd	(%rcx), %xmm0
	movupd	16(%rcx), %xmm1
	movapd	%xmm3, %xmm15
	movupd	32(%rcx), %xmm3
	addpd	%xmm11, %xmm0
	movupd	%xmm0, (%rcx)
	addpd	%xmm10, %xmm1
	movupd	%xmm1, 16(%rcx)
	addpd	%xmm2, %xmm3
	movupd	%xmm3, 32(%rcx)
	movapd	%xmm15, %xmm3
	movsd	48(%rcx), %xmm0
	addsd	%xmm8, %xmm0
	movsd	%xmm0, 48(%rcx)
	unpckhpd	%xmm8, %xmm8
	addsd	56(%rcx), %xmm8
	jmp	.LBB1_7
.LBB1_6:
	movupd	%xmm11, (%rcx)
	movupd	%xmm10, 16(%rcx)
	movupd	%xmm2, 32(%rcx)
	movlpd	%xmm8, 48(%rcx)
	unpckhpd	%xmm8, %xmm8
.LBB1_7:
	movsd	%xmm8, 56(%rcx)
	testl	%r9d, %r9d
	je	.LBB1_9
	movupd	(%rcx,%r8,8), %xmm0
	movupd	16(%rcx,%r8,8), %xmm1
	movupd	32(%rcx,%r8,8), %xmm2
	addpd	%xmm3, %xmm0
	movupd	%xmm0, (%rcx,%r8,8)
	addpd	%xmm9, %xmm1
	movupd	%xmm1, 16(%rcx,%r8,8)
	addpd	%xmm13, %xmm2
	movupd	%xmm2, 32(%rcx,%r8,8)
	movsd	48(%rcx,%r8,8), %xmm0
	movapd	-16(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, 48(%rcx,%r8,8)
	unpckhpd	%xmm1, %xmm1
	addsd	56(%rcx,%r8,8), %xmm1
	movapd	%xmm1, %xmm0
	jmp	.LBB1_10
.LBB1_9:
	movupd	%xmm3, (%rcx,%r8,8)
	movupd	%xmm9, 16(%rcx,%r8,8)
	movupd	%xmm13, 32(%rcx,%r8,8)
	movapd	-16(%rbp), %xmm0
	movlpd	%xmm0, 48(%rcx,%r8,8)
	unpckhpd	%xmm0, %xmm0
.LBB1_10:
	movq	%r8, %rax
	shlq	$4, %rax
	movsd	%xmm0, 56(%rcx,%r8,8)
	testl	%r9d, %r9d
	je	.LBB1_12
	movupd	(%rcx,%rax), %xmm0
	movupd	16(%rcx,%rax), %xmm1
	movupd	32(%rcx,%rax), %xmm2
	addpd	%xmm5, %xmm0
	movupd	%xmm0, (%rcx,%rax)
	addpd	%xmm14, %xmm1
	movupd	%xmm1, 16(%rcx,%rax)
	addpd	%xmm12, %xmm2
	movupd	%xmm2, 32(%rcx,%rax)
	movsd	48(%rcx,%rax), %xmm0
	addsd	%xmm6, %xmm0
	movsd	%xmm0, 48(%rcx,%rax)
	unpckhpd	%xmm6, %xmm6
	addsd	56(%rcx,%rax), %xmm6
	jmp	.LBB1_13
.LBB1_12:
	movupd	%xmm5, (%rcx,%rax)
	movupd	%xmm14, 16(%rcx,%rax)
	movupd	%xmm12, 32(%rcx,%rax)
	movlpd	%xmm6, 48(%rcx,%rax)
	unpckhpd	%xmm6, %xmm6
.LBB1_13:
	shlq	$3, %r8
	movsd	%xmm6, 56(%rcx,%rax)
	leaq	(%r8,%r8,2), %rax
	testl	%r9d, %r9d
	movapd	-96(%rbp), %xmm13
	je	.LBB1_15
	movupd	(%rcx,%rax), %xmm0
	movupd	16(%rcx,%rax), %xmm1
	movupd	32(%rcx,%rax), %xmm2
	addpd	%xmm13, %xmm0
	movupd	%xmm0, (%rcx,%rax)
	addpd	-48(%rbp), %xmm1
	movupd	%xmm1, 16(%rcx,%rax)
	addpd	-32(%rbp), %xmm2
	movupd	%xmm2, 32(%rcx,%rax)
	movsd	48(%rcx,%rax), %xmm0
	addsd	%xmm7, %xmm0
	movsd	%xmm0, 48(%rcx,%rax)
	unpckhpd	%xmm7, %xmm7
	addsd	56(%rcx,%rax), %xmm7
	jmp	.LBB1_16
.LBB1_15:
	movupd	%xmm13, (%rcx,%rax)
	movaps	-48(%rbp), %xmm0
	movups	%xmm0, 16(%rcx,%rax)
	movapd	-32(%rbp), %xmm0
	movupd	%xmm0, 32(%rcx,%rax)
	movlpd	%xmm7, 48(%rcx,%rax)
	unpckhpd	%xmm7, %xmm7
.LBB1_16:
	movsd	%xmm7, 56(%rcx,%rax)
	addq	$96, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	axon_ukernel_portable_f64, .Lfunc_end1-axon_ukernel_portable_f64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
