// Generated from ../../gemm.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"gemm.c"
	.text
	.globl	axon_set_avx512_f64_tile
	.p2align	2
	.type	axon_set_avx512_f64_tile,@function
axon_set_avx512_f64_tile:
	.cfi_startproc
	ret
.Lfunc_end0:
	.size	axon_set_avx512_f64_tile, .Lfunc_end0-axon_set_avx512_f64_tile
	.cfi_endproc

	.globl	axon_tile_use
	.p2align	2
	.type	axon_tile_use,@function
axon_tile_use:
	.cfi_startproc
	sxtw	x8, w2
	scvtf	d0, x0
	add	x9, x0, x8
	sub	x9, x9, #1
	sdiv	x9, x9, x8
	mul	x8, x9, x8
	scvtf	d1, x8
	sxtw	x8, w3
	add	x9, x1, x8
	sub	x9, x9, #1
	fdiv	d0, d0, d1
	sdiv	x9, x9, x8
	scvtf	d1, x1
	mul	x8, x9, x8
	scvtf	d2, x8
	fmul	d0, d0, d1
	fdiv	d0, d0, d2
	ret
.Lfunc_end1:
	.size	axon_tile_use, .Lfunc_end1-axon_tile_use
	.cfi_endproc

	.globl	axon_gemm_f32
	.p2align	2
	.type	axon_gemm_f32,@function
axon_gemm_f32:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	str	d8, [sp, #48]
	stp	x29, x30, [sp, #64]
	stp	x28, x27, [sp, #80]
	stp	x26, x25, [sp, #96]
	stp	x24, x23, [sp, #112]
	stp	x22, x21, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #64
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
	ldp	x27, x28, [x29, #96]
	fmov	s8, s0
	ldr	x19, [x29, #112]
	stur	x7, [x29, #-8]
	mov	x20, x6
	mov	x21, x5
	mov	x22, x4
	mov	x23, x3
	mov	x24, x2
	mov	w25, w1
	mov	w26, w0
	bl	axon_detect_isa
	fmov	s0, s8
	adrp	x8, portable_f32
	add	x8, x8, :lo12:portable_f32
	cmp	w0, #3
	adrp	x9, neon_f32
	add	x9, x9, :lo12:neon_f32
	csel	x0, x9, x8, eq
	ldur	x8, [x29, #-8]
	mov	w1, w26
	mov	w2, w25
	mov	x3, x24
	mov	x4, x23
	mov	x5, x22
	mov	x6, x21
	mov	x7, x20
	stp	x28, x19, [sp, #24]
	stp	x27, xzr, [sp, #8]
	str	x8, [sp]
	bl	gemm_f32
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldr	d8, [sp, #48]
	ldp	x22, x21, [sp, #128]
	ldp	x24, x23, [sp, #112]
	ldp	x26, x25, [sp, #96]
	ldp	x28, x27, [sp, #80]
	ldp	x29, x30, [sp, #64]
	add	sp, sp, #160
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
.Lfunc_end2:
	.size	axon_gemm_f32, .Lfunc_end2-axon_gemm_f32
	.cfi_endproc

	.p2align	2
	.type	gemm_f32,@function
gemm_f32:
	.cfi_startproc
	subs	x8, x3, #1
	b.lt	.LBB3_33
	subs	x9, x4, #1
	b.lt	.LBB3_33
	sub	sp, sp, #192
	.cfi_def_cfa_offset 192
	stp	x29, x30, [sp, #128]
	stp	x24, x23, [sp, #144]
	stp	x22, x21, [sp, #160]
	stp	x20, x19, [sp, #176]
	add	x29, sp, #128
	.cfi_def_cfa w29, 64
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w30, -56
	.cfi_offset w29, -64
	movi	d1, #0000000000000000
	ldp	x10, x11, [x29, #80]
	ldr	x12, [x29, #96]
	cmp	x10, #0
	fcsel	s0, s0, s1, eq
	fmov	s1, #1.00000000
	fcmp	s0, #0.0
	fccmp	s0, s1, #4, ne
	b.ne	.LBB3_14
.LBB3_3:
	cmp	x5, #0
	b.le	.LBB3_23
	ldp	x14, x13, [x29, #64]
	fcmp	s0, #0.0
	stp	x10, xzr, [sp, #104]
	ldr	x10, [x0, #40]
	mov	x19, x5
	mov	x20, x4
	mov	x21, x3
	str	x0, [sp, #8]
	stp	x13, x11, [sp, #72]
	cset	w11, ne
	stp	w1, w2, [sp, #16]
	stp	x3, x4, [sp, #24]
	stp	x5, x6, [sp, #40]
	stp	x7, x14, [sp, #56]
	str	x12, [sp, #88]
	stp	w11, wzr, [sp, #96]
	str	xzr, [sp, #120]
	cbz	x10, .LBB3_11
	mov	x20, x4
	mov	x21, x3
	cbz	w1, .LBB3_11
	ldrsw	x10, [x0, #4]
	mov	x20, x4
	mov	x21, x3
	cmp	x4, x10
	b.ge	.LBB3_11
	ldrsw	x11, [x0]
	mov	x20, x4
	mov	x21, x3
	lsl	x12, x11, #1
	cmp	x4, x12
	b.gt	.LBB3_11
	cmp	x3, x4
	mov	x20, x4
	mov	x21, x3
	b.ls	.LBB3_11
	add	x12, x8, x11
	add	x15, x9, x11
	ucvtf	d1, x3
	sdiv	x12, x12, x11
	ucvtf	d3, x4
	add	x8, x8, x10
	add	x9, x9, x10
	mov	x20, x4
	mov	x21, x3
	sdiv	x15, x15, x11
	mul	x12, x12, x11
	scvtf	d0, x12
	fdiv	d0, d1, d0
	mul	x11, x15, x11
	sdiv	x8, x8, x10
	scvtf	d2, x11
	fdiv	d2, d3, d2
	fmul	d0, d0, d3
	udiv	w11, w9, w10
	mul	x8, x8, x10
	scvtf	d3, x8
	mov	x8, #3689348814741910323
	movk	x8, #16371, lsl #48
	msub	w11, w11, w10, w9
	sub	x9, x9, x11
	scvtf	d4, x9
	fdiv	d0, d0, d4
	fmul	d1, d2, d1
	fmov	d2, x8
	fdiv	d1, d1, d3
	fmul	d0, d0, d2
	fcmp	d1, d0
	b.le	.LBB3_11
	cmp	w2, #0
	mov	x20, x3
	mov	x21, x4
	cset	w8, eq
	stp	x4, x3, [sp, #24]
	stp	w8, wzr, [sp, #16]
	mov	w8, #1
	stp	x14, x13, [sp, #48]
	stp	x6, x7, [sp, #64]
	str	w8, [sp, #112]
.LBB3_11:
	mov	x22, x0
	mov	x23, x4
	mov	x24, x3
	bl	axon_threads
	cmp	w0, #2
	b.lt	.LBB3_31
	ucvtf	d0, x21
	ucvtf	d1, x20
	mov	x8, #145685290680320
	movk	x8, #16702, lsl #48
	fadd	d0, d0, d0
	fmul	d0, d0, d1
	ucvtf	d1, x19
	fmul	d0, d0, d1
	fmov	d1, x8
	fcmp	d0, d1
	b.mi	.LBB3_31
	cmp	x24, x23
	mov	w9, #4
	mov	w11, w0
	csel	x8, x24, x23, gt
	cmp	x20, x21
	adrp	x1, gemm_part_f32
	add	x1, x1, :lo12:gemm_part_f32
	csel	x9, x9, xzr, ge
	sub	x8, x8, #1
	ldrsw	x9, [x22, x9]
	cset	w12, ge
	add	x2, sp, #8
	str	w12, [sp, #116]
	add	x10, x8, x9
	sdiv	x10, x10, x9
	cmp	x10, x11
	csel	x11, x10, x11, lt
	sxtw	x11, w11
	add	x10, x10, x11
	sub	x10, x10, #1
	sdiv	x10, x10, x11
	mul	x9, x10, x9
	add	x8, x8, x9
	str	x9, [sp, #120]
	sdiv	x0, x8, x9
	bl	axon_parallel_run
	b	.LBB3_32
.LBB3_14:
	lsl	x14, x12, #2
	mov	x13, xzr
	and	x15, x4, #0x7ffffffffffffff8
	add	x16, x11, #16
	mov	x17, x11
	b	.LBB3_16
.LBB3_15:
	add	x13, x13, #1
	add	x16, x16, x14
	add	x17, x17, x14
	cmp	x13, x3
	b.eq	.LBB3_3
.LBB3_16:
	cmp	x4, #8
	b.hs	.LBB3_18
	mov	x19, xzr
	b	.LBB3_21
.LBB3_18:
	mov	x18, x16
	mov	x19, x15
.LBB3_19:
	ldp	q1, q2, [x18, #-16]
	subs	x19, x19, #8
	fmul	v1.4s, v1.4s, v0.s[0]
	fmul	v2.4s, v2.4s, v0.s[0]
	stp	q1, q2, [x18, #-16]
	add	x18, x18, #32
	b.ne	.LBB3_19
	cmp	x4, x15
	mov	x19, x15
	b.eq	.LBB3_15
.LBB3_21:
	add	x18, x17, x19, lsl #2
	sub	x19, x4, x19
.LBB3_22:
	ldr	s1, [x18]
	subs	x19, x19, #1
	fmul	s1, s0, s1
	str	s1, [x18], #4
	b.ne	.LBB3_22
	b	.LBB3_15
.LBB3_23:
	fcmp	s0, #0.0
	b.ne	.LBB3_32
	lsl	x8, x12, #2
	mov	x9, xzr
	b	.LBB3_26
.LBB3_25:
	add	x9, x9, #1
	add	x11, x11, x8
	cmp	x9, x3
	b.eq	.LBB3_32
.LBB3_26:
	mov	x12, x11
	mov	x13, x10
	mov	x14, x4
	b	.LBB3_29
.LBB3_27:
	ldr	s0, [x13]
.LBB3_28:
	subs	x14, x14, #1
	add	x13, x13, #4
	str	s0, [x12], #4
	b.eq	.LBB3_25
.LBB3_29:
	cbnz	x10, .LBB3_27
	movi	d0, #0000000000000000
	b	.LBB3_28
.LBB3_31:
	mov	w8, #1
	add	x0, sp, #8
	mov	w1, wzr
	str	w8, [sp, #116]
	str	x20, [sp, #120]
	bl	gemm_part_f32
.LBB3_32:
	.cfi_def_cfa wsp, 192
	ldp	x20, x19, [sp, #176]
	ldp	x22, x21, [sp, #160]
	ldp	x24, x23, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #192
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w30
	.cfi_restore w29
.LBB3_33:
	ret
.Lfunc_end3:
	.size	gemm_f32, .Lfunc_end3-gemm_f32
	.cfi_endproc

	.globl	axon_gemm_f64
	.p2align	2
	.type	axon_gemm_f64,@function
axon_gemm_f64:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	str	d8, [sp, #48]
	stp	x29, x30, [sp, #64]
	stp	x28, x27, [sp, #80]
	stp	x26, x25, [sp, #96]
	stp	x24, x23, [sp, #112]
	stp	x22, x21, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #64
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
	ldp	x27, x28, [x29, #96]
	fmov	d8, d0
	ldr	x19, [x29, #112]
	stur	x7, [x29, #-8]
	mov	x20, x6
	mov	x21, x5
	mov	x22, x4
	mov	x23, x3
	mov	x24, x2
	mov	w25, w1
	mov	w26, w0
	bl	axon_detect_isa
	fmov	d0, d8
	adrp	x8, portable_f64
	add	x8, x8, :lo12:portable_f64
	cmp	w0, #3
	adrp	x9, neon_f64
	add	x9, x9, :lo12:neon_f64
	csel	x0, x9, x8, eq
	ldur	x8, [x29, #-8]
	mov	w1, w26
	mov	w2, w25
	mov	x3, x24
	mov	x4, x23
	mov	x5, x22
	mov	x6, x21
	mov	x7, x20
	stp	x28, x19, [sp, #24]
	stp	x27, xzr, [sp, #8]
	str	x8, [sp]
	bl	gemm_f64
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldr	d8, [sp, #48]
	ldp	x22, x21, [sp, #128]
	ldp	x24, x23, [sp, #112]
	ldp	x26, x25, [sp, #96]
	ldp	x28, x27, [sp, #80]
	ldp	x29, x30, [sp, #64]
	add	sp, sp, #160
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
	.size	axon_gemm_f64, .Lfunc_end4-axon_gemm_f64
	.cfi_endproc

	.p2align	2
	.type	gemm_f64,@function
gemm_f64:
	.cfi_startproc
	subs	x8, x3, #1
	b.lt	.LBB5_33
	subs	x9, x4, #1
	b.lt	.LBB5_33
	sub	sp, sp, #192
	.cfi_def_cfa_offset 192
	stp	x29, x30, [sp, #128]
	stp	x24, x23, [sp, #144]
	stp	x22, x21, [sp, #160]
	stp	x20, x19, [sp, #176]
	add	x29, sp, #128
	.cfi_def_cfa w29, 64
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -24
	.cfi_offset w22, -32
	.cfi_offset w23, -40
	.cfi_offset w24, -48
	.cfi_offset w30, -56
	.cfi_offset w29, -64
	movi	d1, #0000000000000000
	ldp	x10, x11, [x29, #80]
	ldr	x12, [x29, #96]
	cmp	x10, #0
	fcsel	d0, d0, d1, eq
	fmov	d1, #1.00000000
	fcmp	d0, #0.0
	fccmp	d0, d1, #4, ne
	b.ne	.LBB5_14
.LBB5_3:
	cmp	x5, #0
	b.le	.LBB5_23
	ldp	x14, x13, [x29, #64]
	fcmp	d0, #0.0
	stp	x10, xzr, [sp, #104]
	ldr	x10, [x0, #40]
	mov	x19, x5
	mov	x20, x4
	mov	x21, x3
	str	x0, [sp, #8]
	stp	x13, x11, [sp, #72]
	cset	w11, ne
	stp	w1, w2, [sp, #16]
	stp	x3, x4, [sp, #24]
	stp	x5, x6, [sp, #40]
	stp	x7, x14, [sp, #56]
	str	x12, [sp, #88]
	stp	w11, wzr, [sp, #96]
	str	xzr, [sp, #120]
	cbz	x10, .LBB5_11
	mov	x20, x4
	mov	x21, x3
	cbz	w1, .LBB5_11
	ldrsw	x10, [x0, #4]
	mov	x20, x4
	mov	x21, x3
	cmp	x4, x10
	b.ge	.LBB5_11
	ldrsw	x11, [x0]
	mov	x20, x4
	mov	x21, x3
	lsl	x12, x11, #1
	cmp	x4, x12
	b.gt	.LBB5_11
	cmp	x3, x4
	mov	x20, x4
	mov	x21, x3
	b.ls	.LBB5_11
	add	x12, x8, x11
	add	x15, x9, x11
	ucvtf	d1, x3
	sdiv	x12, x12, x11
	ucvtf	d3, x4
	add	x8, x8, x10
	add	x9, x9, x10
	mov	x20, x4
	mov	x21, x3
	sdiv	x15, x15, x11
	mul	x12, x12, x11
	scvtf	d0, x12
	fdiv	d0, d1, d0
	mul	x11, x15, x11
	sdiv	x8, x8, x10
	scvtf	d2, x11
	fdiv	d2, d3, d2
	fmul	d0, d0, d3
	udiv	w11, w9, w10
	mul	x8, x8, x10
	scvtf	d3, x8
	mov	x8, #3689348814741910323
	movk	x8, #16371, lsl #48
	msub	w11, w11, w10, w9
	sub	x9, x9, x11
	scvtf	d4, x9
	fdiv	d0, d0, d4
	fmul	d1, d2, d1
	fmov	d2, x8
	fdiv	d1, d1, d3
	fmul	d0, d0, d2
	fcmp	d1, d0
	b.le	.LBB5_11
	cmp	w2, #0
	mov	x20, x3
	mov	x21, x4
	cset	w8, eq
	stp	x4, x3, [sp, #24]
	stp	w8, wzr, [sp, #16]
	mov	w8, #1
	stp	x14, x13, [sp, #48]
	stp	x6, x7, [sp, #64]
	str	w8, [sp, #112]
.LBB5_11:
	mov	x22, x0
	mov	x23, x4
	mov	x24, x3
	bl	axon_threads
	cmp	w0, #2
	b.lt	.LBB5_31
	ucvtf	d0, x21
	ucvtf	d1, x20
	mov	x8, #145685290680320
	movk	x8, #16702, lsl #48
	fadd	d0, d0, d0
	fmul	d0, d0, d1
	ucvtf	d1, x19
	fmul	d0, d0, d1
	fmov	d1, x8
	fcmp	d0, d1
	b.mi	.LBB5_31
	cmp	x24, x23
	mov	w9, #4
	mov	w11, w0
	csel	x8, x24, x23, gt
	cmp	x20, x21
	adrp	x1, gemm_part_f64
	add	x1, x1, :lo12:gemm_part_f64
	csel	x9, x9, xzr, ge
	sub	x8, x8, #1
	ldrsw	x9, [x22, x9]
	cset	w12, ge
	add	x2, sp, #8
	str	w12, [sp, #116]
	add	x10, x8, x9
	sdiv	x10, x10, x9
	cmp	x10, x11
	csel	x11, x10, x11, lt
	sxtw	x11, w11
	add	x10, x10, x11
	sub	x10, x10, #1
	sdiv	x10, x10, x11
	mul	x9, x10, x9
	add	x8, x8, x9
	str	x9, [sp, #120]
	sdiv	x0, x8, x9
	bl	axon_parallel_run
	b	.LBB5_32
.LBB5_14:
	lsl	x14, x12, #3
	mov	x13, xzr
	and	x15, x4, #0x7ffffffffffffffc
	add	x16, x11, #16
	mov	x17, x11
	b	.LBB5_16
.LBB5_15:
	add	x13, x13, #1
	add	x16, x16, x14
	add	x17, x17, x14
	cmp	x13, x3
	b.eq	.LBB5_3
.LBB5_16:
	cmp	x4, #4
	b.hs	.LBB5_18
	mov	x19, xzr
	b	.LBB5_21
.LBB5_18:
	mov	x18, x16
	mov	x19, x15
.LBB5_19:
	ldp	q1, q2, [x18, #-16]
	subs	x19, x19, #4
	fmul	v1.2d, v1.2d, v0.d[0]
	fmul	v2.2d, v2.2d, v0.d[0]
	stp	q1, q2, [x18, #-16]
	add	x18, x18, #32
	b.ne	.LBB5_19
	cmp	x4, x15
	mov	x19, x15
	b.eq	.LBB5_15
.LBB5_21:
	add	x18, x17, x19, lsl #3
	sub	x19, x4, x19
.LBB5_22:
	ldr	d1, [x18]
	subs	x19, x19, #1
	fmul	d1, d0, d1
	str	d1, [x18], #8
	b.ne	.LBB5_22
	b	.LBB5_15
.LBB5_23:
	fcmp	d0, #0.0
	b.ne	.LBB5_32
	lsl	x8, x12, #3
	mov	x9, xzr
	b	.LBB5_26
.LBB5_25:
	add	x9, x9, #1
	add	x11, x11, x8
	cmp	x9, x3
	b.eq	.LBB5_32
.LBB5_26:
	mov	x12, x11
	mov	x13, x10
	mov	x14, x4
	b	.LBB5_29
.LBB5_27:
	ldr	d0, [x13]
.LBB5_28:
	subs	x14, x14, #1
	add	x13, x13, #8
	str	d0, [x12], #8
	b.eq	.LBB5_25
.LBB5_29:
	cbnz	x10, .LBB5_27
	movi	d0, #0000000000000000
	b	.LBB5_28
.LBB5_31:
	mov	w8, #1
	add	x0, sp, #8
	mov	w1, wzr
	str	w8, [sp, #116]
	str	x20, [sp, #120]
	bl	gemm_part_f64
.LBB5_32:
	.cfi_def_cfa wsp, 192
	ldp	x20, x19, [sp, #176]
	ldp	x22, x21, [sp, #160]
	ldp	x24, x23, [sp, #144]
	ldp	x29, x30, [sp, #128]
	add	sp, sp, #192
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w22
	.cfi_restore w23
	.cfi_restore w24
	.cfi_restore w30
	.cfi_restore w29
.LBB5_33:
	ret
.Lfunc_end5:
	.size	gemm_f64, .Lfunc_end5-gemm_f64
	.cfi_endproc

	.globl	axon_gemm_bias_f32
	.p2align	2
	.type	axon_gemm_bias_f32,@function
axon_gemm_bias_f32:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #64]
	stp	x28, x27, [sp, #80]
	stp	x26, x25, [sp, #96]
	stp	x24, x23, [sp, #112]
	stp	x22, x21, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #64
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
	ldr	q0, [x29, #96]
	ldp	x27, x28, [x29, #112]
	mov	x19, x7
	mov	x20, x6
	mov	x21, x5
	mov	x22, x4
	mov	x23, x3
	mov	x24, x2
	mov	w25, w1
	stur	q0, [x29, #-16]
	mov	w26, w0
	bl	axon_detect_isa
	movi	d0, #0000000000000000
	adrp	x8, portable_f32
	add	x8, x8, :lo12:portable_f32
	cmp	w0, #3
	adrp	x9, neon_f32
	add	x9, x9, :lo12:neon_f32
	ldur	q1, [x29, #-16]
	csel	x0, x9, x8, eq
	mov	w1, w26
	mov	w2, w25
	mov	x3, x24
	mov	x4, x23
	mov	x5, x22
	mov	x6, x21
	mov	x7, x20
	stp	x27, x28, [sp, #24]
	stur	q1, [sp, #8]
	str	x19, [sp]
	bl	gemm_f32
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldp	x22, x21, [sp, #128]
	ldp	x24, x23, [sp, #112]
	ldp	x26, x25, [sp, #96]
	ldp	x28, x27, [sp, #80]
	ldp	x29, x30, [sp, #64]
	add	sp, sp, #160
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
.Lfunc_end6:
	.size	axon_gemm_bias_f32, .Lfunc_end6-axon_gemm_bias_f32
	.cfi_endproc

	.globl	axon_gemm_bias_f64
	.p2align	2
	.type	axon_gemm_bias_f64,@function
axon_gemm_bias_f64:
	.cfi_startproc
	sub	sp, sp, #160
	.cfi_def_cfa_offset 160
	stp	x29, x30, [sp, #64]
	stp	x28, x27, [sp, #80]
	stp	x26, x25, [sp, #96]
	stp	x24, x23, [sp, #112]
	stp	x22, x21, [sp, #128]
	stp	x20, x19, [sp, #144]
	add	x29, sp, #64
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
	ldr	q0, [x29, #96]
	ldp	x27, x28, [x29, #112]
	mov	x19, x7
	mov	x20, x6
	mov	x21, x5
	mov	x22, x4
	mov	x23, x3
	mov	x24, x2
	mov	w25, w1
	stur	q0, [x29, #-16]
	mov	w26, w0
	bl	axon_detect_isa
	movi	d0, #0000000000000000
	adrp	x8, portable_f64
	add	x8, x8, :lo12:portable_f64
	cmp	w0, #3
	adrp	x9, neon_f64
	add	x9, x9, :lo12:neon_f64
	ldur	q1, [x29, #-16]
	csel	x0, x9, x8, eq
	mov	w1, w26
	mov	w2, w25
	mov	x3, x24
	mov	x4, x23
	mov	x5, x22
	mov	x6, x21
	mov	x7, x20
	stp	x27, x28, [sp, #24]
	stur	q1, [sp, #8]
	str	x19, [sp]
	bl	gemm_f64
	.cfi_def_cfa wsp, 160
	ldp	x20, x19, [sp, #144]
	ldp	x22, x21, [sp, #128]
	ldp	x24, x23, [sp, #112]
	ldp	x26, x25, [sp, #96]
	ldp	x28, x27, [sp, #80]
	ldp	x29, x30, [sp, #64]
	add	sp, sp, #160
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
.Lfunc_end7:
	.size	axon_gemm_bias_f64, .Lfunc_end7-axon_gemm_bias_f64
	.cfi_endproc

	.p2align	2
	.type	gemm_part_f32,@function
gemm_part_f32:
	.cfi_startproc
	sub	sp, sp, #80
	.cfi_def_cfa_offset 80
	stp	x29, x30, [sp, #64]
	add	x29, sp, #64
	.cfi_def_cfa w29, 16
	.cfi_offset w30, -8
	.cfi_offset w29, -16
	.cfi_remember_state
	sxtw	x8, w1
	ldr	x9, [x0, #112]
	ldr	w10, [x0, #108]
	mul	x8, x9, x8
	cbz	w10, .LBB8_6
	ldr	x10, [x0, #24]
	subs	x10, x10, x8
	b.le	.LBB8_11
	ldr	w2, [x0, #12]
	cmp	x9, x10
	ldr	x11, [x0, #56]
	csel	x4, x9, x10, lt
	mov	x9, x8
	cbz	w2, .LBB8_4
	ldr	x9, [x0, #64]
	mul	x9, x9, x8
.LBB8_4:
	ldr	w10, [x0, #104]
	add	x9, x11, x9, lsl #2
	ldr	x12, [x0, #72]
	cbz	w10, .LBB8_12
	ldr	x11, [x0, #80]
	ldr	x13, [x0, #96]
	mul	x8, x11, x8
	b	.LBB8_13
.LBB8_6:
	ldr	x10, [x0, #16]
	subs	x11, x10, x8
	b.le	.LBB8_11
	ldr	w1, [x0, #8]
	cmp	x9, x11
	ldr	x10, [x0, #40]
	csel	x3, x9, x11, lt
	mov	x11, x8
	cbnz	w1, .LBB8_9
	ldr	x9, [x0, #48]
	mul	x11, x9, x8
.LBB8_9:
	ldr	w9, [x0, #104]
	add	x6, x10, x11, lsl #2
	ldr	x11, [x0, #72]
	cbz	w9, .LBB8_14
	ldr	x10, [x0, #96]
	add	x12, x10, x8, lsl #2
	cmp	x10, #0
	ldr	x10, [x0, #80]
	csel	x12, xzr, x12, eq
	b	.LBB8_15
.LBB8_11:
	.cfi_def_cfa wsp, 80
	b	.LBB8_17
.LBB8_12:
	.cfi_restore_state
	ldr	x11, [x0, #96]
	add	x13, x11, x8, lsl #2
	cmp	x11, #0
	ldr	x11, [x0, #80]
	csel	x13, xzr, x13, eq
.LBB8_13:
	add	x12, x12, x8, lsl #2
	ldr	x8, [x0]
	ldr	w1, [x0, #8]
	ldp	x5, x6, [x0, #32]
	ldr	x3, [x0, #16]
	ldr	x7, [x0, #48]
	ldr	x14, [x0, #64]
	ldr	w15, [x0, #88]
	mov	x0, x8
	str	x13, [sp, #48]
	str	w15, [sp, #40]
	str	w10, [sp, #32]
	stp	x12, x11, [sp, #16]
	stp	x9, x14, [sp]
	b	.LBB8_16
.LBB8_14:
	ldr	x10, [x0, #80]
	ldr	x12, [x0, #96]
	mul	x8, x10, x8
.LBB8_15:
	add	x11, x11, x8, lsl #2
	ldr	x8, [x0]
	ldr	w2, [x0, #12]
	ldp	x4, x5, [x0, #24]
	ldr	x14, [x0, #64]
	ldp	x7, x13, [x0, #48]
	ldr	w15, [x0, #88]
	mov	x0, x8
	str	x12, [sp, #48]
	str	w15, [sp, #40]
	str	w9, [sp, #32]
	stp	x11, x10, [sp, #16]
	stp	x13, x14, [sp]
.LBB8_16:
	bl	gemm_serial_f32
	.cfi_def_cfa wsp, 80
.LBB8_17:
	ldp	x29, x30, [sp, #64]
	add	sp, sp, #80
	.cfi_def_cfa_offset 0
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end8:
	.size	gemm_part_f32, .Lfunc_end8-gemm_part_f32
	.cfi_endproc

	.p2align	2
	.type	gemm_serial_f32,@function
gemm_serial_f32:
	.cfi_startproc
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
	sub	x9, sp, #2080
	and	sp, x9, #0xffffffffffffffc0
	ldp	x8, x9, [x0, #8]
	mov	x24, x0
	ldpsw	x11, x28, [x0]
	ldr	x10, [x0, #24]
	mov	w20, w1
	mov	w0, wzr
	cmp	x5, x8
	mov	x22, x7
	str	x6, [sp, #304]
	csel	x8, x5, x8, lt
	cmp	x3, x9
	mov	x23, x5
	csel	x9, x3, x9, lt
	cmp	x4, x10
	lsl	x21, x8, #2
	add	x9, x11, x9
	csel	x10, x4, x10, lt
	mov	x26, x3
	sub	x9, x9, #1
	add	x10, x28, x10
	mov	x25, x4
	sdiv	x9, x9, x11
	sub	x10, x10, #1
	mov	w27, w2
	str	x11, [sp, #984]
	sdiv	x10, x10, x28
	mul	x9, x9, x11
	mul	x8, x21, x9
	mov	x1, x8
	mul	x19, x10, x28
	bl	axon_scratch
	mul	x1, x21, x19
	str	x0, [sp, #832]
	mov	w0, #1
	bl	axon_scratch
	ldr	x8, [x24, #40]
	str	x0, [sp, #712]
	str	w27, [sp, #452]
	cbz	x8, .LBB9_3
	cmp	x25, x28, lsl #2
	mov	x11, x28
	cset	w8, le
	cmp	w20, #0
	str	w8, [sp, #500]
	cset	w8, eq
	str	w8, [sp, #692]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #808]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #824]
	cbz	w27, .LBB9_4
	ldr	x3, [sp, #984]
	str	wzr, [sp, #348]
	cmp	x25, #1
	b.ge	.LBB9_5
	b	.LBB9_477
.LBB9_3:
	cmp	w20, #0
	ldr	x3, [sp, #984]
	str	wzr, [sp, #500]
	cset	w8, eq
	str	wzr, [sp, #348]
	mov	x11, x28
	str	w8, [sp, #692]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #808]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #824]
	cmp	x25, #1
	b.ge	.LBB9_5
	b	.LBB9_477
.LBB9_4:
	ldr	x3, [sp, #984]
	cmp	x26, x3, lsl #1
	cset	w8, le
	str	w8, [sp, #348]
	cmp	x25, #1
	b.lt	.LBB9_477
.LBB9_5:
	lsl	x9, x3, #2
	ldp	x16, x15, [x29, #96]
	ldr	x13, [sp, #712]
	lsl	x6, x22, #2
	ldr	x12, [sp, #832]
	str	x9, [sp, #976]
	ldr	x9, [x29, #112]
	cmp	w3, #0
	add	x10, x16, #28
	ccmp	x6, #0, #8, ge
	sub	x1, x12, #4
	str	x9, [sp, #480]
	lsl	x9, x15, #2
	add	x4, x16, #64
	str	x1, [sp, #288]
	cset	w1, lt
	lsl	x2, x15, #7
	str	x9, [sp, #552]
	sub	x9, x13, #128
	ldr	w8, [x29, #128]
	stp	x9, x10, [sp, #128]
	sub	x9, x13, #64
	add	x10, x13, #4
	str	x9, [sp, #120]
	add	x9, x13, #8
	movi	v16.2d, #0000000000000000
	stp	x9, x10, [sp, #232]
	add	x9, x13, #16
	add	x10, x13, #12
	str	x9, [sp, #256]
	add	x9, x13, #20
	ldr	x17, [x29, #144]
	stp	x9, x10, [sp, #216]
	mul	x9, x22, x3
	add	x10, x13, #24
	str	x10, [sp, #208]
	add	x10, x13, #28
	lsl	x0, x11, #2
	str	x10, [sp, #200]
	sub	x10, x13, #4
	mov	x14, xzr
	str	x10, [sp, #112]
	add	x10, x22, x22, lsl #1
	str	w1, [sp, #496]
	lsl	x9, x9, #2
	lsl	x1, x10, #4
	lsl	x10, x10, #3
	str	w8, [sp, #1004]
	ldr	x8, [x29, #120]
	str	x9, [sp, #576]
	add	x9, x13, #64
	stp	x9, x4, [sp, #96]
	add	x9, x16, #16
	lsl	x18, x8, #2
	str	x9, [sp, #248]
	lsl	x9, x15, #6
	str	x10, [sp, #584]
	add	x10, x16, #32
	stp	x9, x2, [sp, #368]
	add	x9, x13, #32
	stp	x9, x10, [sp, #80]
	lsl	x9, x15, #5
	str	x8, [sp, #952]
	ldr	w8, [x29, #136]
	str	x9, [sp, #360]
	ldr	x9, [sp, #304]
	str	w8, [sp, #332]
	ldr	x8, [x24, #24]
	add	x10, x9, #16
	str	x1, [sp, #592]
	str	x10, [sp, #280]
	lsl	x10, x22, #5
	str	x16, [sp, #320]
	str	x10, [sp, #568]
	add	x10, x9, #12
	add	x9, x9, #8
	stp	x9, x10, [sp, #264]
	lsl	x9, x22, #4
	str	x15, [sp, #800]
	str	x9, [sp, #560]
	add	x9, x12, #16
	str	x9, [sp, #352]
	add	x9, x17, #16
	str	x17, [sp, #488]
	stp	x9, x25, [sp, #64]
	str	x6, [sp, #752]
	str	x22, [sp, #296]
	str	x23, [sp, #336]
	str	x24, [sp, #888]
	str	x26, [sp, #544]
	str	x11, [sp, #968]
	str	x18, [sp, #880]
	str	x0, [sp, #960]
	b	.LBB9_8
.LBB9_6:
	ldr	x8, [x24, #24]
	ldr	x25, [sp, #72]
	ldr	x14, [sp, #656]
.LBB9_7:
	add	x14, x8, x14
	cmp	x14, x25
	b.ge	.LBB9_477
.LBB9_8:
	sub	x9, x25, x14
	cmp	x8, x9
	csel	x9, x8, x9, lt
	cmp	x23, #1
	str	x9, [sp, #720]
	b.lt	.LBB9_7
	add	x10, x14, #1
	lsl	x9, x14, #2
	ldr	x8, [x24, #8]
	str	x10, [sp, #192]
	add	x10, x14, #2
	mov	x12, xzr
	str	x10, [sp, #184]
	add	x10, x14, #3
	str	x10, [sp, #176]
	ldr	x10, [sp, #320]
	str	x14, [sp, #656]
	add	x10, x10, x9
	str	x10, [sp, #312]
	ldr	x10, [sp, #480]
	add	x10, x10, x9
	str	x10, [sp, #648]
	ldr	x10, [sp, #488]
	add	x10, x10, x9
	str	x10, [sp, #680]
	add	x10, x14, #4
	str	x10, [sp, #168]
	add	x10, x14, #5
	str	x10, [sp, #160]
	add	x10, x14, #6
	str	x10, [sp, #152]
	add	x10, x14, #7
	str	x10, [sp, #144]
	ldr	x10, [sp, #64]
	add	x9, x10, x9
	str	x9, [sp, #472]
	b	.LBB9_11
.LBB9_10:
	ldr	x24, [sp, #888]
	ldr	x12, [sp, #432]
	ldr	x23, [sp, #336]
	ldr	x8, [x24, #8]
	add	x12, x8, x12
	cmp	x12, x23
	b.ge	.LBB9_6
.LBB9_11:
	ldr	w9, [sp, #332]
	mov	x13, xzr
	str	x12, [sp, #432]
	cmp	w9, #0
	sub	x9, x23, x12
	cset	w10, ne
	cmp	x8, x9
	csel	x30, x8, x9, lt
	ldr	x8, [sp, #488]
	cmp	x12, #0
	csinc	w19, w10, wzr, le
	csel	x25, x8, xzr, eq
	ldr	w8, [sp, #348]
	cbz	w8, .LBB9_13
	ldr	x8, [sp, #720]
	sdiv	x8, x8, x11
	mul	x13, x8, x11
.LBB9_13:
	ldr	x8, [sp, #720]
	ldr	x0, [sp, #552]
	str	x13, [sp, #864]
	str	x30, [sp, #992]
	subs	x8, x8, x13
	str	x8, [sp, #1016]
	b.le	.LBB9_17
	ldr	x8, [sp, #888]
	ldr	x9, [sp, #656]
	ldr	x22, [sp, #864]
	ldrsw	x2, [x8, #4]
	add	x4, x22, x9
	ldr	w9, [sp, #452]
	mov	w1, w2
	cbz	w9, .LBB9_286
	ldr	x8, [x8, #48]
	cbz	x8, .LBB9_286
	mov	w0, w1
	ldr	x1, [sp, #320]
	ldr	x2, [sp, #800]
	ldr	x3, [sp, #432]
	ldr	x6, [sp, #1016]
	mov	x5, x30
	ldr	x7, [sp, #712]
	blr	x8
	movi	v16.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB9_17:
	ldr	x26, [sp, #544]
	ldr	x11, [sp, #968]
	ldr	x0, [sp, #960]
	cmp	x26, #1
	b.lt	.LBB9_10
	ldr	x17, [sp, #432]
	ldr	x14, [sp, #976]
	sub	x12, x30, #1
	ldr	x15, [sp, #296]
	ldr	x13, [sp, #832]
	cmp	x30, #7
	mul	x9, x30, x14
	ldr	x16, [sp, #304]
	ldr	x10, [sp, #824]
	lsl	x2, x30, #2
	mov	x1, xzr
	mul	x11, x14, x30
	str	x2, [sp, #528]
	madd	x12, x14, x12, x13
	cset	w13, hi
	cmp	w3, #1
	str	x9, [sp, #536]
	ldr	x9, [sp, #800]
	madd	x14, x6, x17, x16
	str	x11, [sp, #632]
	lsl	x11, x17, #2
	mul	x8, x17, x15
	str	x12, [sp, #520]
	add	x12, x11, x2
	mul	x9, x17, x9
	sub	x12, x12, #4
	str	x14, [sp, #424]
	csel	w14, wzr, w13, ne
	cmp	w3, #1
	str	w14, [sp, #516]
	add	x14, x30, x30, lsl #1
	mul	x10, x17, x10
	add	x8, x16, x8, lsl #2
	str	x8, [sp, #464]
	mul	x8, x6, x17
	lsl	x17, x14, #4
	lsl	x14, x14, #3
	str	x17, [sp, #624]
	lsl	x17, x30, #5
	str	x14, [sp, #608]
	lsl	x14, x30, #4
	str	x17, [sp, #616]
	str	x14, [sp, #600]
	ldr	x14, [sp, #312]
	add	x9, x14, x9, lsl #2
	str	x9, [sp, #704]
	madd	x9, x15, x12, x16
	str	x9, [sp, #416]
	add	x9, x16, x10, lsl #2
	add	x10, x16, x11
	str	x10, [sp, #456]
	str	x9, [sp, #816]
	ldr	x9, [sp, #888]
	ldr	x12, [x9, #16]
	and	x9, x30, #0x7ffffffffffffffe
	str	x9, [sp, #744]
	ldr	x9, [sp, #288]
	add	x9, x9, x2
	str	x9, [sp, #504]
	add	x9, x10, x2
	str	x9, [sp, #408]
	and	x9, x30, #0x7ffffffffffffff8
	str	x9, [sp, #640]
	csel	w9, wzr, w13, ne
	str	w9, [sp, #696]
	ldr	x9, [sp, #280]
	add	x10, x9, x8
	str	x10, [sp, #440]
	ldr	x10, [sp, #272]
	add	x10, x10, x8
	str	x10, [sp, #400]
	ldr	x10, [sp, #264]
	add	x8, x10, x8
	str	x8, [sp, #392]
	add	x8, x9, x11
	str	x8, [sp, #384]
	b	.LBB9_21
.LBB9_19:
	ldr	x8, [sp, #888]
	ldr	x6, [sp, #752]
	ldr	x12, [x8, #16]
.LBB9_20:
	ldr	x26, [sp, #544]
	add	x1, x12, x1
	cmp	x1, x26
	b.ge	.LBB9_10
.LBB9_21:
	sub	x8, x26, x1
	str	x1, [sp, #912]
	cmp	x12, x8
	str	x12, [sp, #760]
	csel	x9, x12, x8, lt
	ldr	w8, [sp, #500]
	cbz	w8, .LBB9_23
	sdiv	x8, x9, x3
	mul	x8, x8, x3
	b	.LBB9_24
.LBB9_23:
	mov	x8, xzr
.LBB9_24:
	str	x8, [sp, #896]
	subs	x8, x9, x8
	str	x9, [sp, #904]
	str	x8, [sp, #1008]
	b.le	.LBB9_243
	ldr	x11, [sp, #912]
	ldr	x14, [sp, #896]
	cmp	w3, #7
	ldr	x9, [sp, #464]
	add	x8, x14, x11
	add	x9, x9, x8, lsl #2
	str	x9, [sp, #920]
	b.gt	.LBB9_77
	cmp	w3, #4
	b.eq	.LBB9_144
	cmp	w3, #6
	b.ne	.LBB9_105
	ldr	x23, [sp, #1008]
	mov	x10, #-6148914691236517206
	ldr	x13, [sp, #456]
	movk	x10, #43691
	madd	x15, x6, x8, x13
	ldr	x21, [sp, #832]
	sub	x9, x23, #1
	mov	x16, xzr
	mov	x20, xzr
	umulh	x9, x9, x10
	add	x10, x14, x11
	add	x12, x10, #2
	madd	x12, x6, x12, x13
	madd	x11, x6, x10, x6
	lsr	x9, x9, #2
	str	x12, [sp, #936]
	add	x12, x10, #3
	madd	x14, x6, x12, x13
	add	x12, x10, #4
	add	x10, x10, #5
	str	x9, [sp, #792]
	ldr	x9, [sp, #400]
	madd	x12, x6, x12, x13
	add	x8, x9, x8, lsl #2
	madd	x10, x6, x10, x13
	str	x8, [sp, #1016]
	add	x8, x13, x11
	str	x8, [sp, #944]
	b	.LBB9_30
.LBB9_29:
	ldr	x8, [sp, #608]
	ldr	x9, [sp, #792]
	add	x20, x20, #6
	ldr	x10, [sp, #944]
	ldr	x15, [sp, #856]
	ldr	x14, [sp, #928]
	add	x21, x21, x8
	ldr	x8, [sp, #848]
	ldr	x12, [sp, #920]
	ldr	x23, [sp, #840]
	ldr	x0, [sp, #960]
	cmp	x8, x9
	ldr	x9, [sp, #1016]
	add	x16, x8, #1
	add	x9, x9, #24
	str	x9, [sp, #1016]
	ldr	x9, [sp, #584]
	add	x10, x10, x9
	add	x15, x15, x9
	add	x14, x14, x9
	str	x10, [sp, #944]
	ldr	x10, [sp, #936]
	add	x12, x12, x9
	add	x10, x10, x9
	str	x10, [sp, #936]
	ldr	x10, [sp, #872]
	add	x10, x10, x9
	b.eq	.LBB9_243
.LBB9_30:
	str	x10, [sp, #872]
	subs	x13, x23, #6
	mov	w10, #6
	csel	x9, x23, x10, lt
	cmp	x23, #1
	ldr	x11, [sp, #1008]
	csinc	x8, x23, xzr, gt
	str	x15, [sp, #856]
	cmp	x8, #6
	sub	x27, x11, x20
	str	x16, [sp, #848]
	csel	x22, x8, x10, lt
	cmp	x27, #6
	str	x14, [sp, #928]
	csel	x8, x27, x10, lt
	ldr	w10, [sp, #692]
	str	x12, [sp, #920]
	str	x13, [sp, #840]
	cbz	w10, .LBB9_64
	lsl	x9, x9, #2
	cmp	x27, #0
	b.le	.LBB9_56
	cmp	x30, #1
	mov	x10, x15
	mov	x11, x21
	mov	x12, x30
	b.lt	.LBB9_34
.LBB9_33:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x11], #24
	b.ne	.LBB9_33
.LBB9_34:
	cmp	x23, #1
	b.le	.LBB9_54
	cmp	x30, #1
	b.lt	.LBB9_38
	ldr	x10, [sp, #944]
	mov	w11, #4
	mov	x12, x30
.LBB9_37:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #24
	b.ne	.LBB9_37
.LBB9_38:
	cmp	x23, #2
	b.eq	.LBB9_54
	cmp	x30, #1
	b.lt	.LBB9_42
	ldr	x10, [sp, #936]
	mov	w11, #8
	mov	x12, x30
.LBB9_41:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #24
	b.ne	.LBB9_41
.LBB9_42:
	cmp	x23, #3
	b.eq	.LBB9_54
	cmp	x30, #1
	b.lt	.LBB9_46
	ldr	x10, [sp, #928]
	mov	w11, #12
	mov	x12, x30
.LBB9_45:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #24
	b.ne	.LBB9_45
.LBB9_46:
	cmp	x23, #4
	b.eq	.LBB9_54
	cmp	x30, #1
	b.lt	.LBB9_50
	ldr	x10, [sp, #920]
	mov	w11, #16
	mov	x12, x30
.LBB9_49:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #24
	b.ne	.LBB9_49
.LBB9_50:
	cmp	x23, #5
	b.eq	.LBB9_54
	cmp	x30, #1
	b.lt	.LBB9_54
	ldr	x10, [sp, #872]
	mov	w11, #20
	mov	x12, x30
.LBB9_53:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #24
	b.ne	.LBB9_53
.LBB9_54:
	cmp	x27, #6
	b.lt	.LBB9_56
	b	.LBB9_29
.LBB9_55:
	cmp	x8, #5
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_29
.LBB9_56:
	cmp	x30, #1
	b.lt	.LBB9_55
	b.ne	.LBB9_59
	mov	x11, xzr
	b	.LBB9_62
.LBB9_59:
	ldr	x10, [sp, #744]
	mov	x11, x9
.LBB9_60:
	add	x12, x21, x11
	subs	x10, x10, #2
	add	x11, x11, #48
	str	wzr, [x12]
	str	wzr, [x12, #24]
	b.ne	.LBB9_60
	ldr	x11, [sp, #744]
	cmp	x30, x11
	b.eq	.LBB9_55
.LBB9_62:
	mov	w10, #24
	madd	x10, x11, x10, x21
	sub	x11, x30, x11
.LBB9_63:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #24
	b.ne	.LBB9_63
	b	.LBB9_55
.LBB9_64:
	cmp	x30, #1
	b.lt	.LBB9_29
	ldr	x28, [sp, #1016]
	mov	x24, x30
	mov	x26, x21
	b	.LBB9_69
.LBB9_66:
	mov	x8, xzr
.LBB9_67:
	lsl	x8, x8, #2
	mov	w9, #24
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x26, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB9_68:
	subs	x24, x24, #1
	add	x26, x26, #24
	add	x28, x28, x6
	b.eq	.LBB9_29
.LBB9_69:
	cmp	x27, #1
	b.lt	.LBB9_66
	ldur	s0, [x28, #-12]
	cmp	x23, #1
	str	s0, [x26]
	b.le	.LBB9_76
	ldur	s0, [x28, #-8]
	cmp	x23, #2
	str	s0, [x26, #4]
	b.eq	.LBB9_76
	ldur	s0, [x28, #-4]
	cmp	x23, #3
	str	s0, [x26, #8]
	b.eq	.LBB9_76
	ldr	s0, [x28]
	cmp	x23, #4
	str	s0, [x26, #12]
	b.eq	.LBB9_76
	ldr	s0, [x28, #4]
	cmp	x23, #5
	str	s0, [x26, #16]
	b.eq	.LBB9_76
	ldr	s0, [x28, #8]
	str	s0, [x26, #20]
.LBB9_76:
	cmp	x23, #5
	mov	x8, x22
	b.le	.LBB9_67
	b	.LBB9_68
.LBB9_77:
	cmp	w3, #8
	b.eq	.LBB9_184
	cmp	w3, #12
	b.ne	.LBB9_105
	ldr	x23, [sp, #1008]
	mov	x10, #-6148914691236517206
	ldr	x20, [sp, #832]
	movk	x10, #43691
	mov	x12, xzr
	str	xzr, [sp, #1016]
	sub	x9, x23, #1
	umulh	x9, x9, x10
	ldr	x10, [sp, #456]
	madd	x16, x6, x8, x10
	lsr	x8, x9, #3
	str	x8, [sp, #872]
	b	.LBB9_81
.LBB9_80:
	ldr	x8, [sp, #624]
	ldr	x9, [sp, #872]
	ldr	x12, [sp, #944]
	ldr	x16, [sp, #936]
	ldr	x23, [sp, #928]
	ldr	x0, [sp, #960]
	add	x20, x20, x8
	add	x12, x12, #12
	ldr	x8, [sp, #1016]
	cmp	x8, x9
	ldr	x9, [sp, #920]
	add	x8, x8, #1
	str	x8, [sp, #1016]
	add	x9, x9, #48
	str	x9, [sp, #920]
	ldr	x9, [sp, #592]
	add	x16, x16, x9
	b.eq	.LBB9_243
.LBB9_81:
	subs	x13, x23, #12
	mov	w10, #12
	ldr	x11, [sp, #1008]
	csel	x9, x23, x10, lt
	cmp	x23, #1
	str	x12, [sp, #944]
	csinc	x8, x23, xzr, gt
	sub	x22, x11, x12
	str	x16, [sp, #936]
	cmp	x8, #12
	str	x13, [sp, #928]
	csel	x26, x8, x10, lt
	cmp	x22, #12
	csel	x8, x22, x10, lt
	ldr	w10, [sp, #692]
	cbz	w10, .LBB9_87
	lsl	x9, x9, #2
	cmp	x22, #0
	b.le	.LBB9_97
	mov	x10, xzr
	mov	x11, x16
	mov	x12, x20
	b	.LBB9_85
.LBB9_84:
	add	x10, x10, #1
	add	x12, x12, #4
	add	x11, x11, x6
	cmp	x10, x26
	b.eq	.LBB9_95
.LBB9_85:
	cmp	x30, #1
	mov	x13, x11
	mov	x14, x12
	mov	x15, x30
	b.lt	.LBB9_84
.LBB9_86:
	ldr	s0, [x13], #4
	subs	x15, x15, #1
	str	s0, [x14], #48
	b.ne	.LBB9_86
	b	.LBB9_84
.LBB9_87:
	cmp	x30, #1
	b.lt	.LBB9_80
	ldr	x8, [sp, #624]
	ldr	x9, [sp, #1016]
	mov	x28, xzr
	ldr	x21, [sp, #920]
	mov	x27, x20
	mul	x8, x9, x8
	ldr	x9, [sp, #832]
	add	x24, x9, x8
	b	.LBB9_92
.LBB9_89:
	mov	x8, xzr
.LBB9_90:
	mov	w10, #48
	lsl	x8, x8, #2
	mov	w1, wzr
	madd	x9, x28, x10, x24
	sub	x2, x10, x8
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB9_91:
	add	x28, x28, #1
	add	x27, x27, #48
	add	x21, x21, x6
	cmp	x28, x30
	b.eq	.LBB9_80
.LBB9_92:
	cmp	x22, #1
	mov	x8, x21
	mov	x9, x27
	mov	x10, x26
	b.lt	.LBB9_89
.LBB9_93:
	ldr	s0, [x8], #4
	subs	x10, x10, #1
	str	s0, [x9], #4
	b.ne	.LBB9_93
	cmp	x23, #11
	mov	x8, x26
	b.le	.LBB9_90
	b	.LBB9_91
.LBB9_95:
	cmp	x22, #12
	b.lt	.LBB9_97
	b	.LBB9_80
.LBB9_96:
	cmp	x8, #11
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_80
.LBB9_97:
	cmp	x30, #1
	b.lt	.LBB9_96
	b.ne	.LBB9_100
	mov	x11, xzr
	b	.LBB9_103
.LBB9_100:
	ldr	x10, [sp, #744]
	mov	x11, x9
.LBB9_101:
	add	x12, x20, x11
	subs	x10, x10, #2
	add	x11, x11, #96
	str	wzr, [x12]
	str	wzr, [x12, #48]
	b.ne	.LBB9_101
	ldr	x11, [sp, #744]
	cmp	x30, x11
	b.eq	.LBB9_96
.LBB9_103:
	mov	w10, #48
	madd	x10, x11, x10, x20
	sub	x11, x30, x11
.LBB9_104:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #48
	b.ne	.LBB9_104
	b	.LBB9_96
.LBB9_105:
	mul	x9, x6, x8
	lsl	x8, x8, #2
	ldr	x10, [sp, #424]
	ldr	x21, [sp, #832]
	ldr	x16, [sp, #352]
	mov	x13, xzr
	add	x10, x10, x8
	mov	x11, xzr
	str	x10, [sp, #736]
	ldr	x10, [sp, #416]
	add	x10, x10, x8
	str	x10, [sp, #728]
	ldr	x10, [sp, #440]
	add	x8, x10, x8
	str	x8, [sp, #848]
	ldr	x8, [sp, #456]
	add	x4, x8, x9
	ldr	x8, [sp, #408]
	str	x4, [sp, #672]
	add	x8, x8, x9
	str	x8, [sp, #664]
	ldr	x8, [sp, #384]
	add	x2, x8, x9
	ldr	x8, [sp, #1008]
	b	.LBB9_107
.LBB9_106:
	ldr	x9, [sp, #632]
	ldr	x16, [sp, #928]
	ldr	x11, [sp, #792]
	ldr	x8, [sp, #976]
	ldr	x10, [sp, #848]
	ldr	x2, [sp, #784]
	add	x21, x21, x9
	add	x16, x16, x9
	add	x11, x11, x3
	ldr	x9, [sp, #1008]
	add	x10, x10, x8
	ldr	x4, [sp, #776]
	ldr	x13, [sp, #840]
	ldr	x0, [sp, #960]
	str	x10, [sp, #848]
	cmp	x11, x9
	ldr	x9, [sp, #920]
	add	x13, x13, #1
	add	x9, x9, x8
	ldr	x8, [sp, #576]
	str	x9, [sp, #920]
	add	x2, x2, x8
	add	x4, x4, x8
	ldr	x8, [sp, #768]
	b.ge	.LBB9_243
.LBB9_107:
	subs	x9, x8, x3
	ldr	w10, [sp, #692]
	str	x13, [sp, #840]
	csel	x27, x8, x3, lt
	ldr	x8, [sp, #1008]
	str	x9, [sp, #768]
	str	x16, [sp, #928]
	sub	x9, x8, x11
	lsl	x8, x27, #2
	str	x11, [sp, #792]
	cmp	x9, x3
	str	x2, [sp, #784]
	csel	x20, x9, x3, lt
	str	x4, [sp, #776]
	cbz	w10, .LBB9_119
	ldr	x0, [sp, #976]
	ldr	x1, [sp, #640]
	cmp	x20, #1
	b.lt	.LBB9_134
	mul	x11, x6, x13
	ldr	x12, [sp, #528]
	ldr	x14, [sp, #664]
	ldr	x15, [sp, #832]
	mov	x10, xzr
	mul	x12, x12, x13
	sub	x13, x27, #1
	add	x14, x14, x11
	madd	x13, x6, x13, x14
	ldr	x14, [sp, #504]
	add	x15, x15, x12
	add	x14, x14, x8
	add	x12, x14, x12
	ldr	x14, [sp, #672]
	cmp	x15, x13
	ldr	w13, [sp, #516]
	mov	x15, x2
	add	x11, x14, x11
	mov	x14, x16
	ccmp	x11, x12, #2, lo
	mov	x11, x4
	ccmp	x6, #0, #8, hs
	cset	w12, lt
	orn	w12, w12, w13
	mov	x13, x21
	b	.LBB9_111
.LBB9_110:
	add	x10, x10, #1
	add	x15, x15, x6
	add	x14, x14, #4
	cmp	x10, x27
	add	x13, x13, #4
	add	x11, x11, x6
	b.eq	.LBB9_134
.LBB9_111:
	cmp	x30, #1
	b.lt	.LBB9_110
	tbz	w12, #0, .LBB9_114
	mov	x18, xzr
	b	.LBB9_117
.LBB9_114:
	mov	x16, x14
	mov	x17, x15
	mov	x18, x1
.LBB9_115:
	ldp	q0, q1, [x17, #-16]
	subs	x18, x18, #8
	add	x17, x17, #32
	stp	q0, q1, [x16, #-16]
	add	x16, x16, #32
	b.ne	.LBB9_115
	cmp	x30, x1
	mov	x18, x1
	b.eq	.LBB9_110
.LBB9_117:
	madd	x16, x0, x18, x13
	add	x17, x11, x18, lsl #2
	sub	x18, x30, x18
.LBB9_118:
	ldr	s0, [x17], #4
	subs	x18, x18, #1
	str	s0, [x16]
	add	x16, x16, x0
	b.ne	.LBB9_118
	b	.LBB9_110
.LBB9_119:
	cmp	x30, #1
	b.lt	.LBB9_106
	ldr	x12, [sp, #840]
	ldr	x10, [sp, #632]
	mov	x22, xzr
	ldr	x9, [sp, #976]
	ldr	x11, [sp, #520]
	neg	x13, x27
	madd	x10, x10, x12, x11
	ldr	x11, [sp, #536]
	ldr	x23, [sp, #920]
	ldr	x24, [sp, #928]
	ldr	x26, [sp, #848]
	mov	x28, x21
	mul	x9, x9, x12
	str	x13, [sp, #936]
	mul	x11, x11, x12
	ldr	x12, [sp, #728]
	add	x12, x12, x8
	add	x8, x10, x8
	ldr	x10, [sp, #736]
	add	x12, x12, x9
	add	x9, x10, x9
	cmp	x21, x12
	and	x10, x27, #0xfffffffffffffff8
	ccmp	x9, x8, #2, lo
	ldr	x8, [sp, #832]
	str	x10, [sp, #872]
	and	x10, x27, #0xfffffffffffffff8
	add	x8, x8, x11
	str	x10, [sp, #856]
	str	x8, [sp, #944]
	ldr	w8, [sp, #496]
	csinc	w8, w8, wzr, hs
	str	w8, [sp, #1016]
	b	.LBB9_122
.LBB9_121:
	ldr	x8, [sp, #976]
	add	x22, x22, #1
	add	x26, x26, x6
	cmp	x22, x30
	add	x23, x23, x6
	add	x24, x24, x8
	add	x28, x28, x8
	b.eq	.LBB9_106
.LBB9_122:
	cmp	x20, #1
	b.lt	.LBB9_125
	cmp	x27, #8
	ldr	w9, [sp, #1016]
	cset	w8, lo
	orr	w8, w8, w9
	tbz	w8, #0, .LBB9_126
	mov	x9, xzr
	b	.LBB9_129
.LBB9_125:
	mov	x8, xzr
	b	.LBB9_132
.LBB9_126:
	ldr	x10, [sp, #872]
	mov	x8, x24
	mov	x9, x26
.LBB9_127:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_127
	ldr	x9, [sp, #856]
	mov	x8, x27
	cmp	x27, x9
	b.eq	.LBB9_132
.LBB9_129:
	lsl	x10, x9, #2
	ldr	x8, [sp, #936]
	add	x8, x8, x9
	add	x9, x28, x10
	add	x10, x23, x10
.LBB9_130:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_130
	mov	x8, x27
.LBB9_132:
	cmp	x8, x3
	b.ge	.LBB9_121
	ldr	x10, [sp, #976]
	ldr	x9, [sp, #944]
	lsl	x8, x8, #2
	mov	w1, wzr
	madd	x9, x22, x10, x9
	sub	x2, x10, x8
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
	b	.LBB9_121
.LBB9_134:
	cmp	x9, x3
	b.lt	.LBB9_136
	b	.LBB9_106
.LBB9_135:
	add	x20, x20, #1
	add	x8, x8, #4
	cmp	x20, x3
	b.ge	.LBB9_106
.LBB9_136:
	ldr	x11, [sp, #976]
	cmp	x30, #1
	b.lt	.LBB9_135
	ldr	w9, [sp, #696]
	cbz	w9, .LBB9_141
	ldr	x12, [sp, #640]
	ldr	x13, [sp, #928]
	mov	x9, x8
	mov	x10, x12
.LBB9_139:
	str	q16, [x21, x9]
	subs	x10, x10, #8
	str	q16, [x13, x9]
	add	x9, x9, #32
	b.ne	.LBB9_139
	cmp	x30, x12
	mov	x10, x12
	b.eq	.LBB9_135
	b	.LBB9_142
.LBB9_141:
	mov	x10, xzr
.LBB9_142:
	madd	x9, x11, x10, x21
	sub	x10, x30, x10
.LBB9_143:
	subs	x10, x10, #1
	str	wzr, [x9, x8]
	add	x9, x9, x11
	b.ne	.LBB9_143
	b	.LBB9_135
.LBB9_144:
	add	x9, x14, x11
	ldr	x12, [sp, #456]
	ldr	x26, [sp, #1008]
	add	x11, x9, #2
	madd	x10, x6, x9, x6
	add	x9, x9, #3
	ldr	x20, [sp, #832]
	mov	x15, xzr
	mov	x13, xzr
	madd	x11, x6, x11, x12
	madd	x21, x6, x8, x12
	str	x11, [sp, #936]
	madd	x11, x6, x9, x12
	sub	x9, x26, #1
	lsr	x9, x9, #2
	str	x9, [sp, #848]
	ldr	x9, [sp, #392]
	add	x8, x9, x8, lsl #2
	str	x8, [sp, #1016]
	add	x8, x12, x10
	str	x8, [sp, #944]
	b	.LBB9_146
.LBB9_145:
	ldr	x8, [sp, #600]
	ldr	x9, [sp, #848]
	ldr	x10, [sp, #944]
	ldr	x13, [sp, #920]
	ldr	x11, [sp, #928]
	ldr	x26, [sp, #856]
	add	x20, x20, x8
	ldr	x8, [sp, #872]
	ldr	x0, [sp, #960]
	add	x13, x13, #4
	cmp	x8, x9
	ldr	x9, [sp, #1016]
	add	x15, x8, #1
	add	x9, x9, #16
	str	x9, [sp, #1016]
	ldr	x9, [sp, #560]
	add	x10, x10, x9
	add	x21, x21, x9
	add	x11, x11, x9
	str	x10, [sp, #944]
	ldr	x10, [sp, #936]
	add	x10, x10, x9
	str	x10, [sp, #936]
	b.eq	.LBB9_243
.LBB9_146:
	subs	x14, x26, #4
	mov	w10, #4
	str	x11, [sp, #928]
	csel	x9, x26, x10, lt
	cmp	x26, #1
	ldr	x11, [sp, #1008]
	csinc	x8, x26, xzr, gt
	str	x15, [sp, #872]
	cmp	x8, #4
	sub	x24, x11, x13
	str	x13, [sp, #920]
	csel	x22, x8, x10, lt
	cmp	x24, #4
	str	x14, [sp, #856]
	csel	x8, x24, x10, lt
	ldr	w10, [sp, #692]
	cbz	w10, .LBB9_173
	lsl	x9, x9, #2
	cmp	x24, #0
	b.le	.LBB9_165
	cmp	x30, #1
	b.lt	.LBB9_151
	mov	x10, xzr
	mov	x11, x30
.LBB9_150:
	ldr	s0, [x21, x10]
	subs	x11, x11, #1
	str	s0, [x20, x10, lsl #2]
	add	x10, x10, #4
	b.ne	.LBB9_150
.LBB9_151:
	cmp	x26, #1
	b.le	.LBB9_163
	cmp	x30, #1
	b.lt	.LBB9_155
	ldr	x10, [sp, #944]
	mov	w11, #4
	mov	x12, x30
.LBB9_154:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #16
	b.ne	.LBB9_154
.LBB9_155:
	cmp	x26, #2
	b.eq	.LBB9_163
	cmp	x30, #1
	b.lt	.LBB9_159
	ldr	x10, [sp, #936]
	mov	w11, #8
	mov	x12, x30
.LBB9_158:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #16
	b.ne	.LBB9_158
.LBB9_159:
	cmp	x26, #3
	b.eq	.LBB9_163
	cmp	x30, #1
	b.lt	.LBB9_163
	ldr	x10, [sp, #928]
	mov	w11, #12
	mov	x12, x30
.LBB9_162:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #16
	b.ne	.LBB9_162
.LBB9_163:
	cmp	x24, #4
	b.lt	.LBB9_165
	b	.LBB9_145
.LBB9_164:
	cmp	x8, #3
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_145
.LBB9_165:
	cmp	x30, #1
	b.lt	.LBB9_164
	b.ne	.LBB9_168
	mov	x11, xzr
	b	.LBB9_171
.LBB9_168:
	ldr	x10, [sp, #744]
	mov	x11, x9
.LBB9_169:
	add	x12, x20, x11
	subs	x10, x10, #2
	add	x11, x11, #32
	str	wzr, [x12]
	str	wzr, [x12, #16]
	b.ne	.LBB9_169
	ldr	x11, [sp, #744]
	cmp	x30, x11
	b.eq	.LBB9_164
.LBB9_171:
	add	x10, x20, x11, lsl #4
	sub	x11, x30, x11
.LBB9_172:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #16
	b.ne	.LBB9_172
	b	.LBB9_164
.LBB9_173:
	cmp	x30, #1
	b.lt	.LBB9_145
	ldr	x28, [sp, #1016]
	mov	x27, x30
	mov	x23, x20
	b	.LBB9_178
.LBB9_175:
	mov	x8, xzr
.LBB9_176:
	lsl	x8, x8, #2
	mov	w9, #16
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x23, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB9_177:
	subs	x27, x27, #1
	add	x23, x23, #16
	add	x28, x28, x6
	b.eq	.LBB9_145
.LBB9_178:
	cmp	x24, #1
	b.lt	.LBB9_175
	ldur	s0, [x28, #-8]
	cmp	x26, #1
	str	s0, [x23]
	b.le	.LBB9_183
	ldur	s0, [x28, #-4]
	cmp	x26, #2
	str	s0, [x23, #4]
	b.eq	.LBB9_183
	ldr	s0, [x28]
	cmp	x26, #3
	str	s0, [x23, #8]
	b.eq	.LBB9_183
	ldr	s0, [x28, #4]
	str	s0, [x23, #12]
.LBB9_183:
	cmp	x26, #3
	mov	x8, x22
	b.le	.LBB9_176
	b	.LBB9_177
.LBB9_184:
	add	x9, x14, x11
	ldr	x12, [sp, #456]
	ldr	x26, [sp, #1008]
	add	x11, x9, #2
	madd	x10, x6, x9, x6
	ldr	x20, [sp, #832]
	mov	x16, xzr
	mov	x23, xzr
	madd	x11, x6, x11, x12
	madd	x13, x6, x8, x12
	str	x11, [sp, #936]
	add	x11, x9, #3
	madd	x14, x6, x11, x12
	add	x11, x9, #4
	madd	x15, x6, x11, x12
	add	x11, x9, #5
	madd	x17, x6, x11, x12
	add	x11, x9, #6
	add	x9, x9, #7
	madd	x1, x6, x9, x12
	sub	x9, x26, #1
	lsr	x9, x9, #3
	madd	x11, x6, x11, x12
	str	x9, [sp, #776]
	ldr	x9, [sp, #440]
	add	x8, x9, x8, lsl #2
	str	x8, [sp, #1016]
	add	x8, x12, x10
	str	x8, [sp, #944]
	b	.LBB9_186
.LBB9_185:
	ldr	x8, [sp, #616]
	ldr	x9, [sp, #776]
	add	x23, x23, #8
	ldr	x10, [sp, #944]
	ldr	x13, [sp, #840]
	ldr	x14, [sp, #928]
	add	x20, x20, x8
	ldr	x8, [sp, #792]
	ldr	x15, [sp, #920]
	ldr	x17, [sp, #872]
	ldr	x11, [sp, #856]
	ldr	x1, [sp, #848]
	cmp	x8, x9
	add	x16, x8, #1
	ldr	x9, [sp, #1016]
	ldr	x26, [sp, #784]
	ldr	x0, [sp, #960]
	add	x9, x9, #32
	str	x9, [sp, #1016]
	ldr	x9, [sp, #568]
	add	x10, x10, x9
	add	x13, x13, x9
	add	x14, x14, x9
	str	x10, [sp, #944]
	ldr	x10, [sp, #936]
	add	x15, x15, x9
	add	x17, x17, x9
	add	x11, x11, x9
	add	x1, x1, x9
	add	x10, x10, x9
	str	x10, [sp, #936]
	b.eq	.LBB9_243
.LBB9_186:
	subs	x18, x26, #8
	mov	w10, #8
	str	x11, [sp, #856]
	csel	x9, x26, x10, lt
	cmp	x26, #1
	ldr	x11, [sp, #1008]
	csinc	x8, x26, xzr, gt
	str	x1, [sp, #848]
	cmp	x8, #8
	sub	x24, x11, x23
	str	x13, [sp, #840]
	csel	x22, x8, x10, lt
	cmp	x24, #8
	str	x14, [sp, #928]
	csel	x8, x24, x10, lt
	ldr	w10, [sp, #692]
	str	x15, [sp, #920]
	str	x16, [sp, #792]
	str	x17, [sp, #872]
	str	x18, [sp, #784]
	cbz	w10, .LBB9_228
	lsl	x9, x9, #2
	cmp	x24, #0
	b.le	.LBB9_220
	cmp	x30, #1
	mov	x10, x13
	mov	x11, x20
	mov	x12, x30
	b.lt	.LBB9_190
.LBB9_189:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x11], #32
	b.ne	.LBB9_189
.LBB9_190:
	cmp	x26, #1
	b.le	.LBB9_218
	cmp	x30, #1
	b.lt	.LBB9_194
	ldr	x10, [sp, #944]
	mov	w11, #4
	mov	x12, x30
.LBB9_193:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #32
	b.ne	.LBB9_193
.LBB9_194:
	cmp	x26, #2
	b.eq	.LBB9_218
	cmp	x30, #1
	b.lt	.LBB9_198
	ldr	x10, [sp, #936]
	mov	w11, #8
	mov	x12, x30
.LBB9_197:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #32
	b.ne	.LBB9_197
.LBB9_198:
	cmp	x26, #3
	b.eq	.LBB9_218
	cmp	x30, #1
	b.lt	.LBB9_202
	ldr	x10, [sp, #928]
	mov	w11, #12
	mov	x12, x30
.LBB9_201:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #32
	b.ne	.LBB9_201
.LBB9_202:
	cmp	x26, #4
	b.eq	.LBB9_218
	cmp	x30, #1
	b.lt	.LBB9_206
	ldr	x10, [sp, #920]
	mov	w11, #16
	mov	x12, x30
.LBB9_205:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #32
	b.ne	.LBB9_205
.LBB9_206:
	cmp	x26, #5
	b.eq	.LBB9_218
	cmp	x30, #1
	b.lt	.LBB9_210
	ldr	x10, [sp, #872]
	mov	w11, #20
	mov	x12, x30
.LBB9_209:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #32
	b.ne	.LBB9_209
.LBB9_210:
	cmp	x26, #6
	b.eq	.LBB9_218
	cmp	x30, #1
	b.lt	.LBB9_214
	ldr	x10, [sp, #856]
	mov	w11, #24
	mov	x12, x30
.LBB9_213:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #32
	b.ne	.LBB9_213
.LBB9_214:
	cmp	x26, #7
	b.eq	.LBB9_218
	cmp	x30, #1
	b.lt	.LBB9_218
	ldr	x10, [sp, #848]
	mov	w11, #28
	mov	x12, x30
.LBB9_217:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x20, x11]
	add	x11, x11, #32
	b.ne	.LBB9_217
.LBB9_218:
	cmp	x24, #8
	b.lt	.LBB9_220
	b	.LBB9_185
.LBB9_219:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_185
.LBB9_220:
	cmp	x30, #1
	b.lt	.LBB9_219
	b.ne	.LBB9_223
	mov	x11, xzr
	b	.LBB9_226
.LBB9_223:
	ldr	x10, [sp, #744]
	mov	x11, x9
.LBB9_224:
	add	x12, x20, x11
	subs	x10, x10, #2
	add	x11, x11, #64
	str	wzr, [x12]
	str	wzr, [x12, #32]
	b.ne	.LBB9_224
	ldr	x11, [sp, #744]
	cmp	x30, x11
	b.eq	.LBB9_219
.LBB9_226:
	add	x10, x20, x11, lsl #5
	sub	x11, x30, x11
.LBB9_227:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #32
	b.ne	.LBB9_227
	b	.LBB9_219
.LBB9_228:
	cmp	x30, #1
	b.lt	.LBB9_185
	ldr	x27, [sp, #1016]
	mov	x21, x30
	mov	x28, x20
	b	.LBB9_233
.LBB9_230:
	mov	x8, xzr
.LBB9_231:
	lsl	x8, x8, #2
	mov	w9, #32
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x28, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB9_232:
	subs	x21, x21, #1
	add	x28, x28, #32
	add	x27, x27, x6
	b.eq	.LBB9_185
.LBB9_233:
	cmp	x24, #1
	b.lt	.LBB9_230
	ldur	s0, [x27, #-16]
	cmp	x26, #1
	str	s0, [x28]
	b.le	.LBB9_242
	ldur	s0, [x27, #-12]
	cmp	x26, #2
	str	s0, [x28, #4]
	b.eq	.LBB9_242
	ldur	s0, [x27, #-8]
	cmp	x26, #3
	str	s0, [x28, #8]
	b.eq	.LBB9_242
	ldur	s0, [x27, #-4]
	cmp	x26, #4
	str	s0, [x28, #12]
	b.eq	.LBB9_242
	ldr	s0, [x27]
	cmp	x26, #5
	str	s0, [x28, #16]
	b.eq	.LBB9_242
	ldr	s0, [x27, #4]
	cmp	x26, #6
	str	s0, [x28, #20]
	b.eq	.LBB9_242
	ldr	s0, [x27, #8]
	cmp	x26, #7
	str	s0, [x28, #24]
	b.eq	.LBB9_242
	ldr	s0, [x27, #12]
	str	s0, [x28, #28]
.LBB9_242:
	cmp	x26, #7
	mov	x8, x22
	b.le	.LBB9_231
	b	.LBB9_232
.LBB9_243:
	ldr	x8, [sp, #720]
	ldr	x11, [sp, #968]
	ldr	x1, [sp, #912]
	ldr	x12, [sp, #760]
	cmp	x8, #1
	b.lt	.LBB9_20
	ldp	x14, x9, [sp, #472]
	lsl	x8, x1, #2
	ldr	x23, [sp, #680]
	ldr	x12, [sp, #904]
	mov	x10, xzr
	str	xzr, [sp, #736]
	add	x9, x9, x8
	str	x9, [sp, #672]
	ldr	x9, [sp, #488]
	add	x8, x9, x8
	str	x8, [sp, #664]
	ldr	x8, [sp, #720]
	b	.LBB9_246
.LBB9_245:
	ldr	x8, [sp, #736]
	ldr	x11, [sp, #968]
	add	x23, x23, x0
	ldr	x10, [sp, #872]
	add	x14, x14, x0
	add	x8, x8, #1
	str	x8, [sp, #736]
	ldr	x8, [sp, #720]
	add	x10, x10, x11
	cmp	x10, x8
	ldr	x8, [sp, #728]
	b.ge	.LBB9_19
.LBB9_246:
	subs	x9, x8, x11
	str	x10, [sp, #872]
	csel	x26, x8, x11, lt
	ldr	x8, [sp, #864]
	str	x9, [sp, #728]
	subs	x8, x10, x8
	mul	x9, x8, x30
	lsl	x8, x10, #2
	ldr	x10, [sp, #712]
	add	x10, x10, x9, lsl #2
	ldr	x9, [sp, #704]
	add	x13, x9, x8
	ldr	x9, [sp, #800]
	str	x10, [sp, #792]
	str	x13, [sp, #784]
	csel	x9, x9, x11, lt
	str	x9, [sp, #856]
	csel	x9, x13, x10, lt
	cmp	x12, #1
	str	x9, [sp, #848]
	b.lt	.LBB9_245
	ldr	x10, [sp, #736]
	ldr	x9, [sp, #680]
	mov	x15, xzr
	ldr	x11, [sp, #872]
	ldr	x27, [sp, #664]
	and	x16, x26, #0xfffffffffffffff8
	madd	x13, x0, x10, x9
	ldr	x9, [sp, #656]
	ldr	x10, [sp, #952]
	mov	x17, x12
	str	x16, [sp, #840]
	add	x9, x11, x9
	str	x14, [sp, #944]
	mul	x9, x9, x10
	lsl	x10, x26, #2
	str	x10, [sp, #768]
	add	x10, x13, x10
	str	x10, [sp, #760]
	ldr	x10, [sp, #720]
	str	x13, [sp, #776]
	sub	x11, x10, x11
	ldr	x10, [sp, #648]
	str	x11, [sp, #936]
	add	x8, x10, x8
	ldr	x10, [sp, #672]
	str	x8, [sp, #928]
	ldr	x8, [sp, #968]
	add	x9, x10, x9, lsl #2
	cmp	x8, x11
	csel	x24, x8, x11, lt
	str	x9, [sp, #920]
	b	.LBB9_249
.LBB9_248:
	ldr	x12, [sp, #904]
	ldr	x8, [sp, #976]
	add	x15, x15, x3
	ldr	x1, [sp, #912]
	cmp	x15, x12
	add	x27, x27, x8
	b.ge	.LBB9_245
.LBB9_249:
	ldr	x13, [sp, #952]
	add	x9, x15, x1
	subs	x11, x17, x3
	sub	x10, x12, x15
	ldr	x12, [sp, #928]
	str	x11, [sp, #1008]
	mul	x8, x9, x13
	ldr	x11, [sp, #920]
	csel	x20, x17, x3, lt
	cmp	x3, x10
	str	x15, [sp, #1016]
	add	x11, x11, x15, lsl #2
	csel	x22, x3, x10, lt
	add	x8, x12, x8, lsl #2
	ldr	w12, [sp, #1004]
	cmp	w12, #0
	cset	w12, eq
	csel	x21, x8, x11, eq
	cmp	x10, x3
	ldr	x11, [sp, #968]
	ldr	x10, [sp, #936]
	ccmp	x10, x11, #8, ge
	cset	w10, ge
	ands	w28, w12, w10
	add	x10, sp, #1024
	csel	x6, x8, x10, ne
	ldr	x8, [sp, #896]
	csel	x7, x13, x11, ne
	subs	x10, x15, x8
	and	w8, w28, w19
	b.ge	.LBB9_251
	ldr	x2, [sp, #808]
	ldr	x10, [sp, #816]
	mov	x0, x30
	ldr	x3, [sp, #824]
	ldr	x4, [sp, #848]
	ldr	x5, [sp, #856]
	mul	x9, x9, x2
	add	x1, x10, x9, lsl #2
	ldr	x9, [sp, #888]
	b	.LBB9_253
.LBB9_251:
	mul	x9, x10, x30
	ldr	x10, [sp, #832]
	add	x1, x10, x9, lsl #2
	ldr	x9, [sp, #864]
	ldr	x10, [sp, #872]
	cmp	x10, x9
	b.ge	.LBB9_254
	ldr	x9, [sp, #888]
	ldr	x4, [sp, #784]
	mov	x0, x30
	ldr	x5, [sp, #800]
	mov	w2, #1
.LBB9_253:
	ldr	x9, [x9, #40]
	str	w8, [sp]
	blr	x9
	b	.LBB9_255
.LBB9_254:
	ldr	x9, [sp, #888]
	ldr	x2, [sp, #792]
	mov	x0, x30
	mov	x3, x6
	mov	x4, x7
	mov	w5, w8
	ldr	x9, [x9, #32]
	blr	x9
.LBB9_255:
	movi	v16.2d, #0000000000000000
	ldr	x3, [sp, #984]
	ldr	x30, [sp, #992]
	ldr	x15, [sp, #1016]
	tbz	w28, #0, .LBB9_267
	ldr	x18, [sp, #880]
	ldr	x0, [sp, #960]
	ldr	x14, [sp, #944]
	ldr	x16, [sp, #840]
	ldr	x17, [sp, #1008]
	cbz	x25, .LBB9_248
	cmp	x22, #1
	b.lt	.LBB9_248
	sub	x9, x20, #1
	ldr	x10, [sp, #768]
	mov	x8, xzr
	mul	x9, x18, x9
	add	x10, x21, x10
	add	x9, x10, x9
	ldr	x10, [sp, #760]
	cmp	x21, x10
	ldr	x10, [sp, #776]
	ccmp	x10, x9, #2, lo
	add	x10, x21, #16
	ccmp	x18, #0, #8, hs
	cset	w9, lt
	b	.LBB9_260
.LBB9_259:
	add	x8, x8, #1
	add	x10, x10, x18
	add	x21, x21, x18
	cmp	x8, x20
	b.eq	.LBB9_248
.LBB9_260:
	cmp	x24, #1
	b.lt	.LBB9_259
	cmp	x26, #8
	cset	w11, lo
	orr	w11, w11, w9
	tbz	w11, #0, .LBB9_263
	mov	x11, xzr
	b	.LBB9_266
.LBB9_263:
	mov	x11, x14
	mov	x12, x10
	mov	x13, x16
.LBB9_264:
	ldp	q0, q3, [x12, #-16]
	subs	x13, x13, #8
	ldp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	fadd	v0.4s, v1.4s, v0.4s
	fadd	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB9_264
	cmp	x26, x16
	mov	x11, x16
	b.eq	.LBB9_259
.LBB9_266:
	ldr	s0, [x23, x11, lsl #2]
	ldr	s1, [x21, x11, lsl #2]
	fadd	s0, s0, s1
	str	s0, [x21, x11, lsl #2]
	add	x11, x11, #1
	cmp	x26, x11
	b.ne	.LBB9_266
	b	.LBB9_259
.LBB9_267:
	ldr	w8, [sp, #1004]
	ldr	x14, [sp, #944]
	cbz	w8, .LBB9_277
	ldr	x18, [sp, #880]
	ldr	x0, [sp, #960]
	cmp	x24, #1
	ldr	x17, [sp, #1008]
	b.lt	.LBB9_248
	mov	x8, xzr
	add	x9, sp, #1024
	b	.LBB9_271
.LBB9_270:
	add	x8, x8, #1
	add	x21, x21, x18
	add	x9, x9, #4
	cmp	x8, x26
	b.eq	.LBB9_248
.LBB9_271:
	cmp	x22, #1
	mov	x10, x27
	mov	x11, x9
	mov	x12, x21
	mov	x13, x20
	b.ge	.LBB9_273
	b	.LBB9_270
.LBB9_272:
	add	x11, x11, x0
	subs	x13, x13, #1
	add	x10, x10, #4
	str	s0, [x12], #4
	b.eq	.LBB9_270
.LBB9_273:
	ldr	s0, [x11]
	cbz	x25, .LBB9_275
	ldr	s1, [x10]
	fadd	s0, s0, s1
.LBB9_275:
	cbz	w19, .LBB9_272
	ldr	s1, [x12]
	fadd	s0, s0, s1
	b	.LBB9_272
.LBB9_277:
	ldr	x18, [sp, #880]
	ldr	x0, [sp, #960]
	cmp	x22, #1
	ldr	x17, [sp, #1008]
	b.lt	.LBB9_248
	mov	x8, xzr
	add	x9, sp, #1024
	b	.LBB9_280
.LBB9_279:
	add	x8, x8, #1
	add	x9, x9, x0
	add	x21, x21, x18
	cmp	x8, x20
	b.eq	.LBB9_248
.LBB9_280:
	cmp	x24, #1
	mov	x10, x21
	mov	x11, x23
	mov	x12, x9
	mov	x13, x26
	b.ge	.LBB9_282
	b	.LBB9_279
.LBB9_281:
	subs	x13, x13, #1
	add	x11, x11, #4
	str	s0, [x10], #4
	b.eq	.LBB9_279
.LBB9_282:
	ldr	s0, [x12], #4
	cbz	x25, .LBB9_284
	ldr	s1, [x11]
	fadd	s0, s0, s1
.LBB9_284:
	cbz	w19, .LBB9_281
	ldr	s1, [x10]
	fadd	s0, s0, s1
	b	.LBB9_281
.LBB9_286:
	lsl	x8, x4, #2
	cmp	w2, #8
	b.eq	.LBB9_359
	ldr	x9, [sp, #320]
	cmp	w2, #16
	add	x9, x9, x4, lsl #2
	b.eq	.LBB9_324
	cmp	w2, #32
	b.ne	.LBB9_426
	ldr	x15, [sp, #800]
	ldr	x17, [sp, #432]
	mul	x13, x0, x4
	ldr	x21, [sp, #1016]
	ldr	x16, [sp, #320]
	lsl	x1, x30, #7
	mul	x10, x17, x15
	add	x12, x17, x30
	ldr	x24, [sp, #712]
	lsl	x12, x12, #2
	mov	x18, xzr
	str	xzr, [sp, #912]
	madd	x14, x0, x17, x8
	str	x1, [sp, #760]
	sub	x12, x12, #4
	madd	x12, x15, x12, x16
	sub	x15, x21, #1
	add	x9, x9, x10, lsl #2
	ldr	x10, [sp, #104]
	madd	x11, x0, x17, x16
	str	x9, [sp, #904]
	lsr	x9, x15, #5
	add	x10, x10, x14
	str	x10, [sp, #896]
	str	x9, [sp, #744]
	ldr	x9, [sp, #128]
	add	x9, x9, x1
	str	x9, [sp, #736]
	add	x9, x11, x8
	add	x8, x12, x8
	ldp	x10, x11, [sp, #248]
	str	x9, [sp, #728]
	add	x9, x13, x17, lsl #2
	str	x8, [sp, #704]
	ldr	x8, [sp, #96]
	and	x17, x30, #0x7ffffffffffffffe
	str	x11, [sp, #872]
	add	x10, x10, x14
	add	x11, x16, x9
	str	x10, [sp, #856]
	str	x8, [sp, #848]
	str	x17, [sp, #936]
	b	.LBB9_291
.LBB9_290:
	ldr	x8, [sp, #912]
	ldr	x9, [sp, #744]
	ldr	x11, [sp, #816]
	ldr	x10, [sp, #760]
	ldr	x18, [sp, #840]
	ldr	x21, [sp, #792]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #376]
	add	x24, x24, x10
	add	x18, x18, #32
	str	x8, [sp, #912]
	add	x11, x11, x9
	ldr	x9, [sp, #896]
	add	x9, x9, #128
	str	x9, [sp, #896]
	ldr	x9, [sp, #848]
	add	x9, x9, x10
	str	x9, [sp, #848]
	ldr	x9, [sp, #856]
	add	x9, x9, #128
	str	x9, [sp, #856]
	ldr	x9, [sp, #872]
	add	x9, x9, x10
	str	x9, [sp, #872]
	ldr	x9, [sp, #904]
	add	x9, x9, #128
	str	x9, [sp, #904]
	b.eq	.LBB9_17
.LBB9_291:
	cmp	x21, #1
	mov	w10, #32
	str	x18, [sp, #840]
	csinc	x8, x21, xzr, gt
	str	x11, [sp, #816]
	cmp	x8, #32
	csel	x26, x8, x10, lt
	ldr	x8, [sp, #1016]
	subs	x12, x21, #32
	csel	x9, x21, x10, lt
	neg	x13, x26
	str	x12, [sp, #792]
	sub	x16, x8, x18
	cmp	x16, #32
	csel	x8, x16, x10, lt
	ldr	w10, [sp, #452]
	cbz	w10, .LBB9_307
	lsl	x9, x9, #2
	cmp	x16, #0
	b.le	.LBB9_299
	mov	x10, xzr
	mov	x12, x24
	b	.LBB9_295
.LBB9_294:
	add	x10, x10, #1
	add	x12, x12, #4
	add	x11, x11, x0
	cmp	x10, x26
	b.eq	.LBB9_297
.LBB9_295:
	cmp	x30, #1
	mov	x13, x11
	mov	x14, x12
	mov	x15, x30
	b.lt	.LBB9_294
.LBB9_296:
	ldr	s0, [x13], #4
	subs	x15, x15, #1
	str	s0, [x14], #128
	b.ne	.LBB9_296
	b	.LBB9_294
.LBB9_297:
	cmp	x16, #32
	b.lt	.LBB9_299
	b	.LBB9_290
.LBB9_298:
	cmp	x8, #31
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_290
.LBB9_299:
	cmp	x30, #1
	b.lt	.LBB9_298
	b.ne	.LBB9_302
	mov	x11, xzr
	b	.LBB9_305
.LBB9_302:
	mov	x10, x17
	mov	x11, x9
.LBB9_303:
	add	x12, x24, x11
	subs	x10, x10, #2
	add	x11, x11, #256
	str	wzr, [x12]
	str	wzr, [x12, #128]
	b.ne	.LBB9_303
	cmp	x30, x17
	mov	x11, x17
	b.eq	.LBB9_298
.LBB9_305:
	add	x10, x24, x11, lsl #7
	sub	x11, x30, x11
.LBB9_306:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #128
	b.ne	.LBB9_306
	b	.LBB9_298
.LBB9_307:
	b.ge	.LBB9_321
	cmp	x30, #1
	str	x13, [sp, #784]
	b.lt	.LBB9_290
	ldr	x10, [sp, #912]
	ldr	x11, [sp, #760]
	lsl	x13, x26, #2
	ldr	x8, [sp, #736]
	ldr	x12, [sp, #728]
	mov	x20, xzr
	madd	x8, x11, x10, x8
	lsl	x9, x10, #7
	ldr	x22, [sp, #904]
	ldr	x23, [sp, #872]
	ldr	x27, [sp, #856]
	mov	x28, x24
	mul	x10, x10, x11
	ldr	x11, [sp, #704]
	str	x13, [sp, #928]
	str	x16, [sp, #1008]
	add	x11, x11, x9
	add	x9, x12, x9
	add	x11, x11, x13
	add	x8, x8, x13
	cmp	x24, x11
	ccmp	x9, x8, #2, lo
	and	x8, x26, #0x38
	str	x8, [sp, #776]
	and	x8, x26, #0x38
	ccmp	x0, #0, #8, hs
	str	x8, [sp, #768]
	ldr	x8, [sp, #712]
	add	x8, x8, x10
	str	x8, [sp, #944]
	cset	w8, lt
	str	w8, [sp, #920]
	b	.LBB9_312
.LBB9_310:
	mov	x8, xzr
.LBB9_311:
	ldr	x9, [sp, #944]
	mov	w10, #128
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x20, lsl #7
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x0, [sp, #552]
	ldr	x30, [sp, #992]
	add	x20, x20, #1
	ldr	x3, [sp, #984]
	ldr	x6, [sp, #752]
	ldr	x17, [sp, #936]
	ldr	x16, [sp, #1008]
	add	x27, x27, x0
	cmp	x20, x30
	add	x23, x23, #128
	add	x28, x28, #128
	add	x22, x22, x0
	b.eq	.LBB9_290
.LBB9_312:
	cmp	x16, #1
	b.lt	.LBB9_310
	cmp	x21, #8
	ldr	w9, [sp, #920]
	cset	w8, lt
	orr	w8, w8, w9
	tbz	w8, #0, .LBB9_315
	mov	x9, xzr
	b	.LBB9_318
.LBB9_315:
	ldr	x10, [sp, #776]
	mov	x8, x23
	mov	x9, x27
.LBB9_316:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_316
	ldr	x9, [sp, #768]
	ldr	x8, [sp, #928]
	cmp	x26, x9
	b.eq	.LBB9_311
.LBB9_318:
	lsl	x10, x9, #2
	ldr	x8, [sp, #784]
	add	x8, x8, x9
	add	x9, x28, x10
	add	x10, x22, x10
.LBB9_319:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_319
	ldr	x8, [sp, #928]
	b	.LBB9_311
.LBB9_321:
	cmp	x30, #1
	b.lt	.LBB9_290
	ldr	x8, [sp, #848]
	ldr	x9, [sp, #896]
	mov	x10, x30
.LBB9_323:
	ldur	s0, [x9, #-64]
	subs	x10, x10, #1
	stur	s0, [x8, #-64]
	ldur	s0, [x9, #-60]
	stur	s0, [x8, #-60]
	ldur	s0, [x9, #-56]
	stur	s0, [x8, #-56]
	ldur	s0, [x9, #-52]
	stur	s0, [x8, #-52]
	ldur	s0, [x9, #-48]
	stur	s0, [x8, #-48]
	ldur	s0, [x9, #-44]
	stur	s0, [x8, #-44]
	ldur	s0, [x9, #-40]
	stur	s0, [x8, #-40]
	ldur	s0, [x9, #-36]
	stur	s0, [x8, #-36]
	ldur	s0, [x9, #-32]
	stur	s0, [x8, #-32]
	ldur	s0, [x9, #-28]
	stur	s0, [x8, #-28]
	ldur	s0, [x9, #-24]
	stur	s0, [x8, #-24]
	ldur	s0, [x9, #-20]
	stur	s0, [x8, #-20]
	ldur	s0, [x9, #-16]
	stur	s0, [x8, #-16]
	ldur	s0, [x9, #-12]
	stur	s0, [x8, #-12]
	ldur	s0, [x9, #-8]
	stur	s0, [x8, #-8]
	ldur	s0, [x9, #-4]
	stur	s0, [x8, #-4]
	ldr	s0, [x9]
	str	s0, [x8]
	ldr	s0, [x9, #4]
	str	s0, [x8, #4]
	ldr	s0, [x9, #8]
	str	s0, [x8, #8]
	ldr	s0, [x9, #12]
	str	s0, [x8, #12]
	ldr	s0, [x9, #16]
	str	s0, [x8, #16]
	ldr	s0, [x9, #20]
	str	s0, [x8, #20]
	ldr	s0, [x9, #24]
	str	s0, [x8, #24]
	ldr	s0, [x9, #28]
	str	s0, [x8, #28]
	ldr	s0, [x9, #32]
	str	s0, [x8, #32]
	ldr	s0, [x9, #36]
	str	s0, [x8, #36]
	ldr	s0, [x9, #40]
	str	s0, [x8, #40]
	ldr	s0, [x9, #44]
	str	s0, [x8, #44]
	ldr	s0, [x9, #48]
	str	s0, [x8, #48]
	ldr	s0, [x9, #52]
	str	s0, [x8, #52]
	ldr	s0, [x9, #56]
	str	s0, [x8, #56]
	ldr	s0, [x9, #60]
	add	x9, x9, x0
	str	s0, [x8, #60]
	add	x8, x8, #128
	b.ne	.LBB9_323
	b	.LBB9_290
.LBB9_324:
	ldr	x15, [sp, #800]
	ldr	x17, [sp, #432]
	mul	x13, x0, x4
	ldr	x21, [sp, #1016]
	ldr	x16, [sp, #320]
	lsl	x1, x30, #6
	mul	x10, x17, x15
	add	x12, x17, x30
	ldr	x26, [sp, #712]
	lsl	x12, x12, #2
	mov	x18, xzr
	str	xzr, [sp, #912]
	madd	x14, x0, x17, x8
	str	x1, [sp, #760]
	sub	x12, x12, #4
	madd	x12, x15, x12, x16
	sub	x15, x21, #1
	add	x9, x9, x10, lsl #2
	ldr	x10, [sp, #88]
	madd	x11, x0, x17, x16
	str	x9, [sp, #904]
	lsr	x9, x15, #4
	add	x10, x10, x14
	str	x10, [sp, #896]
	str	x9, [sp, #744]
	ldr	x9, [sp, #120]
	add	x9, x9, x1
	str	x9, [sp, #736]
	add	x9, x11, x8
	add	x8, x12, x8
	ldp	x10, x11, [sp, #248]
	str	x9, [sp, #728]
	add	x9, x13, x17, lsl #2
	str	x8, [sp, #704]
	ldr	x8, [sp, #80]
	and	x17, x30, #0x7ffffffffffffffe
	str	x11, [sp, #872]
	add	x10, x10, x14
	add	x11, x16, x9
	str	x10, [sp, #856]
	str	x8, [sp, #848]
	str	x17, [sp, #936]
	b	.LBB9_326
.LBB9_325:
	ldr	x8, [sp, #912]
	ldr	x9, [sp, #744]
	ldr	x11, [sp, #816]
	ldr	x10, [sp, #760]
	ldr	x18, [sp, #840]
	ldr	x21, [sp, #792]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #368]
	add	x26, x26, x10
	add	x18, x18, #16
	str	x8, [sp, #912]
	add	x11, x11, x9
	ldr	x9, [sp, #896]
	add	x9, x9, #64
	str	x9, [sp, #896]
	ldr	x9, [sp, #848]
	add	x9, x9, x10
	str	x9, [sp, #848]
	ldr	x9, [sp, #856]
	add	x9, x9, #64
	str	x9, [sp, #856]
	ldr	x9, [sp, #872]
	add	x9, x9, x10
	str	x9, [sp, #872]
	ldr	x9, [sp, #904]
	add	x9, x9, #64
	str	x9, [sp, #904]
	b.eq	.LBB9_17
.LBB9_326:
	cmp	x21, #1
	mov	w10, #16
	str	x18, [sp, #840]
	csinc	x8, x21, xzr, gt
	str	x11, [sp, #816]
	cmp	x8, #16
	csel	x27, x8, x10, lt
	subs	x8, x21, #16
	str	x8, [sp, #792]
	ldr	x8, [sp, #1016]
	csel	x9, x21, x10, lt
	neg	x12, x27
	sub	x16, x8, x18
	cmp	x16, #16
	csel	x8, x16, x10, lt
	ldr	w10, [sp, #452]
	cbz	w10, .LBB9_342
	lsl	x9, x9, #2
	cmp	x16, #0
	b.le	.LBB9_334
	mov	x10, xzr
	mov	x12, x26
	b	.LBB9_330
.LBB9_329:
	add	x10, x10, #1
	add	x12, x12, #4
	add	x11, x11, x0
	cmp	x10, x27
	b.eq	.LBB9_332
.LBB9_330:
	cmp	x30, #1
	mov	x13, x11
	mov	x14, x12
	mov	x15, x30
	b.lt	.LBB9_329
.LBB9_331:
	ldr	s0, [x13], #4
	subs	x15, x15, #1
	str	s0, [x14], #64
	b.ne	.LBB9_331
	b	.LBB9_329
.LBB9_332:
	cmp	x16, #16
	b.lt	.LBB9_334
	b	.LBB9_325
.LBB9_333:
	cmp	x8, #15
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_325
.LBB9_334:
	cmp	x30, #1
	b.lt	.LBB9_333
	b.ne	.LBB9_337
	mov	x11, xzr
	b	.LBB9_340
.LBB9_337:
	mov	x10, x17
	mov	x11, x9
.LBB9_338:
	add	x12, x26, x11
	subs	x10, x10, #2
	add	x11, x11, #128
	str	wzr, [x12]
	str	wzr, [x12, #64]
	b.ne	.LBB9_338
	cmp	x30, x17
	mov	x11, x17
	b.eq	.LBB9_333
.LBB9_340:
	add	x10, x26, x11, lsl #6
	sub	x11, x30, x11
.LBB9_341:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #64
	b.ne	.LBB9_341
	b	.LBB9_333
.LBB9_342:
	b.ge	.LBB9_356
	cmp	x30, #1
	str	x12, [sp, #784]
	b.lt	.LBB9_325
	ldr	x10, [sp, #912]
	ldr	x11, [sp, #760]
	lsl	x13, x27, #2
	ldr	x8, [sp, #736]
	ldr	x12, [sp, #728]
	mov	x20, xzr
	madd	x8, x11, x10, x8
	lsl	x9, x10, #6
	ldr	x22, [sp, #904]
	ldr	x28, [sp, #872]
	ldr	x24, [sp, #856]
	mov	x23, x26
	mul	x10, x10, x11
	ldr	x11, [sp, #704]
	str	x13, [sp, #928]
	str	x16, [sp, #1008]
	add	x11, x11, x9
	add	x9, x12, x9
	add	x11, x11, x13
	add	x8, x8, x13
	cmp	x26, x11
	ccmp	x9, x8, #2, lo
	and	x8, x27, #0x18
	str	x8, [sp, #776]
	and	x8, x27, #0x18
	ccmp	x0, #0, #8, hs
	str	x8, [sp, #768]
	ldr	x8, [sp, #712]
	add	x8, x8, x10
	str	x8, [sp, #944]
	cset	w8, lt
	str	w8, [sp, #920]
	b	.LBB9_347
.LBB9_345:
	mov	x8, xzr
.LBB9_346:
	ldr	x9, [sp, #944]
	mov	w10, #64
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x20, lsl #6
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x0, [sp, #552]
	ldr	x30, [sp, #992]
	add	x20, x20, #1
	ldr	x3, [sp, #984]
	ldr	x6, [sp, #752]
	ldr	x17, [sp, #936]
	ldr	x16, [sp, #1008]
	add	x24, x24, x0
	cmp	x20, x30
	add	x28, x28, #64
	add	x23, x23, #64
	add	x22, x22, x0
	b.eq	.LBB9_325
.LBB9_347:
	cmp	x16, #1
	b.lt	.LBB9_345
	cmp	x21, #8
	ldr	w9, [sp, #920]
	cset	w8, lt
	orr	w8, w8, w9
	tbz	w8, #0, .LBB9_350
	mov	x9, xzr
	b	.LBB9_353
.LBB9_350:
	ldr	x10, [sp, #776]
	mov	x8, x28
	mov	x9, x24
.LBB9_351:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_351
	ldr	x9, [sp, #768]
	ldr	x8, [sp, #928]
	cmp	x27, x9
	b.eq	.LBB9_346
.LBB9_353:
	lsl	x10, x9, #2
	ldr	x8, [sp, #784]
	add	x8, x8, x9
	add	x9, x23, x10
	add	x10, x22, x10
.LBB9_354:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_354
	ldr	x8, [sp, #928]
	b	.LBB9_346
.LBB9_356:
	cmp	x30, #1
	b.lt	.LBB9_325
	ldr	x8, [sp, #848]
	ldr	x9, [sp, #896]
	mov	x10, x30
.LBB9_358:
	ldur	s0, [x9, #-32]
	subs	x10, x10, #1
	stur	s0, [x8, #-32]
	ldur	s0, [x9, #-28]
	stur	s0, [x8, #-28]
	ldur	s0, [x9, #-24]
	stur	s0, [x8, #-24]
	ldur	s0, [x9, #-20]
	stur	s0, [x8, #-20]
	ldur	s0, [x9, #-16]
	stur	s0, [x8, #-16]
	ldur	s0, [x9, #-12]
	stur	s0, [x8, #-12]
	ldur	s0, [x9, #-8]
	stur	s0, [x8, #-8]
	ldur	s0, [x9, #-4]
	stur	s0, [x8, #-4]
	ldr	s0, [x9]
	str	s0, [x8]
	ldr	s0, [x9, #4]
	str	s0, [x8, #4]
	ldr	s0, [x9, #8]
	str	s0, [x8, #8]
	ldr	s0, [x9, #12]
	str	s0, [x8, #12]
	ldr	s0, [x9, #16]
	str	s0, [x8, #16]
	ldr	s0, [x9, #20]
	str	s0, [x8, #20]
	ldr	s0, [x9, #24]
	str	s0, [x8, #24]
	ldr	s0, [x9, #28]
	add	x9, x9, x0
	str	s0, [x8, #28]
	add	x8, x8, #64
	b.ne	.LBB9_358
	b	.LBB9_325
.LBB9_359:
	ldr	x27, [sp, #1016]
	ldr	x20, [sp, #432]
	sub	x18, x30, #1
	ldp	x14, x11, [sp, #184]
	tst	x18, #0xf800000000000000
	sub	x9, x27, #1
	ldp	x16, x15, [sp, #168]
	lsr	x12, x9, #3
	ldp	x1, x17, [sp, #152]
	lsl	x9, x20, #2
	ldr	x7, [sp, #136]
	add	x11, x11, x22
	str	x12, [sp, #784]
	lsl	x12, x12, #5
	add	x14, x14, x22
	add	x15, x15, x22
	add	x16, x16, x22
	add	x17, x17, x22
	madd	x10, x0, x4, x9
	add	x13, x12, #32
	ldr	x21, [sp, #712]
	add	x1, x1, x22
	ldr	x5, [sp, #320]
	ldr	x4, [sp, #800]
	madd	x11, x0, x11, x9
	lsl	x24, x30, #5
	mov	x23, xzr
	add	x2, x5, x9
	ccmp	x4, #1, #0, eq
	ldr	x4, [sp, #552]
	madd	x14, x0, x14, x9
	add	x2, x2, x8
	and	x28, x30, #0x7ffffffffffffffe
	str	xzr, [sp, #920]
	madd	x15, x0, x15, x9
	str	x24, [sp, #792]
	madd	x16, x0, x16, x9
	madd	x17, x0, x17, x9
	add	x0, x7, x9
	add	x12, x0, x12
	ldr	x0, [sp, #552]
	madd	x13, x30, x13, x21
	add	x12, x12, x30, lsl #2
	madd	x0, x0, x1, x9
	ldr	x1, [sp, #144]
	add	x12, x12, x8
	add	x1, x1, x22
	madd	x9, x4, x1, x9
	cset	w1, ne
	cmp	x2, x13
	ccmp	x21, x12, #2, lo
	ldr	x12, [sp, #552]
	add	x13, x5, x10
	add	x10, x5, x11
	ccmp	x24, #0, #8, hs
	add	x11, x5, x16
	madd	x8, x12, x20, x8
	lsl	x12, x18, #5
	str	x10, [sp, #944]
	add	x10, x5, x14
	add	x14, x5, x0
	str	w1, [sp, #776]
	str	x12, [sp, #768]
	cset	w12, lt
	str	x10, [sp, #928]
	add	x10, x5, x15
	add	x15, x5, x9
	ldr	x9, [sp, #248]
	str	w12, [sp, #760]
	add	x12, x5, x17
	ldr	x17, [sp, #552]
	add	x9, x9, x8
	add	x8, x7, x8
	str	x9, [sp, #1008]
	str	x8, [sp, #936]
	b	.LBB9_361
.LBB9_360:
	ldr	x8, [sp, #792]
	ldr	x9, [sp, #920]
	ldr	x10, [sp, #944]
	ldr	x13, [sp, #848]
	ldr	x11, [sp, #904]
	ldr	x12, [sp, #896]
	add	x21, x21, x8
	ldr	x8, [sp, #784]
	ldr	x14, [sp, #872]
	ldr	x15, [sp, #840]
	ldr	x23, [sp, #856]
	ldr	x27, [sp, #816]
	cmp	x9, x8
	add	x8, x9, #1
	ldr	x9, [sp, #360]
	add	x23, x23, #8
	str	x8, [sp, #920]
	add	x10, x10, x9
	add	x13, x13, x9
	add	x11, x11, x9
	str	x10, [sp, #944]
	ldr	x10, [sp, #928]
	add	x12, x12, x9
	add	x14, x14, x9
	add	x15, x15, x9
	add	x10, x10, x9
	str	x10, [sp, #928]
	ldr	x10, [sp, #912]
	add	x10, x10, x9
	ldr	x9, [sp, #1008]
	add	x9, x9, #32
	str	x9, [sp, #1008]
	ldr	x9, [sp, #936]
	add	x9, x9, #32
	str	x9, [sp, #936]
	b.eq	.LBB9_17
.LBB9_361:
	str	x11, [sp, #904]
	subs	x16, x27, #8
	mov	w11, #8
	str	x10, [sp, #912]
	csel	x10, x27, x11, lt
	cmp	x27, #1
	ldr	x9, [sp, #1016]
	csinc	x8, x27, xzr, gt
	str	x23, [sp, #856]
	cmp	x8, #8
	str	x13, [sp, #848]
	sub	x26, x9, x23
	csel	x9, x8, x11, lt
	str	x12, [sp, #896]
	cmp	x26, #8
	str	x14, [sp, #872]
	csel	x8, x26, x11, lt
	ldr	w11, [sp, #452]
	str	x15, [sp, #840]
	str	x16, [sp, #816]
	cbz	w11, .LBB9_403
	lsl	x9, x10, #2
	cmp	x26, #0
	b.le	.LBB9_395
	cmp	x30, #1
	mov	x10, x13
	mov	x11, x21
	mov	x12, x30
	b.lt	.LBB9_365
.LBB9_364:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x11], #32
	b.ne	.LBB9_364
.LBB9_365:
	cmp	x27, #1
	b.le	.LBB9_393
	cmp	x30, #1
	b.lt	.LBB9_369
	ldr	x10, [sp, #944]
	mov	w11, #4
	mov	x12, x30
.LBB9_368:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB9_368
.LBB9_369:
	cmp	x27, #2
	b.eq	.LBB9_393
	cmp	x30, #1
	b.lt	.LBB9_373
	ldr	x10, [sp, #928]
	mov	w11, #8
	mov	x12, x30
.LBB9_372:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB9_372
.LBB9_373:
	cmp	x27, #3
	b.eq	.LBB9_393
	cmp	x30, #1
	b.lt	.LBB9_377
	ldr	x10, [sp, #912]
	mov	w11, #12
	mov	x12, x30
.LBB9_376:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB9_376
.LBB9_377:
	cmp	x27, #4
	b.eq	.LBB9_393
	cmp	x30, #1
	b.lt	.LBB9_381
	ldr	x10, [sp, #904]
	mov	w11, #16
	mov	x12, x30
.LBB9_380:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB9_380
.LBB9_381:
	cmp	x27, #5
	b.eq	.LBB9_393
	cmp	x30, #1
	b.lt	.LBB9_385
	ldr	x10, [sp, #896]
	mov	w11, #20
	mov	x12, x30
.LBB9_384:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB9_384
.LBB9_385:
	cmp	x27, #6
	b.eq	.LBB9_393
	cmp	x30, #1
	b.lt	.LBB9_389
	ldr	x10, [sp, #872]
	mov	w11, #24
	mov	x12, x30
.LBB9_388:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB9_388
.LBB9_389:
	cmp	x27, #7
	b.eq	.LBB9_393
	cmp	x30, #1
	b.lt	.LBB9_393
	mov	x10, x15
	mov	w11, #28
	mov	x12, x30
.LBB9_392:
	ldr	s0, [x10], #4
	subs	x12, x12, #1
	str	s0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB9_392
.LBB9_393:
	cmp	x26, #8
	b.lt	.LBB9_395
	b	.LBB9_360
.LBB9_394:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_360
.LBB9_395:
	cmp	x30, #1
	b.lt	.LBB9_394
	b.ne	.LBB9_398
	mov	x11, xzr
	b	.LBB9_401
.LBB9_398:
	mov	x10, x28
	mov	x11, x9
.LBB9_399:
	add	x12, x21, x11
	subs	x10, x10, #2
	add	x11, x11, #64
	str	wzr, [x12]
	str	wzr, [x12, #32]
	b.ne	.LBB9_399
	cmp	x30, x28
	mov	x11, x28
	b.eq	.LBB9_394
.LBB9_401:
	add	x10, x21, x11, lsl #5
	sub	x11, x30, x11
.LBB9_402:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #32
	b.ne	.LBB9_402
	b	.LBB9_394
.LBB9_403:
	b.ge	.LBB9_417
	cmp	x30, #1
	b.lt	.LBB9_360
	lsl	x22, x9, #2
	ldr	x23, [sp, #1008]
	mov	x20, x30
	mov	x24, x21
	b	.LBB9_408
.LBB9_406:
	mov	x8, xzr
.LBB9_407:
	mov	w9, #32
	add	x0, x24, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x17, [sp, #552]
	ldr	x3, [sp, #984]
	ldr	x6, [sp, #752]
	ldr	x30, [sp, #992]
	subs	x20, x20, #1
	add	x24, x24, #32
	add	x23, x23, x17
	b.eq	.LBB9_360
.LBB9_408:
	cmp	x26, #1
	b.lt	.LBB9_406
	ldur	s0, [x23, #-16]
	cmp	x27, #2
	mov	x8, x22
	str	s0, [x24]
	b.lt	.LBB9_407
	ldur	s0, [x23, #-12]
	mov	x8, x22
	str	s0, [x24, #4]
	b.eq	.LBB9_407
	ldur	s0, [x23, #-8]
	cmp	x27, #3
	mov	x8, x22
	str	s0, [x24, #8]
	b.eq	.LBB9_407
	ldur	s0, [x23, #-4]
	cmp	x27, #4
	mov	x8, x22
	str	s0, [x24, #12]
	b.eq	.LBB9_407
	ldr	s0, [x23]
	cmp	x27, #5
	mov	x8, x22
	str	s0, [x24, #16]
	b.eq	.LBB9_407
	ldr	s0, [x23, #4]
	cmp	x27, #6
	mov	x8, x22
	str	s0, [x24, #20]
	b.eq	.LBB9_407
	ldr	s0, [x23, #8]
	cmp	x27, #7
	mov	x8, x22
	str	s0, [x24, #24]
	b.eq	.LBB9_407
	ldr	s0, [x23, #12]
	mov	x8, x22
	str	s0, [x24, #28]
	b	.LBB9_407
.LBB9_417:
	cmp	x30, #1
	b.lt	.LBB9_360
	cmp	x30, #18
	b.lo	.LBB9_420
	ldr	x8, [sp, #920]
	ldr	x9, [sp, #792]
	ldr	x18, [sp, #768]
	ldp	x14, x12, [sp, #200]
	ldr	x13, [sp, #256]
	mul	x8, x9, x8
	ldp	x10, x9, [sp, #232]
	ldp	x16, x11, [sp, #216]
	add	x12, x12, x8
	add	x14, x14, x8
	add	x9, x9, x8
	add	x15, x12, x18
	add	x10, x10, x8
	add	x11, x11, x8
	cmp	x15, x12
	add	x12, x14, x18
	add	x13, x13, x8
	add	x8, x16, x8
	add	x15, x21, x18
	cset	w16, lo
	cmp	x12, x14
	add	x14, x9, x18
	cset	w12, lo
	cmp	x15, x21
	ldr	w15, [sp, #776]
	csinc	w15, w15, wzr, hs
	cmp	x14, x9
	add	x9, x10, x18
	csinc	w14, w15, wzr, hs
	cmp	x9, x10
	add	x9, x11, x18
	csinc	w10, w14, wzr, hs
	cmp	x9, x11
	add	x9, x13, x18
	csinc	w10, w10, wzr, hs
	cmp	x9, x13
	add	x9, x8, x18
	csinc	w10, w10, wzr, hs
	cmp	x9, x8
	orr	w8, w12, w16
	csinc	w9, w10, wzr, hs
	ldr	w10, [sp, #760]
	orr	w8, w8, w10
	orr	w8, w8, w9
	tbz	w8, #0, .LBB9_423
.LBB9_420:
	mov	x10, xzr
.LBB9_421:
	mul	x8, x17, x10
	add	x9, x21, x10, lsl #5
	ldr	x11, [sp, #936]
	sub	x10, x30, x10
.LBB9_422:
	add	x12, x11, x8
	subs	x10, x10, #1
	add	x11, x11, x17
	ldur	s0, [x12, #-28]
	str	s0, [x9]
	ldur	s0, [x12, #-24]
	str	s0, [x9, #4]
	ldur	s0, [x12, #-20]
	str	s0, [x9, #8]
	ldur	s0, [x12, #-16]
	str	s0, [x9, #12]
	ldur	s0, [x12, #-12]
	str	s0, [x9, #16]
	ldur	s0, [x12, #-8]
	str	s0, [x9, #20]
	ldur	s0, [x12, #-4]
	str	s0, [x9, #24]
	ldr	s0, [x12]
	str	s0, [x9, #28]
	add	x9, x9, #32
	b.ne	.LBB9_422
	b	.LBB9_360
.LBB9_423:
	ldr	x11, [sp, #1008]
	mov	x8, x21
	mov	x9, x28
	mov	x10, x11
.LBB9_424:
	ldp	d0, d6, [x11, #-16]
	subs	x9, x9, #2
	ldr	d1, [x11]
	ldur	d2, [x11, #4]
	ldur	d4, [x11, #12]
	ldr	d3, [x10, #8]!
	ldur	d5, [x11, #-12]
	ldur	d7, [x11, #-4]
	mov	v1.d[1], v2.d[0]
	mov	x11, x10
	mov	v3.d[1], v4.d[0]
	mov	v0.d[1], v5.d[0]
	mov	v6.d[1], v7.d[0]
	uzp2	v2.4s, v1.4s, v3.4s
	uzp1	v1.4s, v1.4s, v3.4s
	uzp2	v4.4s, v0.4s, v6.4s
	uzp1	v0.4s, v0.4s, v6.4s
	stp	q4, q2, [x8, #32]
	stp	q0, q1, [x8], #64
	b.ne	.LBB9_424
	cmp	x30, x28
	mov	x10, x28
	b.eq	.LBB9_360
	b	.LBB9_421
.LBB9_426:
	ldr	x15, [sp, #800]
	ldr	x16, [sp, #432]
	lsl	x18, x30, #2
	mul	x11, x30, x2
	ldr	x24, [sp, #712]
	cmp	x30, #7
	lsl	x13, x16, #2
	sub	x14, x18, #4
	ccmp	w2, #1, #0, hi
	mul	x10, x16, x15
	lsl	x28, x2, #2
	mov	x5, xzr
	mov	x17, xzr
	and	x7, x30, #0x7ffffffffffffff8
	str	x18, [sp, #704]
	mul	x12, x18, x2
	str	x1, [sp, #792]
	str	x2, [sp, #784]
	madd	x13, x0, x4, x13
	str	x7, [sp, #768]
	add	x9, x9, x10, lsl #2
	lsl	x10, x1, #2
	madd	x4, x14, x2, x24
	ldr	x14, [sp, #320]
	str	x12, [sp, #736]
	add	x12, x16, x30
	lsl	x12, x12, #2
	str	x9, [sp, #920]
	lsl	x9, x11, #2
	ldr	x11, [sp, #112]
	add	x22, x14, x13
	sub	x12, x12, #4
	str	x9, [sp, #624]
	madd	x9, x0, x16, x14
	add	x11, x11, x18
	str	x4, [sp, #632]
	madd	x12, x15, x12, x14
	str	x11, [sp, #696]
	add	x11, x22, x18
	str	x11, [sp, #664]
	add	x15, x4, x10
	cset	w4, eq
	madd	x11, x0, x16, x8
	cmp	w1, #0
	str	x15, [sp, #616]
	ccmp	x0, #0, #8, ge
	str	x22, [sp, #672]
	mul	x15, x0, x2
	str	w4, [sp, #776]
	add	x12, x12, x8
	add	x8, x9, x8
	str	x8, [sp, #640]
	add	x8, x12, x10
	str	x8, [sp, #600]
	and	x8, x1, #0x7ffffff8
	str	x8, [sp, #928]
	cset	w8, lt
	str	w8, [sp, #536]
	ldp	x8, x20, [sp, #248]
	str	x15, [sp, #728]
	str	x12, [sp, #608]
	add	x21, x8, x13
	add	x8, x8, x11
	str	x8, [sp, #912]
	ldr	x8, [sp, #1016]
	b	.LBB9_428
.LBB9_427:
	ldr	x8, [sp, #736]
	ldr	x17, [sp, #896]
	ldr	x5, [sp, #904]
	ldr	x9, [sp, #728]
	ldr	x21, [sp, #872]
	ldr	x22, [sp, #856]
	add	x24, x24, x8
	add	x20, x20, x8
	add	x17, x17, x2
	ldr	x8, [sp, #1016]
	add	x5, x5, #1
	add	x21, x21, x9
	add	x22, x22, x9
	cmp	x17, x8
	ldr	x8, [sp, #912]
	add	x8, x8, x28
	str	x8, [sp, #912]
	ldr	x8, [sp, #920]
	add	x8, x8, x28
	str	x8, [sp, #920]
	ldr	x8, [sp, #848]
	b.ge	.LBB9_17
.LBB9_428:
	subs	x11, x8, x2
	ldr	w10, [sp, #452]
	str	x5, [sp, #904]
	csel	x23, x8, x2, lt
	ldr	x8, [sp, #1016]
	str	x17, [sp, #896]
	neg	x12, x23
	str	x21, [sp, #872]
	sub	x9, x8, x17
	lsl	x8, x23, #2
	str	x22, [sp, #856]
	cmp	x9, x2
	str	x11, [sp, #848]
	csel	x26, x9, x2, lt
	cbz	w10, .LBB9_450
	cmp	x26, #1
	b.lt	.LBB9_440
	mul	x11, x0, x5
	ldr	x12, [sp, #704]
	ldr	x14, [sp, #664]
	sub	x13, x23, #1
	ldr	x15, [sp, #712]
	mov	x10, xzr
	mul	x12, x12, x5
	add	x14, x14, x11
	madd	x13, x0, x13, x14
	ldr	x14, [sp, #696]
	add	x15, x15, x12
	add	x14, x14, x8
	add	x12, x14, x12
	ldr	x14, [sp, #672]
	cmp	x15, x13
	mov	x13, x24
	mov	x15, x21
	add	x11, x14, x11
	mov	x14, x20
	ccmp	x11, x12, #2, lo
	mov	x11, x22
	ccmp	x0, #0, #8, hs
	cset	w12, lt
	orn	w12, w12, w4
	b	.LBB9_432
.LBB9_431:
	add	x10, x10, #1
	add	x15, x15, x0
	add	x14, x14, #4
	cmp	x10, x23
	add	x13, x13, #4
	add	x11, x11, x0
	b.eq	.LBB9_440
.LBB9_432:
	cmp	x30, #1
	b.lt	.LBB9_431
	tbz	w12, #0, .LBB9_435
	mov	x18, xzr
	b	.LBB9_438
.LBB9_435:
	mov	x16, x14
	mov	x17, x15
	mov	x18, x7
.LBB9_436:
	ldp	q0, q1, [x17, #-16]
	subs	x18, x18, #8
	add	x17, x17, #32
	stp	q0, q1, [x16, #-16]
	add	x16, x16, #32
	b.ne	.LBB9_436
	cmp	x30, x7
	mov	x18, x7
	b.eq	.LBB9_431
.LBB9_438:
	madd	x16, x28, x18, x13
	add	x17, x11, x18, lsl #2
	sub	x18, x30, x18
.LBB9_439:
	ldr	s0, [x17], #4
	subs	x18, x18, #1
	str	s0, [x16]
	add	x16, x16, x28
	b.ne	.LBB9_439
	b	.LBB9_431
.LBB9_440:
	cmp	x9, x2
	b.lt	.LBB9_442
	b	.LBB9_427
.LBB9_441:
	add	x26, x26, #1
	add	x8, x8, #4
	cmp	x26, x2
	b.ge	.LBB9_427
.LBB9_442:
	cmp	x30, #1
	b.lt	.LBB9_441
	cbz	w4, .LBB9_447
	mov	x9, x8
	mov	x10, x7
.LBB9_445:
	str	q16, [x24, x9]
	subs	x10, x10, #8
	str	q16, [x20, x9]
	add	x9, x9, #32
	b.ne	.LBB9_445
	cmp	x30, x7
	mov	x10, x7
	b.eq	.LBB9_441
	b	.LBB9_448
.LBB9_447:
	mov	x10, xzr
.LBB9_448:
	madd	x9, x28, x10, x24
	sub	x10, x30, x10
.LBB9_449:
	subs	x10, x10, #1
	str	wzr, [x9, x8]
	add	x9, x9, x28
	b.ne	.LBB9_449
	b	.LBB9_441
.LBB9_450:
	mul	x10, x28, x5
	ldr	x9, [sp, #640]
	add	x9, x9, x10
	b.ge	.LBB9_466
	cmp	x30, #1
	str	x12, [sp, #816]
	str	x23, [sp, #1008]
	b.lt	.LBB9_427
	ldr	x12, [sp, #904]
	ldr	x11, [sp, #736]
	mov	x22, xzr
	ldr	x13, [sp, #632]
	ldr	x21, [sp, #912]
	mov	x23, x24
	madd	x11, x11, x12, x13
	ldr	x13, [sp, #624]
	mov	x27, x20
	mul	x12, x13, x12
	ldr	x13, [sp, #608]
	add	x13, x13, x8
	add	x10, x13, x10
	add	x8, x11, x8
	cmp	x24, x10
	ldr	x10, [sp, #1008]
	ccmp	x9, x8, #2, lo
	ldr	x8, [sp, #712]
	and	x11, x10, #0xfffffffffffffff8
	and	x10, x10, #0xfffffffffffffff8
	add	x8, x8, x12
	str	x11, [sp, #760]
	ldr	x11, [sp, #920]
	str	x8, [sp, #840]
	ldr	w8, [sp, #536]
	str	x10, [sp, #744]
	csinc	w8, w8, wzr, hs
	str	w8, [sp, #936]
	b	.LBB9_454
.LBB9_453:
	add	x22, x22, #1
	add	x21, x21, x0
	add	x27, x27, x28
	cmp	x22, x30
	add	x23, x23, x28
	add	x11, x11, x0
	b.eq	.LBB9_427
.LBB9_454:
	cmp	x26, #1
	b.lt	.LBB9_457
	ldr	x8, [sp, #1008]
	ldr	w9, [sp, #936]
	cmp	x8, #8
	cset	w8, lo
	orr	w8, w8, w9
	tbz	w8, #0, .LBB9_458
	mov	x9, xzr
	b	.LBB9_461
.LBB9_457:
	mov	x8, xzr
	b	.LBB9_464
.LBB9_458:
	ldr	x10, [sp, #760]
	mov	x8, x27
	mov	x9, x21
.LBB9_459:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_459
	ldr	x8, [sp, #1008]
	ldr	x9, [sp, #744]
	cmp	x8, x9
	b.eq	.LBB9_464
.LBB9_461:
	lsl	x10, x9, #2
	ldr	x8, [sp, #816]
	add	x8, x8, x9
	add	x9, x23, x10
	add	x10, x11, x10
.LBB9_462:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_462
	ldr	x8, [sp, #1008]
.LBB9_464:
	cmp	x8, x2
	b.ge	.LBB9_453
	ldr	x9, [sp, #840]
	lsl	x8, x8, #2
	mov	w1, wzr
	madd	x9, x22, x28, x9
	str	x11, [sp, #944]
	sub	x2, x28, x8
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x11, [sp, #944]
	ldr	x7, [sp, #768]
	ldr	w4, [sp, #776]
	ldr	x2, [sp, #784]
	ldr	x1, [sp, #792]
	ldr	x30, [sp, #992]
	ldr	x0, [sp, #552]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
	b	.LBB9_453
.LBB9_466:
	cmp	x30, #1
	b.lt	.LBB9_427
	ldr	x11, [sp, #904]
	ldr	x12, [sp, #736]
	mov	x8, xzr
	ldr	x13, [sp, #616]
	madd	x11, x12, x11, x13
	ldr	x12, [sp, #600]
	ldr	x13, [sp, #912]
	add	x10, x12, x10
	mov	x12, x20
	cmp	x24, x10
	ccmp	x9, x11, #2, lo
	ldr	x9, [sp, #920]
	mov	x11, x24
	ccmp	x0, #0, #8, hs
	cset	w10, lt
	b	.LBB9_469
.LBB9_468:
	add	x8, x8, #1
	add	x13, x13, x0
	add	x12, x12, x28
	cmp	x8, x30
	add	x11, x11, x28
	add	x9, x9, x0
	b.eq	.LBB9_427
.LBB9_469:
	cmp	w1, #1
	b.lt	.LBB9_468
	cmp	w1, #8
	cset	w14, lo
	orr	w14, w14, w10
	tbz	w14, #0, .LBB9_472
	mov	x14, xzr
	b	.LBB9_475
.LBB9_472:
	ldr	x16, [sp, #928]
	mov	x14, x12
	mov	x15, x13
.LBB9_473:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #8
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB9_473
	ldr	x14, [sp, #928]
	cmp	x14, x1
	b.eq	.LBB9_468
.LBB9_475:
	lsl	x16, x14, #2
	sub	x14, x1, x14
	add	x15, x11, x16
	add	x16, x9, x16
.LBB9_476:
	ldr	s0, [x16], #4
	subs	x14, x14, #1
	str	s0, [x15], #4
	b.ne	.LBB9_476
	b	.LBB9_468
.LBB9_477:
	mov	sp, x29
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
	ret
.Lfunc_end9:
	.size	gemm_serial_f32, .Lfunc_end9-gemm_serial_f32
	.cfi_endproc

	.p2align	2
	.type	gemm_part_f64,@function
gemm_part_f64:
	.cfi_startproc
	sub	sp, sp, #80
	.cfi_def_cfa_offset 80
	stp	x29, x30, [sp, #64]
	add	x29, sp, #64
	.cfi_def_cfa w29, 16
	.cfi_offset w30, -8
	.cfi_offset w29, -16
	.cfi_remember_state
	sxtw	x8, w1
	ldr	x9, [x0, #112]
	ldr	w10, [x0, #108]
	mul	x8, x9, x8
	cbz	w10, .LBB10_6
	ldr	x10, [x0, #24]
	subs	x10, x10, x8
	b.le	.LBB10_11
	ldr	w2, [x0, #12]
	cmp	x9, x10
	ldr	x11, [x0, #56]
	csel	x4, x9, x10, lt
	mov	x9, x8
	cbz	w2, .LBB10_4
	ldr	x9, [x0, #64]
	mul	x9, x9, x8
.LBB10_4:
	ldr	w10, [x0, #104]
	add	x9, x11, x9, lsl #3
	ldr	x12, [x0, #72]
	cbz	w10, .LBB10_12
	ldr	x11, [x0, #80]
	ldr	x13, [x0, #96]
	mul	x8, x11, x8
	b	.LBB10_13
.LBB10_6:
	ldr	x10, [x0, #16]
	subs	x11, x10, x8
	b.le	.LBB10_11
	ldr	w1, [x0, #8]
	cmp	x9, x11
	ldr	x10, [x0, #40]
	csel	x3, x9, x11, lt
	mov	x11, x8
	cbnz	w1, .LBB10_9
	ldr	x9, [x0, #48]
	mul	x11, x9, x8
.LBB10_9:
	ldr	w9, [x0, #104]
	add	x6, x10, x11, lsl #3
	ldr	x11, [x0, #72]
	cbz	w9, .LBB10_14
	ldr	x10, [x0, #96]
	add	x12, x10, x8, lsl #3
	cmp	x10, #0
	ldr	x10, [x0, #80]
	csel	x12, xzr, x12, eq
	b	.LBB10_15
.LBB10_11:
	.cfi_def_cfa wsp, 80
	b	.LBB10_17
.LBB10_12:
	.cfi_restore_state
	ldr	x11, [x0, #96]
	add	x13, x11, x8, lsl #3
	cmp	x11, #0
	ldr	x11, [x0, #80]
	csel	x13, xzr, x13, eq
.LBB10_13:
	add	x12, x12, x8, lsl #3
	ldr	x8, [x0]
	ldr	w1, [x0, #8]
	ldp	x5, x6, [x0, #32]
	ldr	x3, [x0, #16]
	ldr	x7, [x0, #48]
	ldr	x14, [x0, #64]
	ldr	w15, [x0, #88]
	mov	x0, x8
	str	x13, [sp, #48]
	str	w15, [sp, #40]
	str	w10, [sp, #32]
	stp	x12, x11, [sp, #16]
	stp	x9, x14, [sp]
	b	.LBB10_16
.LBB10_14:
	ldr	x10, [x0, #80]
	ldr	x12, [x0, #96]
	mul	x8, x10, x8
.LBB10_15:
	add	x11, x11, x8, lsl #3
	ldr	x8, [x0]
	ldr	w2, [x0, #12]
	ldp	x4, x5, [x0, #24]
	ldr	x14, [x0, #64]
	ldp	x7, x13, [x0, #48]
	ldr	w15, [x0, #88]
	mov	x0, x8
	str	x12, [sp, #48]
	str	w15, [sp, #40]
	str	w9, [sp, #32]
	stp	x11, x10, [sp, #16]
	stp	x13, x14, [sp]
.LBB10_16:
	bl	gemm_serial_f64
	.cfi_def_cfa wsp, 80
.LBB10_17:
	ldp	x29, x30, [sp, #64]
	add	sp, sp, #80
	.cfi_def_cfa_offset 0
	.cfi_restore w30
	.cfi_restore w29
	ret
.Lfunc_end10:
	.size	gemm_part_f64, .Lfunc_end10-gemm_part_f64
	.cfi_endproc

	.p2align	2
	.type	gemm_serial_f64,@function
gemm_serial_f64:
	.cfi_startproc
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
	sub	x9, sp, #3104
	and	sp, x9, #0xffffffffffffffc0
	ldp	x8, x9, [x0, #8]
	mov	x24, x0
	ldpsw	x11, x28, [x0]
	ldr	x10, [x0, #24]
	mov	w20, w1
	mov	w0, wzr
	cmp	x5, x8
	mov	x22, x7
	str	x6, [sp, #304]
	csel	x8, x5, x8, lt
	cmp	x3, x9
	mov	x23, x5
	csel	x9, x3, x9, lt
	cmp	x4, x10
	lsl	x21, x8, #3
	add	x9, x11, x9
	csel	x10, x4, x10, lt
	mov	x26, x3
	sub	x9, x9, #1
	add	x10, x28, x10
	mov	x25, x4
	sdiv	x9, x9, x11
	sub	x10, x10, #1
	mov	w27, w2
	str	x11, [sp, #984]
	sdiv	x10, x10, x28
	mul	x9, x9, x11
	mul	x8, x21, x9
	mov	x1, x8
	mul	x19, x10, x28
	bl	axon_scratch
	mul	x1, x21, x19
	str	x0, [sp, #832]
	mov	w0, #1
	bl	axon_scratch
	ldr	x8, [x24, #40]
	str	x0, [sp, #712]
	str	w27, [sp, #452]
	cbz	x8, .LBB11_3
	cmp	x25, x28, lsl #2
	mov	x11, x28
	cset	w8, le
	cmp	w20, #0
	str	w8, [sp, #500]
	cset	w8, eq
	str	w8, [sp, #692]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #808]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #824]
	cbz	w27, .LBB11_4
	ldr	x3, [sp, #984]
	str	wzr, [sp, #348]
	cmp	x25, #1
	b.ge	.LBB11_5
	b	.LBB11_478
.LBB11_3:
	cmp	w20, #0
	ldr	x3, [sp, #984]
	str	wzr, [sp, #500]
	cset	w8, eq
	str	wzr, [sp, #348]
	mov	x11, x28
	str	w8, [sp, #692]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #808]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #824]
	cmp	x25, #1
	b.ge	.LBB11_5
	b	.LBB11_478
.LBB11_4:
	ldr	x3, [sp, #984]
	cmp	x26, x3, lsl #1
	cset	w8, le
	str	w8, [sp, #348]
	cmp	x25, #1
	b.lt	.LBB11_478
.LBB11_5:
	ldr	w8, [x29, #128]
	ldp	x16, x15, [x29, #96]
	ldr	x13, [sp, #712]
	lsl	x6, x22, #3
	cmp	w3, #0
	str	w8, [sp, #1004]
	ldp	x9, x8, [x29, #112]
	add	x10, x16, #56
	sub	x12, x13, #8
	ccmp	x6, #0, #8, ge
	str	x12, [sp, #112]
	ldr	x12, [sp, #832]
	add	x4, x16, #128
	str	x9, [sp, #480]
	lsl	x9, x3, #3
	lsl	x2, x15, #8
	sub	x1, x12, #8
	str	x8, [sp, #960]
	lsl	x18, x8, #3
	str	x9, [sp, #976]
	lsl	x9, x15, #3
	ldr	w8, [x29, #136]
	str	x1, [sp, #288]
	cset	w1, lt
	movi	v20.2d, #0000000000000000
	str	x9, [sp, #552]
	sub	x9, x13, #256
	ldr	x17, [x29, #144]
	stp	x9, x10, [sp, #128]
	sub	x9, x13, #128
	add	x10, x13, #8
	str	x9, [sp, #120]
	add	x9, x13, #16
	lsl	x0, x11, #3
	str	x9, [sp, #256]
	add	x9, x13, #24
	mov	x14, xzr
	stp	x9, x10, [sp, #232]
	add	x9, x13, #32
	add	x10, x13, #40
	str	x9, [sp, #224]
	mul	x9, x22, x3
	str	x10, [sp, #216]
	add	x10, x13, #48
	str	x10, [sp, #208]
	add	x10, x13, #56
	str	x10, [sp, #200]
	add	x10, x22, x22, lsl #1
	str	w1, [sp, #496]
	lsl	x9, x9, #3
	lsl	x1, x10, #5
	lsl	x10, x10, #4
	str	w8, [sp, #332]
	ldr	x8, [x24, #24]
	str	x9, [sp, #576]
	add	x9, x13, #128
	stp	x9, x4, [sp, #96]
	add	x9, x16, #16
	str	x9, [sp, #248]
	lsl	x9, x15, #7
	str	x10, [sp, #584]
	add	x10, x16, #64
	stp	x9, x2, [sp, #368]
	add	x9, x13, #64
	stp	x9, x10, [sp, #80]
	lsl	x9, x15, #6
	str	x1, [sp, #592]
	str	x9, [sp, #360]
	add	x9, x16, #32
	str	x9, [sp, #72]
	ldr	x9, [sp, #304]
	str	x15, [sp, #800]
	add	x10, x9, #32
	str	x16, [sp, #320]
	str	x10, [sp, #280]
	lsl	x10, x22, #6
	str	x17, [sp, #488]
	str	x10, [sp, #568]
	add	x10, x9, #24
	add	x9, x9, #16
	stp	x9, x10, [sp, #264]
	lsl	x9, x22, #5
	str	x6, [sp, #752]
	str	x9, [sp, #560]
	add	x9, x12, #16
	str	x9, [sp, #352]
	add	x9, x17, #16
	stp	x9, x25, [sp, #56]
	str	x22, [sp, #296]
	str	x23, [sp, #336]
	str	x24, [sp, #888]
	str	x26, [sp, #544]
	str	x11, [sp, #968]
	str	x18, [sp, #880]
	str	x0, [sp, #896]
	b	.LBB11_8
.LBB11_6:
	ldr	x8, [x24, #24]
	ldr	x25, [sp, #64]
	ldr	x14, [sp, #656]
.LBB11_7:
	add	x14, x8, x14
	cmp	x14, x25
	b.ge	.LBB11_478
.LBB11_8:
	sub	x9, x25, x14
	cmp	x8, x9
	csel	x9, x8, x9, lt
	cmp	x23, #1
	str	x9, [sp, #720]
	b.lt	.LBB11_7
	add	x10, x14, #1
	lsl	x9, x14, #3
	ldr	x8, [x24, #8]
	str	x10, [sp, #192]
	add	x10, x14, #2
	mov	x12, xzr
	str	x10, [sp, #184]
	add	x10, x14, #3
	str	x10, [sp, #176]
	ldr	x10, [sp, #320]
	str	x14, [sp, #656]
	add	x10, x10, x9
	str	x10, [sp, #312]
	ldr	x10, [sp, #480]
	add	x10, x10, x9
	str	x10, [sp, #648]
	ldr	x10, [sp, #488]
	add	x10, x10, x9
	str	x10, [sp, #680]
	add	x10, x14, #4
	str	x10, [sp, #168]
	add	x10, x14, #5
	str	x10, [sp, #160]
	add	x10, x14, #6
	str	x10, [sp, #152]
	add	x10, x14, #7
	str	x10, [sp, #144]
	ldr	x10, [sp, #56]
	add	x9, x10, x9
	str	x9, [sp, #472]
	b	.LBB11_11
.LBB11_10:
	ldr	x24, [sp, #888]
	ldr	x12, [sp, #432]
	ldr	x23, [sp, #336]
	ldr	x8, [x24, #8]
	add	x12, x8, x12
	cmp	x12, x23
	b.ge	.LBB11_6
.LBB11_11:
	ldr	w9, [sp, #332]
	mov	x13, xzr
	str	x12, [sp, #432]
	cmp	w9, #0
	sub	x9, x23, x12
	cset	w10, ne
	cmp	x8, x9
	csel	x30, x8, x9, lt
	ldr	x8, [sp, #488]
	cmp	x12, #0
	csinc	w19, w10, wzr, le
	csel	x25, x8, xzr, eq
	ldr	w8, [sp, #348]
	cbz	w8, .LBB11_13
	ldr	x8, [sp, #720]
	sdiv	x8, x8, x11
	mul	x13, x8, x11
.LBB11_13:
	ldr	x8, [sp, #720]
	ldr	x0, [sp, #552]
	str	x13, [sp, #864]
	str	x30, [sp, #992]
	subs	x8, x8, x13
	str	x8, [sp, #1016]
	b.le	.LBB11_17
	ldr	x8, [sp, #888]
	ldr	x9, [sp, #656]
	ldr	x21, [sp, #864]
	ldrsw	x2, [x8, #4]
	add	x4, x21, x9
	ldr	w9, [sp, #452]
	mov	w1, w2
	cbz	w9, .LBB11_286
	ldr	x8, [x8, #48]
	cbz	x8, .LBB11_286
	mov	w0, w1
	ldr	x1, [sp, #320]
	ldr	x2, [sp, #800]
	ldr	x3, [sp, #432]
	ldr	x6, [sp, #1016]
	mov	x5, x30
	ldr	x7, [sp, #712]
	blr	x8
	movi	v20.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB11_17:
	ldr	x26, [sp, #544]
	ldr	x11, [sp, #968]
	cmp	x26, #1
	b.lt	.LBB11_10
	ldr	x15, [sp, #976]
	sub	x12, x30, #1
	ldr	x13, [sp, #296]
	ldr	x16, [sp, #432]
	ldr	x14, [sp, #832]
	cmp	x30, #5
	madd	x12, x15, x12, x14
	ldr	x10, [sp, #824]
	lsl	x14, x30, #3
	ccmp	w3, #1, #0, hi
	mov	x17, xzr
	mul	x8, x16, x13
	str	x14, [sp, #520]
	mul	x11, x15, x30
	str	x12, [sp, #528]
	ldr	x12, [sp, #304]
	mul	x9, x30, x15
	add	x8, x12, x8, lsl #3
	mul	x10, x16, x10
	str	x11, [sp, #632]
	add	x11, x30, x30, lsl #1
	str	x8, [sp, #464]
	madd	x15, x6, x16, x12
	str	x9, [sp, #536]
	ldr	x9, [sp, #800]
	lsl	x8, x11, #5
	lsl	x11, x11, #4
	mul	x9, x16, x9
	str	x8, [sp, #624]
	lsl	x8, x30, #6
	str	x11, [sp, #608]
	lsl	x11, x30, #5
	str	x8, [sp, #616]
	lsl	x8, x16, #3
	str	x11, [sp, #600]
	ldr	x11, [sp, #312]
	str	x15, [sp, #424]
	add	x9, x11, x9, lsl #3
	ldr	x11, [sp, #888]
	str	x9, [sp, #704]
	add	x9, x12, x10, lsl #3
	ldr	x15, [x11, #16]
	and	x11, x30, #0x7ffffffffffffffe
	mul	x10, x6, x16
	str	x9, [sp, #816]
	add	x9, x8, x14
	sub	x9, x9, #8
	str	x11, [sp, #744]
	add	x11, x12, x8
	madd	x9, x13, x9, x12
	str	x11, [sp, #456]
	str	x9, [sp, #416]
	cset	w9, eq
	cmp	x30, #3
	str	w9, [sp, #516]
	ldr	x9, [sp, #288]
	ccmp	w3, #1, #0, hi
	add	x9, x9, x14
	str	x9, [sp, #504]
	add	x9, x11, x14
	str	x9, [sp, #408]
	and	x9, x30, #0x7ffffffffffffffc
	str	x9, [sp, #640]
	cset	w9, eq
	str	w9, [sp, #696]
	ldr	x9, [sp, #280]
	add	x9, x9, x10
	str	x9, [sp, #400]
	ldr	x9, [sp, #272]
	add	x9, x9, x10
	str	x9, [sp, #392]
	ldr	x9, [sp, #264]
	add	x10, x9, x10
	add	x8, x9, x8
	str	x10, [sp, #440]
	str	x8, [sp, #384]
	b	.LBB11_21
.LBB11_19:
	ldr	x8, [sp, #888]
	ldr	x6, [sp, #752]
	ldr	x15, [x8, #16]
.LBB11_20:
	ldr	x26, [sp, #544]
	add	x17, x15, x17
	cmp	x17, x26
	b.ge	.LBB11_10
.LBB11_21:
	sub	x8, x26, x17
	str	x17, [sp, #920]
	cmp	x15, x8
	str	x15, [sp, #760]
	csel	x9, x15, x8, lt
	ldr	w8, [sp, #500]
	cbz	w8, .LBB11_23
	sdiv	x8, x9, x3
	mul	x8, x8, x3
	b	.LBB11_24
.LBB11_23:
	mov	x8, xzr
.LBB11_24:
	str	x8, [sp, #904]
	subs	x8, x9, x8
	str	x9, [sp, #912]
	str	x8, [sp, #1008]
	b.le	.LBB11_243
	ldr	x11, [sp, #920]
	ldr	x14, [sp, #904]
	cmp	w3, #7
	ldr	x9, [sp, #464]
	add	x8, x14, x11
	add	x9, x9, x8, lsl #3
	str	x9, [sp, #928]
	b.gt	.LBB11_77
	cmp	w3, #4
	b.eq	.LBB11_144
	cmp	w3, #6
	b.ne	.LBB11_105
	ldr	x23, [sp, #1008]
	mov	x10, #-6148914691236517206
	ldr	x13, [sp, #456]
	movk	x10, #43691
	madd	x15, x6, x8, x13
	ldr	x21, [sp, #832]
	sub	x9, x23, #1
	mov	x16, xzr
	mov	x20, xzr
	umulh	x9, x9, x10
	add	x10, x14, x11
	add	x12, x10, #2
	madd	x12, x6, x12, x13
	madd	x11, x6, x10, x6
	lsr	x9, x9, #2
	str	x12, [sp, #944]
	add	x12, x10, #3
	madd	x14, x6, x12, x13
	add	x12, x10, #4
	add	x10, x10, #5
	str	x9, [sp, #792]
	ldr	x9, [sp, #392]
	madd	x12, x6, x12, x13
	add	x8, x9, x8, lsl #3
	madd	x10, x6, x10, x13
	str	x8, [sp, #1016]
	add	x8, x13, x11
	str	x8, [sp, #952]
	b	.LBB11_30
.LBB11_29:
	ldr	x8, [sp, #608]
	ldr	x9, [sp, #792]
	add	x20, x20, #6
	ldr	x10, [sp, #952]
	ldr	x15, [sp, #856]
	ldr	x14, [sp, #936]
	add	x21, x21, x8
	ldr	x8, [sp, #848]
	ldr	x12, [sp, #928]
	ldr	x23, [sp, #840]
	cmp	x8, x9
	ldr	x9, [sp, #1016]
	add	x16, x8, #1
	add	x9, x9, #48
	str	x9, [sp, #1016]
	ldr	x9, [sp, #584]
	add	x10, x10, x9
	add	x15, x15, x9
	add	x14, x14, x9
	str	x10, [sp, #952]
	ldr	x10, [sp, #944]
	add	x12, x12, x9
	add	x10, x10, x9
	str	x10, [sp, #944]
	ldr	x10, [sp, #872]
	add	x10, x10, x9
	b.eq	.LBB11_243
.LBB11_30:
	str	x10, [sp, #872]
	subs	x13, x23, #6
	mov	w10, #6
	csel	x9, x23, x10, lt
	cmp	x23, #1
	ldr	x11, [sp, #1008]
	csinc	x8, x23, xzr, gt
	str	x15, [sp, #856]
	cmp	x8, #6
	sub	x27, x11, x20
	str	x16, [sp, #848]
	csel	x22, x8, x10, lt
	cmp	x27, #6
	str	x14, [sp, #936]
	csel	x8, x27, x10, lt
	ldr	w10, [sp, #692]
	str	x12, [sp, #928]
	str	x13, [sp, #840]
	cbz	w10, .LBB11_64
	lsl	x9, x9, #3
	cmp	x27, #0
	b.le	.LBB11_56
	cmp	x30, #1
	mov	x10, x15
	mov	x11, x21
	mov	x12, x30
	b.lt	.LBB11_34
.LBB11_33:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x11], #48
	b.ne	.LBB11_33
.LBB11_34:
	cmp	x23, #1
	b.le	.LBB11_54
	cmp	x30, #1
	b.lt	.LBB11_38
	ldr	x10, [sp, #952]
	mov	w11, #8
	mov	x12, x30
.LBB11_37:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x21, x11]
	add	x11, x11, #48
	b.ne	.LBB11_37
.LBB11_38:
	cmp	x23, #2
	b.eq	.LBB11_54
	cmp	x30, #1
	b.lt	.LBB11_42
	ldr	x10, [sp, #944]
	mov	w11, #16
	mov	x12, x30
.LBB11_41:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x21, x11]
	add	x11, x11, #48
	b.ne	.LBB11_41
.LBB11_42:
	cmp	x23, #3
	b.eq	.LBB11_54
	cmp	x30, #1
	b.lt	.LBB11_46
	ldr	x10, [sp, #936]
	mov	w11, #24
	mov	x12, x30
.LBB11_45:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x21, x11]
	add	x11, x11, #48
	b.ne	.LBB11_45
.LBB11_46:
	cmp	x23, #4
	b.eq	.LBB11_54
	cmp	x30, #1
	b.lt	.LBB11_50
	ldr	x10, [sp, #928]
	mov	w11, #32
	mov	x12, x30
.LBB11_49:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x21, x11]
	add	x11, x11, #48
	b.ne	.LBB11_49
.LBB11_50:
	cmp	x23, #5
	b.eq	.LBB11_54
	cmp	x30, #1
	b.lt	.LBB11_54
	ldr	x10, [sp, #872]
	mov	w11, #40
	mov	x12, x30
.LBB11_53:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x21, x11]
	add	x11, x11, #48
	b.ne	.LBB11_53
.LBB11_54:
	cmp	x27, #6
	b.lt	.LBB11_56
	b	.LBB11_29
.LBB11_55:
	cmp	x8, #5
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_29
.LBB11_56:
	cmp	x30, #1
	b.lt	.LBB11_55
	b.ne	.LBB11_59
	mov	x11, xzr
	b	.LBB11_62
.LBB11_59:
	ldr	x10, [sp, #744]
	mov	x11, x9
.LBB11_60:
	add	x12, x21, x11
	subs	x10, x10, #2
	add	x11, x11, #96
	str	xzr, [x12]
	str	xzr, [x12, #48]
	b.ne	.LBB11_60
	ldr	x11, [sp, #744]
	cmp	x30, x11
	b.eq	.LBB11_55
.LBB11_62:
	mov	w10, #48
	madd	x10, x11, x10, x21
	sub	x11, x30, x11
.LBB11_63:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #48
	b.ne	.LBB11_63
	b	.LBB11_55
.LBB11_64:
	cmp	x30, #1
	b.lt	.LBB11_29
	ldr	x28, [sp, #1016]
	mov	x24, x30
	mov	x26, x21
	b	.LBB11_69
.LBB11_66:
	mov	x8, xzr
.LBB11_67:
	lsl	x8, x8, #3
	mov	w9, #48
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x26, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB11_68:
	subs	x24, x24, #1
	add	x26, x26, #48
	add	x28, x28, x6
	b.eq	.LBB11_29
.LBB11_69:
	cmp	x27, #1
	b.lt	.LBB11_66
	ldur	d0, [x28, #-24]
	cmp	x23, #1
	str	d0, [x26]
	b.le	.LBB11_76
	ldur	d0, [x28, #-16]
	cmp	x23, #2
	str	d0, [x26, #8]
	b.eq	.LBB11_76
	ldur	d0, [x28, #-8]
	cmp	x23, #3
	str	d0, [x26, #16]
	b.eq	.LBB11_76
	ldr	d0, [x28]
	cmp	x23, #4
	str	d0, [x26, #24]
	b.eq	.LBB11_76
	ldr	d0, [x28, #8]
	cmp	x23, #5
	str	d0, [x26, #32]
	b.eq	.LBB11_76
	ldr	d0, [x28, #16]
	str	d0, [x26, #40]
.LBB11_76:
	cmp	x23, #5
	mov	x8, x22
	b.le	.LBB11_67
	b	.LBB11_68
.LBB11_77:
	cmp	w3, #8
	b.eq	.LBB11_183
	cmp	w3, #12
	b.ne	.LBB11_105
	ldr	x23, [sp, #1008]
	mov	x10, #-6148914691236517206
	ldr	x20, [sp, #832]
	movk	x10, #43691
	mov	x12, xzr
	str	xzr, [sp, #1016]
	sub	x9, x23, #1
	umulh	x9, x9, x10
	ldr	x10, [sp, #456]
	madd	x16, x6, x8, x10
	lsr	x8, x9, #3
	str	x8, [sp, #872]
	b	.LBB11_81
.LBB11_80:
	ldr	x8, [sp, #624]
	ldr	x9, [sp, #872]
	ldr	x12, [sp, #952]
	ldr	x16, [sp, #944]
	ldr	x23, [sp, #936]
	add	x20, x20, x8
	ldr	x8, [sp, #1016]
	add	x12, x12, #12
	cmp	x8, x9
	ldr	x9, [sp, #928]
	add	x8, x8, #1
	str	x8, [sp, #1016]
	add	x9, x9, #96
	str	x9, [sp, #928]
	ldr	x9, [sp, #592]
	add	x16, x16, x9
	b.eq	.LBB11_243
.LBB11_81:
	subs	x13, x23, #12
	mov	w10, #12
	ldr	x11, [sp, #1008]
	csel	x9, x23, x10, lt
	cmp	x23, #1
	str	x12, [sp, #952]
	csinc	x8, x23, xzr, gt
	sub	x22, x11, x12
	str	x16, [sp, #944]
	cmp	x8, #12
	str	x13, [sp, #936]
	csel	x26, x8, x10, lt
	cmp	x22, #12
	csel	x8, x22, x10, lt
	ldr	w10, [sp, #692]
	cbz	w10, .LBB11_87
	lsl	x9, x9, #3
	cmp	x22, #0
	b.le	.LBB11_97
	mov	x10, xzr
	mov	x11, x16
	mov	x12, x20
	b	.LBB11_85
.LBB11_84:
	add	x10, x10, #1
	add	x12, x12, #8
	add	x11, x11, x6
	cmp	x10, x26
	b.eq	.LBB11_95
.LBB11_85:
	cmp	x30, #1
	mov	x13, x11
	mov	x14, x12
	mov	x15, x30
	b.lt	.LBB11_84
.LBB11_86:
	ldr	d0, [x13], #8
	subs	x15, x15, #1
	str	d0, [x14], #96
	b.ne	.LBB11_86
	b	.LBB11_84
.LBB11_87:
	cmp	x30, #1
	b.lt	.LBB11_80
	ldr	x8, [sp, #624]
	ldr	x9, [sp, #1016]
	mov	x28, xzr
	ldr	x21, [sp, #928]
	mov	x27, x20
	mul	x8, x9, x8
	ldr	x9, [sp, #832]
	add	x24, x9, x8
	b	.LBB11_92
.LBB11_89:
	mov	x8, xzr
.LBB11_90:
	mov	w10, #96
	lsl	x8, x8, #3
	mov	w1, wzr
	madd	x9, x28, x10, x24
	sub	x2, x10, x8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB11_91:
	add	x28, x28, #1
	add	x27, x27, #96
	add	x21, x21, x6
	cmp	x28, x30
	b.eq	.LBB11_80
.LBB11_92:
	cmp	x22, #1
	mov	x8, x21
	mov	x9, x27
	mov	x10, x26
	b.lt	.LBB11_89
.LBB11_93:
	ldr	d0, [x8], #8
	subs	x10, x10, #1
	str	d0, [x9], #8
	b.ne	.LBB11_93
	cmp	x23, #11
	mov	x8, x26
	b.le	.LBB11_90
	b	.LBB11_91
.LBB11_95:
	cmp	x22, #12
	b.lt	.LBB11_97
	b	.LBB11_80
.LBB11_96:
	cmp	x8, #11
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_80
.LBB11_97:
	cmp	x30, #1
	b.lt	.LBB11_96
	b.ne	.LBB11_100
	mov	x11, xzr
	b	.LBB11_103
.LBB11_100:
	ldr	x10, [sp, #744]
	mov	x11, x9
.LBB11_101:
	add	x12, x20, x11
	subs	x10, x10, #2
	add	x11, x11, #192
	str	xzr, [x12]
	str	xzr, [x12, #96]
	b.ne	.LBB11_101
	ldr	x11, [sp, #744]
	cmp	x30, x11
	b.eq	.LBB11_96
.LBB11_103:
	mov	w10, #96
	madd	x10, x11, x10, x20
	sub	x11, x30, x11
.LBB11_104:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #96
	b.ne	.LBB11_104
	b	.LBB11_96
.LBB11_105:
	mul	x9, x6, x8
	lsl	x8, x8, #3
	ldr	x10, [sp, #424]
	ldr	x21, [sp, #832]
	ldr	x16, [sp, #352]
	mov	x13, xzr
	add	x10, x10, x8
	mov	x11, xzr
	str	x10, [sp, #736]
	ldr	x10, [sp, #416]
	add	x10, x10, x8
	str	x10, [sp, #728]
	ldr	x10, [sp, #440]
	add	x8, x10, x8
	str	x8, [sp, #848]
	ldr	x8, [sp, #456]
	add	x4, x8, x9
	ldr	x8, [sp, #408]
	str	x4, [sp, #672]
	add	x8, x8, x9
	str	x8, [sp, #664]
	ldr	x8, [sp, #384]
	add	x2, x8, x9
	ldr	x8, [sp, #1008]
	b	.LBB11_107
.LBB11_106:
	ldr	x9, [sp, #632]
	ldr	x16, [sp, #936]
	ldr	x11, [sp, #792]
	ldr	x8, [sp, #976]
	ldr	x10, [sp, #848]
	ldr	x2, [sp, #784]
	add	x21, x21, x9
	add	x16, x16, x9
	add	x11, x11, x3
	ldr	x9, [sp, #1008]
	add	x10, x10, x8
	ldr	x4, [sp, #776]
	ldr	x13, [sp, #840]
	str	x10, [sp, #848]
	cmp	x11, x9
	ldr	x9, [sp, #928]
	add	x13, x13, #1
	add	x9, x9, x8
	ldr	x8, [sp, #576]
	str	x9, [sp, #928]
	add	x2, x2, x8
	add	x4, x4, x8
	ldr	x8, [sp, #768]
	b.ge	.LBB11_243
.LBB11_107:
	subs	x9, x8, x3
	ldr	w10, [sp, #692]
	str	x13, [sp, #840]
	csel	x27, x8, x3, lt
	ldr	x8, [sp, #1008]
	str	x9, [sp, #768]
	str	x16, [sp, #936]
	sub	x9, x8, x11
	lsl	x8, x27, #3
	str	x11, [sp, #792]
	cmp	x9, x3
	str	x2, [sp, #784]
	csel	x20, x9, x3, lt
	str	x4, [sp, #776]
	cbz	w10, .LBB11_119
	ldr	x0, [sp, #976]
	ldr	x1, [sp, #640]
	cmp	x20, #1
	b.lt	.LBB11_134
	mul	x11, x6, x13
	ldr	x12, [sp, #520]
	ldr	x14, [sp, #664]
	ldr	x15, [sp, #832]
	mov	x10, xzr
	mul	x12, x12, x13
	sub	x13, x27, #1
	add	x14, x14, x11
	madd	x13, x6, x13, x14
	ldr	x14, [sp, #504]
	add	x15, x15, x12
	add	x14, x14, x8
	add	x12, x14, x12
	ldr	x14, [sp, #672]
	cmp	x15, x13
	ldr	w13, [sp, #516]
	mov	x15, x2
	add	x11, x14, x11
	mov	x14, x16
	ccmp	x11, x12, #2, lo
	mov	x11, x4
	ccmp	x6, #0, #8, hs
	cset	w12, lt
	orn	w12, w12, w13
	mov	x13, x21
	b	.LBB11_111
.LBB11_110:
	add	x10, x10, #1
	add	x15, x15, x6
	add	x14, x14, #8
	cmp	x10, x27
	add	x13, x13, #8
	add	x11, x11, x6
	b.eq	.LBB11_134
.LBB11_111:
	cmp	x30, #1
	b.lt	.LBB11_110
	tbz	w12, #0, .LBB11_114
	mov	x18, xzr
	b	.LBB11_117
.LBB11_114:
	mov	x16, x14
	mov	x17, x15
	mov	x18, x1
.LBB11_115:
	ldp	q0, q1, [x17, #-16]
	subs	x18, x18, #4
	add	x17, x17, #32
	stp	q0, q1, [x16, #-16]
	add	x16, x16, #32
	b.ne	.LBB11_115
	cmp	x30, x1
	mov	x18, x1
	b.eq	.LBB11_110
.LBB11_117:
	madd	x16, x0, x18, x13
	add	x17, x11, x18, lsl #3
	sub	x18, x30, x18
.LBB11_118:
	ldr	d0, [x17], #8
	subs	x18, x18, #1
	str	d0, [x16]
	add	x16, x16, x0
	b.ne	.LBB11_118
	b	.LBB11_110
.LBB11_119:
	cmp	x30, #1
	b.lt	.LBB11_106
	ldr	x12, [sp, #840]
	ldr	x10, [sp, #632]
	mov	x22, xzr
	ldr	x9, [sp, #976]
	ldr	x11, [sp, #528]
	neg	x13, x27
	madd	x10, x10, x12, x11
	ldr	x11, [sp, #536]
	ldr	x23, [sp, #928]
	ldr	x24, [sp, #936]
	ldr	x26, [sp, #848]
	mov	x28, x21
	mul	x9, x9, x12
	str	x13, [sp, #944]
	mul	x11, x11, x12
	ldr	x12, [sp, #728]
	add	x12, x12, x8
	add	x8, x10, x8
	ldr	x10, [sp, #736]
	add	x12, x12, x9
	add	x9, x10, x9
	cmp	x21, x12
	and	x10, x27, #0xfffffffffffffffc
	ccmp	x9, x8, #2, lo
	ldr	x8, [sp, #832]
	str	x10, [sp, #872]
	and	x10, x27, #0xfffffffffffffffc
	add	x8, x8, x11
	str	x10, [sp, #856]
	str	x8, [sp, #952]
	ldr	w8, [sp, #496]
	csinc	w8, w8, wzr, hs
	str	w8, [sp, #1016]
	b	.LBB11_122
.LBB11_121:
	ldr	x8, [sp, #976]
	add	x22, x22, #1
	add	x26, x26, x6
	cmp	x22, x30
	add	x23, x23, x6
	add	x24, x24, x8
	add	x28, x28, x8
	b.eq	.LBB11_106
.LBB11_122:
	cmp	x20, #1
	b.lt	.LBB11_125
	cmp	x27, #6
	ldr	w9, [sp, #1016]
	cset	w8, lo
	orr	w8, w8, w9
	tbz	w8, #0, .LBB11_126
	mov	x9, xzr
	b	.LBB11_129
.LBB11_125:
	mov	x8, xzr
	b	.LBB11_132
.LBB11_126:
	ldr	x10, [sp, #872]
	mov	x8, x24
	mov	x9, x26
.LBB11_127:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_127
	ldr	x9, [sp, #856]
	mov	x8, x27
	cmp	x27, x9
	b.eq	.LBB11_132
.LBB11_129:
	lsl	x10, x9, #3
	ldr	x8, [sp, #944]
	add	x8, x8, x9
	add	x9, x28, x10
	add	x10, x23, x10
.LBB11_130:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_130
	mov	x8, x27
.LBB11_132:
	cmp	x8, x3
	b.ge	.LBB11_121
	ldr	x10, [sp, #976]
	ldr	x9, [sp, #952]
	lsl	x8, x8, #3
	mov	w1, wzr
	madd	x9, x22, x10, x9
	sub	x2, x10, x8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
	b	.LBB11_121
.LBB11_134:
	cmp	x9, x3
	b.lt	.LBB11_136
	b	.LBB11_106
.LBB11_135:
	add	x20, x20, #1
	add	x8, x8, #8
	cmp	x20, x3
	b.ge	.LBB11_106
.LBB11_136:
	ldr	x11, [sp, #976]
	cmp	x30, #1
	b.lt	.LBB11_135
	ldr	w9, [sp, #696]
	cbz	w9, .LBB11_141
	ldr	x12, [sp, #640]
	ldr	x13, [sp, #936]
	mov	x9, x8
	mov	x10, x12
.LBB11_139:
	str	q20, [x21, x9]
	subs	x10, x10, #4
	str	q20, [x13, x9]
	add	x9, x9, #32
	b.ne	.LBB11_139
	cmp	x30, x12
	mov	x10, x12
	b.eq	.LBB11_135
	b	.LBB11_142
.LBB11_141:
	mov	x10, xzr
.LBB11_142:
	madd	x9, x11, x10, x21
	sub	x10, x30, x10
.LBB11_143:
	subs	x10, x10, #1
	str	xzr, [x9, x8]
	add	x9, x9, x11
	b.ne	.LBB11_143
	b	.LBB11_135
.LBB11_144:
	add	x9, x14, x11
	ldr	x12, [sp, #456]
	ldr	x26, [sp, #1008]
	add	x11, x9, #2
	madd	x10, x6, x9, x6
	add	x9, x9, #3
	ldr	x21, [sp, #832]
	mov	x15, xzr
	mov	x20, xzr
	madd	x11, x6, x11, x12
	madd	x13, x6, x8, x12
	str	x11, [sp, #944]
	madd	x11, x6, x9, x12
	sub	x9, x26, #1
	lsr	x9, x9, #2
	str	x9, [sp, #848]
	ldr	x9, [sp, #440]
	add	x8, x9, x8, lsl #3
	str	x8, [sp, #1016]
	add	x8, x12, x10
	str	x8, [sp, #952]
	b	.LBB11_146
.LBB11_145:
	ldr	x8, [sp, #600]
	ldr	x9, [sp, #848]
	add	x20, x20, #4
	ldr	x10, [sp, #952]
	ldr	x13, [sp, #928]
	ldr	x11, [sp, #936]
	add	x21, x21, x8
	ldr	x8, [sp, #872]
	ldr	x26, [sp, #856]
	cmp	x8, x9
	ldr	x9, [sp, #1016]
	add	x15, x8, #1
	add	x9, x9, #32
	str	x9, [sp, #1016]
	ldr	x9, [sp, #560]
	add	x10, x10, x9
	add	x13, x13, x9
	add	x11, x11, x9
	str	x10, [sp, #952]
	ldr	x10, [sp, #944]
	add	x10, x10, x9
	str	x10, [sp, #944]
	b.eq	.LBB11_243
.LBB11_146:
	subs	x14, x26, #4
	mov	w10, #4
	str	x11, [sp, #936]
	csel	x9, x26, x10, lt
	cmp	x26, #1
	ldr	x11, [sp, #1008]
	csinc	x8, x26, xzr, gt
	str	x15, [sp, #872]
	cmp	x8, #4
	sub	x24, x11, x20
	str	x13, [sp, #928]
	csel	x22, x8, x10, lt
	cmp	x24, #4
	str	x14, [sp, #856]
	csel	x8, x24, x10, lt
	ldr	w10, [sp, #692]
	cbz	w10, .LBB11_172
	lsl	x9, x9, #3
	cmp	x24, #0
	b.le	.LBB11_164
	cmp	x30, #1
	mov	x10, x13
	mov	x11, x21
	mov	x12, x30
	b.lt	.LBB11_150
.LBB11_149:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x11], #32
	b.ne	.LBB11_149
.LBB11_150:
	cmp	x26, #1
	b.le	.LBB11_162
	cmp	x30, #1
	b.lt	.LBB11_154
	ldr	x10, [sp, #952]
	mov	w11, #8
	mov	x12, x30
.LBB11_153:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB11_153
.LBB11_154:
	cmp	x26, #2
	b.eq	.LBB11_162
	cmp	x30, #1
	b.lt	.LBB11_158
	ldr	x10, [sp, #944]
	mov	w11, #16
	mov	x12, x30
.LBB11_157:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB11_157
.LBB11_158:
	cmp	x26, #3
	b.eq	.LBB11_162
	cmp	x30, #1
	b.lt	.LBB11_162
	ldr	x10, [sp, #936]
	mov	w11, #24
	mov	x12, x30
.LBB11_161:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x21, x11]
	add	x11, x11, #32
	b.ne	.LBB11_161
.LBB11_162:
	cmp	x24, #4
	b.lt	.LBB11_164
	b	.LBB11_145
.LBB11_163:
	cmp	x8, #3
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_145
.LBB11_164:
	cmp	x30, #1
	b.lt	.LBB11_163
	b.ne	.LBB11_167
	mov	x11, xzr
	b	.LBB11_170
.LBB11_167:
	ldr	x10, [sp, #744]
	mov	x11, x9
.LBB11_168:
	add	x12, x21, x11
	subs	x10, x10, #2
	add	x11, x11, #64
	str	xzr, [x12]
	str	xzr, [x12, #32]
	b.ne	.LBB11_168
	ldr	x11, [sp, #744]
	cmp	x30, x11
	b.eq	.LBB11_163
.LBB11_170:
	add	x10, x21, x11, lsl #5
	sub	x11, x30, x11
.LBB11_171:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #32
	b.ne	.LBB11_171
	b	.LBB11_163
.LBB11_172:
	cmp	x30, #1
	b.lt	.LBB11_145
	ldr	x28, [sp, #1016]
	mov	x27, x30
	mov	x23, x21
	b	.LBB11_177
.LBB11_174:
	mov	x8, xzr
.LBB11_175:
	lsl	x8, x8, #3
	mov	w9, #32
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x23, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB11_176:
	subs	x27, x27, #1
	add	x23, x23, #32
	add	x28, x28, x6
	b.eq	.LBB11_145
.LBB11_177:
	cmp	x24, #1
	b.lt	.LBB11_174
	ldur	d0, [x28, #-16]
	cmp	x26, #1
	str	d0, [x23]
	b.le	.LBB11_182
	ldur	d0, [x28, #-8]
	cmp	x26, #2
	str	d0, [x23, #8]
	b.eq	.LBB11_182
	ldr	d0, [x28]
	cmp	x26, #3
	str	d0, [x23, #16]
	b.eq	.LBB11_182
	ldr	d0, [x28, #8]
	str	d0, [x23, #24]
.LBB11_182:
	cmp	x26, #3
	mov	x8, x22
	b.le	.LBB11_175
	b	.LBB11_176
.LBB11_183:
	add	x9, x14, x11
	ldr	x12, [sp, #456]
	ldr	x26, [sp, #1008]
	add	x11, x9, #2
	madd	x10, x6, x9, x6
	ldr	x23, [sp, #832]
	mov	x16, xzr
	mov	x13, xzr
	madd	x11, x6, x11, x12
	madd	x28, x6, x8, x12
	str	x11, [sp, #944]
	add	x11, x9, #3
	madd	x14, x6, x11, x12
	add	x11, x9, #4
	madd	x15, x6, x11, x12
	add	x11, x9, #5
	madd	x17, x6, x11, x12
	add	x11, x9, #6
	add	x9, x9, #7
	madd	x18, x6, x9, x12
	sub	x9, x26, #1
	lsr	x9, x9, #3
	madd	x11, x6, x11, x12
	str	x9, [sp, #776]
	ldr	x9, [sp, #400]
	add	x8, x9, x8, lsl #3
	str	x8, [sp, #1016]
	add	x8, x12, x10
	str	x8, [sp, #952]
	b	.LBB11_185
.LBB11_184:
	ldr	x8, [sp, #616]
	ldr	x9, [sp, #776]
	ldr	x10, [sp, #952]
	ldr	x13, [sp, #840]
	ldr	x14, [sp, #936]
	ldr	x15, [sp, #928]
	add	x23, x23, x8
	ldr	x8, [sp, #792]
	ldr	x17, [sp, #872]
	add	x13, x13, #8
	ldr	x11, [sp, #856]
	ldr	x18, [sp, #848]
	cmp	x8, x9
	add	x16, x8, #1
	ldr	x9, [sp, #1016]
	ldr	x26, [sp, #784]
	add	x9, x9, #64
	str	x9, [sp, #1016]
	ldr	x9, [sp, #568]
	add	x10, x10, x9
	add	x28, x28, x9
	add	x14, x14, x9
	str	x10, [sp, #952]
	ldr	x10, [sp, #944]
	add	x15, x15, x9
	add	x17, x17, x9
	add	x11, x11, x9
	add	x18, x18, x9
	add	x10, x10, x9
	str	x10, [sp, #944]
	b.eq	.LBB11_243
.LBB11_185:
	str	x18, [sp, #848]
	subs	x18, x26, #8
	mov	w10, #8
	str	x11, [sp, #856]
	csel	x9, x26, x10, lt
	cmp	x26, #1
	ldr	x11, [sp, #1008]
	csinc	x8, x26, xzr, gt
	str	x13, [sp, #840]
	cmp	x8, #8
	str	x14, [sp, #936]
	sub	x24, x11, x13
	csel	x22, x8, x10, lt
	str	x15, [sp, #928]
	cmp	x24, #8
	str	x16, [sp, #792]
	csel	x8, x24, x10, lt
	ldr	w10, [sp, #692]
	str	x17, [sp, #872]
	str	x18, [sp, #784]
	cbz	w10, .LBB11_228
	lsl	x9, x9, #3
	cmp	x24, #0
	b.le	.LBB11_220
	cmp	x30, #1
	b.lt	.LBB11_190
	mov	x10, xzr
	mov	x11, x30
.LBB11_189:
	ldr	d0, [x28, x10]
	subs	x11, x11, #1
	str	d0, [x23, x10, lsl #3]
	add	x10, x10, #8
	b.ne	.LBB11_189
.LBB11_190:
	cmp	x26, #1
	b.le	.LBB11_218
	cmp	x30, #1
	b.lt	.LBB11_194
	ldr	x10, [sp, #952]
	mov	w11, #8
	mov	x12, x30
.LBB11_193:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB11_193
.LBB11_194:
	cmp	x26, #2
	b.eq	.LBB11_218
	cmp	x30, #1
	b.lt	.LBB11_198
	ldr	x10, [sp, #944]
	mov	w11, #16
	mov	x12, x30
.LBB11_197:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB11_197
.LBB11_198:
	cmp	x26, #3
	b.eq	.LBB11_218
	cmp	x30, #1
	b.lt	.LBB11_202
	ldr	x10, [sp, #936]
	mov	w11, #24
	mov	x12, x30
.LBB11_201:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB11_201
.LBB11_202:
	cmp	x26, #4
	b.eq	.LBB11_218
	cmp	x30, #1
	b.lt	.LBB11_206
	ldr	x10, [sp, #928]
	mov	w11, #32
	mov	x12, x30
.LBB11_205:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB11_205
.LBB11_206:
	cmp	x26, #5
	b.eq	.LBB11_218
	cmp	x30, #1
	b.lt	.LBB11_210
	ldr	x10, [sp, #872]
	mov	w11, #40
	mov	x12, x30
.LBB11_209:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB11_209
.LBB11_210:
	cmp	x26, #6
	b.eq	.LBB11_218
	cmp	x30, #1
	b.lt	.LBB11_214
	ldr	x10, [sp, #856]
	mov	w11, #48
	mov	x12, x30
.LBB11_213:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB11_213
.LBB11_214:
	cmp	x26, #7
	b.eq	.LBB11_218
	cmp	x30, #1
	b.lt	.LBB11_218
	ldr	x10, [sp, #848]
	mov	w11, #56
	mov	x12, x30
.LBB11_217:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB11_217
.LBB11_218:
	cmp	x24, #8
	b.lt	.LBB11_220
	b	.LBB11_184
.LBB11_219:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_184
.LBB11_220:
	cmp	x30, #1
	b.lt	.LBB11_219
	b.ne	.LBB11_223
	mov	x11, xzr
	b	.LBB11_226
.LBB11_223:
	ldr	x10, [sp, #744]
	mov	x11, x9
.LBB11_224:
	add	x12, x23, x11
	subs	x10, x10, #2
	add	x11, x11, #128
	str	xzr, [x12]
	str	xzr, [x12, #64]
	b.ne	.LBB11_224
	ldr	x11, [sp, #744]
	cmp	x30, x11
	b.eq	.LBB11_219
.LBB11_226:
	add	x10, x23, x11, lsl #6
	sub	x11, x30, x11
.LBB11_227:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #64
	b.ne	.LBB11_227
	b	.LBB11_219
.LBB11_228:
	cmp	x30, #1
	b.lt	.LBB11_184
	ldr	x27, [sp, #1016]
	mov	x20, x30
	mov	x21, x23
	b	.LBB11_233
.LBB11_230:
	mov	x8, xzr
.LBB11_231:
	lsl	x8, x8, #3
	mov	w9, #64
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x21, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x30, [sp, #992]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
.LBB11_232:
	subs	x20, x20, #1
	add	x21, x21, #64
	add	x27, x27, x6
	b.eq	.LBB11_184
.LBB11_233:
	cmp	x24, #1
	b.lt	.LBB11_230
	ldur	d0, [x27, #-32]
	cmp	x26, #1
	str	d0, [x21]
	b.le	.LBB11_242
	ldur	d0, [x27, #-24]
	cmp	x26, #2
	str	d0, [x21, #8]
	b.eq	.LBB11_242
	ldur	d0, [x27, #-16]
	cmp	x26, #3
	str	d0, [x21, #16]
	b.eq	.LBB11_242
	ldur	d0, [x27, #-8]
	cmp	x26, #4
	str	d0, [x21, #24]
	b.eq	.LBB11_242
	ldr	d0, [x27]
	cmp	x26, #5
	str	d0, [x21, #32]
	b.eq	.LBB11_242
	ldr	d0, [x27, #8]
	cmp	x26, #6
	str	d0, [x21, #40]
	b.eq	.LBB11_242
	ldr	d0, [x27, #16]
	cmp	x26, #7
	str	d0, [x21, #48]
	b.eq	.LBB11_242
	ldr	d0, [x27, #24]
	str	d0, [x21, #56]
.LBB11_242:
	cmp	x26, #7
	mov	x8, x22
	b.le	.LBB11_231
	b	.LBB11_232
.LBB11_243:
	ldr	x8, [sp, #720]
	ldr	x11, [sp, #968]
	ldr	x0, [sp, #896]
	ldr	x17, [sp, #920]
	ldr	x15, [sp, #760]
	cmp	x8, #1
	b.lt	.LBB11_20
	ldp	x15, x9, [sp, #472]
	lsl	x8, x17, #3
	ldr	x23, [sp, #680]
	ldr	x14, [sp, #912]
	mov	x10, xzr
	str	xzr, [sp, #736]
	add	x9, x9, x8
	str	x9, [sp, #672]
	ldr	x9, [sp, #488]
	add	x8, x9, x8
	str	x8, [sp, #664]
	ldr	x8, [sp, #720]
	b	.LBB11_246
.LBB11_245:
	ldr	x8, [sp, #736]
	ldr	x11, [sp, #968]
	add	x23, x23, x0
	ldr	x10, [sp, #872]
	add	x15, x15, x0
	add	x8, x8, #1
	str	x8, [sp, #736]
	ldr	x8, [sp, #720]
	add	x10, x10, x11
	cmp	x10, x8
	ldr	x8, [sp, #728]
	b.ge	.LBB11_19
.LBB11_246:
	subs	x9, x8, x11
	str	x10, [sp, #872]
	csel	x26, x8, x11, lt
	ldr	x8, [sp, #864]
	str	x9, [sp, #728]
	subs	x8, x10, x8
	mul	x9, x8, x30
	lsl	x8, x10, #3
	ldr	x10, [sp, #712]
	add	x10, x10, x9, lsl #3
	ldr	x9, [sp, #704]
	add	x12, x9, x8
	ldr	x9, [sp, #800]
	str	x10, [sp, #792]
	str	x12, [sp, #784]
	csel	x9, x9, x11, lt
	str	x9, [sp, #856]
	csel	x9, x12, x10, lt
	cmp	x14, #1
	str	x9, [sp, #848]
	b.lt	.LBB11_245
	ldr	x10, [sp, #736]
	ldr	x9, [sp, #680]
	mov	x16, xzr
	ldr	x11, [sp, #872]
	ldr	x27, [sp, #664]
	and	x13, x26, #0xfffffffffffffffc
	madd	x12, x0, x10, x9
	ldr	x9, [sp, #656]
	ldr	x10, [sp, #960]
	mov	x1, x14
	str	x13, [sp, #840]
	add	x9, x11, x9
	str	x15, [sp, #952]
	mul	x9, x9, x10
	lsl	x10, x26, #3
	str	x10, [sp, #768]
	add	x10, x12, x10
	str	x10, [sp, #760]
	ldr	x10, [sp, #720]
	str	x12, [sp, #776]
	sub	x11, x10, x11
	ldr	x10, [sp, #648]
	str	x11, [sp, #944]
	add	x8, x10, x8
	ldr	x10, [sp, #672]
	str	x8, [sp, #936]
	ldr	x8, [sp, #968]
	add	x9, x10, x9, lsl #3
	cmp	x8, x11
	csel	x24, x8, x11, lt
	str	x9, [sp, #928]
	b	.LBB11_249
.LBB11_248:
	ldr	x8, [sp, #976]
	add	x16, x16, x3
	ldr	x17, [sp, #920]
	cmp	x16, x14
	add	x27, x27, x8
	b.ge	.LBB11_245
.LBB11_249:
	ldr	x13, [sp, #960]
	add	x9, x16, x17
	subs	x11, x1, x3
	ldr	x12, [sp, #936]
	str	x11, [sp, #1008]
	ldr	x11, [sp, #928]
	mul	x8, x9, x13
	sub	x10, x14, x16
	csel	x20, x1, x3, lt
	cmp	x3, x10
	add	x11, x11, x16, lsl #3
	str	x16, [sp, #1016]
	csel	x22, x3, x10, lt
	add	x8, x12, x8, lsl #3
	ldr	w12, [sp, #1004]
	cmp	w12, #0
	cset	w12, eq
	csel	x21, x8, x11, eq
	cmp	x10, x3
	ldr	x11, [sp, #968]
	ldr	x10, [sp, #944]
	ccmp	x10, x11, #8, ge
	cset	w10, ge
	ands	w28, w12, w10
	add	x10, sp, #1024
	csel	x6, x8, x10, ne
	ldr	x8, [sp, #904]
	csel	x7, x13, x11, ne
	subs	x10, x16, x8
	and	w8, w28, w19
	b.ge	.LBB11_251
	ldr	x2, [sp, #808]
	ldr	x10, [sp, #816]
	mov	x0, x30
	ldr	x3, [sp, #824]
	ldr	x4, [sp, #848]
	ldr	x5, [sp, #856]
	mul	x9, x9, x2
	add	x1, x10, x9, lsl #3
	ldr	x9, [sp, #888]
	b	.LBB11_253
.LBB11_251:
	mul	x9, x10, x30
	ldr	x10, [sp, #832]
	add	x1, x10, x9, lsl #3
	ldr	x9, [sp, #864]
	ldr	x10, [sp, #872]
	cmp	x10, x9
	b.ge	.LBB11_254
	ldr	x9, [sp, #888]
	ldr	x4, [sp, #784]
	mov	x0, x30
	ldr	x5, [sp, #800]
	mov	w2, #1
.LBB11_253:
	ldr	x9, [x9, #40]
	str	w8, [sp]
	blr	x9
	b	.LBB11_255
.LBB11_254:
	ldr	x9, [sp, #888]
	ldr	x2, [sp, #792]
	mov	x0, x30
	mov	x3, x6
	mov	x4, x7
	mov	w5, w8
	ldr	x9, [x9, #32]
	blr	x9
.LBB11_255:
	movi	v20.2d, #0000000000000000
	ldr	x3, [sp, #984]
	ldr	x30, [sp, #992]
	ldr	x16, [sp, #1016]
	tbz	w28, #0, .LBB11_267
	ldr	x18, [sp, #880]
	ldr	x0, [sp, #896]
	ldr	x14, [sp, #912]
	ldr	x15, [sp, #952]
	ldr	x17, [sp, #840]
	ldr	x1, [sp, #1008]
	cbz	x25, .LBB11_248
	cmp	x22, #1
	b.lt	.LBB11_248
	sub	x9, x20, #1
	ldr	x10, [sp, #768]
	mov	x8, xzr
	mul	x9, x18, x9
	add	x10, x21, x10
	add	x9, x10, x9
	ldr	x10, [sp, #760]
	cmp	x21, x10
	ldr	x10, [sp, #776]
	ccmp	x10, x9, #2, lo
	add	x10, x21, #16
	ccmp	x18, #0, #8, hs
	cset	w9, lt
	b	.LBB11_260
.LBB11_259:
	add	x8, x8, #1
	add	x10, x10, x18
	add	x21, x21, x18
	cmp	x8, x20
	b.eq	.LBB11_248
.LBB11_260:
	cmp	x24, #1
	b.lt	.LBB11_259
	cmp	x26, #4
	cset	w11, lo
	orr	w11, w11, w9
	tbz	w11, #0, .LBB11_263
	mov	x11, xzr
	b	.LBB11_266
.LBB11_263:
	mov	x11, x15
	mov	x12, x10
	mov	x13, x17
.LBB11_264:
	ldp	q0, q3, [x12, #-16]
	subs	x13, x13, #4
	ldp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	fadd	v0.2d, v1.2d, v0.2d
	fadd	v1.2d, v2.2d, v3.2d
	stp	q0, q1, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB11_264
	cmp	x26, x17
	mov	x11, x17
	b.eq	.LBB11_259
.LBB11_266:
	ldr	d0, [x23, x11, lsl #3]
	ldr	d1, [x21, x11, lsl #3]
	fadd	d0, d0, d1
	str	d0, [x21, x11, lsl #3]
	add	x11, x11, #1
	cmp	x26, x11
	b.ne	.LBB11_266
	b	.LBB11_259
.LBB11_267:
	ldr	w8, [sp, #1004]
	ldr	x15, [sp, #952]
	cbz	w8, .LBB11_277
	ldr	x18, [sp, #880]
	ldr	x0, [sp, #896]
	cmp	x24, #1
	ldr	x14, [sp, #912]
	ldr	x1, [sp, #1008]
	b.lt	.LBB11_248
	mov	x8, xzr
	add	x9, sp, #1024
	b	.LBB11_271
.LBB11_270:
	add	x8, x8, #1
	add	x21, x21, x18
	add	x9, x9, #8
	cmp	x8, x26
	b.eq	.LBB11_248
.LBB11_271:
	cmp	x22, #1
	mov	x10, x27
	mov	x11, x9
	mov	x12, x21
	mov	x13, x20
	b.ge	.LBB11_273
	b	.LBB11_270
.LBB11_272:
	add	x11, x11, x0
	subs	x13, x13, #1
	add	x10, x10, #8
	str	d0, [x12], #8
	b.eq	.LBB11_270
.LBB11_273:
	ldr	d0, [x11]
	cbz	x25, .LBB11_275
	ldr	d1, [x10]
	fadd	d0, d0, d1
.LBB11_275:
	cbz	w19, .LBB11_272
	ldr	d1, [x12]
	fadd	d0, d0, d1
	b	.LBB11_272
.LBB11_277:
	ldr	x18, [sp, #880]
	ldr	x0, [sp, #896]
	cmp	x22, #1
	ldr	x14, [sp, #912]
	ldr	x1, [sp, #1008]
	b.lt	.LBB11_248
	mov	x8, xzr
	add	x9, sp, #1024
	b	.LBB11_280
.LBB11_279:
	add	x8, x8, #1
	add	x9, x9, x0
	add	x21, x21, x18
	cmp	x8, x20
	b.eq	.LBB11_248
.LBB11_280:
	cmp	x24, #1
	mov	x10, x21
	mov	x11, x23
	mov	x12, x9
	mov	x13, x26
	b.ge	.LBB11_282
	b	.LBB11_279
.LBB11_281:
	subs	x13, x13, #1
	add	x11, x11, #8
	str	d0, [x10], #8
	b.eq	.LBB11_279
.LBB11_282:
	ldr	d0, [x12], #8
	cbz	x25, .LBB11_284
	ldr	d1, [x11]
	fadd	d0, d0, d1
.LBB11_284:
	cbz	w19, .LBB11_281
	ldr	d1, [x10]
	fadd	d0, d0, d1
	b	.LBB11_281
.LBB11_286:
	lsl	x8, x4, #3
	cmp	w2, #8
	b.eq	.LBB11_359
	ldr	x9, [sp, #320]
	cmp	w2, #16
	add	x9, x9, x4, lsl #3
	b.eq	.LBB11_324
	cmp	w2, #32
	b.ne	.LBB11_427
	ldr	x15, [sp, #800]
	ldr	x17, [sp, #432]
	mul	x13, x0, x4
	ldr	x21, [sp, #1016]
	ldr	x16, [sp, #320]
	lsl	x1, x30, #8
	mul	x10, x17, x15
	add	x12, x17, x30
	ldr	x24, [sp, #712]
	lsl	x12, x12, #3
	mov	x18, xzr
	str	xzr, [sp, #920]
	madd	x14, x0, x17, x8
	str	x1, [sp, #760]
	sub	x12, x12, #8
	madd	x12, x15, x12, x16
	sub	x15, x21, #1
	add	x9, x9, x10, lsl #3
	ldr	x10, [sp, #104]
	madd	x11, x0, x17, x16
	str	x9, [sp, #912]
	lsr	x9, x15, #5
	add	x10, x10, x14
	str	x10, [sp, #904]
	str	x9, [sp, #744]
	ldr	x9, [sp, #128]
	add	x9, x9, x1
	str	x9, [sp, #736]
	add	x9, x11, x8
	add	x8, x12, x8
	ldp	x10, x11, [sp, #248]
	str	x9, [sp, #728]
	add	x9, x13, x17, lsl #3
	str	x8, [sp, #704]
	ldr	x8, [sp, #96]
	and	x17, x30, #0x7ffffffffffffffe
	str	x11, [sp, #872]
	add	x10, x10, x14
	add	x11, x16, x9
	str	x10, [sp, #856]
	str	x8, [sp, #848]
	str	x17, [sp, #944]
	b	.LBB11_291
.LBB11_290:
	ldr	x8, [sp, #920]
	ldr	x9, [sp, #744]
	ldr	x11, [sp, #816]
	ldr	x10, [sp, #760]
	ldr	x18, [sp, #840]
	ldr	x21, [sp, #792]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #376]
	add	x24, x24, x10
	add	x18, x18, #32
	str	x8, [sp, #920]
	add	x11, x11, x9
	ldr	x9, [sp, #904]
	add	x9, x9, #256
	str	x9, [sp, #904]
	ldr	x9, [sp, #848]
	add	x9, x9, x10
	str	x9, [sp, #848]
	ldr	x9, [sp, #856]
	add	x9, x9, #256
	str	x9, [sp, #856]
	ldr	x9, [sp, #872]
	add	x9, x9, x10
	str	x9, [sp, #872]
	ldr	x9, [sp, #912]
	add	x9, x9, #256
	str	x9, [sp, #912]
	b.eq	.LBB11_17
.LBB11_291:
	cmp	x21, #1
	mov	w10, #32
	str	x18, [sp, #840]
	csinc	x8, x21, xzr, gt
	str	x11, [sp, #816]
	cmp	x8, #32
	csel	x26, x8, x10, lt
	ldr	x8, [sp, #1016]
	subs	x12, x21, #32
	csel	x9, x21, x10, lt
	neg	x13, x26
	str	x12, [sp, #792]
	sub	x16, x8, x18
	cmp	x16, #32
	csel	x8, x16, x10, lt
	ldr	w10, [sp, #452]
	cbz	w10, .LBB11_307
	lsl	x9, x9, #3
	cmp	x16, #0
	b.le	.LBB11_299
	mov	x10, xzr
	mov	x12, x24
	b	.LBB11_295
.LBB11_294:
	add	x10, x10, #1
	add	x12, x12, #8
	add	x11, x11, x0
	cmp	x10, x26
	b.eq	.LBB11_297
.LBB11_295:
	cmp	x30, #1
	mov	x13, x11
	mov	x14, x12
	mov	x15, x30
	b.lt	.LBB11_294
.LBB11_296:
	ldr	d0, [x13], #8
	subs	x15, x15, #1
	str	d0, [x14]
	add	x14, x14, #256
	b.ne	.LBB11_296
	b	.LBB11_294
.LBB11_297:
	cmp	x16, #32
	b.lt	.LBB11_299
	b	.LBB11_290
.LBB11_298:
	cmp	x8, #31
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_290
.LBB11_299:
	cmp	x30, #1
	b.lt	.LBB11_298
	b.ne	.LBB11_302
	mov	x11, xzr
	b	.LBB11_305
.LBB11_302:
	mov	x10, x17
	mov	x11, x9
.LBB11_303:
	add	x12, x24, x11
	subs	x10, x10, #2
	add	x11, x11, #512
	str	xzr, [x12]
	str	xzr, [x12, #256]
	b.ne	.LBB11_303
	cmp	x30, x17
	mov	x11, x17
	b.eq	.LBB11_298
.LBB11_305:
	add	x10, x24, x11, lsl #8
	sub	x11, x30, x11
.LBB11_306:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #256
	b.ne	.LBB11_306
	b	.LBB11_298
.LBB11_307:
	b.ge	.LBB11_321
	cmp	x30, #1
	str	x13, [sp, #784]
	b.lt	.LBB11_290
	ldr	x10, [sp, #920]
	ldr	x11, [sp, #760]
	lsl	x13, x26, #3
	ldr	x8, [sp, #736]
	ldr	x12, [sp, #728]
	mov	x20, xzr
	madd	x8, x11, x10, x8
	lsl	x9, x10, #8
	ldr	x22, [sp, #912]
	ldr	x23, [sp, #872]
	ldr	x27, [sp, #856]
	mov	x28, x24
	mul	x10, x10, x11
	ldr	x11, [sp, #704]
	str	x13, [sp, #936]
	str	x16, [sp, #1008]
	add	x11, x11, x9
	add	x9, x12, x9
	add	x11, x11, x13
	add	x8, x8, x13
	cmp	x24, x11
	ccmp	x9, x8, #2, lo
	and	x8, x26, #0x3c
	str	x8, [sp, #776]
	and	x8, x26, #0x3c
	ccmp	x0, #0, #8, hs
	str	x8, [sp, #768]
	ldr	x8, [sp, #712]
	add	x8, x8, x10
	str	x8, [sp, #952]
	cset	w8, lt
	str	w8, [sp, #928]
	b	.LBB11_312
.LBB11_310:
	mov	x8, xzr
.LBB11_311:
	ldr	x9, [sp, #952]
	mov	w10, #256
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x20, lsl #8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x0, [sp, #552]
	ldr	x30, [sp, #992]
	add	x20, x20, #1
	ldr	x3, [sp, #984]
	ldr	x6, [sp, #752]
	ldr	x17, [sp, #944]
	ldr	x16, [sp, #1008]
	add	x27, x27, x0
	cmp	x20, x30
	add	x23, x23, #256
	add	x28, x28, #256
	add	x22, x22, x0
	b.eq	.LBB11_290
.LBB11_312:
	cmp	x16, #1
	b.lt	.LBB11_310
	cmp	x21, #4
	ldr	w9, [sp, #928]
	cset	w8, lt
	orr	w8, w8, w9
	tbz	w8, #0, .LBB11_315
	mov	x9, xzr
	b	.LBB11_318
.LBB11_315:
	ldr	x10, [sp, #776]
	mov	x8, x23
	mov	x9, x27
.LBB11_316:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_316
	ldr	x9, [sp, #768]
	ldr	x8, [sp, #936]
	cmp	x26, x9
	b.eq	.LBB11_311
.LBB11_318:
	lsl	x10, x9, #3
	ldr	x8, [sp, #784]
	add	x8, x8, x9
	add	x9, x28, x10
	add	x10, x22, x10
.LBB11_319:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_319
	ldr	x8, [sp, #936]
	b	.LBB11_311
.LBB11_321:
	cmp	x30, #1
	b.lt	.LBB11_290
	ldr	x8, [sp, #848]
	ldr	x9, [sp, #904]
	mov	x10, x30
.LBB11_323:
	ldur	d0, [x9, #-128]
	subs	x10, x10, #1
	stur	d0, [x8, #-128]
	ldur	d0, [x9, #-120]
	stur	d0, [x8, #-120]
	ldur	d0, [x9, #-112]
	stur	d0, [x8, #-112]
	ldur	d0, [x9, #-104]
	stur	d0, [x8, #-104]
	ldur	d0, [x9, #-96]
	stur	d0, [x8, #-96]
	ldur	d0, [x9, #-88]
	stur	d0, [x8, #-88]
	ldur	d0, [x9, #-80]
	stur	d0, [x8, #-80]
	ldur	d0, [x9, #-72]
	stur	d0, [x8, #-72]
	ldur	d0, [x9, #-64]
	stur	d0, [x8, #-64]
	ldur	d0, [x9, #-56]
	stur	d0, [x8, #-56]
	ldur	d0, [x9, #-48]
	stur	d0, [x8, #-48]
	ldur	d0, [x9, #-40]
	stur	d0, [x8, #-40]
	ldur	d0, [x9, #-32]
	stur	d0, [x8, #-32]
	ldur	d0, [x9, #-24]
	stur	d0, [x8, #-24]
	ldur	d0, [x9, #-16]
	stur	d0, [x8, #-16]
	ldur	d0, [x9, #-8]
	stur	d0, [x8, #-8]
	ldr	d0, [x9]
	str	d0, [x8]
	ldr	d0, [x9, #8]
	str	d0, [x8, #8]
	ldr	d0, [x9, #16]
	str	d0, [x8, #16]
	ldr	d0, [x9, #24]
	str	d0, [x8, #24]
	ldr	d0, [x9, #32]
	str	d0, [x8, #32]
	ldr	d0, [x9, #40]
	str	d0, [x8, #40]
	ldr	d0, [x9, #48]
	str	d0, [x8, #48]
	ldr	d0, [x9, #56]
	str	d0, [x8, #56]
	ldr	d0, [x9, #64]
	str	d0, [x8, #64]
	ldr	d0, [x9, #72]
	str	d0, [x8, #72]
	ldr	d0, [x9, #80]
	str	d0, [x8, #80]
	ldr	d0, [x9, #88]
	str	d0, [x8, #88]
	ldr	d0, [x9, #96]
	str	d0, [x8, #96]
	ldr	d0, [x9, #104]
	str	d0, [x8, #104]
	ldr	d0, [x9, #112]
	str	d0, [x8, #112]
	ldr	d0, [x9, #120]
	add	x9, x9, x0
	str	d0, [x8, #120]
	add	x8, x8, #256
	b.ne	.LBB11_323
	b	.LBB11_290
.LBB11_324:
	ldr	x15, [sp, #800]
	ldr	x17, [sp, #432]
	mul	x13, x0, x4
	ldr	x21, [sp, #1016]
	ldr	x16, [sp, #320]
	lsl	x1, x30, #7
	mul	x10, x17, x15
	add	x12, x17, x30
	ldr	x26, [sp, #712]
	lsl	x12, x12, #3
	mov	x18, xzr
	str	xzr, [sp, #920]
	madd	x14, x0, x17, x8
	str	x1, [sp, #760]
	sub	x12, x12, #8
	madd	x12, x15, x12, x16
	sub	x15, x21, #1
	add	x9, x9, x10, lsl #3
	ldr	x10, [sp, #88]
	madd	x11, x0, x17, x16
	str	x9, [sp, #912]
	lsr	x9, x15, #4
	add	x10, x10, x14
	str	x10, [sp, #904]
	str	x9, [sp, #744]
	ldr	x9, [sp, #120]
	add	x9, x9, x1
	str	x9, [sp, #736]
	add	x9, x11, x8
	add	x8, x12, x8
	ldp	x10, x11, [sp, #248]
	str	x9, [sp, #728]
	add	x9, x13, x17, lsl #3
	str	x8, [sp, #704]
	ldr	x8, [sp, #80]
	and	x17, x30, #0x7ffffffffffffffe
	str	x11, [sp, #872]
	add	x10, x10, x14
	add	x11, x16, x9
	str	x10, [sp, #856]
	str	x8, [sp, #848]
	str	x17, [sp, #944]
	b	.LBB11_326
.LBB11_325:
	ldr	x8, [sp, #920]
	ldr	x9, [sp, #744]
	ldr	x11, [sp, #816]
	ldr	x10, [sp, #760]
	ldr	x18, [sp, #840]
	ldr	x21, [sp, #792]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #368]
	add	x26, x26, x10
	add	x18, x18, #16
	str	x8, [sp, #920]
	add	x11, x11, x9
	ldr	x9, [sp, #904]
	add	x9, x9, #128
	str	x9, [sp, #904]
	ldr	x9, [sp, #848]
	add	x9, x9, x10
	str	x9, [sp, #848]
	ldr	x9, [sp, #856]
	add	x9, x9, #128
	str	x9, [sp, #856]
	ldr	x9, [sp, #872]
	add	x9, x9, x10
	str	x9, [sp, #872]
	ldr	x9, [sp, #912]
	add	x9, x9, #128
	str	x9, [sp, #912]
	b.eq	.LBB11_17
.LBB11_326:
	cmp	x21, #1
	mov	w10, #16
	str	x18, [sp, #840]
	csinc	x8, x21, xzr, gt
	str	x11, [sp, #816]
	cmp	x8, #16
	csel	x27, x8, x10, lt
	subs	x8, x21, #16
	str	x8, [sp, #792]
	ldr	x8, [sp, #1016]
	csel	x9, x21, x10, lt
	neg	x12, x27
	sub	x16, x8, x18
	cmp	x16, #16
	csel	x8, x16, x10, lt
	ldr	w10, [sp, #452]
	cbz	w10, .LBB11_342
	lsl	x9, x9, #3
	cmp	x16, #0
	b.le	.LBB11_334
	mov	x10, xzr
	mov	x12, x26
	b	.LBB11_330
.LBB11_329:
	add	x10, x10, #1
	add	x12, x12, #8
	add	x11, x11, x0
	cmp	x10, x27
	b.eq	.LBB11_332
.LBB11_330:
	cmp	x30, #1
	mov	x13, x11
	mov	x14, x12
	mov	x15, x30
	b.lt	.LBB11_329
.LBB11_331:
	ldr	d0, [x13], #8
	subs	x15, x15, #1
	str	d0, [x14], #128
	b.ne	.LBB11_331
	b	.LBB11_329
.LBB11_332:
	cmp	x16, #16
	b.lt	.LBB11_334
	b	.LBB11_325
.LBB11_333:
	cmp	x8, #15
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_325
.LBB11_334:
	cmp	x30, #1
	b.lt	.LBB11_333
	b.ne	.LBB11_337
	mov	x11, xzr
	b	.LBB11_340
.LBB11_337:
	mov	x10, x17
	mov	x11, x9
.LBB11_338:
	add	x12, x26, x11
	subs	x10, x10, #2
	add	x11, x11, #256
	str	xzr, [x12]
	str	xzr, [x12, #128]
	b.ne	.LBB11_338
	cmp	x30, x17
	mov	x11, x17
	b.eq	.LBB11_333
.LBB11_340:
	add	x10, x26, x11, lsl #7
	sub	x11, x30, x11
.LBB11_341:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #128
	b.ne	.LBB11_341
	b	.LBB11_333
.LBB11_342:
	b.ge	.LBB11_356
	cmp	x30, #1
	str	x12, [sp, #784]
	b.lt	.LBB11_325
	ldr	x10, [sp, #920]
	ldr	x11, [sp, #760]
	lsl	x13, x27, #3
	ldr	x8, [sp, #736]
	ldr	x12, [sp, #728]
	mov	x20, xzr
	madd	x8, x11, x10, x8
	lsl	x9, x10, #7
	ldr	x22, [sp, #912]
	ldr	x28, [sp, #872]
	ldr	x24, [sp, #856]
	mov	x23, x26
	mul	x10, x10, x11
	ldr	x11, [sp, #704]
	str	x13, [sp, #936]
	str	x16, [sp, #1008]
	add	x11, x11, x9
	add	x9, x12, x9
	add	x11, x11, x13
	add	x8, x8, x13
	cmp	x26, x11
	ccmp	x9, x8, #2, lo
	and	x8, x27, #0x1c
	str	x8, [sp, #776]
	and	x8, x27, #0x1c
	ccmp	x0, #0, #8, hs
	str	x8, [sp, #768]
	ldr	x8, [sp, #712]
	add	x8, x8, x10
	str	x8, [sp, #952]
	cset	w8, lt
	str	w8, [sp, #928]
	b	.LBB11_347
.LBB11_345:
	mov	x8, xzr
.LBB11_346:
	ldr	x9, [sp, #952]
	mov	w10, #128
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x20, lsl #7
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x0, [sp, #552]
	ldr	x30, [sp, #992]
	add	x20, x20, #1
	ldr	x3, [sp, #984]
	ldr	x6, [sp, #752]
	ldr	x17, [sp, #944]
	ldr	x16, [sp, #1008]
	add	x24, x24, x0
	cmp	x20, x30
	add	x28, x28, #128
	add	x23, x23, #128
	add	x22, x22, x0
	b.eq	.LBB11_325
.LBB11_347:
	cmp	x16, #1
	b.lt	.LBB11_345
	cmp	x21, #4
	ldr	w9, [sp, #928]
	cset	w8, lt
	orr	w8, w8, w9
	tbz	w8, #0, .LBB11_350
	mov	x9, xzr
	b	.LBB11_353
.LBB11_350:
	ldr	x10, [sp, #776]
	mov	x8, x28
	mov	x9, x24
.LBB11_351:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_351
	ldr	x9, [sp, #768]
	ldr	x8, [sp, #936]
	cmp	x27, x9
	b.eq	.LBB11_346
.LBB11_353:
	lsl	x10, x9, #3
	ldr	x8, [sp, #784]
	add	x8, x8, x9
	add	x9, x23, x10
	add	x10, x22, x10
.LBB11_354:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_354
	ldr	x8, [sp, #936]
	b	.LBB11_346
.LBB11_356:
	cmp	x30, #1
	b.lt	.LBB11_325
	ldr	x8, [sp, #848]
	ldr	x9, [sp, #904]
	mov	x10, x30
.LBB11_358:
	ldur	d0, [x9, #-64]
	subs	x10, x10, #1
	stur	d0, [x8, #-64]
	ldur	d0, [x9, #-56]
	stur	d0, [x8, #-56]
	ldur	d0, [x9, #-48]
	stur	d0, [x8, #-48]
	ldur	d0, [x9, #-40]
	stur	d0, [x8, #-40]
	ldur	d0, [x9, #-32]
	stur	d0, [x8, #-32]
	ldur	d0, [x9, #-24]
	stur	d0, [x8, #-24]
	ldur	d0, [x9, #-16]
	stur	d0, [x8, #-16]
	ldur	d0, [x9, #-8]
	stur	d0, [x8, #-8]
	ldr	d0, [x9]
	str	d0, [x8]
	ldr	d0, [x9, #8]
	str	d0, [x8, #8]
	ldr	d0, [x9, #16]
	str	d0, [x8, #16]
	ldr	d0, [x9, #24]
	str	d0, [x8, #24]
	ldr	d0, [x9, #32]
	str	d0, [x8, #32]
	ldr	d0, [x9, #40]
	str	d0, [x8, #40]
	ldr	d0, [x9, #48]
	str	d0, [x8, #48]
	ldr	d0, [x9, #56]
	add	x9, x9, x0
	str	d0, [x8, #56]
	add	x8, x8, #128
	b.ne	.LBB11_358
	b	.LBB11_325
.LBB11_359:
	ldr	x27, [sp, #1016]
	ldr	x20, [sp, #432]
	sub	x18, x30, #1
	ldp	x14, x11, [sp, #184]
	tst	x18, #0xfc00000000000000
	sub	x9, x27, #1
	ldp	x16, x15, [sp, #168]
	lsr	x12, x9, #3
	ldp	x1, x17, [sp, #152]
	lsl	x9, x20, #3
	ldr	x7, [sp, #136]
	add	x11, x11, x21
	str	x12, [sp, #784]
	lsl	x12, x12, #6
	add	x14, x14, x21
	add	x15, x15, x21
	add	x16, x16, x21
	add	x17, x17, x21
	madd	x10, x0, x4, x9
	add	x13, x12, #64
	ldr	x28, [sp, #712]
	add	x1, x1, x21
	ldr	x5, [sp, #320]
	ldr	x4, [sp, #800]
	madd	x11, x0, x11, x9
	lsl	x23, x30, #6
	mov	x22, xzr
	add	x2, x5, x9
	ccmp	x4, #1, #0, eq
	ldr	x4, [sp, #552]
	madd	x14, x0, x14, x9
	add	x2, x2, x8
	str	xzr, [sp, #920]
	str	x23, [sp, #792]
	madd	x15, x0, x15, x9
	madd	x16, x0, x16, x9
	madd	x17, x0, x17, x9
	add	x0, x7, x9
	add	x12, x0, x12
	ldr	x0, [sp, #552]
	madd	x13, x30, x13, x28
	add	x12, x12, x30, lsl #3
	madd	x0, x0, x1, x9
	ldr	x1, [sp, #144]
	add	x12, x12, x8
	add	x1, x1, x21
	add	x21, x5, x10
	add	x10, x5, x11
	madd	x9, x4, x1, x9
	cset	w1, ne
	cmp	x2, x13
	ccmp	x28, x12, #2, lo
	ldr	x12, [sp, #552]
	str	x10, [sp, #944]
	ccmp	x23, #0, #8, hs
	add	x10, x5, x14
	str	w1, [sp, #776]
	madd	x8, x12, x20, x8
	lsl	x12, x18, #6
	and	x1, x30, #0x7ffffffffffffffe
	str	x10, [sp, #928]
	add	x10, x5, x15
	add	x11, x5, x16
	str	x12, [sp, #768]
	cset	w12, lt
	add	x14, x5, x9
	ldr	x9, [sp, #72]
	str	w12, [sp, #760]
	add	x12, x5, x17
	ldr	x17, [sp, #552]
	add	x13, x5, x0
	str	x1, [sp, #1008]
	add	x9, x9, x8
	add	x8, x7, x8
	str	x9, [sp, #952]
	str	x8, [sp, #936]
	b	.LBB11_361
.LBB11_360:
	ldr	x8, [sp, #792]
	ldr	x9, [sp, #920]
	ldr	x10, [sp, #944]
	ldr	x11, [sp, #904]
	ldr	x12, [sp, #872]
	ldr	x13, [sp, #856]
	add	x28, x28, x8
	ldr	x8, [sp, #784]
	ldr	x14, [sp, #840]
	ldr	x22, [sp, #848]
	ldr	x27, [sp, #816]
	cmp	x9, x8
	add	x8, x9, #1
	ldr	x9, [sp, #360]
	add	x22, x22, #8
	str	x8, [sp, #920]
	add	x10, x10, x9
	add	x21, x21, x9
	add	x11, x11, x9
	str	x10, [sp, #944]
	ldr	x10, [sp, #928]
	add	x12, x12, x9
	add	x13, x13, x9
	add	x14, x14, x9
	add	x10, x10, x9
	str	x10, [sp, #928]
	ldr	x10, [sp, #912]
	add	x10, x10, x9
	ldr	x9, [sp, #952]
	add	x9, x9, #64
	str	x9, [sp, #952]
	ldr	x9, [sp, #936]
	add	x9, x9, #64
	str	x9, [sp, #936]
	b.eq	.LBB11_17
.LBB11_361:
	str	x11, [sp, #904]
	subs	x15, x27, #8
	mov	w11, #8
	str	x10, [sp, #912]
	csel	x10, x27, x11, lt
	cmp	x27, #1
	ldr	x9, [sp, #1016]
	csinc	x8, x27, xzr, gt
	str	x22, [sp, #848]
	cmp	x8, #8
	str	x12, [sp, #872]
	sub	x26, x9, x22
	csel	x9, x8, x11, lt
	str	x13, [sp, #856]
	cmp	x26, #8
	str	x14, [sp, #840]
	csel	x8, x26, x11, lt
	ldr	w11, [sp, #452]
	str	x15, [sp, #816]
	cbz	w11, .LBB11_404
	lsl	x9, x10, #3
	cmp	x26, #0
	b.le	.LBB11_396
	cmp	x30, #1
	b.lt	.LBB11_366
	mov	x10, xzr
	mov	x11, x30
.LBB11_365:
	ldr	d0, [x21, x10]
	subs	x11, x11, #1
	str	d0, [x28, x10, lsl #3]
	add	x10, x10, #8
	b.ne	.LBB11_365
.LBB11_366:
	cmp	x27, #1
	b.le	.LBB11_394
	cmp	x30, #1
	b.lt	.LBB11_370
	ldr	x10, [sp, #944]
	mov	w11, #8
	mov	x12, x30
.LBB11_369:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x28, x11]
	add	x11, x11, #64
	b.ne	.LBB11_369
.LBB11_370:
	cmp	x27, #2
	b.eq	.LBB11_394
	cmp	x30, #1
	b.lt	.LBB11_374
	ldr	x10, [sp, #928]
	mov	w11, #16
	mov	x12, x30
.LBB11_373:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x28, x11]
	add	x11, x11, #64
	b.ne	.LBB11_373
.LBB11_374:
	cmp	x27, #3
	b.eq	.LBB11_394
	cmp	x30, #1
	b.lt	.LBB11_378
	ldr	x10, [sp, #912]
	mov	w11, #24
	mov	x12, x30
.LBB11_377:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x28, x11]
	add	x11, x11, #64
	b.ne	.LBB11_377
.LBB11_378:
	cmp	x27, #4
	b.eq	.LBB11_394
	cmp	x30, #1
	b.lt	.LBB11_382
	ldr	x10, [sp, #904]
	mov	w11, #32
	mov	x12, x30
.LBB11_381:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x28, x11]
	add	x11, x11, #64
	b.ne	.LBB11_381
.LBB11_382:
	cmp	x27, #5
	b.eq	.LBB11_394
	cmp	x30, #1
	b.lt	.LBB11_386
	ldr	x10, [sp, #872]
	mov	w11, #40
	mov	x12, x30
.LBB11_385:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x28, x11]
	add	x11, x11, #64
	b.ne	.LBB11_385
.LBB11_386:
	cmp	x27, #6
	b.eq	.LBB11_394
	cmp	x30, #1
	b.lt	.LBB11_390
	ldr	x10, [sp, #856]
	mov	w11, #48
	mov	x12, x30
.LBB11_389:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x28, x11]
	add	x11, x11, #64
	b.ne	.LBB11_389
.LBB11_390:
	cmp	x27, #7
	b.eq	.LBB11_394
	cmp	x30, #1
	b.lt	.LBB11_394
	mov	x10, x14
	mov	w11, #56
	mov	x12, x30
.LBB11_393:
	ldr	d0, [x10], #8
	subs	x12, x12, #1
	str	d0, [x28, x11]
	add	x11, x11, #64
	b.ne	.LBB11_393
.LBB11_394:
	cmp	x26, #8
	b.lt	.LBB11_396
	b	.LBB11_360
.LBB11_395:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_360
.LBB11_396:
	cmp	x30, #1
	b.lt	.LBB11_395
	b.ne	.LBB11_399
	mov	x11, xzr
	b	.LBB11_402
.LBB11_399:
	mov	x10, x1
	mov	x11, x9
.LBB11_400:
	add	x12, x28, x11
	subs	x10, x10, #2
	add	x11, x11, #128
	str	xzr, [x12]
	str	xzr, [x12, #64]
	b.ne	.LBB11_400
	cmp	x30, x1
	mov	x11, x1
	b.eq	.LBB11_395
.LBB11_402:
	add	x10, x28, x11, lsl #6
	sub	x11, x30, x11
.LBB11_403:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #64
	b.ne	.LBB11_403
	b	.LBB11_395
.LBB11_404:
	b.ge	.LBB11_418
	cmp	x30, #1
	b.lt	.LBB11_360
	lsl	x22, x9, #3
	ldr	x23, [sp, #952]
	mov	x20, x30
	mov	x24, x28
	b	.LBB11_409
.LBB11_407:
	mov	x8, xzr
.LBB11_408:
	mov	w9, #64
	add	x0, x24, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x17, [sp, #552]
	ldr	x3, [sp, #984]
	ldr	x6, [sp, #752]
	ldr	x30, [sp, #992]
	subs	x20, x20, #1
	ldr	x1, [sp, #1008]
	add	x24, x24, #64
	add	x23, x23, x17
	b.eq	.LBB11_360
.LBB11_409:
	cmp	x26, #1
	b.lt	.LBB11_407
	ldur	d0, [x23, #-32]
	cmp	x27, #2
	mov	x8, x22
	str	d0, [x24]
	b.lt	.LBB11_408
	ldur	d0, [x23, #-24]
	mov	x8, x22
	str	d0, [x24, #8]
	b.eq	.LBB11_408
	ldur	d0, [x23, #-16]
	cmp	x27, #3
	mov	x8, x22
	str	d0, [x24, #16]
	b.eq	.LBB11_408
	ldur	d0, [x23, #-8]
	cmp	x27, #4
	mov	x8, x22
	str	d0, [x24, #24]
	b.eq	.LBB11_408
	ldr	d0, [x23]
	cmp	x27, #5
	mov	x8, x22
	str	d0, [x24, #32]
	b.eq	.LBB11_408
	ldr	d0, [x23, #8]
	cmp	x27, #6
	mov	x8, x22
	str	d0, [x24, #40]
	b.eq	.LBB11_408
	ldr	d0, [x23, #16]
	cmp	x27, #7
	mov	x8, x22
	str	d0, [x24, #48]
	b.eq	.LBB11_408
	ldr	d0, [x23, #24]
	mov	x8, x22
	str	d0, [x24, #56]
	b	.LBB11_408
.LBB11_418:
	cmp	x30, #1
	b.lt	.LBB11_360
	cmp	x30, #18
	b.lo	.LBB11_421
	ldr	x8, [sp, #920]
	ldr	x9, [sp, #792]
	ldr	x18, [sp, #768]
	ldp	x14, x12, [sp, #200]
	ldr	x10, [sp, #256]
	mul	x8, x9, x8
	ldp	x11, x9, [sp, #232]
	ldp	x16, x13, [sp, #216]
	add	x12, x12, x8
	add	x14, x14, x8
	add	x9, x9, x8
	add	x15, x12, x18
	add	x10, x10, x8
	add	x11, x11, x8
	cmp	x15, x12
	add	x12, x14, x18
	add	x13, x13, x8
	add	x8, x16, x8
	add	x15, x28, x18
	cset	w16, lo
	cmp	x12, x14
	add	x14, x9, x18
	cset	w12, lo
	cmp	x15, x28
	ldr	w15, [sp, #776]
	csinc	w15, w15, wzr, hs
	cmp	x14, x9
	add	x9, x10, x18
	csinc	w14, w15, wzr, hs
	cmp	x9, x10
	add	x9, x11, x18
	csinc	w10, w14, wzr, hs
	cmp	x9, x11
	add	x9, x13, x18
	csinc	w10, w10, wzr, hs
	cmp	x9, x13
	add	x9, x8, x18
	csinc	w10, w10, wzr, hs
	cmp	x9, x8
	orr	w8, w12, w16
	csinc	w9, w10, wzr, hs
	ldr	w10, [sp, #760]
	orr	w8, w8, w10
	orr	w8, w8, w9
	tbz	w8, #0, .LBB11_424
.LBB11_421:
	mov	x10, xzr
.LBB11_422:
	mul	x8, x17, x10
	add	x9, x28, x10, lsl #6
	ldr	x11, [sp, #936]
	sub	x10, x30, x10
.LBB11_423:
	add	x12, x11, x8
	subs	x10, x10, #1
	add	x11, x11, x17
	ldur	d0, [x12, #-56]
	str	d0, [x9]
	ldur	d0, [x12, #-48]
	str	d0, [x9, #8]
	ldur	d0, [x12, #-40]
	str	d0, [x9, #16]
	ldur	d0, [x12, #-32]
	str	d0, [x9, #24]
	ldur	d0, [x12, #-24]
	str	d0, [x9, #32]
	ldur	d0, [x12, #-16]
	str	d0, [x9, #40]
	ldur	d0, [x12, #-8]
	str	d0, [x9, #48]
	ldr	d0, [x12]
	str	d0, [x9, #56]
	add	x9, x9, #64
	b.ne	.LBB11_423
	b	.LBB11_360
.LBB11_424:
	ldr	x11, [sp, #952]
	mov	x8, x28
	mov	x9, x1
	mov	x10, x11
.LBB11_425:
	ldp	q4, q2, [x11, #-16]
	subs	x9, x9, #2
	ldr	q0, [x10, #16]!
	ldur	q1, [x11, #24]
	ldur	q3, [x11, #8]
	ldur	q5, [x11, #-8]
	ldur	q7, [x11, #-32]
	ldur	q16, [x11, #-24]
	zip2	v6.2d, v0.2d, v1.2d
	zip1	v0.2d, v0.2d, v1.2d
	zip2	v17.2d, v2.2d, v3.2d
	zip2	v18.2d, v4.2d, v5.2d
	zip1	v1.2d, v2.2d, v3.2d
	zip2	v19.2d, v7.2d, v16.2d
	zip1	v2.2d, v4.2d, v5.2d
	zip1	v3.2d, v7.2d, v16.2d
	mov	x11, x10
	stp	q1, q0, [x8, #32]
	stp	q19, q18, [x8, #64]
	stp	q17, q6, [x8, #96]
	stp	q3, q2, [x8], #128
	b.ne	.LBB11_425
	cmp	x30, x1
	mov	x10, x1
	b.eq	.LBB11_360
	b	.LBB11_422
.LBB11_427:
	ldr	x15, [sp, #800]
	ldr	x16, [sp, #432]
	lsl	x18, x30, #3
	mul	x11, x30, x2
	ldr	x24, [sp, #712]
	cmp	x30, #5
	lsl	x13, x16, #3
	sub	x14, x18, #8
	lsl	x28, x2, #3
	mul	x10, x16, x15
	mov	x5, xzr
	mov	x17, xzr
	str	x18, [sp, #704]
	mul	x12, x18, x2
	str	x1, [sp, #792]
	str	x2, [sp, #784]
	madd	x13, x0, x4, x13
	add	x9, x9, x10, lsl #3
	lsl	x10, x1, #3
	madd	x4, x14, x2, x24
	str	x12, [sp, #736]
	add	x12, x16, x30
	lsl	x12, x12, #3
	str	x9, [sp, #928]
	lsl	x9, x11, #3
	ldr	x11, [sp, #320]
	sub	x12, x12, #8
	str	x9, [sp, #616]
	madd	x9, x15, x12, x11
	ldr	x12, [sp, #112]
	add	x22, x11, x13
	str	x4, [sp, #624]
	madd	x11, x0, x16, x11
	add	x12, x12, x18
	str	x22, [sp, #672]
	str	x12, [sp, #696]
	add	x12, x22, x18
	str	x12, [sp, #664]
	cset	w12, hi
	cmp	x30, #3
	cset	w14, hi
	cmp	w2, #1
	madd	x15, x0, x16, x8
	add	x9, x9, x8
	add	x16, x4, x10
	csel	w12, wzr, w12, ne
	add	x8, x11, x8
	csel	w4, wzr, w14, ne
	cmp	w1, #0
	str	x8, [sp, #632]
	add	x8, x9, x10
	ccmp	x0, #0, #8, ge
	str	x8, [sp, #536]
	and	x8, x1, #0x7ffffffc
	str	x8, [sp, #936]
	cset	w8, lt
	str	w8, [sp, #528]
	ldp	x8, x20, [sp, #248]
	str	w12, [sp, #640]
	mul	x12, x0, x2
	str	x9, [sp, #600]
	and	x9, x30, #0x7ffffffffffffffc
	add	x21, x8, x13
	add	x8, x8, x15
	mov	x7, x9
	str	x8, [sp, #920]
	ldr	x8, [sp, #1016]
	str	x16, [sp, #608]
	str	x12, [sp, #728]
	str	w4, [sp, #776]
	str	x9, [sp, #768]
	b	.LBB11_429
.LBB11_428:
	ldr	x8, [sp, #736]
	ldr	x17, [sp, #904]
	ldr	x5, [sp, #912]
	ldr	x9, [sp, #728]
	ldr	x21, [sp, #872]
	ldr	x22, [sp, #856]
	add	x24, x24, x8
	add	x20, x20, x8
	add	x17, x17, x2
	ldr	x8, [sp, #1016]
	add	x5, x5, #1
	add	x21, x21, x9
	add	x22, x22, x9
	cmp	x17, x8
	ldr	x8, [sp, #920]
	add	x8, x8, x28
	str	x8, [sp, #920]
	ldr	x8, [sp, #928]
	add	x8, x8, x28
	str	x8, [sp, #928]
	ldr	x8, [sp, #848]
	b.ge	.LBB11_17
.LBB11_429:
	subs	x11, x8, x2
	ldr	w10, [sp, #452]
	str	x5, [sp, #912]
	csel	x23, x8, x2, lt
	ldr	x8, [sp, #1016]
	str	x17, [sp, #904]
	neg	x12, x23
	str	x21, [sp, #872]
	sub	x9, x8, x17
	lsl	x8, x23, #3
	str	x22, [sp, #856]
	cmp	x9, x2
	str	x11, [sp, #848]
	csel	x26, x9, x2, lt
	cbz	w10, .LBB11_451
	cmp	x26, #1
	b.lt	.LBB11_441
	mul	x11, x0, x5
	ldr	x12, [sp, #704]
	ldr	x14, [sp, #664]
	sub	x13, x23, #1
	ldr	x15, [sp, #712]
	mov	x10, xzr
	mul	x12, x12, x5
	add	x14, x14, x11
	madd	x13, x0, x13, x14
	ldr	x14, [sp, #696]
	add	x15, x15, x12
	add	x14, x14, x8
	add	x12, x14, x12
	ldr	x14, [sp, #672]
	cmp	x15, x13
	ldr	w13, [sp, #640]
	mov	x15, x21
	add	x11, x14, x11
	mov	x14, x20
	ccmp	x11, x12, #2, lo
	mov	x11, x22
	ccmp	x0, #0, #8, hs
	cset	w12, lt
	orn	w12, w12, w13
	mov	x13, x24
	b	.LBB11_433
.LBB11_432:
	add	x10, x10, #1
	add	x15, x15, x0
	add	x14, x14, #8
	cmp	x10, x23
	add	x13, x13, #8
	add	x11, x11, x0
	b.eq	.LBB11_441
.LBB11_433:
	cmp	x30, #1
	b.lt	.LBB11_432
	tbz	w12, #0, .LBB11_436
	mov	x18, xzr
	b	.LBB11_439
.LBB11_436:
	mov	x16, x14
	mov	x17, x15
	mov	x18, x7
.LBB11_437:
	ldp	q0, q1, [x17, #-16]
	subs	x18, x18, #4
	add	x17, x17, #32
	stp	q0, q1, [x16, #-16]
	add	x16, x16, #32
	b.ne	.LBB11_437
	cmp	x30, x7
	mov	x18, x7
	b.eq	.LBB11_432
.LBB11_439:
	madd	x16, x28, x18, x13
	add	x17, x11, x18, lsl #3
	sub	x18, x30, x18
.LBB11_440:
	ldr	d0, [x17], #8
	subs	x18, x18, #1
	str	d0, [x16]
	add	x16, x16, x28
	b.ne	.LBB11_440
	b	.LBB11_432
.LBB11_441:
	cmp	x9, x2
	b.lt	.LBB11_443
	b	.LBB11_428
.LBB11_442:
	add	x26, x26, #1
	add	x8, x8, #8
	cmp	x26, x2
	b.ge	.LBB11_428
.LBB11_443:
	cmp	x30, #1
	b.lt	.LBB11_442
	cbz	w4, .LBB11_448
	mov	x9, x8
	mov	x10, x7
.LBB11_446:
	str	q20, [x24, x9]
	subs	x10, x10, #4
	str	q20, [x20, x9]
	add	x9, x9, #32
	b.ne	.LBB11_446
	cmp	x30, x7
	mov	x10, x7
	b.eq	.LBB11_442
	b	.LBB11_449
.LBB11_448:
	mov	x10, xzr
.LBB11_449:
	madd	x9, x28, x10, x24
	sub	x10, x30, x10
.LBB11_450:
	subs	x10, x10, #1
	str	xzr, [x9, x8]
	add	x9, x9, x28
	b.ne	.LBB11_450
	b	.LBB11_442
.LBB11_451:
	mul	x10, x28, x5
	ldr	x9, [sp, #632]
	add	x9, x9, x10
	b.ge	.LBB11_467
	cmp	x30, #1
	str	x12, [sp, #816]
	str	x23, [sp, #1008]
	b.lt	.LBB11_428
	ldr	x12, [sp, #912]
	ldr	x11, [sp, #736]
	mov	x22, xzr
	ldr	x13, [sp, #624]
	ldr	x21, [sp, #920]
	mov	x23, x24
	madd	x11, x11, x12, x13
	ldr	x13, [sp, #616]
	mov	x27, x20
	mul	x12, x13, x12
	ldr	x13, [sp, #600]
	add	x13, x13, x8
	add	x10, x13, x10
	add	x8, x11, x8
	cmp	x24, x10
	ldr	x10, [sp, #1008]
	ccmp	x9, x8, #2, lo
	ldr	x8, [sp, #712]
	and	x11, x10, #0xfffffffffffffffc
	and	x10, x10, #0xfffffffffffffffc
	add	x8, x8, x12
	str	x11, [sp, #760]
	ldr	x11, [sp, #928]
	str	x8, [sp, #840]
	ldr	w8, [sp, #528]
	str	x10, [sp, #744]
	csinc	w8, w8, wzr, hs
	str	w8, [sp, #944]
	b	.LBB11_455
.LBB11_454:
	add	x22, x22, #1
	add	x21, x21, x0
	add	x27, x27, x28
	cmp	x22, x30
	add	x23, x23, x28
	add	x11, x11, x0
	b.eq	.LBB11_428
.LBB11_455:
	cmp	x26, #1
	b.lt	.LBB11_458
	ldr	x8, [sp, #1008]
	ldr	w9, [sp, #944]
	cmp	x8, #6
	cset	w8, lo
	orr	w8, w8, w9
	tbz	w8, #0, .LBB11_459
	mov	x9, xzr
	b	.LBB11_462
.LBB11_458:
	mov	x8, xzr
	b	.LBB11_465
.LBB11_459:
	ldr	x10, [sp, #760]
	mov	x8, x27
	mov	x9, x21
.LBB11_460:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_460
	ldr	x8, [sp, #1008]
	ldr	x9, [sp, #744]
	cmp	x8, x9
	b.eq	.LBB11_465
.LBB11_462:
	lsl	x10, x9, #3
	ldr	x8, [sp, #816]
	add	x8, x8, x9
	add	x9, x23, x10
	add	x10, x11, x10
.LBB11_463:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_463
	ldr	x8, [sp, #1008]
.LBB11_465:
	cmp	x8, x2
	b.ge	.LBB11_454
	ldr	x9, [sp, #840]
	lsl	x8, x8, #3
	mov	w1, wzr
	madd	x9, x22, x28, x9
	str	x11, [sp, #952]
	sub	x2, x28, x8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x11, [sp, #952]
	ldr	x7, [sp, #768]
	ldr	w4, [sp, #776]
	ldr	x2, [sp, #784]
	ldr	x1, [sp, #792]
	ldr	x30, [sp, #992]
	ldr	x0, [sp, #552]
	ldr	x6, [sp, #752]
	ldr	x3, [sp, #984]
	b	.LBB11_454
.LBB11_467:
	cmp	x30, #1
	b.lt	.LBB11_428
	ldr	x11, [sp, #912]
	ldr	x12, [sp, #736]
	mov	x8, xzr
	ldr	x13, [sp, #608]
	madd	x11, x12, x11, x13
	ldr	x12, [sp, #536]
	ldr	x13, [sp, #920]
	add	x10, x12, x10
	mov	x12, x20
	cmp	x24, x10
	ccmp	x9, x11, #2, lo
	ldr	x9, [sp, #928]
	mov	x11, x24
	ccmp	x0, #0, #8, hs
	cset	w10, lt
	b	.LBB11_470
.LBB11_469:
	add	x8, x8, #1
	add	x13, x13, x0
	add	x12, x12, x28
	cmp	x8, x30
	add	x11, x11, x28
	add	x9, x9, x0
	b.eq	.LBB11_428
.LBB11_470:
	cmp	w1, #1
	b.lt	.LBB11_469
	cmp	w1, #6
	cset	w14, lo
	orr	w14, w14, w10
	tbz	w14, #0, .LBB11_473
	mov	x14, xzr
	b	.LBB11_476
.LBB11_473:
	ldr	x16, [sp, #936]
	mov	x14, x12
	mov	x15, x13
.LBB11_474:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #4
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB11_474
	ldr	x14, [sp, #936]
	cmp	x14, x1
	b.eq	.LBB11_469
.LBB11_476:
	lsl	x16, x14, #3
	sub	x14, x1, x14
	add	x15, x11, x16
	add	x16, x9, x16
.LBB11_477:
	ldr	d0, [x16], #8
	subs	x14, x14, #1
	str	d0, [x15], #8
	b.ne	.LBB11_477
	b	.LBB11_469
.LBB11_478:
	mov	sp, x29
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
	ret
.Lfunc_end11:
	.size	gemm_serial_f64, .Lfunc_end11-gemm_serial_f64
	.cfi_endproc

	.type	neon_f32,@object
	.section	.data.rel.ro,"aw",@progbits
	.p2align	3, 0x0
neon_f32:
	.word	8
	.word	8
	.xword	256
	.xword	128
	.xword	2048
	.xword	axon_ukernel_neon_f32
	.xword	0
	.xword	0
	.size	neon_f32, 56

	.type	portable_f32,@object
	.p2align	3, 0x0
portable_f32:
	.word	4
	.word	8
	.xword	256
	.xword	128
	.xword	2048
	.xword	axon_ukernel_portable_f32
	.xword	0
	.xword	0
	.size	portable_f32, 56

	.type	neon_f64,@object
	.p2align	3, 0x0
neon_f64:
	.word	4
	.word	8
	.xword	256
	.xword	64
	.xword	2048
	.xword	axon_ukernel_neon_f64
	.xword	0
	.xword	0
	.size	neon_f64, 56

	.type	portable_f64,@object
	.p2align	3, 0x0
portable_f64:
	.word	4
	.word	8
	.xword	256
	.xword	64
	.xword	2048
	.xword	axon_ukernel_portable_f64
	.xword	0
	.xword	0
	.size	portable_f64, 56

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym gemm_part_f32
	.addrsig_sym axon_ukernel_neon_f32
	.addrsig_sym axon_ukernel_portable_f32
	.addrsig_sym gemm_part_f64
	.addrsig_sym axon_ukernel_neon_f64
	.addrsig_sym axon_ukernel_portable_f64
	.addrsig_sym neon_f32
	.addrsig_sym portable_f32
	.addrsig_sym neon_f64
	.addrsig_sym portable_f64
#endif
