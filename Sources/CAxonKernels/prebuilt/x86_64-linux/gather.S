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
	subq	$232, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	(%rdi), %rax
	movq	%rax, -56(%rbp)
	movq	8(%rdi), %rax
	movq	%rax, -96(%rbp)
	movq	24(%rdi), %rax
	movq	%rax, -88(%rbp)
	movq	16(%rdi), %rbx
	movss	52(%rdi), %xmm2
	movl	48(%rdi), %eax
	movl	%eax, -60(%rbp)
	testb	$7, %bl
	sete	-72(%rbp)
	cmpq	$65, %rbx
	setl	-41(%rbp)
	movslq	%esi, %rcx
	movq	40(%rdi), %rax
	movq	%rax, %r8
	imulq	%rcx, %r8
	leaq	(%r8,%rax), %rsi
	movq	32(%rdi), %rdx
	cmpq	%rdx, %rsi
	cmovlq	%rsi, %rdx
	leaq	2(%r8), %rsi
	cmpq	%rsi, %rdx
	movq	%rdx, -80(%rbp)
	cmovlq	%rdx, %rsi
	movq	%r8, %rdx
	cmpq	%rsi, %r8
	jge	.LBB3_11
	leaq	-1(%rbx), %rdi
	movq	%rdi, %r8
	shrq	$6, %r8
	incq	%r8
	movl	%r8d, %r9d
	andl	$7, %r9d
	andq	$-8, %r8
	movl	%r9d, %r10d
	shll	$6, %r10d
	movq	%rdx, %r11
	jmp	.LBB3_3
	.p2align	4
.LBB3_2:
	incq	%r11
	cmpq	%rsi, %r11
	jge	.LBB3_11
.LBB3_3:
	testq	%rbx, %rbx
	jle	.LBB3_2
	movq	-88(%rbp), %r14
	movq	(%r14,%r11,8), %r15
	imulq	%rbx, %r15
	cmpq	$448, %rdi
	jae	.LBB3_6
	xorl	%r14d, %r14d
	jmp	.LBB3_8
	.p2align	4
.LBB3_6:
	movq	-56(%rbp), %r14
	leaq	(%r14,%r15), %r12
	addq	$448, %r12
	movq	%r8, %r13
	xorl	%r14d, %r14d
	.p2align	4
.LBB3_7:
	prefetcht0	-448(%r12,%r14)
	prefetcht0	-384(%r12,%r14)
	prefetcht0	-320(%r12,%r14)
	prefetcht0	-256(%r12,%r14)
	prefetcht0	-192(%r12,%r14)
	prefetcht0	-128(%r12,%r14)
	prefetcht0	-64(%r12,%r14)
	prefetcht0	(%r12,%r14)
	addq	$512, %r14
	addq	$-8, %r13
	jne	.LBB3_7
.LBB3_8:
	testq	%r9, %r9
	je	.LBB3_2
	addq	%r15, %r14
	addq	-56(%rbp), %r14
	xorl	%r15d, %r15d
	.p2align	4
.LBB3_10:
	prefetcht0	(%r14,%r15)
	addq	$64, %r15
	cmpq	%r15, %r10
	jne	.LBB3_10
	jmp	.LBB3_2
.LBB3_11:
	movq	-80(%rbp), %rdi
	cmpq	%rdi, %rdx
	movq	-88(%rbp), %r9
	movl	-60(%rbp), %r10d
	jge	.LBB3_54
	movq	%rdx, %r11
	movzbl	-41(%rbp), %esi
	andb	-72(%rbp), %sil
	testl	%r10d, %r10d
	setne	%r8b
	imulq	%rbx, %rax
	imulq	%rcx, %rax
	movq	-96(%rbp), %rdx
	leaq	(%rdx,%rax,4), %r14
	movq	%rbx, %rcx
	imulq	%rdi, %rcx
	leaq	(%rdx,%rcx,4), %rcx
	movq	%rcx, -192(%rbp)
	leaq	(%rax,%rdx), %r15
	cmpq	$9, %rbx
	movl	$8, %ecx
	cmovgeq	%rbx, %rcx
	decq	%rcx
	shrq	$3, %rcx
	incq	%rcx
	leaq	-1(%rbx), %r12
	movq	%r12, -224(%rbp)
	shrq	$6, %r12
	incq	%r12
	movb	%sil, -41(%rbp)
	orb	%sil, %r8b
	movb	%r8b, -42(%rbp)
	movl	%r12d, %esi
	andl	$7, %esi
	andq	$-8, %r12
	movq	%r12, -168(%rbp)
	movq	%rcx, -136(%rbp)
	movq	%rcx, %r8
	andq	$-4, %r8
	movabsq	$-2305843009213693960, %rcx
	andq	%rbx, %rcx
	movq	%rcx, -160(%rbp)
	movaps	%xmm2, %xmm3
	shufps	$0, %xmm2, %xmm3
	movl	%ebx, %ecx
	andl	$3, %ecx
	movq	%rcx, -104(%rbp)
	movq	%rsi, -216(%rbp)
	shll	$6, %esi
	movq	%rsi, -208(%rbp)
	leaq	(%rax,%rdx), %r13
	addq	$16, %r13
	leaq	16(%rdx,%rax,4), %r12
	pxor	%xmm4, %xmm4
	movq	-56(%rbp), %rax
	leaq	(%rax,%rbx), %rcx
	movq	%rcx, -184(%rbp)
	leaq	(,%r8,8), %rcx
	movq	%rcx, -128(%rbp)
	leaq	16(%rax), %rcx
	movq	%rcx, -120(%rbp)
	leaq	(,%rbx,4), %rcx
	movq	%rcx, -240(%rbp)
	leaq	4(%rax), %rcx
	movq	%rcx, -152(%rbp)
	addq	$3, %rax
	movq	%rax, -176(%rbp)
	movq	$0, -72(%rbp)
	movq	%r14, -200(%rbp)
	movq	%r15, -144(%rbp)
	movaps	%xmm2, -272(%rbp)
	movq	%r8, -112(%rbp)
	movaps	%xmm3, -256(%rbp)
	jmp	.LBB3_15
	.p2align	4
.LBB3_13:
	addq	-56(%rbp), %rsi
	movq	%r11, %rdi
	imulq	%rbx, %rdi
	addq	-96(%rbp), %rdi
	movq	%rbx, %rdx
	movq	%r11, -232(%rbp)
	callq	memcpy@PLT
	movq	-232(%rbp), %r11
	movq	-88(%rbp), %r9
	movaps	-272(%rbp), %xmm2
	movl	-60(%rbp), %r10d
	movq	-80(%rbp), %rdi
	movq	-112(%rbp), %r8
	movaps	-256(%rbp), %xmm3
	pxor	%xmm4, %xmm4
.LBB3_14:
	incq	%r11
	incq	-72(%rbp)
	addq	%rbx, %r13
	addq	%rbx, %r15
	movq	-240(%rbp), %rax
	addq	%rax, %r12
	addq	%rax, %r14
	cmpq	%rdi, %r11
	jge	.LBB3_54
.LBB3_15:
	leaq	2(%r11), %rax
	cmpq	%rdi, %rax
	jge	.LBB3_19
	testq	%rbx, %rbx
	jle	.LBB3_21
	movq	16(%r9,%r11,8), %rcx
	imulq	%rbx, %rcx
	cmpq	$448, -224(%rbp)
	jae	.LBB3_25
	xorl	%eax, %eax
	jmp	.LBB3_27
	.p2align	4
.LBB3_19:
	movq	(%r9,%r11,8), %rsi
	imulq	%rbx, %rsi
	testl	%r10d, %r10d
	je	.LBB3_23
	testq	%rbx, %rbx
	jg	.LBB3_31
	jmp	.LBB3_14
.LBB3_21:
	testb	$1, -42(%rbp)
	jne	.LBB3_14
	movq	(%r9,%r11,8), %rsi
	imulq	%rbx, %rsi
	jmp	.LBB3_13
.LBB3_23:
	cmpb	$0, -41(%rbp)
	je	.LBB3_13
	testq	%rbx, %rbx
	jg	.LBB3_36
	jmp	.LBB3_14
.LBB3_25:
	movq	-56(%rbp), %rax
	leaq	(%rax,%rcx), %rdx
	addq	$448, %rdx
	movq	-168(%rbp), %rsi
	xorl	%eax, %eax
	.p2align	4
.LBB3_26:
	prefetcht0	-448(%rdx,%rax)
	prefetcht0	-384(%rdx,%rax)
	prefetcht0	-320(%rdx,%rax)
	prefetcht0	-256(%rdx,%rax)
	prefetcht0	-192(%rdx,%rax)
	prefetcht0	-128(%rdx,%rax)
	prefetcht0	-64(%rdx,%rax)
	prefetcht0	(%rdx,%rax)
	addq	$512, %rax
	addq	$-8, %rsi
	jne	.LBB3_26
.LBB3_27:
	cmpq	$0, -216(%rbp)
	movq	-208(%rbp), %rdx
	je	.LBB3_30
	addq	%rcx, %rax
	addq	-56(%rbp), %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB3_29:
	prefetcht0	(%rax,%rcx)
	addq	$64, %rcx
	cmpq	%rcx, %rdx
	jne	.LBB3_29
.LBB3_30:
	movq	(%r9,%r11,8), %rsi
	imulq	%rbx, %rsi
	testl	%r10d, %r10d
	je	.LBB3_35
.LBB3_31:
	cmpq	$8, %rbx
	jb	.LBB3_32
	movq	%rbx, %rax
	shrq	$61, %rax
	andl	$1, %eax
	movq	-56(%rbp), %rcx
	addq	%rsi, %rcx
	movq	-184(%rbp), %rdx
	addq	%rsi, %rdx
	cmpq	%rdx, -200(%rbp)
	setb	%dl
	cmpq	-192(%rbp), %rcx
	setb	%cl
	andb	%dl, %cl
	orb	%al, %cl
	je	.LBB3_38
.LBB3_32:
	xorl	%ecx, %ecx
.LBB3_41:
	movq	%rcx, %rax
	cmpq	$0, -104(%rbp)
	je	.LBB3_44
	movq	-56(%rbp), %rax
	leaq	(%rax,%rsi), %rdx
	movq	-104(%rbp), %rdi
	movq	%rcx, %rax
	.p2align	4
.LBB3_43:
	movzbl	(%rdx,%rax), %r8d
	xorps	%xmm0, %xmm0
	cvtsi2ss	%r8d, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, (%r14,%rax,4)
	incq	%rax
	decq	%rdi
	jne	.LBB3_43
.LBB3_44:
	subq	%rbx, %rcx
	cmpq	$-4, %rcx
	movq	-80(%rbp), %rdi
	movq	-112(%rbp), %r8
	ja	.LBB3_14
	addq	-176(%rbp), %rsi
	.p2align	4
.LBB3_46:
	movzbl	-3(%rsi,%rax), %ecx
	xorps	%xmm0, %xmm0
	cvtsi2ss	%ecx, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, (%r14,%rax,4)
	movzbl	-2(%rsi,%rax), %ecx
	xorps	%xmm0, %xmm0
	cvtsi2ss	%ecx, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, 4(%r14,%rax,4)
	movzbl	-1(%rsi,%rax), %ecx
	xorps	%xmm0, %xmm0
	cvtsi2ss	%ecx, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, 8(%r14,%rax,4)
	movzbl	(%rsi,%rax), %ecx
	xorps	%xmm0, %xmm0
	cvtsi2ss	%ecx, %xmm0
	mulss	%xmm2, %xmm0
	movss	%xmm0, 12(%r14,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %rbx
	jne	.LBB3_46
	jmp	.LBB3_14
.LBB3_35:
	cmpb	$0, -41(%rbp)
	je	.LBB3_13
.LBB3_36:
	cmpq	$25, %rbx
	jl	.LBB3_37
	movq	%rbx, %rax
	imulq	-72(%rbp), %rax
	addq	-144(%rbp), %rax
	movq	-56(%rbp), %rcx
	addq	%rsi, %rcx
	subq	%rcx, %rax
	cmpq	$32, %rax
	jae	.LBB3_49
.LBB3_37:
	xorl	%eax, %eax
.LBB3_52:
	addq	-56(%rbp), %rsi
	.p2align	4
.LBB3_53:
	movq	(%rsi,%rax), %rcx
	movq	%rcx, (%r15,%rax)
	addq	$8, %rax
	cmpq	%rbx, %rax
	jl	.LBB3_53
	jmp	.LBB3_14
.LBB3_38:
	movq	-152(%rbp), %rax
	addq	%rsi, %rax
	xorl	%ecx, %ecx
	movq	-160(%rbp), %rdx
	.p2align	4
.LBB3_39:
	movd	-4(%rax,%rcx), %xmm0
	movd	(%rax,%rcx), %xmm1
	punpcklbw	%xmm4, %xmm0
	punpcklwd	%xmm4, %xmm0
	cvtdq2ps	%xmm0, %xmm0
	punpcklbw	%xmm4, %xmm1
	punpcklwd	%xmm4, %xmm1
	cvtdq2ps	%xmm1, %xmm1
	mulps	%xmm3, %xmm0
	mulps	%xmm3, %xmm1
	movups	%xmm0, -16(%r12,%rcx,4)
	movups	%xmm1, (%r12,%rcx,4)
	addq	$8, %rcx
	cmpq	%rcx, %rdx
	jne	.LBB3_39
	movq	%rdx, %rcx
	cmpq	%rdx, %rbx
	je	.LBB3_14
	jmp	.LBB3_41
.LBB3_49:
	movq	-120(%rbp), %rax
	addq	%rsi, %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB3_50:
	movups	-16(%rax,%rcx,8), %xmm0
	movups	(%rax,%rcx,8), %xmm1
	movups	%xmm0, -16(%r13,%rcx,8)
	movups	%xmm1, (%r13,%rcx,8)
	addq	$4, %rcx
	cmpq	%rcx, %r8
	jne	.LBB3_50
	movq	-128(%rbp), %rax
	cmpq	%r8, -136(%rbp)
	je	.LBB3_14
	jmp	.LBB3_52
.LBB3_54:
	addq	$232, %rsp
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
