// Generated from ../../gather.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"gather.c"
	.text
	.globl	axon_gather_rows
	.p2align	4
	.type	axon_gather_rows,@function
axon_gather_rows:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$64, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%r8, %rbx
	movq	%rdx, %r14
	movq	%rdi, -72(%rbp)
	movq	%rsi, -64(%rbp)
	movq	%rdx, -56(%rbp)
	movq	%rcx, -48(%rbp)
	movq	%r8, -40(%rbp)
	movq	%r8, -32(%rbp)
	movabsq	$4575657221408423936, %rax
	movq	%rax, -24(%rbp)
	callq	axon_threads@PLT
	cmpl	$2, %eax
	jl	.LBB0_2
	imulq	%rbx, %r14
	cmpq	$2, %rbx
	setge	%cl
	cmpq	$262144, %r14
	setge	%dl
	testb	%cl, %dl
	jne	.LBB0_3
.LBB0_2:
	leaq	-72(%rbp), %rdi
	xorl	%esi, %esi
	callq	gather_chunk
	jmp	.LBB0_10
.LBB0_3:
	movl	%eax, %ecx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB0_4
	xorl	%edx, %edx
	divq	%rcx
	movq	%rax, %rcx
	jmp	.LBB0_6
.LBB0_4:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB0_6:
	movq	%rcx, -32(%rbp)
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB0_7
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB0_9
.LBB0_7:
	xorl	%edx, %edx
	divl	%ecx
.LBB0_9:
	leaq	gather_chunk(%rip), %rsi
	leaq	-72(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB0_10:
	addq	$64, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	axon_gather_rows, .Lfunc_end0-axon_gather_rows
	.cfi_endproc

	.globl	axon_gather_scaled_bytes
	.p2align	4
	.type	axon_gather_scaled_bytes,@function
axon_gather_scaled_bytes:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$64, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%r8, %rbx
	movq	%rdx, %r14
	movq	%rdi, -72(%rbp)
	movq	%rsi, -64(%rbp)
	movq	%rdx, -56(%rbp)
	movq	%rcx, -48(%rbp)
	movq	%r8, -40(%rbp)
	movq	%r8, -32(%rbp)
	movl	$1, -24(%rbp)
	movss	%xmm0, -20(%rbp)
	callq	axon_threads@PLT
	cmpl	$2, %eax
	jl	.LBB1_2
	imulq	%rbx, %r14
	cmpq	$2, %rbx
	setge	%cl
	cmpq	$65536, %r14
	setge	%dl
	testb	%cl, %dl
	jne	.LBB1_3
.LBB1_2:
	leaq	-72(%rbp), %rdi
	xorl	%esi, %esi
	callq	gather_chunk
	jmp	.LBB1_10
.LBB1_3:
	movl	%eax, %ecx
	leaq	(%rcx,%rbx), %rax
	decq	%rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB1_4
	xorl	%edx, %edx
	divq	%rcx
	movq	%rax, %rcx
	jmp	.LBB1_6
.LBB1_4:
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
.LBB1_6:
	movq	%rcx, -32(%rbp)
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	je	.LBB1_7
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB1_9
.LBB1_7:
	xorl	%edx, %edx
	divl	%ecx
.LBB1_9:
	leaq	gather_chunk(%rip), %rsi
	leaq	-72(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB1_10:
	addq	$64, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	axon_gather_scaled_bytes, .Lfunc_end1-axon_gather_scaled_bytes
	.cfi_endproc

	.globl	axon_wrap_indices_i64
	.p2align	4
	.type	axon_wrap_indices_i64,@function
axon_wrap_indices_i64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	$-1, %rax
	testq	%rsi, %rsi
	jle	.LBB2_5
	movq	%rdx, %r9
	negq	%r9
	xorl	%r8d, %r8d
	.p2align	4
.LBB2_2:
	movq	(%rdi,%r8,8), %r10
	cmpq	%r9, %r10
	jl	.LBB2_7
	cmpq	%rdx, %r10
	jge	.LBB2_7
	movq	%r10, %r11
	sarq	$63, %r11
	andq	%rdx, %r11
	addq	%r10, %r11
	movq	%r11, (%rcx,%r8,8)
	incq	%r8
	cmpq	%r8, %rsi
	jne	.LBB2_2
.LBB2_5:
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB2_7:
	.cfi_def_cfa %rbp, 16
	movq	%r8, %rax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end2:
	.size	axon_wrap_indices_i64, .Lfunc_end2-axon_wrap_indices_i64
	.cfi_endproc

	.p2align	4
	.type	gather_chunk,@function
gather_chunk:
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
	movq	%rdi, %rbx
	movq	16(%rdi), %r14
	movq	32(%rdi), %rax
	movss	52(%rdi), %xmm2
	movslq	%esi, %r15
	movq	40(%rdi), %rcx
	imulq	%rcx, %r15
	addq	%r15, %rcx
	cmpq	%rax, %rcx
	cmovgeq	%rax, %rcx
	leaq	2(%r15), %rax
	cmpq	%rax, %rcx
	movq	%rcx, -48(%rbp)
	cmovlq	%rcx, %rax
	cmpq	%rax, %r15
	jge	.LBB3_11
	movq	(%rbx), %rcx
	movq	24(%rbx), %rdx
	leaq	-1(%r14), %rsi
	shrq	$6, %rsi
	incq	%rsi
	movl	%esi, %edi
	andl	$7, %edi
	andq	$-8, %rsi
	movl	%edi, %r8d
	shll	$6, %r8d
	movq	%r15, %r9
	jmp	.LBB3_3
	.p2align	4
.LBB3_2:
	incq	%r9
	cmpq	%rax, %r9
	jge	.LBB3_11
.LBB3_3:
	testq	%r14, %r14
	jle	.LBB3_2
	movq	(%rdx,%r9,8), %r11
	imulq	%r14, %r11
	cmpq	$449, %r14
	jae	.LBB3_6
	xorl	%r10d, %r10d
	jmp	.LBB3_8
	.p2align	4
.LBB3_6:
	leaq	(%rcx,%r11), %r12
	addq	$448, %r12
	movq	%rsi, %r13
	xorl	%r10d, %r10d
	.p2align	4
.LBB3_7:
	prefetcht0	-448(%r12,%r10)
	prefetcht0	-384(%r12,%r10)
	prefetcht0	-320(%r12,%r10)
	prefetcht0	-256(%r12,%r10)
	prefetcht0	-192(%r12,%r10)
	prefetcht0	-128(%r12,%r10)
	prefetcht0	-64(%r12,%r10)
	prefetcht0	(%r12,%r10)
	addq	$512, %r10
	addq	$-8, %r13
	jne	.LBB3_7
.LBB3_8:
	testq	%rdi, %rdi
	je	.LBB3_2
	addq	%r11, %r10
	addq	%rcx, %r10
	xorl	%r11d, %r11d
	.p2align	4
.LBB3_10:
	prefetcht0	(%r10,%r11)
	addq	$64, %r11
	cmpq	%r11, %r8
	jne	.LBB3_10
	jmp	.LBB3_2
.LBB3_11:
	movq	-48(%rbp), %r11
	cmpq	%r11, %r15
	jge	.LBB3_44
	leaq	(,%r14,4), %rax
	movq	%rax, -64(%rbp)
	leaq	-1(%r14), %rax
	shrq	$6, %rax
	incq	%rax
	movl	%eax, %r12d
	andl	$7, %r12d
	andq	$-8, %rax
	movq	%rax, -72(%rbp)
	movq	%r14, %r13
	andq	$-8, %r13
	movaps	%xmm2, %xmm3
	shufps	$0, %xmm2, %xmm3
	movl	%r14d, %eax
	andl	$3, %eax
	movq	%rax, -56(%rbp)
	movq	%r12, -80(%rbp)
	shll	$6, %r12d
	pxor	%xmm4, %xmm4
	movaps	%xmm2, -112(%rbp)
	movaps	%xmm3, -96(%rbp)
	jmp	.LBB3_16
	.p2align	4
.LBB3_13:
	addq	%rcx, %rsi
.LBB3_14:
	movq	%r15, %rdi
	imulq	%r14, %rdi
	addq	8(%rbx), %rdi
	movq	%r14, %rdx
	callq	memcpy@PLT
	movaps	-112(%rbp), %xmm2
	movq	-48(%rbp), %r11
	movaps	-96(%rbp), %xmm3
	pxor	%xmm4, %xmm4
.LBB3_15:
	incq	%r15
	cmpq	%r11, %r15
	jge	.LBB3_44
.LBB3_16:
	leaq	2(%r15), %rcx
	movq	(%rbx), %rsi
	movq	24(%rbx), %rax
	cmpq	%r11, %rcx
	jge	.LBB3_20
	testq	%r14, %r14
	jle	.LBB3_22
	movq	16(%rax,%r15,8), %rdx
	imulq	%r14, %rdx
	cmpq	$449, %r14
	jae	.LBB3_24
	xorl	%ecx, %ecx
	jmp	.LBB3_26
	.p2align	4
.LBB3_20:
	movq	(%rax,%r15,8), %rcx
	imulq	%r14, %rcx
	cmpl	$0, 48(%rbx)
	je	.LBB3_13
	testq	%r14, %r14
	jg	.LBB3_30
	jmp	.LBB3_15
.LBB3_22:
	cmpl	$0, 48(%rbx)
	jne	.LBB3_15
	movq	(%rax,%r15,8), %rax
	imulq	%r14, %rax
	addq	%rax, %rsi
	jmp	.LBB3_14
.LBB3_24:
	leaq	(%rsi,%rdx), %rdi
	addq	$448, %rdi
	movq	-72(%rbp), %r8
	xorl	%ecx, %ecx
	.p2align	4
.LBB3_25:
	prefetcht0	-448(%rdi,%rcx)
	prefetcht0	-384(%rdi,%rcx)
	prefetcht0	-320(%rdi,%rcx)
	prefetcht0	-256(%rdi,%rcx)
	prefetcht0	-192(%rdi,%rcx)
	prefetcht0	-128(%rdi,%rcx)
	prefetcht0	-64(%rdi,%rcx)
	prefetcht0	(%rdi,%rcx)
	addq	$512, %rcx
	addq	$-8, %r8
	jne	.LBB3_25
.LBB3_26:
	cmpq	$0, -80(%rbp)
	je	.LBB3_29
	addq	%rdx, %rcx
	addq	%rsi, %rcx
	xorl	%edx, %edx
	.p2align	4
.LBB3_28:
	prefetcht0	(%rcx,%rdx)
	addq	$64, %rdx
	cmpq	%rdx, %r12
	jne	.LBB3_28
.LBB3_29:
	movq	(%rax,%r15,8), %rcx
	imulq	%r14, %rcx
	cmpl	$0, 48(%rbx)
	je	.LBB3_13
.LBB3_30:
	movq	%r15, %rax
	imulq	%r14, %rax
	shlq	$2, %rax
	addq	8(%rbx), %rax
	cmpq	$8, %r14
	jb	.LBB3_31
	leaq	(%rsi,%rcx), %rdx
	leaq	(%rdx,%r14), %rdi
	cmpq	%rdi, %rax
	jae	.LBB3_35
	movq	-64(%rbp), %rdi
	addq	%rax, %rdi
	cmpq	%rdi, %rdx
	jae	.LBB3_35
.LBB3_31:
	xorl	%edi, %edi
.LBB3_38:
	movq	%rdi, %rdx
	cmpq	$0, -56(%rbp)
	je	.LBB3_41
	leaq	(%rsi,%rcx), %r8
	movq	-56(%rbp), %r9
	movq	%rdi, %rdx
	.p2align	4
.LBB3_40:
	movzbl	(%r8,%rdx), %r10d
	xorps	%xmm0, %xmm0
	cvtsi2ss	%r10d, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, (%rax,%rdx,4)
	incq	%rdx
	decq	%r9
	jne	.LBB3_40
.LBB3_41:
	subq	%r14, %rdi
	cmpq	$-4, %rdi
	ja	.LBB3_15
	addq	%rsi, %rcx
	addq	$3, %rcx
	.p2align	4
.LBB3_43:
	movzbl	-3(%rcx,%rdx), %esi
	xorps	%xmm0, %xmm0
	cvtsi2ss	%esi, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, (%rax,%rdx,4)
	movzbl	-2(%rcx,%rdx), %esi
	xorps	%xmm0, %xmm0
	cvtsi2ss	%esi, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, 4(%rax,%rdx,4)
	movzbl	-1(%rcx,%rdx), %esi
	xorps	%xmm0, %xmm0
	cvtsi2ss	%esi, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, 8(%rax,%rdx,4)
	movzbl	(%rcx,%rdx), %esi
	xorps	%xmm0, %xmm0
	cvtsi2ss	%esi, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, 12(%rax,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r14
	jne	.LBB3_43
	jmp	.LBB3_15
.LBB3_35:
	leaq	(%rsi,%rcx), %rdx
	addq	$4, %rdx
	xorl	%edi, %edi
	.p2align	4
.LBB3_36:
	movd	-4(%rdx,%rdi), %xmm0
	movd	(%rdx,%rdi), %xmm1
	punpcklbw	%xmm4, %xmm0
	punpcklwd	%xmm4, %xmm0
	cvtdq2ps	%xmm0, %xmm0
	punpcklbw	%xmm4, %xmm1
	punpcklwd	%xmm4, %xmm1
	cvtdq2ps	%xmm1, %xmm1
	mulps	%xmm3, %xmm0
	mulps	%xmm3, %xmm1
	movups	%xmm0, (%rax,%rdi,4)
	movups	%xmm1, 16(%rax,%rdi,4)
	addq	$8, %rdi
	cmpq	%rdi, %r13
	jne	.LBB3_36
	movq	%r13, %rdi
	cmpq	%r13, %r14
	je	.LBB3_15
	jmp	.LBB3_38
.LBB3_44:
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end3:
	.size	gather_chunk, .Lfunc_end3-gather_chunk
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym gather_chunk
#endif
