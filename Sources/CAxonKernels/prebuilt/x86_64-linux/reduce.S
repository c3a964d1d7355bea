// Generated from ../../reduce.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"reduce.c"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x7fc00000
	.text
	.globl	axon_reduce_f32
	.p2align	4
	.type	axon_reduce_f32,@function
axon_reduce_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	%edi, %r15d
	testq	%rdx, %rdx
	jle	.LBB0_1
	movq	%rdx, %rbx
	movq	%rsi, %r14
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB0_28
	testl	%r15d, %r15d
	je	.LBB0_5
	movss	(%r14), %xmm0
	cmpq	$1, %rbx
	je	.LBB0_27
	movl	$1, %eax
	jmp	.LBB0_20
	.p2align	4
.LBB0_25:
	movaps	%xmm1, %xmm0
.LBB0_26:
	incq	%rax
	cmpq	%rax, %rbx
	je	.LBB0_27
.LBB0_20:
	movss	(%r14,%rax,4), %xmm1
	ucomiss	%xmm1, %xmm1
	jp	.LBB0_21
	cmpl	$1, %r15d
	jne	.LBB0_24
	ucomiss	%xmm0, %xmm1
	ja	.LBB0_25
	jmp	.LBB0_26
	.p2align	4
.LBB0_24:
	ucomiss	%xmm1, %xmm0
	ja	.LBB0_25
	jmp	.LBB0_26
.LBB0_1:
	xorps	%xmm0, %xmm0
	testl	%r15d, %r15d
	je	.LBB0_27
	movss	.LCPI0_0(%rip), %xmm0
	jmp	.LBB0_27
.LBB0_28:
	movl	%r15d, %edi
	movq	%r14, %rsi
	movq	%rbx, %rdx
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	axon_reduce_avx2_f32@PLT
.LBB0_5:
	.cfi_def_cfa %rbp, 16
	leaq	-1(%rbx), %rcx
	cmpq	$257, %rbx
	jae	.LBB0_12
	xorpd	%xmm0, %xmm0
	xorl	%eax, %eax
	jmp	.LBB0_7
.LBB0_12:
	movq	%rcx, %rdx
	shrq	$8, %rdx
	incq	%rdx
	andq	$-2, %rdx
	xorpd	%xmm0, %xmm0
	xorl	%eax, %eax
	xorl	%esi, %esi
	.p2align	4
.LBB0_13:
	movq	%rax, %rdi
	orq	$256, %rdi
	cmpq	%rbx, %rdi
	movq	%rbx, %r8
	cmovbq	%rdi, %r8
	xorps	%xmm1, %xmm1
	movq	%rax, %r9
	.p2align	4
.LBB0_14:
	addss	(%r14,%r9,4), %xmm1
	incq	%r9
	cmpq	%r8, %r9
	jb	.LBB0_14
	cvtss2sd	%xmm1, %xmm1
	addsd	%xmm1, %xmm0
	addq	$512, %rax
	cmpq	%rbx, %rax
	movq	%rbx, %r8
	cmovbq	%rax, %r8
	xorps	%xmm1, %xmm1
	.p2align	4
.LBB0_16:
	addss	(%r14,%rdi,4), %xmm1
	incq	%rdi
	cmpq	%r8, %rdi
	jb	.LBB0_16
	cvtss2sd	%xmm1, %xmm1
	addsd	%xmm1, %xmm0
	addq	$2, %rsi
	cmpq	%rdx, %rsi
	jne	.LBB0_13
.LBB0_7:
	testl	$256, %ecx
	jne	.LBB0_11
	leaq	256(%rax), %rcx
	cmpq	%rbx, %rcx
	cmovbq	%rcx, %rbx
	xorps	%xmm1, %xmm1
	.p2align	4
.LBB0_9:
	addss	(%r14,%rax,4), %xmm1
	incq	%rax
	cmpq	%rbx, %rax
	jb	.LBB0_9
	cvtss2sd	%xmm1, %xmm1
	addsd	%xmm1, %xmm0
.LBB0_11:
	cvtsd2ss	%xmm0, %xmm0
	jmp	.LBB0_27
.LBB0_21:
	movaps	%xmm1, %xmm0
.LBB0_27:
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	axon_reduce_f32, .Lfunc_end0-axon_reduce_f32
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI1_0:
	.quad	0x7ff8000000000000
	.text
	.globl	axon_reduce_f64
	.p2align	4
	.type	axon_reduce_f64,@function
axon_reduce_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	%edi, %r14d
	testq	%rdx, %rdx
	jle	.LBB1_1
	movq	%rdx, %rbx
	movq	%rsi, %r15
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	movl	%r14d, %edi
	movq	%r15, %rsi
	movq	%rbx, %rdx
	addq	$8, %rsp
	cmpl	$-2, %eax
	jae	.LBB1_5
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	reduce_portable_f64
.LBB1_1:
	.cfi_def_cfa %rbp, 16
	xorps	%xmm0, %xmm0
	testl	%r14d, %r14d
	je	.LBB1_3
	movsd	.LCPI1_0(%rip), %xmm0
.LBB1_3:
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB1_5:
	.cfi_def_cfa %rbp, 16
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	axon_reduce_avx2_f64@PLT
.Lfunc_end1:
	.size	axon_reduce_f64, .Lfunc_end1-axon_reduce_f64
	.cfi_endproc

	.p2align	4
	.type	reduce_portable_f64,@function
reduce_portable_f64:
	.cfi_startproc
	testl	%edi, %edi
	je	.LBB2_1
	movsd	(%rsi), %xmm0
	cmpq	$2, %rdx
	jl	.LBB2_11
	movl	$1, %eax
	jmp	.LBB2_15
	.p2align	4
.LBB2_20:
	movapd	%xmm1, %xmm0
.LBB2_21:
	incq	%rax
	cmpq	%rax, %rdx
	je	.LBB2_11
.LBB2_15:
	movsd	(%rsi,%rax,8), %xmm1
	ucomisd	%xmm1, %xmm1
	jp	.LBB2_16
	cmpl	$1, %edi
	jne	.LBB2_19
	ucomisd	%xmm0, %xmm1
	ja	.LBB2_20
	jmp	.LBB2_21
	.p2align	4
.LBB2_19:
	ucomisd	%xmm1, %xmm0
	ja	.LBB2_20
	jmp	.LBB2_21
.LBB2_1:
	cmpq	$256, %rdx
	jg	.LBB2_12
	testq	%rdx, %rdx
	jle	.LBB2_3
	movl	%edx, %eax
	andl	$7, %eax
	cmpq	$8, %rdx
	jae	.LBB2_6
	xorpd	%xmm0, %xmm0
	xorl	%ecx, %ecx
	jmp	.LBB2_8
.LBB2_12:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, %rbx
	shrq	%rbx
	xorl	%edi, %edi
	movq	%rsi, %r14
	movq	%rdx, %r15
	movq	%rbx, %rdx
	callq	reduce_portable_f64
	movsd	%xmm0, -32(%rbp)
	leaq	(%r14,%rbx,8), %rsi
	subq	%rbx, %r15
	xorl	%edi, %edi
	movq	%r15, %rdx
	callq	reduce_portable_f64
	addsd	-32(%rbp), %xmm0
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbx
	.cfi_restore %r14
	.cfi_restore %r15
	.cfi_restore %rbp
	retq
.LBB2_16:
	movapd	%xmm1, %xmm0
	retq
.LBB2_3:
	xorps	%xmm0, %xmm0
	retq
.LBB2_6:
	movabsq	$9223372036854775800, %rcx
	andq	%rcx, %rdx
	xorpd	%xmm0, %xmm0
	xorl	%ecx, %ecx
	.p2align	4
.LBB2_7:
	addsd	(%rsi,%rcx,8), %xmm0
	addsd	8(%rsi,%rcx,8), %xmm0
	addsd	16(%rsi,%rcx,8), %xmm0
	addsd	24(%rsi,%rcx,8), %xmm0
	addsd	32(%rsi,%rcx,8), %xmm0
	addsd	40(%rsi,%rcx,8), %xmm0
	addsd	48(%rsi,%rcx,8), %xmm0
	addsd	56(%rsi,%rcx,8), %xmm0
	addq	$8, %rcx
	cmpq	%rcx, %rdx
	jne	.LBB2_7
.LBB2_8:
	testq	%rax, %rax
	je	.LBB2_11
	leaq	(%rsi,%rcx,8), %rcx
	xorl	%edx, %edx
	.p2align	4
.LBB2_10:
	addsd	(%rcx,%rdx,8), %xmm0
	incq	%rdx
	cmpq	%rdx, %rax
	jne	.LBB2_10
.LBB2_11:
	retq
.Lfunc_end2:
	.size	reduce_portable_f64, .Lfunc_end2-reduce_portable_f64
	.cfi_endproc

	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4, 0x0
.LCPI3_0:
	.long	1
	.long	1
	.long	1
	.long	1
.LCPI3_1:
	.long	2
	.long	2
	.long	2
	.long	2
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI3_2:
	.long	0x7fc00000
	.text
	.globl	axon_reduce_rows_f32
	.p2align	4
	.type	axon_reduce_rows_f32,@function
axon_reduce_rows_f32:
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
	movq	%rsi, -48(%rbp)
	testq	%rcx, %rcx
	jle	.LBB3_97
	movl	%r9d, %r13d
	testq	%rdx, %rdx
	jle	.LBB3_23
	testl	%edi, %edi
	je	.LBB3_28
	testl	%r13d, %r13d
	je	.LBB3_36
	xorl	%eax, %eax
.LBB3_5:
	cmpq	%rdx, %rax
	jae	.LBB3_97
	leaq	(,%rcx,4), %r9
	leaq	(%r8,%rcx,4), %r11
	movq	%rax, %r10
	imulq	%rcx, %r10
	movq	-48(%rbp), %rsi
	leaq	(%rsi,%r10,4), %r10
	movq	%rcx, %rbx
	imulq	%rdx, %rbx
	leaq	(%rsi,%rbx,4), %rsi
	cmpq	%rsi, %r8
	setb	%sil
	cmpq	%r11, %r10
	setb	%r11b
	andb	%sil, %r11b
	testq	%r9, %r9
	sets	%sil
	orb	%r11b, %sil
	movabsq	$9223372036854775800, %r11
	orq	$4, %r11
	andq	%rcx, %r11
	movd	%edi, %xmm0
	pshufd	$0, %xmm0, %xmm0
	movdqa	.LCPI3_0(%rip), %xmm1
	pcmpeqd	%xmm0, %xmm1
	pcmpeqd	.LCPI3_1(%rip), %xmm0
	jmp	.LBB3_8
	.p2align	4
.LBB3_7:
	incq	%rax
	addq	%r9, %r10
	cmpq	%rdx, %rax
	je	.LBB3_97
.LBB3_8:
	cmpq	$4, %rcx
	setb	%bl
	orb	%sil, %bl
	testb	$1, %bl
	je	.LBB3_10
	xorl	%ebx, %ebx
	jmp	.LBB3_16
	.p2align	4
.LBB3_10:
	xorl	%ebx, %ebx
	.p2align	4
.LBB3_11:
	movups	(%r8,%rbx,4), %xmm5
	movups	(%r10,%rbx,4), %xmm2
	movaps	%xmm5, %xmm4
	cmpunordps	%xmm2, %xmm4
	movaps	%xmm5, %xmm3
	cmpordps	%xmm2, %xmm3
	movdqa	%xmm1, %xmm6
	pand	%xmm3, %xmm6
	movaps	%xmm2, %xmm7
	maxps	%xmm5, %xmm7
	movdqa	%xmm1, %xmm8
	pand	%xmm4, %xmm8
	movaps	%xmm5, %xmm9
	addps	%xmm2, %xmm9
	pand	%xmm0, %xmm3
	minps	%xmm5, %xmm2
	pand	%xmm0, %xmm4
	movaps	%xmm9, %xmm10
	andps	%xmm8, %xmm10
	andnps	%xmm5, %xmm8
	orps	%xmm10, %xmm8
	andps	%xmm6, %xmm7
	andnps	%xmm8, %xmm6
	orps	%xmm7, %xmm6
	andps	%xmm4, %xmm9
	andnps	%xmm6, %xmm4
	orps	%xmm9, %xmm4
	andps	%xmm3, %xmm2
	andnps	%xmm4, %xmm3
	orps	%xmm2, %xmm3
	movups	%xmm3, (%r8,%rbx,4)
	addq	$4, %rbx
	cmpq	%rbx, %r11
	jne	.LBB3_11
	movq	%r11, %rbx
	cmpq	%r11, %rcx
	jne	.LBB3_16
	jmp	.LBB3_7
	.p2align	4
.LBB3_13:
	maxss	%xmm2, %xmm3
.LBB3_14:
	movaps	%xmm3, %xmm2
.LBB3_15:
	movss	%xmm2, (%r8,%rbx,4)
	incq	%rbx
	cmpq	%rbx, %rcx
	je	.LBB3_7
.LBB3_16:
	movss	(%r8,%rbx,4), %xmm2
	movss	(%r10,%rbx,4), %xmm3
	cmpl	$2, %edi
	je	.LBB3_20
	cmpl	$1, %edi
	jne	.LBB3_15
	ucomiss	%xmm3, %xmm2
	jnp	.LBB3_13
	jmp	.LBB3_19
	.p2align	4
.LBB3_20:
	ucomiss	%xmm3, %xmm2
	jp	.LBB3_19
	minss	%xmm2, %xmm3
	jmp	.LBB3_14
.LBB3_19:
	addss	%xmm3, %xmm2
	jmp	.LBB3_15
.LBB3_23:
	testl	%r13d, %r13d
	jne	.LBB3_97
	xorps	%xmm0, %xmm0
	testl	%edi, %edi
	je	.LBB3_26
	movss	.LCPI3_2(%rip), %xmm0
.LBB3_26:
	cmpq	$8, %rcx
	jae	.LBB3_63
	xorl	%eax, %eax
	jmp	.LBB3_96
.LBB3_28:
	cmpq	$32, %rcx
	jb	.LBB3_38
	leaq	-32(%rcx), %rdi
	shrq	$5, %rdi
	movq	-48(%rbp), %rax
	leaq	64(%rax), %r10
	leaq	(,%rcx,4), %r11
	xorl	%ebx, %ebx
	xorl	%esi, %esi
	movq	-48(%rbp), %rax
	jmp	.LBB3_31
	.p2align	4
.LBB3_30:
	movups	%xmm0, (%r8,%r14)
	movups	%xmm1, 16(%r8,%r14)
	movups	%xmm2, 32(%r8,%r14)
	movups	%xmm3, 48(%r8,%r14)
	movups	%xmm4, 64(%r8,%r14)
	movups	%xmm5, 80(%r8,%r14)
	movups	%xmm6, 96(%r8,%r14)
	movups	%xmm7, 112(%r8,%r14)
	addq	$32, %rsi
	subq	$-128, %r10
	cmpq	%rdi, %rbx
	leaq	1(%rbx), %rbx
	je	.LBB3_39
.LBB3_31:
	movq	%rbx, %r14
	shlq	$7, %r14
	testl	%r13d, %r13d
	je	.LBB3_33
	movups	(%r8,%r14), %xmm0
	movups	16(%r8,%r14), %xmm1
	movups	32(%r8,%r14), %xmm2
	movups	48(%r8,%r14), %xmm3
	movups	64(%r8,%r14), %xmm4
	movups	80(%r8,%r14), %xmm5
	movups	96(%r8,%r14), %xmm6
	movups	112(%r8,%r14), %xmm7
	xorl	%r15d, %r15d
	jmp	.LBB3_34
	.p2align	4
.LBB3_33:
	movups	(%rax,%r14), %xmm0
	movups	16(%rax,%r14), %xmm1
	movups	32(%rax,%r14), %xmm2
	movups	48(%rax,%r14), %xmm3
	movups	64(%rax,%r14), %xmm4
	movups	80(%rax,%r14), %xmm5
	movups	96(%rax,%r14), %xmm6
	movups	112(%rax,%r14), %xmm7
	movl	$1, %r15d
	cmpq	$1, %rdx
	je	.LBB3_30
.LBB3_34:
	movq	%rdx, %r12
	subq	%r15, %r12
	imulq	%r11, %r15
	addq	%r10, %r15
	.p2align	4
.LBB3_35:
	movups	-64(%r15), %xmm8
	addps	%xmm8, %xmm0
	movups	-48(%r15), %xmm8
	addps	%xmm8, %xmm1
	movups	-32(%r15), %xmm8
	addps	%xmm8, %xmm2
	movups	-16(%r15), %xmm8
	addps	%xmm8, %xmm3
	movups	(%r15), %xmm8
	addps	%xmm8, %xmm4
	movups	16(%r15), %xmm8
	addps	%xmm8, %xmm5
	movups	32(%r15), %xmm8
	addps	%xmm8, %xmm6
	movups	48(%r15), %xmm8
	addps	%xmm8, %xmm7
	addq	%r11, %r15
	decq	%r12
	jne	.LBB3_35
	jmp	.LBB3_30
.LBB3_36:
	cmpq	$8, %rcx
	setb	%al
	movq	%r8, %r9
	movq	-48(%rbp), %rsi
	subq	%rsi, %r9
	cmpq	$32, %r9
	setb	%r9b
	orb	%al, %r9b
	je	.LBB3_55
	xorl	%r9d, %r9d
	jmp	.LBB3_58
.LBB3_38:
	xorl	%esi, %esi
	movq	%rcx, %rax
	cmpq	$16, %rax
	jge	.LBB3_40
	jmp	.LBB3_47
.LBB3_39:
	movq	%rcx, %rax
	subq	%rsi, %rax
	cmpq	$16, %rax
	jl	.LBB3_47
.LBB3_40:
	movq	-48(%rbp), %rdi
	leaq	(%rdi,%rsi,4), %rbx
	xorl	%r10d, %r10d
	testl	%r13d, %r13d
	movq	%r8, %rax
	cmoveq	%rdi, %rax
	leaq	(%r8,%rsi,4), %rdi
	movq	%rdi, %r11
	cmoveq	%rbx, %r11
	sete	%r10b
	movsd	52(%r11), %xmm4
	movsd	4(%rax,%rsi,4), %xmm3
	movups	16(%rax,%rsi,4), %xmm0
	movups	32(%rax,%rsi,4), %xmm1
	movss	(%rax,%rsi,4), %xmm2
	unpcklps	%xmm3, %xmm2
	movss	12(%rax,%rsi,4), %xmm5
	shufps	$212, %xmm3, %xmm5
	shufps	$36, %xmm5, %xmm2
	movss	48(%rax,%rsi,4), %xmm3
	unpcklps	%xmm4, %xmm3
	movss	60(%r11), %xmm5
	shufps	$212, %xmm4, %xmm5
	shufps	$36, %xmm5, %xmm3
	cmpq	%r10, %rdx
	jbe	.LBB3_46
	movl	%edx, %eax
	subl	%r10d, %eax
	xorl	%r11d, %r11d
	cmpl	$1, %r13d
	adcq	$1, %r11
	testb	$1, %al
	je	.LBB3_43
	xorl	%eax, %eax
	xorl	%r10d, %r10d
	testl	%r13d, %r13d
	sete	%r10b
	cmoveq	%rcx, %rax
	movups	(%rbx,%rax,4), %xmm4
	movups	16(%rbx,%rax,4), %xmm5
	movups	32(%rbx,%rax,4), %xmm6
	movups	48(%rbx,%rax,4), %xmm7
	addps	%xmm4, %xmm2
	addps	%xmm5, %xmm0
	addps	%xmm6, %xmm1
	addps	%xmm7, %xmm3
	incq	%r10
.LBB3_43:
	cmpq	%r11, %rdx
	je	.LBB3_46
	movq	%rdx, %r11
	subq	%r10, %r11
	leaq	1(%r10), %rbx
	imulq	%rcx, %rbx
	movq	-48(%rbp), %rax
	leaq	(%rax,%rsi,4), %r14
	addq	$48, %r14
	leaq	(,%rcx,8), %r15
	imulq	%rcx, %r10
	.p2align	4
.LBB3_45:
	movups	-48(%r14,%r10,4), %xmm4
	addps	%xmm2, %xmm4
	movups	-32(%r14,%r10,4), %xmm5
	addps	%xmm0, %xmm5
	movups	-16(%r14,%r10,4), %xmm6
	addps	%xmm1, %xmm6
	movups	(%r14,%r10,4), %xmm7
	addps	%xmm3, %xmm7
	movups	-48(%r14,%rbx,4), %xmm2
	addps	%xmm4, %xmm2
	movups	-32(%r14,%rbx,4), %xmm0
	addps	%xmm5, %xmm0
	movups	-16(%r14,%rbx,4), %xmm1
	addps	%xmm6, %xmm1
	movups	(%r14,%rbx,4), %xmm3
	addps	%xmm7, %xmm3
	addq	%r15, %r14
	addq	$-2, %r11
	jne	.LBB3_45
.LBB3_46:
	movups	%xmm2, (%rdi)
	movups	%xmm0, 16(%rdi)
	movups	%xmm1, 32(%rdi)
	movups	%xmm3, 48(%rdi)
	orq	$16, %rsi
.LBB3_47:
	movq	%rcx, %rax
	subq	%rsi, %rax
	cmpq	$8, %rax
	jl	.LBB3_48
	xorl	%edi, %edi
	testl	%r13d, %r13d
	sete	%dil
	movq	%r8, %rax
	cmoveq	-48(%rbp), %rax
	movsd	4(%rax,%rsi,4), %xmm2
	movups	16(%rax,%rsi,4), %xmm0
	movss	(%rax,%rsi,4), %xmm1
	unpcklps	%xmm2, %xmm1
	movss	12(%rax,%rsi,4), %xmm3
	shufps	$212, %xmm2, %xmm3
	shufps	$36, %xmm3, %xmm1
	cmpq	%rdi, %rdx
	jbe	.LBB3_69
	movl	%edx, %r10d
	subl	%edi, %r10d
	andl	$3, %r10d
	je	.LBB3_65
	movq	%rcx, %rax
	imulq	%rdi, %rax
	leaq	(,%rsi,4), %r11
	leaq	(%r11,%rax,4), %rax
	movq	-48(%rbp), %r9
	leaq	(%r9,%rax), %r11
	addq	$16, %r11
	leaq	(,%rcx,4), %rbx
	negq	%r10
	xorl	%r14d, %r14d
	.p2align	4
.LBB3_53:
	movups	-16(%r11), %xmm2
	addps	%xmm2, %xmm1
	movups	(%r11), %xmm2
	addps	%xmm2, %xmm0
	decq	%r14
	addq	%rbx, %r11
	cmpq	%r14, %r10
	jne	.LBB3_53
	movq	%rdi, %r10
	subq	%r14, %r10
	jmp	.LBB3_66
.LBB3_48:
	cmpq	$4, %rax
	jl	.LBB3_49
.LBB3_70:
	movq	-48(%rbp), %rax
	leaq	(%rax,%rsi,4), %rdi
	testl	%r13d, %r13d
	je	.LBB3_72
	movups	(%r8,%rsi,4), %xmm0
	xorl	%r10d, %r10d
	jmp	.LBB3_73
.LBB3_55:
	movabsq	$9223372036854775800, %r9
	andq	%rcx, %r9
	xorl	%eax, %eax
	.p2align	4
.LBB3_56:
	movdqu	(%rsi,%rax,4), %xmm0
	movdqu	16(%rsi,%rax,4), %xmm1
	movdqu	%xmm0, (%r8,%rax,4)
	movdqu	%xmm1, 16(%r8,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %r9
	jne	.LBB3_56
	movl	$1, %eax
	cmpq	%r9, %rcx
	je	.LBB3_5
.LBB3_58:
	movq	%rcx, %rax
	movq	%r9, %r10
	andq	$3, %rax
	movq	-48(%rbp), %rsi
	je	.LBB3_61
	movq	%r9, %r10
	.p2align	4
.LBB3_60:
	movd	(%rsi,%r10,4), %xmm0
	movd	%xmm0, (%r8,%r10,4)
	incq	%r10
	decq	%rax
	jne	.LBB3_60
.LBB3_61:
	subq	%rcx, %r9
	movl	$1, %eax
	cmpq	$-4, %r9
	ja	.LBB3_5
	.p2align	4
.LBB3_62:
	movss	(%rsi,%r10,4), %xmm0
	movss	%xmm0, (%r8,%r10,4)
	movss	4(%rsi,%r10,4), %xmm0
	movss	%xmm0, 4(%r8,%r10,4)
	movss	8(%rsi,%r10,4), %xmm0
	movss	%xmm0, 8(%r8,%r10,4)
	movd	12(%rsi,%r10,4), %xmm0
	movd	%xmm0, 12(%r8,%r10,4)
	addq	$4, %r10
	cmpq	%r10, %rcx
	jne	.LBB3_62
	jmp	.LBB3_5
.LBB3_63:
	movabsq	$9223372036854775800, %rax
	andq	%rcx, %rax
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	xorl	%edx, %edx
	.p2align	4
.LBB3_64:
	movups	%xmm1, (%r8,%rdx,4)
	movups	%xmm1, 16(%r8,%rdx,4)
	addq	$8, %rdx
	cmpq	%rdx, %rax
	jne	.LBB3_64
	jmp	.LBB3_95
.LBB3_72:
	movups	(%rdi), %xmm0
	movl	$1, %r10d
	cmpq	$1, %rdx
	je	.LBB3_81
.LBB3_73:
	movl	%edx, %r11d
	subl	%r10d, %r11d
	andl	$3, %r11d
	je	.LBB3_77
	movq	%r10, %rax
	imulq	%rcx, %rax
	leaq	(,%rsi,4), %rbx
	leaq	(%rbx,%rax,4), %rbx
	addq	-48(%rbp), %rbx
	leaq	(,%rcx,4), %r14
	negq	%r11
	xorl	%eax, %eax
	.p2align	4
.LBB3_75:
	movups	(%rbx), %xmm1
	addps	%xmm1, %xmm0
	decq	%rax
	addq	%r14, %rbx
	cmpq	%rax, %r11
	jne	.LBB3_75
	movq	%r10, %r11
	subq	%rax, %r11
	jmp	.LBB3_78
.LBB3_77:
	movq	%r10, %r11
.LBB3_78:
	subq	%rdx, %r10
	cmpq	$-4, %r10
	ja	.LBB3_81
	movq	%rdx, %r10
	subq	%r11, %r10
	leaq	3(%r11), %rbx
	imulq	%rcx, %rbx
	movq	%rcx, %r14
	shlq	$4, %r14
	leaq	2(%r11), %r15
	imulq	%rcx, %r15
	leaq	1(%r11), %r12
	imulq	%rcx, %r12
	imulq	%rcx, %r11
	.p2align	4
.LBB3_80:
	movups	(%rdi,%r11,4), %xmm1
	addps	%xmm0, %xmm1
	movups	(%rdi,%r12,4), %xmm0
	addps	%xmm1, %xmm0
	movups	(%rdi,%r15,4), %xmm1
	addps	%xmm0, %xmm1
	movups	(%rdi,%rbx,4), %xmm0
	addps	%xmm1, %xmm0
	addq	%r14, %rdi
	addq	$-4, %r10
	jne	.LBB3_80
.LBB3_81:
	movups	%xmm0, (%r8,%rsi,4)
	addq	$4, %rsi
	cmpq	%rcx, %rsi
	jge	.LBB3_97
	jmp	.LBB3_82
.LBB3_65:
	movq	%rdi, %r10
.LBB3_66:
	subq	%rdx, %rdi
	cmpq	$-4, %rdi
	ja	.LBB3_69
	movq	%rdx, %rdi
	subq	%r10, %rdi
	imulq	%rcx, %r10
	leaq	(,%rsi,4), %rax
	leaq	(%rax,%r10,4), %r10
	addq	-48(%rbp), %r10
	movq	%rcx, %r11
	shlq	$4, %r11
	leaq	(,%rcx,4), %rbx
	.p2align	4
.LBB3_68:
	movups	(%r10), %xmm2
	addps	%xmm1, %xmm2
	movups	16(%r10), %xmm1
	addps	%xmm0, %xmm1
	leaq	(%r10,%rbx), %rax
	movups	(%r10,%rcx,4), %xmm0
	addps	%xmm2, %xmm0
	movups	16(%r10,%rcx,4), %xmm2
	addps	%xmm1, %xmm2
	addq	%rbx, %rax
	movups	(%r10,%rcx,8), %xmm3
	addps	%xmm0, %xmm3
	movups	16(%r10,%rcx,8), %xmm4
	addps	%xmm2, %xmm4
	movups	(%rax,%rcx,4), %xmm1
	addps	%xmm3, %xmm1
	movups	16(%rax,%rcx,4), %xmm0
	addps	%xmm4, %xmm0
	addq	%r11, %r10
	addq	$-4, %rdi
	jne	.LBB3_68
.LBB3_69:
	movups	%xmm1, (%r8,%rsi,4)
	movups	%xmm0, 16(%r8,%rsi,4)
	addq	$8, %rsi
	movq	%rcx, %rax
	subq	%rsi, %rax
	cmpq	$4, %rax
	jge	.LBB3_70
.LBB3_49:
	cmpq	%rcx, %rsi
	jge	.LBB3_97
.LBB3_82:
	movq	-48(%rbp), %rax
	leaq	(%rax,%rsi,4), %rax
	leaq	(,%rcx,4), %r10
	movq	%rcx, %r11
	shlq	$4, %r11
	movq	%rdx, %r9
	movl	%r13d, -52(%rbp)
	jmp	.LBB3_84
	.p2align	4
.LBB3_83:
	movss	%xmm0, (%r8,%rsi,4)
	incq	%rsi
	addq	$4, %rax
	cmpq	%rcx, %rsi
	movl	-52(%rbp), %r13d
	movq	%r9, %rdx
	je	.LBB3_97
.LBB3_84:
	testl	%r13d, %r13d
	je	.LBB3_86
	movss	(%r8,%rsi,4), %xmm0
	xorl	%ebx, %ebx
	jmp	.LBB3_87
	.p2align	4
.LBB3_86:
	movq	-48(%rbp), %rdi
	movss	(%rdi,%rsi,4), %xmm0
	movl	$1, %ebx
	cmpq	$1, %rdx
	je	.LBB3_83
.LBB3_87:
	movq	%r9, %rdx
	movl	%edx, %r14d
	subl	%ebx, %r14d
	andl	$3, %r14d
	je	.LBB3_91
	movq	%r10, %r15
	imulq	%rbx, %r15
	addq	%rax, %r15
	negq	%r14
	xorl	%edi, %edi
	.p2align	4
.LBB3_89:
	addss	(%r15), %xmm0
	decq	%rdi
	addq	%r10, %r15
	cmpq	%rdi, %r14
	jne	.LBB3_89
	movq	%rbx, %r14
	subq	%rdi, %r14
	jmp	.LBB3_92
	.p2align	4
.LBB3_91:
	movq	%rbx, %r14
.LBB3_92:
	subq	%rdx, %rbx
	cmpq	$-4, %rbx
	ja	.LBB3_83
	movq	%r9, %rbx
	subq	%r14, %rbx
	leaq	3(%r14), %r15
	imulq	%r10, %r15
	leaq	2(%r14), %r12
	imulq	%r10, %r12
	leaq	1(%r14), %r13
	imulq	%r10, %r13
	imulq	%r10, %r14
	movq	%rax, %rdi
	.p2align	4
.LBB3_94:
	addss	(%rdi,%r14), %xmm0
	addss	(%rdi,%r13), %xmm0
	addss	(%rdi,%r12), %xmm0
	addss	(%rdi,%r15), %xmm0
	addq	%r11, %rdi
	addq	$-4, %rbx
	jne	.LBB3_94
	jmp	.LBB3_83
.LBB3_96:
	movss	%xmm0, (%r8,%rax,4)
	incq	%rax
.LBB3_95:
	cmpq	%rax, %rcx
	jne	.LBB3_96
.LBB3_97:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end3:
	.size	axon_reduce_rows_f32, .Lfunc_end3-axon_reduce_rows_f32
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI4_0:
	.quad	0x7ff8000000000000
	.text
	.globl	axon_reduce_rows_f64
	.p2align	4
	.type	axon_reduce_rows_f64,@function
axon_reduce_rows_f64:
	.cfi_startproc
	testq	%rcx, %rcx
	jle	.LBB4_93
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
	movq	%rdx, %r13
	testq	%rdx, %rdx
	jle	.LBB4_19
	testl	%edi, %edi
	je	.LBB4_24
	testl	%r9d, %r9d
	je	.LBB4_29
	xorl	%eax, %eax
.LBB4_5:
	cmpq	%r13, %rax
	jae	.LBB4_92
	movq	%rax, %rdx
	imulq	%rcx, %rdx
	leaq	(%rsi,%rdx,8), %rsi
	leaq	(,%rcx,8), %r9
	jmp	.LBB4_8
	.p2align	4
.LBB4_7:
	incq	%rax
	addq	%r9, %rsi
	cmpq	%r13, %rax
	je	.LBB4_92
.LBB4_8:
	xorl	%edx, %edx
	jmp	.LBB4_12
	.p2align	4
.LBB4_9:
	maxsd	%xmm0, %xmm1
.LBB4_10:
	movapd	%xmm1, %xmm0
.LBB4_11:
	movsd	%xmm0, (%r8,%rdx,8)
	incq	%rdx
	cmpq	%rdx, %rcx
	je	.LBB4_7
.LBB4_12:
	movsd	(%r8,%rdx,8), %xmm0
	movsd	(%rsi,%rdx,8), %xmm1
	cmpl	$2, %edi
	je	.LBB4_16
	cmpl	$1, %edi
	jne	.LBB4_11
	ucomisd	%xmm1, %xmm0
	jnp	.LBB4_9
	jmp	.LBB4_15
	.p2align	4
.LBB4_16:
	ucomisd	%xmm1, %xmm0
	jp	.LBB4_15
	minsd	%xmm0, %xmm1
	jmp	.LBB4_10
.LBB4_15:
	addsd	%xmm1, %xmm0
	jmp	.LBB4_11
.LBB4_19:
	testl	%r9d, %r9d
	jne	.LBB4_92
	xorpd	%xmm0, %xmm0
	testl	%edi, %edi
	je	.LBB4_22
	movsd	.LCPI4_0(%rip), %xmm0
.LBB4_22:
	cmpq	$4, %rcx
	jae	.LBB4_53
	xorl	%eax, %eax
	jmp	.LBB4_91
.LBB4_24:
	cmpq	$16, %rcx
	movl	%r9d, -44(%rbp)
	jb	.LBB4_31
	leaq	-16(%rcx), %rax
	shrq	$4, %rax
	movq	%rax, -64(%rbp)
	xorl	%r10d, %r10d
	testl	%r9d, %r9d
	sete	%r10b
	movq	%r8, %r11
	cmoveq	%rsi, %r11
	movq	%r13, -56(%rbp)
	movq	%r13, %rdx
	subq	%r10, %rdx
	movq	%rcx, %rax
	imulq	%r10, %rax
	leaq	(%rsi,%rax,8), %rdi
	addq	$112, %rdi
	leaq	(,%rcx,8), %r15
	xorl	%r12d, %r12d
	xorl	%eax, %eax
	jmp	.LBB4_27
	.p2align	4
.LBB4_26:
	movupd	%xmm7, (%r13)
	movupd	%xmm2, 16(%r13)
	movupd	%xmm3, 32(%r13)
	movupd	%xmm4, 48(%r13)
	movupd	%xmm5, 64(%r13)
	movupd	%xmm6, 80(%r13)
	movupd	%xmm0, 96(%r13)
	movupd	%xmm1, 112(%r13)
	addq	$16, %rax
	subq	$-128, %rdi
	cmpq	-64(%rbp), %r12
	leaq	1(%r12), %r12
	je	.LBB4_32
.LBB4_27:
	movq	%r12, %rbx
	shlq	$7, %rbx
	leaq	(%r8,%rbx), %r13
	cmpl	$0, -44(%rbp)
	movq	%r8, %r14
	cmoveq	%rsi, %r14
	leaq	(%rsi,%rbx), %r9
	cmovneq	%r13, %r9
	movupd	96(%r9), %xmm0
	movupd	112(%r9), %xmm1
	movupd	16(%r11,%rbx), %xmm2
	movupd	32(%r11,%rbx), %xmm3
	movupd	48(%r11,%rbx), %xmm4
	movupd	64(%r11,%rbx), %xmm5
	movsd	(%r14,%rbx), %xmm7
	movhpd	8(%r11,%rbx), %xmm7
	movupd	80(%r11,%rbx), %xmm6
	movq	%rdi, %r14
	movq	%rdx, %rbx
	cmpq	%r10, -56(%rbp)
	jbe	.LBB4_26
	.p2align	4
.LBB4_28:
	movupd	-112(%r14), %xmm8
	addpd	%xmm8, %xmm7
	movupd	-96(%r14), %xmm8
	addpd	%xmm8, %xmm2
	movupd	-80(%r14), %xmm8
	addpd	%xmm8, %xmm3
	movupd	-64(%r14), %xmm8
	addpd	%xmm8, %xmm4
	movupd	-48(%r14), %xmm8
	addpd	%xmm8, %xmm5
	movupd	-32(%r14), %xmm8
	addpd	%xmm8, %xmm6
	movupd	-16(%r14), %xmm8
	addpd	%xmm8, %xmm0
	movupd	(%r14), %xmm8
	addpd	%xmm8, %xmm1
	addq	%r15, %r14
	decq	%rbx
	jne	.LBB4_28
	jmp	.LBB4_26
.LBB4_29:
	cmpq	$6, %rcx
	setb	%al
	movq	%r8, %rdx
	subq	%rsi, %rdx
	cmpq	$32, %rdx
	setb	%dl
	orb	%al, %dl
	je	.LBB4_45
	xorl	%r9d, %r9d
	jmp	.LBB4_48
.LBB4_31:
	xorl	%eax, %eax
	movq	%rcx, %rdx
	cmpq	$8, %rdx
	jge	.LBB4_33
	jmp	.LBB4_40
.LBB4_32:
	movq	%rcx, %rdx
	subq	%rax, %rdx
	movq	-56(%rbp), %r13
	movl	-44(%rbp), %r9d
	cmpq	$8, %rdx
	jl	.LBB4_40
.LBB4_33:
	xorl	%edi, %edi
	testl	%r9d, %r9d
	sete	%dil
	movq	%r8, %rdx
	cmoveq	%rsi, %rdx
	movupd	(%rdx,%rax,8), %xmm0
	movupd	16(%rdx,%rax,8), %xmm1
	movupd	32(%rdx,%rax,8), %xmm2
	movupd	48(%rdx,%rax,8), %xmm3
	cmpq	%rdi, %r13
	jbe	.LBB4_39
	movl	%r13d, %edx
	subl	%edi, %edx
	xorl	%r10d, %r10d
	cmpl	$1, %r9d
	adcq	$1, %r10
	testb	$1, %dl
	je	.LBB4_36
	leaq	(%rsi,%rax,8), %rdx
	xorl	%r11d, %r11d
	xorl	%edi, %edi
	testl	%r9d, %r9d
	sete	%dil
	cmoveq	%rcx, %r11
	movupd	(%rdx,%r11,8), %xmm4
	movupd	16(%rdx,%r11,8), %xmm5
	movupd	32(%rdx,%r11,8), %xmm6
	movupd	48(%rdx,%r11,8), %xmm7
	addpd	%xmm4, %xmm0
	addpd	%xmm5, %xmm1
	addpd	%xmm6, %xmm2
	addpd	%xmm7, %xmm3
	incq	%rdi
.LBB4_36:
	cmpq	%r10, %r13
	je	.LBB4_39
	movq	%r13, %r10
	subq	%rdi, %r10
	leaq	1(%rdi), %r11
	imulq	%rcx, %r11
	leaq	(%rsi,%rax,8), %rbx
	addq	$48, %rbx
	movq	%rcx, %r14
	shlq	$4, %r14
	imulq	%rcx, %rdi
	.p2align	4
.LBB4_38:
	movupd	-48(%rbx,%rdi,8), %xmm4
	addpd	%xmm0, %xmm4
	movupd	-32(%rbx,%rdi,8), %xmm5
	addpd	%xmm1, %xmm5
	movupd	-16(%rbx,%rdi,8), %xmm6
	addpd	%xmm2, %xmm6
	movupd	(%rbx,%rdi,8), %xmm7
	addpd	%xmm3, %xmm7
	movupd	-48(%rbx,%r11,8), %xmm0
	addpd	%xmm4, %xmm0
	movupd	-32(%rbx,%r11,8), %xmm1
	addpd	%xmm5, %xmm1
	movupd	-16(%rbx,%r11,8), %xmm2
	addpd	%xmm6, %xmm2
	movupd	(%rbx,%r11,8), %xmm3
	addpd	%xmm7, %xmm3
	addq	%r14, %rbx
	addq	$-2, %r10
	jne	.LBB4_38
.LBB4_39:
	movupd	%xmm0, (%r8,%rax,8)
	movupd	%xmm1, 16(%r8,%rax,8)
	movupd	%xmm2, 32(%r8,%rax,8)
	movupd	%xmm3, 48(%r8,%rax,8)
	orq	$8, %rax
.LBB4_40:
	movq	%rcx, %rdx
	subq	%rax, %rdx
	cmpq	$4, %rdx
	jl	.LBB4_41
	testl	%r9d, %r9d
	je	.LBB4_55
	movupd	(%r8,%rax,8), %xmm0
	movupd	16(%r8,%rax,8), %xmm1
	xorl	%edi, %edi
	jmp	.LBB4_56
.LBB4_41:
	cmpq	$2, %rdx
	jl	.LBB4_42
.LBB4_65:
	leaq	(%rsi,%rax,8), %rdi
	testl	%r9d, %r9d
	je	.LBB4_67
	movupd	(%r8,%rax,8), %xmm0
	xorl	%r10d, %r10d
	jmp	.LBB4_68
.LBB4_45:
	movabsq	$9223372036854775804, %r9
	andq	%rcx, %r9
	xorl	%eax, %eax
	.p2align	4
.LBB4_46:
	movupd	(%rsi,%rax,8), %xmm0
	movupd	16(%rsi,%rax,8), %xmm1
	movupd	%xmm0, (%r8,%rax,8)
	movupd	%xmm1, 16(%r8,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r9
	jne	.LBB4_46
	movl	$1, %eax
	cmpq	%r9, %rcx
	je	.LBB4_5
.LBB4_48:
	movq	%rcx, %rax
	movq	%r9, %rdx
	andq	$3, %rax
	je	.LBB4_51
	movq	%r9, %rdx
	.p2align	4
.LBB4_50:
	movsd	(%rsi,%rdx,8), %xmm0
	movsd	%xmm0, (%r8,%rdx,8)
	incq	%rdx
	decq	%rax
	jne	.LBB4_50
.LBB4_51:
	subq	%rcx, %r9
	movl	$1, %eax
	cmpq	$-4, %r9
	ja	.LBB4_5
	.p2align	4
.LBB4_52:
	movsd	(%rsi,%rdx,8), %xmm0
	movsd	%xmm0, (%r8,%rdx,8)
	movsd	8(%rsi,%rdx,8), %xmm0
	movsd	%xmm0, 8(%r8,%rdx,8)
	movsd	16(%rsi,%rdx,8), %xmm0
	movsd	%xmm0, 16(%r8,%rdx,8)
	movsd	24(%rsi,%rdx,8), %xmm0
	movsd	%xmm0, 24(%r8,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %rcx
	jne	.LBB4_52
	jmp	.LBB4_5
.LBB4_53:
	movabsq	$9223372036854775804, %rax
	andq	%rcx, %rax
	movapd	%xmm0, %xmm1
	unpcklpd	%xmm0, %xmm1
	xorl	%edx, %edx
	.p2align	4
.LBB4_54:
	movupd	%xmm1, (%r8,%rdx,8)
	movupd	%xmm1, 16(%r8,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %rax
	jne	.LBB4_54
	jmp	.LBB4_90
.LBB4_55:
	movupd	(%rsi,%rax,8), %xmm0
	movupd	16(%rsi,%rax,8), %xmm1
	movl	$1, %edi
	cmpq	$1, %r13
	je	.LBB4_64
.LBB4_56:
	movl	%r13d, %edx
	subl	%edi, %edx
	andl	$3, %edx
	je	.LBB4_60
	movq	%rdi, %r11
	imulq	%rcx, %r11
	leaq	(,%rax,8), %r10
	leaq	(%r10,%r11,8), %r10
	leaq	(%rsi,%r10), %rbx
	addq	$16, %rbx
	leaq	(,%rcx,8), %r10
	negq	%rdx
	xorl	%r11d, %r11d
	.p2align	4
.LBB4_58:
	movupd	-16(%rbx), %xmm2
	addpd	%xmm2, %xmm0
	movupd	(%rbx), %xmm2
	addpd	%xmm2, %xmm1
	decq	%r11
	addq	%r10, %rbx
	cmpq	%r11, %rdx
	jne	.LBB4_58
	movq	%rdi, %rdx
	subq	%r11, %rdx
	jmp	.LBB4_61
.LBB4_67:
	movupd	(%rdi), %xmm0
	movl	$1, %r10d
	cmpq	$1, %r13
	je	.LBB4_76
.LBB4_68:
	movl	%r13d, %edx
	subl	%r10d, %edx
	andl	$3, %edx
	je	.LBB4_72
	movq	%r10, %rbx
	imulq	%rcx, %rbx
	leaq	(,%rax,8), %r11
	leaq	(%r11,%rbx,8), %r14
	addq	%rsi, %r14
	leaq	(,%rcx,8), %r11
	negq	%rdx
	xorl	%ebx, %ebx
	.p2align	4
.LBB4_70:
	movupd	(%r14), %xmm1
	addpd	%xmm1, %xmm0
	decq	%rbx
	addq	%r11, %r14
	cmpq	%rbx, %rdx
	jne	.LBB4_70
	movq	%r10, %r11
	subq	%rbx, %r11
	jmp	.LBB4_73
.LBB4_60:
	movq	%rdi, %rdx
.LBB4_61:
	subq	%r13, %rdi
	cmpq	$-4, %rdi
	ja	.LBB4_64
	movq	%r13, %rdi
	subq	%rdx, %rdi
	imulq	%rcx, %rdx
	leaq	(,%rax,8), %r10
	leaq	(%r10,%rdx,8), %rdx
	addq	%rsi, %rdx
	movq	%rcx, %r14
	shlq	$5, %r14
	leaq	(,%rcx,8), %r10
	.p2align	4
.LBB4_63:
	movupd	(%rdx), %xmm2
	addpd	%xmm0, %xmm2
	movupd	16(%rdx), %xmm0
	addpd	%xmm1, %xmm0
	leaq	(%rdx,%rcx,8), %r11
	movupd	(%rdx,%rcx,8), %xmm1
	addpd	%xmm2, %xmm1
	movupd	16(%rdx,%rcx,8), %xmm2
	addpd	%xmm0, %xmm2
	leaq	(%r11,%r10), %rbx
	movupd	(%r10,%r11), %xmm3
	addpd	%xmm1, %xmm3
	movupd	16(%r10,%r11), %xmm4
	addpd	%xmm2, %xmm4
	movupd	(%r10,%rbx), %xmm0
	addpd	%xmm3, %xmm0
	movupd	16(%r10,%rbx), %xmm1
	addpd	%xmm4, %xmm1
	addq	%r14, %rdx
	addq	$-4, %rdi
	jne	.LBB4_63
.LBB4_64:
	movupd	%xmm0, (%r8,%rax,8)
	movupd	%xmm1, 16(%r8,%rax,8)
	addq	$4, %rax
	movq	%rcx, %rdx
	subq	%rax, %rdx
	cmpq	$2, %rdx
	jge	.LBB4_65
.LBB4_42:
	cmpq	%rcx, %rax
	jl	.LBB4_77
	jmp	.LBB4_92
.LBB4_72:
	movq	%r10, %r11
.LBB4_73:
	subq	%r13, %r10
	cmpq	$-4, %r10
	ja	.LBB4_76
	movq	%r13, %rdx
	subq	%r11, %rdx
	leaq	3(%r11), %r15
	imulq	%rcx, %r15
	movq	%rcx, %r10
	shlq	$5, %r10
	leaq	2(%r11), %rbx
	imulq	%rcx, %rbx
	leaq	1(%r11), %r14
	imulq	%rcx, %r14
	imulq	%rcx, %r11
	.p2align	4
.LBB4_75:
	movupd	(%rdi,%r11,8), %xmm1
	addpd	%xmm0, %xmm1
	movupd	(%rdi,%r14,8), %xmm0
	addpd	%xmm1, %xmm0
	movupd	(%rdi,%rbx,8), %xmm1
	addpd	%xmm0, %xmm1
	movupd	(%rdi,%r15,8), %xmm0
	addpd	%xmm1, %xmm0
	addq	%r10, %rdi
	addq	$-4, %rdx
	jne	.LBB4_75
.LBB4_76:
	movupd	%xmm0, (%r8,%rax,8)
	addq	$2, %rax
	cmpq	%rcx, %rax
	jge	.LBB4_92
.LBB4_77:
	leaq	(%rsi,%rax,8), %rdi
	leaq	(,%rcx,8), %r10
	movq	%rcx, %r11
	shlq	$5, %r11
	jmp	.LBB4_79
	.p2align	4
.LBB4_78:
	movsd	%xmm0, (%r8,%rax,8)
	incq	%rax
	addq	$8, %rdi
	cmpq	%rcx, %rax
	movl	-44(%rbp), %r9d
	je	.LBB4_92
.LBB4_79:
	testl	%r9d, %r9d
	je	.LBB4_81
	movsd	(%r8,%rax,8), %xmm0
	xorl	%ebx, %ebx
	jmp	.LBB4_82
	.p2align	4
.LBB4_81:
	movsd	(%rsi,%rax,8), %xmm0
	movl	$1, %ebx
	cmpq	$1, %r13
	je	.LBB4_78
.LBB4_82:
	movl	%r13d, %edx
	subl	%ebx, %edx
	andl	$3, %edx
	je	.LBB4_86
	movq	%r10, %r9
	imulq	%rbx, %r9
	addq	%rdi, %r9
	negq	%rdx
	xorl	%r14d, %r14d
	.p2align	4
.LBB4_84:
	addsd	(%r9), %xmm0
	decq	%r14
	addq	%r10, %r9
	cmpq	%r14, %rdx
	jne	.LBB4_84
	movq	%rbx, %r9
	subq	%r14, %r9
	jmp	.LBB4_87
	.p2align	4
.LBB4_86:
	movq	%rbx, %r9
.LBB4_87:
	subq	%r13, %rbx
	cmpq	$-4, %rbx
	ja	.LBB4_78
	movq	%r13, %rdx
	subq	%r9, %rdx
	leaq	3(%r9), %rbx
	imulq	%r10, %rbx
	leaq	2(%r9), %r14
	imulq	%r10, %r14
	leaq	1(%r9), %r15
	imulq	%r10, %r15
	imulq	%r10, %r9
	movq	%rdi, %r12
	.p2align	4
.LBB4_89:
	addsd	(%r12,%r9), %xmm0
	addsd	(%r12,%r15), %xmm0
	addsd	(%r12,%r14), %xmm0
	addsd	(%r12,%rbx), %xmm0
	addq	%r11, %r12
	addq	$-4, %rdx
	jne	.LBB4_89
	jmp	.LBB4_78
.LBB4_91:
	movsd	%xmm0, (%r8,%rax,8)
	incq	%rax
.LBB4_90:
	cmpq	%rax, %rcx
	jne	.LBB4_91
.LBB4_92:
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
.LBB4_93:
	retq
.Lfunc_end4:
	.size	axon_reduce_rows_f64, .Lfunc_end4-axon_reduce_rows_f64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
