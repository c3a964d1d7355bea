// Generated from ../../gemm_avx2.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"gemm_avx2.c"
	.text
	.globl	axon_ukernel_avx2_f32
	.p2align	4
	.type	axon_ukernel_avx2_f32,@function
axon_ukernel_avx2_f32:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	prefetcht0	(%rcx)
	prefetcht0	(%rcx,%r8,4)
	prefetcht0	(%rcx,%r8,8)
	leaq	(%r8,%r8,2), %r11
	prefetcht0	(%rcx,%r11,4)
	movq	%r8, %r10
	shlq	$4, %r10
	prefetcht0	(%rcx,%r10)
	leaq	(%r8,%r8,4), %rax
	prefetcht0	(%rcx,%rax,4)
	testq	%rdi, %rdi
	jle	.LBB0_1
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	.p2align	4
.LBB0_7:
	prefetcht0	512(%rdx)
	vmovaps	(%rdx), %ymm12
	vmovaps	32(%rdx), %ymm13
	vbroadcastss	(%rsi), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm10
	vfmadd231ps	%ymm14, %ymm13, %ymm11
	vbroadcastss	4(%rsi), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm9
	vfmadd231ps	%ymm14, %ymm13, %ymm8
	vbroadcastss	8(%rsi), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm7
	vfmadd231ps	%ymm14, %ymm13, %ymm6
	vbroadcastss	12(%rsi), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm5
	vfmadd231ps	%ymm14, %ymm13, %ymm4
	vbroadcastss	16(%rsi), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm3
	vfmadd231ps	%ymm14, %ymm13, %ymm2
	vbroadcastss	20(%rsi), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm1
	vfmadd231ps	%ymm13, %ymm14, %ymm0
	addq	$24, %rsi
	addq	$64, %rdx
	decq	%rdi
	jne	.LBB0_7
	testl	%r9d, %r9d
	je	.LBB0_3
.LBB0_4:
	vaddps	(%rcx), %ymm10, %ymm10
	vaddps	32(%rcx), %ymm11, %ymm11
	vmovups	%ymm10, (%rcx)
	vmovups	%ymm11, 32(%rcx)
	vaddps	(%rcx,%r8,4), %ymm9, %ymm9
	vaddps	32(%rcx,%r8,4), %ymm8, %ymm8
	vmovups	%ymm9, (%rcx,%r8,4)
	vmovups	%ymm8, 32(%rcx,%r8,4)
	vaddps	(%rcx,%r8,8), %ymm7, %ymm7
	vaddps	32(%rcx,%r8,8), %ymm6, %ymm6
	vmovups	%ymm7, (%rcx,%r8,8)
	vmovups	%ymm6, 32(%rcx,%r8,8)
	vaddps	(%rcx,%r11,4), %ymm5, %ymm5
	vaddps	32(%rcx,%r11,4), %ymm4, %ymm4
	vmovups	%ymm5, (%rcx,%r11,4)
	vmovups	%ymm4, 32(%rcx,%r11,4)
	vaddps	(%rcx,%r10), %ymm3, %ymm3
	vaddps	32(%rcx,%r10), %ymm2, %ymm2
	vmovups	%ymm3, (%rcx,%r10)
	vmovups	%ymm2, 32(%rcx,%r10)
	leaq	(%rcx,%rax,4), %rdx
	vaddps	(%rcx,%rax,4), %ymm1, %ymm1
	vaddps	32(%rcx,%rax,4), %ymm0, %ymm0
	jmp	.LBB0_5
.LBB0_1:
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm10, %xmm10, %xmm10
	testl	%r9d, %r9d
	jne	.LBB0_4
.LBB0_3:
	vmovups	%ymm10, (%rcx)
	vmovups	%ymm11, 32(%rcx)
	vmovups	%ymm9, (%rcx,%r8,4)
	vmovups	%ymm8, 32(%rcx,%r8,4)
	vmovups	%ymm7, (%rcx,%r8,8)
	vmovups	%ymm6, 32(%rcx,%r8,8)
	vmovups	%ymm5, (%rcx,%r11,4)
	vmovups	%ymm4, 32(%rcx,%r11,4)
	vmovups	%ymm3, (%rcx,%r10)
	vmovups	%ymm2, 32(%rcx,%r10)
	leaq	(%rcx,%rax,4), %rdx
.LBB0_5:
	vmovups	%ymm1, (%rdx)
	vmovups	%ymm0, 32(%rdx)
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	axon_ukernel_avx2_f32, .Lfunc_end0-axon_ukernel_avx2_f32
	.cfi_endproc

	.globl	axon_ukernel_avx2_strided_f32
	.p2align	4
	.type	axon_ukernel_avx2_strided_f32,@function
axon_ukernel_avx2_strided_f32:
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
	movq	24(%rbp), %r14
	movq	16(%rbp), %rax
	prefetcht0	(%rax)
	prefetcht0	(%rax,%r14,4)
	prefetcht0	(%rax,%r14,8)
	leaq	(%r14,%r14,2), %rbx
	prefetcht0	(%rax,%rbx,4)
	movq	%r14, %r11
	shlq	$4, %r11
	prefetcht0	(%rax,%r11)
	leaq	(%r14,%r14,4), %r10
	prefetcht0	(%rax,%r10,4)
	testq	%rdi, %rdi
	jle	.LBB1_1
	addq	$32, %r8
	shlq	$2, %r9
	shlq	$2, %rcx
	leaq	(,%rdx,4), %r12
	vxorps	%xmm10, %xmm10, %xmm10
	leaq	(%r12,%r12), %r13
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm0, %xmm0, %xmm0
	.p2align	4
.LBB1_7:
	vmovups	-32(%r8), %ymm13
	vmovups	(%r8), %ymm12
	vbroadcastss	(%rsi), %ymm14
	vfmadd231ps	%ymm13, %ymm14, %ymm10
	vfmadd231ps	%ymm14, %ymm12, %ymm11
	vbroadcastss	(%rsi,%rdx,4), %ymm14
	leaq	(%rsi,%r12), %r15
	vfmadd231ps	%ymm13, %ymm14, %ymm9
	vfmadd231ps	%ymm14, %ymm12, %ymm8
	addq	%r12, %r15
	vbroadcastss	(%rsi,%rdx,8), %ymm14
	vfmadd231ps	%ymm13, %ymm14, %ymm7
	vfmadd231ps	%ymm14, %ymm12, %ymm6
	vbroadcastss	(%r15,%rdx,4), %ymm14
	vfmadd231ps	%ymm13, %ymm14, %ymm5
	vfmadd231ps	%ymm14, %ymm12, %ymm4
	vbroadcastss	(%r15,%rdx,8), %ymm14
	addq	%r13, %r15
	vfmadd231ps	%ymm13, %ymm14, %ymm3
	vfmadd231ps	%ymm14, %ymm12, %ymm2
	vbroadcastss	(%r15,%rdx,4), %ymm14
	vfmadd231ps	%ymm13, %ymm14, %ymm1
	vfmadd231ps	%ymm12, %ymm14, %ymm0
	addq	%r9, %r8
	addq	%rcx, %rsi
	decq	%rdi
	jne	.LBB1_7
	cmpl	$0, 32(%rbp)
	je	.LBB1_3
.LBB1_4:
	vaddps	(%rax), %ymm10, %ymm10
	vaddps	32(%rax), %ymm11, %ymm11
	vmovups	%ymm10, (%rax)
	vmovups	%ymm11, 32(%rax)
	vaddps	(%rax,%r14,4), %ymm9, %ymm9
	vaddps	32(%rax,%r14,4), %ymm8, %ymm8
	vmovups	%ymm9, (%rax,%r14,4)
	vmovups	%ymm8, 32(%rax,%r14,4)
	vaddps	(%rax,%r14,8), %ymm7, %ymm7
	vaddps	32(%rax,%r14,8), %ymm6, %ymm6
	vmovups	%ymm7, (%rax,%r14,8)
	vmovups	%ymm6, 32(%rax,%r14,8)
	vaddps	(%rax,%rbx,4), %ymm5, %ymm5
	vaddps	32(%rax,%rbx,4), %ymm4, %ymm4
	vmovups	%ymm5, (%rax,%rbx,4)
	vmovups	%ymm4, 32(%rax,%rbx,4)
	vaddps	(%rax,%r11), %ymm3, %ymm3
	vaddps	32(%rax,%r11), %ymm2, %ymm2
	vmovups	%ymm3, (%rax,%r11)
	vmovups	%ymm2, 32(%rax,%r11)
	leaq	(%rax,%r10,4), %rcx
	vaddps	(%rax,%r10,4), %ymm1, %ymm1
	vaddps	32(%rax,%r10,4), %ymm0, %ymm0
	jmp	.LBB1_5
.LBB1_1:
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
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm10, %xmm10, %xmm10
	cmpl	$0, 32(%rbp)
	jne	.LBB1_4
.LBB1_3:
	vmovups	%ymm10, (%rax)
	vmovups	%ymm11, 32(%rax)
	vmovups	%ymm9, (%rax,%r14,4)
	vmovups	%ymm8, 32(%rax,%r14,4)
	vmovups	%ymm7, (%rax,%r14,8)
	vmovups	%ymm6, 32(%rax,%r14,8)
	vmovups	%ymm5, (%rax,%rbx,4)
	vmovups	%ymm4, 32(%rax,%rbx,4)
	vmovups	%ymm3, (%rax,%r11)
	vmovups	%ymm2, 32(%rax,%r11)
	leaq	(%rax,%r10,4), %rcx
.LBB1_5:
	vmovups	%ymm1, (%rcx)
	vmovups	%ymm0, 32(%rcx)
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end1:
	.size	axon_ukernel_avx2_strided_f32, .Lfunc_end1-axon_ukernel_avx2_strided_f32
	.cfi_endproc

	.globl	axon_ukernel_avx2_indirect_f32
	.p2align	4
	.type	axon_ukernel_avx2_indirect_f32,@function
axon_ukernel_avx2_indirect_f32:
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
	movq	24(%rbp), %r10
	movq	16(%rbp), %rax
	movq	(%rdx), %r15
	movq	8(%rdx), %r12
	movq	16(%rdx), %r13
	movq	24(%rdx), %r14
	movq	32(%rdx), %rbx
	movq	40(%rdx), %rdx
	prefetcht0	(%rax)
	prefetcht0	(%rax,%r10,4)
	prefetcht0	(%rax,%r10,8)
	leaq	(%r10,%r10,2), %r11
	movq	%r11, -48(%rbp)
	prefetcht0	(%rax,%r11,4)
	movq	%r10, %r11
	shlq	$4, %r11
	movq	%r11, -56(%rbp)
	prefetcht0	(%rax,%r11)
	leaq	(%r10,%r10,4), %r10
	movq	%r10, -64(%rbp)
	prefetcht0	(%rax,%r10,4)
	testq	%rdi, %rdi
	jle	.LBB2_1
	shlq	$2, %rcx
	vxorps	%xmm10, %xmm10, %xmm10
	xorl	%r10d, %r10d
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm0, %xmm0, %xmm0
	.p2align	4
.LBB2_7:
	movq	(%r9,%r10,8), %r11
	vmovups	(%r8,%r11,4), %ymm12
	vmovups	32(%r8,%r11,4), %ymm13
	vbroadcastss	(%rsi,%r15,4), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm10
	vfmadd231ps	%ymm14, %ymm13, %ymm11
	vbroadcastss	(%rsi,%r12,4), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm9
	vfmadd231ps	%ymm14, %ymm13, %ymm8
	vbroadcastss	(%rsi,%r13,4), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm7
	vfmadd231ps	%ymm14, %ymm13, %ymm6
	vbroadcastss	(%rsi,%r14,4), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm5
	vfmadd231ps	%ymm14, %ymm13, %ymm4
	vbroadcastss	(%rsi,%rbx,4), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm3
	vfmadd231ps	%ymm14, %ymm13, %ymm2
	vbroadcastss	(%rsi,%rdx,4), %ymm14
	vfmadd231ps	%ymm12, %ymm14, %ymm1
	vfmadd231ps	%ymm13, %ymm14, %ymm0
	incq	%r10
	addq	%rcx, %rsi
	cmpq	%r10, %rdi
	jne	.LBB2_7
	cmpl	$0, 32(%rbp)
	je	.LBB2_3
.LBB2_4:
	vaddps	(%rax), %ymm10, %ymm10
	vaddps	32(%rax), %ymm11, %ymm11
	vmovups	%ymm10, (%rax)
	vmovups	%ymm11, 32(%rax)
	movq	24(%rbp), %rcx
	vaddps	(%rax,%rcx,4), %ymm9, %ymm9
	vaddps	32(%rax,%rcx,4), %ymm8, %ymm8
	vmovups	%ymm9, (%rax,%rcx,4)
	vmovups	%ymm8, 32(%rax,%rcx,4)
	vaddps	(%rax,%rcx,8), %ymm7, %ymm7
	vaddps	32(%rax,%rcx,8), %ymm6, %ymm6
	vmovups	%ymm7, (%rax,%rcx,8)
	vmovups	%ymm6, 32(%rax,%rcx,8)
	movq	-48(%rbp), %rcx
	vaddps	(%rax,%rcx,4), %ymm5, %ymm5
	vaddps	32(%rax,%rcx,4), %ymm4, %ymm4
	vmovups	%ymm5, (%rax,%rcx,4)
	vmovups	%ymm4, 32(%rax,%rcx,4)
	movq	-56(%rbp), %rcx
	vaddps	(%rax,%rcx), %ymm3, %ymm3
	vaddps	32(%rax,%rcx), %ymm2, %ymm2
	vmovups	%ymm3, (%rax,%rcx)
	vmovups	%ymm2, 32(%rax,%rcx)
	movq	-64(%rbp), %rdx
	leaq	(%rax,%rdx,4), %rcx
	vaddps	(%rax,%rdx,4), %ymm1, %ymm1
	vaddps	32(%rax,%rdx,4), %ymm0, %ymm0
	jmp	.LBB2_5
.LBB2_1:
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
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm10, %xmm10, %xmm10
	cmpl	$0, 32(%rbp)
	jne	.LBB2_4
.LBB2_3:
	vmovups	%ymm10, (%rax)
	vmovups	%ymm11, 32(%rax)
	movq	24(%rbp), %rcx
	vmovups	%ymm9, (%rax,%rcx,4)
	vmovups	%ymm8, 32(%rax,%rcx,4)
	vmovups	%ymm7, (%rax,%rcx,8)
	vmovups	%ymm6, 32(%rax,%rcx,8)
	movq	-48(%rbp), %rcx
	vmovups	%ymm5, (%rax,%rcx,4)
	vmovups	%ymm4, 32(%rax,%rcx,4)
	movq	-56(%rbp), %rcx
	vmovups	%ymm3, (%rax,%rcx)
	vmovups	%ymm2, 32(%rax,%rcx)
	movq	-64(%rbp), %rcx
	leaq	(%rax,%rcx,4), %rcx
.LBB2_5:
	vmovups	%ymm1, (%rcx)
	vmovups	%ymm0, 32(%rcx)
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end2:
	.size	axon_ukernel_avx2_indirect_f32, .Lfunc_end2-axon_ukernel_avx2_indirect_f32
	.cfi_endproc

	.globl	axon_ukernel_avx2_f64
	.p2align	4
	.type	axon_ukernel_avx2_f64,@function
axon_ukernel_avx2_f64:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -24
	prefetcht0	(%rcx)
	prefetcht0	(%rcx,%r8,8)
	movq	%r8, %rbx
	shlq	$4, %rbx
	prefetcht0	(%rcx,%rbx)
	leaq	(%r8,%r8,2), %r11
	prefetcht0	(%rcx,%r11,8)
	movq	%r8, %r10
	shlq	$5, %r10
	prefetcht0	(%rcx,%r10)
	leaq	(%r8,%r8,4), %rax
	prefetcht0	(%rcx,%rax,8)
	testq	%rdi, %rdi
	jle	.LBB3_1
	vxorpd	%xmm10, %xmm10, %xmm10
	vxorpd	%xmm0, %xmm0, %xmm0
	vxorpd	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm2, %xmm2, %xmm2
	vxorpd	%xmm3, %xmm3, %xmm3
	vxorpd	%xmm4, %xmm4, %xmm4
	vxorpd	%xmm5, %xmm5, %xmm5
	vxorpd	%xmm6, %xmm6, %xmm6
	vxorpd	%xmm7, %xmm7, %xmm7
	vxorpd	%xmm8, %xmm8, %xmm8
	vxorpd	%xmm9, %xmm9, %xmm9
	vxorpd	%xmm11, %xmm11, %xmm11
	.p2align	4
.LBB3_7:
	prefetcht0	512(%rdx)
	vmovapd	(%rdx), %ymm12
	vmovapd	32(%rdx), %ymm13
	vbroadcastsd	(%rsi), %ymm14
	vfmadd231pd	%ymm12, %ymm14, %ymm10
	vfmadd231pd	%ymm14, %ymm13, %ymm11
	vbroadcastsd	8(%rsi), %ymm14
	vfmadd231pd	%ymm12, %ymm14, %ymm9
	vfmadd231pd	%ymm14, %ymm13, %ymm8
	vbroadcastsd	16(%rsi), %ymm14
	vfmadd231pd	%ymm12, %ymm14, %ymm7
	vfmadd231pd	%ymm14, %ymm13, %ymm6
	vbroadcastsd	24(%rsi), %ymm14
	vfmadd231pd	%ymm12, %ymm14, %ymm5
	vfmadd231pd	%ymm14, %ymm13, %ymm4
	vbroadcastsd	32(%rsi), %ymm14
	vfmadd231pd	%ymm12, %ymm14, %ymm3
	vfmadd231pd	%ymm14, %ymm13, %ymm2
	vbroadcastsd	40(%rsi), %ymm14
	vfmadd231pd	%ymm12, %ymm14, %ymm1
	vfmadd231pd	%ymm13, %ymm14, %ymm0
	addq	$48, %rsi
	addq	$64, %rdx
	decq	%rdi
	jne	.LBB3_7
	testl	%r9d, %r9d
	je	.LBB3_3
.LBB3_4:
	vaddpd	(%rcx), %ymm10, %ymm10
	vaddpd	32(%rcx), %ymm11, %ymm11
	vmovupd	%ymm10, (%rcx)
	vmovupd	%ymm11, 32(%rcx)
	vaddpd	(%rcx,%r8,8), %ymm9, %ymm9
	vaddpd	32(%rcx,%r8,8), %ymm8, %ymm8
	vmovupd	%ymm9, (%rcx,%r8,8)
	vmovupd	%ymm8, 32(%rcx,%r8,8)
	vaddpd	(%rcx,%rbx), %ymm7, %ymm7
	vaddpd	32(%rcx,%rbx), %ymm6, %ymm6
	vmovupd	%ymm7, (%rcx,%rbx)
	vmovupd	%ymm6, 32(%rcx,%rbx)
	vaddpd	(%rcx,%r11,8), %ymm5, %ymm5
	vaddpd	32(%rcx,%r11,8), %ymm4, %ymm4
	vmovupd	%ymm5, (%rcx,%r11,8)
	vmovupd	%ymm4, 32(%rcx,%r11,8)
	vaddpd	(%rcx,%r10), %ymm3, %ymm3
	vaddpd	32(%rcx,%r10), %ymm2, %ymm2
	vmovupd	%ymm3, (%rcx,%r10)
	vmovupd	%ymm2, 32(%rcx,%r10)
	leaq	(%rcx,%rax,8), %rdx
	vaddpd	(%rcx,%rax,8), %ymm1, %ymm1
	vaddpd	32(%rcx,%rax,8), %ymm0, %ymm0
	jmp	.LBB3_5
.LBB3_1:
	vxorpd	%xmm11, %xmm11, %xmm11
	vxorpd	%xmm9, %xmm9, %xmm9
	vxorpd	%xmm8, %xmm8, %xmm8
	vxorpd	%xmm7, %xmm7, %xmm7
	vxorpd	%xmm6, %xmm6, %xmm6
	vxorpd	%xmm5, %xmm5, %xmm5
	vxorpd	%xmm4, %xmm4, %xmm4
	vxorpd	%xmm3, %xmm3, %xmm3
	vxorpd	%xmm2, %xmm2, %xmm2
	vxorpd	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm0, %xmm0, %xmm0
	vxorpd	%xmm10, %xmm10, %xmm10
	testl	%r9d, %r9d
	jne	.LBB3_4
.LBB3_3:
	vmovupd	%ymm10, (%rcx)
	vmovupd	%ymm11, 32(%rcx)
	vmovupd	%ymm9, (%rcx,%r8,8)
	vmovupd	%ymm8, 32(%rcx,%r8,8)
	vmovupd	%ymm7, (%rcx,%rbx)
	vmovupd	%ymm6, 32(%rcx,%rbx)
	vmovupd	%ymm5, (%rcx,%r11,8)
	vmovupd	%ymm4, 32(%rcx,%r11,8)
	vmovupd	%ymm3, (%rcx,%r10)
	vmovupd	%ymm2, 32(%rcx,%r10)
	leaq	(%rcx,%rax,8), %rdx
.LBB3_5:
	vmovupd	%ymm1, (%rdx)
	vmovupd	%ymm0, 32(%rdx)
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end3:
	.size	axon_ukernel_avx2_f64, .Lfunc_end3-axon_ukernel_avx2_f64
	.cfi_endproc

	.globl	axon_ukernel_avx2_strided_f64
	.p2align	4
	.type	axon_ukernel_avx2_strided_f64,@function
axon_ukernel_avx2_strided_f64:
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
	movq	24(%rbp), %r15
	movq	16(%rbp), %rax
	prefetcht0	(%rax)
	prefetcht0	(%rax,%r15,8)
	movq	%r15, %r14
	shlq	$4, %r14
	prefetcht0	(%rax,%r14)
	leaq	(%r15,%r15,2), %rbx
	prefetcht0	(%rax,%rbx,8)
	movq	%r15, %r11
	shlq	$5, %r11
	prefetcht0	(%rax,%r11)
	leaq	(%r15,%r15,4), %r10
	prefetcht0	(%rax,%r10,8)
	testq	%rdi, %rdi
	jle	.LBB4_1
	addq	$32, %r8
	shlq	$3, %r9
	shlq	$3, %rcx
	leaq	(,%rdx,8), %r13
	vxorpd	%xmm10, %xmm10, %xmm10
	vxorpd	%xmm11, %xmm11, %xmm11
	vxorpd	%xmm9, %xmm9, %xmm9
	vxorpd	%xmm8, %xmm8, %xmm8
	vxorpd	%xmm7, %xmm7, %xmm7
	vxorpd	%xmm6, %xmm6, %xmm6
	vxorpd	%xmm5, %xmm5, %xmm5
	vxorpd	%xmm4, %xmm4, %xmm4
	vxorpd	%xmm0, %xmm0, %xmm0
	vxorpd	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm2, %xmm2, %xmm2
	vxorpd	%xmm3, %xmm3, %xmm3
	.p2align	4
.LBB4_7:
	vmovupd	-32(%r8), %ymm13
	vmovupd	(%r8), %ymm12
	vbroadcastsd	(%rsi), %ymm14
	vfmadd231pd	%ymm13, %ymm14, %ymm10
	vfmadd231pd	%ymm14, %ymm12, %ymm11
	leaq	(%rsi,%rdx,8), %r12
	vbroadcastsd	(%rsi,%rdx,8), %ymm14
	vfmadd231pd	%ymm13, %ymm14, %ymm9
	vfmadd231pd	%ymm14, %ymm12, %ymm8
	vbroadcastsd	(%r13,%r12), %ymm14
	addq	%r13, %r12
	vfmadd231pd	%ymm13, %ymm14, %ymm7
	vbroadcastsd	(%r13,%r12), %ymm15
	vfmadd231pd	%ymm14, %ymm12, %ymm6
	addq	%r13, %r12
	vfmadd231pd	%ymm13, %ymm15, %ymm5
	vfmadd231pd	%ymm15, %ymm12, %ymm4
	vbroadcastsd	(%r13,%r12), %ymm14
	addq	%r13, %r12
	vfmadd231pd	%ymm13, %ymm14, %ymm3
	vfmadd231pd	%ymm14, %ymm12, %ymm2
	vbroadcastsd	(%r13,%r12), %ymm14
	vfmadd231pd	%ymm13, %ymm14, %ymm1
	vfmadd231pd	%ymm12, %ymm14, %ymm0
	addq	%r9, %r8
	addq	%rcx, %rsi
	decq	%rdi
	jne	.LBB4_7
	cmpl	$0, 32(%rbp)
	je	.LBB4_3
.LBB4_4:
	vaddpd	(%rax), %ymm10, %ymm10
	vaddpd	32(%rax), %ymm11, %ymm11
	vmovupd	%ymm10, (%rax)
	vmovupd	%ymm11, 32(%rax)
	vaddpd	(%rax,%r15,8), %ymm9, %ymm9
	vaddpd	32(%rax,%r15,8), %ymm8, %ymm8
	vmovupd	%ymm9, (%rax,%r15,8)
	vmovupd	%ymm8, 32(%rax,%r15,8)
	vaddpd	(%rax,%r14), %ymm7, %ymm7
	vaddpd	32(%rax,%r14), %ymm6, %ymm6
	vmovupd	%ymm7, (%rax,%r14)
	vmovupd	%ymm6, 32(%rax,%r14)
	vaddpd	(%rax,%rbx,8), %ymm5, %ymm5
	vaddpd	32(%rax,%rbx,8), %ymm4, %ymm4
	vmovupd	%ymm5, (%rax,%rbx,8)
	vmovupd	%ymm4, 32(%rax,%rbx,8)
	vaddpd	(%rax,%r11), %ymm3, %ymm3
	vaddpd	32(%rax,%r11), %ymm2, %ymm2
	vmovupd	%ymm3, (%rax,%r11)
	vmovupd	%ymm2, 32(%rax,%r11)
	leaq	(%rax,%r10,8), %rcx
	vaddpd	(%rax,%r10,8), %ymm1, %ymm1
	vaddpd	32(%rax,%r10,8), %ymm0, %ymm0
	jmp	.LBB4_5
.LBB4_1:
	vxorpd	%xmm3, %xmm3, %xmm3
	vxorpd	%xmm2, %xmm2, %xmm2
	vxorpd	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm0, %xmm0, %xmm0
	vxorpd	%xmm4, %xmm4, %xmm4
	vxorpd	%xmm5, %xmm5, %xmm5
	vxorpd	%xmm6, %xmm6, %xmm6
	vxorpd	%xmm7, %xmm7, %xmm7
	vxorpd	%xmm8, %xmm8, %xmm8
	vxorpd	%xmm9, %xmm9, %xmm9
	vxorpd	%xmm11, %xmm11, %xmm11
	vxorpd	%xmm10, %xmm10, %xmm10
	cmpl	$0, 32(%rbp)
	jne	.LBB4_4
.LBB4_3:
	vmovupd	%ymm10, (%rax)
	vmovupd	%ymm11, 32(%rax)
	vmovupd	%ymm9, (%rax,%r15,8)
	vmovupd	%ymm8, 32(%rax,%r15,8)
	vmovupd	%ymm7, (%rax,%r14)
	vmovupd	%ymm6, 32(%rax,%r14)
	vmovupd	%ymm5, (%rax,%rbx,8)
	vmovupd	%ymm4, 32(%rax,%rbx,8)
	vmovupd	%ymm3, (%rax,%r11)
	vmovupd	%ymm2, 32(%rax,%r11)
	leaq	(%rax,%r10,8), %rcx
.LBB4_5:
	vmovupd	%ymm1, (%rcx)
	vmovupd	%ymm0, 32(%rcx)
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end4:
	.size	axon_ukernel_avx2_strided_f64, .Lfunc_end4-axon_ukernel_avx2_strided_f64
	.cfi_endproc

	.globl	axon_pack_across_rows_avx2_f32
	.p2align	4
	.type	axon_pack_across_rows_avx2_f32,@function
axon_pack_across_rows_avx2_f32:
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
	subq	$200, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, -48(%rbp)
	movl	%edi, -76(%rbp)
	movq	16(%rbp), %r14
	testq	%r14, %r14
	jle	.LBB5_44
	leaq	(%rsi,%rcx,4), %rax
	movq	%rax, -184(%rbp)
	movslq	-76(%rbp), %r12
	movq	%r8, %rbx
	movq	%r8, %rax
	imulq	%rdx, %rax
	leaq	(,%rcx,4), %rdi
	leaq	(%rax,%rcx), %r8
	movq	%rdx, %r9
	shlq	$5, %r9
	movq	%r9, -144(%rbp)
	leaq	(%rbx,%r12), %r9
	leaq	-4(,%r9,4), %r9
	imulq	%rdx, %r9
	movq	-48(%rbp), %r11
	leaq	-4(,%r11,4), %r13
	imulq	%r12, %r13
	leaq	(%rbx,%rcx), %r10
	leaq	(%rsi,%r10,4), %r15
	movq	%r15, -288(%rbp)
	leaq	(%rsi,%r10,4), %r10
	addq	$-4, %r10
	movq	%r10, -280(%rbp)
	leaq	(%rsi,%r8,4), %r8
	movq	%r8, -272(%rbp)
	addq	%rsi, %r9
	leaq	(%r9,%r11,4), %r8
	leaq	(%r8,%rcx,4), %rcx
	movq	%rcx, -264(%rbp)
	leaq	(%rdi,%rax,4), %rax
	leaq	(%rsi,%rax), %rdi
	leaq	96(%rsi,%rax), %rcx
	movq	%rcx, -120(%rbp)
	addq	%rsi, %rax
	addq	$8, %rax
	movq	%rax, -176(%rbp)
	movq	%r11, %rax
	imulq	%r12, %rax
	shlq	$2, %rax
	movq	%rax, -168(%rbp)
	movq	24(%rbp), %r10
	addq	%r10, %r13
	movq	%r13, -296(%rbp)
	cmpq	$4, %r11
	setae	%al
	cmpl	$1, %r12d
	sete	%cl
	andb	%al, %cl
	leaq	(%r11,%r12), %rax
	leaq	(%r10,%rax,4), %rax
	addq	$-4, %rax
	movq	%rax, -256(%rbp)
	movabsq	$9223372036854775776, %rax
	movq	%r11, %rsi
	andq	%rax, %rsi
	movq	%rsi, -96(%rbp)
	addq	$28, %rax
	andq	%r11, %rax
	movq	%rax, -200(%rbp)
	movl	%r11d, %eax
	andl	$3, %eax
	movq	%rdx, %rsi
	imulq	%r12, %rsi
	shlq	$2, %rsi
	movq	%rsi, -320(%rbp)
	movq	%r12, %r15
	shlq	$5, %r15
	movq	%rdx, %rsi
	shlq	$4, %rsi
	movq	%rsi, -352(%rbp)
	movq	%rax, -216(%rbp)
	movq	%rax, %r9
	negq	%r9
	movq	%r12, %rax
	shlq	$4, %rax
	movq	%rax, -224(%rbp)
	shlq	$2, %rbx
	movq	%rbx, -304(%rbp)
	movq	%r12, %r8
	movb	%cl, -50(%rbp)
	notb	%cl
	movb	%cl, -49(%rbp)
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	leaq	(,%r11,4), %rax
	movq	%rax, -248(%rbp)
	leaq	(,%rdx,4), %rcx
	leaq	(,%r12,4), %rsi
	leaq	8(%r10), %rax
	movq	%rax, -160(%rbp)
	leaq	64(%r10), %rax
	movq	%rax, -152(%rbp)
	movq	$0, -112(%rbp)
	movq	%r10, -88(%rbp)
	xorl	%r10d, %r10d
	movq	%r12, -240(%rbp)
	movq	%r15, -312(%rbp)
	movq	%r9, -336(%rbp)
	jmp	.LBB5_2
	.p2align	4
.LBB5_43:
	movq	-328(%rbp), %r10
	addq	%r8, %r10
	movq	-168(%rbp), %rax
	addq	%rax, -88(%rbp)
	incq	-112(%rbp)
	movq	-192(%rbp), %rdi
	movq	-320(%rbp), %r9
	addq	%r9, %rdi
	addq	%r9, -120(%rbp)
	addq	%rax, -160(%rbp)
	addq	%rax, -152(%rbp)
	addq	%r9, -184(%rbp)
	addq	%r9, -176(%rbp)
	movq	16(%rbp), %r14
	cmpq	%r14, %r10
	movq	-312(%rbp), %r15
	jge	.LBB5_44
.LBB5_2:
	movq	%r10, -328(%rbp)
	subq	%r10, %r14
	cmpq	%r8, %r14
	movq	%r14, -360(%rbp)
	cmovlq	%r14, %r8
	leaq	7(%r8), %r14
	testq	%r8, %r8
	movq	%r8, -136(%rbp)
	cmovnsq	%r8, %r14
	movq	%r14, %r12
	andq	$-8, %r12
	cmpq	$8, -48(%rbp)
	movq	%rdi, -192(%rbp)
	jge	.LBB5_16
	xorl	%r13d, %r13d
.LBB5_5:
	movq	%r12, -104(%rbp)
	movq	%r14, -72(%rbp)
	cmpq	-48(%rbp), %r13
	jge	.LBB5_20
	movq	-168(%rbp), %rax
	movq	-112(%rbp), %rdi
	imulq	%rdi, %rax
	addq	-296(%rbp), %rax
	movq	%rsi, %r9
	imulq	%rdi, %r9
	movq	-288(%rbp), %rdi
	leaq	(%rdi,%r9), %r10
	addq	-280(%rbp), %r9
	cmpl	$0, -76(%rbp)
	sets	%r11b
	movq	-104(%rbp), %rdi
	cmpq	$2, %rdi
	movl	$1, %r15d
	cmovgeq	%rdi, %r15
	movq	%rsi, %rdi
	imulq	%r13, %rdi
	movq	-88(%rbp), %r8
	addq	%rdi, %r8
	leaq	(%rax,%r15,4), %rax
	leaq	(%r10,%r13,4), %r10
	movq	-48(%rbp), %rbx
	addq	%r15, %rbx
	leaq	(%r9,%rbx,4), %r9
	cmpq	%r9, %r8
	setb	%r9b
	cmpq	%rax, %r10
	setb	%al
	andb	%r9b, %al
	orb	%r11b, %al
	movb	%al, -51(%rbp)
	movq	%r15, %r10
	movabsq	$9223372036854775776, %rax
	andq	%rax, %r10
	movq	%r10, -208(%rbp)
	addq	$24, %rax
	andq	%r15, %rax
	movq	%rax, -344(%rbp)
	movq	%r15, -128(%rbp)
	andl	$1, %r15d
	movq	%r15, -232(%rbp)
	movq	-120(%rbp), %rax
	leaq	(%rax,%r13,4), %rbx
	movq	-192(%rbp), %rax
	leaq	(%rax,%r13,4), %rax
	addq	-160(%rbp), %rdi
	jmp	.LBB5_7
	.p2align	4
.LBB5_42:
	movq	-368(%rbp), %r13
	incq	%r13
	addq	$4, %rbx
	addq	%rsi, %r8
	movq	-64(%rbp), %rax
	addq	$4, %rax
	addq	%rsi, %rdi
	cmpq	-48(%rbp), %r13
	je	.LBB5_20
.LBB5_7:
	movq	%rax, -64(%rbp)
	movq	%r13, -368(%rbp)
	cmpq	$8, -136(%rbp)
	jl	.LBB5_42
	cmpq	$1, %rdx
	setne	%r9b
	orb	-51(%rbp), %r9b
	testb	$1, %r9b
	je	.LBB5_33
	xorl	%r15d, %r15d
	jmp	.LBB5_10
	.p2align	4
.LBB5_33:
	cmpq	$32, -136(%rbp)
	jge	.LBB5_35
	xorl	%r9d, %r9d
	jmp	.LBB5_39
.LBB5_35:
	xorl	%r9d, %r9d
	movq	-128(%rbp), %rax
	movq	-208(%rbp), %r10
	.p2align	4
.LBB5_36:
	vmovups	-96(%rbx,%r9,4), %ymm2
	vmovups	-64(%rbx,%r9,4), %ymm3
	vmovups	-32(%rbx,%r9,4), %ymm4
	vmovups	(%rbx,%r9,4), %ymm5
	vmovups	%ymm2, (%r8,%r9,4)
	vmovups	%ymm3, 32(%r8,%r9,4)
	vmovups	%ymm4, 64(%r8,%r9,4)
	vmovups	%ymm5, 96(%r8,%r9,4)
	addq	$32, %r9
	cmpq	%r9, %r10
	jne	.LBB5_36
	cmpq	%r10, %rax
	je	.LBB5_42
	movq	-208(%rbp), %r9
	movq	%r9, %r15
	testb	$24, %al
	je	.LBB5_10
.LBB5_39:
	movq	-344(%rbp), %rax
	movq	-64(%rbp), %r10
	.p2align	4
.LBB5_40:
	vmovups	(%r10,%r9,4), %xmm2
	vmovups	%xmm2, (%r8,%r9,4)
	addq	$4, %r9
	cmpq	%r9, %rax
	jne	.LBB5_40
	movq	%rax, %r15
	cmpq	%rax, -128(%rbp)
	je	.LBB5_42
.LBB5_10:
	movq	%r15, %r9
	cmpq	$0, -232(%rbp)
	je	.LBB5_13
	movq	%rcx, %r10
	imulq	%r15, %r10
	addq	-64(%rbp), %r10
	movq	-232(%rbp), %r11
	movq	%r15, %r9
	.p2align	4
.LBB5_12:
	vmovss	(%r10), %xmm2
	vmovss	%xmm2, (%r8,%r9,4)
	incq	%r9
	addq	%rcx, %r10
	decq	%r11
	jne	.LBB5_12
.LBB5_13:
	movq	-128(%rbp), %rax
	subq	%rax, %r15
	cmpq	$-4, %r15
	movq	-352(%rbp), %r13
	ja	.LBB5_42
	movq	%rcx, %r15
	imulq	%r9, %r15
	leaq	3(%r9), %r10
	imulq	%rcx, %r10
	leaq	2(%r9), %r12
	imulq	%rcx, %r12
	leaq	1(%r9), %r11
	imulq	%rcx, %r11
	movq	-64(%rbp), %r14
	.p2align	4
.LBB5_15:
	vmovss	(%r14,%r15), %xmm2
	vmovss	%xmm2, -8(%rdi,%r9,4)
	vmovss	(%r14,%r11), %xmm2
	vmovss	%xmm2, -4(%rdi,%r9,4)
	vmovss	(%r14,%r12), %xmm2
	vmovss	%xmm2, (%rdi,%r9,4)
	vmovss	(%r14,%r10), %xmm2
	vmovss	%xmm2, 4(%rdi,%r9,4)
	addq	$4, %r9
	addq	%r13, %r14
	cmpq	%r9, %rax
	jne	.LBB5_15
	jmp	.LBB5_42
	.p2align	4
.LBB5_20:
	movq	-240(%rbp), %r8
	movq	-104(%rbp), %r14
	cmpq	%r8, %r14
	movq	-72(%rbp), %rbx
	jge	.LBB5_43
	movq	-248(%rbp), %rax
	movq	-112(%rbp), %r9
	imulq	%r9, %rax
	movq	24(%rbp), %rdi
	addq	%rax, %rdi
	addq	-256(%rbp), %rax
	movq	%rcx, %r8
	imulq	%r9, %r8
	movq	-272(%rbp), %r9
	addq	%r8, %r9
	addq	-264(%rbp), %r8
	sarq	$3, %rbx
	movq	%rdx, %r11
	shrq	$61, %r11
	andl	$1, %r11d
	movq	-144(%rbp), %r10
	imulq	%rbx, %r10
	shlq	$5, %rbx
	addq	%rbx, %rdi
	addq	%r10, %r9
	cmpq	%r8, %rdi
	setb	%dil
	cmpq	%rax, %r9
	setb	%al
	andb	%dil, %al
	orb	%r11b, %al
	orb	-49(%rbp), %al
	movb	%al, -64(%rbp)
	movq	-152(%rbp), %rax
	leaq	(%rax,%rbx), %r12
	movq	-88(%rbp), %rax
	addq	%rbx, %rax
	movq	-120(%rbp), %rdi
	addq	%r10, %rdi
	addq	-304(%rbp), %rbx
	imulq	%rdx, %rbx
	addq	-184(%rbp), %rbx
	addq	-176(%rbp), %r10
	jmp	.LBB5_22
	.p2align	4
.LBB5_72:
	movq	-104(%rbp), %r14
	incq	%r14
	addq	$4, %r12
	addq	$4, %rax
	addq	%rcx, %rdi
	movq	-72(%rbp), %rbx
	addq	%rcx, %rbx
	addq	%rcx, %r10
	movq	-240(%rbp), %r8
	cmpq	%r8, %r14
	je	.LBB5_43
.LBB5_22:
	movq	%rbx, -72(%rbp)
	movq	%r14, -104(%rbp)
	cmpq	%r14, -360(%rbp)
	jle	.LBB5_23
	cmpq	$0, -48(%rbp)
	jle	.LBB5_72
	testb	$1, -64(%rbp)
	je	.LBB5_57
	xorl	%r9d, %r9d
	jmp	.LBB5_66
	.p2align	4
.LBB5_23:
	cmpq	$0, -48(%rbp)
	jle	.LBB5_72
	cmpb	$0, -50(%rbp)
	je	.LBB5_25
	cmpq	$32, -48(%rbp)
	jae	.LBB5_47
	xorl	%r8d, %r8d
	jmp	.LBB5_51
.LBB5_57:
	cmpq	$32, -48(%rbp)
	jae	.LBB5_59
	xorl	%r8d, %r8d
	jmp	.LBB5_63
.LBB5_25:
	xorl	%r9d, %r9d
	jmp	.LBB5_26
.LBB5_47:
	xorl	%r8d, %r8d
	movq	-96(%rbp), %r9
	.p2align	4
.LBB5_48:
	vmovups	%ymm1, -64(%r12,%r8,4)
	vmovups	%ymm1, -32(%r12,%r8,4)
	vmovups	%ymm1, (%r12,%r8,4)
	vmovups	%ymm1, 32(%r12,%r8,4)
	addq	$32, %r8
	cmpq	%r8, %r9
	jne	.LBB5_48
	cmpq	%r9, -48(%rbp)
	je	.LBB5_72
	movq	-96(%rbp), %r8
	movq	%r8, %r9
	testb	$28, -48(%rbp)
	je	.LBB5_26
.LBB5_51:
	movq	-200(%rbp), %r11
	.p2align	4
.LBB5_52:
	vmovups	%xmm0, (%rax,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %r11
	jne	.LBB5_52
	movq	%r11, %r9
	cmpq	%r11, -48(%rbp)
	je	.LBB5_72
.LBB5_26:
	movq	%r9, %r8
	cmpq	$0, -216(%rbp)
	je	.LBB5_30
	movq	%rsi, %r8
	imulq	%r9, %r8
	addq	%rax, %r8
	xorl	%r11d, %r11d
	movq	-336(%rbp), %rbx
	.p2align	4
.LBB5_28:
	movl	$0, (%r8)
	decq	%r11
	addq	%rsi, %r8
	cmpq	%r11, %rbx
	jne	.LBB5_28
	movq	%r9, %r8
	subq	%r11, %r8
.LBB5_30:
	subq	-48(%rbp), %r9
	cmpq	$-4, %r9
	movq	-224(%rbp), %r13
	ja	.LBB5_72
	movq	-48(%rbp), %r9
	subq	%r8, %r9
	leaq	3(%r8), %r11
	imulq	%rsi, %r11
	leaq	2(%r8), %rbx
	imulq	%rsi, %rbx
	leaq	1(%r8), %r14
	imulq	%rsi, %r14
	imulq	%rsi, %r8
	movq	%rax, %r15
	.p2align	4
.LBB5_32:
	movl	$0, (%r15,%r8)
	movl	$0, (%r15,%r14)
	movl	$0, (%r15,%rbx)
	movl	$0, (%r15,%r11)
	addq	%r13, %r15
	addq	$-4, %r9
	jne	.LBB5_32
	jmp	.LBB5_72
.LBB5_59:
	xorl	%r8d, %r8d
	movq	-96(%rbp), %r9
	.p2align	4
.LBB5_60:
	vmovups	-96(%rdi,%r8,4), %ymm2
	vmovups	-64(%rdi,%r8,4), %ymm3
	vmovups	-32(%rdi,%r8,4), %ymm4
	vmovups	(%rdi,%r8,4), %ymm5
	vmovups	%ymm2, (%rax,%r8,4)
	vmovups	%ymm3, 32(%rax,%r8,4)
	vmovups	%ymm4, 64(%rax,%r8,4)
	vmovups	%ymm5, 96(%rax,%r8,4)
	addq	$32, %r8
	cmpq	%r8, %r9
	jne	.LBB5_60
	cmpq	%r9, -48(%rbp)
	je	.LBB5_72
	movq	-96(%rbp), %r9
	movq	%r9, %r8
	testb	$28, -48(%rbp)
	je	.LBB5_66
.LBB5_63:
	movq	-200(%rbp), %r11
	movq	-72(%rbp), %r9
	.p2align	4
.LBB5_64:
	vmovups	(%r9,%r8,4), %xmm2
	vmovups	%xmm2, (%rax,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %r11
	jne	.LBB5_64
	movq	%r11, %r9
	cmpq	%r11, -48(%rbp)
	je	.LBB5_72
.LBB5_66:
	movq	%r9, %r8
	testb	$3, -48(%rbp)
	movq	-72(%rbp), %r14
	je	.LBB5_69
	movq	%rsi, %r11
	imulq	%r9, %r11
	addq	%rax, %r11
	movq	-216(%rbp), %rbx
	movq	%r9, %r8
	.p2align	4
.LBB5_68:
	vmovss	(%r14,%r8,4), %xmm2
	vmovss	%xmm2, (%r11)
	incq	%r8
	addq	%rsi, %r11
	decq	%rbx
	jne	.LBB5_68
.LBB5_69:
	subq	-48(%rbp), %r9
	cmpq	$-4, %r9
	movq	-224(%rbp), %r13
	ja	.LBB5_72
	leaq	3(%r8), %r9
	imulq	%rsi, %r9
	movq	%rsi, %r11
	imulq	%r8, %r11
	leaq	2(%r8), %rbx
	imulq	%rsi, %rbx
	leaq	1(%r8), %r14
	imulq	%rsi, %r14
	movq	%rax, %r15
	.p2align	4
.LBB5_71:
	vmovss	-8(%r10,%r8,4), %xmm2
	vmovss	%xmm2, (%r15,%r11)
	vmovss	-4(%r10,%r8,4), %xmm2
	vmovss	%xmm2, (%r15,%r14)
	vmovss	(%r10,%r8,4), %xmm2
	vmovss	%xmm2, (%r15,%rbx)
	vmovss	4(%r10,%r8,4), %xmm2
	vmovss	%xmm2, (%r15,%r9)
	addq	$4, %r8
	addq	%r13, %r15
	cmpq	%r8, -48(%rbp)
	jne	.LBB5_71
	jmp	.LBB5_72
	.p2align	4
.LBB5_16:
	movl	$8, %r8d
	movq	-88(%rbp), %rax
	movq	-144(%rbp), %rbx
	jmp	.LBB5_17
	.p2align	4
.LBB5_4:
	leaq	8(%r13), %r8
	addq	$32, %rdi
	addq	%r15, %rax
	cmpq	-48(%rbp), %r8
	jg	.LBB5_5
.LBB5_17:
	movq	%r8, %r13
	cmpq	$8, -136(%rbp)
	jl	.LBB5_4
	movq	%rdi, %r8
	xorl	%r10d, %r10d
	.p2align	4
.LBB5_19:
	vmovups	(%r8), %ymm2
	leaq	(%r8,%rcx), %r9
	vmovups	(%r8,%rdx,4), %ymm3
	addq	%rcx, %r9
	vmovups	(%r8,%rdx,8), %ymm4
	vmovups	(%r9,%rdx,4), %ymm5
	leaq	(%rcx,%rcx), %r11
	addq	%r9, %r11
	vmovups	(%r9,%rdx,8), %ymm6
	leaq	(%r11,%rdx,4), %r9
	vmovups	(%r11,%rdx,4), %ymm7
	vmovups	(%rcx,%r9), %ymm8
	addq	%rcx, %r9
	vmovups	(%rcx,%r9), %ymm9
	vunpcklps	%ymm3, %ymm2, %ymm10
	vunpckhps	%ymm3, %ymm2, %ymm2
	vunpcklps	%ymm5, %ymm4, %ymm3
	vunpckhps	%ymm5, %ymm4, %ymm4
	vunpcklps	%ymm7, %ymm6, %ymm5
	vunpckhps	%ymm7, %ymm6, %ymm6
	vunpcklps	%ymm9, %ymm8, %ymm7
	vunpckhps	%ymm9, %ymm8, %ymm8
	vunpcklpd	%ymm3, %ymm10, %ymm9
	vunpckhpd	%ymm3, %ymm10, %ymm3
	vunpcklpd	%ymm4, %ymm2, %ymm10
	vunpckhpd	%ymm4, %ymm2, %ymm2
	vunpcklpd	%ymm7, %ymm5, %ymm4
	vunpckhpd	%ymm7, %ymm5, %ymm5
	vunpcklpd	%ymm8, %ymm6, %ymm7
	vunpckhpd	%ymm8, %ymm6, %ymm6
	vinsertf128	$1, %xmm4, %ymm9, %ymm8
	vinsertf128	$1, %xmm5, %ymm3, %ymm11
	vinsertf128	$1, %xmm7, %ymm10, %ymm12
	vinsertf128	$1, %xmm6, %ymm2, %ymm13
	vperm2f128	$49, %ymm4, %ymm9, %ymm4
	vperm2f128	$49, %ymm5, %ymm3, %ymm3
	vperm2f128	$49, %ymm7, %ymm10, %ymm5
	vperm2f128	$49, %ymm6, %ymm2, %ymm2
	leaq	(%rax,%r10,4), %r9
	vmovups	%ymm8, (%rax,%r10,4)
	vmovups	%ymm11, (%rsi,%r9)
	addq	%rsi, %r9
	vmovups	%ymm12, (%rsi,%r9)
	addq	%rsi, %r9
	vmovups	%ymm13, (%rsi,%r9)
	addq	%rsi, %r9
	vmovups	%ymm4, (%rsi,%r9)
	addq	%rsi, %r9
	vmovups	%ymm3, (%rsi,%r9)
	addq	%rsi, %r9
	vmovups	%ymm5, (%rsi,%r9)
	addq	%rsi, %r9
	vmovups	%ymm2, (%rsi,%r9)
	addq	$8, %r10
	addq	%rbx, %r8
	cmpq	%r12, %r10
	jl	.LBB5_19
	jmp	.LBB5_4
.LBB5_44:
	addq	$200, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end5:
	.size	axon_pack_across_rows_avx2_f32, .Lfunc_end5-axon_pack_across_rows_avx2_f32
	.cfi_endproc

	.globl	axon_gemv_rows_avx2_f32
	.p2align	4
	.type	axon_gemv_rows_avx2_f32,@function
axon_gemv_rows_avx2_f32:
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
	movq	16(%rbp), %r13
	leaq	15(%rsi), %r10
	testq	%rsi, %rsi
	cmovnsq	%rsi, %r10
	andq	$-16, %r10
	cmpq	$4, %rdi
	movq	%rcx, -48(%rbp)
	jge	.LBB6_11
	xorl	%eax, %eax
.LBB6_2:
	cmpq	%rdi, %rax
	jge	.LBB6_33
	movl	%esi, %ecx
	andl	$3, %ecx
	movq	%r10, %r11
	subq	%rsi, %r11
	movq	%rax, %r14
	imulq	%r8, %r14
	movq	-48(%rbp), %r15
	leaq	(%r15,%r14,4), %rbx
	addq	$32, %rbx
	shlq	$2, %r8
	leaq	(%r15,%r14,4), %r14
	jmp	.LBB6_4
	.p2align	4
.LBB6_32:
	vmovss	%xmm0, (%r13,%rax,4)
	incq	%rax
	addq	%r8, %rbx
	addq	%r8, %r14
	cmpq	%rdi, %rax
	je	.LBB6_33
.LBB6_4:
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$16, %rsi
	jl	.LBB6_8
	xorl	%r15d, %r15d
	vxorps	%xmm1, %xmm1, %xmm1
	.p2align	4
.LBB6_6:
	vmovups	(%rdx,%r15,4), %ymm2
	vmovups	32(%rdx,%r15,4), %ymm3
	vfmadd231ps	-32(%rbx,%r15,4), %ymm2, %ymm1
	vfmadd231ps	(%rbx,%r15,4), %ymm3, %ymm0
	addq	$16, %r15
	cmpq	%r10, %r15
	jl	.LBB6_6
	vaddps	%ymm0, %ymm1, %ymm0
.LBB6_8:
	vextractf128	$1, %ymm0, %xmm1
	vaddps	%xmm1, %xmm0, %xmm0
	vshufpd	$1, %xmm0, %xmm0, %xmm1
	vaddps	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm0, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	cmpq	%rsi, %r10
	jge	.LBB6_30
	testq	%rcx, %rcx
	je	.LBB6_10
	movq	%rcx, %r12
	movq	%r10, %r15
	.p2align	4
.LBB6_28:
	vmovss	(%rdx,%r15,4), %xmm1
	vfmadd231ss	(%r14,%r15,4), %xmm1, %xmm0
	incq	%r15
	decq	%r12
	jne	.LBB6_28
	cmpq	$-4, %r11
	ja	.LBB6_30
	.p2align	4
.LBB6_34:
	vmovss	(%rdx,%r15,4), %xmm1
	vmovss	4(%rdx,%r15,4), %xmm2
	vfmadd132ss	(%r14,%r15,4), %xmm0, %xmm1
	vfmadd231ss	4(%r14,%r15,4), %xmm2, %xmm1
	vmovss	8(%rdx,%r15,4), %xmm2
	vfmadd132ss	8(%r14,%r15,4), %xmm1, %xmm2
	vmovss	12(%rdx,%r15,4), %xmm0
	vfmadd132ss	12(%r14,%r15,4), %xmm2, %xmm0
	addq	$4, %r15
	cmpq	%r15, %rsi
	jne	.LBB6_34
.LBB6_30:
	testq	%r9, %r9
	je	.LBB6_32
	vaddss	(%r9,%rax,4), %xmm0, %xmm0
	jmp	.LBB6_32
.LBB6_10:
	movq	%r10, %r15
	cmpq	$-4, %r11
	jbe	.LBB6_34
	jmp	.LBB6_30
.LBB6_33:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.LBB6_11:
	.cfi_def_cfa %rbp, 16
	movq	%r10, %rax
	orq	$1, %rax
	movq	%rax, -56(%rbp)
	movq	%r8, %rax
	shlq	$4, %rax
	movq	%rax, -112(%rbp)
	leaq	(,%r8,4), %r15
	leaq	(%r8,%r8,2), %rax
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, -96(%rbp)
	leaq	4(%rcx,%r8,8), %rax
	movq	%rax, -88(%rbp)
	leaq	4(%rcx,%r8,4), %rax
	movq	%rax, -80(%rbp)
	leaq	4(%rdx), %rax
	movq	%rax, -104(%rbp)
	movl	$4, %ebx
	xorl	%r11d, %r11d
	movq	%r8, -72(%rbp)
	movq	%rdi, -64(%rbp)
	movq	%r9, -120(%rbp)
	jmp	.LBB6_12
	.p2align	4
.LBB6_25:
	movq	16(%rbp), %r13
	vmovss	%xmm0, (%r13,%r11,4)
	vmovss	%xmm1, 4(%r13,%r11,4)
	vmovss	%xmm3, 8(%r13,%r11,4)
.LBB6_26:
	movq	-72(%rbp), %r8
	movq	-64(%rbp), %rdi
	vmovss	%xmm2, 12(%r13,%r11,4)
	leaq	4(%rax), %rbx
	movq	-112(%rbp), %r11
	addq	%r11, %rcx
	addq	%r11, -96(%rbp)
	addq	%r11, -88(%rbp)
	addq	%r11, -80(%rbp)
	movq	%rax, %r11
	cmpq	%rdi, %rbx
	jg	.LBB6_2
.LBB6_12:
	movq	%rbx, %rax
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm2, %xmm2, %xmm2
	cmpq	$16, %rsi
	jl	.LBB6_16
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm7, %xmm7, %xmm7
	.p2align	4
.LBB6_14:
	vmovups	(%rdx,%rdi,4), %ymm8
	vmovups	32(%rdx,%rdi,4), %ymm9
	leaq	(%rcx,%rdi,4), %r9
	vfmadd231ps	(%rcx,%rdi,4), %ymm8, %ymm0
	vfmadd231ps	32(%rcx,%rdi,4), %ymm9, %ymm2
	vfmadd231ps	(%r15,%r9), %ymm8, %ymm7
	vfmadd231ps	32(%r15,%r9), %ymm9, %ymm6
	leaq	(%r9,%r15), %rbx
	leaq	(%rbx,%r15), %r9
	vfmadd231ps	(%r15,%rbx), %ymm8, %ymm5
	vfmadd231ps	32(%r15,%rbx), %ymm9, %ymm4
	vfmadd231ps	(%r15,%r9), %ymm8, %ymm3
	vfmadd231ps	32(%r15,%r9), %ymm9, %ymm1
	addq	$16, %rdi
	cmpq	%r10, %rdi
	jl	.LBB6_14
	vaddps	%ymm0, %ymm2, %ymm0
	vaddps	%ymm6, %ymm7, %ymm6
	vaddps	%ymm4, %ymm5, %ymm4
	vaddps	%ymm1, %ymm3, %ymm2
.LBB6_16:
	vextractf128	$1, %ymm0, %xmm1
	vaddps	%xmm1, %xmm0, %xmm0
	vshufpd	$1, %xmm0, %xmm0, %xmm1
	vaddps	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm0, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vextractf128	$1, %ymm6, %xmm1
	vaddps	%xmm1, %xmm6, %xmm1
	vshufpd	$1, %xmm1, %xmm1, %xmm3
	vaddps	%xmm3, %xmm1, %xmm1
	vmovshdup	%xmm1, %xmm3
	vaddss	%xmm3, %xmm1, %xmm1
	vextractf128	$1, %ymm4, %xmm3
	vaddps	%xmm3, %xmm4, %xmm3
	vshufpd	$1, %xmm3, %xmm3, %xmm4
	vaddps	%xmm4, %xmm3, %xmm3
	vmovshdup	%xmm3, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vextractf128	$1, %ymm2, %xmm4
	vaddps	%xmm4, %xmm2, %xmm2
	vshufpd	$1, %xmm2, %xmm2, %xmm4
	vaddps	%xmm4, %xmm2, %xmm2
	vmovshdup	%xmm2, %xmm4
	vaddss	%xmm4, %xmm2, %xmm2
	cmpq	%rsi, %r10
	jge	.LBB6_23
	testb	$1, %sil
	jne	.LBB6_19
	movq	%r10, %rbx
	movq	-56(%rbp), %rdi
	cmpq	%rdi, %rsi
	jne	.LBB6_21
	jmp	.LBB6_23
	.p2align	4
.LBB6_19:
	movq	%r11, %rdi
	imulq	%r8, %rdi
	movq	-48(%rbp), %r9
	leaq	(%r9,%rdi,4), %rdi
	leaq	(%rdi,%r8,4), %rbx
	leaq	(%rbx,%r8,4), %r9
	vmovss	(%rdx,%r10,4), %xmm4
	vfmadd231ss	(%rdi,%r10,4), %xmm4, %xmm0
	vfmadd231ss	(%rbx,%r10,4), %xmm4, %xmm1
	vfmadd231ss	(%r9,%r10,4), %xmm4, %xmm3
	leaq	(%r9,%r8,4), %rdi
	vfmadd231ss	(%rdi,%r10,4), %xmm4, %xmm2
	movq	-56(%rbp), %rdi
	movq	%rdi, %rbx
	cmpq	%rdi, %rsi
	je	.LBB6_23
.LBB6_21:
	movq	%rsi, %rdi
	subq	%rbx, %rdi
	movq	-96(%rbp), %r8
	leaq	(%r8,%rbx,4), %r14
	movq	-88(%rbp), %r8
	leaq	(%r8,%rbx,4), %r8
	movq	-80(%rbp), %r9
	leaq	(%r9,%rbx,4), %r9
	leaq	(%rcx,%rbx,4), %r12
	movq	-104(%rbp), %r13
	leaq	(%r13,%rbx,4), %r13
	xorl	%ebx, %ebx
	.p2align	4
.LBB6_22:
	vmovss	-4(%r13,%rbx,4), %xmm4
	vmovss	(%r13,%rbx,4), %xmm5
	vfmadd231ss	(%r12,%rbx,4), %xmm4, %xmm0
	vfmadd231ss	-4(%r9,%rbx,4), %xmm4, %xmm1
	vfmadd231ss	-4(%r8,%rbx,4), %xmm4, %xmm3
	vfmadd231ss	(%r14,%rbx,4), %xmm4, %xmm2
	vfmadd231ss	4(%r12,%rbx,4), %xmm5, %xmm0
	vfmadd231ss	(%r9,%rbx,4), %xmm5, %xmm1
	vfmadd231ss	(%r8,%rbx,4), %xmm5, %xmm3
	vfmadd231ss	4(%r14,%rbx,4), %xmm5, %xmm2
	addq	$2, %rbx
	cmpq	%rbx, %rdi
	jne	.LBB6_22
.LBB6_23:
	movq	-120(%rbp), %r9
	testq	%r9, %r9
	je	.LBB6_25
	vaddss	(%r9,%r11,4), %xmm0, %xmm0
	movq	16(%rbp), %r13
	vmovss	%xmm0, (%r13,%r11,4)
	vaddss	4(%r9,%r11,4), %xmm1, %xmm0
	vmovss	%xmm0, 4(%r13,%r11,4)
	vaddss	8(%r9,%r11,4), %xmm3, %xmm0
	vmovss	%xmm0, 8(%r13,%r11,4)
	vaddss	12(%r9,%r11,4), %xmm2, %xmm2
	jmp	.LBB6_26
.Lfunc_end6:
	.size	axon_gemv_rows_avx2_f32, .Lfunc_end6-axon_gemv_rows_avx2_f32
	.cfi_endproc

	.globl	axon_gemm_small_avx2_f32
	.p2align	4
	.type	axon_gemm_small_avx2_f32,@function
axon_gemm_small_avx2_f32:
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
	andq	$-32, %rsp
	subq	$4512, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, 48(%rsp)
	movq	%rdx, %r13
	movq	32(%rbp), %rax
	movq	24(%rbp), %rdx
	movq	16(%rbp), %r12
	testl	%esi, %esi
	je	.LBB7_1
	movl	$16, %esi
	movq	%rsi, 16(%rsp)
	testq	%rcx, %rcx
	jle	.LBB7_3
	movabsq	$9223372036854775800, %rsi
	andq	%r8, %rsi
	leaq	832(%rsp), %r10
	shlq	$2, %rax
	leaq	384(%rsp), %r15
	xorl	%r9d, %r9d
	movq	%r15, %r11
	jmp	.LBB7_5
	.p2align	4
.LBB7_13:
	incq	%r9
	addq	$4, %r10
	addq	%rax, %rdx
	addq	$4, %r11
	cmpq	%rcx, %r9
	je	.LBB7_14
.LBB7_5:
	testq	%r8, %r8
	jle	.LBB7_13
	cmpq	$8, %r8
	jae	.LBB7_8
	xorl	%ebx, %ebx
	jmp	.LBB7_11
	.p2align	4
.LBB7_8:
	movq	%r10, %rbx
	xorl	%r14d, %r14d
	.p2align	4
.LBB7_9:
	vmovups	(%rdx,%r14,4), %xmm0
	vmovups	16(%rdx,%r14,4), %xmm1
	vmovss	%xmm0, -448(%rbx)
	vextractps	$1, %xmm0, -384(%rbx)
	vextractps	$2, %xmm0, -320(%rbx)
	vextractps	$3, %xmm0, -256(%rbx)
	vmovss	%xmm1, -192(%rbx)
	vextractps	$1, %xmm1, -128(%rbx)
	vextractps	$2, %xmm1, -64(%rbx)
	vextractps	$3, %xmm1, (%rbx)
	addq	$8, %r14
	addq	$512, %rbx
	cmpq	%r14, %rsi
	jne	.LBB7_9
	movq	%rsi, %rbx
	cmpq	%rsi, %r8
	je	.LBB7_13
.LBB7_11:
	movq	%rbx, %r14
	shlq	$6, %r14
	addq	%r11, %r14
	.p2align	4
.LBB7_12:
	vmovss	(%rdx,%rbx,4), %xmm0
	vmovss	%xmm0, (%r14)
	incq	%rbx
	addq	$64, %r14
	cmpq	%rbx, %r8
	jne	.LBB7_12
	jmp	.LBB7_13
.LBB7_14:
	movq	%r15, 8(%rsp)
	jmp	.LBB7_15
.LBB7_1:
	movq	%rdx, 8(%rsp)
	movq	%rax, 16(%rsp)
	jmp	.LBB7_15
.LBB7_3:
	leaq	384(%rsp), %rax
	movq	%rax, 8(%rsp)
.LBB7_15:
	testl	%edi, %edi
	movl	$1, %edx
	movq	%r12, %rbx
	cmoveq	%rdx, %rbx
	testq	%r13, %r13
	jle	.LBB7_39
	movq	64(%rbp), %r14
	movq	56(%rbp), %rax
	movq	%rax, 56(%rsp)
	cmpq	$9, %rcx
	movl	$8, %esi
	movl	$8, %eax
	cmovgeq	%rcx, %rax
	addq	$-8, %rax
	cmpq	$8, %rax
	cmovaeq	%rsi, %rax
	shll	$2, %eax
	leaq	small_lanes+32(%rip), %r10
	movq	%r10, %r11
	subq	%rax, %r11
	testq	%rcx, %rcx
	movl	$0, %r9d
	cmovgq	%rcx, %r9
	movq	40(%rbp), %rax
	cmpq	$8, %r9
	cmovgeq	%rsi, %r9
	xorl	%esi, %esi
	shll	$2, %r9d
	subq	%r9, %r10
	leaq	-1(%r13), %r9
	movq	%r9, 88(%rsp)
	testl	%edi, %edi
	vmovups	(%r11), %ymm0
	vmovups	(%r10), %ymm1
	cmovneq	%rdx, %r12
	shlq	$2, %r12
	movq	%r12, 96(%rsp)
	shlq	$2, %rbx
	shlq	$2, 16(%rsp)
	movq	8(%rsp), %rdi
	addq	$32, %rdi
	movq	%rdi, 72(%rsp)
	movq	%r14, %rdi
	shlq	$4, %rdi
	movq	%rdi, 80(%rsp)
	shlq	$2, %r14
	movl	$3, %r9d
	movl	$2, %edi
	vxorps	%xmm2, %xmm2, %xmm2
	movq	%r13, %r10
	movq	%r8, 40(%rsp)
	movq	%r13, 24(%rsp)
	jmp	.LBB7_17
	.p2align	4
.LBB7_38:
	movq	64(%rsp), %rsi
	addq	$4, %rsi
	movq	120(%rsp), %r9
	addq	$4, %r9
	movq	112(%rsp), %rdi
	addq	$4, %rdi
	addq	$4, %rdx
	addq	$-4, %r10
	addq	80(%rsp), %r11
	movq	%r11, 56(%rsp)
	cmpq	%r13, %rsi
	jge	.LBB7_39
.LBB7_17:
	cmpq	$4, %r10
	movl	$4, %r15d
	movq	%r10, 104(%rsp)
	cmovlq	%r10, %r15
	movq	%rdi, %r13
	movq	88(%rsp), %rdi
	cmpq	%rdi, %r9
	movq	%rdi, %r10
	movq	%r9, 120(%rsp)
	cmovlq	%r9, %r10
	movq	96(%rsp), %r12
	imulq	%r12, %r10
	cmpq	%rdi, %r13
	movq	%rdi, %r11
	movq	%r13, 112(%rsp)
	cmovlq	%r13, %r11
	imulq	%r12, %r11
	cmpq	%rdi, %rdx
	movq	%rdi, %r9
	cmovlq	%rdx, %r9
	imulq	%r12, %r9
	cmpq	%rdi, %rsi
	movq	%rsi, %r13
	movq	%rdi, %rsi
	movq	%r13, 64(%rsp)
	cmovlq	%r13, %rsi
	imulq	%r12, %rsi
	vmovaps	%ymm2, 352(%rsp)
	vmovaps	%ymm2, 320(%rsp)
	vmovaps	%ymm2, 288(%rsp)
	vmovaps	%ymm2, 256(%rsp)
	vmovaps	%ymm2, 224(%rsp)
	vmovaps	%ymm2, 192(%rsp)
	vmovaps	%ymm2, 160(%rsp)
	vmovaps	%ymm2, 128(%rsp)
	movq	%rcx, %rdi
	cmpq	$8, %rcx
	jle	.LBB7_18
	testq	%r8, %r8
	movq	24(%rsp), %r13
	jle	.LBB7_27
	movq	%rdx, 32(%rsp)
	vxorps	%xmm3, %xmm3, %xmm3
	movq	72(%rsp), %rdx
	movq	%r8, %r12
	movq	48(%rsp), %r13
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	movq	16(%rsp), %r8
	.p2align	4
.LBB7_24:
	vmovups	-32(%rdx), %ymm11
	vmaskmovps	(%rdx), %ymm0, %ymm12
	vbroadcastss	(%r13,%rsi), %ymm13
	vfmadd231ps	%ymm11, %ymm13, %ymm10
	vmovaps	%ymm10, 128(%rsp)
	vfmadd231ps	%ymm13, %ymm12, %ymm9
	vbroadcastss	(%r13,%r9), %ymm13
	vfmadd231ps	%ymm11, %ymm13, %ymm8
	vfmadd231ps	%ymm13, %ymm12, %ymm7
	vbroadcastss	(%r13,%r11), %ymm13
	vfmadd231ps	%ymm11, %ymm13, %ymm6
	vfmadd231ps	%ymm13, %ymm12, %ymm5
	vbroadcastss	(%r13,%r10), %ymm13
	vfmadd231ps	%ymm11, %ymm13, %ymm4
	vfmadd231ps	%ymm12, %ymm13, %ymm3
	addq	%rbx, %r13
	addq	%r8, %rdx
	decq	%r12
	jne	.LBB7_24
	vmovaps	%ymm9, 160(%rsp)
	vmovaps	%ymm8, 192(%rsp)
	vmovaps	%ymm7, 224(%rsp)
	vmovaps	%ymm6, 256(%rsp)
	vmovaps	%ymm5, 288(%rsp)
	vmovaps	%ymm4, 320(%rsp)
	vmovaps	%ymm3, 352(%rsp)
	jmp	.LBB7_26
	.p2align	4
.LBB7_18:
	testq	%r8, %r8
	movq	24(%rsp), %r13
	jle	.LBB7_27
	movq	%rdx, 32(%rsp)
	vxorps	%xmm3, %xmm3, %xmm3
	movq	8(%rsp), %rdx
	movq	%r8, %r12
	movq	48(%rsp), %r13
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	movq	16(%rsp), %r8
	.p2align	4
.LBB7_20:
	vmaskmovps	(%rdx), %ymm1, %ymm7
	vbroadcastss	(%r13,%rsi), %ymm8
	vfmadd231ps	%ymm8, %ymm7, %ymm6
	vbroadcastss	(%r13,%r9), %ymm8
	vbroadcastss	(%r13,%r11), %ymm9
	vfmadd231ps	%ymm8, %ymm7, %ymm5
	vfmadd231ps	%ymm9, %ymm7, %ymm4
	vbroadcastss	(%r13,%r10), %ymm8
	vfmadd231ps	%ymm8, %ymm7, %ymm3
	addq	%rbx, %r13
	addq	%r8, %rdx
	decq	%r12
	jne	.LBB7_20
	vmovaps	%ymm6, 128(%rsp)
	vmovaps	%ymm5, 192(%rsp)
	vmovaps	%ymm4, 256(%rsp)
	vmovaps	%ymm3, 320(%rsp)
.LBB7_26:
	movq	40(%rsp), %r8
	movq	24(%rsp), %r13
	movq	32(%rsp), %rdx
.LBB7_27:
	movq	%r13, %rsi
	subq	64(%rsp), %rsi
	cmpq	$4, %rsi
	movl	$4, %ecx
	cmovgeq	%rcx, %rsi
	testl	%esi, %esi
	movq	56(%rsp), %r11
	movl	48(%rbp), %r12d
	movq	%rdi, %rcx
	movq	104(%rsp), %r10
	jle	.LBB7_38
	andl	$2147483647, %r15d
	shlq	$6, %r15
	movq	%r11, %rsi
	xorl	%edi, %edi
	jmp	.LBB7_29
	.p2align	4
.LBB7_31:
	vmaskmovps	%ymm4, %ymm1, (%rsi)
.LBB7_37:
	addq	$64, %rdi
	addq	%r14, %rsi
	cmpq	%rdi, %r15
	je	.LBB7_38
.LBB7_29:
	vmovaps	128(%rsp,%rdi), %ymm4
	vmovaps	160(%rsp,%rdi), %ymm3
	testq	%rax, %rax
	je	.LBB7_32
	vmaskmovps	(%rax), %ymm1, %ymm5
	vaddps	%ymm5, %ymm4, %ymm4
	movq	%rax, %r9
	cmpq	$8, %rcx
	jle	.LBB7_31
	jmp	.LBB7_34
	.p2align	4
.LBB7_32:
	testl	%r12d, %r12d
	je	.LBB7_35
	vmaskmovps	(%rsi), %ymm1, %ymm5
	vaddps	%ymm5, %ymm4, %ymm4
	movq	%rsi, %r9
	cmpq	$9, %rcx
	jl	.LBB7_31
.LBB7_34:
	vmaskmovps	32(%r9), %ymm0, %ymm5
	vaddps	%ymm5, %ymm3, %ymm3
	vmaskmovps	%ymm4, %ymm1, (%rsi)
.LBB7_36:
	vmaskmovps	%ymm3, %ymm0, 32(%rsi)
	jmp	.LBB7_37
.LBB7_35:
	vmaskmovps	%ymm4, %ymm1, (%rsi)
	cmpq	$9, %rcx
	jl	.LBB7_37
	jmp	.LBB7_36
.LBB7_39:
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end7:
	.size	axon_gemm_small_avx2_f32, .Lfunc_end7-axon_gemm_small_avx2_f32
	.cfi_endproc

	.type	small_lanes,@object
	.section	.rodata,"a",@progbits
	.p2align	4, 0x0
small_lanes:
	.zero	32,255
	.zero	32
	.size	small_lanes, 64

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
