// Generated from ../../optimizers.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"optimizers.c"
	.text
	.globl	axon_adam_f32
	.p2align	4
	.type	axon_adam_f32,@function
axon_adam_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$88, %rsp
	.cfi_offset %rbx, -24
	movq	%r9, %rbx
	movq	16(%rbp), %rax
	movq	$1, -96(%rbp)
	movq	%rdi, -88(%rbp)
	movq	%rdx, -80(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%r8, -64(%rbp)
	movq	$0, -56(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%r9, -40(%rbp)
	movq	%rax, -24(%rbp)
	movq	$0, -16(%rbp)
	callq	axon_threads@PLT
	cmpq	$32768, %rbx
	setl	%cl
	cmpl	$2, %eax
	setl	%dl
	orb	%cl, %dl
	cmpb	$1, %dl
	jne	.LBB0_2
	movq	%rbx, -32(%rbp)
	leaq	-96(%rbp), %rdi
	xorl	%esi, %esi
	callq	run_chunk
	jmp	.LBB0_9
.LBB0_2:
	movl	%eax, %ecx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB0_3
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB0_5
.LBB0_3:
	xorl	%edx, %edx
	divl	%ecx
.LBB0_5:
	addq	$63, %rax
	movq	%rax, %rsi
	andq	$-64, %rsi
	movq	%rsi, -32(%rbp)
	leaq	(%rbx,%rsi), %rcx
	decq	%rcx
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB0_6
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB0_8
.LBB0_6:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB0_8:
	leaq	run_chunk(%rip), %rsi
	leaq	-96(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB0_9:
	addq	$88, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	axon_adam_f32, .Lfunc_end0-axon_adam_f32
	.cfi_endproc

	.globl	axon_adam_f64
	.p2align	4
	.type	axon_adam_f64,@function
axon_adam_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$88, %rsp
	.cfi_offset %rbx, -24
	movq	%r9, %rbx
	movq	16(%rbp), %rax
	movabsq	$4294967297, %r9
	movq	%r9, -96(%rbp)
	movq	%rdi, -88(%rbp)
	movq	%rdx, -80(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%r8, -64(%rbp)
	movq	$0, -56(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rbx, -40(%rbp)
	movq	%rax, -24(%rbp)
	movq	$0, -16(%rbp)
	callq	axon_threads@PLT
	cmpq	$32768, %rbx
	setl	%cl
	cmpl	$2, %eax
	setl	%dl
	orb	%cl, %dl
	cmpb	$1, %dl
	jne	.LBB1_2
	movq	%rbx, -32(%rbp)
	leaq	-96(%rbp), %rdi
	xorl	%esi, %esi
	callq	run_chunk
	jmp	.LBB1_9
.LBB1_2:
	movl	%eax, %ecx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB1_3
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB1_5
.LBB1_3:
	xorl	%edx, %edx
	divl	%ecx
.LBB1_5:
	addq	$63, %rax
	movq	%rax, %rsi
	andq	$-64, %rsi
	movq	%rsi, -32(%rbp)
	leaq	(%rbx,%rsi), %rcx
	decq	%rcx
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB1_6
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB1_8
.LBB1_6:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB1_8:
	leaq	run_chunk(%rip), %rsi
	leaq	-96(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB1_9:
	addq	$88, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	axon_adam_f64, .Lfunc_end1-axon_adam_f64
	.cfi_endproc

	.globl	axon_sgd_f32
	.p2align	4
	.type	axon_sgd_f32,@function
axon_sgd_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$88, %rsp
	.cfi_offset %rbx, -24
	movq	%rcx, %rbx
	movq	$0, -96(%rbp)
	movq	%rdi, -88(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -80(%rbp)
	movq	$0, -64(%rbp)
	movq	%rdx, -56(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rcx, -40(%rbp)
	movups	%xmm0, -32(%rbp)
	movq	%r8, -16(%rbp)
	callq	axon_threads@PLT
	cmpq	$32768, %rbx
	setl	%cl
	cmpl	$2, %eax
	setl	%dl
	orb	%cl, %dl
	cmpb	$1, %dl
	jne	.LBB2_2
	movq	%rbx, -32(%rbp)
	leaq	-96(%rbp), %rdi
	xorl	%esi, %esi
	callq	run_chunk
	jmp	.LBB2_9
.LBB2_2:
	movl	%eax, %ecx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB2_3
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB2_5
.LBB2_3:
	xorl	%edx, %edx
	divl	%ecx
.LBB2_5:
	addq	$63, %rax
	movq	%rax, %rsi
	andq	$-64, %rsi
	movq	%rsi, -32(%rbp)
	leaq	(%rbx,%rsi), %rcx
	decq	%rcx
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB2_6
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB2_8
.LBB2_6:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB2_8:
	leaq	run_chunk(%rip), %rsi
	leaq	-96(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB2_9:
	addq	$88, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end2:
	.size	axon_sgd_f32, .Lfunc_end2-axon_sgd_f32
	.cfi_endproc

	.globl	axon_sgd_f64
	.p2align	4
	.type	axon_sgd_f64,@function
axon_sgd_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$88, %rsp
	.cfi_offset %rbx, -24
	movq	%rcx, %rbx
	movabsq	$4294967296, %rax
	movq	%rax, -96(%rbp)
	movq	%rdi, -88(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -80(%rbp)
	movq	$0, -64(%rbp)
	movq	%rdx, -56(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rcx, -40(%rbp)
	movups	%xmm0, -32(%rbp)
	movq	%r8, -16(%rbp)
	callq	axon_threads@PLT
	cmpq	$32768, %rbx
	setl	%cl
	cmpl	$2, %eax
	setl	%dl
	orb	%cl, %dl
	cmpb	$1, %dl
	jne	.LBB3_2
	movq	%rbx, -32(%rbp)
	leaq	-96(%rbp), %rdi
	xorl	%esi, %esi
	callq	run_chunk
	jmp	.LBB3_9
.LBB3_2:
	movl	%eax, %ecx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB3_3
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB3_5
.LBB3_3:
	xorl	%edx, %edx
	divl	%ecx
.LBB3_5:
	addq	$63, %rax
	movq	%rax, %rsi
	andq	$-64, %rsi
	movq	%rsi, -32(%rbp)
	leaq	(%rbx,%rsi), %rcx
	decq	%rcx
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB3_6
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB3_8
.LBB3_6:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB3_8:
	leaq	run_chunk(%rip), %rsi
	leaq	-96(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB3_9:
	addq	$88, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end3:
	.size	axon_sgd_f64, .Lfunc_end3-axon_sgd_f64
	.cfi_endproc

	.p2align	4
	.type	run_chunk,@function
run_chunk:
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
	subq	$104, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movslq	%esi, %rax
	movq	56(%rdi), %r8
	movq	64(%rdi), %rcx
	imulq	%rcx, %rax
	subq	%rax, %r8
	cmpq	%rcx, %r8
	cmovgeq	%rcx, %r8
	testq	%r8, %r8
	jle	.LBB4_56
	cmpl	$0, 4(%rdi)
	movq	8(%rdi), %rsi
	movq	48(%rdi), %rdx
	movl	(%rdi), %ecx
	movq	%r8, -56(%rbp)
	je	.LBB4_29
	leaq	(%rsi,%rax,8), %r15
	leaq	(%rdx,%rax,8), %rdx
	movq	%rdx, -48(%rbp)
	testl	%ecx, %ecx
	je	.LBB4_18
	leaq	(,%rax,8), %r12
	movq	16(%rdi), %r13
	addq	%r12, %r13
	addq	24(%rdi), %r12
	movq	32(%rdi), %rcx
	movq	72(%rdi), %rbx
	testq	%rcx, %rcx
	leaq	(%rcx,%rax,8), %r14
	cmoveq	%rcx, %r14
	callq	axon_detect_isa@PLT
	cmpl	$2, %eax
	jne	.LBB4_5
	movq	%rbx, (%rsp)
	movq	%r15, %rdi
	movq	-48(%rbp), %rsi
	movq	%r13, %rdx
	movq	%r12, %rcx
	movq	%r14, %r8
	movq	-56(%rbp), %r9
	callq	adam_avx512_f64
	jmp	.LBB4_56
.LBB4_29:
	leaq	(%rsi,%rax,4), %r15
	leaq	(%rdx,%rax,4), %rdx
	movq	%rdx, -48(%rbp)
	testl	%ecx, %ecx
	je	.LBB4_45
	leaq	(,%rax,4), %r12
	movq	16(%rdi), %r13
	addq	%r12, %r13
	addq	24(%rdi), %r12
	movq	32(%rdi), %rcx
	movq	72(%rdi), %rbx
	testq	%rcx, %rcx
	leaq	(%rcx,%rax,4), %r14
	cmoveq	%rcx, %r14
	callq	axon_detect_isa@PLT
	cmpl	$2, %eax
	jne	.LBB4_32
	movq	%rbx, (%rsp)
	movq	%r15, %rdi
	movq	-48(%rbp), %rsi
	movq	%r13, %rdx
	movq	%r12, %rcx
	movq	%r14, %r8
	movq	-56(%rbp), %r9
	callq	adam_avx512_f32
	jmp	.LBB4_56
.LBB4_18:
	movq	40(%rdi), %rbx
	movq	80(%rdi), %r12
	leaq	(%rbx,%rax,8), %r14
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB4_57
	movsd	(%r12), %xmm0
	movupd	8(%r12), %xmm1
	movsd	24(%r12), %xmm2
	movl	32(%r12), %eax
	movl	36(%r12), %ecx
	xorl	%edx, %edx
	xorpd	%xmm3, %xmm3
	movq	-56(%rbp), %rsi
	movq	-48(%rbp), %rdi
	jmp	.LBB4_20
	.p2align	4
.LBB4_27:
	movapd	%xmm5, %xmm4
.LBB4_28:
	mulsd	%xmm0, %xmm4
	movsd	(%r15,%rdx,8), %xmm5
	subsd	%xmm4, %xmm5
	movsd	%xmm5, (%r15,%rdx,8)
	incq	%rdx
	cmpq	%rdx, %rsi
	je	.LBB4_56
.LBB4_20:
	ucomisd	%xmm3, %xmm2
	movsd	(%rdi,%rdx,8), %xmm4
	jne	.LBB4_21
	jnp	.LBB4_22
.LBB4_21:
	movsd	(%r15,%rdx,8), %xmm5
	mulsd	%xmm2, %xmm5
	addsd	%xmm5, %xmm4
.LBB4_22:
	ucomisd	%xmm3, %xmm1
	jne	.LBB4_23
	jnp	.LBB4_28
.LBB4_23:
	movapd	%xmm4, %xmm5
	testl	%ecx, %ecx
	jne	.LBB4_25
	movsd	(%r14,%rdx,8), %xmm6
	unpcklpd	%xmm4, %xmm6
	mulpd	%xmm1, %xmm6
	movapd	%xmm6, %xmm5
	unpckhpd	%xmm6, %xmm5
	addsd	%xmm6, %xmm5
.LBB4_25:
	movsd	%xmm5, (%r14,%rdx,8)
	testl	%eax, %eax
	je	.LBB4_27
	mulsd	%xmm1, %xmm5
	addsd	%xmm4, %xmm5
	jmp	.LBB4_27
.LBB4_5:
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB4_6
	movsd	(%rbx), %xmm3
	movupd	8(%rbx), %xmm4
	movsd	24(%rbx), %xmm5
	movsd	32(%rbx), %xmm6
	movsd	48(%rbx), %xmm0
	movsd	%xmm0, -72(%rbp)
	movsd	56(%rbx), %xmm7
	movsd	64(%rbx), %xmm8
	movl	40(%rbx), %eax
	movl	%eax, -60(%rbp)
	xorl	%ebx, %ebx
	xorpd	%xmm9, %xmm9
	movq	-56(%rbp), %rax
	movq	-48(%rbp), %rcx
	movsd	%xmm3, -112(%rbp)
	movapd	%xmm4, -128(%rbp)
	movsd	%xmm5, -104(%rbp)
	movsd	%xmm6, -96(%rbp)
	movsd	%xmm7, -88(%rbp)
	movsd	%xmm8, -80(%rbp)
	jmp	.LBB4_8
	.p2align	4
.LBB4_16:
	callq	sqrt@PLT
	xorpd	%xmm9, %xmm9
	movsd	-80(%rbp), %xmm8
	movsd	-88(%rbp), %xmm7
	movsd	-96(%rbp), %xmm6
	movsd	-104(%rbp), %xmm5
	movapd	-128(%rbp), %xmm4
	movsd	-112(%rbp), %xmm3
	movq	-48(%rbp), %rcx
	movq	-56(%rbp), %rax
.LBB4_17:
	divsd	%xmm8, %xmm0
	addsd	%xmm5, %xmm0
	movsd	(%r15,%rbx,8), %xmm1
	movsd	(%r13,%rbx,8), %xmm2
	divsd	%xmm0, %xmm2
	mulsd	%xmm7, %xmm2
	subsd	%xmm2, %xmm1
	movsd	%xmm1, (%r15,%rbx,8)
	incq	%rbx
	cmpq	%rbx, %rax
	je	.LBB4_56
.LBB4_8:
	ucomisd	%xmm9, %xmm6
	movsd	(%rcx,%rbx,8), %xmm0
	jne	.LBB4_9
	jnp	.LBB4_12
.LBB4_9:
	movsd	(%r15,%rbx,8), %xmm1
	cmpl	$0, -60(%rbp)
	je	.LBB4_11
	mulsd	-72(%rbp), %xmm1
	movsd	%xmm1, (%r15,%rbx,8)
	jmp	.LBB4_12
	.p2align	4
.LBB4_11:
	mulsd	%xmm6, %xmm1
	addsd	%xmm1, %xmm0
.LBB4_12:
	movsd	(%r13,%rbx,8), %xmm1
	movapd	%xmm0, %xmm2
	subsd	%xmm1, %xmm2
	mulsd	%xmm3, %xmm2
	addsd	%xmm1, %xmm2
	movsd	%xmm2, (%r13,%rbx,8)
	mulsd	%xmm0, %xmm0
	movsd	(%r12,%rbx,8), %xmm1
	unpcklpd	%xmm0, %xmm1
	mulpd	%xmm4, %xmm1
	movapd	%xmm1, %xmm0
	unpckhpd	%xmm1, %xmm0
	addsd	%xmm1, %xmm0
	movsd	%xmm0, (%r12,%rbx,8)
	testq	%r14, %r14
	je	.LBB4_14
	movsd	(%r14,%rbx,8), %xmm1
	maxsd	%xmm0, %xmm1
	movsd	%xmm1, (%r14,%rbx,8)
	movapd	%xmm1, %xmm0
.LBB4_14:
	ucomisd	%xmm9, %xmm0
	jb	.LBB4_16
	sqrtsd	%xmm0, %xmm0
	jmp	.LBB4_17
.LBB4_45:
	movq	40(%rdi), %rbx
	movq	80(%rdi), %r12
	leaq	(%rbx,%rax,4), %r14
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB4_58
	movsd	(%r12), %xmm0
	cvtsd2ss	%xmm0, %xmm0
	movupd	8(%r12), %xmm1
	cvtpd2ps	%xmm1, %xmm1
	movsd	24(%r12), %xmm2
	cvtsd2ss	%xmm2, %xmm2
	movl	32(%r12), %eax
	movl	36(%r12), %ecx
	xorl	%edx, %edx
	xorps	%xmm3, %xmm3
	movq	-56(%rbp), %rsi
	movq	-48(%rbp), %rdi
	jmp	.LBB4_47
	.p2align	4
.LBB4_54:
	movaps	%xmm5, %xmm4
.LBB4_55:
	mulss	%xmm0, %xmm4
	movss	(%r15,%rdx,4), %xmm5
	subss	%xmm4, %xmm5
	movss	%xmm5, (%r15,%rdx,4)
	incq	%rdx
	cmpq	%rdx, %rsi
	je	.LBB4_56
.LBB4_47:
	ucomiss	%xmm3, %xmm2
	movss	(%rdi,%rdx,4), %xmm4
	jne	.LBB4_48
	jnp	.LBB4_49
.LBB4_48:
	movss	(%r15,%rdx,4), %xmm5
	mulss	%xmm2, %xmm5
	addss	%xmm5, %xmm4
.LBB4_49:
	ucomiss	%xmm3, %xmm1
	jne	.LBB4_50
	jnp	.LBB4_55
.LBB4_50:
	movaps	%xmm4, %xmm5
	testl	%ecx, %ecx
	jne	.LBB4_52
	movss	(%r14,%rdx,4), %xmm6
	unpcklps	%xmm4, %xmm6
	mulps	%xmm1, %xmm6
	movaps	%xmm6, %xmm5
	shufps	$85, %xmm6, %xmm5
	addss	%xmm6, %xmm5
.LBB4_52:
	movss	%xmm5, (%r14,%rdx,4)
	testl	%eax, %eax
	je	.LBB4_54
	mulss	%xmm1, %xmm5
	addss	%xmm4, %xmm5
	jmp	.LBB4_54
.LBB4_32:
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB4_33
	movsd	(%rbx), %xmm0
	cvtsd2ss	%xmm0, %xmm3
	movupd	8(%rbx), %xmm0
	cvtpd2ps	%xmm0, %xmm4
	movsd	24(%rbx), %xmm0
	cvtsd2ss	%xmm0, %xmm5
	movsd	32(%rbx), %xmm0
	cvtsd2ss	%xmm0, %xmm6
	movsd	48(%rbx), %xmm0
	cvtsd2ss	%xmm0, %xmm0
	movss	%xmm0, -72(%rbp)
	movsd	56(%rbx), %xmm0
	cvtsd2ss	%xmm0, %xmm7
	movsd	64(%rbx), %xmm0
	cvtsd2ss	%xmm0, %xmm8
	movl	40(%rbx), %eax
	movl	%eax, -60(%rbp)
	xorl	%ebx, %ebx
	xorps	%xmm9, %xmm9
	movq	-56(%rbp), %rax
	movq	-48(%rbp), %rcx
	movss	%xmm3, -112(%rbp)
	movapd	%xmm4, -128(%rbp)
	movss	%xmm5, -104(%rbp)
	movss	%xmm6, -96(%rbp)
	movss	%xmm7, -88(%rbp)
	movss	%xmm8, -80(%rbp)
	jmp	.LBB4_35
	.p2align	4
.LBB4_43:
	callq	sqrtf@PLT
	xorps	%xmm9, %xmm9
	movss	-80(%rbp), %xmm8
	movss	-88(%rbp), %xmm7
	movss	-96(%rbp), %xmm6
	movss	-104(%rbp), %xmm5
	movaps	-128(%rbp), %xmm4
	movss	-112(%rbp), %xmm3
	movq	-48(%rbp), %rcx
	movq	-56(%rbp), %rax
.LBB4_44:
	divss	%xmm8, %xmm0
	addss	%xmm5, %xmm0
	movss	(%r15,%rbx,4), %xmm1
	movss	(%r13,%rbx,4), %xmm2
	divss	%xmm0, %xmm2
	mulss	%xmm7, %xmm2
	subss	%xmm2, %xmm1
	movss	%xmm1, (%r15,%rbx,4)
	incq	%rbx
	cmpq	%rbx, %rax
	je	.LBB4_56
.LBB4_35:
	ucomiss	%xmm9, %xmm6
	movss	(%rcx,%rbx,4), %xmm0
	jne	.LBB4_36
	jnp	.LBB4_39
.LBB4_36:
	movss	(%r15,%rbx,4), %xmm1
	cmpl	$0, -60(%rbp)
	je	.LBB4_38
	mulss	-72(%rbp), %xmm1
	movss	%xmm1, (%r15,%rbx,4)
	jmp	.LBB4_39
	.p2align	4
.LBB4_38:
	mulss	%xmm6, %xmm1
	addss	%xmm1, %xmm0
.LBB4_39:
	movss	(%r13,%rbx,4), %xmm1
	movaps	%xmm0, %xmm2
	subss	%xmm1, %xmm2
	mulss	%xmm3, %xmm2
	addss	%xmm1, %xmm2
	movss	%xmm2, (%r13,%rbx,4)
	mulss	%xmm0, %xmm0
	movss	(%r12,%rbx,4), %xmm1
	unpcklps	%xmm0, %xmm1
	mulps	%xmm4, %xmm1
	movaps	%xmm1, %xmm0
	shufps	$85, %xmm1, %xmm0
	addss	%xmm1, %xmm0
	movss	%xmm0, (%r12,%rbx,4)
	testq	%r14, %r14
	je	.LBB4_41
	movss	(%r14,%rbx,4), %xmm1
	maxss	%xmm0, %xmm1
	movss	%xmm1, (%r14,%rbx,4)
	movaps	%xmm1, %xmm0
.LBB4_41:
	ucomiss	%xmm9, %xmm0
	jb	.LBB4_43
	sqrtss	%xmm0, %xmm0
	jmp	.LBB4_44
.LBB4_57:
	testq	%rbx, %rbx
	cmoveq	%rbx, %r14
	movq	%r15, %rdi
	movq	-48(%rbp), %rsi
	movq	%r14, %rdx
	movq	-56(%rbp), %rcx
	movq	%r12, %r8
	addq	$104, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	sgd_avx2_f64
.LBB4_6:
	.cfi_def_cfa %rbp, 16
	movq	%rbx, (%rsp)
	movq	%r15, %rdi
	movq	-48(%rbp), %rsi
	movq	%r13, %rdx
	movq	%r12, %rcx
	movq	%r14, %r8
	movq	-56(%rbp), %r9
	callq	adam_avx2_f64
	jmp	.LBB4_56
.LBB4_58:
	testq	%rbx, %rbx
	cmoveq	%rbx, %r14
	movq	%r15, %rdi
	movq	-48(%rbp), %rsi
	movq	%r14, %rdx
	movq	-56(%rbp), %rcx
	movq	%r12, %r8
	addq	$104, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	sgd_avx2_f32
.LBB4_33:
	.cfi_def_cfa %rbp, 16
	movq	%rbx, (%rsp)
	movq	%r15, %rdi
	movq	-48(%rbp), %rsi
	movq	%r13, %rdx
	movq	%r12, %rcx
	movq	%r14, %r8
	movq	-56(%rbp), %r9
	callq	adam_avx2_f32
.LBB4_56:
	addq	$104, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end4:
	.size	run_chunk, .Lfunc_end4-run_chunk
	.cfi_endproc

	.p2align	4
	.type	adam_avx512_f64,@function
adam_avx512_f64:
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
	andq	$-64, %rsp
	subq	$512, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, %r12
	movq	%rcx, %r14
	movq	%rdx, %r13
	movq	%rdi, %r15
	movq	16(%rbp), %rax
	vbroadcastsd	(%rax), %zmm8
	vmovupd	8(%rax), %xmm9
	vbroadcastsd	24(%rax), %zmm10
	vbroadcastsd	32(%rax), %zmm11
	vbroadcastsd	48(%rax), %zmm0
	vmovapd	%zmm0, 64(%rsp)
	vbroadcastsd	56(%rax), %zmm12
	vbroadcastsd	64(%rax), %zmm13
	movl	40(%rax), %r10d
	cmpq	$8, %r9
	jae	.LBB5_7
	xorl	%ebx, %ebx
	jmp	.LBB5_3
.LBB5_7:
	vbroadcastsd	8(%rax), %zmm0
	vbroadcastsd	16(%rax), %zmm1
	xorl	%eax, %eax
	vxorpd	%xmm2, %xmm2, %xmm2
	jmp	.LBB5_8
	.p2align	4
.LBB5_14:
	vsubpd	%zmm6, %zmm4, %zmm4
	vmulpd	%zmm4, %zmm8, %zmm4
	vaddpd	%zmm4, %zmm6, %zmm4
	vsqrtpd	%zmm7, %zmm6
	vdivpd	%zmm13, %zmm6, %zmm6
	vaddpd	%zmm6, %zmm10, %zmm6
	vdivpd	%zmm6, %zmm4, %zmm6
	vmulpd	%zmm6, %zmm12, %zmm6
	vsubpd	%zmm6, %zmm3, %zmm3
	vmovupd	%zmm4, (%r13,%rax,8)
	vmovupd	%zmm5, (%r14,%rax,8)
	vmovupd	%zmm3, (%r15,%rax,8)
	leaq	8(%rax), %rbx
	addq	$16, %rax
	cmpq	%r9, %rax
	movq	%rbx, %rax
	ja	.LBB5_2
.LBB5_8:
	vucomisd	%xmm2, %xmm11
	vmovupd	(%r15,%rax,8), %zmm3
	vmovupd	(%rsi,%rax,8), %zmm4
	jne	.LBB5_9
	jnp	.LBB5_12
.LBB5_9:
	testl	%r10d, %r10d
	je	.LBB5_11
	vmulpd	64(%rsp), %zmm3, %zmm3
	jmp	.LBB5_12
	.p2align	4
.LBB5_11:
	vmulpd	%zmm3, %zmm11, %zmm5
	vaddpd	%zmm5, %zmm4, %zmm4
.LBB5_12:
	vmovupd	(%r13,%rax,8), %zmm6
	vmulpd	(%r14,%rax,8), %zmm0, %zmm5
	vmulpd	%zmm4, %zmm4, %zmm7
	vmulpd	%zmm7, %zmm1, %zmm7
	vaddpd	%zmm5, %zmm7, %zmm5
	vmovapd	%zmm5, %zmm7
	testq	%r12, %r12
	je	.LBB5_14
	vmovupd	(%r12,%rax,8), %zmm7
	vmaxpd	%zmm5, %zmm7, %zmm7
	vmovupd	%zmm7, (%r12,%rax,8)
	jmp	.LBB5_14
.LBB5_2:
	cmpq	%r9, %rbx
	jae	.LBB5_22
.LBB5_3:
	vxorpd	%xmm3, %xmm3, %xmm3
	movq	%rsi, 40(%rsp)
	movq	%r9, 32(%rsp)
	vmovapd	%zmm8, 384(%rsp)
	vmovapd	%xmm9, 48(%rsp)
	vmovapd	%zmm10, 320(%rsp)
	vmovapd	%zmm11, 256(%rsp)
	vmovapd	%zmm12, 192(%rsp)
	vmovapd	%zmm13, 128(%rsp)
	movl	%r10d, 28(%rsp)
	jmp	.LBB5_4
	.p2align	4
.LBB5_20:
	vzeroupper
	callq	sqrt@PLT
	vxorpd	%xmm3, %xmm3, %xmm3
	movl	28(%rsp), %r10d
	vmovapd	128(%rsp), %zmm13
	vmovapd	192(%rsp), %zmm12
	vmovapd	256(%rsp), %zmm11
	vmovapd	320(%rsp), %zmm10
	vmovapd	48(%rsp), %xmm9
	vmovapd	384(%rsp), %zmm8
	movq	40(%rsp), %rsi
	movq	32(%rsp), %r9
.LBB5_21:
	vdivsd	%xmm13, %xmm0, %xmm0
	vaddsd	%xmm0, %xmm10, %xmm0
	vmovsd	(%r15,%rbx,8), %xmm1
	vmovsd	(%r13,%rbx,8), %xmm2
	vdivsd	%xmm0, %xmm2, %xmm0
	vmulsd	%xmm0, %xmm12, %xmm0
	vsubsd	%xmm0, %xmm1, %xmm0
	vmovsd	%xmm0, (%r15,%rbx,8)
	incq	%rbx
	cmpq	%rbx, %r9
	je	.LBB5_22
.LBB5_4:
	vucomisd	%xmm3, %xmm11
	vmovsd	(%rsi,%rbx,8), %xmm0
	jne	.LBB5_5
	jnp	.LBB5_16
.LBB5_5:
	vmovsd	(%r15,%rbx,8), %xmm1
	testl	%r10d, %r10d
	je	.LBB5_15
	vmulsd	64(%rsp), %xmm1, %xmm1
	vmovsd	%xmm1, (%r15,%rbx,8)
	jmp	.LBB5_16
	.p2align	4
.LBB5_15:
	vmulsd	%xmm1, %xmm11, %xmm1
	vaddsd	%xmm1, %xmm0, %xmm0
.LBB5_16:
	vmovsd	(%r13,%rbx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vmulsd	%xmm2, %xmm8, %xmm2
	vaddsd	%xmm2, %xmm1, %xmm1
	vmovsd	%xmm1, (%r13,%rbx,8)
	vmulsd	%xmm0, %xmm0, %xmm0
	vmovsd	(%r14,%rbx,8), %xmm1
	vunpcklpd	%xmm0, %xmm1, %xmm0
	vmulpd	%xmm0, %xmm9, %xmm0
	vshufpd	$1, %xmm0, %xmm0, %xmm1
	vaddsd	%xmm0, %xmm1, %xmm0
	vmovsd	%xmm0, (%r14,%rbx,8)
	testq	%r12, %r12
	je	.LBB5_18
	vmovsd	(%r12,%rbx,8), %xmm1
	vmaxsd	%xmm0, %xmm1, %xmm0
	vmovsd	%xmm0, (%r12,%rbx,8)
.LBB5_18:
	vucomisd	%xmm3, %xmm0
	jb	.LBB5_20
	vsqrtsd	%xmm0, %xmm0, %xmm0
	jmp	.LBB5_21
.LBB5_22:
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
.Lfunc_end5:
	.size	adam_avx512_f64, .Lfunc_end5-adam_avx512_f64
	.cfi_endproc

	.p2align	4
	.type	adam_avx2_f64,@function
adam_avx2_f64:
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
	subq	$288, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, %r12
	movq	%rcx, %r14
	movq	%rdx, %r13
	movq	%rdi, %r15
	movq	16(%rbp), %rax
	vbroadcastsd	(%rax), %ymm8
	vmovupd	8(%rax), %xmm9
	vbroadcastsd	24(%rax), %ymm10
	vbroadcastsd	32(%rax), %ymm11
	vbroadcastsd	48(%rax), %ymm0
	vmovapd	%ymm0, 64(%rsp)
	vbroadcastsd	56(%rax), %ymm12
	vbroadcastsd	64(%rax), %ymm13
	movl	40(%rax), %r10d
	cmpq	$4, %r9
	jae	.LBB6_7
	xorl	%ebx, %ebx
	jmp	.LBB6_3
.LBB6_7:
	vbroadcastsd	8(%rax), %ymm0
	vbroadcastsd	16(%rax), %ymm1
	xorl	%eax, %eax
	vxorpd	%xmm2, %xmm2, %xmm2
	jmp	.LBB6_8
	.p2align	4
.LBB6_14:
	vsubpd	%ymm6, %ymm4, %ymm4
	vmulpd	%ymm4, %ymm8, %ymm4
	vaddpd	%ymm4, %ymm6, %ymm4
	vsqrtpd	%ymm7, %ymm6
	vdivpd	%ymm13, %ymm6, %ymm6
	vaddpd	%ymm6, %ymm10, %ymm6
	vdivpd	%ymm6, %ymm4, %ymm6
	vmulpd	%ymm6, %ymm12, %ymm6
	vsubpd	%ymm6, %ymm3, %ymm3
	vmovupd	%ymm4, (%r13,%rax,8)
	vmovupd	%ymm5, (%r14,%rax,8)
	vmovupd	%ymm3, (%r15,%rax,8)
	leaq	4(%rax), %rbx
	addq	$8, %rax
	cmpq	%r9, %rax
	movq	%rbx, %rax
	ja	.LBB6_2
.LBB6_8:
	vucomisd	%xmm2, %xmm11
	vmovupd	(%r15,%rax,8), %ymm3
	vmovupd	(%rsi,%rax,8), %ymm4
	jne	.LBB6_9
	jnp	.LBB6_12
.LBB6_9:
	testl	%r10d, %r10d
	je	.LBB6_11
	vmulpd	64(%rsp), %ymm3, %ymm3
	jmp	.LBB6_12
	.p2align	4
.LBB6_11:
	vmulpd	%ymm3, %ymm11, %ymm5
	vaddpd	%ymm5, %ymm4, %ymm4
.LBB6_12:
	vmovupd	(%r13,%rax,8), %ymm6
	vmulpd	(%r14,%rax,8), %ymm0, %ymm5
	vmulpd	%ymm4, %ymm4, %ymm7
	vmulpd	%ymm7, %ymm1, %ymm7
	vaddpd	%ymm5, %ymm7, %ymm5
	vmovapd	%ymm5, %ymm7
	testq	%r12, %r12
	je	.LBB6_14
	vmovupd	(%r12,%rax,8), %ymm7
	vmaxpd	%ymm5, %ymm7, %ymm7
	vmovupd	%ymm7, (%r12,%rax,8)
	jmp	.LBB6_14
.LBB6_2:
	cmpq	%r9, %rbx
	jae	.LBB6_22
.LBB6_3:
	vxorpd	%xmm3, %xmm3, %xmm3
	movq	%rsi, 40(%rsp)
	movq	%r9, 32(%rsp)
	vmovapd	%ymm8, 224(%rsp)
	vmovapd	%xmm9, 48(%rsp)
	vmovapd	%ymm10, 192(%rsp)
	vmovapd	%ymm11, 160(%rsp)
	vmovapd	%ymm12, 128(%rsp)
	vmovapd	%ymm13, 96(%rsp)
	movl	%r10d, 28(%rsp)
	jmp	.LBB6_4
	.p2align	4
.LBB6_20:
	vzeroupper
	callq	sqrt@PLT
	vxorpd	%xmm3, %xmm3, %xmm3
	movl	28(%rsp), %r10d
	vmovapd	96(%rsp), %ymm13
	vmovapd	128(%rsp), %ymm12
	vmovapd	160(%rsp), %ymm11
	vmovapd	192(%rsp), %ymm10
	vmovapd	48(%rsp), %xmm9
	vmovapd	224(%rsp), %ymm8
	movq	40(%rsp), %rsi
	movq	32(%rsp), %r9
.LBB6_21:
	vdivsd	%xmm13, %xmm0, %xmm0
	vaddsd	%xmm0, %xmm10, %xmm0
	vmovsd	(%r15,%rbx,8), %xmm1
	vmovsd	(%r13,%rbx,8), %xmm2
	vdivsd	%xmm0, %xmm2, %xmm0
	vmulsd	%xmm0, %xmm12, %xmm0
	vsubsd	%xmm0, %xmm1, %xmm0
	vmovsd	%xmm0, (%r15,%rbx,8)
	incq	%rbx
	cmpq	%rbx, %r9
	je	.LBB6_22
.LBB6_4:
	vucomisd	%xmm3, %xmm11
	vmovsd	(%rsi,%rbx,8), %xmm0
	jne	.LBB6_5
	jnp	.LBB6_16
.LBB6_5:
	vmovsd	(%r15,%rbx,8), %xmm1
	testl	%r10d, %r10d
	je	.LBB6_15
	vmulsd	64(%rsp), %xmm1, %xmm1
	vmovsd	%xmm1, (%r15,%rbx,8)
	jmp	.LBB6_16
	.p2align	4
.LBB6_15:
	vmulsd	%xmm1, %xmm11, %xmm1
	vaddsd	%xmm1, %xmm0, %xmm0
.LBB6_16:
	vmovsd	(%r13,%rbx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vmulsd	%xmm2, %xmm8, %xmm2
	vaddsd	%xmm2, %xmm1, %xmm1
	vmovsd	%xmm1, (%r13,%rbx,8)
	vmulsd	%xmm0, %xmm0, %xmm0
	vmovsd	(%r14,%rbx,8), %xmm1
	vunpcklpd	%xmm0, %xmm1, %xmm0
	vmulpd	%xmm0, %xmm9, %xmm0
	vshufpd	$1, %xmm0, %xmm0, %xmm1
	vaddsd	%xmm0, %xmm1, %xmm0
	vmovsd	%xmm0, (%r14,%rbx,8)
	testq	%r12, %r12
	je	.LBB6_18
	vmovsd	(%r12,%rbx,8), %xmm1
	vmaxsd	%xmm0, %xmm1, %xmm0
	vmovsd	%xmm0, (%r12,%rbx,8)
.LBB6_18:
	vucomisd	%xmm3, %xmm0
	jb	.LBB6_20
	vsqrtsd	%xmm0, %xmm0, %xmm0
	jmp	.LBB6_21
.LBB6_22:
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
.Lfunc_end6:
	.size	adam_avx2_f64, .Lfunc_end6-adam_avx2_f64
	.cfi_endproc

	.p2align	4
	.type	sgd_avx2_f64,@function
sgd_avx2_f64:
	.cfi_startproc
	vbroadcastsd	(%r8), %ymm0
	vbroadcastsd	24(%r8), %ymm1
	vmovupd	8(%r8), %xmm2
	movl	32(%r8), %eax
	vbroadcastsd	8(%r8), %ymm3
	movl	36(%r8), %r9d
	vbroadcastsd	16(%r8), %ymm4
	xorl	%r10d, %r10d
	cmpq	$4, %rcx
	jb	.LBB7_13
	vxorpd	%xmm5, %xmm5, %xmm5
	jmp	.LBB7_4
	.p2align	4
.LBB7_2:
	vmulpd	%ymm3, %ymm8, %ymm8
	vaddpd	%ymm7, %ymm8, %ymm7
.LBB7_3:
	vmulpd	%ymm7, %ymm0, %ymm7
	vsubpd	%ymm7, %ymm6, %ymm6
	vmovupd	%ymm6, (%rdi,%r8,8)
	leaq	4(%r8), %r10
	addq	$8, %r8
	cmpq	%rcx, %r8
	ja	.LBB7_12
.LBB7_4:
	movq	%r10, %r8
	vucomisd	%xmm5, %xmm1
	vmovupd	(%rdi,%r10,8), %ymm6
	vmovupd	(%rsi,%r10,8), %ymm8
	vmulpd	%ymm6, %ymm1, %ymm7
	vaddpd	%ymm7, %ymm8, %ymm7
	jne	.LBB7_7
	jp	.LBB7_7
	vmovapd	%ymm8, %ymm7
.LBB7_7:
	vucomisd	%xmm5, %xmm2
	jne	.LBB7_8
	jnp	.LBB7_3
.LBB7_8:
	vmovapd	%ymm7, %ymm8
	testl	%r9d, %r9d
	jne	.LBB7_10
	vmulpd	(%rdx,%r8,8), %ymm3, %ymm8
	vmulpd	%ymm7, %ymm4, %ymm9
	vaddpd	%ymm8, %ymm9, %ymm8
.LBB7_10:
	vmovupd	%ymm8, (%rdx,%r8,8)
	testl	%eax, %eax
	jne	.LBB7_2
	vmovapd	%ymm8, %ymm7
	jmp	.LBB7_3
.LBB7_12:
	cmpq	%rcx, %r10
	jae	.LBB7_24
.LBB7_13:
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
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, %r8
	subq	%r10, %r8
	cmpq	$12, %r8
	jae	.LBB7_15
.LBB7_27:
	movq	%r10, %r8
.LBB7_28:
	vxorpd	%xmm3, %xmm3, %xmm3
	jmp	.LBB7_31
	.p2align	4
.LBB7_29:
	vmovapd	%xmm5, %xmm4
.LBB7_30:
	vmovsd	(%rdi,%r8,8), %xmm5
	vmulsd	%xmm4, %xmm0, %xmm4
	vsubsd	%xmm4, %xmm5, %xmm4
	vmovsd	%xmm4, (%rdi,%r8,8)
	incq	%r8
	cmpq	%r8, %rcx
	je	.LBB7_23
.LBB7_31:
	vucomisd	%xmm3, %xmm1
	vmovsd	(%rsi,%r8,8), %xmm4
	jne	.LBB7_32
	jnp	.LBB7_33
.LBB7_32:
	vmulsd	(%rdi,%r8,8), %xmm1, %xmm5
	vaddsd	%xmm5, %xmm4, %xmm4
.LBB7_33:
	vucomisd	%xmm3, %xmm2
	jne	.LBB7_34
	jnp	.LBB7_30
.LBB7_34:
	vmovapd	%xmm4, %xmm5
	testl	%r9d, %r9d
	jne	.LBB7_36
	vmovsd	(%rdx,%r8,8), %xmm5
	vunpcklpd	%xmm4, %xmm5, %xmm5
	vmulpd	%xmm5, %xmm2, %xmm5
	vshufpd	$1, %xmm5, %xmm5, %xmm6
	vaddsd	%xmm5, %xmm6, %xmm5
.LBB7_36:
	vmovsd	%xmm5, (%rdx,%r8,8)
	testl	%eax, %eax
	je	.LBB7_29
	vmulsd	%xmm5, %xmm2, %xmm5
	vaddsd	%xmm5, %xmm4, %xmm5
	jmp	.LBB7_29
.LBB7_15:
	leaq	(%rdx,%r10,8), %r11
	leaq	(%rdx,%rcx,8), %rbx
	leaq	(%rdi,%r10,8), %r15
	leaq	(%rdi,%rcx,8), %r12
	leaq	(%rsi,%r10,8), %r13
	leaq	(%rsi,%rcx,8), %r14
	cmpq	%r12, %r11
	setb	-43(%rbp)
	cmpq	%rbx, %r15
	setb	-42(%rbp)
	cmpq	%r14, %r11
	setb	%r11b
	cmpq	%rbx, %r13
	setb	-41(%rbp)
	cmpq	%r14, %r15
	setb	%bl
	cmpq	%r12, %r13
	setb	%r15b
	movzbl	-42(%rbp), %r14d
	testb	%r14b, -43(%rbp)
	jne	.LBB7_27
	andb	-41(%rbp), %r11b
	jne	.LBB7_27
	andb	%r15b, %bl
	jne	.LBB7_27
	testl	%r9d, %r9d
	sete	%bl
	vxorpd	%xmm5, %xmm5, %xmm5
	vucomisd	%xmm5, %xmm2
	setp	%r11b
	setne	%r14b
	orb	%r11b, %r14b
	vucomisd	%xmm5, %xmm1
	setp	%r11b
	setne	%r15b
	orb	%r11b, %r15b
	movl	%ecx, %r11d
	andl	$3, %r11d
	subq	%r11, %r8
	vmovd	%ebx, %xmm5
	vpbroadcastb	%xmm5, %xmm5
	vmovd	%r14d, %xmm6
	vpbroadcastb	%xmm6, %xmm7
	vmovd	%r15d, %xmm6
	vpbroadcastb	%xmm6, %xmm6
	addq	%r10, %r8
	vpand	%xmm5, %xmm7, %xmm8
	vpslld	$31, %xmm6, %xmm5
	vpsrad	$31, %xmm5, %xmm5
	vpmovsxdq	%xmm5, %ymm5
	vpslld	$31, %xmm8, %xmm6
	vpsrad	$31, %xmm6, %xmm6
	vpmovsxdq	%xmm6, %ymm6
	vpslld	$31, %xmm7, %xmm7
	vpsrad	$31, %xmm7, %xmm7
	vpmovsxdq	%xmm7, %ymm7
	jmp	.LBB7_20
	.p2align	4
.LBB7_19:
	vblendvpd	%ymm7, %ymm9, %ymm8, %ymm8
	vmovupd	(%rdi,%r10,8), %ymm9
	vmulpd	%ymm0, %ymm8, %ymm8
	vsubpd	%ymm8, %ymm9, %ymm8
	vmovupd	%ymm8, (%rdi,%r10,8)
	addq	$4, %r10
	cmpq	%r10, %r8
	je	.LBB7_22
.LBB7_20:
	vmovupd	(%rsi,%r10,8), %ymm8
	vmaskmovpd	(%rdi,%r10,8), %ymm5, %ymm9
	vmulpd	%ymm1, %ymm9, %ymm9
	vaddpd	%ymm9, %ymm8, %ymm9
	vblendvpd	%ymm5, %ymm9, %ymm8, %ymm8
	vmaskmovpd	(%rdx,%r10,8), %ymm6, %ymm9
	vmulpd	%ymm3, %ymm9, %ymm9
	vmulpd	%ymm4, %ymm8, %ymm10
	vaddpd	%ymm9, %ymm10, %ymm9
	vblendvpd	%ymm6, %ymm9, %ymm8, %ymm9
	vmaskmovpd	%ymm9, %ymm7, (%rdx,%r10,8)
	testl	%eax, %eax
	je	.LBB7_19
	vmulpd	%ymm3, %ymm9, %ymm9
	vaddpd	%ymm9, %ymm8, %ymm9
	jmp	.LBB7_19
.LBB7_22:
	testq	%r11, %r11
	jne	.LBB7_28
.LBB7_23:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbx
	.cfi_restore %r12
	.cfi_restore %r13
	.cfi_restore %r14
	.cfi_restore %r15
	.cfi_restore %rbp
.LBB7_24:
	vzeroupper
	retq
.Lfunc_end7:
	.size	sgd_avx2_f64, .Lfunc_end7-sgd_avx2_f64
	.cfi_endproc

	.p2align	4
	.type	adam_avx512_f32,@function
adam_avx512_f32:
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
	subq	$136, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, %r14
	movq	%rdx, %rbx
	movq	16(%rbp), %rax
	vmovsd	(%rax), %xmm0
	vmovsd	24(%rax), %xmm1
	vcvtpd2psx	8(%rax), %xmm14
	vcvtsd2ss	%xmm0, %xmm0, %xmm15
	vcvtsd2ss	%xmm1, %xmm1, %xmm16
	movq	%rsi, %r15
	vmovsd	32(%rax), %xmm0
	vcvtsd2ss	%xmm0, %xmm0, %xmm17
	movq	%rdi, %r12
	vmovsd	48(%rax), %xmm0
	vcvtsd2ss	%xmm0, %xmm0, %xmm1
	vmovsd	56(%rax), %xmm0
	vcvtsd2ss	%xmm0, %xmm0, %xmm18
	vmovsd	64(%rax), %xmm0
	vcvtsd2ss	%xmm0, %xmm0, %xmm19
	movl	40(%rax), %r10d
	cmpq	$16, %r9
	vmovaps	%xmm1, -80(%rbp)
	jae	.LBB8_7
	xorl	%r13d, %r13d
	jmp	.LBB8_3
.LBB8_7:
	vbroadcastss	%xmm15, %zmm0
	vmovaps	%xmm1, %xmm5
	vbroadcastss	%xmm14, %zmm1
	vmovshdup	%xmm14, %xmm2
	vbroadcastss	%xmm2, %zmm2
	vbroadcastss	%xmm16, %zmm3
	vbroadcastss	%xmm17, %zmm4
	vbroadcastss	%xmm5, %zmm5
	vbroadcastss	%xmm18, %zmm6
	vbroadcastss	%xmm19, %zmm7
	xorl	%eax, %eax
	vxorps	%xmm8, %xmm8, %xmm8
	jmp	.LBB8_8
	.p2align	4
.LBB8_14:
	vsubps	%zmm12, %zmm10, %zmm10
	vmulps	%zmm10, %zmm0, %zmm10
	vaddps	%zmm10, %zmm12, %zmm10
	vsqrtps	%zmm13, %zmm12
	vdivps	%zmm7, %zmm12, %zmm12
	vaddps	%zmm12, %zmm3, %zmm12
	vdivps	%zmm12, %zmm10, %zmm12
	vmulps	%zmm12, %zmm6, %zmm12
	vsubps	%zmm12, %zmm9, %zmm9
	vmovups	%zmm10, (%rbx,%rax,4)
	vmovups	%zmm11, (%r14,%rax,4)
	vmovups	%zmm9, (%r12,%rax,4)
	leaq	16(%rax), %r13
	addq	$32, %rax
	cmpq	%r9, %rax
	movq	%r13, %rax
	ja	.LBB8_2
.LBB8_8:
	vucomiss	%xmm8, %xmm17
	vmovups	(%r12,%rax,4), %zmm9
	vmovups	(%r15,%rax,4), %zmm10
	jne	.LBB8_9
	jnp	.LBB8_12
.LBB8_9:
	testl	%r10d, %r10d
	je	.LBB8_11
	vmulps	%zmm9, %zmm5, %zmm9
	jmp	.LBB8_12
	.p2align	4
.LBB8_11:
	vmulps	%zmm9, %zmm4, %zmm11
	vaddps	%zmm11, %zmm10, %zmm10
.LBB8_12:
	vmovups	(%rbx,%rax,4), %zmm12
	vmulps	(%r14,%rax,4), %zmm1, %zmm11
	vmulps	%zmm10, %zmm10, %zmm13
	vmulps	%zmm13, %zmm2, %zmm13
	vaddps	%zmm11, %zmm13, %zmm11
	vmovaps	%zmm11, %zmm13
	testq	%r8, %r8
	je	.LBB8_14
	vmovups	(%r8,%rax,4), %zmm13
	vmaxps	%zmm11, %zmm13, %zmm13
	vmovups	%zmm13, (%r8,%rax,4)
	jmp	.LBB8_14
.LBB8_2:
	cmpq	%r9, %r13
	jae	.LBB8_22
.LBB8_3:
	vxorps	%xmm3, %xmm3, %xmm3
	vmovaps	%xmm14, -176(%rbp)
	vmovaps	%xmm15, -160(%rbp)
	vextractf32x4	$0, %zmm16, -144(%rbp)
	movq	%r9, -64(%rbp)
	vextractf32x4	$0, %zmm17, -128(%rbp)
	movq	%r8, -56(%rbp)
	vextractf32x4	$0, %zmm18, -112(%rbp)
	vextractf32x4	$0, %zmm19, -96(%rbp)
	movl	%r10d, -44(%rbp)
	jmp	.LBB8_4
	.p2align	4
.LBB8_20:
	vzeroupper
	callq	sqrtf@PLT
	vxorps	%xmm3, %xmm3, %xmm3
	movl	-44(%rbp), %r10d
	vbroadcastf32x4	-96(%rbp), %zmm19
	vbroadcastf32x4	-112(%rbp), %zmm18
	vbroadcastf32x4	-128(%rbp), %zmm17
	vbroadcastf32x4	-144(%rbp), %zmm16
	vmovaps	-160(%rbp), %xmm15
	vmovaps	-176(%rbp), %xmm14
	movq	-56(%rbp), %r8
	movq	-64(%rbp), %r9
.LBB8_21:
	vdivss	%xmm19, %xmm0, %xmm0
	vaddss	%xmm16, %xmm0, %xmm0
	vmovss	(%r12,%r13,4), %xmm1
	vmovss	(%rbx,%r13,4), %xmm2
	vdivss	%xmm0, %xmm2, %xmm0
	vmulss	%xmm18, %xmm0, %xmm0
	vsubss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm0, (%r12,%r13,4)
	incq	%r13
	cmpq	%r13, %r9
	je	.LBB8_22
.LBB8_4:
	vucomiss	%xmm3, %xmm17
	vmovss	(%r15,%r13,4), %xmm0
	jne	.LBB8_5
	jnp	.LBB8_16
.LBB8_5:
	vmovss	(%r12,%r13,4), %xmm1
	testl	%r10d, %r10d
	je	.LBB8_15
	vmulss	-80(%rbp), %xmm1, %xmm1
	vmovss	%xmm1, (%r12,%r13,4)
	jmp	.LBB8_16
	.p2align	4
.LBB8_15:
	vmulss	%xmm17, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
.LBB8_16:
	vmovss	(%rbx,%r13,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vmulss	%xmm2, %xmm15, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	vmovss	%xmm1, (%rbx,%r13,4)
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	(%r14,%r13,4), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmulps	%xmm0, %xmm14, %xmm0
	vmovshdup	%xmm0, %xmm1
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm0, (%r14,%r13,4)
	testq	%r8, %r8
	je	.LBB8_18
	vmovss	(%r8,%r13,4), %xmm1
	vmaxss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm0, (%r8,%r13,4)
.LBB8_18:
	vucomiss	%xmm3, %xmm0
	jb	.LBB8_20
	vsqrtss	%xmm0, %xmm0, %xmm0
	jmp	.LBB8_21
.LBB8_22:
	addq	$136, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end8:
	.size	adam_avx512_f32, .Lfunc_end8-adam_avx512_f32
	.cfi_endproc

	.p2align	4
	.type	adam_avx2_f32,@function
adam_avx2_f32:
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
	subq	$136, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, %r15
	movq	%r8, %r12
	movq	%rcx, %r14
	movq	%rdx, %rbx
	movq	16(%rbp), %rax
	vmovsd	(%rax), %xmm0
	vmovsd	24(%rax), %xmm1
	vcvtpd2psx	8(%rax), %xmm14
	vcvtsd2ss	%xmm0, %xmm0, %xmm15
	vcvtsd2ss	%xmm1, %xmm1, %xmm3
	vmovsd	32(%rax), %xmm0
	vcvtsd2ss	%xmm0, %xmm0, %xmm9
	vmovsd	48(%rax), %xmm0
	vcvtsd2ss	%xmm0, %xmm0, %xmm1
	vmovsd	56(%rax), %xmm0
	vcvtsd2ss	%xmm0, %xmm0, %xmm6
	vmovsd	64(%rax), %xmm0
	vcvtsd2ss	%xmm0, %xmm0, %xmm7
	movl	40(%rax), %r10d
	cmpq	$8, %r9
	vmovaps	%xmm3, -112(%rbp)
	vmovaps	%xmm9, -128(%rbp)
	vmovaps	%xmm6, -96(%rbp)
	vmovaps	%xmm7, -80(%rbp)
	vmovaps	%xmm1, -144(%rbp)
	jae	.LBB9_7
	xorl	%r13d, %r13d
	jmp	.LBB9_3
.LBB9_7:
	vbroadcastss	%xmm15, %ymm0
	vmovaps	%xmm1, %xmm5
	vbroadcastss	%xmm14, %ymm1
	vmovshdup	%xmm14, %xmm2
	vbroadcastss	%xmm2, %ymm2
	vbroadcastss	%xmm3, %ymm3
	vbroadcastss	%xmm9, %ymm4
	vbroadcastss	%xmm5, %ymm5
	vbroadcastss	%xmm6, %ymm6
	vbroadcastss	%xmm7, %ymm7
	xorl	%eax, %eax
	vxorps	%xmm8, %xmm8, %xmm8
	jmp	.LBB9_8
	.p2align	4
.LBB9_14:
	vsubps	%ymm12, %ymm10, %ymm10
	vmulps	%ymm0, %ymm10, %ymm10
	vaddps	%ymm10, %ymm12, %ymm10
	vsqrtps	%ymm13, %ymm12
	vdivps	%ymm7, %ymm12, %ymm12
	vaddps	%ymm3, %ymm12, %ymm12
	vdivps	%ymm12, %ymm10, %ymm12
	vmulps	%ymm6, %ymm12, %ymm12
	vsubps	%ymm12, %ymm9, %ymm9
	vmovups	%ymm10, (%rbx,%rax,4)
	vmovups	%ymm11, (%r14,%rax,4)
	vmovups	%ymm9, (%rdi,%rax,4)
	leaq	8(%rax), %r13
	addq	$16, %rax
	cmpq	%r15, %rax
	movq	%r13, %rax
	vmovaps	-128(%rbp), %xmm9
	ja	.LBB9_2
.LBB9_8:
	vucomiss	%xmm8, %xmm9
	vmovups	(%rdi,%rax,4), %ymm9
	vmovups	(%rsi,%rax,4), %ymm10
	jne	.LBB9_9
	jnp	.LBB9_12
.LBB9_9:
	testl	%r10d, %r10d
	je	.LBB9_11
	vmulps	%ymm5, %ymm9, %ymm9
	jmp	.LBB9_12
	.p2align	4
.LBB9_11:
	vmulps	%ymm4, %ymm9, %ymm11
	vaddps	%ymm11, %ymm10, %ymm10
.LBB9_12:
	vmovups	(%rbx,%rax,4), %ymm12
	vmulps	(%r14,%rax,4), %ymm1, %ymm11
	vmulps	%ymm10, %ymm10, %ymm13
	vmulps	%ymm2, %ymm13, %ymm13
	vaddps	%ymm11, %ymm13, %ymm11
	vmovaps	%ymm11, %ymm13
	testq	%r12, %r12
	je	.LBB9_14
	vmovups	(%r12,%rax,4), %ymm13
	vmaxps	%ymm11, %ymm13, %ymm13
	vmovups	%ymm13, (%r12,%rax,4)
	jmp	.LBB9_14
.LBB9_2:
	cmpq	%r15, %r13
	vmovaps	-112(%rbp), %xmm3
	vmovaps	-96(%rbp), %xmm6
	vmovaps	-80(%rbp), %xmm7
	jae	.LBB9_22
.LBB9_3:
	vxorps	%xmm4, %xmm4, %xmm4
	vmovaps	%xmm14, -176(%rbp)
	vmovaps	%xmm15, -160(%rbp)
	movq	%rsi, -64(%rbp)
	movq	%rdi, -56(%rbp)
	movl	%r10d, -44(%rbp)
	jmp	.LBB9_4
	.p2align	4
.LBB9_20:
	vzeroupper
	callq	sqrtf@PLT
	vxorps	%xmm4, %xmm4, %xmm4
	movl	-44(%rbp), %r10d
	vmovaps	-80(%rbp), %xmm7
	vmovaps	-96(%rbp), %xmm6
	movq	-56(%rbp), %rdi
	vmovaps	-128(%rbp), %xmm9
	movq	-64(%rbp), %rsi
	vmovaps	-112(%rbp), %xmm3
	vmovaps	-160(%rbp), %xmm15
	vmovaps	-176(%rbp), %xmm14
.LBB9_21:
	vdivss	%xmm7, %xmm0, %xmm0
	vaddss	%xmm3, %xmm0, %xmm0
	vmovss	(%rdi,%r13,4), %xmm1
	vmovss	(%rbx,%r13,4), %xmm2
	vdivss	%xmm0, %xmm2, %xmm0
	vmulss	%xmm6, %xmm0, %xmm0
	vsubss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm0, (%rdi,%r13,4)
	incq	%r13
	cmpq	%r13, %r15
	je	.LBB9_22
.LBB9_4:
	vucomiss	%xmm4, %xmm9
	vmovss	(%rsi,%r13,4), %xmm0
	jne	.LBB9_5
	jnp	.LBB9_16
.LBB9_5:
	vmovss	(%rdi,%r13,4), %xmm1
	testl	%r10d, %r10d
	je	.LBB9_15
	vmulss	-144(%rbp), %xmm1, %xmm1
	vmovss	%xmm1, (%rdi,%r13,4)
	jmp	.LBB9_16
	.p2align	4
.LBB9_15:
	vmulss	%xmm1, %xmm9, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
.LBB9_16:
	vmovss	(%rbx,%r13,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vmulss	%xmm2, %xmm15, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	vmovss	%xmm1, (%rbx,%r13,4)
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	(%r14,%r13,4), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmulps	%xmm0, %xmm14, %xmm0
	vmovshdup	%xmm0, %xmm1
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm0, (%r14,%r13,4)
	testq	%r12, %r12
	je	.LBB9_18
	vmovss	(%r12,%r13,4), %xmm1
	vmaxss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm0, (%r12,%r13,4)
.LBB9_18:
	vucomiss	%xmm4, %xmm0
	jb	.LBB9_20
	vsqrtss	%xmm0, %xmm0, %xmm0
	jmp	.LBB9_21
.LBB9_22:
	addq	$136, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end9:
	.size	adam_avx2_f32, .Lfunc_end9-adam_avx2_f32
	.cfi_endproc

	.p2align	4
	.type	sgd_avx2_f32,@function
sgd_avx2_f32:
	.cfi_startproc
	vmovsd	(%r8), %xmm1
	vmovsd	24(%r8), %xmm2
	vcvtpd2psx	8(%r8), %xmm0
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	vcvtsd2ss	%xmm2, %xmm2, %xmm2
	movl	32(%r8), %eax
	movl	36(%r8), %r8d
	vbroadcastss	%xmm1, %ymm3
	vbroadcastss	%xmm0, %ymm4
	vmovshdup	%xmm0, %xmm5
	vbroadcastss	%xmm5, %ymm5
	vbroadcastss	%xmm2, %ymm6
	xorl	%r10d, %r10d
	cmpq	$8, %rcx
	jb	.LBB10_13
	vxorps	%xmm7, %xmm7, %xmm7
	jmp	.LBB10_4
	.p2align	4
.LBB10_2:
	vmulps	%ymm4, %ymm10, %ymm10
	vaddps	%ymm10, %ymm9, %ymm9
.LBB10_3:
	vmulps	%ymm3, %ymm9, %ymm9
	vsubps	%ymm9, %ymm8, %ymm8
	vmovups	%ymm8, (%rdi,%r9,4)
	leaq	8(%r9), %r10
	addq	$16, %r9
	cmpq	%rcx, %r9
	ja	.LBB10_12
.LBB10_4:
	movq	%r10, %r9
	vucomiss	%xmm7, %xmm2
	vmovups	(%rdi,%r10,4), %ymm8
	vmovups	(%rsi,%r10,4), %ymm10
	vmulps	%ymm6, %ymm8, %ymm9
	vaddps	%ymm9, %ymm10, %ymm9
	jne	.LBB10_7
	jp	.LBB10_7
	vmovaps	%ymm10, %ymm9
.LBB10_7:
	vucomiss	%xmm7, %xmm0
	jne	.LBB10_8
	jnp	.LBB10_3
.LBB10_8:
	vmovaps	%ymm9, %ymm10
	testl	%r8d, %r8d
	jne	.LBB10_10
	vmulps	(%rdx,%r9,4), %ymm4, %ymm10
	vmulps	%ymm5, %ymm9, %ymm11
	vaddps	%ymm10, %ymm11, %ymm10
.LBB10_10:
	vmovups	%ymm10, (%rdx,%r9,4)
	testl	%eax, %eax
	jne	.LBB10_2
	vmovaps	%ymm10, %ymm9
	jmp	.LBB10_3
.LBB10_12:
	cmpq	%rcx, %r10
	jae	.LBB10_24
.LBB10_13:
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
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, %r9
	subq	%r10, %r9
	cmpq	$16, %r9
	jae	.LBB10_15
.LBB10_27:
	movq	%r10, %r9
.LBB10_28:
	vxorps	%xmm3, %xmm3, %xmm3
	jmp	.LBB10_31
	.p2align	4
.LBB10_29:
	vmovaps	%xmm5, %xmm4
.LBB10_30:
	vmovss	(%rdi,%r9,4), %xmm5
	vmulss	%xmm1, %xmm4, %xmm4
	vsubss	%xmm4, %xmm5, %xmm4
	vmovss	%xmm4, (%rdi,%r9,4)
	incq	%r9
	cmpq	%r9, %rcx
	je	.LBB10_23
.LBB10_31:
	vucomiss	%xmm3, %xmm2
	vmovss	(%rsi,%r9,4), %xmm4
	jne	.LBB10_32
	jnp	.LBB10_33
.LBB10_32:
	vmulss	(%rdi,%r9,4), %xmm2, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
.LBB10_33:
	vucomiss	%xmm3, %xmm0
	jne	.LBB10_34
	jnp	.LBB10_30
.LBB10_34:
	vmovaps	%xmm4, %xmm5
	testl	%r8d, %r8d
	jne	.LBB10_36
	vmovss	(%rdx,%r9,4), %xmm5
	vinsertps	$16, %xmm4, %xmm5, %xmm5
	vmulps	%xmm0, %xmm5, %xmm5
	vmovshdup	%xmm5, %xmm6
	vaddss	%xmm5, %xmm6, %xmm5
.LBB10_36:
	vmovss	%xmm5, (%rdx,%r9,4)
	testl	%eax, %eax
	je	.LBB10_29
	vmulss	%xmm0, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm5
	jmp	.LBB10_29
.LBB10_15:
	leaq	(%rdx,%r10,4), %r11
	leaq	(%rdx,%rcx,4), %rbx
	leaq	(%rdi,%r10,4), %r15
	leaq	(%rdi,%rcx,4), %r12
	leaq	(%rsi,%r10,4), %r13
	leaq	(%rsi,%rcx,4), %r14
	cmpq	%r12, %r11
	setb	-43(%rbp)
	cmpq	%rbx, %r15
	setb	-42(%rbp)
	cmpq	%r14, %r11
	setb	%r11b
	cmpq	%rbx, %r13
	setb	-41(%rbp)
	cmpq	%r14, %r15
	setb	%bl
	cmpq	%r12, %r13
	setb	%r15b
	movzbl	-42(%rbp), %r14d
	testb	%r14b, -43(%rbp)
	jne	.LBB10_27
	andb	-41(%rbp), %r11b
	jne	.LBB10_27
	andb	%r15b, %bl
	jne	.LBB10_27
	testl	%r8d, %r8d
	sete	%bl
	vxorps	%xmm7, %xmm7, %xmm7
	vucomiss	%xmm7, %xmm0
	setp	%r11b
	setne	%r14b
	orb	%r11b, %r14b
	vucomiss	%xmm7, %xmm2
	setp	%r11b
	setne	%r15b
	orb	%r11b, %r15b
	movl	%ecx, %r11d
	andl	$7, %r11d
	subq	%r11, %r9
	vmovd	%ebx, %xmm7
	vpbroadcastb	%xmm7, %xmm7
	vmovd	%r14d, %xmm8
	vpbroadcastb	%xmm8, %xmm9
	vmovd	%r15d, %xmm8
	vpbroadcastb	%xmm8, %xmm8
	addq	%r10, %r9
	vpand	%xmm7, %xmm9, %xmm10
	vpmovzxwd	%xmm8, %ymm7
	vpslld	$31, %ymm7, %ymm7
	vpmovzxwd	%xmm10, %ymm8
	vpslld	$31, %ymm8, %ymm8
	vpmovzxwd	%xmm9, %ymm9
	vpslld	$31, %ymm9, %ymm9
	jmp	.LBB10_20
	.p2align	4
.LBB10_19:
	vblendvps	%ymm9, %ymm11, %ymm10, %ymm10
	vmovups	(%rdi,%r10,4), %ymm11
	vmulps	%ymm3, %ymm10, %ymm10
	vsubps	%ymm10, %ymm11, %ymm10
	vmovups	%ymm10, (%rdi,%r10,4)
	addq	$8, %r10
	cmpq	%r10, %r9
	je	.LBB10_22
.LBB10_20:
	vmovups	(%rsi,%r10,4), %ymm10
	vmaskmovps	(%rdi,%r10,4), %ymm7, %ymm11
	vmulps	%ymm6, %ymm11, %ymm11
	vaddps	%ymm11, %ymm10, %ymm11
	vblendvps	%ymm7, %ymm11, %ymm10, %ymm10
	vmaskmovps	(%rdx,%r10,4), %ymm8, %ymm11
	vmulps	%ymm4, %ymm11, %ymm11
	vmulps	%ymm5, %ymm10, %ymm12
	vaddps	%ymm11, %ymm12, %ymm11
	vblendvps	%ymm8, %ymm11, %ymm10, %ymm11
	vmaskmovps	%ymm11, %ymm9, (%rdx,%r10,4)
	testl	%eax, %eax
	je	.LBB10_19
	vmulps	%ymm4, %ymm11, %ymm11
	vaddps	%ymm11, %ymm10, %ymm11
	jmp	.LBB10_19
.LBB10_22:
	testq	%r11, %r11
	jne	.LBB10_28
.LBB10_23:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbx
	.cfi_restore %r12
	.cfi_restore %r13
	.cfi_restore %r14
	.cfi_restore %r15
	.cfi_restore %rbp
.LBB10_24:
	vzeroupper
	retq
.Lfunc_end10:
	.size	sgd_avx2_f32, .Lfunc_end10-sgd_avx2_f32
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym run_chunk
#endif
