// Generated from ../../elementwise.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"elementwise.c"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x7fc00000
.LCPI0_1:
	.long	0x3f800000
	.text
	.globl	axon_binary_portable_f32
	.p2align	4
	.type	axon_binary_portable_f32,@function
axon_binary_portable_f32:
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
	movq	16(%rbp), %r11
	testq	%r11, %r11
	jle	.LBB0_19
	movl	%r8d, %r12d
	movl	%edx, %r15d
	xorl	%r13d, %r13d
	movss	.LCPI0_0(%rip), %xmm3
	movl	%edi, %ebx
	leaq	.LJTI0_0(%rip), %r14
	movss	.LCPI0_1(%rip), %xmm4
	movq	%rsi, -64(%rbp)
	movq	%rcx, -56(%rbp)
	movq	%rbx, -48(%rbp)
	jmp	.LBB0_4
.LBB0_6:
	addss	%xmm1, %xmm0
	.p2align	4
.LBB0_3:
	movss	%xmm0, (%r9,%r13,4)
	incq	%r13
	cmpq	%r13, %r11
	je	.LBB0_19
.LBB0_4:
	testl	%r15d, %r15d
	movl	$0, %eax
	cmoveq	%r13, %rax
	testl	%r12d, %r12d
	movl	$0, %r10d
	cmoveq	%r13, %r10
	movaps	%xmm3, %xmm0
	cmpl	$9, %edi
	ja	.LBB0_3
	movss	(%rsi,%rax,4), %xmm0
	movss	(%rcx,%r10,4), %xmm1
	movslq	(%r14,%rbx,4), %rax
	addq	%r14, %rax
	jmpq	*%rax
.LBB0_12:
	subss	%xmm1, %xmm0
	jmp	.LBB0_3
.LBB0_7:
	ucomiss	%xmm1, %xmm0
	jp	.LBB0_6
	maxss	%xmm1, %xmm0
	jmp	.LBB0_3
.LBB0_2:
	movaps	%xmm4, %xmm2
	subss	%xmm1, %xmm2
	mulss	%xmm1, %xmm2
	mulss	%xmm2, %xmm0
	jmp	.LBB0_3
.LBB0_9:
	mulss	%xmm1, %xmm0
	jmp	.LBB0_3
.LBB0_10:
	divss	%xmm1, %xmm0
	jmp	.LBB0_3
.LBB0_11:
	xorps	%xmm2, %xmm2
	cmpltss	%xmm1, %xmm2
	andps	%xmm2, %xmm0
	jmp	.LBB0_3
.LBB0_13:
	ucomiss	%xmm1, %xmm0
	jp	.LBB0_6
	minss	%xmm1, %xmm0
	jmp	.LBB0_3
.LBB0_15:
	movq	%r9, %r14
	movl	%edi, %ebx
	callq	powf@PLT
	movss	.LCPI0_1(%rip), %xmm4
	movss	.LCPI0_0(%rip), %xmm3
	movq	16(%rbp), %r11
	movl	%ebx, %edi
	movq	-48(%rbp), %rbx
	movq	-64(%rbp), %rsi
	movq	%r14, %r9
	leaq	.LJTI0_0(%rip), %r14
	movq	-56(%rbp), %rcx
	jmp	.LBB0_3
.LBB0_16:
	movaps	%xmm4, %xmm2
	subss	%xmm1, %xmm2
	addss	%xmm4, %xmm1
	mulss	%xmm2, %xmm1
	mulss	%xmm1, %xmm0
	jmp	.LBB0_3
.LBB0_19:
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
	.size	axon_binary_portable_f32, .Lfunc_end0-axon_binary_portable_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI0_0:
	.long	.LBB0_6-.LJTI0_0
	.long	.LBB0_12-.LJTI0_0
	.long	.LBB0_9-.LJTI0_0
	.long	.LBB0_10-.LJTI0_0
	.long	.LBB0_7-.LJTI0_0
	.long	.LBB0_13-.LJTI0_0
	.long	.LBB0_15-.LJTI0_0
	.long	.LBB0_11-.LJTI0_0
	.long	.LBB0_16-.LJTI0_0
	.long	.LBB0_2-.LJTI0_0

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI1_0:
	.quad	0x7ff8000000000000
.LCPI1_1:
	.quad	0x3ff0000000000000
	.text
	.globl	axon_binary_portable_f64
	.p2align	4
	.type	axon_binary_portable_f64,@function
axon_binary_portable_f64:
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
	movq	16(%rbp), %r11
	testq	%r11, %r11
	jle	.LBB1_19
	movl	%r8d, %r12d
	movl	%edx, %r15d
	xorl	%r13d, %r13d
	movsd	.LCPI1_0(%rip), %xmm3
	movl	%edi, %ebx
	leaq	.LJTI1_0(%rip), %r14
	movsd	.LCPI1_1(%rip), %xmm4
	movq	%rsi, -64(%rbp)
	movq	%rcx, -56(%rbp)
	movq	%rbx, -48(%rbp)
	jmp	.LBB1_4
.LBB1_6:
	addsd	%xmm1, %xmm0
	.p2align	4
.LBB1_3:
	movsd	%xmm0, (%r9,%r13,8)
	incq	%r13
	cmpq	%r13, %r11
	je	.LBB1_19
.LBB1_4:
	testl	%r15d, %r15d
	movl	$0, %eax
	cmoveq	%r13, %rax
	testl	%r12d, %r12d
	movl	$0, %r10d
	cmoveq	%r13, %r10
	movapd	%xmm3, %xmm0
	cmpl	$9, %edi
	ja	.LBB1_3
	movsd	(%rsi,%rax,8), %xmm0
	movsd	(%rcx,%r10,8), %xmm1
	movslq	(%r14,%rbx,4), %rax
	addq	%r14, %rax
	jmpq	*%rax
.LBB1_12:
	subsd	%xmm1, %xmm0
	jmp	.LBB1_3
.LBB1_7:
	ucomisd	%xmm1, %xmm0
	jp	.LBB1_6
	maxsd	%xmm1, %xmm0
	jmp	.LBB1_3
.LBB1_2:
	movapd	%xmm4, %xmm2
	subsd	%xmm1, %xmm2
	mulsd	%xmm1, %xmm2
	mulsd	%xmm2, %xmm0
	jmp	.LBB1_3
.LBB1_9:
	mulsd	%xmm1, %xmm0
	jmp	.LBB1_3
.LBB1_10:
	divsd	%xmm1, %xmm0
	jmp	.LBB1_3
.LBB1_11:
	xorpd	%xmm2, %xmm2
	cmpltsd	%xmm1, %xmm2
	andpd	%xmm2, %xmm0
	jmp	.LBB1_3
.LBB1_13:
	ucomisd	%xmm1, %xmm0
	jp	.LBB1_6
	minsd	%xmm1, %xmm0
	jmp	.LBB1_3
.LBB1_15:
	movq	%r9, %r14
	movl	%edi, %ebx
	callq	pow@PLT
	movsd	.LCPI1_1(%rip), %xmm4
	movsd	.LCPI1_0(%rip), %xmm3
	movq	16(%rbp), %r11
	movl	%ebx, %edi
	movq	-48(%rbp), %rbx
	movq	-64(%rbp), %rsi
	movq	%r14, %r9
	leaq	.LJTI1_0(%rip), %r14
	movq	-56(%rbp), %rcx
	jmp	.LBB1_3
.LBB1_16:
	movapd	%xmm4, %xmm2
	subsd	%xmm1, %xmm2
	addsd	%xmm4, %xmm1
	mulsd	%xmm2, %xmm1
	mulsd	%xmm1, %xmm0
	jmp	.LBB1_3
.LBB1_19:
	addq	$24, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	axon_binary_portable_f64, .Lfunc_end1-axon_binary_portable_f64
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI1_0:
	.long	.LBB1_6-.LJTI1_0
	.long	.LBB1_12-.LJTI1_0
	.long	.LBB1_9-.LJTI1_0
	.long	.LBB1_10-.LJTI1_0
	.long	.LBB1_7-.LJTI1_0
	.long	.LBB1_13-.LJTI1_0
	.long	.LBB1_15-.LJTI1_0
	.long	.LBB1_11-.LJTI1_0
	.long	.LBB1_16-.LJTI1_0
	.long	.LBB1_2-.LJTI1_0

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI2_0:
	.long	0x7fc00000
.LCPI2_1:
	.long	0x3f800000
.LCPI2_2:
	.long	0xbf800000
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4, 0x0
.LCPI2_3:
	.long	0x80000000
	.long	0x80000000
	.long	0x80000000
	.long	0x80000000
.LCPI2_4:
	.long	0x7fffffff
	.long	0x7fffffff
	.long	0x7fffffff
	.long	0x7fffffff
	.text
	.globl	axon_unary_portable_f32
	.p2align	4
	.type	axon_unary_portable_f32,@function
axon_unary_portable_f32:
	.cfi_startproc
	testq	%rcx, %rcx
	jle	.LBB2_22
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
	movq	%rcx, %rbx
	movq	%rdx, %r14
	movl	%edi, %r12d
	xorl	%r13d, %r13d
	movss	.LCPI2_0(%rip), %xmm3
	movl	%edi, %r15d
	leaq	.LJTI2_0(%rip), %rcx
	movq	%rsi, -48(%rbp)
	jmp	.LBB2_2
.LBB2_11:
	movaps	%xmm4, %xmm0
	callq	logf@PLT
.LBB2_9:
	leaq	.LJTI2_0(%rip), %rcx
	movss	.LCPI2_0(%rip), %xmm3
	movq	-48(%rbp), %rsi
.LBB2_20:
	movss	%xmm0, (%r14,%r13,4)
	incq	%r13
	cmpq	%r13, %rbx
	je	.LBB2_21
.LBB2_2:
	movaps	%xmm3, %xmm0
	cmpl	$10, %r12d
	ja	.LBB2_20
	movss	(%rsi,%r13,4), %xmm4
	movslq	(%rcx,%r15,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB2_4:
	xorps	.LCPI2_3(%rip), %xmm4
	movaps	%xmm4, %xmm0
	jmp	.LBB2_20
.LBB2_16:
	movss	.LCPI2_1(%rip), %xmm0
	divss	%xmm4, %xmm0
	jmp	.LBB2_20
.LBB2_6:
	xorps	%xmm0, %xmm0
	ucomiss	%xmm0, %xmm4
	jb	.LBB2_8
	xorps	%xmm0, %xmm0
	sqrtss	%xmm4, %xmm0
	jmp	.LBB2_20
.LBB2_10:
	movaps	%xmm4, %xmm0
	callq	expf@PLT
	jmp	.LBB2_9
.LBB2_14:
	movaps	%xmm4, %xmm1
	cmpordss	%xmm4, %xmm1
	andnps	%xmm4, %xmm1
	xorps	%xmm0, %xmm0
	cmpltss	%xmm4, %xmm0
	movaps	%xmm0, %xmm2
	andnps	%xmm1, %xmm2
	andps	%xmm4, %xmm0
	orps	%xmm2, %xmm0
	jmp	.LBB2_20
.LBB2_5:
	andps	.LCPI2_4(%rip), %xmm4
	movaps	%xmm4, %xmm0
	jmp	.LBB2_20
.LBB2_12:
	movaps	%xmm4, %xmm0
	callq	tanhf@PLT
	jmp	.LBB2_9
.LBB2_13:
	movaps	%xmm4, %xmm0
	orps	.LCPI2_3(%rip), %xmm0
	movaps	%xmm4, -64(%rbp)
	callq	expf@PLT
	leaq	.LJTI2_0(%rip), %rcx
	movss	.LCPI2_0(%rip), %xmm3
	movq	-48(%rbp), %rsi
	movaps	%xmm0, %xmm1
	xorps	%xmm0, %xmm0
	cmpnless	-64(%rbp), %xmm0
	movaps	%xmm0, %xmm2
	movss	.LCPI2_1(%rip), %xmm4
	andnps	%xmm4, %xmm2
	andps	%xmm1, %xmm0
	addss	%xmm4, %xmm1
	orps	%xmm2, %xmm0
	divss	%xmm1, %xmm0
	jmp	.LBB2_20
.LBB2_17:
	xorps	%xmm0, %xmm0
	ucomiss	%xmm0, %xmm4
	movss	.LCPI2_1(%rip), %xmm0
	ja	.LBB2_20
	xorps	%xmm0, %xmm0
	ucomiss	%xmm4, %xmm0
	movss	.LCPI2_2(%rip), %xmm0
	ja	.LBB2_20
	movaps	%xmm4, %xmm0
	cmpordss	%xmm4, %xmm0
	andnps	%xmm4, %xmm0
	jmp	.LBB2_20
.LBB2_15:
	mulss	%xmm4, %xmm4
	movaps	%xmm4, %xmm0
	jmp	.LBB2_20
.LBB2_8:
	movaps	%xmm4, %xmm0
	callq	sqrtf@PLT
	jmp	.LBB2_9
.LBB2_21:
	addq	$24, %rsp
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
.LBB2_22:
	retq
.Lfunc_end2:
	.size	axon_unary_portable_f32, .Lfunc_end2-axon_unary_portable_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI2_0:
	.long	.LBB2_4-.LJTI2_0
	.long	.LBB2_5-.LJTI2_0
	.long	.LBB2_6-.LJTI2_0
	.long	.LBB2_10-.LJTI2_0
	.long	.LBB2_11-.LJTI2_0
	.long	.LBB2_12-.LJTI2_0
	.long	.LBB2_13-.LJTI2_0
	.long	.LBB2_14-.LJTI2_0
	.long	.LBB2_15-.LJTI2_0
	.long	.LBB2_16-.LJTI2_0
	.long	.LBB2_17-.LJTI2_0

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI3_0:
	.quad	0x7ff8000000000000
.LCPI3_1:
	.quad	0x3ff0000000000000
.LCPI3_2:
	.quad	0xbff0000000000000
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4, 0x0
.LCPI3_3:
	.quad	0x8000000000000000
	.quad	0x8000000000000000
.LCPI3_4:
	.quad	0x7fffffffffffffff
	.quad	0x7fffffffffffffff
	.text
	.globl	axon_unary_portable_f64
	.p2align	4
	.type	axon_unary_portable_f64,@function
axon_unary_portable_f64:
	.cfi_startproc
	testq	%rcx, %rcx
	jle	.LBB3_22
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
	movq	%rcx, %rbx
	movq	%rdx, %r14
	movl	%edi, %r12d
	xorl	%r13d, %r13d
	movsd	.LCPI3_0(%rip), %xmm3
	movl	%edi, %r15d
	leaq	.LJTI3_0(%rip), %rcx
	movq	%rsi, -48(%rbp)
	jmp	.LBB3_2
.LBB3_11:
	movapd	%xmm4, %xmm0
	callq	log@PLT
.LBB3_9:
	leaq	.LJTI3_0(%rip), %rcx
	movsd	.LCPI3_0(%rip), %xmm3
	movq	-48(%rbp), %rsi
.LBB3_20:
	movsd	%xmm0, (%r14,%r13,8)
	incq	%r13
	cmpq	%r13, %rbx
	je	.LBB3_21
.LBB3_2:
	movapd	%xmm3, %xmm0
	cmpl	$10, %r12d
	ja	.LBB3_20
	movsd	(%rsi,%r13,8), %xmm4
	movslq	(%rcx,%r15,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB3_4:
	xorpd	.LCPI3_3(%rip), %xmm4
	movapd	%xmm4, %xmm0
	jmp	.LBB3_20
.LBB3_16:
	movsd	.LCPI3_1(%rip), %xmm0
	divsd	%xmm4, %xmm0
	jmp	.LBB3_20
.LBB3_6:
	xorpd	%xmm0, %xmm0
	ucomisd	%xmm0, %xmm4
	jb	.LBB3_8
	xorps	%xmm0, %xmm0
	sqrtsd	%xmm4, %xmm0
	jmp	.LBB3_20
.LBB3_10:
	movapd	%xmm4, %xmm0
	callq	exp@PLT
	jmp	.LBB3_9
.LBB3_14:
	movapd	%xmm4, %xmm1
	cmpordsd	%xmm4, %xmm1
	andnpd	%xmm4, %xmm1
	xorpd	%xmm0, %xmm0
	cmpltsd	%xmm4, %xmm0
	movapd	%xmm0, %xmm2
	andnpd	%xmm1, %xmm2
	andpd	%xmm4, %xmm0
	orpd	%xmm2, %xmm0
	jmp	.LBB3_20
.LBB3_5:
	andpd	.LCPI3_4(%rip), %xmm4
	movapd	%xmm4, %xmm0
	jmp	.LBB3_20
.LBB3_12:
	movapd	%xmm4, %xmm0
	callq	tanh@PLT
	jmp	.LBB3_9
.LBB3_13:
	movapd	%xmm4, %xmm0
	orpd	.LCPI3_3(%rip), %xmm0
	movapd	%xmm4, -64(%rbp)
	callq	exp@PLT
	leaq	.LJTI3_0(%rip), %rcx
	movsd	.LCPI3_0(%rip), %xmm3
	movq	-48(%rbp), %rsi
	movapd	%xmm0, %xmm1
	xorpd	%xmm0, %xmm0
	cmpnlesd	-64(%rbp), %xmm0
	movapd	%xmm0, %xmm2
	movsd	.LCPI3_1(%rip), %xmm4
	andnpd	%xmm4, %xmm2
	andpd	%xmm1, %xmm0
	addsd	%xmm4, %xmm1
	orpd	%xmm2, %xmm0
	divsd	%xmm1, %xmm0
	jmp	.LBB3_20
.LBB3_17:
	xorpd	%xmm0, %xmm0
	ucomisd	%xmm0, %xmm4
	movsd	.LCPI3_1(%rip), %xmm0
	ja	.LBB3_20
	xorpd	%xmm0, %xmm0
	ucomisd	%xmm4, %xmm0
	movsd	.LCPI3_2(%rip), %xmm0
	ja	.LBB3_20
	movapd	%xmm4, %xmm0
	cmpordsd	%xmm4, %xmm0
	andnpd	%xmm4, %xmm0
	jmp	.LBB3_20
.LBB3_15:
	mulsd	%xmm4, %xmm4
	movapd	%xmm4, %xmm0
	jmp	.LBB3_20
.LBB3_8:
	movapd	%xmm4, %xmm0
	callq	sqrt@PLT
	jmp	.LBB3_9
.LBB3_21:
	addq	$24, %rsp
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
.LBB3_22:
	retq
.Lfunc_end3:
	.size	axon_unary_portable_f64, .Lfunc_end3-axon_unary_portable_f64
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI3_0:
	.long	.LBB3_4-.LJTI3_0
	.long	.LBB3_5-.LJTI3_0
	.long	.LBB3_6-.LJTI3_0
	.long	.LBB3_10-.LJTI3_0
	.long	.LBB3_11-.LJTI3_0
	.long	.LBB3_12-.LJTI3_0
	.long	.LBB3_13-.LJTI3_0
	.long	.LBB3_14-.LJTI3_0
	.long	.LBB3_15-.LJTI3_0
	.long	.LBB3_16-.LJTI3_0
	.long	.LBB3_17-.LJTI3_0

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI4_0:
	.long	0x7fc00000
.LCPI4_1:
	.long	0x3f800000
	.text
	.globl	axon_binary_serial_f32
	.p2align	4
	.type	axon_binary_serial_f32,@function
axon_binary_serial_f32:
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
	movq	%r9, -48(%rbp)
	movl	%r8d, %r12d
	movq	%rcx, %r15
	movl	%edx, %r14d
	movq	%rsi, %r13
	movl	%edi, %ebx
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	movq	%r13, -72(%rbp)
	jae	.LBB4_2
	movq	16(%rbp), %r8
	testq	%r8, %r8
	movq	-48(%rbp), %rdx
	jg	.LBB4_4
	jmp	.LBB4_22
.LBB4_2:
	movq	16(%rbp), %rax
	movq	%rax, (%rsp)
	movl	%ebx, %edi
	movq	%r13, %rsi
	movl	%r14d, %edx
	movq	%r15, %rcx
	movl	%r12d, %r8d
	movq	-48(%rbp), %r13
	movq	%r13, %r9
	callq	axon_binary_avx2_f32@PLT
	movq	16(%rbp), %r8
	testq	%r8, %r8
	jle	.LBB4_22
	movq	%r13, %rdx
	testl	%eax, %eax
	jne	.LBB4_22
.LBB4_4:
	xorl	%r13d, %r13d
	movss	.LCPI4_0(%rip), %xmm3
	movl	%ebx, %r9d
	leaq	.LJTI4_0(%rip), %r10
	movss	.LCPI4_1(%rip), %xmm4
	movl	%r14d, -56(%rbp)
	movq	%r15, -64(%rbp)
	movq	%r9, -48(%rbp)
	movl	%r12d, -52(%rbp)
	jmp	.LBB4_7
.LBB4_9:
	addss	%xmm1, %xmm0
	.p2align	4
.LBB4_6:
	movss	%xmm0, (%rdx,%r13,4)
	incq	%r13
	cmpq	%r13, %r8
	je	.LBB4_22
.LBB4_7:
	testl	%r14d, %r14d
	movl	$0, %eax
	cmoveq	%r13, %rax
	testl	%r12d, %r12d
	movl	$0, %ecx
	cmoveq	%r13, %rcx
	movaps	%xmm3, %xmm0
	cmpl	$9, %ebx
	ja	.LBB4_6
	movq	-72(%rbp), %rsi
	movss	(%rsi,%rax,4), %xmm0
	movss	(%r15,%rcx,4), %xmm1
	movslq	(%r10,%r9,4), %rax
	addq	%r10, %rax
	jmpq	*%rax
.LBB4_15:
	subss	%xmm1, %xmm0
	jmp	.LBB4_6
.LBB4_10:
	ucomiss	%xmm1, %xmm0
	jp	.LBB4_9
	maxss	%xmm1, %xmm0
	jmp	.LBB4_6
.LBB4_5:
	movaps	%xmm4, %xmm2
	subss	%xmm1, %xmm2
	mulss	%xmm1, %xmm2
	mulss	%xmm2, %xmm0
	jmp	.LBB4_6
.LBB4_12:
	mulss	%xmm1, %xmm0
	jmp	.LBB4_6
.LBB4_13:
	divss	%xmm1, %xmm0
	jmp	.LBB4_6
.LBB4_14:
	xorps	%xmm2, %xmm2
	cmpltss	%xmm1, %xmm2
	andps	%xmm2, %xmm0
	jmp	.LBB4_6
.LBB4_16:
	ucomiss	%xmm1, %xmm0
	jp	.LBB4_9
	minss	%xmm1, %xmm0
	jmp	.LBB4_6
.LBB4_18:
	movq	%rdx, %r12
	movq	%r8, %r14
	movq	%r10, %r15
	callq	powf@PLT
	movss	.LCPI4_1(%rip), %xmm4
	movq	%r15, %r10
	movq	-48(%rbp), %r9
	movss	.LCPI4_0(%rip), %xmm3
	movq	%r14, %r8
	movq	%r12, %rdx
	movl	-52(%rbp), %r12d
	movq	-64(%rbp), %r15
	movl	-56(%rbp), %r14d
	jmp	.LBB4_6
.LBB4_19:
	movaps	%xmm4, %xmm2
	subss	%xmm1, %xmm2
	addss	%xmm4, %xmm1
	mulss	%xmm2, %xmm1
	mulss	%xmm1, %xmm0
	jmp	.LBB4_6
.LBB4_22:
	addq	$40, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end4:
	.size	axon_binary_serial_f32, .Lfunc_end4-axon_binary_serial_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI4_0:
	.long	.LBB4_9-.LJTI4_0
	.long	.LBB4_15-.LJTI4_0
	.long	.LBB4_12-.LJTI4_0
	.long	.LBB4_13-.LJTI4_0
	.long	.LBB4_10-.LJTI4_0
	.long	.LBB4_16-.LJTI4_0
	.long	.LBB4_18-.LJTI4_0
	.long	.LBB4_14-.LJTI4_0
	.long	.LBB4_19-.LJTI4_0
	.long	.LBB4_5-.LJTI4_0

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI5_0:
	.quad	0x7ff8000000000000
.LCPI5_1:
	.quad	0x3ff0000000000000
	.text
	.globl	axon_binary_serial_f64
	.p2align	4
	.type	axon_binary_serial_f64,@function
axon_binary_serial_f64:
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
	movq	%r9, -48(%rbp)
	movl	%r8d, %r12d
	movq	%rcx, %r15
	movl	%edx, %r14d
	movq	%rsi, %r13
	movl	%edi, %ebx
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	movq	%r13, -72(%rbp)
	jae	.LBB5_2
	movq	16(%rbp), %r8
	testq	%r8, %r8
	movq	-48(%rbp), %rdx
	jg	.LBB5_4
	jmp	.LBB5_22
.LBB5_2:
	movq	16(%rbp), %rax
	movq	%rax, (%rsp)
	movl	%ebx, %edi
	movq	%r13, %rsi
	movl	%r14d, %edx
	movq	%r15, %rcx
	movl	%r12d, %r8d
	movq	-48(%rbp), %r13
	movq	%r13, %r9
	callq	axon_binary_avx2_f64@PLT
	movq	16(%rbp), %r8
	testq	%r8, %r8
	jle	.LBB5_22
	movq	%r13, %rdx
	testl	%eax, %eax
	jne	.LBB5_22
.LBB5_4:
	xorl	%r13d, %r13d
	movsd	.LCPI5_0(%rip), %xmm3
	movl	%ebx, %r9d
	leaq	.LJTI5_0(%rip), %r10
	movsd	.LCPI5_1(%rip), %xmm4
	movl	%r14d, -56(%rbp)
	movq	%r15, -64(%rbp)
	movq	%r9, -48(%rbp)
	movl	%r12d, -52(%rbp)
	jmp	.LBB5_7
.LBB5_9:
	addsd	%xmm1, %xmm0
	.p2align	4
.LBB5_6:
	movsd	%xmm0, (%rdx,%r13,8)
	incq	%r13
	cmpq	%r13, %r8
	je	.LBB5_22
.LBB5_7:
	testl	%r14d, %r14d
	movl	$0, %eax
	cmoveq	%r13, %rax
	testl	%r12d, %r12d
	movl	$0, %ecx
	cmoveq	%r13, %rcx
	movapd	%xmm3, %xmm0
	cmpl	$9, %ebx
	ja	.LBB5_6
	movq	-72(%rbp), %rsi
	movsd	(%rsi,%rax,8), %xmm0
	movsd	(%r15,%rcx,8), %xmm1
	movslq	(%r10,%r9,4), %rax
	addq	%r10, %rax
	jmpq	*%rax
.LBB5_15:
	subsd	%xmm1, %xmm0
	jmp	.LBB5_6
.LBB5_10:
	ucomisd	%xmm1, %xmm0
	jp	.LBB5_9
	maxsd	%xmm1, %xmm0
	jmp	.LBB5_6
.LBB5_5:
	movapd	%xmm4, %xmm2
	subsd	%xmm1, %xmm2
	mulsd	%xmm1, %xmm2
	mulsd	%xmm2, %xmm0
	jmp	.LBB5_6
.LBB5_12:
	mulsd	%xmm1, %xmm0
	jmp	.LBB5_6
.LBB5_13:
	divsd	%xmm1, %xmm0
	jmp	.LBB5_6
.LBB5_14:
	xorpd	%xmm2, %xmm2
	cmpltsd	%xmm1, %xmm2
	andpd	%xmm2, %xmm0
	jmp	.LBB5_6
.LBB5_16:
	ucomisd	%xmm1, %xmm0
	jp	.LBB5_9
	minsd	%xmm1, %xmm0
	jmp	.LBB5_6
.LBB5_18:
	movq	%rdx, %r12
	movq	%r8, %r14
	movq	%r10, %r15
	callq	pow@PLT
	movsd	.LCPI5_1(%rip), %xmm4
	movq	%r15, %r10
	movq	-48(%rbp), %r9
	movsd	.LCPI5_0(%rip), %xmm3
	movq	%r14, %r8
	movq	%r12, %rdx
	movl	-52(%rbp), %r12d
	movq	-64(%rbp), %r15
	movl	-56(%rbp), %r14d
	jmp	.LBB5_6
.LBB5_19:
	movapd	%xmm4, %xmm2
	subsd	%xmm1, %xmm2
	addsd	%xmm4, %xmm1
	mulsd	%xmm2, %xmm1
	mulsd	%xmm1, %xmm0
	jmp	.LBB5_6
.LBB5_22:
	addq	$40, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end5:
	.size	axon_binary_serial_f64, .Lfunc_end5-axon_binary_serial_f64
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI5_0:
	.long	.LBB5_9-.LJTI5_0
	.long	.LBB5_15-.LJTI5_0
	.long	.LBB5_12-.LJTI5_0
	.long	.LBB5_13-.LJTI5_0
	.long	.LBB5_10-.LJTI5_0
	.long	.LBB5_16-.LJTI5_0
	.long	.LBB5_18-.LJTI5_0
	.long	.LBB5_14-.LJTI5_0
	.long	.LBB5_19-.LJTI5_0
	.long	.LBB5_5-.LJTI5_0

	.text
	.globl	axon_binary_f32
	.p2align	4
	.type	axon_binary_f32,@function
axon_binary_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -24
	movq	$1, -72(%rbp)
	movl	%edi, -64(%rbp)
	movq	$0, -60(%rbp)
	movl	$0, -52(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -32(%rbp)
	movq	%r8, -24(%rbp)
	testq	%r8, %r8
	jle	.LBB6_10
	movq	%r8, %rbx
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setge	%cl
	cmpq	$32768, %rbx
	setae	%dl
	testb	%cl, %dl
	jne	.LBB6_3
	movq	%rbx, -16(%rbp)
	leaq	-72(%rbp), %rdi
	xorl	%esi, %esi
	callq	elementwise_chunk
	jmp	.LBB6_10
.LBB6_3:
	movl	%eax, %ecx
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB6_4
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB6_6
.LBB6_4:
	xorl	%edx, %edx
	divl	%ecx
.LBB6_6:
	addq	$63, %rax
	movq	%rax, %rcx
	andq	$-64, %rcx
	movq	%rcx, -16(%rbp)
	addq	%rcx, %rbx
	orq	%rbx, %rax
	shrq	$32, %rax
	je	.LBB6_7
	movq	%rbx, %rax
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB6_9
.LBB6_7:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB6_9:
	leaq	elementwise_chunk(%rip), %rsi
	leaq	-72(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB6_10:
	addq	$72, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end6:
	.size	axon_binary_f32, .Lfunc_end6-axon_binary_f32
	.cfi_endproc

	.globl	axon_binary_vs_f32
	.p2align	4
	.type	axon_binary_vs_f32,@function
axon_binary_vs_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -24
	movss	%xmm0, -12(%rbp)
	movq	$1, -80(%rbp)
	movl	%edi, -72(%rbp)
	movabsq	$4294967296, %rax
	movq	%rax, -68(%rbp)
	movl	$0, -60(%rbp)
	movq	%rsi, -56(%rbp)
	leaq	-12(%rbp), %rax
	movq	%rax, -48(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -32(%rbp)
	testq	%rcx, %rcx
	jle	.LBB7_10
	movq	%rcx, %rbx
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setge	%cl
	cmpq	$32768, %rbx
	setae	%dl
	testb	%cl, %dl
	jne	.LBB7_3
	movq	%rbx, -24(%rbp)
	leaq	-80(%rbp), %rdi
	xorl	%esi, %esi
	callq	elementwise_chunk
	jmp	.LBB7_10
.LBB7_3:
	movl	%eax, %ecx
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB7_4
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB7_6
.LBB7_4:
	xorl	%edx, %edx
	divl	%ecx
.LBB7_6:
	addq	$63, %rax
	movq	%rax, %rcx
	andq	$-64, %rcx
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	orq	%rbx, %rax
	shrq	$32, %rax
	je	.LBB7_7
	movq	%rbx, %rax
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB7_9
.LBB7_7:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB7_9:
	leaq	elementwise_chunk(%rip), %rsi
	leaq	-80(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB7_10:
	addq	$72, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end7:
	.size	axon_binary_vs_f32, .Lfunc_end7-axon_binary_vs_f32
	.cfi_endproc

	.globl	axon_binary_sv_f32
	.p2align	4
	.type	axon_binary_sv_f32,@function
axon_binary_sv_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -24
	movss	%xmm0, -12(%rbp)
	movq	$1, -80(%rbp)
	movl	%edi, -72(%rbp)
	movq	$1, -68(%rbp)
	movl	$0, -60(%rbp)
	leaq	-12(%rbp), %rax
	movq	%rax, -56(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -32(%rbp)
	testq	%rcx, %rcx
	jle	.LBB8_10
	movq	%rcx, %rbx
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setge	%cl
	cmpq	$32768, %rbx
	setae	%dl
	testb	%cl, %dl
	jne	.LBB8_3
	movq	%rbx, -24(%rbp)
	leaq	-80(%rbp), %rdi
	xorl	%esi, %esi
	callq	elementwise_chunk
	jmp	.LBB8_10
.LBB8_3:
	movl	%eax, %ecx
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB8_4
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB8_6
.LBB8_4:
	xorl	%edx, %edx
	divl	%ecx
.LBB8_6:
	addq	$63, %rax
	movq	%rax, %rcx
	andq	$-64, %rcx
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	orq	%rbx, %rax
	shrq	$32, %rax
	je	.LBB8_7
	movq	%rbx, %rax
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB8_9
.LBB8_7:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB8_9:
	leaq	elementwise_chunk(%rip), %rsi
	leaq	-80(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB8_10:
	addq	$72, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end8:
	.size	axon_binary_sv_f32, .Lfunc_end8-axon_binary_sv_f32
	.cfi_endproc

	.globl	axon_binary_f64
	.p2align	4
	.type	axon_binary_f64,@function
axon_binary_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -24
	movabsq	$4294967297, %rax
	movq	%rax, -72(%rbp)
	movl	%edi, -64(%rbp)
	movq	$0, -60(%rbp)
	movl	$0, -52(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -32(%rbp)
	movq	%r8, -24(%rbp)
	testq	%r8, %r8
	jle	.LBB9_10
	movq	%r8, %rbx
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setge	%cl
	cmpq	$32768, %rbx
	setae	%dl
	testb	%cl, %dl
	jne	.LBB9_3
	movq	%rbx, -16(%rbp)
	leaq	-72(%rbp), %rdi
	xorl	%esi, %esi
	callq	elementwise_chunk
	jmp	.LBB9_10
.LBB9_3:
	movl	%eax, %ecx
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB9_4
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB9_6
.LBB9_4:
	xorl	%edx, %edx
	divl	%ecx
.LBB9_6:
	addq	$63, %rax
	movq	%rax, %rcx
	andq	$-64, %rcx
	movq	%rcx, -16(%rbp)
	addq	%rcx, %rbx
	orq	%rbx, %rax
	shrq	$32, %rax
	je	.LBB9_7
	movq	%rbx, %rax
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB9_9
.LBB9_7:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB9_9:
	leaq	elementwise_chunk(%rip), %rsi
	leaq	-72(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB9_10:
	addq	$72, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end9:
	.size	axon_binary_f64, .Lfunc_end9-axon_binary_f64
	.cfi_endproc

	.globl	axon_binary_vs_f64
	.p2align	4
	.type	axon_binary_vs_f64,@function
axon_binary_vs_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -24
	movsd	%xmm0, -16(%rbp)
	movabsq	$4294967297, %rax
	movq	%rax, -80(%rbp)
	movl	%edi, -72(%rbp)
	movabsq	$4294967296, %rax
	movq	%rax, -68(%rbp)
	movl	$0, -60(%rbp)
	movq	%rsi, -56(%rbp)
	leaq	-16(%rbp), %rax
	movq	%rax, -48(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -32(%rbp)
	testq	%rcx, %rcx
	jle	.LBB10_10
	movq	%rcx, %rbx
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setge	%cl
	cmpq	$32768, %rbx
	setae	%dl
	testb	%cl, %dl
	jne	.LBB10_3
	movq	%rbx, -24(%rbp)
	leaq	-80(%rbp), %rdi
	xorl	%esi, %esi
	callq	elementwise_chunk
	jmp	.LBB10_10
.LBB10_3:
	movl	%eax, %ecx
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB10_4
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB10_6
.LBB10_4:
	xorl	%edx, %edx
	divl	%ecx
.LBB10_6:
	addq	$63, %rax
	movq	%rax, %rcx
	andq	$-64, %rcx
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	orq	%rbx, %rax
	shrq	$32, %rax
	je	.LBB10_7
	movq	%rbx, %rax
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB10_9
.LBB10_7:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB10_9:
	leaq	elementwise_chunk(%rip), %rsi
	leaq	-80(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB10_10:
	addq	$72, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end10:
	.size	axon_binary_vs_f64, .Lfunc_end10-axon_binary_vs_f64
	.cfi_endproc

	.globl	axon_binary_sv_f64
	.p2align	4
	.type	axon_binary_sv_f64,@function
axon_binary_sv_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -24
	movsd	%xmm0, -16(%rbp)
	movabsq	$4294967297, %rax
	movq	%rax, -80(%rbp)
	movl	%edi, -72(%rbp)
	movq	$1, -68(%rbp)
	movl	$0, -60(%rbp)
	leaq	-16(%rbp), %rax
	movq	%rax, -56(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -32(%rbp)
	testq	%rcx, %rcx
	jle	.LBB11_10
	movq	%rcx, %rbx
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setge	%cl
	cmpq	$32768, %rbx
	setae	%dl
	testb	%cl, %dl
	jne	.LBB11_3
	movq	%rbx, -24(%rbp)
	leaq	-80(%rbp), %rdi
	xorl	%esi, %esi
	callq	elementwise_chunk
	jmp	.LBB11_10
.LBB11_3:
	movl	%eax, %ecx
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB11_4
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB11_6
.LBB11_4:
	xorl	%edx, %edx
	divl	%ecx
.LBB11_6:
	addq	$63, %rax
	movq	%rax, %rcx
	andq	$-64, %rcx
	movq	%rcx, -24(%rbp)
	addq	%rcx, %rbx
	orq	%rbx, %rax
	shrq	$32, %rax
	je	.LBB11_7
	movq	%rbx, %rax
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB11_9
.LBB11_7:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB11_9:
	leaq	elementwise_chunk(%rip), %rsi
	leaq	-80(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB11_10:
	addq	$72, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end11:
	.size	axon_binary_sv_f64, .Lfunc_end11-axon_binary_sv_f64
	.cfi_endproc

	.globl	axon_unary_f32
	.p2align	4
	.type	axon_unary_f32,@function
axon_unary_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -24
	movq	$0, -72(%rbp)
	movl	%edi, -64(%rbp)
	movabsq	$4294967296, %rax
	movq	%rax, -60(%rbp)
	movl	$0, -52(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rsi, -40(%rbp)
	movq	%rdx, -32(%rbp)
	movq	%rcx, -24(%rbp)
	testq	%rcx, %rcx
	jle	.LBB12_10
	movq	%rcx, %rbx
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setge	%cl
	cmpq	$32768, %rbx
	setae	%dl
	testb	%cl, %dl
	jne	.LBB12_3
	movq	%rbx, -16(%rbp)
	leaq	-72(%rbp), %rdi
	xorl	%esi, %esi
	callq	elementwise_chunk
	jmp	.LBB12_10
.LBB12_3:
	movl	%eax, %ecx
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB12_4
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB12_6
.LBB12_4:
	xorl	%edx, %edx
	divl	%ecx
.LBB12_6:
	addq	$63, %rax
	movq	%rax, %rcx
	andq	$-64, %rcx
	movq	%rcx, -16(%rbp)
	addq	%rcx, %rbx
	orq	%rbx, %rax
	shrq	$32, %rax
	je	.LBB12_7
	movq	%rbx, %rax
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB12_9
.LBB12_7:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB12_9:
	leaq	elementwise_chunk(%rip), %rsi
	leaq	-72(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB12_10:
	addq	$72, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end12:
	.size	axon_unary_f32, .Lfunc_end12-axon_unary_f32
	.cfi_endproc

	.globl	axon_unary_f64
	.p2align	4
	.type	axon_unary_f64,@function
axon_unary_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -24
	movabsq	$4294967296, %rax
	movq	%rax, -72(%rbp)
	movl	%edi, -64(%rbp)
	movq	%rax, -60(%rbp)
	movl	$0, -52(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rsi, -40(%rbp)
	movq	%rdx, -32(%rbp)
	movq	%rcx, -24(%rbp)
	testq	%rcx, %rcx
	jle	.LBB13_10
	movq	%rcx, %rbx
	callq	axon_threads@PLT
	cmpl	$2, %eax
	setge	%cl
	cmpq	$32768, %rbx
	setae	%dl
	testb	%cl, %dl
	jne	.LBB13_3
	movq	%rbx, -16(%rbp)
	leaq	-72(%rbp), %rdi
	xorl	%esi, %esi
	callq	elementwise_chunk
	jmp	.LBB13_10
.LBB13_3:
	movl	%eax, %ecx
	leaq	(%rbx,%rcx), %rax
	decq	%rax
	decq	%rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	je	.LBB13_4
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB13_6
.LBB13_4:
	xorl	%edx, %edx
	divl	%ecx
.LBB13_6:
	addq	$63, %rax
	movq	%rax, %rcx
	andq	$-64, %rcx
	movq	%rcx, -16(%rbp)
	addq	%rcx, %rbx
	orq	%rbx, %rax
	shrq	$32, %rax
	je	.LBB13_7
	movq	%rbx, %rax
	xorl	%edx, %edx
	divq	%rcx
	jmp	.LBB13_9
.LBB13_7:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB13_9:
	leaq	elementwise_chunk(%rip), %rsi
	leaq	-72(%rbp), %rdx
	movl	%eax, %edi
	callq	axon_parallel_run@PLT
.LBB13_10:
	addq	$72, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end13:
	.size	axon_unary_f64, .Lfunc_end13-axon_unary_f64
	.cfi_endproc

	.p2align	4
	.type	elementwise_chunk,@function
elementwise_chunk:
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
	movslq	%esi, %rbx
	movq	56(%rdi), %rax
	imulq	%rax, %rbx
	movq	48(%rdi), %r14
	subq	%rbx, %r14
	cmpq	%rax, %r14
	cmovgeq	%rax, %r14
	movl	4(%rdi), %r13d
	movl	8(%rdi), %r15d
	testl	%r13d, %r13d
	sete	%cl
	xorb	$3, %cl
	shlq	%cl, %rbx
	movl	12(%rdi), %edx
	xorl	%ecx, %ecx
	testl	%edx, %edx
	movl	$0, %r12d
	cmoveq	%rbx, %r12
	addq	24(%rdi), %r12
	movl	16(%rdi), %r8d
	testl	%r8d, %r8d
	cmoveq	%rbx, %rcx
	addq	40(%rdi), %rbx
	cmpl	$0, (%rdi)
	je	.LBB14_3
	addq	32(%rdi), %rcx
	testl	%r13d, %r13d
	je	.LBB14_12
	movq	%r14, (%rsp)
	movl	%r15d, %edi
	movq	%r12, %rsi
	movq	%rbx, %r9
	callq	axon_binary_serial_f64@PLT
	jmp	.LBB14_13
.LBB14_3:
	callq	axon_detect_isa@PLT
	testl	%r13d, %r13d
	je	.LBB14_7
	addl	$-3, %eax
	cmpl	$-2, %eax
	jb	.LBB14_6
	movl	%r15d, %edi
	movq	%r12, %rsi
	movq	%rbx, %rdx
	movq	%r14, %rcx
	callq	axon_unary_avx2_f64@PLT
	testl	%eax, %eax
	jne	.LBB14_13
.LBB14_6:
	movl	%r15d, %edi
	movq	%r12, %rsi
	movq	%rbx, %rdx
	movq	%r14, %rcx
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	axon_unary_portable_f64@PLT
.LBB14_12:
	.cfi_def_cfa %rbp, 16
	movq	%r14, (%rsp)
	movl	%r15d, %edi
	movq	%r12, %rsi
	movq	%rbx, %r9
	callq	axon_binary_serial_f32@PLT
.LBB14_13:
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB14_7:
	.cfi_def_cfa %rbp, 16
	cmpl	$2, %eax
	jne	.LBB14_9
	movl	%r15d, %edi
	movq	%r12, %rsi
	movq	%rbx, %rdx
	movq	%r14, %rcx
	callq	axon_unary_avx512_f32@PLT
	testl	%eax, %eax
	jne	.LBB14_13
.LBB14_9:
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jb	.LBB14_11
	movl	%r15d, %edi
	movq	%r12, %rsi
	movq	%rbx, %rdx
	movq	%r14, %rcx
	callq	axon_unary_avx2_f32@PLT
	testl	%eax, %eax
	jne	.LBB14_13
.LBB14_11:
	movl	%r15d, %edi
	movq	%r12, %rsi
	movq	%rbx, %rdx
	movq	%r14, %rcx
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	axon_unary_portable_f32@PLT
.Lfunc_end14:
	.size	elementwise_chunk, .Lfunc_end14-elementwise_chunk
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym elementwise_chunk
#endif
