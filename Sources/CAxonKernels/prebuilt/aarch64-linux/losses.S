// Generated from ../../losses.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"losses.c"
	.text
	.globl	axon_softmax_cross_entropy_f32
	.p2align	2
	.type	axon_softmax_cross_entropy_f32,@function
axon_softmax_cross_entropy_f32:
	.cfi_startproc
	cmp	x2, #1
	b.lt	.LBB0_51
	str	d8, [sp, #-112]!
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #16]
	stp	x28, x27, [sp, #32]
	stp	x26, x25, [sp, #48]
	stp	x24, x23, [sp, #64]
	stp	x22, x21, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #16
	.cfi_def_cfa w29, 96
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w25, -56
	.cfi_offset w26, -64
	.cfi_offset w27, -72
	.cfi_offset w28, -80
	.cfi_offset w30, -88
	.cfi_offset w29, -96
	.cfi_offset b8, -112
	sub	sp, sp, #1024
	fmov	d8, d0
	mov	x19, x5
	mov	x26, x4
	mov	x20, x2
	mov	x21, x3
	mov	x22, x1
	mov	x23, x0
	cmp	x2, #129
	b.hs	.LBB0_3
	mov	x24, sp
	b	.LBB0_4
.LBB0_3:
	lsl	x0, x20, #3
	mov	x24, x6
	bl	malloc
	mov	x6, x24
	mov	x24, x0
.LBB0_4:
	movi	d0, #0000000000000000
	sub	x9, x26, x23
	cmp	x21, #8
	mov	w10, #32
	add	x25, x24, x20, lsl #2
	lsl	x27, x21, #2
	ccmp	x9, x10, #0, hs
	mov	x8, xzr
	and	x9, x21, #0x7ffffffffffffff8
	cset	w10, lo
	add	x11, x26, #16
	add	x12, x23, #16
	mov	w13, #2139095040
	mov	x14, x26
	mov	x15, x23
	b	.LBB0_6
.LBB0_5:
	add	x8, x8, #1
	add	x15, x15, x27
	add	x11, x11, x27
	cmp	x8, x20
	add	x12, x12, x27
	add	x14, x14, x27
	b.eq	.LBB0_19
.LBB0_6:
	mul	x16, x8, x21
	cmp	x21, #2
	ldr	s1, [x23, x16, lsl #2]
	b.lt	.LBB0_14
	mov	x16, xzr
	mov	w17, #1
.LBB0_8:
	ldr	s2, [x15, x17, lsl #2]
	fcmp	s2, s1
	cset	w18, gt
	fcmp	s2, s2
	csinc	w18, w18, wzr, vc
	fcmp	s1, s1
	csel	x0, x16, x17, vs
	cmp	w18, #0
	add	x17, x17, #1
	fcsel	s1, s2, s1, ne
	csel	x16, x0, x16, ne
	cmp	x21, x17
	b.ne	.LBB0_8
	cbz	x6, .LBB0_11
.LBB0_10:
	str	x16, [x6, x8, lsl #3]
.LBB0_11:
	fmov	w16, s1
	and	w16, w16, #0x7fffffff
	cmp	w16, w13
	fcsel	s1, s0, s1, eq
	cmp	x21, #1
	str	s1, [x24, x8, lsl #2]
	b.lt	.LBB0_5
	tbz	w10, #0, .LBB0_15
	mov	x16, xzr
	b	.LBB0_18
.LBB0_14:
	mov	x16, xzr
	cbnz	x6, .LBB0_10
	b	.LBB0_11
.LBB0_15:
	dup	v2.4s, v1.s[0]
	mov	x16, x12
	mov	x17, x11
	mov	x18, x9
.LBB0_16:
	ldp	q3, q4, [x16, #-16]
	subs	x18, x18, #8
	add	x16, x16, #32
	fsub	v3.4s, v3.4s, v2.4s
	fsub	v4.4s, v4.4s, v2.4s
	stp	q3, q4, [x17, #-16]
	add	x17, x17, #32
	b.ne	.LBB0_16
	cmp	x21, x9
	mov	x16, x9
	b.eq	.LBB0_5
.LBB0_18:
	ldr	s2, [x15, x16, lsl #2]
	fsub	s2, s2, s1
	str	s2, [x14, x16, lsl #2]
	add	x16, x16, #1
	cmp	x21, x16
	b.ne	.LBB0_18
	b	.LBB0_5
.LBB0_19:
	mul	x3, x21, x20
	mov	w0, #3
	mov	x1, x26
	mov	x2, x26
	bl	axon_unary_f32
	mov	x8, xzr
	and	x9, x21, #0x7ffffffffffffff8
	add	x10, x26, #16
	b	.LBB0_22
.LBB0_20:
	str	wzr, [x25, x8, lsl #2]
.LBB0_21:
	add	x8, x8, #1
	add	x10, x10, x27
	add	x26, x26, x27
	cmp	x8, x20
	b.eq	.LBB0_35
.LBB0_22:
	cmp	x21, #1
	b.lt	.LBB0_20
	movi	d0, #0000000000000000
	cmp	x21, #8
	b.hs	.LBB0_25
	mov	x12, xzr
	b	.LBB0_28
.LBB0_25:
	mov	x11, x10
	mov	x12, x9
.LBB0_26:
	ldp	q1, q2, [x11, #-16]
	subs	x12, x12, #8
	add	x11, x11, #32
	mov	s3, v1.s[1]
	fadd	s0, s0, s1
	mov	s4, v1.s[2]
	mov	s1, v1.s[3]
	fadd	s0, s0, s3
	mov	s3, v2.s[2]
	fadd	s0, s0, s4
	fadd	s0, s0, s1
	mov	s1, v2.s[1]
	fadd	s0, s0, s2
	fadd	s0, s0, s1
	mov	s1, v2.s[3]
	fadd	s0, s0, s3
	fadd	s0, s0, s1
	b.ne	.LBB0_26
	cmp	x21, x9
	mov	x12, x9
	b.eq	.LBB0_30
.LBB0_28:
	add	x11, x26, x12, lsl #2
	sub	x12, x21, x12
.LBB0_29:
	ldr	s1, [x11], #4
	subs	x12, x12, #1
	fadd	s0, s0, s1
	b.ne	.LBB0_29
.LBB0_30:
	cmp	x21, #8
	mov	x11, xzr
	str	s0, [x25, x8, lsl #2]
	b.lo	.LBB0_34
	dup	v1.4s, v0.s[0]
	mov	x12, x9
.LBB0_32:
	ldr	q2, [x26, x11]
	ldr	q3, [x10, x11]
	subs	x12, x12, #8
	fdiv	v2.4s, v2.4s, v1.4s
	fdiv	v3.4s, v3.4s, v1.4s
	str	q2, [x26, x11]
	str	q3, [x10, x11]
	add	x11, x11, #32
	b.ne	.LBB0_32
	cmp	x21, x9
	mov	x11, x9
	b.eq	.LBB0_21
.LBB0_34:
	ldr	s1, [x26, x11, lsl #2]
	fdiv	s1, s1, s0
	str	s1, [x26, x11, lsl #2]
	add	x11, x11, #1
	cmp	x21, x11
	b.ne	.LBB0_34
	b	.LBB0_21
.LBB0_35:
	mov	w0, #4
	mov	x1, x25
	mov	x2, x25
	mov	x3, x20
	bl	axon_unary_f32
	fcvt	s0, d8
	fmov	s1, #1.00000000
	mov	x8, xzr
	scvtf	s2, x21
	and	x9, x21, #0x7ffffffffffffff8
	add	x10, x23, #16
	mov	x11, x23
	fsub	s1, s1, s0
	fneg	s1, s1
	b	.LBB0_38
.LBB0_36:
	fsub	s3, s3, s4
.LBB0_37:
	str	s3, [x19, x8, lsl #2]
	add	x8, x8, #1
	add	x10, x10, x27
	cmp	x8, x20
	add	x11, x11, x27
	b.eq	.LBB0_48
.LBB0_38:
	mul	x12, x8, x21
	ldr	s3, [x25, x8, lsl #2]
	ldr	s4, [x24, x8, lsl #2]
	ldr	x13, [x22, x8, lsl #3]
	fcmp	d8, #0.0
	fadd	s3, s3, s4
	add	x12, x23, x12, lsl #2
	ldr	s4, [x12, x13, lsl #2]
	b.eq	.LBB0_36
	movi	d5, #0000000000000000
	cmp	x21, #1
	b.lt	.LBB0_47
	cmp	x21, #8
	b.hs	.LBB0_42
	mov	x13, xzr
	b	.LBB0_45
.LBB0_42:
	mov	x12, x10
	mov	x13, x9
.LBB0_43:
	ldp	q6, q7, [x12, #-16]
	subs	x13, x13, #8
	add	x12, x12, #32
	mov	s16, v6.s[1]
	fadd	s5, s5, s6
	mov	s17, v6.s[2]
	mov	s6, v6.s[3]
	fadd	s5, s5, s16
	mov	s16, v7.s[2]
	fadd	s5, s5, s17
	fadd	s5, s5, s6
	mov	s6, v7.s[1]
	fadd	s5, s5, s7
	fadd	s5, s5, s6
	mov	s6, v7.s[3]
	fadd	s5, s5, s16
	fadd	s5, s5, s6
	b.ne	.LBB0_43
	cmp	x21, x9
	mov	x13, x9
	b.eq	.LBB0_47
.LBB0_45:
	add	x12, x11, x13, lsl #2
	sub	x13, x21, x13
.LBB0_46:
	ldr	s6, [x12], #4
	subs	x13, x13, #1
	fadd	s5, s5, s6
	b.ne	.LBB0_46
.LBB0_47:
	fmul	s5, s5, s0
	fmadd	s3, s1, s4, s3
	fdiv	s5, s5, s2
	fsub	s3, s3, s5
	b	.LBB0_37
.LBB0_48:
	mov	x8, sp
	cmp	x24, x8
	b.eq	.LBB0_50
	mov	x0, x24
	bl	free
.LBB0_50:
	add	sp, sp, #1024
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x28, x27, [sp, #32]
	ldp	x29, x30, [sp, #16]
	ldr	d8, [sp], #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w25
	.cfi_restore w26
	.cfi_restore w27
	.cfi_restore w28
	.cfi_restore w30
	.cfi_restore w29
	.cfi_restore b8
.LBB0_51:
	ret
.Lfunc_end0:
	.size	axon_softmax_cross_entropy_f32, .Lfunc_end0-axon_softmax_cross_entropy_f32
	.cfi_endproc

	.globl	axon_softmax_cross_entropy_backward_f32
	.p2align	2
	.type	axon_softmax_cross_entropy_backward_f32,@function
axon_softmax_cross_entropy_backward_f32:
	.cfi_startproc
	cmp	x2, #1
	b.lt	.LBB1_13
	fcvt	s2, d0
	scvtf	s0, x3
	sub	x9, x6, x0
	fmov	s3, #1.00000000
	ucvtf	s1, x2
	cmp	x3, #8
	mov	w10, #32
	lsl	x11, x3, #2
	mov	x8, xzr
	ccmp	x9, x10, #0, hs
	and	x10, x3, #0x7ffffffffffffff8
	add	x12, x6, #16
	fdiv	s0, s2, s0
	fsub	s2, s3, s2
	cset	w9, lo
	add	x13, x0, #16
	mov	x14, x6
	dup	v3.4s, v0.s[0]
	b	.LBB1_3
.LBB1_2:
	mul	x15, x8, x3
	ldr	x16, [x1, x8, lsl #3]
	add	x8, x8, #1
	add	x12, x12, x11
	cmp	x8, x2
	add	x13, x13, x11
	add	x14, x14, x11
	add	x0, x0, x11
	add	x15, x6, x15, lsl #2
	ldr	s5, [x15, x16, lsl #2]
	fmsub	s4, s4, s2, s5
	str	s4, [x15, x16, lsl #2]
	b.eq	.LBB1_13
.LBB1_3:
	cbz	w5, .LBB1_5
	ldr	s4, [x4]
	fdiv	s4, s4, s1
	cmp	x3, #1
	b.ge	.LBB1_6
	b	.LBB1_2
.LBB1_5:
	ldr	s4, [x4, x8, lsl #2]
	cmp	x3, #1
	b.lt	.LBB1_2
.LBB1_6:
	tbz	w9, #0, .LBB1_8
	mov	x15, xzr
	b	.LBB1_11
.LBB1_8:
	mov	x15, x13
	mov	x16, x12
	mov	x17, x10
.LBB1_9:
	ldp	q5, q6, [x15, #-16]
	subs	x17, x17, #8
	add	x15, x15, #32
	fsub	v5.4s, v5.4s, v3.4s
	fsub	v6.4s, v6.4s, v3.4s
	fmul	v5.4s, v5.4s, v4.s[0]
	fmul	v6.4s, v6.4s, v4.s[0]
	stp	q5, q6, [x16, #-16]
	add	x16, x16, #32
	b.ne	.LBB1_9
	cmp	x3, x10
	mov	x15, x10
	b.eq	.LBB1_2
.LBB1_11:
	lsl	x17, x15, #2
	sub	x15, x3, x15
	add	x16, x14, x17
	add	x17, x0, x17
.LBB1_12:
	ldr	s5, [x17], #4
	subs	x15, x15, #1
	fsub	s5, s5, s0
	fmul	s5, s4, s5
	str	s5, [x16], #4
	b.ne	.LBB1_12
	b	.LBB1_2
.LBB1_13:
	ret
.Lfunc_end1:
	.size	axon_softmax_cross_entropy_backward_f32, .Lfunc_end1-axon_softmax_cross_entropy_backward_f32
	.cfi_endproc

	.globl	axon_arg_extremum_f32
	.p2align	2
	.type	axon_arg_extremum_f32,@function
axon_arg_extremum_f32:
	.cfi_startproc
	cmp	x1, #1
	b.lt	.LBB2_8
	lsl	x9, x2, #2
	mov	x8, xzr
	mov	x10, x0
	b	.LBB2_4
.LBB2_2:
	mov	x11, x12
.LBB2_3:
	str	x11, [x4, x8, lsl #3]
	add	x8, x8, #1
	add	x10, x10, x9
	cmp	x8, x1
	b.eq	.LBB2_8
.LBB2_4:
	mul	x11, x8, x2
	ldr	s0, [x0, x11, lsl #2]
	mov	x11, xzr
	fcmp	s0, s0
	ccmp	x2, #2, #8, vc
	b.lt	.LBB2_3
	mov	w12, #1
.LBB2_6:
	ldr	s1, [x10, x12, lsl #2]
	fcmp	s1, s1
	b.vs	.LBB2_2
	fcmp	s1, s0
	cset	w13, gt
	cset	w14, mi
	cmp	w3, #0
	csel	w13, w14, w13, eq
	cmp	w13, #0
	fcsel	s0, s1, s0, ne
	csel	x11, x12, x11, ne
	add	x12, x12, #1
	cmp	x2, x12
	b.ne	.LBB2_6
	b	.LBB2_3
.LBB2_8:
	ret
.Lfunc_end2:
	.size	axon_arg_extremum_f32, .Lfunc_end2-axon_arg_extremum_f32
	.cfi_endproc

	.globl	axon_softmax_cross_entropy_f64
	.p2align	2
	.type	axon_softmax_cross_entropy_f64,@function
axon_softmax_cross_entropy_f64:
	.cfi_startproc
	cmp	x2, #1
	b.lt	.LBB3_51
	str	d8, [sp, #-112]!
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #16]
	stp	x28, x27, [sp, #32]
	stp	x26, x25, [sp, #48]
	stp	x24, x23, [sp, #64]
	stp	x22, x21, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #16
	.cfi_def_cfa w29, 96
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w25, -56
	.cfi_offset w26, -64
	.cfi_offset w27, -72
	.cfi_offset w28, -80
	.cfi_offset w30, -88
	.cfi_offset w29, -96
	.cfi_offset b8, -112
	sub	sp, sp, #2048
	fmov	d8, d0
	mov	x19, x5
	mov	x26, x4
	mov	x20, x2
	mov	x21, x3
	mov	x22, x1
	mov	x23, x0
	cmp	x2, #129
	b.hs	.LBB3_3
	mov	x24, sp
	b	.LBB3_4
.LBB3_3:
	lsl	x0, x20, #4
	mov	x24, x6
	bl	malloc
	mov	x6, x24
	mov	x24, x0
.LBB3_4:
	movi	d0, #0000000000000000
	sub	x9, x26, x23
	cmp	x21, #4
	mov	w10, #32
	add	x25, x24, x20, lsl #3
	lsl	x27, x21, #3
	ccmp	x9, x10, #0, hs
	mov	x8, xzr
	and	x9, x21, #0x7ffffffffffffffc
	cset	w10, lo
	add	x11, x26, #16
	add	x12, x23, #16
	mov	x13, #9218868437227405312
	mov	x14, x26
	mov	x15, x23
	b	.LBB3_6
.LBB3_5:
	add	x8, x8, #1
	add	x15, x15, x27
	add	x11, x11, x27
	cmp	x8, x20
	add	x12, x12, x27
	add	x14, x14, x27
	b.eq	.LBB3_19
.LBB3_6:
	mul	x16, x8, x21
	cmp	x21, #2
	ldr	d1, [x23, x16, lsl #3]
	b.lt	.LBB3_14
	mov	x16, xzr
	mov	w17, #1
.LBB3_8:
	ldr	d2, [x15, x17, lsl #3]
	fcmp	d2, d1
	cset	w18, gt
	fcmp	d2, d2
	csinc	w18, w18, wzr, vc
	fcmp	d1, d1
	csel	x0, x16, x17, vs
	cmp	w18, #0
	add	x17, x17, #1
	fcsel	d1, d2, d1, ne
	csel	x16, x0, x16, ne
	cmp	x21, x17
	b.ne	.LBB3_8
	cbz	x6, .LBB3_11
.LBB3_10:
	str	x16, [x6, x8, lsl #3]
.LBB3_11:
	fmov	x16, d1
	and	x16, x16, #0x7fffffffffffffff
	cmp	x16, x13
	fcsel	d1, d0, d1, eq
	cmp	x21, #1
	str	d1, [x24, x8, lsl #3]
	b.lt	.LBB3_5
	tbz	w10, #0, .LBB3_15
	mov	x16, xzr
	b	.LBB3_18
.LBB3_14:
	mov	x16, xzr
	cbnz	x6, .LBB3_10
	b	.LBB3_11
.LBB3_15:
	dup	v2.2d, v1.d[0]
	mov	x16, x12
	mov	x17, x11
	mov	x18, x9
.LBB3_16:
	ldp	q3, q4, [x16, #-16]
	subs	x18, x18, #4
	add	x16, x16, #32
	fsub	v3.2d, v3.2d, v2.2d
	fsub	v4.2d, v4.2d, v2.2d
	stp	q3, q4, [x17, #-16]
	add	x17, x17, #32
	b.ne	.LBB3_16
	cmp	x21, x9
	mov	x16, x9
	b.eq	.LBB3_5
.LBB3_18:
	ldr	d2, [x15, x16, lsl #3]
	fsub	d2, d2, d1
	str	d2, [x14, x16, lsl #3]
	add	x16, x16, #1
	cmp	x21, x16
	b.ne	.LBB3_18
	b	.LBB3_5
.LBB3_19:
	mul	x3, x21, x20
	mov	w0, #3
	mov	x1, x26
	mov	x2, x26
	bl	axon_unary_f64
	mov	x8, xzr
	and	x9, x21, #0x7ffffffffffffffc
	add	x10, x26, #16
	b	.LBB3_22
.LBB3_20:
	str	xzr, [x25, x8, lsl #3]
.LBB3_21:
	add	x8, x8, #1
	add	x10, x10, x27
	add	x26, x26, x27
	cmp	x8, x20
	b.eq	.LBB3_35
.LBB3_22:
	cmp	x21, #1
	b.lt	.LBB3_20
	movi	d0, #0000000000000000
	cmp	x21, #4
	b.hs	.LBB3_25
	mov	x12, xzr
	b	.LBB3_28
.LBB3_25:
	mov	x11, x10
	mov	x12, x9
.LBB3_26:
	ldp	q1, q2, [x11, #-16]
	subs	x12, x12, #4
	add	x11, x11, #32
	mov	d3, v1.d[1]
	fadd	d0, d0, d1
	mov	d1, v2.d[1]
	fadd	d0, d0, d3
	fadd	d0, d0, d2
	fadd	d0, d0, d1
	b.ne	.LBB3_26
	cmp	x21, x9
	mov	x12, x9
	b.eq	.LBB3_30
.LBB3_28:
	add	x11, x26, x12, lsl #3
	sub	x12, x21, x12
.LBB3_29:
	ldr	d1, [x11], #8
	subs	x12, x12, #1
	fadd	d0, d0, d1
	b.ne	.LBB3_29
.LBB3_30:
	cmp	x21, #4
	mov	x11, xzr
	str	d0, [x25, x8, lsl #3]
	b.lo	.LBB3_34
	dup	v1.2d, v0.d[0]
	mov	x12, x9
.LBB3_32:
	ldr	q2, [x26, x11]
	ldr	q3, [x10, x11]
	subs	x12, x12, #4
	fdiv	v2.2d, v2.2d, v1.2d
	fdiv	v3.2d, v3.2d, v1.2d
	str	q2, [x26, x11]
	str	q3, [x10, x11]
	add	x11, x11, #32
	b.ne	.LBB3_32
	cmp	x21, x9
	mov	x11, x9
	b.eq	.LBB3_21
.LBB3_34:
	ldr	d1, [x26, x11, lsl #3]
	fdiv	d1, d1, d0
	str	d1, [x26, x11, lsl #3]
	add	x11, x11, #1
	cmp	x21, x11
	b.ne	.LBB3_34
	b	.LBB3_21
.LBB3_35:
	mov	w0, #4
	mov	x1, x25
	mov	x2, x25
	mov	x3, x20
	bl	axon_unary_f64
	fmov	d0, #1.00000000
	scvtf	d1, x21
	mov	x8, xzr
	and	x9, x21, #0x7ffffffffffffffc
	add	x10, x23, #16
	mov	x11, x23
	fsub	d0, d0, d8
	fneg	d0, d0
	b	.LBB3_38
.LBB3_36:
	fsub	d2, d2, d3
.LBB3_37:
	str	d2, [x19, x8, lsl #3]
	add	x8, x8, #1
	add	x10, x10, x27
	cmp	x8, x20
	add	x11, x11, x27
	b.eq	.LBB3_48
.LBB3_38:
	mul	x12, x8, x21
	ldr	d2, [x25, x8, lsl #3]
	ldr	d3, [x24, x8, lsl #3]
	ldr	x13, [x22, x8, lsl #3]
	fcmp	d8, #0.0
	fadd	d2, d2, d3
	add	x12, x23, x12, lsl #3
	ldr	d3, [x12, x13, lsl #3]
	b.eq	.LBB3_36
	movi	d4, #0000000000000000
	cmp	x21, #1
	b.lt	.LBB3_47
	cmp	x21, #4
	b.hs	.LBB3_42
	mov	x13, xzr
	b	.LBB3_45
.LBB3_42:
	mov	x12, x10
	mov	x13, x9
.LBB3_43:
	ldp	q5, q6, [x12, #-16]
	subs	x13, x13, #4
	add	x12, x12, #32
	mov	d7, v5.d[1]
	fadd	d4, d4, d5
	mov	d5, v6.d[1]
	fadd	d4, d4, d7
	fadd	d4, d4, d6
	fadd	d4, d4, d5
	b.ne	.LBB3_43
	cmp	x21, x9
	mov	x13, x9
	b.eq	.LBB3_47
.LBB3_45:
	add	x12, x11, x13, lsl #3
	sub	x13, x21, x13
.LBB3_46:
	ldr	d5, [x12], #8
	subs	x13, x13, #1
	fadd	d4, d4, d5
	b.ne	.LBB3_46
.LBB3_47:
	fmul	d4, d8, d4
	fmadd	d2, d0, d3, d2
	fdiv	d4, d4, d1
	fsub	d2, d2, d4
	b	.LBB3_37
.LBB3_48:
	mov	x8, sp
	cmp	x24, x8
	b.eq	.LBB3_50
	mov	x0, x24
	bl	free
.LBB3_50:
	add	sp, sp, #2048
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x28, x27, [sp, #32]
	ldp	x29, x30, [sp, #16]
	ldr	d8, [sp], #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w25
	.cfi_restore w26
	.cfi_restore w27
	.cfi_restore w28
	.cfi_restore w30
	.cfi_restore w29
	.cfi_restore b8
.LBB3_51:
	ret
.Lfunc_end3:
	.size	axon_softmax_cross_entropy_f64, .Lfunc_end3-axon_softmax_cross_entropy_f64
	.cfi_endproc

	.globl	axon_softmax_cross_entropy_backward_f64
	.p2align	2
	.type	axon_softmax_cross_entropy_backward_f64,@function
axon_softmax_cross_entropy_backward_f64:
	.cfi_startproc
	cmp	x2, #1
	b.lt	.LBB4_13
	scvtf	d1, x3
	fmov	d3, #1.00000000
	sub	x9, x6, x0
	ucvtf	d2, x2
	cmp	x3, #4
	mov	w10, #32
	ccmp	x9, x10, #0, hs
	lsl	x11, x3, #3
	mov	x8, xzr
	cset	w9, lo
	and	x10, x3, #0x7ffffffffffffffc
	add	x12, x6, #16
	fdiv	d1, d0, d1
	fsub	d0, d3, d0
	add	x13, x0, #16
	mov	x14, x6
	dup	v3.2d, v1.d[0]
	b	.LBB4_3
.LBB4_2:
	mul	x15, x8, x3
	ldr	x16, [x1, x8, lsl #3]
	add	x8, x8, #1
	add	x12, x12, x11
	cmp	x8, x2
	add	x13, x13, x11
	add	x14, x14, x11
	add	x0, x0, x11
	add	x15, x6, x15, lsl #3
	ldr	d5, [x15, x16, lsl #3]
	fmsub	d4, d4, d0, d5
	str	d4, [x15, x16, lsl #3]
	b.eq	.LBB4_13
.LBB4_3:
	cbz	w5, .LBB4_5
	ldr	d4, [x4]
	fdiv	d4, d4, d2
	cmp	x3, #1
	b.ge	.LBB4_6
	b	.LBB4_2
.LBB4_5:
	ldr	d4, [x4, x8, lsl #3]
	cmp	x3, #1
	b.lt	.LBB4_2
.LBB4_6:
	tbz	w9, #0, .LBB4_8
	mov	x15, xzr
	b	.LBB4_11
.LBB4_8:
	mov	x15, x13
	mov	x16, x12
	mov	x17, x10
.LBB4_9:
	ldp	q5, q6, [x15, #-16]
	subs	x17, x17, #4
	add	x15, x15, #32
	fsub	v5.2d, v5.2d, v3.2d
	fsub	v6.2d, v6.2d, v3.2d
	fmul	v5.2d, v5.2d, v4.d[0]
	fmul	v6.2d, v6.2d, v4.d[0]
	stp	q5, q6, [x16, #-16]
	add	x16, x16, #32
	b.ne	.LBB4_9
	cmp	x3, x10
	mov	x15, x10
	b.eq	.LBB4_2
.LBB4_11:
	lsl	x17, x15, #3
	sub	x15, x3, x15
	add	x16, x14, x17
	add	x17, x0, x17
.LBB4_12:
	ldr	d5, [x17], #8
	subs	x15, x15, #1
	fsub	d5, d5, d1
	fmul	d5, d4, d5
	str	d5, [x16], #8
	b.ne	.LBB4_12
	b	.LBB4_2
.LBB4_13:
	ret
.Lfunc_end4:
	.size	axon_softmax_cross_entropy_backward_f64, .Lfunc_end4-axon_softmax_cross_entropy_backward_f64
	.cfi_endproc

	.globl	axon_arg_extremum_f64
	.p2align	2
	.type	axon_arg_extremum_f64,@function
axon_arg_extremum_f64:
	.cfi_startproc
	cmp	x1, #1
	b.lt	.LBB5_8
	lsl	x9, x2, #3
	mov	x8, xzr
	mov	x10, x0
	b	.LBB5_4
.LBB5_2:
	mov	x11, x12
.LBB5_3:
	str	x11, [x4, x8, lsl #3]
	add	x8, x8, #1
	add	x10, x10, x9
	cmp	x8, x1
	b.eq	.LBB5_8
.LBB5_4:
	mul	x11, x8, x2
	ldr	d0, [x0, x11, lsl #3]
	mov	x11, xzr
	fcmp	d0, d0
	ccmp	x2, #2, #8, vc
	b.lt	.LBB5_3
	mov	w12, #1
.LBB5_6:
	ldr	d1, [x10, x12, lsl #3]
	fcmp	d1, d1
	b.vs	.LBB5_2
	fcmp	d1, d0
	cset	w13, gt
	cset	w14, mi
	cmp	w3, #0
	csel	w13, w14, w13, eq
	cmp	w13, #0
	fcsel	d0, d1, d0, ne
	csel	x11, x12, x11, ne
	add	x12, x12, #1
	cmp	x2, x12
	b.ne	.LBB5_6
	b	.LBB5_3
.LBB5_8:
	ret
.Lfunc_end5:
	.size	axon_arg_extremum_f64, .Lfunc_end5-axon_arg_extremum_f64
	.cfi_endproc

	.globl	axon_first_outside_i64
	.p2align	2
	.type	axon_first_outside_i64,@function
axon_first_outside_i64:
	.cfi_startproc
	cmp	x1, #1
	b.lt	.LBB6_5
	mov	x8, x0
	mov	x0, xzr
.LBB6_2:
	ldr	x9, [x8, x0, lsl #3]
	tbnz	x9, #63, .LBB6_6
	cmp	x9, x2
	b.ge	.LBB6_6
	add	x0, x0, #1
	cmp	x1, x0
	b.ne	.LBB6_2
.LBB6_5:
	mov	x0, #-1
.LBB6_6:
	ret
.Lfunc_end6:
	.size	axon_first_outside_i64, .Lfunc_end6-axon_first_outside_i64
	.cfi_endproc

	.globl	axon_count_equal_i64
	.p2align	2
	.type	axon_count_equal_i64,@function
axon_count_equal_i64:
	.cfi_startproc
	cmp	x2, #1
	b.lt	.LBB7_3
	cmp	x2, #4
	b.hs	.LBB7_4
	mov	x9, xzr
	mov	x8, xzr
	b	.LBB7_7
.LBB7_3:
	mov	x8, xzr
	mov	x0, x8
	ret
.LBB7_4:
	movi	v0.2d, #0000000000000000
	movi	v1.2d, #0000000000000000
	and	x9, x2, #0x7ffffffffffffffc
	add	x8, x1, #16
	add	x10, x0, #16
	mov	x11, x9
.LBB7_5:
	ldp	q2, q3, [x10, #-16]
	subs	x11, x11, #4
	ldp	q4, q5, [x8, #-16]
	add	x8, x8, #32
	add	x10, x10, #32
	cmeq	v2.2d, v2.2d, v4.2d
	cmeq	v3.2d, v3.2d, v5.2d
	sub	v0.2d, v0.2d, v2.2d
	sub	v1.2d, v1.2d, v3.2d
	b.ne	.LBB7_5
	add	v0.2d, v1.2d, v0.2d
	cmp	x2, x9
	addp	d0, v0.2d
	fmov	x8, d0
	b.eq	.LBB7_9
.LBB7_7:
	lsl	x11, x9, #3
	sub	x9, x2, x9
	add	x10, x1, x11
	add	x11, x0, x11
.LBB7_8:
	ldr	x12, [x11], #8
	ldr	x13, [x10], #8
	cmp	x12, x13
	cinc	x8, x8, eq
	subs	x9, x9, #1
	b.ne	.LBB7_8
.LBB7_9:
	mov	x0, x8
	ret
.Lfunc_end7:
	.size	axon_count_equal_i64, .Lfunc_end7-axon_count_equal_i64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
