// Generated from ../../dense_stack.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"dense_stack.c"
	.text
	.globl	axon_dense_stack_forward_f32
	.p2align	4
	.type	axon_dense_stack_forward_f32,@function
axon_dense_stack_forward_f32:
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
	subq	$24, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, -64(%rbp)
	movq	%rdx, %r14
	movq	(%rdx), %rbx
	movq	8(%rdx), %r12
	testq	%rsi, %rsi
	movq	%rdi, -56(%rbp)
	movq	%rsi, -48(%rbp)
	jle	.LBB0_5
	movq	%rdi, %r13
	movq	%rsi, %r15
	jmp	.LBB0_2
	.p2align	4
.LBB0_4:
	addq	$80, %r13
	decq	%r15
	je	.LBB0_5
.LBB0_2:
	movq	%r12, %r9
	movq	48(%r13), %r12
	movq	(%r13), %r8
	movq	8(%r13), %rcx
	xorl	%edi, %edi
	movl	$1, %esi
	movq	%rbx, %rdx
	pushq	%rcx
	pushq	%r12
	pushq	24(%r13)
	pushq	%r8
	pushq	16(%r13)
	pushq	%r8
	callq	axon_gemm_bias_f32@PLT
	addq	$48, %rsp
	cmpl	$0, 32(%r13)
	je	.LBB0_4
	movl	36(%r13), %edi
	movq	8(%r13), %rcx
	imulq	%rbx, %rcx
	movq	%r12, %rsi
	movq	%r12, %rdx
	callq	axon_unary_f32@PLT
	jmp	.LBB0_4
.LBB0_5:
	movq	-48(%rbp), %rax
	leaq	(%rax,%rax,4), %rax
	shlq	$4, %rax
	movq	-56(%rbp), %rcx
	movq	-72(%rcx,%rax), %rcx
	movq	16(%r14), %rsi
	movsd	24(%r14), %xmm0
	movq	32(%r14), %r8
	movq	40(%r14), %r9
	subq	$8, %rsp
	movq	%r12, %rdi
	movq	%rbx, %rdx
	pushq	48(%r14)
	callq	axon_softmax_cross_entropy_f32@PLT
	addq	$16, %rsp
	movq	16(%r14), %rsi
	movq	48(%r14), %rdi
	movq	%rbx, %rdx
	callq	axon_count_equal_i64@PLT
	movq	-64(%rbp), %rcx
	movq	%rax, (%rcx)
	testq	%rbx, %rbx
	jle	.LBB0_6
	movq	40(%r14), %rsi
	xorl	%edi, %edi
	movq	%rbx, %rdx
	callq	axon_reduce_f32@PLT
	cvtss2sd	%xmm0, %xmm0
	jmp	.LBB0_8
.LBB0_6:
	xorps	%xmm0, %xmm0
.LBB0_8:
	cmpq	$2, %rbx
	movl	$1, %eax
	cmovgeq	%rbx, %rax
	cvtsi2sd	%rax, %xmm1
	divsd	%xmm1, %xmm0
	cvtsd2ss	%xmm0, %xmm0
	cvtss2sd	%xmm0, %xmm0
	addq	$24, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	axon_dense_stack_forward_f32, .Lfunc_end0-axon_dense_stack_forward_f32
	.cfi_endproc

	.globl	axon_dense_stack_backward_f32
	.p2align	4
	.type	axon_dense_stack_backward_f32,@function
axon_dense_stack_backward_f32:
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
	subq	$40, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rsi, %r14
	movq	%rdi, %rbx
	movq	(%rdx), %rax
	leaq	(%rsi,%rsi,4), %r15
	shlq	$4, %r15
	movl	$1065353216, -52(%rbp)
	movq	32(%rdx), %rdi
	movq	16(%rdx), %rsi
	movq	%rdx, -64(%rbp)
	movsd	24(%rdx), %xmm0
	movq	-72(%r15,%rbx), %rcx
	subq	$8, %rsp
	leaq	-52(%rbp), %r8
	movq	%rax, -48(%rbp)
	movq	%rax, %rdx
	movl	$1, %r9d
	pushq	-24(%r15,%rbx)
	callq	axon_softmax_cross_entropy_backward_f32@PLT
	addq	$16, %rsp
	testq	%r14, %r14
	jle	.LBB1_9
	addq	$8, -64(%rbp)
	addq	%rbx, %r15
	addq	$-112, %r15
	jmp	.LBB1_2
	.p2align	4
.LBB1_8:
	addq	$-80, %r15
	decq	%r14
	jle	.LBB1_9
.LBB1_2:
	movq	32(%r15), %rbx
	movq	40(%r15), %r12
	cmpq	$1, %r14
	movq	%r15, %rax
	cmoveq	-64(%rbp), %rax
	movq	88(%r15), %r13
	movq	(%rax), %rax
	movq	%rax, -72(%rbp)
	cmpl	$0, 64(%r15)
	je	.LBB1_4
	movl	72(%r15), %edi
	movq	80(%r15), %rdx
	movq	%r12, %r8
	imulq	-48(%rbp), %r8
	movq	%r13, %rsi
	movq	%r13, %rcx
	callq	axon_binary_f32@PLT
.LBB1_4:
	cmpq	$1, %r14
	movq	-48(%rbp), %r8
	je	.LBB1_6
	subq	$8, %rsp
	xorps	%xmm0, %xmm0
	xorl	%edi, %edi
	xorl	%esi, %esi
	movq	%r8, %rdx
	movq	%rbx, %rcx
	movq	%r12, %r8
	movq	%r13, %r9
	pushq	%rbx
	pushq	8(%r15)
	pushq	%rbx
	pushq	48(%r15)
	pushq	%r12
	callq	axon_gemm_f32@PLT
	movq	-48(%rbp), %r8
	addq	$48, %rsp
.LBB1_6:
	subq	$8, %rsp
	xorps	%xmm0, %xmm0
	movl	$1, %edi
	xorl	%esi, %esi
	movq	%r12, %rdx
	movq	%rbx, %rcx
	movq	%r13, %r9
	pushq	%rbx
	pushq	96(%r15)
	pushq	%rbx
	pushq	-72(%rbp)
	pushq	%r12
	movq	%r8, %rbx
	callq	axon_gemm_f32@PLT
	addq	$48, %rsp
	movq	104(%r15), %r8
	testq	%r8, %r8
	je	.LBB1_8
	xorl	%edi, %edi
	movq	%r13, %rsi
	movq	%rbx, %rdx
	movq	%r12, %rcx
	xorl	%r9d, %r9d
	callq	axon_reduce_rows_f32@PLT
	jmp	.LBB1_8
.LBB1_9:
	addq	$40, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	axon_dense_stack_backward_f32, .Lfunc_end1-axon_dense_stack_backward_f32
	.cfi_endproc

	.globl	axon_dense_stack_forward_f64
	.p2align	4
	.type	axon_dense_stack_forward_f64,@function
axon_dense_stack_forward_f64:
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
	subq	$24, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, -64(%rbp)
	movq	%rdx, %r14
	movq	(%rdx), %rbx
	movq	8(%rdx), %r12
	testq	%rsi, %rsi
	movq	%rdi, -56(%rbp)
	movq	%rsi, -48(%rbp)
	jle	.LBB2_5
	movq	%rdi, %r13
	movq	%rsi, %r15
	jmp	.LBB2_2
	.p2align	4
.LBB2_4:
	addq	$80, %r13
	decq	%r15
	je	.LBB2_5
.LBB2_2:
	movq	%r12, %r9
	movq	48(%r13), %r12
	movq	(%r13), %r8
	movq	8(%r13), %rcx
	xorl	%edi, %edi
	movl	$1, %esi
	movq	%rbx, %rdx
	pushq	%rcx
	pushq	%r12
	pushq	24(%r13)
	pushq	%r8
	pushq	16(%r13)
	pushq	%r8
	callq	axon_gemm_bias_f64@PLT
	addq	$48, %rsp
	cmpl	$0, 32(%r13)
	je	.LBB2_4
	movl	36(%r13), %edi
	movq	8(%r13), %rcx
	imulq	%rbx, %rcx
	movq	%r12, %rsi
	movq	%r12, %rdx
	callq	axon_unary_f64@PLT
	jmp	.LBB2_4
.LBB2_5:
	movq	-48(%rbp), %rax
	leaq	(%rax,%rax,4), %rax
	shlq	$4, %rax
	movq	-56(%rbp), %rcx
	movq	-72(%rcx,%rax), %rcx
	movq	16(%r14), %rsi
	movsd	24(%r14), %xmm0
	movq	32(%r14), %r8
	movq	40(%r14), %r9
	subq	$8, %rsp
	movq	%r12, %rdi
	movq	%rbx, %rdx
	pushq	48(%r14)
	callq	axon_softmax_cross_entropy_f64@PLT
	addq	$16, %rsp
	movq	16(%r14), %rsi
	movq	48(%r14), %rdi
	movq	%rbx, %rdx
	callq	axon_count_equal_i64@PLT
	movq	-64(%rbp), %rcx
	movq	%rax, (%rcx)
	testq	%rbx, %rbx
	jle	.LBB2_6
	movq	40(%r14), %rsi
	xorl	%edi, %edi
	movq	%rbx, %rdx
	callq	axon_reduce_f64@PLT
	jmp	.LBB2_8
.LBB2_6:
	xorpd	%xmm0, %xmm0
.LBB2_8:
	cmpq	$2, %rbx
	movl	$1, %eax
	cmovgeq	%rbx, %rax
	cvtsi2sd	%rax, %xmm1
	divsd	%xmm1, %xmm0
	addq	$24, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end2:
	.size	axon_dense_stack_forward_f64, .Lfunc_end2-axon_dense_stack_forward_f64
	.cfi_endproc

	.globl	axon_dense_stack_backward_f64
	.p2align	4
	.type	axon_dense_stack_backward_f64,@function
axon_dense_stack_backward_f64:
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
	subq	$40, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rsi, %r14
	movq	%rdi, %rbx
	movq	(%rdx), %r9
	leaq	(%rsi,%rsi,4), %r15
	shlq	$4, %r15
	movabsq	$4607182418800017408, %rax
	movq	%rax, -72(%rbp)
	movq	32(%rdx), %rdi
	movq	16(%rdx), %rsi
	movq	%rdx, -56(%rbp)
	movsd	24(%rdx), %xmm0
	movq	-72(%r15,%rbx), %rcx
	subq	$8, %rsp
	leaq	-72(%rbp), %r8
	movq	%r9, -48(%rbp)
	movq	%r9, %rdx
	movl	$1, %r9d
	pushq	-24(%r15,%rbx)
	callq	axon_softmax_cross_entropy_backward_f64@PLT
	addq	$16, %rsp
	testq	%r14, %r14
	jle	.LBB3_9
	addq	$8, -56(%rbp)
	addq	%rbx, %r15
	addq	$-112, %r15
	jmp	.LBB3_2
	.p2align	4
.LBB3_8:
	addq	$-80, %r15
	decq	%r14
	jle	.LBB3_9
.LBB3_2:
	movq	32(%r15), %rbx
	movq	40(%r15), %r12
	cmpq	$1, %r14
	movq	%r15, %rax
	cmoveq	-56(%rbp), %rax
	movq	88(%r15), %r13
	movq	(%rax), %rax
	movq	%rax, -64(%rbp)
	cmpl	$0, 64(%r15)
	je	.LBB3_4
	movl	72(%r15), %edi
	movq	80(%r15), %rdx
	movq	%r12, %r8
	imulq	-48(%rbp), %r8
	movq	%r13, %rsi
	movq	%r13, %rcx
	callq	axon_binary_f64@PLT
.LBB3_4:
	cmpq	$1, %r14
	movq	-48(%rbp), %r8
	je	.LBB3_6
	subq	$8, %rsp
	xorps	%xmm0, %xmm0
	xorl	%edi, %edi
	xorl	%esi, %esi
	movq	%r8, %rdx
	movq	%rbx, %rcx
	movq	%r12, %r8
	movq	%r13, %r9
	pushq	%rbx
	pushq	8(%r15)
	pushq	%rbx
	pushq	48(%r15)
	pushq	%r12
	callq	axon_gemm_f64@PLT
	movq	-48(%rbp), %r8
	addq	$48, %rsp
.LBB3_6:
	subq	$8, %rsp
	xorps	%xmm0, %xmm0
	movl	$1, %edi
	xorl	%esi, %esi
	movq	%r12, %rdx
	movq	%rbx, %rcx
	movq	%r13, %r9
	pushq	%rbx
	pushq	96(%r15)
	pushq	%rbx
	pushq	-64(%rbp)
	pushq	%r12
	movq	%r8, %rbx
	callq	axon_gemm_f64@PLT
	addq	$48, %rsp
	movq	104(%r15), %r8
	testq	%r8, %r8
	je	.LBB3_8
	xorl	%edi, %edi
	movq	%r13, %rsi
	movq	%rbx, %rdx
	movq	%r12, %rcx
	xorl	%r9d, %r9d
	callq	axon_reduce_rows_f64@PLT
	jmp	.LBB3_8
.LBB3_9:
	addq	$40, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end3:
	.size	axon_dense_stack_backward_f64, .Lfunc_end3-axon_dense_stack_backward_f64
	.cfi_endproc

	.globl	axon_dense_stack_gather
	.p2align	4
	.type	axon_dense_stack_gather,@function
axon_dense_stack_gather:
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
	pushq	%rax
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, %rax
	movq	%rsi, %r10
	movq	32(%rbp), %rsi
	movq	16(%rbp), %r8
	testq	%r8, %r8
	jle	.LBB4_10
	movq	40(%rbp), %r14
	movq	24(%rbp), %r15
	movq	$-1, %rbx
	xorl	%r11d, %r11d
	.p2align	4
.LBB4_2:
	testq	%rax, %rax
	je	.LBB4_4
	movq	(%rax,%r11,8), %r12
	testq	%r12, %r12
	jns	.LBB4_6
	jmp	.LBB4_13
	.p2align	4
.LBB4_4:
	leaq	(%r9,%r11), %r12
	testq	%r12, %r12
	js	.LBB4_13
.LBB4_6:
	cmpq	%rcx, %r12
	jge	.LBB4_13
	movq	(%rdx,%r12,8), %r12
	movq	%r12, (%r14,%r11,8)
	cmpq	%r15, %r12
	movq	%r11, %r13
	cmovlq	%rbx, %r13
	testq	%r12, %r12
	cmovsq	%r11, %r13
	testq	%rbx, %rbx
	cmovsq	%r13, %rbx
	incq	%r11
	cmpq	%r11, %r8
	jne	.LBB4_2
	testq	%rax, %rax
	jne	.LBB4_11
	imulq	%r10, %r9
	addq	%r9, %rdi
	imulq	%r10, %r8
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rax, %rsi
	movq	%r8, %rdx
	callq	memcpy@PLT
	jmp	.LBB4_12
.LBB4_10:
	movq	$-1, %rbx
	testq	%rax, %rax
	je	.LBB4_12
.LBB4_11:
	movq	%r10, %rdx
	movq	%rax, %rcx
	callq	axon_gather_rows@PLT
	jmp	.LBB4_12
.LBB4_13:
	movq	$-2, %rbx
	subq	%r11, %rbx
.LBB4_12:
	movq	%rbx, %rax
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end4:
	.size	axon_dense_stack_gather, .Lfunc_end4-axon_dense_stack_gather
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
