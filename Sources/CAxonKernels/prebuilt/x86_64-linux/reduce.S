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
	testq	%rcx, %rcx
	jle	.LBB3_52
	testq	%rdx, %rdx
	jle	.LBB3_33
	testl	%r9d, %r9d
	je	.LBB3_38
	xorl	%eax, %eax
.LBB3_4:
	cmpq	%rdx, %rax
	jae	.LBB3_52
	leaq	(,%rcx,4), %r9
	leaq	(%r8,%rcx,4), %r11
	movq	%rax, %r10
	imulq	%rcx, %r10
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
	leaq	4(%r11), %rbx
	andq	%rcx, %rbx
	movd	%edi, %xmm0
	pshufd	$0, %xmm0, %xmm0
	andq	%rcx, %r11
	movl	%ecx, %r14d
	andl	$3, %r14d
	movdqa	.LCPI3_0(%rip), %xmm1
	pcmpeqd	%xmm0, %xmm1
	pcmpeqd	.LCPI3_1(%rip), %xmm0
	jmp	.LBB3_7
	.p2align	4
.LBB3_6:
	incq	%rax
	addq	%r9, %r10
	cmpq	%rdx, %rax
	je	.LBB3_52
.LBB3_7:
	testl	%edi, %edi
	je	.LBB3_10
	cmpq	$4, %rcx
	setb	%r15b
	orb	%sil, %r15b
	testb	$1, %r15b
	je	.LBB3_12
	xorl	%r15d, %r15d
	jmp	.LBB3_18
	.p2align	4
.LBB3_10:
	cmpq	$8, %rcx
	setb	%r15b
	orb	%sil, %r15b
	testb	$1, %r15b
	je	.LBB3_25
	xorl	%r12d, %r12d
	jmp	.LBB3_28
	.p2align	4
.LBB3_12:
	xorl	%r15d, %r15d
	.p2align	4
.LBB3_13:
	movups	(%r8,%r15,4), %xmm5
	movups	(%r10,%r15,4), %xmm2
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
	movups	%xmm3, (%r8,%r15,4)
	addq	$4, %r15
	cmpq	%r15, %rbx
	jne	.LBB3_13
	movq	%rbx, %r15
	cmpq	%rbx, %rcx
	jne	.LBB3_18
	jmp	.LBB3_6
	.p2align	4
.LBB3_15:
	maxss	%xmm2, %xmm3
.LBB3_16:
	movaps	%xmm3, %xmm2
.LBB3_17:
	movss	%xmm2, (%r8,%r15,4)
	incq	%r15
	cmpq	%r15, %rcx
	je	.LBB3_6
.LBB3_18:
	movss	(%r8,%r15,4), %xmm2
	movss	(%r10,%r15,4), %xmm3
	cmpl	$2, %edi
	je	.LBB3_22
	cmpl	$1, %edi
	jne	.LBB3_17
	ucomiss	%xmm3, %xmm2
	jnp	.LBB3_15
	jmp	.LBB3_21
	.p2align	4
.LBB3_22:
	ucomiss	%xmm3, %xmm2
	jp	.LBB3_21
	minss	%xmm2, %xmm3
	jmp	.LBB3_16
.LBB3_21:
	addss	%xmm3, %xmm2
	jmp	.LBB3_17
.LBB3_25:
	xorl	%r15d, %r15d
	.p2align	4
.LBB3_26:
	movups	(%r10,%r15,4), %xmm2
	movups	16(%r10,%r15,4), %xmm3
	movups	(%r8,%r15,4), %xmm4
	addps	%xmm2, %xmm4
	movups	16(%r8,%r15,4), %xmm2
	addps	%xmm3, %xmm2
	movups	%xmm4, (%r8,%r15,4)
	movups	%xmm2, 16(%r8,%r15,4)
	addq	$8, %r15
	cmpq	%r15, %r11
	jne	.LBB3_26
	movq	%r11, %r12
	cmpq	%r11, %rcx
	je	.LBB3_6
.LBB3_28:
	movq	%r12, %r15
	testq	%r14, %r14
	je	.LBB3_31
	movq	%r14, %r13
	movq	%r12, %r15
	.p2align	4
.LBB3_30:
	movss	(%r10,%r15,4), %xmm2
	addss	(%r8,%r15,4), %xmm2
	movss	%xmm2, (%r8,%r15,4)
	incq	%r15
	decq	%r13
	jne	.LBB3_30
.LBB3_31:
	subq	%rcx, %r12
	cmpq	$-4, %r12
	ja	.LBB3_6
	.p2align	4
.LBB3_32:
	movss	(%r10,%r15,4), %xmm2
	addss	(%r8,%r15,4), %xmm2
	movss	%xmm2, (%r8,%r15,4)
	movss	4(%r10,%r15,4), %xmm2
	addss	4(%r8,%r15,4), %xmm2
	movss	%xmm2, 4(%r8,%r15,4)
	movss	8(%r10,%r15,4), %xmm2
	addss	8(%r8,%r15,4), %xmm2
	movss	%xmm2, 8(%r8,%r15,4)
	movss	12(%r10,%r15,4), %xmm2
	addss	12(%r8,%r15,4), %xmm2
	movss	%xmm2, 12(%r8,%r15,4)
	addq	$4, %r15
	cmpq	%r15, %rcx
	jne	.LBB3_32
	jmp	.LBB3_6
.LBB3_33:
	testl	%r9d, %r9d
	jne	.LBB3_52
	xorps	%xmm0, %xmm0
	testl	%edi, %edi
	je	.LBB3_36
	movss	.LCPI3_2(%rip), %xmm0
.LBB3_36:
	cmpq	$8, %rcx
	jae	.LBB3_48
	xorl	%eax, %eax
	jmp	.LBB3_51
.LBB3_38:
	cmpq	$8, %rcx
	setb	%al
	movq	%r8, %r9
	subq	%rsi, %r9
	cmpq	$32, %r9
	setb	%r9b
	orb	%al, %r9b
	je	.LBB3_40
	xorl	%r9d, %r9d
	jmp	.LBB3_43
.LBB3_40:
	movabsq	$9223372036854775800, %r9
	andq	%rcx, %r9
	xorl	%eax, %eax
	.p2align	4
.LBB3_41:
	movdqu	(%rsi,%rax,4), %xmm0
	movdqu	16(%rsi,%rax,4), %xmm1
	movdqu	%xmm0, (%r8,%rax,4)
	movdqu	%xmm1, 16(%r8,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %r9
	jne	.LBB3_41
	movl	$1, %eax
	cmpq	%r9, %rcx
	je	.LBB3_4
.LBB3_43:
	movq	%rcx, %rax
	movq	%r9, %r10
	andq	$3, %rax
	je	.LBB3_46
	movq	%r9, %r10
	.p2align	4
.LBB3_45:
	movd	(%rsi,%r10,4), %xmm0
	movd	%xmm0, (%r8,%r10,4)
	incq	%r10
	decq	%rax
	jne	.LBB3_45
.LBB3_46:
	subq	%rcx, %r9
	movl	$1, %eax
	cmpq	$-4, %r9
	ja	.LBB3_4
	.p2align	4
.LBB3_47:
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
	jne	.LBB3_47
	jmp	.LBB3_4
.LBB3_48:
	movabsq	$9223372036854775800, %rax
	andq	%rcx, %rax
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	xorl	%edx, %edx
	.p2align	4
.LBB3_49:
	movups	%xmm1, (%r8,%rdx,4)
	movups	%xmm1, 16(%r8,%rdx,4)
	addq	$8, %rdx
	cmpq	%rdx, %rax
	jne	.LBB3_49
.LBB3_50:
	cmpq	%rax, %rcx
	je	.LBB3_52
.LBB3_51:
	movss	%xmm0, (%r8,%rax,4)
	incq	%rax
	jmp	.LBB3_50
.LBB3_52:
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
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r12
	pushq	%rbx
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	testq	%rcx, %rcx
	jle	.LBB4_48
	testq	%rdx, %rdx
	jle	.LBB4_29
	testl	%r9d, %r9d
	je	.LBB4_34
	xorl	%eax, %eax
.LBB4_4:
	cmpq	%rdx, %rax
	jae	.LBB4_48
	leaq	(,%rcx,8), %r9
	leaq	(%r8,%rcx,8), %r11
	movq	%rax, %r10
	imulq	%rcx, %r10
	leaq	(%rsi,%r10,8), %r10
	movq	%rcx, %rbx
	imulq	%rdx, %rbx
	leaq	(%rsi,%rbx,8), %rsi
	cmpq	%rsi, %r8
	setb	%sil
	cmpq	%r11, %r10
	setb	%r11b
	andb	%sil, %r11b
	testq	%r9, %r9
	sets	%sil
	orb	%r11b, %sil
	movabsq	$9223372036854775804, %r11
	andq	%rcx, %r11
	movl	%ecx, %ebx
	andl	$3, %ebx
	jmp	.LBB4_7
	.p2align	4
.LBB4_6:
	incq	%rax
	addq	%r9, %r10
	cmpq	%rdx, %rax
	je	.LBB4_48
.LBB4_7:
	testl	%edi, %edi
	je	.LBB4_19
	xorl	%r14d, %r14d
	jmp	.LBB4_12
	.p2align	4
.LBB4_9:
	maxsd	%xmm0, %xmm1
.LBB4_10:
	movapd	%xmm1, %xmm0
.LBB4_11:
	movsd	%xmm0, (%r8,%r14,8)
	incq	%r14
	cmpq	%r14, %rcx
	je	.LBB4_6
.LBB4_12:
	movsd	(%r8,%r14,8), %xmm0
	movsd	(%r10,%r14,8), %xmm1
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
	.p2align	4
.LBB4_19:
	cmpq	$4, %rcx
	setb	%r14b
	orb	%sil, %r14b
	testb	$1, %r14b
	je	.LBB4_21
	xorl	%r15d, %r15d
	jmp	.LBB4_24
.LBB4_21:
	xorl	%r14d, %r14d
	.p2align	4
.LBB4_22:
	movupd	(%r10,%r14,8), %xmm0
	movupd	16(%r10,%r14,8), %xmm1
	movupd	(%r8,%r14,8), %xmm2
	addpd	%xmm0, %xmm2
	movupd	16(%r8,%r14,8), %xmm0
	addpd	%xmm1, %xmm0
	movupd	%xmm2, (%r8,%r14,8)
	movupd	%xmm0, 16(%r8,%r14,8)
	addq	$4, %r14
	cmpq	%r14, %r11
	jne	.LBB4_22
	movq	%r11, %r15
	cmpq	%r11, %rcx
	je	.LBB4_6
.LBB4_24:
	movq	%r15, %r14
	testq	%rbx, %rbx
	je	.LBB4_27
	movq	%rbx, %r12
	movq	%r15, %r14
	.p2align	4
.LBB4_26:
	movsd	(%r10,%r14,8), %xmm0
	addsd	(%r8,%r14,8), %xmm0
	movsd	%xmm0, (%r8,%r14,8)
	incq	%r14
	decq	%r12
	jne	.LBB4_26
.LBB4_27:
	subq	%rcx, %r15
	cmpq	$-4, %r15
	ja	.LBB4_6
	.p2align	4
.LBB4_28:
	movsd	(%r10,%r14,8), %xmm0
	addsd	(%r8,%r14,8), %xmm0
	movsd	%xmm0, (%r8,%r14,8)
	movsd	8(%r10,%r14,8), %xmm0
	addsd	8(%r8,%r14,8), %xmm0
	movsd	%xmm0, 8(%r8,%r14,8)
	movsd	16(%r10,%r14,8), %xmm0
	addsd	16(%r8,%r14,8), %xmm0
	movsd	%xmm0, 16(%r8,%r14,8)
	movsd	24(%r10,%r14,8), %xmm0
	addsd	24(%r8,%r14,8), %xmm0
	movsd	%xmm0, 24(%r8,%r14,8)
	addq	$4, %r14
	cmpq	%r14, %rcx
	jne	.LBB4_28
	jmp	.LBB4_6
.LBB4_29:
	testl	%r9d, %r9d
	jne	.LBB4_48
	xorpd	%xmm0, %xmm0
	testl	%edi, %edi
	je	.LBB4_32
	movsd	.LCPI4_0(%rip), %xmm0
.LBB4_32:
	cmpq	$4, %rcx
	jae	.LBB4_44
	xorl	%eax, %eax
	jmp	.LBB4_47
.LBB4_34:
	cmpq	$6, %rcx
	setb	%al
	movq	%r8, %r9
	subq	%rsi, %r9
	cmpq	$32, %r9
	setb	%r9b
	orb	%al, %r9b
	je	.LBB4_36
	xorl	%r9d, %r9d
	jmp	.LBB4_39
.LBB4_36:
	movabsq	$9223372036854775804, %r9
	andq	%rcx, %r9
	xorl	%eax, %eax
	.p2align	4
.LBB4_37:
	movupd	(%rsi,%rax,8), %xmm0
	movupd	16(%rsi,%rax,8), %xmm1
	movupd	%xmm0, (%r8,%rax,8)
	movupd	%xmm1, 16(%r8,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r9
	jne	.LBB4_37
	movl	$1, %eax
	cmpq	%r9, %rcx
	je	.LBB4_4
.LBB4_39:
	movq	%rcx, %rax
	movq	%r9, %r10
	andq	$3, %rax
	je	.LBB4_42
	movq	%r9, %r10
	.p2align	4
.LBB4_41:
	movsd	(%rsi,%r10,8), %xmm0
	movsd	%xmm0, (%r8,%r10,8)
	incq	%r10
	decq	%rax
	jne	.LBB4_41
.LBB4_42:
	subq	%rcx, %r9
	movl	$1, %eax
	cmpq	$-4, %r9
	ja	.LBB4_4
	.p2align	4
.LBB4_43:
	movsd	(%rsi,%r10,8), %xmm0
	movsd	%xmm0, (%r8,%r10,8)
	movsd	8(%rsi,%r10,8), %xmm0
	movsd	%xmm0, 8(%r8,%r10,8)
	movsd	16(%rsi,%r10,8), %xmm0
	movsd	%xmm0, 16(%r8,%r10,8)
	movsd	24(%rsi,%r10,8), %xmm0
	movsd	%xmm0, 24(%r8,%r10,8)
	addq	$4, %r10
	cmpq	%r10, %rcx
	jne	.LBB4_43
	jmp	.LBB4_4
.LBB4_44:
	movabsq	$9223372036854775804, %rax
	andq	%rcx, %rax
	movapd	%xmm0, %xmm1
	unpcklpd	%xmm0, %xmm1
	xorl	%edx, %edx
	.p2align	4
.LBB4_45:
	movupd	%xmm1, (%r8,%rdx,8)
	movupd	%xmm1, 16(%r8,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %rax
	jne	.LBB4_45
.LBB4_46:
	cmpq	%rax, %rcx
	je	.LBB4_48
.LBB4_47:
	movsd	%xmm0, (%r8,%rax,8)
	incq	%rax
	jmp	.LBB4_46
.LBB4_48:
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end4:
	.size	axon_reduce_rows_f64, .Lfunc_end4-axon_reduce_rows_f64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
