// Generated from ../../conv.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"conv.c"
	.text
	.globl	axon_conv_image_tasks
	.p2align	2
	.type	axon_conv_image_tasks,@function
axon_conv_image_tasks:
	.cfi_startproc
	stp	x29, x30, [sp, #-32]!
	.cfi_def_cfa_offset 32
	stp	x20, x19, [sp, #16]
	mov	x29, sp
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	mov	x19, x1
	mov	x20, x0
	bl	axon_threads
	sxtw	x9, w0
	sub	x8, x20, #1
	cmp	x20, x9
	csel	x9, x20, x9, lt
	cmp	x9, #1
	csinc	x9, x9, xzr, gt
	add	x10, x8, x9
	sdiv	x9, x10, x9
	add	x8, x8, x9
	sdiv	x0, x8, x9
	str	x9, [x19]
	.cfi_def_cfa wsp, 32
	ldp	x20, x19, [sp, #16]
	ldp	x29, x30, [sp], #32
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end0:
	.size	axon_conv_image_tasks, .Lfunc_end0-axon_conv_image_tasks
	.cfi_endproc

	.globl	axon_conv_sum_parts_f32
	.p2align	2
	.type	axon_conv_sum_parts_f32,@function
axon_conv_sum_parts_f32:
	.cfi_startproc
	stp	x29, x30, [sp, #-80]!
	.cfi_def_cfa_offset 80
	stp	x26, x25, [sp, #16]
	stp	x24, x23, [sp, #32]
	stp	x22, x21, [sp, #48]
	stp	x20, x19, [sp, #64]
	mov	x29, sp
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
	.cfi_remember_state
	mul	x26, x2, x1
	mov	x23, x2
	mov	x20, x1
	mov	x21, x0
	mov	x0, x4
	mov	x1, x3
	mov	x19, x5
	mov	x24, x4
	mov	x22, x3
	lsl	x25, x26, #2
	mov	x2, x25
	bl	memcpy
	cmp	x21, #2
	b.lt	.LBB1_11
	mul	x8, x26, x21
	add	x9, x24, x25
	add	x11, x24, #16
	mov	w13, #1
	add	x1, x22, x8, lsl #2
	add	x8, x22, x25
	add	x12, x8, #16
	cmp	x24, x1
	ccmp	x8, x9, #2, lo
	and	x9, x26, #0x7ffffffffffffff8
	ccmp	x25, #0, #8, hs
	cset	w10, lt
	b	.LBB1_3
.LBB1_2:
	add	x13, x13, #1
	add	x12, x12, x25
	add	x8, x8, x25
	cmp	x13, x21
	b.eq	.LBB1_13
.LBB1_3:
	cmp	x26, #1
	b.lt	.LBB1_2
	cmp	x26, #8
	csinc	w14, w10, wzr, hs
	tbz	w14, #0, .LBB1_6
	mov	x14, xzr
	b	.LBB1_9
.LBB1_6:
	mov	x14, x12
	mov	x15, x11
	mov	x16, x9
.LBB1_7:
	ldp	q0, q3, [x15, #-16]
	subs	x16, x16, #8
	ldp	q1, q2, [x14, #-16]
	add	x14, x14, #32
	fadd	v0.4s, v1.4s, v0.4s
	fadd	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x15, #-16]
	add	x15, x15, #32
	b.ne	.LBB1_7
	cmp	x26, x9
	mov	x14, x9
	b.eq	.LBB1_2
.LBB1_9:
	lsl	x16, x14, #2
	sub	x14, x26, x14
	add	x15, x24, x16
	add	x16, x8, x16
.LBB1_10:
	ldr	s0, [x16], #4
	ldr	s1, [x15]
	subs	x14, x14, #1
	fadd	s0, s0, s1
	str	s0, [x15], #4
	b.ne	.LBB1_10
	b	.LBB1_2
.LBB1_11:
	cbz	x19, .LBB1_24
	mul	x8, x26, x21
	lsl	x2, x20, #2
	add	x1, x22, x8, lsl #2
	mov	x0, x19
	.cfi_def_cfa wsp, 80
	ldp	x20, x19, [sp, #64]
	ldp	x22, x21, [sp, #48]
	ldp	x24, x23, [sp, #32]
	ldp	x26, x25, [sp, #16]
	ldp	x29, x30, [sp], #80
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
	b	memcpy
.LBB1_13:
	.cfi_restore_state
	cbz	x19, .LBB1_24
	lsl	x24, x20, #2
	mov	x0, x19
	mov	x2, x24
	bl	memcpy
	mul	x8, x23, x21
	lsl	x10, x23, #2
	add	x11, x19, #16
	mov	w13, #1
	mul	x9, x20, x21
	add	x10, x10, #4
	lsl	x8, x8, #2
	madd	x9, x9, x10, x22
	add	x8, x8, #4
	add	x10, x19, x24
	madd	x8, x20, x8, x22
	cmp	x19, x9
	and	x9, x20, #0x7ffffffffffffff8
	ccmp	x8, x10, #2, lo
	add	x12, x8, #16
	ccmp	x24, #0, #8, hs
	cset	w10, lt
	b	.LBB1_16
.LBB1_15:
	add	x13, x13, #1
	add	x12, x12, x24
	add	x8, x8, x24
	cmp	x13, x21
	b.eq	.LBB1_24
.LBB1_16:
	cmp	x20, #1
	b.lt	.LBB1_15
	cmp	x20, #8
	cset	w14, lo
	orr	w14, w14, w10
	tbz	w14, #0, .LBB1_19
	mov	x14, xzr
	b	.LBB1_22
.LBB1_19:
	mov	x14, x12
	mov	x15, x11
	mov	x16, x9
.LBB1_20:
	ldp	q0, q3, [x15, #-16]
	subs	x16, x16, #8
	ldp	q1, q2, [x14, #-16]
	add	x14, x14, #32
	fadd	v0.4s, v1.4s, v0.4s
	fadd	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x15, #-16]
	add	x15, x15, #32
	b.ne	.LBB1_20
	cmp	x20, x9
	mov	x14, x9
	b.eq	.LBB1_15
.LBB1_22:
	lsl	x16, x14, #2
	sub	x14, x20, x14
	add	x15, x19, x16
	add	x16, x8, x16
.LBB1_23:
	ldr	s0, [x16], #4
	ldr	s1, [x15]
	subs	x14, x14, #1
	fadd	s0, s0, s1
	str	s0, [x15], #4
	b.ne	.LBB1_23
	b	.LBB1_15
.LBB1_24:
	.cfi_def_cfa wsp, 80
	ldp	x20, x19, [sp, #64]
	ldp	x22, x21, [sp, #48]
	ldp	x24, x23, [sp, #32]
	ldp	x26, x25, [sp, #16]
	ldp	x29, x30, [sp], #80
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
	.size	axon_conv_sum_parts_f32, .Lfunc_end1-axon_conv_sum_parts_f32
	.cfi_endproc

	.globl	axon_conv_sum_parts_f64
	.p2align	2
	.type	axon_conv_sum_parts_f64,@function
axon_conv_sum_parts_f64:
	.cfi_startproc
	stp	x29, x30, [sp, #-80]!
	.cfi_def_cfa_offset 80
	stp	x26, x25, [sp, #16]
	stp	x24, x23, [sp, #32]
	stp	x22, x21, [sp, #48]
	stp	x20, x19, [sp, #64]
	mov	x29, sp
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
	.cfi_remember_state
	mul	x26, x2, x1
	mov	x23, x2
	mov	x20, x1
	mov	x21, x0
	mov	x0, x4
	mov	x1, x3
	mov	x19, x5
	mov	x24, x4
	mov	x22, x3
	lsl	x25, x26, #3
	mov	x2, x25
	bl	memcpy
	cmp	x21, #2
	b.lt	.LBB2_11
	mul	x8, x26, x21
	add	x9, x24, x25
	add	x11, x24, #16
	mov	w13, #1
	add	x1, x22, x8, lsl #3
	add	x8, x22, x25
	add	x12, x8, #16
	cmp	x24, x1
	ccmp	x8, x9, #2, lo
	and	x9, x26, #0x7ffffffffffffffc
	ccmp	x25, #0, #8, hs
	cset	w10, lt
	b	.LBB2_3
.LBB2_2:
	add	x13, x13, #1
	add	x12, x12, x25
	add	x8, x8, x25
	cmp	x13, x21
	b.eq	.LBB2_13
.LBB2_3:
	cmp	x26, #1
	b.lt	.LBB2_2
	cmp	x26, #4
	csinc	w14, w10, wzr, hs
	tbz	w14, #0, .LBB2_6
	mov	x14, xzr
	b	.LBB2_9
.LBB2_6:
	mov	x14, x12
	mov	x15, x11
	mov	x16, x9
.LBB2_7:
	ldp	q0, q3, [x15, #-16]
	subs	x16, x16, #4
	ldp	q1, q2, [x14, #-16]
	add	x14, x14, #32
	fadd	v0.2d, v1.2d, v0.2d
	fadd	v1.2d, v2.2d, v3.2d
	stp	q0, q1, [x15, #-16]
	add	x15, x15, #32
	b.ne	.LBB2_7
	cmp	x26, x9
	mov	x14, x9
	b.eq	.LBB2_2
.LBB2_9:
	lsl	x16, x14, #3
	sub	x14, x26, x14
	add	x15, x24, x16
	add	x16, x8, x16
.LBB2_10:
	ldr	d0, [x16], #8
	ldr	d1, [x15]
	subs	x14, x14, #1
	fadd	d0, d0, d1
	str	d0, [x15], #8
	b.ne	.LBB2_10
	b	.LBB2_2
.LBB2_11:
	cbz	x19, .LBB2_24
	mul	x8, x26, x21
	lsl	x2, x20, #3
	add	x1, x22, x8, lsl #3
	mov	x0, x19
	.cfi_def_cfa wsp, 80
	ldp	x20, x19, [sp, #64]
	ldp	x22, x21, [sp, #48]
	ldp	x24, x23, [sp, #32]
	ldp	x26, x25, [sp, #16]
	ldp	x29, x30, [sp], #80
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
	b	memcpy
.LBB2_13:
	.cfi_restore_state
	cbz	x19, .LBB2_24
	lsl	x24, x20, #3
	mov	x0, x19
	mov	x2, x24
	bl	memcpy
	mul	x8, x23, x21
	lsl	x10, x23, #3
	add	x11, x19, #16
	mov	w13, #1
	mul	x9, x20, x21
	add	x10, x10, #8
	lsl	x8, x8, #3
	madd	x9, x9, x10, x22
	add	x8, x8, #8
	add	x10, x19, x24
	madd	x8, x20, x8, x22
	cmp	x19, x9
	and	x9, x20, #0x7ffffffffffffffc
	ccmp	x8, x10, #2, lo
	add	x12, x8, #16
	ccmp	x24, #0, #8, hs
	cset	w10, lt
	b	.LBB2_16
.LBB2_15:
	add	x13, x13, #1
	add	x12, x12, x24
	add	x8, x8, x24
	cmp	x13, x21
	b.eq	.LBB2_24
.LBB2_16:
	cmp	x20, #1
	b.lt	.LBB2_15
	cmp	x20, #4
	cset	w14, lo
	orr	w14, w14, w10
	tbz	w14, #0, .LBB2_19
	mov	x14, xzr
	b	.LBB2_22
.LBB2_19:
	mov	x14, x12
	mov	x15, x11
	mov	x16, x9
.LBB2_20:
	ldp	q0, q3, [x15, #-16]
	subs	x16, x16, #4
	ldp	q1, q2, [x14, #-16]
	add	x14, x14, #32
	fadd	v0.2d, v1.2d, v0.2d
	fadd	v1.2d, v2.2d, v3.2d
	stp	q0, q1, [x15, #-16]
	add	x15, x15, #32
	b.ne	.LBB2_20
	cmp	x20, x9
	mov	x14, x9
	b.eq	.LBB2_15
.LBB2_22:
	lsl	x16, x14, #3
	sub	x14, x20, x14
	add	x15, x19, x16
	add	x16, x8, x16
.LBB2_23:
	ldr	d0, [x16], #8
	ldr	d1, [x15]
	subs	x14, x14, #1
	fadd	d0, d0, d1
	str	d0, [x15], #8
	b.ne	.LBB2_23
	b	.LBB2_15
.LBB2_24:
	.cfi_def_cfa wsp, 80
	ldp	x20, x19, [sp, #64]
	ldp	x22, x21, [sp, #48]
	ldp	x24, x23, [sp, #32]
	ldp	x26, x25, [sp, #16]
	ldp	x29, x30, [sp], #80
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
	.size	axon_conv_sum_parts_f64, .Lfunc_end2-axon_conv_sum_parts_f64
	.cfi_endproc

	.globl	axon_conv2d_f32
	.p2align	2
	.type	axon_conv2d_f32,@function
axon_conv2d_f32:
	.cfi_startproc
	sub	sp, sp, #224
	.cfi_def_cfa_offset 224
	stp	x29, x30, [sp, #128]
	str	x27, [sp, #144]
	stp	x26, x25, [sp, #160]
	stp	x24, x23, [sp, #176]
	stp	x22, x21, [sp, #192]
	stp	x20, x19, [sp, #208]
	add	x29, sp, #128
	.cfi_def_cfa w29, 96
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w25, -56
	.cfi_offset w26, -64
	.cfi_offset w27, -80
	.cfi_offset w30, -88
	.cfi_offset w29, -96
	ldr	x8, [x0, #24]
	ldr	x27, [x29, #96]
	mov	w19, w7
	mov	x21, x6
	mov	x22, x5
	mov	x25, x0
	mov	x23, x4
	mov	x24, x3
	mov	x26, x2
	cmp	x8, #1
	mov	x20, x1
	b.ne	.LBB3_8
	ldr	x8, [x25, #32]
	cmp	x8, #1
	b.ne	.LBB3_8
	ldr	x8, [x25, #40]
	cmp	x8, #1
	b.ne	.LBB3_8
	ldr	x8, [x25, #48]
	cmp	x8, #1
	b.ne	.LBB3_8
	ldr	x8, [x25, #72]
	cbnz	x8, .LBB3_8
	ldr	x8, [x25, #80]
	cbnz	x8, .LBB3_8
	ldr	x8, [x25, #104]
	ldr	x9, [x25, #8]
	cmp	x8, x9
	b.ne	.LBB3_8
	ldr	x8, [x25, #112]
	ldr	x9, [x25, #16]
	cmp	x8, x9
	b.eq	.LBB3_9
.LBB3_8:
	mov	x0, x25
	mov	x1, x20
	mov	x2, x26
	mov	x3, x24
	mov	x4, x23
	mov	x5, x22
	mov	x6, x21
	mov	w7, w19
	str	x27, [sp]
	bl	axon_conv_implicit_forward_f32
	cbnz	w0, .LBB3_10
.LBB3_9:
	stp	x25, x20, [sp, #8]
	stp	x26, x24, [sp, #24]
	stp	x23, x22, [sp, #48]
	stp	x21, xzr, [sp, #64]
	stp	x27, xzr, [sp, #80]
	stp	xzr, xzr, [sp, #96]
	stp	w19, wzr, [sp, #112]
	str	xzr, [sp, #120]
	bl	axon_threads
	sxtw	x9, w0
	sub	x8, x20, #1
	adrp	x1, forward_task_f32
	add	x1, x1, :lo12:forward_task_f32
	add	x2, sp, #8
	cmp	x20, x9
	csel	x9, x20, x9, lt
	cmp	x9, #1
	csinc	x9, x9, xzr, gt
	add	x10, x9, x8
	sdiv	x9, x10, x9
	add	x8, x9, x8
	str	x9, [sp, #40]
	sdiv	x0, x8, x9
	bl	axon_parallel_run
.LBB3_10:
	.cfi_def_cfa wsp, 224
	ldp	x20, x19, [sp, #208]
	ldr	x27, [sp, #144]
	ldp	x22, x21, [sp, #192]
	ldp	x24, x23, [sp, #176]
	ldp	x26, x25, [sp, #160]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #224
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
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end3:
	.size	axon_conv2d_f32, .Lfunc_end3-axon_conv2d_f32
	.cfi_endproc

	.p2align	2
	.type	forward_task_f32,@function
forward_task_f32:
	.cfi_startproc
	sub	sp, sp, #224
	.cfi_def_cfa_offset 224
	str	d8, [sp, #112]
	stp	x29, x30, [sp, #128]
	stp	x28, x27, [sp, #144]
	stp	x26, x25, [sp, #160]
	stp	x24, x23, [sp, #176]
	stp	x22, x21, [sp, #192]
	stp	x20, x19, [sp, #208]
	add	x29, sp, #128
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
	mov	x19, x0
	ldr	x0, [x0]
	mov	w25, w1
	ldp	x23, x24, [x19, #16]
	ldp	x9, x8, [x0, #104]
	ldr	x22, [x0]
	ldp	x11, x10, [x0, #24]
	mul	x21, x8, x9
	cmp	x11, #1
	mul	x20, x10, x11
	b.ne	.LBB4_9
	cmp	x10, #1
	b.ne	.LBB4_9
	ldr	x10, [x0, #40]
	cmp	x10, #1
	b.ne	.LBB4_9
	ldr	x10, [x0, #48]
	cmp	x10, #1
	b.ne	.LBB4_9
	ldr	x10, [x0, #72]
	cbnz	x10, .LBB4_9
	ldr	x10, [x0, #80]
	cbnz	x10, .LBB4_9
	ldr	x10, [x0, #8]
	cmp	x9, x10
	b.ne	.LBB4_9
	ldr	x9, [x0, #16]
	cmp	x8, x9
	b.ne	.LBB4_9
	stur	wzr, [x29, #-60]
	str	xzr, [sp, #24]
	b	.LBB4_10
.LBB4_9:
	mul	x8, x20, x22
	mov	x26, x0
	mov	w0, #2
	mul	x8, x8, x21
	lsl	x1, x8, #2
	bl	axon_scratch
	str	x0, [sp, #24]
	mov	x0, x26
	mov	w8, #1
	stur	w8, [x29, #-60]
.LBB4_10:
	ldr	x8, [x19, #32]
	cmp	x8, #1
	b.lt	.LBB4_34
	sdiv	x9, x22, x23
	ldp	x12, x27, [x19, #48]
	movi	d8, #0000000000000000
	lsl	x28, x21, #2
	str	x0, [sp, #56]
	str	x12, [sp, #32]
	add	w12, w25, #1
	sxtw	x12, w12
	str	x12, [sp, #48]
	sdiv	x11, x24, x23
	mul	x24, x20, x9
	sxtw	x9, w25
	mul	x13, x8, x9
	mul	x8, x24, x21
	mul	x10, x13, x21
	lsl	x8, x8, #2
	stur	x8, [x29, #-24]
	lsl	x23, x10, #2
	mul	x9, x24, x11
	stur	x11, [x29, #-8]
	mul	x11, x21, x11
	lsl	x8, x9, #2
	stur	x8, [x29, #-32]
	lsl	x8, x11, #2
	stur	x8, [x29, #-40]
	and	x8, x21, #0x7ffffffffffffff8
	str	x8, [sp, #40]
	b	.LBB4_13
.LBB4_12:
	ldr	x8, [x19, #32]
	ldr	x9, [sp, #48]
	ldp	x23, x13, [x29, #-56]
	mul	x8, x8, x9
	add	x13, x13, #1
	add	x23, x23, x28
	cmp	x13, x8
	b.ge	.LBB4_34
.LBB4_13:
	ldr	x8, [x19, #8]
	cmp	x13, x8
	b.ge	.LBB4_34
	ldp	x8, x9, [x0]
	ldr	x20, [x19, #72]
	ldr	x22, [x19, #24]
	stur	x13, [x29, #-48]
	mul	x8, x8, x13
	mul	x8, x8, x9
	ldr	x9, [x0, #16]
	mul	x8, x8, x9
	ldr	x9, [x19, #40]
	add	x25, x9, x8, lsl #2
	ldur	w8, [x29, #-60]
	cbz	w8, .LBB4_16
	mov	x1, x25
	ldr	x25, [sp, #24]
	mov	x2, x25
	bl	im2col_f32
.LBB4_16:
	stur	x23, [x29, #-56]
	madd	x23, x22, x23, x20
	ldr	x8, [x19, #16]
	cmp	x8, #1
	b.lt	.LBB4_19
	ldr	x26, [sp, #32]
	mov	x20, xzr
	mov	x22, x23
.LBB4_18:
	movi	d0, #0000000000000000
	ldur	x2, [x29, #-8]
	mov	w0, wzr
	mov	w1, wzr
	mov	x3, x21
	mov	x4, x24
	mov	x5, x26
	mov	x6, x24
	mov	x7, x25
	stp	x22, x21, [sp, #8]
	str	x21, [sp]
	bl	axon_gemm_f32
	ldr	x8, [x19, #16]
	add	x20, x20, #1
	cmp	x20, x8
	ldp	x8, x9, [x29, #-32]
	add	x26, x26, x8
	ldur	x8, [x29, #-40]
	add	x25, x25, x9
	add	x22, x22, x8
	b.lt	.LBB4_18
.LBB4_19:
	ldr	x0, [sp, #56]
	ldr	x14, [sp, #40]
	cbnz	x27, .LBB4_21
	ldr	w8, [x19, #104]
	cbz	w8, .LBB4_12
.LBB4_21:
	ldr	x8, [x19, #24]
	cmp	x8, #1
	b.lt	.LBB4_12
	mov	x9, xzr
	add	x10, x23, #16
	b	.LBB4_24
.LBB4_23:
	add	x9, x9, #1
	add	x10, x10, x28
	add	x23, x23, x28
	cmp	x9, x8
	b.eq	.LBB4_12
.LBB4_24:
	cbz	x27, .LBB4_26
	ldr	s0, [x27, x9, lsl #2]
	cmp	x21, #1
	b.ge	.LBB4_27
	b	.LBB4_23
.LBB4_26:
	movi	d0, #0000000000000000
	cmp	x21, #1
	b.lt	.LBB4_23
.LBB4_27:
	ldr	w11, [x19, #104]
	cmp	x21, #8
	b.hs	.LBB4_29
	mov	x13, xzr
	b	.LBB4_32
.LBB4_29:
	dup	v1.4s, v0.s[0]
	fmov	s2, w11
	mov	x12, x10
	mov	x13, x14
.LBB4_30:
	ldp	q4, q5, [x12, #-16]
	fmov	s3, wzr
	subs	x13, x13, #8
	fadd	v4.4s, v1.4s, v4.4s
	fadd	v5.4s, v1.4s, v5.4s
	cmeq	v3.2s, v2.2s, v3.2s
	mvn	v3.8b, v3.8b
	fcmle	v6.4s, v4.4s, #0.0
	fcmle	v7.4s, v5.4s, #0.0
	dup	v3.2s, v3.s[0]
	xtn	v6.4h, v6.4s
	xtn	v7.4h, v7.4s
	and	v6.8b, v3.8b, v6.8b
	and	v3.8b, v3.8b, v7.8b
	sshll	v6.4s, v6.4h, #0
	sshll	v3.4s, v3.4h, #0
	bic	v4.16b, v4.16b, v6.16b
	bic	v3.16b, v5.16b, v3.16b
	stp	q4, q3, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB4_30
	cmp	x21, x14
	mov	x13, x14
	b.eq	.LBB4_23
.LBB4_32:
	add	x12, x23, x13, lsl #2
	sub	x13, x21, x13
.LBB4_33:
	ldr	s1, [x12]
	fadd	s1, s0, s1
	fcmp	s1, #0.0
	ccmp	w11, #0, #4, ls
	fcsel	s1, s8, s1, ne
	subs	x13, x13, #1
	str	s1, [x12], #4
	b.ne	.LBB4_33
	b	.LBB4_23
.LBB4_34:
	.cfi_def_cfa wsp, 224
	ldp	x20, x19, [sp, #208]
	ldr	d8, [sp, #112]
	ldp	x22, x21, [sp, #192]
	ldp	x24, x23, [sp, #176]
	ldp	x26, x25, [sp, #160]
	ldp	x28, x27, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #224
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
	ret
.Lfunc_end4:
	.size	forward_task_f32, .Lfunc_end4-forward_task_f32
	.cfi_endproc

	.globl	axon_conv2d_input_grad_f32
	.p2align	2
	.type	axon_conv2d_input_grad_f32,@function
axon_conv2d_input_grad_f32:
	.cfi_startproc
	sub	sp, sp, #208
	.cfi_def_cfa_offset 208
	stp	x29, x30, [sp, #128]
	stp	x26, x25, [sp, #144]
	stp	x24, x23, [sp, #160]
	stp	x22, x21, [sp, #176]
	stp	x20, x19, [sp, #192]
	add	x29, sp, #128
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
	ldr	x8, [x0, #24]
	mov	x21, x7
	mov	x22, x6
	mov	x20, x5
	mov	x25, x0
	mov	x23, x4
	mov	x24, x3
	mov	x26, x2
	cmp	x8, #1
	mov	x19, x1
	b.ne	.LBB5_8
	ldr	x8, [x25, #32]
	cmp	x8, #1
	b.ne	.LBB5_8
	ldr	x8, [x25, #40]
	cmp	x8, #1
	b.ne	.LBB5_8
	ldr	x8, [x25, #48]
	cmp	x8, #1
	b.ne	.LBB5_8
	ldr	x8, [x25, #72]
	cbnz	x8, .LBB5_8
	ldr	x8, [x25, #80]
	cbnz	x8, .LBB5_8
	ldr	x8, [x25, #104]
	ldr	x9, [x25, #8]
	cmp	x8, x9
	b.ne	.LBB5_8
	ldr	x8, [x25, #112]
	ldr	x9, [x25, #16]
	cmp	x8, x9
	b.eq	.LBB5_9
.LBB5_8:
	mov	x0, x25
	mov	x1, x19
	mov	x2, x26
	mov	x3, x24
	mov	x4, x23
	mov	x5, x20
	mov	x6, x22
	mov	x7, x21
	bl	axon_conv_implicit_input_grad_f32
	cbnz	w0, .LBB5_10
.LBB5_9:
	stp	x25, x19, [sp, #8]
	stp	x26, x24, [sp, #24]
	stp	xzr, x22, [sp, #48]
	stp	xzr, x23, [sp, #64]
	stp	xzr, x21, [sp, #80]
	stp	xzr, xzr, [sp, #96]
	stp	xzr, x20, [sp, #112]
	bl	axon_threads
	sxtw	x9, w0
	sub	x8, x19, #1
	adrp	x1, input_grad_task_f32
	add	x1, x1, :lo12:input_grad_task_f32
	add	x2, sp, #8
	cmp	x19, x9
	csel	x9, x19, x9, lt
	cmp	x9, #1
	csinc	x9, x9, xzr, gt
	add	x10, x9, x8
	sdiv	x9, x10, x9
	add	x8, x9, x8
	str	x9, [sp, #40]
	sdiv	x0, x8, x9
	bl	axon_parallel_run
.LBB5_10:
	.cfi_def_cfa wsp, 208
	ldp	x20, x19, [sp, #192]
	ldp	x22, x21, [sp, #176]
	ldp	x24, x23, [sp, #160]
	ldp	x26, x25, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #208
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
.Lfunc_end5:
	.size	axon_conv2d_input_grad_f32, .Lfunc_end5-axon_conv2d_input_grad_f32
	.cfi_endproc

	.p2align	2
	.type	input_grad_task_f32,@function
input_grad_task_f32:
	.cfi_startproc
	sub	sp, sp, #448
	.cfi_def_cfa_offset 448
	stp	x29, x30, [sp, #352]
	stp	x28, x27, [sp, #368]
	stp	x26, x25, [sp, #384]
	stp	x24, x23, [sp, #400]
	stp	x22, x21, [sp, #416]
	stp	x20, x19, [sp, #432]
	add	x29, sp, #352
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
	.cfi_remember_state
	ldr	x12, [x0]
	ldp	x23, x24, [x0, #16]
	mov	w25, w1
	str	x0, [sp, #120]
	ldp	x9, x8, [x12, #104]
	ldr	x20, [x12]
	ldp	x21, x19, [x12, #8]
	str	x12, [sp, #48]
	mul	x11, x8, x9
	stur	x11, [x29, #-160]
	ldp	x11, x10, [x12, #24]
	mul	x22, x10, x11
	cmp	x11, #1
	b.ne	.LBB6_5
	cmp	x10, #1
	b.ne	.LBB6_5
	ldr	x10, [sp, #48]
	ldr	x10, [x10, #40]
	cmp	x10, #1
	b.ne	.LBB6_5
	ldr	x10, [sp, #48]
	ldr	x10, [x10, #48]
	cmp	x10, #1
	b.ne	.LBB6_5
	ldr	x10, [sp, #48]
	ldr	x10, [x10, #72]
	cbz	x10, .LBB6_47
.LBB6_5:
	mul	x8, x22, x20
	ldur	x9, [x29, #-160]
	mov	w0, #2
	mul	x8, x8, x9
	lsl	x1, x8, #2
	bl	axon_scratch
	mov	w8, #1
	str	x0, [sp, #128]
	str	w8, [sp, #148]
.LBB6_6:
	ldr	x14, [sp, #120]
	ldr	x8, [x14, #32]
	cmp	x8, #1
	b.lt	.LBB6_46
	sdiv	x9, x20, x23
	mul	x10, x21, x20
	ldur	x11, [x29, #-160]
	mul	x15, x10, x19
	mul	x10, x21, x19
	sdiv	x12, x24, x23
	mul	x13, x22, x9
	sxtw	x9, w25
	mul	x16, x8, x9
	mul	x9, x10, x20
	mul	x8, x13, x11
	mov	x20, x16
	lsl	x8, x8, #2
	str	x8, [sp, #80]
	stp	x13, x12, [sp, #104]
	mul	x10, x13, x12
	add	w13, w25, #1
	sxtw	x13, w13
	mul	x11, x11, x12
	stp	x13, x15, [sp, #88]
	lsl	x13, x15, #2
	mul	x12, x16, x9
	ldr	x16, [x14, #48]
	lsl	x24, x10, #2
	stp	x13, x16, [sp, #32]
	lsl	x10, x11, #2
	str	x24, [sp, #72]
	lsl	x8, x12, #2
	str	x8, [sp, #152]
	lsl	x8, x9, #2
	stp	x8, x10, [sp, #56]
	ldr	x8, [sp, #128]
	add	x8, x8, #16
	str	x8, [sp, #24]
	b	.LBB6_9
.LBB6_8:
	ldr	x14, [sp, #120]
	ldr	x9, [sp, #88]
	ldr	x20, [sp, #136]
	ldr	x8, [x14, #32]
	add	x20, x20, #1
	mul	x8, x8, x9
	ldr	x9, [sp, #56]
	cmp	x20, x8
	ldr	x8, [sp, #152]
	add	x8, x8, x9
	str	x8, [sp, #152]
	b.ge	.LBB6_46
.LBB6_9:
	ldr	x8, [x14, #8]
	cmp	x20, x8
	b.ge	.LBB6_46
	ldr	x8, [x14, #24]
	ldur	x22, [x29, #-160]
	mov	x23, x14
	ldr	x9, [x14, #112]
	mul	x26, x8, x22
	ldr	x8, [x14, #64]
	mul	x19, x26, x20
	add	x25, x8, x19, lsl #2
	cbz	x9, .LBB6_12
	lsl	x1, x26, #2
	mov	w0, #3
	bl	axon_scratch
	ldr	x8, [x23, #112]
	mov	x27, x0
	mov	w0, #7
	mov	x1, x25
	mov	w2, wzr
	mov	w4, wzr
	add	x3, x8, x19, lsl #2
	mov	x5, x27
	mov	x6, x26
	bl	axon_binary_serial_f32
	mov	x25, x27
.LBB6_12:
	ldr	x8, [sp, #96]
	ldr	x9, [x23, #80]
	str	x20, [sp, #136]
	ldp	x28, x26, [sp, #104]
	mul	x8, x20, x8
	stur	x9, [x29, #-72]
	add	x10, x9, x8, lsl #2
	ldr	w9, [sp, #148]
	ldr	x8, [x23, #16]
	cmp	w9, #0
	ldr	x9, [sp, #128]
	stur	x10, [x29, #-16]
	csel	x20, x9, x10, ne
	cmp	x8, #1
	ldr	x9, [sp, #64]
	ldp	x24, x8, [sp, #72]
	b.lt	.LBB6_15
	ldr	x27, [sp, #40]
	mov	x21, xzr
.LBB6_14:
	movi	d0, #0000000000000000
	mov	w1, wzr
	mov	w0, #1
	mov	x2, x28
	mov	x3, x22
	mov	x4, x26
	mov	x5, x27
	mov	x6, x28
	mov	x7, x25
	stp	x20, x22, [sp, #8]
	mov	x19, x9
	str	x22, [sp]
	mov	x22, x8
	bl	axon_gemm_f32
	ldr	x8, [x23, #16]
	add	x21, x21, #1
	mov	x9, x19
	add	x27, x27, x24
	add	x25, x25, x19
	cmp	x21, x8
	mov	x8, x22
	ldur	x22, [x29, #-160]
	add	x20, x20, x8
	b.lt	.LBB6_14
.LBB6_15:
	ldr	w8, [sp, #148]
	tbz	w8, #0, .LBB6_8
	ldur	x0, [x29, #-16]
	ldr	x2, [sp, #32]
	mov	w1, wzr
	bl	memset
	ldr	x8, [sp, #48]
	ldr	x8, [x8]
	cmp	x8, #1
	str	x8, [sp, #176]
	b.lt	.LBB6_8
	ldr	x13, [sp, #48]
	mov	x16, xzr
	ldp	x14, x9, [x13, #16]
	ldr	x15, [x13, #8]
	ldp	x17, x3, [x13, #32]
	ldr	x4, [x13, #48]
	ldp	x0, x1, [x13, #104]
	stur	x9, [x29, #-104]
	ldp	x11, x18, [x13, #72]
	mul	x9, x9, x17
	ldp	x12, x5, [x13, #56]
	stur	x1, [x29, #-48]
	lsl	x27, x4, #2
	mul	x8, x11, x14
	stur	x14, [x29, #-24]
	stur	x12, [x29, #-128]
	mul	x10, x14, x15
	stur	x17, [x29, #-16]
	stur	x18, [x29, #-32]
	mul	x9, x9, x1
	lsl	x1, x1, #2
	stur	x5, [x29, #-40]
	mul	x12, x12, x14
	lsl	x10, x10, #2
	mul	x2, x1, x0
	str	x10, [sp, #168]
	mul	x9, x9, x0
	lsl	x10, x12, #2
	mul	x13, x3, x14
	ldr	x14, [sp, #152]
	stur	x10, [x29, #-120]
	lsl	x10, x5, #2
	sub	x8, x14, x8, lsl #2
	mul	x14, x2, x17
	lsl	x9, x9, #2
	stur	x10, [x29, #-56]
	sub	x8, x8, x18, lsl #2
	str	x9, [sp, #160]
	ldur	x9, [x29, #-72]
	lsl	x30, x13, #2
	add	x8, x9, x8
	stur	x14, [x29, #-112]
	sub	x14, x4, #1
	stur	x8, [x29, #-136]
	ldr	x8, [sp, #24]
	stur	x14, [x29, #-64]
	stur	x8, [x29, #-144]
	ldr	x8, [sp, #128]
	stur	x8, [x29, #-152]
	b	.LBB6_19
.LBB6_18:
	ldur	x16, [x29, #-168]
	ldp	x8, x9, [sp, #168]
	add	x16, x16, #1
	cmp	x16, x9
	ldur	x9, [x29, #-136]
	add	x9, x9, x8
	ldr	x8, [sp, #160]
	stur	x9, [x29, #-136]
	ldur	x9, [x29, #-152]
	add	x9, x9, x8
	stur	x9, [x29, #-152]
	ldur	x9, [x29, #-144]
	add	x9, x9, x8
	stur	x9, [x29, #-144]
	b.eq	.LBB6_8
.LBB6_19:
	ldur	x8, [x29, #-104]
	stur	x16, [x29, #-168]
	cmp	x8, #1
	b.lt	.LBB6_18
	ldp	x10, x9, [x29, #-152]
	ldur	x8, [x29, #-136]
	stp	x9, xzr, [x29, #-80]
	stp	x8, x10, [x29, #-96]
	b	.LBB6_22
.LBB6_21:
	ldur	x9, [x29, #-72]
	ldur	x8, [x29, #-104]
	add	x9, x9, #1
	cmp	x9, x8
	ldp	x10, x8, [x29, #-120]
	stur	x9, [x29, #-72]
	ldur	x9, [x29, #-96]
	add	x9, x9, x10
	stur	x9, [x29, #-96]
	ldur	x9, [x29, #-88]
	add	x9, x9, x8
	stur	x9, [x29, #-88]
	ldur	x9, [x29, #-80]
	add	x9, x9, x8
	stur	x9, [x29, #-80]
	b.eq	.LBB6_18
.LBB6_22:
	ldur	x8, [x29, #-16]
	cmp	x8, #1
	b.lt	.LBB6_21
	ldp	x22, x9, [x29, #-80]
	mov	x23, xzr
	ldur	x8, [x29, #-128]
	ldp	x13, x14, [x29, #-96]
	mul	x20, x9, x8
	b	.LBB6_25
.LBB6_24:
	ldur	x8, [x29, #-16]
	add	x23, x23, #1
	add	x14, x14, x2
	add	x22, x22, x2
	cmp	x23, x8
	ldur	x8, [x29, #-56]
	add	x13, x13, x8
	b.eq	.LBB6_21
.LBB6_25:
	ldp	x9, x8, [x29, #-40]
	neg	x8, x8
	madd	x9, x23, x9, x8
	tbnz	x9, #63, .LBB6_27
	mov	x8, xzr
	b	.LBB6_28
.LBB6_27:
	mvn	x8, x9
	add	x8, x4, x8
	sdiv	x8, x8, x4
.LBB6_28:
	ldur	x10, [x29, #-24]
	sub	x9, x10, x9
	cmp	x9, #1
	b.lt	.LBB6_30
	ldur	x10, [x29, #-64]
	add	x9, x10, x9
	sdiv	x9, x9, x4
	b	.LBB6_31
.LBB6_30:
	mov	x9, xzr
.LBB6_31:
	ldur	x10, [x29, #-48]
	cmp	x9, x10
	csel	x16, x9, x10, lt
	cmp	x8, x16
	csel	x12, x8, x16, lt
	cmp	x0, #1
	b.lt	.LBB6_24
	madd	x5, x27, x12, x13
	sub	x21, x16, x12
	lsl	x10, x12, #2
	and	x18, x21, #0xfffffffffffffff8
	mov	x25, xzr
	mov	x24, x14
	add	x9, x12, x18
	add	x28, x14, x10
	add	x26, x22, x10
	add	x17, x13, x10
	mov	x7, x13
	b	.LBB6_34
.LBB6_33:
	add	x25, x25, #1
	add	x5, x5, x30
	add	x28, x28, x1
	add	x26, x26, x1
	cmp	x25, x0
	add	x17, x17, x30
	add	x7, x7, x30
	add	x24, x24, x1
	b.eq	.LBB6_24
.LBB6_34:
	neg	x10, x11
	madd	x10, x25, x3, x10
	adds	x10, x10, x20
	b.mi	.LBB6_33
	cmp	x10, x15
	b.ge	.LBB6_33
	cmp	x4, #1
	b.ne	.LBB6_44
	cmp	x8, x16
	b.ge	.LBB6_33
	cmp	x21, #8
	mov	x10, x12
	b.lo	.LBB6_42
	mov	x10, x17
	mov	x6, x26
	mov	x19, x18
.LBB6_40:
	ldp	q0, q3, [x10]
	subs	x19, x19, #8
	ldp	q1, q2, [x6, #-16]
	add	x6, x6, #32
	fadd	v0.4s, v1.4s, v0.4s
	fadd	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x10], #32
	b.ne	.LBB6_40
	cmp	x21, x18
	mov	x10, x9
	b.eq	.LBB6_33
.LBB6_42:
	lsl	x19, x10, #2
	sub	x10, x16, x10
	add	x6, x7, x19
	add	x19, x24, x19
.LBB6_43:
	ldr	s0, [x19], #4
	ldr	s1, [x6]
	subs	x10, x10, #1
	fadd	s0, s0, s1
	str	s0, [x6], #4
	b.ne	.LBB6_43
	b	.LBB6_33
.LBB6_44:
	cmp	x8, x16
	mov	x10, x28
	mov	x6, x5
	mov	x19, x21
	b.ge	.LBB6_33
.LBB6_45:
	ldr	s0, [x10], #4
	ldr	s1, [x6]
	subs	x19, x19, #1
	fadd	s0, s0, s1
	str	s0, [x6]
	add	x6, x6, x27
	b.ne	.LBB6_45
	b	.LBB6_33
.LBB6_46:
	.cfi_def_cfa wsp, 448
	ldp	x20, x19, [sp, #432]
	ldp	x22, x21, [sp, #416]
	ldp	x24, x23, [sp, #400]
	ldp	x26, x25, [sp, #384]
	ldp	x28, x27, [sp, #368]
	ldp	x29, x30, [sp, #352]
	add	sp, sp, #448
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
	ret
.LBB6_47:
	.cfi_restore_state
	ldr	x10, [sp, #48]
	ldr	x10, [x10, #80]
	cbnz	x10, .LBB6_5
	cmp	x9, x21
	b.ne	.LBB6_5
	cmp	x8, x19
	b.ne	.LBB6_5
	str	wzr, [sp, #148]
	str	xzr, [sp, #128]
	b	.LBB6_6
.Lfunc_end6:
	.size	input_grad_task_f32, .Lfunc_end6-input_grad_task_f32
	.cfi_endproc

	.globl	axon_conv2d_weight_grad_f32
	.p2align	2
	.type	axon_conv2d_weight_grad_f32,@function
axon_conv2d_weight_grad_f32:
	.cfi_startproc
	sub	sp, sp, #240
	.cfi_def_cfa_offset 240
	stp	x29, x30, [sp, #144]
	stp	x28, x27, [sp, #160]
	stp	x26, x25, [sp, #176]
	stp	x24, x23, [sp, #192]
	stp	x22, x21, [sp, #208]
	stp	x20, x19, [sp, #224]
	add	x29, sp, #144
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
	.cfi_remember_state
	ldr	x8, [x0, #24]
	ldr	x20, [x29, #96]
	mov	x23, x7
	mov	x21, x6
	mov	x24, x5
	mov	x26, x0
	mov	x25, x4
	mov	x19, x3
	mov	x27, x2
	cmp	x8, #1
	mov	x22, x1
	b.ne	.LBB7_9
	ldr	x8, [x26, #32]
	cmp	x8, #1
	b.ne	.LBB7_9
	ldr	x8, [x26, #40]
	cmp	x8, #1
	b.ne	.LBB7_9
	ldr	x8, [x26, #48]
	cmp	x8, #1
	b.ne	.LBB7_9
	ldr	x8, [x26, #72]
	cbnz	x8, .LBB7_9
	ldr	x8, [x26, #80]
	cbnz	x8, .LBB7_9
	ldr	x8, [x26, #104]
	ldr	x9, [x26, #8]
	cmp	x8, x9
	b.ne	.LBB7_9
	ldr	x8, [x26, #112]
	ldr	x9, [x26, #16]
	cmp	x8, x9
	b.ne	.LBB7_9
	mov	w9, #1
	mov	w10, #1
	b	.LBB7_11
.LBB7_9:
	mov	x0, x26
	mov	x1, x22
	mov	x2, x27
	mov	x3, x19
	mov	x4, x25
	mov	x5, x24
	mov	x6, x21
	mov	x7, x23
	str	x20, [sp]
	bl	axon_conv_implicit_weight_grad_f32
	cbnz	w0, .LBB7_37
	ldp	x10, x9, [x26, #24]
.LBB7_11:
	ldr	x8, [x26]
	movi	v0.2d, #0000000000000000
	stp	x26, x22, [sp, #24]
	str	x10, [sp, #16]
	mov	x26, x9
	sdiv	x28, x8, x27
	stp	x27, x19, [sp, #40]
	stp	xzr, xzr, [sp, #72]
	str	x25, [sp, #64]
	str	x24, [sp, #88]
	stp	q0, q0, [sp, #96]
	stp	xzr, x21, [sp, #128]
	mul	x8, x10, x28
	mul	x25, x8, x9
	bl	axon_threads
	sxtw	x9, w0
	sub	x8, x22, #1
	cmp	x22, x9
	csel	x9, x22, x9, lt
	cmp	x9, #1
	csinc	x9, x9, xzr, gt
	add	x10, x9, x8
	sdiv	x9, x10, x9
	add	x8, x9, x8
	str	x9, [sp, #56]
	sdiv	x22, x8, x9
	lsl	x8, x25, #2
	add	x8, x8, #4
	mul	x24, x22, x19
	mul	x0, x8, x24
	bl	malloc
	cbz	x0, .LBB7_38
	mul	x8, x24, x25
	cmp	x20, #0
	mov	x21, x0
	adrp	x1, weight_grad_task_f32
	add	x1, x1, :lo12:weight_grad_task_f32
	add	x2, sp, #24
	add	x8, x0, x8, lsl #2
	csel	x8, xzr, x8, eq
	stp	x0, x8, [sp, #112]
	mov	w0, w22
	bl	axon_parallel_run
	mul	x24, x25, x19
	mov	x0, x23
	mov	x1, x21
	lsl	x2, x24, #2
	bl	memcpy
	cmp	x22, #2
	b.lt	.LBB7_23
	ldr	x8, [sp, #16]
	and	x9, x24, #0x7ffffffffffffff8
	add	x11, x23, #16
	mov	w13, #1
	mul	x8, x8, x26
	mul	x25, x8, x28
	mul	x8, x25, x19
	lsl	x8, x8, #2
	add	x10, x21, x8
	add	x12, x10, #16
	b	.LBB7_15
.LBB7_14:
	add	x13, x13, #1
	add	x12, x12, x8
	add	x10, x10, x8
	cmp	x13, x22
	b.eq	.LBB7_25
.LBB7_15:
	cmp	x24, #1
	b.lt	.LBB7_14
	cmp	x24, #8
	b.hs	.LBB7_18
	mov	x14, xzr
	b	.LBB7_21
.LBB7_18:
	mov	x14, x12
	mov	x15, x11
	mov	x16, x9
.LBB7_19:
	ldp	q0, q3, [x15, #-16]
	subs	x16, x16, #8
	ldp	q1, q2, [x14, #-16]
	add	x14, x14, #32
	fadd	v0.4s, v1.4s, v0.4s
	fadd	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x15, #-16]
	add	x15, x15, #32
	b.ne	.LBB7_19
	cmp	x24, x9
	mov	x14, x9
	b.eq	.LBB7_14
.LBB7_21:
	lsl	x16, x14, #2
	sub	x14, x24, x14
	add	x15, x23, x16
	add	x16, x10, x16
.LBB7_22:
	ldr	s0, [x16], #4
	ldr	s1, [x15]
	subs	x14, x14, #1
	fadd	s0, s0, s1
	str	s0, [x15], #4
	b.ne	.LBB7_22
	b	.LBB7_14
.LBB7_23:
	cbz	x20, .LBB7_36
	mul	x8, x22, x24
	lsl	x2, x19, #2
	mov	x0, x20
	add	x1, x21, x8, lsl #2
	bl	memcpy
	b	.LBB7_36
.LBB7_25:
	cbz	x20, .LBB7_36
	mul	x8, x22, x24
	lsl	x23, x19, #2
	mov	x0, x20
	mov	x2, x23
	add	x1, x21, x8, lsl #2
	bl	memcpy
	mul	x8, x25, x22
	and	x9, x19, #0x7ffffffffffffff8
	add	x10, x20, #16
	mov	w12, #1
	lsl	x8, x8, #2
	add	x8, x8, #4
	madd	x8, x19, x8, x21
	add	x11, x8, #16
	b	.LBB7_28
.LBB7_27:
	add	x12, x12, #1
	add	x11, x11, x23
	add	x8, x8, x23
	cmp	x12, x22
	b.eq	.LBB7_36
.LBB7_28:
	cmp	x19, #1
	b.lt	.LBB7_27
	cmp	x19, #8
	b.hs	.LBB7_31
	mov	x13, xzr
	b	.LBB7_34
.LBB7_31:
	mov	x13, x11
	mov	x14, x10
	mov	x15, x9
.LBB7_32:
	ldp	q0, q3, [x14, #-16]
	subs	x15, x15, #8
	ldp	q1, q2, [x13, #-16]
	add	x13, x13, #32
	fadd	v0.4s, v1.4s, v0.4s
	fadd	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB7_32
	cmp	x19, x9
	mov	x13, x9
	b.eq	.LBB7_27
.LBB7_34:
	lsl	x15, x13, #2
	sub	x13, x19, x13
	add	x14, x20, x15
	add	x15, x8, x15
.LBB7_35:
	ldr	s0, [x15], #4
	ldr	s1, [x14]
	subs	x13, x13, #1
	fadd	s0, s0, s1
	str	s0, [x14], #4
	b.ne	.LBB7_35
	b	.LBB7_27
.LBB7_36:
	mov	x0, x21
	bl	free
.LBB7_37:
	.cfi_def_cfa wsp, 240
	ldp	x20, x19, [sp, #224]
	ldp	x22, x21, [sp, #208]
	ldp	x24, x23, [sp, #192]
	ldp	x26, x25, [sp, #176]
	ldp	x28, x27, [sp, #160]
	ldp	x29, x30, [sp, #144]
	add	sp, sp, #240
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
	ret
.LBB7_38:
	.cfi_restore_state
	bl	abort
.Lfunc_end7:
	.size	axon_conv2d_weight_grad_f32, .Lfunc_end7-axon_conv2d_weight_grad_f32
	.cfi_endproc

	.p2align	2
	.type	weight_grad_task_f32,@function
weight_grad_task_f32:
	.cfi_startproc
	sub	sp, sp, #240
	.cfi_def_cfa_offset 240
	stp	x29, x30, [sp, #144]
	stp	x28, x27, [sp, #160]
	stp	x26, x25, [sp, #176]
	stp	x24, x23, [sp, #192]
	stp	x22, x21, [sp, #208]
	stp	x20, x19, [sp, #224]
	add	x29, sp, #144
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
	ldr	x10, [x0]
	ldp	x19, x20, [x0, #16]
	mov	w26, w1
	stur	x0, [x29, #-8]
	ldr	x8, [x10]
	ldp	x14, x12, [x10, #24]
	stur	x10, [x29, #-32]
	ldp	x11, x10, [x10, #104]
	sdiv	x13, x8, x19
	mul	x9, x12, x14
	cmp	x14, #1
	mul	x21, x10, x11
	mul	x22, x9, x13
	b.ne	.LBB8_9
	cmp	x12, #1
	b.ne	.LBB8_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #40]
	cmp	x12, #1
	b.ne	.LBB8_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #48]
	cmp	x12, #1
	b.ne	.LBB8_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #72]
	cbnz	x12, .LBB8_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #80]
	cbnz	x12, .LBB8_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #8]
	cmp	x11, x12
	b.ne	.LBB8_9
	ldur	x11, [x29, #-32]
	ldr	x11, [x11, #16]
	cmp	x10, x11
	b.ne	.LBB8_9
	stur	wzr, [x29, #-60]
	mov	x8, x20
	str	xzr, [sp, #32]
	b	.LBB8_10
.LBB8_9:
	mul	x8, x9, x8
	mov	w0, #2
	mul	x8, x8, x21
	lsl	x1, x8, #2
	bl	axon_scratch
	str	x0, [sp, #32]
	ldur	x0, [x29, #-8]
	mov	w9, #1
	stur	w9, [x29, #-60]
	ldr	x8, [x0, #24]
.LBB8_10:
	sxtw	x23, w26
	ldp	x12, x11, [x0, #88]
	mov	x27, x0
	mov	w1, wzr
	stur	x22, [x29, #-56]
	mul	x9, x8, x23
	cmp	x11, #0
	mul	x8, x22, x8
	mul	x10, x9, x22
	add	x25, x11, x9, lsl #2
	lsl	x2, x8, #2
	csel	x24, xzr, x25, eq
	add	x9, x12, x10, lsl #2
	mov	x0, x9
	str	x9, [sp, #40]
	bl	memset
	cbz	x24, .LBB8_12
	ldr	x8, [x27, #24]
	mov	x0, x25
	mov	w1, wzr
	lsl	x2, x8, #2
	bl	memset
.LBB8_12:
	ldr	x8, [x27, #32]
	cmp	x8, #1
	b.lt	.LBB8_35
	sdiv	x14, x20, x19
	ldur	x11, [x29, #-56]
	mul	x12, x8, x23
	add	w8, w26, #1
	lsl	x18, x21, #2
	mov	x13, x27
	mul	x9, x11, x21
	sxtw	x8, w8
	and	x0, x21, #0x7ffffffffffffff8
	stp	x0, x18, [sp, #48]
	stp	x24, x8, [sp, #64]
	lsl	x15, x9, #2
	mul	x10, x21, x14
	mul	x11, x11, x14
	lsl	x16, x10, #2
	lsl	x17, x11, #2
	stur	x16, [x29, #-16]
	b	.LBB8_15
.LBB8_14:
	ldr	x8, [x13, #32]
	ldr	x9, [sp, #72]
	ldur	x12, [x29, #-24]
	mul	x8, x8, x9
	add	x12, x12, #1
	cmp	x12, x8
	b.ge	.LBB8_35
.LBB8_15:
	ldr	x8, [x13, #8]
	cmp	x12, x8
	b.ge	.LBB8_35
	ldr	x8, [x13, #24]
	ldur	x10, [x29, #-32]
	mov	x25, x14
	ldr	x14, [x13, #40]
	ldr	x9, [x13, #112]
	mov	x22, x17
	mul	x27, x8, x21
	ldr	x8, [x13, #64]
	ldr	x19, [x10, #16]
	ldp	x23, x11, [x10]
	mov	x24, x15
	stur	x12, [x29, #-24]
	mul	x28, x27, x12
	add	x26, x8, x28, lsl #2
	cbz	x9, .LBB8_18
	lsl	x1, x27, #2
	mov	w0, #3
	mov	x20, x13
	stp	x14, x11, [x29, #-48]
	bl	axon_scratch
	ldr	x8, [x20, #112]
	mov	x1, x26
	mov	w2, wzr
	mov	w4, wzr
	mov	x6, x27
	add	x3, x8, x28, lsl #2
	mov	x28, x0
	mov	w0, #7
	mov	x5, x28
	bl	axon_binary_serial_f32
	ldp	x14, x11, [x29, #-48]
	mov	x26, x28
	ldur	x12, [x29, #-24]
.LBB8_18:
	mul	x8, x23, x12
	mul	x8, x8, x11
	mul	x8, x8, x19
	add	x27, x14, x8, lsl #2
	ldur	w8, [x29, #-60]
	cbz	w8, .LBB8_20
	mov	x1, x27
	ldr	x27, [sp, #32]
	ldur	x0, [x29, #-32]
	mov	x2, x27
	bl	im2col_f32
.LBB8_20:
	ldur	x13, [x29, #-8]
	ldur	x19, [x29, #-56]
	mov	x14, x25
	mov	x15, x24
	mov	x17, x22
	ldr	x8, [x13, #16]
	cmp	x8, #1
	b.lt	.LBB8_23
	ldr	x23, [sp, #40]
	mov	x20, xzr
	mov	x28, x26
.LBB8_22:
	fmov	s0, #1.00000000
	mov	w0, wzr
	mov	w1, #1
	mov	x2, x25
	mov	x3, x19
	mov	x4, x21
	mov	x5, x28
	mov	x6, x21
	mov	x7, x27
	stp	x23, x19, [sp, #8]
	str	x21, [sp]
	bl	axon_gemm_f32
	ldp	x16, x13, [x29, #-16]
	add	x20, x20, #1
	mov	x17, x22
	mov	x15, x24
	mov	x14, x25
	add	x27, x27, x24
	add	x23, x23, x22
	ldr	x8, [x13, #16]
	add	x28, x28, x16
	cmp	x20, x8
	b.lt	.LBB8_22
.LBB8_23:
	ldp	x18, x24, [sp, #56]
	ldr	x0, [sp, #48]
	cbz	x24, .LBB8_14
	ldr	x8, [x13, #24]
	cmp	x8, #1
	b.lt	.LBB8_14
	mov	x9, xzr
	add	x10, x26, #16
	b	.LBB8_27
.LBB8_26:
	ldr	s1, [x24, x9, lsl #2]
	add	x10, x10, x18
	add	x26, x26, x18
	fadd	s0, s0, s1
	str	s0, [x24, x9, lsl #2]
	add	x9, x9, #1
	cmp	x9, x8
	b.eq	.LBB8_14
.LBB8_27:
	movi	d0, #0000000000000000
	cmp	x21, #1
	b.lt	.LBB8_26
	cmp	x21, #8
	b.hs	.LBB8_30
	mov	x12, xzr
	b	.LBB8_33
.LBB8_30:
	mov	x11, x10
	mov	x12, x0
.LBB8_31:
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
	b.ne	.LBB8_31
	cmp	x21, x0
	mov	x12, x0
	b.eq	.LBB8_26
.LBB8_33:
	add	x11, x26, x12, lsl #2
	sub	x12, x21, x12
.LBB8_34:
	ldr	s1, [x11], #4
	subs	x12, x12, #1
	fadd	s0, s0, s1
	b.ne	.LBB8_34
	b	.LBB8_26
.LBB8_35:
	.cfi_def_cfa wsp, 240
	ldp	x20, x19, [sp, #224]
	ldp	x22, x21, [sp, #208]
	ldp	x24, x23, [sp, #192]
	ldp	x26, x25, [sp, #176]
	ldp	x28, x27, [sp, #160]
	ldp	x29, x30, [sp, #144]
	add	sp, sp, #240
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
	ret
.Lfunc_end8:
	.size	weight_grad_task_f32, .Lfunc_end8-weight_grad_task_f32
	.cfi_endproc

	.globl	axon_conv2d_f64
	.p2align	2
	.type	axon_conv2d_f64,@function
axon_conv2d_f64:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #128]
	str	x19, [sp, #144]
	add	x29, sp, #128
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	ldr	x8, [x29, #32]
	mov	x19, x1
	stp	x1, x2, [sp, #16]
	str	x0, [sp, #8]
	str	x3, [sp, #32]
	stp	x4, x5, [sp, #48]
	stp	x6, xzr, [sp, #64]
	stp	x8, xzr, [sp, #80]
	stp	xzr, xzr, [sp, #96]
	stp	w7, wzr, [sp, #112]
	str	xzr, [sp, #120]
	bl	axon_threads
	sxtw	x9, w0
	sub	x8, x19, #1
	adrp	x1, forward_task_f64
	add	x1, x1, :lo12:forward_task_f64
	add	x2, sp, #8
	cmp	x19, x9
	csel	x9, x19, x9, lt
	cmp	x9, #1
	csinc	x9, x9, xzr, gt
	add	x10, x9, x8
	sdiv	x9, x10, x9
	add	x8, x9, x8
	str	x9, [sp, #40]
	sdiv	x0, x8, x9
	bl	axon_parallel_run
	.cfi_def_cfa wsp, 160
	ldp	x29, x30, [sp, #128]
	ldr	x19, [sp, #144]
	add	sp, sp, #160
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end9:
	.size	axon_conv2d_f64, .Lfunc_end9-axon_conv2d_f64
	.cfi_endproc

	.p2align	2
	.type	forward_task_f64,@function
forward_task_f64:
	.cfi_startproc
	sub	sp, sp, #224
	.cfi_def_cfa_offset 224
	str	d8, [sp, #112]
	stp	x29, x30, [sp, #128]
	stp	x28, x27, [sp, #144]
	stp	x26, x25, [sp, #160]
	stp	x24, x23, [sp, #176]
	stp	x22, x21, [sp, #192]
	stp	x20, x19, [sp, #208]
	add	x29, sp, #128
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
	mov	x19, x0
	ldr	x0, [x0]
	mov	w25, w1
	ldp	x23, x24, [x19, #16]
	ldp	x9, x8, [x0, #104]
	ldr	x22, [x0]
	ldp	x11, x10, [x0, #24]
	mul	x21, x8, x9
	cmp	x11, #1
	mul	x20, x10, x11
	b.ne	.LBB10_9
	cmp	x10, #1
	b.ne	.LBB10_9
	ldr	x10, [x0, #40]
	cmp	x10, #1
	b.ne	.LBB10_9
	ldr	x10, [x0, #48]
	cmp	x10, #1
	b.ne	.LBB10_9
	ldr	x10, [x0, #72]
	cbnz	x10, .LBB10_9
	ldr	x10, [x0, #80]
	cbnz	x10, .LBB10_9
	ldr	x10, [x0, #8]
	cmp	x9, x10
	b.ne	.LBB10_9
	ldr	x9, [x0, #16]
	cmp	x8, x9
	b.ne	.LBB10_9
	stur	wzr, [x29, #-60]
	str	xzr, [sp, #24]
	b	.LBB10_10
.LBB10_9:
	mul	x8, x20, x22
	mov	x26, x0
	mov	w0, #2
	mul	x8, x8, x21
	lsl	x1, x8, #3
	bl	axon_scratch
	str	x0, [sp, #24]
	mov	x0, x26
	mov	w8, #1
	stur	w8, [x29, #-60]
.LBB10_10:
	ldr	x8, [x19, #32]
	cmp	x8, #1
	b.lt	.LBB10_34
	sdiv	x9, x22, x23
	ldp	x12, x27, [x19, #48]
	movi	d8, #0000000000000000
	lsl	x28, x21, #3
	str	x0, [sp, #56]
	str	x12, [sp, #32]
	add	w12, w25, #1
	sxtw	x12, w12
	str	x12, [sp, #48]
	sdiv	x11, x24, x23
	mul	x24, x20, x9
	sxtw	x9, w25
	mul	x13, x8, x9
	mul	x8, x24, x21
	mul	x10, x13, x21
	lsl	x8, x8, #3
	stur	x8, [x29, #-24]
	lsl	x23, x10, #3
	mul	x9, x24, x11
	stur	x11, [x29, #-8]
	mul	x11, x21, x11
	lsl	x8, x9, #3
	stur	x8, [x29, #-32]
	lsl	x8, x11, #3
	stur	x8, [x29, #-40]
	and	x8, x21, #0x7ffffffffffffffc
	str	x8, [sp, #40]
	b	.LBB10_13
.LBB10_12:
	ldr	x8, [x19, #32]
	ldr	x9, [sp, #48]
	ldp	x23, x13, [x29, #-56]
	mul	x8, x8, x9
	add	x13, x13, #1
	add	x23, x23, x28
	cmp	x13, x8
	b.ge	.LBB10_34
.LBB10_13:
	ldr	x8, [x19, #8]
	cmp	x13, x8
	b.ge	.LBB10_34
	ldp	x8, x9, [x0]
	ldr	x20, [x19, #72]
	ldr	x22, [x19, #24]
	stur	x13, [x29, #-48]
	mul	x8, x8, x13
	mul	x8, x8, x9
	ldr	x9, [x0, #16]
	mul	x8, x8, x9
	ldr	x9, [x19, #40]
	add	x25, x9, x8, lsl #3
	ldur	w8, [x29, #-60]
	cbz	w8, .LBB10_16
	mov	x1, x25
	ldr	x25, [sp, #24]
	mov	x2, x25
	bl	im2col_f64
.LBB10_16:
	stur	x23, [x29, #-56]
	madd	x23, x22, x23, x20
	ldr	x8, [x19, #16]
	cmp	x8, #1
	b.lt	.LBB10_19
	ldr	x26, [sp, #32]
	mov	x20, xzr
	mov	x22, x23
.LBB10_18:
	movi	d0, #0000000000000000
	ldur	x2, [x29, #-8]
	mov	w0, wzr
	mov	w1, wzr
	mov	x3, x21
	mov	x4, x24
	mov	x5, x26
	mov	x6, x24
	mov	x7, x25
	stp	x22, x21, [sp, #8]
	str	x21, [sp]
	bl	axon_gemm_f64
	ldr	x8, [x19, #16]
	add	x20, x20, #1
	cmp	x20, x8
	ldp	x8, x9, [x29, #-32]
	add	x26, x26, x8
	ldur	x8, [x29, #-40]
	add	x25, x25, x9
	add	x22, x22, x8
	b.lt	.LBB10_18
.LBB10_19:
	ldr	x0, [sp, #56]
	ldr	x14, [sp, #40]
	cbnz	x27, .LBB10_21
	ldr	w8, [x19, #104]
	cbz	w8, .LBB10_12
.LBB10_21:
	ldr	x8, [x19, #24]
	cmp	x8, #1
	b.lt	.LBB10_12
	mov	x9, xzr
	add	x10, x23, #16
	b	.LBB10_24
.LBB10_23:
	add	x9, x9, #1
	add	x10, x10, x28
	add	x23, x23, x28
	cmp	x9, x8
	b.eq	.LBB10_12
.LBB10_24:
	cbz	x27, .LBB10_26
	ldr	d0, [x27, x9, lsl #3]
	cmp	x21, #1
	b.ge	.LBB10_27
	b	.LBB10_23
.LBB10_26:
	movi	d0, #0000000000000000
	cmp	x21, #1
	b.lt	.LBB10_23
.LBB10_27:
	ldr	w11, [x19, #104]
	cmp	x21, #4
	b.hs	.LBB10_29
	mov	x13, xzr
	b	.LBB10_32
.LBB10_29:
	dup	v1.2d, v0.d[0]
	fmov	s2, w11
	mov	x12, x10
	mov	x13, x14
.LBB10_30:
	ldp	q4, q5, [x12, #-16]
	fmov	s3, wzr
	subs	x13, x13, #4
	fadd	v4.2d, v1.2d, v4.2d
	fadd	v5.2d, v1.2d, v5.2d
	cmeq	v3.2s, v2.2s, v3.2s
	mvn	v3.8b, v3.8b
	fcmle	v6.2d, v4.2d, #0.0
	fcmle	v7.2d, v5.2d, #0.0
	dup	v3.2s, v3.s[0]
	xtn	v6.2s, v6.2d
	xtn	v7.2s, v7.2d
	and	v6.8b, v3.8b, v6.8b
	and	v3.8b, v3.8b, v7.8b
	sshll	v6.2d, v6.2s, #0
	sshll	v3.2d, v3.2s, #0
	bic	v4.16b, v4.16b, v6.16b
	bic	v3.16b, v5.16b, v3.16b
	stp	q4, q3, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB10_30
	cmp	x21, x14
	mov	x13, x14
	b.eq	.LBB10_23
.LBB10_32:
	add	x12, x23, x13, lsl #3
	sub	x13, x21, x13
.LBB10_33:
	ldr	d1, [x12]
	fadd	d1, d0, d1
	fcmp	d1, #0.0
	ccmp	w11, #0, #4, ls
	fcsel	d1, d8, d1, ne
	subs	x13, x13, #1
	str	d1, [x12], #8
	b.ne	.LBB10_33
	b	.LBB10_23
.LBB10_34:
	.cfi_def_cfa wsp, 224
	ldp	x20, x19, [sp, #208]
	ldr	d8, [sp, #112]
	ldp	x22, x21, [sp, #192]
	ldp	x24, x23, [sp, #176]
	ldp	x26, x25, [sp, #160]
	ldp	x28, x27, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #224
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
	ret
.Lfunc_end10:
	.size	forward_task_f64, .Lfunc_end10-forward_task_f64
	.cfi_endproc

	.globl	axon_conv2d_input_grad_f64
	.p2align	2
	.type	axon_conv2d_input_grad_f64,@function
axon_conv2d_input_grad_f64:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #128]
	str	x19, [sp, #144]
	add	x29, sp, #128
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	mov	x19, x1
	stp	x1, x2, [sp, #16]
	str	x0, [sp, #8]
	str	x3, [sp, #32]
	stp	xzr, x6, [sp, #48]
	stp	xzr, x4, [sp, #64]
	stp	xzr, x7, [sp, #80]
	stp	xzr, xzr, [sp, #96]
	stp	xzr, x5, [sp, #112]
	bl	axon_threads
	sxtw	x9, w0
	sub	x8, x19, #1
	adrp	x1, input_grad_task_f64
	add	x1, x1, :lo12:input_grad_task_f64
	add	x2, sp, #8
	cmp	x19, x9
	csel	x9, x19, x9, lt
	cmp	x9, #1
	csinc	x9, x9, xzr, gt
	add	x10, x9, x8
	sdiv	x9, x10, x9
	add	x8, x9, x8
	str	x9, [sp, #40]
	sdiv	x0, x8, x9
	bl	axon_parallel_run
	.cfi_def_cfa wsp, 160
	ldp	x29, x30, [sp, #128]
	ldr	x19, [sp, #144]
	add	sp, sp, #160
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end11:
	.size	axon_conv2d_input_grad_f64, .Lfunc_end11-axon_conv2d_input_grad_f64
	.cfi_endproc

	.p2align	2
	.type	input_grad_task_f64,@function
input_grad_task_f64:
	.cfi_startproc
	sub	sp, sp, #448
	.cfi_def_cfa_offset 448
	stp	x29, x30, [sp, #352]
	stp	x28, x27, [sp, #368]
	stp	x26, x25, [sp, #384]
	stp	x24, x23, [sp, #400]
	stp	x22, x21, [sp, #416]
	stp	x20, x19, [sp, #432]
	add	x29, sp, #352
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
	.cfi_remember_state
	ldr	x12, [x0]
	ldp	x23, x24, [x0, #16]
	mov	w25, w1
	str	x0, [sp, #120]
	ldp	x9, x8, [x12, #104]
	ldr	x20, [x12]
	ldp	x21, x19, [x12, #8]
	str	x12, [sp, #48]
	mul	x11, x8, x9
	stur	x11, [x29, #-160]
	ldp	x11, x10, [x12, #24]
	mul	x22, x10, x11
	cmp	x11, #1
	b.ne	.LBB12_5
	cmp	x10, #1
	b.ne	.LBB12_5
	ldr	x10, [sp, #48]
	ldr	x10, [x10, #40]
	cmp	x10, #1
	b.ne	.LBB12_5
	ldr	x10, [sp, #48]
	ldr	x10, [x10, #48]
	cmp	x10, #1
	b.ne	.LBB12_5
	ldr	x10, [sp, #48]
	ldr	x10, [x10, #72]
	cbz	x10, .LBB12_47
.LBB12_5:
	mul	x8, x22, x20
	ldur	x9, [x29, #-160]
	mov	w0, #2
	mul	x8, x8, x9
	lsl	x1, x8, #3
	bl	axon_scratch
	mov	w8, #1
	str	x0, [sp, #128]
	str	w8, [sp, #148]
.LBB12_6:
	ldr	x14, [sp, #120]
	ldr	x8, [x14, #32]
	cmp	x8, #1
	b.lt	.LBB12_46
	sdiv	x9, x20, x23
	mul	x10, x21, x20
	ldur	x11, [x29, #-160]
	mul	x15, x10, x19
	mul	x10, x21, x19
	sdiv	x12, x24, x23
	mul	x13, x22, x9
	sxtw	x9, w25
	mul	x16, x8, x9
	mul	x9, x10, x20
	mul	x8, x13, x11
	mov	x20, x16
	lsl	x8, x8, #3
	str	x8, [sp, #80]
	stp	x13, x12, [sp, #104]
	mul	x10, x13, x12
	add	w13, w25, #1
	sxtw	x13, w13
	mul	x11, x11, x12
	stp	x13, x15, [sp, #88]
	lsl	x13, x15, #3
	mul	x12, x16, x9
	ldr	x16, [x14, #48]
	lsl	x24, x10, #3
	stp	x13, x16, [sp, #32]
	lsl	x10, x11, #3
	str	x24, [sp, #72]
	lsl	x8, x12, #3
	str	x8, [sp, #152]
	lsl	x8, x9, #3
	stp	x8, x10, [sp, #56]
	ldr	x8, [sp, #128]
	add	x8, x8, #16
	str	x8, [sp, #24]
	b	.LBB12_9
.LBB12_8:
	ldr	x14, [sp, #120]
	ldr	x9, [sp, #88]
	ldr	x20, [sp, #136]
	ldr	x8, [x14, #32]
	add	x20, x20, #1
	mul	x8, x8, x9
	ldr	x9, [sp, #56]
	cmp	x20, x8
	ldr	x8, [sp, #152]
	add	x8, x8, x9
	str	x8, [sp, #152]
	b.ge	.LBB12_46
.LBB12_9:
	ldr	x8, [x14, #8]
	cmp	x20, x8
	b.ge	.LBB12_46
	ldr	x8, [x14, #24]
	ldur	x22, [x29, #-160]
	mov	x23, x14
	ldr	x9, [x14, #112]
	mul	x26, x8, x22
	ldr	x8, [x14, #64]
	mul	x19, x26, x20
	add	x25, x8, x19, lsl #3
	cbz	x9, .LBB12_12
	lsl	x1, x26, #3
	mov	w0, #3
	bl	axon_scratch
	ldr	x8, [x23, #112]
	mov	x27, x0
	mov	w0, #7
	mov	x1, x25
	mov	w2, wzr
	mov	w4, wzr
	add	x3, x8, x19, lsl #3
	mov	x5, x27
	mov	x6, x26
	bl	axon_binary_serial_f64
	mov	x25, x27
.LBB12_12:
	ldr	x8, [sp, #96]
	ldr	x9, [x23, #80]
	str	x20, [sp, #136]
	ldp	x28, x26, [sp, #104]
	mul	x8, x20, x8
	stur	x9, [x29, #-72]
	add	x10, x9, x8, lsl #3
	ldr	w9, [sp, #148]
	ldr	x8, [x23, #16]
	cmp	w9, #0
	ldr	x9, [sp, #128]
	stur	x10, [x29, #-16]
	csel	x20, x9, x10, ne
	cmp	x8, #1
	ldr	x9, [sp, #64]
	ldp	x24, x8, [sp, #72]
	b.lt	.LBB12_15
	ldr	x27, [sp, #40]
	mov	x21, xzr
.LBB12_14:
	movi	d0, #0000000000000000
	mov	w1, wzr
	mov	w0, #1
	mov	x2, x28
	mov	x3, x22
	mov	x4, x26
	mov	x5, x27
	mov	x6, x28
	mov	x7, x25
	stp	x20, x22, [sp, #8]
	mov	x19, x9
	str	x22, [sp]
	mov	x22, x8
	bl	axon_gemm_f64
	ldr	x8, [x23, #16]
	add	x21, x21, #1
	mov	x9, x19
	add	x27, x27, x24
	add	x25, x25, x19
	cmp	x21, x8
	mov	x8, x22
	ldur	x22, [x29, #-160]
	add	x20, x20, x8
	b.lt	.LBB12_14
.LBB12_15:
	ldr	w8, [sp, #148]
	tbz	w8, #0, .LBB12_8
	ldur	x0, [x29, #-16]
	ldr	x2, [sp, #32]
	mov	w1, wzr
	bl	memset
	ldr	x8, [sp, #48]
	ldr	x8, [x8]
	cmp	x8, #1
	str	x8, [sp, #176]
	b.lt	.LBB12_8
	ldr	x13, [sp, #48]
	mov	x16, xzr
	ldp	x14, x9, [x13, #16]
	ldr	x15, [x13, #8]
	ldp	x17, x3, [x13, #32]
	ldr	x4, [x13, #48]
	ldp	x0, x1, [x13, #104]
	stur	x9, [x29, #-104]
	ldp	x11, x18, [x13, #72]
	mul	x9, x9, x17
	ldp	x12, x5, [x13, #56]
	stur	x1, [x29, #-48]
	lsl	x27, x4, #3
	mul	x8, x11, x14
	stur	x14, [x29, #-24]
	stur	x12, [x29, #-128]
	mul	x10, x14, x15
	stur	x17, [x29, #-16]
	stur	x18, [x29, #-32]
	mul	x9, x9, x1
	lsl	x1, x1, #3
	stur	x5, [x29, #-40]
	mul	x12, x12, x14
	lsl	x10, x10, #3
	mul	x2, x1, x0
	str	x10, [sp, #168]
	mul	x9, x9, x0
	lsl	x10, x12, #3
	mul	x13, x3, x14
	ldr	x14, [sp, #152]
	stur	x10, [x29, #-120]
	lsl	x10, x5, #3
	sub	x8, x14, x8, lsl #3
	mul	x14, x2, x17
	lsl	x9, x9, #3
	stur	x10, [x29, #-56]
	sub	x8, x8, x18, lsl #3
	str	x9, [sp, #160]
	ldur	x9, [x29, #-72]
	lsl	x30, x13, #3
	add	x8, x9, x8
	stur	x14, [x29, #-112]
	sub	x14, x4, #1
	stur	x8, [x29, #-136]
	ldr	x8, [sp, #24]
	stur	x14, [x29, #-64]
	stur	x8, [x29, #-144]
	ldr	x8, [sp, #128]
	stur	x8, [x29, #-152]
	b	.LBB12_19
.LBB12_18:
	ldur	x16, [x29, #-168]
	ldp	x8, x9, [sp, #168]
	add	x16, x16, #1
	cmp	x16, x9
	ldur	x9, [x29, #-136]
	add	x9, x9, x8
	ldr	x8, [sp, #160]
	stur	x9, [x29, #-136]
	ldur	x9, [x29, #-152]
	add	x9, x9, x8
	stur	x9, [x29, #-152]
	ldur	x9, [x29, #-144]
	add	x9, x9, x8
	stur	x9, [x29, #-144]
	b.eq	.LBB12_8
.LBB12_19:
	ldur	x8, [x29, #-104]
	stur	x16, [x29, #-168]
	cmp	x8, #1
	b.lt	.LBB12_18
	ldp	x10, x9, [x29, #-152]
	ldur	x8, [x29, #-136]
	stp	x9, xzr, [x29, #-80]
	stp	x8, x10, [x29, #-96]
	b	.LBB12_22
.LBB12_21:
	ldur	x9, [x29, #-72]
	ldur	x8, [x29, #-104]
	add	x9, x9, #1
	cmp	x9, x8
	ldp	x10, x8, [x29, #-120]
	stur	x9, [x29, #-72]
	ldur	x9, [x29, #-96]
	add	x9, x9, x10
	stur	x9, [x29, #-96]
	ldur	x9, [x29, #-88]
	add	x9, x9, x8
	stur	x9, [x29, #-88]
	ldur	x9, [x29, #-80]
	add	x9, x9, x8
	stur	x9, [x29, #-80]
	b.eq	.LBB12_18
.LBB12_22:
	ldur	x8, [x29, #-16]
	cmp	x8, #1
	b.lt	.LBB12_21
	ldp	x22, x9, [x29, #-80]
	mov	x23, xzr
	ldur	x8, [x29, #-128]
	ldp	x13, x14, [x29, #-96]
	mul	x20, x9, x8
	b	.LBB12_25
.LBB12_24:
	ldur	x8, [x29, #-16]
	add	x23, x23, #1
	add	x14, x14, x2
	add	x22, x22, x2
	cmp	x23, x8
	ldur	x8, [x29, #-56]
	add	x13, x13, x8
	b.eq	.LBB12_21
.LBB12_25:
	ldp	x9, x8, [x29, #-40]
	neg	x8, x8
	madd	x9, x23, x9, x8
	tbnz	x9, #63, .LBB12_27
	mov	x8, xzr
	b	.LBB12_28
.LBB12_27:
	mvn	x8, x9
	add	x8, x4, x8
	sdiv	x8, x8, x4
.LBB12_28:
	ldur	x10, [x29, #-24]
	sub	x9, x10, x9
	cmp	x9, #1
	b.lt	.LBB12_30
	ldur	x10, [x29, #-64]
	add	x9, x10, x9
	sdiv	x9, x9, x4
	b	.LBB12_31
.LBB12_30:
	mov	x9, xzr
.LBB12_31:
	ldur	x10, [x29, #-48]
	cmp	x9, x10
	csel	x16, x9, x10, lt
	cmp	x8, x16
	csel	x12, x8, x16, lt
	cmp	x0, #1
	b.lt	.LBB12_24
	madd	x5, x27, x12, x13
	sub	x21, x16, x12
	lsl	x10, x12, #3
	and	x18, x21, #0xfffffffffffffffc
	mov	x25, xzr
	mov	x24, x14
	add	x9, x12, x18
	add	x28, x14, x10
	add	x26, x22, x10
	add	x17, x13, x10
	mov	x7, x13
	b	.LBB12_34
.LBB12_33:
	add	x25, x25, #1
	add	x5, x5, x30
	add	x28, x28, x1
	add	x26, x26, x1
	cmp	x25, x0
	add	x17, x17, x30
	add	x7, x7, x30
	add	x24, x24, x1
	b.eq	.LBB12_24
.LBB12_34:
	neg	x10, x11
	madd	x10, x25, x3, x10
	adds	x10, x10, x20
	b.mi	.LBB12_33
	cmp	x10, x15
	b.ge	.LBB12_33
	cmp	x4, #1
	b.ne	.LBB12_44
	cmp	x8, x16
	b.ge	.LBB12_33
	cmp	x21, #4
	mov	x10, x12
	b.lo	.LBB12_42
	mov	x10, x17
	mov	x6, x26
	mov	x19, x18
.LBB12_40:
	ldp	q0, q3, [x10]
	subs	x19, x19, #4
	ldp	q1, q2, [x6, #-16]
	add	x6, x6, #32
	fadd	v0.2d, v1.2d, v0.2d
	fadd	v1.2d, v2.2d, v3.2d
	stp	q0, q1, [x10], #32
	b.ne	.LBB12_40
	cmp	x21, x18
	mov	x10, x9
	b.eq	.LBB12_33
.LBB12_42:
	lsl	x19, x10, #3
	sub	x10, x16, x10
	add	x6, x7, x19
	add	x19, x24, x19
.LBB12_43:
	ldr	d0, [x19], #8
	ldr	d1, [x6]
	subs	x10, x10, #1
	fadd	d0, d0, d1
	str	d0, [x6], #8
	b.ne	.LBB12_43
	b	.LBB12_33
.LBB12_44:
	cmp	x8, x16
	mov	x10, x28
	mov	x6, x5
	mov	x19, x21
	b.ge	.LBB12_33
.LBB12_45:
	ldr	d0, [x10], #8
	ldr	d1, [x6]
	subs	x19, x19, #1
	fadd	d0, d0, d1
	str	d0, [x6]
	add	x6, x6, x27
	b.ne	.LBB12_45
	b	.LBB12_33
.LBB12_46:
	.cfi_def_cfa wsp, 448
	ldp	x20, x19, [sp, #432]
	ldp	x22, x21, [sp, #416]
	ldp	x24, x23, [sp, #400]
	ldp	x26, x25, [sp, #384]
	ldp	x28, x27, [sp, #368]
	ldp	x29, x30, [sp, #352]
	add	sp, sp, #448
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
	ret
.LBB12_47:
	.cfi_restore_state
	ldr	x10, [sp, #48]
	ldr	x10, [x10, #80]
	cbnz	x10, .LBB12_5
	cmp	x9, x21
	b.ne	.LBB12_5
	cmp	x8, x19
	b.ne	.LBB12_5
	str	wzr, [sp, #148]
	str	xzr, [sp, #128]
	b	.LBB12_6
.Lfunc_end12:
	.size	input_grad_task_f64, .Lfunc_end12-input_grad_task_f64
	.cfi_endproc

	.globl	axon_conv2d_weight_grad_f64
	.p2align	2
	.type	axon_conv2d_weight_grad_f64,@function
axon_conv2d_weight_grad_f64:
	.cfi_startproc
	sub	sp, sp, #224
	.cfi_def_cfa_offset 224
	stp	x29, x30, [sp, #128]
	str	x27, [sp, #144]
	stp	x26, x25, [sp, #160]
	stp	x24, x23, [sp, #176]
	stp	x22, x21, [sp, #192]
	stp	x20, x19, [sp, #208]
	add	x29, sp, #128
	.cfi_def_cfa w29, 96
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w25, -56
	.cfi_offset w26, -64
	.cfi_offset w27, -80
	.cfi_offset w30, -88
	.cfi_offset w29, -96
	.cfi_remember_state
	ldr	x8, [x0]
	ldp	x26, x27, [x0, #24]
	movi	v0.2d, #0000000000000000
	mov	x23, x7
	mov	x19, x3
	sdiv	x25, x8, x2
	mov	x20, x1
	stp	x0, x1, [sp, #8]
	stp	x2, x3, [sp, #24]
	stp	xzr, xzr, [sp, #56]
	str	x4, [sp, #48]
	str	x5, [sp, #72]
	stp	q0, q0, [sp, #80]
	stp	xzr, x6, [sp, #112]
	mul	x8, x26, x25
	mul	x24, x8, x27
	bl	axon_threads
	sxtw	x9, w0
	sub	x8, x20, #1
	cmp	x20, x9
	csel	x9, x20, x9, lt
	cmp	x9, #1
	csinc	x9, x9, xzr, gt
	add	x10, x9, x8
	sdiv	x9, x10, x9
	add	x8, x9, x8
	str	x9, [sp, #40]
	sdiv	x21, x8, x9
	lsl	x8, x24, #3
	add	x8, x8, #8
	mul	x22, x21, x19
	mul	x0, x8, x22
	bl	malloc
	cbz	x0, .LBB13_26
	mul	x8, x22, x24
	ldr	x22, [x29, #96]
	mov	x20, x0
	adrp	x1, weight_grad_task_f64
	add	x1, x1, :lo12:weight_grad_task_f64
	add	x2, sp, #8
	cmp	x22, #0
	add	x8, x0, x8, lsl #3
	csel	x8, xzr, x8, eq
	stp	x0, x8, [sp, #96]
	mov	w0, w21
	bl	axon_parallel_run
	mul	x24, x24, x19
	mov	x0, x23
	mov	x1, x20
	lsl	x2, x24, #3
	bl	memcpy
	cmp	x21, #2
	b.lt	.LBB13_12
	mul	x8, x26, x27
	and	x9, x24, #0x7ffffffffffffffc
	add	x11, x23, #16
	mov	w13, #1
	mul	x25, x8, x25
	mul	x8, x25, x19
	lsl	x8, x8, #3
	add	x10, x20, x8
	add	x12, x10, #16
	b	.LBB13_4
.LBB13_3:
	add	x13, x13, #1
	add	x12, x12, x8
	add	x10, x10, x8
	cmp	x13, x21
	b.eq	.LBB13_14
.LBB13_4:
	cmp	x24, #1
	b.lt	.LBB13_3
	cmp	x24, #4
	b.hs	.LBB13_7
	mov	x14, xzr
	b	.LBB13_10
.LBB13_7:
	mov	x14, x12
	mov	x15, x11
	mov	x16, x9
.LBB13_8:
	ldp	q0, q3, [x15, #-16]
	subs	x16, x16, #4
	ldp	q1, q2, [x14, #-16]
	add	x14, x14, #32
	fadd	v0.2d, v1.2d, v0.2d
	fadd	v1.2d, v2.2d, v3.2d
	stp	q0, q1, [x15, #-16]
	add	x15, x15, #32
	b.ne	.LBB13_8
	cmp	x24, x9
	mov	x14, x9
	b.eq	.LBB13_3
.LBB13_10:
	lsl	x16, x14, #3
	sub	x14, x24, x14
	add	x15, x23, x16
	add	x16, x10, x16
.LBB13_11:
	ldr	d0, [x16], #8
	ldr	d1, [x15]
	subs	x14, x14, #1
	fadd	d0, d0, d1
	str	d0, [x15], #8
	b.ne	.LBB13_11
	b	.LBB13_3
.LBB13_12:
	cbz	x22, .LBB13_25
	mul	x8, x21, x24
	lsl	x2, x19, #3
	mov	x0, x22
	add	x1, x20, x8, lsl #3
	bl	memcpy
	b	.LBB13_25
.LBB13_14:
	cbz	x22, .LBB13_25
	mul	x8, x21, x24
	lsl	x23, x19, #3
	mov	x0, x22
	mov	x2, x23
	add	x1, x20, x8, lsl #3
	bl	memcpy
	mul	x8, x25, x21
	and	x9, x19, #0x7ffffffffffffffc
	add	x10, x22, #16
	mov	w12, #1
	lsl	x8, x8, #3
	add	x8, x8, #8
	madd	x8, x19, x8, x20
	add	x11, x8, #16
	b	.LBB13_17
.LBB13_16:
	add	x12, x12, #1
	add	x11, x11, x23
	add	x8, x8, x23
	cmp	x12, x21
	b.eq	.LBB13_25
.LBB13_17:
	cmp	x19, #1
	b.lt	.LBB13_16
	cmp	x19, #4
	b.hs	.LBB13_20
	mov	x13, xzr
	b	.LBB13_23
.LBB13_20:
	mov	x13, x11
	mov	x14, x10
	mov	x15, x9
.LBB13_21:
	ldp	q0, q3, [x14, #-16]
	subs	x15, x15, #4
	ldp	q1, q2, [x13, #-16]
	add	x13, x13, #32
	fadd	v0.2d, v1.2d, v0.2d
	fadd	v1.2d, v2.2d, v3.2d
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB13_21
	cmp	x19, x9
	mov	x13, x9
	b.eq	.LBB13_16
.LBB13_23:
	lsl	x15, x13, #3
	sub	x13, x19, x13
	add	x14, x22, x15
	add	x15, x8, x15
.LBB13_24:
	ldr	d0, [x15], #8
	ldr	d1, [x14]
	subs	x13, x13, #1
	fadd	d0, d0, d1
	str	d0, [x14], #8
	b.ne	.LBB13_24
	b	.LBB13_16
.LBB13_25:
	mov	x0, x20
	bl	free
	.cfi_def_cfa wsp, 224
	ldp	x20, x19, [sp, #208]
	ldr	x27, [sp, #144]
	ldp	x22, x21, [sp, #192]
	ldp	x24, x23, [sp, #176]
	ldp	x26, x25, [sp, #160]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #224
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
	.cfi_restore w30
	.cfi_restore w29
	ret
.LBB13_26:
	.cfi_restore_state
	bl	abort
.Lfunc_end13:
	.size	axon_conv2d_weight_grad_f64, .Lfunc_end13-axon_conv2d_weight_grad_f64
	.cfi_endproc

	.p2align	2
	.type	weight_grad_task_f64,@function
weight_grad_task_f64:
	.cfi_startproc
	sub	sp, sp, #240
	.cfi_def_cfa_offset 240
	stp	x29, x30, [sp, #144]
	stp	x28, x27, [sp, #160]
	stp	x26, x25, [sp, #176]
	stp	x24, x23, [sp, #192]
	stp	x22, x21, [sp, #208]
	stp	x20, x19, [sp, #224]
	add	x29, sp, #144
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
	ldr	x10, [x0]
	ldp	x19, x20, [x0, #16]
	mov	w26, w1
	stur	x0, [x29, #-8]
	ldr	x8, [x10]
	ldp	x14, x12, [x10, #24]
	stur	x10, [x29, #-32]
	ldp	x11, x10, [x10, #104]
	sdiv	x13, x8, x19
	mul	x9, x12, x14
	cmp	x14, #1
	mul	x21, x10, x11
	mul	x22, x9, x13
	b.ne	.LBB14_9
	cmp	x12, #1
	b.ne	.LBB14_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #40]
	cmp	x12, #1
	b.ne	.LBB14_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #48]
	cmp	x12, #1
	b.ne	.LBB14_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #72]
	cbnz	x12, .LBB14_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #80]
	cbnz	x12, .LBB14_9
	ldur	x12, [x29, #-32]
	ldr	x12, [x12, #8]
	cmp	x11, x12
	b.ne	.LBB14_9
	ldur	x11, [x29, #-32]
	ldr	x11, [x11, #16]
	cmp	x10, x11
	b.ne	.LBB14_9
	stur	wzr, [x29, #-60]
	mov	x8, x20
	str	xzr, [sp, #32]
	b	.LBB14_10
.LBB14_9:
	mul	x8, x9, x8
	mov	w0, #2
	mul	x8, x8, x21
	lsl	x1, x8, #3
	bl	axon_scratch
	str	x0, [sp, #32]
	ldur	x0, [x29, #-8]
	mov	w9, #1
	stur	w9, [x29, #-60]
	ldr	x8, [x0, #24]
.LBB14_10:
	sxtw	x23, w26
	ldp	x12, x11, [x0, #88]
	mov	x27, x0
	mov	w1, wzr
	stur	x22, [x29, #-56]
	mul	x9, x8, x23
	cmp	x11, #0
	mul	x8, x22, x8
	mul	x10, x9, x22
	add	x25, x11, x9, lsl #3
	lsl	x2, x8, #3
	csel	x24, xzr, x25, eq
	add	x9, x12, x10, lsl #3
	mov	x0, x9
	str	x9, [sp, #40]
	bl	memset
	cbz	x24, .LBB14_12
	ldr	x8, [x27, #24]
	mov	x0, x25
	mov	w1, wzr
	lsl	x2, x8, #3
	bl	memset
.LBB14_12:
	ldr	x8, [x27, #32]
	cmp	x8, #1
	b.lt	.LBB14_35
	sdiv	x14, x20, x19
	ldur	x11, [x29, #-56]
	mul	x12, x8, x23
	add	w8, w26, #1
	lsl	x18, x21, #3
	mov	x13, x27
	mul	x9, x11, x21
	sxtw	x8, w8
	and	x0, x21, #0x7ffffffffffffffc
	stp	x0, x18, [sp, #48]
	stp	x24, x8, [sp, #64]
	lsl	x15, x9, #3
	mul	x10, x21, x14
	mul	x11, x11, x14
	lsl	x16, x10, #3
	lsl	x17, x11, #3
	stur	x16, [x29, #-16]
	b	.LBB14_15
.LBB14_14:
	ldr	x8, [x13, #32]
	ldr	x9, [sp, #72]
	ldur	x12, [x29, #-24]
	mul	x8, x8, x9
	add	x12, x12, #1
	cmp	x12, x8
	b.ge	.LBB14_35
.LBB14_15:
	ldr	x8, [x13, #8]
	cmp	x12, x8
	b.ge	.LBB14_35
	ldr	x8, [x13, #24]
	ldur	x10, [x29, #-32]
	mov	x25, x14
	ldr	x14, [x13, #40]
	ldr	x9, [x13, #112]
	mov	x22, x17
	mul	x27, x8, x21
	ldr	x8, [x13, #64]
	ldr	x19, [x10, #16]
	ldp	x23, x11, [x10]
	mov	x24, x15
	stur	x12, [x29, #-24]
	mul	x28, x27, x12
	add	x26, x8, x28, lsl #3
	cbz	x9, .LBB14_18
	lsl	x1, x27, #3
	mov	w0, #3
	mov	x20, x13
	stp	x14, x11, [x29, #-48]
	bl	axon_scratch
	ldr	x8, [x20, #112]
	mov	x1, x26
	mov	w2, wzr
	mov	w4, wzr
	mov	x6, x27
	add	x3, x8, x28, lsl #3
	mov	x28, x0
	mov	w0, #7
	mov	x5, x28
	bl	axon_binary_serial_f64
	ldp	x14, x11, [x29, #-48]
	mov	x26, x28
	ldur	x12, [x29, #-24]
.LBB14_18:
	mul	x8, x23, x12
	mul	x8, x8, x11
	mul	x8, x8, x19
	add	x27, x14, x8, lsl #3
	ldur	w8, [x29, #-60]
	cbz	w8, .LBB14_20
	mov	x1, x27
	ldr	x27, [sp, #32]
	ldur	x0, [x29, #-32]
	mov	x2, x27
	bl	im2col_f64
.LBB14_20:
	ldur	x13, [x29, #-8]
	ldur	x19, [x29, #-56]
	mov	x14, x25
	mov	x15, x24
	mov	x17, x22
	ldr	x8, [x13, #16]
	cmp	x8, #1
	b.lt	.LBB14_23
	ldr	x23, [sp, #40]
	mov	x20, xzr
	mov	x28, x26
.LBB14_22:
	fmov	d0, #1.00000000
	mov	w0, wzr
	mov	w1, #1
	mov	x2, x25
	mov	x3, x19
	mov	x4, x21
	mov	x5, x28
	mov	x6, x21
	mov	x7, x27
	stp	x23, x19, [sp, #8]
	str	x21, [sp]
	bl	axon_gemm_f64
	ldp	x16, x13, [x29, #-16]
	add	x20, x20, #1
	mov	x17, x22
	mov	x15, x24
	mov	x14, x25
	add	x27, x27, x24
	add	x23, x23, x22
	ldr	x8, [x13, #16]
	add	x28, x28, x16
	cmp	x20, x8
	b.lt	.LBB14_22
.LBB14_23:
	ldp	x18, x24, [sp, #56]
	ldr	x0, [sp, #48]
	cbz	x24, .LBB14_14
	ldr	x8, [x13, #24]
	cmp	x8, #1
	b.lt	.LBB14_14
	mov	x9, xzr
	add	x10, x26, #16
	b	.LBB14_27
.LBB14_26:
	ldr	d1, [x24, x9, lsl #3]
	add	x10, x10, x18
	add	x26, x26, x18
	fadd	d0, d0, d1
	str	d0, [x24, x9, lsl #3]
	add	x9, x9, #1
	cmp	x9, x8
	b.eq	.LBB14_14
.LBB14_27:
	movi	d0, #0000000000000000
	cmp	x21, #1
	b.lt	.LBB14_26
	cmp	x21, #4
	b.hs	.LBB14_30
	mov	x12, xzr
	b	.LBB14_33
.LBB14_30:
	mov	x11, x10
	mov	x12, x0
.LBB14_31:
	ldp	q1, q2, [x11, #-16]
	subs	x12, x12, #4
	add	x11, x11, #32
	mov	d3, v1.d[1]
	fadd	d0, d0, d1
	mov	d1, v2.d[1]
	fadd	d0, d0, d3
	fadd	d0, d0, d2
	fadd	d0, d0, d1
	b.ne	.LBB14_31
	cmp	x21, x0
	mov	x12, x0
	b.eq	.LBB14_26
.LBB14_33:
	add	x11, x26, x12, lsl #3
	sub	x12, x21, x12
.LBB14_34:
	ldr	d1, [x11], #8
	subs	x12, x12, #1
	fadd	d0, d0, d1
	b.ne	.LBB14_34
	b	.LBB14_26
.LBB14_35:
	.cfi_def_cfa wsp, 240
	ldp	x20, x19, [sp, #224]
	ldp	x22, x21, [sp, #208]
	ldp	x24, x23, [sp, #192]
	ldp	x26, x25, [sp, #176]
	ldp	x28, x27, [sp, #160]
	ldp	x29, x30, [sp, #144]
	add	sp, sp, #240
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
	ret
.Lfunc_end14:
	.size	weight_grad_task_f64, .Lfunc_end14-weight_grad_task_f64
	.cfi_endproc

	.globl	axon_max_pool2d_f32
	.p2align	2
	.type	axon_max_pool2d_f32,@function
axon_max_pool2d_f32:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #128
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	ldp	x8, x9, [x0, #8]
	movi	v0.2d, #0000000000000000
	mov	x19, x1
	stp	xzr, x2, [sp, #64]
	stp	x3, x4, [sp, #80]
	mul	x20, x9, x8
	ldp	x8, x9, [x0, #104]
	stp	q0, q0, [sp, #32]
	mul	x8, x9, x8
	stp	x0, x20, [sp, #8]
	str	x8, [sp, #24]
	bl	axon_threads
	cmp	x19, #2
	b.lt	.LBB15_4
	cmp	w0, #2
	b.lt	.LBB15_4
	mul	x8, x20, x19
	cmp	x8, #8, lsl #12
	b.lt	.LBB15_4
	mov	w8, w0
	sub	x9, x19, #1
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	add	x10, x9, x8
	sub	x2, x29, #32
	udiv	x8, x10, x8
	add	x10, sp, #8
	add	x9, x8, x9
	stp	x19, x8, [x29, #-16]
	sdiv	x0, x9, x8
	adrp	x9, max_pool_run_f32
	add	x9, x9, :lo12:max_pool_run_f32
	stp	x9, x10, [x29, #-32]
	bl	axon_parallel_run
	b	.LBB15_5
.LBB15_4:
	add	x0, sp, #8
	mov	x1, xzr
	mov	x2, x19
	bl	max_pool_run_f32
.LBB15_5:
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #160
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end15:
	.size	axon_max_pool2d_f32, .Lfunc_end15-axon_max_pool2d_f32
	.cfi_endproc

	.p2align	2
	.type	max_pool_run_f32,@function
max_pool_run_f32:
	.cfi_startproc
	sub	sp, sp, #176
	.cfi_def_cfa_offset 176
	str	x30, [sp, #80]
	stp	x28, x27, [sp, #96]
	stp	x26, x25, [sp, #112]
	stp	x24, x23, [sp, #128]
	stp	x22, x21, [sp, #144]
	stp	x20, x19, [sp, #160]
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
	.cfi_offset w30, -96
	ldp	x15, x8, [x0]
	ldr	x9, [x0, #16]
	ldp	x6, x7, [x0, #64]
	mul	x4, x9, x1
	ldr	x9, [x0, #80]
	ldp	x17, x13, [x15, #8]
	ldr	x11, [x15, #72]
	ldp	x12, x10, [x15, #104]
	mul	x3, x8, x1
	mul	x22, x13, x17
	add	x27, x7, x4, lsl #2
	add	x28, x9, x4, lsl #3
	mul	x14, x10, x12
	add	x8, x6, x3, lsl #2
	cbnz	x11, .LBB16_6
	ldr	x11, [x15, #80]
	cbnz	x11, .LBB16_6
	ldr	x11, [x15, #56]
	cmp	x11, #1
	b.ne	.LBB16_6
	ldr	x11, [x15, #64]
	cmp	x11, #1
	b.ne	.LBB16_6
	ldr	x0, [x15, #40]
	sub	x11, x12, #1
	ldr	x16, [x15, #24]
	madd	x18, x0, x11, x16
	cmp	x18, x17
	b.gt	.LBB16_6
	ldr	x17, [x15, #48]
	sub	x1, x10, #1
	ldr	x18, [x15, #32]
	madd	x1, x17, x1, x18
	cmp	x1, x13
	b.le	.LBB16_28
.LBB16_6:
	cmp	x2, #1
	b.lt	.LBB16_61
	lsl	x13, x22, #2
	mov	x16, xzr
	b	.LBB16_9
.LBB16_8:
	add	x16, x16, #1
	add	x8, x8, x13
	cmp	x16, x2
	b.eq	.LBB16_61
.LBB16_9:
	cmp	x12, #1
	b.lt	.LBB16_8
	mul	x9, x16, x14
	mov	x17, xzr
	mov	x1, xzr
	add	x18, x27, x9, lsl #2
	add	x0, x28, x9, lsl #3
	b	.LBB16_13
.LBB16_11:
	ldr	x12, [x15, #104]
.LBB16_12:
	add	x1, x1, #1
	add	x17, x17, #4
	cmp	x1, x12
	b.ge	.LBB16_8
.LBB16_13:
	cmp	x10, #1
	b.lt	.LBB16_12
	mov	x12, xzr
	b	.LBB16_17
.LBB16_15:
	mov	w9, #-8388608
	mov	x7, #-1
	fmov	s0, w9
.LBB16_16:
	mul	x9, x10, x1
	add	x10, x0, x9, lsl #3
	add	x9, x18, x9, lsl #2
	str	x7, [x10, x12, lsl #3]
	ldr	x10, [x15, #112]
	str	s0, [x9, x12, lsl #2]
	add	x12, x12, #1
	cmp	x12, x10
	b.ge	.LBB16_11
.LBB16_17:
	ldr	x3, [x15, #24]
	cmp	x3, #1
	b.lt	.LBB16_15
	ldp	x9, x19, [x15, #72]
	mov	x4, xzr
	ldp	x11, x7, [x15, #40]
	ldr	x20, [x15, #56]
	neg	x6, x9
	neg	x19, x19
	lsl	x22, x20, #2
	madd	x5, x11, x1, x6
	madd	x6, x1, x11, x6
	mul	x11, x17, x11
	madd	x19, x7, x12, x19
	mov	x7, #-1
	sub	x21, x11, x9, lsl #2
	mov	w9, #-8388608
	fmov	s0, w9
	b	.LBB16_20
.LBB16_19:
	add	x4, x4, #1
	add	x6, x6, x20
	add	x21, x21, x22
	cmp	x4, x3
	b.eq	.LBB16_16
.LBB16_20:
	mul	x9, x4, x20
	adds	x11, x9, x5
	b.mi	.LBB16_19
	ldr	x9, [x15, #8]
	cmp	x11, x9
	b.ge	.LBB16_19
	ldr	x11, [x15, #32]
	cmp	x11, #1
	b.lt	.LBB16_19
	ldr	x23, [x15, #64]
	mov	x24, x19
	b	.LBB16_25
.LBB16_24:
	subs	x11, x11, #1
	add	x24, x24, x23
	b.eq	.LBB16_19
.LBB16_25:
	tbnz	x24, #63, .LBB16_24
	ldr	x25, [x15, #16]
	cmp	x24, x25
	b.ge	.LBB16_24
	madd	x9, x21, x25, x8
	cmp	x7, #0
	madd	x25, x6, x25, x24
	ldr	s1, [x9, x24, lsl #2]
	cset	w9, lt
	fcmp	s1, s0
	cset	w26, gt
	fcmp	s1, s1
	csinc	w26, w26, wzr, vc
	orr	w9, w9, w26
	tst	w9, #0x1
	fcsel	s0, s1, s0, ne
	csel	x7, x25, x7, ne
	b	.LBB16_24
.LBB16_28:
	cmp	x17, #2
	str	x27, [sp, #48]
	b.ne	.LBB16_46
	cmp	x0, #2
	b.ne	.LBB16_46
	cmp	x16, #2
	b.ne	.LBB16_46
	cmp	x18, #2
	b.ne	.LBB16_46
	cmp	x2, #1
	b.lt	.LBB16_61
	lsl	x18, x12, #3
	mul	x11, x13, x11
	lsl	x0, x3, #2
	lsl	x9, x14, #2
	add	x19, x14, x4
	lsl	x14, x14, #3
	sub	x1, x18, #4
	add	x17, x6, x0
	add	x21, x3, x13
	madd	x20, x13, x1, x17
	lsl	x18, x10, #2
	lsl	x1, x22, #2
	lsl	x3, x10, #3
	lsl	x4, x13, #3
	stp	x17, x14, [sp, #64]
	mov	w14, #1
	add	x11, x17, x11, lsl #3
	add	x17, x6, x21, lsl #2
	dup	v0.2d, x14
	add	x14, x0, x13, lsl #2
	str	x1, [sp, #88]
	lsl	x5, x13, #1
	add	x1, x7, x19, lsl #2
	str	x17, [sp, #40]
	orr	x17, x4, x18
	add	x11, x11, x3
	mov	x15, xzr
	add	x16, x13, #1
	stp	x11, x17, [sp, #16]
	add	x11, x20, x3
	and	x20, x10, #0x7ffffffffffffffe
	add	x14, x6, x14
	mov	x0, x27
	str	x1, [sp, #56]
	str	x11, [sp, #8]
	b	.LBB16_35
.LBB16_34:
	ldr	x11, [sp, #88]
	add	x15, x15, #1
	add	x0, x0, x9
	cmp	x15, x2
	add	x14, x14, x11
	add	x8, x8, x11
	ldr	x11, [sp, #72]
	add	x28, x1, x11
	b.eq	.LBB16_61
.LBB16_35:
	mov	x1, x28
	cmp	x12, #1
	b.lt	.LBB16_34
	mul	x11, x9, x15
	ldr	x17, [sp, #88]
	mov	x25, xzr
	mov	x26, xzr
	mov	x24, x0
	mul	x6, x17, x15
	mov	x17, x9
	ldr	x9, [sp, #48]
	add	x7, x9, x11
	mov	x9, x17
	ldr	x17, [sp, #8]
	add	x19, x17, x6
	ldr	x17, [sp, #56]
	cmp	x7, x19
	add	x11, x17, x11
	ldr	x17, [sp, #40]
	add	x21, x17, x6
	ldp	x17, x22, [sp, #16]
	ccmp	x21, x11, #2, lo
	add	x19, x17, x6
	ldr	x17, [sp, #64]
	ccmp	x22, #0, #8, hs
	cset	w21, lt
	cmp	x7, x19
	mov	x7, x14
	add	x6, x17, x6
	ccmp	x6, x11, #2, lo
	mov	x11, x1
	ccmp	x22, #0, #8, hs
	csinc	w28, w21, wzr, ge
	mov	x21, x8
	b	.LBB16_38
.LBB16_37:
	add	x26, x26, #1
	add	x7, x7, x4
	add	x21, x21, x4
	cmp	x26, x12
	add	x11, x11, x3
	add	x24, x24, x18
	add	x25, x25, x5
	b.eq	.LBB16_34
.LBB16_38:
	cmp	x10, #1
	b.lt	.LBB16_37
	cset	w6, eq
	orr	w6, w6, w28
	tbz	w6, #0, .LBB16_41
	mov	x6, xzr
	b	.LBB16_44
.LBB16_41:
	mul	x6, x26, x13
	mov	x27, x24
	mov	x30, x11
	mov	x23, x7
	lsl	x6, x6, #1
	add	x19, x6, x13
	add	x22, x16, x6
	dup	v1.2d, x6
	dup	v2.2d, x19
	dup	v3.2d, x22
	mov	x22, x20
	mov	x6, x21
	mov	w19, #2
.LBB16_42:
	ld2	{ v4.2s, v5.2s }, [x6], #16
	sub	x17, x19, #2
	ld2	{ v6.2s, v7.2s }, [x23], #16
	subs	x22, x22, #2
	fcmgt	v16.2s, v5.2s, v4.2s
	fcmeq	v17.2s, v5.2s, v5.2s
	fcmeq	v20.2s, v7.2s, v7.2s
	orn	v16.8b, v16.8b, v17.8b
	fcmeq	v17.2s, v6.2s, v6.2s
	bit	v4.8b, v5.8b, v16.8b
	ushll	v16.2d, v16.2s, #0
	and	v16.16b, v16.16b, v0.16b
	fcmgt	v5.2s, v6.2s, v4.2s
	orn	v5.8b, v5.8b, v17.8b
	fmov	d17, x17
	mov	v17.d[1], x19
	bit	v4.8b, v6.8b, v5.8b
	sshll	v5.2d, v5.2s, #0
	add	x19, x19, #4
	add	v18.2d, v17.2d, v1.2d
	fcmgt	v19.2s, v7.2s, v4.2s
	add	v21.2d, v2.2d, v17.2d
	add	v17.2d, v3.2d, v17.2d
	orr	v16.16b, v18.16b, v16.16b
	orn	v18.8b, v19.8b, v20.8b
	bsl	v5.16b, v21.16b, v16.16b
	sshll	v16.2d, v18.2s, #0
	bit	v4.8b, v7.8b, v18.8b
	bit	v5.16b, v17.16b, v16.16b
	str	d4, [x27], #8
	str	q5, [x30], #16
	b.ne	.LBB16_42
	cmp	x10, x20
	mov	x6, x20
	b.eq	.LBB16_37
.LBB16_44:
	add	x19, x25, x6, lsl #1
	lsl	x22, x6, #3
.LBB16_45:
	add	x17, x21, x22
	add	x23, x7, x22
	add	x22, x22, #8
	ldp	s1, s2, [x17]
	ldp	s3, s4, [x23]
	fcmp	s2, s1
	cset	w17, gt
	fcmp	s2, s2
	csinc	w17, w17, wzr, vc
	cmp	w17, #0
	add	x17, x19, x17
	fcsel	s1, s2, s1, ne
	fcmp	s3, s3
	cset	w23, vs
	fcmp	s3, s1
	csinc	w23, w23, wzr, le
	fcmp	s4, s4
	cset	w27, vs
	cmp	w23, #0
	add	x23, x13, x19
	fcsel	s1, s3, s1, ne
	csel	x17, x23, x17, ne
	add	x19, x19, #2
	fcmp	s4, s1
	csinc	w27, w27, wzr, le
	cmp	w27, #0
	fcsel	s1, s4, s1, ne
	csinc	x17, x17, x23, eq
	str	x17, [x11, x6, lsl #3]
	str	s1, [x24, x6, lsl #2]
	add	x6, x6, #1
	cmp	x10, x6
	b.ne	.LBB16_45
	b	.LBB16_37
.LBB16_46:
	cmp	x2, #1
	b.lt	.LBB16_61
	mul	x9, x0, x13
	lsl	x11, x22, #2
	lsl	x5, x17, #2
	lsl	x6, x13, #2
	str	x8, [sp, #56]
	stp	x28, x11, [sp, #32]
	str	x22, [sp, #24]
	str	x9, [sp, #88]
	lsl	x9, x9, #2
	stp	xzr, x9, [sp, #64]
	b	.LBB16_49
.LBB16_48:
	ldp	x11, x9, [sp, #56]
	add	x9, x9, #1
	str	x9, [sp, #64]
	cmp	x9, x2
	ldr	x9, [sp, #40]
	add	x11, x11, x9
	str	x11, [sp, #56]
	b.eq	.LBB16_61
.LBB16_49:
	cmp	x12, #1
	b.lt	.LBB16_48
	ldr	x9, [sp, #24]
	ldr	x15, [sp, #64]
	mov	x1, xzr
	mov	x20, xzr
	mul	x11, x15, x9
	ldr	x9, [sp, #48]
	mul	x15, x15, x14
	add	x21, x8, x11, lsl #2
	add	x22, x9, x15, lsl #2
	ldr	x9, [sp, #32]
	add	x23, x9, x15, lsl #3
	ldr	x15, [sp, #56]
	b	.LBB16_52
.LBB16_51:
	ldr	x9, [sp, #88]
	add	x20, x20, #1
	cmp	x20, x12
	add	x1, x1, x9
	ldr	x9, [sp, #72]
	add	x15, x15, x9
	b.eq	.LBB16_48
.LBB16_52:
	cmp	x10, #1
	b.lt	.LBB16_51
	ldr	x9, [sp, #88]
	mul	x27, x20, x10
	mov	x25, xzr
	mov	x24, x15
	mov	x19, x1
	mul	x26, x9, x20
	b	.LBB16_55
.LBB16_54:
	add	x11, x25, x27
	add	x25, x25, #1
	add	x19, x19, x17
	cmp	x25, x10
	add	x24, x24, x5
	str	s0, [x22, x11, lsl #2]
	str	x3, [x23, x11, lsl #3]
	b.eq	.LBB16_51
.LBB16_55:
	madd	x3, x25, x17, x26
	cmp	x16, #1
	ldr	s0, [x21, x3, lsl #2]
	b.lt	.LBB16_54
	mov	x7, xzr
	mov	x28, x24
	mov	x30, x19
	b	.LBB16_58
.LBB16_57:
	add	x7, x7, #1
	add	x30, x30, x13
	add	x28, x28, x6
	cmp	x7, x16
	b.eq	.LBB16_54
.LBB16_58:
	cmp	x7, #0
	cset	w0, eq
	subs	x11, x18, x0
	b.le	.LBB16_57
	add	x4, x28, x0, lsl #2
	add	x0, x30, x0
.LBB16_60:
	ldr	s1, [x4], #4
	fcmp	s1, s0
	cset	w9, gt
	fcmp	s1, s1
	csinc	w9, w9, wzr, vc
	cmp	w9, #0
	fcsel	s0, s1, s0, ne
	csel	x3, x0, x3, ne
	subs	x11, x11, #1
	add	x0, x0, #1
	b.ne	.LBB16_60
	b	.LBB16_57
.LBB16_61:
	ldp	x20, x19, [sp, #160]
	ldr	x30, [sp, #80]
	ldp	x22, x21, [sp, #144]
	ldp	x24, x23, [sp, #128]
	ldp	x26, x25, [sp, #112]
	ldp	x28, x27, [sp, #96]
	add	sp, sp, #176
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
	ret
.Lfunc_end16:
	.size	max_pool_run_f32, .Lfunc_end16-max_pool_run_f32
	.cfi_endproc

	.globl	axon_max_pool2d_backward_f32
	.p2align	2
	.type	axon_max_pool2d_backward_f32,@function
axon_max_pool2d_backward_f32:
	.cfi_startproc
	sub	sp, sp, #224
	.cfi_def_cfa_offset 224
	stp	x29, x30, [sp, #128]
	stp	x28, x27, [sp, #144]
	stp	x26, x25, [sp, #160]
	stp	x24, x23, [sp, #176]
	stp	x22, x21, [sp, #192]
	stp	x20, x19, [sp, #208]
	add	x29, sp, #128
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
	movi	v0.2d, #0000000000000000
	mov	x21, x4
	mov	x22, x3
	mov	x23, x2
	mov	x24, x1
	mov	x19, x0
	stp	xzr, x1, [sp, #8]
	mov	x20, x5
	str	x2, [sp, #24]
	stp	q0, q0, [sp, #32]
	stp	xzr, x3, [sp, #64]
	stp	x5, x4, [sp, #80]
	bl	axon_threads
	subs	x8, x19, #1
	str	x19, [sp]
	b.le	.LBB17_4
	cmp	w0, #2
	b.lt	.LBB17_4
	ldr	x9, [sp]
	mul	x9, x24, x9
	cmp	x9, #8, lsl #12
	b.lt	.LBB17_5
	sxtw	x9, w0
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	sub	x2, x29, #32
	add	x10, x8, x9
	udiv	x9, x10, x9
	add	x10, sp, #8
	add	x8, x9, x8
	sdiv	x0, x8, x9
	adrp	x8, max_pool_backward_run_f32
	add	x8, x8, :lo12:max_pool_backward_run_f32
	stp	x8, x10, [x29, #-32]
	ldr	x8, [sp]
	stp	x8, x9, [x29, #-16]
	bl	axon_parallel_run
	b	.LBB17_11
.LBB17_4:
	ldr	x8, [sp]
	cmp	x8, #1
	b.lt	.LBB17_11
.LBB17_5:
	lsl	x25, x24, #2
	lsl	x27, x23, #2
	lsl	x28, x23, #3
	mov	x19, xzr
	b	.LBB17_7
.LBB17_6:
	ldr	x8, [sp]
	add	x19, x19, #1
	add	x22, x22, x27
	add	x21, x21, x28
	cmp	x19, x8
	b.eq	.LBB17_11
.LBB17_7:
	mul	x8, x19, x24
	mov	w1, wzr
	mov	x2, x25
	add	x26, x20, x8, lsl #2
	mov	x0, x26
	bl	memset
	cmp	x23, #1
	mov	x8, x21
	mov	x9, x22
	mov	x10, x23
	b.ge	.LBB17_9
	b	.LBB17_6
.LBB17_8:
	subs	x10, x10, #1
	add	x9, x9, #4
	b.eq	.LBB17_6
.LBB17_9:
	ldr	x11, [x8], #8
	tbnz	x11, #63, .LBB17_8
	ldr	s0, [x9]
	ldr	s1, [x26, x11, lsl #2]
	fadd	s0, s0, s1
	str	s0, [x26, x11, lsl #2]
	b	.LBB17_8
.LBB17_11:
	.cfi_def_cfa wsp, 224
	ldp	x20, x19, [sp, #208]
	ldp	x22, x21, [sp, #192]
	ldp	x24, x23, [sp, #176]
	ldp	x26, x25, [sp, #160]
	ldp	x28, x27, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #224
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
	ret
.Lfunc_end17:
	.size	axon_max_pool2d_backward_f32, .Lfunc_end17-axon_max_pool2d_backward_f32
	.cfi_endproc

	.p2align	2
	.type	max_pool_backward_run_f32,@function
max_pool_backward_run_f32:
	.cfi_startproc
	sub	sp, sp, #112
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
	cmp	x2, #1
	str	x2, [sp, #8]
	b.lt	.LBB18_7
	ldp	x23, x22, [x0, #8]
	mov	x19, xzr
	ldp	x12, x10, [x0, #72]
	ldr	x11, [x0, #64]
	mul	x8, x22, x1
	lsl	x20, x23, #2
	lsl	x27, x22, #2
	lsl	x28, x22, #3
	mul	x9, x23, x1
	add	x24, x11, x8, lsl #2
	add	x25, x10, x8, lsl #3
	add	x26, x12, x9, lsl #2
	b	.LBB18_3
.LBB18_2:
	ldr	x8, [sp, #8]
	add	x19, x19, #1
	add	x24, x24, x27
	add	x25, x25, x28
	cmp	x19, x8
	b.eq	.LBB18_7
.LBB18_3:
	mul	x8, x19, x23
	mov	w1, wzr
	mov	x2, x20
	add	x21, x26, x8, lsl #2
	mov	x0, x21
	bl	memset
	cmp	x22, #1
	mov	x8, x25
	mov	x9, x24
	mov	x10, x22
	b.ge	.LBB18_5
	b	.LBB18_2
.LBB18_4:
	subs	x10, x10, #1
	add	x9, x9, #4
	b.eq	.LBB18_2
.LBB18_5:
	ldr	x11, [x8], #8
	tbnz	x11, #63, .LBB18_4
	ldr	s0, [x9]
	ldr	s1, [x21, x11, lsl #2]
	fadd	s0, s0, s1
	str	s0, [x21, x11, lsl #2]
	b	.LBB18_4
.LBB18_7:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x28, x27, [sp, #32]
	ldp	x29, x30, [sp, #16]
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
	.cfi_restore w27
	.cfi_restore w28
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end18:
	.size	max_pool_backward_run_f32, .Lfunc_end18-max_pool_backward_run_f32
	.cfi_endproc

	.globl	axon_avg_pool2d_f32
	.p2align	2
	.type	axon_avg_pool2d_f32,@function
axon_avg_pool2d_f32:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #128
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	ldp	x8, x9, [x0, #8]
	movi	v0.2d, #0000000000000000
	mov	x19, x1
	stp	w2, wzr, [sp, #64]
	stp	x3, x4, [sp, #72]
	mul	x20, x9, x8
	ldp	x8, x9, [x0, #104]
	stp	q0, q0, [sp, #32]
	str	xzr, [sp, #88]
	mul	x8, x9, x8
	stp	x0, x20, [sp, #8]
	str	x8, [sp, #24]
	bl	axon_threads
	cmp	x19, #2
	b.lt	.LBB19_4
	cmp	w0, #2
	b.lt	.LBB19_4
	mul	x8, x20, x19
	cmp	x8, #8, lsl #12
	b.lt	.LBB19_4
	mov	w8, w0
	sub	x9, x19, #1
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	add	x10, x9, x8
	sub	x2, x29, #32
	udiv	x8, x10, x8
	add	x10, sp, #8
	add	x9, x8, x9
	stp	x19, x8, [x29, #-16]
	sdiv	x0, x9, x8
	adrp	x9, avg_pool_run_f32
	add	x9, x9, :lo12:avg_pool_run_f32
	stp	x9, x10, [x29, #-32]
	bl	axon_parallel_run
	b	.LBB19_5
.LBB19_4:
	add	x0, sp, #8
	mov	x1, xzr
	mov	x2, x19
	bl	avg_pool_run_f32
.LBB19_5:
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #160
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end19:
	.size	axon_avg_pool2d_f32, .Lfunc_end19-axon_avg_pool2d_f32
	.cfi_endproc

	.p2align	2
	.type	avg_pool_run_f32,@function
avg_pool_run_f32:
	.cfi_startproc
	sub	sp, sp, #224
	.cfi_def_cfa_offset 224
	str	x30, [sp, #128]
	stp	x28, x27, [sp, #144]
	stp	x26, x25, [sp, #160]
	stp	x24, x23, [sp, #176]
	stp	x22, x21, [sp, #192]
	stp	x20, x19, [sp, #208]
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
	.cfi_offset w30, -96
	cmp	x2, #1
	str	x2, [sp, #32]
	b.lt	.LBB20_19
	ldp	x10, x8, [x0]
	ldr	x9, [x0, #16]
	mul	x9, x9, x1
	ldp	x12, x11, [x10, #8]
	str	x10, [sp, #56]
	ldp	x15, x13, [x10, #104]
	mul	x8, x8, x1
	stp	xzr, x12, [sp, #40]
	mul	x10, x11, x12
	ldp	x12, x14, [x0, #64]
	str	x15, [sp, #88]
	mul	x15, x13, x15
	add	x9, x14, x9, lsl #2
	add	x8, x12, x8, lsl #2
	str	x8, [sp, #80]
	add	x8, x8, #16
	stp	x9, x15, [sp, #8]
	ldr	w9, [x0, #56]
	lsl	x0, x11, #2
	str	x8, [sp, #72]
	str	w9, [sp, #140]
	lsl	x9, x10, #2
	str	x9, [sp, #24]
	b	.LBB20_3
.LBB20_2:
	ldp	x8, x9, [sp, #32]
	add	x9, x9, #1
	str	x9, [sp, #40]
	cmp	x9, x8
	ldr	x9, [sp, #24]
	ldr	x8, [sp, #72]
	add	x8, x8, x9
	str	x8, [sp, #72]
	ldr	x8, [sp, #80]
	add	x8, x8, x9
	str	x8, [sp, #80]
	b.eq	.LBB20_19
.LBB20_3:
	ldr	x8, [sp, #88]
	cmp	x8, #1
	b.lt	.LBB20_2
	ldp	x9, x10, [sp, #8]
	ldr	x8, [sp, #40]
	str	xzr, [sp, #96]
	mul	x8, x10, x8
	add	x8, x9, x8, lsl #2
	str	x8, [sp, #64]
	b	.LBB20_6
.LBB20_5:
	ldp	x8, x9, [sp, #88]
	add	x9, x9, #1
	cmp	x9, x8
	str	x9, [sp, #96]
	b.eq	.LBB20_2
.LBB20_6:
	cmp	x13, #1
	b.lt	.LBB20_5
	ldp	x17, x14, [sp, #48]
	mov	x5, xzr
	ldr	x10, [sp, #96]
	ldp	x8, x7, [x14, #72]
	ldp	x9, x6, [x14, #40]
	ldp	x12, x20, [x14, #24]
	neg	x8, x8
	neg	x30, x7
	madd	x8, x9, x10, x8
	ldp	x9, x14, [x14, #88]
	mul	x10, x10, x13
	add	x9, x9, x17
	add	x22, x14, x11
	ldr	x14, [sp, #64]
	bic	x4, x8, x8, asr #63
	add	x12, x12, x8
	cmp	x12, x9
	mul	x15, x0, x4
	csel	x9, x12, x9, lt
	ldr	x12, [sp, #80]
	sub	x26, x9, x8
	ldr	x8, [sp, #72]
	cmp	x9, x17
	madd	x16, x0, x4, x12
	add	x24, x14, x10, lsl #2
	csel	x25, x9, x17, lt
	sub	x27, x25, x4
	add	x8, x8, x15
	str	x8, [sp, #112]
	add	x8, x12, x15
	str	x16, [sp, #120]
	sub	x16, x20, x7
	mov	x23, x16
	str	x8, [sp, #104]
	b	.LBB20_9
.LBB20_8:
	scvtf	s1, x8
	add	x30, x30, x6
	add	x23, x23, x6
	fdiv	s0, s0, s1
	str	s0, [x24, x5, lsl #2]
	add	x5, x5, #1
	cmp	x5, x13
	b.eq	.LBB20_5
.LBB20_9:
	mul	x8, x6, x5
	cmp	x11, x23
	movi	d0, #0000000000000000
	csel	x9, x11, x23, lt
	ldr	w14, [sp, #140]
	cmp	x9, x22
	csel	x9, x9, x22, lt
	add	x10, x16, x8
	sub	x8, x8, x7
	cmp	x11, x10
	add	x12, x8, x20
	bic	x18, x8, x8, asr #63
	csel	x10, x11, x10, lt
	cmp	x10, x22
	csel	x10, x10, x22, lt
	cmp	x12, x22
	csel	x12, x12, x22, lt
	cmp	x12, x11
	sub	x8, x12, x8
	csel	x2, x12, x11, lt
	mul	x8, x8, x26
	cmp	w14, #0
	sub	x12, x2, x18
	mul	x12, x12, x27
	csel	x8, x12, x8, eq
	cmp	x25, x4
	b.le	.LBB20_8
	bic	x12, x30, x30, asr #63
	sub	x3, x10, x18
	mov	x19, x4
	and	x1, x3, #0xfffffffffffffff8
	sub	x9, x9, x12
	lsl	x10, x12, #2
	and	x28, x9, #0xfffffffffffffff8
	ldp	x9, x21, [sp, #112]
	add	x17, x9, x10
	ldr	x9, [sp, #104]
	add	x14, x9, x10
	add	x9, x18, x1
	b	.LBB20_12
.LBB20_11:
	add	x19, x19, #1
	add	x17, x17, x0
	add	x14, x14, x0
	cmp	x19, x25
	add	x21, x21, x0
	b.ge	.LBB20_8
.LBB20_12:
	cmp	x2, x18
	b.le	.LBB20_11
	cmp	x3, #8
	b.hs	.LBB20_15
	mov	x10, x18
	b	.LBB20_18
.LBB20_15:
	mov	x12, x28
	mov	x10, x14
	mov	x15, x17
.LBB20_16:
	ldr	q1, [x10], #32
	subs	x12, x12, #8
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
	b.ne	.LBB20_16
	cmp	x3, x1
	mov	x10, x9
	b.eq	.LBB20_11
.LBB20_18:
	ldr	s1, [x21, x10, lsl #2]
	add	x10, x10, #1
	cmp	x10, x2
	fadd	s0, s0, s1
	b.lt	.LBB20_18
	b	.LBB20_11
.LBB20_19:
	ldp	x20, x19, [sp, #208]
	ldr	x30, [sp, #128]
	ldp	x22, x21, [sp, #192]
	ldp	x24, x23, [sp, #176]
	ldp	x26, x25, [sp, #160]
	ldp	x28, x27, [sp, #144]
	add	sp, sp, #224
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
	ret
.Lfunc_end20:
	.size	avg_pool_run_f32, .Lfunc_end20-avg_pool_run_f32
	.cfi_endproc

	.globl	axon_avg_pool2d_backward_f32
	.p2align	2
	.type	axon_avg_pool2d_backward_f32,@function
axon_avg_pool2d_backward_f32:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #128
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	ldp	x8, x9, [x0, #8]
	movi	v0.2d, #0000000000000000
	mov	x19, x1
	stp	w2, wzr, [sp, #64]
	stp	x3, x4, [sp, #72]
	mul	x20, x9, x8
	ldp	x8, x9, [x0, #104]
	stp	q0, q0, [sp, #32]
	str	xzr, [sp, #88]
	mul	x8, x9, x8
	stp	x0, x20, [sp, #8]
	str	x8, [sp, #24]
	bl	axon_threads
	cmp	x19, #2
	b.lt	.LBB21_4
	cmp	w0, #2
	b.lt	.LBB21_4
	mul	x8, x20, x19
	cmp	x8, #8, lsl #12
	b.lt	.LBB21_4
	mov	w8, w0
	sub	x9, x19, #1
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	add	x10, x9, x8
	sub	x2, x29, #32
	udiv	x8, x10, x8
	add	x10, sp, #8
	add	x9, x8, x9
	stp	x19, x8, [x29, #-16]
	sdiv	x0, x9, x8
	adrp	x9, avg_pool_backward_run_f32
	add	x9, x9, :lo12:avg_pool_backward_run_f32
	stp	x9, x10, [x29, #-32]
	bl	axon_parallel_run
	b	.LBB21_5
.LBB21_4:
	add	x0, sp, #8
	mov	x1, xzr
	mov	x2, x19
	bl	avg_pool_backward_run_f32
.LBB21_5:
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #160
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end21:
	.size	axon_avg_pool2d_backward_f32, .Lfunc_end21-axon_avg_pool2d_backward_f32
	.cfi_endproc

	.p2align	2
	.type	avg_pool_backward_run_f32,@function
avg_pool_backward_run_f32:
	.cfi_startproc
	sub	sp, sp, #208
	.cfi_def_cfa_offset 208
	str	x30, [sp, #112]
	stp	x28, x27, [sp, #128]
	stp	x26, x25, [sp, #144]
	stp	x24, x23, [sp, #160]
	stp	x22, x21, [sp, #176]
	stp	x20, x19, [sp, #192]
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
	.cfi_offset w30, -96
	cmp	x2, #1
	str	x2, [sp, #24]
	b.lt	.LBB22_18
	ldp	x9, x8, [x0, #8]
	ldr	x10, [x0]
	ldr	w17, [x0, #56]
	ldp	x12, x11, [x10, #8]
	str	x10, [sp, #48]
	ldp	x15, x13, [x10, #104]
	mul	x8, x8, x1
	mul	x9, x9, x1
	stp	xzr, x12, [sp, #32]
	str	x15, [sp, #80]
	mul	x10, x11, x12
	ldp	x12, x14, [x0, #64]
	lsl	x0, x11, #2
	mul	x15, x13, x15
	add	x8, x12, x8, lsl #2
	stp	x8, x15, [sp]
	add	x8, x14, x9, lsl #2
	lsl	x9, x10, #2
	str	x8, [sp, #72]
	add	x8, x8, #16
	str	x9, [sp, #16]
	str	x8, [sp, #64]
	b	.LBB22_3
.LBB22_2:
	ldp	x8, x9, [sp, #24]
	add	x9, x9, #1
	str	x9, [sp, #32]
	cmp	x9, x8
	ldr	x9, [sp, #16]
	ldr	x8, [sp, #64]
	add	x8, x8, x9
	str	x8, [sp, #64]
	ldr	x8, [sp, #72]
	add	x8, x8, x9
	str	x8, [sp, #72]
	b.eq	.LBB22_18
.LBB22_3:
	ldr	x8, [sp, #80]
	cmp	x8, #1
	b.lt	.LBB22_2
	ldp	x9, x10, [sp]
	ldr	x8, [sp, #32]
	str	xzr, [sp, #88]
	mul	x8, x10, x8
	add	x8, x9, x8, lsl #2
	str	x8, [sp, #56]
	b	.LBB22_6
.LBB22_5:
	ldp	x8, x9, [sp, #80]
	add	x9, x9, #1
	cmp	x9, x8
	str	x9, [sp, #88]
	b.eq	.LBB22_2
.LBB22_6:
	cmp	x13, #1
	b.lt	.LBB22_5
	ldp	x18, x14, [sp, #40]
	mov	x5, xzr
	ldr	x10, [sp, #88]
	ldp	x8, x7, [x14, #72]
	ldp	x9, x6, [x14, #40]
	ldp	x12, x20, [x14, #24]
	neg	x8, x8
	neg	x30, x7
	madd	x8, x9, x10, x8
	ldp	x9, x14, [x14, #88]
	mul	x10, x10, x13
	add	x9, x9, x18
	add	x22, x14, x11
	ldr	x14, [sp, #56]
	bic	x4, x8, x8, asr #63
	add	x12, x12, x8
	cmp	x12, x9
	csel	x9, x12, x9, lt
	ldr	x12, [sp, #72]
	madd	x15, x0, x4, x12
	cmp	x9, x18
	sub	x26, x9, x8
	ldr	x8, [sp, #64]
	mul	x16, x0, x4
	add	x10, x14, x10, lsl #2
	csel	x25, x9, x18, lt
	sub	x27, x25, x4
	str	x15, [sp, #120]
	sub	x15, x20, x7
	mov	x23, x15
	add	x8, x8, x16
	add	x14, x12, x16
	stp	x8, x10, [sp, #96]
	b	.LBB22_9
.LBB22_8:
	add	x5, x5, #1
	add	x30, x30, x6
	add	x23, x23, x6
	cmp	x5, x13
	b.eq	.LBB22_5
.LBB22_9:
	mul	x8, x6, x5
	cmp	x11, x23
	csel	x9, x11, x23, lt
	cmp	x9, x22
	csel	x10, x9, x22, lt
	add	x12, x15, x8
	sub	x8, x8, x7
	cmp	x11, x12
	add	x16, x8, x20
	bic	x18, x8, x8, asr #63
	csel	x9, x11, x12, lt
	cmp	x9, x22
	csel	x12, x9, x22, lt
	cmp	x16, x22
	csel	x9, x16, x22, lt
	cmp	x9, x11
	sub	x8, x9, x8
	csel	x2, x9, x11, lt
	mul	x8, x8, x26
	cmp	w17, #0
	sub	x9, x2, x18
	mul	x9, x9, x27
	csel	x8, x9, x8, eq
	cmp	x25, x4
	b.le	.LBB22_8
	scvtf	s0, x8
	ldp	x16, x8, [sp, #96]
	sub	x3, x12, x18
	ldr	x21, [sp, #120]
	mov	x19, x4
	ldr	s1, [x8, x5, lsl #2]
	bic	x8, x30, x30, asr #63
	fdiv	s0, s1, s0
	lsl	x9, x8, #2
	sub	x8, x10, x8
	add	x28, x16, x9
	and	x16, x3, #0xfffffffffffffff8
	add	x24, x14, x9
	and	x9, x8, #0xfffffffffffffff8
	add	x10, x18, x16
	dup	v1.4s, v0.s[0]
	b	.LBB22_12
.LBB22_11:
	add	x19, x19, #1
	add	x28, x28, x0
	add	x24, x24, x0
	cmp	x19, x25
	add	x21, x21, x0
	b.ge	.LBB22_8
.LBB22_12:
	cmp	x2, x18
	b.le	.LBB22_11
	cmp	x3, #8
	mov	x8, x18
	b.lo	.LBB22_17
	mov	x12, x9
	mov	x1, x24
	mov	x8, x28
.LBB22_15:
	ldr	q2, [x1]
	ldr	q3, [x8]
	subs	x12, x12, #8
	fadd	v2.4s, v1.4s, v2.4s
	fadd	v3.4s, v1.4s, v3.4s
	str	q2, [x1], #32
	str	q3, [x8], #32
	b.ne	.LBB22_15
	cmp	x3, x16
	mov	x8, x10
	b.eq	.LBB22_11
.LBB22_17:
	ldr	s2, [x21, x8, lsl #2]
	fadd	s2, s0, s2
	str	s2, [x21, x8, lsl #2]
	add	x8, x8, #1
	cmp	x8, x2
	b.lt	.LBB22_17
	b	.LBB22_11
.LBB22_18:
	ldp	x20, x19, [sp, #192]
	ldr	x30, [sp, #112]
	ldp	x22, x21, [sp, #176]
	ldp	x24, x23, [sp, #160]
	ldp	x26, x25, [sp, #144]
	ldp	x28, x27, [sp, #128]
	add	sp, sp, #208
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
	ret
.Lfunc_end22:
	.size	avg_pool_backward_run_f32, .Lfunc_end22-avg_pool_backward_run_f32
	.cfi_endproc

	.globl	axon_adaptive_avg_pool2d_f32
	.p2align	2
	.type	axon_adaptive_avg_pool2d_f32,@function
axon_adaptive_avg_pool2d_f32:
	.cfi_startproc
	sub	sp, sp, #256
	.cfi_def_cfa_offset 256
	stp	x29, x30, [sp, #160]
	stp	x28, x27, [sp, #176]
	stp	x26, x25, [sp, #192]
	stp	x24, x23, [sp, #208]
	stp	x22, x21, [sp, #224]
	stp	x20, x19, [sp, #240]
	add	x29, sp, #160
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
	mul	x19, x2, x1
	mov	x21, x5
	mov	x22, x4
	mov	x23, x3
	mov	x24, x2
	mov	x25, x1
	mul	x8, x4, x3
	mov	x20, x0
	stp	x2, x3, [sp, #72]
	stp	x4, xzr, [sp, #88]
	stp	x5, x6, [sp, #104]
	stp	xzr, x19, [sp, #40]
	str	x6, [sp, #32]
	stp	x8, x1, [sp, #56]
	str	xzr, [sp, #120]
	bl	axon_threads
	subs	x8, x20, #1
	str	x20, [sp, #8]
	b.le	.LBB23_4
	cmp	w0, #2
	b.lt	.LBB23_4
	ldr	x9, [sp, #8]
	mul	x9, x19, x9
	cmp	x9, #8, lsl #12
	b.lt	.LBB23_5
	sxtw	x9, w0
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	sub	x2, x29, #32
	add	x10, x8, x9
	udiv	x9, x10, x9
	add	x10, sp, #40
	add	x8, x9, x8
	sdiv	x0, x8, x9
	adrp	x8, adaptive_run_f32
	add	x8, x8, :lo12:adaptive_run_f32
	stp	x8, x10, [x29, #-32]
	ldr	x8, [sp, #8]
	stp	x8, x9, [x29, #-16]
	bl	axon_parallel_run
	b	.LBB23_24
.LBB23_4:
	ldr	x8, [sp, #8]
	cmp	x8, #1
	b.lt	.LBB23_24
.LBB23_5:
	lsl	x8, x19, #2
	lsl	x10, x24, #2
	sub	x12, x22, #1
	add	x13, x21, #16
	str	x8, [sp]
	sub	x8, x23, #1
	stp	xzr, x8, [sp, #16]
	b	.LBB23_7
.LBB23_6:
	ldp	x8, x9, [sp, #8]
	add	x9, x9, #1
	cmp	x9, x8
	ldr	x8, [sp]
	str	x9, [sp, #16]
	add	x13, x13, x8
	add	x21, x21, x8
	b.eq	.LBB23_24
.LBB23_7:
	cmp	x23, #1
	b.lt	.LBB23_6
	ldr	x8, [sp, #16]
	mul	x14, x8, x23
	mov	x8, xzr
	b	.LBB23_10
.LBB23_9:
	cmp	x15, x23
	mov	x8, x15
	b.eq	.LBB23_6
.LBB23_10:
	cmp	x22, #1
	add	x15, x8, #1
	b.lt	.LBB23_9
	mul	x9, x8, x25
	ldp	x11, x17, [sp, #24]
	add	x8, x8, x14
	mov	x16, xzr
	madd	x11, x15, x25, x11
	mul	x8, x8, x22
	sdiv	x9, x9, x23
	add	x0, x17, x8, lsl #2
	sdiv	x18, x11, x23
	mul	x11, x10, x9
	add	x2, x13, x11
	add	x19, x21, x11
	sub	x1, x18, x9
	b	.LBB23_13
.LBB23_12:
	sub	x8, x6, x5
	cmp	x4, x22
	mul	x8, x8, x1
	scvtf	s1, x8
	fdiv	s0, s0, s1
	str	s0, [x0, x16, lsl #2]
	mov	x16, x4
	b.eq	.LBB23_9
.LBB23_13:
	mul	x8, x16, x24
	add	x4, x16, #1
	movi	d0, #0000000000000000
	cmp	x18, x9
	sdiv	x5, x8, x22
	madd	x8, x4, x24, x12
	sdiv	x6, x8, x22
	b.le	.LBB23_12
	sub	x7, x6, x5
	lsl	x17, x5, #2
	mov	x3, x19
	and	x8, x7, #0xfffffffffffffff8
	add	x27, x5, x8
	add	x11, x2, x17
	add	x20, x19, x17
	mov	x17, x9
	b	.LBB23_16
.LBB23_15:
	add	x17, x17, #1
	add	x11, x11, x10
	add	x20, x20, x10
	cmp	x17, x18
	add	x3, x3, x10
	b.eq	.LBB23_12
.LBB23_16:
	cmp	x6, x5
	b.le	.LBB23_15
	cmp	x7, #8
	b.hs	.LBB23_19
	mov	x28, x5
	b	.LBB23_22
.LBB23_19:
	mov	x26, x8
	mov	x30, x20
	mov	x28, x11
.LBB23_20:
	ldr	q1, [x30], #32
	subs	x26, x26, #8
	mov	s2, v1.s[1]
	fadd	s0, s0, s1
	mov	s3, v1.s[2]
	mov	s1, v1.s[3]
	fadd	s0, s0, s2
	fadd	s0, s0, s3
	fadd	s0, s0, s1
	ldr	q1, [x28], #32
	mov	s2, v1.s[1]
	mov	s3, v1.s[2]
	fadd	s0, s0, s1
	mov	s1, v1.s[3]
	fadd	s0, s0, s2
	fadd	s0, s0, s3
	fadd	s0, s0, s1
	b.ne	.LBB23_20
	cmp	x7, x8
	mov	x28, x27
	b.eq	.LBB23_15
.LBB23_22:
	add	x26, x3, x28, lsl #2
	sub	x28, x6, x28
.LBB23_23:
	ldr	s1, [x26], #4
	subs	x28, x28, #1
	fadd	s0, s0, s1
	b.ne	.LBB23_23
	b	.LBB23_15
.LBB23_24:
	.cfi_def_cfa wsp, 256
	ldp	x20, x19, [sp, #240]
	ldp	x22, x21, [sp, #224]
	ldp	x24, x23, [sp, #208]
	ldp	x26, x25, [sp, #192]
	ldp	x28, x27, [sp, #176]
	ldp	x29, x30, [sp, #160]
	add	sp, sp, #256
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
	ret
.Lfunc_end23:
	.size	axon_adaptive_avg_pool2d_f32, .Lfunc_end23-axon_adaptive_avg_pool2d_f32
	.cfi_endproc

	.p2align	2
	.type	adaptive_run_f32,@function
adaptive_run_f32:
	.cfi_startproc
	sub	sp, sp, #128
	.cfi_def_cfa_offset 128
	str	x30, [sp, #32]
	stp	x28, x27, [sp, #48]
	stp	x26, x25, [sp, #64]
	stp	x24, x23, [sp, #80]
	stp	x22, x21, [sp, #96]
	stp	x20, x19, [sp, #112]
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
	.cfi_offset w30, -96
	cmp	x2, #1
	str	x2, [sp, #8]
	b.lt	.LBB24_20
	ldp	x8, x11, [x0, #8]
	ldp	x9, x10, [x0, #24]
	ldp	x13, x16, [x0, #64]
	mul	x8, x8, x1
	mul	x14, x11, x1
	ldp	x11, x12, [x0, #40]
	mul	x15, x10, x9
	add	x13, x13, x8, lsl #2
	sub	x18, x12, #1
	add	x8, x16, x14, lsl #2
	lsl	x16, x10, #2
	add	x0, x13, #16
	str	x8, [sp, #40]
	lsl	x8, x15, #2
	str	x8, [sp]
	sub	x8, x11, #1
	stp	xzr, x8, [sp, #16]
	b	.LBB24_3
.LBB24_2:
	ldp	x8, x14, [sp, #8]
	add	x14, x14, #1
	cmp	x14, x8
	ldr	x8, [sp]
	str	x14, [sp, #16]
	add	x0, x0, x8
	add	x13, x13, x8
	b.eq	.LBB24_20
.LBB24_3:
	cmp	x11, #1
	b.lt	.LBB24_2
	ldr	x8, [sp, #16]
	mul	x1, x8, x11
	mov	x8, xzr
	b	.LBB24_6
.LBB24_5:
	cmp	x3, x11
	mov	x8, x3
	b.eq	.LBB24_2
.LBB24_6:
	cmp	x12, #1
	add	x3, x8, #1
	b.lt	.LBB24_5
	mul	x14, x8, x9
	add	x8, x8, x1
	ldr	x15, [sp, #40]
	mov	x4, xzr
	mul	x8, x8, x12
	sdiv	x2, x14, x11
	ldr	x14, [sp, #24]
	madd	x14, x3, x9, x14
	add	x7, x15, x8, lsl #2
	sdiv	x6, x14, x11
	mul	x14, x16, x2
	add	x20, x0, x14
	add	x15, x13, x14
	sub	x19, x6, x2
	b	.LBB24_9
.LBB24_8:
	sub	x8, x24, x23
	cmp	x22, x12
	mul	x8, x8, x19
	scvtf	s1, x8
	fdiv	s0, s0, s1
	str	s0, [x7, x4, lsl #2]
	mov	x4, x22
	b.eq	.LBB24_5
.LBB24_9:
	mul	x8, x4, x10
	add	x22, x4, #1
	movi	d0, #0000000000000000
	cmp	x6, x2
	sdiv	x23, x8, x12
	madd	x8, x22, x10, x18
	sdiv	x24, x8, x12
	b.le	.LBB24_8
	sub	x25, x24, x23
	lsl	x14, x23, #2
	mov	x21, x15
	and	x8, x25, #0xfffffffffffffff8
	mov	x5, x2
	add	x27, x23, x8
	add	x17, x20, x14
	add	x14, x15, x14
	b	.LBB24_12
.LBB24_11:
	add	x5, x5, #1
	add	x17, x17, x16
	add	x14, x14, x16
	cmp	x5, x6
	add	x21, x21, x16
	b.eq	.LBB24_8
.LBB24_12:
	cmp	x24, x23
	b.le	.LBB24_11
	cmp	x25, #8
	b.hs	.LBB24_15
	mov	x28, x23
	b	.LBB24_18
.LBB24_15:
	mov	x26, x8
	mov	x30, x14
	mov	x28, x17
.LBB24_16:
	ldr	q1, [x30], #32
	subs	x26, x26, #8
	mov	s2, v1.s[1]
	fadd	s0, s0, s1
	mov	s3, v1.s[2]
	mov	s1, v1.s[3]
	fadd	s0, s0, s2
	fadd	s0, s0, s3
	fadd	s0, s0, s1
	ldr	q1, [x28], #32
	mov	s2, v1.s[1]
	mov	s3, v1.s[2]
	fadd	s0, s0, s1
	mov	s1, v1.s[3]
	fadd	s0, s0, s2
	fadd	s0, s0, s3
	fadd	s0, s0, s1
	b.ne	.LBB24_16
	cmp	x25, x8
	mov	x28, x27
	b.eq	.LBB24_11
.LBB24_18:
	add	x26, x21, x28, lsl #2
	sub	x28, x24, x28
.LBB24_19:
	ldr	s1, [x26], #4
	subs	x28, x28, #1
	fadd	s0, s0, s1
	b.ne	.LBB24_19
	b	.LBB24_11
.LBB24_20:
	ldp	x20, x19, [sp, #112]
	ldr	x30, [sp, #32]
	ldp	x22, x21, [sp, #96]
	ldp	x24, x23, [sp, #80]
	ldp	x26, x25, [sp, #64]
	ldp	x28, x27, [sp, #48]
	add	sp, sp, #128
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
	ret
.Lfunc_end24:
	.size	adaptive_run_f32, .Lfunc_end24-adaptive_run_f32
	.cfi_endproc

	.globl	axon_adaptive_avg_pool2d_backward_f32
	.p2align	2
	.type	axon_adaptive_avg_pool2d_backward_f32,@function
axon_adaptive_avg_pool2d_backward_f32:
	.cfi_startproc
	sub	sp, sp, #256
	.cfi_def_cfa_offset 256
	stp	x29, x30, [sp, #160]
	stp	x28, x27, [sp, #176]
	stp	x26, x25, [sp, #192]
	stp	x24, x23, [sp, #208]
	stp	x22, x21, [sp, #224]
	stp	x20, x19, [sp, #240]
	add	x29, sp, #160
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
	mul	x19, x2, x1
	mov	x20, x6
	mov	x22, x4
	mov	x23, x3
	mov	x24, x2
	mov	x25, x1
	mul	x8, x4, x3
	mov	x21, x0
	stp	x2, x3, [sp, #72]
	stp	x4, xzr, [sp, #88]
	str	x5, [sp, #32]
	stp	xzr, x19, [sp, #40]
	stp	x5, x6, [sp, #104]
	stp	x8, x1, [sp, #56]
	str	xzr, [sp, #120]
	bl	axon_threads
	subs	x8, x21, #1
	str	x21, [sp, #16]
	b.le	.LBB25_4
	cmp	w0, #2
	b.lt	.LBB25_4
	ldr	x9, [sp, #16]
	mul	x9, x19, x9
	cmp	x9, #8, lsl #12
	b.lt	.LBB25_5
	sxtw	x9, w0
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	sub	x2, x29, #32
	add	x10, x8, x9
	udiv	x9, x10, x9
	add	x10, sp, #40
	add	x8, x9, x8
	sdiv	x0, x8, x9
	adrp	x8, adaptive_backward_run_f32
	add	x8, x8, :lo12:adaptive_backward_run_f32
	stp	x8, x10, [x29, #-32]
	ldr	x8, [sp, #16]
	stp	x8, x9, [x29, #-16]
	bl	axon_parallel_run
	b	.LBB25_23
.LBB25_4:
	ldr	x8, [sp, #16]
	cmp	x8, #1
	b.lt	.LBB25_23
.LBB25_5:
	lsl	x8, x19, #2
	lsl	x10, x24, #2
	sub	x11, x23, #1
	sub	x12, x22, #1
	add	x13, x20, #16
	str	xzr, [sp, #24]
	str	x8, [sp, #8]
	b	.LBB25_7
.LBB25_6:
	ldp	x8, x9, [sp, #16]
	add	x9, x9, #1
	cmp	x9, x8
	ldr	x8, [sp, #8]
	str	x9, [sp, #24]
	add	x13, x13, x8
	add	x20, x20, x8
	b.eq	.LBB25_23
.LBB25_7:
	cmp	x23, #1
	b.lt	.LBB25_6
	ldr	x8, [sp, #24]
	mul	x14, x8, x23
	mov	x8, xzr
	b	.LBB25_10
.LBB25_9:
	cmp	x15, x23
	mov	x8, x15
	b.eq	.LBB25_6
.LBB25_10:
	cmp	x22, #1
	add	x15, x8, #1
	b.lt	.LBB25_9
	mul	x9, x8, x25
	add	x8, x8, x14
	ldr	x18, [sp, #32]
	mov	x16, xzr
	mul	x8, x8, x22
	sdiv	x19, x9, x23
	madd	x9, x15, x25, x11
	add	x18, x18, x8, lsl #2
	sdiv	x17, x9, x23
	mul	x9, x10, x19
	add	x1, x13, x9
	add	x2, x20, x9
	sub	x0, x17, x19
	b	.LBB25_13
.LBB25_12:
	cmp	x3, x22
	mov	x16, x3
	b.eq	.LBB25_9
.LBB25_13:
	cmp	x17, x19
	add	x3, x16, #1
	b.le	.LBB25_12
	mul	x8, x16, x24
	ldr	s1, [x18, x16, lsl #2]
	mov	x30, x2
	mov	x16, x19
	sdiv	x4, x8, x22
	madd	x8, x3, x24, x12
	sdiv	x5, x8, x22
	sub	x6, x5, x4
	mul	x8, x6, x0
	and	x9, x6, #0xfffffffffffffff8
	add	x26, x4, x9
	scvtf	s0, x8
	lsl	x8, x4, #2
	add	x21, x1, x8
	add	x8, x2, x8
	fdiv	s0, s1, s0
	dup	v1.4s, v0.s[0]
	b	.LBB25_16
.LBB25_15:
	add	x16, x16, #1
	add	x21, x21, x10
	add	x8, x8, x10
	cmp	x16, x17
	add	x30, x30, x10
	b.eq	.LBB25_12
.LBB25_16:
	cmp	x5, x4
	b.le	.LBB25_15
	cmp	x6, #8
	mov	x27, x4
	b.lo	.LBB25_21
	mov	x7, x9
	mov	x28, x8
	mov	x27, x21
.LBB25_19:
	ldr	q2, [x28]
	ldr	q3, [x27]
	subs	x7, x7, #8
	fadd	v2.4s, v1.4s, v2.4s
	fadd	v3.4s, v1.4s, v3.4s
	str	q2, [x28], #32
	str	q3, [x27], #32
	b.ne	.LBB25_19
	cmp	x6, x9
	mov	x27, x26
	b.eq	.LBB25_15
.LBB25_21:
	add	x7, x30, x27, lsl #2
	sub	x27, x5, x27
.LBB25_22:
	ldr	s2, [x7]
	subs	x27, x27, #1
	fadd	s2, s0, s2
	str	s2, [x7], #4
	b.ne	.LBB25_22
	b	.LBB25_15
.LBB25_23:
	.cfi_def_cfa wsp, 256
	ldp	x20, x19, [sp, #240]
	ldp	x22, x21, [sp, #224]
	ldp	x24, x23, [sp, #208]
	ldp	x26, x25, [sp, #192]
	ldp	x28, x27, [sp, #176]
	ldp	x29, x30, [sp, #160]
	add	sp, sp, #256
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
	ret
.Lfunc_end25:
	.size	axon_adaptive_avg_pool2d_backward_f32, .Lfunc_end25-axon_adaptive_avg_pool2d_backward_f32
	.cfi_endproc

	.p2align	2
	.type	adaptive_backward_run_f32,@function
adaptive_backward_run_f32:
	.cfi_startproc
	sub	sp, sp, #128
	.cfi_def_cfa_offset 128
	str	x30, [sp, #32]
	stp	x28, x27, [sp, #48]
	stp	x26, x25, [sp, #64]
	stp	x24, x23, [sp, #80]
	stp	x22, x21, [sp, #96]
	stp	x20, x19, [sp, #112]
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
	.cfi_offset w30, -96
	cmp	x2, #1
	str	x2, [sp, #16]
	b.lt	.LBB26_19
	ldp	x11, x8, [x0, #8]
	str	xzr, [sp, #24]
	ldp	x9, x10, [x0, #24]
	ldp	x16, x15, [x0, #64]
	mul	x8, x8, x1
	mul	x13, x11, x1
	ldp	x11, x12, [x0, #40]
	mul	x14, x10, x9
	add	x8, x16, x8, lsl #2
	lsl	x16, x10, #2
	sub	x17, x11, #1
	sub	x18, x12, #1
	add	x13, x15, x13, lsl #2
	str	x8, [sp, #40]
	lsl	x8, x14, #2
	add	x0, x13, #16
	str	x8, [sp, #8]
	b	.LBB26_3
.LBB26_2:
	ldp	x8, x14, [sp, #16]
	add	x14, x14, #1
	cmp	x14, x8
	ldr	x8, [sp, #8]
	str	x14, [sp, #24]
	add	x0, x0, x8
	add	x13, x13, x8
	b.eq	.LBB26_19
.LBB26_3:
	cmp	x11, #1
	b.lt	.LBB26_2
	ldr	x8, [sp, #24]
	mul	x1, x8, x11
	mov	x8, xzr
	b	.LBB26_6
.LBB26_5:
	cmp	x3, x11
	mov	x8, x3
	b.eq	.LBB26_2
.LBB26_6:
	cmp	x12, #1
	add	x3, x8, #1
	b.lt	.LBB26_5
	mul	x14, x8, x9
	add	x8, x8, x1
	ldr	x2, [sp, #40]
	mov	x4, xzr
	mul	x8, x8, x12
	sdiv	x15, x14, x11
	madd	x14, x3, x9, x17
	add	x6, x2, x8, lsl #2
	sdiv	x5, x14, x11
	mul	x14, x16, x15
	add	x19, x0, x14
	add	x20, x13, x14
	sub	x7, x5, x15
	b	.LBB26_9
.LBB26_8:
	cmp	x21, x12
	mov	x4, x21
	b.eq	.LBB26_5
.LBB26_9:
	cmp	x5, x15
	add	x21, x4, #1
	b.le	.LBB26_8
	mul	x8, x4, x10
	ldr	s1, [x6, x4, lsl #2]
	mov	x30, x20
	mov	x4, x15
	sdiv	x22, x8, x12
	madd	x8, x21, x10, x18
	sdiv	x23, x8, x12
	sub	x24, x23, x22
	mul	x8, x24, x7
	and	x2, x24, #0xfffffffffffffff8
	add	x26, x22, x2
	scvtf	s0, x8
	lsl	x8, x22, #2
	add	x14, x19, x8
	add	x8, x20, x8
	fdiv	s0, s1, s0
	dup	v1.4s, v0.s[0]
	b	.LBB26_12
.LBB26_11:
	add	x4, x4, #1
	add	x14, x14, x16
	add	x8, x8, x16
	cmp	x4, x5
	add	x30, x30, x16
	b.eq	.LBB26_8
.LBB26_12:
	cmp	x23, x22
	b.le	.LBB26_11
	cmp	x24, #8
	mov	x27, x22
	b.lo	.LBB26_17
	mov	x25, x2
	mov	x28, x8
	mov	x27, x14
.LBB26_15:
	ldr	q2, [x28]
	ldr	q3, [x27]
	subs	x25, x25, #8
	fadd	v2.4s, v1.4s, v2.4s
	fadd	v3.4s, v1.4s, v3.4s
	str	q2, [x28], #32
	str	q3, [x27], #32
	b.ne	.LBB26_15
	cmp	x24, x2
	mov	x27, x26
	b.eq	.LBB26_11
.LBB26_17:
	add	x25, x30, x27, lsl #2
	sub	x27, x23, x27
.LBB26_18:
	ldr	s2, [x25]
	subs	x27, x27, #1
	fadd	s2, s0, s2
	str	s2, [x25], #4
	b.ne	.LBB26_18
	b	.LBB26_11
.LBB26_19:
	ldp	x20, x19, [sp, #112]
	ldr	x30, [sp, #32]
	ldp	x22, x21, [sp, #96]
	ldp	x24, x23, [sp, #80]
	ldp	x26, x25, [sp, #64]
	ldp	x28, x27, [sp, #48]
	add	sp, sp, #128
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
	ret
.Lfunc_end26:
	.size	adaptive_backward_run_f32, .Lfunc_end26-adaptive_backward_run_f32
	.cfi_endproc

	.globl	axon_max_pool2d_f64
	.p2align	2
	.type	axon_max_pool2d_f64,@function
axon_max_pool2d_f64:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #128
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	ldp	x8, x9, [x0, #8]
	movi	v0.2d, #0000000000000000
	mov	x19, x1
	stp	xzr, x2, [sp, #64]
	stp	x3, x4, [sp, #80]
	mul	x20, x9, x8
	ldp	x8, x9, [x0, #104]
	stp	q0, q0, [sp, #32]
	mul	x8, x9, x8
	stp	x0, x20, [sp, #8]
	str	x8, [sp, #24]
	bl	axon_threads
	cmp	x19, #2
	b.lt	.LBB27_4
	cmp	w0, #2
	b.lt	.LBB27_4
	mul	x8, x20, x19
	cmp	x8, #8, lsl #12
	b.lt	.LBB27_4
	mov	w8, w0
	sub	x9, x19, #1
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	add	x10, x9, x8
	sub	x2, x29, #32
	udiv	x8, x10, x8
	add	x10, sp, #8
	add	x9, x8, x9
	stp	x19, x8, [x29, #-16]
	sdiv	x0, x9, x8
	adrp	x9, max_pool_run_f64
	add	x9, x9, :lo12:max_pool_run_f64
	stp	x9, x10, [x29, #-32]
	bl	axon_parallel_run
	b	.LBB27_5
.LBB27_4:
	add	x0, sp, #8
	mov	x1, xzr
	mov	x2, x19
	bl	max_pool_run_f64
.LBB27_5:
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #160
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end27:
	.size	axon_max_pool2d_f64, .Lfunc_end27-axon_max_pool2d_f64
	.cfi_endproc

	.p2align	2
	.type	max_pool_run_f64,@function
max_pool_run_f64:
	.cfi_startproc
	sub	sp, sp, #176
	.cfi_def_cfa_offset 176
	str	x30, [sp, #80]
	stp	x28, x27, [sp, #96]
	stp	x26, x25, [sp, #112]
	stp	x24, x23, [sp, #128]
	stp	x22, x21, [sp, #144]
	stp	x20, x19, [sp, #160]
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
	.cfi_offset w30, -96
	ldp	x15, x8, [x0]
	ldr	x9, [x0, #16]
	ldp	x21, x5, [x0, #64]
	ldr	x11, [x0, #80]
	mul	x3, x9, x1
	ldp	x17, x13, [x15, #8]
	ldr	x16, [x15, #72]
	ldp	x12, x10, [x15, #104]
	mul	x4, x8, x1
	mul	x20, x13, x17
	lsl	x9, x3, #3
	mul	x14, x10, x12
	add	x8, x21, x4, lsl #3
	add	x27, x11, x9
	add	x28, x5, x9
	cbnz	x16, .LBB28_6
	ldr	x11, [x15, #80]
	cbnz	x11, .LBB28_6
	ldr	x11, [x15, #56]
	cmp	x11, #1
	b.ne	.LBB28_6
	ldr	x11, [x15, #64]
	cmp	x11, #1
	b.ne	.LBB28_6
	ldr	x0, [x15, #40]
	sub	x11, x12, #1
	ldr	x16, [x15, #24]
	madd	x18, x0, x11, x16
	cmp	x18, x17
	b.gt	.LBB28_6
	ldr	x17, [x15, #48]
	sub	x1, x10, #1
	ldr	x18, [x15, #32]
	madd	x1, x17, x1, x18
	cmp	x1, x13
	b.le	.LBB28_28
.LBB28_6:
	cmp	x2, #1
	b.lt	.LBB28_61
	lsl	x13, x20, #3
	mov	x16, xzr
	b	.LBB28_9
.LBB28_8:
	add	x16, x16, #1
	add	x8, x8, x13
	cmp	x16, x2
	b.eq	.LBB28_61
.LBB28_9:
	cmp	x12, #1
	b.lt	.LBB28_8
	mul	x9, x16, x14
	mov	x17, xzr
	mov	x18, xzr
	lsl	x9, x9, #3
	add	x0, x28, x9
	add	x1, x27, x9
	b	.LBB28_13
.LBB28_11:
	ldr	x12, [x15, #104]
.LBB28_12:
	add	x18, x18, #1
	add	x17, x17, #8
	cmp	x18, x12
	b.ge	.LBB28_8
.LBB28_13:
	cmp	x10, #1
	b.lt	.LBB28_12
	mov	x12, xzr
	b	.LBB28_17
.LBB28_15:
	mov	x9, #-4503599627370496
	mov	x7, #-1
	fmov	d0, x9
.LBB28_16:
	mul	x9, x10, x18
	lsl	x9, x9, #3
	add	x10, x1, x9
	add	x9, x0, x9
	str	x7, [x10, x12, lsl #3]
	ldr	x10, [x15, #112]
	str	d0, [x9, x12, lsl #3]
	add	x12, x12, #1
	cmp	x12, x10
	b.ge	.LBB28_11
.LBB28_17:
	ldr	x3, [x15, #24]
	cmp	x3, #1
	b.lt	.LBB28_15
	ldp	x9, x19, [x15, #72]
	mov	x4, xzr
	ldp	x11, x7, [x15, #40]
	ldr	x20, [x15, #56]
	neg	x6, x9
	neg	x19, x19
	lsl	x22, x20, #3
	madd	x5, x11, x18, x6
	madd	x6, x18, x11, x6
	mul	x11, x17, x11
	madd	x19, x7, x12, x19
	mov	x7, #-1
	sub	x21, x11, x9, lsl #3
	mov	x9, #-4503599627370496
	fmov	d0, x9
	b	.LBB28_20
.LBB28_19:
	add	x4, x4, #1
	add	x6, x6, x20
	add	x21, x21, x22
	cmp	x4, x3
	b.eq	.LBB28_16
.LBB28_20:
	mul	x9, x4, x20
	adds	x11, x9, x5
	b.mi	.LBB28_19
	ldr	x9, [x15, #8]
	cmp	x11, x9
	b.ge	.LBB28_19
	ldr	x11, [x15, #32]
	cmp	x11, #1
	b.lt	.LBB28_19
	ldr	x23, [x15, #64]
	mov	x24, x19
	b	.LBB28_25
.LBB28_24:
	subs	x11, x11, #1
	add	x24, x24, x23
	b.eq	.LBB28_19
.LBB28_25:
	tbnz	x24, #63, .LBB28_24
	ldr	x25, [x15, #16]
	cmp	x24, x25
	b.ge	.LBB28_24
	madd	x9, x21, x25, x8
	cmp	x7, #0
	madd	x25, x6, x25, x24
	ldr	d1, [x9, x24, lsl #3]
	cset	w9, lt
	fcmp	d1, d0
	cset	w26, gt
	fcmp	d1, d1
	csinc	w26, w26, wzr, vc
	orr	w9, w9, w26
	tst	w9, #0x1
	fcsel	d0, d1, d0, ne
	csel	x7, x25, x7, ne
	b	.LBB28_24
.LBB28_28:
	cmp	x17, #2
	b.ne	.LBB28_46
	cmp	x0, #2
	b.ne	.LBB28_46
	cmp	x16, #2
	b.ne	.LBB28_46
	cmp	x18, #2
	b.ne	.LBB28_46
	cmp	x2, #1
	b.lt	.LBB28_61
	mul	x11, x13, x11
	lsl	x17, x14, #3
	lsl	x16, x12, #4
	lsl	x6, x4, #3
	add	x19, x14, x3
	add	x4, x4, x13
	str	x17, [sp, #88]
	lsl	x17, x20, #3
	sub	x18, x16, #8
	add	x9, x21, x6
	madd	x7, x13, x18, x9
	lsl	x20, x10, #4
	stp	x9, x17, [sp, #64]
	add	x17, x5, x3, lsl #3
	lsl	x14, x10, #3
	add	x11, x9, x11, lsl #4
	add	x9, x5, x19, lsl #3
	lsl	x1, x13, #4
	add	x3, x6, x13, lsl #3
	lsl	x5, x13, #1
	mov	x15, xzr
	stp	x9, x17, [sp, #48]
	add	x9, x21, x4, lsl #3
	add	x16, x13, #1
	str	x9, [sp, #24]
	add	x9, x11, x20
	str	x9, [sp, #16]
	add	x9, x7, x20
	add	x7, x21, x3
	str	x9, [sp, #8]
	orr	x9, x1, x14
	and	x3, x10, #0x7ffffffffffffffe
	str	x9, [sp]
	b	.LBB28_35
.LBB28_34:
	ldr	x11, [sp, #72]
	mov	x27, x9
	ldr	x9, [sp, #88]
	add	x15, x15, #1
	add	x7, x7, x11
	cmp	x15, x2
	add	x8, x8, x11
	add	x27, x27, x9
	add	x28, x0, x9
	b.eq	.LBB28_61
.LBB28_35:
	mov	x0, x28
	mov	x9, x27
	cmp	x12, #1
	b.lt	.LBB28_34
	ldr	x11, [sp, #88]
	ldr	x17, [sp, #72]
	mov	x23, xzr
	mov	x24, xzr
	mul	x11, x11, x15
	mul	x4, x17, x15
	ldr	x17, [sp, #56]
	add	x6, x17, x11
	ldp	x18, x17, [sp]
	add	x19, x17, x4
	ldr	x17, [sp, #48]
	cmp	x6, x19
	add	x11, x17, x11
	ldr	x17, [sp, #24]
	add	x21, x17, x4
	ldr	x17, [sp, #16]
	ccmp	x21, x11, #2, lo
	add	x19, x17, x4
	ldr	x17, [sp, #64]
	ccmp	x18, #0, #8, hs
	cset	w21, lt
	cmp	x6, x19
	mov	x6, x8
	add	x4, x17, x4
	ccmp	x4, x11, #2, lo
	mov	x11, x0
	mov	x4, x9
	ccmp	x18, #0, #8, hs
	csinc	w26, w21, wzr, ge
	mov	x21, x7
	b	.LBB28_38
.LBB28_37:
	add	x24, x24, #1
	add	x21, x21, x1
	add	x6, x6, x1
	cmp	x24, x12
	add	x4, x4, x14
	add	x11, x11, x14
	add	x23, x23, x5
	b.eq	.LBB28_34
.LBB28_38:
	cmp	x10, #1
	b.lt	.LBB28_37
	cset	w19, eq
	orr	w19, w19, w26
	tbz	w19, #0, .LBB28_41
	mov	x27, xzr
	b	.LBB28_44
.LBB28_41:
	mul	x19, x24, x13
	mov	x27, x4
	mov	x28, x6
	mov	x30, x21
	lsl	x19, x19, #1
	add	x22, x19, x13
	add	x25, x16, x19
	dup	v0.2d, x19
	dup	v1.2d, x22
	dup	v2.2d, x25
	mov	x22, x3
	mov	x25, x11
	mov	w19, #2
.LBB28_42:
	ld2	{ v3.2d, v4.2d }, [x28], #32
	sub	x17, x19, #2
	fmov	d17, x17
	subs	x22, x22, #2
	ld2	{ v5.2d, v6.2d }, [x30], #32
	mov	v17.d[1], x19
	add	x19, x19, #4
	fcmgt	v7.2d, v4.2d, v3.2d
	fcmeq	v16.2d, v4.2d, v4.2d
	fcmeq	v18.2d, v6.2d, v6.2d
	add	v20.2d, v1.2d, v17.2d
	orn	v7.16b, v7.16b, v16.16b
	bit	v3.16b, v4.16b, v7.16b
	fcmeq	v4.2d, v5.2d, v5.2d
	fcmgt	v16.2d, v5.2d, v3.2d
	orn	v4.16b, v16.16b, v4.16b
	add	v16.2d, v17.2d, v0.2d
	bit	v3.16b, v5.16b, v4.16b
	sub	v7.2d, v16.2d, v7.2d
	add	v16.2d, v2.2d, v17.2d
	bsl	v4.16b, v20.16b, v7.16b
	fcmgt	v19.2d, v6.2d, v3.2d
	orn	v7.16b, v19.16b, v18.16b
	bit	v3.16b, v6.16b, v7.16b
	bit	v4.16b, v16.16b, v7.16b
	str	q3, [x25], #16
	str	q4, [x27], #16
	b.ne	.LBB28_42
	cmp	x10, x3
	mov	x27, x3
	b.eq	.LBB28_37
.LBB28_44:
	lsl	x17, x27, #3
	add	x19, x23, x27, lsl #1
	lsl	x25, x27, #4
	mov	x22, xzr
	sub	x27, x10, x27
	add	x28, x4, x17
	add	x30, x11, x17
.LBB28_45:
	add	x17, x6, x25
	add	x20, x21, x25
	add	x25, x25, #16
	ldp	d0, d1, [x17]
	ldp	d2, d3, [x20]
	fcmp	d1, d0
	cset	w17, gt
	fcmp	d1, d1
	csinc	w17, w17, wzr, vc
	cmp	w17, #0
	add	x17, x19, x17
	fcsel	d0, d1, d0, ne
	fcmp	d2, d2
	cset	w20, vs
	fcmp	d2, d0
	csinc	w20, w20, wzr, le
	fcmp	d3, d3
	cset	w18, vs
	cmp	w20, #0
	add	x20, x13, x19
	fcsel	d0, d2, d0, ne
	csel	x17, x20, x17, ne
	add	x19, x19, #2
	fcmp	d3, d0
	csinc	w18, w18, wzr, le
	cmp	w18, #0
	fcsel	d0, d3, d0, ne
	csinc	x17, x17, x20, eq
	str	x17, [x28, x22, lsl #3]
	str	d0, [x30, x22, lsl #3]
	add	x22, x22, #1
	cmp	x27, x22
	b.ne	.LBB28_45
	b	.LBB28_37
.LBB28_46:
	cmp	x2, #1
	b.lt	.LBB28_61
	mul	x9, x0, x13
	lsl	x11, x20, #3
	lsl	x5, x17, #3
	lsl	x6, x13, #3
	stp	x28, x27, [sp, #32]
	stp	x11, x8, [sp, #48]
	str	x20, [sp, #24]
	str	x9, [sp, #88]
	lsl	x9, x9, #3
	stp	xzr, x9, [sp, #64]
	b	.LBB28_49
.LBB28_48:
	ldp	x11, x9, [sp, #56]
	add	x9, x9, #1
	str	x9, [sp, #64]
	cmp	x9, x2
	ldr	x9, [sp, #48]
	add	x11, x11, x9
	str	x11, [sp, #56]
	b.eq	.LBB28_61
.LBB28_49:
	cmp	x12, #1
	b.lt	.LBB28_48
	ldr	x15, [sp, #64]
	ldr	x9, [sp, #24]
	mov	x1, xzr
	mov	x20, xzr
	mul	x11, x15, x14
	mul	x15, x15, x9
	ldr	x9, [sp, #32]
	lsl	x11, x11, #3
	add	x22, x9, x11
	ldr	x9, [sp, #40]
	add	x21, x8, x15, lsl #3
	ldr	x15, [sp, #56]
	add	x23, x9, x11
	b	.LBB28_52
.LBB28_51:
	ldr	x9, [sp, #88]
	add	x20, x20, #1
	cmp	x20, x12
	add	x1, x1, x9
	ldr	x9, [sp, #72]
	add	x15, x15, x9
	b.eq	.LBB28_48
.LBB28_52:
	cmp	x10, #1
	b.lt	.LBB28_51
	ldr	x9, [sp, #88]
	mul	x27, x20, x10
	mov	x25, xzr
	mov	x24, x15
	mov	x19, x1
	mul	x26, x9, x20
	b	.LBB28_55
.LBB28_54:
	add	x11, x25, x27
	add	x25, x25, #1
	add	x19, x19, x17
	cmp	x25, x10
	add	x24, x24, x5
	str	d0, [x22, x11, lsl #3]
	str	x3, [x23, x11, lsl #3]
	b.eq	.LBB28_51
.LBB28_55:
	madd	x3, x25, x17, x26
	cmp	x16, #1
	ldr	d0, [x21, x3, lsl #3]
	b.lt	.LBB28_54
	mov	x7, xzr
	mov	x28, x24
	mov	x30, x19
	b	.LBB28_58
.LBB28_57:
	add	x7, x7, #1
	add	x30, x30, x13
	add	x28, x28, x6
	cmp	x7, x16
	b.eq	.LBB28_54
.LBB28_58:
	cmp	x7, #0
	cset	w0, eq
	subs	x11, x18, x0
	b.le	.LBB28_57
	add	x4, x28, x0, lsl #3
	add	x0, x30, x0
.LBB28_60:
	ldr	d1, [x4], #8
	fcmp	d1, d0
	cset	w9, gt
	fcmp	d1, d1
	csinc	w9, w9, wzr, vc
	cmp	w9, #0
	fcsel	d0, d1, d0, ne
	csel	x3, x0, x3, ne
	subs	x11, x11, #1
	add	x0, x0, #1
	b.ne	.LBB28_60
	b	.LBB28_57
.LBB28_61:
	ldp	x20, x19, [sp, #160]
	ldr	x30, [sp, #80]
	ldp	x22, x21, [sp, #144]
	ldp	x24, x23, [sp, #128]
	ldp	x26, x25, [sp, #112]
	ldp	x28, x27, [sp, #96]
	add	sp, sp, #176
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
	ret
.Lfunc_end28:
	.size	max_pool_run_f64, .Lfunc_end28-max_pool_run_f64
	.cfi_endproc

	.globl	axon_max_pool2d_backward_f64
	.p2align	2
	.type	axon_max_pool2d_backward_f64,@function
axon_max_pool2d_backward_f64:
	.cfi_startproc
	sub	sp, sp, #224
	.cfi_def_cfa_offset 224
	stp	x29, x30, [sp, #128]
	stp	x28, x27, [sp, #144]
	stp	x26, x25, [sp, #160]
	stp	x24, x23, [sp, #176]
	stp	x22, x21, [sp, #192]
	stp	x20, x19, [sp, #208]
	add	x29, sp, #128
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
	movi	v0.2d, #0000000000000000
	mov	x20, x5
	mov	x21, x4
	mov	x22, x3
	mov	x23, x2
	mov	x24, x1
	mov	x19, x0
	stp	xzr, x1, [sp, #8]
	str	x2, [sp, #24]
	stp	q0, q0, [sp, #32]
	stp	xzr, x3, [sp, #64]
	stp	x5, x4, [sp, #80]
	bl	axon_threads
	subs	x8, x19, #1
	b.le	.LBB29_4
	cmp	w0, #2
	b.lt	.LBB29_4
	mul	x9, x24, x19
	cmp	x9, #8, lsl #12
	b.lt	.LBB29_5
	sxtw	x9, w0
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	sub	x2, x29, #32
	add	x10, x8, x9
	udiv	x9, x10, x9
	add	x10, sp, #8
	add	x8, x9, x8
	stp	x19, x9, [x29, #-16]
	sdiv	x0, x8, x9
	adrp	x8, max_pool_backward_run_f64
	add	x8, x8, :lo12:max_pool_backward_run_f64
	stp	x8, x10, [x29, #-32]
	bl	axon_parallel_run
	b	.LBB29_11
.LBB29_4:
	cmp	x19, #1
	b.lt	.LBB29_11
.LBB29_5:
	lsl	x25, x24, #3
	lsl	x27, x23, #3
	mov	x28, xzr
	b	.LBB29_7
.LBB29_6:
	add	x28, x28, #1
	add	x22, x22, x27
	add	x21, x21, x27
	cmp	x28, x19
	b.eq	.LBB29_11
.LBB29_7:
	mul	x8, x28, x24
	mov	w1, wzr
	mov	x2, x25
	add	x26, x20, x8, lsl #3
	mov	x0, x26
	bl	memset
	cmp	x23, #1
	mov	x8, x21
	mov	x9, x22
	mov	x10, x23
	b.ge	.LBB29_9
	b	.LBB29_6
.LBB29_8:
	subs	x10, x10, #1
	add	x9, x9, #8
	b.eq	.LBB29_6
.LBB29_9:
	ldr	x11, [x8], #8
	tbnz	x11, #63, .LBB29_8
	ldr	d0, [x9]
	ldr	d1, [x26, x11, lsl #3]
	fadd	d0, d0, d1
	str	d0, [x26, x11, lsl #3]
	b	.LBB29_8
.LBB29_11:
	.cfi_def_cfa wsp, 224
	ldp	x20, x19, [sp, #208]
	ldp	x22, x21, [sp, #192]
	ldp	x24, x23, [sp, #176]
	ldp	x26, x25, [sp, #160]
	ldp	x28, x27, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #224
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
	ret
.Lfunc_end29:
	.size	axon_max_pool2d_backward_f64, .Lfunc_end29-axon_max_pool2d_backward_f64
	.cfi_endproc

	.p2align	2
	.type	max_pool_backward_run_f64,@function
max_pool_backward_run_f64:
	.cfi_startproc
	cmp	x2, #1
	b.lt	.LBB30_8
	stp	x29, x30, [sp, #-96]!
	.cfi_def_cfa_offset 96
	stp	x28, x27, [sp, #16]
	stp	x26, x25, [sp, #32]
	stp	x24, x23, [sp, #48]
	stp	x22, x21, [sp, #64]
	stp	x20, x19, [sp, #80]
	mov	x29, sp
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
	ldp	x24, x23, [x0, #8]
	mov	x19, x2
	ldp	x11, x10, [x0, #64]
	mov	x22, xzr
	ldr	x12, [x0, #80]
	mul	x8, x23, x1
	lsl	x20, x24, #3
	lsl	x26, x23, #3
	mul	x9, x24, x1
	lsl	x8, x8, #3
	add	x25, x10, x9, lsl #3
	add	x27, x11, x8
	add	x28, x12, x8
	b	.LBB30_3
.LBB30_2:
	add	x22, x22, #1
	add	x27, x27, x26
	add	x28, x28, x26
	cmp	x22, x19
	b.eq	.LBB30_7
.LBB30_3:
	mul	x8, x22, x24
	mov	w1, wzr
	mov	x2, x20
	add	x21, x25, x8, lsl #3
	mov	x0, x21
	bl	memset
	cmp	x23, #1
	mov	x8, x28
	mov	x9, x27
	mov	x10, x23
	b.ge	.LBB30_5
	b	.LBB30_2
.LBB30_4:
	subs	x10, x10, #1
	add	x9, x9, #8
	b.eq	.LBB30_2
.LBB30_5:
	ldr	x11, [x8], #8
	tbnz	x11, #63, .LBB30_4
	ldr	d0, [x9]
	ldr	d1, [x21, x11, lsl #3]
	fadd	d0, d0, d1
	str	d0, [x21, x11, lsl #3]
	b	.LBB30_4
.LBB30_7:
	.cfi_def_cfa wsp, 96
	ldp	x20, x19, [sp, #80]
	ldp	x22, x21, [sp, #64]
	ldp	x24, x23, [sp, #48]
	ldp	x26, x25, [sp, #32]
	ldp	x28, x27, [sp, #16]
	ldp	x29, x30, [sp], #96
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
.LBB30_8:
	ret
.Lfunc_end30:
	.size	max_pool_backward_run_f64, .Lfunc_end30-max_pool_backward_run_f64
	.cfi_endproc

	.globl	axon_avg_pool2d_f64
	.p2align	2
	.type	axon_avg_pool2d_f64,@function
axon_avg_pool2d_f64:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #128
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	ldp	x8, x9, [x0, #8]
	movi	v0.2d, #0000000000000000
	mov	x19, x1
	stp	w2, wzr, [sp, #64]
	stp	x3, x4, [sp, #72]
	mul	x20, x9, x8
	ldp	x8, x9, [x0, #104]
	stp	q0, q0, [sp, #32]
	str	xzr, [sp, #88]
	mul	x8, x9, x8
	stp	x0, x20, [sp, #8]
	str	x8, [sp, #24]
	bl	axon_threads
	cmp	x19, #2
	b.lt	.LBB31_4
	cmp	w0, #2
	b.lt	.LBB31_4
	mul	x8, x20, x19
	cmp	x8, #8, lsl #12
	b.lt	.LBB31_4
	mov	w8, w0
	sub	x9, x19, #1
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	add	x10, x9, x8
	sub	x2, x29, #32
	udiv	x8, x10, x8
	add	x10, sp, #8
	add	x9, x8, x9
	stp	x19, x8, [x29, #-16]
	sdiv	x0, x9, x8
	adrp	x9, avg_pool_run_f64
	add	x9, x9, :lo12:avg_pool_run_f64
	stp	x9, x10, [x29, #-32]
	bl	axon_parallel_run
	b	.LBB31_5
.LBB31_4:
	add	x0, sp, #8
	mov	x1, xzr
	mov	x2, x19
	bl	avg_pool_run_f64
.LBB31_5:
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #160
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end31:
	.size	axon_avg_pool2d_f64, .Lfunc_end31-axon_avg_pool2d_f64
	.cfi_endproc

	.p2align	2
	.type	avg_pool_run_f64,@function
avg_pool_run_f64:
	.cfi_startproc
	sub	sp, sp, #224
	.cfi_def_cfa_offset 224
	str	x30, [sp, #128]
	stp	x28, x27, [sp, #144]
	stp	x26, x25, [sp, #160]
	stp	x24, x23, [sp, #176]
	stp	x22, x21, [sp, #192]
	stp	x20, x19, [sp, #208]
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
	.cfi_offset w30, -96
	cmp	x2, #1
	str	x2, [sp, #32]
	b.lt	.LBB32_19
	ldp	x10, x8, [x0]
	ldr	x9, [x0, #16]
	mul	x9, x9, x1
	ldp	x12, x11, [x10, #8]
	str	x10, [sp, #56]
	ldp	x15, x13, [x10, #104]
	mul	x8, x8, x1
	stp	xzr, x12, [sp, #40]
	mul	x10, x11, x12
	ldp	x12, x14, [x0, #64]
	str	x15, [sp, #88]
	mul	x15, x13, x15
	add	x9, x14, x9, lsl #3
	add	x8, x12, x8, lsl #3
	str	x8, [sp, #80]
	add	x8, x8, #16
	stp	x9, x15, [sp, #8]
	ldr	w9, [x0, #56]
	lsl	x0, x11, #3
	str	x8, [sp, #72]
	str	w9, [sp, #140]
	lsl	x9, x10, #3
	str	x9, [sp, #24]
	b	.LBB32_3
.LBB32_2:
	ldp	x8, x9, [sp, #32]
	add	x9, x9, #1
	str	x9, [sp, #40]
	cmp	x9, x8
	ldr	x9, [sp, #24]
	ldr	x8, [sp, #72]
	add	x8, x8, x9
	str	x8, [sp, #72]
	ldr	x8, [sp, #80]
	add	x8, x8, x9
	str	x8, [sp, #80]
	b.eq	.LBB32_19
.LBB32_3:
	ldr	x8, [sp, #88]
	cmp	x8, #1
	b.lt	.LBB32_2
	ldp	x9, x10, [sp, #8]
	ldr	x8, [sp, #40]
	str	xzr, [sp, #96]
	mul	x8, x10, x8
	add	x8, x9, x8, lsl #3
	str	x8, [sp, #64]
	b	.LBB32_6
.LBB32_5:
	ldp	x8, x9, [sp, #88]
	add	x9, x9, #1
	cmp	x9, x8
	str	x9, [sp, #96]
	b.eq	.LBB32_2
.LBB32_6:
	cmp	x13, #1
	b.lt	.LBB32_5
	ldp	x17, x14, [sp, #48]
	mov	x5, xzr
	ldr	x10, [sp, #96]
	ldp	x8, x7, [x14, #72]
	ldp	x9, x6, [x14, #40]
	ldp	x12, x20, [x14, #24]
	neg	x8, x8
	neg	x30, x7
	madd	x8, x9, x10, x8
	ldp	x9, x14, [x14, #88]
	mul	x10, x10, x13
	add	x9, x9, x17
	add	x22, x14, x11
	ldr	x14, [sp, #64]
	bic	x4, x8, x8, asr #63
	add	x12, x12, x8
	cmp	x12, x9
	mul	x15, x0, x4
	csel	x9, x12, x9, lt
	ldr	x12, [sp, #80]
	sub	x26, x9, x8
	ldr	x8, [sp, #72]
	cmp	x9, x17
	madd	x16, x0, x4, x12
	add	x24, x14, x10, lsl #3
	csel	x25, x9, x17, lt
	sub	x27, x25, x4
	add	x8, x8, x15
	str	x8, [sp, #112]
	add	x8, x12, x15
	str	x16, [sp, #120]
	sub	x16, x20, x7
	mov	x23, x16
	str	x8, [sp, #104]
	b	.LBB32_9
.LBB32_8:
	scvtf	d1, x8
	add	x30, x30, x6
	add	x23, x23, x6
	fdiv	d0, d0, d1
	str	d0, [x24, x5, lsl #3]
	add	x5, x5, #1
	cmp	x5, x13
	b.eq	.LBB32_5
.LBB32_9:
	mul	x8, x6, x5
	cmp	x11, x23
	movi	d0, #0000000000000000
	csel	x9, x11, x23, lt
	ldr	w14, [sp, #140]
	cmp	x9, x22
	csel	x9, x9, x22, lt
	add	x10, x16, x8
	sub	x8, x8, x7
	cmp	x11, x10
	add	x12, x8, x20
	bic	x18, x8, x8, asr #63
	csel	x10, x11, x10, lt
	cmp	x10, x22
	csel	x10, x10, x22, lt
	cmp	x12, x22
	csel	x12, x12, x22, lt
	cmp	x12, x11
	sub	x8, x12, x8
	csel	x2, x12, x11, lt
	mul	x8, x8, x26
	cmp	w14, #0
	sub	x12, x2, x18
	mul	x12, x12, x27
	csel	x8, x12, x8, eq
	cmp	x25, x4
	b.le	.LBB32_8
	bic	x12, x30, x30, asr #63
	sub	x3, x10, x18
	mov	x19, x4
	and	x1, x3, #0xfffffffffffffffc
	sub	x9, x9, x12
	lsl	x10, x12, #3
	and	x28, x9, #0xfffffffffffffffc
	ldp	x9, x21, [sp, #112]
	add	x17, x9, x10
	ldr	x9, [sp, #104]
	add	x14, x9, x10
	add	x9, x18, x1
	b	.LBB32_12
.LBB32_11:
	add	x19, x19, #1
	add	x17, x17, x0
	add	x14, x14, x0
	cmp	x19, x25
	add	x21, x21, x0
	b.ge	.LBB32_8
.LBB32_12:
	cmp	x2, x18
	b.le	.LBB32_11
	cmp	x3, #4
	b.hs	.LBB32_15
	mov	x10, x18
	b	.LBB32_18
.LBB32_15:
	mov	x12, x28
	mov	x10, x14
	mov	x15, x17
.LBB32_16:
	ldr	q1, [x10], #32
	subs	x12, x12, #4
	mov	d2, v1.d[1]
	fadd	d0, d0, d1
	ldr	q1, [x15], #32
	fadd	d0, d0, d2
	mov	d2, v1.d[1]
	fadd	d0, d0, d1
	fadd	d0, d0, d2
	b.ne	.LBB32_16
	cmp	x3, x1
	mov	x10, x9
	b.eq	.LBB32_11
.LBB32_18:
	ldr	d1, [x21, x10, lsl #3]
	add	x10, x10, #1
	cmp	x10, x2
	fadd	d0, d0, d1
	b.lt	.LBB32_18
	b	.LBB32_11
.LBB32_19:
	ldp	x20, x19, [sp, #208]
	ldr	x30, [sp, #128]
	ldp	x22, x21, [sp, #192]
	ldp	x24, x23, [sp, #176]
	ldp	x26, x25, [sp, #160]
	ldp	x28, x27, [sp, #144]
	add	sp, sp, #224
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
	ret
.Lfunc_end32:
	.size	avg_pool_run_f64, .Lfunc_end32-avg_pool_run_f64
	.cfi_endproc

	.globl	axon_avg_pool2d_backward_f64
	.p2align	2
	.type	axon_avg_pool2d_backward_f64,@function
axon_avg_pool2d_backward_f64:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #128
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	ldp	x8, x9, [x0, #8]
	movi	v0.2d, #0000000000000000
	mov	x19, x1
	stp	w2, wzr, [sp, #64]
	stp	x3, x4, [sp, #72]
	mul	x20, x9, x8
	ldp	x8, x9, [x0, #104]
	stp	q0, q0, [sp, #32]
	str	xzr, [sp, #88]
	mul	x8, x9, x8
	stp	x0, x20, [sp, #8]
	str	x8, [sp, #24]
	bl	axon_threads
	cmp	x19, #2
	b.lt	.LBB33_4
	cmp	w0, #2
	b.lt	.LBB33_4
	mul	x8, x20, x19
	cmp	x8, #8, lsl #12
	b.lt	.LBB33_4
	mov	w8, w0
	sub	x9, x19, #1
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	add	x10, x9, x8
	sub	x2, x29, #32
	udiv	x8, x10, x8
	add	x10, sp, #8
	add	x9, x8, x9
	stp	x19, x8, [x29, #-16]
	sdiv	x0, x9, x8
	adrp	x9, avg_pool_backward_run_f64
	add	x9, x9, :lo12:avg_pool_backward_run_f64
	stp	x9, x10, [x29, #-32]
	bl	axon_parallel_run
	b	.LBB33_5
.LBB33_4:
	add	x0, sp, #8
	mov	x1, xzr
	mov	x2, x19
	bl	avg_pool_backward_run_f64
.LBB33_5:
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #160
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end33:
	.size	axon_avg_pool2d_backward_f64, .Lfunc_end33-axon_avg_pool2d_backward_f64
	.cfi_endproc

	.p2align	2
	.type	avg_pool_backward_run_f64,@function
avg_pool_backward_run_f64:
	.cfi_startproc
	sub	sp, sp, #208
	.cfi_def_cfa_offset 208
	str	x30, [sp, #112]
	stp	x28, x27, [sp, #128]
	stp	x26, x25, [sp, #144]
	stp	x24, x23, [sp, #160]
	stp	x22, x21, [sp, #176]
	stp	x20, x19, [sp, #192]
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
	.cfi_offset w30, -96
	cmp	x2, #1
	str	x2, [sp, #24]
	b.lt	.LBB34_18
	ldp	x9, x8, [x0, #8]
	ldr	x10, [x0]
	ldr	w17, [x0, #56]
	ldp	x12, x11, [x10, #8]
	str	x10, [sp, #48]
	ldp	x15, x13, [x10, #104]
	mul	x8, x8, x1
	mul	x9, x9, x1
	stp	xzr, x12, [sp, #32]
	str	x15, [sp, #80]
	mul	x10, x11, x12
	ldp	x12, x14, [x0, #64]
	lsl	x0, x11, #3
	mul	x15, x13, x15
	add	x8, x12, x8, lsl #3
	stp	x8, x15, [sp]
	add	x8, x14, x9, lsl #3
	lsl	x9, x10, #3
	str	x8, [sp, #72]
	add	x8, x8, #16
	str	x9, [sp, #16]
	str	x8, [sp, #64]
	b	.LBB34_3
.LBB34_2:
	ldp	x8, x9, [sp, #24]
	add	x9, x9, #1
	str	x9, [sp, #32]
	cmp	x9, x8
	ldr	x9, [sp, #16]
	ldr	x8, [sp, #64]
	add	x8, x8, x9
	str	x8, [sp, #64]
	ldr	x8, [sp, #72]
	add	x8, x8, x9
	str	x8, [sp, #72]
	b.eq	.LBB34_18
.LBB34_3:
	ldr	x8, [sp, #80]
	cmp	x8, #1
	b.lt	.LBB34_2
	ldp	x9, x10, [sp]
	ldr	x8, [sp, #32]
	str	xzr, [sp, #88]
	mul	x8, x10, x8
	add	x8, x9, x8, lsl #3
	str	x8, [sp, #56]
	b	.LBB34_6
.LBB34_5:
	ldp	x8, x9, [sp, #80]
	add	x9, x9, #1
	cmp	x9, x8
	str	x9, [sp, #88]
	b.eq	.LBB34_2
.LBB34_6:
	cmp	x13, #1
	b.lt	.LBB34_5
	ldp	x18, x14, [sp, #40]
	mov	x5, xzr
	ldr	x10, [sp, #88]
	ldp	x8, x7, [x14, #72]
	ldp	x9, x6, [x14, #40]
	ldp	x12, x20, [x14, #24]
	neg	x8, x8
	neg	x30, x7
	madd	x8, x9, x10, x8
	ldp	x9, x14, [x14, #88]
	mul	x10, x10, x13
	add	x9, x9, x18
	add	x22, x14, x11
	ldr	x14, [sp, #56]
	bic	x4, x8, x8, asr #63
	add	x12, x12, x8
	cmp	x12, x9
	csel	x9, x12, x9, lt
	ldr	x12, [sp, #72]
	madd	x15, x0, x4, x12
	cmp	x9, x18
	sub	x26, x9, x8
	ldr	x8, [sp, #64]
	mul	x16, x0, x4
	add	x10, x14, x10, lsl #3
	csel	x25, x9, x18, lt
	sub	x27, x25, x4
	str	x15, [sp, #120]
	sub	x15, x20, x7
	mov	x23, x15
	add	x8, x8, x16
	add	x14, x12, x16
	stp	x8, x10, [sp, #96]
	b	.LBB34_9
.LBB34_8:
	add	x5, x5, #1
	add	x30, x30, x6
	add	x23, x23, x6
	cmp	x5, x13
	b.eq	.LBB34_5
.LBB34_9:
	mul	x8, x6, x5
	cmp	x11, x23
	csel	x9, x11, x23, lt
	cmp	x9, x22
	csel	x10, x9, x22, lt
	add	x12, x15, x8
	sub	x8, x8, x7
	cmp	x11, x12
	add	x16, x8, x20
	bic	x18, x8, x8, asr #63
	csel	x9, x11, x12, lt
	cmp	x9, x22
	csel	x12, x9, x22, lt
	cmp	x16, x22
	csel	x9, x16, x22, lt
	cmp	x9, x11
	sub	x8, x9, x8
	csel	x2, x9, x11, lt
	mul	x8, x8, x26
	cmp	w17, #0
	sub	x9, x2, x18
	mul	x9, x9, x27
	csel	x8, x9, x8, eq
	cmp	x25, x4
	b.le	.LBB34_8
	scvtf	d0, x8
	ldp	x16, x8, [sp, #96]
	sub	x3, x12, x18
	ldr	x21, [sp, #120]
	mov	x19, x4
	ldr	d1, [x8, x5, lsl #3]
	bic	x8, x30, x30, asr #63
	fdiv	d0, d1, d0
	lsl	x9, x8, #3
	sub	x8, x10, x8
	add	x28, x16, x9
	and	x16, x3, #0xfffffffffffffffc
	add	x24, x14, x9
	and	x9, x8, #0xfffffffffffffffc
	add	x10, x18, x16
	dup	v1.2d, v0.d[0]
	b	.LBB34_12
.LBB34_11:
	add	x19, x19, #1
	add	x28, x28, x0
	add	x24, x24, x0
	cmp	x19, x25
	add	x21, x21, x0
	b.ge	.LBB34_8
.LBB34_12:
	cmp	x2, x18
	b.le	.LBB34_11
	cmp	x3, #4
	mov	x8, x18
	b.lo	.LBB34_17
	mov	x12, x9
	mov	x1, x24
	mov	x8, x28
.LBB34_15:
	ldr	q2, [x1]
	ldr	q3, [x8]
	subs	x12, x12, #4
	fadd	v2.2d, v1.2d, v2.2d
	fadd	v3.2d, v1.2d, v3.2d
	str	q2, [x1], #32
	str	q3, [x8], #32
	b.ne	.LBB34_15
	cmp	x3, x16
	mov	x8, x10
	b.eq	.LBB34_11
.LBB34_17:
	ldr	d2, [x21, x8, lsl #3]
	fadd	d2, d0, d2
	str	d2, [x21, x8, lsl #3]
	add	x8, x8, #1
	cmp	x8, x2
	b.lt	.LBB34_17
	b	.LBB34_11
.LBB34_18:
	ldp	x20, x19, [sp, #192]
	ldr	x30, [sp, #112]
	ldp	x22, x21, [sp, #176]
	ldp	x24, x23, [sp, #160]
	ldp	x26, x25, [sp, #144]
	ldp	x28, x27, [sp, #128]
	add	sp, sp, #208
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
	ret
.Lfunc_end34:
	.size	avg_pool_backward_run_f64, .Lfunc_end34-avg_pool_backward_run_f64
	.cfi_endproc

	.globl	axon_adaptive_avg_pool2d_f64
	.p2align	2
	.type	axon_adaptive_avg_pool2d_f64,@function
axon_adaptive_avg_pool2d_f64:
	.cfi_startproc
	sub	sp, sp, #256
	.cfi_def_cfa_offset 256
	stp	x29, x30, [sp, #160]
	stp	x28, x27, [sp, #176]
	stp	x26, x25, [sp, #192]
	stp	x24, x23, [sp, #208]
	stp	x22, x21, [sp, #224]
	stp	x20, x19, [sp, #240]
	add	x29, sp, #160
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
	mul	x19, x2, x1
	mov	x21, x5
	mov	x22, x4
	mov	x23, x3
	mov	x24, x2
	mov	x25, x1
	mul	x8, x4, x3
	mov	x20, x0
	stp	x2, x3, [sp, #72]
	stp	x4, xzr, [sp, #88]
	stp	x5, x6, [sp, #104]
	stp	xzr, x19, [sp, #40]
	str	x6, [sp, #32]
	stp	x8, x1, [sp, #56]
	str	xzr, [sp, #120]
	bl	axon_threads
	subs	x8, x20, #1
	str	x20, [sp, #8]
	b.le	.LBB35_4
	cmp	w0, #2
	b.lt	.LBB35_4
	ldr	x9, [sp, #8]
	mul	x9, x19, x9
	cmp	x9, #8, lsl #12
	b.lt	.LBB35_5
	sxtw	x9, w0
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	sub	x2, x29, #32
	add	x10, x8, x9
	udiv	x9, x10, x9
	add	x10, sp, #40
	add	x8, x9, x8
	sdiv	x0, x8, x9
	adrp	x8, adaptive_run_f64
	add	x8, x8, :lo12:adaptive_run_f64
	stp	x8, x10, [x29, #-32]
	ldr	x8, [sp, #8]
	stp	x8, x9, [x29, #-16]
	bl	axon_parallel_run
	b	.LBB35_24
.LBB35_4:
	ldr	x8, [sp, #8]
	cmp	x8, #1
	b.lt	.LBB35_24
.LBB35_5:
	lsl	x8, x19, #3
	lsl	x10, x24, #3
	sub	x12, x22, #1
	add	x13, x21, #16
	str	x8, [sp]
	sub	x8, x23, #1
	stp	xzr, x8, [sp, #16]
	b	.LBB35_7
.LBB35_6:
	ldp	x8, x9, [sp, #8]
	add	x9, x9, #1
	cmp	x9, x8
	ldr	x8, [sp]
	str	x9, [sp, #16]
	add	x13, x13, x8
	add	x21, x21, x8
	b.eq	.LBB35_24
.LBB35_7:
	cmp	x23, #1
	b.lt	.LBB35_6
	ldr	x8, [sp, #16]
	mul	x14, x8, x23
	mov	x8, xzr
	b	.LBB35_10
.LBB35_9:
	cmp	x15, x23
	mov	x8, x15
	b.eq	.LBB35_6
.LBB35_10:
	cmp	x22, #1
	add	x15, x8, #1
	b.lt	.LBB35_9
	mul	x9, x8, x25
	ldp	x11, x17, [sp, #24]
	add	x8, x8, x14
	mov	x16, xzr
	madd	x11, x15, x25, x11
	mul	x8, x8, x22
	sdiv	x9, x9, x23
	add	x0, x17, x8, lsl #3
	sdiv	x18, x11, x23
	mul	x11, x10, x9
	add	x2, x13, x11
	add	x19, x21, x11
	sub	x1, x18, x9
	b	.LBB35_13
.LBB35_12:
	sub	x8, x6, x5
	cmp	x4, x22
	mul	x8, x8, x1
	scvtf	d1, x8
	fdiv	d0, d0, d1
	str	d0, [x0, x16, lsl #3]
	mov	x16, x4
	b.eq	.LBB35_9
.LBB35_13:
	mul	x8, x16, x24
	add	x4, x16, #1
	movi	d0, #0000000000000000
	cmp	x18, x9
	sdiv	x5, x8, x22
	madd	x8, x4, x24, x12
	sdiv	x6, x8, x22
	b.le	.LBB35_12
	sub	x7, x6, x5
	lsl	x17, x5, #3
	mov	x3, x19
	and	x8, x7, #0xfffffffffffffffc
	add	x27, x5, x8
	add	x11, x2, x17
	add	x20, x19, x17
	mov	x17, x9
	b	.LBB35_16
.LBB35_15:
	add	x17, x17, #1
	add	x11, x11, x10
	add	x20, x20, x10
	cmp	x17, x18
	add	x3, x3, x10
	b.eq	.LBB35_12
.LBB35_16:
	cmp	x6, x5
	b.le	.LBB35_15
	cmp	x7, #4
	b.hs	.LBB35_19
	mov	x28, x5
	b	.LBB35_22
.LBB35_19:
	mov	x26, x8
	mov	x30, x20
	mov	x28, x11
.LBB35_20:
	ldr	q1, [x30], #32
	subs	x26, x26, #4
	mov	d2, v1.d[1]
	fadd	d0, d0, d1
	ldr	q1, [x28], #32
	fadd	d0, d0, d2
	mov	d2, v1.d[1]
	fadd	d0, d0, d1
	fadd	d0, d0, d2
	b.ne	.LBB35_20
	cmp	x7, x8
	mov	x28, x27
	b.eq	.LBB35_15
.LBB35_22:
	add	x26, x3, x28, lsl #3
	sub	x28, x6, x28
.LBB35_23:
	ldr	d1, [x26], #8
	subs	x28, x28, #1
	fadd	d0, d0, d1
	b.ne	.LBB35_23
	b	.LBB35_15
.LBB35_24:
	.cfi_def_cfa wsp, 256
	ldp	x20, x19, [sp, #240]
	ldp	x22, x21, [sp, #224]
	ldp	x24, x23, [sp, #208]
	ldp	x26, x25, [sp, #192]
	ldp	x28, x27, [sp, #176]
	ldp	x29, x30, [sp, #160]
	add	sp, sp, #256
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
	ret
.Lfunc_end35:
	.size	axon_adaptive_avg_pool2d_f64, .Lfunc_end35-axon_adaptive_avg_pool2d_f64
	.cfi_endproc

	.p2align	2
	.type	adaptive_run_f64,@function
adaptive_run_f64:
	.cfi_startproc
	sub	sp, sp, #128
	.cfi_def_cfa_offset 128
	str	x30, [sp, #32]
	stp	x28, x27, [sp, #48]
	stp	x26, x25, [sp, #64]
	stp	x24, x23, [sp, #80]
	stp	x22, x21, [sp, #96]
	stp	x20, x19, [sp, #112]
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
	.cfi_offset w30, -96
	cmp	x2, #1
	str	x2, [sp, #8]
	b.lt	.LBB36_20
	ldp	x8, x11, [x0, #8]
	ldp	x9, x10, [x0, #24]
	ldp	x13, x16, [x0, #64]
	mul	x8, x8, x1
	mul	x14, x11, x1
	ldp	x11, x12, [x0, #40]
	mul	x15, x10, x9
	add	x13, x13, x8, lsl #3
	sub	x18, x12, #1
	add	x8, x16, x14, lsl #3
	lsl	x16, x10, #3
	add	x0, x13, #16
	str	x8, [sp, #40]
	lsl	x8, x15, #3
	str	x8, [sp]
	sub	x8, x11, #1
	stp	xzr, x8, [sp, #16]
	b	.LBB36_3
.LBB36_2:
	ldp	x8, x14, [sp, #8]
	add	x14, x14, #1
	cmp	x14, x8
	ldr	x8, [sp]
	str	x14, [sp, #16]
	add	x0, x0, x8
	add	x13, x13, x8
	b.eq	.LBB36_20
.LBB36_3:
	cmp	x11, #1
	b.lt	.LBB36_2
	ldr	x8, [sp, #16]
	mul	x1, x8, x11
	mov	x8, xzr
	b	.LBB36_6
.LBB36_5:
	cmp	x3, x11
	mov	x8, x3
	b.eq	.LBB36_2
.LBB36_6:
	cmp	x12, #1
	add	x3, x8, #1
	b.lt	.LBB36_5
	mul	x14, x8, x9
	add	x8, x8, x1
	ldr	x15, [sp, #40]
	mov	x4, xzr
	mul	x8, x8, x12
	sdiv	x2, x14, x11
	ldr	x14, [sp, #24]
	madd	x14, x3, x9, x14
	add	x7, x15, x8, lsl #3
	sdiv	x6, x14, x11
	mul	x14, x16, x2
	add	x20, x0, x14
	add	x15, x13, x14
	sub	x19, x6, x2
	b	.LBB36_9
.LBB36_8:
	sub	x8, x24, x23
	cmp	x22, x12
	mul	x8, x8, x19
	scvtf	d1, x8
	fdiv	d0, d0, d1
	str	d0, [x7, x4, lsl #3]
	mov	x4, x22
	b.eq	.LBB36_5
.LBB36_9:
	mul	x8, x4, x10
	add	x22, x4, #1
	movi	d0, #0000000000000000
	cmp	x6, x2
	sdiv	x23, x8, x12
	madd	x8, x22, x10, x18
	sdiv	x24, x8, x12
	b.le	.LBB36_8
	sub	x25, x24, x23
	lsl	x14, x23, #3
	mov	x21, x15
	and	x8, x25, #0xfffffffffffffffc
	mov	x5, x2
	add	x27, x23, x8
	add	x17, x20, x14
	add	x14, x15, x14
	b	.LBB36_12
.LBB36_11:
	add	x5, x5, #1
	add	x17, x17, x16
	add	x14, x14, x16
	cmp	x5, x6
	add	x21, x21, x16
	b.eq	.LBB36_8
.LBB36_12:
	cmp	x24, x23
	b.le	.LBB36_11
	cmp	x25, #4
	b.hs	.LBB36_15
	mov	x28, x23
	b	.LBB36_18
.LBB36_15:
	mov	x26, x8
	mov	x30, x14
	mov	x28, x17
.LBB36_16:
	ldr	q1, [x30], #32
	subs	x26, x26, #4
	mov	d2, v1.d[1]
	fadd	d0, d0, d1
	ldr	q1, [x28], #32
	fadd	d0, d0, d2
	mov	d2, v1.d[1]
	fadd	d0, d0, d1
	fadd	d0, d0, d2
	b.ne	.LBB36_16
	cmp	x25, x8
	mov	x28, x27
	b.eq	.LBB36_11
.LBB36_18:
	add	x26, x21, x28, lsl #3
	sub	x28, x24, x28
.LBB36_19:
	ldr	d1, [x26], #8
	subs	x28, x28, #1
	fadd	d0, d0, d1
	b.ne	.LBB36_19
	b	.LBB36_11
.LBB36_20:
	ldp	x20, x19, [sp, #112]
	ldr	x30, [sp, #32]
	ldp	x22, x21, [sp, #96]
	ldp	x24, x23, [sp, #80]
	ldp	x26, x25, [sp, #64]
	ldp	x28, x27, [sp, #48]
	add	sp, sp, #128
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
	ret
.Lfunc_end36:
	.size	adaptive_run_f64, .Lfunc_end36-adaptive_run_f64
	.cfi_endproc

	.globl	axon_adaptive_avg_pool2d_backward_f64
	.p2align	2
	.type	axon_adaptive_avg_pool2d_backward_f64,@function
axon_adaptive_avg_pool2d_backward_f64:
	.cfi_startproc
	sub	sp, sp, #256
	.cfi_def_cfa_offset 256
	stp	x29, x30, [sp, #160]
	stp	x28, x27, [sp, #176]
	stp	x26, x25, [sp, #192]
	stp	x24, x23, [sp, #208]
	stp	x22, x21, [sp, #224]
	stp	x20, x19, [sp, #240]
	add	x29, sp, #160
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
	mul	x19, x2, x1
	mov	x20, x6
	mov	x22, x4
	mov	x23, x3
	mov	x24, x2
	mov	x25, x1
	mul	x8, x4, x3
	mov	x21, x0
	stp	x2, x3, [sp, #72]
	stp	x4, xzr, [sp, #88]
	str	x5, [sp, #32]
	stp	xzr, x19, [sp, #40]
	stp	x5, x6, [sp, #104]
	stp	x8, x1, [sp, #56]
	str	xzr, [sp, #120]
	bl	axon_threads
	subs	x8, x21, #1
	str	x21, [sp, #16]
	b.le	.LBB37_4
	cmp	w0, #2
	b.lt	.LBB37_4
	ldr	x9, [sp, #16]
	mul	x9, x19, x9
	cmp	x9, #8, lsl #12
	b.lt	.LBB37_5
	sxtw	x9, w0
	adrp	x1, pool_task
	add	x1, x1, :lo12:pool_task
	sub	x2, x29, #32
	add	x10, x8, x9
	udiv	x9, x10, x9
	add	x10, sp, #40
	add	x8, x9, x8
	sdiv	x0, x8, x9
	adrp	x8, adaptive_backward_run_f64
	add	x8, x8, :lo12:adaptive_backward_run_f64
	stp	x8, x10, [x29, #-32]
	ldr	x8, [sp, #16]
	stp	x8, x9, [x29, #-16]
	bl	axon_parallel_run
	b	.LBB37_23
.LBB37_4:
	ldr	x8, [sp, #16]
	cmp	x8, #1
	b.lt	.LBB37_23
.LBB37_5:
	lsl	x8, x19, #3
	lsl	x10, x24, #3
	sub	x11, x23, #1
	sub	x12, x22, #1
	add	x13, x20, #16
	str	xzr, [sp, #24]
	str	x8, [sp, #8]
	b	.LBB37_7
.LBB37_6:
	ldp	x8, x9, [sp, #16]
	add	x9, x9, #1
	cmp	x9, x8
	ldr	x8, [sp, #8]
	str	x9, [sp, #24]
	add	x13, x13, x8
	add	x20, x20, x8
	b.eq	.LBB37_23
.LBB37_7:
	cmp	x23, #1
	b.lt	.LBB37_6
	ldr	x8, [sp, #24]
	mul	x14, x8, x23
	mov	x8, xzr
	b	.LBB37_10
.LBB37_9:
	cmp	x15, x23
	mov	x8, x15
	b.eq	.LBB37_6
.LBB37_10:
	cmp	x22, #1
	add	x15, x8, #1
	b.lt	.LBB37_9
	mul	x9, x8, x25
	add	x8, x8, x14
	ldr	x18, [sp, #32]
	mov	x16, xzr
	mul	x8, x8, x22
	sdiv	x19, x9, x23
	madd	x9, x15, x25, x11
	add	x18, x18, x8, lsl #3
	sdiv	x17, x9, x23
	mul	x9, x10, x19
	add	x1, x13, x9
	add	x2, x20, x9
	sub	x0, x17, x19
	b	.LBB37_13
.LBB37_12:
	cmp	x3, x22
	mov	x16, x3
	b.eq	.LBB37_9
.LBB37_13:
	cmp	x17, x19
	add	x3, x16, #1
	b.le	.LBB37_12
	mul	x8, x16, x24
	ldr	d1, [x18, x16, lsl #3]
	mov	x30, x2
	mov	x16, x19
	sdiv	x4, x8, x22
	madd	x8, x3, x24, x12
	sdiv	x5, x8, x22
	sub	x6, x5, x4
	mul	x8, x6, x0
	and	x9, x6, #0xfffffffffffffffc
	add	x26, x4, x9
	scvtf	d0, x8
	lsl	x8, x4, #3
	add	x21, x1, x8
	add	x8, x2, x8
	fdiv	d0, d1, d0
	dup	v1.2d, v0.d[0]
	b	.LBB37_16
.LBB37_15:
	add	x16, x16, #1
	add	x21, x21, x10
	add	x8, x8, x10
	cmp	x16, x17
	add	x30, x30, x10
	b.eq	.LBB37_12
.LBB37_16:
	cmp	x5, x4
	b.le	.LBB37_15
	cmp	x6, #4
	mov	x27, x4
	b.lo	.LBB37_21
	mov	x7, x9
	mov	x28, x8
	mov	x27, x21
.LBB37_19:
	ldr	q2, [x28]
	ldr	q3, [x27]
	subs	x7, x7, #4
	fadd	v2.2d, v1.2d, v2.2d
	fadd	v3.2d, v1.2d, v3.2d
	str	q2, [x28], #32
	str	q3, [x27], #32
	b.ne	.LBB37_19
	cmp	x6, x9
	mov	x27, x26
	b.eq	.LBB37_15
.LBB37_21:
	add	x7, x30, x27, lsl #3
	sub	x27, x5, x27
.LBB37_22:
	ldr	d2, [x7]
	subs	x27, x27, #1
	fadd	d2, d0, d2
	str	d2, [x7], #8
	b.ne	.LBB37_22
	b	.LBB37_15
.LBB37_23:
	.cfi_def_cfa wsp, 256
	ldp	x20, x19, [sp, #240]
	ldp	x22, x21, [sp, #224]
	ldp	x24, x23, [sp, #208]
	ldp	x26, x25, [sp, #192]
	ldp	x28, x27, [sp, #176]
	ldp	x29, x30, [sp, #160]
	add	sp, sp, #256
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
	ret
.Lfunc_end37:
	.size	axon_adaptive_avg_pool2d_backward_f64, .Lfunc_end37-axon_adaptive_avg_pool2d_backward_f64
	.cfi_endproc

	.p2align	2
	.type	adaptive_backward_run_f64,@function
adaptive_backward_run_f64:
	.cfi_startproc
	sub	sp, sp, #128
	.cfi_def_cfa_offset 128
	str	x30, [sp, #32]
	stp	x28, x27, [sp, #48]
	stp	x26, x25, [sp, #64]
	stp	x24, x23, [sp, #80]
	stp	x22, x21, [sp, #96]
	stp	x20, x19, [sp, #112]
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
	.cfi_offset w30, -96
	cmp	x2, #1
	str	x2, [sp, #16]
	b.lt	.LBB38_19
	ldp	x11, x8, [x0, #8]
	str	xzr, [sp, #24]
	ldp	x9, x10, [x0, #24]
	ldp	x16, x15, [x0, #64]
	mul	x8, x8, x1
	mul	x13, x11, x1
	ldp	x11, x12, [x0, #40]
	mul	x14, x10, x9
	add	x8, x16, x8, lsl #3
	lsl	x16, x10, #3
	sub	x17, x11, #1
	sub	x18, x12, #1
	add	x13, x15, x13, lsl #3
	str	x8, [sp, #40]
	lsl	x8, x14, #3
	add	x0, x13, #16
	str	x8, [sp, #8]
	b	.LBB38_3
.LBB38_2:
	ldp	x8, x14, [sp, #16]
	add	x14, x14, #1
	cmp	x14, x8
	ldr	x8, [sp, #8]
	str	x14, [sp, #24]
	add	x0, x0, x8
	add	x13, x13, x8
	b.eq	.LBB38_19
.LBB38_3:
	cmp	x11, #1
	b.lt	.LBB38_2
	ldr	x8, [sp, #24]
	mul	x1, x8, x11
	mov	x8, xzr
	b	.LBB38_6
.LBB38_5:
	cmp	x3, x11
	mov	x8, x3
	b.eq	.LBB38_2
.LBB38_6:
	cmp	x12, #1
	add	x3, x8, #1
	b.lt	.LBB38_5
	mul	x14, x8, x9
	add	x8, x8, x1
	ldr	x2, [sp, #40]
	mov	x4, xzr
	mul	x8, x8, x12
	sdiv	x15, x14, x11
	madd	x14, x3, x9, x17
	add	x6, x2, x8, lsl #3
	sdiv	x5, x14, x11
	mul	x14, x16, x15
	add	x19, x0, x14
	add	x20, x13, x14
	sub	x7, x5, x15
	b	.LBB38_9
.LBB38_8:
	cmp	x21, x12
	mov	x4, x21
	b.eq	.LBB38_5
.LBB38_9:
	cmp	x5, x15
	add	x21, x4, #1
	b.le	.LBB38_8
	mul	x8, x4, x10
	ldr	d1, [x6, x4, lsl #3]
	mov	x30, x20
	mov	x4, x15
	sdiv	x22, x8, x12
	madd	x8, x21, x10, x18
	sdiv	x23, x8, x12
	sub	x24, x23, x22
	mul	x8, x24, x7
	and	x2, x24, #0xfffffffffffffffc
	add	x26, x22, x2
	scvtf	d0, x8
	lsl	x8, x22, #3
	add	x14, x19, x8
	add	x8, x20, x8
	fdiv	d0, d1, d0
	dup	v1.2d, v0.d[0]
	b	.LBB38_12
.LBB38_11:
	add	x4, x4, #1
	add	x14, x14, x16
	add	x8, x8, x16
	cmp	x4, x5
	add	x30, x30, x16
	b.eq	.LBB38_8
.LBB38_12:
	cmp	x23, x22
	b.le	.LBB38_11
	cmp	x24, #4
	mov	x27, x22
	b.lo	.LBB38_17
	mov	x25, x2
	mov	x28, x8
	mov	x27, x14
.LBB38_15:
	ldr	q2, [x28]
	ldr	q3, [x27]
	subs	x25, x25, #4
	fadd	v2.2d, v1.2d, v2.2d
	fadd	v3.2d, v1.2d, v3.2d
	str	q2, [x28], #32
	str	q3, [x27], #32
	b.ne	.LBB38_15
	cmp	x24, x2
	mov	x27, x26
	b.eq	.LBB38_11
.LBB38_17:
	add	x25, x30, x27, lsl #3
	sub	x27, x23, x27
.LBB38_18:
	ldr	d2, [x25]
	subs	x27, x27, #1
	fadd	d2, d0, d2
	str	d2, [x25], #8
	b.ne	.LBB38_18
	b	.LBB38_11
.LBB38_19:
	ldp	x20, x19, [sp, #112]
	ldr	x30, [sp, #32]
	ldp	x22, x21, [sp, #96]
	ldp	x24, x23, [sp, #80]
	ldp	x26, x25, [sp, #64]
	ldp	x28, x27, [sp, #48]
	add	sp, sp, #128
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
	ret
.Lfunc_end38:
	.size	adaptive_backward_run_f64, .Lfunc_end38-adaptive_backward_run_f64
	.cfi_endproc

	.p2align	2
	.type	im2col_f32,@function
im2col_f32:
	.cfi_startproc
	sub	sp, sp, #464
	.cfi_def_cfa_offset 464
	stp	x29, x30, [sp, #368]
	stp	x28, x27, [sp, #384]
	stp	x26, x25, [sp, #400]
	stp	x24, x23, [sp, #416]
	stp	x22, x21, [sp, #432]
	stp	x20, x19, [sp, #448]
	add	x29, sp, #368
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
	ldr	x8, [x0]
	str	x2, [sp, #136]
	cmp	x8, #1
	str	x8, [sp, #8]
	b.lt	.LBB39_32
	ldp	x8, x15, [x0, #104]
	str	xzr, [sp, #48]
	ldp	x9, x11, [x0, #24]
	ldp	x10, x14, [x0, #8]
	stur	x8, [x29, #-16]
	mul	x8, x15, x8
	lsl	x20, x15, #2
	str	x9, [sp, #80]
	ldp	x12, x16, [x0, #72]
	mul	x9, x9, x11
	str	x11, [sp, #184]
	ldp	x13, x17, [x0, #56]
	stur	x10, [x29, #-48]
	mul	x10, x14, x10
	stur	x12, [x29, #-32]
	ldp	x18, x0, [x0, #40]
	str	x14, [sp, #176]
	mul	x11, x8, x11
	str	x13, [sp, #56]
	stur	x15, [x29, #-24]
	mul	x9, x8, x9
	lsl	x8, x8, #2
	lsl	x28, x0, #2
	stur	x18, [x29, #-40]
	mul	x12, x12, x14
	stur	x8, [x29, #-168]
	stp	x17, x16, [sp, #160]
	mul	x13, x13, x14
	stur	x0, [x29, #-72]
	lsl	x9, x9, #2
	mul	x14, x18, x14
	str	x9, [sp, #24]
	lsl	x9, x11, #2
	lsl	x12, x12, #2
	str	x9, [sp, #96]
	lsl	x9, x10, #2
	add	x8, x12, x16, lsl #2
	str	x9, [sp, #16]
	lsl	x9, x13, #2
	sub	x8, x1, x8
	lsl	x22, x14, #2
	str	x8, [sp]
	str	x9, [sp, #88]
	lsl	x9, x17, #2
	str	x8, [sp, #40]
	ldr	x8, [sp, #136]
	stur	x9, [x29, #-176]
	sub	x9, x0, #1
	str	x9, [sp, #128]
	str	x8, [sp, #32]
	b	.LBB39_3
.LBB39_2:
	ldr	x9, [sp, #48]
	ldr	x8, [sp, #8]
	add	x9, x9, #1
	str	x9, [sp, #48]
	cmp	x9, x8
	ldp	x8, x9, [sp, #24]
	add	x9, x9, x8
	ldr	x8, [sp, #16]
	str	x9, [sp, #32]
	ldr	x9, [sp, #40]
	add	x9, x9, x8
	str	x9, [sp, #40]
	b.eq	.LBB39_32
.LBB39_3:
	ldr	x8, [sp, #80]
	cmp	x8, #1
	b.lt	.LBB39_2
	ldr	x8, [sp, #48]
	ldr	x9, [sp, #24]
	ldr	x10, [sp]
	mul	x11, x9, x8
	ldr	x9, [sp, #16]
	madd	x8, x9, x8, x10
	stp	x8, x11, [sp, #64]
	ldp	x8, x9, [sp, #32]
	stp	x9, xzr, [sp, #112]
	str	x8, [sp, #104]
	b	.LBB39_6
.LBB39_5:
	ldr	x9, [sp, #120]
	ldr	x8, [sp, #80]
	add	x9, x9, #1
	str	x9, [sp, #120]
	cmp	x9, x8
	ldp	x8, x9, [sp, #96]
	add	x9, x9, x8
	ldr	x8, [sp, #88]
	str	x9, [sp, #104]
	ldr	x9, [sp, #112]
	add	x9, x9, x8
	str	x9, [sp, #112]
	b.eq	.LBB39_2
.LBB39_6:
	ldr	x8, [sp, #184]
	cmp	x8, #1
	b.lt	.LBB39_5
	ldr	x8, [sp, #96]
	ldr	x9, [sp, #120]
	mov	x11, xzr
	ldr	x10, [sp, #72]
	madd	x8, x8, x9, x10
	str	x8, [sp, #152]
	ldp	x8, x10, [sp, #56]
	mul	x23, x9, x8
	ldr	x8, [sp, #88]
	madd	x8, x8, x9, x10
	str	x8, [sp, #144]
	ldr	x8, [sp, #112]
	stur	x8, [x29, #-144]
	ldr	x8, [sp, #104]
	stur	x8, [x29, #-152]
	b	.LBB39_9
.LBB39_8:
	ldp	x11, x9, [x29, #-160]
	ldr	x8, [sp, #184]
	add	x11, x11, #1
	cmp	x11, x8
	ldp	x8, x10, [x29, #-176]
	add	x9, x9, x10
	stur	x9, [x29, #-152]
	ldur	x9, [x29, #-144]
	add	x9, x9, x8
	stur	x9, [x29, #-144]
	b.eq	.LBB39_5
.LBB39_9:
	ldp	x9, x8, [sp, #160]
	neg	x8, x8
	madd	x8, x11, x9, x8
	tbnz	x8, #63, .LBB39_11
	stur	xzr, [x29, #-56]
	b	.LBB39_12
.LBB39_11:
	ldur	x10, [x29, #-72]
	mvn	x9, x8
	add	x9, x10, x9
	sdiv	x9, x9, x10
	stur	x9, [x29, #-56]
.LBB39_12:
	ldr	x9, [sp, #176]
	stur	x11, [x29, #-160]
	sub	x8, x9, x8
	cmp	x8, #1
	b.lt	.LBB39_14
	ldr	x9, [sp, #128]
	add	x8, x9, x8
	ldur	x9, [x29, #-72]
	sdiv	x9, x8, x9
	b	.LBB39_15
.LBB39_14:
	mov	x9, xzr
.LBB39_15:
	ldur	x8, [x29, #-24]
	stur	x9, [x29, #-80]
	cmp	x9, x8
	csel	x19, x9, x8, lt
	ldur	x8, [x29, #-56]
	cmp	x8, x19
	csel	x8, x8, x19, lt
	stur	x8, [x29, #-64]
	ldur	x8, [x29, #-16]
	cmp	x8, #1
	b.lt	.LBB39_8
	ldp	x8, x10, [x29, #-168]
	mov	x24, xzr
	ldr	x9, [sp, #152]
	ldur	x12, [x29, #-64]
	ldur	x11, [x29, #-144]
	madd	x8, x8, x10, x9
	ldur	x9, [x29, #-176]
	lsl	x13, x12, #2
	mul	x9, x9, x10
	lsl	x10, x19, #2
	stur	x13, [x29, #-88]
	madd	x27, x28, x12, x11
	sub	x11, x10, x13
	stur	x11, [x29, #-120]
	sub	x11, x20, x10
	stur	x11, [x29, #-96]
	ldr	x11, [sp, #136]
	add	x25, x11, x8
	ldr	x8, [sp, #144]
	add	x8, x8, x9
	add	x9, x25, x10
	stur	x9, [x29, #-104]
	add	x9, x25, x13
	add	x8, x8, x13
	stp	x8, x9, [x29, #-136]
	sub	x8, x19, x12
	stur	x8, [x29, #-112]
	ldur	x8, [x29, #-152]
	add	x21, x8, x13
	b	.LBB39_19
.LBB39_17:
	bl	memset
.LBB39_18:
	ldur	x8, [x29, #-16]
	add	x24, x24, #1
	add	x21, x21, x20
	add	x27, x27, x22
	cmp	x24, x8
	b.eq	.LBB39_8
.LBB39_19:
	ldp	x9, x8, [x29, #-40]
	mul	x26, x20, x24
	neg	x8, x8
	madd	x8, x24, x9, x8
	adds	x8, x8, x23
	b.mi	.LBB39_26
	ldur	x9, [x29, #-48]
	cmp	x8, x9
	b.ge	.LBB39_26
	ldur	x8, [x29, #-64]
	cmp	x8, #1
	b.lt	.LBB39_23
	ldur	x2, [x29, #-88]
	add	x0, x25, x26
	mov	w1, wzr
	bl	memset
.LBB39_23:
	ldur	x8, [x29, #-72]
	cmp	x8, #1
	b.ne	.LBB39_28
	ldur	x8, [x29, #-56]
	cmp	x8, x19
	b.ge	.LBB39_30
	ldp	x9, x8, [x29, #-136]
	ldur	x2, [x29, #-120]
	madd	x1, x22, x24, x9
	add	x0, x8, x26
	bl	memcpy
	b	.LBB39_30
.LBB39_26:
	ldur	x8, [x29, #-24]
	cmp	x8, #1
	b.lt	.LBB39_18
	add	x0, x25, x26
	mov	w1, wzr
	mov	x2, x20
	b	.LBB39_17
.LBB39_28:
	ldur	x8, [x29, #-56]
	ldur	x10, [x29, #-112]
	mov	x9, x21
	cmp	x8, x19
	mov	x8, x27
	b.ge	.LBB39_30
.LBB39_29:
	ldr	s0, [x8]
	subs	x10, x10, #1
	add	x8, x8, x28
	str	s0, [x9], #4
	b.ne	.LBB39_29
.LBB39_30:
	ldur	x8, [x29, #-24]
	ldur	x9, [x29, #-80]
	cmp	x9, x8
	b.ge	.LBB39_18
	ldp	x8, x2, [x29, #-104]
	mov	w1, wzr
	add	x0, x8, x26
	b	.LBB39_17
.LBB39_32:
	.cfi_def_cfa wsp, 464
	ldp	x20, x19, [sp, #448]
	ldp	x22, x21, [sp, #432]
	ldp	x24, x23, [sp, #416]
	ldp	x26, x25, [sp, #400]
	ldp	x28, x27, [sp, #384]
	ldp	x29, x30, [sp, #368]
	add	sp, sp, #464
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
	ret
.Lfunc_end39:
	.size	im2col_f32, .Lfunc_end39-im2col_f32
	.cfi_endproc

	.p2align	2
	.type	im2col_f64,@function
im2col_f64:
	.cfi_startproc
	sub	sp, sp, #464
	.cfi_def_cfa_offset 464
	stp	x29, x30, [sp, #368]
	stp	x28, x27, [sp, #384]
	stp	x26, x25, [sp, #400]
	stp	x24, x23, [sp, #416]
	stp	x22, x21, [sp, #432]
	stp	x20, x19, [sp, #448]
	add	x29, sp, #368
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
	ldr	x8, [x0]
	str	x2, [sp, #136]
	cmp	x8, #1
	str	x8, [sp, #8]
	b.lt	.LBB40_32
	ldp	x8, x15, [x0, #104]
	str	xzr, [sp, #48]
	ldp	x9, x11, [x0, #24]
	ldp	x10, x14, [x0, #8]
	stur	x8, [x29, #-16]
	mul	x8, x15, x8
	lsl	x20, x15, #3
	str	x9, [sp, #80]
	ldp	x12, x16, [x0, #72]
	mul	x9, x9, x11
	str	x11, [sp, #184]
	ldp	x13, x17, [x0, #56]
	stur	x10, [x29, #-48]
	mul	x10, x14, x10
	stur	x12, [x29, #-32]
	ldp	x18, x0, [x0, #40]
	str	x14, [sp, #176]
	mul	x11, x8, x11
	str	x13, [sp, #56]
	stur	x15, [x29, #-24]
	mul	x9, x8, x9
	lsl	x8, x8, #3
	lsl	x28, x0, #3
	stur	x18, [x29, #-40]
	mul	x12, x12, x14
	stur	x8, [x29, #-168]
	stp	x17, x16, [sp, #160]
	mul	x13, x13, x14
	stur	x0, [x29, #-72]
	lsl	x9, x9, #3
	mul	x14, x18, x14
	str	x9, [sp, #24]
	lsl	x9, x11, #3
	lsl	x12, x12, #3
	str	x9, [sp, #96]
	lsl	x9, x10, #3
	add	x8, x12, x16, lsl #3
	str	x9, [sp, #16]
	lsl	x9, x13, #3
	sub	x8, x1, x8
	lsl	x22, x14, #3
	str	x8, [sp]
	str	x9, [sp, #88]
	lsl	x9, x17, #3
	str	x8, [sp, #40]
	ldr	x8, [sp, #136]
	stur	x9, [x29, #-176]
	sub	x9, x0, #1
	str	x9, [sp, #128]
	str	x8, [sp, #32]
	b	.LBB40_3
.LBB40_2:
	ldr	x9, [sp, #48]
	ldr	x8, [sp, #8]
	add	x9, x9, #1
	str	x9, [sp, #48]
	cmp	x9, x8
	ldp	x8, x9, [sp, #24]
	add	x9, x9, x8
	ldr	x8, [sp, #16]
	str	x9, [sp, #32]
	ldr	x9, [sp, #40]
	add	x9, x9, x8
	str	x9, [sp, #40]
	b.eq	.LBB40_32
.LBB40_3:
	ldr	x8, [sp, #80]
	cmp	x8, #1
	b.lt	.LBB40_2
	ldr	x8, [sp, #48]
	ldr	x9, [sp, #24]
	ldr	x10, [sp]
	mul	x11, x9, x8
	ldr	x9, [sp, #16]
	madd	x8, x9, x8, x10
	stp	x8, x11, [sp, #64]
	ldp	x8, x9, [sp, #32]
	stp	x9, xzr, [sp, #112]
	str	x8, [sp, #104]
	b	.LBB40_6
.LBB40_5:
	ldr	x9, [sp, #120]
	ldr	x8, [sp, #80]
	add	x9, x9, #1
	str	x9, [sp, #120]
	cmp	x9, x8
	ldp	x8, x9, [sp, #96]
	add	x9, x9, x8
	ldr	x8, [sp, #88]
	str	x9, [sp, #104]
	ldr	x9, [sp, #112]
	add	x9, x9, x8
	str	x9, [sp, #112]
	b.eq	.LBB40_2
.LBB40_6:
	ldr	x8, [sp, #184]
	cmp	x8, #1
	b.lt	.LBB40_5
	ldr	x8, [sp, #96]
	ldr	x9, [sp, #120]
	mov	x11, xzr
	ldr	x10, [sp, #72]
	madd	x8, x8, x9, x10
	str	x8, [sp, #152]
	ldp	x8, x10, [sp, #56]
	mul	x23, x9, x8
	ldr	x8, [sp, #88]
	madd	x8, x8, x9, x10
	str	x8, [sp, #144]
	ldr	x8, [sp, #112]
	stur	x8, [x29, #-144]
	ldr	x8, [sp, #104]
	stur	x8, [x29, #-152]
	b	.LBB40_9
.LBB40_8:
	ldp	x11, x9, [x29, #-160]
	ldr	x8, [sp, #184]
	add	x11, x11, #1
	cmp	x11, x8
	ldp	x8, x10, [x29, #-176]
	add	x9, x9, x10
	stur	x9, [x29, #-152]
	ldur	x9, [x29, #-144]
	add	x9, x9, x8
	stur	x9, [x29, #-144]
	b.eq	.LBB40_5
.LBB40_9:
	ldp	x9, x8, [sp, #160]
	neg	x8, x8
	madd	x8, x11, x9, x8
	tbnz	x8, #63, .LBB40_11
	stur	xzr, [x29, #-56]
	b	.LBB40_12
.LBB40_11:
	ldur	x10, [x29, #-72]
	mvn	x9, x8
	add	x9, x10, x9
	sdiv	x9, x9, x10
	stur	x9, [x29, #-56]
.LBB40_12:
	ldr	x9, [sp, #176]
	stur	x11, [x29, #-160]
	sub	x8, x9, x8
	cmp	x8, #1
	b.lt	.LBB40_14
	ldr	x9, [sp, #128]
	add	x8, x9, x8
	ldur	x9, [x29, #-72]
	sdiv	x9, x8, x9
	b	.LBB40_15
.LBB40_14:
	mov	x9, xzr
.LBB40_15:
	ldur	x8, [x29, #-24]
	stur	x9, [x29, #-80]
	cmp	x9, x8
	csel	x19, x9, x8, lt
	ldur	x8, [x29, #-56]
	cmp	x8, x19
	csel	x8, x8, x19, lt
	stur	x8, [x29, #-64]
	ldur	x8, [x29, #-16]
	cmp	x8, #1
	b.lt	.LBB40_8
	ldp	x8, x10, [x29, #-168]
	mov	x24, xzr
	ldr	x9, [sp, #152]
	ldur	x12, [x29, #-64]
	ldur	x11, [x29, #-144]
	madd	x8, x8, x10, x9
	ldur	x9, [x29, #-176]
	lsl	x13, x12, #3
	mul	x9, x9, x10
	lsl	x10, x19, #3
	stur	x13, [x29, #-88]
	madd	x27, x28, x12, x11
	sub	x11, x10, x13
	stur	x11, [x29, #-120]
	sub	x11, x20, x10
	stur	x11, [x29, #-96]
	ldr	x11, [sp, #136]
	add	x25, x11, x8
	ldr	x8, [sp, #144]
	add	x8, x8, x9
	add	x9, x25, x10
	stur	x9, [x29, #-104]
	add	x9, x25, x13
	add	x8, x8, x13
	stp	x8, x9, [x29, #-136]
	sub	x8, x19, x12
	stur	x8, [x29, #-112]
	ldur	x8, [x29, #-152]
	add	x21, x8, x13
	b	.LBB40_19
.LBB40_17:
	bl	memset
.LBB40_18:
	ldur	x8, [x29, #-16]
	add	x24, x24, #1
	add	x21, x21, x20
	add	x27, x27, x22
	cmp	x24, x8
	b.eq	.LBB40_8
.LBB40_19:
	ldp	x9, x8, [x29, #-40]
	mul	x26, x20, x24
	neg	x8, x8
	madd	x8, x24, x9, x8
	adds	x8, x8, x23
	b.mi	.LBB40_26
	ldur	x9, [x29, #-48]
	cmp	x8, x9
	b.ge	.LBB40_26
	ldur	x8, [x29, #-64]
	cmp	x8, #1
	b.lt	.LBB40_23
	ldur	x2, [x29, #-88]
	add	x0, x25, x26
	mov	w1, wzr
	bl	memset
.LBB40_23:
	ldur	x8, [x29, #-72]
	cmp	x8, #1
	b.ne	.LBB40_28
	ldur	x8, [x29, #-56]
	cmp	x8, x19
	b.ge	.LBB40_30
	ldp	x9, x8, [x29, #-136]
	ldur	x2, [x29, #-120]
	madd	x1, x22, x24, x9
	add	x0, x8, x26
	bl	memcpy
	b	.LBB40_30
.LBB40_26:
	ldur	x8, [x29, #-24]
	cmp	x8, #1
	b.lt	.LBB40_18
	add	x0, x25, x26
	mov	w1, wzr
	mov	x2, x20
	b	.LBB40_17
.LBB40_28:
	ldur	x8, [x29, #-56]
	ldur	x10, [x29, #-112]
	mov	x9, x21
	cmp	x8, x19
	mov	x8, x27
	b.ge	.LBB40_30
.LBB40_29:
	ldr	d0, [x8]
	subs	x10, x10, #1
	add	x8, x8, x28
	str	d0, [x9], #8
	b.ne	.LBB40_29
.LBB40_30:
	ldur	x8, [x29, #-24]
	ldur	x9, [x29, #-80]
	cmp	x9, x8
	b.ge	.LBB40_18
	ldp	x8, x2, [x29, #-104]
	mov	w1, wzr
	add	x0, x8, x26
	b	.LBB40_17
.LBB40_32:
	.cfi_def_cfa wsp, 464
	ldp	x20, x19, [sp, #448]
	ldp	x22, x21, [sp, #432]
	ldp	x24, x23, [sp, #416]
	ldp	x26, x25, [sp, #400]
	ldp	x28, x27, [sp, #384]
	ldp	x29, x30, [sp, #368]
	add	sp, sp, #464
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
	ret
.Lfunc_end40:
	.size	im2col_f64, .Lfunc_end40-im2col_f64
	.cfi_endproc

	.p2align	2
	.type	pool_task,@function
pool_task:
	.cfi_startproc
	ldp	x10, x9, [x0, #16]
	sxtw	x8, w1
	mul	x1, x9, x8
	sub	x8, x10, x1
	cmp	x8, x9
	csel	x2, x8, x9, lt
	cmp	x2, #1
	b.lt	.LBB41_2
	ldp	x3, x8, [x0]
	mov	x0, x8
	br	x3
.LBB41_2:
	ret
.Lfunc_end41:
	.size	pool_task, .Lfunc_end41-pool_task
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym forward_task_f32
	.addrsig_sym input_grad_task_f32
	.addrsig_sym weight_grad_task_f32
	.addrsig_sym forward_task_f64
	.addrsig_sym input_grad_task_f64
	.addrsig_sym weight_grad_task_f64
	.addrsig_sym max_pool_run_f32
	.addrsig_sym max_pool_backward_run_f32
	.addrsig_sym avg_pool_run_f32
	.addrsig_sym avg_pool_backward_run_f32
	.addrsig_sym adaptive_run_f32
	.addrsig_sym adaptive_backward_run_f32
	.addrsig_sym max_pool_run_f64
	.addrsig_sym max_pool_backward_run_f64
	.addrsig_sym avg_pool_run_f64
	.addrsig_sym avg_pool_backward_run_f64
	.addrsig_sym adaptive_run_f64
	.addrsig_sym adaptive_backward_run_f64
	.addrsig_sym pool_task
#endif
