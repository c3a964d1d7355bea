// Generated from ../../reduce_avx2.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"reduce_avx2.c"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x7fc00000
	.text
	.globl	axon_reduce_avx2_f32
	.p2align	4
	.type	axon_reduce_avx2_f32,@function
axon_reduce_avx2_f32:
	.cfi_startproc
	testl	%edi, %edi
	je	.LBB0_1
	vbroadcastss	(%rsi), %ymm0
	cmpq	$8, %rdx
	jge	.LBB0_20
	xorl	%eax, %eax
	jmp	.LBB0_18
.LBB0_1:
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$1024, %rdx
	jge	.LBB0_5
	xorl	%eax, %eax
	jmp	.LBB0_3
.LBB0_20:
	leaq	-8(%rdx), %r8
	cmpq	$8, %r8
	jae	.LBB0_22
	vxorps	%xmm1, %xmm1, %xmm1
	movl	$8, %ecx
	xorl	%eax, %eax
	testb	$8, %r8b
	je	.LBB0_32
.LBB0_36:
	vtestps	%ymm1, %ymm1
	je	.LBB0_18
.LBB0_37:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	vmovss	.LCPI0_0(%rip), %xmm0
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	vzeroupper
	retq
.LBB0_5:
	movl	$1024, %edi
	xorl	%eax, %eax
	.p2align	4
.LBB0_6:
	movq	%rax, %rcx
	movq	%rdi, %rax
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	.p2align	4
.LBB0_7:
	vaddps	(%rsi,%rcx,4), %ymm4, %ymm4
	vaddps	32(%rsi,%rcx,4), %ymm3, %ymm3
	vaddps	64(%rsi,%rcx,4), %ymm2, %ymm2
	vaddps	96(%rsi,%rcx,4), %ymm1, %ymm1
	vaddps	128(%rsi,%rcx,4), %ymm4, %ymm4
	vaddps	160(%rsi,%rcx,4), %ymm3, %ymm3
	vaddps	192(%rsi,%rcx,4), %ymm2, %ymm2
	vaddps	224(%rsi,%rcx,4), %ymm1, %ymm1
	addq	$64, %rcx
	cmpq	%rax, %rcx
	jb	.LBB0_7
	vaddps	%ymm3, %ymm4, %ymm3
	vaddps	%ymm1, %ymm2, %ymm1
	vaddps	%ymm1, %ymm3, %ymm1
	vextractf128	$1, %ymm1, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm1, %xmm1, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovshdup	%xmm1, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm0, %xmm0
	leaq	1024(%rax), %rdi
	cmpq	%rdx, %rdi
	jle	.LBB0_6
.LBB0_3:
	movq	%rax, %rcx
	orq	$8, %rcx
	vxorps	%xmm1, %xmm1, %xmm1
	cmpq	%rdx, %rcx
	jle	.LBB0_9
	movq	%rax, %rcx
	jmp	.LBB0_10
	.p2align	4
.LBB0_9:
	vaddps	(%rsi,%rax,4), %ymm1, %ymm1
	leaq	8(%rax), %rcx
	addq	$16, %rax
	cmpq	%rdx, %rax
	movq	%rcx, %rax
	jle	.LBB0_9
.LBB0_10:
	vextractf128	$1, %ymm1, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm1, %xmm1, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovshdup	%xmm1, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	movq	%rcx, %rax
	subq	%rdx, %rax
	jge	.LBB0_15
	movl	%edx, %edi
	subl	%ecx, %edi
	andl	$7, %edi
	je	.LBB0_13
	.p2align	4
.LBB0_12:
	vaddss	(%rsi,%rcx,4), %xmm1, %xmm1
	incq	%rcx
	decq	%rdi
	jne	.LBB0_12
.LBB0_13:
	cmpq	$-8, %rax
	ja	.LBB0_15
	.p2align	4
.LBB0_14:
	vaddss	(%rsi,%rcx,4), %xmm1, %xmm1
	vaddss	4(%rsi,%rcx,4), %xmm1, %xmm1
	vaddss	8(%rsi,%rcx,4), %xmm1, %xmm1
	vaddss	12(%rsi,%rcx,4), %xmm1, %xmm1
	vaddss	16(%rsi,%rcx,4), %xmm1, %xmm1
	vaddss	20(%rsi,%rcx,4), %xmm1, %xmm1
	vaddss	24(%rsi,%rcx,4), %xmm1, %xmm1
	vaddss	28(%rsi,%rcx,4), %xmm1, %xmm1
	addq	$8, %rcx
	cmpq	%rcx, %rdx
	jne	.LBB0_14
.LBB0_15:
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm0, %xmm0
	vcvtsd2ss	%xmm0, %xmm0, %xmm0
	vzeroupper
	retq
.LBB0_22:
	movq	%r8, %rax
	shrq	$3, %rax
	incq	%rax
	andq	$-2, %rax
	vxorps	%xmm2, %xmm2, %xmm2
	movl	$8, %ecx
	vxorps	%xmm1, %xmm1, %xmm1
	jmp	.LBB0_23
	.p2align	4
.LBB0_28:
	vmaxps	%ymm4, %ymm0, %ymm0
.LBB0_29:
	vcmpunordps	%ymm2, %ymm3, %ymm3
	vcmpunordps	%ymm2, %ymm4, %ymm4
	vorps	%ymm3, %ymm4, %ymm3
	vorps	%ymm1, %ymm3, %ymm1
	addq	$16, %rcx
	addq	$-2, %rax
	je	.LBB0_30
.LBB0_23:
	vmovups	-32(%rsi,%rcx,4), %ymm3
	cmpl	$1, %edi
	jne	.LBB0_25
	vmaxps	%ymm3, %ymm0, %ymm0
	jmp	.LBB0_26
	.p2align	4
.LBB0_25:
	vminps	%ymm3, %ymm0, %ymm0
.LBB0_26:
	vmovups	(%rsi,%rcx,4), %ymm4
	cmpl	$1, %edi
	je	.LBB0_28
	vminps	%ymm4, %ymm0, %ymm0
	jmp	.LBB0_29
.LBB0_30:
	leaq	-8(%rcx), %rax
	testb	$8, %r8b
	jne	.LBB0_36
.LBB0_32:
	vmovups	(%rsi,%rax,4), %ymm2
	vxorps	%xmm3, %xmm3, %xmm3
	vcmpunordps	%ymm3, %ymm2, %ymm3
	vorps	%ymm1, %ymm3, %ymm1
	cmpl	$1, %edi
	jne	.LBB0_33
	vmaxps	%ymm2, %ymm0, %ymm0
	jmp	.LBB0_35
.LBB0_33:
	vminps	%ymm2, %ymm0, %ymm0
.LBB0_35:
	movq	%rcx, %rax
	vtestps	%ymm1, %ymm1
	jne	.LBB0_37
.LBB0_18:
	vmovshdup	%xmm0, %xmm2
	vshufpd	$1, %xmm0, %xmm0, %xmm3
	vshufps	$255, %xmm0, %xmm0, %xmm4
	vextractf128	$1, %ymm0, %xmm5
	vmovshdup	%xmm5, %xmm6
	vshufpd	$1, %xmm5, %xmm5, %xmm7
	vshufps	$255, %xmm5, %xmm5, %xmm1
	cmpl	$1, %edi
	jne	.LBB0_38
	vmaxss	%xmm0, %xmm2, %xmm0
	vmaxss	%xmm0, %xmm3, %xmm0
	vmaxss	%xmm0, %xmm4, %xmm0
	vmaxss	%xmm0, %xmm5, %xmm0
	vmaxss	%xmm0, %xmm6, %xmm0
	vmaxss	%xmm0, %xmm7, %xmm0
	vucomiss	%xmm0, %xmm1
	ja	.LBB0_39
	jmp	.LBB0_40
.LBB0_38:
	vminss	%xmm0, %xmm2, %xmm0
	vminss	%xmm0, %xmm3, %xmm0
	vminss	%xmm0, %xmm4, %xmm0
	vminss	%xmm0, %xmm5, %xmm0
	vminss	%xmm0, %xmm6, %xmm0
	vminss	%xmm0, %xmm7, %xmm0
	vucomiss	%xmm1, %xmm0
	jbe	.LBB0_40
.LBB0_39:
	vmovaps	%xmm1, %xmm0
.LBB0_40:
	cmpq	%rdx, %rax
	jl	.LBB0_41
.LBB0_48:
	vzeroupper
	retq
	.p2align	4
.LBB0_46:
	vmovaps	%xmm1, %xmm0
.LBB0_47:
	incq	%rax
	cmpq	%rax, %rdx
	je	.LBB0_48
.LBB0_41:
	vmovss	(%rsi,%rax,4), %xmm1
	vucomiss	%xmm1, %xmm1
	jp	.LBB0_42
	cmpl	$1, %edi
	jne	.LBB0_45
	vucomiss	%xmm0, %xmm1
	ja	.LBB0_46
	jmp	.LBB0_47
	.p2align	4
.LBB0_45:
	vucomiss	%xmm1, %xmm0
	ja	.LBB0_46
	jmp	.LBB0_47
.LBB0_42:
	vmovaps	%xmm1, %xmm0
	vzeroupper
	retq
.Lfunc_end0:
	.size	axon_reduce_avx2_f32, .Lfunc_end0-axon_reduce_avx2_f32
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI1_0:
	.quad	0x7ff8000000000000
	.text
	.globl	axon_reduce_avx2_f64
	.p2align	4
	.type	axon_reduce_avx2_f64,@function
axon_reduce_avx2_f64:
	.cfi_startproc
	testl	%edi, %edi
	je	.LBB1_1
	vbroadcastsd	(%rsi), %ymm0
	cmpq	$4, %rdx
	jge	.LBB1_20
	xorl	%eax, %eax
	jmp	.LBB1_18
.LBB1_1:
	vxorpd	%xmm0, %xmm0, %xmm0
	cmpq	$512, %rdx
	jge	.LBB1_5
	xorl	%eax, %eax
	jmp	.LBB1_3
.LBB1_20:
	leaq	-4(%rdx), %r8
	cmpq	$4, %r8
	jae	.LBB1_22
	vxorpd	%xmm1, %xmm1, %xmm1
	movl	$4, %ecx
	xorl	%eax, %eax
	testb	$4, %r8b
	je	.LBB1_32
.LBB1_36:
	vtestpd	%ymm1, %ymm1
	je	.LBB1_18
.LBB1_37:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	vmovsd	.LCPI1_0(%rip), %xmm0
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	vzeroupper
	retq
.LBB1_5:
	movl	$512, %edi
	xorl	%eax, %eax
	.p2align	4
.LBB1_6:
	movq	%rax, %rcx
	movq	%rdi, %rax
	vxorpd	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm2, %xmm2, %xmm2
	vxorpd	%xmm3, %xmm3, %xmm3
	vxorpd	%xmm4, %xmm4, %xmm4
	.p2align	4
.LBB1_7:
	vaddpd	(%rsi,%rcx,8), %ymm4, %ymm4
	vaddpd	32(%rsi,%rcx,8), %ymm3, %ymm3
	vaddpd	64(%rsi,%rcx,8), %ymm2, %ymm2
	vaddpd	96(%rsi,%rcx,8), %ymm1, %ymm1
	vaddpd	128(%rsi,%rcx,8), %ymm4, %ymm4
	vaddpd	160(%rsi,%rcx,8), %ymm3, %ymm3
	vaddpd	192(%rsi,%rcx,8), %ymm2, %ymm2
	vaddpd	224(%rsi,%rcx,8), %ymm1, %ymm1
	addq	$32, %rcx
	cmpq	%rax, %rcx
	jb	.LBB1_7
	vaddpd	%ymm3, %ymm4, %ymm3
	vaddpd	%ymm1, %ymm2, %ymm1
	vaddpd	%ymm1, %ymm3, %ymm1
	vextractf128	$1, %ymm1, %xmm2
	vaddpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm1, %xmm1, %xmm2
	vaddsd	%xmm2, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm0, %xmm0
	leaq	512(%rax), %rdi
	cmpq	%rdx, %rdi
	jle	.LBB1_6
.LBB1_3:
	movq	%rax, %rcx
	orq	$4, %rcx
	vxorpd	%xmm1, %xmm1, %xmm1
	cmpq	%rdx, %rcx
	jle	.LBB1_9
	movq	%rax, %rcx
	jmp	.LBB1_10
	.p2align	4
.LBB1_9:
	vaddpd	(%rsi,%rax,8), %ymm1, %ymm1
	leaq	4(%rax), %rcx
	addq	$8, %rax
	cmpq	%rdx, %rax
	movq	%rcx, %rax
	jle	.LBB1_9
.LBB1_10:
	vextractf128	$1, %ymm1, %xmm2
	vaddpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm1, %xmm1, %xmm2
	vaddsd	%xmm2, %xmm1, %xmm1
	movq	%rcx, %rax
	subq	%rdx, %rax
	jge	.LBB1_15
	movl	%edx, %edi
	subl	%ecx, %edi
	andl	$7, %edi
	je	.LBB1_13
	.p2align	4
.LBB1_12:
	vaddsd	(%rsi,%rcx,8), %xmm1, %xmm1
	incq	%rcx
	decq	%rdi
	jne	.LBB1_12
.LBB1_13:
	cmpq	$-8, %rax
	ja	.LBB1_15
	.p2align	4
.LBB1_14:
	vaddsd	(%rsi,%rcx,8), %xmm1, %xmm1
	vaddsd	8(%rsi,%rcx,8), %xmm1, %xmm1
	vaddsd	16(%rsi,%rcx,8), %xmm1, %xmm1
	vaddsd	24(%rsi,%rcx,8), %xmm1, %xmm1
	vaddsd	32(%rsi,%rcx,8), %xmm1, %xmm1
	vaddsd	40(%rsi,%rcx,8), %xmm1, %xmm1
	vaddsd	48(%rsi,%rcx,8), %xmm1, %xmm1
	vaddsd	56(%rsi,%rcx,8), %xmm1, %xmm1
	addq	$8, %rcx
	cmpq	%rcx, %rdx
	jne	.LBB1_14
.LBB1_15:
	vaddsd	%xmm1, %xmm0, %xmm0
	vzeroupper
	retq
.LBB1_22:
	movq	%r8, %rax
	shrq	$2, %rax
	incq	%rax
	andq	$-2, %rax
	vxorpd	%xmm2, %xmm2, %xmm2
	movl	$4, %ecx
	vxorpd	%xmm1, %xmm1, %xmm1
	jmp	.LBB1_23
	.p2align	4
.LBB1_28:
	vmaxpd	%ymm4, %ymm0, %ymm0
.LBB1_29:
	vcmpunordpd	%ymm2, %ymm3, %ymm3
	vcmpunordpd	%ymm2, %ymm4, %ymm4
	vorpd	%ymm3, %ymm4, %ymm3
	vorpd	%ymm1, %ymm3, %ymm1
	addq	$8, %rcx
	addq	$-2, %rax
	je	.LBB1_30
.LBB1_23:
	vmovupd	-32(%rsi,%rcx,8), %ymm3
	cmpl	$1, %edi
	jne	.LBB1_25
	vmaxpd	%ymm3, %ymm0, %ymm0
	jmp	.LBB1_26
	.p2align	4
.LBB1_25:
	vminpd	%ymm3, %ymm0, %ymm0
.LBB1_26:
	vmovupd	(%rsi,%rcx,8), %ymm4
	cmpl	$1, %edi
	je	.LBB1_28
	vminpd	%ymm4, %ymm0, %ymm0
	jmp	.LBB1_29
.LBB1_30:
	leaq	-4(%rcx), %rax
	testb	$4, %r8b
	jne	.LBB1_36
.LBB1_32:
	vmovupd	(%rsi,%rax,8), %ymm2
	vxorpd	%xmm3, %xmm3, %xmm3
	vcmpunordpd	%ymm3, %ymm2, %ymm3
	vorpd	%ymm1, %ymm3, %ymm1
	cmpl	$1, %edi
	jne	.LBB1_33
	vmaxpd	%ymm2, %ymm0, %ymm0
	jmp	.LBB1_35
.LBB1_33:
	vminpd	%ymm2, %ymm0, %ymm0
.LBB1_35:
	movq	%rcx, %rax
	vtestpd	%ymm1, %ymm1
	jne	.LBB1_37
.LBB1_18:
	vshufpd	$1, %xmm0, %xmm0, %xmm2
	vextractf128	$1, %ymm0, %xmm3
	vshufpd	$1, %xmm3, %xmm3, %xmm1
	cmpl	$1, %edi
	jne	.LBB1_38
	vmaxsd	%xmm0, %xmm2, %xmm0
	vmaxsd	%xmm0, %xmm3, %xmm0
	vucomisd	%xmm0, %xmm1
	ja	.LBB1_39
	jmp	.LBB1_40
.LBB1_38:
	vminsd	%xmm0, %xmm2, %xmm0
	vminsd	%xmm0, %xmm3, %xmm0
	vucomisd	%xmm1, %xmm0
	jbe	.LBB1_40
.LBB1_39:
	vmovapd	%xmm1, %xmm0
.LBB1_40:
	cmpq	%rdx, %rax
	jl	.LBB1_41
.LBB1_48:
	vzeroupper
	retq
	.p2align	4
.LBB1_46:
	vmovapd	%xmm1, %xmm0
.LBB1_47:
	incq	%rax
	cmpq	%rax, %rdx
	je	.LBB1_48
.LBB1_41:
	vmovsd	(%rsi,%rax,8), %xmm1
	vucomisd	%xmm1, %xmm1
	jp	.LBB1_42
	cmpl	$1, %edi
	jne	.LBB1_45
	vucomisd	%xmm0, %xmm1
	ja	.LBB1_46
	jmp	.LBB1_47
	.p2align	4
.LBB1_45:
	vucomisd	%xmm1, %xmm0
	ja	.LBB1_46
	jmp	.LBB1_47
.LBB1_42:
	vmovapd	%xmm1, %xmm0
	vzeroupper
	retq
.Lfunc_end1:
	.size	axon_reduce_avx2_f64, .Lfunc_end1-axon_reduce_avx2_f64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
