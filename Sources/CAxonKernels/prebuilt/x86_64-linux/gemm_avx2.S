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

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI5_0:
	.quad	4
	.quad	5
	.quad	6
	.quad	7
.LCPI5_1:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI5_2:
	.quad	8
.LCPI5_3:
	.quad	16
.LCPI5_4:
	.quad	24
.LCPI5_5:
	.quad	32
	.text
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
	andq	$-32, %rsp
	subq	$1152, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, 240(%rsp)
	movq	%rdx, 96(%rsp)
	movq	16(%rbp), %r10
	testq	%r10, %r10
	jle	.LBB5_131
	movq	%r9, %r13
	movq	%rsi, %r14
	movq	24(%rbp), %r15
	movslq	%edi, %r11
	movq	%r9, %rax
	imulq	%r11, %rax
	shlq	$2, %rax
	movq	%rax, 280(%rsp)
	leaq	-4(,%r9,4), %rax
	imulq	%r11, %rax
	addq	%r15, %rax
	movq	%rax, 688(%rsp)
	cmpq	$4, %r9
	setae	232(%rsp)
	cmpl	$1, %r11d
	sete	%bl
	movq	240(%rsp), %r8
	leaq	28(,%r8,4), %rdi
	movq	96(%rsp), %rdx
	imulq	%rdx, %rdi
	leaq	(,%rcx,4), %rax
	leaq	(%rdi,%rcx,4), %r12
	leaq	24(,%r8,4), %rdi
	imulq	%rdx, %rdi
	leaq	(%rdi,%rcx,4), %rsi
	movq	%rsi, 168(%rsp)
	leaq	20(,%r8,4), %rdi
	imulq	%rdx, %rdi
	leaq	(%rdi,%rcx,4), %rsi
	movq	%rsi, 192(%rsp)
	leaq	16(,%r8,4), %rdi
	imulq	%rdx, %rdi
	movq	%rdx, %rsi
	leaq	(%rdi,%rcx,4), %rdx
	movq	%r8, %rdi
	imulq	%rsi, %rdi
	leaq	(%rax,%rdi,4), %r9
	movq	%rdx, %rdi
	leaq	12(,%r8,4), %rdx
	imulq	%rsi, %rdx
	leaq	(%rdx,%rcx,4), %rax
	leaq	8(,%r8,4), %rdx
	imulq	%rsi, %rdx
	leaq	(%rdx,%rcx,4), %rdx
	movq	%rdx, 184(%rsp)
	leaq	4(,%r8,4), %rdx
	imulq	%rsi, %rdx
	leaq	(%rdx,%rcx,4), %rsi
	leaq	(%r14,%rcx,4), %rdx
	movq	%rdx, 680(%rsp)
	addq	%r8, %rcx
	movq	184(%rsp), %r8
	movq	%rax, %rdx
	leaq	(%r14,%rcx,4), %rax
	movq	%rax, 672(%rsp)
	leaq	(%r14,%rcx,4), %rax
	addq	$-4, %rax
	movq	%rax, 664(%rsp)
	movq	192(%rsp), %rcx
	addq	%r14, %r12
	addq	%r14, 168(%rsp)
	addq	%r14, %rcx
	addq	%r14, %rdi
	addq	%r14, %rdx
	addq	%r14, %r8
	addq	%r14, %rsi
	movq	%rsi, 176(%rsp)
	addq	%r14, %r9
	movq	%r9, 200(%rsp)
	andb	232(%rsp), %bl
	movabsq	$9223372036854775776, %rax
	movq	%r13, %rsi
	andq	%rax, %rsi
	movq	%rsi, 296(%rsp)
	orq	$28, %rax
	andq	%r13, %rax
	movq	%rax, 736(%rsp)
	movl	%r13d, %esi
	andl	$3, %esi
	leaq	(%r11,%r11,8), %rax
	leaq	(%rax,%rax,2), %rax
	addq	%r11, %rax
	addq	%r15, %rax
	movq	%rax, 64(%rsp)
	movq	%r11, %rax
	shlq	$5, %rax
	movq	%rax, 56(%rsp)
	leaq	(%r11,%r11,4), %rax
	leaq	(%r15,%rax,4), %rax
	movq	%rax, 48(%rsp)
	movq	%r11, %r9
	shlq	$4, %r9
	leaq	(%r11,%r11,2), %rax
	leaq	(%r15,%rax,8), %r14
	movq	%r14, 40(%rsp)
	leaq	(%r15,%rax,4), %rax
	movq	%rax, 24(%rsp)
	movq	96(%rsp), %r14
	movq	%r14, %rax
	imulq	%r11, %rax
	shlq	$2, %rax
	movq	%rax, 696(%rsp)
	movq	%r14, %rax
	shlq	$5, %rax
	movq	%rax, 800(%rsp)
	movq	%rsi, 760(%rsp)
	negq	%rsi
	movq	%rsi, 744(%rsp)
	vpbroadcastq	.LCPI5_2(%rip), %ymm11
	vpxor	%xmm0, %xmm0, %xmm0
	vxorps	%xmm12, %xmm12, %xmm12
	leaq	(,%r11,4), %rax
	movq	%rax, 112(%rsp)
	movq	%r9, 752(%rsp)
	leaq	(%r15,%r9), %rax
	movq	%rax, 16(%rsp)
	leaq	(%r15,%r11,8), %rax
	movq	%rax, 224(%rsp)
	leaq	(%r15,%r11,4), %rax
	movq	%rax, 216(%rsp)
	leaq	96(%r15), %r14
	movq	96(%rsp), %rsi
	leaq	(,%rsi,4), %rax
	movq	%rax, 848(%rsp)
	leaq	(,%rsi,8), %rax
	movq	%rax, 232(%rsp)
	movq	176(%rsp), %rsi
	leaq	4(%r15), %rax
	movq	%rax, 272(%rsp)
	leaq	64(%r15), %rax
	movq	%rax, 248(%rsp)
	movq	$0, 264(%rsp)
	movq	%r15, 104(%rsp)
	movq	$0, 256(%rsp)
	xorl	%r9d, %r9d
	movq	%r11, 32(%rsp)
	vmovdqa	%ymm11, 480(%rsp)
	movq	%r13, 856(%rsp)
	movb	%bl, 15(%rsp)
	jmp	.LBB5_3
	.p2align	4
.LBB5_2:
	movq	704(%rsp), %r10
	addq	%r11, %r10
	movq	280(%rsp), %rax
	addq	%rax, 104(%rsp)
	incq	256(%rsp)
	addq	%rax, 264(%rsp)
	movq	696(%rsp), %r9
	movq	288(%rsp), %r12
	addq	%r9, %r12
	addq	%r9, 168(%rsp)
	movq	192(%rsp), %rcx
	addq	%r9, %rcx
	movq	728(%rsp), %rdi
	addq	%r9, %rdi
	movq	720(%rsp), %rdx
	addq	%r9, %rdx
	movq	184(%rsp), %r8
	addq	%r9, %r8
	movq	176(%rsp), %rsi
	addq	%r9, %rsi
	addq	%r9, 200(%rsp)
	movq	%r10, %r9
	movq	712(%rsp), %r14
	addq	%rax, %r14
	addq	%rax, 272(%rsp)
	addq	%rax, 248(%rsp)
	movq	16(%rbp), %r10
	cmpq	%r10, %r9
	jge	.LBB5_131
.LBB5_3:
	subq	%r9, %r10
	cmpq	%r11, %r10
	cmovgeq	%r11, %r10
	testq	%r10, %r10
	movq	%r12, 288(%rsp)
	movq	%rcx, 192(%rsp)
	movq	%rdi, 728(%rsp)
	movq	%rdx, 720(%rsp)
	movq	%r8, 184(%rsp)
	movq	%rsi, 176(%rsp)
	movq	%r14, 712(%rsp)
	movq	%r9, 704(%rsp)
	jle	.LBB5_109
	movq	280(%rsp), %rbx
	movq	256(%rsp), %rax
	imulq	%rax, %rbx
	movq	112(%rsp), %r12
	imulq	%rax, %r12
	movq	240(%rsp), %rax
	addq	%r9, %rax
	imulq	96(%rsp), %rax
	movq	680(%rsp), %r9
	leaq	(%r9,%rax,4), %rax
	movq	%rax, 824(%rsp)
	leaq	(%r15,%rbx), %rax
	movq	%rax, 776(%rsp)
	addq	688(%rsp), %rbx
	movq	%rbx, 792(%rsp)
	movq	672(%rsp), %rax
	addq	%r12, %rax
	movq	%rax, 768(%rsp)
	addq	664(%rsp), %r12
	movq	%r12, 784(%rsp)
	movl	$1, %eax
	movq	%rax, 392(%rsp)
	movq	272(%rsp), %rax
	movq	%rax, 360(%rsp)
	movq	104(%rsp), %rax
	movq	%rax, 352(%rsp)
	movq	200(%rsp), %rax
	movq	%rax, 344(%rsp)
	movq	%r14, 336(%rsp)
	movq	%rax, 408(%rsp)
	movq	%rsi, 400(%rsp)
	movq	%r8, 384(%rsp)
	movq	%rdx, 376(%rsp)
	movq	%rdi, 368(%rsp)
	movq	%rcx, 320(%rsp)
	movq	168(%rsp), %rax
	movq	%rax, 312(%rsp)
	movq	288(%rsp), %rax
	movq	%rax, 304(%rsp)
	movq	264(%rsp), %rbx
	movq	$0, 328(%rsp)
	movq	%r11, %rcx
	xorl	%r12d, %r12d
	movq	%r10, 808(%rsp)
	jmp	.LBB5_6
	.p2align	4
.LBB5_5:
	movq	120(%rsp), %r12
	addq	$8, %r12
	movq	832(%rsp), %rcx
	addq	$-8, %rcx
	incq	328(%rsp)
	movq	840(%rsp), %rbx
	addq	$32, %rbx
	movq	800(%rsp), %rax
	addq	%rax, 304(%rsp)
	addq	%rax, 312(%rsp)
	addq	%rax, 320(%rsp)
	addq	%rax, 368(%rsp)
	addq	%rax, 376(%rsp)
	addq	%rax, 384(%rsp)
	addq	%rax, 400(%rsp)
	addq	%rax, 408(%rsp)
	addq	$32, 336(%rsp)
	addq	$32, 344(%rsp)
	addq	$32, 352(%rsp)
	addq	$8, 392(%rsp)
	addq	$32, 360(%rsp)
	movq	808(%rsp), %r10
	cmpq	%r10, %r12
	movq	24(%rbp), %r15
	movq	32(%rsp), %r11
	vpxor	%xmm0, %xmm0, %xmm0
	jge	.LBB5_110
.LBB5_6:
	cmpq	$8, %rcx
	movl	$8, %eax
	movq	%rcx, 832(%rsp)
	cmovlq	%rcx, %rax
	movq	%rax, 208(%rsp)
	movq	%r10, %r14
	subq	%r12, %r14
	cmpq	$8, %r14
	movl	$8, %eax
	cmovgeq	%rax, %r14
	movq	%r11, %rdi
	subq	%r12, %rdi
	cmpq	$8, %rdi
	cmovgeq	%rax, %rdi
	cmpq	$8, %r13
	movq	64(%rsp), %rcx
	movq	56(%rsp), %rdx
	movq	48(%rsp), %rsi
	movq	40(%rsp), %r8
	movq	24(%rsp), %r9
	movq	16(%rsp), %r10
	movq	%rdi, 72(%rsp)
	movq	%r12, 120(%rsp)
	movq	%rbx, 840(%rsp)
	movq	%r14, 816(%rsp)
	jge	.LBB5_34
	xorl	%eax, %eax
.LBB5_8:
	cmpq	%r13, %rax
	jge	.LBB5_5
	movq	208(%rsp), %r14
	movl	%r14d, %ecx
	andl	$-8, %ecx
	movl	%r14d, %r15d
	movl	%r14d, %edx
	andl	$-32, %edx
	movq	%rdx, 576(%rsp)
	movq	328(%rsp), %rsi
	shlq	$5, %rsi
	movq	776(%rsp), %rdx
	addq	%rsi, %rdx
	movq	792(%rsp), %rdi
	addq	%rsi, %rdi
	movq	768(%rsp), %r8
	leaq	(%r8,%rsi), %r11
	addq	784(%rsp), %rsi
	leaq	(%r15,%r13), %r8
	leaq	(%rdi,%r15,4), %rdi
	leaq	(%rsi,%r8,4), %rsi
	cmpq	$1, 96(%rsp)
	sete	%bl
	movq	104(%rsp), %r8
	movq	120(%rsp), %r9
	leaq	(%r8,%r9,4), %r8
	movq	%r8, 544(%rsp)
	movslq	816(%rsp), %r8
	movl	%r14d, %r9d
	movq	112(%rsp), %r10
	imulq	%rax, %r10
	addq	%r10, %rdx
	leaq	(%r11,%rax,4), %r11
	movq	%r15, 608(%rsp)
	cmpl	$8, %r15d
	setae	%r15b
	andb	%bl, %r15b
	cmpq	%rsi, %rdx
	setb	%dl
	cmpq	%rdi, %r11
	setb	%sil
	andb	%dl, %sil
	movl	%r14d, %edx
	andl	$-32, %edx
	movq	%rdx, 416(%rsp)
	vmovq	%r8, %xmm0
	vpbroadcastq	%xmm0, %ymm0
	andl	$-8, %r14d
	movq	%r14, 512(%rsp)
	movq	336(%rsp), %rdx
	leaq	(%rdx,%r10), %r12
	movq	344(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rdi
	movq	352(%rsp), %rdx
	leaq	(%rdx,%r10), %rbx
	addq	360(%rsp), %r10
	notb	%r15b
	orb	%sil, %r15b
	movb	%r15b, 448(%rsp)
	movq	200(%rsp), %rdx
	leaq	(%rdx,%rax,4), %r15
	jmp	.LBB5_11
	.p2align	4
.LBB5_10:
	incq	%rax
	movq	112(%rsp), %rdx
	addq	%rdx, %r12
	addq	$4, %rdi
	addq	%rdx, %rbx
	addq	$4, %r15
	addq	%rdx, %r10
	movq	856(%rsp), %r13
	cmpq	%r13, %rax
	je	.LBB5_5
.LBB5_11:
	cmpl	$0, 72(%rsp)
	jle	.LBB5_10
	testb	$1, 448(%rsp)
	je	.LBB5_14
	xorl	%esi, %esi
	jmp	.LBB5_23
	.p2align	4
.LBB5_14:
	cmpl	$32, 608(%rsp)
	jae	.LBB5_16
	xorl	%edx, %edx
	jmp	.LBB5_20
.LBB5_16:
	xorl	%r11d, %r11d
	vmovdqa	.LCPI5_1(%rip), %ymm1
	vmovdqa	.LCPI5_0(%rip), %ymm2
	movq	576(%rsp), %rdx
	.p2align	4
.LBB5_17:
	vpaddq	%ymm2, %ymm11, %ymm3
	vpaddq	%ymm1, %ymm11, %ymm4
	vpbroadcastq	.LCPI5_3(%rip), %ymm5
	vpaddq	%ymm5, %ymm2, %ymm6
	vpaddq	%ymm5, %ymm1, %ymm5
	vpbroadcastq	.LCPI5_4(%rip), %ymm7
	vpaddq	%ymm7, %ymm2, %ymm8
	vpaddq	%ymm7, %ymm1, %ymm7
	vpcmpgtq	%ymm1, %ymm0, %ymm9
	vpcmpgtq	%ymm2, %ymm0, %ymm10
	vpackssdw	%ymm10, %ymm9, %ymm9
	vextracti128	$1, %ymm9, %xmm10
	vpackssdw	%xmm10, %xmm9, %xmm9
	vpshufd	$216, %xmm9, %xmm9
	vpmovzxwd	%xmm9, %ymm9
	vpslld	$31, %ymm9, %ymm9
	vpcmpgtq	%ymm4, %ymm0, %ymm4
	vpcmpgtq	%ymm3, %ymm0, %ymm3
	vpackssdw	%ymm3, %ymm4, %ymm3
	vextracti128	$1, %ymm3, %xmm4
	vpackssdw	%xmm4, %xmm3, %xmm3
	vpshufd	$216, %xmm3, %xmm3
	vpmovzxwd	%xmm3, %ymm3
	vpslld	$31, %ymm3, %ymm3
	vpcmpgtq	%ymm5, %ymm0, %ymm4
	vpcmpgtq	%ymm6, %ymm0, %ymm5
	vpackssdw	%ymm5, %ymm4, %ymm4
	vextracti128	$1, %ymm4, %xmm5
	vpackssdw	%xmm5, %xmm4, %xmm4
	vpshufd	$216, %xmm4, %xmm4
	vpmovzxwd	%xmm4, %ymm4
	vpslld	$31, %ymm4, %ymm4
	vpcmpgtq	%ymm7, %ymm0, %ymm5
	vpcmpgtq	%ymm8, %ymm0, %ymm6
	vpackssdw	%ymm6, %ymm5, %ymm5
	vextracti128	$1, %ymm5, %xmm6
	vpackssdw	%xmm6, %xmm5, %xmm5
	vmaskmovps	(%rdi,%r11,4), %ymm9, %ymm6
	vpshufd	$216, %xmm5, %xmm5
	vmaskmovps	32(%rdi,%r11,4), %ymm3, %ymm3
	vpmovzxwd	%xmm5, %ymm5
	vmaskmovps	64(%rdi,%r11,4), %ymm4, %ymm4
	vpslld	$31, %ymm5, %ymm5
	vmaskmovps	96(%rdi,%r11,4), %ymm5, %ymm5
	vmovups	%ymm6, -96(%r12,%r11,4)
	vmovups	%ymm3, -64(%r12,%r11,4)
	vmovups	%ymm4, -32(%r12,%r11,4)
	vmovups	%ymm5, (%r12,%r11,4)
	vpbroadcastq	.LCPI5_5(%rip), %ymm3
	addq	$32, %r11
	vpaddq	%ymm3, %ymm1, %ymm1
	vpaddq	%ymm3, %ymm2, %ymm2
	cmpq	%r11, %rdx
	jne	.LBB5_17
	movq	416(%rsp), %rdx
	cmpl	%edx, 608(%rsp)
	je	.LBB5_10
	movq	416(%rsp), %rdx
	movq	%rdx, %rsi
	testb	$24, 208(%rsp)
	je	.LBB5_23
.LBB5_20:
	vmovq	%rdx, %xmm1
	vpbroadcastq	%xmm1, %ymm2
	vpor	.LCPI5_0(%rip), %ymm2, %ymm1
	vpor	.LCPI5_1(%rip), %ymm2, %ymm2
	.p2align	4
.LBB5_21:
	vpcmpgtq	%ymm2, %ymm0, %ymm3
	vpcmpgtq	%ymm1, %ymm0, %ymm4
	vpackssdw	%ymm4, %ymm3, %ymm3
	vextracti128	$1, %ymm3, %xmm4
	vpackssdw	%xmm4, %xmm3, %xmm3
	vpshufd	$216, %xmm3, %xmm3
	vpmovzxwd	%xmm3, %ymm3
	vpslld	$31, %ymm3, %ymm3
	vmaskmovps	(%rdi,%rdx,4), %ymm3, %ymm3
	vmovups	%ymm3, (%rbx,%rdx,4)
	addq	$8, %rdx
	vpaddq	%ymm2, %ymm11, %ymm2
	vpaddq	%ymm1, %ymm11, %ymm1
	cmpq	%rdx, %rcx
	jne	.LBB5_21
	movq	512(%rsp), %rdx
	movq	%rdx, %rsi
	cmpl	%edx, 608(%rsp)
	je	.LBB5_10
.LBB5_23:
	movq	%rsi, %rdx
	orq	$1, %rdx
	testb	$1, 208(%rsp)
	je	.LBB5_27
	vpxor	%xmm1, %xmm1, %xmm1
	cmpq	%r8, %rsi
	jge	.LBB5_26
	movq	824(%rsp), %r11
	leaq	(%r11,%rax,4), %r11
	movq	120(%rsp), %r14
	addq	%rsi, %r14
	imulq	96(%rsp), %r14
	vmovd	(%r11,%r14,4), %xmm1
.LBB5_26:
	movq	%rax, %r11
	imulq	32(%rsp), %r11
	movq	544(%rsp), %r14
	leaq	(%r14,%r11,4), %r11
	vmovd	%xmm1, (%r11,%rsi,4)
	movq	%rdx, %rsi
.LBB5_27:
	cmpl	%edx, 608(%rsp)
	je	.LBB5_10
	movq	120(%rsp), %rdx
	addq	%rsi, %rdx
	movq	848(%rsp), %r11
	imulq	%r11, %rdx
	movq	392(%rsp), %r14
	leaq	(%r14,%rsi), %r13
	imulq	%r11, %r13
	movq	%r15, %r14
	jmp	.LBB5_30
	.p2align	4
.LBB5_29:
	vmovd	%xmm1, (%r10,%rsi,4)
	addq	232(%rsp), %r14
	incq	%r11
	movq	%r11, %rsi
	cmpq	%r9, %r11
	je	.LBB5_10
.LBB5_30:
	vpxor	%xmm1, %xmm1, %xmm1
	vpxor	%xmm2, %xmm2, %xmm2
	cmpq	%r8, %rsi
	jge	.LBB5_32
	vmovd	(%r14,%rdx), %xmm2
.LBB5_32:
	vmovd	%xmm2, -4(%r10,%rsi,4)
	leaq	1(%rsi), %r11
	cmpq	%r8, %r11
	jge	.LBB5_29
	vmovd	(%r14,%r13), %xmm1
	jmp	.LBB5_29
	.p2align	4
.LBB5_34:
	movq	104(%rsp), %rax
	leaq	(%rax,%r12,4), %rax
	movq	%rax, 88(%rsp)
	movl	%edi, %eax
	andl	$2147483647, %eax
	shlq	$2, %rax
	movq	%rax, 80(%rsp)
	movslq	%r14d, %r12
	xorl	%r14d, %r14d
	jmp	.LBB5_44
	.p2align	4
.LBB5_90:
	vmovdqu	%xmm0, (%r15,%rbx)
	vmovq	%xmm10, 16(%r15,%rbx)
	movq	216(%rsp), %rax
	addq	%rbx, %rax
.LBB5_91:
	vmovdqu	%xmm15, (%rax)
	vmovq	%xmm8, 16(%rax)
	movq	224(%rsp), %rax
	addq	%rbx, %rax
.LBB5_92:
	vmovdqu	%xmm14, (%rax)
	vmovq	%xmm6, 16(%rax)
	leaq	(%r9,%rbx), %rax
.LBB5_93:
	vmovdqu	%xmm13, (%rax)
	vmovq	%xmm5, 16(%rax)
	leaq	(%r10,%rbx), %rax
.LBB5_94:
	vmovdqu	%xmm9, (%rax)
	vextracti128	$1, %ymm10, %xmm0
	vmovq	%xmm0, 16(%rax)
	leaq	(%rsi,%rbx), %rax
.LBB5_95:
	vmovdqu	%xmm7, (%rax)
	vextracti128	$1, %ymm8, %xmm0
	vmovq	%xmm0, 16(%rax)
	leaq	(%r8,%rbx), %rax
.LBB5_96:
	vmovdqu	%xmm4, (%rax)
	vextracti128	$1, %ymm6, %xmm0
	vmovq	%xmm0, 16(%rax)
	leaq	(%rcx,%rbx), %rax
.LBB5_97:
	vmovdqu	%xmm3, (%rax)
	vextracti128	$1, %ymm5, %xmm0
	vmovq	%xmm0, 16(%rax)
.LBB5_43:
	leaq	8(%r14), %rax
	addq	$16, %r14
	addq	%rdx, %rbx
	cmpq	%r13, %r14
	movq	%rax, %r14
	jg	.LBB5_8
.LBB5_44:
	vpxor	%xmm0, %xmm0, %xmm0
	testq	%r12, %r12
	jle	.LBB5_53
	movq	408(%rsp), %rax
	vmovdqu	(%rax,%r14,4), %ymm1
	cmpq	$2, %r12
	jb	.LBB5_54
	movq	400(%rsp), %rax
	vmovdqu	(%rax,%r14,4), %ymm2
	jbe	.LBB5_98
	movq	384(%rsp), %rax
	vmovdqu	(%rax,%r14,4), %ymm3
	cmpq	$4, %r12
	jb	.LBB5_99
	movq	376(%rsp), %rax
	vmovdqu	(%rax,%r14,4), %ymm6
	jbe	.LBB5_100
	movq	368(%rsp), %rax
	vmovdqu	(%rax,%r14,4), %ymm4
	cmpq	$6, %r12
	jb	.LBB5_102
	movq	320(%rsp), %rax
	vmovdqu	(%rax,%r14,4), %ymm7
	jbe	.LBB5_104
	movq	312(%rsp), %rax
	vmovdqu	(%rax,%r14,4), %ymm5
	cmpq	$8, %r12
	jb	.LBB5_58
	movq	304(%rsp), %rax
	vmovdqu	(%rax,%r14,4), %ymm0
	jmp	.LBB5_58
	.p2align	4
.LBB5_53:
	vpxor	%xmm5, %xmm5, %xmm5
	vpxor	%xmm4, %xmm4, %xmm4
	vpxor	%xmm3, %xmm3, %xmm3
	vpxor	%xmm1, %xmm1, %xmm1
	jmp	.LBB5_55
	.p2align	4
.LBB5_54:
	vpxor	%xmm5, %xmm5, %xmm5
	vpxor	%xmm4, %xmm4, %xmm4
	vpxor	%xmm3, %xmm3, %xmm3
.LBB5_55:
	vpxor	%xmm2, %xmm2, %xmm2
.LBB5_56:
	vpxor	%xmm6, %xmm6, %xmm6
.LBB5_57:
	vpxor	%xmm7, %xmm7, %xmm7
.LBB5_58:
	vpunpckldq	%ymm2, %ymm1, %ymm8
	vpunpckhdq	%ymm2, %ymm1, %ymm1
	vpunpckldq	%ymm6, %ymm3, %ymm2
	vpunpckhdq	%ymm6, %ymm3, %ymm3
	vpunpckldq	%ymm7, %ymm4, %ymm10
	vpunpckhdq	%ymm7, %ymm4, %ymm6
	vpunpckldq	%ymm0, %ymm5, %ymm4
	vpunpckhdq	%ymm0, %ymm5, %ymm5
	vpunpcklqdq	%ymm2, %ymm8, %ymm0
	vpunpckhqdq	%ymm2, %ymm8, %ymm15
	vpunpcklqdq	%ymm3, %ymm1, %ymm14
	vpunpckhqdq	%ymm3, %ymm1, %ymm13
	vpunpcklqdq	%ymm4, %ymm10, %ymm2
	vpunpckhqdq	%ymm4, %ymm10, %ymm8
	vpunpcklqdq	%ymm5, %ymm6, %ymm1
	vpunpckhqdq	%ymm5, %ymm6, %ymm5
	vperm2i128	$49, %ymm2, %ymm0, %ymm9
	vperm2i128	$49, %ymm8, %ymm15, %ymm7
	vperm2i128	$49, %ymm1, %ymm14, %ymm4
	vperm2i128	$49, %ymm5, %ymm13, %ymm3
	cmpl	$6, %edi
	je	.LBB5_90
	vinserti128	$1, %xmm2, %ymm0, %ymm0
	vinserti128	$1, %xmm8, %ymm15, %ymm2
	vmovdqa	%ymm2, 608(%rsp)
	vinserti128	$1, %xmm1, %ymm14, %ymm2
	vinserti128	$1, %xmm5, %ymm13, %ymm1
	leaq	(%r15,%rbx), %rax
	cmpl	$8, %edi
	jne	.LBB5_60
	vmovdqu	%ymm0, (%rax)
	movq	216(%rsp), %rax
	addq	%rbx, %rax
	jmp	.LBB5_36
	.p2align	4
.LBB5_60:
	vmovdqa	%ymm0, 128(%rsp)
	testl	%edi, %edi
	vmovdqa	%ymm3, 448(%rsp)
	vmovdqa	%ymm4, 544(%rsp)
	vmovdqa	%ymm5, 416(%rsp)
	vmovdqa	%ymm6, 512(%rsp)
	vmovdqa	%ymm7, 576(%rsp)
	vmovdqa	%ymm8, 864(%rsp)
	vmovdqa	%ymm9, 928(%rsp)
	vmovdqa	%ymm10, 896(%rsp)
	vmovdqa	%ymm13, 1056(%rsp)
	vmovdqa	%ymm1, 1024(%rsp)
	jle	.LBB5_62
	movq	%rax, %rdi
	leaq	128(%rsp), %rsi
	movq	80(%rsp), %rdx
	vmovdqa	%ymm14, 992(%rsp)
	vmovdqa	%ymm2, 960(%rsp)
	vmovdqa	%ymm15, 1088(%rsp)
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	1088(%rsp), %ymm15
	vmovdqa	960(%rsp), %ymm2
	vmovdqa	992(%rsp), %ymm14
	vmovdqa	1024(%rsp), %ymm1
	vmovdqa	1056(%rsp), %ymm13
	vmovdqa	896(%rsp), %ymm10
	vmovdqa	928(%rsp), %ymm9
	vmovdqa	864(%rsp), %ymm8
	vmovdqa	576(%rsp), %ymm7
	vmovdqa	512(%rsp), %ymm6
	vmovdqa	416(%rsp), %ymm5
	vmovdqa	544(%rsp), %ymm4
	vmovdqa	448(%rsp), %ymm3
	movq	16(%rsp), %r10
	vxorps	%xmm12, %xmm12, %xmm12
	vmovdqa	480(%rsp), %ymm11
	movq	24(%rsp), %r9
	movq	40(%rsp), %r8
	movq	48(%rsp), %rsi
	movq	56(%rsp), %rdx
	movq	64(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB5_62:
	movq	%r14, %rax
	orq	$1, %rax
	imulq	%r11, %rax
	movq	88(%rsp), %rdi
	leaq	(%rdi,%rax,4), %rax
	movq	72(%rsp), %rdi
	cmpl	$8, %edi
	je	.LBB5_36
	cmpl	$6, %edi
	je	.LBB5_91
	vmovdqa	608(%rsp), %ymm0
	vmovdqa	%ymm0, 128(%rsp)
	testl	%edi, %edi
	jle	.LBB5_66
	movq	216(%rsp), %rax
	leaq	(%rax,%rbx), %rdi
	leaq	128(%rsp), %rsi
	movq	80(%rsp), %rdx
	vmovdqa	%ymm14, 992(%rsp)
	vmovdqa	%ymm2, 960(%rsp)
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	960(%rsp), %ymm2
	vmovdqa	992(%rsp), %ymm14
	vmovdqa	1024(%rsp), %ymm1
	vmovdqa	1056(%rsp), %ymm13
	vmovdqa	896(%rsp), %ymm10
	vmovdqa	928(%rsp), %ymm9
	vmovdqa	864(%rsp), %ymm8
	vmovdqa	576(%rsp), %ymm7
	vmovdqa	512(%rsp), %ymm6
	vmovdqa	416(%rsp), %ymm5
	vmovdqa	544(%rsp), %ymm4
	vmovdqa	448(%rsp), %ymm3
	movq	72(%rsp), %rdi
	movq	16(%rsp), %r10
	vxorps	%xmm12, %xmm12, %xmm12
	vmovdqa	480(%rsp), %ymm11
	movq	24(%rsp), %r9
	movq	40(%rsp), %r8
	movq	48(%rsp), %rsi
	movq	56(%rsp), %rdx
	movq	64(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB5_66:
	movq	%r14, %rax
	orq	$2, %rax
	movq	%r11, %r15
	imulq	%r11, %rax
	movq	88(%rsp), %r11
	leaq	(%r11,%rax,4), %rax
	cmpl	$8, %edi
	je	.LBB5_101
	cmpl	$6, %edi
	movq	%r15, %r11
	movq	24(%rbp), %r15
	je	.LBB5_92
	vmovdqa	%ymm2, 128(%rsp)
	testl	%edi, %edi
	jle	.LBB5_70
	movq	224(%rsp), %rax
	leaq	(%rax,%rbx), %rdi
	leaq	128(%rsp), %rsi
	movq	80(%rsp), %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	1024(%rsp), %ymm1
	vmovdqa	1056(%rsp), %ymm13
	vmovdqa	896(%rsp), %ymm10
	vmovdqa	928(%rsp), %ymm9
	vmovdqa	864(%rsp), %ymm8
	vmovdqa	576(%rsp), %ymm7
	vmovdqa	512(%rsp), %ymm6
	vmovdqa	416(%rsp), %ymm5
	vmovdqa	544(%rsp), %ymm4
	vmovdqa	448(%rsp), %ymm3
	movq	72(%rsp), %rdi
	movq	16(%rsp), %r10
	vxorps	%xmm12, %xmm12, %xmm12
	vmovdqa	480(%rsp), %ymm11
	movq	24(%rsp), %r9
	movq	40(%rsp), %r8
	movq	48(%rsp), %rsi
	movq	56(%rsp), %rdx
	movq	64(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB5_70:
	movq	%r14, %rax
	orq	$3, %rax
	movq	%r11, %r15
	imulq	%r11, %rax
	movq	88(%rsp), %r11
	leaq	(%r11,%rax,4), %rax
	cmpl	$8, %edi
	je	.LBB5_103
	cmpl	$6, %edi
	movq	%r15, %r11
	movq	24(%rbp), %r15
	je	.LBB5_93
	vmovdqa	%ymm1, 128(%rsp)
	testl	%edi, %edi
	jle	.LBB5_74
	leaq	(%r9,%rbx), %rdi
	leaq	128(%rsp), %rsi
	movq	80(%rsp), %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	896(%rsp), %ymm10
	vmovdqa	928(%rsp), %ymm9
	vmovdqa	864(%rsp), %ymm8
	vmovdqa	576(%rsp), %ymm7
	vmovdqa	512(%rsp), %ymm6
	vmovdqa	416(%rsp), %ymm5
	vmovdqa	544(%rsp), %ymm4
	vmovdqa	448(%rsp), %ymm3
	movq	72(%rsp), %rdi
	movq	16(%rsp), %r10
	vxorps	%xmm12, %xmm12, %xmm12
	vmovdqa	480(%rsp), %ymm11
	movq	24(%rsp), %r9
	movq	40(%rsp), %r8
	movq	48(%rsp), %rsi
	movq	56(%rsp), %rdx
	movq	64(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB5_74:
	movq	%r14, %rax
	orq	$4, %rax
	movq	%r11, %r15
	imulq	%r11, %rax
	movq	88(%rsp), %r11
	leaq	(%r11,%rax,4), %rax
	cmpl	$8, %edi
	je	.LBB5_105
	cmpl	$6, %edi
	movq	%r15, %r11
	movq	24(%rbp), %r15
	je	.LBB5_94
	vmovdqa	%ymm9, 128(%rsp)
	testl	%edi, %edi
	jle	.LBB5_78
	leaq	(%r10,%rbx), %rdi
	leaq	128(%rsp), %rsi
	movq	80(%rsp), %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	864(%rsp), %ymm8
	vmovdqa	576(%rsp), %ymm7
	vmovdqa	512(%rsp), %ymm6
	vmovdqa	416(%rsp), %ymm5
	vmovdqa	544(%rsp), %ymm4
	vmovdqa	448(%rsp), %ymm3
	movq	72(%rsp), %rdi
	movq	16(%rsp), %r10
	vxorps	%xmm12, %xmm12, %xmm12
	vmovdqa	480(%rsp), %ymm11
	movq	24(%rsp), %r9
	movq	40(%rsp), %r8
	movq	48(%rsp), %rsi
	movq	56(%rsp), %rdx
	movq	64(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB5_78:
	movq	%r14, %rax
	orq	$5, %rax
	movq	%r11, %r15
	imulq	%r11, %rax
	movq	88(%rsp), %r11
	leaq	(%r11,%rax,4), %rax
	cmpl	$8, %edi
	je	.LBB5_106
	cmpl	$6, %edi
	movq	%r15, %r11
	movq	24(%rbp), %r15
	je	.LBB5_95
	vmovdqa	%ymm7, 128(%rsp)
	testl	%edi, %edi
	jle	.LBB5_82
	leaq	(%rsi,%rbx), %rdi
	leaq	128(%rsp), %rsi
	movq	80(%rsp), %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	512(%rsp), %ymm6
	vmovdqa	416(%rsp), %ymm5
	vmovdqa	544(%rsp), %ymm4
	vmovdqa	448(%rsp), %ymm3
	movq	72(%rsp), %rdi
	movq	16(%rsp), %r10
	vxorps	%xmm12, %xmm12, %xmm12
	vmovdqa	480(%rsp), %ymm11
	movq	40(%rsp), %r8
	movq	48(%rsp), %rsi
	movq	56(%rsp), %rdx
	movq	64(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB5_82:
	movq	%r14, %rax
	orq	$6, %rax
	imulq	%r11, %rax
	movq	88(%rsp), %r9
	leaq	(%r9,%rax,4), %rax
	cmpl	$8, %edi
	je	.LBB5_107
	cmpl	$6, %edi
	movq	24(%rsp), %r9
	je	.LBB5_96
	vmovdqa	%ymm4, 128(%rsp)
	testl	%edi, %edi
	jle	.LBB5_86
	leaq	(%r8,%rbx), %rdi
	leaq	128(%rsp), %rsi
	movq	80(%rsp), %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	416(%rsp), %ymm5
	vmovdqa	448(%rsp), %ymm3
	movq	72(%rsp), %rdi
	vxorps	%xmm12, %xmm12, %xmm12
	vmovdqa	480(%rsp), %ymm11
	movq	24(%rsp), %r9
	movq	40(%rsp), %r8
	movq	48(%rsp), %rsi
	movq	56(%rsp), %rdx
	movq	64(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB5_86:
	movq	%r14, %rax
	orq	$7, %rax
	imulq	%r11, %rax
	movq	88(%rsp), %r10
	leaq	(%r10,%rax,4), %rax
	cmpl	$8, %edi
	je	.LBB5_108
	cmpl	$6, %edi
	movq	16(%rsp), %r10
	je	.LBB5_97
	vmovdqa	%ymm3, 128(%rsp)
	testl	%edi, %edi
	jle	.LBB5_43
	leaq	(%rcx,%rbx), %rdi
	leaq	128(%rsp), %rsi
	movq	80(%rsp), %rdx
	vzeroupper
	callq	memcpy@PLT
	movq	72(%rsp), %rdi
	movq	16(%rsp), %r10
	vxorps	%xmm12, %xmm12, %xmm12
	vmovdqa	480(%rsp), %ymm11
	movq	24(%rsp), %r9
	movq	40(%rsp), %r8
	movq	48(%rsp), %rsi
	movq	56(%rsp), %rdx
	movq	64(%rsp), %rcx
	movq	32(%rsp), %r11
	jmp	.LBB5_43
	.p2align	4
.LBB5_36:
	vmovdqa	608(%rsp), %ymm0
	vmovdqu	%ymm0, (%rax)
	movq	224(%rsp), %rax
	addq	%rbx, %rax
.LBB5_37:
	vmovdqu	%ymm2, (%rax)
	leaq	(%r9,%rbx), %rax
.LBB5_38:
	vmovdqu	%ymm1, (%rax)
	leaq	(%r10,%rbx), %rax
.LBB5_39:
	vmovdqu	%ymm9, (%rax)
	leaq	(%rsi,%rbx), %rax
.LBB5_40:
	vmovdqu	%ymm7, (%rax)
	leaq	(%r8,%rbx), %rax
.LBB5_41:
	vmovdqu	%ymm4, (%rax)
	leaq	(%rcx,%rbx), %rax
.LBB5_42:
	vmovdqu	%ymm3, (%rax)
	jmp	.LBB5_43
.LBB5_98:
	vpxor	%xmm5, %xmm5, %xmm5
	vpxor	%xmm4, %xmm4, %xmm4
	vpxor	%xmm3, %xmm3, %xmm3
	jmp	.LBB5_56
.LBB5_99:
	vpxor	%xmm5, %xmm5, %xmm5
	vpxor	%xmm4, %xmm4, %xmm4
	jmp	.LBB5_56
.LBB5_100:
	vpxor	%xmm5, %xmm5, %xmm5
	vpxor	%xmm4, %xmm4, %xmm4
	jmp	.LBB5_57
.LBB5_101:
	movq	%r15, %r11
	movq	24(%rbp), %r15
	jmp	.LBB5_37
.LBB5_102:
	vpxor	%xmm5, %xmm5, %xmm5
	jmp	.LBB5_57
.LBB5_103:
	movq	%r15, %r11
	movq	24(%rbp), %r15
	jmp	.LBB5_38
.LBB5_104:
	vpxor	%xmm5, %xmm5, %xmm5
	jmp	.LBB5_58
.LBB5_105:
	movq	%r15, %r11
	movq	24(%rbp), %r15
	jmp	.LBB5_39
.LBB5_106:
	movq	%r15, %r11
	movq	24(%rbp), %r15
	jmp	.LBB5_40
.LBB5_107:
	movq	24(%rsp), %r9
	jmp	.LBB5_41
.LBB5_108:
	movq	16(%rsp), %r10
	jmp	.LBB5_42
	.p2align	4
.LBB5_109:
	xorl	%r12d, %r12d
.LBB5_110:
	cmpq	%r11, %r12
	movzbl	15(%rsp), %ebx
	jge	.LBB5_2
	movq	248(%rsp), %rax
	leaq	(%rax,%r12,4), %rax
	movq	104(%rsp), %rcx
	leaq	(%rcx,%r12,4), %rcx
	jmp	.LBB5_113
	.p2align	4
.LBB5_112:
	incq	%r12
	addq	$4, %rax
	addq	$4, %rcx
	cmpq	%r11, %r12
	je	.LBB5_2
.LBB5_113:
	testq	%r13, %r13
	jle	.LBB5_112
	testb	%bl, %bl
	je	.LBB5_123
	xorl	%edx, %edx
	cmpq	$32, %r13
	jb	.LBB5_120
	movq	296(%rsp), %rsi
	.p2align	4
.LBB5_117:
	vmovups	%ymm12, -64(%rax,%rdx,4)
	vmovups	%ymm12, -32(%rax,%rdx,4)
	vmovups	%ymm12, (%rax,%rdx,4)
	vmovups	%ymm12, 32(%rax,%rdx,4)
	addq	$32, %rdx
	cmpq	%rdx, %rsi
	jne	.LBB5_117
	cmpq	%rsi, %r13
	je	.LBB5_112
	movq	296(%rsp), %rdx
	movq	%rdx, %rsi
	testb	$28, %r13b
	je	.LBB5_124
.LBB5_120:
	movq	736(%rsp), %rdi
	.p2align	4
.LBB5_121:
	vmovdqu	%xmm0, (%rcx,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %rdi
	jne	.LBB5_121
	movq	%rdi, %rsi
	cmpq	%rdi, %r13
	je	.LBB5_112
	jmp	.LBB5_124
	.p2align	4
.LBB5_123:
	xorl	%esi, %esi
.LBB5_124:
	movq	%rsi, %rdx
	cmpq	$0, 760(%rsp)
	je	.LBB5_128
	movq	112(%rsp), %r9
	movq	%r9, %rdx
	imulq	%rsi, %rdx
	addq	%rcx, %rdx
	xorl	%edi, %edi
	movq	744(%rsp), %r8
	.p2align	4
.LBB5_126:
	movl	$0, (%rdx)
	decq	%rdi
	addq	%r9, %rdx
	cmpq	%rdi, %r8
	jne	.LBB5_126
	movq	%rsi, %rdx
	subq	%rdi, %rdx
.LBB5_128:
	subq	%r13, %rsi
	cmpq	$-4, %rsi
	movq	752(%rsp), %r14
	ja	.LBB5_112
	movq	%r13, %rsi
	subq	%rdx, %rsi
	leaq	3(%rdx), %rdi
	movq	112(%rsp), %r10
	imulq	%r10, %rdi
	leaq	2(%rdx), %r8
	imulq	%r10, %r8
	leaq	1(%rdx), %r9
	imulq	%r10, %r9
	imulq	%r10, %rdx
	movq	%rcx, %r10
	.p2align	4
.LBB5_130:
	movl	$0, (%r10,%rdx)
	movl	$0, (%r10,%r9)
	movl	$0, (%r10,%r8)
	movl	$0, (%r10,%rdi)
	addq	%r14, %r10
	addq	$-4, %rsi
	jne	.LBB5_130
	jmp	.LBB5_112
.LBB5_131:
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
.Lfunc_end5:
	.size	axon_pack_across_rows_avx2_f32, .Lfunc_end5-axon_pack_across_rows_avx2_f32
	.cfi_endproc

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI6_0:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI6_1:
	.quad	4
.LCPI6_2:
	.quad	8
.LCPI6_3:
	.quad	12
.LCPI6_4:
	.quad	16
	.text
	.globl	axon_pack_across_rows_avx2_f64
	.p2align	4
	.type	axon_pack_across_rows_avx2_f64,@function
axon_pack_across_rows_avx2_f64:
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
	subq	$800, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r8, 120(%rsp)
	movq	%rdx, 80(%rsp)
	cmpq	$0, 16(%rbp)
	jle	.LBB6_91
	movq	%r9, %r13
	movq	24(%rbp), %r14
	leaq	(%rsi,%rcx,8), %rax
	movq	%rax, 360(%rsp)
	movslq	%edi, %r11
	movq	%r9, %rax
	imulq	%r11, %rax
	shlq	$3, %rax
	movq	%rax, 136(%rsp)
	leaq	-8(,%r9,8), %rdx
	imulq	%r11, %rdx
	movq	120(%rsp), %r9
	leaq	(%r9,%rcx), %rax
	addq	%r14, %rdx
	movq	%rdx, 352(%rsp)
	cmpq	$4, %r13
	setae	%dl
	cmpl	$1, %r11d
	sete	%bl
	leaq	24(,%r9,8), %rdi
	movq	80(%rsp), %r10
	imulq	%r10, %rdi
	leaq	(,%rcx,8), %r8
	leaq	(%rdi,%rcx,8), %r15
	leaq	16(,%r9,8), %rdi
	imulq	%r10, %rdi
	leaq	(%rdi,%rcx,8), %r12
	leaq	8(,%r9,8), %rdi
	imulq	%r10, %rdi
	leaq	(%rdi,%rcx,8), %rdi
	movq	%r9, %rcx
	imulq	%r10, %rcx
	leaq	(%r8,%rcx,8), %rcx
	leaq	(%rsi,%rax,8), %r8
	movq	%r8, 344(%rsp)
	leaq	(%rsi,%rax,8), %rax
	addq	$-8, %rax
	movq	%rax, 336(%rsp)
	andb	%dl, %bl
	addq	%rsi, %r15
	addq	%rsi, %r12
	addq	%rsi, %rdi
	addq	%rsi, %rcx
	movq	%rcx, 96(%rsp)
	movabsq	$9223372036854775792, %rax
	movq	%r13, %rcx
	andq	%rax, %rcx
	movq	%rcx, 160(%rsp)
	orq	$12, %rax
	andq	%r13, %rax
	movq	%rax, 424(%rsp)
	movl	%r13d, %ecx
	andl	$3, %ecx
	leaq	(%r11,%r11,2), %rax
	leaq	(%r14,%rax,8), %rax
	movq	%rax, 56(%rsp)
	movq	16(%rbp), %rax
	movq	%r11, %rdx
	shlq	$5, %rdx
	movq	%rdx, 16(%rsp)
	movq	%r11, %rdx
	shlq	$4, %rdx
	addq	%r14, %rdx
	movq	%rdx, 48(%rsp)
	movq	%r10, %rdx
	imulq	%r11, %rdx
	shlq	$3, %rdx
	movq	%rdx, 368(%rsp)
	movq	%r10, %rdx
	shlq	$5, %rdx
	movq	%rdx, 480(%rsp)
	movq	%r10, %rdx
	shlq	$4, %rdx
	movq	%rdx, 536(%rsp)
	movq	%rcx, 440(%rsp)
	negq	%rcx
	movq	%rcx, 432(%rsp)
	vpbroadcastq	.LCPI6_1(%rip), %ymm6
	vpbroadcastq	.LCPI6_2(%rip), %ymm7
	vpbroadcastq	.LCPI6_3(%rip), %ymm8
	vpbroadcastq	.LCPI6_4(%rip), %ymm9
	vpxor	%xmm0, %xmm0, %xmm0
	leaq	(,%r11,8), %rcx
	movq	%rcx, 64(%rsp)
	leaq	(%r14,%r11,8), %rcx
	movq	%rcx, 112(%rsp)
	leaq	96(%r14), %rdx
	leaq	(,%r10,8), %rcx
	movq	%rcx, 520(%rsp)
	leaq	8(%r14), %rsi
	leaq	64(%r14), %rcx
	movq	%rcx, 128(%rsp)
	xorl	%r8d, %r8d
	movq	%r14, 40(%rsp)
	xorl	%r9d, %r9d
	xorl	%r10d, %r10d
	movq	%r11, 32(%rsp)
	vmovdqa	%ymm6, 672(%rsp)
	vmovdqa	%ymm7, 640(%rsp)
	vmovdqa	%ymm8, 608(%rsp)
	vmovdqa	%ymm9, 576(%rsp)
	movq	%r13, 528(%rsp)
	movb	%bl, 7(%rsp)
	jmp	.LBB6_3
	.p2align	4
.LBB6_2:
	movq	376(%rsp), %r10
	addq	%r11, %r10
	movq	136(%rsp), %rax
	addq	%rax, 40(%rsp)
	movq	384(%rsp), %r9
	incq	%r9
	movq	392(%rsp), %r8
	addq	%rax, %r8
	movq	368(%rsp), %rcx
	movq	152(%rsp), %r15
	addq	%rcx, %r15
	movq	144(%rsp), %r12
	addq	%rcx, %r12
	movq	416(%rsp), %rdi
	addq	%rcx, %rdi
	addq	%rcx, 96(%rsp)
	movq	408(%rsp), %rdx
	addq	%rax, %rdx
	movq	400(%rsp), %rsi
	addq	%rax, %rsi
	addq	%rax, 128(%rsp)
	movq	16(%rbp), %rax
	cmpq	%rax, %r10
	jge	.LBB6_91
.LBB6_3:
	movq	%rax, %rbx
	subq	%r10, %rbx
	cmpq	%r11, %rbx
	cmovgeq	%r11, %rbx
	testq	%rbx, %rbx
	movq	%r15, 152(%rsp)
	movq	%r12, 144(%rsp)
	movq	%rdi, 416(%rsp)
	movq	%rdx, 408(%rsp)
	movq	%rsi, 400(%rsp)
	movq	%r8, 392(%rsp)
	movq	%r9, 384(%rsp)
	movq	%r10, 376(%rsp)
	jle	.LBB6_69
	movq	136(%rsp), %r15
	imulq	%r9, %r15
	movq	64(%rsp), %r12
	imulq	%r9, %r12
	movq	120(%rsp), %rax
	addq	%r10, %rax
	imulq	80(%rsp), %rax
	movq	360(%rsp), %rcx
	leaq	(%rcx,%rax,8), %rax
	movq	%rax, 504(%rsp)
	leaq	(%r14,%r15), %rax
	movq	%rax, 456(%rsp)
	addq	352(%rsp), %r15
	movq	%r15, 472(%rsp)
	movq	344(%rsp), %rax
	addq	%r12, %rax
	movq	%rax, 448(%rsp)
	addq	336(%rsp), %r12
	movq	%r12, 464(%rsp)
	movl	$1, %eax
	movq	%rax, 232(%rsp)
	movq	%rsi, 208(%rsp)
	movq	40(%rsp), %rax
	movq	%rax, 200(%rsp)
	movq	96(%rsp), %rax
	movq	%rax, 192(%rsp)
	movq	%rdx, 184(%rsp)
	movq	%rax, 248(%rsp)
	movq	%rdi, 240(%rsp)
	movq	144(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	152(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	%r8, 176(%rsp)
	movq	$0, 168(%rsp)
	movq	%r11, %rcx
	xorl	%r12d, %r12d
	movq	%rbx, 488(%rsp)
	jmp	.LBB6_6
	.p2align	4
.LBB6_5:
	movq	88(%rsp), %r12
	addq	$4, %r12
	movq	512(%rsp), %rcx
	addq	$-4, %rcx
	incq	168(%rsp)
	addq	$32, 176(%rsp)
	movq	480(%rsp), %rax
	addq	%rax, 216(%rsp)
	addq	%rax, 224(%rsp)
	addq	%rax, 240(%rsp)
	addq	%rax, 248(%rsp)
	addq	$32, 184(%rsp)
	addq	$32, 192(%rsp)
	addq	$32, 200(%rsp)
	addq	$4, 232(%rsp)
	addq	$32, 208(%rsp)
	movq	488(%rsp), %rbx
	cmpq	%rbx, %r12
	movq	24(%rbp), %r14
	movq	32(%rsp), %r11
	vpxor	%xmm0, %xmm0, %xmm0
	jge	.LBB6_70
.LBB6_6:
	cmpq	$4, %rcx
	movl	$4, %eax
	movq	%rcx, 512(%rsp)
	cmovlq	%rcx, %rax
	movq	%rax, 104(%rsp)
	subq	%r12, %rbx
	cmpq	$4, %rbx
	movl	$4, %eax
	cmovgeq	%rax, %rbx
	movq	%r11, %r8
	subq	%r12, %r8
	cmpq	$4, %r8
	cmovgeq	%rax, %r8
	cmpq	$4, %r13
	movq	56(%rsp), %rcx
	movq	16(%rsp), %rdx
	movq	48(%rsp), %rsi
	movq	%r8, 72(%rsp)
	movq	%r12, 88(%rsp)
	movq	%rbx, 496(%rsp)
	jge	.LBB6_34
	xorl	%eax, %eax
.LBB6_8:
	cmpq	%r13, %rax
	jge	.LBB6_5
	movq	104(%rsp), %r14
	movl	%r14d, %ecx
	andl	$-4, %ecx
	movl	%r14d, %r15d
	movl	%r14d, %edx
	andl	$-16, %edx
	movq	%rdx, 8(%rsp)
	movq	168(%rsp), %rsi
	shlq	$5, %rsi
	movq	456(%rsp), %rdx
	addq	%rsi, %rdx
	movq	472(%rsp), %rdi
	addq	%rsi, %rdi
	movq	448(%rsp), %r8
	leaq	(%r8,%rsi), %r11
	addq	464(%rsp), %rsi
	leaq	(%r15,%r13), %r8
	leaq	(%rdi,%r15,8), %rdi
	leaq	(%rsi,%r8,8), %rsi
	cmpq	$1, 80(%rsp)
	sete	%bl
	movq	40(%rsp), %r8
	movq	88(%rsp), %r9
	leaq	(%r8,%r9,8), %r8
	movq	%r8, 736(%rsp)
	movslq	496(%rsp), %r8
	movl	%r14d, %r9d
	movq	64(%rsp), %r10
	imulq	%rax, %r10
	addq	%r10, %rdx
	leaq	(%r11,%rax,8), %r11
	movq	%r15, 256(%rsp)
	cmpl	$4, %r15d
	setae	%r15b
	andb	%bl, %r15b
	cmpq	%rsi, %rdx
	setb	%dl
	cmpq	%rdi, %r11
	setb	%sil
	andb	%dl, %sil
	movl	%r14d, %edx
	andl	$-16, %edx
	movq	%rdx, 24(%rsp)
	vmovq	%r8, %xmm0
	vpbroadcastq	%xmm0, %ymm0
	andl	$-4, %r14d
	movq	%r14, 704(%rsp)
	movq	184(%rsp), %rdx
	leaq	(%rdx,%r10), %r12
	movq	192(%rsp), %rdx
	leaq	(%rdx,%rax,8), %rdi
	movq	200(%rsp), %rdx
	leaq	(%rdx,%r10), %rbx
	addq	208(%rsp), %r10
	notb	%r15b
	orb	%sil, %r15b
	movb	%r15b, 544(%rsp)
	movq	96(%rsp), %rdx
	leaq	(%rdx,%rax,8), %r14
	jmp	.LBB6_11
	.p2align	4
.LBB6_10:
	incq	%rax
	movq	64(%rsp), %rdx
	addq	%rdx, %r12
	addq	$8, %rdi
	addq	%rdx, %rbx
	addq	$8, %r14
	addq	%rdx, %r10
	movq	528(%rsp), %r13
	cmpq	%r13, %rax
	je	.LBB6_5
.LBB6_11:
	cmpl	$0, 72(%rsp)
	jle	.LBB6_10
	testb	$1, 544(%rsp)
	je	.LBB6_14
	xorl	%esi, %esi
	jmp	.LBB6_23
	.p2align	4
.LBB6_14:
	cmpl	$16, 256(%rsp)
	jae	.LBB6_16
	xorl	%edx, %edx
	jmp	.LBB6_20
.LBB6_16:
	xorl	%edx, %edx
	vmovdqa	.LCPI6_0(%rip), %ymm1
	movq	8(%rsp), %rsi
	.p2align	4
.LBB6_17:
	vpaddq	%ymm6, %ymm1, %ymm2
	vpaddq	%ymm7, %ymm1, %ymm3
	vpaddq	%ymm1, %ymm8, %ymm4
	vpcmpgtq	%ymm1, %ymm0, %ymm5
	vmaskmovpd	(%rdi,%rdx,8), %ymm5, %ymm5
	vpcmpgtq	%ymm2, %ymm0, %ymm2
	vmaskmovpd	32(%rdi,%rdx,8), %ymm2, %ymm2
	vpcmpgtq	%ymm3, %ymm0, %ymm3
	vmaskmovpd	64(%rdi,%rdx,8), %ymm3, %ymm3
	vpcmpgtq	%ymm4, %ymm0, %ymm4
	vmaskmovpd	96(%rdi,%rdx,8), %ymm4, %ymm4
	vmovupd	%ymm5, -96(%r12,%rdx,8)
	vmovupd	%ymm2, -64(%r12,%rdx,8)
	vmovupd	%ymm3, -32(%r12,%rdx,8)
	vmovupd	%ymm4, (%r12,%rdx,8)
	addq	$16, %rdx
	vpaddq	%ymm1, %ymm9, %ymm1
	cmpq	%rdx, %rsi
	jne	.LBB6_17
	movq	24(%rsp), %rdx
	cmpl	%edx, 256(%rsp)
	je	.LBB6_10
	movq	24(%rsp), %rdx
	movq	%rdx, %rsi
	testb	$12, 104(%rsp)
	je	.LBB6_23
.LBB6_20:
	vmovq	%rdx, %xmm1
	vpbroadcastq	%xmm1, %ymm1
	vpor	.LCPI6_0(%rip), %ymm1, %ymm1
	.p2align	4
.LBB6_21:
	vpcmpgtq	%ymm1, %ymm0, %ymm2
	vmaskmovpd	(%rdi,%rdx,8), %ymm2, %ymm2
	vmovupd	%ymm2, (%rbx,%rdx,8)
	addq	$4, %rdx
	vpaddq	%ymm6, %ymm1, %ymm1
	cmpq	%rdx, %rcx
	jne	.LBB6_21
	movq	704(%rsp), %rdx
	movq	%rdx, %rsi
	cmpl	%edx, 256(%rsp)
	je	.LBB6_10
.LBB6_23:
	movq	%rsi, %rdx
	orq	$1, %rdx
	testb	$1, 104(%rsp)
	je	.LBB6_27
	vpxor	%xmm1, %xmm1, %xmm1
	cmpq	%r8, %rsi
	jge	.LBB6_26
	movq	504(%rsp), %r11
	leaq	(%r11,%rax,8), %r11
	movq	88(%rsp), %r15
	addq	%rsi, %r15
	imulq	80(%rsp), %r15
	vmovq	(%r11,%r15,8), %xmm1
.LBB6_26:
	movq	%rax, %r11
	imulq	32(%rsp), %r11
	movq	736(%rsp), %r15
	leaq	(%r15,%r11,8), %r11
	vmovq	%xmm1, (%r11,%rsi,8)
	movq	%rdx, %rsi
.LBB6_27:
	cmpl	%edx, 256(%rsp)
	je	.LBB6_10
	movq	88(%rsp), %rdx
	addq	%rsi, %rdx
	movq	520(%rsp), %r11
	imulq	%r11, %rdx
	movq	232(%rsp), %r15
	leaq	(%r15,%rsi), %r13
	imulq	%r11, %r13
	movq	%r14, %r15
	jmp	.LBB6_30
	.p2align	4
.LBB6_29:
	vmovq	%xmm1, (%r10,%rsi,8)
	addq	536(%rsp), %r15
	incq	%r11
	movq	%r11, %rsi
	cmpq	%r9, %r11
	je	.LBB6_10
.LBB6_30:
	vpxor	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm2, %xmm2, %xmm2
	cmpq	%r8, %rsi
	jge	.LBB6_32
	vmovsd	(%r15,%rdx), %xmm2
.LBB6_32:
	vmovsd	%xmm2, -8(%r10,%rsi,8)
	leaq	1(%rsi), %r11
	cmpq	%r8, %r11
	jge	.LBB6_29
	vmovq	(%r15,%r13), %xmm1
	jmp	.LBB6_29
	.p2align	4
.LBB6_34:
	movq	40(%rsp), %rax
	leaq	(%rax,%r12,8), %rax
	movq	%rax, 24(%rsp)
	movl	%r8d, %eax
	andl	$2147483647, %eax
	shlq	$3, %rax
	movq	%rax, 8(%rsp)
	movslq	%ebx, %r15
	movq	176(%rsp), %rbx
	xorl	%r12d, %r12d
	jmp	.LBB6_40
	.p2align	4
.LBB6_35:
	vmovdqu	%xmm4, (%rdi)
	movq	112(%rsp), %rax
	addq	%rbx, %rax
.LBB6_36:
	vmovdqu	%xmm5, (%rax)
	leaq	(%rsi,%rbx), %rax
.LBB6_37:
	vmovdqu	%xmm3, (%rax)
	leaq	(%rcx,%rbx), %rax
.LBB6_38:
	vmovdqu	%xmm2, (%rax)
.LBB6_39:
	leaq	4(%r12), %rax
	addq	$8, %r12
	addq	%rdx, %rbx
	cmpq	%r13, %r12
	movq	%rax, %r12
	jg	.LBB6_8
.LBB6_40:
	vpxor	%xmm0, %xmm0, %xmm0
	testq	%r15, %r15
	jle	.LBB6_45
	movq	248(%rsp), %rax
	vmovdqu	(%rax,%r12,8), %ymm1
	cmpq	$2, %r15
	jb	.LBB6_46
	movq	240(%rsp), %rax
	vmovdqu	(%rax,%r12,8), %ymm3
	jbe	.LBB6_47
	movq	224(%rsp), %rax
	vmovdqu	(%rax,%r12,8), %ymm2
	cmpq	$4, %r15
	jb	.LBB6_48
	movq	216(%rsp), %rax
	vmovdqu	(%rax,%r12,8), %ymm0
	jmp	.LBB6_48
	.p2align	4
.LBB6_45:
	vpxor	%xmm2, %xmm2, %xmm2
	vpxor	%xmm1, %xmm1, %xmm1
	vpxor	%xmm3, %xmm3, %xmm3
	jmp	.LBB6_48
	.p2align	4
.LBB6_46:
	vpxor	%xmm2, %xmm2, %xmm2
	vpxor	%xmm3, %xmm3, %xmm3
	jmp	.LBB6_48
.LBB6_47:
	vpxor	%xmm2, %xmm2, %xmm2
	.p2align	4
.LBB6_48:
	vpunpcklqdq	%ymm3, %ymm1, %ymm4
	vpunpckhqdq	%ymm3, %ymm1, %ymm5
	vpunpcklqdq	%ymm0, %ymm2, %ymm1
	vpunpckhqdq	%ymm0, %ymm2, %ymm0
	vperm2i128	$49, %ymm1, %ymm4, %ymm3
	vperm2i128	$49, %ymm0, %ymm5, %ymm2
	leaq	(%r14,%rbx), %rdi
	cmpl	$2, %r8d
	je	.LBB6_35
	vinserti128	$1, %xmm1, %ymm4, %ymm1
	vinserti128	$1, %xmm0, %ymm5, %ymm0
	cmpl	$4, %r8d
	jne	.LBB6_51
	vmovdqu	%ymm1, (%rdi)
	movq	112(%rsp), %rax
	addq	%rbx, %rax
	jmp	.LBB6_64
	.p2align	4
.LBB6_51:
	vmovdqa	%ymm1, 288(%rsp)
	testl	%r8d, %r8d
	vmovdqa	%ymm2, 256(%rsp)
	jle	.LBB6_53
	leaq	288(%rsp), %rsi
	movq	8(%rsp), %rdx
	vmovdqa	%ymm3, 544(%rsp)
	vmovdqa	%ymm5, 736(%rsp)
	vmovdqa	%ymm0, 704(%rsp)
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	704(%rsp), %ymm0
	vmovdqa	736(%rsp), %ymm5
	vmovdqa	544(%rsp), %ymm3
	vmovdqa	256(%rsp), %ymm2
	movq	72(%rsp), %r8
	vmovdqa	576(%rsp), %ymm9
	vmovdqa	608(%rsp), %ymm8
	vmovdqa	640(%rsp), %ymm7
	vmovdqa	672(%rsp), %ymm6
	movq	48(%rsp), %rsi
	movq	16(%rsp), %rdx
	movq	56(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB6_53:
	movq	%r12, %rax
	orq	$1, %rax
	imulq	%r11, %rax
	movq	24(%rsp), %rdi
	leaq	(%rdi,%rax,8), %rax
	cmpl	$4, %r8d
	je	.LBB6_64
	cmpl	$2, %r8d
	je	.LBB6_36
	vmovdqa	%ymm0, 288(%rsp)
	testl	%r8d, %r8d
	jle	.LBB6_57
	movq	112(%rsp), %rax
	leaq	(%rax,%rbx), %rdi
	leaq	288(%rsp), %rsi
	movq	8(%rsp), %rdx
	vmovdqa	%ymm3, 544(%rsp)
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	544(%rsp), %ymm3
	vmovdqa	256(%rsp), %ymm2
	movq	72(%rsp), %r8
	vmovdqa	576(%rsp), %ymm9
	vmovdqa	608(%rsp), %ymm8
	vmovdqa	640(%rsp), %ymm7
	vmovdqa	672(%rsp), %ymm6
	movq	48(%rsp), %rsi
	movq	16(%rsp), %rdx
	movq	56(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB6_57:
	movq	%r12, %rax
	orq	$2, %rax
	imulq	%r11, %rax
	movq	24(%rsp), %rdi
	leaq	(%rdi,%rax,8), %rax
	cmpl	$4, %r8d
	je	.LBB6_65
	cmpl	$2, %r8d
	je	.LBB6_37
	vmovdqa	%ymm3, 288(%rsp)
	testl	%r8d, %r8d
	jle	.LBB6_61
	leaq	(%rsi,%rbx), %rdi
	leaq	288(%rsp), %rsi
	movq	8(%rsp), %rdx
	vzeroupper
	callq	memcpy@PLT
	vmovdqa	256(%rsp), %ymm2
	movq	72(%rsp), %r8
	vmovdqa	576(%rsp), %ymm9
	vmovdqa	608(%rsp), %ymm8
	vmovdqa	640(%rsp), %ymm7
	vmovdqa	672(%rsp), %ymm6
	movq	48(%rsp), %rsi
	movq	16(%rsp), %rdx
	movq	56(%rsp), %rcx
	movq	32(%rsp), %r11
.LBB6_61:
	movq	%r12, %rax
	orq	$3, %rax
	imulq	%r11, %rax
	movq	24(%rsp), %rdi
	leaq	(%rdi,%rax,8), %rax
	cmpl	$4, %r8d
	je	.LBB6_66
	cmpl	$2, %r8d
	je	.LBB6_38
	vmovdqa	%ymm2, 288(%rsp)
	testl	%r8d, %r8d
	jle	.LBB6_39
	leaq	(%rcx,%rbx), %rdi
	leaq	288(%rsp), %rsi
	movq	8(%rsp), %rdx
	vzeroupper
	callq	memcpy@PLT
	movq	72(%rsp), %r8
	vmovdqa	576(%rsp), %ymm9
	vmovdqa	608(%rsp), %ymm8
	vmovdqa	640(%rsp), %ymm7
	vmovdqa	672(%rsp), %ymm6
	movq	48(%rsp), %rsi
	movq	16(%rsp), %rdx
	movq	56(%rsp), %rcx
	movq	32(%rsp), %r11
	jmp	.LBB6_39
	.p2align	4
.LBB6_64:
	vmovdqu	%ymm0, (%rax)
	leaq	(%rsi,%rbx), %rax
.LBB6_65:
	vmovdqu	%ymm3, (%rax)
	leaq	(%rcx,%rbx), %rax
.LBB6_66:
	vmovdqu	%ymm2, (%rax)
	jmp	.LBB6_39
	.p2align	4
.LBB6_69:
	xorl	%r12d, %r12d
.LBB6_70:
	cmpq	%r11, %r12
	movzbl	7(%rsp), %ebx
	jge	.LBB6_2
	movq	128(%rsp), %rax
	leaq	(%rax,%r12,8), %rax
	movq	40(%rsp), %rcx
	leaq	(%rcx,%r12,8), %rcx
	jmp	.LBB6_73
	.p2align	4
.LBB6_72:
	incq	%r12
	addq	$8, %rax
	addq	$8, %rcx
	cmpq	%r11, %r12
	je	.LBB6_2
.LBB6_73:
	testq	%r13, %r13
	jle	.LBB6_72
	testb	%bl, %bl
	je	.LBB6_83
	xorl	%edx, %edx
	cmpq	$16, %r13
	jb	.LBB6_80
	movq	160(%rsp), %rsi
	.p2align	4
.LBB6_77:
	vmovdqu	%ymm0, -64(%rax,%rdx,8)
	vmovdqu	%ymm0, -32(%rax,%rdx,8)
	vmovdqu	%ymm0, (%rax,%rdx,8)
	vmovdqu	%ymm0, 32(%rax,%rdx,8)
	addq	$16, %rdx
	cmpq	%rdx, %rsi
	jne	.LBB6_77
	cmpq	%rsi, %r13
	je	.LBB6_72
	movq	160(%rsp), %rdx
	movq	%rdx, %rsi
	testb	$12, %r13b
	je	.LBB6_84
.LBB6_80:
	movq	424(%rsp), %rdi
	.p2align	4
.LBB6_81:
	vmovdqu	%ymm0, (%rcx,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %rdi
	jne	.LBB6_81
	movq	%rdi, %rsi
	cmpq	%rdi, %r13
	je	.LBB6_72
	jmp	.LBB6_84
	.p2align	4
.LBB6_83:
	xorl	%esi, %esi
.LBB6_84:
	movq	%rsi, %rdx
	cmpq	$0, 440(%rsp)
	je	.LBB6_88
	movq	64(%rsp), %r9
	movq	%r9, %rdx
	imulq	%rsi, %rdx
	addq	%rcx, %rdx
	xorl	%edi, %edi
	movq	432(%rsp), %r8
	.p2align	4
.LBB6_86:
	movq	$0, (%rdx)
	decq	%rdi
	addq	%r9, %rdx
	cmpq	%rdi, %r8
	jne	.LBB6_86
	movq	%rsi, %rdx
	subq	%rdi, %rdx
.LBB6_88:
	subq	%r13, %rsi
	cmpq	$-4, %rsi
	movq	16(%rsp), %r15
	ja	.LBB6_72
	movq	%r13, %rsi
	subq	%rdx, %rsi
	leaq	3(%rdx), %rdi
	movq	64(%rsp), %r10
	imulq	%r10, %rdi
	leaq	2(%rdx), %r8
	imulq	%r10, %r8
	leaq	1(%rdx), %r9
	imulq	%r10, %r9
	imulq	%r10, %rdx
	movq	%rcx, %r10
	.p2align	4
.LBB6_90:
	movq	$0, (%r10,%rdx)
	movq	$0, (%r10,%r9)
	movq	$0, (%r10,%r8)
	movq	$0, (%r10,%rdi)
	addq	%r15, %r10
	addq	$-4, %rsi
	jne	.LBB6_90
	jmp	.LBB6_72
.LBB6_91:
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
.Lfunc_end6:
	.size	axon_pack_across_rows_avx2_f64, .Lfunc_end6-axon_pack_across_rows_avx2_f64
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
	jge	.LBB7_11
	xorl	%eax, %eax
.LBB7_2:
	cmpq	%rdi, %rax
	jge	.LBB7_33
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
	jmp	.LBB7_4
	.p2align	4
.LBB7_32:
	vmovss	%xmm0, (%r13,%rax,4)
	incq	%rax
	addq	%r8, %rbx
	addq	%r8, %r14
	cmpq	%rdi, %rax
	je	.LBB7_33
.LBB7_4:
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$16, %rsi
	jl	.LBB7_8
	xorl	%r15d, %r15d
	vxorps	%xmm1, %xmm1, %xmm1
	.p2align	4
.LBB7_6:
	vmovups	(%rdx,%r15,4), %ymm2
	vmovups	32(%rdx,%r15,4), %ymm3
	vfmadd231ps	-32(%rbx,%r15,4), %ymm2, %ymm1
	vfmadd231ps	(%rbx,%r15,4), %ymm3, %ymm0
	addq	$16, %r15
	cmpq	%r10, %r15
	jl	.LBB7_6
	vaddps	%ymm0, %ymm1, %ymm0
.LBB7_8:
	vextractf128	$1, %ymm0, %xmm1
	vaddps	%xmm1, %xmm0, %xmm0
	vshufpd	$1, %xmm0, %xmm0, %xmm1
	vaddps	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm0, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	cmpq	%rsi, %r10
	jge	.LBB7_30
	testq	%rcx, %rcx
	je	.LBB7_10
	movq	%rcx, %r12
	movq	%r10, %r15
	.p2align	4
.LBB7_28:
	vmovss	(%rdx,%r15,4), %xmm1
	vfmadd231ss	(%r14,%r15,4), %xmm1, %xmm0
	incq	%r15
	decq	%r12
	jne	.LBB7_28
	cmpq	$-4, %r11
	ja	.LBB7_30
	.p2align	4
.LBB7_34:
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
	jne	.LBB7_34
.LBB7_30:
	testq	%r9, %r9
	je	.LBB7_32
	vaddss	(%r9,%rax,4), %xmm0, %xmm0
	jmp	.LBB7_32
.LBB7_10:
	movq	%r10, %r15
	cmpq	$-4, %r11
	jbe	.LBB7_34
	jmp	.LBB7_30
.LBB7_33:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.LBB7_11:
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
	jmp	.LBB7_12
	.p2align	4
.LBB7_25:
	movq	16(%rbp), %r13
	vmovss	%xmm0, (%r13,%r11,4)
	vmovss	%xmm1, 4(%r13,%r11,4)
	vmovss	%xmm3, 8(%r13,%r11,4)
.LBB7_26:
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
	jg	.LBB7_2
.LBB7_12:
	movq	%rbx, %rax
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm2, %xmm2, %xmm2
	cmpq	$16, %rsi
	jl	.LBB7_16
	xorl	%edi, %edi
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm7, %xmm7, %xmm7
	.p2align	4
.LBB7_14:
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
	jl	.LBB7_14
	vaddps	%ymm0, %ymm2, %ymm0
	vaddps	%ymm6, %ymm7, %ymm6
	vaddps	%ymm4, %ymm5, %ymm4
	vaddps	%ymm1, %ymm3, %ymm2
.LBB7_16:
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
	jge	.LBB7_23
	testb	$1, %sil
	jne	.LBB7_19
	movq	%r10, %rbx
	movq	-56(%rbp), %rdi
	cmpq	%rdi, %rsi
	jne	.LBB7_21
	jmp	.LBB7_23
	.p2align	4
.LBB7_19:
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
	je	.LBB7_23
.LBB7_21:
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
.LBB7_22:
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
	jne	.LBB7_22
.LBB7_23:
	movq	-120(%rbp), %r9
	testq	%r9, %r9
	je	.LBB7_25
	vaddss	(%r9,%r11,4), %xmm0, %xmm0
	movq	16(%rbp), %r13
	vmovss	%xmm0, (%r13,%r11,4)
	vaddss	4(%r9,%r11,4), %xmm1, %xmm0
	vmovss	%xmm0, 4(%r13,%r11,4)
	vaddss	8(%r9,%r11,4), %xmm3, %xmm0
	vmovss	%xmm0, 8(%r13,%r11,4)
	vaddss	12(%r9,%r11,4), %xmm2, %xmm2
	jmp	.LBB7_26
.Lfunc_end7:
	.size	axon_gemv_rows_avx2_f32, .Lfunc_end7-axon_gemv_rows_avx2_f32
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
	je	.LBB8_1
	movl	$16, %esi
	movq	%rsi, 16(%rsp)
	testq	%rcx, %rcx
	jle	.LBB8_3
	movabsq	$9223372036854775800, %rsi
	andq	%r8, %rsi
	leaq	832(%rsp), %r10
	shlq	$2, %rax
	leaq	384(%rsp), %r15
	xorl	%r9d, %r9d
	movq	%r15, %r11
	jmp	.LBB8_5
	.p2align	4
.LBB8_13:
	incq	%r9
	addq	$4, %r10
	addq	%rax, %rdx
	addq	$4, %r11
	cmpq	%rcx, %r9
	je	.LBB8_14
.LBB8_5:
	testq	%r8, %r8
	jle	.LBB8_13
	cmpq	$8, %r8
	jae	.LBB8_8
	xorl	%ebx, %ebx
	jmp	.LBB8_11
	.p2align	4
.LBB8_8:
	movq	%r10, %rbx
	xorl	%r14d, %r14d
	.p2align	4
.LBB8_9:
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
	jne	.LBB8_9
	movq	%rsi, %rbx
	cmpq	%rsi, %r8
	je	.LBB8_13
.LBB8_11:
	movq	%rbx, %r14
	shlq	$6, %r14
	addq	%r11, %r14
	.p2align	4
.LBB8_12:
	vmovss	(%rdx,%rbx,4), %xmm0
	vmovss	%xmm0, (%r14)
	incq	%rbx
	addq	$64, %r14
	cmpq	%rbx, %r8
	jne	.LBB8_12
	jmp	.LBB8_13
.LBB8_14:
	movq	%r15, 8(%rsp)
	jmp	.LBB8_15
.LBB8_1:
	movq	%rdx, 8(%rsp)
	movq	%rax, 16(%rsp)
	jmp	.LBB8_15
.LBB8_3:
	leaq	384(%rsp), %rax
	movq	%rax, 8(%rsp)
.LBB8_15:
	testl	%edi, %edi
	movl	$1, %edx
	movq	%r12, %rbx
	cmoveq	%rdx, %rbx
	testq	%r13, %r13
	jle	.LBB8_39
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
	jmp	.LBB8_17
	.p2align	4
.LBB8_38:
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
	jge	.LBB8_39
.LBB8_17:
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
	jle	.LBB8_18
	testq	%r8, %r8
	movq	24(%rsp), %r13
	jle	.LBB8_27
	movq	%rdx, 32(%rsp)
	vxorps	%xmm3, %xmm3, %xmm3
	movq	%r8, %rdx
	movq	48(%rsp), %r12
	movq	72(%rsp), %r13
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	movq	16(%rsp), %r8
	.p2align	4
.LBB8_24:
	vmovups	-32(%r13), %ymm11
	vmaskmovps	(%r13), %ymm0, %ymm12
	vbroadcastss	(%r12,%rsi), %ymm13
	vfmadd231ps	%ymm11, %ymm13, %ymm10
	vmovaps	%ymm10, 128(%rsp)
	vfmadd231ps	%ymm13, %ymm12, %ymm9
	vbroadcastss	(%r12,%r9), %ymm13
	vfmadd231ps	%ymm11, %ymm13, %ymm8
	vfmadd231ps	%ymm13, %ymm12, %ymm7
	vbroadcastss	(%r12,%r11), %ymm13
	vfmadd231ps	%ymm11, %ymm13, %ymm6
	vfmadd231ps	%ymm13, %ymm12, %ymm5
	vbroadcastss	(%r12,%r10), %ymm13
	vfmadd231ps	%ymm11, %ymm13, %ymm4
	vfmadd231ps	%ymm12, %ymm13, %ymm3
	addq	%r8, %r13
	addq	%rbx, %r12
	decq	%rdx
	jne	.LBB8_24
	vmovaps	%ymm9, 160(%rsp)
	vmovaps	%ymm8, 192(%rsp)
	vmovaps	%ymm7, 224(%rsp)
	vmovaps	%ymm6, 256(%rsp)
	vmovaps	%ymm5, 288(%rsp)
	vmovaps	%ymm4, 320(%rsp)
	vmovaps	%ymm3, 352(%rsp)
	jmp	.LBB8_26
	.p2align	4
.LBB8_18:
	testq	%r8, %r8
	movq	24(%rsp), %r13
	jle	.LBB8_27
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
.LBB8_20:
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
	jne	.LBB8_20
	vmovaps	%ymm6, 128(%rsp)
	vmovaps	%ymm5, 192(%rsp)
	vmovaps	%ymm4, 256(%rsp)
	vmovaps	%ymm3, 320(%rsp)
.LBB8_26:
	movq	40(%rsp), %r8
	movq	24(%rsp), %r13
	movq	32(%rsp), %rdx
.LBB8_27:
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
	jle	.LBB8_38
	andl	$2147483647, %r15d
	shlq	$6, %r15
	movq	%r11, %rsi
	xorl	%edi, %edi
	jmp	.LBB8_29
	.p2align	4
.LBB8_31:
	vmaskmovps	%ymm4, %ymm1, (%rsi)
.LBB8_37:
	addq	$64, %rdi
	addq	%r14, %rsi
	cmpq	%rdi, %r15
	je	.LBB8_38
.LBB8_29:
	vmovaps	128(%rsp,%rdi), %ymm4
	vmovaps	160(%rsp,%rdi), %ymm3
	testq	%rax, %rax
	je	.LBB8_32
	vmaskmovps	(%rax), %ymm1, %ymm5
	vaddps	%ymm5, %ymm4, %ymm4
	movq	%rax, %r9
	cmpq	$8, %rcx
	jle	.LBB8_31
	jmp	.LBB8_34
	.p2align	4
.LBB8_32:
	testl	%r12d, %r12d
	je	.LBB8_35
	vmaskmovps	(%rsi), %ymm1, %ymm5
	vaddps	%ymm5, %ymm4, %ymm4
	movq	%rsi, %r9
	cmpq	$9, %rcx
	jl	.LBB8_31
.LBB8_34:
	vmaskmovps	32(%r9), %ymm0, %ymm5
	vaddps	%ymm5, %ymm3, %ymm3
	vmaskmovps	%ymm4, %ymm1, (%rsi)
.LBB8_36:
	vmaskmovps	%ymm3, %ymm0, 32(%rsi)
	jmp	.LBB8_37
.LBB8_35:
	vmaskmovps	%ymm4, %ymm1, (%rsi)
	cmpq	$9, %rcx
	jl	.LBB8_37
	jmp	.LBB8_36
.LBB8_39:
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
.Lfunc_end8:
	.size	axon_gemm_small_avx2_f32, .Lfunc_end8-axon_gemm_small_avx2_f32
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
