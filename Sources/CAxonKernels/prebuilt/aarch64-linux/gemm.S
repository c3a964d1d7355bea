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
	sub	x9, sp, #1952
	and	sp, x9, #0xffffffffffffffc0
	ldp	x8, x9, [x0, #8]
	mov	x24, x0
	ldpsw	x11, x28, [x0]
	ldr	x10, [x0, #24]
	mov	w19, w1
	mov	w0, wzr
	cmp	x5, x8
	mov	x22, x7
	str	x6, [sp, #360]
	csel	x8, x5, x8, lt
	cmp	x3, x9
	mov	x23, x5
	csel	x9, x3, x9, lt
	cmp	x4, x10
	lsl	x21, x8, #2
	add	x9, x11, x9
	csel	x10, x4, x10, lt
	mov	x25, x3
	sub	x9, x9, #1
	add	x10, x28, x10
	mov	x26, x4
	sdiv	x9, x9, x11
	sub	x10, x10, #1
	mov	w27, w2
	str	x11, [sp, #856]
	sdiv	x10, x10, x28
	mul	x9, x9, x11
	mul	x8, x21, x9
	mov	x1, x8
	mul	x20, x10, x28
	bl	axon_scratch
	mul	x1, x21, x20
	str	x0, [sp, #704]
	mov	w0, #1
	bl	axon_scratch
	ldr	x8, [x24, #40]
	str	x0, [sp, #584]
	str	x22, [sp, #368]
	str	w27, [sp, #404]
	str	x28, [sp, #848]
	cbz	x8, .LBB9_3
	cmp	x26, x28, lsl #2
	cset	w8, le
	cmp	w19, #0
	str	w8, [sp, #436]
	cset	w8, eq
	str	w8, [sp, #532]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #680]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #696]
	cbz	w27, .LBB9_4
	ldr	x3, [sp, #856]
	str	wzr, [sp, #244]
	cmp	x26, #1
	b.ge	.LBB9_5
	b	.LBB9_476
.LBB9_3:
	cmp	w19, #0
	ldr	x3, [sp, #856]
	str	wzr, [sp, #436]
	cset	w8, eq
	str	wzr, [sp, #244]
	str	w8, [sp, #532]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #680]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #696]
	cmp	x26, #1
	b.ge	.LBB9_5
	b	.LBB9_476
.LBB9_4:
	ldr	x3, [sp, #856]
	cmp	x25, x3, lsl #1
	cset	w8, le
	str	w8, [sp, #244]
	cmp	x26, #1
	b.lt	.LBB9_476
.LBB9_5:
	ldr	w8, [x29, #128]
	ldr	x11, [sp, #584]
	movi	v16.2d, #0000000000000000
	ldp	x14, x13, [x29, #96]
	mov	x12, xzr
	str	w8, [sp, #876]
	ldr	x8, [sp, #848]
	add	x10, x11, #4
	ldr	x16, [x29, #144]
	str	x23, [sp, #232]
	lsl	x15, x8, #2
	ldp	x8, x9, [x29, #112]
	lsl	x18, x13, #6
	str	x13, [sp, #672]
	str	x14, [sp, #216]
	str	x9, [sp, #840]
	lsl	x17, x9, #2
	add	x9, x11, #8
	stp	x10, x9, [sp, #88]
	add	x9, x11, #16
	add	x10, x11, #12
	str	x9, [sp, #168]
	add	x9, x11, #20
	stp	x10, x9, [sp, #104]
	add	x10, x11, #24
	add	x9, x11, #28
	stp	x10, x9, [sp, #120]
	lsl	x9, x13, #2
	add	x10, x14, #4
	str	x8, [sp, #416]
	ldr	w8, [x29, #136]
	str	x9, [sp, #512]
	lsl	x9, x13, #7
	str	w8, [sp, #228]
	ldr	x8, [x24, #24]
	str	x9, [sp, #328]
	add	x9, x11, #128
	str	x9, [sp, #80]
	add	x9, x14, #64
	str	x9, [sp, #72]
	add	x9, x11, #64
	add	x11, x11, #32
	stp	x9, x10, [sp, #144]
	ldr	x10, [sp, #368]
	add	x9, x14, #16
	str	x9, [sp, #160]
	add	x14, x14, #32
	add	x9, x10, x10, lsl #1
	str	x11, [sp, #136]
	lsl	x11, x13, #5
	str	x14, [sp, #64]
	lsl	x1, x10, #2
	stp	x11, x18, [sp, #312]
	lsl	x11, x9, #4
	lsl	x9, x9, #3
	str	x16, [sp, #424]
	stp	x9, x11, [sp, #464]
	ldr	x9, [sp, #360]
	str	x1, [sp, #624]
	add	x11, x9, #4
	add	x13, x9, #12
	str	x24, [sp, #784]
	str	x11, [sp, #200]
	add	x11, x9, #16
	add	x9, x9, #8
	str	x11, [sp, #192]
	lsl	x11, x10, #5
	stp	x9, x13, [sp, #176]
	lsl	x9, x10, #4
	str	x11, [sp, #456]
	ldr	x11, [sp, #704]
	stp	x25, x9, [sp, #440]
	add	x9, x11, #16
	add	x14, x11, #32
	add	x10, x11, #24
	str	x9, [sp, #336]
	add	x9, x11, #20
	stp	x9, x14, [sp, #264]
	add	x9, x11, #28
	stp	x9, x10, [sp, #248]
	lsl	x9, x3, #2
	str	x15, [sp, #768]
	str	x9, [sp, #752]
	add	x9, x16, #16
	stp	x9, x26, [sp, #48]
	str	x17, [sp, #760]
	b	.LBB9_8
.LBB9_6:
	ldr	x8, [x24, #24]
	ldr	x26, [sp, #56]
	ldr	x12, [sp, #544]
.LBB9_7:
	add	x12, x8, x12
	cmp	x12, x26
	b.ge	.LBB9_476
.LBB9_8:
	sub	x9, x26, x12
	cmp	x8, x9
	csel	x9, x8, x9, lt
	cmp	x23, #1
	str	x9, [sp, #600]
	b.lt	.LBB9_7
	lsl	x9, x12, #2
	ldr	x10, [sp, #216]
	ldr	x8, [x24, #8]
	mov	x11, xzr
	str	x12, [sp, #544]
	add	x10, x10, x9
	str	x10, [sp, #208]
	ldr	x10, [sp, #416]
	add	x10, x10, x9
	str	x10, [sp, #536]
	ldr	x10, [sp, #424]
	add	x10, x10, x9
	str	x10, [sp, #568]
	ldr	x10, [sp, #48]
	add	x9, x10, x9
	str	x9, [sp, #408]
	b	.LBB9_11
.LBB9_10:
	ldr	x8, [x24, #8]
	ldr	x11, [sp, #384]
	ldr	x23, [sp, #232]
	add	x11, x8, x11
	cmp	x11, x23
	b.ge	.LBB9_6
.LBB9_11:
	ldr	w9, [sp, #228]
	mov	x12, xzr
	str	x11, [sp, #384]
	cmp	w9, #0
	sub	x9, x23, x11
	cset	w10, ne
	cmp	x8, x9
	csel	x0, x8, x9, lt
	ldr	x8, [sp, #424]
	cmp	x11, #0
	csinc	w22, w10, wzr, le
	csel	x21, x8, xzr, eq
	ldr	w8, [sp, #244]
	cbz	w8, .LBB9_13
	ldr	x9, [sp, #848]
	ldr	x8, [sp, #600]
	sdiv	x8, x8, x9
	mul	x12, x8, x9
.LBB9_13:
	ldr	x8, [sp, #600]
	str	x12, [sp, #736]
	str	x0, [sp, #864]
	subs	x8, x8, x12
	str	x8, [sp, #888]
	b.le	.LBB9_17
	ldr	x8, [sp, #784]
	ldr	x9, [sp, #544]
	ldr	x10, [sp, #736]
	ldrsw	x18, [x8, #4]
	add	x4, x10, x9
	ldr	w9, [sp, #404]
	cbz	w9, .LBB9_283
	ldr	x8, [x8, #48]
	cbz	x8, .LBB9_283
	ldr	x1, [sp, #216]
	ldr	x2, [sp, #672]
	mov	w0, w18
	ldr	x3, [sp, #384]
	ldr	x5, [sp, #864]
	ldr	x6, [sp, #888]
	ldr	x7, [sp, #584]
	blr	x8
	movi	v16.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB9_17:
	ldr	x25, [sp, #440]
	ldr	x24, [sp, #784]
	cmp	x25, #1
	b.lt	.LBB9_10
	ldr	x8, [sp, #368]
	ldr	x14, [sp, #384]
	lsl	x13, x0, #2
	add	x11, x0, x0, lsl #1
	ldr	x9, [sp, #672]
	ldr	x10, [sp, #696]
	mul	x8, x14, x8
	str	x13, [sp, #304]
	ldr	x13, [sp, #360]
	mov	x16, xzr
	mul	x9, x14, x9
	mul	x10, x14, x10
	add	x8, x13, x8, lsl #2
	mul	x12, x1, x14
	str	x8, [sp, #352]
	lsl	x8, x11, #4
	str	x8, [sp, #504]
	lsl	x8, x0, #5
	str	x8, [sp, #496]
	lsl	x8, x11, #3
	str	x8, [sp, #488]
	lsl	x8, x0, #4
	str	x8, [sp, #480]
	ldr	x8, [sp, #208]
	add	x8, x8, x9, lsl #2
	lsl	x9, x14, #2
	str	x8, [sp, #576]
	add	x8, x13, x10, lsl #2
	and	x10, x0, #0x7ffffffffffffffe
	str	x10, [sp, #592]
	and	x10, x0, #0x7ffffffffffffff8
	str	x10, [sp, #520]
	ldr	x10, [sp, #200]
	str	x8, [sp, #688]
	ldr	x8, [x24, #16]
	add	x10, x10, x9
	str	x10, [sp, #376]
	add	x10, x13, x9
	str	x10, [sp, #392]
	ldr	x10, [sp, #192]
	add	x11, x10, x12
	add	x9, x10, x9
	str	x11, [sp, #344]
	ldr	x11, [sp, #184]
	add	x11, x11, x12
	str	x11, [sp, #296]
	ldr	x11, [sp, #176]
	add	x11, x11, x12
	stp	x9, x11, [sp, #280]
	b	.LBB9_20
.LBB9_19:
	ldr	x24, [sp, #784]
	ldr	x25, [sp, #440]
	ldr	x1, [sp, #624]
	ldr	x8, [x24, #16]
	add	x16, x8, x16
	cmp	x16, x25
	b.ge	.LBB9_10
.LBB9_20:
	sub	x9, x25, x16
	str	x16, [sp, #800]
	cmp	x8, x9
	csel	x9, x8, x9, lt
	ldr	w8, [sp, #436]
	cbz	w8, .LBB9_22
	sdiv	x8, x9, x3
	mul	x8, x8, x3
	b	.LBB9_23
.LBB9_22:
	mov	x8, xzr
.LBB9_23:
	str	x8, [sp, #776]
	subs	x8, x9, x8
	str	x9, [sp, #792]
	str	x8, [sp, #888]
	b.le	.LBB9_27
	ldr	x8, [sp, #784]
	ldr	x10, [sp, #800]
	ldr	x11, [sp, #776]
	ldr	w9, [sp, #532]
	ldrsw	x18, [x8]
	add	x4, x11, x10
	cbz	w9, .LBB9_70
	ldr	x8, [x8, #48]
	cbz	x8, .LBB9_70
	ldp	x1, x2, [sp, #360]
	mov	w0, w18
	ldr	x3, [sp, #384]
	ldr	x5, [sp, #864]
	ldr	x6, [sp, #888]
	ldr	x7, [sp, #704]
	blr	x8
	ldr	x0, [sp, #864]
	ldr	x3, [sp, #856]
	movi	v16.2d, #0000000000000000
.LBB9_27:
	ldr	x8, [sp, #600]
	ldr	x10, [sp, #848]
	ldr	x15, [sp, #768]
	ldr	x16, [sp, #800]
	ldr	x14, [sp, #792]
	cmp	x8, #1
	b.lt	.LBB9_19
	ldp	x18, x9, [sp, #408]
	lsl	x8, x16, #2
	ldr	x23, [sp, #568]
	mov	x11, xzr
	str	xzr, [sp, #616]
	add	x9, x9, x8
	str	x9, [sp, #560]
	ldr	x9, [sp, #424]
	add	x8, x9, x8
	str	x8, [sp, #552]
	ldr	x8, [sp, #600]
	b	.LBB9_30
.LBB9_29:
	ldr	x8, [sp, #616]
	ldr	x10, [sp, #848]
	add	x23, x23, x15
	ldr	x11, [sp, #744]
	add	x18, x18, x15
	add	x8, x8, #1
	str	x8, [sp, #616]
	ldr	x8, [sp, #600]
	add	x11, x11, x10
	cmp	x11, x8
	ldr	x8, [sp, #608]
	b.ge	.LBB9_19
.LBB9_30:
	subs	x9, x8, x10
	str	x11, [sp, #744]
	csel	x26, x8, x10, lt
	ldr	x8, [sp, #736]
	str	x9, [sp, #608]
	subs	x8, x11, x8
	mul	x9, x8, x0
	lsl	x8, x11, #2
	ldr	x11, [sp, #584]
	add	x11, x11, x9, lsl #2
	ldr	x9, [sp, #576]
	add	x12, x9, x8
	ldr	x9, [sp, #672]
	str	x11, [sp, #664]
	str	x12, [sp, #656]
	csel	x9, x9, x10, lt
	str	x9, [sp, #728]
	csel	x9, x12, x11, lt
	cmp	x14, #1
	str	x9, [sp, #720]
	b.lt	.LBB9_29
	ldr	x10, [sp, #616]
	ldr	x9, [sp, #568]
	mov	x1, xzr
	ldr	x11, [sp, #744]
	ldr	x27, [sp, #552]
	and	x13, x26, #0xfffffffffffffff8
	madd	x12, x15, x10, x9
	ldr	x9, [sp, #544]
	ldr	x10, [sp, #840]
	mov	x4, x14
	str	x13, [sp, #712]
	add	x9, x11, x9
	str	x18, [sp, #832]
	mul	x9, x9, x10
	lsl	x10, x26, #2
	str	x10, [sp, #640]
	add	x10, x12, x10
	str	x10, [sp, #632]
	ldr	x10, [sp, #600]
	str	x12, [sp, #648]
	sub	x11, x10, x11
	ldr	x10, [sp, #536]
	str	x11, [sp, #824]
	add	x8, x10, x8
	ldr	x10, [sp, #560]
	str	x8, [sp, #816]
	ldr	x8, [sp, #848]
	add	x9, x10, x9, lsl #2
	cmp	x8, x11
	csel	x25, x8, x11, lt
	str	x9, [sp, #808]
	b	.LBB9_33
.LBB9_32:
	ldr	x8, [sp, #752]
	add	x1, x1, x3
	cmp	x1, x14
	add	x27, x27, x8
	b.ge	.LBB9_29
.LBB9_33:
	ldr	x13, [sp, #840]
	add	x9, x1, x16
	subs	x11, x4, x3
	ldr	x12, [sp, #816]
	str	x11, [sp, #880]
	ldr	x11, [sp, #808]
	mul	x8, x9, x13
	sub	x10, x14, x1
	csel	x20, x4, x3, lt
	cmp	x3, x10
	add	x11, x11, x1, lsl #2
	str	x1, [sp, #888]
	csel	x24, x3, x10, lt
	add	x8, x12, x8, lsl #2
	ldr	w12, [sp, #876]
	cmp	w12, #0
	cset	w12, eq
	csel	x19, x8, x11, eq
	cmp	x10, x3
	ldr	x11, [sp, #848]
	ldr	x10, [sp, #824]
	ccmp	x10, x11, #8, ge
	cset	w10, ge
	ands	w28, w12, w10
	add	x10, sp, #896
	csel	x6, x8, x10, ne
	ldr	x8, [sp, #776]
	csel	x7, x13, x11, ne
	subs	x10, x1, x8
	and	w8, w28, w22
	b.ge	.LBB9_35
	ldr	x2, [sp, #680]
	ldr	x10, [sp, #688]
	ldr	x3, [sp, #696]
	ldr	x4, [sp, #720]
	ldr	x5, [sp, #728]
	mul	x9, x9, x2
	add	x1, x10, x9, lsl #2
	ldr	x9, [sp, #784]
	b	.LBB9_37
.LBB9_35:
	mul	x9, x10, x0
	ldr	x10, [sp, #704]
	add	x1, x10, x9, lsl #2
	ldr	x9, [sp, #736]
	ldr	x10, [sp, #744]
	cmp	x10, x9
	b.ge	.LBB9_38
	ldr	x9, [sp, #784]
	ldr	x4, [sp, #656]
	mov	w2, #1
	ldr	x5, [sp, #672]
.LBB9_37:
	ldr	x9, [x9, #40]
	str	w8, [sp]
	blr	x9
	b	.LBB9_39
.LBB9_38:
	ldr	x9, [sp, #784]
	ldr	x2, [sp, #664]
	mov	x3, x6
	mov	x4, x7
	mov	w5, w8
	ldr	x9, [x9, #32]
	blr	x9
.LBB9_39:
	movi	v16.2d, #0000000000000000
	ldr	x3, [sp, #856]
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #888]
	tbz	w28, #0, .LBB9_51
	ldr	x15, [sp, #768]
	ldr	x17, [sp, #760]
	ldr	x16, [sp, #800]
	ldr	x14, [sp, #792]
	ldr	x18, [sp, #832]
	ldr	x2, [sp, #712]
	ldr	x4, [sp, #880]
	cbz	x21, .LBB9_32
	cmp	x24, #1
	b.lt	.LBB9_32
	sub	x9, x20, #1
	ldr	x10, [sp, #640]
	mov	x8, xzr
	mul	x9, x17, x9
	add	x10, x19, x10
	add	x9, x10, x9
	ldr	x10, [sp, #632]
	cmp	x19, x10
	ldr	x10, [sp, #648]
	ccmp	x10, x9, #2, lo
	add	x10, x19, #16
	ccmp	x17, #0, #8, hs
	cset	w9, lt
	b	.LBB9_44
.LBB9_43:
	add	x8, x8, #1
	add	x10, x10, x17
	add	x19, x19, x17
	cmp	x8, x20
	b.eq	.LBB9_32
.LBB9_44:
	cmp	x25, #1
	b.lt	.LBB9_43
	cmp	x26, #8
	cset	w11, lo
	orr	w11, w11, w9
	tbz	w11, #0, .LBB9_47
	mov	x11, xzr
	b	.LBB9_50
.LBB9_47:
	mov	x11, x18
	mov	x12, x10
	mov	x13, x2
.LBB9_48:
	ldp	q0, q3, [x12, #-16]
	subs	x13, x13, #8
	ldp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	fadd	v0.4s, v1.4s, v0.4s
	fadd	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB9_48
	cmp	x26, x2
	mov	x11, x2
	b.eq	.LBB9_43
.LBB9_50:
	ldr	s0, [x23, x11, lsl #2]
	ldr	s1, [x19, x11, lsl #2]
	fadd	s0, s0, s1
	str	s0, [x19, x11, lsl #2]
	add	x11, x11, #1
	cmp	x26, x11
	b.ne	.LBB9_50
	b	.LBB9_43
.LBB9_51:
	ldr	w8, [sp, #876]
	ldr	x18, [sp, #832]
	cbz	w8, .LBB9_61
	ldr	x15, [sp, #768]
	ldr	x17, [sp, #760]
	cmp	x25, #1
	ldr	x16, [sp, #800]
	ldr	x14, [sp, #792]
	ldr	x4, [sp, #880]
	b.lt	.LBB9_32
	mov	x8, xzr
	add	x9, sp, #896
	b	.LBB9_55
.LBB9_54:
	add	x8, x8, #1
	add	x19, x19, x17
	add	x9, x9, #4
	cmp	x8, x26
	b.eq	.LBB9_32
.LBB9_55:
	cmp	x24, #1
	mov	x10, x27
	mov	x11, x9
	mov	x12, x19
	mov	x13, x20
	b.ge	.LBB9_57
	b	.LBB9_54
.LBB9_56:
	add	x11, x11, x15
	subs	x13, x13, #1
	add	x10, x10, #4
	str	s0, [x12], #4
	b.eq	.LBB9_54
.LBB9_57:
	ldr	s0, [x11]
	cbz	x21, .LBB9_59
	ldr	s1, [x10]
	fadd	s0, s0, s1
.LBB9_59:
	cbz	w22, .LBB9_56
	ldr	s1, [x12]
	fadd	s0, s0, s1
	b	.LBB9_56
.LBB9_61:
	ldr	x15, [sp, #768]
	ldr	x17, [sp, #760]
	cmp	x24, #1
	ldr	x16, [sp, #800]
	ldr	x14, [sp, #792]
	ldr	x4, [sp, #880]
	b.lt	.LBB9_32
	mov	x8, xzr
	add	x9, sp, #896
	b	.LBB9_64
.LBB9_63:
	add	x8, x8, #1
	add	x9, x9, x15
	add	x19, x19, x17
	cmp	x8, x20
	b.eq	.LBB9_32
.LBB9_64:
	cmp	x25, #1
	mov	x10, x19
	mov	x11, x23
	mov	x12, x9
	mov	x13, x26
	b.ge	.LBB9_66
	b	.LBB9_63
.LBB9_65:
	subs	x13, x13, #1
	add	x11, x11, #4
	str	s0, [x10], #4
	b.eq	.LBB9_63
.LBB9_66:
	ldr	s0, [x12], #4
	cbz	x21, .LBB9_68
	ldr	s1, [x11]
	fadd	s0, s0, s1
.LBB9_68:
	cbz	w22, .LBB9_65
	ldr	s1, [x10]
	fadd	s0, s0, s1
	b	.LBB9_65
.LBB9_70:
	cmp	w18, #7
	b.gt	.LBB9_110
	cmp	w18, #4
	b.eq	.LBB9_184
	cmp	w18, #6
	b.ne	.LBB9_144
	ldr	x24, [sp, #888]
	mov	x9, #-6148914691236517206
	ldr	x27, [sp, #704]
	movk	x9, #43691
	mov	x12, xzr
	mov	x19, xzr
	sub	x8, x24, #1
	umulh	x8, x8, x9
	mul	x9, x1, x4
	lsr	x8, x8, #2
	str	x8, [sp, #744]
	ldr	x8, [sp, #296]
	add	x8, x8, x4, lsl #2
	str	x8, [sp, #880]
	ldr	x8, [sp, #376]
	add	x18, x8, x9
	ldr	x8, [sp, #392]
	add	x2, x8, x9
	b	.LBB9_75
.LBB9_74:
	ldr	x8, [sp, #488]
	ldr	x9, [sp, #744]
	add	x19, x19, #6
	ldr	x18, [sp, #824]
	ldr	x2, [sp, #816]
	ldr	x24, [sp, #808]
	add	x27, x27, x8
	ldr	x8, [sp, #832]
	cmp	x8, x9
	ldr	x9, [sp, #880]
	add	x12, x8, #1
	add	x9, x9, #24
	str	x9, [sp, #880]
	ldr	x9, [sp, #464]
	add	x18, x18, x9
	add	x2, x2, x9
	b.eq	.LBB9_27
.LBB9_75:
	subs	x13, x24, #6
	mov	w10, #6
	ldr	x11, [sp, #888]
	csel	x9, x24, x10, lt
	cmp	x24, #1
	str	x12, [sp, #832]
	csinc	x8, x24, xzr, gt
	sub	x23, x11, x19
	str	x18, [sp, #824]
	cmp	x8, #6
	str	x2, [sp, #816]
	csel	x20, x8, x10, lt
	cmp	x23, #6
	str	x13, [sp, #808]
	csel	x8, x23, x10, lt
	ldr	w10, [sp, #532]
	cbz	w10, .LBB9_87
	lsl	x9, x9, #2
	cmp	x23, #0
	b.le	.LBB9_102
	ldr	x17, [sp, #592]
	mov	x10, xzr
	mov	x11, x2
	mov	x12, x27
	mov	x13, x18
	b	.LBB9_79
.LBB9_78:
	add	x10, x10, #1
	add	x13, x13, x1
	add	x12, x12, #4
	cmp	x10, x20
	add	x11, x11, x1
	b.eq	.LBB9_100
.LBB9_79:
	cmp	x0, #1
	b.lt	.LBB9_78
	b.ne	.LBB9_82
	mov	x16, xzr
	b	.LBB9_85
.LBB9_82:
	mov	x14, x17
	mov	x15, x12
	mov	x16, x13
.LBB9_83:
	ldp	s0, s1, [x16, #-4]
	subs	x14, x14, #2
	add	x16, x16, #8
	str	s0, [x15]
	str	s1, [x15, #24]
	add	x15, x15, #48
	b.ne	.LBB9_83
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB9_78
.LBB9_85:
	add	x14, x16, x16, lsl #1
	add	x15, x11, x16, lsl #2
	sub	x16, x0, x16
	lsl	x14, x14, #3
.LBB9_86:
	ldr	s0, [x15], #4
	subs	x16, x16, #1
	str	s0, [x12, x14]
	add	x14, x14, #24
	b.ne	.LBB9_86
	b	.LBB9_78
.LBB9_87:
	cmp	x0, #1
	b.lt	.LBB9_74
	ldr	x25, [sp, #880]
	mov	x26, x0
	mov	x28, x27
	b	.LBB9_92
.LBB9_89:
	mov	x8, xzr
.LBB9_90:
	lsl	x8, x8, #2
	mov	w9, #24
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x28, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB9_91:
	subs	x26, x26, #1
	add	x28, x28, #24
	add	x25, x25, x1
	b.eq	.LBB9_74
.LBB9_92:
	cmp	x23, #1
	b.lt	.LBB9_89
	ldur	s0, [x25, #-12]
	cmp	x24, #1
	str	s0, [x28]
	b.le	.LBB9_99
	ldur	s0, [x25, #-8]
	cmp	x24, #2
	str	s0, [x28, #4]
	b.eq	.LBB9_99
	ldur	s0, [x25, #-4]
	cmp	x24, #3
	str	s0, [x28, #8]
	b.eq	.LBB9_99
	ldr	s0, [x25]
	cmp	x24, #4
	str	s0, [x28, #12]
	b.eq	.LBB9_99
	ldr	s0, [x25, #4]
	cmp	x24, #5
	str	s0, [x28, #16]
	b.eq	.LBB9_99
	ldr	s0, [x25, #8]
	str	s0, [x28, #20]
.LBB9_99:
	cmp	x24, #5
	mov	x8, x20
	b.le	.LBB9_90
	b	.LBB9_91
.LBB9_100:
	cmp	x23, #6
	b.lt	.LBB9_102
	b	.LBB9_74
.LBB9_101:
	cmp	x8, #5
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_74
.LBB9_102:
	cmp	x0, #1
	b.lt	.LBB9_101
	b.ne	.LBB9_105
	mov	x11, xzr
	b	.LBB9_108
.LBB9_105:
	ldr	x13, [sp, #592]
	mov	x11, x9
	mov	x10, x13
.LBB9_106:
	add	x12, x27, x11
	subs	x10, x10, #2
	add	x11, x11, #48
	str	wzr, [x12]
	str	wzr, [x12, #24]
	b.ne	.LBB9_106
	cmp	x0, x13
	mov	x11, x13
	b.eq	.LBB9_101
.LBB9_108:
	mov	w10, #24
	madd	x10, x11, x10, x27
	sub	x11, x0, x11
.LBB9_109:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #24
	b.ne	.LBB9_109
	b	.LBB9_101
.LBB9_110:
	cmp	w18, #8
	b.eq	.LBB9_244
	cmp	w18, #12
	b.ne	.LBB9_144
	ldr	x24, [sp, #888]
	mov	x9, #-6148914691236517206
	ldr	x10, [sp, #352]
	movk	x9, #43691
	ldr	x19, [sp, #704]
	mov	x12, xzr
	sub	x8, x24, #1
	add	x10, x10, x4, lsl #2
	str	xzr, [sp, #880]
	umulh	x8, x8, x9
	str	x10, [sp, #832]
	mul	x9, x1, x4
	lsr	x8, x8, #3
	str	x8, [sp, #728]
	ldr	x8, [sp, #376]
	add	x18, x8, x9
	ldr	x8, [sp, #392]
	add	x2, x8, x9
	b	.LBB9_114
.LBB9_113:
	ldr	x8, [sp, #504]
	ldr	x9, [sp, #728]
	ldr	x12, [sp, #824]
	ldr	x18, [sp, #816]
	ldr	x2, [sp, #808]
	ldr	x24, [sp, #744]
	add	x19, x19, x8
	add	x12, x12, #12
	ldr	x8, [sp, #880]
	cmp	x8, x9
	ldr	x9, [sp, #832]
	add	x8, x8, #1
	str	x8, [sp, #880]
	add	x9, x9, #48
	str	x9, [sp, #832]
	ldr	x9, [sp, #472]
	add	x18, x18, x9
	add	x2, x2, x9
	b.eq	.LBB9_27
.LBB9_114:
	subs	x13, x24, #12
	mov	w10, #12
	ldr	x11, [sp, #888]
	csel	x9, x24, x10, lt
	cmp	x24, #1
	str	x12, [sp, #824]
	csinc	x8, x24, xzr, gt
	sub	x25, x11, x12
	str	x18, [sp, #816]
	cmp	x8, #12
	str	x2, [sp, #808]
	csel	x20, x8, x10, lt
	cmp	x25, #12
	str	x13, [sp, #744]
	csel	x8, x25, x10, lt
	ldr	w10, [sp, #532]
	cbz	w10, .LBB9_126
	lsl	x9, x9, #2
	cmp	x25, #0
	b.le	.LBB9_136
	ldr	x17, [sp, #592]
	mov	x10, xzr
	mov	x11, x2
	mov	x12, x19
	mov	x13, x18
	b	.LBB9_118
.LBB9_117:
	add	x10, x10, #1
	add	x13, x13, x1
	add	x12, x12, #4
	cmp	x10, x20
	add	x11, x11, x1
	b.eq	.LBB9_134
.LBB9_118:
	cmp	x0, #1
	b.lt	.LBB9_117
	b.ne	.LBB9_121
	mov	x16, xzr
	b	.LBB9_124
.LBB9_121:
	mov	x14, x17
	mov	x15, x12
	mov	x16, x13
.LBB9_122:
	ldp	s0, s1, [x16, #-4]
	subs	x14, x14, #2
	add	x16, x16, #8
	str	s0, [x15]
	str	s1, [x15, #48]
	add	x15, x15, #96
	b.ne	.LBB9_122
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB9_117
.LBB9_124:
	add	x14, x16, x16, lsl #1
	add	x15, x11, x16, lsl #2
	sub	x16, x0, x16
	lsl	x14, x14, #4
.LBB9_125:
	ldr	s0, [x15], #4
	subs	x16, x16, #1
	str	s0, [x12, x14]
	add	x14, x14, #48
	b.ne	.LBB9_125
	b	.LBB9_117
.LBB9_126:
	cmp	x0, #1
	b.lt	.LBB9_113
	ldr	x8, [sp, #504]
	ldr	x9, [sp, #880]
	mov	x23, xzr
	ldr	x27, [sp, #832]
	mov	x28, x19
	mul	x8, x9, x8
	ldr	x9, [sp, #704]
	add	x26, x9, x8
	b	.LBB9_131
.LBB9_128:
	mov	x8, xzr
.LBB9_129:
	mov	w10, #48
	lsl	x8, x8, #2
	mov	w1, wzr
	madd	x9, x23, x10, x26
	sub	x2, x10, x8
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB9_130:
	add	x23, x23, #1
	add	x28, x28, #48
	add	x27, x27, x1
	cmp	x23, x0
	b.eq	.LBB9_113
.LBB9_131:
	cmp	x25, #1
	mov	x8, x27
	mov	x9, x28
	mov	x10, x20
	b.lt	.LBB9_128
.LBB9_132:
	ldr	s0, [x8], #4
	subs	x10, x10, #1
	str	s0, [x9], #4
	b.ne	.LBB9_132
	cmp	x24, #11
	mov	x8, x20
	b.le	.LBB9_129
	b	.LBB9_130
.LBB9_134:
	cmp	x25, #12
	b.lt	.LBB9_136
	b	.LBB9_113
.LBB9_135:
	cmp	x8, #11
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_113
.LBB9_136:
	cmp	x0, #1
	b.lt	.LBB9_135
	b.ne	.LBB9_139
	mov	x11, xzr
	b	.LBB9_142
.LBB9_139:
	ldr	x13, [sp, #592]
	mov	x11, x9
	mov	x10, x13
.LBB9_140:
	add	x12, x19, x11
	subs	x10, x10, #2
	add	x11, x11, #96
	str	wzr, [x12]
	str	wzr, [x12, #48]
	b.ne	.LBB9_140
	cmp	x0, x13
	mov	x11, x13
	b.eq	.LBB9_135
.LBB9_142:
	mov	w10, #48
	madd	x10, x11, x10, x19
	sub	x11, x0, x11
.LBB9_143:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #48
	b.ne	.LBB9_143
	b	.LBB9_135
.LBB9_144:
	mul	x10, x1, x18
	ldr	x8, [sp, #304]
	lsl	x9, x4, #2
	cmp	x0, #7
	lsl	x26, x18, #2
	ldr	x6, [sp, #704]
	mul	x8, x8, x18
	ccmp	w18, #1, #0, hi
	mov	x11, xzr
	cset	w2, eq
	str	xzr, [sp, #712]
	str	w2, [sp, #816]
	str	x10, [sp, #560]
	ldr	x10, [sp, #352]
	add	x10, x10, x9
	str	x8, [sp, #608]
	mul	x8, x1, x4
	str	x10, [sp, #664]
	ldp	x12, x10, [sp, #336]
	add	x9, x10, x9
	str	x9, [sp, #656]
	ldr	x9, [sp, #280]
	add	x4, x9, x8
	ldr	x9, [sp, #392]
	add	x5, x9, x8
	ldr	x9, [sp, #888]
	b	.LBB9_146
.LBB9_145:
	ldr	x8, [sp, #712]
	ldr	x12, [sp, #744]
	ldr	x11, [sp, #648]
	ldr	x4, [sp, #640]
	ldr	x5, [sp, #632]
	ldr	x9, [sp, #616]
	add	x8, x8, #1
	add	x11, x11, x18
	str	x8, [sp, #712]
	ldr	x8, [sp, #656]
	add	x8, x8, x26
	str	x8, [sp, #656]
	ldr	x8, [sp, #608]
	add	x12, x12, x8
	add	x6, x6, x8
	ldr	x8, [sp, #888]
	cmp	x11, x8
	ldr	x8, [sp, #664]
	add	x8, x8, x26
	str	x8, [sp, #664]
	ldr	x8, [sp, #560]
	add	x4, x4, x8
	add	x5, x5, x8
	b.ge	.LBB9_27
.LBB9_146:
	ldr	x8, [sp, #888]
	subs	x7, x9, x18
	str	x12, [sp, #744]
	csel	x23, x9, x18, lt
	ldr	w9, [sp, #532]
	str	x11, [sp, #648]
	sub	x8, x8, x11
	str	x4, [sp, #640]
	cmp	x8, x18
	str	x5, [sp, #632]
	csel	x20, x8, x18, lt
	str	x7, [sp, #616]
	cbz	w9, .LBB9_158
	ldr	x17, [sp, #520]
	cmp	x20, #1
	b.lt	.LBB9_173
	mov	x9, xzr
	mov	x10, x5
	mov	x11, x6
	mov	x13, x4
	b	.LBB9_150
.LBB9_149:
	add	x9, x9, #1
	add	x13, x13, x1
	add	x12, x12, #4
	cmp	x9, x23
	add	x11, x11, #4
	add	x10, x10, x1
	b.eq	.LBB9_173
.LBB9_150:
	cmp	x0, #1
	b.lt	.LBB9_149
	cbz	w2, .LBB9_155
	mov	x14, x12
	mov	x15, x13
	mov	x16, x17
.LBB9_153:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #8
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB9_153
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB9_149
	b	.LBB9_156
.LBB9_155:
	mov	x16, xzr
.LBB9_156:
	madd	x14, x26, x16, x11
	add	x15, x10, x16, lsl #2
	sub	x16, x0, x16
.LBB9_157:
	ldr	s0, [x15], #4
	subs	x16, x16, #1
	str	s0, [x14]
	add	x14, x14, x26
	b.ne	.LBB9_157
	b	.LBB9_149
.LBB9_158:
	cmp	x0, #1
	b.lt	.LBB9_145
	ldr	x8, [sp, #712]
	ldr	x9, [sp, #608]
	mov	x24, xzr
	ldr	x25, [sp, #664]
	ldr	x19, [sp, #744]
	mov	x28, x6
	mul	x8, x9, x8
	neg	x9, x23
	ldr	x27, [sp, #656]
	str	x9, [sp, #808]
	and	x9, x23, #0xfffffffffffffff8
	str	x9, [sp, #728]
	and	x9, x23, #0xfffffffffffffff8
	str	x9, [sp, #720]
	ldr	x9, [sp, #704]
	str	x20, [sp, #880]
	add	x8, x9, x8
	str	x23, [sp, #832]
	str	x8, [sp, #824]
	b	.LBB9_161
.LBB9_160:
	add	x24, x24, #1
	add	x27, x27, x1
	add	x19, x19, x26
	cmp	x24, x0
	add	x28, x28, x26
	add	x25, x25, x1
	b.eq	.LBB9_145
.LBB9_161:
	cmp	x20, #1
	b.lt	.LBB9_164
	cmp	x23, #8
	b.hs	.LBB9_165
	mov	x9, xzr
	b	.LBB9_168
.LBB9_164:
	mov	x8, xzr
	b	.LBB9_171
.LBB9_165:
	ldr	x10, [sp, #728]
	mov	x8, x19
	mov	x9, x27
.LBB9_166:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_166
	ldr	x9, [sp, #720]
	mov	x8, x23
	cmp	x23, x9
	b.eq	.LBB9_171
.LBB9_168:
	lsl	x10, x9, #2
	ldr	x8, [sp, #808]
	add	x8, x8, x9
	add	x9, x28, x10
	add	x10, x25, x10
.LBB9_169:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_169
	mov	x8, x23
.LBB9_171:
	cmp	x8, x18
	b.ge	.LBB9_160
	ldr	x9, [sp, #824]
	lsl	x8, x8, #2
	mov	w1, wzr
	madd	x9, x24, x26, x9
	mov	x20, x18
	mov	x23, x6
	sub	x2, x26, x8
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	mov	x6, x23
	ldr	x23, [sp, #832]
	ldr	w2, [sp, #816]
	mov	x18, x20
	ldr	x20, [sp, #880]
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
	b	.LBB9_160
.LBB9_173:
	cmp	x8, x18
	b.ge	.LBB9_145
	lsl	x8, x23, #2
	b	.LBB9_176
.LBB9_175:
	add	x20, x20, #1
	add	x8, x8, #4
	cmp	x20, x18
	b.ge	.LBB9_145
.LBB9_176:
	cmp	x0, #1
	b.lt	.LBB9_175
	cbz	w2, .LBB9_181
	ldr	x11, [sp, #520]
	ldr	x12, [sp, #744]
	mov	x9, x8
	mov	x10, x11
.LBB9_179:
	str	q16, [x6, x9]
	subs	x10, x10, #8
	str	q16, [x12, x9]
	add	x9, x9, #32
	b.ne	.LBB9_179
	cmp	x0, x11
	mov	x10, x11
	b.eq	.LBB9_175
	b	.LBB9_182
.LBB9_181:
	mov	x10, xzr
.LBB9_182:
	madd	x9, x26, x10, x6
	sub	x10, x0, x10
.LBB9_183:
	subs	x10, x10, #1
	str	wzr, [x9, x8]
	add	x9, x9, x26
	b.ne	.LBB9_183
	b	.LBB9_175
.LBB9_184:
	ldr	x26, [sp, #888]
	mul	x8, x1, x4
	add	x9, x11, x10
	add	x11, x9, #2
	ldp	x17, x18, [sp, #248]
	sub	x12, x26, #1
	madd	x10, x1, x9, x1
	add	x9, x9, #3
	lsr	x12, x12, #2
	ldr	x20, [sp, #336]
	ldr	x23, [sp, #704]
	mul	x11, x1, x11
	mov	x14, xzr
	mov	x15, xzr
	str	x12, [sp, #608]
	ldr	x12, [sp, #288]
	mul	x9, x1, x9
	add	x12, x12, x4, lsl #2
	str	x12, [sp, #880]
	ldr	x12, [sp, #376]
	add	x13, x12, x8
	add	x2, x12, x11
	str	x13, [sp, #832]
	ldr	x13, [sp, #392]
	add	x16, x13, x8
	ldr	x8, [sp, #264]
	add	x4, x13, x9
	str	x8, [sp, #816]
	add	x8, x12, x10
	str	x8, [sp, #808]
	add	x8, x13, x10
	add	x10, x12, x9
	str	x8, [sp, #824]
	add	x8, x13, x11
	str	x8, [sp, #744]
	b	.LBB9_186
.LBB9_185:
	ldr	x8, [sp, #608]
	ldr	x9, [sp, #648]
	ldr	x11, [sp, #832]
	ldr	x10, [sp, #480]
	ldr	x18, [sp, #728]
	ldr	x17, [sp, #712]
	cmp	x9, x8
	add	x14, x9, #1
	ldr	x9, [sp, #880]
	add	x23, x23, x10
	ldr	x15, [sp, #656]
	add	x20, x20, x10
	add	x9, x9, #16
	ldr	x16, [sp, #640]
	add	x18, x18, x10
	str	x9, [sp, #880]
	ldr	x9, [sp, #448]
	ldr	x2, [sp, #720]
	add	x17, x17, x10
	ldr	x4, [sp, #632]
	ldr	x26, [sp, #616]
	add	x11, x11, x9
	add	x15, x15, #4
	add	x16, x16, x9
	str	x11, [sp, #832]
	ldr	x11, [sp, #816]
	add	x2, x2, x9
	add	x4, x4, x9
	add	x11, x11, x10
	ldr	x10, [sp, #664]
	str	x11, [sp, #816]
	ldr	x11, [sp, #808]
	add	x10, x10, x9
	add	x11, x11, x9
	str	x11, [sp, #808]
	ldr	x11, [sp, #824]
	add	x11, x11, x9
	str	x11, [sp, #824]
	ldr	x11, [sp, #744]
	add	x11, x11, x9
	str	x11, [sp, #744]
	b.eq	.LBB9_27
.LBB9_186:
	str	x10, [sp, #664]
	subs	x12, x26, #4
	mov	w10, #4
	csel	x9, x26, x10, lt
	cmp	x26, #1
	ldr	x11, [sp, #888]
	csinc	x8, x26, xzr, gt
	mov	w13, #4
	str	x15, [sp, #656]
	cmp	x8, #4
	sub	x25, x11, x15
	str	x14, [sp, #648]
	csel	x24, x8, x10, lt
	cmp	x25, #4
	str	x16, [sp, #640]
	csel	x8, x25, x10, lt
	ldr	w10, [sp, #532]
	str	x17, [sp, #712]
	str	x18, [sp, #728]
	str	x2, [sp, #720]
	str	x4, [sp, #632]
	str	x12, [sp, #616]
	cbz	w10, .LBB9_191
	lsl	x9, x9, #2
	ldr	x14, [sp, #592]
	cmp	x25, #0
	b.le	.LBB9_236
	cmp	x0, #0
	b.le	.LBB9_207
	cmp	x0, #1
	b.ne	.LBB9_202
	mov	x11, xzr
	b	.LBB9_205
.LBB9_191:
	cmp	x0, #1
	b.lt	.LBB9_185
	ldr	x27, [sp, #880]
	mov	x19, x0
	mov	x28, x23
	b	.LBB9_196
.LBB9_193:
	mov	x8, xzr
.LBB9_194:
	lsl	x8, x8, #2
	mov	w9, #16
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x28, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB9_195:
	subs	x19, x19, #1
	add	x28, x28, #16
	add	x27, x27, x1
	b.eq	.LBB9_185
.LBB9_196:
	cmp	x25, #1
	b.lt	.LBB9_193
	ldur	s0, [x27, #-8]
	cmp	x26, #1
	str	s0, [x28]
	b.le	.LBB9_201
	ldur	s0, [x27, #-4]
	cmp	x26, #2
	str	s0, [x28, #4]
	b.eq	.LBB9_201
	ldr	s0, [x27]
	cmp	x26, #3
	str	s0, [x28, #8]
	b.eq	.LBB9_201
	ldr	s0, [x27, #4]
	str	s0, [x28, #12]
.LBB9_201:
	cmp	x26, #3
	mov	x8, x24
	b.le	.LBB9_194
	b	.LBB9_195
.LBB9_202:
	ldr	x12, [sp, #832]
	mov	x10, x14
	mov	x11, x20
.LBB9_203:
	ldp	s0, s1, [x12, #-4]
	subs	x10, x10, #2
	add	x12, x12, #8
	stur	s0, [x11, #-16]
	str	s1, [x11], #32
	b.ne	.LBB9_203
	cmp	x0, x14
	mov	x11, x14
	b.eq	.LBB9_207
.LBB9_205:
	lsl	x10, x11, #2
	sub	x11, x0, x11
.LBB9_206:
	ldr	s0, [x16, x10]
	subs	x11, x11, #1
	str	s0, [x23, x10, lsl #2]
	add	x10, x10, #4
	b.ne	.LBB9_206
.LBB9_207:
	cmp	x26, #2
	b.lt	.LBB9_234
	cmp	x0, #1
	b.lt	.LBB9_216
	b.ne	.LBB9_211
	mov	x12, xzr
	b	.LBB9_214
.LBB9_211:
	ldr	x10, [sp, #808]
	ldr	x11, [sp, #816]
	mov	x12, x14
.LBB9_212:
	ldp	s0, s1, [x10, #-4]
	subs	x12, x12, #2
	add	x10, x10, #8
	stur	s0, [x11, #-16]
	str	s1, [x11], #32
	b.ne	.LBB9_212
	cmp	x0, x14
	mov	x12, x14
	b.eq	.LBB9_216
.LBB9_214:
	ldr	x11, [sp, #824]
	orr	x10, x13, x12, lsl #4
	add	x11, x11, x12, lsl #2
	sub	x12, x0, x12
.LBB9_215:
	ldr	s0, [x11], #4
	subs	x12, x12, #1
	str	s0, [x23, x10]
	add	x10, x10, #16
	b.ne	.LBB9_215
.LBB9_216:
	cmp	x26, #2
	b.eq	.LBB9_234
	cmp	x0, #1
	b.lt	.LBB9_225
	b.ne	.LBB9_220
	mov	x12, xzr
	b	.LBB9_223
.LBB9_220:
	ldr	x10, [sp, #720]
	ldr	x11, [sp, #728]
	mov	x12, x14
.LBB9_221:
	ldp	s0, s1, [x10, #-4]
	subs	x12, x12, #2
	add	x10, x10, #8
	stur	s0, [x11, #-16]
	str	s1, [x11], #32
	b.ne	.LBB9_221
	cmp	x0, x14
	mov	x12, x14
	b.eq	.LBB9_225
.LBB9_223:
	ldr	x11, [sp, #744]
	mov	w10, #8
	orr	x10, x10, x12, lsl #4
	add	x11, x11, x12, lsl #2
	sub	x12, x0, x12
.LBB9_224:
	ldr	s0, [x11], #4
	subs	x12, x12, #1
	str	s0, [x23, x10]
	add	x10, x10, #16
	b.ne	.LBB9_224
.LBB9_225:
	cmp	x26, #3
	b.eq	.LBB9_234
	cmp	x0, #1
	b.lt	.LBB9_234
	b.ne	.LBB9_229
	mov	x12, xzr
	b	.LBB9_232
.LBB9_229:
	ldr	x10, [sp, #664]
	ldr	x11, [sp, #712]
	mov	x12, x14
.LBB9_230:
	ldp	s0, s1, [x10, #-4]
	subs	x12, x12, #2
	add	x10, x10, #8
	stur	s0, [x11, #-16]
	str	s1, [x11], #32
	b.ne	.LBB9_230
	cmp	x0, x14
	mov	x12, x14
	b.eq	.LBB9_234
.LBB9_232:
	mov	w10, #12
	add	x11, x4, x12, lsl #2
	orr	x10, x10, x12, lsl #4
	sub	x12, x0, x12
.LBB9_233:
	ldr	s0, [x11], #4
	subs	x12, x12, #1
	str	s0, [x23, x10]
	add	x10, x10, #16
	b.ne	.LBB9_233
.LBB9_234:
	cmp	x25, #4
	b.lt	.LBB9_236
	b	.LBB9_185
.LBB9_235:
	cmp	x8, #3
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_185
.LBB9_236:
	cmp	x0, #1
	b.lt	.LBB9_235
	b.ne	.LBB9_239
	mov	x11, xzr
	b	.LBB9_242
.LBB9_239:
	ldr	x12, [sp, #592]
	mov	x11, x9
	mov	x10, x12
.LBB9_240:
	str	wzr, [x23, x11]
	subs	x10, x10, #2
	str	wzr, [x20, x11]
	add	x11, x11, #32
	b.ne	.LBB9_240
	cmp	x0, x12
	mov	x11, x12
	b.eq	.LBB9_235
.LBB9_242:
	add	x10, x23, x11, lsl #4
	sub	x11, x0, x11
.LBB9_243:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #16
	b.ne	.LBB9_243
	b	.LBB9_235
.LBB9_244:
	ldr	x24, [sp, #888]
	mul	x8, x1, x4
	ldr	x10, [sp, #344]
	ldr	x28, [sp, #272]
	ldr	x19, [sp, #704]
	mov	x11, xzr
	sub	x9, x24, #1
	add	x10, x10, x4, lsl #2
	mov	x12, xzr
	lsr	x9, x9, #3
	str	x10, [sp, #880]
	str	x9, [sp, #728]
	ldr	x9, [sp, #376]
	add	x2, x9, x8
	ldr	x9, [sp, #392]
	add	x4, x9, x8
	b	.LBB9_246
.LBB9_245:
	ldr	x8, [sp, #728]
	ldr	x9, [sp, #824]
	ldr	x10, [sp, #496]
	ldr	x12, [sp, #832]
	ldr	x2, [sp, #816]
	ldr	x4, [sp, #808]
	cmp	x9, x8
	add	x11, x9, #1
	add	x19, x19, x10
	ldr	x9, [sp, #880]
	ldr	x24, [sp, #744]
	add	x12, x12, #8
	add	x28, x28, x10
	add	x9, x9, #32
	str	x9, [sp, #880]
	ldr	x9, [sp, #456]
	add	x2, x2, x9
	add	x4, x4, x9
	b.eq	.LBB9_27
.LBB9_246:
	subs	x8, x24, #8
	mov	w10, #8
	str	x11, [sp, #824]
	csel	x9, x24, x10, lt
	cmp	x24, #1
	ldr	x11, [sp, #888]
	str	x8, [sp, #744]
	csinc	x8, x24, xzr, gt
	cmp	x8, #8
	sub	x25, x11, x12
	str	x12, [sp, #832]
	csel	x20, x8, x10, lt
	cmp	x25, #8
	str	x2, [sp, #816]
	csel	x8, x25, x10, lt
	ldr	w10, [sp, #532]
	str	x4, [sp, #808]
	cbz	w10, .LBB9_258
	lsl	x9, x9, #2
	cmp	x25, #0
	b.le	.LBB9_275
	ldr	x18, [sp, #592]
	mov	x10, xzr
	mov	x11, x4
	mov	x12, x19
	mov	x13, x28
	mov	x14, x2
	b	.LBB9_250
.LBB9_249:
	add	x10, x10, #1
	add	x14, x14, x1
	add	x13, x13, #4
	cmp	x10, x20
	add	x12, x12, #4
	add	x11, x11, x1
	b.eq	.LBB9_273
.LBB9_250:
	cmp	x0, #1
	b.lt	.LBB9_249
	b.ne	.LBB9_253
	mov	x17, xzr
	b	.LBB9_256
.LBB9_253:
	mov	x15, x18
	mov	x16, x13
	mov	x17, x14
.LBB9_254:
	ldp	s0, s1, [x17, #-4]
	subs	x15, x15, #2
	add	x17, x17, #8
	stur	s0, [x16, #-32]
	str	s1, [x16], #64
	b.ne	.LBB9_254
	cmp	x0, x18
	mov	x17, x18
	b.eq	.LBB9_249
.LBB9_256:
	add	x15, x12, x17, lsl #5
	add	x16, x11, x17, lsl #2
	sub	x17, x0, x17
.LBB9_257:
	ldr	s0, [x16], #4
	subs	x17, x17, #1
	str	s0, [x15], #32
	b.ne	.LBB9_257
	b	.LBB9_249
.LBB9_258:
	cmp	x0, #1
	b.lt	.LBB9_245
	ldr	x26, [sp, #880]
	mov	x27, x0
	mov	x23, x19
	b	.LBB9_263
.LBB9_260:
	mov	x8, xzr
.LBB9_261:
	lsl	x8, x8, #2
	mov	w9, #32
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x23, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB9_262:
	subs	x27, x27, #1
	add	x23, x23, #32
	add	x26, x26, x1
	b.eq	.LBB9_245
.LBB9_263:
	cmp	x25, #1
	b.lt	.LBB9_260
	ldur	s0, [x26, #-16]
	cmp	x24, #1
	str	s0, [x23]
	b.le	.LBB9_272
	ldur	s0, [x26, #-12]
	cmp	x24, #2
	str	s0, [x23, #4]
	b.eq	.LBB9_272
	ldur	s0, [x26, #-8]
	cmp	x24, #3
	str	s0, [x23, #8]
	b.eq	.LBB9_272
	ldur	s0, [x26, #-4]
	cmp	x24, #4
	str	s0, [x23, #12]
	b.eq	.LBB9_272
	ldr	s0, [x26]
	cmp	x24, #5
	str	s0, [x23, #16]
	b.eq	.LBB9_272
	ldr	s0, [x26, #4]
	cmp	x24, #6
	str	s0, [x23, #20]
	b.eq	.LBB9_272
	ldr	s0, [x26, #8]
	cmp	x24, #7
	str	s0, [x23, #24]
	b.eq	.LBB9_272
	ldr	s0, [x26, #12]
	str	s0, [x23, #28]
.LBB9_272:
	cmp	x24, #7
	mov	x8, x20
	b.le	.LBB9_261
	b	.LBB9_262
.LBB9_273:
	cmp	x25, #8
	b.lt	.LBB9_275
	b	.LBB9_245
.LBB9_274:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_245
.LBB9_275:
	cmp	x0, #1
	b.lt	.LBB9_274
	b.ne	.LBB9_278
	mov	x11, xzr
	b	.LBB9_281
.LBB9_278:
	ldr	x12, [sp, #592]
	mov	x11, x9
	mov	x10, x12
.LBB9_279:
	str	wzr, [x19, x11]
	subs	x10, x10, #2
	str	wzr, [x28, x11]
	add	x11, x11, #64
	b.ne	.LBB9_279
	cmp	x0, x12
	mov	x11, x12
	b.eq	.LBB9_274
.LBB9_281:
	add	x10, x19, x11, lsl #5
	sub	x11, x0, x11
.LBB9_282:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #32
	b.ne	.LBB9_282
	b	.LBB9_274
.LBB9_283:
	ldr	x8, [sp, #216]
	mov	w2, w18
	cmp	w2, #32
	add	x8, x8, x4, lsl #2
	b.eq	.LBB9_383
	ldr	x13, [sp, #512]
	cmp	w2, #16
	b.eq	.LBB9_342
	cmp	w2, #8
	b.ne	.LBB9_424
	ldr	x14, [sp, #384]
	ldr	x11, [sp, #672]
	mul	x9, x13, x4
	lsl	x12, x0, #5
	ldr	x24, [sp, #888]
	ldr	x16, [sp, #168]
	mul	x11, x14, x11
	ldr	x23, [sp, #136]
	ldr	x26, [sp, #584]
	str	x12, [sp, #728]
	sub	x12, x24, #1
	mov	x15, xzr
	mul	x10, x13, x14
	lsr	x12, x12, #3
	sub	x13, x0, #1
	add	x9, x9, x14, lsl #2
	and	x25, x0, #0x7ffffffffffffffe
	str	xzr, [sp, #808]
	str	x12, [sp, #720]
	lsl	x12, x13, #5
	add	x8, x8, x11, lsl #2
	str	x16, [sp, #824]
	str	x12, [sp, #712]
	lsr	x12, x13, #59
	str	x8, [sp, #816]
	ldr	x8, [sp, #152]
	add	x10, x10, x4, lsl #2
	str	x12, [sp, #688]
	add	x4, x8, x9
	ldr	x8, [sp, #216]
	add	x5, x8, x9
	ldr	x8, [sp, #160]
	add	x8, x8, x10
	str	x8, [sp, #832]
	b	.LBB9_288
.LBB9_287:
	ldr	x8, [sp, #808]
	ldr	x9, [sp, #720]
	ldr	x4, [sp, #792]
	ldr	x5, [sp, #776]
	ldr	x10, [sp, #728]
	ldr	x15, [sp, #800]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #312]
	ldr	x24, [sp, #744]
	add	x26, x26, x10
	add	x15, x15, #8
	add	x4, x4, x9
	add	x5, x5, x9
	ldr	x9, [sp, #832]
	add	x23, x23, x10
	str	x8, [sp, #808]
	add	x9, x9, #32
	str	x9, [sp, #832]
	ldr	x9, [sp, #816]
	add	x9, x9, #32
	str	x9, [sp, #816]
	ldr	x9, [sp, #824]
	add	x9, x9, x10
	str	x9, [sp, #824]
	b.eq	.LBB9_17
.LBB9_288:
	subs	x12, x24, #8
	mov	w11, #8
	ldr	x10, [sp, #888]
	csel	x9, x24, x11, lt
	cmp	x24, #1
	str	x15, [sp, #800]
	csinc	x8, x24, xzr, gt
	sub	x6, x10, x15
	str	x4, [sp, #792]
	cmp	x8, #8
	str	x5, [sp, #776]
	csel	x10, x8, x11, lt
	cmp	x6, #8
	str	x12, [sp, #744]
	csel	x8, x6, x11, lt
	ldr	w11, [sp, #404]
	cbz	w11, .LBB9_310
	lsl	x9, x9, #2
	cmp	x6, #0
	b.le	.LBB9_302
	ldr	x2, [sp, #512]
	mov	x11, xzr
	mov	x12, x5
	mov	x13, x26
	mov	x14, x23
	mov	x15, x4
	b	.LBB9_292
.LBB9_291:
	add	x11, x11, #1
	add	x15, x15, x2
	add	x14, x14, #4
	cmp	x11, x10
	add	x13, x13, #4
	add	x12, x12, x2
	b.eq	.LBB9_300
.LBB9_292:
	cmp	x0, #1
	b.lt	.LBB9_291
	b.ne	.LBB9_295
	mov	x18, xzr
	b	.LBB9_298
.LBB9_295:
	mov	x16, x25
	mov	x17, x14
	mov	x18, x15
.LBB9_296:
	ldp	s0, s1, [x18, #-4]
	subs	x16, x16, #2
	add	x18, x18, #8
	stur	s0, [x17, #-32]
	str	s1, [x17], #64
	b.ne	.LBB9_296
	cmp	x0, x25
	mov	x18, x25
	b.eq	.LBB9_291
.LBB9_298:
	add	x16, x13, x18, lsl #5
	add	x17, x12, x18, lsl #2
	sub	x18, x0, x18
.LBB9_299:
	ldr	s0, [x17], #4
	subs	x18, x18, #1
	str	s0, [x16], #32
	b.ne	.LBB9_299
	b	.LBB9_291
.LBB9_300:
	cmp	x6, #8
	b.lt	.LBB9_302
	b	.LBB9_287
.LBB9_301:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_287
.LBB9_302:
	cmp	x0, #1
	b.lt	.LBB9_301
	b.ne	.LBB9_305
	mov	x11, xzr
	b	.LBB9_308
.LBB9_305:
	mov	x10, x25
	mov	x11, x9
.LBB9_306:
	str	wzr, [x26, x11]
	subs	x10, x10, #2
	str	wzr, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB9_306
	cmp	x0, x25
	mov	x11, x25
	b.eq	.LBB9_301
.LBB9_308:
	add	x10, x26, x11, lsl #5
	sub	x11, x0, x11
.LBB9_309:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #32
	b.ne	.LBB9_309
	b	.LBB9_301
.LBB9_310:
	b.ge	.LBB9_324
	cmp	x0, #1
	b.lt	.LBB9_287
	lsl	x27, x10, #2
	ldr	x28, [sp, #832]
	mov	x19, x0
	mov	x20, x26
	str	x6, [sp, #880]
	b	.LBB9_315
.LBB9_313:
	mov	x8, xzr
.LBB9_314:
	mov	w9, #32
	add	x0, x20, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x8, [sp, #512]
	ldr	x3, [sp, #856]
	ldr	x1, [sp, #624]
	ldr	x0, [sp, #864]
	subs	x19, x19, #1
	ldr	x6, [sp, #880]
	add	x20, x20, #32
	add	x28, x28, x8
	b.eq	.LBB9_287
.LBB9_315:
	cmp	x6, #1
	b.lt	.LBB9_313
	ldur	s0, [x28, #-16]
	cmp	x24, #2
	mov	x8, x27
	str	s0, [x20]
	b.lt	.LBB9_314
	ldur	s0, [x28, #-12]
	mov	x8, x27
	str	s0, [x20, #4]
	b.eq	.LBB9_314
	ldur	s0, [x28, #-8]
	cmp	x24, #3
	mov	x8, x27
	str	s0, [x20, #8]
	b.eq	.LBB9_314
	ldur	s0, [x28, #-4]
	cmp	x24, #4
	mov	x8, x27
	str	s0, [x20, #12]
	b.eq	.LBB9_314
	ldr	s0, [x28]
	cmp	x24, #5
	mov	x8, x27
	str	s0, [x20, #16]
	b.eq	.LBB9_314
	ldr	s0, [x28, #4]
	cmp	x24, #6
	mov	x8, x27
	str	s0, [x20, #20]
	b.eq	.LBB9_314
	ldr	s0, [x28, #8]
	cmp	x24, #7
	mov	x8, x27
	str	s0, [x20, #24]
	b.eq	.LBB9_314
	ldr	s0, [x28, #12]
	mov	x8, x27
	str	s0, [x20, #28]
	b	.LBB9_314
.LBB9_324:
	cmp	x0, #1
	b.lt	.LBB9_287
	cmp	x0, #18
	b.hs	.LBB9_329
	mov	x8, xzr
.LBB9_327:
	ldr	x9, [sp, #512]
	ldr	x10, [sp, #816]
	madd	x9, x9, x8, x10
	ldr	x10, [sp, #824]
	add	x10, x10, x8, lsl #5
	sub	x8, x0, x8
.LBB9_328:
	ldp	q0, q1, [x9]
	subs	x8, x8, #1
	ldr	x11, [sp, #512]
	stp	q0, q1, [x10, #-16]
	add	x9, x9, x11
	add	x10, x10, #32
	b.ne	.LBB9_328
	b	.LBB9_287
.LBB9_329:
	ldr	x8, [sp, #808]
	ldr	x9, [sp, #728]
	ldr	x12, [sp, #712]
	mul	x9, x9, x8
	ldr	x8, [sp, #128]
	add	x8, x8, x9
	add	x10, x8, x12
	cmp	x10, x8
	mov	x8, xzr
	b.lo	.LBB9_327
	ldr	x10, [sp, #120]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_327
	ldr	x10, [sp, #112]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_327
	ldr	x10, [sp, #168]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_327
	ldr	x10, [sp, #104]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_327
	ldr	x10, [sp, #96]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_327
	add	x10, x26, x12
	cmp	x10, x26
	b.lo	.LBB9_327
	ldr	x10, [sp, #88]
	add	x9, x10, x9
	add	x10, x9, x12
	cmp	x10, x9
	b.lo	.LBB9_327
	ldr	x9, [sp, #688]
	cbnz	x9, .LBB9_327
	ldr	x9, [sp, #672]
	cmp	x9, #1
	b.ne	.LBB9_327
	ldr	x11, [sp, #832]
	mov	x8, x26
	mov	x9, x25
	mov	x10, x11
.LBB9_340:
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
	b.ne	.LBB9_340
	cmp	x0, x25
	mov	x8, x25
	b.eq	.LBB9_287
	b	.LBB9_327
.LBB9_342:
	ldr	x14, [sp, #384]
	ldr	x11, [sp, #672]
	mul	x9, x13, x4
	lsl	x12, x0, #6
	ldr	x28, [sp, #584]
	mov	x15, xzr
	mul	x11, x14, x11
	and	x2, x0, #0x7ffffffffffffffe
	str	xzr, [sp, #800]
	str	x12, [sp, #616]
	mul	x10, x13, x14
	ldr	x13, [sp, #888]
	str	x2, [sp, #824]
	add	x9, x9, x14, lsl #2
	ldr	x14, [sp, #168]
	sub	x12, x13, #1
	add	x8, x8, x11, lsl #2
	str	x14, [sp, #792]
	lsr	x12, x12, #4
	ldp	x14, x20, [sp, #136]
	str	x8, [sp, #744]
	ldr	x8, [sp, #152]
	add	x10, x10, x4, lsl #2
	str	x12, [sp, #608]
	add	x4, x8, x9
	ldr	x8, [sp, #216]
	str	x14, [sp, #776]
	add	x11, x8, x9
	ldr	x8, [sp, #64]
	add	x8, x8, x10
	str	x8, [sp, #728]
	ldr	x8, [sp, #160]
	add	x8, x8, x10
	str	x8, [sp, #720]
	b	.LBB9_344
.LBB9_343:
	ldr	x8, [sp, #800]
	ldr	x9, [sp, #608]
	ldr	x4, [sp, #688]
	ldr	x11, [sp, #664]
	ldr	x10, [sp, #616]
	ldr	x15, [sp, #712]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #320]
	ldr	x13, [sp, #656]
	add	x28, x28, x10
	add	x15, x15, #16
	add	x4, x4, x9
	add	x11, x11, x9
	ldr	x9, [sp, #728]
	add	x20, x20, x10
	str	x8, [sp, #800]
	add	x9, x9, #64
	str	x9, [sp, #728]
	ldr	x9, [sp, #776]
	add	x9, x9, x10
	str	x9, [sp, #776]
	ldr	x9, [sp, #720]
	add	x9, x9, #64
	str	x9, [sp, #720]
	ldr	x9, [sp, #792]
	add	x9, x9, x10
	str	x9, [sp, #792]
	ldr	x9, [sp, #744]
	add	x9, x9, #64
	str	x9, [sp, #744]
	b.eq	.LBB9_17
.LBB9_344:
	cmp	x13, #1
	mov	w10, #16
	str	x15, [sp, #712]
	csinc	x8, x13, xzr, gt
	str	x4, [sp, #688]
	cmp	x8, #16
	str	x11, [sp, #664]
	csel	x27, x8, x10, lt
	subs	x8, x13, #16
	str	x8, [sp, #656]
	ldr	x8, [sp, #888]
	csel	x9, x13, x10, lt
	neg	x12, x27
	sub	x5, x8, x15
	cmp	x5, #16
	csel	x8, x5, x10, lt
	ldr	w10, [sp, #404]
	cbz	w10, .LBB9_366
	lsl	x9, x9, #2
	ldr	x18, [sp, #512]
	cmp	x5, #0
	b.le	.LBB9_358
	mov	x10, xzr
	mov	x12, x28
	mov	x13, x20
	mov	x14, x4
	b	.LBB9_348
.LBB9_347:
	add	x10, x10, #1
	add	x14, x14, x18
	add	x13, x13, #4
	cmp	x10, x27
	add	x12, x12, #4
	add	x11, x11, x18
	b.eq	.LBB9_356
.LBB9_348:
	cmp	x0, #1
	b.lt	.LBB9_347
	b.ne	.LBB9_351
	mov	x17, xzr
	b	.LBB9_354
.LBB9_351:
	mov	x15, x2
	mov	x16, x13
	mov	x17, x14
.LBB9_352:
	ldp	s0, s1, [x17, #-4]
	subs	x15, x15, #2
	add	x17, x17, #8
	stur	s0, [x16, #-64]
	str	s1, [x16], #128
	b.ne	.LBB9_352
	cmp	x0, x2
	mov	x17, x2
	b.eq	.LBB9_347
.LBB9_354:
	add	x15, x12, x17, lsl #6
	add	x16, x11, x17, lsl #2
	sub	x17, x0, x17
.LBB9_355:
	ldr	s0, [x16], #4
	subs	x17, x17, #1
	str	s0, [x15], #64
	b.ne	.LBB9_355
	b	.LBB9_347
.LBB9_356:
	cmp	x5, #16
	b.lt	.LBB9_358
	b	.LBB9_343
.LBB9_357:
	cmp	x8, #15
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_343
.LBB9_358:
	cmp	x0, #1
	b.lt	.LBB9_357
	b.ne	.LBB9_361
	mov	x11, xzr
	b	.LBB9_364
.LBB9_361:
	mov	x10, x2
	mov	x11, x9
.LBB9_362:
	str	wzr, [x28, x11]
	subs	x10, x10, #2
	str	wzr, [x20, x11]
	add	x11, x11, #128
	b.ne	.LBB9_362
	cmp	x0, x2
	mov	x11, x2
	b.eq	.LBB9_357
.LBB9_364:
	add	x10, x28, x11, lsl #6
	sub	x11, x0, x11
.LBB9_365:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #64
	b.ne	.LBB9_365
	b	.LBB9_357
.LBB9_366:
	b.ge	.LBB9_380
	cmp	x0, #1
	str	x12, [sp, #648]
	str	x13, [sp, #808]
	b.lt	.LBB9_343
	ldr	x8, [sp, #800]
	ldr	x9, [sp, #616]
	mov	x19, xzr
	ldr	x24, [sp, #744]
	ldr	x23, [sp, #792]
	mov	x26, x28
	mul	x8, x8, x9
	and	x9, x27, #0x18
	ldr	x25, [sp, #720]
	str	x9, [sp, #640]
	lsl	x9, x27, #2
	str	x5, [sp, #880]
	str	x9, [sp, #816]
	and	x9, x27, #0x18
	str	x9, [sp, #632]
	ldr	x9, [sp, #584]
	add	x8, x9, x8
	str	x8, [sp, #832]
	b	.LBB9_371
.LBB9_369:
	mov	x8, xzr
.LBB9_370:
	ldr	x9, [sp, #832]
	mov	w10, #64
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x19, lsl #6
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x8, [sp, #512]
	ldr	x0, [sp, #864]
	add	x19, x19, #1
	ldr	x3, [sp, #856]
	ldr	x1, [sp, #624]
	ldr	x2, [sp, #824]
	ldr	x5, [sp, #880]
	add	x25, x25, x8
	cmp	x19, x0
	add	x23, x23, #64
	add	x26, x26, #64
	add	x24, x24, x8
	b.eq	.LBB9_343
.LBB9_371:
	cmp	x5, #1
	b.lt	.LBB9_369
	ldr	x8, [sp, #808]
	cmp	x8, #8
	b.ge	.LBB9_374
	mov	x9, xzr
	b	.LBB9_377
.LBB9_374:
	ldr	x10, [sp, #640]
	mov	x8, x23
	mov	x9, x25
.LBB9_375:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_375
	ldr	x9, [sp, #632]
	ldr	x8, [sp, #816]
	cmp	x27, x9
	b.eq	.LBB9_370
.LBB9_377:
	lsl	x10, x9, #2
	ldr	x8, [sp, #648]
	add	x8, x8, x9
	add	x9, x26, x10
	add	x10, x24, x10
.LBB9_378:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_378
	ldr	x8, [sp, #816]
	b	.LBB9_370
.LBB9_380:
	cmp	x0, #1
	b.lt	.LBB9_343
	ldr	x8, [sp, #776]
	ldr	x9, [sp, #728]
	mov	x10, x0
.LBB9_382:
	ldp	q0, q1, [x9, #-32]
	subs	x10, x10, #1
	ldr	x11, [sp, #512]
	stur	q0, [x8, #-32]
	ldp	q0, q2, [x9]
	add	x9, x9, x11
	stp	q1, q0, [x8, #-16]
	str	q2, [x8, #16]
	add	x8, x8, #64
	b.ne	.LBB9_382
	b	.LBB9_343
.LBB9_383:
	ldr	x13, [sp, #384]
	ldr	x11, [sp, #672]
	lsl	x12, x0, #7
	ldr	x10, [sp, #512]
	ldr	x14, [sp, #888]
	mov	x15, xzr
	mul	x11, x13, x11
	str	x12, [sp, #616]
	ldr	x28, [sp, #584]
	sub	x12, x14, #1
	and	x2, x0, #0x7ffffffffffffffe
	str	xzr, [sp, #800]
	mul	x9, x10, x4
	lsr	x12, x12, #5
	str	x2, [sp, #824]
	mul	x10, x10, x13
	str	x12, [sp, #608]
	add	x8, x8, x11, lsl #2
	add	x9, x9, x13, lsl #2
	str	x8, [sp, #744]
	ldr	x8, [sp, #152]
	ldr	x13, [sp, #168]
	add	x10, x10, x4, lsl #2
	add	x4, x8, x9
	ldr	x8, [sp, #216]
	str	x13, [sp, #792]
	ldr	x13, [sp, #144]
	add	x11, x8, x9
	ldp	x8, x20, [sp, #72]
	str	x13, [sp, #776]
	add	x8, x8, x10
	str	x8, [sp, #728]
	ldr	x8, [sp, #160]
	add	x8, x8, x10
	str	x8, [sp, #720]
	b	.LBB9_385
.LBB9_384:
	ldr	x8, [sp, #800]
	ldr	x9, [sp, #608]
	ldr	x4, [sp, #688]
	ldr	x11, [sp, #664]
	ldr	x10, [sp, #616]
	ldr	x15, [sp, #712]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #328]
	ldr	x14, [sp, #656]
	add	x28, x28, x10
	add	x15, x15, #32
	add	x4, x4, x9
	add	x11, x11, x9
	ldr	x9, [sp, #728]
	add	x20, x20, x10
	str	x8, [sp, #800]
	add	x9, x9, #128
	str	x9, [sp, #728]
	ldr	x9, [sp, #776]
	add	x9, x9, x10
	str	x9, [sp, #776]
	ldr	x9, [sp, #720]
	add	x9, x9, #128
	str	x9, [sp, #720]
	ldr	x9, [sp, #792]
	add	x9, x9, x10
	str	x9, [sp, #792]
	ldr	x9, [sp, #744]
	add	x9, x9, #128
	str	x9, [sp, #744]
	b.eq	.LBB9_17
.LBB9_385:
	cmp	x14, #1
	mov	w10, #32
	str	x15, [sp, #712]
	csinc	x8, x14, xzr, gt
	str	x4, [sp, #688]
	cmp	x8, #32
	str	x11, [sp, #664]
	csel	x26, x8, x10, lt
	subs	x8, x14, #32
	str	x8, [sp, #656]
	ldr	x8, [sp, #888]
	csel	x9, x14, x10, lt
	neg	x12, x26
	sub	x5, x8, x15
	cmp	x5, #32
	csel	x8, x5, x10, lt
	ldr	w10, [sp, #404]
	cbz	w10, .LBB9_407
	lsl	x9, x9, #2
	ldr	x18, [sp, #512]
	cmp	x5, #0
	b.le	.LBB9_399
	mov	x10, xzr
	mov	x12, x28
	mov	x13, x20
	mov	x14, x4
	b	.LBB9_389
.LBB9_388:
	add	x10, x10, #1
	add	x14, x14, x18
	add	x13, x13, #4
	cmp	x10, x26
	add	x12, x12, #4
	add	x11, x11, x18
	b.eq	.LBB9_397
.LBB9_389:
	cmp	x0, #1
	b.lt	.LBB9_388
	b.ne	.LBB9_392
	mov	x17, xzr
	b	.LBB9_395
.LBB9_392:
	mov	x15, x2
	mov	x16, x13
	mov	x17, x14
.LBB9_393:
	ldp	s0, s1, [x17, #-4]
	subs	x15, x15, #2
	add	x17, x17, #8
	stur	s0, [x16, #-128]
	str	s1, [x16]
	add	x16, x16, #256
	b.ne	.LBB9_393
	cmp	x0, x2
	mov	x17, x2
	b.eq	.LBB9_388
.LBB9_395:
	add	x15, x12, x17, lsl #7
	add	x16, x11, x17, lsl #2
	sub	x17, x0, x17
.LBB9_396:
	ldr	s0, [x16], #4
	subs	x17, x17, #1
	str	s0, [x15], #128
	b.ne	.LBB9_396
	b	.LBB9_388
.LBB9_397:
	cmp	x5, #32
	b.lt	.LBB9_399
	b	.LBB9_384
.LBB9_398:
	cmp	x8, #31
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_384
.LBB9_399:
	cmp	x0, #1
	b.lt	.LBB9_398
	b.ne	.LBB9_402
	mov	x11, xzr
	b	.LBB9_405
.LBB9_402:
	mov	x10, x2
	mov	x11, x9
.LBB9_403:
	str	wzr, [x28, x11]
	subs	x10, x10, #2
	str	wzr, [x20, x11]
	add	x11, x11, #256
	b.ne	.LBB9_403
	cmp	x0, x2
	mov	x11, x2
	b.eq	.LBB9_398
.LBB9_405:
	add	x10, x28, x11, lsl #7
	sub	x11, x0, x11
.LBB9_406:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #128
	b.ne	.LBB9_406
	b	.LBB9_398
.LBB9_407:
	b.ge	.LBB9_421
	cmp	x0, #1
	str	x12, [sp, #648]
	str	x14, [sp, #808]
	b.lt	.LBB9_384
	ldr	x8, [sp, #800]
	ldr	x9, [sp, #616]
	mov	x19, xzr
	ldr	x24, [sp, #744]
	ldr	x23, [sp, #792]
	mov	x27, x28
	mul	x8, x8, x9
	and	x9, x26, #0x38
	ldr	x25, [sp, #720]
	str	x9, [sp, #640]
	lsl	x9, x26, #2
	str	x5, [sp, #880]
	str	x9, [sp, #816]
	and	x9, x26, #0x38
	str	x9, [sp, #632]
	ldr	x9, [sp, #584]
	add	x8, x9, x8
	str	x8, [sp, #832]
	b	.LBB9_412
.LBB9_410:
	mov	x8, xzr
.LBB9_411:
	ldr	x9, [sp, #832]
	mov	w10, #128
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x19, lsl #7
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x8, [sp, #512]
	ldr	x0, [sp, #864]
	add	x19, x19, #1
	ldr	x3, [sp, #856]
	ldr	x1, [sp, #624]
	ldr	x2, [sp, #824]
	ldr	x5, [sp, #880]
	add	x25, x25, x8
	cmp	x19, x0
	add	x23, x23, #128
	add	x27, x27, #128
	add	x24, x24, x8
	b.eq	.LBB9_384
.LBB9_412:
	cmp	x5, #1
	b.lt	.LBB9_410
	ldr	x8, [sp, #808]
	cmp	x8, #8
	b.ge	.LBB9_415
	mov	x9, xzr
	b	.LBB9_418
.LBB9_415:
	ldr	x10, [sp, #640]
	mov	x8, x23
	mov	x9, x25
.LBB9_416:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_416
	ldr	x9, [sp, #632]
	ldr	x8, [sp, #816]
	cmp	x26, x9
	b.eq	.LBB9_411
.LBB9_418:
	lsl	x10, x9, #2
	ldr	x8, [sp, #648]
	add	x8, x8, x9
	add	x9, x27, x10
	add	x10, x24, x10
.LBB9_419:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_419
	ldr	x8, [sp, #816]
	b	.LBB9_411
.LBB9_421:
	cmp	x0, #1
	b.lt	.LBB9_384
	ldr	x8, [sp, #776]
	ldr	x9, [sp, #728]
	mov	x10, x0
.LBB9_423:
	ldp	q0, q1, [x9, #-64]
	subs	x10, x10, #1
	ldr	x11, [sp, #512]
	stur	q0, [x8, #-64]
	ldp	q0, q2, [x9, #-32]
	stur	q1, [x8, #-48]
	ldr	q1, [x9]
	stp	q0, q2, [x8, #-32]
	ldp	q0, q2, [x9, #16]
	stp	q1, q0, [x8]
	ldr	q0, [x9, #48]
	add	x9, x9, x11
	stp	q2, q0, [x8, #32]
	add	x8, x8, #128
	b.ne	.LBB9_423
	b	.LBB9_384
.LBB9_424:
	ldr	x9, [sp, #672]
	ldr	x14, [sp, #384]
	mul	x10, x0, x18
	cmp	x0, #7
	lsl	x23, x18, #2
	ldr	x19, [sp, #584]
	mul	x9, x14, x9
	ccmp	w18, #1, #0, hi
	mov	x15, xzr
	and	x5, x0, #0x7ffffffffffffff8
	str	xzr, [sp, #808]
	mul	x11, x13, x4
	str	x18, [sp, #688]
	str	x2, [sp, #664]
	mul	x12, x13, x14
	str	x5, [sp, #648]
	add	x8, x8, x9, lsl #2
	str	x8, [sp, #824]
	lsl	x8, x10, #2
	and	x10, x2, #0x7ffffff8
	str	x10, [sp, #832]
	ldr	x10, [sp, #216]
	str	x8, [sp, #616]
	mul	x8, x13, x18
	add	x9, x12, x4, lsl #2
	cset	w4, eq
	str	w4, [sp, #656]
	str	x8, [sp, #608]
	add	x8, x11, x14, lsl #2
	ldp	x11, x28, [sp, #160]
	add	x7, x10, x8
	add	x6, x11, x8
	add	x8, x11, x9
	ldr	x9, [sp, #888]
	str	x8, [sp, #816]
	b	.LBB9_426
.LBB9_425:
	ldr	x8, [sp, #808]
	ldr	x15, [sp, #800]
	ldr	x9, [sp, #608]
	ldr	x6, [sp, #792]
	ldr	x7, [sp, #776]
	add	x8, x8, #1
	add	x15, x15, x18
	str	x8, [sp, #808]
	ldr	x8, [sp, #616]
	add	x6, x6, x9
	add	x7, x7, x9
	ldr	x9, [sp, #744]
	add	x28, x28, x8
	add	x19, x19, x8
	ldr	x8, [sp, #888]
	cmp	x15, x8
	ldr	x8, [sp, #816]
	add	x8, x8, x23
	str	x8, [sp, #816]
	ldr	x8, [sp, #824]
	add	x8, x8, x23
	str	x8, [sp, #824]
	b.ge	.LBB9_17
.LBB9_426:
	ldr	x8, [sp, #888]
	subs	x10, x9, x18
	str	x15, [sp, #800]
	csel	x30, x9, x18, lt
	ldr	w9, [sp, #404]
	str	x6, [sp, #792]
	sub	x8, x8, x15
	neg	x11, x30
	str	x7, [sp, #776]
	cmp	x8, x18
	str	x10, [sp, #744]
	csel	x26, x8, x18, lt
	cbz	w9, .LBB9_449
	ldr	x17, [sp, #512]
	cmp	x26, #1
	b.lt	.LBB9_438
	mov	x9, xzr
	mov	x10, x7
	mov	x11, x19
	mov	x12, x28
	mov	x13, x6
	b	.LBB9_430
.LBB9_429:
	add	x9, x9, #1
	add	x13, x13, x17
	add	x12, x12, #4
	cmp	x9, x30
	add	x11, x11, #4
	add	x10, x10, x17
	b.eq	.LBB9_438
.LBB9_430:
	cmp	x0, #1
	b.lt	.LBB9_429
	cbz	w4, .LBB9_435
	mov	x14, x12
	mov	x15, x13
	mov	x16, x5
.LBB9_433:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #8
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB9_433
	cmp	x0, x5
	mov	x16, x5
	b.eq	.LBB9_429
	b	.LBB9_436
.LBB9_435:
	mov	x16, xzr
.LBB9_436:
	madd	x14, x23, x16, x11
	add	x15, x10, x16, lsl #2
	sub	x16, x0, x16
.LBB9_437:
	ldr	s0, [x15], #4
	subs	x16, x16, #1
	str	s0, [x14]
	add	x14, x14, x23
	b.ne	.LBB9_437
	b	.LBB9_429
.LBB9_438:
	cmp	x8, x18
	b.ge	.LBB9_425
	lsl	x8, x30, #2
	b	.LBB9_441
.LBB9_440:
	add	x26, x26, #1
	add	x8, x8, #4
	cmp	x26, x18
	b.ge	.LBB9_425
.LBB9_441:
	cmp	x0, #1
	b.lt	.LBB9_440
	cbz	w4, .LBB9_446
	mov	x9, x8
	mov	x10, x5
.LBB9_444:
	str	q16, [x19, x9]
	subs	x10, x10, #8
	str	q16, [x28, x9]
	add	x9, x9, #32
	b.ne	.LBB9_444
	cmp	x0, x5
	mov	x10, x5
	b.eq	.LBB9_440
	b	.LBB9_447
.LBB9_446:
	mov	x10, xzr
.LBB9_447:
	madd	x9, x23, x10, x19
	sub	x10, x0, x10
.LBB9_448:
	subs	x10, x10, #1
	str	wzr, [x9, x8]
	add	x9, x9, x23
	b.ne	.LBB9_448
	b	.LBB9_440
.LBB9_449:
	b.ge	.LBB9_465
	cmp	x0, #1
	str	x11, [sp, #712]
	b.lt	.LBB9_425
	ldr	x8, [sp, #808]
	ldr	x9, [sp, #616]
	mov	x24, xzr
	ldr	x20, [sp, #824]
	ldr	x27, [sp, #816]
	mov	x25, x19
	mul	x8, x9, x8
	and	x9, x30, #0xfffffffffffffff8
	mov	x11, x28
	str	x9, [sp, #640]
	and	x9, x30, #0xfffffffffffffff8
	str	x9, [sp, #632]
	ldr	x9, [sp, #584]
	str	x30, [sp, #728]
	add	x8, x9, x8
	str	x8, [sp, #720]
	b	.LBB9_453
.LBB9_452:
	ldr	x8, [sp, #512]
	add	x24, x24, #1
	add	x11, x11, x23
	cmp	x24, x0
	add	x25, x25, x23
	add	x27, x27, x8
	add	x20, x20, x8
	b.eq	.LBB9_425
.LBB9_453:
	cmp	x26, #1
	b.lt	.LBB9_456
	cmp	x30, #8
	b.hs	.LBB9_457
	mov	x9, xzr
	b	.LBB9_460
.LBB9_456:
	mov	x8, xzr
	b	.LBB9_463
.LBB9_457:
	ldr	x10, [sp, #640]
	mov	x8, x11
	mov	x9, x27
.LBB9_458:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_458
	ldr	x9, [sp, #632]
	mov	x8, x30
	cmp	x30, x9
	b.eq	.LBB9_463
.LBB9_460:
	lsl	x10, x9, #2
	ldr	x8, [sp, #712]
	add	x8, x8, x9
	add	x9, x25, x10
	add	x10, x20, x10
.LBB9_461:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_461
	mov	x8, x30
.LBB9_463:
	cmp	x8, x18
	b.ge	.LBB9_452
	ldr	x9, [sp, #720]
	lsl	x8, x8, #2
	mov	w1, wzr
	madd	x9, x24, x23, x9
	str	x11, [sp, #880]
	sub	x2, x23, x8
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x11, [sp, #880]
	ldr	x30, [sp, #728]
	ldr	x5, [sp, #648]
	ldr	w4, [sp, #656]
	ldr	x2, [sp, #664]
	ldr	x18, [sp, #688]
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
	b	.LBB9_452
.LBB9_465:
	cmp	x0, #1
	b.lt	.LBB9_425
	ldr	x9, [sp, #824]
	ldr	x12, [sp, #816]
	mov	x8, xzr
	mov	x10, x19
	mov	x11, x28
	b	.LBB9_468
.LBB9_467:
	add	x8, x8, #1
	add	x12, x12, x16
	add	x11, x11, x23
	cmp	x8, x0
	add	x10, x10, x23
	add	x9, x9, x16
	b.eq	.LBB9_425
.LBB9_468:
	ldr	x16, [sp, #512]
	cmp	w2, #1
	b.lt	.LBB9_467
	cmp	w2, #8
	b.hs	.LBB9_471
	mov	x13, xzr
	b	.LBB9_474
.LBB9_471:
	ldr	x15, [sp, #832]
	mov	x13, x11
	mov	x14, x12
.LBB9_472:
	ldp	q0, q1, [x14, #-16]
	subs	x15, x15, #8
	add	x14, x14, #32
	stp	q0, q1, [x13, #-16]
	add	x13, x13, #32
	b.ne	.LBB9_472
	ldr	x13, [sp, #832]
	cmp	x13, x2
	b.eq	.LBB9_467
.LBB9_474:
	lsl	x15, x13, #2
	sub	x13, x2, x13
	add	x14, x10, x15
	add	x15, x9, x15
.LBB9_475:
	ldr	s0, [x15], #4
	subs	x13, x13, #1
	str	s0, [x14], #4
	b.ne	.LBB9_475
	b	.LBB9_467
.LBB9_476:
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
	sub	x9, sp, #2976
	and	sp, x9, #0xffffffffffffffc0
	ldp	x8, x9, [x0, #8]
	mov	x24, x0
	ldpsw	x11, x28, [x0]
	ldr	x10, [x0, #24]
	mov	w19, w1
	mov	w0, wzr
	cmp	x5, x8
	mov	x22, x7
	str	x6, [sp, #360]
	csel	x8, x5, x8, lt
	cmp	x3, x9
	mov	x23, x5
	csel	x9, x3, x9, lt
	cmp	x4, x10
	lsl	x21, x8, #3
	add	x9, x11, x9
	csel	x10, x4, x10, lt
	mov	x25, x3
	sub	x9, x9, #1
	add	x10, x28, x10
	mov	x26, x4
	sdiv	x9, x9, x11
	sub	x10, x10, #1
	mov	w27, w2
	str	x11, [sp, #856]
	sdiv	x10, x10, x28
	mul	x9, x9, x11
	mul	x8, x21, x9
	mov	x1, x8
	mul	x20, x10, x28
	bl	axon_scratch
	mul	x1, x21, x20
	str	x0, [sp, #704]
	mov	w0, #1
	bl	axon_scratch
	ldr	x8, [x24, #40]
	str	x0, [sp, #584]
	str	x22, [sp, #368]
	str	w27, [sp, #404]
	str	x28, [sp, #848]
	cbz	x8, .LBB11_3
	cmp	x26, x28, lsl #2
	cset	w8, le
	cmp	w19, #0
	str	w8, [sp, #436]
	cset	w8, eq
	str	w8, [sp, #532]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #680]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #696]
	cbz	w27, .LBB11_4
	ldr	x3, [sp, #856]
	str	wzr, [sp, #236]
	cmp	x26, #1
	b.ge	.LBB11_5
	b	.LBB11_476
.LBB11_3:
	cmp	w19, #0
	ldr	x3, [sp, #856]
	str	wzr, [sp, #436]
	cset	w8, eq
	str	wzr, [sp, #236]
	str	w8, [sp, #532]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #680]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #696]
	cmp	x26, #1
	b.ge	.LBB11_5
	b	.LBB11_476
.LBB11_4:
	ldr	x3, [sp, #856]
	cmp	x25, x3, lsl #1
	cset	w8, le
	str	w8, [sp, #236]
	cmp	x26, #1
	b.lt	.LBB11_476
.LBB11_5:
	ldr	w8, [x29, #128]
	ldr	x11, [sp, #584]
	movi	v20.2d, #0000000000000000
	ldp	x14, x13, [x29, #96]
	mov	x12, xzr
	str	w8, [sp, #876]
	ldp	x8, x9, [x29, #112]
	add	x10, x11, #8
	ldr	x15, [x29, #144]
	str	x23, [sp, #224]
	add	x18, x14, #64
	str	x13, [sp, #672]
	str	x9, [sp, #840]
	lsl	x17, x9, #3
	add	x9, x11, #16
	str	x9, [sp, #160]
	add	x9, x11, #24
	stp	x10, x9, [sp, #80]
	add	x10, x11, #32
	add	x9, x11, #40
	stp	x10, x9, [sp, #96]
	add	x10, x11, #48
	add	x9, x11, #56
	stp	x10, x9, [sp, #112]
	lsl	x9, x13, #3
	add	x10, x14, #8
	str	x8, [sp, #416]
	ldr	x8, [sp, #848]
	str	x9, [sp, #512]
	lsl	x9, x13, #8
	str	x14, [sp, #208]
	lsl	x16, x8, #3
	ldr	w8, [x29, #136]
	str	x9, [sp, #336]
	add	x9, x11, #256
	str	x9, [sp, #72]
	add	x9, x14, #128
	str	x9, [sp, #64]
	add	x9, x11, #128
	add	x11, x11, #64
	str	x9, [sp, #136]
	add	x9, x14, #16
	stp	x9, x10, [sp, #144]
	lsl	x9, x13, #7
	ldr	x10, [sp, #368]
	str	x11, [sp, #128]
	lsl	x11, x13, #6
	str	x9, [sp, #328]
	add	x9, x10, x10, lsl #1
	lsl	x1, x10, #3
	str	x11, [sp, #320]
	add	x11, x14, #32
	stp	x11, x18, [sp, #48]
	lsl	x11, x9, #5
	lsl	x9, x9, #4
	str	w8, [sp, #220]
	ldr	x8, [x24, #24]
	stp	x9, x11, [sp, #464]
	ldr	x9, [sp, #360]
	str	x15, [sp, #424]
	add	x11, x9, #8
	add	x13, x9, #24
	str	x1, [sp, #624]
	str	x11, [sp, #192]
	add	x11, x9, #32
	add	x9, x9, #16
	str	x11, [sp, #184]
	lsl	x11, x10, #6
	stp	x9, x13, [sp, #168]
	lsl	x9, x10, #5
	str	x11, [sp, #456]
	ldr	x11, [sp, #704]
	stp	x25, x9, [sp, #440]
	add	x14, x11, #64
	add	x9, x11, #32
	add	x10, x11, #40
	stp	x9, x14, [sp, #272]
	add	x9, x11, #48
	stp	x9, x10, [sp, #256]
	add	x10, x11, #56
	add	x9, x11, #16
	stp	x9, x10, [sp, #240]
	lsl	x9, x3, #3
	str	x24, [sp, #784]
	str	x9, [sp, #752]
	add	x9, x15, #16
	stp	x9, x26, [sp, #32]
	str	x16, [sp, #768]
	str	x17, [sp, #760]
	b	.LBB11_8
.LBB11_6:
	ldr	x8, [x24, #24]
	ldr	x26, [sp, #40]
	ldr	x12, [sp, #544]
.LBB11_7:
	add	x12, x8, x12
	cmp	x12, x26
	b.ge	.LBB11_476
.LBB11_8:
	sub	x9, x26, x12
	cmp	x8, x9
	csel	x9, x8, x9, lt
	cmp	x23, #1
	str	x9, [sp, #600]
	b.lt	.LBB11_7
	lsl	x9, x12, #3
	ldr	x10, [sp, #208]
	ldr	x8, [x24, #8]
	mov	x11, xzr
	str	x12, [sp, #544]
	add	x10, x10, x9
	str	x10, [sp, #200]
	ldr	x10, [sp, #416]
	add	x10, x10, x9
	str	x10, [sp, #536]
	ldr	x10, [sp, #424]
	add	x10, x10, x9
	str	x10, [sp, #568]
	ldr	x10, [sp, #32]
	add	x9, x10, x9
	str	x9, [sp, #408]
	b	.LBB11_11
.LBB11_10:
	ldr	x8, [x24, #8]
	ldr	x11, [sp, #384]
	ldr	x23, [sp, #224]
	add	x11, x8, x11
	cmp	x11, x23
	b.ge	.LBB11_6
.LBB11_11:
	ldr	w9, [sp, #220]
	mov	x12, xzr
	str	x11, [sp, #384]
	cmp	w9, #0
	sub	x9, x23, x11
	cset	w10, ne
	cmp	x8, x9
	csel	x0, x8, x9, lt
	ldr	x8, [sp, #424]
	cmp	x11, #0
	csinc	w22, w10, wzr, le
	csel	x21, x8, xzr, eq
	ldr	w8, [sp, #236]
	cbz	w8, .LBB11_13
	ldr	x9, [sp, #848]
	ldr	x8, [sp, #600]
	sdiv	x8, x8, x9
	mul	x12, x8, x9
.LBB11_13:
	ldr	x8, [sp, #600]
	str	x12, [sp, #736]
	str	x0, [sp, #864]
	subs	x8, x8, x12
	str	x8, [sp, #888]
	b.le	.LBB11_17
	ldr	x8, [sp, #784]
	ldr	x9, [sp, #544]
	ldr	x10, [sp, #736]
	ldrsw	x18, [x8, #4]
	add	x4, x10, x9
	ldr	w9, [sp, #404]
	cbz	w9, .LBB11_283
	ldr	x8, [x8, #48]
	cbz	x8, .LBB11_283
	ldr	x1, [sp, #208]
	ldr	x2, [sp, #672]
	mov	w0, w18
	ldr	x3, [sp, #384]
	ldr	x5, [sp, #864]
	ldr	x6, [sp, #888]
	ldr	x7, [sp, #584]
	blr	x8
	movi	v20.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB11_17:
	ldr	x25, [sp, #440]
	ldr	x24, [sp, #784]
	cmp	x25, #1
	b.lt	.LBB11_10
	ldr	x8, [sp, #368]
	ldr	x14, [sp, #384]
	lsl	x13, x0, #3
	add	x11, x0, x0, lsl #1
	ldr	x9, [sp, #672]
	ldr	x10, [sp, #696]
	mul	x8, x14, x8
	str	x13, [sp, #312]
	ldr	x13, [sp, #360]
	mov	x15, xzr
	mul	x9, x14, x9
	mul	x10, x14, x10
	add	x8, x13, x8, lsl #3
	mul	x12, x1, x14
	str	x8, [sp, #352]
	lsl	x8, x11, #5
	str	x8, [sp, #504]
	lsl	x8, x0, #6
	str	x8, [sp, #496]
	lsl	x8, x11, #4
	str	x8, [sp, #488]
	lsl	x8, x0, #5
	str	x8, [sp, #480]
	ldr	x8, [sp, #200]
	add	x8, x8, x9, lsl #3
	lsl	x9, x14, #3
	str	x8, [sp, #576]
	add	x8, x13, x10, lsl #3
	and	x10, x0, #0x7ffffffffffffffe
	str	x10, [sp, #592]
	and	x10, x0, #0x7ffffffffffffffc
	str	x10, [sp, #520]
	ldr	x10, [sp, #192]
	str	x8, [sp, #688]
	ldr	x8, [x24, #16]
	add	x10, x10, x9
	str	x10, [sp, #376]
	add	x10, x13, x9
	str	x10, [sp, #392]
	ldr	x10, [sp, #184]
	add	x10, x10, x12
	str	x10, [sp, #304]
	ldr	x10, [sp, #176]
	add	x10, x10, x12
	str	x10, [sp, #296]
	ldr	x10, [sp, #168]
	add	x11, x10, x12
	add	x9, x10, x9
	str	x11, [sp, #344]
	str	x9, [sp, #288]
	b	.LBB11_20
.LBB11_19:
	ldr	x24, [sp, #784]
	ldr	x25, [sp, #440]
	ldr	x1, [sp, #624]
	ldr	x8, [x24, #16]
	add	x15, x8, x15
	cmp	x15, x25
	b.ge	.LBB11_10
.LBB11_20:
	sub	x9, x25, x15
	str	x15, [sp, #800]
	cmp	x8, x9
	csel	x9, x8, x9, lt
	ldr	w8, [sp, #436]
	cbz	w8, .LBB11_22
	sdiv	x8, x9, x3
	mul	x8, x8, x3
	b	.LBB11_23
.LBB11_22:
	mov	x8, xzr
.LBB11_23:
	str	x8, [sp, #776]
	subs	x8, x9, x8
	str	x9, [sp, #792]
	str	x8, [sp, #888]
	b.le	.LBB11_27
	ldr	x8, [sp, #784]
	ldr	x10, [sp, #800]
	ldr	x11, [sp, #776]
	ldr	w9, [sp, #532]
	ldrsw	x18, [x8]
	add	x4, x11, x10
	cbz	w9, .LBB11_70
	ldr	x8, [x8, #48]
	cbz	x8, .LBB11_70
	ldp	x1, x2, [sp, #360]
	mov	w0, w18
	ldr	x3, [sp, #384]
	ldr	x5, [sp, #864]
	ldr	x6, [sp, #888]
	ldr	x7, [sp, #704]
	blr	x8
	ldr	x0, [sp, #864]
	ldr	x3, [sp, #856]
	movi	v20.2d, #0000000000000000
.LBB11_27:
	ldr	x8, [sp, #600]
	ldr	x10, [sp, #848]
	ldr	x16, [sp, #768]
	ldr	x15, [sp, #800]
	ldr	x14, [sp, #792]
	cmp	x8, #1
	b.lt	.LBB11_19
	ldp	x18, x9, [sp, #408]
	lsl	x8, x15, #3
	ldr	x23, [sp, #568]
	mov	x11, xzr
	str	xzr, [sp, #616]
	add	x9, x9, x8
	str	x9, [sp, #560]
	ldr	x9, [sp, #424]
	add	x8, x9, x8
	str	x8, [sp, #552]
	ldr	x8, [sp, #600]
	b	.LBB11_30
.LBB11_29:
	ldr	x8, [sp, #616]
	ldr	x10, [sp, #848]
	add	x23, x23, x16
	ldr	x11, [sp, #744]
	add	x18, x18, x16
	add	x8, x8, #1
	str	x8, [sp, #616]
	ldr	x8, [sp, #600]
	add	x11, x11, x10
	cmp	x11, x8
	ldr	x8, [sp, #608]
	b.ge	.LBB11_19
.LBB11_30:
	subs	x9, x8, x10
	str	x11, [sp, #744]
	csel	x26, x8, x10, lt
	ldr	x8, [sp, #736]
	str	x9, [sp, #608]
	subs	x8, x11, x8
	mul	x9, x8, x0
	lsl	x8, x11, #3
	ldr	x11, [sp, #584]
	add	x11, x11, x9, lsl #3
	ldr	x9, [sp, #576]
	add	x12, x9, x8
	ldr	x9, [sp, #672]
	str	x11, [sp, #664]
	str	x12, [sp, #656]
	csel	x9, x9, x10, lt
	str	x9, [sp, #728]
	csel	x9, x12, x11, lt
	cmp	x14, #1
	str	x9, [sp, #720]
	b.lt	.LBB11_29
	ldr	x10, [sp, #616]
	ldr	x9, [sp, #568]
	mov	x1, xzr
	ldr	x11, [sp, #744]
	ldr	x27, [sp, #552]
	and	x13, x26, #0xfffffffffffffffc
	madd	x12, x16, x10, x9
	ldr	x9, [sp, #544]
	ldr	x10, [sp, #840]
	mov	x4, x14
	str	x13, [sp, #712]
	add	x9, x11, x9
	str	x18, [sp, #832]
	mul	x9, x9, x10
	lsl	x10, x26, #3
	str	x10, [sp, #640]
	add	x10, x12, x10
	str	x10, [sp, #632]
	ldr	x10, [sp, #600]
	str	x12, [sp, #648]
	sub	x11, x10, x11
	ldr	x10, [sp, #536]
	str	x11, [sp, #824]
	add	x8, x10, x8
	ldr	x10, [sp, #560]
	str	x8, [sp, #816]
	ldr	x8, [sp, #848]
	add	x9, x10, x9, lsl #3
	cmp	x8, x11
	csel	x25, x8, x11, lt
	str	x9, [sp, #808]
	b	.LBB11_33
.LBB11_32:
	ldr	x8, [sp, #752]
	add	x1, x1, x3
	cmp	x1, x14
	add	x27, x27, x8
	b.ge	.LBB11_29
.LBB11_33:
	ldr	x13, [sp, #840]
	add	x9, x1, x15
	subs	x11, x4, x3
	ldr	x12, [sp, #816]
	str	x11, [sp, #880]
	ldr	x11, [sp, #808]
	mul	x8, x9, x13
	sub	x10, x14, x1
	csel	x20, x4, x3, lt
	cmp	x3, x10
	add	x11, x11, x1, lsl #3
	str	x1, [sp, #888]
	csel	x24, x3, x10, lt
	add	x8, x12, x8, lsl #3
	ldr	w12, [sp, #876]
	cmp	w12, #0
	cset	w12, eq
	csel	x19, x8, x11, eq
	cmp	x10, x3
	ldr	x11, [sp, #848]
	ldr	x10, [sp, #824]
	ccmp	x10, x11, #8, ge
	cset	w10, ge
	ands	w28, w12, w10
	add	x10, sp, #896
	csel	x6, x8, x10, ne
	ldr	x8, [sp, #776]
	csel	x7, x13, x11, ne
	subs	x10, x1, x8
	and	w8, w28, w22
	b.ge	.LBB11_35
	ldr	x2, [sp, #680]
	ldr	x10, [sp, #688]
	ldr	x3, [sp, #696]
	ldr	x4, [sp, #720]
	ldr	x5, [sp, #728]
	mul	x9, x9, x2
	add	x1, x10, x9, lsl #3
	ldr	x9, [sp, #784]
	b	.LBB11_37
.LBB11_35:
	mul	x9, x10, x0
	ldr	x10, [sp, #704]
	add	x1, x10, x9, lsl #3
	ldr	x9, [sp, #736]
	ldr	x10, [sp, #744]
	cmp	x10, x9
	b.ge	.LBB11_38
	ldr	x9, [sp, #784]
	ldr	x4, [sp, #656]
	mov	w2, #1
	ldr	x5, [sp, #672]
.LBB11_37:
	ldr	x9, [x9, #40]
	str	w8, [sp]
	blr	x9
	b	.LBB11_39
.LBB11_38:
	ldr	x9, [sp, #784]
	ldr	x2, [sp, #664]
	mov	x3, x6
	mov	x4, x7
	mov	w5, w8
	ldr	x9, [x9, #32]
	blr	x9
.LBB11_39:
	movi	v20.2d, #0000000000000000
	ldr	x3, [sp, #856]
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #888]
	tbz	w28, #0, .LBB11_51
	ldr	x16, [sp, #768]
	ldr	x17, [sp, #760]
	ldr	x15, [sp, #800]
	ldr	x14, [sp, #792]
	ldr	x18, [sp, #832]
	ldr	x2, [sp, #712]
	ldr	x4, [sp, #880]
	cbz	x21, .LBB11_32
	cmp	x24, #1
	b.lt	.LBB11_32
	sub	x9, x20, #1
	ldr	x10, [sp, #640]
	mov	x8, xzr
	mul	x9, x17, x9
	add	x10, x19, x10
	add	x9, x10, x9
	ldr	x10, [sp, #632]
	cmp	x19, x10
	ldr	x10, [sp, #648]
	ccmp	x10, x9, #2, lo
	add	x10, x19, #16
	ccmp	x17, #0, #8, hs
	cset	w9, lt
	b	.LBB11_44
.LBB11_43:
	add	x8, x8, #1
	add	x10, x10, x17
	add	x19, x19, x17
	cmp	x8, x20
	b.eq	.LBB11_32
.LBB11_44:
	cmp	x25, #1
	b.lt	.LBB11_43
	cmp	x26, #4
	cset	w11, lo
	orr	w11, w11, w9
	tbz	w11, #0, .LBB11_47
	mov	x11, xzr
	b	.LBB11_50
.LBB11_47:
	mov	x11, x18
	mov	x12, x10
	mov	x13, x2
.LBB11_48:
	ldp	q0, q3, [x12, #-16]
	subs	x13, x13, #4
	ldp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	fadd	v0.2d, v1.2d, v0.2d
	fadd	v1.2d, v2.2d, v3.2d
	stp	q0, q1, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB11_48
	cmp	x26, x2
	mov	x11, x2
	b.eq	.LBB11_43
.LBB11_50:
	ldr	d0, [x23, x11, lsl #3]
	ldr	d1, [x19, x11, lsl #3]
	fadd	d0, d0, d1
	str	d0, [x19, x11, lsl #3]
	add	x11, x11, #1
	cmp	x26, x11
	b.ne	.LBB11_50
	b	.LBB11_43
.LBB11_51:
	ldr	w8, [sp, #876]
	ldr	x18, [sp, #832]
	cbz	w8, .LBB11_61
	ldr	x16, [sp, #768]
	ldr	x17, [sp, #760]
	cmp	x25, #1
	ldr	x15, [sp, #800]
	ldr	x14, [sp, #792]
	ldr	x4, [sp, #880]
	b.lt	.LBB11_32
	mov	x8, xzr
	add	x9, sp, #896
	b	.LBB11_55
.LBB11_54:
	add	x8, x8, #1
	add	x19, x19, x17
	add	x9, x9, #8
	cmp	x8, x26
	b.eq	.LBB11_32
.LBB11_55:
	cmp	x24, #1
	mov	x10, x27
	mov	x11, x9
	mov	x12, x19
	mov	x13, x20
	b.ge	.LBB11_57
	b	.LBB11_54
.LBB11_56:
	add	x11, x11, x16
	subs	x13, x13, #1
	add	x10, x10, #8
	str	d0, [x12], #8
	b.eq	.LBB11_54
.LBB11_57:
	ldr	d0, [x11]
	cbz	x21, .LBB11_59
	ldr	d1, [x10]
	fadd	d0, d0, d1
.LBB11_59:
	cbz	w22, .LBB11_56
	ldr	d1, [x12]
	fadd	d0, d0, d1
	b	.LBB11_56
.LBB11_61:
	ldr	x16, [sp, #768]
	ldr	x17, [sp, #760]
	cmp	x24, #1
	ldr	x15, [sp, #800]
	ldr	x14, [sp, #792]
	ldr	x4, [sp, #880]
	b.lt	.LBB11_32
	mov	x8, xzr
	add	x9, sp, #896
	b	.LBB11_64
.LBB11_63:
	add	x8, x8, #1
	add	x9, x9, x16
	add	x19, x19, x17
	cmp	x8, x20
	b.eq	.LBB11_32
.LBB11_64:
	cmp	x25, #1
	mov	x10, x19
	mov	x11, x23
	mov	x12, x9
	mov	x13, x26
	b.ge	.LBB11_66
	b	.LBB11_63
.LBB11_65:
	subs	x13, x13, #1
	add	x11, x11, #8
	str	d0, [x10], #8
	b.eq	.LBB11_63
.LBB11_66:
	ldr	d0, [x12], #8
	cbz	x21, .LBB11_68
	ldr	d1, [x11]
	fadd	d0, d0, d1
.LBB11_68:
	cbz	w22, .LBB11_65
	ldr	d1, [x10]
	fadd	d0, d0, d1
	b	.LBB11_65
.LBB11_70:
	cmp	w18, #7
	b.gt	.LBB11_110
	cmp	w18, #4
	b.eq	.LBB11_184
	cmp	w18, #6
	b.ne	.LBB11_144
	ldr	x24, [sp, #888]
	mov	x9, #-6148914691236517206
	ldr	x27, [sp, #704]
	movk	x9, #43691
	mov	x12, xzr
	mov	x19, xzr
	sub	x8, x24, #1
	umulh	x8, x8, x9
	mul	x9, x1, x4
	lsr	x8, x8, #2
	str	x8, [sp, #744]
	ldr	x8, [sp, #296]
	add	x8, x8, x4, lsl #3
	str	x8, [sp, #880]
	ldr	x8, [sp, #376]
	add	x18, x8, x9
	ldr	x8, [sp, #392]
	add	x2, x8, x9
	b	.LBB11_75
.LBB11_74:
	ldr	x8, [sp, #488]
	ldr	x9, [sp, #744]
	add	x19, x19, #6
	ldr	x18, [sp, #824]
	ldr	x2, [sp, #816]
	ldr	x24, [sp, #808]
	add	x27, x27, x8
	ldr	x8, [sp, #832]
	cmp	x8, x9
	ldr	x9, [sp, #880]
	add	x12, x8, #1
	add	x9, x9, #48
	str	x9, [sp, #880]
	ldr	x9, [sp, #464]
	add	x18, x18, x9
	add	x2, x2, x9
	b.eq	.LBB11_27
.LBB11_75:
	subs	x13, x24, #6
	mov	w10, #6
	ldr	x11, [sp, #888]
	csel	x9, x24, x10, lt
	cmp	x24, #1
	str	x12, [sp, #832]
	csinc	x8, x24, xzr, gt
	sub	x23, x11, x19
	str	x18, [sp, #824]
	cmp	x8, #6
	str	x2, [sp, #816]
	csel	x20, x8, x10, lt
	cmp	x23, #6
	str	x13, [sp, #808]
	csel	x8, x23, x10, lt
	ldr	w10, [sp, #532]
	cbz	w10, .LBB11_87
	lsl	x9, x9, #3
	cmp	x23, #0
	b.le	.LBB11_102
	ldr	x17, [sp, #592]
	mov	x10, xzr
	mov	x11, x2
	mov	x12, x27
	mov	x13, x18
	b	.LBB11_79
.LBB11_78:
	add	x10, x10, #1
	add	x13, x13, x1
	add	x12, x12, #8
	cmp	x10, x20
	add	x11, x11, x1
	b.eq	.LBB11_100
.LBB11_79:
	cmp	x0, #1
	b.lt	.LBB11_78
	b.ne	.LBB11_82
	mov	x16, xzr
	b	.LBB11_85
.LBB11_82:
	mov	x14, x17
	mov	x15, x12
	mov	x16, x13
.LBB11_83:
	ldp	d0, d1, [x16, #-8]
	subs	x14, x14, #2
	add	x16, x16, #16
	str	d0, [x15]
	str	d1, [x15, #48]
	add	x15, x15, #96
	b.ne	.LBB11_83
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB11_78
.LBB11_85:
	add	x14, x16, x16, lsl #1
	add	x15, x11, x16, lsl #3
	sub	x16, x0, x16
	lsl	x14, x14, #4
.LBB11_86:
	ldr	d0, [x15], #8
	subs	x16, x16, #1
	str	d0, [x12, x14]
	add	x14, x14, #48
	b.ne	.LBB11_86
	b	.LBB11_78
.LBB11_87:
	cmp	x0, #1
	b.lt	.LBB11_74
	ldr	x25, [sp, #880]
	mov	x26, x0
	mov	x28, x27
	b	.LBB11_92
.LBB11_89:
	mov	x8, xzr
.LBB11_90:
	lsl	x8, x8, #3
	mov	w9, #48
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x28, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB11_91:
	subs	x26, x26, #1
	add	x28, x28, #48
	add	x25, x25, x1
	b.eq	.LBB11_74
.LBB11_92:
	cmp	x23, #1
	b.lt	.LBB11_89
	ldur	d0, [x25, #-24]
	cmp	x24, #1
	str	d0, [x28]
	b.le	.LBB11_99
	ldur	d0, [x25, #-16]
	cmp	x24, #2
	str	d0, [x28, #8]
	b.eq	.LBB11_99
	ldur	d0, [x25, #-8]
	cmp	x24, #3
	str	d0, [x28, #16]
	b.eq	.LBB11_99
	ldr	d0, [x25]
	cmp	x24, #4
	str	d0, [x28, #24]
	b.eq	.LBB11_99
	ldr	d0, [x25, #8]
	cmp	x24, #5
	str	d0, [x28, #32]
	b.eq	.LBB11_99
	ldr	d0, [x25, #16]
	str	d0, [x28, #40]
.LBB11_99:
	cmp	x24, #5
	mov	x8, x20
	b.le	.LBB11_90
	b	.LBB11_91
.LBB11_100:
	cmp	x23, #6
	b.lt	.LBB11_102
	b	.LBB11_74
.LBB11_101:
	cmp	x8, #5
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_74
.LBB11_102:
	cmp	x0, #1
	b.lt	.LBB11_101
	b.ne	.LBB11_105
	mov	x11, xzr
	b	.LBB11_108
.LBB11_105:
	ldr	x13, [sp, #592]
	mov	x11, x9
	mov	x10, x13
.LBB11_106:
	add	x12, x27, x11
	subs	x10, x10, #2
	add	x11, x11, #96
	str	xzr, [x12]
	str	xzr, [x12, #48]
	b.ne	.LBB11_106
	cmp	x0, x13
	mov	x11, x13
	b.eq	.LBB11_101
.LBB11_108:
	mov	w10, #48
	madd	x10, x11, x10, x27
	sub	x11, x0, x11
.LBB11_109:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #48
	b.ne	.LBB11_109
	b	.LBB11_101
.LBB11_110:
	cmp	w18, #8
	b.eq	.LBB11_244
	cmp	w18, #12
	b.ne	.LBB11_144
	ldr	x24, [sp, #888]
	mov	x9, #-6148914691236517206
	ldr	x10, [sp, #352]
	movk	x9, #43691
	ldr	x19, [sp, #704]
	mov	x12, xzr
	sub	x8, x24, #1
	add	x10, x10, x4, lsl #3
	str	xzr, [sp, #880]
	umulh	x8, x8, x9
	str	x10, [sp, #832]
	mul	x9, x1, x4
	lsr	x8, x8, #3
	str	x8, [sp, #728]
	ldr	x8, [sp, #376]
	add	x18, x8, x9
	ldr	x8, [sp, #392]
	add	x2, x8, x9
	b	.LBB11_114
.LBB11_113:
	ldr	x8, [sp, #504]
	ldr	x9, [sp, #728]
	ldr	x12, [sp, #824]
	ldr	x18, [sp, #816]
	ldr	x2, [sp, #808]
	ldr	x24, [sp, #744]
	add	x19, x19, x8
	add	x12, x12, #12
	ldr	x8, [sp, #880]
	cmp	x8, x9
	ldr	x9, [sp, #832]
	add	x8, x8, #1
	str	x8, [sp, #880]
	add	x9, x9, #96
	str	x9, [sp, #832]
	ldr	x9, [sp, #472]
	add	x18, x18, x9
	add	x2, x2, x9
	b.eq	.LBB11_27
.LBB11_114:
	subs	x13, x24, #12
	mov	w10, #12
	ldr	x11, [sp, #888]
	csel	x9, x24, x10, lt
	cmp	x24, #1
	str	x12, [sp, #824]
	csinc	x8, x24, xzr, gt
	sub	x25, x11, x12
	str	x18, [sp, #816]
	cmp	x8, #12
	str	x2, [sp, #808]
	csel	x20, x8, x10, lt
	cmp	x25, #12
	str	x13, [sp, #744]
	csel	x8, x25, x10, lt
	ldr	w10, [sp, #532]
	cbz	w10, .LBB11_126
	lsl	x9, x9, #3
	cmp	x25, #0
	b.le	.LBB11_136
	ldr	x17, [sp, #592]
	mov	x10, xzr
	mov	x11, x2
	mov	x12, x19
	mov	x13, x18
	b	.LBB11_118
.LBB11_117:
	add	x10, x10, #1
	add	x13, x13, x1
	add	x12, x12, #8
	cmp	x10, x20
	add	x11, x11, x1
	b.eq	.LBB11_134
.LBB11_118:
	cmp	x0, #1
	b.lt	.LBB11_117
	b.ne	.LBB11_121
	mov	x16, xzr
	b	.LBB11_124
.LBB11_121:
	mov	x14, x17
	mov	x15, x12
	mov	x16, x13
.LBB11_122:
	ldp	d0, d1, [x16, #-8]
	subs	x14, x14, #2
	add	x16, x16, #16
	str	d0, [x15]
	str	d1, [x15, #96]
	add	x15, x15, #192
	b.ne	.LBB11_122
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB11_117
.LBB11_124:
	add	x14, x16, x16, lsl #1
	add	x15, x11, x16, lsl #3
	sub	x16, x0, x16
	lsl	x14, x14, #5
.LBB11_125:
	ldr	d0, [x15], #8
	subs	x16, x16, #1
	str	d0, [x12, x14]
	add	x14, x14, #96
	b.ne	.LBB11_125
	b	.LBB11_117
.LBB11_126:
	cmp	x0, #1
	b.lt	.LBB11_113
	ldr	x8, [sp, #504]
	ldr	x9, [sp, #880]
	mov	x23, xzr
	ldr	x27, [sp, #832]
	mov	x28, x19
	mul	x8, x9, x8
	ldr	x9, [sp, #704]
	add	x26, x9, x8
	b	.LBB11_131
.LBB11_128:
	mov	x8, xzr
.LBB11_129:
	mov	w10, #96
	lsl	x8, x8, #3
	mov	w1, wzr
	madd	x9, x23, x10, x26
	sub	x2, x10, x8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB11_130:
	add	x23, x23, #1
	add	x28, x28, #96
	add	x27, x27, x1
	cmp	x23, x0
	b.eq	.LBB11_113
.LBB11_131:
	cmp	x25, #1
	mov	x8, x27
	mov	x9, x28
	mov	x10, x20
	b.lt	.LBB11_128
.LBB11_132:
	ldr	d0, [x8], #8
	subs	x10, x10, #1
	str	d0, [x9], #8
	b.ne	.LBB11_132
	cmp	x24, #11
	mov	x8, x20
	b.le	.LBB11_129
	b	.LBB11_130
.LBB11_134:
	cmp	x25, #12
	b.lt	.LBB11_136
	b	.LBB11_113
.LBB11_135:
	cmp	x8, #11
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_113
.LBB11_136:
	cmp	x0, #1
	b.lt	.LBB11_135
	b.ne	.LBB11_139
	mov	x11, xzr
	b	.LBB11_142
.LBB11_139:
	ldr	x13, [sp, #592]
	mov	x11, x9
	mov	x10, x13
.LBB11_140:
	add	x12, x19, x11
	subs	x10, x10, #2
	add	x11, x11, #192
	str	xzr, [x12]
	str	xzr, [x12, #96]
	b.ne	.LBB11_140
	cmp	x0, x13
	mov	x11, x13
	b.eq	.LBB11_135
.LBB11_142:
	mov	w10, #96
	madd	x10, x11, x10, x19
	sub	x11, x0, x11
.LBB11_143:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #96
	b.ne	.LBB11_143
	b	.LBB11_135
.LBB11_144:
	mul	x10, x1, x18
	ldr	x8, [sp, #312]
	lsl	x9, x4, #3
	cmp	x0, #3
	lsl	x26, x18, #3
	ldr	x6, [sp, #704]
	mul	x8, x8, x18
	ccmp	w18, #1, #0, hi
	ldr	x12, [sp, #240]
	mov	x11, xzr
	cset	w2, eq
	str	xzr, [sp, #712]
	str	w2, [sp, #816]
	str	x10, [sp, #560]
	ldr	x10, [sp, #352]
	add	x10, x10, x9
	str	x8, [sp, #608]
	mul	x8, x1, x4
	str	x10, [sp, #664]
	ldr	x10, [sp, #344]
	add	x9, x10, x9
	str	x9, [sp, #656]
	ldr	x9, [sp, #288]
	add	x4, x9, x8
	ldr	x9, [sp, #392]
	add	x5, x9, x8
	ldr	x9, [sp, #888]
	b	.LBB11_146
.LBB11_145:
	ldr	x8, [sp, #712]
	ldr	x12, [sp, #744]
	ldr	x11, [sp, #648]
	ldr	x4, [sp, #640]
	ldr	x5, [sp, #632]
	ldr	x9, [sp, #616]
	add	x8, x8, #1
	add	x11, x11, x18
	str	x8, [sp, #712]
	ldr	x8, [sp, #656]
	add	x8, x8, x26
	str	x8, [sp, #656]
	ldr	x8, [sp, #608]
	add	x12, x12, x8
	add	x6, x6, x8
	ldr	x8, [sp, #888]
	cmp	x11, x8
	ldr	x8, [sp, #664]
	add	x8, x8, x26
	str	x8, [sp, #664]
	ldr	x8, [sp, #560]
	add	x4, x4, x8
	add	x5, x5, x8
	b.ge	.LBB11_27
.LBB11_146:
	ldr	x8, [sp, #888]
	subs	x7, x9, x18
	str	x12, [sp, #744]
	csel	x23, x9, x18, lt
	ldr	w9, [sp, #532]
	str	x11, [sp, #648]
	sub	x8, x8, x11
	str	x4, [sp, #640]
	cmp	x8, x18
	str	x5, [sp, #632]
	csel	x20, x8, x18, lt
	str	x7, [sp, #616]
	cbz	w9, .LBB11_158
	ldr	x17, [sp, #520]
	cmp	x20, #1
	b.lt	.LBB11_173
	mov	x9, xzr
	mov	x10, x5
	mov	x11, x6
	mov	x13, x4
	b	.LBB11_150
.LBB11_149:
	add	x9, x9, #1
	add	x13, x13, x1
	add	x12, x12, #8
	cmp	x9, x23
	add	x11, x11, #8
	add	x10, x10, x1
	b.eq	.LBB11_173
.LBB11_150:
	cmp	x0, #1
	b.lt	.LBB11_149
	cbz	w2, .LBB11_155
	mov	x14, x12
	mov	x15, x13
	mov	x16, x17
.LBB11_153:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #4
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB11_153
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB11_149
	b	.LBB11_156
.LBB11_155:
	mov	x16, xzr
.LBB11_156:
	madd	x14, x26, x16, x11
	add	x15, x10, x16, lsl #3
	sub	x16, x0, x16
.LBB11_157:
	ldr	d0, [x15], #8
	subs	x16, x16, #1
	str	d0, [x14]
	add	x14, x14, x26
	b.ne	.LBB11_157
	b	.LBB11_149
.LBB11_158:
	cmp	x0, #1
	b.lt	.LBB11_145
	ldr	x8, [sp, #712]
	ldr	x9, [sp, #608]
	mov	x24, xzr
	ldr	x25, [sp, #664]
	ldr	x19, [sp, #744]
	mov	x28, x6
	mul	x8, x9, x8
	neg	x9, x23
	ldr	x27, [sp, #656]
	str	x9, [sp, #808]
	and	x9, x23, #0xfffffffffffffffc
	str	x9, [sp, #728]
	and	x9, x23, #0xfffffffffffffffc
	str	x9, [sp, #720]
	ldr	x9, [sp, #704]
	str	x20, [sp, #880]
	add	x8, x9, x8
	str	x23, [sp, #832]
	str	x8, [sp, #824]
	b	.LBB11_161
.LBB11_160:
	add	x24, x24, #1
	add	x27, x27, x1
	add	x19, x19, x26
	cmp	x24, x0
	add	x28, x28, x26
	add	x25, x25, x1
	b.eq	.LBB11_145
.LBB11_161:
	cmp	x20, #1
	b.lt	.LBB11_164
	cmp	x23, #4
	b.hs	.LBB11_165
	mov	x9, xzr
	b	.LBB11_168
.LBB11_164:
	mov	x8, xzr
	b	.LBB11_171
.LBB11_165:
	ldr	x10, [sp, #728]
	mov	x8, x19
	mov	x9, x27
.LBB11_166:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_166
	ldr	x9, [sp, #720]
	mov	x8, x23
	cmp	x23, x9
	b.eq	.LBB11_171
.LBB11_168:
	lsl	x10, x9, #3
	ldr	x8, [sp, #808]
	add	x8, x8, x9
	add	x9, x28, x10
	add	x10, x25, x10
.LBB11_169:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_169
	mov	x8, x23
.LBB11_171:
	cmp	x8, x18
	b.ge	.LBB11_160
	ldr	x9, [sp, #824]
	lsl	x8, x8, #3
	mov	w1, wzr
	madd	x9, x24, x26, x9
	mov	x20, x18
	mov	x23, x6
	sub	x2, x26, x8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	mov	x6, x23
	ldr	x23, [sp, #832]
	ldr	w2, [sp, #816]
	mov	x18, x20
	ldr	x20, [sp, #880]
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
	b	.LBB11_160
.LBB11_173:
	cmp	x8, x18
	b.ge	.LBB11_145
	lsl	x8, x23, #3
	b	.LBB11_176
.LBB11_175:
	add	x20, x20, #1
	add	x8, x8, #8
	cmp	x20, x18
	b.ge	.LBB11_145
.LBB11_176:
	cmp	x0, #1
	b.lt	.LBB11_175
	cbz	w2, .LBB11_181
	ldr	x11, [sp, #520]
	ldr	x12, [sp, #744]
	mov	x9, x8
	mov	x10, x11
.LBB11_179:
	str	q20, [x6, x9]
	subs	x10, x10, #4
	str	q20, [x12, x9]
	add	x9, x9, #32
	b.ne	.LBB11_179
	cmp	x0, x11
	mov	x10, x11
	b.eq	.LBB11_175
	b	.LBB11_182
.LBB11_181:
	mov	x10, xzr
.LBB11_182:
	madd	x9, x26, x10, x6
	sub	x10, x0, x10
.LBB11_183:
	subs	x10, x10, #1
	str	xzr, [x9, x8]
	add	x9, x9, x26
	b.ne	.LBB11_183
	b	.LBB11_175
.LBB11_184:
	ldr	x26, [sp, #888]
	mul	x8, x1, x4
	add	x9, x11, x10
	add	x11, x9, #2
	ldp	x17, x18, [sp, #248]
	sub	x12, x26, #1
	madd	x10, x1, x9, x1
	add	x9, x9, #3
	lsr	x12, x12, #2
	ldr	x19, [sp, #704]
	mov	x15, xzr
	mul	x11, x1, x11
	mov	x14, xzr
	str	x12, [sp, #608]
	ldr	x12, [sp, #344]
	mul	x9, x1, x9
	add	x12, x12, x4, lsl #3
	str	x12, [sp, #880]
	ldr	x12, [sp, #376]
	add	x13, x12, x8
	add	x2, x12, x11
	str	x13, [sp, #832]
	ldr	x13, [sp, #392]
	add	x16, x13, x8
	ldp	x8, x20, [sp, #264]
	add	x4, x13, x9
	str	x8, [sp, #816]
	add	x8, x12, x10
	str	x8, [sp, #808]
	add	x8, x13, x10
	add	x10, x12, x9
	str	x8, [sp, #824]
	add	x8, x13, x11
	str	x8, [sp, #744]
	b	.LBB11_186
.LBB11_185:
	ldr	x8, [sp, #608]
	ldr	x9, [sp, #648]
	ldr	x11, [sp, #832]
	ldr	x10, [sp, #480]
	ldr	x18, [sp, #728]
	ldr	x17, [sp, #712]
	cmp	x9, x8
	add	x15, x9, #1
	ldr	x9, [sp, #880]
	add	x19, x19, x10
	ldr	x14, [sp, #656]
	add	x20, x20, x10
	add	x9, x9, #32
	ldr	x16, [sp, #640]
	add	x18, x18, x10
	str	x9, [sp, #880]
	ldr	x9, [sp, #448]
	ldr	x2, [sp, #720]
	add	x17, x17, x10
	ldr	x4, [sp, #632]
	ldr	x26, [sp, #616]
	add	x11, x11, x9
	add	x14, x14, #4
	add	x16, x16, x9
	str	x11, [sp, #832]
	ldr	x11, [sp, #816]
	add	x2, x2, x9
	add	x4, x4, x9
	add	x11, x11, x10
	ldr	x10, [sp, #664]
	str	x11, [sp, #816]
	ldr	x11, [sp, #808]
	add	x10, x10, x9
	add	x11, x11, x9
	str	x11, [sp, #808]
	ldr	x11, [sp, #824]
	add	x11, x11, x9
	str	x11, [sp, #824]
	ldr	x11, [sp, #744]
	add	x11, x11, x9
	str	x11, [sp, #744]
	b.eq	.LBB11_27
.LBB11_186:
	str	x10, [sp, #664]
	subs	x12, x26, #4
	mov	w10, #4
	csel	x9, x26, x10, lt
	cmp	x26, #1
	ldr	x11, [sp, #888]
	csinc	x8, x26, xzr, gt
	str	x14, [sp, #656]
	cmp	x8, #4
	sub	x25, x11, x14
	str	x15, [sp, #648]
	csel	x24, x8, x10, lt
	cmp	x25, #4
	str	x16, [sp, #640]
	csel	x8, x25, x10, lt
	ldr	w10, [sp, #532]
	str	x17, [sp, #712]
	str	x18, [sp, #728]
	str	x2, [sp, #720]
	str	x4, [sp, #632]
	str	x12, [sp, #616]
	cbz	w10, .LBB11_191
	lsl	x9, x9, #3
	ldr	x13, [sp, #592]
	cmp	x25, #0
	b.le	.LBB11_236
	cmp	x0, #0
	b.le	.LBB11_207
	cmp	x0, #1
	b.ne	.LBB11_202
	mov	x12, xzr
	b	.LBB11_205
.LBB11_191:
	cmp	x0, #1
	b.lt	.LBB11_185
	ldr	x27, [sp, #880]
	mov	x28, x0
	mov	x23, x19
	b	.LBB11_196
.LBB11_193:
	mov	x8, xzr
.LBB11_194:
	lsl	x8, x8, #3
	mov	w9, #32
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x23, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB11_195:
	subs	x28, x28, #1
	add	x23, x23, #32
	add	x27, x27, x1
	b.eq	.LBB11_185
.LBB11_196:
	cmp	x25, #1
	b.lt	.LBB11_193
	ldur	d0, [x27, #-16]
	cmp	x26, #1
	str	d0, [x23]
	b.le	.LBB11_201
	ldur	d0, [x27, #-8]
	cmp	x26, #2
	str	d0, [x23, #8]
	b.eq	.LBB11_201
	ldr	d0, [x27]
	cmp	x26, #3
	str	d0, [x23, #16]
	b.eq	.LBB11_201
	ldr	d0, [x27, #8]
	str	d0, [x23, #24]
.LBB11_201:
	cmp	x26, #3
	mov	x8, x24
	b.le	.LBB11_194
	b	.LBB11_195
.LBB11_202:
	ldr	x12, [sp, #832]
	mov	x10, x13
	mov	x11, x20
.LBB11_203:
	ldp	d0, d1, [x12, #-8]
	subs	x10, x10, #2
	add	x12, x12, #16
	stur	d0, [x11, #-32]
	str	d1, [x11], #64
	b.ne	.LBB11_203
	cmp	x0, x13
	mov	x12, x13
	b.eq	.LBB11_207
.LBB11_205:
	lsl	x10, x12, #5
	add	x11, x16, x12, lsl #3
	sub	x12, x0, x12
.LBB11_206:
	ldr	d0, [x11], #8
	subs	x12, x12, #1
	str	d0, [x19, x10]
	add	x10, x10, #32
	b.ne	.LBB11_206
.LBB11_207:
	cmp	x26, #2
	b.lt	.LBB11_234
	cmp	x0, #1
	b.lt	.LBB11_216
	b.ne	.LBB11_211
	mov	x12, xzr
	b	.LBB11_214
.LBB11_211:
	ldr	x10, [sp, #808]
	ldr	x11, [sp, #816]
	mov	x12, x13
.LBB11_212:
	ldp	d0, d1, [x10, #-8]
	subs	x12, x12, #2
	add	x10, x10, #16
	stur	d0, [x11, #-32]
	str	d1, [x11], #64
	b.ne	.LBB11_212
	cmp	x0, x13
	mov	x12, x13
	b.eq	.LBB11_216
.LBB11_214:
	ldr	x11, [sp, #824]
	mov	w10, #8
	orr	x10, x10, x12, lsl #5
	add	x11, x11, x12, lsl #3
	sub	x12, x0, x12
.LBB11_215:
	ldr	d0, [x11], #8
	subs	x12, x12, #1
	str	d0, [x19, x10]
	add	x10, x10, #32
	b.ne	.LBB11_215
.LBB11_216:
	cmp	x26, #2
	b.eq	.LBB11_234
	cmp	x0, #1
	b.lt	.LBB11_225
	b.ne	.LBB11_220
	mov	x12, xzr
	b	.LBB11_223
.LBB11_220:
	ldr	x10, [sp, #720]
	ldr	x11, [sp, #728]
	mov	x12, x13
.LBB11_221:
	ldp	d0, d1, [x10, #-8]
	subs	x12, x12, #2
	add	x10, x10, #16
	stur	d0, [x11, #-32]
	str	d1, [x11], #64
	b.ne	.LBB11_221
	cmp	x0, x13
	mov	x12, x13
	b.eq	.LBB11_225
.LBB11_223:
	ldr	x11, [sp, #744]
	mov	w10, #16
	orr	x10, x10, x12, lsl #5
	add	x11, x11, x12, lsl #3
	sub	x12, x0, x12
.LBB11_224:
	ldr	d0, [x11], #8
	subs	x12, x12, #1
	str	d0, [x19, x10]
	add	x10, x10, #32
	b.ne	.LBB11_224
.LBB11_225:
	cmp	x26, #3
	b.eq	.LBB11_234
	cmp	x0, #1
	b.lt	.LBB11_234
	b.ne	.LBB11_229
	mov	x12, xzr
	b	.LBB11_232
.LBB11_229:
	ldr	x10, [sp, #664]
	ldr	x11, [sp, #712]
	mov	x12, x13
.LBB11_230:
	ldp	d0, d1, [x10, #-8]
	subs	x12, x12, #2
	add	x10, x10, #16
	stur	d0, [x11, #-32]
	str	d1, [x11], #64
	b.ne	.LBB11_230
	cmp	x0, x13
	mov	x12, x13
	b.eq	.LBB11_234
.LBB11_232:
	mov	w10, #24
	add	x11, x4, x12, lsl #3
	orr	x10, x10, x12, lsl #5
	sub	x12, x0, x12
.LBB11_233:
	ldr	d0, [x11], #8
	subs	x12, x12, #1
	str	d0, [x19, x10]
	add	x10, x10, #32
	b.ne	.LBB11_233
.LBB11_234:
	cmp	x25, #4
	b.lt	.LBB11_236
	b	.LBB11_185
.LBB11_235:
	cmp	x8, #3
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_185
.LBB11_236:
	cmp	x0, #1
	b.lt	.LBB11_235
	b.ne	.LBB11_239
	mov	x11, xzr
	b	.LBB11_242
.LBB11_239:
	ldr	x12, [sp, #592]
	mov	x11, x9
	mov	x10, x12
.LBB11_240:
	str	xzr, [x19, x11]
	subs	x10, x10, #2
	str	xzr, [x20, x11]
	add	x11, x11, #64
	b.ne	.LBB11_240
	cmp	x0, x12
	mov	x11, x12
	b.eq	.LBB11_235
.LBB11_242:
	add	x10, x19, x11, lsl #5
	sub	x11, x0, x11
.LBB11_243:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #32
	b.ne	.LBB11_243
	b	.LBB11_235
.LBB11_244:
	ldr	x24, [sp, #888]
	mul	x8, x1, x4
	ldr	x10, [sp, #304]
	ldr	x28, [sp, #280]
	ldr	x19, [sp, #704]
	mov	x11, xzr
	sub	x9, x24, #1
	add	x10, x10, x4, lsl #3
	mov	x12, xzr
	lsr	x9, x9, #3
	str	x10, [sp, #880]
	str	x9, [sp, #728]
	ldr	x9, [sp, #376]
	add	x2, x9, x8
	ldr	x9, [sp, #392]
	add	x4, x9, x8
	b	.LBB11_246
.LBB11_245:
	ldr	x8, [sp, #728]
	ldr	x9, [sp, #824]
	ldr	x10, [sp, #496]
	ldr	x12, [sp, #832]
	ldr	x2, [sp, #816]
	ldr	x4, [sp, #808]
	cmp	x9, x8
	add	x11, x9, #1
	add	x19, x19, x10
	ldr	x9, [sp, #880]
	ldr	x24, [sp, #744]
	add	x12, x12, #8
	add	x28, x28, x10
	add	x9, x9, #64
	str	x9, [sp, #880]
	ldr	x9, [sp, #456]
	add	x2, x2, x9
	add	x4, x4, x9
	b.eq	.LBB11_27
.LBB11_246:
	subs	x8, x24, #8
	mov	w10, #8
	str	x11, [sp, #824]
	csel	x9, x24, x10, lt
	cmp	x24, #1
	ldr	x11, [sp, #888]
	str	x8, [sp, #744]
	csinc	x8, x24, xzr, gt
	cmp	x8, #8
	sub	x25, x11, x12
	str	x12, [sp, #832]
	csel	x20, x8, x10, lt
	cmp	x25, #8
	str	x2, [sp, #816]
	csel	x8, x25, x10, lt
	ldr	w10, [sp, #532]
	str	x4, [sp, #808]
	cbz	w10, .LBB11_258
	lsl	x9, x9, #3
	cmp	x25, #0
	b.le	.LBB11_275
	ldr	x18, [sp, #592]
	mov	x10, xzr
	mov	x11, x4
	mov	x12, x19
	mov	x13, x28
	mov	x14, x2
	b	.LBB11_250
.LBB11_249:
	add	x10, x10, #1
	add	x14, x14, x1
	add	x13, x13, #8
	cmp	x10, x20
	add	x12, x12, #8
	add	x11, x11, x1
	b.eq	.LBB11_273
.LBB11_250:
	cmp	x0, #1
	b.lt	.LBB11_249
	b.ne	.LBB11_253
	mov	x17, xzr
	b	.LBB11_256
.LBB11_253:
	mov	x15, x18
	mov	x16, x13
	mov	x17, x14
.LBB11_254:
	ldp	d0, d1, [x17, #-8]
	subs	x15, x15, #2
	add	x17, x17, #16
	stur	d0, [x16, #-64]
	str	d1, [x16], #128
	b.ne	.LBB11_254
	cmp	x0, x18
	mov	x17, x18
	b.eq	.LBB11_249
.LBB11_256:
	add	x15, x12, x17, lsl #6
	add	x16, x11, x17, lsl #3
	sub	x17, x0, x17
.LBB11_257:
	ldr	d0, [x16], #8
	subs	x17, x17, #1
	str	d0, [x15], #64
	b.ne	.LBB11_257
	b	.LBB11_249
.LBB11_258:
	cmp	x0, #1
	b.lt	.LBB11_245
	ldr	x26, [sp, #880]
	mov	x27, x0
	mov	x23, x19
	b	.LBB11_263
.LBB11_260:
	mov	x8, xzr
.LBB11_261:
	lsl	x8, x8, #3
	mov	w9, #64
	mov	w1, wzr
	sub	x2, x9, x8
	add	x0, x23, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
.LBB11_262:
	subs	x27, x27, #1
	add	x23, x23, #64
	add	x26, x26, x1
	b.eq	.LBB11_245
.LBB11_263:
	cmp	x25, #1
	b.lt	.LBB11_260
	ldur	d0, [x26, #-32]
	cmp	x24, #1
	str	d0, [x23]
	b.le	.LBB11_272
	ldur	d0, [x26, #-24]
	cmp	x24, #2
	str	d0, [x23, #8]
	b.eq	.LBB11_272
	ldur	d0, [x26, #-16]
	cmp	x24, #3
	str	d0, [x23, #16]
	b.eq	.LBB11_272
	ldur	d0, [x26, #-8]
	cmp	x24, #4
	str	d0, [x23, #24]
	b.eq	.LBB11_272
	ldr	d0, [x26]
	cmp	x24, #5
	str	d0, [x23, #32]
	b.eq	.LBB11_272
	ldr	d0, [x26, #8]
	cmp	x24, #6
	str	d0, [x23, #40]
	b.eq	.LBB11_272
	ldr	d0, [x26, #16]
	cmp	x24, #7
	str	d0, [x23, #48]
	b.eq	.LBB11_272
	ldr	d0, [x26, #24]
	str	d0, [x23, #56]
.LBB11_272:
	cmp	x24, #7
	mov	x8, x20
	b.le	.LBB11_261
	b	.LBB11_262
.LBB11_273:
	cmp	x25, #8
	b.lt	.LBB11_275
	b	.LBB11_245
.LBB11_274:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_245
.LBB11_275:
	cmp	x0, #1
	b.lt	.LBB11_274
	b.ne	.LBB11_278
	mov	x11, xzr
	b	.LBB11_281
.LBB11_278:
	ldr	x12, [sp, #592]
	mov	x11, x9
	mov	x10, x12
.LBB11_279:
	str	xzr, [x19, x11]
	subs	x10, x10, #2
	str	xzr, [x28, x11]
	add	x11, x11, #128
	b.ne	.LBB11_279
	cmp	x0, x12
	mov	x11, x12
	b.eq	.LBB11_274
.LBB11_281:
	add	x10, x19, x11, lsl #6
	sub	x11, x0, x11
.LBB11_282:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #64
	b.ne	.LBB11_282
	b	.LBB11_274
.LBB11_283:
	ldr	x8, [sp, #208]
	mov	w2, w18
	cmp	w2, #32
	add	x8, x8, x4, lsl #3
	b.eq	.LBB11_383
	ldr	x13, [sp, #512]
	cmp	w2, #16
	b.eq	.LBB11_342
	cmp	w2, #8
	b.ne	.LBB11_424
	ldr	x14, [sp, #384]
	ldr	x11, [sp, #672]
	mul	x9, x13, x4
	lsl	x12, x0, #6
	ldr	x24, [sp, #888]
	ldr	x28, [sp, #128]
	mul	x11, x14, x11
	ldr	x26, [sp, #584]
	mov	x15, xzr
	str	x12, [sp, #744]
	sub	x12, x24, #1
	and	x25, x0, #0x7ffffffffffffffe
	mul	x10, x13, x14
	lsr	x12, x12, #3
	sub	x13, x0, #1
	add	x9, x9, x14, lsl #3
	str	xzr, [sp, #816]
	str	x12, [sp, #728]
	lsl	x12, x13, #6
	add	x8, x8, x11, lsl #3
	str	x12, [sp, #720]
	lsr	x12, x13, #58
	str	x8, [sp, #824]
	ldr	x8, [sp, #152]
	add	x10, x10, x4, lsl #3
	str	x12, [sp, #712]
	add	x4, x8, x9
	ldr	x8, [sp, #208]
	add	x5, x8, x9
	ldr	x8, [sp, #48]
	add	x8, x8, x10
	str	x8, [sp, #832]
	b	.LBB11_288
.LBB11_287:
	ldr	x8, [sp, #816]
	ldr	x9, [sp, #728]
	ldr	x4, [sp, #800]
	ldr	x5, [sp, #792]
	ldr	x10, [sp, #744]
	ldr	x15, [sp, #808]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #320]
	ldr	x24, [sp, #776]
	add	x26, x26, x10
	add	x15, x15, #8
	add	x4, x4, x9
	add	x5, x5, x9
	ldr	x9, [sp, #832]
	add	x28, x28, x10
	str	x8, [sp, #816]
	add	x9, x9, #64
	str	x9, [sp, #832]
	ldr	x9, [sp, #824]
	add	x9, x9, #64
	str	x9, [sp, #824]
	b.eq	.LBB11_17
.LBB11_288:
	subs	x12, x24, #8
	mov	w11, #8
	ldr	x10, [sp, #888]
	csel	x9, x24, x11, lt
	cmp	x24, #1
	str	x15, [sp, #808]
	csinc	x8, x24, xzr, gt
	sub	x6, x10, x15
	str	x4, [sp, #800]
	cmp	x8, #8
	str	x5, [sp, #792]
	csel	x10, x8, x11, lt
	cmp	x6, #8
	str	x12, [sp, #776]
	csel	x8, x6, x11, lt
	ldr	w11, [sp, #404]
	cbz	w11, .LBB11_310
	lsl	x9, x9, #3
	cmp	x6, #0
	b.le	.LBB11_302
	ldr	x2, [sp, #512]
	mov	x11, xzr
	mov	x12, x5
	mov	x13, x26
	mov	x14, x28
	mov	x15, x4
	b	.LBB11_292
.LBB11_291:
	add	x11, x11, #1
	add	x15, x15, x2
	add	x14, x14, #8
	cmp	x11, x10
	add	x13, x13, #8
	add	x12, x12, x2
	b.eq	.LBB11_300
.LBB11_292:
	cmp	x0, #1
	b.lt	.LBB11_291
	b.ne	.LBB11_295
	mov	x18, xzr
	b	.LBB11_298
.LBB11_295:
	mov	x16, x25
	mov	x17, x14
	mov	x18, x15
.LBB11_296:
	ldp	d0, d1, [x18, #-8]
	subs	x16, x16, #2
	add	x18, x18, #16
	stur	d0, [x17, #-64]
	str	d1, [x17], #128
	b.ne	.LBB11_296
	cmp	x0, x25
	mov	x18, x25
	b.eq	.LBB11_291
.LBB11_298:
	add	x16, x13, x18, lsl #6
	add	x17, x12, x18, lsl #3
	sub	x18, x0, x18
.LBB11_299:
	ldr	d0, [x17], #8
	subs	x18, x18, #1
	str	d0, [x16], #64
	b.ne	.LBB11_299
	b	.LBB11_291
.LBB11_300:
	cmp	x6, #8
	b.lt	.LBB11_302
	b	.LBB11_287
.LBB11_301:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_287
.LBB11_302:
	cmp	x0, #1
	b.lt	.LBB11_301
	b.ne	.LBB11_305
	mov	x11, xzr
	b	.LBB11_308
.LBB11_305:
	mov	x10, x25
	mov	x11, x9
.LBB11_306:
	str	xzr, [x26, x11]
	subs	x10, x10, #2
	str	xzr, [x28, x11]
	add	x11, x11, #128
	b.ne	.LBB11_306
	cmp	x0, x25
	mov	x11, x25
	b.eq	.LBB11_301
.LBB11_308:
	add	x10, x26, x11, lsl #6
	sub	x11, x0, x11
.LBB11_309:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #64
	b.ne	.LBB11_309
	b	.LBB11_301
.LBB11_310:
	b.ge	.LBB11_324
	cmp	x0, #1
	b.lt	.LBB11_287
	lsl	x27, x10, #3
	ldr	x20, [sp, #832]
	mov	x19, x0
	mov	x23, x26
	str	x6, [sp, #880]
	b	.LBB11_315
.LBB11_313:
	mov	x8, xzr
.LBB11_314:
	mov	w9, #64
	add	x0, x23, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x8, [sp, #512]
	ldr	x3, [sp, #856]
	ldr	x1, [sp, #624]
	ldr	x0, [sp, #864]
	subs	x19, x19, #1
	ldr	x6, [sp, #880]
	add	x23, x23, #64
	add	x20, x20, x8
	b.eq	.LBB11_287
.LBB11_315:
	cmp	x6, #1
	b.lt	.LBB11_313
	ldur	d0, [x20, #-32]
	cmp	x24, #2
	mov	x8, x27
	str	d0, [x23]
	b.lt	.LBB11_314
	ldur	d0, [x20, #-24]
	mov	x8, x27
	str	d0, [x23, #8]
	b.eq	.LBB11_314
	ldur	d0, [x20, #-16]
	cmp	x24, #3
	mov	x8, x27
	str	d0, [x23, #16]
	b.eq	.LBB11_314
	ldur	d0, [x20, #-8]
	cmp	x24, #4
	mov	x8, x27
	str	d0, [x23, #24]
	b.eq	.LBB11_314
	ldr	d0, [x20]
	cmp	x24, #5
	mov	x8, x27
	str	d0, [x23, #32]
	b.eq	.LBB11_314
	ldr	d0, [x20, #8]
	cmp	x24, #6
	mov	x8, x27
	str	d0, [x23, #40]
	b.eq	.LBB11_314
	ldr	d0, [x20, #16]
	cmp	x24, #7
	mov	x8, x27
	str	d0, [x23, #48]
	b.eq	.LBB11_314
	ldr	d0, [x20, #24]
	mov	x8, x27
	str	d0, [x23, #56]
	b	.LBB11_314
.LBB11_324:
	cmp	x0, #1
	b.lt	.LBB11_287
	cmp	x0, #18
	b.hs	.LBB11_329
	mov	x8, xzr
.LBB11_327:
	ldr	x9, [sp, #512]
	ldr	x10, [sp, #824]
	madd	x9, x9, x8, x10
	lsl	x10, x8, #6
	sub	x8, x0, x8
.LBB11_328:
	ldp	q0, q1, [x9]
	add	x11, x26, x10
	ldr	x12, [sp, #512]
	subs	x8, x8, #1
	add	x10, x10, #64
	str	q0, [x11]
	ldp	q0, q2, [x9, #32]
	add	x9, x9, x12
	stp	q1, q0, [x11, #16]
	str	q2, [x11, #48]
	b.ne	.LBB11_328
	b	.LBB11_287
.LBB11_329:
	ldr	x8, [sp, #816]
	ldr	x9, [sp, #744]
	ldr	x12, [sp, #720]
	mul	x9, x9, x8
	ldr	x8, [sp, #120]
	add	x8, x8, x9
	add	x10, x8, x12
	cmp	x10, x8
	mov	x8, xzr
	b.lo	.LBB11_327
	ldr	x10, [sp, #112]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_327
	ldr	x10, [sp, #104]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_327
	ldr	x10, [sp, #96]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_327
	ldr	x10, [sp, #88]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_327
	ldr	x10, [sp, #160]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_327
	add	x10, x26, x12
	cmp	x10, x26
	b.lo	.LBB11_327
	ldr	x10, [sp, #80]
	add	x9, x10, x9
	add	x10, x9, x12
	cmp	x10, x9
	b.lo	.LBB11_327
	ldr	x9, [sp, #712]
	cbnz	x9, .LBB11_327
	ldr	x9, [sp, #672]
	cmp	x9, #1
	b.ne	.LBB11_327
	ldr	x11, [sp, #832]
	mov	x8, x26
	mov	x9, x25
	mov	x10, x11
.LBB11_340:
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
	b.ne	.LBB11_340
	cmp	x0, x25
	mov	x8, x25
	b.eq	.LBB11_287
	b	.LBB11_327
.LBB11_342:
	ldr	x14, [sp, #384]
	ldr	x11, [sp, #672]
	mul	x9, x13, x4
	lsl	x12, x0, #7
	ldr	x28, [sp, #584]
	mov	x15, xzr
	mul	x11, x14, x11
	and	x2, x0, #0x7ffffffffffffffe
	str	xzr, [sp, #800]
	str	x12, [sp, #616]
	mul	x10, x13, x14
	ldr	x13, [sp, #888]
	str	x2, [sp, #824]
	add	x9, x9, x14, lsl #3
	ldr	x14, [sp, #160]
	sub	x12, x13, #1
	add	x8, x8, x11, lsl #3
	str	x14, [sp, #792]
	lsr	x12, x12, #4
	ldp	x14, x20, [sp, #128]
	str	x8, [sp, #744]
	ldr	x8, [sp, #152]
	add	x10, x10, x4, lsl #3
	str	x12, [sp, #608]
	add	x4, x8, x9
	ldr	x8, [sp, #208]
	str	x14, [sp, #776]
	add	x11, x8, x9
	ldr	x8, [sp, #56]
	add	x8, x8, x10
	str	x8, [sp, #728]
	ldr	x8, [sp, #144]
	add	x8, x8, x10
	str	x8, [sp, #720]
	b	.LBB11_344
.LBB11_343:
	ldr	x8, [sp, #800]
	ldr	x9, [sp, #608]
	ldr	x4, [sp, #688]
	ldr	x11, [sp, #664]
	ldr	x10, [sp, #616]
	ldr	x15, [sp, #712]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #328]
	ldr	x13, [sp, #656]
	add	x28, x28, x10
	add	x15, x15, #16
	add	x4, x4, x9
	add	x11, x11, x9
	ldr	x9, [sp, #728]
	add	x20, x20, x10
	str	x8, [sp, #800]
	add	x9, x9, #128
	str	x9, [sp, #728]
	ldr	x9, [sp, #776]
	add	x9, x9, x10
	str	x9, [sp, #776]
	ldr	x9, [sp, #720]
	add	x9, x9, #128
	str	x9, [sp, #720]
	ldr	x9, [sp, #792]
	add	x9, x9, x10
	str	x9, [sp, #792]
	ldr	x9, [sp, #744]
	add	x9, x9, #128
	str	x9, [sp, #744]
	b.eq	.LBB11_17
.LBB11_344:
	cmp	x13, #1
	mov	w10, #16
	str	x15, [sp, #712]
	csinc	x8, x13, xzr, gt
	str	x4, [sp, #688]
	cmp	x8, #16
	str	x11, [sp, #664]
	csel	x26, x8, x10, lt
	subs	x8, x13, #16
	str	x8, [sp, #656]
	ldr	x8, [sp, #888]
	csel	x9, x13, x10, lt
	neg	x12, x26
	sub	x5, x8, x15
	cmp	x5, #16
	csel	x8, x5, x10, lt
	ldr	w10, [sp, #404]
	cbz	w10, .LBB11_366
	lsl	x9, x9, #3
	ldr	x18, [sp, #512]
	cmp	x5, #0
	b.le	.LBB11_358
	mov	x10, xzr
	mov	x12, x28
	mov	x13, x20
	mov	x14, x4
	b	.LBB11_348
.LBB11_347:
	add	x10, x10, #1
	add	x14, x14, x18
	add	x13, x13, #8
	cmp	x10, x26
	add	x12, x12, #8
	add	x11, x11, x18
	b.eq	.LBB11_356
.LBB11_348:
	cmp	x0, #1
	b.lt	.LBB11_347
	b.ne	.LBB11_351
	mov	x17, xzr
	b	.LBB11_354
.LBB11_351:
	mov	x15, x2
	mov	x16, x13
	mov	x17, x14
.LBB11_352:
	ldp	d0, d1, [x17, #-8]
	subs	x15, x15, #2
	add	x17, x17, #16
	stur	d0, [x16, #-128]
	str	d1, [x16]
	add	x16, x16, #256
	b.ne	.LBB11_352
	cmp	x0, x2
	mov	x17, x2
	b.eq	.LBB11_347
.LBB11_354:
	add	x15, x12, x17, lsl #7
	add	x16, x11, x17, lsl #3
	sub	x17, x0, x17
.LBB11_355:
	ldr	d0, [x16], #8
	subs	x17, x17, #1
	str	d0, [x15], #128
	b.ne	.LBB11_355
	b	.LBB11_347
.LBB11_356:
	cmp	x5, #16
	b.lt	.LBB11_358
	b	.LBB11_343
.LBB11_357:
	cmp	x8, #15
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_343
.LBB11_358:
	cmp	x0, #1
	b.lt	.LBB11_357
	b.ne	.LBB11_361
	mov	x11, xzr
	b	.LBB11_364
.LBB11_361:
	mov	x10, x2
	mov	x11, x9
.LBB11_362:
	str	xzr, [x28, x11]
	subs	x10, x10, #2
	str	xzr, [x20, x11]
	add	x11, x11, #256
	b.ne	.LBB11_362
	cmp	x0, x2
	mov	x11, x2
	b.eq	.LBB11_357
.LBB11_364:
	add	x10, x28, x11, lsl #7
	sub	x11, x0, x11
.LBB11_365:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #128
	b.ne	.LBB11_365
	b	.LBB11_357
.LBB11_366:
	b.ge	.LBB11_380
	cmp	x0, #1
	str	x12, [sp, #648]
	str	x13, [sp, #808]
	b.lt	.LBB11_343
	ldr	x8, [sp, #800]
	ldr	x9, [sp, #616]
	mov	x19, xzr
	ldr	x24, [sp, #744]
	ldr	x23, [sp, #792]
	mov	x27, x28
	mul	x8, x8, x9
	and	x9, x26, #0x1c
	ldr	x25, [sp, #720]
	str	x9, [sp, #640]
	lsl	x9, x26, #3
	str	x5, [sp, #880]
	str	x9, [sp, #816]
	and	x9, x26, #0x1c
	str	x9, [sp, #632]
	ldr	x9, [sp, #584]
	add	x8, x9, x8
	str	x8, [sp, #832]
	b	.LBB11_371
.LBB11_369:
	mov	x8, xzr
.LBB11_370:
	ldr	x9, [sp, #832]
	mov	w10, #128
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x19, lsl #7
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x8, [sp, #512]
	ldr	x0, [sp, #864]
	add	x19, x19, #1
	ldr	x3, [sp, #856]
	ldr	x1, [sp, #624]
	ldr	x2, [sp, #824]
	ldr	x5, [sp, #880]
	add	x25, x25, x8
	cmp	x19, x0
	add	x23, x23, #128
	add	x27, x27, #128
	add	x24, x24, x8
	b.eq	.LBB11_343
.LBB11_371:
	cmp	x5, #1
	b.lt	.LBB11_369
	ldr	x8, [sp, #808]
	cmp	x8, #4
	b.ge	.LBB11_374
	mov	x9, xzr
	b	.LBB11_377
.LBB11_374:
	ldr	x10, [sp, #640]
	mov	x8, x23
	mov	x9, x25
.LBB11_375:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_375
	ldr	x9, [sp, #632]
	ldr	x8, [sp, #816]
	cmp	x26, x9
	b.eq	.LBB11_370
.LBB11_377:
	lsl	x10, x9, #3
	ldr	x8, [sp, #648]
	add	x8, x8, x9
	add	x9, x27, x10
	add	x10, x24, x10
.LBB11_378:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_378
	ldr	x8, [sp, #816]
	b	.LBB11_370
.LBB11_380:
	cmp	x0, #1
	b.lt	.LBB11_343
	ldr	x8, [sp, #776]
	ldr	x9, [sp, #728]
	mov	x10, x0
.LBB11_382:
	ldp	q0, q1, [x9, #-64]
	subs	x10, x10, #1
	ldr	x11, [sp, #512]
	stur	q0, [x8, #-64]
	ldp	q0, q2, [x9, #-32]
	stur	q1, [x8, #-48]
	ldr	q1, [x9]
	stp	q0, q2, [x8, #-32]
	ldp	q0, q2, [x9, #16]
	stp	q1, q0, [x8]
	ldr	q0, [x9, #48]
	add	x9, x9, x11
	stp	q2, q0, [x8, #32]
	add	x8, x8, #128
	b.ne	.LBB11_382
	b	.LBB11_343
.LBB11_383:
	ldr	x13, [sp, #384]
	ldr	x11, [sp, #672]
	lsl	x12, x0, #8
	ldr	x10, [sp, #512]
	ldr	x14, [sp, #888]
	mov	x15, xzr
	mul	x11, x13, x11
	str	x12, [sp, #616]
	ldr	x28, [sp, #584]
	sub	x12, x14, #1
	and	x2, x0, #0x7ffffffffffffffe
	str	xzr, [sp, #800]
	mul	x9, x10, x4
	lsr	x12, x12, #5
	str	x2, [sp, #824]
	mul	x10, x10, x13
	str	x12, [sp, #608]
	add	x8, x8, x11, lsl #3
	add	x9, x9, x13, lsl #3
	str	x8, [sp, #744]
	ldr	x8, [sp, #152]
	ldr	x13, [sp, #160]
	add	x10, x10, x4, lsl #3
	add	x4, x8, x9
	ldr	x8, [sp, #208]
	str	x13, [sp, #792]
	ldr	x13, [sp, #136]
	add	x11, x8, x9
	ldp	x8, x20, [sp, #64]
	str	x13, [sp, #776]
	add	x8, x8, x10
	str	x8, [sp, #728]
	ldr	x8, [sp, #144]
	add	x8, x8, x10
	str	x8, [sp, #720]
	b	.LBB11_385
.LBB11_384:
	ldr	x8, [sp, #800]
	ldr	x9, [sp, #608]
	ldr	x4, [sp, #688]
	ldr	x11, [sp, #664]
	ldr	x10, [sp, #616]
	ldr	x15, [sp, #712]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #336]
	ldr	x14, [sp, #656]
	add	x28, x28, x10
	add	x15, x15, #32
	add	x4, x4, x9
	add	x11, x11, x9
	ldr	x9, [sp, #728]
	add	x20, x20, x10
	str	x8, [sp, #800]
	add	x9, x9, #256
	str	x9, [sp, #728]
	ldr	x9, [sp, #776]
	add	x9, x9, x10
	str	x9, [sp, #776]
	ldr	x9, [sp, #720]
	add	x9, x9, #256
	str	x9, [sp, #720]
	ldr	x9, [sp, #792]
	add	x9, x9, x10
	str	x9, [sp, #792]
	ldr	x9, [sp, #744]
	add	x9, x9, #256
	str	x9, [sp, #744]
	b.eq	.LBB11_17
.LBB11_385:
	cmp	x14, #1
	mov	w10, #32
	str	x15, [sp, #712]
	csinc	x8, x14, xzr, gt
	str	x4, [sp, #688]
	cmp	x8, #32
	str	x11, [sp, #664]
	csel	x26, x8, x10, lt
	subs	x8, x14, #32
	str	x8, [sp, #656]
	ldr	x8, [sp, #888]
	csel	x9, x14, x10, lt
	neg	x12, x26
	sub	x5, x8, x15
	cmp	x5, #32
	csel	x8, x5, x10, lt
	ldr	w10, [sp, #404]
	cbz	w10, .LBB11_407
	lsl	x9, x9, #3
	ldr	x18, [sp, #512]
	cmp	x5, #0
	b.le	.LBB11_399
	mov	x10, xzr
	mov	x12, x28
	mov	x13, x20
	mov	x14, x4
	b	.LBB11_389
.LBB11_388:
	add	x10, x10, #1
	add	x14, x14, x18
	add	x13, x13, #8
	cmp	x10, x26
	add	x12, x12, #8
	add	x11, x11, x18
	b.eq	.LBB11_397
.LBB11_389:
	cmp	x0, #1
	b.lt	.LBB11_388
	b.ne	.LBB11_392
	mov	x17, xzr
	b	.LBB11_395
.LBB11_392:
	mov	x15, x2
	mov	x16, x13
	mov	x17, x14
.LBB11_393:
	ldp	d0, d1, [x17, #-8]
	subs	x15, x15, #2
	add	x17, x17, #16
	stur	d0, [x16, #-256]
	str	d1, [x16]
	add	x16, x16, #512
	b.ne	.LBB11_393
	cmp	x0, x2
	mov	x17, x2
	b.eq	.LBB11_388
.LBB11_395:
	add	x15, x12, x17, lsl #8
	add	x16, x11, x17, lsl #3
	sub	x17, x0, x17
.LBB11_396:
	ldr	d0, [x16], #8
	subs	x17, x17, #1
	str	d0, [x15]
	add	x15, x15, #256
	b.ne	.LBB11_396
	b	.LBB11_388
.LBB11_397:
	cmp	x5, #32
	b.lt	.LBB11_399
	b	.LBB11_384
.LBB11_398:
	cmp	x8, #31
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_384
.LBB11_399:
	cmp	x0, #1
	b.lt	.LBB11_398
	b.ne	.LBB11_402
	mov	x11, xzr
	b	.LBB11_405
.LBB11_402:
	mov	x10, x2
	mov	x11, x9
.LBB11_403:
	str	xzr, [x28, x11]
	subs	x10, x10, #2
	str	xzr, [x20, x11]
	add	x11, x11, #512
	b.ne	.LBB11_403
	cmp	x0, x2
	mov	x11, x2
	b.eq	.LBB11_398
.LBB11_405:
	add	x10, x28, x11, lsl #8
	sub	x11, x0, x11
.LBB11_406:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #256
	b.ne	.LBB11_406
	b	.LBB11_398
.LBB11_407:
	b.ge	.LBB11_421
	cmp	x0, #1
	str	x12, [sp, #648]
	str	x14, [sp, #808]
	b.lt	.LBB11_384
	ldr	x8, [sp, #800]
	ldr	x9, [sp, #616]
	mov	x19, xzr
	ldr	x24, [sp, #744]
	ldr	x25, [sp, #792]
	mov	x27, x28
	mul	x8, x8, x9
	and	x9, x26, #0x3c
	ldr	x23, [sp, #720]
	str	x9, [sp, #640]
	lsl	x9, x26, #3
	str	x5, [sp, #880]
	str	x9, [sp, #816]
	and	x9, x26, #0x3c
	str	x9, [sp, #632]
	ldr	x9, [sp, #584]
	add	x8, x9, x8
	str	x8, [sp, #832]
	b	.LBB11_412
.LBB11_410:
	mov	x8, xzr
.LBB11_411:
	ldr	x9, [sp, #832]
	mov	w10, #256
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x19, lsl #8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x8, [sp, #512]
	ldr	x0, [sp, #864]
	add	x19, x19, #1
	ldr	x3, [sp, #856]
	ldr	x1, [sp, #624]
	ldr	x2, [sp, #824]
	ldr	x5, [sp, #880]
	add	x23, x23, x8
	cmp	x19, x0
	add	x25, x25, #256
	add	x27, x27, #256
	add	x24, x24, x8
	b.eq	.LBB11_384
.LBB11_412:
	cmp	x5, #1
	b.lt	.LBB11_410
	ldr	x8, [sp, #808]
	cmp	x8, #4
	b.ge	.LBB11_415
	mov	x9, xzr
	b	.LBB11_418
.LBB11_415:
	ldr	x10, [sp, #640]
	mov	x8, x25
	mov	x9, x23
.LBB11_416:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_416
	ldr	x9, [sp, #632]
	ldr	x8, [sp, #816]
	cmp	x26, x9
	b.eq	.LBB11_411
.LBB11_418:
	lsl	x10, x9, #3
	ldr	x8, [sp, #648]
	add	x8, x8, x9
	add	x9, x27, x10
	add	x10, x24, x10
.LBB11_419:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_419
	ldr	x8, [sp, #816]
	b	.LBB11_411
.LBB11_421:
	cmp	x0, #1
	b.lt	.LBB11_384
	ldr	x8, [sp, #776]
	ldr	x9, [sp, #728]
	mov	x10, x0
.LBB11_423:
	ldp	q0, q1, [x9, #-128]
	subs	x10, x10, #1
	ldr	x11, [sp, #512]
	stur	q0, [x8, #-128]
	ldp	q0, q2, [x9, #-96]
	stur	q1, [x8, #-112]
	ldur	q1, [x9, #-64]
	stp	q0, q2, [x8, #-96]
	ldp	q0, q2, [x9, #-48]
	stp	q1, q0, [x8, #-64]
	ldp	q0, q1, [x9, #-16]
	stp	q2, q0, [x8, #-32]
	ldp	q0, q2, [x9, #16]
	stp	q1, q0, [x8]
	ldp	q0, q1, [x9, #48]
	stp	q2, q0, [x8, #32]
	ldp	q0, q2, [x9, #80]
	stp	q1, q0, [x8, #64]
	ldr	q0, [x9, #112]
	add	x9, x9, x11
	stp	q2, q0, [x8, #96]
	add	x8, x8, #256
	b.ne	.LBB11_423
	b	.LBB11_384
.LBB11_424:
	ldr	x9, [sp, #672]
	ldr	x14, [sp, #384]
	mul	x10, x0, x18
	cmp	x0, #3
	lsl	x23, x18, #3
	ldr	x19, [sp, #584]
	mul	x9, x14, x9
	ccmp	w18, #1, #0, hi
	ldr	x28, [sp, #160]
	mov	x15, xzr
	and	x5, x0, #0x7ffffffffffffffc
	str	xzr, [sp, #808]
	mul	x11, x13, x4
	str	x18, [sp, #688]
	str	x2, [sp, #664]
	mul	x12, x13, x14
	str	x5, [sp, #648]
	add	x8, x8, x9, lsl #3
	str	x8, [sp, #824]
	lsl	x8, x10, #3
	and	x10, x2, #0x7ffffffc
	str	x10, [sp, #832]
	ldr	x10, [sp, #208]
	str	x8, [sp, #616]
	mul	x8, x13, x18
	add	x9, x12, x4, lsl #3
	cset	w4, eq
	str	w4, [sp, #656]
	str	x8, [sp, #608]
	add	x8, x11, x14, lsl #3
	ldr	x11, [sp, #144]
	add	x6, x11, x8
	add	x7, x10, x8
	add	x8, x11, x9
	ldr	x9, [sp, #888]
	str	x8, [sp, #816]
	b	.LBB11_426
.LBB11_425:
	ldr	x8, [sp, #808]
	ldr	x15, [sp, #800]
	ldr	x9, [sp, #608]
	ldr	x6, [sp, #792]
	ldr	x7, [sp, #776]
	add	x8, x8, #1
	add	x15, x15, x18
	str	x8, [sp, #808]
	ldr	x8, [sp, #616]
	add	x6, x6, x9
	add	x7, x7, x9
	ldr	x9, [sp, #744]
	add	x28, x28, x8
	add	x19, x19, x8
	ldr	x8, [sp, #888]
	cmp	x15, x8
	ldr	x8, [sp, #816]
	add	x8, x8, x23
	str	x8, [sp, #816]
	ldr	x8, [sp, #824]
	add	x8, x8, x23
	str	x8, [sp, #824]
	b.ge	.LBB11_17
.LBB11_426:
	ldr	x8, [sp, #888]
	subs	x10, x9, x18
	str	x15, [sp, #800]
	csel	x30, x9, x18, lt
	ldr	w9, [sp, #404]
	str	x6, [sp, #792]
	sub	x8, x8, x15
	neg	x11, x30
	str	x7, [sp, #776]
	cmp	x8, x18
	str	x10, [sp, #744]
	csel	x26, x8, x18, lt
	cbz	w9, .LBB11_449
	ldr	x17, [sp, #512]
	cmp	x26, #1
	b.lt	.LBB11_438
	mov	x9, xzr
	mov	x10, x7
	mov	x11, x19
	mov	x12, x28
	mov	x13, x6
	b	.LBB11_430
.LBB11_429:
	add	x9, x9, #1
	add	x13, x13, x17
	add	x12, x12, #8
	cmp	x9, x30
	add	x11, x11, #8
	add	x10, x10, x17
	b.eq	.LBB11_438
.LBB11_430:
	cmp	x0, #1
	b.lt	.LBB11_429
	cbz	w4, .LBB11_435
	mov	x14, x12
	mov	x15, x13
	mov	x16, x5
.LBB11_433:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #4
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB11_433
	cmp	x0, x5
	mov	x16, x5
	b.eq	.LBB11_429
	b	.LBB11_436
.LBB11_435:
	mov	x16, xzr
.LBB11_436:
	madd	x14, x23, x16, x11
	add	x15, x10, x16, lsl #3
	sub	x16, x0, x16
.LBB11_437:
	ldr	d0, [x15], #8
	subs	x16, x16, #1
	str	d0, [x14]
	add	x14, x14, x23
	b.ne	.LBB11_437
	b	.LBB11_429
.LBB11_438:
	cmp	x8, x18
	b.ge	.LBB11_425
	lsl	x8, x30, #3
	b	.LBB11_441
.LBB11_440:
	add	x26, x26, #1
	add	x8, x8, #8
	cmp	x26, x18
	b.ge	.LBB11_425
.LBB11_441:
	cmp	x0, #1
	b.lt	.LBB11_440
	cbz	w4, .LBB11_446
	mov	x9, x8
	mov	x10, x5
.LBB11_444:
	str	q20, [x19, x9]
	subs	x10, x10, #4
	str	q20, [x28, x9]
	add	x9, x9, #32
	b.ne	.LBB11_444
	cmp	x0, x5
	mov	x10, x5
	b.eq	.LBB11_440
	b	.LBB11_447
.LBB11_446:
	mov	x10, xzr
.LBB11_447:
	madd	x9, x23, x10, x19
	sub	x10, x0, x10
.LBB11_448:
	subs	x10, x10, #1
	str	xzr, [x9, x8]
	add	x9, x9, x23
	b.ne	.LBB11_448
	b	.LBB11_440
.LBB11_449:
	b.ge	.LBB11_465
	cmp	x0, #1
	str	x11, [sp, #712]
	b.lt	.LBB11_425
	ldr	x8, [sp, #808]
	ldr	x9, [sp, #616]
	mov	x24, xzr
	ldr	x20, [sp, #824]
	ldr	x27, [sp, #816]
	mov	x25, x19
	mul	x8, x9, x8
	and	x9, x30, #0xfffffffffffffffc
	mov	x11, x28
	str	x9, [sp, #640]
	and	x9, x30, #0xfffffffffffffffc
	str	x9, [sp, #632]
	ldr	x9, [sp, #584]
	str	x30, [sp, #728]
	add	x8, x9, x8
	str	x8, [sp, #720]
	b	.LBB11_453
.LBB11_452:
	ldr	x8, [sp, #512]
	add	x24, x24, #1
	add	x11, x11, x23
	cmp	x24, x0
	add	x25, x25, x23
	add	x27, x27, x8
	add	x20, x20, x8
	b.eq	.LBB11_425
.LBB11_453:
	cmp	x26, #1
	b.lt	.LBB11_456
	cmp	x30, #4
	b.hs	.LBB11_457
	mov	x9, xzr
	b	.LBB11_460
.LBB11_456:
	mov	x8, xzr
	b	.LBB11_463
.LBB11_457:
	ldr	x10, [sp, #640]
	mov	x8, x11
	mov	x9, x27
.LBB11_458:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_458
	ldr	x9, [sp, #632]
	mov	x8, x30
	cmp	x30, x9
	b.eq	.LBB11_463
.LBB11_460:
	lsl	x10, x9, #3
	ldr	x8, [sp, #712]
	add	x8, x8, x9
	add	x9, x25, x10
	add	x10, x20, x10
.LBB11_461:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_461
	mov	x8, x30
.LBB11_463:
	cmp	x8, x18
	b.ge	.LBB11_452
	ldr	x9, [sp, #720]
	lsl	x8, x8, #3
	mov	w1, wzr
	madd	x9, x24, x23, x9
	str	x11, [sp, #880]
	sub	x2, x23, x8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x11, [sp, #880]
	ldr	x30, [sp, #728]
	ldr	x5, [sp, #648]
	ldr	w4, [sp, #656]
	ldr	x2, [sp, #664]
	ldr	x18, [sp, #688]
	ldr	x0, [sp, #864]
	ldr	x1, [sp, #624]
	ldr	x3, [sp, #856]
	b	.LBB11_452
.LBB11_465:
	cmp	x0, #1
	b.lt	.LBB11_425
	ldr	x9, [sp, #824]
	ldr	x12, [sp, #816]
	mov	x8, xzr
	mov	x10, x19
	mov	x11, x28
	b	.LBB11_468
.LBB11_467:
	add	x8, x8, #1
	add	x12, x12, x16
	add	x11, x11, x23
	cmp	x8, x0
	add	x10, x10, x23
	add	x9, x9, x16
	b.eq	.LBB11_425
.LBB11_468:
	ldr	x16, [sp, #512]
	cmp	w2, #1
	b.lt	.LBB11_467
	cmp	w2, #4
	b.hs	.LBB11_471
	mov	x13, xzr
	b	.LBB11_474
.LBB11_471:
	ldr	x15, [sp, #832]
	mov	x13, x11
	mov	x14, x12
.LBB11_472:
	ldp	q0, q1, [x14, #-16]
	subs	x15, x15, #4
	add	x14, x14, #32
	stp	q0, q1, [x13, #-16]
	add	x13, x13, #32
	b.ne	.LBB11_472
	ldr	x13, [sp, #832]
	cmp	x13, x2
	b.eq	.LBB11_467
.LBB11_474:
	lsl	x15, x13, #3
	sub	x13, x2, x13
	add	x14, x10, x15
	add	x15, x9, x15
.LBB11_475:
	ldr	d0, [x15], #8
	subs	x13, x13, #1
	str	d0, [x14], #8
	b.ne	.LBB11_475
	b	.LBB11_467
.LBB11_476:
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
