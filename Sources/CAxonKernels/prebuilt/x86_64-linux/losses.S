// Generated from ../../losses.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"losses.c"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x3f800000
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4, 0x0
.LCPI0_1:
	.long	0x80000000
	.long	0x80000000
	.long	0x80000000
	.long	0x80000000
	.text
	.globl	axon_softmax_cross_entropy_f32
	.p2align	4
	.type	axon_softmax_cross_entropy_f32,@function
axon_softmax_cross_entropy_f32:
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
	subq	$1128, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdi, -56(%rbp)
	testq	%rdx, %rdx
	jle	.LBB0_63
	movq	%r8, %r12
	movq	%rcx, %r14
	cmpq	$129, %rdx
	movq	%r9, -112(%rbp)
	movsd	%xmm0, -104(%rbp)
	movq	%rsi, -96(%rbp)
	jae	.LBB0_3
	leaq	-1168(%rbp), %rax
	jmp	.LBB0_4
.LBB0_3:
	leaq	(,%rdx,8), %rdi
	movq	%rdx, %rbx
	callq	malloc@PLT
	movq	%rbx, %rdx
.LBB0_4:
	movq	%rdx, -128(%rbp)
	movabsq	$9223372036854775800, %rsi
	movq	%rax, -80(%rbp)
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, -88(%rbp)
	movq	%r12, %rax
	movq	-56(%rbp), %rdx
	subq	%rdx, %rax
	leaq	-1(%r14), %rdi
	movq	%rdi, -120(%rbp)
	andq	$-2, %rdi
	movq	%rdi, -144(%rbp)
	cmpq	$8, %r14
	setb	%cl
	cmpq	$32, %rax
	setb	%al
	orb	%cl, %al
	movb	%al, -41(%rbp)
	movq	%r14, %rdi
	andq	%rsi, %rdi
	movl	%r14d, %eax
	andl	$3, %eax
	movq	%rax, -72(%rbp)
	leaq	4(%rdx), %r9
	leaq	(,%r14,4), %rax
	movq	%rax, -64(%rbp)
	leaq	16(%r12), %r10
	leaq	16(%rdx), %r11
	xorps	%xmm0, %xmm0
	movq	%rdx, %rcx
	xorl	%edx, %edx
	movq	%r12, %rbx
	jmp	.LBB0_5
	.p2align	4
.LBB0_33:
	incq	%rdx
	movq	-64(%rbp), %rax
	addq	%rax, %r9
	addq	%rax, %r10
	addq	%rax, %r11
	addq	%rax, %rbx
	addq	%rax, %rcx
	cmpq	%r13, %rdx
	je	.LBB0_34
.LBB0_5:
	movq	%rdx, %r15
	imulq	%r14, %r15
	movq	-56(%rbp), %rax
	movss	(%rax,%r15,4), %xmm1
	cmpq	$2, %r14
	movq	%rdx, -136(%rbp)
	jl	.LBB0_6
	movl	$1, %r13d
	jne	.LBB0_19
	movaps	%xmm1, %xmm2
	xorl	%edx, %edx
	jmp	.LBB0_9
	.p2align	4
.LBB0_6:
	xorl	%esi, %esi
	jmp	.LBB0_12
	.p2align	4
.LBB0_19:
	xorl	%edx, %edx
	jmp	.LBB0_20
	.p2align	4
.LBB0_24:
	addq	$2, %r13
	cmpq	-144(%rbp), %r8
	je	.LBB0_25
.LBB0_20:
	movss	-4(%r9,%r13,4), %xmm2
	movaps	%xmm2, %xmm3
	cmpunordss	%xmm0, %xmm3
	movaps	%xmm1, %xmm4
	cmpltss	%xmm2, %xmm4
	ucomiss	%xmm1, %xmm1
	orps	%xmm3, %xmm4
	movq	%r13, %rsi
	cmovpq	%rdx, %rsi
	movd	%xmm4, %r8d
	testb	$1, %r8b
	cmoveq	%rdx, %rsi
	jne	.LBB0_22
	movaps	%xmm1, %xmm2
.LBB0_22:
	movss	(%r9,%r13,4), %xmm1
	movaps	%xmm2, %xmm3
	cmpltss	%xmm1, %xmm3
	movaps	%xmm1, %xmm4
	cmpunordss	%xmm0, %xmm4
	orps	%xmm3, %xmm4
	ucomiss	%xmm2, %xmm2
	leaq	1(%r13), %r8
	movq	%r8, %rdx
	cmovpq	%rsi, %rdx
	movd	%xmm4, %eax
	testb	$1, %al
	cmoveq	%rsi, %rdx
	jne	.LBB0_24
	movaps	%xmm2, %xmm1
	jmp	.LBB0_24
	.p2align	4
.LBB0_25:
	movaps	%xmm1, %xmm2
.LBB0_9:
	movq	%rdx, %rsi
	testb	$1, -120(%rbp)
	je	.LBB0_12
	movq	-56(%rbp), %rax
	leaq	(%rax,%r15,4), %rsi
	movss	(%rsi,%r13,4), %xmm1
	movaps	%xmm1, %xmm3
	cmpunordss	%xmm0, %xmm3
	movaps	%xmm2, %xmm4
	cmpltss	%xmm1, %xmm4
	orps	%xmm3, %xmm4
	movd	%xmm4, %esi
	ucomiss	%xmm2, %xmm2
	cmovpq	%rdx, %r13
	testb	$1, %sil
	movq	%r13, %rsi
	cmoveq	%rdx, %rsi
	jne	.LBB0_12
	movaps	%xmm2, %xmm1
	.p2align	4
.LBB0_12:
	movq	16(%rbp), %rax
	testq	%rax, %rax
	movq	-136(%rbp), %rdx
	je	.LBB0_14
	movq	%rsi, (%rax,%rdx,8)
.LBB0_14:
	movd	%xmm1, %eax
	andl	$2147483647, %eax
	xorps	%xmm2, %xmm2
	cmpl	$2139095040, %eax
	movq	-128(%rbp), %r13
	je	.LBB0_16
	movaps	%xmm1, %xmm2
.LBB0_16:
	movq	-80(%rbp), %rax
	movss	%xmm2, (%rax,%rdx,4)
	testq	%r14, %r14
	jle	.LBB0_33
	cmpb	$0, -41(%rbp)
	je	.LBB0_26
	xorl	%r8d, %r8d
	jmp	.LBB0_29
	.p2align	4
.LBB0_26:
	movaps	%xmm2, %xmm1
	shufps	$0, %xmm2, %xmm1
	xorl	%esi, %esi
	.p2align	4
.LBB0_27:
	movups	-16(%r11,%rsi,4), %xmm3
	movups	(%r11,%rsi,4), %xmm4
	subps	%xmm1, %xmm3
	subps	%xmm1, %xmm4
	movups	%xmm3, -16(%r10,%rsi,4)
	movups	%xmm4, (%r10,%rsi,4)
	addq	$8, %rsi
	cmpq	%rsi, %rdi
	jne	.LBB0_27
	movq	%rdi, %r8
	cmpq	%rdi, %r14
	je	.LBB0_33
.LBB0_29:
	movq	%r8, %rsi
	cmpq	$0, -72(%rbp)
	je	.LBB0_32
	movq	-72(%rbp), %r15
	movq	%r8, %rsi
	.p2align	4
.LBB0_31:
	movss	(%rcx,%rsi,4), %xmm1
	subss	%xmm2, %xmm1
	movss	%xmm1, (%rbx,%rsi,4)
	incq	%rsi
	decq	%r15
	jne	.LBB0_31
.LBB0_32:
	subq	%r14, %r8
	cmpq	$-4, %r8
	ja	.LBB0_33
	.p2align	4
.LBB0_42:
	movss	(%rcx,%rsi,4), %xmm1
	subss	%xmm2, %xmm1
	movss	%xmm1, (%rbx,%rsi,4)
	movss	4(%rcx,%rsi,4), %xmm1
	subss	%xmm2, %xmm1
	movss	%xmm1, 4(%rbx,%rsi,4)
	movss	8(%rcx,%rsi,4), %xmm1
	subss	%xmm2, %xmm1
	movss	%xmm1, 8(%rbx,%rsi,4)
	movss	12(%rcx,%rsi,4), %xmm1
	subss	%xmm2, %xmm1
	movss	%xmm1, 12(%rbx,%rsi,4)
	addq	$4, %rsi
	cmpq	%rsi, %r14
	jne	.LBB0_42
	jmp	.LBB0_33
.LBB0_34:
	movq	%r14, %rcx
	imulq	%r13, %rcx
	movl	$3, %edi
	movq	%r12, %rsi
	movq	%r12, %rdx
	callq	axon_unary_f32@PLT
	movl	%r14d, %eax
	andl	$7, %eax
	movq	%r14, %r15
	movabsq	$9223372036854775800, %r8
	andq	%r8, %r15
	addq	$4, %r8
	andq	%r14, %r8
	leaq	28(%r12), %rcx
	xorl	%edx, %edx
	movq	-88(%rbp), %rbx
	jmp	.LBB0_35
	.p2align	4
.LBB0_48:
	movl	$0, (%rbx,%rdx,4)
.LBB0_49:
	incq	%rdx
	movq	-64(%rbp), %rsi
	addq	%rsi, %rcx
	addq	%rsi, %r12
	cmpq	%r13, %rdx
	je	.LBB0_50
.LBB0_35:
	testq	%r14, %r14
	jle	.LBB0_48
	xorps	%xmm0, %xmm0
	xorl	%esi, %esi
	cmpq	$8, %r14
	jb	.LBB0_37
	.p2align	4
.LBB0_47:
	addss	-28(%rcx,%rsi,4), %xmm0
	addss	-24(%rcx,%rsi,4), %xmm0
	addss	-20(%rcx,%rsi,4), %xmm0
	addss	-16(%rcx,%rsi,4), %xmm0
	addss	-12(%rcx,%rsi,4), %xmm0
	addss	-8(%rcx,%rsi,4), %xmm0
	addss	-4(%rcx,%rsi,4), %xmm0
	addss	(%rcx,%rsi,4), %xmm0
	addq	$8, %rsi
	cmpq	%rsi, %r15
	jne	.LBB0_47
.LBB0_37:
	testq	%rax, %rax
	je	.LBB0_40
	leaq	(%r12,%rsi,4), %rsi
	xorl	%edi, %edi
	.p2align	4
.LBB0_39:
	addss	(%rsi,%rdi,4), %xmm0
	incq	%rdi
	cmpq	%rdi, %rax
	jne	.LBB0_39
.LBB0_40:
	movss	%xmm0, (%rbx,%rdx,4)
	cmpq	$4, %r14
	jae	.LBB0_43
	xorl	%esi, %esi
	jmp	.LBB0_46
	.p2align	4
.LBB0_43:
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	xorl	%esi, %esi
	.p2align	4
.LBB0_44:
	movups	(%r12,%rsi,4), %xmm2
	divps	%xmm1, %xmm2
	movups	%xmm2, (%r12,%rsi,4)
	addq	$4, %rsi
	cmpq	%rsi, %r8
	jne	.LBB0_44
	movq	%r8, %rsi
	cmpq	%r8, %r14
	je	.LBB0_49
	.p2align	4
.LBB0_46:
	movss	(%r12,%rsi,4), %xmm1
	divss	%xmm0, %xmm1
	movss	%xmm1, (%r12,%rsi,4)
	incq	%rsi
	cmpq	%rsi, %r14
	jne	.LBB0_46
	jmp	.LBB0_49
.LBB0_50:
	movl	$4, %edi
	movq	%rbx, %rsi
	movq	%rbx, %rdx
	movq	%r13, %rcx
	callq	axon_unary_f32@PLT
	movsd	-104(%rbp), %xmm7
	xorps	%xmm0, %xmm0
	cvtsd2ss	%xmm7, %xmm0
	movss	.LCPI0_0(%rip), %xmm1
	subss	%xmm0, %xmm1
	xorps	%xmm2, %xmm2
	cvtsi2ss	%r14, %xmm2
	xorps	.LCPI0_1(%rip), %xmm1
	movl	%r14d, %eax
	andl	$7, %eax
	movq	-56(%rbp), %rsi
	leaq	28(%rsi), %rcx
	xorl	%edx, %edx
	xorps	%xmm3, %xmm3
	movq	-112(%rbp), %r9
	movq	-96(%rbp), %r10
	movq	-80(%rbp), %rdi
	jmp	.LBB0_51
	.p2align	4
.LBB0_59:
	subss	%xmm4, %xmm5
	movaps	%xmm5, %xmm4
.LBB0_60:
	movss	%xmm4, (%r9,%rdx,4)
	incq	%rdx
	movq	-64(%rbp), %r8
	addq	%r8, %rcx
	addq	%r8, %rsi
	cmpq	%r13, %rdx
	je	.LBB0_61
.LBB0_51:
	movq	%rdx, %r11
	imulq	%r14, %r11
	ucomisd	%xmm3, %xmm7
	movq	-56(%rbp), %r8
	leaq	(%r8,%r11,4), %r11
	movss	(%rbx,%rdx,4), %xmm5
	addss	(%rdi,%rdx,4), %xmm5
	movq	(%r10,%rdx,8), %r8
	movss	(%r11,%r8,4), %xmm4
	jne	.LBB0_52
	jnp	.LBB0_59
.LBB0_52:
	xorps	%xmm6, %xmm6
	testq	%r14, %r14
	jle	.LBB0_57
	xorl	%r8d, %r8d
	cmpq	$8, %r14
	jb	.LBB0_54
	.p2align	4
.LBB0_58:
	addss	-28(%rcx,%r8,4), %xmm6
	addss	-24(%rcx,%r8,4), %xmm6
	addss	-20(%rcx,%r8,4), %xmm6
	addss	-16(%rcx,%r8,4), %xmm6
	addss	-12(%rcx,%r8,4), %xmm6
	addss	-8(%rcx,%r8,4), %xmm6
	addss	-4(%rcx,%r8,4), %xmm6
	addss	(%rcx,%r8,4), %xmm6
	addq	$8, %r8
	cmpq	%r8, %r15
	jne	.LBB0_58
.LBB0_54:
	testq	%rax, %rax
	je	.LBB0_57
	leaq	(%rsi,%r8,4), %r11
	xorl	%r8d, %r8d
	.p2align	4
.LBB0_56:
	addss	(%r11,%r8,4), %xmm6
	incq	%r8
	cmpq	%r8, %rax
	jne	.LBB0_56
.LBB0_57:
	mulss	%xmm1, %xmm4
	addss	%xmm5, %xmm4
	mulss	%xmm0, %xmm6
	divss	%xmm2, %xmm6
	subss	%xmm6, %xmm4
	jmp	.LBB0_60
.LBB0_61:
	leaq	-1168(%rbp), %rax
	cmpq	%rax, %rdi
	je	.LBB0_63
	callq	free@PLT
.LBB0_63:
	addq	$1128, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	axon_softmax_cross_entropy_f32, .Lfunc_end0-axon_softmax_cross_entropy_f32
	.cfi_endproc

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI1_0:
	.long	0x3f800000
	.text
	.globl	axon_softmax_cross_entropy_backward_f32
	.p2align	4
	.type	axon_softmax_cross_entropy_backward_f32,@function
axon_softmax_cross_entropy_backward_f32:
	.cfi_startproc
	testq	%rdx, %rdx
	jle	.LBB1_17
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
	movq	%rsi, %r15
	cvtsd2ss	%xmm0, %xmm0
	movq	16(%rbp), %r10
	cvtsi2ss	%rcx, %xmm3
	cvtsi2ss	%rdx, %xmm1
	movss	.LCPI1_0(%rip), %xmm2
	subss	%xmm0, %xmm2
	divss	%xmm3, %xmm0
	movq	%r10, %rax
	subq	%rdi, %rax
	cmpq	$8, %rcx
	setb	%sil
	cmpq	$32, %rax
	setb	%al
	orb	%sil, %al
	movb	%al, -41(%rbp)
	movabsq	$9223372036854775800, %r11
	andq	%rcx, %r11
	movaps	%xmm0, %xmm3
	shufps	$0, %xmm0, %xmm3
	movl	%ecx, %eax
	andl	$3, %eax
	movq	%rax, -56(%rbp)
	leaq	16(%r10), %r14
	leaq	(,%rcx,4), %rsi
	leaq	16(%rdi), %r12
	xorl	%r13d, %r13d
	movq	%r10, %rax
	movq	%rdx, -64(%rbp)
	jmp	.LBB1_2
	.p2align	4
.LBB1_15:
	movq	%r13, %r10
	imulq	%rcx, %r10
	movq	16(%rbp), %rbx
	leaq	(%rbx,%r10,4), %r10
	movq	(%r15,%r13,8), %rbx
	movss	(%r10,%rbx,4), %xmm5
	mulss	%xmm2, %xmm4
	subss	%xmm4, %xmm5
	movss	%xmm5, (%r10,%rbx,4)
	incq	%r13
	addq	%rsi, %r14
	addq	%rsi, %r12
	addq	%rsi, %rax
	addq	%rsi, %rdi
	cmpq	%rdx, %r13
	je	.LBB1_16
.LBB1_2:
	testl	%r9d, %r9d
	je	.LBB1_4
	movss	(%r8), %xmm4
	divss	%xmm1, %xmm4
	testq	%rcx, %rcx
	jg	.LBB1_6
	jmp	.LBB1_15
	.p2align	4
.LBB1_4:
	movss	(%r8,%r13,4), %xmm4
	testq	%rcx, %rcx
	jle	.LBB1_15
.LBB1_6:
	cmpb	$0, -41(%rbp)
	je	.LBB1_8
	xorl	%ebx, %ebx
	jmp	.LBB1_11
	.p2align	4
.LBB1_8:
	movaps	%xmm4, %xmm5
	shufps	$0, %xmm4, %xmm5
	xorl	%r10d, %r10d
	.p2align	4
.LBB1_9:
	movups	-16(%r12,%r10,4), %xmm6
	movups	(%r12,%r10,4), %xmm7
	subps	%xmm3, %xmm6
	subps	%xmm3, %xmm7
	mulps	%xmm5, %xmm6
	mulps	%xmm5, %xmm7
	movups	%xmm6, -16(%r14,%r10,4)
	movups	%xmm7, (%r14,%r10,4)
	addq	$8, %r10
	cmpq	%r10, %r11
	jne	.LBB1_9
	movq	%r11, %rbx
	cmpq	%r11, %rcx
	je	.LBB1_15
.LBB1_11:
	movq	%r15, %rdx
	movq	%rbx, %r10
	cmpq	$0, -56(%rbp)
	je	.LBB1_14
	movq	-56(%rbp), %r15
	movq	%rbx, %r10
	.p2align	4
.LBB1_13:
	movss	(%rdi,%r10,4), %xmm5
	subss	%xmm0, %xmm5
	mulss	%xmm4, %xmm5
	movss	%xmm5, (%rax,%r10,4)
	incq	%r10
	decq	%r15
	jne	.LBB1_13
.LBB1_14:
	subq	%rcx, %rbx
	cmpq	$-4, %rbx
	movq	%rdx, %r15
	movq	-64(%rbp), %rdx
	ja	.LBB1_15
	.p2align	4
.LBB1_18:
	movss	(%rdi,%r10,4), %xmm5
	subss	%xmm0, %xmm5
	mulss	%xmm4, %xmm5
	movss	%xmm5, (%rax,%r10,4)
	movss	4(%rdi,%r10,4), %xmm5
	subss	%xmm0, %xmm5
	mulss	%xmm4, %xmm5
	movss	%xmm5, 4(%rax,%r10,4)
	movss	8(%rdi,%r10,4), %xmm5
	subss	%xmm0, %xmm5
	mulss	%xmm4, %xmm5
	movss	%xmm5, 8(%rax,%r10,4)
	movss	12(%rdi,%r10,4), %xmm5
	subss	%xmm0, %xmm5
	mulss	%xmm4, %xmm5
	movss	%xmm5, 12(%rax,%r10,4)
	addq	$4, %r10
	cmpq	%r10, %rcx
	jne	.LBB1_18
	jmp	.LBB1_15
.LBB1_16:
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
.LBB1_17:
	retq
.Lfunc_end1:
	.size	axon_softmax_cross_entropy_backward_f32, .Lfunc_end1-axon_softmax_cross_entropy_backward_f32
	.cfi_endproc

	.globl	axon_arg_extremum_f32
	.p2align	4
	.type	axon_arg_extremum_f32,@function
axon_arg_extremum_f32:
	.cfi_startproc
	testq	%rsi, %rsi
	jle	.LBB2_12
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	leaq	(,%rdx,4), %rax
	xorl	%r9d, %r9d
	movq	%rdi, %r10
	jmp	.LBB2_2
	.p2align	4
.LBB2_3:
	xorl	%r11d, %r11d
.LBB2_10:
	movq	%r11, (%r8,%r9,8)
	incq	%r9
	addq	%rax, %r10
	cmpq	%rsi, %r9
	je	.LBB2_11
.LBB2_2:
	cmpq	$2, %rdx
	setl	%r11b
	movq	%r9, %rbx
	imulq	%rdx, %rbx
	movss	(%rdi,%rbx,4), %xmm0
	ucomiss	%xmm0, %xmm0
	setp	%bl
	orb	%r11b, %bl
	jne	.LBB2_3
	movl	$1, %ebx
	xorl	%r11d, %r11d
	jmp	.LBB2_5
	.p2align	4
.LBB2_9:
	incq	%rbx
	movaps	%xmm1, %xmm0
	cmpq	%rbx, %rdx
	je	.LBB2_10
.LBB2_5:
	movss	(%r10,%rbx,4), %xmm1
	ucomiss	%xmm1, %xmm1
	jp	.LBB2_6
	xorl	%r14d, %r14d
	ucomiss	%xmm0, %xmm1
	seta	%r14b
	xorl	%r15d, %r15d
	ucomiss	%xmm1, %xmm0
	seta	%r15b
	testl	%ecx, %ecx
	cmovel	%r15d, %r14d
	testb	%r14b, %r14b
	cmovneq	%rbx, %r11
	jne	.LBB2_9
	movaps	%xmm0, %xmm1
	jmp	.LBB2_9
	.p2align	4
.LBB2_6:
	movq	%rbx, %r11
	jmp	.LBB2_10
.LBB2_11:
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbx
	.cfi_restore %r14
	.cfi_restore %r15
	.cfi_restore %rbp
.LBB2_12:
	retq
.Lfunc_end2:
	.size	axon_arg_extremum_f32, .Lfunc_end2-axon_arg_extremum_f32
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI3_0:
	.quad	0x3ff0000000000000
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4, 0x0
.LCPI3_1:
	.quad	0x8000000000000000
	.quad	0x8000000000000000
	.text
	.globl	axon_softmax_cross_entropy_f64
	.p2align	4
	.type	axon_softmax_cross_entropy_f64,@function
axon_softmax_cross_entropy_f64:
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
	subq	$2152, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdi, -56(%rbp)
	testq	%rdx, %rdx
	jle	.LBB3_63
	movq	%r8, %rbx
	movq	%rcx, %r14
	movq	%rdx, %r12
	cmpq	$129, %rdx
	movq	%r9, -120(%rbp)
	movsd	%xmm0, -112(%rbp)
	movq	%rsi, -104(%rbp)
	jae	.LBB3_3
	leaq	-2192(%rbp), %rax
	jmp	.LBB3_4
.LBB3_3:
	movq	%r12, %rdi
	shlq	$4, %rdi
	callq	malloc@PLT
.LBB3_4:
	movq	%rax, -136(%rbp)
	movabsq	$9223372036854775800, %rdi
	leaq	(%rax,%r12,8), %rax
	movq	%rax, -72(%rbp)
	movq	%rbx, %rsi
	movq	-56(%rbp), %rdx
	subq	%rdx, %rsi
	leaq	-1(%r14), %rcx
	movq	%rcx, -128(%rbp)
	andq	$-2, %rcx
	movq	%rcx, -144(%rbp)
	cmpq	$4, %r14
	setb	%cl
	cmpq	$32, %rsi
	setb	%al
	orb	%cl, %al
	movb	%al, -41(%rbp)
	addq	$4, %rdi
	andq	%r14, %rdi
	movl	%r14d, %eax
	andl	$3, %eax
	movq	%rax, -88(%rbp)
	leaq	8(%rdx), %r9
	leaq	(,%r14,8), %rax
	movq	%rax, -64(%rbp)
	leaq	16(%rbx), %r10
	leaq	16(%rdx), %r11
	xorpd	%xmm0, %xmm0
	movq	%rdx, %rcx
	xorl	%edx, %edx
	movq	%rbx, %rsi
	movq	%r12, -80(%rbp)
	jmp	.LBB3_5
	.p2align	4
.LBB3_33:
	incq	%rdx
	movq	-64(%rbp), %rax
	addq	%rax, %r9
	addq	%rax, %r10
	addq	%rax, %r11
	addq	%rax, %rsi
	addq	%rax, %rcx
	cmpq	%r12, %rdx
	je	.LBB3_34
.LBB3_5:
	movq	%rdx, %r15
	imulq	%r14, %r15
	movq	-56(%rbp), %rax
	movsd	(%rax,%r15,8), %xmm1
	cmpq	$2, %r14
	movq	%rdx, -96(%rbp)
	jl	.LBB3_6
	movl	$1, %r13d
	jne	.LBB3_19
	movapd	%xmm1, %xmm2
	xorl	%edx, %edx
	jmp	.LBB3_9
	.p2align	4
.LBB3_6:
	xorl	%eax, %eax
	jmp	.LBB3_12
	.p2align	4
.LBB3_19:
	xorl	%edx, %edx
	jmp	.LBB3_20
	.p2align	4
.LBB3_24:
	addq	$2, %r13
	cmpq	-144(%rbp), %r12
	je	.LBB3_25
.LBB3_20:
	movsd	-8(%r9,%r13,8), %xmm2
	movapd	%xmm2, %xmm3
	cmpunordsd	%xmm0, %xmm3
	movapd	%xmm1, %xmm4
	cmpltsd	%xmm2, %xmm4
	ucomisd	%xmm1, %xmm1
	orpd	%xmm3, %xmm4
	movq	%r13, %rax
	cmovpq	%rdx, %rax
	movd	%xmm4, %r12d
	testb	$1, %r12b
	cmoveq	%rdx, %rax
	jne	.LBB3_22
	movapd	%xmm1, %xmm2
.LBB3_22:
	movsd	(%r9,%r13,8), %xmm1
	movapd	%xmm2, %xmm3
	cmpltsd	%xmm1, %xmm3
	movapd	%xmm1, %xmm4
	cmpunordsd	%xmm0, %xmm4
	orpd	%xmm3, %xmm4
	ucomisd	%xmm2, %xmm2
	leaq	1(%r13), %r12
	movq	%r12, %rdx
	cmovpq	%rax, %rdx
	movd	%xmm4, %r8d
	testb	$1, %r8b
	cmoveq	%rax, %rdx
	jne	.LBB3_24
	movapd	%xmm2, %xmm1
	jmp	.LBB3_24
	.p2align	4
.LBB3_25:
	movapd	%xmm1, %xmm2
	movq	-80(%rbp), %r12
.LBB3_9:
	movq	%rdx, %rax
	testb	$1, -128(%rbp)
	je	.LBB3_12
	movq	-56(%rbp), %rax
	leaq	(%rax,%r15,8), %rax
	movsd	(%rax,%r13,8), %xmm1
	movapd	%xmm1, %xmm3
	cmpunordsd	%xmm0, %xmm3
	movapd	%xmm2, %xmm4
	cmpltsd	%xmm1, %xmm4
	orpd	%xmm3, %xmm4
	movd	%xmm4, %eax
	ucomisd	%xmm2, %xmm2
	cmovpq	%rdx, %r13
	testb	$1, %al
	movq	%r13, %rax
	cmoveq	%rdx, %rax
	jne	.LBB3_12
	movapd	%xmm2, %xmm1
	.p2align	4
.LBB3_12:
	movq	16(%rbp), %rdx
	testq	%rdx, %rdx
	je	.LBB3_14
	movq	-96(%rbp), %r8
	movq	%rax, (%rdx,%r8,8)
.LBB3_14:
	movq	%xmm1, %rax
	movabsq	$9223372036854775807, %rdx
	andq	%rdx, %rax
	xorpd	%xmm2, %xmm2
	movabsq	$9218868437227405312, %rdx
	cmpq	%rdx, %rax
	movq	-136(%rbp), %r13
	je	.LBB3_16
	movapd	%xmm1, %xmm2
.LBB3_16:
	movq	-96(%rbp), %rdx
	movsd	%xmm2, (%r13,%rdx,8)
	testq	%r14, %r14
	jle	.LBB3_33
	cmpb	$0, -41(%rbp)
	je	.LBB3_26
	xorl	%r15d, %r15d
	jmp	.LBB3_29
	.p2align	4
.LBB3_26:
	movapd	%xmm2, %xmm1
	unpcklpd	%xmm2, %xmm1
	xorl	%eax, %eax
	.p2align	4
.LBB3_27:
	movupd	-16(%r11,%rax,8), %xmm3
	movupd	(%r11,%rax,8), %xmm4
	subpd	%xmm1, %xmm3
	subpd	%xmm1, %xmm4
	movupd	%xmm3, -16(%r10,%rax,8)
	movupd	%xmm4, (%r10,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %rdi
	jne	.LBB3_27
	movq	%rdi, %r15
	cmpq	%rdi, %r14
	je	.LBB3_33
.LBB3_29:
	movq	%r15, %rax
	cmpq	$0, -88(%rbp)
	je	.LBB3_32
	movq	-88(%rbp), %r12
	movq	%r15, %rax
	.p2align	4
.LBB3_31:
	movsd	(%rcx,%rax,8), %xmm1
	subsd	%xmm2, %xmm1
	movsd	%xmm1, (%rsi,%rax,8)
	incq	%rax
	decq	%r12
	jne	.LBB3_31
.LBB3_32:
	subq	%r14, %r15
	cmpq	$-4, %r15
	movq	-80(%rbp), %r12
	ja	.LBB3_33
	.p2align	4
.LBB3_42:
	movsd	(%rcx,%rax,8), %xmm1
	subsd	%xmm2, %xmm1
	movsd	%xmm1, -16(%r10,%rax,8)
	movsd	8(%rcx,%rax,8), %xmm1
	subsd	%xmm2, %xmm1
	movsd	%xmm1, -8(%r10,%rax,8)
	movsd	16(%rcx,%rax,8), %xmm1
	subsd	%xmm2, %xmm1
	movsd	%xmm1, (%r10,%rax,8)
	movsd	24(%rcx,%rax,8), %xmm1
	subsd	%xmm2, %xmm1
	movsd	%xmm1, 8(%r10,%rax,8)
	addq	$4, %rax
	cmpq	%rax, %r14
	jne	.LBB3_42
	jmp	.LBB3_33
.LBB3_34:
	movq	%r14, %rcx
	imulq	%r12, %rcx
	movl	$3, %edi
	movq	%rbx, %rsi
	movq	%rbx, %rdx
	callq	axon_unary_f64@PLT
	movl	%r14d, %eax
	andl	$7, %eax
	movq	%r14, %r15
	movabsq	$9223372036854775800, %r9
	andq	%r9, %r15
	addq	$6, %r9
	andq	%r14, %r9
	leaq	56(%rbx), %rcx
	xorl	%r8d, %r8d
	movq	-72(%rbp), %rdx
	jmp	.LBB3_35
	.p2align	4
.LBB3_48:
	movq	$0, (%rdx,%r8,8)
.LBB3_49:
	incq	%r8
	movq	-64(%rbp), %rsi
	addq	%rsi, %rcx
	addq	%rsi, %rbx
	cmpq	%r12, %r8
	je	.LBB3_50
.LBB3_35:
	testq	%r14, %r14
	jle	.LBB3_48
	xorpd	%xmm0, %xmm0
	xorl	%esi, %esi
	cmpq	$8, %r14
	jb	.LBB3_37
	.p2align	4
.LBB3_47:
	addsd	-56(%rcx,%rsi,8), %xmm0
	addsd	-48(%rcx,%rsi,8), %xmm0
	addsd	-40(%rcx,%rsi,8), %xmm0
	addsd	-32(%rcx,%rsi,8), %xmm0
	addsd	-24(%rcx,%rsi,8), %xmm0
	addsd	-16(%rcx,%rsi,8), %xmm0
	addsd	-8(%rcx,%rsi,8), %xmm0
	addsd	(%rcx,%rsi,8), %xmm0
	addq	$8, %rsi
	cmpq	%rsi, %r15
	jne	.LBB3_47
.LBB3_37:
	testq	%rax, %rax
	je	.LBB3_40
	leaq	(%rbx,%rsi,8), %rsi
	xorl	%edi, %edi
	.p2align	4
.LBB3_39:
	addsd	(%rsi,%rdi,8), %xmm0
	incq	%rdi
	cmpq	%rdi, %rax
	jne	.LBB3_39
.LBB3_40:
	movsd	%xmm0, (%rdx,%r8,8)
	cmpq	$1, %r14
	jne	.LBB3_43
	xorl	%esi, %esi
	jmp	.LBB3_46
	.p2align	4
.LBB3_43:
	movapd	%xmm0, %xmm1
	unpcklpd	%xmm0, %xmm1
	xorl	%esi, %esi
	.p2align	4
.LBB3_44:
	movupd	(%rbx,%rsi,8), %xmm2
	divpd	%xmm1, %xmm2
	movupd	%xmm2, (%rbx,%rsi,8)
	addq	$2, %rsi
	cmpq	%rsi, %r9
	jne	.LBB3_44
	movq	%r9, %rsi
	cmpq	%r9, %r14
	je	.LBB3_49
	.p2align	4
.LBB3_46:
	movsd	(%rbx,%rsi,8), %xmm1
	divsd	%xmm0, %xmm1
	movsd	%xmm1, (%rbx,%rsi,8)
	incq	%rsi
	cmpq	%rsi, %r14
	jne	.LBB3_46
	jmp	.LBB3_49
.LBB3_50:
	movl	$4, %edi
	movq	%rdx, %rsi
	movq	%r12, %rcx
	callq	axon_unary_f64@PLT
	movq	-72(%rbp), %r11
	movsd	.LCPI3_0(%rip), %xmm0
	movsd	-112(%rbp), %xmm6
	subsd	%xmm6, %xmm0
	xorpd	.LCPI3_1(%rip), %xmm0
	xorps	%xmm1, %xmm1
	cvtsi2sd	%r14, %xmm1
	movl	%r14d, %eax
	andl	$7, %eax
	movq	-56(%rbp), %rsi
	leaq	56(%rsi), %rcx
	xorl	%edx, %edx
	xorpd	%xmm2, %xmm2
	movq	-120(%rbp), %r9
	movq	-104(%rbp), %r10
	jmp	.LBB3_51
	.p2align	4
.LBB3_59:
	subsd	%xmm3, %xmm4
	movapd	%xmm4, %xmm3
.LBB3_60:
	movsd	%xmm3, (%r9,%rdx,8)
	incq	%rdx
	movq	-64(%rbp), %rdi
	addq	%rdi, %rcx
	addq	%rdi, %rsi
	cmpq	%r12, %rdx
	je	.LBB3_61
.LBB3_51:
	movq	%rdx, %rdi
	imulq	%r14, %rdi
	ucomisd	%xmm2, %xmm6
	movq	-56(%rbp), %r8
	leaq	(%r8,%rdi,8), %rdi
	movsd	(%r11,%rdx,8), %xmm4
	addsd	(%r13,%rdx,8), %xmm4
	movq	(%r10,%rdx,8), %r8
	movsd	(%rdi,%r8,8), %xmm3
	jne	.LBB3_52
	jnp	.LBB3_59
.LBB3_52:
	xorpd	%xmm5, %xmm5
	testq	%r14, %r14
	jle	.LBB3_57
	xorl	%edi, %edi
	cmpq	$8, %r14
	jb	.LBB3_54
	.p2align	4
.LBB3_58:
	addsd	-56(%rcx,%rdi,8), %xmm5
	addsd	-48(%rcx,%rdi,8), %xmm5
	addsd	-40(%rcx,%rdi,8), %xmm5
	addsd	-32(%rcx,%rdi,8), %xmm5
	addsd	-24(%rcx,%rdi,8), %xmm5
	addsd	-16(%rcx,%rdi,8), %xmm5
	addsd	-8(%rcx,%rdi,8), %xmm5
	addsd	(%rcx,%rdi,8), %xmm5
	addq	$8, %rdi
	cmpq	%rdi, %r15
	jne	.LBB3_58
.LBB3_54:
	testq	%rax, %rax
	je	.LBB3_57
	leaq	(%rsi,%rdi,8), %rdi
	xorl	%r8d, %r8d
	.p2align	4
.LBB3_56:
	addsd	(%rdi,%r8,8), %xmm5
	incq	%r8
	cmpq	%r8, %rax
	jne	.LBB3_56
.LBB3_57:
	mulsd	%xmm0, %xmm3
	addsd	%xmm4, %xmm3
	mulsd	%xmm6, %xmm5
	divsd	%xmm1, %xmm5
	subsd	%xmm5, %xmm3
	jmp	.LBB3_60
.LBB3_61:
	leaq	-2192(%rbp), %rax
	cmpq	%rax, %r13
	je	.LBB3_63
	movq	%r13, %rdi
	callq	free@PLT
.LBB3_63:
	addq	$2152, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end3:
	.size	axon_softmax_cross_entropy_f64, .Lfunc_end3-axon_softmax_cross_entropy_f64
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI4_0:
	.quad	0x3ff0000000000000
	.text
	.globl	axon_softmax_cross_entropy_backward_f64
	.p2align	4
	.type	axon_softmax_cross_entropy_backward_f64,@function
axon_softmax_cross_entropy_backward_f64:
	.cfi_startproc
	testq	%rdx, %rdx
	jle	.LBB4_17
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
	movq	%rsi, %r15
	cvtsi2sd	%rcx, %xmm3
	movq	16(%rbp), %r10
	cvtsi2sd	%rdx, %xmm1
	movsd	.LCPI4_0(%rip), %xmm2
	subsd	%xmm0, %xmm2
	divsd	%xmm3, %xmm0
	movq	%r10, %rax
	subq	%rdi, %rax
	cmpq	$4, %rcx
	setb	%sil
	cmpq	$32, %rax
	setb	%al
	orb	%sil, %al
	movb	%al, -41(%rbp)
	movabsq	$9223372036854775804, %r11
	andq	%rcx, %r11
	movapd	%xmm0, %xmm3
	unpcklpd	%xmm0, %xmm3
	movl	%ecx, %eax
	andl	$3, %eax
	movq	%rax, -56(%rbp)
	leaq	16(%r10), %r14
	leaq	(,%rcx,8), %rsi
	leaq	16(%rdi), %r12
	xorl	%r13d, %r13d
	movq	%r10, %rax
	movq	%rdx, -64(%rbp)
	jmp	.LBB4_2
	.p2align	4
.LBB4_15:
	movq	%r13, %r10
	imulq	%rcx, %r10
	movq	16(%rbp), %rbx
	leaq	(%rbx,%r10,8), %r10
	movq	(%r15,%r13,8), %rbx
	movsd	(%r10,%rbx,8), %xmm5
	mulsd	%xmm2, %xmm4
	subsd	%xmm4, %xmm5
	movsd	%xmm5, (%r10,%rbx,8)
	incq	%r13
	addq	%rsi, %r14
	addq	%rsi, %r12
	addq	%rsi, %rax
	addq	%rsi, %rdi
	cmpq	%rdx, %r13
	je	.LBB4_16
.LBB4_2:
	testl	%r9d, %r9d
	je	.LBB4_4
	movsd	(%r8), %xmm4
	divsd	%xmm1, %xmm4
	testq	%rcx, %rcx
	jg	.LBB4_6
	jmp	.LBB4_15
	.p2align	4
.LBB4_4:
	movsd	(%r8,%r13,8), %xmm4
	testq	%rcx, %rcx
	jle	.LBB4_15
.LBB4_6:
	cmpb	$0, -41(%rbp)
	je	.LBB4_8
	xorl	%ebx, %ebx
	jmp	.LBB4_11
	.p2align	4
.LBB4_8:
	movapd	%xmm4, %xmm5
	unpcklpd	%xmm4, %xmm5
	xorl	%r10d, %r10d
	.p2align	4
.LBB4_9:
	movupd	-16(%r12,%r10,8), %xmm6
	movupd	(%r12,%r10,8), %xmm7
	subpd	%xmm3, %xmm6
	subpd	%xmm3, %xmm7
	mulpd	%xmm5, %xmm6
	mulpd	%xmm5, %xmm7
	movupd	%xmm6, -16(%r14,%r10,8)
	movupd	%xmm7, (%r14,%r10,8)
	addq	$4, %r10
	cmpq	%r10, %r11
	jne	.LBB4_9
	movq	%r11, %rbx
	cmpq	%r11, %rcx
	je	.LBB4_15
.LBB4_11:
	movq	%r15, %rdx
	movq	%rbx, %r10
	cmpq	$0, -56(%rbp)
	je	.LBB4_14
	movq	-56(%rbp), %r15
	movq	%rbx, %r10
	.p2align	4
.LBB4_13:
	movsd	(%rdi,%r10,8), %xmm5
	subsd	%xmm0, %xmm5
	mulsd	%xmm4, %xmm5
	movsd	%xmm5, (%rax,%r10,8)
	incq	%r10
	decq	%r15
	jne	.LBB4_13
.LBB4_14:
	subq	%rcx, %rbx
	cmpq	$-4, %rbx
	movq	%rdx, %r15
	movq	-64(%rbp), %rdx
	ja	.LBB4_15
	.p2align	4
.LBB4_18:
	movsd	(%rdi,%r10,8), %xmm5
	subsd	%xmm0, %xmm5
	mulsd	%xmm4, %xmm5
	movsd	%xmm5, -16(%r14,%r10,8)
	movsd	8(%rdi,%r10,8), %xmm5
	subsd	%xmm0, %xmm5
	mulsd	%xmm4, %xmm5
	movsd	%xmm5, -8(%r14,%r10,8)
	movsd	16(%rdi,%r10,8), %xmm5
	subsd	%xmm0, %xmm5
	mulsd	%xmm4, %xmm5
	movsd	%xmm5, (%r14,%r10,8)
	movsd	24(%rdi,%r10,8), %xmm5
	subsd	%xmm0, %xmm5
	mulsd	%xmm4, %xmm5
	movsd	%xmm5, 8(%r14,%r10,8)
	addq	$4, %r10
	cmpq	%r10, %rcx
	jne	.LBB4_18
	jmp	.LBB4_15
.LBB4_16:
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
.LBB4_17:
	retq
.Lfunc_end4:
	.size	axon_softmax_cross_entropy_backward_f64, .Lfunc_end4-axon_softmax_cross_entropy_backward_f64
	.cfi_endproc

	.globl	axon_arg_extremum_f64
	.p2align	4
	.type	axon_arg_extremum_f64,@function
axon_arg_extremum_f64:
	.cfi_startproc
	testq	%rsi, %rsi
	jle	.LBB5_12
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	leaq	(,%rdx,8), %rax
	xorl	%r9d, %r9d
	movq	%rdi, %r10
	jmp	.LBB5_2
	.p2align	4
.LBB5_3:
	xorl	%r11d, %r11d
.LBB5_10:
	movq	%r11, (%r8,%r9,8)
	incq	%r9
	addq	%rax, %r10
	cmpq	%rsi, %r9
	je	.LBB5_11
.LBB5_2:
	cmpq	$2, %rdx
	setl	%r11b
	movq	%r9, %rbx
	imulq	%rdx, %rbx
	movsd	(%rdi,%rbx,8), %xmm0
	ucomisd	%xmm0, %xmm0
	setp	%bl
	orb	%r11b, %bl
	jne	.LBB5_3
	movl	$1, %ebx
	xorl	%r11d, %r11d
	jmp	.LBB5_5
	.p2align	4
.LBB5_9:
	incq	%rbx
	movapd	%xmm1, %xmm0
	cmpq	%rbx, %rdx
	je	.LBB5_10
.LBB5_5:
	movsd	(%r10,%rbx,8), %xmm1
	ucomisd	%xmm1, %xmm1
	jp	.LBB5_6
	xorl	%r14d, %r14d
	ucomisd	%xmm0, %xmm1
	seta	%r14b
	xorl	%r15d, %r15d
	ucomisd	%xmm1, %xmm0
	seta	%r15b
	testl	%ecx, %ecx
	cmovel	%r15d, %r14d
	testb	%r14b, %r14b
	cmovneq	%rbx, %r11
	jne	.LBB5_9
	movapd	%xmm0, %xmm1
	jmp	.LBB5_9
	.p2align	4
.LBB5_6:
	movq	%rbx, %r11
	jmp	.LBB5_10
.LBB5_11:
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbx
	.cfi_restore %r14
	.cfi_restore %r15
	.cfi_restore %rbp
.LBB5_12:
	retq
.Lfunc_end5:
	.size	axon_arg_extremum_f64, .Lfunc_end5-axon_arg_extremum_f64
	.cfi_endproc

	.globl	axon_first_outside_i64
	.p2align	4
	.type	axon_first_outside_i64,@function
axon_first_outside_i64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	$-1, %rax
	testq	%rsi, %rsi
	jle	.LBB6_5
	xorl	%ecx, %ecx
	.p2align	4
.LBB6_2:
	movq	(%rdi,%rcx,8), %r8
	testq	%r8, %r8
	js	.LBB6_7
	cmpq	%rdx, %r8
	jge	.LBB6_7
	incq	%rcx
	cmpq	%rcx, %rsi
	jne	.LBB6_2
.LBB6_5:
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB6_7:
	.cfi_def_cfa %rbp, 16
	movq	%rcx, %rax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end6:
	.size	axon_first_outside_i64, .Lfunc_end6-axon_first_outside_i64
	.cfi_endproc

	.globl	axon_count_equal_i64
	.p2align	4
	.type	axon_count_equal_i64,@function
axon_count_equal_i64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	testq	%rdx, %rdx
	jle	.LBB7_1
	cmpq	$4, %rdx
	jae	.LBB7_5
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.LBB7_4
.LBB7_1:
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB7_5:
	.cfi_def_cfa %rbp, 16
	movabsq	$9223372036854775804, %rcx
	andq	%rdx, %rcx
	pxor	%xmm0, %xmm0
	xorl	%eax, %eax
	pxor	%xmm1, %xmm1
	.p2align	4
.LBB7_6:
	movdqu	(%rdi,%rax,8), %xmm2
	movdqu	16(%rdi,%rax,8), %xmm3
	movdqu	(%rsi,%rax,8), %xmm4
	pcmpeqd	%xmm2, %xmm4
	movdqu	16(%rsi,%rax,8), %xmm2
	pcmpeqd	%xmm3, %xmm2
	pshufd	$177, %xmm4, %xmm3
	pand	%xmm4, %xmm3
	psubq	%xmm3, %xmm0
	pshufd	$177, %xmm2, %xmm3
	pand	%xmm2, %xmm3
	psubq	%xmm3, %xmm1
	addq	$4, %rax
	cmpq	%rax, %rcx
	jne	.LBB7_6
	paddq	%xmm0, %xmm1
	pshufd	$238, %xmm1, %xmm0
	paddq	%xmm1, %xmm0
	movq	%xmm0, %rax
	jmp	.LBB7_8
.LBB7_4:
	movq	(%rdi,%rcx,8), %r8
	xorl	%r9d, %r9d
	cmpq	(%rsi,%rcx,8), %r8
	sete	%r9b
	addq	%r9, %rax
	incq	%rcx
.LBB7_8:
	cmpq	%rcx, %rdx
	jne	.LBB7_4
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end7:
	.size	axon_count_equal_i64, .Lfunc_end7-axon_count_equal_i64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
