// Generated from ../../elementwise.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"elementwise.c"
	.text
	.globl	axon_binary_portable_f32
	.p2align	2
	.type	axon_binary_portable_f32,@function
axon_binary_portable_f32:
	.cfi_startproc
	cmp	x6, #1
	b.lt	.LBB0_17
	stp	d9, d8, [sp, #-112]!
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
	.cfi_offset b8, -104
	.cfi_offset b9, -112
	movi	d8, #0000000000000000
	fmov	s9, #1.00000000
	mov	x19, x6
	mov	x20, x5
	mov	w21, w4
	mov	x22, x3
	mov	w23, w2
	mov	x24, x1
	mov	w25, w0
	mov	x26, xzr
	mov	w27, w0
	adrp	x28, .LJTI0_0
	add	x28, x28, :lo12:.LJTI0_0
	b	.LBB0_5
.LBB0_2:
	fsub	s2, s9, s1
	fmul	s1, s1, s2
.LBB0_3:
	fmul	s0, s0, s1
.LBB0_4:
	str	s0, [x20, x26, lsl #2]
	add	x26, x26, #1
	cmp	x19, x26
	b.eq	.LBB0_16
.LBB0_5:
	cmp	w23, #0
	csel	x8, x26, xzr, eq
	cmp	w21, #0
	csel	x9, x26, xzr, eq
	cmp	w25, #9
	b.hi	.LBB0_14
	ldr	s0, [x24, x8, lsl #2]
	ldr	s1, [x22, x9, lsl #2]
	adr	x8, .LBB0_2
	ldrb	w9, [x28, x27]
	add	x8, x8, x9, lsl #2
	br	x8
.LBB0_7:
	fadd	s0, s0, s1
	b	.LBB0_4
.LBB0_8:
	fcmp	s0, s1
	fadd	s2, s0, s1
	fcsel	s0, s0, s1, gt
	fcsel	s0, s2, s0, vs
	b	.LBB0_4
.LBB0_9:
	fdiv	s0, s0, s1
	b	.LBB0_4
.LBB0_10:
	fcmp	s1, #0.0
	fcsel	s0, s0, s8, gt
	b	.LBB0_4
.LBB0_11:
	fsub	s0, s0, s1
	b	.LBB0_4
.LBB0_12:
	fcmp	s0, s1
	fadd	s2, s0, s1
	fcsel	s0, s0, s1, mi
	fcsel	s0, s2, s0, vs
	b	.LBB0_4
.LBB0_13:
	bl	powf
	b	.LBB0_4
.LBB0_14:
	mov	w8, #2143289344
	fmov	s0, w8
	b	.LBB0_4
.LBB0_15:
	fsub	s2, s9, s1
	fadd	s1, s1, s9
	fmul	s1, s2, s1
	b	.LBB0_3
.LBB0_16:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x28, x27, [sp, #32]
	ldp	x29, x30, [sp, #16]
	ldp	d9, d8, [sp], #112
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
	.cfi_restore b9
.LBB0_17:
	ret
.Lfunc_end0:
	.size	axon_binary_portable_f32, .Lfunc_end0-axon_binary_portable_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
.LJTI0_0:
	.byte	(.LBB0_7-.LBB0_2)>>2
	.byte	(.LBB0_11-.LBB0_2)>>2
	.byte	(.LBB0_3-.LBB0_2)>>2
	.byte	(.LBB0_9-.LBB0_2)>>2
	.byte	(.LBB0_8-.LBB0_2)>>2
	.byte	(.LBB0_12-.LBB0_2)>>2
	.byte	(.LBB0_13-.LBB0_2)>>2
	.byte	(.LBB0_10-.LBB0_2)>>2
	.byte	(.LBB0_15-.LBB0_2)>>2
	.byte	(.LBB0_2-.LBB0_2)>>2

	.text
	.globl	axon_binary_portable_f64
	.p2align	2
	.type	axon_binary_portable_f64,@function
axon_binary_portable_f64:
	.cfi_startproc
	cmp	x6, #1
	b.lt	.LBB1_17
	stp	d9, d8, [sp, #-112]!
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
	.cfi_offset b8, -104
	.cfi_offset b9, -112
	movi	d8, #0000000000000000
	fmov	d9, #1.00000000
	mov	x19, x6
	mov	x20, x5
	mov	w21, w4
	mov	x22, x3
	mov	w23, w2
	mov	x24, x1
	mov	w25, w0
	mov	x26, xzr
	mov	w27, w0
	adrp	x28, .LJTI1_0
	add	x28, x28, :lo12:.LJTI1_0
	b	.LBB1_5
.LBB1_2:
	fsub	d2, d9, d1
	fmul	d1, d1, d2
.LBB1_3:
	fmul	d0, d0, d1
.LBB1_4:
	str	d0, [x20, x26, lsl #3]
	add	x26, x26, #1
	cmp	x19, x26
	b.eq	.LBB1_16
.LBB1_5:
	cmp	w23, #0
	csel	x8, x26, xzr, eq
	cmp	w21, #0
	csel	x9, x26, xzr, eq
	cmp	w25, #9
	b.hi	.LBB1_14
	ldr	d0, [x24, x8, lsl #3]
	ldr	d1, [x22, x9, lsl #3]
	adr	x8, .LBB1_2
	ldrb	w9, [x28, x27]
	add	x8, x8, x9, lsl #2
	br	x8
.LBB1_7:
	fadd	d0, d0, d1
	b	.LBB1_4
.LBB1_8:
	fcmp	d0, d1
	fadd	d2, d0, d1
	fcsel	d0, d0, d1, gt
	fcsel	d0, d2, d0, vs
	b	.LBB1_4
.LBB1_9:
	fdiv	d0, d0, d1
	b	.LBB1_4
.LBB1_10:
	fcmp	d1, #0.0
	fcsel	d0, d0, d8, gt
	b	.LBB1_4
.LBB1_11:
	fsub	d0, d0, d1
	b	.LBB1_4
.LBB1_12:
	fcmp	d0, d1
	fadd	d2, d0, d1
	fcsel	d0, d0, d1, mi
	fcsel	d0, d2, d0, vs
	b	.LBB1_4
.LBB1_13:
	bl	pow
	b	.LBB1_4
.LBB1_14:
	mov	x8, #9221120237041090560
	fmov	d0, x8
	b	.LBB1_4
.LBB1_15:
	fsub	d2, d9, d1
	fadd	d1, d1, d9
	fmul	d1, d2, d1
	b	.LBB1_3
.LBB1_16:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x28, x27, [sp, #32]
	ldp	x29, x30, [sp, #16]
	ldp	d9, d8, [sp], #112
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
	.cfi_restore b9
.LBB1_17:
	ret
.Lfunc_end1:
	.size	axon_binary_portable_f64, .Lfunc_end1-axon_binary_portable_f64
	.cfi_endproc
	.section	.rodata,"a",@progbits
.LJTI1_0:
	.byte	(.LBB1_7-.LBB1_2)>>2
	.byte	(.LBB1_11-.LBB1_2)>>2
	.byte	(.LBB1_3-.LBB1_2)>>2
	.byte	(.LBB1_9-.LBB1_2)>>2
	.byte	(.LBB1_8-.LBB1_2)>>2
	.byte	(.LBB1_12-.LBB1_2)>>2
	.byte	(.LBB1_13-.LBB1_2)>>2
	.byte	(.LBB1_10-.LBB1_2)>>2
	.byte	(.LBB1_15-.LBB1_2)>>2
	.byte	(.LBB1_2-.LBB1_2)>>2

	.text
	.globl	axon_unary_portable_f32
	.p2align	2
	.type	axon_unary_portable_f32,@function
axon_unary_portable_f32:
	.cfi_startproc
	cmp	x3, #1
	b.lt	.LBB2_23
	str	d10, [sp, #-96]!
	.cfi_def_cfa_offset 96
	stp	d9, d8, [sp, #16]
	stp	x29, x30, [sp, #32]
	stp	x24, x23, [sp, #48]
	stp	x22, x21, [sp, #64]
	stp	x20, x19, [sp, #80]
	add	x29, sp, #32
	.cfi_def_cfa w29, 64
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w30, -56
	.cfi_offset w29, -64
	.cfi_offset b8, -72
	.cfi_offset b9, -80
	.cfi_offset b10, -96
	movi	d9, #0000000000000000
	fmov	s10, #1.00000000
	mov	x19, x3
	mov	x20, x2
	mov	x21, x1
	mov	w22, w0
	mov	w23, w0
	adrp	x24, .LJTI2_0
	add	x24, x24, :lo12:.LJTI2_0
	b	.LBB2_4
.LBB2_2:
	fmov	s0, s8
	bl	logf
.LBB2_3:
	subs	x19, x19, #1
	str	s0, [x20], #4
	b.eq	.LBB2_22
.LBB2_4:
	ldr	s8, [x21], #4
	cmp	w22, #10
	b.hi	.LBB2_20
	adr	x8, .LBB2_2
	ldrb	w9, [x24, x23]
	add	x8, x8, x9, lsl #2
	br	x8
.LBB2_6:
	fneg	s0, s8
	b	.LBB2_3
.LBB2_7:
	fdiv	s0, s10, s8
	b	.LBB2_3
.LBB2_8:
	fsqrt	s0, s8
	fcmp	s0, s0
	b.vc	.LBB2_3
	fmov	s0, s8
	bl	sqrtf
	b	.LBB2_3
.LBB2_10:
	fmov	s0, s8
	bl	expf
	b	.LBB2_3
.LBB2_11:
	fcmp	s8, s8
	fcsel	s0, s9, s8, vc
	fcmp	s8, #0.0
	fcsel	s0, s8, s0, gt
	b	.LBB2_3
.LBB2_12:
	fabs	s0, s8
	b	.LBB2_3
.LBB2_13:
	fmov	s0, s8
	bl	tanhf
	b	.LBB2_3
.LBB2_14:
	fabs	s0, s8
	fneg	s0, s0
	bl	expf
	fadd	s1, s0, s10
	fcmp	s8, #0.0
	b.ge	.LBB2_21
	fdiv	s0, s0, s1
	b	.LBB2_3
.LBB2_16:
	fcmp	s8, #0.0
	fmov	s0, #1.00000000
	b.gt	.LBB2_3
	fmov	s0, #-1.00000000
	b.mi	.LBB2_3
	fcmp	s8, s8
	fcsel	s0, s9, s8, vc
	b	.LBB2_3
.LBB2_19:
	fmul	s0, s8, s8
	b	.LBB2_3
.LBB2_20:
	mov	w8, #2143289344
	fmov	s0, w8
	b	.LBB2_3
.LBB2_21:
	fdiv	s0, s10, s1
	b	.LBB2_3
.LBB2_22:
	.cfi_def_cfa wsp, 96
	ldp	x20, x19, [sp, #80]
	ldp	x22, x21, [sp, #64]
	ldp	x24, x23, [sp, #48]
	ldp	x29, x30, [sp, #32]
	ldp	d9, d8, [sp, #16]
	ldr	d10, [sp], #96
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w30
	.cfi_restore w29
	.cfi_restore b8
	.cfi_restore b9
	.cfi_restore b10
.LBB2_23:
	ret
.Lfunc_end2:
	.size	axon_unary_portable_f32, .Lfunc_end2-axon_unary_portable_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
.LJTI2_0:
	.byte	(.LBB2_6-.LBB2_2)>>2
	.byte	(.LBB2_12-.LBB2_2)>>2
	.byte	(.LBB2_8-.LBB2_2)>>2
	.byte	(.LBB2_10-.LBB2_2)>>2
	.byte	(.LBB2_2-.LBB2_2)>>2
	.byte	(.LBB2_13-.LBB2_2)>>2
	.byte	(.LBB2_14-.LBB2_2)>>2
	.byte	(.LBB2_11-.LBB2_2)>>2
	.byte	(.LBB2_19-.LBB2_2)>>2
	.byte	(.LBB2_7-.LBB2_2)>>2
	.byte	(.LBB2_16-.LBB2_2)>>2

	.text
	.globl	axon_unary_portable_f64
	.p2align	2
	.type	axon_unary_portable_f64,@function
axon_unary_portable_f64:
	.cfi_startproc
	cmp	x3, #1
	b.lt	.LBB3_23
	str	d10, [sp, #-96]!
	.cfi_def_cfa_offset 96
	stp	d9, d8, [sp, #16]
	stp	x29, x30, [sp, #32]
	stp	x24, x23, [sp, #48]
	stp	x22, x21, [sp, #64]
	stp	x20, x19, [sp, #80]
	add	x29, sp, #32
	.cfi_def_cfa w29, 64
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w30, -56
	.cfi_offset w29, -64
	.cfi_offset b8, -72
	.cfi_offset b9, -80
	.cfi_offset b10, -96
	movi	d9, #0000000000000000
	fmov	d10, #1.00000000
	mov	x19, x3
	mov	x20, x2
	mov	x21, x1
	mov	w22, w0
	mov	w23, w0
	adrp	x24, .LJTI3_0
	add	x24, x24, :lo12:.LJTI3_0
	b	.LBB3_4
.LBB3_2:
	fmov	d0, d8
	bl	log
.LBB3_3:
	subs	x19, x19, #1
	str	d0, [x20], #8
	b.eq	.LBB3_22
.LBB3_4:
	ldr	d8, [x21], #8
	cmp	w22, #10
	b.hi	.LBB3_20
	adr	x8, .LBB3_2
	ldrb	w9, [x24, x23]
	add	x8, x8, x9, lsl #2
	br	x8
.LBB3_6:
	fneg	d0, d8
	b	.LBB3_3
.LBB3_7:
	fdiv	d0, d10, d8
	b	.LBB3_3
.LBB3_8:
	fsqrt	d0, d8
	fcmp	d0, d0
	b.vc	.LBB3_3
	fmov	d0, d8
	bl	sqrt
	b	.LBB3_3
.LBB3_10:
	fmov	d0, d8
	bl	exp
	b	.LBB3_3
.LBB3_11:
	fcmp	d8, d8
	fcsel	d0, d9, d8, vc
	fcmp	d8, #0.0
	fcsel	d0, d8, d0, gt
	b	.LBB3_3
.LBB3_12:
	fabs	d0, d8
	b	.LBB3_3
.LBB3_13:
	fmov	d0, d8
	bl	tanh
	b	.LBB3_3
.LBB3_14:
	fabs	d0, d8
	fneg	d0, d0
	bl	exp
	fadd	d1, d0, d10
	fcmp	d8, #0.0
	b.ge	.LBB3_21
	fdiv	d0, d0, d1
	b	.LBB3_3
.LBB3_16:
	fcmp	d8, #0.0
	fmov	d0, #1.00000000
	b.gt	.LBB3_3
	fmov	d0, #-1.00000000
	b.mi	.LBB3_3
	fcmp	d8, d8
	fcsel	d0, d9, d8, vc
	b	.LBB3_3
.LBB3_19:
	fmul	d0, d8, d8
	b	.LBB3_3
.LBB3_20:
	mov	x8, #9221120237041090560
	fmov	d0, x8
	b	.LBB3_3
.LBB3_21:
	fdiv	d0, d10, d1
	b	.LBB3_3
.LBB3_22:
	.cfi_def_cfa wsp, 96
	ldp	x20, x19, [sp, #80]
	ldp	x22, x21, [sp, #64]
	ldp	x24, x23, [sp, #48]
	ldp	x29, x30, [sp, #32]
	ldp	d9, d8, [sp, #16]
	ldr	d10, [sp], #96
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w30
	.cfi_restore w29
	.cfi_restore b8
	.cfi_restore b9
	.cfi_restore b10
.LBB3_23:
	ret
.Lfunc_end3:
	.size	axon_unary_portable_f64, .Lfunc_end3-axon_unary_portable_f64
	.cfi_endproc
	.section	.rodata,"a",@progbits
.LJTI3_0:
	.byte	(.LBB3_6-.LBB3_2)>>2
	.byte	(.LBB3_12-.LBB3_2)>>2
	.byte	(.LBB3_8-.LBB3_2)>>2
	.byte	(.LBB3_10-.LBB3_2)>>2
	.byte	(.LBB3_2-.LBB3_2)>>2
	.byte	(.LBB3_13-.LBB3_2)>>2
	.byte	(.LBB3_14-.LBB3_2)>>2
	.byte	(.LBB3_11-.LBB3_2)>>2
	.byte	(.LBB3_19-.LBB3_2)>>2
	.byte	(.LBB3_7-.LBB3_2)>>2
	.byte	(.LBB3_16-.LBB3_2)>>2

	.text
	.globl	axon_binary_serial_f32
	.p2align	2
	.type	axon_binary_serial_f32,@function
axon_binary_serial_f32:
	.cfi_startproc
	stp	d9, d8, [sp, #-112]!
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
	.cfi_offset b8, -104
	.cfi_offset b9, -112
	mov	x19, x6
	mov	x20, x5
	mov	w21, w4
	mov	x22, x3
	mov	w23, w2
	mov	x24, x1
	mov	w25, w0
	bl	axon_detect_isa
	cmp	w0, #3
	b.ne	.LBB4_3
	mov	w0, w25
	mov	x1, x24
	mov	w2, w23
	mov	x3, x22
	mov	w4, w21
	mov	x5, x20
	mov	x6, x19
	bl	axon_binary_neon_f32
	cmp	x19, #1
	b.lt	.LBB4_19
	cbz	w0, .LBB4_4
	b	.LBB4_19
.LBB4_3:
	cmp	x19, #1
	b.lt	.LBB4_19
.LBB4_4:
	movi	d8, #0000000000000000
	fmov	s9, #1.00000000
	mov	x26, xzr
	mov	w27, w25
	adrp	x28, .LJTI4_0
	add	x28, x28, :lo12:.LJTI4_0
	b	.LBB4_8
.LBB4_5:
	fsub	s2, s9, s1
	fmul	s1, s1, s2
.LBB4_6:
	fmul	s0, s0, s1
.LBB4_7:
	str	s0, [x20, x26, lsl #2]
	add	x26, x26, #1
	cmp	x19, x26
	b.eq	.LBB4_19
.LBB4_8:
	cmp	w23, #0
	csel	x8, x26, xzr, eq
	cmp	w21, #0
	csel	x9, x26, xzr, eq
	cmp	w25, #9
	b.hi	.LBB4_17
	ldr	s0, [x24, x8, lsl #2]
	ldr	s1, [x22, x9, lsl #2]
	adr	x8, .LBB4_5
	ldrb	w9, [x28, x27]
	add	x8, x8, x9, lsl #2
	br	x8
.LBB4_10:
	fadd	s0, s0, s1
	b	.LBB4_7
.LBB4_11:
	fcmp	s0, s1
	fadd	s2, s0, s1
	fcsel	s0, s0, s1, gt
	fcsel	s0, s2, s0, vs
	b	.LBB4_7
.LBB4_12:
	fdiv	s0, s0, s1
	b	.LBB4_7
.LBB4_13:
	fcmp	s1, #0.0
	fcsel	s0, s0, s8, gt
	b	.LBB4_7
.LBB4_14:
	fsub	s0, s0, s1
	b	.LBB4_7
.LBB4_15:
	fcmp	s0, s1
	fadd	s2, s0, s1
	fcsel	s0, s0, s1, mi
	fcsel	s0, s2, s0, vs
	b	.LBB4_7
.LBB4_16:
	bl	powf
	b	.LBB4_7
.LBB4_17:
	mov	w8, #2143289344
	fmov	s0, w8
	b	.LBB4_7
.LBB4_18:
	fsub	s2, s9, s1
	fadd	s1, s1, s9
	fmul	s1, s2, s1
	b	.LBB4_6
.LBB4_19:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x28, x27, [sp, #32]
	ldp	x29, x30, [sp, #16]
	ldp	d9, d8, [sp], #112
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
	.cfi_restore b9
	ret
.Lfunc_end4:
	.size	axon_binary_serial_f32, .Lfunc_end4-axon_binary_serial_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
.LJTI4_0:
	.byte	(.LBB4_10-.LBB4_5)>>2
	.byte	(.LBB4_14-.LBB4_5)>>2
	.byte	(.LBB4_6-.LBB4_5)>>2
	.byte	(.LBB4_12-.LBB4_5)>>2
	.byte	(.LBB4_11-.LBB4_5)>>2
	.byte	(.LBB4_15-.LBB4_5)>>2
	.byte	(.LBB4_16-.LBB4_5)>>2
	.byte	(.LBB4_13-.LBB4_5)>>2
	.byte	(.LBB4_18-.LBB4_5)>>2
	.byte	(.LBB4_5-.LBB4_5)>>2

	.text
	.globl	axon_binary_serial_f64
	.p2align	2
	.type	axon_binary_serial_f64,@function
axon_binary_serial_f64:
	.cfi_startproc
	cmp	x6, #1
	b.lt	.LBB5_17
	stp	d9, d8, [sp, #-112]!
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
	.cfi_offset b8, -104
	.cfi_offset b9, -112
	movi	d8, #0000000000000000
	fmov	d9, #1.00000000
	mov	x19, x6
	mov	x20, x5
	mov	w21, w4
	mov	x22, x3
	mov	w23, w2
	mov	x24, x1
	mov	w25, w0
	mov	x26, xzr
	mov	w27, w0
	adrp	x28, .LJTI5_0
	add	x28, x28, :lo12:.LJTI5_0
	b	.LBB5_5
.LBB5_2:
	fsub	d2, d9, d1
	fmul	d1, d1, d2
.LBB5_3:
	fmul	d0, d0, d1
.LBB5_4:
	str	d0, [x20, x26, lsl #3]
	add	x26, x26, #1
	cmp	x19, x26
	b.eq	.LBB5_16
.LBB5_5:
	cmp	w23, #0
	csel	x8, x26, xzr, eq
	cmp	w21, #0
	csel	x9, x26, xzr, eq
	cmp	w25, #9
	b.hi	.LBB5_14
	ldr	d0, [x24, x8, lsl #3]
	ldr	d1, [x22, x9, lsl #3]
	adr	x8, .LBB5_2
	ldrb	w9, [x28, x27]
	add	x8, x8, x9, lsl #2
	br	x8
.LBB5_7:
	fadd	d0, d0, d1
	b	.LBB5_4
.LBB5_8:
	fcmp	d0, d1
	fadd	d2, d0, d1
	fcsel	d0, d0, d1, gt
	fcsel	d0, d2, d0, vs
	b	.LBB5_4
.LBB5_9:
	fdiv	d0, d0, d1
	b	.LBB5_4
.LBB5_10:
	fcmp	d1, #0.0
	fcsel	d0, d0, d8, gt
	b	.LBB5_4
.LBB5_11:
	fsub	d0, d0, d1
	b	.LBB5_4
.LBB5_12:
	fcmp	d0, d1
	fadd	d2, d0, d1
	fcsel	d0, d0, d1, mi
	fcsel	d0, d2, d0, vs
	b	.LBB5_4
.LBB5_13:
	bl	pow
	b	.LBB5_4
.LBB5_14:
	mov	x8, #9221120237041090560
	fmov	d0, x8
	b	.LBB5_4
.LBB5_15:
	fsub	d2, d9, d1
	fadd	d1, d1, d9
	fmul	d1, d2, d1
	b	.LBB5_3
.LBB5_16:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x28, x27, [sp, #32]
	ldp	x29, x30, [sp, #16]
	ldp	d9, d8, [sp], #112
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
	.cfi_restore b9
.LBB5_17:
	ret
.Lfunc_end5:
	.size	axon_binary_serial_f64, .Lfunc_end5-axon_binary_serial_f64
	.cfi_endproc
	.section	.rodata,"a",@progbits
.LJTI5_0:
	.byte	(.LBB5_7-.LBB5_2)>>2
	.byte	(.LBB5_11-.LBB5_2)>>2
	.byte	(.LBB5_3-.LBB5_2)>>2
	.byte	(.LBB5_9-.LBB5_2)>>2
	.byte	(.LBB5_8-.LBB5_2)>>2
	.byte	(.LBB5_12-.LBB5_2)>>2
	.byte	(.LBB5_13-.LBB5_2)>>2
	.byte	(.LBB5_10-.LBB5_2)>>2
	.byte	(.LBB5_15-.LBB5_2)>>2
	.byte	(.LBB5_2-.LBB5_2)>>2

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI6_0:
	.word	1
	.word	0
	.text
	.globl	axon_binary_f32
	.p2align	2
	.type	axon_binary_f32,@function
axon_binary_f32:
	.cfi_startproc
	sub	sp, sp, #96
	.cfi_def_cfa_offset 96
	stp	x29, x30, [sp, #64]
	stp	x20, x19, [sp, #80]
	add	x29, sp, #64
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	adrp	x8, .LCPI6_0
	subs	x20, x4, #1
	stp	w0, wzr, [sp, #8]
	ldr	d0, [x8, :lo12:.LCPI6_0]
	stp	xzr, x1, [sp, #16]
	stp	x2, x3, [sp, #32]
	str	d0, [sp]
	str	x4, [sp, #48]
	b.lt	.LBB6_5
	mov	x19, x4
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lo	.LBB6_4
	cmp	w0, #1
	b.le	.LBB6_4
	mov	w8, w0
	adrp	x1, elementwise_chunk
	add	x1, x1, :lo12:elementwise_chunk
	add	x9, x20, x8
	mov	x2, sp
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x20, x8
	str	x8, [sp, #56]
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB6_5
.LBB6_4:
	mov	x0, sp
	mov	w1, wzr
	str	x19, [sp, #56]
	bl	elementwise_chunk
.LBB6_5:
	.cfi_def_cfa wsp, 96
	ldp	x20, x19, [sp, #80]
	ldp	x29, x30, [sp, #64]
	add	sp, sp, #96
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end6:
	.size	axon_binary_f32, .Lfunc_end6-axon_binary_f32
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI7_0:
	.word	1
	.word	0
.LCPI7_1:
	.word	0
	.word	1
	.text
	.globl	axon_binary_vs_f32
	.p2align	2
	.type	axon_binary_vs_f32,@function
axon_binary_vs_f32:
	.cfi_startproc
	sub	sp, sp, #112
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #80
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	adrp	x8, .LCPI7_0
	str	s0, [sp, #12]
	subs	x20, x3, #1
	ldr	d1, [x8, :lo12:.LCPI7_0]
	adrp	x8, .LCPI7_1
	str	w0, [sp, #24]
	ldr	d0, [x8, :lo12:.LCPI7_1]
	add	x8, sp, #12
	str	wzr, [sp, #36]
	str	d1, [sp, #16]
	stur	d0, [sp, #28]
	stp	x1, x8, [sp, #40]
	stp	x2, x3, [sp, #56]
	b.lt	.LBB7_5
	mov	x19, x3
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lo	.LBB7_4
	cmp	w0, #1
	b.le	.LBB7_4
	mov	w8, w0
	adrp	x1, elementwise_chunk
	add	x1, x1, :lo12:elementwise_chunk
	add	x9, x20, x8
	add	x2, sp, #16
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x20, x8
	str	x8, [sp, #72]
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB7_5
.LBB7_4:
	add	x0, sp, #16
	mov	w1, wzr
	str	x19, [sp, #72]
	bl	elementwise_chunk
.LBB7_5:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x29, x30, [sp, #80]
	add	sp, sp, #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end7:
	.size	axon_binary_vs_f32, .Lfunc_end7-axon_binary_vs_f32
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI8_0:
	.word	1
	.word	0
	.text
	.globl	axon_binary_sv_f32
	.p2align	2
	.type	axon_binary_sv_f32,@function
axon_binary_sv_f32:
	.cfi_startproc
	sub	sp, sp, #112
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #80
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	adrp	x8, .LCPI8_0
	str	s0, [sp, #12]
	subs	x20, x3, #1
	ldr	d0, [x8, :lo12:.LCPI8_0]
	add	x8, sp, #12
	str	w0, [sp, #24]
	str	wzr, [sp, #36]
	str	d0, [sp, #16]
	stur	d0, [sp, #28]
	stp	x8, x1, [sp, #40]
	stp	x2, x3, [sp, #56]
	b.lt	.LBB8_5
	mov	x19, x3
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lo	.LBB8_4
	cmp	w0, #1
	b.le	.LBB8_4
	mov	w8, w0
	adrp	x1, elementwise_chunk
	add	x1, x1, :lo12:elementwise_chunk
	add	x9, x20, x8
	add	x2, sp, #16
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x20, x8
	str	x8, [sp, #72]
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB8_5
.LBB8_4:
	add	x0, sp, #16
	mov	w1, wzr
	str	x19, [sp, #72]
	bl	elementwise_chunk
.LBB8_5:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x29, x30, [sp, #80]
	add	sp, sp, #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end8:
	.size	axon_binary_sv_f32, .Lfunc_end8-axon_binary_sv_f32
	.cfi_endproc

	.globl	axon_binary_f64
	.p2align	2
	.type	axon_binary_f64,@function
axon_binary_f64:
	.cfi_startproc
	sub	sp, sp, #96
	.cfi_def_cfa_offset 96
	stp	x29, x30, [sp, #64]
	stp	x20, x19, [sp, #80]
	add	x29, sp, #64
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	movi	v0.2s, #1
	subs	x20, x4, #1
	stp	xzr, x1, [sp, #16]
	stp	w0, wzr, [sp, #8]
	stp	x2, x3, [sp, #32]
	str	x4, [sp, #48]
	str	d0, [sp]
	b.lt	.LBB9_5
	mov	x19, x4
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lo	.LBB9_4
	cmp	w0, #1
	b.le	.LBB9_4
	mov	w8, w0
	adrp	x1, elementwise_chunk
	add	x1, x1, :lo12:elementwise_chunk
	add	x9, x20, x8
	mov	x2, sp
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x20, x8
	str	x8, [sp, #56]
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB9_5
.LBB9_4:
	mov	x0, sp
	mov	w1, wzr
	str	x19, [sp, #56]
	bl	elementwise_chunk
.LBB9_5:
	.cfi_def_cfa wsp, 96
	ldp	x20, x19, [sp, #80]
	ldp	x29, x30, [sp, #64]
	add	sp, sp, #96
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end9:
	.size	axon_binary_f64, .Lfunc_end9-axon_binary_f64
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI10_0:
	.word	0
	.word	1
	.text
	.globl	axon_binary_vs_f64
	.p2align	2
	.type	axon_binary_vs_f64,@function
axon_binary_vs_f64:
	.cfi_startproc
	sub	sp, sp, #112
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #80
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	str	d0, [sp, #8]
	movi	v0.2s, #1
	adrp	x8, .LCPI10_0
	ldr	d1, [x8, :lo12:.LCPI10_0]
	add	x8, sp, #8
	subs	x20, x3, #1
	str	wzr, [sp, #36]
	stur	d1, [sp, #28]
	str	w0, [sp, #24]
	str	d0, [sp, #16]
	stp	x1, x8, [sp, #40]
	stp	x2, x3, [sp, #56]
	b.lt	.LBB10_5
	mov	x19, x3
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lo	.LBB10_4
	cmp	w0, #1
	b.le	.LBB10_4
	mov	w8, w0
	adrp	x1, elementwise_chunk
	add	x1, x1, :lo12:elementwise_chunk
	add	x9, x20, x8
	add	x2, sp, #16
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x20, x8
	str	x8, [sp, #72]
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB10_5
.LBB10_4:
	add	x0, sp, #16
	mov	w1, wzr
	str	x19, [sp, #72]
	bl	elementwise_chunk
.LBB10_5:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x29, x30, [sp, #80]
	add	sp, sp, #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end10:
	.size	axon_binary_vs_f64, .Lfunc_end10-axon_binary_vs_f64
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI11_0:
	.word	1
	.word	0
	.text
	.globl	axon_binary_sv_f64
	.p2align	2
	.type	axon_binary_sv_f64,@function
axon_binary_sv_f64:
	.cfi_startproc
	sub	sp, sp, #112
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #80]
	stp	x20, x19, [sp, #96]
	add	x29, sp, #80
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	str	d0, [sp, #8]
	movi	v0.2s, #1
	adrp	x8, .LCPI11_0
	ldr	d1, [x8, :lo12:.LCPI11_0]
	add	x8, sp, #8
	subs	x20, x3, #1
	str	wzr, [sp, #36]
	stur	d1, [sp, #28]
	str	w0, [sp, #24]
	str	d0, [sp, #16]
	stp	x8, x1, [sp, #40]
	stp	x2, x3, [sp, #56]
	b.lt	.LBB11_5
	mov	x19, x3
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lo	.LBB11_4
	cmp	w0, #1
	b.le	.LBB11_4
	mov	w8, w0
	adrp	x1, elementwise_chunk
	add	x1, x1, :lo12:elementwise_chunk
	add	x9, x20, x8
	add	x2, sp, #16
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x20, x8
	str	x8, [sp, #72]
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB11_5
.LBB11_4:
	add	x0, sp, #16
	mov	w1, wzr
	str	x19, [sp, #72]
	bl	elementwise_chunk
.LBB11_5:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldp	x29, x30, [sp, #80]
	add	sp, sp, #112
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end11:
	.size	axon_binary_sv_f64, .Lfunc_end11-axon_binary_sv_f64
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI12_0:
	.word	0
	.word	1
	.text
	.globl	axon_unary_f32
	.p2align	2
	.type	axon_unary_f32,@function
axon_unary_f32:
	.cfi_startproc
	sub	sp, sp, #96
	.cfi_def_cfa_offset 96
	stp	x29, x30, [sp, #64]
	str	x19, [sp, #80]
	add	x29, sp, #64
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	adrp	x8, .LCPI12_0
	cmp	x3, #1
	str	xzr, [sp]
	ldr	d0, [x8, :lo12:.LCPI12_0]
	str	w0, [sp, #8]
	str	wzr, [sp, #20]
	stur	d0, [sp, #12]
	stp	x1, x1, [sp, #24]
	stp	x2, x3, [sp, #40]
	b.lt	.LBB12_5
	mov	x19, x3
	bl	axon_threads
	cmp	w0, #2
	b.lt	.LBB12_4
	lsr	x8, x19, #15
	cbz	x8, .LBB12_4
	mov	w8, w0
	adrp	x1, elementwise_chunk
	add	x1, x1, :lo12:elementwise_chunk
	add	x9, x8, x19
	mov	x2, sp
	sub	x9, x9, #1
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x19, x8
	str	x8, [sp, #56]
	sub	x9, x9, #1
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB12_5
.LBB12_4:
	mov	x0, sp
	mov	w1, wzr
	str	x19, [sp, #56]
	bl	elementwise_chunk
.LBB12_5:
	.cfi_def_cfa wsp, 96
	ldp	x29, x30, [sp, #64]
	ldr	x19, [sp, #80]
	add	sp, sp, #96
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end12:
	.size	axon_unary_f32, .Lfunc_end12-axon_unary_f32
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI13_0:
	.word	0
	.word	1
	.text
	.globl	axon_unary_f64
	.p2align	2
	.type	axon_unary_f64,@function
axon_unary_f64:
	.cfi_startproc
	sub	sp, sp, #96
	.cfi_def_cfa_offset 96
	stp	x29, x30, [sp, #64]
	str	x19, [sp, #80]
	add	x29, sp, #64
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	adrp	x8, .LCPI13_0
	cmp	x3, #1
	str	wzr, [sp, #20]
	ldr	d0, [x8, :lo12:.LCPI13_0]
	str	w0, [sp, #8]
	stp	x1, x1, [sp, #24]
	str	d0, [sp]
	stur	d0, [sp, #12]
	stp	x2, x3, [sp, #40]
	b.lt	.LBB13_5
	mov	x19, x3
	bl	axon_threads
	cmp	w0, #2
	b.lt	.LBB13_4
	lsr	x8, x19, #15
	cbz	x8, .LBB13_4
	mov	w8, w0
	adrp	x1, elementwise_chunk
	add	x1, x1, :lo12:elementwise_chunk
	add	x9, x8, x19
	mov	x2, sp
	sub	x9, x9, #1
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x19, x8
	str	x8, [sp, #56]
	sub	x9, x9, #1
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB13_5
.LBB13_4:
	mov	x0, sp
	mov	w1, wzr
	str	x19, [sp, #56]
	bl	elementwise_chunk
.LBB13_5:
	.cfi_def_cfa wsp, 96
	ldp	x29, x30, [sp, #64]
	ldr	x19, [sp, #80]
	add	sp, sp, #96
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end13:
	.size	axon_unary_f64, .Lfunc_end13-axon_unary_f64
	.cfi_endproc

	.p2align	2
	.type	elementwise_chunk,@function
elementwise_chunk:
	.cfi_startproc
	stp	d9, d8, [sp, #-112]!
	.cfi_def_cfa_offset 112
	stp	x29, x30, [sp, #16]
	str	x27, [sp, #32]
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
	.cfi_offset w27, -80
	.cfi_offset w30, -88
	.cfi_offset w29, -96
	.cfi_offset b8, -104
	.cfi_offset b9, -112
	.cfi_remember_state
	sxtw	x8, w1
	ldr	x10, [x0, #56]
	mov	w9, #2
	ldp	w23, w24, [x0, #12]
	mul	x11, x10, x8
	ldp	x12, x8, [x0, #40]
	ldr	w21, [x0, #8]
	sub	x13, x8, x11
	cmp	x13, x10
	csel	x19, x13, x10, lt
	ldp	w10, w8, [x0]
	cmp	w8, #0
	cinc	x9, x9, ne
	cmp	w23, #0
	lsl	x9, x11, x9
	ldr	x11, [x0, #24]
	csel	x13, x9, xzr, eq
	cmp	w24, #0
	add	x20, x12, x9
	add	x22, x11, x13
	csel	x9, x9, xzr, eq
	cbz	w10, .LBB14_18
	ldr	x10, [x0, #32]
	add	x25, x10, x9
	cbz	w8, .LBB14_20
	cmp	x19, #1
	b.lt	.LBB14_23
	movi	d8, #0000000000000000
	fmov	d9, #1.00000000
	mov	x26, xzr
	adrp	x27, .LJTI14_0
	add	x27, x27, :lo12:.LJTI14_0
	b	.LBB14_7
.LBB14_4:
	fsub	d2, d9, d1
	fmul	d1, d1, d2
.LBB14_5:
	fmul	d0, d0, d1
.LBB14_6:
	str	d0, [x20, x26, lsl #3]
	add	x26, x26, #1
	cmp	x19, x26
	b.eq	.LBB14_23
.LBB14_7:
	cmp	w23, #0
	csel	x8, x26, xzr, eq
	cmp	w24, #0
	csel	x9, x26, xzr, eq
	cmp	w21, #9
	b.hi	.LBB14_16
	ldr	d0, [x22, x8, lsl #3]
	ldr	d1, [x25, x9, lsl #3]
	adr	x8, .LBB14_4
	ldrb	w9, [x27, x21]
	add	x8, x8, x9, lsl #2
	br	x8
.LBB14_9:
	fadd	d0, d0, d1
	b	.LBB14_6
.LBB14_10:
	fcmp	d0, d1
	fadd	d2, d0, d1
	fcsel	d0, d0, d1, gt
	fcsel	d0, d2, d0, vs
	b	.LBB14_6
.LBB14_11:
	fdiv	d0, d0, d1
	b	.LBB14_6
.LBB14_12:
	fcmp	d1, #0.0
	fcsel	d0, d0, d8, gt
	b	.LBB14_6
.LBB14_13:
	fsub	d0, d0, d1
	b	.LBB14_6
.LBB14_14:
	fcmp	d0, d1
	fadd	d2, d0, d1
	fcsel	d0, d0, d1, mi
	fcsel	d0, d2, d0, vs
	b	.LBB14_6
.LBB14_15:
	bl	pow
	b	.LBB14_6
.LBB14_16:
	mov	x8, #9221120237041090560
	fmov	d0, x8
	b	.LBB14_6
.LBB14_17:
	fsub	d2, d9, d1
	fadd	d1, d1, d9
	fmul	d1, d2, d1
	b	.LBB14_5
.LBB14_18:
	cbz	w8, .LBB14_21
	mov	w0, w21
	mov	x1, x22
	mov	x2, x20
	mov	x3, x19
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldr	x27, [sp, #32]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x29, x30, [sp, #16]
	ldp	d9, d8, [sp], #112
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
	.cfi_restore b8
	.cfi_restore b9
	b	axon_unary_portable_f64
.LBB14_20:
	.cfi_restore_state
	.cfi_remember_state
	mov	w0, w21
	mov	x1, x22
	mov	w2, w23
	mov	x3, x25
	mov	w4, w24
	mov	x5, x20
	mov	x6, x19
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldr	x27, [sp, #32]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x29, x30, [sp, #16]
	ldp	d9, d8, [sp], #112
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
	.cfi_restore b8
	.cfi_restore b9
	b	axon_binary_serial_f32
.LBB14_21:
	.cfi_restore_state
	.cfi_remember_state
	bl	axon_detect_isa
	cmp	w0, #3
	b.ne	.LBB14_24
	mov	w0, w21
	mov	x1, x22
	mov	x2, x20
	mov	x3, x19
	bl	axon_unary_neon_f32
	cbz	w0, .LBB14_24
.LBB14_23:
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldr	x27, [sp, #32]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x29, x30, [sp, #16]
	ldp	d9, d8, [sp], #112
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
	.cfi_restore b8
	.cfi_restore b9
	ret
.LBB14_24:
	.cfi_restore_state
	mov	w0, w21
	mov	x1, x22
	mov	x2, x20
	mov	x3, x19
	.cfi_def_cfa wsp, 112
	ldp	x20, x19, [sp, #96]
	ldr	x27, [sp, #32]
	ldp	x22, x21, [sp, #80]
	ldp	x24, x23, [sp, #64]
	ldp	x26, x25, [sp, #48]
	ldp	x29, x30, [sp, #16]
	ldp	d9, d8, [sp], #112
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
	.cfi_restore b8
	.cfi_restore b9
	b	axon_unary_portable_f32
.Lfunc_end14:
	.size	elementwise_chunk, .Lfunc_end14-elementwise_chunk
	.cfi_endproc
	.section	.rodata,"a",@progbits
.LJTI14_0:
	.byte	(.LBB14_9-.LBB14_4)>>2
	.byte	(.LBB14_13-.LBB14_4)>>2
	.byte	(.LBB14_5-.LBB14_4)>>2
	.byte	(.LBB14_11-.LBB14_4)>>2
	.byte	(.LBB14_10-.LBB14_4)>>2
	.byte	(.LBB14_14-.LBB14_4)>>2
	.byte	(.LBB14_15-.LBB14_4)>>2
	.byte	(.LBB14_12-.LBB14_4)>>2
	.byte	(.LBB14_17-.LBB14_4)>>2
	.byte	(.LBB14_4-.LBB14_4)>>2

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym elementwise_chunk
#endif
