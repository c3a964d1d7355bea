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
	subq	$2112, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, 464(%rsp)
	movq	%r8, 352(%rsp)
	movq	%rcx, 472(%rsp)
	movl	%edx, 268(%rsp)
	movl	%esi, %ebx
	movslq	(%rdi), %r8
	movslq	4(%rdi), %r10
	movq	8(%rdi), %r15
	cmpq	%r15, %r9
	cmovlq	%r9, %r15
	movq	%rdi, 288(%rsp)
	movq	16(%rdi), %rax
	cmpq	%rax, %rcx
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
	movq	288(%rsp), %rax
	movq	24(%rax), %rax
	movq	352(%rsp), %rcx
	cmpq	%rax, %rcx
	cmovlq	%rcx, %rax
	leaq	(%r10,%rax), %r12
	decq	%r12
	movq	%r12, %rax
	orq	%r10, %rax
	shrq	$32, %rax
	movq	%r8, 120(%rsp)
	movq	%r10, 176(%rsp)
	je	.LBB10_4
	movq	%r12, %rax
	cqto
	idivq	%r10
	jmp	.LBB10_6
.LBB10_4:
	movl	%r12d, %eax
	xorl	%edx, %edx
	divl	%r10d
.LBB10_6:
	movq	24(%rbp), %r14
	subq	%rdx, %r12
	shlq	$2, %r15
	imulq	%r15, %rsi
	xorl	%edi, %edi
	callq	axon_scratch@PLT
	movq	%rax, 320(%rsp)
	imulq	%r12, %r15
	movl	$1, %edi
	movq	%r15, %rsi
	callq	axon_scratch@PLT
	movq	%rax, 304(%rsp)
	movq	288(%rsp), %rax
	cmpq	$0, 40(%rax)
	je	.LBB10_7
	movq	176(%rsp), %rsi
	leaq	(,%rsi,4), %rax
	movq	352(%rsp), %rdx
	cmpq	%rax, %rdx
	setle	%al
	movl	%eax, 388(%rsp)
	testl	%ebx, %ebx
	sete	39(%rsp)
	movl	$1, %eax
	cmoveq	%r14, %rax
	movq	%rax, 592(%rsp)
	movl	$1, %eax
	cmovneq	%r14, %rax
	movq	%rax, 512(%rsp)
	cmpl	$0, 268(%rsp)
	movq	464(%rsp), %rcx
	movq	120(%rsp), %rax
	movq	%r14, %rdi
	je	.LBB10_10
	movq	%rax, %r10
	movl	$0, 340(%rsp)
	jmp	.LBB10_11
.LBB10_7:
	testl	%ebx, %ebx
	sete	39(%rsp)
	movl	$1, %ecx
	movl	$1, %eax
	cmoveq	%r14, %rax
	movq	%rax, 592(%rsp)
	cmovneq	%r14, %rcx
	movq	%rcx, 512(%rsp)
	movl	$0, 388(%rsp)
	movl	$0, 340(%rsp)
	movq	464(%rsp), %rcx
	movq	352(%rsp), %rdx
	movq	288(%rsp), %rsi
	movq	120(%rsp), %r10
	movq	%r14, %rdi
	testq	%rdx, %rdx
	jg	.LBB10_13
	jmp	.LBB10_21
.LBB10_10:
	movq	%rax, %r10
	addq	%rax, %rax
	cmpq	%rax, 472(%rsp)
	movq	352(%rsp), %rdx
	setle	%al
	movl	%eax, 340(%rsp)
.LBB10_11:
	movq	288(%rsp), %rsi
	testq	%rdx, %rdx
	jle	.LBB10_21
.LBB10_13:
	movq	80(%rbp), %r9
	movq	56(%rbp), %r8
	movq	40(%rbp), %rbx
	movq	32(%rbp), %r14
	movq	%rbx, %rax
	shlq	$7, %rax
	movq	%rax, 856(%rsp)
	movq	%rbx, %rax
	shlq	$6, %rax
	movq	%rax, 848(%rsp)
	movq	%rbx, %rax
	shlq	$5, %rax
	movq	%rax, 840(%rsp)
	movq	%rdi, %r15
	shlq	$4, %r15
	movq	%rdi, %rax
	shlq	$5, %rax
	movq	%rax, 896(%rsp)
	leaq	(,%rdi,8), %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 888(%rsp)
	xorps	%xmm12, %xmm12
	movq	16(%rbp), %r12
	movq	24(%rsi), %rax
	leaq	(,%r8,4), %r8
	movq	%r8, 1016(%rsp)
	movq	176(%rsp), %r8
	leaq	(,%r8,4), %r8
	movq	%r8, 88(%rsp)
	movq	304(%rsp), %r8
	leaq	4(%r8), %r13
	movq	%r13, 712(%rsp)
	leaq	8(%r8), %r13
	movq	%r13, 704(%rsp)
	leaq	12(%r8), %r13
	movq	%r13, 696(%rsp)
	leaq	16(%r8), %r13
	movq	%r13, 392(%rsp)
	leaq	20(%r8), %r13
	movq	%r13, 688(%rsp)
	leaq	24(%r8), %r13
	movq	%r13, 680(%rsp)
	leaq	28(%r8), %r13
	movq	%r13, 672(%rsp)
	leaq	12(%r14), %r13
	movq	%r13, 448(%rsp)
	leaq	(,%rbx,4), %r13
	leaq	384(%r8), %r11
	movq	%r11, 648(%rsp)
	leaq	112(%r8), %r11
	movq	%r11, 536(%rsp)
	leaq	112(%r14), %r11
	movq	%r11, 640(%rsp)
	leaq	16(%r14), %r11
	movq	%r11, 440(%rsp)
	leaq	192(%r8), %r11
	movq	%r11, 632(%rsp)
	leaq	48(%r14), %r11
	movq	%r11, 616(%rsp)
	leaq	(,%rbx,8), %r11
	movq	%r11, 552(%rsp)
	leaq	96(%r8), %r8
	movq	%r8, 624(%rsp)
	leaq	28(%r14), %r8
	movq	%r8, 528(%rsp)
	leaq	12(%r12), %r8
	movq	%r8, 744(%rsp)
	leaq	(,%rdi,4), %rdi
	movq	%rdi, 224(%rsp)
	movq	320(%rsp), %rdi
	leaq	12(%rdi), %r8
	movq	%r8, 776(%rsp)
	movq	%r15, 904(%rsp)
	leaq	(%r15,%r15,2), %r8
	movq	%r8, 880(%rsp)
	leaq	28(%r12), %r8
	movq	%r8, 736(%rsp)
	leaq	96(%rdi), %r8
	movq	%r8, 768(%rsp)
	leaq	20(%r12), %r8
	movq	%r8, 728(%rsp)
	leaq	48(%rdi), %r8
	movq	%r8, 760(%rsp)
	leaq	16(%rdi), %rdi
	movq	%rdi, 752(%rsp)
	leaq	16(%r12), %rdi
	movq	%rdi, 720(%rsp)
	leaq	(,%r10,4), %rdi
	movq	%rdi, 1008(%rsp)
	leaq	4(%r9), %rdi
	movq	%rdi, 608(%rsp)
	leaq	16(%r9), %rdi
	movq	%rdi, 600(%rsp)
	xorl	%edi, %edi
	movq	%r13, 248(%rsp)
	jmp	.LBB10_14
	.p2align	4
.LBB10_19:
	movq	24(%rsi), %rax
	movq	488(%rsp), %rdi
.LBB10_20:
	addq	%rax, %rdi
	movq	352(%rsp), %rdx
	cmpq	%rdx, %rdi
	jge	.LBB10_21
.LBB10_14:
	movq	%rdx, %r11
	subq	%rdi, %r11
	cmpq	%r11, %rax
	cmovlq	%rax, %r11
	testq	%rcx, %rcx
	jle	.LBB10_20
	movq	32(%rbp), %rax
	leaq	(%rax,%rdi,4), %rax
	movq	%rax, 400(%rsp)
	movq	48(%rbp), %rax
	leaq	(%rax,%rdi,4), %rax
	movq	%rax, 944(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rdi,4), %rax
	movq	%rax, 568(%rsp)
	movq	8(%rsi), %rax
	movq	440(%rsp), %rdx
	leaq	(%rdx,%rdi,4), %rdx
	movq	%rdx, 456(%rsp)
	movq	616(%rsp), %rdx
	leaq	(%rdx,%rdi,4), %rdx
	movq	%rdx, 664(%rsp)
	movq	528(%rsp), %rdx
	leaq	(%rdx,%rdi,4), %rdx
	movq	%rdx, 656(%rsp)
	movq	608(%rsp), %rdx
	leaq	(%rdx,%rdi,4), %rdx
	movq	%rdx, 872(%rsp)
	movq	600(%rsp), %rdx
	movq	%rdi, 488(%rsp)
	leaq	(%rdx,%rdi,4), %rdx
	movq	%rdx, 864(%rsp)
	xorl	%edx, %edx
	movq	88(%rsp), %r8
	movq	%r11, 432(%rsp)
	jmp	.LBB10_16
	.p2align	4
.LBB10_449:
	movq	8(%rsi), %rax
	movq	360(%rsp), %rdx
	addq	%rax, %rdx
	movq	464(%rsp), %rcx
	cmpq	%rcx, %rdx
	jge	.LBB10_19
.LBB10_16:
	cmpl	$0, 72(%rbp)
	setne	%dil
	movq	%rcx, %rsi
	subq	%rdx, %rsi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	testq	%rdx, %rdx
	setg	504(%rsp)
	movl	$0, %eax
	cmoveq	80(%rbp), %rax
	movq	%rax, 376(%rsp)
	movl	$0, %eax
	cmpb	$0, 340(%rsp)
	movq	%rdx, %rcx
	je	.LBB10_24
	movq	%r11, %rax
	movq	176(%rsp), %r9
	orq	%r9, %rax
	shrq	$32, %rax
	je	.LBB10_18
	movq	%r11, %rax
	cqto
	idivq	%r9
	jmp	.LBB10_23
.LBB10_18:
	movl	%r11d, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB10_23:
	movq	%r11, %rax
	subq	%rdx, %rax
.LBB10_24:
	movb	%dil, 55(%rsp)
	movq	%rsi, 40(%rsp)
	movq	%rcx, 360(%rsp)
	movq	%rax, 520(%rsp)
	subq	%rax, %r11
	movq	%r11, 144(%rsp)
	jle	.LBB10_229
	movq	488(%rsp), %rax
	movq	520(%rsp), %rbx
	leaq	(%rbx,%rax), %r8
	movq	288(%rsp), %rax
	movslq	4(%rax), %rdi
	cmpl	$0, 268(%rsp)
	je	.LBB10_28
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB10_28
	movq	32(%rbp), %rsi
	movq	40(%rbp), %rdx
	movq	360(%rsp), %rcx
	movq	40(%rsp), %r9
	pushq	304(%rsp)
	pushq	152(%rsp)
	callq	*%rax
	xorps	%xmm12, %xmm12
	movq	136(%rsp), %r10
	addq	$16, %rsp
	movq	88(%rsp), %r8
	.p2align	4
.LBB10_229:
	movq	472(%rsp), %rcx
	testq	%rcx, %rcx
	movq	288(%rsp), %rsi
	movq	24(%rbp), %rdx
	movq	432(%rsp), %r11
	movq	40(%rsp), %r12
	jle	.LBB10_449
	movzbl	55(%rsp), %eax
	orb	504(%rsp), %al
	movb	%al, 55(%rsp)
	movq	360(%rsp), %rbx
	movq	%rbx, %rax
	imulq	%rdx, %rax
	movq	16(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	movq	%rax, 832(%rsp)
	movq	%r12, %r14
	shlq	$4, %r14
	movq	%r12, %rax
	shlq	$5, %rax
	movq	%rax, 920(%rsp)
	leaq	(,%r12,8), %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 912(%rsp)
	movq	%rbx, %rax
	imulq	40(%rbp), %rax
	movq	400(%rsp), %rdi
	leaq	(%rdi,%rax,4), %rax
	movq	%rax, 968(%rsp)
	movq	%rbx, %rax
	imulq	512(%rsp), %rax
	leaq	(%r9,%rax,4), %rax
	movq	%rax, 256(%rsp)
	movl	%r12d, %r15d
	andl	$3, %r15d
	movq	%r12, %rdi
	movabsq	$9223372036854775804, %rax
	andq	%rax, %rdi
	addq	$-4, %rax
	andq	%r12, %rax
	movq	%rax, 576(%rsp)
	movq	224(%rsp), %r13
	imulq	%rbx, %r13
	movq	%rdi, 416(%rsp)
	negq	%rdi
	movq	%rdi, 344(%rsp)
	movl	%r15d, %edx
	shll	$4, %edx
	movl	%r15d, %eax
	shll	$5, %eax
	movq	%rax, 992(%rsp)
	leal	(,%r15,8), %eax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 984(%rsp)
	movq	744(%rsp), %rdi
	leaq	(%rdi,%r13), %rax
	movq	%rax, 544(%rsp)
	movq	736(%rsp), %rax
	addq	%r13, %rax
	movq	%rax, 816(%rsp)
	movq	728(%rsp), %rax
	addq	%r13, %rax
	movq	%rax, 808(%rsp)
	movq	720(%rsp), %r11
	leaq	(%r11,%r13), %rax
	movq	%rax, 800(%rsp)
	addq	%r9, %r13
	movq	%r13, 824(%rsp)
	movq	%r15, %rax
	negq	%rax
	movq	%rax, 936(%rsp)
	leaq	(,%r12,4), %rax
	movq	%rax, 792(%rsp)
	movq	%r14, 928(%rsp)
	leaq	(%r14,%r14,2), %rax
	movq	%rax, 560(%rsp)
	movq	16(%rsi), %rax
	leaq	-1(%r12), %rsi
	movq	%rsi, 208(%rsp)
	leaq	(%rdi,%rbx,4), %rsi
	movq	%rsi, 408(%rsp)
	leaq	(%r9,%rbx,4), %rsi
	movq	%rsi, 368(%rsp)
	movq	%rdx, 1000(%rsp)
	leaq	(%rdx,%rdx,2), %rdx
	movq	%rdx, 976(%rsp)
	movq	%r15, 480(%rsp)
	leal	(,%r15,4), %edx
	movq	%rdx, 584(%rsp)
	leaq	(%r11,%rbx,4), %rdx
	movq	%rdx, 784(%rsp)
	xorl	%edi, %edi
	jmp	.LBB10_231
	.p2align	4
.LBB10_448:
	movq	288(%rsp), %rsi
	movq	16(%rsi), %rax
	addq	%rax, %rdi
	movq	472(%rsp), %rcx
	cmpq	%rcx, %rdi
	movq	248(%rsp), %r13
	movq	40(%rsp), %r12
	jge	.LBB10_449
.LBB10_231:
	movq	%rdi, 296(%rsp)
	subq	%rdi, %rcx
	cmpq	%rcx, %rax
	cmovlq	%rax, %rcx
	cmpb	$0, 388(%rsp)
	je	.LBB10_232
	movq	%rcx, %rax
	movq	%r10, %rsi
	orq	%r10, %rax
	shrq	$32, %rax
	je	.LBB10_234
	movq	%rcx, %rax
	cqto
	idivq	%rsi
	jmp	.LBB10_236
	.p2align	4
.LBB10_232:
	xorl	%eax, %eax
	movq	176(%rsp), %r11
	jmp	.LBB10_237
.LBB10_234:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB10_236:
	movq	176(%rsp), %r11
	movq	%rcx, %rax
	subq	%rdx, %rax
.LBB10_237:
	movq	%rcx, 192(%rsp)
	movq	%rax, 232(%rsp)
	subq	%rax, %rcx
	movq	%rcx, 136(%rsp)
	jle	.LBB10_442
	movq	296(%rsp), %rsi
	movq	232(%rsp), %r9
	leaq	(%r9,%rsi), %r13
	movq	288(%rsp), %rax
	movslq	(%rax), %rdi
	cmpb	$0, 39(%rsp)
	je	.LBB10_241
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB10_241
	movq	16(%rbp), %rsi
	movq	24(%rbp), %rdx
	movq	360(%rsp), %rcx
	movq	%r13, %r8
	movq	%r12, %r9
	pushq	320(%rsp)
	pushq	144(%rsp)
	callq	*%rax
	movq	104(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	192(%rsp), %r11
	movq	136(%rsp), %r10
	addq	$16, %rsp
	.p2align	4
.LBB10_442:
	movq	%r11, %r9
	movq	432(%rsp), %r11
	testq	%r11, %r11
	movq	296(%rsp), %rdi
	movq	192(%rsp), %rsi
	jle	.LBB10_448
	movq	48(%rbp), %rax
	leaq	(%rax,%rdi,4), %rax
	movq	%rax, 960(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rdi,4), %rax
	movq	%rax, 952(%rsp)
	movq	568(%rsp), %r12
	movq	864(%rsp), %r13
	movq	872(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	$0, 424(%rsp)
	movq	%r11, %rdx
	xorl	%ebx, %ebx
	jmp	.LBB10_444
	.p2align	4
.LBB10_482:
	movq	152(%rsp), %rbx
	addq	%r9, %rbx
	incq	424(%rsp)
	addq	%r8, 56(%rsp)
	addq	%r8, %r13
	addq	%r8, %r12
	movq	432(%rsp), %r11
	cmpq	%r11, %rbx
	movq	496(%rsp), %rdx
	jge	.LBB10_448
.LBB10_444:
	movq	%rdx, %r11
	movq	%rbx, %rax
	movq	520(%rsp), %rcx
	subq	%rcx, %rax
	imulq	40(%rsp), %rax
	cmpq	%rcx, %rbx
	movq	968(%rsp), %rcx
	movq	%rbx, 152(%rsp)
	leaq	(%rcx,%rbx,4), %rbx
	movq	%r9, %rcx
	cmovlq	40(%rbp), %rcx
	movq	%rcx, 184(%rsp)
	movq	304(%rsp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, 272(%rsp)
	movq	%rbx, 280(%rsp)
	cmovlq	%rbx, %rax
	movq	%rax, 216(%rsp)
	subq	%r9, %rdx
	movq	%rdx, 496(%rsp)
	cmovgeq	%r9, %r11
	movq	%r11, 64(%rsp)
	testq	%rsi, %rsi
	jle	.LBB10_482
	movq	64(%rsp), %rax
	movl	%eax, %ecx
	andl	$3, %ecx
	movq	%rcx, 144(%rsp)
	movq	%rax, %rcx
	andq	$-8, %rcx
	movq	%rcx, 72(%rsp)
	movq	%rax, %rcx
	andq	$-2, %rcx
	movq	%rcx, 128(%rsp)
	leaq	(,%rax,4), %rcx
	movq	%rcx, 312(%rsp)
	imulq	424(%rsp), %r8
	movq	568(%rsp), %rcx
	addq	%rcx, %r8
	movq	%r8, 328(%rsp)
	leaq	(%r8,%rax,4), %rax
	movq	%rax, 504(%rsp)
	movq	432(%rsp), %rax
	movq	152(%rsp), %r8
	subq	%r8, %rax
	cmpq	%rax, %r9
	movq	%rax, 160(%rsp)
	cmovlq	%r9, %rax
	movq	%rax, 104(%rsp)
	movq	944(%rsp), %rax
	leaq	(%rax,%r8,4), %rax
	movq	%rax, 240(%rsp)
	movq	488(%rsp), %rax
	addq	%r8, %rax
	imulq	56(%rbp), %rax
	movq	960(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, 200(%rsp)
	leaq	(%rcx,%r8,4), %rax
	movq	%rax, 168(%rsp)
	movq	952(%rsp), %rbx
	movq	%rsi, %rax
	xorl	%r11d, %r11d
	jmp	.LBB10_446
	.p2align	4
.LBB10_481:
	movq	120(%rsp), %r10
	movq	80(%rsp), %r11
	addq	%r10, %r11
	addq	1008(%rsp), %rbx
	movq	192(%rsp), %rsi
	cmpq	%rsi, %r11
	movq	296(%rsp), %rdi
	movq	136(%rsp), %rax
	jge	.LBB10_482
.LBB10_446:
	movq	%rax, %r14
	cmpq	%r9, 160(%rsp)
	setge	%dl
	subq	%r10, %rax
	movq	%rax, 136(%rsp)
	cmovgeq	%r10, %r14
	subq	%r11, %rsi
	cmpq	%rsi, %r10
	movq	%rsi, %rax
	cmovlq	%r10, %rax
	movq	%rax, 96(%rsp)
	leaq	(%r11,%rdi), %r9
	movq	%r9, %rax
	movq	56(%rbp), %rdi
	imulq	%rdi, %rax
	cmpl	$0, 64(%rbp)
	sete	%cl
	movq	200(%rsp), %r8
	leaq	(%r8,%r11,4), %r15
	movq	240(%rsp), %r8
	leaq	(%r8,%rax,4), %rax
	cmoveq	%rax, %r15
	movq	%r10, %r8
	cmpq	%r10, %rsi
	setge	%sil
	andb	%dl, %cl
	andb	%sil, %cl
	leaq	1024(%rsp), %rdx
	cmoveq	%rdx, %rax
	movq	176(%rsp), %r10
	cmovneq	%rdi, %r10
	movzbl	55(%rsp), %edx
	movb	%cl, 112(%rsp)
	andb	%cl, %dl
	movzbl	%dl, %ecx
	movq	%r11, 80(%rsp)
	movq	%r11, %rdx
	subq	232(%rsp), %rdx
	jge	.LBB10_450
	movq	592(%rsp), %rdx
	imulq	%rdx, %r9
	movq	256(%rsp), %rsi
	leaq	(%rsi,%r9,4), %rsi
	subq	$8, %rsp
	movq	48(%rsp), %rdi
	movq	%rcx, %r11
	movq	520(%rsp), %rcx
	movq	224(%rsp), %r8
	movq	192(%rsp), %r9
	jmp	.LBB10_452
	.p2align	4
.LBB10_450:
	movq	%rcx, %r11
	movq	40(%rsp), %rdi
	imulq	%rdi, %rdx
	movq	320(%rsp), %rcx
	leaq	(%rcx,%rdx,4), %rsi
	movq	152(%rsp), %rcx
	cmpq	520(%rsp), %rcx
	jge	.LBB10_453
	subq	$8, %rsp
	movl	$1, %edx
	movq	%r8, %rcx
	movq	288(%rsp), %r8
	movq	40(%rbp), %r9
.LBB10_452:
	pushq	%r11
	pushq	%r10
	pushq	%rax
	movq	320(%rsp), %rax
	callq	*40(%rax)
	addq	$32, %rsp
	jmp	.LBB10_454
	.p2align	4
.LBB10_453:
	movq	272(%rsp), %rdx
	movq	%rax, %rcx
	movq	%r10, %r8
	movl	%r11d, %r9d
	movq	288(%rsp), %rax
	callq	*32(%rax)
.LBB10_454:
	cmpb	$0, 112(%rsp)
	movq	176(%rsp), %r9
	xorps	%xmm12, %xmm12
	movq	1016(%rsp), %r11
	movq	88(%rsp), %r8
	movzbl	55(%rsp), %edi
	movq	64(%rsp), %r10
	je	.LBB10_470
	cmpq	$0, 376(%rsp)
	je	.LBB10_481
	cmpq	$0, 96(%rsp)
	jle	.LBB10_481
	leaq	-1(%r14), %rax
	imulq	%r11, %rax
	testq	%r11, %r11
	sets	%cl
	movq	312(%rsp), %rdx
	addq	%r15, %rdx
	addq	%rdx, %rax
	cmpq	504(%rsp), %r15
	setb	%dl
	cmpq	%rax, 328(%rsp)
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	leaq	16(%r15), %rcx
	xorl	%edx, %edx
	jmp	.LBB10_458
	.p2align	4
.LBB10_468:
	incq	%rdx
	addq	%r11, %rcx
	addq	%r11, %r15
	cmpq	%r14, %rdx
	je	.LBB10_481
.LBB10_458:
	cmpq	$0, 104(%rsp)
	jle	.LBB10_468
	cmpq	$8, %r10
	setb	%sil
	orb	%al, %sil
	testb	$1, %sil
	je	.LBB10_461
	xorl	%edi, %edi
	jmp	.LBB10_464
	.p2align	4
.LBB10_461:
	xorl	%esi, %esi
	movq	72(%rsp), %rdi
	.p2align	4
.LBB10_462:
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
	jne	.LBB10_462
	cmpq	%rdi, %r10
	je	.LBB10_468
.LBB10_464:
	movq	%rdi, %rsi
	testb	$3, %r10b
	je	.LBB10_467
	movq	144(%rsp), %r8
	movq	%rdi, %rsi
	.p2align	4
.LBB10_466:
	movss	(%r12,%rsi,4), %xmm0
	addss	(%r15,%rsi,4), %xmm0
	movss	%xmm0, (%r15,%rsi,4)
	incq	%rsi
	decq	%r8
	jne	.LBB10_466
.LBB10_467:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	movq	88(%rsp), %r8
	ja	.LBB10_468
	.p2align	4
.LBB10_469:
	movss	(%r12,%rsi,4), %xmm0
	addss	(%r15,%rsi,4), %xmm0
	movss	%xmm0, (%r15,%rsi,4)
	movss	4(%r12,%rsi,4), %xmm0
	addss	4(%r15,%rsi,4), %xmm0
	movss	%xmm0, 4(%r15,%rsi,4)
	movss	8(%r12,%rsi,4), %xmm0
	addss	8(%r15,%rsi,4), %xmm0
	movss	%xmm0, 8(%r15,%rsi,4)
	movss	12(%r12,%rsi,4), %xmm0
	addss	12(%r15,%rsi,4), %xmm0
	movss	%xmm0, 12(%r15,%rsi,4)
	addq	$4, %rsi
	cmpq	%rsi, %r10
	jne	.LBB10_469
	jmp	.LBB10_468
	.p2align	4
.LBB10_470:
	cmpl	$0, 64(%rbp)
	je	.LBB10_483
	cmpq	$0, 104(%rsp)
	jle	.LBB10_481
	leaq	1024(%rsp), %rax
	xorl	%ecx, %ecx
	jmp	.LBB10_473
	.p2align	4
.LBB10_480:
	incq	%rcx
	addq	%r11, %r15
	addq	$4, %rax
	cmpq	%r10, %rcx
	je	.LBB10_481
.LBB10_473:
	cmpq	$0, 96(%rsp)
	jle	.LBB10_480
	movq	%rax, %rdx
	xorl	%esi, %esi
	jmp	.LBB10_475
	.p2align	4
.LBB10_479:
	movss	%xmm0, (%r15,%rsi,4)
	incq	%rsi
	addq	%r8, %rdx
	cmpq	%rsi, %r14
	je	.LBB10_480
.LBB10_475:
	movss	(%rdx), %xmm0
	cmpq	$0, 376(%rsp)
	je	.LBB10_477
	addss	(%rbx,%rsi,4), %xmm0
.LBB10_477:
	testb	%dil, %dil
	je	.LBB10_479
	addss	(%r15,%rsi,4), %xmm0
	jmp	.LBB10_479
.LBB10_483:
	cmpq	$0, 96(%rsp)
	jle	.LBB10_481
	leaq	4(%r15), %rax
	leaq	1028(%rsp), %rcx
	xorl	%edx, %edx
	jmp	.LBB10_485
	.p2align	4
.LBB10_492:
	movss	%xmm0, (%rdi,%rsi,4)
	movzbl	55(%rsp), %edi
.LBB10_493:
	incq	%rdx
	addq	%r8, %rcx
	addq	%r11, %rax
	cmpq	%r14, %rdx
	je	.LBB10_481
.LBB10_485:
	cmpq	$0, 104(%rsp)
	jle	.LBB10_493
	xorl	%esi, %esi
	cmpq	$1, %r10
	jne	.LBB10_494
.LBB10_487:
	testb	$1, %r10b
	je	.LBB10_493
	movq	%rdx, %rdi
	imulq	%r9, %rdi
	addq	%rsi, %rdi
	movss	1024(%rsp,%rdi,4), %xmm0
	cmpq	$0, 376(%rsp)
	je	.LBB10_490
	movq	168(%rsp), %rdi
	addss	(%rdi,%rsi,4), %xmm0
.LBB10_490:
	movq	%rdx, %rdi
	imulq	56(%rbp), %rdi
	leaq	(%r15,%rdi,4), %rdi
	cmpb	$0, 55(%rsp)
	je	.LBB10_492
	addss	(%rdi,%rsi,4), %xmm0
	jmp	.LBB10_492
	.p2align	4
.LBB10_502:
	movss	%xmm0, (%rax,%rsi,4)
	addq	$2, %rsi
	cmpq	%rsi, 128(%rsp)
	je	.LBB10_487
.LBB10_494:
	movss	-4(%rcx,%rsi,4), %xmm0
	cmpq	$0, 376(%rsp)
	je	.LBB10_496
	movq	56(%rsp), %r10
	addss	-4(%r10,%rsi,4), %xmm0
.LBB10_496:
	testb	%dil, %dil
	je	.LBB10_498
	addss	-4(%rax,%rsi,4), %xmm0
.LBB10_498:
	movss	%xmm0, -4(%rax,%rsi,4)
	movss	(%rcx,%rsi,4), %xmm0
	cmpq	$0, 376(%rsp)
	je	.LBB10_500
	movq	56(%rsp), %r10
	addss	(%r10,%rsi,4), %xmm0
.LBB10_500:
	movq	64(%rsp), %r10
	testb	%dil, %dil
	je	.LBB10_502
	addss	(%rax,%rsi,4), %xmm0
	jmp	.LBB10_502
	.p2align	4
.LBB10_241:
	leal	-4(%rdi), %eax
	cmpl	$8, %eax
	ja	.LBB10_394
	leaq	.LJTI10_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB10_243:
	movq	136(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$2, %rax
	movq	%rax, 160(%rsp)
	movq	544(%rsp), %rax
	leaq	(%rax,%r13,4), %rax
	movq	%rax, 112(%rsp)
	imulq	224(%rsp), %r13
	movq	408(%rsp), %rax
	leaq	(%rax,%r13), %r9
	addq	368(%rsp), %r13
	movq	760(%rsp), %rdi
	xorl	%eax, %eax
	movq	320(%rsp), %rsi
	xorl	%ebx, %ebx
	jmp	.LBB10_244
	.p2align	4
.LBB10_266:
	movq	928(%rsp), %rcx
	movq	128(%rsp), %rsi
	addq	%rcx, %rsi
	movq	72(%rsp), %rbx
	addq	$4, %rbx
	movq	56(%rsp), %rdx
	addq	$-4, %rdx
	addq	$16, 112(%rsp)
	movq	904(%rsp), %rax
	movq	104(%rsp), %r9
	addq	%rax, %r9
	movq	96(%rsp), %rdi
	addq	%rcx, %rdi
	addq	%rax, %r13
	movq	80(%rsp), %rax
	cmpq	160(%rsp), %rax
	leaq	1(%rax), %rax
	movq	40(%rsp), %r12
	je	.LBB10_442
.LBB10_244:
	movq	%rax, 80(%rsp)
	cmpq	$4, %rdx
	movl	$4, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %r15d
	cmovgeq	%rdx, %r15
	cmpq	$4, %r15
	movl	$4, %eax
	cmovgeq	%rax, %r15
	movq	136(%rsp), %r14
	subq	%rbx, %r14
	cmpq	$4, %r14
	cmovlq	%r14, %rax
	cmpb	$0, 39(%rsp)
	movq	%r14, 64(%rsp)
	movq	%r9, 104(%rsp)
	movq	%rdi, 96(%rsp)
	movq	%rdx, 56(%rsp)
	movq	%rsi, 128(%rsp)
	movq	%rbx, 72(%rsp)
	je	.LBB10_258
	leaq	(%rsi,%rcx,4), %rcx
	testq	%r14, %r14
	movq	416(%rsp), %r14
	jle	.LBB10_255
	movq	%r13, 144(%rsp)
	movq	%r13, %rdx
	movq	%r9, %r8
	xorl	%r9d, %r9d
	jmp	.LBB10_247
	.p2align	4
.LBB10_253:
	incq	%r9
	movq	224(%rsp), %r10
	addq	%r10, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r10, %rdx
	cmpq	%r15, %r9
	je	.LBB10_254
.LBB10_247:
	testq	%r12, %r12
	jle	.LBB10_253
	cmpq	$3, 208(%rsp)
	jae	.LBB10_270
	xorl	%r10d, %r10d
	jmp	.LBB10_250
	.p2align	4
.LBB10_270:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB10_271:
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
	jne	.LBB10_271
.LBB10_250:
	testb	$3, %r12b
	movq	584(%rsp), %r13
	je	.LBB10_253
	leaq	(%rdx,%r10,4), %r11
	shlq	$4, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_252:
	movss	(%r11,%rbx), %xmm0
	movss	%xmm0, (%r10,%rbx,4)
	addq	$4, %rbx
	cmpq	%rbx, %r13
	jne	.LBB10_252
	jmp	.LBB10_253
	.p2align	4
.LBB10_258:
	testq	%r12, %r12
	jle	.LBB10_266
	movq	%r14, %rdx
	movq	128(%rsp), %rbx
	movq	40(%rsp), %r14
	movq	112(%rsp), %r12
	jmp	.LBB10_260
	.p2align	4
.LBB10_261:
	xorl	%eax, %eax
.LBB10_264:
	leaq	(%rbx,%rax,4), %rdi
	shlq	$2, %rax
	movl	$16, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	64(%rsp), %rdx
	movq	88(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	176(%rsp), %r11
	movq	120(%rsp), %r10
.LBB10_265:
	addq	224(%rsp), %r12
	addq	$16, %rbx
	decq	%r14
	je	.LBB10_266
.LBB10_260:
	testq	%rdx, %rdx
	jle	.LBB10_261
	movss	-12(%r12), %xmm0
	movss	%xmm0, (%rbx)
	movq	56(%rsp), %rcx
	cmpq	$1, %rcx
	jle	.LBB10_263
	movss	-8(%r12), %xmm0
	movss	%xmm0, 4(%rbx)
	cmpq	$2, %rcx
	je	.LBB10_263
	movss	-4(%r12), %xmm0
	movss	%xmm0, 8(%rbx)
	cmpq	$3, %rcx
	je	.LBB10_263
	movss	(%r12), %xmm0
	movss	%xmm0, 12(%rbx)
	.p2align	4
.LBB10_263:
	movq	%r15, %rax
	cmpq	$3, %rcx
	jle	.LBB10_264
	jmp	.LBB10_265
	.p2align	4
.LBB10_254:
	cmpq	$4, 64(%rsp)
	movq	120(%rsp), %r10
	movq	176(%rsp), %r11
	movq	88(%rsp), %r8
	movq	144(%rsp), %r13
	jl	.LBB10_255
	jmp	.LBB10_266
	.p2align	4
.LBB10_276:
	addq	$4, %rcx
	cmpq	$3, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_266
.LBB10_255:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	1000(%rsp), %rbx
	jle	.LBB10_276
	cmpq	$3, 208(%rsp)
	jae	.LBB10_277
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_274
	jmp	.LBB10_276
	.p2align	4
.LBB10_277:
	movq	%r11, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	344(%rsp), %r11
	.p2align	4
.LBB10_278:
	movl	$0, (%rsi)
	movl	$0, 16(%rsi)
	movl	$0, 32(%rsi)
	movl	$0, 48(%rsi)
	addq	$-4, %rdx
	addq	$64, %rsi
	cmpq	%rdx, %r11
	jne	.LBB10_278
	negq	%rdx
	movq	%r9, %r11
	testb	$3, %dil
	je	.LBB10_276
.LBB10_274:
	shlq	$4, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_275:
	movl	$0, (%rdx,%rsi)
	addq	$16, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_275
	jmp	.LBB10_276
.LBB10_317:
	movq	136(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$3, %rax
	movq	%rax, 160(%rsp)
	movq	816(%rsp), %rax
	leaq	(%rax,%r13,4), %rax
	movq	%rax, 112(%rsp)
	imulq	224(%rsp), %r13
	movq	408(%rsp), %rax
	leaq	(%rax,%r13), %r9
	addq	368(%rsp), %r13
	movq	768(%rsp), %rdi
	xorl	%eax, %eax
	movq	320(%rsp), %rsi
	xorl	%ebx, %ebx
	jmp	.LBB10_318
	.p2align	4
.LBB10_340:
	movq	920(%rsp), %rcx
	movq	128(%rsp), %rsi
	addq	%rcx, %rsi
	movq	72(%rsp), %rbx
	addq	$8, %rbx
	movq	56(%rsp), %rdx
	addq	$-8, %rdx
	addq	$32, 112(%rsp)
	movq	896(%rsp), %rax
	movq	104(%rsp), %r9
	addq	%rax, %r9
	movq	96(%rsp), %rdi
	addq	%rcx, %rdi
	addq	%rax, %r13
	movq	80(%rsp), %rax
	cmpq	160(%rsp), %rax
	leaq	1(%rax), %rax
	movq	40(%rsp), %r12
	je	.LBB10_442
.LBB10_318:
	movq	%rax, 80(%rsp)
	cmpq	$8, %rdx
	movl	$8, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %r15d
	cmovgeq	%rdx, %r15
	cmpq	$8, %r15
	movl	$8, %eax
	cmovgeq	%rax, %r15
	movq	136(%rsp), %r14
	subq	%rbx, %r14
	cmpq	$8, %r14
	cmovlq	%r14, %rax
	cmpb	$0, 39(%rsp)
	movq	%r14, 64(%rsp)
	movq	%r9, 104(%rsp)
	movq	%rdi, 96(%rsp)
	movq	%rdx, 56(%rsp)
	movq	%rsi, 128(%rsp)
	movq	%rbx, 72(%rsp)
	je	.LBB10_332
	leaq	(%rsi,%rcx,4), %rcx
	testq	%r14, %r14
	movq	416(%rsp), %r14
	jle	.LBB10_329
	movq	%r13, 144(%rsp)
	movq	%r13, %rdx
	movq	%r9, %r8
	xorl	%r9d, %r9d
	jmp	.LBB10_321
	.p2align	4
.LBB10_327:
	incq	%r9
	movq	224(%rsp), %r10
	addq	%r10, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r10, %rdx
	cmpq	%r15, %r9
	je	.LBB10_328
.LBB10_321:
	testq	%r12, %r12
	jle	.LBB10_327
	cmpq	$3, 208(%rsp)
	jae	.LBB10_348
	xorl	%r10d, %r10d
	jmp	.LBB10_324
	.p2align	4
.LBB10_348:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB10_349:
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
	jne	.LBB10_349
.LBB10_324:
	testb	$3, %r12b
	movq	584(%rsp), %r13
	je	.LBB10_327
	leaq	(%rdx,%r10,4), %r11
	shlq	$5, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_326:
	movss	(%r11,%rbx), %xmm0
	movss	%xmm0, (%r10,%rbx,8)
	addq	$4, %rbx
	cmpq	%rbx, %r13
	jne	.LBB10_326
	jmp	.LBB10_327
	.p2align	4
.LBB10_332:
	testq	%r12, %r12
	jle	.LBB10_340
	movq	%r14, %rdx
	movq	128(%rsp), %rbx
	movq	40(%rsp), %r14
	movq	112(%rsp), %r12
	jmp	.LBB10_334
	.p2align	4
.LBB10_335:
	xorl	%eax, %eax
.LBB10_338:
	leaq	(%rbx,%rax,4), %rdi
	shlq	$2, %rax
	movl	$32, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	64(%rsp), %rdx
	movq	88(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	176(%rsp), %r11
	movq	120(%rsp), %r10
.LBB10_339:
	addq	224(%rsp), %r12
	addq	$32, %rbx
	decq	%r14
	je	.LBB10_340
.LBB10_334:
	testq	%rdx, %rdx
	jle	.LBB10_335
	movss	-28(%r12), %xmm0
	movss	%xmm0, (%rbx)
	movq	56(%rsp), %rcx
	cmpq	$1, %rcx
	jle	.LBB10_337
	movss	-24(%r12), %xmm0
	movss	%xmm0, 4(%rbx)
	cmpq	$2, %rcx
	je	.LBB10_337
	movss	-20(%r12), %xmm0
	movss	%xmm0, 8(%rbx)
	cmpq	$3, %rcx
	je	.LBB10_337
	movss	-16(%r12), %xmm0
	movss	%xmm0, 12(%rbx)
	cmpq	$4, %rcx
	je	.LBB10_337
	movss	-12(%r12), %xmm0
	movss	%xmm0, 16(%rbx)
	cmpq	$5, %rcx
	je	.LBB10_337
	movss	-8(%r12), %xmm0
	movss	%xmm0, 20(%rbx)
	cmpq	$6, %rcx
	je	.LBB10_337
	movss	-4(%r12), %xmm0
	movss	%xmm0, 24(%rbx)
	cmpq	$7, %rcx
	je	.LBB10_337
	movss	(%r12), %xmm0
	movss	%xmm0, 28(%rbx)
	.p2align	4
.LBB10_337:
	movq	%r15, %rax
	cmpq	$7, %rcx
	jle	.LBB10_338
	jmp	.LBB10_339
	.p2align	4
.LBB10_328:
	cmpq	$8, 64(%rsp)
	movq	120(%rsp), %r10
	movq	176(%rsp), %r11
	movq	88(%rsp), %r8
	movq	144(%rsp), %r13
	jl	.LBB10_329
	jmp	.LBB10_340
	.p2align	4
.LBB10_354:
	addq	$4, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_340
.LBB10_329:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	992(%rsp), %rbx
	jle	.LBB10_354
	cmpq	$3, 208(%rsp)
	jae	.LBB10_355
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_352
	jmp	.LBB10_354
	.p2align	4
.LBB10_355:
	movq	%r11, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	344(%rsp), %r11
	.p2align	4
.LBB10_356:
	movl	$0, (%rsi)
	movl	$0, 32(%rsi)
	movl	$0, 64(%rsi)
	movl	$0, 96(%rsi)
	addq	$-4, %rdx
	subq	$-128, %rsi
	cmpq	%rdx, %r11
	jne	.LBB10_356
	negq	%rdx
	movq	%r9, %r11
	testb	$3, %dil
	je	.LBB10_354
.LBB10_352:
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_353:
	movl	$0, (%rdx,%rsi)
	addq	$32, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_353
	jmp	.LBB10_354
.LBB10_279:
	movq	136(%rsp), %r15
	leaq	-1(%r15), %rax
	movabsq	$-6148914691236517205, %rcx
	mulq	%rcx
	shrq	$2, %rdx
	movq	%rdx, 80(%rsp)
	movq	808(%rsp), %rax
	leaq	(%rax,%r13,4), %rax
	movq	%rax, 72(%rsp)
	imulq	224(%rsp), %r13
	movq	408(%rsp), %rax
	leaq	(%rax,%r13), %rdi
	addq	368(%rsp), %r13
	xorl	%eax, %eax
	movq	320(%rsp), %rsi
	xorl	%edx, %edx
	jmp	.LBB10_280
	.p2align	4
.LBB10_302:
	movq	64(%rsp), %rsi
	addq	912(%rsp), %rsi
	movq	104(%rsp), %rdx
	addq	$6, %rdx
	addq	$-6, %r15
	addq	$24, 72(%rsp)
	movq	888(%rsp), %rax
	movq	128(%rsp), %rdi
	addq	%rax, %rdi
	movq	144(%rsp), %r13
	addq	%rax, %r13
	movq	96(%rsp), %rax
	cmpq	80(%rsp), %rax
	leaq	1(%rax), %rax
	movq	40(%rsp), %r12
	je	.LBB10_442
.LBB10_280:
	movq	%rax, 96(%rsp)
	cmpq	$6, %r15
	movl	$6, %ecx
	cmovlq	%r15, %rcx
	cmpq	$2, %r15
	movl	$1, %ebx
	cmovgeq	%r15, %rbx
	cmpq	$6, %rbx
	movl	$6, %eax
	cmovgeq	%rax, %rbx
	movq	136(%rsp), %r9
	subq	%rdx, %r9
	cmpq	$6, %r9
	cmovlq	%r9, %rax
	cmpb	$0, 39(%rsp)
	movq	%r9, 56(%rsp)
	movq	%r13, 144(%rsp)
	movq	%rdi, 128(%rsp)
	movq	%rsi, 64(%rsp)
	movq	%rdx, 104(%rsp)
	je	.LBB10_294
	leaq	(%rsi,%rcx,4), %rcx
	testq	%r9, %r9
	movq	480(%rsp), %r14
	jle	.LBB10_291
	movq	%r13, %rdx
	xorl	%r8d, %r8d
	jmp	.LBB10_283
	.p2align	4
.LBB10_289:
	incq	%r8
	movq	224(%rsp), %r9
	addq	%r9, %rdi
	addq	$4, %rsi
	addq	%r9, %rdx
	cmpq	%rbx, %r8
	je	.LBB10_290
.LBB10_283:
	testq	%r12, %r12
	jle	.LBB10_289
	cmpq	$3, 208(%rsp)
	jae	.LBB10_308
	xorl	%r9d, %r9d
	jmp	.LBB10_286
	.p2align	4
.LBB10_308:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	movq	416(%rsp), %r11
	.p2align	4
.LBB10_309:
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
	jne	.LBB10_309
.LBB10_286:
	testb	$3, %r12b
	je	.LBB10_289
	leaq	(%r9,%r9,2), %r10
	leaq	(%rsi,%r10,8), %r10
	leaq	(%rdx,%r9,4), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB10_288:
	movss	(%r9,%r11,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%r11
	addq	$24, %r10
	cmpq	%r11, %r14
	jne	.LBB10_288
	jmp	.LBB10_289
	.p2align	4
.LBB10_294:
	testq	%r12, %r12
	jle	.LBB10_302
	movq	64(%rsp), %r13
	movq	40(%rsp), %r12
	movq	72(%rsp), %r14
	jmp	.LBB10_296
	.p2align	4
.LBB10_297:
	xorl	%eax, %eax
.LBB10_300:
	leaq	(,%rax,4), %rcx
	movl	$24, %edx
	subq	%rcx, %rdx
	leaq	(,%rax,4), %rdi
	addq	%r13, %rdi
	xorl	%esi, %esi
	callq	memset@PLT
	movq	56(%rsp), %r9
	movq	88(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	176(%rsp), %r11
	movq	120(%rsp), %r10
.LBB10_301:
	addq	224(%rsp), %r14
	addq	$24, %r13
	decq	%r12
	je	.LBB10_302
.LBB10_296:
	testq	%r9, %r9
	jle	.LBB10_297
	movss	-20(%r14), %xmm0
	movss	%xmm0, (%r13)
	cmpq	$1, %r15
	jle	.LBB10_299
	movss	-16(%r14), %xmm0
	movss	%xmm0, 4(%r13)
	cmpq	$2, %r15
	je	.LBB10_299
	movss	-12(%r14), %xmm0
	movss	%xmm0, 8(%r13)
	cmpq	$3, %r15
	je	.LBB10_299
	movss	-8(%r14), %xmm0
	movss	%xmm0, 12(%r13)
	cmpq	$4, %r15
	je	.LBB10_299
	movss	-4(%r14), %xmm0
	movss	%xmm0, 16(%r13)
	cmpq	$5, %r15
	je	.LBB10_299
	movss	(%r14), %xmm0
	movss	%xmm0, 20(%r13)
	.p2align	4
.LBB10_299:
	movq	%rbx, %rax
	cmpq	$5, %r15
	jle	.LBB10_300
	jmp	.LBB10_301
	.p2align	4
.LBB10_290:
	cmpq	$6, 56(%rsp)
	movq	120(%rsp), %r10
	movq	176(%rsp), %r11
	movq	88(%rsp), %r8
	jl	.LBB10_291
	jmp	.LBB10_302
	.p2align	4
.LBB10_314:
	addq	$4, %rcx
	cmpq	$5, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_302
.LBB10_291:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	984(%rsp), %rbx
	jle	.LBB10_314
	cmpq	$3, 208(%rsp)
	jae	.LBB10_315
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_312
	jmp	.LBB10_314
	.p2align	4
.LBB10_315:
	movq	%r11, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	344(%rsp), %r11
	.p2align	4
.LBB10_316:
	movl	$0, (%rsi)
	movl	$0, 24(%rsi)
	movl	$0, 48(%rsi)
	movl	$0, 72(%rsi)
	addq	$-4, %rdx
	addq	$96, %rsi
	cmpq	%rdx, %r11
	jne	.LBB10_316
	negq	%rdx
	movq	%r9, %r11
	testb	$3, %dil
	je	.LBB10_314
.LBB10_312:
	leaq	(%rdx,%rdx,2), %rdx
	leaq	(%rcx,%rdx,8), %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_313:
	movl	$0, (%rdx,%rsi)
	addq	$24, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_313
	jmp	.LBB10_314
.LBB10_357:
	movq	832(%rsp), %rax
	leaq	(%rax,%r13,4), %rax
	movq	%rax, 200(%rsp)
	movq	136(%rsp), %r11
	leaq	-1(%r11), %rax
	movabsq	$-6148914691236517205, %rcx
	mulq	%rcx
	shrq	$3, %rdx
	movq	%rdx, 184(%rsp)
	leaq	(,%rsi,4), %rax
	leaq	(%rax,%r9,4), %rax
	addq	544(%rsp), %rax
	movq	%rax, 168(%rsp)
	imulq	224(%rsp), %r13
	movq	408(%rsp), %rax
	leaq	(%rax,%r13), %rdi
	addq	368(%rsp), %r13
	movq	776(%rsp), %rax
	movq	%rax, 152(%rsp)
	movq	$0, 80(%rsp)
	movq	%r11, %rdx
	movq	176(%rsp), %r11
	movq	320(%rsp), %rsi
	xorl	%r9d, %r9d
	jmp	.LBB10_358
	.p2align	4
.LBB10_383:
	movq	560(%rsp), %rax
	movq	112(%rsp), %rsi
	addq	%rax, %rsi
	movq	240(%rsp), %r9
	addq	$12, %r9
	movq	104(%rsp), %rdx
	addq	$-12, %rdx
	addq	$48, 168(%rsp)
	addq	%rax, 152(%rsp)
	addq	$48, 200(%rsp)
	movq	880(%rsp), %rax
	movq	160(%rsp), %rdi
	addq	%rax, %rdi
	movq	144(%rsp), %r13
	addq	%rax, %r13
	movq	80(%rsp), %rax
	cmpq	184(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 80(%rsp)
	movq	40(%rsp), %r12
	je	.LBB10_442
.LBB10_358:
	cmpq	$12, %rdx
	movl	$12, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %ebx
	cmovgeq	%rdx, %rbx
	cmpq	$12, %rbx
	movl	$12, %eax
	cmovgeq	%rax, %rbx
	movq	%rbx, 56(%rsp)
	movq	136(%rsp), %rbx
	subq	%r9, %rbx
	cmpq	$12, %rbx
	cmovlq	%rbx, %rax
	cmpb	$0, 39(%rsp)
	movq	%rbx, 96(%rsp)
	movq	%r13, 144(%rsp)
	movq	%rdi, 160(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%rsi, 112(%rsp)
	movq	%r9, 240(%rsp)
	je	.LBB10_372
	leaq	(%rsi,%rcx,4), %rcx
	testq	%rbx, %rbx
	movq	480(%rsp), %rbx
	movq	416(%rsp), %r14
	jle	.LBB10_369
	movq	%r13, %rdx
	xorl	%r8d, %r8d
	jmp	.LBB10_361
	.p2align	4
.LBB10_367:
	incq	%r8
	movq	224(%rsp), %r9
	addq	%r9, %rdi
	addq	$4, %rsi
	addq	%r9, %rdx
	cmpq	56(%rsp), %r8
	je	.LBB10_368
.LBB10_361:
	testq	%r12, %r12
	jle	.LBB10_367
	cmpq	$3, 208(%rsp)
	jae	.LBB10_385
	xorl	%r9d, %r9d
	jmp	.LBB10_364
	.p2align	4
.LBB10_385:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	.p2align	4
.LBB10_386:
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
	jne	.LBB10_386
.LBB10_364:
	testq	%rbx, %rbx
	je	.LBB10_367
	leaq	(%r9,%r9,2), %r10
	shlq	$4, %r10
	addq	%rsi, %r10
	leaq	(%rdx,%r9,4), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB10_366:
	movss	(%r9,%r11,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%r11
	addq	$48, %r10
	cmpq	%r11, %rbx
	jne	.LBB10_366
	jmp	.LBB10_367
	.p2align	4
.LBB10_372:
	testq	%r12, %r12
	jle	.LBB10_383
	movq	%rbx, %rdi
	movq	56(%rsp), %r14
	movl	%r14d, %r15d
	andl	$3, %r15d
	shll	$2, %r15d
	andl	$12, %r14d
	movq	80(%rsp), %rax
	imulq	560(%rsp), %rax
	addq	320(%rsp), %rax
	movq	%rax, 72(%rsp)
	movq	200(%rsp), %r9
	movq	112(%rsp), %rax
	movq	%rax, 64(%rsp)
	movq	152(%rsp), %rbx
	movq	168(%rsp), %r12
	xorl	%r13d, %r13d
	jmp	.LBB10_374
	.p2align	4
.LBB10_375:
	xorl	%eax, %eax
.LBB10_381:
	leaq	(,%r13,2), %rcx
	addq	%r13, %rcx
	shlq	$4, %rcx
	addq	72(%rsp), %rcx
	leaq	(,%rax,4), %rsi
	movl	$48, %edx
	subq	%rsi, %rdx
	leaq	(%rcx,%rax,4), %rdi
	xorl	%esi, %esi
	movq	%r9, 128(%rsp)
	callq	memset@PLT
	movq	128(%rsp), %r9
	movq	96(%rsp), %rdi
	movq	88(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	176(%rsp), %r11
	movq	120(%rsp), %r10
.LBB10_382:
	incq	%r13
	movq	224(%rsp), %rax
	addq	%rax, %r12
	addq	$48, %rbx
	addq	$48, 64(%rsp)
	addq	%rax, %r9
	cmpq	40(%rsp), %r13
	je	.LBB10_383
.LBB10_374:
	testq	%rdi, %rdi
	jle	.LBB10_375
	movq	104(%rsp), %rsi
	xorl	%eax, %eax
	cmpq	$4, %rsi
	jl	.LBB10_377
	.p2align	4
.LBB10_384:
	movss	-12(%r12,%rax,4), %xmm0
	movss	%xmm0, -12(%rbx,%rax,4)
	movss	-8(%r12,%rax,4), %xmm0
	movss	%xmm0, -8(%rbx,%rax,4)
	movss	-4(%r12,%rax,4), %xmm0
	movss	%xmm0, -4(%rbx,%rax,4)
	movss	(%r12,%rax,4), %xmm0
	movss	%xmm0, (%rbx,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %r14
	jne	.LBB10_384
.LBB10_377:
	testb	$3, 56(%rsp)
	je	.LBB10_380
	movq	64(%rsp), %rcx
	leaq	(%rcx,%rax,4), %rcx
	leaq	(%r9,%rax,4), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB10_379:
	movss	(%rax,%rdx), %xmm0
	movss	%xmm0, (%rcx,%rdx)
	addq	$4, %rdx
	cmpq	%rdx, %r15
	jne	.LBB10_379
.LBB10_380:
	movq	56(%rsp), %rax
	cmpq	$11, %rsi
	jle	.LBB10_381
	jmp	.LBB10_382
	.p2align	4
.LBB10_368:
	cmpq	$12, 96(%rsp)
	movq	120(%rsp), %r10
	movq	176(%rsp), %r11
	movq	88(%rsp), %r8
	jl	.LBB10_369
	jmp	.LBB10_383
	.p2align	4
.LBB10_391:
	addq	$4, %rcx
	cmpq	$11, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_383
.LBB10_369:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	976(%rsp), %rbx
	jle	.LBB10_391
	cmpq	$3, 208(%rsp)
	jae	.LBB10_392
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB10_389
	jmp	.LBB10_391
	.p2align	4
.LBB10_392:
	movq	%r11, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	344(%rsp), %r11
	.p2align	4
.LBB10_393:
	movl	$0, (%rsi)
	movl	$0, 48(%rsi)
	movl	$0, 96(%rsi)
	movl	$0, 144(%rsi)
	addq	$-4, %rdx
	addq	$192, %rsi
	cmpq	%rdx, %r11
	jne	.LBB10_393
	negq	%rdx
	movq	%r9, %r11
	testb	$3, %dil
	je	.LBB10_391
.LBB10_389:
	leaq	(%rdx,%rdx,2), %rdx
	shlq	$4, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_390:
	movl	$0, (%rdx,%rsi)
	addq	$48, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB10_390
	jmp	.LBB10_391
.LBB10_394:
	cmpq	$8, %r12
	setae	%al
	movq	792(%rsp), %rcx
	imulq	%rdi, %rcx
	movq	%rcx, 152(%rsp)
	leaq	(,%rdi,4), %rdx
	cmpl	$1, %edi
	sete	%cl
	andb	%al, %cl
	movb	%cl, 96(%rsp)
	leaq	(,%rsi,4), %rax
	leaq	(%rax,%r9,4), %rcx
	movq	800(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 216(%rsp)
	addq	824(%rsp), %rcx
	movq	%rcx, 184(%rsp)
	movq	224(%rsp), %rax
	imulq	%rax, %r13
	movq	784(%rsp), %rcx
	addq	%r13, %rcx
	movq	%rcx, 280(%rsp)
	imulq	%rdi, %rax
	movq	%rax, 312(%rsp)
	addq	368(%rsp), %r13
	movq	%rdi, %rax
	shlq	$4, %rax
	movq	%rax, 104(%rsp)
	movq	320(%rsp), %rax
	movq	%rax, 200(%rsp)
	movq	752(%rsp), %rax
	movq	%rax, 168(%rsp)
	movq	$0, 272(%rsp)
	movq	136(%rsp), %rax
	xorl	%ecx, %ecx
	movq	%rdi, 128(%rsp)
	movq	%rdx, 56(%rsp)
	jmp	.LBB10_395
	.p2align	4
.LBB10_441:
	movq	240(%rsp), %rcx
	addq	%rdi, %rcx
	incq	272(%rsp)
	movq	152(%rsp), %rax
	addq	%rax, 168(%rsp)
	movq	56(%rsp), %rdx
	addq	%rdx, 216(%rsp)
	addq	%rax, 200(%rsp)
	addq	%rdx, 184(%rsp)
	movq	312(%rsp), %rax
	addq	%rax, 280(%rsp)
	movq	144(%rsp), %r13
	addq	%rax, %r13
	cmpq	136(%rsp), %rcx
	movq	40(%rsp), %r12
	movq	160(%rsp), %rax
	jge	.LBB10_442
.LBB10_395:
	movq	%r13, 144(%rsp)
	movq	%rax, %r9
	subq	%rdi, %rax
	movq	%rax, 160(%rsp)
	cmovgeq	%rdi, %r9
	movq	136(%rsp), %rax
	subq	%rcx, %rax
	cmpq	%rdi, %rax
	movq	%rdi, %rdx
	cmovlq	%rax, %rdx
	cmpb	$0, 39(%rsp)
	movq	%rdx, 80(%rsp)
	movq	%r9, 64(%rsp)
	movq	%rcx, 240(%rsp)
	je	.LBB10_401
	testq	%rdx, %rdx
	jle	.LBB10_415
	movq	144(%rsp), %rcx
	movq	200(%rsp), %rdx
	movq	280(%rsp), %rsi
	movq	168(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB10_398
	.p2align	4
.LBB10_429:
	incq	%r8
	addq	$4, %rdi
	movq	224(%rsp), %r9
	addq	%r9, %rsi
	addq	$4, %rdx
	addq	%r9, %rcx
	movq	64(%rsp), %r9
	cmpq	%r9, %r8
	je	.LBB10_415
.LBB10_398:
	testq	%r12, %r12
	jle	.LBB10_429
	cmpb	$0, 96(%rsp)
	je	.LBB10_400
	xorl	%r9d, %r9d
	movq	576(%rsp), %r11
	.p2align	4
.LBB10_421:
	movups	-16(%rsi,%r9,4), %xmm0
	movups	(%rsi,%r9,4), %xmm1
	movups	%xmm0, -16(%rdi,%r9,4)
	movups	%xmm1, (%rdi,%r9,4)
	addq	$8, %r9
	cmpq	%r9, %r11
	jne	.LBB10_421
	movq	%r11, %r10
	cmpq	%r11, %r12
	je	.LBB10_429
	jmp	.LBB10_423
	.p2align	4
.LBB10_400:
	xorl	%r10d, %r10d
.LBB10_423:
	movq	%r10, %r9
	testb	$3, %r12b
	movq	56(%rsp), %r14
	je	.LBB10_426
	movq	%r14, %r11
	imulq	%r10, %r11
	addq	%rdx, %r11
	movq	480(%rsp), %rbx
	movq	%r10, %r9
	.p2align	4
.LBB10_425:
	movss	(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r11)
	incq	%r9
	addq	%r14, %r11
	decq	%rbx
	jne	.LBB10_425
.LBB10_426:
	subq	%r12, %r10
	cmpq	$-4, %r10
	movq	104(%rsp), %r13
	ja	.LBB10_429
	leaq	3(%r9), %r10
	movq	56(%rsp), %r15
	imulq	%r15, %r10
	movq	%r15, %r11
	imulq	%r9, %r11
	leaq	2(%r9), %rbx
	imulq	%r15, %rbx
	leaq	1(%r9), %r14
	imulq	%r15, %r14
	movq	%rdx, %r15
	.p2align	4
.LBB10_428:
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
	cmpq	%r9, %r12
	jne	.LBB10_428
	jmp	.LBB10_429
	.p2align	4
.LBB10_401:
	testq	%r12, %r12
	jle	.LBB10_441
	movq	%r9, %r15
	andq	$-8, %r15
	movq	152(%rsp), %rax
	imulq	272(%rsp), %rax
	addq	320(%rsp), %rax
	movq	%rax, 112(%rsp)
	movq	184(%rsp), %rbx
	movq	200(%rsp), %r12
	movq	216(%rsp), %r14
	movq	168(%rsp), %r13
	xorl	%esi, %esi
	jmp	.LBB10_403
	.p2align	4
.LBB10_414:
	incq	%rsi
	movq	56(%rsp), %rcx
	addq	%rcx, %r13
	movq	224(%rsp), %rax
	addq	%rax, %r14
	addq	%rcx, %r12
	addq	%rax, %rbx
	cmpq	40(%rsp), %rsi
	je	.LBB10_441
.LBB10_403:
	testq	%rdx, %rdx
	jle	.LBB10_404
	cmpq	$8, %r9
	jae	.LBB10_409
	xorl	%ecx, %ecx
	jmp	.LBB10_407
	.p2align	4
.LBB10_404:
	xorl	%eax, %eax
	jmp	.LBB10_412
	.p2align	4
.LBB10_409:
	xorl	%eax, %eax
	.p2align	4
.LBB10_410:
	movups	-16(%r14,%rax,4), %xmm0
	movups	(%r14,%rax,4), %xmm1
	movups	%xmm0, -16(%r13,%rax,4)
	movups	%xmm1, (%r13,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %r15
	jne	.LBB10_410
	movq	%r15, %rcx
	movq	%r9, %rax
	cmpq	%r15, %r9
	je	.LBB10_412
	.p2align	4
.LBB10_407:
	movss	(%rbx,%rcx,4), %xmm0
	movss	%xmm0, (%r12,%rcx,4)
	incq	%rcx
	cmpq	%rcx, %r9
	jne	.LBB10_407
	movq	%r9, %rax
.LBB10_412:
	cmpq	%rdi, %rax
	jge	.LBB10_414
	movq	%rsi, %rcx
	movq	56(%rsp), %rdx
	imulq	%rdx, %rcx
	addq	112(%rsp), %rcx
	leaq	(%rcx,%rax,4), %rdi
	shlq	$2, %rax
	subq	%rax, %rdx
	movq	%rsi, 72(%rsp)
	xorl	%esi, %esi
	callq	memset@PLT
	movq	72(%rsp), %rsi
	movq	64(%rsp), %r9
	movq	80(%rsp), %rdx
	movq	128(%rsp), %rdi
	movq	88(%rsp), %r8
	xorps	%xmm12, %xmm12
	movq	176(%rsp), %r11
	movq	120(%rsp), %r10
	jmp	.LBB10_414
	.p2align	4
.LBB10_415:
	movq	128(%rsp), %rdi
	cmpq	%rdi, %rax
	movq	120(%rsp), %r10
	movq	176(%rsp), %r11
	movq	88(%rsp), %r8
	movq	80(%rsp), %rbx
	jge	.LBB10_441
	movq	200(%rsp), %rax
	leaq	(%rax,%r9,4), %rax
	jmp	.LBB10_417
	.p2align	4
.LBB10_440:
	incq	%rbx
	addq	$4, %rax
	movq	128(%rsp), %rdi
	cmpq	%rdi, %rbx
	movq	120(%rsp), %r10
	movq	88(%rsp), %r8
	jge	.LBB10_441
.LBB10_417:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	576(%rsp), %rsi
	movq	56(%rsp), %r9
	movq	104(%rsp), %r10
	jle	.LBB10_440
	cmpb	$0, 96(%rsp)
	je	.LBB10_419
	xorl	%ecx, %ecx
	.p2align	4
.LBB10_431:
	movups	%xmm12, (%rax,%rcx,4)
	movups	%xmm12, 16(%rax,%rcx,4)
	addq	$8, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB10_431
	movq	%rsi, %rdx
	cmpq	%rsi, %rdi
	je	.LBB10_440
	jmp	.LBB10_433
	.p2align	4
.LBB10_419:
	xorl	%edx, %edx
.LBB10_433:
	movq	%rdx, %rcx
	testb	$3, %dil
	je	.LBB10_437
	movq	%r9, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	936(%rsp), %r8
	.p2align	4
.LBB10_435:
	movl	$0, (%rcx)
	decq	%rsi
	addq	%r9, %rcx
	cmpq	%rsi, %r8
	jne	.LBB10_435
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB10_437:
	subq	%rdi, %rdx
	cmpq	$-4, %rdx
	ja	.LBB10_440
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
.LBB10_439:
	movl	$0, (%r9,%rcx)
	movl	$0, (%r9,%r8)
	movl	$0, (%r9,%rdi)
	movl	$0, (%r9,%rsi)
	addq	%r10, %r9
	addq	$-4, %rdx
	jne	.LBB10_439
	jmp	.LBB10_440
	.p2align	4
.LBB10_28:
	movq	%rdi, 72(%rsp)
	movl	%edi, %r14d
	cmpq	$32, %r14
	movq	360(%rsp), %rdx
	movq	40(%rsp), %r11
	je	.LBB10_129
	movq	32(%rbp), %rax
	leaq	(%rax,%r8,4), %rax
	cmpl	$16, %r14d
	je	.LBB10_83
	cmpl	$8, %r14d
	jne	.LBB10_171
	movq	%rdx, %rcx
	imulq	40(%rbp), %rcx
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, 256(%rsp)
	movq	%r11, %rax
	shlq	$5, %rax
	movq	%rax, 168(%rsp)
	movq	144(%rsp), %rcx
	leaq	-1(%rcx), %rax
	shrq	$3, %rax
	movq	%rax, 184(%rsp)
	leaq	-1(%r11), %rsi
	movl	%r11d, %r9d
	andl	$3, %r9d
	movabsq	$9223372036854775804, %rax
	andq	%rax, %r11
	movq	%r11, 136(%rsp)
	movq	%rsi, 56(%rsp)
	shlq	$5, %rsi
	movq	%rsi, 216(%rsp)
	movq	%r13, %rax
	imulq	%r8, %rax
	leaq	(%rax,%rdx,4), %rsi
	movq	448(%rsp), %rax
	leaq	(%rax,%rsi), %r14
	addq	32(%rbp), %rsi
	negq	%r11
	movl	%r9d, %r12d
	shll	$5, %r12d
	movq	%r13, %rax
	imulq	%rdx, %rax
	leaq	(%rax,%r8,4), %rdx
	leaq	(%rax,%rbx,4), %rbx
	addq	656(%rsp), %rbx
	movq	440(%rsp), %rax
	addq	%rdx, %rax
	movq	%rax, 152(%rsp)
	addq	528(%rsp), %rdx
	movq	%rdx, 232(%rsp)
	leal	(,%r9,4), %eax
	movq	%rax, 128(%rsp)
	movq	624(%rsp), %r15
	movq	$0, 80(%rsp)
	movq	%rcx, %rdx
	movq	304(%rsp), %rax
	movq	%rax, 192(%rsp)
	xorl	%edi, %edi
	movq	88(%rsp), %r8
	movq	%r9, 64(%rsp)
	movq	%r11, 72(%rsp)
	jmp	.LBB10_32
	.p2align	4
.LBB10_82:
	movq	168(%rsp), %rcx
	addq	%rcx, 192(%rsp)
	movq	112(%rsp), %rdi
	addq	$8, %rdi
	movq	96(%rsp), %rdx
	addq	$-8, %rdx
	movq	840(%rsp), %rax
	movq	200(%rsp), %r14
	addq	%rax, %r14
	movq	296(%rsp), %r15
	addq	%rcx, %r15
	movq	240(%rsp), %rsi
	addq	%rax, %rsi
	movq	160(%rsp), %rbx
	addq	$32, %rbx
	addq	$32, 152(%rsp)
	addq	$32, 232(%rsp)
	movq	80(%rsp), %rax
	cmpq	184(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 80(%rsp)
	movq	248(%rsp), %r13
	je	.LBB10_229
.LBB10_32:
	movq	%rdx, 96(%rsp)
	movq	%rbx, 160(%rsp)
	cmpq	$8, %rdx
	movl	$8, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %ebx
	cmovgeq	%rdx, %rbx
	cmpq	$8, %rbx
	movl	$8, %eax
	cmovgeq	%rax, %rbx
	movq	144(%rsp), %rdx
	subq	%rdi, %rdx
	cmpq	$8, %rdx
	cmovlq	%rdx, %rax
	cmpl	$0, 268(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%rsi, 240(%rsp)
	movq	%r14, 200(%rsp)
	movq	%r15, 296(%rsp)
	movq	%rdi, 112(%rsp)
	je	.LBB10_55
	movq	192(%rsp), %rdi
	leaq	(%rdi,%rcx,4), %rcx
	testq	%rdx, %rdx
	jle	.LBB10_43
	movq	%rsi, %rdx
	movq	%rdi, %rsi
	movq	%r15, %rdi
	movq	%r14, %r8
	xorl	%r9d, %r9d
	jmp	.LBB10_35
	.p2align	4
.LBB10_41:
	incq	%r9
	addq	%r13, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r13, %rdx
	cmpq	%rbx, %r9
	je	.LBB10_42
.LBB10_35:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_41
	cmpq	$3, 56(%rsp)
	jae	.LBB10_46
	xorl	%r10d, %r10d
	jmp	.LBB10_38
	.p2align	4
.LBB10_46:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	movq	136(%rsp), %r14
	.p2align	4
.LBB10_47:
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
	jne	.LBB10_47
.LBB10_38:
	cmpq	$0, 64(%rsp)
	movq	128(%rsp), %r15
	je	.LBB10_41
	leaq	(%rdx,%r10,4), %r11
	shlq	$5, %r10
	addq	%rsi, %r10
	xorl	%r14d, %r14d
	.p2align	4
.LBB10_40:
	movss	(%r11,%r14), %xmm0
	movss	%xmm0, (%r10,%r14,8)
	addq	$4, %r14
	cmpq	%r14, %r15
	jne	.LBB10_40
	jmp	.LBB10_41
	.p2align	4
.LBB10_42:
	cmpq	$8, 104(%rsp)
	movq	120(%rsp), %r10
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	jl	.LBB10_43
	jmp	.LBB10_82
	.p2align	4
.LBB10_52:
	addq	$4, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_82
.LBB10_43:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_52
	cmpq	$3, 56(%rsp)
	jae	.LBB10_53
	xorl	%edx, %edx
	testb	$3, 40(%rsp)
	jne	.LBB10_50
	jmp	.LBB10_52
	.p2align	4
.LBB10_53:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	.p2align	4
.LBB10_54:
	movl	$0, (%rsi)
	movl	$0, 32(%rsi)
	movl	$0, 64(%rsi)
	movl	$0, 96(%rsi)
	addq	$-4, %rdx
	subq	$-128, %rsi
	cmpq	%rdx, %r11
	jne	.LBB10_54
	negq	%rdx
	testb	$3, 40(%rsp)
	je	.LBB10_52
.LBB10_50:
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB10_51:
	movl	$0, (%rdx,%rsi)
	addq	$32, %rsi
	cmpq	%rsi, %r12
	jne	.LBB10_51
	jmp	.LBB10_52
	.p2align	4
.LBB10_55:
	cmpq	$8, %rdx
	jge	.LBB10_56
	cmpq	$0, 40(%rsp)
	jle	.LBB10_82
	shlq	$2, %rbx
	movq	192(%rsp), %r15
	movq	40(%rsp), %r13
	movq	232(%rsp), %r14
	jmp	.LBB10_71
	.p2align	4
.LBB10_72:
	xorl	%eax, %eax
.LBB10_81:
	leaq	(%r15,%rax), %rdi
	movl	$32, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	addq	248(%rsp), %r14
	addq	$32, %r15
	decq	%r13
	movq	120(%rsp), %r10
	xorps	%xmm12, %xmm12
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	movq	104(%rsp), %rdx
	je	.LBB10_82
.LBB10_71:
	testq	%rdx, %rdx
	jle	.LBB10_72
	movss	-28(%r14), %xmm0
	movss	%xmm0, (%r15)
	movq	%rbx, %rax
	movq	96(%rsp), %rcx
	cmpq	$2, %rcx
	jl	.LBB10_81
	movss	-24(%r14), %xmm0
	movss	%xmm0, 4(%r15)
	movq	%rbx, %rax
	je	.LBB10_81
	movss	-20(%r14), %xmm0
	movss	%xmm0, 8(%r15)
	movq	%rbx, %rax
	cmpq	$3, %rcx
	je	.LBB10_81
	movss	-16(%r14), %xmm0
	movss	%xmm0, 12(%r15)
	movq	%rbx, %rax
	cmpq	$4, %rcx
	je	.LBB10_81
	movss	-12(%r14), %xmm0
	movss	%xmm0, 16(%r15)
	movq	%rbx, %rax
	cmpq	$5, %rcx
	je	.LBB10_81
	movss	-8(%r14), %xmm0
	movss	%xmm0, 20(%r15)
	movq	%rbx, %rax
	cmpq	$6, %rcx
	je	.LBB10_81
	movss	-4(%r14), %xmm0
	movss	%xmm0, 24(%r15)
	movq	%rbx, %rax
	cmpq	$7, %rcx
	je	.LBB10_81
	movss	(%r14), %xmm0
	movss	%xmm0, 28(%r15)
	movq	%rbx, %rax
	jmp	.LBB10_81
.LBB10_56:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_82
	cmpq	$52, 40(%rsp)
	jae	.LBB10_59
	xorl	%eax, %eax
	jmp	.LBB10_64
.LBB10_59:
	movq	168(%rsp), %rcx
	imulq	80(%rsp), %rcx
	movq	712(%rsp), %rax
	leaq	(%rax,%rcx), %rsi
	movq	704(%rsp), %rax
	leaq	(%rax,%rcx), %rdi
	movq	696(%rsp), %rax
	leaq	(%rax,%rcx), %r8
	movq	392(%rsp), %rax
	leaq	(%rax,%rcx), %r9
	movq	688(%rsp), %rax
	leaq	(%rax,%rcx), %r10
	movq	680(%rsp), %rax
	leaq	(%rax,%rcx), %r11
	addq	672(%rsp), %rcx
	movq	56(%rsp), %rax
	shrq	$59, %rax
	setne	%bl
	cmpq	$1, 40(%rbp)
	setne	%al
	movq	216(%rsp), %r15
	movq	192(%rsp), %r14
	leaq	(%r14,%r15), %rdx
	cmpq	%r14, %rdx
	setb	%dl
	leaq	(%rsi,%r15), %r14
	cmpq	%rsi, %r14
	setb	%sil
	leaq	(%rdi,%r15), %r14
	cmpq	%rdi, %r14
	setb	%dil
	leaq	(%r8,%r15), %r14
	cmpq	%r8, %r14
	setb	%r8b
	leaq	(%r9,%r15), %r14
	cmpq	%r9, %r14
	setb	%r9b
	leaq	(%r10,%r15), %r14
	cmpq	%r10, %r14
	setb	%r10b
	leaq	(%r11,%r15), %r14
	cmpq	%r11, %r14
	setb	%r11b
	leaq	(%rcx,%r15), %r14
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
	xorl	%eax, %eax
	testb	$1, %cl
	je	.LBB10_61
	movq	120(%rsp), %r10
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	jmp	.LBB10_64
.LBB10_61:
	movq	136(%rsp), %rdx
	movq	%rdx, %rcx
	movq	120(%rsp), %r10
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	movq	160(%rsp), %rsi
	movq	192(%rsp), %rdi
	.p2align	4
.LBB10_62:
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
	jne	.LBB10_62
	movq	%rdx, %rax
	cmpq	%rdx, 40(%rsp)
	je	.LBB10_82
.LBB10_64:
	movq	%rax, %rcx
	orq	$1, %rcx
	testb	$1, 40(%rsp)
	je	.LBB10_66
	movq	256(%rsp), %rdx
	movq	112(%rsp), %rsi
	leaq	(%rdx,%rsi,4), %rdx
	movq	%rax, %rsi
	imulq	40(%rbp), %rsi
	shlq	$5, %rax
	movups	(%rdx,%rsi,4), %xmm0
	movq	192(%rsp), %rdi
	movups	%xmm0, (%rdi,%rax)
	movups	16(%rdx,%rsi,4), %xmm0
	movups	%xmm0, 16(%rdi,%rax)
	movq	%rcx, %rax
.LBB10_66:
	cmpq	%rcx, 40(%rsp)
	je	.LBB10_82
	movq	40(%rsp), %rcx
	subq	%rax, %rcx
	movq	248(%rsp), %rdi
	movq	%rdi, %rdx
	imulq	%rax, %rdx
	movq	%rax, %rsi
	shlq	$5, %rsi
	addq	192(%rsp), %rsi
	incq	%rax
	imulq	%rdi, %rax
	movq	152(%rsp), %rdi
	.p2align	4
.LBB10_68:
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
	jne	.LBB10_68
	jmp	.LBB10_82
.LBB10_83:
	movq	%rdx, %rsi
	movq	%rdx, %rcx
	movq	40(%rbp), %rdx
	imulq	%rdx, %rcx
	leaq	(%rax,%rcx,4), %rax
	movq	%rax, 344(%rsp)
	movq	%r11, %rax
	shlq	$6, %rax
	movq	%rax, 152(%rsp)
	movq	144(%rsp), %r14
	leaq	-1(%r14), %rax
	shrq	$4, %rax
	movq	%rax, 312(%rsp)
	movl	%r11d, %r12d
	andl	$3, %r12d
	movq	%r11, %r15
	movabsq	$9223372036854775804, %rax
	andq	%rax, %r15
	addq	$2, %rax
	andq	%r11, %rax
	movq	%rax, 424(%rsp)
	imulq	%r13, %r8
	leaq	(%r8,%rsi,4), %r9
	movq	448(%rsp), %rax
	leaq	(%rax,%r9), %rdi
	addq	32(%rbp), %r9
	movq	%r15, %r8
	negq	%r8
	movq	%r12, 496(%rsp)
	shll	$6, %r12d
	leaq	4(,%rsi,4), %rax
	imulq	%rdx, %rax
	leaq	(%rax,%rbx,4), %rax
	movq	664(%rsp), %rcx
	addq	%rcx, %rax
	movq	%rax, 280(%rsp)
	movq	%r13, %rax
	imulq	%rsi, %rax
	leaq	(%rax,%rbx,4), %rdx
	movq	%rdi, %rbx
	leaq	(%rcx,%rdx), %rax
	movq	%rax, 272(%rsp)
	movq	456(%rsp), %rax
	addq	%rdx, %rax
	movq	%rax, 216(%rsp)
	addq	400(%rsp), %rdx
	movq	%rdx, 184(%rsp)
	leaq	-1(%r11), %rax
	movq	%rax, 56(%rsp)
	movq	%r8, %r11
	movq	392(%rsp), %rax
	movq	%rax, 256(%rsp)
	movq	536(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	632(%rsp), %rax
	movq	$0, 160(%rsp)
	movq	%r14, %rdx
	movq	%rax, %r14
	movq	304(%rsp), %rsi
	xorl	%edi, %edi
	movq	88(%rsp), %r8
	movq	%r15, 328(%rsp)
	movq	%r11, 72(%rsp)
	jmp	.LBB10_84
	.p2align	4
.LBB10_128:
	movq	152(%rsp), %rcx
	movq	112(%rsp), %rsi
	addq	%rcx, %rsi
	movq	240(%rsp), %rdi
	addq	$16, %rdi
	movq	96(%rsp), %rdx
	addq	$-16, %rdx
	movq	848(%rsp), %rax
	movq	296(%rsp), %rbx
	addq	%rax, %rbx
	movq	192(%rsp), %r14
	addq	%rcx, %r14
	movq	200(%rsp), %r9
	addq	%rax, %r9
	addq	$64, 280(%rsp)
	addq	%rcx, 208(%rsp)
	addq	$64, 272(%rsp)
	addq	%rcx, 256(%rsp)
	addq	$64, 216(%rsp)
	addq	$64, 184(%rsp)
	movq	160(%rsp), %rax
	cmpq	312(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 160(%rsp)
	movq	248(%rsp), %r13
	movq	328(%rsp), %r15
	je	.LBB10_229
.LBB10_84:
	movq	%rdx, 96(%rsp)
	cmpq	$2, %rdx
	movl	$1, %ecx
	cmovgeq	%rdx, %rcx
	cmpq	$16, %rcx
	movl	$16, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 64(%rsp)
	cmpq	$16, %rdx
	movl	$16, %ecx
	cmovlq	%rdx, %rcx
	movq	144(%rsp), %rdx
	movq	%rdi, 240(%rsp)
	subq	%rdi, %rdx
	cmpq	$16, %rdx
	cmovlq	%rdx, %rax
	cmpl	$0, 268(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r9, 200(%rsp)
	movq	%rbx, 296(%rsp)
	movq	%r14, 192(%rsp)
	movq	%rsi, 112(%rsp)
	je	.LBB10_107
	leaq	(%rsi,%rcx,4), %rcx
	testq	%rdx, %rdx
	jle	.LBB10_95
	movq	%r9, %rdx
	movq	%r14, %rdi
	movq	%rbx, %r8
	xorl	%r9d, %r9d
	movq	496(%rsp), %r14
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
	cmpq	$0, 40(%rsp)
	jle	.LBB10_93
	cmpq	$3, 56(%rsp)
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
	cmpq	$16, 104(%rsp)
	movq	120(%rsp), %r10
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	jl	.LBB10_95
	jmp	.LBB10_128
	.p2align	4
.LBB10_104:
	addq	$4, %rcx
	cmpq	$15, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_128
.LBB10_95:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_104
	cmpq	$3, 56(%rsp)
	jae	.LBB10_105
	xorl	%edx, %edx
	testb	$3, 40(%rsp)
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
	cmpq	%rdx, %r11
	jne	.LBB10_106
	negq	%rdx
	testb	$3, 40(%rsp)
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
	.p2align	4
.LBB10_107:
	cmpq	$16, %rdx
	jge	.LBB10_108
	cmpq	$0, 40(%rsp)
	jle	.LBB10_128
	movq	64(%rsp), %rcx
	movl	%ecx, %eax
	andl	$24, %eax
	movq	%rax, 232(%rsp)
	movq	160(%rsp), %rax
	imulq	152(%rsp), %rax
	addq	304(%rsp), %rax
	movq	%rax, 136(%rsp)
	leaq	(,%rcx,4), %rax
	movq	%rax, 80(%rsp)
	andl	$24, %ecx
	movq	%rcx, 168(%rsp)
	movq	184(%rsp), %r13
	movq	112(%rsp), %r14
	movq	216(%rsp), %r15
	movq	256(%rsp), %rbx
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
	movq	128(%rsp), %rcx
	incq	%rcx
	addq	$64, %rbx
	movq	248(%rsp), %rax
	addq	%rax, %r15
	addq	$64, %r14
	addq	%rax, %r13
	cmpq	40(%rsp), %rcx
	movq	120(%rsp), %r10
	xorps	%xmm12, %xmm12
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	movq	104(%rsp), %rdx
	je	.LBB10_128
.LBB10_117:
	movq	%rcx, %rdi
	shlq	$6, %rdi
	addq	136(%rsp), %rdi
	testq	%rdx, %rdx
	movq	%rcx, 128(%rsp)
	jle	.LBB10_118
	cmpq	$8, 96(%rsp)
	jge	.LBB10_121
	xorl	%eax, %eax
	jmp	.LBB10_124
	.p2align	4
.LBB10_121:
	xorl	%eax, %eax
	movq	64(%rsp), %rdx
	movq	232(%rsp), %rcx
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
	movq	80(%rsp), %rcx
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
	movq	80(%rsp), %rcx
	jmp	.LBB10_127
.LBB10_108:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_128
	cmpq	$0, 56(%rsp)
	je	.LBB10_110
	movq	208(%rsp), %rcx
	xorl	%edx, %edx
	xorl	%eax, %eax
	movq	552(%rsp), %rsi
	movq	424(%rsp), %r11
	movq	280(%rsp), %rbx
	movq	272(%rsp), %r14
	.p2align	4
.LBB10_112:
	movups	-48(%r14,%rdx), %xmm0
	movups	%xmm0, -112(%rcx)
	movups	-32(%r14,%rdx), %xmm0
	movups	%xmm0, -96(%rcx)
	movups	-16(%r14,%rdx), %xmm0
	movups	%xmm0, -80(%rcx)
	movups	(%r14,%rdx), %xmm0
	movups	%xmm0, -64(%rcx)
	movups	-48(%rbx,%rdx), %xmm0
	movups	%xmm0, -48(%rcx)
	movups	-32(%rbx,%rdx), %xmm0
	movups	%xmm0, -32(%rcx)
	movups	-16(%rbx,%rdx), %xmm0
	movups	%xmm0, -16(%rcx)
	movups	(%rbx,%rdx), %xmm0
	movups	%xmm0, (%rcx)
	addq	$2, %rax
	addq	%rsi, %rdx
	subq	$-128, %rcx
	cmpq	%rax, %r11
	jne	.LBB10_112
	jmp	.LBB10_113
.LBB10_110:
	xorl	%eax, %eax
.LBB10_113:
	testb	$1, 40(%rsp)
	movq	72(%rsp), %r11
	je	.LBB10_128
	movq	344(%rsp), %rcx
	movq	240(%rsp), %rdx
	leaq	(%rcx,%rdx,4), %rcx
	movq	%rax, %rdx
	imulq	40(%rbp), %rdx
	shlq	$6, %rax
	movups	(%rcx,%rdx,4), %xmm0
	movq	112(%rsp), %rsi
	movups	%xmm0, (%rsi,%rax)
	movups	16(%rcx,%rdx,4), %xmm0
	movups	%xmm0, 16(%rsi,%rax)
	movups	32(%rcx,%rdx,4), %xmm0
	movups	%xmm0, 32(%rsi,%rax)
	movups	48(%rcx,%rdx,4), %xmm0
	movups	%xmm0, 48(%rsi,%rax)
	jmp	.LBB10_128
.LBB10_129:
	movq	%r11, %rax
	shlq	$7, %rax
	movq	%rax, 152(%rsp)
	movq	144(%rsp), %rcx
	leaq	-1(%rcx), %rax
	shrq	$5, %rax
	movq	%rax, 208(%rsp)
	leaq	-1(%r11), %rax
	movq	%rax, 64(%rsp)
	movl	%r11d, %r14d
	andl	$3, %r14d
	movq	%r11, %r15
	movabsq	$9223372036854775804, %rax
	andq	%rax, %r15
	movq	%r13, %rax
	imulq	%r8, %rax
	leaq	(%rax,%rdx,4), %rsi
	movq	448(%rsp), %rax
	addq	%rsi, %rax
	movq	%rax, 192(%rsp)
	addq	32(%rbp), %rsi
	movq	%r15, %r11
	negq	%r11
	movl	%r14d, %r12d
	shll	$7, %r12d
	movq	%r13, %rax
	imulq	%rdx, %rax
	leaq	(%rax,%r8,4), %rdx
	addq	640(%rsp), %rdx
	movq	%rdx, 184(%rsp)
	leaq	(%rax,%rbx,4), %rdx
	movq	456(%rsp), %rax
	addq	%rdx, %rax
	movq	%rax, 256(%rsp)
	addq	400(%rsp), %rdx
	movq	%rdx, 216(%rsp)
	movq	392(%rsp), %rax
	movq	%rax, 280(%rsp)
	movq	536(%rsp), %rax
	movq	%rax, 272(%rsp)
	movq	648(%rsp), %rbx
	movq	$0, 112(%rsp)
	movq	%rcx, %rdx
	movq	304(%rsp), %rdi
	xorl	%r9d, %r9d
	movq	88(%rsp), %r8
	movq	%r14, 312(%rsp)
	movq	%r15, 328(%rsp)
	movq	%r11, 72(%rsp)
	jmp	.LBB10_130
	.p2align	4
.LBB10_170:
	movq	152(%rsp), %rcx
	movq	160(%rsp), %rdi
	addq	%rcx, %rdi
	movq	296(%rsp), %r9
	addq	$32, %r9
	movq	96(%rsp), %rdx
	addq	$-32, %rdx
	movq	856(%rsp), %rax
	addq	%rax, 192(%rsp)
	movq	200(%rsp), %rbx
	addq	%rcx, %rbx
	movq	240(%rsp), %rsi
	addq	%rax, %rsi
	addq	%rcx, 272(%rsp)
	subq	$-128, 184(%rsp)
	addq	%rcx, 280(%rsp)
	subq	$-128, 256(%rsp)
	subq	$-128, 216(%rsp)
	movq	112(%rsp), %rax
	cmpq	208(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 112(%rsp)
	movq	248(%rsp), %r13
	movq	312(%rsp), %r14
	movq	328(%rsp), %r15
	je	.LBB10_229
.LBB10_130:
	movq	%rdx, 96(%rsp)
	cmpq	$2, %rdx
	movl	$1, %ecx
	cmovgeq	%rdx, %rcx
	cmpq	$32, %rcx
	movl	$32, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 56(%rsp)
	cmpq	$32, %rdx
	movl	$32, %ecx
	cmovlq	%rdx, %rcx
	movq	144(%rsp), %rdx
	subq	%r9, %rdx
	cmpq	$32, %rdx
	cmovlq	%rdx, %rax
	cmpl	$0, 268(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%rsi, 240(%rsp)
	movq	%rbx, 200(%rsp)
	movq	%rdi, 160(%rsp)
	movq	%r9, 296(%rsp)
	je	.LBB10_153
	leaq	(%rdi,%rcx,4), %rcx
	testq	%rdx, %rdx
	jle	.LBB10_141
	movq	%rsi, %rdx
	movq	%rdi, %rsi
	movq	%rbx, %rdi
	movq	192(%rsp), %r8
	xorl	%r9d, %r9d
	jmp	.LBB10_133
	.p2align	4
.LBB10_139:
	incq	%r9
	addq	%r13, %r8
	addq	$4, %rdi
	addq	$4, %rsi
	addq	%r13, %rdx
	cmpq	56(%rsp), %r9
	je	.LBB10_140
.LBB10_133:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_139
	cmpq	$3, 64(%rsp)
	jae	.LBB10_144
	xorl	%r10d, %r10d
	jmp	.LBB10_136
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
.LBB10_136:
	testq	%r14, %r14
	je	.LBB10_139
	leaq	(%rdx,%r10,4), %r11
	shlq	$7, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_138:
	movss	(%r11,%rbx,4), %xmm0
	movss	%xmm0, (%r10)
	incq	%rbx
	subq	$-128, %r10
	cmpq	%rbx, %r14
	jne	.LBB10_138
	jmp	.LBB10_139
	.p2align	4
.LBB10_140:
	cmpq	$32, 104(%rsp)
	movq	120(%rsp), %r10
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	jl	.LBB10_141
	jmp	.LBB10_170
	.p2align	4
.LBB10_150:
	addq	$4, %rcx
	cmpq	$31, %rax
	leaq	1(%rax), %rax
	jge	.LBB10_170
.LBB10_141:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_150
	cmpq	$3, 64(%rsp)
	jae	.LBB10_151
	xorl	%edx, %edx
	testb	$3, 40(%rsp)
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
	cmpq	%rdx, %r11
	jne	.LBB10_152
	negq	%rdx
	testb	$3, 40(%rsp)
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
	cmpq	$32, %rdx
	jge	.LBB10_154
	cmpq	$0, 40(%rsp)
	jle	.LBB10_170
	movq	56(%rsp), %rcx
	movl	%ecx, %eax
	andl	$56, %eax
	movq	%rax, 232(%rsp)
	movq	112(%rsp), %rax
	imulq	152(%rsp), %rax
	addq	304(%rsp), %rax
	movq	%rax, 136(%rsp)
	leaq	(,%rcx,4), %rax
	movq	%rax, 80(%rsp)
	andl	$56, %ecx
	movq	%rcx, 168(%rsp)
	movq	216(%rsp), %rbx
	movq	160(%rsp), %r15
	movq	256(%rsp), %r13
	movq	280(%rsp), %r14
	xorl	%ecx, %ecx
	jmp	.LBB10_159
	.p2align	4
.LBB10_160:
	xorl	%ecx, %ecx
.LBB10_169:
	addq	%rcx, %rdi
	movl	$128, %edx
	subq	%rcx, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	128(%rsp), %rcx
	incq	%rcx
	subq	$-128, %r14
	movq	248(%rsp), %rax
	addq	%rax, %r13
	subq	$-128, %r15
	addq	%rax, %rbx
	cmpq	40(%rsp), %rcx
	movq	120(%rsp), %r10
	xorps	%xmm12, %xmm12
	movq	88(%rsp), %r8
	movq	72(%rsp), %r11
	movq	104(%rsp), %rdx
	je	.LBB10_170
.LBB10_159:
	movq	%rcx, %rdi
	shlq	$7, %rdi
	addq	136(%rsp), %rdi
	testq	%rdx, %rdx
	movq	%rcx, 128(%rsp)
	jle	.LBB10_160
	cmpq	$8, 96(%rsp)
	jge	.LBB10_163
	xorl	%eax, %eax
	jmp	.LBB10_166
	.p2align	4
.LBB10_163:
	xorl	%eax, %eax
	movq	56(%rsp), %rdx
	movq	232(%rsp), %rcx
	.p2align	4
.LBB10_164:
	movups	-16(%r13,%rax,4), %xmm0
	movups	(%r13,%rax,4), %xmm1
	movups	%xmm0, -16(%r14,%rax,4)
	movups	%xmm1, (%r14,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rcx
	jne	.LBB10_164
	movq	168(%rsp), %rsi
	movq	%rsi, %rax
	movq	80(%rsp), %rcx
	cmpq	%rsi, %rdx
	je	.LBB10_169
.LBB10_166:
	movq	56(%rsp), %rcx
	.p2align	4
.LBB10_167:
	movss	(%rbx,%rax,4), %xmm0
	movss	%xmm0, (%r15,%rax,4)
	incq	%rax
	cmpq	%rax, %rcx
	jne	.LBB10_167
	movq	80(%rsp), %rcx
	jmp	.LBB10_169
.LBB10_154:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_170
	movq	184(%rsp), %rax
	movq	272(%rsp), %rcx
	movq	40(%rsp), %rdx
	.p2align	4
.LBB10_156:
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
	addq	248(%rsp), %rax
	decq	%rdx
	jne	.LBB10_156
	jmp	.LBB10_170
.LBB10_171:
	movq	%r11, %rax
	movq	72(%rsp), %rcx
	imulq	%rcx, %rax
	shlq	$2, %rax
	movq	%rax, 208(%rsp)
	cmpq	$8, %r11
	setae	%al
	cmpl	$1, %ecx
	sete	%sil
	andb	%al, %sil
	movb	%sil, 64(%rsp)
	movabsq	$9223372036854775804, %rax
	addq	$-4, %rax
	andq	%r11, %rax
	movq	%rax, 128(%rsp)
	movl	%r11d, %esi
	movq	%rcx, %r11
	andl	$3, %esi
	movl	%r14d, %eax
	andl	$2147483640, %eax
	movq	%rax, 280(%rsp)
	imulq	%r13, %r8
	leaq	(%r8,%rdx,4), %rcx
	movq	440(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 184(%rsp)
	movq	%r13, %rax
	imulq	%r11, %rax
	movq	%rax, 328(%rsp)
	addq	32(%rbp), %rcx
	movq	%rcx, 152(%rsp)
	movq	%r11, %rax
	shlq	$4, %rax
	movq	%rax, 96(%rsp)
	movq	%rsi, 104(%rsp)
	negq	%rsi
	movq	%rsi, 160(%rsp)
	movq	%r14, 136(%rsp)
	shrl	$3, %r14d
	andl	$268435455, %r14d
	shlq	$5, %r14
	movq	%r14, 272(%rsp)
	movq	%r13, %rax
	imulq	%rdx, %rax
	leaq	(%rax,%rbx,4), %rcx
	movq	456(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 256(%rsp)
	addq	400(%rsp), %rcx
	movq	%rcx, 216(%rsp)
	leaq	(,%r11,4), %rbx
	movq	304(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	392(%rsp), %rax
	movq	%rax, 168(%rsp)
	movq	$0, 312(%rsp)
	movq	144(%rsp), %rax
	xorl	%edx, %edx
	jmp	.LBB10_172
	.p2align	4
.LBB10_228:
	movq	200(%rsp), %rdx
	addq	%r11, %rdx
	incq	312(%rsp)
	movq	208(%rsp), %rax
	addq	%rax, 168(%rsp)
	movq	328(%rsp), %rcx
	addq	%rcx, 184(%rsp)
	addq	%rax, 232(%rsp)
	addq	%rcx, 152(%rsp)
	addq	%rbx, 256(%rsp)
	addq	%rbx, 216(%rsp)
	cmpq	144(%rsp), %rdx
	movq	120(%rsp), %r10
	movq	88(%rsp), %r8
	movq	248(%rsp), %r13
	movq	240(%rsp), %rax
	jge	.LBB10_229
.LBB10_172:
	movq	%rax, %r9
	subq	%r11, %rax
	cmovgeq	%r11, %r9
	movq	144(%rsp), %rcx
	subq	%rdx, %rcx
	cmpq	%r11, %rcx
	movq	%r11, %rsi
	cmovlq	%rcx, %rsi
	cmpl	$0, 268(%rsp)
	movq	%rsi, 112(%rsp)
	movq	%r9, 56(%rsp)
	movq	%rax, 240(%rsp)
	movq	%rdx, 200(%rsp)
	je	.LBB10_204
	movq	%rcx, 80(%rsp)
	testq	%rsi, %rsi
	jle	.LBB10_178
	movq	152(%rsp), %rcx
	movq	232(%rsp), %rdx
	movq	184(%rsp), %rsi
	movq	168(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB10_175
	.p2align	4
.LBB10_192:
	incq	%r8
	addq	$4, %rdi
	movq	248(%rsp), %r13
	addq	%r13, %rsi
	addq	$4, %rdx
	addq	%r13, %rcx
	movq	56(%rsp), %r9
	cmpq	%r9, %r8
	je	.LBB10_178
.LBB10_175:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_192
	cmpb	$0, 64(%rsp)
	je	.LBB10_177
	xorl	%r9d, %r9d
	movq	128(%rsp), %rax
	.p2align	4
.LBB10_184:
	movups	-16(%rsi,%r9,4), %xmm0
	movups	(%rsi,%r9,4), %xmm1
	movups	%xmm0, -16(%rdi,%r9,4)
	movups	%xmm1, (%rdi,%r9,4)
	addq	$8, %r9
	cmpq	%r9, %rax
	jne	.LBB10_184
	movq	%rax, %r10
	cmpq	%rax, 40(%rsp)
	je	.LBB10_192
	jmp	.LBB10_186
	.p2align	4
.LBB10_177:
	xorl	%r10d, %r10d
.LBB10_186:
	movq	%r10, %r9
	cmpq	$0, 104(%rsp)
	je	.LBB10_189
	movq	%rbx, %r11
	imulq	%r10, %r11
	addq	%rdx, %r11
	movq	104(%rsp), %r14
	movq	%r10, %r9
	.p2align	4
.LBB10_188:
	movss	(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r11)
	incq	%r9
	addq	%rbx, %r11
	decq	%r14
	jne	.LBB10_188
.LBB10_189:
	movq	40(%rsp), %rax
	subq	%rax, %r10
	cmpq	$-4, %r10
	movq	96(%rsp), %r13
	ja	.LBB10_192
	leaq	3(%r9), %r10
	imulq	%rbx, %r10
	movq	%rbx, %r11
	imulq	%r9, %r11
	leaq	2(%r9), %r14
	imulq	%rbx, %r14
	leaq	1(%r9), %r15
	imulq	%rbx, %r15
	movq	%rdx, %r12
	.p2align	4
.LBB10_191:
	movss	(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r12,%r11)
	movss	4(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r12,%r15)
	movss	8(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r12,%r14)
	movss	12(%rcx,%r9,4), %xmm0
	movss	%xmm0, (%r12,%r10)
	addq	$4, %r9
	addq	%r13, %r12
	cmpq	%r9, %rax
	jne	.LBB10_191
	jmp	.LBB10_192
	.p2align	4
.LBB10_178:
	movq	72(%rsp), %r11
	cmpq	%r11, 80(%rsp)
	movq	96(%rsp), %r10
	movq	112(%rsp), %r14
	jge	.LBB10_228
	movq	232(%rsp), %rax
	leaq	(%rax,%r9,4), %rax
	jmp	.LBB10_180
	.p2align	4
.LBB10_203:
	incq	%r14
	addq	$4, %rax
	cmpq	%r11, %r14
	jge	.LBB10_228
.LBB10_180:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	128(%rsp), %rsi
	jle	.LBB10_203
	cmpb	$0, 64(%rsp)
	je	.LBB10_182
	xorl	%ecx, %ecx
	.p2align	4
.LBB10_194:
	movups	%xmm12, (%rax,%rcx,4)
	movups	%xmm12, 16(%rax,%rcx,4)
	addq	$8, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB10_194
	movq	%rsi, %rdx
	cmpq	%rsi, %rdi
	je	.LBB10_203
	jmp	.LBB10_196
	.p2align	4
.LBB10_182:
	xorl	%edx, %edx
.LBB10_196:
	movq	%rdx, %rcx
	testb	$3, %dil
	je	.LBB10_200
	movq	%rbx, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	160(%rsp), %r8
	.p2align	4
.LBB10_198:
	movl	$0, (%rcx)
	decq	%rsi
	addq	%rbx, %rcx
	cmpq	%rsi, %r8
	jne	.LBB10_198
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB10_200:
	subq	%rdi, %rdx
	cmpq	$-4, %rdx
	ja	.LBB10_203
	movq	%rdi, %rdx
	subq	%rcx, %rdx
	leaq	3(%rcx), %rsi
	imulq	%rbx, %rsi
	leaq	2(%rcx), %rdi
	imulq	%rbx, %rdi
	leaq	1(%rcx), %r8
	imulq	%rbx, %r8
	imulq	%rbx, %rcx
	movq	%rax, %r9
	.p2align	4
.LBB10_202:
	movl	$0, (%r9,%rcx)
	movl	$0, (%r9,%r8)
	movl	$0, (%r9,%rdi)
	movl	$0, (%r9,%rsi)
	addq	%r10, %r9
	addq	$-4, %rdx
	jne	.LBB10_202
	jmp	.LBB10_203
	.p2align	4
.LBB10_204:
	cmpq	%r11, %rcx
	jge	.LBB10_205
	cmpq	$0, 40(%rsp)
	jle	.LBB10_228
	movq	%r9, %rdx
	andq	$-8, %rdx
	movq	208(%rsp), %rax
	imulq	312(%rsp), %rax
	addq	304(%rsp), %rax
	movq	%rax, 192(%rsp)
	movq	216(%rsp), %r14
	movq	232(%rsp), %r13
	movq	256(%rsp), %r15
	movq	168(%rsp), %r12
	xorl	%edi, %edi
	movq	%rdx, 296(%rsp)
	jmp	.LBB10_216
	.p2align	4
.LBB10_227:
	incq	%rdi
	addq	%rbx, %r12
	movq	248(%rsp), %rax
	addq	%rax, %r15
	addq	%rbx, %r13
	addq	%rax, %r14
	cmpq	40(%rsp), %rdi
	je	.LBB10_228
.LBB10_216:
	testq	%rsi, %rsi
	jle	.LBB10_217
	cmpq	$8, %r9
	jae	.LBB10_222
	xorl	%ecx, %ecx
	jmp	.LBB10_220
	.p2align	4
.LBB10_217:
	xorl	%eax, %eax
	jmp	.LBB10_225
	.p2align	4
.LBB10_222:
	xorl	%eax, %eax
	.p2align	4
.LBB10_223:
	movups	-16(%r15,%rax,4), %xmm0
	movups	(%r15,%rax,4), %xmm1
	movups	%xmm0, -16(%r12,%rax,4)
	movups	%xmm1, (%r12,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rdx
	jne	.LBB10_223
	movq	%rdx, %rcx
	movq	%r9, %rax
	cmpq	%rdx, %r9
	je	.LBB10_225
	.p2align	4
.LBB10_220:
	movss	(%r14,%rcx,4), %xmm0
	movss	%xmm0, (%r13,%rcx,4)
	incq	%rcx
	cmpq	%rcx, %r9
	jne	.LBB10_220
	movq	%r9, %rax
.LBB10_225:
	cmpq	%r11, %rax
	jge	.LBB10_227
	movq	%rdi, %rcx
	imulq	%rbx, %rcx
	addq	192(%rsp), %rcx
	movq	%rdi, 80(%rsp)
	leaq	(%rcx,%rax,4), %rdi
	shlq	$2, %rax
	movq	%rbx, %rdx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	80(%rsp), %rdi
	movq	296(%rsp), %rdx
	movq	56(%rsp), %r9
	movq	112(%rsp), %rsi
	movq	72(%rsp), %r11
	xorps	%xmm12, %xmm12
	jmp	.LBB10_227
.LBB10_205:
	cmpq	$0, 40(%rsp)
	jle	.LBB10_228
	movq	216(%rsp), %rax
	movq	232(%rsp), %rcx
	movq	256(%rsp), %rdx
	movq	168(%rsp), %rsi
	xorl	%edi, %edi
	jmp	.LBB10_207
	.p2align	4
.LBB10_213:
	incq	%rdi
	addq	%rbx, %rsi
	addq	%r9, %rdx
	addq	%rbx, %rcx
	addq	%r9, %rax
	cmpq	%r11, %rdi
	movq	72(%rsp), %r11
	je	.LBB10_228
.LBB10_207:
	movq	136(%rsp), %r14
	testl	%r14d, %r14d
	movq	248(%rsp), %r9
	movq	40(%rsp), %r11
	jle	.LBB10_213
	xorl	%r8d, %r8d
	cmpl	$8, %r14d
	jb	.LBB10_209
	movq	272(%rsp), %r10
	.p2align	4
.LBB10_211:
	movups	-16(%rdx,%r8), %xmm0
	movups	(%rdx,%r8), %xmm1
	movups	%xmm0, -16(%rsi,%r8)
	movups	%xmm1, (%rsi,%r8)
	addq	$32, %r8
	cmpq	%r8, %r10
	jne	.LBB10_211
	movq	280(%rsp), %r15
	movq	%r15, %r8
	cmpl	%r14d, %r15d
	je	.LBB10_213
	.p2align	4
.LBB10_209:
	movss	(%rax,%r8,4), %xmm0
	movss	%xmm0, (%rcx,%r8,4)
	incq	%r8
	cmpq	%r8, %r14
	jne	.LBB10_209
	jmp	.LBB10_213
.LBB10_21:
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
	.long	.LBB10_243-.LJTI10_0
	.long	.LBB10_394-.LJTI10_0
	.long	.LBB10_279-.LJTI10_0
	.long	.LBB10_394-.LJTI10_0
	.long	.LBB10_317-.LJTI10_0
	.long	.LBB10_394-.LJTI10_0
	.long	.LBB10_394-.LJTI10_0
	.long	.LBB10_394-.LJTI10_0
	.long	.LBB10_357-.LJTI10_0

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
	subq	$3136, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, 440(%rsp)
	movq	%r8, 344(%rsp)
	movq	%rcx, 448(%rsp)
	movl	%edx, 284(%rsp)
	movl	%esi, %ebx
	movslq	(%rdi), %r8
	movslq	4(%rdi), %r10
	movq	8(%rdi), %r15
	cmpq	%r15, %r9
	cmovlq	%r9, %r15
	movq	%rdi, 288(%rsp)
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
	movq	288(%rsp), %rax
	movq	24(%rax), %rax
	movq	344(%rsp), %rcx
	cmpq	%rax, %rcx
	cmovlq	%rcx, %rax
	leaq	(%r10,%rax), %r12
	decq	%r12
	movq	%r12, %rax
	orq	%r10, %rax
	shrq	$32, %rax
	movq	%r8, 104(%rsp)
	movq	%r10, 168(%rsp)
	je	.LBB13_4
	movq	%r12, %rax
	cqto
	idivq	%r10
	jmp	.LBB13_6
.LBB13_4:
	movl	%r12d, %eax
	xorl	%edx, %edx
	divl	%r10d
.LBB13_6:
	movq	24(%rbp), %r14
	subq	%rdx, %r12
	shlq	$3, %r15
	imulq	%r15, %rsi
	xorl	%edi, %edi
	callq	axon_scratch@PLT
	movq	%rax, 312(%rsp)
	imulq	%r12, %r15
	movl	$1, %edi
	movq	%r15, %rsi
	callq	axon_scratch@PLT
	movq	%rax, 296(%rsp)
	movq	288(%rsp), %rax
	cmpq	$0, 40(%rax)
	je	.LBB13_7
	movq	168(%rsp), %rsi
	leaq	(,%rsi,4), %rax
	movq	344(%rsp), %rdx
	cmpq	%rax, %rdx
	setle	%al
	movl	%eax, 380(%rsp)
	testl	%ebx, %ebx
	sete	39(%rsp)
	movl	$1, %eax
	cmoveq	%r14, %rax
	movq	%rax, 552(%rsp)
	movl	$1, %eax
	cmovneq	%r14, %rax
	movq	%rax, 480(%rsp)
	cmpl	$0, 284(%rsp)
	movq	440(%rsp), %rcx
	movq	104(%rsp), %rax
	movq	%r14, %rdi
	je	.LBB13_10
	movq	%rax, %r10
	movl	$0, 332(%rsp)
	jmp	.LBB13_11
.LBB13_7:
	testl	%ebx, %ebx
	sete	39(%rsp)
	movl	$1, %ecx
	movl	$1, %eax
	cmoveq	%r14, %rax
	movq	%rax, 552(%rsp)
	cmovneq	%r14, %rcx
	movq	%rcx, 480(%rsp)
	movl	$0, 380(%rsp)
	movl	$0, 332(%rsp)
	movq	440(%rsp), %rcx
	movq	344(%rsp), %rdx
	movq	288(%rsp), %rsi
	movq	104(%rsp), %r10
	movq	%r14, %rdi
	testq	%rdx, %rdx
	jg	.LBB13_13
	jmp	.LBB13_21
.LBB13_10:
	movq	%rax, %r10
	addq	%rax, %rax
	cmpq	%rax, 448(%rsp)
	movq	344(%rsp), %rdx
	setle	%al
	movl	%eax, 332(%rsp)
.LBB13_11:
	movq	288(%rsp), %rsi
	testq	%rdx, %rdx
	jle	.LBB13_21
.LBB13_13:
	movq	80(%rbp), %r11
	movq	56(%rbp), %r8
	movq	40(%rbp), %rbx
	movq	%rbx, %rax
	shlq	$8, %rax
	movq	%rax, 840(%rsp)
	movq	%rbx, %rax
	shlq	$7, %rax
	movq	%rax, 832(%rsp)
	movq	%rbx, %rax
	shlq	$6, %rax
	movq	%rax, 824(%rsp)
	movq	%rbx, %rax
	shlq	$4, %rax
	movq	%rax, 848(%rsp)
	movq	%rdi, %r14
	shlq	$5, %r14
	movq	%rdi, %rax
	shlq	$6, %rax
	movq	%rax, 888(%rsp)
	movq	%rdi, %rax
	shlq	$4, %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 880(%rsp)
	xorps	%xmm10, %xmm10
	movq	32(%rbp), %r15
	movq	16(%rbp), %r12
	movq	24(%rsi), %rax
	leaq	(,%r8,8), %r8
	movq	%r8, 1016(%rsp)
	movq	168(%rsp), %r8
	leaq	(,%r8,8), %r8
	movq	%r8, 80(%rsp)
	movq	296(%rsp), %r8
	leaq	8(%r8), %r13
	movq	%r13, 696(%rsp)
	leaq	16(%r8), %r13
	movq	%r13, 384(%rsp)
	leaq	24(%r8), %r13
	movq	%r13, 688(%rsp)
	leaq	32(%r8), %r13
	movq	%r13, 680(%rsp)
	leaq	40(%r8), %r13
	movq	%r13, 672(%rsp)
	leaq	48(%r8), %r13
	movq	%r13, 664(%rsp)
	leaq	56(%r8), %r13
	movq	%r13, 656(%rsp)
	leaq	24(%r15), %r13
	movq	%r13, 424(%rsp)
	leaq	(,%rbx,8), %rbx
	movq	%rbx, 200(%rsp)
	leaq	768(%r8), %rbx
	movq	%rbx, 640(%rsp)
	leaq	240(%r8), %rbx
	movq	%rbx, 632(%rsp)
	leaq	240(%r15), %rbx
	movq	%rbx, 624(%rsp)
	leaq	16(%r15), %rbx
	movq	%rbx, 504(%rsp)
	leaq	384(%r8), %rbx
	movq	%rbx, 616(%rsp)
	leaq	112(%r8), %rbx
	movq	%rbx, 608(%rsp)
	leaq	112(%r15), %rbx
	movq	%rbx, 600(%rsp)
	leaq	192(%r8), %rbx
	movq	%rbx, 592(%rsp)
	leaq	56(%r15), %rbx
	movq	%rbx, 496(%rsp)
	leaq	32(%r15), %rbx
	movq	%rbx, 584(%rsp)
	leaq	64(%r8), %r8
	movq	%r8, 576(%rsp)
	leaq	24(%r12), %r8
	movq	%r8, 728(%rsp)
	leaq	(,%rdi,8), %rdi
	movq	%rdi, 216(%rsp)
	movq	312(%rsp), %rdi
	leaq	24(%rdi), %r8
	movq	%r8, 760(%rsp)
	movq	%r14, 896(%rsp)
	leaq	(%r14,%r14,2), %r8
	movq	%r8, 872(%rsp)
	leaq	56(%r12), %r8
	movq	%r8, 720(%rsp)
	leaq	192(%rdi), %r8
	movq	%r8, 752(%rsp)
	leaq	40(%r12), %r8
	movq	%r8, 712(%rsp)
	leaq	96(%rdi), %r8
	movq	%r8, 744(%rsp)
	leaq	16(%rdi), %rdi
	movq	%rdi, 736(%rsp)
	leaq	16(%r12), %rdi
	movq	%rdi, 704(%rsp)
	leaq	(,%r10,8), %rdi
	movq	%rdi, 1008(%rsp)
	leaq	8(%r11), %rdi
	movq	%rdi, 568(%rsp)
	leaq	16(%r11), %rdi
	movq	%rdi, 560(%rsp)
	xorl	%edi, %edi
	jmp	.LBB13_14
	.p2align	4
.LBB13_19:
	movq	24(%rsi), %rax
	movq	464(%rsp), %rdi
.LBB13_20:
	addq	%rax, %rdi
	movq	344(%rsp), %rdx
	cmpq	%rdx, %rdi
	jge	.LBB13_21
.LBB13_14:
	movq	%rdx, %r11
	subq	%rdi, %r11
	cmpq	%r11, %rax
	cmovlq	%rax, %r11
	testq	%rcx, %rcx
	jle	.LBB13_20
	movq	32(%rbp), %rax
	leaq	(%rax,%rdi,8), %rax
	movq	%rax, 392(%rsp)
	movq	48(%rbp), %rax
	leaq	(%rax,%rdi,8), %rax
	movq	%rax, 936(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rdi,8), %rax
	movq	%rax, 528(%rsp)
	movq	8(%rsi), %rax
	movq	504(%rsp), %rdx
	leaq	(%rdx,%rdi,8), %rdx
	movq	%rdx, 432(%rsp)
	movq	496(%rsp), %rdx
	leaq	(%rdx,%rdi,8), %rdx
	movq	%rdx, 648(%rsp)
	movq	568(%rsp), %rdx
	leaq	(%rdx,%rdi,8), %rdx
	movq	%rdx, 864(%rsp)
	movq	560(%rsp), %rdx
	movq	%rdi, 464(%rsp)
	leaq	(%rdx,%rdi,8), %rdx
	movq	%rdx, 856(%rsp)
	xorl	%edx, %edx
	movq	80(%rsp), %r8
	movq	%r11, 416(%rsp)
	jmp	.LBB13_16
	.p2align	4
.LBB13_445:
	movq	8(%rsi), %rax
	movq	352(%rsp), %rdx
	addq	%rax, %rdx
	movq	440(%rsp), %rcx
	cmpq	%rcx, %rdx
	jge	.LBB13_19
.LBB13_16:
	cmpl	$0, 72(%rbp)
	setne	%dil
	movq	%rcx, %rsi
	subq	%rdx, %rsi
	cmpq	%rsi, %rax
	cmovlq	%rax, %rsi
	testq	%rdx, %rdx
	setg	472(%rsp)
	movl	$0, %eax
	cmoveq	80(%rbp), %rax
	movq	%rax, 368(%rsp)
	movl	$0, %eax
	cmpb	$0, 332(%rsp)
	movq	%rdx, %rcx
	je	.LBB13_24
	movq	%r11, %rax
	movq	168(%rsp), %r9
	orq	%r9, %rax
	shrq	$32, %rax
	je	.LBB13_18
	movq	%r11, %rax
	cqto
	idivq	%r9
	jmp	.LBB13_23
.LBB13_18:
	movl	%r11d, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB13_23:
	movq	%r11, %rax
	subq	%rdx, %rax
.LBB13_24:
	movq	%rsi, 40(%rsp)
	movq	%rcx, 352(%rsp)
	movq	%rax, 488(%rsp)
	subq	%rax, %r11
	movq	%r11, 128(%rsp)
	jle	.LBB13_225
	movq	464(%rsp), %rax
	movq	488(%rsp), %rbx
	leaq	(%rbx,%rax), %r8
	movq	288(%rsp), %rax
	movl	%edi, %ecx
	movslq	4(%rax), %rdi
	cmpl	$0, 284(%rsp)
	movl	%ecx, %r14d
	movb	%cl, 38(%rsp)
	je	.LBB13_28
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB13_28
	movq	32(%rbp), %rsi
	movq	40(%rbp), %rdx
	movq	352(%rsp), %rcx
	movq	40(%rsp), %r9
	pushq	296(%rsp)
	pushq	136(%rsp)
	callq	*%rax
	movzbl	54(%rsp), %edi
	xorps	%xmm10, %xmm10
	movq	120(%rsp), %r10
	addq	$16, %rsp
	movq	80(%rsp), %r8
	.p2align	4
.LBB13_225:
	movq	448(%rsp), %rcx
	testq	%rcx, %rcx
	movq	288(%rsp), %rsi
	movq	24(%rbp), %rdx
	movq	416(%rsp), %r11
	movq	40(%rsp), %r12
	jle	.LBB13_445
	orb	472(%rsp), %dil
	movb	%dil, 38(%rsp)
	movq	352(%rsp), %rbx
	movq	%rbx, %rax
	imulq	%rdx, %rax
	movq	16(%rbp), %r9
	leaq	(%r9,%rax,8), %rax
	movq	%rax, 816(%rsp)
	movq	%r12, %r14
	shlq	$5, %r14
	movq	%r12, %rax
	shlq	$6, %rax
	movq	%rax, 912(%rsp)
	movq	%r12, %rax
	shlq	$4, %rax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 904(%rsp)
	movq	%rbx, %rax
	imulq	40(%rbp), %rax
	movq	392(%rsp), %rdi
	leaq	(%rdi,%rax,8), %rax
	movq	%rax, 960(%rsp)
	movq	%rbx, %rax
	imulq	480(%rsp), %rax
	leaq	(%r9,%rax,8), %rax
	movq	%rax, 256(%rsp)
	movl	%r12d, %r15d
	andl	$3, %r15d
	movq	%r15, 456(%rsp)
	movq	%r12, %rdi
	movabsq	$9223372036854775804, %rax
	andq	%rax, %rdi
	movq	216(%rsp), %r13
	imulq	%rbx, %r13
	movq	%rdi, 336(%rsp)
	negq	%rdi
	movq	%rdi, 408(%rsp)
	movl	%r15d, %edx
	shll	$5, %edx
	movl	%r15d, %eax
	shll	$6, %eax
	movq	%rax, 984(%rsp)
	movl	%r15d, %eax
	shll	$4, %eax
	leaq	(%rax,%rax,2), %rax
	movq	%rax, 976(%rsp)
	movq	728(%rsp), %rdi
	leaq	(%rdi,%r13), %rax
	movq	%rax, 512(%rsp)
	movq	720(%rsp), %rax
	addq	%r13, %rax
	movq	%rax, 800(%rsp)
	movq	712(%rsp), %rax
	addq	%r13, %rax
	movq	%rax, 792(%rsp)
	movq	704(%rsp), %r11
	leaq	(%r11,%r13), %rax
	movq	%rax, 784(%rsp)
	addq	%r9, %r13
	movq	%r13, 808(%rsp)
	movq	%r15, %rax
	negq	%rax
	movq	%rax, 928(%rsp)
	leaq	(,%r12,8), %rax
	movq	%rax, 776(%rsp)
	movq	%r14, 920(%rsp)
	leaq	(%r14,%r14,2), %rax
	movq	%rax, 520(%rsp)
	movq	16(%rsi), %rax
	leaq	-1(%r12), %rsi
	movq	%rsi, 184(%rsp)
	leaq	(%rdi,%rbx,8), %rsi
	movq	%rsi, 400(%rsp)
	leaq	(%r9,%rbx,8), %rsi
	movq	%rsi, 360(%rsp)
	movq	%rdx, 992(%rsp)
	leaq	(%rdx,%rdx,2), %rdx
	movq	%rdx, 968(%rsp)
	leal	(,%r15,8), %edx
	movq	%rdx, 536(%rsp)
	leaq	(%r11,%rbx,8), %rdx
	movq	%rdx, 768(%rsp)
	xorl	%edx, %edx
	jmp	.LBB13_227
	.p2align	4
.LBB13_444:
	movq	288(%rsp), %rsi
	movq	16(%rsi), %rax
	movq	264(%rsp), %rdx
	addq	%rax, %rdx
	movq	448(%rsp), %rcx
	cmpq	%rcx, %rdx
	movq	40(%rsp), %r12
	jge	.LBB13_445
.LBB13_227:
	movq	%rdx, 264(%rsp)
	movq	%rcx, %r14
	subq	%rdx, %r14
	cmpq	%r14, %rax
	cmovlq	%rax, %r14
	cmpb	$0, 380(%rsp)
	je	.LBB13_228
	movq	%r14, %rax
	movq	%r10, %rcx
	orq	%r10, %rax
	shrq	$32, %rax
	je	.LBB13_230
	movq	%r14, %rax
	cqto
	idivq	%rcx
	jmp	.LBB13_232
	.p2align	4
.LBB13_228:
	xorl	%eax, %eax
	movq	168(%rsp), %r11
	jmp	.LBB13_233
.LBB13_230:
	movl	%r14d, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB13_232:
	movq	168(%rsp), %r11
	movq	%r14, %rax
	subq	%rdx, %rax
.LBB13_233:
	movq	%r14, %rcx
	movq	%rax, 232(%rsp)
	subq	%rax, %rcx
	movq	%rcx, 72(%rsp)
	movq	%r14, 248(%rsp)
	jle	.LBB13_438
	movq	264(%rsp), %rsi
	movq	232(%rsp), %r9
	leaq	(%r9,%rsi), %r13
	movq	288(%rsp), %rax
	movslq	(%rax), %rdi
	cmpb	$0, 39(%rsp)
	je	.LBB13_237
	movq	48(%rax), %rax
	testq	%rax, %rax
	je	.LBB13_237
	movq	16(%rbp), %rsi
	movq	24(%rbp), %rdx
	movq	352(%rsp), %rcx
	movq	%r13, %r8
	movq	%r12, %r9
	pushq	312(%rsp)
	pushq	80(%rsp)
	callq	*%rax
	movq	96(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	184(%rsp), %r11
	movq	120(%rsp), %r10
	addq	$16, %rsp
	.p2align	4
.LBB13_438:
	movq	%r11, %r9
	movq	416(%rsp), %r11
	testq	%r11, %r11
	jle	.LBB13_444
	movq	48(%rbp), %rax
	movq	264(%rsp), %rcx
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, 952(%rsp)
	movq	80(%rbp), %rax
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, 944(%rsp)
	movq	528(%rsp), %r12
	movq	856(%rsp), %r13
	movq	864(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	$0, 544(%rsp)
	movq	%r11, %rdx
	xorl	%esi, %esi
	jmp	.LBB13_440
	.p2align	4
.LBB13_478:
	movq	152(%rsp), %rsi
	addq	%r9, %rsi
	incq	544(%rsp)
	addq	%r8, 48(%rsp)
	addq	%r8, %r13
	addq	%r8, %r12
	movq	416(%rsp), %r11
	cmpq	%r11, %rsi
	movq	1000(%rsp), %rdx
	jge	.LBB13_444
.LBB13_440:
	movq	%rdx, %rdi
	movq	%rsi, %rax
	movq	488(%rsp), %rcx
	subq	%rcx, %rax
	imulq	40(%rsp), %rax
	cmpq	%rcx, %rsi
	movq	960(%rsp), %rcx
	movq	%rsi, 152(%rsp)
	leaq	(%rcx,%rsi,8), %rsi
	movq	%r9, %rcx
	cmovlq	40(%rbp), %rcx
	movq	%rcx, 176(%rsp)
	movq	296(%rsp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, 224(%rsp)
	movq	%rsi, 240(%rsp)
	cmovlq	%rsi, %rax
	movq	%rax, 208(%rsp)
	subq	%r9, %rdx
	movq	%rdx, 1000(%rsp)
	cmovgeq	%r9, %rdi
	movq	%rdi, 64(%rsp)
	testq	%r14, %r14
	jle	.LBB13_478
	movq	64(%rsp), %rax
	movl	%eax, %ecx
	andl	$3, %ecx
	movq	%rcx, 144(%rsp)
	movq	%rax, %rcx
	andq	$-4, %rcx
	movq	%rcx, 128(%rsp)
	movq	%rax, %rcx
	andq	$-2, %rcx
	movq	%rcx, 120(%rsp)
	leaq	(,%rax,8), %rcx
	movq	%rcx, 304(%rsp)
	imulq	544(%rsp), %r8
	movq	528(%rsp), %rcx
	addq	%rcx, %r8
	movq	%r8, 320(%rsp)
	leaq	(%r8,%rax,8), %rax
	movq	%rax, 472(%rsp)
	movq	416(%rsp), %rax
	movq	152(%rsp), %rsi
	subq	%rsi, %rax
	cmpq	%rax, %r9
	movq	%rax, 136(%rsp)
	cmovlq	%r9, %rax
	movq	%rax, 56(%rsp)
	movq	936(%rsp), %rax
	leaq	(%rax,%rsi,8), %rax
	movq	%rax, 272(%rsp)
	movq	464(%rsp), %rax
	addq	%rsi, %rax
	imulq	56(%rbp), %rax
	movq	952(%rsp), %rdx
	leaq	(%rdx,%rax,8), %rax
	movq	%rax, 192(%rsp)
	leaq	(%rcx,%rsi,8), %rax
	movq	%rax, 160(%rsp)
	movq	944(%rsp), %rbx
	movq	%r14, %rax
	xorl	%r11d, %r11d
	jmp	.LBB13_442
	.p2align	4
.LBB13_477:
	movq	104(%rsp), %r10
	movq	88(%rsp), %r11
	addq	%r10, %r11
	addq	1008(%rsp), %rbx
	movq	248(%rsp), %r14
	cmpq	%r14, %r11
	movq	72(%rsp), %rax
	jge	.LBB13_478
.LBB13_442:
	movq	%rax, %r15
	cmpq	%r9, 136(%rsp)
	setge	%dl
	subq	%r10, %rax
	movq	%rax, 72(%rsp)
	cmovgeq	%r10, %r15
	movq	%r14, %rsi
	subq	%r11, %rsi
	cmpq	%rsi, %r10
	movq	%rsi, %rax
	cmovlq	%r10, %rax
	movq	%rax, 96(%rsp)
	movq	264(%rsp), %rax
	leaq	(%r11,%rax), %r9
	movq	%r9, %rax
	movq	56(%rbp), %rdi
	imulq	%rdi, %rax
	cmpl	$0, 64(%rbp)
	sete	%cl
	movq	192(%rsp), %r8
	leaq	(%r8,%r11,8), %r14
	movq	272(%rsp), %r8
	leaq	(%r8,%rax,8), %rax
	cmoveq	%rax, %r14
	movq	%r10, %r8
	cmpq	%r10, %rsi
	setge	%sil
	andb	%dl, %cl
	andb	%sil, %cl
	leaq	1024(%rsp), %rdx
	cmoveq	%rdx, %rax
	movq	168(%rsp), %r10
	cmovneq	%rdi, %r10
	movzbl	38(%rsp), %edx
	movb	%cl, 112(%rsp)
	andb	%cl, %dl
	movzbl	%dl, %ecx
	movq	%r11, 88(%rsp)
	movq	%r11, %rdx
	subq	232(%rsp), %rdx
	jge	.LBB13_446
	movq	552(%rsp), %rdx
	imulq	%rdx, %r9
	movq	256(%rsp), %rsi
	leaq	(%rsi,%r9,8), %rsi
	subq	$8, %rsp
	movq	48(%rsp), %rdi
	movq	%rcx, %r11
	movq	488(%rsp), %rcx
	movq	216(%rsp), %r8
	movq	184(%rsp), %r9
	jmp	.LBB13_448
	.p2align	4
.LBB13_446:
	movq	%rcx, %r11
	movq	40(%rsp), %rdi
	imulq	%rdi, %rdx
	movq	312(%rsp), %rcx
	leaq	(%rcx,%rdx,8), %rsi
	movq	152(%rsp), %rcx
	cmpq	488(%rsp), %rcx
	jge	.LBB13_449
	subq	$8, %rsp
	movl	$1, %edx
	movq	%r8, %rcx
	movq	248(%rsp), %r8
	movq	40(%rbp), %r9
.LBB13_448:
	pushq	%r11
	pushq	%r10
	pushq	%rax
	movq	320(%rsp), %rax
	callq	*40(%rax)
	addq	$32, %rsp
	jmp	.LBB13_450
	.p2align	4
.LBB13_449:
	movq	224(%rsp), %rdx
	movq	%rax, %rcx
	movq	%r10, %r8
	movl	%r11d, %r9d
	movq	288(%rsp), %rax
	callq	*32(%rax)
.LBB13_450:
	cmpb	$0, 112(%rsp)
	movq	168(%rsp), %r9
	xorps	%xmm10, %xmm10
	movq	1016(%rsp), %r11
	movq	80(%rsp), %r8
	movzbl	38(%rsp), %edi
	movq	64(%rsp), %r10
	je	.LBB13_466
	cmpq	$0, 368(%rsp)
	je	.LBB13_477
	cmpq	$0, 96(%rsp)
	jle	.LBB13_477
	leaq	-1(%r15), %rax
	imulq	%r11, %rax
	testq	%r11, %r11
	sets	%cl
	movq	304(%rsp), %rdx
	addq	%r14, %rdx
	addq	%rdx, %rax
	cmpq	472(%rsp), %r14
	setb	%dl
	cmpq	%rax, 320(%rsp)
	setb	%al
	andb	%dl, %al
	orb	%cl, %al
	leaq	16(%r14), %rcx
	xorl	%edx, %edx
	jmp	.LBB13_454
	.p2align	4
.LBB13_464:
	incq	%rdx
	addq	%r11, %rcx
	addq	%r11, %r14
	cmpq	%r15, %rdx
	je	.LBB13_477
.LBB13_454:
	cmpq	$0, 56(%rsp)
	jle	.LBB13_464
	cmpq	$4, %r10
	setb	%sil
	orb	%al, %sil
	testb	$1, %sil
	je	.LBB13_457
	xorl	%edi, %edi
	jmp	.LBB13_460
	.p2align	4
.LBB13_457:
	xorl	%esi, %esi
	movq	128(%rsp), %rdi
	.p2align	4
.LBB13_458:
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
	jne	.LBB13_458
	cmpq	%rdi, %r10
	je	.LBB13_464
.LBB13_460:
	movq	%rdi, %rsi
	testb	$3, %r10b
	je	.LBB13_463
	movq	144(%rsp), %r8
	movq	%rdi, %rsi
	.p2align	4
.LBB13_462:
	movsd	(%r12,%rsi,8), %xmm0
	addsd	(%r14,%rsi,8), %xmm0
	movsd	%xmm0, (%r14,%rsi,8)
	incq	%rsi
	decq	%r8
	jne	.LBB13_462
.LBB13_463:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	movq	80(%rsp), %r8
	ja	.LBB13_464
	.p2align	4
.LBB13_465:
	movsd	(%r12,%rsi,8), %xmm0
	addsd	-16(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, -16(%rcx,%rsi,8)
	movsd	8(%r12,%rsi,8), %xmm0
	addsd	-8(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, -8(%rcx,%rsi,8)
	movsd	16(%r12,%rsi,8), %xmm0
	addsd	(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, (%rcx,%rsi,8)
	movsd	24(%r12,%rsi,8), %xmm0
	addsd	8(%rcx,%rsi,8), %xmm0
	movsd	%xmm0, 8(%rcx,%rsi,8)
	addq	$4, %rsi
	cmpq	%rsi, %r10
	jne	.LBB13_465
	jmp	.LBB13_464
	.p2align	4
.LBB13_466:
	cmpl	$0, 64(%rbp)
	je	.LBB13_479
	cmpq	$0, 56(%rsp)
	jle	.LBB13_477
	leaq	1024(%rsp), %rax
	xorl	%ecx, %ecx
	jmp	.LBB13_469
	.p2align	4
.LBB13_476:
	incq	%rcx
	addq	%r11, %r14
	addq	$8, %rax
	cmpq	%r10, %rcx
	je	.LBB13_477
.LBB13_469:
	cmpq	$0, 96(%rsp)
	jle	.LBB13_476
	movq	%rax, %rdx
	xorl	%esi, %esi
	jmp	.LBB13_471
	.p2align	4
.LBB13_475:
	movsd	%xmm0, (%r14,%rsi,8)
	incq	%rsi
	addq	%r8, %rdx
	cmpq	%rsi, %r15
	je	.LBB13_476
.LBB13_471:
	movsd	(%rdx), %xmm0
	cmpq	$0, 368(%rsp)
	je	.LBB13_473
	addsd	(%rbx,%rsi,8), %xmm0
.LBB13_473:
	testb	%dil, %dil
	je	.LBB13_475
	addsd	(%r14,%rsi,8), %xmm0
	jmp	.LBB13_475
.LBB13_479:
	cmpq	$0, 96(%rsp)
	jle	.LBB13_477
	leaq	8(%r14), %rax
	leaq	1032(%rsp), %rcx
	xorl	%edx, %edx
	jmp	.LBB13_481
	.p2align	4
.LBB13_488:
	movsd	%xmm0, (%rdi,%rsi,8)
	movzbl	38(%rsp), %edi
.LBB13_489:
	incq	%rdx
	addq	%r8, %rcx
	addq	%r11, %rax
	cmpq	%r15, %rdx
	je	.LBB13_477
.LBB13_481:
	cmpq	$0, 56(%rsp)
	jle	.LBB13_489
	xorl	%esi, %esi
	cmpq	$1, %r10
	jne	.LBB13_490
.LBB13_483:
	testb	$1, %r10b
	je	.LBB13_489
	movq	%rdx, %rdi
	imulq	%r9, %rdi
	addq	%rsi, %rdi
	movsd	1024(%rsp,%rdi,8), %xmm0
	cmpq	$0, 368(%rsp)
	je	.LBB13_486
	movq	160(%rsp), %rdi
	addsd	(%rdi,%rsi,8), %xmm0
.LBB13_486:
	movq	%rdx, %rdi
	imulq	56(%rbp), %rdi
	leaq	(%r14,%rdi,8), %rdi
	cmpb	$0, 38(%rsp)
	je	.LBB13_488
	addsd	(%rdi,%rsi,8), %xmm0
	jmp	.LBB13_488
	.p2align	4
.LBB13_498:
	movsd	%xmm0, (%rax,%rsi,8)
	addq	$2, %rsi
	cmpq	%rsi, 120(%rsp)
	je	.LBB13_483
.LBB13_490:
	movsd	-8(%rcx,%rsi,8), %xmm0
	cmpq	$0, 368(%rsp)
	je	.LBB13_492
	movq	48(%rsp), %r10
	addsd	-8(%r10,%rsi,8), %xmm0
.LBB13_492:
	testb	%dil, %dil
	je	.LBB13_494
	addsd	-8(%rax,%rsi,8), %xmm0
.LBB13_494:
	movsd	%xmm0, -8(%rax,%rsi,8)
	movsd	(%rcx,%rsi,8), %xmm0
	cmpq	$0, 368(%rsp)
	je	.LBB13_496
	movq	48(%rsp), %r10
	addsd	(%r10,%rsi,8), %xmm0
.LBB13_496:
	movq	64(%rsp), %r10
	testb	%dil, %dil
	je	.LBB13_498
	addsd	(%rax,%rsi,8), %xmm0
	jmp	.LBB13_498
	.p2align	4
.LBB13_237:
	leal	-4(%rdi), %eax
	cmpl	$8, %eax
	ja	.LBB13_390
	leaq	.LJTI13_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB13_239:
	movq	72(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$2, %rax
	movq	%rax, 136(%rsp)
	movq	512(%rsp), %rax
	leaq	(%rax,%r13,8), %rax
	movq	%rax, 112(%rsp)
	imulq	216(%rsp), %r13
	movq	400(%rsp), %rax
	leaq	(%rax,%r13), %r9
	addq	360(%rsp), %r13
	movq	744(%rsp), %rdi
	xorl	%eax, %eax
	movq	312(%rsp), %rsi
	xorl	%ebx, %ebx
	jmp	.LBB13_240
	.p2align	4
.LBB13_262:
	movq	920(%rsp), %rcx
	movq	120(%rsp), %rsi
	addq	%rcx, %rsi
	movq	128(%rsp), %rbx
	addq	$4, %rbx
	movq	48(%rsp), %rdx
	addq	$-4, %rdx
	addq	$32, 112(%rsp)
	movq	896(%rsp), %rax
	movq	56(%rsp), %r9
	addq	%rax, %r9
	movq	96(%rsp), %rdi
	addq	%rcx, %rdi
	addq	%rax, %r13
	movq	88(%rsp), %rax
	cmpq	136(%rsp), %rax
	leaq	1(%rax), %rax
	movq	40(%rsp), %r12
	movq	248(%rsp), %r14
	je	.LBB13_438
.LBB13_240:
	movq	%rax, 88(%rsp)
	cmpq	$4, %rdx
	movl	$4, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %r15d
	cmovgeq	%rdx, %r15
	cmpq	$4, %r15
	movl	$4, %eax
	cmovgeq	%rax, %r15
	movq	72(%rsp), %r14
	subq	%rbx, %r14
	cmpq	$4, %r14
	cmovlq	%r14, %rax
	cmpb	$0, 39(%rsp)
	movq	%r14, 64(%rsp)
	movq	%r9, 56(%rsp)
	movq	%rdi, 96(%rsp)
	movq	%rdx, 48(%rsp)
	movq	%rsi, 120(%rsp)
	movq	%rbx, 128(%rsp)
	je	.LBB13_254
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r14, %r14
	jle	.LBB13_251
	movq	%r13, 144(%rsp)
	movq	%r13, %rdx
	movq	%r9, %r8
	xorl	%r9d, %r9d
	movq	336(%rsp), %r14
	jmp	.LBB13_243
	.p2align	4
.LBB13_249:
	incq	%r9
	movq	216(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	%r15, %r9
	je	.LBB13_250
.LBB13_243:
	testq	%r12, %r12
	jle	.LBB13_249
	cmpq	$3, 184(%rsp)
	jae	.LBB13_266
	xorl	%r10d, %r10d
	jmp	.LBB13_246
	.p2align	4
.LBB13_266:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB13_267:
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
	jne	.LBB13_267
.LBB13_246:
	testb	$3, %r12b
	movq	536(%rsp), %r13
	je	.LBB13_249
	leaq	(%rdx,%r10,8), %r11
	shlq	$5, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_248:
	movsd	(%r11,%rbx), %xmm0
	movsd	%xmm0, (%r10,%rbx,4)
	addq	$8, %rbx
	cmpq	%rbx, %r13
	jne	.LBB13_248
	jmp	.LBB13_249
	.p2align	4
.LBB13_254:
	testq	%r12, %r12
	jle	.LBB13_262
	movq	%r14, %rdx
	movq	120(%rsp), %rbx
	movq	40(%rsp), %r14
	movq	112(%rsp), %r12
	jmp	.LBB13_256
	.p2align	4
.LBB13_257:
	xorl	%eax, %eax
.LBB13_260:
	leaq	(%rbx,%rax,8), %rdi
	shlq	$3, %rax
	movl	$32, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	64(%rsp), %rdx
	movq	80(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	168(%rsp), %r11
	movq	104(%rsp), %r10
.LBB13_261:
	addq	216(%rsp), %r12
	addq	$32, %rbx
	decq	%r14
	je	.LBB13_262
.LBB13_256:
	testq	%rdx, %rdx
	jle	.LBB13_257
	movsd	-24(%r12), %xmm0
	movsd	%xmm0, (%rbx)
	movq	48(%rsp), %rcx
	cmpq	$1, %rcx
	jle	.LBB13_259
	movsd	-16(%r12), %xmm0
	movsd	%xmm0, 8(%rbx)
	cmpq	$2, %rcx
	je	.LBB13_259
	movsd	-8(%r12), %xmm0
	movsd	%xmm0, 16(%rbx)
	cmpq	$3, %rcx
	je	.LBB13_259
	movsd	(%r12), %xmm0
	movsd	%xmm0, 24(%rbx)
	.p2align	4
.LBB13_259:
	movq	%r15, %rax
	cmpq	$3, %rcx
	jle	.LBB13_260
	jmp	.LBB13_261
	.p2align	4
.LBB13_250:
	cmpq	$4, 64(%rsp)
	movq	104(%rsp), %r10
	movq	168(%rsp), %r11
	movq	80(%rsp), %r8
	movq	144(%rsp), %r13
	jl	.LBB13_251
	jmp	.LBB13_262
	.p2align	4
.LBB13_272:
	addq	$8, %rcx
	cmpq	$3, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_262
.LBB13_251:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	992(%rsp), %rbx
	jle	.LBB13_272
	cmpq	$3, 184(%rsp)
	jae	.LBB13_273
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_270
	jmp	.LBB13_272
	.p2align	4
.LBB13_273:
	movq	%r11, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	408(%rsp), %r11
	.p2align	4
.LBB13_274:
	movq	$0, (%rsi)
	movq	$0, 32(%rsi)
	movq	$0, 64(%rsi)
	movq	$0, 96(%rsi)
	addq	$-4, %rdx
	subq	$-128, %rsi
	cmpq	%rdx, %r11
	jne	.LBB13_274
	negq	%rdx
	movq	%r9, %r11
	testb	$3, %dil
	je	.LBB13_272
.LBB13_270:
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_271:
	movq	$0, (%rdx,%rsi)
	addq	$32, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_271
	jmp	.LBB13_272
.LBB13_313:
	movq	72(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$3, %rax
	movq	%rax, 136(%rsp)
	movq	800(%rsp), %rax
	leaq	(%rax,%r13,8), %rax
	movq	%rax, 112(%rsp)
	imulq	216(%rsp), %r13
	movq	400(%rsp), %rax
	leaq	(%rax,%r13), %r9
	addq	360(%rsp), %r13
	movq	752(%rsp), %rdi
	xorl	%eax, %eax
	movq	312(%rsp), %rsi
	xorl	%ebx, %ebx
	jmp	.LBB13_314
	.p2align	4
.LBB13_336:
	movq	912(%rsp), %rcx
	movq	120(%rsp), %rsi
	addq	%rcx, %rsi
	movq	128(%rsp), %rbx
	addq	$8, %rbx
	movq	48(%rsp), %rdx
	addq	$-8, %rdx
	addq	$64, 112(%rsp)
	movq	888(%rsp), %rax
	movq	56(%rsp), %r9
	addq	%rax, %r9
	movq	96(%rsp), %rdi
	addq	%rcx, %rdi
	addq	%rax, %r13
	movq	88(%rsp), %rax
	cmpq	136(%rsp), %rax
	leaq	1(%rax), %rax
	movq	40(%rsp), %r12
	movq	248(%rsp), %r14
	je	.LBB13_438
.LBB13_314:
	movq	%rax, 88(%rsp)
	cmpq	$8, %rdx
	movl	$8, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %r15d
	cmovgeq	%rdx, %r15
	cmpq	$8, %r15
	movl	$8, %eax
	cmovgeq	%rax, %r15
	movq	72(%rsp), %r14
	subq	%rbx, %r14
	cmpq	$8, %r14
	cmovlq	%r14, %rax
	cmpb	$0, 39(%rsp)
	movq	%r14, 64(%rsp)
	movq	%r9, 56(%rsp)
	movq	%rdi, 96(%rsp)
	movq	%rdx, 48(%rsp)
	movq	%rsi, 120(%rsp)
	movq	%rbx, 128(%rsp)
	je	.LBB13_328
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r14, %r14
	jle	.LBB13_325
	movq	%r13, 144(%rsp)
	movq	%r13, %rdx
	movq	%r9, %r8
	xorl	%r9d, %r9d
	movq	336(%rsp), %r14
	jmp	.LBB13_317
	.p2align	4
.LBB13_323:
	incq	%r9
	movq	216(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	%r15, %r9
	je	.LBB13_324
.LBB13_317:
	testq	%r12, %r12
	jle	.LBB13_323
	cmpq	$3, 184(%rsp)
	jae	.LBB13_344
	xorl	%r10d, %r10d
	jmp	.LBB13_320
	.p2align	4
.LBB13_344:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
	.p2align	4
.LBB13_345:
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
	jne	.LBB13_345
.LBB13_320:
	testb	$3, %r12b
	movq	536(%rsp), %r13
	je	.LBB13_323
	leaq	(%rdx,%r10,8), %r11
	shlq	$6, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_322:
	movsd	(%r11,%rbx), %xmm0
	movsd	%xmm0, (%r10,%rbx,8)
	addq	$8, %rbx
	cmpq	%rbx, %r13
	jne	.LBB13_322
	jmp	.LBB13_323
	.p2align	4
.LBB13_328:
	testq	%r12, %r12
	jle	.LBB13_336
	movq	%r14, %rdx
	movq	120(%rsp), %rbx
	movq	40(%rsp), %r14
	movq	112(%rsp), %r12
	jmp	.LBB13_330
	.p2align	4
.LBB13_331:
	xorl	%eax, %eax
.LBB13_334:
	leaq	(%rbx,%rax,8), %rdi
	shlq	$3, %rax
	movl	$64, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	64(%rsp), %rdx
	movq	80(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	168(%rsp), %r11
	movq	104(%rsp), %r10
.LBB13_335:
	addq	216(%rsp), %r12
	addq	$64, %rbx
	decq	%r14
	je	.LBB13_336
.LBB13_330:
	testq	%rdx, %rdx
	jle	.LBB13_331
	movsd	-56(%r12), %xmm0
	movsd	%xmm0, (%rbx)
	movq	48(%rsp), %rcx
	cmpq	$1, %rcx
	jle	.LBB13_333
	movsd	-48(%r12), %xmm0
	movsd	%xmm0, 8(%rbx)
	cmpq	$2, %rcx
	je	.LBB13_333
	movsd	-40(%r12), %xmm0
	movsd	%xmm0, 16(%rbx)
	cmpq	$3, %rcx
	je	.LBB13_333
	movsd	-32(%r12), %xmm0
	movsd	%xmm0, 24(%rbx)
	cmpq	$4, %rcx
	je	.LBB13_333
	movsd	-24(%r12), %xmm0
	movsd	%xmm0, 32(%rbx)
	cmpq	$5, %rcx
	je	.LBB13_333
	movsd	-16(%r12), %xmm0
	movsd	%xmm0, 40(%rbx)
	cmpq	$6, %rcx
	je	.LBB13_333
	movsd	-8(%r12), %xmm0
	movsd	%xmm0, 48(%rbx)
	cmpq	$7, %rcx
	je	.LBB13_333
	movsd	(%r12), %xmm0
	movsd	%xmm0, 56(%rbx)
	.p2align	4
.LBB13_333:
	movq	%r15, %rax
	cmpq	$7, %rcx
	jle	.LBB13_334
	jmp	.LBB13_335
	.p2align	4
.LBB13_324:
	cmpq	$8, 64(%rsp)
	movq	104(%rsp), %r10
	movq	168(%rsp), %r11
	movq	80(%rsp), %r8
	movq	144(%rsp), %r13
	jl	.LBB13_325
	jmp	.LBB13_336
	.p2align	4
.LBB13_350:
	addq	$8, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_336
.LBB13_325:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	984(%rsp), %rbx
	jle	.LBB13_350
	cmpq	$3, 184(%rsp)
	jae	.LBB13_351
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_348
	jmp	.LBB13_350
	.p2align	4
.LBB13_351:
	movq	%r11, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	408(%rsp), %r11
	.p2align	4
.LBB13_352:
	movq	$0, (%rsi)
	movq	$0, 64(%rsi)
	movq	$0, 128(%rsi)
	movq	$0, 192(%rsi)
	addq	$-4, %rdx
	addq	$256, %rsi
	cmpq	%rdx, %r11
	jne	.LBB13_352
	negq	%rdx
	movq	%r9, %r11
	testb	$3, %dil
	je	.LBB13_350
.LBB13_348:
	shlq	$6, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_349:
	movq	$0, (%rdx,%rsi)
	addq	$64, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_349
	jmp	.LBB13_350
.LBB13_275:
	movq	72(%rsp), %r15
	leaq	-1(%r15), %rax
	movabsq	$-6148914691236517205, %rcx
	mulq	%rcx
	shrq	$2, %rdx
	movq	%rdx, 88(%rsp)
	movq	792(%rsp), %rax
	leaq	(%rax,%r13,8), %rax
	movq	%rax, 128(%rsp)
	imulq	216(%rsp), %r13
	movq	400(%rsp), %rax
	leaq	(%rax,%r13), %rdi
	addq	360(%rsp), %r13
	xorl	%eax, %eax
	movq	312(%rsp), %rsi
	xorl	%edx, %edx
	jmp	.LBB13_276
	.p2align	4
.LBB13_298:
	movq	64(%rsp), %rsi
	addq	904(%rsp), %rsi
	movq	56(%rsp), %rdx
	addq	$6, %rdx
	addq	$-6, %r15
	addq	$48, 128(%rsp)
	movq	880(%rsp), %rax
	movq	120(%rsp), %rdi
	addq	%rax, %rdi
	movq	144(%rsp), %r13
	addq	%rax, %r13
	movq	96(%rsp), %rax
	cmpq	88(%rsp), %rax
	leaq	1(%rax), %rax
	movq	40(%rsp), %r12
	movq	248(%rsp), %r14
	je	.LBB13_438
.LBB13_276:
	movq	%rax, 96(%rsp)
	cmpq	$6, %r15
	movl	$6, %ecx
	cmovlq	%r15, %rcx
	cmpq	$2, %r15
	movl	$1, %ebx
	cmovgeq	%r15, %rbx
	cmpq	$6, %rbx
	movl	$6, %eax
	cmovgeq	%rax, %rbx
	movq	72(%rsp), %r9
	subq	%rdx, %r9
	cmpq	$6, %r9
	cmovlq	%r9, %rax
	cmpb	$0, 39(%rsp)
	movq	%r9, 48(%rsp)
	movq	%r13, 144(%rsp)
	movq	%rdi, 120(%rsp)
	movq	%rsi, 64(%rsp)
	movq	%rdx, 56(%rsp)
	je	.LBB13_290
	leaq	(%rsi,%rcx,8), %rcx
	testq	%r9, %r9
	movq	456(%rsp), %r14
	jle	.LBB13_287
	movq	%r13, %rdx
	xorl	%r8d, %r8d
	jmp	.LBB13_279
	.p2align	4
.LBB13_285:
	incq	%r8
	movq	216(%rsp), %r9
	addq	%r9, %rdi
	addq	$8, %rsi
	addq	%r9, %rdx
	cmpq	%rbx, %r8
	je	.LBB13_286
.LBB13_279:
	testq	%r12, %r12
	jle	.LBB13_285
	cmpq	$3, 184(%rsp)
	jae	.LBB13_304
	xorl	%r9d, %r9d
	jmp	.LBB13_282
	.p2align	4
.LBB13_304:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	movq	336(%rsp), %r11
	.p2align	4
.LBB13_305:
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
	cmpq	%r9, %r11
	jne	.LBB13_305
.LBB13_282:
	testb	$3, %r12b
	je	.LBB13_285
	leaq	(%r9,%r9,2), %r10
	shlq	$4, %r10
	addq	%rsi, %r10
	leaq	(%rdx,%r9,8), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB13_284:
	movsd	(%r9,%r11,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%r11
	addq	$48, %r10
	cmpq	%r11, %r14
	jne	.LBB13_284
	jmp	.LBB13_285
	.p2align	4
.LBB13_290:
	testq	%r12, %r12
	jle	.LBB13_298
	movq	64(%rsp), %r12
	movq	40(%rsp), %r13
	movq	128(%rsp), %r14
	jmp	.LBB13_292
	.p2align	4
.LBB13_293:
	xorl	%eax, %eax
.LBB13_296:
	leaq	(,%rax,8), %rcx
	movl	$48, %edx
	subq	%rcx, %rdx
	leaq	(%r12,%rax,8), %rdi
	xorl	%esi, %esi
	callq	memset@PLT
	movq	48(%rsp), %r9
	movq	80(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	168(%rsp), %r11
	movq	104(%rsp), %r10
.LBB13_297:
	addq	216(%rsp), %r14
	addq	$48, %r12
	decq	%r13
	je	.LBB13_298
.LBB13_292:
	testq	%r9, %r9
	jle	.LBB13_293
	movsd	-40(%r14), %xmm0
	movsd	%xmm0, (%r12)
	cmpq	$1, %r15
	jle	.LBB13_295
	movsd	-32(%r14), %xmm0
	movsd	%xmm0, 8(%r12)
	cmpq	$2, %r15
	je	.LBB13_295
	movsd	-24(%r14), %xmm0
	movsd	%xmm0, 16(%r12)
	cmpq	$3, %r15
	je	.LBB13_295
	movsd	-16(%r14), %xmm0
	movsd	%xmm0, 24(%r12)
	cmpq	$4, %r15
	je	.LBB13_295
	movsd	-8(%r14), %xmm0
	movsd	%xmm0, 32(%r12)
	cmpq	$5, %r15
	je	.LBB13_295
	movsd	(%r14), %xmm0
	movsd	%xmm0, 40(%r12)
	.p2align	4
.LBB13_295:
	movq	%rbx, %rax
	cmpq	$5, %r15
	jle	.LBB13_296
	jmp	.LBB13_297
	.p2align	4
.LBB13_286:
	cmpq	$6, 48(%rsp)
	movq	104(%rsp), %r10
	movq	168(%rsp), %r11
	movq	80(%rsp), %r8
	jl	.LBB13_287
	jmp	.LBB13_298
	.p2align	4
.LBB13_310:
	addq	$8, %rcx
	cmpq	$5, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_298
.LBB13_287:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	976(%rsp), %rbx
	jle	.LBB13_310
	cmpq	$3, 184(%rsp)
	jae	.LBB13_311
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_308
	jmp	.LBB13_310
	.p2align	4
.LBB13_311:
	movq	%r11, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	408(%rsp), %r11
	.p2align	4
.LBB13_312:
	movq	$0, (%rsi)
	movq	$0, 48(%rsi)
	movq	$0, 96(%rsi)
	movq	$0, 144(%rsi)
	addq	$-4, %rdx
	addq	$192, %rsi
	cmpq	%rdx, %r11
	jne	.LBB13_312
	negq	%rdx
	movq	%r9, %r11
	testb	$3, %dil
	je	.LBB13_310
.LBB13_308:
	leaq	(%rdx,%rdx,2), %rdx
	shlq	$4, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_309:
	movq	$0, (%rdx,%rsi)
	addq	$48, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_309
	jmp	.LBB13_310
.LBB13_353:
	movq	816(%rsp), %rax
	leaq	(%rax,%r13,8), %rax
	movq	%rax, 192(%rsp)
	movq	72(%rsp), %r11
	leaq	-1(%r11), %rax
	movabsq	$-6148914691236517205, %rcx
	mulq	%rcx
	shrq	$3, %rdx
	movq	%rdx, 176(%rsp)
	leaq	(,%rsi,8), %rax
	leaq	(%rax,%r9,8), %rax
	addq	512(%rsp), %rax
	movq	%rax, 160(%rsp)
	imulq	216(%rsp), %r13
	movq	400(%rsp), %rax
	leaq	(%rax,%r13), %rdi
	addq	360(%rsp), %r13
	movq	760(%rsp), %rax
	movq	%rax, 152(%rsp)
	movq	$0, 88(%rsp)
	movq	%r11, %rdx
	movq	168(%rsp), %r11
	movq	312(%rsp), %rsi
	xorl	%r9d, %r9d
	jmp	.LBB13_354
	.p2align	4
.LBB13_379:
	movq	520(%rsp), %rax
	movq	112(%rsp), %rsi
	addq	%rax, %rsi
	movq	272(%rsp), %r9
	addq	$12, %r9
	movq	56(%rsp), %rdx
	addq	$-12, %rdx
	addq	$96, 160(%rsp)
	addq	%rax, 152(%rsp)
	addq	$96, 192(%rsp)
	movq	872(%rsp), %rax
	movq	136(%rsp), %rdi
	addq	%rax, %rdi
	movq	144(%rsp), %r13
	addq	%rax, %r13
	movq	88(%rsp), %rax
	cmpq	176(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 88(%rsp)
	movq	40(%rsp), %r12
	movq	248(%rsp), %r14
	je	.LBB13_438
.LBB13_354:
	cmpq	$12, %rdx
	movl	$12, %ecx
	cmovlq	%rdx, %rcx
	cmpq	$2, %rdx
	movl	$1, %ebx
	cmovgeq	%rdx, %rbx
	cmpq	$12, %rbx
	movl	$12, %eax
	cmovgeq	%rax, %rbx
	movq	%rbx, 48(%rsp)
	movq	72(%rsp), %rbx
	subq	%r9, %rbx
	cmpq	$12, %rbx
	cmovlq	%rbx, %rax
	cmpb	$0, 39(%rsp)
	movq	%rbx, 96(%rsp)
	movq	%r13, 144(%rsp)
	movq	%rdi, 136(%rsp)
	movq	%rdx, 56(%rsp)
	movq	%rsi, 112(%rsp)
	movq	%r9, 272(%rsp)
	je	.LBB13_368
	leaq	(%rsi,%rcx,8), %rcx
	testq	%rbx, %rbx
	movq	456(%rsp), %rbx
	jle	.LBB13_365
	movq	%r13, %rdx
	xorl	%r8d, %r8d
	movq	336(%rsp), %r14
	jmp	.LBB13_357
	.p2align	4
.LBB13_363:
	incq	%r8
	movq	216(%rsp), %r9
	addq	%r9, %rdi
	addq	$8, %rsi
	addq	%r9, %rdx
	cmpq	48(%rsp), %r8
	je	.LBB13_364
.LBB13_357:
	testq	%r12, %r12
	jle	.LBB13_363
	cmpq	$3, 184(%rsp)
	jae	.LBB13_381
	xorl	%r9d, %r9d
	jmp	.LBB13_360
	.p2align	4
.LBB13_381:
	movq	%rsi, %r10
	xorl	%r9d, %r9d
	.p2align	4
.LBB13_382:
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
	jne	.LBB13_382
.LBB13_360:
	testq	%rbx, %rbx
	je	.LBB13_363
	leaq	(%r9,%r9,2), %r10
	shlq	$5, %r10
	addq	%rsi, %r10
	leaq	(%rdx,%r9,8), %r9
	xorl	%r11d, %r11d
	.p2align	4
.LBB13_362:
	movsd	(%r9,%r11,8), %xmm0
	movsd	%xmm0, (%r10)
	incq	%r11
	addq	$96, %r10
	cmpq	%r11, %rbx
	jne	.LBB13_362
	jmp	.LBB13_363
	.p2align	4
.LBB13_368:
	testq	%r12, %r12
	jle	.LBB13_379
	movq	%rbx, %rdi
	movq	48(%rsp), %r14
	movl	%r14d, %r15d
	andl	$3, %r15d
	shll	$3, %r15d
	andl	$12, %r14d
	movq	88(%rsp), %rax
	imulq	520(%rsp), %rax
	addq	312(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	192(%rsp), %r9
	movq	112(%rsp), %rax
	movq	%rax, 64(%rsp)
	movq	152(%rsp), %rbx
	movq	160(%rsp), %r13
	xorl	%r12d, %r12d
	jmp	.LBB13_370
	.p2align	4
.LBB13_371:
	xorl	%eax, %eax
.LBB13_377:
	leaq	(%r12,%r12,2), %rcx
	shlq	$5, %rcx
	addq	128(%rsp), %rcx
	leaq	(,%rax,8), %rsi
	movl	$96, %edx
	subq	%rsi, %rdx
	leaq	(%rcx,%rax,8), %rdi
	xorl	%esi, %esi
	movq	%r9, 120(%rsp)
	callq	memset@PLT
	movq	120(%rsp), %r9
	movq	96(%rsp), %rdi
	movq	80(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	168(%rsp), %r11
	movq	104(%rsp), %r10
.LBB13_378:
	incq	%r12
	movq	216(%rsp), %rax
	addq	%rax, %r13
	addq	$96, %rbx
	addq	$96, 64(%rsp)
	addq	%rax, %r9
	cmpq	40(%rsp), %r12
	je	.LBB13_379
.LBB13_370:
	testq	%rdi, %rdi
	jle	.LBB13_371
	movq	56(%rsp), %rsi
	xorl	%eax, %eax
	cmpq	$4, %rsi
	jl	.LBB13_373
	.p2align	4
.LBB13_380:
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
	jne	.LBB13_380
.LBB13_373:
	testb	$3, 48(%rsp)
	je	.LBB13_376
	movq	64(%rsp), %rcx
	leaq	(%rcx,%rax,8), %rcx
	leaq	(%r9,%rax,8), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB13_375:
	movsd	(%rax,%rdx), %xmm0
	movsd	%xmm0, (%rcx,%rdx)
	addq	$8, %rdx
	cmpq	%rdx, %r15
	jne	.LBB13_375
.LBB13_376:
	movq	48(%rsp), %rax
	cmpq	$11, %rsi
	jle	.LBB13_377
	jmp	.LBB13_378
	.p2align	4
.LBB13_364:
	cmpq	$12, 96(%rsp)
	movq	104(%rsp), %r10
	movq	168(%rsp), %r11
	movq	80(%rsp), %r8
	jl	.LBB13_365
	jmp	.LBB13_379
	.p2align	4
.LBB13_387:
	addq	$8, %rcx
	cmpq	$11, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_379
.LBB13_365:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	968(%rsp), %rbx
	jle	.LBB13_387
	cmpq	$3, 184(%rsp)
	jae	.LBB13_388
	xorl	%edx, %edx
	testb	$3, %dil
	jne	.LBB13_385
	jmp	.LBB13_387
	.p2align	4
.LBB13_388:
	movq	%r11, %r9
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	408(%rsp), %r11
	.p2align	4
.LBB13_389:
	movq	$0, (%rsi)
	movq	$0, 96(%rsi)
	movq	$0, 192(%rsi)
	movq	$0, 288(%rsi)
	addq	$-4, %rdx
	addq	$384, %rsi
	cmpq	%rdx, %r11
	jne	.LBB13_389
	negq	%rdx
	movq	%r9, %r11
	testb	$3, %dil
	je	.LBB13_387
.LBB13_385:
	leaq	(%rdx,%rdx,2), %rdx
	shlq	$5, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_386:
	movq	$0, (%rdx,%rsi)
	addq	$96, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB13_386
	jmp	.LBB13_387
.LBB13_390:
	cmpq	$4, %r12
	setae	%al
	movq	776(%rsp), %rcx
	imulq	%rdi, %rcx
	movq	%rcx, 152(%rsp)
	leaq	(,%rdi,8), %rdx
	cmpl	$1, %edi
	sete	%cl
	andb	%al, %cl
	movb	%cl, 96(%rsp)
	leaq	(,%rsi,8), %rax
	leaq	(%rax,%r9,8), %rcx
	movq	784(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 208(%rsp)
	addq	808(%rsp), %rcx
	movq	%rcx, 176(%rsp)
	movq	216(%rsp), %rax
	imulq	%rax, %r13
	movq	768(%rsp), %rcx
	addq	%r13, %rcx
	movq	%rcx, 240(%rsp)
	imulq	%rdi, %rax
	movq	%rax, 304(%rsp)
	addq	360(%rsp), %r13
	movq	%rdi, %rax
	shlq	$5, %rax
	movq	%rax, 56(%rsp)
	movq	312(%rsp), %rax
	movq	%rax, 192(%rsp)
	movq	736(%rsp), %rax
	movq	%rax, 160(%rsp)
	movq	$0, 224(%rsp)
	movq	72(%rsp), %rax
	xorl	%ecx, %ecx
	movq	%rdi, 120(%rsp)
	movq	%rdx, 48(%rsp)
	jmp	.LBB13_391
	.p2align	4
.LBB13_437:
	movq	272(%rsp), %rcx
	addq	%rdi, %rcx
	incq	224(%rsp)
	movq	152(%rsp), %rax
	addq	%rax, 160(%rsp)
	movq	48(%rsp), %rdx
	addq	%rdx, 208(%rsp)
	addq	%rax, 192(%rsp)
	addq	%rdx, 176(%rsp)
	movq	304(%rsp), %rax
	addq	%rax, 240(%rsp)
	movq	144(%rsp), %r13
	addq	%rax, %r13
	cmpq	72(%rsp), %rcx
	movq	40(%rsp), %r12
	movq	248(%rsp), %r14
	movq	136(%rsp), %rax
	jge	.LBB13_438
.LBB13_391:
	movq	%r13, 144(%rsp)
	movq	%rax, %r9
	subq	%rdi, %rax
	movq	%rax, 136(%rsp)
	cmovgeq	%rdi, %r9
	movq	72(%rsp), %rax
	subq	%rcx, %rax
	cmpq	%rdi, %rax
	movq	%rdi, %rdx
	cmovlq	%rax, %rdx
	cmpb	$0, 39(%rsp)
	movq	%rdx, 88(%rsp)
	movq	%r9, 64(%rsp)
	movq	%rcx, 272(%rsp)
	je	.LBB13_397
	testq	%rdx, %rdx
	jle	.LBB13_411
	movq	144(%rsp), %rcx
	movq	192(%rsp), %rdx
	movq	240(%rsp), %rsi
	movq	160(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB13_394
	.p2align	4
.LBB13_425:
	incq	%r8
	addq	$8, %rdi
	movq	216(%rsp), %r9
	addq	%r9, %rsi
	addq	$8, %rdx
	addq	%r9, %rcx
	movq	64(%rsp), %r9
	cmpq	%r9, %r8
	je	.LBB13_411
.LBB13_394:
	testq	%r12, %r12
	jle	.LBB13_425
	cmpb	$0, 96(%rsp)
	je	.LBB13_396
	xorl	%r9d, %r9d
	movq	336(%rsp), %r11
	.p2align	4
.LBB13_417:
	movupd	-16(%rsi,%r9,8), %xmm0
	movupd	(%rsi,%r9,8), %xmm1
	movupd	%xmm0, -16(%rdi,%r9,8)
	movupd	%xmm1, (%rdi,%r9,8)
	addq	$4, %r9
	cmpq	%r9, %r11
	jne	.LBB13_417
	movq	%r11, %r10
	cmpq	%r11, %r12
	je	.LBB13_425
	jmp	.LBB13_419
	.p2align	4
.LBB13_396:
	xorl	%r10d, %r10d
.LBB13_419:
	movq	%r10, %r9
	testb	$3, %r12b
	movq	48(%rsp), %r14
	je	.LBB13_422
	movq	%r14, %r11
	imulq	%r10, %r11
	addq	%rdx, %r11
	movq	456(%rsp), %rbx
	movq	%r10, %r9
	.p2align	4
.LBB13_421:
	movsd	(%rcx,%r9,8), %xmm0
	movsd	%xmm0, (%r11)
	incq	%r9
	addq	%r14, %r11
	decq	%rbx
	jne	.LBB13_421
.LBB13_422:
	subq	%r12, %r10
	cmpq	$-4, %r10
	movq	56(%rsp), %r13
	ja	.LBB13_425
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
.LBB13_424:
	movsd	-16(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%r11)
	movsd	-8(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%r14)
	movsd	(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%rbx)
	movsd	8(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r15,%r10)
	addq	$4, %r9
	addq	%r13, %r15
	cmpq	%r9, %r12
	jne	.LBB13_424
	jmp	.LBB13_425
	.p2align	4
.LBB13_397:
	testq	%r12, %r12
	jle	.LBB13_437
	movq	%r9, %r12
	andq	$-4, %r12
	movq	152(%rsp), %rax
	imulq	224(%rsp), %rax
	addq	312(%rsp), %rax
	movq	%rax, 112(%rsp)
	movq	176(%rsp), %rbx
	movq	192(%rsp), %r13
	movq	208(%rsp), %r14
	movq	160(%rsp), %r15
	xorl	%esi, %esi
	jmp	.LBB13_399
	.p2align	4
.LBB13_410:
	incq	%rsi
	movq	48(%rsp), %rcx
	addq	%rcx, %r15
	movq	216(%rsp), %rax
	addq	%rax, %r14
	addq	%rcx, %r13
	addq	%rax, %rbx
	cmpq	40(%rsp), %rsi
	je	.LBB13_437
.LBB13_399:
	testq	%rdx, %rdx
	jle	.LBB13_400
	cmpq	$4, %r9
	jae	.LBB13_405
	xorl	%ecx, %ecx
	jmp	.LBB13_403
	.p2align	4
.LBB13_400:
	xorl	%eax, %eax
	jmp	.LBB13_408
	.p2align	4
.LBB13_405:
	xorl	%eax, %eax
	.p2align	4
.LBB13_406:
	movupd	-16(%r14,%rax,8), %xmm0
	movupd	(%r14,%rax,8), %xmm1
	movupd	%xmm0, -16(%r15,%rax,8)
	movupd	%xmm1, (%r15,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r12
	jne	.LBB13_406
	movq	%r12, %rcx
	movq	%r9, %rax
	cmpq	%r12, %r9
	je	.LBB13_408
	.p2align	4
.LBB13_403:
	movsd	(%rbx,%rcx,8), %xmm0
	movsd	%xmm0, (%r13,%rcx,8)
	incq	%rcx
	cmpq	%rcx, %r9
	jne	.LBB13_403
	movq	%r9, %rax
.LBB13_408:
	cmpq	%rdi, %rax
	jge	.LBB13_410
	movq	%rsi, %rcx
	movq	48(%rsp), %rdx
	imulq	%rdx, %rcx
	addq	112(%rsp), %rcx
	leaq	(%rcx,%rax,8), %rdi
	shlq	$3, %rax
	subq	%rax, %rdx
	movq	%rsi, 128(%rsp)
	xorl	%esi, %esi
	callq	memset@PLT
	movq	128(%rsp), %rsi
	movq	64(%rsp), %r9
	movq	88(%rsp), %rdx
	movq	120(%rsp), %rdi
	movq	80(%rsp), %r8
	xorps	%xmm10, %xmm10
	movq	168(%rsp), %r11
	movq	104(%rsp), %r10
	jmp	.LBB13_410
	.p2align	4
.LBB13_411:
	movq	120(%rsp), %rdi
	cmpq	%rdi, %rax
	movq	104(%rsp), %r10
	movq	168(%rsp), %r11
	movq	80(%rsp), %r8
	movq	88(%rsp), %rbx
	jge	.LBB13_437
	movq	192(%rsp), %rax
	leaq	(%rax,%r9,8), %rax
	jmp	.LBB13_413
	.p2align	4
.LBB13_436:
	incq	%rbx
	addq	$8, %rax
	movq	120(%rsp), %rdi
	cmpq	%rdi, %rbx
	movq	104(%rsp), %r10
	movq	80(%rsp), %r8
	jge	.LBB13_437
.LBB13_413:
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	336(%rsp), %rsi
	movq	48(%rsp), %r9
	movq	56(%rsp), %r10
	jle	.LBB13_436
	cmpb	$0, 96(%rsp)
	je	.LBB13_415
	xorl	%ecx, %ecx
	.p2align	4
.LBB13_427:
	movups	%xmm10, (%rax,%rcx,8)
	movups	%xmm10, 16(%rax,%rcx,8)
	addq	$4, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB13_427
	movq	%rsi, %rdx
	cmpq	%rsi, %rdi
	je	.LBB13_436
	jmp	.LBB13_429
	.p2align	4
.LBB13_415:
	xorl	%edx, %edx
.LBB13_429:
	movq	%rdx, %rcx
	testb	$3, %dil
	je	.LBB13_433
	movq	%r9, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	928(%rsp), %r8
	.p2align	4
.LBB13_431:
	movq	$0, (%rcx)
	decq	%rsi
	addq	%r9, %rcx
	cmpq	%rsi, %r8
	jne	.LBB13_431
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB13_433:
	subq	%rdi, %rdx
	cmpq	$-4, %rdx
	ja	.LBB13_436
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
.LBB13_435:
	movq	$0, (%r9,%rcx)
	movq	$0, (%r9,%r8)
	movq	$0, (%r9,%rdi)
	movq	$0, (%r9,%rsi)
	addq	%r10, %r9
	addq	$-4, %rdx
	jne	.LBB13_435
	jmp	.LBB13_436
	.p2align	4
.LBB13_28:
	movq	%rdi, 136(%rsp)
	movl	%edi, %edx
	cmpq	$32, %rdx
	movq	352(%rsp), %rsi
	movq	40(%rsp), %r11
	je	.LBB13_125
	cmpl	$16, %edx
	je	.LBB13_83
	cmpl	$8, %edx
	jne	.LBB13_167
	movq	32(%rbp), %rdx
	leaq	(%rdx,%r8,8), %rax
	movq	%rsi, %rcx
	imulq	40(%rbp), %rcx
	leaq	(%rax,%rcx,8), %rax
	movq	%rax, 184(%rsp)
	movq	%r11, %rax
	shlq	$6, %rax
	movq	%rax, 160(%rsp)
	movq	128(%rsp), %r9
	leaq	-1(%r9), %rax
	shrq	$3, %rax
	movq	%rax, 208(%rsp)
	leaq	-1(%r11), %rcx
	movl	%r11d, %edi
	andl	$3, %edi
	movq	%r11, %r13
	movabsq	$9223372036854775804, %rax
	andq	%rax, %r13
	movq	%rcx, 48(%rsp)
	shlq	$6, %rcx
	movq	%rcx, 240(%rsp)
	addq	$2, %rax
	andq	%r11, %rax
	movq	%rax, 224(%rsp)
	movq	200(%rsp), %rcx
	movq	%rcx, %rax
	imulq	%r8, %rax
	leaq	(%rax,%rsi,8), %r11
	movq	424(%rsp), %rax
	leaq	(%rax,%r11), %r14
	addq	%rdx, %r11
	movq	%r11, %rdx
	movq	%r13, %rax
	negq	%rax
	movq	%rax, 144(%rsp)
	movl	%edi, %r12d
	shll	$6, %r12d
	movq	%rcx, %rax
	imulq	%rsi, %rax
	leaq	(%rax,%r8,8), %rcx
	leaq	(%rax,%rbx,8), %rsi
	movq	%r14, %r11
	addq	648(%rsp), %rsi
	movq	584(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 152(%rsp)
	addq	496(%rsp), %rcx
	movq	%rcx, 232(%rsp)
	leal	(,%rdi,8), %eax
	movq	%rax, 120(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	592(%rsp), %rbx
	movq	$0, 88(%rsp)
	movq	296(%rsp), %r15
	xorl	%r14d, %r14d
	movq	80(%rsp), %r8
	movq	%rdi, 64(%rsp)
	movq	%r13, 256(%rsp)
	jmp	.LBB13_32
	.p2align	4
.LBB13_82:
	movq	160(%rsp), %rcx
	movq	72(%rsp), %r15
	addq	%rcx, %r15
	movq	112(%rsp), %r14
	addq	$8, %r14
	movq	56(%rsp), %r9
	addq	$-8, %r9
	movq	824(%rsp), %rax
	movq	192(%rsp), %r11
	addq	%rax, %r11
	movq	248(%rsp), %rbx
	addq	%rcx, %rbx
	movq	272(%rsp), %rdx
	addq	%rax, %rdx
	movq	136(%rsp), %rsi
	addq	$64, %rsi
	addq	$64, 152(%rsp)
	addq	%rcx, 176(%rsp)
	addq	$64, 232(%rsp)
	movq	88(%rsp), %rax
	cmpq	208(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 88(%rsp)
	movzbl	38(%rsp), %edi
	movq	256(%rsp), %r13
	je	.LBB13_225
.LBB13_32:
	cmpq	$8, %r9
	movl	$8, %eax
	cmovlq	%r9, %rax
	movq	%rax, 264(%rsp)
	cmpq	$2, %r9
	movq	%r14, %rcx
	movl	$1, %r14d
	cmovgeq	%r9, %r14
	cmpq	$8, %r14
	movl	$8, %eax
	cmovgeq	%rax, %r14
	movq	128(%rsp), %rdi
	movq	%rcx, 112(%rsp)
	subq	%rcx, %rdi
	cmpq	$8, %rdi
	cmovlq	%rdi, %rax
	cmpl	$0, 284(%rsp)
	movq	%rdi, 96(%rsp)
	movq	%rdx, 272(%rsp)
	movq	%r11, 192(%rsp)
	movq	%rsi, 136(%rsp)
	movq	%rbx, 248(%rsp)
	movq	%r9, 56(%rsp)
	movq	%r15, 72(%rsp)
	je	.LBB13_55
	movq	264(%rsp), %rcx
	leaq	(%r15,%rcx,8), %rcx
	testq	%rdi, %rdi
	jle	.LBB13_43
	movq	%r15, %rsi
	movq	%rbx, %rdi
	movq	%r11, %r8
	xorl	%r9d, %r9d
	jmp	.LBB13_35
	.p2align	4
.LBB13_41:
	incq	%r9
	movq	200(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	%r14, %r9
	je	.LBB13_42
.LBB13_35:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_41
	cmpq	$3, 48(%rsp)
	jae	.LBB13_46
	xorl	%r10d, %r10d
	jmp	.LBB13_38
	.p2align	4
.LBB13_46:
	movq	%rdi, %r11
	xorl	%r10d, %r10d
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
	cmpq	%r10, %r13
	jne	.LBB13_47
.LBB13_38:
	cmpq	$0, 64(%rsp)
	movq	120(%rsp), %r15
	je	.LBB13_41
	leaq	(%rdx,%r10,8), %r11
	shlq	$6, %r10
	addq	%rsi, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB13_40:
	movsd	(%r11,%rbx), %xmm0
	movsd	%xmm0, (%r10,%rbx,8)
	addq	$8, %rbx
	cmpq	%rbx, %r15
	jne	.LBB13_40
	jmp	.LBB13_41
	.p2align	4
.LBB13_42:
	cmpq	$8, 96(%rsp)
	movq	104(%rsp), %r10
	movq	80(%rsp), %r8
	jl	.LBB13_43
	jmp	.LBB13_82
	.p2align	4
.LBB13_52:
	addq	$8, %rcx
	cmpq	$7, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_82
.LBB13_43:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_52
	cmpq	$3, 48(%rsp)
	jae	.LBB13_53
	xorl	%edx, %edx
	testb	$3, 40(%rsp)
	jne	.LBB13_50
	jmp	.LBB13_52
	.p2align	4
.LBB13_53:
	movq	%rcx, %rsi
	xorl	%edx, %edx
	movq	144(%rsp), %rdi
	.p2align	4
.LBB13_54:
	movq	$0, (%rsi)
	movq	$0, 64(%rsi)
	movq	$0, 128(%rsi)
	movq	$0, 192(%rsi)
	addq	$-4, %rdx
	addq	$256, %rsi
	cmpq	%rdx, %rdi
	jne	.LBB13_54
	negq	%rdx
	testb	$3, 40(%rsp)
	je	.LBB13_52
.LBB13_50:
	shlq	$6, %rdx
	addq	%rcx, %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB13_51:
	movq	$0, (%rdx,%rsi)
	addq	$64, %rsi
	cmpq	%rsi, %r12
	jne	.LBB13_51
	jmp	.LBB13_52
	.p2align	4
.LBB13_55:
	cmpq	$8, %rdi
	jge	.LBB13_56
	cmpq	$0, 40(%rsp)
	jle	.LBB13_82
	shlq	$3, %r14
	movq	72(%rsp), %r13
	movq	40(%rsp), %rbx
	movq	232(%rsp), %r15
	jmp	.LBB13_71
	.p2align	4
.LBB13_72:
	xorl	%eax, %eax
.LBB13_81:
	leaq	(%rax,%r13), %rdi
	movl	$64, %edx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	addq	200(%rsp), %r15
	addq	$64, %r13
	decq	%rbx
	movq	104(%rsp), %r10
	xorps	%xmm10, %xmm10
	movq	80(%rsp), %r8
	movq	96(%rsp), %rdi
	je	.LBB13_82
.LBB13_71:
	testq	%rdi, %rdi
	jle	.LBB13_72
	movsd	-56(%r15), %xmm0
	movsd	%xmm0, (%r13)
	movq	%r14, %rax
	cmpq	$2, 56(%rsp)
	jl	.LBB13_81
	movsd	-48(%r15), %xmm0
	movsd	%xmm0, 8(%r13)
	movq	%r14, %rax
	je	.LBB13_81
	movsd	-40(%r15), %xmm0
	movsd	%xmm0, 16(%r13)
	movq	%r14, %rax
	cmpq	$3, 56(%rsp)
	je	.LBB13_81
	movsd	-32(%r15), %xmm0
	movsd	%xmm0, 24(%r13)
	movq	%r14, %rax
	cmpq	$4, 56(%rsp)
	je	.LBB13_81
	movsd	-24(%r15), %xmm0
	movsd	%xmm0, 32(%r13)
	movq	%r14, %rax
	cmpq	$5, 56(%rsp)
	je	.LBB13_81
	movsd	-16(%r15), %xmm0
	movsd	%xmm0, 40(%r13)
	movq	%r14, %rax
	cmpq	$6, 56(%rsp)
	je	.LBB13_81
	movsd	-8(%r15), %xmm0
	movsd	%xmm0, 48(%r13)
	movq	%r14, %rax
	cmpq	$7, 56(%rsp)
	je	.LBB13_81
	movsd	(%r15), %xmm0
	movsd	%xmm0, 56(%r13)
	movq	%r14, %rax
	jmp	.LBB13_81
.LBB13_56:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_82
	cmpq	$66, 40(%rsp)
	jae	.LBB13_59
	xorl	%eax, %eax
	jmp	.LBB13_64
.LBB13_59:
	movq	160(%rsp), %rcx
	imulq	88(%rsp), %rcx
	movq	696(%rsp), %rax
	leaq	(%rax,%rcx), %rsi
	movq	384(%rsp), %rax
	leaq	(%rax,%rcx), %rdi
	movq	688(%rsp), %rax
	leaq	(%rax,%rcx), %r8
	movq	680(%rsp), %rax
	leaq	(%rax,%rcx), %r9
	movq	672(%rsp), %rax
	leaq	(%rax,%rcx), %r10
	movq	664(%rsp), %rax
	leaq	(%rax,%rcx), %r11
	addq	656(%rsp), %rcx
	movq	48(%rsp), %rax
	shrq	$58, %rax
	setne	%bl
	cmpq	$1, 40(%rbp)
	setne	%al
	movq	240(%rsp), %r15
	movq	72(%rsp), %r14
	leaq	(%r14,%r15), %rdx
	cmpq	%r14, %rdx
	setb	%dl
	leaq	(%rsi,%r15), %r14
	cmpq	%rsi, %r14
	setb	%sil
	leaq	(%rdi,%r15), %r14
	cmpq	%rdi, %r14
	setb	%dil
	leaq	(%r8,%r15), %r14
	cmpq	%r8, %r14
	setb	%r8b
	leaq	(%r9,%r15), %r14
	cmpq	%r9, %r14
	setb	%r9b
	leaq	(%r10,%r15), %r14
	cmpq	%r10, %r14
	setb	%r10b
	leaq	(%r11,%r15), %r14
	cmpq	%r11, %r14
	setb	%r11b
	leaq	(%rcx,%r15), %r14
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
	xorl	%eax, %eax
	testb	$1, %cl
	je	.LBB13_61
	movq	104(%rsp), %r10
	movq	80(%rsp), %r8
	jmp	.LBB13_64
.LBB13_61:
	movq	224(%rsp), %rcx
	movq	104(%rsp), %r10
	movq	80(%rsp), %r8
	movq	136(%rsp), %rdx
	movq	72(%rsp), %rsi
	.p2align	4
.LBB13_62:
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
	jne	.LBB13_62
	movq	224(%rsp), %rcx
	movq	%rcx, %rax
	cmpq	%rcx, 40(%rsp)
	je	.LBB13_82
.LBB13_64:
	movq	%rax, %rcx
	orq	$1, %rcx
	testb	$1, 40(%rsp)
	je	.LBB13_66
	movq	184(%rsp), %rdx
	movq	112(%rsp), %rsi
	leaq	(%rdx,%rsi,8), %rdx
	movq	%rax, %rsi
	imulq	40(%rbp), %rsi
	shlq	$6, %rax
	movups	(%rdx,%rsi,8), %xmm0
	movq	72(%rsp), %rdi
	movups	%xmm0, (%rdi,%rax)
	movups	16(%rdx,%rsi,8), %xmm0
	movups	%xmm0, 16(%rdi,%rax)
	movups	32(%rdx,%rsi,8), %xmm0
	movups	%xmm0, 32(%rdi,%rax)
	movupd	48(%rdx,%rsi,8), %xmm0
	movupd	%xmm0, 48(%rdi,%rax)
	movq	%rcx, %rax
.LBB13_66:
	cmpq	%rcx, 40(%rsp)
	je	.LBB13_82
	movq	40(%rsp), %rcx
	subq	%rax, %rcx
	movq	200(%rsp), %rdi
	movq	%rdi, %rdx
	imulq	%rax, %rdx
	leaq	1(%rax), %rsi
	imulq	%rdi, %rsi
	shlq	$6, %rax
	addq	176(%rsp), %rax
	movq	152(%rsp), %rdi
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
	addq	848(%rsp), %rdi
	subq	$-128, %rax
	addq	$-2, %rcx
	jne	.LBB13_68
	jmp	.LBB13_82
.LBB13_83:
	movl	%r14d, %edi
	movq	%r11, %rax
	shlq	$7, %rax
	movq	%rax, 152(%rsp)
	movq	128(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$4, %rax
	movq	%rax, 184(%rsp)
	leaq	-1(%r11), %rax
	movq	%rax, 64(%rsp)
	movl	%r11d, %r14d
	andl	$3, %r14d
	movq	%r11, %r15
	movabsq	$9223372036854775804, %rax
	andq	%rax, %r15
	movq	200(%rsp), %rcx
	movq	%rcx, %rax
	imulq	%r8, %rax
	leaq	(%rax,%rsi,8), %r9
	movq	424(%rsp), %rax
	addq	%r9, %rax
	movq	%rax, 264(%rsp)
	addq	32(%rbp), %r9
	movq	%r15, %r11
	negq	%r11
	movl	%r14d, %r12d
	shll	$7, %r12d
	movq	%rcx, %rax
	imulq	%rsi, %rax
	leaq	(%rax,%r8,8), %rcx
	addq	600(%rsp), %rcx
	movq	%rcx, 176(%rsp)
	leaq	(%rax,%rbx,8), %rcx
	movq	432(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 256(%rsp)
	addq	392(%rsp), %rcx
	movq	%rcx, 208(%rsp)
	movq	384(%rsp), %rax
	movq	%rax, 240(%rsp)
	movq	608(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	616(%rsp), %rbx
	movq	$0, 112(%rsp)
	movq	296(%rsp), %rsi
	xorl	%r13d, %r13d
	movq	80(%rsp), %r8
	movq	%r14, 304(%rsp)
	movq	%r15, 320(%rsp)
	movq	%r11, 144(%rsp)
	jmp	.LBB13_84
	.p2align	4
.LBB13_124:
	movq	152(%rsp), %rcx
	movq	136(%rsp), %rsi
	addq	%rcx, %rsi
	movq	248(%rsp), %r13
	addq	$16, %r13
	movq	96(%rsp), %rdx
	addq	$-16, %rdx
	movq	832(%rsp), %rax
	addq	%rax, 264(%rsp)
	movq	192(%rsp), %rbx
	addq	%rcx, %rbx
	movq	272(%rsp), %r9
	addq	%rax, %r9
	addq	%rcx, 224(%rsp)
	subq	$-128, 176(%rsp)
	addq	%rcx, 240(%rsp)
	subq	$-128, 256(%rsp)
	subq	$-128, 208(%rsp)
	movq	112(%rsp), %rax
	cmpq	184(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 112(%rsp)
	movq	304(%rsp), %r14
	movq	320(%rsp), %r15
	je	.LBB13_225
.LBB13_84:
	movq	%rdx, 96(%rsp)
	cmpq	$2, %rdx
	movl	$1, %ecx
	cmovgeq	%rdx, %rcx
	cmpq	$16, %rcx
	movl	$16, %eax
	cmovgeq	%rax, %rcx
	movq	%rcx, 48(%rsp)
	cmpq	$16, %rdx
	movl	$16, %ecx
	cmovlq	%rdx, %rcx
	movq	128(%rsp), %rdx
	subq	%r13, %rdx
	cmpq	$16, %rdx
	cmovlq	%rdx, %rax
	cmpl	$0, 284(%rsp)
	movq	%rdx, 56(%rsp)
	movq	%r9, 272(%rsp)
	movq	%rbx, 192(%rsp)
	movq	%rsi, 136(%rsp)
	movq	%r13, 248(%rsp)
	je	.LBB13_107
	leaq	(%rsi,%rcx,8), %rcx
	testq	%rdx, %rdx
	jle	.LBB13_95
	movq	%r9, %rdx
	movq	%rbx, %rdi
	movq	264(%rsp), %r8
	xorl	%r9d, %r9d
	jmp	.LBB13_87
	.p2align	4
.LBB13_93:
	incq	%r9
	movq	200(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	48(%rsp), %r9
	je	.LBB13_94
.LBB13_87:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_93
	cmpq	$3, 64(%rsp)
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
	cmpq	$16, 56(%rsp)
	movq	104(%rsp), %r10
	movq	80(%rsp), %r8
	movzbl	38(%rsp), %edi
	movq	144(%rsp), %r11
	jl	.LBB13_95
	jmp	.LBB13_124
	.p2align	4
.LBB13_104:
	addq	$8, %rcx
	cmpq	$15, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_124
.LBB13_95:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_104
	cmpq	$3, 64(%rsp)
	jae	.LBB13_105
	xorl	%edx, %edx
	testb	$3, 40(%rsp)
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
	cmpq	%rdx, %r11
	jne	.LBB13_106
	negq	%rdx
	testb	$3, 40(%rsp)
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
	cmpq	$16, %rdx
	jge	.LBB13_108
	cmpq	$0, 40(%rsp)
	jle	.LBB13_124
	movq	48(%rsp), %rcx
	movl	%ecx, %eax
	andl	$28, %eax
	movq	%rax, 232(%rsp)
	movq	112(%rsp), %rax
	imulq	152(%rsp), %rax
	addq	296(%rsp), %rax
	movq	%rax, 72(%rsp)
	leaq	(,%rcx,8), %rax
	movq	%rax, 88(%rsp)
	andl	$28, %ecx
	movq	%rcx, 160(%rsp)
	movq	208(%rsp), %rbx
	movq	136(%rsp), %r15
	movq	256(%rsp), %r13
	movq	240(%rsp), %r14
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
	movq	120(%rsp), %rcx
	incq	%rcx
	subq	$-128, %r14
	movq	200(%rsp), %rax
	addq	%rax, %r13
	subq	$-128, %r15
	addq	%rax, %rbx
	cmpq	40(%rsp), %rcx
	movq	104(%rsp), %r10
	xorps	%xmm10, %xmm10
	movq	80(%rsp), %r8
	movzbl	38(%rsp), %edi
	movq	144(%rsp), %r11
	movq	56(%rsp), %rdx
	je	.LBB13_124
.LBB13_113:
	movq	%rcx, %rdi
	shlq	$7, %rdi
	addq	72(%rsp), %rdi
	testq	%rdx, %rdx
	movq	%rcx, 120(%rsp)
	jle	.LBB13_114
	cmpq	$4, 96(%rsp)
	jge	.LBB13_117
	xorl	%eax, %eax
	jmp	.LBB13_120
	.p2align	4
.LBB13_117:
	xorl	%eax, %eax
	movq	48(%rsp), %rdx
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
	movq	160(%rsp), %rsi
	movq	%rsi, %rax
	movq	88(%rsp), %rcx
	cmpq	%rsi, %rdx
	je	.LBB13_123
.LBB13_120:
	movq	48(%rsp), %rcx
	.p2align	4
.LBB13_121:
	movsd	(%rbx,%rax,8), %xmm0
	movsd	%xmm0, (%r15,%rax,8)
	incq	%rax
	cmpq	%rax, %rcx
	jne	.LBB13_121
	movq	88(%rsp), %rcx
	jmp	.LBB13_123
.LBB13_108:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_124
	movq	176(%rsp), %rax
	movq	224(%rsp), %rcx
	movq	40(%rsp), %rdx
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
	addq	200(%rsp), %rax
	decq	%rdx
	jne	.LBB13_110
	jmp	.LBB13_124
.LBB13_125:
	movq	%r11, %rax
	shlq	$8, %rax
	movq	%rax, 152(%rsp)
	movq	128(%rsp), %rdx
	leaq	-1(%rdx), %rax
	shrq	$5, %rax
	movq	%rax, 184(%rsp)
	leaq	-1(%r11), %rax
	movq	%rax, 64(%rsp)
	movl	%r11d, %r12d
	andl	$3, %r12d
	movq	%r11, %r15
	movabsq	$9223372036854775804, %rax
	andq	%rax, %r15
	movq	200(%rsp), %rcx
	movq	%rcx, %rax
	imulq	%r8, %rax
	leaq	(%rax,%rsi,8), %r9
	movq	424(%rsp), %rax
	leaq	(%rax,%r9), %r13
	addq	32(%rbp), %r9
	movq	%r15, %r11
	negq	%r11
	movq	%r12, 320(%rsp)
	shll	$8, %r12d
	movq	%rcx, %rax
	imulq	%rsi, %rax
	leaq	(%rax,%r8,8), %rcx
	addq	624(%rsp), %rcx
	movq	%rcx, 176(%rsp)
	leaq	(%rax,%rbx,8), %rcx
	movq	432(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 256(%rsp)
	addq	392(%rsp), %rcx
	movq	%rcx, 208(%rsp)
	movq	384(%rsp), %rax
	movq	%rax, 240(%rsp)
	movq	632(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	640(%rsp), %rbx
	movq	$0, 112(%rsp)
	movq	296(%rsp), %rsi
	movq	80(%rsp), %r8
	movl	%r14d, %edi
	xorl	%r14d, %r14d
	movq	%r15, 304(%rsp)
	movq	%r11, 144(%rsp)
	jmp	.LBB13_126
	.p2align	4
.LBB13_166:
	movq	152(%rsp), %rcx
	movq	136(%rsp), %rsi
	addq	%rcx, %rsi
	movq	264(%rsp), %r14
	addq	$32, %r14
	movq	96(%rsp), %rdx
	addq	$-32, %rdx
	movq	840(%rsp), %rax
	movq	192(%rsp), %r13
	addq	%rax, %r13
	movq	248(%rsp), %rbx
	addq	%rcx, %rbx
	movq	272(%rsp), %r9
	addq	%rax, %r9
	addq	%rcx, 224(%rsp)
	addq	$256, 176(%rsp)
	addq	%rcx, 240(%rsp)
	addq	$256, 256(%rsp)
	addq	$256, 208(%rsp)
	movq	112(%rsp), %rax
	cmpq	184(%rsp), %rax
	leaq	1(%rax), %rax
	movq	%rax, 112(%rsp)
	movq	304(%rsp), %r15
	je	.LBB13_225
.LBB13_126:
	movq	%rdx, 96(%rsp)
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
	subq	%r14, %rdx
	cmpq	$32, %rdx
	cmovlq	%rdx, %rax
	cmpl	$0, 284(%rsp)
	movq	%rdx, 56(%rsp)
	movq	%r9, 272(%rsp)
	movq	%r13, 192(%rsp)
	movq	%rbx, 248(%rsp)
	movq	%rsi, 136(%rsp)
	movq	%r14, 264(%rsp)
	je	.LBB13_149
	leaq	(%rsi,%rcx,8), %rcx
	testq	%rdx, %rdx
	jle	.LBB13_137
	movq	%r9, %rdx
	movq	%rbx, %rdi
	movq	%r13, %r8
	xorl	%r9d, %r9d
	movq	320(%rsp), %r14
	jmp	.LBB13_129
	.p2align	4
.LBB13_135:
	incq	%r9
	movq	200(%rsp), %r10
	addq	%r10, %r8
	addq	$8, %rdi
	addq	$8, %rsi
	addq	%r10, %rdx
	cmpq	48(%rsp), %r9
	je	.LBB13_136
.LBB13_129:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_135
	cmpq	$3, 64(%rsp)
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
	cmpq	$32, 56(%rsp)
	movq	104(%rsp), %r10
	movq	80(%rsp), %r8
	movzbl	38(%rsp), %edi
	movq	144(%rsp), %r11
	jl	.LBB13_137
	jmp	.LBB13_166
	.p2align	4
.LBB13_146:
	addq	$8, %rcx
	cmpq	$31, %rax
	leaq	1(%rax), %rax
	jge	.LBB13_166
.LBB13_137:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_146
	cmpq	$3, 64(%rsp)
	jae	.LBB13_147
	xorl	%edx, %edx
	testb	$3, 40(%rsp)
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
	cmpq	%rdx, %r11
	jne	.LBB13_148
	negq	%rdx
	testb	$3, 40(%rsp)
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
	cmpq	$32, %rdx
	jge	.LBB13_150
	cmpq	$0, 40(%rsp)
	jle	.LBB13_166
	movq	48(%rsp), %rcx
	movl	%ecx, %eax
	andl	$60, %eax
	movq	%rax, 232(%rsp)
	movq	112(%rsp), %rax
	imulq	152(%rsp), %rax
	addq	296(%rsp), %rax
	movq	%rax, 72(%rsp)
	leaq	(,%rcx,8), %rax
	movq	%rax, 88(%rsp)
	andl	$60, %ecx
	movq	%rcx, 160(%rsp)
	movq	208(%rsp), %rbx
	movq	136(%rsp), %r13
	movq	256(%rsp), %r15
	movq	240(%rsp), %r14
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
	movq	120(%rsp), %rcx
	incq	%rcx
	addq	$256, %r14
	movq	200(%rsp), %rax
	addq	%rax, %r15
	addq	$256, %r13
	addq	%rax, %rbx
	cmpq	40(%rsp), %rcx
	movq	104(%rsp), %r10
	xorps	%xmm10, %xmm10
	movq	80(%rsp), %r8
	movzbl	38(%rsp), %edi
	movq	144(%rsp), %r11
	movq	56(%rsp), %rdx
	je	.LBB13_166
.LBB13_155:
	movq	%rcx, %rdi
	shlq	$8, %rdi
	addq	72(%rsp), %rdi
	testq	%rdx, %rdx
	movq	%rcx, 120(%rsp)
	jle	.LBB13_156
	cmpq	$4, 96(%rsp)
	jge	.LBB13_159
	xorl	%eax, %eax
	jmp	.LBB13_162
	.p2align	4
.LBB13_159:
	xorl	%eax, %eax
	movq	48(%rsp), %rdx
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
	movq	160(%rsp), %rsi
	movq	%rsi, %rax
	movq	88(%rsp), %rcx
	cmpq	%rsi, %rdx
	je	.LBB13_165
.LBB13_162:
	movq	48(%rsp), %rcx
	.p2align	4
.LBB13_163:
	movsd	(%rbx,%rax,8), %xmm0
	movsd	%xmm0, (%r13,%rax,8)
	incq	%rax
	cmpq	%rax, %rcx
	jne	.LBB13_163
	movq	88(%rsp), %rcx
	jmp	.LBB13_165
.LBB13_150:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_166
	movq	176(%rsp), %rax
	movq	224(%rsp), %rcx
	movq	40(%rsp), %rdx
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
	addq	200(%rsp), %rax
	decq	%rdx
	jne	.LBB13_152
	jmp	.LBB13_166
.LBB13_167:
	movq	%r11, %rax
	movq	136(%rsp), %rcx
	imulq	%rcx, %rax
	shlq	$3, %rax
	movq	%rax, 184(%rsp)
	cmpq	$4, %r11
	setae	%al
	cmpl	$1, %ecx
	sete	%dil
	andb	%al, %dil
	movb	%dil, 64(%rsp)
	movq	%r11, %rdi
	movabsq	$9223372036854775804, %rax
	andq	%rax, %rdi
	movq	%rdi, 120(%rsp)
	movl	%r11d, %edi
	movq	%rcx, %r11
	andl	$3, %edi
	movl	%edx, %eax
	andl	$2147483644, %eax
	movq	%rax, 240(%rsp)
	movq	200(%rsp), %rax
	imulq	%rax, %r8
	leaq	(%r8,%rsi,8), %r8
	movq	504(%rsp), %rcx
	addq	%r8, %rcx
	movq	%rcx, 176(%rsp)
	movq	%rax, %rcx
	imulq	%r11, %rcx
	movq	%rcx, 320(%rsp)
	addq	32(%rbp), %r8
	movq	%r8, 152(%rsp)
	movq	%r11, %rcx
	shlq	$5, %rcx
	movq	%rcx, 96(%rsp)
	movq	%rdi, 56(%rsp)
	negq	%rdi
	movq	%rdi, 112(%rsp)
	movl	%edx, %ecx
	shrl	$2, %ecx
	andl	$536870911, %ecx
	shlq	$5, %rcx
	movq	%rcx, 224(%rsp)
	imulq	%rsi, %rax
	leaq	(%rax,%rbx,8), %rcx
	movq	432(%rsp), %rax
	addq	%rcx, %rax
	movq	%rax, 256(%rsp)
	addq	392(%rsp), %rcx
	movq	%rcx, 208(%rsp)
	leaq	(,%r11,8), %rbx
	movq	296(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	384(%rsp), %rax
	movq	%rax, 160(%rsp)
	movq	$0, 304(%rsp)
	movq	128(%rsp), %rax
	xorl	%esi, %esi
	movq	%rdx, 144(%rsp)
	jmp	.LBB13_168
	.p2align	4
.LBB13_224:
	movq	192(%rsp), %rsi
	addq	%r11, %rsi
	incq	304(%rsp)
	movq	184(%rsp), %rax
	addq	%rax, 160(%rsp)
	movq	320(%rsp), %rcx
	addq	%rcx, 176(%rsp)
	addq	%rax, 232(%rsp)
	addq	%rcx, 152(%rsp)
	addq	%rbx, 256(%rsp)
	addq	%rbx, 208(%rsp)
	cmpq	128(%rsp), %rsi
	movq	104(%rsp), %r10
	movq	80(%rsp), %r8
	movzbl	38(%rsp), %edi
	movq	272(%rsp), %rax
	jge	.LBB13_225
.LBB13_168:
	movq	%rax, %r9
	subq	%r11, %rax
	cmovgeq	%r11, %r9
	movq	128(%rsp), %rcx
	subq	%rsi, %rcx
	cmpq	%r11, %rcx
	movq	%r11, %rdx
	cmovlq	%rcx, %rdx
	cmpl	$0, 284(%rsp)
	movq	%rdx, 88(%rsp)
	movq	%r9, 48(%rsp)
	movq	%rax, 272(%rsp)
	movq	%rsi, 192(%rsp)
	je	.LBB13_200
	movq	%rcx, 72(%rsp)
	testq	%rdx, %rdx
	jle	.LBB13_174
	movq	152(%rsp), %rcx
	movq	232(%rsp), %rdx
	movq	176(%rsp), %rsi
	movq	160(%rsp), %rdi
	xorl	%r8d, %r8d
	jmp	.LBB13_171
	.p2align	4
.LBB13_188:
	incq	%r8
	addq	$8, %rdi
	movq	200(%rsp), %r9
	addq	%r9, %rsi
	addq	$8, %rdx
	addq	%r9, %rcx
	movq	48(%rsp), %r9
	cmpq	%r9, %r8
	je	.LBB13_174
.LBB13_171:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_188
	cmpb	$0, 64(%rsp)
	je	.LBB13_173
	xorl	%r9d, %r9d
	movq	120(%rsp), %r11
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
	cmpq	%r11, 40(%rsp)
	je	.LBB13_188
	jmp	.LBB13_182
	.p2align	4
.LBB13_173:
	xorl	%r10d, %r10d
.LBB13_182:
	movq	%r10, %r9
	cmpq	$0, 56(%rsp)
	je	.LBB13_185
	movq	%rbx, %r11
	imulq	%r10, %r11
	addq	%rdx, %r11
	movq	56(%rsp), %r14
	movq	%r10, %r9
	.p2align	4
.LBB13_184:
	movsd	(%rcx,%r9,8), %xmm0
	movsd	%xmm0, (%r11)
	incq	%r9
	addq	%rbx, %r11
	decq	%r14
	jne	.LBB13_184
.LBB13_185:
	movq	40(%rsp), %r13
	subq	%r13, %r10
	cmpq	$-4, %r10
	movq	96(%rsp), %rax
	ja	.LBB13_188
	leaq	3(%r9), %r10
	imulq	%rbx, %r10
	movq	%rbx, %r11
	imulq	%r9, %r11
	leaq	2(%r9), %r14
	imulq	%rbx, %r14
	leaq	1(%r9), %r15
	imulq	%rbx, %r15
	movq	%rdx, %r12
	.p2align	4
.LBB13_187:
	movsd	-16(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r12,%r11)
	movsd	-8(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r12,%r15)
	movsd	(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r12,%r14)
	movsd	8(%rsi,%r9,8), %xmm0
	movsd	%xmm0, (%r12,%r10)
	addq	$4, %r9
	addq	%rax, %r12
	cmpq	%r9, %r13
	jne	.LBB13_187
	jmp	.LBB13_188
	.p2align	4
.LBB13_174:
	movq	136(%rsp), %r11
	cmpq	%r11, 72(%rsp)
	movq	96(%rsp), %r10
	movq	88(%rsp), %r14
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
	movq	40(%rsp), %rdi
	testq	%rdi, %rdi
	movq	120(%rsp), %rsi
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
	cmpq	%rsi, %rdi
	je	.LBB13_199
	jmp	.LBB13_192
	.p2align	4
.LBB13_178:
	xorl	%edx, %edx
.LBB13_192:
	movq	%rdx, %rcx
	testb	$3, %dil
	je	.LBB13_196
	movq	%rbx, %rcx
	imulq	%rdx, %rcx
	addq	%rax, %rcx
	xorl	%esi, %esi
	movq	112(%rsp), %r8
	.p2align	4
.LBB13_194:
	movq	$0, (%rcx)
	decq	%rsi
	addq	%rbx, %rcx
	cmpq	%rsi, %r8
	jne	.LBB13_194
	movq	%rdx, %rcx
	subq	%rsi, %rcx
.LBB13_196:
	subq	%rdi, %rdx
	cmpq	$-4, %rdx
	ja	.LBB13_199
	movq	%rdi, %rdx
	subq	%rcx, %rdx
	leaq	3(%rcx), %rsi
	imulq	%rbx, %rsi
	leaq	2(%rcx), %rdi
	imulq	%rbx, %rdi
	leaq	1(%rcx), %r8
	imulq	%rbx, %r8
	imulq	%rbx, %rcx
	movq	%rax, %r9
	.p2align	4
.LBB13_198:
	movq	$0, (%r9,%rcx)
	movq	$0, (%r9,%r8)
	movq	$0, (%r9,%rdi)
	movq	$0, (%r9,%rsi)
	addq	%r10, %r9
	addq	$-4, %rdx
	jne	.LBB13_198
	jmp	.LBB13_199
	.p2align	4
.LBB13_200:
	cmpq	%r11, %rcx
	jge	.LBB13_201
	cmpq	$0, 40(%rsp)
	jle	.LBB13_224
	movq	%r9, %rsi
	andq	$-4, %rsi
	movq	184(%rsp), %rax
	imulq	304(%rsp), %rax
	addq	296(%rsp), %rax
	movq	%rax, 264(%rsp)
	movq	208(%rsp), %r15
	movq	232(%rsp), %r13
	movq	256(%rsp), %r14
	movq	160(%rsp), %r12
	xorl	%edi, %edi
	movq	%rsi, 248(%rsp)
	jmp	.LBB13_212
	.p2align	4
.LBB13_223:
	incq	%rdi
	addq	%rbx, %r12
	movq	200(%rsp), %rax
	addq	%rax, %r14
	addq	%rbx, %r13
	addq	%rax, %r15
	cmpq	40(%rsp), %rdi
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
	movupd	-16(%r14,%rax,8), %xmm0
	movupd	(%r14,%rax,8), %xmm1
	movupd	%xmm0, -16(%r12,%rax,8)
	movupd	%xmm1, (%r12,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %rsi
	jne	.LBB13_219
	movq	%rsi, %rcx
	movq	%r9, %rax
	cmpq	%rsi, %r9
	je	.LBB13_221
	.p2align	4
.LBB13_216:
	movsd	(%r15,%rcx,8), %xmm0
	movsd	%xmm0, (%r13,%rcx,8)
	incq	%rcx
	cmpq	%rcx, %r9
	jne	.LBB13_216
	movq	%r9, %rax
.LBB13_221:
	cmpq	%r11, %rax
	jge	.LBB13_223
	movq	%rdi, %rcx
	imulq	%rbx, %rcx
	addq	264(%rsp), %rcx
	movq	%rdi, 72(%rsp)
	leaq	(%rcx,%rax,8), %rdi
	shlq	$3, %rax
	movq	%rbx, %rdx
	subq	%rax, %rdx
	xorl	%esi, %esi
	callq	memset@PLT
	movq	72(%rsp), %rdi
	movq	248(%rsp), %rsi
	movq	48(%rsp), %r9
	movq	88(%rsp), %rdx
	movq	136(%rsp), %r11
	xorps	%xmm10, %xmm10
	jmp	.LBB13_223
.LBB13_201:
	cmpq	$0, 40(%rsp)
	jle	.LBB13_224
	movq	208(%rsp), %rax
	movq	232(%rsp), %rcx
	movq	256(%rsp), %rdx
	movq	160(%rsp), %rsi
	xorl	%edi, %edi
	jmp	.LBB13_203
	.p2align	4
.LBB13_209:
	incq	%rdi
	addq	%rbx, %rsi
	movq	200(%rsp), %r8
	addq	%r8, %rdx
	addq	%rbx, %rcx
	addq	%r8, %rax
	cmpq	%r9, %rdi
	je	.LBB13_224
.LBB13_203:
	movq	144(%rsp), %r14
	testl	%r14d, %r14d
	movq	40(%rsp), %r9
	jle	.LBB13_209
	xorl	%r8d, %r8d
	cmpl	$4, %r14d
	jb	.LBB13_205
	movq	224(%rsp), %r10
	.p2align	4
.LBB13_207:
	movupd	-16(%rdx,%r8), %xmm0
	movupd	(%rdx,%r8), %xmm1
	movupd	%xmm0, -16(%rsi,%r8)
	movupd	%xmm1, (%rsi,%r8)
	addq	$32, %r8
	cmpq	%r8, %r10
	jne	.LBB13_207
	movq	240(%rsp), %r15
	movq	%r15, %r8
	cmpl	%r14d, %r15d
	je	.LBB13_209
	.p2align	4
.LBB13_205:
	movsd	(%rax,%r8,8), %xmm0
	movsd	%xmm0, (%rcx,%r8,8)
	incq	%r8
	cmpq	%r8, %r14
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
	.long	.LBB13_390-.LJTI13_0
	.long	.LBB13_275-.LJTI13_0
	.long	.LBB13_390-.LJTI13_0
	.long	.LBB13_313-.LJTI13_0
	.long	.LBB13_390-.LJTI13_0
	.long	.LBB13_390-.LJTI13_0
	.long	.LBB13_390-.LJTI13_0
	.long	.LBB13_353-.LJTI13_0

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
	.addrsig_sym axon_pack_across_rows_avx2_f32
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
