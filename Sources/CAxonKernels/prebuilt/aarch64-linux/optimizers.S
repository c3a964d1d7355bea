// Generated from ../../optimizers.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"optimizers.c"
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI0_0:
	.word	1
	.word	0
	.text
	.globl	axon_adam_f32
	.p2align	2
	.type	axon_adam_f32,@function
axon_adam_f32:
	.cfi_startproc
	sub	sp, sp, #128
	.cfi_def_cfa_offset 128
	stp	x29, x30, [sp, #96]
	str	x19, [sp, #112]
	add	x29, sp, #96
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	adrp	x8, .LCPI0_0
	mov	x19, x5
	stp	x0, x2, [sp, #16]
	ldr	d0, [x8, :lo12:.LCPI0_0]
	stp	x3, x4, [sp, #32]
	stp	xzr, x1, [sp, #48]
	str	d0, [sp, #8]
	str	x5, [sp, #64]
	stp	x6, xzr, [sp, #80]
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lt	.LBB0_3
	cmp	w0, #1
	b.le	.LBB0_3
	mov	w8, w0
	adrp	x1, run_chunk
	add	x1, x1, :lo12:run_chunk
	add	x9, x8, x19
	add	x2, sp, #8
	sub	x9, x9, #1
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x19, x8
	str	x8, [sp, #72]
	sub	x9, x9, #1
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB0_4
.LBB0_3:
	add	x0, sp, #8
	mov	w1, wzr
	str	x19, [sp, #72]
	bl	run_chunk
.LBB0_4:
	.cfi_def_cfa wsp, 128
	ldp	x29, x30, [sp, #96]
	ldr	x19, [sp, #112]
	add	sp, sp, #128
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end0:
	.size	axon_adam_f32, .Lfunc_end0-axon_adam_f32
	.cfi_endproc

	.globl	axon_adam_f64
	.p2align	2
	.type	axon_adam_f64,@function
axon_adam_f64:
	.cfi_startproc
	sub	sp, sp, #128
	.cfi_def_cfa_offset 128
	stp	x29, x30, [sp, #96]
	str	x19, [sp, #112]
	add	x29, sp, #96
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	movi	v0.2s, #1
	mov	x19, x5
	stp	x0, x2, [sp, #16]
	stp	x3, x4, [sp, #32]
	stp	xzr, x1, [sp, #48]
	str	x5, [sp, #64]
	str	d0, [sp, #8]
	stp	x6, xzr, [sp, #80]
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lt	.LBB1_3
	cmp	w0, #1
	b.le	.LBB1_3
	mov	w8, w0
	adrp	x1, run_chunk
	add	x1, x1, :lo12:run_chunk
	add	x9, x8, x19
	add	x2, sp, #8
	sub	x9, x9, #1
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x19, x8
	str	x8, [sp, #72]
	sub	x9, x9, #1
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB1_4
.LBB1_3:
	add	x0, sp, #8
	mov	w1, wzr
	str	x19, [sp, #72]
	bl	run_chunk
.LBB1_4:
	.cfi_def_cfa wsp, 128
	ldp	x29, x30, [sp, #96]
	ldr	x19, [sp, #112]
	add	sp, sp, #128
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end1:
	.size	axon_adam_f64, .Lfunc_end1-axon_adam_f64
	.cfi_endproc

	.globl	axon_sgd_f32
	.p2align	2
	.type	axon_sgd_f32,@function
axon_sgd_f32:
	.cfi_startproc
	sub	sp, sp, #128
	.cfi_def_cfa_offset 128
	stp	x29, x30, [sp, #96]
	str	x19, [sp, #112]
	add	x29, sp, #96
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	mov	x19, x3
	stp	xzr, x0, [sp, #8]
	stp	xzr, xzr, [sp, #24]
	stp	xzr, x2, [sp, #40]
	stp	x1, x3, [sp, #56]
	stp	xzr, xzr, [sp, #72]
	str	x4, [sp, #88]
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lt	.LBB2_3
	cmp	w0, #1
	b.le	.LBB2_3
	mov	w8, w0
	adrp	x1, run_chunk
	add	x1, x1, :lo12:run_chunk
	add	x9, x8, x19
	add	x2, sp, #8
	sub	x9, x9, #1
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x19, x8
	str	x8, [sp, #72]
	sub	x9, x9, #1
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB2_4
.LBB2_3:
	add	x0, sp, #8
	mov	w1, wzr
	str	x19, [sp, #72]
	bl	run_chunk
.LBB2_4:
	.cfi_def_cfa wsp, 128
	ldp	x29, x30, [sp, #96]
	ldr	x19, [sp, #112]
	add	sp, sp, #128
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end2:
	.size	axon_sgd_f32, .Lfunc_end2-axon_sgd_f32
	.cfi_endproc

	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI3_0:
	.word	0
	.word	1
	.text
	.globl	axon_sgd_f64
	.p2align	2
	.type	axon_sgd_f64,@function
axon_sgd_f64:
	.cfi_startproc
	sub	sp, sp, #128
	.cfi_def_cfa_offset 128
	stp	x29, x30, [sp, #96]
	str	x19, [sp, #112]
	add	x29, sp, #96
	.cfi_def_cfa w29, 32
	.cfi_offset w19, -16
	.cfi_offset w30, -24
	.cfi_offset w29, -32
	adrp	x8, .LCPI3_0
	mov	x19, x3
	stp	x0, xzr, [sp, #16]
	ldr	d0, [x8, :lo12:.LCPI3_0]
	stp	xzr, xzr, [sp, #32]
	stp	x2, x1, [sp, #48]
	str	d0, [sp, #8]
	stp	x3, xzr, [sp, #64]
	stp	xzr, x4, [sp, #80]
	bl	axon_threads
	cmp	x19, #8, lsl #12
	b.lt	.LBB3_3
	cmp	w0, #1
	b.le	.LBB3_3
	mov	w8, w0
	adrp	x1, run_chunk
	add	x1, x1, :lo12:run_chunk
	add	x9, x8, x19
	add	x2, sp, #8
	sub	x9, x9, #1
	udiv	x8, x9, x8
	add	x8, x8, #63
	and	x8, x8, #0xffffffffffffffc0
	add	x9, x19, x8
	str	x8, [sp, #72]
	sub	x9, x9, #1
	udiv	x0, x9, x8
	bl	axon_parallel_run
	b	.LBB3_4
.LBB3_3:
	add	x0, sp, #8
	mov	w1, wzr
	str	x19, [sp, #72]
	bl	run_chunk
.LBB3_4:
	.cfi_def_cfa wsp, 128
	ldp	x29, x30, [sp, #96]
	ldr	x19, [sp, #112]
	add	sp, sp, #128
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end3:
	.size	axon_sgd_f64, .Lfunc_end3-axon_sgd_f64
	.cfi_endproc

	.p2align	2
	.type	run_chunk,@function
run_chunk:
	.cfi_startproc
	ldp	x10, x9, [x0, #56]
	sxtw	x8, w1
	mul	x11, x9, x8
	sub	x8, x10, x11
	cmp	x8, x9
	csel	x8, x8, x9, lt
	cmp	x8, #1
	b.lt	.LBB4_41
	sub	sp, sp, #144
	.cfi_def_cfa_offset 144
	stp	x29, x30, [sp, #128]
	add	x29, sp, #128
	.cfi_def_cfa w29, 16
	.cfi_offset w30, -8
	.cfi_offset w29, -16
	ldp	w12, w13, [x0]
	ldr	x9, [x0, #8]
	ldr	x10, [x0, #48]
	cbz	w13, .LBB4_13
	lsl	x14, x11, #3
	add	x9, x9, x14
	add	x10, x10, x14
	cbz	w12, .LBB4_24
	ldp	x15, x11, [x0, #24]
	ldr	x12, [x0, #72]
	ldr	x13, [x0, #16]
	ldp	d2, d3, [x12]
	ldr	d6, [x12, #32]
	cmp	x11, #0
	add	x11, x11, x14
	ldr	d17, [x12, #64]
	ldp	d4, d5, [x12, #16]
	csel	x11, xzr, x11, eq
	ldp	d7, d16, [x12, #48]
	add	x13, x13, x14
	ldr	w12, [x12, #40]
	add	x14, x15, x14
	mov	x15, x11
.LBB4_4:
	fcmp	d6, #0.0
	ldr	d0, [x10], #8
	b.eq	.LBB4_8
	ldr	d1, [x9]
	cbz	w12, .LBB4_7
	fmul	d1, d7, d1
	str	d1, [x9]
	b	.LBB4_8
.LBB4_7:
	fmul	d1, d6, d1
	fadd	d0, d0, d1
.LBB4_8:
	ldr	d1, [x13]
	fsub	d18, d0, d1
	fmul	d0, d0, d0
	fmul	d18, d2, d18
	fmul	d0, d4, d0
	fadd	d1, d1, d18
	str	d1, [x13]
	ldr	d1, [x14]
	fmul	d1, d3, d1
	fadd	d0, d0, d1
	str	d0, [x14]
	cbz	x11, .LBB4_10
	ldr	d1, [x15]
	fcmp	d1, d0
	fcsel	d0, d1, d0, gt
	str	d0, [x15]
.LBB4_10:
	fsqrt	d1, d0
	fcmp	d1, d1
	b.vs	.LBB4_12
.LBB4_11:
	fdiv	d0, d1, d17
	ldr	d1, [x13], #8
	subs	x8, x8, #1
	add	x15, x15, #8
	add	x14, x14, #8
	fadd	d0, d5, d0
	fdiv	d0, d1, d0
	ldr	d1, [x9]
	fmul	d0, d16, d0
	fsub	d0, d1, d0
	str	d0, [x9], #8
	b.ne	.LBB4_4
	b	.LBB4_40
.LBB4_12:
	stur	x8, [x29, #-8]
	str	x9, [sp, #56]
	stur	x10, [x29, #-16]
	str	d2, [sp, #48]
	stur	d3, [x29, #-24]
	str	d4, [sp, #40]
	stur	d5, [x29, #-32]
	str	x11, [sp, #32]
	stur	d6, [x29, #-40]
	str	d7, [sp, #24]
	stur	d16, [x29, #-48]
	str	d17, [sp, #16]
	stur	w12, [x29, #-52]
	stp	x15, x13, [sp]
	str	x14, [sp, #64]
	bl	sqrt
	fmov	d1, d0
	ldp	x15, x13, [sp]
	ldp	x9, x14, [sp, #56]
	ldur	w12, [x29, #-52]
	ldp	d17, d7, [sp, #16]
	ldr	x11, [sp, #32]
	ldp	d16, d6, [x29, #-48]
	ldp	d5, d3, [x29, #-32]
	ldp	d4, d2, [sp, #40]
	ldp	x10, x8, [x29, #-16]
	b	.LBB4_11
.LBB4_13:
	lsl	x14, x11, #2
	add	x9, x9, x14
	add	x10, x10, x14
	cbz	w12, .LBB4_32
	ldr	x12, [x0, #72]
	ldp	x15, x11, [x0, #24]
	ldr	x13, [x0, #16]
	ldp	d0, d1, [x12]
	ldr	d6, [x12, #32]
	ldp	d4, d5, [x12, #16]
	cmp	x11, #0
	ldp	d7, d16, [x12, #48]
	fcvt	s6, d6
	ldr	d17, [x12, #64]
	fcvt	s2, d0
	fcvt	s3, d1
	fcvt	s4, d4
	fcvt	s5, d5
	add	x11, x11, x14
	fcvt	s7, d7
	fcvt	s16, d16
	fcvt	s17, d17
	csel	x11, xzr, x11, eq
	ldr	w12, [x12, #40]
	add	x13, x13, x14
	add	x14, x15, x14
	mov	x15, x11
.LBB4_15:
	fcmp	s6, #0.0
	ldr	s0, [x10], #4
	b.eq	.LBB4_19
	ldr	s1, [x9]
	cbz	w12, .LBB4_18
	fmul	s1, s1, s7
	str	s1, [x9]
	b	.LBB4_19
.LBB4_18:
	fmul	s1, s1, s6
	fadd	s0, s0, s1
.LBB4_19:
	ldr	s1, [x13]
	fsub	s18, s0, s1
	fmul	s0, s0, s0
	fmul	s18, s18, s2
	fmul	s0, s0, s4
	fadd	s1, s1, s18
	str	s1, [x13]
	ldr	s1, [x14]
	fmul	s1, s1, s3
	fadd	s0, s0, s1
	str	s0, [x14]
	cbz	x11, .LBB4_21
	ldr	s1, [x15]
	fcmp	s1, s0
	fcsel	s0, s1, s0, gt
	str	s0, [x15]
.LBB4_21:
	fsqrt	s1, s0
	fcmp	s1, s1
	b.vs	.LBB4_23
.LBB4_22:
	fdiv	s0, s1, s17
	ldr	s1, [x13], #4
	subs	x8, x8, #1
	add	x15, x15, #4
	add	x14, x14, #4
	fadd	s0, s0, s5
	fdiv	s0, s1, s0
	ldr	s1, [x9]
	fmul	s0, s0, s16
	fsub	s0, s1, s0
	str	s0, [x9], #4
	b.ne	.LBB4_15
	b	.LBB4_40
.LBB4_23:
	stur	x8, [x29, #-8]
	str	x9, [sp, #56]
	stur	x10, [x29, #-16]
	str	s2, [sp, #48]
	stur	s3, [x29, #-24]
	str	s4, [sp, #40]
	stur	s5, [x29, #-32]
	str	s6, [sp, #32]
	stur	s7, [x29, #-40]
	str	s16, [sp, #24]
	stur	s17, [x29, #-48]
	str	x11, [sp, #16]
	stur	w12, [x29, #-52]
	stp	x15, x13, [sp]
	str	x14, [sp, #64]
	bl	sqrtf
	fmov	s1, s0
	ldp	x15, x13, [sp]
	ldp	x9, x14, [sp, #56]
	ldur	w12, [x29, #-52]
	ldp	x10, x8, [x29, #-16]
	ldr	x11, [sp, #16]
	ldur	s17, [x29, #-48]
	ldr	s16, [sp, #24]
	ldur	s7, [x29, #-40]
	ldr	s6, [sp, #32]
	ldur	s5, [x29, #-32]
	ldr	s4, [sp, #40]
	ldur	s3, [x29, #-24]
	ldr	s2, [sp, #48]
	b	.LBB4_22
.LBB4_24:
	ldr	x12, [x0, #40]
	ldr	x13, [x0, #80]
	add	x11, x12, x11, lsl #3
	ldp	d0, d1, [x13]
	ldp	d2, d3, [x13, #16]
	ldp	w12, w13, [x13, #32]
	b	.LBB4_27
.LBB4_25:
	fmul	d6, d1, d5
	cmp	w12, #0
	str	d5, [x11]
	fadd	d4, d4, d6
	fcsel	d4, d5, d4, eq
.LBB4_26:
	fmul	d4, d0, d4
	ldr	d5, [x9]
	subs	x8, x8, #1
	add	x11, x11, #8
	fsub	d4, d5, d4
	str	d4, [x9], #8
	b.eq	.LBB4_40
.LBB4_27:
	fcmp	d3, #0.0
	ldr	d4, [x10], #8
	b.eq	.LBB4_29
	ldr	d5, [x9]
	fmul	d5, d3, d5
	fadd	d4, d4, d5
.LBB4_29:
	fcmp	d1, #0.0
	b.eq	.LBB4_26
	fmov	d5, d4
	cbnz	w13, .LBB4_25
	ldr	d5, [x11]
	fmul	d6, d2, d4
	fmul	d5, d1, d5
	fadd	d5, d6, d5
	b	.LBB4_25
.LBB4_32:
	ldr	x13, [x0, #80]
	ldr	x12, [x0, #40]
	ldp	d0, d1, [x13]
	add	x11, x12, x11, lsl #2
	ldp	d2, d3, [x13, #16]
	ldp	w12, w13, [x13, #32]
	fcvt	s0, d0
	fcvt	s1, d1
	fcvt	s2, d2
	fcvt	s3, d3
	b	.LBB4_35
.LBB4_33:
	fmul	s6, s5, s1
	cmp	w12, #0
	str	s5, [x11]
	fadd	s4, s4, s6
	fcsel	s4, s5, s4, eq
.LBB4_34:
	fmul	s4, s4, s0
	ldr	s5, [x9]
	subs	x8, x8, #1
	add	x11, x11, #4
	fsub	s4, s5, s4
	str	s4, [x9], #4
	b.eq	.LBB4_40
.LBB4_35:
	fcmp	s3, #0.0
	ldr	s4, [x10], #4
	b.eq	.LBB4_37
	ldr	s5, [x9]
	fmul	s5, s5, s3
	fadd	s4, s4, s5
.LBB4_37:
	fcmp	s1, #0.0
	b.eq	.LBB4_34
	fmov	s5, s4
	cbnz	w13, .LBB4_33
	ldr	s5, [x11]
	fmul	s6, s4, s2
	fmul	s5, s5, s1
	fadd	s5, s6, s5
	b	.LBB4_33
.LBB4_40:
	.cfi_def_cfa wsp, 144
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #144
	.cfi_def_cfa_offset 0
	.cfi_restore w30
	.cfi_restore w29
.LBB4_41:
	ret
.Lfunc_end4:
	.size	run_chunk, .Lfunc_end4-run_chunk
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym run_chunk
#endif
