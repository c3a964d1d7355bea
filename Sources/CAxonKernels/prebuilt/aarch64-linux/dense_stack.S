// Generated from ../../dense_stack.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"dense_stack.c"
	.text
	.globl	axon_dense_stack_forward_f32
	.p2align	2
	.type	axon_dense_stack_forward_f32,@function
axon_dense_stack_forward_f32:
	.cfi_startproc
	sub	sp, sp, #112
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #32]
	stp	x26, x25, [sp, #48]
	stp	x24, x23, [sp, #64]
	stp	x22, x21, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #32
	.cfi_def_cfa w29, 80
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w25, -56
	.cfi_offset w26, -64
	.cfi_offset w30, -72
	.cfi_offset w29, -80
	ldp	x19, x22, [x2]
	mov	x21, x3
	mov	x20, x2
	mov	x23, x1
	cmp	x1, #1
	mov	x24, x0
	b.lt	.LBB0_5
	add	x25, x24, #24
	mov	x26, x23
	b	.LBB0_3
.LBB0_2:
	subs	x26, x26, #1
	add	x25, x25, #80
	b.eq	.LBB0_5
.LBB0_3:
	ldp	x4, x3, [x25, #-24]
	mov	x5, x22
	ldp	x7, x8, [x25, #-8]
	mov	w0, wzr
	ldr	x22, [x25, #24]
	mov	w1, #1
	mov	x2, x19
	mov	x6, x4
	stp	x22, x3, [sp, #16]
	stp	x4, x8, [sp]
	bl	axon_gemm_bias_f32
	ldr	w8, [x25, #8]
	cbz	w8, .LBB0_2
	ldur	x8, [x25, #-16]
	ldr	w0, [x25, #12]
	mov	x1, x22
	mov	x2, x22
	mul	x3, x8, x19
	bl	axon_unary_f32
	b	.LBB0_2
.LBB0_5:
	mov	w8, #80
	ldp	x4, x5, [x20, #32]
	madd	x8, x23, x8, x24
	ldr	x1, [x20, #16]
	ldr	d0, [x20, #24]
	ldr	x6, [x20, #48]
	mov	x0, x22
	mov	x2, x19
	ldur	x3, [x8, #-72]
	bl	axon_softmax_cross_entropy_f32
	ldr	x0, [x20, #48]
	ldr	x1, [x20, #16]
	mov	x2, x19
	bl	axon_count_equal_i64
	cmp	x19, #0
	str	x0, [x21]
	b.le	.LBB0_7
	ldr	x1, [x20, #40]
	mov	w0, wzr
	mov	x2, x19
	bl	axon_reduce_f32
	fcvt	d0, s0
	b	.LBB0_8
.LBB0_7:
	movi	d0, #0000000000000000
.LBB0_8:
	cmp	x19, #1
	csinc	x8, x19, xzr, gt
	ucvtf	d1, x8
	fdiv	d0, d0, d1
	fcvt	s0, d0
	fcvt	d0, s0
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x29, x30, [sp, #32]
	add	sp, sp, #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w25
	.cfi_restore w26
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end0:
	.size	axon_dense_stack_forward_f32, .Lfunc_end0-axon_dense_stack_forward_f32
	.cfi_endproc

	.globl	axon_dense_stack_backward_f32
	.p2align	2
	.type	axon_dense_stack_backward_f32,@function
axon_dense_stack_backward_f32:
	.cfi_startproc
	sub	sp, sp, #112
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #32]
	stp	x26, x25, [sp, #48]
	stp	x24, x23, [sp, #64]
	stp	x22, x21, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #32
	.cfi_def_cfa w29, 80
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w25, -56
	.cfi_offset w26, -64
	.cfi_offset w30, -72
	.cfi_offset w29, -80
	mov	w8, #80
	ldr	x20, [x2]
	mov	x19, x1
	madd	x8, x1, x8, x0
	mov	x22, x0
	ldr	x0, [x2, #32]
	ldr	x1, [x2, #16]
	ldr	d0, [x2, #24]
	mov	x21, x2
	mov	w9, #1065353216
	sub	x4, x29, #4
	mov	x2, x20
	mov	w5, #1
	stur	w9, [x29, #-4]
	ldur	x3, [x8, #-72]
	ldur	x6, [x8, #-24]
	bl	axon_softmax_cross_entropy_backward_f32
	cmp	x19, #1
	b.lt	.LBB1_9
	mov	w8, #80
	add	x25, x21, #8
	madd	x8, x19, x8, x22
	sub	x26, x8, #112
	b	.LBB1_3
.LBB1_2:
	cmp	x19, #0
	sub	x26, x26, #80
	b.le	.LBB1_9
.LBB1_3:
	cmp	x19, #1
	ldp	x23, x21, [x26, #32]
	csel	x8, x25, x26, eq
	ldr	w9, [x26, #64]
	ldr	x22, [x26, #88]
	ldr	x24, [x8]
	cbz	w9, .LBB1_5
	mul	x4, x21, x20
	ldr	w0, [x26, #72]
	ldr	x2, [x26, #80]
	mov	x1, x22
	mov	x3, x22
	bl	axon_binary_f32
.LBB1_5:
	subs	x19, x19, #1
	b.eq	.LBB1_7
	movi	d0, #0000000000000000
	ldr	x7, [x26, #48]
	ldr	x8, [x26, #8]
	mov	w0, wzr
	mov	w1, wzr
	mov	x2, x20
	mov	x3, x23
	mov	x4, x21
	mov	x5, x22
	mov	x6, x21
	stp	x8, x23, [sp, #8]
	str	x23, [sp]
	bl	axon_gemm_f32
.LBB1_7:
	movi	d0, #0000000000000000
	ldr	x8, [x26, #96]
	mov	w1, wzr
	mov	w0, #1
	mov	x2, x21
	mov	x3, x23
	mov	x4, x20
	mov	x5, x22
	mov	x6, x21
	mov	x7, x24
	stp	x8, x23, [sp, #8]
	str	x23, [sp]
	bl	axon_gemm_f32
	ldr	x4, [x26, #104]
	cbz	x4, .LBB1_2
	mov	w0, wzr
	mov	x1, x22
	mov	x2, x20
	mov	x3, x21
	mov	w5, wzr
	bl	axon_reduce_rows_f32
	b	.LBB1_2
.LBB1_9:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x29, x30, [sp, #32]
	add	sp, sp, #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w25
	.cfi_restore w26
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end1:
	.size	axon_dense_stack_backward_f32, .Lfunc_end1-axon_dense_stack_backward_f32
	.cfi_endproc

	.globl	axon_dense_stack_forward_f64
	.p2align	2
	.type	axon_dense_stack_forward_f64,@function
axon_dense_stack_forward_f64:
	.cfi_startproc
	sub	sp, sp, #112
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #32]
	stp	x26, x25, [sp, #48]
	stp	x24, x23, [sp, #64]
	stp	x22, x21, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #32
	.cfi_def_cfa w29, 80
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w25, -56
	.cfi_offset w26, -64
	.cfi_offset w30, -72
	.cfi_offset w29, -80
	ldp	x19, x22, [x2]
	mov	x21, x3
	mov	x20, x2
	mov	x23, x1
	cmp	x1, #1
	mov	x24, x0
	b.lt	.LBB2_5
	add	x25, x24, #24
	mov	x26, x23
	b	.LBB2_3
.LBB2_2:
	subs	x26, x26, #1
	add	x25, x25, #80
	b.eq	.LBB2_5
.LBB2_3:
	ldp	x4, x3, [x25, #-24]
	mov	x5, x22
	ldp	x7, x8, [x25, #-8]
	mov	w0, wzr
	ldr	x22, [x25, #24]
	mov	w1, #1
	mov	x2, x19
	mov	x6, x4
	stp	x22, x3, [sp, #16]
	stp	x4, x8, [sp]
	bl	axon_gemm_bias_f64
	ldr	w8, [x25, #8]
	cbz	w8, .LBB2_2
	ldur	x8, [x25, #-16]
	ldr	w0, [x25, #12]
	mov	x1, x22
	mov	x2, x22
	mul	x3, x8, x19
	bl	axon_unary_f64
	b	.LBB2_2
.LBB2_5:
	mov	w8, #80
	ldp	x4, x5, [x20, #32]
	madd	x8, x23, x8, x24
	ldr	x1, [x20, #16]
	ldr	d0, [x20, #24]
	ldr	x6, [x20, #48]
	mov	x0, x22
	mov	x2, x19
	ldur	x3, [x8, #-72]
	bl	axon_softmax_cross_entropy_f64
	ldr	x0, [x20, #48]
	ldr	x1, [x20, #16]
	mov	x2, x19
	bl	axon_count_equal_i64
	cmp	x19, #0
	str	x0, [x21]
	b.le	.LBB2_7
	ldr	x1, [x20, #40]
	mov	w0, wzr
	mov	x2, x19
	bl	axon_reduce_f64
	b	.LBB2_8
.LBB2_7:
	movi	d0, #0000000000000000
.LBB2_8:
	cmp	x19, #1
	csinc	x8, x19, xzr, gt
	ucvtf	d1, x8
	fdiv	d0, d0, d1
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x29, x30, [sp, #32]
	add	sp, sp, #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w25
	.cfi_restore w26
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end2:
	.size	axon_dense_stack_forward_f64, .Lfunc_end2-axon_dense_stack_forward_f64
	.cfi_endproc

	.globl	axon_dense_stack_backward_f64
	.p2align	2
	.type	axon_dense_stack_backward_f64,@function
axon_dense_stack_backward_f64:
	.cfi_startproc
	sub	sp, sp, #112
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #32]
	stp	x26, x25, [sp, #48]
	stp	x24, x23, [sp, #64]
	stp	x22, x21, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #32
	.cfi_def_cfa w29, 80
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w25, -56
	.cfi_offset w26, -64
	.cfi_offset w30, -72
	.cfi_offset w29, -80
	mov	w8, #80
	ldr	x20, [x2]
	mov	x19, x1
	madd	x8, x1, x8, x0
	mov	x22, x0
	ldr	x0, [x2, #32]
	ldr	x1, [x2, #16]
	ldr	d0, [x2, #24]
	mov	x21, x2
	mov	x9, #4607182418800017408
	sub	x4, x29, #8
	mov	x2, x20
	mov	w5, #1
	stur	x9, [x29, #-8]
	ldur	x3, [x8, #-72]
	ldur	x6, [x8, #-24]
	bl	axon_softmax_cross_entropy_backward_f64
	cmp	x19, #1
	b.lt	.LBB3_9
	mov	w8, #80
	add	x25, x21, #8
	madd	x8, x19, x8, x22
	sub	x26, x8, #112
	b	.LBB3_3
.LBB3_2:
	cmp	x19, #0
	sub	x26, x26, #80
	b.le	.LBB3_9
.LBB3_3:
	cmp	x19, #1
	ldp	x23, x21, [x26, #32]
	csel	x8, x25, x26, eq
	ldr	w9, [x26, #64]
	ldr	x22, [x26, #88]
	ldr	x24, [x8]
	cbz	w9, .LBB3_5
	mul	x4, x21, x20
	ldr	w0, [x26, #72]
	ldr	x2, [x26, #80]
	mov	x1, x22
	mov	x3, x22
	bl	axon_binary_f64
.LBB3_5:
	subs	x19, x19, #1
	b.eq	.LBB3_7
	movi	d0, #0000000000000000
	ldr	x7, [x26, #48]
	ldr	x8, [x26, #8]
	mov	w0, wzr
	mov	w1, wzr
	mov	x2, x20
	mov	x3, x23
	mov	x4, x21
	mov	x5, x22
	mov	x6, x21
	stp	x8, x23, [sp, #8]
	str	x23, [sp]
	bl	axon_gemm_f64
.LBB3_7:
	movi	d0, #0000000000000000
	ldr	x8, [x26, #96]
	mov	w1, wzr
	mov	w0, #1
	mov	x2, x21
	mov	x3, x23
	mov	x4, x20
	mov	x5, x22
	mov	x6, x21
	mov	x7, x24
	stp	x8, x23, [sp, #8]
	str	x23, [sp]
	bl	axon_gemm_f64
	ldr	x4, [x26, #104]
	cbz	x4, .LBB3_2
	mov	w0, wzr
	mov	x1, x22
	mov	x2, x20
	mov	x3, x21
	mov	w5, wzr
	bl	axon_reduce_rows_f64
	b	.LBB3_2
.LBB3_9:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x29, x30, [sp, #32]
	add	sp, sp, #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w25
	.cfi_restore w26
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end3:
	.size	axon_dense_stack_backward_f64, .Lfunc_end3-axon_dense_stack_backward_f64
	.cfi_endproc

	.globl	axon_dense_stack_gather
	.p2align	2
	.type	axon_dense_stack_gather,@function
axon_dense_stack_gather:
	.cfi_startproc
	stp	x29, x30, [sp, #-32]!
	.cfi_def_cfa_offset 32
	str	x19, [sp, #16]
	mov	x29, sp
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	mov	x8, x1
	ldr	x1, [x29, #32]
	cmp	x6, #1
	b.lt	.LBB4_9
	ldr	x10, [x29, #40]
	mov	x9, xzr
	mov	x19, #-1
.LBB4_2:
	cbz	x4, .LBB4_4
	ldr	x11, [x4, x9, lsl #3]
	tbz	x11, #63, .LBB4_5
	b	.LBB4_11
.LBB4_4:
	add	x11, x5, x9
	tbnz	x11, #63, .LBB4_11
.LBB4_5:
	cmp	x11, x3
	b.ge	.LBB4_11
	ldr	x11, [x2, x11, lsl #3]
	str	x11, [x10, x9, lsl #3]
	cmp	x11, x7
	ccmn	x11, #1, #4, lt
	csel	x11, x19, x9, gt
	cmp	x19, #0
	add	x9, x9, #1
	csel	x19, x11, x19, lt
	cmp	x6, x9
	b.ne	.LBB4_2
	cbnz	x4, .LBB4_10
	madd	x9, x5, x8, x0
	mov	x0, x1
	mul	x2, x6, x8
	mov	x1, x9
	bl	memcpy
	b	.LBB4_12
.LBB4_9:
	mov	x19, #-1
	cbz	x4, .LBB4_12
.LBB4_10:
	mov	x2, x8
	mov	x3, x4
	mov	x4, x6
	bl	axon_gather_rows
	b	.LBB4_12
.LBB4_11:
	mov	x8, #-2
	sub	x19, x8, x9
.LBB4_12:
	mov	x0, x19
	.cfi_def_cfa wsp, 32
	ldr	x19, [sp, #16]
	ldp	x29, x30, [sp], #32
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end4:
	.size	axon_dense_stack_gather, .Lfunc_end4-axon_dense_stack_gather
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
