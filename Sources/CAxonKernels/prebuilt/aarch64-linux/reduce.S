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
	b.lt	.LBB3_41
	cmp	x2, #0
	b.le	.LBB3_4
	cbz	w5, .LBB3_7
	mov	x8, xzr
	b	.LBB3_15
.LBB3_4:
	cbnz	w5, .LBB3_41
	movi	d0, #0000000000000000
	mov	w8, #2143289344
	cmp	w0, #0
	fmov	s1, w8
	fcsel	s0, s0, s1, eq
	cmp	x3, #8
	b.hs	.LBB3_36
	mov	x8, xzr
	b	.LBB3_39
.LBB3_7:
	cmp	x3, #8
	mov	x8, xzr
	b.lo	.LBB3_13
	sub	x9, x4, x1
	cmp	x9, #32
	b.lo	.LBB3_13
	and	x8, x3, #0x7ffffffffffffff8
	add	x9, x4, #16
	add	x10, x1, #16
	mov	x11, x8
.LBB3_10:
	ldp	q0, q1, [x10, #-16]
	subs	x11, x11, #8
	add	x10, x10, #32
	stp	q0, q1, [x9, #-16]
	add	x9, x9, #32
	b.ne	.LBB3_10
	cmp	x3, x8
	b.ne	.LBB3_13
	mov	w8, #1
	b	.LBB3_15
.LBB3_13:
	lsl	x11, x8, #2
	sub	x9, x3, x8
	mov	w8, #1
	add	x10, x4, x11
	add	x11, x1, x11
.LBB3_14:
	ldr	s0, [x11], #4
	subs	x9, x9, #1
	str	s0, [x10], #4
	b.ne	.LBB3_14
.LBB3_15:
	cmp	x8, x2
	b.hs	.LBB3_41
	mul	x10, x3, x2
	movi	v0.4s, #1
	movi	v1.4s, #2
	lsl	x9, x3, #2
	dup	v2.4s, w0
	and	x13, x3, #0x7ffffffffffffff8
	mul	x11, x8, x3
	add	x14, x4, #16
	cmeq	v0.4s, v2.4s, v0.4s
	cmeq	v1.4s, v2.4s, v1.4s
	add	x12, x1, x10, lsl #2
	add	x10, x1, x11, lsl #2
	add	x11, x4, x9
	cmp	x4, x12
	ccmp	x10, x11, #2, lo
	and	x11, x3, #0x7ffffffffffffffc
	add	x15, x10, #16
	ccmp	x9, #0, #8, hs
	cset	w12, lt
	b	.LBB3_18
.LBB3_17:
	add	x8, x8, #1
	add	x10, x10, x9
	add	x15, x15, x9
	cmp	x8, x2
	b.eq	.LBB3_41
.LBB3_18:
	cbz	w0, .LBB3_21
	cmp	x3, #4
	cset	w16, lo
	orr	w16, w16, w12
	tbz	w16, #0, .LBB3_23
	mov	x16, xzr
	b	.LBB3_29
.LBB3_21:
	cmp	x3, #8
	cset	w16, lo
	orr	w16, w16, w12
	tbz	w16, #0, .LBB3_32
	mov	x16, xzr
	b	.LBB3_35
.LBB3_23:
	mov	x16, x4
	mov	x17, x10
	mov	x18, x11
.LBB3_24:
	ldr	q2, [x16]
	ldr	q3, [x17], #16
	subs	x18, x18, #4
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
	str	q2, [x16], #16
	b.ne	.LBB3_24
	cmp	x3, x11
	mov	x16, x11
	b.ne	.LBB3_29
	b	.LBB3_17
.LBB3_26:
	fcmp	s3, s2
	fadd	s4, s2, s3
	fcsel	s5, s3, s2, mi
.LBB3_27:
	fcmp	s2, s3
	fcsel	s2, s4, s5, vs
.LBB3_28:
	str	s2, [x4, x16, lsl #2]
	add	x16, x16, #1
	cmp	x3, x16
	b.eq	.LBB3_17
.LBB3_29:
	ldr	s2, [x4, x16, lsl #2]
	ldr	s3, [x10, x16, lsl #2]
	cmp	w0, #2
	b.eq	.LBB3_26
	cmp	w0, #1
	b.ne	.LBB3_28
	fcmp	s3, s2
	fadd	s4, s2, s3
	fcsel	s5, s3, s2, gt
	b	.LBB3_27
.LBB3_32:
	mov	x16, x15
	mov	x17, x14
	mov	x18, x13
.LBB3_33:
	ldp	q2, q5, [x17, #-16]
	subs	x18, x18, #8
	ldp	q3, q4, [x16, #-16]
	add	x16, x16, #32
	fadd	v2.4s, v3.4s, v2.4s
	fadd	v3.4s, v4.4s, v5.4s
	stp	q2, q3, [x17, #-16]
	add	x17, x17, #32
	b.ne	.LBB3_33
	cmp	x3, x13
	mov	x16, x13
	b.eq	.LBB3_17
.LBB3_35:
	ldr	s2, [x10, x16, lsl #2]
	ldr	s3, [x4, x16, lsl #2]
	fadd	s2, s2, s3
	str	s2, [x4, x16, lsl #2]
	add	x16, x16, #1
	cmp	x3, x16
	b.ne	.LBB3_35
	b	.LBB3_17
.LBB3_36:
	dup	v1.4s, v0.s[0]
	and	x8, x3, #0x7ffffffffffffff8
	add	x9, x4, #16
	mov	x10, x8
.LBB3_37:
	subs	x10, x10, #8
	stp	q1, q1, [x9, #-16]
	add	x9, x9, #32
	b.ne	.LBB3_37
	cmp	x3, x8
	b.eq	.LBB3_41
.LBB3_39:
	add	x9, x4, x8, lsl #2
	sub	x8, x3, x8
.LBB3_40:
	subs	x8, x8, #1
	str	s0, [x9], #4
	b.ne	.LBB3_40
.LBB3_41:
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
	b.lt	.LBB4_41
	cmp	x2, #0
	b.le	.LBB4_4
	cbz	w5, .LBB4_7
	mov	x8, xzr
	b	.LBB4_15
.LBB4_4:
	cbnz	w5, .LBB4_41
	movi	d0, #0000000000000000
	mov	x8, #9221120237041090560
	cmp	w0, #0
	fmov	d1, x8
	fcsel	d0, d0, d1, eq
	cmp	x3, #4
	b.hs	.LBB4_36
	mov	x8, xzr
	b	.LBB4_39
.LBB4_7:
	cmp	x3, #4
	mov	x8, xzr
	b.lo	.LBB4_13
	sub	x9, x4, x1
	cmp	x9, #32
	b.lo	.LBB4_13
	and	x8, x3, #0x7ffffffffffffffc
	add	x9, x4, #16
	add	x10, x1, #16
	mov	x11, x8
.LBB4_10:
	ldp	q0, q1, [x10, #-16]
	subs	x11, x11, #4
	add	x10, x10, #32
	stp	q0, q1, [x9, #-16]
	add	x9, x9, #32
	b.ne	.LBB4_10
	cmp	x3, x8
	b.ne	.LBB4_13
	mov	w8, #1
	b	.LBB4_15
.LBB4_13:
	lsl	x11, x8, #3
	sub	x9, x3, x8
	mov	w8, #1
	add	x10, x4, x11
	add	x11, x1, x11
.LBB4_14:
	ldr	d0, [x11], #8
	subs	x9, x9, #1
	str	d0, [x10], #8
	b.ne	.LBB4_14
.LBB4_15:
	cmp	x8, x2
	b.hs	.LBB4_41
	mul	x10, x3, x2
	dup	v0.2s, w0
	movi	v1.2s, #1
	movi	v2.2s, #2
	lsl	x9, x3, #3
	and	x13, x3, #0x7ffffffffffffffc
	mul	x11, x8, x3
	add	x14, x4, #16
	cmeq	v1.2s, v0.2s, v1.2s
	add	x12, x1, x10, lsl #3
	cmeq	v2.2s, v0.2s, v2.2s
	add	x10, x1, x11, lsl #3
	add	x11, x4, x9
	cmp	x4, x12
	sshll	v0.2d, v1.2s, #0
	sshll	v1.2d, v2.2s, #0
	ccmp	x10, x11, #2, lo
	and	x11, x3, #0x7ffffffffffffffe
	add	x15, x10, #16
	ccmp	x9, #0, #8, hs
	cset	w12, lt
	b	.LBB4_18
.LBB4_17:
	add	x8, x8, #1
	add	x10, x10, x9
	add	x15, x15, x9
	cmp	x8, x2
	b.eq	.LBB4_41
.LBB4_18:
	cmp	x3, #4
	cset	w16, lo
	orr	w16, w16, w12
	cbz	w0, .LBB4_21
	tbz	w16, #0, .LBB4_23
	mov	x16, xzr
	b	.LBB4_29
.LBB4_21:
	tbz	w16, #0, .LBB4_32
	mov	x16, xzr
	b	.LBB4_35
.LBB4_23:
	mov	x16, x4
	mov	x17, x10
	mov	x18, x11
.LBB4_24:
	ldr	q2, [x16]
	ldr	q3, [x17], #16
	subs	x18, x18, #2
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
	str	q2, [x16], #16
	b.ne	.LBB4_24
	cmp	x3, x11
	mov	x16, x11
	b.ne	.LBB4_29
	b	.LBB4_17
.LBB4_26:
	fcmp	d3, d2
	fadd	d4, d2, d3
	fcsel	d5, d3, d2, mi
.LBB4_27:
	fcmp	d2, d3
	fcsel	d2, d4, d5, vs
.LBB4_28:
	str	d2, [x4, x16, lsl #3]
	add	x16, x16, #1
	cmp	x3, x16
	b.eq	.LBB4_17
.LBB4_29:
	ldr	d2, [x4, x16, lsl #3]
	ldr	d3, [x10, x16, lsl #3]
	cmp	w0, #2
	b.eq	.LBB4_26
	cmp	w0, #1
	b.ne	.LBB4_28
	fcmp	d3, d2
	fadd	d4, d2, d3
	fcsel	d5, d3, d2, gt
	b	.LBB4_27
.LBB4_32:
	mov	x16, x15
	mov	x17, x14
	mov	x18, x13
.LBB4_33:
	ldp	q2, q5, [x17, #-16]
	subs	x18, x18, #4
	ldp	q3, q4, [x16, #-16]
	add	x16, x16, #32
	fadd	v2.2d, v3.2d, v2.2d
	fadd	v3.2d, v4.2d, v5.2d
	stp	q2, q3, [x17, #-16]
	add	x17, x17, #32
	b.ne	.LBB4_33
	cmp	x3, x13
	mov	x16, x13
	b.eq	.LBB4_17
.LBB4_35:
	ldr	d2, [x10, x16, lsl #3]
	ldr	d3, [x4, x16, lsl #3]
	fadd	d2, d2, d3
	str	d2, [x4, x16, lsl #3]
	add	x16, x16, #1
	cmp	x3, x16
	b.ne	.LBB4_35
	b	.LBB4_17
.LBB4_36:
	dup	v1.2d, v0.d[0]
	and	x8, x3, #0x7ffffffffffffffc
	add	x9, x4, #16
	mov	x10, x8
.LBB4_37:
	subs	x10, x10, #4
	stp	q1, q1, [x9, #-16]
	add	x9, x9, #32
	b.ne	.LBB4_37
	cmp	x3, x8
	b.eq	.LBB4_41
.LBB4_39:
	add	x9, x4, x8, lsl #3
	sub	x8, x3, x8
.LBB4_40:
	subs	x8, x8, #1
	str	d0, [x9], #8
	b.ne	.LBB4_40
.LBB4_41:
	ret
.Lfunc_end4:
	.size	axon_reduce_rows_f64, .Lfunc_end4-axon_reduce_rows_f64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
