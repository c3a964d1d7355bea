// Generated from ../../conv.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"conv.c"
	.text
	.globl	axon_conv_image_tasks
	.p2align	4
	.type	axon_conv_image_tasks,@function
axon_conv_image_tasks:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rsi, %r14
	movq	%rdi, %rbx
	callq	axon_threads@PLT
	cltq
	cmpq	%rax, %rbx
	cmovlq	%rbx, %rax
	cmpq	$2, %rax
	movl	$1, %ecx
	cmovgeq	%rax, %rcx
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB0_1
	cqto
	idivq	%rcx
	movq	%rax, %rcx
	jmp	.LBB0_3
.LBB0_1:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB0_3:
	movq	%rcx, (%r14)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB0_4
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB0_6
.LBB0_4:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB0_6:
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	axon_conv_image_tasks, .Lfunc_end0-axon_conv_image_tasks
	.cfi_endproc

	.globl	axon_conv_sum_parts_f32
	.p2align	4
	.type	axon_conv_sum_parts_f32,@function
axon_conv_sum_parts_f32:
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
	subq	$56, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, %rbx
	movq	%r8, %r13
	movq	%rdx, %r12
	movq	%rsi, %r14
	movq	%rdi, %r15
	movq	%rdx, -80(%rbp)
	imulq	%rsi, %r12
	leaq	(,%r12,4), %rdx
	movq	%r8, %rdi
	movq	%rcx, -56(%rbp)
	movq	%rcx, %rsi
	movq	%rdx, -88(%rbp)
	callq	memcpy@PLT
	movq	%r15, %rdi
	cmpq	$2, %r15
	jl	.LBB1_18
	movabsq	$9223372036854775800, %r15
	leaq	(,%r12,4), %rcx
	addq	%r13, %rcx
	movq	-56(%rbp), %rsi
	leaq	(%rsi,%r12,4), %rax
	movq	%r12, %rdx
	imulq	%rdi, %rdx
	leaq	(%rsi,%rdx,4), %rdx
	movq	%rdx, -72(%rbp)
	cmpq	%rdx, %r13
	setb	%dl
	cmpq	%rcx, %rax
	setb	%cl
	andb	%dl, %cl
	movq	-88(%rbp), %r10
	testq	%r10, %r10
	sets	%dl
	orb	%cl, %dl
	movb	%dl, -41(%rbp)
	movq	%r12, %rdx
	andq	%r15, %rdx
	movl	%r12d, %ecx
	andl	$3, %ecx
	leaq	(%rsi,%r12,4), %r8
	addq	$16, %r8
	movl	$1, %r9d
	movq	%r10, %rsi
	movq	%rdi, -64(%rbp)
	jmp	.LBB1_2
	.p2align	4
.LBB1_12:
	incq	%r9
	addq	%rsi, %r8
	addq	%rsi, %rax
	movq	-64(%rbp), %rdi
	cmpq	%rdi, %r9
	je	.LBB1_13
.LBB1_2:
	testq	%r12, %r12
	jle	.LBB1_12
	cmpq	$8, %r12
	setb	%dil
	orb	-41(%rbp), %dil
	je	.LBB1_5
	xorl	%r11d, %r11d
	jmp	.LBB1_8
	.p2align	4
.LBB1_5:
	xorl	%r10d, %r10d
	.p2align	4
.LBB1_6:
	movups	-16(%r8,%r10,4), %xmm0
	movups	(%r8,%r10,4), %xmm1
	movups	(%r13,%r10,4), %xmm2
	addps	%xmm0, %xmm2
	movups	16(%r13,%r10,4), %xmm0
	addps	%xmm1, %xmm0
	movups	%xmm2, (%r13,%r10,4)
	movups	%xmm0, 16(%r13,%r10,4)
	addq	$8, %r10
	cmpq	%r10, %rdx
	jne	.LBB1_6
	movq	%rdx, %r11
	cmpq	%rdx, %r12
	je	.LBB1_12
.LBB1_8:
	movq	%r11, %r10
	testq	%rcx, %rcx
	je	.LBB1_11
	movq	%rcx, %rdi
	movq	%r11, %r10
	.p2align	4
.LBB1_10:
	movss	(%rax,%r10,4), %xmm0
	addss	(%r13,%r10,4), %xmm0
	movss	%xmm0, (%r13,%r10,4)
	incq	%r10
	decq	%rdi
	jne	.LBB1_10
.LBB1_11:
	subq	%r12, %r11
	cmpq	$-4, %r11
	ja	.LBB1_12
	.p2align	4
.LBB1_20:
	movss	(%rax,%r10,4), %xmm0
	addss	(%r13,%r10,4), %xmm0
	movss	%xmm0, (%r13,%r10,4)
	movss	4(%rax,%r10,4), %xmm0
	addss	4(%r13,%r10,4), %xmm0
	movss	%xmm0, 4(%r13,%r10,4)
	movss	8(%rax,%r10,4), %xmm0
	addss	8(%r13,%r10,4), %xmm0
	movss	%xmm0, 8(%r13,%r10,4)
	movss	12(%rax,%r10,4), %xmm0
	addss	12(%r13,%r10,4), %xmm0
	movss	%xmm0, 12(%r13,%r10,4)
	addq	$4, %r10
	cmpq	%r10, %r12
	jne	.LBB1_20
	jmp	.LBB1_12
.LBB1_18:
	movq	-56(%rbp), %rax
	testq	%rbx, %rbx
	je	.LBB1_29
	imulq	%rdi, %r12
	leaq	(%rax,%r12,4), %rsi
	shlq	$2, %r14
	movq	%rbx, %rdi
	movq	%r14, %rdx
	addq	$56, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	memcpy@PLT
.LBB1_13:
	.cfi_def_cfa %rbp, 16
	testq	%rbx, %rbx
	je	.LBB1_29
	leaq	(,%r14,4), %r13
	movq	%rbx, %rdi
	movq	-72(%rbp), %rsi
	movq	%r13, %rdx
	callq	memcpy@PLT
	movq	-64(%rbp), %r11
	leaq	(%rbx,%r14,4), %rcx
	movq	-80(%rbp), %rax
	leaq	4(,%rax,4), %rdx
	imulq	%r11, %rax
	leaq	4(,%rax,4), %rsi
	imulq	%r14, %rsi
	movq	-56(%rbp), %r8
	leaq	(%r8,%rsi), %rax
	movq	%r14, %rdi
	imulq	%r11, %rdi
	imulq	%rdx, %rdi
	addq	%r8, %rdi
	cmpq	%rdi, %rbx
	setb	%dl
	cmpq	%rcx, %rax
	setb	%dil
	andb	%dl, %dil
	testq	%r13, %r13
	sets	%cl
	orb	%dil, %cl
	andq	%r14, %r15
	movl	%r14d, %edx
	andl	$3, %edx
	addq	%r8, %rsi
	addq	$16, %rsi
	movl	$1, %edi
	jmp	.LBB1_15
	.p2align	4
.LBB1_28:
	incq	%rdi
	addq	%r13, %rsi
	addq	%r13, %rax
	cmpq	%r11, %rdi
	je	.LBB1_29
.LBB1_15:
	testq	%r14, %r14
	jle	.LBB1_28
	cmpq	$8, %r14
	setb	%r8b
	orb	%cl, %r8b
	testb	$1, %r8b
	je	.LBB1_21
	xorl	%r9d, %r9d
	jmp	.LBB1_24
	.p2align	4
.LBB1_21:
	xorl	%r8d, %r8d
	.p2align	4
.LBB1_22:
	movups	-16(%rsi,%r8,4), %xmm0
	movups	(%rsi,%r8,4), %xmm1
	movups	(%rbx,%r8,4), %xmm2
	addps	%xmm0, %xmm2
	movups	16(%rbx,%r8,4), %xmm0
	addps	%xmm1, %xmm0
	movups	%xmm2, (%rbx,%r8,4)
	movups	%xmm0, 16(%rbx,%r8,4)
	addq	$8, %r8
	cmpq	%r8, %r15
	jne	.LBB1_22
	movq	%r15, %r9
	cmpq	%r15, %r14
	je	.LBB1_28
.LBB1_24:
	movq	%r9, %r8
	testq	%rdx, %rdx
	je	.LBB1_27
	movq	%rdx, %r10
	movq	%r9, %r8
	.p2align	4
.LBB1_26:
	movss	(%rax,%r8,4), %xmm0
	addss	(%rbx,%r8,4), %xmm0
	movss	%xmm0, (%rbx,%r8,4)
	incq	%r8
	decq	%r10
	jne	.LBB1_26
.LBB1_27:
	subq	%r14, %r9
	cmpq	$-4, %r9
	ja	.LBB1_28
	.p2align	4
.LBB1_30:
	movss	(%rax,%r8,4), %xmm0
	addss	(%rbx,%r8,4), %xmm0
	movss	%xmm0, (%rbx,%r8,4)
	movss	4(%rax,%r8,4), %xmm0
	addss	4(%rbx,%r8,4), %xmm0
	movss	%xmm0, 4(%rbx,%r8,4)
	movss	8(%rax,%r8,4), %xmm0
	addss	8(%rbx,%r8,4), %xmm0
	movss	%xmm0, 8(%rbx,%r8,4)
	movss	12(%rax,%r8,4), %xmm0
	addss	12(%rbx,%r8,4), %xmm0
	movss	%xmm0, 12(%rbx,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %r14
	jne	.LBB1_30
	jmp	.LBB1_28
.LBB1_29:
	addq	$56, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	axon_conv_sum_parts_f32, .Lfunc_end1-axon_conv_sum_parts_f32
	.cfi_endproc

	.globl	axon_conv_sum_parts_f64
	.p2align	4
	.type	axon_conv_sum_parts_f64,@function
axon_conv_sum_parts_f64:
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
	subq	$56, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, %rbx
	movq	%r8, %r13
	movq	%rdx, %r12
	movq	%rsi, %r14
	movq	%rdi, %r15
	movq	%rdx, -80(%rbp)
	imulq	%rsi, %r12
	leaq	(,%r12,8), %rdx
	movq	%r8, %rdi
	movq	%rcx, -56(%rbp)
	movq	%rcx, %rsi
	movq	%rdx, -88(%rbp)
	callq	memcpy@PLT
	movq	%r15, %rdi
	cmpq	$2, %r15
	jl	.LBB2_18
	movabsq	$9223372036854775804, %r15
	leaq	(,%r12,8), %rcx
	addq	%r13, %rcx
	movq	-56(%rbp), %rsi
	leaq	(%rsi,%r12,8), %rax
	movq	%r12, %rdx
	imulq	%rdi, %rdx
	leaq	(%rsi,%rdx,8), %rdx
	movq	%rdx, -72(%rbp)
	cmpq	%rdx, %r13
	setb	%dl
	cmpq	%rcx, %rax
	setb	%cl
	andb	%dl, %cl
	movq	-88(%rbp), %r10
	testq	%r10, %r10
	sets	%dl
	orb	%cl, %dl
	movb	%dl, -41(%rbp)
	movq	%r12, %rdx
	andq	%r15, %rdx
	movl	%r12d, %ecx
	andl	$3, %ecx
	leaq	(%rsi,%r12,8), %r8
	addq	$16, %r8
	movl	$1, %r9d
	movq	%r10, %rsi
	movq	%rdi, -64(%rbp)
	jmp	.LBB2_2
	.p2align	4
.LBB2_12:
	incq	%r9
	addq	%rsi, %r8
	addq	%rsi, %rax
	movq	-64(%rbp), %rdi
	cmpq	%rdi, %r9
	je	.LBB2_13
.LBB2_2:
	testq	%r12, %r12
	jle	.LBB2_12
	cmpq	$4, %r12
	setb	%dil
	orb	-41(%rbp), %dil
	je	.LBB2_5
	xorl	%r11d, %r11d
	jmp	.LBB2_8
	.p2align	4
.LBB2_5:
	xorl	%r10d, %r10d
	.p2align	4
.LBB2_6:
	movupd	-16(%r8,%r10,8), %xmm0
	movupd	(%r8,%r10,8), %xmm1
	movupd	(%r13,%r10,8), %xmm2
	addpd	%xmm0, %xmm2
	movupd	16(%r13,%r10,8), %xmm0
	addpd	%xmm1, %xmm0
	movupd	%xmm2, (%r13,%r10,8)
	movupd	%xmm0, 16(%r13,%r10,8)
	addq	$4, %r10
	cmpq	%r10, %rdx
	jne	.LBB2_6
	movq	%rdx, %r11
	cmpq	%rdx, %r12
	je	.LBB2_12
.LBB2_8:
	movq	%r11, %r10
	testq	%rcx, %rcx
	je	.LBB2_11
	movq	%rcx, %rdi
	movq	%r11, %r10
	.p2align	4
.LBB2_10:
	movsd	(%rax,%r10,8), %xmm0
	addsd	(%r13,%r10,8), %xmm0
	movsd	%xmm0, (%r13,%r10,8)
	incq	%r10
	decq	%rdi
	jne	.LBB2_10
.LBB2_11:
	subq	%r12, %r11
	cmpq	$-4, %r11
	ja	.LBB2_12
	.p2align	4
.LBB2_20:
	movsd	-16(%r8,%r10,8), %xmm0
	addsd	(%r13,%r10,8), %xmm0
	movsd	%xmm0, (%r13,%r10,8)
	movsd	-8(%r8,%r10,8), %xmm0
	addsd	8(%r13,%r10,8), %xmm0
	movsd	%xmm0, 8(%r13,%r10,8)
	movsd	(%r8,%r10,8), %xmm0
	addsd	16(%r13,%r10,8), %xmm0
	movsd	%xmm0, 16(%r13,%r10,8)
	movsd	8(%r8,%r10,8), %xmm0
	addsd	24(%r13,%r10,8), %xmm0
	movsd	%xmm0, 24(%r13,%r10,8)
	addq	$4, %r10
	cmpq	%r10, %r12
	jne	.LBB2_20
	jmp	.LBB2_12
.LBB2_18:
	movq	-56(%rbp), %rax
	testq	%rbx, %rbx
	je	.LBB2_29
	imulq	%rdi, %r12
	leaq	(%rax,%r12,8), %rsi
	shlq	$3, %r14
	movq	%rbx, %rdi
	movq	%r14, %rdx
	addq	$56, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	memcpy@PLT
.LBB2_13:
	.cfi_def_cfa %rbp, 16
	testq	%rbx, %rbx
	je	.LBB2_29
	leaq	(,%r14,8), %r13
	movq	%rbx, %rdi
	movq	-72(%rbp), %rsi
	movq	%r13, %rdx
	callq	memcpy@PLT
	movq	-64(%rbp), %r11
	leaq	(%rbx,%r14,8), %rcx
	movq	-80(%rbp), %rax
	leaq	8(,%rax,8), %rdx
	imulq	%r11, %rax
	leaq	8(,%rax,8), %rsi
	imulq	%r14, %rsi
	movq	-56(%rbp), %r8
	leaq	(%r8,%rsi), %rax
	movq	%r14, %rdi
	imulq	%r11, %rdi
	imulq	%rdx, %rdi
	addq	%r8, %rdi
	cmpq	%rdi, %rbx
	setb	%dl
	cmpq	%rcx, %rax
	setb	%dil
	andb	%dl, %dil
	testq	%r13, %r13
	sets	%cl
	orb	%dil, %cl
	andq	%r14, %r15
	movl	%r14d, %edx
	andl	$3, %edx
	addq	%r8, %rsi
	addq	$16, %rsi
	movl	$1, %edi
	jmp	.LBB2_15
	.p2align	4
.LBB2_28:
	incq	%rdi
	addq	%r13, %rsi
	addq	%r13, %rax
	cmpq	%r11, %rdi
	je	.LBB2_29
.LBB2_15:
	testq	%r14, %r14
	jle	.LBB2_28
	cmpq	$4, %r14
	setb	%r8b
	orb	%cl, %r8b
	testb	$1, %r8b
	je	.LBB2_21
	xorl	%r9d, %r9d
	jmp	.LBB2_24
	.p2align	4
.LBB2_21:
	xorl	%r8d, %r8d
	.p2align	4
.LBB2_22:
	movupd	-16(%rsi,%r8,8), %xmm0
	movupd	(%rsi,%r8,8), %xmm1
	movupd	(%rbx,%r8,8), %xmm2
	addpd	%xmm0, %xmm2
	movupd	16(%rbx,%r8,8), %xmm0
	addpd	%xmm1, %xmm0
	movupd	%xmm2, (%rbx,%r8,8)
	movupd	%xmm0, 16(%rbx,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %r15
	jne	.LBB2_22
	movq	%r15, %r9
	cmpq	%r15, %r14
	je	.LBB2_28
.LBB2_24:
	movq	%r9, %r8
	testq	%rdx, %rdx
	je	.LBB2_27
	movq	%rdx, %r10
	movq	%r9, %r8
	.p2align	4
.LBB2_26:
	movsd	(%rax,%r8,8), %xmm0
	addsd	(%rbx,%r8,8), %xmm0
	movsd	%xmm0, (%rbx,%r8,8)
	incq	%r8
	decq	%r10
	jne	.LBB2_26
.LBB2_27:
	subq	%r14, %r9
	cmpq	$-4, %r9
	ja	.LBB2_28
	.p2align	4
.LBB2_30:
	movsd	-16(%rsi,%r8,8), %xmm0
	addsd	(%rbx,%r8,8), %xmm0
	movsd	%xmm0, (%rbx,%r8,8)
	movsd	-8(%rsi,%r8,8), %xmm0
	addsd	8(%rbx,%r8,8), %xmm0
	movsd	%xmm0, 8(%rbx,%r8,8)
	movsd	(%rsi,%r8,8), %xmm0
	addsd	16(%rbx,%r8,8), %xmm0
	movsd	%xmm0, 16(%rbx,%r8,8)
	movsd	8(%rsi,%r8,8), %xmm0
	addsd	24(%rbx,%r8,8), %xmm0
	movsd	%xmm0, 24(%rbx,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %r14
	jne	.LBB2_30
	jmp	.LBB2_28
.LBB2_29:
	addq	$56, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end2:
	.size	axon_conv_sum_parts_f64, .Lfunc_end2-axon_conv_sum_parts_f64
	.cfi_endproc

	.globl	axon_conv2d_f32
	.p2align	4
	.type	axon_conv2d_f32,@function
axon_conv2d_f32:
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
	movq	%r8, %r13
	movq	%rcx, %r12
	movq	%rdx, %r14
	movq	32(%rbp), %r11
	movl	24(%rbp), %r10d
	movq	16(%rbp), %rax
	cmpq	$1, 24(%rdi)
	jne	.LBB3_8
	cmpq	$1, 32(%rdi)
	jne	.LBB3_8
	cmpq	$1, 40(%rdi)
	jne	.LBB3_8
	cmpq	$1, 48(%rdi)
	jne	.LBB3_8
	cmpq	$0, 72(%rdi)
	jne	.LBB3_8
	cmpq	$0, 80(%rdi)
	jne	.LBB3_8
	movq	%rax, %rbx
	movq	104(%rdi), %rax
	cmpq	8(%rdi), %rax
	movq	%rbx, %rax
	jne	.LBB3_8
	movq	112(%rdi), %rax
	cmpq	16(%rdi), %rax
	movq	%rbx, %rax
	je	.LBB3_9
.LBB3_8:
	subq	$8, %rsp
	movq	%rdi, %rbx
	movq	%rsi, -48(%rbp)
	movq	%r14, %rdx
	movq	%r12, %rcx
	movq	%r13, %r8
	movq	%r15, %r9
	pushq	%r11
	pushq	%r10
	pushq	%rax
	callq	axon_conv_implicit_forward_f32@PLT
	movq	%rbx, %rdi
	movq	32(%rbp), %r11
	movq	-48(%rbp), %rsi
	movl	24(%rbp), %r10d
	addq	$32, %rsp
	testl	%eax, %eax
	movq	16(%rbp), %rax
	jne	.LBB3_16
.LBB3_9:
	movq	%rdi, -168(%rbp)
	movq	%rsi, %rbx
	movq	%rsi, -160(%rbp)
	movq	%r14, -152(%rbp)
	movq	%r12, -144(%rbp)
	movq	%r13, -128(%rbp)
	movq	%r15, -120(%rbp)
	movq	%rax, -112(%rbp)
	movq	$0, -104(%rbp)
	movq	%r11, -96(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -88(%rbp)
	movq	$0, -72(%rbp)
	movl	%r10d, -64(%rbp)
	movl	$0, -60(%rbp)
	movq	$0, -56(%rbp)
	callq	axon_threads@PLT
	cltq
	cmpq	%rax, %rbx
	cmovlq	%rbx, %rax
	cmpq	$2, %rax
	movl	$1, %ecx
	cmovgeq	%rax, %rcx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	decq	%rbx
	movq	%rbx, %rsi
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB3_10
	cqto
	idivq	%rcx
	movq	%rax, %rcx
	jmp	.LBB3_12
.LBB3_10:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB3_12:
	movq	%rcx, -136(%rbp)
	movq	%rsi, %rdx
	addq	%rcx, %rdx
	movq	%rdx, %rax
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB3_13
	cqto
	idivq	%rcx
	jmp	.LBB3_15
.LBB3_13:
	xorl	%edx, %edx
	divl	%ecx
.LBB3_15:
	leaq	forward_task_f32(%rip), %rsi
	leaq	-168(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB3_16:
	addq	$136, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end3:
	.size	axon_conv2d_f32, .Lfunc_end3-axon_conv2d_f32
	.cfi_endproc

	.p2align	4
	.type	forward_task_f32,@function
forward_task_f32:
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
	subq	$152, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	%esi, %r15d
	movq	(%rdi), %rbx
	movq	16(%rdi), %r8
	movq	(%rbx), %rsi
	movq	104(%rbx), %r9
	movq	112(%rbx), %r10
	movq	%rsi, %rax
	orq	%r8, %rax
	shrq	$32, %rax
	je	.LBB4_1
	movq	%rsi, %rax
	cqto
	idivq	%r8
	movq	%rax, %r12
	jmp	.LBB4_3
.LBB4_1:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r8d
	movl	%eax, %r12d
.LBB4_3:
	movq	24(%rdi), %rax
	movq	%rax, %rdx
	orq	%r8, %rdx
	shrq	$32, %rdx
	je	.LBB4_4
	cqto
	idivq	%r8
	jmp	.LBB4_6
.LBB4_4:
	xorl	%edx, %edx
	divl	%r8d
.LBB4_6:
	movq	%rax, -88(%rbp)
	movq	%r10, %rcx
	imulq	%r9, %rcx
	movq	24(%rbx), %rax
	movq	32(%rbx), %rdx
	movq	%rdx, %r8
	imulq	%rax, %r8
	xorq	$1, %rax
	xorq	$1, %rdx
	orq	%rax, %rdx
	movq	%rdi, -64(%rbp)
	movq	%rcx, -56(%rbp)
	jne	.LBB4_14
	cmpq	$1, 40(%rbx)
	jne	.LBB4_14
	cmpq	$1, 48(%rbx)
	jne	.LBB4_14
	cmpq	$0, 72(%rbx)
	jne	.LBB4_14
	cmpq	$0, 80(%rbx)
	jne	.LBB4_14
	cmpq	8(%rbx), %r9
	jne	.LBB4_14
	cmpq	16(%rbx), %r10
	jne	.LBB4_14
	movq	%r8, %r14
	movq	$0, -80(%rbp)
	movq	$0, -72(%rbp)
	jmp	.LBB4_15
.LBB4_14:
	movq	%r8, %r14
	imulq	%r8, %rsi
	imulq	%rcx, %rsi
	shlq	$2, %rsi
	movl	$2, %edi
	callq	axon_scratch@PLT
	movq	-56(%rbp), %rcx
	movq	-64(%rbp), %rdi
	movq	%rax, -72(%rbp)
	movb	$1, %al
	movq	%rax, -80(%rbp)
.LBB4_15:
	movq	32(%rdi), %rdx
	testq	%rdx, %rdx
	jle	.LBB4_44
	imulq	%r12, %r14
	movq	48(%rdi), %rax
	movq	%rax, -112(%rbp)
	movq	56(%rdi), %rax
	movq	%rax, -144(%rbp)
	leal	1(%r15), %eax
	cltq
	movq	%rax, -136(%rbp)
	movslq	%r15d, %rax
	imulq	%rax, %rdx
	movabsq	$9223372036854775800, %rax
	andq	%rcx, %rax
	movq	%rax, -128(%rbp)
	movq	%r14, %rax
	imulq	%rcx, %rax
	shlq	$2, %rax
	movq	%rax, -184(%rbp)
	movq	%r14, -104(%rbp)
	movq	-88(%rbp), %rax
	imulq	%rax, %r14
	shlq	$2, %r14
	movq	%r14, -176(%rbp)
	movq	%rdx, %rsi
	imulq	%rcx, %rsi
	shlq	$2, %rsi
	movq	%rsi, -48(%rbp)
	leaq	(,%rcx,4), %rsi
	movq	%rsi, -120(%rbp)
	movq	%rcx, %rsi
	imulq	%rax, %rsi
	shlq	$2, %rsi
	movq	%rsi, -168(%rbp)
	movq	%rbx, -152(%rbp)
	jmp	.LBB4_17
	.p2align	4
.LBB4_43:
	movq	-160(%rbp), %rdx
	incq	%rdx
	movq	32(%rdi), %rax
	imulq	-136(%rbp), %rax
	addq	%r14, -48(%rbp)
	cmpq	%rax, %rdx
	jge	.LBB4_44
.LBB4_17:
	cmpq	8(%rdi), %rdx
	jge	.LBB4_44
	movq	(%rbx), %r10
	imulq	%rdx, %r10
	imulq	8(%rbx), %r10
	imulq	16(%rbx), %r10
	shlq	$2, %r10
	addq	40(%rdi), %r10
	movq	24(%rdi), %r13
	movq	72(%rdi), %rax
	movq	%rax, -96(%rbp)
	cmpb	$0, -80(%rbp)
	movq	%rdx, -160(%rbp)
	je	.LBB4_20
	movq	%rbx, %rdi
	movq	%r10, %rsi
	movq	-72(%rbp), %r14
	movq	%r14, %rdx
	callq	im2col_f32
	movq	-56(%rbp), %rcx
	movq	-64(%rbp), %rdi
	movq	%r14, %r10
.LBB4_20:
	cmpq	$0, 16(%rdi)
	movq	-88(%rbp), %r14
	movq	-104(%rbp), %r8
	jle	.LBB4_23
	movq	%r13, %rbx
	imulq	-48(%rbp), %rbx
	addq	-96(%rbp), %rbx
	movq	-112(%rbp), %r15
	xorl	%r12d, %r12d
	.p2align	4
.LBB4_22:
	movq	%r10, -192(%rbp)
	subq	$8, %rsp
	xorps	%xmm0, %xmm0
	xorl	%edi, %edi
	xorl	%esi, %esi
	movq	%r14, %rdx
	movq	%r15, %r9
	pushq	%rcx
	pushq	%rbx
	pushq	%rcx
	pushq	%r10
	pushq	%r8
	callq	axon_gemm_f32@PLT
	movq	-168(%rbp), %rsi
	movq	-176(%rbp), %rdx
	movq	-184(%rbp), %rax
	movq	-104(%rbp), %r8
	movq	-192(%rbp), %r10
	movq	-56(%rbp), %rcx
	movq	-64(%rbp), %rdi
	addq	$48, %rsp
	incq	%r12
	addq	%rax, %r10
	addq	%rdx, %r15
	addq	%rsi, %rbx
	cmpq	16(%rdi), %r12
	jl	.LBB4_22
.LBB4_23:
	movq	-144(%rbp), %r10
	testq	%r10, %r10
	movq	-152(%rbp), %rbx
	movq	-128(%rbp), %r11
	movq	-120(%rbp), %r14
	xorps	%xmm6, %xmm6
	xorps	%xmm7, %xmm7
	jne	.LBB4_25
	cmpl	$0, 104(%rdi)
	je	.LBB4_43
.LBB4_25:
	movq	24(%rdi), %rax
	testq	%rax, %rax
	jle	.LBB4_43
	imulq	-48(%rbp), %r13
	movq	-96(%rbp), %rdx
	leaq	(%rdx,%r13), %r9
	addq	$16, %r9
	addq	%rdx, %r13
	xorl	%edx, %edx
	jmp	.LBB4_27
	.p2align	4
.LBB4_42:
	incq	%rdx
	addq	%r14, %r9
	addq	%r14, %r13
	cmpq	%rax, %rdx
	je	.LBB4_43
.LBB4_27:
	testq	%r10, %r10
	je	.LBB4_28
	movss	(%r10,%rdx,4), %xmm0
	testq	%rcx, %rcx
	jg	.LBB4_31
	jmp	.LBB4_42
	.p2align	4
.LBB4_28:
	xorps	%xmm0, %xmm0
	testq	%rcx, %rcx
	jle	.LBB4_42
.LBB4_31:
	movl	104(%rdi), %esi
	cmpq	$8, %rcx
	jae	.LBB4_36
	xorl	%r8d, %r8d
	jmp	.LBB4_33
	.p2align	4
.LBB4_36:
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	xorl	%r8d, %r8d
	jmp	.LBB4_37
	.p2align	4
.LBB4_39:
	xorps	%xmm4, %xmm4
	xorps	%xmm5, %xmm5
.LBB4_40:
	andnps	%xmm3, %xmm4
	andnps	%xmm2, %xmm5
	movups	%xmm4, -16(%r9,%r8,4)
	movups	%xmm5, (%r9,%r8,4)
	addq	$8, %r8
	cmpq	%r8, %r11
	je	.LBB4_41
.LBB4_37:
	movups	-16(%r9,%r8,4), %xmm3
	movups	(%r9,%r8,4), %xmm2
	addps	%xmm1, %xmm3
	addps	%xmm1, %xmm2
	testl	%esi, %esi
	je	.LBB4_39
	movaps	%xmm3, %xmm4
	cmpleps	%xmm7, %xmm4
	movaps	%xmm2, %xmm5
	cmpleps	%xmm7, %xmm5
	jmp	.LBB4_40
	.p2align	4
.LBB4_41:
	movq	%r11, %r8
	cmpq	%r11, %rcx
	jne	.LBB4_33
	jmp	.LBB4_42
	.p2align	4
.LBB4_35:
	movss	%xmm1, (%r13,%r8,4)
	incq	%r8
	cmpq	%r8, %rcx
	je	.LBB4_42
.LBB4_33:
	movss	(%r13,%r8,4), %xmm1
	addss	%xmm0, %xmm1
	testl	%esi, %esi
	je	.LBB4_35
	movaps	%xmm1, %xmm2
	cmpless	%xmm6, %xmm2
	andnps	%xmm1, %xmm2
	movaps	%xmm2, %xmm1
	jmp	.LBB4_35
.LBB4_44:
	addq	$152, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end4:
	.size	forward_task_f32, .Lfunc_end4-forward_task_f32
	.cfi_endproc

	.globl	axon_conv2d_input_grad_f32
	.p2align	4
	.type	axon_conv2d_input_grad_f32,@function
axon_conv2d_input_grad_f32:
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
	movq	%rcx, %r13
	movq	%rsi, %rbx
	movq	%rdi, %r14
	movq	24(%rbp), %r10
	movq	16(%rbp), %r11
	cmpq	$1, 24(%rdi)
	jne	.LBB5_8
	cmpq	$1, 32(%r14)
	jne	.LBB5_8
	cmpq	$1, 40(%r14)
	jne	.LBB5_8
	cmpq	$1, 48(%r14)
	jne	.LBB5_8
	cmpq	$0, 72(%r14)
	jne	.LBB5_8
	cmpq	$0, 80(%r14)
	jne	.LBB5_8
	movq	104(%r14), %rax
	cmpq	8(%r14), %rax
	jne	.LBB5_8
	movq	112(%r14), %rax
	cmpq	16(%r14), %rax
	je	.LBB5_9
.LBB5_8:
	movq	%r14, %rdi
	movq	%rbx, %rsi
	movq	%rbx, -48(%rbp)
	movq	%rdx, %rbx
	movq	%r13, %rcx
	movq	%r12, %r8
	movq	%r15, %r9
	pushq	%r10
	pushq	%r11
	callq	axon_conv_implicit_input_grad_f32@PLT
	movq	16(%rbp), %r11
	movq	%rbx, %rdx
	movq	-48(%rbp), %rbx
	movq	24(%rbp), %r10
	addq	$16, %rsp
	testl	%eax, %eax
	jne	.LBB5_16
.LBB5_9:
	movq	%r14, -168(%rbp)
	movq	%rbx, -160(%rbp)
	movq	%rdx, -152(%rbp)
	movq	%r13, -144(%rbp)
	movq	$0, -128(%rbp)
	movq	%r11, -120(%rbp)
	movq	$0, -112(%rbp)
	movq	%r12, -104(%rbp)
	movq	$0, -96(%rbp)
	movq	%r10, -88(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -80(%rbp)
	movq	$0, -64(%rbp)
	movq	%r15, -56(%rbp)
	callq	axon_threads@PLT
	cltq
	cmpq	%rax, %rbx
	cmovlq	%rbx, %rax
	cmpq	$2, %rax
	movl	$1, %ecx
	cmovgeq	%rax, %rcx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB5_10
	cqto
	idivq	%rcx
	movq	%rax, %rcx
	jmp	.LBB5_12
.LBB5_10:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB5_12:
	movq	%rcx, -136(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB5_13
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB5_15
.LBB5_13:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB5_15:
	leaq	input_grad_task_f32(%rip), %rsi
	leaq	-168(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB5_16:
	addq	$136, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end5:
	.size	axon_conv2d_input_grad_f32, .Lfunc_end5-axon_conv2d_input_grad_f32
	.cfi_endproc

	.p2align	4
	.type	input_grad_task_f32,@function
input_grad_task_f32:
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
	subq	$536, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdi, %r9
	movq	(%rdi), %rax
	movq	16(%rdi), %rdi
	movq	(%rax), %r10
	movq	104(%rax), %rcx
	movq	%rax, -104(%rbp)
	movq	112(%rax), %r11
	movq	%r10, %rax
	orq	%rdi, %rax
	shrq	$32, %rax
	je	.LBB6_1
	movq	%r10, %rax
	cqto
	idivq	%rdi
	jmp	.LBB6_3
.LBB6_1:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%edi
.LBB6_3:
	movq	%rax, -88(%rbp)
	movq	24(%r9), %rax
	movq	%rax, %rdx
	orq	%rdi, %rdx
	shrq	$32, %rdx
	movq	%rsi, -96(%rbp)
	je	.LBB6_4
	cqto
	idivq	%rdi
	jmp	.LBB6_6
.LBB6_4:
	xorl	%edx, %edx
	divl	%edi
.LBB6_6:
	movq	%rax, -208(%rbp)
	movq	%r11, %r14
	imulq	%rcx, %r14
	movq	-104(%rbp), %rdi
	movq	24(%rdi), %rax
	movq	32(%rdi), %rdx
	movq	%rdx, %r8
	imulq	%rax, %r8
	movq	8(%rdi), %r12
	movq	16(%rdi), %rsi
	xorq	$1, %rax
	xorq	$1, %rdx
	orq	%rax, %rdx
	movq	%rsi, -200(%rbp)
	jne	.LBB6_12
	cmpq	$1, 40(%rdi)
	jne	.LBB6_12
	cmpq	$1, 48(%rdi)
	jne	.LBB6_12
	cmpq	$0, 72(%rdi)
	jne	.LBB6_12
	xorq	%r12, %rcx
	orq	80(%rdi), %rcx
	xorq	%rsi, %r11
	orq	%rcx, %r11
	jne	.LBB6_12
	movq	%r10, %rbx
	movq	%r8, %r15
	movq	$0, -112(%rbp)
	movq	$0, -48(%rbp)
	jmp	.LBB6_13
.LBB6_12:
	movq	%r8, %r15
	movq	%r8, %rsi
	movq	%r10, %rbx
	imulq	%r10, %rsi
	imulq	%r14, %rsi
	shlq	$2, %rsi
	movl	$2, %edi
	movq	%r9, %r13
	callq	axon_scratch@PLT
	movq	%r13, %r9
	movq	%rax, -48(%rbp)
	movb	$1, %al
	movq	%rax, -112(%rbp)
.LBB6_13:
	movq	32(%r9), %r13
	testq	%r13, %r13
	jle	.LBB6_34
	movq	%r12, %rcx
	imulq	%rbx, %rcx
	imulq	-88(%rbp), %r15
	movq	-200(%rbp), %r8
	imulq	%r8, %rcx
	movq	48(%r9), %rax
	movq	%rax, -328(%rbp)
	movq	-96(%rbp), %rdx
	leal	1(%rdx), %eax
	cltq
	movq	%rax, -336(%rbp)
	movslq	%edx, %rax
	imulq	%rax, %r13
	movq	%rcx, -344(%rbp)
	leaq	(,%rcx,4), %rax
	movq	%rax, -320(%rbp)
	movq	%r15, %rsi
	imulq	%r14, %rsi
	shlq	$2, %rsi
	movq	%r15, -240(%rbp)
	movq	-208(%rbp), %rax
	imulq	%rax, %r15
	shlq	$2, %r15
	movq	%r14, %rdi
	imulq	%rax, %rdi
	shlq	$2, %rdi
	imulq	%r8, %r12
	imulq	%rbx, %r12
	movq	%r13, %rax
	imulq	%r12, %rax
	shlq	$2, %rax
	movq	%rax, -120(%rbp)
	shlq	$2, %r12
	movq	%r12, -352(%rbp)
	movq	-48(%rbp), %rax
	addq	$16, %rax
	movq	%rax, -312(%rbp)
	movq	%r14, -136(%rbp)
	movq	%r9, -64(%rbp)
	movq	%rsi, -416(%rbp)
	movq	%r15, -408(%rbp)
	movq	%rdi, -400(%rbp)
	jmp	.LBB6_15
	.p2align	4
.LBB6_33:
	movq	-360(%rbp), %r13
	incq	%r13
	movq	-64(%rbp), %r9
	movq	32(%r9), %rax
	imulq	-336(%rbp), %rax
	movq	-120(%rbp), %rcx
	addq	-352(%rbp), %rcx
	movq	%rcx, -120(%rbp)
	cmpq	%rax, %r13
	movq	-136(%rbp), %r14
	jge	.LBB6_34
.LBB6_15:
	cmpq	8(%r9), %r13
	jge	.LBB6_34
	movq	24(%r9), %r15
	imulq	%r14, %r15
	movq	%r15, %rbx
	imulq	%r13, %rbx
	shlq	$2, %rbx
	movq	64(%r9), %r14
	addq	%rbx, %r14
	cmpq	$0, 112(%r9)
	je	.LBB6_17
	leaq	(,%r15,4), %rsi
	movl	$3, %edi
	callq	axon_scratch@PLT
	movq	%rax, %r12
	movq	-64(%rbp), %rax
	addq	112(%rax), %rbx
	subq	$8, %rsp
	movl	$7, %edi
	movq	%r14, %rsi
	xorl	%edx, %edx
	movq	%rbx, %rcx
	xorl	%r8d, %r8d
	movq	%r12, %r9
	pushq	%r15
	callq	axon_binary_serial_f32@PLT
	movq	-64(%rbp), %r9
	addq	$16, %rsp
	jmp	.LBB6_19
	.p2align	4
.LBB6_17:
	movq	%r14, %r12
.LBB6_19:
	movq	80(%r9), %rcx
	movq	%r13, -360(%rbp)
	movq	%r13, %rax
	imulq	-344(%rbp), %rax
	movq	%rcx, -128(%rbp)
	leaq	(%rcx,%rax,4), %r15
	cmpb	$0, -112(%rbp)
	movq	%r15, -216(%rbp)
	cmovneq	-48(%rbp), %r15
	cmpq	$0, 16(%r9)
	movq	-208(%rbp), %r14
	movq	-136(%rbp), %rcx
	movq	-240(%rbp), %rdx
	jle	.LBB6_22
	movq	%r12, %r13
	movq	-328(%rbp), %rbx
	xorl	%r12d, %r12d
	.p2align	4
.LBB6_21:
	subq	$8, %rsp
	xorps	%xmm0, %xmm0
	movl	$1, %edi
	xorl	%esi, %esi
	movq	%r14, %r8
	movq	%rbx, %r9
	pushq	%rcx
	pushq	%r15
	pushq	%rcx
	pushq	%r13
	pushq	%rdx
	callq	axon_gemm_f32@PLT
	movq	-240(%rbp), %rdx
	movq	-136(%rbp), %rcx
	movq	-400(%rbp), %rdi
	movq	-408(%rbp), %rax
	movq	-416(%rbp), %rsi
	movq	-64(%rbp), %r9
	addq	$48, %rsp
	incq	%r12
	addq	%rsi, %r15
	addq	%rax, %rbx
	addq	%rdi, %r13
	cmpq	16(%r9), %r12
	jl	.LBB6_21
.LBB6_22:
	cmpb	$0, -112(%rbp)
	je	.LBB6_33
	movq	-216(%rbp), %rdi
	xorl	%esi, %esi
	movq	-320(%rbp), %rdx
	callq	memset@PLT
	movq	-104(%rbp), %rax
	movq	(%rax), %rax
	movq	%rax, -392(%rbp)
	testq	%rax, %rax
	jle	.LBB6_33
	movq	-104(%rbp), %rdx
	movq	8(%rdx), %rax
	movq	16(%rdx), %r8
	movq	24(%rdx), %rcx
	movq	%rcx, -72(%rbp)
	movq	40(%rdx), %r13
	movq	56(%rdx), %r10
	movq	72(%rdx), %rcx
	movq	80(%rdx), %rbx
	movq	104(%rdx), %r14
	movq	112(%rdx), %r11
	movq	%r8, %r9
	movq	%rax, -200(%rbp)
	imulq	%rax, %r9
	movq	%r11, %r12
	imulq	%r14, %r12
	movq	%rcx, -560(%rbp)
	movq	%rcx, %rax
	imulq	%r8, %rax
	shlq	$2, %rax
	movq	-120(%rbp), %rcx
	subq	%rax, %rcx
	movq	%rbx, -512(%rbp)
	leaq	(,%rbx,4), %rax
	subq	%rax, %rcx
	addq	%rcx, -128(%rbp)
	movq	%r10, -424(%rbp)
	imulq	%r8, %r10
	shlq	$2, %r10
	movq	%r10, -448(%rbp)
	movq	%r13, -568(%rbp)
	movq	%r13, %r10
	movq	%r8, -288(%rbp)
	imulq	%r8, %r10
	shlq	$2, %r10
	movq	32(%rdx), %rax
	movq	-72(%rbp), %rcx
	imulq	%rax, %rcx
	movq	%r12, -464(%rbp)
	imulq	%r12, %rcx
	shlq	$2, %rcx
	movq	%rcx, -384(%rbp)
	movq	%r11, -280(%rbp)
	leaq	(,%r11,4), %r13
	movq	%r13, %rcx
	movq	%r14, -96(%rbp)
	imulq	%r14, %rcx
	movq	%rcx, -504(%rbp)
	movq	%rax, -168(%rbp)
	imulq	%rax, %rcx
	movq	%rcx, -440(%rbp)
	movq	48(%rdx), %r8
	movq	64(%rdx), %rax
	leaq	-1(%r8), %rcx
	movq	%rcx, -456(%rbp)
	leaq	(,%r8,4), %rcx
	movq	%rcx, -520(%rbp)
	movq	%r9, -368(%rbp)
	leaq	(,%r9,4), %rcx
	movq	%rcx, -376(%rbp)
	movq	%rax, -496(%rbp)
	leaq	(,%rax,4), %rax
	movq	%rax, -488(%rbp)
	leaq	(,%r8,8), %r12
	movq	-312(%rbp), %rax
	movq	%rax, -232(%rbp)
	movq	-48(%rbp), %rax
	movq	%rax, -224(%rbp)
	movq	$0, -144(%rbp)
	movq	%r8, -192(%rbp)
	jmp	.LBB6_25
	.p2align	4
.LBB6_32:
	movq	-144(%rbp), %rcx
	incq	%rcx
	movq	-376(%rbp), %rax
	addq	%rax, -128(%rbp)
	movq	-384(%rbp), %rax
	addq	%rax, -224(%rbp)
	addq	%rax, -232(%rbp)
	movq	%rcx, -144(%rbp)
	cmpq	-392(%rbp), %rcx
	je	.LBB6_33
.LBB6_25:
	cmpq	$0, -72(%rbp)
	jle	.LBB6_32
	movq	-144(%rbp), %rcx
	movq	%rcx, %rax
	imulq	-72(%rbp), %rax
	movq	%rax, -432(%rbp)
	movq	-368(%rbp), %rax
	imulq	%rcx, %rax
	movq	-216(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -472(%rbp)
	movq	-232(%rbp), %rax
	movq	%rax, -256(%rbp)
	movq	-224(%rbp), %rax
	movq	%rax, -248(%rbp)
	movq	-128(%rbp), %rax
	movq	%rax, -160(%rbp)
	movq	$0, -152(%rbp)
	jmp	.LBB6_27
	.p2align	4
.LBB6_31:
	movq	-152(%rbp), %rcx
	incq	%rcx
	movq	-160(%rbp), %rax
	addq	-448(%rbp), %rax
	movq	%rax, -160(%rbp)
	movq	-440(%rbp), %rax
	addq	%rax, -248(%rbp)
	addq	%rax, -256(%rbp)
	movq	%rcx, -152(%rbp)
	cmpq	-72(%rbp), %rcx
	je	.LBB6_32
.LBB6_27:
	cmpq	$0, -168(%rbp)
	jle	.LBB6_31
	movq	-432(%rbp), %rax
	movq	-152(%rbp), %rcx
	addq	%rcx, %rax
	imulq	-168(%rbp), %rax
	movq	%rax, -480(%rbp)
	imulq	-424(%rbp), %rcx
	movq	%rcx, -88(%rbp)
	movq	-256(%rbp), %rax
	movq	%rax, -272(%rbp)
	movq	-248(%rbp), %rax
	movq	%rax, -264(%rbp)
	movq	-160(%rbp), %rax
	movq	%rax, -176(%rbp)
	xorl	%r9d, %r9d
	jmp	.LBB6_29
	.p2align	4
.LBB6_61:
	movq	-296(%rbp), %r9
	incq	%r9
	movq	-176(%rbp), %rax
	addq	-488(%rbp), %rax
	movq	%rax, -176(%rbp)
	movq	-504(%rbp), %rax
	addq	%rax, -264(%rbp)
	addq	%rax, -272(%rbp)
	cmpq	-168(%rbp), %r9
	movq	-192(%rbp), %r8
	je	.LBB6_31
.LBB6_29:
	movq	%r9, %rdi
	imulq	-496(%rbp), %rdi
	subq	-512(%rbp), %rdi
	js	.LBB6_35
	movq	$0, -56(%rbp)
	jmp	.LBB6_39
	.p2align	4
.LBB6_35:
	movq	%rdi, %rax
	notq	%rax
	addq	%r8, %rax
	movq	%rax, %rcx
	orq	%r8, %rcx
	shrq	$32, %rcx
	je	.LBB6_36
	cqto
	idivq	%r8
	jmp	.LBB6_38
.LBB6_36:
	xorl	%edx, %edx
	divl	%r8d
.LBB6_38:
	movq	%rax, -56(%rbp)
.LBB6_39:
	movq	-288(%rbp), %rax
	subq	%rdi, %rax
	movq	%r9, -296(%rbp)
	jle	.LBB6_40
	addq	-456(%rbp), %rax
	movq	%rax, %rcx
	orq	%r8, %rcx
	shrq	$32, %rcx
	je	.LBB6_42
	cqto
	idivq	%r8
	jmp	.LBB6_44
	.p2align	4
.LBB6_40:
	xorl	%eax, %eax
	jmp	.LBB6_44
	.p2align	4
.LBB6_42:
	xorl	%edx, %edx
	divl	%r8d
.LBB6_44:
	movq	-280(%rbp), %rcx
	cmpq	%rcx, %rax
	cmovgeq	%rcx, %rax
	movq	-56(%rbp), %rcx
	cmpq	%rax, %rcx
	movq	%rax, %rdx
	cmovlq	%rcx, %rdx
	movq	%rdx, -80(%rbp)
	cmpq	$0, -96(%rbp)
	jle	.LBB6_61
	movq	-480(%rbp), %rcx
	movq	-296(%rbp), %rdx
	addq	%rdx, %rcx
	imulq	-464(%rbp), %rcx
	movq	-48(%rbp), %rdx
	leaq	(%rdx,%rcx,4), %rcx
	movq	%rcx, -552(%rbp)
	movq	-472(%rbp), %rcx
	leaq	(%rcx,%rdi,4), %rcx
	movq	%rcx, -544(%rbp)
	movq	%rax, %r9
	movq	-80(%rbp), %rdx
	subq	%rdx, %r9
	leaq	1(%rdx), %rcx
	movq	%rcx, -304(%rbp)
	movq	%rdx, %rcx
	imulq	-192(%rbp), %rcx
	movq	%rcx, -536(%rbp)
	movq	%r9, -184(%rbp)
	andq	$-8, %r9
	leaq	(%rdx,%r9), %rcx
	movq	%rcx, -528(%rbp)
	movq	-272(%rbp), %rcx
	leaq	(%rcx,%rdx,4), %r14
	movq	-176(%rbp), %r8
	leaq	(%r8,%rdx,4), %rdi
	movq	-264(%rbp), %r15
	xorl	%ecx, %ecx
	jmp	.LBB6_46
	.p2align	4
.LBB6_60:
	incq	%rcx
	addq	%r10, %r8
	addq	%r13, %r15
	addq	%r13, %r14
	addq	%r10, %rdi
	cmpq	-96(%rbp), %rcx
	je	.LBB6_61
.LBB6_46:
	movq	%rcx, %rbx
	imulq	-568(%rbp), %rbx
	subq	-560(%rbp), %rbx
	addq	-88(%rbp), %rbx
	setns	%dl
	cmpq	-200(%rbp), %rbx
	setl	%sil
	andb	%dl, %sil
	cmpb	$1, %sil
	jne	.LBB6_60
	cmpq	$1, -192(%rbp)
	jne	.LBB6_48
	cmpq	%rax, -56(%rbp)
	jge	.LBB6_60
	movq	-80(%rbp), %rdx
	cmpq	$8, -184(%rbp)
	jb	.LBB6_59
	xorl	%edx, %edx
	.p2align	4
.LBB6_57:
	movups	-16(%r14,%rdx,4), %xmm0
	movups	(%r14,%rdx,4), %xmm1
	movups	(%rdi,%rdx,4), %xmm2
	addps	%xmm0, %xmm2
	movups	16(%rdi,%rdx,4), %xmm0
	addps	%xmm1, %xmm0
	movups	%xmm2, (%rdi,%rdx,4)
	movups	%xmm0, 16(%rdi,%rdx,4)
	addq	$8, %rdx
	cmpq	%rdx, %r9
	jne	.LBB6_57
	movq	-528(%rbp), %rdx
	cmpq	%r9, -184(%rbp)
	je	.LBB6_60
	.p2align	4
.LBB6_59:
	movss	(%r15,%rdx,4), %xmm0
	addss	(%r8,%rdx,4), %xmm0
	movss	%xmm0, (%r8,%rdx,4)
	incq	%rdx
	cmpq	%rdx, %rax
	jne	.LBB6_59
	jmp	.LBB6_60
	.p2align	4
.LBB6_48:
	cmpq	%rax, -56(%rbp)
	jge	.LBB6_60
	movq	-80(%rbp), %rdx
	testb	$1, -184(%rbp)
	je	.LBB6_51
	movq	%rcx, %rdx
	imulq	-280(%rbp), %rdx
	imulq	-288(%rbp), %rbx
	movq	-552(%rbp), %rsi
	leaq	(%rsi,%rdx,4), %rdx
	movq	-544(%rbp), %rsi
	leaq	(%rsi,%rbx,4), %rsi
	movq	-80(%rbp), %r11
	movss	(%rdx,%r11,4), %xmm0
	movq	-536(%rbp), %rdx
	addss	(%rsi,%rdx,4), %xmm0
	movss	%xmm0, (%rsi,%rdx,4)
	movq	-304(%rbp), %rdx
.LBB6_51:
	cmpq	-304(%rbp), %rax
	je	.LBB6_60
	leaq	1(%rdx), %rbx
	movq	-520(%rbp), %rsi
	imulq	%rsi, %rbx
	imulq	%rdx, %rsi
	movq	%r8, %r11
	.p2align	4
.LBB6_53:
	movss	(%r15,%rdx,4), %xmm0
	addss	(%r11,%rsi), %xmm0
	movss	%xmm0, (%r11,%rsi)
	movss	4(%r15,%rdx,4), %xmm0
	addss	(%r11,%rbx), %xmm0
	movss	%xmm0, (%r11,%rbx)
	addq	$2, %rdx
	addq	%r12, %r11
	cmpq	%rdx, %rax
	jne	.LBB6_53
	jmp	.LBB6_60
.LBB6_34:
	addq	$536, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end6:
	.size	input_grad_task_f32, .Lfunc_end6-input_grad_task_f32
	.cfi_endproc

	.globl	axon_conv2d_weight_grad_f32
	.p2align	4
	.type	axon_conv2d_weight_grad_f32,@function
axon_conv2d_weight_grad_f32:
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
	subq	$168, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, %rbx
	movq	%rdx, %r11
	movq	%rsi, %r12
	movq	%rdi, %r13
	movq	32(%rbp), %r14
	movq	24(%rbp), %r15
	movq	16(%rbp), %r10
	cmpq	$1, 24(%rdi)
	jne	.LBB7_8
	cmpq	$1, 32(%r13)
	jne	.LBB7_8
	cmpq	$1, 40(%r13)
	jne	.LBB7_8
	cmpq	$1, 48(%r13)
	jne	.LBB7_8
	cmpq	$0, 72(%r13)
	jne	.LBB7_8
	cmpq	$0, 80(%r13)
	jne	.LBB7_8
	movq	104(%r13), %rax
	cmpq	8(%r13), %rax
	jne	.LBB7_8
	movq	112(%r13), %rax
	movl	$1, %ecx
	movl	$1, %esi
	cmpq	16(%r13), %rax
	je	.LBB7_10
.LBB7_8:
	subq	$8, %rsp
	movq	%r13, %rdi
	movq	%r12, %rsi
	movq	%r11, %rdx
	movq	%rbx, %rcx
	movq	%r8, -56(%rbp)
	movq	%r12, -64(%rbp)
	movq	%r9, %r12
	pushq	%r14
	pushq	%r15
	pushq	%r10
	movq	%r11, -48(%rbp)
	callq	axon_conv_implicit_weight_grad_f32@PLT
	addq	$32, %rsp
	testl	%eax, %eax
	jne	.LBB7_39
	movq	24(%r13), %rsi
	movq	32(%r13), %rcx
	movq	%r12, %r9
	movq	-64(%rbp), %r12
	movq	-56(%rbp), %r8
	movq	16(%rbp), %r10
	movq	-48(%rbp), %r11
.LBB7_10:
	movq	(%r13), %rax
	movq	%rax, %rdx
	orq	%r11, %rdx
	shrq	$32, %rdx
	je	.LBB7_11
	cqto
	idivq	%r11
	jmp	.LBB7_13
.LBB7_11:
	xorl	%edx, %edx
	divl	%r11d
.LBB7_13:
	movq	%rax, -48(%rbp)
	imulq	%rcx, %rsi
	movq	%rsi, -64(%rbp)
	movq	%r13, -200(%rbp)
	movq	%r12, -192(%rbp)
	movq	%r11, -184(%rbp)
	movq	%rbx, -176(%rbp)
	movq	%r8, -160(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -152(%rbp)
	movq	%r9, -136(%rbp)
	movups	%xmm0, -128(%rbp)
	movups	%xmm0, -112(%rbp)
	movq	$0, -96(%rbp)
	movq	%r10, -88(%rbp)
	callq	axon_threads@PLT
	cltq
	cmpq	%rax, %r12
	cmovlq	%r12, %rax
	cmpq	$2, %rax
	movl	$1, %ecx
	cmovgeq	%rax, %rcx
	leaq	(%rcx,%r12), %rax
	decq	%rax
	decq	%r12
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB7_14
	cqto
	idivq	%rcx
	movq	%rax, %rcx
	jmp	.LBB7_16
.LBB7_14:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB7_16:
	movq	-64(%rbp), %rsi
	imulq	-48(%rbp), %rsi
	movq	%rcx, -168(%rbp)
	addq	%rcx, %r12
	movq	%r12, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB7_17
	movq	%r12, %rax
	cqto
	idivq	%rcx
	jmp	.LBB7_19
.LBB7_17:
	movl	%r12d, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB7_19:
	movq	%rax, -72(%rbp)
	movq	%rax, %r12
	imulq	%rbx, %r12
	leaq	4(,%rsi,4), %rdi
	imulq	%r12, %rdi
	movq	%rsi, %r13
	callq	malloc@PLT
	testq	%rax, %rax
	je	.LBB7_40
	movq	%rax, -112(%rbp)
	imulq	%r13, %r12
	testq	%r14, %r14
	leaq	(%rax,%r12,4), %rcx
	cmoveq	%r14, %rcx
	movq	%rcx, -104(%rbp)
	leaq	weight_grad_task_f32(%rip), %rsi
	leaq	-200(%rbp), %rdx
	movq	%r13, %r12
	movq	-72(%rbp), %r13
	movl	%r13d, %edi
	movq	%rax, -56(%rbp)
	callq	axon_parallel_run@PLT
	movq	%r12, -80(%rbp)
	imulq	%rbx, %r12
	leaq	(,%r12,4), %rdx
	movq	%r15, %rdi
	movq	-56(%rbp), %rsi
	callq	memcpy@PLT
	cmpq	$2, %r13
	movq	%r13, %r9
	jl	.LBB7_33
	movabsq	$9223372036854775800, %r13
	movq	%r12, %rax
	andq	%r13, %rax
	movq	-64(%rbp), %rsi
	imulq	%rbx, %rsi
	imulq	-48(%rbp), %rsi
	leaq	(,%rsi,4), %rcx
	movq	-56(%rbp), %r10
	leaq	(%r10,%rsi,4), %rdx
	addq	$16, %rdx
	leaq	(%r10,%rsi,4), %rsi
	movl	$1, %edi
	jmp	.LBB7_22
	.p2align	4
.LBB7_27:
	incq	%rdi
	addq	%rcx, %rdx
	addq	%rcx, %rsi
	cmpq	%r9, %rdi
	je	.LBB7_28
.LBB7_22:
	testq	%r12, %r12
	jle	.LBB7_27
	xorl	%r8d, %r8d
	cmpq	$8, %r12
	jb	.LBB7_24
	.p2align	4
.LBB7_25:
	movups	-16(%rdx,%r8,4), %xmm0
	movups	(%rdx,%r8,4), %xmm1
	movups	(%r15,%r8,4), %xmm2
	addps	%xmm0, %xmm2
	movups	16(%r15,%r8,4), %xmm0
	addps	%xmm1, %xmm0
	movups	%xmm2, (%r15,%r8,4)
	movups	%xmm0, 16(%r15,%r8,4)
	addq	$8, %r8
	cmpq	%r8, %rax
	jne	.LBB7_25
	movq	%rax, %r8
	cmpq	%rax, %r12
	je	.LBB7_27
	.p2align	4
.LBB7_24:
	movss	(%rsi,%r8,4), %xmm0
	addss	(%r15,%r8,4), %xmm0
	movss	%xmm0, (%r15,%r8,4)
	incq	%r8
	cmpq	%r8, %r12
	jne	.LBB7_24
	jmp	.LBB7_27
.LBB7_33:
	testq	%r14, %r14
	movq	-56(%rbp), %r10
	je	.LBB7_38
	imulq	%r12, %r9
	leaq	(%r10,%r9,4), %rsi
	shlq	$2, %rbx
	movq	%r14, %rdi
	movq	%rbx, %rdx
	movq	%r10, %rbx
	callq	memcpy@PLT
	movq	%rbx, %r10
	jmp	.LBB7_38
.LBB7_28:
	testq	%r14, %r14
	je	.LBB7_38
	imulq	%r9, %r12
	leaq	(%r10,%r12,4), %rsi
	leaq	(,%rbx,4), %r15
	movq	%r14, %rdi
	movq	%r15, %rdx
	movq	%r10, %r12
	callq	memcpy@PLT
	movq	%r12, %r10
	movq	-72(%rbp), %rdi
	andq	%rbx, %r13
	movq	-80(%rbp), %rax
	imulq	%rdi, %rax
	leaq	4(,%rax,4), %rax
	imulq	%rbx, %rax
	leaq	(%r12,%rax), %rcx
	addq	$16, %rcx
	addq	%r12, %rax
	movl	$1, %edx
	jmp	.LBB7_30
	.p2align	4
.LBB7_37:
	incq	%rdx
	addq	%r15, %rcx
	addq	%r15, %rax
	cmpq	%rdi, %rdx
	je	.LBB7_38
.LBB7_30:
	testq	%rbx, %rbx
	jle	.LBB7_37
	xorl	%esi, %esi
	cmpq	$8, %rbx
	jb	.LBB7_32
	.p2align	4
.LBB7_35:
	movups	-16(%rcx,%rsi,4), %xmm0
	movups	(%rcx,%rsi,4), %xmm1
	movups	(%r14,%rsi,4), %xmm2
	addps	%xmm0, %xmm2
	movups	16(%r14,%rsi,4), %xmm0
	addps	%xmm1, %xmm0
	movups	%xmm2, (%r14,%rsi,4)
	movups	%xmm0, 16(%r14,%rsi,4)
	addq	$8, %rsi
	cmpq	%rsi, %r13
	jne	.LBB7_35
	movq	%r13, %rsi
	cmpq	%r13, %rbx
	je	.LBB7_37
	.p2align	4
.LBB7_32:
	movss	(%rax,%rsi,4), %xmm0
	addss	(%r14,%rsi,4), %xmm0
	movss	%xmm0, (%r14,%rsi,4)
	incq	%rsi
	cmpq	%rsi, %rbx
	jne	.LBB7_32
	jmp	.LBB7_37
.LBB7_38:
	movq	%r10, %rdi
	callq	free@PLT
.LBB7_39:
	addq	$168, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB7_40:
	.cfi_def_cfa %rbp, 16
	callq	abort@PLT
.Lfunc_end7:
	.size	axon_conv2d_weight_grad_f32, .Lfunc_end7-axon_conv2d_weight_grad_f32
	.cfi_endproc

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI8_0:
	.long	0x3f800000
	.text
	.p2align	4
	.type	weight_grad_task_f32,@function
weight_grad_task_f32:
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
	subq	$152, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	%esi, %r14d
	movq	%rdi, %r15
	movq	(%rdi), %rbx
	movq	16(%rdi), %rsi
	movq	(%rbx), %rcx
	movq	104(%rbx), %r9
	movq	112(%rbx), %r8
	movq	%rcx, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB8_1
	movq	%rcx, %rax
	cqto
	idivq	%rsi
	movq	%rax, %r12
	jmp	.LBB8_3
.LBB8_1:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %r12d
.LBB8_3:
	movq	24(%r15), %r11
	movq	%r11, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB8_4
	movq	%r11, %rax
	cqto
	idivq	%rsi
	movq	%rax, %r13
	jmp	.LBB8_6
.LBB8_4:
	movl	%r11d, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %r13d
.LBB8_6:
	movq	%r8, %r10
	imulq	%r9, %r10
	movq	24(%rbx), %rax
	movq	32(%rbx), %rdx
	movq	%rdx, %rsi
	imulq	%rax, %rsi
	imulq	%rsi, %r12
	xorq	$1, %rax
	xorq	$1, %rdx
	orq	%rax, %rdx
	movq	%r10, -56(%rbp)
	jne	.LBB8_14
	cmpq	$1, 40(%rbx)
	jne	.LBB8_14
	cmpq	$1, 48(%rbx)
	jne	.LBB8_14
	cmpq	$0, 72(%rbx)
	jne	.LBB8_14
	cmpq	$0, 80(%rbx)
	jne	.LBB8_14
	cmpq	8(%rbx), %r9
	jne	.LBB8_14
	cmpq	16(%rbx), %r8
	jne	.LBB8_14
	movq	$0, -80(%rbp)
	movq	$0, -72(%rbp)
	jmp	.LBB8_15
.LBB8_14:
	imulq	%rcx, %rsi
	imulq	%r10, %rsi
	shlq	$2, %rsi
	movl	$2, %edi
	callq	axon_scratch@PLT
	movq	%rax, -72(%rbp)
	movq	24(%r15), %r11
	movb	$1, %al
	movq	%rax, -80(%rbp)
.LBB8_15:
	movq	%rbx, -88(%rbp)
	movslq	%r14d, %r14
	movq	%r12, %rdx
	imulq	%r11, %rdx
	imulq	%r14, %r11
	movq	%r11, %rdi
	movq	%r12, -64(%rbp)
	imulq	%r12, %rdi
	shlq	$2, %rdi
	addq	88(%r15), %rdi
	movq	96(%r15), %r12
	testq	%r12, %r12
	leaq	(%r12,%r11,4), %rbx
	cmovneq	%rbx, %r12
	shlq	$2, %rdx
	movq	%rdi, -104(%rbp)
	xorl	%esi, %esi
	callq	memset@PLT
	testq	%r12, %r12
	je	.LBB8_17
	movq	24(%r15), %rdx
	shlq	$2, %rdx
	movq	%rbx, %rdi
	xorl	%esi, %esi
	callq	memset@PLT
.LBB8_17:
	movq	32(%r15), %rcx
	testq	%rcx, %rcx
	movq	-56(%rbp), %r8
	jle	.LBB8_37
	leal	1(%r14), %eax
	cltq
	movq	%rax, -144(%rbp)
	imulq	%r14, %rcx
	movl	%r8d, %r9d
	andl	$7, %r9d
	movabsq	$9223372036854775800, %r10
	andq	%r8, %r10
	movq	-64(%rbp), %rax
	movq	%rax, %r11
	imulq	%r8, %r11
	shlq	$2, %r11
	movq	%r8, %rbx
	imulq	%r13, %rbx
	shlq	$2, %rbx
	movq	%rax, %r14
	imulq	%r13, %r14
	shlq	$2, %r14
	leaq	(,%r8,4), %rax
	movq	%rax, -112(%rbp)
	movq	%r13, -96(%rbp)
	movq	%r12, -152(%rbp)
	movq	%r9, -136(%rbp)
	movq	%r10, -128(%rbp)
	movq	%r11, -184(%rbp)
	movq	%rbx, -120(%rbp)
	movq	%r14, -176(%rbp)
	movq	%r15, -168(%rbp)
	jmp	.LBB8_19
	.p2align	4
.LBB8_36:
	movq	-160(%rbp), %rcx
	incq	%rcx
	movq	32(%r15), %rax
	imulq	-144(%rbp), %rax
	cmpq	%rax, %rcx
	jge	.LBB8_37
.LBB8_19:
	cmpq	8(%r15), %rcx
	jge	.LBB8_37
	movq	-88(%rbp), %rax
	movq	(%rax), %r12
	imulq	%rcx, %r12
	imulq	8(%rax), %r12
	imulq	16(%rax), %r12
	shlq	$2, %r12
	addq	40(%r15), %r12
	movq	24(%r15), %rbx
	imulq	%r8, %rbx
	movq	%rbx, %r14
	movq	%rcx, -160(%rbp)
	imulq	%rcx, %r14
	shlq	$2, %r14
	movq	64(%r15), %r13
	addq	%r14, %r13
	cmpq	$0, 112(%r15)
	je	.LBB8_22
	leaq	(,%rbx,4), %rsi
	movl	$3, %edi
	callq	axon_scratch@PLT
	addq	112(%r15), %r14
	subq	$8, %rsp
	movl	$7, %edi
	movq	%r13, %rsi
	xorl	%edx, %edx
	movq	%r14, %rcx
	xorl	%r8d, %r8d
	movq	%rax, %r13
	movq	%rax, %r9
	pushq	%rbx
	callq	axon_binary_serial_f32@PLT
	addq	$16, %rsp
.LBB8_22:
	cmpb	$0, -80(%rbp)
	movq	%r13, -48(%rbp)
	je	.LBB8_24
	movq	-88(%rbp), %rdi
	movq	%r12, %rsi
	movq	-72(%rbp), %r12
	movq	%r12, %rdx
	callq	im2col_f32
.LBB8_24:
	movq	-56(%rbp), %r8
	movss	.LCPI8_0(%rip), %xmm0
	cmpq	$0, 16(%r15)
	movq	%r15, %rsi
	movq	-64(%rbp), %rcx
	movq	-96(%rbp), %rdx
	movq	-120(%rbp), %r13
	jle	.LBB8_27
	movq	-104(%rbp), %rbx
	movq	-48(%rbp), %r14
	xorl	%r15d, %r15d
	.p2align	4
.LBB8_26:
	subq	$8, %rsp
	xorl	%edi, %edi
	movl	$1, %esi
	movq	%r14, %r9
	pushq	%rcx
	pushq	%rbx
	pushq	%r8
	pushq	%r12
	pushq	%r8
	callq	axon_gemm_f32@PLT
	movq	-64(%rbp), %rcx
	movq	-96(%rbp), %rdx
	movq	-168(%rbp), %rsi
	movq	-176(%rbp), %rdi
	movss	.LCPI8_0(%rip), %xmm0
	movq	-184(%rbp), %r11
	movq	-56(%rbp), %r8
	addq	$48, %rsp
	incq	%r15
	addq	%r11, %r12
	addq	%r13, %r14
	addq	%rdi, %rbx
	cmpq	16(%rsi), %r15
	jl	.LBB8_26
.LBB8_27:
	movq	-152(%rbp), %r12
	testq	%r12, %r12
	movq	%rsi, %r15
	movq	-136(%rbp), %r9
	movq	-128(%rbp), %r10
	movq	-112(%rbp), %r13
	je	.LBB8_36
	movq	24(%r15), %rax
	testq	%rax, %rax
	jle	.LBB8_36
	movq	-48(%rbp), %rcx
	addq	$28, %rcx
	xorl	%edx, %edx
	jmp	.LBB8_30
	.p2align	4
.LBB8_35:
	addss	(%r12,%rdx,4), %xmm0
	movss	%xmm0, (%r12,%rdx,4)
	incq	%rdx
	addq	%r13, %rcx
	addq	%r13, -48(%rbp)
	cmpq	%rax, %rdx
	je	.LBB8_36
.LBB8_30:
	xorps	%xmm0, %xmm0
	testq	%r8, %r8
	jle	.LBB8_35
	xorl	%esi, %esi
	cmpq	$8, %r8
	jb	.LBB8_32
	.p2align	4
.LBB8_38:
	addss	-28(%rcx,%rsi,4), %xmm0
	addss	-24(%rcx,%rsi,4), %xmm0
	addss	-20(%rcx,%rsi,4), %xmm0
	addss	-16(%rcx,%rsi,4), %xmm0
	addss	-12(%rcx,%rsi,4), %xmm0
	addss	-8(%rcx,%rsi,4), %xmm0
	addss	-4(%rcx,%rsi,4), %xmm0
	addss	(%rcx,%rsi,4), %xmm0
	addq	$8, %rsi
	cmpq	%rsi, %r10
	jne	.LBB8_38
.LBB8_32:
	testq	%r9, %r9
	je	.LBB8_35
	movq	-48(%rbp), %rdi
	leaq	(%rdi,%rsi,4), %rsi
	xorl	%edi, %edi
	.p2align	4
.LBB8_34:
	addss	(%rsi,%rdi,4), %xmm0
	incq	%rdi
	cmpq	%rdi, %r9
	jne	.LBB8_34
	jmp	.LBB8_35
.LBB8_37:
	addq	$152, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end8:
	.size	weight_grad_task_f32, .Lfunc_end8-weight_grad_task_f32
	.cfi_endproc

	.globl	axon_conv2d_f64
	.p2align	4
	.type	axon_conv2d_f64,@function
axon_conv2d_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$120, %rsp
	.cfi_offset %rbx, -24
	movq	%rsi, %rbx
	movl	24(%rbp), %eax
	movq	32(%rbp), %rsi
	movq	16(%rbp), %r10
	movq	%rdi, -128(%rbp)
	movq	%rbx, -120(%rbp)
	movq	%rdx, -112(%rbp)
	movq	%rcx, -104(%rbp)
	movq	%r8, -88(%rbp)
	movq	%r9, -80(%rbp)
	movq	%r10, -72(%rbp)
	movq	$0, -64(%rbp)
	movq	%rsi, -56(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -48(%rbp)
	movq	$0, -32(%rbp)
	movl	%eax, -24(%rbp)
	movl	$0, -20(%rbp)
	movq	$0, -16(%rbp)
	callq	axon_threads@PLT
	cltq
	cmpq	%rax, %rbx
	cmovlq	%rbx, %rax
	cmpq	$2, %rax
	movl	$1, %ecx
	cmovgeq	%rax, %rcx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB9_1
	cqto
	idivq	%rcx
	movq	%rax, %rcx
	jmp	.LBB9_3
.LBB9_1:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB9_3:
	movq	%rcx, -96(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB9_4
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB9_6
.LBB9_4:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB9_6:
	leaq	forward_task_f64(%rip), %rsi
	leaq	-128(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
	addq	$120, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end9:
	.size	axon_conv2d_f64, .Lfunc_end9-axon_conv2d_f64
	.cfi_endproc

	.p2align	4
	.type	forward_task_f64,@function
forward_task_f64:
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
	subq	$152, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	%esi, %r15d
	movq	(%rdi), %rbx
	movq	16(%rdi), %r8
	movq	(%rbx), %rsi
	movq	104(%rbx), %r9
	movq	112(%rbx), %r10
	movq	%rsi, %rax
	orq	%r8, %rax
	shrq	$32, %rax
	je	.LBB10_1
	movq	%rsi, %rax
	cqto
	idivq	%r8
	movq	%rax, %r12
	jmp	.LBB10_3
.LBB10_1:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r8d
	movl	%eax, %r12d
.LBB10_3:
	movq	24(%rdi), %rax
	movq	%rax, %rdx
	orq	%r8, %rdx
	shrq	$32, %rdx
	je	.LBB10_4
	cqto
	idivq	%r8
	jmp	.LBB10_6
.LBB10_4:
	xorl	%edx, %edx
	divl	%r8d
.LBB10_6:
	movq	%rax, -88(%rbp)
	movq	%r10, %rcx
	imulq	%r9, %rcx
	movq	24(%rbx), %rax
	movq	32(%rbx), %rdx
	movq	%rdx, %r8
	imulq	%rax, %r8
	xorq	$1, %rax
	xorq	$1, %rdx
	orq	%rax, %rdx
	movq	%rdi, -64(%rbp)
	movq	%rcx, -56(%rbp)
	jne	.LBB10_14
	cmpq	$1, 40(%rbx)
	jne	.LBB10_14
	cmpq	$1, 48(%rbx)
	jne	.LBB10_14
	cmpq	$0, 72(%rbx)
	jne	.LBB10_14
	cmpq	$0, 80(%rbx)
	jne	.LBB10_14
	cmpq	8(%rbx), %r9
	jne	.LBB10_14
	cmpq	16(%rbx), %r10
	jne	.LBB10_14
	movq	%r8, %r14
	movq	$0, -80(%rbp)
	movq	$0, -72(%rbp)
	jmp	.LBB10_15
.LBB10_14:
	movq	%r8, %r14
	imulq	%r8, %rsi
	imulq	%rcx, %rsi
	shlq	$3, %rsi
	movl	$2, %edi
	callq	axon_scratch@PLT
	movq	-56(%rbp), %rcx
	movq	-64(%rbp), %rdi
	movq	%rax, -72(%rbp)
	movb	$1, %al
	movq	%rax, -80(%rbp)
.LBB10_15:
	movq	32(%rdi), %rdx
	testq	%rdx, %rdx
	jle	.LBB10_44
	imulq	%r12, %r14
	movq	48(%rdi), %rax
	movq	%rax, -112(%rbp)
	movq	56(%rdi), %rax
	movq	%rax, -144(%rbp)
	leal	1(%r15), %eax
	cltq
	movq	%rax, -136(%rbp)
	movslq	%r15d, %rax
	imulq	%rax, %rdx
	movabsq	$9223372036854775804, %rax
	andq	%rcx, %rax
	movq	%rax, -128(%rbp)
	movq	%r14, %rax
	imulq	%rcx, %rax
	shlq	$3, %rax
	movq	%rax, -184(%rbp)
	movq	%r14, -104(%rbp)
	movq	-88(%rbp), %rax
	imulq	%rax, %r14
	shlq	$3, %r14
	movq	%r14, -176(%rbp)
	movq	%rdx, %rsi
	imulq	%rcx, %rsi
	shlq	$3, %rsi
	movq	%rsi, -48(%rbp)
	leaq	(,%rcx,8), %rsi
	movq	%rsi, -120(%rbp)
	movq	%rcx, %rsi
	imulq	%rax, %rsi
	shlq	$3, %rsi
	movq	%rsi, -168(%rbp)
	movq	%rbx, -152(%rbp)
	jmp	.LBB10_17
	.p2align	4
.LBB10_43:
	movq	-160(%rbp), %rdx
	incq	%rdx
	movq	32(%rdi), %rax
	imulq	-136(%rbp), %rax
	addq	%r14, -48(%rbp)
	cmpq	%rax, %rdx
	jge	.LBB10_44
.LBB10_17:
	cmpq	8(%rdi), %rdx
	jge	.LBB10_44
	movq	(%rbx), %r10
	imulq	%rdx, %r10
	imulq	8(%rbx), %r10
	imulq	16(%rbx), %r10
	shlq	$3, %r10
	addq	40(%rdi), %r10
	movq	24(%rdi), %r13
	movq	72(%rdi), %rax
	movq	%rax, -96(%rbp)
	cmpb	$0, -80(%rbp)
	movq	%rdx, -160(%rbp)
	je	.LBB10_20
	movq	%rbx, %rdi
	movq	%r10, %rsi
	movq	-72(%rbp), %r14
	movq	%r14, %rdx
	callq	im2col_f64
	movq	-56(%rbp), %rcx
	movq	-64(%rbp), %rdi
	movq	%r14, %r10
.LBB10_20:
	cmpq	$0, 16(%rdi)
	movq	-88(%rbp), %r14
	movq	-104(%rbp), %r8
	jle	.LBB10_23
	movq	%r13, %rbx
	imulq	-48(%rbp), %rbx
	addq	-96(%rbp), %rbx
	movq	-112(%rbp), %r15
	xorl	%r12d, %r12d
	.p2align	4
.LBB10_22:
	movq	%r10, -192(%rbp)
	subq	$8, %rsp
	xorpd	%xmm0, %xmm0
	xorl	%edi, %edi
	xorl	%esi, %esi
	movq	%r14, %rdx
	movq	%r15, %r9
	pushq	%rcx
	pushq	%rbx
	pushq	%rcx
	pushq	%r10
	pushq	%r8
	callq	axon_gemm_f64@PLT
	movq	-168(%rbp), %rsi
	movq	-176(%rbp), %rdx
	movq	-184(%rbp), %rax
	movq	-104(%rbp), %r8
	movq	-192(%rbp), %r10
	movq	-56(%rbp), %rcx
	movq	-64(%rbp), %rdi
	addq	$48, %rsp
	incq	%r12
	addq	%rax, %r10
	addq	%rdx, %r15
	addq	%rsi, %rbx
	cmpq	16(%rdi), %r12
	jl	.LBB10_22
.LBB10_23:
	movq	-144(%rbp), %r10
	testq	%r10, %r10
	movq	-152(%rbp), %rbx
	movq	-128(%rbp), %r11
	movq	-120(%rbp), %r14
	xorpd	%xmm6, %xmm6
	xorpd	%xmm7, %xmm7
	jne	.LBB10_25
	cmpl	$0, 104(%rdi)
	je	.LBB10_43
.LBB10_25:
	movq	24(%rdi), %rax
	testq	%rax, %rax
	jle	.LBB10_43
	imulq	-48(%rbp), %r13
	movq	-96(%rbp), %rdx
	leaq	(%rdx,%r13), %r9
	addq	$16, %r9
	addq	%rdx, %r13
	xorl	%edx, %edx
	jmp	.LBB10_27
	.p2align	4
.LBB10_42:
	incq	%rdx
	addq	%r14, %r9
	addq	%r14, %r13
	cmpq	%rax, %rdx
	je	.LBB10_43
.LBB10_27:
	testq	%r10, %r10
	je	.LBB10_28
	movsd	(%r10,%rdx,8), %xmm0
	testq	%rcx, %rcx
	jg	.LBB10_31
	jmp	.LBB10_42
	.p2align	4
.LBB10_28:
	xorpd	%xmm0, %xmm0
	testq	%rcx, %rcx
	jle	.LBB10_42
.LBB10_31:
	movl	104(%rdi), %esi
	cmpq	$4, %rcx
	jae	.LBB10_36
	xorl	%r8d, %r8d
	jmp	.LBB10_33
	.p2align	4
.LBB10_36:
	movapd	%xmm0, %xmm1
	unpcklpd	%xmm0, %xmm1
	xorl	%r8d, %r8d
	jmp	.LBB10_37
	.p2align	4
.LBB10_39:
	xorpd	%xmm4, %xmm4
	xorpd	%xmm5, %xmm5
.LBB10_40:
	andnpd	%xmm3, %xmm4
	andnpd	%xmm2, %xmm5
	movupd	%xmm4, -16(%r9,%r8,8)
	movupd	%xmm5, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %r11
	je	.LBB10_41
.LBB10_37:
	movupd	-16(%r9,%r8,8), %xmm3
	movupd	(%r9,%r8,8), %xmm2
	addpd	%xmm1, %xmm3
	addpd	%xmm1, %xmm2
	testl	%esi, %esi
	je	.LBB10_39
	movapd	%xmm3, %xmm4
	cmplepd	%xmm7, %xmm4
	movapd	%xmm2, %xmm5
	cmplepd	%xmm7, %xmm5
	jmp	.LBB10_40
	.p2align	4
.LBB10_41:
	movq	%r11, %r8
	cmpq	%r11, %rcx
	jne	.LBB10_33
	jmp	.LBB10_42
	.p2align	4
.LBB10_35:
	movsd	%xmm1, (%r13,%r8,8)
	incq	%r8
	cmpq	%r8, %rcx
	je	.LBB10_42
.LBB10_33:
	movsd	(%r13,%r8,8), %xmm1
	addsd	%xmm0, %xmm1
	testl	%esi, %esi
	je	.LBB10_35
	movapd	%xmm1, %xmm2
	cmplesd	%xmm6, %xmm2
	andnpd	%xmm1, %xmm2
	movapd	%xmm2, %xmm1
	jmp	.LBB10_35
.LBB10_44:
	addq	$152, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end10:
	.size	forward_task_f64, .Lfunc_end10-forward_task_f64
	.cfi_endproc

	.globl	axon_conv2d_input_grad_f64
	.p2align	4
	.type	axon_conv2d_input_grad_f64,@function
axon_conv2d_input_grad_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$120, %rsp
	.cfi_offset %rbx, -24
	movq	%rsi, %rbx
	movq	24(%rbp), %rax
	movq	16(%rbp), %rsi
	movq	%rdi, -128(%rbp)
	movq	%rbx, -120(%rbp)
	movq	%rdx, -112(%rbp)
	movq	%rcx, -104(%rbp)
	movq	$0, -88(%rbp)
	movq	%rsi, -80(%rbp)
	movq	$0, -72(%rbp)
	movq	%r8, -64(%rbp)
	movq	$0, -56(%rbp)
	movq	%rax, -48(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -40(%rbp)
	movq	$0, -24(%rbp)
	movq	%r9, -16(%rbp)
	callq	axon_threads@PLT
	cltq
	cmpq	%rax, %rbx
	cmovlq	%rbx, %rax
	cmpq	$2, %rax
	movl	$1, %ecx
	cmovgeq	%rax, %rcx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB11_1
	cqto
	idivq	%rcx
	movq	%rax, %rcx
	jmp	.LBB11_3
.LBB11_1:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB11_3:
	movq	%rcx, -96(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB11_4
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB11_6
.LBB11_4:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB11_6:
	leaq	input_grad_task_f64(%rip), %rsi
	leaq	-128(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
	addq	$120, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end11:
	.size	axon_conv2d_input_grad_f64, .Lfunc_end11-axon_conv2d_input_grad_f64
	.cfi_endproc

	.p2align	4
	.type	input_grad_task_f64,@function
input_grad_task_f64:
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
	subq	$536, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	(%rdi), %r9
	movq	16(%rdi), %r8
	movq	(%r9), %r13
	movq	104(%r9), %rcx
	movq	112(%r9), %r10
	movq	%r13, %rax
	orq	%r8, %rax
	shrq	$32, %rax
	je	.LBB12_1
	movq	%r13, %rax
	cqto
	idivq	%r8
	jmp	.LBB12_3
.LBB12_1:
	movl	%r13d, %eax
	xorl	%edx, %edx
	divl	%r8d
.LBB12_3:
	movq	%rax, -88(%rbp)
	movq	24(%rdi), %rax
	movq	%rax, %rdx
	orq	%r8, %rdx
	shrq	$32, %rdx
	movq	%rsi, -48(%rbp)
	je	.LBB12_4
	cqto
	idivq	%r8
	jmp	.LBB12_6
.LBB12_4:
	xorl	%edx, %edx
	divl	%r8d
.LBB12_6:
	movq	%rax, -192(%rbp)
	movq	%r10, %r14
	imulq	%rcx, %r14
	movq	24(%r9), %rax
	movq	32(%r9), %rdx
	movq	%rdx, %r8
	imulq	%rax, %r8
	movq	8(%r9), %r12
	movq	16(%r9), %rbx
	xorq	$1, %rax
	xorq	$1, %rdx
	orq	%rax, %rdx
	movq	%rdi, -56(%rbp)
	movq	%r9, -184(%rbp)
	jne	.LBB12_12
	cmpq	$1, 40(%r9)
	jne	.LBB12_12
	cmpq	$1, 48(%r9)
	jne	.LBB12_12
	cmpq	$0, 72(%r9)
	jne	.LBB12_12
	xorq	%r12, %rcx
	orq	80(%r9), %rcx
	xorq	%rbx, %r10
	orq	%rcx, %r10
	jne	.LBB12_12
	movq	%r8, %r15
	movq	$0, -96(%rbp)
	movq	$0, -64(%rbp)
	jmp	.LBB12_13
.LBB12_12:
	movq	%r8, %r15
	movq	%r8, %rsi
	imulq	%r13, %rsi
	imulq	%r14, %rsi
	shlq	$3, %rsi
	movl	$2, %edi
	callq	axon_scratch@PLT
	movq	-56(%rbp), %rdi
	movq	%rax, -64(%rbp)
	movb	$1, %al
	movq	%rax, -96(%rbp)
.LBB12_13:
	movq	32(%rdi), %rcx
	testq	%rcx, %rcx
	jle	.LBB12_33
	movq	%r12, %rdx
	imulq	%r13, %rdx
	imulq	-88(%rbp), %r15
	imulq	%rbx, %rdx
	movq	48(%rdi), %rax
	movq	%rax, -320(%rbp)
	movq	-48(%rbp), %rsi
	leal	1(%rsi), %eax
	cltq
	movq	%rax, -328(%rbp)
	movslq	%esi, %rax
	imulq	%rax, %rcx
	movq	%rdx, -336(%rbp)
	leaq	(,%rdx,8), %rax
	movq	%rax, -312(%rbp)
	movq	%r15, %rax
	imulq	%r14, %rax
	shlq	$3, %rax
	movq	%rax, -408(%rbp)
	movq	%r15, -232(%rbp)
	movq	-192(%rbp), %rax
	imulq	%rax, %r15
	shlq	$3, %r15
	movq	%r14, %rdx
	imulq	%rax, %rdx
	shlq	$3, %rdx
	movq	%rdx, -392(%rbp)
	imulq	%rbx, %r12
	imulq	%r13, %r12
	movq	%rcx, %rax
	imulq	%r12, %rax
	shlq	$3, %rax
	movq	%rax, -104(%rbp)
	shlq	$3, %r12
	movq	%r12, -344(%rbp)
	movq	-64(%rbp), %rax
	addq	$16, %rax
	movq	%rax, -304(%rbp)
	movq	%r14, -200(%rbp)
	movq	%r15, -400(%rbp)
	jmp	.LBB12_15
	.p2align	4
.LBB12_32:
	movq	-352(%rbp), %rcx
	incq	%rcx
	movq	-56(%rbp), %rdi
	movq	32(%rdi), %rax
	imulq	-328(%rbp), %rax
	movq	-104(%rbp), %rdx
	addq	-344(%rbp), %rdx
	movq	%rdx, -104(%rbp)
	cmpq	%rax, %rcx
	movq	-200(%rbp), %r14
	jge	.LBB12_33
.LBB12_15:
	cmpq	8(%rdi), %rcx
	jge	.LBB12_33
	movq	24(%rdi), %r15
	imulq	%r14, %r15
	movq	%r15, %rbx
	imulq	%rcx, %rbx
	shlq	$3, %rbx
	movq	64(%rdi), %r13
	addq	%rbx, %r13
	cmpq	$0, 112(%rdi)
	je	.LBB12_18
	leaq	(,%r15,8), %rsi
	movl	$3, %edi
	movq	%rcx, %r12
	callq	axon_scratch@PLT
	movq	%rax, %r14
	movq	-56(%rbp), %rax
	addq	112(%rax), %rbx
	subq	$8, %rsp
	movl	$7, %edi
	movq	%r13, %rsi
	xorl	%edx, %edx
	movq	%rbx, %rcx
	xorl	%r8d, %r8d
	movq	%r14, %r9
	pushq	%r15
	callq	axon_binary_serial_f64@PLT
	movq	%r12, %rcx
	movq	-56(%rbp), %rdi
	addq	$16, %rsp
	movq	%r14, %r13
.LBB12_18:
	movq	80(%rdi), %rdx
	movq	%rcx, -352(%rbp)
	movq	%rcx, %rax
	imulq	-336(%rbp), %rax
	movq	%rdx, -112(%rbp)
	leaq	(%rdx,%rax,8), %r15
	cmpb	$0, -96(%rbp)
	movq	%r15, -208(%rbp)
	cmovneq	-64(%rbp), %r15
	cmpq	$0, 16(%rdi)
	movq	-192(%rbp), %r14
	movq	-200(%rbp), %rcx
	movq	-232(%rbp), %rdx
	jle	.LBB12_21
	movq	-320(%rbp), %rbx
	xorl	%r12d, %r12d
	.p2align	4
.LBB12_20:
	movq	%r13, -48(%rbp)
	subq	$8, %rsp
	xorpd	%xmm0, %xmm0
	movl	$1, %edi
	xorl	%esi, %esi
	movq	%r14, %r8
	movq	%rbx, %r9
	pushq	%rcx
	pushq	%r15
	pushq	%rcx
	pushq	%r13
	pushq	%rdx
	movq	%rcx, %r13
	callq	axon_gemm_f64@PLT
	movq	-392(%rbp), %r8
	movq	-408(%rbp), %rsi
	movq	-232(%rbp), %rdx
	movq	%r13, %rcx
	movq	-56(%rbp), %rdi
	movq	-400(%rbp), %rax
	movq	-48(%rbp), %r13
	addq	$48, %rsp
	incq	%r12
	addq	%rsi, %r15
	addq	%rax, %rbx
	addq	%r8, %r13
	cmpq	16(%rdi), %r12
	jl	.LBB12_20
.LBB12_21:
	cmpb	$0, -96(%rbp)
	je	.LBB12_32
	movq	-208(%rbp), %rdi
	xorl	%esi, %esi
	movq	-312(%rbp), %rdx
	callq	memset@PLT
	movq	-184(%rbp), %rax
	movq	(%rax), %rax
	movq	%rax, -384(%rbp)
	testq	%rax, %rax
	jle	.LBB12_32
	movq	-184(%rbp), %rdx
	movq	8(%rdx), %rax
	movq	16(%rdx), %rsi
	movq	40(%rdx), %r9
	movq	48(%rdx), %r8
	movq	56(%rdx), %rdi
	movq	72(%rdx), %rcx
	movq	80(%rdx), %r10
	movq	104(%rdx), %r11
	movq	112(%rdx), %rbx
	movq	%rsi, %r12
	movq	%rax, -568(%rbp)
	imulq	%rax, %r12
	movq	%rbx, %r14
	imulq	%r11, %r14
	movq	%rcx, -552(%rbp)
	movq	%rcx, %rax
	imulq	%rsi, %rax
	shlq	$3, %rax
	movq	-104(%rbp), %rcx
	subq	%rax, %rcx
	movq	%r10, -504(%rbp)
	leaq	(,%r10,8), %rax
	subq	%rax, %rcx
	addq	%rcx, -112(%rbp)
	movq	%rdi, -416(%rbp)
	imulq	%rsi, %rdi
	shlq	$3, %rdi
	movq	%rdi, -440(%rbp)
	movq	%r9, -560(%rbp)
	movq	%rsi, -280(%rbp)
	imulq	%rsi, %r9
	shlq	$3, %r9
	movq	%r8, %r10
	shlq	$4, %r10
	movq	24(%rdx), %rax
	movq	32(%rdx), %rcx
	movq	%rax, -128(%rbp)
	imulq	%rcx, %rax
	movq	%r14, -456(%rbp)
	imulq	%r14, %rax
	shlq	$3, %rax
	movq	%rax, -376(%rbp)
	movq	%rbx, -272(%rbp)
	leaq	(,%rbx,8), %r14
	movq	%r14, %rax
	movq	%r11, -48(%rbp)
	imulq	%r11, %rax
	movq	%rax, -496(%rbp)
	movq	%rcx, -152(%rbp)
	imulq	%rcx, %rax
	movq	%rax, -432(%rbp)
	movq	64(%rdx), %rax
	leaq	-1(%r8), %rcx
	movq	%rcx, -448(%rbp)
	leaq	(,%r8,8), %rcx
	movq	%rcx, -512(%rbp)
	movq	%r12, -360(%rbp)
	leaq	(,%r12,8), %rcx
	movq	%rcx, -368(%rbp)
	movq	%rax, -488(%rbp)
	leaq	(,%rax,8), %rax
	movq	%rax, -480(%rbp)
	movq	-304(%rbp), %rax
	movq	%rax, -224(%rbp)
	movq	-64(%rbp), %rax
	movq	%rax, -216(%rbp)
	movq	$0, -120(%rbp)
	movq	%r8, -176(%rbp)
	jmp	.LBB12_24
	.p2align	4
.LBB12_31:
	movq	-120(%rbp), %rcx
	incq	%rcx
	movq	-368(%rbp), %rax
	addq	%rax, -112(%rbp)
	movq	-376(%rbp), %rax
	addq	%rax, -216(%rbp)
	addq	%rax, -224(%rbp)
	movq	%rcx, -120(%rbp)
	cmpq	-384(%rbp), %rcx
	je	.LBB12_32
.LBB12_24:
	cmpq	$0, -128(%rbp)
	jle	.LBB12_31
	movq	-120(%rbp), %rcx
	movq	%rcx, %rax
	imulq	-128(%rbp), %rax
	movq	%rax, -424(%rbp)
	movq	-360(%rbp), %rax
	imulq	%rcx, %rax
	movq	-208(%rbp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, -464(%rbp)
	movq	-224(%rbp), %rax
	movq	%rax, -248(%rbp)
	movq	-216(%rbp), %rax
	movq	%rax, -240(%rbp)
	movq	-112(%rbp), %rax
	movq	%rax, -144(%rbp)
	movq	$0, -136(%rbp)
	jmp	.LBB12_26
	.p2align	4
.LBB12_30:
	movq	-136(%rbp), %rcx
	incq	%rcx
	movq	-144(%rbp), %rax
	addq	-440(%rbp), %rax
	movq	%rax, -144(%rbp)
	movq	-432(%rbp), %rax
	addq	%rax, -240(%rbp)
	addq	%rax, -248(%rbp)
	movq	%rcx, -136(%rbp)
	cmpq	-128(%rbp), %rcx
	je	.LBB12_31
.LBB12_26:
	cmpq	$0, -152(%rbp)
	jle	.LBB12_30
	movq	-424(%rbp), %rax
	movq	-136(%rbp), %rcx
	addq	%rcx, %rax
	imulq	-152(%rbp), %rax
	movq	%rax, -472(%rbp)
	imulq	-416(%rbp), %rcx
	movq	%rcx, -88(%rbp)
	movq	-248(%rbp), %rax
	movq	%rax, -264(%rbp)
	movq	-240(%rbp), %rax
	movq	%rax, -256(%rbp)
	movq	-144(%rbp), %rax
	movq	%rax, -160(%rbp)
	xorl	%esi, %esi
	jmp	.LBB12_28
	.p2align	4
.LBB12_60:
	movq	-288(%rbp), %rsi
	incq	%rsi
	movq	-160(%rbp), %rax
	addq	-480(%rbp), %rax
	movq	%rax, -160(%rbp)
	movq	-496(%rbp), %rax
	addq	%rax, -256(%rbp)
	addq	%rax, -264(%rbp)
	cmpq	-152(%rbp), %rsi
	movq	-176(%rbp), %r8
	je	.LBB12_30
.LBB12_28:
	movq	%rsi, %rdi
	imulq	-488(%rbp), %rdi
	subq	-504(%rbp), %rdi
	js	.LBB12_34
	movq	$0, -72(%rbp)
	jmp	.LBB12_38
	.p2align	4
.LBB12_34:
	movq	%rdi, %rax
	notq	%rax
	addq	%r8, %rax
	movq	%rax, %rcx
	orq	%r8, %rcx
	shrq	$32, %rcx
	je	.LBB12_35
	cqto
	idivq	%r8
	jmp	.LBB12_37
.LBB12_35:
	xorl	%edx, %edx
	divl	%r8d
.LBB12_37:
	movq	%rax, -72(%rbp)
.LBB12_38:
	movq	-280(%rbp), %rax
	subq	%rdi, %rax
	movq	%rsi, -288(%rbp)
	jle	.LBB12_39
	addq	-448(%rbp), %rax
	movq	%rax, %rcx
	orq	%r8, %rcx
	shrq	$32, %rcx
	je	.LBB12_41
	cqto
	idivq	%r8
	jmp	.LBB12_43
	.p2align	4
.LBB12_39:
	xorl	%eax, %eax
	jmp	.LBB12_43
	.p2align	4
.LBB12_41:
	xorl	%edx, %edx
	divl	%r8d
.LBB12_43:
	movq	-272(%rbp), %rcx
	cmpq	%rcx, %rax
	cmovgeq	%rcx, %rax
	movq	-72(%rbp), %rcx
	cmpq	%rax, %rcx
	movq	%rax, %rdx
	cmovlq	%rcx, %rdx
	movq	%rdx, -80(%rbp)
	cmpq	$0, -48(%rbp)
	jle	.LBB12_60
	movq	-472(%rbp), %rcx
	movq	-288(%rbp), %rdx
	addq	%rdx, %rcx
	imulq	-456(%rbp), %rcx
	movq	-64(%rbp), %rdx
	leaq	(%rdx,%rcx,8), %rcx
	movq	%rcx, -544(%rbp)
	movq	-464(%rbp), %rcx
	leaq	(%rcx,%rdi,8), %rcx
	movq	%rcx, -536(%rbp)
	movq	%rax, %r12
	movq	-80(%rbp), %rdx
	subq	%rdx, %r12
	leaq	1(%rdx), %rcx
	movq	%rcx, -296(%rbp)
	movq	%rdx, %rcx
	imulq	-176(%rbp), %rcx
	movq	%rcx, -528(%rbp)
	movq	%r12, -168(%rbp)
	andq	$-4, %r12
	leaq	(%rdx,%r12), %rcx
	movq	%rcx, -520(%rbp)
	movq	-264(%rbp), %rcx
	leaq	(%rcx,%rdx,8), %r13
	movq	-160(%rbp), %r8
	leaq	(%r8,%rdx,8), %rdi
	movq	-256(%rbp), %r15
	xorl	%ecx, %ecx
	jmp	.LBB12_45
	.p2align	4
.LBB12_59:
	incq	%rcx
	addq	%r9, %r8
	addq	%r14, %r15
	addq	%r14, %r13
	addq	%r9, %rdi
	cmpq	-48(%rbp), %rcx
	je	.LBB12_60
.LBB12_45:
	movq	%rcx, %rbx
	imulq	-560(%rbp), %rbx
	subq	-552(%rbp), %rbx
	addq	-88(%rbp), %rbx
	setns	%dl
	cmpq	-568(%rbp), %rbx
	setl	%sil
	andb	%dl, %sil
	cmpb	$1, %sil
	jne	.LBB12_59
	cmpq	$1, -176(%rbp)
	jne	.LBB12_47
	cmpq	%rax, -72(%rbp)
	jge	.LBB12_59
	movq	-80(%rbp), %rdx
	cmpq	$4, -168(%rbp)
	jb	.LBB12_58
	xorl	%edx, %edx
	.p2align	4
.LBB12_56:
	movupd	-16(%r13,%rdx,8), %xmm0
	movupd	(%r13,%rdx,8), %xmm1
	movupd	(%rdi,%rdx,8), %xmm2
	addpd	%xmm0, %xmm2
	movupd	16(%rdi,%rdx,8), %xmm0
	addpd	%xmm1, %xmm0
	movupd	%xmm2, (%rdi,%rdx,8)
	movupd	%xmm0, 16(%rdi,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r12
	jne	.LBB12_56
	movq	-520(%rbp), %rdx
	cmpq	%r12, -168(%rbp)
	je	.LBB12_59
	.p2align	4
.LBB12_58:
	movsd	(%r15,%rdx,8), %xmm0
	addsd	(%r8,%rdx,8), %xmm0
	movsd	%xmm0, (%r8,%rdx,8)
	incq	%rdx
	cmpq	%rdx, %rax
	jne	.LBB12_58
	jmp	.LBB12_59
	.p2align	4
.LBB12_47:
	cmpq	%rax, -72(%rbp)
	jge	.LBB12_59
	movq	-80(%rbp), %rdx
	testb	$1, -168(%rbp)
	je	.LBB12_50
	movq	%rcx, %rdx
	imulq	-272(%rbp), %rdx
	imulq	-280(%rbp), %rbx
	movq	-544(%rbp), %rsi
	leaq	(%rsi,%rdx,8), %rdx
	movq	-536(%rbp), %rsi
	leaq	(%rsi,%rbx,8), %rsi
	movq	-80(%rbp), %r11
	movsd	(%rdx,%r11,8), %xmm0
	movq	-528(%rbp), %rdx
	addsd	(%rsi,%rdx,8), %xmm0
	movsd	%xmm0, (%rsi,%rdx,8)
	movq	-296(%rbp), %rdx
.LBB12_50:
	cmpq	-296(%rbp), %rax
	je	.LBB12_59
	leaq	1(%rdx), %rbx
	movq	-512(%rbp), %rsi
	imulq	%rsi, %rbx
	imulq	%rdx, %rsi
	movq	%r8, %r11
	.p2align	4
.LBB12_52:
	movsd	(%r15,%rdx,8), %xmm0
	addsd	(%r11,%rsi), %xmm0
	movsd	%xmm0, (%r11,%rsi)
	movsd	8(%r15,%rdx,8), %xmm0
	addsd	(%r11,%rbx), %xmm0
	movsd	%xmm0, (%r11,%rbx)
	addq	$2, %rdx
	addq	%r10, %r11
	cmpq	%rdx, %rax
	jne	.LBB12_52
	jmp	.LBB12_59
.LBB12_33:
	addq	$536, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end12:
	.size	input_grad_task_f64, .Lfunc_end12-input_grad_task_f64
	.cfi_endproc

	.globl	axon_conv2d_weight_grad_f64
	.p2align	4
	.type	axon_conv2d_weight_grad_f64,@function
axon_conv2d_weight_grad_f64:
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
	subq	$168, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, %rbx
	movq	%rdx, %rcx
	movq	%rsi, %r14
	movq	16(%rbp), %rsi
	movq	(%rdi), %rax
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB13_1
	cqto
	idivq	%rcx
	movq	%rax, %r15
	jmp	.LBB13_3
.LBB13_1:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %r15d
.LBB13_3:
	movq	32(%rdi), %r12
	imulq	24(%rdi), %r12
	movq	%rdi, -200(%rbp)
	movq	%r14, -192(%rbp)
	movq	%rcx, -184(%rbp)
	movq	%rbx, -176(%rbp)
	movq	%r8, -160(%rbp)
	xorpd	%xmm0, %xmm0
	movupd	%xmm0, -152(%rbp)
	movq	%r9, -136(%rbp)
	movupd	%xmm0, -128(%rbp)
	movupd	%xmm0, -112(%rbp)
	movq	$0, -96(%rbp)
	movq	%rsi, -88(%rbp)
	callq	axon_threads@PLT
	cltq
	cmpq	%rax, %r14
	cmovlq	%r14, %rax
	cmpq	$2, %rax
	movl	$1, %ecx
	cmovgeq	%rax, %rcx
	leaq	(%rcx,%r14), %rax
	decq	%rax
	decq	%r14
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB13_4
	cqto
	idivq	%rcx
	movq	%rax, %rcx
	jmp	.LBB13_6
.LBB13_4:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB13_6:
	movq	%r12, %rsi
	imulq	%r15, %rsi
	movq	%rcx, -168(%rbp)
	addq	%rcx, %r14
	movq	%r14, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	movq	%r15, -80(%rbp)
	je	.LBB13_7
	movq	%r14, %rax
	cqto
	idivq	%rcx
	jmp	.LBB13_9
.LBB13_7:
	movl	%r14d, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB13_9:
	movq	%rax, -56(%rbp)
	movq	%r12, -72(%rbp)
	movq	%rax, %r14
	imulq	%rbx, %r14
	leaq	8(,%rsi,8), %rdi
	imulq	%r14, %rdi
	movq	%rsi, %r15
	callq	malloc@PLT
	testq	%rax, %rax
	je	.LBB13_29
	movq	32(%rbp), %r12
	movq	24(%rbp), %r13
	movq	%rax, -112(%rbp)
	imulq	%r15, %r14
	testq	%r12, %r12
	leaq	(%rax,%r14,8), %rcx
	cmoveq	%r12, %rcx
	movq	%rcx, -104(%rbp)
	leaq	weight_grad_task_f64(%rip), %rsi
	leaq	-200(%rbp), %rdx
	movq	%r15, %r14
	movq	-56(%rbp), %r15
	movl	%r15d, %edi
	movq	%rax, -48(%rbp)
	callq	axon_parallel_run@PLT
	movq	%r14, -64(%rbp)
	imulq	%rbx, %r14
	leaq	(,%r14,8), %rdx
	movq	%r13, %rdi
	movq	-48(%rbp), %rsi
	callq	memcpy@PLT
	cmpq	$2, %r15
	movq	%r15, %r9
	jl	.LBB13_23
	movabsq	$9223372036854775804, %r15
	movq	%r14, %rax
	andq	%r15, %rax
	movq	-72(%rbp), %rsi
	imulq	%rbx, %rsi
	imulq	-80(%rbp), %rsi
	leaq	(,%rsi,8), %rcx
	movq	-48(%rbp), %r10
	leaq	(%r10,%rsi,8), %rdx
	addq	$16, %rdx
	leaq	(%r10,%rsi,8), %rsi
	movl	$1, %edi
	jmp	.LBB13_12
	.p2align	4
.LBB13_17:
	incq	%rdi
	addq	%rcx, %rdx
	addq	%rcx, %rsi
	cmpq	%r9, %rdi
	je	.LBB13_18
.LBB13_12:
	testq	%r14, %r14
	jle	.LBB13_17
	xorl	%r8d, %r8d
	cmpq	$4, %r14
	jb	.LBB13_14
	.p2align	4
.LBB13_15:
	movupd	-16(%rdx,%r8,8), %xmm0
	movupd	(%rdx,%r8,8), %xmm1
	movupd	(%r13,%r8,8), %xmm2
	addpd	%xmm0, %xmm2
	movupd	16(%r13,%r8,8), %xmm0
	addpd	%xmm1, %xmm0
	movupd	%xmm2, (%r13,%r8,8)
	movupd	%xmm0, 16(%r13,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rax
	jne	.LBB13_15
	movq	%rax, %r8
	cmpq	%rax, %r14
	je	.LBB13_17
	.p2align	4
.LBB13_14:
	movsd	(%rsi,%r8,8), %xmm0
	addsd	(%r13,%r8,8), %xmm0
	movsd	%xmm0, (%r13,%r8,8)
	incq	%r8
	cmpq	%r8, %r14
	jne	.LBB13_14
	jmp	.LBB13_17
.LBB13_23:
	testq	%r12, %r12
	movq	-48(%rbp), %r10
	je	.LBB13_28
	imulq	%r14, %r9
	leaq	(%r10,%r9,8), %rsi
	shlq	$3, %rbx
	movq	%r12, %rdi
	movq	%rbx, %rdx
	movq	%r10, %rbx
	callq	memcpy@PLT
	movq	%rbx, %r10
	jmp	.LBB13_28
.LBB13_18:
	testq	%r12, %r12
	je	.LBB13_28
	imulq	%r9, %r14
	leaq	(%r10,%r14,8), %rsi
	leaq	(,%rbx,8), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	movq	%r10, %r14
	callq	memcpy@PLT
	movq	%r14, %r10
	movq	-56(%rbp), %rdi
	andq	%rbx, %r15
	movq	-64(%rbp), %rax
	imulq	%rdi, %rax
	leaq	8(,%rax,8), %rax
	imulq	%rbx, %rax
	leaq	(%r14,%rax), %rcx
	addq	$16, %rcx
	addq	%r14, %rax
	movl	$1, %edx
	jmp	.LBB13_20
	.p2align	4
.LBB13_27:
	incq	%rdx
	addq	%r13, %rcx
	addq	%r13, %rax
	cmpq	%rdi, %rdx
	je	.LBB13_28
.LBB13_20:
	testq	%rbx, %rbx
	jle	.LBB13_27
	xorl	%esi, %esi
	cmpq	$4, %rbx
	jb	.LBB13_22
	.p2align	4
.LBB13_25:
	movupd	-16(%rcx,%rsi,8), %xmm0
	movupd	(%rcx,%rsi,8), %xmm1
	movupd	(%r12,%rsi,8), %xmm2
	addpd	%xmm0, %xmm2
	movupd	16(%r12,%rsi,8), %xmm0
	addpd	%xmm1, %xmm0
	movupd	%xmm2, (%r12,%rsi,8)
	movupd	%xmm0, 16(%r12,%rsi,8)
	addq	$4, %rsi
	cmpq	%rsi, %r15
	jne	.LBB13_25
	movq	%r15, %rsi
	cmpq	%r15, %rbx
	je	.LBB13_27
	.p2align	4
.LBB13_22:
	movsd	(%rax,%rsi,8), %xmm0
	addsd	(%r12,%rsi,8), %xmm0
	movsd	%xmm0, (%r12,%rsi,8)
	incq	%rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_22
	jmp	.LBB13_27
.LBB13_28:
	movq	%r10, %rdi
	callq	free@PLT
	addq	$168, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB13_29:
	.cfi_def_cfa %rbp, 16
	callq	abort@PLT
.Lfunc_end13:
	.size	axon_conv2d_weight_grad_f64, .Lfunc_end13-axon_conv2d_weight_grad_f64
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI14_0:
	.quad	0x3ff0000000000000
	.text
	.p2align	4
	.type	weight_grad_task_f64,@function
weight_grad_task_f64:
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
	subq	$152, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	%esi, %r14d
	movq	%rdi, %r15
	movq	(%rdi), %rbx
	movq	16(%rdi), %rsi
	movq	(%rbx), %rcx
	movq	104(%rbx), %r9
	movq	112(%rbx), %r8
	movq	%rcx, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB14_1
	movq	%rcx, %rax
	cqto
	idivq	%rsi
	movq	%rax, %r12
	jmp	.LBB14_3
.LBB14_1:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %r12d
.LBB14_3:
	movq	24(%r15), %r11
	movq	%r11, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB14_4
	movq	%r11, %rax
	cqto
	idivq	%rsi
	movq	%rax, %r13
	jmp	.LBB14_6
.LBB14_4:
	movl	%r11d, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %r13d
.LBB14_6:
	movq	%r8, %r10
	imulq	%r9, %r10
	movq	24(%rbx), %rax
	movq	32(%rbx), %rdx
	movq	%rdx, %rsi
	imulq	%rax, %rsi
	imulq	%rsi, %r12
	xorq	$1, %rax
	xorq	$1, %rdx
	orq	%rax, %rdx
	movq	%r10, -56(%rbp)
	jne	.LBB14_14
	cmpq	$1, 40(%rbx)
	jne	.LBB14_14
	cmpq	$1, 48(%rbx)
	jne	.LBB14_14
	cmpq	$0, 72(%rbx)
	jne	.LBB14_14
	cmpq	$0, 80(%rbx)
	jne	.LBB14_14
	cmpq	8(%rbx), %r9
	jne	.LBB14_14
	cmpq	16(%rbx), %r8
	jne	.LBB14_14
	movq	$0, -80(%rbp)
	movq	$0, -72(%rbp)
	jmp	.LBB14_15
.LBB14_14:
	imulq	%rcx, %rsi
	imulq	%r10, %rsi
	shlq	$3, %rsi
	movl	$2, %edi
	callq	axon_scratch@PLT
	movq	%rax, -72(%rbp)
	movq	24(%r15), %r11
	movb	$1, %al
	movq	%rax, -80(%rbp)
.LBB14_15:
	movq	%rbx, -88(%rbp)
	movslq	%r14d, %r14
	movq	%r12, %rdx
	imulq	%r11, %rdx
	imulq	%r14, %r11
	movq	%r11, %rdi
	movq	%r12, -64(%rbp)
	imulq	%r12, %rdi
	shlq	$3, %rdi
	addq	88(%r15), %rdi
	movq	96(%r15), %r12
	testq	%r12, %r12
	leaq	(%r12,%r11,8), %rbx
	cmovneq	%rbx, %r12
	shlq	$3, %rdx
	movq	%rdi, -104(%rbp)
	xorl	%esi, %esi
	callq	memset@PLT
	testq	%r12, %r12
	je	.LBB14_17
	movq	24(%r15), %rdx
	shlq	$3, %rdx
	movq	%rbx, %rdi
	xorl	%esi, %esi
	callq	memset@PLT
.LBB14_17:
	movq	32(%r15), %rcx
	testq	%rcx, %rcx
	movq	-56(%rbp), %r8
	jle	.LBB14_37
	leal	1(%r14), %eax
	cltq
	movq	%rax, -144(%rbp)
	imulq	%r14, %rcx
	movl	%r8d, %r9d
	andl	$7, %r9d
	movabsq	$9223372036854775800, %r10
	andq	%r8, %r10
	movq	-64(%rbp), %rax
	movq	%rax, %r11
	imulq	%r8, %r11
	shlq	$3, %r11
	movq	%r8, %rbx
	imulq	%r13, %rbx
	shlq	$3, %rbx
	movq	%rax, %r14
	imulq	%r13, %r14
	shlq	$3, %r14
	leaq	(,%r8,8), %rax
	movq	%rax, -112(%rbp)
	movq	%r13, -96(%rbp)
	movq	%r12, -152(%rbp)
	movq	%r9, -136(%rbp)
	movq	%r10, -128(%rbp)
	movq	%r11, -184(%rbp)
	movq	%rbx, -120(%rbp)
	movq	%r14, -176(%rbp)
	movq	%r15, -168(%rbp)
	jmp	.LBB14_19
	.p2align	4
.LBB14_36:
	movq	-160(%rbp), %rcx
	incq	%rcx
	movq	32(%r15), %rax
	imulq	-144(%rbp), %rax
	cmpq	%rax, %rcx
	jge	.LBB14_37
.LBB14_19:
	cmpq	8(%r15), %rcx
	jge	.LBB14_37
	movq	-88(%rbp), %rax
	movq	(%rax), %r12
	imulq	%rcx, %r12
	imulq	8(%rax), %r12
	imulq	16(%rax), %r12
	shlq	$3, %r12
	addq	40(%r15), %r12
	movq	24(%r15), %rbx
	imulq	%r8, %rbx
	movq	%rbx, %r14
	movq	%rcx, -160(%rbp)
	imulq	%rcx, %r14
	shlq	$3, %r14
	movq	64(%r15), %r13
	addq	%r14, %r13
	cmpq	$0, 112(%r15)
	je	.LBB14_22
	leaq	(,%rbx,8), %rsi
	movl	$3, %edi
	callq	axon_scratch@PLT
	addq	112(%r15), %r14
	subq	$8, %rsp
	movl	$7, %edi
	movq	%r13, %rsi
	xorl	%edx, %edx
	movq	%r14, %rcx
	xorl	%r8d, %r8d
	movq	%rax, %r13
	movq	%rax, %r9
	pushq	%rbx
	callq	axon_binary_serial_f64@PLT
	addq	$16, %rsp
.LBB14_22:
	cmpb	$0, -80(%rbp)
	movq	%r13, -48(%rbp)
	je	.LBB14_24
	movq	-88(%rbp), %rdi
	movq	%r12, %rsi
	movq	-72(%rbp), %r12
	movq	%r12, %rdx
	callq	im2col_f64
.LBB14_24:
	movq	-56(%rbp), %r8
	movsd	.LCPI14_0(%rip), %xmm0
	cmpq	$0, 16(%r15)
	movq	%r15, %rsi
	movq	-64(%rbp), %rcx
	movq	-96(%rbp), %rdx
	movq	-120(%rbp), %r13
	jle	.LBB14_27
	movq	-104(%rbp), %rbx
	movq	-48(%rbp), %r14
	xorl	%r15d, %r15d
	.p2align	4
.LBB14_26:
	subq	$8, %rsp
	xorl	%edi, %edi
	movl	$1, %esi
	movq	%r14, %r9
	pushq	%rcx
	pushq	%rbx
	pushq	%r8
	pushq	%r12
	pushq	%r8
	callq	axon_gemm_f64@PLT
	movq	-64(%rbp), %rcx
	movq	-96(%rbp), %rdx
	movq	-168(%rbp), %rsi
	movq	-176(%rbp), %rdi
	movsd	.LCPI14_0(%rip), %xmm0
	movq	-184(%rbp), %r11
	movq	-56(%rbp), %r8
	addq	$48, %rsp
	incq	%r15
	addq	%r11, %r12
	addq	%r13, %r14
	addq	%rdi, %rbx
	cmpq	16(%rsi), %r15
	jl	.LBB14_26
.LBB14_27:
	movq	-152(%rbp), %r12
	testq	%r12, %r12
	movq	%rsi, %r15
	movq	-136(%rbp), %r9
	movq	-128(%rbp), %r10
	movq	-112(%rbp), %r13
	je	.LBB14_36
	movq	24(%r15), %rax
	testq	%rax, %rax
	jle	.LBB14_36
	movq	-48(%rbp), %rcx
	addq	$56, %rcx
	xorl	%edx, %edx
	jmp	.LBB14_30
	.p2align	4
.LBB14_35:
	addsd	(%r12,%rdx,8), %xmm0
	movsd	%xmm0, (%r12,%rdx,8)
	incq	%rdx
	addq	%r13, %rcx
	addq	%r13, -48(%rbp)
	cmpq	%rax, %rdx
	je	.LBB14_36
.LBB14_30:
	xorpd	%xmm0, %xmm0
	testq	%r8, %r8
	jle	.LBB14_35
	xorl	%esi, %esi
	cmpq	$8, %r8
	jb	.LBB14_32
	.p2align	4
.LBB14_38:
	addsd	-56(%rcx,%rsi,8), %xmm0
	addsd	-48(%rcx,%rsi,8), %xmm0
	addsd	-40(%rcx,%rsi,8), %xmm0
	addsd	-32(%rcx,%rsi,8), %xmm0
	addsd	-24(%rcx,%rsi,8), %xmm0
	addsd	-16(%rcx,%rsi,8), %xmm0
	addsd	-8(%rcx,%rsi,8), %xmm0
	addsd	(%rcx,%rsi,8), %xmm0
	addq	$8, %rsi
	cmpq	%rsi, %r10
	jne	.LBB14_38
.LBB14_32:
	testq	%r9, %r9
	je	.LBB14_35
	movq	-48(%rbp), %rdi
	leaq	(%rdi,%rsi,8), %rsi
	xorl	%edi, %edi
	.p2align	4
.LBB14_34:
	addsd	(%rsi,%rdi,8), %xmm0
	incq	%rdi
	cmpq	%rdi, %r9
	jne	.LBB14_34
	jmp	.LBB14_35
.LBB14_37:
	addq	$152, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end14:
	.size	weight_grad_task_f64, .Lfunc_end14-weight_grad_task_f64
	.cfi_endproc

	.globl	axon_max_pool2d_f32
	.p2align	4
	.type	axon_max_pool2d_f32,@function
axon_max_pool2d_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$128, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rsi, %rbx
	movq	%rdi, -136(%rbp)
	movq	16(%rdi), %r14
	imulq	8(%rdi), %r14
	movq	%r14, -128(%rbp)
	movq	112(%rdi), %rax
	imulq	104(%rdi), %rax
	movq	%rax, -120(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -112(%rbp)
	movups	%xmm0, -96(%rbp)
	movq	$0, -80(%rbp)
	movq	%rdx, -72(%rbp)
	movq	%rcx, -64(%rbp)
	movq	%r8, -56(%rbp)
	callq	axon_threads@PLT
	cmpq	$2, %rbx
	jl	.LBB15_3
	cmpl	$2, %eax
	jl	.LBB15_3
	imulq	%rbx, %r14
	cmpq	$32767, %r14
	jle	.LBB15_3
	movl	%eax, %ecx
	leaq	max_pool_run_f32(%rip), %rax
	movq	%rax, -48(%rbp)
	leaq	-136(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	%rbx, -32(%rbp)
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB15_5
	xorl	%edx, %edx
	divq	%rcx
	movq	%rax, %rcx
	jmp	.LBB15_7
.LBB15_3:
	leaq	-136(%rbp), %rdi
	xorl	%esi, %esi
	movq	%rbx, %rdx
	callq	max_pool_run_f32
	jmp	.LBB15_11
.LBB15_5:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB15_7:
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB15_8
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB15_10
.LBB15_8:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB15_10:
	leaq	pool_task(%rip), %rsi
	leaq	-48(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB15_11:
	addq	$128, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end15:
	.size	axon_max_pool2d_f32, .Lfunc_end15-axon_max_pool2d_f32
	.cfi_endproc

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI16_0:
	.long	0xff800000
	.text
	.p2align	4
	.type	max_pool_run_f32,@function
max_pool_run_f32:
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
	subq	$376, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -96(%rbp)
	movq	(%rdi), %rax
	movq	64(%rdi), %rdx
	movq	8(%rdi), %r8
	imulq	%rsi, %r8
	imulq	16(%rdi), %rsi
	leaq	(%rdx,%r8,4), %rcx
	movq	%rcx, -120(%rbp)
	movq	8(%rax), %r10
	movq	16(%rax), %r15
	movq	%r15, %rcx
	imulq	%r10, %rcx
	movq	%rcx, -88(%rbp)
	movq	104(%rax), %r11
	movq	112(%rax), %r13
	movq	%r13, %rcx
	imulq	%r11, %rcx
	movq	%rcx, -192(%rbp)
	movq	72(%rdi), %r9
	leaq	(%r9,%rsi,4), %rcx
	movq	%rcx, -184(%rbp)
	leaq	(,%rsi,8), %rcx
	addq	80(%rdi), %rcx
	movq	%rcx, -176(%rbp)
	cmpq	$0, 72(%rax)
	jne	.LBB16_63
	cmpq	$0, 80(%rax)
	jne	.LBB16_63
	cmpq	$1, 56(%rax)
	jne	.LBB16_63
	cmpq	$1, 64(%rax)
	jne	.LBB16_63
	leaq	-1(%r11), %rdi
	movq	24(%rax), %rcx
	movq	40(%rax), %r14
	imulq	%r14, %rdi
	addq	%rcx, %rdi
	cmpq	%r10, %rdi
	jg	.LBB16_63
	movq	%r14, %rbx
	leaq	-1(%r13), %r10
	movq	32(%rax), %rdi
	movq	48(%rax), %r14
	imulq	%r14, %r10
	addq	%rdi, %r10
	cmpq	%r15, %r10
	jle	.LBB16_6
.LBB16_63:
	cmpq	$0, -96(%rbp)
	jle	.LBB16_45
	shlq	$2, -88(%rbp)
	movq	$0, -56(%rbp)
	movss	.LCPI16_0(%rip), %xmm0
	jmp	.LBB16_65
	.p2align	4
.LBB16_73:
	movq	-56(%rbp), %rdx
	incq	%rdx
	movq	-88(%rbp), %rcx
	addq	%rcx, -120(%rbp)
	movq	%rdx, -56(%rbp)
	cmpq	-96(%rbp), %rdx
	je	.LBB16_45
.LBB16_65:
	testq	%r11, %r11
	jle	.LBB16_73
	movq	-56(%rbp), %rcx
	imulq	-192(%rbp), %rcx
	movq	-184(%rbp), %rdx
	leaq	(%rdx,%rcx,4), %rdx
	movq	%rdx, -112(%rbp)
	movq	-176(%rbp), %rdx
	leaq	(%rdx,%rcx,8), %rcx
	movq	%rcx, -104(%rbp)
	movq	$0, -64(%rbp)
	movq	$0, -48(%rbp)
	jmp	.LBB16_67
	.p2align	4
.LBB16_71:
	movq	104(%rax), %r11
.LBB16_72:
	movq	-48(%rbp), %rdx
	incq	%rdx
	addq	$4, -64(%rbp)
	movq	%rdx, -48(%rbp)
	cmpq	%r11, %rdx
	jge	.LBB16_73
.LBB16_67:
	testq	%r13, %r13
	jle	.LBB16_72
	xorl	%esi, %esi
	jmp	.LBB16_69
	.p2align	4
.LBB16_70:
	movq	$-1, %r13
	movaps	%xmm0, %xmm1
.LBB16_87:
	movq	-224(%rbp), %rdx
	imulq	-48(%rbp), %rdx
	movq	-112(%rbp), %rcx
	leaq	(%rcx,%rdx,4), %rcx
	movq	-72(%rbp), %rsi
	movss	%xmm1, (%rcx,%rsi,4)
	movq	-104(%rbp), %rcx
	leaq	(%rcx,%rdx,8), %rcx
	movq	%r13, (%rcx,%rsi,8)
	incq	%rsi
	movq	112(%rax), %r13
	cmpq	%r13, %rsi
	jge	.LBB16_71
.LBB16_69:
	movq	%r13, -224(%rbp)
	movq	24(%rax), %r10
	testq	%r10, %r10
	movq	%rsi, -72(%rbp)
	jle	.LBB16_70
	movq	40(%rax), %rdx
	movq	%rdx, %r9
	imulq	-48(%rbp), %r9
	movq	72(%rax), %rcx
	subq	%rcx, %r9
	movq	56(%rax), %r15
	movq	48(%rax), %rdi
	imulq	%rsi, %rdi
	subq	80(%rax), %rdi
	movq	%rdi, -80(%rbp)
	imulq	-64(%rbp), %rdx
	shlq	$2, %rcx
	subq	%rcx, %rdx
	leaq	(,%r15,4), %rdi
	movq	$-1, %r13
	movq	%r9, %rbx
	xorl	%esi, %esi
	movaps	%xmm0, %xmm1
	jmp	.LBB16_75
	.p2align	4
.LBB16_86:
	incq	%rsi
	addq	%r15, %rbx
	addq	%rdi, %rdx
	cmpq	%r10, %rsi
	je	.LBB16_87
.LBB16_75:
	movq	%rsi, %rcx
	imulq	%r15, %rcx
	addq	%r9, %rcx
	js	.LBB16_86
	cmpq	8(%rax), %rcx
	jge	.LBB16_86
	movq	32(%rax), %r8
	testq	%r8, %r8
	jle	.LBB16_86
	movq	64(%rax), %r14
	movq	-80(%rbp), %r12
	jmp	.LBB16_79
.LBB16_84:
	imulq	%rbx, %rcx
	addq	%r12, %rcx
	movaps	%xmm2, %xmm1
	movq	%rcx, %r13
	.p2align	4
.LBB16_85:
	addq	%r14, %r12
	decq	%r8
	je	.LBB16_86
.LBB16_79:
	testq	%r12, %r12
	js	.LBB16_85
	movq	16(%rax), %rcx
	cmpq	%rcx, %r12
	jge	.LBB16_85
	movq	%rdx, %r11
	imulq	%rcx, %r11
	addq	-120(%rbp), %r11
	movss	(%r11,%r12,4), %xmm2
	testq	%r13, %r13
	js	.LBB16_84
	ucomiss	%xmm1, %xmm2
	ja	.LBB16_84
	ucomiss	%xmm2, %xmm2
	jnp	.LBB16_85
	jmp	.LBB16_84
.LBB16_6:
	cmpq	$2, %r14
	movq	%r13, -224(%rbp)
	movq	%r11, -312(%rbp)
	jne	.LBB16_10
	cmpq	$2, %rbx
	jne	.LBB16_10
	cmpq	$2, %rcx
	jne	.LBB16_10
	cmpq	$2, %rdi
	jne	.LBB16_10
	cmpq	$0, -96(%rbp)
	jle	.LBB16_45
	leaq	1(%r15), %rax
	movq	%rax, -376(%rbp)
	movq	-192(%rbp), %rdi
	leaq	(,%rdi,4), %rax
	movq	%rax, -304(%rbp)
	leaq	(,%r13,4), %rax
	movq	%rax, -208(%rbp)
	leaq	(,%r15,4), %rax
	movq	-88(%rbp), %rcx
	leaq	(,%rcx,4), %rcx
	movq	%rcx, -296(%rbp)
	leaq	(,%r15,8), %rcx
	movq	%rcx, -200(%rbp)
	leaq	(,%r13,8), %rcx
	movq	%rcx, -160(%rbp)
	leaq	(%rcx,%r8,4), %rcx
	leaq	(%r9,%rsi,4), %r10
	movq	%r10, -352(%rbp)
	addq	%r13, %rsi
	leaq	(%r9,%rsi,4), %rsi
	movq	%rsi, -344(%rbp)
	leaq	(%rdx,%r8,4), %rsi
	addq	%rdx, %rcx
	leaq	(%rax,%r8,4), %rax
	leaq	(%rdx,%rax), %r8
	movq	%r8, -288(%rbp)
	addq	%rdx, %rax
	addq	$4, %rax
	movq	%rax, -280(%rbp)
	movq	%rsi, -336(%rbp)
	leaq	(%rsi,%r15,4), %rax
	movq	%rax, -328(%rbp)
	movq	%rcx, -360(%rbp)
	leaq	(%rcx,%r15,4), %rax
	movq	%rax, -320(%rbp)
	leaq	(,%rdi,8), %rax
	movq	%rax, -368(%rbp)
	leaq	(%r15,%r15), %rax
	movq	%rax, -152(%rbp)
	movq	$0, -248(%rbp)
	movq	-184(%rbp), %rax
	movq	%rax, -240(%rbp)
	movq	-176(%rbp), %rax
	movq	%rax, -232(%rbp)
	movq	-120(%rbp), %rax
	movq	%rax, -272(%rbp)
	jmp	.LBB16_20
.LBB16_42:
	movq	-248(%rbp), %rcx
	incq	%rcx
	movq	-296(%rbp), %rax
	addq	%rax, -288(%rbp)
	addq	%rax, -272(%rbp)
	movq	-232(%rbp), %rdx
	addq	-368(%rbp), %rdx
	movq	%rdx, -232(%rbp)
	movq	-240(%rbp), %rdx
	addq	-304(%rbp), %rdx
	movq	%rdx, -240(%rbp)
	addq	%rax, -280(%rbp)
	movq	%rcx, -248(%rbp)
	cmpq	-96(%rbp), %rcx
	je	.LBB16_45
.LBB16_20:
	testq	%r11, %r11
	jle	.LBB16_42
	movq	-304(%rbp), %rsi
	movq	-248(%rbp), %rcx
	imulq	%rcx, %rsi
	movq	-352(%rbp), %rax
	addq	%rsi, %rax
	movq	%rax, -128(%rbp)
	movq	-296(%rbp), %rdi
	imulq	%rcx, %rdi
	movq	%rcx, %rax
	imulq	-88(%rbp), %rax
	imulq	-192(%rbp), %rcx
	movq	-120(%rbp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, -144(%rbp)
	movq	-184(%rbp), %rax
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, -168(%rbp)
	movq	-176(%rbp), %rax
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, -264(%rbp)
	addq	-344(%rbp), %rsi
	movq	%rsi, -136(%rbp)
	movq	-328(%rbp), %rax
	addq	%rdi, %rax
	movq	%rax, -400(%rbp)
	movq	-320(%rbp), %rax
	addq	%rdi, %rax
	movq	%rax, -392(%rbp)
	movq	-336(%rbp), %rax
	addq	%rdi, %rax
	movq	%rax, -384(%rbp)
	addq	-360(%rbp), %rdi
	movq	%rdi, -256(%rbp)
	movq	-280(%rbp), %rax
	movq	%rax, -64(%rbp)
	movq	$0, -56(%rbp)
	movq	%r15, -216(%rbp)
	movq	-240(%rbp), %rdx
	movq	-232(%rbp), %rsi
	movq	-272(%rbp), %r12
	movq	-288(%rbp), %rdi
	xorl	%r14d, %r14d
	jmp	.LBB16_22
	.p2align	4
.LBB16_41:
	movq	-48(%rbp), %r14
	incq	%r14
	movq	-200(%rbp), %rax
	movq	-112(%rbp), %rdi
	addq	%rax, %rdi
	addq	%rax, %r12
	movq	-72(%rbp), %rsi
	addq	-160(%rbp), %rsi
	movq	-80(%rbp), %rdx
	addq	-208(%rbp), %rdx
	movq	-152(%rbp), %rcx
	addq	%rcx, -216(%rbp)
	addq	%rcx, -56(%rbp)
	addq	%rax, -64(%rbp)
	movq	-312(%rbp), %r11
	cmpq	%r11, %r14
	je	.LBB16_42
.LBB16_22:
	movq	%rdi, -112(%rbp)
	movq	%rsi, -72(%rbp)
	movq	%rdx, -80(%rbp)
	movq	%r13, %rbx
	imulq	%r14, %rbx
	movq	%r14, -48(%rbp)
	imulq	%r15, %r14
	leaq	(%r14,%r14), %rax
	movq	%rax, -104(%rbp)
	callq	axon_detect_isa@PLT
	cmpq	$1073741822, %r15
	jg	.LBB16_23
	movl	%eax, %ecx
	decl	%ecx
	movl	$0, %eax
	cmpl	$1, %ecx
	ja	.LBB16_26
	movq	-144(%rbp), %rax
	leaq	(%rax,%r14,8), %rdi
	leaq	(%rdi,%r15,4), %rsi
	movq	-264(%rbp), %rax
	leaq	(%rax,%rbx,8), %rax
	movq	-168(%rbp), %rcx
	leaq	(%rcx,%rbx,4), %r9
	movq	%rax, (%rsp)
	movq	%r15, %rdx
	movq	-104(%rbp), %rcx
	movq	%r13, %r8
	callq	max_pool_2x2_vector_f32
	jmp	.LBB16_26
	.p2align	4
.LBB16_23:
	xorl	%eax, %eax
.LBB16_26:
	movq	%r13, %rcx
	subq	%rax, %rcx
	xorps	%xmm11, %xmm11
	xorps	%xmm12, %xmm12
	jle	.LBB16_41
	cmpq	$2, %rcx
	jae	.LBB16_28
.LBB16_33:
	movq	%r13, %rcx
	subq	%rax, %rcx
	movq	-72(%rbp), %rdx
	leaq	(%rdx,%rax,8), %rdx
	movq	-80(%rbp), %rsi
	leaq	(%rsi,%rax,4), %rsi
	movq	-216(%rbp), %rdi
	leaq	(%rdi,%rax,2), %rdi
	movq	-56(%rbp), %r8
	leaq	(%r8,%rax,2), %r8
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,8), %r9
	leaq	(%r12,%rax,8), %rax
	xorl	%r10d, %r10d
	jmp	.LBB16_34
	.p2align	4
.LBB16_40:
	leaq	1(%rdi,%r10), %rbx
	cmovneq	%rbx, %r11
	movss	%xmm1, (%rsi,%r10,2)
	movq	%r11, (%rdx,%r10,4)
	addq	$2, %r10
	decq	%rcx
	je	.LBB16_41
.LBB16_34:
	movss	(%rax,%r10,4), %xmm0
	movss	4(%rax,%r10,4), %xmm1
	movaps	%xmm1, %xmm2
	cmpunordss	%xmm11, %xmm2
	movaps	%xmm0, %xmm3
	cmpltss	%xmm1, %xmm3
	orps	%xmm2, %xmm3
	movd	%xmm3, %r11d
	testb	$1, %r11b
	jne	.LBB16_36
	movaps	%xmm0, %xmm1
.LBB16_36:
	movss	-4(%r9,%r10,4), %xmm0
	movaps	%xmm1, %xmm2
	cmpltss	%xmm0, %xmm2
	movaps	%xmm0, %xmm3
	cmpunordss	%xmm11, %xmm3
	orps	%xmm2, %xmm3
	movd	%xmm3, %r14d
	leaq	(%rdi,%r10), %rbx
	andl	$1, %r11d
	addq	%r8, %r11
	addq	%r10, %r11
	testb	$1, %r14b
	jne	.LBB16_38
	movaps	%xmm1, %xmm0
.LBB16_38:
	movss	(%r9,%r10,4), %xmm1
	movaps	%xmm0, %xmm2
	cmpltss	%xmm1, %xmm2
	movaps	%xmm1, %xmm3
	cmpunordss	%xmm11, %xmm3
	orps	%xmm2, %xmm3
	movd	%xmm3, %r14d
	cmovneq	%rbx, %r11
	testb	$1, %r14b
	movq	-224(%rbp), %r13
	jne	.LBB16_40
	movaps	%xmm0, %xmm1
	jmp	.LBB16_40
	.p2align	4
.LBB16_28:
	movq	-208(%rbp), %rsi
	movq	-48(%rbp), %rdi
	imulq	%rdi, %rsi
	addq	-136(%rbp), %rsi
	movq	-200(%rbp), %rdx
	imulq	%rdi, %rdx
	movq	-400(%rbp), %rdi
	addq	%rdx, %rdi
	movq	-392(%rbp), %r8
	addq	%rdx, %r8
	movq	-384(%rbp), %r9
	addq	%rdx, %r9
	addq	-256(%rbp), %rdx
	addq	%rax, %rbx
	movq	-128(%rbp), %r10
	leaq	(%r10,%rbx,4), %r10
	cmpq	%r8, %r10
	leaq	(%rdi,%rax,8), %rdi
	setb	%r8b
	cmpq	%rsi, %rdi
	setb	%dil
	cmpq	%rdx, %r10
	leaq	(%r9,%rax,8), %r9
	setb	%dl
	cmpq	%rsi, %r9
	setb	%sil
	testb	%dil, %r8b
	jne	.LBB16_33
	andb	%sil, %dl
	jne	.LBB16_33
	movq	-104(%rbp), %r8
	leaq	(%r8,%r15), %rsi
	movq	-376(%rbp), %rdx
	leaq	(%rdx,%r8), %rdi
	movq	%rcx, %rdx
	andq	$-2, %rdx
	movq	%r8, %xmm0
	pshufd	$68, %xmm0, %xmm0
	movq	%rsi, %xmm1
	pshufd	$68, %xmm1, %xmm1
	movq	%rdi, %xmm2
	pshufd	$68, %xmm2, %xmm2
	leaq	2(,%rax,2), %rsi
	addq	%rdx, %rax
	movq	%rdx, %rdi
	movq	-80(%rbp), %r9
	movq	-72(%rbp), %r10
	movq	-112(%rbp), %r11
	.p2align	4
.LBB16_31:
	leaq	-2(%rsi), %r8
	movq	%rsi, %xmm4
	movq	%r8, %xmm3
	punpcklqdq	%xmm4, %xmm3
	movdqa	%xmm3, %xmm4
	paddq	%xmm0, %xmm4
	movups	-8(%r12,%rsi,4), %xmm6
	movaps	%xmm6, %xmm7
	shufps	$232, %xmm6, %xmm7
	shufps	$237, %xmm6, %xmm6
	movups	-8(%r11,%rsi,4), %xmm5
	movaps	%xmm5, %xmm8
	shufps	$232, %xmm5, %xmm8
	shufps	$237, %xmm5, %xmm5
	movaps	%xmm7, %xmm9
	cmpltps	%xmm6, %xmm9
	movaps	%xmm6, %xmm10
	cmpunordps	%xmm12, %xmm10
	orps	%xmm9, %xmm10
	pshufd	$80, %xmm10, %xmm9
	psubq	%xmm9, %xmm4
	andps	%xmm10, %xmm6
	andnps	%xmm7, %xmm10
	orps	%xmm6, %xmm10
	movaps	%xmm10, %xmm6
	cmpltps	%xmm8, %xmm6
	movaps	%xmm8, %xmm7
	cmpunordps	%xmm12, %xmm7
	orps	%xmm6, %xmm7
	pshufd	$80, %xmm7, %xmm6
	andps	%xmm7, %xmm8
	andnps	%xmm10, %xmm7
	orps	%xmm8, %xmm7
	movdqa	%xmm1, %xmm8
	paddq	%xmm3, %xmm8
	movaps	%xmm7, %xmm9
	cmpltps	%xmm5, %xmm9
	movaps	%xmm5, %xmm10
	cmpunordps	%xmm12, %xmm10
	orps	%xmm9, %xmm10
	pshufd	$80, %xmm10, %xmm9
	andps	%xmm10, %xmm5
	andnps	%xmm7, %xmm10
	orps	%xmm5, %xmm10
	paddq	%xmm2, %xmm3
	pand	%xmm6, %xmm8
	pandn	%xmm4, %xmm6
	por	%xmm8, %xmm6
	pand	%xmm9, %xmm3
	pandn	%xmm6, %xmm9
	por	%xmm3, %xmm9
	movlps	%xmm10, -4(%r9,%rsi,2)
	movdqu	%xmm9, -8(%r10,%rsi,4)
	addq	$4, %rsi
	addq	$-2, %rdi
	jne	.LBB16_31
	cmpq	%rdx, %rcx
	je	.LBB16_41
	jmp	.LBB16_33
.LBB16_10:
	cmpq	$0, -96(%rbp)
	jle	.LBB16_45
	imulq	%r15, %rbx
	movq	-88(%rbp), %rax
	leaq	(,%rax,4), %rax
	movq	%rax, -256(%rbp)
	movq	%rbx, -168(%rbp)
	leaq	(,%rbx,4), %rax
	movq	%rax, -264(%rbp)
	leaq	(,%r14,4), %rax
	movq	%rax, -200(%rbp)
	leaq	(,%r15,4), %r10
	movq	$0, -136(%rbp)
	xorps	%xmm0, %xmm0
	movq	-120(%rbp), %rax
	movq	%rax, -128(%rbp)
	movq	%r14, -208(%rbp)
	jmp	.LBB16_12
.LBB16_44:
	movq	-136(%rbp), %rdx
	incq	%rdx
	movq	-128(%rbp), %rax
	addq	-256(%rbp), %rax
	movq	%rax, -128(%rbp)
	movq	%rdx, -136(%rbp)
	cmpq	-96(%rbp), %rdx
	je	.LBB16_45
.LBB16_12:
	testq	%r11, %r11
	jle	.LBB16_44
	movq	-136(%rbp), %rdx
	movq	%rdx, %rax
	imulq	-88(%rbp), %rax
	imulq	-192(%rbp), %rdx
	movq	-120(%rbp), %rsi
	leaq	(%rsi,%rax,4), %r8
	movq	-184(%rbp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, -56(%rbp)
	movq	-176(%rbp), %rax
	leaq	(%rax,%rdx,8), %rax
	movq	%rax, -216(%rbp)
	movl	$1, %eax
	movq	%rax, -160(%rbp)
	movq	-128(%rbp), %rax
	movq	%rax, -152(%rbp)
	movq	$0, -144(%rbp)
	movq	%r8, -64(%rbp)
	jmp	.LBB16_14
	.p2align	4
.LBB16_43:
	movq	-144(%rbp), %rdx
	incq	%rdx
	movq	-160(%rbp), %rax
	addq	-168(%rbp), %rax
	movq	%rax, -160(%rbp)
	movq	-152(%rbp), %rax
	addq	-264(%rbp), %rax
	movq	%rax, -152(%rbp)
	movq	-312(%rbp), %r11
	movq	%rdx, -144(%rbp)
	cmpq	%r11, %rdx
	je	.LBB16_44
.LBB16_14:
	testq	%r13, %r13
	jle	.LBB16_43
	movq	-168(%rbp), %rdx
	movq	-144(%rbp), %rax
	imulq	%rax, %rdx
	movq	%rdx, -112(%rbp)
	imulq	%r13, %rax
	movq	%rax, -104(%rbp)
	movq	-152(%rbp), %r9
	movq	-160(%rbp), %r12
	xorl	%esi, %esi
	jmp	.LBB16_16
	.p2align	4
.LBB16_17:
	movaps	%xmm2, %xmm1
	movq	%rdx, %r11
.LBB16_50:
	movq	-104(%rbp), %rax
	addq	%rsi, %rax
	movq	-56(%rbp), %rdx
	movss	%xmm1, (%rdx,%rax,4)
	movq	-216(%rbp), %rdx
	movq	%r11, (%rdx,%rax,8)
	incq	%rsi
	movq	-208(%rbp), %r14
	movq	-48(%rbp), %r12
	addq	%r14, %r12
	movq	-72(%rbp), %r9
	addq	-200(%rbp), %r9
	movq	-224(%rbp), %r13
	cmpq	%r13, %rsi
	movq	-64(%rbp), %r8
	je	.LBB16_43
.LBB16_16:
	movq	%rsi, %rdx
	imulq	%r14, %rdx
	addq	-112(%rbp), %rdx
	movss	(%r8,%rdx,4), %xmm2
	testq	%rcx, %rcx
	movq	%r9, -72(%rbp)
	movq	%r12, -48(%rbp)
	jle	.LBB16_17
	leaq	(%r8,%rdx,4), %rax
	movq	%rax, -80(%rbp)
	xorl	%r8d, %r8d
	movq	%rdx, %r11
	jmp	.LBB16_47
	.p2align	4
.LBB16_48:
	movaps	%xmm2, %xmm1
.LBB16_49:
	incq	%r8
	addq	%r15, %r12
	addq	%r10, %r9
	movaps	%xmm1, %xmm2
	cmpq	%rcx, %r8
	je	.LBB16_50
.LBB16_47:
	xorl	%eax, %eax
	testq	%r8, %r8
	sete	%al
	cmpq	%rax, %rdi
	jle	.LBB16_48
	movl	%edi, %r13d
	subl	%eax, %r13d
	cmpq	$1, %r8
	movl	$0, %r14d
	adcq	$1, %r14
	testb	$1, %r13b
	jne	.LBB16_53
	cmpq	%r14, %rdi
	je	.LBB16_49
	jmp	.LBB16_57
	.p2align	4
.LBB16_53:
	movq	%r8, %r13
	imulq	%r15, %r13
	movq	-80(%rbp), %rbx
	leaq	(%rbx,%r13,4), %rbx
	addq	%rdx, %r13
	movss	(%rbx,%rax,4), %xmm1
	movaps	%xmm1, %xmm3
	cmpunordss	%xmm0, %xmm3
	movaps	%xmm2, %xmm4
	cmpltss	%xmm1, %xmm4
	orps	%xmm3, %xmm4
	movd	%xmm4, %ebx
	addq	%rax, %r13
	testb	$1, %bl
	jne	.LBB16_55
	movaps	%xmm2, %xmm1
.LBB16_55:
	cmovneq	%r13, %r11
	cmpq	$1, %r8
	movl	$0, %eax
	adcq	$1, %rax
	movaps	%xmm1, %xmm2
	cmpq	%r14, %rdi
	je	.LBB16_49
.LBB16_57:
	leaq	(%rax,%r12), %r14
	movaps	%xmm2, %xmm1
	jmp	.LBB16_58
	.p2align	4
.LBB16_62:
	cmovneq	%r14, %r11
	addq	$2, %rax
	addq	$2, %r14
	cmpq	%rax, %rdi
	je	.LBB16_49
.LBB16_58:
	movss	(%r9,%rax,4), %xmm2
	movaps	%xmm2, %xmm3
	cmpunordss	%xmm0, %xmm3
	movaps	%xmm1, %xmm4
	cmpltss	%xmm2, %xmm4
	orps	%xmm3, %xmm4
	movd	%xmm4, %ebx
	leaq	-1(%r14), %r13
	testb	$1, %bl
	jne	.LBB16_60
	movaps	%xmm1, %xmm2
.LBB16_60:
	cmovneq	%r13, %r11
	movss	4(%r9,%rax,4), %xmm1
	movaps	%xmm2, %xmm3
	cmpltss	%xmm1, %xmm3
	movaps	%xmm1, %xmm4
	cmpunordss	%xmm0, %xmm4
	orps	%xmm3, %xmm4
	movd	%xmm4, %ebx
	testb	$1, %bl
	jne	.LBB16_62
	movaps	%xmm2, %xmm1
	jmp	.LBB16_62
.LBB16_45:
	addq	$376, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end16:
	.size	max_pool_run_f32, .Lfunc_end16-max_pool_run_f32
	.cfi_endproc

	.globl	axon_max_pool2d_backward_f32
	.p2align	4
	.type	axon_max_pool2d_backward_f32,@function
axon_max_pool2d_backward_f32:
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
	subq	$200, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rsi, %r14
	movq	%rdi, %rbx
	movq	$0, -232(%rbp)
	movq	%rsi, -224(%rbp)
	movq	%rdx, -48(%rbp)
	movq	%rdx, -216(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -208(%rbp)
	movups	%xmm0, -192(%rbp)
	movq	$0, -176(%rbp)
	movq	%rcx, -56(%rbp)
	movq	%rcx, -168(%rbp)
	movq	%r9, -112(%rbp)
	movq	%r9, -160(%rbp)
	movq	%r8, -64(%rbp)
	movq	%r8, -152(%rbp)
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setl	%cl
	cmpq	$2, %rbx
	setl	%dl
	orb	%cl, %dl
	je	.LBB17_1
	testq	%rbx, %rbx
	movq	-48(%rbp), %rcx
	movq	%r14, %rdx
	jg	.LBB17_5
	jmp	.LBB17_22
.LBB17_1:
	movq	%r14, %rcx
	imulq	%rbx, %rcx
	cmpq	$32768, %rcx
	movq	-48(%rbp), %rcx
	movq	%r14, %rdx
	jge	.LBB17_2
.LBB17_5:
	leaq	(,%rdx,4), %rax
	movq	%rax, -88(%rbp)
	movabsq	$9223372036854775806, %r14
	andq	%rcx, %r14
	movq	-56(%rbp), %rax
	leaq	4(%rax), %r12
	leaq	(,%rcx,4), %rax
	movq	%rax, -80(%rbp)
	movq	-64(%rbp), %rax
	leaq	8(%rax), %r15
	leaq	(,%rcx,8), %rax
	movq	%rax, -72(%rbp)
	xorl	%r13d, %r13d
	movq	%rbx, -104(%rbp)
	movq	%rdx, -96(%rbp)
	jmp	.LBB17_6
	.p2align	4
.LBB17_11:
	incq	%r13
	addq	-80(%rbp), %r12
	addq	-72(%rbp), %r15
	movq	-104(%rbp), %rbx
	cmpq	%rbx, %r13
	movq	-96(%rbp), %rdx
	je	.LBB17_22
.LBB17_6:
	movq	%r13, %rax
	imulq	%rdx, %rax
	movq	-112(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rbx
	movq	%rbx, %rdi
	xorl	%esi, %esi
	movq	-88(%rbp), %rdx
	callq	memset@PLT
	movq	-48(%rbp), %rdx
	testq	%rdx, %rdx
	jle	.LBB17_11
	xorl	%eax, %eax
	cmpq	$1, %rdx
	jne	.LBB17_12
.LBB17_8:
	testb	$1, %dl
	je	.LBB17_11
	movq	%r13, %rcx
	imulq	%rdx, %rcx
	addq	%rcx, %rax
	movq	-64(%rbp), %rcx
	movq	(%rcx,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB17_11
	movq	-56(%rbp), %rdx
	movss	(%rdx,%rax,4), %xmm0
	addss	(%rbx,%rcx,4), %xmm0
	movss	%xmm0, (%rbx,%rcx,4)
	jmp	.LBB17_11
	.p2align	4
.LBB17_16:
	addq	$2, %rax
	cmpq	%rax, %r14
	je	.LBB17_8
.LBB17_12:
	movq	-8(%r15,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB17_14
	movss	-4(%r12,%rax,4), %xmm0
	addss	(%rbx,%rcx,4), %xmm0
	movss	%xmm0, (%rbx,%rcx,4)
.LBB17_14:
	movq	(%r15,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB17_16
	movss	(%r12,%rax,4), %xmm0
	addss	(%rbx,%rcx,4), %xmm0
	movss	%xmm0, (%rbx,%rcx,4)
	jmp	.LBB17_16
.LBB17_2:
	movslq	%eax, %rsi
	leaq	max_pool_backward_run_f32(%rip), %rcx
	movq	%rcx, -144(%rbp)
	leaq	-232(%rbp), %rcx
	movq	%rcx, -136(%rbp)
	movq	%rbx, -128(%rbp)
	leaq	(%rbx,%rsi), %rcx
	decq	%rcx
	decq	%rbx
	movq	%rcx, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB17_3
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	movq	%rax, %rcx
	jmp	.LBB17_18
.LBB17_3:
	movl	%eax, %esi
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %ecx
.LBB17_18:
	movq	%rcx, -120(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB17_19
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB17_21
.LBB17_19:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB17_21:
	leaq	pool_task(%rip), %rsi
	leaq	-144(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB17_22:
	addq	$200, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end17:
	.size	axon_max_pool2d_backward_f32, .Lfunc_end17-axon_max_pool2d_backward_f32
	.cfi_endproc

	.p2align	4
	.type	max_pool_backward_run_f32,@function
max_pool_backward_run_f32:
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
	subq	$72, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -104(%rbp)
	testq	%rdx, %rdx
	jle	.LBB18_8
	movq	8(%rdi), %r8
	movq	16(%rdi), %rbx
	movq	64(%rdi), %rax
	movq	%rbx, %rcx
	imulq	%rsi, %rcx
	leaq	(%rax,%rcx,4), %rdx
	movq	%rdx, -48(%rbp)
	movq	80(%rdi), %rdx
	leaq	(%rdx,%rcx,8), %r10
	movq	%r10, -56(%rbp)
	imulq	%r8, %rsi
	shlq	$2, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -96(%rbp)
	movq	%r8, -88(%rbp)
	leaq	(,%r8,4), %rsi
	movq	%rsi, -80(%rbp)
	movabsq	$9223372036854775806, %r13
	andq	%rbx, %r13
	leaq	(%rax,%rcx,4), %r15
	addq	$4, %r15
	leaq	(,%rbx,4), %rax
	movq	%rax, -72(%rbp)
	leaq	(%rdx,%rcx,8), %r14
	addq	$8, %r14
	leaq	(,%rbx,8), %rax
	movq	%rax, -64(%rbp)
	xorl	%esi, %esi
	jmp	.LBB18_2
	.p2align	4
.LBB18_7:
	incq	%rsi
	addq	-72(%rbp), %r15
	addq	-64(%rbp), %r14
	cmpq	-104(%rbp), %rsi
	je	.LBB18_8
.LBB18_2:
	movq	%rsi, -112(%rbp)
	movq	%rsi, %rax
	imulq	-88(%rbp), %rax
	movq	-96(%rbp), %rcx
	leaq	(%rcx,%rax,4), %r12
	movq	%r12, %rdi
	xorl	%esi, %esi
	movq	-80(%rbp), %rdx
	callq	memset@PLT
	movq	-112(%rbp), %rsi
	testq	%rbx, %rbx
	jle	.LBB18_7
	xorl	%eax, %eax
	cmpq	$1, %rbx
	jne	.LBB18_9
.LBB18_4:
	testb	$1, %bl
	je	.LBB18_7
	movq	%rsi, %rcx
	imulq	%rbx, %rcx
	addq	%rcx, %rax
	movq	-56(%rbp), %rcx
	movq	(%rcx,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB18_7
	movq	-48(%rbp), %rdx
	movss	(%rdx,%rax,4), %xmm0
	addss	(%r12,%rcx,4), %xmm0
	movss	%xmm0, (%r12,%rcx,4)
	jmp	.LBB18_7
	.p2align	4
.LBB18_13:
	addq	$2, %rax
	cmpq	%rax, %r13
	je	.LBB18_4
.LBB18_9:
	movq	-8(%r14,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB18_11
	movss	-4(%r15,%rax,4), %xmm0
	addss	(%r12,%rcx,4), %xmm0
	movss	%xmm0, (%r12,%rcx,4)
.LBB18_11:
	movq	(%r14,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB18_13
	movss	(%r15,%rax,4), %xmm0
	addss	(%r12,%rcx,4), %xmm0
	movss	%xmm0, (%r12,%rcx,4)
	jmp	.LBB18_13
.LBB18_8:
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end18:
	.size	max_pool_backward_run_f32, .Lfunc_end18-max_pool_backward_run_f32
	.cfi_endproc

	.globl	axon_avg_pool2d_f32
	.p2align	4
	.type	axon_avg_pool2d_f32,@function
axon_avg_pool2d_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$128, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rsi, %rbx
	movq	%rdi, -136(%rbp)
	movq	16(%rdi), %r14
	imulq	8(%rdi), %r14
	movq	%r14, -128(%rbp)
	movq	112(%rdi), %rax
	imulq	104(%rdi), %rax
	movq	%rax, -120(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -112(%rbp)
	movups	%xmm0, -96(%rbp)
	movl	%edx, -80(%rbp)
	movl	$0, -76(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%r8, -64(%rbp)
	movq	$0, -56(%rbp)
	callq	axon_threads@PLT
	cmpq	$2, %rbx
	jl	.LBB19_3
	cmpl	$2, %eax
	jl	.LBB19_3
	imulq	%rbx, %r14
	cmpq	$32767, %r14
	jle	.LBB19_3
	movl	%eax, %ecx
	leaq	avg_pool_run_f32(%rip), %rax
	movq	%rax, -48(%rbp)
	leaq	-136(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	%rbx, -32(%rbp)
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB19_5
	xorl	%edx, %edx
	divq	%rcx
	movq	%rax, %rcx
	jmp	.LBB19_7
.LBB19_3:
	leaq	-136(%rbp), %rdi
	xorl	%esi, %esi
	movq	%rbx, %rdx
	callq	avg_pool_run_f32
	jmp	.LBB19_11
.LBB19_5:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB19_7:
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB19_8
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB19_10
.LBB19_8:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB19_10:
	leaq	pool_task(%rip), %rsi
	leaq	-48(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB19_11:
	addq	$128, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end19:
	.size	axon_avg_pool2d_f32, .Lfunc_end19-axon_avg_pool2d_f32
	.cfi_endproc

	.p2align	4
	.type	avg_pool_run_f32,@function
avg_pool_run_f32:
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
	subq	$96, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -144(%rbp)
	testq	%rdx, %rdx
	jle	.LBB20_13
	movq	(%rdi), %rdx
	movq	64(%rdi), %rax
	movq	8(%rdi), %rcx
	imulq	%rsi, %rcx
	leaq	(%rax,%rcx,4), %r8
	movq	%r8, -88(%rbp)
	imulq	16(%rdi), %rsi
	shlq	$2, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -128(%rbp)
	movq	8(%rdx), %rsi
	movq	16(%rdx), %r8
	movq	104(%rdx), %r9
	movq	%rdx, -160(%rbp)
	movq	112(%rdx), %rdx
	movq	%rdx, -64(%rbp)
	movq	%r9, -96(%rbp)
	imulq	%r9, %rdx
	movq	%rdx, -120(%rbp)
	movl	56(%rdi), %edx
	movl	%edx, -68(%rbp)
	movq	%r8, %rdx
	movq	%rsi, -152(%rbp)
	imulq	%rsi, %rdx
	shlq	$2, %rdx
	movq	%rdx, -136(%rbp)
	movq	%r8, -104(%rbp)
	leaq	(,%r8,4), %r15
	leaq	(%rax,%rcx,4), %rax
	addq	$16, %rax
	movq	%rax, -80(%rbp)
	movq	$0, -48(%rbp)
	jmp	.LBB20_2
	.p2align	4
.LBB20_12:
	movq	-48(%rbp), %rcx
	incq	%rcx
	movq	-136(%rbp), %rax
	addq	%rax, -88(%rbp)
	addq	%rax, -80(%rbp)
	movq	%rcx, -48(%rbp)
	cmpq	-144(%rbp), %rcx
	je	.LBB20_13
.LBB20_2:
	cmpq	$0, -96(%rbp)
	jle	.LBB20_12
	movq	-120(%rbp), %rax
	imulq	-48(%rbp), %rax
	movq	-128(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -168(%rbp)
	movq	$0, -56(%rbp)
	jmp	.LBB20_4
	.p2align	4
.LBB20_11:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	%rcx, -56(%rbp)
	cmpq	-96(%rbp), %rcx
	je	.LBB20_12
.LBB20_4:
	cmpq	$0, -64(%rbp)
	jle	.LBB20_11
	movq	-160(%rbp), %rcx
	movq	40(%rcx), %rdi
	movq	-56(%rbp), %rsi
	imulq	%rsi, %rdi
	subq	72(%rcx), %rdi
	movq	32(%rcx), %r8
	movq	24(%rcx), %rax
	addq	%rdi, %rax
	movq	88(%rcx), %rbx
	movq	-152(%rbp), %rdx
	addq	%rdx, %rbx
	movq	96(%rcx), %r9
	addq	-104(%rbp), %r9
	movq	%r9, -240(%rbp)
	cmpq	%rbx, %rax
	cmovlq	%rax, %rbx
	movq	%rbx, %rax
	subq	%rdi, %rax
	movq	%rax, -232(%rbp)
	testq	%rdi, %rdi
	movl	$0, %eax
	cmovleq	%rax, %rdi
	movq	48(%rcx), %r14
	cmpq	%rdx, %rbx
	cmovgeq	%rdx, %rbx
	movq	80(%rcx), %rdx
	movq	%rbx, %rax
	subq	%rdi, %rax
	movq	%rax, -208(%rbp)
	movq	%rsi, %rax
	imulq	-64(%rbp), %rax
	movq	-168(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -200(%rbp)
	movq	%r8, -248(%rbp)
	subq	%rdx, %r8
	movq	%r15, %rcx
	movq	%rdi, -112(%rbp)
	imulq	%rdi, %rcx
	movq	-88(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -176(%rbp)
	movq	%rdx, -216(%rbp)
	negq	%rdx
	addq	-80(%rbp), %rcx
	movq	%rcx, -184(%rbp)
	movq	%r8, -192(%rbp)
	movq	%r8, %rcx
	xorl	%r11d, %r11d
	movq	%r14, -224(%rbp)
	jmp	.LBB20_6
	.p2align	4
.LBB20_18:
	xorps	%xmm1, %xmm1
	cvtsi2ss	%r8, %xmm1
	divss	%xmm1, %xmm0
	movq	-200(%rbp), %rax
	movss	%xmm0, (%rax,%r11,4)
	incq	%r11
	movq	-224(%rbp), %r14
	movq	-256(%rbp), %rcx
	addq	%r14, %rcx
	movq	-264(%rbp), %rdx
	addq	%r14, %rdx
	cmpq	-64(%rbp), %r11
	je	.LBB20_11
.LBB20_6:
	movq	-104(%rbp), %r10
	cmpq	%rcx, %r10
	movq	%rcx, -256(%rbp)
	cmovlq	%r10, %rcx
	movq	-240(%rbp), %r9
	cmpq	%r9, %rcx
	cmovgeq	%r9, %rcx
	testq	%rdx, %rdx
	movl	$0, %esi
	movq	%rdx, -264(%rbp)
	cmovgq	%rdx, %rsi
	movq	%r14, %r8
	imulq	%r11, %r8
	movq	-192(%rbp), %rax
	addq	%r8, %rax
	cmpq	%rax, %r10
	cmovlq	%r10, %rax
	cmpq	%r9, %rax
	cmovgeq	%r9, %rax
	subq	-216(%rbp), %r8
	testq	%r8, %r8
	movl	$0, %edx
	cmovgq	%r8, %rdx
	movq	-248(%rbp), %rdi
	addq	%r8, %rdi
	cmpq	%r9, %rdi
	cmovgeq	%r9, %rdi
	movq	%rdi, %r9
	subq	%r8, %r9
	imulq	-232(%rbp), %r9
	cmpq	%r10, %rdi
	cmovgeq	%r10, %rdi
	movq	%rdi, %r8
	subq	%rdx, %r8
	imulq	-208(%rbp), %r8
	cmpl	$0, -68(%rbp)
	cmovneq	%r9, %r8
	xorps	%xmm0, %xmm0
	cmpq	-112(%rbp), %rbx
	jle	.LBB20_18
	subb	%sil, %cl
	movzbl	%cl, %r13d
	andl	$7, %r13d
	movq	%rdx, %r10
	subq	%rax, %r10
	subq	%rdx, %rax
	movq	-184(%rbp), %r12
	movq	-176(%rbp), %r9
	movq	-112(%rbp), %r14
	jmp	.LBB20_8
	.p2align	4
.LBB20_17:
	incq	%r14
	addq	%r15, %r9
	addq	%r15, %r12
	cmpq	%rbx, %r14
	jge	.LBB20_18
.LBB20_8:
	cmpq	%rdx, %rdi
	jle	.LBB20_17
	testb	$7, %al
	je	.LBB20_10
	movq	%r13, %rsi
	movq	%rdx, %rcx
	.p2align	4
.LBB20_15:
	addss	(%r9,%rcx,4), %xmm0
	incq	%rcx
	decq	%rsi
	jne	.LBB20_15
	cmpq	$-8, %r10
	jbe	.LBB20_19
	jmp	.LBB20_17
.LBB20_10:
	movq	%rdx, %rcx
	cmpq	$-8, %r10
	ja	.LBB20_17
	.p2align	4
.LBB20_19:
	addss	-16(%r12,%rcx,4), %xmm0
	addss	-12(%r12,%rcx,4), %xmm0
	addss	-8(%r12,%rcx,4), %xmm0
	addss	-4(%r12,%rcx,4), %xmm0
	addss	(%r12,%rcx,4), %xmm0
	addss	4(%r12,%rcx,4), %xmm0
	addss	8(%r12,%rcx,4), %xmm0
	addss	12(%r12,%rcx,4), %xmm0
	addq	$8, %rcx
	cmpq	%rdi, %rcx
	jl	.LBB20_19
	jmp	.LBB20_17
.LBB20_13:
	addq	$96, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end20:
	.size	avg_pool_run_f32, .Lfunc_end20-avg_pool_run_f32
	.cfi_endproc

	.globl	axon_avg_pool2d_backward_f32
	.p2align	4
	.type	axon_avg_pool2d_backward_f32,@function
axon_avg_pool2d_backward_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$128, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rsi, %rbx
	movq	%rdi, -136(%rbp)
	movq	16(%rdi), %r14
	imulq	8(%rdi), %r14
	movq	%r14, -128(%rbp)
	movq	112(%rdi), %rax
	imulq	104(%rdi), %rax
	movq	%rax, -120(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -112(%rbp)
	movups	%xmm0, -96(%rbp)
	movl	%edx, -80(%rbp)
	movl	$0, -76(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%r8, -64(%rbp)
	movq	$0, -56(%rbp)
	callq	axon_threads@PLT
	cmpq	$2, %rbx
	jl	.LBB21_3
	cmpl	$2, %eax
	jl	.LBB21_3
	imulq	%rbx, %r14
	cmpq	$32767, %r14
	jle	.LBB21_3
	movl	%eax, %ecx
	leaq	avg_pool_backward_run_f32(%rip), %rax
	movq	%rax, -48(%rbp)
	leaq	-136(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	%rbx, -32(%rbp)
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB21_5
	xorl	%edx, %edx
	divq	%rcx
	movq	%rax, %rcx
	jmp	.LBB21_7
.LBB21_3:
	leaq	-136(%rbp), %rdi
	xorl	%esi, %esi
	movq	%rbx, %rdx
	callq	avg_pool_backward_run_f32
	jmp	.LBB21_11
.LBB21_5:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB21_7:
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB21_8
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB21_10
.LBB21_8:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB21_10:
	leaq	pool_task(%rip), %rsi
	leaq	-48(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB21_11:
	addq	$128, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end21:
	.size	axon_avg_pool2d_backward_f32, .Lfunc_end21-axon_avg_pool2d_backward_f32
	.cfi_endproc

	.p2align	4
	.type	avg_pool_backward_run_f32,@function
avg_pool_backward_run_f32:
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
	subq	$72, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -136(%rbp)
	testq	%rdx, %rdx
	jle	.LBB22_17
	movq	(%rdi), %rax
	movq	16(%rdi), %rcx
	imulq	%rsi, %rcx
	shlq	$2, %rcx
	addq	64(%rdi), %rcx
	movq	%rcx, -120(%rbp)
	imulq	8(%rdi), %rsi
	shlq	$2, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -80(%rbp)
	movq	8(%rax), %rcx
	movq	16(%rax), %rdx
	movq	104(%rax), %rsi
	movq	%rax, -152(%rbp)
	movq	112(%rax), %rax
	movq	%rax, -64(%rbp)
	movq	%rsi, -88(%rbp)
	imulq	%rsi, %rax
	movq	%rax, -112(%rbp)
	movl	56(%rdi), %eax
	movl	%eax, -68(%rbp)
	movq	%rdx, %rax
	movq	%rcx, -144(%rbp)
	imulq	%rcx, %rax
	shlq	$2, %rax
	movq	%rax, -128(%rbp)
	movq	%rdx, -96(%rbp)
	leaq	(,%rdx,4), %r15
	movq	$0, -48(%rbp)
	jmp	.LBB22_2
	.p2align	4
.LBB22_16:
	movq	-48(%rbp), %rcx
	incq	%rcx
	movq	-128(%rbp), %rax
	addq	%rax, -80(%rbp)
	movq	%rcx, -48(%rbp)
	cmpq	-136(%rbp), %rcx
	je	.LBB22_17
.LBB22_2:
	cmpq	$0, -88(%rbp)
	jle	.LBB22_16
	movq	-112(%rbp), %rax
	imulq	-48(%rbp), %rax
	movq	-120(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -160(%rbp)
	movq	$0, -56(%rbp)
	jmp	.LBB22_4
	.p2align	4
.LBB22_15:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	%rcx, -56(%rbp)
	cmpq	-88(%rbp), %rcx
	je	.LBB22_16
.LBB22_4:
	cmpq	$0, -64(%rbp)
	jle	.LBB22_15
	movq	-152(%rbp), %rcx
	movq	40(%rcx), %rdi
	movq	-56(%rbp), %rsi
	imulq	%rsi, %rdi
	subq	72(%rcx), %rdi
	movq	32(%rcx), %r8
	movq	48(%rcx), %r9
	movq	80(%rcx), %r10
	movq	24(%rcx), %rax
	addq	%rdi, %rax
	movq	88(%rcx), %rbx
	movq	-144(%rbp), %rdx
	addq	%rdx, %rbx
	movq	96(%rcx), %rcx
	addq	-96(%rbp), %rcx
	movq	%rcx, -208(%rbp)
	cmpq	%rbx, %rax
	cmovlq	%rax, %rbx
	movq	%rbx, %rax
	subq	%rdi, %rax
	movq	%rax, -200(%rbp)
	testq	%rdi, %rdi
	movl	$0, %eax
	cmovleq	%rax, %rdi
	cmpq	%rdx, %rbx
	cmovgeq	%rdx, %rbx
	movq	%rbx, %rax
	subq	%rdi, %rax
	movq	%rax, -192(%rbp)
	movq	%rsi, %rax
	imulq	-64(%rbp), %rax
	movq	-160(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -176(%rbp)
	movq	%r8, -232(%rbp)
	movq	%r8, %rcx
	subq	%r10, %rcx
	movq	%r10, -216(%rbp)
	negq	%r10
	movq	%r15, %rax
	movq	%rdi, -104(%rbp)
	imulq	%rdi, %rax
	addq	-80(%rbp), %rax
	movq	%rax, -168(%rbp)
	movq	%rcx, -184(%rbp)
	xorl	%r11d, %r11d
	movq	%r9, -224(%rbp)
	jmp	.LBB22_6
	.p2align	4
.LBB22_14:
	incq	%r11
	movq	-224(%rbp), %r9
	addq	%r9, %rcx
	movq	-240(%rbp), %r10
	addq	%r9, %r10
	cmpq	-64(%rbp), %r11
	je	.LBB22_15
.LBB22_6:
	testq	%r10, %r10
	movl	$0, %edi
	movq	%r10, -240(%rbp)
	cmovgq	%r10, %rdi
	movq	-96(%rbp), %r10
	cmpq	%rcx, %r10
	movq	%rcx, %rdx
	cmovlq	%r10, %rdx
	movq	-208(%rbp), %r14
	cmpq	%r14, %rdx
	cmovgeq	%r14, %rdx
	movq	%r9, %r8
	imulq	%r11, %r8
	movq	-184(%rbp), %rax
	leaq	(%rax,%r8), %rsi
	cmpq	%rsi, %r10
	cmovlq	%r10, %rsi
	cmpq	%r14, %rsi
	cmovgeq	%r14, %rsi
	subq	-216(%rbp), %r8
	testq	%r8, %r8
	movl	$0, %r13d
	cmovgq	%r8, %r13
	movq	-232(%rbp), %rax
	addq	%r8, %rax
	cmpq	%r14, %rax
	cmovgeq	%r14, %rax
	movq	%rax, %r9
	subq	%r8, %r9
	imulq	-200(%rbp), %r9
	cmpq	%r10, %rax
	cmovgeq	%r10, %rax
	movq	%rax, %r8
	subq	%r13, %r8
	imulq	-192(%rbp), %r8
	cmpl	$0, -68(%rbp)
	cmovneq	%r9, %r8
	cmpq	-104(%rbp), %rbx
	jle	.LBB22_14
	subq	%rdi, %rdx
	andq	$-8, %rdx
	subq	%r13, %rsi
	movq	-168(%rbp), %r9
	leaq	(%r9,%rdi,4), %rdi
	xorps	%xmm1, %xmm1
	cvtsi2ss	%r8, %xmm1
	movq	-176(%rbp), %r8
	movss	(%r8,%r11,4), %xmm0
	divss	%xmm1, %xmm0
	movq	%rsi, %r14
	andq	$-8, %r14
	leaq	(%r14,%r13), %r12
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	movq	-104(%rbp), %r10
	jmp	.LBB22_8
	.p2align	4
.LBB22_13:
	incq	%r10
	addq	%r15, %rdi
	addq	%r15, %r9
	cmpq	%rbx, %r10
	jge	.LBB22_14
.LBB22_8:
	cmpq	%r13, %rax
	jle	.LBB22_13
	movq	%r13, %r8
	cmpq	$8, %rsi
	jb	.LBB22_18
	xorl	%r8d, %r8d
	.p2align	4
.LBB22_11:
	movups	(%rdi,%r8,4), %xmm2
	movups	16(%rdi,%r8,4), %xmm3
	addps	%xmm1, %xmm2
	addps	%xmm1, %xmm3
	movups	%xmm2, (%rdi,%r8,4)
	movups	%xmm3, 16(%rdi,%r8,4)
	addq	$8, %r8
	cmpq	%r8, %rdx
	jne	.LBB22_11
	movq	%r12, %r8
	cmpq	%r14, %rsi
	je	.LBB22_13
	.p2align	4
.LBB22_18:
	movss	(%r9,%r8,4), %xmm2
	addss	%xmm0, %xmm2
	movss	%xmm2, (%r9,%r8,4)
	incq	%r8
	cmpq	%rax, %r8
	jl	.LBB22_18
	jmp	.LBB22_13
.LBB22_17:
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end22:
	.size	avg_pool_backward_run_f32, .Lfunc_end22-avg_pool_backward_run_f32
	.cfi_endproc

	.globl	axon_adaptive_avg_pool2d_f32
	.p2align	4
	.type	axon_adaptive_avg_pool2d_f32,@function
axon_adaptive_avg_pool2d_f32:
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
	subq	$264, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, %r15
	movq	%rcx, %r14
	movq	%rdx, %r13
	movq	%rdi, %rbx
	movq	16(%rbp), %rcx
	movq	$0, -296(%rbp)
	movq	%rdx, %r12
	imulq	%rsi, %r12
	movq	%r12, -288(%rbp)
	movq	%r8, %rax
	imulq	%r14, %rax
	movq	%rax, -280(%rbp)
	movq	%rsi, -88(%rbp)
	movq	%rsi, -272(%rbp)
	movq	%rdx, -264(%rbp)
	movq	%r14, -256(%rbp)
	movq	%r8, -248(%rbp)
	movq	$0, -240(%rbp)
	movq	%r9, -64(%rbp)
	movq	%r9, -232(%rbp)
	movq	%rcx, -224(%rbp)
	movq	$0, -216(%rbp)
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setl	%cl
	cmpq	$2, %rbx
	setl	%dl
	orb	%cl, %dl
	movq	%rbx, -72(%rbp)
	je	.LBB23_1
	testq	%rbx, %rbx
	jg	.LBB23_5
	jmp	.LBB23_40
.LBB23_1:
	movq	%r12, %rcx
	imulq	%rbx, %rcx
	cmpq	$32768, %rcx
	jge	.LBB23_2
.LBB23_5:
	leaq	-1(%r14), %rax
	movq	%rax, -112(%rbp)
	leaq	-1(%r15), %rax
	movq	%rax, -152(%rbp)
	shlq	$2, %r12
	leaq	(,%r13,4), %r10
	movq	-64(%rbp), %rax
	addq	$16, %rax
	movq	%rax, -80(%rbp)
	movq	$0, -56(%rbp)
	movq	%r14, -120(%rbp)
	movq	%r13, -160(%rbp)
	movq	%r12, -96(%rbp)
	jmp	.LBB23_6
	.p2align	4
.LBB23_11:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	-96(%rbp), %r12
	addq	%r12, -64(%rbp)
	addq	%r12, -80(%rbp)
	movq	%rcx, -56(%rbp)
	cmpq	-72(%rbp), %rcx
	je	.LBB23_40
.LBB23_6:
	testq	%r14, %r14
	jle	.LBB23_11
	movq	-56(%rbp), %rax
	imulq	%r14, %rax
	movq	%rax, -104(%rbp)
	xorl	%ecx, %ecx
	jmp	.LBB23_8
	.p2align	4
.LBB23_10:
	movq	-120(%rbp), %r14
	movq	-128(%rbp), %rcx
	cmpq	%r14, %rcx
	je	.LBB23_11
.LBB23_8:
	movq	%rcx, %rax
	imulq	-88(%rbp), %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	je	.LBB23_9
	cqto
	idivq	%r14
	jmp	.LBB23_13
	.p2align	4
.LBB23_9:
	xorl	%edx, %edx
	divl	%r14d
.LBB23_13:
	movq	%rax, -48(%rbp)
	leaq	1(%rcx), %rsi
	movq	%rsi, %rax
	imulq	-88(%rbp), %rax
	addq	-112(%rbp), %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	movq	%rsi, -128(%rbp)
	je	.LBB23_14
	cqto
	idivq	%r14
	movq	%rax, %rsi
	testq	%r15, %r15
	jg	.LBB23_17
	jmp	.LBB23_10
	.p2align	4
.LBB23_14:
	xorl	%edx, %edx
	divl	%r14d
	movl	%eax, %esi
	testq	%r15, %r15
	jle	.LBB23_10
.LBB23_17:
	movq	%rsi, %rax
	movq	-48(%rbp), %rdx
	subq	%rdx, %rax
	movq	%rax, -176(%rbp)
	addq	-104(%rbp), %rcx
	imulq	%r15, %rcx
	movq	16(%rbp), %rax
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, -168(%rbp)
	movq	%r10, %rcx
	imulq	%rdx, %rcx
	movq	-64(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -136(%rbp)
	addq	-80(%rbp), %rcx
	movq	%rcx, -144(%rbp)
	xorl	%r14d, %r14d
	jmp	.LBB23_18
	.p2align	4
.LBB23_33:
	subq	%r9, %rax
	imulq	-176(%rbp), %rax
	xorps	%xmm1, %xmm1
	cvtsi2ss	%rax, %xmm1
	divss	%xmm1, %xmm0
	movq	-168(%rbp), %rax
	movss	%xmm0, (%rax,%r14,4)
	movq	%r12, %r14
	cmpq	%r15, %r12
	movq	-160(%rbp), %r13
	je	.LBB23_10
.LBB23_18:
	movq	%r14, %rax
	imulq	%r13, %rax
	movq	%rax, %rcx
	orq	%r15, %rcx
	shrq	$32, %rcx
	je	.LBB23_19
	cqto
	idivq	%r15
	movq	%rax, %r9
	jmp	.LBB23_21
	.p2align	4
.LBB23_19:
	xorl	%edx, %edx
	divl	%r15d
	movl	%eax, %r9d
.LBB23_21:
	leaq	1(%r14), %r12
	movq	%r12, %rax
	imulq	%r13, %rax
	addq	-152(%rbp), %rax
	movq	%rax, %rcx
	orq	%r15, %rcx
	shrq	$32, %rcx
	je	.LBB23_22
	cqto
	idivq	%r15
	jmp	.LBB23_24
	.p2align	4
.LBB23_22:
	xorl	%edx, %edx
	divl	%r15d
.LBB23_24:
	xorps	%xmm0, %xmm0
	cmpq	-48(%rbp), %rsi
	jle	.LBB23_33
	movl	%eax, %r11d
	subl	%r9d, %r11d
	andl	$7, %r11d
	movq	%r9, %r13
	subq	%rax, %r13
	movq	-144(%rbp), %rbx
	movq	-136(%rbp), %r8
	movq	-48(%rbp), %rcx
	jmp	.LBB23_26
	.p2align	4
.LBB23_32:
	incq	%rcx
	addq	%r10, %r8
	addq	%r10, %rbx
	cmpq	%rsi, %rcx
	je	.LBB23_33
.LBB23_26:
	cmpq	%r9, %rax
	jle	.LBB23_32
	testq	%r11, %r11
	je	.LBB23_28
	movq	%r11, %rdx
	movq	%r9, %rdi
	.p2align	4
.LBB23_30:
	addss	(%r8,%rdi,4), %xmm0
	incq	%rdi
	decq	%rdx
	jne	.LBB23_30
	cmpq	$-8, %r13
	jbe	.LBB23_34
	jmp	.LBB23_32
.LBB23_28:
	movq	%r9, %rdi
	cmpq	$-8, %r13
	ja	.LBB23_32
	.p2align	4
.LBB23_34:
	addss	-16(%rbx,%rdi,4), %xmm0
	addss	-12(%rbx,%rdi,4), %xmm0
	addss	-8(%rbx,%rdi,4), %xmm0
	addss	-4(%rbx,%rdi,4), %xmm0
	addss	(%rbx,%rdi,4), %xmm0
	addss	4(%rbx,%rdi,4), %xmm0
	addss	8(%rbx,%rdi,4), %xmm0
	addss	12(%rbx,%rdi,4), %xmm0
	addq	$8, %rdi
	cmpq	%rdi, %rax
	jne	.LBB23_34
	jmp	.LBB23_32
.LBB23_2:
	movslq	%eax, %rsi
	leaq	adaptive_run_f32(%rip), %rcx
	movq	%rcx, -208(%rbp)
	leaq	-296(%rbp), %rcx
	movq	%rcx, -200(%rbp)
	movq	-72(%rbp), %rdi
	movq	%rdi, -192(%rbp)
	leaq	(%rdi,%rsi), %rcx
	decq	%rcx
	decq	%rdi
	movq	%rcx, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB23_3
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	movq	%rax, %rcx
	jmp	.LBB23_36
.LBB23_3:
	movl	%eax, %esi
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %ecx
.LBB23_36:
	movq	%rcx, -184(%rbp)
	addq	%rcx, %rdi
	movq	%rdi, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB23_37
	movq	%rdi, %rax
	cqto
	idivq	%rcx
	jmp	.LBB23_39
.LBB23_37:
	movl	%edi, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB23_39:
	leaq	pool_task(%rip), %rsi
	leaq	-208(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB23_40:
	addq	$264, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end23:
	.size	axon_adaptive_avg_pool2d_f32, .Lfunc_end23-axon_adaptive_avg_pool2d_f32
	.cfi_endproc

	.p2align	4
	.type	adaptive_run_f32,@function
adaptive_run_f32:
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
	subq	$16, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -88(%rbp)
	testq	%rdx, %rdx
	jle	.LBB24_8
	movq	24(%rdi), %r8
	movq	32(%rdi), %r9
	movq	40(%rdi), %rdx
	movq	48(%rdi), %r14
	movq	64(%rdi), %rax
	movq	8(%rdi), %rcx
	imulq	%rsi, %rcx
	imulq	16(%rdi), %rsi
	leaq	(%rax,%rcx,4), %r10
	movq	%r10, -72(%rbp)
	shlq	$2, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -96(%rbp)
	movq	%rdx, %rsi
	movq	%r9, %rdx
	imulq	%r8, %rdx
	leaq	-1(%rsi), %rdi
	movq	%rdi, -112(%rbp)
	leaq	-1(%r14), %rdi
	movq	%rdi, -160(%rbp)
	shlq	$2, %rdx
	movq	%rdx, -80(%rbp)
	leaq	(,%r9,4), %r12
	leaq	(%rax,%rcx,4), %rax
	addq	$16, %rax
	movq	%rax, -64(%rbp)
	movq	$0, -56(%rbp)
	movq	%r9, -168(%rbp)
	movq	%rsi, -120(%rbp)
	movq	%r8, -128(%rbp)
	jmp	.LBB24_2
	.p2align	4
.LBB24_7:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	-80(%rbp), %rax
	addq	%rax, -72(%rbp)
	addq	%rax, -64(%rbp)
	movq	%rcx, -56(%rbp)
	cmpq	-88(%rbp), %rcx
	je	.LBB24_8
.LBB24_2:
	testq	%rsi, %rsi
	jle	.LBB24_7
	movq	-56(%rbp), %rax
	imulq	%rsi, %rax
	movq	%rax, -104(%rbp)
	xorl	%ecx, %ecx
	jmp	.LBB24_4
	.p2align	4
.LBB24_6:
	movq	-120(%rbp), %rsi
	movq	-136(%rbp), %rcx
	cmpq	%rsi, %rcx
	movq	-128(%rbp), %r8
	je	.LBB24_7
.LBB24_4:
	movq	%rcx, %rax
	imulq	%r8, %rax
	movq	%rax, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB24_5
	cqto
	idivq	%rsi
	jmp	.LBB24_10
	.p2align	4
.LBB24_5:
	xorl	%edx, %edx
	divl	%esi
.LBB24_10:
	movq	%rax, -48(%rbp)
	leaq	1(%rcx), %rax
	movq	%rax, -136(%rbp)
	imulq	%r8, %rax
	addq	-112(%rbp), %rax
	movq	%rax, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB24_11
	cqto
	idivq	%rsi
	movq	%rax, %r8
	testq	%r14, %r14
	jg	.LBB24_14
	jmp	.LBB24_6
	.p2align	4
.LBB24_11:
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %r8d
	testq	%r14, %r14
	jle	.LBB24_6
.LBB24_14:
	movq	%r8, %rax
	movq	-48(%rbp), %rdx
	subq	%rdx, %rax
	movq	%rax, -184(%rbp)
	addq	-104(%rbp), %rcx
	imulq	%r14, %rcx
	movq	-96(%rbp), %rax
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, -176(%rbp)
	movq	%r12, %rcx
	imulq	%rdx, %rcx
	movq	-72(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -144(%rbp)
	addq	-64(%rbp), %rcx
	movq	%rcx, -152(%rbp)
	xorl	%esi, %esi
	jmp	.LBB24_15
	.p2align	4
.LBB24_30:
	subq	%rcx, %rax
	imulq	-184(%rbp), %rax
	xorps	%xmm1, %xmm1
	cvtsi2ss	%rax, %xmm1
	divss	%xmm1, %xmm0
	movq	-176(%rbp), %rax
	movss	%xmm0, (%rax,%rsi,4)
	movq	%rbx, %rsi
	cmpq	%r14, %rbx
	movq	-168(%rbp), %r9
	je	.LBB24_6
.LBB24_15:
	movq	%rsi, %rax
	imulq	%r9, %rax
	movq	%rax, %rcx
	orq	%r14, %rcx
	shrq	$32, %rcx
	je	.LBB24_16
	cqto
	idivq	%r14
	movq	%rax, %rcx
	jmp	.LBB24_18
	.p2align	4
.LBB24_16:
	xorl	%edx, %edx
	divl	%r14d
	movl	%eax, %ecx
.LBB24_18:
	leaq	1(%rsi), %rbx
	movq	%rbx, %rax
	imulq	%r9, %rax
	addq	-160(%rbp), %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	je	.LBB24_19
	cqto
	idivq	%r14
	jmp	.LBB24_21
	.p2align	4
.LBB24_19:
	xorl	%edx, %edx
	divl	%r14d
.LBB24_21:
	xorps	%xmm0, %xmm0
	cmpq	-48(%rbp), %r8
	jle	.LBB24_30
	movl	%eax, %r15d
	subl	%ecx, %r15d
	andl	$7, %r15d
	movq	%rcx, %r11
	subq	%rax, %r11
	movq	-152(%rbp), %r10
	movq	-144(%rbp), %r13
	movq	-48(%rbp), %rdi
	jmp	.LBB24_23
	.p2align	4
.LBB24_29:
	incq	%rdi
	addq	%r12, %r13
	addq	%r12, %r10
	cmpq	%r8, %rdi
	je	.LBB24_30
.LBB24_23:
	cmpq	%rcx, %rax
	jle	.LBB24_29
	testq	%r15, %r15
	je	.LBB24_25
	movq	%r15, %rdx
	movq	%rcx, %r9
	.p2align	4
.LBB24_27:
	addss	(%r13,%r9,4), %xmm0
	incq	%r9
	decq	%rdx
	jne	.LBB24_27
	cmpq	$-8, %r11
	jbe	.LBB24_31
	jmp	.LBB24_29
.LBB24_25:
	movq	%rcx, %r9
	cmpq	$-8, %r11
	ja	.LBB24_29
	.p2align	4
.LBB24_31:
	addss	-16(%r10,%r9,4), %xmm0
	addss	-12(%r10,%r9,4), %xmm0
	addss	-8(%r10,%r9,4), %xmm0
	addss	-4(%r10,%r9,4), %xmm0
	addss	(%r10,%r9,4), %xmm0
	addss	4(%r10,%r9,4), %xmm0
	addss	8(%r10,%r9,4), %xmm0
	addss	12(%r10,%r9,4), %xmm0
	addq	$8, %r9
	cmpq	%r9, %rax
	jne	.LBB24_31
	jmp	.LBB24_29
.LBB24_8:
	addq	$16, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end24:
	.size	adaptive_run_f32, .Lfunc_end24-adaptive_run_f32
	.cfi_endproc

	.globl	axon_adaptive_avg_pool2d_backward_f32
	.p2align	4
	.type	axon_adaptive_avg_pool2d_backward_f32,@function
axon_adaptive_avg_pool2d_backward_f32:
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
	subq	$264, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, %r15
	movq	%rcx, %r14
	movq	%rdx, %r12
	movq	%rsi, %r13
	movq	%rdi, %rbx
	movq	16(%rbp), %rcx
	movq	$0, -304(%rbp)
	movq	%rdx, %rax
	imulq	%rsi, %rax
	movq	%rax, -48(%rbp)
	movq	%rax, -296(%rbp)
	movq	%r8, %rax
	imulq	%r14, %rax
	movq	%rax, -288(%rbp)
	movq	%rsi, -280(%rbp)
	movq	%rdx, -272(%rbp)
	movq	%r14, -264(%rbp)
	movq	%r8, -256(%rbp)
	movq	$0, -248(%rbp)
	movq	%r9, -96(%rbp)
	movq	%r9, -240(%rbp)
	movq	%rcx, -88(%rbp)
	movq	%rcx, -232(%rbp)
	movq	$0, -224(%rbp)
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setl	%cl
	cmpq	$2, %rbx
	setl	%dl
	orb	%cl, %dl
	movq	%rbx, -72(%rbp)
	je	.LBB25_1
	testq	%rbx, %rbx
	movq	-48(%rbp), %rcx
	jg	.LBB25_5
	jmp	.LBB25_39
.LBB25_1:
	movq	-48(%rbp), %rdx
	movq	%rdx, %rcx
	imulq	%rbx, %rcx
	cmpq	$32768, %rcx
	movq	%rdx, %rcx
	jge	.LBB25_2
.LBB25_5:
	leaq	-1(%r14), %rax
	movq	%rax, -112(%rbp)
	leaq	-1(%r15), %rax
	movq	%rax, -176(%rbp)
	movq	16(%rbp), %rax
	addq	$16, %rax
	movq	%rax, -80(%rbp)
	shlq	$2, %rcx
	leaq	(,%r12,4), %r11
	movq	$0, -64(%rbp)
	movq	%r14, -128(%rbp)
	movq	%r12, -184(%rbp)
	movq	%r13, -120(%rbp)
	movq	%rcx, -48(%rbp)
	jmp	.LBB25_6
	.p2align	4
.LBB25_11:
	movq	-64(%rbp), %rdx
	incq	%rdx
	movq	-48(%rbp), %rcx
	addq	%rcx, -80(%rbp)
	addq	%rcx, -88(%rbp)
	movq	%rdx, -64(%rbp)
	cmpq	-72(%rbp), %rdx
	je	.LBB25_39
.LBB25_6:
	testq	%r14, %r14
	jle	.LBB25_11
	movq	-64(%rbp), %rax
	imulq	%r14, %rax
	movq	%rax, -104(%rbp)
	xorl	%ecx, %ecx
	jmp	.LBB25_8
	.p2align	4
.LBB25_10:
	movq	-128(%rbp), %r14
	movq	-136(%rbp), %rcx
	cmpq	%r14, %rcx
	movq	-120(%rbp), %r13
	je	.LBB25_11
.LBB25_8:
	movq	%rcx, %rax
	imulq	%r13, %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	je	.LBB25_9
	cqto
	idivq	%r14
	jmp	.LBB25_13
	.p2align	4
.LBB25_9:
	xorl	%edx, %edx
	divl	%r14d
.LBB25_13:
	movq	%rax, -56(%rbp)
	leaq	1(%rcx), %rsi
	movq	%rsi, %rax
	imulq	%r13, %rax
	addq	-112(%rbp), %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	movq	%rsi, -136(%rbp)
	je	.LBB25_14
	cqto
	idivq	%r14
	movq	%rax, %rsi
	testq	%r15, %r15
	jg	.LBB25_17
	jmp	.LBB25_10
	.p2align	4
.LBB25_14:
	xorl	%edx, %edx
	divl	%r14d
	movl	%eax, %esi
	testq	%r15, %r15
	jle	.LBB25_10
.LBB25_17:
	addq	-104(%rbp), %rcx
	imulq	%r15, %rcx
	movq	-96(%rbp), %rax
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, -168(%rbp)
	movq	%rsi, %rcx
	movq	-56(%rbp), %rax
	subq	%rax, %rcx
	movq	%rcx, -160(%rbp)
	movq	%r11, %rcx
	imulq	%rax, %rcx
	movq	-80(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -144(%rbp)
	addq	-88(%rbp), %rcx
	movq	%rcx, -152(%rbp)
	xorl	%r14d, %r14d
	jmp	.LBB25_19
	.p2align	4
.LBB25_18:
	cmpq	%r15, %r14
	movq	-184(%rbp), %r12
	je	.LBB25_10
.LBB25_19:
	movq	%r14, %r8
	movq	%r14, %rax
	imulq	%r12, %rax
	movq	%rax, %rcx
	orq	%r15, %rcx
	shrq	$32, %rcx
	je	.LBB25_20
	cqto
	idivq	%r15
	movq	%rax, %r13
	jmp	.LBB25_22
	.p2align	4
.LBB25_20:
	xorl	%edx, %edx
	divl	%r15d
	movl	%eax, %r13d
.LBB25_22:
	leaq	1(%r8), %r14
	movq	%r14, %rax
	imulq	%r12, %rax
	addq	-176(%rbp), %rax
	movq	%rax, %rcx
	orq	%r15, %rcx
	shrq	$32, %rcx
	je	.LBB25_23
	cqto
	idivq	%r15
	cmpq	-56(%rbp), %rsi
	jle	.LBB25_18
	jmp	.LBB25_26
	.p2align	4
.LBB25_23:
	xorl	%edx, %edx
	divl	%r15d
	cmpq	-56(%rbp), %rsi
	jle	.LBB25_18
.LBB25_26:
	movq	%rax, %r10
	subq	%r13, %r10
	movq	%r10, %rcx
	imulq	-160(%rbp), %rcx
	xorps	%xmm1, %xmm1
	cvtsi2ss	%rcx, %xmm1
	movq	-168(%rbp), %rcx
	movss	(%rcx,%r8,4), %xmm0
	divss	%xmm1, %xmm0
	movq	%r10, %rdx
	andq	$-8, %rdx
	leaq	(%rdx,%r13), %r12
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	movq	-144(%rbp), %rcx
	leaq	(%rcx,%r13,4), %r8
	movq	-152(%rbp), %rbx
	leaq	(%rbx,%r13,4), %r9
	movq	-56(%rbp), %rcx
	jmp	.LBB25_27
	.p2align	4
.LBB25_32:
	incq	%rcx
	addq	%r11, %r8
	addq	%r11, %r9
	addq	%r11, %rbx
	cmpq	%rsi, %rcx
	je	.LBB25_18
.LBB25_27:
	cmpq	%r13, %rax
	jle	.LBB25_32
	movq	%r13, %rdi
	cmpq	$8, %r10
	jb	.LBB25_33
	xorl	%edi, %edi
	.p2align	4
.LBB25_30:
	movups	(%r9,%rdi,4), %xmm2
	movups	(%r8,%rdi,4), %xmm3
	addps	%xmm1, %xmm2
	addps	%xmm1, %xmm3
	movups	%xmm2, (%r9,%rdi,4)
	movups	%xmm3, (%r8,%rdi,4)
	addq	$8, %rdi
	cmpq	%rdi, %rdx
	jne	.LBB25_30
	movq	%r12, %rdi
	cmpq	%rdx, %r10
	je	.LBB25_32
	.p2align	4
.LBB25_33:
	movss	(%rbx,%rdi,4), %xmm2
	addss	%xmm0, %xmm2
	movss	%xmm2, (%rbx,%rdi,4)
	incq	%rdi
	cmpq	%rdi, %rax
	jne	.LBB25_33
	jmp	.LBB25_32
.LBB25_2:
	movslq	%eax, %rsi
	leaq	adaptive_backward_run_f32(%rip), %rcx
	movq	%rcx, -216(%rbp)
	leaq	-304(%rbp), %rcx
	movq	%rcx, -208(%rbp)
	movq	-72(%rbp), %rdi
	movq	%rdi, -200(%rbp)
	leaq	(%rdi,%rsi), %rcx
	decq	%rcx
	decq	%rdi
	movq	%rcx, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB25_3
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	movq	%rax, %rcx
	jmp	.LBB25_35
.LBB25_3:
	movl	%eax, %esi
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %ecx
.LBB25_35:
	movq	%rcx, -192(%rbp)
	addq	%rcx, %rdi
	movq	%rdi, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB25_36
	movq	%rdi, %rax
	cqto
	idivq	%rcx
	jmp	.LBB25_38
.LBB25_36:
	movl	%edi, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB25_38:
	leaq	pool_task(%rip), %rsi
	leaq	-216(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB25_39:
	addq	$264, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end25:
	.size	axon_adaptive_avg_pool2d_backward_f32, .Lfunc_end25-axon_adaptive_avg_pool2d_backward_f32
	.cfi_endproc

	.p2align	4
	.type	adaptive_backward_run_f32,@function
adaptive_backward_run_f32:
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
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -72(%rbp)
	testq	%rdx, %rdx
	jle	.LBB26_8
	movq	24(%rdi), %r8
	movq	32(%rdi), %r9
	movq	16(%rdi), %rax
	imulq	%rsi, %rax
	shlq	$2, %rax
	addq	64(%rdi), %rax
	movq	%rax, -80(%rbp)
	imulq	8(%rdi), %rsi
	movq	40(%rdi), %r10
	shlq	$2, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -56(%rbp)
	movq	48(%rdi), %r15
	movq	%r9, %rax
	imulq	%r8, %rax
	leaq	-1(%r10), %rcx
	movq	%rcx, -96(%rbp)
	leaq	-1(%r15), %rcx
	movq	%rcx, -152(%rbp)
	shlq	$2, %rax
	movq	%rax, -64(%rbp)
	leaq	(,%r9,4), %r12
	movq	$0, -48(%rbp)
	movq	%r8, -112(%rbp)
	movq	%r9, -160(%rbp)
	movq	%r10, -104(%rbp)
	jmp	.LBB26_2
	.p2align	4
.LBB26_7:
	movq	-48(%rbp), %rcx
	incq	%rcx
	movq	-64(%rbp), %rax
	addq	%rax, -56(%rbp)
	movq	%rcx, -48(%rbp)
	cmpq	-72(%rbp), %rcx
	je	.LBB26_8
.LBB26_2:
	testq	%r10, %r10
	jle	.LBB26_7
	movq	-48(%rbp), %rax
	imulq	%r10, %rax
	movq	%rax, -88(%rbp)
	xorl	%esi, %esi
	jmp	.LBB26_4
	.p2align	4
.LBB26_6:
	movq	-104(%rbp), %r10
	movq	-120(%rbp), %rsi
	cmpq	%r10, %rsi
	movq	-112(%rbp), %r8
	je	.LBB26_7
.LBB26_4:
	movq	%rsi, %rax
	imulq	%r8, %rax
	movq	%rax, %rcx
	orq	%r10, %rcx
	shrq	$32, %rcx
	je	.LBB26_5
	cqto
	idivq	%r10
	movq	%rax, %rcx
	jmp	.LBB26_10
	.p2align	4
.LBB26_5:
	xorl	%edx, %edx
	divl	%r10d
	movl	%eax, %ecx
.LBB26_10:
	leaq	1(%rsi), %rdi
	movq	%rdi, %rax
	imulq	%r8, %rax
	addq	-96(%rbp), %rax
	movq	%rax, %rdx
	orq	%r10, %rdx
	shrq	$32, %rdx
	movq	%rdi, -120(%rbp)
	je	.LBB26_11
	cqto
	idivq	%r10
	movq	%rax, %r8
	testq	%r15, %r15
	jg	.LBB26_14
	jmp	.LBB26_6
	.p2align	4
.LBB26_11:
	xorl	%edx, %edx
	divl	%r10d
	movl	%eax, %r8d
	testq	%r15, %r15
	jle	.LBB26_6
.LBB26_14:
	addq	-88(%rbp), %rsi
	imulq	%r15, %rsi
	movq	-80(%rbp), %rax
	leaq	(%rax,%rsi,4), %rax
	movq	%rax, -144(%rbp)
	movq	%r8, %rax
	subq	%rcx, %rax
	movq	%rax, -136(%rbp)
	movq	%r12, %rax
	imulq	%rcx, %rax
	addq	-56(%rbp), %rax
	movq	%rax, -128(%rbp)
	xorl	%r14d, %r14d
	jmp	.LBB26_16
	.p2align	4
.LBB26_15:
	cmpq	%r15, %r14
	movq	-160(%rbp), %r9
	je	.LBB26_6
.LBB26_16:
	movq	%r14, %rsi
	movq	%r14, %rax
	imulq	%r9, %rax
	movq	%rax, %rdx
	orq	%r15, %rdx
	shrq	$32, %rdx
	je	.LBB26_17
	cqto
	idivq	%r15
	movq	%rax, %r11
	jmp	.LBB26_19
	.p2align	4
.LBB26_17:
	xorl	%edx, %edx
	divl	%r15d
	movl	%eax, %r11d
.LBB26_19:
	leaq	1(%rsi), %r14
	movq	%r14, %rax
	imulq	%r9, %rax
	addq	-152(%rbp), %rax
	movq	%rax, %rdx
	orq	%r15, %rdx
	shrq	$32, %rdx
	je	.LBB26_20
	cqto
	idivq	%r15
	cmpq	%rcx, %r8
	jle	.LBB26_15
	jmp	.LBB26_23
	.p2align	4
.LBB26_20:
	xorl	%edx, %edx
	divl	%r15d
	cmpq	%rcx, %r8
	jle	.LBB26_15
.LBB26_23:
	movq	%rax, %rbx
	subq	%r11, %rbx
	movq	%rbx, %rdx
	imulq	-136(%rbp), %rdx
	movq	-144(%rbp), %rdi
	movss	(%rdi,%rsi,4), %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2ss	%rdx, %xmm1
	divss	%xmm1, %xmm0
	movq	%rbx, %rdx
	andq	$-8, %rdx
	leaq	(%r11,%rdx), %r13
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	movq	-128(%rbp), %r10
	leaq	(%r10,%r11,4), %rsi
	movq	%rcx, %rdi
	jmp	.LBB26_24
	.p2align	4
.LBB26_29:
	incq	%rdi
	addq	%r12, %rsi
	addq	%r12, %r10
	cmpq	%r8, %rdi
	je	.LBB26_15
.LBB26_24:
	cmpq	%r11, %rax
	jle	.LBB26_29
	movq	%r11, %r9
	cmpq	$8, %rbx
	jb	.LBB26_30
	xorl	%r9d, %r9d
	.p2align	4
.LBB26_27:
	movups	(%rsi,%r9,4), %xmm2
	movups	16(%rsi,%r9,4), %xmm3
	addps	%xmm1, %xmm2
	addps	%xmm1, %xmm3
	movups	%xmm2, (%rsi,%r9,4)
	movups	%xmm3, 16(%rsi,%r9,4)
	addq	$8, %r9
	cmpq	%r9, %rdx
	jne	.LBB26_27
	movq	%r13, %r9
	cmpq	%rdx, %rbx
	je	.LBB26_29
	.p2align	4
.LBB26_30:
	movss	(%r10,%r9,4), %xmm2
	addss	%xmm0, %xmm2
	movss	%xmm2, (%r10,%r9,4)
	incq	%r9
	cmpq	%r9, %rax
	jne	.LBB26_30
	jmp	.LBB26_29
.LBB26_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end26:
	.size	adaptive_backward_run_f32, .Lfunc_end26-adaptive_backward_run_f32
	.cfi_endproc

	.globl	axon_max_pool2d_f64
	.p2align	4
	.type	axon_max_pool2d_f64,@function
axon_max_pool2d_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$128, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rsi, %rbx
	movq	%rdi, -136(%rbp)
	movq	16(%rdi), %r14
	imulq	8(%rdi), %r14
	movq	%r14, -128(%rbp)
	movq	112(%rdi), %rax
	imulq	104(%rdi), %rax
	movq	%rax, -120(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -112(%rbp)
	movups	%xmm0, -96(%rbp)
	movq	$0, -80(%rbp)
	movq	%rdx, -72(%rbp)
	movq	%rcx, -64(%rbp)
	movq	%r8, -56(%rbp)
	callq	axon_threads@PLT
	cmpq	$2, %rbx
	jl	.LBB27_3
	cmpl	$2, %eax
	jl	.LBB27_3
	imulq	%rbx, %r14
	cmpq	$32767, %r14
	jle	.LBB27_3
	movl	%eax, %ecx
	leaq	max_pool_run_f64(%rip), %rax
	movq	%rax, -48(%rbp)
	leaq	-136(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	%rbx, -32(%rbp)
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB27_5
	xorl	%edx, %edx
	divq	%rcx
	movq	%rax, %rcx
	jmp	.LBB27_7
.LBB27_3:
	leaq	-136(%rbp), %rdi
	xorl	%esi, %esi
	movq	%rbx, %rdx
	callq	max_pool_run_f64
	jmp	.LBB27_11
.LBB27_5:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB27_7:
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB27_8
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB27_10
.LBB27_8:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB27_10:
	leaq	pool_task(%rip), %rsi
	leaq	-48(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB27_11:
	addq	$128, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end27:
	.size	axon_max_pool2d_f64, .Lfunc_end27-axon_max_pool2d_f64
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI28_0:
	.quad	0xfff0000000000000
	.text
	.p2align	4
	.type	max_pool_run_f64,@function
max_pool_run_f64:
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
	subq	$120, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -120(%rbp)
	movq	(%rdi), %r15
	movq	64(%rdi), %rcx
	movq	8(%rdi), %rdx
	imulq	%rsi, %rdx
	imulq	16(%rdi), %rsi
	leaq	(%rcx,%rdx,8), %rax
	movq	%rax, -152(%rbp)
	movq	8(%r15), %rax
	movq	16(%r15), %rbx
	movq	%rbx, %r8
	imulq	%rax, %r8
	movq	%r8, -72(%rbp)
	movq	104(%r15), %r14
	movq	112(%r15), %r11
	movq	%r11, %r8
	imulq	%r14, %r8
	movq	%r8, -184(%rbp)
	movq	72(%rdi), %r8
	leaq	(%r8,%rsi,8), %r9
	movq	%r9, -208(%rbp)
	leaq	(,%rsi,8), %r9
	addq	80(%rdi), %r9
	movq	%r9, -200(%rbp)
	cmpq	$0, 72(%r15)
	jne	.LBB28_58
	cmpq	$0, 80(%r15)
	jne	.LBB28_58
	cmpq	$1, 56(%r15)
	jne	.LBB28_58
	cmpq	$1, 64(%r15)
	jne	.LBB28_58
	leaq	-1(%r14), %r10
	movq	24(%r15), %rdi
	movq	40(%r15), %r9
	movq	%r9, %r12
	imulq	%r10, %r9
	addq	%rdi, %r9
	cmpq	%rax, %r9
	jg	.LBB28_58
	leaq	-1(%r11), %rax
	movq	32(%r15), %r13
	movq	48(%r15), %r9
	imulq	%r9, %rax
	addq	%r13, %rax
	cmpq	%rbx, %rax
	jle	.LBB28_6
.LBB28_58:
	cmpq	$0, -120(%rbp)
	jle	.LBB28_40
	shlq	$3, -72(%rbp)
	movq	$0, -56(%rbp)
	movsd	.LCPI28_0(%rip), %xmm0
	jmp	.LBB28_60
	.p2align	4
.LBB28_68:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	-72(%rbp), %rax
	addq	%rax, -152(%rbp)
	movq	%rcx, -56(%rbp)
	cmpq	-120(%rbp), %rcx
	je	.LBB28_40
.LBB28_60:
	testq	%r14, %r14
	jle	.LBB28_68
	movq	-56(%rbp), %rax
	imulq	-184(%rbp), %rax
	movq	-208(%rbp), %rcx
	leaq	(%rcx,%rax,8), %rcx
	movq	%rcx, -136(%rbp)
	movq	-200(%rbp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, -128(%rbp)
	movq	$0, -80(%rbp)
	movq	$0, -48(%rbp)
	jmp	.LBB28_62
	.p2align	4
.LBB28_66:
	movq	104(%r15), %r14
.LBB28_67:
	movq	-48(%rbp), %rcx
	incq	%rcx
	addq	$8, -80(%rbp)
	movq	%rcx, -48(%rbp)
	cmpq	%r14, %rcx
	jge	.LBB28_68
.LBB28_62:
	testq	%r11, %r11
	jle	.LBB28_67
	xorl	%esi, %esi
	jmp	.LBB28_64
	.p2align	4
.LBB28_65:
	movq	$-1, %rax
	movapd	%xmm0, %xmm1
.LBB28_82:
	movq	-144(%rbp), %rdx
	imulq	-48(%rbp), %rdx
	movq	-136(%rbp), %rcx
	leaq	(%rcx,%rdx,8), %rcx
	movq	-88(%rbp), %rsi
	movsd	%xmm1, (%rcx,%rsi,8)
	movq	-128(%rbp), %rcx
	leaq	(%rcx,%rdx,8), %rcx
	movq	%rax, (%rcx,%rsi,8)
	incq	%rsi
	movq	112(%r15), %r11
	cmpq	%r11, %rsi
	jge	.LBB28_66
.LBB28_64:
	movq	%r11, -144(%rbp)
	movq	24(%r15), %r11
	testq	%r11, %r11
	movq	%rsi, -88(%rbp)
	jle	.LBB28_65
	movq	40(%r15), %rcx
	movq	%rcx, %r10
	imulq	-48(%rbp), %r10
	movq	72(%r15), %rax
	subq	%rax, %r10
	movq	56(%r15), %r12
	movq	48(%r15), %rdx
	imulq	%rsi, %rdx
	subq	80(%r15), %rdx
	movq	%rdx, -96(%rbp)
	imulq	-80(%rbp), %rcx
	shlq	$3, %rax
	subq	%rax, %rcx
	leaq	(,%r12,8), %rdi
	movq	$-1, %rax
	movq	%r10, %r14
	xorl	%edx, %edx
	movapd	%xmm0, %xmm1
	jmp	.LBB28_70
	.p2align	4
.LBB28_81:
	incq	%rdx
	addq	%r12, %r14
	addq	%rdi, %rcx
	cmpq	%r11, %rdx
	je	.LBB28_82
.LBB28_70:
	movq	%rdx, %rsi
	imulq	%r12, %rsi
	addq	%r10, %rsi
	js	.LBB28_81
	cmpq	8(%r15), %rsi
	jge	.LBB28_81
	movq	32(%r15), %r8
	testq	%r8, %r8
	jle	.LBB28_81
	movq	64(%r15), %r9
	movq	-96(%rbp), %r13
	jmp	.LBB28_74
.LBB28_79:
	imulq	%r14, %rsi
	addq	%r13, %rsi
	movapd	%xmm2, %xmm1
	movq	%rsi, %rax
	.p2align	4
.LBB28_80:
	addq	%r9, %r13
	decq	%r8
	je	.LBB28_81
.LBB28_74:
	testq	%r13, %r13
	js	.LBB28_80
	movq	16(%r15), %rsi
	cmpq	%rsi, %r13
	jge	.LBB28_80
	movq	%rcx, %rbx
	imulq	%rsi, %rbx
	addq	-152(%rbp), %rbx
	movsd	(%rbx,%r13,8), %xmm2
	testq	%rax, %rax
	js	.LBB28_79
	ucomisd	%xmm1, %xmm2
	ja	.LBB28_79
	ucomisd	%xmm2, %xmm2
	jnp	.LBB28_80
	jmp	.LBB28_79
.LBB28_6:
	cmpq	$2, %r9
	movq	%r11, -144(%rbp)
	movq	%r14, -248(%rbp)
	jne	.LBB28_10
	cmpq	$2, %r12
	jne	.LBB28_10
	cmpq	$2, %rdi
	jne	.LBB28_10
	cmpq	$2, %r13
	jne	.LBB28_10
	cmpq	$0, -120(%rbp)
	jle	.LBB28_40
	movq	-184(%rbp), %rdi
	leaq	(,%rdi,8), %rax
	movq	%rax, -168(%rbp)
	addq	%rsi, %rdi
	leaq	(,%r11,8), %r9
	leaq	(%rdx,%rbx), %rax
	shlq	$3, -72(%rbp)
	movq	%r14, %r15
	shlq	$4, %r15
	addq	$-8, %r15
	imulq	%rbx, %r15
	movq	%r11, %r12
	shlq	$4, %r12
	movq	%rbx, %r13
	shlq	$4, %r13
	imulq	%rbx, %r10
	shlq	$4, %r10
	leaq	(%r8,%rsi,8), %rsi
	movq	%rsi, -288(%rbp)
	leaq	(%r8,%rdi,8), %rsi
	movq	%rsi, -280(%rbp)
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, -272(%rbp)
	leaq	(%rcx,%rdx,8), %rax
	movq	%rax, -264(%rbp)
	addq	%rax, %r12
	addq	%r12, %r15
	movq	%r15, -160(%rbp)
	addq	%r10, %r12
	movq	%r12, -216(%rbp)
	movq	%r13, -232(%rbp)
	movq	%r9, -240(%rbp)
	orq	%r9, %r13
	movq	%r13, -256(%rbp)
	leaq	(,%rbx,8), %rax
	leaq	(%rax,%rdx,8), %rax
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, -192(%rbp)
	addq	%rcx, %rax
	addq	$8, %rax
	movq	%rax, -104(%rbp)
	movabsq	$9223372036854775806, %rax
	andq	%r11, %rax
	movq	%rax, -112(%rbp)
	xorpd	%xmm0, %xmm0
	xorpd	%xmm1, %xmm1
	leaq	1(%rbx), %rax
	movq	%rax, -176(%rbp)
	leaq	(%rbx,%rbx), %rax
	movq	%rax, -224(%rbp)
	movq	$0, -64(%rbp)
	jmp	.LBB28_20
.LBB28_37:
	movq	-64(%rbp), %rdx
	incq	%rdx
	movq	-72(%rbp), %rax
	addq	%rax, -192(%rbp)
	addq	%rax, -152(%rbp)
	movq	-168(%rbp), %rcx
	addq	%rcx, -200(%rbp)
	addq	%rcx, -208(%rbp)
	addq	%rax, -104(%rbp)
	movq	%rdx, -64(%rbp)
	cmpq	-120(%rbp), %rdx
	je	.LBB28_40
.LBB28_20:
	testq	%r14, %r14
	jle	.LBB28_37
	movq	-168(%rbp), %rax
	movq	-64(%rbp), %rsi
	imulq	%rsi, %rax
	movq	-288(%rbp), %rcx
	addq	%rax, %rcx
	addq	-280(%rbp), %rax
	movq	-72(%rbp), %rdx
	imulq	%rsi, %rdx
	movq	-272(%rbp), %rsi
	addq	%rdx, %rsi
	movq	-160(%rbp), %rdi
	addq	%rdx, %rdi
	movq	-264(%rbp), %r8
	addq	%rdx, %r8
	addq	-216(%rbp), %rdx
	cmpq	$0, -256(%rbp)
	sets	%r9b
	cmpq	%rdi, %rcx
	setb	%dil
	cmpq	%rax, %rsi
	setb	%sil
	andb	%dil, %sil
	orb	%r9b, %sil
	cmpq	%rdx, %rcx
	setb	%cl
	cmpq	%rax, %r8
	setb	%al
	andb	%cl, %al
	orb	%r9b, %al
	orb	%sil, %al
	movb	%al, -184(%rbp)
	movq	-104(%rbp), %rax
	movq	%rax, -128(%rbp)
	movq	$0, -80(%rbp)
	movq	%rbx, -56(%rbp)
	movq	-208(%rbp), %rdx
	movq	-200(%rbp), %rsi
	movq	-152(%rbp), %r15
	movq	-192(%rbp), %rdi
	movq	$0, -48(%rbp)
	jmp	.LBB28_22
	.p2align	4
.LBB28_36:
	movq	-48(%rbp), %r8
	incq	%r8
	movq	-232(%rbp), %rcx
	movq	-136(%rbp), %rdi
	addq	%rcx, %rdi
	addq	%rcx, %r15
	movq	-240(%rbp), %rax
	movq	-88(%rbp), %rsi
	addq	%rax, %rsi
	movq	-96(%rbp), %rdx
	addq	%rax, %rdx
	movq	-224(%rbp), %rax
	addq	%rax, -56(%rbp)
	addq	%rax, -80(%rbp)
	addq	%rcx, -128(%rbp)
	movq	-248(%rbp), %r14
	movq	%r8, -48(%rbp)
	cmpq	%r14, %r8
	movq	-144(%rbp), %r11
	je	.LBB28_37
.LBB28_22:
	movq	%rdi, -136(%rbp)
	movq	%rsi, -88(%rbp)
	movq	%rdx, -96(%rbp)
	testq	%r11, %r11
	jle	.LBB28_36
	movq	-144(%rbp), %rsi
	cmpq	$4, %rsi
	setb	%al
	orb	-184(%rbp), %al
	testb	$1, %al
	je	.LBB28_25
	xorl	%ecx, %ecx
	jmp	.LBB28_28
	.p2align	4
.LBB28_25:
	movq	-48(%rbp), %rax
	imulq	%rbx, %rax
	leaq	(%rax,%rax), %rcx
	leaq	(%rbx,%rax,2), %rdx
	movq	-176(%rbp), %rdi
	leaq	(%rdi,%rax,2), %rax
	movq	%rcx, %xmm2
	pshufd	$68, %xmm2, %xmm2
	movq	%rdx, %xmm3
	pshufd	$68, %xmm3, %xmm3
	movq	%rax, %xmm4
	pshufd	$68, %xmm4, %xmm4
	movl	$2, %ecx
	movq	-112(%rbp), %rdx
	movq	-96(%rbp), %rdi
	movq	-88(%rbp), %r8
	movq	-136(%rbp), %r9
	.p2align	4
.LBB28_26:
	leaq	-2(%rcx), %rax
	movq	%rcx, %xmm6
	movq	%rax, %xmm5
	punpcklqdq	%xmm6, %xmm5
	movdqa	%xmm5, %xmm7
	paddq	%xmm2, %xmm7
	movupd	-16(%r15,%rcx,8), %xmm9
	movupd	(%r15,%rcx,8), %xmm6
	movapd	%xmm9, %xmm10
	unpcklpd	%xmm6, %xmm10
	unpckhpd	%xmm6, %xmm9
	movupd	-16(%r9,%rcx,8), %xmm6
	movupd	(%r9,%rcx,8), %xmm11
	movapd	%xmm6, %xmm8
	unpcklpd	%xmm11, %xmm8
	unpckhpd	%xmm11, %xmm6
	movapd	%xmm10, %xmm12
	cmpltpd	%xmm9, %xmm12
	movapd	%xmm9, %xmm11
	cmpunordpd	%xmm1, %xmm11
	orpd	%xmm12, %xmm11
	andpd	%xmm11, %xmm9
	psubq	%xmm11, %xmm7
	andnpd	%xmm10, %xmm11
	orpd	%xmm11, %xmm9
	movapd	%xmm9, %xmm10
	cmpltpd	%xmm8, %xmm10
	movapd	%xmm8, %xmm11
	cmpunordpd	%xmm1, %xmm11
	orpd	%xmm10, %xmm11
	movapd	%xmm11, %xmm10
	andnpd	%xmm9, %xmm10
	andpd	%xmm11, %xmm8
	orpd	%xmm10, %xmm8
	movdqa	%xmm3, %xmm9
	paddq	%xmm5, %xmm9
	movapd	%xmm8, %xmm10
	cmpltpd	%xmm6, %xmm10
	movapd	%xmm6, %xmm12
	cmpunordpd	%xmm1, %xmm12
	orpd	%xmm10, %xmm12
	movapd	%xmm12, %xmm10
	andnpd	%xmm8, %xmm10
	andpd	%xmm12, %xmm6
	orpd	%xmm10, %xmm6
	paddq	%xmm4, %xmm5
	pand	%xmm11, %xmm9
	pandn	%xmm7, %xmm11
	por	%xmm9, %xmm11
	pand	%xmm12, %xmm5
	pandn	%xmm11, %xmm12
	por	%xmm5, %xmm12
	movupd	%xmm6, -8(%rdi,%rcx,4)
	movdqu	%xmm12, -8(%r8,%rcx,4)
	addq	$4, %rcx
	addq	$-2, %rdx
	jne	.LBB28_26
	movq	-112(%rbp), %rax
	movq	%rax, %rcx
	cmpq	%rax, %rsi
	je	.LBB28_36
.LBB28_28:
	movq	-144(%rbp), %rdx
	subq	%rcx, %rdx
	movq	-88(%rbp), %rax
	leaq	(%rax,%rcx,8), %r11
	movq	-96(%rbp), %rax
	leaq	(%rax,%rcx,8), %r12
	movq	-56(%rbp), %rax
	leaq	(%rax,%rcx,2), %r14
	movq	-80(%rbp), %rax
	leaq	(%rax,%rcx,2), %rsi
	shlq	$4, %rcx
	movq	-128(%rbp), %rax
	leaq	(%rax,%rcx), %r13
	addq	%r15, %rcx
	xorl	%r8d, %r8d
	jmp	.LBB28_29
	.p2align	4
.LBB28_35:
	leaq	1(%r14,%r8), %rdi
	cmovneq	%rdi, %rax
	movsd	%xmm3, (%r12,%r8,4)
	movq	%rax, (%r11,%r8,4)
	addq	$2, %r8
	decq	%rdx
	je	.LBB28_36
.LBB28_29:
	movsd	(%rcx,%r8,8), %xmm2
	movsd	8(%rcx,%r8,8), %xmm3
	movapd	%xmm3, %xmm4
	cmpunordsd	%xmm0, %xmm4
	movapd	%xmm2, %xmm5
	cmpltsd	%xmm3, %xmm5
	orpd	%xmm4, %xmm5
	movq	%xmm5, %r9
	testb	$1, %r9b
	jne	.LBB28_31
	movapd	%xmm2, %xmm3
.LBB28_31:
	movsd	-8(%r13,%r8,8), %xmm2
	movapd	%xmm3, %xmm4
	cmpltsd	%xmm2, %xmm4
	movapd	%xmm2, %xmm5
	cmpunordsd	%xmm0, %xmm5
	orpd	%xmm4, %xmm5
	movd	%xmm5, %edi
	leaq	(%r14,%r8), %r10
	leaq	(%rsi,%r8), %rax
	subq	%r9, %rax
	testb	$1, %dil
	jne	.LBB28_33
	movapd	%xmm3, %xmm2
.LBB28_33:
	movsd	(%r13,%r8,8), %xmm3
	movapd	%xmm2, %xmm4
	cmpltsd	%xmm3, %xmm4
	movapd	%xmm3, %xmm5
	cmpunordsd	%xmm0, %xmm5
	orpd	%xmm4, %xmm5
	movd	%xmm5, %edi
	cmovneq	%r10, %rax
	testb	$1, %dil
	jne	.LBB28_35
	movapd	%xmm2, %xmm3
	jmp	.LBB28_35
.LBB28_10:
	cmpq	$0, -120(%rbp)
	jle	.LBB28_40
	imulq	%rbx, %r12
	movq	-72(%rbp), %rax
	leaq	(,%rax,8), %rax
	movq	%rax, -216(%rbp)
	movq	%r12, -168(%rbp)
	leaq	(,%r12,8), %rax
	movq	%rax, -192(%rbp)
	leaq	(,%r9,8), %rax
	movq	%rax, -224(%rbp)
	leaq	(,%rbx,8), %r8
	movq	$0, -104(%rbp)
	xorpd	%xmm0, %xmm0
	movq	-152(%rbp), %rax
	movq	%rax, -160(%rbp)
	movq	%r9, -232(%rbp)
	jmp	.LBB28_12
.LBB28_39:
	movq	-104(%rbp), %rcx
	incq	%rcx
	movq	-160(%rbp), %rax
	addq	-216(%rbp), %rax
	movq	%rax, -160(%rbp)
	movq	%rcx, -104(%rbp)
	cmpq	-120(%rbp), %rcx
	je	.LBB28_40
.LBB28_12:
	testq	%r14, %r14
	jle	.LBB28_39
	movq	-104(%rbp), %rcx
	movq	%rcx, %rax
	imulq	-72(%rbp), %rax
	imulq	-184(%rbp), %rcx
	movq	-152(%rbp), %rdx
	leaq	(%rdx,%rax,8), %rsi
	movq	-208(%rbp), %rax
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, -56(%rbp)
	movq	-200(%rbp), %rax
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, -240(%rbp)
	movl	$1, %eax
	movq	%rax, -112(%rbp)
	movq	-160(%rbp), %rax
	movq	%rax, -176(%rbp)
	movq	$0, -64(%rbp)
	movq	%rsi, -80(%rbp)
	jmp	.LBB28_14
	.p2align	4
.LBB28_38:
	movq	-64(%rbp), %rcx
	incq	%rcx
	movq	-112(%rbp), %rax
	addq	-168(%rbp), %rax
	movq	%rax, -112(%rbp)
	movq	-176(%rbp), %rax
	addq	-192(%rbp), %rax
	movq	%rax, -176(%rbp)
	movq	-248(%rbp), %r14
	movq	%rcx, -64(%rbp)
	cmpq	%r14, %rcx
	je	.LBB28_39
.LBB28_14:
	testq	%r11, %r11
	jle	.LBB28_38
	movq	-168(%rbp), %rcx
	movq	-64(%rbp), %rax
	imulq	%rax, %rcx
	movq	%rcx, -136(%rbp)
	imulq	%r11, %rax
	movq	%rax, -128(%rbp)
	movq	-176(%rbp), %rax
	movq	-112(%rbp), %r15
	xorl	%edx, %edx
	jmp	.LBB28_16
	.p2align	4
.LBB28_17:
	movapd	%xmm2, %xmm1
	movq	%rcx, %r14
.LBB28_45:
	movq	-128(%rbp), %rax
	addq	%rdx, %rax
	movq	-56(%rbp), %rcx
	movsd	%xmm1, (%rcx,%rax,8)
	movq	-240(%rbp), %rcx
	movq	%r14, (%rcx,%rax,8)
	incq	%rdx
	movq	-232(%rbp), %r9
	movq	-48(%rbp), %r15
	addq	%r9, %r15
	movq	-88(%rbp), %rax
	addq	-224(%rbp), %rax
	movq	-144(%rbp), %r11
	cmpq	%r11, %rdx
	movq	-80(%rbp), %rsi
	je	.LBB28_38
.LBB28_16:
	movq	%rdx, %rcx
	imulq	%r9, %rcx
	addq	-136(%rbp), %rcx
	movsd	(%rsi,%rcx,8), %xmm2
	testq	%rdi, %rdi
	movq	%rax, -88(%rbp)
	movq	%r15, -48(%rbp)
	jle	.LBB28_17
	leaq	(%rsi,%rcx,8), %rsi
	movq	%rsi, -96(%rbp)
	movq	%rax, %rsi
	xorl	%r12d, %r12d
	movq	%rcx, %r14
	jmp	.LBB28_42
	.p2align	4
.LBB28_43:
	movapd	%xmm2, %xmm1
.LBB28_44:
	incq	%r12
	addq	%rbx, %r15
	addq	%r8, %rsi
	movapd	%xmm1, %xmm2
	cmpq	%rdi, %r12
	je	.LBB28_45
.LBB28_42:
	xorl	%r10d, %r10d
	testq	%r12, %r12
	sete	%r10b
	cmpq	%r10, %r13
	jle	.LBB28_43
	movl	%r13d, %r9d
	subl	%r10d, %r9d
	cmpq	$1, %r12
	movl	$0, %eax
	adcq	$1, %rax
	testb	$1, %r9b
	jne	.LBB28_48
	cmpq	%rax, %r13
	je	.LBB28_44
	jmp	.LBB28_52
	.p2align	4
.LBB28_48:
	movq	%r12, %r9
	imulq	%rbx, %r9
	movq	-96(%rbp), %r11
	leaq	(%r11,%r9,8), %r11
	addq	%rcx, %r9
	movsd	(%r11,%r10,8), %xmm1
	movapd	%xmm1, %xmm3
	cmpunordsd	%xmm0, %xmm3
	movapd	%xmm2, %xmm4
	cmpltsd	%xmm1, %xmm4
	orpd	%xmm3, %xmm4
	movd	%xmm4, %r11d
	addq	%r10, %r9
	testb	$1, %r11b
	jne	.LBB28_50
	movapd	%xmm2, %xmm1
.LBB28_50:
	cmovneq	%r9, %r14
	cmpq	$1, %r12
	movl	$0, %r10d
	adcq	$1, %r10
	movapd	%xmm1, %xmm2
	cmpq	%rax, %r13
	je	.LBB28_44
.LBB28_52:
	leaq	(%r10,%r15), %rax
	movapd	%xmm2, %xmm1
	jmp	.LBB28_53
	.p2align	4
.LBB28_57:
	cmovneq	%rax, %r14
	addq	$2, %r10
	addq	$2, %rax
	cmpq	%r10, %r13
	je	.LBB28_44
.LBB28_53:
	movsd	(%rsi,%r10,8), %xmm2
	movapd	%xmm2, %xmm3
	cmpunordsd	%xmm0, %xmm3
	movapd	%xmm1, %xmm4
	cmpltsd	%xmm2, %xmm4
	orpd	%xmm3, %xmm4
	movd	%xmm4, %r11d
	leaq	-1(%rax), %r9
	testb	$1, %r11b
	jne	.LBB28_55
	movapd	%xmm1, %xmm2
.LBB28_55:
	cmovneq	%r9, %r14
	movsd	8(%rsi,%r10,8), %xmm1
	movapd	%xmm2, %xmm3
	cmpltsd	%xmm1, %xmm3
	movapd	%xmm1, %xmm4
	cmpunordsd	%xmm0, %xmm4
	orpd	%xmm3, %xmm4
	movd	%xmm4, %r9d
	testb	$1, %r9b
	jne	.LBB28_57
	movapd	%xmm2, %xmm1
	jmp	.LBB28_57
.LBB28_40:
	addq	$120, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end28:
	.size	max_pool_run_f64, .Lfunc_end28-max_pool_run_f64
	.cfi_endproc

	.globl	axon_max_pool2d_backward_f64
	.p2align	4
	.type	axon_max_pool2d_backward_f64,@function
axon_max_pool2d_backward_f64:
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
	subq	$184, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rsi, %r14
	movq	%rdi, %rbx
	movq	$0, -224(%rbp)
	movq	%rsi, -216(%rbp)
	movq	%rdx, -48(%rbp)
	movq	%rdx, -208(%rbp)
	xorpd	%xmm0, %xmm0
	movupd	%xmm0, -200(%rbp)
	movupd	%xmm0, -184(%rbp)
	movq	$0, -168(%rbp)
	movq	%rcx, -56(%rbp)
	movq	%rcx, -160(%rbp)
	movq	%r9, -104(%rbp)
	movq	%r9, -152(%rbp)
	movq	%r8, -64(%rbp)
	movq	%r8, -144(%rbp)
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setl	%cl
	cmpq	$2, %rbx
	setl	%dl
	orb	%cl, %dl
	je	.LBB29_1
	testq	%rbx, %rbx
	movq	-48(%rbp), %rcx
	movq	%r14, %rdx
	jg	.LBB29_5
	jmp	.LBB29_22
.LBB29_1:
	movq	%r14, %rcx
	imulq	%rbx, %rcx
	cmpq	$32768, %rcx
	movq	-48(%rbp), %rcx
	movq	%r14, %rdx
	jge	.LBB29_2
.LBB29_5:
	leaq	(,%rdx,8), %rax
	movq	%rax, -80(%rbp)
	movabsq	$9223372036854775806, %r14
	andq	%rcx, %r14
	movq	-56(%rbp), %rax
	leaq	8(%rax), %r12
	leaq	(,%rcx,8), %rax
	movq	%rax, -72(%rbp)
	movq	-64(%rbp), %rax
	leaq	8(%rax), %r15
	xorl	%r13d, %r13d
	movq	%rbx, -96(%rbp)
	movq	%rdx, -88(%rbp)
	jmp	.LBB29_6
	.p2align	4
.LBB29_11:
	incq	%r13
	movq	-72(%rbp), %rax
	addq	%rax, %r12
	addq	%rax, %r15
	movq	-96(%rbp), %rbx
	cmpq	%rbx, %r13
	movq	-88(%rbp), %rdx
	je	.LBB29_22
.LBB29_6:
	movq	%r13, %rax
	imulq	%rdx, %rax
	movq	-104(%rbp), %rcx
	leaq	(%rcx,%rax,8), %rbx
	movq	%rbx, %rdi
	xorl	%esi, %esi
	movq	-80(%rbp), %rdx
	callq	memset@PLT
	movq	-48(%rbp), %rdx
	testq	%rdx, %rdx
	jle	.LBB29_11
	xorl	%eax, %eax
	cmpq	$1, %rdx
	jne	.LBB29_12
.LBB29_8:
	testb	$1, %dl
	je	.LBB29_11
	movq	%r13, %rcx
	imulq	%rdx, %rcx
	addq	%rcx, %rax
	movq	-64(%rbp), %rcx
	movq	(%rcx,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB29_11
	movq	-56(%rbp), %rdx
	movsd	(%rdx,%rax,8), %xmm0
	addsd	(%rbx,%rcx,8), %xmm0
	movsd	%xmm0, (%rbx,%rcx,8)
	jmp	.LBB29_11
	.p2align	4
.LBB29_16:
	addq	$2, %rax
	cmpq	%rax, %r14
	je	.LBB29_8
.LBB29_12:
	movq	-8(%r15,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB29_14
	movsd	-8(%r12,%rax,8), %xmm0
	addsd	(%rbx,%rcx,8), %xmm0
	movsd	%xmm0, (%rbx,%rcx,8)
.LBB29_14:
	movq	(%r15,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB29_16
	movsd	(%r12,%rax,8), %xmm0
	addsd	(%rbx,%rcx,8), %xmm0
	movsd	%xmm0, (%rbx,%rcx,8)
	jmp	.LBB29_16
.LBB29_2:
	movslq	%eax, %rsi
	leaq	max_pool_backward_run_f64(%rip), %rcx
	movq	%rcx, -136(%rbp)
	leaq	-224(%rbp), %rcx
	movq	%rcx, -128(%rbp)
	movq	%rbx, -120(%rbp)
	leaq	(%rbx,%rsi), %rcx
	decq	%rcx
	decq	%rbx
	movq	%rcx, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB29_3
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	movq	%rax, %rcx
	jmp	.LBB29_18
.LBB29_3:
	movl	%eax, %esi
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %ecx
.LBB29_18:
	movq	%rcx, -112(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB29_19
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB29_21
.LBB29_19:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB29_21:
	leaq	pool_task(%rip), %rsi
	leaq	-136(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB29_22:
	addq	$184, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end29:
	.size	axon_max_pool2d_backward_f64, .Lfunc_end29-axon_max_pool2d_backward_f64
	.cfi_endproc

	.p2align	4
	.type	max_pool_backward_run_f64,@function
max_pool_backward_run_f64:
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
	subq	$72, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -96(%rbp)
	testq	%rdx, %rdx
	jle	.LBB30_8
	movq	8(%rdi), %r8
	movq	16(%rdi), %rbx
	movq	64(%rdi), %rax
	movq	%rbx, %rcx
	imulq	%rsi, %rcx
	leaq	(%rax,%rcx,8), %rdx
	movq	%rdx, -48(%rbp)
	movq	80(%rdi), %rdx
	imulq	%r8, %rsi
	shlq	$3, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -88(%rbp)
	leaq	(%rdx,%rcx,8), %rsi
	movq	%rsi, -56(%rbp)
	movq	%r8, -80(%rbp)
	leaq	(,%r8,8), %rsi
	movq	%rsi, -72(%rbp)
	movabsq	$9223372036854775806, %r13
	andq	%rbx, %r13
	leaq	(%rax,%rcx,8), %r15
	addq	$8, %r15
	leaq	(,%rbx,8), %rax
	movq	%rax, -64(%rbp)
	leaq	(%rdx,%rcx,8), %r14
	addq	$8, %r14
	xorl	%esi, %esi
	jmp	.LBB30_2
	.p2align	4
.LBB30_7:
	incq	%rsi
	movq	-64(%rbp), %rax
	addq	%rax, %r15
	addq	%rax, %r14
	cmpq	-96(%rbp), %rsi
	je	.LBB30_8
.LBB30_2:
	movq	%rsi, -104(%rbp)
	movq	%rsi, %rax
	imulq	-80(%rbp), %rax
	movq	-88(%rbp), %rcx
	leaq	(%rcx,%rax,8), %r12
	movq	%r12, %rdi
	xorl	%esi, %esi
	movq	-72(%rbp), %rdx
	callq	memset@PLT
	movq	-104(%rbp), %rsi
	testq	%rbx, %rbx
	jle	.LBB30_7
	xorl	%eax, %eax
	cmpq	$1, %rbx
	jne	.LBB30_9
.LBB30_4:
	testb	$1, %bl
	je	.LBB30_7
	movq	%rsi, %rcx
	imulq	%rbx, %rcx
	addq	%rcx, %rax
	movq	-56(%rbp), %rcx
	movq	(%rcx,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB30_7
	movq	-48(%rbp), %rdx
	movsd	(%rdx,%rax,8), %xmm0
	addsd	(%r12,%rcx,8), %xmm0
	movsd	%xmm0, (%r12,%rcx,8)
	jmp	.LBB30_7
	.p2align	4
.LBB30_13:
	addq	$2, %rax
	cmpq	%rax, %r13
	je	.LBB30_4
.LBB30_9:
	movq	-8(%r14,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB30_11
	movsd	-8(%r15,%rax,8), %xmm0
	addsd	(%r12,%rcx,8), %xmm0
	movsd	%xmm0, (%r12,%rcx,8)
.LBB30_11:
	movq	(%r14,%rax,8), %rcx
	testq	%rcx, %rcx
	js	.LBB30_13
	movsd	(%r15,%rax,8), %xmm0
	addsd	(%r12,%rcx,8), %xmm0
	movsd	%xmm0, (%r12,%rcx,8)
	jmp	.LBB30_13
.LBB30_8:
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end30:
	.size	max_pool_backward_run_f64, .Lfunc_end30-max_pool_backward_run_f64
	.cfi_endproc

	.globl	axon_avg_pool2d_f64
	.p2align	4
	.type	axon_avg_pool2d_f64,@function
axon_avg_pool2d_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$128, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rsi, %rbx
	movq	%rdi, -136(%rbp)
	movq	16(%rdi), %r14
	imulq	8(%rdi), %r14
	movq	%r14, -128(%rbp)
	movq	112(%rdi), %rax
	imulq	104(%rdi), %rax
	movq	%rax, -120(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -112(%rbp)
	movups	%xmm0, -96(%rbp)
	movl	%edx, -80(%rbp)
	movl	$0, -76(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%r8, -64(%rbp)
	movq	$0, -56(%rbp)
	callq	axon_threads@PLT
	cmpq	$2, %rbx
	jl	.LBB31_3
	cmpl	$2, %eax
	jl	.LBB31_3
	imulq	%rbx, %r14
	cmpq	$32767, %r14
	jle	.LBB31_3
	movl	%eax, %ecx
	leaq	avg_pool_run_f64(%rip), %rax
	movq	%rax, -48(%rbp)
	leaq	-136(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	%rbx, -32(%rbp)
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB31_5
	xorl	%edx, %edx
	divq	%rcx
	movq	%rax, %rcx
	jmp	.LBB31_7
.LBB31_3:
	leaq	-136(%rbp), %rdi
	xorl	%esi, %esi
	movq	%rbx, %rdx
	callq	avg_pool_run_f64
	jmp	.LBB31_11
.LBB31_5:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB31_7:
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB31_8
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB31_10
.LBB31_8:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB31_10:
	leaq	pool_task(%rip), %rsi
	leaq	-48(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB31_11:
	addq	$128, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end31:
	.size	axon_avg_pool2d_f64, .Lfunc_end31-axon_avg_pool2d_f64
	.cfi_endproc

	.p2align	4
	.type	avg_pool_run_f64,@function
avg_pool_run_f64:
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
	subq	$96, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -144(%rbp)
	testq	%rdx, %rdx
	jle	.LBB32_13
	movq	(%rdi), %rdx
	movq	64(%rdi), %rax
	movq	8(%rdi), %rcx
	imulq	%rsi, %rcx
	leaq	(%rax,%rcx,8), %r8
	movq	%r8, -88(%rbp)
	imulq	16(%rdi), %rsi
	shlq	$3, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -128(%rbp)
	movq	8(%rdx), %rsi
	movq	16(%rdx), %r8
	movq	104(%rdx), %r9
	movq	%rdx, -160(%rbp)
	movq	112(%rdx), %rdx
	movq	%rdx, -64(%rbp)
	movq	%r9, -96(%rbp)
	imulq	%r9, %rdx
	movq	%rdx, -120(%rbp)
	movl	56(%rdi), %edx
	movl	%edx, -68(%rbp)
	movq	%r8, %rdx
	movq	%rsi, -152(%rbp)
	imulq	%rsi, %rdx
	shlq	$3, %rdx
	movq	%rdx, -136(%rbp)
	movq	%r8, -104(%rbp)
	leaq	(,%r8,8), %r15
	leaq	(%rax,%rcx,8), %rax
	addq	$32, %rax
	movq	%rax, -80(%rbp)
	movq	$0, -48(%rbp)
	jmp	.LBB32_2
	.p2align	4
.LBB32_12:
	movq	-48(%rbp), %rcx
	incq	%rcx
	movq	-136(%rbp), %rax
	addq	%rax, -88(%rbp)
	addq	%rax, -80(%rbp)
	movq	%rcx, -48(%rbp)
	cmpq	-144(%rbp), %rcx
	je	.LBB32_13
.LBB32_2:
	cmpq	$0, -96(%rbp)
	jle	.LBB32_12
	movq	-120(%rbp), %rax
	imulq	-48(%rbp), %rax
	movq	-128(%rbp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, -168(%rbp)
	movq	$0, -56(%rbp)
	jmp	.LBB32_4
	.p2align	4
.LBB32_11:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	%rcx, -56(%rbp)
	cmpq	-96(%rbp), %rcx
	je	.LBB32_12
.LBB32_4:
	cmpq	$0, -64(%rbp)
	jle	.LBB32_11
	movq	-160(%rbp), %rcx
	movq	40(%rcx), %rdi
	movq	-56(%rbp), %rsi
	imulq	%rsi, %rdi
	subq	72(%rcx), %rdi
	movq	32(%rcx), %r8
	movq	24(%rcx), %rax
	addq	%rdi, %rax
	movq	88(%rcx), %rbx
	movq	-152(%rbp), %rdx
	addq	%rdx, %rbx
	movq	96(%rcx), %r9
	addq	-104(%rbp), %r9
	movq	%r9, -240(%rbp)
	cmpq	%rbx, %rax
	cmovlq	%rax, %rbx
	movq	%rbx, %rax
	subq	%rdi, %rax
	movq	%rax, -232(%rbp)
	testq	%rdi, %rdi
	movl	$0, %eax
	cmovleq	%rax, %rdi
	movq	48(%rcx), %r14
	cmpq	%rdx, %rbx
	cmovgeq	%rdx, %rbx
	movq	80(%rcx), %rdx
	movq	%rbx, %rax
	subq	%rdi, %rax
	movq	%rax, -208(%rbp)
	movq	%rsi, %rax
	imulq	-64(%rbp), %rax
	movq	-168(%rbp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, -200(%rbp)
	movq	%r8, -248(%rbp)
	subq	%rdx, %r8
	movq	%r15, %rcx
	movq	%rdi, -112(%rbp)
	imulq	%rdi, %rcx
	movq	-88(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -176(%rbp)
	movq	%rdx, -216(%rbp)
	negq	%rdx
	addq	-80(%rbp), %rcx
	movq	%rcx, -184(%rbp)
	movq	%r8, -192(%rbp)
	movq	%r8, %rcx
	xorl	%r11d, %r11d
	movq	%r14, -224(%rbp)
	jmp	.LBB32_6
	.p2align	4
.LBB32_18:
	xorps	%xmm1, %xmm1
	cvtsi2sd	%r8, %xmm1
	divsd	%xmm1, %xmm0
	movq	-200(%rbp), %rax
	movsd	%xmm0, (%rax,%r11,8)
	incq	%r11
	movq	-224(%rbp), %r14
	movq	-256(%rbp), %rcx
	addq	%r14, %rcx
	movq	-264(%rbp), %rdx
	addq	%r14, %rdx
	cmpq	-64(%rbp), %r11
	je	.LBB32_11
.LBB32_6:
	movq	-104(%rbp), %r10
	cmpq	%rcx, %r10
	movq	%rcx, -256(%rbp)
	cmovlq	%r10, %rcx
	movq	-240(%rbp), %r9
	cmpq	%r9, %rcx
	cmovgeq	%r9, %rcx
	testq	%rdx, %rdx
	movl	$0, %esi
	movq	%rdx, -264(%rbp)
	cmovgq	%rdx, %rsi
	movq	%r14, %r8
	imulq	%r11, %r8
	movq	-192(%rbp), %rax
	addq	%r8, %rax
	cmpq	%rax, %r10
	cmovlq	%r10, %rax
	cmpq	%r9, %rax
	cmovgeq	%r9, %rax
	subq	-216(%rbp), %r8
	testq	%r8, %r8
	movl	$0, %edx
	cmovgq	%r8, %rdx
	movq	-248(%rbp), %rdi
	addq	%r8, %rdi
	cmpq	%r9, %rdi
	cmovgeq	%r9, %rdi
	movq	%rdi, %r9
	subq	%r8, %r9
	imulq	-232(%rbp), %r9
	cmpq	%r10, %rdi
	cmovgeq	%r10, %rdi
	movq	%rdi, %r8
	subq	%rdx, %r8
	imulq	-208(%rbp), %r8
	cmpl	$0, -68(%rbp)
	cmovneq	%r9, %r8
	xorpd	%xmm0, %xmm0
	cmpq	-112(%rbp), %rbx
	jle	.LBB32_18
	subb	%sil, %cl
	movzbl	%cl, %r13d
	andl	$7, %r13d
	movq	%rdx, %r10
	subq	%rax, %r10
	subq	%rdx, %rax
	movq	-184(%rbp), %r12
	movq	-176(%rbp), %r9
	movq	-112(%rbp), %r14
	jmp	.LBB32_8
	.p2align	4
.LBB32_17:
	incq	%r14
	addq	%r15, %r9
	addq	%r15, %r12
	cmpq	%rbx, %r14
	jge	.LBB32_18
.LBB32_8:
	cmpq	%rdx, %rdi
	jle	.LBB32_17
	testb	$7, %al
	je	.LBB32_10
	movq	%r13, %rsi
	movq	%rdx, %rcx
	.p2align	4
.LBB32_15:
	addsd	(%r9,%rcx,8), %xmm0
	incq	%rcx
	decq	%rsi
	jne	.LBB32_15
	cmpq	$-8, %r10
	jbe	.LBB32_19
	jmp	.LBB32_17
.LBB32_10:
	movq	%rdx, %rcx
	cmpq	$-8, %r10
	ja	.LBB32_17
	.p2align	4
.LBB32_19:
	addsd	-32(%r12,%rcx,8), %xmm0
	addsd	-24(%r12,%rcx,8), %xmm0
	addsd	-16(%r12,%rcx,8), %xmm0
	addsd	-8(%r12,%rcx,8), %xmm0
	addsd	(%r12,%rcx,8), %xmm0
	addsd	8(%r12,%rcx,8), %xmm0
	addsd	16(%r12,%rcx,8), %xmm0
	addsd	24(%r12,%rcx,8), %xmm0
	addq	$8, %rcx
	cmpq	%rdi, %rcx
	jl	.LBB32_19
	jmp	.LBB32_17
.LBB32_13:
	addq	$96, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end32:
	.size	avg_pool_run_f64, .Lfunc_end32-avg_pool_run_f64
	.cfi_endproc

	.globl	axon_avg_pool2d_backward_f64
	.p2align	4
	.type	axon_avg_pool2d_backward_f64,@function
axon_avg_pool2d_backward_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$128, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rsi, %rbx
	movq	%rdi, -136(%rbp)
	movq	16(%rdi), %r14
	imulq	8(%rdi), %r14
	movq	%r14, -128(%rbp)
	movq	112(%rdi), %rax
	imulq	104(%rdi), %rax
	movq	%rax, -120(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -112(%rbp)
	movups	%xmm0, -96(%rbp)
	movl	%edx, -80(%rbp)
	movl	$0, -76(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%r8, -64(%rbp)
	movq	$0, -56(%rbp)
	callq	axon_threads@PLT
	cmpq	$2, %rbx
	jl	.LBB33_3
	cmpl	$2, %eax
	jl	.LBB33_3
	imulq	%rbx, %r14
	cmpq	$32767, %r14
	jle	.LBB33_3
	movl	%eax, %ecx
	leaq	avg_pool_backward_run_f64(%rip), %rax
	movq	%rax, -48(%rbp)
	leaq	-136(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	%rbx, -32(%rbp)
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB33_5
	xorl	%edx, %edx
	divq	%rcx
	movq	%rax, %rcx
	jmp	.LBB33_7
.LBB33_3:
	leaq	-136(%rbp), %rdi
	xorl	%esi, %esi
	movq	%rbx, %rdx
	callq	avg_pool_backward_run_f64
	jmp	.LBB33_11
.LBB33_5:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB33_7:
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	movq	%rbx, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB33_8
	movq	%rbx, %rax
	cqto
	idivq	%rcx
	jmp	.LBB33_10
.LBB33_8:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB33_10:
	leaq	pool_task(%rip), %rsi
	leaq	-48(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB33_11:
	addq	$128, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end33:
	.size	axon_avg_pool2d_backward_f64, .Lfunc_end33-axon_avg_pool2d_backward_f64
	.cfi_endproc

	.p2align	4
	.type	avg_pool_backward_run_f64,@function
avg_pool_backward_run_f64:
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
	subq	$72, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -136(%rbp)
	testq	%rdx, %rdx
	jle	.LBB34_17
	movq	(%rdi), %rax
	movq	16(%rdi), %rcx
	imulq	%rsi, %rcx
	shlq	$3, %rcx
	addq	64(%rdi), %rcx
	movq	%rcx, -120(%rbp)
	imulq	8(%rdi), %rsi
	shlq	$3, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -80(%rbp)
	movq	8(%rax), %rcx
	movq	16(%rax), %rdx
	movq	104(%rax), %rsi
	movq	%rax, -152(%rbp)
	movq	112(%rax), %rax
	movq	%rax, -64(%rbp)
	movq	%rsi, -88(%rbp)
	imulq	%rsi, %rax
	movq	%rax, -112(%rbp)
	movl	56(%rdi), %eax
	movl	%eax, -68(%rbp)
	movq	%rdx, %rax
	movq	%rcx, -144(%rbp)
	imulq	%rcx, %rax
	shlq	$3, %rax
	movq	%rax, -128(%rbp)
	movq	%rdx, -96(%rbp)
	leaq	(,%rdx,8), %r15
	movq	$0, -48(%rbp)
	jmp	.LBB34_2
	.p2align	4
.LBB34_16:
	movq	-48(%rbp), %rcx
	incq	%rcx
	movq	-128(%rbp), %rax
	addq	%rax, -80(%rbp)
	movq	%rcx, -48(%rbp)
	cmpq	-136(%rbp), %rcx
	je	.LBB34_17
.LBB34_2:
	cmpq	$0, -88(%rbp)
	jle	.LBB34_16
	movq	-112(%rbp), %rax
	imulq	-48(%rbp), %rax
	movq	-120(%rbp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, -160(%rbp)
	movq	$0, -56(%rbp)
	jmp	.LBB34_4
	.p2align	4
.LBB34_15:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	%rcx, -56(%rbp)
	cmpq	-88(%rbp), %rcx
	je	.LBB34_16
.LBB34_4:
	cmpq	$0, -64(%rbp)
	jle	.LBB34_15
	movq	-152(%rbp), %rcx
	movq	40(%rcx), %rdi
	movq	-56(%rbp), %rsi
	imulq	%rsi, %rdi
	subq	72(%rcx), %rdi
	movq	32(%rcx), %r8
	movq	48(%rcx), %r9
	movq	80(%rcx), %r10
	movq	24(%rcx), %rax
	addq	%rdi, %rax
	movq	88(%rcx), %rbx
	movq	-144(%rbp), %rdx
	addq	%rdx, %rbx
	movq	96(%rcx), %rcx
	addq	-96(%rbp), %rcx
	movq	%rcx, -208(%rbp)
	cmpq	%rbx, %rax
	cmovlq	%rax, %rbx
	movq	%rbx, %rax
	subq	%rdi, %rax
	movq	%rax, -200(%rbp)
	testq	%rdi, %rdi
	movl	$0, %eax
	cmovleq	%rax, %rdi
	cmpq	%rdx, %rbx
	cmovgeq	%rdx, %rbx
	movq	%rbx, %rax
	subq	%rdi, %rax
	movq	%rax, -192(%rbp)
	movq	%rsi, %rax
	imulq	-64(%rbp), %rax
	movq	-160(%rbp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, -176(%rbp)
	movq	%r8, -232(%rbp)
	movq	%r8, %rcx
	subq	%r10, %rcx
	movq	%r10, -216(%rbp)
	negq	%r10
	movq	%r15, %rax
	movq	%rdi, -104(%rbp)
	imulq	%rdi, %rax
	addq	-80(%rbp), %rax
	movq	%rax, -168(%rbp)
	movq	%rcx, -184(%rbp)
	xorl	%r11d, %r11d
	movq	%r9, -224(%rbp)
	jmp	.LBB34_6
	.p2align	4
.LBB34_14:
	incq	%r11
	movq	-224(%rbp), %r9
	addq	%r9, %rcx
	movq	-240(%rbp), %r10
	addq	%r9, %r10
	cmpq	-64(%rbp), %r11
	je	.LBB34_15
.LBB34_6:
	testq	%r10, %r10
	movl	$0, %edi
	movq	%r10, -240(%rbp)
	cmovgq	%r10, %rdi
	movq	-96(%rbp), %r10
	cmpq	%rcx, %r10
	movq	%rcx, %rdx
	cmovlq	%r10, %rdx
	movq	-208(%rbp), %r14
	cmpq	%r14, %rdx
	cmovgeq	%r14, %rdx
	movq	%r9, %r8
	imulq	%r11, %r8
	movq	-184(%rbp), %rax
	leaq	(%rax,%r8), %rsi
	cmpq	%rsi, %r10
	cmovlq	%r10, %rsi
	cmpq	%r14, %rsi
	cmovgeq	%r14, %rsi
	subq	-216(%rbp), %r8
	testq	%r8, %r8
	movl	$0, %r13d
	cmovgq	%r8, %r13
	movq	-232(%rbp), %rax
	addq	%r8, %rax
	cmpq	%r14, %rax
	cmovgeq	%r14, %rax
	movq	%rax, %r9
	subq	%r8, %r9
	imulq	-200(%rbp), %r9
	cmpq	%r10, %rax
	cmovgeq	%r10, %rax
	movq	%rax, %r8
	subq	%r13, %r8
	imulq	-192(%rbp), %r8
	cmpl	$0, -68(%rbp)
	cmovneq	%r9, %r8
	cmpq	-104(%rbp), %rbx
	jle	.LBB34_14
	subq	%rdi, %rdx
	andq	$-4, %rdx
	subq	%r13, %rsi
	movq	-168(%rbp), %r9
	leaq	(%r9,%rdi,8), %rdi
	xorps	%xmm1, %xmm1
	cvtsi2sd	%r8, %xmm1
	movq	-176(%rbp), %r8
	movsd	(%r8,%r11,8), %xmm0
	divsd	%xmm1, %xmm0
	movq	%rsi, %r14
	andq	$-4, %r14
	leaq	(%r14,%r13), %r12
	movapd	%xmm0, %xmm1
	unpcklpd	%xmm0, %xmm1
	movq	-104(%rbp), %r10
	jmp	.LBB34_8
	.p2align	4
.LBB34_13:
	incq	%r10
	addq	%r15, %rdi
	addq	%r15, %r9
	cmpq	%rbx, %r10
	jge	.LBB34_14
.LBB34_8:
	cmpq	%r13, %rax
	jle	.LBB34_13
	movq	%r13, %r8
	cmpq	$4, %rsi
	jb	.LBB34_18
	xorl	%r8d, %r8d
	.p2align	4
.LBB34_11:
	movupd	(%rdi,%r8,8), %xmm2
	movupd	16(%rdi,%r8,8), %xmm3
	addpd	%xmm1, %xmm2
	addpd	%xmm1, %xmm3
	movupd	%xmm2, (%rdi,%r8,8)
	movupd	%xmm3, 16(%rdi,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rdx
	jne	.LBB34_11
	movq	%r12, %r8
	cmpq	%r14, %rsi
	je	.LBB34_13
	.p2align	4
.LBB34_18:
	movsd	(%r9,%r8,8), %xmm2
	addsd	%xmm0, %xmm2
	movsd	%xmm2, (%r9,%r8,8)
	incq	%r8
	cmpq	%rax, %r8
	jl	.LBB34_18
	jmp	.LBB34_13
.LBB34_17:
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end34:
	.size	avg_pool_backward_run_f64, .Lfunc_end34-avg_pool_backward_run_f64
	.cfi_endproc

	.globl	axon_adaptive_avg_pool2d_f64
	.p2align	4
	.type	axon_adaptive_avg_pool2d_f64,@function
axon_adaptive_avg_pool2d_f64:
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
	subq	$264, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, %r15
	movq	%rcx, %r14
	movq	%rdx, %r13
	movq	%rdi, %rbx
	movq	16(%rbp), %rcx
	movq	$0, -296(%rbp)
	movq	%rdx, %r12
	imulq	%rsi, %r12
	movq	%r12, -288(%rbp)
	movq	%r8, %rax
	imulq	%r14, %rax
	movq	%rax, -280(%rbp)
	movq	%rsi, -88(%rbp)
	movq	%rsi, -272(%rbp)
	movq	%rdx, -264(%rbp)
	movq	%r14, -256(%rbp)
	movq	%r8, -248(%rbp)
	movq	$0, -240(%rbp)
	movq	%r9, -64(%rbp)
	movq	%r9, -232(%rbp)
	movq	%rcx, -224(%rbp)
	movq	$0, -216(%rbp)
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setl	%cl
	cmpq	$2, %rbx
	setl	%dl
	orb	%cl, %dl
	movq	%rbx, -72(%rbp)
	je	.LBB35_1
	testq	%rbx, %rbx
	jg	.LBB35_5
	jmp	.LBB35_40
.LBB35_1:
	movq	%r12, %rcx
	imulq	%rbx, %rcx
	cmpq	$32768, %rcx
	jge	.LBB35_2
.LBB35_5:
	leaq	-1(%r14), %rax
	movq	%rax, -112(%rbp)
	leaq	-1(%r15), %rax
	movq	%rax, -152(%rbp)
	shlq	$3, %r12
	leaq	(,%r13,8), %r10
	movq	-64(%rbp), %rax
	addq	$32, %rax
	movq	%rax, -80(%rbp)
	movq	$0, -56(%rbp)
	movq	%r14, -120(%rbp)
	movq	%r13, -160(%rbp)
	movq	%r12, -96(%rbp)
	jmp	.LBB35_6
	.p2align	4
.LBB35_11:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	-96(%rbp), %r12
	addq	%r12, -64(%rbp)
	addq	%r12, -80(%rbp)
	movq	%rcx, -56(%rbp)
	cmpq	-72(%rbp), %rcx
	je	.LBB35_40
.LBB35_6:
	testq	%r14, %r14
	jle	.LBB35_11
	movq	-56(%rbp), %rax
	imulq	%r14, %rax
	movq	%rax, -104(%rbp)
	xorl	%ecx, %ecx
	jmp	.LBB35_8
	.p2align	4
.LBB35_10:
	movq	-120(%rbp), %r14
	movq	-128(%rbp), %rcx
	cmpq	%r14, %rcx
	je	.LBB35_11
.LBB35_8:
	movq	%rcx, %rax
	imulq	-88(%rbp), %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	je	.LBB35_9
	cqto
	idivq	%r14
	jmp	.LBB35_13
	.p2align	4
.LBB35_9:
	xorl	%edx, %edx
	divl	%r14d
.LBB35_13:
	movq	%rax, -48(%rbp)
	leaq	1(%rcx), %rsi
	movq	%rsi, %rax
	imulq	-88(%rbp), %rax
	addq	-112(%rbp), %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	movq	%rsi, -128(%rbp)
	je	.LBB35_14
	cqto
	idivq	%r14
	movq	%rax, %rsi
	testq	%r15, %r15
	jg	.LBB35_17
	jmp	.LBB35_10
	.p2align	4
.LBB35_14:
	xorl	%edx, %edx
	divl	%r14d
	movl	%eax, %esi
	testq	%r15, %r15
	jle	.LBB35_10
.LBB35_17:
	movq	%rsi, %rax
	movq	-48(%rbp), %rdx
	subq	%rdx, %rax
	movq	%rax, -176(%rbp)
	addq	-104(%rbp), %rcx
	imulq	%r15, %rcx
	movq	16(%rbp), %rax
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, -168(%rbp)
	movq	%r10, %rcx
	imulq	%rdx, %rcx
	movq	-64(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -136(%rbp)
	addq	-80(%rbp), %rcx
	movq	%rcx, -144(%rbp)
	xorl	%r14d, %r14d
	jmp	.LBB35_18
	.p2align	4
.LBB35_33:
	subq	%r9, %rax
	imulq	-176(%rbp), %rax
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rax, %xmm1
	divsd	%xmm1, %xmm0
	movq	-168(%rbp), %rax
	movsd	%xmm0, (%rax,%r14,8)
	movq	%r12, %r14
	cmpq	%r15, %r12
	movq	-160(%rbp), %r13
	je	.LBB35_10
.LBB35_18:
	movq	%r14, %rax
	imulq	%r13, %rax
	movq	%rax, %rcx
	orq	%r15, %rcx
	shrq	$32, %rcx
	je	.LBB35_19
	cqto
	idivq	%r15
	movq	%rax, %r9
	jmp	.LBB35_21
	.p2align	4
.LBB35_19:
	xorl	%edx, %edx
	divl	%r15d
	movl	%eax, %r9d
.LBB35_21:
	leaq	1(%r14), %r12
	movq	%r12, %rax
	imulq	%r13, %rax
	addq	-152(%rbp), %rax
	movq	%rax, %rcx
	orq	%r15, %rcx
	shrq	$32, %rcx
	je	.LBB35_22
	cqto
	idivq	%r15
	jmp	.LBB35_24
	.p2align	4
.LBB35_22:
	xorl	%edx, %edx
	divl	%r15d
.LBB35_24:
	xorpd	%xmm0, %xmm0
	cmpq	-48(%rbp), %rsi
	jle	.LBB35_33
	movl	%eax, %r11d
	subl	%r9d, %r11d
	andl	$7, %r11d
	movq	%r9, %r13
	subq	%rax, %r13
	movq	-144(%rbp), %rbx
	movq	-136(%rbp), %r8
	movq	-48(%rbp), %rcx
	jmp	.LBB35_26
	.p2align	4
.LBB35_32:
	incq	%rcx
	addq	%r10, %r8
	addq	%r10, %rbx
	cmpq	%rsi, %rcx
	je	.LBB35_33
.LBB35_26:
	cmpq	%r9, %rax
	jle	.LBB35_32
	testq	%r11, %r11
	je	.LBB35_28
	movq	%r11, %rdx
	movq	%r9, %rdi
	.p2align	4
.LBB35_30:
	addsd	(%r8,%rdi,8), %xmm0
	incq	%rdi
	decq	%rdx
	jne	.LBB35_30
	cmpq	$-8, %r13
	jbe	.LBB35_34
	jmp	.LBB35_32
.LBB35_28:
	movq	%r9, %rdi
	cmpq	$-8, %r13
	ja	.LBB35_32
	.p2align	4
.LBB35_34:
	addsd	-32(%rbx,%rdi,8), %xmm0
	addsd	-24(%rbx,%rdi,8), %xmm0
	addsd	-16(%rbx,%rdi,8), %xmm0
	addsd	-8(%rbx,%rdi,8), %xmm0
	addsd	(%rbx,%rdi,8), %xmm0
	addsd	8(%rbx,%rdi,8), %xmm0
	addsd	16(%rbx,%rdi,8), %xmm0
	addsd	24(%rbx,%rdi,8), %xmm0
	addq	$8, %rdi
	cmpq	%rdi, %rax
	jne	.LBB35_34
	jmp	.LBB35_32
.LBB35_2:
	movslq	%eax, %rsi
	leaq	adaptive_run_f64(%rip), %rcx
	movq	%rcx, -208(%rbp)
	leaq	-296(%rbp), %rcx
	movq	%rcx, -200(%rbp)
	movq	-72(%rbp), %rdi
	movq	%rdi, -192(%rbp)
	leaq	(%rdi,%rsi), %rcx
	decq	%rcx
	decq	%rdi
	movq	%rcx, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB35_3
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	movq	%rax, %rcx
	jmp	.LBB35_36
.LBB35_3:
	movl	%eax, %esi
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %ecx
.LBB35_36:
	movq	%rcx, -184(%rbp)
	addq	%rcx, %rdi
	movq	%rdi, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB35_37
	movq	%rdi, %rax
	cqto
	idivq	%rcx
	jmp	.LBB35_39
.LBB35_37:
	movl	%edi, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB35_39:
	leaq	pool_task(%rip), %rsi
	leaq	-208(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB35_40:
	addq	$264, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end35:
	.size	axon_adaptive_avg_pool2d_f64, .Lfunc_end35-axon_adaptive_avg_pool2d_f64
	.cfi_endproc

	.p2align	4
	.type	adaptive_run_f64,@function
adaptive_run_f64:
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
	subq	$16, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -88(%rbp)
	testq	%rdx, %rdx
	jle	.LBB36_8
	movq	24(%rdi), %r8
	movq	32(%rdi), %r9
	movq	40(%rdi), %rdx
	movq	48(%rdi), %r14
	movq	64(%rdi), %rax
	movq	8(%rdi), %rcx
	imulq	%rsi, %rcx
	imulq	16(%rdi), %rsi
	leaq	(%rax,%rcx,8), %r10
	movq	%r10, -72(%rbp)
	shlq	$3, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -96(%rbp)
	movq	%rdx, %rsi
	movq	%r9, %rdx
	imulq	%r8, %rdx
	leaq	-1(%rsi), %rdi
	movq	%rdi, -112(%rbp)
	leaq	-1(%r14), %rdi
	movq	%rdi, -160(%rbp)
	shlq	$3, %rdx
	movq	%rdx, -80(%rbp)
	leaq	(,%r9,8), %r12
	leaq	(%rax,%rcx,8), %rax
	addq	$32, %rax
	movq	%rax, -64(%rbp)
	movq	$0, -56(%rbp)
	movq	%r9, -168(%rbp)
	movq	%rsi, -120(%rbp)
	movq	%r8, -128(%rbp)
	jmp	.LBB36_2
	.p2align	4
.LBB36_7:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	-80(%rbp), %rax
	addq	%rax, -72(%rbp)
	addq	%rax, -64(%rbp)
	movq	%rcx, -56(%rbp)
	cmpq	-88(%rbp), %rcx
	je	.LBB36_8
.LBB36_2:
	testq	%rsi, %rsi
	jle	.LBB36_7
	movq	-56(%rbp), %rax
	imulq	%rsi, %rax
	movq	%rax, -104(%rbp)
	xorl	%ecx, %ecx
	jmp	.LBB36_4
	.p2align	4
.LBB36_6:
	movq	-120(%rbp), %rsi
	movq	-136(%rbp), %rcx
	cmpq	%rsi, %rcx
	movq	-128(%rbp), %r8
	je	.LBB36_7
.LBB36_4:
	movq	%rcx, %rax
	imulq	%r8, %rax
	movq	%rax, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB36_5
	cqto
	idivq	%rsi
	jmp	.LBB36_10
	.p2align	4
.LBB36_5:
	xorl	%edx, %edx
	divl	%esi
.LBB36_10:
	movq	%rax, -48(%rbp)
	leaq	1(%rcx), %rax
	movq	%rax, -136(%rbp)
	imulq	%r8, %rax
	addq	-112(%rbp), %rax
	movq	%rax, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB36_11
	cqto
	idivq	%rsi
	movq	%rax, %r8
	testq	%r14, %r14
	jg	.LBB36_14
	jmp	.LBB36_6
	.p2align	4
.LBB36_11:
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %r8d
	testq	%r14, %r14
	jle	.LBB36_6
.LBB36_14:
	movq	%r8, %rax
	movq	-48(%rbp), %rdx
	subq	%rdx, %rax
	movq	%rax, -184(%rbp)
	addq	-104(%rbp), %rcx
	imulq	%r14, %rcx
	movq	-96(%rbp), %rax
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, -176(%rbp)
	movq	%r12, %rcx
	imulq	%rdx, %rcx
	movq	-72(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -144(%rbp)
	addq	-64(%rbp), %rcx
	movq	%rcx, -152(%rbp)
	xorl	%esi, %esi
	jmp	.LBB36_15
	.p2align	4
.LBB36_30:
	subq	%rcx, %rax
	imulq	-184(%rbp), %rax
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rax, %xmm1
	divsd	%xmm1, %xmm0
	movq	-176(%rbp), %rax
	movsd	%xmm0, (%rax,%rsi,8)
	movq	%rbx, %rsi
	cmpq	%r14, %rbx
	movq	-168(%rbp), %r9
	je	.LBB36_6
.LBB36_15:
	movq	%rsi, %rax
	imulq	%r9, %rax
	movq	%rax, %rcx
	orq	%r14, %rcx
	shrq	$32, %rcx
	je	.LBB36_16
	cqto
	idivq	%r14
	movq	%rax, %rcx
	jmp	.LBB36_18
	.p2align	4
.LBB36_16:
	xorl	%edx, %edx
	divl	%r14d
	movl	%eax, %ecx
.LBB36_18:
	leaq	1(%rsi), %rbx
	movq	%rbx, %rax
	imulq	%r9, %rax
	addq	-160(%rbp), %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	je	.LBB36_19
	cqto
	idivq	%r14
	jmp	.LBB36_21
	.p2align	4
.LBB36_19:
	xorl	%edx, %edx
	divl	%r14d
.LBB36_21:
	xorpd	%xmm0, %xmm0
	cmpq	-48(%rbp), %r8
	jle	.LBB36_30
	movl	%eax, %r15d
	subl	%ecx, %r15d
	andl	$7, %r15d
	movq	%rcx, %r11
	subq	%rax, %r11
	movq	-152(%rbp), %r10
	movq	-144(%rbp), %r13
	movq	-48(%rbp), %rdi
	jmp	.LBB36_23
	.p2align	4
.LBB36_29:
	incq	%rdi
	addq	%r12, %r13
	addq	%r12, %r10
	cmpq	%r8, %rdi
	je	.LBB36_30
.LBB36_23:
	cmpq	%rcx, %rax
	jle	.LBB36_29
	testq	%r15, %r15
	je	.LBB36_25
	movq	%r15, %rdx
	movq	%rcx, %r9
	.p2align	4
.LBB36_27:
	addsd	(%r13,%r9,8), %xmm0
	incq	%r9
	decq	%rdx
	jne	.LBB36_27
	cmpq	$-8, %r11
	jbe	.LBB36_31
	jmp	.LBB36_29
.LBB36_25:
	movq	%rcx, %r9
	cmpq	$-8, %r11
	ja	.LBB36_29
	.p2align	4
.LBB36_31:
	addsd	-32(%r10,%r9,8), %xmm0
	addsd	-24(%r10,%r9,8), %xmm0
	addsd	-16(%r10,%r9,8), %xmm0
	addsd	-8(%r10,%r9,8), %xmm0
	addsd	(%r10,%r9,8), %xmm0
	addsd	8(%r10,%r9,8), %xmm0
	addsd	16(%r10,%r9,8), %xmm0
	addsd	24(%r10,%r9,8), %xmm0
	addq	$8, %r9
	cmpq	%r9, %rax
	jne	.LBB36_31
	jmp	.LBB36_29
.LBB36_8:
	addq	$16, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end36:
	.size	adaptive_run_f64, .Lfunc_end36-adaptive_run_f64
	.cfi_endproc

	.globl	axon_adaptive_avg_pool2d_backward_f64
	.p2align	4
	.type	axon_adaptive_avg_pool2d_backward_f64,@function
axon_adaptive_avg_pool2d_backward_f64:
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
	subq	$264, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, %r15
	movq	%rcx, %r14
	movq	%rdx, %r12
	movq	%rsi, %r13
	movq	%rdi, %rbx
	movq	16(%rbp), %rcx
	movq	$0, -304(%rbp)
	movq	%rdx, %rax
	imulq	%rsi, %rax
	movq	%rax, -48(%rbp)
	movq	%rax, -296(%rbp)
	movq	%r8, %rax
	imulq	%r14, %rax
	movq	%rax, -288(%rbp)
	movq	%rsi, -280(%rbp)
	movq	%rdx, -272(%rbp)
	movq	%r14, -264(%rbp)
	movq	%r8, -256(%rbp)
	movq	$0, -248(%rbp)
	movq	%r9, -96(%rbp)
	movq	%r9, -240(%rbp)
	movq	%rcx, -88(%rbp)
	movq	%rcx, -232(%rbp)
	movq	$0, -224(%rbp)
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setl	%cl
	cmpq	$2, %rbx
	setl	%dl
	orb	%cl, %dl
	movq	%rbx, -72(%rbp)
	je	.LBB37_1
	testq	%rbx, %rbx
	movq	-48(%rbp), %rcx
	jg	.LBB37_5
	jmp	.LBB37_39
.LBB37_1:
	movq	-48(%rbp), %rdx
	movq	%rdx, %rcx
	imulq	%rbx, %rcx
	cmpq	$32768, %rcx
	movq	%rdx, %rcx
	jge	.LBB37_2
.LBB37_5:
	leaq	-1(%r14), %rax
	movq	%rax, -112(%rbp)
	leaq	-1(%r15), %rax
	movq	%rax, -176(%rbp)
	movq	16(%rbp), %rax
	addq	$16, %rax
	movq	%rax, -80(%rbp)
	shlq	$3, %rcx
	leaq	(,%r12,8), %r11
	movq	$0, -64(%rbp)
	movq	%r14, -128(%rbp)
	movq	%r12, -184(%rbp)
	movq	%r13, -120(%rbp)
	movq	%rcx, -48(%rbp)
	jmp	.LBB37_6
	.p2align	4
.LBB37_11:
	movq	-64(%rbp), %rdx
	incq	%rdx
	movq	-48(%rbp), %rcx
	addq	%rcx, -80(%rbp)
	addq	%rcx, -88(%rbp)
	movq	%rdx, -64(%rbp)
	cmpq	-72(%rbp), %rdx
	je	.LBB37_39
.LBB37_6:
	testq	%r14, %r14
	jle	.LBB37_11
	movq	-64(%rbp), %rax
	imulq	%r14, %rax
	movq	%rax, -104(%rbp)
	xorl	%ecx, %ecx
	jmp	.LBB37_8
	.p2align	4
.LBB37_10:
	movq	-128(%rbp), %r14
	movq	-136(%rbp), %rcx
	cmpq	%r14, %rcx
	movq	-120(%rbp), %r13
	je	.LBB37_11
.LBB37_8:
	movq	%rcx, %rax
	imulq	%r13, %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	je	.LBB37_9
	cqto
	idivq	%r14
	jmp	.LBB37_13
	.p2align	4
.LBB37_9:
	xorl	%edx, %edx
	divl	%r14d
.LBB37_13:
	movq	%rax, -56(%rbp)
	leaq	1(%rcx), %rax
	movq	%rax, -136(%rbp)
	imulq	%r13, %rax
	addq	-112(%rbp), %rax
	movq	%rax, %rdx
	orq	%r14, %rdx
	shrq	$32, %rdx
	je	.LBB37_14
	cqto
	idivq	%r14
	movq	%rax, %rsi
	testq	%r15, %r15
	jg	.LBB37_17
	jmp	.LBB37_10
	.p2align	4
.LBB37_14:
	xorl	%edx, %edx
	divl	%r14d
	movl	%eax, %esi
	testq	%r15, %r15
	jle	.LBB37_10
.LBB37_17:
	addq	-104(%rbp), %rcx
	imulq	%r15, %rcx
	movq	-96(%rbp), %rax
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, -168(%rbp)
	movq	%rsi, %rcx
	movq	-56(%rbp), %rax
	subq	%rax, %rcx
	movq	%rcx, -160(%rbp)
	movq	%r11, %rcx
	imulq	%rax, %rcx
	movq	-80(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -144(%rbp)
	addq	-88(%rbp), %rcx
	movq	%rcx, -152(%rbp)
	xorl	%r14d, %r14d
	jmp	.LBB37_19
	.p2align	4
.LBB37_18:
	cmpq	%r15, %r14
	movq	-184(%rbp), %r12
	je	.LBB37_10
.LBB37_19:
	movq	%r14, %rcx
	movq	%r14, %rax
	imulq	%r12, %rax
	movq	%rax, %rdx
	orq	%r15, %rdx
	shrq	$32, %rdx
	je	.LBB37_20
	cqto
	idivq	%r15
	movq	%rax, %r13
	jmp	.LBB37_22
	.p2align	4
.LBB37_20:
	xorl	%edx, %edx
	divl	%r15d
	movl	%eax, %r13d
.LBB37_22:
	leaq	1(%rcx), %r14
	movq	%r14, %rax
	imulq	%r12, %rax
	addq	-176(%rbp), %rax
	movq	%rax, %rdx
	orq	%r15, %rdx
	shrq	$32, %rdx
	je	.LBB37_23
	cqto
	idivq	%r15
	cmpq	-56(%rbp), %rsi
	jle	.LBB37_18
	jmp	.LBB37_26
	.p2align	4
.LBB37_23:
	xorl	%edx, %edx
	divl	%r15d
	cmpq	-56(%rbp), %rsi
	jle	.LBB37_18
.LBB37_26:
	movq	%rax, %r10
	subq	%r13, %r10
	movq	%r10, %rdx
	imulq	-160(%rbp), %rdx
	movq	-168(%rbp), %rdi
	movsd	(%rdi,%rcx,8), %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rdx, %xmm1
	divsd	%xmm1, %xmm0
	movq	%r10, %rdx
	andq	$-4, %rdx
	leaq	(%rdx,%r13), %r12
	movapd	%xmm0, %xmm1
	unpcklpd	%xmm0, %xmm1
	movq	-144(%rbp), %rcx
	leaq	(%rcx,%r13,8), %r8
	movq	-152(%rbp), %rbx
	leaq	(%rbx,%r13,8), %r9
	movq	-56(%rbp), %rcx
	jmp	.LBB37_27
	.p2align	4
.LBB37_32:
	incq	%rcx
	addq	%r11, %r8
	addq	%r11, %r9
	addq	%r11, %rbx
	cmpq	%rsi, %rcx
	je	.LBB37_18
.LBB37_27:
	cmpq	%r13, %rax
	jle	.LBB37_32
	movq	%r13, %rdi
	cmpq	$4, %r10
	jb	.LBB37_33
	xorl	%edi, %edi
	.p2align	4
.LBB37_30:
	movupd	(%r9,%rdi,8), %xmm2
	movupd	(%r8,%rdi,8), %xmm3
	addpd	%xmm1, %xmm2
	addpd	%xmm1, %xmm3
	movupd	%xmm2, (%r9,%rdi,8)
	movupd	%xmm3, (%r8,%rdi,8)
	addq	$4, %rdi
	cmpq	%rdi, %rdx
	jne	.LBB37_30
	movq	%r12, %rdi
	cmpq	%rdx, %r10
	je	.LBB37_32
	.p2align	4
.LBB37_33:
	movsd	(%rbx,%rdi,8), %xmm2
	addsd	%xmm0, %xmm2
	movsd	%xmm2, (%rbx,%rdi,8)
	incq	%rdi
	cmpq	%rdi, %rax
	jne	.LBB37_33
	jmp	.LBB37_32
.LBB37_2:
	movslq	%eax, %rsi
	leaq	adaptive_backward_run_f64(%rip), %rcx
	movq	%rcx, -216(%rbp)
	leaq	-304(%rbp), %rcx
	movq	%rcx, -208(%rbp)
	movq	-72(%rbp), %rdi
	movq	%rdi, -200(%rbp)
	leaq	(%rdi,%rsi), %rcx
	decq	%rcx
	decq	%rdi
	movq	%rcx, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB37_3
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	movq	%rax, %rcx
	jmp	.LBB37_35
.LBB37_3:
	movl	%eax, %esi
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %ecx
.LBB37_35:
	movq	%rcx, -192(%rbp)
	addq	%rcx, %rdi
	movq	%rdi, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB37_36
	movq	%rdi, %rax
	cqto
	idivq	%rcx
	jmp	.LBB37_38
.LBB37_36:
	movl	%edi, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB37_38:
	leaq	pool_task(%rip), %rsi
	leaq	-216(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB37_39:
	addq	$264, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end37:
	.size	axon_adaptive_avg_pool2d_backward_f64, .Lfunc_end37-axon_adaptive_avg_pool2d_backward_f64
	.cfi_endproc

	.p2align	4
	.type	adaptive_backward_run_f64,@function
adaptive_backward_run_f64:
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
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -72(%rbp)
	testq	%rdx, %rdx
	jle	.LBB38_8
	movq	24(%rdi), %r8
	movq	32(%rdi), %r9
	movq	16(%rdi), %rax
	imulq	%rsi, %rax
	shlq	$3, %rax
	addq	64(%rdi), %rax
	movq	%rax, -80(%rbp)
	imulq	8(%rdi), %rsi
	movq	40(%rdi), %r10
	shlq	$3, %rsi
	addq	72(%rdi), %rsi
	movq	%rsi, -56(%rbp)
	movq	48(%rdi), %r15
	movq	%r9, %rax
	imulq	%r8, %rax
	leaq	-1(%r10), %rcx
	movq	%rcx, -96(%rbp)
	leaq	-1(%r15), %rcx
	movq	%rcx, -152(%rbp)
	shlq	$3, %rax
	movq	%rax, -64(%rbp)
	leaq	(,%r9,8), %r12
	movq	$0, -48(%rbp)
	movq	%r8, -112(%rbp)
	movq	%r9, -160(%rbp)
	movq	%r10, -104(%rbp)
	jmp	.LBB38_2
	.p2align	4
.LBB38_7:
	movq	-48(%rbp), %rcx
	incq	%rcx
	movq	-64(%rbp), %rax
	addq	%rax, -56(%rbp)
	movq	%rcx, -48(%rbp)
	cmpq	-72(%rbp), %rcx
	je	.LBB38_8
.LBB38_2:
	testq	%r10, %r10
	jle	.LBB38_7
	movq	-48(%rbp), %rax
	imulq	%r10, %rax
	movq	%rax, -88(%rbp)
	xorl	%esi, %esi
	jmp	.LBB38_4
	.p2align	4
.LBB38_6:
	movq	-104(%rbp), %r10
	movq	-120(%rbp), %rsi
	cmpq	%r10, %rsi
	movq	-112(%rbp), %r8
	je	.LBB38_7
.LBB38_4:
	movq	%rsi, %rax
	imulq	%r8, %rax
	movq	%rax, %rcx
	orq	%r10, %rcx
	shrq	$32, %rcx
	je	.LBB38_5
	cqto
	idivq	%r10
	movq	%rax, %rcx
	jmp	.LBB38_10
	.p2align	4
.LBB38_5:
	xorl	%edx, %edx
	divl	%r10d
	movl	%eax, %ecx
.LBB38_10:
	leaq	1(%rsi), %rdi
	movq	%rdi, %rax
	imulq	%r8, %rax
	addq	-96(%rbp), %rax
	movq	%rax, %rdx
	orq	%r10, %rdx
	shrq	$32, %rdx
	movq	%rdi, -120(%rbp)
	je	.LBB38_11
	cqto
	idivq	%r10
	movq	%rax, %r8
	testq	%r15, %r15
	jg	.LBB38_14
	jmp	.LBB38_6
	.p2align	4
.LBB38_11:
	xorl	%edx, %edx
	divl	%r10d
	movl	%eax, %r8d
	testq	%r15, %r15
	jle	.LBB38_6
.LBB38_14:
	addq	-88(%rbp), %rsi
	imulq	%r15, %rsi
	movq	-80(%rbp), %rax
	leaq	(%rax,%rsi,8), %rax
	movq	%rax, -144(%rbp)
	movq	%r8, %rax
	subq	%rcx, %rax
	movq	%rax, -136(%rbp)
	movq	%r12, %rax
	imulq	%rcx, %rax
	addq	-56(%rbp), %rax
	movq	%rax, -128(%rbp)
	xorl	%r14d, %r14d
	jmp	.LBB38_16
	.p2align	4
.LBB38_15:
	cmpq	%r15, %r14
	movq	-160(%rbp), %r9
	je	.LBB38_6
.LBB38_16:
	movq	%r14, %rsi
	movq	%r14, %rax
	imulq	%r9, %rax
	movq	%rax, %rdx
	orq	%r15, %rdx
	shrq	$32, %rdx
	je	.LBB38_17
	cqto
	idivq	%r15
	movq	%rax, %r11
	jmp	.LBB38_19
	.p2align	4
.LBB38_17:
	xorl	%edx, %edx
	divl	%r15d
	movl	%eax, %r11d
.LBB38_19:
	leaq	1(%rsi), %r14
	movq	%r14, %rax
	imulq	%r9, %rax
	addq	-152(%rbp), %rax
	movq	%rax, %rdx
	orq	%r15, %rdx
	shrq	$32, %rdx
	je	.LBB38_20
	cqto
	idivq	%r15
	cmpq	%rcx, %r8
	jle	.LBB38_15
	jmp	.LBB38_23
	.p2align	4
.LBB38_20:
	xorl	%edx, %edx
	divl	%r15d
	cmpq	%rcx, %r8
	jle	.LBB38_15
.LBB38_23:
	movq	%rax, %rbx
	subq	%r11, %rbx
	movq	%rbx, %rdx
	imulq	-136(%rbp), %rdx
	movq	-144(%rbp), %rdi
	movsd	(%rdi,%rsi,8), %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rdx, %xmm1
	divsd	%xmm1, %xmm0
	movq	%rbx, %rdx
	andq	$-4, %rdx
	leaq	(%r11,%rdx), %r13
	movapd	%xmm0, %xmm1
	unpcklpd	%xmm0, %xmm1
	movq	-128(%rbp), %r10
	leaq	(%r10,%r11,8), %rsi
	movq	%rcx, %rdi
	jmp	.LBB38_24
	.p2align	4
.LBB38_29:
	incq	%rdi
	addq	%r12, %rsi
	addq	%r12, %r10
	cmpq	%r8, %rdi
	je	.LBB38_15
.LBB38_24:
	cmpq	%r11, %rax
	jle	.LBB38_29
	movq	%r11, %r9
	cmpq	$4, %rbx
	jb	.LBB38_30
	xorl	%r9d, %r9d
	.p2align	4
.LBB38_27:
	movupd	(%rsi,%r9,8), %xmm2
	movupd	16(%rsi,%r9,8), %xmm3
	addpd	%xmm1, %xmm2
	addpd	%xmm1, %xmm3
	movupd	%xmm2, (%rsi,%r9,8)
	movupd	%xmm3, 16(%rsi,%r9,8)
	addq	$4, %r9
	cmpq	%r9, %rdx
	jne	.LBB38_27
	movq	%r13, %r9
	cmpq	%rdx, %rbx
	je	.LBB38_29
	.p2align	4
.LBB38_30:
	movsd	(%r10,%r9,8), %xmm2
	addsd	%xmm0, %xmm2
	movsd	%xmm2, (%r10,%r9,8)
	incq	%r9
	cmpq	%r9, %rax
	jne	.LBB38_30
	jmp	.LBB38_29
.LBB38_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end38:
	.size	adaptive_backward_run_f64, .Lfunc_end38-adaptive_backward_run_f64
	.cfi_endproc

	.p2align	4
	.type	im2col_f32,@function
im2col_f32:
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
	subq	$424, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -208(%rbp)
	movq	(%rdi), %rax
	movq	%rax, -288(%rbp)
	testq	%rax, %rax
	jle	.LBB39_9
	movq	8(%rdi), %rdx
	movq	16(%rdi), %r8
	movq	24(%rdi), %r9
	movq	32(%rdi), %r10
	movq	40(%rdi), %r11
	movq	48(%rdi), %rbx
	movq	56(%rdi), %r14
	movq	64(%rdi), %r15
	movq	72(%rdi), %rax
	movq	80(%rdi), %rcx
	movq	%rax, -432(%rbp)
	imulq	%r8, %rax
	movq	%rcx, -344(%rbp)
	leaq	(,%rcx,4), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	104(%rdi), %rcx
	movq	112(%rdi), %rdi
	subq	%rax, %rsi
	movq	%r8, %rax
	movq	%rdx, -448(%rbp)
	imulq	%rdx, %rax
	movq	%rdi, %rdx
	movq	%rcx, -264(%rbp)
	imulq	%rcx, %rdx
	movq	%r9, -184(%rbp)
	imulq	%r10, %r9
	imulq	%rdx, %r9
	shlq	$2, %r9
	movq	%r9, -168(%rbp)
	movq	%rdx, %rcx
	movq	%r10, -216(%rbp)
	imulq	%r10, %rcx
	shlq	$2, %rcx
	movq	%rcx, -200(%rbp)
	shlq	$2, %rdx
	movq	%rdx, -232(%rbp)
	shlq	$2, %rax
	movq	%rax, -176(%rbp)
	movq	%r14, -296(%rbp)
	imulq	%r8, %r14
	shlq	$2, %r14
	movq	%r14, -192(%rbp)
	movq	%r11, -440(%rbp)
	movq	%r8, -360(%rbp)
	imulq	%r8, %r11
	shlq	$2, %r11
	movq	%r11, -272(%rbp)
	movq	%rbx, %r9
	shlq	$4, %r9
	leaq	-1(%rbx), %rax
	movq	%rax, -320(%rbp)
	movq	%rdi, -152(%rbp)
	leaq	(,%rdi,4), %rdx
	movq	%r15, -352(%rbp)
	leaq	(,%r15,4), %rax
	movq	%rax, -224(%rbp)
	leaq	(,%rbx,4), %rax
	movq	%rax, -144(%rbp)
	movq	$0, -96(%rbp)
	movq	%rsi, -280(%rbp)
	movq	%rsi, -88(%rbp)
	movq	-208(%rbp), %rax
	movq	%rax, -80(%rbp)
	movq	%rbx, -256(%rbp)
	movq	%r9, -64(%rbp)
	movq	%rdx, -160(%rbp)
	jmp	.LBB39_2
	.p2align	4
.LBB39_8:
	movq	-96(%rbp), %rcx
	incq	%rcx
	movq	-80(%rbp), %rax
	addq	-168(%rbp), %rax
	movq	%rax, -80(%rbp)
	movq	-88(%rbp), %rax
	addq	-176(%rbp), %rax
	movq	%rax, -88(%rbp)
	movq	%rcx, -96(%rbp)
	cmpq	-288(%rbp), %rcx
	je	.LBB39_9
.LBB39_2:
	cmpq	$0, -184(%rbp)
	jle	.LBB39_8
	movq	-168(%rbp), %rcx
	movq	-96(%rbp), %rax
	imulq	%rax, %rcx
	movq	%rcx, -312(%rbp)
	movq	-176(%rbp), %rcx
	imulq	%rax, %rcx
	addq	-280(%rbp), %rcx
	movq	%rcx, -304(%rbp)
	movq	-88(%rbp), %rax
	movq	%rax, -120(%rbp)
	movq	-80(%rbp), %rax
	movq	%rax, -112(%rbp)
	movq	$0, -104(%rbp)
	jmp	.LBB39_4
	.p2align	4
.LBB39_26:
	movq	-104(%rbp), %rcx
	incq	%rcx
	movq	-112(%rbp), %rax
	addq	-200(%rbp), %rax
	movq	%rax, -112(%rbp)
	movq	-120(%rbp), %rax
	addq	-192(%rbp), %rax
	movq	%rax, -120(%rbp)
	movq	%rcx, -104(%rbp)
	cmpq	-184(%rbp), %rcx
	je	.LBB39_8
.LBB39_4:
	cmpq	$0, -216(%rbp)
	jle	.LBB39_26
	movq	-200(%rbp), %rcx
	movq	-104(%rbp), %rax
	imulq	%rax, %rcx
	addq	-312(%rbp), %rcx
	movq	%rcx, -336(%rbp)
	movq	-192(%rbp), %rcx
	imulq	%rax, %rcx
	addq	-304(%rbp), %rcx
	movq	%rcx, -328(%rbp)
	imulq	-296(%rbp), %rax
	movq	%rax, -456(%rbp)
	movq	-120(%rbp), %rax
	movq	%rax, -136(%rbp)
	movq	-112(%rbp), %rax
	movq	%rax, -128(%rbp)
	xorl	%edi, %edi
	jmp	.LBB39_6
	.p2align	4
.LBB39_25:
	movq	-240(%rbp), %rdi
	incq	%rdi
	movq	-128(%rbp), %rax
	addq	-232(%rbp), %rax
	movq	%rax, -128(%rbp)
	movq	-136(%rbp), %rax
	addq	-224(%rbp), %rax
	movq	%rax, -136(%rbp)
	cmpq	-216(%rbp), %rdi
	movq	-256(%rbp), %rbx
	je	.LBB39_26
.LBB39_6:
	movq	%rdi, %rcx
	imulq	-352(%rbp), %rcx
	subq	-344(%rbp), %rcx
	js	.LBB39_10
	movq	$0, -48(%rbp)
	jmp	.LBB39_14
	.p2align	4
.LBB39_10:
	movq	%rdx, %rsi
	movq	%rcx, %rax
	notq	%rax
	addq	%rbx, %rax
	movq	%rax, %rdx
	orq	%rbx, %rdx
	shrq	$32, %rdx
	je	.LBB39_11
	cqto
	idivq	%rbx
	jmp	.LBB39_13
.LBB39_11:
	xorl	%edx, %edx
	divl	%ebx
.LBB39_13:
	movq	%rax, -48(%rbp)
	movq	%rsi, %rdx
.LBB39_14:
	movq	-360(%rbp), %rax
	subq	%rcx, %rax
	movq	%rdi, -240(%rbp)
	jle	.LBB39_15
	movq	%rdx, %rsi
	addq	-320(%rbp), %rax
	movq	%rax, %rcx
	orq	%rbx, %rcx
	shrq	$32, %rcx
	je	.LBB39_17
	cqto
	idivq	%rbx
	jmp	.LBB39_19
	.p2align	4
.LBB39_15:
	xorl	%eax, %eax
	jmp	.LBB39_20
	.p2align	4
.LBB39_17:
	xorl	%edx, %edx
	divl	%ebx
.LBB39_19:
	movq	%rsi, %rdx
.LBB39_20:
	movq	-152(%rbp), %r10
	cmpq	%r10, %rax
	movq	%rax, -424(%rbp)
	cmovlq	%rax, %r10
	movq	-48(%rbp), %rax
	cmpq	%r10, %rax
	movq	%r10, %rcx
	cmovlq	%rax, %rcx
	movq	%rcx, -56(%rbp)
	cmpq	$0, -264(%rbp)
	jle	.LBB39_25
	movq	-232(%rbp), %rsi
	movq	-240(%rbp), %rcx
	imulq	%rcx, %rsi
	addq	-336(%rbp), %rsi
	movq	-224(%rbp), %rax
	imulq	%rcx, %rax
	addq	-328(%rbp), %rax
	movq	-56(%rbp), %rcx
	leaq	(,%rcx,4), %rdi
	leaq	(,%r10,4), %r8
	movq	%rdx, %r11
	subq	%r8, %r11
	movq	%r11, -408(%rbp)
	movq	%rdi, -416(%rbp)
	subq	%rdi, %r8
	movq	%r8, -392(%rbp)
	addq	-208(%rbp), %rsi
	leaq	(%rsi,%r10,4), %rdi
	movq	%rdi, -400(%rbp)
	movq	%rsi, -464(%rbp)
	leaq	(%rsi,%rcx,4), %rsi
	movq	%rsi, -384(%rbp)
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, -376(%rbp)
	movl	%r10d, %eax
	subl	%ecx, %eax
	andl	$3, %eax
	movq	%rax, -248(%rbp)
	movq	%rcx, %rax
	subq	%r10, %rax
	movq	%rax, -368(%rbp)
	movq	-144(%rbp), %r13
	imulq	%rcx, %r13
	movq	-136(%rbp), %rbx
	addq	%rbx, %r13
	movq	-128(%rbp), %r14
	xorl	%r12d, %r12d
	movq	%r10, -72(%rbp)
	jmp	.LBB39_22
	.p2align	4
.LBB39_23:
	cmpq	$0, -152(%rbp)
	jle	.LBB39_42
	xorl	%esi, %esi
.LBB39_41:
	callq	memset@PLT
	movq	-72(%rbp), %r10
	movq	-160(%rbp), %rdx
	movq	-64(%rbp), %r9
.LBB39_42:
	incq	%r12
	addq	%rdx, %r14
	movq	-272(%rbp), %rax
	addq	%rax, %r13
	addq	%rax, %rbx
	cmpq	-264(%rbp), %r12
	je	.LBB39_25
.LBB39_22:
	movq	%rdx, %r15
	imulq	%r12, %r15
	movq	-464(%rbp), %rax
	leaq	(%rax,%r15), %rdi
	movq	%r12, %rax
	imulq	-440(%rbp), %rax
	subq	-432(%rbp), %rax
	addq	-456(%rbp), %rax
	setns	%cl
	cmpq	-448(%rbp), %rax
	setl	%al
	testb	%al, %cl
	je	.LBB39_23
	cmpq	$0, -56(%rbp)
	jle	.LBB39_29
	xorl	%esi, %esi
	movq	-416(%rbp), %rdx
	callq	memset@PLT
	movq	-72(%rbp), %r10
	movq	-64(%rbp), %r9
.LBB39_29:
	cmpq	$1, -256(%rbp)
	jne	.LBB39_30
	cmpq	%r10, -48(%rbp)
	jge	.LBB39_39
	movq	-384(%rbp), %rax
	leaq	(%rax,%r15), %rdi
	movq	-272(%rbp), %rsi
	imulq	%r12, %rsi
	addq	-376(%rbp), %rsi
	movq	-392(%rbp), %rdx
	callq	memcpy@PLT
	movq	-72(%rbp), %r10
	movq	-64(%rbp), %r9
	jmp	.LBB39_39
	.p2align	4
.LBB39_30:
	cmpq	%r10, -48(%rbp)
	jge	.LBB39_39
	movq	-56(%rbp), %rax
	cmpq	$0, -248(%rbp)
	movq	-144(%rbp), %rsi
	je	.LBB39_34
	movq	-248(%rbp), %rcx
	movq	%r13, %rdx
	movq	-56(%rbp), %rax
	.p2align	4
.LBB39_33:
	movss	(%rdx), %xmm0
	movss	%xmm0, (%r14,%rax,4)
	incq	%rax
	addq	%rsi, %rdx
	decq	%rcx
	jne	.LBB39_33
.LBB39_34:
	cmpq	$-4, -368(%rbp)
	ja	.LBB39_39
	movq	-144(%rbp), %r8
	movq	%r8, %rcx
	imulq	%rax, %rcx
	leaq	3(%rax), %rdx
	imulq	%r8, %rdx
	leaq	2(%rax), %rsi
	imulq	%r8, %rsi
	leaq	1(%rax), %rdi
	imulq	%r8, %rdi
	movq	%rbx, %r8
	.p2align	4
.LBB39_36:
	movss	(%r8,%rcx), %xmm0
	movss	%xmm0, (%r14,%rax,4)
	movss	(%r8,%rdi), %xmm0
	movss	%xmm0, 4(%r14,%rax,4)
	movss	(%r8,%rsi), %xmm0
	movss	%xmm0, 8(%r14,%rax,4)
	movss	(%r8,%rdx), %xmm0
	movss	%xmm0, 12(%r14,%rax,4)
	addq	$4, %rax
	addq	%r9, %r8
	cmpq	%rax, %r10
	jne	.LBB39_36
	.p2align	4
.LBB39_39:
	movq	-424(%rbp), %rax
	cmpq	-152(%rbp), %rax
	movq	-160(%rbp), %rdx
	jge	.LBB39_42
	addq	-400(%rbp), %r15
	movq	%r15, %rdi
	xorl	%esi, %esi
	movq	-408(%rbp), %rdx
	jmp	.LBB39_41
.LBB39_9:
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end39:
	.size	im2col_f32, .Lfunc_end39-im2col_f32
	.cfi_endproc

	.p2align	4
	.type	im2col_f64,@function
im2col_f64:
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
	subq	$424, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, -208(%rbp)
	movq	(%rdi), %rax
	movq	%rax, -288(%rbp)
	testq	%rax, %rax
	jle	.LBB40_9
	movq	8(%rdi), %rdx
	movq	16(%rdi), %r8
	movq	24(%rdi), %r9
	movq	32(%rdi), %r10
	movq	40(%rdi), %r11
	movq	48(%rdi), %rbx
	movq	56(%rdi), %r14
	movq	64(%rdi), %r15
	movq	72(%rdi), %rax
	movq	80(%rdi), %rcx
	movq	%rax, -432(%rbp)
	imulq	%r8, %rax
	movq	%rcx, -344(%rbp)
	leaq	(,%rcx,8), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	104(%rdi), %rcx
	movq	112(%rdi), %rdi
	subq	%rax, %rsi
	movq	%r8, %rax
	movq	%rdx, -448(%rbp)
	imulq	%rdx, %rax
	movq	%rdi, %rdx
	movq	%rcx, -264(%rbp)
	imulq	%rcx, %rdx
	movq	%r9, -184(%rbp)
	imulq	%r10, %r9
	imulq	%rdx, %r9
	shlq	$3, %r9
	movq	%r9, -168(%rbp)
	movq	%rdx, %rcx
	movq	%r10, -216(%rbp)
	imulq	%r10, %rcx
	shlq	$3, %rcx
	movq	%rcx, -200(%rbp)
	shlq	$3, %rdx
	movq	%rdx, -232(%rbp)
	shlq	$3, %rax
	movq	%rax, -176(%rbp)
	movq	%r14, -296(%rbp)
	imulq	%r8, %r14
	shlq	$3, %r14
	movq	%r14, -192(%rbp)
	movq	%r11, -440(%rbp)
	movq	%r8, -360(%rbp)
	imulq	%r8, %r11
	shlq	$3, %r11
	movq	%r11, -272(%rbp)
	movq	%rbx, %r9
	shlq	$5, %r9
	leaq	-1(%rbx), %rax
	movq	%rax, -320(%rbp)
	movq	%rdi, -152(%rbp)
	leaq	(,%rdi,8), %rdx
	movq	%r15, -352(%rbp)
	leaq	(,%r15,8), %rax
	movq	%rax, -224(%rbp)
	leaq	(,%rbx,8), %rax
	movq	%rax, -144(%rbp)
	movq	$0, -96(%rbp)
	movq	%rsi, -280(%rbp)
	movq	%rsi, -88(%rbp)
	movq	-208(%rbp), %rax
	movq	%rax, -80(%rbp)
	movq	%rbx, -256(%rbp)
	movq	%r9, -64(%rbp)
	movq	%rdx, -160(%rbp)
	jmp	.LBB40_2
	.p2align	4
.LBB40_8:
	movq	-96(%rbp), %rcx
	incq	%rcx
	movq	-80(%rbp), %rax
	addq	-168(%rbp), %rax
	movq	%rax, -80(%rbp)
	movq	-88(%rbp), %rax
	addq	-176(%rbp), %rax
	movq	%rax, -88(%rbp)
	movq	%rcx, -96(%rbp)
	cmpq	-288(%rbp), %rcx
	je	.LBB40_9
.LBB40_2:
	cmpq	$0, -184(%rbp)
	jle	.LBB40_8
	movq	-168(%rbp), %rcx
	movq	-96(%rbp), %rax
	imulq	%rax, %rcx
	movq	%rcx, -312(%rbp)
	movq	-176(%rbp), %rcx
	imulq	%rax, %rcx
	addq	-280(%rbp), %rcx
	movq	%rcx, -304(%rbp)
	movq	-88(%rbp), %rax
	movq	%rax, -120(%rbp)
	movq	-80(%rbp), %rax
	movq	%rax, -112(%rbp)
	movq	$0, -104(%rbp)
	jmp	.LBB40_4
	.p2align	4
.LBB40_26:
	movq	-104(%rbp), %rcx
	incq	%rcx
	movq	-112(%rbp), %rax
	addq	-200(%rbp), %rax
	movq	%rax, -112(%rbp)
	movq	-120(%rbp), %rax
	addq	-192(%rbp), %rax
	movq	%rax, -120(%rbp)
	movq	%rcx, -104(%rbp)
	cmpq	-184(%rbp), %rcx
	je	.LBB40_8
.LBB40_4:
	cmpq	$0, -216(%rbp)
	jle	.LBB40_26
	movq	-200(%rbp), %rcx
	movq	-104(%rbp), %rax
	imulq	%rax, %rcx
	addq	-312(%rbp), %rcx
	movq	%rcx, -336(%rbp)
	movq	-192(%rbp), %rcx
	imulq	%rax, %rcx
	addq	-304(%rbp), %rcx
	movq	%rcx, -328(%rbp)
	imulq	-296(%rbp), %rax
	movq	%rax, -456(%rbp)
	movq	-120(%rbp), %rax
	movq	%rax, -136(%rbp)
	movq	-112(%rbp), %rax
	movq	%rax, -128(%rbp)
	xorl	%edi, %edi
	jmp	.LBB40_6
	.p2align	4
.LBB40_25:
	movq	-240(%rbp), %rdi
	incq	%rdi
	movq	-128(%rbp), %rax
	addq	-232(%rbp), %rax
	movq	%rax, -128(%rbp)
	movq	-136(%rbp), %rax
	addq	-224(%rbp), %rax
	movq	%rax, -136(%rbp)
	cmpq	-216(%rbp), %rdi
	movq	-256(%rbp), %rbx
	je	.LBB40_26
.LBB40_6:
	movq	%rdi, %rcx
	imulq	-352(%rbp), %rcx
	subq	-344(%rbp), %rcx
	js	.LBB40_10
	movq	$0, -48(%rbp)
	jmp	.LBB40_14
	.p2align	4
.LBB40_10:
	movq	%rdx, %rsi
	movq	%rcx, %rax
	notq	%rax
	addq	%rbx, %rax
	movq	%rax, %rdx
	orq	%rbx, %rdx
	shrq	$32, %rdx
	je	.LBB40_11
	cqto
	idivq	%rbx
	jmp	.LBB40_13
.LBB40_11:
	xorl	%edx, %edx
	divl	%ebx
.LBB40_13:
	movq	%rax, -48(%rbp)
	movq	%rsi, %rdx
.LBB40_14:
	movq	-360(%rbp), %rax
	subq	%rcx, %rax
	movq	%rdi, -240(%rbp)
	jle	.LBB40_15
	movq	%rdx, %rsi
	addq	-320(%rbp), %rax
	movq	%rax, %rcx
	orq	%rbx, %rcx
	shrq	$32, %rcx
	je	.LBB40_17
	cqto
	idivq	%rbx
	jmp	.LBB40_19
	.p2align	4
.LBB40_15:
	xorl	%eax, %eax
	jmp	.LBB40_20
	.p2align	4
.LBB40_17:
	xorl	%edx, %edx
	divl	%ebx
.LBB40_19:
	movq	%rsi, %rdx
.LBB40_20:
	movq	-152(%rbp), %r10
	cmpq	%r10, %rax
	movq	%rax, -424(%rbp)
	cmovlq	%rax, %r10
	movq	-48(%rbp), %rax
	cmpq	%r10, %rax
	movq	%r10, %rcx
	cmovlq	%rax, %rcx
	movq	%rcx, -56(%rbp)
	cmpq	$0, -264(%rbp)
	jle	.LBB40_25
	movq	-232(%rbp), %rsi
	movq	-240(%rbp), %rcx
	imulq	%rcx, %rsi
	addq	-336(%rbp), %rsi
	movq	-224(%rbp), %rax
	imulq	%rcx, %rax
	addq	-328(%rbp), %rax
	movq	-56(%rbp), %rcx
	leaq	(,%rcx,8), %rdi
	leaq	(,%r10,8), %r8
	movq	%rdx, %r11
	subq	%r8, %r11
	movq	%r11, -408(%rbp)
	movq	%rdi, -416(%rbp)
	subq	%rdi, %r8
	movq	%r8, -392(%rbp)
	addq	-208(%rbp), %rsi
	leaq	(%rsi,%r10,8), %rdi
	movq	%rdi, -400(%rbp)
	movq	%rsi, -464(%rbp)
	leaq	(%rsi,%rcx,8), %rsi
	movq	%rsi, -384(%rbp)
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, -376(%rbp)
	movl	%r10d, %eax
	subl	%ecx, %eax
	andl	$3, %eax
	movq	%rax, -248(%rbp)
	movq	%rcx, %rax
	subq	%r10, %rax
	movq	%rax, -368(%rbp)
	movq	-144(%rbp), %r13
	imulq	%rcx, %r13
	movq	-136(%rbp), %rbx
	addq	%rbx, %r13
	movq	-128(%rbp), %r14
	xorl	%r12d, %r12d
	movq	%r10, -72(%rbp)
	jmp	.LBB40_22
	.p2align	4
.LBB40_23:
	cmpq	$0, -152(%rbp)
	jle	.LBB40_42
	xorl	%esi, %esi
.LBB40_41:
	callq	memset@PLT
	movq	-72(%rbp), %r10
	movq	-160(%rbp), %rdx
	movq	-64(%rbp), %r9
.LBB40_42:
	incq	%r12
	addq	%rdx, %r14
	movq	-272(%rbp), %rax
	addq	%rax, %r13
	addq	%rax, %rbx
	cmpq	-264(%rbp), %r12
	je	.LBB40_25
.LBB40_22:
	movq	%rdx, %r15
	imulq	%r12, %r15
	movq	-464(%rbp), %rax
	leaq	(%rax,%r15), %rdi
	movq	%r12, %rax
	imulq	-440(%rbp), %rax
	subq	-432(%rbp), %rax
	addq	-456(%rbp), %rax
	setns	%cl
	cmpq	-448(%rbp), %rax
	setl	%al
	testb	%al, %cl
	je	.LBB40_23
	cmpq	$0, -56(%rbp)
	jle	.LBB40_29
	xorl	%esi, %esi
	movq	-416(%rbp), %rdx
	callq	memset@PLT
	movq	-72(%rbp), %r10
	movq	-64(%rbp), %r9
.LBB40_29:
	cmpq	$1, -256(%rbp)
	jne	.LBB40_30
	cmpq	%r10, -48(%rbp)
	jge	.LBB40_39
	movq	-384(%rbp), %rax
	leaq	(%rax,%r15), %rdi
	movq	-272(%rbp), %rsi
	imulq	%r12, %rsi
	addq	-376(%rbp), %rsi
	movq	-392(%rbp), %rdx
	callq	memcpy@PLT
	movq	-72(%rbp), %r10
	movq	-64(%rbp), %r9
	jmp	.LBB40_39
	.p2align	4
.LBB40_30:
	cmpq	%r10, -48(%rbp)
	jge	.LBB40_39
	movq	-56(%rbp), %rax
	cmpq	$0, -248(%rbp)
	movq	-144(%rbp), %rsi
	je	.LBB40_34
	movq	-248(%rbp), %rcx
	movq	%r13, %rdx
	movq	-56(%rbp), %rax
	.p2align	4
.LBB40_33:
	movsd	(%rdx), %xmm0
	movsd	%xmm0, (%r14,%rax,8)
	incq	%rax
	addq	%rsi, %rdx
	decq	%rcx
	jne	.LBB40_33
.LBB40_34:
	cmpq	$-4, -368(%rbp)
	ja	.LBB40_39
	movq	-144(%rbp), %r8
	movq	%r8, %rcx
	imulq	%rax, %rcx
	leaq	3(%rax), %rdx
	imulq	%r8, %rdx
	leaq	2(%rax), %rsi
	imulq	%r8, %rsi
	leaq	1(%rax), %rdi
	imulq	%r8, %rdi
	movq	%rbx, %r8
	.p2align	4
.LBB40_36:
	movsd	(%r8,%rcx), %xmm0
	movsd	%xmm0, (%r14,%rax,8)
	movsd	(%r8,%rdi), %xmm0
	movsd	%xmm0, 8(%r14,%rax,8)
	movsd	(%r8,%rsi), %xmm0
	movsd	%xmm0, 16(%r14,%rax,8)
	movsd	(%r8,%rdx), %xmm0
	movsd	%xmm0, 24(%r14,%rax,8)
	addq	$4, %rax
	addq	%r9, %r8
	cmpq	%rax, %r10
	jne	.LBB40_36
	.p2align	4
.LBB40_39:
	movq	-424(%rbp), %rax
	cmpq	-152(%rbp), %rax
	movq	-160(%rbp), %rdx
	jge	.LBB40_42
	addq	-400(%rbp), %r15
	movq	%r15, %rdi
	xorl	%esi, %esi
	movq	-408(%rbp), %rdx
	jmp	.LBB40_41
.LBB40_9:
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end40:
	.size	im2col_f64, .Lfunc_end40-im2col_f64
	.cfi_endproc

	.p2align	4
	.type	pool_task,@function
pool_task:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movslq	%esi, %rsi
	movq	16(%rdi), %rdx
	movq	24(%rdi), %rax
	imulq	%rax, %rsi
	subq	%rsi, %rdx
	cmpq	%rax, %rdx
	cmovgeq	%rax, %rdx
	testq	%rdx, %rdx
	jle	.LBB41_1
	movq	(%rdi), %rax
	movq	8(%rdi), %rdi
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmpq	*%rax
.LBB41_1:
	.cfi_def_cfa %rbp, 16
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end41:
	.size	pool_task, .Lfunc_end41-pool_task
	.cfi_endproc

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI42_0:
	.long	0
	.long	2
	.long	4
	.long	6
	.long	8
	.long	10
	.long	12
	.long	14
	.text
	.p2align	4
	.type	max_pool_2x2_vector_f32,@function
max_pool_2x2_vector_f32:
	.cfi_startproc
	cmpq	$8, %r8
	jge	.LBB42_2
	xorl	%eax, %eax
	retq
.LBB42_2:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -24
	movq	%r8, %rax
	movq	16(%rbp), %r8
	vmovd	%edx, %xmm0
	vpbroadcastd	%xmm0, %ymm0
	incl	%edx
	vmovd	%edx, %xmm1
	vpbroadcastd	%xmm1, %ymm1
	leaq	-8(%rax), %rdx
	xorl	%r10d, %r10d
	vxorps	%xmm2, %xmm2, %xmm2
	vmovdqa	.LCPI42_0(%rip), %ymm3
	.p2align	4
.LBB42_3:
	leaq	8(%r10), %r11
	cmpq	%rax, %r11
	cmovgq	%rdx, %r10
	vmovups	(%rdi,%r10,8), %ymm4
	vmovups	32(%rdi,%r10,8), %ymm5
	vmovups	(%rsi,%r10,8), %ymm6
	vmovups	32(%rsi,%r10,8), %ymm7
	vshufps	$136, %ymm5, %ymm4, %ymm8
	vpermpd	$216, %ymm8, %ymm8
	vshufps	$221, %ymm5, %ymm4, %ymm4
	vpermpd	$216, %ymm4, %ymm4
	vcmpltps	%ymm4, %ymm8, %ymm5
	vcmpunordps	%ymm2, %ymm4, %ymm9
	vorps	%ymm5, %ymm9, %ymm5
	vblendvps	%ymm5, %ymm4, %ymm8, %ymm4
	vpsrld	$31, %ymm5, %ymm5
	vshufps	$136, %ymm7, %ymm6, %ymm8
	vpermpd	$216, %ymm8, %ymm8
	vcmpltps	%ymm8, %ymm4, %ymm9
	vcmpunordps	%ymm2, %ymm8, %ymm10
	vorps	%ymm9, %ymm10, %ymm9
	vblendvps	%ymm9, %ymm8, %ymm4, %ymm4
	vblendvps	%ymm9, %ymm0, %ymm5, %ymm5
	vshufps	$221, %ymm7, %ymm6, %ymm6
	vpermpd	$216, %ymm6, %ymm6
	vcmpltps	%ymm6, %ymm4, %ymm7
	vcmpunordps	%ymm2, %ymm6, %ymm8
	vorps	%ymm7, %ymm8, %ymm7
	vblendvps	%ymm7, %ymm6, %ymm4, %ymm4
	vblendvps	%ymm7, %ymm1, %ymm5, %ymm5
	vpaddd	%ymm3, %ymm5, %ymm5
	vmovups	%ymm4, (%r9,%r10,4)
	leaq	(%rcx,%r10,2), %rbx
	vmovq	%rbx, %xmm4
	vpbroadcastq	%xmm4, %ymm4
	vpmovsxdq	%xmm5, %ymm6
	vpaddq	%ymm6, %ymm4, %ymm6
	vmovdqu	%ymm6, (%r8,%r10,8)
	vextracti128	$1, %ymm5, %xmm5
	vpmovsxdq	%xmm5, %ymm5
	vpaddq	%ymm5, %ymm4, %ymm4
	vmovdqu	%ymm4, 32(%r8,%r10,8)
	movq	%r11, %r10
	jl	.LBB42_3
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbx
	.cfi_restore %rbp
	vzeroupper
	retq
.Lfunc_end42:
	.size	max_pool_2x2_vector_f32, .Lfunc_end42-max_pool_2x2_vector_f32
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym forward_task_f32
	.addrsig_sym input_grad_task_f32
	.addrsig_sym weight_grad_task_f32
	.addrsig_sym forward_task_f64
	.addrsig_sym input_grad_task_f64
	.addrsig_sym weight_grad_task_f64
	.addrsig_sym max_pool_run_f32
	.addrsig_sym max_pool_backward_run_f32
	.addrsig_sym avg_pool_run_f32
	.addrsig_sym avg_pool_backward_run_f32
	.addrsig_sym adaptive_run_f32
	.addrsig_sym adaptive_backward_run_f32
	.addrsig_sym max_pool_run_f64
	.addrsig_sym max_pool_backward_run_f64
	.addrsig_sym avg_pool_run_f64
	.addrsig_sym avg_pool_backward_run_f64
	.addrsig_sym adaptive_run_f64
	.addrsig_sym adaptive_backward_run_f64
	.addrsig_sym pool_task
#endif
