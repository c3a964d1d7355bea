// Generated from ../../reduce.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"reduce.c"
	.text
	.globl	axon_reduce_f32
	.p2align	2
	.type	axon_reduce_f32,@function
axon_reduce_f32:
	.cfi_startproc
	stp	x29, x30, [sp, #-48]!
	.cfi_def_cfa_offset 48
	str	x21, [sp, #16]
	stp	x20, x19, [sp, #32]
	mov	x29, sp
	.cfi_def_cfa w29, 48
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -32
	.cfi_offset w30, -40
	.cfi_offset w29, -48
	.cfi_remember_state
	cmp	x2, #0
	mov	w21, w0
	b.le	.LBB0_3
	mov	x20, x2
	mov	x19, x1
	bl	axon_detect_isa
	cmp	w0, #3
	b.ne	.LBB0_4
	mov	w0, w21
	mov	x1, x19
	mov	x2, x20
	.cfi_def_cfa wsp, 48
	ldp	x20, x19, [sp, #32]
	ldr	x21, [sp, #16]
	ldp	x29, x30, [sp], #48
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w30
	.cfi_restore w29
	b	axon_reduce_neon_f32
.LBB0_3:
	.cfi_restore_state
	movi	d0, #0000000000000000
	mov	w8, #2143289344
	cmp	w21, #0
	fmov	s1, w8
	fcsel	s0, s0, s1, eq
	b	.LBB0_22
.LBB0_4:
	cbz	w21, .LBB0_13
	ldr	s0, [x19]
	subs	x8, x20, #1
	b.eq	.LBB0_22
	add	x9, x19, #4
	b	.LBB0_9
.LBB0_7:
	fmov	s0, s1
.LBB0_8:
	subs	x8, x8, #1
	b.eq	.LBB0_22
.LBB0_9:
	ldr	s1, [x9], #4
	fcmp	s1, s1
	b.vs	.LBB0_21
	cmp	w21, #1
	b.ne	.LBB0_12
	fcmp	s1, s0
	b.gt	.LBB0_7
	b	.LBB0_8
.LBB0_12:
	fcmp	s1, s0
	b.mi	.LBB0_7
	b	.LBB0_8
.LBB0_13:
	movi	d0, #0000000000000000
	mov	x8, xzr
	mov	x9, xzr
	mov	x13, xzr
	add	x10, x19, #16
	mov	w11, #256
	mov	w12, #1
	b	.LBB0_15
.LBB0_14:
	fcvt	d1, s1
	add	x9, x9, #1
	add	x10, x10, #1024
	add	x11, x11, #256
	cmp	x14, x20
	add	x12, x12, #256
	sub	x8, x8, #256
	mov	x13, x14
	fadd	d0, d0, d1
	b.hs	.LBB0_20
.LBB0_15:
	cmp	x20, x11
	add	x14, x13, #256
	orr	x16, x13, #0x1
	csel	x15, x20, x11, lo
	movi	d1, #0000000000000000
	cmp	x15, x12
	csel	x17, x15, x12, hi
	cmp	x20, x14
	csel	x15, x20, x14, lo
	cmp	x15, x16
	csinc	x16, x15, x13, hi
	sub	x18, x16, x9, lsl #8
	cmp	x18, #8
	b.lo	.LBB0_19
	and	x16, x16, #0x7
	add	x0, x17, x8
	and	x17, x17, #0x7
	sub	x18, x18, x16
	sub	x17, x0, x17
	add	x13, x13, x18
	mov	x18, x10
.LBB0_17:
	ldp	q2, q3, [x18, #-16]
	subs	x17, x17, #8
	add	x18, x18, #32
	mov	s4, v2.s[1]
	fadd	s1, s1, s2
	mov	s5, v2.s[2]
	mov	s2, v2.s[3]
	fadd	s1, s1, s4
	mov	s4, v3.s[2]
	fadd	s1, s1, s5
	fadd	s1, s1, s2
	mov	s2, v3.s[1]
	fadd	s1, s1, s3
	fadd	s1, s1, s2
	mov	s2, v3.s[3]
	fadd	s1, s1, s4
	fadd	s1, s1, s2
	b.ne	.LBB0_17
	cbz	x16, .LBB0_14
.LBB0_19:
	ldr	s2, [x19, x13, lsl #2]
	add	x13, x13, #1
	cmp	x13, x15
	fadd	s1, s1, s2
	b.lo	.LBB0_19
	b	.LBB0_14
.LBB0_20:
	fcvt	s0, d0
	b	.LBB0_22
.LBB0_21:
	fmov	s0, s1
.LBB0_22:
	.cfi_def_cfa wsp, 48
	ldp	x20, x19, [sp, #32]
	ldr	x21, [sp, #16]
	ldp	x29, x30, [sp], #48
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end0:
	.size	axon_reduce_f32, .Lfunc_end0-axon_reduce_f32
	.cfi_endproc

	.globl	axon_reduce_f64
	.p2align	2
	.type	axon_reduce_f64,@function
axon_reduce_f64:
	.cfi_startproc
	cmp	x2, #0
	b.le	.LBB1_2
	b	reduce_portable_f64
.LBB1_2:
	movi	d0, #0000000000000000
	mov	x8, #9221120237041090560
	cmp	w0, #0
	fmov	d1, x8
	fcsel	d0, d0, d1, eq
	ret
.Lfunc_end1:
	.size	axon_reduce_f64, .Lfunc_end1-axon_reduce_f64
	.cfi_endproc

	.p2align	2
	.type	reduce_portable_f64,@function
reduce_portable_f64:
	.cfi_startproc
	str	d8, [sp, #-48]!
	.cfi_def_cfa_offset 48
	stp	x29, x30, [sp, #8]
	str	x21, [sp, #24]
	stp	x20, x19, [sp, #32]
	add	x29, sp, #8
	.cfi_def_cfa w29, 40
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w30, -32
	.cfi_offset w29, -40
	.cfi_offset b8, -48
	cbz	w0, .LBB2_9
	ldr	d0, [x1]
	cmp	x2, #2
	b.lt	.LBB2_20
	sub	x8, x2, #1
	add	x9, x1, #8
	b	.LBB2_5
.LBB2_3:
	fmov	d0, d1
.LBB2_4:
	subs	x8, x8, #1
	b.eq	.LBB2_20
.LBB2_5:
	ldr	d1, [x9], #8
	fcmp	d1, d1
	b.vs	.LBB2_14
	cmp	w0, #1
	b.ne	.LBB2_8
	fcmp	d1, d0
	b.gt	.LBB2_3
	b	.LBB2_4
.LBB2_8:
	fcmp	d1, d0
	b.mi	.LBB2_3
	b	.LBB2_4
.LBB2_9:
	cmp	x2, #256
	b.gt	.LBB2_13
	movi	d0, #0000000000000000
	cmp	x2, #1
	b.lt	.LBB2_20
	cmp	x2, #4
	b.hs	.LBB2_15
	mov	x8, xzr
	b	.LBB2_18
.LBB2_13:
	lsr	x19, x2, #1
	mov	w0, wzr
	mov	x21, x2
	mov	x20, x1
	mov	x2, x19
	bl	reduce_portable_f64
	add	x1, x20, x19, lsl #3
	sub	x2, x21, x19
	mov	w0, wzr
	fmov	d8, d0
	bl	reduce_portable_f64
	fadd	d0, d8, d0
	b	.LBB2_20
.LBB2_14:
	fmov	d0, d1
	b	.LBB2_20
.LBB2_15:
	and	x8, x2, #0x7ffffffffffffffc
	add	x9, x1, #16
	mov	x10, x8
.LBB2_16:
	ldp	q1, q2, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	mov	d3, v1.d[1]
	fadd	d0, d0, d1
	mov	d1, v2.d[1]
	fadd	d0, d0, d3
	fadd	d0, d0, d2
	fadd	d0, d0, d1
	b.ne	.LBB2_16
	cmp	x2, x8
	b.eq	.LBB2_20
.LBB2_18:
	add	x9, x1, x8, lsl #3
	sub	x8, x2, x8
.LBB2_19:
	ldr	d1, [x9], #8
	subs	x8, x8, #1
	fadd	d0, d0, d1
	b.ne	.LBB2_19
.LBB2_20:
	.cfi_def_cfa wsp, 48
	ldp	x20, x19, [sp, #32]
	ldr	x21, [sp, #24]
	ldp	x29, x30, [sp, #8]
	ldr	d8, [sp], #48
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w30
	.cfi_restore w29
	.cfi_restore b8
	ret
.Lfunc_end2:
	.size	reduce_portable_f64, .Lfunc_end2-reduce_portable_f64
	.cfi_endproc

	.globl	axon_reduce_rows_f32
	.p2align	2
	.type	axon_reduce_rows_f32,@function
axon_reduce_rows_f32:
	.cfi_startproc
	cmp	x3, #1
	b.lt	.LBB3_82
	cmp	x2, #0
	b.le	.LBB3_5
	cbz	w0, .LBB3_8
	cbz	w5, .LBB3_17
	mov	x8, xzr
	b	.LBB3_40
.LBB3_5:
	cbnz	w5, .LBB3_82
	movi	d0, #0000000000000000
	mov	w8, #2143289344
	cmp	w0, #0
	fmov	s1, w8
	fcsel	s0, s0, s1, eq
	cmp	x3, #8
	b.hs	.LBB3_54
	mov	x8, xzr
	b	.LBB3_57
.LBB3_8:
	subs	x9, x3, #32
	b.lo	.LBB3_23
	lsr	x9, x9, #5
	lsl	x10, x3, #2
	mov	x11, xzr
	mov	x8, xzr
	add	x12, x1, #112
	b	.LBB3_11
.LBB3_10:
	add	x8, x8, #32
	cmp	x11, x9
	add	x11, x11, #1
	add	x12, x12, #128
	stp	q1, q2, [x13]
	stp	q3, q4, [x13, #32]
	stp	q5, q6, [x13, #64]
	stp	q7, q0, [x13, #96]
	b.eq	.LBB3_24
.LBB3_11:
	lsl	x14, x11, #7
	add	x13, x4, x14
	cbz	w5, .LBB3_13
	ldp	q1, q2, [x13]
	mov	x15, xzr
	ldp	q3, q4, [x13, #32]
	ldp	q5, q6, [x13, #64]
	ldp	q7, q0, [x13, #96]
	b	.LBB3_15
.LBB3_13:
	add	x14, x1, x14
	cmp	x2, #1
	ldp	q1, q2, [x14]
	ldp	q3, q4, [x14, #32]
	ldp	q5, q6, [x14, #64]
	ldp	q7, q0, [x14, #96]
	b.eq	.LBB3_10
	mov	w15, #1
.LBB3_15:
	mul	x14, x10, x15
	sub	x15, x2, x15
	mov	x16, x12
.LBB3_16:
	add	x17, x16, x14
	subs	x15, x15, #1
	add	x16, x16, x10
	ldp	q16, q17, [x17, #-112]
	ldp	q18, q19, [x17, #-80]
	ldp	q20, q21, [x17, #-48]
	fadd	v1.4s, v16.4s, v1.4s
	fadd	v2.4s, v17.4s, v2.4s
	ldp	q16, q17, [x17, #-16]
	fadd	v3.4s, v18.4s, v3.4s
	fadd	v4.4s, v19.4s, v4.4s
	fadd	v5.4s, v20.4s, v5.4s
	fadd	v6.4s, v21.4s, v6.4s
	fadd	v7.4s, v16.4s, v7.4s
	fadd	v0.4s, v17.4s, v0.4s
	b.ne	.LBB3_16
	b	.LBB3_10
.LBB3_17:
	cmp	x3, #8
	mov	x8, xzr
	b.lo	.LBB3_38
	sub	x9, x4, x1
	cmp	x9, #32
	b.lo	.LBB3_38
	and	x8, x3, #0x7ffffffffffffff8
	add	x9, x4, #16
	add	x10, x1, #16
	mov	x11, x8
.LBB3_20:
	ldp	q0, q1, [x10, #-16]
	subs	x11, x11, #8
	add	x10, x10, #32
	stp	q0, q1, [x9, #-16]
	add	x9, x9, #32
	b.ne	.LBB3_20
	cmp	x3, x8
	b.ne	.LBB3_38
	mov	w8, #1
	b	.LBB3_40
.LBB3_23:
	mov	x8, xzr
	mov	x9, x3
	cmp	x9, #16
	b.ge	.LBB3_25
	b	.LBB3_29
.LBB3_24:
	sub	x9, x3, x8
	cmp	x9, #16
	b.lt	.LBB3_29
.LBB3_25:
	lsl	x10, x8, #2
	cmp	w5, #0
	csel	x12, x1, x4, eq
	add	x11, x1, x10
	add	x9, x4, x10
	add	x10, x12, x10
	ldur	d0, [x10, #4]
	csel	x11, x11, x9, eq
	add	x12, x10, #48
	ldur	d1, [x11, #52]
	add	x13, x10, #12
	ext	v0.16b, v0.16b, v0.16b, #12
	ldp	q2, q3, [x10, #16]
	ext	v1.16b, v0.16b, v1.16b, #12
	ld1	{ v0.s }[0], [x10]
	ld1	{ v0.s }[3], [x13]
	ld1	{ v1.s }[0], [x12]
	add	x12, x11, #60
	cset	w11, eq
	subs	x10, x2, x11
	ld1	{ v1.s }[3], [x12]
	b.ls	.LBB3_28
	mul	x11, x3, x11
	lsl	x11, x11, #2
	add	x11, x11, x8, lsl #2
	add	x12, x11, x1
	lsl	x11, x3, #2
	add	x12, x12, #32
.LBB3_27:
	ldp	q4, q5, [x12, #-32]
	subs	x10, x10, #1
	ldp	q6, q7, [x12]
	add	x12, x12, x11
	fadd	v0.4s, v0.4s, v4.4s
	fadd	v2.4s, v2.4s, v5.4s
	fadd	v3.4s, v3.4s, v6.4s
	fadd	v1.4s, v1.4s, v7.4s
	b.ne	.LBB3_27
.LBB3_28:
	orr	x8, x8, #0x10
	stp	q0, q2, [x9]
	stp	q3, q1, [x9, #32]
.LBB3_29:
	sub	x9, x3, x8
	cmp	x9, #8
	b.ge	.LBB3_32
	cmp	x9, #4
	b.ge	.LBB3_36
.LBB3_31:
	cmp	x8, x3
	b.lt	.LBB3_69
	b	.LBB3_82
.LBB3_32:
	lsl	x9, x8, #2
	cmp	w5, #0
	csel	x10, x1, x4, eq
	cset	w11, eq
	add	x10, x10, x9
	add	x9, x4, x9
	ldur	d0, [x10, #4]
	add	x12, x10, #12
	ldr	q1, [x10, #16]
	ext	v0.16b, v0.16b, v0.16b, #12
	ld1	{ v0.s }[0], [x10]
	subs	x10, x2, x11
	ld1	{ v0.s }[3], [x12]
	b.ls	.LBB3_35
	mul	x11, x3, x11
	lsl	x11, x11, #2
	add	x11, x11, x8, lsl #2
	add	x12, x11, x1
	lsl	x11, x3, #2
	add	x12, x12, #16
.LBB3_34:
	ldp	q2, q3, [x12, #-16]
	subs	x10, x10, #1
	add	x12, x12, x11
	fadd	v0.4s, v0.4s, v2.4s
	fadd	v1.4s, v1.4s, v3.4s
	b.ne	.LBB3_34
.LBB3_35:
	add	x8, x8, #8
	stp	q0, q1, [x9]
	sub	x9, x3, x8
	cmp	x9, #4
	b.lt	.LBB3_31
.LBB3_36:
	lsl	x9, x8, #2
	cbz	w5, .LBB3_59
	ldr	q0, [x4, x9]
	mov	x10, xzr
	b	.LBB3_61
.LBB3_38:
	lsl	x11, x8, #2
	sub	x9, x3, x8
	mov	w8, #1
	add	x10, x4, x11
	add	x11, x1, x11
.LBB3_39:
	ldr	s0, [x11], #4
	subs	x9, x9, #1
	str	s0, [x10], #4
	b.ne	.LBB3_39
.LBB3_40:
	cmp	x8, x2
	b.hs	.LBB3_82
	mul	x10, x3, x2
	movi	v0.4s, #1
	movi	v1.4s, #2
	lsl	x9, x3, #2
	dup	v2.4s, w0
	mul	x11, x8, x3
	cmeq	v0.4s, v2.4s, v0.4s
	cmeq	v1.4s, v2.4s, v1.4s
	add	x12, x1, x10, lsl #2
	add	x10, x1, x11, lsl #2
	add	x11, x4, x9
	cmp	x4, x12
	and	x12, x3, #0x7ffffffffffffffc
	ccmp	x10, x11, #2, lo
	ccmp	x9, #0, #8, hs
	cset	w11, lt
	b	.LBB3_43
.LBB3_42:
	add	x8, x8, #1
	add	x10, x10, x9
	cmp	x8, x2
	b.eq	.LBB3_82
.LBB3_43:
	cmp	x3, #4
	cset	w13, lo
	orr	w13, w13, w11
	tbz	w13, #0, .LBB3_45
	mov	x13, xzr
	b	.LBB3_51
.LBB3_45:
	mov	x13, x4
	mov	x14, x10
	mov	x15, x12
.LBB3_46:
	ldr	q2, [x13]
	ldr	q3, [x14], #16
	subs	x15, x15, #4
	fcmgt	v4.4s, v3.4s, v2.4s
	fcmge	v5.4s, v2.4s, v3.4s
	fadd	v6.4s, v2.4s, v3.4s
	fcmgt	v16.4s, v2.4s, v3.4s
	mov	v7.16b, v4.16b
	orr	v4.16b, v4.16b, v5.16b
	bsl	v7.16b, v3.16b, v2.16b
	mov	v5.16b, v4.16b
	bif	v3.16b, v2.16b, v16.16b
	bsl	v5.16b, v7.16b, v6.16b
	bif	v3.16b, v6.16b, v4.16b
	bit	v2.16b, v5.16b, v0.16b
	bit	v2.16b, v3.16b, v1.16b
	str	q2, [x13], #16
	b.ne	.LBB3_46
	cmp	x3, x12
	mov	x13, x12
	b.ne	.LBB3_51
	b	.LBB3_42
.LBB3_48:
	fcmp	s3, s2
	fadd	s4, s2, s3
	fcsel	s5, s3, s2, mi
.LBB3_49:
	fcmp	s2, s3
	fcsel	s2, s4, s5, vs
.LBB3_50:
	str	s2, [x4, x13, lsl #2]
	add	x13, x13, #1
	cmp	x3, x13
	b.eq	.LBB3_42
.LBB3_51:
	ldr	s2, [x4, x13, lsl #2]
	ldr	s3, [x10, x13, lsl #2]
	cmp	w0, #2
	b.eq	.LBB3_48
	cmp	w0, #1
	b.ne	.LBB3_50
	fcmp	s3, s2
	fadd	s4, s2, s3
	fcsel	s5, s3, s2, gt
	b	.LBB3_49
.LBB3_54:
	dup	v1.4s, v0.s[0]
	and	x8, x3, #0x7ffffffffffffff8
	add	x9, x4, #16
	mov	x10, x8
.LBB3_55:
	subs	x10, x10, #8
	stp	q1, q1, [x9, #-16]
	add	x9, x9, #32
	b.ne	.LBB3_55
	cmp	x3, x8
	b.eq	.LBB3_82
.LBB3_57:
	add	x9, x4, x8, lsl #2
	sub	x8, x3, x8
.LBB3_58:
	subs	x8, x8, #1
	str	s0, [x9], #4
	b.ne	.LBB3_58
	b	.LBB3_82
.LBB3_59:
	ldr	q0, [x1, x9]
	cmp	x2, #1
	b.eq	.LBB3_68
	mov	w10, #1
.LBB3_61:
	sub	x11, x2, x10
	cmp	x11, #2
	b.lo	.LBB3_66
	cmp	x3, #1
	b.ne	.LBB3_66
	add	x13, x9, x10, lsl #2
	and	x12, x11, #0xfffffffffffffffe
	orr	x10, x10, x12
	mov	x14, x12
	add	x13, x13, x1
	add	x13, x13, #4
.LBB3_64:
	ldur	q1, [x13, #-4]
	subs	x14, x14, #2
	fadd	v0.4s, v0.4s, v1.4s
	ldr	q1, [x13], #8
	fadd	v0.4s, v0.4s, v1.4s
	b.ne	.LBB3_64
	cmp	x11, x12
	b.eq	.LBB3_68
.LBB3_66:
	mul	x11, x10, x3
	sub	x10, x2, x10
	lsl	x11, x11, #2
	add	x12, x11, x8, lsl #2
	lsl	x11, x3, #2
	add	x12, x1, x12
.LBB3_67:
	ldr	q1, [x12]
	subs	x10, x10, #1
	add	x12, x12, x11
	fadd	v0.4s, v0.4s, v1.4s
	b.ne	.LBB3_67
.LBB3_68:
	add	x8, x8, #4
	str	q0, [x4, x9]
	cmp	x8, x3
	b.ge	.LBB3_82
.LBB3_69:
	add	x9, x1, x8, lsl #2
	lsl	x10, x3, #2
	add	x11, x9, #16
	b	.LBB3_71
.LBB3_70:
	str	s0, [x4, x8, lsl #2]
	add	x8, x8, #1
	add	x11, x11, #4
	cmp	x8, x3
	add	x9, x9, #4
	b.eq	.LBB3_82
.LBB3_71:
	cbz	w5, .LBB3_73
	ldr	s0, [x4, x8, lsl #2]
	mov	x12, xzr
	b	.LBB3_75
.LBB3_73:
	ldr	s0, [x1, x8, lsl #2]
	cmp	x2, #1
	b.eq	.LBB3_70
	mov	w12, #1
.LBB3_75:
	sub	x13, x2, x12
	cmp	x13, #8
	b.lo	.LBB3_80
	cmp	x3, #1
	b.ne	.LBB3_80
	lsl	x16, x12, #2
	and	x14, x13, #0xfffffffffffffff8
	orr	x12, x12, x14
	mov	x17, x14
	add	x15, x11, x16
	add	x16, x9, x16
.LBB3_78:
	ldr	q1, [x16], #32
	subs	x17, x17, #8
	mov	s2, v1.s[1]
	fadd	s0, s0, s1
	mov	s3, v1.s[2]
	mov	s1, v1.s[3]
	fadd	s0, s0, s2
	fadd	s0, s0, s3
	fadd	s0, s0, s1
	ldr	q1, [x15], #32
	mov	s2, v1.s[1]
	mov	s3, v1.s[2]
	fadd	s0, s0, s1
	mov	s1, v1.s[3]
	fadd	s0, s0, s2
	fadd	s0, s0, s3
	fadd	s0, s0, s1
	b.ne	.LBB3_78
	cmp	x13, x14
	b.eq	.LBB3_70
.LBB3_80:
	mul	x13, x10, x12
	sub	x12, x2, x12
.LBB3_81:
	ldr	s1, [x9, x13]
	subs	x12, x12, #1
	add	x13, x13, x10
	fadd	s0, s0, s1
	b.ne	.LBB3_81
	b	.LBB3_70
.LBB3_82:
	ret
.Lfunc_end3:
	.size	axon_reduce_rows_f32, .Lfunc_end3-axon_reduce_rows_f32
	.cfi_endproc

	.globl	axon_reduce_rows_f64
	.p2align	2
	.type	axon_reduce_rows_f64,@function
axon_reduce_rows_f64:
	.cfi_startproc
	cmp	x3, #1
	b.lt	.LBB4_87
	cmp	x2, #0
	b.le	.LBB4_5
	cbz	w0, .LBB4_8
	cbz	w5, .LBB4_13
	mov	x8, xzr
	b	.LBB4_33
.LBB4_5:
	cbnz	w5, .LBB4_87
	movi	d0, #0000000000000000
	mov	x8, #9221120237041090560
	cmp	w0, #0
	fmov	d1, x8
	fcsel	d0, d0, d1, eq
	cmp	x3, #4
	b.hs	.LBB4_47
	mov	x8, xzr
	b	.LBB4_50
.LBB4_8:
	subs	x11, x3, #16
	b.lo	.LBB4_19
	cmp	w5, #0
	lsr	x11, x11, #4
	mov	x10, xzr
	cset	w9, eq
	mov	x8, xzr
	csel	x13, x1, x4, eq
	mul	x12, x3, x9
	sub	x14, x2, x9
	add	x15, x1, x12, lsl #3
	lsl	x12, x3, #3
	add	x15, x15, #56
	b	.LBB4_11
.LBB4_10:
	add	x8, x8, #16
	cmp	x10, x11
	add	x10, x10, #1
	add	x15, x15, #128
	str	d2, [x16]
	stur	q3, [x16, #8]
	stur	q4, [x16, #24]
	stur	q5, [x16, #40]
	stur	q6, [x16, #56]
	stur	q16, [x16, #72]
	str	d7, [x16, #88]
	stp	q1, q0, [x16, #96]
	b.eq	.LBB4_20
.LBB4_11:
	lsl	x17, x10, #7
	cmp	w5, #0
	csel	x18, x1, x4, eq
	add	x16, x4, x17
	add	x0, x1, x17
	ldr	d2, [x18, x17]
	csel	x18, x0, x16, eq
	add	x17, x13, x17
	cmp	x2, x9
	ldp	q1, q0, [x18, #96]
	ldur	q3, [x17, #8]
	ldur	q4, [x17, #24]
	ldur	q5, [x17, #40]
	ldur	q6, [x17, #56]
	ldur	q16, [x17, #72]
	ldr	d7, [x17, #88]
	mov	x17, x15
	mov	x18, x14
	b.ls	.LBB4_10
.LBB4_12:
	ldp	q18, q19, [x17, #-48]
	subs	x18, x18, #1
	ldur	d17, [x17, #-56]
	ldp	q20, q21, [x17, #-16]
	ldr	q22, [x17, #16]
	fadd	d2, d2, d17
	fadd	v3.2d, v3.2d, v18.2d
	fadd	v4.2d, v4.2d, v19.2d
	ldr	d17, [x17, #32]
	ldur	q18, [x17, #40]
	ldur	q19, [x17, #56]
	fadd	v5.2d, v5.2d, v20.2d
	fadd	v6.2d, v6.2d, v21.2d
	fadd	v16.2d, v16.2d, v22.2d
	fadd	d7, d7, d17
	fadd	v1.2d, v1.2d, v18.2d
	fadd	v0.2d, v0.2d, v19.2d
	add	x17, x17, x12
	b.ne	.LBB4_12
	b	.LBB4_10
.LBB4_13:
	cmp	x3, #4
	mov	x8, xzr
	b.lo	.LBB4_31
	sub	x9, x4, x1
	cmp	x9, #32
	b.lo	.LBB4_31
	and	x8, x3, #0x7ffffffffffffffc
	add	x9, x4, #16
	add	x10, x1, #16
	mov	x11, x8
.LBB4_16:
	ldp	q0, q1, [x10, #-16]
	subs	x11, x11, #4
	add	x10, x10, #32
	stp	q0, q1, [x9, #-16]
	add	x9, x9, #32
	b.ne	.LBB4_16
	cmp	x3, x8
	b.ne	.LBB4_31
	mov	w8, #1
	b	.LBB4_33
.LBB4_19:
	mov	x8, xzr
	mov	x9, x3
	cmp	x9, #8
	b.ge	.LBB4_21
	b	.LBB4_25
.LBB4_20:
	sub	x9, x3, x8
	cmp	x9, #8
	b.lt	.LBB4_25
.LBB4_21:
	lsl	x9, x8, #3
	cmp	w5, #0
	csel	x10, x1, x4, eq
	cset	w11, eq
	add	x10, x10, x9
	add	x9, x4, x9
	ldr	d1, [x10]
	ldur	q2, [x10, #8]
	ldur	q3, [x10, #24]
	ldur	q4, [x10, #40]
	ldr	d0, [x10, #56]
	subs	x10, x2, x11
	b.ls	.LBB4_24
	mul	x11, x3, x11
	lsl	x11, x11, #3
	add	x11, x11, x8, lsl #3
	add	x12, x11, x1
	lsl	x11, x3, #3
	add	x12, x12, #40
.LBB4_23:
	ldp	q6, q7, [x12, #-32]
	subs	x10, x10, #1
	ldur	d5, [x12, #-40]
	ldr	q16, [x12]
	ldr	d17, [x12, #16]
	add	x12, x12, x11
	fadd	d1, d1, d5
	fadd	v2.2d, v2.2d, v6.2d
	fadd	v3.2d, v3.2d, v7.2d
	fadd	v4.2d, v4.2d, v16.2d
	fadd	d0, d0, d17
	b.ne	.LBB4_23
.LBB4_24:
	orr	x8, x8, #0x8
	str	d1, [x9]
	stur	q2, [x9, #8]
	stur	q3, [x9, #24]
	stur	q4, [x9, #40]
	str	d0, [x9, #56]
.LBB4_25:
	sub	x9, x3, x8
	cmp	x9, #4
	b.lt	.LBB4_28
	lsl	x10, x8, #3
	add	x9, x4, x10
	cbz	w5, .LBB4_52
	ldp	q0, q1, [x9]
	mov	x13, xzr
	b	.LBB4_54
.LBB4_28:
	cmp	x9, #2
	b.lt	.LBB4_63
.LBB4_29:
	lsl	x9, x8, #3
	cbz	w5, .LBB4_64
	ldr	q0, [x4, x9]
	mov	x10, xzr
	b	.LBB4_66
.LBB4_31:
	lsl	x11, x8, #3
	sub	x9, x3, x8
	mov	w8, #1
	add	x10, x4, x11
	add	x11, x1, x11
.LBB4_32:
	ldr	d0, [x11], #8
	subs	x9, x9, #1
	str	d0, [x10], #8
	b.ne	.LBB4_32
.LBB4_33:
	cmp	x8, x2
	b.hs	.LBB4_87
	mul	x10, x3, x2
	dup	v0.2s, w0
	movi	v1.2s, #1
	movi	v2.2s, #2
	lsl	x9, x3, #3
	mul	x11, x8, x3
	cmeq	v1.2s, v0.2s, v1.2s
	add	x12, x1, x10, lsl #3
	cmeq	v2.2s, v0.2s, v2.2s
	add	x10, x1, x11, lsl #3
	add	x11, x4, x9
	cmp	x4, x12
	sshll	v0.2d, v1.2s, #0
	sshll	v1.2d, v2.2s, #0
	and	x12, x3, #0x7ffffffffffffffe
	ccmp	x10, x11, #2, lo
	ccmp	x9, #0, #8, hs
	cset	w11, lt
	b	.LBB4_36
.LBB4_35:
	add	x8, x8, #1
	add	x10, x10, x9
	cmp	x8, x2
	b.eq	.LBB4_87
.LBB4_36:
	cmp	x3, #4
	cset	w13, lo
	orr	w13, w13, w11
	tbz	w13, #0, .LBB4_38
	mov	x13, xzr
	b	.LBB4_44
.LBB4_38:
	mov	x13, x4
	mov	x14, x10
	mov	x15, x12
.LBB4_39:
	ldr	q2, [x13]
	ldr	q3, [x14], #16
	subs	x15, x15, #2
	fcmgt	v4.2d, v3.2d, v2.2d
	fcmge	v5.2d, v2.2d, v3.2d
	fadd	v6.2d, v2.2d, v3.2d
	fcmgt	v16.2d, v2.2d, v3.2d
	mov	v7.16b, v4.16b
	orr	v4.16b, v4.16b, v5.16b
	bsl	v7.16b, v3.16b, v2.16b
	mov	v5.16b, v4.16b
	bif	v3.16b, v2.16b, v16.16b
	bsl	v5.16b, v7.16b, v6.16b
	bif	v3.16b, v6.16b, v4.16b
	bit	v2.16b, v5.16b, v0.16b
	bit	v2.16b, v3.16b, v1.16b
	str	q2, [x13], #16
	b.ne	.LBB4_39
	cmp	x3, x12
	mov	x13, x12
	b.ne	.LBB4_44
	b	.LBB4_35
.LBB4_41:
	fcmp	d3, d2
	fadd	d4, d2, d3
	fcsel	d5, d3, d2, mi
.LBB4_42:
	fcmp	d2, d3
	fcsel	d2, d4, d5, vs
.LBB4_43:
	str	d2, [x4, x13, lsl #3]
	add	x13, x13, #1
	cmp	x3, x13
	b.eq	.LBB4_35
.LBB4_44:
	ldr	d2, [x4, x13, lsl #3]
	ldr	d3, [x10, x13, lsl #3]
	cmp	w0, #2
	b.eq	.LBB4_41
	cmp	w0, #1
	b.ne	.LBB4_43
	fcmp	d3, d2
	fadd	d4, d2, d3
	fcsel	d5, d3, d2, gt
	b	.LBB4_42
.LBB4_47:
	dup	v1.2d, v0.d[0]
	and	x8, x3, #0x7ffffffffffffffc
	add	x9, x4, #16
	mov	x10, x8
.LBB4_48:
	subs	x10, x10, #4
	stp	q1, q1, [x9, #-16]
	add	x9, x9, #32
	b.ne	.LBB4_48
	cmp	x3, x8
	b.eq	.LBB4_87
.LBB4_50:
	add	x9, x4, x8, lsl #3
	sub	x8, x3, x8
.LBB4_51:
	subs	x8, x8, #1
	str	d0, [x9], #8
	b.ne	.LBB4_51
	b	.LBB4_87
.LBB4_52:
	add	x11, x1, x10
	cmp	x2, #1
	ldp	q0, q1, [x11]
	b.eq	.LBB4_62
	mov	w13, #1
.LBB4_54:
	sub	x11, x2, x13
	cmp	x11, #2
	b.lo	.LBB4_59
	cmp	x3, #1
	b.ne	.LBB4_59
	add	x10, x10, x13, lsl #3
	and	x12, x11, #0xfffffffffffffffe
	add	x14, x10, x1
	orr	x10, x13, x12
	add	x13, x14, #16
	mov	x14, x12
.LBB4_57:
	ldp	q3, q2, [x13, #-16]
	subs	x14, x14, #2
	fadd	v1.2d, v1.2d, v2.2d
	fadd	v0.2d, v0.2d, v3.2d
	ldur	q2, [x13, #8]
	ldur	q3, [x13, #-8]
	add	x13, x13, #16
	fadd	v1.2d, v1.2d, v2.2d
	fadd	v0.2d, v0.2d, v3.2d
	b.ne	.LBB4_57
	cmp	x11, x12
	b.ne	.LBB4_60
	b	.LBB4_62
.LBB4_59:
	mov	x10, x13
.LBB4_60:
	mul	x11, x10, x3
	sub	x10, x2, x10
	lsl	x11, x11, #3
	add	x11, x11, x8, lsl #3
	add	x12, x11, x1
	lsl	x11, x3, #3
	add	x12, x12, #16
.LBB4_61:
	ldp	q2, q3, [x12, #-16]
	subs	x10, x10, #1
	add	x12, x12, x11
	fadd	v0.2d, v0.2d, v2.2d
	fadd	v1.2d, v1.2d, v3.2d
	b.ne	.LBB4_61
.LBB4_62:
	add	x8, x8, #4
	stp	q0, q1, [x9]
	sub	x9, x3, x8
	cmp	x9, #2
	b.ge	.LBB4_29
.LBB4_63:
	cmp	x8, x3
	b.lt	.LBB4_74
	b	.LBB4_87
.LBB4_64:
	ldr	q0, [x1, x9]
	cmp	x2, #1
	b.eq	.LBB4_73
	mov	w10, #1
.LBB4_66:
	sub	x11, x2, x10
	cmp	x11, #2
	b.lo	.LBB4_71
	cmp	x3, #1
	b.ne	.LBB4_71
	add	x13, x9, x10, lsl #3
	and	x12, x11, #0xfffffffffffffffe
	orr	x10, x10, x12
	mov	x14, x12
	add	x13, x13, x1
	add	x13, x13, #8
.LBB4_69:
	ldur	q1, [x13, #-8]
	subs	x14, x14, #2
	fadd	v0.2d, v0.2d, v1.2d
	ldr	q1, [x13], #16
	fadd	v0.2d, v0.2d, v1.2d
	b.ne	.LBB4_69
	cmp	x11, x12
	b.eq	.LBB4_73
.LBB4_71:
	mul	x11, x10, x3
	sub	x10, x2, x10
	lsl	x11, x11, #3
	add	x12, x11, x8, lsl #3
	lsl	x11, x3, #3
	add	x12, x1, x12
.LBB4_72:
	ldr	q1, [x12]
	subs	x10, x10, #1
	add	x12, x12, x11
	fadd	v0.2d, v0.2d, v1.2d
	b.ne	.LBB4_72
.LBB4_73:
	add	x8, x8, #2
	str	q0, [x4, x9]
	cmp	x8, x3
	b.ge	.LBB4_87
.LBB4_74:
	add	x9, x1, x8, lsl #3
	lsl	x10, x3, #3
	add	x11, x9, #16
	b	.LBB4_76
.LBB4_75:
	str	d0, [x4, x8, lsl #3]
	add	x8, x8, #1
	add	x11, x11, #8
	cmp	x8, x3
	add	x9, x9, #8
	b.eq	.LBB4_87
.LBB4_76:
	cbz	w5, .LBB4_78
	ldr	d0, [x4, x8, lsl #3]
	mov	x12, xzr
	b	.LBB4_80
.LBB4_78:
	ldr	d0, [x1, x8, lsl #3]
	cmp	x2, #1
	b.eq	.LBB4_75
	mov	w12, #1
.LBB4_80:
	sub	x13, x2, x12
	cmp	x13, #4
	b.lo	.LBB4_85
	cmp	x3, #1
	b.ne	.LBB4_85
	lsl	x16, x12, #3
	and	x14, x13, #0xfffffffffffffffc
	orr	x12, x12, x14
	mov	x17, x14
	add	x15, x11, x16
	add	x16, x9, x16
.LBB4_83:
	ldr	q1, [x16], #32
	subs	x17, x17, #4
	mov	d2, v1.d[1]
	fadd	d0, d0, d1
	ldr	q1, [x15], #32
	fadd	d0, d0, d2
	mov	d2, v1.d[1]
	fadd	d0, d0, d1
	fadd	d0, d0, d2
	b.ne	.LBB4_83
	cmp	x13, x14
	b.eq	.LBB4_75
.LBB4_85:
	mul	x13, x10, x12
	sub	x12, x2, x12
.LBB4_86:
	ldr	d1, [x9, x13]
	subs	x12, x12, #1
	add	x13, x13, x10
	fadd	d0, d0, d1
	b.ne	.LBB4_86
	b	.LBB4_75
.LBB4_87:
	ret
.Lfunc_end4:
	.size	axon_reduce_rows_f64, .Lfunc_end4-axon_reduce_rows_f64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
