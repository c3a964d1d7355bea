// Generated from ../../conv_implicit.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"conv_implicit.c"
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI0_0:
	.quad	0x4008000000000000
.LCPI0_1:
	.quad	0x3feccccccccccccd
	.text
	.globl	axon_conv_implicit_forward_f32
	.p2align	4
	.type	axon_conv_implicit_forward_f32,@function
axon_conv_implicit_forward_f32:
	.cfi_startproc
	xorl	%eax, %eax
	cmpq	$1, 40(%rdi)
	jne	.LBB0_16
	cmpq	$1, 48(%rdi)
	jne	.LBB0_16
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
	subq	$328, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	80(%rdi), %r12
	addq	16(%rdi), %r12
	addq	96(%rdi), %r12
	movq	104(%rdi), %r14
	movq	112(%rdi), %r10
	movq	%r10, %r11
	imulq	%r14, %r11
	decq	%r14
	imulq	%r12, %r14
	addq	%r10, %r14
	cvtsi2sd	%r14, %xmm0
	cvtsi2sd	%r11, %xmm1
	mulsd	.LCPI0_0(%rip), %xmm1
	ucomisd	%xmm0, %xmm1
	jb	.LBB0_15
	movq	%rcx, %rax
	movq	%rdx, %r13
	orq	%rdx, %rax
	shrq	$32, %rax
	movq	%rsi, -96(%rbp)
	movq	%r9, -88(%rbp)
	movq	%rcx, -80(%rbp)
	movq	%r8, -72(%rbp)
	je	.LBB0_4
	movq	%rcx, %rax
	cqto
	idivq	%r13
	jmp	.LBB0_6
.LBB0_4:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%r13d
.LBB0_6:
	movq	%rax, -48(%rbp)
	movq	%rdi, -64(%rbp)
	movq	(%rdi), %r15
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	movl	$0, %eax
	jb	.LBB0_15
	callq	axon_detect_isa@PLT
	cmpl	$2, %eax
	jne	.LBB0_10
	movq	-48(%rbp), %rbx
	movq	%rbx, %rdi
	movq	%r14, %rsi
	movl	$8, %edx
	movl	$32, %ecx
	callq	axon_tile_use@PLT
	movsd	%xmm0, -56(%rbp)
	movq	%rbx, %rdi
	movq	%r14, %rsi
	movl	$6, %edx
	movl	$16, %ecx
	callq	axon_tile_use@PLT
	mulsd	.LCPI0_1(%rip), %xmm0
	movsd	-56(%rbp), %xmm1
	ucomisd	%xmm0, %xmm1
	jae	.LBB0_9
.LBB0_10:
	leaq	avx2_tile(%rip), %rcx
	jmp	.LBB0_11
.LBB0_9:
	leaq	avx512_tile(%rip), %rcx
.LBB0_11:
	movq	32(%rbp), %rdi
	movl	24(%rbp), %r8d
	movq	16(%rbp), %r10
	movq	%r15, %rax
	orq	%r13, %rax
	shrq	$32, %rax
	movq	-64(%rbp), %r9
	movq	-72(%rbp), %r11
	movq	-88(%rbp), %r14
	movq	-80(%rbp), %rsi
	movq	-96(%rbp), %rbx
	je	.LBB0_12
	movq	%r15, %rax
	cqto
	idivq	%r13
	jmp	.LBB0_14
.LBB0_12:
	movl	%r15d, %eax
	xorl	%edx, %edx
	divl	%r13d
.LBB0_14:
	movq	%rbx, -368(%rbp)
	movq	%r13, -360(%rbp)
	movq	$0, -352(%rbp)
	movq	8(%r9), %rdx
	movups	(%r9), %xmm0
	movups	%xmm0, -344(%rbp)
	movq	16(%r9), %rbx
	movq	%rbx, -328(%rbp)
	addq	72(%r9), %rdx
	movups	72(%r9), %xmm0
	movups	%xmm0, -320(%rbp)
	addq	88(%r9), %rdx
	movq	%rdx, -304(%rbp)
	movq	%r12, -296(%rbp)
	movq	24(%r9), %rdx
	movq	%rdx, -288(%rbp)
	movq	56(%r9), %rbx
	movq	%rbx, -280(%rbp)
	movq	%rsi, -272(%rbp)
	movupd	104(%r9), %xmm0
	movupd	%xmm0, -264(%rbp)
	movq	-48(%rbp), %rbx
	movq	%rbx, -248(%rbp)
	movq	32(%r9), %rsi
	movq	%r14, -136(%rbp)
	movq	%rbx, -128(%rbp)
	movq	%rax, -120(%rbp)
	movq	%rdx, -112(%rbp)
	imulq	%rsi, %rdx
	imulq	%rax, %rdx
	movq	%rdx, -240(%rbp)
	xorpd	%xmm0, %xmm0
	movupd	%xmm0, -232(%rbp)
	movupd	%xmm0, -216(%rbp)
	movupd	%xmm0, -200(%rbp)
	movq	%r11, -184(%rbp)
	movq	%r10, -176(%rbp)
	movq	$0, -168(%rbp)
	movl	%r8d, -160(%rbp)
	movl	$0, -156(%rbp)
	movq	%rdi, -152(%rbp)
	movq	%rcx, -144(%rbp)
	movq	%rsi, -104(%rbp)
	movq	64(%r9), %rdx
	leaq	forward_weight(%rip), %rcx
	leaq	-368(%rbp), %rdi
	leaq	-136(%rbp), %r8
	callq	run_pass
	movl	$1, %eax
.LBB0_15:
	addq	$328, %rsp
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
.LBB0_16:
	retq
.Lfunc_end0:
	.size	axon_conv_implicit_forward_f32, .Lfunc_end0-axon_conv_implicit_forward_f32
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI1_0:
	.quad	0x3feccccccccccccd
	.text
	.p2align	4
	.type	pick_tile,@function
pick_tile:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$16, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rsi, %rbx
	movq	%rdi, %r14
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	jae	.LBB1_2
	xorl	%eax, %eax
	jmp	.LBB1_6
.LBB1_2:
	callq	axon_detect_isa@PLT
	cmpl	$2, %eax
	jne	.LBB1_5
	movq	%r14, %rdi
	movq	%rbx, %rsi
	movl	$8, %edx
	movl	$32, %ecx
	callq	axon_tile_use@PLT
	movsd	%xmm0, -24(%rbp)
	movq	%r14, %rdi
	movq	%rbx, %rsi
	movl	$6, %edx
	movl	$16, %ecx
	callq	axon_tile_use@PLT
	mulsd	.LCPI1_0(%rip), %xmm0
	movsd	-24(%rbp), %xmm1
	ucomisd	%xmm0, %xmm1
	jae	.LBB1_4
.LBB1_5:
	leaq	avx2_tile(%rip), %rax
	jmp	.LBB1_6
.LBB1_4:
	leaq	avx512_tile(%rip), %rax
.LBB1_6:
	addq	$16, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	pick_tile, .Lfunc_end1-pick_tile
	.cfi_endproc

	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4, 0x0
.LCPI2_0:
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	1
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
.LCPI2_1:
	.quad	2
	.quad	2
.LCPI2_2:
	.quad	4
	.quad	4
	.text
	.p2align	4
	.type	run_pass,@function
run_pass:
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
	movq	%rdx, %rbx
	movq	%rsi, %r14
	movq	224(%rdi), %rax
	movslq	(%rax), %r10
	movslq	4(%rax), %rsi
	movq	8(%rdi), %r9
	movq	%rdi, -56(%rbp)
	movq	24(%rdi), %rax
	movq	%rax, %rdx
	orq	%r9, %rdx
	shrq	$32, %rdx
	je	.LBB2_2
	cqto
	idivq	%r9
	jmp	.LBB2_3
.LBB2_2:
	xorl	%edx, %edx
	divl	%r9d
.LBB2_3:
	movq	%rax, -64(%rbp)
	movq	-56(%rbp), %rdx
	movq	72(%rdx), %r15
	movq	104(%rdx), %rax
	decq	%rax
	imulq	%r15, %rax
	addq	112(%rdx), %rax
	movq	%rax, 144(%rdx)
	leaq	(%rsi,%rax), %rdi
	decq	%rdi
	movq	%rdi, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB2_5
	movq	%rdi, %rax
	cqto
	idivq	%rsi
	jmp	.LBB2_6
.LBB2_5:
	movl	%edi, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB2_6:
	subq	%rdx, %rdi
	movq	-56(%rbp), %rax
	movq	%rdi, 152(%rax)
	movq	120(%rax), %rax
	leaq	(%r10,%rax), %r11
	decq	%r11
	movq	%r11, %rax
	orq	%r10, %rax
	shrq	$32, %rax
	movq	%r9, -104(%rbp)
	je	.LBB2_8
	movq	%r11, %rax
	cqto
	idivq	%r10
	jmp	.LBB2_9
.LBB2_8:
	movl	%r11d, %eax
	xorl	%edx, %edx
	divl	%r10d
.LBB2_9:
	subq	%rdx, %r11
	movq	-56(%rbp), %rax
	movq	%r11, 136(%rax)
	movq	128(%rax), %rdi
	movl	$4096, %eax
	xorl	%edx, %edx
	idivl	%esi
	movslq	%eax, %rsi
	leaq	-1(%rdi), %r9
	movq	%rdi, -80(%rbp)
	leaq	(%rdi,%rsi), %rdx
	decq	%rdx
	movq	%rdx, %rdi
	orq	%rsi, %rdi
	shrq	$32, %rdi
	je	.LBB2_11
	movq	%rdx, %rax
	cqto
	idivq	%rsi
	movq	%rax, %rsi
	jmp	.LBB2_12
.LBB2_11:
	movl	%eax, %esi
	movl	%edx, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %esi
.LBB2_12:
	addq	%rsi, %r9
	movq	%r9, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	movq	%r10, -160(%rbp)
	movq	%r8, -208(%rbp)
	movq	%rcx, -200(%rbp)
	movq	%r11, -88(%rbp)
	je	.LBB2_14
	movq	%r9, %rax
	cqto
	idivq	%rsi
	jmp	.LBB2_15
.LBB2_14:
	movl	%r9d, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB2_15:
	movq	-80(%rbp), %rdx
	movq	-56(%rbp), %rcx
	movq	%rax, 160(%rcx)
	movq	64(%rcx), %r13
	movq	80(%rcx), %r12
	movq	88(%rcx), %rax
	movq	%rax, -72(%rbp)
	leaq	(,%rdx,8), %rdi
	callq	malloc@PLT
	testq	%rax, %rax
	je	.LBB2_99
	movabsq	$9223372036854775800, %rcx
	testq	%r12, %r12
	movq	%r14, -136(%rbp)
	movq	%rax, -112(%rbp)
	jle	.LBB2_30
	movq	-72(%rbp), %rdx
	imulq	%r15, %rdx
	movq	%rdx, -72(%rbp)
	imulq	%r15, %r13
	addq	$4, %rcx
	andq	%r14, %rcx
	movq	%rbx, %xmm0
	pshufd	$68, %xmm0, %xmm0
	movq	%rax, %rdx
	addq	$16, %rdx
	xorl	%esi, %esi
	movdqa	.LCPI2_0(%rip), %xmm1
	movdqa	.LCPI2_1(%rip), %xmm2
	movdqa	%xmm0, %xmm3
	psrlq	$32, %xmm3
	movdqa	.LCPI2_2(%rip), %xmm4
	xorl	%eax, %eax
	xorl	%edi, %edi
	jmp	.LBB2_19
	.p2align	4
.LBB2_18:
	incq	%rdi
	addq	-72(%rbp), %rsi
	cmpq	%r12, %rdi
	je	.LBB2_31
.LBB2_19:
	cmpq	$0, -64(%rbp)
	jle	.LBB2_18
	movq	%rdi, %r8
	imulq	-72(%rbp), %r8
	movq	%rsi, %r9
	xorl	%r10d, %r10d
	jmp	.LBB2_22
	.p2align	4
.LBB2_21:
	incq	%r10
	addq	%r13, %r9
	cmpq	-64(%rbp), %r10
	movq	-136(%rbp), %r14
	je	.LBB2_18
.LBB2_22:
	testq	%r14, %r14
	jle	.LBB2_21
	cmpq	$4, %r14
	jae	.LBB2_25
	xorl	%r11d, %r11d
	movq	-112(%rbp), %r15
	jmp	.LBB2_28
	.p2align	4
.LBB2_25:
	movq	%r10, %r11
	imulq	%r13, %r11
	addq	%r8, %r11
	movq	%r11, %xmm5
	pshufd	$68, %xmm5, %xmm5
	leaq	(%rdx,%rax,8), %r11
	addq	%rcx, %rax
	xorl	%r14d, %r14d
	movdqa	%xmm1, %xmm6
	.p2align	4
.LBB2_26:
	movdqa	%xmm6, %xmm7
	paddq	%xmm2, %xmm7
	movdqa	%xmm6, %xmm8
	psrlq	$32, %xmm8
	pmuludq	%xmm0, %xmm8
	movdqa	%xmm6, %xmm9
	pmuludq	%xmm3, %xmm9
	paddq	%xmm8, %xmm9
	psllq	$32, %xmm9
	movdqa	%xmm6, %xmm8
	pmuludq	%xmm0, %xmm8
	movdqa	%xmm7, %xmm10
	pmuludq	%xmm3, %xmm10
	movdqa	%xmm7, %xmm11
	psrlq	$32, %xmm11
	pmuludq	%xmm0, %xmm11
	paddq	%xmm10, %xmm11
	psllq	$32, %xmm11
	pmuludq	%xmm0, %xmm7
	paddq	%xmm5, %xmm8
	paddq	%xmm9, %xmm8
	paddq	%xmm5, %xmm7
	paddq	%xmm11, %xmm7
	movdqu	%xmm8, -16(%r11,%r14,8)
	movdqu	%xmm7, (%r11,%r14,8)
	addq	$4, %r14
	paddq	%xmm4, %xmm6
	cmpq	%r14, %rcx
	jne	.LBB2_26
	movq	%rcx, %r11
	cmpq	%rcx, -136(%rbp)
	movq	-112(%rbp), %r15
	je	.LBB2_21
.LBB2_28:
	movq	-136(%rbp), %r14
	subq	%r11, %r14
	imulq	%rbx, %r11
	addq	%r9, %r11
	.p2align	4
.LBB2_29:
	movq	%r11, (%r15,%rax,8)
	incq	%rax
	addq	%rbx, %r11
	decq	%r14
	jne	.LBB2_29
	jmp	.LBB2_21
.LBB2_30:
	xorl	%eax, %eax
.LBB2_31:
	movq	%rax, %rdx
	movq	-80(%rbp), %r9
	subq	%r9, %rdx
	movq	-64(%rbp), %rbx
	movq	-112(%rbp), %rdi
	movq	-88(%rbp), %r13
	movq	-104(%rbp), %r8
	jge	.LBB2_36
	movq	-8(%rdi,%rax,8), %rcx
	movl	%r9d, %esi
	subl	%eax, %esi
	andl	$7, %esi
	je	.LBB2_34
	.p2align	4
.LBB2_33:
	movq	%rcx, (%rdi,%rax,8)
	incq	%rax
	decq	%rsi
	jne	.LBB2_33
.LBB2_34:
	cmpq	$-8, %rdx
	ja	.LBB2_36
	.p2align	4
.LBB2_35:
	movq	%rcx, (%rdi,%rax,8)
	movq	%rcx, 8(%rdi,%rax,8)
	movq	%rcx, 16(%rdi,%rax,8)
	movq	%rcx, 24(%rdi,%rax,8)
	movq	%rcx, 32(%rdi,%rax,8)
	movq	%rcx, 40(%rdi,%rax,8)
	movq	%rcx, 48(%rdi,%rax,8)
	movq	%rcx, 56(%rdi,%rax,8)
	addq	$8, %rax
	cmpq	%rax, %r9
	jne	.LBB2_35
.LBB2_36:
	movq	%r8, %rdi
	imulq	%r13, %rdi
	imulq	%r9, %rdi
	shlq	$2, %rdi
	movq	%r8, %r15
	callq	malloc@PLT
	movq	%rax, -144(%rbp)
	testq	%rax, %rax
	je	.LBB2_99
	testq	%r15, %r15
	movq	-208(%rbp), %r10
	movq	-200(%rbp), %r11
	jle	.LBB2_98
	movq	%r15, %r9
	movq	%r13, %r8
	cmpq	$12, %r14
	setae	%al
	movq	-160(%rbp), %rcx
	cmpl	$1, %ecx
	sete	%dl
	andb	%al, %dl
	movb	%dl, -41(%rbp)
	movq	%r14, %r13
	movabsq	$9223372036854775800, %rax
	andq	%rax, %r13
	movl	%r14d, %edx
	andl	$3, %edx
	movq	-144(%rbp), %rax
	addq	$16, %rax
	movq	%rax, -216(%rbp)
	leaq	(,%rcx,4), %rax
	movq	%rax, -128(%rbp)
	shlq	$4, %rcx
	movq	%rdx, -272(%rbp)
	negq	%rdx
	xorl	%eax, %eax
	pxor	%xmm2, %xmm2
	movq	%r8, %rdi
	xorl	%esi, %esi
	movq	%r13, -168(%rbp)
	movq	%rcx, -184(%rbp)
	movq	%rbx, -64(%rbp)
	movq	%rdx, -264(%rbp)
	jmp	.LBB2_41
	.p2align	4
.LBB2_39:
	movq	-56(%rbp), %rax
	movq	8(%rax), %r9
	movq	%r8, %rdi
	movq	-224(%rbp), %rax
.LBB2_40:
	incq	%rsi
	addq	$4, %rax
	cmpq	%r9, %rsi
	jge	.LBB2_98
.LBB2_41:
	movq	%r8, %r15
	testq	%rdi, %rdi
	jle	.LBB2_97
	movq	%rdi, %r8
	movq	%rax, %rdx
	movq	-56(%rbp), %rax
	movq	128(%rax), %rax
	movq	%rax, -96(%rbp)
	imulq	%rax, %r8
	movq	%rsi, %rax
	imulq	%r8, %rax
	movq	-144(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -232(%rbp)
	movq	%rdx, -224(%rbp)
	imulq	%rdx, %r8
	movq	-216(%rbp), %rax
	addq	%r8, %rax
	movq	%rax, -176(%rbp)
	addq	%rcx, %r8
	movq	%r8, -152(%rbp)
	xorl	%edx, %edx
	movq	%rsi, -80(%rbp)
	movq	%r15, %r8
	.p2align	4
.LBB2_43:
	movq	%rdx, %rax
	movq	-160(%rbp), %rcx
	orq	%rcx, %rax
	movq	%rdx, %rdi
	shrq	$32, %rax
	je	.LBB2_45
	movq	%rdx, %rax
	cqto
	idivq	%rcx
	movq	%rdx, %r15
	jmp	.LBB2_46
	.p2align	4
.LBB2_45:
	movl	%edx, %eax
	xorl	%edx, %edx
	divl	%ecx
	movl	%edx, %r15d
.LBB2_46:
	movq	%rdi, %rdx
	movq	%rdi, %rax
	subq	%r15, %rax
	movq	-56(%rbp), %rcx
	cmpq	120(%rcx), %rdi
	movq	%rdi, -72(%rbp)
	jge	.LBB2_76
	testq	%r12, %r12
	jle	.LBB2_95
	movq	-96(%rbp), %rcx
	shlq	$2, %rcx
	imulq	%rax, %rcx
	movq	-232(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -256(%rbp)
	leaq	(%rcx,%r15,4), %rdi
	shlq	$2, %r15
	movq	%r15, -248(%rbp)
	movq	-152(%rbp), %rax
	leaq	(%rax,%rdi), %r8
	movq	%r8, -192(%rbp)
	addq	-176(%rbp), %rdi
	movq	%rdi, -240(%rbp)
	addq	%rax, %rcx
	movq	%rcx, -96(%rbp)
	xorl	%eax, %eax
	xorl	%ecx, %ecx
	movq	-128(%rbp), %r15
	jmp	.LBB2_51
	.p2align	4
.LBB2_49:
	movq	%r12, %rcx
	movq	-56(%rbp), %rax
	movq	80(%rax), %r12
	movq	%r9, %rdx
	movq	-88(%rbp), %rax
.LBB2_50:
	incq	%rax
	cmpq	%r12, %rax
	jge	.LBB2_83
.LBB2_51:
	testq	%rbx, %rbx
	jle	.LBB2_50
	movq	%rax, -88(%rbp)
	movq	%rdx, %r9
	xorl	%r8d, %r8d
	movq	%rcx, %r12
	jmp	.LBB2_54
	.p2align	4
.LBB2_53:
	incq	%r8
	cmpq	%rbx, %r8
	je	.LBB2_49
.LBB2_54:
	leaq	forward_weight(%rip), %rax
	cmpq	%rax, %r11
	je	.LBB2_59
	testq	%r14, %r14
	jle	.LBB2_53
	movq	%r9, %rdx
	movq	%r15, %r13
	movq	%r12, -104(%rbp)
	imulq	%r12, %r13
	addq	-192(%rbp), %r13
	xorl	%ebx, %ebx
	.p2align	4
.LBB2_57:
	movq	%r10, %rdi
	movq	-88(%rbp), %rcx
	movq	%r8, %r12
	movq	%rbx, %r9
	movq	%r10, %r15
	movq	%r11, %r14
	callq	*%r11
	movq	%r12, %r8
	movq	-72(%rbp), %rdx
	movq	-80(%rbp), %rsi
	movq	%r14, %r11
	movq	-136(%rbp), %r14
	movq	%r15, %r10
	movq	-128(%rbp), %r15
	movd	%xmm0, (%r13)
	incq	%rbx
	addq	%r15, %r13
	cmpq	%rbx, %r14
	jne	.LBB2_57
	movq	%rdx, %r9
	movq	-104(%rbp), %r12
	addq	%rbx, %r12
	movq	-64(%rbp), %rbx
	movq	-168(%rbp), %r13
	pxor	%xmm2, %xmm2
	jmp	.LBB2_53
	.p2align	4
.LBB2_59:
	testq	%r14, %r14
	jle	.LBB2_53
	movq	%rbx, %rdi
	movq	8(%r10), %rax
	imulq	%rsi, %rax
	addq	%r9, %rax
	imulq	16(%r10), %rax
	addq	%r8, %rax
	imulq	24(%r10), %rax
	movq	(%r10), %rbx
	addq	-88(%rbp), %rax
	movq	32(%r10), %rdx
	cmpb	$0, -41(%rbp)
	movq	%r8, -120(%rbp)
	movq	%rbx, -104(%rbp)
	je	.LBB2_63
	movq	-256(%rbp), %rcx
	leaq	(%rcx,%r12,4), %rcx
	movq	%rdx, %rdi
	imulq	%rax, %rdi
	leaq	(%rbx,%rdi,4), %r8
	subq	%r8, %rcx
	cmpq	$32, %rcx
	jae	.LBB2_73
	xorl	%ecx, %ecx
	movq	-120(%rbp), %r8
	movq	-64(%rbp), %rbx
	jmp	.LBB2_64
.LBB2_63:
	xorl	%ecx, %ecx
	movq	%rdi, %rbx
.LBB2_64:
	cmpq	$0, -272(%rbp)
	je	.LBB2_68
	movq	%rdx, %rdi
	imulq	%rax, %rdi
	leaq	(,%rcx,4), %r8
	leaq	(%r8,%rdi,4), %rdi
	addq	-104(%rbp), %rdi
	movq	%r15, %r8
	imulq	%r12, %r8
	addq	-192(%rbp), %r8
	xorl	%r9d, %r9d
	movq	-264(%rbp), %rbx
	.p2align	4
.LBB2_66:
	movd	(%rdi), %xmm0
	movd	%xmm0, (%r8)
	decq	%r9
	addq	$4, %rdi
	addq	%r15, %r8
	cmpq	%r9, %rbx
	jne	.LBB2_66
	movq	%rcx, %rdi
	subq	%r9, %rdi
	subq	%r9, %r12
	movq	-64(%rbp), %rbx
	movq	-80(%rbp), %rsi
	movq	-72(%rbp), %r9
	movq	-120(%rbp), %r8
	jmp	.LBB2_69
.LBB2_68:
	movq	%rcx, %rdi
.LBB2_69:
	subq	%r14, %rcx
	cmpq	$-4, %rcx
	ja	.LBB2_53
	imulq	%rax, %rdx
	leaq	(,%rdi,4), %rax
	leaq	(%rax,%rdx,4), %rax
	movq	-104(%rbp), %rcx
	addq	%rcx, %rax
	addq	$12, %rax
	movq	%r14, %rcx
	subq	%rdi, %rcx
	leaq	3(%r12), %rdx
	imulq	%r15, %rdx
	movq	-96(%rbp), %r9
	addq	%r9, %rdx
	leaq	2(%r12), %rsi
	imulq	%r15, %rsi
	addq	%r9, %rsi
	movq	%r15, %rdi
	imulq	%r12, %rdi
	addq	%r9, %rdi
	leaq	1(%r12), %r8
	imulq	%r15, %r8
	addq	%r9, %r8
	xorl	%r9d, %r9d
	movq	-184(%rbp), %rbx
	movq	-248(%rbp), %r13
	.p2align	4
.LBB2_71:
	movss	-12(%rax,%r9,4), %xmm0
	movss	%xmm0, (%rdi,%r13)
	movss	-8(%rax,%r9,4), %xmm0
	movss	%xmm0, (%r8,%r13)
	movss	-4(%rax,%r9,4), %xmm0
	movss	%xmm0, (%rsi,%r13)
	movd	(%rax,%r9,4), %xmm0
	movd	%xmm0, (%rdx,%r13)
	addq	$4, %r9
	addq	%rbx, %rdx
	addq	%rbx, %rsi
	addq	%rbx, %rdi
	addq	%rbx, %r8
	cmpq	%r9, %rcx
	jne	.LBB2_71
	addq	%r9, %r12
	movq	-64(%rbp), %rbx
	movq	-80(%rbp), %rsi
	movq	-72(%rbp), %r9
	movq	-168(%rbp), %r13
	movq	-120(%rbp), %r8
	jmp	.LBB2_53
.LBB2_73:
	leaq	(,%r12,4), %rcx
	addq	-240(%rbp), %rcx
	addq	%r13, %r12
	leaq	(%rbx,%rdi,4), %rdi
	addq	$16, %rdi
	xorl	%r8d, %r8d
	.p2align	4
.LBB2_74:
	movdqu	-16(%rdi,%r8,4), %xmm0
	movdqu	(%rdi,%r8,4), %xmm1
	movdqu	%xmm0, -16(%rcx,%r8,4)
	movdqu	%xmm1, (%rcx,%r8,4)
	addq	$8, %r8
	cmpq	%r8, %r13
	jne	.LBB2_74
	movq	%r13, %rcx
	cmpq	%r13, %r14
	movq	-120(%rbp), %r8
	movq	-64(%rbp), %rbx
	je	.LBB2_53
	jmp	.LBB2_64
	.p2align	4
.LBB2_76:
	movq	-96(%rbp), %rdi
	testq	%rdi, %rdi
	jle	.LBB2_95
	movq	%rdx, %r9
	cmpq	$8, %rdi
	jb	.LBB2_84
	movl	$0, %ecx
	cmpl	$1, -160(%rbp)
	jne	.LBB2_85
	movq	%rdi, %rcx
	movabsq	$9223372036854775800, %rdx
	andq	%rdx, %rcx
	movq	%rdi, %rdx
	imulq	%rax, %rdx
	leaq	(,%r15,4), %rdi
	leaq	(%rdi,%rdx,4), %rdx
	addq	-176(%rbp), %rdx
	xorl	%edi, %edi
	.p2align	4
.LBB2_80:
	movdqu	%xmm2, -16(%rdx,%rdi,4)
	movdqu	%xmm2, (%rdx,%rdi,4)
	addq	$8, %rdi
	cmpq	%rdi, %rcx
	jne	.LBB2_80
	movq	-96(%rbp), %rdi
	cmpq	%rcx, %rdi
	jne	.LBB2_85
	movq	%r9, %rdx
	jmp	.LBB2_95
	.p2align	4
.LBB2_83:
	movq	-56(%rbp), %rax
	movq	136(%rax), %r8
	jmp	.LBB2_95
.LBB2_84:
	xorl	%ecx, %ecx
.LBB2_85:
	movq	%r8, -88(%rbp)
	movq	%rdi, %rdx
	movq	%rcx, %r8
	andq	$3, %rdx
	je	.LBB2_89
	movq	%rdi, %r9
	imulq	%rax, %r9
	movq	-128(%rbp), %r8
	movq	%r8, %rdi
	imulq	%rcx, %rdi
	leaq	(%rdi,%r9,4), %rdi
	leaq	(%rdi,%r15,4), %r9
	addq	-152(%rbp), %r9
	negq	%rdx
	xorl	%edi, %edi
	.p2align	4
.LBB2_87:
	movl	$0, (%r9)
	decq	%rdi
	addq	%r8, %r9
	cmpq	%rdi, %rdx
	jne	.LBB2_87
	movq	%rcx, %r8
	subq	%rdi, %r8
	movq	-72(%rbp), %r9
	movq	-96(%rbp), %rdi
.LBB2_89:
	subq	%rdi, %rcx
	cmpq	$-4, %rcx
	jbe	.LBB2_91
	movq	%r9, %rdx
	jmp	.LBB2_94
.LBB2_91:
	movq	%rdi, %rcx
	subq	%r8, %rcx
	imulq	%rdi, %rax
	leaq	3(%r8), %rdx
	movq	-128(%rbp), %r9
	imulq	%r9, %rdx
	leaq	(%rdx,%rax,4), %rdx
	movq	%r15, %r13
	movq	-152(%rbp), %r15
	addq	%r15, %rdx
	leaq	2(%r8), %rsi
	imulq	%r9, %rsi
	leaq	(%rsi,%rax,4), %rsi
	addq	%r15, %rsi
	leaq	1(%r8), %rdi
	imulq	%r9, %rdi
	leaq	(%rdi,%rax,4), %rdi
	addq	%r15, %rdi
	imulq	%r9, %r8
	leaq	(%r8,%rax,4), %rax
	addq	%r15, %rax
	movq	%r13, %r9
	movq	-184(%rbp), %r8
	.p2align	4
.LBB2_92:
	movl	$0, (%rax,%r9,4)
	movl	$0, (%rdi,%r9,4)
	movl	$0, (%rsi,%r9,4)
	movl	$0, (%rdx,%r9,4)
	addq	%r8, %rdx
	addq	%r8, %rsi
	addq	%r8, %rdi
	addq	%r8, %rax
	addq	$-4, %rcx
	jne	.LBB2_92
	movq	-80(%rbp), %rsi
	movq	-72(%rbp), %rdx
	movq	-168(%rbp), %r13
.LBB2_94:
	movq	-88(%rbp), %r8
.LBB2_95:
	incq	%rdx
	cmpq	%r8, %rdx
	jge	.LBB2_39
	movq	-56(%rbp), %rax
	movq	128(%rax), %rax
	movq	%rax, -96(%rbp)
	jmp	.LBB2_43
	.p2align	4
.LBB2_97:
	movq	%r15, %r8
	jmp	.LBB2_40
.LBB2_98:
	movq	-56(%rbp), %rbx
	movq	-112(%rbp), %r14
	movq	%r14, 168(%rbx)
	movq	-144(%rbp), %r15
	movq	%r15, 176(%rbx)
	movq	(%rbx), %rdi
	leaq	16(%rbx), %rsi
	callq	axon_conv_image_tasks@PLT
	leaq	wide_pass_task(%rip), %rsi
	movl	%eax, %edi
	movq	%rbx, %rdx
	callq	axon_parallel_run@PLT
	movq	%r15, %rdi
	callq	free@PLT
	movq	%r14, %rdi
	addq	$232, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	jmp	free@PLT
.LBB2_99:
	.cfi_def_cfa %rbp, 16
	callq	abort@PLT
.Lfunc_end2:
	.size	run_pass, .Lfunc_end2-run_pass
	.cfi_endproc

	.p2align	4
	.type	forward_weight,@function
forward_weight:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	imulq	8(%rdi), %rsi
	addq	%rdx, %rsi
	imulq	16(%rdi), %rsi
	addq	%r8, %rsi
	imulq	24(%rdi), %rsi
	addq	%rcx, %rsi
	imulq	32(%rdi), %rsi
	shlq	$2, %rsi
	addq	(%rdi), %rsi
	movss	(%rsi,%r9,4), %xmm0
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end3:
	.size	forward_weight, .Lfunc_end3-forward_weight
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI4_0:
	.quad	0x4008000000000000
	.text
	.globl	axon_conv_implicit_input_grad_f32
	.p2align	4
	.type	axon_conv_implicit_input_grad_f32,@function
axon_conv_implicit_input_grad_f32:
	.cfi_startproc
	xorl	%eax, %eax
	cmpq	$1, 40(%rdi)
	jne	.LBB4_16
	cmpq	$1, 48(%rdi)
	jne	.LBB4_16
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
	subq	$312, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	24(%rdi), %r14
	decq	%r14
	imulq	56(%rdi), %r14
	cmpq	%r14, 72(%rdi)
	jg	.LBB4_15
	cmpq	%r14, 88(%rdi)
	jg	.LBB4_15
	movq	32(%rdi), %r15
	decq	%r15
	imulq	64(%rdi), %r15
	cmpq	%r15, 80(%rdi)
	jg	.LBB4_15
	cmpq	%r15, 96(%rdi)
	jg	.LBB4_15
	movq	8(%rdi), %r10
	movq	16(%rdi), %r11
	movq	112(%rdi), %rbx
	imulq	104(%rdi), %rbx
	leaq	(%r11,%r15), %r12
	decq	%r10
	imulq	%r12, %r10
	addq	%r11, %r10
	cvtsi2sd	%r10, %xmm0
	cvtsi2sd	%rbx, %xmm1
	mulsd	.LCPI4_0(%rip), %xmm1
	ucomisd	%xmm0, %xmm1
	jb	.LBB4_15
	movq	(%rdi), %rax
	movq	%rax, %r11
	movq	%rdx, %r13
	orq	%rdx, %r11
	shrq	$32, %r11
	movq	%rsi, -64(%rbp)
	movq	%r9, -56(%rbp)
	movq	%r8, -48(%rbp)
	movq	%rdi, -80(%rbp)
	movq	%rcx, %rbx
	je	.LBB4_8
	cqto
	idivq	%r13
	jmp	.LBB4_10
.LBB4_8:
	xorl	%edx, %edx
	divl	%r13d
.LBB4_10:
	movq	%rax, -72(%rbp)
	movq	%rax, %rdi
	movq	%r10, %rsi
	callq	pick_tile
	movq	%rax, %rcx
	testq	%rax, %rax
	movl	$0, %eax
	je	.LBB4_15
	movq	24(%rbp), %rdi
	movq	16(%rbp), %r9
	movq	%rbx, %rax
	orq	%r13, %rax
	shrq	$32, %rax
	movq	-80(%rbp), %r8
	je	.LBB4_12
	movq	%rbx, %rax
	cqto
	idivq	%r13
	jmp	.LBB4_14
.LBB4_12:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%r13d
.LBB4_14:
	movq	-56(%rbp), %rdx
	movq	-48(%rbp), %r10
	movq	-64(%rbp), %r11
	movq	%r11, -352(%rbp)
	movq	%r13, -344(%rbp)
	movq	$0, -336(%rbp)
	movq	%rbx, -328(%rbp)
	movups	104(%r8), %xmm0
	movups	%xmm0, -320(%rbp)
	movq	%r14, %rsi
	subq	72(%r8), %rsi
	movq	%rsi, -304(%rbp)
	subq	80(%r8), %r15
	movq	%r15, -296(%rbp)
	movq	%r12, -280(%rbp)
	movq	24(%r8), %r11
	movq	%r11, -272(%rbp)
	movq	56(%r8), %rsi
	movq	%rsi, -264(%rbp)
	movupd	(%r8), %xmm0
	addq	8(%r8), %r14
	movq	%r14, -288(%rbp)
	movupd	%xmm0, -256(%rbp)
	movq	16(%r8), %rsi
	movq	%rsi, -240(%rbp)
	movq	-72(%rbp), %rbx
	movq	%rbx, -232(%rbp)
	movq	32(%r8), %rsi
	movq	%r9, -120(%rbp)
	movq	%rbx, -112(%rbp)
	movq	%rax, -104(%rbp)
	movq	%r11, -96(%rbp)
	imulq	%rsi, %r11
	imulq	%rax, %r11
	movq	%r11, -224(%rbp)
	xorpd	%xmm0, %xmm0
	movupd	%xmm0, -216(%rbp)
	movupd	%xmm0, -200(%rbp)
	movupd	%xmm0, -184(%rbp)
	movq	%r10, -168(%rbp)
	movq	$0, -160(%rbp)
	movq	%rdx, -152(%rbp)
	movq	$0, -144(%rbp)
	movq	%rdi, -136(%rbp)
	movq	%rcx, -128(%rbp)
	movq	%rsi, -88(%rbp)
	movq	64(%r8), %rdx
	leaq	input_grad_weight(%rip), %rcx
	leaq	-352(%rbp), %rdi
	leaq	-120(%rbp), %r8
	callq	run_pass
	movl	$1, %eax
.LBB4_15:
	addq	$312, %rsp
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
.LBB4_16:
	retq
.Lfunc_end4:
	.size	axon_conv_implicit_input_grad_f32, .Lfunc_end4-axon_conv_implicit_input_grad_f32
	.cfi_endproc

	.p2align	4
	.type	input_grad_weight,@function
input_grad_weight:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	imulq	16(%rdi), %rsi
	addq	%r8, %rsi
	imulq	8(%rdi), %rsi
	addq	%rdx, %rsi
	movq	24(%rdi), %rax
	movq	32(%rdi), %rdx
	imulq	%rax, %rsi
	notq	%rcx
	addq	%rax, %rcx
	addq	%rsi, %rcx
	imulq	%rdx, %rcx
	shlq	$2, %rcx
	addq	(%rdi), %rcx
	notq	%r9
	leaq	(%rcx,%rdx,4), %rax
	movss	(%rax,%r9,4), %xmm0
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end5:
	.size	input_grad_weight, .Lfunc_end5-input_grad_weight
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI6_0:
	.quad	0x4008000000000000
.LCPI6_1:
	.quad	0x3feccccccccccccd
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4, 0x0
.LCPI6_2:
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	1
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
.LCPI6_3:
	.quad	2
	.quad	2
.LCPI6_4:
	.quad	4
	.quad	4
	.text
	.globl	axon_conv_implicit_weight_grad_f32
	.p2align	4
	.type	axon_conv_implicit_weight_grad_f32,@function
axon_conv_implicit_weight_grad_f32:
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
	subq	$408, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	xorl	%eax, %eax
	cmpq	$1, 40(%rdi)
	jne	.LBB6_62
	cmpq	$1, 48(%rdi)
	jne	.LBB6_62
	movq	%rdx, %r13
	movq	80(%rdi), %r14
	addq	16(%rdi), %r14
	addq	96(%rdi), %r14
	movq	104(%rdi), %rdx
	movq	112(%rdi), %r10
	movq	%r10, %r11
	imulq	%rdx, %r11
	decq	%rdx
	imulq	%r14, %rdx
	addq	%r10, %rdx
	cvtsi2sd	%rdx, %xmm0
	cvtsi2sd	%r11, %xmm1
	mulsd	.LCPI6_0(%rip), %xmm1
	ucomisd	%xmm0, %xmm1
	jb	.LBB6_62
	movq	%rcx, %rax
	orq	%r13, %rax
	shrq	$32, %rax
	je	.LBB6_4
	movq	%rcx, %rax
	cqto
	idivq	%r13
	movq	%rax, %rbx
	jmp	.LBB6_6
.LBB6_4:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%r13d
	movl	%eax, %ebx
.LBB6_6:
	movq	(%rdi), %rax
	movq	%rax, %rdx
	orq	%r13, %rdx
	shrq	$32, %rdx
	movq	%rcx, -88(%rbp)
	movq	%rsi, -112(%rbp)
	movq	%r9, -64(%rbp)
	movq	%r14, -48(%rbp)
	movq	%r8, %r15
	je	.LBB6_7
	cqto
	idivq	%r13
	movq	%rax, %r14
	jmp	.LBB6_9
.LBB6_7:
	xorl	%edx, %edx
	divl	%r13d
	movl	%eax, %r14d
.LBB6_9:
	imulq	24(%rdi), %r14
	movq	%rdi, %r12
	imulq	32(%rdi), %r14
	callq	axon_detect_isa@PLT
	addl	$-3, %eax
	cmpl	$-2, %eax
	movl	$0, %eax
	jb	.LBB6_62
	callq	axon_detect_isa@PLT
	cmpl	$2, %eax
	movq	%r14, -80(%rbp)
	jne	.LBB6_13
	movq	%r14, %rdi
	movq	%rbx, %rsi
	movl	$8, %edx
	movl	$32, %ecx
	callq	axon_tile_use@PLT
	movsd	%xmm0, -56(%rbp)
	movq	%r14, %rdi
	movq	%rbx, %rsi
	movl	$6, %edx
	movl	$16, %ecx
	callq	axon_tile_use@PLT
	mulsd	.LCPI6_1(%rip), %xmm0
	movsd	-56(%rbp), %xmm1
	ucomisd	%xmm0, %xmm1
	jae	.LBB6_12
.LBB6_13:
	leaq	avx2_tile(%rip), %r14
	jmp	.LBB6_14
.LBB6_12:
	leaq	avx512_tile(%rip), %r14
.LBB6_14:
	movslq	(%r14), %rsi
	movslq	4(%r14), %rax
	movq	%rax, -72(%rbp)
	xorl	%edi, %edi
	cmpq	$8, %rbx
	movq	%rsi, -96(%rbp)
	jg	.LBB6_16
	callq	axon_detect_isa@PLT
	movq	-96(%rbp), %rsi
	xorl	%edi, %edi
	cmpl	$2, %eax
	sete	%dil
.LBB6_16:
	movq	-112(%rbp), %rax
	movq	%rax, -440(%rbp)
	movq	%r13, -432(%rbp)
	movq	$0, -424(%rbp)
	movq	%r12, %r8
	movq	(%r12), %rcx
	movq	%rcx, -416(%rbp)
	movups	8(%r12), %xmm0
	movq	8(%r12), %rax
	movups	%xmm0, -408(%rbp)
	movdqu	72(%r12), %xmm0
	addq	72(%r12), %rax
	movdqu	%xmm0, -392(%rbp)
	addq	88(%r12), %rax
	movq	%rax, -56(%rbp)
	movq	%rax, -376(%rbp)
	movq	-48(%rbp), %rax
	movq	%rax, -368(%rbp)
	pxor	%xmm0, %xmm0
	movdqu	%xmm0, -360(%rbp)
	movq	-88(%rbp), %rax
	movq	%rax, -344(%rbp)
	movq	104(%r12), %r9
	movq	%r9, -336(%rbp)
	movq	112(%r12), %r10
	movq	%r10, -328(%rbp)
	movq	%rbx, -320(%rbp)
	movq	-80(%rbp), %rax
	movq	%rax, -312(%rbp)
	movdqu	%xmm0, -304(%rbp)
	movdqu	%xmm0, -288(%rbp)
	movdqu	%xmm0, -272(%rbp)
	movq	%r15, -256(%rbp)
	movdqu	%xmm0, -248(%rbp)
	movdqu	%xmm0, -232(%rbp)
	movq	%r14, -216(%rbp)
	leaq	(%rax,%rsi), %r12
	decq	%r12
	movq	%r12, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	movq	-64(%rbp), %r14
	je	.LBB6_17
	movq	%r12, %rax
	cqto
	idivq	%rsi
	jmp	.LBB6_19
.LBB6_17:
	movl	%r12d, %eax
	xorl	%edx, %edx
	divl	%esi
.LBB6_19:
	movq	-72(%rbp), %r15
	movq	16(%rbp), %r11
	movq	%rdx, -120(%rbp)
	subq	%rdx, %r12
	movq	%r12, -208(%rbp)
	leaq	(%rbx,%r15), %rsi
	decq	%rsi
	movq	%rsi, %rax
	orq	%r15, %rax
	shrq	$32, %rax
	je	.LBB6_20
	movq	%rsi, %rax
	cqto
	idivq	%r15
	jmp	.LBB6_22
.LBB6_20:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%r15d
.LBB6_22:
	subq	%rdx, %rsi
	movq	%rsi, -200(%rbp)
	movdqu	%xmm0, -192(%rbp)
	movq	%r14, -176(%rbp)
	movq	%r11, -168(%rbp)
	movdqu	%xmm0, -160(%rbp)
	movl	%edi, -144(%rbp)
	movl	$0, -140(%rbp)
	decq	%r9
	imulq	-48(%rbp), %r9
	leaq	(%r9,%r10), %rbx
	movq	%rbx, -296(%rbp)
	leaq	(%r9,%r10), %rax
	addq	$15, %rax
	leaq	(%r9,%r10), %rdx
	addq	$30, %rdx
	testq	%rax, %rax
	cmovnsq	%rax, %rdx
	andq	$-16, %rdx
	movq	%rdx, -136(%rbp)
	movl	$4096, %eax
	xorl	%edx, %edx
	idivl	%r15d
	movl	%eax, %edi
	movslq	%eax, %r11
	leaq	(%r9,%r10), %rsi
	decq	%rsi
	leaq	(%r11,%rbx), %rax
	decq	%rax
	movq	%rax, %rdx
	orq	%r11, %rdx
	shrq	$32, %rdx
	je	.LBB6_23
	cqto
	idivq	%r11
	movq	%rax, %rdi
	jmp	.LBB6_25
.LBB6_23:
	xorl	%edx, %edx
	divl	%edi
	movl	%eax, %edi
.LBB6_25:
	addq	%rdi, %rsi
	movq	%rsi, %rax
	orq	%rdi, %rax
	shrq	$32, %rax
	je	.LBB6_26
	movq	%rsi, %rax
	cqto
	idivq	%rdi
	jmp	.LBB6_28
.LBB6_26:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%edi
.LBB6_28:
	movq	%rax, -280(%rbp)
	movq	%rcx, %rdx
	orq	%r13, %rdx
	shrq	$32, %rdx
	movq	%r12, -104(%rbp)
	movq	%rax, -128(%rbp)
	je	.LBB6_29
	movq	%rcx, %rax
	cqto
	idivq	%r13
	jmp	.LBB6_31
.LBB6_29:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%r13d
.LBB6_31:
	movq	%rax, -64(%rbp)
	movq	24(%r8), %r14
	movq	32(%r8), %r12
	movq	56(%r8), %r15
	movq	64(%r8), %rbx
	movq	-104(%rbp), %rax
	leaq	(,%rax,8), %rdi
	callq	malloc@PLT
	testq	%rax, %rax
	je	.LBB6_45
	movq	%rax, %r13
	cmpq	$0, -64(%rbp)
	jle	.LBB6_33
	movq	-56(%rbp), %rax
	movq	-48(%rbp), %rcx
	imulq	%rcx, %rax
	movq	%rax, -56(%rbp)
	imulq	%rcx, %r15
	movabsq	$9223372036854775804, %rcx
	andq	%r12, %rcx
	movq	%rbx, %xmm0
	pshufd	$68, %xmm0, %xmm0
	leaq	16(%r13), %rax
	movq	%rax, -48(%rbp)
	xorl	%esi, %esi
	movdqa	.LCPI6_2(%rip), %xmm1
	movdqa	.LCPI6_3(%rip), %xmm2
	movdqa	%xmm0, %xmm3
	psrlq	$32, %xmm3
	movdqa	.LCPI6_4(%rip), %xmm4
	xorl	%eax, %eax
	xorl	%edi, %edi
	jmp	.LBB6_47
	.p2align	4
.LBB6_58:
	incq	%rdi
	addq	-56(%rbp), %rsi
	cmpq	-64(%rbp), %rdi
	je	.LBB6_34
.LBB6_47:
	testq	%r14, %r14
	jle	.LBB6_58
	movq	%rdi, %r8
	imulq	-56(%rbp), %r8
	movq	%rsi, %r9
	xorl	%r10d, %r10d
	jmp	.LBB6_49
	.p2align	4
.LBB6_57:
	incq	%r10
	addq	%r15, %r9
	cmpq	%r14, %r10
	je	.LBB6_58
.LBB6_49:
	testq	%r12, %r12
	jle	.LBB6_57
	cmpq	$4, %r12
	jae	.LBB6_52
	xorl	%edx, %edx
	jmp	.LBB6_55
	.p2align	4
.LBB6_52:
	movq	%r10, %rdx
	imulq	%r15, %rdx
	addq	%r8, %rdx
	movq	%rdx, %xmm5
	pshufd	$68, %xmm5, %xmm5
	movq	-48(%rbp), %rdx
	leaq	(%rdx,%rax,8), %r11
	addq	%rcx, %rax
	xorl	%edx, %edx
	movdqa	%xmm1, %xmm6
	.p2align	4
.LBB6_53:
	movdqa	%xmm6, %xmm7
	paddq	%xmm2, %xmm7
	movdqa	%xmm6, %xmm8
	psrlq	$32, %xmm8
	pmuludq	%xmm0, %xmm8
	movdqa	%xmm6, %xmm9
	pmuludq	%xmm3, %xmm9
	paddq	%xmm8, %xmm9
	psllq	$32, %xmm9
	movdqa	%xmm6, %xmm8
	pmuludq	%xmm0, %xmm8
	movdqa	%xmm7, %xmm10
	pmuludq	%xmm3, %xmm10
	movdqa	%xmm7, %xmm11
	psrlq	$32, %xmm11
	pmuludq	%xmm0, %xmm11
	paddq	%xmm10, %xmm11
	psllq	$32, %xmm11
	pmuludq	%xmm0, %xmm7
	paddq	%xmm5, %xmm8
	paddq	%xmm9, %xmm8
	paddq	%xmm5, %xmm7
	paddq	%xmm11, %xmm7
	movdqu	%xmm8, -16(%r11,%rdx,8)
	movdqu	%xmm7, (%r11,%rdx,8)
	addq	$4, %rdx
	paddq	%xmm4, %xmm6
	cmpq	%rdx, %rcx
	jne	.LBB6_53
	movq	%rcx, %rdx
	cmpq	%rcx, %r12
	je	.LBB6_57
.LBB6_55:
	movq	%r12, %r11
	subq	%rdx, %r11
	imulq	%rbx, %rdx
	addq	%r9, %rdx
	.p2align	4
.LBB6_56:
	movq	%rdx, (%r13,%rax,8)
	incq	%rax
	addq	%rbx, %rdx
	decq	%r11
	jne	.LBB6_56
	jmp	.LBB6_57
.LBB6_33:
	xorl	%eax, %eax
.LBB6_34:
	cmpq	-104(%rbp), %rax
	movq	-80(%rbp), %rsi
	jge	.LBB6_37
	leaq	(,%rax,8), %rcx
	addq	%r13, %rcx
	movq	-8(%r13,%rax,8), %rdx
	movq	-96(%rbp), %rdi
	addq	%rsi, %rdi
	notq	%rax
	addq	%rdi, %rax
	subq	-120(%rbp), %rax
	xorl	%esi, %esi
	.p2align	4
.LBB6_36:
	movq	%rdx, (%rcx,%rsi,8)
	incq	%rsi
	cmpq	%rsi, %rax
	jne	.LBB6_36
.LBB6_37:
	movq	-128(%rbp), %r15
	leaq	(,%r15,8), %rdi
	callq	malloc@PLT
	testq	%rax, %rax
	movq	-72(%rbp), %r14
	je	.LBB6_45
	movq	%rax, %rbx
	leaq	-424(%rbp), %rsi
	testq	%r15, %r15
	movq	-112(%rbp), %rdi
	jle	.LBB6_44
	movl	%r15d, %eax
	andl	$3, %eax
	cmpq	$4, %r15
	jae	.LBB6_59
	xorl	%ecx, %ecx
	jmp	.LBB6_41
.LBB6_59:
	movabsq	$9223372036854775804, %rcx
	andq	%rcx, %r15
	leaq	(%r14,%r14,2), %rdx
	leaq	(,%r14,4), %r8
	leaq	(%r14,%r14), %r9
	xorl	%r10d, %r10d
	xorl	%ecx, %ecx
	.p2align	4
.LBB6_60:
	movq	%r10, (%rbx,%rcx,8)
	leaq	(%r14,%r10), %r11
	movq	%r11, 8(%rbx,%rcx,8)
	leaq	(%r9,%r10), %r11
	movq	%r11, 16(%rbx,%rcx,8)
	leaq	(%rdx,%r10), %r11
	movq	%r11, 24(%rbx,%rcx,8)
	addq	$4, %rcx
	addq	%r8, %r10
	cmpq	%rcx, %r15
	jne	.LBB6_60
.LBB6_41:
	testq	%rax, %rax
	je	.LBB6_44
	leaq	(%rbx,%rcx,8), %rdx
	imulq	%r14, %rcx
	xorl	%r8d, %r8d
	.p2align	4
.LBB6_43:
	movq	%rcx, (%rdx,%r8,8)
	incq	%r8
	addq	%r14, %rcx
	cmpq	%r8, %rax
	jne	.LBB6_43
.LBB6_44:
	movq	%r13, -192(%rbp)
	movq	%rbx, -184(%rbp)
	callq	axon_conv_image_tasks@PLT
	movq	%rax, %r15
	movq	%rax, -48(%rbp)
	imulq	-88(%rbp), %r15
	movq	-80(%rbp), %r14
	leaq	4(,%r14,4), %rdi
	imulq	%r15, %rdi
	callq	malloc@PLT
	testq	%rax, %rax
	je	.LBB6_45
	movq	%rax, %r12
	movq	32(%rbp), %rcx
	movq	%rax, -160(%rbp)
	imulq	%r14, %r15
	testq	%rcx, %rcx
	leaq	(%rax,%r15,4), %rax
	cmoveq	%rcx, %rax
	movq	%rax, -152(%rbp)
	leaq	weight_grad_task(%rip), %rsi
	leaq	-440(%rbp), %rdx
	movq	-48(%rbp), %r15
	movl	%r15d, %edi
	callq	axon_parallel_run@PLT
	movq	%r15, %rdi
	movq	-88(%rbp), %rsi
	movq	%r14, %rdx
	movq	%r12, %rcx
	movq	24(%rbp), %r8
	movq	32(%rbp), %r9
	callq	axon_conv_sum_parts_f32@PLT
	movq	%r12, %rdi
	callq	free@PLT
	movq	%rbx, %rdi
	callq	free@PLT
	movq	%r13, %rdi
	callq	free@PLT
	movl	$1, %eax
.LBB6_62:
	addq	$408, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.LBB6_45:
	.cfi_def_cfa %rbp, 16
	callq	abort@PLT
.Lfunc_end6:
	.size	axon_conv_implicit_weight_grad_f32, .Lfunc_end6-axon_conv_implicit_weight_grad_f32
	.cfi_endproc

	.p2align	4
	.type	weight_grad_task,@function
weight_grad_task:
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
	subq	$216, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	224(%rdi), %rax
	movslq	(%rax), %rcx
	movq	%rcx, -168(%rbp)
	movslq	4(%rax), %r8
	movq	72(%rdi), %r9
	imulq	64(%rdi), %r9
	movq	8(%rdi), %rcx
	movq	24(%rdi), %r10
	movq	%r10, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	movl	%esi, -64(%rbp)
	je	.LBB7_2
	movq	%r10, %rax
	cqto
	idivq	%rcx
	jmp	.LBB7_3
.LBB7_2:
	movl	%r10d, %eax
	xorl	%edx, %edx
	divl	%ecx
.LBB7_3:
	movq	%rax, -136(%rbp)
	movq	%rdi, %r14
	movq	104(%rdi), %r12
	movq	232(%rdi), %r13
	imulq	240(%rdi), %r13
	movq	112(%rdi), %r15
	movq	%r9, -152(%rbp)
	imulq	%r9, %r10
	movq	%r8, -56(%rbp)
	addq	%r8, %r10
	shlq	$2, %r10
	movl	$2, %edi
	movq	%r10, -88(%rbp)
	movq	%r10, %rsi
	callq	axon_scratch@PLT
	movq	%rax, -160(%rbp)
	cmpl	$0, 296(%r14)
	movq	8(%r14), %rbx
	movq	%r13, -128(%rbp)
	je	.LBB7_5
	movq	120(%r14), %r13
	imulq	%r13, %rbx
	imulq	128(%r14), %rbx
	shlq	$4, %rbx
	movl	$304, %eax
	jmp	.LBB7_6
.LBB7_5:
	imulq	%r13, %rbx
	movq	240(%r14), %r13
	movl	$144, %eax
.LBB7_6:
	imulq	%r12, %r15
	imulq	(%r14,%rax), %r13
	shlq	$2, %rbx
	movl	$3, %edi
	movq	%rbx, %rsi
	callq	axon_scratch@PLT
	movq	%rax, -80(%rbp)
	shlq	$2, %r13
	movl	$4, %edi
	movq	%r13, -112(%rbp)
	movq	%r13, %rsi
	callq	axon_scratch@PLT
	movq	%rax, %r13
	cmpq	$0, 272(%r14)
	movq	%r14, %r12
	movq	%r15, -48(%rbp)
	je	.LBB7_8
	movq	96(%r12), %rsi
	imulq	%r15, %rsi
	shlq	$2, %rsi
	movl	$5, %edi
	callq	axon_scratch@PLT
	movq	%rax, -216(%rbp)
	jmp	.LBB7_9
.LBB7_8:
	movq	$0, -216(%rbp)
.LBB7_9:
	movl	-64(%rbp), %r15d
	movq	-160(%rbp), %rdi
	xorl	%esi, %esi
	movq	-88(%rbp), %rdx
	callq	memset@PLT
	movq	-80(%rbp), %rdi
	xorl	%esi, %esi
	movq	%rbx, %rdx
	callq	memset@PLT
	movq	%r13, %rdi
	xorl	%esi, %esi
	movq	-112(%rbp), %rdx
	callq	memset@PLT
	movq	288(%r12), %rdi
	testq	%rdi, %rdi
	movq	%rdi, -232(%rbp)
	je	.LBB7_11
	movq	96(%r12), %rdx
	movslq	%r15d, %rsi
	movq	%rdx, %rax
	movq	%rsi, -120(%rbp)
	imulq	%rsi, %rax
	leaq	(%rdi,%rax,4), %r14
	shlq	$2, %rdx
	movq	%r14, %rdi
	xorl	%esi, %esi
	callq	memset@PLT
	jmp	.LBB7_12
.LBB7_11:
	movslq	%r15d, %rax
	movq	%rax, -120(%rbp)
	xorl	%r14d, %r14d
.LBB7_12:
	movq	-48(%rbp), %rcx
	movq	16(%r12), %rbx
	testq	%rbx, %rbx
	jle	.LBB7_53
	incl	%r15d
	movslq	%r15d, %rax
	movq	%rax, -224(%rbp)
	imulq	-120(%rbp), %rbx
	movq	-136(%rbp), %rax
	imulq	-152(%rbp), %rax
	movq	%rax, -136(%rbp)
	movq	-168(%rbp), %rax
	leaq	(,%rax,8), %rax
	movq	%rax, -152(%rbp)
	leaq	(,%rcx,4), %rcx
	movq	%r13, -144(%rbp)
	movq	%r14, -104(%rbp)
	movq	%rcx, -248(%rbp)
	jmp	.LBB7_15
	.p2align	4
.LBB7_14:
	movq	-240(%rbp), %rbx
	incq	%rbx
	movq	16(%r12), %rax
	imulq	-224(%rbp), %rax
	cmpq	%rax, %rbx
	jge	.LBB7_53
.LBB7_15:
	cmpq	(%r12), %rbx
	jge	.LBB7_53
	movq	24(%r12), %rsi
	imulq	%rbx, %rsi
	imulq	32(%r12), %rsi
	imulq	40(%r12), %rsi
	shlq	$2, %rsi
	addq	184(%r12), %rsi
	movq	%r12, %rdi
	xorl	%edx, %edx
	movq	-160(%rbp), %rcx
	callq	pad_image
	movq	-48(%rbp), %rdx
	movq	96(%r12), %rax
	movq	%rbx, -240(%rbp)
	movq	%rbx, %rcx
	imulq	%rdx, %rcx
	imulq	%rax, %rcx
	shlq	$2, %rcx
	movq	264(%r12), %rsi
	addq	%rcx, %rsi
	movq	-216(%rbp), %rbx
	testq	%rbx, %rbx
	je	.LBB7_18
	addq	272(%r12), %rcx
	imulq	%rdx, %rax
	subq	$8, %rsp
	movl	$7, %edi
	xorl	%edx, %edx
	xorl	%r8d, %r8d
	movq	%rbx, %r9
	pushq	%rax
	callq	axon_binary_serial_f32@PLT
	movq	-48(%rbp), %rdx
	addq	$16, %rsp
	movq	%rbx, -96(%rbp)
	jmp	.LBB7_19
	.p2align	4
.LBB7_18:
	movq	%rsi, -96(%rbp)
.LBB7_19:
	movq	-56(%rbp), %r8
	cmpq	$0, 8(%r12)
	jle	.LBB7_49
	movq	$0, -72(%rbp)
	jmp	.LBB7_23
	.p2align	4
.LBB7_21:
	movq	304(%r12), %r8
	leaq	15(%r8), %rdx
	testq	%r8, %r8
	cmovnsq	%r8, %rdx
	sarq	$4, %rdx
	movq	-136(%rbp), %rax
	movq	-72(%rbp), %r10
	imulq	%r10, %rax
	movq	-160(%rbp), %rcx
	leaq	(%rcx,%rax,4), %r9
	movq	128(%r12), %rsi
	movq	%rdi, %rax
	imulq	%r10, %rax
	imulq	%rsi, %rax
	shlq	$6, %rax
	addq	-80(%rbp), %rax
	movq	%r13, %rcx
	pushq	%rax
	pushq	248(%r12)
	callq	correlate_rows
	addq	$16, %rsp
	movq	-56(%rbp), %r8
.LBB7_22:
	movq	-72(%rbp), %rcx
	incq	%rcx
	movq	%rcx, -72(%rbp)
	cmpq	8(%r12), %rcx
	movq	-48(%rbp), %rdx
	jge	.LBB7_49
.LBB7_23:
	cmpl	$0, 296(%r12)
	movq	120(%r12), %rdi
	je	.LBB7_31
	testq	%rdi, %rdi
	jle	.LBB7_21
	movq	104(%r12), %rax
	xorl	%ebx, %ebx
	jmp	.LBB7_27
	.p2align	4
.LBB7_26:
	incq	%rbx
	cmpq	%rdi, %rbx
	jge	.LBB7_21
.LBB7_27:
	testq	%rax, %rax
	jle	.LBB7_26
	imulq	-72(%rbp), %rdi
	addq	%rbx, %rdi
	imulq	%rdx, %rdi
	movq	-96(%rbp), %rax
	leaq	(%rax,%rdi,4), %r14
	xorl	%r15d, %r15d
	.p2align	4
.LBB7_29:
	movq	304(%r12), %rax
	imulq	%rbx, %rax
	leaq	(,%rax,4), %rax
	addq	%r13, %rax
	movq	72(%r12), %rcx
	imulq	%r15, %rcx
	leaq	(%rax,%rcx,4), %rdi
	movq	112(%r12), %rdx
	movq	%rdx, %rax
	imulq	%r15, %rax
	leaq	(%r14,%rax,4), %rsi
	shlq	$2, %rdx
	callq	memcpy@PLT
	incq	%r15
	movq	104(%r12), %rax
	cmpq	%rax, %r15
	jl	.LBB7_29
	movq	120(%r12), %rdi
	movq	-48(%rbp), %rdx
	movq	-104(%rbp), %r14
	jmp	.LBB7_26
	.p2align	4
.LBB7_31:
	testq	%rdi, %rdi
	jle	.LBB7_38
	movq	104(%r12), %rax
	xorl	%ecx, %ecx
	jmp	.LBB7_34
	.p2align	4
.LBB7_33:
	addq	%r8, %rcx
	cmpq	%rdi, %rcx
	jge	.LBB7_38
.LBB7_34:
	movq	%rdi, %r15
	subq	%rcx, %r15
	cmpq	%r8, %r15
	cmovgeq	%r8, %r15
	testq	%rax, %rax
	jle	.LBB7_33
	imulq	-72(%rbp), %rdi
	addq	%rcx, %rdi
	imulq	%rdx, %rdi
	movq	-96(%rbp), %rax
	leaq	(%rax,%rdi,4), %rax
	movq	%rax, -64(%rbp)
	movq	144(%r12), %rax
	movq	%rcx, -88(%rbp)
	imulq	%rcx, %rax
	leaq	(,%rax,4), %r14
	addq	%r13, %r14
	xorl	%r13d, %r13d
	xorl	%ebx, %ebx
	.p2align	4
.LBB7_36:
	movq	112(%r12), %r9
	movq	%r9, %rax
	imulq	%rbx, %rax
	movq	-64(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rsi
	movq	72(%r12), %rax
	imulq	%r13, %rax
	leaq	(%r14,%rax,4), %rax
	movl	%r8d, %edi
	movq	-48(%rbp), %rdx
	xorl	%ecx, %ecx
	xorl	%r8d, %r8d
	pushq	%rax
	pushq	%r15
	callq	axon_pack_across_rows_avx2_f32@PLT
	movq	-48(%rbp), %rdx
	movq	-56(%rbp), %r8
	addq	$16, %rsp
	incq	%rbx
	movq	104(%r12), %rax
	addq	%r8, %r13
	cmpq	%rax, %rbx
	jl	.LBB7_36
	movq	120(%r12), %rdi
	movq	-144(%rbp), %r13
	movq	-88(%rbp), %rcx
	jmp	.LBB7_33
	.p2align	4
.LBB7_38:
	movq	144(%r12), %rcx
	testq	%rcx, %rcx
	movq	-104(%rbp), %r14
	jle	.LBB7_22
	movq	-136(%rbp), %rax
	movq	-72(%rbp), %rdi
	imulq	%rdi, %rax
	movq	-160(%rbp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, -200(%rbp)
	movq	%rdi, %rax
	imulq	-128(%rbp), %rax
	movq	-80(%rbp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, -208(%rbp)
	movq	160(%r12), %rdx
	movq	240(%r12), %rax
	xorl	%edi, %edi
	jmp	.LBB7_42
	.p2align	4
.LBB7_40:
	movq	144(%r12), %rcx
	movq	160(%r12), %rdx
.LBB7_41:
	addq	%rdx, %rdi
	cmpq	%rcx, %rdi
	jge	.LBB7_22
.LBB7_42:
	movq	%rcx, %r9
	subq	%rdi, %r9
	cmpq	%rdx, %r9
	cmovgeq	%rdx, %r9
	testq	%rax, %rax
	jle	.LBB7_41
	movq	%rdi, %rcx
	imulq	%r8, %rcx
	leaq	(,%rcx,4), %rcx
	addq	%r13, %rcx
	movq	%rcx, -176(%rbp)
	movq	-200(%rbp), %rcx
	leaq	(%rcx,%rdi,4), %r15
	movq	232(%r12), %rcx
	xorl	%edx, %edx
	movq	%rdi, -184(%rbp)
	movq	%r9, -112(%rbp)
	jmp	.LBB7_45
	.p2align	4
.LBB7_44:
	addq	%r8, %rdx
	cmpq	%rax, %rdx
	jge	.LBB7_40
.LBB7_45:
	testq	%rcx, %rcx
	jle	.LBB7_44
	movq	144(%r12), %rax
	imulq	%rdx, %rax
	movq	-176(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -64(%rbp)
	movq	-208(%rbp), %rax
	movq	%rdx, -192(%rbp)
	leaq	(%rax,%rdx,4), %rax
	movq	%rax, -88(%rbp)
	xorl	%r14d, %r14d
	xorl	%ebx, %ebx
	movq	-168(%rbp), %r13
	.p2align	4
.LBB7_47:
	movq	248(%r12), %rdx
	addq	%r14, %rdx
	movq	256(%r12), %r9
	movq	224(%r12), %rax
	movq	240(%r12), %r10
	movq	%r10, %rcx
	imulq	%rbx, %rcx
	movq	-88(%rbp), %rsi
	leaq	(%rsi,%rcx,4), %r11
	subq	$8, %rsp
	movl	$1, %ecx
	movq	-112(%rbp), %rdi
	movq	%r15, %rsi
	movq	-64(%rbp), %r8
	pushq	$1
	pushq	%r10
	pushq	%r11
	callq	*8(%rax)
	addq	$32, %rsp
	addq	%r13, %rbx
	movq	232(%r12), %rcx
	addq	-152(%rbp), %r14
	cmpq	%rcx, %rbx
	jl	.LBB7_47
	movq	240(%r12), %rax
	movq	-56(%rbp), %r8
	movq	-144(%rbp), %r13
	movq	-104(%rbp), %r14
	movq	-184(%rbp), %rdi
	movq	-192(%rbp), %rdx
	jmp	.LBB7_44
	.p2align	4
.LBB7_49:
	cmpq	$0, -232(%rbp)
	movq	-96(%rbp), %rsi
	je	.LBB7_14
	cmpq	$0, 96(%r12)
	jle	.LBB7_14
	xorl	%ebx, %ebx
	.p2align	4
.LBB7_52:
	xorl	%edi, %edi
	movq	%rsi, %r15
	movq	-48(%rbp), %rdx
	callq	axon_reduce_f32@PLT
	movq	%r15, %rsi
	movq	-248(%rbp), %rcx
	addss	(%r14,%rbx,4), %xmm0
	movss	%xmm0, (%r14,%rbx,4)
	incq	%rbx
	addq	%rcx, %rsi
	cmpq	96(%r12), %rbx
	jl	.LBB7_52
	jmp	.LBB7_14
.LBB7_53:
	movq	280(%r12), %rax
	movq	96(%r12), %rsi
	movq	128(%r12), %rdx
	movq	%rdx, %rcx
	imulq	%rsi, %rcx
	movq	%rcx, %rdi
	imulq	-120(%rbp), %rdi
	leaq	(%rax,%rdi,4), %r9
	cmpl	$0, 296(%r12)
	je	.LBB7_57
	testq	%rcx, %rcx
	jle	.LBB7_83
	cmpq	$4, %rcx
	jb	.LBB7_56
	movq	%rcx, %rdx
	shlq	$6, %rdx
	movq	-80(%rbp), %rsi
	addq	%rsi, %rdx
	cmpq	%rdx, %r9
	jae	.LBB7_78
	movq	-120(%rbp), %rdx
	leaq	4(,%rdx,4), %rdx
	imulq	%rcx, %rdx
	addq	%rdx, %rax
	cmpq	%rax, %rsi
	jae	.LBB7_78
.LBB7_56:
	xorl	%edx, %edx
.LBB7_81:
	movq	%rdx, %rax
	shlq	$6, %rax
	movq	-80(%rbp), %rsi
	addq	%rsi, %rax
	addq	$60, %rax
	xorps	%xmm0, %xmm0
	.p2align	4
.LBB7_82:
	movss	-60(%rax), %xmm1
	addss	%xmm0, %xmm1
	addss	-56(%rax), %xmm1
	addss	-52(%rax), %xmm1
	addss	-48(%rax), %xmm1
	addss	-44(%rax), %xmm1
	addss	-40(%rax), %xmm1
	addss	-36(%rax), %xmm1
	addss	-32(%rax), %xmm1
	addss	-28(%rax), %xmm1
	addss	-24(%rax), %xmm1
	addss	-20(%rax), %xmm1
	addss	-16(%rax), %xmm1
	addss	-12(%rax), %xmm1
	addss	-8(%rax), %xmm1
	addss	-4(%rax), %xmm1
	addss	(%rax), %xmm1
	movss	%xmm1, (%r9,%rdx,4)
	incq	%rdx
	addq	$64, %rax
	cmpq	%rdx, %rcx
	jne	.LBB7_82
	jmp	.LBB7_83
.LBB7_57:
	movq	%r12, -48(%rbp)
	movq	8(%r12), %rcx
	movq	%rcx, -208(%rbp)
	testq	%rcx, %rcx
	movq	-128(%rbp), %r8
	jle	.LBB7_83
	movq	-48(%rbp), %rcx
	movq	120(%rcx), %r10
	movq	-120(%rbp), %rdi
	imulq	%rsi, %rdi
	movq	%rdi, %rcx
	imulq	%rdx, %rcx
	movq	%r10, %rsi
	imulq	%rdx, %rsi
	shlq	$2, %rsi
	movq	%rsi, -104(%rbp)
	addq	%r10, %rdi
	imulq	%rdx, %rdi
	shlq	$2, %r8
	movq	%r10, -64(%rbp)
	leaq	(%rdx,%r10), %rsi
	leaq	(%rax,%rcx,4), %r10
	movq	%r10, -168(%rbp)
	leaq	(%rax,%rdi,4), %rdi
	movq	%rdi, -72(%rbp)
	movq	-80(%rbp), %rdi
	leaq	(%rdi,%rsi,4), %rsi
	addq	$-4, %rsi
	movq	%rsi, -96(%rbp)
	movabsq	$6917529027641081848, %rbx
	andq	%rdx, %rbx
	movl	%edx, %esi
	andl	$3, %esi
	movq	%rsi, -112(%rbp)
	leaq	(%rax,%rcx,4), %rax
	addq	$16, %rax
	movq	%rax, -144(%rbp)
	leaq	(,%rdx,4), %rax
	movq	%rax, -88(%rbp)
	leaq	16(%rdi), %rax
	movq	%rax, -184(%rbp)
	movq	$0, -56(%rbp)
	movq	%rdx, %rax
	shrq	$61, %rax
	andl	$1, %eax
	movq	%rax, -200(%rbp)
	movq	%rdi, -176(%rbp)
	movq	%r8, -128(%rbp)
	jmp	.LBB7_60
	.p2align	4
.LBB7_59:
	movq	-56(%rbp), %rcx
	incq	%rcx
	movq	-104(%rbp), %rax
	addq	%rax, -144(%rbp)
	movq	-128(%rbp), %r8
	addq	%r8, -184(%rbp)
	movq	-192(%rbp), %r9
	addq	%rax, %r9
	addq	%r8, -176(%rbp)
	movq	%rcx, -56(%rbp)
	cmpq	-208(%rbp), %rcx
	je	.LBB7_83
.LBB7_60:
	movq	%r9, -192(%rbp)
	cmpq	$0, -64(%rbp)
	jle	.LBB7_59
	movq	-104(%rbp), %rax
	movq	-56(%rbp), %rdi
	imulq	%rdi, %rax
	movq	-168(%rbp), %rcx
	addq	%rax, %rcx
	addq	-72(%rbp), %rax
	movq	-128(%rbp), %rsi
	imulq	%rdi, %rsi
	movq	-80(%rbp), %rdi
	addq	%rsi, %rdi
	addq	-96(%rbp), %rsi
	cmpq	%rsi, %rcx
	setb	%cl
	cmpq	%rax, %rdi
	setb	%al
	andb	%cl, %al
	orb	-200(%rbp), %al
	movb	%al, -152(%rbp)
	movq	-176(%rbp), %r10
	movq	-192(%rbp), %rax
	movq	-184(%rbp), %r13
	movq	-144(%rbp), %r15
	xorl	%edi, %edi
	jmp	.LBB7_63
	.p2align	4
.LBB7_62:
	incq	%rdi
	movq	-88(%rbp), %rcx
	addq	%rcx, %r15
	addq	$4, %r13
	addq	%rcx, %rax
	addq	$4, %r10
	cmpq	-64(%rbp), %rdi
	je	.LBB7_59
.LBB7_63:
	testq	%rdx, %rdx
	jle	.LBB7_62
	cmpq	$8, %rdx
	setb	%sil
	movq	-48(%rbp), %rcx
	movq	240(%rcx), %rcx
	cmpq	$1, %rcx
	setne	%r8b
	orb	-152(%rbp), %sil
	orb	%r8b, %sil
	testb	$1, %sil
	je	.LBB7_66
	xorl	%r11d, %r11d
	jmp	.LBB7_69
	.p2align	4
.LBB7_66:
	xorl	%esi, %esi
	.p2align	4
.LBB7_67:
	movups	-16(%r13,%rsi,4), %xmm0
	movups	(%r13,%rsi,4), %xmm1
	movups	%xmm0, -16(%r15,%rsi,4)
	movups	%xmm1, (%r15,%rsi,4)
	addq	$8, %rsi
	cmpq	%rsi, %rbx
	jne	.LBB7_67
	movq	%rbx, %r11
	cmpq	%rbx, %rdx
	je	.LBB7_62
.LBB7_69:
	movq	%r11, %r8
	cmpq	$0, -112(%rbp)
	je	.LBB7_72
	movq	%r11, %rsi
	imulq	%rcx, %rsi
	leaq	(%r10,%rsi,4), %rsi
	leaq	(,%rcx,4), %r9
	movq	-112(%rbp), %r14
	movq	%r11, %r8
	.p2align	4
.LBB7_71:
	movss	(%rsi), %xmm0
	movss	%xmm0, (%rax,%r8,4)
	incq	%r8
	addq	%r9, %rsi
	decq	%r14
	jne	.LBB7_71
.LBB7_72:
	subq	%rdx, %r11
	cmpq	$-4, %r11
	ja	.LBB7_62
	movq	%r8, %r11
	imulq	%rcx, %r11
	shlq	$2, %r11
	movq	%rcx, %r14
	shlq	$4, %r14
	shlq	$2, %rcx
	leaq	3(%r8), %rsi
	imulq	%rcx, %rsi
	leaq	2(%r8), %r9
	imulq	%rcx, %r9
	leaq	1(%r8), %r12
	imulq	%rcx, %r12
	movq	%r10, %rcx
	.p2align	4
.LBB7_74:
	movss	(%rcx,%r11), %xmm0
	movss	%xmm0, (%rax,%r8,4)
	movss	(%rcx,%r12), %xmm0
	movss	%xmm0, 4(%rax,%r8,4)
	movss	(%rcx,%r9), %xmm0
	movss	%xmm0, 8(%rax,%r8,4)
	movss	(%rcx,%rsi), %xmm0
	movss	%xmm0, 12(%rax,%r8,4)
	addq	$4, %r8
	addq	%r14, %rcx
	cmpq	%r8, %rdx
	jne	.LBB7_74
	jmp	.LBB7_62
.LBB7_78:
	movabsq	$9223372036854775804, %rdx
	andq	%rcx, %rdx
	addq	$252, %rsi
	xorl	%eax, %eax
	xorps	%xmm0, %xmm0
	.p2align	4
.LBB7_79:
	movss	-60(%rsi), %xmm1
	movss	-124(%rsi), %xmm5
	movss	-188(%rsi), %xmm6
	unpcklps	%xmm1, %xmm5
	movss	-252(%rsi), %xmm4
	movss	-248(%rsi), %xmm3
	movss	-244(%rsi), %xmm2
	unpcklps	%xmm6, %xmm4
	movss	-240(%rsi), %xmm1
	movss	-56(%rsi), %xmm6
	movss	-120(%rsi), %xmm7
	movlhps	%xmm5, %xmm4
	unpcklps	%xmm6, %xmm7
	movss	-184(%rsi), %xmm5
	unpcklps	%xmm5, %xmm3
	movlhps	%xmm7, %xmm3
	movss	-52(%rsi), %xmm5
	movss	-116(%rsi), %xmm6
	unpcklps	%xmm5, %xmm6
	addps	%xmm0, %xmm4
	movss	-180(%rsi), %xmm5
	unpcklps	%xmm5, %xmm2
	movss	-48(%rsi), %xmm5
	addps	%xmm4, %xmm3
	movss	-112(%rsi), %xmm4
	unpcklps	%xmm5, %xmm4
	movss	-176(%rsi), %xmm5
	movlhps	%xmm6, %xmm2
	unpcklps	%xmm5, %xmm1
	movss	-44(%rsi), %xmm5
	movss	-108(%rsi), %xmm6
	addps	%xmm3, %xmm2
	unpcklps	%xmm5, %xmm6
	movss	-172(%rsi), %xmm5
	movss	-236(%rsi), %xmm3
	movlhps	%xmm4, %xmm1
	unpcklps	%xmm5, %xmm3
	movss	-40(%rsi), %xmm4
	movss	-104(%rsi), %xmm5
	addps	%xmm2, %xmm1
	unpcklps	%xmm4, %xmm5
	movss	-168(%rsi), %xmm4
	movss	-232(%rsi), %xmm2
	movlhps	%xmm6, %xmm3
	unpcklps	%xmm4, %xmm2
	movss	-36(%rsi), %xmm4
	movss	-100(%rsi), %xmm6
	addps	%xmm1, %xmm3
	unpcklps	%xmm4, %xmm6
	movss	-164(%rsi), %xmm4
	movss	-228(%rsi), %xmm1
	movlhps	%xmm5, %xmm2
	unpcklps	%xmm4, %xmm1
	movss	-32(%rsi), %xmm4
	movss	-96(%rsi), %xmm5
	addps	%xmm3, %xmm2
	unpcklps	%xmm4, %xmm5
	movss	-160(%rsi), %xmm4
	movss	-224(%rsi), %xmm3
	movlhps	%xmm6, %xmm1
	unpcklps	%xmm4, %xmm3
	movss	-28(%rsi), %xmm4
	movss	-92(%rsi), %xmm6
	addps	%xmm2, %xmm1
	unpcklps	%xmm4, %xmm6
	movss	-156(%rsi), %xmm4
	movss	-220(%rsi), %xmm2
	movlhps	%xmm5, %xmm3
	unpcklps	%xmm4, %xmm2
	movss	-24(%rsi), %xmm4
	movss	-88(%rsi), %xmm5
	addps	%xmm1, %xmm3
	unpcklps	%xmm4, %xmm5
	movss	-152(%rsi), %xmm4
	movss	-216(%rsi), %xmm1
	movlhps	%xmm6, %xmm2
	unpcklps	%xmm4, %xmm1
	movss	-20(%rsi), %xmm4
	movss	-84(%rsi), %xmm6
	addps	%xmm3, %xmm2
	unpcklps	%xmm4, %xmm6
	movss	-148(%rsi), %xmm4
	movss	-212(%rsi), %xmm3
	movlhps	%xmm5, %xmm1
	unpcklps	%xmm4, %xmm3
	movss	-16(%rsi), %xmm4
	movss	-80(%rsi), %xmm5
	addps	%xmm2, %xmm1
	unpcklps	%xmm4, %xmm5
	movss	-144(%rsi), %xmm4
	movss	-208(%rsi), %xmm2
	movlhps	%xmm6, %xmm3
	unpcklps	%xmm4, %xmm2
	movss	-12(%rsi), %xmm4
	movss	-76(%rsi), %xmm6
	addps	%xmm1, %xmm3
	unpcklps	%xmm4, %xmm6
	movss	-140(%rsi), %xmm4
	movss	-204(%rsi), %xmm1
	movlhps	%xmm5, %xmm2
	unpcklps	%xmm4, %xmm1
	movss	-8(%rsi), %xmm4
	movss	-72(%rsi), %xmm5
	addps	%xmm3, %xmm2
	unpcklps	%xmm4, %xmm5
	movss	-136(%rsi), %xmm3
	movss	-200(%rsi), %xmm4
	movlhps	%xmm6, %xmm1
	unpcklps	%xmm3, %xmm4
	movss	-4(%rsi), %xmm3
	movss	-68(%rsi), %xmm6
	addps	%xmm2, %xmm1
	unpcklps	%xmm3, %xmm6
	movss	-132(%rsi), %xmm2
	movss	-196(%rsi), %xmm3
	movlhps	%xmm5, %xmm4
	unpcklps	%xmm2, %xmm3
	movlhps	%xmm6, %xmm3
	movss	(%rsi), %xmm2
	addps	%xmm1, %xmm4
	movss	-64(%rsi), %xmm1
	unpcklps	%xmm2, %xmm1
	movss	-128(%rsi), %xmm2
	addps	%xmm4, %xmm3
	movss	-192(%rsi), %xmm4
	unpcklps	%xmm2, %xmm4
	movlhps	%xmm1, %xmm4
	addps	%xmm3, %xmm4
	movups	%xmm4, (%r9,%rax,4)
	addq	$4, %rax
	addq	$256, %rsi
	cmpq	%rax, %rdx
	jne	.LBB7_79
	cmpq	%rdx, %rcx
	jne	.LBB7_81
.LBB7_83:
	addq	$216, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end7:
	.size	weight_grad_task, .Lfunc_end7-weight_grad_task
	.cfi_endproc

	.p2align	4
	.type	wide_pass_task,@function
wide_pass_task:
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
	subq	$408, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	%esi, %r14d
	movq	%rdi, %rbx
	movq	224(%rdi), %rax
	movslq	(%rax), %rcx
	movq	%rcx, -152(%rbp)
	movslq	4(%rax), %rax
	movq	72(%rdi), %r13
	movq	8(%rdi), %rcx
	movq	%rcx, -56(%rbp)
	movq	24(%rdi), %r12
	movq	104(%rdi), %rcx
	movq	%rcx, -64(%rbp)
	movq	112(%rdi), %rcx
	movq	%rcx, -80(%rbp)
	imulq	64(%rdi), %r13
	movq	%r13, -112(%rbp)
	imulq	%r12, %r13
	movq	%rax, -184(%rbp)
	addq	%rax, %r13
	shlq	$2, %r13
	movl	$2, %edi
	movq	%r13, %rsi
	callq	axon_scratch@PLT
	movq	%rax, %r15
	movq	136(%rbx), %rsi
	imulq	152(%rbx), %rsi
	shlq	$2, %rsi
	movl	$3, %edi
	callq	axon_scratch@PLT
	movq	%rax, -88(%rbp)
	movq	%r15, -168(%rbp)
	movq	%r15, %rdi
	xorl	%esi, %esi
	movq	%r13, %rdx
	callq	memset@PLT
	movq	$0, -448(%rbp)
	movq	$1, -440(%rbp)
	movq	$2, -432(%rbp)
	movq	$3, -424(%rbp)
	movq	$4, -416(%rbp)
	movq	$5, -408(%rbp)
	movq	$6, -400(%rbp)
	movq	$7, -392(%rbp)
	movq	16(%rbx), %rsi
	testq	%rsi, %rsi
	jle	.LBB8_47
	movq	%rbx, %rdi
	movq	-80(%rbp), %rax
	imulq	-64(%rbp), %rax
	movq	%rax, -80(%rbp)
	leal	1(%r14), %ecx
	movq	%r12, %rax
	movq	-56(%rbp), %r8
	orq	%r8, %rax
	shrq	$32, %rax
	je	.LBB8_2
	movq	%r12, %rax
	cqto
	idivq	%r8
	jmp	.LBB8_4
.LBB8_2:
	movl	%r12d, %eax
	xorl	%edx, %edx
	divl	%r8d
.LBB8_4:
	movslq	%ecx, %rcx
	movq	%rcx, -256(%rbp)
	movslq	%r14d, %rcx
	imulq	%rcx, %rsi
	movq	-112(%rbp), %rcx
	imulq	%rax, %rcx
	movq	%rcx, -112(%rbp)
	movq	-184(%rbp), %rax
	decq	%rax
	movq	%rax, -352(%rbp)
	movq	-80(%rbp), %rax
	leaq	(,%rax,4), %rax
	movq	%rax, -120(%rbp)
	movq	-88(%rbp), %rax
	leaq	16(%rax), %rcx
	movq	%rcx, -272(%rbp)
	addq	$4, %rax
	movq	%rax, -264(%rbp)
	movq	%rdi, -48(%rbp)
	jmp	.LBB8_5
	.p2align	4
.LBB8_46:
	movq	-176(%rbp), %rsi
	incq	%rsi
	movq	16(%rdi), %rax
	imulq	-256(%rbp), %rax
	cmpq	%rax, %rsi
	jge	.LBB8_47
.LBB8_5:
	cmpq	(%rdi), %rsi
	jge	.LBB8_47
	movq	24(%rdi), %rax
	movq	%rsi, -176(%rbp)
	imulq	%rsi, %rax
	imulq	32(%rdi), %rax
	imulq	40(%rdi), %rax
	leaq	(,%rax,4), %rsi
	addq	184(%rdi), %rsi
	movq	200(%rdi), %rcx
	testq	%rcx, %rcx
	leaq	(%rcx,%rax,4), %rdx
	cmoveq	%rcx, %rdx
	movq	-168(%rbp), %rcx
	callq	pad_image
	xorps	%xmm6, %xmm6
	xorps	%xmm5, %xmm5
	movq	-48(%rbp), %rdi
	cmpq	$0, 8(%rdi)
	jle	.LBB8_46
	movq	136(%rdi), %r8
	movq	144(%rdi), %rcx
	movq	%r8, %rax
	movq	$0, -72(%rbp)
	jmp	.LBB8_8
	.p2align	4
.LBB8_45:
	movq	-72(%rbp), %rcx
	incq	%rcx
	movq	%rcx, -72(%rbp)
	cmpq	8(%rdi), %rcx
	movq	-288(%rbp), %rax
	movq	-280(%rbp), %rcx
	jge	.LBB8_46
.LBB8_8:
	testq	%rcx, %rcx
	jle	.LBB8_12
	movq	%rax, %rsi
	movq	-112(%rbp), %rax
	movq	-72(%rbp), %rdx
	imulq	%rdx, %rax
	movq	-168(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -128(%rbp)
	imulq	%rdx, %rsi
	imulq	128(%rdi), %rsi
	shlq	$2, %rsi
	addq	176(%rdi), %rsi
	movq	%rsi, -96(%rbp)
	xorl	%r14d, %r14d
	jmp	.LBB8_10
	.p2align	4
.LBB8_44:
	movq	-136(%rbp), %r14
	addq	-184(%rbp), %r14
	movq	144(%rdi), %rcx
	movq	%r8, %rax
	cmpq	%rcx, %r14
	xorps	%xmm5, %xmm5
	xorps	%xmm6, %xmm6
	jge	.LBB8_12
.LBB8_10:
	movq	128(%rdi), %rcx
	movq	72(%rdi), %rsi
	movq	80(%rdi), %r9
	movq	%r14, %rax
	orq	%rsi, %rax
	shrq	$32, %rax
	je	.LBB8_11
	movq	%r14, %rax
	cqto
	idivq	%rsi
	movq	%rax, %rbx
	jmp	.LBB8_17
	.p2align	4
.LBB8_11:
	movl	%r14d, %eax
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %ebx
.LBB8_17:
	movq	-352(%rbp), %rax
	addq	%r14, %rax
	movq	%rax, %rdx
	orq	%rsi, %rdx
	shrq	$32, %rdx
	je	.LBB8_18
	cqto
	idivq	%rsi
	movq	%rax, %rdx
	jmp	.LBB8_20
	.p2align	4
.LBB8_18:
	xorl	%edx, %edx
	divl	%esi
	movl	%eax, %edx
.LBB8_20:
	movq	104(%rdi), %rax
	decq	%rax
	cmpq	%rax, %rdx
	cmovlq	%rdx, %rax
	movq	48(%rdi), %r11
	movq	88(%rdi), %r10
	subq	%r11, %rax
	js	.LBB8_24
	movq	%rax, %rdx
	orq	%r10, %rdx
	shrq	$32, %rdx
	je	.LBB8_22
	cqto
	idivq	%r10
	movq	%rax, %rsi
	jmp	.LBB8_28
	.p2align	4
.LBB8_24:
	notq	%rax
	addq	%r10, %rax
	movq	%rax, %rdx
	orq	%r10, %rdx
	shrq	$32, %rdx
	je	.LBB8_25
	cqto
	idivq	%r10
	movq	%rax, %rsi
	jmp	.LBB8_27
	.p2align	4
.LBB8_22:
	xorl	%edx, %edx
	divl	%r10d
	movl	%eax, %esi
	jmp	.LBB8_28
.LBB8_25:
	xorl	%edx, %edx
	divl	%r10d
	movl	%eax, %esi
.LBB8_27:
	negq	%rsi
.LBB8_28:
	movq	-48(%rbp), %rax
	addq	32(%rax), %r11
	movq	%rbx, %rax
	notq	%rax
	addq	%r11, %rax
	js	.LBB8_32
	movq	%rax, %rdx
	orq	%r10, %rdx
	shrq	$32, %rdx
	je	.LBB8_30
	cqto
	idivq	%r10
	jmp	.LBB8_36
	.p2align	4
.LBB8_32:
	addq	%r10, %rbx
	subq	%r11, %rbx
	movq	%rbx, %rax
	orq	%r10, %rax
	shrq	$32, %rax
	je	.LBB8_33
	movq	%rbx, %rax
	cqto
	idivq	%r10
	jmp	.LBB8_35
	.p2align	4
.LBB8_30:
	xorl	%edx, %edx
	divl	%r10d
	jmp	.LBB8_36
.LBB8_33:
	movl	%ebx, %eax
	xorl	%edx, %edx
	divl	%r10d
.LBB8_35:
	negq	%rax
.LBB8_36:
	movq	-48(%rbp), %rdi
	negq	%rsi
	testq	%rsi, %rsi
	movl	$0, %edx
	cmovleq	%rdx, %rsi
	leaq	-1(%r9), %r15
	cmpq	%r15, %rax
	cmovlq	%rax, %r15
	movq	%rcx, %rax
	orq	%r9, %rax
	shrq	$32, %rax
	je	.LBB8_37
	movq	%rcx, %rax
	cqto
	idivq	%r9
	jmp	.LBB8_39
	.p2align	4
.LBB8_37:
	movl	%ecx, %eax
	xorl	%edx, %edx
	divl	%r9d
.LBB8_39:
	movq	%rax, %rcx
	imulq	%rsi, %rcx
	incq	%r15
	cmpq	%r15, %rsi
	cmovgq	%rsi, %r15
	imulq	%rax, %r15
	movq	-88(%rbp), %rax
	leaq	(%rax,%r14,4), %rbx
	movq	-128(%rbp), %rax
	movq	%r14, -136(%rbp)
	leaq	(%rax,%r14,4), %rax
	movq	%rax, -64(%rbp)
	movq	%rcx, -104(%rbp)
	movq	%rcx, %r14
	movq	-152(%rbp), %rcx
	movq	%r15, -144(%rbp)
	jmp	.LBB8_40
	.p2align	4
.LBB8_43:
	addq	%r15, %r14
	movq	-144(%rbp), %r15
	cmpq	%r15, %r14
	jge	.LBB8_44
.LBB8_40:
	subq	%r14, %r15
	movq	160(%rdi), %rax
	cmpq	%rax, %r15
	cmovgeq	%rax, %r15
	testq	%r8, %r8
	jle	.LBB8_43
	movq	%r14, %rax
	imulq	%rcx, %rax
	movq	-96(%rbp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -56(%rbp)
	xorl	%r13d, %r13d
	cmpq	-104(%rbp), %r14
	setg	%r13b
	xorl	%r12d, %r12d
	.p2align	4
.LBB8_42:
	movq	152(%rdi), %rax
	movq	-48(%rbp), %rcx
	movq	224(%rcx), %r10
	movq	-48(%rbp), %rcx
	movq	128(%rcx), %rcx
	imulq	%r12, %rcx
	leaq	(,%r14,8), %r9
	movq	-48(%rbp), %rdx
	addq	168(%rdx), %r9
	movq	-56(%rbp), %rdx
	leaq	(%rdx,%rcx,4), %rsi
	movq	%rax, %rcx
	imulq	%r12, %rcx
	leaq	(%rbx,%rcx,4), %r11
	subq	$8, %rsp
	movq	%r15, %rdi
	leaq	-448(%rbp), %rdx
	movq	-152(%rbp), %rcx
	movq	-64(%rbp), %r8
	pushq	%r13
	pushq	%rax
	pushq	%r11
	callq	*8(%r10)
	movq	-152(%rbp), %rcx
	movq	-48(%rbp), %rdi
	addq	$32, %rsp
	addq	%rcx, %r12
	movq	136(%rdi), %r8
	cmpq	%r8, %r12
	jl	.LBB8_42
	jmp	.LBB8_43
	.p2align	4
.LBB8_12:
	movq	%rcx, -280(%rbp)
	movq	%rax, -288(%rbp)
	movq	120(%rdi), %rax
	movq	%rax, -192(%rbp)
	testq	%rax, %rax
	jle	.LBB8_45
	movq	-192(%rbp), %rax
	imulq	-72(%rbp), %rax
	movq	192(%rdi), %rcx
	movq	104(%rdi), %r9
	movq	152(%rdi), %rdx
	movq	216(%rdi), %rsi
	movq	96(%rdi), %rdi
	imulq	-176(%rbp), %rdi
	addq	%rax, %rdi
	movq	%rcx, -360(%rbp)
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -320(%rbp)
	movq	-120(%rbp), %rax
	movq	%rdi, -328(%rbp)
	imulq	%rdi, %rax
	leaq	(,%r9,4), %rcx
	movq	%rcx, -312(%rbp)
	movq	%rdx, -344(%rbp)
	leaq	(,%rdx,4), %rcx
	movq	%rcx, -240(%rbp)
	movq	%r9, -56(%rbp)
	leaq	-4(,%r9,4), %rcx
	movq	%rcx, -304(%rbp)
	leaq	(%rsi,%rax), %rcx
	movq	%rsi, -336(%rbp)
	leaq	16(%rsi,%rax), %rax
	movq	%rax, -232(%rbp)
	movq	-88(%rbp), %rax
	movq	%rax, -224(%rbp)
	movq	-264(%rbp), %rax
	movq	%rax, -216(%rbp)
	movq	%rcx, -296(%rbp)
	movq	%rcx, -208(%rbp)
	movq	-272(%rbp), %rax
	movq	%rax, -200(%rbp)
	xorl	%edx, %edx
	jmp	.LBB8_14
	.p2align	4
.LBB8_74:
	movq	-248(%rbp), %rdx
	incq	%rdx
	movq	-120(%rbp), %rax
	addq	%rax, -232(%rbp)
	movq	-240(%rbp), %rcx
	addq	%rcx, -200(%rbp)
	addq	%rax, -208(%rbp)
	addq	%rcx, -216(%rbp)
	addq	%rcx, -224(%rbp)
	cmpq	-192(%rbp), %rdx
	movq	-48(%rbp), %rdi
	je	.LBB8_45
.LBB8_14:
	cmpq	$0, -360(%rbp)
	movq	%rdx, -248(%rbp)
	je	.LBB8_15
	movq	-320(%rbp), %rax
	movss	(%rax,%rdx,4), %xmm0
	cmpq	$0, -56(%rbp)
	jg	.LBB8_50
	jmp	.LBB8_74
	.p2align	4
.LBB8_15:
	xorps	%xmm0, %xmm0
	cmpq	$0, -56(%rbp)
	jle	.LBB8_74
.LBB8_50:
	movq	-120(%rbp), %rcx
	movq	-248(%rbp), %r9
	imulq	%r9, %rcx
	addq	-296(%rbp), %rcx
	movq	-240(%rbp), %rdx
	imulq	%r9, %rdx
	movq	-88(%rbp), %rdi
	addq	%rdi, %rdx
	movq	-344(%rbp), %rax
	imulq	%r9, %rax
	movq	-328(%rbp), %rsi
	addq	%r9, %rsi
	imulq	-80(%rbp), %rsi
	leaq	(%rdi,%rax,4), %rax
	movq	%rax, -384(%rbp)
	movq	-336(%rbp), %rax
	leaq	(%rax,%rsi,4), %rax
	movq	%rax, -376(%rbp)
	movq	-48(%rbp), %rax
	movq	72(%rax), %r11
	movq	112(%rax), %r12
	movl	208(%rax), %ebx
	movq	-312(%rbp), %rsi
	imulq	%r12, %rsi
	addq	%rcx, %rsi
	leaq	(,%r12,4), %r13
	movq	-304(%rbp), %rax
	imulq	%r11, %rax
	addq	%rdx, %rax
	leaq	(%rax,%r12,4), %rdi
	cmpq	%rdi, %rcx
	setb	%al
	cmpq	%rsi, %rdx
	setb	%r10b
	andb	%al, %r10b
	testq	%r13, %r13
	sets	%al
	movabsq	$2305843009213693952, %r9
	testq	%r9, %r11
	setne	%r9b
	orb	%al, %r9b
	orb	%r9b, %r10b
	movb	%r10b, -144(%rbp)
	movq	%r12, %rax
	movabsq	$9223372036854775800, %r10
	andq	%r10, %rax
	movaps	%xmm0, %xmm1
	shufps	$0, %xmm0, %xmm1
	cmpq	%rdi, %rcx
	setb	%cl
	cmpq	%rsi, %rdx
	movl	%ebx, %esi
	setb	%dl
	andb	%cl, %dl
	orb	%r9b, %dl
	movb	%dl, -128(%rbp)
	movl	%r12d, %ecx
	andl	$3, %ecx
	movq	%rcx, -96(%rbp)
	movq	%r11, -368(%rbp)
	leaq	(,%r11,4), %rcx
	movq	%rcx, -64(%rbp)
	movq	-224(%rbp), %rdx
	movq	-216(%rbp), %r10
	movq	-208(%rbp), %r11
	movq	-200(%rbp), %r9
	movq	-232(%rbp), %rdi
	xorl	%ecx, %ecx
	movq	%r13, -104(%rbp)
	movl	%ebx, -156(%rbp)
	jmp	.LBB8_51
	.p2align	4
.LBB8_73:
	incq	%rcx
	addq	%r13, %rdi
	movq	-64(%rbp), %rbx
	addq	%rbx, %r9
	addq	%r13, %r11
	addq	%rbx, %r10
	addq	%rbx, %rdx
	cmpq	-56(%rbp), %rcx
	je	.LBB8_74
.LBB8_51:
	testl	%esi, %esi
	je	.LBB8_62
	testq	%r12, %r12
	jle	.LBB8_73
	cmpq	$8, %r12
	setb	%bl
	orb	-144(%rbp), %bl
	testb	$1, %bl
	je	.LBB8_55
	xorl	%r14d, %r14d
	jmp	.LBB8_58
	.p2align	4
.LBB8_62:
	testq	%r12, %r12
	jle	.LBB8_73
	cmpq	$8, %r12
	setb	%bl
	orb	-128(%rbp), %bl
	testb	$1, %bl
	je	.LBB8_65
	xorl	%ebx, %ebx
	jmp	.LBB8_68
.LBB8_55:
	xorl	%ebx, %ebx
	.p2align	4
.LBB8_56:
	movups	-16(%r9,%rbx,4), %xmm2
	movups	(%r9,%rbx,4), %xmm3
	addps	%xmm1, %xmm2
	addps	%xmm1, %xmm3
	movaps	%xmm2, %xmm4
	cmpnleps	%xmm6, %xmm4
	andps	%xmm2, %xmm4
	movaps	%xmm3, %xmm2
	cmpnleps	%xmm6, %xmm2
	andps	%xmm3, %xmm2
	movups	%xmm4, -16(%rdi,%rbx,4)
	movups	%xmm2, (%rdi,%rbx,4)
	addq	$8, %rbx
	cmpq	%rbx, %rax
	jne	.LBB8_56
	movq	%rax, %r14
	cmpq	%rax, %r12
	je	.LBB8_73
.LBB8_58:
	movq	%r14, %rbx
	orq	$1, %rbx
	testb	$1, %r12b
	je	.LBB8_60
	movq	%r12, %r13
	imulq	%rcx, %r13
	movq	-368(%rbp), %r15
	imulq	%rcx, %r15
	movq	-376(%rbp), %rsi
	leaq	(%rsi,%r13,4), %rsi
	movq	%rsi, -136(%rbp)
	movl	-156(%rbp), %esi
	movq	-384(%rbp), %r13
	leaq	(%r13,%r15,4), %r15
	movq	-104(%rbp), %r13
	movss	(%r15,%r14,4), %xmm2
	addss	%xmm0, %xmm2
	movaps	%xmm2, %xmm3
	cmpless	%xmm5, %xmm3
	andnps	%xmm2, %xmm3
	movq	-136(%rbp), %r15
	movss	%xmm3, (%r15,%r14,4)
	movq	%rbx, %r14
.LBB8_60:
	cmpq	%rbx, %r12
	je	.LBB8_73
	.p2align	4
.LBB8_61:
	movss	-4(%r10,%r14,4), %xmm2
	addss	%xmm0, %xmm2
	movaps	%xmm2, %xmm3
	cmpless	%xmm5, %xmm3
	andnps	%xmm2, %xmm3
	movss	%xmm3, (%r11,%r14,4)
	movss	(%r10,%r14,4), %xmm2
	addss	%xmm0, %xmm2
	movaps	%xmm2, %xmm3
	cmpless	%xmm5, %xmm3
	andnps	%xmm2, %xmm3
	movss	%xmm3, 4(%r11,%r14,4)
	addq	$2, %r14
	cmpq	%r14, %r12
	jne	.LBB8_61
	jmp	.LBB8_73
.LBB8_65:
	xorl	%ebx, %ebx
	.p2align	4
.LBB8_66:
	movups	-16(%r9,%rbx,4), %xmm2
	movups	(%r9,%rbx,4), %xmm3
	addps	%xmm1, %xmm2
	addps	%xmm1, %xmm3
	movups	%xmm2, -16(%rdi,%rbx,4)
	movups	%xmm3, (%rdi,%rbx,4)
	addq	$8, %rbx
	cmpq	%rbx, %rax
	jne	.LBB8_66
	movq	%rax, %rbx
	cmpq	%rax, %r12
	je	.LBB8_73
.LBB8_68:
	movq	%rbx, %r14
	cmpq	$0, -96(%rbp)
	je	.LBB8_71
	movq	-96(%rbp), %r13
	movq	%rbx, %r14
	.p2align	4
.LBB8_70:
	movss	(%rdx,%r14,4), %xmm2
	addss	%xmm0, %xmm2
	movss	%xmm2, (%r11,%r14,4)
	incq	%r14
	decq	%r13
	jne	.LBB8_70
.LBB8_71:
	subq	%r12, %rbx
	cmpq	$-4, %rbx
	movq	-104(%rbp), %r13
	ja	.LBB8_73
	.p2align	4
.LBB8_72:
	movss	(%rdx,%r14,4), %xmm2
	addss	%xmm0, %xmm2
	movss	%xmm2, (%r11,%r14,4)
	movss	4(%rdx,%r14,4), %xmm2
	addss	%xmm0, %xmm2
	movss	%xmm2, 4(%r11,%r14,4)
	movss	8(%rdx,%r14,4), %xmm2
	addss	%xmm0, %xmm2
	movss	%xmm2, 8(%r11,%r14,4)
	movss	12(%rdx,%r14,4), %xmm2
	addss	%xmm0, %xmm2
	movss	%xmm2, 12(%r11,%r14,4)
	addq	$4, %r14
	cmpq	%r14, %r12
	jne	.LBB8_72
	jmp	.LBB8_73
.LBB8_47:
	addq	$408, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end8:
	.size	wide_pass_task, .Lfunc_end8-wide_pass_task
	.cfi_endproc

	.p2align	4
	.type	pad_image,@function
pad_image:
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
	subq	$104, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, -80(%rbp)
	movq	%rdx, -72(%rbp)
	movq	%rsi, -56(%rbp)
	movq	%rdi, -120(%rbp)
	movq	24(%rdi), %rax
	movq	%rax, -232(%rbp)
	testq	%rax, %rax
	jle	.LBB9_9
	movq	-120(%rbp), %rax
	movq	72(%rax), %rcx
	movq	64(%rax), %rdx
	imulq	%rcx, %rdx
	movq	32(%rax), %rax
	movq	%rdx, -224(%rbp)
	leaq	(,%rdx,4), %rdx
	movq	%rdx, -152(%rbp)
	movq	%rax, %rdx
	movq	%rcx, -160(%rbp)
	leaq	(,%rcx,4), %rax
	movq	%rax, -176(%rbp)
	leaq	(,%rdx,4), %rax
	movq	%rax, -144(%rbp)
	leaq	-4(,%rdx,4), %rax
	movq	%rax, -216(%rbp)
	movq	-56(%rbp), %rax
	leaq	16(%rax), %rcx
	movq	%rcx, -208(%rbp)
	movq	-72(%rbp), %rcx
	leaq	16(%rcx), %rsi
	movq	%rsi, -200(%rbp)
	leaq	4(%rcx), %rcx
	movq	%rcx, -192(%rbp)
	addq	$4, %rax
	movq	%rax, -184(%rbp)
	movq	-80(%rbp), %rax
	leaq	8(%rax), %rcx
	movq	%rcx, -136(%rbp)
	movq	$0, -96(%rbp)
	movq	%rax, -128(%rbp)
	movq	$0, -88(%rbp)
	movq	%rdx, -64(%rbp)
	jmp	.LBB9_2
	.p2align	4
.LBB9_8:
	movq	-88(%rbp), %rcx
	incq	%rcx
	movq	-96(%rbp), %rax
	addq	-144(%rbp), %rax
	movq	%rax, -96(%rbp)
	movq	-152(%rbp), %rax
	addq	%rax, -128(%rbp)
	addq	%rax, -136(%rbp)
	movq	%rcx, -88(%rbp)
	cmpq	-232(%rbp), %rcx
	je	.LBB9_9
.LBB9_2:
	testq	%rdx, %rdx
	jle	.LBB9_8
	movq	-144(%rbp), %rcx
	movq	%rcx, %rax
	movq	-88(%rbp), %r8
	imulq	%r8, %rax
	leaq	(%rcx,%rax), %rsi
	movq	-152(%rbp), %rdx
	imulq	%r8, %rdx
	addq	-80(%rbp), %rdx
	movq	-224(%rbp), %r9
	imulq	%r8, %r9
	movq	-120(%rbp), %rcx
	movq	40(%rcx), %r11
	movq	48(%rcx), %rbx
	movq	56(%rcx), %r15
	movq	-64(%rbp), %r10
	imulq	%r8, %r10
	movq	%r10, -248(%rbp)
	movq	-176(%rbp), %r13
	movq	%r13, %r8
	imulq	%rbx, %r8
	leaq	(%rdx,%r8), %rdi
	leaq	(%rdi,%r15,4), %r10
	movq	-216(%rbp), %rdi
	movq	%rbx, -256(%rbp)
	leaq	(%rdi,%rbx,4), %rdi
	imulq	-160(%rbp), %rdi
	addq	%rdx, %rdi
	leaq	(%rdi,%r11,4), %rdx
	movq	-72(%rbp), %r12
	leaq	(%rdx,%r15,4), %rbx
	imulq	%r11, %rax
	movq	-56(%rbp), %rcx
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, -112(%rbp)
	imulq	%r11, %rsi
	leaq	(%rcx,%rsi), %r14
	addq	%r12, %rax
	addq	%r12, %rsi
	cmpq	%r14, %r10
	setb	%cl
	cmpq	%rbx, %rdx
	setb	%r12b
	andb	%cl, %r12b
	leaq	(,%r11,4), %rcx
	movq	%rcx, %rdx
	orq	%r13, %rdx
	sets	%dl
	orb	%dl, %r12b
	cmpq	%rsi, %r10
	setb	%sil
	cmpq	%rbx, %rax
	movq	-80(%rbp), %rax
	leaq	(%rax,%r9,4), %rax
	leaq	(%rax,%r15,4), %rax
	movq	%rax, -240(%rbp)
	setb	%al
	andb	%sil, %al
	orb	%dl, %al
	orb	%r12b, %al
	movb	%al, -42(%rbp)
	movq	%r11, %rsi
	movabsq	$9223372036854775800, %rax
	andq	%rax, %rsi
	cmpq	%r14, %r10
	setb	%al
	cmpq	%rbx, -112(%rbp)
	setb	%dl
	andb	%al, %dl
	movq	%rcx, -112(%rbp)
	orq	%r13, %rcx
	sets	%al
	orb	%dl, %al
	movb	%al, -41(%rbp)
	movq	-64(%rbp), %rdx
	movl	%r11d, %eax
	andl	$3, %eax
	movq	%rax, -168(%rbp)
	movq	%r11, %rbx
	imulq	-96(%rbp), %rbx
	movq	-208(%rbp), %rax
	leaq	(%rax,%rbx), %r10
	leaq	(%r8,%r15,4), %r12
	movq	-200(%rbp), %rax
	leaq	(%rax,%rbx), %rcx
	movq	-192(%rbp), %rax
	leaq	(%rax,%rbx), %r13
	movq	-184(%rbp), %rax
	leaq	(%rax,%rbx), %r9
	addq	-56(%rbp), %rbx
	movq	-128(%rbp), %rax
	leaq	(%rax,%r12), %r15
	addq	-136(%rbp), %r12
	xorl	%r8d, %r8d
	jmp	.LBB9_4
	.p2align	4
.LBB9_28:
	incq	%r8
	movq	-112(%rbp), %r14
	addq	%r14, %r10
	movq	-176(%rbp), %rax
	addq	%rax, %r15
	addq	%r14, %rcx
	addq	%r14, %r13
	addq	%r14, %r9
	addq	%r14, %rbx
	addq	%rax, %r12
	cmpq	%rdx, %r8
	je	.LBB9_8
.LBB9_4:
	cmpq	$0, -72(%rbp)
	je	.LBB9_5
	testq	%r11, %r11
	jle	.LBB9_28
	cmpq	$12, %r11
	setb	%al
	orb	-42(%rbp), %al
	testb	$1, %al
	je	.LBB9_21
	xorl	%eax, %eax
	jmp	.LBB9_24
	.p2align	4
.LBB9_5:
	testq	%r11, %r11
	jle	.LBB9_28
	cmpq	$8, %r11
	setb	%al
	orb	-41(%rbp), %al
	testb	$1, %al
	je	.LBB9_10
	xorl	%r14d, %r14d
	jmp	.LBB9_13
.LBB9_21:
	xorl	%eax, %eax
	.p2align	4
.LBB9_22:
	movups	-16(%r10,%rax,4), %xmm0
	movups	(%r10,%rax,4), %xmm1
	movups	-16(%rcx,%rax,4), %xmm2
	movups	(%rcx,%rax,4), %xmm3
	xorps	%xmm4, %xmm4
	cmpltps	%xmm2, %xmm4
	andps	%xmm0, %xmm4
	xorps	%xmm0, %xmm0
	cmpltps	%xmm3, %xmm0
	andps	%xmm1, %xmm0
	movups	%xmm4, (%r15,%rax,4)
	movups	%xmm0, 16(%r15,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rsi
	jne	.LBB9_22
	movq	%rsi, %rax
	cmpq	%rsi, %r11
	je	.LBB9_28
.LBB9_24:
	movq	%rax, %r14
	orq	$1, %r14
	testb	$1, %r11b
	je	.LBB9_26
	movq	-256(%rbp), %rdx
	addq	%r8, %rdx
	imulq	-160(%rbp), %rdx
	movq	%rdx, -104(%rbp)
	movq	-248(%rbp), %rdi
	leaq	(%rdi,%r8), %rdx
	imulq	%r11, %rdx
	movq	%rdx, -264(%rbp)
	movq	-240(%rbp), %rdx
	movq	-104(%rbp), %rdi
	leaq	(%rdx,%rdi,4), %rdx
	movq	%rdx, -104(%rbp)
	movq	-56(%rbp), %rdx
	movq	-264(%rbp), %rdi
	leaq	(%rdx,%rdi,4), %rdx
	movq	%rdx, -272(%rbp)
	movq	-72(%rbp), %rdx
	leaq	(%rdx,%rdi,4), %rdi
	movq	-64(%rbp), %rdx
	xorps	%xmm0, %xmm0
	cmpltss	(%rdi,%rax,4), %xmm0
	movq	-272(%rbp), %rdi
	movss	(%rdi,%rax,4), %xmm1
	andps	%xmm0, %xmm1
	movq	-104(%rbp), %rdi
	movss	%xmm1, (%rdi,%rax,4)
	movq	%r14, %rax
.LBB9_26:
	cmpq	%r14, %r11
	je	.LBB9_28
	.p2align	4
.LBB9_27:
	xorps	%xmm0, %xmm0
	cmpltss	-4(%r13,%rax,4), %xmm0
	movss	-4(%r9,%rax,4), %xmm1
	andps	%xmm0, %xmm1
	movss	%xmm1, (%r15,%rax,4)
	xorps	%xmm0, %xmm0
	cmpltss	(%r13,%rax,4), %xmm0
	movss	(%r9,%rax,4), %xmm1
	andps	%xmm0, %xmm1
	movss	%xmm1, 4(%r15,%rax,4)
	addq	$2, %rax
	cmpq	%rax, %r11
	jne	.LBB9_27
	jmp	.LBB9_28
.LBB9_10:
	xorl	%eax, %eax
	.p2align	4
.LBB9_11:
	movups	-16(%r10,%rax,4), %xmm0
	movups	(%r10,%rax,4), %xmm1
	movups	%xmm0, (%r15,%rax,4)
	movups	%xmm1, 16(%r15,%rax,4)
	addq	$8, %rax
	cmpq	%rax, %rsi
	jne	.LBB9_11
	movq	%rsi, %r14
	cmpq	%rsi, %r11
	je	.LBB9_28
.LBB9_13:
	movq	%r14, %rax
	cmpq	$0, -168(%rbp)
	je	.LBB9_16
	movq	-168(%rbp), %rdx
	movq	%r14, %rax
	.p2align	4
.LBB9_15:
	movss	(%rbx,%rax,4), %xmm0
	movss	%xmm0, (%r15,%rax,4)
	incq	%rax
	decq	%rdx
	jne	.LBB9_15
.LBB9_16:
	subq	%r11, %r14
	cmpq	$-4, %r14
	movq	-64(%rbp), %rdx
	ja	.LBB9_28
	.p2align	4
.LBB9_17:
	movss	(%rbx,%rax,4), %xmm0
	movss	%xmm0, -8(%r12,%rax,4)
	movss	4(%rbx,%rax,4), %xmm0
	movss	%xmm0, -4(%r12,%rax,4)
	movss	8(%rbx,%rax,4), %xmm0
	movss	%xmm0, (%r12,%rax,4)
	movss	12(%rbx,%rax,4), %xmm0
	movss	%xmm0, 4(%r12,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %r11
	jne	.LBB9_17
	jmp	.LBB9_28
.LBB9_9:
	addq	$104, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end9:
	.size	pad_image, .Lfunc_end9-pad_image
	.cfi_endproc

	.p2align	4
	.type	correlate_rows,@function
correlate_rows:
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
	subq	$280, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, -64(%rbp)
	movq	%rdx, -72(%rbp)
	movl	$24, %eax
	xorl	%edx, %edx
	movq	%rdi, -272(%rbp)
	idivl	%edi
	cmpl	$6, %eax
	movl	$6, %edx
	cmovll	%eax, %edx
	testq	%rsi, %rsi
	jle	.LBB10_266
	movq	%r8, %r13
	movq	%rsi, %rbx
	movslq	%edx, %r8
	movq	%rsi, %rax
	shlq	$4, %rax
	movq	%rax, -88(%rbp)
	movq	-272(%rbp), %rax
	shll	$3, %eax
	movq	%rax, -272(%rbp)
	movq	-72(%rbp), %r11
	shlq	$4, %r11
	movq	%rsi, %rdx
	shlq	$7, %rdx
	movq	%rsi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rsi
	movq	%rsi, -120(%rbp)
	movq	%rbx, %rsi
	shlq	$8, %rsi
	movq	%rsi, -128(%rbp)
	leaq	(%rax,%rax,4), %rax
	movq	%rax, -152(%rbp)
	movq	%r13, %rax
	shlq	$4, %rax
	movq	%rax, -312(%rbp)
	leaq	-1(%r11), %rsi
	movq	%rsi, -112(%rbp)
	shrq	$4, %rsi
	incq	%rsi
	movabsq	$2305843009213693948, %rax
	orq	$2, %rax
	andq	%rsi, %rax
	movq	%rax, -176(%rbp)
	movl	%esi, %edi
	andl	$3, %edi
	movq	%rsi, -280(%rbp)
	andq	$-4, %rsi
	movq	%rsi, -248(%rbp)
	movq	%rdi, -320(%rbp)
	shll	$6, %edi
	movq	24(%rbp), %r14
	movq	%rdx, -96(%rbp)
	leaq	(%rdx,%rdx,2), %rax
	movq	%rax, -200(%rbp)
	imulq	$448, %rbx, %rax
	movq	%rax, -264(%rbp)
	leaq	(,%r13,4), %r10
	leaq	(%r10,%r10,2), %rax
	movq	-64(%rbp), %rsi
	leaq	64(%rsi), %rdx
	movq	%rdx, -168(%rbp)
	leaq	64(%rcx), %r9
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, -216(%rbp)
	leaq	(%rcx,%r13,8), %rdx
	movq	%rdx, -192(%rbp)
	leaq	(%rcx,%r13,4), %rdx
	movq	%rdx, -144(%rbp)
	movq	%rax, -256(%rbp)
	leaq	64(%rcx,%rax), %r15
	leaq	64(%rcx,%r13,8), %rax
	movq	%rax, -240(%rbp)
	leaq	64(%rcx,%r13,4), %rax
	movq	%rax, -208(%rbp)
	leaq	192(%rsi), %rax
	movq	%rax, -232(%rbp)
	xorl	%esi, %esi
	leaq	.LJTI10_0(%rip), %rdx
	movq	%r13, -136(%rbp)
	movq	%rbx, -104(%rbp)
	movq	%r8, -80(%rbp)
	movq	%rdi, -56(%rbp)
	movq	%r9, -160(%rbp)
	movq	%r15, -304(%rbp)
	jmp	.LBB10_9
.LBB10_2:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
.LBB10_3:
	vaddps	(%r12), %zmm15, %zmm15
	vmovups	%zmm15, (%r12)
	vaddps	64(%r12), %zmm14, %zmm14
	vmovups	%zmm14, 64(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm13, %zmm13
	vmovups	%zmm13, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm12, %zmm12
	vmovups	%zmm12, 64(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm11, %zmm11
	vmovups	%zmm11, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm10, %zmm10
	vmovups	%zmm10, 64(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm9, %zmm9
	vmovups	%zmm9, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm8, %zmm8
	vmovups	%zmm8, 64(%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm7, %zmm7
	vmovups	%zmm7, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm6, %zmm6
	vmovups	%zmm6, 64(%r12,%rax)
	movq	-152(%rbp), %rax
	vaddps	(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 64(%r12,%rax)
	movq	-200(%rbp), %rax
	vaddps	(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, 64(%r12,%rax)
	movq	-264(%rbp), %rax
.LBB10_4:
	vaddps	(%r12,%rax), %zmm1, %zmm1
	vmovups	%zmm1, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm0, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
.LBB10_5:
	movq	-80(%rbp), %r8
.LBB10_6:
	movq	-56(%rbp), %rdi
.LBB10_7:
	movq	-48(%rbp), %rsi
.LBB10_8:
	addq	%r8, %rsi
	cmpq	%rbx, %rsi
	jge	.LBB10_266
.LBB10_9:
	movq	%rsi, -48(%rbp)
	movq	%rbx, %rax
	subq	%rsi, %rax
	cmpq	%r8, %rax
	cmovgeq	%r8, %rax
	movq	-272(%rbp), %rsi
	addl	%esi, %eax
	addl	$-9, %eax
	movq	-48(%rbp), %rsi
	cmpl	$58, %eax
	ja	.LBB10_267
	movq	%rsi, %r12
	shlq	$6, %r12
	addq	%r14, %r12
	movslq	(%rdx,%rax,4), %rax
	addq	%rdx, %rax
	jmpq	*%rax
.LBB10_11:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_178
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %rax
	cmpq	$48, -112(%rbp)
	jae	.LBB10_240
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	jmp	.LBB10_242
.LBB10_14:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_125
	movq	16(%rbp), %r9
	movq	(%r9,%rsi,8), %rax
	movq	%rsi, %rdx
	movq	8(%r9,%rsi,8), %rsi
	movq	-64(%rbp), %r15
	leaq	(%r15,%rax,4), %rax
	leaq	(%r15,%rsi,4), %rsi
	movq	16(%r9,%rdx,8), %rdi
	leaq	(%r15,%rdi,4), %rdi
	movq	24(%r9,%rdx,8), %r8
	leaq	(%r15,%r8,4), %r8
	movq	32(%r9,%rdx,8), %rbx
	leaq	(%r15,%rbx,4), %r14
	movq	40(%r9,%rdx,8), %rbx
	leaq	(%r15,%rbx,4), %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r13d, %r13d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	vxorps	%zmm20, %zmm20, %zmm20
	vxorps	%zmm21, %zmm21, %zmm21
	vxorps	%zmm22, %zmm22, %zmm22
	vxorps	%zmm23, %zmm23, %zmm23
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	movq	-216(%rbp), %r9
	movq	-192(%rbp), %rdx
	movq	-144(%rbp), %r15
	.p2align	4
.LBB10_16:
	vmovups	(%rax,%r13,4), %zmm24
	vmovups	(%rsi,%r13,4), %zmm25
	vmovups	(%rdi,%r13,4), %zmm26
	vmovups	(%r8,%r13,4), %zmm27
	vmovups	(%r14,%r13,4), %zmm28
	vmovups	(%rbx,%r13,4), %zmm29
	vmovups	(%rcx,%r13,4), %zmm30
	vfmadd231ps	%zmm24, %zmm30, %zmm23
	vfmadd231ps	%zmm25, %zmm30, %zmm22
	vfmadd231ps	%zmm26, %zmm30, %zmm21
	vfmadd231ps	%zmm27, %zmm30, %zmm20
	vfmadd231ps	%zmm28, %zmm30, %zmm19
	vfmadd231ps	%zmm30, %zmm29, %zmm18
	vmovups	(%r15,%r13,4), %zmm30
	vfmadd231ps	%zmm24, %zmm30, %zmm17
	vfmadd231ps	%zmm25, %zmm30, %zmm16
	vfmadd231ps	%zmm26, %zmm30, %zmm8
	vfmadd231ps	%zmm27, %zmm30, %zmm7
	vfmadd231ps	%zmm28, %zmm30, %zmm6
	vfmadd231ps	%zmm30, %zmm29, %zmm5
	vmovups	(%rdx,%r13,4), %zmm30
	vfmadd231ps	%zmm24, %zmm30, %zmm4
	vfmadd231ps	%zmm25, %zmm30, %zmm3
	vfmadd231ps	%zmm26, %zmm30, %zmm2
	vfmadd231ps	%zmm27, %zmm30, %zmm1
	vfmadd231ps	%zmm28, %zmm30, %zmm0
	vfmadd231ps	%zmm30, %zmm29, %zmm9
	vmovups	(%r9,%r13,4), %zmm30
	vfmadd231ps	%zmm24, %zmm30, %zmm10
	vfmadd231ps	%zmm25, %zmm30, %zmm11
	vfmadd231ps	%zmm26, %zmm30, %zmm12
	vfmadd231ps	%zmm27, %zmm30, %zmm13
	vfmadd231ps	%zmm28, %zmm30, %zmm14
	vfmadd231ps	%zmm29, %zmm30, %zmm15
	addq	$16, %r13
	cmpq	%r11, %r13
	jl	.LBB10_16
	jmp	.LBB10_126
.LBB10_17:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_127
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %rax
	movq	-64(%rbp), %rsi
	leaq	(%rsi,%rax,4), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	.p2align	4
.LBB10_19:
	vmovups	(%rax,%rsi,4), %zmm8
	leaq	(%rcx,%rsi,4), %rdi
	vfmadd231ps	(%rcx,%rsi,4), %zmm8, %zmm7
	vfmadd231ps	(%r10,%rdi), %zmm8, %zmm6
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm8, %zmm5
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm8, %zmm4
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm8, %zmm3
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm8, %zmm2
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm8, %zmm1
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm8, %zmm0
	addq	$16, %rsi
	cmpq	%r11, %rsi
	jl	.LBB10_19
	jmp	.LBB10_128
.LBB10_20:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_129
	movq	16(%rbp), %rdi
	movq	(%rdi,%rsi,8), %rax
	movq	%rsi, %r8
	movq	8(%rdi,%rsi,8), %rsi
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	movq	16(%rdi,%r8,8), %rdi
	leaq	(%r9,%rdi,4), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	vxorps	%zmm20, %zmm20, %zmm20
	.p2align	4
.LBB10_22:
	vmovups	(%rax,%r8,4), %zmm21
	vmovups	(%rsi,%r8,4), %zmm22
	vmovups	(%rdi,%r8,4), %zmm23
	leaq	(%rcx,%r8,4), %rbx
	vmovups	(%rcx,%r8,4), %zmm24
	vfmadd231ps	%zmm21, %zmm24, %zmm20
	vfmadd231ps	%zmm22, %zmm24, %zmm19
	vfmadd231ps	%zmm24, %zmm23, %zmm18
	vmovups	(%r10,%rbx), %zmm24
	addq	%r10, %rbx
	vfmadd231ps	%zmm21, %zmm24, %zmm17
	vfmadd231ps	%zmm22, %zmm24, %zmm16
	vfmadd231ps	%zmm24, %zmm23, %zmm15
	vmovups	(%r10,%rbx), %zmm24
	addq	%r10, %rbx
	vfmadd231ps	%zmm21, %zmm24, %zmm14
	vfmadd231ps	%zmm22, %zmm24, %zmm13
	vfmadd231ps	%zmm24, %zmm23, %zmm12
	vmovups	(%r10,%rbx), %zmm24
	addq	%r10, %rbx
	vfmadd231ps	%zmm21, %zmm24, %zmm11
	vfmadd231ps	%zmm22, %zmm24, %zmm10
	vfmadd231ps	%zmm24, %zmm23, %zmm9
	vmovups	(%r10,%rbx), %zmm24
	addq	%r10, %rbx
	vfmadd231ps	%zmm21, %zmm24, %zmm8
	vfmadd231ps	%zmm22, %zmm24, %zmm7
	vfmadd231ps	%zmm24, %zmm23, %zmm6
	vmovups	(%r10,%rbx), %zmm24
	addq	%r10, %rbx
	vfmadd231ps	%zmm21, %zmm24, %zmm5
	vfmadd231ps	%zmm22, %zmm24, %zmm4
	vfmadd231ps	%zmm24, %zmm23, %zmm3
	vmovups	(%r10,%rbx), %zmm24
	vfmadd231ps	%zmm21, %zmm24, %zmm2
	vfmadd231ps	%zmm22, %zmm24, %zmm1
	vfmadd231ps	%zmm23, %zmm24, %zmm0
	addq	$16, %r8
	cmpq	%r11, %r8
	jl	.LBB10_22
	jmp	.LBB10_130
.LBB10_23:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_2
	movq	16(%rbp), %rsi
	movq	-48(%rbp), %rdi
	movq	(%rsi,%rdi,8), %rax
	movq	8(%rsi,%rdi,8), %rsi
	movq	-64(%rbp), %rdi
	leaq	(%rdi,%rax,4), %rax
	leaq	(%rdi,%rsi,4), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	.p2align	4
.LBB10_25:
	vmovups	(%rax,%rdi,4), %zmm16
	vmovups	(%rsi,%rdi,4), %zmm17
	leaq	(%rcx,%rdi,4), %r8
	vmovups	(%rcx,%rdi,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm15
	vfmadd231ps	%zmm18, %zmm17, %zmm14
	vmovups	(%r10,%r8), %zmm18
	addq	%r10, %r8
	vfmadd231ps	%zmm16, %zmm18, %zmm13
	vfmadd231ps	%zmm18, %zmm17, %zmm12
	vmovups	(%r10,%r8), %zmm18
	addq	%r10, %r8
	vfmadd231ps	%zmm16, %zmm18, %zmm11
	vfmadd231ps	%zmm18, %zmm17, %zmm10
	vmovups	(%r10,%r8), %zmm18
	addq	%r10, %r8
	vfmadd231ps	%zmm16, %zmm18, %zmm9
	vfmadd231ps	%zmm18, %zmm17, %zmm8
	vmovups	(%r10,%r8), %zmm18
	addq	%r10, %r8
	vfmadd231ps	%zmm16, %zmm18, %zmm7
	vfmadd231ps	%zmm18, %zmm17, %zmm6
	vmovups	(%r10,%r8), %zmm18
	addq	%r10, %r8
	vfmadd231ps	%zmm16, %zmm18, %zmm5
	vfmadd231ps	%zmm18, %zmm17, %zmm4
	vmovups	(%r10,%r8), %zmm18
	addq	%r10, %r8
	vfmadd231ps	%zmm16, %zmm18, %zmm3
	vfmadd231ps	%zmm18, %zmm17, %zmm2
	vmovups	(%r10,%r8), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm1
	vfmadd231ps	%zmm17, %zmm18, %zmm0
	addq	$16, %rdi
	cmpq	%r11, %rdi
	jl	.LBB10_25
	jmp	.LBB10_3
.LBB10_26:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_131
	movq	16(%rbp), %r9
	movq	(%r9,%rsi,8), %rax
	movq	%rsi, %r14
	movq	8(%r9,%rsi,8), %rsi
	movq	-64(%rbp), %r15
	leaq	(%r15,%rax,4), %rax
	leaq	(%r15,%rsi,4), %rsi
	movq	16(%r9,%r14,8), %rdi
	leaq	(%r15,%rdi,4), %rdi
	movq	24(%r9,%r14,8), %r8
	leaq	(%r15,%r8,4), %r8
	movq	32(%r9,%r14,8), %rbx
	leaq	(%r15,%rbx,4), %rbx
	movq	40(%r9,%r14,8), %r14
	leaq	(%r15,%r14,4), %r14
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r13d, %r13d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	movq	-144(%rbp), %r9
	.p2align	4
.LBB10_28:
	vmovups	(%rax,%r13,4), %zmm12
	vmovups	(%rsi,%r13,4), %zmm13
	vmovups	(%rdi,%r13,4), %zmm14
	vmovups	(%r8,%r13,4), %zmm15
	vmovups	(%rbx,%r13,4), %zmm16
	vmovups	(%r14,%r13,4), %zmm17
	vmovups	(%rcx,%r13,4), %zmm18
	vfmadd231ps	%zmm12, %zmm18, %zmm0
	vfmadd231ps	%zmm13, %zmm18, %zmm1
	vfmadd231ps	%zmm14, %zmm18, %zmm2
	vfmadd231ps	%zmm15, %zmm18, %zmm3
	vfmadd231ps	%zmm16, %zmm18, %zmm4
	vfmadd231ps	%zmm18, %zmm17, %zmm5
	vmovups	(%r9,%r13,4), %zmm18
	vfmadd231ps	%zmm12, %zmm18, %zmm6
	vfmadd231ps	%zmm13, %zmm18, %zmm7
	vfmadd231ps	%zmm14, %zmm18, %zmm8
	vfmadd231ps	%zmm15, %zmm18, %zmm9
	vfmadd231ps	%zmm16, %zmm18, %zmm10
	vfmadd231ps	%zmm17, %zmm18, %zmm11
	addq	$16, %r13
	cmpq	%r11, %r13
	jl	.LBB10_28
	jmp	.LBB10_132
.LBB10_29:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_133
	movq	16(%rbp), %rdi
	movq	(%rdi,%rsi,8), %rax
	movq	%rsi, %r8
	movq	8(%rdi,%rsi,8), %rsi
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	movq	16(%rdi,%r8,8), %rdi
	leaq	(%r9,%rdi,4), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	movq	-256(%rbp), %r9
	.p2align	4
.LBB10_31:
	vmovups	(%rax,%r8,4), %zmm12
	vmovups	(%rsi,%r8,4), %zmm13
	vmovups	(%rdi,%r8,4), %zmm14
	leaq	(%rcx,%r8,4), %rbx
	vmovups	(%rcx,%r8,4), %zmm15
	vfmadd231ps	%zmm12, %zmm15, %zmm0
	vfmadd231ps	%zmm13, %zmm15, %zmm1
	vfmadd231ps	%zmm15, %zmm14, %zmm2
	vmovups	(%rbx,%r13,4), %zmm15
	vfmadd231ps	%zmm12, %zmm15, %zmm3
	vfmadd231ps	%zmm13, %zmm15, %zmm4
	vfmadd231ps	%zmm15, %zmm14, %zmm5
	vmovups	(%rbx,%r13,8), %zmm15
	vfmadd231ps	%zmm12, %zmm15, %zmm6
	vfmadd231ps	%zmm13, %zmm15, %zmm7
	vfmadd231ps	%zmm15, %zmm14, %zmm8
	vmovups	(%r9,%rbx), %zmm15
	vfmadd231ps	%zmm12, %zmm15, %zmm9
	vfmadd231ps	%zmm13, %zmm15, %zmm10
	vfmadd231ps	%zmm14, %zmm15, %zmm11
	addq	$16, %r8
	cmpq	%r11, %r8
	jl	.LBB10_31
	jmp	.LBB10_134
.LBB10_32:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_135
	movq	16(%rbp), %r8
	movq	(%r8,%rsi,8), %rax
	movq	8(%r8,%rsi,8), %rdi
	movq	%rsi, %rdx
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rsi
	leaq	(%r9,%rdi,4), %r14
	movq	16(%r8,%rdx,8), %rax
	leaq	.LJTI10_0(%rip), %rdx
	leaq	(%r9,%rax,4), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	vxorps	%zmm20, %zmm20, %zmm20
	vxorps	%zmm21, %zmm21, %zmm21
	vxorps	%zmm22, %zmm22, %zmm22
	vxorps	%zmm23, %zmm23, %zmm23
	.p2align	4
.LBB10_34:
	vmovups	(%rsi,%r8,4), %zmm26
	vmovups	(%r14,%r8,4), %zmm25
	vmovups	(%rax,%r8,4), %zmm24
	leaq	(%rcx,%r8,4), %rdi
	vmovups	(%rcx,%r8,4), %zmm27
	vfmadd231ps	%zmm26, %zmm27, %zmm23
	vfmadd231ps	%zmm25, %zmm27, %zmm22
	vfmadd231ps	%zmm27, %zmm24, %zmm21
	vmovups	(%r10,%rdi), %zmm27
	addq	%r10, %rdi
	vfmadd231ps	%zmm26, %zmm27, %zmm20
	vfmadd231ps	%zmm25, %zmm27, %zmm19
	vfmadd231ps	%zmm27, %zmm24, %zmm18
	vmovups	(%r10,%rdi), %zmm27
	addq	%r10, %rdi
	vfmadd231ps	%zmm26, %zmm27, %zmm17
	vfmadd231ps	%zmm25, %zmm27, %zmm16
	vfmadd231ps	%zmm27, %zmm24, %zmm15
	vmovups	(%r10,%rdi), %zmm27
	addq	%r10, %rdi
	vfmadd231ps	%zmm26, %zmm27, %zmm14
	vfmadd231ps	%zmm25, %zmm27, %zmm13
	vfmadd231ps	%zmm27, %zmm24, %zmm12
	vmovups	(%r10,%rdi), %zmm27
	addq	%r10, %rdi
	vfmadd231ps	%zmm26, %zmm27, %zmm11
	vfmadd231ps	%zmm25, %zmm27, %zmm10
	vfmadd231ps	%zmm27, %zmm24, %zmm9
	vmovups	(%r10,%rdi), %zmm27
	addq	%r10, %rdi
	vfmadd231ps	%zmm26, %zmm27, %zmm8
	vfmadd231ps	%zmm25, %zmm27, %zmm7
	vfmadd231ps	%zmm27, %zmm24, %zmm6
	vmovups	(%r10,%rdi), %zmm27
	addq	%r10, %rdi
	vfmadd231ps	%zmm26, %zmm27, %zmm5
	vfmadd231ps	%zmm25, %zmm27, %zmm4
	vfmadd231ps	%zmm27, %zmm24, %zmm3
	vmovups	(%r10,%rdi), %zmm27
	vfmadd231ps	%zmm26, %zmm27, %zmm2
	vfmadd231ps	%zmm25, %zmm27, %zmm1
	vfmadd231ps	%zmm24, %zmm27, %zmm0
	addq	$16, %r8
	cmpq	%r11, %r8
	jl	.LBB10_34
	jmp	.LBB10_136
.LBB10_35:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_137
	movq	16(%rbp), %r8
	movq	(%r8,%rsi,8), %rax
	movq	%rsi, %rbx
	movq	8(%r8,%rsi,8), %rsi
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	movq	16(%r8,%rbx,8), %rdi
	leaq	(%r9,%rdi,4), %rdi
	movq	24(%r8,%rbx,8), %r8
	leaq	(%r9,%r8,4), %r8
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%ebx, %ebx
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	movq	-144(%rbp), %r9
	.p2align	4
.LBB10_37:
	vmovups	(%rax,%rbx,4), %zmm8
	vmovups	(%rsi,%rbx,4), %zmm9
	vmovups	(%rdi,%rbx,4), %zmm10
	vmovups	(%r8,%rbx,4), %zmm11
	vmovups	(%rcx,%rbx,4), %zmm12
	vfmadd231ps	%zmm8, %zmm12, %zmm0
	vfmadd231ps	%zmm9, %zmm12, %zmm1
	vfmadd231ps	%zmm10, %zmm12, %zmm2
	vfmadd231ps	%zmm12, %zmm11, %zmm3
	vmovups	(%r9,%rbx,4), %zmm12
	vfmadd231ps	%zmm8, %zmm12, %zmm4
	vfmadd231ps	%zmm9, %zmm12, %zmm5
	vfmadd231ps	%zmm10, %zmm12, %zmm6
	vfmadd231ps	%zmm11, %zmm12, %zmm7
	addq	$16, %rbx
	cmpq	%r11, %rbx
	jl	.LBB10_37
	jmp	.LBB10_138
.LBB10_38:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_139
	movq	16(%rbp), %rsi
	movq	-48(%rbp), %rdi
	movq	(%rsi,%rdi,8), %rax
	movq	8(%rsi,%rdi,8), %rsi
	movq	-64(%rbp), %rdi
	leaq	(%rdi,%rax,4), %rax
	leaq	(%rdi,%rsi,4), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	.p2align	4
.LBB10_40:
	vmovups	(%rax,%rdi,4), %zmm14
	vmovups	(%rsi,%rdi,4), %zmm15
	leaq	(%rcx,%rdi,4), %r8
	vmovups	(%rcx,%rdi,4), %zmm16
	vfmadd231ps	%zmm14, %zmm16, %zmm13
	vfmadd231ps	%zmm16, %zmm15, %zmm12
	vmovups	(%r10,%r8), %zmm16
	addq	%r10, %r8
	vfmadd231ps	%zmm14, %zmm16, %zmm11
	vfmadd231ps	%zmm16, %zmm15, %zmm10
	vmovups	(%r10,%r8), %zmm16
	addq	%r10, %r8
	vfmadd231ps	%zmm14, %zmm16, %zmm9
	vfmadd231ps	%zmm16, %zmm15, %zmm8
	vmovups	(%r10,%r8), %zmm16
	addq	%r10, %r8
	vfmadd231ps	%zmm14, %zmm16, %zmm7
	vfmadd231ps	%zmm16, %zmm15, %zmm6
	vmovups	(%r10,%r8), %zmm16
	addq	%r10, %r8
	vfmadd231ps	%zmm14, %zmm16, %zmm5
	vfmadd231ps	%zmm16, %zmm15, %zmm4
	vmovups	(%r10,%r8), %zmm16
	addq	%r10, %r8
	vfmadd231ps	%zmm14, %zmm16, %zmm3
	vfmadd231ps	%zmm16, %zmm15, %zmm2
	vmovups	(%r10,%r8), %zmm16
	vfmadd231ps	%zmm14, %zmm16, %zmm1
	vfmadd231ps	%zmm15, %zmm16, %zmm0
	addq	$16, %rdi
	cmpq	%r11, %rdi
	jl	.LBB10_40
	jmp	.LBB10_140
.LBB10_41:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_141
	movq	16(%rbp), %rsi
	movq	-48(%rbp), %rdx
	movq	(%rsi,%rdx,8), %rax
	movq	8(%rsi,%rdx,8), %rsi
	movq	-64(%rbp), %rdx
	leaq	(%rdx,%rax,4), %rax
	leaq	(%rdx,%rsi,4), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	movq	-216(%rbp), %r9
	movq	-192(%rbp), %r15
	movq	-144(%rbp), %rdx
	.p2align	4
.LBB10_43:
	vmovups	(%rax,%rdi,4), %zmm8
	vmovups	(%rsi,%rdi,4), %zmm9
	vmovups	(%rcx,%rdi,4), %zmm10
	vfmadd231ps	%zmm8, %zmm10, %zmm0
	vfmadd231ps	%zmm10, %zmm9, %zmm1
	vmovups	(%rdx,%rdi,4), %zmm10
	vfmadd231ps	%zmm8, %zmm10, %zmm2
	vfmadd231ps	%zmm10, %zmm9, %zmm3
	vmovups	(%r15,%rdi,4), %zmm10
	vfmadd231ps	%zmm8, %zmm10, %zmm4
	vfmadd231ps	%zmm10, %zmm9, %zmm5
	vmovups	(%r9,%rdi,4), %zmm10
	vfmadd231ps	%zmm8, %zmm10, %zmm6
	vfmadd231ps	%zmm9, %zmm10, %zmm7
	addq	$16, %rdi
	cmpq	%r11, %rdi
	jl	.LBB10_43
	jmp	.LBB10_142
.LBB10_44:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_143
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %r15
	cmpq	$15, -112(%rbp)
	jne	.LBB10_199
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	jmp	.LBB10_201
.LBB10_47:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_144
	movq	16(%rbp), %r9
	movq	(%r9,%rsi,8), %rax
	movq	%rsi, %rbx
	movq	8(%r9,%rsi,8), %rsi
	movq	-64(%rbp), %r14
	leaq	(%r14,%rax,4), %rax
	leaq	(%r14,%rsi,4), %rsi
	movq	16(%r9,%rbx,8), %rdi
	leaq	(%r14,%rdi,4), %rdi
	movq	24(%r9,%rbx,8), %r8
	leaq	(%r14,%r8,4), %r8
	movq	32(%r9,%rbx,8), %rbx
	leaq	(%r14,%rbx,4), %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r14d, %r14d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	.p2align	4
.LBB10_49:
	vmovups	(%rax,%r14,4), %zmm10
	vmovups	(%rsi,%r14,4), %zmm11
	vmovups	(%rdi,%r14,4), %zmm12
	vmovups	(%r8,%r14,4), %zmm13
	vmovups	(%rbx,%r14,4), %zmm14
	leaq	(%rcx,%r14,4), %r13
	vmovups	(%rcx,%r14,4), %zmm15
	vfmadd231ps	%zmm10, %zmm15, %zmm0
	vfmadd231ps	%zmm11, %zmm15, %zmm1
	vfmadd231ps	%zmm12, %zmm15, %zmm2
	vfmadd231ps	%zmm13, %zmm15, %zmm3
	vfmadd231ps	%zmm15, %zmm14, %zmm4
	movq	-136(%rbp), %r9
	vmovups	(%r13,%r9,4), %zmm15
	movq	-136(%rbp), %r13
	vfmadd231ps	%zmm10, %zmm15, %zmm5
	vfmadd231ps	%zmm11, %zmm15, %zmm6
	vfmadd231ps	%zmm12, %zmm15, %zmm7
	vfmadd231ps	%zmm13, %zmm15, %zmm8
	vfmadd231ps	%zmm14, %zmm15, %zmm9
	addq	$16, %r14
	cmpq	%r11, %r14
	jl	.LBB10_49
	jmp	.LBB10_145
.LBB10_50:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_146
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %r15
	movq	%rsi, %rdi
	movq	8(%rax,%rsi,8), %rsi
	movq	16(%rax,%rdi,8), %rdi
	cmpq	$15, -112(%rbp)
	movq	%rsi, -184(%rbp)
	jne	.LBB10_204
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	jmp	.LBB10_206
.LBB10_53:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_147
	movq	16(%rbp), %rsi
	movq	-48(%rbp), %rax
	movq	(%rsi,%rax,8), %r15
	movq	8(%rsi,%rax,8), %r9
	cmpq	$15, -112(%rbp)
	jne	.LBB10_209
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	jmp	.LBB10_211
.LBB10_56:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_148
	movq	16(%rbp), %r9
	movq	(%r9,%rsi,8), %rax
	movq	%rsi, %r14
	movq	8(%r9,%rsi,8), %rsi
	movq	-64(%rbp), %r13
	leaq	(%r13,%rax,4), %rax
	leaq	(%r13,%rsi,4), %rsi
	movq	16(%r9,%r14,8), %rdi
	leaq	(%r13,%rdi,4), %rdi
	movq	24(%r9,%r14,8), %r8
	leaq	(%r13,%r8,4), %r8
	movq	32(%r9,%r14,8), %rbx
	leaq	(%r13,%rbx,4), %rbx
	movq	40(%r9,%r14,8), %r14
	movq	-192(%rbp), %r15
	leaq	(,%r14,4), %r14
	addq	%r13, %r14
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r13d, %r13d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	movq	-144(%rbp), %r9
	.p2align	4
.LBB10_58:
	vmovups	(%rax,%r13,4), %zmm18
	vmovups	(%rsi,%r13,4), %zmm19
	vmovups	(%rdi,%r13,4), %zmm20
	vmovups	(%r8,%r13,4), %zmm21
	vmovups	(%rbx,%r13,4), %zmm22
	vmovups	(%r14,%r13,4), %zmm23
	vmovups	(%rcx,%r13,4), %zmm24
	vfmadd231ps	%zmm18, %zmm24, %zmm0
	vfmadd231ps	%zmm19, %zmm24, %zmm1
	vfmadd231ps	%zmm20, %zmm24, %zmm2
	vfmadd231ps	%zmm21, %zmm24, %zmm3
	vfmadd231ps	%zmm22, %zmm24, %zmm4
	vfmadd231ps	%zmm24, %zmm23, %zmm5
	vmovups	(%r9,%r13,4), %zmm24
	vfmadd231ps	%zmm18, %zmm24, %zmm6
	vfmadd231ps	%zmm19, %zmm24, %zmm7
	vfmadd231ps	%zmm20, %zmm24, %zmm8
	vfmadd231ps	%zmm21, %zmm24, %zmm9
	vfmadd231ps	%zmm22, %zmm24, %zmm10
	vfmadd231ps	%zmm24, %zmm23, %zmm11
	vmovups	(%r15,%r13,4), %zmm24
	vfmadd231ps	%zmm18, %zmm24, %zmm12
	vfmadd231ps	%zmm19, %zmm24, %zmm13
	vfmadd231ps	%zmm20, %zmm24, %zmm14
	vfmadd231ps	%zmm21, %zmm24, %zmm15
	vfmadd231ps	%zmm22, %zmm24, %zmm16
	vfmadd231ps	%zmm23, %zmm24, %zmm17
	addq	$16, %r13
	cmpq	%r11, %r13
	jl	.LBB10_58
	jmp	.LBB10_149
.LBB10_59:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_150
	movq	16(%rbp), %r8
	movq	(%r8,%rsi,8), %rax
	movq	%rsi, %rdx
	movq	8(%r8,%rsi,8), %rsi
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	movq	16(%r8,%rdx,8), %rdi
	leaq	(%r9,%rdi,4), %rdi
	movq	24(%r8,%rdx,8), %r8
	leaq	(%r9,%r8,4), %r8
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%ebx, %ebx
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	movq	-216(%rbp), %r9
	movq	-192(%rbp), %r15
	movq	-144(%rbp), %rdx
	.p2align	4
.LBB10_61:
	vmovups	(%rax,%rbx,4), %zmm16
	vmovups	(%rsi,%rbx,4), %zmm17
	vmovups	(%rdi,%rbx,4), %zmm18
	vmovups	(%r8,%rbx,4), %zmm19
	vmovups	(%rcx,%rbx,4), %zmm20
	vfmadd231ps	%zmm16, %zmm20, %zmm0
	vfmadd231ps	%zmm17, %zmm20, %zmm1
	vfmadd231ps	%zmm18, %zmm20, %zmm2
	vfmadd231ps	%zmm20, %zmm19, %zmm3
	vmovups	(%rdx,%rbx,4), %zmm20
	vfmadd231ps	%zmm16, %zmm20, %zmm4
	vfmadd231ps	%zmm17, %zmm20, %zmm5
	vfmadd231ps	%zmm18, %zmm20, %zmm6
	vfmadd231ps	%zmm20, %zmm19, %zmm7
	vmovups	(%r15,%rbx,4), %zmm20
	vfmadd231ps	%zmm16, %zmm20, %zmm8
	vfmadd231ps	%zmm17, %zmm20, %zmm9
	vfmadd231ps	%zmm18, %zmm20, %zmm10
	vfmadd231ps	%zmm20, %zmm19, %zmm11
	vmovups	(%r9,%rbx,4), %zmm20
	vfmadd231ps	%zmm16, %zmm20, %zmm12
	vfmadd231ps	%zmm17, %zmm20, %zmm13
	vfmadd231ps	%zmm18, %zmm20, %zmm14
	vfmadd231ps	%zmm19, %zmm20, %zmm15
	addq	$16, %rbx
	cmpq	%r11, %rbx
	jl	.LBB10_61
	jmp	.LBB10_151
.LBB10_62:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_153
	movq	16(%rbp), %rdi
	movq	(%rdi,%rsi,8), %rax
	movq	%rsi, %r8
	movq	8(%rdi,%rsi,8), %rsi
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	movq	16(%rdi,%r8,8), %rdi
	leaq	(%r9,%rdi,4), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	movq	-144(%rbp), %r9
	movq	-192(%rbp), %r15
	.p2align	4
.LBB10_64:
	vmovups	(%rax,%r8,4), %zmm9
	vmovups	(%rsi,%r8,4), %zmm10
	vmovups	(%rdi,%r8,4), %zmm11
	vmovups	(%rcx,%r8,4), %zmm12
	vfmadd231ps	%zmm9, %zmm12, %zmm0
	vfmadd231ps	%zmm10, %zmm12, %zmm1
	vfmadd231ps	%zmm12, %zmm11, %zmm2
	vmovups	(%r9,%r8,4), %zmm12
	vfmadd231ps	%zmm9, %zmm12, %zmm3
	vfmadd231ps	%zmm10, %zmm12, %zmm4
	vfmadd231ps	%zmm12, %zmm11, %zmm5
	vmovups	(%r15,%r8,4), %zmm12
	vfmadd231ps	%zmm9, %zmm12, %zmm6
	vfmadd231ps	%zmm10, %zmm12, %zmm7
	vfmadd231ps	%zmm11, %zmm12, %zmm8
	addq	$16, %r8
	cmpq	%r11, %r8
	jl	.LBB10_64
	jmp	.LBB10_154
.LBB10_65:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_155
	movq	16(%rbp), %r9
	movq	(%r9,%rsi,8), %rax
	movq	%rsi, %rbx
	movq	8(%r9,%rsi,8), %rsi
	movq	-64(%rbp), %r14
	leaq	(%r14,%rax,4), %rax
	leaq	(%r14,%rsi,4), %rsi
	movq	16(%r9,%rbx,8), %rdi
	leaq	(%r14,%rdi,4), %rdi
	movq	24(%r9,%rbx,8), %r8
	leaq	(%r14,%r8,4), %r8
	movq	32(%r9,%rbx,8), %rbx
	movq	-192(%rbp), %r15
	leaq	(%r14,%rbx,4), %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r14d, %r14d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	movq	-144(%rbp), %r9
	.p2align	4
.LBB10_67:
	vmovups	(%rax,%r14,4), %zmm15
	vmovups	(%rsi,%r14,4), %zmm16
	vmovups	(%rdi,%r14,4), %zmm17
	vmovups	(%r8,%r14,4), %zmm18
	vmovups	(%rbx,%r14,4), %zmm19
	vmovups	(%rcx,%r14,4), %zmm20
	vfmadd231ps	%zmm15, %zmm20, %zmm0
	vfmadd231ps	%zmm16, %zmm20, %zmm1
	vfmadd231ps	%zmm17, %zmm20, %zmm2
	vfmadd231ps	%zmm18, %zmm20, %zmm3
	vfmadd231ps	%zmm20, %zmm19, %zmm4
	vmovups	(%r9,%r14,4), %zmm20
	vfmadd231ps	%zmm15, %zmm20, %zmm5
	vfmadd231ps	%zmm16, %zmm20, %zmm6
	vfmadd231ps	%zmm17, %zmm20, %zmm7
	vfmadd231ps	%zmm18, %zmm20, %zmm8
	vfmadd231ps	%zmm20, %zmm19, %zmm9
	vmovups	(%r15,%r14,4), %zmm20
	vfmadd231ps	%zmm15, %zmm20, %zmm10
	vfmadd231ps	%zmm16, %zmm20, %zmm11
	vfmadd231ps	%zmm17, %zmm20, %zmm12
	vfmadd231ps	%zmm18, %zmm20, %zmm13
	vfmadd231ps	%zmm19, %zmm20, %zmm14
	addq	$16, %r14
	cmpq	%r11, %r14
	jl	.LBB10_67
	jmp	.LBB10_156
.LBB10_68:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_157
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %r15
	movq	8(%rax,%rsi,8), %rdi
	movq	16(%rax,%rsi,8), %r9
	movq	24(%rax,%rsi,8), %rbx
	movq	32(%rax,%rsi,8), %r14
	cmpq	$15, -112(%rbp)
	movq	%rdi, -184(%rbp)
	movq	%r9, -224(%rbp)
	movq	%rbx, -296(%rbp)
	movq	%r14, -288(%rbp)
	jne	.LBB10_214
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r14d, %r14d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	jmp	.LBB10_216
.LBB10_71:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_158
	movq	16(%rbp), %r8
	movq	(%r8,%rsi,8), %rax
	movq	%rsi, %rbx
	movq	8(%r8,%rsi,8), %rsi
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	movq	16(%r8,%rbx,8), %rdi
	leaq	(%r9,%rdi,4), %rdi
	movq	24(%r8,%rbx,8), %r8
	leaq	(%r9,%r8,4), %r8
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%ebx, %ebx
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	.p2align	4
.LBB10_73:
	vmovups	(%rax,%rbx,4), %zmm12
	vmovups	(%rsi,%rbx,4), %zmm13
	vmovups	(%rdi,%rbx,4), %zmm14
	vmovups	(%r8,%rbx,4), %zmm15
	leaq	(%rcx,%rbx,4), %r14
	vmovups	(%rcx,%rbx,4), %zmm16
	vfmadd231ps	%zmm12, %zmm16, %zmm0
	vfmadd231ps	%zmm13, %zmm16, %zmm1
	vfmadd231ps	%zmm14, %zmm16, %zmm2
	vfmadd231ps	%zmm16, %zmm15, %zmm3
	vmovups	(%r14,%r13,4), %zmm16
	vfmadd231ps	%zmm12, %zmm16, %zmm4
	vfmadd231ps	%zmm13, %zmm16, %zmm5
	vfmadd231ps	%zmm14, %zmm16, %zmm6
	vfmadd231ps	%zmm16, %zmm15, %zmm7
	vmovups	(%r14,%r13,8), %zmm16
	vfmadd231ps	%zmm12, %zmm16, %zmm8
	vfmadd231ps	%zmm13, %zmm16, %zmm9
	vfmadd231ps	%zmm14, %zmm16, %zmm10
	vfmadd231ps	%zmm15, %zmm16, %zmm11
	addq	$16, %rbx
	cmpq	%r11, %rbx
	jl	.LBB10_73
	jmp	.LBB10_159
.LBB10_74:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_160
	movq	16(%rbp), %rdi
	movq	(%rdi,%rsi,8), %rax
	movq	%rsi, %r8
	movq	8(%rdi,%rsi,8), %rsi
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	movq	16(%rdi,%r8,8), %rdi
	leaq	(%r9,%rdi,4), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	.p2align	4
.LBB10_76:
	vmovups	(%rax,%r8,4), %zmm15
	vmovups	(%rsi,%r8,4), %zmm16
	vmovups	(%rdi,%r8,4), %zmm17
	leaq	(%rcx,%r8,4), %rbx
	vmovups	(%rcx,%r8,4), %zmm18
	vfmadd231ps	%zmm15, %zmm18, %zmm14
	vfmadd231ps	%zmm16, %zmm18, %zmm13
	vfmadd231ps	%zmm18, %zmm17, %zmm12
	vmovups	(%r10,%rbx), %zmm18
	addq	%r10, %rbx
	vfmadd231ps	%zmm15, %zmm18, %zmm11
	vfmadd231ps	%zmm16, %zmm18, %zmm10
	vfmadd231ps	%zmm18, %zmm17, %zmm9
	vmovups	(%r10,%rbx), %zmm18
	addq	%r10, %rbx
	vfmadd231ps	%zmm15, %zmm18, %zmm8
	vfmadd231ps	%zmm16, %zmm18, %zmm7
	vfmadd231ps	%zmm18, %zmm17, %zmm6
	vmovups	(%r10,%rbx), %zmm18
	addq	%r10, %rbx
	vfmadd231ps	%zmm15, %zmm18, %zmm5
	vfmadd231ps	%zmm16, %zmm18, %zmm4
	vfmadd231ps	%zmm18, %zmm17, %zmm3
	vmovups	(%r10,%rbx), %zmm18
	vfmadd231ps	%zmm15, %zmm18, %zmm2
	vfmadd231ps	%zmm16, %zmm18, %zmm1
	vfmadd231ps	%zmm17, %zmm18, %zmm0
	addq	$16, %r8
	cmpq	%r11, %r8
	jl	.LBB10_76
	jmp	.LBB10_161
.LBB10_77:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_162
	movq	16(%rbp), %rdi
	movq	(%rdi,%rsi,8), %rax
	movq	%rsi, %r8
	movq	8(%rdi,%rsi,8), %rsi
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	movq	16(%rdi,%r8,8), %rdi
	leaq	(%r9,%rdi,4), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	.p2align	4
.LBB10_79:
	vmovups	(%rax,%r8,4), %zmm18
	vmovups	(%rsi,%r8,4), %zmm19
	vmovups	(%rdi,%r8,4), %zmm20
	leaq	(%rcx,%r8,4), %rbx
	vmovups	(%rcx,%r8,4), %zmm21
	vfmadd231ps	%zmm18, %zmm21, %zmm17
	vfmadd231ps	%zmm19, %zmm21, %zmm16
	vfmadd231ps	%zmm21, %zmm20, %zmm15
	vmovups	(%r10,%rbx), %zmm21
	addq	%r10, %rbx
	vfmadd231ps	%zmm18, %zmm21, %zmm14
	vfmadd231ps	%zmm19, %zmm21, %zmm13
	vfmadd231ps	%zmm21, %zmm20, %zmm12
	vmovups	(%r10,%rbx), %zmm21
	addq	%r10, %rbx
	vfmadd231ps	%zmm18, %zmm21, %zmm11
	vfmadd231ps	%zmm19, %zmm21, %zmm10
	vfmadd231ps	%zmm21, %zmm20, %zmm9
	vmovups	(%r10,%rbx), %zmm21
	addq	%r10, %rbx
	vfmadd231ps	%zmm18, %zmm21, %zmm8
	vfmadd231ps	%zmm19, %zmm21, %zmm7
	vfmadd231ps	%zmm21, %zmm20, %zmm6
	vmovups	(%r10,%rbx), %zmm21
	addq	%r10, %rbx
	vfmadd231ps	%zmm18, %zmm21, %zmm5
	vfmadd231ps	%zmm19, %zmm21, %zmm4
	vfmadd231ps	%zmm21, %zmm20, %zmm3
	vmovups	(%r10,%rbx), %zmm21
	vfmadd231ps	%zmm18, %zmm21, %zmm2
	vfmadd231ps	%zmm19, %zmm21, %zmm1
	vfmadd231ps	%zmm20, %zmm21, %zmm0
	addq	$16, %r8
	cmpq	%r11, %r8
	jl	.LBB10_79
	jmp	.LBB10_163
.LBB10_80:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_167
	movq	16(%rbp), %r9
	movq	(%r9,%rsi,8), %rax
	movq	8(%r9,%rsi,8), %rdi
	movq	%rsi, %rbx
	movq	-64(%rbp), %r14
	leaq	(%r14,%rax,4), %rsi
	leaq	(%r14,%rdi,4), %rax
	movq	16(%r9,%rbx,8), %rdi
	leaq	(%r14,%rdi,4), %r8
	movq	24(%r9,%rbx,8), %rdi
	leaq	(%r14,%rdi,4), %r14
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	vxorps	%zmm20, %zmm20, %zmm20
	vxorps	%zmm21, %zmm21, %zmm21
	vxorps	%zmm22, %zmm22, %zmm22
	vxorps	%zmm23, %zmm23, %zmm23
	.p2align	4
.LBB10_82:
	vmovups	(%rsi,%rdi,4), %zmm24
	vmovups	(%rax,%rdi,4), %zmm25
	vmovups	(%r8,%rdi,4), %zmm26
	vmovups	(%r14,%rdi,4), %zmm27
	leaq	(%rcx,%rdi,4), %rbx
	vmovups	(%rcx,%rdi,4), %zmm28
	vfmadd231ps	%zmm24, %zmm28, %zmm23
	vfmadd231ps	%zmm25, %zmm28, %zmm22
	vfmadd231ps	%zmm26, %zmm28, %zmm21
	vfmadd231ps	%zmm28, %zmm27, %zmm20
	vmovups	(%r10,%rbx), %zmm28
	addq	%r10, %rbx
	vfmadd231ps	%zmm24, %zmm28, %zmm19
	vfmadd231ps	%zmm25, %zmm28, %zmm18
	vfmadd231ps	%zmm26, %zmm28, %zmm17
	vfmadd231ps	%zmm28, %zmm27, %zmm16
	vmovups	(%r10,%rbx), %zmm28
	addq	%r10, %rbx
	vfmadd231ps	%zmm24, %zmm28, %zmm15
	vfmadd231ps	%zmm25, %zmm28, %zmm14
	vfmadd231ps	%zmm26, %zmm28, %zmm13
	vfmadd231ps	%zmm28, %zmm27, %zmm12
	vmovups	(%r10,%rbx), %zmm28
	addq	%r10, %rbx
	vfmadd231ps	%zmm24, %zmm28, %zmm11
	vfmadd231ps	%zmm25, %zmm28, %zmm10
	vfmadd231ps	%zmm26, %zmm28, %zmm9
	vfmadd231ps	%zmm28, %zmm27, %zmm8
	vmovups	(%r10,%rbx), %zmm28
	addq	%r10, %rbx
	vfmadd231ps	%zmm24, %zmm28, %zmm7
	vfmadd231ps	%zmm25, %zmm28, %zmm6
	vfmadd231ps	%zmm26, %zmm28, %zmm5
	vfmadd231ps	%zmm28, %zmm27, %zmm4
	vmovups	(%r10,%rbx), %zmm28
	vfmadd231ps	%zmm24, %zmm28, %zmm3
	vfmadd231ps	%zmm25, %zmm28, %zmm2
	vfmadd231ps	%zmm26, %zmm28, %zmm1
	vfmadd231ps	%zmm27, %zmm28, %zmm0
	addq	$16, %rdi
	cmpq	%r11, %rdi
	jl	.LBB10_82
	jmp	.LBB10_168
.LBB10_83:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_169
	movq	16(%rbp), %r9
	movq	(%r9,%rsi,8), %rax
	movq	%rsi, %r14
	movq	8(%r9,%rsi,8), %rsi
	movq	-64(%rbp), %r15
	leaq	(%r15,%rax,4), %rax
	leaq	(%r15,%rsi,4), %rsi
	movq	16(%r9,%r14,8), %rdi
	leaq	(%r15,%rdi,4), %rdi
	movq	24(%r9,%r14,8), %r8
	leaq	(%r15,%r8,4), %r8
	movq	32(%r9,%r14,8), %rbx
	leaq	(%r15,%rbx,4), %rbx
	movq	40(%r9,%r14,8), %r14
	leaq	(%r15,%r14,4), %r14
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r13d, %r13d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	.p2align	4
.LBB10_85:
	vmovups	(%rcx,%r13,4), %zmm6
	vfmadd231ps	(%rax,%r13,4), %zmm6, %zmm0
	vfmadd231ps	(%rsi,%r13,4), %zmm6, %zmm1
	vfmadd231ps	(%rdi,%r13,4), %zmm6, %zmm2
	vfmadd231ps	(%r8,%r13,4), %zmm6, %zmm3
	vfmadd231ps	(%rbx,%r13,4), %zmm6, %zmm4
	vfmadd231ps	(%r14,%r13,4), %zmm6, %zmm5
	addq	$16, %r13
	cmpq	%r11, %r13
	jl	.LBB10_85
	jmp	.LBB10_170
.LBB10_86:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_172
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %r15
	movq	%rsi, %rdi
	movq	8(%rax,%rsi,8), %rsi
	movq	16(%rax,%rdi,8), %rdi
	cmpq	$15, -112(%rbp)
	jne	.LBB10_219
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	jmp	.LBB10_221
.LBB10_89:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_173
	movq	16(%rbp), %rsi
	movq	-48(%rbp), %rdi
	movq	(%rsi,%rdi,8), %rax
	movq	8(%rsi,%rdi,8), %rsi
	cmpq	$15, -112(%rbp)
	jne	.LBB10_224
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	jmp	.LBB10_226
.LBB10_92:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_174
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %r15
	movq	8(%rax,%rsi,8), %rdi
	movq	16(%rax,%rsi,8), %r9
	movq	24(%rax,%rsi,8), %r8
	cmpq	$15, -112(%rbp)
	movq	%rdi, -184(%rbp)
	movq	%r9, -224(%rbp)
	jne	.LBB10_229
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%ebx, %ebx
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	jmp	.LBB10_231
.LBB10_95:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_175
	movq	16(%rbp), %rsi
	movq	-48(%rbp), %rdi
	movq	(%rsi,%rdi,8), %rax
	movq	8(%rsi,%rdi,8), %rsi
	cmpq	$48, -112(%rbp)
	jae	.LBB10_234
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	jmp	.LBB10_236
.LBB10_98:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_176
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %rax
	movq	-64(%rbp), %rsi
	leaq	(%rsi,%rax,4), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	.p2align	4
.LBB10_100:
	vmovups	(%rax,%rsi,4), %zmm6
	leaq	(%rcx,%rsi,4), %rdi
	vfmadd231ps	(%rcx,%rsi,4), %zmm6, %zmm5
	vfmadd231ps	(%r10,%rdi), %zmm6, %zmm4
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm6, %zmm3
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm6, %zmm2
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm6, %zmm1
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm6, %zmm0
	addq	$16, %rsi
	cmpq	%r11, %rsi
	jl	.LBB10_100
	jmp	.LBB10_177
.LBB10_101:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_179
	movq	16(%rbp), %rsi
	movq	-48(%rbp), %rdi
	movq	(%rsi,%rdi,8), %rax
	movq	8(%rsi,%rdi,8), %rsi
	movq	-64(%rbp), %rdi
	leaq	(%rdi,%rax,4), %rax
	leaq	(%rdi,%rsi,4), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	.p2align	4
.LBB10_103:
	vmovups	(%rax,%rdi,4), %zmm12
	vmovups	(%rsi,%rdi,4), %zmm13
	leaq	(%rcx,%rdi,4), %r8
	vmovups	(%rcx,%rdi,4), %zmm14
	vfmadd231ps	%zmm12, %zmm14, %zmm11
	vfmadd231ps	%zmm14, %zmm13, %zmm10
	vmovups	(%r10,%r8), %zmm14
	addq	%r10, %r8
	vfmadd231ps	%zmm12, %zmm14, %zmm9
	vfmadd231ps	%zmm14, %zmm13, %zmm8
	vmovups	(%r10,%r8), %zmm14
	addq	%r10, %r8
	vfmadd231ps	%zmm12, %zmm14, %zmm7
	vfmadd231ps	%zmm14, %zmm13, %zmm6
	vmovups	(%r10,%r8), %zmm14
	addq	%r10, %r8
	vfmadd231ps	%zmm12, %zmm14, %zmm5
	vfmadd231ps	%zmm14, %zmm13, %zmm4
	vmovups	(%r10,%r8), %zmm14
	addq	%r10, %r8
	vfmadd231ps	%zmm12, %zmm14, %zmm3
	vfmadd231ps	%zmm14, %zmm13, %zmm2
	vmovups	(%r10,%r8), %zmm14
	vfmadd231ps	%zmm12, %zmm14, %zmm1
	vfmadd231ps	%zmm13, %zmm14, %zmm0
	addq	$16, %rdi
	cmpq	%r11, %rdi
	jl	.LBB10_103
	jmp	.LBB10_180
.LBB10_104:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_181
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %rax
	cmpq	$48, -112(%rbp)
	movq	-144(%rbp), %r9
	jae	.LBB10_246
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	vxorps	%xmm1, %xmm1, %xmm1
	jmp	.LBB10_248
.LBB10_107:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_182
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %rax
	movq	-64(%rbp), %rsi
	leaq	(%rsi,%rax,4), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	.p2align	4
.LBB10_109:
	vmovups	(%rax,%rsi,4), %zmm7
	leaq	(%rcx,%rsi,4), %rdi
	vfmadd231ps	(%rcx,%rsi,4), %zmm7, %zmm6
	vfmadd231ps	(%r10,%rdi), %zmm7, %zmm5
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm7, %zmm4
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm7, %zmm3
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm7, %zmm2
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm7, %zmm1
	addq	%r10, %rdi
	vfmadd231ps	(%r10,%rdi), %zmm7, %zmm0
	addq	$16, %rsi
	cmpq	%r11, %rsi
	jl	.LBB10_109
	jmp	.LBB10_183
.LBB10_110:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_185
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %rax
	cmpq	$15, -112(%rbp)
	movq	%rax, -184(%rbp)
	jne	.LBB10_255
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	jmp	.LBB10_257
.LBB10_113:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_186
	movq	16(%rbp), %rax
	movq	(%rax,%rsi,8), %r15
	cmpq	$15, -112(%rbp)
	jne	.LBB10_260
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	jmp	.LBB10_262
.LBB10_116:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_187
	movq	16(%rbp), %r9
	movq	(%r9,%rsi,8), %rax
	movq	%rsi, %rdx
	movq	8(%r9,%rsi,8), %rsi
	movq	-64(%rbp), %r14
	leaq	(%r14,%rax,4), %rax
	leaq	(%r14,%rsi,4), %rsi
	movq	16(%r9,%rdx,8), %rdi
	leaq	(%r14,%rdi,4), %rdi
	movq	24(%r9,%rdx,8), %r8
	leaq	(%r14,%r8,4), %r8
	movq	32(%r9,%rdx,8), %rbx
	leaq	(%r14,%rbx,4), %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r14d, %r14d
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	movq	-216(%rbp), %r9
	movq	-192(%rbp), %r15
	movq	-144(%rbp), %rdx
	.p2align	4
.LBB10_118:
	vmovups	(%rax,%r14,4), %zmm20
	vmovups	(%rsi,%r14,4), %zmm21
	vmovups	(%rdi,%r14,4), %zmm22
	vmovups	(%r8,%r14,4), %zmm23
	vmovups	(%rbx,%r14,4), %zmm24
	vmovups	(%rcx,%r14,4), %zmm25
	vfmadd231ps	%zmm20, %zmm25, %zmm0
	vfmadd231ps	%zmm21, %zmm25, %zmm1
	vfmadd231ps	%zmm22, %zmm25, %zmm2
	vfmadd231ps	%zmm23, %zmm25, %zmm3
	vfmadd231ps	%zmm25, %zmm24, %zmm4
	vmovups	(%rdx,%r14,4), %zmm25
	vfmadd231ps	%zmm20, %zmm25, %zmm5
	vfmadd231ps	%zmm21, %zmm25, %zmm6
	vfmadd231ps	%zmm22, %zmm25, %zmm7
	vfmadd231ps	%zmm23, %zmm25, %zmm8
	vfmadd231ps	%zmm25, %zmm24, %zmm9
	vmovups	(%r15,%r14,4), %zmm25
	vfmadd231ps	%zmm20, %zmm25, %zmm10
	vfmadd231ps	%zmm21, %zmm25, %zmm11
	vfmadd231ps	%zmm22, %zmm25, %zmm12
	vfmadd231ps	%zmm23, %zmm25, %zmm13
	vfmadd231ps	%zmm25, %zmm24, %zmm14
	vmovups	(%r9,%r14,4), %zmm25
	vfmadd231ps	%zmm20, %zmm25, %zmm15
	vfmadd231ps	%zmm21, %zmm25, %zmm16
	vfmadd231ps	%zmm22, %zmm25, %zmm17
	vfmadd231ps	%zmm23, %zmm25, %zmm18
	vfmadd231ps	%zmm24, %zmm25, %zmm19
	addq	$16, %r14
	cmpq	%r11, %r14
	jl	.LBB10_118
	jmp	.LBB10_188
.LBB10_119:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_191
	movq	16(%rbp), %r8
	movq	(%r8,%rsi,8), %rax
	movq	%rsi, %rbx
	movq	8(%r8,%rsi,8), %rsi
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	movq	16(%r8,%rbx,8), %rdi
	leaq	(%r9,%rdi,4), %rdi
	movq	24(%r8,%rbx,8), %r8
	leaq	(%r9,%r8,4), %r8
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%ebx, %ebx
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	.p2align	4
.LBB10_121:
	vmovups	(%rax,%rbx,4), %zmm20
	vmovups	(%rsi,%rbx,4), %zmm21
	vmovups	(%rdi,%rbx,4), %zmm22
	vmovups	(%r8,%rbx,4), %zmm23
	leaq	(%rcx,%rbx,4), %r14
	vmovups	(%rcx,%rbx,4), %zmm24
	vfmadd231ps	%zmm20, %zmm24, %zmm19
	vfmadd231ps	%zmm21, %zmm24, %zmm18
	vfmadd231ps	%zmm22, %zmm24, %zmm17
	vfmadd231ps	%zmm24, %zmm23, %zmm16
	vmovups	(%r10,%r14), %zmm24
	addq	%r10, %r14
	vfmadd231ps	%zmm20, %zmm24, %zmm15
	vfmadd231ps	%zmm21, %zmm24, %zmm14
	vfmadd231ps	%zmm22, %zmm24, %zmm13
	vfmadd231ps	%zmm24, %zmm23, %zmm12
	vmovups	(%r10,%r14), %zmm24
	addq	%r10, %r14
	vfmadd231ps	%zmm20, %zmm24, %zmm11
	vfmadd231ps	%zmm21, %zmm24, %zmm10
	vfmadd231ps	%zmm22, %zmm24, %zmm9
	vfmadd231ps	%zmm24, %zmm23, %zmm8
	vmovups	(%r10,%r14), %zmm24
	addq	%r10, %r14
	vfmadd231ps	%zmm20, %zmm24, %zmm7
	vfmadd231ps	%zmm21, %zmm24, %zmm6
	vfmadd231ps	%zmm22, %zmm24, %zmm5
	vfmadd231ps	%zmm24, %zmm23, %zmm4
	vmovups	(%r10,%r14), %zmm24
	vfmadd231ps	%zmm20, %zmm24, %zmm3
	vfmadd231ps	%zmm21, %zmm24, %zmm2
	vfmadd231ps	%zmm22, %zmm24, %zmm1
	vfmadd231ps	%zmm23, %zmm24, %zmm0
	addq	$16, %rbx
	cmpq	%r11, %rbx
	jl	.LBB10_121
	jmp	.LBB10_192
.LBB10_122:
	cmpq	$0, -72(%rbp)
	jle	.LBB10_197
	movq	16(%rbp), %rsi
	movq	-48(%rbp), %rdi
	movq	(%rsi,%rdi,8), %rax
	movq	8(%rsi,%rdi,8), %rsi
	movq	-64(%rbp), %rdi
	leaq	(%rdi,%rax,4), %rax
	leaq	(%rdi,%rsi,4), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	.p2align	4
.LBB10_124:
	vmovups	(%rax,%rdi,4), %zmm10
	vmovups	(%rsi,%rdi,4), %zmm11
	leaq	(%rcx,%rdi,4), %r8
	vmovups	(%rcx,%rdi,4), %zmm12
	vfmadd231ps	%zmm10, %zmm12, %zmm9
	vfmadd231ps	%zmm12, %zmm11, %zmm8
	vmovups	(%r10,%r8), %zmm12
	addq	%r10, %r8
	vfmadd231ps	%zmm10, %zmm12, %zmm7
	vfmadd231ps	%zmm12, %zmm11, %zmm6
	vmovups	(%r10,%r8), %zmm12
	addq	%r10, %r8
	vfmadd231ps	%zmm10, %zmm12, %zmm5
	vfmadd231ps	%zmm12, %zmm11, %zmm4
	vmovups	(%r10,%r8), %zmm12
	addq	%r10, %r8
	vfmadd231ps	%zmm10, %zmm12, %zmm3
	vfmadd231ps	%zmm12, %zmm11, %zmm2
	vmovups	(%r10,%r8), %zmm12
	vfmadd231ps	%zmm10, %zmm12, %zmm1
	vfmadd231ps	%zmm11, %zmm12, %zmm0
	addq	$16, %rdi
	cmpq	%r11, %rdi
	jl	.LBB10_124
	jmp	.LBB10_198
.LBB10_125:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	vxorps	%zmm20, %zmm20, %zmm20
	vxorps	%zmm21, %zmm21, %zmm21
	vxorps	%zmm22, %zmm22, %zmm22
	vxorps	%zmm23, %zmm23, %zmm23
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
.LBB10_126:
	vaddps	(%r12), %zmm23, %zmm23
	vmovups	%zmm23, (%r12)
	vaddps	64(%r12), %zmm22, %zmm22
	vmovups	%zmm22, 64(%r12)
	vaddps	128(%r12), %zmm21, %zmm21
	vmovups	%zmm21, 128(%r12)
	vaddps	192(%r12), %zmm20, %zmm20
	vmovups	%zmm20, 192(%r12)
	vaddps	256(%r12), %zmm19, %zmm19
	vmovups	%zmm19, 256(%r12)
	vaddps	320(%r12), %zmm18, %zmm18
	vmovups	%zmm18, 320(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm17, %zmm17
	vmovups	%zmm17, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm16, %zmm16
	vmovups	%zmm16, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm8, %zmm8
	vmovups	%zmm8, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm7, %zmm7
	vmovups	%zmm7, 192(%r12,%rax,4)
	vaddps	256(%r12,%rax,4), %zmm6, %zmm6
	vmovups	%zmm6, 256(%r12,%rax,4)
	vaddps	320(%r12,%rax,4), %zmm5, %zmm5
	vmovups	%zmm5, 320(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm1, %zmm1
	vmovups	%zmm1, 192(%r12,%rax)
	vaddps	256(%r12,%rax), %zmm0, %zmm0
	vmovups	%zmm0, 256(%r12,%rax)
	vaddps	320(%r12,%rax), %zmm9, %zmm0
	vmovups	%zmm0, 320(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm10, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm11, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm12, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm13, %zmm0
	vmovups	%zmm0, 192(%r12,%rax)
	vaddps	256(%r12,%rax), %zmm14, %zmm0
	vmovups	%zmm0, 256(%r12,%rax)
	vaddps	320(%r12,%rax), %zmm15, %zmm0
	vmovups	%zmm0, 320(%r12,%rax)
	movq	-136(%rbp), %r13
	jmp	.LBB10_189
.LBB10_127:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
.LBB10_128:
	vaddps	(%r12), %zmm7, %zmm7
	vmovups	%zmm7, (%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm6, %zmm6
	vmovups	%zmm6, (%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, (%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, (%r12,%rax)
	movq	-152(%rbp), %rax
	vaddps	(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, (%r12,%rax)
	movq	-200(%rbp), %rax
	vaddps	(%r12,%rax), %zmm1, %zmm1
	vmovups	%zmm1, (%r12,%rax)
	movq	-264(%rbp), %rax
	jmp	.LBB10_184
.LBB10_129:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	vxorps	%zmm20, %zmm20, %zmm20
.LBB10_130:
	vaddps	(%r12), %zmm20, %zmm20
	vmovups	%zmm20, (%r12)
	vaddps	64(%r12), %zmm19, %zmm19
	vmovups	%zmm19, 64(%r12)
	vaddps	128(%r12), %zmm18, %zmm18
	vmovups	%zmm18, 128(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm17, %zmm17
	vmovups	%zmm17, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm16, %zmm16
	vmovups	%zmm16, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm15, %zmm15
	vmovups	%zmm15, 128(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm14, %zmm14
	vmovups	%zmm14, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm13, %zmm13
	vmovups	%zmm13, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm12, %zmm12
	vmovups	%zmm12, 128(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm11, %zmm11
	vmovups	%zmm11, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm10, %zmm10
	vmovups	%zmm10, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm9, %zmm9
	vmovups	%zmm9, 128(%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm8, %zmm8
	vmovups	%zmm8, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm7, %zmm7
	vmovups	%zmm7, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm6, %zmm6
	vmovups	%zmm6, 128(%r12,%rax)
	movq	-152(%rbp), %rax
	vaddps	(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, 128(%r12,%rax)
	movq	-200(%rbp), %rax
	jmp	.LBB10_164
.LBB10_131:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
.LBB10_132:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	vaddps	256(%r12), %zmm4, %zmm0
	vmovups	%zmm0, 256(%r12)
	vaddps	320(%r12), %zmm5, %zmm0
	vmovups	%zmm0, 320(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm6, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm7, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm8, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm9, %zmm0
	vmovups	%zmm0, 192(%r12,%rax,4)
	vaddps	256(%r12,%rax,4), %zmm10, %zmm0
	vmovups	%zmm0, 256(%r12,%rax,4)
	vaddps	320(%r12,%rax,4), %zmm11, %zmm0
	vmovups	%zmm0, 320(%r12,%rax,4)
	jmp	.LBB10_171
.LBB10_133:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
.LBB10_134:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm3, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm4, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm5, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm6, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm7, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm8, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm9, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm10, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm11, %zmm0
	jmp	.LBB10_165
.LBB10_135:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	vxorps	%zmm20, %zmm20, %zmm20
	vxorps	%zmm21, %zmm21, %zmm21
	vxorps	%zmm22, %zmm22, %zmm22
	vxorps	%zmm23, %zmm23, %zmm23
.LBB10_136:
	vaddps	(%r12), %zmm23, %zmm23
	vmovups	%zmm23, (%r12)
	vaddps	64(%r12), %zmm22, %zmm22
	vmovups	%zmm22, 64(%r12)
	vaddps	128(%r12), %zmm21, %zmm21
	vmovups	%zmm21, 128(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm20, %zmm20
	vmovups	%zmm20, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm19, %zmm19
	vmovups	%zmm19, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm18, %zmm18
	vmovups	%zmm18, 128(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm17, %zmm17
	vmovups	%zmm17, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm16, %zmm16
	vmovups	%zmm16, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm15, %zmm15
	vmovups	%zmm15, 128(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm14, %zmm14
	vmovups	%zmm14, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm13, %zmm13
	vmovups	%zmm13, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm12, %zmm12
	vmovups	%zmm12, 128(%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm11, %zmm11
	vmovups	%zmm11, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm10, %zmm10
	vmovups	%zmm10, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm9, %zmm9
	vmovups	%zmm9, 128(%r12,%rax)
	movq	-152(%rbp), %rax
	vaddps	(%r12,%rax), %zmm8, %zmm8
	vmovups	%zmm8, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm7, %zmm7
	vmovups	%zmm7, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm6, %zmm6
	vmovups	%zmm6, 128(%r12,%rax)
	movq	-200(%rbp), %rax
	vaddps	(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, 128(%r12,%rax)
	movq	-264(%rbp), %rax
	vaddps	(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm1, %zmm1
	vmovups	%zmm1, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm0, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	jmp	.LBB10_196
.LBB10_137:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
.LBB10_138:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm4, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm5, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm6, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm7, %zmm0
	vmovups	%zmm0, 192(%r12,%rax,4)
	jmp	.LBB10_166
.LBB10_139:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
.LBB10_140:
	vaddps	(%r12), %zmm13, %zmm13
	vmovups	%zmm13, (%r12)
	vaddps	64(%r12), %zmm12, %zmm12
	vmovups	%zmm12, 64(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm11, %zmm11
	vmovups	%zmm11, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm10, %zmm10
	vmovups	%zmm10, 64(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm9, %zmm9
	vmovups	%zmm9, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm8, %zmm8
	vmovups	%zmm8, 64(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm7, %zmm7
	vmovups	%zmm7, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm6, %zmm6
	vmovups	%zmm6, 64(%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 64(%r12,%rax)
	movq	-152(%rbp), %rax
	vaddps	(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, 64(%r12,%rax)
	movq	-200(%rbp), %rax
	jmp	.LBB10_4
.LBB10_141:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
.LBB10_142:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm2, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm3, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm4, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm5, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm6, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm7, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	jmp	.LBB10_152
.LBB10_143:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	jmp	.LBB10_203
.LBB10_144:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
.LBB10_145:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	vaddps	256(%r12), %zmm4, %zmm0
	vmovups	%zmm0, 256(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm5, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm6, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm7, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm8, %zmm0
	vmovups	%zmm0, 192(%r12,%rax,4)
	vaddps	256(%r12,%rax,4), %zmm9, %zmm0
	vmovups	%zmm0, 256(%r12,%rax,4)
	jmp	.LBB10_195
.LBB10_146:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	jmp	.LBB10_208
.LBB10_147:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	jmp	.LBB10_213
.LBB10_148:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
.LBB10_149:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	vaddps	256(%r12), %zmm4, %zmm0
	vmovups	%zmm0, 256(%r12)
	vaddps	320(%r12), %zmm5, %zmm0
	vmovups	%zmm0, 320(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm6, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm7, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm8, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm9, %zmm0
	vmovups	%zmm0, 192(%r12,%rax,4)
	vaddps	256(%r12,%rax,4), %zmm10, %zmm0
	vmovups	%zmm0, 256(%r12,%rax,4)
	vaddps	320(%r12,%rax,4), %zmm11, %zmm0
	vmovups	%zmm0, 320(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm12, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm13, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm14, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm15, %zmm0
	vmovups	%zmm0, 192(%r12,%rax)
	vaddps	256(%r12,%rax), %zmm16, %zmm0
	vmovups	%zmm0, 256(%r12,%rax)
	vaddps	320(%r12,%rax), %zmm17, %zmm0
	vmovups	%zmm0, 320(%r12,%rax)
	jmp	.LBB10_171
.LBB10_150:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
.LBB10_151:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm4, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm5, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm6, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm7, %zmm0
	vmovups	%zmm0, 192(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm8, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm9, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm10, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm11, %zmm0
	vmovups	%zmm0, 192(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm12, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm13, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm14, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm15, %zmm0
	vmovups	%zmm0, 192(%r12,%rax)
	movq	-104(%rbp), %rbx
	movq	-80(%rbp), %r8
.LBB10_152:
	movq	-56(%rbp), %rdi
	jmp	.LBB10_190
.LBB10_153:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
.LBB10_154:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm3, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm4, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm5, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm6, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm7, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm8, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	jmp	.LBB10_5
.LBB10_155:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
.LBB10_156:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	vaddps	256(%r12), %zmm4, %zmm0
	vmovups	%zmm0, 256(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm5, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm6, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm7, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm8, %zmm0
	vmovups	%zmm0, 192(%r12,%rax,4)
	vaddps	256(%r12,%rax,4), %zmm9, %zmm0
	vmovups	%zmm0, 256(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm10, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm11, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm12, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm13, %zmm0
	vmovups	%zmm0, 192(%r12,%rax)
	vaddps	256(%r12,%rax), %zmm14, %zmm0
	vmovups	%zmm0, 256(%r12,%rax)
	jmp	.LBB10_195
.LBB10_157:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	jmp	.LBB10_218
.LBB10_158:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
.LBB10_159:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm4, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm5, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm6, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm7, %zmm0
	vmovups	%zmm0, 192(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm8, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm9, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm10, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm11, %zmm0
	jmp	.LBB10_194
.LBB10_160:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
.LBB10_161:
	vaddps	(%r12), %zmm14, %zmm14
	vmovups	%zmm14, (%r12)
	vaddps	64(%r12), %zmm13, %zmm13
	vmovups	%zmm13, 64(%r12)
	vaddps	128(%r12), %zmm12, %zmm12
	vmovups	%zmm12, 128(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm11, %zmm11
	vmovups	%zmm11, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm10, %zmm10
	vmovups	%zmm10, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm9, %zmm9
	vmovups	%zmm9, 128(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm8, %zmm8
	vmovups	%zmm8, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm7, %zmm7
	vmovups	%zmm7, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm6, %zmm6
	vmovups	%zmm6, 128(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, 128(%r12,%rax)
	movq	-128(%rbp), %rax
	jmp	.LBB10_164
.LBB10_162:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
.LBB10_163:
	vaddps	(%r12), %zmm17, %zmm17
	vmovups	%zmm17, (%r12)
	vaddps	64(%r12), %zmm16, %zmm16
	vmovups	%zmm16, 64(%r12)
	vaddps	128(%r12), %zmm15, %zmm15
	vmovups	%zmm15, 128(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm14, %zmm14
	vmovups	%zmm14, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm13, %zmm13
	vmovups	%zmm13, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm12, %zmm12
	vmovups	%zmm12, 128(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm11, %zmm11
	vmovups	%zmm11, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm10, %zmm10
	vmovups	%zmm10, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm9, %zmm9
	vmovups	%zmm9, 128(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm8, %zmm8
	vmovups	%zmm8, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm7, %zmm7
	vmovups	%zmm7, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm6, %zmm6
	vmovups	%zmm6, 128(%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, 128(%r12,%rax)
	movq	-152(%rbp), %rax
.LBB10_164:
	vaddps	(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm1, %zmm1
	vmovups	%zmm1, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm0, %zmm0
.LBB10_165:
	vmovups	%zmm0, 128(%r12,%rax)
.LBB10_166:
	movq	-104(%rbp), %rbx
	jmp	.LBB10_5
.LBB10_167:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
	vxorps	%zmm20, %zmm20, %zmm20
	vxorps	%zmm21, %zmm21, %zmm21
	vxorps	%zmm22, %zmm22, %zmm22
	vxorps	%zmm23, %zmm23, %zmm23
.LBB10_168:
	vaddps	(%r12), %zmm23, %zmm23
	vmovups	%zmm23, (%r12)
	vaddps	64(%r12), %zmm22, %zmm22
	vmovups	%zmm22, 64(%r12)
	vaddps	128(%r12), %zmm21, %zmm21
	vmovups	%zmm21, 128(%r12)
	vaddps	192(%r12), %zmm20, %zmm20
	vmovups	%zmm20, 192(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm19, %zmm19
	vmovups	%zmm19, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm18, %zmm18
	vmovups	%zmm18, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm17, %zmm17
	vmovups	%zmm17, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm16, %zmm16
	vmovups	%zmm16, 192(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm15, %zmm15
	vmovups	%zmm15, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm14, %zmm14
	vmovups	%zmm14, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm13, %zmm13
	vmovups	%zmm13, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm12, %zmm12
	vmovups	%zmm12, 192(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm11, %zmm11
	vmovups	%zmm11, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm10, %zmm10
	vmovups	%zmm10, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm9, %zmm9
	vmovups	%zmm9, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm8, %zmm8
	vmovups	%zmm8, 192(%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm7, %zmm7
	vmovups	%zmm7, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm6, %zmm6
	vmovups	%zmm6, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 192(%r12,%rax)
	movq	-152(%rbp), %rax
	jmp	.LBB10_193
.LBB10_169:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
.LBB10_170:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	vaddps	256(%r12), %zmm4, %zmm0
	vmovups	%zmm0, 256(%r12)
	vaddps	320(%r12), %zmm5, %zmm0
	vmovups	%zmm0, 320(%r12)
.LBB10_171:
	movq	-136(%rbp), %r13
	jmp	.LBB10_195
.LBB10_172:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	jmp	.LBB10_223
.LBB10_173:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	jmp	.LBB10_228
.LBB10_174:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	jmp	.LBB10_233
.LBB10_175:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	movq	%rdi, %r14
	jmp	.LBB10_239
.LBB10_176:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
.LBB10_177:
	vaddps	(%r12), %zmm5, %zmm5
	vmovups	%zmm5, (%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm4, %zmm4
	vmovups	%zmm4, (%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, (%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, (%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm1, %zmm1
	vmovups	%zmm1, (%r12,%rax)
	movq	-152(%rbp), %rax
	jmp	.LBB10_184
.LBB10_178:
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rdi, %r14
	jmp	.LBB10_245
.LBB10_179:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
.LBB10_180:
	vaddps	(%r12), %zmm11, %zmm11
	vmovups	%zmm11, (%r12)
	vaddps	64(%r12), %zmm10, %zmm10
	vmovups	%zmm10, 64(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm9, %zmm9
	vmovups	%zmm9, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm8, %zmm8
	vmovups	%zmm8, 64(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm7, %zmm7
	vmovups	%zmm7, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm6, %zmm6
	vmovups	%zmm6, 64(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 64(%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, 64(%r12,%rax)
	movq	-152(%rbp), %rax
	jmp	.LBB10_4
.LBB10_181:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	movq	%rdi, %r14
	jmp	.LBB10_251
.LBB10_182:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
.LBB10_183:
	vaddps	(%r12), %zmm6, %zmm6
	vmovups	%zmm6, (%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, (%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, (%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, (%r12,%rax)
	movq	-152(%rbp), %rax
	vaddps	(%r12,%rax), %zmm1, %zmm1
	vmovups	%zmm1, (%r12,%rax)
	movq	-200(%rbp), %rax
.LBB10_184:
	vaddps	(%r12,%rax), %zmm0, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	jmp	.LBB10_6
.LBB10_185:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	jmp	.LBB10_259
.LBB10_186:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	jmp	.LBB10_264
.LBB10_187:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
.LBB10_188:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	vaddps	256(%r12), %zmm4, %zmm0
	vmovups	%zmm0, 256(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm5, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm6, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm7, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm8, %zmm0
	vmovups	%zmm0, 192(%r12,%rax,4)
	vaddps	256(%r12,%rax,4), %zmm9, %zmm0
	vmovups	%zmm0, 256(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm10, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm11, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm12, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm13, %zmm0
	vmovups	%zmm0, 192(%r12,%rax)
	vaddps	256(%r12,%rax), %zmm14, %zmm0
	vmovups	%zmm0, 256(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm15, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm16, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm17, %zmm0
	vmovups	%zmm0, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm18, %zmm0
	vmovups	%zmm0, 192(%r12,%rax)
	vaddps	256(%r12,%rax), %zmm19, %zmm0
	vmovups	%zmm0, 256(%r12,%rax)
.LBB10_189:
	movq	-104(%rbp), %rbx
	movq	-80(%rbp), %r8
	movq	-56(%rbp), %rdi
	movq	24(%rbp), %r14
.LBB10_190:
	movq	-48(%rbp), %rsi
	leaq	.LJTI10_0(%rip), %rdx
	jmp	.LBB10_8
.LBB10_191:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	vxorps	%zmm18, %zmm18, %zmm18
	vxorps	%zmm19, %zmm19, %zmm19
.LBB10_192:
	vaddps	(%r12), %zmm19, %zmm19
	vmovups	%zmm19, (%r12)
	vaddps	64(%r12), %zmm18, %zmm18
	vmovups	%zmm18, 64(%r12)
	vaddps	128(%r12), %zmm17, %zmm17
	vmovups	%zmm17, 128(%r12)
	vaddps	192(%r12), %zmm16, %zmm16
	vmovups	%zmm16, 192(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm15, %zmm15
	vmovups	%zmm15, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm14, %zmm14
	vmovups	%zmm14, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm13, %zmm13
	vmovups	%zmm13, 128(%r12,%rax,4)
	vaddps	192(%r12,%rax,4), %zmm12, %zmm12
	vmovups	%zmm12, 192(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm11, %zmm11
	vmovups	%zmm11, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm10, %zmm10
	vmovups	%zmm10, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm9, %zmm9
	vmovups	%zmm9, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm8, %zmm8
	vmovups	%zmm8, 192(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm7, %zmm7
	vmovups	%zmm7, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm6, %zmm6
	vmovups	%zmm6, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 192(%r12,%rax)
	movq	-128(%rbp), %rax
.LBB10_193:
	vaddps	(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, 64(%r12,%rax)
	vaddps	128(%r12,%rax), %zmm1, %zmm1
	vmovups	%zmm1, 128(%r12,%rax)
	vaddps	192(%r12,%rax), %zmm0, %zmm0
.LBB10_194:
	vmovups	%zmm0, 192(%r12,%rax)
.LBB10_195:
	movq	-104(%rbp), %rbx
.LBB10_196:
	movq	-80(%rbp), %r8
	movq	-56(%rbp), %rdi
	jmp	.LBB10_254
.LBB10_197:
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
.LBB10_198:
	vaddps	(%r12), %zmm9, %zmm9
	vmovups	%zmm9, (%r12)
	vaddps	64(%r12), %zmm8, %zmm8
	vmovups	%zmm8, 64(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm7, %zmm7
	vmovups	%zmm7, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm6, %zmm6
	vmovups	%zmm6, 64(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm5, %zmm5
	vmovups	%zmm5, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm4, %zmm4
	vmovups	%zmm4, 64(%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm3, %zmm3
	vmovups	%zmm3, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, 64(%r12,%rax)
	movq	-128(%rbp), %rax
	jmp	.LBB10_4
.LBB10_199:
	movq	-168(%rbp), %rsi
	leaq	(%rsi,%r15,4), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	movq	-176(%rbp), %r8
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	movq	-240(%rbp), %rdx
	movq	-208(%rbp), %rax
	movq	-160(%rbp), %r9
	.p2align	4
.LBB10_200:
	vmovups	-64(%rdi,%rsi,4), %zmm3
	vmovups	(%rdi,%rsi,4), %zmm4
	vfmadd231ps	-64(%r9,%rsi,4), %zmm3, %zmm0
	vfmadd231ps	-64(%rax,%rsi,4), %zmm3, %zmm1
	vfmadd231ps	-64(%rdx,%rsi,4), %zmm3, %zmm2
	vfmadd231ps	(%r9,%rsi,4), %zmm4, %zmm0
	vfmadd231ps	(%rax,%rsi,4), %zmm4, %zmm1
	vfmadd231ps	(%rdx,%rsi,4), %zmm4, %zmm2
	addq	$32, %rsi
	addq	$-2, %r8
	jne	.LBB10_200
.LBB10_201:
	testb	$16, -112(%rbp)
	movq	-80(%rbp), %r8
	movq	-56(%rbp), %rdi
	leaq	.LJTI10_0(%rip), %rdx
	jne	.LBB10_203
	movq	-64(%rbp), %rax
	leaq	(%rax,%r15,4), %rax
	vmovups	(%rax,%rsi,4), %zmm3
	leaq	(%rcx,%rsi,4), %rax
	vfmadd231ps	(%rcx,%rsi,4), %zmm3, %zmm0
	vfmadd231ps	(%rax,%r13,4), %zmm3, %zmm1
	vfmadd231ps	(%rax,%r13,8), %zmm3, %zmm2
.LBB10_203:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm1, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm2, %zmm0
	jmp	.LBB10_265
.LBB10_204:
	movq	-168(%rbp), %rax
	leaq	(%rax,%r15,4), %rbx
	leaq	(%rax,%rsi,4), %r14
	leaq	(%rax,%rdi,4), %r13
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	movq	-176(%rbp), %rax
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	movq	-160(%rbp), %rsi
	movq	-208(%rbp), %r9
	.p2align	4
.LBB10_205:
	vmovups	-64(%rbx,%r8,4), %zmm6
	vmovups	(%rbx,%r8,4), %zmm7
	vmovups	-64(%rsi,%r8,4), %zmm8
	vmovups	(%rsi,%r8,4), %zmm9
	vfmadd231ps	%zmm6, %zmm8, %zmm0
	vmovups	-64(%r14,%r8,4), %zmm10
	vmovups	(%r14,%r8,4), %zmm11
	vfmadd231ps	%zmm10, %zmm8, %zmm1
	vmovups	-64(%r13,%r8,4), %zmm12
	vmovups	(%r13,%r8,4), %zmm13
	vfmadd231ps	%zmm8, %zmm12, %zmm2
	vmovups	-64(%r9,%r8,4), %zmm8
	vmovups	(%r9,%r8,4), %zmm14
	vfmadd231ps	%zmm6, %zmm8, %zmm3
	vfmadd231ps	%zmm10, %zmm8, %zmm4
	vfmadd231ps	%zmm12, %zmm8, %zmm5
	vfmadd231ps	%zmm7, %zmm9, %zmm0
	vfmadd231ps	%zmm11, %zmm9, %zmm1
	vfmadd231ps	%zmm9, %zmm13, %zmm2
	vfmadd231ps	%zmm7, %zmm14, %zmm3
	vfmadd231ps	%zmm11, %zmm14, %zmm4
	vfmadd231ps	%zmm13, %zmm14, %zmm5
	addq	$32, %r8
	addq	$-2, %rax
	jne	.LBB10_205
.LBB10_206:
	testb	$16, -112(%rbp)
	movq	-136(%rbp), %r13
	movq	-104(%rbp), %rbx
	movq	24(%rbp), %r14
	jne	.LBB10_208
	movq	-64(%rbp), %r9
	leaq	(%r9,%r15,4), %rax
	movq	-184(%rbp), %rsi
	leaq	(%r9,%rsi,4), %rsi
	leaq	(%r9,%rdi,4), %rdi
	vmovups	(%rax,%r8,4), %zmm6
	vmovups	(%rsi,%r8,4), %zmm7
	vmovups	(%rdi,%r8,4), %zmm8
	leaq	(%rcx,%r8,4), %rax
	vmovups	(%rcx,%r8,4), %zmm9
	vfmadd231ps	%zmm6, %zmm9, %zmm0
	vfmadd231ps	%zmm7, %zmm9, %zmm1
	vfmadd231ps	%zmm9, %zmm8, %zmm2
	vmovups	(%rax,%r13,4), %zmm9
	vfmadd231ps	%zmm6, %zmm9, %zmm3
	vfmadd231ps	%zmm7, %zmm9, %zmm4
	vfmadd231ps	%zmm8, %zmm9, %zmm5
.LBB10_208:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm3, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm4, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	vaddps	128(%r12,%rax,4), %zmm5, %zmm0
	vmovups	%zmm0, 128(%r12,%rax,4)
	jmp	.LBB10_5
.LBB10_209:
	movq	-168(%rbp), %rdi
	leaq	(%rdi,%r15,4), %r8
	leaq	(%rdi,%r9,4), %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	movq	-176(%rbp), %r14
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	movq	-240(%rbp), %rdx
	movq	-208(%rbp), %rax
	movq	-160(%rbp), %rsi
	.p2align	4
.LBB10_210:
	vmovups	-64(%r8,%rdi,4), %zmm6
	vmovups	(%r8,%rdi,4), %zmm7
	vmovups	-64(%rsi,%rdi,4), %zmm8
	vmovups	(%rsi,%rdi,4), %zmm9
	vfmadd231ps	%zmm6, %zmm8, %zmm0
	vmovups	-64(%rbx,%rdi,4), %zmm10
	vmovups	(%rbx,%rdi,4), %zmm11
	vfmadd231ps	%zmm8, %zmm10, %zmm1
	vmovups	-64(%rax,%rdi,4), %zmm8
	vmovups	(%rax,%rdi,4), %zmm12
	vfmadd231ps	%zmm6, %zmm8, %zmm2
	vfmadd231ps	%zmm8, %zmm10, %zmm3
	vmovups	-64(%rdx,%rdi,4), %zmm8
	vmovups	(%rdx,%rdi,4), %zmm13
	vfmadd231ps	%zmm6, %zmm8, %zmm4
	vfmadd231ps	%zmm10, %zmm8, %zmm5
	vfmadd231ps	%zmm7, %zmm9, %zmm0
	vfmadd231ps	%zmm9, %zmm11, %zmm1
	vfmadd231ps	%zmm7, %zmm12, %zmm2
	vfmadd231ps	%zmm12, %zmm11, %zmm3
	vfmadd231ps	%zmm7, %zmm13, %zmm4
	vfmadd231ps	%zmm11, %zmm13, %zmm5
	addq	$32, %rdi
	addq	$-2, %r14
	jne	.LBB10_210
.LBB10_211:
	testb	$16, -112(%rbp)
	movq	-104(%rbp), %rbx
	movq	-80(%rbp), %r8
	movq	24(%rbp), %r14
	leaq	.LJTI10_0(%rip), %rdx
	jne	.LBB10_213
	movq	-64(%rbp), %rsi
	leaq	(%rsi,%r15,4), %rax
	leaq	(%rsi,%r9,4), %rsi
	vmovups	(%rax,%rdi,4), %zmm6
	vmovups	(%rsi,%rdi,4), %zmm7
	leaq	(%rcx,%rdi,4), %rax
	vmovups	(%rcx,%rdi,4), %zmm8
	vfmadd231ps	%zmm6, %zmm8, %zmm0
	vfmadd231ps	%zmm8, %zmm7, %zmm1
	vmovups	(%rax,%r13,4), %zmm8
	vfmadd231ps	%zmm6, %zmm8, %zmm2
	vfmadd231ps	%zmm8, %zmm7, %zmm3
	vmovups	(%rax,%r13,8), %zmm8
	vfmadd231ps	%zmm6, %zmm8, %zmm4
	vfmadd231ps	%zmm7, %zmm8, %zmm5
.LBB10_213:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm2, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm3, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm4, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	vaddps	64(%r12,%rax), %zmm5, %zmm0
	vmovups	%zmm0, 64(%r12,%rax)
	jmp	.LBB10_6
.LBB10_214:
	movq	-168(%rbp), %r8
	leaq	(%r8,%r15,4), %r13
	leaq	(%r8,%rdi,4), %rax
	leaq	(%r8,%r9,4), %rsi
	leaq	(%r8,%rbx,4), %rdi
	leaq	(%r8,%r14,4), %r8
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r14d, %r14d
	movq	-176(%rbp), %rbx
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	movq	-160(%rbp), %r9
	.p2align	4
.LBB10_215:
	vmovups	-64(%r9,%r14,4), %zmm5
	vmovups	(%r9,%r14,4), %zmm6
	vfmadd231ps	-64(%r13,%r14,4), %zmm5, %zmm0
	vfmadd231ps	-64(%rax,%r14,4), %zmm5, %zmm1
	vfmadd231ps	-64(%rsi,%r14,4), %zmm5, %zmm2
	vfmadd231ps	-64(%rdi,%r14,4), %zmm5, %zmm3
	vfmadd231ps	-64(%r8,%r14,4), %zmm5, %zmm4
	vfmadd231ps	(%r13,%r14,4), %zmm6, %zmm0
	vfmadd231ps	(%rax,%r14,4), %zmm6, %zmm1
	vfmadd231ps	(%rsi,%r14,4), %zmm6, %zmm2
	vfmadd231ps	(%rdi,%r14,4), %zmm6, %zmm3
	vfmadd231ps	(%r8,%r14,4), %zmm6, %zmm4
	addq	$32, %r14
	addq	$-2, %rbx
	jne	.LBB10_215
.LBB10_216:
	testb	$16, -112(%rbp)
	movq	-136(%rbp), %r13
	movq	-104(%rbp), %rbx
	movq	-80(%rbp), %r8
	movq	-56(%rbp), %rdi
	movq	-48(%rbp), %rsi
	jne	.LBB10_218
	movq	-64(%rbp), %r9
	leaq	(%r9,%r15,4), %rax
	movq	-184(%rbp), %rsi
	leaq	(%r9,%rsi,4), %rsi
	movq	-224(%rbp), %rdi
	leaq	(%r9,%rdi,4), %rdi
	movq	-296(%rbp), %r8
	leaq	(%r9,%r8,4), %r8
	movq	-288(%rbp), %rbx
	leaq	(%r9,%rbx,4), %rbx
	vmovups	(%rcx,%r14,4), %zmm5
	vfmadd231ps	(%rax,%r14,4), %zmm5, %zmm0
	vfmadd231ps	(%rsi,%r14,4), %zmm5, %zmm1
	movq	-48(%rbp), %rsi
	vfmadd231ps	(%rdi,%r14,4), %zmm5, %zmm2
	movq	-56(%rbp), %rdi
	vfmadd231ps	(%r8,%r14,4), %zmm5, %zmm3
	movq	-80(%rbp), %r8
	vfmadd231ps	(%rbx,%r14,4), %zmm5, %zmm4
	movq	-104(%rbp), %rbx
.LBB10_218:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	vaddps	256(%r12), %zmm4, %zmm0
	vmovups	%zmm0, 256(%r12)
	movq	24(%rbp), %r14
	jmp	.LBB10_8
.LBB10_219:
	movq	-168(%rbp), %rax
	leaq	(%rax,%r15,4), %rbx
	leaq	(%rax,%rsi,4), %r14
	leaq	(%rax,%rdi,4), %r13
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r8d, %r8d
	movq	-176(%rbp), %rax
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	movq	-160(%rbp), %r9
	.p2align	4
.LBB10_220:
	vmovups	-64(%r9,%r8,4), %zmm3
	vmovups	(%r9,%r8,4), %zmm4
	vfmadd231ps	-64(%rbx,%r8,4), %zmm3, %zmm0
	vfmadd231ps	-64(%r14,%r8,4), %zmm3, %zmm1
	vfmadd231ps	-64(%r13,%r8,4), %zmm3, %zmm2
	vfmadd231ps	(%rbx,%r8,4), %zmm4, %zmm0
	vfmadd231ps	(%r14,%r8,4), %zmm4, %zmm1
	vfmadd231ps	(%r13,%r8,4), %zmm4, %zmm2
	addq	$32, %r8
	addq	$-2, %rax
	jne	.LBB10_220
.LBB10_221:
	testb	$16, -112(%rbp)
	movq	-136(%rbp), %r13
	movq	-104(%rbp), %rbx
	movq	24(%rbp), %r14
	jne	.LBB10_223
	movq	-64(%rbp), %r9
	leaq	(%r9,%r15,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	leaq	(%r9,%rdi,4), %rdi
	vmovups	(%rcx,%r8,4), %zmm3
	vfmadd231ps	(%rax,%r8,4), %zmm3, %zmm0
	vfmadd231ps	(%rsi,%r8,4), %zmm3, %zmm1
	vfmadd231ps	(%rdi,%r8,4), %zmm3, %zmm2
.LBB10_223:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	jmp	.LBB10_5
.LBB10_224:
	movq	-168(%rbp), %rdi
	leaq	(%rdi,%rax,4), %r8
	leaq	(%rdi,%rsi,4), %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	movq	-176(%rbp), %r14
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	movq	-160(%rbp), %r9
	movq	-208(%rbp), %r15
	.p2align	4
.LBB10_225:
	vmovups	-64(%r8,%rdi,4), %zmm4
	vmovups	(%r8,%rdi,4), %zmm5
	vmovups	-64(%r9,%rdi,4), %zmm6
	vmovups	(%r9,%rdi,4), %zmm7
	vfmadd231ps	%zmm4, %zmm6, %zmm0
	vmovups	-64(%rbx,%rdi,4), %zmm8
	vmovups	(%rbx,%rdi,4), %zmm9
	vfmadd231ps	%zmm6, %zmm8, %zmm1
	vmovups	-64(%r15,%rdi,4), %zmm6
	vmovups	(%r15,%rdi,4), %zmm10
	vfmadd231ps	%zmm4, %zmm6, %zmm2
	vfmadd231ps	%zmm8, %zmm6, %zmm3
	vfmadd231ps	%zmm5, %zmm7, %zmm0
	vfmadd231ps	%zmm7, %zmm9, %zmm1
	vfmadd231ps	%zmm5, %zmm10, %zmm2
	vfmadd231ps	%zmm9, %zmm10, %zmm3
	addq	$32, %rdi
	addq	$-2, %r14
	jne	.LBB10_225
.LBB10_226:
	testb	$16, -112(%rbp)
	movq	-104(%rbp), %rbx
	movq	-80(%rbp), %r8
	movq	24(%rbp), %r14
	jne	.LBB10_228
	movq	-64(%rbp), %r9
	leaq	(%r9,%rax,4), %rax
	leaq	(%r9,%rsi,4), %rsi
	vmovups	(%rax,%rdi,4), %zmm4
	vmovups	(%rsi,%rdi,4), %zmm5
	leaq	(%rcx,%rdi,4), %rax
	vmovups	(%rcx,%rdi,4), %zmm6
	vfmadd231ps	%zmm4, %zmm6, %zmm0
	vfmadd231ps	%zmm6, %zmm5, %zmm1
	vmovups	(%rax,%r13,4), %zmm6
	vfmadd231ps	%zmm4, %zmm6, %zmm2
	vfmadd231ps	%zmm5, %zmm6, %zmm3
.LBB10_228:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm2, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	vaddps	64(%r12,%rax,4), %zmm3, %zmm0
	vmovups	%zmm0, 64(%r12,%rax,4)
	jmp	.LBB10_6
.LBB10_229:
	movq	-168(%rbp), %rsi
	leaq	(%rsi,%r15,4), %r14
	leaq	(%rsi,%rdi,4), %r13
	leaq	(%rsi,%r9,4), %rax
	leaq	(%rsi,%r8,4), %rsi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%ebx, %ebx
	movq	-176(%rbp), %rdi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	movq	-160(%rbp), %r9
	.p2align	4
.LBB10_230:
	vmovups	-64(%r9,%rbx,4), %zmm4
	vmovups	(%r9,%rbx,4), %zmm5
	vfmadd231ps	-64(%r14,%rbx,4), %zmm4, %zmm0
	vfmadd231ps	-64(%r13,%rbx,4), %zmm4, %zmm1
	vfmadd231ps	-64(%rax,%rbx,4), %zmm4, %zmm2
	vfmadd231ps	-64(%rsi,%rbx,4), %zmm4, %zmm3
	vfmadd231ps	(%r14,%rbx,4), %zmm5, %zmm0
	vfmadd231ps	(%r13,%rbx,4), %zmm5, %zmm1
	vfmadd231ps	(%rax,%rbx,4), %zmm5, %zmm2
	vfmadd231ps	(%rsi,%rbx,4), %zmm5, %zmm3
	addq	$32, %rbx
	addq	$-2, %rdi
	jne	.LBB10_230
.LBB10_231:
	testb	$16, -112(%rbp)
	movq	-136(%rbp), %r13
	movq	-56(%rbp), %rdi
	movq	24(%rbp), %r14
	movq	-48(%rbp), %rsi
	jne	.LBB10_233
	movq	-64(%rbp), %r9
	leaq	(%r9,%r15,4), %rax
	movq	-184(%rbp), %rsi
	leaq	(%r9,%rsi,4), %rsi
	movq	-224(%rbp), %rdi
	leaq	(%r9,%rdi,4), %rdi
	leaq	(%r9,%r8,4), %r8
	vmovups	(%rcx,%rbx,4), %zmm4
	vfmadd231ps	(%rax,%rbx,4), %zmm4, %zmm0
	vfmadd231ps	(%rsi,%rbx,4), %zmm4, %zmm1
	movq	-48(%rbp), %rsi
	vfmadd231ps	(%rdi,%rbx,4), %zmm4, %zmm2
	movq	-56(%rbp), %rdi
	vfmadd231ps	(%r8,%rbx,4), %zmm4, %zmm3
.LBB10_233:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	vaddps	128(%r12), %zmm2, %zmm0
	vmovups	%zmm0, 128(%r12)
	vaddps	192(%r12), %zmm3, %zmm0
	vmovups	%zmm0, 192(%r12)
	movq	-104(%rbp), %rbx
	movq	-80(%rbp), %r8
	jmp	.LBB10_8
.LBB10_234:
	movq	-232(%rbp), %rdi
	leaq	(%rdi,%rax,4), %r8
	leaq	(%rdi,%rsi,4), %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edi, %edi
	movq	-248(%rbp), %r14
	vxorps	%xmm1, %xmm1, %xmm1
	.p2align	4
.LBB10_235:
	vmovups	(%rcx,%rdi,4), %zmm2
	vmovups	64(%rcx,%rdi,4), %zmm3
	vmovups	128(%rcx,%rdi,4), %zmm4
	vmovups	192(%rcx,%rdi,4), %zmm5
	vfmadd231ps	-192(%r8,%rdi,4), %zmm2, %zmm0
	vfmadd231ps	-192(%rbx,%rdi,4), %zmm2, %zmm1
	vfmadd231ps	-128(%r8,%rdi,4), %zmm3, %zmm0
	vfmadd231ps	-128(%rbx,%rdi,4), %zmm3, %zmm1
	vfmadd231ps	-64(%r8,%rdi,4), %zmm4, %zmm0
	vfmadd231ps	-64(%rbx,%rdi,4), %zmm4, %zmm1
	vfmadd231ps	(%r8,%rdi,4), %zmm5, %zmm0
	vfmadd231ps	(%rbx,%rdi,4), %zmm5, %zmm1
	addq	$64, %rdi
	addq	$-4, %r14
	jne	.LBB10_235
.LBB10_236:
	testb	$3, -280(%rbp)
	movq	-104(%rbp), %rbx
	movq	-56(%rbp), %r14
	je	.LBB10_239
	leaq	(%rcx,%rdi,4), %r8
	shlq	$2, %rsi
	leaq	(%rsi,%rdi,4), %rsi
	movq	-64(%rbp), %r9
	addq	%r9, %rsi
	shlq	$2, %rax
	leaq	(%rax,%rdi,4), %rax
	addq	%r9, %rax
	xorl	%edi, %edi
	.p2align	4
.LBB10_238:
	vmovups	(%r8,%rdi), %zmm2
	vfmadd231ps	(%rax,%rdi), %zmm2, %zmm0
	vfmadd231ps	(%rsi,%rdi), %zmm2, %zmm1
	addq	$64, %rdi
	cmpq	%rdi, %r14
	jne	.LBB10_238
.LBB10_239:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	vaddps	64(%r12), %zmm1, %zmm0
	vmovups	%zmm0, 64(%r12)
	jmp	.LBB10_252
.LBB10_240:
	movq	-232(%rbp), %rsi
	leaq	(%rsi,%rax,4), %rdi
	vxorps	%xmm1, %xmm1, %xmm1
	xorl	%esi, %esi
	movq	-248(%rbp), %r8
	.p2align	4
.LBB10_241:
	vmovups	(%rcx,%rsi,4), %zmm0
	vmovups	64(%rcx,%rsi,4), %zmm2
	vmovups	128(%rcx,%rsi,4), %zmm3
	vmovups	192(%rcx,%rsi,4), %zmm4
	vfmadd132ps	-192(%rdi,%rsi,4), %zmm1, %zmm0
	vfmadd231ps	-128(%rdi,%rsi,4), %zmm2, %zmm0
	vfmadd231ps	-64(%rdi,%rsi,4), %zmm3, %zmm0
	vfmadd231ps	(%rdi,%rsi,4), %zmm4, %zmm0
	addq	$64, %rsi
	vmovaps	%zmm0, %zmm1
	addq	$-4, %r8
	jne	.LBB10_241
.LBB10_242:
	testb	$3, -280(%rbp)
	movq	-80(%rbp), %r8
	movq	-56(%rbp), %r14
	je	.LBB10_245
	leaq	(%rcx,%rsi,4), %rdi
	shlq	$2, %rax
	leaq	(%rax,%rsi,4), %rax
	addq	-64(%rbp), %rax
	xorl	%esi, %esi
	.p2align	4
.LBB10_244:
	vmovups	(%rdi,%rsi), %zmm1
	vfmadd231ps	(%rax,%rsi), %zmm1, %zmm0
	addq	$64, %rsi
	cmpq	%rsi, %r14
	jne	.LBB10_244
.LBB10_245:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	jmp	.LBB10_253
.LBB10_246:
	movq	-232(%rbp), %rsi
	leaq	(%rsi,%rax,4), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	movq	-248(%rbp), %r8
	vxorps	%xmm1, %xmm1, %xmm1
	.p2align	4
.LBB10_247:
	vmovups	-192(%rdi,%rsi,4), %zmm2
	vmovups	-128(%rdi,%rsi,4), %zmm3
	vmovups	-64(%rdi,%rsi,4), %zmm4
	vmovups	(%rdi,%rsi,4), %zmm5
	vfmadd231ps	(%rcx,%rsi,4), %zmm2, %zmm0
	vfmadd231ps	(%r9,%rsi,4), %zmm2, %zmm1
	vfmadd231ps	64(%rcx,%rsi,4), %zmm3, %zmm0
	vfmadd231ps	64(%r9,%rsi,4), %zmm3, %zmm1
	vfmadd231ps	128(%rcx,%rsi,4), %zmm4, %zmm0
	vfmadd231ps	128(%r9,%rsi,4), %zmm4, %zmm1
	vfmadd231ps	192(%rcx,%rsi,4), %zmm5, %zmm0
	vfmadd231ps	192(%r9,%rsi,4), %zmm5, %zmm1
	addq	$64, %rsi
	addq	$-4, %r8
	jne	.LBB10_247
.LBB10_248:
	cmpq	$0, -320(%rbp)
	movq	-56(%rbp), %r14
	je	.LBB10_251
	leaq	(%r9,%rsi,4), %rdi
	leaq	(%rcx,%rsi,4), %r8
	shlq	$2, %rax
	leaq	(%rax,%rsi,4), %rax
	addq	-64(%rbp), %rax
	xorl	%esi, %esi
	.p2align	4
.LBB10_250:
	vmovups	(%rax,%rsi), %zmm2
	vfmadd231ps	(%r8,%rsi), %zmm2, %zmm0
	vfmadd231ps	(%rdi,%rsi), %zmm2, %zmm1
	addq	$64, %rsi
	cmpq	%rsi, %r14
	jne	.LBB10_250
.LBB10_251:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm1, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
.LBB10_252:
	movq	-80(%rbp), %r8
.LBB10_253:
	movq	%r14, %rdi
.LBB10_254:
	movq	24(%rbp), %r14
	jmp	.LBB10_7
.LBB10_255:
	movq	-168(%rbp), %rsi
	leaq	(%rsi,%rax,4), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	movq	-176(%rbp), %r8
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	movq	-240(%rbp), %rdx
	movq	-208(%rbp), %rax
	movq	-160(%rbp), %r9
	movq	-304(%rbp), %r15
	.p2align	4
.LBB10_256:
	vmovups	-64(%rdi,%rsi,4), %zmm4
	vmovups	(%rdi,%rsi,4), %zmm5
	vfmadd231ps	-64(%r9,%rsi,4), %zmm4, %zmm0
	vfmadd231ps	-64(%rax,%rsi,4), %zmm4, %zmm1
	vfmadd231ps	-64(%rdx,%rsi,4), %zmm4, %zmm2
	vfmadd231ps	-64(%r15,%rsi,4), %zmm4, %zmm3
	vfmadd231ps	(%r9,%rsi,4), %zmm5, %zmm0
	vfmadd231ps	(%rax,%rsi,4), %zmm5, %zmm1
	vfmadd231ps	(%rdx,%rsi,4), %zmm5, %zmm2
	vfmadd231ps	(%r15,%rsi,4), %zmm5, %zmm3
	addq	$32, %rsi
	addq	$-2, %r8
	jne	.LBB10_256
.LBB10_257:
	testb	$16, -112(%rbp)
	movq	-80(%rbp), %r8
	movq	-56(%rbp), %rdi
	leaq	.LJTI10_0(%rip), %rdx
	jne	.LBB10_259
	movq	-64(%rbp), %rax
	movq	-184(%rbp), %r9
	leaq	(%rax,%r9,4), %rax
	vmovups	(%rax,%rsi,4), %zmm4
	leaq	(%rcx,%rsi,4), %rax
	vfmadd231ps	(%rcx,%rsi,4), %zmm4, %zmm0
	vfmadd231ps	(%rax,%r13,4), %zmm4, %zmm1
	vfmadd231ps	(%rax,%r13,8), %zmm4, %zmm2
	movq	-256(%rbp), %rsi
	vfmadd231ps	(%rsi,%rax), %zmm4, %zmm3
.LBB10_259:
	vaddps	(%r12), %zmm0, %zmm0
	vmovups	%zmm0, (%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm1, %zmm0
	vmovups	%zmm0, (%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm2, %zmm0
	vmovups	%zmm0, (%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm3, %zmm0
	jmp	.LBB10_265
.LBB10_260:
	movq	-168(%rbp), %rax
	leaq	(%rax,%r15,4), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%esi, %esi
	movq	-176(%rbp), %r8
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	movq	-160(%rbp), %r9
	.p2align	4
.LBB10_261:
	leaq	(%r9,%rsi,4), %rbx
	vmovups	-64(%rdi,%rsi,4), %zmm5
	vfmadd231ps	-64(%r9,%rsi,4), %zmm5, %zmm4
	vmovups	(%rdi,%rsi,4), %zmm6
	leaq	(%r10,%rbx), %r14
	addq	$-64, %r14
	vfmadd231ps	-64(%r10,%rbx), %zmm5, %zmm3
	leaq	(%r14,%r10), %r13
	vfmadd231ps	(%r10,%r14), %zmm5, %zmm2
	leaq	(%r13,%r10), %rax
	vfmadd231ps	(%r10,%r13), %zmm5, %zmm1
	vfmadd231ps	(%r10,%rax), %zmm5, %zmm0
	vfmadd231ps	(%r9,%rsi,4), %zmm6, %zmm4
	vfmadd231ps	(%r10,%rbx), %zmm6, %zmm3
	vfmadd231ps	64(%r10,%r14), %zmm6, %zmm2
	vfmadd231ps	64(%r10,%r13), %zmm6, %zmm1
	vfmadd231ps	64(%r10,%rax), %zmm6, %zmm0
	addq	$32, %rsi
	addq	$-2, %r8
	jne	.LBB10_261
.LBB10_262:
	testb	$16, -112(%rbp)
	movq	-136(%rbp), %r13
	movq	-104(%rbp), %rbx
	movq	-80(%rbp), %r8
	movq	-56(%rbp), %rdi
	movq	24(%rbp), %r14
	jne	.LBB10_264
	movq	-64(%rbp), %rax
	leaq	(%rax,%r15,4), %rax
	vmovups	(%rax,%rsi,4), %zmm5
	leaq	(%rcx,%rsi,4), %rax
	vfmadd231ps	(%rcx,%rsi,4), %zmm5, %zmm4
	vfmadd231ps	(%rax,%r13,4), %zmm5, %zmm3
	vfmadd231ps	(%rax,%r13,8), %zmm5, %zmm2
	movq	-256(%rbp), %rsi
	vfmadd231ps	(%rsi,%rax), %zmm5, %zmm1
	movq	-312(%rbp), %rsi
	vfmadd231ps	(%rsi,%rax), %zmm5, %zmm0
.LBB10_264:
	vaddps	(%r12), %zmm4, %zmm4
	vmovups	%zmm4, (%r12)
	movq	-88(%rbp), %rax
	vaddps	(%r12,%rax,4), %zmm3, %zmm3
	vmovups	%zmm3, (%r12,%rax,4)
	movq	-96(%rbp), %rax
	vaddps	(%r12,%rax), %zmm2, %zmm2
	vmovups	%zmm2, (%r12,%rax)
	movq	-120(%rbp), %rax
	vaddps	(%r12,%rax), %zmm1, %zmm1
	vmovups	%zmm1, (%r12,%rax)
	movq	-128(%rbp), %rax
	vaddps	(%r12,%rax), %zmm0, %zmm0
.LBB10_265:
	vmovups	%zmm0, (%r12,%rax)
	jmp	.LBB10_7
.LBB10_266:
	addq	$280, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.LBB10_267:
	.cfi_def_cfa %rbp, 16
	vzeroupper
	callq	abort@PLT
.Lfunc_end10:
	.size	correlate_rows, .Lfunc_end10-correlate_rows
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI10_0:
	.long	.LBB10_11-.LJTI10_0
	.long	.LBB10_95-.LJTI10_0
	.long	.LBB10_86-.LJTI10_0
	.long	.LBB10_92-.LJTI10_0
	.long	.LBB10_68-.LJTI10_0
	.long	.LBB10_83-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_104-.LJTI10_0
	.long	.LBB10_89-.LJTI10_0
	.long	.LBB10_50-.LJTI10_0
	.long	.LBB10_35-.LJTI10_0
	.long	.LBB10_47-.LJTI10_0
	.long	.LBB10_26-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_44-.LJTI10_0
	.long	.LBB10_53-.LJTI10_0
	.long	.LBB10_62-.LJTI10_0
	.long	.LBB10_71-.LJTI10_0
	.long	.LBB10_65-.LJTI10_0
	.long	.LBB10_56-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_110-.LJTI10_0
	.long	.LBB10_41-.LJTI10_0
	.long	.LBB10_29-.LJTI10_0
	.long	.LBB10_59-.LJTI10_0
	.long	.LBB10_116-.LJTI10_0
	.long	.LBB10_14-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_113-.LJTI10_0
	.long	.LBB10_122-.LJTI10_0
	.long	.LBB10_74-.LJTI10_0
	.long	.LBB10_119-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_98-.LJTI10_0
	.long	.LBB10_101-.LJTI10_0
	.long	.LBB10_77-.LJTI10_0
	.long	.LBB10_80-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_107-.LJTI10_0
	.long	.LBB10_38-.LJTI10_0
	.long	.LBB10_20-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_267-.LJTI10_0
	.long	.LBB10_17-.LJTI10_0
	.long	.LBB10_23-.LJTI10_0
	.long	.LBB10_32-.LJTI10_0

	.type	avx512_tile,@object
	.section	.data.rel.ro,"aw",@progbits
	.p2align	3, 0x0
avx512_tile:
	.long	8
	.long	32
	.quad	axon_ukernel_avx512_indirect_f32
	.size	avx512_tile, 16

	.type	avx2_tile,@object
	.p2align	3, 0x0
avx2_tile:
	.long	6
	.long	16
	.quad	axon_ukernel_avx2_indirect_f32
	.size	avx2_tile, 16

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym forward_weight
	.addrsig_sym input_grad_weight
	.addrsig_sym weight_grad_task
	.addrsig_sym axon_ukernel_avx512_indirect_f32
	.addrsig_sym axon_ukernel_avx2_indirect_f32
	.addrsig_sym wide_pass_task
	.addrsig_sym avx512_tile
	.addrsig_sym avx2_tile
#endif
