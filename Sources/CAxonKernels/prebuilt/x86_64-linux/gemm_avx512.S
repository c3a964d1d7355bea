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

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
