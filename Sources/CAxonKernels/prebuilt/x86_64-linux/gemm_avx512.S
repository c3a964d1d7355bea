// Generated from ../../gemm_avx512.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"gemm_avx512.c"
	.text
	.globl	axon_ukernel_avx512_f32
	.p2align	4
	.type	axon_ukernel_avx512_f32,@function
axon_ukernel_avx512_f32:
	.cfi_startproc
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
	prefetcht0	(%rcx)
	prefetcht0	(%rcx,%r8,4)
	prefetcht0	(%rcx,%r8,8)
	leaq	(%r8,%r8,2), %rax
	prefetcht0	(%rcx,%rax,4)
	movq	%r8, %r11
	shlq	$4, %r11
	prefetcht0	(%rcx,%r11)
	leaq	(%r8,%r8,4), %r10
	prefetcht0	(%rcx,%r10,4)
	prefetcht0	(%rcx,%rax,8)
	leaq	(%r8,%r8,8), %rbx
	leaq	(%rbx,%rbx,2), %r14
	leaq	(%r14,%r8), %rbx
	prefetcht0	(%rcx,%rbx)
	testq	%rdi, %rdi
	jle	.LBB0_1
	vxorps	%xmm14, %xmm14, %xmm14
	xorl	%r15d, %r15d
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	.p2align	4
.LBB0_7:
	prefetcht0	1024(%rdx,%r15,4)
	vmovaps	(%rdx,%r15,4), %zmm16
	vmovaps	64(%rdx,%r15,4), %zmm17
	vbroadcastss	(%rsi,%r15), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm14
	vfmadd231ps	%zmm18, %zmm17, %zmm15
	vbroadcastss	4(%rsi,%r15), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm13
	vfmadd231ps	%zmm18, %zmm17, %zmm12
	vbroadcastss	8(%rsi,%r15), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm11
	vfmadd231ps	%zmm18, %zmm17, %zmm10
	vbroadcastss	12(%rsi,%r15), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm9
	vfmadd231ps	%zmm18, %zmm17, %zmm8
	vbroadcastss	16(%rsi,%r15), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm7
	vfmadd231ps	%zmm18, %zmm17, %zmm6
	vbroadcastss	20(%rsi,%r15), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm5
	vfmadd231ps	%zmm18, %zmm17, %zmm4
	vbroadcastss	24(%rsi,%r15), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm3
	vfmadd231ps	%zmm18, %zmm17, %zmm2
	vbroadcastss	28(%rsi,%r15), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm1
	vfmadd231ps	%zmm17, %zmm18, %zmm0
	addq	$32, %r15
	decq	%rdi
	jne	.LBB0_7
	testl	%r9d, %r9d
	je	.LBB0_3
.LBB0_4:
	vaddps	(%rcx), %zmm14, %zmm14
	vaddps	64(%rcx), %zmm15, %zmm15
	vmovups	%zmm14, (%rcx)
	vmovups	%zmm15, 64(%rcx)
	vaddps	(%rcx,%r8,4), %zmm13, %zmm13
	vaddps	64(%rcx,%r8,4), %zmm12, %zmm12
	vmovups	%zmm13, (%rcx,%r8,4)
	vmovups	%zmm12, 64(%rcx,%r8,4)
	vaddps	(%rcx,%r8,8), %zmm11, %zmm11
	vaddps	64(%rcx,%r8,8), %zmm10, %zmm10
	vmovups	%zmm11, (%rcx,%r8,8)
	vmovups	%zmm10, 64(%rcx,%r8,8)
	vaddps	(%rcx,%rax,4), %zmm9, %zmm9
	vaddps	64(%rcx,%rax,4), %zmm8, %zmm8
	vmovups	%zmm9, (%rcx,%rax,4)
	vmovups	%zmm8, 64(%rcx,%rax,4)
	vaddps	(%rcx,%r11), %zmm7, %zmm7
	vaddps	64(%rcx,%r11), %zmm6, %zmm6
	vmovups	%zmm7, (%rcx,%r11)
	vmovups	%zmm6, 64(%rcx,%r11)
	vaddps	(%rcx,%r10,4), %zmm5, %zmm5
	vaddps	64(%rcx,%r10,4), %zmm4, %zmm4
	vmovups	%zmm5, (%rcx,%r10,4)
	vmovups	%zmm4, 64(%rcx,%r10,4)
	vaddps	(%rcx,%rax,8), %zmm3, %zmm3
	vaddps	64(%rcx,%rax,8), %zmm2, %zmm2
	vmovups	%zmm3, (%rcx,%rax,8)
	vmovups	%zmm2, 64(%rcx,%rax,8)
	vaddps	(%rcx,%rbx), %zmm1, %zmm1
	vaddps	64(%rcx,%rbx), %zmm0, %zmm0
	addq	%rbx, %rcx
	jmp	.LBB0_5
.LBB0_1:
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%xmm14, %xmm14, %xmm14
	testl	%r9d, %r9d
	jne	.LBB0_4
.LBB0_3:
	vmovups	%zmm14, (%rcx)
	vmovups	%zmm15, 64(%rcx)
	vmovups	%zmm13, (%rcx,%r8,4)
	vmovups	%zmm12, 64(%rcx,%r8,4)
	vmovups	%zmm11, (%rcx,%r8,8)
	vmovups	%zmm10, 64(%rcx,%r8,8)
	vmovups	%zmm9, (%rcx,%rax,4)
	vmovups	%zmm8, 64(%rcx,%rax,4)
	vmovups	%zmm7, (%rcx,%r11)
	vmovups	%zmm6, 64(%rcx,%r11)
	vmovups	%zmm5, (%rcx,%r10,4)
	vmovups	%zmm4, 64(%rcx,%r10,4)
	vmovups	%zmm3, (%rcx,%rax,8)
	vmovups	%zmm2, 64(%rcx,%rax,8)
	addq	%r8, %rcx
	addq	%r14, %rcx
.LBB0_5:
	vmovups	%zmm1, (%rcx)
	vmovups	%zmm0, 64(%rcx)
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	axon_ukernel_avx512_f32, .Lfunc_end0-axon_ukernel_avx512_f32
	.cfi_endproc

	.globl	axon_ukernel_avx512_strided_f32
	.p2align	4
	.type	axon_ukernel_avx512_strided_f32,@function
axon_ukernel_avx512_strided_f32:
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
	movq	24(%rbp), %r11
	movq	16(%rbp), %rax
	prefetcht0	(%rax)
	prefetcht0	(%rax,%r11,4)
	prefetcht0	(%rax,%r11,8)
	leaq	(%r11,%r11,2), %r10
	prefetcht0	(%rax,%r10,4)
	movq	%r11, %r14
	shlq	$4, %r14
	prefetcht0	(%rax,%r14)
	leaq	(%r11,%r11,4), %rbx
	movq	%rbx, -48(%rbp)
	prefetcht0	(%rax,%rbx,4)
	prefetcht0	(%rax,%r10,8)
	leaq	(%r11,%r11,8), %r15
	leaq	(%r15,%r15,2), %rbx
	movq	%rbx, -56(%rbp)
	addq	%r11, %rbx
	movq	%rbx, -64(%rbp)
	prefetcht0	(%rax,%rbx)
	testq	%rdi, %rdi
	jle	.LBB1_1
	addq	$64, %r8
	shlq	$2, %r9
	shlq	$2, %rcx
	leaq	(,%rdx,4), %r13
	vxorps	%xmm14, %xmm14, %xmm14
	leaq	(,%r13,2), %r12
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm6, %xmm6, %xmm6
	.p2align	4
.LBB1_7:
	vmovups	-64(%r8), %zmm16
	vmovups	(%r8), %zmm17
	vbroadcastss	(%rsi), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm14
	vfmadd231ps	%zmm18, %zmm17, %zmm15
	leaq	(%rsi,%r13), %r15
	vbroadcastss	(%rsi,%rdx,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm13
	vfmadd231ps	%zmm18, %zmm17, %zmm12
	addq	%r13, %r15
	vbroadcastss	(%rsi,%rdx,8), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm11
	vfmadd231ps	%zmm18, %zmm17, %zmm10
	vbroadcastss	(%r15,%rdx,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm9
	vfmadd231ps	%zmm18, %zmm17, %zmm8
	vbroadcastss	(%r15,%rdx,8), %zmm18
	addq	%r12, %r15
	vfmadd231ps	%zmm16, %zmm18, %zmm7
	vfmadd231ps	%zmm18, %zmm17, %zmm6
	leaq	(%r15,%rdx,4), %rbx
	vbroadcastss	(%r15,%rdx,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm5
	vfmadd231ps	%zmm18, %zmm17, %zmm4
	vbroadcastss	(%r13,%rbx), %zmm18
	addq	%r13, %rbx
	vfmadd231ps	%zmm16, %zmm18, %zmm3
	vfmadd231ps	%zmm18, %zmm17, %zmm2
	vbroadcastss	(%r13,%rbx), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm1
	vfmadd231ps	%zmm17, %zmm18, %zmm0
	addq	%r9, %r8
	addq	%rcx, %rsi
	decq	%rdi
	jne	.LBB1_7
	cmpl	$0, 32(%rbp)
	je	.LBB1_3
.LBB1_4:
	vaddps	(%rax), %zmm14, %zmm14
	vaddps	64(%rax), %zmm15, %zmm15
	vmovups	%zmm14, (%rax)
	vmovups	%zmm15, 64(%rax)
	vaddps	(%rax,%r11,4), %zmm13, %zmm13
	vaddps	64(%rax,%r11,4), %zmm12, %zmm12
	vmovups	%zmm13, (%rax,%r11,4)
	vmovups	%zmm12, 64(%rax,%r11,4)
	vaddps	(%rax,%r11,8), %zmm11, %zmm11
	vaddps	64(%rax,%r11,8), %zmm10, %zmm10
	vmovups	%zmm11, (%rax,%r11,8)
	vmovups	%zmm10, 64(%rax,%r11,8)
	vaddps	(%rax,%r10,4), %zmm9, %zmm9
	vaddps	64(%rax,%r10,4), %zmm8, %zmm8
	vmovups	%zmm9, (%rax,%r10,4)
	vmovups	%zmm8, 64(%rax,%r10,4)
	vaddps	(%rax,%r14), %zmm7, %zmm7
	vaddps	64(%rax,%r14), %zmm6, %zmm6
	vmovups	%zmm7, (%rax,%r14)
	vmovups	%zmm6, 64(%rax,%r14)
	movq	-48(%rbp), %rcx
	vaddps	(%rax,%rcx,4), %zmm5, %zmm5
	vaddps	64(%rax,%rcx,4), %zmm4, %zmm4
	vmovups	%zmm5, (%rax,%rcx,4)
	vmovups	%zmm4, 64(%rax,%rcx,4)
	vaddps	(%rax,%r10,8), %zmm3, %zmm3
	vaddps	64(%rax,%r10,8), %zmm2, %zmm2
	vmovups	%zmm3, (%rax,%r10,8)
	vmovups	%zmm2, 64(%rax,%r10,8)
	movq	-64(%rbp), %rcx
	vaddps	(%rax,%rcx), %zmm1, %zmm1
	vaddps	64(%rax,%rcx), %zmm0, %zmm0
	addq	%rcx, %rax
	jmp	.LBB1_5
.LBB1_1:
	vxorps	%xmm6, %xmm6, %xmm6
	vxorps	%xmm5, %xmm5, %xmm5
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm3, %xmm3, %xmm3
	vxorps	%xmm2, %xmm2, %xmm2
	vxorps	%xmm1, %xmm1, %xmm1
	vxorps	%xmm0, %xmm0, %xmm0
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%xmm14, %xmm14, %xmm14
	cmpl	$0, 32(%rbp)
	jne	.LBB1_4
.LBB1_3:
	vmovups	%zmm14, (%rax)
	vmovups	%zmm15, 64(%rax)
	vmovups	%zmm13, (%rax,%r11,4)
	vmovups	%zmm12, 64(%rax,%r11,4)
	vmovups	%zmm11, (%rax,%r11,8)
	vmovups	%zmm10, 64(%rax,%r11,8)
	vmovups	%zmm9, (%rax,%r10,4)
	vmovups	%zmm8, 64(%rax,%r10,4)
	vmovups	%zmm7, (%rax,%r14)
	vmovups	%zmm6, 64(%rax,%r14)
	movq	-48(%rbp), %rcx
	vmovups	%zmm5, (%rax,%rcx,4)
	vmovups	%zmm4, 64(%rax,%rcx,4)
	vmovups	%zmm3, (%rax,%r10,8)
	vmovups	%zmm2, 64(%rax,%r10,8)
	addq	%r11, %rax
	addq	-56(%rbp), %rax
.LBB1_5:
	vmovups	%zmm1, (%rax)
	vmovups	%zmm0, 64(%rax)
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
	.size	axon_ukernel_avx512_strided_f32, .Lfunc_end1-axon_ukernel_avx512_strided_f32
	.cfi_endproc

	.globl	axon_ukernel_avx512_indirect_f32
	.p2align	4
	.type	axon_ukernel_avx512_indirect_f32,@function
axon_ukernel_avx512_indirect_f32:
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
	movq	%r9, -112(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%rdi, %r15
	movq	(%rdx), %rax
	movq	%rax, -88(%rbp)
	movq	8(%rdx), %r14
	movq	16(%rdx), %r11
	movq	24(%rdx), %rbx
	movq	32(%rdx), %r10
	movq	40(%rdx), %rcx
	movq	48(%rdx), %rax
	movq	%rax, -96(%rbp)
	movq	56(%rdx), %rdi
	movq	16(%rbp), %rax
	prefetcht0	(%rax)
	movq	24(%rbp), %r12
	prefetcht0	(%rax,%r12,4)
	prefetcht0	(%rax,%r12,8)
	leaq	(%r12,%r12,2), %r9
	prefetcht0	(%rax,%r9,4)
	movq	%r12, %r13
	shlq	$4, %r13
	movq	%r13, -48(%rbp)
	prefetcht0	(%rax,%r13)
	leaq	(%r12,%r12,4), %r13
	movq	%r13, -56(%rbp)
	prefetcht0	(%rax,%r13,4)
	movq	%r9, -64(%rbp)
	prefetcht0	(%rax,%r9,8)
	leaq	(%r12,%r12,8), %r13
	leaq	(%r13,%r13,2), %r9
	movq	%r9, -80(%rbp)
	addq	%r12, %r9
	movq	%r9, -104(%rbp)
	prefetcht0	(%rax,%r9)
	testq	%r15, %r15
	jle	.LBB2_1
	movq	%r15, %r9
	shlq	$2, -72(%rbp)
	vxorps	%xmm14, %xmm14, %xmm14
	xorl	%r13d, %r13d
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm10, %xmm10, %xmm10
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
	movq	-112(%rbp), %rax
	movq	-88(%rbp), %r15
	movq	-96(%rbp), %rdx
	.p2align	4
.LBB2_7:
	movq	%rdi, %r12
	movq	%r9, %rdi
	movq	(%rax,%r13,8), %r9
	vmovups	(%r8,%r9,4), %zmm16
	vmovups	64(%r8,%r9,4), %zmm17
	movq	%rdi, %r9
	movq	%r12, %rdi
	vbroadcastss	(%rsi,%r15,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm14
	vfmadd231ps	%zmm18, %zmm17, %zmm15
	vbroadcastss	(%rsi,%r14,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm13
	vfmadd231ps	%zmm18, %zmm17, %zmm12
	vbroadcastss	(%rsi,%r11,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm11
	vfmadd231ps	%zmm18, %zmm17, %zmm10
	vbroadcastss	(%rsi,%rbx,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm9
	vfmadd231ps	%zmm18, %zmm17, %zmm8
	vbroadcastss	(%rsi,%r10,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm7
	vfmadd231ps	%zmm18, %zmm17, %zmm6
	vbroadcastss	(%rsi,%rcx,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm5
	vfmadd231ps	%zmm18, %zmm17, %zmm4
	vbroadcastss	(%rsi,%rdx,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm3
	vfmadd231ps	%zmm18, %zmm17, %zmm2
	vbroadcastss	(%rsi,%r12,4), %zmm18
	vfmadd231ps	%zmm16, %zmm18, %zmm1
	vfmadd231ps	%zmm17, %zmm18, %zmm0
	incq	%r13
	addq	-72(%rbp), %rsi
	cmpq	%r13, %r9
	jne	.LBB2_7
	jmp	.LBB2_2
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
	vxorps	%xmm10, %xmm10, %xmm10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%xmm14, %xmm14, %xmm14
.LBB2_2:
	movq	16(%rbp), %rax
	cmpl	$0, 32(%rbp)
	je	.LBB2_3
	vaddps	(%rax), %zmm14, %zmm14
	vaddps	64(%rax), %zmm15, %zmm15
	vmovups	%zmm14, (%rax)
	vmovups	%zmm15, 64(%rax)
	movq	24(%rbp), %rcx
	vaddps	(%rax,%rcx,4), %zmm13, %zmm13
	vaddps	64(%rax,%rcx,4), %zmm12, %zmm12
	vmovups	%zmm13, (%rax,%rcx,4)
	vmovups	%zmm12, 64(%rax,%rcx,4)
	vaddps	(%rax,%rcx,8), %zmm11, %zmm11
	vaddps	64(%rax,%rcx,8), %zmm10, %zmm10
	vmovups	%zmm11, (%rax,%rcx,8)
	vmovups	%zmm10, 64(%rax,%rcx,8)
	movq	-64(%rbp), %rcx
	vaddps	(%rax,%rcx,4), %zmm9, %zmm9
	vaddps	64(%rax,%rcx,4), %zmm8, %zmm8
	vmovups	%zmm9, (%rax,%rcx,4)
	vmovups	%zmm8, 64(%rax,%rcx,4)
	movq	-48(%rbp), %rdx
	vaddps	(%rax,%rdx), %zmm7, %zmm7
	vaddps	64(%rax,%rdx), %zmm6, %zmm6
	vmovups	%zmm7, (%rax,%rdx)
	vmovups	%zmm6, 64(%rax,%rdx)
	movq	-56(%rbp), %rdx
	vaddps	(%rax,%rdx,4), %zmm5, %zmm5
	vaddps	64(%rax,%rdx,4), %zmm4, %zmm4
	vmovups	%zmm5, (%rax,%rdx,4)
	vmovups	%zmm4, 64(%rax,%rdx,4)
	vaddps	(%rax,%rcx,8), %zmm3, %zmm3
	vaddps	64(%rax,%rcx,8), %zmm2, %zmm2
	vmovups	%zmm3, (%rax,%rcx,8)
	vmovups	%zmm2, 64(%rax,%rcx,8)
	movq	-104(%rbp), %rcx
	vaddps	(%rax,%rcx), %zmm1, %zmm1
	vaddps	64(%rax,%rcx), %zmm0, %zmm0
	addq	%rcx, %rax
	jmp	.LBB2_5
.LBB2_3:
	vmovups	%zmm14, (%rax)
	vmovups	%zmm15, 64(%rax)
	movq	24(%rbp), %rdx
	vmovups	%zmm13, (%rax,%rdx,4)
	vmovups	%zmm12, 64(%rax,%rdx,4)
	vmovups	%zmm11, (%rax,%rdx,8)
	vmovups	%zmm10, 64(%rax,%rdx,8)
	movq	-64(%rbp), %rcx
	vmovups	%zmm9, (%rax,%rcx,4)
	vmovups	%zmm8, 64(%rax,%rcx,4)
	movq	-48(%rbp), %rsi
	vmovups	%zmm7, (%rax,%rsi)
	vmovups	%zmm6, 64(%rax,%rsi)
	movq	-56(%rbp), %rsi
	vmovups	%zmm5, (%rax,%rsi,4)
	vmovups	%zmm4, 64(%rax,%rsi,4)
	vmovups	%zmm3, (%rax,%rcx,8)
	vmovups	%zmm2, 64(%rax,%rcx,8)
	addq	%rdx, %rax
	addq	-80(%rbp), %rax
.LBB2_5:
	vmovups	%zmm1, (%rax)
	vmovups	%zmm0, 64(%rax)
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
	.size	axon_ukernel_avx512_indirect_f32, .Lfunc_end2-axon_ukernel_avx512_indirect_f32
	.cfi_endproc

	.globl	axon_ukernel_avx512_f64
	.p2align	4
	.type	axon_ukernel_avx512_f64,@function
axon_ukernel_avx512_f64:
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
	prefetcht0	(%rcx)
	prefetcht0	(%rcx,%r8,8)
	movq	%r8, %r15
	shlq	$4, %r15
	prefetcht0	(%rcx,%r15)
	leaq	(%r8,%r8,2), %r14
	prefetcht0	(%rcx,%r14,8)
	movq	%r8, %rbx
	shlq	$5, %rbx
	prefetcht0	(%rcx,%rbx)
	leaq	(%r8,%r8,4), %r11
	prefetcht0	(%rcx,%r11,8)
	movq	%r14, %r10
	shlq	$4, %r10
	prefetcht0	(%rcx,%r10)
	imulq	$56, %r8, %rax
	prefetcht0	(%rcx,%rax)
	testq	%rdi, %rdi
	jle	.LBB3_1
	vxorpd	%xmm14, %xmm14, %xmm14
	xorl	%r12d, %r12d
	vxorpd	%xmm15, %xmm15, %xmm15
	vxorpd	%xmm13, %xmm13, %xmm13
	vxorpd	%xmm12, %xmm12, %xmm12
	vxorpd	%xmm11, %xmm11, %xmm11
	vxorpd	%xmm10, %xmm10, %xmm10
	vxorpd	%xmm9, %xmm9, %xmm9
	vxorpd	%xmm8, %xmm8, %xmm8
	vxorpd	%xmm0, %xmm0, %xmm0
	vxorpd	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm2, %xmm2, %xmm2
	vxorpd	%xmm3, %xmm3, %xmm3
	vxorpd	%xmm4, %xmm4, %xmm4
	vxorpd	%xmm5, %xmm5, %xmm5
	vxorpd	%xmm6, %xmm6, %xmm6
	vxorpd	%xmm7, %xmm7, %xmm7
	.p2align	4
.LBB3_7:
	prefetcht0	1024(%rdx,%r12,2)
	vmovapd	(%rdx,%r12,2), %zmm16
	vmovapd	64(%rdx,%r12,2), %zmm17
	vbroadcastsd	(%rsi,%r12), %zmm18
	vfmadd231pd	%zmm16, %zmm18, %zmm14
	vfmadd231pd	%zmm18, %zmm17, %zmm15
	vbroadcastsd	8(%rsi,%r12), %zmm18
	vfmadd231pd	%zmm16, %zmm18, %zmm13
	vfmadd231pd	%zmm18, %zmm17, %zmm12
	vbroadcastsd	16(%rsi,%r12), %zmm18
	vfmadd231pd	%zmm16, %zmm18, %zmm11
	vfmadd231pd	%zmm18, %zmm17, %zmm10
	vbroadcastsd	24(%rsi,%r12), %zmm18
	vfmadd231pd	%zmm16, %zmm18, %zmm9
	vfmadd231pd	%zmm18, %zmm17, %zmm8
	vbroadcastsd	32(%rsi,%r12), %zmm18
	vfmadd231pd	%zmm16, %zmm18, %zmm7
	vfmadd231pd	%zmm18, %zmm17, %zmm6
	vbroadcastsd	40(%rsi,%r12), %zmm18
	vfmadd231pd	%zmm16, %zmm18, %zmm5
	vfmadd231pd	%zmm18, %zmm17, %zmm4
	vbroadcastsd	48(%rsi,%r12), %zmm18
	vfmadd231pd	%zmm16, %zmm18, %zmm3
	vfmadd231pd	%zmm18, %zmm17, %zmm2
	vbroadcastsd	56(%rsi,%r12), %zmm18
	vfmadd231pd	%zmm16, %zmm18, %zmm1
	vfmadd231pd	%zmm17, %zmm18, %zmm0
	addq	$64, %r12
	decq	%rdi
	jne	.LBB3_7
	testl	%r9d, %r9d
	je	.LBB3_3
.LBB3_4:
	vaddpd	(%rcx), %zmm14, %zmm14
	vaddpd	64(%rcx), %zmm15, %zmm15
	vmovupd	%zmm14, (%rcx)
	vmovupd	%zmm15, 64(%rcx)
	vaddpd	(%rcx,%r8,8), %zmm13, %zmm13
	vaddpd	64(%rcx,%r8,8), %zmm12, %zmm12
	vmovupd	%zmm13, (%rcx,%r8,8)
	vmovupd	%zmm12, 64(%rcx,%r8,8)
	vaddpd	(%rcx,%r15), %zmm11, %zmm11
	vaddpd	64(%rcx,%r15), %zmm10, %zmm10
	vmovupd	%zmm11, (%rcx,%r15)
	vmovupd	%zmm10, 64(%rcx,%r15)
	vaddpd	(%rcx,%r14,8), %zmm9, %zmm9
	vaddpd	64(%rcx,%r14,8), %zmm8, %zmm8
	vmovupd	%zmm9, (%rcx,%r14,8)
	vmovupd	%zmm8, 64(%rcx,%r14,8)
	vaddpd	(%rcx,%rbx), %zmm7, %zmm7
	vaddpd	64(%rcx,%rbx), %zmm6, %zmm6
	vmovupd	%zmm7, (%rcx,%rbx)
	vmovupd	%zmm6, 64(%rcx,%rbx)
	vaddpd	(%rcx,%r11,8), %zmm5, %zmm5
	vaddpd	64(%rcx,%r11,8), %zmm4, %zmm4
	vmovupd	%zmm5, (%rcx,%r11,8)
	vmovupd	%zmm4, 64(%rcx,%r11,8)
	vaddpd	(%rcx,%r10), %zmm3, %zmm3
	vaddpd	64(%rcx,%r10), %zmm2, %zmm2
	vmovupd	%zmm3, (%rcx,%r10)
	vmovupd	%zmm2, 64(%rcx,%r10)
	vaddpd	(%rcx,%rax), %zmm1, %zmm1
	vaddpd	64(%rcx,%rax), %zmm0, %zmm0
	addq	%rcx, %rax
	jmp	.LBB3_5
.LBB3_1:
	vxorpd	%xmm7, %xmm7, %xmm7
	vxorpd	%xmm6, %xmm6, %xmm6
	vxorpd	%xmm5, %xmm5, %xmm5
	vxorpd	%xmm4, %xmm4, %xmm4
	vxorpd	%xmm3, %xmm3, %xmm3
	vxorpd	%xmm2, %xmm2, %xmm2
	vxorpd	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm0, %xmm0, %xmm0
	vxorpd	%xmm8, %xmm8, %xmm8
	vxorpd	%xmm9, %xmm9, %xmm9
	vxorpd	%xmm10, %xmm10, %xmm10
	vxorpd	%xmm11, %xmm11, %xmm11
	vxorpd	%xmm12, %xmm12, %xmm12
	vxorpd	%xmm13, %xmm13, %xmm13
	vxorpd	%xmm15, %xmm15, %xmm15
	vxorpd	%xmm14, %xmm14, %xmm14
	testl	%r9d, %r9d
	jne	.LBB3_4
.LBB3_3:
	vmovupd	%zmm14, (%rcx)
	vmovupd	%zmm15, 64(%rcx)
	vmovupd	%zmm13, (%rcx,%r8,8)
	vmovupd	%zmm12, 64(%rcx,%r8,8)
	vmovupd	%zmm11, (%rcx,%r15)
	vmovupd	%zmm10, 64(%rcx,%r15)
	vmovupd	%zmm9, (%rcx,%r14,8)
	vmovupd	%zmm8, 64(%rcx,%r14,8)
	vmovupd	%zmm7, (%rcx,%rbx)
	vmovupd	%zmm6, 64(%rcx,%rbx)
	vmovupd	%zmm5, (%rcx,%r11,8)
	vmovupd	%zmm4, 64(%rcx,%r11,8)
	vmovupd	%zmm3, (%rcx,%r10)
	vmovupd	%zmm2, 64(%rcx,%r10)
	addq	%rcx, %rax
.LBB3_5:
	vmovupd	%zmm1, (%rax)
	vmovupd	%zmm0, 64(%rax)
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end3:
	.size	axon_ukernel_avx512_f64, .Lfunc_end3-axon_ukernel_avx512_f64
	.cfi_endproc

	.globl	axon_ukernel_avx512_strided_f64
	.p2align	4
	.type	axon_ukernel_avx512_strided_f64,@function
axon_ukernel_avx512_strided_f64:
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
	movq	24(%rbp), %rbx
	movq	16(%rbp), %rax
	prefetcht0	(%rax)
	prefetcht0	(%rax,%rbx,8)
	movq	%rbx, %r12
	shlq	$4, %r12
	prefetcht0	(%rax,%r12)
	leaq	(%rbx,%rbx,2), %r15
	prefetcht0	(%rax,%r15,8)
	movq	%rbx, %r14
	shlq	$5, %r14
	prefetcht0	(%rax,%r14)
	leaq	(%rbx,%rbx,4), %r10
	movq	%r10, -48(%rbp)
	prefetcht0	(%rax,%r10,8)
	movq	%r15, %r11
	shlq	$4, %r11
	prefetcht0	(%rax,%r11)
	imulq	$56, %rbx, %r10
	prefetcht0	(%rax,%r10)
	testq	%rdi, %rdi
	jle	.LBB4_1
	addq	$64, %r8
	shlq	$3, %r9
	shlq	$3, %rcx
	leaq	(,%rdx,8), %rbx
	vxorpd	%xmm14, %xmm14, %xmm14
	vxorpd	%xmm15, %xmm15, %xmm15
	vxorpd	%xmm13, %xmm13, %xmm13
	vxorpd	%xmm12, %xmm12, %xmm12
	vxorpd	%xmm11, %xmm11, %xmm11
	vxorpd	%xmm10, %xmm10, %xmm10
	vxorpd	%xmm9, %xmm9, %xmm9
	vxorpd	%xmm8, %xmm8, %xmm8
	vxorpd	%xmm7, %xmm7, %xmm7
	vxorpd	%xmm0, %xmm0, %xmm0
	vxorpd	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm2, %xmm2, %xmm2
	vxorpd	%xmm3, %xmm3, %xmm3
	vxorpd	%xmm4, %xmm4, %xmm4
	vxorpd	%xmm5, %xmm5, %xmm5
	vxorpd	%xmm6, %xmm6, %xmm6
	.p2align	4
.LBB4_7:
	vmovupd	-64(%r8), %zmm16
	vbroadcastsd	(%rsi), %zmm17
	vmovupd	(%r8), %zmm18
	vfmadd231pd	%zmm16, %zmm17, %zmm14
	vfmadd231pd	%zmm17, %zmm18, %zmm15
	leaq	(%rsi,%rdx,8), %r13
	vbroadcastsd	(%rsi,%rdx,8), %zmm17
	vfmadd231pd	%zmm16, %zmm17, %zmm13
	vfmadd231pd	%zmm17, %zmm18, %zmm12
	vbroadcastsd	(%rbx,%r13), %zmm17
	addq	%rbx, %r13
	vfmadd231pd	%zmm16, %zmm17, %zmm11
	vfmadd231pd	%zmm17, %zmm18, %zmm10
	vbroadcastsd	(%rbx,%r13), %zmm17
	addq	%rbx, %r13
	vfmadd231pd	%zmm16, %zmm17, %zmm9
	vfmadd231pd	%zmm17, %zmm18, %zmm8
	vbroadcastsd	(%rbx,%r13), %zmm17
	addq	%rbx, %r13
	vfmadd231pd	%zmm16, %zmm17, %zmm7
	vbroadcastsd	(%rbx,%r13), %zmm19
	vfmadd231pd	%zmm17, %zmm18, %zmm6
	addq	%rbx, %r13
	vfmadd231pd	%zmm16, %zmm19, %zmm5
	vfmadd231pd	%zmm19, %zmm18, %zmm4
	vbroadcastsd	(%rbx,%r13), %zmm17
	addq	%rbx, %r13
	vfmadd231pd	%zmm16, %zmm17, %zmm3
	vfmadd231pd	%zmm17, %zmm18, %zmm2
	vbroadcastsd	(%rbx,%r13), %zmm17
	vfmadd231pd	%zmm16, %zmm17, %zmm1
	vfmadd231pd	%zmm18, %zmm17, %zmm0
	addq	%r9, %r8
	addq	%rcx, %rsi
	decq	%rdi
	jne	.LBB4_7
	cmpl	$0, 32(%rbp)
	je	.LBB4_3
.LBB4_4:
	vaddpd	(%rax), %zmm14, %zmm14
	vaddpd	64(%rax), %zmm15, %zmm15
	vmovupd	%zmm14, (%rax)
	vmovupd	%zmm15, 64(%rax)
	movq	24(%rbp), %rcx
	vaddpd	(%rax,%rcx,8), %zmm13, %zmm13
	vaddpd	64(%rax,%rcx,8), %zmm12, %zmm12
	vmovupd	%zmm13, (%rax,%rcx,8)
	vmovupd	%zmm12, 64(%rax,%rcx,8)
	vaddpd	(%rax,%r12), %zmm11, %zmm11
	vaddpd	64(%rax,%r12), %zmm10, %zmm10
	vmovupd	%zmm11, (%rax,%r12)
	vmovupd	%zmm10, 64(%rax,%r12)
	vaddpd	(%rax,%r15,8), %zmm9, %zmm9
	vaddpd	64(%rax,%r15,8), %zmm8, %zmm8
	vmovupd	%zmm9, (%rax,%r15,8)
	vmovupd	%zmm8, 64(%rax,%r15,8)
	vaddpd	(%rax,%r14), %zmm7, %zmm7
	vaddpd	64(%rax,%r14), %zmm6, %zmm6
	vmovupd	%zmm7, (%rax,%r14)
	vmovupd	%zmm6, 64(%rax,%r14)
	movq	-48(%rbp), %rcx
	vaddpd	(%rax,%rcx,8), %zmm5, %zmm5
	vaddpd	64(%rax,%rcx,8), %zmm4, %zmm4
	vmovupd	%zmm5, (%rax,%rcx,8)
	vmovupd	%zmm4, 64(%rax,%rcx,8)
	vaddpd	(%rax,%r11), %zmm3, %zmm3
	vaddpd	64(%rax,%r11), %zmm2, %zmm2
	vmovupd	%zmm3, (%rax,%r11)
	vmovupd	%zmm2, 64(%rax,%r11)
	vaddpd	(%rax,%r10), %zmm1, %zmm1
	vaddpd	64(%rax,%r10), %zmm0, %zmm0
	addq	%rax, %r10
	jmp	.LBB4_5
.LBB4_1:
	vxorpd	%xmm6, %xmm6, %xmm6
	vxorpd	%xmm5, %xmm5, %xmm5
	vxorpd	%xmm4, %xmm4, %xmm4
	vxorpd	%xmm3, %xmm3, %xmm3
	vxorpd	%xmm2, %xmm2, %xmm2
	vxorpd	%xmm1, %xmm1, %xmm1
	vxorpd	%xmm0, %xmm0, %xmm0
	vxorpd	%xmm7, %xmm7, %xmm7
	vxorpd	%xmm8, %xmm8, %xmm8
	vxorpd	%xmm9, %xmm9, %xmm9
	vxorpd	%xmm10, %xmm10, %xmm10
	vxorpd	%xmm11, %xmm11, %xmm11
	vxorpd	%xmm12, %xmm12, %xmm12
	vxorpd	%xmm13, %xmm13, %xmm13
	vxorpd	%xmm15, %xmm15, %xmm15
	vxorpd	%xmm14, %xmm14, %xmm14
	cmpl	$0, 32(%rbp)
	jne	.LBB4_4
.LBB4_3:
	vmovupd	%zmm14, (%rax)
	vmovupd	%zmm15, 64(%rax)
	movq	24(%rbp), %rcx
	vmovupd	%zmm13, (%rax,%rcx,8)
	vmovupd	%zmm12, 64(%rax,%rcx,8)
	vmovupd	%zmm11, (%rax,%r12)
	vmovupd	%zmm10, 64(%rax,%r12)
	vmovupd	%zmm9, (%rax,%r15,8)
	vmovupd	%zmm8, 64(%rax,%r15,8)
	vmovupd	%zmm7, (%rax,%r14)
	vmovupd	%zmm6, 64(%rax,%r14)
	movq	-48(%rbp), %rcx
	vmovupd	%zmm5, (%rax,%rcx,8)
	vmovupd	%zmm4, 64(%rax,%rcx,8)
	vmovupd	%zmm3, (%rax,%r11)
	vmovupd	%zmm2, 64(%rax,%r11)
	addq	%rax, %r10
.LBB4_5:
	vmovupd	%zmm1, (%r10)
	vmovupd	%zmm0, 64(%r10)
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
	.size	axon_ukernel_avx512_strided_f64, .Lfunc_end4-axon_ukernel_avx512_strided_f64
	.cfi_endproc

	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI5_0:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI5_1:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI5_2:
	.quad	16
.LCPI5_3:
	.quad	8
	.text
	.globl	axon_gemm_small_avx512_f32
	.p2align	4
	.type	axon_gemm_small_avx512_f32,@function
axon_gemm_small_avx512_f32:
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
	subq	$4864, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, 88(%rsp)
	movq	%rdx, %r11
	movq	40(%rbp), %r10
	movq	32(%rbp), %rax
	movq	24(%rbp), %r13
	testl	%esi, %esi
	je	.LBB5_1
	movl	$16, %edx
	testq	%rcx, %rcx
	jle	.LBB5_3
	movabsq	$9223372036854775792, %rdx
	movq	%r8, %r12
	andq	%rdx, %r12
	orq	$8, %rdx
	andq	%r8, %rdx
	shlq	$2, %rax
	leaq	704(%rsp), %r9
	xorl	%r10d, %r10d
	vmovdqa64	.LCPI5_1(%rip), %zmm0
	vpbroadcastq	.LCPI5_3(%rip), %zmm1
	vmovdqa64	.LCPI5_0(%rip), %zmm2
	vmovdqa64	.LCPI5_1(%rip), %zmm3
	vpbroadcastq	.LCPI5_2(%rip), %zmm4
	movq	%r9, %rbx
	jmp	.LBB5_5
	.p2align	4
.LBB5_19:
	incq	%r10
	addq	%rax, %r13
	addq	$4, %rbx
	cmpq	%rcx, %r10
	je	.LBB5_20
.LBB5_5:
	testq	%r8, %r8
	jle	.LBB5_19
	cmpq	$7, %r8
	ja	.LBB5_10
	xorl	%esi, %esi
	jmp	.LBB5_8
	.p2align	4
.LBB5_10:
	leaq	(%rsp,%r10,4), %r14
	addq	$704, %r14
	cmpq	$16, %r8
	jae	.LBB5_12
	xorl	%r15d, %r15d
.LBB5_16:
	vpbroadcastq	%r15, %zmm5
	vporq	%zmm0, %zmm5, %zmm5
	.p2align	4
.LBB5_17:
	vmovups	(%r13,%r15,4), %ymm6
	vpsllq	$6, %zmm5, %zmm7
	kxnorw	%k0, %k0, %k1
	vscatterqps	%ymm6, (%r14,%zmm7) {%k1}
	addq	$8, %r15
	vpaddq	%zmm1, %zmm5, %zmm5
	cmpq	%r15, %rdx
	jne	.LBB5_17
	movq	%rdx, %rsi
	cmpq	%rdx, %r8
	je	.LBB5_19
	jmp	.LBB5_8
.LBB5_12:
	xorl	%esi, %esi
	vmovdqa64	%zmm3, %zmm5
	vmovdqa64	%zmm2, %zmm6
	.p2align	4
.LBB5_13:
	vpsllq	$6, %zmm6, %zmm7
	vpsllq	$6, %zmm5, %zmm8
	vmovups	(%r13,%rsi,4), %ymm9
	vmovups	32(%r13,%rsi,4), %ymm10
	kxnorw	%k0, %k0, %k1
	vscatterqps	%ymm9, (%r14,%zmm8) {%k1}
	kxnorw	%k0, %k0, %k1
	vscatterqps	%ymm10, (%r14,%zmm7) {%k1}
	addq	$16, %rsi
	vpaddq	%zmm4, %zmm5, %zmm5
	vpaddq	%zmm4, %zmm6, %zmm6
	cmpq	%rsi, %r12
	jne	.LBB5_13
	cmpq	%r12, %r8
	je	.LBB5_19
	movq	%r12, %rsi
	movq	%r12, %r15
	testb	$8, %r8b
	jne	.LBB5_16
	.p2align	4
.LBB5_8:
	movq	%rsi, %r14
	shlq	$6, %r14
	addq	%rbx, %r14
	.p2align	4
.LBB5_9:
	vmovd	(%r13,%rsi,4), %xmm5
	vmovd	%xmm5, (%r14)
	incq	%rsi
	addq	$64, %r14
	cmpq	%rsi, %r8
	jne	.LBB5_9
	jmp	.LBB5_19
.LBB5_20:
	movq	%r9, %r13
	movq	40(%rbp), %r10
	movl	$16, %edx
	jmp	.LBB5_21
.LBB5_1:
	movq	%rax, %rdx
	jmp	.LBB5_21
.LBB5_3:
	leaq	704(%rsp), %r13
.LBB5_21:
	movl	$-1, %eax
	shll	%cl, %eax
	movq	16(%rbp), %rcx
	notl	%eax
	testq	%r10, %r10
	movq	%r8, 48(%rsp)
	movq	%rdx, 40(%rsp)
	je	.LBB5_22
	kmovw	%eax, %k1
	vmovups	(%r10), %zmm0 {%k1} {z}
	jmp	.LBB5_24
.LBB5_22:
	vpxor	%xmm0, %xmm0, %xmm0
.LBB5_24:
	testl	%edi, %edi
	movl	$1, %ebx
	movq	%rcx, %rdx
	cmoveq	%rbx, %rdx
	movq	%rdx, 32(%rsp)
	movq	%r11, 16(%rsp)
	testq	%r11, %r11
	jle	.LBB5_40
	movq	64(%rbp), %rsi
	movq	56(%rbp), %r8
	movq	16(%rsp), %r9
	leaq	-1(%r9), %rdx
	movq	%rdx, 96(%rsp)
	testl	%edi, %edi
	cmovneq	%rbx, %rcx
	kmovw	%eax, %k1
	shlq	$2, %rcx
	movq	%rcx, 72(%rsp)
	shlq	$2, 32(%rsp)
	shlq	$2, 40(%rsp)
	leaq	(,%rsi,4), %r14
	movq	%rsi, %rax
	shlq	$5, %rax
	movq	%rax, 112(%rsp)
	leaq	(,%rsi,8), %r15
	movl	$7, %eax
	movl	$6, %ecx
	movl	$5, %r12d
	movl	$4, %edi
	vpxor	%xmm1, %xmm1, %xmm1
	xorl	%edx, %edx
	movq	%r8, 24(%rsp)
	movl	$2, %r8d
	movl	$3, %esi
	movq	%r13, 80(%rsp)
	movq	%r14, 120(%rsp)
	movq	%r15, 104(%rsp)
	jmp	.LBB5_26
.LBB5_35:
	vaddps	%zmm2, %zmm0, %zmm2
.LBB5_38:
	vmovups	%zmm2, (%rcx) {%k1}
.LBB5_39:
	addq	$8, %rdx
	movq	136(%rsp), %r11
	addq	$-8, %r11
	movq	176(%rsp), %rax
	addq	$8, %rax
	movq	168(%rsp), %rcx
	addq	$8, %rcx
	addq	$8, %r12
	addq	$8, %rdi
	movq	152(%rsp), %rsi
	addq	$8, %rsi
	movq	144(%rsp), %r8
	addq	$8, %r8
	movq	184(%rsp), %rbx
	addq	$8, %rbx
	movq	24(%rsp), %r9
	addq	112(%rsp), %r9
	movq	%r9, 24(%rsp)
	movq	%r11, %r9
	cmpq	16(%rsp), %rdx
	jge	.LBB5_40
.LBB5_26:
	cmpq	$8, %r9
	movl	$8, %r11d
	movq	%r9, 136(%rsp)
	cmovlq	%r9, %r11
	movq	%r11, 128(%rsp)
	movq	96(%rsp), %r11
	cmpq	%r11, %rax
	movq	%r11, %r13
	movq	%rax, 176(%rsp)
	cmovlq	%rax, %r13
	cmpq	%r11, %rcx
	movq	%r11, %r14
	movq	%rcx, 168(%rsp)
	cmovlq	%rcx, %r14
	cmpq	%r11, %r12
	movq	%r11, %r9
	movq	%r12, 160(%rsp)
	cmovlq	%r12, %r9
	cmpq	%r11, %rdi
	movq	%r11, %r12
	cmovlq	%rdi, %r12
	cmpq	%r11, %rsi
	movq	%r11, %r15
	movq	%rsi, 152(%rsp)
	cmovlq	%rsi, %r15
	cmpq	%r11, %r8
	movq	%r11, %rcx
	movq	%r8, 144(%rsp)
	cmovlq	%r8, %rcx
	cmpq	%r11, %rbx
	movq	%r11, %rax
	cmovlq	%rbx, %rax
	cmpq	%r11, %rdx
	movq	%r11, %r8
	movq	%rdx, 64(%rsp)
	cmovlq	%rdx, %r8
	vmovdqa64	%zmm1, 640(%rsp)
	vmovdqa64	%zmm1, 576(%rsp)
	vmovdqa64	%zmm1, 512(%rsp)
	vmovdqa64	%zmm1, 448(%rsp)
	vmovdqa64	%zmm1, 384(%rsp)
	vmovdqa64	%zmm1, 320(%rsp)
	vmovdqa64	%zmm1, 256(%rsp)
	vmovdqa64	%zmm1, 192(%rsp)
	cmpq	$0, 48(%rsp)
	movq	16(%rsp), %rsi
	movq	%rbx, 184(%rsp)
	movq	%rdi, 56(%rsp)
	jle	.LBB5_30
	movq	72(%rsp), %rdx
	imulq	%rdx, %r13
	imulq	%rdx, %r14
	imulq	%rdx, %r9
	imulq	%rdx, %r12
	imulq	%rdx, %r15
	imulq	%rdx, %rcx
	imulq	%rdx, %rax
	imulq	%rdx, %r8
	vpxor	%xmm2, %xmm2, %xmm2
	movq	80(%rsp), %r10
	movq	48(%rsp), %rdi
	movq	88(%rsp), %rsi
	vpxor	%xmm3, %xmm3, %xmm3
	vpxor	%xmm4, %xmm4, %xmm4
	vpxor	%xmm5, %xmm5, %xmm5
	vpxor	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	movq	40(%rsp), %rdx
	movq	32(%rsp), %r11
	.p2align	4
.LBB5_28:
	vmovups	(%r10), %zmm10 {%k1} {z}
	vfmadd231ps	(%rsi,%r8){1to16}, %zmm10, %zmm9
	vfmadd231ps	(%rsi,%rax){1to16}, %zmm10, %zmm8
	vfmadd231ps	(%rsi,%rcx){1to16}, %zmm10, %zmm7
	vfmadd231ps	(%rsi,%r15){1to16}, %zmm10, %zmm6
	vfmadd231ps	(%rsi,%r12){1to16}, %zmm10, %zmm5
	vfmadd231ps	(%rsi,%r9){1to16}, %zmm10, %zmm4
	vfmadd231ps	(%rsi,%r14){1to16}, %zmm10, %zmm3
	vfmadd231ps	(%rsi,%r13){1to16}, %zmm10, %zmm2
	addq	%r11, %rsi
	addq	%rdx, %r10
	decq	%rdi
	jne	.LBB5_28
	vmovaps	%zmm9, 192(%rsp)
	vmovaps	%zmm8, 256(%rsp)
	vmovaps	%zmm7, 320(%rsp)
	vmovaps	%zmm6, 384(%rsp)
	vmovaps	%zmm5, 448(%rsp)
	vmovaps	%zmm4, 512(%rsp)
	vmovaps	%zmm3, 576(%rsp)
	vmovaps	%zmm2, 640(%rsp)
	movq	16(%rsp), %rsi
	movq	40(%rbp), %r10
	movq	56(%rsp), %rdi
.LBB5_30:
	movq	%rsi, %rax
	movq	64(%rsp), %rdx
	subq	%rdx, %rax
	cmpq	$8, %rax
	movl	$8, %ecx
	cmovgeq	%rcx, %rax
	testl	%eax, %eax
	movl	48(%rbp), %r9d
	movq	120(%rsp), %r14
	movq	104(%rsp), %r15
	movq	160(%rsp), %r12
	jle	.LBB5_39
	movq	128(%rsp), %rdx
	movl	%edx, %eax
	cmpl	$1, %eax
	jne	.LBB5_41
	xorl	%eax, %eax
.LBB5_33:
	testb	$1, %dl
	movq	56(%rsp), %rdi
	movq	64(%rsp), %rdx
	je	.LBB5_39
	leaq	(%rdx,%rax), %rcx
	imulq	64(%rbp), %rcx
	shlq	$6, %rax
	movq	56(%rbp), %rsi
	leaq	(%rsi,%rcx,4), %rcx
	vmovaps	192(%rsp,%rax), %zmm2
	testq	%r10, %r10
	jne	.LBB5_35
	testl	%r9d, %r9d
	je	.LBB5_38
	vmovups	(%rcx), %zmm3 {%k1} {z}
	vaddps	%zmm3, %zmm2, %zmm2
	jmp	.LBB5_38
	.p2align	4
.LBB5_41:
	movl	%edx, %ecx
	andl	$-2, %ecx
	leaq	256(%rsp), %rdi
	movq	24(%rsp), %r8
	xorl	%eax, %eax
	jmp	.LBB5_42
	.p2align	4
.LBB5_47:
	vaddps	%zmm2, %zmm0, %zmm2
.LBB5_50:
	vmovups	%zmm2, (%rsi) {%k1}
	addq	$2, %rax
	addq	%r15, %r8
	subq	$-128, %rdi
	cmpq	%rax, %rcx
	je	.LBB5_33
.LBB5_42:
	vmovaps	-64(%rdi), %zmm2
	testq	%r10, %r10
	je	.LBB5_44
	vaddps	%zmm2, %zmm0, %zmm2
	jmp	.LBB5_46
	.p2align	4
.LBB5_44:
	testl	%r9d, %r9d
	je	.LBB5_46
	vmovups	(%r8), %zmm3 {%k1} {z}
	vaddps	%zmm3, %zmm2, %zmm2
.LBB5_46:
	leaq	(%r8,%r14), %rsi
	vmovups	%zmm2, (%r8) {%k1}
	vmovaps	(%rdi), %zmm2
	testq	%r10, %r10
	jne	.LBB5_47
	testl	%r9d, %r9d
	je	.LBB5_50
	vmovups	(%rsi), %zmm3 {%k1} {z}
	vaddps	%zmm3, %zmm2, %zmm2
	jmp	.LBB5_50
.LBB5_40:
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
	.size	axon_gemm_small_avx512_f32, .Lfunc_end5-axon_gemm_small_avx512_f32
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
