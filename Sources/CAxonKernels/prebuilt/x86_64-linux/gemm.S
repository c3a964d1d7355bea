// Generated from ../../gemm.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"gemm.c"
	.text
	.globl	axon_set_avx512_f64_tile
	.p2align	4
	.type	axon_set_avx512_f64_tile,@function
axon_set_avx512_f64_tile:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	testl	%edi, %edi
	sets	%al
	setg	%cl
	subb	%al, %cl
	movsbl	%cl, %eax
	xchgl	%eax, avx512_f64_tile(%rip)
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	axon_set_avx512_f64_tile, .Lfunc_end0-axon_set_avx512_f64_tile
	.cfi_endproc

	.globl	axon_tile_use
	.p2align	4
	.type	axon_tile_use,@function
axon_tile_use:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movslq	%edx, %r10
	leaq	(%rdi,%r10), %r8
	decq	%r8
	movq	%r8, %rax
	orq	%r10, %rax
	shrq	$32, %rax
	je	.LBB1_1
	movq	%r8, %rax
	cqto
	idivq	%r10
	jmp	.LBB1_3
.LBB1_1:
	movl	%edx, %r9d
	movl	%r8d, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB1_3:
	subq	%rdx, %r8
	cvtsi2sd	%r8, %xmm1
	movslq	%ecx, %r9
	leaq	(%rsi,%r9), %r8
	decq	%r8
	movq	%r8, %rax
	orq	%r9, %rax
	shrq	$32, %rax
	je	.LBB1_4
	movq	%r8, %rax
	cqto
	idivq	%r9
	jmp	.LBB1_6
.LBB1_4:
	movl	%r8d, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB1_6:
	subq	%rdx, %r8
	cvtsi2sd	%r8, %xmm2
	cvtsi2sd	%rdi, %xmm3
	cvtsi2sd	%rsi, %xmm0
	divsd	%xmm1, %xmm3
	mulsd	%xmm3, %xmm0
	divsd	%xmm2, %xmm0
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	axon_tile_use, .Lfunc_end1-axon_tile_use
	.cfi_endproc

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI2_0:
	.long	0x3f800000
	.text
	.globl	axon_gemm_f32
	.p2align	4
	.type	axon_gemm_f32,@function
axon_gemm_f32:
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
	subq	$88, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, -56(%rbp)
	movq	%r8, %r12
	movq	%rcx, %r13
	movq	%rdx, %rbx
	movl	%esi, -48(%rbp)
	movl	%edi, %r15d
	movq	24(%rbp), %r14
	xorps	%xmm1, %xmm1
	ucomiss	%xmm1, %xmm0
	movss	%xmm0, -44(%rbp)
	jne	.LBB2_19
	jp	.LBB2_19
	testq	%r12, %r12
	jle	.LBB2_18
	testq	%r13, %r13
	jle	.LBB2_18
	cmpl	$0, -48(%rbp)
	je	.LBB2_18
	testl	%r15d, %r15d
	jne	.LBB2_18
	cmpq	$1, %rbx
	jne	.LBB2_18
	callq	axon_detect_isa@PLT
	movss	-44(%rbp), %xmm0
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB2_7
.LBB2_18:
	movss	.LCPI2_0(%rip), %xmm1
	cmpeqss	%xmm0, %xmm1
	movd	%xmm1, %r14d
	andl	$1, %r14d
	jmp	.LBB2_20
.LBB2_19:
	movl	$1, %r14d
	ucomiss	.LCPI2_0(%rip), %xmm0
	jne	.LBB2_30
	jp	.LBB2_30
.LBB2_20:
	cmpq	$64, %r12
	jg	.LBB2_30
	cmpq	$16, %r13
	jg	.LBB2_30
	testq	%rbx, %rbx
	jle	.LBB2_30
	testq	%r13, %r13
	jle	.LBB2_30
	testq	%r12, %r12
	jle	.LBB2_30
	movq	%r12, %rax
	imulq	%rbx, %rax
	cmpq	$1024, %rax
	jg	.LBB2_30
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB2_27
.LBB2_30:
	callq	axon_detect_isa@PLT
	cmpl	$1, %eax
	je	.LBB2_31
	cmpl	$2, %eax
	movq	24(%rbp), %r14
	jne	.LBB2_34
	movl	%r15d, %edi
	movq	%rbx, %rsi
	movq	%r13, %rdx
	movl	$32, %ecx
	movl	$16, %r8d
	callq	wide_tile_pays
	testl	%eax, %eax
	leaq	avx2_f32(%rip), %rax
	leaq	avx512_f32(%rip), %rdi
	cmoveq	%rax, %rdi
	jmp	.LBB2_35
.LBB2_31:
	leaq	avx2_f32(%rip), %rdi
	movq	24(%rbp), %r14
	jmp	.LBB2_35
.LBB2_34:
	leaq	portable_f32(%rip), %rdi
.LBB2_35:
	movq	32(%rbp), %rax
	movq	-56(%rbp), %r10
	movq	40(%rbp), %r11
	movss	-44(%rbp), %xmm0
	subq	$8, %rsp
	movl	%r15d, %esi
	movl	-48(%rbp), %edx
	movq	%rbx, %rcx
	movq	%r13, %r8
	movq	%r12, %r9
	pushq	48(%rbp)
	pushq	%r11
	pushq	$0
	pushq	%rax
	pushq	%r14
	pushq	16(%rbp)
	pushq	%r10
	callq	gemm_f32
.LBB2_36:
	addq	$152, %rsp
.LBB2_37:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB2_27:
	.cfi_def_cfa %rbp, 16
	callq	axon_detect_isa@PLT
	subq	$8, %rsp
	movl	%r15d, %edi
	cmpl	$2, %eax
	jne	.LBB2_29
	movl	-48(%rbp), %esi
	movq	%rbx, %rdx
	movq	%r13, %rcx
	movq	%r12, %r8
	movq	-56(%rbp), %r9
	pushq	48(%rbp)
	pushq	40(%rbp)
	pushq	%r14
	pushq	$0
	pushq	32(%rbp)
	pushq	24(%rbp)
	pushq	16(%rbp)
	callq	axon_gemm_small_avx512_f32@PLT
	jmp	.LBB2_36
.LBB2_7:
	callq	axon_threads@PLT
	cmpl	$2, %eax
	jl	.LBB2_17
	cmpq	$8, %r13
	jb	.LBB2_17
	movq	%r12, %rcx
	imulq	%r13, %rcx
	cmpq	$16384, %rcx
	jb	.LBB2_17
	movl	%eax, %eax
	movq	%r13, %rsi
	shrq	$2, %rsi
	cmpq	%rax, %rsi
	cmovaeq	%rax, %rsi
	leaq	-1(%r13), %rcx
	leaq	(%rsi,%r13), %rax
	decq	%rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	movq	32(%rbp), %rdi
	movq	-56(%rbp), %r8
	movq	40(%rbp), %r9
	je	.LBB2_11
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB2_13
.LBB2_17:
	subq	$8, %rsp
	movq	%r13, %rdi
	movq	%r12, %rsi
	movq	-56(%rbp), %rdx
	movq	%r14, %rcx
	movq	32(%rbp), %r8
	xorl	%r9d, %r9d
	pushq	40(%rbp)
	callq	axon_gemv_rows_avx2_f32@PLT
	addq	$104, %rsp
	jmp	.LBB2_37
.LBB2_29:
	movl	-48(%rbp), %esi
	movq	%rbx, %rdx
	movq	%r13, %rcx
	movq	%r12, %r8
	movq	-56(%rbp), %r9
	pushq	48(%rbp)
	pushq	40(%rbp)
	pushq	%r14
	pushq	$0
	pushq	32(%rbp)
	pushq	24(%rbp)
	pushq	16(%rbp)
	callq	axon_gemm_small_avx2_f32@PLT
	jmp	.LBB2_36
.LBB2_11:
	xorl	%edx, %edx
	divl	%esi
.LBB2_13:
	addq	$3, %rax
	movq	%rax, %rsi
	andq	$-4, %rsi
	movq	%r13, -120(%rbp)
	movq	%r12, -112(%rbp)
	movq	%rdi, -104(%rbp)
	movq	%rsi, -96(%rbp)
	movq	%r8, -88(%rbp)
	movq	%r14, -80(%rbp)
	movq	$0, -72(%rbp)
	movq	%r9, -64(%rbp)
	addq	%rsi, %rcx
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB2_14
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB2_16
.LBB2_14:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB2_16:
	leaq	gemv_task(%rip), %rsi
	leaq	-120(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
	addq	$88, %rsp
	jmp	.LBB2_37
.Lfunc_end2:
	.size	axon_gemm_f32, .Lfunc_end2-axon_gemm_f32
	.cfi_endproc

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI3_0:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI3_1:
	.quad	0x3ff3333333333333
.LCPI3_2:
	.quad	0x41186a0000000000
.LCPI3_3:
	.quad	0x413e848000000000
	.text
	.p2align	4
	.type	gemm_f32,@function
gemm_f32:
	.cfi_startproc
	testq	%rcx, %rcx
	setle	%al
	testq	%r8, %r8
	setle	%r10b
	orb	%al, %r10b
	jne	.LBB3_66
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
	movl	%edx, -48(%rbp)
	movq	48(%rbp), %rax
	xorps	%xmm1, %xmm1
	testq	%rax, %rax
	je	.LBB3_3
	xorps	%xmm0, %xmm0
.LBB3_3:
	movq	64(%rbp), %rdx
	movq	56(%rbp), %r11
	ucomiss	%xmm1, %xmm0
	jne	.LBB3_4
	jnp	.LBB3_11
.LBB3_4:
	ucomiss	.LCPI3_0(%rip), %xmm0
	jne	.LBB3_5
	jnp	.LBB3_11
.LBB3_5:
	movabsq	$9223372036854775800, %r10
	andq	%r8, %r10
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	leaq	16(%r11), %r14
	leaq	(,%rdx,4), %r15
	xorl	%r12d, %r12d
	movq	%r11, %r13
	jmp	.LBB3_6
	.p2align	4
.LBB3_10:
	incq	%r12
	addq	%r15, %r14
	addq	%r15, %r13
	cmpq	%rcx, %r12
	je	.LBB3_11
.LBB3_6:
	xorl	%ebx, %ebx
	cmpq	$8, %r8
	jb	.LBB3_7
	.p2align	4
.LBB3_8:
	movups	-16(%r14,%rbx,4), %xmm2
	movups	(%r14,%rbx,4), %xmm3
	mulps	%xmm1, %xmm2
	mulps	%xmm1, %xmm3
	movups	%xmm2, -16(%r14,%rbx,4)
	movups	%xmm3, (%r14,%rbx,4)
	addq	$8, %rbx
	cmpq	%rbx, %r10
	jne	.LBB3_8
	movq	%r10, %rbx
	cmpq	%r10, %r8
	je	.LBB3_10
	.p2align	4
.LBB3_7:
	movss	(%r13,%rbx,4), %xmm2
	mulss	%xmm0, %xmm2
	movss	%xmm2, (%r13,%rbx,4)
	incq	%rbx
	cmpq	%rbx, %r8
	jne	.LBB3_7
	jmp	.LBB3_10
.LBB3_11:
	testq	%r9, %r9
	jle	.LBB3_12
	movq	%r9, %r10
	movq	40(%rbp), %r15
	movq	32(%rbp), %r12
	movq	24(%rbp), %r14
	movq	16(%rbp), %rbx
	movq	%rdi, -168(%rbp)
	movl	%esi, -160(%rbp)
	movl	-48(%rbp), %r13d
	movl	%r13d, -156(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	movq	%rbx, -128(%rbp)
	movq	%r14, -120(%rbp)
	movq	%r12, -112(%rbp)
	movq	%r15, -104(%rbp)
	movq	%r11, -96(%rbp)
	xorps	%xmm1, %xmm1
	cmpneqss	%xmm1, %xmm0
	movq	%rdx, -88(%rbp)
	movd	%xmm0, %edx
	andl	$1, %edx
	movl	%edx, -80(%rbp)
	movl	$0, -76(%rbp)
	movq	%rax, -72(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -64(%rbp)
	movq	%r8, %r14
	movq	%rcx, %r15
	testl	%esi, %esi
	je	.LBB3_50
	cmpq	$0, 40(%rdi)
	movq	%r8, %r14
	movq	%rcx, %r15
	je	.LBB3_50
	movq	%r8, %r14
	movq	%rcx, %r15
	cmpq	%r8, %rcx
	jle	.LBB3_50
	movslq	4(%rdi), %r13
	movq	%r8, %r14
	movq	%rcx, %r15
	cmpq	%r13, %r8
	jge	.LBB3_50
	movslq	(%rdi), %r11
	leaq	(%r11,%r11), %rax
	movq	%r8, %r14
	movq	%rcx, %r15
	cmpq	%rax, %r8
	jg	.LBB3_50
	leaq	(%r8,%r11), %rsi
	decq	%rsi
	movq	%rsi, %rax
	orq	%r11, %rax
	shrq	$32, %rax
	je	.LBB3_37
	movq	%rsi, %rax
	cqto
	idivq	%r11
	jmp	.LBB3_39
.LBB3_12:
	xorps	%xmm1, %xmm1
	ucomiss	%xmm1, %xmm0
	jne	.LBB3_65
	jp	.LBB3_65
	leaq	-1(%r8), %r10
	movl	%r8d, %esi
	andl	$3, %esi
	movabsq	$9223372036854775800, %rdi
	orq	$4, %rdi
	andq	%r8, %rdi
	leaq	12(%r11), %r8
	shlq	$2, %rdx
	xorl	%r9d, %r9d
	jmp	.LBB3_14
	.p2align	4
.LBB3_21:
	incq	%r9
	addq	%rdx, %r8
	addq	%rdx, %r11
	cmpq	%rcx, %r9
	je	.LBB3_65
.LBB3_14:
	xorl	%ebx, %ebx
	cmpq	$3, %r10
	jae	.LBB3_22
.LBB3_15:
	testq	%rsi, %rsi
	je	.LBB3_21
	leaq	(%r11,%rbx,4), %r14
	leaq	(%rax,%rbx,4), %rbx
	xorl	%r15d, %r15d
	jmp	.LBB3_17
	.p2align	4
.LBB3_30:
	movss	%xmm0, (%r8,%rbx,4)
	addq	$4, %rbx
	cmpq	%rbx, %rdi
	je	.LBB3_15
.LBB3_22:
	xorps	%xmm0, %xmm0
	xorps	%xmm1, %xmm1
	testq	%rax, %rax
	je	.LBB3_24
	movss	(%rax,%rbx,4), %xmm1
.LBB3_24:
	movss	%xmm1, -12(%r8,%rbx,4)
	testq	%rax, %rax
	je	.LBB3_26
	movss	4(%rax,%rbx,4), %xmm0
.LBB3_26:
	movss	%xmm0, -8(%r8,%rbx,4)
	xorps	%xmm0, %xmm0
	xorps	%xmm1, %xmm1
	testq	%rax, %rax
	je	.LBB3_28
	movss	8(%rax,%rbx,4), %xmm1
.LBB3_28:
	movss	%xmm1, -4(%r8,%rbx,4)
	testq	%rax, %rax
	je	.LBB3_30
	movss	12(%rax,%rbx,4), %xmm0
	jmp	.LBB3_30
	.p2align	4
.LBB3_19:
	movss	(%rbx,%r15,4), %xmm0
.LBB3_20:
	movss	%xmm0, (%r14,%r15,4)
	incq	%r15
	cmpq	%r15, %rsi
	je	.LBB3_21
.LBB3_17:
	testq	%rax, %rax
	jne	.LBB3_19
	xorps	%xmm0, %xmm0
	jmp	.LBB3_20
.LBB3_37:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r11d
.LBB3_39:
	subq	%rdx, %rsi
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rsi, %xmm1
	leaq	-1(%rcx), %rsi
	leaq	(%rcx,%r13), %r10
	decq	%r10
	movq	%r10, %rax
	orq	%r13, %rax
	shrq	$32, %rax
	je	.LBB3_40
	movq	%r10, %rax
	cqto
	idivq	%r13
	jmp	.LBB3_42
.LBB3_40:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%r13d
.LBB3_42:
	subq	%rdx, %r10
	cvtsi2sd	%r10, %xmm3
	leaq	-1(%r8), %r10
	cvtsi2sd	%r8, %xmm2
	movapd	%xmm2, %xmm0
	divsd	%xmm1, %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rcx, %xmm1
	mulsd	%xmm1, %xmm0
	addq	%r11, %rsi
	movq	%rsi, %rax
	orq	%r11, %rax
	shrq	$32, %rax
	je	.LBB3_43
	movq	%rsi, %rax
	cqto
	idivq	%r11
	jmp	.LBB3_45
.LBB3_43:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r11d
.LBB3_45:
	divsd	%xmm3, %xmm0
	subq	%rdx, %rsi
	xorps	%xmm3, %xmm3
	cvtsi2sd	%rsi, %xmm3
	addq	%r13, %r10
	movq	%r10, %rax
	orq	%r13, %rax
	shrq	$32, %rax
	je	.LBB3_46
	movq	%r10, %rax
	cqto
	idivq	%r13
	jmp	.LBB3_48
.LBB3_46:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%r13d
.LBB3_48:
	subq	%rdx, %r10
	cvtsi2sd	%r10, %xmm4
	divsd	%xmm3, %xmm1
	mulsd	%xmm2, %xmm1
	divsd	%xmm4, %xmm1
	mulsd	.LCPI3_1(%rip), %xmm1
	ucomisd	%xmm1, %xmm0
	movq	%r8, %r14
	movq	%rcx, %r15
	movl	-48(%rbp), %eax
	movq	%r9, %r10
	jbe	.LBB3_50
	xorl	%edx, %edx
	testl	%eax, %eax
	sete	%dl
	movl	%edx, -160(%rbp)
	movl	$0, -156(%rbp)
	movq	%r8, -152(%rbp)
	movq	%rcx, -144(%rbp)
	movq	%r12, -128(%rbp)
	movq	40(%rbp), %rax
	movq	%rax, -120(%rbp)
	movq	%rbx, -112(%rbp)
	movq	24(%rbp), %rax
	movq	%rax, -104(%rbp)
	movl	$1, -64(%rbp)
	movq	%rcx, %r14
	movq	%r8, %r15
.LBB3_50:
	movq	%r10, %r13
	movq	%rdi, -48(%rbp)
	movq	%r8, -176(%rbp)
	movq	%rcx, %r12
	callq	axon_threads@PLT
	cmpl	$2, %eax
	jl	.LBB3_54
	xorps	%xmm0, %xmm0
	cvtsi2sd	%r15, %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%r14, %xmm1
	addsd	%xmm0, %xmm0
	mulsd	%xmm0, %xmm1
	xorps	%xmm0, %xmm0
	cvtsi2sd	%r13, %xmm0
	mulsd	%xmm1, %xmm0
	movsd	.LCPI3_2(%rip), %xmm1
	ucomisd	%xmm0, %xmm1
	ja	.LBB3_54
	movl	%eax, %ebx
	movsd	.LCPI3_3(%rip), %xmm1
	ucomisd	%xmm0, %xmm1
	jbe	.LBB3_55
	callq	axon_pool_takes_small_job@PLT
	testl	%eax, %eax
	je	.LBB3_54
.LBB3_55:
	xorl	%edx, %edx
	cmpq	%r15, %r14
	setge	%dl
	movl	%edx, -60(%rbp)
	movq	-176(%rbp), %rcx
	cmpq	%rcx, %r12
	cmovgq	%r12, %rcx
	movq	-48(%rbp), %rax
	movslq	(%rax,%rdx,4), %rdi
	leaq	(%rcx,%rdi), %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%rdi, %rdx
	shrq	$32, %rdx
	je	.LBB3_56
	cqto
	idivq	%rdi
	jmp	.LBB3_58
.LBB3_54:
	movl	$1, -60(%rbp)
	movq	%r14, -56(%rbp)
	leaq	-168(%rbp), %rdi
	xorl	%esi, %esi
	callq	gemm_part_f32
	jmp	.LBB3_65
.LBB3_56:
	xorl	%edx, %edx
	divl	%edi
.LBB3_58:
	decq	%rcx
	movl	%ebx, %esi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	movslq	%esi, %r8
	addq	%r8, %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%r8, %rdx
	shrq	$32, %rdx
	je	.LBB3_59
	cqto
	idivq	%r8
	movq	%rax, %rsi
	jmp	.LBB3_61
.LBB3_59:
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %esi
.LBB3_61:
	imulq	%rdi, %rsi
	movq	%rsi, -56(%rbp)
	addq	%rsi, %rcx
	movq	%rcx, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB3_62
	movq	%rcx, %rax
	cqto
	idivq	%rsi
	jmp	.LBB3_64
.LBB3_62:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB3_64:
	leaq	gemm_part_f32(%rip), %rsi
	leaq	-168(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB3_65:
	addq	$136, %rsp
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
.LBB3_66:
	retq
.Lfunc_end3:
	.size	gemm_f32, .Lfunc_end3-gemm_f32
	.cfi_endproc

	.globl	axon_gemm_f64
	.p2align	4
	.type	axon_gemm_f64,@function
axon_gemm_f64:
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
	movsd	%xmm0, -56(%rbp)
	movq	%r9, -64(%rbp)
	movq	%r8, -48(%rbp)
	movq	%rcx, %r15
	movq	%rdx, %r12
	movl	%esi, %r13d
	movl	%edi, %ebx
	leaq	avx2_f64(%rip), %r14
	callq	axon_detect_isa@PLT
	cmpl	$1, %eax
	je	.LBB4_8
	cmpl	$2, %eax
	jne	.LBB4_7
	movl	avx512_f64_tile(%rip), %ecx
	testl	%ecx, %ecx
	jns	.LBB4_4
	callq	axon_avx512_flops_per_cycle_f32@PLT
	xorl	%ecx, %ecx
	cmpl	$64, %eax
	setge	%cl
.LBB4_4:
	testl	%ecx, %ecx
	je	.LBB4_8
	movl	%ebx, %edi
	movq	%r12, %rsi
	movq	%r15, %rdx
	movl	$16, %ecx
	movl	$8, %r8d
	callq	wide_tile_pays
	testl	%eax, %eax
	je	.LBB4_8
	leaq	avx512_f64(%rip), %r14
	jmp	.LBB4_8
.LBB4_7:
	leaq	portable_f64(%rip), %r14
.LBB4_8:
	subq	$8, %rsp
	movq	%r14, %rdi
	movl	%ebx, %esi
	movl	%r13d, %edx
	movq	%r12, %rcx
	movq	%r15, %r8
	movq	-48(%rbp), %r9
	movsd	-56(%rbp), %xmm0
	pushq	48(%rbp)
	pushq	40(%rbp)
	pushq	$0
	pushq	32(%rbp)
	pushq	24(%rbp)
	pushq	16(%rbp)
	pushq	-64(%rbp)
	callq	gemm_f64
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end4:
	.size	axon_gemm_f64, .Lfunc_end4-axon_gemm_f64
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI5_0:
	.quad	0x3ff0000000000000
.LCPI5_1:
	.quad	0x3ff3333333333333
.LCPI5_2:
	.quad	0x41186a0000000000
.LCPI5_3:
	.quad	0x413e848000000000
	.text
	.p2align	4
	.type	gemm_f64,@function
gemm_f64:
	.cfi_startproc
	testq	%rcx, %rcx
	setle	%al
	testq	%r8, %r8
	setle	%r10b
	orb	%al, %r10b
	jne	.LBB5_66
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
	movl	%edx, -48(%rbp)
	movq	48(%rbp), %rax
	xorpd	%xmm1, %xmm1
	testq	%rax, %rax
	je	.LBB5_3
	xorpd	%xmm0, %xmm0
.LBB5_3:
	movq	64(%rbp), %rdx
	movq	56(%rbp), %r11
	ucomisd	%xmm1, %xmm0
	jne	.LBB5_4
	jnp	.LBB5_11
.LBB5_4:
	ucomisd	.LCPI5_0(%rip), %xmm0
	jne	.LBB5_5
	jnp	.LBB5_11
.LBB5_5:
	movabsq	$9223372036854775804, %r10
	andq	%r8, %r10
	movapd	%xmm0, %xmm1
	unpcklpd	%xmm0, %xmm1
	leaq	16(%r11), %r14
	leaq	(,%rdx,8), %r15
	xorl	%r12d, %r12d
	movq	%r11, %r13
	jmp	.LBB5_6
	.p2align	4
.LBB5_10:
	incq	%r12
	addq	%r15, %r14
	addq	%r15, %r13
	cmpq	%rcx, %r12
	je	.LBB5_11
.LBB5_6:
	xorl	%ebx, %ebx
	cmpq	$4, %r8
	jb	.LBB5_7
	.p2align	4
.LBB5_8:
	movupd	-16(%r14,%rbx,8), %xmm2
	movupd	(%r14,%rbx,8), %xmm3
	mulpd	%xmm1, %xmm2
	mulpd	%xmm1, %xmm3
	movupd	%xmm2, -16(%r14,%rbx,8)
	movupd	%xmm3, (%r14,%rbx,8)
	addq	$4, %rbx
	cmpq	%rbx, %r10
	jne	.LBB5_8
	movq	%r10, %rbx
	cmpq	%r10, %r8
	je	.LBB5_10
	.p2align	4
.LBB5_7:
	movsd	(%r13,%rbx,8), %xmm2
	mulsd	%xmm0, %xmm2
	movsd	%xmm2, (%r13,%rbx,8)
	incq	%rbx
	cmpq	%rbx, %r8
	jne	.LBB5_7
	jmp	.LBB5_10
.LBB5_11:
	testq	%r9, %r9
	jle	.LBB5_12
	movq	%r9, %r10
	movq	40(%rbp), %r15
	movq	32(%rbp), %r12
	movq	24(%rbp), %r14
	movq	16(%rbp), %rbx
	movq	%rdi, -168(%rbp)
	movl	%esi, -160(%rbp)
	movl	-48(%rbp), %r13d
	movl	%r13d, -156(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	movq	%rbx, -128(%rbp)
	movq	%r14, -120(%rbp)
	movq	%r12, -112(%rbp)
	movq	%r15, -104(%rbp)
	movq	%r11, -96(%rbp)
	xorpd	%xmm1, %xmm1
	cmpneqsd	%xmm1, %xmm0
	movq	%rdx, -88(%rbp)
	movq	%xmm0, %rdx
	andl	$1, %edx
	movl	%edx, -80(%rbp)
	movl	$0, -76(%rbp)
	movq	%rax, -72(%rbp)
	xorpd	%xmm0, %xmm0
	movupd	%xmm0, -64(%rbp)
	movq	%r8, %r14
	movq	%rcx, %r15
	testl	%esi, %esi
	je	.LBB5_50
	cmpq	$0, 40(%rdi)
	movq	%r8, %r14
	movq	%rcx, %r15
	je	.LBB5_50
	movq	%r8, %r14
	movq	%rcx, %r15
	cmpq	%r8, %rcx
	jle	.LBB5_50
	movslq	4(%rdi), %r13
	movq	%r8, %r14
	movq	%rcx, %r15
	cmpq	%r13, %r8
	jge	.LBB5_50
	movslq	(%rdi), %r11
	leaq	(%r11,%r11), %rax
	movq	%r8, %r14
	movq	%rcx, %r15
	cmpq	%rax, %r8
	jg	.LBB5_50
	leaq	(%r8,%r11), %rsi
	decq	%rsi
	movq	%rsi, %rax
	orq	%r11, %rax
	shrq	$32, %rax
	je	.LBB5_37
	movq	%rsi, %rax
	cqto
	idivq	%r11
	jmp	.LBB5_39
.LBB5_12:
	xorpd	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	jne	.LBB5_65
	jp	.LBB5_65
	leaq	-1(%r8), %r10
	movl	%r8d, %esi
	andl	$3, %esi
	movabsq	$9223372036854775804, %rdi
	andq	%r8, %rdi
	leaq	24(%r11), %r8
	shlq	$3, %rdx
	xorl	%r9d, %r9d
	jmp	.LBB5_14
	.p2align	4
.LBB5_21:
	incq	%r9
	addq	%rdx, %r8
	addq	%rdx, %r11
	cmpq	%rcx, %r9
	je	.LBB5_65
.LBB5_14:
	xorl	%ebx, %ebx
	cmpq	$3, %r10
	jae	.LBB5_22
.LBB5_15:
	testq	%rsi, %rsi
	je	.LBB5_21
	leaq	(%r11,%rbx,8), %r14
	leaq	(%rax,%rbx,8), %rbx
	xorl	%r15d, %r15d
	jmp	.LBB5_17
	.p2align	4
.LBB5_30:
	movsd	%xmm0, (%r8,%rbx,8)
	addq	$4, %rbx
	cmpq	%rbx, %rdi
	je	.LBB5_15
.LBB5_22:
	xorpd	%xmm0, %xmm0
	xorpd	%xmm1, %xmm1
	testq	%rax, %rax
	je	.LBB5_24
	movsd	(%rax,%rbx,8), %xmm1
.LBB5_24:
	movsd	%xmm1, -24(%r8,%rbx,8)
	testq	%rax, %rax
	je	.LBB5_26
	movsd	8(%rax,%rbx,8), %xmm0
.LBB5_26:
	movsd	%xmm0, -16(%r8,%rbx,8)
	xorpd	%xmm0, %xmm0
	xorpd	%xmm1, %xmm1
	testq	%rax, %rax
	je	.LBB5_28
	movsd	16(%rax,%rbx,8), %xmm1
.LBB5_28:
	movsd	%xmm1, -8(%r8,%rbx,8)
	testq	%rax, %rax
	je	.LBB5_30
	movsd	24(%rax,%rbx,8), %xmm0
	jmp	.LBB5_30
	.p2align	4
.LBB5_19:
	movsd	(%rbx,%r15,8), %xmm0
.LBB5_20:
	movsd	%xmm0, (%r14,%r15,8)
	incq	%r15
	cmpq	%r15, %rsi
	je	.LBB5_21
.LBB5_17:
	testq	%rax, %rax
	jne	.LBB5_19
	xorpd	%xmm0, %xmm0
	jmp	.LBB5_20
.LBB5_37:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r11d
.LBB5_39:
	subq	%rdx, %rsi
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rsi, %xmm1
	leaq	-1(%rcx), %rsi
	leaq	(%rcx,%r13), %r10
	decq	%r10
	movq	%r10, %rax
	orq	%r13, %rax
	shrq	$32, %rax
	je	.LBB5_40
	movq	%r10, %rax
	cqto
	idivq	%r13
	jmp	.LBB5_42
.LBB5_40:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%r13d
.LBB5_42:
	subq	%rdx, %r10
	cvtsi2sd	%r10, %xmm3
	leaq	-1(%r8), %r10
	cvtsi2sd	%r8, %xmm2
	movapd	%xmm2, %xmm0
	divsd	%xmm1, %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rcx, %xmm1
	mulsd	%xmm1, %xmm0
	addq	%r11, %rsi
	movq	%rsi, %rax
	orq	%r11, %rax
	shrq	$32, %rax
	je	.LBB5_43
	movq	%rsi, %rax
	cqto
	idivq	%r11
	jmp	.LBB5_45
.LBB5_43:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r11d
.LBB5_45:
	divsd	%xmm3, %xmm0
	subq	%rdx, %rsi
	xorps	%xmm3, %xmm3
	cvtsi2sd	%rsi, %xmm3
	addq	%r13, %r10
	movq	%r10, %rax
	orq	%r13, %rax
	shrq	$32, %rax
	je	.LBB5_46
	movq	%r10, %rax
	cqto
	idivq	%r13
	jmp	.LBB5_48
.LBB5_46:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%r13d
.LBB5_48:
	subq	%rdx, %r10
	cvtsi2sd	%r10, %xmm4
	divsd	%xmm3, %xmm1
	mulsd	%xmm2, %xmm1
	divsd	%xmm4, %xmm1
	mulsd	.LCPI5_1(%rip), %xmm1
	ucomisd	%xmm1, %xmm0
	movq	%r8, %r14
	movq	%rcx, %r15
	movl	-48(%rbp), %eax
	movq	%r9, %r10
	jbe	.LBB5_50
	xorl	%edx, %edx
	testl	%eax, %eax
	sete	%dl
	movl	%edx, -160(%rbp)
	movl	$0, -156(%rbp)
	movq	%r8, -152(%rbp)
	movq	%rcx, -144(%rbp)
	movq	%r12, -128(%rbp)
	movq	40(%rbp), %rax
	movq	%rax, -120(%rbp)
	movq	%rbx, -112(%rbp)
	movq	24(%rbp), %rax
	movq	%rax, -104(%rbp)
	movl	$1, -64(%rbp)
	movq	%rcx, %r14
	movq	%r8, %r15
.LBB5_50:
	movq	%r10, %r13
	movq	%rdi, -48(%rbp)
	movq	%r8, -176(%rbp)
	movq	%rcx, %r12
	callq	axon_threads@PLT
	cmpl	$2, %eax
	jl	.LBB5_54
	xorps	%xmm0, %xmm0
	cvtsi2sd	%r15, %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%r14, %xmm1
	addsd	%xmm0, %xmm0
	mulsd	%xmm0, %xmm1
	xorps	%xmm0, %xmm0
	cvtsi2sd	%r13, %xmm0
	mulsd	%xmm1, %xmm0
	movsd	.LCPI5_2(%rip), %xmm1
	ucomisd	%xmm0, %xmm1
	ja	.LBB5_54
	movl	%eax, %ebx
	movsd	.LCPI5_3(%rip), %xmm1
	ucomisd	%xmm0, %xmm1
	jbe	.LBB5_55
	callq	axon_pool_takes_small_job@PLT
	testl	%eax, %eax
	je	.LBB5_54
.LBB5_55:
	xorl	%edx, %edx
	cmpq	%r15, %r14
	setge	%dl
	movl	%edx, -60(%rbp)
	movq	-176(%rbp), %rcx
	cmpq	%rcx, %r12
	cmovgq	%r12, %rcx
	movq	-48(%rbp), %rax
	movslq	(%rax,%rdx,4), %rdi
	leaq	(%rcx,%rdi), %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%rdi, %rdx
	shrq	$32, %rdx
	je	.LBB5_56
	cqto
	idivq	%rdi
	jmp	.LBB5_58
.LBB5_54:
	movl	$1, -60(%rbp)
	movq	%r14, -56(%rbp)
	leaq	-168(%rbp), %rdi
	xorl	%esi, %esi
	callq	gemm_part_f64
	jmp	.LBB5_65
.LBB5_56:
	xorl	%edx, %edx
	divl	%edi
.LBB5_58:
	decq	%rcx
	movl	%ebx, %esi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	movslq	%esi, %r8
	addq	%r8, %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%r8, %rdx
	shrq	$32, %rdx
	je	.LBB5_59
	cqto
	idivq	%r8
	movq	%rax, %rsi
	jmp	.LBB5_61
.LBB5_59:
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %esi
.LBB5_61:
	imulq	%rdi, %rsi
	movq	%rsi, -56(%rbp)
	addq	%rsi, %rcx
	movq	%rcx, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB5_62
	movq	%rcx, %rax
	cqto
	idivq	%rsi
	jmp	.LBB5_64
.LBB5_62:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB5_64:
	leaq	gemm_part_f64(%rip), %rsi
	leaq	-168(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB5_65:
	addq	$136, %rsp
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
.LBB5_66:
	retq
.Lfunc_end5:
	.size	gemm_f64, .Lfunc_end5-gemm_f64
	.cfi_endproc

	.globl	axon_gemm_bias_f32
	.p2align	4
	.type	axon_gemm_bias_f32,@function
axon_gemm_bias_f32:
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
	movq	%r9, -48(%rbp)
	movq	%r8, %r13
	movq	%rcx, %rbx
	movq	%rdx, %r14
	movl	%esi, %r12d
	movl	%edi, %r15d
	testq	%r8, %r8
	jle	.LBB6_17
	testq	%rbx, %rbx
	jle	.LBB6_17
	testl	%r12d, %r12d
	je	.LBB6_17
	testl	%r15d, %r15d
	jne	.LBB6_17
	cmpq	$1, %r14
	jne	.LBB6_17
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB6_6
.LBB6_17:
	testq	%r14, %r14
	jle	.LBB6_25
	leaq	-1(%rbx), %rax
	cmpq	$15, %rax
	ja	.LBB6_25
	leaq	-1(%r13), %rax
	cmpq	$63, %rax
	ja	.LBB6_25
	movq	%r13, %rax
	imulq	%r14, %rax
	cmpq	$1024, %rax
	jg	.LBB6_25
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB6_22
.LBB6_25:
	callq	axon_detect_isa@PLT
	cmpl	$1, %eax
	je	.LBB6_26
	cmpl	$2, %eax
	jne	.LBB6_29
	movl	%r15d, %edi
	movq	%r14, %rsi
	movq	%rbx, %rdx
	movl	$32, %ecx
	movl	$16, %r8d
	callq	wide_tile_pays
	testl	%eax, %eax
	leaq	avx2_f32(%rip), %rax
	leaq	avx512_f32(%rip), %rdi
	cmoveq	%rax, %rdi
	jmp	.LBB6_30
.LBB6_6:
	callq	axon_threads@PLT
	cmpl	$2, %eax
	jl	.LBB6_16
	cmpq	$8, %rbx
	jb	.LBB6_16
	movq	%r13, %rcx
	imulq	%rbx, %rcx
	cmpq	$16384, %rcx
	jb	.LBB6_16
	movl	%eax, %eax
	movq	%rbx, %rsi
	shrq	$2, %rsi
	cmpq	%rax, %rsi
	cmovaeq	%rax, %rsi
	leaq	-1(%rbx), %rcx
	leaq	(%rsi,%rbx), %rax
	decq	%rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	movq	24(%rbp), %rdi
	movq	40(%rbp), %r8
	movq	-48(%rbp), %r9
	je	.LBB6_10
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB6_12
.LBB6_16:
	subq	$8, %rsp
	movq	%rbx, %rdi
	movq	%r13, %rsi
	movq	-48(%rbp), %rdx
	movq	24(%rbp), %rcx
	movq	32(%rbp), %r8
	movq	40(%rbp), %r9
	pushq	48(%rbp)
	callq	axon_gemv_rows_avx2_f32@PLT
	addq	$88, %rsp
	jmp	.LBB6_32
.LBB6_26:
	leaq	avx2_f32(%rip), %rdi
	jmp	.LBB6_30
.LBB6_22:
	callq	axon_detect_isa@PLT
	subq	$8, %rsp
	movl	%r15d, %edi
	movl	%r12d, %esi
	movq	%r14, %rdx
	movq	%rbx, %rcx
	movq	%r13, %r8
	cmpl	$2, %eax
	jne	.LBB6_24
	movq	-48(%rbp), %r9
	pushq	56(%rbp)
	pushq	48(%rbp)
	pushq	$0
	pushq	40(%rbp)
	pushq	32(%rbp)
	pushq	24(%rbp)
	pushq	16(%rbp)
	callq	axon_gemm_small_avx512_f32@PLT
	jmp	.LBB6_31
.LBB6_29:
	leaq	portable_f32(%rip), %rdi
.LBB6_30:
	movq	24(%rbp), %rax
	movq	40(%rbp), %r10
	movq	-48(%rbp), %r11
	subq	$8, %rsp
	xorps	%xmm0, %xmm0
	movl	%r15d, %esi
	movl	%r12d, %edx
	movq	%r14, %rcx
	movq	%rbx, %r8
	movq	%r13, %r9
	pushq	56(%rbp)
	pushq	48(%rbp)
	pushq	%r10
	pushq	32(%rbp)
	pushq	%rax
	pushq	16(%rbp)
	pushq	%r11
	callq	gemm_f32
.LBB6_31:
	addq	$136, %rsp
.LBB6_32:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB6_24:
	.cfi_def_cfa %rbp, 16
	movq	-48(%rbp), %r9
	pushq	56(%rbp)
	pushq	48(%rbp)
	pushq	$0
	pushq	40(%rbp)
	pushq	32(%rbp)
	pushq	24(%rbp)
	pushq	16(%rbp)
	callq	axon_gemm_small_avx2_f32@PLT
	jmp	.LBB6_31
.LBB6_10:
	xorl	%edx, %edx
	divl	%esi
.LBB6_12:
	addq	$3, %rax
	movq	%rax, %rsi
	andq	$-4, %rsi
	movq	%rbx, -112(%rbp)
	movq	%r13, -104(%rbp)
	movq	32(%rbp), %rdx
	movq	%rdx, -96(%rbp)
	movq	%rsi, -88(%rbp)
	movq	%r9, -80(%rbp)
	movq	%rdi, -72(%rbp)
	movq	%r8, -64(%rbp)
	movq	48(%rbp), %rdx
	movq	%rdx, -56(%rbp)
	addq	%rsi, %rcx
	orq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB6_13
	movq	%rcx, %rax
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB6_15
.LBB6_13:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB6_15:
	leaq	gemv_task(%rip), %rsi
	leaq	-112(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
	addq	$72, %rsp
	jmp	.LBB6_32
.Lfunc_end6:
	.size	axon_gemm_bias_f32, .Lfunc_end6-axon_gemm_bias_f32
	.cfi_endproc

	.globl	axon_gemm_bias_f64
	.p2align	4
	.type	axon_gemm_bias_f64,@function
axon_gemm_bias_f64:
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
	movq	%r9, -56(%rbp)
	movq	%r8, -48(%rbp)
	movq	%rcx, %r15
	movq	%rdx, %r12
	movl	%esi, %r13d
	movl	%edi, %ebx
	leaq	avx2_f64(%rip), %r14
	callq	axon_detect_isa@PLT
	cmpl	$1, %eax
	je	.LBB7_8
	cmpl	$2, %eax
	jne	.LBB7_7
	movl	avx512_f64_tile(%rip), %ecx
	testl	%ecx, %ecx
	jns	.LBB7_4
	callq	axon_avx512_flops_per_cycle_f32@PLT
	xorl	%ecx, %ecx
	cmpl	$64, %eax
	setge	%cl
.LBB7_4:
	testl	%ecx, %ecx
	je	.LBB7_8
	movl	%ebx, %edi
	movq	%r12, %rsi
	movq	%r15, %rdx
	movl	$16, %ecx
	movl	$8, %r8d
	callq	wide_tile_pays
	testl	%eax, %eax
	je	.LBB7_8
	leaq	avx512_f64(%rip), %r14
	jmp	.LBB7_8
.LBB7_7:
	leaq	portable_f64(%rip), %r14
.LBB7_8:
	subq	$8, %rsp
	xorps	%xmm0, %xmm0
	movq	%r14, %rdi
	movl	%ebx, %esi
	movl	%r13d, %edx
	movq	%r12, %rcx
	movq	%r15, %r8
	movq	-48(%rbp), %r9
	pushq	56(%rbp)
	pushq	48(%rbp)
	pushq	40(%rbp)
	pushq	32(%rbp)
	pushq	24(%rbp)
	pushq	16(%rbp)
	pushq	-56(%rbp)
	callq	gemm_f64
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end7:
	.size	axon_gemm_bias_f64, .Lfunc_end7-axon_gemm_bias_f64
	.cfi_endproc

	.p2align	4
	.type	gemv_task,@function
gemv_task:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movslq	%esi, %rcx
	movq	24(%rdi), %rdx
	imulq	%rdx, %rcx
	movq	(%rdi), %rax
	movq	8(%rdi), %rsi
	subq	%rcx, %rax
	cmpq	%rdx, %rax
	cmovgeq	%rdx, %rax
	movq	32(%rdi), %rdx
	movq	16(%rdi), %r8
	movq	48(%rdi), %r10
	leaq	(,%rcx,4), %r11
	testq	%r10, %r10
	leaq	(%r10,%rcx,4), %r9
	cmoveq	%r10, %r9
	imulq	%r8, %rcx
	shlq	$2, %rcx
	addq	40(%rdi), %rcx
	addq	56(%rdi), %r11
	movq	%r11, (%rsp)
	movq	%rax, %rdi
	callq	axon_gemv_rows_avx2_f32@PLT
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end8:
	.size	gemv_task, .Lfunc_end8-gemv_task
	.cfi_endproc

	.p2align	4
	.type	gemm_part_f32,@function
gemm_part_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r12
	pushq	%rbx
	subq	$80, %rsp
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movslq	%esi, %rax
	movq	112(%rdi), %rdx
	imulq	%rdx, %rax
	cmpl	$0, 108(%rdi)
	je	.LBB9_10
	movq	24(%rdi), %r8
	subq	%rax, %r8
	jle	.LBB9_9
	cmpq	%r8, %rdx
	cmovlq	%rdx, %r8
	movl	12(%rdi), %edx
	movq	56(%rdi), %rcx
	movq	%rax, %rsi
	testl	%edx, %edx
	je	.LBB9_4
	movq	64(%rdi), %rsi
	imulq	%rax, %rsi
.LBB9_4:
	leaq	(%rcx,%rsi,4), %r10
	movl	104(%rdi), %r11d
	movq	72(%rdi), %rcx
	testl	%r11d, %r11d
	je	.LBB9_5
	movq	80(%rdi), %rbx
	movq	96(%rdi), %r14
	imulq	%rbx, %rax
	jmp	.LBB9_7
.LBB9_10:
	movq	16(%rdi), %rcx
	subq	%rax, %rcx
	jle	.LBB9_9
	cmpq	%rcx, %rdx
	cmovlq	%rdx, %rcx
	movl	8(%rdi), %esi
	movq	40(%rdi), %rdx
	movq	%rax, %r8
	testl	%esi, %esi
	jne	.LBB9_13
	movq	48(%rdi), %r8
	imulq	%rax, %r8
.LBB9_13:
	leaq	(%rdx,%r8,4), %r10
	movl	104(%rdi), %r11d
	movq	72(%rdi), %rdx
	testl	%r11d, %r11d
	je	.LBB9_14
	movq	80(%rdi), %rbx
	movq	96(%rdi), %r8
	testq	%r8, %r8
	leaq	(%r8,%rax,4), %r14
	cmoveq	%r8, %r14
	jmp	.LBB9_16
.LBB9_5:
	movq	80(%rdi), %rbx
	movq	96(%rdi), %rsi
	testq	%rsi, %rsi
	leaq	(%rsi,%rax,4), %r14
	cmoveq	%rsi, %r14
.LBB9_7:
	leaq	(%rcx,%rax,4), %r15
	movq	(%rdi), %rax
	movl	8(%rdi), %esi
	movq	16(%rdi), %rcx
	movq	32(%rdi), %r9
	movups	40(%rdi), %xmm0
	movq	64(%rdi), %r12
	movl	88(%rdi), %edi
	movq	%r14, 64(%rsp)
	movl	%edi, 56(%rsp)
	movl	%r11d, 48(%rsp)
	movq	%rbx, 40(%rsp)
	movq	%r15, 32(%rsp)
	movq	%r12, 24(%rsp)
	movq	%r10, 16(%rsp)
	movups	%xmm0, (%rsp)
	jmp	.LBB9_8
.LBB9_14:
	movq	80(%rdi), %rbx
	movq	96(%rdi), %r14
	imulq	%rbx, %rax
.LBB9_16:
	leaq	(%rdx,%rax,4), %r15
	movq	(%rdi), %rax
	movl	12(%rdi), %edx
	movq	24(%rdi), %r8
	movq	32(%rdi), %r9
	movups	48(%rdi), %xmm0
	movq	64(%rdi), %r12
	movl	88(%rdi), %edi
	movq	%r14, 64(%rsp)
	movl	%edi, 56(%rsp)
	movl	%r11d, 48(%rsp)
	movq	%rbx, 40(%rsp)
	movq	%r15, 32(%rsp)
	movq	%r12, 24(%rsp)
	movups	%xmm0, 8(%rsp)
	movq	%r10, (%rsp)
.LBB9_8:
	movq	%rax, %rdi
	callq	gemm_serial_f32
.LBB9_9:
	addq	$80, %rsp
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end9:
	.size	gemm_part_f32, .Lfunc_end9-gemm_part_f32
	.cfi_endproc

	.p2align	4
	.type	gemm_serial_f32,@function
gemm_serial_f32:
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
	subq	$2240, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, %rbx
	movq	%r8, 376(%rsp)
	movl	%edx, 300(%rsp)
	movl	%esi, %r14d
	movslq	(%rdi), %r8
	movslq	4(%rdi), %r9
	movq	8(%rdi), %r15
	cmpq	%r15, %rbx
	cmovlq	%rbx, %r15
	movq	16(%rdi), %rax
	cmpq	%rax, %rcx
	movq	%rcx, 536(%rsp)
	cmovlq	%rcx, %rax
	leaq	(%r8,%rax), %rsi
	decq	%rsi
	movq	%rsi, %rax
	orq	%r8, %rax
	shrq	$32, %rax
	je	.LBB10_1
	movq	%rsi, %rax
	cqto
	idivq	%r8
	jmp	.LBB10_3
.LBB10_1:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r8d
.LBB10_3:
	subq	%rdx, %rsi
	movq	%rdi, 336(%rsp)
	movq	24(%rdi), %rax
	movq	376(%rsp), %rcx
	cmpq	%rax, %rcx
	cmovlq	%rcx, %rax
	leaq	(%r9,%rax), %r12
	decq	%r12
	movq	%r12, %rax
	orq	%r9, %rax
	shrq	$32, %rax
	movq	%r8, 192(%rsp)
	movq	%r9, 104(%rsp)
	je	.LBB10_4
	movq	%r12, %rax
	cqto
	idivq	%r9
	jmp	.LBB10_6
.LBB10_4:
	movl	%r12d, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB10_6:
	movq	24(%rbp), %r13
	subq	%rdx, %r12
	shlq	$2, %r15
	imulq	%r15, %rsi
	xorl	%edi, %edi
	callq	axon_scratch@PLT
	movq	%rax, 328(%rsp)
	imulq	%r12, %r15
	movl	$1, %edi
	movq	%r15, %rsi
	callq	axon_scratch@PLT
	movq	%rax, 320(%rsp)
	movq	336(%rsp), %rsi
	cmpq	$0, 40(%rsi)
	je	.LBB10_7
	movq	104(%rsp), %r9
	leaq	(,%r9,4), %rax
	movq	376(%rsp), %rcx
	cmpq	%rax, %rcx
	setle	%al
	movl	%eax, 420(%rsp)
	testl	%r14d, %r14d
	sete	47(%rsp)
	movl	$1, %eax
	cmoveq	%r13, %rax
	movq	%rax, 704(%rsp)
	movl	$1, %eax
	cmovneq	%r13, %rax
	movq	%rax, 568(%rsp)
	cmpl	$0, 300(%rsp)
	movq	192(%rsp), %r10
	je	.LBB10_10
	movl	$0, 356(%rsp)
	testq	%rcx, %rcx
	jg	.LBB10_12
	jmp	.LBB10_20
.LBB10_7:
	testl	%r14d, %r14d
	sete	47(%rsp)
	movl	$1, %ecx
	movl	$1, %eax
	cmoveq	%r13, %rax
	movq	%rax, 704(%rsp)
	cmovneq	%r13, %rcx
	movq	%rcx, 568(%rsp)
	movl	$0, 420(%rsp)
	movl	$0, 356(%rsp)
	movq	376(%rsp), %rcx
	movq	192(%rsp), %r10
	movq	104(%rsp), %r9
	testq	%rcx, %rcx
	jg	.LBB10_12
	jmp	.LBB10_20
.LBB10_10:
	leaq	(%r10,%r10), %rax
	cmpq	%rax, 536(%rsp)
	movq	376(%rsp), %rcx
	setle	%al
	movl	%eax, 356(%rsp)
	testq	%rcx, %rcx
	jle	.LBB10_20
.LBB10_12:
	movq	56(%rbp), %rdi
	movq	40(%rbp), %r15
	movq	32(%rbp), %r12
	movq	%r15, %rax
	shlq	$7, %rax
	movq	%rax, 976(%rsp)
	movq	%r15, %rax
	shlq	$6, %rax
	movq	%rax, 968(%rsp)
	movq	%r15, %rax
	shlq	$5, %rax
	movq	%rax, 960(%rsp)
	movq	24(%rbp), %r11
	movq	%r11, %r13
	shlq	$4, %r13
	movq	%r11, %rax
	shlq	$5, %rax
	movq	%rax, 1064(%rsp)
	xorps	%xmm12, %xmm12
	movq	24(%rsi), %rax
	leaq	(,%rdi,4), %rdi
	movq	%rdi, 1144(%rsp)
	leaq	(,%r9,4), %rdi
	movq	%rdi, 248(%rsp)
	movq	320(%rsp), %r8
	leaq	4(%r8), %rdi
	movq	%rdi, 824(%rsp)
	leaq	8(%r8), %rdi
	movq	%rdi, 816(%rsp)
	leaq	12(%r8), %rdi
	movq	%rdi, 808(%rsp)
	leaq	16(%r8), %rdi
	movq	%rdi, 424(%rsp)
	leaq	20(%r8), %rdi
	movq	%rdi, 800(%rsp)
	leaq	24(%r8), %rdi
	movq	%rdi, 792(%rsp)
	leaq	28(%r8), %rdi
	movq	%rdi, 784(%rsp)
	movq	328(%rsp), %rdi
	movq	%r9, %rdx
	movq	%r10, %r14
	leaq	4(%rdi), %r10
	movq	%r10, 528(%rsp)
	leaq	8(%rdi), %r10
	movq	%r10, 520(%rsp)
	leaq	12(%rdi), %r10
	movq	%r10, 456(%rsp)
	leaq	16(%rdi), %r10
	movq	%r10, 512(%rsp)
	leaq	20(%rdi), %r10
	movq	%r10, 624(%rsp)
	leaq	24(%rdi), %r10
	movq	%r10, 992(%rsp)
	leaq	28(%rdi), %r10
	movq	%r10, 984(%rsp)
	leaq	12(%r12), %r10
	movq	%r10, 488(%rsp)
	leaq	(,%r15,4), %r10
	movq	%r10, 272(%rsp)
	leaq	384(%r8), %r10
	movq	%r10, 760(%rsp)
	leaq	112(%r8), %r10
	movq	%r10, 592(%rsp)
	leaq	112(%r12), %r10
	movq	%r10, 752(%rsp)
	leaq	16(%r12), %r10
	movq	%r10, 480(%rsp)
	leaq	192(%r8), %r10
	movq	%r10, 744(%rsp)
	leaq	48(%r12), %r10
	movq	%r10, 728(%rsp)
	leaq	(,%r15,8), %r10
	movq	%r10, 616(%rsp)
	leaq	96(%r8), %r8
	movq	%r8, 736(%rsp)
	leaq	28(%r12), %r8
	movq	%r8, 584(%rsp)
	movq	16(%rbp), %r9
	leaq	32(%r9), %r8
	movq	%r8, 864(%rsp)
	leaq	(,%r11,8), %r8
	leaq	80(%rdi), %r10
	movq	%r10, 896(%rsp)
	movq	%r14, %r15
	movq	%rdx, %r10
	leaq	(,%r11,4), %rdx
	movq	%rdx, 208(%rsp)
	leaq	12(%r9), %rdx
	movq	%rdx, 856(%rsp)
	movq	%r13, 672(%rsp)
	leaq	(%r13,%r13,2), %rdx
	movq	%rdx, 1056(%rsp)
	leaq	28(%r9), %rdx
	movq	%rdx, 848(%rsp)
	leaq	16(%r9), %rdx
	movq	%rdx, 840(%rsp)
	leaq	96(%rdi), %rdx
	movq	%rdx, 888(%rsp)
	leaq	20(%r9), %rdx
	movq	%rdx, 832(%rsp)
	movq	%r8, 552(%rsp)
	leaq	(%r8,%r8,2), %rdx
	movq	%rdx, 1048(%rsp)
	leaq	48(%rdi), %rdx
	movq	%rdx, 880(%rsp)
	leaq	(,%r14,4), %rdx
	movq	%rdx, 1136(%rsp)
	movq	80(%rbp), %rdi
	leaq	4(%rdi), %rdx
	movq	%rdx, 720(%rsp)
	leaq	16(%rdi), %rdx
	movq	%rdx, 712(%rsp)
	xorl	%edx, %edx
	movq	%rbx, 872(%rsp)
	jmp	.LBB10_13
	.p2align	4
.LBB10_18:
	movq	24(%rsi), %rax
	movq	560(%rsp), %rdx
.LBB10_19:
	addq	%rax, %rdx
	movq	376(%rsp), %rcx
	cmpq	%rcx, %rdx
	jge	.LBB10_20
.LBB10_13:
	movq	%rcx, %rdi
	subq	%rdx, %rdi
	cmpq	%rdi, %rax
	cmovlq	%rax, %rdi
	testq	%rbx, %rbx
	jle	.LBB10_19
	movq	32(%rbp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 432(%rsp)
	movq	48(%rbp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 1072(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 680(%rsp)
	movq	8(%rsi), %rax
	movq	480(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rcx, 496(%rsp)
	movq	728(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rcx, 776(%rsp)
	movq	584(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rcx, 768(%rsp)
	movq	720(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rcx, 1040(%rsp)
	movq	712(%rsp), %rcx
	movq	%rdx, 560(%rsp)
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rcx, 1032(%rsp)
	xorl	%ecx, %ecx
	movq	272(%rsp), %r13
	movq	%rdi, 472(%rsp)
	jmp	.LBB10_15
	.p2align	4
.LBB10_511:
	movq	8(%rsi), %rax
	movq	384(%rsp), %rcx
	addq	%rax, %rcx
	movq	872(%rsp), %rbx
	cmpq	%rbx, %rcx
	jge	.LBB10_18
.LBB10_15:
	cmpl	$0, 72(%rbp)
	setne	63(%rsp)
	movq	%rbx, %rsi
	subq	%rcx, %rsi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	testq	%rcx, %rcx
	setg	368(%rsp)
	movl	$0, %eax
	cmoveq	80(%rbp), %rax
	movq	%rax, 408(%rsp)
	movl	$0, %eax
	cmpb	$0, 356(%rsp)
	je	.LBB10_23
	movq	%rdi, %rax
	orq	%r10, %rax
	shrq	$32, %rax
	je	.LBB10_17
	movq	%rdi, %rax
	cqto
	idivq	%r10
	jmp	.LBB10_22
.LBB10_17:
	movl	%edi, %eax
	xorl	%edx, %edx
	divl	%r10d
.LBB10_22:
	movq	%rdi, %rax
	subq	%rdx, %rax
.LBB10_23:
	movq	%r15, %r14
	movq	%r10, %r11
	movq	%rsi, 32(%rsp)
	movq	%rcx, 384(%rsp)
	movq	%rax, 576(%rsp)
	subq	%rax, %rdi
	movq	%rdi, 128(%rsp)
	jle	.LBB10_230
	movq	560(%rsp), %rax
	movq	576(%rsp), %r10
	leaq	(%r10,%rax), %r8
	movq	336(%rsp), %rax
	movslq	4(%rax), %rcx
	movq	%rcx, 88(%rsp)
	cmpl	$0, 300(%rsp)
	je	.LBB10_27
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB10_27
	movq	88(%rsp), %rdi
	movq	32(%rbp), %rsi
	movq	40(%rbp), %rdx
	movq	384(%rsp), %rcx
	movq	32(%rsp), %r9
	pushq	320(%rsp)
	pushq	136(%rsp)
	callq	*%rax
	xorps	%xmm12, %xmm12
	movq	120(%rsp), %r11
	movq	208(%rsp), %r14
	addq	$16, %rsp
	.p2align	4
.LBB10_230:
	movq	536(%rsp), %rcx
	testq	%rcx, %rcx
	movq	336(%rsp), %rsi
	movq	472(%rsp), %rdi
	movq	32(%rsp), %r9
	movq	%r11, %r10
	movq	%r14, %r15
	jle	.LBB10_511
	movzbl	368(%rsp), %eax
	orb	%al, 63(%rsp)
	movq	384(%rsp), %rbx
	movq	%rbx, %rax
	movq	24(%rbp), %r15
	imulq	%r15, %rax
	movq	16(%rbp), %rdi
	leaq	(%rdi,%rax,4), %rax
	movq	%rax, 448(%rsp)
	movq	%r9, %r8
	shlq	$4, %r8
	movq	%r9, %rax
	shlq	$5, %rax
	movq	%rax, 640(%rsp)
	leaq	(,%r9,8), %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 632(%rsp)
	movq	%rbx, %rax
	imulq	40(%rbp), %rax
	movq	432(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, 1096(%rsp)
	movq	%rbx, %rax
	imulq	568(%rsp), %rax
	leaq	(%rdi,%rax,4), %rax
	movq	%rax, 288(%rsp)
	leaq	-1(%r9), %r12
	movabsq	$9223372036854775804, %r10
	leaq	2(%r10), %rax
	andq	%r9, %rax
	movq	%rax, 1024(%rsp)
	movl	%r9d, %r13d
	andl	$3, %r13d
	movq	%r9, %rdi
	andq	%r10, %rdi
	movq	%r12, %rax
	shlq	$5, %rax
	movq	%rax, 1016(%rsp)
	movq	%r12, %rax
	movl	$24, %edx
	mulq	%rdx
	movq	%rax, 1008(%rsp)
	seto	271(%rsp)
	movq	%r12, 176(%rsp)
	shlq	$4, %r12
	movq	%r12, 1000(%rsp)
	movq	%r9, %rdx
	movabsq	$2305843009213693948, %rax
	andq	%rax, %rdx
	movq	%rdx, 608(%rsp)
	leaq	-4(%r10), %rax
	andq	%r9, %rax
	movq	%rax, 688(%rsp)
	leaq	4(,%rbx,4), %rax
	imulq	%r15, %rax
	movq	864(%rsp), %rdx
	addq	%rdx, %rax
	movq	%rax, 952(%rsp)
	movq	208(%rsp), %r10
	imulq	%rbx, %r10
	movq	%rdi, 344(%rsp)
	negq	%rdi
	movq	%rdi, 360(%rsp)
	movl	%r13d, %r12d
	shll	$4, %r12d
	movl	%r13d, %eax
	shll	$5, %eax
	movq	%rax, 1120(%rsp)
	leal	(,%r13,8), %eax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 1112(%rsp)
	movq	%r13, %rax
	negq	%rax
	movq	%rax, 664(%rsp)
	leaq	(%rdx,%r10), %rax
	movq	%rax, 936(%rsp)
	movq	856(%rsp), %rdx
	leaq	(%rdx,%r10), %rax
	movq	%rax, 600(%rsp)
	movq	848(%rsp), %rax
	addq	%r10, %rax
	movq	%rax, 928(%rsp)
	movq	840(%rsp), %rdi
	leaq	(%rdi,%r10), %rax
	movq	%rax, 504(%rsp)
	movq	832(%rsp), %rax
	addq	%r10, %rax
	movq	%rax, 920(%rsp)
	addq	16(%rbp), %r10
	movq	%r10, 944(%rsp)
	movq	%r14, %r15
	movq	%r11, %r10
	leaq	(,%r9,4), %rax
	movq	%rax, 912(%rsp)
	movq	%r8, 648(%rsp)
	leaq	(%r8,%r8,2), %rax
	movq	%rax, 656(%rsp)
	movq	%r13, 544(%rsp)
	movq	16(%rsi), %rax
	leaq	(%rdx,%rbx,4), %rdx
	movq	%rdx, 440(%rsp)
	movq	16(%rbp), %rdx
	leaq	(%rdx,%rbx,4), %rdx
	movq	%rdx, 392(%rsp)
	movq	248(%rsp), %r8
	movq	%r12, 1128(%rsp)
	leaq	(%r12,%r12,2), %rdx
	movq	%rdx, 1104(%rsp)
	leal	(,%r13,4), %edx
	movq	%rdx, 696(%rsp)
	leaq	(%rdi,%rbx,4), %rdx
	movq	%rdx, 904(%rsp)
	xorl	%edx, %edx
	jmp	.LBB10_232
	.p2align	4
.LBB10_510:
	movq	336(%rsp), %rsi
	movq	16(%rsi), %rax
	movq	312(%rsp), %rdx
	addq	%rax, %rdx
	movq	536(%rsp), %rcx
	cmpq	%rcx, %rdx
	movq	272(%rsp), %r13
	jge	.LBB10_511
.LBB10_232:
	movq	%rdx, 312(%rsp)
	movq	%rcx, %rsi
	subq	%rdx, %rsi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	cmpb	$0, 420(%rsp)
	je	.LBB10_233
	movq	%rsi, %rax
	orq	%r15, %rax
	movq	%r10, %r11
	shrq	$32, %rax
	je	.LBB10_235
	movq	%rsi, %rax
	cqto
	idivq	%r15
	jmp	.LBB10_237
	.p2align	4
.LBB10_233:
	movq	%r10, %r11
	xorl	%eax, %eax
	jmp	.LBB10_238
.LBB10_235:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r15d
.LBB10_237:
	movq	%rsi, %rax
	subq	%rdx, %rax
.LBB10_238:
	movq	208(%rsp), %r13
	movq	%rsi, %rcx
	movq	%rax, 256(%rsp)
	subq	%rax, %rcx
	movq	%rcx, 120(%rsp)
	movq	%rsi, 240(%rsp)
	jle	.LBB10_504
	movq	312(%rsp), %rsi
	movq	256(%rsp), %r14
	leaq	(%r14,%rsi), %rbx
	movq	336(%rsp), %rax
	movslq	(%rax), %rdi
	cmpb	$0, 47(%rsp)
	je	.LBB10_242
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB10_242
	movq	16(%rbp), %rsi
	movq	24(%rbp), %rdx
	movq	384(%rsp), %rcx
	movq	%rbx, %r8
	movq	32(%rsp), %r9
	pushq	328(%rsp)
	pushq	128(%rsp)
	callq	*%rax
	movq	264(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	120(%rsp), %r11
	addq	$16, %rsp
	.p2align	4
.LBB10_504:
	movq	472(%rsp), %rdi
	testq	%rdi, %rdi
	movq	%r11, %r10
	movq	192(%rsp), %r15
	movq	240(%rsp), %r9
	jle	.LBB10_510
	movq	48(%rbp), %rax
	movq	312(%rsp), %rcx
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, 1088(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, 1080(%rsp)
	movq	680(%rsp), %rbx
	movq	1032(%rsp), %r13
	movq	1040(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	$0, 464(%rsp)
	movq	%rdi, %rdx
	xorl	%esi, %esi
	jmp	.LBB10_506
	.p2align	4
.LBB10_544:
	movq	160(%rsp), %rsi
	addq	%r10, %rsi
	incq	464(%rsp)
	addq	%r8, 48(%rsp)
	addq	%r8, %r13
	addq	%r8, %rbx
	movq	472(%rsp), %rdi
	cmpq	%rdi, %rsi
	movq	400(%rsp), %rdx
	jge	.LBB10_510
.LBB10_506:
	movq	%rdx, %r11
	movq	%rsi, %rax
	movq	576(%rsp), %rcx
	subq	%rcx, %rax
	imulq	32(%rsp), %rax
	cmpq	%rcx, %rsi
	movq	1096(%rsp), %rcx
	movq	%rsi, 160(%rsp)
	leaq	(%rcx,%rsi,4), %rsi
	movq	%r10, %rcx
	cmovlq	40(%rbp), %rcx
	movq	%rcx, 224(%rsp)
	movq	320(%rsp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, 232(%rsp)
	movq	%rsi, 216(%rsp)
	cmovlq	%rsi, %rax
	movq	%rax, 184(%rsp)
	subq	%r10, %rdx
	movq	%rdx, 400(%rsp)
	cmovgeq	%r10, %r11
	testq	%r9, %r9
	jle	.LBB10_544
	movl	%r11d, %eax
	andl	$3, %eax
	movq	%rax, 120(%rsp)
	movq	%r11, %rax
	andq	$-8, %rax
	movq	%rax, 128(%rsp)
	movq	%r11, %rax
	andq	$-2, %rax
	movq	%rax, 72(%rsp)
	leaq	(,%r11,4), %rax
	movq	%rax, 280(%rsp)
	imulq	464(%rsp), %r8
	movq	680(%rsp), %rcx
	addq	%rcx, %r8
	movq	%r8, 304(%rsp)
	leaq	(%r8,%r11,4), %rax
	movq	%rax, 368(%rsp)
	movq	472(%rsp), %rax
	movq	160(%rsp), %rsi
	subq	%rsi, %rax
	cmpq	%rax, %r10
	movq	%rax, 88(%rsp)
	cmovlq	%r10, %rax
	movq	%rax, 80(%rsp)
	movq	1072(%rsp), %rax
	leaq	(%rax,%rsi,4), %rax
	movq	%rax, 144(%rsp)
	movq	560(%rsp), %rax
	addq	%rsi, %rax
	imulq	56(%rbp), %rax
	movq	1088(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, 200(%rsp)
	leaq	(%rcx,%rsi,4), %rax
	movq	%rax, 168(%rsp)
	movq	1080(%rsp), %r12
	movq	%r9, %rax
	xorl	%ecx, %ecx
	movq	%r11, 64(%rsp)
	jmp	.LBB10_508
	.p2align	4
.LBB10_543:
	movq	192(%rsp), %r15
	movq	112(%rsp), %rcx
	addq	%r15, %rcx
	addq	1136(%rsp), %r12
	movq	240(%rsp), %r9
	cmpq	%r9, %rcx
	movq	104(%rsp), %r10
	movq	152(%rsp), %rax
	jge	.LBB10_544
.LBB10_508:
	movq	%rax, %r14
	cmpq	%r10, 88(%rsp)
	setge	%dl
	subq	%r15, %rax
	movq	%rax, 152(%rsp)
	cmovgeq	%r15, %r14
	movq	%r9, %rsi
	subq	%rcx, %rsi
	cmpq	%rsi, %r15
	movq	%rsi, %rax
	cmovlq	%r15, %rax
	movq	%rax, 136(%rsp)
	movq	312(%rsp), %rax
	movq	%rcx, %r11
	leaq	(%rcx,%rax), %r9
	movq	%r9, %rax
	movq	56(%rbp), %rdi
	imulq	%rdi, %rax
	cmpl	$0, 64(%rbp)
	movq	%r15, %rcx
	movq	%r10, %rdi
	sete	%r10b
	movq	200(%rsp), %r8
	leaq	(%r8,%r11,4), %r15
	movq	144(%rsp), %r8
	leaq	(%r8,%rax,4), %rax
	cmoveq	%rax, %r15
	cmpq	%rcx, %rsi
	setge	%sil
	andb	%dl, %r10b
	andb	%sil, %r10b
	leaq	1152(%rsp), %rdx
	cmoveq	%rdx, %rax
	cmovneq	56(%rbp), %rdi
	movzbl	63(%rsp), %edx
	movb	%r10b, 96(%rsp)
	andb	%r10b, %dl
	movzbl	%dl, %r10d
	movq	%r11, 112(%rsp)
	movq	%r11, %rdx
	subq	256(%rsp), %rdx
	jge	.LBB10_512
	movq	704(%rsp), %rdx
	imulq	%rdx, %r9
	movq	288(%rsp), %rsi
	leaq	(%rsi,%r9,4), %rsi
	subq	$8, %rsp
	movq	%rdi, %r11
	movq	40(%rsp), %rdi
	movq	576(%rsp), %rcx
	movq	192(%rsp), %r8
	movq	232(%rsp), %r9
	pushq	%r10
	pushq	%r11
	jmp	.LBB10_514
	.p2align	4
.LBB10_512:
	movq	%rcx, %r8
	movq	%r10, %r11
	movq	%rdi, %r10
	movq	32(%rsp), %rdi
	imulq	%rdi, %rdx
	movq	328(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rsi
	movq	160(%rsp), %rcx
	cmpq	576(%rsp), %rcx
	jge	.LBB10_515
	subq	$8, %rsp
	movl	$1, %edx
	movq	%r8, %rcx
	movq	224(%rsp), %r8
	movq	40(%rbp), %r9
	pushq	%r11
	pushq	%r10
.LBB10_514:
	pushq	%rax
	movq	368(%rsp), %rax
	callq	*40(%rax)
	addq	$32, %rsp
	jmp	.LBB10_516
	.p2align	4
.LBB10_515:
	movq	232(%rsp), %rdx
	movq	%rax, %rcx
	movq	%r10, %r8
	movl	%r11d, %r9d
	movq	336(%rsp), %rax
	callq	*32(%rax)
.LBB10_516:
	cmpb	$0, 96(%rsp)
	xorps	%xmm12, %xmm12
	movq	1144(%rsp), %r10
	movq	248(%rsp), %r8
	movzbl	63(%rsp), %edi
	movq	64(%rsp), %r11
	je	.LBB10_532
	cmpq	$0, 408(%rsp)
	je	.LBB10_543
	cmpq	$0, 136(%rsp)
	jle	.LBB10_543
	leaq	-1(%r14), %rax
	imulq	%r10, %rax
	testq	%r10, %r10
	sets	%cl
	movq	280(%rsp), %rdx
	addq	%r15, %rdx
	addq	%rdx, %rax
	cmpq	368(%rsp), %r15
	setb	%dl
	cmpq	%rax, 304(%rsp)
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	leaq	16(%r15), %rcx
	xorl	%edx, %edx
	jmp	.LBB10_520
	.p2align	4
.LBB10_530:
	incq	%rdx
	addq	%r10, %rcx
	addq	%r10, %r15
	cmpq	%r14, %rdx
	je	.LBB10_543
.LBB10_520:
	cmpq	$0, 80(%rsp)
	jle	.LBB10_530
	cmpq	$8, %r11
	setb	%sil
	orb	%al, %sil
	testb	$1, %sil
	je	.LBB10_523
	xorl	%edi, %edi
	jmp	.LBB10_526
	.p2align	4
.LBB10_523:
	xorl	%esi, %esi
	movq	128(%rsp), %rdi
	.p2align	4
.LBB10_524:
	movups	-16(%r13,%rsi,4), %xmm0
	movups	(%r13,%rsi,4), %xmm1
	movups	-16(%rcx,%rsi,4), %xmm2
	addps	%xmm0, %xmm2
	movups	(%rcx,%rsi,4), %xmm0
	addps	%xmm1, %xmm0
	movups	%xmm2, -16(%rcx,%rsi,4)
	movups	%xmm0, (%rcx,%rsi,4)
	addq	$8, %rsi
	cmpq	%rsi, %rdi
	jne	.LBB10_524
	cmpq	%rdi, %r11
	je	.LBB10_530
.LBB10_526:
	movq	%rdi, %rsi
	testb	$3, %r11b
	je	.LBB10_529
	movq	120(%rsp), %r8
	movq	%rdi, %rsi
	.p2align	4
.LBB10_528:
	movss	(%rbx,%rsi,4), %xmm0
	addss	(%r15,%rsi,4), %xmm0
	movss	%xmm0, (%r15,%rsi,4)
	incq	%rsi
	decq	%r8
	jne	.LBB10_528
.LBB10_529:
	subq	%r11, %rdi
	cmpq	$-4, %rdi
	movq	248(%rsp), %r8
	ja	.LBB10_530
	.p2align	4
.LBB10_531:
	movss	(%rbx,%rsi,4), %xmm0
	addss	(%r15,%rsi,4), %xmm0
	movss	%xmm0, (%r15,%rsi,4)
	movss	4(%rbx,%rsi,4), %xmm0
	addss	4(%r15,%rsi,4), %xmm0
	movss	%xmm0, 4(%r15,%rsi,4)
	movss	8(%rbx,%rsi,4), %xmm0
	addss	8(%r15,%rsi,4), %xmm0
	movss	%xmm0, 8(%r15,%rsi,4)
	movss	12(%rbx,%rsi,4), %xmm0
	addss	12(%r15,%rsi,4), %xmm0
	movss	%xmm0, 12(%r15,%rsi,4)
	addq	$4, %rsi
	cmpq	%rsi, %r11
	jne	.LBB10_531
	jmp	.LBB10_530
	.p2align	4
.LBB10_532:
	cmpl	$0, 64(%rbp)
	je	.LBB10_545
	cmpq	$0, 80(%rsp)
	jle	.LBB10_543
	leaq	1152(%rsp), %rax
	xorl	%ecx, %ecx
	jmp	.LBB10_535
	.p2align	4
.LBB10_542:
	incq	%rcx
	addq	%r10, %r15
	addq	$4, %rax
	cmpq	%r11, %rcx
	je	.LBB10_543
.LBB10_535:
	cmpq	$0, 136(%rsp)
	jle	.LBB10_542
	movq	%rax, %rdx
	xorl	%esi, %esi
	jmp	.LBB10_537
	.p2align	4
.LBB10_541:
	movss	%xmm0, (%r15,%rsi,4)
	incq	%rsi
	addq	%r8, %rdx
	cmpq	%rsi, %r14
	je	.LBB10_542
.LBB10_537:
	movss	(%rdx), %xmm0
	cmpq	$0, 408(%rsp)
	je	.LBB10_539
	addss	(%r12,%rsi,4), %xmm0
.LBB10_539:
	testb	%dil, %dil
	je	.LBB10_541
	addss	(%r15,%rsi,4), %xmm0
	jmp	.LBB10_541
.LBB10_545:
	cmpq	$0, 136(%rsp)
	jle	.LBB10_543
	leaq	4(%r15), %rax
	leaq	1156(%rsp), %rcx
	xorl	%edx, %edx
	jmp	.LBB10_547
	.p2align	4
.LBB10_554:
	movss	%xmm0, (%rdi,%rsi,4)
	movzbl	63(%rsp), %edi
.LBB10_555:
	incq	%rdx
	addq	%r8, %rcx
	addq	%r10, %rax
	cmpq	%r14, %rdx
	je	.LBB10_543
.LBB10_547:
	cmpq	$0, 80(%rsp)
	jle	.LBB10_555
	xorl	%esi, %esi
	cmpq	$1, %r11
	jne	.LBB10_556
.LBB10_549:
	testb	$1, %r11b
	je	.LBB10_555
	movq	%rdx, %rdi
	imulq	104(%rsp), %rdi
	addq	%rsi, %rdi
	movss	1152(%rsp,%rdi,4), %xmm0
	cmpq	$0, 408(%rsp)
	je	.LBB10_552
	movq	168(%rsp), %rdi
	addss	(%rdi,%rsi,4), %xmm0
.LBB10_552:
	movq	%rdx, %rdi
	imulq	56(%rbp), %rdi
	leaq	(%r15,%rdi,4), %rdi
	cmpb	$0, 63(%rsp)
	je	.LBB10_554
	addss	(%rdi,%rsi,4), %xmm0
	jmp	.LBB10_554
	.p2align	4
.LBB10_564:
	movss	%xmm0, (%rax,%rsi,4)
	addq	$2, %rsi
	cmpq	%rsi, 72(%rsp)
	je	.LBB10_549
.LBB10_556:
	movss	-4(%rcx,%rsi,4), %xmm0
	cmpq	$0, 408(%rsp)
	je	.LBB10_558
	movq	48(%rsp), %r11
	addss	-4(%r11,%rsi,4), %xmm0
.LBB10_558:
	testb	%dil, %dil
	je	.LBB10_560
	addss	-4(%rax,%rsi,4), %xmm0
.LBB10_560:
	movss	%xmm0, -4(%rax,%rsi,4)
	movss	(%rcx,%rsi,4), %xmm0
	cmpq	$0, 408(%rsp)
	je	.LBB10_562
	movq	48(%rsp), %r11
	addss	(%r11,%rsi,4), %xmm0
.LBB10_562:
	movq	64(%rsp), %r11
	testb	%dil, %dil
	je	.LBB10_564
	addss	(%rax,%rsi,4), %xmm0
	jmp	.LBB10_564
	.p2align	4
.LBB10_242:
	movl	%edi, %eax
	movq	%rax, 152(%rsp)
	addl	$-4, %eax
	cmpl	$8, %eax
	ja	.LBB10_446
	leaq	.LJTI10_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB10_244:
	movq	448(%rsp), %rax
	leaq	(%rax,%rbx,4), %rax
	movq	%rax, 144(%rsp)
	movq	120(%rsp), %rcx
	leaq	-1(%rcx), %rax
	shrq	$2, %rax
	movq	%rax, 200(%rsp)
	leaq	(,%r14,4), %rax
	leaq	(%rax,%rsi,4), %rdx
	movq	600(%rsp), %rax
	addq	%rax, %rdx
	leaq	(%rax,%rbx,4), %rax
	movq	%rax, 88(%rsp)
	imulq	%r13, %rbx
	movq	440(%rsp), %rax
	leaq	(%rax,%rbx), %r9
	addq	392(%rsp), %rbx
	movq	880(%rsp), %rdi
	movq	$0, 80(%rsp)
	movq	%rcx, %rsi
	movq	328(%rsp), %r10
	xorl	%r12d, %r12d
	jmp	.LBB10_245
	.p2align	4
.LBB10_264:
	movq	%r10, %r11
	movq	648(%rsp), %rcx
	movq	72(%rsp), %r10
	addq	%rcx, %r10
	movq	96(%rsp), %r12
	addq	$4, %r12
	movq	64(%rsp), %rsi
	addq	$-4, %rsi
	movq	128(%rsp), %rdx
	addq	$16, %rdx
	addq	$16, 144(%rsp)
	addq	$16, 88(%rsp)
	movq	672(%rsp), %rax
	movq	152(%rsp), %r9
	addq	%rax, %r9
	movq	112(%rsp), %rdi
	addq	%rcx, %rdi
	addq	%rax, %rbx
	movq	80(%rsp), %rax
	cmpq	200(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 80(%rsp)
	movq	248(%rsp), %r8
	movq	208(%rsp), %r13
	je	.LBB10_504
.LBB10_245:
	cmpq	$4, %rsi
	movl	$4, %ecx
	cmovlq	%rsi, %rcx
	cmpq	$2, %rsi
	movl	$1, %r14d
	cmovgeq	%rsi, %r14
	cmpq	$4, %r14
	movl	$4, %eax
	cmovgeq	%rax, %r14
	movq	120(%rsp), %r8
	subq	%r12, %r8
	cmpq	$4, %r8
	cmovlq	%r8, %rax
	cmpb	$0, 47(%rsp)
	movq	%r8, 48(%rsp)
	movq	%rdx, 128(%rsp)
	movq	%r9, 152(%rsp)
	movq	%rdi, 112(%rsp)
	movq	%rsi, 64(%rsp)
	movq	%r10, 72(%rsp)
	movq	%r12, 96(%rsp)
	je	.LBB10_248
	leaq	(%r10,%rcx,4), %rcx
	testq	%r8, %r8
	jle	.LBB10_247
	movq	%rbx, 136(%rsp)
	movq	%rbx, %rdx
	movq	%r10, %rsi
	movq	%r9, %r8
	xorl	%r9d, %r9d
	movq	32(%rsp), %r12
	jmp	.LBB10_275
	.p2align	4
.LBB10_281:
	incq	%r9
	addq	%r13, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r13, %rdx
	cmpq	%r14, %r9
	je	.LBB10_282
.LBB10_275:
	testq	%r12, %r12
	jle	.LBB10_281
	cmpq	$3, 176(%rsp)
	jae	.LBB10_286
	xorl	%r10d, %r10d
	jmp	.LBB10_278
	.p2align	4
.LBB10_286:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	movq	344(%rsp), %r15
	.p2align	4
.LBB10_287:
	movss	-12(%r8,%r10,4), %xmm0
	movss	%xmm0, -48(%r11)
	movss	-8(%r8,%r10,4), %xmm0
	movss	%xmm0, -32(%r11)
	movss	-4(%r8,%r10,4), %xmm0
	movss	%xmm0, -16(%r11)
	movss	(%r8,%r10,4), %xmm0
	movss	%xmm0, (%r11)
	addq	$4, %r10
	addq	$64, %r11
	cmpq	%r10, %r15
	jne	.LBB10_287
.LBB10_278:
	testb	$3, %r12b
	movq	696(%rsp), %rbx
	je	.LBB10_281
	leaq	(%rdx,%r10,4), %r11
	shlq	$4, %r10
	addq	%rsi, %r10
	xorl	%r15d, %r15d
	.p2align	4
.LBB10_280:
	movss	(%r11,%r15), %xmm0
	movss	%xmm0, (%r10,%r15,4)
	addq	$4, %r15
	cmpq	%r15, %rbx
	jne	.LBB10_280
	jmp	.LBB10_281
	.p2align	4
.LBB10_248:
	cmpq	$4, %r8
	jge	.LBB10_249
	cmpq	$0, 32(%rsp)
	movq	%r11, %r10
	jle	.LBB10_264
	shlq	$2, %r14
	movq	72(%rsp), %r12
	movq	32(%rsp), %r13
	movq	88(%rsp), %r15
	jmp	.LBB10_267
	.p2align	4
.LBB10_268:
	xorl	%eax, %eax
.LBB10_273:
	leaq	(%r12,%rax), %rdi
	movl	$16, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	addq	208(%rsp), %r15
	addq	$16, %r12
	decq	%r13
	movq	104(%rsp), %r10
	xorps	%xmm12, %xmm12
	movq	48(%rsp), %r8
	je	.LBB10_264
.LBB10_267:
	testq	%r8, %r8
	jle	.LBB10_268
	movss	-12(%r15), %xmm0
	movss	%xmm0, (%r12)
	movq	%r14, %rax
	cmpq	$2, 64(%rsp)
	jl	.LBB10_273
	movss	-8(%r15), %xmm0
	movss	%xmm0, 4(%r12)
	movq	%r14, %rax
	je	.LBB10_273
	movss	-4(%r15), %xmm0
	movss	%xmm0, 8(%r12)
	movq	%r14, %rax
	cmpq	$3, 64(%rsp)
	je	.LBB10_273
	movss	(%r15), %xmm0
	movss	%xmm0, 12(%r12)
	movq	%r14, %rax
	jmp	.LBB10_273
	.p2align	4
.LBB10_282:
	cmpq	$4, 48(%rsp)
	movq	104(%rsp), %r10
	movq	136(%rsp), %rbx
	jl	.LBB10_283
	jmp	.LBB10_264
	.p2align	4
.LBB10_249:
	cmpq	$0, 32(%rsp)
	movq	%r11, %r10
	jle	.LBB10_264
	movq	32(%rsp), %r10
	cmpq	$48, %r10
	jae	.LBB10_252
	xorl	%ecx, %ecx
	movq	%r11, %r10
	jmp	.LBB10_257
.LBB10_247:
	movq	%r11, %r10
	jmp	.LBB10_283
	.p2align	4
.LBB10_292:
	addq	$4, %rcx
	cmpq	$3, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_264
.LBB10_283:
	movq	32(%rsp), %rdi
	testq	%rdi, %rdi
	movq	1128(%rsp), %r9
	jle	.LBB10_292
	cmpq	$3, 176(%rsp)
	jae	.LBB10_293
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_290
	jmp	.LBB10_292
	.p2align	4
.LBB10_293:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	360(%rsp), %r8
	.p2align	4
.LBB10_294:
	movl	$0, (%rsi)
	movl	$0, 16(%rsi)
	movl	$0, 32(%rsi)
	movl	$0, 48(%rsi)
	addq	$-4, %rdx
	addq	$64, %rsi
	cmpq	%rdx, %r8
	jne	.LBB10_294
	negq	%rdx
	testb	$3, %dil
	je	.LBB10_292
.LBB10_290:
	shlq	$4, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_291:
	movl	$0, (%rdx,%rsi)
	addq	$16, %rsi
	cmpq	%rsi, %r9
	jne	.LBB10_291
	jmp	.LBB10_292
.LBB10_252:
	movq	%rbx, %r14
	movq	648(%rsp), %rax
	imulq	80(%rsp), %rax
	movq	528(%rsp), %rcx
	addq	%rax, %rcx
	movq	520(%rsp), %rdx
	addq	%rax, %rdx
	addq	456(%rsp), %rax
	movq	176(%rsp), %rsi
	shrq	$60, %rsi
	setne	%sil
	cmpq	$1, 24(%rbp)
	setne	%dil
	movq	1000(%rsp), %rbx
	movq	72(%rsp), %r15
	leaq	(%r15,%rbx), %r8
	cmpq	%r15, %r8
	setb	%r8b
	leaq	(%rcx,%rbx), %r9
	cmpq	%rcx, %r9
	setb	%cl
	leaq	(%rdx,%rbx), %r9
	cmpq	%rdx, %r9
	setb	%dl
	leaq	(%rax,%rbx), %r9
	cmpq	%rax, %r9
	setb	%al
	orb	%sil, %r8b
	orb	%cl, %r8b
	orb	%dl, %al
	orb	%r8b, %al
	orb	%dil, %al
	je	.LBB10_254
	xorl	%ecx, %ecx
	movq	%r14, %rbx
	movq	%r11, %r10
	jmp	.LBB10_257
.LBB10_254:
	xorl	%eax, %eax
	movq	608(%rsp), %rcx
	movq	%r14, %rbx
	movq	128(%rsp), %rdx
	.p2align	4
.LBB10_255:
	movups	-12(%rdx,%rax), %xmm0
	movups	-8(%rdx,%rax), %xmm1
	movups	-4(%rdx,%rax), %xmm2
	movups	(%rdx,%rax), %xmm3
	movaps	%xmm3, %xmm4
	movlhps	%xmm2, %xmm4
	movaps	%xmm0, %xmm5
	unpcklps	%xmm1, %xmm5
	shufps	$36, %xmm4, %xmm5
	movaps	%xmm2, %xmm4
	unpcklps	%xmm3, %xmm4
	movaps	%xmm1, %xmm6
	shufps	$17, %xmm0, %xmm6
	shufps	$226, %xmm4, %xmm6
	movaps	%xmm3, %xmm4
	unpckhpd	%xmm2, %xmm4
	movaps	%xmm0, %xmm7
	unpckhps	%xmm1, %xmm7
	shufps	$36, %xmm4, %xmm7
	unpckhps	%xmm3, %xmm2
	shufps	$51, %xmm0, %xmm1
	shufps	$226, %xmm2, %xmm1
	movups	%xmm1, 48(%r15,%rax,4)
	movups	%xmm7, 32(%r15,%rax,4)
	movups	%xmm6, 16(%r15,%rax,4)
	movups	%xmm5, (%r15,%rax,4)
	addq	$16, %rax
	addq	$-4, %rcx
	jne	.LBB10_255
	movq	608(%rsp), %rax
	movq	%rax, %rcx
	cmpq	%rax, %r10
	movq	%r11, %r10
	je	.LBB10_264
.LBB10_257:
	movq	%rcx, %rax
	testb	$3, 32(%rsp)
	je	.LBB10_261
	movq	%rcx, %rax
	shlq	$4, %rax
	addq	72(%rsp), %rax
	movq	208(%rsp), %rdi
	movq	%rdi, %rdx
	imulq	%rcx, %rdx
	addq	144(%rsp), %rdx
	xorl	%esi, %esi
	movq	664(%rsp), %r8
	.p2align	4
.LBB10_259:
	movups	(%rdx), %xmm0
	movups	%xmm0, (%rax)
	decq	%rsi
	addq	$16, %rax
	addq	%rdi, %rdx
	cmpq	%rsi, %r8
	jne	.LBB10_259
	movq	%rcx, %rax
	subq	%rsi, %rax
.LBB10_261:
	movq	176(%rsp), %rdx
	subq	%rcx, %rdx
	cmpq	$3, %rdx
	jb	.LBB10_264
	movq	32(%rsp), %rcx
	subq	%rax, %rcx
	movq	208(%rsp), %r9
	movq	%r9, %rdx
	imulq	%rax, %rdx
	leaq	3(%rax), %rsi
	imulq	%r9, %rsi
	movq	%rax, %rdi
	shlq	$4, %rdi
	addq	72(%rsp), %rdi
	leaq	2(%rax), %r8
	imulq	%r9, %r8
	incq	%rax
	imulq	%r9, %rax
	movq	144(%rsp), %r9
	.p2align	4
.LBB10_263:
	movups	(%r9,%rdx), %xmm0
	movups	%xmm0, (%rdi)
	movups	(%r9,%rax), %xmm0
	movups	%xmm0, 16(%rdi)
	movups	(%r9,%r8), %xmm0
	movups	%xmm0, 32(%rdi)
	movups	(%r9,%rsi), %xmm0
	movups	%xmm0, 48(%rdi)
	addq	672(%rsp), %r9
	addq	$64, %rdi
	addq	$-4, %rcx
	jne	.LBB10_263
	jmp	.LBB10_264
.LBB10_346:
	movq	448(%rsp), %rax
	leaq	(%rax,%rbx,4), %rax
	movq	%rax, 160(%rsp)
	movq	120(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$3, %rax
	movq	%rax, 168(%rsp)
	leaq	(,%r14,4), %rax
	leaq	(%rax,%rsi,4), %rsi
	movq	928(%rsp), %rax
	addq	%rax, %rsi
	movq	504(%rsp), %rcx
	leaq	(%rcx,%rbx,4), %rcx
	movq	%rcx, 200(%rsp)
	leaq	(%rax,%rbx,4), %rax
	movq	%rax, 144(%rsp)
	imulq	%r13, %rbx
	movq	440(%rsp), %rax
	leaq	(%rax,%rbx), %r10
	addq	392(%rsp), %rbx
	movq	888(%rsp), %rdi
	movq	$0, 80(%rsp)
	movq	328(%rsp), %r12
	xorl	%r14d, %r14d
	jmp	.LBB10_347
	.p2align	4
.LBB10_364:
	movq	640(%rsp), %rcx
	movq	72(%rsp), %r12
	addq	%rcx, %r12
	movq	128(%rsp), %r14
	addq	$8, %r14
	movq	48(%rsp), %rdx
	addq	$-8, %rdx
	movq	152(%rsp), %rsi
	addq	$32, %rsi
	addq	$32, 200(%rsp)
	addq	$32, 144(%rsp)
	movq	1064(%rsp), %rax
	movq	112(%rsp), %r10
	addq	%rax, %r10
	movq	96(%rsp), %rdi
	addq	%rcx, %rdi
	movq	136(%rsp), %rbx
	addq	%rax, %rbx
	movq	80(%rsp), %rax
	cmpq	168(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 80(%rsp)
	movq	208(%rsp), %r13
	je	.LBB10_504
.LBB10_347:
	cmpq	$8, %rdx
	movl	$8, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %r9d
	cmovgeq	%rdx, %r9
	cmpq	$8, %r9
	movl	$8, %eax
	cmovgeq	%rax, %r9
	movq	%r9, 88(%rsp)
	movq	120(%rsp), %r9
	movq	%r14, 128(%rsp)
	subq	%r14, %r9
	cmpq	$8, %r9
	cmovlq	%r9, %rax
	cmpb	$0, 47(%rsp)
	movq	%r9, 64(%rsp)
	movq	%rbx, 136(%rsp)
	movq	%rsi, 152(%rsp)
	movq	%r10, 112(%rsp)
	movq	%rdi, 96(%rsp)
	movq	%rdx, 48(%rsp)
	movq	%r12, 72(%rsp)
	je	.LBB10_350
	leaq	(%r12,%rcx,4), %rcx
	testq	%r9, %r9
	jle	.LBB10_349
	movq	%rbx, %rdx
	movq	%r12, %rsi
	movq	%r10, %r8
	xorl	%r9d, %r9d
	movq	32(%rsp), %r12
	movq	88(%rsp), %r14
	jmp	.LBB10_379
	.p2align	4
.LBB10_385:
	incq	%r9
	addq	%r13, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r13, %rdx
	cmpq	%r14, %r9
	je	.LBB10_386
.LBB10_379:
	testq	%r12, %r12
	jle	.LBB10_385
	cmpq	$3, 176(%rsp)
	jae	.LBB10_390
	xorl	%r10d, %r10d
	jmp	.LBB10_382
	.p2align	4
.LBB10_390:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	movq	344(%rsp), %rbx
	.p2align	4
.LBB10_391:
	movss	-12(%r8,%r10,4), %xmm0
	movss	%xmm0, -96(%r11)
	movss	-8(%r8,%r10,4), %xmm0
	movss	%xmm0, -64(%r11)
	movss	-4(%r8,%r10,4), %xmm0
	movss	%xmm0, -32(%r11)
	movss	(%r8,%r10,4), %xmm0
	movss	%xmm0, (%r11)
	addq	$4, %r10
	subq	$-128, %r11
	cmpq	%r10, %rbx
	jne	.LBB10_391
.LBB10_382:
	testb	$3, %r12b
	movq	696(%rsp), %r15
	je	.LBB10_385
	leaq	(%rdx,%r10,4), %r11
	shlq	$5, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_384:
	movss	(%r11,%rbx), %xmm0
	movss	%xmm0, (%r10,%rbx,8)
	addq	$4, %rbx
	cmpq	%rbx, %r15
	jne	.LBB10_384
	jmp	.LBB10_385
	.p2align	4
.LBB10_350:
	cmpq	$8, %r9
	jge	.LBB10_351
	cmpq	$0, 32(%rsp)
	movq	88(%rsp), %r14
	jle	.LBB10_364
	shlq	$2, %r14
	movq	72(%rsp), %r12
	movq	32(%rsp), %r13
	movq	144(%rsp), %rbx
	jmp	.LBB10_367
	.p2align	4
.LBB10_368:
	xorl	%eax, %eax
.LBB10_377:
	leaq	(%r12,%rax), %rdi
	movl	$32, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	addq	208(%rsp), %rbx
	addq	$32, %r12
	decq	%r13
	movq	104(%rsp), %r11
	xorps	%xmm12, %xmm12
	movq	248(%rsp), %r8
	je	.LBB10_364
.LBB10_367:
	cmpq	$0, 64(%rsp)
	jle	.LBB10_368
	movss	-28(%rbx), %xmm0
	movss	%xmm0, (%r12)
	movq	%r14, %rax
	cmpq	$2, 48(%rsp)
	jl	.LBB10_377
	movss	-24(%rbx), %xmm0
	movss	%xmm0, 4(%r12)
	movq	%r14, %rax
	je	.LBB10_377
	movss	-20(%rbx), %xmm0
	movss	%xmm0, 8(%r12)
	movq	%r14, %rax
	cmpq	$3, 48(%rsp)
	je	.LBB10_377
	movss	-16(%rbx), %xmm0
	movss	%xmm0, 12(%r12)
	movq	%r14, %rax
	cmpq	$4, 48(%rsp)
	je	.LBB10_377
	movss	-12(%rbx), %xmm0
	movss	%xmm0, 16(%r12)
	movq	%r14, %rax
	cmpq	$5, 48(%rsp)
	je	.LBB10_377
	movss	-8(%rbx), %xmm0
	movss	%xmm0, 20(%r12)
	movq	%r14, %rax
	cmpq	$6, 48(%rsp)
	je	.LBB10_377
	movss	-4(%rbx), %xmm0
	movss	%xmm0, 24(%r12)
	movq	%r14, %rax
	cmpq	$7, 48(%rsp)
	je	.LBB10_377
	movss	(%rbx), %xmm0
	movss	%xmm0, 28(%r12)
	movq	%r14, %rax
	jmp	.LBB10_377
	.p2align	4
.LBB10_386:
	cmpq	$8, 64(%rsp)
	movq	192(%rsp), %r9
	movq	104(%rsp), %r11
	movq	248(%rsp), %r8
	jl	.LBB10_387
	jmp	.LBB10_364
	.p2align	4
.LBB10_351:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_364
	movq	32(%rsp), %r15
	cmpq	$52, %r15
	jae	.LBB10_354
	xorl	%ecx, %ecx
	jmp	.LBB10_359
.LBB10_349:
	movq	192(%rsp), %r9
	jmp	.LBB10_387
	.p2align	4
.LBB10_396:
	addq	$4, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_364
.LBB10_387:
	movq	32(%rsp), %rdi
	testq	%rdi, %rdi
	movq	1120(%rsp), %rbx
	jle	.LBB10_396
	cmpq	$3, 176(%rsp)
	jae	.LBB10_397
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_394
	jmp	.LBB10_396
	.p2align	4
.LBB10_397:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	360(%rsp), %r10
	.p2align	4
.LBB10_398:
	movl	$0, (%rsi)
	movl	$0, 32(%rsi)
	movl	$0, 64(%rsi)
	movl	$0, 96(%rsi)
	addq	$-4, %rdx
	subq	$-128, %rsi
	cmpq	%rdx, %r10
	jne	.LBB10_398
	negq	%rdx
	testb	$3, %dil
	je	.LBB10_396
.LBB10_394:
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_395:
	movl	$0, (%rdx,%rsi)
	addq	$32, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_395
	jmp	.LBB10_396
.LBB10_354:
	movq	640(%rsp), %rcx
	imulq	80(%rsp), %rcx
	movq	528(%rsp), %rax
	leaq	(%rax,%rcx), %rsi
	movq	520(%rsp), %rax
	leaq	(%rax,%rcx), %rdi
	movq	456(%rsp), %rax
	leaq	(%rax,%rcx), %r8
	movq	512(%rsp), %rax
	leaq	(%rax,%rcx), %r9
	movq	624(%rsp), %rax
	leaq	(%rax,%rcx), %r10
	movq	992(%rsp), %rax
	leaq	(%rax,%rcx), %r11
	addq	984(%rsp), %rcx
	movabsq	$576460752303423487, %rax
	cmpq	%rax, 176(%rsp)
	seta	%bl
	cmpq	$1, 24(%rbp)
	setne	%al
	movq	1016(%rsp), %r12
	movq	72(%rsp), %r14
	leaq	(%r14,%r12), %rdx
	cmpq	%r14, %rdx
	setb	%dl
	leaq	(%rsi,%r12), %r14
	cmpq	%rsi, %r14
	setb	%sil
	leaq	(%rdi,%r12), %r14
	cmpq	%rdi, %r14
	setb	%dil
	leaq	(%r8,%r12), %r14
	cmpq	%r8, %r14
	setb	%r8b
	leaq	(%r9,%r12), %r14
	cmpq	%r9, %r14
	setb	%r9b
	leaq	(%r10,%r12), %r14
	cmpq	%r10, %r14
	setb	%r10b
	leaq	(%r11,%r12), %r14
	cmpq	%r11, %r14
	setb	%r11b
	leaq	(%rcx,%r12), %r14
	cmpq	%rcx, %r14
	setb	%cl
	orb	%bl, %dl
	orb	%sil, %dl
	orb	%dil, %r8b
	orb	%dl, %r8b
	orb	%r9b, %r10b
	orb	%r11b, %r10b
	orb	%r8b, %r10b
	orb	%al, %cl
	orb	%r10b, %cl
	testb	$1, %cl
	je	.LBB10_356
	xorl	%ecx, %ecx
	movq	104(%rsp), %r11
	movq	248(%rsp), %r8
	jmp	.LBB10_359
.LBB10_356:
	xorl	%eax, %eax
	movq	344(%rsp), %rcx
	movq	104(%rsp), %r11
	movq	248(%rsp), %r8
	movq	152(%rsp), %rdx
	movq	72(%rsp), %rsi
	.p2align	4
.LBB10_357:
	movups	-28(%rdx,%rax), %xmm1
	movups	-24(%rdx,%rax), %xmm0
	movups	-20(%rdx,%rax), %xmm2
	movups	-16(%rdx,%rax), %xmm5
	movups	-12(%rdx,%rax), %xmm8
	movups	-8(%rdx,%rax), %xmm4
	movups	-4(%rdx,%rax), %xmm9
	movups	(%rdx,%rax), %xmm10
	movaps	%xmm10, %xmm6
	movlhps	%xmm9, %xmm6
	movaps	%xmm8, %xmm3
	unpcklps	%xmm4, %xmm3
	shufps	$36, %xmm6, %xmm3
	movaps	%xmm9, %xmm7
	unpcklps	%xmm10, %xmm7
	movaps	%xmm4, %xmm6
	shufps	$17, %xmm8, %xmm6
	shufps	$226, %xmm7, %xmm6
	movaps	%xmm10, %xmm11
	unpckhpd	%xmm9, %xmm11
	movaps	%xmm8, %xmm7
	unpckhps	%xmm4, %xmm7
	shufps	$36, %xmm11, %xmm7
	unpckhps	%xmm10, %xmm9
	shufps	$51, %xmm8, %xmm4
	shufps	$226, %xmm9, %xmm4
	movaps	%xmm5, %xmm8
	movlhps	%xmm2, %xmm8
	movaps	%xmm1, %xmm9
	unpcklps	%xmm0, %xmm9
	shufps	$36, %xmm8, %xmm9
	movaps	%xmm2, %xmm8
	unpcklps	%xmm5, %xmm8
	movaps	%xmm0, %xmm10
	shufps	$17, %xmm1, %xmm10
	shufps	$226, %xmm8, %xmm10
	movaps	%xmm5, %xmm8
	unpckhpd	%xmm2, %xmm8
	movaps	%xmm1, %xmm11
	unpckhps	%xmm0, %xmm11
	shufps	$36, %xmm8, %xmm11
	unpckhps	%xmm5, %xmm2
	shufps	$51, %xmm1, %xmm0
	shufps	$226, %xmm2, %xmm0
	movups	%xmm4, 112(%rsi,%rax,8)
	movups	%xmm0, 96(%rsi,%rax,8)
	movups	%xmm7, 80(%rsi,%rax,8)
	movups	%xmm11, 64(%rsi,%rax,8)
	movups	%xmm6, 48(%rsi,%rax,8)
	movups	%xmm10, 32(%rsi,%rax,8)
	movups	%xmm3, 16(%rsi,%rax,8)
	movups	%xmm9, (%rsi,%rax,8)
	addq	$16, %rax
	addq	$-4, %rcx
	jne	.LBB10_357
	movq	344(%rsp), %rax
	movq	%rax, %rcx
	cmpq	%rax, %r15
	je	.LBB10_364
.LBB10_359:
	movq	%rcx, %rax
	testb	$1, 32(%rsp)
	je	.LBB10_361
	movq	160(%rsp), %rax
	movq	128(%rsp), %rdx
	leaq	(%rax,%rdx,4), %rax
	movq	%rcx, %rdx
	imulq	24(%rbp), %rdx
	movq	%rcx, %rsi
	shlq	$5, %rsi
	movups	(%rax,%rdx,4), %xmm0
	movq	72(%rsp), %rdi
	movups	%xmm0, (%rdi,%rsi)
	movups	16(%rax,%rdx,4), %xmm0
	movups	%xmm0, 16(%rdi,%rsi)
	movq	%rcx, %rax
	orq	$1, %rax
.LBB10_361:
	cmpq	%rcx, 176(%rsp)
	je	.LBB10_364
	movq	32(%rsp), %rcx
	subq	%rax, %rcx
	movq	208(%rsp), %rdi
	movq	%rdi, %rdx
	imulq	%rax, %rdx
	movq	%rax, %rsi
	shlq	$5, %rsi
	addq	72(%rsp), %rsi
	incq	%rax
	imulq	%rdi, %rax
	movq	200(%rsp), %rdi
	.p2align	4
.LBB10_363:
	movups	-16(%rdi,%rdx), %xmm0
	movups	%xmm0, (%rsi)
	movups	(%rdi,%rdx), %xmm0
	movups	%xmm0, 16(%rsi)
	movups	-16(%rdi,%rax), %xmm0
	movups	%xmm0, 32(%rsi)
	movups	(%rdi,%rax), %xmm0
	movups	%xmm0, 48(%rsi)
	addq	552(%rsp), %rdi
	addq	$64, %rsi
	addq	$-2, %rcx
	jne	.LBB10_363
	jmp	.LBB10_364
.LBB10_295:
	movq	448(%rsp), %rax
	leaq	(%rax,%rbx,4), %rax
	movq	%rax, 144(%rsp)
	movq	120(%rsp), %r10
	leaq	-1(%r10), %rax
	movabsq	$-6148914691236517205, %rcx
	mulq	%rcx
	shrq	$2, %rdx
	movq	%rdx, 88(%rsp)
	leaq	(,%r14,4), %rax
	leaq	(%rax,%rsi,4), %rdx
	movq	920(%rsp), %rcx
	addq	%rcx, %rdx
	movq	504(%rsp), %rax
	leaq	(%rax,%rbx,4), %rax
	movq	%rax, 96(%rsp)
	leaq	(%rcx,%rbx,4), %rax
	movq	%rax, 112(%rsp)
	imulq	%r13, %rbx
	movq	440(%rsp), %rax
	leaq	(%rax,%rbx), %rdi
	addq	392(%rsp), %rbx
	movq	$0, 72(%rsp)
	movq	328(%rsp), %rsi
	xorl	%r9d, %r9d
	jmp	.LBB10_296
	.p2align	4
.LBB10_313:
	movq	%r9, %r11
	movq	64(%rsp), %rsi
	addq	632(%rsp), %rsi
	movq	80(%rsp), %r9
	addq	$6, %r9
	movq	48(%rsp), %r10
	addq	$-6, %r10
	movq	128(%rsp), %rdx
	addq	$24, %rdx
	addq	$24, 96(%rsp)
	addq	$24, 112(%rsp)
	movq	1048(%rsp), %rax
	movq	152(%rsp), %rdi
	addq	%rax, %rdi
	movq	136(%rsp), %rbx
	addq	%rax, %rbx
	movq	72(%rsp), %rax
	cmpq	88(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 72(%rsp)
	movq	208(%rsp), %r13
	je	.LBB10_504
.LBB10_296:
	movq	%rdx, 128(%rsp)
	cmpq	$6, %r10
	movl	$6, %ecx
	cmovlq	%r10, %rcx
	cmpq	$2, %r10
	movl	$1, %r14d
	movq	%r10, 48(%rsp)
	cmovgeq	%r10, %r14
	cmpq	$6, %r14
	movl	$6, %eax
	cmovgeq	%rax, %r14
	movq	120(%rsp), %r12
	subq	%r9, %r12
	cmpq	$6, %r12
	cmovlq	%r12, %rax
	cmpb	$0, 47(%rsp)
	movq	%rsi, 64(%rsp)
	movq	%rbx, 136(%rsp)
	movq	%rdi, 152(%rsp)
	movq	%r9, 80(%rsp)
	je	.LBB10_299
	leaq	(%rsi,%rcx,4), %rcx
	testq	%r12, %r12
	jle	.LBB10_298
	movq	%rbx, %rdx
	xorl	%r8d, %r8d
	movq	544(%rsp), %rbx
	jmp	.LBB10_326
	.p2align	4
.LBB10_332:
	incq	%r8
	addq	%r13, %rdi
	addq	$4, %rsi
	addq	%r13, %rdx
	cmpq	%r14, %r8
	je	.LBB10_333
.LBB10_326:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_332
	cmpq	$3, 176(%rsp)
	jae	.LBB10_337
	xorl	%r9d, %r9d
	jmp	.LBB10_329
	.p2align	4
.LBB10_337:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	movq	344(%rsp), %r11
	.p2align	4
.LBB10_338:
	movss	-12(%rdi,%r9,4), %xmm0
	movss	%xmm0, (%r10)
	movss	-8(%rdi,%r9,4), %xmm0
	movss	%xmm0, 24(%r10)
	movss	-4(%rdi,%r9,4), %xmm0
	movss	%xmm0, 48(%r10)
	movss	(%rdi,%r9,4), %xmm0
	movss	%xmm0, 72(%r10)
	addq	$4, %r9
	addq	$96, %r10
	cmpq	%r9, %r11
	jne	.LBB10_338
.LBB10_329:
	testb	$3, 32(%rsp)
	je	.LBB10_332
	leaq	(%r9,%r9,2), %r10
	leaq	(%rsi,%r10,8), %r10
	leaq	(%rdx,%r9,4), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB10_331:
	movss	(%r9,%r11,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%r11
	addq	$24, %r10
	cmpq	%r11, %rbx
	jne	.LBB10_331
	jmp	.LBB10_332
	.p2align	4
.LBB10_299:
	cmpq	$6, %r12
	jge	.LBB10_300
	cmpq	$0, 32(%rsp)
	movq	%r11, %r9
	jle	.LBB10_313
	shlq	$2, %r14
	movq	64(%rsp), %rbx
	movq	32(%rsp), %r15
	movq	112(%rsp), %r13
	jmp	.LBB10_316
	.p2align	4
.LBB10_317:
	xorl	%eax, %eax
.LBB10_324:
	leaq	(%rbx,%rax), %rdi
	movl	$24, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	addq	208(%rsp), %r13
	addq	$24, %rbx
	decq	%r15
	movq	104(%rsp), %r9
	xorps	%xmm12, %xmm12
	movq	248(%rsp), %r8
	je	.LBB10_313
.LBB10_316:
	testq	%r12, %r12
	jle	.LBB10_317
	movss	-20(%r13), %xmm0
	movss	%xmm0, (%rbx)
	movq	%r14, %rax
	cmpq	$2, 48(%rsp)
	jl	.LBB10_324
	movss	-16(%r13), %xmm0
	movss	%xmm0, 4(%rbx)
	movq	%r14, %rax
	je	.LBB10_324
	movss	-12(%r13), %xmm0
	movss	%xmm0, 8(%rbx)
	movq	%r14, %rax
	cmpq	$3, 48(%rsp)
	je	.LBB10_324
	movss	-8(%r13), %xmm0
	movss	%xmm0, 12(%rbx)
	movq	%r14, %rax
	cmpq	$4, 48(%rsp)
	je	.LBB10_324
	movss	-4(%r13), %xmm0
	movss	%xmm0, 16(%rbx)
	movq	%r14, %rax
	cmpq	$5, 48(%rsp)
	je	.LBB10_324
	movss	(%r13), %xmm0
	movss	%xmm0, 20(%rbx)
	movq	%r14, %rax
	jmp	.LBB10_324
	.p2align	4
.LBB10_333:
	cmpq	$6, %r12
	movq	192(%rsp), %r10
	movq	104(%rsp), %r9
	movq	248(%rsp), %r8
	jl	.LBB10_334
	jmp	.LBB10_313
	.p2align	4
.LBB10_300:
	cmpq	$0, 32(%rsp)
	movq	%r11, %r9
	jle	.LBB10_313
	movq	32(%rsp), %rbx
	cmpq	$52, %rbx
	jae	.LBB10_303
	xorl	%ecx, %ecx
	jmp	.LBB10_308
.LBB10_298:
	movq	%r11, %r9
	movq	192(%rsp), %r10
	jmp	.LBB10_334
	.p2align	4
.LBB10_343:
	addq	$4, %rcx
	cmpq	$5, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_313
.LBB10_334:
	movq	32(%rsp), %rdi
	testq	%rdi, %rdi
	movq	1112(%rsp), %rbx
	jle	.LBB10_343
	cmpq	$3, 176(%rsp)
	jae	.LBB10_344
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_341
	jmp	.LBB10_343
	.p2align	4
.LBB10_344:
	movq	%r10, %r11
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	360(%rsp), %r10
	.p2align	4
.LBB10_345:
	movl	$0, (%rsi)
	movl	$0, 24(%rsi)
	movl	$0, 48(%rsi)
	movl	$0, 72(%rsi)
	addq	$-4, %rdx
	addq	$96, %rsi
	cmpq	%rdx, %r10
	jne	.LBB10_345
	negq	%rdx
	movq	%r11, %r10
	testb	$3, %dil
	je	.LBB10_343
.LBB10_341:
	leaq	(%rdx,%rdx,2), %rdx
	leaq	(%rcx,%rdx,8), %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_342:
	movl	$0, (%rdx,%rsi)
	addq	$24, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_342
	jmp	.LBB10_343
.LBB10_303:
	movq	632(%rsp), %rax
	imulq	72(%rsp), %rax
	movq	528(%rsp), %rcx
	leaq	(%rcx,%rax), %rsi
	movq	520(%rsp), %rcx
	leaq	(%rcx,%rax), %rdi
	movq	456(%rsp), %rcx
	leaq	(%rcx,%rax), %r8
	movq	512(%rsp), %rcx
	leaq	(%rcx,%rax), %r9
	addq	624(%rsp), %rax
	cmpq	$1, 24(%rbp)
	setne	%cl
	movq	1008(%rsp), %r14
	movq	64(%rsp), %r12
	leaq	(%r12,%r14), %rdx
	cmpq	%r12, %rdx
	setb	%dl
	movzbl	271(%rsp), %r15d
	orb	%r15b, %dl
	leaq	(%rsi,%r14), %r10
	cmpq	%rsi, %r10
	setb	%sil
	orb	%r15b, %sil
	leaq	(%rdi,%r14), %r10
	cmpq	%rdi, %r10
	setb	%dil
	orb	%r15b, %dil
	leaq	(%r8,%r14), %r10
	cmpq	%r8, %r10
	setb	%r8b
	orb	%r15b, %r8b
	leaq	(%r9,%r14), %r10
	cmpq	%r9, %r10
	setb	%r9b
	orb	%r15b, %r9b
	leaq	(%rax,%r14), %r10
	cmpq	%rax, %r10
	setb	%al
	orb	%r15b, %al
	orb	%r9b, %al
	orb	%cl, %al
	orb	%dl, %sil
	orb	%dil, %r8b
	orb	%sil, %r8b
	orb	%al, %r8b
	testb	$1, %r8b
	je	.LBB10_305
	xorl	%ecx, %ecx
	movq	248(%rsp), %r8
	movq	%r11, %r9
	jmp	.LBB10_308
.LBB10_305:
	movq	%r12, %rax
	xorl	%ecx, %ecx
	movq	248(%rsp), %r8
	movq	344(%rsp), %rdx
	movq	%r11, %r9
	movq	128(%rsp), %rsi
	.p2align	4
.LBB10_306:
	movups	-20(%rsi,%rcx,4), %xmm0
	movups	-16(%rsi,%rcx,4), %xmm4
	movups	-12(%rsi,%rcx,4), %xmm3
	movups	-8(%rsi,%rcx,4), %xmm2
	movups	-4(%rsi,%rcx,4), %xmm5
	movups	(%rsi,%rcx,4), %xmm6
	movaps	%xmm2, %xmm7
	movlhps	%xmm3, %xmm7
	movaps	%xmm0, %xmm1
	unpcklps	%xmm4, %xmm1
	movaps	%xmm6, %xmm8
	movlhps	%xmm5, %xmm8
	shufps	$226, %xmm1, %xmm8
	shufps	$36, %xmm7, %xmm1
	movaps	%xmm6, %xmm7
	shufps	$85, %xmm5, %xmm7
	movaps	%xmm2, %xmm9
	shufps	$17, %xmm3, %xmm9
	shufps	$34, %xmm7, %xmm9
	movaps	%xmm2, %xmm7
	unpckhpd	%xmm3, %xmm7
	unpckhps	%xmm4, %xmm0
	movaps	%xmm6, %xmm4
	unpckhpd	%xmm5, %xmm4
	shufps	$226, %xmm0, %xmm4
	shufps	$36, %xmm7, %xmm0
	shufps	$255, %xmm5, %xmm6
	shufps	$51, %xmm3, %xmm2
	shufps	$34, %xmm6, %xmm2
	movups	%xmm2, 80(%rax)
	movups	%xmm4, 64(%rax)
	movups	%xmm0, 48(%rax)
	movups	%xmm9, 32(%rax)
	movups	%xmm8, 16(%rax)
	movups	%xmm1, (%rax)
	addq	$4, %rcx
	addq	$96, %rax
	cmpq	%rcx, %rdx
	jne	.LBB10_306
	movq	%rdx, %rcx
	cmpq	%rdx, %rbx
	je	.LBB10_313
.LBB10_308:
	movq	%rcx, %rax
	testb	$1, 32(%rsp)
	je	.LBB10_310
	movq	144(%rsp), %rax
	movq	80(%rsp), %rdx
	leaq	(%rax,%rdx,4), %rax
	movq	%rcx, %rdx
	imulq	24(%rbp), %rdx
	leaq	(%rcx,%rcx,2), %rsi
	movups	(%rax,%rdx,4), %xmm0
	movq	64(%rsp), %rdi
	movups	%xmm0, (%rdi,%rsi,8)
	movsd	16(%rax,%rdx,4), %xmm0
	movsd	%xmm0, 16(%rdi,%rsi,8)
	movq	%rcx, %rax
	orq	$1, %rax
.LBB10_310:
	cmpq	%rcx, 176(%rsp)
	je	.LBB10_313
	movq	32(%rsp), %rcx
	subq	%rax, %rcx
	leaq	(,%rax,8), %rdx
	leaq	(%rdx,%rdx,2), %rdx
	movq	208(%rsp), %rdi
	movq	%rdi, %rsi
	imulq	%rax, %rsi
	incq	%rax
	imulq	%rdi, %rax
	movq	96(%rsp), %rdi
	.p2align	4
.LBB10_312:
	movups	-16(%rdi,%rsi), %xmm0
	movq	64(%rsp), %r11
	movups	%xmm0, (%r11,%rdx)
	movsd	(%rdi,%rsi), %xmm0
	movsd	%xmm0, 16(%r11,%rdx)
	movups	-16(%rdi,%rax), %xmm0
	movups	%xmm0, 24(%r11,%rdx)
	movsd	(%rdi,%rax), %xmm0
	movsd	%xmm0, 40(%r11,%rdx)
	addq	$48, %rdx
	addq	552(%rsp), %rdi
	addq	$-2, %rcx
	jne	.LBB10_312
	jmp	.LBB10_313
.LBB10_399:
	movq	448(%rsp), %rax
	leaq	(%rax,%rbx,4), %rdi
	movq	120(%rsp), %r10
	leaq	-1(%r10), %rax
	movabsq	$-6148914691236517205, %rcx
	mulq	%rcx
	shrq	$3, %rdx
	movq	%rdx, 280(%rsp)
	leaq	(,%r14,4), %rax
	leaq	(%rax,%rsi,4), %rcx
	movq	952(%rsp), %rax
	leaq	(%rax,%rcx), %rdx
	movq	936(%rsp), %rax
	leaq	(%rax,%rcx), %rsi
	addq	600(%rsp), %rcx
	movq	%rcx, 224(%rsp)
	imulq	%r13, %rbx
	movq	440(%rsp), %rax
	leaq	(%rax,%rbx), %r9
	addq	392(%rsp), %rbx
	movq	%rdi, 304(%rsp)
	movq	%rdi, 184(%rsp)
	movq	456(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	896(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	$0, 88(%rsp)
	movq	328(%rsp), %rdi
	xorl	%r14d, %r14d
	jmp	.LBB10_400
	.p2align	4
.LBB10_415:
	movq	%r9, %r11
	movq	656(%rsp), %rax
	movq	96(%rsp), %rdi
	addq	%rax, %rdi
	movq	168(%rsp), %r14
	addq	$12, %r14
	movq	152(%rsp), %r10
	addq	$-12, %r10
	movq	144(%rsp), %rdx
	addq	$48, %rdx
	addq	%rax, 232(%rsp)
	movq	200(%rsp), %rsi
	addq	$48, %rsi
	addq	$48, 224(%rsp)
	addq	%rax, 216(%rsp)
	addq	$48, 184(%rsp)
	movq	1056(%rsp), %rax
	movq	160(%rsp), %r9
	addq	%rax, %r9
	movq	136(%rsp), %rbx
	addq	%rax, %rbx
	movq	88(%rsp), %rax
	cmpq	280(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 88(%rsp)
	movq	208(%rsp), %r13
	je	.LBB10_504
.LBB10_400:
	cmpq	$12, %r10
	movl	$12, %ecx
	cmovlq	%r10, %rcx
	cmpq	$2, %r10
	movl	$1, %r12d
	cmovgeq	%r10, %r12
	cmpq	$12, %r12
	movl	$12, %eax
	cmovgeq	%rax, %r12
	movq	120(%rsp), %r15
	subq	%r14, %r15
	cmpq	$12, %r15
	cmovlq	%r15, %rax
	cmpb	$0, 47(%rsp)
	movq	%rbx, 136(%rsp)
	movq	%rdx, 144(%rsp)
	movq	%rsi, 200(%rsp)
	movq	%r9, 160(%rsp)
	movq	%r10, 152(%rsp)
	movq	%rdi, 96(%rsp)
	movq	%r14, 168(%rsp)
	je	.LBB10_403
	leaq	(%rdi,%rcx,4), %rcx
	testq	%r15, %r15
	jle	.LBB10_402
	movq	%r15, 72(%rsp)
	movq	%rbx, %rdx
	movq	%rdi, %rsi
	movq	%r9, %rdi
	xorl	%r8d, %r8d
	movq	32(%rsp), %rbx
	movq	544(%rsp), %r14
	movq	344(%rsp), %r15
	jmp	.LBB10_426
	.p2align	4
.LBB10_432:
	incq	%r8
	addq	%r13, %rdi
	addq	$4, %rsi
	addq	%r13, %rdx
	cmpq	%r12, %r8
	je	.LBB10_433
.LBB10_426:
	testq	%rbx, %rbx
	jle	.LBB10_432
	cmpq	$3, 176(%rsp)
	jae	.LBB10_437
	xorl	%r9d, %r9d
	jmp	.LBB10_429
	.p2align	4
.LBB10_437:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	.p2align	4
.LBB10_438:
	movss	-12(%rdi,%r9,4), %xmm0
	movss	%xmm0, (%r10)
	movss	-8(%rdi,%r9,4), %xmm0
	movss	%xmm0, 48(%r10)
	movss	-4(%rdi,%r9,4), %xmm0
	movss	%xmm0, 96(%r10)
	movss	(%rdi,%r9,4), %xmm0
	movss	%xmm0, 144(%r10)
	addq	$4, %r9
	addq	$192, %r10
	cmpq	%r9, %r15
	jne	.LBB10_438
.LBB10_429:
	testq	%r14, %r14
	je	.LBB10_432
	leaq	(%r9,%r9,2), %r10
	shlq	$4, %r10
	addq	%rsi, %r10
	leaq	(%rdx,%r9,4), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB10_431:
	movss	(%r9,%r11,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%r11
	addq	$48, %r10
	cmpq	%r11, %r14
	jne	.LBB10_431
	jmp	.LBB10_432
	.p2align	4
.LBB10_403:
	cmpq	$12, %r15
	jge	.LBB10_404
	movq	%r15, 72(%rsp)
	movq	%r12, 112(%rsp)
	cmpq	$0, 32(%rsp)
	movq	%r11, %r9
	jle	.LBB10_415
	movq	112(%rsp), %rcx
	movl	%ecx, %r14d
	andl	$3, %r14d
	shll	$2, %r14d
	movl	%ecx, %ebx
	andl	$12, %ebx
	movq	88(%rsp), %rax
	imulq	656(%rsp), %rax
	addq	328(%rsp), %rax
	movq	%rax, 128(%rsp)
	shlq	$2, %rcx
	movq	%rcx, 80(%rsp)
	movq	184(%rsp), %rsi
	movq	96(%rsp), %r15
	movq	216(%rsp), %r12
	movq	224(%rsp), %r13
	xorl	%ecx, %ecx
	jmp	.LBB10_409
	.p2align	4
.LBB10_410:
	xorl	%ecx, %ecx
.LBB10_424:
	addq	%rcx, %rdi
	movl	$48, %edx
	subq	%rcx, %rdx
	movq	%rsi, 48(%rsp)
	xorl	%esi, %esi
	callq	memset@PLT
	movq	48(%rsp), %rsi
	movq	64(%rsp), %rcx
	incq	%rcx
	movq	208(%rsp), %rax
	addq	%rax, %r13
	addq	$48, %r12
	addq	$48, %r15
	addq	%rax, %rsi
	cmpq	32(%rsp), %rcx
	movq	104(%rsp), %r9
	xorps	%xmm12, %xmm12
	movq	248(%rsp), %r8
	je	.LBB10_415
.LBB10_409:
	leaq	(%rcx,%rcx,2), %rdi
	shlq	$4, %rdi
	addq	128(%rsp), %rdi
	cmpq	$0, 72(%rsp)
	movq	%rcx, 64(%rsp)
	jle	.LBB10_410
	cmpq	$4, 152(%rsp)
	jge	.LBB10_418
	xorl	%eax, %eax
	jmp	.LBB10_420
	.p2align	4
.LBB10_418:
	xorl	%eax, %eax
	.p2align	4
.LBB10_419:
	movss	-12(%r13,%rax,4), %xmm0
	movss	%xmm0, -12(%r12,%rax,4)
	movss	-8(%r13,%rax,4), %xmm0
	movss	%xmm0, -8(%r12,%rax,4)
	movss	-4(%r13,%rax,4), %xmm0
	movss	%xmm0, -4(%r12,%rax,4)
	movss	(%r13,%rax,4), %xmm0
	movss	%xmm0, (%r12,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %rbx
	jne	.LBB10_419
.LBB10_420:
	movq	80(%rsp), %rcx
	testb	$3, 112(%rsp)
	je	.LBB10_424
	leaq	(%r15,%rax,4), %rcx
	leaq	(%rsi,%rax,4), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB10_422:
	movss	(%rax,%rdx), %xmm0
	movss	%xmm0, (%rcx,%rdx)
	addq	$4, %rdx
	cmpq	%rdx, %r14
	jne	.LBB10_422
	movq	80(%rsp), %rcx
	jmp	.LBB10_424
	.p2align	4
.LBB10_433:
	cmpq	$12, 72(%rsp)
	movq	192(%rsp), %r10
	movq	104(%rsp), %r9
	movq	248(%rsp), %r8
	jl	.LBB10_434
	jmp	.LBB10_415
	.p2align	4
.LBB10_404:
	cmpq	$0, 32(%rsp)
	movq	%r11, %r9
	jle	.LBB10_415
	cmpq	$0, 176(%rsp)
	je	.LBB10_406
	movq	232(%rsp), %rcx
	xorl	%edx, %edx
	xorl	%eax, %eax
	movq	552(%rsp), %rsi
	movq	32(%rsp), %rdi
	movq	1024(%rsp), %r10
	movq	144(%rsp), %r9
	movq	200(%rsp), %rbx
	.p2align	4
.LBB10_412:
	movups	-32(%rbx,%rdx), %xmm0
	movups	%xmm0, -80(%rcx)
	movups	-16(%rbx,%rdx), %xmm0
	movups	%xmm0, -64(%rcx)
	movups	(%rbx,%rdx), %xmm0
	movups	%xmm0, -48(%rcx)
	movups	-32(%r9,%rdx), %xmm0
	movups	%xmm0, -32(%rcx)
	movups	-16(%r9,%rdx), %xmm0
	movups	%xmm0, -16(%rcx)
	movups	(%r9,%rdx), %xmm0
	movups	%xmm0, (%rcx)
	addq	$2, %rax
	addq	%rsi, %rdx
	addq	$96, %rcx
	cmpq	%rax, %r10
	jne	.LBB10_412
	jmp	.LBB10_413
.LBB10_402:
	movq	%r11, %r9
	movq	192(%rsp), %r10
	jmp	.LBB10_434
	.p2align	4
.LBB10_443:
	addq	$4, %rcx
	cmpq	$11, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_415
.LBB10_434:
	movq	32(%rsp), %rdi
	testq	%rdi, %rdi
	movq	1104(%rsp), %rbx
	jle	.LBB10_443
	cmpq	$3, 176(%rsp)
	jae	.LBB10_444
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_441
	jmp	.LBB10_443
	.p2align	4
.LBB10_444:
	movq	%r10, %r11
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	360(%rsp), %r10
	.p2align	4
.LBB10_445:
	movl	$0, (%rsi)
	movl	$0, 48(%rsi)
	movl	$0, 96(%rsi)
	movl	$0, 144(%rsi)
	addq	$-4, %rdx
	addq	$192, %rsi
	cmpq	%rdx, %r10
	jne	.LBB10_445
	negq	%rdx
	movq	%r11, %r10
	testb	$3, %dil
	je	.LBB10_443
.LBB10_441:
	leaq	(%rdx,%rdx,2), %rdx
	shlq	$4, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_442:
	movl	$0, (%rdx,%rsi)
	addq	$48, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_442
	jmp	.LBB10_443
.LBB10_406:
	xorl	%eax, %eax
	movq	32(%rsp), %rdi
.LBB10_413:
	testb	$1, %dil
	movq	%r11, %r9
	je	.LBB10_415
	movq	304(%rsp), %rcx
	movq	168(%rsp), %rdx
	leaq	(%rcx,%rdx,4), %rcx
	leaq	(%rax,%rax,2), %rdx
	imulq	24(%rbp), %rax
	shlq	$4, %rdx
	movups	(%rcx,%rax,4), %xmm0
	movq	96(%rsp), %rsi
	movups	%xmm0, (%rsi,%rdx)
	movups	16(%rcx,%rax,4), %xmm0
	movups	%xmm0, 16(%rsi,%rdx)
	movups	32(%rcx,%rax,4), %xmm0
	movups	%xmm0, 32(%rsi,%rdx)
	jmp	.LBB10_415
.LBB10_446:
	cmpq	$8, 32(%rsp)
	setae	%al
	movq	912(%rsp), %rcx
	imulq	%rdi, %rcx
	movq	%rcx, 304(%rsp)
	leaq	(,%rdi,4), %rcx
	movq	%rcx, 48(%rsp)
	movq	152(%rsp), %rcx
	movl	%ecx, %edx
	andl	$2147483640, %edx
	movq	%rdx, 224(%rsp)
	cmpl	$1, %edi
	sete	%dl
	andb	%al, %dl
	movb	%dl, 80(%rsp)
	shrl	$3, %ecx
	andl	$268435455, %ecx
	shlq	$5, %rcx
	movq	%rcx, 184(%rsp)
	leaq	(,%rsi,4), %rax
	leaq	(%rax,%r14,4), %rcx
	movq	504(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 232(%rsp)
	addq	944(%rsp), %rcx
	movq	%rcx, 216(%rsp)
	imulq	%r13, %rbx
	movq	904(%rsp), %rax
	addq	%rbx, %rax
	movq	%rax, 280(%rsp)
	movq	%r13, %rax
	imulq	%rdi, %rax
	movq	%rax, 400(%rsp)
	addq	392(%rsp), %rbx
	movq	%rdi, %rax
	shlq	$4, %rax
	movq	%rax, 72(%rsp)
	movq	328(%rsp), %rax
	movq	%rax, 168(%rsp)
	movq	512(%rsp), %rax
	movq	%rax, 160(%rsp)
	movq	$0, 368(%rsp)
	movq	120(%rsp), %rcx
	xorl	%edx, %edx
	movq	%rdi, 128(%rsp)
	jmp	.LBB10_447
	.p2align	4
.LBB10_503:
	movq	200(%rsp), %rdx
	addq	%rdi, %rdx
	incq	368(%rsp)
	movq	304(%rsp), %rax
	addq	%rax, 160(%rsp)
	movq	48(%rsp), %rcx
	addq	%rcx, 232(%rsp)
	addq	%rax, 168(%rsp)
	addq	%rcx, 216(%rsp)
	movq	400(%rsp), %rax
	addq	%rax, 280(%rsp)
	movq	136(%rsp), %rbx
	addq	%rax, %rbx
	cmpq	120(%rsp), %rdx
	movq	248(%rsp), %r8
	movq	208(%rsp), %r13
	movq	144(%rsp), %rcx
	jge	.LBB10_504
.LBB10_447:
	movq	%rcx, %r9
	subq	%rdi, %rcx
	cmovgeq	%rdi, %r9
	movq	120(%rsp), %rax
	subq	%rdx, %rax
	cmpq	%rdi, %rax
	movq	%rdi, %rsi
	cmovlq	%rax, %rsi
	cmpb	$0, 47(%rsp)
	movq	%rsi, 96(%rsp)
	movq	%r9, 64(%rsp)
	movq	%rbx, 136(%rsp)
	movq	%rcx, 144(%rsp)
	movq	%rdx, 200(%rsp)
	je	.LBB10_453
	movq	%rax, 112(%rsp)
	testq	%rsi, %rsi
	movq	32(%rsp), %r12
	jle	.LBB10_477
	movq	136(%rsp), %rcx
	movq	168(%rsp), %rdx
	movq	280(%rsp), %rsi
	movq	160(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB10_450
	.p2align	4
.LBB10_491:
	incq	%r8
	addq	$4, %rdi
	addq	%r13, %rsi
	addq	$4, %rdx
	addq	%r13, %rcx
	movq	64(%rsp), %r9
	cmpq	%r9, %r8
	je	.LBB10_477
.LBB10_450:
	testq	%r12, %r12
	jle	.LBB10_491
	cmpb	$0, 80(%rsp)
	je	.LBB10_452
	xorl	%r9d, %r9d
	movq	688(%rsp), %r11
	.p2align	4
.LBB10_483:
	movups	-16(%rsi,%r9,4), %xmm0
	movups	(%rsi,%r9,4), %xmm1
	movups	%xmm0, -16(%rdi,%r9,4)
	movups	%xmm1, (%rdi,%r9,4)
	addq	$8, %r9
	cmpq	%r9, %r11
	jne	.LBB10_483
	movq	%r11, %r10
	cmpq	%r11, %r12
	je	.LBB10_491
	jmp	.LBB10_485
	.p2align	4
.LBB10_452:
	xorl	%r10d, %r10d
.LBB10_485:
	movq	%r10, %r9
	testb	$3, %r12b
	movq	48(%rsp), %r14
	je	.LBB10_488
	movq	%r14, %r11
	imulq	%r10, %r11
	addq	%rdx, %r11
	movq	544(%rsp), %rbx
	movq	%r10, %r9
	.p2align	4
.LBB10_487:
	movss	(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r11)
	incq	%r9
	addq	%r14, %r11
	decq	%rbx
	jne	.LBB10_487
.LBB10_488:
	subq	%r12, %r10
	cmpq	$-4, %r10
	movq	72(%rsp), %rax
	ja	.LBB10_491
	leaq	3(%r9), %r10
	movq	48(%rsp), %r15
	imulq	%r15, %r10
	movq	%r15, %r11
	imulq	%r9, %r11
	leaq	2(%r9), %rbx
	imulq	%r15, %rbx
	leaq	1(%r9), %r14
	imulq	%r15, %r14
	movq	%rdx, %r15
	.p2align	4
.LBB10_490:
	movss	(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r15,%r11)
	movss	4(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r15,%r14)
	movss	8(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r15,%rbx)
	movss	12(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r15,%r10)
	addq	$4, %r9
	addq	%rax, %r15
	cmpq	%r9, %r12
	jne	.LBB10_490
	jmp	.LBB10_491
	.p2align	4
.LBB10_453:
	cmpq	%rdi, %rax
	movq	32(%rsp), %rax
	jge	.LBB10_454
	testq	%rax, %rax
	jle	.LBB10_503
	movq	%r9, %r15
	andq	$-8, %r15
	movq	304(%rsp), %rax
	imulq	368(%rsp), %rax
	addq	328(%rsp), %rax
	movq	%rax, 88(%rsp)
	movq	216(%rsp), %r14
	movq	168(%rsp), %r13
	movq	232(%rsp), %r12
	movq	160(%rsp), %rbx
	xorl	%edx, %edx
	jmp	.LBB10_461
	.p2align	4
.LBB10_476:
	incq	%rdx
	movq	48(%rsp), %rcx
	addq	%rcx, %rbx
	movq	208(%rsp), %rax
	addq	%rax, %r12
	addq	%rcx, %r13
	addq	%rax, %r14
	cmpq	32(%rsp), %rdx
	je	.LBB10_503
.LBB10_461:
	testq	%rsi, %rsi
	jle	.LBB10_462
	cmpq	$8, %r9
	jae	.LBB10_471
	xorl	%ecx, %ecx
	jmp	.LBB10_469
	.p2align	4
.LBB10_462:
	xorl	%eax, %eax
	jmp	.LBB10_474
	.p2align	4
.LBB10_471:
	xorl	%eax, %eax
	.p2align	4
.LBB10_472:
	movups	-16(%r12,%rax,4), %xmm0
	movups	(%r12,%rax,4), %xmm1
	movups	%xmm0, -16(%rbx,%rax,4)
	movups	%xmm1, (%rbx,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %r15
	jne	.LBB10_472
	movq	%r15, %rcx
	movq	%r9, %rax
	cmpq	%r15, %r9
	je	.LBB10_474
	.p2align	4
.LBB10_469:
	movss	(%r14,%rcx,4), %xmm0
	movss	%xmm0, (%r13,%rcx,4)
	incq	%rcx
	cmpq	%rcx, %r9
	jne	.LBB10_469
	movq	%r9, %rax
.LBB10_474:
	cmpq	%rdi, %rax
	jge	.LBB10_476
	movq	%rdx, %rcx
	movq	%rdx, 112(%rsp)
	movq	48(%rsp), %rdx
	imulq	%rdx, %rcx
	addq	88(%rsp), %rcx
	leaq	(%rcx,%rax,4), %rdi
	shlq	$2, %rax
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	112(%rsp), %rdx
	movq	64(%rsp), %r9
	movq	96(%rsp), %rsi
	movq	128(%rsp), %rdi
	xorps	%xmm12, %xmm12
	movq	104(%rsp), %r11
	jmp	.LBB10_476
	.p2align	4
.LBB10_477:
	movq	128(%rsp), %rdi
	cmpq	%rdi, 112(%rsp)
	movq	104(%rsp), %r11
	movq	96(%rsp), %r15
	jge	.LBB10_503
	movq	168(%rsp), %rax
	leaq	(%rax,%r9,4), %rax
	jmp	.LBB10_479
	.p2align	4
.LBB10_502:
	incq	%r15
	addq	$4, %rax
	cmpq	%rdi, %r15
	jge	.LBB10_503
.LBB10_479:
	movq	32(%rsp), %r9
	testq	%r9, %r9
	movq	688(%rsp), %rsi
	movq	48(%rsp), %rbx
	movq	72(%rsp), %r14
	jle	.LBB10_502
	cmpb	$0, 80(%rsp)
	je	.LBB10_481
	xorl	%ecx, %ecx
	.p2align	4
.LBB10_493:
	movups	%xmm12, (%rax,%rcx,4)
	movups	%xmm12, 16(%rax,%rcx,4)
	addq	$8, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB10_493
	movq	%rsi, %rdx
	cmpq	%rsi, %r9
	je	.LBB10_502
	jmp	.LBB10_495
	.p2align	4
.LBB10_481:
	xorl	%edx, %edx
.LBB10_495:
	movq	%rdx, %rcx
	testb	$3, %r9b
	je	.LBB10_499
	movq	%rbx, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	664(%rsp), %r8
	.p2align	4
.LBB10_497:
	movl	$0, (%rcx)
	decq	%rsi
	addq	%rbx, %rcx
	cmpq	%rsi, %r8
	jne	.LBB10_497
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB10_499:
	subq	%r9, %rdx
	cmpq	$-4, %rdx
	ja	.LBB10_502
	movq	%r9, %rdx
	subq	%rcx, %rdx
	leaq	3(%rcx), %rsi
	imulq	%rbx, %rsi
	leaq	2(%rcx), %r10
	imulq	%rbx, %r10
	leaq	1(%rcx), %r8
	imulq	%rbx, %r8
	imulq	%rbx, %rcx
	movq	%rax, %r9
	.p2align	4
.LBB10_501:
	movl	$0, (%r9,%rcx)
	movl	$0, (%r9,%r8)
	movl	$0, (%r9,%r10)
	movl	$0, (%r9,%rsi)
	addq	%r14, %r9
	addq	$-4, %rdx
	jne	.LBB10_501
	jmp	.LBB10_502
	.p2align	4
.LBB10_454:
	testq	%rax, %rax
	jle	.LBB10_503
	movq	216(%rsp), %rax
	movq	168(%rsp), %rcx
	movq	232(%rsp), %rdx
	movq	160(%rsp), %rsi
	xorl	%r14d, %r14d
	jmp	.LBB10_456
	.p2align	4
.LBB10_466:
	incq	%r14
	addq	%r15, %rsi
	addq	%r10, %rdx
	addq	%r15, %rcx
	addq	%r10, %rax
	cmpq	%rbx, %r14
	movq	128(%rsp), %rdi
	je	.LBB10_503
.LBB10_456:
	movq	152(%rsp), %rdi
	testl	%edi, %edi
	movq	208(%rsp), %r10
	movq	32(%rsp), %rbx
	movq	48(%rsp), %r15
	jle	.LBB10_466
	xorl	%r8d, %r8d
	cmpl	$8, %edi
	jb	.LBB10_458
	movq	184(%rsp), %r9
	.p2align	4
.LBB10_464:
	movups	-16(%rdx,%r8), %xmm0
	movups	(%rdx,%r8), %xmm1
	movups	%xmm0, -16(%rsi,%r8)
	movups	%xmm1, (%rsi,%r8)
	addq	$32, %r8
	cmpq	%r8, %r9
	jne	.LBB10_464
	movq	224(%rsp), %r12
	movq	%r12, %r8
	cmpl	%edi, %r12d
	je	.LBB10_466
	.p2align	4
.LBB10_458:
	movss	(%rax,%r8,4), %xmm0
	movss	%xmm0, (%rcx,%r8,4)
	incq	%r8
	cmpq	%r8, %rdi
	jne	.LBB10_458
	jmp	.LBB10_466
	.p2align	4
.LBB10_27:
	movl	88(%rsp), %esi
	cmpq	$32, %rsi
	movq	384(%rsp), %rdx
	movq	32(%rsp), %rdi
	je	.LBB10_129
	movq	32(%rbp), %rax
	leaq	(%rax,%r8,4), %rax
	cmpl	$16, %esi
	je	.LBB10_82
	cmpl	$8, %esi
	jne	.LBB10_172
	movq	%rdx, %rcx
	imulq	40(%rbp), %rcx
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, 216(%rsp)
	movq	%rdi, %rax
	shlq	$5, %rax
	movq	%rax, 168(%rsp)
	movq	128(%rsp), %rcx
	leaq	-1(%rcx), %rax
	shrq	$3, %rax
	movq	%rax, 224(%rsp)
	leaq	-1(%rdi), %rsi
	movl	%edi, %r9d
	andl	$3, %r9d
	movabsq	$9223372036854775804, %rax
	andq	%rax, %rdi
	movq	%rdi, 152(%rsp)
	movq	%rsi, 64(%rsp)
	shlq	$5, %rsi
	movq	%rsi, 288(%rsp)
	movq	%r13, %rax
	imulq	%r8, %rax
	leaq	(%rax,%rdx,4), %rsi
	movq	488(%rsp), %rax
	leaq	(%rax,%rsi), %r15
	addq	32(%rbp), %rsi
	negq	%rdi
	movl	%r9d, %ebx
	shll	$5, %ebx
	movq	%r13, %rax
	imulq	%rdx, %rax
	leaq	(%rax,%r8,4), %rdx
	movq	%rdi, %r8
	leaq	(%rax,%r10,4), %rdi
	addq	768(%rsp), %rdi
	movq	480(%rsp), %rax
	addq	%rdx, %rax
	movq	%rax, 160(%rsp)
	addq	584(%rsp), %rdx
	movq	%rdx, 256(%rsp)
	movq	%r9, 72(%rsp)
	leal	(,%r9,4), %eax
	movq	%rax, 80(%rsp)
	movq	736(%rsp), %r9
	movq	$0, 96(%rsp)
	movq	%rcx, %r10
	movq	320(%rsp), %rax
	movq	%rax, 240(%rsp)
	xorl	%edx, %edx
	movq	%r8, 120(%rsp)
	jmp	.LBB10_31
	.p2align	4
.LBB10_81:
	movq	168(%rsp), %rcx
	addq	%rcx, 240(%rsp)
	movq	88(%rsp), %rdx
	addq	$8, %rdx
	addq	$-8, %r10
	movq	960(%rsp), %rax
	movq	312(%rsp), %r15
	addq	%rax, %r15
	movq	112(%rsp), %r9
	addq	%rcx, %r9
	movq	200(%rsp), %rsi
	addq	%rax, %rsi
	movq	144(%rsp), %rdi
	addq	$32, %rdi
	addq	$32, 160(%rsp)
	addq	$32, 256(%rsp)
	movq	96(%rsp), %rax
	cmpq	224(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 96(%rsp)
	movq	272(%rsp), %r13
	je	.LBB10_230
.LBB10_31:
	cmpq	$8, %r10
	movl	$8, %ecx
	cmovlq	%r10, %rcx
	cmpq	$2, %r10
	movl	$1, %r12d
	cmovgeq	%r10, %r12
	cmpq	$8, %r12
	movl	$8, %eax
	cmovgeq	%rax, %r12
	movq	%r12, 48(%rsp)
	movq	128(%rsp), %r12
	subq	%rdx, %r12
	cmpq	$8, %r12
	cmovlq	%r12, %rax
	cmpl	$0, 300(%rsp)
	movq	%rsi, 200(%rsp)
	movq	%r15, 312(%rsp)
	movq	%rdi, 144(%rsp)
	movq	%r9, 112(%rsp)
	movq	%rdx, 88(%rsp)
	je	.LBB10_54
	movq	240(%rsp), %rdi
	leaq	(%rdi,%rcx,4), %rcx
	movq	%r12, 136(%rsp)
	testq	%r12, %r12
	movq	32(%rsp), %r12
	jle	.LBB10_42
	movq	%r10, 184(%rsp)
	movq	%rsi, %rdx
	movq	%rdi, %rsi
	movq	112(%rsp), %rdi
	movq	%r15, %r8
	xorl	%r9d, %r9d
	jmp	.LBB10_34
	.p2align	4
.LBB10_40:
	incq	%r9
	addq	%r13, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r13, %rdx
	cmpq	48(%rsp), %r9
	je	.LBB10_41
.LBB10_34:
	testq	%r12, %r12
	jle	.LBB10_40
	cmpq	$3, 64(%rsp)
	jae	.LBB10_45
	xorl	%r10d, %r10d
	jmp	.LBB10_37
	.p2align	4
.LBB10_45:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	movq	152(%rsp), %r15
	.p2align	4
.LBB10_46:
	movss	-12(%r8,%r10,4), %xmm0
	movss	%xmm0, -96(%r11)
	movss	-8(%r8,%r10,4), %xmm0
	movss	%xmm0, -64(%r11)
	movss	-4(%r8,%r10,4), %xmm0
	movss	%xmm0, -32(%r11)
	movss	(%r8,%r10,4), %xmm0
	movss	%xmm0, (%r11)
	addq	$4, %r10
	subq	$-128, %r11
	cmpq	%r10, %r15
	jne	.LBB10_46
.LBB10_37:
	cmpq	$0, 72(%rsp)
	movq	80(%rsp), %r14
	je	.LBB10_40
	leaq	(%rdx,%r10,4), %r11
	shlq	$5, %r10
	addq	%rsi, %r10
	xorl	%r15d, %r15d
	.p2align	4
.LBB10_39:
	movss	(%r11,%r15), %xmm0
	movss	%xmm0, (%r10,%r15,8)
	addq	$4, %r15
	cmpq	%r15, %r14
	jne	.LBB10_39
	jmp	.LBB10_40
	.p2align	4
.LBB10_41:
	cmpq	$8, 136(%rsp)
	movq	192(%rsp), %r14
	movq	104(%rsp), %r11
	movq	120(%rsp), %r8
	movq	184(%rsp), %r10
	jl	.LBB10_42
	jmp	.LBB10_81
	.p2align	4
.LBB10_51:
	addq	$4, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_81
.LBB10_42:
	movq	32(%rsp), %rdi
	testq	%rdi, %rdi
	jle	.LBB10_51
	cmpq	$3, 64(%rsp)
	jae	.LBB10_52
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_49
	jmp	.LBB10_51
	.p2align	4
.LBB10_52:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB10_53:
	movl	$0, (%rsi)
	movl	$0, 32(%rsi)
	movl	$0, 64(%rsi)
	movl	$0, 96(%rsi)
	addq	$-4, %rdx
	subq	$-128, %rsi
	cmpq	%rdx, %r8
	jne	.LBB10_53
	negq	%rdx
	testb	$3, %dil
	je	.LBB10_51
.LBB10_49:
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_50:
	movl	$0, (%rdx,%rsi)
	addq	$32, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_50
	jmp	.LBB10_51
	.p2align	4
.LBB10_54:
	cmpq	$8, %r12
	movq	32(%rsp), %rax
	jge	.LBB10_55
	movq	%r12, 136(%rsp)
	testq	%rax, %rax
	jle	.LBB10_81
	shlq	$2, 48(%rsp)
	movq	240(%rsp), %r12
	movq	32(%rsp), %r13
	movq	256(%rsp), %r15
	jmp	.LBB10_70
	.p2align	4
.LBB10_71:
	xorl	%eax, %eax
.LBB10_80:
	leaq	(%r12,%rax), %rdi
	movl	$32, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	movq	%r10, %r14
	callq	memset@PLT
	movq	%r14, %r10
	addq	272(%rsp), %r15
	addq	$32, %r12
	decq	%r13
	movq	192(%rsp), %r14
	movq	104(%rsp), %r11
	xorps	%xmm12, %xmm12
	movq	120(%rsp), %r8
	je	.LBB10_81
.LBB10_70:
	cmpq	$0, 136(%rsp)
	jle	.LBB10_71
	movss	-28(%r15), %xmm0
	movss	%xmm0, (%r12)
	movq	48(%rsp), %rax
	cmpq	$2, %r10
	jl	.LBB10_80
	movss	-24(%r15), %xmm0
	movss	%xmm0, 4(%r12)
	movq	48(%rsp), %rax
	je	.LBB10_80
	movss	-20(%r15), %xmm0
	movss	%xmm0, 8(%r12)
	movq	48(%rsp), %rax
	cmpq	$3, %r10
	je	.LBB10_80
	movss	-16(%r15), %xmm0
	movss	%xmm0, 12(%r12)
	movq	48(%rsp), %rax
	cmpq	$4, %r10
	je	.LBB10_80
	movss	-12(%r15), %xmm0
	movss	%xmm0, 16(%r12)
	movq	48(%rsp), %rax
	cmpq	$5, %r10
	je	.LBB10_80
	movss	-8(%r15), %xmm0
	movss	%xmm0, 20(%r12)
	movq	48(%rsp), %rax
	cmpq	$6, %r10
	je	.LBB10_80
	movss	-4(%r15), %xmm0
	movss	%xmm0, 24(%r12)
	movq	48(%rsp), %rax
	cmpq	$7, %r10
	je	.LBB10_80
	movss	(%r15), %xmm0
	movss	%xmm0, 28(%r12)
	movq	48(%rsp), %rax
	jmp	.LBB10_80
.LBB10_55:
	testq	%rax, %rax
	jle	.LBB10_81
	movq	32(%rsp), %r12
	cmpq	$52, %r12
	jae	.LBB10_58
	xorl	%eax, %eax
	jmp	.LBB10_63
.LBB10_58:
	movq	%r10, 184(%rsp)
	movq	168(%rsp), %rcx
	imulq	96(%rsp), %rcx
	movq	824(%rsp), %rax
	leaq	(%rax,%rcx), %rsi
	movq	816(%rsp), %rax
	leaq	(%rax,%rcx), %rdi
	movq	808(%rsp), %rax
	leaq	(%rax,%rcx), %r8
	movq	424(%rsp), %rax
	leaq	(%rax,%rcx), %r9
	movq	800(%rsp), %rax
	leaq	(%rax,%rcx), %r10
	movq	792(%rsp), %rax
	leaq	(%rax,%rcx), %r11
	addq	784(%rsp), %rcx
	movabsq	$576460752303423487, %rax
	cmpq	%rax, 64(%rsp)
	seta	%r14b
	cmpq	$1, 40(%rbp)
	setne	%al
	movq	288(%rsp), %r13
	movq	240(%rsp), %r15
	leaq	(%r15,%r13), %rdx
	cmpq	%r15, %rdx
	setb	%dl
	leaq	(%rsi,%r13), %r15
	cmpq	%rsi, %r15
	setb	%sil
	leaq	(%rdi,%r13), %r15
	cmpq	%rdi, %r15
	setb	%dil
	leaq	(%r8,%r13), %r15
	cmpq	%r8, %r15
	setb	%r8b
	leaq	(%r9,%r13), %r15
	cmpq	%r9, %r15
	setb	%r9b
	leaq	(%r10,%r13), %r15
	cmpq	%r10, %r15
	setb	%r10b
	leaq	(%r11,%r13), %r15
	cmpq	%r11, %r15
	setb	%r11b
	leaq	(%rcx,%r13), %r15
	cmpq	%rcx, %r15
	setb	%cl
	orb	%r14b, %dl
	orb	%sil, %dl
	orb	%dil, %r8b
	orb	%dl, %r8b
	orb	%r9b, %r10b
	orb	%r11b, %r10b
	orb	%r8b, %r10b
	orb	%al, %cl
	orb	%r10b, %cl
	xorl	%eax, %eax
	testb	$1, %cl
	je	.LBB10_60
	movq	192(%rsp), %r14
	movq	104(%rsp), %r11
	movq	120(%rsp), %r8
	movq	184(%rsp), %r10
	jmp	.LBB10_63
.LBB10_60:
	movq	152(%rsp), %rdx
	movq	%rdx, %rcx
	movq	192(%rsp), %r14
	movq	104(%rsp), %r11
	movq	120(%rsp), %r8
	movq	144(%rsp), %rsi
	movq	184(%rsp), %r10
	movq	240(%rsp), %rdi
	.p2align	4
.LBB10_61:
	movups	-28(%rsi,%rax), %xmm1
	movups	-24(%rsi,%rax), %xmm0
	movups	-20(%rsi,%rax), %xmm2
	movups	-16(%rsi,%rax), %xmm5
	movups	-12(%rsi,%rax), %xmm8
	movups	-8(%rsi,%rax), %xmm4
	movups	-4(%rsi,%rax), %xmm9
	movups	(%rsi,%rax), %xmm10
	movaps	%xmm10, %xmm6
	movlhps	%xmm9, %xmm6
	movaps	%xmm8, %xmm3
	unpcklps	%xmm4, %xmm3
	shufps	$36, %xmm6, %xmm3
	movaps	%xmm9, %xmm7
	unpcklps	%xmm10, %xmm7
	movaps	%xmm4, %xmm6
	shufps	$17, %xmm8, %xmm6
	shufps	$226, %xmm7, %xmm6
	movaps	%xmm10, %xmm11
	unpckhpd	%xmm9, %xmm11
	movaps	%xmm8, %xmm7
	unpckhps	%xmm4, %xmm7
	shufps	$36, %xmm11, %xmm7
	unpckhps	%xmm10, %xmm9
	shufps	$51, %xmm8, %xmm4
	shufps	$226, %xmm9, %xmm4
	movaps	%xmm5, %xmm8
	movlhps	%xmm2, %xmm8
	movaps	%xmm1, %xmm9
	unpcklps	%xmm0, %xmm9
	shufps	$36, %xmm8, %xmm9
	movaps	%xmm2, %xmm8
	unpcklps	%xmm5, %xmm8
	movaps	%xmm0, %xmm10
	shufps	$17, %xmm1, %xmm10
	shufps	$226, %xmm8, %xmm10
	movaps	%xmm5, %xmm8
	unpckhpd	%xmm2, %xmm8
	movaps	%xmm1, %xmm11
	unpckhps	%xmm0, %xmm11
	shufps	$36, %xmm8, %xmm11
	unpckhps	%xmm5, %xmm2
	shufps	$51, %xmm1, %xmm0
	shufps	$226, %xmm2, %xmm0
	movups	%xmm4, 112(%rdi,%rax,8)
	movups	%xmm0, 96(%rdi,%rax,8)
	movups	%xmm7, 80(%rdi,%rax,8)
	movups	%xmm11, 64(%rdi,%rax,8)
	movups	%xmm6, 48(%rdi,%rax,8)
	movups	%xmm10, 32(%rdi,%rax,8)
	movups	%xmm3, 16(%rdi,%rax,8)
	movups	%xmm9, (%rdi,%rax,8)
	addq	$16, %rax
	addq	$-4, %rcx
	jne	.LBB10_61
	movq	%rdx, %rax
	cmpq	%rdx, %r12
	je	.LBB10_81
.LBB10_63:
	movq	%rax, %rcx
	orq	$1, %rcx
	movq	32(%rsp), %rdi
	testb	$1, %dil
	je	.LBB10_65
	movq	216(%rsp), %rdx
	movq	88(%rsp), %rsi
	leaq	(%rdx,%rsi,4), %rdx
	movq	%rax, %rsi
	imulq	40(%rbp), %rsi
	shlq	$5, %rax
	movups	(%rdx,%rsi,4), %xmm0
	movq	240(%rsp), %r9
	movups	%xmm0, (%r9,%rax)
	movups	16(%rdx,%rsi,4), %xmm0
	movups	%xmm0, 16(%r9,%rax)
	movq	%rcx, %rax
.LBB10_65:
	cmpq	%rcx, %rdi
	je	.LBB10_81
	movq	32(%rsp), %rcx
	subq	%rax, %rcx
	movq	272(%rsp), %rdi
	movq	%rdi, %rdx
	imulq	%rax, %rdx
	movq	%rax, %rsi
	shlq	$5, %rsi
	addq	240(%rsp), %rsi
	incq	%rax
	imulq	%rdi, %rax
	movq	160(%rsp), %rdi
	.p2align	4
.LBB10_67:
	movups	-16(%rdi,%rdx), %xmm0
	movups	%xmm0, (%rsi)
	movups	(%rdi,%rdx), %xmm0
	movups	%xmm0, 16(%rsi)
	movups	-16(%rdi,%rax), %xmm0
	movups	%xmm0, 32(%rsi)
	movups	(%rdi,%rax), %xmm0
	movups	%xmm0, 48(%rsi)
	addq	616(%rsp), %rdi
	addq	$64, %rsi
	addq	$-2, %rcx
	jne	.LBB10_67
	jmp	.LBB10_81
.LBB10_82:
	movq	%rdx, %rsi
	movq	%rdx, %rcx
	movq	40(%rbp), %rdx
	imulq	%rdx, %rcx
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, 360(%rsp)
	movq	%rdi, %rax
	shlq	$6, %rax
	movq	%rax, 160(%rsp)
	movq	128(%rsp), %rbx
	leaq	-1(%rbx), %rax
	shrq	$4, %rax
	movq	%rax, 280(%rsp)
	movl	%edi, %r12d
	andl	$3, %r12d
	movq	%rdi, %r15
	movabsq	$9223372036854775804, %rax
	andq	%rax, %r15
	addq	$2, %rax
	andq	%rdi, %rax
	movq	%rax, 464(%rsp)
	imulq	%r13, %r8
	leaq	(%r8,%rsi,4), %rcx
	movq	488(%rsp), %rax
	leaq	(%rax,%rcx), %r8
	addq	32(%rbp), %rcx
	movq	%r15, %r9
	negq	%r9
	movq	%r12, 400(%rsp)
	shll	$6, %r12d
	leaq	4(,%rsi,4), %rax
	imulq	%rdx, %rax
	movq	%rcx, %rdx
	leaq	(%rax,%r10,4), %rax
	movq	776(%rsp), %rcx
	addq	%rcx, %rax
	movq	%rax, 216(%rsp)
	movq	%r13, %rax
	imulq	%rsi, %rax
	leaq	(%rax,%r10,4), %rsi
	leaq	(%rcx,%rsi), %rax
	movq	%rax, 232(%rsp)
	movq	496(%rsp), %rax
	addq	%rsi, %rax
	movq	%rax, 184(%rsp)
	addq	432(%rsp), %rsi
	movq	%rsi, 224(%rsp)
	leaq	-1(%rdi), %rax
	movq	%rax, 48(%rsp)
	movq	424(%rsp), %rax
	movq	%rax, 288(%rsp)
	movq	592(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	744(%rsp), %r10
	movq	$0, 88(%rsp)
	movq	320(%rsp), %rsi
	xorl	%edi, %edi
	movq	%r15, 304(%rsp)
	movq	%r9, 120(%rsp)
	jmp	.LBB10_83
	.p2align	4
.LBB10_128:
	movq	%rdi, %r14
	movq	160(%rsp), %rcx
	movq	96(%rsp), %rsi
	addq	%rcx, %rsi
	movq	144(%rsp), %rdi
	addq	$16, %rdi
	movq	136(%rsp), %rbx
	addq	$-16, %rbx
	movq	968(%rsp), %rax
	movq	312(%rsp), %r8
	addq	%rax, %r8
	movq	240(%rsp), %r10
	addq	%rcx, %r10
	movq	200(%rsp), %rdx
	addq	%rax, %rdx
	addq	$64, 216(%rsp)
	addq	%rcx, 176(%rsp)
	addq	$64, 232(%rsp)
	addq	%rcx, 288(%rsp)
	addq	$64, 184(%rsp)
	addq	$64, 224(%rsp)
	movq	88(%rsp), %rax
	cmpq	280(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 88(%rsp)
	movq	272(%rsp), %r13
	movq	304(%rsp), %r15
	je	.LBB10_230
.LBB10_83:
	movq	%rbx, 136(%rsp)
	cmpq	$2, %rbx
	movl	$1, %ecx
	cmovgeq	%rbx, %rcx
	cmpq	$16, %rcx
	movl	$16, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 64(%rsp)
	cmpq	$16, %rbx
	movl	$16, %ecx
	cmovlq	%rbx, %rcx
	movq	128(%rsp), %rbx
	movq	%rdi, 144(%rsp)
	subq	%rdi, %rbx
	cmpq	$16, %rbx
	cmovlq	%rbx, %rax
	cmpl	$0, 300(%rsp)
	movq	%rdx, 200(%rsp)
	movq	%r8, 312(%rsp)
	movq	%r10, 240(%rsp)
	movq	%rsi, 96(%rsp)
	je	.LBB10_107
	leaq	(%rsi,%rcx,4), %rcx
	testq	%rbx, %rbx
	jle	.LBB10_85
	movq	%rbx, 80(%rsp)
	movq	%r10, %rdi
	xorl	%r9d, %r9d
	movq	400(%rsp), %r14
	jmp	.LBB10_87
	.p2align	4
.LBB10_93:
	incq	%r9
	addq	%r13, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r13, %rdx
	cmpq	64(%rsp), %r9
	je	.LBB10_94
.LBB10_87:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_93
	cmpq	$3, 48(%rsp)
	jae	.LBB10_98
	xorl	%r10d, %r10d
	jmp	.LBB10_90
	.p2align	4
.LBB10_98:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB10_99:
	movss	-12(%r8,%r10,4), %xmm0
	movss	%xmm0, -192(%r11)
	movss	-8(%r8,%r10,4), %xmm0
	movss	%xmm0, -128(%r11)
	movss	-4(%r8,%r10,4), %xmm0
	movss	%xmm0, -64(%r11)
	movss	(%r8,%r10,4), %xmm0
	movss	%xmm0, (%r11)
	addq	$4, %r10
	addq	$256, %r11
	cmpq	%r10, %r15
	jne	.LBB10_99
.LBB10_90:
	testq	%r14, %r14
	je	.LBB10_93
	leaq	(%rdx,%r10,4), %r11
	shlq	$6, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_92:
	movss	(%r11,%rbx,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%rbx
	addq	$64, %r10
	cmpq	%rbx, %r14
	jne	.LBB10_92
	jmp	.LBB10_93
	.p2align	4
.LBB10_94:
	cmpq	$16, 80(%rsp)
	movq	192(%rsp), %rdi
	movq	104(%rsp), %r11
	movq	120(%rsp), %r9
	jl	.LBB10_95
	jmp	.LBB10_128
	.p2align	4
.LBB10_107:
	cmpq	$16, %rbx
	movq	%r14, %rdi
	jge	.LBB10_108
	movq	%rbx, 80(%rsp)
	cmpq	$0, 32(%rsp)
	jle	.LBB10_128
	movq	64(%rsp), %rcx
	movl	%ecx, %eax
	andl	$24, %eax
	movq	%rax, 256(%rsp)
	movq	88(%rsp), %rax
	imulq	160(%rsp), %rax
	addq	320(%rsp), %rax
	movq	%rax, 152(%rsp)
	leaq	(,%rcx,4), %rax
	movq	%rax, 112(%rsp)
	andl	$24, %ecx
	movq	%rcx, 168(%rsp)
	movq	224(%rsp), %r13
	movq	96(%rsp), %r14
	movq	184(%rsp), %r15
	movq	288(%rsp), %rbx
	xorl	%ecx, %ecx
	jmp	.LBB10_117
	.p2align	4
.LBB10_118:
	xorl	%ecx, %ecx
.LBB10_127:
	addq	%rcx, %rdi
	movl	$64, %edx
	subq	%rcx, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	72(%rsp), %rcx
	incq	%rcx
	addq	$64, %rbx
	movq	272(%rsp), %rax
	addq	%rax, %r15
	addq	$64, %r14
	addq	%rax, %r13
	cmpq	32(%rsp), %rcx
	movq	192(%rsp), %rdi
	movq	104(%rsp), %r11
	xorps	%xmm12, %xmm12
	movq	120(%rsp), %r9
	je	.LBB10_128
.LBB10_117:
	movq	%rcx, %rdi
	shlq	$6, %rdi
	addq	152(%rsp), %rdi
	cmpq	$0, 80(%rsp)
	movq	%rcx, 72(%rsp)
	jle	.LBB10_118
	cmpq	$8, 136(%rsp)
	jge	.LBB10_121
	xorl	%eax, %eax
	jmp	.LBB10_124
	.p2align	4
.LBB10_121:
	xorl	%eax, %eax
	movq	64(%rsp), %rdx
	movq	256(%rsp), %rcx
	.p2align	4
.LBB10_122:
	movups	-16(%r15,%rax,4), %xmm0
	movups	(%r15,%rax,4), %xmm1
	movups	%xmm0, -16(%rbx,%rax,4)
	movups	%xmm1, (%rbx,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rcx
	jne	.LBB10_122
	movq	168(%rsp), %rsi
	movq	%rsi, %rax
	movq	112(%rsp), %rcx
	cmpq	%rsi, %rdx
	je	.LBB10_127
.LBB10_124:
	movq	64(%rsp), %rcx
	.p2align	4
.LBB10_125:
	movss	(%r13,%rax,4), %xmm0
	movss	%xmm0, (%r14,%rax,4)
	incq	%rax
	cmpq	%rax, %rcx
	jne	.LBB10_125
	movq	112(%rsp), %rcx
	jmp	.LBB10_127
	.p2align	4
.LBB10_85:
	movq	%r14, %rdi
	jmp	.LBB10_95
	.p2align	4
.LBB10_104:
	addq	$4, %rcx
	cmpq	$15, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_128
.LBB10_95:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_104
	cmpq	$3, 48(%rsp)
	jae	.LBB10_105
	xorl	%edx, %edx
	testb	$3, 32(%rsp)
	jne	.LBB10_102
	jmp	.LBB10_104
	.p2align	4
.LBB10_105:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB10_106:
	movl	$0, (%rsi)
	movl	$0, 64(%rsi)
	movl	$0, 128(%rsi)
	movl	$0, 192(%rsi)
	addq	$-4, %rdx
	addq	$256, %rsi
	cmpq	%rdx, %r9
	jne	.LBB10_106
	negq	%rdx
	testb	$3, 32(%rsp)
	je	.LBB10_104
.LBB10_102:
	shlq	$6, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_103:
	movl	$0, (%rdx,%rsi)
	addq	$64, %rsi
	cmpq	%rsi, %r12
	jne	.LBB10_103
	jmp	.LBB10_104
.LBB10_108:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_128
	cmpq	$0, 48(%rsp)
	je	.LBB10_110
	movq	176(%rsp), %rcx
	xorl	%edx, %edx
	xorl	%eax, %eax
	movq	616(%rsp), %rsi
	movq	464(%rsp), %r8
	movq	216(%rsp), %r10
	movq	232(%rsp), %rbx
	.p2align	4
.LBB10_112:
	movups	-48(%rbx,%rdx), %xmm0
	movups	%xmm0, -112(%rcx)
	movups	-32(%rbx,%rdx), %xmm0
	movups	%xmm0, -96(%rcx)
	movups	-16(%rbx,%rdx), %xmm0
	movups	%xmm0, -80(%rcx)
	movups	(%rbx,%rdx), %xmm0
	movups	%xmm0, -64(%rcx)
	movups	-48(%r10,%rdx), %xmm0
	movups	%xmm0, -48(%rcx)
	movups	-32(%r10,%rdx), %xmm0
	movups	%xmm0, -32(%rcx)
	movups	-16(%r10,%rdx), %xmm0
	movups	%xmm0, -16(%rcx)
	movups	(%r10,%rdx), %xmm0
	movups	%xmm0, (%rcx)
	addq	$2, %rax
	addq	%rsi, %rdx
	subq	$-128, %rcx
	cmpq	%rax, %r8
	jne	.LBB10_112
	testb	$1, 32(%rsp)
	je	.LBB10_128
	jmp	.LBB10_114
.LBB10_110:
	xorl	%eax, %eax
	testb	$1, 32(%rsp)
	je	.LBB10_128
.LBB10_114:
	movq	360(%rsp), %rcx
	movq	144(%rsp), %rdx
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rax, %rdx
	imulq	40(%rbp), %rdx
	shlq	$6, %rax
	movups	(%rcx,%rdx,4), %xmm0
	movq	96(%rsp), %rsi
	movups	%xmm0, (%rsi,%rax)
	movups	16(%rcx,%rdx,4), %xmm0
	movups	%xmm0, 16(%rsi,%rax)
	movups	32(%rcx,%rdx,4), %xmm0
	movups	%xmm0, 32(%rsi,%rax)
	movups	48(%rcx,%rdx,4), %xmm0
	movups	%xmm0, 48(%rsi,%rax)
	jmp	.LBB10_128
.LBB10_129:
	movq	%rdi, %rax
	shlq	$7, %rax
	movq	%rax, 160(%rsp)
	movq	128(%rsp), %rcx
	leaq	-1(%rcx), %rax
	shrq	$5, %rax
	movq	%rax, 176(%rsp)
	leaq	-1(%rdi), %rax
	movq	%rax, 64(%rsp)
	movl	%edi, %r12d
	andl	$3, %r12d
	movq	%rdi, %r15
	movabsq	$9223372036854775804, %rax
	andq	%rax, %r15
	movq	%r13, %rax
	imulq	%r8, %rax
	leaq	(%rax,%rdx,4), %rsi
	movq	488(%rsp), %rax
	leaq	(%rax,%rsi), %r9
	addq	32(%rbp), %rsi
	movq	%r15, %rdi
	negq	%rdi
	movq	%r12, 304(%rsp)
	shll	$7, %r12d
	movq	%r13, %rax
	imulq	%rdx, %rax
	leaq	(%rax,%r8,4), %rdx
	movq	%rdi, %r8
	addq	752(%rsp), %rdx
	movq	%rdx, 224(%rsp)
	leaq	(%rax,%r10,4), %rdx
	movq	496(%rsp), %rax
	addq	%rdx, %rax
	movq	%rax, 288(%rsp)
	addq	432(%rsp), %rdx
	movq	%rdx, 184(%rsp)
	movq	424(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	592(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	760(%rsp), %r10
	movq	$0, 96(%rsp)
	movq	%rcx, %rdx
	movq	320(%rsp), %rbx
	xorl	%edi, %edi
	movq	%r15, 280(%rsp)
	movq	%r8, 120(%rsp)
	jmp	.LBB10_130
	.p2align	4
.LBB10_171:
	movq	%rdi, %r14
	movq	160(%rsp), %rcx
	movq	88(%rsp), %rbx
	addq	%rcx, %rbx
	movq	240(%rsp), %rdi
	addq	$32, %rdi
	movq	136(%rsp), %rdx
	addq	$-32, %rdx
	movq	976(%rsp), %rax
	movq	200(%rsp), %r9
	addq	%rax, %r9
	movq	312(%rsp), %r10
	addq	%rcx, %r10
	movq	144(%rsp), %rsi
	addq	%rax, %rsi
	addq	%rcx, 232(%rsp)
	subq	$-128, 224(%rsp)
	addq	%rcx, 216(%rsp)
	subq	$-128, 288(%rsp)
	subq	$-128, 184(%rsp)
	movq	96(%rsp), %rax
	cmpq	176(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 96(%rsp)
	movq	272(%rsp), %r13
	movq	280(%rsp), %r15
	je	.LBB10_230
.LBB10_130:
	movq	%rdx, 136(%rsp)
	cmpq	$2, %rdx
	movl	$1, %ecx
	cmovgeq	%rdx, %rcx
	cmpq	$32, %rcx
	movl	$32, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 48(%rsp)
	cmpq	$32, %rdx
	movl	$32, %ecx
	cmovlq	%rdx, %rcx
	movq	128(%rsp), %rdx
	movq	%rdi, 240(%rsp)
	subq	%rdi, %rdx
	cmpq	$32, %rdx
	cmovlq	%rdx, %rax
	cmpl	$0, 300(%rsp)
	movq	%rdx, 80(%rsp)
	movq	%rsi, 144(%rsp)
	movq	%r9, 200(%rsp)
	movq	%r10, 312(%rsp)
	movq	%rbx, 88(%rsp)
	je	.LBB10_154
	leaq	(%rbx,%rcx,4), %rcx
	testq	%rdx, %rdx
	jle	.LBB10_132
	movq	%rsi, %rdx
	movq	%rbx, %rsi
	movq	%r10, %rdi
	movq	%r9, %r8
	xorl	%r9d, %r9d
	movq	304(%rsp), %r14
	jmp	.LBB10_134
	.p2align	4
.LBB10_140:
	incq	%r9
	addq	%r13, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r13, %rdx
	cmpq	48(%rsp), %r9
	je	.LBB10_141
.LBB10_134:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_140
	cmpq	$3, 64(%rsp)
	jae	.LBB10_145
	xorl	%r10d, %r10d
	jmp	.LBB10_137
	.p2align	4
.LBB10_145:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB10_146:
	movss	-12(%r8,%r10,4), %xmm0
	movss	%xmm0, -384(%r11)
	movss	-8(%r8,%r10,4), %xmm0
	movss	%xmm0, -256(%r11)
	movss	-4(%r8,%r10,4), %xmm0
	movss	%xmm0, -128(%r11)
	movss	(%r8,%r10,4), %xmm0
	movss	%xmm0, (%r11)
	addq	$4, %r10
	addq	$512, %r11
	cmpq	%r10, %r15
	jne	.LBB10_146
.LBB10_137:
	testq	%r14, %r14
	je	.LBB10_140
	leaq	(%rdx,%r10,4), %r11
	shlq	$7, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_139:
	movss	(%r11,%rbx,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%rbx
	subq	$-128, %r10
	cmpq	%rbx, %r14
	jne	.LBB10_139
	jmp	.LBB10_140
	.p2align	4
.LBB10_141:
	cmpq	$32, 80(%rsp)
	movq	192(%rsp), %rdi
	movq	104(%rsp), %r11
	movq	120(%rsp), %r8
	jl	.LBB10_142
	jmp	.LBB10_171
	.p2align	4
.LBB10_154:
	cmpq	$32, %rdx
	movq	%r14, %rdi
	jge	.LBB10_155
	cmpq	$0, 32(%rsp)
	jle	.LBB10_171
	movq	48(%rsp), %rcx
	movl	%ecx, %eax
	andl	$56, %eax
	movq	%rax, 256(%rsp)
	movq	96(%rsp), %rax
	imulq	160(%rsp), %rax
	addq	320(%rsp), %rax
	movq	%rax, 152(%rsp)
	leaq	(,%rcx,4), %rax
	movq	%rax, 112(%rsp)
	andl	$56, %ecx
	movq	%rcx, 168(%rsp)
	movq	184(%rsp), %rbx
	movq	88(%rsp), %r15
	movq	288(%rsp), %r13
	movq	216(%rsp), %r14
	xorl	%ecx, %ecx
	jmp	.LBB10_160
	.p2align	4
.LBB10_161:
	xorl	%ecx, %ecx
.LBB10_170:
	addq	%rcx, %rdi
	movl	$128, %edx
	subq	%rcx, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	72(%rsp), %rcx
	incq	%rcx
	subq	$-128, %r14
	movq	272(%rsp), %rax
	addq	%rax, %r13
	subq	$-128, %r15
	addq	%rax, %rbx
	cmpq	32(%rsp), %rcx
	movq	192(%rsp), %rdi
	movq	104(%rsp), %r11
	xorps	%xmm12, %xmm12
	movq	120(%rsp), %r8
	movq	80(%rsp), %rdx
	je	.LBB10_171
.LBB10_160:
	movq	%rcx, %rdi
	shlq	$7, %rdi
	addq	152(%rsp), %rdi
	testq	%rdx, %rdx
	movq	%rcx, 72(%rsp)
	jle	.LBB10_161
	cmpq	$8, 136(%rsp)
	jge	.LBB10_164
	xorl	%eax, %eax
	jmp	.LBB10_167
	.p2align	4
.LBB10_164:
	xorl	%eax, %eax
	movq	48(%rsp), %rdx
	movq	256(%rsp), %rcx
	.p2align	4
.LBB10_165:
	movups	-16(%r13,%rax,4), %xmm0
	movups	(%r13,%rax,4), %xmm1
	movups	%xmm0, -16(%r14,%rax,4)
	movups	%xmm1, (%r14,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rcx
	jne	.LBB10_165
	movq	168(%rsp), %rsi
	movq	%rsi, %rax
	movq	112(%rsp), %rcx
	cmpq	%rsi, %rdx
	je	.LBB10_170
.LBB10_167:
	movq	48(%rsp), %rcx
	.p2align	4
.LBB10_168:
	movss	(%rbx,%rax,4), %xmm0
	movss	%xmm0, (%r15,%rax,4)
	incq	%rax
	cmpq	%rax, %rcx
	jne	.LBB10_168
	movq	112(%rsp), %rcx
	jmp	.LBB10_170
	.p2align	4
.LBB10_132:
	movq	%r14, %rdi
	jmp	.LBB10_142
	.p2align	4
.LBB10_151:
	addq	$4, %rcx
	cmpq	$31, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_171
.LBB10_142:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_151
	cmpq	$3, 64(%rsp)
	jae	.LBB10_152
	xorl	%edx, %edx
	testb	$3, 32(%rsp)
	jne	.LBB10_149
	jmp	.LBB10_151
	.p2align	4
.LBB10_152:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB10_153:
	movl	$0, (%rsi)
	movl	$0, 128(%rsi)
	movl	$0, 256(%rsi)
	movl	$0, 384(%rsi)
	addq	$-4, %rdx
	addq	$512, %rsi
	cmpq	%rdx, %r8
	jne	.LBB10_153
	negq	%rdx
	testb	$3, 32(%rsp)
	je	.LBB10_151
.LBB10_149:
	shlq	$7, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_150:
	movl	$0, (%rdx,%rsi)
	subq	$-128, %rsi
	cmpq	%rsi, %r12
	jne	.LBB10_150
	jmp	.LBB10_151
.LBB10_155:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_171
	movq	224(%rsp), %rax
	movq	232(%rsp), %rcx
	movq	32(%rsp), %rdx
	.p2align	4
.LBB10_157:
	movups	-112(%rax), %xmm0
	movups	%xmm0, -112(%rcx)
	movups	-96(%rax), %xmm0
	movups	%xmm0, -96(%rcx)
	movups	-80(%rax), %xmm0
	movups	%xmm0, -80(%rcx)
	movups	-64(%rax), %xmm0
	movups	%xmm0, -64(%rcx)
	movups	-48(%rax), %xmm0
	movups	%xmm0, -48(%rcx)
	movups	-32(%rax), %xmm0
	movups	%xmm0, -32(%rcx)
	movups	-16(%rax), %xmm0
	movups	%xmm0, -16(%rcx)
	movups	(%rax), %xmm0
	movups	%xmm0, (%rcx)
	subq	$-128, %rcx
	addq	272(%rsp), %rax
	decq	%rdx
	jne	.LBB10_157
	jmp	.LBB10_171
.LBB10_172:
	movq	%rdi, %rax
	movq	88(%rsp), %rcx
	imulq	%rcx, %rax
	shlq	$2, %rax
	movq	%rax, 176(%rsp)
	cmpq	$8, %rdi
	setae	%al
	cmpl	$1, %ecx
	sete	%r9b
	andb	%al, %r9b
	movb	%r9b, 72(%rsp)
	movabsq	$9223372036854775804, %rax
	addq	$-4, %rax
	andq	%rdi, %rax
	movq	%rax, 80(%rsp)
	andl	$3, %edi
	movl	%esi, %eax
	andl	$2147483640, %eax
	movq	%rax, 216(%rsp)
	imulq	%r13, %r8
	leaq	(%r8,%rdx,4), %r8
	movq	480(%rsp), %rax
	addq	%r8, %rax
	movq	%rax, 224(%rsp)
	movq	%r13, %rax
	imulq	%rcx, %rax
	movq	%rax, 304(%rsp)
	addq	32(%rbp), %r8
	movq	%r8, 160(%rsp)
	movq	%rcx, %rax
	shlq	$4, %rax
	movq	%rax, 48(%rsp)
	movq	%rdi, 136(%rsp)
	negq	%rdi
	movq	%rdi, 96(%rsp)
	movq	%rsi, 120(%rsp)
	shrl	$3, %esi
	andl	$268435455, %esi
	shlq	$5, %rsi
	movq	%rsi, 232(%rsp)
	movq	%r13, %rax
	imulq	%rdx, %rax
	leaq	(%rax,%r10,4), %rdx
	movq	%rcx, %r10
	movq	496(%rsp), %rax
	addq	%rdx, %rax
	movq	%rax, 288(%rsp)
	addq	432(%rsp), %rdx
	movq	%rdx, 184(%rsp)
	leaq	(,%rcx,4), %r12
	movq	320(%rsp), %rax
	movq	%rax, 256(%rsp)
	movq	424(%rsp), %rax
	movq	%rax, 168(%rsp)
	movq	$0, 280(%rsp)
	movq	128(%rsp), %rax
	xorl	%edx, %edx
	jmp	.LBB10_173
	.p2align	4
.LBB10_229:
	movq	200(%rsp), %rdx
	addq	%r10, %rdx
	incq	280(%rsp)
	movq	176(%rsp), %rax
	addq	%rax, 168(%rsp)
	movq	304(%rsp), %rcx
	addq	%rcx, 224(%rsp)
	addq	%rax, 256(%rsp)
	addq	%rcx, 160(%rsp)
	addq	%r12, 288(%rsp)
	addq	%r12, 184(%rsp)
	cmpq	128(%rsp), %rdx
	movq	192(%rsp), %r14
	movq	272(%rsp), %r13
	movq	144(%rsp), %rax
	jge	.LBB10_230
.LBB10_173:
	movq	%rax, %r9
	subq	%r10, %rax
	cmovgeq	%r10, %r9
	movq	128(%rsp), %rcx
	subq	%rdx, %rcx
	cmpq	%r10, %rcx
	movq	%r10, %rsi
	cmovlq	%rcx, %rsi
	cmpl	$0, 300(%rsp)
	movq	%rsi, 112(%rsp)
	movq	%r9, 64(%rsp)
	movq	%rax, 144(%rsp)
	movq	%rdx, 200(%rsp)
	je	.LBB10_205
	movq	%rcx, 152(%rsp)
	testq	%rsi, %rsi
	jle	.LBB10_179
	movq	160(%rsp), %rcx
	movq	256(%rsp), %rdx
	movq	224(%rsp), %rsi
	movq	168(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB10_176
	.p2align	4
.LBB10_193:
	incq	%r8
	addq	$4, %rdi
	movq	272(%rsp), %r13
	addq	%r13, %rsi
	addq	$4, %rdx
	addq	%r13, %rcx
	movq	64(%rsp), %r9
	cmpq	%r9, %r8
	je	.LBB10_179
.LBB10_176:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_193
	cmpb	$0, 72(%rsp)
	je	.LBB10_178
	xorl	%r9d, %r9d
	movq	80(%rsp), %rax
	.p2align	4
.LBB10_185:
	movups	-16(%rsi,%r9,4), %xmm0
	movups	(%rsi,%r9,4), %xmm1
	movups	%xmm0, -16(%rdi,%r9,4)
	movups	%xmm1, (%rdi,%r9,4)
	addq	$8, %r9
	cmpq	%r9, %rax
	jne	.LBB10_185
	movq	%rax, %r10
	cmpq	%rax, 32(%rsp)
	je	.LBB10_193
	jmp	.LBB10_187
	.p2align	4
.LBB10_178:
	xorl	%r10d, %r10d
.LBB10_187:
	movq	%r10, %r9
	cmpq	$0, 136(%rsp)
	je	.LBB10_190
	movq	%r12, %r11
	imulq	%r10, %r11
	addq	%rdx, %r11
	movq	136(%rsp), %rbx
	movq	%r10, %r9
	.p2align	4
.LBB10_189:
	movss	(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r11)
	incq	%r9
	addq	%r12, %r11
	decq	%rbx
	jne	.LBB10_189
.LBB10_190:
	movq	32(%rsp), %rax
	subq	%rax, %r10
	cmpq	$-4, %r10
	movq	48(%rsp), %r13
	ja	.LBB10_193
	leaq	3(%r9), %r10
	imulq	%r12, %r10
	movq	%r12, %r11
	imulq	%r9, %r11
	leaq	2(%r9), %rbx
	imulq	%r12, %rbx
	leaq	1(%r9), %r14
	imulq	%r12, %r14
	movq	%rdx, %r15
	.p2align	4
.LBB10_192:
	movss	(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r15,%r11)
	movss	4(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r15,%r14)
	movss	8(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r15,%rbx)
	movss	12(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r15,%r10)
	addq	$4, %r9
	addq	%r13, %r15
	cmpq	%r9, %rax
	jne	.LBB10_192
	jmp	.LBB10_193
	.p2align	4
.LBB10_179:
	movq	88(%rsp), %r10
	cmpq	%r10, 152(%rsp)
	movq	104(%rsp), %r11
	movq	112(%rsp), %r14
	jge	.LBB10_229
	movq	256(%rsp), %rax
	leaq	(%rax,%r9,4), %rax
	jmp	.LBB10_181
	.p2align	4
.LBB10_204:
	incq	%r14
	addq	$4, %rax
	cmpq	%r10, %r14
	jge	.LBB10_229
.LBB10_181:
	cmpq	$0, 32(%rsp)
	movq	80(%rsp), %rsi
	movq	48(%rsp), %rbx
	jle	.LBB10_204
	cmpb	$0, 72(%rsp)
	je	.LBB10_183
	xorl	%ecx, %ecx
	.p2align	4
.LBB10_195:
	movups	%xmm12, (%rax,%rcx,4)
	movups	%xmm12, 16(%rax,%rcx,4)
	addq	$8, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB10_195
	movq	%rsi, %rdx
	cmpq	%rsi, 32(%rsp)
	je	.LBB10_204
	jmp	.LBB10_197
	.p2align	4
.LBB10_183:
	xorl	%edx, %edx
.LBB10_197:
	movq	%rdx, %rcx
	testb	$3, 32(%rsp)
	je	.LBB10_201
	movq	%r12, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	96(%rsp), %rdi
	.p2align	4
.LBB10_199:
	movl	$0, (%rcx)
	decq	%rsi
	addq	%r12, %rcx
	cmpq	%rsi, %rdi
	jne	.LBB10_199
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB10_201:
	subq	32(%rsp), %rdx
	cmpq	$-4, %rdx
	ja	.LBB10_204
	movq	32(%rsp), %rdx
	subq	%rcx, %rdx
	leaq	3(%rcx), %rsi
	imulq	%r12, %rsi
	leaq	2(%rcx), %rdi
	imulq	%r12, %rdi
	leaq	1(%rcx), %r8
	imulq	%r12, %r8
	imulq	%r12, %rcx
	movq	%rax, %r9
	.p2align	4
.LBB10_203:
	movl	$0, (%r9,%rcx)
	movl	$0, (%r9,%r8)
	movl	$0, (%r9,%rdi)
	movl	$0, (%r9,%rsi)
	addq	%rbx, %r9
	addq	$-4, %rdx
	jne	.LBB10_203
	jmp	.LBB10_204
	.p2align	4
.LBB10_205:
	cmpq	%r10, %rcx
	jge	.LBB10_206
	cmpq	$0, 32(%rsp)
	jle	.LBB10_229
	movq	%r9, %rdx
	andq	$-8, %rdx
	movq	176(%rsp), %rax
	imulq	280(%rsp), %rax
	addq	320(%rsp), %rax
	movq	%rax, 240(%rsp)
	movq	184(%rsp), %r14
	movq	256(%rsp), %r13
	movq	288(%rsp), %r15
	movq	168(%rsp), %rbx
	xorl	%edi, %edi
	movq	%rdx, 312(%rsp)
	jmp	.LBB10_217
	.p2align	4
.LBB10_228:
	incq	%rdi
	addq	%r12, %rbx
	movq	272(%rsp), %rax
	addq	%rax, %r15
	addq	%r12, %r13
	addq	%rax, %r14
	cmpq	32(%rsp), %rdi
	je	.LBB10_229
.LBB10_217:
	testq	%rsi, %rsi
	jle	.LBB10_218
	cmpq	$8, %r9
	jae	.LBB10_223
	xorl	%ecx, %ecx
	jmp	.LBB10_221
	.p2align	4
.LBB10_218:
	xorl	%eax, %eax
	jmp	.LBB10_226
	.p2align	4
.LBB10_223:
	xorl	%eax, %eax
	.p2align	4
.LBB10_224:
	movups	-16(%r15,%rax,4), %xmm0
	movups	(%r15,%rax,4), %xmm1
	movups	%xmm0, -16(%rbx,%rax,4)
	movups	%xmm1, (%rbx,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rdx
	jne	.LBB10_224
	movq	%rdx, %rcx
	movq	%r9, %rax
	cmpq	%rdx, %r9
	je	.LBB10_226
	.p2align	4
.LBB10_221:
	movss	(%r14,%rcx,4), %xmm0
	movss	%xmm0, (%r13,%rcx,4)
	incq	%rcx
	cmpq	%rcx, %r9
	jne	.LBB10_221
	movq	%r9, %rax
.LBB10_226:
	cmpq	%r10, %rax
	jge	.LBB10_228
	movq	%rdi, %rcx
	imulq	%r12, %rcx
	addq	240(%rsp), %rcx
	movq	%rdi, 152(%rsp)
	leaq	(%rcx,%rax,4), %rdi
	shlq	$2, %rax
	movq	%r12, %rdx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	152(%rsp), %rdi
	movq	312(%rsp), %rdx
	movq	64(%rsp), %r9
	movq	112(%rsp), %rsi
	movq	88(%rsp), %r10
	xorps	%xmm12, %xmm12
	movq	104(%rsp), %r11
	jmp	.LBB10_228
.LBB10_206:
	cmpq	$0, 32(%rsp)
	jle	.LBB10_229
	movq	184(%rsp), %rax
	movq	256(%rsp), %rcx
	movq	288(%rsp), %rdx
	movq	168(%rsp), %rsi
	xorl	%edi, %edi
	jmp	.LBB10_208
	.p2align	4
.LBB10_214:
	incq	%rdi
	addq	%r12, %rsi
	addq	%r9, %rdx
	addq	%r12, %rcx
	addq	%r9, %rax
	cmpq	32(%rsp), %rdi
	je	.LBB10_229
.LBB10_208:
	movq	120(%rsp), %rbx
	testl	%ebx, %ebx
	movq	272(%rsp), %r9
	jle	.LBB10_214
	xorl	%r8d, %r8d
	cmpl	$8, %ebx
	jb	.LBB10_210
	movq	232(%rsp), %r14
	.p2align	4
.LBB10_212:
	movups	-16(%rdx,%r8), %xmm0
	movups	(%rdx,%r8), %xmm1
	movups	%xmm0, -16(%rsi,%r8)
	movups	%xmm1, (%rsi,%r8)
	addq	$32, %r8
	cmpq	%r8, %r14
	jne	.LBB10_212
	movq	216(%rsp), %r14
	movq	%r14, %r8
	cmpl	%ebx, %r14d
	je	.LBB10_214
	.p2align	4
.LBB10_210:
	movss	(%rax,%r8,4), %xmm0
	movss	%xmm0, (%rcx,%r8,4)
	incq	%r8
	cmpq	%r8, %rbx
	jne	.LBB10_210
	jmp	.LBB10_214
.LBB10_20:
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end10:
	.size	gemm_serial_f32, .Lfunc_end10-gemm_serial_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI10_0:
	.long	.LBB10_244-.LJTI10_0
	.long	.LBB10_446-.LJTI10_0
	.long	.LBB10_295-.LJTI10_0
	.long	.LBB10_446-.LJTI10_0
	.long	.LBB10_346-.LJTI10_0
	.long	.LBB10_446-.LJTI10_0
	.long	.LBB10_446-.LJTI10_0
	.long	.LBB10_446-.LJTI10_0
	.long	.LBB10_399-.LJTI10_0

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI11_0:
	.quad	0x3ff3333333333333
.LCPI11_1:
	.quad	0x3feccccccccccccd
	.text
	.p2align	4
	.type	wide_tile_pays,@function
wide_tile_pays:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -24
	movq	%rdx, %r11
	movabsq	$3074457345618258603, %rbx
	movl	%ecx, %ecx
	testl	%edi, %edi
	je	.LBB11_11
	cmpq	%r11, %rsi
	jle	.LBB11_11
	cmpq	$16, %r11
	jg	.LBB11_11
	cmpq	%rcx, %r11
	jge	.LBB11_11
	leaq	7(%r11), %rax
	leaq	14(%r11), %rdx
	testq	%rax, %rax
	cmovnsq	%rax, %rdx
	andq	$-8, %rdx
	cvtsi2sd	%rdx, %xmm1
	leaq	-1(%r11), %r9
	leaq	(%rsi,%rcx), %r10
	decq	%r10
	movq	%r10, %rax
	shrq	$32, %rax
	je	.LBB11_5
	movq	%r10, %rax
	cqto
	idivq	%rcx
	jmp	.LBB11_7
.LBB11_5:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB11_7:
	subq	%rdx, %r10
	cvtsi2sd	%r10, %xmm4
	cvtsi2sd	%r11, %xmm2
	movapd	%xmm2, %xmm0
	divsd	%xmm1, %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rsi, %xmm1
	leaq	7(%rsi), %rax
	leaq	14(%rsi), %rdx
	testq	%rax, %rax
	cmovnsq	%rax, %rdx
	mulsd	%xmm1, %xmm0
	andq	$-8, %rdx
	cvtsi2sd	%rdx, %xmm3
	divsd	%xmm4, %xmm0
	addq	%rcx, %r9
	movq	%r9, %rax
	shrq	$32, %rax
	je	.LBB11_8
	movq	%r9, %rax
	cqto
	idivq	%rcx
	jmp	.LBB11_10
.LBB11_8:
	movl	%r9d, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB11_10:
	subq	%rdx, %r9
	xorps	%xmm4, %xmm4
	cvtsi2sd	%r9, %xmm4
	divsd	%xmm3, %xmm1
	mulsd	%xmm2, %xmm1
	divsd	%xmm4, %xmm1
	mulsd	.LCPI11_0(%rip), %xmm1
	ucomisd	%xmm1, %xmm0
	ja	.LBB11_16
.LBB11_11:
	leaq	7(%rsi), %rax
	leaq	14(%rsi), %rdx
	testq	%rax, %rax
	cmovnsq	%rax, %rdx
	andq	$-8, %rdx
	xorps	%xmm3, %xmm3
	cvtsi2sd	%rdx, %xmm3
	leaq	(%r11,%rcx), %r9
	decq	%r9
	movq	%r9, %rax
	shrq	$32, %rax
	je	.LBB11_12
	movq	%r9, %rax
	cqto
	idivq	%rcx
	jmp	.LBB11_14
.LBB11_12:
	movl	%r9d, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB11_14:
	subq	%rdx, %r9
	xorps	%xmm4, %xmm4
	cvtsi2sd	%r9, %xmm4
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rsi, %xmm1
	movapd	%xmm1, %xmm0
	xorps	%xmm2, %xmm2
	cvtsi2sd	%r11, %xmm2
	divsd	%xmm3, %xmm0
	mulsd	%xmm2, %xmm0
	divsd	%xmm4, %xmm0
	testl	%edi, %edi
	je	.LBB11_15
.LBB11_16:
	movl	%r8d, %r9d
	leaq	-1(%r11), %rdi
	cmpq	%r11, %rsi
	jle	.LBB11_19
	cmpq	$12, %r11
	jg	.LBB11_19
	cmpq	%r9, %r11
	jge	.LBB11_19
	leaq	5(%r11), %rax
	imulq	%rbx
	movq	%rdx, %rax
	shrq	$63, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	leaq	(%rax,%rax,2), %rax
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rax, %xmm1
	leaq	(%rsi,%r9), %r8
	decq	%r8
	movq	%r8, %rax
	shrq	$32, %rax
	je	.LBB11_21
	movq	%r8, %rax
	cqto
	idivq	%r9
	jmp	.LBB11_23
.LBB11_19:
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rsi, %xmm1
	xorps	%xmm2, %xmm2
	cvtsi2sd	%r11, %xmm2
	jmp	.LBB11_27
.LBB11_15:
	decq	%r11
	movl	%r8d, %r9d
	movq	%r11, %rdi
	jmp	.LBB11_27
.LBB11_21:
	movl	%r8d, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB11_23:
	subq	%rdx, %r8
	cvtsi2sd	%r8, %xmm5
	xorps	%xmm2, %xmm2
	cvtsi2sd	%r11, %xmm2
	movapd	%xmm2, %xmm3
	divsd	%xmm1, %xmm3
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rsi, %xmm1
	mulsd	%xmm1, %xmm3
	leaq	5(%rsi), %rax
	imulq	%rbx
	movq	%rdx, %rax
	shrq	$63, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	leaq	(%rax,%rax,2), %rax
	xorps	%xmm4, %xmm4
	cvtsi2sd	%rax, %xmm4
	divsd	%xmm5, %xmm3
	leaq	(%rdi,%r9), %rcx
	movq	%rcx, %rax
	shrq	$32, %rax
	je	.LBB11_24
	movq	%rcx, %rax
	cqto
	idivq	%r9
	jmp	.LBB11_26
.LBB11_24:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB11_26:
	subq	%rdx, %rcx
	xorps	%xmm5, %xmm5
	cvtsi2sd	%rcx, %xmm5
	movapd	%xmm1, %xmm6
	divsd	%xmm4, %xmm6
	mulsd	%xmm2, %xmm6
	divsd	%xmm5, %xmm6
	mulsd	.LCPI11_0(%rip), %xmm6
	ucomisd	%xmm6, %xmm3
	ja	.LBB11_31
.LBB11_27:
	addq	$5, %rsi
	movq	%rsi, %rax
	imulq	%rbx
	movq	%rdx, %rax
	shrq	$63, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	leaq	(%rax,%rax,2), %rax
	xorps	%xmm3, %xmm3
	cvtsi2sd	%rax, %xmm3
	addq	%r9, %rdi
	movq	%rdi, %rax
	shrq	$32, %rax
	je	.LBB11_28
	movq	%rdi, %rax
	cqto
	idivq	%r9
	jmp	.LBB11_30
.LBB11_28:
	movl	%edi, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB11_30:
	subq	%rdx, %rdi
	xorps	%xmm4, %xmm4
	cvtsi2sd	%rdi, %xmm4
	divsd	%xmm3, %xmm1
	mulsd	%xmm2, %xmm1
	divsd	%xmm4, %xmm1
	movapd	%xmm1, %xmm3
.LBB11_31:
	mulsd	.LCPI11_1(%rip), %xmm3
	xorl	%eax, %eax
	ucomisd	%xmm3, %xmm0
	setae	%al
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end11:
	.size	wide_tile_pays, .Lfunc_end11-wide_tile_pays
	.cfi_endproc

	.p2align	4
	.type	gemm_part_f64,@function
gemm_part_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r12
	pushq	%rbx
	subq	$80, %rsp
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movslq	%esi, %rax
	movq	112(%rdi), %rdx
	imulq	%rdx, %rax
	cmpl	$0, 108(%rdi)
	je	.LBB12_10
	movq	24(%rdi), %r8
	subq	%rax, %r8
	jle	.LBB12_9
	cmpq	%r8, %rdx
	cmovlq	%rdx, %r8
	movl	12(%rdi), %edx
	movq	56(%rdi), %rcx
	movq	%rax, %rsi
	testl	%edx, %edx
	je	.LBB12_4
	movq	64(%rdi), %rsi
	imulq	%rax, %rsi
.LBB12_4:
	leaq	(%rcx,%rsi,8), %r10
	movl	104(%rdi), %r11d
	movq	72(%rdi), %rcx
	testl	%r11d, %r11d
	je	.LBB12_5
	movq	80(%rdi), %rbx
	movq	96(%rdi), %r14
	imulq	%rbx, %rax
	jmp	.LBB12_7
.LBB12_10:
	movq	16(%rdi), %rcx
	subq	%rax, %rcx
	jle	.LBB12_9
	cmpq	%rcx, %rdx
	cmovlq	%rdx, %rcx
	movl	8(%rdi), %esi
	movq	40(%rdi), %rdx
	movq	%rax, %r8
	testl	%esi, %esi
	jne	.LBB12_13
	movq	48(%rdi), %r8
	imulq	%rax, %r8
.LBB12_13:
	leaq	(%rdx,%r8,8), %r10
	movl	104(%rdi), %r11d
	movq	72(%rdi), %rdx
	testl	%r11d, %r11d
	je	.LBB12_14
	movq	80(%rdi), %rbx
	movq	96(%rdi), %r8
	testq	%r8, %r8
	leaq	(%r8,%rax,8), %r14
	cmoveq	%r8, %r14
	jmp	.LBB12_16
.LBB12_5:
	movq	80(%rdi), %rbx
	movq	96(%rdi), %rsi
	testq	%rsi, %rsi
	leaq	(%rsi,%rax,8), %r14
	cmoveq	%rsi, %r14
.LBB12_7:
	leaq	(%rcx,%rax,8), %r15
	movq	(%rdi), %rax
	movl	8(%rdi), %esi
	movq	16(%rdi), %rcx
	movq	32(%rdi), %r9
	movups	40(%rdi), %xmm0
	movq	64(%rdi), %r12
	movl	88(%rdi), %edi
	movq	%r14, 64(%rsp)
	movl	%edi, 56(%rsp)
	movl	%r11d, 48(%rsp)
	movq	%rbx, 40(%rsp)
	movq	%r15, 32(%rsp)
	movq	%r12, 24(%rsp)
	movq	%r10, 16(%rsp)
	movups	%xmm0, (%rsp)
	jmp	.LBB12_8
.LBB12_14:
	movq	80(%rdi), %rbx
	movq	96(%rdi), %r14
	imulq	%rbx, %rax
.LBB12_16:
	leaq	(%rdx,%rax,8), %r15
	movq	(%rdi), %rax
	movl	12(%rdi), %edx
	movq	24(%rdi), %r8
	movq	32(%rdi), %r9
	movups	48(%rdi), %xmm0
	movq	64(%rdi), %r12
	movl	88(%rdi), %edi
	movq	%r14, 64(%rsp)
	movl	%edi, 56(%rsp)
	movl	%r11d, 48(%rsp)
	movq	%rbx, 40(%rsp)
	movq	%r15, 32(%rsp)
	movq	%r12, 24(%rsp)
	movups	%xmm0, 8(%rsp)
	movq	%r10, (%rsp)
.LBB12_8:
	movq	%rax, %rdi
	callq	gemm_serial_f64
.LBB12_9:
	addq	$80, %rsp
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end12:
	.size	gemm_part_f64, .Lfunc_end12-gemm_part_f64
	.cfi_endproc

	.p2align	4
	.type	gemm_serial_f64,@function
gemm_serial_f64:
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
	subq	$3264, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, 352(%rsp)
	movq	%rcx, 480(%rsp)
	movq	%r9, %r14
	movl	%edx, 268(%rsp)
	movl	%esi, %ebx
	movslq	(%rdi), %r8
	movslq	4(%rdi), %r9
	movq	8(%rdi), %r15
	cmpq	%r15, %r14
	cmovlq	%r14, %r15
	movq	16(%rdi), %rax
	cmpq	%rax, %rcx
	cmovlq	%rcx, %rax
	leaq	(%r8,%rax), %rsi
	decq	%rsi
	movq	%rsi, %rax
	orq	%r8, %rax
	shrq	$32, %rax
	je	.LBB13_1
	movq	%rsi, %rax
	cqto
	idivq	%r8
	jmp	.LBB13_3
.LBB13_1:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r8d
.LBB13_3:
	subq	%rdx, %rsi
	movq	%rdi, 304(%rsp)
	movq	24(%rdi), %rax
	movq	352(%rsp), %rcx
	cmpq	%rax, %rcx
	cmovlq	%rcx, %rax
	leaq	(%r9,%rax), %r12
	decq	%r12
	movq	%r12, %rax
	orq	%r9, %rax
	shrq	$32, %rax
	movq	%r8, 56(%rsp)
	movq	%r9, 344(%rsp)
	je	.LBB13_4
	movq	%r12, %rax
	cqto
	idivq	%r9
	jmp	.LBB13_6
.LBB13_4:
	movl	%r12d, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB13_6:
	movq	24(%rbp), %r13
	subq	%rdx, %r12
	shlq	$3, %r15
	imulq	%r15, %rsi
	xorl	%edi, %edi
	callq	axon_scratch@PLT
	movq	%rax, 296(%rsp)
	imulq	%r12, %r15
	movl	$1, %edi
	movq	%r15, %rsi
	callq	axon_scratch@PLT
	movq	%rax, 280(%rsp)
	movq	304(%rsp), %rdi
	cmpq	$0, 40(%rdi)
	je	.LBB13_7
	movq	344(%rsp), %rax
	movq	%rax, %r9
	leaq	(,%rax,4), %rax
	movq	352(%rsp), %rdx
	cmpq	%rax, %rdx
	setle	%al
	movl	%eax, 380(%rsp)
	testl	%ebx, %ebx
	sete	30(%rsp)
	movl	$1, %eax
	cmoveq	%r13, %rax
	movq	%rax, 656(%rsp)
	movl	$1, %eax
	cmovneq	%r13, %rax
	movq	%rax, 520(%rsp)
	cmpl	$0, 268(%rsp)
	movq	%r14, %rcx
	movq	480(%rsp), %rsi
	movq	56(%rsp), %rax
	je	.LBB13_10
	movq	%rax, %r11
	movl	$0, 316(%rsp)
	jmp	.LBB13_11
.LBB13_7:
	testl	%ebx, %ebx
	sete	30(%rsp)
	movl	$1, %ecx
	movl	$1, %eax
	cmoveq	%r13, %rax
	movq	%rax, 656(%rsp)
	cmovneq	%r13, %rcx
	movq	%rcx, 520(%rsp)
	movl	$0, 380(%rsp)
	movl	$0, 316(%rsp)
	movq	%r14, %rcx
	movq	352(%rsp), %rdx
	movq	56(%rsp), %r11
	movq	344(%rsp), %r9
	movq	%r13, %rbx
	testq	%rdx, %rdx
	jg	.LBB13_13
	jmp	.LBB13_21
.LBB13_10:
	movq	%rax, %r11
	addq	%rax, %rax
	cmpq	%rax, %rsi
	movq	352(%rsp), %rdx
	setle	%al
	movl	%eax, 316(%rsp)
.LBB13_11:
	movq	24(%rbp), %rbx
	testq	%rdx, %rdx
	jle	.LBB13_21
.LBB13_13:
	movq	56(%rbp), %r8
	movq	40(%rbp), %rsi
	movq	%rsi, %rax
	shlq	$8, %rax
	movq	%rax, 968(%rsp)
	movq	%rsi, %rax
	shlq	$7, %rax
	movq	%rax, 960(%rsp)
	movq	%rsi, %rax
	shlq	$6, %rax
	movq	%rax, 952(%rsp)
	movq	%rsi, %rax
	shlq	$4, %rax
	movq	%rax, 984(%rsp)
	movq	%rbx, %r15
	shlq	$5, %r15
	movq	%rbx, %r12
	shlq	$4, %r12
	movq	%rbx, %rax
	shlq	$6, %rax
	movq	%rax, 1048(%rsp)
	xorps	%xmm10, %xmm10
	movq	32(%rbp), %r13
	movq	16(%rbp), %rsi
	movq	24(%rdi), %rax
	leaq	(,%r8,8), %r8
	movq	%r8, 1144(%rsp)
	leaq	(,%r9,8), %r8
	movq	%r8, 184(%rsp)
	movq	280(%rsp), %r10
	leaq	8(%r10), %r8
	movq	%r8, 800(%rsp)
	leaq	16(%r10), %r8
	movq	%r8, 384(%rsp)
	leaq	24(%r10), %r8
	movq	%r8, 792(%rsp)
	leaq	32(%r10), %r8
	movq	%r8, 784(%rsp)
	leaq	40(%r10), %r8
	movq	%r8, 776(%rsp)
	leaq	48(%r10), %r8
	movq	%r8, 768(%rsp)
	leaq	56(%r10), %r8
	movq	%r8, 760(%rsp)
	movq	296(%rsp), %r8
	leaq	8(%r8), %r14
	movq	%r14, 472(%rsp)
	leaq	16(%r8), %r14
	movq	%r14, 424(%rsp)
	leaq	24(%r8), %r14
	movq	%r14, 416(%rsp)
	leaq	32(%r8), %r14
	movq	%r14, 592(%rsp)
	leaq	40(%r8), %r14
	movq	%r14, 584(%rsp)
	leaq	48(%r8), %r14
	movq	%r14, 576(%rsp)
	leaq	56(%r8), %r14
	movq	%r14, 976(%rsp)
	leaq	24(%r13), %r14
	movq	%r14, 448(%rsp)
	movq	40(%rbp), %r14
	leaq	(,%r14,8), %r14
	movq	%r14, 224(%rsp)
	leaq	768(%r10), %r14
	movq	%r14, 744(%rsp)
	leaq	240(%r10), %r14
	movq	%r14, 736(%rsp)
	leaq	240(%r13), %r14
	movq	%r14, 728(%rsp)
	leaq	16(%r13), %r14
	movq	%r14, 544(%rsp)
	leaq	384(%r10), %r14
	movq	%r14, 720(%rsp)
	leaq	112(%r10), %r14
	movq	%r14, 712(%rsp)
	leaq	112(%r13), %r14
	movq	%r14, 704(%rsp)
	leaq	192(%r10), %r14
	movq	%r14, 696(%rsp)
	leaq	56(%r13), %r14
	movq	%r14, 536(%rsp)
	leaq	32(%r13), %r14
	movq	%r14, 688(%rsp)
	leaq	64(%r10), %r10
	movq	%r10, 680(%rsp)
	leaq	80(%r8), %r10
	movq	%r10, 888(%rsp)
	leaq	80(%rsi), %r10
	movq	%r10, 848(%rsp)
	leaq	(,%rbx,8), %r13
	leaq	24(%rsi), %r10
	movq	%r10, 840(%rsp)
	movq	%r15, 1056(%rsp)
	leaq	(%r15,%r15,2), %r10
	movq	%r10, 1040(%rsp)
	leaq	56(%rsi), %r10
	movq	%r10, 832(%rsp)
	leaq	32(%rsi), %r10
	movq	%r10, 824(%rsp)
	leaq	64(%r8), %r10
	movq	%r10, 880(%rsp)
	leaq	192(%r8), %r10
	movq	%r10, 872(%rsp)
	leaq	40(%rsi), %r10
	movq	%r10, 816(%rsp)
	leaq	16(%rsi), %rsi
	movq	%rsi, 808(%rsp)
	movq	%r12, 504(%rsp)
	leaq	(%r12,%r12,2), %rsi
	movq	%rsi, 1032(%rsp)
	leaq	96(%r8), %rsi
	movq	%rsi, 864(%rsp)
	leaq	(,%r11,8), %rsi
	movq	%rsi, 1136(%rsp)
	movq	80(%rbp), %r8
	leaq	8(%r8), %rsi
	movq	%rsi, 672(%rsp)
	leaq	16(%r8), %rsi
	movq	%rsi, 664(%rsp)
	xorl	%esi, %esi
	movq	%r13, 152(%rsp)
	movq	%rcx, 856(%rsp)
	jmp	.LBB13_14
	.p2align	4
.LBB13_19:
	movq	%r9, %r11
	movq	24(%rdi), %rax
	movq	496(%rsp), %rsi
.LBB13_20:
	addq	%rax, %rsi
	movq	352(%rsp), %rdx
	cmpq	%rdx, %rsi
	jge	.LBB13_21
.LBB13_14:
	movq	%rdx, %r10
	subq	%rsi, %r10
	cmpq	%r10, %rax
	cmovlq	%rax, %r10
	testq	%rcx, %rcx
	jle	.LBB13_20
	movq	32(%rbp), %rax
	leaq	(%rax,%rsi,8), %rax
	movq	%rax, 392(%rsp)
	movq	48(%rbp), %rax
	leaq	(%rax,%rsi,8), %rax
	movq	%rax, 1072(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rsi,8), %rax
	movq	%rax, 632(%rsp)
	movq	8(%rdi), %rax
	movq	544(%rsp), %rdx
	leaq	(%rdx,%rsi,8), %rdx
	movq	%rdx, 456(%rsp)
	movq	536(%rsp), %rdx
	leaq	(%rdx,%rsi,8), %rdx
	movq	%rdx, 752(%rsp)
	movq	672(%rsp), %rdx
	leaq	(%rdx,%rsi,8), %rdx
	movq	%rdx, 1024(%rsp)
	movq	664(%rsp), %rdx
	movq	%rsi, 496(%rsp)
	leaq	(%rdx,%rsi,8), %rdx
	movq	%rdx, 1016(%rsp)
	xorl	%edx, %edx
	movq	%r11, %r9
	movq	%r10, 440(%rsp)
	jmp	.LBB13_16
	.p2align	4
.LBB13_496:
	movq	8(%rdi), %rax
	movq	320(%rsp), %rdx
	addq	%rax, %rdx
	movq	856(%rsp), %rcx
	cmpq	%rcx, %rdx
	jge	.LBB13_19
.LBB13_16:
	cmpl	$0, 72(%rbp)
	setne	%sil
	movq	%rcx, %rdi
	subq	%rdx, %rdi
	cmpq	%rdi, %rax
	cmovlq	%rax, %rdi
	movq	%rdx, 320(%rsp)
	testq	%rdx, %rdx
	setg	336(%rsp)
	movl	$0, %eax
	cmoveq	80(%rbp), %rax
	movq	%rax, 368(%rsp)
	movl	$0, %eax
	cmpb	$0, 316(%rsp)
	je	.LBB13_24
	movq	%r10, %rax
	movq	344(%rsp), %r8
	orq	%r8, %rax
	shrq	$32, %rax
	je	.LBB13_18
	movq	%r10, %rax
	cqto
	idivq	%r8
	jmp	.LBB13_23
.LBB13_18:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%r8d
.LBB13_23:
	movq	%r10, %rax
	subq	%rdx, %rax
.LBB13_24:
	movq	%rdi, 16(%rsp)
	movq	%rax, 528(%rsp)
	subq	%rax, %r10
	movq	%r10, 96(%rsp)
	movb	%sil, 31(%rsp)
	jle	.LBB13_225
	movq	496(%rsp), %rax
	movq	528(%rsp), %r10
	leaq	(%r10,%rax), %r8
	movq	304(%rsp), %rax
	movslq	4(%rax), %r11
	cmpl	$0, 268(%rsp)
	je	.LBB13_28
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB13_28
	movl	%r11d, %edi
	movq	32(%rbp), %rsi
	movq	40(%rbp), %rdx
	movq	320(%rsp), %rcx
	movq	16(%rsp), %r9
	pushq	280(%rsp)
	pushq	104(%rsp)
	callq	*%rax
	xorps	%xmm10, %xmm10
	movq	72(%rsp), %r9
	addq	$16, %rsp
	.p2align	4
.LBB13_225:
	movq	480(%rsp), %rsi
	testq	%rsi, %rsi
	movq	304(%rsp), %rdi
	movq	440(%rsp), %r10
	movq	16(%rsp), %r14
	jle	.LBB13_496
	movzbl	336(%rsp), %eax
	orb	%al, 31(%rsp)
	movq	320(%rsp), %r10
	movq	%r10, %rax
	imulq	24(%rbp), %rax
	movq	16(%rbp), %r11
	leaq	(%r11,%rax,8), %rax
	movq	%rax, 408(%rsp)
	movq	%r14, %r8
	shlq	$5, %r8
	movq	%r14, %rax
	shlq	$6, %rax
	movq	%rax, 608(%rsp)
	movq	%r14, %rax
	shlq	$4, %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 600(%rsp)
	movq	%r10, %rax
	imulq	40(%rbp), %rax
	movq	392(%rsp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, 1096(%rsp)
	movq	%r10, %rcx
	imulq	520(%rsp), %rcx
	leaq	-1(%r14), %r15
	movl	%r14d, %r12d
	andl	$3, %r12d
	movq	%r14, %rbx
	movabsq	$9223372036854775804, %rax
	andq	%rax, %rbx
	movq	%r15, %rdx
	shlq	$6, %rdx
	movq	%rdx, 1008(%rsp)
	addq	$2, %rax
	andq	%r14, %rax
	movq	%rax, 568(%rsp)
	movq	%r15, %rax
	movl	$48, %edx
	mulq	%rdx
	movq	%rax, 1000(%rsp)
	leaq	(%r11,%rcx,8), %rax
	movq	%rax, 248(%rsp)
	seto	247(%rsp)
	movq	%r15, 160(%rsp)
	movq	%rbx, 328(%rsp)
	movq	%r12, 488(%rsp)
	shlq	$5, %r15
	movq	%r15, 992(%rsp)
	movq	%r14, %rcx
	movabsq	$1152921504606846974, %rax
	andq	%rax, %rcx
	movq	%rcx, 560(%rsp)
	movq	%r13, %r15
	imulq	%r10, %r15
	negq	%rbx
	movq	%rbx, 432(%rsp)
	movl	%r12d, %ebx
	shll	$5, %ebx
	movl	%r12d, %eax
	shll	$6, %eax
	movq	%rax, 1120(%rsp)
	movl	%r12d, %eax
	shll	$4, %eax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 1112(%rsp)
	movq	848(%rsp), %rax
	addq	%r15, %rax
	movq	%rax, 936(%rsp)
	movq	840(%rsp), %rcx
	leaq	(%rcx,%r15), %rax
	movq	%rax, 552(%rsp)
	movq	832(%rsp), %rax
	leaq	(%rax,%r15), %rax
	movq	%rax, 928(%rsp)
	movq	824(%rsp), %rax
	addq	%r15, %rax
	movq	%rax, 920(%rsp)
	movq	816(%rsp), %rax
	addq	%r15, %rax
	movq	%rax, 912(%rsp)
	movq	808(%rsp), %rdx
	leaq	(%rdx,%r15), %rax
	movq	%rax, 464(%rsp)
	addq	%r11, %r15
	movq	%r15, 944(%rsp)
	movq	%r12, %rax
	negq	%rax
	movq	%rax, 1064(%rsp)
	leaq	(,%r14,8), %rax
	movq	%rax, 904(%rsp)
	movq	%r8, 616(%rsp)
	leaq	(%r8,%r8,2), %rax
	movq	%rax, 624(%rsp)
	movq	16(%rdi), %rax
	leaq	(%rcx,%r10,8), %rcx
	movq	%rcx, 400(%rsp)
	leaq	(%r11,%r10,8), %rcx
	movq	%rcx, 360(%rsp)
	movq	184(%rsp), %r11
	movq	%rbx, 1128(%rsp)
	leaq	(%rbx,%rbx,2), %rcx
	movq	%rcx, 1104(%rsp)
	leal	(,%r12,8), %ecx
	movq	%rcx, 640(%rsp)
	leaq	(%rdx,%r10,8), %rcx
	movq	%rcx, 896(%rsp)
	xorl	%ecx, %ecx
	jmp	.LBB13_227
	.p2align	4
.LBB13_495:
	movq	304(%rsp), %rdi
	movq	16(%rdi), %rax
	movq	256(%rsp), %rcx
	addq	%rax, %rcx
	movq	480(%rsp), %rsi
	cmpq	%rsi, %rcx
	movq	152(%rsp), %r13
	movq	%r8, %r9
	jge	.LBB13_496
.LBB13_227:
	movq	%rcx, 256(%rsp)
	movq	%rsi, %r15
	subq	%rcx, %r15
	cmpq	%r15, %rax
	cmovlq	%rax, %r15
	cmpb	$0, 380(%rsp)
	je	.LBB13_228
	movq	%r15, %rax
	orq	%r9, %rax
	shrq	$32, %rax
	je	.LBB13_230
	movq	%r15, %rax
	cqto
	idivq	%r9
	jmp	.LBB13_232
	.p2align	4
.LBB13_228:
	xorl	%eax, %eax
	jmp	.LBB13_233
.LBB13_230:
	movl	%r15d, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB13_232:
	movq	%r15, %rax
	subq	%rdx, %rax
.LBB13_233:
	movq	%r15, %rcx
	movq	%rax, 232(%rsp)
	subq	%rax, %rcx
	movq	%rcx, 112(%rsp)
	movq	%r15, 216(%rsp)
	jle	.LBB13_489
	movq	256(%rsp), %rsi
	movq	232(%rsp), %rdi
	leaq	(%rdi,%rsi), %r8
	movq	304(%rsp), %rax
	movslq	(%rax), %rcx
	movq	%rcx, 48(%rsp)
	cmpb	$0, 30(%rsp)
	je	.LBB13_237
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB13_237
	movq	48(%rsp), %rdi
	movq	16(%rbp), %rsi
	movq	24(%rbp), %rdx
	movq	320(%rsp), %rcx
	movq	16(%rsp), %r9
	pushq	296(%rsp)
	pushq	120(%rsp)
	callq	*%rax
	movq	200(%rsp), %r11
	xorps	%xmm10, %xmm10
	movq	72(%rsp), %r9
	addq	$16, %rsp
	.p2align	4
.LBB13_489:
	movq	%r9, %r8
	movq	440(%rsp), %r10
	testq	%r10, %r10
	movq	344(%rsp), %rdx
	jle	.LBB13_495
	movq	48(%rbp), %rax
	movq	256(%rsp), %rcx
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, 1088(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, 1080(%rsp)
	movq	632(%rsp), %rbx
	movq	1016(%rsp), %r13
	movq	1024(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	$0, 648(%rsp)
	movq	%r10, %rsi
	xorl	%edi, %edi
	jmp	.LBB13_491
	.p2align	4
.LBB13_529:
	movq	%r9, %rdx
	movq	128(%rsp), %rdi
	addq	%r9, %rdi
	incq	648(%rsp)
	addq	%r11, 48(%rsp)
	addq	%r11, %r13
	addq	%r11, %rbx
	movq	440(%rsp), %r10
	cmpq	%r10, %rdi
	movq	512(%rsp), %rsi
	jge	.LBB13_495
.LBB13_491:
	movq	%rsi, %r10
	movq	%rdi, %rax
	movq	528(%rsp), %rcx
	subq	%rcx, %rax
	imulq	16(%rsp), %rax
	cmpq	%rcx, %rdi
	movq	1096(%rsp), %rcx
	movq	%rdi, 128(%rsp)
	leaq	(%rcx,%rdi,8), %rdi
	movq	%rdx, %rcx
	cmovlq	40(%rbp), %rcx
	movq	%rcx, 200(%rsp)
	movq	280(%rsp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, 208(%rsp)
	movq	%rdi, 176(%rsp)
	cmovlq	%rdi, %rax
	movq	%rax, 192(%rsp)
	subq	%rdx, %rsi
	movq	%rsi, 512(%rsp)
	movq	%rdx, %r9
	cmovgeq	%rdx, %r10
	movq	%r10, 40(%rsp)
	testq	%r15, %r15
	jle	.LBB13_529
	movq	40(%rsp), %rax
	movl	%eax, %ecx
	andl	$3, %ecx
	movq	%rcx, 96(%rsp)
	movq	%rax, %rcx
	andq	$-4, %rcx
	movq	%rcx, 112(%rsp)
	movq	%rax, %rcx
	andq	$-2, %rcx
	movq	%rcx, 32(%rsp)
	leaq	(,%rax,8), %rcx
	movq	%rcx, 272(%rsp)
	imulq	648(%rsp), %r11
	movq	632(%rsp), %rcx
	addq	%rcx, %r11
	movq	%r11, 288(%rsp)
	leaq	(%r11,%rax,8), %rax
	movq	%rax, 336(%rsp)
	movq	440(%rsp), %rdx
	movq	128(%rsp), %rsi
	subq	%rsi, %rdx
	cmpq	%rdx, %r9
	movq	%rdx, 104(%rsp)
	cmovlq	%r9, %rdx
	movq	%rdx, 64(%rsp)
	movq	1072(%rsp), %rax
	leaq	(%rax,%rsi,8), %rax
	movq	%rax, 144(%rsp)
	movq	496(%rsp), %rax
	addq	%rsi, %rax
	imulq	56(%rbp), %rax
	movq	1088(%rsp), %rdx
	leaq	(%rdx,%rax,8), %rax
	movq	%rax, 168(%rsp)
	leaq	(%rcx,%rsi,8), %rax
	movq	%rax, 120(%rsp)
	movq	1080(%rsp), %r12
	movq	%r15, %rax
	xorl	%ecx, %ecx
	jmp	.LBB13_493
	.p2align	4
.LBB13_528:
	movq	56(%rsp), %r8
	movq	136(%rsp), %rcx
	addq	%r8, %rcx
	addq	1136(%rsp), %r12
	movq	216(%rsp), %r15
	cmpq	%r15, %rcx
	movq	88(%rsp), %rax
	jge	.LBB13_529
.LBB13_493:
	movq	%rax, %r14
	cmpq	%r9, 104(%rsp)
	setge	%dl
	subq	%r8, %rax
	movq	%rax, 88(%rsp)
	cmovgeq	%r8, %r14
	movq	%r15, %rsi
	subq	%rcx, %rsi
	cmpq	%rsi, %r8
	movq	%rsi, %rax
	cmovlq	%r8, %rax
	movq	%rax, 72(%rsp)
	movq	256(%rsp), %rax
	movq	%rcx, %r11
	leaq	(%rcx,%rax), %r10
	movq	%r10, %rax
	movq	56(%rbp), %rdi
	imulq	%rdi, %rax
	cmpl	$0, 64(%rbp)
	sete	%cl
	movq	168(%rsp), %r9
	leaq	(%r9,%r11,8), %r15
	movq	144(%rsp), %r9
	leaq	(%r9,%rax,8), %rax
	cmoveq	%rax, %r15
	cmpq	%r8, %rsi
	setge	%sil
	andb	%dl, %cl
	andb	%sil, %cl
	leaq	1152(%rsp), %rdx
	cmoveq	%rdx, %rax
	movq	344(%rsp), %r9
	cmovneq	%rdi, %r9
	movzbl	31(%rsp), %edx
	movb	%cl, 80(%rsp)
	andb	%cl, %dl
	movzbl	%dl, %ecx
	movq	%r11, 136(%rsp)
	movq	%r11, %rdx
	subq	232(%rsp), %rdx
	jge	.LBB13_497
	movq	656(%rsp), %rdx
	imulq	%rdx, %r10
	movq	248(%rsp), %rsi
	leaq	(%rsi,%r10,8), %rsi
	subq	$8, %rsp
	movq	24(%rsp), %rdi
	movq	%rcx, %r11
	movq	528(%rsp), %rcx
	movq	200(%rsp), %r8
	movq	%r9, %r10
	movq	208(%rsp), %r9
	jmp	.LBB13_499
	.p2align	4
.LBB13_497:
	movq	%rcx, %r11
	movq	16(%rsp), %rdi
	imulq	%rdi, %rdx
	movq	296(%rsp), %rcx
	leaq	(%rcx,%rdx,8), %rsi
	movq	128(%rsp), %rcx
	cmpq	528(%rsp), %rcx
	jge	.LBB13_500
	subq	$8, %rsp
	movl	$1, %edx
	movq	%r8, %rcx
	movq	184(%rsp), %r8
	movq	%r9, %r10
	movq	40(%rbp), %r9
.LBB13_499:
	pushq	%r11
	pushq	%r10
	pushq	%rax
	movq	336(%rsp), %rax
	callq	*40(%rax)
	addq	$32, %rsp
	jmp	.LBB13_501
	.p2align	4
.LBB13_500:
	movq	208(%rsp), %rdx
	movq	%rax, %rcx
	movq	%r9, %r8
	movl	%r11d, %r9d
	movq	304(%rsp), %rax
	callq	*32(%rax)
.LBB13_501:
	cmpb	$0, 80(%rsp)
	movq	344(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	1144(%rsp), %r10
	movq	184(%rsp), %r11
	movzbl	31(%rsp), %edi
	movq	48(%rsp), %r8
	je	.LBB13_517
	cmpq	$0, 368(%rsp)
	je	.LBB13_528
	cmpq	$0, 72(%rsp)
	jle	.LBB13_528
	leaq	-1(%r14), %rax
	imulq	%r10, %rax
	testq	%r10, %r10
	sets	%cl
	movq	272(%rsp), %rdx
	addq	%r15, %rdx
	addq	%rdx, %rax
	cmpq	336(%rsp), %r15
	setb	%dl
	cmpq	%rax, 288(%rsp)
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	leaq	16(%r15), %rcx
	xorl	%edx, %edx
	jmp	.LBB13_505
	.p2align	4
.LBB13_515:
	incq	%rdx
	addq	%r10, %rcx
	addq	%r10, %r15
	cmpq	%r14, %rdx
	je	.LBB13_528
.LBB13_505:
	cmpq	$0, 64(%rsp)
	movq	40(%rsp), %r8
	jle	.LBB13_515
	cmpq	$4, %r8
	setb	%sil
	orb	%al, %sil
	testb	$1, %sil
	je	.LBB13_508
	xorl	%edi, %edi
	jmp	.LBB13_511
	.p2align	4
.LBB13_508:
	xorl	%esi, %esi
	movq	112(%rsp), %rdi
	.p2align	4
.LBB13_509:
	movupd	-16(%r13,%rsi,8), %xmm0
	movupd	(%r13,%rsi,8), %xmm1
	movupd	-16(%rcx,%rsi,8), %xmm2
	addpd	%xmm0, %xmm2
	movupd	(%rcx,%rsi,8), %xmm0
	addpd	%xmm1, %xmm0
	movupd	%xmm2, -16(%rcx,%rsi,8)
	movupd	%xmm0, (%rcx,%rsi,8)
	addq	$4, %rsi
	cmpq	%rsi, %rdi
	jne	.LBB13_509
	cmpq	%rdi, %r8
	je	.LBB13_515
.LBB13_511:
	movq	%rdi, %rsi
	testb	$3, %r8b
	je	.LBB13_514
	movq	96(%rsp), %r8
	movq	%rdi, %rsi
	.p2align	4
.LBB13_513:
	movsd	(%rbx,%rsi,8), %xmm0
	addsd	(%r15,%rsi,8), %xmm0
	movsd	%xmm0, (%r15,%rsi,8)
	incq	%rsi
	decq	%r8
	jne	.LBB13_513
.LBB13_514:
	movq	40(%rsp), %r8
	subq	%r8, %rdi
	cmpq	$-4, %rdi
	movq	184(%rsp), %r11
	ja	.LBB13_515
	.p2align	4
.LBB13_516:
	movsd	(%rbx,%rsi,8), %xmm0
	addsd	-16(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, -16(%rcx,%rsi,8)
	movsd	8(%rbx,%rsi,8), %xmm0
	addsd	-8(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, -8(%rcx,%rsi,8)
	movsd	16(%rbx,%rsi,8), %xmm0
	addsd	(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, (%rcx,%rsi,8)
	movsd	24(%rbx,%rsi,8), %xmm0
	addsd	8(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, 8(%rcx,%rsi,8)
	addq	$4, %rsi
	cmpq	%rsi, %r8
	jne	.LBB13_516
	jmp	.LBB13_515
	.p2align	4
.LBB13_517:
	cmpl	$0, 64(%rbp)
	je	.LBB13_530
	cmpq	$0, 64(%rsp)
	jle	.LBB13_528
	leaq	1152(%rsp), %rax
	xorl	%ecx, %ecx
	jmp	.LBB13_520
	.p2align	4
.LBB13_527:
	incq	%rcx
	addq	%r10, %r15
	addq	$8, %rax
	cmpq	%r8, %rcx
	je	.LBB13_528
.LBB13_520:
	cmpq	$0, 72(%rsp)
	movq	40(%rsp), %r8
	jle	.LBB13_527
	movq	%rax, %rdx
	xorl	%esi, %esi
	jmp	.LBB13_522
	.p2align	4
.LBB13_526:
	movsd	%xmm0, (%r15,%rsi,8)
	incq	%rsi
	addq	%r11, %rdx
	cmpq	%rsi, %r14
	je	.LBB13_527
.LBB13_522:
	movsd	(%rdx), %xmm0
	cmpq	$0, 368(%rsp)
	je	.LBB13_524
	addsd	(%r12,%rsi,8), %xmm0
.LBB13_524:
	testb	%dil, %dil
	je	.LBB13_526
	addsd	(%r15,%rsi,8), %xmm0
	jmp	.LBB13_526
.LBB13_530:
	cmpq	$0, 72(%rsp)
	jle	.LBB13_528
	leaq	8(%r15), %rax
	leaq	1160(%rsp), %rcx
	xorl	%edx, %edx
	jmp	.LBB13_532
	.p2align	4
.LBB13_540:
	movsd	%xmm0, (%rdi,%rsi,8)
	movzbl	31(%rsp), %edi
.LBB13_541:
	incq	%rdx
	addq	%r11, %rcx
	addq	%r10, %rax
	cmpq	%r14, %rdx
	je	.LBB13_528
.LBB13_532:
	cmpq	$0, 64(%rsp)
	jle	.LBB13_541
	cmpq	$1, 40(%rsp)
	jne	.LBB13_542
	xorl	%esi, %esi
.LBB13_535:
	testb	$1, 40(%rsp)
	je	.LBB13_541
	movq	%rdx, %rdi
	imulq	%r9, %rdi
	addq	%rsi, %rdi
	movsd	1152(%rsp,%rdi,8), %xmm0
	cmpq	$0, 368(%rsp)
	je	.LBB13_538
	movq	120(%rsp), %rdi
	addsd	(%rdi,%rsi,8), %xmm0
.LBB13_538:
	movq	%rdx, %rdi
	imulq	56(%rbp), %rdi
	leaq	(%r15,%rdi,8), %rdi
	cmpb	$0, 31(%rsp)
	je	.LBB13_540
	addsd	(%rdi,%rsi,8), %xmm0
	jmp	.LBB13_540
	.p2align	4
.LBB13_542:
	xorl	%esi, %esi
	jmp	.LBB13_543
	.p2align	4
.LBB13_551:
	movsd	%xmm0, (%rax,%rsi,8)
	addq	$2, %rsi
	cmpq	%rsi, 32(%rsp)
	je	.LBB13_535
.LBB13_543:
	movsd	-8(%rcx,%rsi,8), %xmm0
	cmpq	$0, 368(%rsp)
	je	.LBB13_545
	addsd	-8(%r8,%rsi,8), %xmm0
.LBB13_545:
	testb	%dil, %dil
	je	.LBB13_547
	addsd	-8(%rax,%rsi,8), %xmm0
.LBB13_547:
	movsd	%xmm0, -8(%rax,%rsi,8)
	movsd	(%rcx,%rsi,8), %xmm0
	cmpq	$0, 368(%rsp)
	je	.LBB13_549
	addsd	(%r8,%rsi,8), %xmm0
.LBB13_549:
	testb	%dil, %dil
	je	.LBB13_551
	addsd	(%rax,%rsi,8), %xmm0
	jmp	.LBB13_551
	.p2align	4
.LBB13_237:
	movl	48(%rsp), %eax
	movq	%rax, 88(%rsp)
	addl	$-4, %eax
	cmpl	$8, %eax
	ja	.LBB13_431
	leaq	.LJTI13_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB13_239:
	movq	408(%rsp), %rax
	leaq	(%rax,%r8,8), %rax
	movq	%rax, 120(%rsp)
	movq	112(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$2, %rax
	movq	%rax, 144(%rsp)
	leaq	(,%rdi,8), %rax
	leaq	(%rax,%rsi,8), %rsi
	movq	552(%rsp), %rax
	addq	%rax, %rsi
	movq	464(%rsp), %rcx
	leaq	(%rcx,%r8,8), %rcx
	movq	%rcx, 104(%rsp)
	leaq	(%rax,%r8,8), %rax
	movq	%rax, 48(%rsp)
	imulq	%r13, %r8
	movq	400(%rsp), %rax
	leaq	(%rax,%r8), %r10
	addq	360(%rsp), %r8
	movq	864(%rsp), %rdi
	movq	$0, 64(%rsp)
	movq	296(%rsp), %rbx
	xorl	%r12d, %r12d
	jmp	.LBB13_240
	.p2align	4
.LBB13_268:
	movq	616(%rsp), %rcx
	movq	40(%rsp), %rbx
	addq	%rcx, %rbx
	movq	96(%rsp), %r12
	addq	$4, %r12
	movq	32(%rsp), %rdx
	addq	$-4, %rdx
	movq	88(%rsp), %rsi
	addq	$32, %rsi
	addq	$32, 104(%rsp)
	addq	$32, 48(%rsp)
	movq	1056(%rsp), %rax
	movq	136(%rsp), %r10
	addq	%rax, %r10
	movq	80(%rsp), %rdi
	addq	%rcx, %rdi
	movq	72(%rsp), %r8
	addq	%rax, %r8
	movq	64(%rsp), %rax
	cmpq	144(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 64(%rsp)
	movq	152(%rsp), %r13
	movq	216(%rsp), %r15
	je	.LBB13_489
.LBB13_240:
	cmpq	$4, %rdx
	movl	$4, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %r14d
	cmovgeq	%rdx, %r14
	cmpq	$4, %r14
	movl	$4, %eax
	cmovgeq	%rax, %r14
	movq	112(%rsp), %r15
	subq	%r12, %r15
	cmpq	$4, %r15
	cmovlq	%r15, %rax
	cmpb	$0, 30(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rsi, 88(%rsp)
	movq	%r10, 136(%rsp)
	movq	%rdi, 80(%rsp)
	movq	%rdx, 32(%rsp)
	movq	%rbx, 40(%rsp)
	movq	%r12, 96(%rsp)
	je	.LBB13_254
	leaq	(%rbx,%rcx,8), %rcx
	movq	%r15, 168(%rsp)
	testq	%r15, %r15
	jle	.LBB13_251
	movq	%r8, %rdx
	movq	%rbx, %rsi
	movq	%r10, %r8
	xorl	%r9d, %r9d
	movq	16(%rsp), %r12
	jmp	.LBB13_243
	.p2align	4
.LBB13_249:
	incq	%r9
	addq	%r13, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r13, %rdx
	cmpq	%r14, %r9
	je	.LBB13_250
.LBB13_243:
	testq	%r12, %r12
	jle	.LBB13_249
	cmpq	$3, 160(%rsp)
	jae	.LBB13_278
	xorl	%r10d, %r10d
	jmp	.LBB13_246
	.p2align	4
.LBB13_278:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	movq	328(%rsp), %r15
	.p2align	4
.LBB13_279:
	movsd	-24(%r8,%r10,8), %xmm0
	movsd	%xmm0, -96(%r11)
	movsd	-16(%r8,%r10,8), %xmm0
	movsd	%xmm0, -64(%r11)
	movsd	-8(%r8,%r10,8), %xmm0
	movsd	%xmm0, -32(%r11)
	movsd	(%r8,%r10,8), %xmm0
	movsd	%xmm0, (%r11)
	addq	$4, %r10
	subq	$-128, %r11
	cmpq	%r10, %r15
	jne	.LBB13_279
.LBB13_246:
	testb	$3, %r12b
	movq	640(%rsp), %rbx
	je	.LBB13_249
	leaq	(%rdx,%r10,8), %r11
	shlq	$5, %r10
	addq	%rsi, %r10
	xorl	%r15d, %r15d
	.p2align	4
.LBB13_248:
	movsd	(%r11,%r15), %xmm0
	movsd	%xmm0, (%r10,%r15,4)
	addq	$8, %r15
	cmpq	%r15, %rbx
	jne	.LBB13_248
	jmp	.LBB13_249
	.p2align	4
.LBB13_254:
	cmpq	$4, %r15
	jge	.LBB13_255
	cmpq	$0, 16(%rsp)
	jle	.LBB13_268
	movq	%r15, %rbx
	shlq	$3, %r14
	movq	40(%rsp), %r13
	movq	16(%rsp), %r15
	movq	48(%rsp), %r12
	jmp	.LBB13_271
	.p2align	4
.LBB13_272:
	xorl	%eax, %eax
.LBB13_277:
	leaq	(%rax,%r13), %rdi
	movl	$32, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	addq	152(%rsp), %r12
	addq	$32, %r13
	decq	%r15
	movq	56(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	184(%rsp), %r11
	je	.LBB13_268
.LBB13_271:
	testq	%rbx, %rbx
	jle	.LBB13_272
	movsd	-24(%r12), %xmm0
	movsd	%xmm0, (%r13)
	movq	%r14, %rax
	cmpq	$2, 32(%rsp)
	jl	.LBB13_277
	movsd	-16(%r12), %xmm0
	movsd	%xmm0, 8(%r13)
	movq	%r14, %rax
	je	.LBB13_277
	movsd	-8(%r12), %xmm0
	movsd	%xmm0, 16(%r13)
	movq	%r14, %rax
	cmpq	$3, 32(%rsp)
	je	.LBB13_277
	movsd	(%r12), %xmm0
	movsd	%xmm0, 24(%r13)
	movq	%r14, %rax
	jmp	.LBB13_277
	.p2align	4
.LBB13_250:
	cmpq	$4, 168(%rsp)
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	jl	.LBB13_251
	jmp	.LBB13_268
	.p2align	4
.LBB13_284:
	addq	$8, %rcx
	cmpq	$3, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_268
.LBB13_251:
	movq	16(%rsp), %rdi
	testq	%rdi, %rdi
	movq	1128(%rsp), %rbx
	jle	.LBB13_284
	cmpq	$3, 160(%rsp)
	jae	.LBB13_285
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_282
	jmp	.LBB13_284
	.p2align	4
.LBB13_285:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	432(%rsp), %r10
	.p2align	4
.LBB13_286:
	movq	$0, (%rsi)
	movq	$0, 32(%rsi)
	movq	$0, 64(%rsi)
	movq	$0, 96(%rsi)
	addq	$-4, %rdx
	subq	$-128, %rsi
	cmpq	%rdx, %r10
	jne	.LBB13_286
	negq	%rdx
	testb	$3, %dil
	je	.LBB13_284
.LBB13_282:
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_283:
	movq	$0, (%rdx,%rsi)
	addq	$32, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_283
	jmp	.LBB13_284
	.p2align	4
.LBB13_255:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_268
	movq	16(%rsp), %r10
	cmpq	$46, %r10
	jae	.LBB13_258
	xorl	%ecx, %ecx
	jmp	.LBB13_263
.LBB13_258:
	movq	616(%rsp), %rax
	imulq	64(%rsp), %rax
	movq	472(%rsp), %rcx
	addq	%rax, %rcx
	movq	424(%rsp), %rdx
	addq	%rax, %rdx
	addq	416(%rsp), %rax
	movq	160(%rsp), %rsi
	shrq	$59, %rsi
	setne	%sil
	cmpq	$1, 24(%rbp)
	setne	%dil
	movq	992(%rsp), %rbx
	movq	40(%rsp), %r14
	leaq	(%r14,%rbx), %r8
	cmpq	%r14, %r8
	setb	%r8b
	leaq	(%rcx,%rbx), %r9
	cmpq	%rcx, %r9
	setb	%cl
	leaq	(%rdx,%rbx), %r9
	cmpq	%rdx, %r9
	setb	%dl
	leaq	(%rax,%rbx), %r9
	cmpq	%rax, %r9
	setb	%al
	orb	%sil, %r8b
	orb	%cl, %r8b
	orb	%dl, %al
	orb	%r8b, %al
	orb	%dil, %al
	je	.LBB13_260
	xorl	%ecx, %ecx
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	jmp	.LBB13_263
.LBB13_260:
	xorl	%eax, %eax
	movq	560(%rsp), %rcx
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	movq	88(%rsp), %rdx
	.p2align	4
.LBB13_261:
	movupd	-24(%rdx,%rax), %xmm0
	movupd	-16(%rdx,%rax), %xmm1
	movupd	-8(%rdx,%rax), %xmm2
	movupd	(%rdx,%rax), %xmm3
	movapd	%xmm0, %xmm4
	unpcklpd	%xmm1, %xmm4
	movapd	%xmm2, %xmm5
	unpcklpd	%xmm3, %xmm5
	unpckhpd	%xmm1, %xmm0
	unpckhpd	%xmm3, %xmm2
	movupd	%xmm2, 48(%r14,%rax,4)
	movupd	%xmm0, 32(%r14,%rax,4)
	movupd	%xmm5, 16(%r14,%rax,4)
	movupd	%xmm4, (%r14,%rax,4)
	addq	$16, %rax
	addq	$-2, %rcx
	jne	.LBB13_261
	movq	560(%rsp), %rax
	movq	%rax, %rcx
	cmpq	%rax, %r10
	je	.LBB13_268
.LBB13_263:
	movq	%rcx, %rax
	testb	$1, 16(%rsp)
	je	.LBB13_265
	movq	120(%rsp), %rax
	movq	96(%rsp), %rdx
	leaq	(%rax,%rdx,8), %rax
	movq	%rcx, %rdx
	imulq	24(%rbp), %rdx
	movq	%rcx, %rsi
	shlq	$5, %rsi
	movups	(%rax,%rdx,8), %xmm0
	movq	40(%rsp), %rdi
	movups	%xmm0, (%rdi,%rsi)
	movupd	16(%rax,%rdx,8), %xmm0
	movupd	%xmm0, 16(%rdi,%rsi)
	movq	%rcx, %rax
	orq	$1, %rax
.LBB13_265:
	cmpq	%rcx, 160(%rsp)
	je	.LBB13_268
	movq	16(%rsp), %rcx
	subq	%rax, %rcx
	movq	152(%rsp), %rdi
	movq	%rdi, %rdx
	imulq	%rax, %rdx
	movq	%rax, %rsi
	shlq	$5, %rsi
	addq	40(%rsp), %rsi
	incq	%rax
	imulq	%rdi, %rax
	movq	104(%rsp), %rdi
	.p2align	4
.LBB13_267:
	movups	-16(%rdi,%rdx), %xmm0
	movups	%xmm0, (%rsi)
	movups	(%rdi,%rdx), %xmm0
	movups	%xmm0, 16(%rsi)
	movups	-16(%rdi,%rax), %xmm0
	movups	%xmm0, 32(%rsi)
	movupd	(%rdi,%rax), %xmm0
	movupd	%xmm0, 48(%rsi)
	addq	504(%rsp), %rdi
	addq	$64, %rsi
	addq	$-2, %rcx
	jne	.LBB13_267
	jmp	.LBB13_268
.LBB13_337:
	movq	408(%rsp), %rax
	leaq	(%rax,%r8,8), %rax
	movq	%rax, 128(%rsp)
	movq	112(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$3, %rax
	movq	%rax, 120(%rsp)
	leaq	(,%rdi,8), %rax
	leaq	(%rax,%rsi,8), %rsi
	movq	928(%rsp), %rax
	addq	%rax, %rsi
	movq	920(%rsp), %rcx
	leaq	(%rcx,%r8,8), %rcx
	movq	%rcx, 144(%rsp)
	leaq	(%rax,%r8,8), %rax
	movq	%rax, 104(%rsp)
	imulq	%r13, %r8
	movq	400(%rsp), %rax
	leaq	(%rax,%r8), %r10
	addq	360(%rsp), %r8
	movq	872(%rsp), %rdi
	movq	880(%rsp), %rax
	movq	%rax, 168(%rsp)
	movq	$0, 96(%rsp)
	movq	296(%rsp), %rbx
	xorl	%r12d, %r12d
	jmp	.LBB13_338
	.p2align	4
.LBB13_355:
	movq	608(%rsp), %rcx
	movq	64(%rsp), %rbx
	addq	%rcx, %rbx
	movq	88(%rsp), %r12
	addq	$8, %r12
	movq	32(%rsp), %rdx
	addq	$-8, %rdx
	movq	136(%rsp), %rsi
	addq	$64, %rsi
	addq	$64, 144(%rsp)
	addq	%rcx, 168(%rsp)
	addq	$64, 104(%rsp)
	movq	1048(%rsp), %rax
	movq	80(%rsp), %r10
	addq	%rax, %r10
	movq	48(%rsp), %rdi
	addq	%rcx, %rdi
	movq	72(%rsp), %r8
	addq	%rax, %r8
	movq	96(%rsp), %rax
	cmpq	120(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 96(%rsp)
	movq	152(%rsp), %r13
	je	.LBB13_489
.LBB13_338:
	cmpq	$8, %rdx
	movl	$8, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %r14d
	cmovgeq	%rdx, %r14
	cmpq	$8, %r14
	movl	$8, %eax
	cmovgeq	%rax, %r14
	movq	112(%rsp), %r9
	subq	%r12, %r9
	cmpq	$8, %r9
	cmovlq	%r9, %rax
	cmpb	$0, 30(%rsp)
	movq	%r9, 40(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rsi, 136(%rsp)
	movq	%r10, 80(%rsp)
	movq	%rdi, 48(%rsp)
	movq	%rdx, 32(%rsp)
	movq	%rbx, 64(%rsp)
	movq	%r12, 88(%rsp)
	je	.LBB13_341
	leaq	(%rbx,%rcx,8), %rcx
	testq	%r9, %r9
	jle	.LBB13_340
	movq	%r8, %rdx
	movq	%rbx, %rsi
	movq	%r10, %r8
	xorl	%r9d, %r9d
	movq	16(%rsp), %r12
	jmp	.LBB13_370
	.p2align	4
.LBB13_376:
	incq	%r9
	addq	%r13, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r13, %rdx
	cmpq	%r14, %r9
	je	.LBB13_377
.LBB13_370:
	testq	%r12, %r12
	jle	.LBB13_376
	cmpq	$3, 160(%rsp)
	jae	.LBB13_381
	xorl	%r10d, %r10d
	jmp	.LBB13_373
	.p2align	4
.LBB13_381:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	movq	328(%rsp), %rbx
	.p2align	4
.LBB13_382:
	movsd	-24(%r8,%r10,8), %xmm0
	movsd	%xmm0, -192(%r11)
	movsd	-16(%r8,%r10,8), %xmm0
	movsd	%xmm0, -128(%r11)
	movsd	-8(%r8,%r10,8), %xmm0
	movsd	%xmm0, -64(%r11)
	movsd	(%r8,%r10,8), %xmm0
	movsd	%xmm0, (%r11)
	addq	$4, %r10
	addq	$256, %r11
	cmpq	%r10, %rbx
	jne	.LBB13_382
.LBB13_373:
	testb	$3, %r12b
	movq	640(%rsp), %r15
	je	.LBB13_376
	leaq	(%rdx,%r10,8), %r11
	shlq	$6, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_375:
	movsd	(%r11,%rbx), %xmm0
	movsd	%xmm0, (%r10,%rbx,8)
	addq	$8, %rbx
	cmpq	%rbx, %r15
	jne	.LBB13_375
	jmp	.LBB13_376
	.p2align	4
.LBB13_341:
	cmpq	$8, %r9
	jge	.LBB13_342
	movq	%r9, %rax
	cmpq	$0, 16(%rsp)
	movq	56(%rsp), %r9
	jle	.LBB13_355
	shlq	$3, %r14
	movq	64(%rsp), %r13
	movq	16(%rsp), %rbx
	movq	104(%rsp), %r12
	jmp	.LBB13_358
	.p2align	4
.LBB13_359:
	xorl	%eax, %eax
.LBB13_368:
	leaq	(%rax,%r13), %rdi
	movl	$64, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	addq	152(%rsp), %r12
	addq	$64, %r13
	decq	%rbx
	movq	56(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	184(%rsp), %r11
	movq	40(%rsp), %rax
	je	.LBB13_355
.LBB13_358:
	testq	%rax, %rax
	jle	.LBB13_359
	movsd	-56(%r12), %xmm0
	movsd	%xmm0, (%r13)
	movq	%r14, %rax
	cmpq	$2, 32(%rsp)
	jl	.LBB13_368
	movsd	-48(%r12), %xmm0
	movsd	%xmm0, 8(%r13)
	movq	%r14, %rax
	je	.LBB13_368
	movsd	-40(%r12), %xmm0
	movsd	%xmm0, 16(%r13)
	movq	%r14, %rax
	cmpq	$3, 32(%rsp)
	je	.LBB13_368
	movsd	-32(%r12), %xmm0
	movsd	%xmm0, 24(%r13)
	movq	%r14, %rax
	cmpq	$4, 32(%rsp)
	je	.LBB13_368
	movsd	-24(%r12), %xmm0
	movsd	%xmm0, 32(%r13)
	movq	%r14, %rax
	cmpq	$5, 32(%rsp)
	je	.LBB13_368
	movsd	-16(%r12), %xmm0
	movsd	%xmm0, 40(%r13)
	movq	%r14, %rax
	cmpq	$6, 32(%rsp)
	je	.LBB13_368
	movsd	-8(%r12), %xmm0
	movsd	%xmm0, 48(%r13)
	movq	%r14, %rax
	cmpq	$7, 32(%rsp)
	je	.LBB13_368
	movsd	(%r12), %xmm0
	movsd	%xmm0, 56(%r13)
	movq	%r14, %rax
	jmp	.LBB13_368
	.p2align	4
.LBB13_377:
	cmpq	$8, 40(%rsp)
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	movq	216(%rsp), %r15
	jl	.LBB13_378
	jmp	.LBB13_355
	.p2align	4
.LBB13_342:
	cmpq	$0, 16(%rsp)
	movq	56(%rsp), %r9
	jle	.LBB13_355
	movq	16(%rsp), %r15
	cmpq	$66, %r15
	jae	.LBB13_345
	xorl	%ecx, %ecx
	movq	216(%rsp), %r15
	jmp	.LBB13_350
.LBB13_340:
	movq	56(%rsp), %r9
	jmp	.LBB13_378
	.p2align	4
.LBB13_387:
	addq	$8, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_355
.LBB13_378:
	movq	16(%rsp), %rdi
	testq	%rdi, %rdi
	movq	1120(%rsp), %rbx
	jle	.LBB13_387
	cmpq	$3, 160(%rsp)
	jae	.LBB13_388
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_385
	jmp	.LBB13_387
	.p2align	4
.LBB13_388:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	432(%rsp), %r10
	.p2align	4
.LBB13_389:
	movq	$0, (%rsi)
	movq	$0, 64(%rsi)
	movq	$0, 128(%rsi)
	movq	$0, 192(%rsi)
	addq	$-4, %rdx
	addq	$256, %rsi
	cmpq	%rdx, %r10
	jne	.LBB13_389
	negq	%rdx
	testb	$3, %dil
	je	.LBB13_387
.LBB13_385:
	shlq	$6, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_386:
	movq	$0, (%rdx,%rsi)
	addq	$64, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_386
	jmp	.LBB13_387
.LBB13_345:
	movq	608(%rsp), %rcx
	imulq	96(%rsp), %rcx
	movq	472(%rsp), %rax
	leaq	(%rax,%rcx), %rsi
	movq	424(%rsp), %rax
	leaq	(%rax,%rcx), %rdi
	movq	416(%rsp), %rax
	leaq	(%rax,%rcx), %r8
	movq	592(%rsp), %rax
	leaq	(%rax,%rcx), %r9
	movq	584(%rsp), %rax
	leaq	(%rax,%rcx), %r10
	movq	576(%rsp), %rax
	leaq	(%rax,%rcx), %r11
	addq	976(%rsp), %rcx
	movabsq	$288230376151711743, %rax
	cmpq	%rax, 160(%rsp)
	seta	%bl
	cmpq	$1, 24(%rbp)
	setne	%al
	movq	1008(%rsp), %r12
	movq	64(%rsp), %r14
	leaq	(%r14,%r12), %rdx
	cmpq	%r14, %rdx
	setb	%dl
	leaq	(%rsi,%r12), %r14
	cmpq	%rsi, %r14
	setb	%sil
	leaq	(%rdi,%r12), %r14
	cmpq	%rdi, %r14
	setb	%dil
	leaq	(%r8,%r12), %r14
	cmpq	%r8, %r14
	setb	%r8b
	leaq	(%r9,%r12), %r14
	cmpq	%r9, %r14
	setb	%r9b
	leaq	(%r10,%r12), %r14
	cmpq	%r10, %r14
	setb	%r10b
	leaq	(%r11,%r12), %r14
	cmpq	%r11, %r14
	setb	%r11b
	leaq	(%rcx,%r12), %r14
	cmpq	%rcx, %r14
	setb	%cl
	orb	%bl, %dl
	orb	%sil, %dl
	orb	%dil, %r8b
	orb	%dl, %r8b
	orb	%r9b, %r10b
	orb	%r11b, %r10b
	orb	%r8b, %r10b
	orb	%al, %cl
	orb	%r10b, %cl
	testb	$1, %cl
	je	.LBB13_347
	xorl	%ecx, %ecx
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	movq	216(%rsp), %r15
	jmp	.LBB13_350
.LBB13_347:
	xorl	%eax, %eax
	movq	568(%rsp), %rdx
	movq	%rdx, %rcx
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	movq	136(%rsp), %rsi
	movq	64(%rsp), %rdi
	.p2align	4
.LBB13_348:
	movupd	-56(%rsi,%rax), %xmm0
	movupd	-48(%rsi,%rax), %xmm1
	movupd	-40(%rsi,%rax), %xmm2
	movupd	-32(%rsi,%rax), %xmm3
	movupd	-24(%rsi,%rax), %xmm4
	movupd	-16(%rsi,%rax), %xmm5
	movupd	-8(%rsi,%rax), %xmm6
	movupd	(%rsi,%rax), %xmm7
	movapd	%xmm4, %xmm8
	unpcklpd	%xmm5, %xmm8
	movapd	%xmm6, %xmm9
	unpcklpd	%xmm7, %xmm9
	unpckhpd	%xmm5, %xmm4
	unpckhpd	%xmm7, %xmm6
	movapd	%xmm0, %xmm5
	unpcklpd	%xmm1, %xmm5
	movapd	%xmm2, %xmm7
	unpcklpd	%xmm3, %xmm7
	unpckhpd	%xmm1, %xmm0
	unpckhpd	%xmm3, %xmm2
	movupd	%xmm6, 112(%rdi,%rax,8)
	movupd	%xmm4, 96(%rdi,%rax,8)
	movupd	%xmm2, 80(%rdi,%rax,8)
	movupd	%xmm0, 64(%rdi,%rax,8)
	movupd	%xmm9, 48(%rdi,%rax,8)
	movupd	%xmm8, 32(%rdi,%rax,8)
	movupd	%xmm7, 16(%rdi,%rax,8)
	movupd	%xmm5, (%rdi,%rax,8)
	addq	$16, %rax
	addq	$-2, %rcx
	jne	.LBB13_348
	movq	%rdx, %rcx
	cmpq	%rdx, %r15
	movq	216(%rsp), %r15
	je	.LBB13_355
.LBB13_350:
	movq	%rcx, %rax
	testb	$1, 16(%rsp)
	je	.LBB13_352
	movq	128(%rsp), %rax
	movq	88(%rsp), %rdx
	leaq	(%rax,%rdx,8), %rax
	movq	%rcx, %rdx
	imulq	24(%rbp), %rdx
	movq	%rcx, %rsi
	shlq	$6, %rsi
	movups	(%rax,%rdx,8), %xmm0
	movq	64(%rsp), %rdi
	movups	%xmm0, (%rdi,%rsi)
	movups	16(%rax,%rdx,8), %xmm0
	movups	%xmm0, 16(%rdi,%rsi)
	movups	32(%rax,%rdx,8), %xmm0
	movups	%xmm0, 32(%rdi,%rsi)
	movupd	48(%rax,%rdx,8), %xmm0
	movupd	%xmm0, 48(%rdi,%rsi)
	movq	%rcx, %rax
	orq	$1, %rax
.LBB13_352:
	cmpq	%rcx, 160(%rsp)
	je	.LBB13_355
	movq	16(%rsp), %rcx
	subq	%rax, %rcx
	movq	152(%rsp), %rdi
	movq	%rdi, %rdx
	imulq	%rax, %rdx
	leaq	1(%rax), %rsi
	imulq	%rdi, %rsi
	shlq	$6, %rax
	addq	168(%rsp), %rax
	movq	144(%rsp), %rdi
	.p2align	4
.LBB13_354:
	movups	-32(%rdi,%rdx), %xmm0
	movups	%xmm0, -64(%rax)
	movups	-16(%rdi,%rdx), %xmm0
	movups	%xmm0, -48(%rax)
	movups	(%rdi,%rdx), %xmm0
	movups	%xmm0, -32(%rax)
	movups	16(%rdi,%rdx), %xmm0
	movups	%xmm0, -16(%rax)
	movups	-32(%rdi,%rsi), %xmm0
	movups	%xmm0, (%rax)
	movups	-16(%rdi,%rsi), %xmm0
	movups	%xmm0, 16(%rax)
	movups	(%rdi,%rsi), %xmm0
	movups	%xmm0, 32(%rax)
	movupd	16(%rdi,%rsi), %xmm0
	movupd	%xmm0, 48(%rax)
	addq	504(%rsp), %rdi
	subq	$-128, %rax
	addq	$-2, %rcx
	jne	.LBB13_354
	jmp	.LBB13_355
.LBB13_287:
	movq	112(%rsp), %r10
	leaq	-1(%r10), %rax
	movabsq	$-6148914691236517205, %rcx
	mulq	%rcx
	movq	408(%rsp), %rax
	leaq	(%rax,%r8,8), %rax
	movq	%rax, 168(%rsp)
	shrq	$2, %rdx
	movq	%rdx, 144(%rsp)
	leaq	(,%rdi,8), %rax
	leaq	(%rax,%rsi,8), %rdx
	movq	912(%rsp), %rax
	addq	%rax, %rdx
	movq	464(%rsp), %rcx
	leaq	(%rcx,%r8,8), %rcx
	movq	%rcx, 48(%rsp)
	leaq	(%rax,%r8,8), %rax
	movq	%rax, 80(%rsp)
	imulq	%r13, %r8
	movq	400(%rsp), %rax
	leaq	(%rax,%r8), %rdi
	addq	360(%rsp), %r8
	movq	576(%rsp), %rax
	movq	%rax, 104(%rsp)
	movq	$0, 64(%rsp)
	movq	296(%rsp), %rsi
	xorl	%ebx, %ebx
	jmp	.LBB13_288
	.p2align	4
.LBB13_316:
	movq	600(%rsp), %rax
	movq	40(%rsp), %rsi
	addq	%rax, %rsi
	movq	96(%rsp), %rbx
	addq	$6, %rbx
	movq	32(%rsp), %r10
	addq	$-6, %r10
	movq	88(%rsp), %rdx
	addq	$48, %rdx
	addq	$48, 48(%rsp)
	addq	%rax, 104(%rsp)
	addq	$48, 80(%rsp)
	movq	1032(%rsp), %rax
	movq	136(%rsp), %rdi
	addq	%rax, %rdi
	movq	72(%rsp), %r8
	addq	%rax, %r8
	movq	64(%rsp), %rax
	cmpq	144(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 64(%rsp)
	movq	152(%rsp), %r13
	movq	216(%rsp), %r15
	je	.LBB13_489
.LBB13_288:
	movq	%rdx, 88(%rsp)
	cmpq	$6, %r10
	movl	$6, %ecx
	cmovlq	%r10, %rcx
	cmpq	$2, %r10
	movl	$1, %r14d
	cmovgeq	%r10, %r14
	cmpq	$6, %r14
	movl	$6, %eax
	cmovgeq	%rax, %r14
	movq	112(%rsp), %r12
	subq	%rbx, %r12
	cmpq	$6, %r12
	cmovlq	%r12, %rax
	cmpb	$0, 30(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdi, 136(%rsp)
	movq	%r10, 32(%rsp)
	movq	%rsi, 40(%rsp)
	movq	%rbx, 96(%rsp)
	je	.LBB13_302
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r12, %r12
	jle	.LBB13_299
	movq	%r8, %rdx
	xorl	%r8d, %r8d
	movq	488(%rsp), %rbx
	movq	328(%rsp), %r15
	jmp	.LBB13_291
	.p2align	4
.LBB13_297:
	incq	%r8
	addq	%r13, %rdi
	addq	$8, %rsi
	addq	%r13, %rdx
	cmpq	%r14, %r8
	je	.LBB13_298
.LBB13_291:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_297
	cmpq	$3, 160(%rsp)
	jae	.LBB13_328
	xorl	%r9d, %r9d
	jmp	.LBB13_294
	.p2align	4
.LBB13_328:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	.p2align	4
.LBB13_329:
	movsd	-24(%rdi,%r9,8), %xmm0
	movsd	%xmm0, (%r10)
	movsd	-16(%rdi,%r9,8), %xmm0
	movsd	%xmm0, 48(%r10)
	movsd	-8(%rdi,%r9,8), %xmm0
	movsd	%xmm0, 96(%r10)
	movsd	(%rdi,%r9,8), %xmm0
	movsd	%xmm0, 144(%r10)
	addq	$4, %r9
	addq	$192, %r10
	cmpq	%r9, %r15
	jne	.LBB13_329
.LBB13_294:
	testb	$3, 16(%rsp)
	je	.LBB13_297
	leaq	(%r9,%r9,2), %r10
	shlq	$4, %r10
	addq	%rsi, %r10
	leaq	(%rdx,%r9,8), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB13_296:
	movsd	(%r9,%r11,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%r11
	addq	$48, %r10
	cmpq	%r11, %rbx
	jne	.LBB13_296
	jmp	.LBB13_297
	.p2align	4
.LBB13_302:
	cmpq	$6, %r12
	jge	.LBB13_303
	cmpq	$0, 16(%rsp)
	jle	.LBB13_316
	shlq	$3, %r14
	movq	40(%rsp), %r15
	movq	16(%rsp), %r13
	movq	80(%rsp), %rbx
	jmp	.LBB13_319
	.p2align	4
.LBB13_320:
	xorl	%eax, %eax
.LBB13_327:
	leaq	(%r15,%rax), %rdi
	movl	$48, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	addq	152(%rsp), %rbx
	addq	$48, %r15
	decq	%r13
	movq	56(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	184(%rsp), %r11
	je	.LBB13_316
.LBB13_319:
	testq	%r12, %r12
	jle	.LBB13_320
	movsd	-40(%rbx), %xmm0
	movsd	%xmm0, (%r15)
	movq	%r14, %rax
	cmpq	$2, 32(%rsp)
	jl	.LBB13_327
	movsd	-32(%rbx), %xmm0
	movsd	%xmm0, 8(%r15)
	movq	%r14, %rax
	je	.LBB13_327
	movsd	-24(%rbx), %xmm0
	movsd	%xmm0, 16(%r15)
	movq	%r14, %rax
	cmpq	$3, 32(%rsp)
	je	.LBB13_327
	movsd	-16(%rbx), %xmm0
	movsd	%xmm0, 24(%r15)
	movq	%r14, %rax
	cmpq	$4, 32(%rsp)
	je	.LBB13_327
	movsd	-8(%rbx), %xmm0
	movsd	%xmm0, 32(%r15)
	movq	%r14, %rax
	cmpq	$5, 32(%rsp)
	je	.LBB13_327
	movsd	(%rbx), %xmm0
	movsd	%xmm0, 40(%r15)
	movq	%r14, %rax
	jmp	.LBB13_327
	.p2align	4
.LBB13_298:
	cmpq	$6, %r12
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	jl	.LBB13_299
	jmp	.LBB13_316
	.p2align	4
.LBB13_334:
	addq	$8, %rcx
	cmpq	$5, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_316
.LBB13_299:
	movq	16(%rsp), %rdi
	testq	%rdi, %rdi
	movq	1112(%rsp), %rbx
	jle	.LBB13_334
	cmpq	$3, 160(%rsp)
	jae	.LBB13_335
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_332
	jmp	.LBB13_334
	.p2align	4
.LBB13_335:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	432(%rsp), %r10
	.p2align	4
.LBB13_336:
	movq	$0, (%rsi)
	movq	$0, 48(%rsi)
	movq	$0, 96(%rsi)
	movq	$0, 144(%rsi)
	addq	$-4, %rdx
	addq	$192, %rsi
	cmpq	%rdx, %r10
	jne	.LBB13_336
	negq	%rdx
	testb	$3, %dil
	je	.LBB13_334
.LBB13_332:
	leaq	(%rdx,%rdx,2), %rdx
	shlq	$4, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_333:
	movq	$0, (%rdx,%rsi)
	addq	$48, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_333
	jmp	.LBB13_334
	.p2align	4
.LBB13_303:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_316
	movq	16(%rsp), %rbx
	cmpq	$74, %rbx
	jae	.LBB13_306
	xorl	%eax, %eax
	jmp	.LBB13_311
.LBB13_306:
	movq	600(%rsp), %rax
	imulq	64(%rsp), %rax
	movq	472(%rsp), %rcx
	leaq	(%rcx,%rax), %rsi
	movq	424(%rsp), %rcx
	leaq	(%rcx,%rax), %rdi
	movq	416(%rsp), %rcx
	leaq	(%rcx,%rax), %r8
	movq	592(%rsp), %rcx
	leaq	(%rcx,%rax), %r9
	addq	584(%rsp), %rax
	cmpq	$1, 24(%rbp)
	setne	%cl
	movq	1000(%rsp), %r14
	movq	40(%rsp), %r11
	leaq	(%r11,%r14), %rdx
	cmpq	%r11, %rdx
	setb	%dl
	movzbl	247(%rsp), %r15d
	orb	%r15b, %dl
	leaq	(%rsi,%r14), %r10
	cmpq	%rsi, %r10
	setb	%sil
	orb	%r15b, %sil
	leaq	(%rdi,%r14), %r10
	cmpq	%rdi, %r10
	setb	%dil
	orb	%r15b, %dil
	leaq	(%r8,%r14), %r10
	cmpq	%r8, %r10
	setb	%r8b
	orb	%r15b, %r8b
	leaq	(%r9,%r14), %r10
	cmpq	%r9, %r10
	setb	%r9b
	orb	%r15b, %r9b
	leaq	(%rax,%r14), %r10
	cmpq	%rax, %r10
	setb	%al
	orb	%r15b, %al
	orb	%r9b, %al
	orb	%cl, %al
	orb	%dl, %sil
	orb	%dil, %r8b
	orb	%sil, %r8b
	orb	%al, %r8b
	testb	$1, %r8b
	je	.LBB13_308
	xorl	%eax, %eax
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	jmp	.LBB13_311
.LBB13_308:
	movq	%r11, %rax
	xorl	%ecx, %ecx
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	movq	568(%rsp), %rdx
	movq	88(%rsp), %rsi
	.p2align	4
.LBB13_309:
	movupd	-40(%rsi,%rcx,8), %xmm0
	movupd	-32(%rsi,%rcx,8), %xmm1
	movupd	-24(%rsi,%rcx,8), %xmm2
	movupd	-16(%rsi,%rcx,8), %xmm3
	movupd	-8(%rsi,%rcx,8), %xmm4
	movupd	(%rsi,%rcx,8), %xmm5
	movapd	%xmm4, %xmm6
	unpcklpd	%xmm5, %xmm6
	unpckhpd	%xmm5, %xmm4
	movapd	%xmm0, %xmm5
	unpcklpd	%xmm1, %xmm5
	movapd	%xmm2, %xmm7
	unpcklpd	%xmm3, %xmm7
	unpckhpd	%xmm1, %xmm0
	unpckhpd	%xmm3, %xmm2
	movupd	%xmm4, 80(%rax)
	movupd	%xmm2, 64(%rax)
	movupd	%xmm0, 48(%rax)
	movupd	%xmm6, 32(%rax)
	movupd	%xmm7, 16(%rax)
	movupd	%xmm5, (%rax)
	addq	$2, %rcx
	addq	$96, %rax
	cmpq	%rcx, %rdx
	jne	.LBB13_309
	movq	%rdx, %rax
	cmpq	%rdx, %rbx
	je	.LBB13_316
.LBB13_311:
	movq	%rax, %rsi
	testb	$1, 16(%rsp)
	je	.LBB13_313
	movq	168(%rsp), %rcx
	movq	96(%rsp), %rdx
	leaq	(%rcx,%rdx,8), %rcx
	movq	%rax, %rdx
	imulq	24(%rbp), %rdx
	leaq	(%rax,%rax,2), %rsi
	shlq	$4, %rsi
	movups	(%rcx,%rdx,8), %xmm0
	movq	40(%rsp), %rdi
	movups	%xmm0, (%rdi,%rsi)
	movups	16(%rcx,%rdx,8), %xmm0
	movups	%xmm0, 16(%rdi,%rsi)
	movupd	32(%rcx,%rdx,8), %xmm0
	movupd	%xmm0, 32(%rdi,%rsi)
	movq	%rax, %rsi
	orq	$1, %rsi
.LBB13_313:
	cmpq	%rax, 160(%rsp)
	je	.LBB13_316
	movq	16(%rsp), %rax
	subq	%rsi, %rax
	movq	152(%rsp), %rdi
	movq	%rdi, %rcx
	imulq	%rsi, %rcx
	leaq	1(%rsi), %rdx
	imulq	%rdi, %rdx
	leaq	(%rsi,%rsi,2), %rsi
	shlq	$4, %rsi
	addq	104(%rsp), %rsi
	movq	48(%rsp), %rdi
	.p2align	4
.LBB13_315:
	movups	-16(%rdi,%rcx), %xmm0
	movups	%xmm0, -48(%rsi)
	movups	(%rdi,%rcx), %xmm0
	movups	%xmm0, -32(%rsi)
	movups	16(%rdi,%rcx), %xmm0
	movups	%xmm0, -16(%rsi)
	movups	-16(%rdi,%rdx), %xmm0
	movups	%xmm0, (%rsi)
	movups	(%rdi,%rdx), %xmm0
	movups	%xmm0, 16(%rsi)
	movupd	16(%rdi,%rdx), %xmm0
	movupd	%xmm0, 32(%rsi)
	addq	504(%rsp), %rdi
	addq	$96, %rsi
	addq	$-2, %rax
	jne	.LBB13_315
	jmp	.LBB13_316
.LBB13_390:
	movq	112(%rsp), %r10
	leaq	-1(%r10), %rax
	movabsq	$-6148914691236517205, %rcx
	mulq	%rcx
	movq	408(%rsp), %rax
	leaq	(%rax,%r8,8), %rax
	movq	%rax, 200(%rsp)
	shrq	$3, %rdx
	movq	%rdx, 208(%rsp)
	movq	936(%rsp), %rax
	leaq	(%rax,%r8,8), %rdx
	leaq	(,%rsi,8), %rax
	leaq	(%rax,%rdi,8), %rax
	addq	552(%rsp), %rax
	movq	%rax, 192(%rsp)
	imulq	%r13, %r8
	movq	400(%rsp), %rax
	leaq	(%rax,%r8), %rdi
	addq	360(%rsp), %r8
	movq	416(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	888(%rsp), %rsi
	movq	$0, 48(%rsp)
	movq	296(%rsp), %rbx
	xorl	%r14d, %r14d
	jmp	.LBB13_391
	.p2align	4
.LBB13_408:
	movq	624(%rsp), %rax
	movq	104(%rsp), %rbx
	addq	%rax, %rbx
	movq	128(%rsp), %r14
	addq	$12, %r14
	movq	136(%rsp), %r10
	addq	$-12, %r10
	movq	120(%rsp), %rsi
	addq	%rax, %rsi
	movq	144(%rsp), %rdx
	addq	$96, %rdx
	addq	$96, 192(%rsp)
	addq	%rax, 176(%rsp)
	addq	$96, 200(%rsp)
	movq	1040(%rsp), %rax
	movq	168(%rsp), %rdi
	addq	%rax, %rdi
	movq	72(%rsp), %r8
	addq	%rax, %r8
	movq	48(%rsp), %rax
	cmpq	208(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 48(%rsp)
	movq	152(%rsp), %r13
	movq	216(%rsp), %r15
	je	.LBB13_489
.LBB13_391:
	cmpq	$12, %r10
	movl	$12, %ecx
	cmovlq	%r10, %rcx
	cmpq	$2, %r10
	movl	$1, %r12d
	cmovgeq	%r10, %r12
	cmpq	$12, %r12
	movl	$12, %eax
	cmovgeq	%rax, %r12
	movq	112(%rsp), %r15
	subq	%r14, %r15
	cmpq	$12, %r15
	cmovlq	%r15, %rax
	cmpb	$0, 30(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdx, 144(%rsp)
	movq	%rdi, 168(%rsp)
	movq	%rsi, 120(%rsp)
	movq	%r10, 136(%rsp)
	movq	%rbx, 104(%rsp)
	movq	%r14, 128(%rsp)
	je	.LBB13_405
	leaq	(%rbx,%rcx,8), %rcx
	testq	%r15, %r15
	jle	.LBB13_402
	movq	%r15, 64(%rsp)
	movq	%r8, %rdx
	movq	%rbx, %rsi
	xorl	%r8d, %r8d
	movq	16(%rsp), %rbx
	movq	488(%rsp), %r14
	movq	328(%rsp), %r15
	jmp	.LBB13_394
	.p2align	4
.LBB13_400:
	incq	%r8
	addq	%r13, %rdi
	addq	$8, %rsi
	addq	%r13, %rdx
	cmpq	%r12, %r8
	je	.LBB13_401
.LBB13_394:
	testq	%rbx, %rbx
	jle	.LBB13_400
	cmpq	$3, 160(%rsp)
	jae	.LBB13_422
	xorl	%r9d, %r9d
	jmp	.LBB13_397
	.p2align	4
.LBB13_422:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	.p2align	4
.LBB13_423:
	movsd	-24(%rdi,%r9,8), %xmm0
	movsd	%xmm0, (%r10)
	movsd	-16(%rdi,%r9,8), %xmm0
	movsd	%xmm0, 96(%r10)
	movsd	-8(%rdi,%r9,8), %xmm0
	movsd	%xmm0, 192(%r10)
	movsd	(%rdi,%r9,8), %xmm0
	movsd	%xmm0, 288(%r10)
	addq	$4, %r9
	addq	$384, %r10
	cmpq	%r9, %r15
	jne	.LBB13_423
.LBB13_397:
	testq	%r14, %r14
	je	.LBB13_400
	leaq	(%r9,%r9,2), %r10
	shlq	$5, %r10
	addq	%rsi, %r10
	leaq	(%rdx,%r9,8), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB13_399:
	movsd	(%r9,%r11,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%r11
	addq	$96, %r10
	cmpq	%r11, %r14
	jne	.LBB13_399
	jmp	.LBB13_400
	.p2align	4
.LBB13_405:
	cmpq	$12, %r15
	jge	.LBB13_406
	movq	%r15, 64(%rsp)
	movq	%r12, 80(%rsp)
	cmpq	$0, 16(%rsp)
	jle	.LBB13_408
	movq	80(%rsp), %rcx
	movl	%ecx, %r13d
	andl	$3, %r13d
	shll	$3, %r13d
	movl	%ecx, %ebx
	andl	$12, %ebx
	movq	48(%rsp), %rax
	imulq	624(%rsp), %rax
	addq	296(%rsp), %rax
	movq	%rax, 88(%rsp)
	shlq	$3, %rcx
	movq	%rcx, 96(%rsp)
	movq	200(%rsp), %rsi
	movq	104(%rsp), %r14
	movq	176(%rsp), %r15
	movq	192(%rsp), %r12
	xorl	%ecx, %ecx
	jmp	.LBB13_411
	.p2align	4
.LBB13_412:
	xorl	%ecx, %ecx
.LBB13_421:
	addq	%rcx, %rdi
	movl	$96, %edx
	subq	%rcx, %rdx
	movq	%rsi, 32(%rsp)
	xorl	%esi, %esi
	callq	memset@PLT
	movq	32(%rsp), %rsi
	movq	40(%rsp), %rcx
	incq	%rcx
	movq	152(%rsp), %rax
	addq	%rax, %r12
	addq	$96, %r15
	addq	$96, %r14
	addq	%rax, %rsi
	cmpq	16(%rsp), %rcx
	movq	56(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	184(%rsp), %r11
	je	.LBB13_408
.LBB13_411:
	leaq	(%rcx,%rcx,2), %rdi
	shlq	$5, %rdi
	addq	88(%rsp), %rdi
	cmpq	$0, 64(%rsp)
	movq	%rcx, 40(%rsp)
	jle	.LBB13_412
	cmpq	$4, 136(%rsp)
	jge	.LBB13_415
	xorl	%eax, %eax
	jmp	.LBB13_417
	.p2align	4
.LBB13_415:
	xorl	%eax, %eax
	.p2align	4
.LBB13_416:
	movsd	-24(%r12,%rax,8), %xmm0
	movsd	%xmm0, -24(%r15,%rax,8)
	movsd	-16(%r12,%rax,8), %xmm0
	movsd	%xmm0, -16(%r15,%rax,8)
	movsd	-8(%r12,%rax,8), %xmm0
	movsd	%xmm0, -8(%r15,%rax,8)
	movsd	(%r12,%rax,8), %xmm0
	movsd	%xmm0, (%r15,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %rbx
	jne	.LBB13_416
.LBB13_417:
	movq	96(%rsp), %rcx
	testb	$3, 80(%rsp)
	je	.LBB13_421
	leaq	(%r14,%rax,8), %rcx
	leaq	(%rsi,%rax,8), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB13_419:
	movsd	(%rax,%rdx), %xmm0
	movsd	%xmm0, (%rcx,%rdx)
	addq	$8, %rdx
	cmpq	%rdx, %r13
	jne	.LBB13_419
	movq	96(%rsp), %rcx
	jmp	.LBB13_421
	.p2align	4
.LBB13_401:
	cmpq	$12, 64(%rsp)
	movq	56(%rsp), %r9
	movq	184(%rsp), %r11
	jl	.LBB13_402
	jmp	.LBB13_408
	.p2align	4
.LBB13_428:
	addq	$8, %rcx
	cmpq	$11, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_408
.LBB13_402:
	movq	16(%rsp), %rdi
	testq	%rdi, %rdi
	movq	1104(%rsp), %rbx
	jle	.LBB13_428
	cmpq	$3, 160(%rsp)
	jae	.LBB13_429
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_426
	jmp	.LBB13_428
	.p2align	4
.LBB13_429:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	432(%rsp), %r10
	.p2align	4
.LBB13_430:
	movq	$0, (%rsi)
	movq	$0, 96(%rsi)
	movq	$0, 192(%rsi)
	movq	$0, 288(%rsi)
	addq	$-4, %rdx
	addq	$384, %rsi
	cmpq	%rdx, %r10
	jne	.LBB13_430
	negq	%rdx
	testb	$3, %dil
	je	.LBB13_428
.LBB13_426:
	leaq	(%rdx,%rdx,2), %rdx
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_427:
	movq	$0, (%rdx,%rsi)
	addq	$96, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_427
	jmp	.LBB13_428
	.p2align	4
.LBB13_406:
	movq	%rdx, %rax
	movq	%rsi, %rcx
	movq	16(%rsp), %rsi
	movq	%rsi, %rdx
	testq	%rsi, %rsi
	jle	.LBB13_408
	.p2align	4
.LBB13_407:
	movups	-80(%rax), %xmm0
	movups	%xmm0, -80(%rcx)
	movups	-64(%rax), %xmm0
	movups	%xmm0, -64(%rcx)
	movups	-48(%rax), %xmm0
	movups	%xmm0, -48(%rcx)
	movups	-32(%rax), %xmm0
	movups	%xmm0, -32(%rcx)
	movups	-16(%rax), %xmm0
	movups	%xmm0, -16(%rcx)
	movupd	(%rax), %xmm0
	movupd	%xmm0, (%rcx)
	addq	$96, %rcx
	addq	152(%rsp), %rax
	decq	%rdx
	jne	.LBB13_407
	jmp	.LBB13_408
.LBB13_431:
	cmpq	$4, 16(%rsp)
	setae	%al
	movq	904(%rsp), %rdx
	movq	48(%rsp), %rcx
	imulq	%rcx, %rdx
	movq	%rdx, 288(%rsp)
	leaq	(,%rcx,8), %rdx
	movq	%rdx, 32(%rsp)
	movq	88(%rsp), %rdx
	movl	%edx, %r10d
	andl	$2147483644, %r10d
	movq	%r10, 200(%rsp)
	cmpl	$1, %ecx
	sete	%r10b
	andb	%al, %r10b
	movb	%r10b, 64(%rsp)
	shrl	$2, %edx
	andl	$536870911, %edx
	shlq	$5, %rdx
	movq	%rdx, 192(%rsp)
	leaq	(,%rsi,8), %rax
	leaq	(%rax,%rdi,8), %rdx
	movq	464(%rsp), %rax
	addq	%rdx, %rax
	movq	%rax, 208(%rsp)
	addq	944(%rsp), %rdx
	movq	%rdx, 176(%rsp)
	imulq	%r13, %r8
	movq	896(%rsp), %rax
	addq	%r8, %rax
	movq	%rax, 272(%rsp)
	movq	%r13, %rax
	imulq	%rcx, %rax
	movq	%rax, 512(%rsp)
	addq	360(%rsp), %r8
	movq	%rcx, %rax
	shlq	$5, %rax
	movq	%rax, 96(%rsp)
	movq	296(%rsp), %rax
	movq	%rax, 120(%rsp)
	movq	424(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	$0, 336(%rsp)
	movq	112(%rsp), %rax
	xorl	%edx, %edx
	jmp	.LBB13_432
	.p2align	4
.LBB13_488:
	movq	168(%rsp), %rdx
	addq	%r11, %rdx
	incq	336(%rsp)
	movq	288(%rsp), %rax
	addq	%rax, 128(%rsp)
	movq	32(%rsp), %rcx
	addq	%rcx, 208(%rsp)
	addq	%rax, 120(%rsp)
	addq	%rcx, 176(%rsp)
	movq	512(%rsp), %rax
	addq	%rax, 272(%rsp)
	movq	72(%rsp), %r8
	addq	%rax, %r8
	cmpq	112(%rsp), %rdx
	movq	%r11, %rcx
	movq	184(%rsp), %r11
	movq	152(%rsp), %r13
	movq	216(%rsp), %r15
	movq	144(%rsp), %rax
	jge	.LBB13_489
.LBB13_432:
	movq	%rax, %rdi
	subq	%rcx, %rax
	cmovgeq	%rcx, %rdi
	movq	112(%rsp), %r10
	subq	%rdx, %r10
	cmpq	%rcx, %r10
	movq	%rcx, %rsi
	cmovlq	%r10, %rsi
	cmpb	$0, 30(%rsp)
	movq	%rsi, 80(%rsp)
	movq	%rdi, 40(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rax, 144(%rsp)
	movq	%rdx, 168(%rsp)
	je	.LBB13_438
	movq	%r10, 136(%rsp)
	testq	%rsi, %rsi
	movq	16(%rsp), %r12
	jle	.LBB13_462
	movq	72(%rsp), %rcx
	movq	120(%rsp), %rdx
	movq	272(%rsp), %rsi
	movq	128(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB13_435
	.p2align	4
.LBB13_476:
	incq	%r8
	addq	$8, %rdi
	addq	%r13, %rsi
	addq	$8, %rdx
	addq	%r13, %rcx
	cmpq	40(%rsp), %r8
	je	.LBB13_462
.LBB13_435:
	testq	%r12, %r12
	jle	.LBB13_476
	cmpb	$0, 64(%rsp)
	je	.LBB13_437
	xorl	%r9d, %r9d
	movq	328(%rsp), %r11
	.p2align	4
.LBB13_468:
	movupd	-16(%rsi,%r9,8), %xmm0
	movupd	(%rsi,%r9,8), %xmm1
	movupd	%xmm0, -16(%rdi,%r9,8)
	movupd	%xmm1, (%rdi,%r9,8)
	addq	$4, %r9
	cmpq	%r9, %r11
	jne	.LBB13_468
	movq	%r11, %r10
	cmpq	%r11, %r12
	je	.LBB13_476
	jmp	.LBB13_470
	.p2align	4
.LBB13_437:
	xorl	%r10d, %r10d
.LBB13_470:
	movq	%r10, %r9
	testb	$3, %r12b
	movq	32(%rsp), %r14
	je	.LBB13_473
	movq	%r14, %r11
	imulq	%r10, %r11
	addq	%rdx, %r11
	movq	488(%rsp), %rbx
	movq	%r10, %r9
	.p2align	4
.LBB13_472:
	movsd	(%rcx,%r9,8), %xmm0
	movsd	%xmm0, (%r11)
	incq	%r9
	addq	%r14, %r11
	decq	%rbx
	jne	.LBB13_472
.LBB13_473:
	subq	%r12, %r10
	cmpq	$-4, %r10
	movq	96(%rsp), %rax
	ja	.LBB13_476
	leaq	3(%r9), %r10
	movq	32(%rsp), %r15
	imulq	%r15, %r10
	movq	%r15, %r11
	imulq	%r9, %r11
	leaq	2(%r9), %rbx
	imulq	%r15, %rbx
	leaq	1(%r9), %r14
	imulq	%r15, %r14
	movq	%rdx, %r15
	.p2align	4
.LBB13_475:
	movsd	-16(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%r11)
	movsd	-8(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%r14)
	movsd	(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%rbx)
	movsd	8(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%r10)
	addq	$4, %r9
	addq	%rax, %r15
	cmpq	%r9, %r12
	jne	.LBB13_475
	jmp	.LBB13_476
	.p2align	4
.LBB13_438:
	movq	%rcx, %r11
	cmpq	%rcx, %r10
	movq	16(%rsp), %rax
	jge	.LBB13_439
	testq	%rax, %rax
	jle	.LBB13_488
	movq	%rdi, %r15
	andq	$-4, %r15
	movq	288(%rsp), %rax
	imulq	336(%rsp), %rax
	addq	296(%rsp), %rax
	movq	%rax, 104(%rsp)
	movq	176(%rsp), %r14
	movq	120(%rsp), %r13
	movq	208(%rsp), %r12
	movq	128(%rsp), %rbx
	xorl	%edx, %edx
	jmp	.LBB13_446
	.p2align	4
.LBB13_461:
	incq	%rdx
	movq	32(%rsp), %rcx
	addq	%rcx, %rbx
	movq	152(%rsp), %rax
	addq	%rax, %r12
	addq	%rcx, %r13
	addq	%rax, %r14
	cmpq	16(%rsp), %rdx
	je	.LBB13_488
.LBB13_446:
	testq	%rsi, %rsi
	jle	.LBB13_447
	cmpq	$4, %rdi
	jae	.LBB13_456
	xorl	%ecx, %ecx
	jmp	.LBB13_454
	.p2align	4
.LBB13_447:
	xorl	%eax, %eax
	jmp	.LBB13_459
	.p2align	4
.LBB13_456:
	xorl	%eax, %eax
	.p2align	4
.LBB13_457:
	movupd	-16(%r12,%rax,8), %xmm0
	movupd	(%r12,%rax,8), %xmm1
	movupd	%xmm0, -16(%rbx,%rax,8)
	movupd	%xmm1, (%rbx,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r15
	jne	.LBB13_457
	movq	%r15, %rcx
	movq	%rdi, %rax
	cmpq	%r15, %rdi
	je	.LBB13_459
	.p2align	4
.LBB13_454:
	movsd	(%r14,%rcx,8), %xmm0
	movsd	%xmm0, (%r13,%rcx,8)
	incq	%rcx
	cmpq	%rcx, %rdi
	jne	.LBB13_454
	movq	%rdi, %rax
.LBB13_459:
	cmpq	%r11, %rax
	jge	.LBB13_461
	movq	%rdx, %rcx
	movq	%rdx, 136(%rsp)
	movq	32(%rsp), %rdx
	imulq	%rdx, %rcx
	addq	104(%rsp), %rcx
	leaq	(%rcx,%rax,8), %rdi
	shlq	$3, %rax
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	136(%rsp), %rdx
	movq	40(%rsp), %rdi
	movq	80(%rsp), %rsi
	movq	48(%rsp), %r11
	xorps	%xmm10, %xmm10
	movq	56(%rsp), %r9
	jmp	.LBB13_461
	.p2align	4
.LBB13_462:
	movq	48(%rsp), %r11
	cmpq	%r11, 136(%rsp)
	movq	56(%rsp), %r9
	movq	96(%rsp), %r10
	movq	80(%rsp), %rbx
	movq	40(%rsp), %rcx
	jge	.LBB13_488
	movq	120(%rsp), %rax
	leaq	(%rax,%rcx,8), %rax
	jmp	.LBB13_464
	.p2align	4
.LBB13_487:
	incq	%rbx
	addq	$8, %rax
	cmpq	%r11, %rbx
	movq	56(%rsp), %r9
	jge	.LBB13_488
.LBB13_464:
	movq	16(%rsp), %rdi
	testq	%rdi, %rdi
	movq	328(%rsp), %rsi
	movq	32(%rsp), %r9
	jle	.LBB13_487
	cmpb	$0, 64(%rsp)
	je	.LBB13_466
	xorl	%ecx, %ecx
	.p2align	4
.LBB13_478:
	movups	%xmm10, (%rax,%rcx,8)
	movups	%xmm10, 16(%rax,%rcx,8)
	addq	$4, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB13_478
	movq	%rsi, %rdx
	cmpq	%rsi, %rdi
	je	.LBB13_487
	jmp	.LBB13_480
	.p2align	4
.LBB13_466:
	xorl	%edx, %edx
.LBB13_480:
	movq	%rdx, %rcx
	testb	$3, %dil
	je	.LBB13_484
	movq	%r9, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	1064(%rsp), %r8
	.p2align	4
.LBB13_482:
	movq	$0, (%rcx)
	decq	%rsi
	addq	%r9, %rcx
	cmpq	%rsi, %r8
	jne	.LBB13_482
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB13_484:
	subq	%rdi, %rdx
	cmpq	$-4, %rdx
	ja	.LBB13_487
	movq	%rdi, %rdx
	subq	%rcx, %rdx
	leaq	3(%rcx), %rsi
	imulq	%r9, %rsi
	leaq	2(%rcx), %rdi
	imulq	%r9, %rdi
	leaq	1(%rcx), %r8
	imulq	%r9, %r8
	imulq	%r9, %rcx
	movq	%rax, %r9
	.p2align	4
.LBB13_486:
	movq	$0, (%r9,%rcx)
	movq	$0, (%r9,%r8)
	movq	$0, (%r9,%rdi)
	movq	$0, (%r9,%rsi)
	addq	%r10, %r9
	addq	$-4, %rdx
	jne	.LBB13_486
	jmp	.LBB13_487
	.p2align	4
.LBB13_439:
	testq	%rax, %rax
	jle	.LBB13_488
	movq	176(%rsp), %rax
	movq	120(%rsp), %rcx
	movq	208(%rsp), %rdx
	movq	128(%rsp), %rsi
	xorl	%edi, %edi
	jmp	.LBB13_441
	.p2align	4
.LBB13_451:
	incq	%rdi
	addq	%r15, %rsi
	addq	%r10, %rdx
	addq	%r15, %rcx
	addq	%r10, %rax
	cmpq	%rbx, %rdi
	je	.LBB13_488
.LBB13_441:
	movq	88(%rsp), %r14
	testl	%r14d, %r14d
	movq	152(%rsp), %r10
	movq	16(%rsp), %rbx
	movq	32(%rsp), %r15
	jle	.LBB13_451
	xorl	%r8d, %r8d
	cmpl	$4, %r14d
	jb	.LBB13_443
	movq	192(%rsp), %r12
	.p2align	4
.LBB13_449:
	movupd	-16(%rdx,%r8), %xmm0
	movupd	(%rdx,%r8), %xmm1
	movupd	%xmm0, -16(%rsi,%r8)
	movupd	%xmm1, (%rsi,%r8)
	addq	$32, %r8
	cmpq	%r8, %r12
	jne	.LBB13_449
	movq	200(%rsp), %r12
	movq	%r12, %r8
	cmpl	%r14d, %r12d
	je	.LBB13_451
	.p2align	4
.LBB13_443:
	movsd	(%rax,%r8,8), %xmm0
	movsd	%xmm0, (%rcx,%r8,8)
	incq	%r8
	cmpq	%r8, %r14
	jne	.LBB13_443
	jmp	.LBB13_451
	.p2align	4
.LBB13_28:
	movl	%r11d, %edx
	cmpq	$32, %rdx
	movq	16(%rsp), %rdi
	je	.LBB13_125
	cmpl	$16, %edx
	movq	320(%rsp), %rsi
	je	.LBB13_83
	cmpl	$8, %edx
	jne	.LBB13_167
	movq	32(%rbp), %rdx
	leaq	(%rdx,%r8,8), %rax
	movq	%rsi, %rcx
	imulq	40(%rbp), %rcx
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, 208(%rsp)
	movq	%rdi, %rax
	shlq	$6, %rax
	movq	%rax, 120(%rsp)
	movq	96(%rsp), %r11
	leaq	-1(%r11), %rax
	shrq	$3, %rax
	movq	%rax, 192(%rsp)
	leaq	-1(%rdi), %rcx
	movl	%edi, %r14d
	andl	$3, %r14d
	movq	%rdi, %rbx
	movabsq	$9223372036854775804, %rax
	andq	%rax, %rbx
	movq	%rbx, 136(%rsp)
	movq	%rcx, 32(%rsp)
	shlq	$6, %rcx
	movq	%rcx, 248(%rsp)
	addq	$2, %rax
	andq	%rdi, %rax
	movq	%rax, 176(%rsp)
	movq	224(%rsp), %rcx
	movq	%rcx, %rax
	imulq	%r8, %rax
	leaq	(%rax,%rsi,8), %rdi
	movq	448(%rsp), %rax
	leaq	(%rax,%rdi), %r15
	addq	%rdx, %rdi
	movq	%rbx, %rdx
	negq	%rdx
	movl	%r14d, %ebx
	shll	$6, %ebx
	movq	%rcx, %rax
	imulq	%rsi, %rax
	leaq	(%rax,%r8,8), %rcx
	movq	%rdx, %r8
	leaq	(%rax,%r10,8), %rdx
	addq	752(%rsp), %rdx
	movq	688(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 128(%rsp)
	addq	536(%rsp), %rcx
	movq	%rcx, 232(%rsp)
	movq	%r14, 40(%rsp)
	leal	(,%r14,8), %eax
	movq	%rax, 64(%rsp)
	movq	680(%rsp), %rax
	movq	%rax, 200(%rsp)
	movq	696(%rsp), %rax
	movq	%rax, 256(%rsp)
	movq	$0, 48(%rsp)
	movq	280(%rsp), %rsi
	xorl	%r10d, %r10d
	movq	%r8, 88(%rsp)
	jmp	.LBB13_32
	.p2align	4
.LBB13_82:
	movq	120(%rsp), %rcx
	movq	80(%rsp), %rsi
	addq	%rcx, %rsi
	movq	104(%rsp), %r10
	addq	$8, %r10
	addq	$-8, %r11
	movq	952(%rsp), %rax
	movq	216(%rsp), %r15
	addq	%rax, %r15
	addq	%rcx, 256(%rsp)
	movq	168(%rsp), %rdi
	addq	%rax, %rdi
	movq	144(%rsp), %rdx
	addq	$64, %rdx
	addq	$64, 128(%rsp)
	addq	%rcx, 200(%rsp)
	addq	$64, 232(%rsp)
	movq	48(%rsp), %rax
	cmpq	192(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 48(%rsp)
	movq	152(%rsp), %r13
	je	.LBB13_225
.LBB13_32:
	cmpq	$8, %r11
	movl	$8, %ecx
	cmovlq	%r11, %rcx
	cmpq	$2, %r11
	movl	$1, %r14d
	cmovgeq	%r11, %r14
	cmpq	$8, %r14
	movl	$8, %eax
	cmovgeq	%rax, %r14
	movq	96(%rsp), %r12
	subq	%r10, %r12
	cmpq	$8, %r12
	cmovlq	%r12, %rax
	cmpl	$0, 268(%rsp)
	movq	%r12, 112(%rsp)
	movq	%rdi, 168(%rsp)
	movq	%r15, 216(%rsp)
	movq	%rdx, 144(%rsp)
	movq	%rsi, 80(%rsp)
	movq	%r10, 104(%rsp)
	je	.LBB13_55
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r12, %r12
	movq	16(%rsp), %r12
	jle	.LBB13_43
	movq	%r11, 72(%rsp)
	movq	%rdi, %rdx
	movq	256(%rsp), %rdi
	movq	%r15, %r8
	xorl	%r9d, %r9d
	jmp	.LBB13_35
	.p2align	4
.LBB13_41:
	incq	%r9
	movq	224(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	%r14, %r9
	je	.LBB13_42
.LBB13_35:
	testq	%r12, %r12
	jle	.LBB13_41
	cmpq	$3, 32(%rsp)
	jae	.LBB13_46
	xorl	%r10d, %r10d
	jmp	.LBB13_38
	.p2align	4
.LBB13_46:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	movq	136(%rsp), %r15
	.p2align	4
.LBB13_47:
	movsd	-24(%r8,%r10,8), %xmm0
	movsd	%xmm0, -192(%r11)
	movsd	-16(%r8,%r10,8), %xmm0
	movsd	%xmm0, -128(%r11)
	movsd	-8(%r8,%r10,8), %xmm0
	movsd	%xmm0, -64(%r11)
	movsd	(%r8,%r10,8), %xmm0
	movsd	%xmm0, (%r11)
	addq	$4, %r10
	addq	$256, %r11
	cmpq	%r10, %r15
	jne	.LBB13_47
.LBB13_38:
	cmpq	$0, 40(%rsp)
	movq	64(%rsp), %r13
	je	.LBB13_41
	leaq	(%rdx,%r10,8), %r11
	shlq	$6, %r10
	addq	%rsi, %r10
	xorl	%r15d, %r15d
	.p2align	4
.LBB13_40:
	movsd	(%r11,%r15), %xmm0
	movsd	%xmm0, (%r10,%r15,8)
	addq	$8, %r15
	cmpq	%r15, %r13
	jne	.LBB13_40
	jmp	.LBB13_41
	.p2align	4
.LBB13_42:
	cmpq	$8, 112(%rsp)
	movq	56(%rsp), %r9
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	jl	.LBB13_43
	jmp	.LBB13_82
	.p2align	4
.LBB13_52:
	addq	$8, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_82
.LBB13_43:
	movq	16(%rsp), %rdi
	testq	%rdi, %rdi
	jle	.LBB13_52
	cmpq	$3, 32(%rsp)
	jae	.LBB13_53
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_50
	jmp	.LBB13_52
	.p2align	4
.LBB13_53:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB13_54:
	movq	$0, (%rsi)
	movq	$0, 64(%rsi)
	movq	$0, 128(%rsi)
	movq	$0, 192(%rsi)
	addq	$-4, %rdx
	addq	$256, %rsi
	cmpq	%rdx, %r8
	jne	.LBB13_54
	negq	%rdx
	testb	$3, %dil
	je	.LBB13_52
.LBB13_50:
	shlq	$6, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_51:
	movq	$0, (%rdx,%rsi)
	addq	$64, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_51
	jmp	.LBB13_52
	.p2align	4
.LBB13_55:
	cmpq	$8, %r12
	movq	16(%rsp), %rax
	jge	.LBB13_56
	testq	%rax, %rax
	jle	.LBB13_82
	shlq	$3, %r14
	movq	80(%rsp), %r12
	movq	16(%rsp), %r13
	movq	232(%rsp), %r15
	jmp	.LBB13_71
	.p2align	4
.LBB13_72:
	xorl	%eax, %eax
.LBB13_81:
	leaq	(%r12,%rax), %rdi
	movl	$64, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	movq	%r14, %r13
	movq	%r11, %r14
	callq	memset@PLT
	movq	%r14, %r11
	movq	%r13, %r14
	addq	224(%rsp), %r15
	addq	$64, %r12
	movq	72(%rsp), %r13
	decq	%r13
	movq	56(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	88(%rsp), %r8
	je	.LBB13_82
.LBB13_71:
	cmpq	$0, 112(%rsp)
	movq	%r13, 72(%rsp)
	jle	.LBB13_72
	movsd	-56(%r15), %xmm0
	movsd	%xmm0, (%r12)
	movq	%r14, %rax
	cmpq	$2, %r11
	jl	.LBB13_81
	movsd	-48(%r15), %xmm0
	movsd	%xmm0, 8(%r12)
	movq	%r14, %rax
	je	.LBB13_81
	movsd	-40(%r15), %xmm0
	movsd	%xmm0, 16(%r12)
	movq	%r14, %rax
	cmpq	$3, %r11
	je	.LBB13_81
	movsd	-32(%r15), %xmm0
	movsd	%xmm0, 24(%r12)
	movq	%r14, %rax
	cmpq	$4, %r11
	je	.LBB13_81
	movsd	-24(%r15), %xmm0
	movsd	%xmm0, 32(%r12)
	movq	%r14, %rax
	cmpq	$5, %r11
	je	.LBB13_81
	movsd	-16(%r15), %xmm0
	movsd	%xmm0, 40(%r12)
	movq	%r14, %rax
	cmpq	$6, %r11
	je	.LBB13_81
	movsd	-8(%r15), %xmm0
	movsd	%xmm0, 48(%r12)
	movq	%r14, %rax
	cmpq	$7, %r11
	je	.LBB13_81
	movsd	(%r15), %xmm0
	movsd	%xmm0, 56(%r12)
	movq	%r14, %rax
	jmp	.LBB13_81
.LBB13_56:
	testq	%rax, %rax
	jle	.LBB13_82
	movq	16(%rsp), %r12
	cmpq	$66, %r12
	jae	.LBB13_59
	xorl	%eax, %eax
	jmp	.LBB13_64
.LBB13_59:
	movq	%r11, 72(%rsp)
	movq	120(%rsp), %rcx
	imulq	48(%rsp), %rcx
	movq	800(%rsp), %rax
	leaq	(%rax,%rcx), %rsi
	movq	384(%rsp), %rax
	leaq	(%rax,%rcx), %rdi
	movq	792(%rsp), %rax
	leaq	(%rax,%rcx), %r8
	movq	784(%rsp), %rax
	leaq	(%rax,%rcx), %r9
	movq	776(%rsp), %rax
	leaq	(%rax,%rcx), %r10
	movq	768(%rsp), %rax
	leaq	(%rax,%rcx), %r11
	addq	760(%rsp), %rcx
	movabsq	$288230376151711743, %rax
	cmpq	%rax, 32(%rsp)
	seta	%r14b
	cmpq	$1, 40(%rbp)
	setne	%al
	movq	248(%rsp), %r13
	movq	80(%rsp), %r15
	leaq	(%r15,%r13), %rdx
	cmpq	%r15, %rdx
	setb	%dl
	leaq	(%rsi,%r13), %r15
	cmpq	%rsi, %r15
	setb	%sil
	leaq	(%rdi,%r13), %r15
	cmpq	%rdi, %r15
	setb	%dil
	leaq	(%r8,%r13), %r15
	cmpq	%r8, %r15
	setb	%r8b
	leaq	(%r9,%r13), %r15
	cmpq	%r9, %r15
	setb	%r9b
	leaq	(%r10,%r13), %r15
	cmpq	%r10, %r15
	setb	%r10b
	leaq	(%r11,%r13), %r15
	cmpq	%r11, %r15
	setb	%r11b
	leaq	(%rcx,%r13), %r15
	cmpq	%rcx, %r15
	setb	%cl
	orb	%r14b, %dl
	orb	%sil, %dl
	orb	%dil, %r8b
	orb	%dl, %r8b
	orb	%r9b, %r10b
	orb	%r11b, %r10b
	orb	%r8b, %r10b
	orb	%al, %cl
	orb	%r10b, %cl
	xorl	%eax, %eax
	testb	$1, %cl
	je	.LBB13_61
	movq	56(%rsp), %r9
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	jmp	.LBB13_64
.LBB13_61:
	movq	176(%rsp), %rcx
	movq	56(%rsp), %r9
	movq	88(%rsp), %r8
	movq	144(%rsp), %rdx
	movq	72(%rsp), %r11
	movq	80(%rsp), %rsi
	.p2align	4
.LBB13_62:
	movupd	-56(%rdx,%rax), %xmm0
	movupd	-48(%rdx,%rax), %xmm1
	movupd	-40(%rdx,%rax), %xmm2
	movupd	-32(%rdx,%rax), %xmm3
	movupd	-24(%rdx,%rax), %xmm4
	movupd	-16(%rdx,%rax), %xmm5
	movupd	-8(%rdx,%rax), %xmm6
	movupd	(%rdx,%rax), %xmm7
	movapd	%xmm4, %xmm8
	unpcklpd	%xmm5, %xmm8
	movapd	%xmm6, %xmm9
	unpcklpd	%xmm7, %xmm9
	unpckhpd	%xmm5, %xmm4
	unpckhpd	%xmm7, %xmm6
	movapd	%xmm0, %xmm5
	unpcklpd	%xmm1, %xmm5
	movapd	%xmm2, %xmm7
	unpcklpd	%xmm3, %xmm7
	unpckhpd	%xmm1, %xmm0
	unpckhpd	%xmm3, %xmm2
	movupd	%xmm6, 112(%rsi,%rax,8)
	movupd	%xmm4, 96(%rsi,%rax,8)
	movupd	%xmm2, 80(%rsi,%rax,8)
	movupd	%xmm0, 64(%rsi,%rax,8)
	movupd	%xmm9, 48(%rsi,%rax,8)
	movupd	%xmm8, 32(%rsi,%rax,8)
	movupd	%xmm7, 16(%rsi,%rax,8)
	movupd	%xmm5, (%rsi,%rax,8)
	addq	$16, %rax
	addq	$-2, %rcx
	jne	.LBB13_62
	movq	176(%rsp), %rcx
	movq	%rcx, %rax
	cmpq	%rcx, %r12
	je	.LBB13_82
.LBB13_64:
	movq	%rax, %rcx
	orq	$1, %rcx
	movq	16(%rsp), %rdi
	testb	$1, %dil
	je	.LBB13_66
	movq	208(%rsp), %rdx
	movq	104(%rsp), %rsi
	leaq	(%rdx,%rsi,8), %rdx
	movq	%rax, %rsi
	imulq	40(%rbp), %rsi
	shlq	$6, %rax
	movups	(%rdx,%rsi,8), %xmm0
	movq	80(%rsp), %r10
	movups	%xmm0, (%r10,%rax)
	movups	16(%rdx,%rsi,8), %xmm0
	movups	%xmm0, 16(%r10,%rax)
	movups	32(%rdx,%rsi,8), %xmm0
	movups	%xmm0, 32(%r10,%rax)
	movupd	48(%rdx,%rsi,8), %xmm0
	movupd	%xmm0, 48(%r10,%rax)
	movq	%rcx, %rax
.LBB13_66:
	cmpq	%rcx, %rdi
	je	.LBB13_82
	movq	16(%rsp), %rcx
	subq	%rax, %rcx
	movq	224(%rsp), %rdi
	movq	%rdi, %rdx
	imulq	%rax, %rdx
	leaq	1(%rax), %rsi
	imulq	%rdi, %rsi
	shlq	$6, %rax
	addq	200(%rsp), %rax
	movq	128(%rsp), %rdi
	.p2align	4
.LBB13_68:
	movups	-32(%rdi,%rdx), %xmm0
	movups	%xmm0, -64(%rax)
	movups	-16(%rdi,%rdx), %xmm0
	movups	%xmm0, -48(%rax)
	movups	(%rdi,%rdx), %xmm0
	movups	%xmm0, -32(%rax)
	movups	16(%rdi,%rdx), %xmm0
	movups	%xmm0, -16(%rax)
	movups	-32(%rdi,%rsi), %xmm0
	movups	%xmm0, (%rax)
	movups	-16(%rdi,%rsi), %xmm0
	movups	%xmm0, 16(%rax)
	movups	(%rdi,%rsi), %xmm0
	movups	%xmm0, 32(%rax)
	movupd	16(%rdi,%rsi), %xmm0
	movupd	%xmm0, 48(%rax)
	addq	984(%rsp), %rdi
	subq	$-128, %rax
	addq	$-2, %rcx
	jne	.LBB13_68
	jmp	.LBB13_82
.LBB13_83:
	movq	%rdi, %rax
	shlq	$7, %rax
	movq	%rax, 128(%rsp)
	movq	96(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$4, %rax
	movq	%rax, 160(%rsp)
	leaq	-1(%rdi), %rax
	movq	%rax, 40(%rsp)
	movl	%edi, %r12d
	andl	$3, %r12d
	movabsq	$9223372036854775804, %rax
	andq	%rax, %rdi
	movq	224(%rsp), %rcx
	movq	%rcx, %rax
	imulq	%r8, %rax
	leaq	(%rax,%rsi,8), %r11
	movq	448(%rsp), %rax
	leaq	(%rax,%r11), %rbx
	addq	32(%rbp), %r11
	movq	%rdi, 288(%rsp)
	negq	%rdi
	movq	%r12, 272(%rsp)
	shll	$7, %r12d
	movq	%rcx, %rax
	imulq	%rsi, %rax
	leaq	(%rax,%r8,8), %rcx
	addq	704(%rsp), %rcx
	movq	%rcx, 200(%rsp)
	leaq	(%rax,%r10,8), %rcx
	movq	456(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 248(%rsp)
	addq	392(%rsp), %rcx
	movq	%rcx, 192(%rsp)
	movq	384(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	712(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	720(%rsp), %r8
	movq	$0, 48(%rsp)
	movq	280(%rsp), %rsi
	xorl	%r10d, %r10d
	movq	%rdi, 112(%rsp)
	jmp	.LBB13_84
	.p2align	4
.LBB13_124:
	movq	128(%rsp), %rcx
	movq	104(%rsp), %rsi
	addq	%rcx, %rsi
	movq	256(%rsp), %r10
	addq	$16, %r10
	movq	72(%rsp), %rdx
	addq	$-16, %rdx
	movq	960(%rsp), %rax
	movq	168(%rsp), %rbx
	addq	%rax, %rbx
	movq	216(%rsp), %r8
	addq	%rcx, %r8
	movq	144(%rsp), %r11
	addq	%rax, %r11
	addq	%rcx, 208(%rsp)
	subq	$-128, 200(%rsp)
	addq	%rcx, 176(%rsp)
	subq	$-128, 248(%rsp)
	subq	$-128, 192(%rsp)
	movq	48(%rsp), %rax
	cmpq	160(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 48(%rsp)
	movq	152(%rsp), %r13
	je	.LBB13_225
.LBB13_84:
	movq	%rdx, 72(%rsp)
	cmpq	$2, %rdx
	movl	$1, %ecx
	cmovgeq	%rdx, %rcx
	cmpq	$16, %rcx
	movl	$16, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 32(%rsp)
	cmpq	$16, %rdx
	movl	$16, %ecx
	cmovlq	%rdx, %rcx
	movq	96(%rsp), %r13
	subq	%r10, %r13
	cmpq	$16, %r13
	cmovlq	%r13, %rax
	cmpl	$0, 268(%rsp)
	movq	%r11, 144(%rsp)
	movq	%rbx, 168(%rsp)
	movq	%r8, 216(%rsp)
	movq	%rsi, 104(%rsp)
	movq	%r10, 256(%rsp)
	je	.LBB13_107
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r13, %r13
	jle	.LBB13_95
	movq	%r11, %rdx
	movq	%r8, %rdi
	movq	%rbx, %r8
	xorl	%r9d, %r9d
	movq	272(%rsp), %r14
	movq	288(%rsp), %r15
	jmp	.LBB13_87
	.p2align	4
.LBB13_93:
	incq	%r9
	movq	224(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	32(%rsp), %r9
	je	.LBB13_94
.LBB13_87:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_93
	cmpq	$3, 40(%rsp)
	jae	.LBB13_98
	xorl	%r10d, %r10d
	jmp	.LBB13_90
	.p2align	4
.LBB13_98:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB13_99:
	movsd	-24(%r8,%r10,8), %xmm0
	movsd	%xmm0, -384(%r11)
	movsd	-16(%r8,%r10,8), %xmm0
	movsd	%xmm0, -256(%r11)
	movsd	-8(%r8,%r10,8), %xmm0
	movsd	%xmm0, -128(%r11)
	movsd	(%r8,%r10,8), %xmm0
	movsd	%xmm0, (%r11)
	addq	$4, %r10
	addq	$512, %r11
	cmpq	%r10, %r15
	jne	.LBB13_99
.LBB13_90:
	testq	%r14, %r14
	je	.LBB13_93
	leaq	(%rdx,%r10,8), %r11
	shlq	$7, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_92:
	movsd	(%r11,%rbx,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%rbx
	subq	$-128, %r10
	cmpq	%rbx, %r14
	jne	.LBB13_92
	jmp	.LBB13_93
	.p2align	4
.LBB13_94:
	cmpq	$16, %r13
	movq	56(%rsp), %r9
	movq	112(%rsp), %rdi
	jl	.LBB13_95
	jmp	.LBB13_124
	.p2align	4
.LBB13_104:
	addq	$8, %rcx
	cmpq	$15, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_124
.LBB13_95:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_104
	cmpq	$3, 40(%rsp)
	jae	.LBB13_105
	xorl	%edx, %edx
	testb	$3, 16(%rsp)
	jne	.LBB13_102
	jmp	.LBB13_104
	.p2align	4
.LBB13_105:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB13_106:
	movq	$0, (%rsi)
	movq	$0, 128(%rsi)
	movq	$0, 256(%rsi)
	movq	$0, 384(%rsi)
	addq	$-4, %rdx
	addq	$512, %rsi
	cmpq	%rdx, %rdi
	jne	.LBB13_106
	negq	%rdx
	testb	$3, 16(%rsp)
	je	.LBB13_104
.LBB13_102:
	shlq	$7, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_103:
	movq	$0, (%rdx,%rsi)
	subq	$-128, %rsi
	cmpq	%rsi, %r12
	jne	.LBB13_103
	jmp	.LBB13_104
	.p2align	4
.LBB13_107:
	cmpq	$16, %r13
	jge	.LBB13_108
	movq	%r13, 88(%rsp)
	cmpq	$0, 16(%rsp)
	jle	.LBB13_124
	movq	32(%rsp), %rcx
	movl	%ecx, %eax
	andl	$28, %eax
	movq	%rax, 232(%rsp)
	movq	48(%rsp), %rax
	imulq	128(%rsp), %rax
	addq	280(%rsp), %rax
	movq	%rax, 136(%rsp)
	leaq	(,%rcx,8), %rax
	movq	%rax, 80(%rsp)
	andl	$28, %ecx
	movq	%rcx, 120(%rsp)
	movq	192(%rsp), %rbx
	movq	104(%rsp), %r15
	movq	248(%rsp), %r13
	movq	176(%rsp), %r14
	xorl	%ecx, %ecx
	jmp	.LBB13_113
	.p2align	4
.LBB13_114:
	xorl	%ecx, %ecx
.LBB13_123:
	addq	%rcx, %rdi
	movl	$128, %edx
	subq	%rcx, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	64(%rsp), %rcx
	incq	%rcx
	subq	$-128, %r14
	movq	224(%rsp), %rax
	addq	%rax, %r13
	subq	$-128, %r15
	addq	%rax, %rbx
	cmpq	16(%rsp), %rcx
	movq	56(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	112(%rsp), %rdi
	je	.LBB13_124
.LBB13_113:
	movq	%rcx, %rdi
	shlq	$7, %rdi
	addq	136(%rsp), %rdi
	cmpq	$0, 88(%rsp)
	movq	%rcx, 64(%rsp)
	jle	.LBB13_114
	cmpq	$4, 72(%rsp)
	jge	.LBB13_117
	xorl	%eax, %eax
	jmp	.LBB13_120
	.p2align	4
.LBB13_117:
	xorl	%eax, %eax
	movq	32(%rsp), %rdx
	movq	232(%rsp), %rcx
	.p2align	4
.LBB13_118:
	movupd	-16(%r13,%rax,8), %xmm0
	movupd	(%r13,%rax,8), %xmm1
	movupd	%xmm0, -16(%r14,%rax,8)
	movupd	%xmm1, (%r14,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %rcx
	jne	.LBB13_118
	movq	120(%rsp), %rsi
	movq	%rsi, %rax
	movq	80(%rsp), %rcx
	cmpq	%rsi, %rdx
	je	.LBB13_123
.LBB13_120:
	movq	32(%rsp), %rcx
	.p2align	4
.LBB13_121:
	movsd	(%rbx,%rax,8), %xmm0
	movsd	%xmm0, (%r15,%rax,8)
	incq	%rax
	cmpq	%rax, %rcx
	jne	.LBB13_121
	movq	80(%rsp), %rcx
	jmp	.LBB13_123
.LBB13_108:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_124
	movq	200(%rsp), %rax
	movq	208(%rsp), %rcx
	movq	16(%rsp), %rdx
	.p2align	4
.LBB13_110:
	movups	-112(%rax), %xmm0
	movups	%xmm0, -112(%rcx)
	movups	-96(%rax), %xmm0
	movups	%xmm0, -96(%rcx)
	movups	-80(%rax), %xmm0
	movups	%xmm0, -80(%rcx)
	movups	-64(%rax), %xmm0
	movups	%xmm0, -64(%rcx)
	movups	-48(%rax), %xmm0
	movups	%xmm0, -48(%rcx)
	movups	-32(%rax), %xmm0
	movups	%xmm0, -32(%rcx)
	movups	-16(%rax), %xmm0
	movups	%xmm0, -16(%rcx)
	movupd	(%rax), %xmm0
	movupd	%xmm0, (%rcx)
	subq	$-128, %rcx
	addq	224(%rsp), %rax
	decq	%rdx
	jne	.LBB13_110
	jmp	.LBB13_124
.LBB13_125:
	movq	%rdi, %rax
	shlq	$8, %rax
	movq	%rax, 128(%rsp)
	movq	96(%rsp), %rsi
	leaq	-1(%rsi), %rax
	shrq	$5, %rax
	movq	%rax, 160(%rsp)
	leaq	-1(%rdi), %rax
	movq	%rax, 40(%rsp)
	movl	%edi, %r12d
	andl	$3, %r12d
	movabsq	$9223372036854775804, %rax
	andq	%rax, %rdi
	movq	224(%rsp), %rcx
	movq	%rcx, %rax
	imulq	%r8, %rax
	movq	320(%rsp), %rdx
	leaq	(%rax,%rdx,8), %r11
	movq	448(%rsp), %rax
	leaq	(%rax,%r11), %rbx
	addq	32(%rbp), %r11
	movq	%rdi, 288(%rsp)
	negq	%rdi
	movq	%r12, 272(%rsp)
	shll	$8, %r12d
	movq	%rcx, %rax
	imulq	%rdx, %rax
	leaq	(%rax,%r8,8), %rcx
	addq	728(%rsp), %rcx
	movq	%rcx, 200(%rsp)
	leaq	(%rax,%r10,8), %rcx
	movq	456(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 248(%rsp)
	addq	392(%rsp), %rcx
	movq	%rcx, 192(%rsp)
	movq	384(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	736(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	744(%rsp), %r8
	movq	$0, 48(%rsp)
	movq	280(%rsp), %r10
	xorl	%edx, %edx
	movq	%rdi, 112(%rsp)
	jmp	.LBB13_126
	.p2align	4
.LBB13_166:
	movq	128(%rsp), %rcx
	movq	104(%rsp), %r10
	addq	%rcx, %r10
	movq	256(%rsp), %rdx
	addq	$32, %rdx
	movq	72(%rsp), %rsi
	addq	$-32, %rsi
	movq	968(%rsp), %rax
	movq	168(%rsp), %rbx
	addq	%rax, %rbx
	movq	216(%rsp), %r8
	addq	%rcx, %r8
	movq	144(%rsp), %r11
	addq	%rax, %r11
	addq	%rcx, 208(%rsp)
	addq	$256, 200(%rsp)
	addq	%rcx, 176(%rsp)
	addq	$256, 248(%rsp)
	addq	$256, 192(%rsp)
	movq	48(%rsp), %rax
	cmpq	160(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 48(%rsp)
	movq	152(%rsp), %r13
	je	.LBB13_225
.LBB13_126:
	movq	%rsi, 72(%rsp)
	cmpq	$2, %rsi
	movl	$1, %ecx
	cmovgeq	%rsi, %rcx
	cmpq	$32, %rcx
	movl	$32, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 32(%rsp)
	cmpq	$32, %rsi
	movl	$32, %ecx
	cmovlq	%rsi, %rcx
	movq	96(%rsp), %r13
	subq	%rdx, %r13
	cmpq	$32, %r13
	cmovlq	%r13, %rax
	cmpl	$0, 268(%rsp)
	movq	%r11, 144(%rsp)
	movq	%rbx, 168(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r10, 104(%rsp)
	movq	%rdx, 256(%rsp)
	je	.LBB13_149
	leaq	(%r10,%rcx,8), %rcx
	testq	%r13, %r13
	jle	.LBB13_137
	movq	%r11, %rdx
	movq	%r10, %rsi
	movq	%r8, %rdi
	movq	%rbx, %r8
	xorl	%r9d, %r9d
	movq	272(%rsp), %r14
	movq	288(%rsp), %r15
	jmp	.LBB13_129
	.p2align	4
.LBB13_135:
	incq	%r9
	movq	224(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	32(%rsp), %r9
	je	.LBB13_136
.LBB13_129:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_135
	cmpq	$3, 40(%rsp)
	jae	.LBB13_140
	xorl	%r10d, %r10d
	jmp	.LBB13_132
	.p2align	4
.LBB13_140:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB13_141:
	movsd	-24(%r8,%r10,8), %xmm0
	movsd	%xmm0, -768(%r11)
	movsd	-16(%r8,%r10,8), %xmm0
	movsd	%xmm0, -512(%r11)
	movsd	-8(%r8,%r10,8), %xmm0
	movsd	%xmm0, -256(%r11)
	movsd	(%r8,%r10,8), %xmm0
	movsd	%xmm0, (%r11)
	addq	$4, %r10
	addq	$1024, %r11
	cmpq	%r10, %r15
	jne	.LBB13_141
.LBB13_132:
	testq	%r14, %r14
	je	.LBB13_135
	leaq	(%rdx,%r10,8), %r11
	shlq	$8, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_134:
	movsd	(%r11,%rbx,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%rbx
	addq	$256, %r10
	cmpq	%rbx, %r14
	jne	.LBB13_134
	jmp	.LBB13_135
	.p2align	4
.LBB13_136:
	cmpq	$32, %r13
	movq	56(%rsp), %r9
	movq	112(%rsp), %rdi
	jl	.LBB13_137
	jmp	.LBB13_166
	.p2align	4
.LBB13_146:
	addq	$8, %rcx
	cmpq	$31, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_166
.LBB13_137:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_146
	cmpq	$3, 40(%rsp)
	jae	.LBB13_147
	xorl	%edx, %edx
	testb	$3, 16(%rsp)
	jne	.LBB13_144
	jmp	.LBB13_146
	.p2align	4
.LBB13_147:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB13_148:
	movq	$0, (%rsi)
	movq	$0, 256(%rsi)
	movq	$0, 512(%rsi)
	movq	$0, 768(%rsi)
	addq	$-4, %rdx
	addq	$1024, %rsi
	cmpq	%rdx, %rdi
	jne	.LBB13_148
	negq	%rdx
	testb	$3, 16(%rsp)
	je	.LBB13_146
.LBB13_144:
	shlq	$8, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_145:
	movq	$0, (%rdx,%rsi)
	addq	$256, %rsi
	cmpq	%rsi, %r12
	jne	.LBB13_145
	jmp	.LBB13_146
	.p2align	4
.LBB13_149:
	cmpq	$32, %r13
	jge	.LBB13_150
	movq	%r13, 88(%rsp)
	cmpq	$0, 16(%rsp)
	jle	.LBB13_166
	movq	32(%rsp), %rcx
	movl	%ecx, %eax
	andl	$60, %eax
	movq	%rax, 232(%rsp)
	movq	48(%rsp), %rax
	imulq	128(%rsp), %rax
	addq	280(%rsp), %rax
	movq	%rax, 136(%rsp)
	leaq	(,%rcx,8), %rax
	movq	%rax, 80(%rsp)
	andl	$60, %ecx
	movq	%rcx, 120(%rsp)
	movq	192(%rsp), %rbx
	movq	104(%rsp), %r13
	movq	248(%rsp), %r15
	movq	176(%rsp), %r14
	xorl	%ecx, %ecx
	jmp	.LBB13_155
	.p2align	4
.LBB13_156:
	xorl	%ecx, %ecx
.LBB13_165:
	addq	%rcx, %rdi
	movl	$256, %edx
	subq	%rcx, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	64(%rsp), %rcx
	incq	%rcx
	addq	$256, %r14
	movq	224(%rsp), %rax
	addq	%rax, %r15
	addq	$256, %r13
	addq	%rax, %rbx
	cmpq	16(%rsp), %rcx
	movq	56(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	112(%rsp), %rdi
	je	.LBB13_166
.LBB13_155:
	movq	%rcx, %rdi
	shlq	$8, %rdi
	addq	136(%rsp), %rdi
	cmpq	$0, 88(%rsp)
	movq	%rcx, 64(%rsp)
	jle	.LBB13_156
	cmpq	$4, 72(%rsp)
	jge	.LBB13_159
	xorl	%eax, %eax
	jmp	.LBB13_162
	.p2align	4
.LBB13_159:
	xorl	%eax, %eax
	movq	32(%rsp), %rdx
	movq	232(%rsp), %rcx
	.p2align	4
.LBB13_160:
	movupd	-16(%r15,%rax,8), %xmm0
	movupd	(%r15,%rax,8), %xmm1
	movupd	%xmm0, -16(%r14,%rax,8)
	movupd	%xmm1, (%r14,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %rcx
	jne	.LBB13_160
	movq	120(%rsp), %rsi
	movq	%rsi, %rax
	movq	80(%rsp), %rcx
	cmpq	%rsi, %rdx
	je	.LBB13_165
.LBB13_162:
	movq	32(%rsp), %rcx
	.p2align	4
.LBB13_163:
	movsd	(%rbx,%rax,8), %xmm0
	movsd	%xmm0, (%r13,%rax,8)
	incq	%rax
	cmpq	%rax, %rcx
	jne	.LBB13_163
	movq	80(%rsp), %rcx
	jmp	.LBB13_165
.LBB13_150:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_166
	movq	200(%rsp), %rax
	movq	208(%rsp), %rcx
	movq	16(%rsp), %rdx
	.p2align	4
.LBB13_152:
	movups	-240(%rax), %xmm0
	movups	%xmm0, -240(%rcx)
	movups	-224(%rax), %xmm0
	movups	%xmm0, -224(%rcx)
	movups	-208(%rax), %xmm0
	movups	%xmm0, -208(%rcx)
	movups	-192(%rax), %xmm0
	movups	%xmm0, -192(%rcx)
	movups	-176(%rax), %xmm0
	movups	%xmm0, -176(%rcx)
	movups	-160(%rax), %xmm0
	movups	%xmm0, -160(%rcx)
	movups	-144(%rax), %xmm0
	movups	%xmm0, -144(%rcx)
	movups	-128(%rax), %xmm0
	movups	%xmm0, -128(%rcx)
	movups	-112(%rax), %xmm0
	movups	%xmm0, -112(%rcx)
	movups	-96(%rax), %xmm0
	movups	%xmm0, -96(%rcx)
	movups	-80(%rax), %xmm0
	movups	%xmm0, -80(%rcx)
	movups	-64(%rax), %xmm0
	movups	%xmm0, -64(%rcx)
	movups	-48(%rax), %xmm0
	movups	%xmm0, -48(%rcx)
	movups	-32(%rax), %xmm0
	movups	%xmm0, -32(%rcx)
	movups	-16(%rax), %xmm0
	movups	%xmm0, -16(%rcx)
	movupd	(%rax), %xmm0
	movupd	%xmm0, (%rcx)
	addq	$256, %rcx
	addq	224(%rsp), %rax
	decq	%rdx
	jne	.LBB13_152
	jmp	.LBB13_166
.LBB13_167:
	movq	%rdi, %rax
	imulq	%r11, %rax
	shlq	$3, %rax
	movq	%rax, 160(%rsp)
	cmpq	$4, %rdi
	setae	%al
	cmpl	$1, %r11d
	sete	%cl
	andb	%al, %cl
	movb	%cl, 64(%rsp)
	movq	%rdi, %rcx
	movabsq	$9223372036854775804, %rax
	andq	%rax, %rcx
	movq	%rcx, 72(%rsp)
	andl	$3, %edi
	movl	%edx, %eax
	andl	$2147483644, %eax
	movq	%rax, 176(%rsp)
	movq	224(%rsp), %rax
	imulq	%rax, %r8
	leaq	(%r8,%rsi,8), %r8
	movq	544(%rsp), %rcx
	addq	%r8, %rcx
	movq	%rcx, 200(%rsp)
	movq	%rax, %rcx
	imulq	%r11, %rcx
	movq	%rcx, 288(%rsp)
	addq	32(%rbp), %r8
	movq	%r8, 128(%rsp)
	movq	%r11, %rcx
	shlq	$5, %rcx
	movq	%rcx, 32(%rsp)
	movq	%rdi, 112(%rsp)
	negq	%rdi
	movq	%rdi, 80(%rsp)
	movl	%edx, %ecx
	shrl	$2, %ecx
	andl	$536870911, %ecx
	shlq	$5, %rcx
	movq	%rcx, 208(%rsp)
	imulq	%rsi, %rax
	leaq	(%rax,%r10,8), %rcx
	movq	456(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 248(%rsp)
	addq	392(%rsp), %rcx
	movq	%rcx, 192(%rsp)
	leaq	(,%r11,8), %r12
	movq	280(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	384(%rsp), %rax
	movq	%rax, 120(%rsp)
	movq	$0, 272(%rsp)
	movq	96(%rsp), %rax
	xorl	%esi, %esi
	movq	%r11, 48(%rsp)
	movq	%rdx, %r10
	movq	%rdx, 104(%rsp)
	jmp	.LBB13_168
	.p2align	4
.LBB13_224:
	movq	168(%rsp), %rsi
	addq	%r11, %rsi
	incq	272(%rsp)
	movq	160(%rsp), %rax
	addq	%rax, 120(%rsp)
	movq	288(%rsp), %rcx
	addq	%rcx, 200(%rsp)
	addq	%rax, 232(%rsp)
	addq	%rcx, 128(%rsp)
	addq	%r12, 248(%rsp)
	addq	%r12, 192(%rsp)
	cmpq	96(%rsp), %rsi
	movq	56(%rsp), %r9
	movq	152(%rsp), %r13
	movq	144(%rsp), %rax
	jge	.LBB13_225
.LBB13_168:
	movq	%rax, %r9
	subq	%r11, %rax
	cmovgeq	%r11, %r9
	movq	96(%rsp), %rcx
	subq	%rsi, %rcx
	cmpq	%r11, %rcx
	movq	%r11, %rdx
	cmovlq	%rcx, %rdx
	cmpl	$0, 268(%rsp)
	movq	%rdx, 136(%rsp)
	movq	%r9, 40(%rsp)
	movq	%rax, 144(%rsp)
	movq	%rsi, 168(%rsp)
	je	.LBB13_200
	movq	%rcx, 88(%rsp)
	testq	%rdx, %rdx
	jle	.LBB13_174
	movq	128(%rsp), %rcx
	movq	232(%rsp), %rdx
	movq	200(%rsp), %rsi
	movq	120(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB13_171
	.p2align	4
.LBB13_188:
	incq	%r8
	addq	$8, %rdi
	movq	224(%rsp), %r9
	addq	%r9, %rsi
	addq	$8, %rdx
	addq	%r9, %rcx
	movq	40(%rsp), %r9
	cmpq	%r9, %r8
	je	.LBB13_174
.LBB13_171:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_188
	cmpb	$0, 64(%rsp)
	je	.LBB13_173
	xorl	%r9d, %r9d
	movq	72(%rsp), %r11
	.p2align	4
.LBB13_180:
	movupd	-16(%rsi,%r9,8), %xmm0
	movupd	(%rsi,%r9,8), %xmm1
	movupd	%xmm0, -16(%rdi,%r9,8)
	movupd	%xmm1, (%rdi,%r9,8)
	addq	$4, %r9
	cmpq	%r9, %r11
	jne	.LBB13_180
	movq	%r11, %r10
	cmpq	%r11, 16(%rsp)
	je	.LBB13_188
	jmp	.LBB13_182
	.p2align	4
.LBB13_173:
	xorl	%r10d, %r10d
.LBB13_182:
	movq	%r10, %r9
	cmpq	$0, 112(%rsp)
	je	.LBB13_185
	movq	%r12, %r11
	imulq	%r10, %r11
	addq	%rdx, %r11
	movq	112(%rsp), %rbx
	movq	%r10, %r9
	.p2align	4
.LBB13_184:
	movsd	(%rcx,%r9,8), %xmm0
	movsd	%xmm0, (%r11)
	incq	%r9
	addq	%r12, %r11
	decq	%rbx
	jne	.LBB13_184
.LBB13_185:
	movq	16(%rsp), %r13
	subq	%r13, %r10
	cmpq	$-4, %r10
	movq	32(%rsp), %rax
	ja	.LBB13_188
	leaq	3(%r9), %r10
	imulq	%r12, %r10
	movq	%r12, %r11
	imulq	%r9, %r11
	leaq	2(%r9), %rbx
	imulq	%r12, %rbx
	leaq	1(%r9), %r14
	imulq	%r12, %r14
	movq	%rdx, %r15
	.p2align	4
.LBB13_187:
	movsd	-16(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%r11)
	movsd	-8(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%r14)
	movsd	(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%rbx)
	movsd	8(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%r10)
	addq	$4, %r9
	addq	%rax, %r15
	cmpq	%r9, %r13
	jne	.LBB13_187
	jmp	.LBB13_188
	.p2align	4
.LBB13_174:
	movq	48(%rsp), %r11
	cmpq	%r11, 88(%rsp)
	movq	104(%rsp), %r10
	movq	136(%rsp), %r14
	jge	.LBB13_224
	movq	232(%rsp), %rax
	leaq	(%rax,%r9,8), %rax
	jmp	.LBB13_176
	.p2align	4
.LBB13_199:
	incq	%r14
	addq	$8, %rax
	cmpq	%r11, %r14
	jge	.LBB13_224
.LBB13_176:
	cmpq	$0, 16(%rsp)
	movq	72(%rsp), %rsi
	movq	32(%rsp), %rbx
	jle	.LBB13_199
	cmpb	$0, 64(%rsp)
	je	.LBB13_178
	xorl	%ecx, %ecx
	.p2align	4
.LBB13_190:
	movups	%xmm10, (%rax,%rcx,8)
	movups	%xmm10, 16(%rax,%rcx,8)
	addq	$4, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB13_190
	movq	%rsi, %rdx
	cmpq	%rsi, 16(%rsp)
	je	.LBB13_199
	jmp	.LBB13_192
	.p2align	4
.LBB13_178:
	xorl	%edx, %edx
.LBB13_192:
	movq	%rdx, %rcx
	testb	$3, 16(%rsp)
	je	.LBB13_196
	movq	%r12, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	80(%rsp), %rdi
	.p2align	4
.LBB13_194:
	movq	$0, (%rcx)
	decq	%rsi
	addq	%r12, %rcx
	cmpq	%rsi, %rdi
	jne	.LBB13_194
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB13_196:
	subq	16(%rsp), %rdx
	cmpq	$-4, %rdx
	ja	.LBB13_199
	movq	16(%rsp), %rdx
	subq	%rcx, %rdx
	leaq	3(%rcx), %rsi
	imulq	%r12, %rsi
	leaq	2(%rcx), %rdi
	imulq	%r12, %rdi
	leaq	1(%rcx), %r8
	imulq	%r12, %r8
	imulq	%r12, %rcx
	movq	%rax, %r9
	.p2align	4
.LBB13_198:
	movq	$0, (%r9,%rcx)
	movq	$0, (%r9,%r8)
	movq	$0, (%r9,%rdi)
	movq	$0, (%r9,%rsi)
	addq	%rbx, %r9
	addq	$-4, %rdx
	jne	.LBB13_198
	jmp	.LBB13_199
	.p2align	4
.LBB13_200:
	cmpq	%r11, %rcx
	jge	.LBB13_201
	cmpq	$0, 16(%rsp)
	jle	.LBB13_224
	movq	%r9, %rsi
	andq	$-4, %rsi
	movq	160(%rsp), %rax
	imulq	272(%rsp), %rax
	addq	280(%rsp), %rax
	movq	%rax, 256(%rsp)
	movq	192(%rsp), %r14
	movq	232(%rsp), %r13
	movq	248(%rsp), %r15
	movq	120(%rsp), %rbx
	xorl	%edi, %edi
	movq	%rsi, 216(%rsp)
	jmp	.LBB13_212
	.p2align	4
.LBB13_223:
	incq	%rdi
	addq	%r12, %rbx
	movq	224(%rsp), %rax
	addq	%rax, %r15
	addq	%r12, %r13
	addq	%rax, %r14
	cmpq	16(%rsp), %rdi
	je	.LBB13_224
.LBB13_212:
	testq	%rdx, %rdx
	jle	.LBB13_213
	cmpq	$4, %r9
	jae	.LBB13_218
	xorl	%ecx, %ecx
	jmp	.LBB13_216
	.p2align	4
.LBB13_213:
	xorl	%eax, %eax
	jmp	.LBB13_221
	.p2align	4
.LBB13_218:
	xorl	%eax, %eax
	.p2align	4
.LBB13_219:
	movupd	-16(%r15,%rax,8), %xmm0
	movupd	(%r15,%rax,8), %xmm1
	movupd	%xmm0, -16(%rbx,%rax,8)
	movupd	%xmm1, (%rbx,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %rsi
	jne	.LBB13_219
	movq	%rsi, %rcx
	movq	%r9, %rax
	cmpq	%rsi, %r9
	je	.LBB13_221
	.p2align	4
.LBB13_216:
	movsd	(%r14,%rcx,8), %xmm0
	movsd	%xmm0, (%r13,%rcx,8)
	incq	%rcx
	cmpq	%rcx, %r9
	jne	.LBB13_216
	movq	%r9, %rax
.LBB13_221:
	cmpq	%r11, %rax
	jge	.LBB13_223
	movq	%rdi, %rcx
	imulq	%r12, %rcx
	addq	256(%rsp), %rcx
	movq	%rdi, 88(%rsp)
	leaq	(%rcx,%rax,8), %rdi
	shlq	$3, %rax
	movq	%r12, %rdx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	88(%rsp), %rdi
	movq	216(%rsp), %rsi
	movq	40(%rsp), %r9
	movq	136(%rsp), %rdx
	movq	104(%rsp), %r10
	movq	48(%rsp), %r11
	xorps	%xmm10, %xmm10
	jmp	.LBB13_223
.LBB13_201:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_224
	movq	192(%rsp), %rax
	movq	232(%rsp), %rcx
	movq	248(%rsp), %rdx
	movq	120(%rsp), %rsi
	xorl	%edi, %edi
	jmp	.LBB13_203
	.p2align	4
.LBB13_209:
	incq	%rdi
	addq	%r12, %rsi
	movq	224(%rsp), %r8
	addq	%r8, %rdx
	addq	%r12, %rcx
	addq	%r8, %rax
	cmpq	16(%rsp), %rdi
	je	.LBB13_224
.LBB13_203:
	testl	%r10d, %r10d
	jle	.LBB13_209
	xorl	%r8d, %r8d
	cmpl	$4, %r10d
	jb	.LBB13_205
	movq	208(%rsp), %r9
	.p2align	4
.LBB13_207:
	movupd	-16(%rdx,%r8), %xmm0
	movupd	(%rdx,%r8), %xmm1
	movupd	%xmm0, -16(%rsi,%r8)
	movupd	%xmm1, (%rsi,%r8)
	addq	$32, %r8
	cmpq	%r8, %r9
	jne	.LBB13_207
	movq	176(%rsp), %r9
	movq	%r9, %r8
	cmpl	%r10d, %r9d
	je	.LBB13_209
	.p2align	4
.LBB13_205:
	movsd	(%rax,%r8,8), %xmm0
	movsd	%xmm0, (%rcx,%r8,8)
	incq	%r8
	cmpq	%r8, %r10
	jne	.LBB13_205
	jmp	.LBB13_209
.LBB13_21:
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end13:
	.size	gemm_serial_f64, .Lfunc_end13-gemm_serial_f64
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI13_0:
	.long	.LBB13_239-.LJTI13_0
	.long	.LBB13_431-.LJTI13_0
	.long	.LBB13_287-.LJTI13_0
	.long	.LBB13_431-.LJTI13_0
	.long	.LBB13_337-.LJTI13_0
	.long	.LBB13_431-.LJTI13_0
	.long	.LBB13_431-.LJTI13_0
	.long	.LBB13_431-.LJTI13_0
	.long	.LBB13_390-.LJTI13_0

	.type	avx512_f64_tile,@object
	.data
	.p2align	2, 0x0
avx512_f64_tile:
	.long	4294967295
	.size	avx512_f64_tile, 4

	.type	avx512_f32,@object
	.section	.data.rel.ro,"aw",@progbits
	.p2align	3, 0x0
avx512_f32:
	.long	8
	.long	32
	.quad	512
	.quad	128
	.quad	3072
	.quad	axon_ukernel_avx512_f32
	.quad	axon_ukernel_avx512_strided_f32
	.quad	axon_pack_across_rows_avx2_f32
	.size	avx512_f32, 56

	.type	avx2_f32,@object
	.p2align	3, 0x0
avx2_f32:
	.long	6
	.long	16
	.quad	256
	.quad	144
	.quad	3072
	.quad	axon_ukernel_avx2_f32
	.quad	axon_ukernel_avx2_strided_f32
	.quad	axon_pack_across_rows_avx2_f32
	.size	avx2_f32, 56

	.type	portable_f32,@object
	.p2align	3, 0x0
portable_f32:
	.long	4
	.long	8
	.quad	256
	.quad	128
	.quad	2048
	.quad	axon_ukernel_portable_f32
	.quad	0
	.quad	0
	.size	portable_f32, 56

	.type	avx512_f64,@object
	.p2align	3, 0x0
avx512_f64:
	.long	8
	.long	16
	.quad	256
	.quad	96
	.quad	2048
	.quad	axon_ukernel_avx512_f64
	.quad	axon_ukernel_avx512_strided_f64
	.quad	axon_pack_across_rows_avx2_f64
	.size	avx512_f64, 56

	.type	avx2_f64,@object
	.p2align	3, 0x0
avx2_f64:
	.long	6
	.long	8
	.quad	256
	.quad	96
	.quad	2048
	.quad	axon_ukernel_avx2_f64
	.quad	axon_ukernel_avx2_strided_f64
	.quad	axon_pack_across_rows_avx2_f64
	.size	avx2_f64, 56

	.type	portable_f64,@object
	.p2align	3, 0x0
portable_f64:
	.long	4
	.long	8
	.quad	256
	.quad	64
	.quad	2048
	.quad	axon_ukernel_portable_f64
	.quad	0
	.quad	0
	.size	portable_f64, 56

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym gemv_task
	.addrsig_sym gemm_part_f32
	.addrsig_sym axon_ukernel_avx512_f32
	.addrsig_sym axon_ukernel_avx512_strided_f32
	.addrsig_sym axon_pack_across_rows_avx2_f32
	.addrsig_sym axon_ukernel_avx2_f32
	.addrsig_sym axon_ukernel_avx2_strided_f32
	.addrsig_sym axon_ukernel_portable_f32
	.addrsig_sym gemm_part_f64
	.addrsig_sym axon_ukernel_avx512_f64
	.addrsig_sym axon_ukernel_avx512_strided_f64
	.addrsig_sym axon_pack_across_rows_avx2_f64
	.addrsig_sym axon_ukernel_avx2_f64
	.addrsig_sym axon_ukernel_avx2_strided_f64
	.addrsig_sym axon_ukernel_portable_f64
	.addrsig_sym avx512_f32
	.addrsig_sym avx2_f32
	.addrsig_sym portable_f32
	.addrsig_sym avx512_f64
	.addrsig_sym avx2_f64
	.addrsig_sym portable_f64
#endif
