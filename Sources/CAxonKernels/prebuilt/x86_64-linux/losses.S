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
	subq	$1112, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdi, -56(%rbp)
	testq	%rdx, %rdx
	jle	.LBB0_55
	movq	%r8, %r15
	movq	%rcx, %r14
	cmpq	$129, %rdx
	movq	%rdx, -64(%rbp)
	movq	%r9, -112(%rbp)
	movq	%xmm0, -104(%rbp)
	movq	%rsi, -96(%rbp)
	jae	.LBB0_3
	leaq	-1152(%rbp), %rax
	jmp	.LBB0_4
.LBB0_3:
	leaq	(,%rdx,8), %rdi
	callq	malloc@PLT
	movq	-64(%rbp), %rdx
.LBB0_4:
	movq	%rax, -80(%rbp)
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, -72(%rbp)
	movq	%r15, %rax
	movq	-56(%rbp), %r13
	subq	%r13, %rax
	leaq	-1(%r14), %r8
	cmpq	$8, %r14
	setb	%cl
	cmpq	$32, %rax
	setb	%al
	orb	%cl, %al
	movb	%al, -41(%rbp)
	movq	%r14, %rdx
	andq	$-8, %rdx
	movl	%r14d, %eax
	andl	$3, %eax
	movq	%rax, -88(%rbp)
	leaq	4(%r13), %rdi
	leaq	(,%r14,4), %r12
	movq	%r8, -120(%rbp)
	andq	$-2, %r8
	negq	%r8
	leaq	16(%r15), %r9
	leaq	16(%r13), %r10
	xorl	%eax, %eax
	movq	%r15, %rbx
	jmp	.LBB0_5
	.p2align	4
.LBB0_25:
	incq	%rax
	addq	%r12, %rdi
	addq	%r12, %r9
	addq	%r12, %r10
	addq	%r12, %rbx
	addq	%r12, %r13
	movq	-64(%rbp), %rsi
	cmpq	%rsi, %rax
	je	.LBB0_26
.LBB0_5:
	movq	%rax, %r11
	imulq	%r14, %r11
	movq	-56(%rbp), %rcx
	movd	(%rcx,%r11,4), %xmm1
	cmpq	$2, %r14
	jl	.LBB0_13
	movl	$1, %ecx
	je	.LBB0_8
	.p2align	4
.LBB0_7:
	movss	-4(%rdi,%rcx,4), %xmm0
	movss	(%rdi,%rcx,4), %xmm2
	movdqa	%xmm1, %xmm3
	cmpltss	%xmm0, %xmm3
	movaps	%xmm3, %xmm4
	andps	%xmm0, %xmm4
	movaps	%xmm0, %xmm5
	cmpunordss	%xmm0, %xmm5
	andps	%xmm5, %xmm0
	andnps	%xmm1, %xmm5
	orps	%xmm0, %xmm5
	andnps	%xmm5, %xmm3
	orps	%xmm4, %xmm3
	movaps	%xmm3, %xmm1
	cmpltss	%xmm2, %xmm1
	movaps	%xmm2, %xmm0
	cmpunordss	%xmm2, %xmm0
	movaps	%xmm0, %xmm4
	andnps	%xmm3, %xmm4
	andps	%xmm2, %xmm0
	orps	%xmm4, %xmm0
	movaps	%xmm1, %xmm3
	andnps	%xmm0, %xmm3
	andps	%xmm2, %xmm1
	orps	%xmm3, %xmm1
	leaq	(%r8,%rcx), %rsi
	addq	$2, %rsi
	addq	$2, %rcx
	cmpq	$1, %rsi
	jne	.LBB0_7
.LBB0_8:
	testb	$1, -120(%rbp)
	je	.LBB0_10
	movq	-56(%rbp), %rsi
	leaq	(%rsi,%r11,4), %rsi
	movss	(%rsi,%rcx,4), %xmm0
	movaps	%xmm1, %xmm2
	cmpltss	%xmm0, %xmm2
	movaps	%xmm2, %xmm3
	andps	%xmm0, %xmm3
	movaps	%xmm0, %xmm4
	cmpunordss	%xmm0, %xmm4
	andps	%xmm4, %xmm0
	andnps	%xmm1, %xmm4
	orps	%xmm0, %xmm4
	andnps	%xmm4, %xmm2
	orps	%xmm3, %xmm2
	movaps	%xmm2, %xmm1
.LBB0_10:
	movd	%xmm1, %ecx
	andl	$2147483647, %ecx
	xorps	%xmm0, %xmm0
	cmpl	$2139095040, %ecx
	je	.LBB0_12
	movaps	%xmm1, %xmm0
.LBB0_12:
	movq	-80(%rbp), %rcx
	movss	%xmm0, (%rcx,%rax,4)
	jmp	.LBB0_16
	.p2align	4
.LBB0_13:
	movd	%xmm1, %ecx
	andl	$2147483647, %ecx
	pxor	%xmm0, %xmm0
	cmpl	$2139095040, %ecx
	je	.LBB0_15
	movdqa	%xmm1, %xmm0
.LBB0_15:
	movq	-80(%rbp), %rcx
	movd	%xmm0, (%rcx,%rax,4)
	testq	%r14, %r14
	jle	.LBB0_25
.LBB0_16:
	cmpb	$0, -41(%rbp)
	je	.LBB0_18
	xorl	%r11d, %r11d
	jmp	.LBB0_21
	.p2align	4
.LBB0_18:
	movdqa	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	xorl	%ecx, %ecx
	.p2align	4
.LBB0_19:
	movups	-16(%r10,%rcx,4), %xmm2
	movups	(%r10,%rcx,4), %xmm3
	subps	%xmm1, %xmm2
	subps	%xmm1, %xmm3
	movups	%xmm2, -16(%r9,%rcx,4)
	movups	%xmm3, (%r9,%rcx,4)
	addq	$8, %rcx
	cmpq	%rcx, %rdx
	jne	.LBB0_19
	movq	%rdx, %r11
	cmpq	%rdx, %r14
	je	.LBB0_25
.LBB0_21:
	movq	%r11, %rcx
	cmpq	$0, -88(%rbp)
	je	.LBB0_24
	movq	-88(%rbp), %rsi
	movq	%r11, %rcx
	.p2align	4
.LBB0_23:
	movss	(%r13,%rcx,4), %xmm1
	subss	%xmm0, %xmm1
	movss	%xmm1, (%rbx,%rcx,4)
	incq	%rcx
	decq	%rsi
	jne	.LBB0_23
.LBB0_24:
	subq	%r14, %r11
	cmpq	$-4, %r11
	ja	.LBB0_25
	.p2align	4
.LBB0_34:
	movss	(%r13,%rcx,4), %xmm1
	subss	%xmm0, %xmm1
	movss	%xmm1, (%rbx,%rcx,4)
	movss	4(%r13,%rcx,4), %xmm1
	subss	%xmm0, %xmm1
	movss	%xmm1, 4(%rbx,%rcx,4)
	movss	8(%r13,%rcx,4), %xmm1
	subss	%xmm0, %xmm1
	movss	%xmm1, 8(%rbx,%rcx,4)
	movss	12(%r13,%rcx,4), %xmm1
	subss	%xmm0, %xmm1
	movss	%xmm1, 12(%rbx,%rcx,4)
	addq	$4, %rcx
	cmpq	%rcx, %r14
	jne	.LBB0_34
	jmp	.LBB0_25
.LBB0_26:
	movabsq	$9223372036854775800, %rbx
	movq	%r14, %rcx
	imulq	%rsi, %rcx
	movl	$3, %edi
	movq	%r15, %rsi
	movq	%r15, %rdx
	callq	axon_unary_f32@PLT
	movq	-64(%rbp), %rcx
	movl	%r14d, %eax
	andl	$7, %eax
	movq	%r14, %r13
	andq	%rbx, %r13
	orq	$4, %rbx
	andq	%r14, %rbx
	leaq	28(%r15), %r8
	xorl	%edx, %edx
	jmp	.LBB0_27
	.p2align	4
.LBB0_40:
	movq	-72(%rbp), %rsi
	movl	$0, (%rsi,%rdx,4)
.LBB0_41:
	incq	%rdx
	addq	%r12, %r8
	addq	%r12, %r15
	cmpq	%rcx, %rdx
	je	.LBB0_42
.LBB0_27:
	testq	%r14, %r14
	jle	.LBB0_40
	pxor	%xmm0, %xmm0
	xorl	%esi, %esi
	cmpq	$8, %r14
	jb	.LBB0_29
	.p2align	4
.LBB0_39:
	addss	-28(%r8,%rsi,4), %xmm0
	addss	-24(%r8,%rsi,4), %xmm0
	addss	-20(%r8,%rsi,4), %xmm0
	addss	-16(%r8,%rsi,4), %xmm0
	addss	-12(%r8,%rsi,4), %xmm0
	addss	-8(%r8,%rsi,4), %xmm0
	addss	-4(%r8,%rsi,4), %xmm0
	addss	(%r8,%rsi,4), %xmm0
	addq	$8, %rsi
	cmpq	%rsi, %r13
	jne	.LBB0_39
.LBB0_29:
	testq	%rax, %rax
	je	.LBB0_32
	leaq	(%r15,%rsi,4), %rsi
	xorl	%edi, %edi
	.p2align	4
.LBB0_31:
	addss	(%rsi,%rdi,4), %xmm0
	incq	%rdi
	cmpq	%rdi, %rax
	jne	.LBB0_31
.LBB0_32:
	movq	-72(%rbp), %rsi
	movss	%xmm0, (%rsi,%rdx,4)
	cmpq	$4, %r14
	jae	.LBB0_35
	xorl	%esi, %esi
	jmp	.LBB0_38
	.p2align	4
.LBB0_35:
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	xorl	%esi, %esi
	.p2align	4
.LBB0_36:
	movups	(%r15,%rsi,4), %xmm2
	divps	%xmm1, %xmm2
	movups	%xmm2, (%r15,%rsi,4)
	addq	$4, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB0_36
	movq	%rbx, %rsi
	cmpq	%rbx, %r14
	je	.LBB0_41
	.p2align	4
.LBB0_38:
	movss	(%r15,%rsi,4), %xmm1
	divss	%xmm0, %xmm1
	movss	%xmm1, (%r15,%rsi,4)
	incq	%rsi
	cmpq	%rsi, %r14
	jne	.LBB0_38
	jmp	.LBB0_41
.LBB0_42:
	movl	$4, %edi
	movq	-72(%rbp), %r15
	movq	%r15, %rsi
	movq	%r15, %rdx
	callq	axon_unary_f32@PLT
	movq	-64(%rbp), %r10
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
	movq	-96(%rbp), %r11
	movq	-80(%rbp), %rdi
	jmp	.LBB0_43
	.p2align	4
.LBB0_51:
	subss	%xmm4, %xmm5
	movaps	%xmm5, %xmm4
.LBB0_52:
	movss	%xmm4, (%r9,%rdx,4)
	incq	%rdx
	addq	%r12, %rcx
	addq	%r12, %rsi
	cmpq	%r10, %rdx
	je	.LBB0_53
.LBB0_43:
	movq	%rdx, %rbx
	imulq	%r14, %rbx
	ucomisd	%xmm3, %xmm7
	movq	-56(%rbp), %r8
	leaq	(%r8,%rbx,4), %rbx
	movss	(%r15,%rdx,4), %xmm5
	addss	(%rdi,%rdx,4), %xmm5
	movq	(%r11,%rdx,8), %r8
	movss	(%rbx,%r8,4), %xmm4
	jne	.LBB0_44
	jnp	.LBB0_51
.LBB0_44:
	xorps	%xmm6, %xmm6
	testq	%r14, %r14
	jle	.LBB0_49
	xorl	%r8d, %r8d
	cmpq	$8, %r14
	jb	.LBB0_46
	.p2align	4
.LBB0_50:
	addss	-28(%rcx,%r8,4), %xmm6
	addss	-24(%rcx,%r8,4), %xmm6
	addss	-20(%rcx,%r8,4), %xmm6
	addss	-16(%rcx,%r8,4), %xmm6
	addss	-12(%rcx,%r8,4), %xmm6
	addss	-8(%rcx,%r8,4), %xmm6
	addss	-4(%rcx,%r8,4), %xmm6
	addss	(%rcx,%r8,4), %xmm6
	addq	$8, %r8
	cmpq	%r8, %r13
	jne	.LBB0_50
.LBB0_46:
	testq	%rax, %rax
	je	.LBB0_49
	leaq	(%rsi,%r8,4), %rbx
	xorl	%r8d, %r8d
	.p2align	4
.LBB0_48:
	addss	(%rbx,%r8,4), %xmm6
	incq	%r8
	cmpq	%r8, %rax
	jne	.LBB0_48
.LBB0_49:
	mulss	%xmm1, %xmm4
	addss	%xmm5, %xmm4
	mulss	%xmm0, %xmm6
	divss	%xmm2, %xmm6
	subss	%xmm6, %xmm4
	jmp	.LBB0_52
.LBB0_53:
	leaq	-1152(%rbp), %rax
	cmpq	%rax, %rdi
	je	.LBB0_55
	callq	free@PLT
.LBB0_55:
	addq	$1112, %rsp
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
	subq	$2136, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdi, -56(%rbp)
	testq	%rdx, %rdx
	jle	.LBB3_55
	movq	%r8, %rbx
	movq	%rcx, %r14
	cmpq	$129, %rdx
	movq	%rdx, -64(%rbp)
	movq	%r9, -112(%rbp)
	movq	%xmm0, -104(%rbp)
	movq	%rsi, -96(%rbp)
	jae	.LBB3_3
	leaq	-2176(%rbp), %rax
	jmp	.LBB3_4
.LBB3_3:
	movq	%rdx, %rdi
	shlq	$4, %rdi
	callq	malloc@PLT
	movq	-64(%rbp), %rdx
.LBB3_4:
	movq	%rax, -80(%rbp)
	leaq	(%rax,%rdx,8), %rax
	movq	%rax, -72(%rbp)
	movq	%rbx, %rax
	movq	-56(%rbp), %r13
	subq	%r13, %rax
	leaq	-1(%r14), %r8
	cmpq	$4, %r14
	setb	%cl
	cmpq	$32, %rax
	setb	%al
	orb	%cl, %al
	movb	%al, -41(%rbp)
	movq	%r14, %rdx
	andq	$-4, %rdx
	movl	%r14d, %eax
	andl	$3, %eax
	movq	%rax, -88(%rbp)
	leaq	8(%r13), %rdi
	leaq	(,%r14,8), %r12
	movq	%r8, -120(%rbp)
	andq	$-2, %r8
	negq	%r8
	leaq	16(%rbx), %r9
	leaq	16(%r13), %r10
	xorl	%r11d, %r11d
	movq	%rbx, %rax
	jmp	.LBB3_5
	.p2align	4
.LBB3_25:
	incq	%r11
	addq	%r12, %rdi
	addq	%r12, %r9
	addq	%r12, %r10
	addq	%r12, %rax
	addq	%r12, %r13
	cmpq	-64(%rbp), %r11
	je	.LBB3_26
.LBB3_5:
	movq	%r11, %r15
	imulq	%r14, %r15
	movq	-56(%rbp), %rcx
	movq	(%rcx,%r15,8), %xmm1
	cmpq	$2, %r14
	jl	.LBB3_13
	movl	$1, %ecx
	je	.LBB3_8
	.p2align	4
.LBB3_7:
	movsd	-8(%rdi,%rcx,8), %xmm0
	movsd	(%rdi,%rcx,8), %xmm2
	movdqa	%xmm1, %xmm3
	cmpltsd	%xmm0, %xmm3
	movapd	%xmm3, %xmm4
	andpd	%xmm0, %xmm4
	movapd	%xmm0, %xmm5
	cmpunordsd	%xmm0, %xmm5
	andpd	%xmm5, %xmm0
	andnpd	%xmm1, %xmm5
	orpd	%xmm0, %xmm5
	andnpd	%xmm5, %xmm3
	orpd	%xmm4, %xmm3
	movapd	%xmm3, %xmm1
	cmpltsd	%xmm2, %xmm1
	movapd	%xmm2, %xmm0
	cmpunordsd	%xmm2, %xmm0
	movapd	%xmm0, %xmm4
	andnpd	%xmm3, %xmm4
	andpd	%xmm2, %xmm0
	orpd	%xmm4, %xmm0
	movapd	%xmm1, %xmm3
	andnpd	%xmm0, %xmm3
	andpd	%xmm2, %xmm1
	orpd	%xmm3, %xmm1
	leaq	(%r8,%rcx), %rsi
	addq	$2, %rsi
	addq	$2, %rcx
	cmpq	$1, %rsi
	jne	.LBB3_7
.LBB3_8:
	testb	$1, -120(%rbp)
	je	.LBB3_10
	movq	-56(%rbp), %rsi
	leaq	(%rsi,%r15,8), %rsi
	movsd	(%rsi,%rcx,8), %xmm0
	movapd	%xmm1, %xmm2
	cmpltsd	%xmm0, %xmm2
	movapd	%xmm2, %xmm3
	andpd	%xmm0, %xmm3
	movapd	%xmm0, %xmm4
	cmpunordsd	%xmm0, %xmm4
	andpd	%xmm4, %xmm0
	andnpd	%xmm1, %xmm4
	orpd	%xmm0, %xmm4
	andnpd	%xmm4, %xmm2
	orpd	%xmm3, %xmm2
	movapd	%xmm2, %xmm1
.LBB3_10:
	movq	%xmm1, %rcx
	movabsq	$9223372036854775807, %rsi
	andq	%rsi, %rcx
	xorpd	%xmm0, %xmm0
	movabsq	$9218868437227405312, %rsi
	cmpq	%rsi, %rcx
	je	.LBB3_12
	movapd	%xmm1, %xmm0
.LBB3_12:
	movq	-80(%rbp), %rcx
	movsd	%xmm0, (%rcx,%r11,8)
	jmp	.LBB3_16
	.p2align	4
.LBB3_13:
	movq	%xmm1, %rcx
	movabsq	$9223372036854775807, %rsi
	andq	%rsi, %rcx
	pxor	%xmm0, %xmm0
	movabsq	$9218868437227405312, %rsi
	cmpq	%rsi, %rcx
	je	.LBB3_15
	movdqa	%xmm1, %xmm0
.LBB3_15:
	movq	-80(%rbp), %rcx
	movq	%xmm0, (%rcx,%r11,8)
	testq	%r14, %r14
	jle	.LBB3_25
.LBB3_16:
	cmpb	$0, -41(%rbp)
	je	.LBB3_18
	xorl	%r15d, %r15d
	jmp	.LBB3_21
	.p2align	4
.LBB3_18:
	movdqa	%xmm0, %xmm1
	punpcklqdq	%xmm0, %xmm1
	xorl	%ecx, %ecx
	.p2align	4
.LBB3_19:
	movupd	-16(%r10,%rcx,8), %xmm2
	movupd	(%r10,%rcx,8), %xmm3
	subpd	%xmm1, %xmm2
	subpd	%xmm1, %xmm3
	movupd	%xmm2, -16(%r9,%rcx,8)
	movupd	%xmm3, (%r9,%rcx,8)
	addq	$4, %rcx
	cmpq	%rcx, %rdx
	jne	.LBB3_19
	movq	%rdx, %r15
	cmpq	%rdx, %r14
	je	.LBB3_25
.LBB3_21:
	movq	%r15, %rcx
	cmpq	$0, -88(%rbp)
	je	.LBB3_24
	movq	-88(%rbp), %rsi
	movq	%r15, %rcx
	.p2align	4
.LBB3_23:
	movsd	(%r13,%rcx,8), %xmm1
	subsd	%xmm0, %xmm1
	movsd	%xmm1, (%rax,%rcx,8)
	incq	%rcx
	decq	%rsi
	jne	.LBB3_23
.LBB3_24:
	subq	%r14, %r15
	cmpq	$-4, %r15
	ja	.LBB3_25
	.p2align	4
.LBB3_34:
	movsd	(%r13,%rcx,8), %xmm1
	subsd	%xmm0, %xmm1
	movsd	%xmm1, -16(%r9,%rcx,8)
	movsd	8(%r13,%rcx,8), %xmm1
	subsd	%xmm0, %xmm1
	movsd	%xmm1, -8(%r9,%rcx,8)
	movsd	16(%r13,%rcx,8), %xmm1
	subsd	%xmm0, %xmm1
	movsd	%xmm1, (%r9,%rcx,8)
	movsd	24(%r13,%rcx,8), %xmm1
	subsd	%xmm0, %xmm1
	movsd	%xmm1, 8(%r9,%rcx,8)
	addq	$4, %rcx
	cmpq	%rcx, %r14
	jne	.LBB3_34
	jmp	.LBB3_25
.LBB3_26:
	movabsq	$9223372036854775800, %r15
	movq	%r14, %rcx
	movq	-64(%rbp), %r13
	imulq	%r13, %rcx
	movl	$3, %edi
	movq	%rbx, %rsi
	movq	%rbx, %rdx
	callq	axon_unary_f64@PLT
	movq	%r13, %rcx
	movl	%r14d, %eax
	andl	$7, %eax
	movq	%r14, %r13
	andq	%r15, %r13
	orq	$6, %r15
	andq	%r14, %r15
	leaq	56(%rbx), %r8
	xorl	%edx, %edx
	jmp	.LBB3_27
	.p2align	4
.LBB3_40:
	movq	-72(%rbp), %rsi
	movq	$0, (%rsi,%rdx,8)
.LBB3_41:
	incq	%rdx
	addq	%r12, %r8
	addq	%r12, %rbx
	cmpq	%rcx, %rdx
	je	.LBB3_42
.LBB3_27:
	testq	%r14, %r14
	jle	.LBB3_40
	pxor	%xmm0, %xmm0
	xorl	%esi, %esi
	cmpq	$8, %r14
	jb	.LBB3_29
	.p2align	4
.LBB3_39:
	addsd	-56(%r8,%rsi,8), %xmm0
	addsd	-48(%r8,%rsi,8), %xmm0
	addsd	-40(%r8,%rsi,8), %xmm0
	addsd	-32(%r8,%rsi,8), %xmm0
	addsd	-24(%r8,%rsi,8), %xmm0
	addsd	-16(%r8,%rsi,8), %xmm0
	addsd	-8(%r8,%rsi,8), %xmm0
	addsd	(%r8,%rsi,8), %xmm0
	addq	$8, %rsi
	cmpq	%rsi, %r13
	jne	.LBB3_39
.LBB3_29:
	testq	%rax, %rax
	je	.LBB3_32
	leaq	(%rbx,%rsi,8), %rsi
	xorl	%edi, %edi
	.p2align	4
.LBB3_31:
	addsd	(%rsi,%rdi,8), %xmm0
	incq	%rdi
	cmpq	%rdi, %rax
	jne	.LBB3_31
.LBB3_32:
	movq	-72(%rbp), %rsi
	movsd	%xmm0, (%rsi,%rdx,8)
	cmpq	$1, %r14
	jne	.LBB3_35
	xorl	%esi, %esi
	jmp	.LBB3_38
	.p2align	4
.LBB3_35:
	movapd	%xmm0, %xmm1
	unpcklpd	%xmm0, %xmm1
	xorl	%esi, %esi
	.p2align	4
.LBB3_36:
	movupd	(%rbx,%rsi,8), %xmm2
	divpd	%xmm1, %xmm2
	movupd	%xmm2, (%rbx,%rsi,8)
	addq	$2, %rsi
	cmpq	%rsi, %r15
	jne	.LBB3_36
	movq	%r15, %rsi
	cmpq	%r15, %r14
	je	.LBB3_41
	.p2align	4
.LBB3_38:
	movsd	(%rbx,%rsi,8), %xmm1
	divsd	%xmm0, %xmm1
	movsd	%xmm1, (%rbx,%rsi,8)
	incq	%rsi
	cmpq	%rsi, %r14
	jne	.LBB3_38
	jmp	.LBB3_41
.LBB3_42:
	movl	$4, %edi
	movq	-72(%rbp), %r15
	movq	%r15, %rsi
	movq	%r15, %rdx
	callq	axon_unary_f64@PLT
	movq	-64(%rbp), %r10
	movsd	.LCPI3_0(%rip), %xmm0
	movsd	-104(%rbp), %xmm6
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
	movq	-112(%rbp), %r9
	movq	-96(%rbp), %r11
	movq	-80(%rbp), %rdi
	jmp	.LBB3_43
	.p2align	4
.LBB3_51:
	subsd	%xmm3, %xmm4
	movapd	%xmm4, %xmm3
.LBB3_52:
	movsd	%xmm3, (%r9,%rdx,8)
	incq	%rdx
	addq	%r12, %rcx
	addq	%r12, %rsi
	cmpq	%r10, %rdx
	je	.LBB3_53
.LBB3_43:
	movq	%rdx, %rbx
	imulq	%r14, %rbx
	ucomisd	%xmm2, %xmm6
	movq	-56(%rbp), %r8
	leaq	(%r8,%rbx,8), %rbx
	movsd	(%r15,%rdx,8), %xmm4
	addsd	(%rdi,%rdx,8), %xmm4
	movq	(%r11,%rdx,8), %r8
	movsd	(%rbx,%r8,8), %xmm3
	jne	.LBB3_44
	jnp	.LBB3_51
.LBB3_44:
	xorpd	%xmm5, %xmm5
	testq	%r14, %r14
	jle	.LBB3_49
	xorl	%r8d, %r8d
	cmpq	$8, %r14
	jb	.LBB3_46
	.p2align	4
.LBB3_50:
	addsd	-56(%rcx,%r8,8), %xmm5
	addsd	-48(%rcx,%r8,8), %xmm5
	addsd	-40(%rcx,%r8,8), %xmm5
	addsd	-32(%rcx,%r8,8), %xmm5
	addsd	-24(%rcx,%r8,8), %xmm5
	addsd	-16(%rcx,%r8,8), %xmm5
	addsd	-8(%rcx,%r8,8), %xmm5
	addsd	(%rcx,%r8,8), %xmm5
	addq	$8, %r8
	cmpq	%r8, %r13
	jne	.LBB3_50
.LBB3_46:
	testq	%rax, %rax
	je	.LBB3_49
	leaq	(%rsi,%r8,8), %rbx
	xorl	%r8d, %r8d
	.p2align	4
.LBB3_48:
	addsd	(%rbx,%r8,8), %xmm5
	incq	%r8
	cmpq	%r8, %rax
	jne	.LBB3_48
.LBB3_49:
	mulsd	%xmm0, %xmm3
	addsd	%xmm4, %xmm3
	mulsd	%xmm6, %xmm5
	divsd	%xmm1, %xmm5
	subsd	%xmm5, %xmm3
	jmp	.LBB3_52
.LBB3_53:
	leaq	-2176(%rbp), %rax
	cmpq	%rax, %rdi
	je	.LBB3_55
	callq	free@PLT
.LBB3_55:
	addq	$2136, %rsp
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
