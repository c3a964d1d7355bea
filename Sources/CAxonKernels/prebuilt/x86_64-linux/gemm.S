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
	movq	%r9, %r15
	movq	%r8, %r12
	movq	%rcx, %r13
	movq	%rdx, %r14
	movl	%esi, -52(%rbp)
	movl	%edi, -48(%rbp)
	movq	24(%rbp), %rbx
	xorps	%xmm1, %xmm1
	ucomiss	%xmm1, %xmm0
	movss	%xmm0, -44(%rbp)
	jne	.LBB2_19
	jp	.LBB2_19
	testq	%r12, %r12
	jle	.LBB2_18
	testq	%r13, %r13
	jle	.LBB2_18
	cmpl	$0, -52(%rbp)
	je	.LBB2_18
	cmpl	$0, -48(%rbp)
	jne	.LBB2_18
	cmpq	$1, %r14
	jne	.LBB2_18
	callq	axon_detect_isa@PLT
	movss	-44(%rbp), %xmm0
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB2_7
.LBB2_18:
	movq	%r15, %rbx
	movss	.LCPI2_0(%rip), %xmm1
	cmpeqss	%xmm0, %xmm1
	movd	%xmm1, %r15d
	andl	$1, %r15d
	jmp	.LBB2_20
.LBB2_19:
	movq	%r15, %rbx
	movl	$1, %r15d
	ucomiss	.LCPI2_0(%rip), %xmm0
	jne	.LBB2_28
	jp	.LBB2_28
.LBB2_20:
	cmpq	$64, %r12
	jg	.LBB2_28
	cmpq	$16, %r13
	jg	.LBB2_28
	testq	%r14, %r14
	jle	.LBB2_28
	testq	%r13, %r13
	jle	.LBB2_28
	testq	%r12, %r12
	jle	.LBB2_28
	movq	%r12, %rax
	imulq	%r14, %rax
	cmpq	$1024, %rax
	jg	.LBB2_28
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB2_27
.LBB2_28:
	callq	axon_detect_isa@PLT
	cmpl	$1, %eax
	je	.LBB2_29
	cmpl	$2, %eax
	jne	.LBB2_32
	movl	-48(%rbp), %edi
	movq	%r14, %rsi
	movq	%r13, %rdx
	movl	$32, %ecx
	movl	$16, %r8d
	callq	wide_tile_pays
	testl	%eax, %eax
	leaq	avx2_f32(%rip), %rax
	leaq	avx512_f32(%rip), %rdi
	cmoveq	%rax, %rdi
	jmp	.LBB2_33
.LBB2_29:
	leaq	avx2_f32(%rip), %rdi
	jmp	.LBB2_33
.LBB2_32:
	leaq	portable_f32(%rip), %rdi
.LBB2_33:
	movq	40(%rbp), %rax
	movq	32(%rbp), %r10
	movq	16(%rbp), %r11
	movss	-44(%rbp), %xmm0
	subq	$8, %rsp
	movl	-48(%rbp), %esi
	movl	-52(%rbp), %edx
	movq	%r14, %rcx
	movq	%r13, %r8
	movq	%r12, %r9
	pushq	48(%rbp)
	pushq	%rax
	pushq	$0
	pushq	%r10
	pushq	24(%rbp)
	pushq	%r11
	pushq	%rbx
	callq	gemm_f32
	jmp	.LBB2_34
.LBB2_27:
	subq	$8, %rsp
	movl	-48(%rbp), %edi
	movl	-52(%rbp), %esi
	movq	%r14, %rdx
	movq	%r13, %rcx
	movq	%r12, %r8
	movq	%rbx, %r9
	pushq	48(%rbp)
	pushq	40(%rbp)
	pushq	%r15
	pushq	$0
	pushq	32(%rbp)
	pushq	24(%rbp)
	pushq	16(%rbp)
	callq	axon_gemm_small_avx2_f32@PLT
.LBB2_34:
	addq	$152, %rsp
.LBB2_35:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB2_7:
	.cfi_def_cfa %rbp, 16
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
	je	.LBB2_11
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB2_13
.LBB2_17:
	subq	$8, %rsp
	movq	%r13, %rdi
	movq	%r12, %rsi
	movq	%r15, %rdx
	movq	%rbx, %rcx
	movq	32(%rbp), %r8
	xorl	%r9d, %r9d
	pushq	40(%rbp)
	callq	axon_gemv_rows_avx2_f32@PLT
	addq	$104, %rsp
	jmp	.LBB2_35
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
	movq	%r15, -88(%rbp)
	movq	%rbx, -80(%rbp)
	movq	$0, -72(%rbp)
	movq	40(%rbp), %rdx
	movq	%rdx, -64(%rbp)
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
	jmp	.LBB2_35
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
	jne	.LBB3_64
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
	movq	40(%rbp), %r14
	movq	32(%rbp), %r12
	movq	24(%rbp), %rbx
	movq	16(%rbp), %r15
	movq	%rdi, -168(%rbp)
	movl	%esi, -160(%rbp)
	movl	-48(%rbp), %r13d
	movl	%r13d, -156(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	movq	%r15, -128(%rbp)
	movq	%rbx, -120(%rbp)
	movq	%r12, -112(%rbp)
	movq	%r14, -104(%rbp)
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
	movq	%r8, %rbx
	movq	%rcx, %r14
	testl	%esi, %esi
	je	.LBB3_50
	cmpq	$0, 40(%rdi)
	movq	%r8, %rbx
	movq	%rcx, %r14
	je	.LBB3_50
	movq	%r8, %rbx
	movq	%rcx, %r14
	cmpq	%r8, %rcx
	jle	.LBB3_50
	movslq	4(%rdi), %r13
	movq	%r8, %rbx
	movq	%rcx, %r14
	cmpq	%r13, %r8
	jge	.LBB3_50
	movslq	(%rdi), %r11
	leaq	(%r11,%r11), %rax
	movq	%r8, %rbx
	movq	%rcx, %r14
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
	jne	.LBB3_63
	jp	.LBB3_63
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
	je	.LBB3_63
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
	movq	%r8, %rbx
	movq	%rcx, %r14
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
	movq	%r15, -112(%rbp)
	movq	24(%rbp), %rax
	movq	%rax, -104(%rbp)
	movl	$1, -64(%rbp)
	movq	%rcx, %rbx
	movq	%r8, %r14
.LBB3_50:
	movq	%r10, %r15
	movq	%rdi, -48(%rbp)
	movq	%r8, %r12
	movq	%rcx, %r13
	callq	axon_threads@PLT
	cmpl	$2, %eax
	jl	.LBB3_52
	xorps	%xmm0, %xmm0
	cvtsi2sd	%r14, %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rbx, %xmm1
	addsd	%xmm0, %xmm0
	mulsd	%xmm0, %xmm1
	xorps	%xmm0, %xmm0
	cvtsi2sd	%r15, %xmm0
	mulsd	%xmm1, %xmm0
	movsd	.LCPI3_2(%rip), %xmm1
	ucomisd	%xmm0, %xmm1
	ja	.LBB3_52
	movl	%eax, %esi
	xorl	%edx, %edx
	cmpq	%r14, %rbx
	setge	%dl
	movl	%edx, -60(%rbp)
	movq	%r12, %rcx
	cmpq	%r12, %r13
	cmovgq	%r13, %rcx
	movq	-48(%rbp), %rax
	movslq	(%rax,%rdx,4), %rdi
	leaq	(%rcx,%rdi), %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%rdi, %rdx
	shrq	$32, %rdx
	je	.LBB3_54
	cqto
	idivq	%rdi
	jmp	.LBB3_56
.LBB3_52:
	movl	$1, -60(%rbp)
	movq	%rbx, -56(%rbp)
	leaq	-168(%rbp), %rdi
	xorl	%esi, %esi
	callq	gemm_part_f32
	jmp	.LBB3_63
.LBB3_54:
	xorl	%edx, %edx
	divl	%edi
.LBB3_56:
	decq	%rcx
	movl	%esi, %esi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	movslq	%esi, %r8
	addq	%r8, %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%r8, %rdx
	shrq	$32, %rdx
	je	.LBB3_57
	cqto
	idivq	%r8
	movq	%rax, %rsi
	jmp	.LBB3_59
.LBB3_57:
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %esi
.LBB3_59:
	imulq	%rdi, %rsi
	movq	%rsi, -56(%rbp)
	addq	%rsi, %rcx
	movq	%rcx, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB3_60
	movq	%rcx, %rax
	cqto
	idivq	%rsi
	jmp	.LBB3_62
.LBB3_60:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB3_62:
	leaq	gemm_part_f32(%rip), %rsi
	leaq	-168(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB3_63:
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
.LBB3_64:
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
	jne	.LBB5_64
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
	movq	40(%rbp), %r14
	movq	32(%rbp), %r12
	movq	24(%rbp), %rbx
	movq	16(%rbp), %r15
	movq	%rdi, -168(%rbp)
	movl	%esi, -160(%rbp)
	movl	-48(%rbp), %r13d
	movl	%r13d, -156(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	movq	%r15, -128(%rbp)
	movq	%rbx, -120(%rbp)
	movq	%r12, -112(%rbp)
	movq	%r14, -104(%rbp)
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
	movq	%r8, %rbx
	movq	%rcx, %r14
	testl	%esi, %esi
	je	.LBB5_50
	cmpq	$0, 40(%rdi)
	movq	%r8, %rbx
	movq	%rcx, %r14
	je	.LBB5_50
	movq	%r8, %rbx
	movq	%rcx, %r14
	cmpq	%r8, %rcx
	jle	.LBB5_50
	movslq	4(%rdi), %r13
	movq	%r8, %rbx
	movq	%rcx, %r14
	cmpq	%r13, %r8
	jge	.LBB5_50
	movslq	(%rdi), %r11
	leaq	(%r11,%r11), %rax
	movq	%r8, %rbx
	movq	%rcx, %r14
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
	jne	.LBB5_63
	jp	.LBB5_63
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
	je	.LBB5_63
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
	movq	%r8, %rbx
	movq	%rcx, %r14
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
	movq	%r15, -112(%rbp)
	movq	24(%rbp), %rax
	movq	%rax, -104(%rbp)
	movl	$1, -64(%rbp)
	movq	%rcx, %rbx
	movq	%r8, %r14
.LBB5_50:
	movq	%r10, %r15
	movq	%rdi, -48(%rbp)
	movq	%r8, %r12
	movq	%rcx, %r13
	callq	axon_threads@PLT
	cmpl	$2, %eax
	jl	.LBB5_52
	xorps	%xmm0, %xmm0
	cvtsi2sd	%r14, %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rbx, %xmm1
	addsd	%xmm0, %xmm0
	mulsd	%xmm0, %xmm1
	xorps	%xmm0, %xmm0
	cvtsi2sd	%r15, %xmm0
	mulsd	%xmm1, %xmm0
	movsd	.LCPI5_2(%rip), %xmm1
	ucomisd	%xmm0, %xmm1
	ja	.LBB5_52
	movl	%eax, %esi
	xorl	%edx, %edx
	cmpq	%r14, %rbx
	setge	%dl
	movl	%edx, -60(%rbp)
	movq	%r12, %rcx
	cmpq	%r12, %r13
	cmovgq	%r13, %rcx
	movq	-48(%rbp), %rax
	movslq	(%rax,%rdx,4), %rdi
	leaq	(%rcx,%rdi), %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%rdi, %rdx
	shrq	$32, %rdx
	je	.LBB5_54
	cqto
	idivq	%rdi
	jmp	.LBB5_56
.LBB5_52:
	movl	$1, -60(%rbp)
	movq	%rbx, -56(%rbp)
	leaq	-168(%rbp), %rdi
	xorl	%esi, %esi
	callq	gemm_part_f64
	jmp	.LBB5_63
.LBB5_54:
	xorl	%edx, %edx
	divl	%edi
.LBB5_56:
	decq	%rcx
	movl	%esi, %esi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	movslq	%esi, %r8
	addq	%r8, %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%r8, %rdx
	shrq	$32, %rdx
	je	.LBB5_57
	cqto
	idivq	%r8
	movq	%rax, %rsi
	jmp	.LBB5_59
.LBB5_57:
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %esi
.LBB5_59:
	imulq	%rdi, %rsi
	movq	%rsi, -56(%rbp)
	addq	%rsi, %rcx
	movq	%rcx, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB5_60
	movq	%rcx, %rax
	cqto
	idivq	%rsi
	jmp	.LBB5_62
.LBB5_60:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB5_62:
	leaq	gemm_part_f64(%rip), %rsi
	leaq	-168(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB5_63:
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
.LBB5_64:
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
	movq	%rcx, %r14
	movq	%rdx, %r15
	movl	%esi, %r12d
	movl	%edi, %ebx
	testq	%r8, %r8
	jle	.LBB6_17
	testq	%r14, %r14
	jle	.LBB6_17
	testl	%r12d, %r12d
	je	.LBB6_17
	testl	%ebx, %ebx
	jne	.LBB6_17
	cmpq	$1, %r15
	jne	.LBB6_17
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB6_6
.LBB6_17:
	testq	%r15, %r15
	jle	.LBB6_23
	leaq	-1(%r14), %rax
	cmpq	$15, %rax
	ja	.LBB6_23
	leaq	-1(%r13), %rax
	cmpq	$63, %rax
	ja	.LBB6_23
	movq	%r13, %rax
	imulq	%r15, %rax
	cmpq	$1024, %rax
	jg	.LBB6_23
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB6_22
.LBB6_23:
	callq	axon_detect_isa@PLT
	cmpl	$1, %eax
	je	.LBB6_24
	cmpl	$2, %eax
	jne	.LBB6_27
	movl	%ebx, %edi
	movq	%r15, %rsi
	movq	%r14, %rdx
	movl	$32, %ecx
	movl	$16, %r8d
	callq	wide_tile_pays
	testl	%eax, %eax
	leaq	avx2_f32(%rip), %rax
	leaq	avx512_f32(%rip), %rdi
	cmoveq	%rax, %rdi
	jmp	.LBB6_28
.LBB6_6:
	callq	axon_threads@PLT
	cmpl	$2, %eax
	jl	.LBB6_16
	cmpq	$8, %r14
	jb	.LBB6_16
	movq	%r13, %rcx
	imulq	%r14, %rcx
	cmpq	$16384, %rcx
	jb	.LBB6_16
	movl	%eax, %eax
	movq	%r14, %rsi
	shrq	$2, %rsi
	cmpq	%rax, %rsi
	cmovaeq	%rax, %rsi
	leaq	-1(%r14), %rcx
	leaq	(%rsi,%r14), %rax
	decq	%rax
	movq	%rax, %rdx
	shrq	$32, %rdx
	movq	40(%rbp), %rdi
	movq	48(%rbp), %r8
	je	.LBB6_10
	xorl	%edx, %edx
	divq	%rsi
	jmp	.LBB6_12
.LBB6_16:
	subq	$8, %rsp
	movq	%r14, %rdi
	movq	%r13, %rsi
	movq	-48(%rbp), %rdx
	movq	24(%rbp), %rcx
	movq	32(%rbp), %r8
	movq	40(%rbp), %r9
	pushq	48(%rbp)
	callq	axon_gemv_rows_avx2_f32@PLT
	addq	$88, %rsp
	jmp	.LBB6_30
.LBB6_24:
	leaq	avx2_f32(%rip), %rdi
	jmp	.LBB6_28
.LBB6_22:
	subq	$8, %rsp
	movl	%ebx, %edi
	movl	%r12d, %esi
	movq	%r15, %rdx
	movq	%r14, %rcx
	movq	%r13, %r8
	movq	-48(%rbp), %r9
	pushq	56(%rbp)
	pushq	48(%rbp)
	pushq	$0
	pushq	40(%rbp)
	pushq	32(%rbp)
	pushq	24(%rbp)
	pushq	16(%rbp)
	callq	axon_gemm_small_avx2_f32@PLT
	jmp	.LBB6_29
.LBB6_27:
	leaq	portable_f32(%rip), %rdi
.LBB6_28:
	movq	-48(%rbp), %rax
	movq	40(%rbp), %r10
	movq	48(%rbp), %r11
	subq	$8, %rsp
	xorps	%xmm0, %xmm0
	movl	%ebx, %esi
	movl	%r12d, %edx
	movq	%r15, %rcx
	movq	%r14, %r8
	movq	%r13, %r9
	pushq	56(%rbp)
	pushq	%r11
	pushq	%r10
	pushq	32(%rbp)
	pushq	24(%rbp)
	pushq	16(%rbp)
	pushq	%rax
	callq	gemm_f32
.LBB6_29:
	addq	$136, %rsp
.LBB6_30:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB6_10:
	.cfi_def_cfa %rbp, 16
	xorl	%edx, %edx
	divl	%esi
.LBB6_12:
	addq	$3, %rax
	movq	%rax, %rsi
	andq	$-4, %rsi
	movq	%r14, -112(%rbp)
	movq	%r13, -104(%rbp)
	movq	32(%rbp), %rdx
	movq	%rdx, -96(%rbp)
	movq	%rsi, -88(%rbp)
	movq	-48(%rbp), %rdx
	movq	%rdx, -80(%rbp)
	movq	24(%rbp), %rdx
	movq	%rdx, -72(%rbp)
	movq	%rdi, -64(%rbp)
	movq	%r8, -56(%rbp)
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
	jmp	.LBB6_30
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
	subq	$2176, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, %r14
	movq	%r8, 384(%rsp)
	movq	%rcx, %r13
	movl	%edx, 252(%rsp)
	movslq	(%rdi), %r8
	movslq	4(%rdi), %r9
	movq	8(%rdi), %r15
	cmpq	%r15, %r14
	cmovlq	%r14, %r15
	movq	%rdi, 264(%rsp)
	movq	16(%rdi), %rax
	cmpq	%rax, %rcx
	cmovlq	%rcx, %rax
	leaq	(%r8,%rax), %r10
	decq	%r10
	movq	%r10, %rax
	orq	%r8, %rax
	shrq	$32, %rax
	movl	%esi, 328(%rsp)
	je	.LBB10_1
	movq	%r10, %rax
	cqto
	idivq	%r8
	jmp	.LBB10_3
.LBB10_1:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%r8d
.LBB10_3:
	subq	%rdx, %r10
	movq	264(%rsp), %rax
	movq	24(%rax), %rax
	movq	384(%rsp), %rcx
	cmpq	%rax, %rcx
	cmovlq	%rcx, %rax
	leaq	(%r9,%rax), %r12
	decq	%r12
	movq	%r12, %rax
	orq	%r9, %rax
	shrq	$32, %rax
	movq	%r8, 88(%rsp)
	movq	%r9, 112(%rsp)
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
	movq	24(%rbp), %rbx
	subq	%rdx, %r12
	shlq	$2, %r15
	imulq	%r15, %r10
	xorl	%edi, %edi
	movq	%r10, %rsi
	callq	axon_scratch@PLT
	movq	%rax, 288(%rsp)
	imulq	%r12, %r15
	movl	$1, %edi
	movq	%r15, %rsi
	callq	axon_scratch@PLT
	movq	%rax, 272(%rsp)
	movq	264(%rsp), %rax
	cmpq	$0, 40(%rax)
	je	.LBB10_7
	movq	112(%rsp), %r11
	leaq	(,%r11,4), %rax
	movq	384(%rsp), %rcx
	cmpq	%rax, %rcx
	setle	%al
	movl	%eax, 420(%rsp)
	cmpl	$0, 328(%rsp)
	sete	23(%rsp)
	movl	$1, %eax
	cmoveq	%rbx, %rax
	movq	%rax, 648(%rsp)
	movl	$1, %eax
	cmovneq	%rbx, %rax
	movq	%rax, 560(%rsp)
	cmpl	$0, 252(%rsp)
	movq	88(%rsp), %r9
	je	.LBB10_10
	movl	$0, 380(%rsp)
	testq	%rcx, %rcx
	jg	.LBB10_12
	jmp	.LBB10_20
.LBB10_7:
	cmpl	$0, 328(%rsp)
	sete	23(%rsp)
	movl	$1, %ecx
	movl	$1, %eax
	cmoveq	%rbx, %rax
	movq	%rax, 648(%rsp)
	cmovneq	%rbx, %rcx
	movq	%rcx, 560(%rsp)
	movl	$0, 420(%rsp)
	movl	$0, 380(%rsp)
	movq	384(%rsp), %rcx
	movq	88(%rsp), %r9
	testq	%rcx, %rcx
	jg	.LBB10_12
	jmp	.LBB10_20
.LBB10_10:
	leaq	(%r9,%r9), %rax
	cmpq	%rax, %r13
	movq	384(%rsp), %rcx
	setle	%al
	movl	%eax, 380(%rsp)
	testq	%rcx, %rcx
	jle	.LBB10_20
.LBB10_12:
	movq	80(%rbp), %rdi
	movq	40(%rbp), %rsi
	leaq	(,%rbx,4), %r8
	testl	%r9d, %r9d
	sets	%al
	movq	%r8, 176(%rsp)
	testq	%r8, %r8
	sets	%r8b
	orb	%al, %r8b
	movb	%r8b, 198(%rsp)
	movq	%rsi, %rax
	shlq	$7, %rax
	movq	%rax, 904(%rsp)
	movq	%rsi, %rax
	shlq	$6, %rax
	movq	%rax, 896(%rsp)
	movq	%rsi, %rax
	shlq	$5, %rax
	movq	%rax, 888(%rsp)
	movq	%rbx, %r8
	shlq	$4, %r8
	movq	%rbx, %rax
	shlq	$5, %rax
	movq	%rax, 1040(%rsp)
	leaq	(,%rbx,8), %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 1032(%rsp)
	imulq	%r9, %rbx
	shlq	$2, %rbx
	movq	%rbx, 1024(%rsp)
	movq	%r9, %rax
	shlq	$4, %rax
	movq	%rax, 640(%rsp)
	xorps	%xmm12, %xmm12
	movq	56(%rbp), %rdx
	movq	32(%rbp), %r10
	movq	16(%rbp), %rbx
	leaq	(,%r9,4), %r15
	movq	264(%rsp), %rax
	movq	24(%rax), %rax
	leaq	(,%rdx,4), %rdx
	movq	%rdx, 1080(%rsp)
	movq	112(%rsp), %rdx
	leaq	(,%rdx,4), %rdx
	movq	%rdx, 216(%rsp)
	leaq	(,%rsi,4), %rdx
	movq	%rdx, 120(%rsp)
	leaq	28(%r10), %rdx
	movq	%rdx, 576(%rsp)
	movq	272(%rsp), %rsi
	leaq	-128(%rsi), %rdx
	movq	%rdx, 744(%rsp)
	leaq	-64(%rsi), %rdx
	movq	%rdx, 736(%rsp)
	leaq	4(%rsi), %rdx
	movq	%rdx, 800(%rsp)
	leaq	8(%rsi), %rdx
	movq	%rdx, 792(%rsp)
	leaq	12(%rsi), %rdx
	movq	%rdx, 784(%rsp)
	leaq	16(%rsi), %rdx
	movq	%rdx, 392(%rsp)
	leaq	20(%rsi), %rdx
	movq	%rdx, 776(%rsp)
	leaq	24(%rsi), %rdx
	movq	%rdx, 768(%rsp)
	leaq	28(%rsi), %rdx
	movq	%rdx, 760(%rsp)
	leaq	-4(%rsi), %rdx
	movq	%rdx, 728(%rsp)
	movq	288(%rsp), %rdx
	leaq	-4(%rdx), %r12
	movq	%r12, 840(%rsp)
	leaq	12(%r10), %r12
	movq	%r12, 488(%rsp)
	leaq	384(%rsi), %r12
	movq	%r12, 720(%rsp)
	leaq	124(%rsi), %r12
	movq	%r12, 712(%rsp)
	leaq	124(%r10), %r12
	movq	%r12, 704(%rsp)
	leaq	16(%r10), %r12
	movq	%r12, 568(%rsp)
	leaq	192(%rsi), %r12
	movq	%r12, 696(%rsp)
	leaq	60(%rsi), %r12
	movq	%r12, 688(%rsp)
	leaq	60(%r10), %r10
	movq	%r10, 680(%rsp)
	leaq	96(%rsi), %rsi
	movq	%rsi, 672(%rsp)
	leaq	12(%rbx), %rsi
	movq	%rsi, 832(%rsp)
	leaq	12(%rdx), %rsi
	movq	%rsi, 880(%rsp)
	movq	%r8, 1048(%rsp)
	leaq	(%r8,%r8,2), %rsi
	movq	%rsi, 1016(%rsp)
	leaq	28(%rbx), %rsi
	movq	%rsi, 824(%rsp)
	leaq	96(%rdx), %rsi
	movq	%rsi, 872(%rsp)
	leaq	20(%rbx), %rsi
	movq	%rsi, 816(%rsp)
	leaq	48(%rdx), %rsi
	movq	%rsi, 864(%rsp)
	addq	$16, %rdx
	movq	%rdx, 856(%rsp)
	leaq	16(%rbx), %rdx
	movq	%rdx, 808(%rsp)
	leaq	4(%rdi), %rdx
	movq	%rdx, 664(%rsp)
	leaq	16(%rdi), %rdx
	movq	%rdx, 656(%rsp)
	xorl	%edx, %edx
	movq	%r15, 240(%rsp)
	movq	%r14, 848(%rsp)
	movq	%r13, 592(%rsp)
	jmp	.LBB10_13
	.p2align	4
.LBB10_18:
	movq	264(%rsp), %rax
	movq	24(%rax), %rax
	movq	512(%rsp), %rdx
.LBB10_19:
	addq	%rax, %rdx
	movq	384(%rsp), %rcx
	cmpq	%rcx, %rdx
	jge	.LBB10_20
.LBB10_13:
	movq	%rcx, %rsi
	subq	%rdx, %rsi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	testq	%r14, %r14
	jle	.LBB10_19
	movq	32(%rbp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 424(%rsp)
	movq	48(%rbp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 1072(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 632(%rsp)
	movq	264(%rsp), %rax
	movq	8(%rax), %rax
	movq	568(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rcx, 496(%rsp)
	movq	576(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rcx, 752(%rsp)
	movq	664(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rcx, 984(%rsp)
	movq	656(%rsp), %rcx
	movq	%rdx, 512(%rsp)
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rcx, 976(%rsp)
	xorl	%ecx, %ecx
	movq	%rsi, 472(%rsp)
	jmp	.LBB10_15
	.p2align	4
.LBB10_459:
	movq	264(%rsp), %rax
	movq	8(%rax), %rax
	movq	432(%rsp), %rcx
	addq	%rax, %rcx
	movq	848(%rsp), %r14
	cmpq	%r14, %rcx
	movq	472(%rsp), %rsi
	jge	.LBB10_18
.LBB10_15:
	cmpl	$0, 72(%rbp)
	setne	%dil
	movq	%r14, %rdx
	subq	%rcx, %rdx
	cmpq	%rdx, %rax
	cmovlq	%rax, %rdx
	movq	%rdx, 8(%rsp)
	testq	%rcx, %rcx
	setg	480(%rsp)
	movl	$0, %eax
	cmoveq	80(%rbp), %rax
	movq	%rax, 328(%rsp)
	movl	$0, %eax
	cmpb	$0, 380(%rsp)
	je	.LBB10_23
	movq	%rsi, %rax
	movq	112(%rsp), %r8
	orq	%r8, %rax
	shrq	$32, %rax
	je	.LBB10_17
	movq	%rsi, %rax
	cqto
	idivq	%r8
	jmp	.LBB10_22
.LBB10_17:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r8d
.LBB10_22:
	movq	%rsi, %rax
	subq	%rdx, %rax
.LBB10_23:
	movq	%rcx, 432(%rsp)
	movq	%rax, 368(%rsp)
	subq	%rax, %rsi
	movq	%rsi, 80(%rsp)
	jle	.LBB10_27
	movq	512(%rsp), %rax
	movq	368(%rsp), %rcx
	leaq	(%rcx,%rax), %r8
	movq	264(%rsp), %rax
	movslq	4(%rax), %r10
	movl	%r10d, %ecx
	movq	%rcx, 48(%rsp)
	cmpl	$0, 252(%rsp)
	movb	%dil, 7(%rsp)
	je	.LBB10_31
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB10_31
	movq	48(%rsp), %rdi
	movq	32(%rbp), %rsi
	movq	40(%rbp), %rdx
	movq	432(%rsp), %rcx
	movq	8(%rsp), %r9
	pushq	272(%rsp)
	pushq	88(%rsp)
	callq	*%rax
	movzbl	23(%rsp), %edi
	xorps	%xmm12, %xmm12
	movq	104(%rsp), %r9
	addq	$16, %rsp
	.p2align	4
.LBB10_27:
	movq	592(%rsp), %r13
	testq	%r13, %r13
	movq	24(%rbp), %rsi
	jle	.LBB10_459
	orb	480(%rsp), %dil
	movb	%dil, 7(%rsp)
	cmpl	$1, %r9d
	sete	456(%rsp)
	cmpl	$1, %r9d
	sete	%r11b
	movq	432(%rsp), %r10
	movq	%r10, %rax
	imulq	%rsi, %rax
	movq	%rax, 24(%rsp)
	movq	8(%rsp), %rbx
	movq	%rbx, %rax
	shlq	$4, %rax
	movq	%rax, 608(%rsp)
	movq	%rbx, %rcx
	shlq	$5, %rcx
	movq	%rcx, 1064(%rsp)
	movq	%rbx, %rcx
	imulq	%r15, %rcx
	movq	%rcx, 624(%rsp)
	movq	%r10, %r12
	imulq	40(%rbp), %r12
	movq	%r10, %r14
	imulq	560(%rsp), %r14
	leaq	(,%rbx,4), %rdi
	leaq	-1(%rbx), %r8
	movq	%r8, 144(%rsp)
	imulq	%r8, %r15
	movq	176(%rsp), %rcx
	imulq	%r10, %rcx
	movq	%rdi, 1008(%rsp)
	leaq	(%rdi,%r10,4), %rax
	addq	$-4, %rax
	imulq	%rsi, %rax
	movl	%ebx, %edx
	andl	$3, %edx
	movq	%rbx, %r8
	movabsq	$9223372036854775804, %rsi
	andq	%rsi, %r8
	addq	288(%rsp), %r15
	movq	%r15, 1000(%rsp)
	movq	16(%rbp), %rdi
	addq	%rdi, %rax
	movq	%rax, 960(%rsp)
	cmpq	$8, %rbx
	setae	%sil
	andb	%sil, %r11b
	andb	%sil, 456(%rsp)
	movq	24(%rsp), %rax
	leaq	(%rdi,%rax,4), %rax
	movq	%rax, 952(%rsp)
	leaq	(,%rbx,8), %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 1056(%rsp)
	movq	424(%rsp), %rax
	leaq	(%rax,%r12,4), %rax
	movq	%rax, 536(%rsp)
	movq	%r8, %r12
	leaq	(%rdi,%r14,4), %rax
	movq	%rax, 256(%rsp)
	movabsq	$9223372036854775804, %rax
	addq	$-4, %rax
	movq	216(%rsp), %r8
	andq	%rbx, %rax
	movq	%rax, 480(%rsp)
	movq	%r12, %rax
	negq	%rax
	movq	%rax, 312(%rsp)
	movl	%edx, %r15d
	shll	$4, %r15d
	movl	%edx, %eax
	shll	$5, %eax
	movq	%rax, 336(%rsp)
	leal	(,%rdx,8), %eax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 552(%rsp)
	leaq	(%rdi,%rcx), %rax
	movq	%rax, 944(%rsp)
	movq	832(%rsp), %rsi
	leaq	(%rsi,%rcx), %rax
	movq	%rax, 584(%rsp)
	movq	824(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 936(%rsp)
	movq	816(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 928(%rsp)
	movq	808(%rsp), %r14
	addq	%r14, %rcx
	movq	%rcx, 968(%rsp)
	movq	%rdx, %rax
	negq	%rax
	movq	%rax, 504(%rsp)
	notb	%r11b
	movb	%r11b, 199(%rsp)
	movq	608(%rsp), %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 616(%rsp)
	movq	264(%rsp), %rax
	movq	16(%rax), %rcx
	movq	840(%rsp), %rax
	leaq	(%rax,%rbx,4), %rax
	movq	%rax, 992(%rsp)
	leaq	(%rdi,%r10,4), %rax
	movq	%rax, 400(%rsp)
	leaq	(%rax,%rbx,4), %rax
	movq	%rax, 920(%rsp)
	leaq	(%rsi,%r10,4), %rax
	movq	%rcx, %rsi
	movq	%rax, 440(%rsp)
	movq	%r15, 344(%rsp)
	leaq	(%r15,%r15,2), %rax
	movq	%rax, 544(%rsp)
	movq	%rdx, 408(%rsp)
	leal	(,%rdx,4), %eax
	movq	%rax, 600(%rsp)
	leaq	(%r14,%r10,4), %rax
	movq	%rax, 912(%rsp)
	xorl	%eax, %eax
	movq	%r12, 448(%rsp)
	jmp	.LBB10_29
	.p2align	4
.LBB10_457:
	movq	264(%rsp), %rax
	movq	16(%rax), %rsi
.LBB10_458:
	movq	208(%rsp), %rax
	addq	%rsi, %rax
	movq	592(%rsp), %r13
	cmpq	%r13, %rax
	jge	.LBB10_459
.LBB10_29:
	movq	%rax, 208(%rsp)
	subq	%rax, %r13
	cmpq	%r13, %rsi
	cmovlq	%rsi, %r13
	cmpb	$0, 420(%rsp)
	movq	%rsi, 200(%rsp)
	je	.LBB10_30
	movq	%r13, %rax
	orq	%r9, %rax
	shrq	$32, %rax
	je	.LBB10_242
	movq	%r13, %rax
	cqto
	idivq	%r9
	jmp	.LBB10_244
	.p2align	4
.LBB10_30:
	xorl	%eax, %eax
	movq	8(%rsp), %rdi
	movq	112(%rsp), %r10
	jmp	.LBB10_245
.LBB10_242:
	movl	%r13d, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB10_244:
	movq	8(%rsp), %rdi
	movq	112(%rsp), %r10
	movq	%r13, %rax
	subq	%rdx, %rax
.LBB10_245:
	movq	%r13, 304(%rsp)
	movq	%rax, 296(%rsp)
	subq	%rax, %r13
	movq	%r13, 80(%rsp)
	jle	.LBB10_451
	movq	208(%rsp), %rsi
	movq	296(%rsp), %r10
	leaq	(%r10,%rsi), %rdx
	leal	-4(%r9), %eax
	cmpl	$8, %eax
	ja	.LBB10_399
	leaq	.LJTI10_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB10_248:
	movq	80(%rsp), %r13
	leaq	-1(%r13), %rax
	shrq	$2, %rax
	movq	%rax, 96(%rsp)
	movq	584(%rsp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 48(%rsp)
	imulq	176(%rsp), %rdx
	movq	440(%rsp), %rax
	leaq	(%rax,%rdx), %r11
	addq	400(%rsp), %rdx
	movq	864(%rsp), %rbx
	xorl	%eax, %eax
	movq	288(%rsp), %rsi
	xorl	%r14d, %r14d
	movq	112(%rsp), %r10
	jmp	.LBB10_249
	.p2align	4
.LBB10_271:
	movq	608(%rsp), %rcx
	movq	32(%rsp), %rsi
	addq	%rcx, %rsi
	movq	64(%rsp), %r14
	addq	$4, %r14
	addq	$-4, %r13
	addq	$16, 48(%rsp)
	movq	1048(%rsp), %rax
	movq	104(%rsp), %r11
	addq	%rax, %r11
	movq	72(%rsp), %rbx
	addq	%rcx, %rbx
	movq	56(%rsp), %rdx
	addq	%rax, %rdx
	movq	40(%rsp), %rax
	cmpq	96(%rsp), %rax
	leaq	1(%rax), %rax
	je	.LBB10_451
.LBB10_249:
	movq	%rax, 40(%rsp)
	cmpq	$4, %r13
	movl	$4, %ecx
	cmovlq	%r13, %rcx
	cmpq	$2, %r13
	movl	$1, %r15d
	cmovgeq	%r13, %r15
	cmpq	$4, %r15
	movl	$4, %eax
	cmovgeq	%rax, %r15
	movq	80(%rsp), %r12
	movq	%r14, 64(%rsp)
	subq	%r14, %r12
	cmpq	$4, %r12
	cmovlq	%r12, %rax
	cmpb	$0, 23(%rsp)
	movq	%r12, 24(%rsp)
	movq	%rdx, 56(%rsp)
	movq	%r11, 104(%rsp)
	movq	%rbx, 72(%rsp)
	movq	%rsi, 32(%rsp)
	je	.LBB10_263
	leaq	(%rsi,%rcx,4), %rcx
	testq	%r12, %r12
	movq	448(%rsp), %r14
	movq	600(%rsp), %r12
	jle	.LBB10_260
	movq	%rbx, %rdi
	movq	%r11, %r8
	xorl	%r9d, %r9d
	jmp	.LBB10_252
	.p2align	4
.LBB10_258:
	incq	%r9
	movq	176(%rsp), %r10
	addq	%r10, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r10, %rdx
	cmpq	%r15, %r9
	je	.LBB10_259
.LBB10_252:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_258
	cmpq	$3, 144(%rsp)
	jae	.LBB10_275
	xorl	%r10d, %r10d
	jmp	.LBB10_255
	.p2align	4
.LBB10_275:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB10_276:
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
	cmpq	%r10, %r14
	jne	.LBB10_276
.LBB10_255:
	testb	$3, 8(%rsp)
	je	.LBB10_258
	leaq	(%rdx,%r10,4), %r11
	shlq	$4, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_257:
	movss	(%r11,%rbx), %xmm0
	movss	%xmm0, (%r10,%rbx,4)
	addq	$4, %rbx
	cmpq	%rbx, %r12
	jne	.LBB10_257
	jmp	.LBB10_258
	.p2align	4
.LBB10_263:
	testq	%rdi, %rdi
	jle	.LBB10_271
	movq	%r12, %rcx
	movq	32(%rsp), %rbx
	movq	%rdi, %r14
	movq	48(%rsp), %r12
	jmp	.LBB10_265
	.p2align	4
.LBB10_266:
	xorl	%eax, %eax
.LBB10_269:
	leaq	(%rbx,%rax,4), %rdi
	shlq	$2, %rax
	movl	$16, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	24(%rsp), %rcx
	movq	8(%rsp), %rdi
	movq	216(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	112(%rsp), %r10
	movq	88(%rsp), %r9
.LBB10_270:
	addq	176(%rsp), %r12
	addq	$16, %rbx
	decq	%r14
	je	.LBB10_271
.LBB10_265:
	testq	%rcx, %rcx
	jle	.LBB10_266
	movss	-12(%r12), %xmm0
	movss	%xmm0, (%rbx)
	cmpq	$1, %r13
	jle	.LBB10_268
	movss	-8(%r12), %xmm0
	movss	%xmm0, 4(%rbx)
	cmpq	$2, %r13
	je	.LBB10_268
	movss	-4(%r12), %xmm0
	movss	%xmm0, 8(%rbx)
	cmpq	$3, %r13
	je	.LBB10_268
	movss	(%r12), %xmm0
	movss	%xmm0, 12(%rbx)
	.p2align	4
.LBB10_268:
	movq	%r15, %rax
	cmpq	$3, %r13
	jle	.LBB10_269
	jmp	.LBB10_270
	.p2align	4
.LBB10_259:
	cmpq	$4, 24(%rsp)
	movq	88(%rsp), %r9
	movq	112(%rsp), %r10
	movq	216(%rsp), %r8
	movq	8(%rsp), %rdi
	jl	.LBB10_260
	jmp	.LBB10_271
	.p2align	4
.LBB10_281:
	addq	$4, %rcx
	cmpq	$3, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_271
.LBB10_260:
	testq	%rdi, %rdi
	movq	344(%rsp), %rbx
	jle	.LBB10_281
	cmpq	$3, 144(%rsp)
	jae	.LBB10_282
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_279
	jmp	.LBB10_281
	.p2align	4
.LBB10_282:
	movq	%r9, %r11
	movq	%r10, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	312(%rsp), %r10
	.p2align	4
.LBB10_283:
	movl	$0, (%rsi)
	movl	$0, 16(%rsi)
	movl	$0, 32(%rsi)
	movl	$0, 48(%rsi)
	addq	$-4, %rdx
	addq	$64, %rsi
	cmpq	%rdx, %r10
	jne	.LBB10_283
	negq	%rdx
	movq	%r9, %r10
	movq	%r11, %r9
	testb	$3, %dil
	je	.LBB10_281
.LBB10_279:
	shlq	$4, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_280:
	movl	$0, (%rdx,%rsi)
	addq	$16, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_280
	jmp	.LBB10_281
.LBB10_322:
	movq	80(%rsp), %r13
	leaq	-1(%r13), %rax
	shrq	$3, %rax
	movq	%rax, 96(%rsp)
	movq	936(%rsp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 48(%rsp)
	imulq	176(%rsp), %rdx
	movq	440(%rsp), %rax
	leaq	(%rax,%rdx), %r11
	addq	400(%rsp), %rdx
	movq	872(%rsp), %rbx
	xorl	%eax, %eax
	movq	288(%rsp), %rsi
	xorl	%r14d, %r14d
	movq	112(%rsp), %r10
	jmp	.LBB10_323
	.p2align	4
.LBB10_345:
	movq	1064(%rsp), %rcx
	movq	32(%rsp), %rsi
	addq	%rcx, %rsi
	movq	64(%rsp), %r14
	addq	$8, %r14
	addq	$-8, %r13
	addq	$32, 48(%rsp)
	movq	1040(%rsp), %rax
	movq	104(%rsp), %r11
	addq	%rax, %r11
	movq	72(%rsp), %rbx
	addq	%rcx, %rbx
	movq	56(%rsp), %rdx
	addq	%rax, %rdx
	movq	40(%rsp), %rax
	cmpq	96(%rsp), %rax
	leaq	1(%rax), %rax
	je	.LBB10_451
.LBB10_323:
	movq	%rax, 40(%rsp)
	cmpq	$8, %r13
	movl	$8, %ecx
	cmovlq	%r13, %rcx
	cmpq	$2, %r13
	movl	$1, %r15d
	cmovgeq	%r13, %r15
	cmpq	$8, %r15
	movl	$8, %eax
	cmovgeq	%rax, %r15
	movq	80(%rsp), %r12
	movq	%r14, 64(%rsp)
	subq	%r14, %r12
	cmpq	$8, %r12
	cmovlq	%r12, %rax
	cmpb	$0, 23(%rsp)
	movq	%r12, 24(%rsp)
	movq	%rdx, 56(%rsp)
	movq	%r11, 104(%rsp)
	movq	%rbx, 72(%rsp)
	movq	%rsi, 32(%rsp)
	je	.LBB10_337
	leaq	(%rsi,%rcx,4), %rcx
	testq	%r12, %r12
	movq	448(%rsp), %r14
	movq	600(%rsp), %r12
	jle	.LBB10_334
	movq	%rbx, %rdi
	movq	%r11, %r8
	xorl	%r9d, %r9d
	jmp	.LBB10_326
	.p2align	4
.LBB10_332:
	incq	%r9
	movq	176(%rsp), %r10
	addq	%r10, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r10, %rdx
	cmpq	%r15, %r9
	je	.LBB10_333
.LBB10_326:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_332
	cmpq	$3, 144(%rsp)
	jae	.LBB10_353
	xorl	%r10d, %r10d
	jmp	.LBB10_329
	.p2align	4
.LBB10_353:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB10_354:
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
	cmpq	%r10, %r14
	jne	.LBB10_354
.LBB10_329:
	testb	$3, 8(%rsp)
	je	.LBB10_332
	leaq	(%rdx,%r10,4), %r11
	shlq	$5, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_331:
	movss	(%r11,%rbx), %xmm0
	movss	%xmm0, (%r10,%rbx,8)
	addq	$4, %rbx
	cmpq	%rbx, %r12
	jne	.LBB10_331
	jmp	.LBB10_332
	.p2align	4
.LBB10_337:
	testq	%rdi, %rdi
	jle	.LBB10_345
	movq	%r12, %rcx
	movq	32(%rsp), %rbx
	movq	%rdi, %r14
	movq	48(%rsp), %r12
	jmp	.LBB10_339
	.p2align	4
.LBB10_340:
	xorl	%eax, %eax
.LBB10_343:
	leaq	(%rbx,%rax,4), %rdi
	shlq	$2, %rax
	movl	$32, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	24(%rsp), %rcx
	movq	8(%rsp), %rdi
	movq	216(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	112(%rsp), %r10
	movq	88(%rsp), %r9
.LBB10_344:
	addq	176(%rsp), %r12
	addq	$32, %rbx
	decq	%r14
	je	.LBB10_345
.LBB10_339:
	testq	%rcx, %rcx
	jle	.LBB10_340
	movss	-28(%r12), %xmm0
	movss	%xmm0, (%rbx)
	cmpq	$1, %r13
	jle	.LBB10_342
	movss	-24(%r12), %xmm0
	movss	%xmm0, 4(%rbx)
	cmpq	$2, %r13
	je	.LBB10_342
	movss	-20(%r12), %xmm0
	movss	%xmm0, 8(%rbx)
	cmpq	$3, %r13
	je	.LBB10_342
	movss	-16(%r12), %xmm0
	movss	%xmm0, 12(%rbx)
	cmpq	$4, %r13
	je	.LBB10_342
	movss	-12(%r12), %xmm0
	movss	%xmm0, 16(%rbx)
	cmpq	$5, %r13
	je	.LBB10_342
	movss	-8(%r12), %xmm0
	movss	%xmm0, 20(%rbx)
	cmpq	$6, %r13
	je	.LBB10_342
	movss	-4(%r12), %xmm0
	movss	%xmm0, 24(%rbx)
	cmpq	$7, %r13
	je	.LBB10_342
	movss	(%r12), %xmm0
	movss	%xmm0, 28(%rbx)
	.p2align	4
.LBB10_342:
	movq	%r15, %rax
	cmpq	$7, %r13
	jle	.LBB10_343
	jmp	.LBB10_344
	.p2align	4
.LBB10_333:
	cmpq	$8, 24(%rsp)
	movq	88(%rsp), %r9
	movq	112(%rsp), %r10
	movq	216(%rsp), %r8
	movq	8(%rsp), %rdi
	jl	.LBB10_334
	jmp	.LBB10_345
	.p2align	4
.LBB10_359:
	addq	$4, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_345
.LBB10_334:
	testq	%rdi, %rdi
	movq	336(%rsp), %rbx
	jle	.LBB10_359
	cmpq	$3, 144(%rsp)
	jae	.LBB10_360
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_357
	jmp	.LBB10_359
	.p2align	4
.LBB10_360:
	movq	%r9, %r11
	movq	%r10, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	312(%rsp), %r10
	.p2align	4
.LBB10_361:
	movl	$0, (%rsi)
	movl	$0, 32(%rsi)
	movl	$0, 64(%rsi)
	movl	$0, 96(%rsi)
	addq	$-4, %rdx
	subq	$-128, %rsi
	cmpq	%rdx, %r10
	jne	.LBB10_361
	negq	%rdx
	movq	%r9, %r10
	movq	%r11, %r9
	testb	$3, %dil
	je	.LBB10_359
.LBB10_357:
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_358:
	movl	$0, (%rdx,%rsi)
	addq	$32, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_358
	jmp	.LBB10_359
.LBB10_284:
	movq	80(%rsp), %r15
	leaq	-1(%r15), %rax
	movabsq	$-6148914691236517205, %rcx
	movq	%rdx, %rsi
	mulq	%rcx
	shrq	$2, %rdx
	movq	%rdx, 48(%rsp)
	movq	928(%rsp), %rax
	leaq	(%rax,%rsi,4), %rax
	movq	%rax, 40(%rsp)
	imulq	176(%rsp), %rsi
	movq	440(%rsp), %rax
	leaq	(%rax,%rsi), %r13
	addq	400(%rsp), %rsi
	xorl	%eax, %eax
	movq	288(%rsp), %rdx
	xorl	%r11d, %r11d
	movq	112(%rsp), %r10
	jmp	.LBB10_285
	.p2align	4
.LBB10_307:
	movq	32(%rsp), %rdx
	addq	1056(%rsp), %rdx
	movq	72(%rsp), %r11
	addq	$6, %r11
	addq	$-6, %r15
	addq	$24, 40(%rsp)
	movq	1032(%rsp), %rax
	movq	104(%rsp), %r13
	addq	%rax, %r13
	movq	56(%rsp), %rsi
	addq	%rax, %rsi
	movq	64(%rsp), %rax
	cmpq	48(%rsp), %rax
	leaq	1(%rax), %rax
	je	.LBB10_451
.LBB10_285:
	movq	%rax, 64(%rsp)
	cmpq	$6, %r15
	movl	$6, %ecx
	cmovlq	%r15, %rcx
	cmpq	$2, %r15
	movl	$1, %ebx
	cmovgeq	%r15, %rbx
	cmpq	$6, %rbx
	movl	$6, %eax
	cmovgeq	%rax, %rbx
	movq	80(%rsp), %rax
	movq	%r11, 72(%rsp)
	subq	%r11, %rax
	movq	%rax, %r11
	cmpq	$6, %rax
	movl	$6, %eax
	cmovlq	%r11, %rax
	cmpb	$0, 23(%rsp)
	movq	%r11, 24(%rsp)
	movq	%rsi, 56(%rsp)
	movq	%r13, 104(%rsp)
	movq	%rdx, 32(%rsp)
	je	.LBB10_299
	leaq	(%rdx,%rcx,4), %rcx
	testq	%r11, %r11
	movq	408(%rsp), %r14
	movq	448(%rsp), %r12
	jle	.LBB10_296
	movq	%rdx, %r11
	movq	%rsi, %rdx
	movq	%r11, %rsi
	movq	%r13, %rdi
	xorl	%r8d, %r8d
	jmp	.LBB10_288
	.p2align	4
.LBB10_294:
	incq	%r8
	movq	176(%rsp), %r9
	addq	%r9, %rdi
	addq	$4, %rsi
	addq	%r9, %rdx
	cmpq	%rbx, %r8
	je	.LBB10_295
.LBB10_288:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_294
	cmpq	$3, 144(%rsp)
	jae	.LBB10_313
	xorl	%r9d, %r9d
	jmp	.LBB10_291
	.p2align	4
.LBB10_313:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	.p2align	4
.LBB10_314:
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
	cmpq	%r9, %r12
	jne	.LBB10_314
.LBB10_291:
	testb	$3, 8(%rsp)
	je	.LBB10_294
	leaq	(%r9,%r9,2), %r10
	leaq	(%rsi,%r10,8), %r10
	leaq	(%rdx,%r9,4), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB10_293:
	movss	(%r9,%r11,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%r11
	addq	$24, %r10
	cmpq	%r11, %r14
	jne	.LBB10_293
	jmp	.LBB10_294
	.p2align	4
.LBB10_299:
	testq	%rdi, %rdi
	jle	.LBB10_307
	movq	32(%rsp), %r12
	movq	%rdi, %r13
	movq	40(%rsp), %r14
	jmp	.LBB10_301
	.p2align	4
.LBB10_302:
	xorl	%eax, %eax
.LBB10_305:
	leaq	(,%rax,4), %rcx
	movl	$24, %edx
	subq	%rcx, %rdx
	leaq	(%r12,%rax,4), %rdi
	xorl	%esi, %esi
	callq	memset@PLT
	movq	24(%rsp), %r11
	movq	8(%rsp), %rdi
	movq	216(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	112(%rsp), %r10
	movq	88(%rsp), %r9
.LBB10_306:
	addq	176(%rsp), %r14
	addq	$24, %r12
	decq	%r13
	je	.LBB10_307
.LBB10_301:
	testq	%r11, %r11
	jle	.LBB10_302
	movss	-20(%r14), %xmm0
	movss	%xmm0, (%r12)
	cmpq	$1, %r15
	jle	.LBB10_304
	movss	-16(%r14), %xmm0
	movss	%xmm0, 4(%r12)
	cmpq	$2, %r15
	je	.LBB10_304
	movss	-12(%r14), %xmm0
	movss	%xmm0, 8(%r12)
	cmpq	$3, %r15
	je	.LBB10_304
	movss	-8(%r14), %xmm0
	movss	%xmm0, 12(%r12)
	cmpq	$4, %r15
	je	.LBB10_304
	movss	-4(%r14), %xmm0
	movss	%xmm0, 16(%r12)
	cmpq	$5, %r15
	je	.LBB10_304
	movss	(%r14), %xmm0
	movss	%xmm0, 20(%r12)
	.p2align	4
.LBB10_304:
	movq	%rbx, %rax
	cmpq	$5, %r15
	jle	.LBB10_305
	jmp	.LBB10_306
	.p2align	4
.LBB10_295:
	cmpq	$6, 24(%rsp)
	movq	88(%rsp), %r9
	movq	112(%rsp), %r10
	movq	216(%rsp), %r8
	movq	8(%rsp), %rdi
	jl	.LBB10_296
	jmp	.LBB10_307
	.p2align	4
.LBB10_319:
	addq	$4, %rcx
	cmpq	$5, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_307
.LBB10_296:
	testq	%rdi, %rdi
	movq	552(%rsp), %rbx
	jle	.LBB10_319
	cmpq	$3, 144(%rsp)
	jae	.LBB10_320
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_317
	jmp	.LBB10_319
	.p2align	4
.LBB10_320:
	movq	%r9, %r11
	movq	%r10, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	312(%rsp), %r10
	.p2align	4
.LBB10_321:
	movl	$0, (%rsi)
	movl	$0, 24(%rsi)
	movl	$0, 48(%rsi)
	movl	$0, 72(%rsi)
	addq	$-4, %rdx
	addq	$96, %rsi
	cmpq	%rdx, %r10
	jne	.LBB10_321
	negq	%rdx
	movq	%r9, %r10
	movq	%r11, %r9
	testb	$3, %dil
	je	.LBB10_319
.LBB10_317:
	leaq	(%rdx,%rdx,2), %rdx
	leaq	(%rcx,%rdx,8), %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_318:
	movl	$0, (%rdx,%rsi)
	addq	$24, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_318
	jmp	.LBB10_319
.LBB10_362:
	movq	952(%rsp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 184(%rsp)
	movq	80(%rsp), %rbx
	leaq	-1(%rbx), %rax
	movabsq	$-6148914691236517205, %rcx
	movq	%rdx, %r14
	mulq	%rcx
	movq	%r14, %r11
	shrq	$3, %rdx
	movq	%rdx, 168(%rsp)
	leaq	(,%rsi,4), %rax
	leaq	(%rax,%r10,4), %rax
	addq	584(%rsp), %rax
	movq	%rax, 136(%rsp)
	imulq	176(%rsp), %r11
	movq	440(%rsp), %rax
	leaq	(%rax,%r11), %r15
	addq	400(%rsp), %r11
	movq	880(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	$0, 48(%rsp)
	movq	288(%rsp), %rsi
	xorl	%edx, %edx
	movq	112(%rsp), %r10
	jmp	.LBB10_363
	.p2align	4
.LBB10_388:
	movq	616(%rsp), %rax
	movq	96(%rsp), %rsi
	addq	%rax, %rsi
	movq	160(%rsp), %rdx
	addq	$12, %rdx
	movq	72(%rsp), %rbx
	addq	$-12, %rbx
	addq	$48, 136(%rsp)
	addq	%rax, 128(%rsp)
	addq	$48, 184(%rsp)
	movq	1016(%rsp), %rax
	movq	152(%rsp), %r15
	addq	%rax, %r15
	movq	56(%rsp), %r11
	addq	%rax, %r11
	movq	48(%rsp), %rax
	cmpq	168(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 48(%rsp)
	je	.LBB10_451
.LBB10_363:
	movq	%rbx, 72(%rsp)
	cmpq	$12, %rbx
	movl	$12, %ecx
	cmovlq	%rbx, %rcx
	cmpq	$2, %rbx
	movl	$1, %r14d
	cmovgeq	%rbx, %r14
	cmpq	$12, %r14
	movl	$12, %eax
	cmovgeq	%rax, %r14
	movq	%r14, 24(%rsp)
	movq	80(%rsp), %rbx
	subq	%rdx, %rbx
	cmpq	$12, %rbx
	cmovlq	%rbx, %rax
	cmpb	$0, 23(%rsp)
	movq	%rbx, 64(%rsp)
	movq	%r11, 56(%rsp)
	movq	%r15, 152(%rsp)
	movq	%rsi, 96(%rsp)
	movq	%rdx, 160(%rsp)
	je	.LBB10_377
	leaq	(%rsi,%rcx,4), %rcx
	testq	%rbx, %rbx
	movq	408(%rsp), %rbx
	movq	448(%rsp), %r14
	jle	.LBB10_374
	movq	%r11, %rdx
	movq	%r15, %rdi
	xorl	%r8d, %r8d
	jmp	.LBB10_366
	.p2align	4
.LBB10_372:
	incq	%r8
	movq	176(%rsp), %r9
	addq	%r9, %rdi
	addq	$4, %rsi
	addq	%r9, %rdx
	cmpq	24(%rsp), %r8
	je	.LBB10_373
.LBB10_366:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_372
	cmpq	$3, 144(%rsp)
	jae	.LBB10_390
	xorl	%r9d, %r9d
	jmp	.LBB10_369
	.p2align	4
.LBB10_390:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	.p2align	4
.LBB10_391:
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
	cmpq	%r9, %r14
	jne	.LBB10_391
.LBB10_369:
	testq	%rbx, %rbx
	je	.LBB10_372
	leaq	(%r9,%r9,2), %r10
	shlq	$4, %r10
	addq	%rsi, %r10
	leaq	(%rdx,%r9,4), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB10_371:
	movss	(%r9,%r11,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%r11
	addq	$48, %r10
	cmpq	%r11, %rbx
	jne	.LBB10_371
	jmp	.LBB10_372
	.p2align	4
.LBB10_377:
	testq	%rdi, %rdi
	jle	.LBB10_388
	movq	%rbx, %r11
	movq	24(%rsp), %r14
	movl	%r14d, %r15d
	andl	$3, %r15d
	shll	$2, %r15d
	andl	$12, %r14d
	movq	48(%rsp), %rax
	imulq	616(%rsp), %rax
	addq	288(%rsp), %rax
	movq	%rax, 40(%rsp)
	movq	184(%rsp), %rax
	movq	%rax, 32(%rsp)
	movq	96(%rsp), %rax
	movq	%rax, 104(%rsp)
	movq	128(%rsp), %rbx
	movq	136(%rsp), %r13
	xorl	%r12d, %r12d
	jmp	.LBB10_379
	.p2align	4
.LBB10_380:
	xorl	%eax, %eax
.LBB10_386:
	leaq	(%r12,%r12,2), %rcx
	shlq	$4, %rcx
	addq	40(%rsp), %rcx
	leaq	(,%rax,4), %rsi
	movl	$48, %edx
	subq	%rsi, %rdx
	leaq	(%rcx,%rax,4), %rdi
	xorl	%esi, %esi
	callq	memset@PLT
	movq	64(%rsp), %r11
	movq	8(%rsp), %rdi
	movq	216(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	112(%rsp), %r10
	movq	88(%rsp), %r9
.LBB10_387:
	incq	%r12
	movq	176(%rsp), %rax
	addq	%rax, %r13
	addq	$48, %rbx
	addq	$48, 104(%rsp)
	addq	%rax, 32(%rsp)
	cmpq	%rdi, %r12
	je	.LBB10_388
.LBB10_379:
	testq	%r11, %r11
	jle	.LBB10_380
	movq	72(%rsp), %rsi
	xorl	%eax, %eax
	cmpq	$4, %rsi
	jl	.LBB10_382
	.p2align	4
.LBB10_389:
	movss	-12(%r13,%rax,4), %xmm0
	movss	%xmm0, -12(%rbx,%rax,4)
	movss	-8(%r13,%rax,4), %xmm0
	movss	%xmm0, -8(%rbx,%rax,4)
	movss	-4(%r13,%rax,4), %xmm0
	movss	%xmm0, -4(%rbx,%rax,4)
	movss	(%r13,%rax,4), %xmm0
	movss	%xmm0, (%rbx,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %r14
	jne	.LBB10_389
.LBB10_382:
	testb	$3, 24(%rsp)
	je	.LBB10_385
	movq	104(%rsp), %rcx
	leaq	(%rcx,%rax,4), %rcx
	movq	32(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB10_384:
	movss	(%rax,%rdx), %xmm0
	movss	%xmm0, (%rcx,%rdx)
	addq	$4, %rdx
	cmpq	%rdx, %r15
	jne	.LBB10_384
.LBB10_385:
	movq	24(%rsp), %rax
	cmpq	$11, %rsi
	jle	.LBB10_386
	jmp	.LBB10_387
	.p2align	4
.LBB10_373:
	cmpq	$12, 64(%rsp)
	movq	88(%rsp), %r9
	movq	112(%rsp), %r10
	movq	216(%rsp), %r8
	movq	8(%rsp), %rdi
	jl	.LBB10_374
	jmp	.LBB10_388
	.p2align	4
.LBB10_396:
	addq	$4, %rcx
	cmpq	$11, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_388
.LBB10_374:
	testq	%rdi, %rdi
	movq	544(%rsp), %rbx
	jle	.LBB10_396
	cmpq	$3, 144(%rsp)
	jae	.LBB10_397
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_394
	jmp	.LBB10_396
	.p2align	4
.LBB10_397:
	movq	%r9, %r11
	movq	%r10, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	312(%rsp), %r10
	.p2align	4
.LBB10_398:
	movl	$0, (%rsi)
	movl	$0, 48(%rsi)
	movl	$0, 96(%rsi)
	movl	$0, 144(%rsi)
	addq	$-4, %rdx
	addq	$192, %rsi
	cmpq	%rdx, %r10
	jne	.LBB10_398
	negq	%rdx
	movq	%r9, %r10
	movq	%r11, %r9
	testb	$3, %dil
	je	.LBB10_396
.LBB10_394:
	leaq	(%rdx,%rdx,2), %rdx
	shlq	$4, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_395:
	movl	$0, (%rdx,%rsi)
	addq	$48, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_395
	jmp	.LBB10_396
.LBB10_399:
	movq	176(%rsp), %rbx
	imulq	%rdx, %rbx
	movq	944(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rax
	movq	%rax, 280(%rsp)
	movq	960(%rsp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 232(%rsp)
	movq	400(%rsp), %rax
	leaq	(%rax,%rbx), %rdx
	movq	920(%rsp), %rax
	addq	%rbx, %rax
	movq	%rax, 320(%rsp)
	leaq	(,%rsi,4), %rax
	leaq	(%rax,%r10,4), %rsi
	movq	968(%rsp), %rax
	addq	%rsi, %rax
	movq	%rax, 128(%rsp)
	addq	%rcx, %rsi
	movq	%rsi, 136(%rsp)
	addq	912(%rsp), %rbx
	movq	%rbx, 184(%rsp)
	movq	%rdx, 224(%rsp)
	movq	%rdx, 168(%rsp)
	movq	288(%rsp), %rax
	movq	%rax, 96(%rsp)
	movq	856(%rsp), %rax
	movq	%rax, 152(%rsp)
	movq	$0, 160(%rsp)
	movq	80(%rsp), %rax
	xorl	%ecx, %ecx
	movq	112(%rsp), %r10
	jmp	.LBB10_400
	.p2align	4
.LBB10_450:
	movq	624(%rsp), %rax
	addq	%rax, 96(%rsp)
	movq	48(%rsp), %rcx
	addq	%r9, %rcx
	incq	160(%rsp)
	addq	%rax, 152(%rsp)
	movq	240(%rsp), %rax
	addq	%rax, 128(%rsp)
	addq	%rax, 136(%rsp)
	movq	1024(%rsp), %rax
	addq	%rax, 184(%rsp)
	addq	%rax, 168(%rsp)
	cmpq	80(%rsp), %rcx
	movq	40(%rsp), %rax
	jge	.LBB10_451
.LBB10_400:
	movq	%rax, %r11
	subq	%r9, %rax
	movq	%rax, 40(%rsp)
	cmovgeq	%r9, %r11
	movq	80(%rsp), %rdx
	movq	%rcx, 48(%rsp)
	subq	%rcx, %rdx
	cmpq	%r9, %rdx
	movq	%r9, %rax
	cmovlq	%rdx, %rax
	cmpb	$0, 23(%rsp)
	movq	%rax, 104(%rsp)
	movq	%r11, 32(%rsp)
	je	.LBB10_406
	movq	%rdx, 24(%rsp)
	testq	%rax, %rax
	movq	640(%rsp), %r13
	jle	.LBB10_424
	movq	1008(%rsp), %rcx
	movq	160(%rsp), %rax
	imulq	%rax, %rcx
	movq	288(%rsp), %rdx
	addq	%rcx, %rdx
	addq	992(%rsp), %rcx
	leaq	(%rcx,%r11,4), %rcx
	movq	176(%rsp), %r9
	movq	%r9, %rsi
	imulq	%rax, %rsi
	movq	224(%rsp), %rax
	leaq	(%rax,%rsi), %rdi
	addq	320(%rsp), %rsi
	leaq	-1(%r11), %r8
	imulq	%r9, %r8
	addq	%rsi, %r8
	testq	%r9, %r9
	sets	%sil
	cmpq	%r8, %rdx
	setb	%dl
	cmpq	%rcx, %rdi
	setb	%cl
	andb	%dl, %cl
	orb	%sil, %cl
	orb	199(%rsp), %cl
	movq	168(%rsp), %rdx
	movq	96(%rsp), %rsi
	movq	184(%rsp), %rdi
	movq	152(%rsp), %r8
	xorl	%r9d, %r9d
	jmp	.LBB10_403
	.p2align	4
.LBB10_438:
	incq	%r9
	addq	$4, %r8
	movq	176(%rsp), %r10
	addq	%r10, %rdi
	addq	$4, %rsi
	addq	%r10, %rdx
	movq	32(%rsp), %r11
	cmpq	%r11, %r9
	je	.LBB10_424
.LBB10_403:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_438
	testb	$1, %cl
	je	.LBB10_429
	xorl	%r11d, %r11d
	movq	8(%rsp), %rax
	jmp	.LBB10_432
	.p2align	4
.LBB10_429:
	xorl	%r10d, %r10d
	movq	480(%rsp), %rbx
	.p2align	4
.LBB10_430:
	movups	-16(%rdi,%r10,4), %xmm0
	movups	(%rdi,%r10,4), %xmm1
	movups	%xmm0, -16(%r8,%r10,4)
	movups	%xmm1, (%r8,%r10,4)
	addq	$8, %r10
	cmpq	%r10, %rbx
	jne	.LBB10_430
	movq	%rbx, %r11
	movq	8(%rsp), %rax
	cmpq	%rbx, %rax
	je	.LBB10_438
.LBB10_432:
	movq	%r11, %r10
	testb	$3, %al
	movq	240(%rsp), %r15
	je	.LBB10_435
	movq	%r15, %rbx
	imulq	%r11, %rbx
	addq	%rsi, %rbx
	movq	408(%rsp), %r14
	movq	%r11, %r10
	.p2align	4
.LBB10_434:
	movss	(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%rbx)
	incq	%r10
	addq	%r15, %rbx
	decq	%r14
	jne	.LBB10_434
.LBB10_435:
	movq	8(%rsp), %rax
	subq	%rax, %r11
	cmpq	$-4, %r11
	ja	.LBB10_438
	leaq	3(%r10), %r11
	movq	240(%rsp), %r12
	imulq	%r12, %r11
	movq	%r12, %rbx
	imulq	%r10, %rbx
	leaq	2(%r10), %r14
	imulq	%r12, %r14
	leaq	1(%r10), %r15
	imulq	%r12, %r15
	movq	%rsi, %r12
	.p2align	4
.LBB10_437:
	movss	(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%r12,%rbx)
	movss	4(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%r12,%r15)
	movss	8(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%r12,%r14)
	movss	12(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%r12,%r11)
	addq	$4, %r10
	addq	%r13, %r12
	cmpq	%r10, %rax
	jne	.LBB10_437
	jmp	.LBB10_438
	.p2align	4
.LBB10_406:
	testq	%rdi, %rdi
	jle	.LBB10_450
	movl	%r11d, %eax
	andl	$3, %eax
	shll	$2, %eax
	movq	%rax, 56(%rsp)
	movq	%r11, %r13
	andq	$-8, %r13
	movq	624(%rsp), %rsi
	movq	160(%rsp), %rdx
	imulq	%rdx, %rsi
	movq	1000(%rsp), %rax
	addq	%rsi, %rax
	leaq	(%rax,%r11,4), %rax
	movq	240(%rsp), %rcx
	imulq	%rdx, %rcx
	movq	280(%rsp), %rdx
	addq	%rcx, %rdx
	addq	232(%rsp), %rcx
	leaq	(%rcx,%r11,4), %rcx
	addq	288(%rsp), %rsi
	movq	%rsi, 64(%rsp)
	movq	96(%rsp), %r15
	cmpq	%rcx, %r15
	setb	%cl
	cmpq	%rax, %rdx
	movq	104(%rsp), %rdx
	setb	%al
	andb	%cl, %al
	orb	198(%rsp), %al
	movb	%al, 72(%rsp)
	movq	136(%rsp), %rbx
	movq	128(%rsp), %r14
	movq	152(%rsp), %r12
	movq	$0, 24(%rsp)
	jmp	.LBB10_408
	.p2align	4
.LBB10_421:
	movq	24(%rsp), %rsi
	incq	%rsi
	movq	240(%rsp), %rcx
	addq	%rcx, %r12
	movq	176(%rsp), %rax
	addq	%rax, %r14
	addq	%rcx, %r15
	addq	%rax, %rbx
	movq	%rsi, 24(%rsp)
	cmpq	%rdi, %rsi
	je	.LBB10_450
.LBB10_408:
	testq	%rdx, %rdx
	jle	.LBB10_409
	cmpq	$8, %r11
	setb	%al
	orb	72(%rsp), %al
	testb	$1, %al
	je	.LBB10_412
	xorl	%ecx, %ecx
	jmp	.LBB10_415
	.p2align	4
.LBB10_409:
	xorl	%esi, %esi
	jmp	.LBB10_419
	.p2align	4
.LBB10_412:
	xorl	%eax, %eax
	.p2align	4
.LBB10_413:
	movups	-16(%r14,%rax,4), %xmm0
	movups	(%r14,%rax,4), %xmm1
	movups	%xmm0, -16(%r12,%rax,4)
	movups	%xmm1, (%r12,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %r13
	jne	.LBB10_413
	movq	%r13, %rcx
	movq	%r11, %rsi
	cmpq	%r13, %r11
	je	.LBB10_419
.LBB10_415:
	movq	%rcx, %rax
	testb	$3, %r11b
	je	.LBB10_418
	movq	56(%rsp), %rdx
	movq	%rcx, %rax
	.p2align	4
.LBB10_417:
	movss	(%rbx,%rax,4), %xmm0
	movss	%xmm0, (%r15,%rax,4)
	incq	%rax
	addq	$-4, %rdx
	jne	.LBB10_417
.LBB10_418:
	subq	%r11, %rcx
	movq	%r11, %rsi
	cmpq	$-4, %rcx
	movq	104(%rsp), %rdx
	ja	.LBB10_419
	.p2align	4
.LBB10_422:
	movss	(%rbx,%rax,4), %xmm0
	movss	%xmm0, (%r15,%rax,4)
	movss	4(%rbx,%rax,4), %xmm0
	movss	%xmm0, 4(%r15,%rax,4)
	movss	8(%rbx,%rax,4), %xmm0
	movss	%xmm0, 8(%r15,%rax,4)
	movss	12(%rbx,%rax,4), %xmm0
	movss	%xmm0, 12(%r15,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %r11
	jne	.LBB10_422
	movq	%r11, %rsi
.LBB10_419:
	cmpq	%r9, %rsi
	jge	.LBB10_421
	movq	24(%rsp), %rax
	movq	240(%rsp), %rdx
	imulq	%rdx, %rax
	addq	64(%rsp), %rax
	leaq	(%rax,%rsi,4), %rdi
	shlq	$2, %rsi
	subq	%rsi, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	32(%rsp), %r11
	movq	104(%rsp), %rdx
	movq	8(%rsp), %rdi
	movq	216(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	112(%rsp), %r10
	movq	88(%rsp), %r9
	jmp	.LBB10_421
	.p2align	4
.LBB10_424:
	movq	88(%rsp), %r9
	cmpq	%r9, 24(%rsp)
	movq	112(%rsp), %r10
	movq	216(%rsp), %r8
	movq	8(%rsp), %rdi
	movq	104(%rsp), %rbx
	jge	.LBB10_450
	movq	96(%rsp), %rax
	leaq	(%rax,%r11,4), %rax
	jmp	.LBB10_426
	.p2align	4
.LBB10_449:
	incq	%rbx
	addq	$4, %rax
	movq	88(%rsp), %r9
	cmpq	%r9, %rbx
	movq	216(%rsp), %r8
	movq	8(%rsp), %rdi
	movq	%r11, %r10
	jge	.LBB10_450
.LBB10_426:
	movq	%r10, %r11
	testq	%rdi, %rdi
	movq	640(%rsp), %r10
	movq	240(%rsp), %r9
	movq	480(%rsp), %rsi
	jle	.LBB10_449
	cmpb	$0, 456(%rsp)
	je	.LBB10_428
	xorl	%ecx, %ecx
	.p2align	4
.LBB10_440:
	movups	%xmm12, (%rax,%rcx,4)
	movups	%xmm12, 16(%rax,%rcx,4)
	addq	$8, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB10_440
	movq	%rsi, %rdx
	cmpq	%rsi, 8(%rsp)
	je	.LBB10_449
	jmp	.LBB10_442
	.p2align	4
.LBB10_428:
	xorl	%edx, %edx
.LBB10_442:
	movq	%rdx, %rcx
	movq	8(%rsp), %rdi
	testb	$3, %dil
	je	.LBB10_446
	movq	%r9, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	504(%rsp), %r8
	.p2align	4
.LBB10_444:
	movl	$0, (%rcx)
	decq	%rsi
	addq	%r9, %rcx
	cmpq	%rsi, %r8
	jne	.LBB10_444
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB10_446:
	subq	%rdi, %rdx
	cmpq	$-4, %rdx
	ja	.LBB10_449
	movq	8(%rsp), %rdx
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
.LBB10_448:
	movl	$0, (%r9,%rcx)
	movl	$0, (%r9,%r8)
	movl	$0, (%r9,%rdi)
	movl	$0, (%r9,%rsi)
	addq	%r10, %r9
	addq	$-4, %rdx
	jne	.LBB10_448
	jmp	.LBB10_449
	.p2align	4
.LBB10_451:
	movq	472(%rsp), %rcx
	testq	%rcx, %rcx
	movq	240(%rsp), %r15
	movq	200(%rsp), %rsi
	jle	.LBB10_458
	movq	48(%rbp), %rax
	movq	208(%rsp), %rdx
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 528(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, 520(%rsp)
	movq	632(%rsp), %r13
	movq	976(%rsp), %r12
	movq	984(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	$0, 464(%rsp)
	movq	%rcx, %rdx
	xorl	%r11d, %r11d
	movq	304(%rsp), %rsi
	jmp	.LBB10_453
	.p2align	4
.LBB10_492:
	movq	128(%rsp), %r11
	addq	%r10, %r11
	incq	464(%rsp)
	addq	%r8, 24(%rsp)
	addq	%r8, %r12
	addq	%r8, %r13
	cmpq	472(%rsp), %r11
	movq	8(%rsp), %rdi
	movq	352(%rsp), %rdx
	jge	.LBB10_457
.LBB10_453:
	movq	%r11, %rax
	movq	368(%rsp), %rcx
	subq	%rcx, %rax
	imulq	%rdi, %rax
	cmpq	%rcx, %r11
	movq	536(%rsp), %rcx
	movq	%r11, 128(%rsp)
	leaq	(%rcx,%r11,4), %rdi
	movq	%rdx, %r11
	movq	%r10, %rcx
	cmovlq	40(%rbp), %rcx
	movq	%rcx, 168(%rsp)
	movq	272(%rsp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, 232(%rsp)
	movq	%rdi, 280(%rsp)
	cmovlq	%rdi, %rax
	movq	%rax, 200(%rsp)
	subq	%r10, %rdx
	movq	%rdx, 352(%rsp)
	cmovgeq	%r10, %r11
	testq	%rsi, %rsi
	jle	.LBB10_492
	movl	%r11d, %eax
	andl	$3, %eax
	movq	%rax, 40(%rsp)
	movq	%r11, %rax
	andq	$-8, %rax
	movq	%rax, 56(%rsp)
	movq	%r11, %rax
	andq	$-2, %rax
	movq	%rax, 104(%rsp)
	leaq	(,%r11,4), %rax
	movq	%rax, 224(%rsp)
	imulq	464(%rsp), %r8
	movq	632(%rsp), %rcx
	addq	%rcx, %r8
	movq	%r8, 320(%rsp)
	leaq	(%r8,%r11,4), %rax
	movq	%rax, 360(%rsp)
	movq	472(%rsp), %rax
	movq	128(%rsp), %rdi
	subq	%rdi, %rax
	cmpq	%rax, %r10
	movq	%rax, 152(%rsp)
	cmovlq	%r10, %rax
	movq	%rax, 72(%rsp)
	movq	1072(%rsp), %rax
	leaq	(%rax,%rdi,4), %rax
	movq	%rax, 160(%rsp)
	movq	512(%rsp), %rax
	addq	%rdi, %rax
	imulq	56(%rbp), %rax
	movq	528(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, 184(%rsp)
	leaq	(%rcx,%rdi,4), %rax
	movq	%rax, 136(%rsp)
	movq	520(%rsp), %rbx
	movq	%rsi, %rax
	xorl	%ecx, %ecx
	movq	%r11, 32(%rsp)
	jmp	.LBB10_455
	.p2align	4
.LBB10_491:
	movq	88(%rsp), %rax
	movq	48(%rsp), %rcx
	addq	%rax, %rcx
	movq	240(%rsp), %r15
	addq	%r15, %rbx
	movq	304(%rsp), %rsi
	cmpq	%rsi, %rcx
	movq	%r9, %r10
	movq	%rax, %r9
	movq	80(%rsp), %rax
	jge	.LBB10_492
.LBB10_455:
	movq	%rax, %r14
	cmpq	%r10, 152(%rsp)
	setge	%dl
	subq	%r9, %rax
	movq	%rax, 80(%rsp)
	cmovgeq	%r9, %r14
	subq	%rcx, %rsi
	cmpq	%rsi, %r9
	movq	%rsi, %rax
	cmovlq	%r9, %rax
	movq	%rax, 64(%rsp)
	movq	208(%rsp), %rax
	movq	%r9, %r11
	movq	%rcx, %r9
	addq	%rax, %rcx
	movq	%rcx, %rax
	movq	56(%rbp), %rdi
	imulq	%rdi, %rax
	cmpl	$0, 64(%rbp)
	movq	%r10, %rdi
	sete	%r10b
	movq	184(%rsp), %r8
	leaq	(%r8,%r9,4), %r15
	movq	160(%rsp), %r8
	leaq	(%r8,%rax,4), %rax
	cmoveq	%rax, %r15
	movq	%r11, %r8
	cmpq	%r11, %rsi
	setge	%sil
	andb	%dl, %r10b
	andb	%sil, %r10b
	leaq	1088(%rsp), %rdx
	cmoveq	%rdx, %rax
	movq	%rdi, %r11
	cmovneq	56(%rbp), %r11
	movzbl	7(%rsp), %edx
	movb	%r10b, 96(%rsp)
	andb	%r10b, %dl
	movzbl	%dl, %r10d
	movq	%r9, 48(%rsp)
	subq	296(%rsp), %r9
	jge	.LBB10_460
	movq	648(%rsp), %rdx
	imulq	%rdx, %rcx
	movq	256(%rsp), %rsi
	leaq	(%rsi,%rcx,4), %rsi
	subq	$8, %rsp
	movq	16(%rsp), %rdi
	movq	568(%rsp), %rcx
	movq	208(%rsp), %r8
	movq	176(%rsp), %r9
	jmp	.LBB10_462
	.p2align	4
.LBB10_460:
	movq	8(%rsp), %rdi
	imulq	%rdi, %r9
	movq	288(%rsp), %rcx
	leaq	(%rcx,%r9,4), %rsi
	movq	128(%rsp), %rcx
	cmpq	368(%rsp), %rcx
	jge	.LBB10_463
	subq	$8, %rsp
	movl	$1, %edx
	movq	%r8, %rcx
	movq	288(%rsp), %r8
	movq	40(%rbp), %r9
.LBB10_462:
	pushq	%r10
	pushq	%r11
	pushq	%rax
	movq	296(%rsp), %rax
	callq	*40(%rax)
	addq	$32, %rsp
	jmp	.LBB10_464
	.p2align	4
.LBB10_463:
	movq	232(%rsp), %rdx
	movq	%rax, %rcx
	movq	%r11, %r8
	movl	%r10d, %r9d
	movq	264(%rsp), %rax
	callq	*32(%rax)
.LBB10_464:
	cmpb	$0, 96(%rsp)
	movq	112(%rsp), %r9
	xorps	%xmm12, %xmm12
	movq	1080(%rsp), %r10
	movq	216(%rsp), %r8
	movzbl	7(%rsp), %edi
	movq	32(%rsp), %r11
	je	.LBB10_480
	cmpq	$0, 328(%rsp)
	je	.LBB10_491
	cmpq	$0, 64(%rsp)
	jle	.LBB10_491
	leaq	-1(%r14), %rax
	imulq	%r10, %rax
	testq	%r10, %r10
	sets	%cl
	movq	224(%rsp), %rdx
	addq	%r15, %rdx
	addq	%rdx, %rax
	cmpq	360(%rsp), %r15
	setb	%dl
	cmpq	%rax, 320(%rsp)
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	leaq	16(%r15), %rcx
	xorl	%edx, %edx
	jmp	.LBB10_468
	.p2align	4
.LBB10_478:
	incq	%rdx
	addq	%r10, %rcx
	addq	%r10, %r15
	cmpq	%r14, %rdx
	je	.LBB10_491
.LBB10_468:
	cmpq	$0, 72(%rsp)
	jle	.LBB10_478
	cmpq	$8, %r11
	setb	%sil
	orb	%al, %sil
	testb	$1, %sil
	je	.LBB10_471
	xorl	%edi, %edi
	jmp	.LBB10_474
	.p2align	4
.LBB10_471:
	xorl	%esi, %esi
	movq	56(%rsp), %rdi
	.p2align	4
.LBB10_472:
	movups	-16(%r12,%rsi,4), %xmm0
	movups	(%r12,%rsi,4), %xmm1
	movups	-16(%rcx,%rsi,4), %xmm2
	addps	%xmm0, %xmm2
	movups	(%rcx,%rsi,4), %xmm0
	addps	%xmm1, %xmm0
	movups	%xmm2, -16(%rcx,%rsi,4)
	movups	%xmm0, (%rcx,%rsi,4)
	addq	$8, %rsi
	cmpq	%rsi, %rdi
	jne	.LBB10_472
	cmpq	%rdi, %r11
	je	.LBB10_478
.LBB10_474:
	movq	%rdi, %rsi
	testb	$3, %r11b
	je	.LBB10_477
	movq	40(%rsp), %r8
	movq	%rdi, %rsi
	.p2align	4
.LBB10_476:
	movss	(%r13,%rsi,4), %xmm0
	addss	(%r15,%rsi,4), %xmm0
	movss	%xmm0, (%r15,%rsi,4)
	incq	%rsi
	decq	%r8
	jne	.LBB10_476
.LBB10_477:
	subq	%r11, %rdi
	cmpq	$-4, %rdi
	movq	216(%rsp), %r8
	ja	.LBB10_478
	.p2align	4
.LBB10_479:
	movss	(%r13,%rsi,4), %xmm0
	addss	(%r15,%rsi,4), %xmm0
	movss	%xmm0, (%r15,%rsi,4)
	movss	4(%r13,%rsi,4), %xmm0
	addss	4(%r15,%rsi,4), %xmm0
	movss	%xmm0, 4(%r15,%rsi,4)
	movss	8(%r13,%rsi,4), %xmm0
	addss	8(%r15,%rsi,4), %xmm0
	movss	%xmm0, 8(%r15,%rsi,4)
	movss	12(%r13,%rsi,4), %xmm0
	addss	12(%r15,%rsi,4), %xmm0
	movss	%xmm0, 12(%r15,%rsi,4)
	addq	$4, %rsi
	cmpq	%rsi, %r11
	jne	.LBB10_479
	jmp	.LBB10_478
	.p2align	4
.LBB10_480:
	cmpl	$0, 64(%rbp)
	je	.LBB10_493
	cmpq	$0, 72(%rsp)
	jle	.LBB10_491
	leaq	1088(%rsp), %rax
	xorl	%ecx, %ecx
	jmp	.LBB10_483
	.p2align	4
.LBB10_490:
	incq	%rcx
	addq	%r10, %r15
	addq	$4, %rax
	cmpq	%r11, %rcx
	je	.LBB10_491
.LBB10_483:
	cmpq	$0, 64(%rsp)
	jle	.LBB10_490
	movq	%rax, %rdx
	xorl	%esi, %esi
	jmp	.LBB10_485
	.p2align	4
.LBB10_489:
	movss	%xmm0, (%r15,%rsi,4)
	incq	%rsi
	addq	%r8, %rdx
	cmpq	%rsi, %r14
	je	.LBB10_490
.LBB10_485:
	movss	(%rdx), %xmm0
	cmpq	$0, 328(%rsp)
	je	.LBB10_487
	addss	(%rbx,%rsi,4), %xmm0
.LBB10_487:
	testb	%dil, %dil
	je	.LBB10_489
	addss	(%r15,%rsi,4), %xmm0
	jmp	.LBB10_489
.LBB10_493:
	cmpq	$0, 64(%rsp)
	jle	.LBB10_491
	leaq	4(%r15), %rax
	leaq	1092(%rsp), %rcx
	xorl	%edx, %edx
	jmp	.LBB10_495
	.p2align	4
.LBB10_502:
	movss	%xmm0, (%rdi,%rsi,4)
	movzbl	7(%rsp), %edi
.LBB10_503:
	incq	%rdx
	addq	%r8, %rcx
	addq	%r10, %rax
	cmpq	%r14, %rdx
	je	.LBB10_491
.LBB10_495:
	cmpq	$0, 72(%rsp)
	jle	.LBB10_503
	xorl	%esi, %esi
	cmpq	$1, %r11
	jne	.LBB10_504
.LBB10_497:
	testb	$1, %r11b
	je	.LBB10_503
	movq	%rdx, %rdi
	imulq	%r9, %rdi
	addq	%rsi, %rdi
	movss	1088(%rsp,%rdi,4), %xmm0
	cmpq	$0, 328(%rsp)
	je	.LBB10_500
	movq	136(%rsp), %rdi
	addss	(%rdi,%rsi,4), %xmm0
.LBB10_500:
	movq	%rdx, %rdi
	imulq	56(%rbp), %rdi
	leaq	(%r15,%rdi,4), %rdi
	cmpb	$0, 7(%rsp)
	je	.LBB10_502
	addss	(%rdi,%rsi,4), %xmm0
	jmp	.LBB10_502
	.p2align	4
.LBB10_512:
	movss	%xmm0, (%rax,%rsi,4)
	addq	$2, %rsi
	cmpq	%rsi, 104(%rsp)
	je	.LBB10_497
.LBB10_504:
	movss	-4(%rcx,%rsi,4), %xmm0
	cmpq	$0, 328(%rsp)
	je	.LBB10_506
	movq	24(%rsp), %r11
	addss	-4(%r11,%rsi,4), %xmm0
.LBB10_506:
	testb	%dil, %dil
	je	.LBB10_508
	addss	-4(%rax,%rsi,4), %xmm0
.LBB10_508:
	movss	%xmm0, -4(%rax,%rsi,4)
	movss	(%rcx,%rsi,4), %xmm0
	cmpq	$0, 328(%rsp)
	je	.LBB10_510
	movq	24(%rsp), %r11
	addss	(%r11,%rsi,4), %xmm0
.LBB10_510:
	movq	32(%rsp), %r11
	testb	%dil, %dil
	je	.LBB10_512
	addss	(%rax,%rsi,4), %xmm0
	jmp	.LBB10_512
	.p2align	4
.LBB10_31:
	cmpl	$8, %r10d
	movq	432(%rsp), %r15
	je	.LBB10_49
	cmpl	$16, %r10d
	movq	8(%rsp), %r14
	je	.LBB10_99
	cmpl	$32, %r10d
	jne	.LBB10_174
	movq	%r14, %rbx
	shlq	$7, %rbx
	movq	80(%rsp), %r10
	leaq	-1(%r10), %rax
	shrq	$5, %rax
	movq	%rax, 320(%rsp)
	movq	120(%rsp), %rdi
	movq	%rdi, %rax
	imulq	%r15, %rax
	leaq	(%r15,%r14), %rcx
	leaq	-4(,%rcx,4), %rcx
	imulq	40(%rbp), %rcx
	movq	32(%rbp), %rsi
	leaq	(%rsi,%rax), %rdx
	leaq	(%rdx,%r8,4), %rdx
	movq	%rdx, 352(%rsp)
	addq	%rsi, %rcx
	leaq	(%rcx,%r8,4), %rcx
	movq	%rcx, 344(%rsp)
	movl	%r14d, %r12d
	andl	$3, %r12d
	movq	%r14, %rdx
	movabsq	$9223372036854775804, %rcx
	andq	%rcx, %rdx
	movq	%rdi, %rcx
	imulq	%r8, %rcx
	leaq	(%rcx,%r15,4), %r13
	movq	488(%rsp), %rcx
	leaq	(%rcx,%r13), %rdi
	addq	%rsi, %r13
	movq	%rdx, 312(%rsp)
	negq	%rdx
	movq	%r12, 360(%rsp)
	shll	$7, %r12d
	leaq	(%rax,%r8,4), %rsi
	addq	704(%rsp), %rsi
	movq	%rsi, 256(%rsp)
	movq	368(%rsp), %rcx
	leaq	(%rax,%rcx,4), %rcx
	movq	496(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 280(%rsp)
	addq	424(%rsp), %rcx
	movq	%rcx, 144(%rsp)
	leaq	-1(%r14), %rax
	movq	%rax, 32(%rsp)
	movq	744(%rsp), %rax
	movq	%rbx, 200(%rsp)
	addq	%rbx, %rax
	movq	%rax, 336(%rsp)
	movq	%rdi, %r8
	movq	392(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	712(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	720(%rsp), %r11
	movq	$0, 152(%rsp)
	movq	%r10, %rsi
	movq	%rdx, %r10
	movq	272(%rsp), %rbx
	xorl	%edx, %edx
	movzbl	7(%rsp), %edi
	movq	%r10, 56(%rsp)
	jmp	.LBB10_35
	.p2align	4
.LBB10_173:
	movq	200(%rsp), %rcx
	movq	160(%rsp), %rbx
	addq	%rcx, %rbx
	movq	296(%rsp), %rdx
	addq	$32, %rdx
	movq	64(%rsp), %rsi
	addq	$-32, %rsi
	movq	904(%rsp), %rax
	movq	208(%rsp), %r8
	addq	%rax, %r8
	movq	304(%rsp), %r11
	addq	%rcx, %r11
	movq	184(%rsp), %r13
	addq	%rax, %r13
	addq	%rcx, 224(%rsp)
	subq	$-128, 256(%rsp)
	addq	%rcx, 232(%rsp)
	subq	$-128, 280(%rsp)
	subq	$-128, 144(%rsp)
	movq	152(%rsp), %rax
	cmpq	320(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 152(%rsp)
	movq	240(%rsp), %r15
	je	.LBB10_27
.LBB10_35:
	movq	%rsi, 64(%rsp)
	cmpq	$2, %rsi
	movl	$1, %ecx
	cmovgeq	%rsi, %rcx
	cmpq	$32, %rcx
	movl	$32, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 24(%rsp)
	cmpq	$32, %rsi
	movl	$32, %ecx
	cmovlq	%rsi, %rcx
	movq	80(%rsp), %rsi
	subq	%rdx, %rsi
	cmpq	$32, %rsi
	cmovlq	%rsi, %rax
	cmpl	$0, 252(%rsp)
	movq	%rsi, 72(%rsp)
	movq	%r13, 184(%rsp)
	movq	%r8, 208(%rsp)
	movq	%r11, 304(%rsp)
	movq	%rbx, 160(%rsp)
	movq	%rdx, 296(%rsp)
	je	.LBB10_153
	leaq	(%rbx,%rcx,4), %rcx
	testq	%rsi, %rsi
	jle	.LBB10_46
	movq	%r13, %rdx
	movq	%rbx, %rsi
	movq	%r11, %rdi
	xorl	%r9d, %r9d
	movq	360(%rsp), %r14
	movq	312(%rsp), %r15
	jmp	.LBB10_38
	.p2align	4
.LBB10_44:
	incq	%r9
	movq	120(%rsp), %r10
	addq	%r10, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r10, %rdx
	cmpq	24(%rsp), %r9
	je	.LBB10_45
.LBB10_38:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_44
	cmpq	$3, 32(%rsp)
	jae	.LBB10_144
	xorl	%r10d, %r10d
	jmp	.LBB10_41
	.p2align	4
.LBB10_144:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB10_145:
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
	jne	.LBB10_145
.LBB10_41:
	testq	%r14, %r14
	je	.LBB10_44
	leaq	(%rdx,%r10,4), %r11
	shlq	$7, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_43:
	movss	(%r11,%rbx,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%rbx
	subq	$-128, %r10
	cmpq	%rbx, %r14
	jne	.LBB10_43
	jmp	.LBB10_44
	.p2align	4
.LBB10_45:
	cmpq	$32, 72(%rsp)
	movq	88(%rsp), %r9
	movzbl	7(%rsp), %edi
	movq	56(%rsp), %r10
	jl	.LBB10_46
	jmp	.LBB10_173
	.p2align	4
.LBB10_150:
	addq	$4, %rcx
	cmpq	$31, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_173
.LBB10_46:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_150
	cmpq	$3, 32(%rsp)
	jae	.LBB10_151
	xorl	%edx, %edx
	testb	$3, 8(%rsp)
	jne	.LBB10_148
	jmp	.LBB10_150
	.p2align	4
.LBB10_151:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB10_152:
	movl	$0, (%rsi)
	movl	$0, 128(%rsi)
	movl	$0, 256(%rsi)
	movl	$0, 384(%rsi)
	addq	$-4, %rdx
	addq	$512, %rsi
	cmpq	%rdx, %r10
	jne	.LBB10_152
	negq	%rdx
	testb	$3, 8(%rsp)
	je	.LBB10_150
.LBB10_148:
	shlq	$7, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_149:
	movl	$0, (%rdx,%rsi)
	subq	$-128, %rsi
	cmpq	%rsi, %r12
	jne	.LBB10_149
	jmp	.LBB10_150
	.p2align	4
.LBB10_153:
	cmpq	$32, %rsi
	jge	.LBB10_154
	cmpq	$0, 8(%rsp)
	movq	24(%rsp), %r11
	jle	.LBB10_173
	movl	%r11d, %eax
	andl	$3, %eax
	movq	%rax, 168(%rsp)
	movl	%r11d, %eax
	andl	$56, %eax
	movq	%rax, 136(%rsp)
	movq	200(%rsp), %rdi
	movq	152(%rsp), %rdx
	imulq	%rdx, %rdi
	movq	336(%rsp), %rax
	addq	%rdi, %rax
	leal	(,%r11,4), %ecx
	addq	%rcx, %rax
	shlq	$7, %rdx
	movq	352(%rsp), %rsi
	addq	%rdx, %rsi
	addq	344(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$0, 120(%rsp)
	sets	%cl
	addq	272(%rsp), %rdi
	movq	%rdi, 48(%rsp)
	leaq	(,%r11,4), %rdi
	movq	%rdi, 40(%rsp)
	movq	160(%rsp), %r14
	cmpq	%rdx, %r14
	setb	%dl
	cmpq	%rax, %rsi
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	movb	%al, 96(%rsp)
	movl	%r11d, %eax
	andl	$56, %eax
	movq	%rax, 128(%rsp)
	movq	144(%rsp), %r15
	movq	280(%rsp), %rbx
	movq	232(%rsp), %r13
	xorl	%edx, %edx
	jmp	.LBB10_159
	.p2align	4
.LBB10_160:
	xorl	%esi, %esi
.LBB10_172:
	addq	%rsi, %rdi
	movl	$128, %edx
	subq	%rsi, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	24(%rsp), %r11
	movq	104(%rsp), %rdx
	incq	%rdx
	subq	$-128, %r13
	movq	120(%rsp), %rax
	addq	%rax, %rbx
	subq	$-128, %r14
	addq	%rax, %r15
	cmpq	8(%rsp), %rdx
	movq	88(%rsp), %r9
	xorps	%xmm12, %xmm12
	movzbl	7(%rsp), %edi
	movq	56(%rsp), %r10
	je	.LBB10_173
.LBB10_159:
	movq	%rdx, %rdi
	shlq	$7, %rdi
	addq	48(%rsp), %rdi
	cmpq	$0, 72(%rsp)
	movq	%rdx, 104(%rsp)
	jle	.LBB10_160
	cmpq	$8, 64(%rsp)
	setl	%al
	orb	96(%rsp), %al
	testb	$1, %al
	je	.LBB10_163
	xorl	%ecx, %ecx
	jmp	.LBB10_166
	.p2align	4
.LBB10_163:
	xorl	%eax, %eax
	movq	136(%rsp), %rcx
	.p2align	4
.LBB10_164:
	movups	-16(%rbx,%rax,4), %xmm0
	movups	(%rbx,%rax,4), %xmm1
	movups	%xmm0, -16(%r13,%rax,4)
	movups	%xmm1, (%r13,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rcx
	jne	.LBB10_164
	movq	128(%rsp), %rax
	movq	%rax, %rcx
	movq	40(%rsp), %rsi
	cmpq	%rax, %r11
	je	.LBB10_172
.LBB10_166:
	movq	%rcx, %rax
	testb	$3, %r11b
	je	.LBB10_169
	movq	168(%rsp), %rdx
	movq	%rcx, %rax
	.p2align	4
.LBB10_168:
	movss	(%r15,%rax,4), %xmm0
	movss	%xmm0, (%r14,%rax,4)
	incq	%rax
	decq	%rdx
	jne	.LBB10_168
.LBB10_169:
	subq	%r11, %rcx
	movq	40(%rsp), %rsi
	cmpq	$-4, %rcx
	ja	.LBB10_172
	.p2align	4
.LBB10_170:
	movss	(%r15,%rax,4), %xmm0
	movss	%xmm0, (%r14,%rax,4)
	movss	4(%r15,%rax,4), %xmm0
	movss	%xmm0, 4(%r14,%rax,4)
	movss	8(%r15,%rax,4), %xmm0
	movss	%xmm0, 8(%r14,%rax,4)
	movss	12(%r15,%rax,4), %xmm0
	movss	%xmm0, 12(%r14,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %r11
	jne	.LBB10_170
	movq	40(%rsp), %rsi
	jmp	.LBB10_172
.LBB10_154:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_173
	movq	256(%rsp), %rax
	movq	224(%rsp), %rcx
	movq	8(%rsp), %rdx
	.p2align	4
.LBB10_156:
	movss	-124(%rax), %xmm0
	movss	%xmm0, -124(%rcx)
	movss	-120(%rax), %xmm0
	movss	%xmm0, -120(%rcx)
	movss	-116(%rax), %xmm0
	movss	%xmm0, -116(%rcx)
	movss	-112(%rax), %xmm0
	movss	%xmm0, -112(%rcx)
	movss	-108(%rax), %xmm0
	movss	%xmm0, -108(%rcx)
	movss	-104(%rax), %xmm0
	movss	%xmm0, -104(%rcx)
	movss	-100(%rax), %xmm0
	movss	%xmm0, -100(%rcx)
	movss	-96(%rax), %xmm0
	movss	%xmm0, -96(%rcx)
	movss	-92(%rax), %xmm0
	movss	%xmm0, -92(%rcx)
	movss	-88(%rax), %xmm0
	movss	%xmm0, -88(%rcx)
	movss	-84(%rax), %xmm0
	movss	%xmm0, -84(%rcx)
	movss	-80(%rax), %xmm0
	movss	%xmm0, -80(%rcx)
	movss	-76(%rax), %xmm0
	movss	%xmm0, -76(%rcx)
	movss	-72(%rax), %xmm0
	movss	%xmm0, -72(%rcx)
	movss	-68(%rax), %xmm0
	movss	%xmm0, -68(%rcx)
	movss	-64(%rax), %xmm0
	movss	%xmm0, -64(%rcx)
	movss	-60(%rax), %xmm0
	movss	%xmm0, -60(%rcx)
	movss	-56(%rax), %xmm0
	movss	%xmm0, -56(%rcx)
	movss	-52(%rax), %xmm0
	movss	%xmm0, -52(%rcx)
	movss	-48(%rax), %xmm0
	movss	%xmm0, -48(%rcx)
	movss	-44(%rax), %xmm0
	movss	%xmm0, -44(%rcx)
	movss	-40(%rax), %xmm0
	movss	%xmm0, -40(%rcx)
	movss	-36(%rax), %xmm0
	movss	%xmm0, -36(%rcx)
	movss	-32(%rax), %xmm0
	movss	%xmm0, -32(%rcx)
	movss	-28(%rax), %xmm0
	movss	%xmm0, -28(%rcx)
	movss	-24(%rax), %xmm0
	movss	%xmm0, -24(%rcx)
	movss	-20(%rax), %xmm0
	movss	%xmm0, -20(%rcx)
	movss	-16(%rax), %xmm0
	movss	%xmm0, -16(%rcx)
	movss	-12(%rax), %xmm0
	movss	%xmm0, -12(%rcx)
	movss	-8(%rax), %xmm0
	movss	%xmm0, -8(%rcx)
	movss	-4(%rax), %xmm0
	movss	%xmm0, -4(%rcx)
	movss	(%rax), %xmm0
	movss	%xmm0, (%rcx)
	subq	$-128, %rcx
	addq	120(%rsp), %rax
	decq	%rdx
	jne	.LBB10_156
	jmp	.LBB10_173
.LBB10_99:
	movq	%r14, %rbx
	shlq	$6, %rbx
	movq	80(%rsp), %r10
	leaq	-1(%r10), %rax
	shrq	$4, %rax
	movq	%rax, 320(%rsp)
	movq	120(%rsp), %rdi
	movq	%rdi, %rax
	imulq	%r15, %rax
	leaq	(%r15,%r14), %rcx
	leaq	-4(,%rcx,4), %rcx
	imulq	40(%rbp), %rcx
	movq	32(%rbp), %rsi
	leaq	(%rsi,%rax), %rdx
	leaq	(%rdx,%r8,4), %rdx
	movq	%rdx, 352(%rsp)
	addq	%rsi, %rcx
	leaq	(%rcx,%r8,4), %rcx
	movq	%rcx, 344(%rsp)
	movl	%r14d, %r13d
	andl	$3, %r13d
	movq	%r14, %rdx
	movabsq	$9223372036854775804, %rcx
	andq	%rcx, %rdx
	movq	%rdi, %rcx
	movzbl	7(%rsp), %edi
	imulq	%r8, %rcx
	leaq	(%rcx,%r15,4), %r12
	movq	488(%rsp), %rcx
	addq	%r12, %rcx
	addq	%rsi, %r12
	movq	%rdx, 312(%rsp)
	movq	%rdx, %r11
	negq	%r11
	movq	%r13, 360(%rsp)
	shll	$6, %r13d
	leaq	(%rax,%r8,4), %rdx
	movq	%rcx, %r8
	addq	680(%rsp), %rdx
	movq	%rdx, 256(%rsp)
	movq	368(%rsp), %rcx
	leaq	(%rax,%rcx,4), %rcx
	movq	496(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 280(%rsp)
	addq	424(%rsp), %rcx
	movq	%rcx, 144(%rsp)
	leaq	-1(%r14), %rax
	movq	%rax, 24(%rsp)
	movq	736(%rsp), %rax
	movq	%rbx, 200(%rsp)
	addq	%rbx, %rax
	movq	%rax, 336(%rsp)
	movq	392(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	688(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	696(%rsp), %rbx
	movq	$0, 152(%rsp)
	movq	272(%rsp), %rsi
	xorl	%edx, %edx
	movq	%r11, 56(%rsp)
	jmp	.LBB10_100
	.p2align	4
.LBB10_143:
	movq	200(%rsp), %rcx
	movq	160(%rsp), %rsi
	addq	%rcx, %rsi
	movq	296(%rsp), %rdx
	addq	$16, %rdx
	movq	64(%rsp), %r10
	addq	$-16, %r10
	movq	896(%rsp), %rax
	movq	208(%rsp), %r8
	addq	%rax, %r8
	movq	304(%rsp), %rbx
	addq	%rcx, %rbx
	movq	184(%rsp), %r12
	addq	%rax, %r12
	addq	%rcx, 224(%rsp)
	addq	$64, 256(%rsp)
	addq	%rcx, 232(%rsp)
	addq	$64, 280(%rsp)
	addq	$64, 144(%rsp)
	movq	152(%rsp), %rax
	cmpq	320(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 152(%rsp)
	movq	240(%rsp), %r15
	je	.LBB10_27
.LBB10_100:
	movq	%r10, 64(%rsp)
	cmpq	$2, %r10
	movl	$1, %ecx
	cmovgeq	%r10, %rcx
	cmpq	$16, %rcx
	movl	$16, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 32(%rsp)
	cmpq	$16, %r10
	movl	$16, %ecx
	cmovlq	%r10, %rcx
	movq	80(%rsp), %r10
	subq	%rdx, %r10
	cmpq	$16, %r10
	cmovlq	%r10, %rax
	cmpl	$0, 252(%rsp)
	movq	%r10, 72(%rsp)
	movq	%r12, 184(%rsp)
	movq	%r8, 208(%rsp)
	movq	%rbx, 304(%rsp)
	movq	%rsi, 160(%rsp)
	movq	%rdx, 296(%rsp)
	je	.LBB10_123
	leaq	(%rsi,%rcx,4), %rcx
	testq	%r10, %r10
	jle	.LBB10_111
	movq	%r12, %rdx
	movq	%rbx, %rdi
	xorl	%r9d, %r9d
	movq	360(%rsp), %r14
	movq	312(%rsp), %r15
	jmp	.LBB10_103
	.p2align	4
.LBB10_109:
	incq	%r9
	movq	120(%rsp), %r10
	addq	%r10, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r10, %rdx
	cmpq	32(%rsp), %r9
	je	.LBB10_110
.LBB10_103:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_109
	cmpq	$3, 24(%rsp)
	jae	.LBB10_114
	xorl	%r10d, %r10d
	jmp	.LBB10_106
	.p2align	4
.LBB10_114:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB10_115:
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
	jne	.LBB10_115
.LBB10_106:
	testq	%r14, %r14
	je	.LBB10_109
	leaq	(%rdx,%r10,4), %r11
	shlq	$6, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_108:
	movss	(%r11,%rbx,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%rbx
	addq	$64, %r10
	cmpq	%rbx, %r14
	jne	.LBB10_108
	jmp	.LBB10_109
	.p2align	4
.LBB10_110:
	cmpq	$16, 72(%rsp)
	movq	88(%rsp), %r9
	movzbl	7(%rsp), %edi
	movq	56(%rsp), %r11
	jl	.LBB10_111
	jmp	.LBB10_143
	.p2align	4
.LBB10_120:
	addq	$4, %rcx
	cmpq	$15, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_143
.LBB10_111:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_120
	cmpq	$3, 24(%rsp)
	jae	.LBB10_121
	xorl	%edx, %edx
	testb	$3, 8(%rsp)
	jne	.LBB10_118
	jmp	.LBB10_120
	.p2align	4
.LBB10_121:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB10_122:
	movl	$0, (%rsi)
	movl	$0, 64(%rsi)
	movl	$0, 128(%rsi)
	movl	$0, 192(%rsi)
	addq	$-4, %rdx
	addq	$256, %rsi
	cmpq	%rdx, %r11
	jne	.LBB10_122
	negq	%rdx
	testb	$3, 8(%rsp)
	je	.LBB10_120
.LBB10_118:
	shlq	$6, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_119:
	movl	$0, (%rdx,%rsi)
	addq	$64, %rsi
	cmpq	%rsi, %r13
	jne	.LBB10_119
	jmp	.LBB10_120
	.p2align	4
.LBB10_123:
	cmpq	$16, %r10
	jge	.LBB10_124
	cmpq	$0, 8(%rsp)
	jle	.LBB10_143
	movq	32(%rsp), %rdi
	movl	%edi, %eax
	andl	$3, %eax
	movq	%rax, 168(%rsp)
	movl	%edi, %eax
	andl	$24, %eax
	movq	%rax, 136(%rsp)
	movq	200(%rsp), %r8
	movq	152(%rsp), %rdx
	imulq	%rdx, %r8
	movq	336(%rsp), %rax
	addq	%r8, %rax
	leal	(,%rdi,4), %ecx
	addq	%rcx, %rax
	shlq	$6, %rdx
	movq	352(%rsp), %rsi
	addq	%rdx, %rsi
	addq	344(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$0, 120(%rsp)
	sets	%cl
	addq	272(%rsp), %r8
	movq	%r8, 48(%rsp)
	leaq	(,%rdi,4), %r8
	movq	%r8, 40(%rsp)
	movq	160(%rsp), %rbx
	cmpq	%rdx, %rbx
	setb	%dl
	cmpq	%rax, %rsi
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	movb	%al, 96(%rsp)
	andl	$24, %edi
	movq	%rdi, 128(%rsp)
	movq	144(%rsp), %r14
	movq	280(%rsp), %r12
	movq	232(%rsp), %r15
	xorl	%edx, %edx
	jmp	.LBB10_129
	.p2align	4
.LBB10_130:
	xorl	%esi, %esi
.LBB10_142:
	addq	%rsi, %rdi
	movl	$64, %edx
	subq	%rsi, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	104(%rsp), %rdx
	incq	%rdx
	addq	$64, %r15
	movq	120(%rsp), %rax
	addq	%rax, %r12
	addq	$64, %rbx
	addq	%rax, %r14
	cmpq	8(%rsp), %rdx
	movq	88(%rsp), %r9
	xorps	%xmm12, %xmm12
	movzbl	7(%rsp), %edi
	movq	56(%rsp), %r11
	movq	72(%rsp), %r10
	je	.LBB10_143
.LBB10_129:
	movq	%rdx, %rdi
	shlq	$6, %rdi
	addq	48(%rsp), %rdi
	testq	%r10, %r10
	movq	%rdx, 104(%rsp)
	jle	.LBB10_130
	cmpq	$8, 64(%rsp)
	setl	%al
	orb	96(%rsp), %al
	testb	$1, %al
	je	.LBB10_133
	xorl	%ecx, %ecx
	movq	32(%rsp), %r8
	jmp	.LBB10_136
	.p2align	4
.LBB10_133:
	xorl	%eax, %eax
	movq	32(%rsp), %r8
	movq	136(%rsp), %rcx
	.p2align	4
.LBB10_134:
	movups	-16(%r12,%rax,4), %xmm0
	movups	(%r12,%rax,4), %xmm1
	movups	%xmm0, -16(%r15,%rax,4)
	movups	%xmm1, (%r15,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rcx
	jne	.LBB10_134
	movq	128(%rsp), %rax
	movq	%rax, %rcx
	movq	40(%rsp), %rsi
	cmpq	%rax, %r8
	je	.LBB10_142
.LBB10_136:
	movq	%rcx, %rax
	testb	$3, %r8b
	je	.LBB10_139
	movq	168(%rsp), %rdx
	movq	%rcx, %rax
	.p2align	4
.LBB10_138:
	movss	(%r14,%rax,4), %xmm0
	movss	%xmm0, (%rbx,%rax,4)
	incq	%rax
	decq	%rdx
	jne	.LBB10_138
.LBB10_139:
	subq	%r8, %rcx
	movq	40(%rsp), %rsi
	cmpq	$-4, %rcx
	ja	.LBB10_142
	.p2align	4
.LBB10_140:
	movss	(%r14,%rax,4), %xmm0
	movss	%xmm0, (%rbx,%rax,4)
	movss	4(%r14,%rax,4), %xmm0
	movss	%xmm0, 4(%rbx,%rax,4)
	movss	8(%r14,%rax,4), %xmm0
	movss	%xmm0, 8(%rbx,%rax,4)
	movss	12(%r14,%rax,4), %xmm0
	movss	%xmm0, 12(%rbx,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %r8
	jne	.LBB10_140
	movq	40(%rsp), %rsi
	jmp	.LBB10_142
.LBB10_124:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_143
	movq	256(%rsp), %rax
	movq	224(%rsp), %rcx
	movq	8(%rsp), %rdx
	.p2align	4
.LBB10_126:
	movss	-60(%rax), %xmm0
	movss	%xmm0, -60(%rcx)
	movss	-56(%rax), %xmm0
	movss	%xmm0, -56(%rcx)
	movss	-52(%rax), %xmm0
	movss	%xmm0, -52(%rcx)
	movss	-48(%rax), %xmm0
	movss	%xmm0, -48(%rcx)
	movss	-44(%rax), %xmm0
	movss	%xmm0, -44(%rcx)
	movss	-40(%rax), %xmm0
	movss	%xmm0, -40(%rcx)
	movss	-36(%rax), %xmm0
	movss	%xmm0, -36(%rcx)
	movss	-32(%rax), %xmm0
	movss	%xmm0, -32(%rcx)
	movss	-28(%rax), %xmm0
	movss	%xmm0, -28(%rcx)
	movss	-24(%rax), %xmm0
	movss	%xmm0, -24(%rcx)
	movss	-20(%rax), %xmm0
	movss	%xmm0, -20(%rcx)
	movss	-16(%rax), %xmm0
	movss	%xmm0, -16(%rcx)
	movss	-12(%rax), %xmm0
	movss	%xmm0, -12(%rcx)
	movss	-8(%rax), %xmm0
	movss	%xmm0, -8(%rcx)
	movss	-4(%rax), %xmm0
	movss	%xmm0, -4(%rcx)
	movss	(%rax), %xmm0
	movss	%xmm0, (%rcx)
	addq	$64, %rcx
	addq	120(%rsp), %rax
	decq	%rdx
	jne	.LBB10_126
	jmp	.LBB10_143
.LBB10_49:
	movq	40(%rbp), %rax
	xorq	$1, %rax
	movq	8(%rsp), %rdi
	movq	%rdi, %r13
	shlq	$5, %r13
	movq	80(%rsp), %rcx
	leaq	-1(%rcx), %rdx
	shrq	$3, %rdx
	leaq	-1(%rdi), %r12
	movq	32(%rbp), %rbx
	leaq	(%rbx,%r15,4), %rcx
	leaq	(%rcx,%r8,4), %rbx
	movq	%rdx, 128(%rsp)
	shlq	$5, %rdx
	movq	576(%rsp), %r14
	leaq	(%r14,%rdx), %rsi
	leaq	(%rsi,%r15,4), %rsi
	leaq	(%rsi,%rdi,4), %rsi
	leaq	(%rsi,%r8,4), %rcx
	addq	$32, %rdx
	imulq	%rdi, %rdx
	movq	272(%rsp), %r11
	addq	%r11, %rdx
	movl	%edi, %esi
	andl	$3, %esi
	movq	%r15, %r10
	movq	%rdi, %r15
	movabsq	$9223372036854775804, %rdi
	andq	%rdi, %r15
	movq	%r12, %rdi
	shlq	$5, %rdi
	movq	%rdi, 200(%rsp)
	movq	%r12, 32(%rsp)
	shrq	$59, %r12
	orq	%rax, %r12
	setne	256(%rsp)
	cmpq	%rdx, %rbx
	setb	%al
	cmpq	%rcx, %r11
	setb	%cl
	andb	%al, %cl
	movq	%r13, 296(%rsp)
	testq	%r13, %r13
	sets	%al
	orb	%cl, %al
	movb	%al, 144(%rsp)
	movq	120(%rsp), %rcx
	movq	%rcx, %rax
	imulq	%r8, %rax
	leaq	(%rax,%r10,4), %rdx
	movq	488(%rsp), %rax
	leaq	(%rax,%rdx), %rbx
	addq	32(%rbp), %rdx
	movq	%r15, 40(%rsp)
	movq	%r15, %r12
	negq	%r12
	movl	%esi, %r13d
	shll	$5, %r13d
	movq	%rcx, %rax
	imulq	%r10, %rax
	leaq	(%rax,%r8,4), %rcx
	movq	%r12, %r8
	movq	368(%rsp), %r10
	leaq	(%rax,%r10,4), %rax
	addq	752(%rsp), %rax
	movq	%rax, 136(%rsp)
	addq	%r14, %rcx
	movq	%rcx, 208(%rsp)
	movq	%rsi, 168(%rsp)
	leal	(,%rsi,4), %r12d
	movq	392(%rsp), %rax
	movq	%rax, 304(%rsp)
	movq	672(%rsp), %r14
	movq	$0, 96(%rsp)
	movq	80(%rsp), %r10
	movq	%r11, %rsi
	xorl	%r11d, %r11d
	movq	%r8, 56(%rsp)
	jmp	.LBB10_50
	.p2align	4
.LBB10_98:
	movq	296(%rsp), %rcx
	movq	48(%rsp), %rsi
	addq	%rcx, %rsi
	addq	$8, %r15
	addq	$-8, %r10
	movq	888(%rsp), %rax
	movq	160(%rsp), %rbx
	addq	%rax, %rbx
	movq	184(%rsp), %r14
	addq	%rcx, %r14
	movq	152(%rsp), %rdx
	addq	%rax, %rdx
	addq	$32, 136(%rsp)
	addq	$32, 208(%rsp)
	addq	%rcx, 304(%rsp)
	movq	96(%rsp), %rax
	cmpq	128(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 96(%rsp)
	movq	%r15, %r11
	movq	240(%rsp), %r15
	je	.LBB10_27
.LBB10_50:
	cmpq	$8, %r10
	movl	$8, %ecx
	cmovlq	%r10, %rcx
	cmpq	$2, %r10
	movl	$1, %r15d
	cmovgeq	%r10, %r15
	cmpq	$8, %r15
	movl	$8, %eax
	cmovgeq	%rax, %r15
	movq	%r15, 24(%rsp)
	movq	80(%rsp), %rdi
	subq	%r11, %rdi
	cmpq	$8, %rdi
	cmovlq	%rdi, %rax
	cmpl	$0, 252(%rsp)
	movq	%r11, %r15
	movq	%r11, 72(%rsp)
	movq	%rdi, 64(%rsp)
	movq	%rdx, 152(%rsp)
	movq	%rbx, 160(%rsp)
	movq	%r14, 184(%rsp)
	movq	%rsi, 48(%rsp)
	je	.LBB10_74
	leaq	(%rsi,%rcx,4), %rcx
	testq	%rdi, %rdi
	jle	.LBB10_52
	movq	%r10, %r15
	movq	%r14, %rdi
	movq	%rbx, %r8
	xorl	%r9d, %r9d
	movq	168(%rsp), %r14
	jmp	.LBB10_54
	.p2align	4
.LBB10_60:
	incq	%r9
	movq	120(%rsp), %r10
	addq	%r10, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r10, %rdx
	cmpq	24(%rsp), %r9
	je	.LBB10_61
.LBB10_54:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_60
	cmpq	$3, 32(%rsp)
	jae	.LBB10_65
	xorl	%r10d, %r10d
	jmp	.LBB10_57
	.p2align	4
.LBB10_65:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	movq	40(%rsp), %rbx
	.p2align	4
.LBB10_66:
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
	jne	.LBB10_66
.LBB10_57:
	testq	%r14, %r14
	je	.LBB10_60
	leaq	(%rdx,%r10,4), %r11
	shlq	$5, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_59:
	movss	(%r11,%rbx), %xmm0
	movss	%xmm0, (%r10,%rbx,8)
	addq	$4, %rbx
	cmpq	%rbx, %r12
	jne	.LBB10_59
	jmp	.LBB10_60
	.p2align	4
.LBB10_61:
	cmpq	$8, 64(%rsp)
	movq	88(%rsp), %r9
	movzbl	7(%rsp), %edi
	movq	56(%rsp), %r8
	movq	%r15, %r10
	movq	72(%rsp), %r15
	jl	.LBB10_62
	jmp	.LBB10_98
	.p2align	4
.LBB10_74:
	cmpq	$8, %rdi
	jge	.LBB10_75
	cmpq	$0, 8(%rsp)
	movzbl	7(%rsp), %edi
	jle	.LBB10_98
	shlq	$2, 24(%rsp)
	movq	48(%rsp), %rbx
	movq	8(%rsp), %rcx
	movq	208(%rsp), %r14
	jmp	.LBB10_87
	.p2align	4
.LBB10_88:
	xorl	%eax, %eax
.LBB10_97:
	leaq	(%rbx,%rax), %rdi
	movl	$32, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	movq	%r10, %r15
	callq	memset@PLT
	movq	%r15, %r10
	addq	120(%rsp), %r14
	addq	$32, %rbx
	movq	104(%rsp), %rcx
	decq	%rcx
	movq	88(%rsp), %r9
	xorps	%xmm12, %xmm12
	movzbl	7(%rsp), %edi
	movq	56(%rsp), %r8
	movq	72(%rsp), %r15
	je	.LBB10_98
.LBB10_87:
	cmpq	$0, 64(%rsp)
	movq	%rcx, 104(%rsp)
	jle	.LBB10_88
	movss	-28(%r14), %xmm0
	movss	%xmm0, (%rbx)
	movq	24(%rsp), %rax
	cmpq	$2, %r10
	jl	.LBB10_97
	movss	-24(%r14), %xmm0
	movss	%xmm0, 4(%rbx)
	movq	24(%rsp), %rax
	je	.LBB10_97
	movss	-20(%r14), %xmm0
	movss	%xmm0, 8(%rbx)
	movq	24(%rsp), %rax
	cmpq	$3, %r10
	je	.LBB10_97
	movss	-16(%r14), %xmm0
	movss	%xmm0, 12(%rbx)
	movq	24(%rsp), %rax
	cmpq	$4, %r10
	je	.LBB10_97
	movss	-12(%r14), %xmm0
	movss	%xmm0, 16(%rbx)
	movq	24(%rsp), %rax
	cmpq	$5, %r10
	je	.LBB10_97
	movss	-8(%r14), %xmm0
	movss	%xmm0, 20(%rbx)
	movq	24(%rsp), %rax
	cmpq	$6, %r10
	je	.LBB10_97
	movss	-4(%r14), %xmm0
	movss	%xmm0, 24(%rbx)
	movq	24(%rsp), %rax
	cmpq	$7, %r10
	je	.LBB10_97
	movss	(%r14), %xmm0
	movss	%xmm0, 28(%rbx)
	movq	24(%rsp), %rax
	jmp	.LBB10_97
	.p2align	4
.LBB10_52:
	movzbl	7(%rsp), %edi
	jmp	.LBB10_62
	.p2align	4
.LBB10_71:
	addq	$4, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_98
.LBB10_62:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_71
	cmpq	$3, 32(%rsp)
	jae	.LBB10_72
	xorl	%edx, %edx
	testb	$3, 8(%rsp)
	jne	.LBB10_69
	jmp	.LBB10_71
	.p2align	4
.LBB10_72:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB10_73:
	movl	$0, (%rsi)
	movl	$0, 32(%rsi)
	movl	$0, 64(%rsi)
	movl	$0, 96(%rsi)
	addq	$-4, %rdx
	subq	$-128, %rsi
	cmpq	%rdx, %r8
	jne	.LBB10_73
	negq	%rdx
	testb	$3, 8(%rsp)
	je	.LBB10_71
.LBB10_69:
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_70:
	movl	$0, (%rdx,%rsi)
	addq	$32, %rsi
	cmpq	%rsi, %r13
	jne	.LBB10_70
	jmp	.LBB10_71
.LBB10_75:
	cmpq	$0, 8(%rsp)
	movzbl	7(%rsp), %edi
	jle	.LBB10_98
	cmpq	$56, 8(%rsp)
	jae	.LBB10_78
	xorl	%eax, %eax
	jmp	.LBB10_83
.LBB10_78:
	movq	%r10, %r14
	movq	296(%rsp), %rax
	imulq	96(%rsp), %rax
	movq	800(%rsp), %rcx
	leaq	(%rcx,%rax), %rdx
	movq	792(%rsp), %rcx
	leaq	(%rcx,%rax), %rsi
	movq	784(%rsp), %rcx
	leaq	(%rcx,%rax), %rdi
	movq	392(%rsp), %rcx
	leaq	(%rcx,%rax), %r8
	movq	776(%rsp), %rcx
	leaq	(%rcx,%rax), %r9
	movq	768(%rsp), %rcx
	leaq	(%rcx,%rax), %r10
	addq	760(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	48(%rsp), %r11
	leaq	(%r11,%rbx), %rcx
	cmpq	%r11, %rcx
	setb	%cl
	leaq	(%rdx,%rbx), %r11
	cmpq	%rdx, %r11
	setb	%dl
	leaq	(%rsi,%rbx), %r11
	cmpq	%rsi, %r11
	setb	%sil
	leaq	(%rdi,%rbx), %r11
	cmpq	%rdi, %r11
	setb	%dil
	leaq	(%r8,%rbx), %r11
	cmpq	%r8, %r11
	setb	%r8b
	leaq	(%r9,%rbx), %r11
	cmpq	%r9, %r11
	setb	%r9b
	leaq	(%r10,%rbx), %r11
	cmpq	%r10, %r11
	setb	%r10b
	leaq	(%rax,%rbx), %r11
	cmpq	%rax, %r11
	setb	%al
	orb	256(%rsp), %cl
	orb	%dl, %cl
	orb	%sil, %dil
	orb	%cl, %dil
	orb	%r8b, %r9b
	orb	%r10b, %r9b
	orb	%dil, %r9b
	orb	144(%rsp), %al
	orb	%r9b, %al
	testb	$1, %al
	je	.LBB10_80
	xorl	%eax, %eax
	movq	88(%rsp), %r9
	movzbl	7(%rsp), %edi
	movq	56(%rsp), %r8
	movq	%r14, %r10
	jmp	.LBB10_83
.LBB10_80:
	xorl	%eax, %eax
	movq	40(%rsp), %rdx
	movq	%rdx, %rcx
	movq	88(%rsp), %r9
	movzbl	7(%rsp), %edi
	movq	56(%rsp), %r8
	movq	136(%rsp), %rsi
	movq	%r14, %r10
	movq	48(%rsp), %rbx
	.p2align	4
.LBB10_81:
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
	movups	%xmm4, 112(%rbx,%rax,8)
	movups	%xmm0, 96(%rbx,%rax,8)
	movups	%xmm7, 80(%rbx,%rax,8)
	movups	%xmm11, 64(%rbx,%rax,8)
	movups	%xmm6, 48(%rbx,%rax,8)
	movups	%xmm10, 32(%rbx,%rax,8)
	movups	%xmm3, 16(%rbx,%rax,8)
	movups	%xmm9, (%rbx,%rax,8)
	addq	$16, %rax
	addq	$-4, %rcx
	jne	.LBB10_81
	movq	%rdx, %rax
	cmpq	%rdx, 8(%rsp)
	je	.LBB10_98
.LBB10_83:
	movq	8(%rsp), %rcx
	subq	%rax, %rcx
	movq	120(%rsp), %rdx
	imulq	%rax, %rdx
	addq	208(%rsp), %rdx
	shlq	$5, %rax
	addq	304(%rsp), %rax
	.p2align	4
.LBB10_84:
	movss	-28(%rdx), %xmm0
	movss	%xmm0, -16(%rax)
	movss	-24(%rdx), %xmm0
	movss	%xmm0, -12(%rax)
	movss	-20(%rdx), %xmm0
	movss	%xmm0, -8(%rax)
	movss	-16(%rdx), %xmm0
	movss	%xmm0, -4(%rax)
	movss	-12(%rdx), %xmm0
	movss	%xmm0, (%rax)
	movss	-8(%rdx), %xmm0
	movss	%xmm0, 4(%rax)
	movss	-4(%rdx), %xmm0
	movss	%xmm0, 8(%rax)
	movss	(%rdx), %xmm0
	movss	%xmm0, 12(%rax)
	addq	120(%rsp), %rdx
	addq	$32, %rax
	decq	%rcx
	jne	.LBB10_84
	jmp	.LBB10_98
.LBB10_174:
	movq	120(%rsp), %rbx
	testq	%rbx, %rbx
	sets	%r11b
	movq	%r14, %rax
	imulq	%r10, %rax
	shlq	$2, %rax
	movq	%rax, 536(%rsp)
	leaq	(,%r14,4), %rax
	leaq	-4(,%r14,4), %rcx
	imulq	%r10, %rcx
	movq	%rax, 344(%rsp)
	imulq	%r10, %rax
	movq	%rax, 144(%rsp)
	movq	%rbx, %rax
	imulq	%r15, %rax
	leaq	(%r15,%r14), %rdx
	leaq	-4(,%rdx,4), %rsi
	imulq	40(%rbp), %rsi
	movq	%rbx, %rdx
	imulq	%r8, %rdx
	movq	272(%rsp), %r9
	addq	%r9, %rcx
	movq	%r10, 40(%rsp)
	movq	32(%rbp), %r10
	leaq	(%r10,%rax), %rdi
	leaq	(%rdi,%r8,4), %rdi
	movq	%rdi, 464(%rsp)
	addq	%r10, %rsi
	leaq	(%rsi,%r8,4), %rdi
	cmpq	$8, %r14
	setae	%sil
	cmpl	$1, 40(%rsp)
	sete	%r8b
	andb	%sil, %r8b
	movb	%r8b, 104(%rsp)
	movabsq	$9223372036854775804, %rsi
	addq	$-4, %rsi
	andq	%r14, %rsi
	movq	%rsi, 72(%rsp)
	movl	%r14d, %r8d
	andl	$3, %r8d
	movq	48(%rsp), %rsi
	movl	%esi, %r13d
	andl	$2147483640, %r13d
	movq	%r13, 360(%rsp)
	movl	%esi, %r13d
	andl	$3, %r13d
	movq	%r13, 160(%rsp)
	testl	%esi, %esi
	sets	%r13b
	orb	%r11b, %r13b
	movb	%r13b, 520(%rsp)
	leaq	(%rdx,%r15,4), %rdx
	leaq	(%r10,%rdx), %r15
	movq	40(%rsp), %r10
	addq	568(%rsp), %rdx
	movq	%rdx, 200(%rsp)
	imulq	%r10, %rbx
	movq	%rbx, 352(%rsp)
	movq	%r10, %rdx
	shlq	$4, %rdx
	movq	%rdx, 32(%rsp)
	movq	%r8, 64(%rsp)
	negq	%r8
	movq	%r8, 152(%rsp)
	movl	%esi, %edx
	shrl	$3, %edx
	andl	$268435455, %edx
	shlq	$5, %rdx
	movq	%rdx, 312(%rsp)
	movq	368(%rsp), %rdx
	leaq	(%rax,%rdx,4), %rdx
	movq	496(%rsp), %rax
	addq	%rdx, %rax
	movq	%rax, 224(%rsp)
	addq	424(%rsp), %rdx
	movq	%rdx, 232(%rsp)
	leaq	(,%r10,4), %r13
	movq	728(%rsp), %rax
	leaq	(%rax,%r14,4), %rax
	movq	%rax, 552(%rsp)
	leaq	(%r15,%r14,4), %rax
	movq	%rax, 544(%rsp)
	movq	%rcx, 456(%rsp)
	leaq	(%rcx,%rsi,4), %rax
	movq	%rax, 408(%rsp)
	movq	%rdi, 528(%rsp)
	leaq	(%rdi,%rsi,4), %rax
	movq	%rax, 504(%rsp)
	movq	%r15, 336(%rsp)
	movq	%r15, 256(%rsp)
	movq	%r9, 136(%rsp)
	movq	392(%rsp), %rax
	movq	%rax, 168(%rsp)
	movq	$0, 128(%rsp)
	movq	80(%rsp), %rax
	xorl	%ecx, %ecx
	jmp	.LBB10_175
	.p2align	4
.LBB10_207:
	movq	144(%rsp), %rax
	addq	%rax, 136(%rsp)
	movq	304(%rsp), %rcx
	addq	%r10, %rcx
	incq	128(%rsp)
	addq	%rax, 168(%rsp)
	movq	352(%rsp), %rax
	addq	%rax, 200(%rsp)
	addq	%rax, 256(%rsp)
	addq	%r13, 224(%rsp)
	addq	%r13, 232(%rsp)
	cmpq	80(%rsp), %rcx
	movq	88(%rsp), %r9
	movq	240(%rsp), %r15
	movzbl	7(%rsp), %edi
	movq	208(%rsp), %rax
	jge	.LBB10_27
.LBB10_175:
	movq	%rax, %r9
	subq	%r10, %rax
	cmovgeq	%r10, %r9
	movq	80(%rsp), %rdi
	subq	%rcx, %rdi
	cmpq	%r10, %rdi
	movq	%r10, %r8
	cmovlq	%rdi, %r8
	cmpl	$0, 252(%rsp)
	movq	%r8, 96(%rsp)
	movq	%r9, 24(%rsp)
	movq	%rax, 208(%rsp)
	movq	%rcx, 304(%rsp)
	je	.LBB10_208
	movq	%rdi, 184(%rsp)
	testq	%r8, %r8
	jle	.LBB10_181
	movq	344(%rsp), %rcx
	movq	128(%rsp), %rax
	imulq	%rax, %rcx
	movq	272(%rsp), %rdx
	addq	%rcx, %rdx
	addq	552(%rsp), %rcx
	movq	120(%rsp), %r9
	movq	%r9, %rsi
	imulq	%rax, %rsi
	movq	336(%rsp), %rax
	leaq	(%rax,%rsi), %rdi
	addq	544(%rsp), %rsi
	movq	24(%rsp), %rax
	leaq	-1(%rax), %r8
	imulq	%r9, %r8
	addq	%rsi, %r8
	leaq	(%rcx,%rax,4), %rcx
	testq	%r9, %r9
	sets	%sil
	cmpq	%r8, %rdx
	setb	%dl
	cmpq	%rcx, %rdi
	setb	%al
	andb	%dl, %al
	orb	%sil, %al
	movb	%al, 56(%rsp)
	movq	256(%rsp), %rdx
	movq	136(%rsp), %rsi
	movq	200(%rsp), %rdi
	movq	168(%rsp), %r8
	xorl	%r9d, %r9d
	jmp	.LBB10_178
	.p2align	4
.LBB10_195:
	incq	%r9
	addq	$4, %r8
	movq	120(%rsp), %r10
	addq	%r10, %rdi
	addq	$4, %rsi
	addq	%r10, %rdx
	cmpq	24(%rsp), %r9
	je	.LBB10_181
.LBB10_178:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_195
	movzbl	104(%rsp), %r10d
	notb	%r10b
	orb	56(%rsp), %r10b
	testb	$1, %r10b
	je	.LBB10_186
	xorl	%r11d, %r11d
	jmp	.LBB10_189
	.p2align	4
.LBB10_186:
	xorl	%r10d, %r10d
	movq	72(%rsp), %rax
	.p2align	4
.LBB10_187:
	movups	-16(%rdi,%r10,4), %xmm0
	movups	(%rdi,%r10,4), %xmm1
	movups	%xmm0, -16(%r8,%r10,4)
	movups	%xmm1, (%r8,%r10,4)
	addq	$8, %r10
	cmpq	%r10, %rax
	jne	.LBB10_187
	movq	%rax, %r11
	cmpq	%rax, 8(%rsp)
	je	.LBB10_195
.LBB10_189:
	movq	%r11, %r10
	cmpq	$0, 64(%rsp)
	je	.LBB10_192
	movq	%r13, %rbx
	imulq	%r11, %rbx
	addq	%rsi, %rbx
	movq	64(%rsp), %r14
	movq	%r11, %r10
	.p2align	4
.LBB10_191:
	movss	(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%rbx)
	incq	%r10
	addq	%r13, %rbx
	decq	%r14
	jne	.LBB10_191
.LBB10_192:
	movq	8(%rsp), %rax
	subq	%rax, %r11
	cmpq	$-4, %r11
	movq	32(%rsp), %rcx
	ja	.LBB10_195
	leaq	3(%r10), %r11
	imulq	%r13, %r11
	movq	%r13, %rbx
	imulq	%r10, %rbx
	leaq	2(%r10), %r14
	imulq	%r13, %r14
	leaq	1(%r10), %r15
	imulq	%r13, %r15
	movq	%rsi, %r12
	.p2align	4
.LBB10_194:
	movss	(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%r12,%rbx)
	movss	4(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%r12,%r15)
	movss	8(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%r12,%r14)
	movss	12(%rdx,%r10,4), %xmm0
	movss	%xmm0, (%r12,%r11)
	addq	$4, %r10
	addq	%rcx, %r12
	cmpq	%r10, %rax
	jne	.LBB10_194
	jmp	.LBB10_195
	.p2align	4
.LBB10_181:
	movq	40(%rsp), %r10
	cmpq	%r10, 184(%rsp)
	movq	96(%rsp), %r11
	movq	24(%rsp), %rcx
	jge	.LBB10_207
	movq	136(%rsp), %rax
	leaq	(%rax,%rcx,4), %rax
	jmp	.LBB10_183
	.p2align	4
.LBB10_206:
	incq	%r11
	addq	$4, %rax
	cmpq	%r10, %r11
	jge	.LBB10_207
.LBB10_183:
	cmpq	$0, 8(%rsp)
	movq	72(%rsp), %rsi
	movq	32(%rsp), %rbx
	jle	.LBB10_206
	cmpb	$0, 104(%rsp)
	je	.LBB10_185
	xorl	%ecx, %ecx
	.p2align	4
.LBB10_197:
	movups	%xmm12, (%rax,%rcx,4)
	movups	%xmm12, 16(%rax,%rcx,4)
	addq	$8, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB10_197
	movq	%rsi, %rdx
	cmpq	%rsi, 8(%rsp)
	je	.LBB10_206
	jmp	.LBB10_199
	.p2align	4
.LBB10_185:
	xorl	%edx, %edx
.LBB10_199:
	movq	%rdx, %rcx
	movq	8(%rsp), %rdi
	testb	$3, %dil
	je	.LBB10_203
	movq	%r13, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	152(%rsp), %r8
	.p2align	4
.LBB10_201:
	movl	$0, (%rcx)
	decq	%rsi
	addq	%r13, %rcx
	cmpq	%rsi, %r8
	jne	.LBB10_201
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB10_203:
	subq	%rdi, %rdx
	cmpq	$-4, %rdx
	ja	.LBB10_206
	movq	8(%rsp), %rdx
	subq	%rcx, %rdx
	leaq	3(%rcx), %rsi
	imulq	%r13, %rsi
	leaq	2(%rcx), %rdi
	imulq	%r13, %rdi
	leaq	1(%rcx), %r8
	imulq	%r13, %r8
	imulq	%r13, %rcx
	movq	%rax, %r9
	.p2align	4
.LBB10_205:
	movl	$0, (%r9,%rcx)
	movl	$0, (%r9,%r8)
	movl	$0, (%r9,%rdi)
	movl	$0, (%r9,%rsi)
	addq	%rbx, %r9
	addq	$-4, %rdx
	jne	.LBB10_205
	jmp	.LBB10_206
	.p2align	4
.LBB10_208:
	movq	144(%rsp), %rdx
	movq	128(%rsp), %rax
	imulq	%rax, %rdx
	movq	%r13, %rsi
	imulq	%rax, %rsi
	movq	464(%rsp), %rax
	leaq	(%rax,%rsi), %rcx
	cmpq	%r10, %rdi
	jge	.LBB10_209
	cmpq	$0, 8(%rsp)
	jle	.LBB10_207
	movl	%r9d, %eax
	andl	$3, %eax
	shll	$2, %eax
	movq	%rax, 320(%rsp)
	movq	%r9, %rax
	andq	$-8, %rax
	movq	%rax, 280(%rsp)
	addq	456(%rsp), %rdx
	addq	528(%rsp), %rsi
	movq	536(%rsp), %rdi
	imulq	128(%rsp), %rdi
	leaq	(%rdx,%r9,4), %rax
	leaq	(%rsi,%r9,4), %rdx
	addq	272(%rsp), %rdi
	movq	%rdi, 296(%rsp)
	movq	136(%rsp), %r14
	cmpq	%rdx, %r14
	setb	%dl
	cmpq	%rax, %rcx
	setb	%al
	andb	%dl, %al
	orb	520(%rsp), %al
	movb	%al, 184(%rsp)
	movq	232(%rsp), %r15
	movq	224(%rsp), %rbx
	movq	168(%rsp), %r12
	xorl	%r11d, %r11d
	jmp	.LBB10_225
	.p2align	4
.LBB10_238:
	incq	%r11
	addq	%r13, %r12
	movq	120(%rsp), %rax
	addq	%rax, %rbx
	addq	%r13, %r14
	addq	%rax, %r15
	cmpq	%rdi, %r11
	je	.LBB10_207
.LBB10_225:
	testq	%r8, %r8
	jle	.LBB10_226
	cmpq	$8, %r9
	setb	%al
	orb	184(%rsp), %al
	testb	$1, %al
	movq	8(%rsp), %rdi
	je	.LBB10_229
	xorl	%ecx, %ecx
	jmp	.LBB10_232
	.p2align	4
.LBB10_226:
	xorl	%esi, %esi
	movq	8(%rsp), %rdi
	jmp	.LBB10_236
	.p2align	4
.LBB10_229:
	xorl	%eax, %eax
	movq	280(%rsp), %rcx
	.p2align	4
.LBB10_230:
	movups	-16(%rbx,%rax,4), %xmm0
	movups	(%rbx,%rax,4), %xmm1
	movups	%xmm0, -16(%r12,%rax,4)
	movups	%xmm1, (%r12,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rcx
	jne	.LBB10_230
	movq	%r9, %rsi
	cmpq	%rcx, %r9
	je	.LBB10_236
.LBB10_232:
	movq	%rcx, %rax
	testb	$3, %r9b
	je	.LBB10_235
	movq	320(%rsp), %rdx
	movq	%rcx, %rax
	.p2align	4
.LBB10_234:
	movss	(%r15,%rax,4), %xmm0
	movss	%xmm0, (%r14,%rax,4)
	incq	%rax
	addq	$-4, %rdx
	jne	.LBB10_234
.LBB10_235:
	subq	%r9, %rcx
	movq	%r9, %rsi
	cmpq	$-4, %rcx
	ja	.LBB10_236
	.p2align	4
.LBB10_239:
	movss	(%r15,%rax,4), %xmm0
	movss	%xmm0, (%r14,%rax,4)
	movss	4(%r15,%rax,4), %xmm0
	movss	%xmm0, 4(%r14,%rax,4)
	movss	8(%r15,%rax,4), %xmm0
	movss	%xmm0, 8(%r14,%rax,4)
	movss	12(%r15,%rax,4), %xmm0
	movss	%xmm0, 12(%r14,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %r9
	jne	.LBB10_239
	movq	%r9, %rsi
.LBB10_236:
	cmpq	%r10, %rsi
	jge	.LBB10_238
	movq	%r11, %rax
	imulq	%r13, %rax
	addq	296(%rsp), %rax
	leaq	(%rax,%rsi,4), %rdi
	shlq	$2, %rsi
	movq	%r13, %rdx
	subq	%rsi, %rdx
	xorl	%esi, %esi
	movq	%r11, 56(%rsp)
	callq	memset@PLT
	movq	56(%rsp), %r11
	movq	24(%rsp), %r9
	movq	96(%rsp), %r8
	movq	40(%rsp), %r10
	movq	8(%rsp), %rdi
	xorps	%xmm12, %xmm12
	jmp	.LBB10_238
.LBB10_209:
	cmpq	$0, 8(%rsp)
	jle	.LBB10_207
	addq	408(%rsp), %rdx
	addq	504(%rsp), %rsi
	cmpq	$0, 120(%rsp)
	sets	%dil
	movq	136(%rsp), %r8
	cmpq	%rsi, %r8
	setb	%sil
	cmpq	%rdx, %rcx
	setb	%al
	andb	%sil, %al
	orb	%dil, %al
	movq	232(%rsp), %rcx
	movq	%r8, %rdx
	movq	224(%rsp), %rsi
	movq	168(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB10_211
	.p2align	4
.LBB10_221:
	incq	%r8
	addq	%r13, %rdi
	movq	120(%rsp), %r9
	addq	%r9, %rsi
	addq	%r13, %rdx
	addq	%r9, %rcx
	cmpq	8(%rsp), %r8
	movq	40(%rsp), %r10
	je	.LBB10_207
.LBB10_211:
	movq	48(%rsp), %rbx
	testl	%ebx, %ebx
	jle	.LBB10_221
	cmpl	$8, %ebx
	setb	%r9b
	orb	%al, %r9b
	testb	$1, %r9b
	je	.LBB10_214
	xorl	%r10d, %r10d
	jmp	.LBB10_217
	.p2align	4
.LBB10_214:
	xorl	%r9d, %r9d
	movq	312(%rsp), %r10
	.p2align	4
.LBB10_215:
	movups	-16(%rsi,%r9), %xmm0
	movups	(%rsi,%r9), %xmm1
	movups	%xmm0, -16(%rdi,%r9)
	movups	%xmm1, (%rdi,%r9)
	addq	$32, %r9
	cmpq	%r9, %r10
	jne	.LBB10_215
	movq	360(%rsp), %r9
	movq	%r9, %r10
	cmpl	%ebx, %r9d
	je	.LBB10_221
.LBB10_217:
	movq	%r10, %r9
	cmpq	$0, 160(%rsp)
	je	.LBB10_220
	movq	160(%rsp), %r11
	movq	%r10, %r9
	.p2align	4
.LBB10_219:
	movss	(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%rdx,%r9,4)
	incq	%r9
	decq	%r11
	jne	.LBB10_219
.LBB10_220:
	subq	%rbx, %r10
	cmpq	$-4, %r10
	ja	.LBB10_221
	.p2align	4
.LBB10_222:
	movss	(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%rdx,%r9,4)
	movss	4(%rcx,%r9,4), %xmm0
	movss	%xmm0, 4(%rdx,%r9,4)
	movss	8(%rcx,%r9,4), %xmm0
	movss	%xmm0, 8(%rdx,%r9,4)
	movss	12(%rcx,%r9,4), %xmm0
	movss	%xmm0, 12(%rdx,%r9,4)
	addq	$4, %r9
	cmpq	%r9, %rbx
	jne	.LBB10_222
	jmp	.LBB10_221
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
	.long	.LBB10_248-.LJTI10_0
	.long	.LBB10_399-.LJTI10_0
	.long	.LBB10_284-.LJTI10_0
	.long	.LBB10_399-.LJTI10_0
	.long	.LBB10_322-.LJTI10_0
	.long	.LBB10_399-.LJTI10_0
	.long	.LBB10_399-.LJTI10_0
	.long	.LBB10_399-.LJTI10_0
	.long	.LBB10_362-.LJTI10_0

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
	subq	$3200, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, %r14
	movq	%r8, 400(%rsp)
	movq	%rcx, %r13
	movl	%edx, 268(%rsp)
	movslq	(%rdi), %r8
	movslq	4(%rdi), %r9
	movq	8(%rdi), %r15
	cmpq	%r15, %r14
	cmovlq	%r14, %r15
	movq	%rdi, 288(%rsp)
	movq	16(%rdi), %rax
	cmpq	%rax, %rcx
	cmovlq	%rcx, %rax
	leaq	(%r8,%rax), %r10
	decq	%r10
	movq	%r10, %rax
	orq	%r8, %rax
	shrq	$32, %rax
	movl	%esi, 352(%rsp)
	je	.LBB13_1
	movq	%r10, %rax
	cqto
	idivq	%r8
	jmp	.LBB13_3
.LBB13_1:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%r8d
.LBB13_3:
	subq	%rdx, %r10
	movq	288(%rsp), %rax
	movq	24(%rax), %rax
	movq	400(%rsp), %rcx
	cmpq	%rax, %rcx
	cmovlq	%rcx, %rax
	leaq	(%r9,%rax), %r12
	decq	%r12
	movq	%r12, %rax
	orq	%r9, %rax
	shrq	$32, %rax
	movq	%r8, 104(%rsp)
	movq	%r9, 128(%rsp)
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
	movq	24(%rbp), %rbx
	subq	%rdx, %r12
	shlq	$3, %r15
	imulq	%r15, %r10
	xorl	%edi, %edi
	movq	%r10, %rsi
	callq	axon_scratch@PLT
	movq	%rax, 296(%rsp)
	imulq	%r12, %r15
	movl	$1, %edi
	movq	%r15, %rsi
	callq	axon_scratch@PLT
	movq	%rax, 272(%rsp)
	movq	288(%rsp), %rax
	cmpq	$0, 40(%rax)
	je	.LBB13_7
	movq	128(%rsp), %r11
	leaq	(,%r11,4), %rax
	movq	400(%rsp), %rcx
	cmpq	%rax, %rcx
	setle	%al
	movl	%eax, 428(%rsp)
	cmpl	$0, 352(%rsp)
	sete	31(%rsp)
	movl	$1, %eax
	cmoveq	%rbx, %rax
	movq	%rax, 648(%rsp)
	movl	$1, %eax
	cmovneq	%rbx, %rax
	movq	%rax, 576(%rsp)
	cmpl	$0, 268(%rsp)
	movq	104(%rsp), %r9
	je	.LBB13_10
	movl	$0, 396(%rsp)
	testq	%rcx, %rcx
	jg	.LBB13_12
	jmp	.LBB13_20
.LBB13_7:
	cmpl	$0, 352(%rsp)
	sete	31(%rsp)
	movl	$1, %ecx
	movl	$1, %eax
	cmoveq	%rbx, %rax
	movq	%rax, 648(%rsp)
	cmovneq	%rbx, %rcx
	movq	%rcx, 576(%rsp)
	movl	$0, 428(%rsp)
	movl	$0, 396(%rsp)
	movq	400(%rsp), %rcx
	movq	104(%rsp), %r9
	testq	%rcx, %rcx
	jg	.LBB13_12
	jmp	.LBB13_20
.LBB13_10:
	leaq	(%r9,%r9), %rax
	cmpq	%rax, %r13
	movq	400(%rsp), %rcx
	setle	%al
	movl	%eax, 396(%rsp)
	testq	%rcx, %rcx
	jle	.LBB13_20
.LBB13_12:
	movq	80(%rbp), %rdi
	movq	40(%rbp), %rsi
	leaq	(,%rbx,8), %r8
	testl	%r9d, %r9d
	sets	%al
	movq	%r8, 184(%rsp)
	testq	%r8, %r8
	sets	%r8b
	orb	%al, %r8b
	movb	%r8b, 206(%rsp)
	movq	%rsi, %rax
	shlq	$8, %rax
	movq	%rax, 896(%rsp)
	movq	%rsi, %rax
	shlq	$7, %rax
	movq	%rax, 888(%rsp)
	movq	%rsi, %rax
	shlq	$6, %rax
	movq	%rax, 880(%rsp)
	movq	%rbx, %r8
	shlq	$5, %r8
	movq	%rbx, %rax
	shlq	$6, %rax
	movq	%rax, 1032(%rsp)
	movq	%rbx, %rax
	shlq	$4, %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 1024(%rsp)
	imulq	%r9, %rbx
	shlq	$3, %rbx
	movq	%rbx, 1016(%rsp)
	movq	%r9, %rax
	shlq	$5, %rax
	movq	%rax, 640(%rsp)
	xorps	%xmm10, %xmm10
	movq	56(%rbp), %rdx
	movq	32(%rbp), %r10
	movq	16(%rbp), %rbx
	leaq	(,%r9,8), %r15
	movq	288(%rsp), %rax
	movq	24(%rax), %rax
	leaq	(,%rdx,8), %rdx
	movq	%rdx, 1080(%rsp)
	movq	128(%rsp), %rdx
	leaq	(,%rdx,8), %rdx
	movq	%rdx, 240(%rsp)
	leaq	(,%rsi,8), %rdx
	movq	%rdx, 136(%rsp)
	leaq	56(%r10), %rdx
	movq	%rdx, 488(%rsp)
	movq	272(%rsp), %rsi
	leaq	-256(%rsi), %rdx
	movq	%rdx, 744(%rsp)
	leaq	-128(%rsi), %rdx
	movq	%rdx, 736(%rsp)
	leaq	8(%rsi), %rdx
	movq	%rdx, 792(%rsp)
	leaq	16(%rsi), %rdx
	movq	%rdx, 432(%rsp)
	leaq	24(%rsi), %rdx
	movq	%rdx, 784(%rsp)
	leaq	32(%rsi), %rdx
	movq	%rdx, 592(%rsp)
	leaq	40(%rsi), %rdx
	movq	%rdx, 776(%rsp)
	leaq	48(%rsi), %rdx
	movq	%rdx, 768(%rsp)
	leaq	56(%rsi), %rdx
	movq	%rdx, 760(%rsp)
	leaq	-8(%rsi), %rdx
	movq	%rdx, 728(%rsp)
	movq	296(%rsp), %rdx
	leaq	-8(%rdx), %r12
	movq	%r12, 832(%rsp)
	leaq	24(%r10), %r12
	movq	%r12, 496(%rsp)
	leaq	768(%rsi), %r12
	movq	%r12, 720(%rsp)
	leaq	248(%rsi), %r12
	movq	%r12, 712(%rsp)
	leaq	248(%r10), %r12
	movq	%r12, 704(%rsp)
	leaq	16(%r10), %r12
	movq	%r12, 584(%rsp)
	leaq	384(%rsi), %r12
	movq	%r12, 696(%rsp)
	leaq	120(%rsi), %r12
	movq	%r12, 688(%rsp)
	leaq	120(%r10), %r10
	movq	%r10, 680(%rsp)
	leaq	192(%rsi), %rsi
	movq	%rsi, 672(%rsp)
	leaq	24(%rbx), %rsi
	movq	%rsi, 824(%rsp)
	leaq	24(%rdx), %rsi
	movq	%rsi, 872(%rsp)
	movq	%r8, 1040(%rsp)
	leaq	(%r8,%r8,2), %rsi
	movq	%rsi, 1008(%rsp)
	leaq	56(%rbx), %rsi
	movq	%rsi, 816(%rsp)
	leaq	192(%rdx), %rsi
	movq	%rsi, 864(%rsp)
	leaq	40(%rbx), %rsi
	movq	%rsi, 808(%rsp)
	leaq	96(%rdx), %rsi
	movq	%rsi, 856(%rsp)
	addq	$16, %rdx
	movq	%rdx, 848(%rsp)
	leaq	16(%rbx), %rdx
	movq	%rdx, 800(%rsp)
	leaq	8(%rdi), %rdx
	movq	%rdx, 664(%rsp)
	leaq	16(%rdi), %rdx
	movq	%rdx, 656(%rsp)
	xorl	%edx, %edx
	movq	%r14, 840(%rsp)
	movq	%r13, 608(%rsp)
	movq	%r15, 328(%rsp)
	jmp	.LBB13_13
	.p2align	4
.LBB13_18:
	movq	288(%rsp), %rax
	movq	24(%rax), %rax
	movq	520(%rsp), %rdx
.LBB13_19:
	addq	%rax, %rdx
	movq	400(%rsp), %rcx
	cmpq	%rcx, %rdx
	jge	.LBB13_20
.LBB13_13:
	movq	%rcx, %rsi
	subq	%rdx, %rsi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	testq	%r14, %r14
	jle	.LBB13_19
	movq	32(%rbp), %rax
	leaq	(%rax,%rdx,8), %rax
	movq	%rax, 440(%rsp)
	movq	48(%rbp), %rax
	leaq	(%rax,%rdx,8), %rax
	movq	%rax, 1072(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rdx,8), %rax
	movq	%rax, 632(%rsp)
	movq	288(%rsp), %rax
	movq	8(%rax), %rax
	movq	584(%rsp), %rcx
	leaq	(%rcx,%rdx,8), %rcx
	movq	%rcx, 504(%rsp)
	movq	488(%rsp), %rcx
	leaq	(%rcx,%rdx,8), %rcx
	movq	%rcx, 752(%rsp)
	movq	664(%rsp), %rcx
	leaq	(%rcx,%rdx,8), %rcx
	movq	%rcx, 976(%rsp)
	movq	656(%rsp), %rcx
	movq	%rdx, 520(%rsp)
	leaq	(%rcx,%rdx,8), %rcx
	movq	%rcx, 968(%rsp)
	xorl	%ecx, %ecx
	movq	%rsi, 472(%rsp)
	jmp	.LBB13_15
	.p2align	4
.LBB13_460:
	movq	288(%rsp), %rax
	movq	8(%rax), %rax
	movq	448(%rsp), %rcx
	addq	%rax, %rcx
	movq	840(%rsp), %r14
	cmpq	%r14, %rcx
	jge	.LBB13_18
.LBB13_15:
	cmpl	$0, 72(%rbp)
	setne	%r8b
	movq	%r14, %rdx
	subq	%rcx, %rdx
	cmpq	%rdx, %rax
	cmovlq	%rax, %rdx
	movq	%rdx, 16(%rsp)
	testq	%rcx, %rcx
	setg	344(%rsp)
	movl	$0, %eax
	cmoveq	80(%rbp), %rax
	movq	%rax, 352(%rsp)
	movl	$0, %eax
	cmpb	$0, 396(%rsp)
	je	.LBB13_23
	movq	%rsi, %rax
	movq	128(%rsp), %rdi
	orq	%rdi, %rax
	shrq	$32, %rax
	je	.LBB13_17
	movq	%rsi, %rax
	cqto
	idivq	%rdi
	jmp	.LBB13_22
.LBB13_17:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%edi
.LBB13_22:
	movq	%rsi, %rax
	subq	%rdx, %rax
.LBB13_23:
	movq	%rcx, 448(%rsp)
	movq	%rax, 480(%rsp)
	subq	%rax, %rsi
	movq	%rsi, 88(%rsp)
	jle	.LBB13_27
	movq	520(%rsp), %rax
	movq	480(%rsp), %r11
	leaq	(%r11,%rax), %r15
	movq	288(%rsp), %rax
	movslq	4(%rax), %r10
	movl	%r10d, %edi
	cmpl	$0, 268(%rsp)
	movb	%r8b, 15(%rsp)
	je	.LBB13_31
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB13_31
	movq	32(%rbp), %rsi
	movq	40(%rbp), %rdx
	movq	448(%rsp), %rcx
	movq	%r15, %r8
	movq	16(%rsp), %r9
	pushq	272(%rsp)
	pushq	96(%rsp)
	callq	*%rax
	movzbl	31(%rsp), %r8d
	xorps	%xmm10, %xmm10
	movq	120(%rsp), %r9
	addq	$16, %rsp
	.p2align	4
.LBB13_27:
	movq	608(%rsp), %r13
	testq	%r13, %r13
	movq	24(%rbp), %r10
	movq	328(%rsp), %r15
	movq	472(%rsp), %rsi
	jle	.LBB13_460
	orb	344(%rsp), %r8b
	movb	%r8b, 15(%rsp)
	cmpl	$1, %r9d
	sete	32(%rsp)
	cmpl	$1, %r9d
	sete	80(%rsp)
	movq	448(%rsp), %rbx
	movq	%rbx, %rax
	imulq	%r10, %rax
	movq	%rax, 40(%rsp)
	movq	16(%rsp), %r14
	movq	%r14, %r11
	shlq	$5, %r11
	movq	%r14, %rsi
	shlq	$6, %rsi
	movq	%rsi, 1056(%rsp)
	movq	%r14, %r12
	shlq	$4, %r12
	movq	%r14, %rdi
	imulq	%r15, %rdi
	movq	%rdi, 624(%rsp)
	movq	%rbx, %rdi
	imulq	40(%rbp), %rdi
	movq	%rbx, %r8
	imulq	576(%rsp), %r8
	leaq	(,%r14,8), %rdx
	leaq	-1(%r14), %rax
	movq	%rax, 160(%rsp)
	imulq	%rax, %r15
	movq	184(%rsp), %rcx
	imulq	%rbx, %rcx
	movq	%rdx, 1000(%rsp)
	leaq	(%rdx,%rbx,8), %rax
	addq	$-8, %rax
	imulq	%r10, %rax
	movl	%r14d, %edx
	andl	$3, %edx
	movq	%r14, %rsi
	movabsq	$9223372036854775804, %r10
	andq	%r10, %rsi
	addq	296(%rsp), %r15
	movq	%r15, 992(%rsp)
	movq	16(%rbp), %r10
	addq	%r10, %rax
	movq	%rax, 952(%rsp)
	cmpq	$8, %r14
	setae	%r15b
	andb	80(%rsp), %r15b
	cmpq	$4, %r14
	setae	%al
	andb	32(%rsp), %al
	movb	%al, 544(%rsp)
	movq	40(%rsp), %rax
	leaq	(%r10,%rax,8), %rax
	movq	%rax, 944(%rsp)
	movq	%rsi, 344(%rsp)
	leaq	(%r12,%r12,2), %rax
	movq	%rax, 1048(%rsp)
	movq	440(%rsp), %rax
	leaq	(%rax,%rdi,8), %rax
	movq	%rax, 552(%rsp)
	leaq	(%r10,%r8,8), %rax
	movq	%rax, 280(%rsp)
	movq	240(%rsp), %r8
	negq	%rsi
	movq	%rsi, 312(%rsp)
	movl	%edx, %r12d
	shll	$5, %r12d
	movl	%edx, %eax
	shll	$6, %eax
	movq	%rax, 360(%rsp)
	movl	%edx, %eax
	shll	$4, %eax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 568(%rsp)
	leaq	(%r10,%rcx), %rax
	movq	%rax, 936(%rsp)
	movq	824(%rsp), %rsi
	leaq	(%rsi,%rcx), %rax
	movq	%rax, 600(%rsp)
	movq	816(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 928(%rsp)
	movq	808(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 920(%rsp)
	movq	800(%rsp), %rdi
	addq	%rdi, %rcx
	movq	%rcx, 960(%rsp)
	movq	%rdx, %rax
	negq	%rax
	movq	%rax, 512(%rsp)
	notb	%r15b
	movb	%r15b, 207(%rsp)
	movq	%r11, 1064(%rsp)
	leaq	(%r11,%r11,2), %rax
	movq	%rax, 616(%rsp)
	movq	288(%rsp), %rax
	movq	16(%rax), %rcx
	movq	832(%rsp), %rax
	leaq	(%rax,%r14,8), %rax
	movq	%rax, 984(%rsp)
	leaq	(%r10,%rbx,8), %rax
	movq	%rax, 408(%rsp)
	leaq	(%rax,%r14,8), %rax
	movq	%rax, 912(%rsp)
	leaq	(%rsi,%rbx,8), %rax
	movq	%rax, 456(%rsp)
	movq	%r12, 368(%rsp)
	leaq	(%r12,%r12,2), %rax
	movq	%rax, 560(%rsp)
	movq	%rdx, 416(%rsp)
	leal	(,%rdx,8), %r12d
	leaq	(%rdi,%rbx,8), %rax
	movq	%rax, 904(%rsp)
	xorl	%eax, %eax
	movq	%r12, 336(%rsp)
	jmp	.LBB13_29
	.p2align	4
.LBB13_458:
	movq	288(%rsp), %rax
	movq	16(%rax), %rcx
	movq	336(%rsp), %r12
.LBB13_459:
	movq	224(%rsp), %rax
	addq	%rcx, %rax
	movq	608(%rsp), %r13
	cmpq	%r13, %rax
	jge	.LBB13_460
.LBB13_29:
	movq	%rax, 224(%rsp)
	subq	%rax, %r13
	cmpq	%r13, %rcx
	cmovlq	%rcx, %r13
	cmpb	$0, 428(%rsp)
	movq	%rcx, 216(%rsp)
	je	.LBB13_30
	movq	%r13, %rax
	orq	%r9, %rax
	shrq	$32, %rax
	je	.LBB13_241
	movq	%r13, %rax
	cqto
	idivq	%r9
	jmp	.LBB13_243
	.p2align	4
.LBB13_30:
	xorl	%eax, %eax
	movq	16(%rsp), %rdi
	movq	128(%rsp), %r10
	jmp	.LBB13_244
.LBB13_241:
	movl	%r13d, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB13_243:
	movq	16(%rsp), %rdi
	movq	128(%rsp), %r10
	movq	%r13, %rax
	subq	%rdx, %rax
.LBB13_244:
	movq	%r13, 232(%rsp)
	movq	%rax, 304(%rsp)
	subq	%rax, %r13
	movq	%r13, 88(%rsp)
	jle	.LBB13_452
	movq	224(%rsp), %rsi
	movq	304(%rsp), %r10
	leaq	(%r10,%rsi), %rdx
	leal	-4(%r9), %eax
	cmpl	$8, %eax
	ja	.LBB13_400
	leaq	.LJTI13_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB13_247:
	movq	88(%rsp), %r13
	leaq	-1(%r13), %rax
	shrq	$2, %rax
	movq	%rax, 120(%rsp)
	movq	600(%rsp), %rax
	leaq	(%rax,%rdx,8), %rax
	movq	%rax, 112(%rsp)
	imulq	184(%rsp), %rdx
	movq	456(%rsp), %rax
	leaq	(%rax,%rdx), %r11
	addq	408(%rsp), %rdx
	movq	856(%rsp), %rbx
	xorl	%eax, %eax
	movq	296(%rsp), %rsi
	xorl	%r14d, %r14d
	movq	128(%rsp), %r10
	jmp	.LBB13_248
	.p2align	4
.LBB13_259:
	movq	1064(%rsp), %rcx
	movq	40(%rsp), %rsi
	addq	%rcx, %rsi
	movq	64(%rsp), %r14
	addq	$4, %r14
	addq	$-4, %r13
	addq	$32, 112(%rsp)
	movq	1040(%rsp), %rax
	movq	80(%rsp), %r11
	addq	%rax, %r11
	movq	48(%rsp), %rbx
	addq	%rcx, %rbx
	movq	96(%rsp), %rdx
	addq	%rax, %rdx
	movq	72(%rsp), %rax
	cmpq	120(%rsp), %rax
	leaq	1(%rax), %rax
	movq	336(%rsp), %r12
	je	.LBB13_452
.LBB13_248:
	movq	%rax, 72(%rsp)
	cmpq	$4, %r13
	movl	$4, %ecx
	cmovlq	%r13, %rcx
	cmpq	$2, %r13
	movl	$1, %r15d
	movq	%r13, 56(%rsp)
	cmovgeq	%r13, %r15
	cmpq	$4, %r15
	movl	$4, %eax
	cmovgeq	%rax, %r15
	movq	88(%rsp), %r13
	subq	%r14, %r13
	cmpq	$4, %r13
	cmovlq	%r13, %rax
	cmpb	$0, 31(%rsp)
	movq	%r13, 32(%rsp)
	movq	%rdx, 96(%rsp)
	movq	%r11, 80(%rsp)
	movq	%rbx, 48(%rsp)
	movq	%rsi, 40(%rsp)
	movq	%r14, 64(%rsp)
	je	.LBB13_251
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r13, %r13
	jle	.LBB13_250
	movq	%rbx, %rdi
	movq	%r11, %r8
	xorl	%r9d, %r9d
	movq	344(%rsp), %r14
	movq	56(%rsp), %r13
	jmp	.LBB13_264
	.p2align	4
.LBB13_270:
	incq	%r9
	movq	184(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	%r15, %r9
	je	.LBB13_271
.LBB13_264:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_270
	cmpq	$3, 160(%rsp)
	jae	.LBB13_275
	xorl	%r10d, %r10d
	jmp	.LBB13_267
	.p2align	4
.LBB13_275:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB13_276:
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
	cmpq	%r10, %r14
	jne	.LBB13_276
.LBB13_267:
	testb	$3, 16(%rsp)
	je	.LBB13_270
	leaq	(%rdx,%r10,8), %r11
	shlq	$5, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_269:
	movsd	(%r11,%rbx), %xmm0
	movsd	%xmm0, (%r10,%rbx,4)
	addq	$8, %rbx
	cmpq	%rbx, %r12
	jne	.LBB13_269
	jmp	.LBB13_270
	.p2align	4
.LBB13_251:
	testq	%rdi, %rdi
	movq	%r13, %rcx
	movq	56(%rsp), %r13
	jle	.LBB13_259
	movq	40(%rsp), %rbx
	movq	%rdi, %r14
	movq	112(%rsp), %r12
	jmp	.LBB13_253
	.p2align	4
.LBB13_254:
	xorl	%eax, %eax
.LBB13_257:
	leaq	(%rbx,%rax,8), %rdi
	shlq	$3, %rax
	movl	$32, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	32(%rsp), %rcx
	movq	16(%rsp), %rdi
	movq	240(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	128(%rsp), %r10
	movq	104(%rsp), %r9
.LBB13_258:
	addq	184(%rsp), %r12
	addq	$32, %rbx
	decq	%r14
	je	.LBB13_259
.LBB13_253:
	testq	%rcx, %rcx
	jle	.LBB13_254
	movsd	-24(%r12), %xmm0
	movsd	%xmm0, (%rbx)
	cmpq	$1, %r13
	jle	.LBB13_256
	movsd	-16(%r12), %xmm0
	movsd	%xmm0, 8(%rbx)
	cmpq	$2, %r13
	je	.LBB13_256
	movsd	-8(%r12), %xmm0
	movsd	%xmm0, 16(%rbx)
	cmpq	$3, %r13
	je	.LBB13_256
	movsd	(%r12), %xmm0
	movsd	%xmm0, 24(%rbx)
	.p2align	4
.LBB13_256:
	movq	%r15, %rax
	cmpq	$3, %r13
	jle	.LBB13_257
	jmp	.LBB13_258
	.p2align	4
.LBB13_271:
	cmpq	$4, 32(%rsp)
	movq	104(%rsp), %r9
	movq	128(%rsp), %r10
	movq	240(%rsp), %r8
	movq	16(%rsp), %rdi
	jl	.LBB13_272
	jmp	.LBB13_259
.LBB13_250:
	movq	56(%rsp), %r13
	jmp	.LBB13_272
	.p2align	4
.LBB13_281:
	addq	$8, %rcx
	cmpq	$3, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_259
.LBB13_272:
	testq	%rdi, %rdi
	movq	368(%rsp), %rbx
	jle	.LBB13_281
	cmpq	$3, 160(%rsp)
	jae	.LBB13_282
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_279
	jmp	.LBB13_281
	.p2align	4
.LBB13_282:
	movq	%r9, %r11
	movq	%r10, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	312(%rsp), %r10
	.p2align	4
.LBB13_283:
	movq	$0, (%rsi)
	movq	$0, 32(%rsi)
	movq	$0, 64(%rsi)
	movq	$0, 96(%rsi)
	addq	$-4, %rdx
	subq	$-128, %rsi
	cmpq	%rdx, %r10
	jne	.LBB13_283
	negq	%rdx
	movq	%r9, %r10
	movq	%r11, %r9
	testb	$3, %dil
	je	.LBB13_281
.LBB13_279:
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_280:
	movq	$0, (%rdx,%rsi)
	addq	$32, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_280
	jmp	.LBB13_281
.LBB13_322:
	movq	88(%rsp), %r13
	leaq	-1(%r13), %rax
	shrq	$3, %rax
	movq	%rax, 120(%rsp)
	movq	928(%rsp), %rax
	leaq	(%rax,%rdx,8), %rax
	movq	%rax, 112(%rsp)
	imulq	184(%rsp), %rdx
	movq	456(%rsp), %rax
	leaq	(%rax,%rdx), %r11
	addq	408(%rsp), %rdx
	movq	864(%rsp), %rbx
	xorl	%eax, %eax
	movq	296(%rsp), %rsi
	xorl	%r14d, %r14d
	movq	128(%rsp), %r10
	jmp	.LBB13_323
	.p2align	4
.LBB13_334:
	movq	1056(%rsp), %rcx
	movq	40(%rsp), %rsi
	addq	%rcx, %rsi
	movq	64(%rsp), %r14
	addq	$8, %r14
	addq	$-8, %r13
	addq	$64, 112(%rsp)
	movq	1032(%rsp), %rax
	movq	80(%rsp), %r11
	addq	%rax, %r11
	movq	48(%rsp), %rbx
	addq	%rcx, %rbx
	movq	96(%rsp), %rdx
	addq	%rax, %rdx
	movq	72(%rsp), %rax
	cmpq	120(%rsp), %rax
	leaq	1(%rax), %rax
	movq	336(%rsp), %r12
	je	.LBB13_452
.LBB13_323:
	movq	%rax, 72(%rsp)
	cmpq	$8, %r13
	movl	$8, %ecx
	cmovlq	%r13, %rcx
	cmpq	$2, %r13
	movl	$1, %r15d
	movq	%r13, 56(%rsp)
	cmovgeq	%r13, %r15
	cmpq	$8, %r15
	movl	$8, %eax
	cmovgeq	%rax, %r15
	movq	88(%rsp), %r13
	subq	%r14, %r13
	cmpq	$8, %r13
	cmovlq	%r13, %rax
	cmpb	$0, 31(%rsp)
	movq	%r13, 32(%rsp)
	movq	%rdx, 96(%rsp)
	movq	%r11, 80(%rsp)
	movq	%rbx, 48(%rsp)
	movq	%rsi, 40(%rsp)
	movq	%r14, 64(%rsp)
	je	.LBB13_326
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r13, %r13
	jle	.LBB13_325
	movq	%rbx, %rdi
	movq	%r11, %r8
	xorl	%r9d, %r9d
	movq	344(%rsp), %r14
	movq	56(%rsp), %r13
	jmp	.LBB13_343
	.p2align	4
.LBB13_349:
	incq	%r9
	movq	184(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	%r15, %r9
	je	.LBB13_350
.LBB13_343:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_349
	cmpq	$3, 160(%rsp)
	jae	.LBB13_354
	xorl	%r10d, %r10d
	jmp	.LBB13_346
	.p2align	4
.LBB13_354:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB13_355:
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
	cmpq	%r10, %r14
	jne	.LBB13_355
.LBB13_346:
	testb	$3, 16(%rsp)
	je	.LBB13_349
	leaq	(%rdx,%r10,8), %r11
	shlq	$6, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_348:
	movsd	(%r11,%rbx), %xmm0
	movsd	%xmm0, (%r10,%rbx,8)
	addq	$8, %rbx
	cmpq	%rbx, %r12
	jne	.LBB13_348
	jmp	.LBB13_349
	.p2align	4
.LBB13_326:
	testq	%rdi, %rdi
	movq	%r13, %rcx
	movq	56(%rsp), %r13
	jle	.LBB13_334
	movq	40(%rsp), %rbx
	movq	%rdi, %r14
	movq	112(%rsp), %r12
	jmp	.LBB13_328
	.p2align	4
.LBB13_329:
	xorl	%eax, %eax
.LBB13_332:
	leaq	(%rbx,%rax,8), %rdi
	shlq	$3, %rax
	movl	$64, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	32(%rsp), %rcx
	movq	16(%rsp), %rdi
	movq	240(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	128(%rsp), %r10
	movq	104(%rsp), %r9
.LBB13_333:
	addq	184(%rsp), %r12
	addq	$64, %rbx
	decq	%r14
	je	.LBB13_334
.LBB13_328:
	testq	%rcx, %rcx
	jle	.LBB13_329
	movsd	-56(%r12), %xmm0
	movsd	%xmm0, (%rbx)
	cmpq	$1, %r13
	jle	.LBB13_331
	movsd	-48(%r12), %xmm0
	movsd	%xmm0, 8(%rbx)
	cmpq	$2, %r13
	je	.LBB13_331
	movsd	-40(%r12), %xmm0
	movsd	%xmm0, 16(%rbx)
	cmpq	$3, %r13
	je	.LBB13_331
	movsd	-32(%r12), %xmm0
	movsd	%xmm0, 24(%rbx)
	cmpq	$4, %r13
	je	.LBB13_331
	movsd	-24(%r12), %xmm0
	movsd	%xmm0, 32(%rbx)
	cmpq	$5, %r13
	je	.LBB13_331
	movsd	-16(%r12), %xmm0
	movsd	%xmm0, 40(%rbx)
	cmpq	$6, %r13
	je	.LBB13_331
	movsd	-8(%r12), %xmm0
	movsd	%xmm0, 48(%rbx)
	cmpq	$7, %r13
	je	.LBB13_331
	movsd	(%r12), %xmm0
	movsd	%xmm0, 56(%rbx)
	.p2align	4
.LBB13_331:
	movq	%r15, %rax
	cmpq	$7, %r13
	jle	.LBB13_332
	jmp	.LBB13_333
	.p2align	4
.LBB13_350:
	cmpq	$8, 32(%rsp)
	movq	104(%rsp), %r9
	movq	128(%rsp), %r10
	movq	240(%rsp), %r8
	movq	16(%rsp), %rdi
	jl	.LBB13_351
	jmp	.LBB13_334
.LBB13_325:
	movq	56(%rsp), %r13
	jmp	.LBB13_351
	.p2align	4
.LBB13_360:
	addq	$8, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_334
.LBB13_351:
	testq	%rdi, %rdi
	movq	360(%rsp), %rbx
	jle	.LBB13_360
	cmpq	$3, 160(%rsp)
	jae	.LBB13_361
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_358
	jmp	.LBB13_360
	.p2align	4
.LBB13_361:
	movq	%r9, %r11
	movq	%r10, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	312(%rsp), %r10
	.p2align	4
.LBB13_362:
	movq	$0, (%rsi)
	movq	$0, 64(%rsi)
	movq	$0, 128(%rsi)
	movq	$0, 192(%rsi)
	addq	$-4, %rdx
	addq	$256, %rsi
	cmpq	%rdx, %r10
	jne	.LBB13_362
	negq	%rdx
	movq	%r9, %r10
	movq	%r11, %r9
	testb	$3, %dil
	je	.LBB13_360
.LBB13_358:
	shlq	$6, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_359:
	movq	$0, (%rdx,%rsi)
	addq	$64, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_359
	jmp	.LBB13_360
.LBB13_284:
	movq	88(%rsp), %r15
	leaq	-1(%r15), %rax
	movabsq	$-6148914691236517205, %rcx
	movq	%rdx, %rsi
	mulq	%rcx
	shrq	$2, %rdx
	movq	%rdx, 56(%rsp)
	movq	920(%rsp), %rax
	leaq	(%rax,%rsi,8), %rax
	movq	%rax, 72(%rsp)
	imulq	184(%rsp), %rsi
	movq	456(%rsp), %rax
	leaq	(%rax,%rsi), %r13
	addq	408(%rsp), %rsi
	xorl	%eax, %eax
	movq	296(%rsp), %rdx
	xorl	%r11d, %r11d
	movq	128(%rsp), %r10
	jmp	.LBB13_285
	.p2align	4
.LBB13_307:
	movq	40(%rsp), %rdx
	addq	1048(%rsp), %rdx
	movq	48(%rsp), %r11
	addq	$6, %r11
	addq	$-6, %r15
	addq	$48, 72(%rsp)
	movq	1024(%rsp), %rax
	movq	80(%rsp), %r13
	addq	%rax, %r13
	movq	96(%rsp), %rsi
	addq	%rax, %rsi
	movq	64(%rsp), %rax
	cmpq	56(%rsp), %rax
	leaq	1(%rax), %rax
	movq	336(%rsp), %r12
	je	.LBB13_452
.LBB13_285:
	movq	%rax, 64(%rsp)
	cmpq	$6, %r15
	movl	$6, %ecx
	cmovlq	%r15, %rcx
	cmpq	$2, %r15
	movl	$1, %ebx
	cmovgeq	%r15, %rbx
	cmpq	$6, %rbx
	movl	$6, %eax
	cmovgeq	%rax, %rbx
	movq	88(%rsp), %rax
	movq	%r11, 48(%rsp)
	subq	%r11, %rax
	movq	%rax, %r11
	cmpq	$6, %rax
	movl	$6, %eax
	cmovlq	%r11, %rax
	cmpb	$0, 31(%rsp)
	movq	%r11, 32(%rsp)
	movq	%rsi, 96(%rsp)
	movq	%r13, 80(%rsp)
	movq	%rdx, 40(%rsp)
	je	.LBB13_299
	leaq	(%rdx,%rcx,8), %rcx
	testq	%r11, %r11
	movq	416(%rsp), %r14
	jle	.LBB13_296
	movq	%rdx, %r11
	movq	%rsi, %rdx
	movq	%r11, %rsi
	movq	%r13, %rdi
	xorl	%r8d, %r8d
	movq	344(%rsp), %r12
	jmp	.LBB13_288
	.p2align	4
.LBB13_294:
	incq	%r8
	movq	184(%rsp), %r9
	addq	%r9, %rdi
	addq	$8, %rsi
	addq	%r9, %rdx
	cmpq	%rbx, %r8
	je	.LBB13_295
.LBB13_288:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_294
	cmpq	$3, 160(%rsp)
	jae	.LBB13_313
	xorl	%r9d, %r9d
	jmp	.LBB13_291
	.p2align	4
.LBB13_313:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	.p2align	4
.LBB13_314:
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
	cmpq	%r9, %r12
	jne	.LBB13_314
.LBB13_291:
	testb	$3, 16(%rsp)
	je	.LBB13_294
	leaq	(%r9,%r9,2), %r10
	shlq	$4, %r10
	addq	%rsi, %r10
	leaq	(%rdx,%r9,8), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB13_293:
	movsd	(%r9,%r11,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%r11
	addq	$48, %r10
	cmpq	%r11, %r14
	jne	.LBB13_293
	jmp	.LBB13_294
	.p2align	4
.LBB13_299:
	testq	%rdi, %rdi
	jle	.LBB13_307
	movq	40(%rsp), %r12
	movq	%rdi, %r13
	movq	72(%rsp), %r14
	jmp	.LBB13_301
	.p2align	4
.LBB13_302:
	xorl	%eax, %eax
.LBB13_305:
	leaq	(,%rax,8), %rcx
	movl	$48, %edx
	subq	%rcx, %rdx
	leaq	(%r12,%rax,8), %rdi
	xorl	%esi, %esi
	callq	memset@PLT
	movq	32(%rsp), %r11
	movq	16(%rsp), %rdi
	movq	240(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	128(%rsp), %r10
	movq	104(%rsp), %r9
.LBB13_306:
	addq	184(%rsp), %r14
	addq	$48, %r12
	decq	%r13
	je	.LBB13_307
.LBB13_301:
	testq	%r11, %r11
	jle	.LBB13_302
	movsd	-40(%r14), %xmm0
	movsd	%xmm0, (%r12)
	cmpq	$1, %r15
	jle	.LBB13_304
	movsd	-32(%r14), %xmm0
	movsd	%xmm0, 8(%r12)
	cmpq	$2, %r15
	je	.LBB13_304
	movsd	-24(%r14), %xmm0
	movsd	%xmm0, 16(%r12)
	cmpq	$3, %r15
	je	.LBB13_304
	movsd	-16(%r14), %xmm0
	movsd	%xmm0, 24(%r12)
	cmpq	$4, %r15
	je	.LBB13_304
	movsd	-8(%r14), %xmm0
	movsd	%xmm0, 32(%r12)
	cmpq	$5, %r15
	je	.LBB13_304
	movsd	(%r14), %xmm0
	movsd	%xmm0, 40(%r12)
	.p2align	4
.LBB13_304:
	movq	%rbx, %rax
	cmpq	$5, %r15
	jle	.LBB13_305
	jmp	.LBB13_306
	.p2align	4
.LBB13_295:
	cmpq	$6, 32(%rsp)
	movq	104(%rsp), %r9
	movq	128(%rsp), %r10
	movq	240(%rsp), %r8
	movq	16(%rsp), %rdi
	jl	.LBB13_296
	jmp	.LBB13_307
	.p2align	4
.LBB13_319:
	addq	$8, %rcx
	cmpq	$5, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_307
.LBB13_296:
	testq	%rdi, %rdi
	movq	568(%rsp), %rbx
	jle	.LBB13_319
	cmpq	$3, 160(%rsp)
	jae	.LBB13_320
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_317
	jmp	.LBB13_319
	.p2align	4
.LBB13_320:
	movq	%r9, %r11
	movq	%r10, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	312(%rsp), %r10
	.p2align	4
.LBB13_321:
	movq	$0, (%rsi)
	movq	$0, 48(%rsi)
	movq	$0, 96(%rsi)
	movq	$0, 144(%rsi)
	addq	$-4, %rdx
	addq	$192, %rsi
	cmpq	%rdx, %r10
	jne	.LBB13_321
	negq	%rdx
	movq	%r9, %r10
	movq	%r11, %r9
	testb	$3, %dil
	je	.LBB13_319
.LBB13_317:
	leaq	(%rdx,%rdx,2), %rdx
	shlq	$4, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_318:
	movq	$0, (%rdx,%rsi)
	addq	$48, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_318
	jmp	.LBB13_319
.LBB13_363:
	movq	944(%rsp), %rax
	leaq	(%rax,%rdx,8), %rax
	movq	%rax, 168(%rsp)
	movq	88(%rsp), %rbx
	leaq	-1(%rbx), %rax
	movabsq	$-6148914691236517205, %rcx
	movq	%rdx, %r14
	mulq	%rcx
	shrq	$3, %rdx
	movq	%rdx, 176(%rsp)
	leaq	(,%rsi,8), %rax
	leaq	(%rax,%r10,8), %rax
	addq	600(%rsp), %rax
	movq	%rax, 152(%rsp)
	imulq	184(%rsp), %r14
	movq	456(%rsp), %rax
	leaq	(%rax,%r14), %r15
	addq	408(%rsp), %r14
	movq	872(%rsp), %rax
	movq	%rax, 144(%rsp)
	movq	$0, 56(%rsp)
	movq	296(%rsp), %rsi
	xorl	%edx, %edx
	movq	128(%rsp), %r10
	jmp	.LBB13_364
	.p2align	4
.LBB13_389:
	movq	616(%rsp), %rax
	movq	112(%rsp), %rsi
	addq	%rax, %rsi
	movq	192(%rsp), %rdx
	addq	$12, %rdx
	movq	48(%rsp), %rbx
	addq	$-12, %rbx
	addq	$96, 152(%rsp)
	addq	%rax, 144(%rsp)
	addq	$96, 168(%rsp)
	movq	1008(%rsp), %rax
	movq	120(%rsp), %r15
	addq	%rax, %r15
	movq	96(%rsp), %r14
	addq	%rax, %r14
	movq	56(%rsp), %rax
	cmpq	176(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 56(%rsp)
	movq	336(%rsp), %r12
	je	.LBB13_452
.LBB13_364:
	movq	%rbx, 48(%rsp)
	cmpq	$12, %rbx
	movl	$12, %ecx
	cmovlq	%rbx, %rcx
	cmpq	$2, %rbx
	movl	$1, %r11d
	cmovgeq	%rbx, %r11
	cmpq	$12, %r11
	movl	$12, %eax
	cmovgeq	%rax, %r11
	movq	%r11, 32(%rsp)
	movq	88(%rsp), %r11
	subq	%rdx, %r11
	cmpq	$12, %r11
	cmovlq	%r11, %rax
	cmpb	$0, 31(%rsp)
	movq	%r11, 64(%rsp)
	movq	%r14, 96(%rsp)
	movq	%r15, 120(%rsp)
	movq	%rsi, 112(%rsp)
	movq	%rdx, 192(%rsp)
	je	.LBB13_378
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r11, %r11
	movq	416(%rsp), %rbx
	jle	.LBB13_375
	movq	%r14, %rdx
	movq	%r15, %rdi
	xorl	%r8d, %r8d
	movq	344(%rsp), %r14
	jmp	.LBB13_367
	.p2align	4
.LBB13_373:
	incq	%r8
	movq	184(%rsp), %r9
	addq	%r9, %rdi
	addq	$8, %rsi
	addq	%r9, %rdx
	cmpq	32(%rsp), %r8
	je	.LBB13_374
.LBB13_367:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_373
	cmpq	$3, 160(%rsp)
	jae	.LBB13_391
	xorl	%r9d, %r9d
	jmp	.LBB13_370
	.p2align	4
.LBB13_391:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	.p2align	4
.LBB13_392:
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
	cmpq	%r9, %r14
	jne	.LBB13_392
.LBB13_370:
	testq	%rbx, %rbx
	je	.LBB13_373
	leaq	(%r9,%r9,2), %r10
	shlq	$5, %r10
	addq	%rsi, %r10
	leaq	(%rdx,%r9,8), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB13_372:
	movsd	(%r9,%r11,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%r11
	addq	$96, %r10
	cmpq	%r11, %rbx
	jne	.LBB13_372
	jmp	.LBB13_373
	.p2align	4
.LBB13_378:
	testq	%rdi, %rdi
	jle	.LBB13_389
	movq	32(%rsp), %r14
	movl	%r14d, %r15d
	andl	$3, %r15d
	shll	$3, %r15d
	andl	$12, %r14d
	movq	56(%rsp), %rax
	imulq	616(%rsp), %rax
	addq	296(%rsp), %rax
	movq	%rax, 72(%rsp)
	movq	168(%rsp), %rax
	movq	%rax, 40(%rsp)
	movq	112(%rsp), %rax
	movq	%rax, 80(%rsp)
	movq	144(%rsp), %rbx
	movq	152(%rsp), %r13
	xorl	%r12d, %r12d
	jmp	.LBB13_380
	.p2align	4
.LBB13_381:
	xorl	%eax, %eax
.LBB13_387:
	leaq	(%r12,%r12,2), %rcx
	shlq	$5, %rcx
	addq	72(%rsp), %rcx
	leaq	(,%rax,8), %rsi
	movl	$96, %edx
	subq	%rsi, %rdx
	leaq	(%rcx,%rax,8), %rdi
	xorl	%esi, %esi
	callq	memset@PLT
	movq	64(%rsp), %r11
	movq	16(%rsp), %rdi
	movq	240(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	128(%rsp), %r10
	movq	104(%rsp), %r9
.LBB13_388:
	incq	%r12
	movq	184(%rsp), %rax
	addq	%rax, %r13
	addq	$96, %rbx
	addq	$96, 80(%rsp)
	addq	%rax, 40(%rsp)
	cmpq	%rdi, %r12
	je	.LBB13_389
.LBB13_380:
	testq	%r11, %r11
	jle	.LBB13_381
	movq	48(%rsp), %rsi
	xorl	%eax, %eax
	cmpq	$4, %rsi
	jl	.LBB13_383
	.p2align	4
.LBB13_390:
	movsd	-24(%r13,%rax,8), %xmm0
	movsd	%xmm0, -24(%rbx,%rax,8)
	movsd	-16(%r13,%rax,8), %xmm0
	movsd	%xmm0, -16(%rbx,%rax,8)
	movsd	-8(%r13,%rax,8), %xmm0
	movsd	%xmm0, -8(%rbx,%rax,8)
	movsd	(%r13,%rax,8), %xmm0
	movsd	%xmm0, (%rbx,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r14
	jne	.LBB13_390
.LBB13_383:
	testb	$3, 32(%rsp)
	je	.LBB13_386
	movq	80(%rsp), %rcx
	leaq	(%rcx,%rax,8), %rcx
	movq	40(%rsp), %rdx
	leaq	(%rdx,%rax,8), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB13_385:
	movsd	(%rax,%rdx), %xmm0
	movsd	%xmm0, (%rcx,%rdx)
	addq	$8, %rdx
	cmpq	%rdx, %r15
	jne	.LBB13_385
.LBB13_386:
	movq	32(%rsp), %rax
	cmpq	$11, %rsi
	jle	.LBB13_387
	jmp	.LBB13_388
	.p2align	4
.LBB13_374:
	cmpq	$12, 64(%rsp)
	movq	104(%rsp), %r9
	movq	128(%rsp), %r10
	movq	240(%rsp), %r8
	movq	16(%rsp), %rdi
	jl	.LBB13_375
	jmp	.LBB13_389
	.p2align	4
.LBB13_397:
	addq	$8, %rcx
	cmpq	$11, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_389
.LBB13_375:
	testq	%rdi, %rdi
	movq	560(%rsp), %rbx
	jle	.LBB13_397
	cmpq	$3, 160(%rsp)
	jae	.LBB13_398
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_395
	jmp	.LBB13_397
	.p2align	4
.LBB13_398:
	movq	%r9, %r11
	movq	%r10, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	312(%rsp), %r10
	.p2align	4
.LBB13_399:
	movq	$0, (%rsi)
	movq	$0, 96(%rsi)
	movq	$0, 192(%rsi)
	movq	$0, 288(%rsi)
	addq	$-4, %rdx
	addq	$384, %rsi
	cmpq	%rdx, %r10
	jne	.LBB13_399
	negq	%rdx
	movq	%r9, %r10
	movq	%r11, %r9
	testb	$3, %dil
	je	.LBB13_397
.LBB13_395:
	leaq	(%rdx,%rdx,2), %rdx
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_396:
	movq	$0, (%rdx,%rsi)
	addq	$96, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_396
	jmp	.LBB13_397
.LBB13_400:
	movq	184(%rsp), %rbx
	imulq	%rdx, %rbx
	movq	936(%rsp), %rcx
	leaq	(%rcx,%rdx,8), %rax
	movq	%rax, 208(%rsp)
	movq	952(%rsp), %rax
	leaq	(%rax,%rdx,8), %rax
	movq	%rax, 256(%rsp)
	movq	408(%rsp), %rax
	leaq	(%rax,%rbx), %rdx
	movq	912(%rsp), %rax
	addq	%rbx, %rax
	movq	%rax, 320(%rsp)
	leaq	(,%rsi,8), %rax
	leaq	(%rax,%r10,8), %rsi
	movq	960(%rsp), %rax
	addq	%rsi, %rax
	movq	%rax, 144(%rsp)
	addq	%rcx, %rsi
	movq	%rsi, 152(%rsp)
	addq	904(%rsp), %rbx
	movq	%rbx, 168(%rsp)
	movq	%rdx, 248(%rsp)
	movq	%rdx, 176(%rsp)
	movq	296(%rsp), %rax
	movq	%rax, 112(%rsp)
	movq	848(%rsp), %rax
	movq	%rax, 120(%rsp)
	movq	$0, 192(%rsp)
	movq	88(%rsp), %rax
	xorl	%ecx, %ecx
	movq	128(%rsp), %r10
	jmp	.LBB13_401
	.p2align	4
.LBB13_451:
	movq	624(%rsp), %rax
	addq	%rax, 112(%rsp)
	movq	56(%rsp), %rcx
	addq	%r9, %rcx
	incq	192(%rsp)
	addq	%rax, 120(%rsp)
	movq	328(%rsp), %rax
	addq	%rax, 144(%rsp)
	addq	%rax, 152(%rsp)
	movq	1016(%rsp), %rax
	addq	%rax, 168(%rsp)
	addq	%rax, 176(%rsp)
	cmpq	88(%rsp), %rcx
	movq	336(%rsp), %r12
	movq	72(%rsp), %rax
	jge	.LBB13_452
.LBB13_401:
	movq	%rax, %r11
	subq	%r9, %rax
	movq	%rax, 72(%rsp)
	cmovgeq	%r9, %r11
	movq	88(%rsp), %rdx
	movq	%rcx, 56(%rsp)
	subq	%rcx, %rdx
	cmpq	%r9, %rdx
	movq	%r9, %rax
	cmovlq	%rdx, %rax
	cmpb	$0, 31(%rsp)
	movq	%rax, 80(%rsp)
	movq	%r11, 40(%rsp)
	je	.LBB13_407
	movq	%rdx, 32(%rsp)
	testq	%rax, %rax
	movq	640(%rsp), %r13
	jle	.LBB13_425
	movq	1000(%rsp), %rcx
	movq	192(%rsp), %rax
	imulq	%rax, %rcx
	movq	296(%rsp), %rdx
	addq	%rcx, %rdx
	addq	984(%rsp), %rcx
	leaq	(%rcx,%r11,8), %rcx
	movq	184(%rsp), %r9
	movq	%r9, %rsi
	imulq	%rax, %rsi
	movq	248(%rsp), %rax
	leaq	(%rax,%rsi), %rdi
	addq	320(%rsp), %rsi
	leaq	-1(%r11), %r8
	imulq	%r9, %r8
	addq	%rsi, %r8
	testq	%r9, %r9
	sets	%sil
	cmpq	%r8, %rdx
	setb	%dl
	cmpq	%rcx, %rdi
	setb	%cl
	andb	%dl, %cl
	orb	%sil, %cl
	orb	207(%rsp), %cl
	movq	176(%rsp), %rdx
	movq	112(%rsp), %rsi
	movq	168(%rsp), %rdi
	movq	120(%rsp), %r8
	xorl	%r9d, %r9d
	jmp	.LBB13_404
	.p2align	4
.LBB13_439:
	incq	%r9
	addq	$8, %r8
	movq	184(%rsp), %r10
	addq	%r10, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	movq	40(%rsp), %r11
	cmpq	%r11, %r9
	je	.LBB13_425
.LBB13_404:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_439
	testb	$1, %cl
	je	.LBB13_430
	xorl	%r11d, %r11d
	movq	16(%rsp), %rax
	jmp	.LBB13_433
	.p2align	4
.LBB13_430:
	xorl	%r10d, %r10d
	movq	344(%rsp), %rbx
	.p2align	4
.LBB13_431:
	movupd	-16(%rdi,%r10,8), %xmm0
	movupd	(%rdi,%r10,8), %xmm1
	movupd	%xmm0, -16(%r8,%r10,8)
	movupd	%xmm1, (%r8,%r10,8)
	addq	$4, %r10
	cmpq	%r10, %rbx
	jne	.LBB13_431
	movq	%rbx, %r11
	movq	16(%rsp), %rax
	cmpq	%rbx, %rax
	je	.LBB13_439
.LBB13_433:
	movq	%r11, %r10
	testb	$3, %al
	movq	328(%rsp), %r15
	je	.LBB13_436
	movq	%r15, %rbx
	imulq	%r11, %rbx
	addq	%rsi, %rbx
	movq	416(%rsp), %r14
	movq	%r11, %r10
	.p2align	4
.LBB13_435:
	movsd	(%rdx,%r10,8), %xmm0
	movsd	%xmm0, (%rbx)
	incq	%r10
	addq	%r15, %rbx
	decq	%r14
	jne	.LBB13_435
.LBB13_436:
	movq	16(%rsp), %rax
	subq	%rax, %r11
	cmpq	$-4, %r11
	ja	.LBB13_439
	leaq	3(%r10), %r11
	movq	328(%rsp), %r12
	imulq	%r12, %r11
	movq	%r12, %rbx
	imulq	%r10, %rbx
	leaq	2(%r10), %r14
	imulq	%r12, %r14
	leaq	1(%r10), %r15
	imulq	%r12, %r15
	movq	%rsi, %r12
	.p2align	4
.LBB13_438:
	movsd	-16(%rdi,%r10,8), %xmm0
	movsd	%xmm0, (%r12,%rbx)
	movsd	-8(%rdi,%r10,8), %xmm0
	movsd	%xmm0, (%r12,%r15)
	movsd	(%rdi,%r10,8), %xmm0
	movsd	%xmm0, (%r12,%r14)
	movsd	8(%rdi,%r10,8), %xmm0
	movsd	%xmm0, (%r12,%r11)
	addq	$4, %r10
	addq	%r13, %r12
	cmpq	%r10, %rax
	jne	.LBB13_438
	jmp	.LBB13_439
	.p2align	4
.LBB13_407:
	testq	%rdi, %rdi
	jle	.LBB13_451
	movl	%r11d, %eax
	andl	$3, %eax
	shll	$3, %eax
	movq	%rax, 96(%rsp)
	movq	%r11, %r13
	andq	$-4, %r13
	movq	624(%rsp), %rsi
	movq	192(%rsp), %rdx
	imulq	%rdx, %rsi
	movq	992(%rsp), %rax
	addq	%rsi, %rax
	leaq	(%rax,%r11,8), %rax
	movq	328(%rsp), %rcx
	imulq	%rdx, %rcx
	movq	208(%rsp), %rdx
	addq	%rcx, %rdx
	addq	256(%rsp), %rcx
	leaq	(%rcx,%r11,8), %rcx
	addq	296(%rsp), %rsi
	movq	%rsi, 64(%rsp)
	movq	112(%rsp), %r15
	cmpq	%rcx, %r15
	setb	%cl
	cmpq	%rax, %rdx
	movq	80(%rsp), %rdx
	setb	%al
	andb	%cl, %al
	orb	206(%rsp), %al
	movb	%al, 48(%rsp)
	movq	152(%rsp), %rbx
	movq	144(%rsp), %r14
	movq	120(%rsp), %r12
	movq	$0, 32(%rsp)
	jmp	.LBB13_409
	.p2align	4
.LBB13_422:
	movq	32(%rsp), %rsi
	incq	%rsi
	movq	328(%rsp), %rcx
	addq	%rcx, %r12
	movq	184(%rsp), %rax
	addq	%rax, %r14
	addq	%rcx, %r15
	addq	%rax, %rbx
	movq	%rsi, 32(%rsp)
	cmpq	%rdi, %rsi
	je	.LBB13_451
.LBB13_409:
	testq	%rdx, %rdx
	jle	.LBB13_410
	cmpq	$8, %r11
	setb	%al
	orb	48(%rsp), %al
	testb	$1, %al
	je	.LBB13_413
	xorl	%ecx, %ecx
	jmp	.LBB13_416
	.p2align	4
.LBB13_410:
	xorl	%esi, %esi
	jmp	.LBB13_420
	.p2align	4
.LBB13_413:
	xorl	%eax, %eax
	.p2align	4
.LBB13_414:
	movupd	-16(%r14,%rax,8), %xmm0
	movupd	(%r14,%rax,8), %xmm1
	movupd	%xmm0, -16(%r12,%rax,8)
	movupd	%xmm1, (%r12,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r13
	jne	.LBB13_414
	movq	%r13, %rcx
	movq	%r11, %rsi
	cmpq	%r13, %r11
	je	.LBB13_420
.LBB13_416:
	movq	%rcx, %rax
	testb	$3, %r11b
	je	.LBB13_419
	movq	96(%rsp), %rdx
	movq	%rcx, %rax
	.p2align	4
.LBB13_418:
	movsd	(%rbx,%rax,8), %xmm0
	movsd	%xmm0, (%r15,%rax,8)
	incq	%rax
	addq	$-8, %rdx
	jne	.LBB13_418
.LBB13_419:
	subq	%r11, %rcx
	movq	%r11, %rsi
	cmpq	$-4, %rcx
	movq	80(%rsp), %rdx
	ja	.LBB13_420
	.p2align	4
.LBB13_423:
	movsd	(%rbx,%rax,8), %xmm0
	movsd	%xmm0, -16(%r12,%rax,8)
	movsd	8(%rbx,%rax,8), %xmm0
	movsd	%xmm0, -8(%r12,%rax,8)
	movsd	16(%rbx,%rax,8), %xmm0
	movsd	%xmm0, (%r12,%rax,8)
	movsd	24(%rbx,%rax,8), %xmm0
	movsd	%xmm0, 8(%r12,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r11
	jne	.LBB13_423
	movq	%r11, %rsi
.LBB13_420:
	cmpq	%r9, %rsi
	jge	.LBB13_422
	movq	32(%rsp), %rax
	movq	328(%rsp), %rdx
	imulq	%rdx, %rax
	addq	64(%rsp), %rax
	leaq	(%rax,%rsi,8), %rdi
	shlq	$3, %rsi
	subq	%rsi, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	40(%rsp), %r11
	movq	80(%rsp), %rdx
	movq	16(%rsp), %rdi
	movq	240(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	128(%rsp), %r10
	movq	104(%rsp), %r9
	jmp	.LBB13_422
	.p2align	4
.LBB13_425:
	movq	104(%rsp), %r9
	cmpq	%r9, 32(%rsp)
	movq	128(%rsp), %r10
	movq	240(%rsp), %r8
	movq	16(%rsp), %rdi
	movq	80(%rsp), %rbx
	jge	.LBB13_451
	movq	112(%rsp), %rax
	leaq	(%rax,%r11,8), %rax
	jmp	.LBB13_427
	.p2align	4
.LBB13_450:
	incq	%rbx
	addq	$8, %rax
	movq	104(%rsp), %r9
	cmpq	%r9, %rbx
	movq	240(%rsp), %r8
	movq	16(%rsp), %rdi
	movq	%r11, %r10
	jge	.LBB13_451
.LBB13_427:
	movq	%r10, %r11
	testq	%rdi, %rdi
	movq	640(%rsp), %r10
	movq	328(%rsp), %r9
	movq	344(%rsp), %rsi
	jle	.LBB13_450
	cmpb	$0, 544(%rsp)
	je	.LBB13_429
	xorl	%ecx, %ecx
	.p2align	4
.LBB13_441:
	movups	%xmm10, (%rax,%rcx,8)
	movups	%xmm10, 16(%rax,%rcx,8)
	addq	$4, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB13_441
	movq	%rsi, %rdx
	cmpq	%rsi, 16(%rsp)
	je	.LBB13_450
	jmp	.LBB13_443
	.p2align	4
.LBB13_429:
	xorl	%edx, %edx
.LBB13_443:
	movq	%rdx, %rcx
	movq	16(%rsp), %rdi
	testb	$3, %dil
	je	.LBB13_447
	movq	%r9, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	512(%rsp), %r8
	.p2align	4
.LBB13_445:
	movq	$0, (%rcx)
	decq	%rsi
	addq	%r9, %rcx
	cmpq	%rsi, %r8
	jne	.LBB13_445
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB13_447:
	subq	%rdi, %rdx
	cmpq	$-4, %rdx
	ja	.LBB13_450
	movq	16(%rsp), %rdx
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
.LBB13_449:
	movq	$0, (%r9,%rcx)
	movq	$0, (%r9,%r8)
	movq	$0, (%r9,%rdi)
	movq	$0, (%r9,%rsi)
	addq	%r10, %r9
	addq	$-4, %rdx
	jne	.LBB13_449
	jmp	.LBB13_450
	.p2align	4
.LBB13_452:
	movq	472(%rsp), %rsi
	testq	%rsi, %rsi
	movq	216(%rsp), %rcx
	jle	.LBB13_459
	movq	48(%rbp), %rax
	movq	224(%rsp), %rcx
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, 536(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, 528(%rsp)
	movq	632(%rsp), %r13
	movq	968(%rsp), %r12
	movq	976(%rsp), %rax
	movq	%rax, 32(%rsp)
	movq	$0, 464(%rsp)
	movq	%rsi, %rdx
	xorl	%r11d, %r11d
	jmp	.LBB13_454
	.p2align	4
.LBB13_493:
	movq	144(%rsp), %r11
	addq	%r10, %r11
	incq	464(%rsp)
	addq	%r8, 32(%rsp)
	addq	%r8, %r12
	addq	%r8, %r13
	movq	472(%rsp), %rsi
	cmpq	%rsi, %r11
	movq	16(%rsp), %rdi
	movq	376(%rsp), %rdx
	jge	.LBB13_458
.LBB13_454:
	movq	%r11, %rax
	movq	480(%rsp), %rcx
	subq	%rcx, %rax
	imulq	%rdi, %rax
	cmpq	%rcx, %r11
	movq	552(%rsp), %rcx
	movq	%r11, 144(%rsp)
	leaq	(%rcx,%r11,8), %rdi
	movq	%rdx, %r11
	movq	%r10, %rcx
	cmovlq	40(%rbp), %rcx
	movq	%rcx, 176(%rsp)
	movq	272(%rsp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, 256(%rsp)
	movq	%rdi, 208(%rsp)
	cmovlq	%rdi, %rax
	movq	%rax, 216(%rsp)
	subq	%r10, %rdx
	movq	%rdx, 376(%rsp)
	cmovgeq	%r10, %r11
	movq	232(%rsp), %rsi
	testq	%rsi, %rsi
	jle	.LBB13_493
	movl	%r11d, %eax
	andl	$3, %eax
	movq	%rax, 72(%rsp)
	movq	%r11, %rax
	andq	$-4, %rax
	movq	%rax, 96(%rsp)
	movq	%r11, %rax
	andq	$-2, %rax
	movq	%rax, 80(%rsp)
	leaq	(,%r11,8), %rax
	movq	%rax, 248(%rsp)
	imulq	464(%rsp), %r8
	movq	632(%rsp), %rcx
	addq	%rcx, %r8
	movq	%r8, 320(%rsp)
	leaq	(%r8,%r11,8), %rax
	movq	%rax, 384(%rsp)
	movq	472(%rsp), %rax
	movq	144(%rsp), %rdi
	subq	%rdi, %rax
	cmpq	%rax, %r10
	movq	%rax, 120(%rsp)
	cmovlq	%r10, %rax
	movq	%rax, 48(%rsp)
	movq	1072(%rsp), %rax
	leaq	(%rax,%rdi,8), %rax
	movq	%rax, 192(%rsp)
	movq	520(%rsp), %rax
	addq	%rdi, %rax
	imulq	56(%rbp), %rax
	movq	536(%rsp), %rdx
	leaq	(%rdx,%rax,8), %rax
	movq	%rax, 168(%rsp)
	leaq	(%rcx,%rdi,8), %rax
	movq	%rax, 152(%rsp)
	movq	528(%rsp), %rbx
	movq	%rsi, %rax
	xorl	%ecx, %ecx
	movq	%r11, 40(%rsp)
	jmp	.LBB13_456
	.p2align	4
.LBB13_492:
	movq	104(%rsp), %rax
	movq	56(%rsp), %rcx
	addq	%rax, %rcx
	movq	328(%rsp), %r15
	addq	%r15, %rbx
	movq	232(%rsp), %rsi
	cmpq	%rsi, %rcx
	movq	%r9, %r10
	movq	%rax, %r9
	movq	88(%rsp), %rax
	jge	.LBB13_493
.LBB13_456:
	movq	%rax, %r14
	cmpq	%r10, 120(%rsp)
	setge	%dl
	subq	%r9, %rax
	movq	%rax, 88(%rsp)
	cmovgeq	%r9, %r14
	subq	%rcx, %rsi
	cmpq	%rsi, %r9
	movq	%rsi, %rax
	cmovlq	%r9, %rax
	movq	%rax, 64(%rsp)
	movq	224(%rsp), %rax
	movq	%r9, %r11
	movq	%rcx, %r9
	addq	%rax, %rcx
	movq	%rcx, %rax
	movq	56(%rbp), %rdi
	imulq	%rdi, %rax
	cmpl	$0, 64(%rbp)
	movq	%r10, %rdi
	sete	%r10b
	movq	168(%rsp), %r8
	leaq	(%r8,%r9,8), %r15
	movq	192(%rsp), %r8
	leaq	(%r8,%rax,8), %rax
	cmoveq	%rax, %r15
	movq	%r11, %r8
	cmpq	%r11, %rsi
	setge	%sil
	andb	%dl, %r10b
	andb	%sil, %r10b
	leaq	1088(%rsp), %rdx
	cmoveq	%rdx, %rax
	movq	%rdi, %r11
	cmovneq	56(%rbp), %r11
	movzbl	15(%rsp), %edx
	movb	%r10b, 112(%rsp)
	andb	%r10b, %dl
	movzbl	%dl, %r10d
	movq	%r9, 56(%rsp)
	subq	304(%rsp), %r9
	jge	.LBB13_461
	movq	648(%rsp), %rdx
	imulq	%rdx, %rcx
	movq	280(%rsp), %rsi
	leaq	(%rsi,%rcx,8), %rsi
	subq	$8, %rsp
	movq	24(%rsp), %rdi
	movq	584(%rsp), %rcx
	movq	224(%rsp), %r8
	movq	184(%rsp), %r9
	jmp	.LBB13_463
	.p2align	4
.LBB13_461:
	movq	16(%rsp), %rdi
	imulq	%rdi, %r9
	movq	296(%rsp), %rcx
	leaq	(%rcx,%r9,8), %rsi
	movq	144(%rsp), %rcx
	cmpq	480(%rsp), %rcx
	jge	.LBB13_464
	subq	$8, %rsp
	movl	$1, %edx
	movq	%r8, %rcx
	movq	216(%rsp), %r8
	movq	40(%rbp), %r9
.LBB13_463:
	pushq	%r10
	pushq	%r11
	pushq	%rax
	movq	320(%rsp), %rax
	callq	*40(%rax)
	addq	$32, %rsp
	jmp	.LBB13_465
	.p2align	4
.LBB13_464:
	movq	256(%rsp), %rdx
	movq	%rax, %rcx
	movq	%r11, %r8
	movl	%r10d, %r9d
	movq	288(%rsp), %rax
	callq	*32(%rax)
.LBB13_465:
	cmpb	$0, 112(%rsp)
	movq	128(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	1080(%rsp), %r10
	movq	240(%rsp), %r8
	movzbl	15(%rsp), %edi
	movq	40(%rsp), %r11
	je	.LBB13_481
	cmpq	$0, 352(%rsp)
	je	.LBB13_492
	cmpq	$0, 64(%rsp)
	jle	.LBB13_492
	leaq	-1(%r14), %rax
	imulq	%r10, %rax
	testq	%r10, %r10
	sets	%cl
	movq	248(%rsp), %rdx
	addq	%r15, %rdx
	addq	%rdx, %rax
	cmpq	384(%rsp), %r15
	setb	%dl
	cmpq	%rax, 320(%rsp)
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	leaq	16(%r15), %rcx
	xorl	%edx, %edx
	jmp	.LBB13_469
	.p2align	4
.LBB13_479:
	incq	%rdx
	addq	%r10, %rcx
	addq	%r10, %r15
	cmpq	%r14, %rdx
	je	.LBB13_492
.LBB13_469:
	cmpq	$0, 48(%rsp)
	jle	.LBB13_479
	cmpq	$4, %r11
	setb	%sil
	orb	%al, %sil
	testb	$1, %sil
	je	.LBB13_472
	xorl	%edi, %edi
	jmp	.LBB13_475
	.p2align	4
.LBB13_472:
	xorl	%esi, %esi
	movq	96(%rsp), %rdi
	.p2align	4
.LBB13_473:
	movupd	-16(%r12,%rsi,8), %xmm0
	movupd	(%r12,%rsi,8), %xmm1
	movupd	-16(%rcx,%rsi,8), %xmm2
	addpd	%xmm0, %xmm2
	movupd	(%rcx,%rsi,8), %xmm0
	addpd	%xmm1, %xmm0
	movupd	%xmm2, -16(%rcx,%rsi,8)
	movupd	%xmm0, (%rcx,%rsi,8)
	addq	$4, %rsi
	cmpq	%rsi, %rdi
	jne	.LBB13_473
	cmpq	%rdi, %r11
	je	.LBB13_479
.LBB13_475:
	movq	%rdi, %rsi
	testb	$3, %r11b
	je	.LBB13_478
	movq	72(%rsp), %r8
	movq	%rdi, %rsi
	.p2align	4
.LBB13_477:
	movsd	(%r13,%rsi,8), %xmm0
	addsd	(%r15,%rsi,8), %xmm0
	movsd	%xmm0, (%r15,%rsi,8)
	incq	%rsi
	decq	%r8
	jne	.LBB13_477
.LBB13_478:
	subq	%r11, %rdi
	cmpq	$-4, %rdi
	movq	240(%rsp), %r8
	ja	.LBB13_479
	.p2align	4
.LBB13_480:
	movsd	(%r13,%rsi,8), %xmm0
	addsd	-16(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, -16(%rcx,%rsi,8)
	movsd	8(%r13,%rsi,8), %xmm0
	addsd	-8(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, -8(%rcx,%rsi,8)
	movsd	16(%r13,%rsi,8), %xmm0
	addsd	(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, (%rcx,%rsi,8)
	movsd	24(%r13,%rsi,8), %xmm0
	addsd	8(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, 8(%rcx,%rsi,8)
	addq	$4, %rsi
	cmpq	%rsi, %r11
	jne	.LBB13_480
	jmp	.LBB13_479
	.p2align	4
.LBB13_481:
	cmpl	$0, 64(%rbp)
	je	.LBB13_494
	cmpq	$0, 48(%rsp)
	jle	.LBB13_492
	leaq	1088(%rsp), %rax
	xorl	%ecx, %ecx
	jmp	.LBB13_484
	.p2align	4
.LBB13_491:
	incq	%rcx
	addq	%r10, %r15
	addq	$8, %rax
	cmpq	%r11, %rcx
	je	.LBB13_492
.LBB13_484:
	cmpq	$0, 64(%rsp)
	jle	.LBB13_491
	movq	%rax, %rdx
	xorl	%esi, %esi
	jmp	.LBB13_486
	.p2align	4
.LBB13_490:
	movsd	%xmm0, (%r15,%rsi,8)
	incq	%rsi
	addq	%r8, %rdx
	cmpq	%rsi, %r14
	je	.LBB13_491
.LBB13_486:
	movsd	(%rdx), %xmm0
	cmpq	$0, 352(%rsp)
	je	.LBB13_488
	addsd	(%rbx,%rsi,8), %xmm0
.LBB13_488:
	testb	%dil, %dil
	je	.LBB13_490
	addsd	(%r15,%rsi,8), %xmm0
	jmp	.LBB13_490
.LBB13_494:
	cmpq	$0, 64(%rsp)
	jle	.LBB13_492
	leaq	8(%r15), %rax
	leaq	1096(%rsp), %rcx
	xorl	%edx, %edx
	jmp	.LBB13_496
	.p2align	4
.LBB13_503:
	movsd	%xmm0, (%rdi,%rsi,8)
	movzbl	15(%rsp), %edi
.LBB13_504:
	incq	%rdx
	addq	%r8, %rcx
	addq	%r10, %rax
	cmpq	%r14, %rdx
	je	.LBB13_492
.LBB13_496:
	cmpq	$0, 48(%rsp)
	jle	.LBB13_504
	xorl	%esi, %esi
	cmpq	$1, %r11
	jne	.LBB13_505
.LBB13_498:
	testb	$1, %r11b
	je	.LBB13_504
	movq	%rdx, %rdi
	imulq	%r9, %rdi
	addq	%rsi, %rdi
	movsd	1088(%rsp,%rdi,8), %xmm0
	cmpq	$0, 352(%rsp)
	je	.LBB13_501
	movq	152(%rsp), %rdi
	addsd	(%rdi,%rsi,8), %xmm0
.LBB13_501:
	movq	%rdx, %rdi
	imulq	56(%rbp), %rdi
	leaq	(%r15,%rdi,8), %rdi
	cmpb	$0, 15(%rsp)
	je	.LBB13_503
	addsd	(%rdi,%rsi,8), %xmm0
	jmp	.LBB13_503
	.p2align	4
.LBB13_513:
	movsd	%xmm0, (%rax,%rsi,8)
	addq	$2, %rsi
	cmpq	%rsi, 80(%rsp)
	je	.LBB13_498
.LBB13_505:
	movsd	-8(%rcx,%rsi,8), %xmm0
	cmpq	$0, 352(%rsp)
	je	.LBB13_507
	movq	32(%rsp), %r11
	addsd	-8(%r11,%rsi,8), %xmm0
.LBB13_507:
	testb	%dil, %dil
	je	.LBB13_509
	addsd	-8(%rax,%rsi,8), %xmm0
.LBB13_509:
	movsd	%xmm0, -8(%rax,%rsi,8)
	movsd	(%rcx,%rsi,8), %xmm0
	cmpq	$0, 352(%rsp)
	je	.LBB13_511
	movq	32(%rsp), %r11
	addsd	(%r11,%rsi,8), %xmm0
.LBB13_511:
	movq	40(%rsp), %r11
	testb	%dil, %dil
	je	.LBB13_513
	addsd	(%rax,%rsi,8), %xmm0
	jmp	.LBB13_513
	.p2align	4
.LBB13_31:
	cmpl	$8, %r10d
	movq	448(%rsp), %r12
	je	.LBB13_49
	cmpl	$16, %r10d
	movq	16(%rsp), %r14
	je	.LBB13_98
	cmpl	$32, %r10d
	jne	.LBB13_173
	movq	%r14, %r8
	shlq	$8, %r8
	movq	88(%rsp), %r10
	leaq	-1(%r10), %rax
	shrq	$5, %rax
	movq	%rax, 320(%rsp)
	movq	136(%rsp), %rdi
	movq	%rdi, %rax
	imulq	%r12, %rax
	leaq	(%r12,%r14), %rcx
	leaq	-8(,%rcx,8), %rcx
	imulq	40(%rbp), %rcx
	movq	32(%rbp), %rsi
	leaq	(%rsi,%rax), %rdx
	leaq	(%rdx,%r15,8), %rdx
	movq	%rdx, 376(%rsp)
	addq	%rsi, %rcx
	leaq	(%rcx,%r15,8), %rcx
	movq	%rcx, 368(%rsp)
	movl	%r14d, %edx
	andl	$3, %edx
	movq	%r14, %rbx
	movabsq	$9223372036854775804, %rcx
	andq	%rcx, %rbx
	movq	%rdi, %rcx
	imulq	%r15, %rcx
	leaq	(%rcx,%r12,8), %r13
	movq	496(%rsp), %rcx
	addq	%r13, %rcx
	addq	%rsi, %r13
	movq	%rbx, 312(%rsp)
	movq	%rbx, %rsi
	movq	%rcx, %rbx
	negq	%rsi
	movq	%rdx, 384(%rsp)
	movl	%edx, %r12d
	shll	$8, %r12d
	leaq	(%rax,%r15,8), %rcx
	addq	704(%rsp), %rcx
	movq	%rcx, 280(%rsp)
	leaq	(%rax,%r11,8), %rcx
	movq	504(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 208(%rsp)
	addq	440(%rsp), %rcx
	movq	%rcx, 160(%rsp)
	leaq	-1(%r14), %rax
	movq	%rax, 40(%rsp)
	movq	744(%rsp), %rax
	movq	%r8, 216(%rsp)
	addq	%r8, %rax
	movq	%rax, 360(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 256(%rsp)
	movq	712(%rsp), %rax
	movq	%rax, 248(%rsp)
	movq	720(%rsp), %r14
	movq	$0, 232(%rsp)
	movq	%rsi, %rdi
	movq	272(%rsp), %rsi
	xorl	%edx, %edx
	movzbl	15(%rsp), %r8d
	movq	%rdi, 96(%rsp)
	jmp	.LBB13_35
	.p2align	4
.LBB13_172:
	movq	216(%rsp), %rcx
	movq	120(%rsp), %rsi
	addq	%rcx, %rsi
	movq	304(%rsp), %rdx
	addq	$32, %rdx
	movq	64(%rsp), %r10
	addq	$-32, %r10
	movq	896(%rsp), %rax
	movq	168(%rsp), %rbx
	addq	%rax, %rbx
	movq	224(%rsp), %r14
	addq	%rcx, %r14
	movq	192(%rsp), %r13
	addq	%rax, %r13
	addq	%rcx, 248(%rsp)
	addq	$256, 280(%rsp)
	addq	%rcx, 256(%rsp)
	addq	$256, 208(%rsp)
	addq	$256, 160(%rsp)
	movq	232(%rsp), %rax
	cmpq	320(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 232(%rsp)
	je	.LBB13_27
.LBB13_35:
	movq	%r10, 64(%rsp)
	cmpq	$2, %r10
	movl	$1, %r11d
	cmovgeq	%r10, %r11
	cmpq	$32, %r11
	movl	$32, %eax
	cmovgeq	%rax, %r11
	cmpq	$32, %r10
	movl	$32, %ecx
	cmovlq	%r10, %rcx
	movq	88(%rsp), %r10
	subq	%rdx, %r10
	cmpq	$32, %r10
	cmovlq	%r10, %rax
	cmpl	$0, 268(%rsp)
	movq	%r11, 32(%rsp)
	movq	%r10, 48(%rsp)
	movq	%r13, 192(%rsp)
	movq	%rbx, 168(%rsp)
	movq	%r14, 224(%rsp)
	movq	%rsi, 120(%rsp)
	movq	%rdx, 304(%rsp)
	je	.LBB13_152
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r10, %r10
	jle	.LBB13_46
	movq	%r13, %rdx
	movq	%r14, %rdi
	movq	%rbx, %r8
	xorl	%r9d, %r9d
	movq	384(%rsp), %r14
	movq	312(%rsp), %r15
	jmp	.LBB13_38
	.p2align	4
.LBB13_44:
	incq	%r9
	movq	136(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	32(%rsp), %r9
	je	.LBB13_45
.LBB13_38:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_44
	cmpq	$3, 40(%rsp)
	jae	.LBB13_143
	xorl	%r10d, %r10d
	jmp	.LBB13_41
	.p2align	4
.LBB13_143:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB13_144:
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
	jne	.LBB13_144
.LBB13_41:
	testq	%r14, %r14
	je	.LBB13_44
	leaq	(%rdx,%r10,8), %r11
	shlq	$8, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_43:
	movsd	(%r11,%rbx,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%rbx
	addq	$256, %r10
	cmpq	%rbx, %r14
	jne	.LBB13_43
	jmp	.LBB13_44
	.p2align	4
.LBB13_45:
	cmpq	$32, 48(%rsp)
	movq	104(%rsp), %r9
	movzbl	15(%rsp), %r8d
	movq	96(%rsp), %rdi
	jl	.LBB13_46
	jmp	.LBB13_172
	.p2align	4
.LBB13_149:
	addq	$8, %rcx
	cmpq	$31, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_172
.LBB13_46:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_149
	cmpq	$3, 40(%rsp)
	jae	.LBB13_150
	xorl	%edx, %edx
	testb	$3, 16(%rsp)
	jne	.LBB13_147
	jmp	.LBB13_149
	.p2align	4
.LBB13_150:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB13_151:
	movq	$0, (%rsi)
	movq	$0, 256(%rsi)
	movq	$0, 512(%rsi)
	movq	$0, 768(%rsi)
	addq	$-4, %rdx
	addq	$1024, %rsi
	cmpq	%rdx, %rdi
	jne	.LBB13_151
	negq	%rdx
	testb	$3, 16(%rsp)
	je	.LBB13_149
.LBB13_147:
	shlq	$8, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_148:
	movq	$0, (%rdx,%rsi)
	addq	$256, %rsi
	cmpq	%rsi, %r12
	jne	.LBB13_148
	jmp	.LBB13_149
	.p2align	4
.LBB13_152:
	cmpq	$32, %r10
	jge	.LBB13_153
	cmpq	$0, 16(%rsp)
	jle	.LBB13_172
	movl	%r11d, %eax
	andl	$3, %eax
	movq	%rax, 176(%rsp)
	movl	%r11d, %eax
	andl	$60, %eax
	movq	%rax, 152(%rsp)
	movq	216(%rsp), %rdi
	movq	232(%rsp), %rdx
	imulq	%rdx, %rdi
	movq	360(%rsp), %rax
	addq	%rdi, %rax
	leal	(,%r11,8), %ecx
	addq	%rcx, %rax
	shlq	$8, %rdx
	movq	376(%rsp), %rsi
	addq	%rdx, %rsi
	addq	368(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$0, 136(%rsp)
	sets	%cl
	addq	272(%rsp), %rdi
	movq	%rdi, 56(%rsp)
	leaq	(,%r11,8), %rdi
	movq	%rdi, 72(%rsp)
	movq	120(%rsp), %r14
	cmpq	%rdx, %r14
	setb	%dl
	cmpq	%rax, %rsi
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	movb	%al, 112(%rsp)
	movl	%r11d, %eax
	andl	$60, %eax
	movq	%rax, 144(%rsp)
	movq	160(%rsp), %r15
	movq	208(%rsp), %rbx
	movq	256(%rsp), %r13
	xorl	%edx, %edx
	jmp	.LBB13_158
	.p2align	4
.LBB13_159:
	xorl	%esi, %esi
.LBB13_171:
	addq	%rsi, %rdi
	movl	$256, %edx
	subq	%rsi, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	32(%rsp), %r11
	movq	80(%rsp), %rdx
	incq	%rdx
	addq	$256, %r13
	movq	136(%rsp), %rax
	addq	%rax, %rbx
	addq	$256, %r14
	addq	%rax, %r15
	cmpq	16(%rsp), %rdx
	movq	104(%rsp), %r9
	xorps	%xmm10, %xmm10
	movzbl	15(%rsp), %r8d
	movq	96(%rsp), %rdi
	je	.LBB13_172
.LBB13_158:
	movq	%rdx, %rdi
	shlq	$8, %rdi
	addq	56(%rsp), %rdi
	cmpq	$0, 48(%rsp)
	movq	%rdx, 80(%rsp)
	jle	.LBB13_159
	cmpq	$6, 64(%rsp)
	setl	%al
	orb	112(%rsp), %al
	testb	$1, %al
	je	.LBB13_162
	xorl	%ecx, %ecx
	jmp	.LBB13_165
	.p2align	4
.LBB13_162:
	xorl	%eax, %eax
	movq	152(%rsp), %rcx
	.p2align	4
.LBB13_163:
	movupd	-16(%rbx,%rax,8), %xmm0
	movupd	(%rbx,%rax,8), %xmm1
	movupd	%xmm0, -16(%r13,%rax,8)
	movupd	%xmm1, (%r13,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %rcx
	jne	.LBB13_163
	movq	144(%rsp), %rax
	movq	%rax, %rcx
	movq	72(%rsp), %rsi
	cmpq	%rax, %r11
	je	.LBB13_171
.LBB13_165:
	movq	%rcx, %rax
	testb	$3, %r11b
	je	.LBB13_168
	movq	176(%rsp), %rdx
	movq	%rcx, %rax
	.p2align	4
.LBB13_167:
	movsd	(%r15,%rax,8), %xmm0
	movsd	%xmm0, (%r14,%rax,8)
	incq	%rax
	decq	%rdx
	jne	.LBB13_167
.LBB13_168:
	subq	%r11, %rcx
	movq	72(%rsp), %rsi
	cmpq	$-4, %rcx
	ja	.LBB13_171
	.p2align	4
.LBB13_169:
	movsd	(%r15,%rax,8), %xmm0
	movsd	%xmm0, -16(%r13,%rax,8)
	movsd	8(%r15,%rax,8), %xmm0
	movsd	%xmm0, -8(%r13,%rax,8)
	movsd	16(%r15,%rax,8), %xmm0
	movsd	%xmm0, (%r13,%rax,8)
	movsd	24(%r15,%rax,8), %xmm0
	movsd	%xmm0, 8(%r13,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r11
	jne	.LBB13_169
	movq	72(%rsp), %rsi
	jmp	.LBB13_171
.LBB13_153:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_172
	movq	280(%rsp), %rax
	movq	248(%rsp), %rcx
	movq	16(%rsp), %rdx
	.p2align	4
.LBB13_155:
	movsd	-248(%rax), %xmm0
	movsd	%xmm0, -248(%rcx)
	movsd	-240(%rax), %xmm0
	movsd	%xmm0, -240(%rcx)
	movsd	-232(%rax), %xmm0
	movsd	%xmm0, -232(%rcx)
	movsd	-224(%rax), %xmm0
	movsd	%xmm0, -224(%rcx)
	movsd	-216(%rax), %xmm0
	movsd	%xmm0, -216(%rcx)
	movsd	-208(%rax), %xmm0
	movsd	%xmm0, -208(%rcx)
	movsd	-200(%rax), %xmm0
	movsd	%xmm0, -200(%rcx)
	movsd	-192(%rax), %xmm0
	movsd	%xmm0, -192(%rcx)
	movsd	-184(%rax), %xmm0
	movsd	%xmm0, -184(%rcx)
	movsd	-176(%rax), %xmm0
	movsd	%xmm0, -176(%rcx)
	movsd	-168(%rax), %xmm0
	movsd	%xmm0, -168(%rcx)
	movsd	-160(%rax), %xmm0
	movsd	%xmm0, -160(%rcx)
	movsd	-152(%rax), %xmm0
	movsd	%xmm0, -152(%rcx)
	movsd	-144(%rax), %xmm0
	movsd	%xmm0, -144(%rcx)
	movsd	-136(%rax), %xmm0
	movsd	%xmm0, -136(%rcx)
	movsd	-128(%rax), %xmm0
	movsd	%xmm0, -128(%rcx)
	movsd	-120(%rax), %xmm0
	movsd	%xmm0, -120(%rcx)
	movsd	-112(%rax), %xmm0
	movsd	%xmm0, -112(%rcx)
	movsd	-104(%rax), %xmm0
	movsd	%xmm0, -104(%rcx)
	movsd	-96(%rax), %xmm0
	movsd	%xmm0, -96(%rcx)
	movsd	-88(%rax), %xmm0
	movsd	%xmm0, -88(%rcx)
	movsd	-80(%rax), %xmm0
	movsd	%xmm0, -80(%rcx)
	movsd	-72(%rax), %xmm0
	movsd	%xmm0, -72(%rcx)
	movsd	-64(%rax), %xmm0
	movsd	%xmm0, -64(%rcx)
	movsd	-56(%rax), %xmm0
	movsd	%xmm0, -56(%rcx)
	movsd	-48(%rax), %xmm0
	movsd	%xmm0, -48(%rcx)
	movsd	-40(%rax), %xmm0
	movsd	%xmm0, -40(%rcx)
	movsd	-32(%rax), %xmm0
	movsd	%xmm0, -32(%rcx)
	movsd	-24(%rax), %xmm0
	movsd	%xmm0, -24(%rcx)
	movsd	-16(%rax), %xmm0
	movsd	%xmm0, -16(%rcx)
	movsd	-8(%rax), %xmm0
	movsd	%xmm0, -8(%rcx)
	movsd	(%rax), %xmm0
	movsd	%xmm0, (%rcx)
	addq	$256, %rcx
	addq	136(%rsp), %rax
	decq	%rdx
	jne	.LBB13_155
	jmp	.LBB13_172
.LBB13_98:
	movq	%r14, %rbx
	shlq	$7, %rbx
	movq	88(%rsp), %r10
	leaq	-1(%r10), %rax
	shrq	$4, %rax
	movq	%rax, 320(%rsp)
	movq	136(%rsp), %rdi
	movq	%rdi, %rax
	imulq	%r12, %rax
	leaq	(%r12,%r14), %rcx
	leaq	-8(,%rcx,8), %rcx
	imulq	40(%rbp), %rcx
	movq	32(%rbp), %rsi
	leaq	(%rsi,%rax), %rdx
	leaq	(%rdx,%r15,8), %rdx
	movq	%rdx, 376(%rsp)
	addq	%rsi, %rcx
	leaq	(%rcx,%r15,8), %rcx
	movq	%rcx, 368(%rsp)
	movl	%r14d, %r13d
	andl	$3, %r13d
	movq	%r14, %rdx
	movabsq	$9223372036854775804, %rcx
	andq	%rcx, %rdx
	movq	%rdi, %rcx
	movzbl	15(%rsp), %r8d
	imulq	%r15, %rcx
	leaq	(%rcx,%r12,8), %r12
	movq	496(%rsp), %rcx
	addq	%r12, %rcx
	addq	%rsi, %r12
	movq	%rdx, 312(%rsp)
	negq	%rdx
	movq	%r13, 384(%rsp)
	shll	$7, %r13d
	leaq	(%rax,%r15,8), %rsi
	addq	680(%rsp), %rsi
	movq	%rsi, 280(%rsp)
	leaq	(%rax,%r11,8), %rsi
	movq	504(%rsp), %rax
	addq	%rsi, %rax
	movq	%rax, 208(%rsp)
	addq	440(%rsp), %rsi
	movq	%rsi, 160(%rsp)
	leaq	-1(%r14), %rax
	movq	%rax, 40(%rsp)
	movq	736(%rsp), %rax
	movq	%rbx, 216(%rsp)
	addq	%rbx, %rax
	movq	%rax, 360(%rsp)
	movq	%rcx, %rbx
	movq	432(%rsp), %rax
	movq	%rax, 256(%rsp)
	movq	688(%rsp), %rax
	movq	%rax, 248(%rsp)
	movq	696(%rsp), %r11
	movq	$0, 232(%rsp)
	movq	%rdx, %rdi
	movq	272(%rsp), %rsi
	xorl	%edx, %edx
	movq	%rdi, 96(%rsp)
	jmp	.LBB13_99
	.p2align	4
.LBB13_142:
	movq	216(%rsp), %rcx
	movq	120(%rsp), %rsi
	addq	%rcx, %rsi
	movq	304(%rsp), %rdx
	addq	$16, %rdx
	movq	64(%rsp), %r10
	addq	$-16, %r10
	movq	888(%rsp), %rax
	movq	168(%rsp), %rbx
	addq	%rax, %rbx
	movq	224(%rsp), %r11
	addq	%rcx, %r11
	movq	192(%rsp), %r12
	addq	%rax, %r12
	addq	%rcx, 248(%rsp)
	subq	$-128, 280(%rsp)
	addq	%rcx, 256(%rsp)
	subq	$-128, 208(%rsp)
	subq	$-128, 160(%rsp)
	movq	232(%rsp), %rax
	cmpq	320(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 232(%rsp)
	je	.LBB13_27
.LBB13_99:
	movq	%r10, 64(%rsp)
	cmpq	$2, %r10
	movl	$1, %ecx
	cmovgeq	%r10, %rcx
	cmpq	$16, %rcx
	movl	$16, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 32(%rsp)
	cmpq	$16, %r10
	movl	$16, %ecx
	cmovlq	%r10, %rcx
	movq	88(%rsp), %r10
	subq	%rdx, %r10
	cmpq	$16, %r10
	cmovlq	%r10, %rax
	cmpl	$0, 268(%rsp)
	movq	%r10, 48(%rsp)
	movq	%r12, 192(%rsp)
	movq	%rbx, 168(%rsp)
	movq	%r11, 224(%rsp)
	movq	%rsi, 120(%rsp)
	movq	%rdx, 304(%rsp)
	je	.LBB13_122
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r10, %r10
	jle	.LBB13_110
	movq	%r12, %rdx
	movq	%r11, %rdi
	movq	%rbx, %r8
	xorl	%r9d, %r9d
	movq	384(%rsp), %r14
	movq	312(%rsp), %r15
	jmp	.LBB13_102
	.p2align	4
.LBB13_108:
	incq	%r9
	movq	136(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	32(%rsp), %r9
	je	.LBB13_109
.LBB13_102:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_108
	cmpq	$3, 40(%rsp)
	jae	.LBB13_113
	xorl	%r10d, %r10d
	jmp	.LBB13_105
	.p2align	4
.LBB13_113:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB13_114:
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
	jne	.LBB13_114
.LBB13_105:
	testq	%r14, %r14
	je	.LBB13_108
	leaq	(%rdx,%r10,8), %r11
	shlq	$7, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_107:
	movsd	(%r11,%rbx,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%rbx
	subq	$-128, %r10
	cmpq	%rbx, %r14
	jne	.LBB13_107
	jmp	.LBB13_108
	.p2align	4
.LBB13_109:
	cmpq	$16, 48(%rsp)
	movq	104(%rsp), %r9
	movzbl	15(%rsp), %r8d
	movq	96(%rsp), %rdi
	jl	.LBB13_110
	jmp	.LBB13_142
	.p2align	4
.LBB13_119:
	addq	$8, %rcx
	cmpq	$15, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_142
.LBB13_110:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_119
	cmpq	$3, 40(%rsp)
	jae	.LBB13_120
	xorl	%edx, %edx
	testb	$3, 16(%rsp)
	jne	.LBB13_117
	jmp	.LBB13_119
	.p2align	4
.LBB13_120:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB13_121:
	movq	$0, (%rsi)
	movq	$0, 128(%rsi)
	movq	$0, 256(%rsi)
	movq	$0, 384(%rsi)
	addq	$-4, %rdx
	addq	$512, %rsi
	cmpq	%rdx, %rdi
	jne	.LBB13_121
	negq	%rdx
	testb	$3, 16(%rsp)
	je	.LBB13_119
.LBB13_117:
	shlq	$7, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_118:
	movq	$0, (%rdx,%rsi)
	subq	$-128, %rsi
	cmpq	%rsi, %r13
	jne	.LBB13_118
	jmp	.LBB13_119
	.p2align	4
.LBB13_122:
	cmpq	$16, %r10
	jge	.LBB13_123
	cmpq	$0, 16(%rsp)
	movq	32(%rsp), %r11
	jle	.LBB13_142
	movl	%r11d, %eax
	andl	$3, %eax
	movq	%rax, 176(%rsp)
	movl	%r11d, %eax
	andl	$28, %eax
	movq	%rax, 152(%rsp)
	movq	216(%rsp), %rdi
	movq	232(%rsp), %rdx
	imulq	%rdx, %rdi
	movq	360(%rsp), %rax
	addq	%rdi, %rax
	leal	(,%r11,8), %ecx
	addq	%rcx, %rax
	shlq	$7, %rdx
	movq	376(%rsp), %rsi
	addq	%rdx, %rsi
	addq	368(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$0, 136(%rsp)
	sets	%cl
	addq	272(%rsp), %rdi
	movq	%rdi, 56(%rsp)
	leaq	(,%r11,8), %rdi
	movq	%rdi, 72(%rsp)
	movq	120(%rsp), %rbx
	cmpq	%rdx, %rbx
	setb	%dl
	cmpq	%rax, %rsi
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	movb	%al, 112(%rsp)
	movl	%r11d, %eax
	andl	$28, %eax
	movq	%rax, 144(%rsp)
	movq	160(%rsp), %r14
	movq	208(%rsp), %r12
	movq	256(%rsp), %r15
	xorl	%edx, %edx
	jmp	.LBB13_128
	.p2align	4
.LBB13_129:
	xorl	%esi, %esi
.LBB13_141:
	addq	%rsi, %rdi
	movl	$128, %edx
	subq	%rsi, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	32(%rsp), %r11
	movq	80(%rsp), %rdx
	incq	%rdx
	subq	$-128, %r15
	movq	136(%rsp), %rax
	addq	%rax, %r12
	subq	$-128, %rbx
	addq	%rax, %r14
	cmpq	16(%rsp), %rdx
	movq	104(%rsp), %r9
	xorps	%xmm10, %xmm10
	movzbl	15(%rsp), %r8d
	movq	96(%rsp), %rdi
	je	.LBB13_142
.LBB13_128:
	movq	%rdx, %rdi
	shlq	$7, %rdi
	addq	56(%rsp), %rdi
	cmpq	$0, 48(%rsp)
	movq	%rdx, 80(%rsp)
	jle	.LBB13_129
	cmpq	$6, 64(%rsp)
	setl	%al
	orb	112(%rsp), %al
	testb	$1, %al
	je	.LBB13_132
	xorl	%ecx, %ecx
	jmp	.LBB13_135
	.p2align	4
.LBB13_132:
	xorl	%eax, %eax
	movq	152(%rsp), %rcx
	.p2align	4
.LBB13_133:
	movupd	-16(%r12,%rax,8), %xmm0
	movupd	(%r12,%rax,8), %xmm1
	movupd	%xmm0, -16(%r15,%rax,8)
	movupd	%xmm1, (%r15,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %rcx
	jne	.LBB13_133
	movq	144(%rsp), %rax
	movq	%rax, %rcx
	movq	72(%rsp), %rsi
	cmpq	%rax, %r11
	je	.LBB13_141
.LBB13_135:
	movq	%rcx, %rax
	testb	$3, %r11b
	je	.LBB13_138
	movq	176(%rsp), %rdx
	movq	%rcx, %rax
	.p2align	4
.LBB13_137:
	movsd	(%r14,%rax,8), %xmm0
	movsd	%xmm0, (%rbx,%rax,8)
	incq	%rax
	decq	%rdx
	jne	.LBB13_137
.LBB13_138:
	subq	%r11, %rcx
	movq	72(%rsp), %rsi
	cmpq	$-4, %rcx
	ja	.LBB13_141
	.p2align	4
.LBB13_139:
	movsd	(%r14,%rax,8), %xmm0
	movsd	%xmm0, -16(%r15,%rax,8)
	movsd	8(%r14,%rax,8), %xmm0
	movsd	%xmm0, -8(%r15,%rax,8)
	movsd	16(%r14,%rax,8), %xmm0
	movsd	%xmm0, (%r15,%rax,8)
	movsd	24(%r14,%rax,8), %xmm0
	movsd	%xmm0, 8(%r15,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r11
	jne	.LBB13_139
	movq	72(%rsp), %rsi
	jmp	.LBB13_141
.LBB13_123:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_142
	movq	280(%rsp), %rax
	movq	248(%rsp), %rcx
	movq	16(%rsp), %rdx
	.p2align	4
.LBB13_125:
	movsd	-120(%rax), %xmm0
	movsd	%xmm0, -120(%rcx)
	movsd	-112(%rax), %xmm0
	movsd	%xmm0, -112(%rcx)
	movsd	-104(%rax), %xmm0
	movsd	%xmm0, -104(%rcx)
	movsd	-96(%rax), %xmm0
	movsd	%xmm0, -96(%rcx)
	movsd	-88(%rax), %xmm0
	movsd	%xmm0, -88(%rcx)
	movsd	-80(%rax), %xmm0
	movsd	%xmm0, -80(%rcx)
	movsd	-72(%rax), %xmm0
	movsd	%xmm0, -72(%rcx)
	movsd	-64(%rax), %xmm0
	movsd	%xmm0, -64(%rcx)
	movsd	-56(%rax), %xmm0
	movsd	%xmm0, -56(%rcx)
	movsd	-48(%rax), %xmm0
	movsd	%xmm0, -48(%rcx)
	movsd	-40(%rax), %xmm0
	movsd	%xmm0, -40(%rcx)
	movsd	-32(%rax), %xmm0
	movsd	%xmm0, -32(%rcx)
	movsd	-24(%rax), %xmm0
	movsd	%xmm0, -24(%rcx)
	movsd	-16(%rax), %xmm0
	movsd	%xmm0, -16(%rcx)
	movsd	-8(%rax), %xmm0
	movsd	%xmm0, -8(%rcx)
	movsd	(%rax), %xmm0
	movsd	%xmm0, (%rcx)
	subq	$-128, %rcx
	addq	136(%rsp), %rax
	decq	%rdx
	jne	.LBB13_125
	jmp	.LBB13_142
.LBB13_49:
	movq	40(%rbp), %r8
	xorq	$1, %r8
	movq	16(%rsp), %r13
	movq	%r13, %r10
	shlq	$6, %r10
	movq	88(%rsp), %rax
	leaq	-1(%rax), %rdx
	shrq	$3, %rdx
	leaq	-1(%r13), %rax
	movq	32(%rbp), %rbx
	leaq	(%rbx,%r12,8), %rcx
	leaq	(%rcx,%r15,8), %rbx
	movq	%rdx, 144(%rsp)
	shlq	$6, %rdx
	movq	488(%rsp), %rcx
	leaq	(%rcx,%rdx), %rsi
	leaq	(%rsi,%r12,8), %rsi
	leaq	(%rsi,%r13,8), %rsi
	leaq	(%rsi,%r15,8), %rcx
	addq	$64, %rdx
	imulq	%r13, %rdx
	movq	272(%rsp), %r11
	addq	%r11, %rdx
	movl	%r13d, %r14d
	andl	$3, %r14d
	movq	%r13, %rsi
	movabsq	$9223372036854775804, %rdi
	andq	%rdi, %rsi
	movq	%rax, %rdi
	shlq	$6, %rdi
	movq	%rdi, 216(%rsp)
	movq	%rax, 40(%rsp)
	shrq	$58, %rax
	orq	%r8, %rax
	movzbl	15(%rsp), %r8d
	setne	280(%rsp)
	cmpq	%rdx, %rbx
	setb	%dl
	cmpq	%rcx, %r11
	setb	%cl
	andb	%dl, %cl
	movq	%r10, 152(%rsp)
	testq	%r10, %r10
	sets	%al
	orb	%cl, %al
	movb	%al, 160(%rsp)
	movabsq	$9223372036854775804, %rax
	addq	$2, %rax
	andq	%r13, %rax
	movq	%rax, 208(%rsp)
	movq	136(%rsp), %rcx
	movq	%rcx, %rax
	imulq	%r15, %rax
	leaq	(%rax,%r12,8), %rdx
	movq	496(%rsp), %rax
	leaq	(%rax,%rdx), %r10
	addq	32(%rbp), %rdx
	movq	%rsi, 96(%rsp)
	movq	%rsi, %r13
	negq	%r13
	movl	%r14d, %ebx
	shll	$6, %ebx
	movq	%rcx, %rax
	imulq	%r12, %rax
	movq	%r14, %r12
	leaq	(%rax,%r15,8), %rcx
	movq	480(%rsp), %rsi
	leaq	(%rax,%rsi,8), %rsi
	addq	752(%rsp), %rsi
	addq	488(%rsp), %rcx
	movq	%rcx, 224(%rsp)
	leal	(,%r14,8), %r15d
	movq	592(%rsp), %rax
	movq	%rax, 304(%rsp)
	movq	672(%rsp), %rdi
	movq	$0, 72(%rsp)
	movq	88(%rsp), %r14
	movq	%r11, 168(%rsp)
	xorl	%r11d, %r11d
	movq	%r12, 176(%rsp)
	jmp	.LBB13_50
	.p2align	4
.LBB13_97:
	movq	152(%rsp), %rcx
	addq	%rcx, 168(%rsp)
	movq	192(%rsp), %r11
	addq	$8, %r11
	movq	48(%rsp), %r14
	addq	$-8, %r14
	movq	880(%rsp), %rax
	movq	232(%rsp), %r10
	addq	%rax, %r10
	movq	120(%rsp), %rdi
	addq	%rcx, %rdi
	movq	112(%rsp), %rdx
	addq	%rax, %rdx
	movq	56(%rsp), %rsi
	addq	$64, %rsi
	addq	$64, 224(%rsp)
	addq	%rcx, 304(%rsp)
	movq	72(%rsp), %rax
	cmpq	144(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 72(%rsp)
	movq	176(%rsp), %r12
	je	.LBB13_27
.LBB13_50:
	movq	%rsi, 56(%rsp)
	cmpq	$8, %r14
	movl	$8, %ecx
	cmovlq	%r14, %rcx
	cmpq	$2, %r14
	movl	$1, %esi
	cmovgeq	%r14, %rsi
	cmpq	$8, %rsi
	movl	$8, %eax
	cmovgeq	%rax, %rsi
	movq	%rsi, 32(%rsp)
	movq	88(%rsp), %rsi
	subq	%r11, %rsi
	cmpq	$8, %rsi
	cmovlq	%rsi, %rax
	cmpl	$0, 268(%rsp)
	movq	%rsi, 64(%rsp)
	movq	%rdx, 112(%rsp)
	movq	%r10, 232(%rsp)
	movq	%rdi, 120(%rsp)
	movq	%r14, 48(%rsp)
	movq	%r11, 192(%rsp)
	je	.LBB13_73
	movq	%rsi, %r11
	movq	168(%rsp), %rsi
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r11, %r11
	jle	.LBB13_61
	movq	%r10, %r8
	xorl	%r9d, %r9d
	jmp	.LBB13_53
	.p2align	4
.LBB13_59:
	incq	%r9
	movq	136(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	32(%rsp), %r9
	je	.LBB13_60
.LBB13_53:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_59
	cmpq	$3, 40(%rsp)
	jae	.LBB13_64
	xorl	%r10d, %r10d
	jmp	.LBB13_56
	.p2align	4
.LBB13_64:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	movq	96(%rsp), %r14
	.p2align	4
.LBB13_65:
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
	cmpq	%r10, %r14
	jne	.LBB13_65
.LBB13_56:
	testq	%r12, %r12
	je	.LBB13_59
	leaq	(%rdx,%r10,8), %r11
	shlq	$6, %r10
	addq	%rsi, %r10
	xorl	%r14d, %r14d
	.p2align	4
.LBB13_58:
	movsd	(%r11,%r14), %xmm0
	movsd	%xmm0, (%r10,%r14,8)
	addq	$8, %r14
	cmpq	%r14, %r15
	jne	.LBB13_58
	jmp	.LBB13_59
	.p2align	4
.LBB13_60:
	cmpq	$8, 64(%rsp)
	movq	104(%rsp), %r9
	movzbl	15(%rsp), %r8d
	jl	.LBB13_61
	jmp	.LBB13_97
	.p2align	4
.LBB13_70:
	addq	$8, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_97
.LBB13_61:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_70
	cmpq	$3, 40(%rsp)
	jae	.LBB13_71
	xorl	%edx, %edx
	testb	$3, 16(%rsp)
	jne	.LBB13_68
	jmp	.LBB13_70
	.p2align	4
.LBB13_71:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB13_72:
	movq	$0, (%rsi)
	movq	$0, 64(%rsi)
	movq	$0, 128(%rsi)
	movq	$0, 192(%rsi)
	addq	$-4, %rdx
	addq	$256, %rsi
	cmpq	%rdx, %r13
	jne	.LBB13_72
	negq	%rdx
	testb	$3, 16(%rsp)
	je	.LBB13_70
.LBB13_68:
	shlq	$6, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_69:
	movq	$0, (%rdx,%rsi)
	addq	$64, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_69
	jmp	.LBB13_70
	.p2align	4
.LBB13_73:
	cmpq	$8, %rsi
	jge	.LBB13_74
	cmpq	$0, 16(%rsp)
	jle	.LBB13_97
	shlq	$3, 32(%rsp)
	movq	168(%rsp), %r14
	movq	16(%rsp), %rcx
	movq	224(%rsp), %r12
	jmp	.LBB13_86
	.p2align	4
.LBB13_87:
	xorl	%eax, %eax
.LBB13_96:
	leaq	(%r14,%rax), %rdi
	movl	$64, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	addq	136(%rsp), %r12
	addq	$64, %r14
	movq	80(%rsp), %rcx
	decq	%rcx
	movq	104(%rsp), %r9
	xorps	%xmm10, %xmm10
	movzbl	15(%rsp), %r8d
	movq	64(%rsp), %rsi
	je	.LBB13_97
.LBB13_86:
	testq	%rsi, %rsi
	movq	%rcx, 80(%rsp)
	jle	.LBB13_87
	movsd	-56(%r12), %xmm0
	movsd	%xmm0, (%r14)
	movq	32(%rsp), %rax
	cmpq	$2, 48(%rsp)
	jl	.LBB13_96
	movsd	-48(%r12), %xmm0
	movsd	%xmm0, 8(%r14)
	movq	32(%rsp), %rax
	je	.LBB13_96
	movsd	-40(%r12), %xmm0
	movsd	%xmm0, 16(%r14)
	movq	32(%rsp), %rax
	cmpq	$3, 48(%rsp)
	je	.LBB13_96
	movsd	-32(%r12), %xmm0
	movsd	%xmm0, 24(%r14)
	movq	32(%rsp), %rax
	cmpq	$4, 48(%rsp)
	je	.LBB13_96
	movsd	-24(%r12), %xmm0
	movsd	%xmm0, 32(%r14)
	movq	32(%rsp), %rax
	cmpq	$5, 48(%rsp)
	je	.LBB13_96
	movsd	-16(%r12), %xmm0
	movsd	%xmm0, 40(%r14)
	movq	32(%rsp), %rax
	cmpq	$6, 48(%rsp)
	je	.LBB13_96
	movsd	-8(%r12), %xmm0
	movsd	%xmm0, 48(%r14)
	movq	32(%rsp), %rax
	cmpq	$7, 48(%rsp)
	je	.LBB13_96
	movsd	(%r12), %xmm0
	movsd	%xmm0, 56(%r14)
	movq	32(%rsp), %rax
	jmp	.LBB13_96
.LBB13_74:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_97
	cmpq	$66, 16(%rsp)
	jae	.LBB13_77
	xorl	%eax, %eax
	jmp	.LBB13_82
.LBB13_77:
	movq	152(%rsp), %rax
	imulq	72(%rsp), %rax
	movq	792(%rsp), %rcx
	leaq	(%rcx,%rax), %rdx
	movq	432(%rsp), %rcx
	leaq	(%rcx,%rax), %rsi
	movq	784(%rsp), %rcx
	leaq	(%rcx,%rax), %rdi
	movq	592(%rsp), %rcx
	leaq	(%rcx,%rax), %r8
	movq	776(%rsp), %rcx
	leaq	(%rcx,%rax), %r9
	movq	768(%rsp), %rcx
	leaq	(%rcx,%rax), %r10
	addq	760(%rsp), %rax
	movq	216(%rsp), %r14
	movq	168(%rsp), %r11
	leaq	(%r11,%r14), %rcx
	cmpq	%r11, %rcx
	setb	%cl
	leaq	(%rdx,%r14), %r11
	cmpq	%rdx, %r11
	setb	%dl
	leaq	(%rsi,%r14), %r11
	cmpq	%rsi, %r11
	setb	%sil
	leaq	(%rdi,%r14), %r11
	cmpq	%rdi, %r11
	setb	%dil
	leaq	(%r8,%r14), %r11
	cmpq	%r8, %r11
	setb	%r8b
	leaq	(%r9,%r14), %r11
	cmpq	%r9, %r11
	setb	%r9b
	leaq	(%r10,%r14), %r11
	cmpq	%r10, %r11
	setb	%r10b
	leaq	(%rax,%r14), %r11
	cmpq	%rax, %r11
	setb	%al
	orb	280(%rsp), %cl
	orb	%dl, %cl
	orb	%sil, %dil
	orb	%cl, %dil
	orb	%r8b, %r9b
	orb	%r10b, %r9b
	orb	%dil, %r9b
	orb	160(%rsp), %al
	orb	%r9b, %al
	testb	$1, %al
	je	.LBB13_79
	xorl	%eax, %eax
	movq	104(%rsp), %r9
	movzbl	15(%rsp), %r8d
	jmp	.LBB13_82
.LBB13_79:
	xorl	%eax, %eax
	movq	208(%rsp), %rcx
	movq	104(%rsp), %r9
	movzbl	15(%rsp), %r8d
	movq	56(%rsp), %rdx
	movq	168(%rsp), %rsi
	.p2align	4
.LBB13_80:
	movupd	-56(%rdx,%rax), %xmm0
	movupd	-48(%rdx,%rax), %xmm1
	movupd	-40(%rdx,%rax), %xmm2
	movupd	-32(%rdx,%rax), %xmm3
	movups	-24(%rdx,%rax), %xmm4
	movups	-16(%rdx,%rax), %xmm5
	movups	-8(%rdx,%rax), %xmm6
	movups	(%rdx,%rax), %xmm7
	movaps	%xmm4, %xmm8
	movlhps	%xmm5, %xmm8
	movaps	%xmm6, %xmm9
	movlhps	%xmm7, %xmm9
	unpckhpd	%xmm5, %xmm4
	unpckhpd	%xmm7, %xmm6
	movapd	%xmm0, %xmm5
	unpcklpd	%xmm1, %xmm5
	movapd	%xmm2, %xmm7
	unpcklpd	%xmm3, %xmm7
	unpckhpd	%xmm1, %xmm0
	unpckhpd	%xmm3, %xmm2
	movups	%xmm6, 112(%rsi,%rax,8)
	movups	%xmm4, 96(%rsi,%rax,8)
	movupd	%xmm2, 80(%rsi,%rax,8)
	movupd	%xmm0, 64(%rsi,%rax,8)
	movups	%xmm9, 48(%rsi,%rax,8)
	movups	%xmm8, 32(%rsi,%rax,8)
	movupd	%xmm7, 16(%rsi,%rax,8)
	movupd	%xmm5, (%rsi,%rax,8)
	addq	$16, %rax
	addq	$-2, %rcx
	jne	.LBB13_80
	movq	208(%rsp), %rcx
	movq	%rcx, %rax
	cmpq	%rcx, 16(%rsp)
	je	.LBB13_97
.LBB13_82:
	movq	16(%rsp), %rcx
	subq	%rax, %rcx
	movq	136(%rsp), %rdx
	imulq	%rax, %rdx
	addq	224(%rsp), %rdx
	shlq	$6, %rax
	addq	304(%rsp), %rax
	.p2align	4
.LBB13_83:
	movsd	-56(%rdx), %xmm0
	movsd	%xmm0, -32(%rax)
	movsd	-48(%rdx), %xmm0
	movsd	%xmm0, -24(%rax)
	movsd	-40(%rdx), %xmm0
	movsd	%xmm0, -16(%rax)
	movsd	-32(%rdx), %xmm0
	movsd	%xmm0, -8(%rax)
	movsd	-24(%rdx), %xmm0
	movsd	%xmm0, (%rax)
	movsd	-16(%rdx), %xmm0
	movsd	%xmm0, 8(%rax)
	movsd	-8(%rdx), %xmm0
	movsd	%xmm0, 16(%rax)
	movsd	(%rdx), %xmm0
	movsd	%xmm0, 24(%rax)
	addq	136(%rsp), %rdx
	addq	$64, %rax
	decq	%rcx
	jne	.LBB13_83
	jmp	.LBB13_97
.LBB13_173:
	movq	%rdi, 56(%rsp)
	movq	136(%rsp), %rbx
	testq	%rbx, %rbx
	sets	%cl
	movq	%r14, %rax
	imulq	%r10, %rax
	shlq	$3, %rax
	movq	%rax, 336(%rsp)
	leaq	(,%r14,8), %rax
	leaq	-8(,%r14,8), %r8
	imulq	%r10, %r8
	movq	%rax, 368(%rsp)
	imulq	%r10, %rax
	movq	%rax, 160(%rsp)
	movq	%rbx, %r9
	imulq	%r12, %r9
	leaq	(%r12,%r14), %rdx
	leaq	-8(,%rdx,8), %rsi
	imulq	40(%rbp), %rsi
	movq	%rbx, %rdx
	imulq	%r15, %rdx
	addq	272(%rsp), %r8
	movq	%r10, 96(%rsp)
	movq	32(%rbp), %r10
	leaq	(%r10,%r9), %rdi
	leaq	(%rdi,%r15,8), %rdi
	movq	%rdi, 552(%rsp)
	addq	%r10, %rsi
	leaq	(%rsi,%r15,8), %r15
	cmpq	$8, %r14
	setae	%r13b
	cmpl	$1, 96(%rsp)
	sete	%sil
	andb	%sil, %r13b
	movq	%r14, %rax
	movabsq	$9223372036854775804, %rdi
	andq	%rdi, %rax
	movq	%rax, 80(%rsp)
	movl	%r14d, %eax
	andl	$3, %eax
	cmpq	$4, %r14
	setae	%dil
	andb	%sil, %dil
	movb	%dil, 72(%rsp)
	movq	56(%rsp), %rsi
	andl	$2147483644, %esi
	movq	%rsi, 384(%rsp)
	movq	56(%rsp), %rsi
	andl	$3, %esi
	movq	%rsi, 120(%rsp)
	cmpl	$0, 56(%rsp)
	sets	%sil
	orb	%cl, %sil
	movb	%sil, 528(%rsp)
	leaq	(%rdx,%r12,8), %rcx
	leaq	(%r10,%rcx), %rdx
	movq	96(%rsp), %r10
	addq	584(%rsp), %rcx
	movq	%rcx, 216(%rsp)
	movq	56(%rsp), %rcx
	imulq	%r10, %rbx
	movq	%rbx, 376(%rsp)
	movq	%r10, %rsi
	shlq	$5, %rsi
	movq	%rsi, 40(%rsp)
	movq	%rax, 48(%rsp)
	negq	%rax
	movq	%rax, 232(%rsp)
	movl	%ecx, %eax
	shrl	$2, %eax
	andl	$536870911, %eax
	shlq	$5, %rax
	movq	%rax, 312(%rsp)
	leaq	(%r9,%r11,8), %rsi
	movq	504(%rsp), %rax
	addq	%rsi, %rax
	movq	%rax, 248(%rsp)
	addq	440(%rsp), %rsi
	movq	%rsi, 256(%rsp)
	notb	%r13b
	movb	%r13b, 360(%rsp)
	leaq	(,%r10,8), %r13
	movq	728(%rsp), %rax
	leaq	(%rax,%r14,8), %rax
	movq	%rax, 560(%rsp)
	leaq	(%rdx,%r14,8), %rax
	movq	%rax, 464(%rsp)
	movq	%r8, 544(%rsp)
	leaq	(%r8,%rcx,8), %rax
	movq	%rax, 416(%rsp)
	movq	%r15, 536(%rsp)
	leaq	(%r15,%rcx,8), %rax
	movq	%rax, 512(%rsp)
	movq	%rdx, 568(%rsp)
	movq	%rdx, 280(%rsp)
	movq	272(%rsp), %rax
	movq	%rax, 152(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	$0, 144(%rsp)
	movq	88(%rsp), %rax
	xorl	%ecx, %ecx
	jmp	.LBB13_174
	.p2align	4
.LBB13_206:
	movq	160(%rsp), %rax
	addq	%rax, 152(%rsp)
	movq	224(%rsp), %rcx
	addq	%r10, %rcx
	incq	144(%rsp)
	addq	%rax, 176(%rsp)
	movq	376(%rsp), %rax
	addq	%rax, 216(%rsp)
	addq	%rax, 280(%rsp)
	addq	%r13, 248(%rsp)
	addq	%r13, 256(%rsp)
	cmpq	88(%rsp), %rcx
	movq	104(%rsp), %r9
	movzbl	15(%rsp), %r8d
	movq	168(%rsp), %rax
	jge	.LBB13_27
.LBB13_174:
	movq	%rax, %r9
	subq	%r10, %rax
	cmovgeq	%r10, %r9
	movq	88(%rsp), %rdi
	subq	%rcx, %rdi
	cmpq	%r10, %rdi
	movq	%r10, %r8
	cmovlq	%rdi, %r8
	cmpl	$0, 268(%rsp)
	movq	%r8, 112(%rsp)
	movq	%r9, 32(%rsp)
	movq	%rax, 168(%rsp)
	movq	%rcx, 224(%rsp)
	je	.LBB13_207
	movq	%rdi, 192(%rsp)
	testq	%r8, %r8
	jle	.LBB13_180
	movq	368(%rsp), %rcx
	movq	144(%rsp), %rax
	imulq	%rax, %rcx
	movq	272(%rsp), %rdx
	addq	%rcx, %rdx
	addq	560(%rsp), %rcx
	movq	136(%rsp), %r9
	movq	%r9, %rsi
	imulq	%rax, %rsi
	movq	568(%rsp), %rax
	leaq	(%rax,%rsi), %rdi
	addq	464(%rsp), %rsi
	movq	32(%rsp), %rax
	leaq	-1(%rax), %r8
	imulq	%r9, %r8
	addq	%rsi, %r8
	leaq	(%rcx,%rax,8), %rcx
	testq	%r9, %r9
	sets	%sil
	cmpq	%r8, %rdx
	setb	%dl
	cmpq	%rcx, %rdi
	setb	%al
	andb	%dl, %al
	orb	%sil, %al
	orb	360(%rsp), %al
	movb	%al, 64(%rsp)
	movq	280(%rsp), %rdx
	movq	152(%rsp), %rsi
	movq	216(%rsp), %rdi
	movq	176(%rsp), %r8
	xorl	%r9d, %r9d
	jmp	.LBB13_177
	.p2align	4
.LBB13_194:
	incq	%r9
	addq	$8, %r8
	movq	136(%rsp), %r10
	addq	%r10, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	32(%rsp), %r9
	je	.LBB13_180
.LBB13_177:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_194
	testb	$1, 64(%rsp)
	je	.LBB13_185
	xorl	%r11d, %r11d
	jmp	.LBB13_188
	.p2align	4
.LBB13_185:
	xorl	%r10d, %r10d
	movq	80(%rsp), %rax
	.p2align	4
.LBB13_186:
	movupd	-16(%rdi,%r10,8), %xmm0
	movupd	(%rdi,%r10,8), %xmm1
	movupd	%xmm0, -16(%r8,%r10,8)
	movupd	%xmm1, (%r8,%r10,8)
	addq	$4, %r10
	cmpq	%r10, %rax
	jne	.LBB13_186
	movq	%rax, %r11
	cmpq	%rax, 16(%rsp)
	je	.LBB13_194
.LBB13_188:
	movq	%r11, %r10
	cmpq	$0, 48(%rsp)
	je	.LBB13_191
	movq	%r13, %rbx
	imulq	%r11, %rbx
	addq	%rsi, %rbx
	movq	48(%rsp), %r14
	movq	%r11, %r10
	.p2align	4
.LBB13_190:
	movsd	(%rdx,%r10,8), %xmm0
	movsd	%xmm0, (%rbx)
	incq	%r10
	addq	%r13, %rbx
	decq	%r14
	jne	.LBB13_190
.LBB13_191:
	movq	16(%rsp), %rax
	subq	%rax, %r11
	cmpq	$-4, %r11
	movq	40(%rsp), %rcx
	ja	.LBB13_194
	leaq	3(%r10), %r11
	imulq	%r13, %r11
	movq	%r13, %rbx
	imulq	%r10, %rbx
	leaq	2(%r10), %r14
	imulq	%r13, %r14
	leaq	1(%r10), %r15
	imulq	%r13, %r15
	movq	%rsi, %r12
	.p2align	4
.LBB13_193:
	movsd	-16(%rdi,%r10,8), %xmm0
	movsd	%xmm0, (%r12,%rbx)
	movsd	-8(%rdi,%r10,8), %xmm0
	movsd	%xmm0, (%r12,%r15)
	movsd	(%rdi,%r10,8), %xmm0
	movsd	%xmm0, (%r12,%r14)
	movsd	8(%rdi,%r10,8), %xmm0
	movsd	%xmm0, (%r12,%r11)
	addq	$4, %r10
	addq	%rcx, %r12
	cmpq	%r10, %rax
	jne	.LBB13_193
	jmp	.LBB13_194
	.p2align	4
.LBB13_180:
	movq	96(%rsp), %r10
	cmpq	%r10, 192(%rsp)
	movq	112(%rsp), %r11
	movq	32(%rsp), %rcx
	jge	.LBB13_206
	movq	152(%rsp), %rax
	leaq	(%rax,%rcx,8), %rax
	jmp	.LBB13_182
	.p2align	4
.LBB13_205:
	incq	%r11
	addq	$8, %rax
	cmpq	%r10, %r11
	jge	.LBB13_206
.LBB13_182:
	cmpq	$0, 16(%rsp)
	movq	80(%rsp), %rsi
	movq	40(%rsp), %rbx
	jle	.LBB13_205
	cmpb	$0, 72(%rsp)
	je	.LBB13_184
	xorl	%ecx, %ecx
	.p2align	4
.LBB13_196:
	movups	%xmm10, (%rax,%rcx,8)
	movups	%xmm10, 16(%rax,%rcx,8)
	addq	$4, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB13_196
	movq	%rsi, %rdx
	cmpq	%rsi, 16(%rsp)
	je	.LBB13_205
	jmp	.LBB13_198
	.p2align	4
.LBB13_184:
	xorl	%edx, %edx
.LBB13_198:
	movq	%rdx, %rcx
	movq	16(%rsp), %rdi
	testb	$3, %dil
	je	.LBB13_202
	movq	%r13, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	232(%rsp), %r8
	.p2align	4
.LBB13_200:
	movq	$0, (%rcx)
	decq	%rsi
	addq	%r13, %rcx
	cmpq	%rsi, %r8
	jne	.LBB13_200
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB13_202:
	subq	%rdi, %rdx
	cmpq	$-4, %rdx
	ja	.LBB13_205
	movq	16(%rsp), %rdx
	subq	%rcx, %rdx
	leaq	3(%rcx), %rsi
	imulq	%r13, %rsi
	leaq	2(%rcx), %rdi
	imulq	%r13, %rdi
	leaq	1(%rcx), %r8
	imulq	%r13, %r8
	imulq	%r13, %rcx
	movq	%rax, %r9
	.p2align	4
.LBB13_204:
	movq	$0, (%r9,%rcx)
	movq	$0, (%r9,%r8)
	movq	$0, (%r9,%rdi)
	movq	$0, (%r9,%rsi)
	addq	%rbx, %r9
	addq	$-4, %rdx
	jne	.LBB13_204
	jmp	.LBB13_205
	.p2align	4
.LBB13_207:
	movq	160(%rsp), %rdx
	movq	144(%rsp), %rax
	imulq	%rax, %rdx
	movq	%r13, %rsi
	imulq	%rax, %rsi
	movq	552(%rsp), %rax
	leaq	(%rax,%rsi), %rcx
	cmpq	%r10, %rdi
	jge	.LBB13_208
	cmpq	$0, 16(%rsp)
	jle	.LBB13_206
	movl	%r9d, %eax
	andl	$3, %eax
	shll	$3, %eax
	movq	%rax, 320(%rsp)
	movq	%r9, %rax
	andq	$-4, %rax
	movq	%rax, 208(%rsp)
	addq	544(%rsp), %rdx
	addq	536(%rsp), %rsi
	movq	336(%rsp), %rdi
	imulq	144(%rsp), %rdi
	leaq	(%rdx,%r9,8), %rax
	leaq	(%rsi,%r9,8), %rdx
	addq	272(%rsp), %rdi
	movq	%rdi, 304(%rsp)
	movq	152(%rsp), %r14
	cmpq	%rdx, %r14
	setb	%dl
	cmpq	%rax, %rcx
	setb	%al
	andb	%dl, %al
	orb	528(%rsp), %al
	movb	%al, 192(%rsp)
	movq	256(%rsp), %r15
	movq	248(%rsp), %rbx
	movq	176(%rsp), %r12
	xorl	%r11d, %r11d
	jmp	.LBB13_224
	.p2align	4
.LBB13_237:
	incq	%r11
	addq	%r13, %r12
	movq	136(%rsp), %rax
	addq	%rax, %rbx
	addq	%r13, %r14
	addq	%rax, %r15
	cmpq	%rdi, %r11
	je	.LBB13_206
.LBB13_224:
	testq	%r8, %r8
	jle	.LBB13_225
	cmpq	$8, %r9
	setb	%al
	orb	192(%rsp), %al
	testb	$1, %al
	movq	16(%rsp), %rdi
	je	.LBB13_228
	xorl	%ecx, %ecx
	jmp	.LBB13_231
	.p2align	4
.LBB13_225:
	xorl	%esi, %esi
	movq	16(%rsp), %rdi
	jmp	.LBB13_235
	.p2align	4
.LBB13_228:
	xorl	%eax, %eax
	movq	208(%rsp), %rcx
	.p2align	4
.LBB13_229:
	movupd	-16(%rbx,%rax,8), %xmm0
	movupd	(%rbx,%rax,8), %xmm1
	movupd	%xmm0, -16(%r12,%rax,8)
	movupd	%xmm1, (%r12,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %rcx
	jne	.LBB13_229
	movq	%r9, %rsi
	cmpq	%rcx, %r9
	je	.LBB13_235
.LBB13_231:
	movq	%rcx, %rax
	testb	$3, %r9b
	je	.LBB13_234
	movq	320(%rsp), %rdx
	movq	%rcx, %rax
	.p2align	4
.LBB13_233:
	movsd	(%r15,%rax,8), %xmm0
	movsd	%xmm0, (%r14,%rax,8)
	incq	%rax
	addq	$-8, %rdx
	jne	.LBB13_233
.LBB13_234:
	subq	%r9, %rcx
	movq	%r9, %rsi
	cmpq	$-4, %rcx
	ja	.LBB13_235
	.p2align	4
.LBB13_238:
	movsd	(%r15,%rax,8), %xmm0
	movsd	%xmm0, -16(%r12,%rax,8)
	movsd	8(%r15,%rax,8), %xmm0
	movsd	%xmm0, -8(%r12,%rax,8)
	movsd	16(%r15,%rax,8), %xmm0
	movsd	%xmm0, (%r12,%rax,8)
	movsd	24(%r15,%rax,8), %xmm0
	movsd	%xmm0, 8(%r12,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r9
	jne	.LBB13_238
	movq	%r9, %rsi
.LBB13_235:
	cmpq	%r10, %rsi
	jge	.LBB13_237
	movq	%r11, %rax
	imulq	%r13, %rax
	addq	304(%rsp), %rax
	leaq	(%rax,%rsi,8), %rdi
	shlq	$3, %rsi
	movq	%r13, %rdx
	subq	%rsi, %rdx
	xorl	%esi, %esi
	movq	%r11, 64(%rsp)
	callq	memset@PLT
	movq	64(%rsp), %r11
	movq	32(%rsp), %r9
	movq	112(%rsp), %r8
	movq	96(%rsp), %r10
	movq	16(%rsp), %rdi
	xorps	%xmm10, %xmm10
	jmp	.LBB13_237
.LBB13_208:
	cmpq	$0, 16(%rsp)
	jle	.LBB13_206
	addq	416(%rsp), %rdx
	addq	512(%rsp), %rsi
	cmpq	$0, 136(%rsp)
	sets	%dil
	movq	152(%rsp), %r8
	cmpq	%rsi, %r8
	setb	%sil
	cmpq	%rdx, %rcx
	setb	%al
	andb	%sil, %al
	orb	%dil, %al
	movq	256(%rsp), %rcx
	movq	%r8, %rdx
	movq	248(%rsp), %rsi
	movq	176(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB13_210
	.p2align	4
.LBB13_220:
	incq	%r8
	addq	%r13, %rdi
	movq	136(%rsp), %r9
	addq	%r9, %rsi
	addq	%r13, %rdx
	addq	%r9, %rcx
	cmpq	16(%rsp), %r8
	movq	96(%rsp), %r10
	je	.LBB13_206
.LBB13_210:
	movq	56(%rsp), %rbx
	testl	%ebx, %ebx
	jle	.LBB13_220
	cmpl	$8, %ebx
	setb	%r9b
	orb	%al, %r9b
	testb	$1, %r9b
	je	.LBB13_213
	xorl	%r10d, %r10d
	jmp	.LBB13_216
	.p2align	4
.LBB13_213:
	xorl	%r9d, %r9d
	movq	312(%rsp), %r10
	.p2align	4
.LBB13_214:
	movupd	-16(%rsi,%r9), %xmm0
	movupd	(%rsi,%r9), %xmm1
	movupd	%xmm0, -16(%rdi,%r9)
	movupd	%xmm1, (%rdi,%r9)
	addq	$32, %r9
	cmpq	%r9, %r10
	jne	.LBB13_214
	movq	384(%rsp), %r9
	movq	%r9, %r10
	cmpl	%ebx, %r9d
	je	.LBB13_220
.LBB13_216:
	movq	%r10, %r9
	cmpq	$0, 120(%rsp)
	je	.LBB13_219
	movq	120(%rsp), %r11
	movq	%r10, %r9
	.p2align	4
.LBB13_218:
	movsd	(%rcx,%r9,8), %xmm0
	movsd	%xmm0, (%rdx,%r9,8)
	incq	%r9
	decq	%r11
	jne	.LBB13_218
.LBB13_219:
	subq	%rbx, %r10
	cmpq	$-4, %r10
	ja	.LBB13_220
	.p2align	4
.LBB13_221:
	movsd	(%rcx,%r9,8), %xmm0
	movsd	%xmm0, -16(%rdi,%r9,8)
	movsd	8(%rcx,%r9,8), %xmm0
	movsd	%xmm0, -8(%rdi,%r9,8)
	movsd	16(%rcx,%r9,8), %xmm0
	movsd	%xmm0, (%rdi,%r9,8)
	movsd	24(%rcx,%r9,8), %xmm0
	movsd	%xmm0, 8(%rdi,%r9,8)
	addq	$4, %r9
	cmpq	%r9, %rbx
	jne	.LBB13_221
	jmp	.LBB13_220
.LBB13_20:
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
	.long	.LBB13_247-.LJTI13_0
	.long	.LBB13_400-.LJTI13_0
	.long	.LBB13_284-.LJTI13_0
	.long	.LBB13_400-.LJTI13_0
	.long	.LBB13_322-.LJTI13_0
	.long	.LBB13_400-.LJTI13_0
	.long	.LBB13_400-.LJTI13_0
	.long	.LBB13_400-.LJTI13_0
	.long	.LBB13_363-.LJTI13_0

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
	.quad	axon_pack_transposed_avx2_f32
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
	.quad	axon_pack_transposed_avx2_f32
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
	.quad	0
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
	.quad	0
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
	.addrsig_sym axon_pack_transposed_avx2_f32
	.addrsig_sym axon_ukernel_avx2_f32
	.addrsig_sym axon_ukernel_avx2_strided_f32
	.addrsig_sym axon_ukernel_portable_f32
	.addrsig_sym gemm_part_f64
	.addrsig_sym axon_ukernel_avx512_f64
	.addrsig_sym axon_ukernel_avx512_strided_f64
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
