// Generated from ../../binary_avx2.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on x86-64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_X86_64_LINUX
	.file	"binary_avx2.c"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x3f800000
	.text
	.globl	axon_binary_avx2_f32
	.p2align	4
	.type	axon_binary_avx2_f32,@function
axon_binary_avx2_f32:
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
	movq	16(%rbp), %r10
	xorl	%eax, %eax
	testl	%edx, %edx
	je	.LBB0_269
	cmpl	$9, %edi
	ja	.LBB0_58
	vbroadcastss	(%rsi), %ymm0
	movl	%edi, %edx
	leaq	.LJTI0_0(%rip), %rdi
	movslq	(%rdi,%rdx,4), %rdx
	addq	%rdi, %rdx
	jmpq	*%rdx
.LBB0_35:
	cmpq	$8, %r10
	jge	.LBB0_37
	xorl	%edx, %edx
	jmp	.LBB0_43
.LBB0_269:
	testl	%r8d, %r8d
	je	.LBB0_539
	cmpl	$9, %edi
	ja	.LBB0_58
	vbroadcastss	(%rcx), %ymm0
	movl	%edi, %edx
	leaq	.LJTI0_1(%rip), %rdi
	movslq	(%rdi,%rdx,4), %rdx
	addq	%rdi, %rdx
	jmpq	*%rdx
.LBB0_304:
	cmpq	$8, %r10
	jge	.LBB0_306
	xorl	%edx, %edx
	jmp	.LBB0_312
.LBB0_539:
	cmpl	$9, %edi
	ja	.LBB0_58
	movl	%edi, %edx
	leaq	.LJTI0_2(%rip), %rdi
	movslq	(%rdi,%rdx,4), %rdx
	addq	%rdi, %rdx
	jmpq	*%rdx
.LBB0_573:
	cmpq	$8, %r10
	jge	.LBB0_575
	xorl	%edx, %edx
	jmp	.LBB0_581
.LBB0_27:
	cmpq	$8, %r10
	jge	.LBB0_29
	xorl	%edx, %edx
	jmp	.LBB0_96
.LBB0_15:
	cmpq	$8, %r10
	jge	.LBB0_17
	xorl	%edi, %edi
	jmp	.LBB0_171
.LBB0_31:
	cmpq	$8, %r10
	jge	.LBB0_33
	xorl	%edx, %edx
	jmp	.LBB0_70
.LBB0_7:
	cmpq	$8, %r10
	jge	.LBB0_9
	xorl	%edx, %edx
	jmp	.LBB0_197
.LBB0_3:
	cmpq	$8, %r10
	jge	.LBB0_5
	xorl	%edi, %edi
	jmp	.LBB0_222
.LBB0_23:
	cmpq	$8, %r10
	jge	.LBB0_25
	xorl	%edx, %edx
	jmp	.LBB0_122
.LBB0_19:
	cmpq	$8, %r10
	jge	.LBB0_21
	xorl	%edi, %edi
	jmp	.LBB0_147
.LBB0_11:
	cmpq	$8, %r10
	jge	.LBB0_13
	xorl	%edi, %edi
	jmp	.LBB0_247
.LBB0_29:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_116
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_93
.LBB0_17:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_190
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_169
.LBB0_37:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_64
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_40
.LBB0_33:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_90
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_67
.LBB0_9:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_217
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_193
.LBB0_5:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_242
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_220
.LBB0_25:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_142
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_119
.LBB0_21:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_166
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_145
.LBB0_13:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_267
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_245
.LBB0_296:
	cmpq	$8, %r10
	jge	.LBB0_298
	xorl	%edx, %edx
	jmp	.LBB0_364
.LBB0_284:
	cmpq	$8, %r10
	jge	.LBB0_286
	xorl	%edi, %edi
	jmp	.LBB0_439
.LBB0_300:
	cmpq	$8, %r10
	jge	.LBB0_302
	xorl	%edx, %edx
	jmp	.LBB0_338
.LBB0_276:
	cmpq	$8, %r10
	jge	.LBB0_278
	xorl	%edx, %edx
	jmp	.LBB0_465
.LBB0_272:
	cmpq	$8, %r10
	jge	.LBB0_274
	xorl	%edx, %edx
	jmp	.LBB0_491
.LBB0_292:
	cmpq	$8, %r10
	jge	.LBB0_294
	xorl	%edx, %edx
	jmp	.LBB0_390
.LBB0_288:
	cmpq	$8, %r10
	jge	.LBB0_290
	xorl	%edi, %edi
	jmp	.LBB0_415
.LBB0_280:
	cmpq	$8, %r10
	jge	.LBB0_282
	xorl	%edx, %edx
	jmp	.LBB0_517
.LBB0_116:
	andq	$-4, %rdi
	xorl	%edx, %edx
	.p2align	4
.LBB0_117:
	vmulps	(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vmulps	32(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vmulps	64(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vmulps	96(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_117
	leaq	8(%rdx), %rdi
.LBB0_93:
	testq	%rax, %rax
	je	.LBB0_96
	.p2align	4
.LBB0_94:
	vmulps	(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_94
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_96:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_104
.LBB0_98:
	movq	%rdx, %rdi
.LBB0_99:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_102
	movq	%rdi, %rdx
	.p2align	4
.LBB0_101:
	vmovss	(%rsi), %xmm0
	vmulss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_101
.LBB0_102:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
	.p2align	4
.LBB0_103:
	vmovss	(%rsi), %xmm0
	vmulss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vmulss	4(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vmulss	8(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vmulss	12(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_103
	jmp	.LBB0_58
.LBB0_104:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	4(%rsi), %rbx
	leaq	(%rcx,%rdx,4), %r14
	leaq	(%rcx,%r10,4), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB0_98
	andb	%r11b, %r8b
	jne	.LBB0_98
	cmpq	$32, %rdi
	jae	.LBB0_111
	xorl	%r8d, %r8d
	jmp	.LBB0_108
.LBB0_190:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
	.p2align	4
.LBB0_191:
	vmovups	-32(%rcx,%rdx,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vminps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm2, %ymm1, %ymm3, %ymm1
	vmovups	%ymm1, -32(%r9,%rdx,4)
	vmovups	(%rcx,%rdx,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vminps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm2, %ymm1, %ymm3, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_191
	leaq	-8(%rdx), %rdi
.LBB0_169:
	testb	$8, %al
	jne	.LBB0_171
	vmovups	(%rcx,%rdi,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vminps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_171:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	ja	.LBB0_178
.LBB0_173:
	movq	%rdi, %rdx
.LBB0_174:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_176
	vmovss	(%rsi), %xmm0
	vmovss	(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vminss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_176:
	cmpq	%rdi, %r10
	je	.LBB0_58
	.p2align	4
.LBB0_177:
	vmovss	(%rsi), %xmm0
	vmovss	(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vminss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vmovss	4(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vminss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_177
	jmp	.LBB0_58
.LBB0_178:
	leaq	(%r9,%rdi,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	4(%rsi), %rbx
	leaq	(%rcx,%rdi,4), %r14
	leaq	(%rcx,%r10,4), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB0_173
	andb	%r11b, %r8b
	jne	.LBB0_173
	cmpq	$32, %rdx
	jae	.LBB0_185
	xorl	%r8d, %r8d
	jmp	.LBB0_182
.LBB0_64:
	andq	$-4, %rdi
	xorl	%edx, %edx
	.p2align	4
.LBB0_65:
	vaddps	(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vaddps	32(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vaddps	64(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vaddps	96(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_65
	leaq	8(%rdx), %rdi
.LBB0_40:
	testq	%rax, %rax
	je	.LBB0_43
	.p2align	4
.LBB0_41:
	vaddps	(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_41
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_43:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_51
.LBB0_45:
	movq	%rdx, %rdi
.LBB0_46:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_49
	movq	%rdi, %rdx
	.p2align	4
.LBB0_48:
	vmovss	(%rsi), %xmm0
	vaddss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_48
.LBB0_49:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
	.p2align	4
.LBB0_50:
	vmovss	(%rsi), %xmm0
	vaddss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vaddss	4(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vaddss	8(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vaddss	12(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_50
	jmp	.LBB0_58
.LBB0_51:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	4(%rsi), %rbx
	leaq	(%rcx,%rdx,4), %r14
	leaq	(%rcx,%r10,4), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB0_45
	andb	%r11b, %r8b
	jne	.LBB0_45
	cmpq	$32, %rdi
	jae	.LBB0_59
	xorl	%r8d, %r8d
	jmp	.LBB0_55
.LBB0_90:
	andq	$-4, %rdi
	xorl	%edx, %edx
	.p2align	4
.LBB0_91:
	vsubps	(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vsubps	32(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vsubps	64(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vsubps	96(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_91
	leaq	8(%rdx), %rdi
.LBB0_67:
	testq	%rax, %rax
	je	.LBB0_70
	.p2align	4
.LBB0_68:
	vsubps	(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_68
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_70:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_78
.LBB0_72:
	movq	%rdx, %rdi
.LBB0_73:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_76
	movq	%rdi, %rdx
	.p2align	4
.LBB0_75:
	vmovss	(%rsi), %xmm0
	vsubss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_75
.LBB0_76:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
	.p2align	4
.LBB0_77:
	vmovss	(%rsi), %xmm0
	vsubss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vsubss	4(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vsubss	8(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vsubss	12(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_77
	jmp	.LBB0_58
.LBB0_78:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	4(%rsi), %rbx
	leaq	(%rcx,%rdx,4), %r14
	leaq	(%rcx,%r10,4), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB0_72
	andb	%r11b, %r8b
	jne	.LBB0_72
	cmpq	$32, %rdi
	jae	.LBB0_85
	xorl	%r8d, %r8d
	jmp	.LBB0_82
.LBB0_217:
	andq	$-4, %rdi
	xorl	%edx, %edx
	vxorps	%xmm1, %xmm1, %xmm1
	.p2align	4
.LBB0_218:
	vcmpltps	(%rcx,%rdx,4), %ymm1, %ymm2
	vandps	%ymm0, %ymm2, %ymm2
	vmovups	%ymm2, (%r9,%rdx,4)
	vcmpltps	32(%rcx,%rdx,4), %ymm1, %ymm2
	vandps	%ymm0, %ymm2, %ymm2
	vmovups	%ymm2, 32(%r9,%rdx,4)
	vcmpltps	64(%rcx,%rdx,4), %ymm1, %ymm2
	vandps	%ymm0, %ymm2, %ymm2
	vmovups	%ymm2, 64(%r9,%rdx,4)
	vcmpltps	96(%rcx,%rdx,4), %ymm1, %ymm2
	vandps	%ymm0, %ymm2, %ymm2
	vmovups	%ymm2, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_218
	leaq	8(%rdx), %rdi
.LBB0_193:
	testq	%rax, %rax
	je	.LBB0_197
	vxorps	%xmm1, %xmm1, %xmm1
	.p2align	4
.LBB0_195:
	vcmpltps	(%rcx,%rdx,4), %ymm1, %ymm2
	vandps	%ymm0, %ymm2, %ymm2
	vmovups	%ymm2, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_195
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_197:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_205
.LBB0_199:
	movq	%rdx, %rdi
.LBB0_200:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	leaq	1(%rdi), %rdx
	testb	$1, %r8b
	je	.LBB0_202
	vxorps	%xmm0, %xmm0, %xmm0
	vcmpltss	(%rcx,%rdi,4), %xmm0, %xmm0
	vmovss	(%rsi), %xmm1
	vandps	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_202:
	cmpq	%rdx, %r10
	je	.LBB0_58
	vxorps	%xmm0, %xmm0, %xmm0
	.p2align	4
.LBB0_204:
	vcmpltss	(%rcx,%rdi,4), %xmm0, %xmm1
	vmovss	(%rsi), %xmm2
	vandps	%xmm2, %xmm1, %xmm1
	vmovss	%xmm1, (%r9,%rdi,4)
	vcmpltss	4(%rcx,%rdi,4), %xmm0, %xmm1
	vmovss	(%rsi), %xmm2
	vandps	%xmm2, %xmm1, %xmm1
	vmovss	%xmm1, 4(%r9,%rdi,4)
	addq	$2, %rdi
	cmpq	%rdi, %r10
	jne	.LBB0_204
	jmp	.LBB0_58
.LBB0_205:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	4(%rsi), %rbx
	leaq	(%rcx,%rdx,4), %r14
	leaq	(%rcx,%r10,4), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB0_199
	andb	%r11b, %r8b
	jne	.LBB0_199
	cmpq	$32, %rdi
	jae	.LBB0_212
	xorl	%r8d, %r8d
	jmp	.LBB0_209
.LBB0_242:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
	vbroadcastss	.LCPI0_0(%rip), %ymm1
	.p2align	4
.LBB0_243:
	vmovups	-32(%rcx,%rdx,4), %ymm2
	vsubps	%ymm2, %ymm1, %ymm3
	vaddps	%ymm1, %ymm2, %ymm2
	vmulps	%ymm2, %ymm3, %ymm2
	vmulps	%ymm2, %ymm0, %ymm2
	vmovups	%ymm2, -32(%r9,%rdx,4)
	vmovups	(%rcx,%rdx,4), %ymm2
	vsubps	%ymm2, %ymm1, %ymm3
	vaddps	%ymm1, %ymm2, %ymm2
	vmulps	%ymm2, %ymm3, %ymm2
	vmulps	%ymm2, %ymm0, %ymm2
	vmovups	%ymm2, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_243
	leaq	-8(%rdx), %rdi
.LBB0_220:
	testb	$8, %al
	jne	.LBB0_222
	vmovups	(%rcx,%rdi,4), %ymm1
	vbroadcastss	.LCPI0_0(%rip), %ymm2
	vsubps	%ymm1, %ymm2, %ymm3
	vaddps	%ymm2, %ymm1, %ymm1
	vmulps	%ymm1, %ymm3, %ymm1
	vmulps	%ymm1, %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_222:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	ja	.LBB0_230
.LBB0_224:
	movq	%rdi, %rdx
.LBB0_225:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_227
	vmovss	(%rcx,%rdx,4), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm2
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm2, %xmm0
	vmulss	(%rsi), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_227:
	cmpq	%rdi, %r10
	je	.LBB0_58
	vmovss	.LCPI0_0(%rip), %xmm0
	.p2align	4
.LBB0_229:
	vmovss	(%rcx,%rdx,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vaddss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm2, %xmm1
	vmulss	(%rsi), %xmm1, %xmm1
	vmovss	%xmm1, (%r9,%rdx,4)
	vmovss	4(%rcx,%rdx,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vaddss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm2, %xmm1
	vmulss	(%rsi), %xmm1, %xmm1
	vmovss	%xmm1, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_229
	jmp	.LBB0_58
.LBB0_230:
	leaq	(%r9,%rdi,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	4(%rsi), %rbx
	leaq	(%rcx,%rdi,4), %r14
	leaq	(%rcx,%r10,4), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB0_224
	andb	%r11b, %r8b
	jne	.LBB0_224
	cmpq	$32, %rdx
	jae	.LBB0_237
	xorl	%r8d, %r8d
	jmp	.LBB0_234
.LBB0_142:
	andq	$-4, %rdi
	xorl	%edx, %edx
	.p2align	4
.LBB0_143:
	vdivps	(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vdivps	32(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vdivps	64(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vdivps	96(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_143
	leaq	8(%rdx), %rdi
.LBB0_119:
	testq	%rax, %rax
	je	.LBB0_122
	.p2align	4
.LBB0_120:
	vdivps	(%rcx,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_120
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_122:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_130
.LBB0_124:
	movq	%rdx, %rdi
.LBB0_125:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_128
	movq	%rdi, %rdx
	.p2align	4
.LBB0_127:
	vmovss	(%rsi), %xmm0
	vdivss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_127
.LBB0_128:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
	.p2align	4
.LBB0_129:
	vmovss	(%rsi), %xmm0
	vdivss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vdivss	4(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vdivss	8(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vdivss	12(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_129
	jmp	.LBB0_58
.LBB0_130:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	4(%rsi), %rbx
	leaq	(%rcx,%rdx,4), %r14
	leaq	(%rcx,%r10,4), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB0_124
	andb	%r11b, %r8b
	jne	.LBB0_124
	cmpq	$32, %rdi
	jae	.LBB0_137
	xorl	%r8d, %r8d
	jmp	.LBB0_134
.LBB0_166:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
	.p2align	4
.LBB0_167:
	vmovups	-32(%rcx,%rdx,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vmaxps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm2, %ymm1, %ymm3, %ymm1
	vmovups	%ymm1, -32(%r9,%rdx,4)
	vmovups	(%rcx,%rdx,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vmaxps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm2, %ymm1, %ymm3, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_167
	leaq	-8(%rdx), %rdi
.LBB0_145:
	testb	$8, %al
	jne	.LBB0_147
	vmovups	(%rcx,%rdi,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vmaxps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_147:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	ja	.LBB0_154
.LBB0_149:
	movq	%rdi, %rdx
.LBB0_150:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_152
	vmovss	(%rsi), %xmm0
	vmovss	(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vmaxss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_152:
	cmpq	%rdi, %r10
	je	.LBB0_58
	.p2align	4
.LBB0_153:
	vmovss	(%rsi), %xmm0
	vmovss	(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vmaxss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	(%rsi), %xmm0
	vmovss	4(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vmaxss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_153
	jmp	.LBB0_58
.LBB0_154:
	leaq	(%r9,%rdi,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	4(%rsi), %rbx
	leaq	(%rcx,%rdi,4), %r14
	leaq	(%rcx,%r10,4), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB0_149
	andb	%r11b, %r8b
	jne	.LBB0_149
	cmpq	$32, %rdx
	jae	.LBB0_161
	xorl	%r8d, %r8d
	jmp	.LBB0_158
.LBB0_267:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
	vbroadcastss	.LCPI0_0(%rip), %ymm1
	.p2align	4
.LBB0_268:
	vmovups	-32(%rcx,%rdx,4), %ymm2
	vsubps	%ymm2, %ymm1, %ymm3
	vmulps	%ymm3, %ymm2, %ymm2
	vmulps	%ymm2, %ymm0, %ymm2
	vmovups	%ymm2, -32(%r9,%rdx,4)
	vmovups	(%rcx,%rdx,4), %ymm2
	vsubps	%ymm2, %ymm1, %ymm3
	vmulps	%ymm3, %ymm2, %ymm2
	vmulps	%ymm2, %ymm0, %ymm2
	vmovups	%ymm2, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_268
	leaq	-8(%rdx), %rdi
.LBB0_245:
	testb	$8, %al
	jne	.LBB0_247
	vmovups	(%rcx,%rdi,4), %ymm1
	vbroadcastss	.LCPI0_0(%rip), %ymm2
	vsubps	%ymm1, %ymm2, %ymm2
	vmulps	%ymm2, %ymm1, %ymm1
	vmulps	%ymm1, %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_247:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	ja	.LBB0_255
.LBB0_249:
	movq	%rdi, %rdx
.LBB0_250:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_252
	vmovss	(%rcx,%rdx,4), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm0, %xmm0
	vmulss	(%rsi), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_252:
	cmpq	%rdi, %r10
	je	.LBB0_58
	vmovss	.LCPI0_0(%rip), %xmm0
	.p2align	4
.LBB0_254:
	vmovss	(%rcx,%rdx,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vmulss	%xmm2, %xmm1, %xmm1
	vmulss	(%rsi), %xmm1, %xmm1
	vmovss	%xmm1, (%r9,%rdx,4)
	vmovss	4(%rcx,%rdx,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vmulss	%xmm2, %xmm1, %xmm1
	vmulss	(%rsi), %xmm1, %xmm1
	vmovss	%xmm1, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_254
	jmp	.LBB0_58
.LBB0_255:
	leaq	(%r9,%rdi,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	4(%rsi), %rbx
	leaq	(%rcx,%rdi,4), %r14
	leaq	(%rcx,%r10,4), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB0_249
	andb	%r11b, %r8b
	jne	.LBB0_249
	cmpq	$32, %rdx
	jae	.LBB0_262
	xorl	%r8d, %r8d
	jmp	.LBB0_259
.LBB0_565:
	cmpq	$8, %r10
	jge	.LBB0_567
	xorl	%edx, %edx
	jmp	.LBB0_631
.LBB0_553:
	cmpq	$8, %r10
	jge	.LBB0_555
	xorl	%edi, %edi
	jmp	.LBB0_703
.LBB0_569:
	cmpq	$8, %r10
	jge	.LBB0_571
	xorl	%edx, %edx
	jmp	.LBB0_606
.LBB0_545:
	cmpq	$8, %r10
	jge	.LBB0_547
	xorl	%edi, %edi
	jmp	.LBB0_726
.LBB0_541:
	cmpq	$8, %r10
	jge	.LBB0_543
	xorl	%edi, %edi
	jmp	.LBB0_750
.LBB0_561:
	cmpq	$8, %r10
	jge	.LBB0_563
	xorl	%edx, %edx
	jmp	.LBB0_656
.LBB0_557:
	cmpq	$8, %r10
	jge	.LBB0_559
	xorl	%edi, %edi
	jmp	.LBB0_680
.LBB0_549:
	cmpq	$8, %r10
	jge	.LBB0_551
	xorl	%edi, %edi
	jmp	.LBB0_774
.LBB0_298:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_384
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_361
.LBB0_286:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_458
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_437
.LBB0_306:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_332
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_309
.LBB0_302:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_358
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_335
.LBB0_278:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_485
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_461
.LBB0_274:
	vbroadcastss	.LCPI0_0(%rip), %ymm1
	vsubps	%ymm0, %ymm1, %ymm2
	vaddps	%ymm1, %ymm0, %ymm0
	vmulps	%ymm0, %ymm2, %ymm0
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_511
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_488
.LBB0_294:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_410
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_387
.LBB0_290:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_434
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_413
.LBB0_282:
	vbroadcastss	.LCPI0_0(%rip), %ymm1
	vsubps	%ymm0, %ymm1, %ymm1
	vmulps	%ymm1, %ymm0, %ymm0
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_537
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_514
.LBB0_567:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_650
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_628
.LBB0_555:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_721
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_701
.LBB0_575:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_600
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_578
.LBB0_571:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_625
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_603
.LBB0_547:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_745
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_724
.LBB0_543:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_769
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_748
.LBB0_563:
	leaq	-8(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$3, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$24, %rdx
	jae	.LBB0_675
	movl	$8, %edi
	xorl	%edx, %edx
	jmp	.LBB0_653
.LBB0_559:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_698
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_678
.LBB0_551:
	leaq	-8(%r10), %rax
	cmpq	$8, %rax
	jae	.LBB0_793
	movl	$8, %edx
	xorl	%edi, %edi
	jmp	.LBB0_772
.LBB0_384:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_385:
	vmulps	(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vmulps	32(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vmulps	64(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vmulps	96(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_385
	leaq	8(%rdx), %rdi
.LBB0_361:
	testq	%rax, %rax
	je	.LBB0_364
	.p2align	4
.LBB0_362:
	vmulps	(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_362
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_364:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_372
.LBB0_366:
	movq	%rdx, %rdi
.LBB0_367:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_370
	movq	%rdi, %rdx
	.p2align	4
.LBB0_369:
	vmovss	(%rsi,%rdx,4), %xmm0
	vmulss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_369
.LBB0_370:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
.LBB0_371:
	vmovss	(%rsi,%rdx,4), %xmm0
	vmulss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vmulss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	8(%rsi,%rdx,4), %xmm0
	vmulss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	12(%rsi,%rdx,4), %xmm0
	vmulss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_371
	jmp	.LBB0_58
.LBB0_372:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	(%rsi,%rdx,4), %rbx
	leaq	(%rsi,%r10,4), %r14
	leaq	4(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB0_366
	andb	%r11b, %r8b
	jne	.LBB0_366
	cmpq	$32, %rdi
	jae	.LBB0_379
	xorl	%r8d, %r8d
	jmp	.LBB0_376
.LBB0_458:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
.LBB0_459:
	vmovups	-32(%rsi,%rdx,4), %ymm1
	vcmpunordps	%ymm0, %ymm1, %ymm2
	vminps	%ymm0, %ymm1, %ymm3
	vaddps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm2, %ymm1, %ymm3, %ymm1
	vmovups	%ymm1, -32(%r9,%rdx,4)
	vmovups	(%rsi,%rdx,4), %ymm1
	vcmpunordps	%ymm0, %ymm1, %ymm2
	vminps	%ymm0, %ymm1, %ymm3
	vaddps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm2, %ymm1, %ymm3, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_459
	leaq	-8(%rdx), %rdi
.LBB0_437:
	testb	$8, %al
	jne	.LBB0_439
	vmovups	(%rsi,%rdi,4), %ymm1
	vcmpunordps	%ymm0, %ymm1, %ymm2
	vminps	%ymm0, %ymm1, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_439:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	ja	.LBB0_446
.LBB0_441:
	movq	%rdi, %rdx
.LBB0_442:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_444
	vmovss	(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vminss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_444:
	cmpq	%rdi, %r10
	je	.LBB0_58
.LBB0_445:
	vmovss	(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vminss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vminss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_445
	jmp	.LBB0_58
.LBB0_446:
	leaq	(%r9,%rdi,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	(%rsi,%rdi,4), %rbx
	leaq	(%rsi,%r10,4), %r14
	leaq	4(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB0_441
	andb	%r11b, %r8b
	jne	.LBB0_441
	cmpq	$32, %rdx
	jae	.LBB0_453
	xorl	%r8d, %r8d
	jmp	.LBB0_450
.LBB0_332:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_333:
	vaddps	(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vaddps	32(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vaddps	64(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vaddps	96(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_333
	leaq	8(%rdx), %rdi
.LBB0_309:
	testq	%rax, %rax
	je	.LBB0_312
	.p2align	4
.LBB0_310:
	vaddps	(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_310
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_312:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_320
.LBB0_314:
	movq	%rdx, %rdi
.LBB0_315:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_318
	movq	%rdi, %rdx
	.p2align	4
.LBB0_317:
	vmovss	(%rsi,%rdx,4), %xmm0
	vaddss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_317
.LBB0_318:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
.LBB0_319:
	vmovss	(%rsi,%rdx,4), %xmm0
	vaddss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vaddss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	8(%rsi,%rdx,4), %xmm0
	vaddss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	12(%rsi,%rdx,4), %xmm0
	vaddss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_319
	jmp	.LBB0_58
.LBB0_320:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	(%rsi,%rdx,4), %rbx
	leaq	(%rsi,%r10,4), %r14
	leaq	4(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB0_314
	andb	%r11b, %r8b
	jne	.LBB0_314
	cmpq	$32, %rdi
	jae	.LBB0_327
	xorl	%r8d, %r8d
	jmp	.LBB0_324
.LBB0_358:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_359:
	vmovups	(%rsi,%rdx,4), %ymm1
	vsubps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vmovups	32(%rsi,%rdx,4), %ymm1
	vsubps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vmovups	64(%rsi,%rdx,4), %ymm1
	vsubps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vmovups	96(%rsi,%rdx,4), %ymm1
	vsubps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_359
	leaq	8(%rdx), %rdi
.LBB0_335:
	testq	%rax, %rax
	je	.LBB0_338
	.p2align	4
.LBB0_336:
	vmovups	(%rsi,%rdx,4), %ymm1
	vsubps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_336
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_338:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_346
.LBB0_340:
	movq	%rdx, %rdi
.LBB0_341:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_344
	movq	%rdi, %rdx
	.p2align	4
.LBB0_343:
	vmovss	(%rsi,%rdx,4), %xmm0
	vsubss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_343
.LBB0_344:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
.LBB0_345:
	vmovss	(%rsi,%rdx,4), %xmm0
	vsubss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vsubss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	8(%rsi,%rdx,4), %xmm0
	vsubss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	12(%rsi,%rdx,4), %xmm0
	vsubss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_345
	jmp	.LBB0_58
.LBB0_346:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	(%rsi,%rdx,4), %rbx
	leaq	(%rsi,%r10,4), %r14
	leaq	4(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB0_340
	andb	%r11b, %r8b
	jne	.LBB0_340
	cmpq	$32, %rdi
	jae	.LBB0_353
	xorl	%r8d, %r8d
	jmp	.LBB0_350
.LBB0_485:
	andq	$-4, %rdi
	xorl	%edx, %edx
	vxorps	%xmm1, %xmm1, %xmm1
	vcmpltps	%ymm0, %ymm1, %ymm1
.LBB0_486:
	vandps	(%rsi,%rdx,4), %ymm1, %ymm2
	vmovups	%ymm2, (%r9,%rdx,4)
	vandps	32(%rsi,%rdx,4), %ymm1, %ymm2
	vmovups	%ymm2, 32(%r9,%rdx,4)
	vandps	64(%rsi,%rdx,4), %ymm1, %ymm2
	vmovups	%ymm2, 64(%r9,%rdx,4)
	vandps	96(%rsi,%rdx,4), %ymm1, %ymm2
	vmovups	%ymm2, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_486
	leaq	8(%rdx), %rdi
.LBB0_461:
	testq	%rax, %rax
	je	.LBB0_465
	vxorps	%xmm1, %xmm1, %xmm1
	vcmpltps	%ymm0, %ymm1, %ymm0
	.p2align	4
.LBB0_463:
	vandps	(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_463
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_465:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_473
.LBB0_467:
	movq	%rdx, %rdi
.LBB0_468:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	leaq	1(%rdi), %rdx
	testb	$1, %r8b
	je	.LBB0_470
	vxorps	%xmm0, %xmm0, %xmm0
	vcmpltss	(%rcx), %xmm0, %xmm0
	vmovss	(%rsi,%rdi,4), %xmm1
	vandps	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_470:
	cmpq	%rdx, %r10
	je	.LBB0_58
	vxorps	%xmm0, %xmm0, %xmm0
.LBB0_472:
	vmovss	(%rsi,%rdi,4), %xmm1
	vcmpltss	(%rcx), %xmm0, %xmm2
	vandps	%xmm1, %xmm2, %xmm1
	vmovss	%xmm1, (%r9,%rdi,4)
	vmovss	4(%rsi,%rdi,4), %xmm1
	vcmpltss	(%rcx), %xmm0, %xmm2
	vandps	%xmm1, %xmm2, %xmm1
	vmovss	%xmm1, 4(%r9,%rdi,4)
	addq	$2, %rdi
	cmpq	%rdi, %r10
	jne	.LBB0_472
	jmp	.LBB0_58
.LBB0_473:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	(%rsi,%rdx,4), %rbx
	leaq	(%rsi,%r10,4), %r14
	leaq	4(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB0_467
	andb	%r11b, %r8b
	jne	.LBB0_467
	cmpq	$32, %rdi
	jae	.LBB0_480
	xorl	%r8d, %r8d
	jmp	.LBB0_477
.LBB0_511:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_512:
	vmulps	(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vmulps	32(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vmulps	64(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vmulps	96(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_512
	leaq	8(%rdx), %rdi
.LBB0_488:
	testq	%rax, %rax
	je	.LBB0_491
	.p2align	4
.LBB0_489:
	vmulps	(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_489
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_491:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_499
.LBB0_493:
	movq	%rdx, %rdi
.LBB0_494:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	leaq	1(%rdi), %rdx
	testb	$1, %r8b
	je	.LBB0_496
	vmovss	(%rcx), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm2
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm2, %xmm0
	vmulss	(%rsi,%rdi,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_496:
	cmpq	%rdx, %r10
	je	.LBB0_58
	vmovss	.LCPI0_0(%rip), %xmm0
.LBB0_498:
	vmovss	(%rcx), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vaddss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm2, %xmm1
	vmulss	(%rsi,%rdi,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r9,%rdi,4)
	vmovss	(%rcx), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vaddss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm2, %xmm1
	vmulss	4(%rsi,%rdi,4), %xmm1, %xmm1
	vmovss	%xmm1, 4(%r9,%rdi,4)
	addq	$2, %rdi
	cmpq	%rdi, %r10
	jne	.LBB0_498
	jmp	.LBB0_58
.LBB0_499:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	(%rsi,%rdx,4), %rbx
	leaq	(%rsi,%r10,4), %r14
	leaq	4(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB0_493
	andb	%r11b, %r8b
	jne	.LBB0_493
	cmpq	$32, %rdi
	jae	.LBB0_506
	xorl	%r8d, %r8d
	jmp	.LBB0_503
.LBB0_410:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_411:
	vmovups	(%rsi,%rdx,4), %ymm1
	vdivps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vmovups	32(%rsi,%rdx,4), %ymm1
	vdivps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vmovups	64(%rsi,%rdx,4), %ymm1
	vdivps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vmovups	96(%rsi,%rdx,4), %ymm1
	vdivps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_411
	leaq	8(%rdx), %rdi
.LBB0_387:
	testq	%rax, %rax
	je	.LBB0_390
	.p2align	4
.LBB0_388:
	vmovups	(%rsi,%rdx,4), %ymm1
	vdivps	%ymm0, %ymm1, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_388
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_390:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_398
.LBB0_392:
	movq	%rdx, %rdi
.LBB0_393:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_396
	movq	%rdi, %rdx
	.p2align	4
.LBB0_395:
	vmovss	(%rsi,%rdx,4), %xmm0
	vdivss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_395
.LBB0_396:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
.LBB0_397:
	vmovss	(%rsi,%rdx,4), %xmm0
	vdivss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vdivss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	8(%rsi,%rdx,4), %xmm0
	vdivss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	12(%rsi,%rdx,4), %xmm0
	vdivss	(%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_397
	jmp	.LBB0_58
.LBB0_398:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	(%rsi,%rdx,4), %rbx
	leaq	(%rsi,%r10,4), %r14
	leaq	4(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB0_392
	andb	%r11b, %r8b
	jne	.LBB0_392
	cmpq	$32, %rdi
	jae	.LBB0_405
	xorl	%r8d, %r8d
	jmp	.LBB0_402
.LBB0_434:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
.LBB0_435:
	vmovups	-32(%rsi,%rdx,4), %ymm1
	vcmpunordps	%ymm0, %ymm1, %ymm2
	vmaxps	%ymm0, %ymm1, %ymm3
	vaddps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm2, %ymm1, %ymm3, %ymm1
	vmovups	%ymm1, -32(%r9,%rdx,4)
	vmovups	(%rsi,%rdx,4), %ymm1
	vcmpunordps	%ymm0, %ymm1, %ymm2
	vmaxps	%ymm0, %ymm1, %ymm3
	vaddps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm2, %ymm1, %ymm3, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_435
	leaq	-8(%rdx), %rdi
.LBB0_413:
	testb	$8, %al
	jne	.LBB0_415
	vmovups	(%rsi,%rdi,4), %ymm1
	vcmpunordps	%ymm0, %ymm1, %ymm2
	vmaxps	%ymm0, %ymm1, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_415:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	ja	.LBB0_422
.LBB0_417:
	movq	%rdi, %rdx
.LBB0_418:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_420
	vmovss	(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vmaxss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_420:
	cmpq	%rdi, %r10
	je	.LBB0_58
.LBB0_421:
	vmovss	(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vmaxss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vmaxss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_421
	jmp	.LBB0_58
.LBB0_422:
	leaq	(%r9,%rdi,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	(%rsi,%rdi,4), %rbx
	leaq	(%rsi,%r10,4), %r14
	leaq	4(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB0_417
	andb	%r11b, %r8b
	jne	.LBB0_417
	cmpq	$32, %rdx
	jae	.LBB0_429
	xorl	%r8d, %r8d
	jmp	.LBB0_426
.LBB0_537:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_538:
	vmulps	(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	vmulps	32(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 32(%r9,%rdx,4)
	vmulps	64(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 64(%r9,%rdx,4)
	vmulps	96(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_538
	leaq	8(%rdx), %rdi
.LBB0_514:
	testq	%rax, %rax
	je	.LBB0_517
	.p2align	4
.LBB0_515:
	vmulps	(%rsi,%rdx,4), %ymm0, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_515
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_517:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	ja	.LBB0_525
.LBB0_519:
	movq	%rdx, %rdi
.LBB0_520:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	leaq	1(%rdi), %rdx
	testb	$1, %r8b
	je	.LBB0_522
	vmovss	(%rcx), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm0, %xmm0
	vmulss	(%rsi,%rdi,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_522:
	cmpq	%rdx, %r10
	je	.LBB0_58
	vmovss	.LCPI0_0(%rip), %xmm0
.LBB0_524:
	vmovss	(%rcx), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vmulss	%xmm2, %xmm1, %xmm1
	vmulss	(%rsi,%rdi,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r9,%rdi,4)
	vmovss	(%rcx), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vmulss	%xmm2, %xmm1, %xmm1
	vmulss	4(%rsi,%rdi,4), %xmm1, %xmm1
	vmovss	%xmm1, 4(%r9,%rdi,4)
	addq	$2, %rdi
	cmpq	%rdi, %r10
	jne	.LBB0_524
	jmp	.LBB0_58
.LBB0_525:
	leaq	(%r9,%rdx,4), %r8
	leaq	(%r9,%r10,4), %r11
	leaq	(%rsi,%rdx,4), %rbx
	leaq	(%rsi,%r10,4), %r14
	leaq	4(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB0_519
	andb	%r11b, %r8b
	jne	.LBB0_519
	cmpq	$32, %rdi
	jae	.LBB0_532
	xorl	%r8d, %r8d
	jmp	.LBB0_529
.LBB0_111:
	movq	%rdi, %r8
	vbroadcastss	(%rsi), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_112:
	vmulps	-96(%rbx,%r14,4), %ymm0, %ymm1
	vmulps	-64(%rbx,%r14,4), %ymm0, %ymm2
	vmulps	-32(%rbx,%r14,4), %ymm0, %ymm3
	vmulps	(%rbx,%r14,4), %ymm0, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_112
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_115
.LBB0_108:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastss	(%rsi), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_109:
	vmulps	(%rcx,%r8,4), %xmm0, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_109
	testq	%r11, %r11
	jne	.LBB0_99
	jmp	.LBB0_58
.LBB0_185:
	movq	%rdx, %r8
	vbroadcastss	(%rsi), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdi,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_186:
	vmovups	-96(%rbx,%r14,4), %ymm1
	vmovups	-64(%rbx,%r14,4), %ymm2
	vmovups	-32(%rbx,%r14,4), %ymm3
	vmovups	(%rbx,%r14,4), %ymm4
	vcmpunordps	%ymm1, %ymm0, %ymm5
	vcmpunordps	%ymm2, %ymm0, %ymm6
	vcmpunordps	%ymm3, %ymm0, %ymm7
	vcmpunordps	%ymm4, %ymm0, %ymm8
	vaddps	%ymm1, %ymm0, %ymm9
	vaddps	%ymm2, %ymm0, %ymm10
	vaddps	%ymm3, %ymm0, %ymm11
	vminps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm5, %ymm9, %ymm1, %ymm1
	vaddps	%ymm4, %ymm0, %ymm5
	vminps	%ymm2, %ymm0, %ymm2
	vblendvps	%ymm6, %ymm10, %ymm2, %ymm2
	vminps	%ymm3, %ymm0, %ymm3
	vblendvps	%ymm7, %ymm11, %ymm3, %ymm3
	vminps	%ymm4, %ymm0, %ymm4
	vblendvps	%ymm8, %ymm5, %ymm4, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_186
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$28, %dl
	je	.LBB0_189
.LBB0_182:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	vbroadcastss	(%rsi), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB0_183:
	vmovups	(%rcx,%r8,4), %xmm1
	vcmpunordps	%xmm1, %xmm0, %xmm2
	vaddps	%xmm1, %xmm0, %xmm3
	vminps	%xmm1, %xmm0, %xmm1
	vblendvps	%xmm2, %xmm3, %xmm1, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_183
	testq	%r11, %r11
	jne	.LBB0_174
	jmp	.LBB0_58
.LBB0_59:
	movq	%rdi, %r8
	vbroadcastss	(%rsi), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_60:
	vaddps	-96(%rbx,%r14,4), %ymm0, %ymm1
	vaddps	-64(%rbx,%r14,4), %ymm0, %ymm2
	vaddps	-32(%rbx,%r14,4), %ymm0, %ymm3
	vaddps	(%rbx,%r14,4), %ymm0, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_60
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_63
.LBB0_55:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastss	(%rsi), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_56:
	vaddps	(%rcx,%r8,4), %xmm0, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_56
	testq	%r11, %r11
	jne	.LBB0_46
	jmp	.LBB0_58
.LBB0_85:
	movq	%rdi, %r8
	vbroadcastss	(%rsi), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_86:
	vsubps	-96(%rbx,%r14,4), %ymm0, %ymm1
	vsubps	-64(%rbx,%r14,4), %ymm0, %ymm2
	vsubps	-32(%rbx,%r14,4), %ymm0, %ymm3
	vsubps	(%rbx,%r14,4), %ymm0, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_86
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_89
.LBB0_82:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastss	(%rsi), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_83:
	vsubps	(%rcx,%r8,4), %xmm0, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_83
	testq	%r11, %r11
	jne	.LBB0_73
	jmp	.LBB0_58
.LBB0_212:
	movq	%rdi, %r8
	andq	$-32, %r8
	vbroadcastss	(%rsi), %ymm0
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
	vxorps	%xmm1, %xmm1, %xmm1
.LBB0_213:
	vcmpltps	-96(%rbx,%r14,4), %ymm1, %ymm2
	vcmpltps	-64(%rbx,%r14,4), %ymm1, %ymm3
	vcmpltps	-32(%rbx,%r14,4), %ymm1, %ymm4
	vcmpltps	(%rbx,%r14,4), %ymm1, %ymm5
	vandps	%ymm0, %ymm2, %ymm2
	vandps	%ymm0, %ymm3, %ymm3
	vandps	%ymm0, %ymm4, %ymm4
	vandps	%ymm0, %ymm5, %ymm5
	vmovups	%ymm2, -96(%r11,%r14,4)
	vmovups	%ymm3, -64(%r11,%r14,4)
	vmovups	%ymm4, -32(%r11,%r14,4)
	vmovups	%ymm5, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_213
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_216
.LBB0_209:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastss	(%rsi), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
	vxorps	%xmm1, %xmm1, %xmm1
.LBB0_210:
	vcmpltps	(%rcx,%r8,4), %xmm1, %xmm2
	vandps	%xmm0, %xmm2, %xmm2
	vmovups	%xmm2, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_210
	testq	%r11, %r11
	jne	.LBB0_200
	jmp	.LBB0_58
.LBB0_237:
	movq	%rdx, %r8
	andq	$-32, %r8
	vbroadcastss	(%rsi), %ymm0
	leaq	(%r9,%rdi,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
	vbroadcastss	.LCPI0_0(%rip), %ymm1
.LBB0_238:
	vmovups	-96(%rbx,%r14,4), %ymm2
	vmovups	-64(%rbx,%r14,4), %ymm3
	vmovups	-32(%rbx,%r14,4), %ymm4
	vmovups	(%rbx,%r14,4), %ymm5
	vsubps	%ymm2, %ymm1, %ymm6
	vsubps	%ymm3, %ymm1, %ymm7
	vsubps	%ymm4, %ymm1, %ymm8
	vsubps	%ymm5, %ymm1, %ymm9
	vaddps	%ymm1, %ymm2, %ymm2
	vmulps	%ymm2, %ymm6, %ymm2
	vaddps	%ymm1, %ymm3, %ymm3
	vmulps	%ymm3, %ymm7, %ymm3
	vaddps	%ymm1, %ymm4, %ymm4
	vmulps	%ymm4, %ymm8, %ymm4
	vaddps	%ymm1, %ymm5, %ymm5
	vmulps	%ymm5, %ymm9, %ymm5
	vmulps	%ymm2, %ymm0, %ymm2
	vmulps	%ymm3, %ymm0, %ymm3
	vmulps	%ymm4, %ymm0, %ymm4
	vmulps	%ymm5, %ymm0, %ymm5
	vmovups	%ymm2, -96(%r11,%r14,4)
	vmovups	%ymm3, -64(%r11,%r14,4)
	vmovups	%ymm4, -32(%r11,%r14,4)
	vmovups	%ymm5, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_238
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$28, %dl
	je	.LBB0_241
.LBB0_234:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	vbroadcastss	(%rsi), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vbroadcastss	.LCPI0_0(%rip), %xmm1
.LBB0_235:
	vmovups	(%rcx,%r8,4), %xmm2
	vsubps	%xmm2, %xmm1, %xmm3
	vaddps	%xmm1, %xmm2, %xmm2
	vmulps	%xmm2, %xmm3, %xmm2
	vmulps	%xmm2, %xmm0, %xmm2
	vmovups	%xmm2, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_235
	testq	%r11, %r11
	jne	.LBB0_225
	jmp	.LBB0_58
.LBB0_137:
	movq	%rdi, %r8
	vbroadcastss	(%rsi), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_138:
	vdivps	-96(%rbx,%r14,4), %ymm0, %ymm1
	vdivps	-64(%rbx,%r14,4), %ymm0, %ymm2
	vdivps	-32(%rbx,%r14,4), %ymm0, %ymm3
	vdivps	(%rbx,%r14,4), %ymm0, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_138
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_141
.LBB0_134:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastss	(%rsi), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_135:
	vdivps	(%rcx,%r8,4), %xmm0, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_135
	testq	%r11, %r11
	jne	.LBB0_125
	jmp	.LBB0_58
.LBB0_161:
	movq	%rdx, %r8
	vbroadcastss	(%rsi), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdi,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_162:
	vmovups	-96(%rbx,%r14,4), %ymm1
	vmovups	-64(%rbx,%r14,4), %ymm2
	vmovups	-32(%rbx,%r14,4), %ymm3
	vmovups	(%rbx,%r14,4), %ymm4
	vcmpunordps	%ymm1, %ymm0, %ymm5
	vcmpunordps	%ymm2, %ymm0, %ymm6
	vcmpunordps	%ymm3, %ymm0, %ymm7
	vcmpunordps	%ymm4, %ymm0, %ymm8
	vaddps	%ymm1, %ymm0, %ymm9
	vaddps	%ymm2, %ymm0, %ymm10
	vaddps	%ymm3, %ymm0, %ymm11
	vmaxps	%ymm1, %ymm0, %ymm1
	vblendvps	%ymm5, %ymm9, %ymm1, %ymm1
	vaddps	%ymm4, %ymm0, %ymm5
	vmaxps	%ymm2, %ymm0, %ymm2
	vblendvps	%ymm6, %ymm10, %ymm2, %ymm2
	vmaxps	%ymm3, %ymm0, %ymm3
	vblendvps	%ymm7, %ymm11, %ymm3, %ymm3
	vmaxps	%ymm4, %ymm0, %ymm4
	vblendvps	%ymm8, %ymm5, %ymm4, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_162
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$28, %dl
	je	.LBB0_165
.LBB0_158:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	vbroadcastss	(%rsi), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB0_159:
	vmovups	(%rcx,%r8,4), %xmm1
	vcmpunordps	%xmm1, %xmm0, %xmm2
	vaddps	%xmm1, %xmm0, %xmm3
	vmaxps	%xmm1, %xmm0, %xmm1
	vblendvps	%xmm2, %xmm3, %xmm1, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_159
	testq	%r11, %r11
	jne	.LBB0_150
	jmp	.LBB0_58
.LBB0_262:
	movq	%rdx, %r8
	andq	$-32, %r8
	vbroadcastss	(%rsi), %ymm0
	leaq	(%r9,%rdi,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
	vbroadcastss	.LCPI0_0(%rip), %ymm1
.LBB0_263:
	vmovups	-96(%rbx,%r14,4), %ymm2
	vmovups	-64(%rbx,%r14,4), %ymm3
	vmovups	-32(%rbx,%r14,4), %ymm4
	vmovups	(%rbx,%r14,4), %ymm5
	vsubps	%ymm2, %ymm1, %ymm6
	vsubps	%ymm3, %ymm1, %ymm7
	vsubps	%ymm4, %ymm1, %ymm8
	vsubps	%ymm5, %ymm1, %ymm9
	vmulps	%ymm6, %ymm2, %ymm2
	vmulps	%ymm7, %ymm3, %ymm3
	vmulps	%ymm4, %ymm8, %ymm4
	vmulps	%ymm5, %ymm9, %ymm5
	vmulps	%ymm2, %ymm0, %ymm2
	vmulps	%ymm3, %ymm0, %ymm3
	vmulps	%ymm4, %ymm0, %ymm4
	vmulps	%ymm5, %ymm0, %ymm5
	vmovups	%ymm2, -96(%r11,%r14,4)
	vmovups	%ymm3, -64(%r11,%r14,4)
	vmovups	%ymm4, -32(%r11,%r14,4)
	vmovups	%ymm5, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_263
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$28, %dl
	je	.LBB0_266
.LBB0_259:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	vbroadcastss	(%rsi), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vbroadcastss	.LCPI0_0(%rip), %xmm1
.LBB0_260:
	vmovups	(%rcx,%r8,4), %xmm2
	vsubps	%xmm2, %xmm1, %xmm3
	vmulps	%xmm3, %xmm2, %xmm2
	vmulps	%xmm2, %xmm0, %xmm2
	vmovups	%xmm2, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_260
	testq	%r11, %r11
	jne	.LBB0_250
	jmp	.LBB0_58
.LBB0_650:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_651:
	vmovups	(%rsi,%rdx,4), %ymm0
	vmulps	(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	vmovups	32(%rsi,%rdx,4), %ymm0
	vmulps	32(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 32(%r9,%rdx,4)
	vmovups	64(%rsi,%rdx,4), %ymm0
	vmulps	64(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 64(%r9,%rdx,4)
	vmovups	96(%rsi,%rdx,4), %ymm0
	vmulps	96(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_651
	leaq	8(%rdx), %rdi
.LBB0_628:
	testq	%rax, %rax
	je	.LBB0_631
.LBB0_629:
	vmovups	(%rsi,%rdx,4), %ymm0
	vmulps	(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_629
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_631:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	jbe	.LBB0_633
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB0_640
.LBB0_633:
	movq	%rdx, %rdi
.LBB0_634:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_637
	movq	%rdi, %rdx
.LBB0_636:
	vmovss	(%rsi,%rdx,4), %xmm0
	vmulss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_636
.LBB0_637:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
.LBB0_638:
	vmovss	(%rsi,%rdx,4), %xmm0
	vmulss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vmulss	4(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	8(%rsi,%rdx,4), %xmm0
	vmulss	8(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	12(%rsi,%rdx,4), %xmm0
	vmulss	12(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_638
	jmp	.LBB0_58
.LBB0_721:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
.LBB0_722:
	vmovups	-32(%rsi,%rdx,4), %ymm0
	vmovups	-32(%rcx,%rdx,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vminps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, -32(%r9,%rdx,4)
	vmovups	(%rsi,%rdx,4), %ymm0
	vmovups	(%rcx,%rdx,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vminps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_722
	leaq	-8(%rdx), %rdi
.LBB0_701:
	testb	$8, %al
	jne	.LBB0_703
	vmovups	(%rsi,%rdi,4), %ymm0
	vmovups	(%rcx,%rdi,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vminps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_703:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	jbe	.LBB0_705
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$64, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$64, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB0_711
.LBB0_705:
	movq	%rdi, %rdx
.LBB0_706:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_708
	vmovss	(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vminss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_708:
	cmpq	%rdi, %r10
	je	.LBB0_58
.LBB0_709:
	vmovss	(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vminss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vmovss	4(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vminss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_709
	jmp	.LBB0_58
.LBB0_600:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_601:
	vmovups	(%rsi,%rdx,4), %ymm0
	vaddps	(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	vmovups	32(%rsi,%rdx,4), %ymm0
	vaddps	32(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 32(%r9,%rdx,4)
	vmovups	64(%rsi,%rdx,4), %ymm0
	vaddps	64(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 64(%r9,%rdx,4)
	vmovups	96(%rsi,%rdx,4), %ymm0
	vaddps	96(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_601
	leaq	8(%rdx), %rdi
.LBB0_578:
	testq	%rax, %rax
	je	.LBB0_581
.LBB0_579:
	vmovups	(%rsi,%rdx,4), %ymm0
	vaddps	(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_579
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_581:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	jbe	.LBB0_583
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB0_590
.LBB0_583:
	movq	%rdx, %rdi
.LBB0_584:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_587
	movq	%rdi, %rdx
.LBB0_586:
	vmovss	(%rsi,%rdx,4), %xmm0
	vaddss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_586
.LBB0_587:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
.LBB0_588:
	vmovss	(%rsi,%rdx,4), %xmm0
	vaddss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vaddss	4(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	8(%rsi,%rdx,4), %xmm0
	vaddss	8(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	12(%rsi,%rdx,4), %xmm0
	vaddss	12(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_588
	jmp	.LBB0_58
.LBB0_625:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_626:
	vmovups	(%rsi,%rdx,4), %ymm0
	vsubps	(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	vmovups	32(%rsi,%rdx,4), %ymm0
	vsubps	32(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 32(%r9,%rdx,4)
	vmovups	64(%rsi,%rdx,4), %ymm0
	vsubps	64(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 64(%r9,%rdx,4)
	vmovups	96(%rsi,%rdx,4), %ymm0
	vsubps	96(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_626
	leaq	8(%rdx), %rdi
.LBB0_603:
	testq	%rax, %rax
	je	.LBB0_606
.LBB0_604:
	vmovups	(%rsi,%rdx,4), %ymm0
	vsubps	(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_604
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_606:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	jbe	.LBB0_608
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB0_615
.LBB0_608:
	movq	%rdx, %rdi
.LBB0_609:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_612
	movq	%rdi, %rdx
.LBB0_611:
	vmovss	(%rsi,%rdx,4), %xmm0
	vsubss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_611
.LBB0_612:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
.LBB0_613:
	vmovss	(%rsi,%rdx,4), %xmm0
	vsubss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vsubss	4(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	8(%rsi,%rdx,4), %xmm0
	vsubss	8(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	12(%rsi,%rdx,4), %xmm0
	vsubss	12(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_613
	jmp	.LBB0_58
.LBB0_745:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
	vxorps	%xmm0, %xmm0, %xmm0
.LBB0_746:
	vcmpltps	-32(%rcx,%rdx,4), %ymm0, %ymm1
	vandps	-32(%rsi,%rdx,4), %ymm1, %ymm1
	vmovups	%ymm1, -32(%r9,%rdx,4)
	vcmpltps	(%rcx,%rdx,4), %ymm0, %ymm1
	vandps	(%rsi,%rdx,4), %ymm1, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_746
	leaq	-8(%rdx), %rdi
.LBB0_724:
	testb	$8, %al
	jne	.LBB0_726
	vxorps	%xmm0, %xmm0, %xmm0
	vcmpltps	(%rcx,%rdi,4), %ymm0, %ymm0
	vandps	(%rsi,%rdi,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_726:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	jbe	.LBB0_728
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB0_735
.LBB0_728:
	movq	%rdi, %rdx
.LBB0_729:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_731
	vxorps	%xmm0, %xmm0, %xmm0
	vcmpltss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	(%rsi,%rdx,4), %xmm1
	vandps	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_731:
	cmpq	%rdi, %r10
	je	.LBB0_58
	vxorps	%xmm0, %xmm0, %xmm0
.LBB0_733:
	vcmpltss	(%rcx,%rdx,4), %xmm0, %xmm1
	vmovss	(%rsi,%rdx,4), %xmm2
	vandps	%xmm2, %xmm1, %xmm1
	vmovss	%xmm1, (%r9,%rdx,4)
	vcmpltss	4(%rcx,%rdx,4), %xmm0, %xmm1
	vmovss	4(%rsi,%rdx,4), %xmm2
	vandps	%xmm2, %xmm1, %xmm1
	vmovss	%xmm1, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_733
	jmp	.LBB0_58
.LBB0_769:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
	vbroadcastss	.LCPI0_0(%rip), %ymm0
.LBB0_770:
	vmovups	-32(%rcx,%rdx,4), %ymm1
	vsubps	%ymm1, %ymm0, %ymm2
	vaddps	%ymm0, %ymm1, %ymm1
	vmulps	%ymm1, %ymm2, %ymm1
	vmulps	-32(%rsi,%rdx,4), %ymm1, %ymm1
	vmovups	%ymm1, -32(%r9,%rdx,4)
	vmovups	(%rcx,%rdx,4), %ymm1
	vsubps	%ymm1, %ymm0, %ymm2
	vaddps	%ymm0, %ymm1, %ymm1
	vmulps	%ymm1, %ymm2, %ymm1
	vmulps	(%rsi,%rdx,4), %ymm1, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_770
	leaq	-8(%rdx), %rdi
.LBB0_748:
	testb	$8, %al
	jne	.LBB0_750
	vbroadcastss	.LCPI0_0(%rip), %ymm0
	vmovups	(%rcx,%rdi,4), %ymm1
	vsubps	%ymm1, %ymm0, %ymm2
	vaddps	%ymm0, %ymm1, %ymm0
	vmulps	%ymm0, %ymm2, %ymm0
	vmulps	(%rsi,%rdi,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_750:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	jbe	.LBB0_752
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB0_759
.LBB0_752:
	movq	%rdi, %rdx
.LBB0_753:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_755
	vmovss	(%rcx,%rdx,4), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm2
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm2, %xmm0
	vmulss	(%rsi,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_755:
	cmpq	%rdi, %r10
	je	.LBB0_58
	vmovss	.LCPI0_0(%rip), %xmm0
.LBB0_757:
	vmovss	(%rcx,%rdx,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vaddss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm2, %xmm1
	vmulss	(%rsi,%rdx,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r9,%rdx,4)
	vmovss	4(%rcx,%rdx,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vaddss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm2, %xmm1
	vmulss	4(%rsi,%rdx,4), %xmm1, %xmm1
	vmovss	%xmm1, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_757
	jmp	.LBB0_58
.LBB0_675:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB0_676:
	vmovups	(%rsi,%rdx,4), %ymm0
	vdivps	(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	vmovups	32(%rsi,%rdx,4), %ymm0
	vdivps	32(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 32(%r9,%rdx,4)
	vmovups	64(%rsi,%rdx,4), %ymm0
	vdivps	64(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 64(%r9,%rdx,4)
	vmovups	96(%rsi,%rdx,4), %ymm0
	vdivps	96(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, 96(%r9,%rdx,4)
	addq	$32, %rdx
	addq	$-4, %rdi
	jne	.LBB0_676
	leaq	8(%rdx), %rdi
.LBB0_653:
	testq	%rax, %rax
	je	.LBB0_656
.LBB0_654:
	vmovups	(%rsi,%rdx,4), %ymm0
	vdivps	(%rcx,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
	addq	$8, %rdi
	decq	%rax
	jne	.LBB0_654
	addq	$-8, %rdi
	movq	%rdi, %rdx
.LBB0_656:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB0_58
	cmpq	$3, %rdi
	jbe	.LBB0_658
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB0_665
.LBB0_658:
	movq	%rdx, %rdi
.LBB0_659:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB0_662
	movq	%rdi, %rdx
.LBB0_661:
	vmovss	(%rsi,%rdx,4), %xmm0
	vdivss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	incq	%rdx
	decq	%r8
	jne	.LBB0_661
.LBB0_662:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB0_58
.LBB0_663:
	vmovss	(%rsi,%rdx,4), %xmm0
	vdivss	(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vdivss	4(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	vmovss	8(%rsi,%rdx,4), %xmm0
	vdivss	8(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r9,%rdx,4)
	vmovss	12(%rsi,%rdx,4), %xmm0
	vdivss	12(%rcx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r9,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_663
	jmp	.LBB0_58
.LBB0_698:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
.LBB0_699:
	vmovups	-32(%rsi,%rdx,4), %ymm0
	vmovups	-32(%rcx,%rdx,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vmaxps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, -32(%r9,%rdx,4)
	vmovups	(%rsi,%rdx,4), %ymm0
	vmovups	(%rcx,%rdx,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vmaxps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_699
	leaq	-8(%rdx), %rdi
.LBB0_678:
	testb	$8, %al
	jne	.LBB0_680
	vmovups	(%rsi,%rdi,4), %ymm0
	vmovups	(%rcx,%rdi,4), %ymm1
	vcmpunordps	%ymm1, %ymm0, %ymm2
	vmaxps	%ymm1, %ymm0, %ymm3
	vaddps	%ymm1, %ymm0, %ymm0
	vblendvps	%ymm2, %ymm0, %ymm3, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_680:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	jbe	.LBB0_682
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$64, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$64, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB0_688
.LBB0_682:
	movq	%rdi, %rdx
.LBB0_683:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_685
	vmovss	(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vmaxss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_685:
	cmpq	%rdi, %r10
	je	.LBB0_58
.LBB0_686:
	vmovss	(%rsi,%rdx,4), %xmm0
	vmovss	(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vmaxss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	vmovss	4(%rsi,%rdx,4), %xmm0
	vmovss	4(%rcx,%rdx,4), %xmm1
	vaddss	%xmm1, %xmm0, %xmm2
	vmaxss	%xmm1, %xmm0, %xmm3
	vcmpunordss	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm0, %xmm2, %xmm3, %xmm0
	vmovss	%xmm0, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_686
	jmp	.LBB0_58
.LBB0_793:
	movq	%rax, %rdx
	shrq	$3, %rdx
	incq	%rdx
	movabsq	$4611686018427387900, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$8, %edx
	vbroadcastss	.LCPI0_0(%rip), %ymm0
.LBB0_794:
	vmovups	-32(%rcx,%rdx,4), %ymm1
	vsubps	%ymm1, %ymm0, %ymm2
	vmulps	%ymm2, %ymm1, %ymm1
	vmulps	-32(%rsi,%rdx,4), %ymm1, %ymm1
	vmovups	%ymm1, -32(%r9,%rdx,4)
	vmovups	(%rcx,%rdx,4), %ymm1
	vsubps	%ymm1, %ymm0, %ymm2
	vmulps	%ymm2, %ymm1, %ymm1
	vmulps	(%rsi,%rdx,4), %ymm1, %ymm1
	vmovups	%ymm1, (%r9,%rdx,4)
	addq	$16, %rdx
	addq	$-2, %rdi
	jne	.LBB0_794
	leaq	-8(%rdx), %rdi
.LBB0_772:
	testb	$8, %al
	jne	.LBB0_774
	vmovups	(%rcx,%rdi,4), %ymm0
	vbroadcastss	.LCPI0_0(%rip), %ymm1
	vsubps	%ymm0, %ymm1, %ymm1
	vmulps	%ymm1, %ymm0, %ymm0
	vmulps	(%rsi,%rdi,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r9,%rdi,4)
	movq	%rdx, %rdi
.LBB0_774:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB0_58
	cmpq	$3, %rdx
	jbe	.LBB0_776
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB0_783
.LBB0_776:
	movq	%rdi, %rdx
.LBB0_777:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB0_779
	vmovss	(%rcx,%rdx,4), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm0, %xmm0
	vmulss	(%rsi,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r9,%rdx,4)
	movq	%rdi, %rdx
.LBB0_779:
	cmpq	%rdi, %r10
	je	.LBB0_58
	vmovss	.LCPI0_0(%rip), %xmm0
.LBB0_781:
	vmovss	(%rcx,%rdx,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vmulss	%xmm2, %xmm1, %xmm1
	vmulss	(%rsi,%rdx,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r9,%rdx,4)
	vmovss	4(%rcx,%rdx,4), %xmm1
	vsubss	%xmm1, %xmm0, %xmm2
	vmulss	%xmm2, %xmm1, %xmm1
	vmulss	4(%rsi,%rdx,4), %xmm1, %xmm1
	vmovss	%xmm1, 4(%r9,%rdx,4)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB0_781
.LBB0_58:
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.LBB0_640:
	.cfi_def_cfa %rbp, 16
	cmpq	$32, %rdi
	jae	.LBB0_645
	xorl	%r8d, %r8d
	jmp	.LBB0_642
.LBB0_711:
	cmpq	$16, %rdx
	jae	.LBB0_716
	xorl	%r8d, %r8d
	jmp	.LBB0_713
.LBB0_590:
	cmpq	$32, %rdi
	jae	.LBB0_595
	xorl	%r8d, %r8d
	jmp	.LBB0_592
.LBB0_615:
	cmpq	$32, %rdi
	jae	.LBB0_620
	xorl	%r8d, %r8d
	jmp	.LBB0_617
.LBB0_735:
	cmpq	$32, %rdx
	jae	.LBB0_740
	xorl	%r8d, %r8d
	jmp	.LBB0_737
.LBB0_759:
	cmpq	$32, %rdx
	jae	.LBB0_764
	xorl	%r8d, %r8d
	jmp	.LBB0_761
.LBB0_665:
	cmpq	$32, %rdi
	jae	.LBB0_670
	xorl	%r8d, %r8d
	jmp	.LBB0_667
.LBB0_688:
	cmpq	$16, %rdx
	jae	.LBB0_693
	xorl	%r8d, %r8d
	jmp	.LBB0_690
.LBB0_783:
	cmpq	$32, %rdx
	jae	.LBB0_788
	xorl	%r8d, %r8d
	jmp	.LBB0_785
.LBB0_379:
	movq	%rdi, %r8
	vbroadcastss	(%rcx), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_380:
	vmulps	-96(%rbx,%r14,4), %ymm0, %ymm1
	vmulps	-64(%rbx,%r14,4), %ymm0, %ymm2
	vmulps	-32(%rbx,%r14,4), %ymm0, %ymm3
	vmulps	(%rbx,%r14,4), %ymm0, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_380
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_383
.LBB0_376:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastss	(%rcx), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_377:
	vmulps	(%rsi,%r8,4), %xmm0, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_377
	testq	%r11, %r11
	jne	.LBB0_367
	jmp	.LBB0_58
.LBB0_453:
	movq	%rdx, %r8
	vbroadcastss	(%rcx), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdi,4), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdi,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_454:
	vmovups	-96(%rbx,%r14,4), %ymm1
	vmovups	-64(%rbx,%r14,4), %ymm2
	vmovups	-32(%rbx,%r14,4), %ymm3
	vmovups	(%rbx,%r14,4), %ymm4
	vcmpunordps	%ymm0, %ymm1, %ymm5
	vcmpunordps	%ymm0, %ymm2, %ymm6
	vcmpunordps	%ymm0, %ymm3, %ymm7
	vcmpunordps	%ymm0, %ymm4, %ymm8
	vaddps	%ymm0, %ymm1, %ymm9
	vaddps	%ymm0, %ymm2, %ymm10
	vaddps	%ymm0, %ymm3, %ymm11
	vminps	%ymm0, %ymm1, %ymm1
	vblendvps	%ymm5, %ymm9, %ymm1, %ymm1
	vaddps	%ymm0, %ymm4, %ymm5
	vminps	%ymm0, %ymm2, %ymm2
	vblendvps	%ymm6, %ymm10, %ymm2, %ymm2
	vminps	%ymm0, %ymm3, %ymm3
	vblendvps	%ymm7, %ymm11, %ymm3, %ymm3
	vminps	%ymm0, %ymm4, %ymm4
	vblendvps	%ymm8, %ymm5, %ymm4, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_454
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$28, %dl
	je	.LBB0_457
.LBB0_450:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	vbroadcastss	(%rcx), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB0_451:
	vmovups	(%rsi,%r8,4), %xmm1
	vcmpunordps	%xmm0, %xmm1, %xmm2
	vaddps	%xmm0, %xmm1, %xmm3
	vminps	%xmm0, %xmm1, %xmm1
	vblendvps	%xmm2, %xmm3, %xmm1, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_451
	testq	%r11, %r11
	jne	.LBB0_442
	jmp	.LBB0_58
.LBB0_327:
	movq	%rdi, %r8
	vbroadcastss	(%rcx), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_328:
	vaddps	-96(%rbx,%r14,4), %ymm0, %ymm1
	vaddps	-64(%rbx,%r14,4), %ymm0, %ymm2
	vaddps	-32(%rbx,%r14,4), %ymm0, %ymm3
	vaddps	(%rbx,%r14,4), %ymm0, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_328
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_331
.LBB0_324:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastss	(%rcx), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_325:
	vaddps	(%rsi,%r8,4), %xmm0, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_325
	testq	%r11, %r11
	jne	.LBB0_315
	jmp	.LBB0_58
.LBB0_353:
	movq	%rdi, %r8
	vbroadcastss	(%rcx), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_354:
	vmovups	-96(%rbx,%r14,4), %ymm1
	vmovups	-64(%rbx,%r14,4), %ymm2
	vmovups	-32(%rbx,%r14,4), %ymm3
	vmovups	(%rbx,%r14,4), %ymm4
	vsubps	%ymm0, %ymm1, %ymm1
	vsubps	%ymm0, %ymm2, %ymm2
	vsubps	%ymm0, %ymm3, %ymm3
	vsubps	%ymm0, %ymm4, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_354
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_357
.LBB0_350:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastss	(%rcx), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_351:
	vmovups	(%rsi,%r8,4), %xmm1
	vsubps	%xmm0, %xmm1, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_351
	testq	%r11, %r11
	jne	.LBB0_341
	jmp	.LBB0_58
.LBB0_480:
	movq	%rdi, %r8
	andq	$-32, %r8
	vbroadcastss	(%rcx), %ymm0
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
	vxorps	%xmm1, %xmm1, %xmm1
	vcmpltps	%ymm0, %ymm1, %ymm0
.LBB0_481:
	vandps	-96(%rbx,%r14,4), %ymm0, %ymm1
	vandps	-64(%rbx,%r14,4), %ymm0, %ymm2
	vandps	-32(%rbx,%r14,4), %ymm0, %ymm3
	vandps	(%rbx,%r14,4), %ymm0, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_481
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_484
.LBB0_477:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	vcmpltss	(%rcx), %xmm0, %xmm0
	vbroadcastss	%xmm0, %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_478:
	vandps	(%rsi,%r8,4), %xmm0, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_478
	testq	%r11, %r11
	jne	.LBB0_468
	jmp	.LBB0_58
.LBB0_506:
	movq	%rdi, %r8
	andq	$-32, %r8
	vmovss	(%rcx), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm2
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm2, %xmm0
	vbroadcastss	%xmm0, %ymm0
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_507:
	vmulps	-96(%rbx,%r14,4), %ymm0, %ymm1
	vmulps	-64(%rbx,%r14,4), %ymm0, %ymm2
	vmulps	-32(%rbx,%r14,4), %ymm0, %ymm3
	vmulps	(%rbx,%r14,4), %ymm0, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_507
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_510
.LBB0_503:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vmovss	(%rcx), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm2
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm2, %xmm0
	vbroadcastss	%xmm0, %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_504:
	vmulps	(%rsi,%r8,4), %xmm0, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_504
	testq	%r11, %r11
	jne	.LBB0_494
	jmp	.LBB0_58
.LBB0_405:
	movq	%rdi, %r8
	vbroadcastss	(%rcx), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_406:
	vmovups	-96(%rbx,%r14,4), %ymm1
	vdivps	%ymm0, %ymm1, %ymm1
	vmovups	-64(%rbx,%r14,4), %ymm2
	vdivps	%ymm0, %ymm2, %ymm2
	vmovups	-32(%rbx,%r14,4), %ymm3
	vdivps	%ymm0, %ymm3, %ymm3
	vmovups	(%rbx,%r14,4), %ymm4
	vdivps	%ymm0, %ymm4, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_406
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_409
.LBB0_402:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastss	(%rcx), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_403:
	vmovups	(%rsi,%r8,4), %xmm1
	vdivps	%xmm0, %xmm1, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_403
	testq	%r11, %r11
	jne	.LBB0_393
	jmp	.LBB0_58
.LBB0_429:
	movq	%rdx, %r8
	vbroadcastss	(%rcx), %ymm0
	andq	$-32, %r8
	leaq	(%r9,%rdi,4), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdi,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_430:
	vmovups	-96(%rbx,%r14,4), %ymm1
	vmovups	-64(%rbx,%r14,4), %ymm2
	vmovups	-32(%rbx,%r14,4), %ymm3
	vmovups	(%rbx,%r14,4), %ymm4
	vcmpunordps	%ymm0, %ymm1, %ymm5
	vcmpunordps	%ymm0, %ymm2, %ymm6
	vcmpunordps	%ymm0, %ymm3, %ymm7
	vcmpunordps	%ymm0, %ymm4, %ymm8
	vaddps	%ymm0, %ymm1, %ymm9
	vaddps	%ymm0, %ymm2, %ymm10
	vaddps	%ymm0, %ymm3, %ymm11
	vmaxps	%ymm0, %ymm1, %ymm1
	vblendvps	%ymm5, %ymm9, %ymm1, %ymm1
	vaddps	%ymm0, %ymm4, %ymm5
	vmaxps	%ymm0, %ymm2, %ymm2
	vblendvps	%ymm6, %ymm10, %ymm2, %ymm2
	vmaxps	%ymm0, %ymm3, %ymm3
	vblendvps	%ymm7, %ymm11, %ymm3, %ymm3
	vmaxps	%ymm0, %ymm4, %ymm4
	vblendvps	%ymm8, %ymm5, %ymm4, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_430
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$28, %dl
	je	.LBB0_433
.LBB0_426:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	vbroadcastss	(%rcx), %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB0_427:
	vmovups	(%rsi,%r8,4), %xmm1
	vcmpunordps	%xmm0, %xmm1, %xmm2
	vaddps	%xmm0, %xmm1, %xmm3
	vmaxps	%xmm0, %xmm1, %xmm1
	vblendvps	%xmm2, %xmm3, %xmm1, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_427
	testq	%r11, %r11
	jne	.LBB0_418
	jmp	.LBB0_58
.LBB0_532:
	movq	%rdi, %r8
	andq	$-32, %r8
	vmovss	(%rcx), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm0, %xmm0
	vbroadcastss	%xmm0, %ymm0
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,4), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB0_533:
	vmulps	-96(%rbx,%r14,4), %ymm0, %ymm1
	vmulps	-64(%rbx,%r14,4), %ymm0, %ymm2
	vmulps	-32(%rbx,%r14,4), %ymm0, %ymm3
	vmulps	(%rbx,%r14,4), %ymm0, %ymm4
	vmovups	%ymm1, -96(%r11,%r14,4)
	vmovups	%ymm2, -64(%r11,%r14,4)
	vmovups	%ymm3, -32(%r11,%r14,4)
	vmovups	%ymm4, (%r11,%r14,4)
	addq	$32, %r14
	cmpq	%r14, %r8
	jne	.LBB0_533
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_536
.LBB0_529:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vmovss	(%rcx), %xmm0
	vmovss	.LCPI0_0(%rip), %xmm1
	vsubss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm1, %xmm0, %xmm0
	vbroadcastss	%xmm0, %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_530:
	vmulps	(%rsi,%r8,4), %xmm0, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_530
	testq	%r11, %r11
	jne	.LBB0_520
	jmp	.LBB0_58
.LBB0_645:
	movq	%rdi, %r8
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,4), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdx,4), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
.LBB0_646:
	vmovups	-96(%r14,%r15,4), %ymm0
	vmovups	-64(%r14,%r15,4), %ymm1
	vmovups	-32(%r14,%r15,4), %ymm2
	vmovups	(%r14,%r15,4), %ymm3
	vmulps	-96(%rbx,%r15,4), %ymm0, %ymm0
	vmulps	-64(%rbx,%r15,4), %ymm1, %ymm1
	vmulps	-32(%rbx,%r15,4), %ymm2, %ymm2
	vmulps	(%rbx,%r15,4), %ymm3, %ymm3
	vmovups	%ymm0, -96(%r11,%r15,4)
	vmovups	%ymm1, -64(%r11,%r15,4)
	vmovups	%ymm2, -32(%r11,%r15,4)
	vmovups	%ymm3, (%r11,%r15,4)
	addq	$32, %r15
	cmpq	%r15, %r8
	jne	.LBB0_646
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_649
.LBB0_642:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_643:
	vmovups	(%rsi,%r8,4), %xmm0
	vmulps	(%rcx,%r8,4), %xmm0, %xmm0
	vmovups	%xmm0, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_643
	testq	%r11, %r11
	jne	.LBB0_634
	jmp	.LBB0_58
.LBB0_716:
	movq	%rdx, %r8
	andq	$-16, %r8
	leaq	(%r9,%rdi,4), %r11
	addq	$32, %r11
	leaq	(%rcx,%rdi,4), %rbx
	addq	$32, %rbx
	leaq	(%rsi,%rdi,4), %r14
	addq	$32, %r14
	xorl	%r15d, %r15d
.LBB0_717:
	vmovups	-32(%r14,%r15,4), %ymm0
	vmovups	(%r14,%r15,4), %ymm1
	vmovups	-32(%rbx,%r15,4), %ymm2
	vmovups	(%rbx,%r15,4), %ymm3
	vcmpunordps	%ymm2, %ymm0, %ymm4
	vcmpunordps	%ymm3, %ymm1, %ymm5
	vaddps	%ymm2, %ymm0, %ymm6
	vminps	%ymm2, %ymm0, %ymm0
	vblendvps	%ymm4, %ymm6, %ymm0, %ymm0
	vaddps	%ymm3, %ymm1, %ymm2
	vminps	%ymm3, %ymm1, %ymm1
	vblendvps	%ymm5, %ymm2, %ymm1, %ymm1
	vmovups	%ymm0, -32(%r11,%r15,4)
	vmovups	%ymm1, (%r11,%r15,4)
	addq	$16, %r15
	cmpq	%r15, %r8
	jne	.LBB0_717
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$12, %dl
	je	.LBB0_720
.LBB0_713:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB0_714:
	vmovups	(%rsi,%r8,4), %xmm0
	vmovups	(%rcx,%r8,4), %xmm1
	vcmpunordps	%xmm1, %xmm0, %xmm2
	vaddps	%xmm1, %xmm0, %xmm3
	vminps	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm2, %xmm3, %xmm0, %xmm0
	vmovups	%xmm0, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_714
	testq	%r11, %r11
	jne	.LBB0_706
	jmp	.LBB0_58
.LBB0_595:
	movq	%rdi, %r8
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,4), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdx,4), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
.LBB0_596:
	vmovups	-96(%r14,%r15,4), %ymm0
	vmovups	-64(%r14,%r15,4), %ymm1
	vmovups	-32(%r14,%r15,4), %ymm2
	vmovups	(%r14,%r15,4), %ymm3
	vaddps	-96(%rbx,%r15,4), %ymm0, %ymm0
	vaddps	-64(%rbx,%r15,4), %ymm1, %ymm1
	vaddps	-32(%rbx,%r15,4), %ymm2, %ymm2
	vaddps	(%rbx,%r15,4), %ymm3, %ymm3
	vmovups	%ymm0, -96(%r11,%r15,4)
	vmovups	%ymm1, -64(%r11,%r15,4)
	vmovups	%ymm2, -32(%r11,%r15,4)
	vmovups	%ymm3, (%r11,%r15,4)
	addq	$32, %r15
	cmpq	%r15, %r8
	jne	.LBB0_596
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_599
.LBB0_592:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_593:
	vmovups	(%rsi,%r8,4), %xmm0
	vaddps	(%rcx,%r8,4), %xmm0, %xmm0
	vmovups	%xmm0, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_593
	testq	%r11, %r11
	jne	.LBB0_584
	jmp	.LBB0_58
.LBB0_620:
	movq	%rdi, %r8
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,4), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdx,4), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
.LBB0_621:
	vmovups	-96(%r14,%r15,4), %ymm0
	vmovups	-64(%r14,%r15,4), %ymm1
	vmovups	-32(%r14,%r15,4), %ymm2
	vmovups	(%r14,%r15,4), %ymm3
	vsubps	-96(%rbx,%r15,4), %ymm0, %ymm0
	vsubps	-64(%rbx,%r15,4), %ymm1, %ymm1
	vsubps	-32(%rbx,%r15,4), %ymm2, %ymm2
	vsubps	(%rbx,%r15,4), %ymm3, %ymm3
	vmovups	%ymm0, -96(%r11,%r15,4)
	vmovups	%ymm1, -64(%r11,%r15,4)
	vmovups	%ymm2, -32(%r11,%r15,4)
	vmovups	%ymm3, (%r11,%r15,4)
	addq	$32, %r15
	cmpq	%r15, %r8
	jne	.LBB0_621
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_624
.LBB0_617:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_618:
	vmovups	(%rsi,%r8,4), %xmm0
	vsubps	(%rcx,%r8,4), %xmm0, %xmm0
	vmovups	%xmm0, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_618
	testq	%r11, %r11
	jne	.LBB0_609
	jmp	.LBB0_58
.LBB0_740:
	movq	%rdx, %r8
	andq	$-32, %r8
	leaq	(%r9,%rdi,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,4), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdi,4), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
	vxorps	%xmm0, %xmm0, %xmm0
.LBB0_741:
	vcmpltps	-96(%rbx,%r15,4), %ymm0, %ymm1
	vcmpltps	-64(%rbx,%r15,4), %ymm0, %ymm2
	vcmpltps	-32(%rbx,%r15,4), %ymm0, %ymm3
	vcmpltps	(%rbx,%r15,4), %ymm0, %ymm4
	vandps	-96(%r14,%r15,4), %ymm1, %ymm1
	vandps	-64(%r14,%r15,4), %ymm2, %ymm2
	vandps	-32(%r14,%r15,4), %ymm3, %ymm3
	vandps	(%r14,%r15,4), %ymm4, %ymm4
	vmovups	%ymm1, -96(%r11,%r15,4)
	vmovups	%ymm2, -64(%r11,%r15,4)
	vmovups	%ymm3, -32(%r11,%r15,4)
	vmovups	%ymm4, (%r11,%r15,4)
	addq	$32, %r15
	cmpq	%r15, %r8
	jne	.LBB0_741
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$28, %dl
	je	.LBB0_744
.LBB0_737:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vxorps	%xmm0, %xmm0, %xmm0
.LBB0_738:
	vcmpltps	(%rcx,%r8,4), %xmm0, %xmm1
	vandps	(%rsi,%r8,4), %xmm1, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_738
	testq	%r11, %r11
	jne	.LBB0_729
	jmp	.LBB0_58
.LBB0_764:
	movq	%rdx, %r8
	andq	$-32, %r8
	leaq	(%r9,%rdi,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,4), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdi,4), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
	vbroadcastss	.LCPI0_0(%rip), %ymm0
.LBB0_765:
	vmovups	-96(%rbx,%r15,4), %ymm1
	vmovups	-64(%rbx,%r15,4), %ymm2
	vmovups	-32(%rbx,%r15,4), %ymm3
	vmovups	(%rbx,%r15,4), %ymm4
	vsubps	%ymm1, %ymm0, %ymm5
	vsubps	%ymm2, %ymm0, %ymm6
	vsubps	%ymm3, %ymm0, %ymm7
	vsubps	%ymm4, %ymm0, %ymm8
	vaddps	%ymm0, %ymm1, %ymm1
	vmulps	%ymm1, %ymm5, %ymm1
	vaddps	%ymm0, %ymm2, %ymm2
	vmulps	%ymm2, %ymm6, %ymm2
	vaddps	%ymm0, %ymm3, %ymm3
	vmulps	%ymm3, %ymm7, %ymm3
	vaddps	%ymm0, %ymm4, %ymm4
	vmulps	%ymm4, %ymm8, %ymm4
	vmulps	-96(%r14,%r15,4), %ymm1, %ymm1
	vmulps	-64(%r14,%r15,4), %ymm2, %ymm2
	vmulps	-32(%r14,%r15,4), %ymm3, %ymm3
	vmulps	(%r14,%r15,4), %ymm4, %ymm4
	vmovups	%ymm1, -96(%r11,%r15,4)
	vmovups	%ymm2, -64(%r11,%r15,4)
	vmovups	%ymm3, -32(%r11,%r15,4)
	vmovups	%ymm4, (%r11,%r15,4)
	addq	$32, %r15
	cmpq	%r15, %r8
	jne	.LBB0_765
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$28, %dl
	je	.LBB0_768
.LBB0_761:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vbroadcastss	.LCPI0_0(%rip), %xmm0
.LBB0_762:
	vmovups	(%rcx,%r8,4), %xmm1
	vsubps	%xmm1, %xmm0, %xmm2
	vaddps	%xmm0, %xmm1, %xmm1
	vmulps	%xmm1, %xmm2, %xmm1
	vmulps	(%rsi,%r8,4), %xmm1, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_762
	testq	%r11, %r11
	jne	.LBB0_753
	jmp	.LBB0_58
.LBB0_670:
	movq	%rdi, %r8
	andq	$-32, %r8
	leaq	(%r9,%rdx,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,4), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdx,4), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
.LBB0_671:
	vmovups	-96(%r14,%r15,4), %ymm0
	vmovups	-64(%r14,%r15,4), %ymm1
	vmovups	-32(%r14,%r15,4), %ymm2
	vmovups	(%r14,%r15,4), %ymm3
	vdivps	-96(%rbx,%r15,4), %ymm0, %ymm0
	vdivps	-64(%rbx,%r15,4), %ymm1, %ymm1
	vdivps	-32(%rbx,%r15,4), %ymm2, %ymm2
	vdivps	(%rbx,%r15,4), %ymm3, %ymm3
	vmovups	%ymm0, -96(%r11,%r15,4)
	vmovups	%ymm1, -64(%r11,%r15,4)
	vmovups	%ymm2, -32(%r11,%r15,4)
	vmovups	%ymm3, (%r11,%r15,4)
	addq	$32, %r15
	cmpq	%r15, %r8
	jne	.LBB0_671
	cmpq	%r8, %rdi
	je	.LBB0_58
	testb	$28, %dil
	je	.LBB0_674
.LBB0_667:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB0_668:
	vmovups	(%rsi,%r8,4), %xmm0
	vdivps	(%rcx,%r8,4), %xmm0, %xmm0
	vmovups	%xmm0, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_668
	testq	%r11, %r11
	jne	.LBB0_659
	jmp	.LBB0_58
.LBB0_693:
	movq	%rdx, %r8
	andq	$-16, %r8
	leaq	(%r9,%rdi,4), %r11
	addq	$32, %r11
	leaq	(%rcx,%rdi,4), %rbx
	addq	$32, %rbx
	leaq	(%rsi,%rdi,4), %r14
	addq	$32, %r14
	xorl	%r15d, %r15d
.LBB0_694:
	vmovups	-32(%r14,%r15,4), %ymm0
	vmovups	(%r14,%r15,4), %ymm1
	vmovups	-32(%rbx,%r15,4), %ymm2
	vmovups	(%rbx,%r15,4), %ymm3
	vcmpunordps	%ymm2, %ymm0, %ymm4
	vcmpunordps	%ymm3, %ymm1, %ymm5
	vaddps	%ymm2, %ymm0, %ymm6
	vmaxps	%ymm2, %ymm0, %ymm0
	vblendvps	%ymm4, %ymm6, %ymm0, %ymm0
	vaddps	%ymm3, %ymm1, %ymm2
	vmaxps	%ymm3, %ymm1, %ymm1
	vblendvps	%ymm5, %ymm2, %ymm1, %ymm1
	vmovups	%ymm0, -32(%r11,%r15,4)
	vmovups	%ymm1, (%r11,%r15,4)
	addq	$16, %r15
	cmpq	%r15, %r8
	jne	.LBB0_694
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$12, %dl
	je	.LBB0_697
.LBB0_690:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB0_691:
	vmovups	(%rsi,%r8,4), %xmm0
	vmovups	(%rcx,%r8,4), %xmm1
	vcmpunordps	%xmm1, %xmm0, %xmm2
	vaddps	%xmm1, %xmm0, %xmm3
	vmaxps	%xmm1, %xmm0, %xmm0
	vblendvps	%xmm2, %xmm3, %xmm0, %xmm0
	vmovups	%xmm0, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_691
	testq	%r11, %r11
	jne	.LBB0_683
	jmp	.LBB0_58
.LBB0_788:
	movq	%rdx, %r8
	andq	$-32, %r8
	leaq	(%r9,%rdi,4), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,4), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdi,4), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
	vbroadcastss	.LCPI0_0(%rip), %ymm0
.LBB0_789:
	vmovups	-96(%rbx,%r15,4), %ymm1
	vmovups	-64(%rbx,%r15,4), %ymm2
	vmovups	-32(%rbx,%r15,4), %ymm3
	vmovups	(%rbx,%r15,4), %ymm4
	vsubps	%ymm1, %ymm0, %ymm5
	vsubps	%ymm2, %ymm0, %ymm6
	vsubps	%ymm3, %ymm0, %ymm7
	vsubps	%ymm4, %ymm0, %ymm8
	vmulps	%ymm5, %ymm1, %ymm1
	vmulps	%ymm6, %ymm2, %ymm2
	vmulps	%ymm7, %ymm3, %ymm3
	vmulps	%ymm4, %ymm8, %ymm4
	vmulps	-96(%r14,%r15,4), %ymm1, %ymm1
	vmulps	-64(%r14,%r15,4), %ymm2, %ymm2
	vmulps	-32(%r14,%r15,4), %ymm3, %ymm3
	vmulps	(%r14,%r15,4), %ymm4, %ymm4
	vmovups	%ymm1, -96(%r11,%r15,4)
	vmovups	%ymm2, -64(%r11,%r15,4)
	vmovups	%ymm3, -32(%r11,%r15,4)
	vmovups	%ymm4, (%r11,%r15,4)
	addq	$32, %r15
	cmpq	%r15, %r8
	jne	.LBB0_789
	cmpq	%r8, %rdx
	je	.LBB0_58
	testb	$28, %dl
	je	.LBB0_792
.LBB0_785:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vbroadcastss	.LCPI0_0(%rip), %xmm0
.LBB0_786:
	vmovups	(%rcx,%r8,4), %xmm1
	vsubps	%xmm1, %xmm0, %xmm2
	vmulps	%xmm2, %xmm1, %xmm1
	vmulps	(%rsi,%r8,4), %xmm1, %xmm1
	vmovups	%xmm1, (%r9,%r8,4)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB0_786
	testq	%r11, %r11
	jne	.LBB0_777
	jmp	.LBB0_58
.LBB0_115:
	addq	%r8, %rdx
	jmp	.LBB0_98
.LBB0_189:
	addq	%r8, %rdi
	jmp	.LBB0_173
.LBB0_63:
	addq	%r8, %rdx
	jmp	.LBB0_45
.LBB0_89:
	addq	%r8, %rdx
	jmp	.LBB0_72
.LBB0_216:
	addq	%r8, %rdx
	jmp	.LBB0_199
.LBB0_241:
	addq	%r8, %rdi
	jmp	.LBB0_224
.LBB0_141:
	addq	%r8, %rdx
	jmp	.LBB0_124
.LBB0_165:
	addq	%r8, %rdi
	jmp	.LBB0_149
.LBB0_266:
	addq	%r8, %rdi
	jmp	.LBB0_249
.LBB0_383:
	addq	%r8, %rdx
	jmp	.LBB0_366
.LBB0_457:
	addq	%r8, %rdi
	jmp	.LBB0_441
.LBB0_331:
	addq	%r8, %rdx
	jmp	.LBB0_314
.LBB0_357:
	addq	%r8, %rdx
	jmp	.LBB0_340
.LBB0_484:
	addq	%r8, %rdx
	jmp	.LBB0_467
.LBB0_510:
	addq	%r8, %rdx
	jmp	.LBB0_493
.LBB0_409:
	addq	%r8, %rdx
	jmp	.LBB0_392
.LBB0_433:
	addq	%r8, %rdi
	jmp	.LBB0_417
.LBB0_536:
	addq	%r8, %rdx
	jmp	.LBB0_519
.LBB0_649:
	addq	%r8, %rdx
	jmp	.LBB0_633
.LBB0_720:
	addq	%r8, %rdi
	jmp	.LBB0_705
.LBB0_599:
	addq	%r8, %rdx
	jmp	.LBB0_583
.LBB0_624:
	addq	%r8, %rdx
	jmp	.LBB0_608
.LBB0_744:
	addq	%r8, %rdi
	jmp	.LBB0_728
.LBB0_768:
	addq	%r8, %rdi
	jmp	.LBB0_752
.LBB0_674:
	addq	%r8, %rdx
	jmp	.LBB0_658
.LBB0_697:
	addq	%r8, %rdi
	jmp	.LBB0_682
.LBB0_792:
	addq	%r8, %rdi
	jmp	.LBB0_776
.Lfunc_end0:
	.size	axon_binary_avx2_f32, .Lfunc_end0-axon_binary_avx2_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI0_0:
	.long	.LBB0_35-.LJTI0_0
	.long	.LBB0_31-.LJTI0_0
	.long	.LBB0_27-.LJTI0_0
	.long	.LBB0_23-.LJTI0_0
	.long	.LBB0_19-.LJTI0_0
	.long	.LBB0_15-.LJTI0_0
	.long	.LBB0_58-.LJTI0_0
	.long	.LBB0_7-.LJTI0_0
	.long	.LBB0_3-.LJTI0_0
	.long	.LBB0_11-.LJTI0_0
.LJTI0_1:
	.long	.LBB0_304-.LJTI0_1
	.long	.LBB0_300-.LJTI0_1
	.long	.LBB0_296-.LJTI0_1
	.long	.LBB0_292-.LJTI0_1
	.long	.LBB0_288-.LJTI0_1
	.long	.LBB0_284-.LJTI0_1
	.long	.LBB0_58-.LJTI0_1
	.long	.LBB0_276-.LJTI0_1
	.long	.LBB0_272-.LJTI0_1
	.long	.LBB0_280-.LJTI0_1
.LJTI0_2:
	.long	.LBB0_573-.LJTI0_2
	.long	.LBB0_569-.LJTI0_2
	.long	.LBB0_565-.LJTI0_2
	.long	.LBB0_561-.LJTI0_2
	.long	.LBB0_557-.LJTI0_2
	.long	.LBB0_553-.LJTI0_2
	.long	.LBB0_58-.LJTI0_2
	.long	.LBB0_545-.LJTI0_2
	.long	.LBB0_541-.LJTI0_2
	.long	.LBB0_549-.LJTI0_2

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI1_0:
	.quad	0x3ff0000000000000
	.text
	.globl	axon_binary_avx2_f64
	.p2align	4
	.type	axon_binary_avx2_f64,@function
axon_binary_avx2_f64:
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
	movq	16(%rbp), %r10
	xorl	%eax, %eax
	testl	%edx, %edx
	je	.LBB1_5
	cmpl	$9, %edi
	ja	.LBB1_688
	vbroadcastsd	(%rsi), %ymm0
	movl	%edi, %edx
	leaq	.LJTI1_0(%rip), %rdi
	movslq	(%rdi,%rdx,4), %rdx
	addq	%rdi, %rdx
	jmpq	*%rdx
.LBB1_3:
	cmpq	$4, %r10
	jge	.LBB1_34
	xorl	%edx, %edx
	jmp	.LBB1_104
.LBB1_5:
	testl	%r8d, %r8d
	je	.LBB1_10
	cmpl	$9, %edi
	ja	.LBB1_688
	vbroadcastsd	(%rcx), %ymm0
	movl	%edi, %edx
	leaq	.LJTI1_1(%rip), %rdi
	movslq	(%rdi,%rdx,4), %rdx
	addq	%rdi, %rdx
	jmpq	*%rdx
.LBB1_8:
	cmpq	$4, %r10
	jge	.LBB1_237
	xorl	%edx, %edx
	jmp	.LBB1_309
.LBB1_10:
	cmpl	$9, %edi
	ja	.LBB1_688
	movl	%edi, %edx
	leaq	.LJTI1_2(%rip), %rdi
	movslq	(%rdi,%rdx,4), %rdx
	addq	%rdi, %rdx
	jmpq	*%rdx
.LBB1_12:
	cmpq	$4, %r10
	jge	.LBB1_255
	xorl	%edx, %edx
	jmp	.LBB1_518
.LBB1_14:
	cmpq	$4, %r10
	jge	.LBB1_30
	xorl	%edx, %edx
	jmp	.LBB1_70
.LBB1_16:
	cmpq	$4, %r10
	jge	.LBB1_32
	xorl	%edi, %edi
	jmp	.LBB1_87
.LBB1_18:
	cmpq	$4, %r10
	jge	.LBB1_36
	xorl	%edx, %edx
	jmp	.LBB1_122
.LBB1_20:
	cmpq	$4, %r10
	jge	.LBB1_38
	xorl	%edx, %edx
	jmp	.LBB1_141
.LBB1_22:
	cmpq	$4, %r10
	jge	.LBB1_40
	xorl	%edi, %edi
	jmp	.LBB1_158
.LBB1_24:
	cmpq	$4, %r10
	jge	.LBB1_42
	xorl	%edx, %edx
	jmp	.LBB1_176
.LBB1_26:
	cmpq	$4, %r10
	jge	.LBB1_44
	xorl	%edi, %edi
	jmp	.LBB1_189
.LBB1_28:
	cmpq	$4, %r10
	jge	.LBB1_46
	xorl	%edi, %edi
	jmp	.LBB1_205
.LBB1_30:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_64
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_67
.LBB1_32:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_82
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_85
.LBB1_34:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_98
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_101
.LBB1_36:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_116
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_119
.LBB1_38:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_134
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_137
.LBB1_40:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_153
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_156
.LBB1_42:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_170
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_173
.LBB1_44:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_184
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_187
.LBB1_46:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_200
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_203
.LBB1_48:
	cmpq	$4, %r10
	jge	.LBB1_233
	xorl	%edx, %edx
	jmp	.LBB1_275
.LBB1_50:
	cmpq	$4, %r10
	jge	.LBB1_235
	xorl	%edi, %edi
	jmp	.LBB1_292
.LBB1_52:
	cmpq	$4, %r10
	jge	.LBB1_239
	xorl	%edx, %edx
	jmp	.LBB1_327
.LBB1_54:
	cmpq	$4, %r10
	jge	.LBB1_241
	xorl	%edx, %edx
	jmp	.LBB1_346
.LBB1_56:
	cmpq	$4, %r10
	jge	.LBB1_243
	xorl	%edx, %edx
	jmp	.LBB1_364
.LBB1_58:
	cmpq	$4, %r10
	jge	.LBB1_245
	xorl	%edx, %edx
	jmp	.LBB1_382
.LBB1_60:
	cmpq	$4, %r10
	jge	.LBB1_247
	xorl	%edi, %edi
	jmp	.LBB1_395
.LBB1_62:
	cmpq	$4, %r10
	jge	.LBB1_249
	xorl	%edx, %edx
	jmp	.LBB1_412
.LBB1_64:
	andq	$-4, %rdi
	xorl	%edx, %edx
	.p2align	4
.LBB1_65:
	vmulpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vmulpd	32(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vmulpd	64(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vmulpd	96(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_65
	leaq	4(%rdx), %rdi
.LBB1_67:
	testq	%rax, %rax
	je	.LBB1_70
	.p2align	4
.LBB1_68:
	vmulpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_68
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_70:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_78
.LBB1_72:
	movq	%rdx, %rdi
.LBB1_73:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_76
	movq	%rdi, %rdx
	.p2align	4
.LBB1_75:
	vmovsd	(%rsi), %xmm0
	vmulsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_75
.LBB1_76:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
	.p2align	4
.LBB1_77:
	vmovsd	(%rsi), %xmm0
	vmulsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vmulsd	8(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vmulsd	16(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vmulsd	24(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_77
	jmp	.LBB1_688
.LBB1_78:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	8(%rsi), %rbx
	leaq	(%rcx,%rdx,8), %r14
	leaq	(%rcx,%r10,8), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB1_72
	andb	%r11b, %r8b
	jne	.LBB1_72
	cmpq	$16, %rdi
	jae	.LBB1_424
	xorl	%r8d, %r8d
	jmp	.LBB1_428
.LBB1_82:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
	.p2align	4
.LBB1_83:
	vmovupd	-32(%rcx,%rdx,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vminpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm1, %ymm3, %ymm1
	vmovupd	%ymm1, -32(%r9,%rdx,8)
	vmovupd	(%rcx,%rdx,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vminpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm1, %ymm3, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_83
	leaq	-4(%rdx), %rdi
.LBB1_85:
	testb	$4, %al
	jne	.LBB1_87
	vmovupd	(%rcx,%rdi,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vminpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_87:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB1_688
	cmpq	$3, %rdx
	ja	.LBB1_94
.LBB1_89:
	movq	%rdi, %rdx
.LBB1_90:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_92
	vmovsd	(%rsi), %xmm0
	vmovsd	(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vminsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_92:
	cmpq	%rdi, %r10
	je	.LBB1_688
	.p2align	4
.LBB1_93:
	vmovsd	(%rsi), %xmm0
	vmovsd	(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vminsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vmovsd	8(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vminsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_93
	jmp	.LBB1_688
.LBB1_94:
	leaq	(%r9,%rdi,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	8(%rsi), %rbx
	leaq	(%rcx,%rdi,8), %r14
	leaq	(%rcx,%r10,8), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB1_89
	andb	%r11b, %r8b
	jne	.LBB1_89
	cmpq	$16, %rdx
	jae	.LBB1_431
	xorl	%r8d, %r8d
	jmp	.LBB1_435
.LBB1_98:
	andq	$-4, %rdi
	xorl	%edx, %edx
	.p2align	4
.LBB1_99:
	vaddpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vaddpd	32(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vaddpd	64(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vaddpd	96(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_99
	leaq	4(%rdx), %rdi
.LBB1_101:
	testq	%rax, %rax
	je	.LBB1_104
	.p2align	4
.LBB1_102:
	vaddpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_102
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_104:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_112
.LBB1_106:
	movq	%rdx, %rdi
.LBB1_107:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_110
	movq	%rdi, %rdx
	.p2align	4
.LBB1_109:
	vmovsd	(%rsi), %xmm0
	vaddsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_109
.LBB1_110:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
	.p2align	4
.LBB1_111:
	vmovsd	(%rsi), %xmm0
	vaddsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vaddsd	8(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vaddsd	16(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vaddsd	24(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_111
	jmp	.LBB1_688
.LBB1_112:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	8(%rsi), %rbx
	leaq	(%rcx,%rdx,8), %r14
	leaq	(%rcx,%r10,8), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB1_106
	andb	%r11b, %r8b
	jne	.LBB1_106
	cmpq	$16, %rdi
	jae	.LBB1_438
	xorl	%r8d, %r8d
	jmp	.LBB1_442
.LBB1_116:
	andq	$-4, %rdi
	xorl	%edx, %edx
	.p2align	4
.LBB1_117:
	vsubpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vsubpd	32(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vsubpd	64(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vsubpd	96(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_117
	leaq	4(%rdx), %rdi
.LBB1_119:
	testq	%rax, %rax
	je	.LBB1_122
	.p2align	4
.LBB1_120:
	vsubpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_120
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_122:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_130
.LBB1_124:
	movq	%rdx, %rdi
.LBB1_125:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_128
	movq	%rdi, %rdx
	.p2align	4
.LBB1_127:
	vmovsd	(%rsi), %xmm0
	vsubsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_127
.LBB1_128:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
	.p2align	4
.LBB1_129:
	vmovsd	(%rsi), %xmm0
	vsubsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vsubsd	8(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vsubsd	16(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vsubsd	24(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_129
	jmp	.LBB1_688
.LBB1_130:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	8(%rsi), %rbx
	leaq	(%rcx,%rdx,8), %r14
	leaq	(%rcx,%r10,8), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB1_124
	andb	%r11b, %r8b
	jne	.LBB1_124
	cmpq	$16, %rdi
	jae	.LBB1_446
	xorl	%r8d, %r8d
	jmp	.LBB1_450
.LBB1_134:
	andq	$-4, %rdi
	xorl	%edx, %edx
	vxorpd	%xmm1, %xmm1, %xmm1
	.p2align	4
.LBB1_135:
	vcmpltpd	(%rcx,%rdx,8), %ymm1, %ymm2
	vandpd	%ymm0, %ymm2, %ymm2
	vmovupd	%ymm2, (%r9,%rdx,8)
	vcmpltpd	32(%rcx,%rdx,8), %ymm1, %ymm2
	vandpd	%ymm0, %ymm2, %ymm2
	vmovupd	%ymm2, 32(%r9,%rdx,8)
	vcmpltpd	64(%rcx,%rdx,8), %ymm1, %ymm2
	vandpd	%ymm0, %ymm2, %ymm2
	vmovupd	%ymm2, 64(%r9,%rdx,8)
	vcmpltpd	96(%rcx,%rdx,8), %ymm1, %ymm2
	vandpd	%ymm0, %ymm2, %ymm2
	vmovupd	%ymm2, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_135
	leaq	4(%rdx), %rdi
.LBB1_137:
	testq	%rax, %rax
	je	.LBB1_141
	vxorpd	%xmm1, %xmm1, %xmm1
	.p2align	4
.LBB1_139:
	vcmpltpd	(%rcx,%rdx,8), %ymm1, %ymm2
	vandpd	%ymm0, %ymm2, %ymm2
	vmovupd	%ymm2, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_139
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_141:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_149
.LBB1_143:
	movq	%rdx, %rdi
.LBB1_144:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	leaq	1(%rdi), %rdx
	testb	$1, %r8b
	je	.LBB1_146
	vxorpd	%xmm0, %xmm0, %xmm0
	vcmpltsd	(%rcx,%rdi,8), %xmm0, %xmm0
	vmovsd	(%rsi), %xmm1
	vandpd	%xmm1, %xmm0, %xmm0
	vmovlpd	%xmm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_146:
	cmpq	%rdx, %r10
	je	.LBB1_688
	vxorpd	%xmm0, %xmm0, %xmm0
	.p2align	4
.LBB1_148:
	vcmpltsd	(%rcx,%rdi,8), %xmm0, %xmm1
	vmovsd	(%rsi), %xmm2
	vandpd	%xmm2, %xmm1, %xmm1
	vmovlpd	%xmm1, (%r9,%rdi,8)
	vcmpltsd	8(%rcx,%rdi,8), %xmm0, %xmm1
	vmovsd	(%rsi), %xmm2
	vandpd	%xmm2, %xmm1, %xmm1
	vmovlpd	%xmm1, 8(%r9,%rdi,8)
	addq	$2, %rdi
	cmpq	%rdi, %r10
	jne	.LBB1_148
	jmp	.LBB1_688
.LBB1_149:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	8(%rsi), %rbx
	leaq	(%rcx,%rdx,8), %r14
	leaq	(%rcx,%r10,8), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB1_143
	andb	%r11b, %r8b
	jne	.LBB1_143
	cmpq	$16, %rdi
	jae	.LBB1_453
	xorl	%r8d, %r8d
	jmp	.LBB1_457
.LBB1_153:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
	.p2align	4
.LBB1_154:
	vmovupd	-32(%rcx,%rdx,8), %ymm2
	vsubpd	%ymm2, %ymm1, %ymm3
	vaddpd	%ymm1, %ymm2, %ymm2
	vmulpd	%ymm2, %ymm3, %ymm2
	vmulpd	%ymm2, %ymm0, %ymm2
	vmovupd	%ymm2, -32(%r9,%rdx,8)
	vmovupd	(%rcx,%rdx,8), %ymm2
	vsubpd	%ymm2, %ymm1, %ymm3
	vaddpd	%ymm1, %ymm2, %ymm2
	vmulpd	%ymm2, %ymm3, %ymm2
	vmulpd	%ymm2, %ymm0, %ymm2
	vmovupd	%ymm2, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_154
	leaq	-4(%rdx), %rdi
.LBB1_156:
	testb	$4, %al
	jne	.LBB1_158
	vmovupd	(%rcx,%rdi,8), %ymm1
	vbroadcastsd	.LCPI1_0(%rip), %ymm2
	vsubpd	%ymm1, %ymm2, %ymm3
	vaddpd	%ymm2, %ymm1, %ymm1
	vmulpd	%ymm1, %ymm3, %ymm1
	vmulpd	%ymm1, %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_158:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB1_688
	cmpq	$3, %rdx
	ja	.LBB1_166
.LBB1_160:
	movq	%rdi, %rdx
.LBB1_161:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_163
	vmovsd	(%rcx,%rdx,8), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm2
	vaddsd	%xmm1, %xmm0, %xmm0
	vmulsd	%xmm0, %xmm2, %xmm0
	vmulsd	(%rsi), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_163:
	cmpq	%rdi, %r10
	je	.LBB1_688
	vmovsd	.LCPI1_0(%rip), %xmm0
	.p2align	4
.LBB1_165:
	vmovsd	(%rcx,%rdx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vaddsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm2, %xmm1
	vmulsd	(%rsi), %xmm1, %xmm1
	vmovsd	%xmm1, (%r9,%rdx,8)
	vmovsd	8(%rcx,%rdx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vaddsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm2, %xmm1
	vmulsd	(%rsi), %xmm1, %xmm1
	vmovsd	%xmm1, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_165
	jmp	.LBB1_688
.LBB1_166:
	leaq	(%r9,%rdi,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	8(%rsi), %rbx
	leaq	(%rcx,%rdi,8), %r14
	leaq	(%rcx,%r10,8), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB1_160
	andb	%r11b, %r8b
	jne	.LBB1_160
	cmpq	$16, %rdx
	jae	.LBB1_460
	xorl	%r8d, %r8d
	jmp	.LBB1_464
.LBB1_170:
	andq	$-4, %rdi
	xorl	%edx, %edx
	.p2align	4
.LBB1_171:
	vdivpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vdivpd	32(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vdivpd	64(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vdivpd	96(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_171
	leaq	4(%rdx), %rdi
.LBB1_173:
	testq	%rax, %rax
	je	.LBB1_176
	.p2align	4
.LBB1_174:
	vdivpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_174
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_176:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$8, %rdi
	jae	.LBB1_179
.LBB1_467:
	movq	%rdx, %rdi
.LBB1_468:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_471
	movq	%rdi, %rdx
	.p2align	4
.LBB1_470:
	vmovsd	(%rsi), %xmm0
	vdivsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_470
.LBB1_471:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
	.p2align	4
.LBB1_472:
	vmovsd	(%rsi), %xmm0
	vdivsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vdivsd	8(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vdivsd	16(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vdivsd	24(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_472
	jmp	.LBB1_688
.LBB1_179:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	8(%rsi), %rbx
	leaq	(%rcx,%rdx,8), %r14
	leaq	(%rcx,%r10,8), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB1_467
	andb	%r11b, %r8b
	jne	.LBB1_467
	movl	%r10d, %r8d
	andl	$3, %r8d
	subq	%r8, %rdi
	addq	%rdx, %rdi
	vbroadcastsd	(%rsi), %ymm0
	movq	%r10, %r11
	andq	$-4, %r11
	.p2align	4
.LBB1_182:
	vdivpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r11
	jne	.LBB1_182
	testq	%r8, %r8
	jne	.LBB1_468
	jmp	.LBB1_688
.LBB1_184:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
	.p2align	4
.LBB1_185:
	vmovupd	-32(%rcx,%rdx,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vmaxpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm1, %ymm3, %ymm1
	vmovupd	%ymm1, -32(%r9,%rdx,8)
	vmovupd	(%rcx,%rdx,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vmaxpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm1, %ymm3, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_185
	leaq	-4(%rdx), %rdi
.LBB1_187:
	testb	$4, %al
	jne	.LBB1_189
	vmovupd	(%rcx,%rdi,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vmaxpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_189:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB1_688
	cmpq	$3, %rdx
	ja	.LBB1_196
.LBB1_191:
	movq	%rdi, %rdx
.LBB1_192:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_194
	vmovsd	(%rsi), %xmm0
	vmovsd	(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vmaxsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_194:
	cmpq	%rdi, %r10
	je	.LBB1_688
	.p2align	4
.LBB1_195:
	vmovsd	(%rsi), %xmm0
	vmovsd	(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vmaxsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	vmovsd	(%rsi), %xmm0
	vmovsd	8(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vmaxsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_195
	jmp	.LBB1_688
.LBB1_196:
	leaq	(%r9,%rdi,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	8(%rsi), %rbx
	leaq	(%rcx,%rdi,8), %r14
	leaq	(%rcx,%r10,8), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB1_191
	andb	%r11b, %r8b
	jne	.LBB1_191
	cmpq	$16, %rdx
	jae	.LBB1_473
	xorl	%r8d, %r8d
	jmp	.LBB1_477
.LBB1_200:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
	.p2align	4
.LBB1_201:
	vmovupd	-32(%rcx,%rdx,8), %ymm2
	vsubpd	%ymm2, %ymm1, %ymm3
	vmulpd	%ymm3, %ymm2, %ymm2
	vmulpd	%ymm2, %ymm0, %ymm2
	vmovupd	%ymm2, -32(%r9,%rdx,8)
	vmovupd	(%rcx,%rdx,8), %ymm2
	vsubpd	%ymm2, %ymm1, %ymm3
	vmulpd	%ymm3, %ymm2, %ymm2
	vmulpd	%ymm2, %ymm0, %ymm2
	vmovupd	%ymm2, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_201
	leaq	-4(%rdx), %rdi
.LBB1_203:
	testb	$4, %al
	jne	.LBB1_205
	vmovupd	(%rcx,%rdi,8), %ymm1
	vbroadcastsd	.LCPI1_0(%rip), %ymm2
	vsubpd	%ymm1, %ymm2, %ymm2
	vmulpd	%ymm2, %ymm1, %ymm1
	vmulpd	%ymm1, %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_205:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB1_688
	cmpq	$3, %rdx
	ja	.LBB1_213
.LBB1_207:
	movq	%rdi, %rdx
.LBB1_208:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_210
	vmovsd	(%rcx,%rdx,8), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm0, %xmm0
	vmulsd	(%rsi), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_210:
	cmpq	%rdi, %r10
	je	.LBB1_688
	vmovsd	.LCPI1_0(%rip), %xmm0
	.p2align	4
.LBB1_212:
	vmovsd	(%rcx,%rdx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vmulsd	%xmm2, %xmm1, %xmm1
	vmulsd	(%rsi), %xmm1, %xmm1
	vmovsd	%xmm1, (%r9,%rdx,8)
	vmovsd	8(%rcx,%rdx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vmulsd	%xmm2, %xmm1, %xmm1
	vmulsd	(%rsi), %xmm1, %xmm1
	vmovsd	%xmm1, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_212
	jmp	.LBB1_688
.LBB1_213:
	leaq	(%r9,%rdi,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	8(%rsi), %rbx
	leaq	(%rcx,%rdi,8), %r14
	leaq	(%rcx,%r10,8), %r15
	cmpq	%rbx, %r8
	setb	%bl
	cmpq	%r11, %rsi
	setb	%r12b
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %r14
	setb	%r11b
	testb	%r12b, %bl
	jne	.LBB1_207
	andb	%r11b, %r8b
	jne	.LBB1_207
	cmpq	$16, %rdx
	jae	.LBB1_480
	xorl	%r8d, %r8d
	jmp	.LBB1_484
.LBB1_217:
	cmpq	$4, %r10
	jge	.LBB1_251
	xorl	%edx, %edx
	jmp	.LBB1_493
.LBB1_219:
	cmpq	$4, %r10
	jge	.LBB1_253
	xorl	%edi, %edi
	jmp	.LBB1_507
.LBB1_221:
	cmpq	$4, %r10
	jge	.LBB1_257
	xorl	%edx, %edx
	jmp	.LBB1_533
.LBB1_223:
	cmpq	$4, %r10
	jge	.LBB1_259
	xorl	%edi, %edi
	jmp	.LBB1_547
.LBB1_225:
	cmpq	$4, %r10
	jge	.LBB1_261
	xorl	%edi, %edi
	jmp	.LBB1_561
.LBB1_227:
	cmpq	$4, %r10
	jge	.LBB1_263
	xorl	%edx, %edx
	jmp	.LBB1_576
.LBB1_229:
	cmpq	$4, %r10
	jge	.LBB1_265
	xorl	%edi, %edi
	jmp	.LBB1_586
.LBB1_231:
	cmpq	$4, %r10
	jge	.LBB1_267
	xorl	%edi, %edi
	jmp	.LBB1_596
.LBB1_233:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_269
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_272
.LBB1_235:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_287
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_290
.LBB1_237:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_303
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_306
.LBB1_239:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_321
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_324
.LBB1_241:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_339
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_342
.LBB1_243:
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
	vsubpd	%ymm0, %ymm1, %ymm2
	vaddpd	%ymm1, %ymm0, %ymm0
	vmulpd	%ymm0, %ymm2, %ymm0
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_358
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_361
.LBB1_245:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_376
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_379
.LBB1_247:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_390
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_393
.LBB1_249:
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
	vsubpd	%ymm0, %ymm1, %ymm1
	vmulpd	%ymm1, %ymm0, %ymm0
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_406
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_409
.LBB1_251:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_487
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_490
.LBB1_253:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_502
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_505
.LBB1_255:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_512
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_515
.LBB1_257:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_527
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_530
.LBB1_259:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_542
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_545
.LBB1_261:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_556
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_559
.LBB1_263:
	leaq	-4(%r10), %rdx
	movq	%rdx, %rdi
	shrq	$2, %rdi
	incq	%rdi
	movl	%edi, %eax
	andl	$3, %eax
	cmpq	$12, %rdx
	jae	.LBB1_570
	movl	$4, %edi
	xorl	%edx, %edx
	jmp	.LBB1_573
.LBB1_265:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_581
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_584
.LBB1_267:
	leaq	-4(%r10), %rax
	cmpq	$4, %rax
	jae	.LBB1_591
	movl	$4, %edx
	xorl	%edi, %edi
	jmp	.LBB1_594
.LBB1_269:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_270:
	vmulpd	(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vmulpd	32(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vmulpd	64(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vmulpd	96(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_270
	leaq	4(%rdx), %rdi
.LBB1_272:
	testq	%rax, %rax
	je	.LBB1_275
	.p2align	4
.LBB1_273:
	vmulpd	(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_273
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_275:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_283
.LBB1_277:
	movq	%rdx, %rdi
.LBB1_278:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_281
	movq	%rdi, %rdx
	.p2align	4
.LBB1_280:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmulsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_280
.LBB1_281:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
.LBB1_282:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmulsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vmulsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	16(%rsi,%rdx,8), %xmm0
	vmulsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	24(%rsi,%rdx,8), %xmm0
	vmulsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_282
	jmp	.LBB1_688
.LBB1_283:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	(%rsi,%rdx,8), %rbx
	leaq	(%rsi,%r10,8), %r14
	leaq	8(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB1_277
	andb	%r11b, %r8b
	jne	.LBB1_277
	cmpq	$16, %rdi
	jae	.LBB1_639
	xorl	%r8d, %r8d
	jmp	.LBB1_643
.LBB1_287:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
.LBB1_288:
	vmovupd	-32(%rsi,%rdx,8), %ymm1
	vcmpunordpd	%ymm0, %ymm1, %ymm2
	vminpd	%ymm0, %ymm1, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm1, %ymm3, %ymm1
	vmovupd	%ymm1, -32(%r9,%rdx,8)
	vmovupd	(%rsi,%rdx,8), %ymm1
	vcmpunordpd	%ymm0, %ymm1, %ymm2
	vminpd	%ymm0, %ymm1, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm1, %ymm3, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_288
	leaq	-4(%rdx), %rdi
.LBB1_290:
	testb	$4, %al
	jne	.LBB1_292
	vmovupd	(%rsi,%rdi,8), %ymm1
	vcmpunordpd	%ymm0, %ymm1, %ymm2
	vminpd	%ymm0, %ymm1, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_292:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB1_688
	cmpq	$3, %rdx
	ja	.LBB1_299
.LBB1_294:
	movq	%rdi, %rdx
.LBB1_295:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_297
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vminsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_297:
	cmpq	%rdi, %r10
	je	.LBB1_688
.LBB1_298:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vminsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vminsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_298
	jmp	.LBB1_688
.LBB1_299:
	leaq	(%r9,%rdi,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	(%rsi,%rdi,8), %rbx
	leaq	(%rsi,%r10,8), %r14
	leaq	8(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB1_294
	andb	%r11b, %r8b
	jne	.LBB1_294
	cmpq	$16, %rdx
	jae	.LBB1_646
	xorl	%r8d, %r8d
	jmp	.LBB1_650
.LBB1_303:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_304:
	vaddpd	(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vaddpd	32(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vaddpd	64(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vaddpd	96(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_304
	leaq	4(%rdx), %rdi
.LBB1_306:
	testq	%rax, %rax
	je	.LBB1_309
	.p2align	4
.LBB1_307:
	vaddpd	(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_307
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_309:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_317
.LBB1_311:
	movq	%rdx, %rdi
.LBB1_312:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_315
	movq	%rdi, %rdx
	.p2align	4
.LBB1_314:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vaddsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_314
.LBB1_315:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
.LBB1_316:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vaddsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vaddsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	16(%rsi,%rdx,8), %xmm0
	vaddsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	24(%rsi,%rdx,8), %xmm0
	vaddsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_316
	jmp	.LBB1_688
.LBB1_317:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	(%rsi,%rdx,8), %rbx
	leaq	(%rsi,%r10,8), %r14
	leaq	8(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB1_311
	andb	%r11b, %r8b
	jne	.LBB1_311
	cmpq	$16, %rdi
	jae	.LBB1_653
	xorl	%r8d, %r8d
	jmp	.LBB1_657
.LBB1_321:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_322:
	vmovupd	(%rsi,%rdx,8), %ymm1
	vsubpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vmovupd	32(%rsi,%rdx,8), %ymm1
	vsubpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vmovupd	64(%rsi,%rdx,8), %ymm1
	vsubpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vmovupd	96(%rsi,%rdx,8), %ymm1
	vsubpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_322
	leaq	4(%rdx), %rdi
.LBB1_324:
	testq	%rax, %rax
	je	.LBB1_327
	.p2align	4
.LBB1_325:
	vmovupd	(%rsi,%rdx,8), %ymm1
	vsubpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_325
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_327:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_335
.LBB1_329:
	movq	%rdx, %rdi
.LBB1_330:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_333
	movq	%rdi, %rdx
	.p2align	4
.LBB1_332:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vsubsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_332
.LBB1_333:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
.LBB1_334:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vsubsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vsubsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	16(%rsi,%rdx,8), %xmm0
	vsubsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	24(%rsi,%rdx,8), %xmm0
	vsubsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_334
	jmp	.LBB1_688
.LBB1_335:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	(%rsi,%rdx,8), %rbx
	leaq	(%rsi,%r10,8), %r14
	leaq	8(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB1_329
	andb	%r11b, %r8b
	jne	.LBB1_329
	cmpq	$16, %rdi
	jae	.LBB1_661
	xorl	%r8d, %r8d
	jmp	.LBB1_665
.LBB1_339:
	andq	$-4, %rdi
	xorl	%edx, %edx
	vxorpd	%xmm1, %xmm1, %xmm1
	vcmpltpd	%ymm0, %ymm1, %ymm1
.LBB1_340:
	vandpd	(%rsi,%rdx,8), %ymm1, %ymm2
	vmovupd	%ymm2, (%r9,%rdx,8)
	vandpd	32(%rsi,%rdx,8), %ymm1, %ymm2
	vmovupd	%ymm2, 32(%r9,%rdx,8)
	vandpd	64(%rsi,%rdx,8), %ymm1, %ymm2
	vmovupd	%ymm2, 64(%r9,%rdx,8)
	vandpd	96(%rsi,%rdx,8), %ymm1, %ymm2
	vmovupd	%ymm2, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_340
	leaq	4(%rdx), %rdi
.LBB1_342:
	testq	%rax, %rax
	je	.LBB1_346
	vxorpd	%xmm1, %xmm1, %xmm1
	vcmpltpd	%ymm0, %ymm1, %ymm0
	.p2align	4
.LBB1_344:
	vandpd	(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_344
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_346:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_354
.LBB1_348:
	movq	%rdx, %rdi
.LBB1_349:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	leaq	1(%rdi), %rdx
	testb	$1, %r8b
	je	.LBB1_351
	vpxor	%xmm0, %xmm0, %xmm0
	vcmpltsd	(%rcx), %xmm0, %xmm0
	vmovsd	(%rsi,%rdi,8), %xmm1
	vandpd	%xmm1, %xmm0, %xmm0
	vmovlpd	%xmm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_351:
	cmpq	%rdx, %r10
	je	.LBB1_688
	vxorpd	%xmm0, %xmm0, %xmm0
.LBB1_353:
	vmovsd	(%rsi,%rdi,8), %xmm1
	vcmpltsd	(%rcx), %xmm0, %xmm2
	vandpd	%xmm1, %xmm2, %xmm1
	vmovlpd	%xmm1, (%r9,%rdi,8)
	vmovsd	8(%rsi,%rdi,8), %xmm1
	vcmpltsd	(%rcx), %xmm0, %xmm2
	vandpd	%xmm1, %xmm2, %xmm1
	vmovlpd	%xmm1, 8(%r9,%rdi,8)
	addq	$2, %rdi
	cmpq	%rdi, %r10
	jne	.LBB1_353
	jmp	.LBB1_688
.LBB1_354:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	(%rsi,%rdx,8), %rbx
	leaq	(%rsi,%r10,8), %r14
	leaq	8(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB1_348
	andb	%r11b, %r8b
	jne	.LBB1_348
	cmpq	$16, %rdi
	jae	.LBB1_668
	xorl	%r8d, %r8d
	jmp	.LBB1_672
.LBB1_358:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_359:
	vmulpd	(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vmulpd	32(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vmulpd	64(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vmulpd	96(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_359
	leaq	4(%rdx), %rdi
.LBB1_361:
	testq	%rax, %rax
	je	.LBB1_364
	.p2align	4
.LBB1_362:
	vmulpd	(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_362
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_364:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_372
.LBB1_366:
	movq	%rdx, %rdi
.LBB1_367:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	leaq	1(%rdi), %rdx
	testb	$1, %r8b
	je	.LBB1_369
	vmovsd	(%rcx), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm2
	vaddsd	%xmm1, %xmm0, %xmm0
	vmulsd	%xmm0, %xmm2, %xmm0
	vmulsd	(%rsi,%rdi,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_369:
	cmpq	%rdx, %r10
	je	.LBB1_688
	vmovsd	.LCPI1_0(%rip), %xmm0
.LBB1_371:
	vmovsd	(%rcx), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vaddsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm2, %xmm1
	vmulsd	(%rsi,%rdi,8), %xmm1, %xmm1
	vmovsd	%xmm1, (%r9,%rdi,8)
	vmovsd	(%rcx), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vaddsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm2, %xmm1
	vmulsd	8(%rsi,%rdi,8), %xmm1, %xmm1
	vmovsd	%xmm1, 8(%r9,%rdi,8)
	addq	$2, %rdi
	cmpq	%rdi, %r10
	jne	.LBB1_371
	jmp	.LBB1_688
.LBB1_372:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	(%rsi,%rdx,8), %rbx
	leaq	(%rsi,%r10,8), %r14
	leaq	8(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB1_366
	andb	%r11b, %r8b
	jne	.LBB1_366
	cmpq	$16, %rdi
	jae	.LBB1_675
	xorl	%r8d, %r8d
	jmp	.LBB1_679
.LBB1_376:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_377:
	vmovupd	(%rsi,%rdx,8), %ymm1
	vdivpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vmovupd	32(%rsi,%rdx,8), %ymm1
	vdivpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vmovupd	64(%rsi,%rdx,8), %ymm1
	vdivpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vmovupd	96(%rsi,%rdx,8), %ymm1
	vdivpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_377
	leaq	4(%rdx), %rdi
.LBB1_379:
	testq	%rax, %rax
	je	.LBB1_382
	.p2align	4
.LBB1_380:
	vmovupd	(%rsi,%rdx,8), %ymm1
	vdivpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_380
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_382:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$8, %rdi
	jae	.LBB1_385
.LBB1_682:
	movq	%rdx, %rdi
.LBB1_683:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_686
	movq	%rdi, %rdx
	.p2align	4
.LBB1_685:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vdivsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_685
.LBB1_686:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
.LBB1_687:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vdivsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vdivsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	16(%rsi,%rdx,8), %xmm0
	vdivsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	24(%rsi,%rdx,8), %xmm0
	vdivsd	(%rcx), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_687
	jmp	.LBB1_688
.LBB1_385:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	(%rsi,%rdx,8), %rbx
	leaq	(%rsi,%r10,8), %r14
	leaq	8(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB1_682
	andb	%r11b, %r8b
	jne	.LBB1_682
	movl	%r10d, %r8d
	andl	$3, %r8d
	subq	%r8, %rdi
	addq	%rdx, %rdi
	vbroadcastsd	(%rcx), %ymm0
	movq	%r10, %r11
	andq	$-4, %r11
.LBB1_388:
	vmovupd	(%rsi,%rdx,8), %ymm1
	vdivpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r11
	jne	.LBB1_388
	testq	%r8, %r8
	jne	.LBB1_683
	jmp	.LBB1_688
.LBB1_390:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
.LBB1_391:
	vmovupd	-32(%rsi,%rdx,8), %ymm1
	vcmpunordpd	%ymm0, %ymm1, %ymm2
	vmaxpd	%ymm0, %ymm1, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm1, %ymm3, %ymm1
	vmovupd	%ymm1, -32(%r9,%rdx,8)
	vmovupd	(%rsi,%rdx,8), %ymm1
	vcmpunordpd	%ymm0, %ymm1, %ymm2
	vmaxpd	%ymm0, %ymm1, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm1, %ymm3, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_391
	leaq	-4(%rdx), %rdi
.LBB1_393:
	testb	$4, %al
	jne	.LBB1_395
	vmovupd	(%rsi,%rdi,8), %ymm1
	vcmpunordpd	%ymm0, %ymm1, %ymm2
	vmaxpd	%ymm0, %ymm1, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_395:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB1_688
	cmpq	$3, %rdx
	ja	.LBB1_402
.LBB1_397:
	movq	%rdi, %rdx
.LBB1_398:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_400
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vmaxsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_400:
	cmpq	%rdi, %r10
	je	.LBB1_688
.LBB1_401:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vmaxsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vmaxsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_401
	jmp	.LBB1_688
.LBB1_402:
	leaq	(%r9,%rdi,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	(%rsi,%rdi,8), %rbx
	leaq	(%rsi,%r10,8), %r14
	leaq	8(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB1_397
	andb	%r11b, %r8b
	jne	.LBB1_397
	cmpq	$16, %rdx
	jae	.LBB1_689
	xorl	%r8d, %r8d
	jmp	.LBB1_693
.LBB1_406:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_407:
	vmulpd	(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	vmulpd	32(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 32(%r9,%rdx,8)
	vmulpd	64(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 64(%r9,%rdx,8)
	vmulpd	96(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_407
	leaq	4(%rdx), %rdi
.LBB1_409:
	testq	%rax, %rax
	je	.LBB1_412
	.p2align	4
.LBB1_410:
	vmulpd	(%rsi,%rdx,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_410
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_412:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	ja	.LBB1_420
.LBB1_414:
	movq	%rdx, %rdi
.LBB1_415:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	leaq	1(%rdi), %rdx
	testb	$1, %r8b
	je	.LBB1_417
	vmovsd	(%rcx), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm0, %xmm0
	vmulsd	(%rsi,%rdi,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_417:
	cmpq	%rdx, %r10
	je	.LBB1_688
	vmovsd	.LCPI1_0(%rip), %xmm0
.LBB1_419:
	vmovsd	(%rcx), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vmulsd	%xmm2, %xmm1, %xmm1
	vmulsd	(%rsi,%rdi,8), %xmm1, %xmm1
	vmovsd	%xmm1, (%r9,%rdi,8)
	vmovsd	(%rcx), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vmulsd	%xmm2, %xmm1, %xmm1
	vmulsd	8(%rsi,%rdi,8), %xmm1, %xmm1
	vmovsd	%xmm1, 8(%r9,%rdi,8)
	addq	$2, %rdi
	cmpq	%rdi, %r10
	jne	.LBB1_419
	jmp	.LBB1_688
.LBB1_420:
	leaq	(%r9,%rdx,8), %r8
	leaq	(%r9,%r10,8), %r11
	leaq	(%rsi,%rdx,8), %rbx
	leaq	(%rsi,%r10,8), %r14
	leaq	8(%rcx), %r15
	cmpq	%r14, %r8
	setb	%r14b
	cmpq	%r11, %rbx
	setb	%bl
	cmpq	%r15, %r8
	setb	%r8b
	cmpq	%r11, %rcx
	setb	%r11b
	testb	%bl, %r14b
	jne	.LBB1_414
	andb	%r11b, %r8b
	jne	.LBB1_414
	cmpq	$16, %rdi
	jae	.LBB1_696
	xorl	%r8d, %r8d
	jmp	.LBB1_700
.LBB1_424:
	movq	%rdi, %r8
	vbroadcastsd	(%rsi), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_425:
	vmulpd	-96(%rbx,%r14,8), %ymm0, %ymm1
	vmulpd	-64(%rbx,%r14,8), %ymm0, %ymm2
	vmulpd	-32(%rbx,%r14,8), %ymm0, %ymm3
	vmulpd	(%rbx,%r14,8), %ymm0, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_425
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_745
.LBB1_428:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	vbroadcastsd	(%rsi), %ymm0
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_429:
	vmulpd	(%rcx,%r8,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_429
	testq	%r11, %r11
	jne	.LBB1_73
	jmp	.LBB1_688
.LBB1_431:
	movq	%rdx, %r8
	vbroadcastsd	(%rsi), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdi,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_432:
	vmovupd	-96(%rbx,%r14,8), %ymm1
	vmovupd	-64(%rbx,%r14,8), %ymm2
	vmovupd	-32(%rbx,%r14,8), %ymm3
	vmovupd	(%rbx,%r14,8), %ymm4
	vcmpunordpd	%ymm1, %ymm0, %ymm5
	vcmpunordpd	%ymm2, %ymm0, %ymm6
	vcmpunordpd	%ymm3, %ymm0, %ymm7
	vcmpunordpd	%ymm4, %ymm0, %ymm8
	vaddpd	%ymm1, %ymm0, %ymm9
	vaddpd	%ymm2, %ymm0, %ymm10
	vaddpd	%ymm3, %ymm0, %ymm11
	vminpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm5, %ymm9, %ymm1, %ymm1
	vaddpd	%ymm4, %ymm0, %ymm5
	vminpd	%ymm2, %ymm0, %ymm2
	vblendvpd	%ymm6, %ymm10, %ymm2, %ymm2
	vminpd	%ymm3, %ymm0, %ymm3
	vblendvpd	%ymm7, %ymm11, %ymm3, %ymm3
	vminpd	%ymm4, %ymm0, %ymm4
	vblendvpd	%ymm8, %ymm5, %ymm4, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_432
	cmpq	%r8, %rdx
	je	.LBB1_688
	testb	$12, %dl
	je	.LBB1_746
.LBB1_435:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	vbroadcastsd	(%rsi), %ymm0
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB1_436:
	vmovupd	(%rcx,%r8,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vaddpd	%ymm1, %ymm0, %ymm3
	vminpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm3, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_436
	testq	%r11, %r11
	jne	.LBB1_90
	jmp	.LBB1_688
.LBB1_438:
	movq	%rdi, %r8
	vbroadcastsd	(%rsi), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_439:
	vaddpd	-96(%rbx,%r14,8), %ymm0, %ymm1
	vaddpd	-64(%rbx,%r14,8), %ymm0, %ymm2
	vaddpd	-32(%rbx,%r14,8), %ymm0, %ymm3
	vaddpd	(%rbx,%r14,8), %ymm0, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_439
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_747
.LBB1_442:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	vbroadcastsd	(%rsi), %ymm0
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_443:
	vaddpd	(%rcx,%r8,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_443
	testq	%r11, %r11
	jne	.LBB1_107
	jmp	.LBB1_688
.LBB1_446:
	movq	%rdi, %r8
	vbroadcastsd	(%rsi), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_447:
	vsubpd	-96(%rbx,%r14,8), %ymm0, %ymm1
	vsubpd	-64(%rbx,%r14,8), %ymm0, %ymm2
	vsubpd	-32(%rbx,%r14,8), %ymm0, %ymm3
	vsubpd	(%rbx,%r14,8), %ymm0, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_447
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_748
.LBB1_450:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	vbroadcastsd	(%rsi), %ymm0
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_451:
	vsubpd	(%rcx,%r8,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_451
	testq	%r11, %r11
	jne	.LBB1_125
	jmp	.LBB1_688
.LBB1_453:
	movq	%rdi, %r8
	andq	$-16, %r8
	vbroadcastsd	(%rsi), %ymm0
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
	vxorpd	%xmm1, %xmm1, %xmm1
.LBB1_454:
	vcmpltpd	-96(%rbx,%r14,8), %ymm1, %ymm2
	vcmpltpd	-64(%rbx,%r14,8), %ymm1, %ymm3
	vcmpltpd	-32(%rbx,%r14,8), %ymm1, %ymm4
	vcmpltpd	(%rbx,%r14,8), %ymm1, %ymm5
	vandpd	%ymm0, %ymm2, %ymm2
	vandpd	%ymm0, %ymm3, %ymm3
	vandpd	%ymm0, %ymm4, %ymm4
	vandpd	%ymm0, %ymm5, %ymm5
	vmovupd	%ymm2, -96(%r11,%r14,8)
	vmovupd	%ymm3, -64(%r11,%r14,8)
	vmovupd	%ymm4, -32(%r11,%r14,8)
	vmovupd	%ymm5, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_454
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_749
.LBB1_457:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vbroadcastsd	(%rsi), %ymm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
	vxorpd	%xmm1, %xmm1, %xmm1
.LBB1_458:
	vcmpltpd	(%rcx,%r8,8), %ymm1, %ymm2
	vandpd	%ymm0, %ymm2, %ymm2
	vmovupd	%ymm2, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_458
	testq	%r11, %r11
	jne	.LBB1_144
	jmp	.LBB1_688
.LBB1_460:
	movq	%rdx, %r8
	andq	$-16, %r8
	vbroadcastsd	(%rsi), %ymm0
	leaq	(%r9,%rdi,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
.LBB1_461:
	vmovupd	-96(%rbx,%r14,8), %ymm2
	vmovupd	-64(%rbx,%r14,8), %ymm3
	vmovupd	-32(%rbx,%r14,8), %ymm4
	vmovupd	(%rbx,%r14,8), %ymm5
	vsubpd	%ymm2, %ymm1, %ymm6
	vsubpd	%ymm3, %ymm1, %ymm7
	vsubpd	%ymm4, %ymm1, %ymm8
	vsubpd	%ymm5, %ymm1, %ymm9
	vaddpd	%ymm1, %ymm2, %ymm2
	vmulpd	%ymm2, %ymm6, %ymm2
	vaddpd	%ymm1, %ymm3, %ymm3
	vmulpd	%ymm3, %ymm7, %ymm3
	vaddpd	%ymm1, %ymm4, %ymm4
	vmulpd	%ymm4, %ymm8, %ymm4
	vaddpd	%ymm1, %ymm5, %ymm5
	vmulpd	%ymm5, %ymm9, %ymm5
	vmulpd	%ymm2, %ymm0, %ymm2
	vmulpd	%ymm3, %ymm0, %ymm3
	vmulpd	%ymm4, %ymm0, %ymm4
	vmulpd	%ymm5, %ymm0, %ymm5
	vmovupd	%ymm2, -96(%r11,%r14,8)
	vmovupd	%ymm3, -64(%r11,%r14,8)
	vmovupd	%ymm4, -32(%r11,%r14,8)
	vmovupd	%ymm5, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_461
	cmpq	%r8, %rdx
	je	.LBB1_688
	testb	$12, %dl
	je	.LBB1_750
.LBB1_464:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	vbroadcastsd	(%rsi), %ymm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
.LBB1_465:
	vmovupd	(%rcx,%r8,8), %ymm2
	vsubpd	%ymm2, %ymm1, %ymm3
	vaddpd	%ymm1, %ymm2, %ymm2
	vmulpd	%ymm2, %ymm3, %ymm2
	vmulpd	%ymm2, %ymm0, %ymm2
	vmovupd	%ymm2, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_465
	testq	%r11, %r11
	jne	.LBB1_161
	jmp	.LBB1_688
.LBB1_473:
	movq	%rdx, %r8
	vbroadcastsd	(%rsi), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdi,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_474:
	vmovupd	-96(%rbx,%r14,8), %ymm1
	vmovupd	-64(%rbx,%r14,8), %ymm2
	vmovupd	-32(%rbx,%r14,8), %ymm3
	vmovupd	(%rbx,%r14,8), %ymm4
	vcmpunordpd	%ymm1, %ymm0, %ymm5
	vcmpunordpd	%ymm2, %ymm0, %ymm6
	vcmpunordpd	%ymm3, %ymm0, %ymm7
	vcmpunordpd	%ymm4, %ymm0, %ymm8
	vaddpd	%ymm1, %ymm0, %ymm9
	vaddpd	%ymm2, %ymm0, %ymm10
	vaddpd	%ymm3, %ymm0, %ymm11
	vmaxpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm5, %ymm9, %ymm1, %ymm1
	vaddpd	%ymm4, %ymm0, %ymm5
	vmaxpd	%ymm2, %ymm0, %ymm2
	vblendvpd	%ymm6, %ymm10, %ymm2, %ymm2
	vmaxpd	%ymm3, %ymm0, %ymm3
	vblendvpd	%ymm7, %ymm11, %ymm3, %ymm3
	vmaxpd	%ymm4, %ymm0, %ymm4
	vblendvpd	%ymm8, %ymm5, %ymm4, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_474
	cmpq	%r8, %rdx
	je	.LBB1_688
	testb	$12, %dl
	je	.LBB1_751
.LBB1_477:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	vbroadcastsd	(%rsi), %ymm0
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB1_478:
	vmovupd	(%rcx,%r8,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vaddpd	%ymm1, %ymm0, %ymm3
	vmaxpd	%ymm1, %ymm0, %ymm1
	vblendvpd	%ymm2, %ymm3, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_478
	testq	%r11, %r11
	jne	.LBB1_192
	jmp	.LBB1_688
.LBB1_480:
	movq	%rdx, %r8
	andq	$-16, %r8
	vbroadcastsd	(%rsi), %ymm0
	leaq	(%r9,%rdi,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
.LBB1_481:
	vmovupd	-96(%rbx,%r14,8), %ymm2
	vmovupd	-64(%rbx,%r14,8), %ymm3
	vmovupd	-32(%rbx,%r14,8), %ymm4
	vmovupd	(%rbx,%r14,8), %ymm5
	vsubpd	%ymm2, %ymm1, %ymm6
	vsubpd	%ymm3, %ymm1, %ymm7
	vsubpd	%ymm4, %ymm1, %ymm8
	vsubpd	%ymm5, %ymm1, %ymm9
	vmulpd	%ymm6, %ymm2, %ymm2
	vmulpd	%ymm7, %ymm3, %ymm3
	vmulpd	%ymm4, %ymm8, %ymm4
	vmulpd	%ymm5, %ymm9, %ymm5
	vmulpd	%ymm2, %ymm0, %ymm2
	vmulpd	%ymm3, %ymm0, %ymm3
	vmulpd	%ymm4, %ymm0, %ymm4
	vmulpd	%ymm5, %ymm0, %ymm5
	vmovupd	%ymm2, -96(%r11,%r14,8)
	vmovupd	%ymm3, -64(%r11,%r14,8)
	vmovupd	%ymm4, -32(%r11,%r14,8)
	vmovupd	%ymm5, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_481
	cmpq	%r8, %rdx
	je	.LBB1_688
	testb	$12, %dl
	je	.LBB1_752
.LBB1_484:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	vbroadcastsd	(%rsi), %ymm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
.LBB1_485:
	vmovupd	(%rcx,%r8,8), %ymm2
	vsubpd	%ymm2, %ymm1, %ymm3
	vmulpd	%ymm3, %ymm2, %ymm2
	vmulpd	%ymm2, %ymm0, %ymm2
	vmovupd	%ymm2, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_485
	testq	%r11, %r11
	jne	.LBB1_208
	jmp	.LBB1_688
.LBB1_487:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_488:
	vmovupd	(%rsi,%rdx,8), %ymm0
	vmulpd	(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	vmovupd	32(%rsi,%rdx,8), %ymm0
	vmulpd	32(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 32(%r9,%rdx,8)
	vmovupd	64(%rsi,%rdx,8), %ymm0
	vmulpd	64(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 64(%r9,%rdx,8)
	vmovupd	96(%rsi,%rdx,8), %ymm0
	vmulpd	96(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_488
	leaq	4(%rdx), %rdi
.LBB1_490:
	testq	%rax, %rax
	je	.LBB1_493
.LBB1_491:
	vmovupd	(%rsi,%rdx,8), %ymm0
	vmulpd	(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_491
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_493:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	jbe	.LBB1_496
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB1_605
.LBB1_496:
	movq	%rdx, %rdi
.LBB1_497:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_500
	movq	%rdi, %rdx
.LBB1_499:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmulsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_499
.LBB1_500:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
.LBB1_501:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmulsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vmulsd	8(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	16(%rsi,%rdx,8), %xmm0
	vmulsd	16(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	24(%rsi,%rdx,8), %xmm0
	vmulsd	24(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_501
	jmp	.LBB1_688
.LBB1_502:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
.LBB1_503:
	vmovupd	-32(%rsi,%rdx,8), %ymm0
	vmovupd	-32(%rcx,%rdx,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vminpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, -32(%r9,%rdx,8)
	vmovupd	(%rsi,%rdx,8), %ymm0
	vmovupd	(%rcx,%rdx,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vminpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_503
	leaq	-4(%rdx), %rdi
.LBB1_505:
	testb	$4, %al
	jne	.LBB1_507
	vmovupd	(%rsi,%rdi,8), %ymm0
	vmovupd	(%rcx,%rdi,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vminpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_507:
	movl	$1, %eax
	movq	%r10, %r8
	subq	%rdi, %r8
	jle	.LBB1_688
	cmpq	$8, %r8
	jb	.LBB1_509
	movq	%r9, %rdx
	subq	%rsi, %rdx
	cmpq	$64, %rdx
	setb	%dl
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$64, %r11
	setb	%r11b
	orb	%dl, %r11b
	je	.LBB1_607
.LBB1_509:
	movq	%rdi, %rdx
.LBB1_610:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_612
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vminsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_612:
	cmpq	%rdi, %r10
	je	.LBB1_688
.LBB1_613:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vminsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vmovsd	8(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vminsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_613
	jmp	.LBB1_688
.LBB1_512:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_513:
	vmovupd	(%rsi,%rdx,8), %ymm0
	vaddpd	(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	vmovupd	32(%rsi,%rdx,8), %ymm0
	vaddpd	32(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 32(%r9,%rdx,8)
	vmovupd	64(%rsi,%rdx,8), %ymm0
	vaddpd	64(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 64(%r9,%rdx,8)
	vmovupd	96(%rsi,%rdx,8), %ymm0
	vaddpd	96(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_513
	leaq	4(%rdx), %rdi
.LBB1_515:
	testq	%rax, %rax
	je	.LBB1_518
.LBB1_516:
	vmovupd	(%rsi,%rdx,8), %ymm0
	vaddpd	(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_516
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_518:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	jbe	.LBB1_521
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB1_614
.LBB1_521:
	movq	%rdx, %rdi
.LBB1_522:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_525
	movq	%rdi, %rdx
.LBB1_524:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vaddsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_524
.LBB1_525:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
.LBB1_526:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vaddsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vaddsd	8(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	16(%rsi,%rdx,8), %xmm0
	vaddsd	16(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	24(%rsi,%rdx,8), %xmm0
	vaddsd	24(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_526
	jmp	.LBB1_688
.LBB1_527:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_528:
	vmovupd	(%rsi,%rdx,8), %ymm0
	vsubpd	(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	vmovupd	32(%rsi,%rdx,8), %ymm0
	vsubpd	32(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 32(%r9,%rdx,8)
	vmovupd	64(%rsi,%rdx,8), %ymm0
	vsubpd	64(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 64(%r9,%rdx,8)
	vmovupd	96(%rsi,%rdx,8), %ymm0
	vsubpd	96(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_528
	leaq	4(%rdx), %rdi
.LBB1_530:
	testq	%rax, %rax
	je	.LBB1_533
.LBB1_531:
	vmovupd	(%rsi,%rdx,8), %ymm0
	vsubpd	(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_531
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_533:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$3, %rdi
	jbe	.LBB1_536
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB1_616
.LBB1_536:
	movq	%rdx, %rdi
.LBB1_537:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_540
	movq	%rdi, %rdx
.LBB1_539:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vsubsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_539
.LBB1_540:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
.LBB1_541:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vsubsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vsubsd	8(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	16(%rsi,%rdx,8), %xmm0
	vsubsd	16(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	24(%rsi,%rdx,8), %xmm0
	vsubsd	24(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_541
	jmp	.LBB1_688
.LBB1_542:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
	vxorpd	%xmm0, %xmm0, %xmm0
.LBB1_543:
	vcmpltpd	-32(%rcx,%rdx,8), %ymm0, %ymm1
	vandpd	-32(%rsi,%rdx,8), %ymm1, %ymm1
	vmovupd	%ymm1, -32(%r9,%rdx,8)
	vcmpltpd	(%rcx,%rdx,8), %ymm0, %ymm1
	vandpd	(%rsi,%rdx,8), %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_543
	leaq	-4(%rdx), %rdi
.LBB1_545:
	testb	$4, %al
	jne	.LBB1_547
	vxorpd	%xmm0, %xmm0, %xmm0
	vcmpltpd	(%rcx,%rdi,8), %ymm0, %ymm0
	vandpd	(%rsi,%rdi,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_547:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB1_688
	cmpq	$3, %rdx
	jbe	.LBB1_550
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB1_618
.LBB1_550:
	movq	%rdi, %rdx
.LBB1_551:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_553
	vxorpd	%xmm0, %xmm0, %xmm0
	vcmpltsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	(%rsi,%rdx,8), %xmm1
	vandpd	%xmm1, %xmm0, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_553:
	cmpq	%rdi, %r10
	je	.LBB1_688
	vxorpd	%xmm0, %xmm0, %xmm0
.LBB1_555:
	vcmpltsd	(%rcx,%rdx,8), %xmm0, %xmm1
	vmovsd	(%rsi,%rdx,8), %xmm2
	vandpd	%xmm2, %xmm1, %xmm1
	vmovlpd	%xmm1, (%r9,%rdx,8)
	vcmpltsd	8(%rcx,%rdx,8), %xmm0, %xmm1
	vmovsd	8(%rsi,%rdx,8), %xmm2
	vandpd	%xmm2, %xmm1, %xmm1
	vmovlpd	%xmm1, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_555
	jmp	.LBB1_688
.LBB1_556:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
.LBB1_557:
	vmovupd	-32(%rcx,%rdx,8), %ymm1
	vsubpd	%ymm1, %ymm0, %ymm2
	vaddpd	%ymm0, %ymm1, %ymm1
	vmulpd	%ymm1, %ymm2, %ymm1
	vmulpd	-32(%rsi,%rdx,8), %ymm1, %ymm1
	vmovupd	%ymm1, -32(%r9,%rdx,8)
	vmovupd	(%rcx,%rdx,8), %ymm1
	vsubpd	%ymm1, %ymm0, %ymm2
	vaddpd	%ymm0, %ymm1, %ymm1
	vmulpd	%ymm1, %ymm2, %ymm1
	vmulpd	(%rsi,%rdx,8), %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_557
	leaq	-4(%rdx), %rdi
.LBB1_559:
	testb	$4, %al
	jne	.LBB1_561
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
	vmovupd	(%rcx,%rdi,8), %ymm1
	vsubpd	%ymm1, %ymm0, %ymm2
	vaddpd	%ymm0, %ymm1, %ymm0
	vmulpd	%ymm0, %ymm2, %ymm0
	vmulpd	(%rsi,%rdi,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_561:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB1_688
	cmpq	$3, %rdx
	jbe	.LBB1_564
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB1_620
.LBB1_564:
	movq	%rdi, %rdx
.LBB1_565:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_567
	vmovsd	(%rcx,%rdx,8), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm2
	vaddsd	%xmm1, %xmm0, %xmm0
	vmulsd	%xmm0, %xmm2, %xmm0
	vmulsd	(%rsi,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_567:
	cmpq	%rdi, %r10
	je	.LBB1_688
	vmovsd	.LCPI1_0(%rip), %xmm0
.LBB1_569:
	vmovsd	(%rcx,%rdx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vaddsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm2, %xmm1
	vmulsd	(%rsi,%rdx,8), %xmm1, %xmm1
	vmovsd	%xmm1, (%r9,%rdx,8)
	vmovsd	8(%rcx,%rdx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vaddsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm2, %xmm1
	vmulsd	8(%rsi,%rdx,8), %xmm1, %xmm1
	vmovsd	%xmm1, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_569
	jmp	.LBB1_688
.LBB1_570:
	andq	$-4, %rdi
	xorl	%edx, %edx
.LBB1_571:
	vmovupd	(%rsi,%rdx,8), %ymm0
	vdivpd	(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	vmovupd	32(%rsi,%rdx,8), %ymm0
	vdivpd	32(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 32(%r9,%rdx,8)
	vmovupd	64(%rsi,%rdx,8), %ymm0
	vdivpd	64(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 64(%r9,%rdx,8)
	vmovupd	96(%rsi,%rdx,8), %ymm0
	vdivpd	96(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, 96(%r9,%rdx,8)
	addq	$16, %rdx
	addq	$-4, %rdi
	jne	.LBB1_571
	leaq	4(%rdx), %rdi
.LBB1_573:
	testq	%rax, %rax
	je	.LBB1_576
.LBB1_574:
	vmovupd	(%rsi,%rdx,8), %ymm0
	vdivpd	(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
	addq	$4, %rdi
	decq	%rax
	jne	.LBB1_574
	addq	$-4, %rdi
	movq	%rdi, %rdx
.LBB1_576:
	movl	$1, %eax
	movq	%r10, %rdi
	subq	%rdx, %rdi
	jle	.LBB1_688
	cmpq	$4, %rdi
	jb	.LBB1_578
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$32, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$32, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB1_622
.LBB1_578:
	movq	%rdx, %rdi
.LBB1_625:
	movl	%r10d, %r8d
	subl	%edi, %r8d
	movq	%rdi, %rdx
	andl	$3, %r8d
	je	.LBB1_628
	movq	%rdi, %rdx
.LBB1_627:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vdivsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	incq	%rdx
	decq	%r8
	jne	.LBB1_627
.LBB1_628:
	subq	%r10, %rdi
	cmpq	$-4, %rdi
	ja	.LBB1_688
.LBB1_629:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vdivsd	(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vdivsd	8(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 8(%r9,%rdx,8)
	vmovsd	16(%rsi,%rdx,8), %xmm0
	vdivsd	16(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 16(%r9,%rdx,8)
	vmovsd	24(%rsi,%rdx,8), %xmm0
	vdivsd	24(%rcx,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, 24(%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_629
	jmp	.LBB1_688
.LBB1_581:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
.LBB1_582:
	vmovupd	-32(%rsi,%rdx,8), %ymm0
	vmovupd	-32(%rcx,%rdx,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vmaxpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, -32(%r9,%rdx,8)
	vmovupd	(%rsi,%rdx,8), %ymm0
	vmovupd	(%rcx,%rdx,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vmaxpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_582
	leaq	-4(%rdx), %rdi
.LBB1_584:
	testb	$4, %al
	jne	.LBB1_586
	vmovupd	(%rsi,%rdi,8), %ymm0
	vmovupd	(%rcx,%rdi,8), %ymm1
	vcmpunordpd	%ymm1, %ymm0, %ymm2
	vmaxpd	%ymm1, %ymm0, %ymm3
	vaddpd	%ymm1, %ymm0, %ymm0
	vblendvpd	%ymm2, %ymm0, %ymm3, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_586:
	movl	$1, %eax
	movq	%r10, %r8
	subq	%rdi, %r8
	jle	.LBB1_688
	cmpq	$8, %r8
	jb	.LBB1_588
	movq	%r9, %rdx
	subq	%rsi, %rdx
	cmpq	$64, %rdx
	setb	%dl
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$64, %r11
	setb	%r11b
	orb	%dl, %r11b
	je	.LBB1_630
.LBB1_588:
	movq	%rdi, %rdx
.LBB1_633:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_635
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vmaxsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_635:
	cmpq	%rdi, %r10
	je	.LBB1_688
.LBB1_636:
	vmovsd	(%rsi,%rdx,8), %xmm0
	vmovsd	(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vmaxsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, (%r9,%rdx,8)
	vmovsd	8(%rsi,%rdx,8), %xmm0
	vmovsd	8(%rcx,%rdx,8), %xmm1
	vaddsd	%xmm1, %xmm0, %xmm2
	vmaxsd	%xmm1, %xmm0, %xmm3
	vcmpunordsd	%xmm1, %xmm0, %xmm0
	vblendvpd	%xmm0, %xmm2, %xmm3, %xmm0
	vmovlpd	%xmm0, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_636
	jmp	.LBB1_688
.LBB1_591:
	movq	%rax, %rdx
	shrq	$2, %rdx
	incq	%rdx
	movabsq	$9223372036854775804, %rdi
	orq	$2, %rdi
	andq	%rdx, %rdi
	movl	$4, %edx
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
.LBB1_592:
	vmovupd	-32(%rcx,%rdx,8), %ymm1
	vsubpd	%ymm1, %ymm0, %ymm2
	vmulpd	%ymm2, %ymm1, %ymm1
	vmulpd	-32(%rsi,%rdx,8), %ymm1, %ymm1
	vmovupd	%ymm1, -32(%r9,%rdx,8)
	vmovupd	(%rcx,%rdx,8), %ymm1
	vsubpd	%ymm1, %ymm0, %ymm2
	vmulpd	%ymm2, %ymm1, %ymm1
	vmulpd	(%rsi,%rdx,8), %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%rdx,8)
	addq	$8, %rdx
	addq	$-2, %rdi
	jne	.LBB1_592
	leaq	-4(%rdx), %rdi
.LBB1_594:
	testb	$4, %al
	jne	.LBB1_596
	vmovupd	(%rcx,%rdi,8), %ymm0
	vbroadcastsd	.LCPI1_0(%rip), %ymm1
	vsubpd	%ymm0, %ymm1, %ymm1
	vmulpd	%ymm1, %ymm0, %ymm0
	vmulpd	(%rsi,%rdi,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdi,8)
	movq	%rdx, %rdi
.LBB1_596:
	movl	$1, %eax
	movq	%r10, %rdx
	subq	%rdi, %rdx
	jle	.LBB1_688
	cmpq	$3, %rdx
	jbe	.LBB1_599
	movq	%r9, %r8
	subq	%rsi, %r8
	cmpq	$128, %r8
	setb	%r8b
	movq	%r9, %r11
	subq	%rcx, %r11
	cmpq	$128, %r11
	setb	%r11b
	orb	%r8b, %r11b
	je	.LBB1_637
.LBB1_599:
	movq	%rdi, %rdx
.LBB1_600:
	movl	%r10d, %r8d
	subl	%edx, %r8d
	leaq	1(%rdx), %rdi
	testb	$1, %r8b
	je	.LBB1_602
	vmovsd	(%rcx,%rdx,8), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm0, %xmm0
	vmulsd	(%rsi,%rdx,8), %xmm0, %xmm0
	vmovsd	%xmm0, (%r9,%rdx,8)
	movq	%rdi, %rdx
.LBB1_602:
	cmpq	%rdi, %r10
	je	.LBB1_688
	vmovsd	.LCPI1_0(%rip), %xmm0
.LBB1_604:
	vmovsd	(%rcx,%rdx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vmulsd	%xmm2, %xmm1, %xmm1
	vmulsd	(%rsi,%rdx,8), %xmm1, %xmm1
	vmovsd	%xmm1, (%r9,%rdx,8)
	vmovsd	8(%rcx,%rdx,8), %xmm1
	vsubsd	%xmm1, %xmm0, %xmm2
	vmulsd	%xmm2, %xmm1, %xmm1
	vmulsd	8(%rsi,%rdx,8), %xmm1, %xmm1
	vmovsd	%xmm1, 8(%r9,%rdx,8)
	addq	$2, %rdx
	cmpq	%rdx, %r10
	jne	.LBB1_604
	jmp	.LBB1_688
.LBB1_605:
	cmpq	$16, %rdi
	jae	.LBB1_703
	xorl	%r8d, %r8d
	jmp	.LBB1_707
.LBB1_607:
	movq	%r8, %r11
	andq	$-8, %r11
	leaq	(%rdi,%r11), %rdx
	leaq	(%r9,%rdi,8), %rbx
	addq	$32, %rbx
	leaq	(%rcx,%rdi,8), %r14
	addq	$32, %r14
	leaq	(%rsi,%rdi,8), %rdi
	addq	$32, %rdi
	xorl	%r15d, %r15d
.LBB1_608:
	vmovupd	-32(%rdi,%r15,8), %ymm0
	vmovupd	(%rdi,%r15,8), %ymm1
	vmovupd	-32(%r14,%r15,8), %ymm2
	vmovupd	(%r14,%r15,8), %ymm3
	vcmpunordpd	%ymm2, %ymm0, %ymm4
	vcmpunordpd	%ymm3, %ymm1, %ymm5
	vaddpd	%ymm2, %ymm0, %ymm6
	vminpd	%ymm2, %ymm0, %ymm0
	vblendvpd	%ymm4, %ymm6, %ymm0, %ymm0
	vaddpd	%ymm3, %ymm1, %ymm2
	vminpd	%ymm3, %ymm1, %ymm1
	vblendvpd	%ymm5, %ymm2, %ymm1, %ymm1
	vmovupd	%ymm0, -32(%rbx,%r15,8)
	vmovupd	%ymm1, (%rbx,%r15,8)
	addq	$8, %r15
	cmpq	%r15, %r11
	jne	.LBB1_608
	cmpq	%r11, %r8
	je	.LBB1_688
	jmp	.LBB1_610
.LBB1_614:
	cmpq	$16, %rdi
	jae	.LBB1_710
	xorl	%r8d, %r8d
	jmp	.LBB1_714
.LBB1_616:
	cmpq	$16, %rdi
	jae	.LBB1_717
	xorl	%r8d, %r8d
	jmp	.LBB1_721
.LBB1_618:
	cmpq	$16, %rdx
	jae	.LBB1_724
	xorl	%r8d, %r8d
	jmp	.LBB1_728
.LBB1_620:
	cmpq	$16, %rdx
	jae	.LBB1_731
	xorl	%r8d, %r8d
	jmp	.LBB1_735
.LBB1_622:
	movl	%r10d, %r8d
	andl	$3, %r8d
	subq	%r8, %rdi
	addq	%rdx, %rdi
	movq	%r10, %r11
	andq	$-4, %r11
.LBB1_623:
	vmovupd	(%rsi,%rdx,8), %ymm0
	vdivpd	(%rcx,%rdx,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%rdx,8)
	addq	$4, %rdx
	cmpq	%rdx, %r11
	jne	.LBB1_623
	testq	%r8, %r8
	jne	.LBB1_625
	jmp	.LBB1_688
.LBB1_630:
	movq	%r8, %r11
	andq	$-8, %r11
	leaq	(%rdi,%r11), %rdx
	leaq	(%r9,%rdi,8), %rbx
	addq	$32, %rbx
	leaq	(%rcx,%rdi,8), %r14
	addq	$32, %r14
	leaq	(%rsi,%rdi,8), %rdi
	addq	$32, %rdi
	xorl	%r15d, %r15d
.LBB1_631:
	vmovupd	-32(%rdi,%r15,8), %ymm0
	vmovupd	(%rdi,%r15,8), %ymm1
	vmovupd	-32(%r14,%r15,8), %ymm2
	vmovupd	(%r14,%r15,8), %ymm3
	vcmpunordpd	%ymm2, %ymm0, %ymm4
	vcmpunordpd	%ymm3, %ymm1, %ymm5
	vaddpd	%ymm2, %ymm0, %ymm6
	vmaxpd	%ymm2, %ymm0, %ymm0
	vblendvpd	%ymm4, %ymm6, %ymm0, %ymm0
	vaddpd	%ymm3, %ymm1, %ymm2
	vmaxpd	%ymm3, %ymm1, %ymm1
	vblendvpd	%ymm5, %ymm2, %ymm1, %ymm1
	vmovupd	%ymm0, -32(%rbx,%r15,8)
	vmovupd	%ymm1, (%rbx,%r15,8)
	addq	$8, %r15
	cmpq	%r15, %r11
	jne	.LBB1_631
	cmpq	%r11, %r8
	je	.LBB1_688
	jmp	.LBB1_633
.LBB1_637:
	cmpq	$16, %rdx
	jae	.LBB1_738
	xorl	%r8d, %r8d
	jmp	.LBB1_742
.LBB1_639:
	movq	%rdi, %r8
	vbroadcastsd	(%rcx), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_640:
	vmulpd	-96(%rbx,%r14,8), %ymm0, %ymm1
	vmulpd	-64(%rbx,%r14,8), %ymm0, %ymm2
	vmulpd	-32(%rbx,%r14,8), %ymm0, %ymm3
	vmulpd	(%rbx,%r14,8), %ymm0, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_640
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_753
.LBB1_643:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	vbroadcastsd	(%rcx), %ymm0
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_644:
	vmulpd	(%rsi,%r8,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_644
	testq	%r11, %r11
	jne	.LBB1_278
	jmp	.LBB1_688
.LBB1_646:
	movq	%rdx, %r8
	vbroadcastsd	(%rcx), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdi,8), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdi,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_647:
	vmovupd	-96(%rbx,%r14,8), %ymm1
	vmovupd	-64(%rbx,%r14,8), %ymm2
	vmovupd	-32(%rbx,%r14,8), %ymm3
	vmovupd	(%rbx,%r14,8), %ymm4
	vcmpunordpd	%ymm0, %ymm1, %ymm5
	vcmpunordpd	%ymm0, %ymm2, %ymm6
	vcmpunordpd	%ymm0, %ymm3, %ymm7
	vcmpunordpd	%ymm0, %ymm4, %ymm8
	vaddpd	%ymm0, %ymm1, %ymm9
	vaddpd	%ymm0, %ymm2, %ymm10
	vaddpd	%ymm0, %ymm3, %ymm11
	vminpd	%ymm0, %ymm1, %ymm1
	vblendvpd	%ymm5, %ymm9, %ymm1, %ymm1
	vaddpd	%ymm0, %ymm4, %ymm5
	vminpd	%ymm0, %ymm2, %ymm2
	vblendvpd	%ymm6, %ymm10, %ymm2, %ymm2
	vminpd	%ymm0, %ymm3, %ymm3
	vblendvpd	%ymm7, %ymm11, %ymm3, %ymm3
	vminpd	%ymm0, %ymm4, %ymm4
	vblendvpd	%ymm8, %ymm5, %ymm4, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_647
	cmpq	%r8, %rdx
	je	.LBB1_688
	testb	$12, %dl
	je	.LBB1_754
.LBB1_650:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	vbroadcastsd	(%rcx), %ymm0
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB1_651:
	vmovupd	(%rsi,%r8,8), %ymm1
	vcmpunordpd	%ymm0, %ymm1, %ymm2
	vaddpd	%ymm0, %ymm1, %ymm3
	vminpd	%ymm0, %ymm1, %ymm1
	vblendvpd	%ymm2, %ymm3, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_651
	testq	%r11, %r11
	jne	.LBB1_295
	jmp	.LBB1_688
.LBB1_653:
	movq	%rdi, %r8
	vbroadcastsd	(%rcx), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_654:
	vaddpd	-96(%rbx,%r14,8), %ymm0, %ymm1
	vaddpd	-64(%rbx,%r14,8), %ymm0, %ymm2
	vaddpd	-32(%rbx,%r14,8), %ymm0, %ymm3
	vaddpd	(%rbx,%r14,8), %ymm0, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_654
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_755
.LBB1_657:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	vbroadcastsd	(%rcx), %ymm0
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_658:
	vaddpd	(%rsi,%r8,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_658
	testq	%r11, %r11
	jne	.LBB1_312
	jmp	.LBB1_688
.LBB1_661:
	movq	%rdi, %r8
	vbroadcastsd	(%rcx), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_662:
	vmovupd	-96(%rbx,%r14,8), %ymm1
	vmovupd	-64(%rbx,%r14,8), %ymm2
	vmovupd	-32(%rbx,%r14,8), %ymm3
	vmovupd	(%rbx,%r14,8), %ymm4
	vsubpd	%ymm0, %ymm1, %ymm1
	vsubpd	%ymm0, %ymm2, %ymm2
	vsubpd	%ymm0, %ymm3, %ymm3
	vsubpd	%ymm0, %ymm4, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_662
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_756
.LBB1_665:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	vbroadcastsd	(%rcx), %ymm0
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_666:
	vmovupd	(%rsi,%r8,8), %ymm1
	vsubpd	%ymm0, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_666
	testq	%r11, %r11
	jne	.LBB1_330
	jmp	.LBB1_688
.LBB1_668:
	movq	%rdi, %r8
	andq	$-16, %r8
	vbroadcastsd	(%rcx), %ymm0
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
	vxorpd	%xmm1, %xmm1, %xmm1
	vcmpltpd	%ymm0, %ymm1, %ymm0
.LBB1_669:
	vandpd	-96(%rbx,%r14,8), %ymm0, %ymm1
	vandpd	-64(%rbx,%r14,8), %ymm0, %ymm2
	vandpd	-32(%rbx,%r14,8), %ymm0, %ymm3
	vandpd	(%rbx,%r14,8), %ymm0, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_669
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_757
.LBB1_672:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vxorpd	%xmm0, %xmm0, %xmm0
	vcmpltsd	(%rcx), %xmm0, %xmm0
	vpackssdw	%xmm0, %xmm0, %xmm0
	vpbroadcastd	%xmm0, %xmm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
	vpslld	$31, %xmm0, %xmm0
	vpsrad	$31, %xmm0, %xmm0
	vpmovsxdq	%xmm0, %ymm0
.LBB1_673:
	vpand	(%rsi,%r8,8), %ymm0, %ymm1
	vmovdqu	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_673
	testq	%r11, %r11
	jne	.LBB1_349
	jmp	.LBB1_688
.LBB1_675:
	movq	%rdi, %r8
	andq	$-16, %r8
	vmovsd	(%rcx), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm2
	vaddsd	%xmm1, %xmm0, %xmm0
	vmulsd	%xmm0, %xmm2, %xmm0
	vbroadcastsd	%xmm0, %ymm0
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_676:
	vmulpd	-96(%rbx,%r14,8), %ymm0, %ymm1
	vmulpd	-64(%rbx,%r14,8), %ymm0, %ymm2
	vmulpd	-32(%rbx,%r14,8), %ymm0, %ymm3
	vmulpd	(%rbx,%r14,8), %ymm0, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_676
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_758
.LBB1_679:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vmovsd	(%rcx), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm2
	vaddsd	%xmm1, %xmm0, %xmm0
	vmulsd	%xmm0, %xmm2, %xmm0
	vbroadcastsd	%xmm0, %ymm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_680:
	vmulpd	(%rsi,%r8,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_680
	testq	%r11, %r11
	jne	.LBB1_367
	jmp	.LBB1_688
.LBB1_689:
	movq	%rdx, %r8
	vbroadcastsd	(%rcx), %ymm0
	andq	$-16, %r8
	leaq	(%r9,%rdi,8), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdi,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_690:
	vmovupd	-96(%rbx,%r14,8), %ymm1
	vmovupd	-64(%rbx,%r14,8), %ymm2
	vmovupd	-32(%rbx,%r14,8), %ymm3
	vmovupd	(%rbx,%r14,8), %ymm4
	vcmpunordpd	%ymm0, %ymm1, %ymm5
	vcmpunordpd	%ymm0, %ymm2, %ymm6
	vcmpunordpd	%ymm0, %ymm3, %ymm7
	vcmpunordpd	%ymm0, %ymm4, %ymm8
	vaddpd	%ymm0, %ymm1, %ymm9
	vaddpd	%ymm0, %ymm2, %ymm10
	vaddpd	%ymm0, %ymm3, %ymm11
	vmaxpd	%ymm0, %ymm1, %ymm1
	vblendvpd	%ymm5, %ymm9, %ymm1, %ymm1
	vaddpd	%ymm0, %ymm4, %ymm5
	vmaxpd	%ymm0, %ymm2, %ymm2
	vblendvpd	%ymm6, %ymm10, %ymm2, %ymm2
	vmaxpd	%ymm0, %ymm3, %ymm3
	vblendvpd	%ymm7, %ymm11, %ymm3, %ymm3
	vmaxpd	%ymm0, %ymm4, %ymm4
	vblendvpd	%ymm8, %ymm5, %ymm4, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_690
	cmpq	%r8, %rdx
	je	.LBB1_688
	testb	$12, %dl
	je	.LBB1_759
.LBB1_693:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	vbroadcastsd	(%rcx), %ymm0
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
.LBB1_694:
	vmovupd	(%rsi,%r8,8), %ymm1
	vcmpunordpd	%ymm0, %ymm1, %ymm2
	vaddpd	%ymm0, %ymm1, %ymm3
	vmaxpd	%ymm0, %ymm1, %ymm1
	vblendvpd	%ymm2, %ymm3, %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_694
	testq	%r11, %r11
	jne	.LBB1_398
	jmp	.LBB1_688
.LBB1_696:
	movq	%rdi, %r8
	andq	$-16, %r8
	vmovsd	(%rcx), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm0, %xmm0
	vbroadcastsd	%xmm0, %ymm0
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rsi,%rdx,8), %rbx
	addq	$96, %rbx
	xorl	%r14d, %r14d
.LBB1_697:
	vmulpd	-96(%rbx,%r14,8), %ymm0, %ymm1
	vmulpd	-64(%rbx,%r14,8), %ymm0, %ymm2
	vmulpd	-32(%rbx,%r14,8), %ymm0, %ymm3
	vmulpd	(%rbx,%r14,8), %ymm0, %ymm4
	vmovupd	%ymm1, -96(%r11,%r14,8)
	vmovupd	%ymm2, -64(%r11,%r14,8)
	vmovupd	%ymm3, -32(%r11,%r14,8)
	vmovupd	%ymm4, (%r11,%r14,8)
	addq	$16, %r14
	cmpq	%r14, %r8
	jne	.LBB1_697
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_760
.LBB1_700:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	vmovsd	(%rcx), %xmm0
	vmovsd	.LCPI1_0(%rip), %xmm1
	vsubsd	%xmm0, %xmm1, %xmm1
	vmulsd	%xmm1, %xmm0, %xmm0
	vbroadcastsd	%xmm0, %ymm0
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_701:
	vmulpd	(%rsi,%r8,8), %ymm0, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_701
	testq	%r11, %r11
	jne	.LBB1_415
	jmp	.LBB1_688
.LBB1_703:
	movq	%rdi, %r8
	andq	$-16, %r8
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,8), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdx,8), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
.LBB1_704:
	vmovupd	-96(%r14,%r15,8), %ymm0
	vmovupd	-64(%r14,%r15,8), %ymm1
	vmovupd	-32(%r14,%r15,8), %ymm2
	vmovupd	(%r14,%r15,8), %ymm3
	vmulpd	-96(%rbx,%r15,8), %ymm0, %ymm0
	vmulpd	-64(%rbx,%r15,8), %ymm1, %ymm1
	vmulpd	-32(%rbx,%r15,8), %ymm2, %ymm2
	vmulpd	(%rbx,%r15,8), %ymm3, %ymm3
	vmovupd	%ymm0, -96(%r11,%r15,8)
	vmovupd	%ymm1, -64(%r11,%r15,8)
	vmovupd	%ymm2, -32(%r11,%r15,8)
	vmovupd	%ymm3, (%r11,%r15,8)
	addq	$16, %r15
	cmpq	%r15, %r8
	jne	.LBB1_704
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_761
.LBB1_707:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_708:
	vmovupd	(%rsi,%r8,8), %ymm0
	vmulpd	(%rcx,%r8,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_708
	testq	%r11, %r11
	jne	.LBB1_497
	jmp	.LBB1_688
.LBB1_710:
	movq	%rdi, %r8
	andq	$-16, %r8
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,8), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdx,8), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
.LBB1_711:
	vmovupd	-96(%r14,%r15,8), %ymm0
	vmovupd	-64(%r14,%r15,8), %ymm1
	vmovupd	-32(%r14,%r15,8), %ymm2
	vmovupd	(%r14,%r15,8), %ymm3
	vaddpd	-96(%rbx,%r15,8), %ymm0, %ymm0
	vaddpd	-64(%rbx,%r15,8), %ymm1, %ymm1
	vaddpd	-32(%rbx,%r15,8), %ymm2, %ymm2
	vaddpd	(%rbx,%r15,8), %ymm3, %ymm3
	vmovupd	%ymm0, -96(%r11,%r15,8)
	vmovupd	%ymm1, -64(%r11,%r15,8)
	vmovupd	%ymm2, -32(%r11,%r15,8)
	vmovupd	%ymm3, (%r11,%r15,8)
	addq	$16, %r15
	cmpq	%r15, %r8
	jne	.LBB1_711
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_762
.LBB1_714:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_715:
	vmovupd	(%rsi,%r8,8), %ymm0
	vaddpd	(%rcx,%r8,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_715
	testq	%r11, %r11
	jne	.LBB1_522
	jmp	.LBB1_688
.LBB1_717:
	movq	%rdi, %r8
	andq	$-16, %r8
	leaq	(%r9,%rdx,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdx,8), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdx,8), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
.LBB1_718:
	vmovupd	-96(%r14,%r15,8), %ymm0
	vmovupd	-64(%r14,%r15,8), %ymm1
	vmovupd	-32(%r14,%r15,8), %ymm2
	vmovupd	(%r14,%r15,8), %ymm3
	vsubpd	-96(%rbx,%r15,8), %ymm0, %ymm0
	vsubpd	-64(%rbx,%r15,8), %ymm1, %ymm1
	vsubpd	-32(%rbx,%r15,8), %ymm2, %ymm2
	vsubpd	(%rbx,%r15,8), %ymm3, %ymm3
	vmovupd	%ymm0, -96(%r11,%r15,8)
	vmovupd	%ymm1, -64(%r11,%r15,8)
	vmovupd	%ymm2, -32(%r11,%r15,8)
	vmovupd	%ymm3, (%r11,%r15,8)
	addq	$16, %r15
	cmpq	%r15, %r8
	jne	.LBB1_718
	cmpq	%r8, %rdi
	je	.LBB1_688
	testb	$12, %dil
	je	.LBB1_763
.LBB1_721:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdi
	addq	%rdx, %rdi
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdx, %r8
.LBB1_722:
	vmovupd	(%rsi,%r8,8), %ymm0
	vsubpd	(%rcx,%r8,8), %ymm0, %ymm0
	vmovupd	%ymm0, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_722
	testq	%r11, %r11
	jne	.LBB1_537
	jmp	.LBB1_688
.LBB1_724:
	movq	%rdx, %r8
	andq	$-16, %r8
	leaq	(%r9,%rdi,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,8), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdi,8), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
	vxorpd	%xmm0, %xmm0, %xmm0
.LBB1_725:
	vcmpltpd	-96(%rbx,%r15,8), %ymm0, %ymm1
	vcmpltpd	-64(%rbx,%r15,8), %ymm0, %ymm2
	vcmpltpd	-32(%rbx,%r15,8), %ymm0, %ymm3
	vcmpltpd	(%rbx,%r15,8), %ymm0, %ymm4
	vandpd	-96(%r14,%r15,8), %ymm1, %ymm1
	vandpd	-64(%r14,%r15,8), %ymm2, %ymm2
	vandpd	-32(%r14,%r15,8), %ymm3, %ymm3
	vandpd	(%r14,%r15,8), %ymm4, %ymm4
	vmovupd	%ymm1, -96(%r11,%r15,8)
	vmovupd	%ymm2, -64(%r11,%r15,8)
	vmovupd	%ymm3, -32(%r11,%r15,8)
	vmovupd	%ymm4, (%r11,%r15,8)
	addq	$16, %r15
	cmpq	%r15, %r8
	jne	.LBB1_725
	cmpq	%r8, %rdx
	je	.LBB1_688
	testb	$12, %dl
	je	.LBB1_764
.LBB1_728:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vxorpd	%xmm0, %xmm0, %xmm0
.LBB1_729:
	vcmpltpd	(%rcx,%r8,8), %ymm0, %ymm1
	vandpd	(%rsi,%r8,8), %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_729
	testq	%r11, %r11
	jne	.LBB1_551
	jmp	.LBB1_688
.LBB1_731:
	movq	%rdx, %r8
	andq	$-16, %r8
	leaq	(%r9,%rdi,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,8), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdi,8), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
.LBB1_732:
	vmovupd	-96(%rbx,%r15,8), %ymm1
	vmovupd	-64(%rbx,%r15,8), %ymm2
	vmovupd	-32(%rbx,%r15,8), %ymm3
	vmovupd	(%rbx,%r15,8), %ymm4
	vsubpd	%ymm1, %ymm0, %ymm5
	vsubpd	%ymm2, %ymm0, %ymm6
	vsubpd	%ymm3, %ymm0, %ymm7
	vsubpd	%ymm4, %ymm0, %ymm8
	vaddpd	%ymm0, %ymm1, %ymm1
	vmulpd	%ymm1, %ymm5, %ymm1
	vaddpd	%ymm0, %ymm2, %ymm2
	vmulpd	%ymm2, %ymm6, %ymm2
	vaddpd	%ymm0, %ymm3, %ymm3
	vmulpd	%ymm3, %ymm7, %ymm3
	vaddpd	%ymm0, %ymm4, %ymm4
	vmulpd	%ymm4, %ymm8, %ymm4
	vmulpd	-96(%r14,%r15,8), %ymm1, %ymm1
	vmulpd	-64(%r14,%r15,8), %ymm2, %ymm2
	vmulpd	-32(%r14,%r15,8), %ymm3, %ymm3
	vmulpd	(%r14,%r15,8), %ymm4, %ymm4
	vmovupd	%ymm1, -96(%r11,%r15,8)
	vmovupd	%ymm2, -64(%r11,%r15,8)
	vmovupd	%ymm3, -32(%r11,%r15,8)
	vmovupd	%ymm4, (%r11,%r15,8)
	addq	$16, %r15
	cmpq	%r15, %r8
	jne	.LBB1_732
	cmpq	%r8, %rdx
	je	.LBB1_688
	testb	$12, %dl
	je	.LBB1_765
.LBB1_735:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
.LBB1_736:
	vmovupd	(%rcx,%r8,8), %ymm1
	vsubpd	%ymm1, %ymm0, %ymm2
	vaddpd	%ymm0, %ymm1, %ymm1
	vmulpd	%ymm1, %ymm2, %ymm1
	vmulpd	(%rsi,%r8,8), %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_736
	testq	%r11, %r11
	jne	.LBB1_565
	jmp	.LBB1_688
.LBB1_738:
	movq	%rdx, %r8
	andq	$-16, %r8
	leaq	(%r9,%rdi,8), %r11
	addq	$96, %r11
	leaq	(%rcx,%rdi,8), %rbx
	addq	$96, %rbx
	leaq	(%rsi,%rdi,8), %r14
	addq	$96, %r14
	xorl	%r15d, %r15d
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
.LBB1_739:
	vmovupd	-96(%rbx,%r15,8), %ymm1
	vmovupd	-64(%rbx,%r15,8), %ymm2
	vmovupd	-32(%rbx,%r15,8), %ymm3
	vmovupd	(%rbx,%r15,8), %ymm4
	vsubpd	%ymm1, %ymm0, %ymm5
	vsubpd	%ymm2, %ymm0, %ymm6
	vsubpd	%ymm3, %ymm0, %ymm7
	vsubpd	%ymm4, %ymm0, %ymm8
	vmulpd	%ymm5, %ymm1, %ymm1
	vmulpd	%ymm6, %ymm2, %ymm2
	vmulpd	%ymm7, %ymm3, %ymm3
	vmulpd	%ymm4, %ymm8, %ymm4
	vmulpd	-96(%r14,%r15,8), %ymm1, %ymm1
	vmulpd	-64(%r14,%r15,8), %ymm2, %ymm2
	vmulpd	-32(%r14,%r15,8), %ymm3, %ymm3
	vmulpd	(%r14,%r15,8), %ymm4, %ymm4
	vmovupd	%ymm1, -96(%r11,%r15,8)
	vmovupd	%ymm2, -64(%r11,%r15,8)
	vmovupd	%ymm3, -32(%r11,%r15,8)
	vmovupd	%ymm4, (%r11,%r15,8)
	addq	$16, %r15
	cmpq	%r15, %r8
	jne	.LBB1_739
	cmpq	%r8, %rdx
	je	.LBB1_688
	testb	$12, %dl
	je	.LBB1_766
.LBB1_742:
	movl	%r10d, %r11d
	andl	$3, %r11d
	subq	%r11, %rdx
	addq	%rdi, %rdx
	movq	%r10, %rbx
	andq	$-4, %rbx
	addq	%rdi, %r8
	vbroadcastsd	.LCPI1_0(%rip), %ymm0
.LBB1_743:
	vmovupd	(%rcx,%r8,8), %ymm1
	vsubpd	%ymm1, %ymm0, %ymm2
	vmulpd	%ymm2, %ymm1, %ymm1
	vmulpd	(%rsi,%r8,8), %ymm1, %ymm1
	vmovupd	%ymm1, (%r9,%r8,8)
	addq	$4, %r8
	cmpq	%r8, %rbx
	jne	.LBB1_743
	testq	%r11, %r11
	jne	.LBB1_600
.LBB1_688:
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.LBB1_745:
	.cfi_def_cfa %rbp, 16
	addq	%r8, %rdx
	jmp	.LBB1_72
.LBB1_746:
	addq	%r8, %rdi
	jmp	.LBB1_89
.LBB1_747:
	addq	%r8, %rdx
	jmp	.LBB1_106
.LBB1_748:
	addq	%r8, %rdx
	jmp	.LBB1_124
.LBB1_749:
	addq	%r8, %rdx
	jmp	.LBB1_143
.LBB1_750:
	addq	%r8, %rdi
	jmp	.LBB1_160
.LBB1_751:
	addq	%r8, %rdi
	jmp	.LBB1_191
.LBB1_752:
	addq	%r8, %rdi
	jmp	.LBB1_207
.LBB1_753:
	addq	%r8, %rdx
	jmp	.LBB1_277
.LBB1_754:
	addq	%r8, %rdi
	jmp	.LBB1_294
.LBB1_755:
	addq	%r8, %rdx
	jmp	.LBB1_311
.LBB1_756:
	addq	%r8, %rdx
	jmp	.LBB1_329
.LBB1_757:
	addq	%r8, %rdx
	jmp	.LBB1_348
.LBB1_758:
	addq	%r8, %rdx
	jmp	.LBB1_366
.LBB1_759:
	addq	%r8, %rdi
	jmp	.LBB1_397
.LBB1_760:
	addq	%r8, %rdx
	jmp	.LBB1_414
.LBB1_761:
	addq	%r8, %rdx
	jmp	.LBB1_496
.LBB1_762:
	addq	%r8, %rdx
	jmp	.LBB1_521
.LBB1_763:
	addq	%r8, %rdx
	jmp	.LBB1_536
.LBB1_764:
	addq	%r8, %rdi
	jmp	.LBB1_550
.LBB1_765:
	addq	%r8, %rdi
	jmp	.LBB1_564
.LBB1_766:
	addq	%r8, %rdi
	jmp	.LBB1_599
.Lfunc_end1:
	.size	axon_binary_avx2_f64, .Lfunc_end1-axon_binary_avx2_f64
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI1_0:
	.long	.LBB1_3-.LJTI1_0
	.long	.LBB1_18-.LJTI1_0
	.long	.LBB1_14-.LJTI1_0
	.long	.LBB1_24-.LJTI1_0
	.long	.LBB1_26-.LJTI1_0
	.long	.LBB1_16-.LJTI1_0
	.long	.LBB1_688-.LJTI1_0
	.long	.LBB1_20-.LJTI1_0
	.long	.LBB1_22-.LJTI1_0
	.long	.LBB1_28-.LJTI1_0
.LJTI1_1:
	.long	.LBB1_8-.LJTI1_1
	.long	.LBB1_52-.LJTI1_1
	.long	.LBB1_48-.LJTI1_1
	.long	.LBB1_58-.LJTI1_1
	.long	.LBB1_60-.LJTI1_1
	.long	.LBB1_50-.LJTI1_1
	.long	.LBB1_688-.LJTI1_1
	.long	.LBB1_54-.LJTI1_1
	.long	.LBB1_56-.LJTI1_1
	.long	.LBB1_62-.LJTI1_1
.LJTI1_2:
	.long	.LBB1_12-.LJTI1_2
	.long	.LBB1_221-.LJTI1_2
	.long	.LBB1_217-.LJTI1_2
	.long	.LBB1_227-.LJTI1_2
	.long	.LBB1_229-.LJTI1_2
	.long	.LBB1_219-.LJTI1_2
	.long	.LBB1_688-.LJTI1_2
	.long	.LBB1_223-.LJTI1_2
	.long	.LBB1_225-.LJTI1_2
	.long	.LBB1_231-.LJTI1_2

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
