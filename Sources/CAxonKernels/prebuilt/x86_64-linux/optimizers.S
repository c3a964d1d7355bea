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
	jle	.LBB4_52
	cmpl	$0, 4(%rdi)
	movq	8(%rdi), %rsi
	movq	48(%rdi), %rdx
	movl	(%rdi), %ecx
	movq	%r8, -56(%rbp)
	je	.LBB4_27
	leaq	(%rsi,%rax,8), %r15
	leaq	(%rdx,%rax,8), %rdx
	movq	%rdx, -48(%rbp)
	testl	%ecx, %ecx
	je	.LBB4_16
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
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB4_4
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
	jmp	.LBB4_6
	.p2align	4
.LBB4_13:
	sqrtsd	%xmm0, %xmm0
.LBB4_15:
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
	je	.LBB4_52
.LBB4_6:
	ucomisd	%xmm9, %xmm6
	movsd	(%rcx,%rbx,8), %xmm0
	jne	.LBB4_7
	jnp	.LBB4_10
.LBB4_7:
	movsd	(%r15,%rbx,8), %xmm1
	cmpl	$0, -60(%rbp)
	je	.LBB4_9
	mulsd	-72(%rbp), %xmm1
	movsd	%xmm1, (%r15,%rbx,8)
	jmp	.LBB4_10
	.p2align	4
.LBB4_9:
	mulsd	%xmm6, %xmm1
	addsd	%xmm1, %xmm0
.LBB4_10:
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
	je	.LBB4_12
	movsd	(%r14,%rbx,8), %xmm1
	maxsd	%xmm0, %xmm1
	movsd	%xmm1, (%r14,%rbx,8)
	movapd	%xmm1, %xmm0
.LBB4_12:
	ucomisd	%xmm9, %xmm0
	jae	.LBB4_13
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
	jmp	.LBB4_15
.LBB4_27:
	leaq	(%rsi,%rax,4), %r15
	leaq	(%rdx,%rax,4), %rdx
	movq	%rdx, -48(%rbp)
	testl	%ecx, %ecx
	je	.LBB4_41
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
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB4_29
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
	jmp	.LBB4_31
	.p2align	4
.LBB4_39:
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
.LBB4_40:
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
	je	.LBB4_52
.LBB4_31:
	ucomiss	%xmm9, %xmm6
	movss	(%rcx,%rbx,4), %xmm0
	jne	.LBB4_32
	jnp	.LBB4_35
.LBB4_32:
	movss	(%r15,%rbx,4), %xmm1
	cmpl	$0, -60(%rbp)
	je	.LBB4_34
	mulss	-72(%rbp), %xmm1
	movss	%xmm1, (%r15,%rbx,4)
	jmp	.LBB4_35
	.p2align	4
.LBB4_34:
	mulss	%xmm6, %xmm1
	addss	%xmm1, %xmm0
.LBB4_35:
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
	je	.LBB4_37
	movss	(%r14,%rbx,4), %xmm1
	maxss	%xmm0, %xmm1
	movss	%xmm1, (%r14,%rbx,4)
	movaps	%xmm1, %xmm0
.LBB4_37:
	ucomiss	%xmm9, %xmm0
	jb	.LBB4_39
	sqrtss	%xmm0, %xmm0
	jmp	.LBB4_40
.LBB4_16:
	movq	40(%rdi), %rbx
	movq	80(%rdi), %r12
	leaq	(%rbx,%rax,8), %r14
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB4_53
	movsd	(%r12), %xmm0
	movupd	8(%r12), %xmm1
	movsd	24(%r12), %xmm2
	movl	32(%r12), %eax
	movl	36(%r12), %ecx
	xorl	%edx, %edx
	xorpd	%xmm3, %xmm3
	movq	-56(%rbp), %rsi
	movq	-48(%rbp), %rdi
	jmp	.LBB4_18
	.p2align	4
.LBB4_25:
	movapd	%xmm5, %xmm4
.LBB4_26:
	mulsd	%xmm0, %xmm4
	movsd	(%r15,%rdx,8), %xmm5
	subsd	%xmm4, %xmm5
	movsd	%xmm5, (%r15,%rdx,8)
	incq	%rdx
	cmpq	%rdx, %rsi
	je	.LBB4_52
.LBB4_18:
	ucomisd	%xmm3, %xmm2
	movsd	(%rdi,%rdx,8), %xmm4
	jne	.LBB4_19
	jnp	.LBB4_20
.LBB4_19:
	movsd	(%r15,%rdx,8), %xmm5
	mulsd	%xmm2, %xmm5
	addsd	%xmm5, %xmm4
.LBB4_20:
	ucomisd	%xmm3, %xmm1
	jne	.LBB4_21
	jnp	.LBB4_26
.LBB4_21:
	movapd	%xmm4, %xmm5
	testl	%ecx, %ecx
	jne	.LBB4_23
	movsd	(%r14,%rdx,8), %xmm6
	unpcklpd	%xmm4, %xmm6
	mulpd	%xmm1, %xmm6
	movapd	%xmm6, %xmm5
	unpckhpd	%xmm6, %xmm5
	addsd	%xmm6, %xmm5
.LBB4_23:
	movsd	%xmm5, (%r14,%rdx,8)
	testl	%eax, %eax
	je	.LBB4_25
	mulsd	%xmm1, %xmm5
	addsd	%xmm4, %xmm5
	jmp	.LBB4_25
.LBB4_4:
	movq	%rbx, (%rsp)
	movq	%r15, %rdi
	movq	-48(%rbp), %rsi
	movq	%r13, %rdx
	movq	%r12, %rcx
	movq	%r14, %r8
	movq	-56(%rbp), %r9
	callq	adam_avx2_f64
	jmp	.LBB4_52
.LBB4_41:
	movq	40(%rdi), %rbx
	movq	80(%rdi), %r12
	leaq	(%rbx,%rax,4), %r14
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB4_54
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
	jmp	.LBB4_43
	.p2align	4
.LBB4_50:
	movaps	%xmm5, %xmm4
.LBB4_51:
	mulss	%xmm0, %xmm4
	movss	(%r15,%rdx,4), %xmm5
	subss	%xmm4, %xmm5
	movss	%xmm5, (%r15,%rdx,4)
	incq	%rdx
	cmpq	%rdx, %rsi
	je	.LBB4_52
.LBB4_43:
	ucomiss	%xmm3, %xmm2
	movss	(%rdi,%rdx,4), %xmm4
	jne	.LBB4_44
	jnp	.LBB4_45
.LBB4_44:
	movss	(%r15,%rdx,4), %xmm5
	mulss	%xmm2, %xmm5
	addss	%xmm5, %xmm4
.LBB4_45:
	ucomiss	%xmm3, %xmm1
	jne	.LBB4_46
	jnp	.LBB4_51
.LBB4_46:
	movaps	%xmm4, %xmm5
	testl	%ecx, %ecx
	jne	.LBB4_48
	movss	(%r14,%rdx,4), %xmm6
	unpcklps	%xmm4, %xmm6
	mulps	%xmm1, %xmm6
	movaps	%xmm6, %xmm5
	shufps	$85, %xmm6, %xmm5
	addss	%xmm6, %xmm5
.LBB4_48:
	movss	%xmm5, (%r14,%rdx,4)
	testl	%eax, %eax
	je	.LBB4_50
	mulss	%xmm1, %xmm5
	addss	%xmm4, %xmm5
	jmp	.LBB4_50
.LBB4_29:
	movq	%rbx, (%rsp)
	movq	%r15, %rdi
	movq	-48(%rbp), %rsi
	movq	%r13, %rdx
	movq	%r12, %rcx
	movq	%r14, %r8
	movq	-56(%rbp), %r9
	callq	adam_avx2_f32
.LBB4_52:
	addq	$104, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB4_53:
	.cfi_def_cfa %rbp, 16
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
.LBB4_54:
	.cfi_def_cfa %rbp, 16
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
.Lfunc_end4:
	.size	run_chunk, .Lfunc_end4-run_chunk
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
	jae	.LBB5_7
	xorl	%ebx, %ebx
	jmp	.LBB5_3
.LBB5_7:
	vbroadcastsd	8(%rax), %ymm0
	vbroadcastsd	16(%rax), %ymm1
	xorl	%eax, %eax
	vxorpd	%xmm2, %xmm2, %xmm2
	jmp	.LBB5_8
	.p2align	4
.LBB5_14:
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
	ja	.LBB5_2
.LBB5_8:
	vucomisd	%xmm2, %xmm11
	vmovupd	(%r15,%rax,8), %ymm3
	vmovupd	(%rsi,%rax,8), %ymm4
	jne	.LBB5_9
	jnp	.LBB5_12
.LBB5_9:
	testl	%r10d, %r10d
	je	.LBB5_11
	vmulpd	64(%rsp), %ymm3, %ymm3
	jmp	.LBB5_12
	.p2align	4
.LBB5_11:
	vmulpd	%ymm3, %ymm11, %ymm5
	vaddpd	%ymm5, %ymm4, %ymm4
.LBB5_12:
	vmovupd	(%r13,%rax,8), %ymm6
	vmulpd	(%r14,%rax,8), %ymm0, %ymm5
	vmulpd	%ymm4, %ymm4, %ymm7
	vmulpd	%ymm7, %ymm1, %ymm7
	vaddpd	%ymm5, %ymm7, %ymm5
	vmovapd	%ymm5, %ymm7
	testq	%r12, %r12
	je	.LBB5_14
	vmovupd	(%r12,%rax,8), %ymm7
	vmaxpd	%ymm5, %ymm7, %ymm7
	vmovupd	%ymm7, (%r12,%rax,8)
	jmp	.LBB5_14
.LBB5_2:
	cmpq	%r9, %rbx
	jae	.LBB5_22
.LBB5_3:
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
	jmp	.LBB5_4
	.p2align	4
.LBB5_20:
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
	.size	adam_avx2_f64, .Lfunc_end5-adam_avx2_f64
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
	jb	.LBB6_13
	vxorpd	%xmm5, %xmm5, %xmm5
	jmp	.LBB6_4
	.p2align	4
.LBB6_2:
	vmulpd	%ymm3, %ymm8, %ymm8
	vaddpd	%ymm7, %ymm8, %ymm7
.LBB6_3:
	vmulpd	%ymm7, %ymm0, %ymm7
	vsubpd	%ymm7, %ymm6, %ymm6
	vmovupd	%ymm6, (%rdi,%r8,8)
	leaq	4(%r8), %r10
	addq	$8, %r8
	cmpq	%rcx, %r8
	ja	.LBB6_12
.LBB6_4:
	movq	%r10, %r8
	vucomisd	%xmm5, %xmm1
	vmovupd	(%rdi,%r10,8), %ymm6
	vmovupd	(%rsi,%r10,8), %ymm8
	vmulpd	%ymm6, %ymm1, %ymm7
	vaddpd	%ymm7, %ymm8, %ymm7
	jne	.LBB6_7
	jp	.LBB6_7
	vmovapd	%ymm8, %ymm7
.LBB6_7:
	vucomisd	%xmm5, %xmm2
	jne	.LBB6_8
	jnp	.LBB6_3
.LBB6_8:
	vmovapd	%ymm7, %ymm8
	testl	%r9d, %r9d
	jne	.LBB6_10
	vmulpd	(%rdx,%r8,8), %ymm3, %ymm8
	vmulpd	%ymm7, %ymm4, %ymm9
	vaddpd	%ymm8, %ymm9, %ymm8
.LBB6_10:
	vmovupd	%ymm8, (%rdx,%r8,8)
	testl	%eax, %eax
	jne	.LBB6_2
	vmovapd	%ymm8, %ymm7
	jmp	.LBB6_3
.LBB6_12:
	cmpq	%rcx, %r10
	jae	.LBB6_24
.LBB6_13:
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
	jae	.LBB6_15
.LBB6_27:
	movq	%r10, %r8
.LBB6_28:
	vxorpd	%xmm3, %xmm3, %xmm3
	jmp	.LBB6_31
	.p2align	4
.LBB6_29:
	vmovapd	%xmm5, %xmm4
.LBB6_30:
	vmovsd	(%rdi,%r8,8), %xmm5
	vmulsd	%xmm4, %xmm0, %xmm4
	vsubsd	%xmm4, %xmm5, %xmm4
	vmovsd	%xmm4, (%rdi,%r8,8)
	incq	%r8
	cmpq	%r8, %rcx
	je	.LBB6_23
.LBB6_31:
	vucomisd	%xmm3, %xmm1
	vmovsd	(%rsi,%r8,8), %xmm4
	jne	.LBB6_32
	jnp	.LBB6_33
.LBB6_32:
	vmulsd	(%rdi,%r8,8), %xmm1, %xmm5
	vaddsd	%xmm5, %xmm4, %xmm4
.LBB6_33:
	vucomisd	%xmm3, %xmm2
	jne	.LBB6_34
	jnp	.LBB6_30
.LBB6_34:
	vmovapd	%xmm4, %xmm5
	testl	%r9d, %r9d
	jne	.LBB6_36
	vmovsd	(%rdx,%r8,8), %xmm5
	vunpcklpd	%xmm4, %xmm5, %xmm5
	vmulpd	%xmm5, %xmm2, %xmm5
	vshufpd	$1, %xmm5, %xmm5, %xmm6
	vaddsd	%xmm5, %xmm6, %xmm5
.LBB6_36:
	vmovsd	%xmm5, (%rdx,%r8,8)
	testl	%eax, %eax
	je	.LBB6_29
	vmulsd	%xmm5, %xmm2, %xmm5
	vaddsd	%xmm5, %xmm4, %xmm5
	jmp	.LBB6_29
.LBB6_15:
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
	jne	.LBB6_27
	andb	-41(%rbp), %r11b
	jne	.LBB6_27
	andb	%r15b, %bl
	jne	.LBB6_27
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
	jmp	.LBB6_20
	.p2align	4
.LBB6_19:
	vblendvpd	%ymm7, %ymm9, %ymm8, %ymm8
	vmovupd	(%rdi,%r10,8), %ymm9
	vmulpd	%ymm0, %ymm8, %ymm8
	vsubpd	%ymm8, %ymm9, %ymm8
	vmovupd	%ymm8, (%rdi,%r10,8)
	addq	$4, %r10
	cmpq	%r10, %r8
	je	.LBB6_22
.LBB6_20:
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
	je	.LBB6_19
	vmulpd	%ymm3, %ymm9, %ymm9
	vaddpd	%ymm9, %ymm8, %ymm9
	jmp	.LBB6_19
.LBB6_22:
	testq	%r11, %r11
	jne	.LBB6_28
.LBB6_23:
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
.LBB6_24:
	vzeroupper
	retq
.Lfunc_end6:
	.size	sgd_avx2_f64, .Lfunc_end6-sgd_avx2_f64
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
	jae	.LBB7_7
	xorl	%r13d, %r13d
	jmp	.LBB7_3
.LBB7_7:
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
	jmp	.LBB7_8
	.p2align	4
.LBB7_14:
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
	ja	.LBB7_2
.LBB7_8:
	vucomiss	%xmm8, %xmm9
	vmovups	(%rdi,%rax,4), %ymm9
	vmovups	(%rsi,%rax,4), %ymm10
	jne	.LBB7_9
	jnp	.LBB7_12
.LBB7_9:
	testl	%r10d, %r10d
	je	.LBB7_11
	vmulps	%ymm5, %ymm9, %ymm9
	jmp	.LBB7_12
	.p2align	4
.LBB7_11:
	vmulps	%ymm4, %ymm9, %ymm11
	vaddps	%ymm11, %ymm10, %ymm10
.LBB7_12:
	vmovups	(%rbx,%rax,4), %ymm12
	vmulps	(%r14,%rax,4), %ymm1, %ymm11
	vmulps	%ymm10, %ymm10, %ymm13
	vmulps	%ymm2, %ymm13, %ymm13
	vaddps	%ymm11, %ymm13, %ymm11
	vmovaps	%ymm11, %ymm13
	testq	%r12, %r12
	je	.LBB7_14
	vmovups	(%r12,%rax,4), %ymm13
	vmaxps	%ymm11, %ymm13, %ymm13
	vmovups	%ymm13, (%r12,%rax,4)
	jmp	.LBB7_14
.LBB7_2:
	cmpq	%r15, %r13
	vmovaps	-112(%rbp), %xmm3
	vmovaps	-96(%rbp), %xmm6
	vmovaps	-80(%rbp), %xmm7
	jae	.LBB7_22
.LBB7_3:
	vxorps	%xmm4, %xmm4, %xmm4
	vmovaps	%xmm14, -176(%rbp)
	vmovaps	%xmm15, -160(%rbp)
	movq	%rsi, -64(%rbp)
	movq	%rdi, -56(%rbp)
	movl	%r10d, -44(%rbp)
	jmp	.LBB7_4
	.p2align	4
.LBB7_20:
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
.LBB7_21:
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
	je	.LBB7_22
.LBB7_4:
	vucomiss	%xmm4, %xmm9
	vmovss	(%rsi,%r13,4), %xmm0
	jne	.LBB7_5
	jnp	.LBB7_16
.LBB7_5:
	vmovss	(%rdi,%r13,4), %xmm1
	testl	%r10d, %r10d
	je	.LBB7_15
	vmulss	-144(%rbp), %xmm1, %xmm1
	vmovss	%xmm1, (%rdi,%r13,4)
	jmp	.LBB7_16
	.p2align	4
.LBB7_15:
	vmulss	%xmm1, %xmm9, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
.LBB7_16:
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
	je	.LBB7_18
	vmovss	(%r12,%r13,4), %xmm1
	vmaxss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm0, (%r12,%r13,4)
.LBB7_18:
	vucomiss	%xmm4, %xmm0
	jb	.LBB7_20
	vsqrtss	%xmm0, %xmm0, %xmm0
	jmp	.LBB7_21
.LBB7_22:
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
.Lfunc_end7:
	.size	adam_avx2_f32, .Lfunc_end7-adam_avx2_f32
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
	jb	.LBB8_13
	vxorps	%xmm7, %xmm7, %xmm7
	jmp	.LBB8_4
	.p2align	4
.LBB8_2:
	vmulps	%ymm4, %ymm10, %ymm10
	vaddps	%ymm10, %ymm9, %ymm9
.LBB8_3:
	vmulps	%ymm3, %ymm9, %ymm9
	vsubps	%ymm9, %ymm8, %ymm8
	vmovups	%ymm8, (%rdi,%r9,4)
	leaq	8(%r9), %r10
	addq	$16, %r9
	cmpq	%rcx, %r9
	ja	.LBB8_12
.LBB8_4:
	movq	%r10, %r9
	vucomiss	%xmm7, %xmm2
	vmovups	(%rdi,%r10,4), %ymm8
	vmovups	(%rsi,%r10,4), %ymm10
	vmulps	%ymm6, %ymm8, %ymm9
	vaddps	%ymm9, %ymm10, %ymm9
	jne	.LBB8_7
	jp	.LBB8_7
	vmovaps	%ymm10, %ymm9
.LBB8_7:
	vucomiss	%xmm7, %xmm0
	jne	.LBB8_8
	jnp	.LBB8_3
.LBB8_8:
	vmovaps	%ymm9, %ymm10
	testl	%r8d, %r8d
	jne	.LBB8_10
	vmulps	(%rdx,%r9,4), %ymm4, %ymm10
	vmulps	%ymm5, %ymm9, %ymm11
	vaddps	%ymm10, %ymm11, %ymm10
.LBB8_10:
	vmovups	%ymm10, (%rdx,%r9,4)
	testl	%eax, %eax
	jne	.LBB8_2
	vmovaps	%ymm10, %ymm9
	jmp	.LBB8_3
.LBB8_12:
	cmpq	%rcx, %r10
	jae	.LBB8_24
.LBB8_13:
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
	jae	.LBB8_15
.LBB8_27:
	movq	%r10, %r9
.LBB8_28:
	vxorps	%xmm3, %xmm3, %xmm3
	jmp	.LBB8_31
	.p2align	4
.LBB8_29:
	vmovaps	%xmm5, %xmm4
.LBB8_30:
	vmovss	(%rdi,%r9,4), %xmm5
	vmulss	%xmm1, %xmm4, %xmm4
	vsubss	%xmm4, %xmm5, %xmm4
	vmovss	%xmm4, (%rdi,%r9,4)
	incq	%r9
	cmpq	%r9, %rcx
	je	.LBB8_23
.LBB8_31:
	vucomiss	%xmm3, %xmm2
	vmovss	(%rsi,%r9,4), %xmm4
	jne	.LBB8_32
	jnp	.LBB8_33
.LBB8_32:
	vmulss	(%rdi,%r9,4), %xmm2, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
.LBB8_33:
	vucomiss	%xmm3, %xmm0
	jne	.LBB8_34
	jnp	.LBB8_30
.LBB8_34:
	vmovaps	%xmm4, %xmm5
	testl	%r8d, %r8d
	jne	.LBB8_36
	vmovss	(%rdx,%r9,4), %xmm5
	vinsertps	$16, %xmm4, %xmm5, %xmm5
	vmulps	%xmm0, %xmm5, %xmm5
	vmovshdup	%xmm5, %xmm6
	vaddss	%xmm5, %xmm6, %xmm5
.LBB8_36:
	vmovss	%xmm5, (%rdx,%r9,4)
	testl	%eax, %eax
	je	.LBB8_29
	vmulss	%xmm0, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm5
	jmp	.LBB8_29
.LBB8_15:
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
	jne	.LBB8_27
	andb	-41(%rbp), %r11b
	jne	.LBB8_27
	andb	%r15b, %bl
	jne	.LBB8_27
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
	jmp	.LBB8_20
	.p2align	4
.LBB8_19:
	vblendvps	%ymm9, %ymm11, %ymm10, %ymm10
	vmovups	(%rdi,%r10,4), %ymm11
	vmulps	%ymm3, %ymm10, %ymm10
	vsubps	%ymm10, %ymm11, %ymm10
	vmovups	%ymm10, (%rdi,%r10,4)
	addq	$8, %r10
	cmpq	%r10, %r9
	je	.LBB8_22
.LBB8_20:
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
	je	.LBB8_19
	vmulps	%ymm4, %ymm11, %ymm11
	vaddps	%ymm11, %ymm10, %ymm11
	jmp	.LBB8_19
.LBB8_22:
	testq	%r11, %r11
	jne	.LBB8_28
.LBB8_23:
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
.LBB8_24:
	vzeroupper
	retq
.Lfunc_end8:
	.size	sgd_avx2_f32, .Lfunc_end8-sgd_avx2_f32
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym run_chunk
#endif
