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
	subq	$5440, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, 136(%rsp)
	movl	%edi, 56(%rsp)
	movq	40(%rbp), %rax
	movq	32(%rbp), %r10
	movq	24(%rbp), %r12
	testl	%esi, %esi
	movq	%rdx, 64(%rsp)
	je	.LBB5_1
	movl	$16, %edi
	testq	%rcx, %rcx
	jle	.LBB5_3
	movabsq	$9223372036854775792, %rdi
	movq	%r8, %r15
	andq	%rdi, %r15
	orq	$8, %rdi
	andq	%r8, %rdi
	shlq	$2, %r10
	leaq	1280(%rsp), %r9
	xorl	%r11d, %r11d
	vmovdqa64	.LCPI5_1(%rip), %zmm0
	vpbroadcastq	.LCPI5_3(%rip), %zmm1
	vmovdqa64	.LCPI5_0(%rip), %zmm2
	vmovdqa64	.LCPI5_1(%rip), %zmm3
	vpbroadcastq	.LCPI5_2(%rip), %zmm4
	movq	%r9, %rbx
	jmp	.LBB5_5
	.p2align	4
.LBB5_19:
	incq	%r11
	addq	%r10, %r12
	addq	$4, %rbx
	cmpq	%rcx, %r11
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
	leaq	(%rsp,%r11,4), %rdx
	addq	$1280, %rdx
	cmpq	$16, %r8
	jae	.LBB5_12
	xorl	%r14d, %r14d
.LBB5_16:
	vpbroadcastq	%r14, %zmm5
	vporq	%zmm0, %zmm5, %zmm5
	.p2align	4
.LBB5_17:
	vmovups	(%r12,%r14,4), %ymm6
	vpsllq	$6, %zmm5, %zmm7
	kxnorw	%k0, %k0, %k1
	vscatterqps	%ymm6, (%rdx,%zmm7) {%k1}
	addq	$8, %r14
	vpaddq	%zmm1, %zmm5, %zmm5
	cmpq	%r14, %rdi
	jne	.LBB5_17
	movq	%rdi, %rsi
	cmpq	%rdi, %r8
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
	vmovups	(%r12,%rsi,4), %ymm9
	vmovups	32(%r12,%rsi,4), %ymm10
	kxnorw	%k0, %k0, %k1
	vscatterqps	%ymm9, (%rdx,%zmm8) {%k1}
	kxnorw	%k0, %k0, %k1
	vscatterqps	%ymm10, (%rdx,%zmm7) {%k1}
	addq	$16, %rsi
	vpaddq	%zmm4, %zmm5, %zmm5
	vpaddq	%zmm4, %zmm6, %zmm6
	cmpq	%rsi, %r15
	jne	.LBB5_13
	cmpq	%r15, %r8
	je	.LBB5_19
	movq	%r15, %rsi
	movq	%r15, %r14
	testb	$8, %r8b
	jne	.LBB5_16
	.p2align	4
.LBB5_8:
	movq	%rsi, %rdx
	shlq	$6, %rdx
	addq	%rbx, %rdx
	.p2align	4
.LBB5_9:
	vmovd	(%r12,%rsi,4), %xmm5
	vmovd	%xmm5, (%rdx)
	incq	%rsi
	addq	$64, %rdx
	cmpq	%rsi, %r8
	jne	.LBB5_9
	jmp	.LBB5_19
.LBB5_20:
	movq	%r9, %r12
	movq	64(%rsp), %rdx
	movl	$16, %edi
	jmp	.LBB5_21
.LBB5_1:
	movq	%r10, %rdi
	jmp	.LBB5_21
.LBB5_3:
	leaq	1280(%rsp), %r12
.LBB5_21:
	movl	$-1, %r11d
	shll	%cl, %r11d
	notl	%r11d
	testq	%rax, %rax
	je	.LBB5_22
	kmovw	%r11d, %k1
	vmovups	(%rax), %zmm0 {%k1} {z}
	jmp	.LBB5_24
.LBB5_22:
	vpxor	%xmm0, %xmm0, %xmm0
.LBB5_24:
	movq	%r12, 152(%rsp)
	movq	64(%rbp), %rcx
	movq	56(%rbp), %r10
	movl	48(%rbp), %r14d
	movq	16(%rbp), %rbx
	cmpq	$16, %rdx
	movq	%r8, 120(%rsp)
	movq	%rdi, 128(%rsp)
	movl	%r11d, 112(%rsp)
	jge	.LBB5_35
	xorl	%r10d, %r10d
.LBB5_26:
	movq	64(%rsp), %r8
	movq	%r8, %rbx
	movq	%r10, 144(%rsp)
	subq	%r10, %rbx
	jle	.LBB5_68
	leaq	-1(%r8), %rcx
	movq	%rcx, 192(%rsp)
	cmpl	$0, 56(%rsp)
	movl	$1, %ecx
	movq	16(%rbp), %rdx
	cmoveq	%rdx, %rcx
	movl	$1, %r13d
	cmovneq	%rdx, %r13
	movl	112(%rsp), %edx
	kmovw	%edx, %k1
	shlq	$2, 128(%rsp)
	shlq	$2, %rcx
	movq	%rcx, 168(%rsp)
	movq	144(%rsp), %rdi
	leaq	7(%rdi), %r14
	shlq	$2, %r13
	leaq	6(%rdi), %r15
	leaq	5(%rdi), %r9
	leaq	4(%rdi), %rcx
	movq	%rcx, 56(%rsp)
	leaq	3(%rdi), %r10
	leaq	2(%rdi), %r12
	leaq	1(%rdi), %r11
	movq	64(%rbp), %rdx
	movq	%rdx, %rcx
	imulq	%r11, %rcx
	movq	56(%rbp), %rsi
	leaq	(%rsi,%rcx,4), %rcx
	movq	%rcx, 160(%rsp)
	movq	%rdx, %rcx
	shlq	$5, %rcx
	movq	%rcx, 184(%rsp)
	movq	%rdi, %rcx
	imulq	%rdx, %rcx
	leaq	(%rsi,%rcx,4), %rcx
	movq	%rcx, 72(%rsp)
	movq	%r9, %rcx
	vpxor	%xmm1, %xmm1, %xmm1
	leaq	(,%rdx,8), %rdx
	movq	%rdx, 104(%rsp)
	xorl	%r8d, %r8d
	movq	56(%rsp), %rdx
	movq	%r13, 176(%rsp)
	jmp	.LBB5_28
.LBB5_63:
	vaddps	%zmm2, %zmm0, %zmm2
.LBB5_66:
	vmovups	%zmm2, (%rdx) {%k1}
.LBB5_67:
	addq	$8, %rdi
	incq	%r9
	addq	$8, %r14
	addq	$8, %r15
	movq	232(%rsp), %rcx
	addq	$8, %rcx
	movq	56(%rsp), %rdx
	addq	$8, %rdx
	movq	224(%rsp), %r10
	addq	$8, %r10
	addq	$8, %r12
	movq	%r9, %r8
	movq	208(%rsp), %r11
	addq	$8, %r11
	movq	184(%rsp), %rsi
	addq	%rsi, 160(%rsp)
	addq	%rsi, 72(%rsp)
	addq	$-8, %rbx
	movq	64(%rsp), %rsi
	cmpq	%rsi, %rdi
	jge	.LBB5_68
.LBB5_28:
	cmpq	$8, %rbx
	movl	$8, %r9d
	movq	%rbx, 112(%rsp)
	cmovlq	%rbx, %r9
	movq	%r9, 200(%rsp)
	movq	192(%rsp), %rsi
	cmpq	%rsi, %r14
	movq	%r8, %r9
	movq	%r10, %r8
	movq	%rsi, %r10
	movq	%r14, 248(%rsp)
	cmovlq	%r14, %r10
	cmpq	%rsi, %r15
	movq	%rsi, %rbx
	movq	%r15, 240(%rsp)
	cmovlq	%r15, %rbx
	cmpq	%rsi, %rcx
	movq	%r12, %r14
	movq	%rsi, %r12
	movq	%rcx, 232(%rsp)
	cmovlq	%rcx, %r12
	cmpq	%rsi, %rdx
	movq	%rdi, %r13
	movq	%rsi, %rdi
	movq	%rdx, 56(%rsp)
	cmovlq	%rdx, %rdi
	cmpq	%rsi, %r8
	movq	%rsi, %r15
	movq	%r8, 224(%rsp)
	cmovlq	%r8, %r15
	cmpq	%rsi, %r14
	movq	%rsi, %rcx
	movq	%r14, 216(%rsp)
	cmovlq	%r14, %rcx
	cmpq	%rsi, %r11
	movq	%rsi, %r14
	movq	%r11, 208(%rsp)
	cmovlq	%r11, %r14
	cmpq	%rsi, %r13
	movq	%r13, 96(%rsp)
	cmovlq	%r13, %rsi
	movq	176(%rsp), %r13
	movq	144(%rsp), %rdx
	leaq	(%rdx,%r9,8), %rdx
	movq	64(%rsp), %r11
	movq	%r11, %r8
	subq	%rdx, %r8
	cmpq	$8, %r8
	movl	$8, %edx
	cmovgeq	%rdx, %r8
	movq	%r8, 80(%rsp)
	vmovdqa64	%zmm1, 704(%rsp)
	vmovdqa64	%zmm1, 640(%rsp)
	vmovdqa64	%zmm1, 576(%rsp)
	vmovdqa64	%zmm1, 512(%rsp)
	vmovdqa64	%zmm1, 448(%rsp)
	vmovdqa64	%zmm1, 384(%rsp)
	vmovdqa64	%zmm1, 320(%rsp)
	vmovdqa64	%zmm1, 256(%rsp)
	cmpq	$0, 120(%rsp)
	movq	%r11, %rdx
	movq	%r9, 88(%rsp)
	jle	.LBB5_32
	movq	168(%rsp), %rax
	imulq	%rax, %r10
	imulq	%rax, %rbx
	imulq	%rax, %r12
	imulq	%rax, %rdi
	imulq	%rax, %r15
	imulq	%rax, %rcx
	imulq	%rax, %r14
	imulq	%rax, %rsi
	vpxor	%xmm2, %xmm2, %xmm2
	movq	136(%rsp), %rdx
	movq	120(%rsp), %r8
	movq	152(%rsp), %r11
	vpxor	%xmm3, %xmm3, %xmm3
	vpxor	%xmm4, %xmm4, %xmm4
	vpxor	%xmm5, %xmm5, %xmm5
	vpxor	%xmm6, %xmm6, %xmm6
	vxorps	%xmm7, %xmm7, %xmm7
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm9, %xmm9, %xmm9
	movq	128(%rsp), %rax
	.p2align	4
.LBB5_30:
	vmovups	(%r11), %zmm10 {%k1} {z}
	vfmadd231ps	(%rdx,%rsi){1to16}, %zmm10, %zmm9
	vfmadd231ps	(%rdx,%r14){1to16}, %zmm10, %zmm8
	vfmadd231ps	(%rdx,%rcx){1to16}, %zmm10, %zmm7
	vfmadd231ps	(%rdx,%r15){1to16}, %zmm10, %zmm6
	vfmadd231ps	(%rdx,%rdi){1to16}, %zmm10, %zmm5
	vfmadd231ps	(%rdx,%r12){1to16}, %zmm10, %zmm4
	vfmadd231ps	(%rdx,%rbx){1to16}, %zmm10, %zmm3
	vfmadd231ps	(%rdx,%r10){1to16}, %zmm10, %zmm2
	addq	%rax, %r11
	addq	%r13, %rdx
	decq	%r8
	jne	.LBB5_30
	vmovaps	%zmm9, 256(%rsp)
	vmovaps	%zmm8, 320(%rsp)
	vmovaps	%zmm7, 384(%rsp)
	vmovaps	%zmm6, 448(%rsp)
	vmovaps	%zmm5, 512(%rsp)
	vmovaps	%zmm4, 576(%rsp)
	vmovaps	%zmm3, 640(%rsp)
	vmovaps	%zmm2, 704(%rsp)
	movq	64(%rsp), %rdx
	movq	40(%rbp), %rax
	movq	88(%rsp), %r9
.LBB5_32:
	movq	%rdx, %rcx
	movq	96(%rsp), %rdi
	subq	%rdi, %rcx
	cmpq	$8, %rcx
	movl	$8, %edx
	cmovgeq	%rdx, %rcx
	testl	%ecx, %ecx
	movl	48(%rbp), %r10d
	movq	112(%rsp), %rbx
	movq	248(%rsp), %r14
	movq	240(%rsp), %r15
	movq	216(%rsp), %r12
	jle	.LBB5_67
	movq	80(%rsp), %rcx
	andl	$2147483647, %ecx
	cmpl	$1, %ecx
	jne	.LBB5_51
	xorl	%ecx, %ecx
.LBB5_61:
	testb	$1, 80(%rsp)
	movq	88(%rsp), %r9
	movq	96(%rsp), %rdi
	je	.LBB5_67
	leaq	(%rcx,%rdi), %rdx
	imulq	64(%rbp), %rdx
	shlq	$6, %rcx
	movq	56(%rbp), %rsi
	leaq	(%rsi,%rdx,4), %rdx
	vmovaps	256(%rsp,%rcx), %zmm2
	testq	%rax, %rax
	jne	.LBB5_63
	testl	%r10d, %r10d
	je	.LBB5_66
	vmovups	(%rdx), %zmm3 {%k1} {z}
	vaddps	%zmm3, %zmm2, %zmm2
	jmp	.LBB5_66
	.p2align	4
.LBB5_51:
	movq	200(%rsp), %r9
	andl	$2147483646, %r9d
	leaq	320(%rsp), %rsi
	xorl	%edi, %edi
	xorl	%ecx, %ecx
	movq	160(%rsp), %r11
	jmp	.LBB5_52
	.p2align	4
.LBB5_57:
	vaddps	%zmm2, %zmm0, %zmm2
.LBB5_60:
	vmovups	%zmm2, (%r8) {%k1}
	addq	$2, %rcx
	addq	104(%rsp), %rdi
	subq	$-128, %rsi
	cmpq	%rcx, %r9
	je	.LBB5_61
.LBB5_52:
	movq	72(%rsp), %rdx
	addq	%rdi, %rdx
	vmovaps	-64(%rsi), %zmm2
	testq	%rax, %rax
	je	.LBB5_54
	vaddps	%zmm2, %zmm0, %zmm2
	jmp	.LBB5_56
	.p2align	4
.LBB5_54:
	testl	%r10d, %r10d
	je	.LBB5_56
	vmovups	(%rdx), %zmm3 {%k1} {z}
	vaddps	%zmm3, %zmm2, %zmm2
.LBB5_56:
	leaq	(%r11,%rdi), %r8
	vmovups	%zmm2, (%rdx) {%k1}
	vmovaps	(%rsi), %zmm2
	testq	%rax, %rax
	jne	.LBB5_57
	testl	%r10d, %r10d
	je	.LBB5_60
	vmovups	(%r8), %zmm3 {%k1} {z}
	vaddps	%zmm3, %zmm2, %zmm2
	jmp	.LBB5_60
.LBB5_68:
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
.LBB5_35:
	.cfi_def_cfa %rbp, 16
	cmpl	$0, 56(%rsp)
	movl	$1, %esi
	movl	$1, %r9d
	cmoveq	%rbx, %r9
	cmovneq	%rbx, %rsi
	kmovw	%r11d, %k1
	leaq	(,%rdi,4), %r11
	movq	%r9, %rdx
	shlq	$6, %rdx
	movq	%rdx, 88(%rsp)
	shlq	$2, %rsi
	leaq	(,%r9,4), %r15
	leaq	(,%rcx,4), %r12
	movq	%rcx, %rdx
	shlq	$6, %rdx
	movq	%rdx, 80(%rsp)
	leaq	(,%rcx,8), %rcx
	movl	$16, %edx
	movq	%rdx, 104(%rsp)
	vpxor	%xmm1, %xmm1, %xmm1
	leaq	(%r15,%r15), %rdi
	movq	%r10, %r13
	movq	136(%rsp), %rdx
	movq	%rdx, 72(%rsp)
	jmp	.LBB5_36
	.p2align	4
.LBB5_50:
	movq	104(%rsp), %rdx
	movq	%rdx, %r10
	addq	$16, %rdx
	movq	72(%rsp), %rbx
	addq	88(%rsp), %rbx
	movq	%rbx, 72(%rsp)
	addq	80(%rsp), %r13
	cmpq	64(%rsp), %rdx
	movq	%rdx, 104(%rsp)
	jg	.LBB5_26
.LBB5_36:
	vmovdqa64	%zmm1, 1216(%rsp)
	vmovdqa64	%zmm1, 1152(%rsp)
	vmovdqa64	%zmm1, 1088(%rsp)
	vmovdqa64	%zmm1, 1024(%rsp)
	vmovdqa64	%zmm1, 960(%rsp)
	vmovdqa64	%zmm1, 896(%rsp)
	vmovdqa64	%zmm1, 832(%rsp)
	vmovdqa64	%zmm1, 768(%rsp)
	vmovdqa64	%zmm1, 704(%rsp)
	vmovdqa64	%zmm1, 640(%rsp)
	vmovdqa64	%zmm1, 576(%rsp)
	vmovdqa64	%zmm1, 512(%rsp)
	vmovdqa64	%zmm1, 448(%rsp)
	vmovdqa64	%zmm1, 384(%rsp)
	vmovdqa64	%zmm1, 320(%rsp)
	vmovdqa64	%zmm1, 256(%rsp)
	testq	%r8, %r8
	jle	.LBB5_37
	movq	%r13, 96(%rsp)
	vmovaps	256(%rsp), %zmm10
	vmovaps	320(%rsp), %zmm9
	vmovaps	384(%rsp), %zmm8
	vmovaps	448(%rsp), %zmm7
	vmovaps	1024(%rsp), %zmm4
	vmovaps	1088(%rsp), %zmm3
	vmovaps	1152(%rsp), %zmm2
	vpxor	%xmm6, %xmm6, %xmm6
	vmovaps	1216(%rsp), %zmm5
	movq	72(%rsp), %r14
	movq	%r8, %rbx
	movq	152(%rsp), %r10
	vxorps	%xmm11, %xmm11, %xmm11
	vxorps	%xmm12, %xmm12, %xmm12
	vxorps	%xmm13, %xmm13, %xmm13
	vxorps	%xmm14, %xmm14, %xmm14
	vxorps	%xmm15, %xmm15, %xmm15
	vxorps	%zmm16, %zmm16, %zmm16
	vxorps	%zmm17, %zmm17, %zmm17
	.p2align	4
.LBB5_41:
	vmovups	(%r10), %zmm18 {%k1} {z}
	vfmadd231ps	(%r14){1to16}, %zmm18, %zmm10
	leaq	(%r14,%r15), %r13
	vfmadd231ps	(%r14,%r9,4){1to16}, %zmm18, %zmm9
	addq	%r15, %r13
	vfmadd231ps	(%r14,%r9,8){1to16}, %zmm18, %zmm8
	vfmadd231ps	(%r13,%r9,4){1to16}, %zmm18, %zmm7
	vfmadd231ps	(%r13,%r9,8){1to16}, %zmm18, %zmm17
	addq	%rdi, %r13
	leaq	(,%r9,4), %rdx
	addq	%r13, %rdx
	vfmadd231ps	(%r13,%r9,4){1to16}, %zmm18, %zmm16
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm15
	addq	%r15, %rdx
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm14
	addq	%r15, %rdx
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm13
	addq	%r15, %rdx
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm12
	addq	%r15, %rdx
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm11
	addq	%r15, %rdx
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm6
	addq	%r15, %rdx
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm4
	addq	%r15, %rdx
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm3
	addq	%r15, %rdx
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm2
	addq	%r15, %rdx
	vfmadd231ps	(%r15,%rdx){1to16}, %zmm18, %zmm5
	addq	%r11, %r10
	addq	%rsi, %r14
	decq	%rbx
	jne	.LBB5_41
	vmovaps	%zmm10, 256(%rsp)
	vmovaps	%zmm9, 320(%rsp)
	vmovaps	%zmm8, 384(%rsp)
	vmovaps	%zmm7, 448(%rsp)
	vmovaps	%zmm17, 512(%rsp)
	vmovaps	%zmm16, 576(%rsp)
	vmovaps	%zmm15, 640(%rsp)
	vmovaps	%zmm14, 704(%rsp)
	vmovaps	%zmm13, 768(%rsp)
	vmovaps	%zmm12, 832(%rsp)
	vmovaps	%zmm11, 896(%rsp)
	vmovaps	%zmm6, 960(%rsp)
	vmovaps	%zmm4, 1024(%rsp)
	vmovaps	%zmm3, 1088(%rsp)
	vmovaps	%zmm2, 1152(%rsp)
	vmovaps	%zmm5, 1216(%rsp)
	movq	120(%rsp), %r8
	movl	48(%rbp), %r14d
	movq	96(%rsp), %r13
.LBB5_37:
	xorl	%edx, %edx
	movq	%r13, %r10
	jmp	.LBB5_38
	.p2align	4
.LBB5_46:
	vaddps	%zmm2, %zmm0, %zmm2
.LBB5_49:
	vmovups	%zmm2, (%rbx) {%k1}
	addq	%rcx, %r10
	subq	$-128, %rdx
	cmpq	$1024, %rdx
	je	.LBB5_50
.LBB5_38:
	vmovaps	256(%rsp,%rdx), %zmm2
	testq	%rax, %rax
	je	.LBB5_43
	vaddps	%zmm2, %zmm0, %zmm2
	jmp	.LBB5_45
	.p2align	4
.LBB5_43:
	testl	%r14d, %r14d
	je	.LBB5_45
	vmovups	(%r10), %zmm3 {%k1} {z}
	vaddps	%zmm3, %zmm2, %zmm2
.LBB5_45:
	leaq	(%r10,%r12), %rbx
	vmovups	%zmm2, (%r10) {%k1}
	vmovaps	320(%rsp,%rdx), %zmm2
	testq	%rax, %rax
	jne	.LBB5_46
	testl	%r14d, %r14d
	je	.LBB5_49
	vmovups	(%rbx), %zmm3 {%k1} {z}
	vaddps	%zmm3, %zmm2, %zmm2
	jmp	.LBB5_49
.Lfunc_end5:
	.size	axon_gemm_small_avx512_f32, .Lfunc_end5-axon_gemm_small_avx512_f32
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
