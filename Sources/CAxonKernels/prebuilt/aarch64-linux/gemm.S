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
	b.lt	.LBB3_35
	subs	x9, x4, #1
	b.lt	.LBB3_35
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
	b.ne	.LBB3_16
.LBB3_3:
	cmp	x5, #0
	b.le	.LBB3_25
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
	b.lt	.LBB3_33
	ucvtf	d0, x21
	ucvtf	d1, x20
	mov	x8, #116548232544256
	movk	x8, #16664, lsl #48
	fadd	d0, d0, d0
	fmul	d0, d0, d1
	ucvtf	d1, x19
	fmul	d0, d0, d1
	fmov	d1, x8
	fcmp	d0, d1
	b.mi	.LBB3_33
	mov	x8, #145685290680320
	movk	x8, #16702, lsl #48
	fmov	d1, x8
	fcmp	d0, d1
	b.pl	.LBB3_15
	mov	w19, w0
	bl	axon_pool_takes_small_job
	mov	w8, w0
	mov	w0, w19
	cbz	w8, .LBB3_33
.LBB3_15:
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
	b	.LBB3_34
.LBB3_16:
	lsl	x14, x12, #2
	mov	x13, xzr
	and	x15, x4, #0x7ffffffffffffff8
	add	x16, x11, #16
	mov	x17, x11
	b	.LBB3_18
.LBB3_17:
	add	x13, x13, #1
	add	x16, x16, x14
	add	x17, x17, x14
	cmp	x13, x3
	b.eq	.LBB3_3
.LBB3_18:
	cmp	x4, #8
	b.hs	.LBB3_20
	mov	x19, xzr
	b	.LBB3_23
.LBB3_20:
	mov	x18, x16
	mov	x19, x15
.LBB3_21:
	ldp	q1, q2, [x18, #-16]
	subs	x19, x19, #8
	fmul	v1.4s, v1.4s, v0.s[0]
	fmul	v2.4s, v2.4s, v0.s[0]
	stp	q1, q2, [x18, #-16]
	add	x18, x18, #32
	b.ne	.LBB3_21
	cmp	x4, x15
	mov	x19, x15
	b.eq	.LBB3_17
.LBB3_23:
	add	x18, x17, x19, lsl #2
	sub	x19, x4, x19
.LBB3_24:
	ldr	s1, [x18]
	subs	x19, x19, #1
	fmul	s1, s0, s1
	str	s1, [x18], #4
	b.ne	.LBB3_24
	b	.LBB3_17
.LBB3_25:
	fcmp	s0, #0.0
	b.ne	.LBB3_34
	lsl	x8, x12, #2
	mov	x9, xzr
	b	.LBB3_28
.LBB3_27:
	add	x9, x9, #1
	add	x11, x11, x8
	cmp	x9, x3
	b.eq	.LBB3_34
.LBB3_28:
	mov	x12, x11
	mov	x13, x10
	mov	x14, x4
	b	.LBB3_31
.LBB3_29:
	ldr	s0, [x13]
.LBB3_30:
	subs	x14, x14, #1
	add	x13, x13, #4
	str	s0, [x12], #4
	b.eq	.LBB3_27
.LBB3_31:
	cbnz	x10, .LBB3_29
	movi	d0, #0000000000000000
	b	.LBB3_30
.LBB3_33:
	mov	w8, #1
	add	x0, sp, #8
	mov	w1, wzr
	str	w8, [sp, #116]
	str	x20, [sp, #120]
	bl	gemm_part_f32
.LBB3_34:
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
.LBB3_35:
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
	b.lt	.LBB5_35
	subs	x9, x4, #1
	b.lt	.LBB5_35
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
	b.ne	.LBB5_16
.LBB5_3:
	cmp	x5, #0
	b.le	.LBB5_25
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
	b.lt	.LBB5_33
	ucvtf	d0, x21
	ucvtf	d1, x20
	mov	x8, #116548232544256
	movk	x8, #16664, lsl #48
	fadd	d0, d0, d0
	fmul	d0, d0, d1
	ucvtf	d1, x19
	fmul	d0, d0, d1
	fmov	d1, x8
	fcmp	d0, d1
	b.mi	.LBB5_33
	mov	x8, #145685290680320
	movk	x8, #16702, lsl #48
	fmov	d1, x8
	fcmp	d0, d1
	b.pl	.LBB5_15
	mov	w19, w0
	bl	axon_pool_takes_small_job
	mov	w8, w0
	mov	w0, w19
	cbz	w8, .LBB5_33
.LBB5_15:
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
	b	.LBB5_34
.LBB5_16:
	lsl	x14, x12, #3
	mov	x13, xzr
	and	x15, x4, #0x7ffffffffffffffc
	add	x16, x11, #16
	mov	x17, x11
	b	.LBB5_18
.LBB5_17:
	add	x13, x13, #1
	add	x16, x16, x14
	add	x17, x17, x14
	cmp	x13, x3
	b.eq	.LBB5_3
.LBB5_18:
	cmp	x4, #4
	b.hs	.LBB5_20
	mov	x19, xzr
	b	.LBB5_23
.LBB5_20:
	mov	x18, x16
	mov	x19, x15
.LBB5_21:
	ldp	q1, q2, [x18, #-16]
	subs	x19, x19, #4
	fmul	v1.2d, v1.2d, v0.d[0]
	fmul	v2.2d, v2.2d, v0.d[0]
	stp	q1, q2, [x18, #-16]
	add	x18, x18, #32
	b.ne	.LBB5_21
	cmp	x4, x15
	mov	x19, x15
	b.eq	.LBB5_17
.LBB5_23:
	add	x18, x17, x19, lsl #3
	sub	x19, x4, x19
.LBB5_24:
	ldr	d1, [x18]
	subs	x19, x19, #1
	fmul	d1, d0, d1
	str	d1, [x18], #8
	b.ne	.LBB5_24
	b	.LBB5_17
.LBB5_25:
	fcmp	d0, #0.0
	b.ne	.LBB5_34
	lsl	x8, x12, #3
	mov	x9, xzr
	b	.LBB5_28
.LBB5_27:
	add	x9, x9, #1
	add	x11, x11, x8
	cmp	x9, x3
	b.eq	.LBB5_34
.LBB5_28:
	mov	x12, x11
	mov	x13, x10
	mov	x14, x4
	b	.LBB5_31
.LBB5_29:
	ldr	d0, [x13]
.LBB5_30:
	subs	x14, x14, #1
	add	x13, x13, #8
	str	d0, [x12], #8
	b.eq	.LBB5_27
.LBB5_31:
	cbnz	x10, .LBB5_29
	movi	d0, #0000000000000000
	b	.LBB5_30
.LBB5_33:
	mov	w8, #1
	add	x0, sp, #8
	mov	w1, wzr
	str	w8, [sp, #116]
	str	x20, [sp, #120]
	bl	gemm_part_f64
.LBB5_34:
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
.LBB5_35:
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
	mov	w19, w1
	mov	w0, wzr
	cmp	x5, x8
	mov	x22, x7
	str	x6, [sp, #416]
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
	str	x11, [sp, #984]
	sdiv	x10, x10, x28
	mul	x9, x9, x11
	mul	x8, x21, x9
	mov	x1, x8
	mul	x20, x10, x28
	bl	axon_scratch
	mul	x1, x21, x20
	str	x0, [sp, #832]
	mov	w0, #1
	bl	axon_scratch
	ldr	x8, [x24, #40]
	str	x0, [sp, #712]
	str	x22, [sp, #544]
	str	w27, [sp, #508]
	str	x28, [sp, #976]
	cbz	x8, .LBB9_3
	cmp	x26, x28, lsl #2
	cset	w8, le
	cmp	w19, #0
	str	w8, [sp, #556]
	cset	w8, eq
	str	w8, [sp, #660]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #808]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #824]
	cbz	w27, .LBB9_4
	ldr	x3, [sp, #984]
	str	wzr, [sp, #276]
	cmp	x26, #1
	b.ge	.LBB9_5
	b	.LBB9_535
.LBB9_3:
	cmp	w19, #0
	ldr	x3, [sp, #984]
	str	wzr, [sp, #556]
	cset	w8, eq
	str	wzr, [sp, #276]
	str	w8, [sp, #660]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #808]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #824]
	cmp	x26, #1
	b.ge	.LBB9_5
	b	.LBB9_535
.LBB9_4:
	ldr	x3, [sp, #984]
	cmp	x25, x3, lsl #1
	cset	w8, le
	str	w8, [sp, #276]
	cmp	x26, #1
	b.lt	.LBB9_535
.LBB9_5:
	ldr	w8, [x29, #128]
	ldr	x12, [sp, #712]
	movi	v16.2d, #0000000000000000
	ldr	x11, [sp, #832]
	ldp	x15, x14, [x29, #96]
	str	w8, [sp, #1004]
	add	x10, x12, #4
	add	x2, x12, #128
	ldp	x8, x9, [x29, #112]
	mov	x13, xzr
	lsl	x0, x14, #2
	lsl	x1, x14, #7
	str	x14, [sp, #800]
	ldr	x16, [x29, #144]
	str	x15, [sp, #248]
	str	x9, [sp, #968]
	lsl	x18, x9, #2
	add	x9, x12, #8
	stp	x10, x9, [sp, #112]
	add	x9, x12, #16
	add	x10, x12, #12
	str	x9, [sp, #192]
	add	x9, x12, #20
	stp	x10, x9, [sp, #128]
	add	x10, x12, #24
	add	x9, x12, #28
	stp	x10, x9, [sp, #144]
	add	x10, x11, #4
	add	x9, x11, #8
	stp	x10, x9, [sp, #480]
	add	x9, x11, #12
	add	x10, x11, #24
	str	x9, [sp, #496]
	add	x9, x11, #16
	str	x9, [sp, #512]
	add	x9, x11, #20
	str	x9, [sp, #472]
	add	x9, x11, #28
	add	x11, x11, #32
	stp	x10, x9, [sp, #400]
	ldr	x10, [sp, #544]
	add	x9, x15, #4
	str	x9, [sp, #176]
	add	x9, x10, x10, lsl #1
	str	x0, [sp, #640]
	add	x0, x15, #64
	stp	x0, x2, [sp, #96]
	lsl	x0, x9, #4
	lsl	x9, x9, #3
	str	x8, [sp, #528]
	ldr	x8, [sp, #976]
	str	x11, [sp, #280]
	str	x9, [sp, #584]
	add	x9, x12, #64
	str	x9, [sp, #168]
	add	x9, x15, #16
	lsl	x17, x8, #2
	str	x9, [sp, #184]
	lsl	x9, x14, #6
	ldr	w8, [x29, #136]
	str	x0, [sp, #592]
	stp	x9, x1, [sp, #336]
	add	x9, x15, #32
	lsl	x1, x10, #2
	str	x9, [sp, #88]
	add	x9, x12, #32
	str	x9, [sp, #160]
	lsl	x9, x14, #5
	str	w8, [sp, #260]
	ldr	x8, [x24, #24]
	str	x9, [sp, #328]
	ldr	x9, [sp, #416]
	str	x16, [sp, #536]
	add	x14, x9, #32
	add	x12, x9, #4
	add	x11, x9, #12
	stp	x12, x14, [sp, #224]
	add	x14, x9, #16
	add	x9, x9, #8
	str	x9, [sp, #200]
	lsl	x9, x10, #4
	lsl	x12, x10, #5
	stp	x11, x14, [sp, #208]
	str	x9, [sp, #568]
	lsl	x9, x3, #2
	str	x12, [sp, #576]
	str	x9, [sp, #880]
	add	x9, x16, #16
	stp	x9, x26, [sp, #72]
	str	x1, [sp, #744]
	str	x23, [sp, #264]
	str	x24, [sp, #912]
	str	x25, [sp, #560]
	str	x17, [sp, #896]
	str	x18, [sp, #888]
	b	.LBB9_8
.LBB9_6:
	ldr	x8, [x24, #24]
	ldr	x26, [sp, #80]
	ldr	x13, [sp, #672]
.LBB9_7:
	add	x13, x8, x13
	cmp	x13, x26
	b.ge	.LBB9_535
.LBB9_8:
	sub	x9, x26, x13
	cmp	x8, x9
	csel	x9, x8, x9, lt
	cmp	x23, #1
	str	x9, [sp, #728]
	b.lt	.LBB9_7
	lsl	x9, x13, #2
	ldr	x10, [sp, #248]
	ldr	x8, [x24, #8]
	mov	x11, xzr
	str	x13, [sp, #672]
	add	x10, x10, x9
	str	x10, [sp, #240]
	ldr	x10, [sp, #528]
	add	x10, x10, x9
	str	x10, [sp, #664]
	ldr	x10, [sp, #536]
	add	x10, x10, x9
	str	x10, [sp, #696]
	ldr	x10, [sp, #72]
	add	x9, x10, x9
	str	x9, [sp, #520]
	b	.LBB9_11
.LBB9_10:
	ldr	x8, [x24, #8]
	ldr	x11, [sp, #448]
	ldr	x23, [sp, #264]
	add	x11, x8, x11
	cmp	x11, x23
	b.ge	.LBB9_6
.LBB9_11:
	ldr	w9, [sp, #260]
	mov	x12, xzr
	str	x11, [sp, #448]
	cmp	w9, #0
	sub	x9, x23, x11
	cset	w10, ne
	cmp	x8, x9
	csel	x0, x8, x9, lt
	ldr	x8, [sp, #536]
	cmp	x11, #0
	csinc	w22, w10, wzr, le
	csel	x21, x8, xzr, eq
	ldr	w8, [sp, #276]
	cbz	w8, .LBB9_13
	ldr	x9, [sp, #976]
	ldr	x8, [sp, #728]
	sdiv	x8, x8, x9
	mul	x12, x8, x9
.LBB9_13:
	ldr	x8, [sp, #728]
	ldr	x18, [sp, #640]
	str	x12, [sp, #864]
	str	x0, [sp, #992]
	subs	x8, x8, x12
	str	x8, [sp, #1016]
	b.le	.LBB9_17
	ldr	x8, [sp, #912]
	ldr	x9, [sp, #672]
	ldr	x10, [sp, #864]
	ldrsw	x17, [x8, #4]
	add	x4, x10, x9
	ldr	w9, [sp, #508]
	cbz	w9, .LBB9_342
	ldr	x8, [x8, #48]
	cbz	x8, .LBB9_342
	ldr	x1, [sp, #248]
	ldr	x2, [sp, #800]
	mov	w0, w17
	ldr	x3, [sp, #448]
	ldr	x5, [sp, #992]
	ldr	x6, [sp, #1016]
	ldr	x7, [sp, #712]
	blr	x8
	movi	v16.2d, #0000000000000000
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
.LBB9_17:
	ldr	x25, [sp, #560]
	ldr	x24, [sp, #912]
	cmp	x25, #1
	b.lt	.LBB9_10
	ldr	x8, [sp, #544]
	ldr	x15, [sp, #448]
	add	x12, x0, x0, lsl #1
	ldr	x14, [sp, #416]
	ldr	x9, [sp, #800]
	sub	x17, x0, #1
	mul	x8, x15, x8
	mov	w11, #24
	ldr	x10, [sp, #824]
	lsl	x13, x0, #2
	mov	x16, xzr
	mul	x9, x15, x9
	str	x13, [sp, #320]
	umulh	x11, x17, x11
	add	x8, x14, x8, lsl #2
	mul	x10, x15, x10
	str	x8, [sp, #440]
	lsl	x8, x12, #4
	lsl	x12, x12, #3
	mul	x13, x1, x15
	str	x8, [sp, #632]
	lsl	x8, x0, #5
	cmp	xzr, x11
	lsl	x11, x15, #2
	str	x12, [sp, #616]
	str	x8, [sp, #624]
	lsl	x8, x0, #4
	str	x8, [sp, #608]
	ldr	x8, [sp, #240]
	add	x8, x8, x9, lsl #2
	and	x9, x0, #0x7ffffffffffffffe
	str	x9, [sp, #720]
	lsl	x9, x17, #5
	str	x8, [sp, #704]
	add	x8, x14, x10, lsl #2
	sub	x10, x12, #24
	str	x9, [sp, #392]
	cset	w9, ne
	str	w9, [sp, #388]
	lsl	x9, x17, #4
	str	x8, [sp, #816]
	ldr	x8, [x24, #16]
	stp	x9, x10, [sp, #368]
	and	x9, x0, #0x1ffffffffffffffc
	str	x9, [sp, #360]
	and	x9, x0, #0x7ffffffffffffff8
	str	x9, [sp, #648]
	ldr	x9, [sp, #232]
	add	x9, x9, x13
	str	x9, [sp, #312]
	ldr	x9, [sp, #224]
	add	x9, x9, x11
	stp	x17, x9, [sp, #424]
	add	x9, x14, x11
	stp	x11, x9, [sp, #456]
	ldr	x9, [sp, #216]
	add	x10, x9, x13
	add	x9, x9, x11
	str	x10, [sp, #352]
	ldr	x10, [sp, #208]
	add	x10, x10, x13
	str	x10, [sp, #304]
	ldr	x10, [sp, #200]
	add	x10, x10, x13
	stp	x9, x10, [sp, #288]
	b	.LBB9_20
.LBB9_19:
	ldr	x24, [sp, #912]
	ldr	x25, [sp, #560]
	ldr	x1, [sp, #744]
	ldr	x8, [x24, #16]
	add	x16, x8, x16
	cmp	x16, x25
	b.ge	.LBB9_10
.LBB9_20:
	sub	x9, x25, x16
	str	x16, [sp, #928]
	cmp	x8, x9
	csel	x9, x8, x9, lt
	ldr	w8, [sp, #556]
	cbz	w8, .LBB9_22
	sdiv	x8, x9, x3
	mul	x8, x8, x3
	b	.LBB9_23
.LBB9_22:
	mov	x8, xzr
.LBB9_23:
	str	x8, [sp, #904]
	subs	x8, x9, x8
	str	x9, [sp, #920]
	str	x8, [sp, #1016]
	b.le	.LBB9_27
	ldr	x8, [sp, #912]
	ldr	x10, [sp, #928]
	ldr	x11, [sp, #904]
	ldr	w9, [sp, #660]
	ldrsw	x18, [x8]
	add	x4, x11, x10
	cbz	w9, .LBB9_70
	ldr	x8, [x8, #48]
	cbz	x8, .LBB9_70
	ldr	x1, [sp, #416]
	ldr	x2, [sp, #544]
	mov	w0, w18
	ldr	x3, [sp, #448]
	ldr	x5, [sp, #992]
	ldr	x6, [sp, #1016]
	ldr	x7, [sp, #832]
	blr	x8
	ldr	x0, [sp, #992]
	ldr	x3, [sp, #984]
	movi	v16.2d, #0000000000000000
.LBB9_27:
	ldr	x8, [sp, #728]
	ldr	x10, [sp, #976]
	ldr	x17, [sp, #896]
	ldr	x16, [sp, #928]
	ldr	x14, [sp, #920]
	cmp	x8, #1
	b.lt	.LBB9_19
	lsl	x8, x16, #2
	ldr	x9, [sp, #528]
	ldr	x15, [sp, #520]
	ldr	x23, [sp, #696]
	mov	x11, xzr
	str	xzr, [sp, #752]
	add	x9, x9, x8
	str	x9, [sp, #688]
	ldr	x9, [sp, #536]
	add	x8, x9, x8
	str	x8, [sp, #680]
	ldr	x8, [sp, #728]
	b	.LBB9_30
.LBB9_29:
	ldr	x8, [sp, #752]
	ldr	x10, [sp, #976]
	add	x23, x23, x17
	ldr	x11, [sp, #872]
	add	x15, x15, x17
	add	x8, x8, #1
	str	x8, [sp, #752]
	ldr	x8, [sp, #728]
	add	x11, x11, x10
	cmp	x11, x8
	ldr	x8, [sp, #736]
	b.ge	.LBB9_19
.LBB9_30:
	subs	x9, x8, x10
	str	x11, [sp, #872]
	csel	x26, x8, x10, lt
	ldr	x8, [sp, #864]
	str	x9, [sp, #736]
	subs	x8, x11, x8
	mul	x9, x8, x0
	lsl	x8, x11, #2
	ldr	x11, [sp, #712]
	add	x11, x11, x9, lsl #2
	ldr	x9, [sp, #704]
	add	x12, x9, x8
	ldr	x9, [sp, #800]
	str	x11, [sp, #792]
	str	x12, [sp, #784]
	csel	x9, x9, x10, lt
	str	x9, [sp, #856]
	csel	x9, x12, x11, lt
	cmp	x14, #1
	str	x9, [sp, #848]
	b.lt	.LBB9_29
	ldr	x10, [sp, #752]
	ldr	x9, [sp, #696]
	mov	x1, xzr
	ldr	x11, [sp, #872]
	ldr	x27, [sp, #680]
	and	x13, x26, #0xfffffffffffffff8
	madd	x12, x17, x10, x9
	ldr	x9, [sp, #672]
	ldr	x10, [sp, #968]
	mov	x4, x14
	str	x13, [sp, #840]
	add	x9, x11, x9
	str	x15, [sp, #960]
	mul	x9, x9, x10
	lsl	x10, x26, #2
	str	x10, [sp, #768]
	add	x10, x12, x10
	str	x10, [sp, #760]
	ldr	x10, [sp, #728]
	str	x12, [sp, #776]
	sub	x11, x10, x11
	ldr	x10, [sp, #664]
	str	x11, [sp, #952]
	add	x8, x10, x8
	ldr	x10, [sp, #688]
	str	x8, [sp, #944]
	ldr	x8, [sp, #976]
	add	x9, x10, x9, lsl #2
	cmp	x8, x11
	csel	x25, x8, x11, lt
	str	x9, [sp, #936]
	b	.LBB9_33
.LBB9_32:
	ldr	x8, [sp, #880]
	add	x1, x1, x3
	cmp	x1, x14
	add	x27, x27, x8
	b.ge	.LBB9_29
.LBB9_33:
	ldr	x13, [sp, #968]
	add	x9, x1, x16
	subs	x11, x4, x3
	ldr	x12, [sp, #944]
	str	x11, [sp, #1008]
	ldr	x11, [sp, #936]
	mul	x8, x9, x13
	sub	x10, x14, x1
	csel	x19, x4, x3, lt
	cmp	x3, x10
	add	x11, x11, x1, lsl #2
	str	x1, [sp, #1016]
	csel	x24, x3, x10, lt
	add	x8, x12, x8, lsl #2
	ldr	w12, [sp, #1004]
	cmp	w12, #0
	cset	w12, eq
	csel	x20, x8, x11, eq
	cmp	x10, x3
	ldr	x11, [sp, #976]
	ldr	x10, [sp, #952]
	ccmp	x10, x11, #8, ge
	cset	w10, ge
	ands	w28, w12, w10
	add	x10, sp, #1024
	csel	x6, x8, x10, ne
	ldr	x8, [sp, #904]
	csel	x7, x13, x11, ne
	subs	x10, x1, x8
	and	w8, w28, w22
	b.ge	.LBB9_35
	ldr	x2, [sp, #808]
	ldr	x10, [sp, #816]
	ldr	x3, [sp, #824]
	ldr	x4, [sp, #848]
	ldr	x5, [sp, #856]
	mul	x9, x9, x2
	add	x1, x10, x9, lsl #2
	ldr	x9, [sp, #912]
	b	.LBB9_37
.LBB9_35:
	mul	x9, x10, x0
	ldr	x10, [sp, #832]
	add	x1, x10, x9, lsl #2
	ldr	x9, [sp, #864]
	ldr	x10, [sp, #872]
	cmp	x10, x9
	b.ge	.LBB9_38
	ldr	x9, [sp, #912]
	ldr	x4, [sp, #784]
	mov	w2, #1
	ldr	x5, [sp, #800]
.LBB9_37:
	ldr	x9, [x9, #40]
	str	w8, [sp]
	blr	x9
	b	.LBB9_39
.LBB9_38:
	ldr	x9, [sp, #912]
	ldr	x2, [sp, #792]
	mov	x3, x6
	mov	x4, x7
	mov	w5, w8
	ldr	x9, [x9, #32]
	blr	x9
.LBB9_39:
	movi	v16.2d, #0000000000000000
	ldr	x3, [sp, #984]
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #1016]
	tbz	w28, #0, .LBB9_51
	ldr	x17, [sp, #896]
	ldr	x18, [sp, #888]
	ldr	x16, [sp, #928]
	ldr	x14, [sp, #920]
	ldr	x15, [sp, #960]
	ldr	x2, [sp, #840]
	ldr	x4, [sp, #1008]
	cbz	x21, .LBB9_32
	cmp	x24, #1
	b.lt	.LBB9_32
	sub	x9, x19, #1
	ldr	x10, [sp, #768]
	mov	x8, xzr
	mul	x9, x18, x9
	add	x10, x20, x10
	add	x9, x10, x9
	ldr	x10, [sp, #760]
	cmp	x20, x10
	ldr	x10, [sp, #776]
	ccmp	x10, x9, #2, lo
	add	x10, x20, #16
	ccmp	x18, #0, #8, hs
	cset	w9, lt
	b	.LBB9_44
.LBB9_43:
	add	x8, x8, #1
	add	x10, x10, x18
	add	x20, x20, x18
	cmp	x8, x19
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
	mov	x11, x15
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
	ldr	s1, [x20, x11, lsl #2]
	fadd	s0, s0, s1
	str	s0, [x20, x11, lsl #2]
	add	x11, x11, #1
	cmp	x26, x11
	b.ne	.LBB9_50
	b	.LBB9_43
.LBB9_51:
	ldr	w8, [sp, #1004]
	ldr	x15, [sp, #960]
	cbz	w8, .LBB9_61
	ldr	x17, [sp, #896]
	ldr	x18, [sp, #888]
	cmp	x25, #1
	ldr	x16, [sp, #928]
	ldr	x14, [sp, #920]
	ldr	x4, [sp, #1008]
	b.lt	.LBB9_32
	mov	x8, xzr
	add	x9, sp, #1024
	b	.LBB9_55
.LBB9_54:
	add	x8, x8, #1
	add	x20, x20, x18
	add	x9, x9, #4
	cmp	x8, x26
	b.eq	.LBB9_32
.LBB9_55:
	cmp	x24, #1
	mov	x10, x27
	mov	x11, x9
	mov	x12, x20
	mov	x13, x19
	b.ge	.LBB9_57
	b	.LBB9_54
.LBB9_56:
	add	x11, x11, x17
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
	ldr	x17, [sp, #896]
	ldr	x18, [sp, #888]
	cmp	x24, #1
	ldr	x16, [sp, #928]
	ldr	x14, [sp, #920]
	ldr	x4, [sp, #1008]
	b.lt	.LBB9_32
	mov	x8, xzr
	add	x9, sp, #1024
	b	.LBB9_64
.LBB9_63:
	add	x8, x8, #1
	add	x9, x9, x17
	add	x20, x20, x18
	cmp	x8, x19
	b.eq	.LBB9_32
.LBB9_64:
	cmp	x25, #1
	mov	x10, x20
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
	mov	w2, w18
	cmp	w2, #7
	b.gt	.LBB9_124
	cmp	w2, #4
	b.eq	.LBB9_213
	cmp	w2, #6
	b.ne	.LBB9_161
	ldr	x24, [sp, #1016]
	mov	x9, #-6148914691236517206
	lsl	x10, x4, #2
	movk	x9, #43691
	ldr	x20, [sp, #416]
	ldr	x19, [sp, #832]
	sub	x8, x24, #1
	mov	x12, xzr
	str	xzr, [sp, #960]
	umulh	x8, x8, x9
	str	x10, [sp, #848]
	mul	x9, x1, x4
	lsr	x8, x8, #2
	str	x8, [sp, #856]
	ldr	x8, [sp, #304]
	add	x8, x8, x10
	str	x8, [sp, #1008]
	ldr	x8, [sp, #432]
	add	x2, x8, x9
	ldr	x8, [sp, #464]
	add	x4, x8, x9
	b	.LBB9_75
.LBB9_74:
	ldr	x8, [sp, #616]
	ldr	x9, [sp, #856]
	add	x20, x20, #24
	ldr	x12, [sp, #952]
	ldr	x2, [sp, #944]
	ldr	x4, [sp, #936]
	add	x19, x19, x8
	ldr	x8, [sp, #960]
	ldr	x24, [sp, #872]
	add	x12, x12, #6
	cmp	x8, x9
	ldr	x9, [sp, #1008]
	add	x8, x8, #1
	str	x8, [sp, #960]
	add	x9, x9, #24
	str	x9, [sp, #1008]
	ldr	x9, [sp, #584]
	add	x2, x2, x9
	add	x4, x4, x9
	b.eq	.LBB9_27
.LBB9_75:
	subs	x13, x24, #6
	mov	w11, #6
	ldr	x10, [sp, #1016]
	csel	x9, x24, x11, lt
	cmp	x24, #1
	str	x12, [sp, #952]
	csinc	x8, x24, xzr, gt
	sub	x25, x10, x12
	str	x2, [sp, #944]
	cmp	x8, #6
	str	x4, [sp, #936]
	csel	x10, x8, x11, lt
	cmp	x25, #6
	str	x13, [sp, #872]
	csel	x8, x25, x11, lt
	ldr	w11, [sp, #660]
	cbz	w11, .LBB9_87
	lsl	x9, x9, #2
	cmp	x25, #0
	b.le	.LBB9_101
	ldr	x18, [sp, #720]
	mov	x11, xzr
	mov	x12, x4
	mov	x13, x19
	mov	x14, x2
	b	.LBB9_79
.LBB9_78:
	add	x11, x11, #1
	add	x14, x14, x1
	add	x13, x13, #4
	cmp	x11, x10
	add	x12, x12, x1
	b.eq	.LBB9_99
.LBB9_79:
	cmp	x0, #1
	b.lt	.LBB9_78
	b.ne	.LBB9_82
	mov	x17, xzr
	b	.LBB9_85
.LBB9_82:
	mov	x15, x18
	mov	x16, x13
	mov	x17, x14
.LBB9_83:
	ldp	s0, s1, [x17, #-4]
	subs	x15, x15, #2
	add	x17, x17, #8
	str	s0, [x16]
	str	s1, [x16, #24]
	add	x16, x16, #48
	b.ne	.LBB9_83
	cmp	x0, x18
	mov	x17, x18
	b.eq	.LBB9_78
.LBB9_85:
	add	x15, x17, x17, lsl #1
	add	x16, x12, x17, lsl #2
	sub	x17, x0, x17
	lsl	x15, x15, #3
.LBB9_86:
	ldr	s0, [x16], #4
	subs	x17, x17, #1
	str	s0, [x13, x15]
	add	x15, x15, #24
	b.ne	.LBB9_86
	b	.LBB9_78
.LBB9_87:
	b.ge	.LBB9_109
	cmp	x0, #1
	b.lt	.LBB9_74
	lsl	x26, x10, #2
	ldr	x27, [sp, #1008]
	mov	x23, x0
	mov	x28, x19
	b	.LBB9_92
.LBB9_90:
	mov	x8, xzr
.LBB9_91:
	mov	w9, #24
	add	x0, x28, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
	ldr	x0, [sp, #992]
	subs	x23, x23, #1
	add	x28, x28, #24
	add	x27, x27, x1
	b.eq	.LBB9_74
.LBB9_92:
	cmp	x25, #1
	b.lt	.LBB9_90
	ldur	s0, [x27, #-12]
	cmp	x24, #2
	mov	x8, x26
	str	s0, [x28]
	b.lt	.LBB9_91
	ldur	s0, [x27, #-8]
	mov	x8, x26
	str	s0, [x28, #4]
	b.eq	.LBB9_91
	ldur	s0, [x27, #-4]
	cmp	x24, #3
	mov	x8, x26
	str	s0, [x28, #8]
	b.eq	.LBB9_91
	ldr	s0, [x27]
	cmp	x24, #4
	mov	x8, x26
	str	s0, [x28, #12]
	b.eq	.LBB9_91
	ldr	s0, [x27, #4]
	cmp	x24, #5
	mov	x8, x26
	str	s0, [x28, #16]
	b.eq	.LBB9_91
	ldr	s0, [x27, #8]
	mov	x8, x26
	str	s0, [x28, #20]
	b	.LBB9_91
.LBB9_99:
	cmp	x25, #6
	b.lt	.LBB9_101
	b	.LBB9_74
.LBB9_100:
	cmp	x8, #5
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_74
.LBB9_101:
	cmp	x0, #1
	b.lt	.LBB9_100
	b.ne	.LBB9_104
	mov	x11, xzr
	b	.LBB9_107
.LBB9_104:
	ldr	x13, [sp, #720]
	mov	x11, x9
	mov	x10, x13
.LBB9_105:
	add	x12, x19, x11
	subs	x10, x10, #2
	add	x11, x11, #48
	str	wzr, [x12]
	str	wzr, [x12, #24]
	b.ne	.LBB9_105
	cmp	x0, x13
	mov	x11, x13
	b.eq	.LBB9_100
.LBB9_107:
	mov	w10, #24
	madd	x10, x11, x10, x19
	sub	x11, x0, x11
.LBB9_108:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #24
	b.ne	.LBB9_108
	b	.LBB9_100
.LBB9_109:
	cmp	x0, #1
	b.lt	.LBB9_74
	cmp	x0, #16
	b.hs	.LBB9_114
	mov	x8, xzr
.LBB9_112:
	ldr	x9, [sp, #456]
	ldr	x10, [sp, #544]
	ldr	x11, [sp, #848]
	add	x9, x9, x8, lsl #2
	madd	x9, x10, x9, x11
	add	x10, x8, x8, lsl #1
	sub	x8, x0, x8
	mov	x11, x19
	lsl	x10, x10, #3
.LBB9_113:
	add	x12, x20, x9
	add	x13, x11, x10
	subs	x8, x8, #1
	ldr	q0, [x12]
	ldr	d1, [x12, #16]
	add	x11, x11, #24
	add	x9, x9, x1
	str	q0, [x13]
	str	d1, [x13, #16]
	b.ne	.LBB9_113
	b	.LBB9_74
.LBB9_114:
	ldr	x9, [sp, #616]
	ldr	x10, [sp, #960]
	mov	x8, xzr
	ldr	x17, [sp, #376]
	ldr	x12, [sp, #496]
	ldr	x13, [sp, #512]
	mul	x9, x9, x10
	ldp	x10, x11, [sp, #480]
	ldr	x15, [sp, #472]
	add	x14, x19, x17
	ldr	w16, [sp, #388]
	cmp	x14, x19
	csinc	w14, w16, wzr, hs
	add	x10, x10, x9
	add	x11, x11, x9
	add	x12, x12, x9
	add	x13, x13, x9
	add	x15, x15, x9
	add	x9, x10, x17
	cmp	x9, x10
	add	x10, x11, x17
	csinc	w9, w16, wzr, hs
	cmp	x10, x11
	add	x11, x12, x17
	csinc	w10, w16, wzr, hs
	cmp	x11, x12
	add	x12, x13, x17
	csinc	w11, w16, wzr, hs
	cmp	x12, x13
	add	x13, x15, x17
	csinc	w12, w16, wzr, hs
	cmp	x13, x15
	csinc	w13, w16, wzr, hs
	tbnz	w14, #0, .LBB9_112
	tbnz	w9, #0, .LBB9_112
	tbnz	w10, #0, .LBB9_112
	tbnz	w11, #0, .LBB9_112
	tbnz	w12, #0, .LBB9_112
	tbnz	w13, #0, .LBB9_112
	ldr	x9, [sp, #544]
	cmp	x9, #1
	b.ne	.LBB9_112
	ldr	x11, [sp, #720]
	ldr	x8, [sp, #1008]
	mov	x9, x19
	mov	x10, x11
.LBB9_122:
	ldp	d1, d3, [x8, #-8]
	subs	x10, x10, #2
	ldur	d0, [x8, #-12]
	ldur	d2, [x8, #-4]
	ldur	d4, [x8, #4]
	ldr	d5, [x8, #8]!
	mov	v0.d[1], v1.d[0]
	mov	v2.d[1], v3.d[0]
	mov	v4.d[1], v5.d[0]
	trn1	v1.4s, v0.4s, v4.4s
	uzp2	v3.4s, v2.4s, v4.4s
	uzp1	v2.4s, v0.4s, v2.4s
	uzp2	v0.4s, v1.4s, v0.4s
	stp	q0, q3, [x9, #16]
	str	q2, [x9], #48
	b.ne	.LBB9_122
	cmp	x0, x11
	mov	x8, x11
	b.eq	.LBB9_74
	b	.LBB9_112
.LBB9_124:
	cmp	w2, #8
	b.eq	.LBB9_286
	cmp	w2, #12
	b.ne	.LBB9_161
	ldr	x12, [sp, #1016]
	mov	x9, #-6148914691236517206
	lsl	x10, x4, #2
	movk	x9, #43691
	ldr	x11, [sp, #440]
	ldr	x15, [sp, #512]
	sub	x8, x12, #1
	ldr	x19, [sp, #832]
	mov	x13, xzr
	umulh	x8, x8, x9
	add	x11, x11, x10
	str	xzr, [sp, #1008]
	str	x11, [sp, #960]
	mul	x9, x1, x4
	lsr	x8, x8, #3
	str	x8, [sp, #840]
	ldr	x8, [sp, #312]
	add	x14, x8, x10
	ldr	x8, [sp, #432]
	add	x18, x8, x9
	ldr	x8, [sp, #464]
	add	x2, x8, x9
	mov	x8, x12
	b	.LBB9_128
.LBB9_127:
	ldr	x9, [sp, #632]
	ldr	x15, [sp, #856]
	ldr	x8, [sp, #1008]
	ldr	x10, [sp, #840]
	ldr	x13, [sp, #952]
	ldr	x14, [sp, #944]
	add	x19, x19, x9
	add	x15, x15, x9
	ldr	x9, [sp, #960]
	cmp	x8, x10
	add	x8, x8, #1
	ldr	x18, [sp, #936]
	add	x9, x9, #48
	ldr	x2, [sp, #872]
	str	x8, [sp, #1008]
	str	x9, [sp, #960]
	ldr	x9, [sp, #592]
	add	x13, x13, #12
	ldr	x8, [sp, #848]
	add	x14, x14, #48
	add	x18, x18, x9
	add	x2, x2, x9
	b.eq	.LBB9_27
.LBB9_128:
	subs	x12, x8, #12
	mov	w10, #12
	ldr	x11, [sp, #1016]
	csel	x9, x8, x10, lt
	cmp	x8, #1
	str	x13, [sp, #952]
	csinc	x8, x8, xzr, gt
	sub	x23, x11, x13
	str	x14, [sp, #944]
	cmp	x8, #12
	str	x18, [sp, #936]
	csel	x26, x8, x10, lt
	cmp	x23, #12
	str	x2, [sp, #872]
	csel	x8, x23, x10, lt
	ldr	w10, [sp, #660]
	str	x15, [sp, #856]
	str	x12, [sp, #848]
	cbz	w10, .LBB9_140
	lsl	x9, x9, #2
	cmp	x23, #0
	b.le	.LBB9_151
	ldr	x17, [sp, #720]
	mov	x10, xzr
	mov	x11, x2
	mov	x12, x19
	mov	x13, x18
	b	.LBB9_132
.LBB9_131:
	add	x10, x10, #1
	add	x13, x13, x1
	add	x12, x12, #4
	cmp	x10, x26
	add	x11, x11, x1
	b.eq	.LBB9_149
.LBB9_132:
	cmp	x0, #1
	b.lt	.LBB9_131
	b.ne	.LBB9_135
	mov	x16, xzr
	b	.LBB9_138
.LBB9_135:
	mov	x14, x17
	mov	x15, x12
	mov	x16, x13
.LBB9_136:
	ldp	s0, s1, [x16, #-4]
	subs	x14, x14, #2
	add	x16, x16, #8
	str	s0, [x15]
	str	s1, [x15, #48]
	add	x15, x15, #96
	b.ne	.LBB9_136
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB9_131
.LBB9_138:
	add	x14, x16, x16, lsl #1
	add	x15, x11, x16, lsl #2
	sub	x16, x0, x16
	lsl	x14, x14, #4
.LBB9_139:
	ldr	s0, [x15], #4
	subs	x16, x16, #1
	str	s0, [x12, x14]
	add	x14, x14, #48
	b.ne	.LBB9_139
	b	.LBB9_131
.LBB9_140:
	b.ge	.LBB9_159
	cmp	x0, #1
	b.lt	.LBB9_127
	ldr	x8, [sp, #632]
	ldr	x9, [sp, #1008]
	lsl	x27, x26, #2
	ldr	x25, [sp, #960]
	mov	x24, xzr
	mov	x20, x19
	mul	x8, x9, x8
	ldr	x9, [sp, #832]
	add	x28, x9, x8
	b	.LBB9_145
.LBB9_143:
	mov	x8, xzr
.LBB9_144:
	mov	w10, #48
	mov	w1, wzr
	madd	x9, x24, x10, x28
	sub	x2, x10, x8
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #744]
	add	x24, x24, #1
	ldr	x3, [sp, #984]
	add	x20, x20, #48
	cmp	x24, x0
	add	x25, x25, x1
	b.eq	.LBB9_127
.LBB9_145:
	cmp	x23, #1
	b.lt	.LBB9_143
	mov	x8, x25
	mov	x9, x20
	mov	x10, x26
.LBB9_147:
	ldr	s0, [x8], #4
	subs	x10, x10, #1
	str	s0, [x9], #4
	b.ne	.LBB9_147
	mov	x8, x27
	b	.LBB9_144
.LBB9_149:
	cmp	x23, #12
	b.lt	.LBB9_151
	b	.LBB9_127
.LBB9_150:
	cmp	x8, #11
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_127
.LBB9_151:
	cmp	x0, #1
	b.lt	.LBB9_150
	b.ne	.LBB9_154
	mov	x11, xzr
	b	.LBB9_157
.LBB9_154:
	ldr	x13, [sp, #720]
	mov	x11, x9
	mov	x10, x13
.LBB9_155:
	add	x12, x19, x11
	subs	x10, x10, #2
	add	x11, x11, #96
	str	wzr, [x12]
	str	wzr, [x12, #48]
	b.ne	.LBB9_155
	cmp	x0, x13
	mov	x11, x13
	b.eq	.LBB9_150
.LBB9_157:
	mov	w10, #48
	madd	x10, x11, x10, x19
	sub	x11, x0, x11
.LBB9_158:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #48
	b.ne	.LBB9_158
	b	.LBB9_150
.LBB9_159:
	cmp	x0, #1
	mov	x8, x15
	mov	x9, x14
	mov	x10, x0
	b.lt	.LBB9_127
.LBB9_160:
	ldp	q0, q1, [x9, #-32]
	subs	x10, x10, #1
	ldr	q2, [x9]
	add	x9, x9, x1
	stp	q0, q1, [x8, #-16]
	str	q2, [x8, #16]
	add	x8, x8, #48
	b.ne	.LBB9_160
	b	.LBB9_127
.LBB9_161:
	mul	x10, x1, x18
	ldr	x8, [sp, #320]
	lsl	x9, x4, #2
	cmp	x0, #7
	lsl	x20, x18, #2
	ldr	x7, [sp, #832]
	mul	x8, x8, x18
	ccmp	w18, #1, #0, hi
	ldr	x23, [sp, #512]
	mov	x11, xzr
	str	xzr, [sp, #784]
	str	x2, [sp, #856]
	str	x10, [sp, #600]
	ldr	x10, [sp, #440]
	str	x18, [sp, #848]
	add	x10, x10, x9
	str	x8, [sp, #680]
	mul	x8, x1, x4
	str	x10, [sp, #840]
	and	x10, x2, #0x7ffffff8
	cset	w4, eq
	str	x10, [sp, #960]
	ldr	x10, [sp, #352]
	add	x9, x10, x9
	str	x9, [sp, #792]
	ldr	x9, [sp, #288]
	add	x5, x9, x8
	ldr	x9, [sp, #464]
	add	x6, x9, x8
	ldr	x9, [sp, #1016]
	b	.LBB9_163
.LBB9_162:
	ldr	x8, [sp, #784]
	ldr	x11, [sp, #776]
	ldr	x5, [sp, #768]
	ldr	x6, [sp, #760]
	ldr	x9, [sp, #752]
	add	x8, x8, #1
	add	x11, x11, x18
	str	x8, [sp, #784]
	ldr	x8, [sp, #792]
	add	x8, x8, x20
	str	x8, [sp, #792]
	ldr	x8, [sp, #680]
	add	x23, x23, x8
	add	x7, x7, x8
	ldr	x8, [sp, #1016]
	cmp	x11, x8
	ldr	x8, [sp, #840]
	add	x8, x8, x20
	str	x8, [sp, #840]
	ldr	x8, [sp, #600]
	add	x5, x5, x8
	add	x6, x6, x8
	b.ge	.LBB9_27
.LBB9_163:
	subs	x10, x9, x18
	ldr	x8, [sp, #1016]
	str	x11, [sp, #776]
	csel	x30, x9, x18, lt
	str	x5, [sp, #768]
	sub	x8, x8, x11
	neg	x9, x30
	str	x6, [sp, #760]
	cmp	x8, x18
	str	x9, [sp, #1008]
	ldr	w9, [sp, #660]
	csel	x25, x8, x18, lt
	str	x10, [sp, #752]
	cbz	w9, .LBB9_175
	ldr	x17, [sp, #648]
	cmp	x25, #1
	b.lt	.LBB9_191
	mov	x9, xzr
	mov	x10, x6
	mov	x11, x7
	mov	x12, x23
	mov	x13, x5
	b	.LBB9_167
.LBB9_166:
	add	x9, x9, #1
	add	x13, x13, x1
	add	x12, x12, #4
	cmp	x9, x30
	add	x11, x11, #4
	add	x10, x10, x1
	b.eq	.LBB9_191
.LBB9_167:
	cmp	x0, #1
	b.lt	.LBB9_166
	cbz	w4, .LBB9_172
	mov	x14, x12
	mov	x15, x13
	mov	x16, x17
.LBB9_170:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #8
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB9_170
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB9_166
	b	.LBB9_173
.LBB9_172:
	mov	x16, xzr
.LBB9_173:
	madd	x14, x20, x16, x11
	add	x15, x10, x16, lsl #2
	sub	x16, x0, x16
.LBB9_174:
	ldr	s0, [x15], #4
	subs	x16, x16, #1
	str	s0, [x14]
	add	x14, x14, x20
	b.ne	.LBB9_174
	b	.LBB9_166
.LBB9_175:
	b.ge	.LBB9_202
	cmp	x0, #1
	b.lt	.LBB9_162
	ldr	x8, [sp, #784]
	ldr	x9, [sp, #680]
	mov	x27, xzr
	ldr	x24, [sp, #840]
	ldr	x26, [sp, #792]
	mov	x28, x7
	mul	x8, x9, x8
	and	x9, x30, #0xfffffffffffffff8
	mov	x19, x23
	str	x9, [sp, #736]
	and	x9, x30, #0xfffffffffffffff8
	str	x9, [sp, #688]
	ldr	x9, [sp, #832]
	str	x7, [sp, #952]
	str	x23, [sp, #944]
	add	x8, x9, x8
	str	x25, [sp, #936]
	str	x8, [sp, #872]
	b	.LBB9_179
.LBB9_178:
	add	x27, x27, #1
	add	x26, x26, x1
	add	x19, x19, x20
	cmp	x27, x0
	add	x28, x28, x20
	add	x24, x24, x1
	b.eq	.LBB9_162
.LBB9_179:
	cmp	x25, #1
	b.lt	.LBB9_182
	cmp	x30, #8
	b.hs	.LBB9_183
	mov	x9, xzr
	b	.LBB9_186
.LBB9_182:
	mov	x8, xzr
	b	.LBB9_189
.LBB9_183:
	ldr	x10, [sp, #736]
	mov	x8, x19
	mov	x9, x26
.LBB9_184:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_184
	ldr	x9, [sp, #688]
	mov	x8, x30
	cmp	x30, x9
	b.eq	.LBB9_189
.LBB9_186:
	lsl	x10, x9, #2
	ldr	x8, [sp, #1008]
	add	x8, x8, x9
	add	x9, x28, x10
	add	x10, x24, x10
.LBB9_187:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_187
	mov	x8, x30
.LBB9_189:
	cmp	x8, x18
	b.ge	.LBB9_178
	ldr	x9, [sp, #872]
	lsl	x8, x8, #2
	mov	w1, wzr
	madd	x9, x27, x20, x9
	mov	w25, w4
	mov	x23, x30
	sub	x2, x20, x8
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	mov	x30, x23
	ldr	x7, [sp, #952]
	mov	w4, w25
	ldr	x25, [sp, #936]
	ldr	x2, [sp, #856]
	ldr	x18, [sp, #848]
	ldr	x23, [sp, #944]
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
	b	.LBB9_178
.LBB9_191:
	cmp	x8, x18
	b.ge	.LBB9_162
	lsl	x8, x30, #2
	b	.LBB9_194
.LBB9_193:
	add	x25, x25, #1
	add	x8, x8, #4
	cmp	x25, x18
	b.ge	.LBB9_162
.LBB9_194:
	cmp	x0, #1
	b.lt	.LBB9_193
	cbz	w4, .LBB9_199
	ldr	x11, [sp, #648]
	mov	x9, x8
	mov	x10, x11
.LBB9_197:
	str	q16, [x7, x9]
	subs	x10, x10, #8
	str	q16, [x23, x9]
	add	x9, x9, #32
	b.ne	.LBB9_197
	cmp	x0, x11
	mov	x10, x11
	b.eq	.LBB9_193
	b	.LBB9_200
.LBB9_199:
	mov	x10, xzr
.LBB9_200:
	madd	x9, x20, x10, x7
	sub	x10, x0, x10
.LBB9_201:
	subs	x10, x10, #1
	str	wzr, [x9, x8]
	add	x9, x9, x20
	b.ne	.LBB9_201
	b	.LBB9_193
.LBB9_202:
	cmp	x0, #1
	b.lt	.LBB9_162
	ldr	x9, [sp, #840]
	ldr	x12, [sp, #792]
	mov	x8, xzr
	mov	x10, x7
	mov	x11, x23
	b	.LBB9_205
.LBB9_204:
	add	x8, x8, #1
	add	x12, x12, x1
	add	x11, x11, x20
	cmp	x8, x0
	add	x10, x10, x20
	add	x9, x9, x1
	b.eq	.LBB9_162
.LBB9_205:
	cmp	w2, #1
	b.lt	.LBB9_204
	cmp	w2, #8
	b.hs	.LBB9_208
	mov	x13, xzr
	b	.LBB9_211
.LBB9_208:
	ldr	x15, [sp, #960]
	mov	x13, x11
	mov	x14, x12
.LBB9_209:
	ldp	q0, q1, [x14, #-16]
	subs	x15, x15, #8
	add	x14, x14, #32
	stp	q0, q1, [x13, #-16]
	add	x13, x13, #32
	b.ne	.LBB9_209
	ldr	x13, [sp, #960]
	cmp	x13, x2
	b.eq	.LBB9_204
.LBB9_211:
	lsl	x15, x13, #2
	sub	x13, x2, x13
	add	x14, x10, x15
	add	x15, x9, x15
.LBB9_212:
	ldr	s0, [x15], #4
	subs	x13, x13, #1
	str	s0, [x14], #4
	b.ne	.LBB9_212
	b	.LBB9_204
.LBB9_213:
	ldr	x26, [sp, #1016]
	mul	x8, x1, x4
	lsl	x12, x4, #2
	ldr	x14, [sp, #440]
	add	x9, x11, x10
	ldr	x19, [sp, #512]
	sub	x13, x26, #1
	madd	x10, x1, x9, x1
	add	x11, x9, #2
	lsr	x13, x13, #2
	add	x14, x14, x12
	add	x9, x9, #3
	mul	x11, x1, x11
	str	x14, [sp, #960]
	ldr	x28, [sp, #832]
	str	x13, [sp, #688]
	ldr	x13, [sp, #296]
	mov	x15, xzr
	mul	x9, x1, x9
	ldp	x17, x14, [sp, #400]
	add	x12, x13, x12
	str	xzr, [sp, #944]
	str	x12, [sp, #1008]
	ldr	x12, [sp, #432]
	add	x13, x12, x8
	add	x18, x12, x11
	str	x13, [sp, #952]
	ldr	x13, [sp, #464]
	add	x16, x13, x8
	add	x8, x12, x10
	add	x2, x13, x9
	str	x8, [sp, #872]
	add	x8, x13, x10
	add	x10, x12, x9
	str	x8, [sp, #936]
	add	x8, x13, x11
	str	x8, [sp, #848]
	ldr	x8, [sp, #472]
	str	x8, [sp, #856]
	b	.LBB9_215
.LBB9_214:
	ldr	x8, [sp, #944]
	ldr	x9, [sp, #688]
	ldr	x11, [sp, #952]
	ldr	x10, [sp, #608]
	ldr	x17, [sp, #840]
	ldr	x14, [sp, #784]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #1008]
	add	x28, x28, x10
	ldr	x15, [sp, #768]
	add	x19, x19, x10
	add	x9, x9, #16
	ldr	x16, [sp, #760]
	add	x17, x17, x10
	str	x9, [sp, #1008]
	ldr	x9, [sp, #960]
	ldr	x18, [sp, #792]
	add	x14, x14, x10
	ldr	x2, [sp, #752]
	ldr	x26, [sp, #736]
	add	x9, x9, #16
	add	x15, x15, #4
	str	x8, [sp, #944]
	str	x9, [sp, #960]
	ldr	x9, [sp, #568]
	add	x11, x11, x9
	add	x16, x16, x9
	add	x18, x18, x9
	str	x11, [sp, #952]
	ldr	x11, [sp, #856]
	add	x2, x2, x9
	add	x11, x11, x10
	ldr	x10, [sp, #776]
	str	x11, [sp, #856]
	ldr	x11, [sp, #872]
	add	x10, x10, x9
	add	x11, x11, x9
	str	x11, [sp, #872]
	ldr	x11, [sp, #936]
	add	x11, x11, x9
	str	x11, [sp, #936]
	ldr	x11, [sp, #848]
	add	x11, x11, x9
	str	x11, [sp, #848]
	b.eq	.LBB9_27
.LBB9_215:
	subs	x12, x26, #4
	mov	w11, #4
	str	x10, [sp, #776]
	csel	x10, x26, x11, lt
	cmp	x26, #1
	ldr	x9, [sp, #1016]
	csinc	x8, x26, xzr, gt
	mov	w13, #4
	str	x15, [sp, #768]
	cmp	x8, #4
	sub	x25, x9, x15
	str	x16, [sp, #760]
	csel	x9, x8, x11, lt
	cmp	x25, #4
	str	x14, [sp, #784]
	csel	x8, x25, x11, lt
	ldr	w11, [sp, #660]
	str	x17, [sp, #840]
	str	x18, [sp, #792]
	str	x2, [sp, #752]
	str	x12, [sp, #736]
	cbz	w11, .LBB9_220
	lsl	x9, x10, #2
	cmp	x25, #0
	b.le	.LBB9_278
	ldr	x14, [sp, #720]
	cmp	x0, #0
	b.le	.LBB9_240
	cmp	x0, #1
	b.ne	.LBB9_235
	mov	x11, xzr
	b	.LBB9_238
.LBB9_220:
	b.ge	.LBB9_230
	cmp	x0, #1
	b.lt	.LBB9_214
	lsl	x24, x9, #2
	ldr	x27, [sp, #1008]
	mov	x20, x0
	mov	x23, x28
	b	.LBB9_225
.LBB9_223:
	mov	x8, xzr
.LBB9_224:
	mov	w9, #16
	add	x0, x23, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
	ldr	x0, [sp, #992]
	subs	x20, x20, #1
	add	x23, x23, #16
	add	x27, x27, x1
	b.eq	.LBB9_214
.LBB9_225:
	cmp	x25, #1
	b.lt	.LBB9_223
	ldur	s0, [x27, #-8]
	cmp	x26, #2
	mov	x8, x24
	str	s0, [x23]
	b.lt	.LBB9_224
	ldur	s0, [x27, #-4]
	mov	x8, x24
	str	s0, [x23, #4]
	b.eq	.LBB9_224
	ldr	s0, [x27]
	cmp	x26, #3
	mov	x8, x24
	str	s0, [x23, #8]
	b.eq	.LBB9_224
	ldr	s0, [x27, #4]
	mov	x8, x24
	str	s0, [x23, #12]
	b	.LBB9_224
.LBB9_230:
	cmp	x0, #1
	b.lt	.LBB9_214
	cmp	x0, #16
	b.hs	.LBB9_244
	mov	x8, xzr
.LBB9_233:
	ldr	x9, [sp, #960]
	madd	x9, x1, x8, x9
.LBB9_234:
	ldr	q0, [x9]
	add	x9, x9, x1
	str	q0, [x28, x8, lsl #4]
	add	x8, x8, #1
	cmp	x0, x8
	b.ne	.LBB9_234
	b	.LBB9_214
.LBB9_235:
	ldr	x12, [sp, #952]
	mov	x10, x14
	mov	x11, x19
.LBB9_236:
	ldp	s0, s1, [x12, #-4]
	subs	x10, x10, #2
	add	x12, x12, #8
	stur	s0, [x11, #-16]
	str	s1, [x11], #32
	b.ne	.LBB9_236
	cmp	x0, x14
	mov	x11, x14
	b.eq	.LBB9_240
.LBB9_238:
	lsl	x10, x11, #2
	sub	x11, x0, x11
.LBB9_239:
	ldr	s0, [x16, x10]
	subs	x11, x11, #1
	str	s0, [x28, x10, lsl #2]
	add	x10, x10, #4
	b.ne	.LBB9_239
.LBB9_240:
	cmp	x26, #2
	b.lt	.LBB9_276
	cmp	x0, #1
	b.lt	.LBB9_258
	b.ne	.LBB9_253
	mov	x12, xzr
	b	.LBB9_256
.LBB9_244:
	ldr	x8, [sp, #608]
	ldr	x9, [sp, #944]
	ldr	x12, [sp, #368]
	mul	x9, x8, x9
	ldr	x8, [sp, #496]
	add	x8, x8, x9
	add	x10, x8, x12
	cmp	x10, x8
	mov	x8, xzr
	b.lo	.LBB9_233
	ldr	x10, [sp, #488]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_233
	add	x10, x28, x12
	cmp	x10, x28
	b.lo	.LBB9_233
	ldr	x10, [sp, #480]
	add	x9, x10, x9
	add	x10, x9, x12
	cmp	x10, x9
	b.lo	.LBB9_233
	ldr	x9, [sp, #424]
	lsr	x9, x9, #60
	cbnz	x9, .LBB9_233
	ldr	x9, [sp, #544]
	cmp	x9, #1
	b.ne	.LBB9_233
	ldr	x8, [sp, #1008]
	ldr	x10, [sp, #360]
	mov	x9, x28
.LBB9_251:
	ldur	q0, [x8, #-8]
	subs	x10, x10, #4
	ldur	q1, [x8, #-4]
	ldr	q2, [x8]
	ldur	q3, [x8, #4]
	add	x8, x8, #16
	st4	{ v0.4s, v1.4s, v2.4s, v3.4s }, [x9], #64
	b.ne	.LBB9_251
	ldr	x8, [sp, #360]
	cmp	x0, x8
	b.eq	.LBB9_214
	b	.LBB9_233
.LBB9_253:
	ldr	x10, [sp, #872]
	ldr	x11, [sp, #856]
	mov	x12, x14
.LBB9_254:
	ldp	s0, s1, [x10, #-4]
	subs	x12, x12, #2
	add	x10, x10, #8
	stur	s0, [x11, #-16]
	str	s1, [x11], #32
	b.ne	.LBB9_254
	cmp	x0, x14
	mov	x12, x14
	b.eq	.LBB9_258
.LBB9_256:
	ldr	x11, [sp, #936]
	orr	x10, x13, x12, lsl #4
	add	x11, x11, x12, lsl #2
	sub	x12, x0, x12
.LBB9_257:
	ldr	s0, [x11], #4
	subs	x12, x12, #1
	str	s0, [x28, x10]
	add	x10, x10, #16
	b.ne	.LBB9_257
.LBB9_258:
	cmp	x26, #2
	b.eq	.LBB9_276
	cmp	x0, #1
	b.lt	.LBB9_267
	b.ne	.LBB9_262
	mov	x12, xzr
	b	.LBB9_265
.LBB9_262:
	ldr	x10, [sp, #792]
	ldr	x11, [sp, #840]
	mov	x12, x14
.LBB9_263:
	ldp	s0, s1, [x10, #-4]
	subs	x12, x12, #2
	add	x10, x10, #8
	stur	s0, [x11, #-16]
	str	s1, [x11], #32
	b.ne	.LBB9_263
	cmp	x0, x14
	mov	x12, x14
	b.eq	.LBB9_267
.LBB9_265:
	ldr	x11, [sp, #848]
	mov	w10, #8
	orr	x10, x10, x12, lsl #4
	add	x11, x11, x12, lsl #2
	sub	x12, x0, x12
.LBB9_266:
	ldr	s0, [x11], #4
	subs	x12, x12, #1
	str	s0, [x28, x10]
	add	x10, x10, #16
	b.ne	.LBB9_266
.LBB9_267:
	cmp	x26, #3
	b.eq	.LBB9_276
	cmp	x0, #1
	b.lt	.LBB9_276
	b.ne	.LBB9_271
	mov	x12, xzr
	b	.LBB9_274
.LBB9_271:
	ldr	x10, [sp, #776]
	ldr	x11, [sp, #784]
	mov	x12, x14
.LBB9_272:
	ldp	s0, s1, [x10, #-4]
	subs	x12, x12, #2
	add	x10, x10, #8
	stur	s0, [x11, #-16]
	str	s1, [x11], #32
	b.ne	.LBB9_272
	cmp	x0, x14
	mov	x12, x14
	b.eq	.LBB9_276
.LBB9_274:
	mov	w10, #12
	add	x11, x2, x12, lsl #2
	orr	x10, x10, x12, lsl #4
	sub	x12, x0, x12
.LBB9_275:
	ldr	s0, [x11], #4
	subs	x12, x12, #1
	str	s0, [x28, x10]
	add	x10, x10, #16
	b.ne	.LBB9_275
.LBB9_276:
	cmp	x25, #4
	b.lt	.LBB9_278
	b	.LBB9_214
.LBB9_277:
	cmp	x8, #3
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_214
.LBB9_278:
	cmp	x0, #1
	b.lt	.LBB9_277
	b.ne	.LBB9_281
	mov	x11, xzr
	b	.LBB9_284
.LBB9_281:
	ldr	x12, [sp, #720]
	mov	x11, x9
	mov	x10, x12
.LBB9_282:
	str	wzr, [x28, x11]
	subs	x10, x10, #2
	str	wzr, [x19, x11]
	add	x11, x11, #32
	b.ne	.LBB9_282
	cmp	x0, x12
	mov	x11, x12
	b.eq	.LBB9_277
.LBB9_284:
	add	x10, x28, x11, lsl #4
	sub	x11, x0, x11
.LBB9_285:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #16
	b.ne	.LBB9_285
	b	.LBB9_277
.LBB9_286:
	ldr	x24, [sp, #1016]
	lsl	x9, x4, #2
	mul	x8, x1, x4
	ldr	x23, [sp, #280]
	ldr	x19, [sp, #832]
	mov	x12, xzr
	sub	x10, x24, #1
	str	xzr, [sp, #944]
	lsr	x10, x10, #3
	str	x10, [sp, #840]
	ldr	x10, [sp, #440]
	add	x10, x10, x9
	str	x10, [sp, #960]
	ldr	x10, [sp, #352]
	add	x9, x10, x9
	str	x9, [sp, #1008]
	ldr	x9, [sp, #432]
	add	x4, x9, x8
	ldr	x9, [sp, #464]
	add	x5, x9, x8
	ldr	x8, [sp, #512]
	str	x8, [sp, #952]
	b	.LBB9_288
.LBB9_287:
	ldr	x8, [sp, #944]
	ldr	x9, [sp, #840]
	ldr	x10, [sp, #624]
	ldr	x12, [sp, #936]
	ldr	x4, [sp, #872]
	ldr	x5, [sp, #856]
	cmp	x8, x9
	add	x19, x19, x10
	add	x8, x8, #1
	ldr	x9, [sp, #1008]
	ldr	x24, [sp, #848]
	add	x12, x12, #8
	add	x23, x23, x10
	str	x8, [sp, #944]
	add	x9, x9, #32
	str	x9, [sp, #1008]
	ldr	x9, [sp, #960]
	add	x9, x9, #32
	str	x9, [sp, #960]
	ldr	x9, [sp, #952]
	add	x9, x9, x10
	str	x9, [sp, #952]
	ldr	x9, [sp, #576]
	add	x4, x4, x9
	add	x5, x5, x9
	b.eq	.LBB9_27
.LBB9_288:
	subs	x8, x24, #8
	mov	w11, #8
	ldr	x10, [sp, #1016]
	csel	x9, x24, x11, lt
	cmp	x24, #1
	str	x8, [sp, #848]
	csinc	x8, x24, xzr, gt
	sub	x25, x10, x12
	str	x12, [sp, #936]
	cmp	x8, #8
	str	x4, [sp, #872]
	csel	x10, x8, x11, lt
	cmp	x25, #8
	str	x5, [sp, #856]
	csel	x8, x25, x11, lt
	ldr	w11, [sp, #660]
	cbz	w11, .LBB9_300
	lsl	x9, x9, #2
	cmp	x25, #0
	b.le	.LBB9_316
	ldr	x2, [sp, #720]
	mov	x11, xzr
	mov	x12, x5
	mov	x13, x19
	mov	x14, x23
	mov	x15, x4
	b	.LBB9_292
.LBB9_291:
	add	x11, x11, #1
	add	x15, x15, x1
	add	x14, x14, #4
	cmp	x11, x10
	add	x13, x13, #4
	add	x12, x12, x1
	b.eq	.LBB9_314
.LBB9_292:
	cmp	x0, #1
	b.lt	.LBB9_291
	b.ne	.LBB9_295
	mov	x18, xzr
	b	.LBB9_298
.LBB9_295:
	mov	x16, x2
	mov	x17, x14
	mov	x18, x15
.LBB9_296:
	ldp	s0, s1, [x18, #-4]
	subs	x16, x16, #2
	add	x18, x18, #8
	stur	s0, [x17, #-32]
	str	s1, [x17], #64
	b.ne	.LBB9_296
	cmp	x0, x2
	mov	x18, x2
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
	b.ge	.LBB9_324
	cmp	x0, #1
	b.lt	.LBB9_287
	lsl	x26, x10, #2
	ldr	x27, [sp, #1008]
	mov	x20, x0
	mov	x28, x19
	b	.LBB9_305
.LBB9_303:
	mov	x8, xzr
.LBB9_304:
	mov	w9, #32
	add	x0, x28, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
	ldr	x0, [sp, #992]
	subs	x20, x20, #1
	add	x28, x28, #32
	add	x27, x27, x1
	b.eq	.LBB9_287
.LBB9_305:
	cmp	x25, #1
	b.lt	.LBB9_303
	ldur	s0, [x27, #-16]
	cmp	x24, #2
	mov	x8, x26
	str	s0, [x28]
	b.lt	.LBB9_304
	ldur	s0, [x27, #-12]
	mov	x8, x26
	str	s0, [x28, #4]
	b.eq	.LBB9_304
	ldur	s0, [x27, #-8]
	cmp	x24, #3
	mov	x8, x26
	str	s0, [x28, #8]
	b.eq	.LBB9_304
	ldur	s0, [x27, #-4]
	cmp	x24, #4
	mov	x8, x26
	str	s0, [x28, #12]
	b.eq	.LBB9_304
	ldr	s0, [x27]
	cmp	x24, #5
	mov	x8, x26
	str	s0, [x28, #16]
	b.eq	.LBB9_304
	ldr	s0, [x27, #4]
	cmp	x24, #6
	mov	x8, x26
	str	s0, [x28, #20]
	b.eq	.LBB9_304
	ldr	s0, [x27, #8]
	cmp	x24, #7
	mov	x8, x26
	str	s0, [x28, #24]
	b.eq	.LBB9_304
	ldr	s0, [x27, #12]
	mov	x8, x26
	str	s0, [x28, #28]
	b	.LBB9_304
.LBB9_314:
	cmp	x25, #8
	b.lt	.LBB9_316
	b	.LBB9_287
.LBB9_315:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_287
.LBB9_316:
	cmp	x0, #1
	b.lt	.LBB9_315
	b.ne	.LBB9_319
	mov	x11, xzr
	b	.LBB9_322
.LBB9_319:
	ldr	x12, [sp, #720]
	mov	x11, x9
	mov	x10, x12
.LBB9_320:
	str	wzr, [x19, x11]
	subs	x10, x10, #2
	str	wzr, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB9_320
	cmp	x0, x12
	mov	x11, x12
	b.eq	.LBB9_315
.LBB9_322:
	add	x10, x19, x11, lsl #5
	sub	x11, x0, x11
.LBB9_323:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #32
	b.ne	.LBB9_323
	b	.LBB9_315
.LBB9_324:
	cmp	x0, #1
	b.lt	.LBB9_287
	cmp	x0, #18
	b.hs	.LBB9_327
	mov	x8, xzr
	b	.LBB9_340
.LBB9_327:
	ldr	x8, [sp, #624]
	ldr	x9, [sp, #944]
	ldr	x12, [sp, #392]
	mul	x9, x8, x9
	ldr	x8, [sp, #408]
	add	x8, x8, x9
	add	x10, x8, x12
	cmp	x10, x8
	mov	x8, xzr
	b.lo	.LBB9_340
	ldr	x10, [sp, #400]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_340
	ldr	x10, [sp, #472]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_340
	ldr	x10, [sp, #512]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_340
	ldr	x10, [sp, #496]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_340
	ldr	x10, [sp, #488]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_340
	add	x10, x19, x12
	cmp	x10, x19
	b.lo	.LBB9_340
	ldr	x10, [sp, #480]
	add	x9, x10, x9
	add	x10, x9, x12
	cmp	x10, x9
	b.lo	.LBB9_340
	ldr	x9, [sp, #424]
	lsr	x9, x9, #59
	cbnz	x9, .LBB9_340
	ldr	x9, [sp, #544]
	cmp	x9, #1
	b.ne	.LBB9_340
	ldr	x11, [sp, #1008]
	ldr	x12, [sp, #720]
	mov	x8, x19
	mov	x9, x12
	mov	x10, x11
.LBB9_338:
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
	b.ne	.LBB9_338
	cmp	x0, x12
	mov	x8, x12
	b.eq	.LBB9_287
.LBB9_340:
	ldr	x9, [sp, #960]
	ldr	x10, [sp, #952]
	madd	x9, x1, x8, x9
	add	x10, x10, x8, lsl #5
	sub	x8, x0, x8
.LBB9_341:
	ldp	q0, q1, [x9]
	subs	x8, x8, #1
	add	x9, x9, x1
	stp	q0, q1, [x10, #-16]
	add	x10, x10, #32
	b.ne	.LBB9_341
	b	.LBB9_287
.LBB9_342:
	ldr	x8, [sp, #248]
	mov	w2, w17
	cmp	w2, #32
	add	x8, x8, x4, lsl #2
	b.eq	.LBB9_442
	cmp	w2, #16
	b.eq	.LBB9_401
	cmp	w2, #8
	b.ne	.LBB9_483
	ldr	x14, [sp, #448]
	ldr	x11, [sp, #800]
	mul	x9, x18, x4
	lsl	x12, x0, #5
	ldr	x24, [sp, #1016]
	sub	x13, x0, #1
	mul	x11, x14, x11
	ldr	x16, [sp, #192]
	ldr	x23, [sp, #160]
	str	x12, [sp, #856]
	sub	x12, x24, #1
	ldr	x26, [sp, #712]
	mul	x10, x18, x14
	lsr	x12, x12, #3
	mov	x15, xzr
	add	x9, x9, x14, lsl #2
	and	x25, x0, #0x7ffffffffffffffe
	str	xzr, [sp, #936]
	str	x12, [sp, #848]
	lsl	x12, x13, #5
	add	x8, x8, x11, lsl #2
	str	x16, [sp, #952]
	str	x12, [sp, #840]
	lsr	x12, x13, #59
	str	x8, [sp, #944]
	ldr	x8, [sp, #176]
	add	x10, x10, x4, lsl #2
	str	x12, [sp, #816]
	add	x2, x8, x9
	ldr	x8, [sp, #248]
	add	x4, x8, x9
	ldr	x8, [sp, #184]
	add	x8, x8, x10
	str	x8, [sp, #960]
	b	.LBB9_347
.LBB9_346:
	ldr	x8, [sp, #936]
	ldr	x9, [sp, #848]
	ldr	x2, [sp, #920]
	ldr	x4, [sp, #904]
	ldr	x10, [sp, #856]
	ldr	x15, [sp, #928]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #328]
	ldr	x24, [sp, #872]
	add	x26, x26, x10
	add	x15, x15, #8
	add	x2, x2, x9
	add	x4, x4, x9
	ldr	x9, [sp, #960]
	add	x23, x23, x10
	str	x8, [sp, #936]
	add	x9, x9, #32
	str	x9, [sp, #960]
	ldr	x9, [sp, #944]
	add	x9, x9, #32
	str	x9, [sp, #944]
	ldr	x9, [sp, #952]
	add	x9, x9, x10
	str	x9, [sp, #952]
	b.eq	.LBB9_17
.LBB9_347:
	subs	x12, x24, #8
	mov	w11, #8
	ldr	x10, [sp, #1016]
	csel	x9, x24, x11, lt
	cmp	x24, #1
	str	x15, [sp, #928]
	csinc	x8, x24, xzr, gt
	sub	x5, x10, x15
	str	x2, [sp, #920]
	cmp	x8, #8
	str	x4, [sp, #904]
	csel	x10, x8, x11, lt
	cmp	x5, #8
	str	x12, [sp, #872]
	csel	x8, x5, x11, lt
	ldr	w11, [sp, #508]
	cbz	w11, .LBB9_369
	lsl	x9, x9, #2
	cmp	x5, #0
	b.le	.LBB9_361
	mov	x11, xzr
	mov	x12, x4
	mov	x13, x26
	mov	x14, x23
	mov	x15, x2
	b	.LBB9_351
.LBB9_350:
	ldr	x18, [sp, #640]
	add	x11, x11, #1
	add	x14, x14, #4
	cmp	x11, x10
	add	x13, x13, #4
	add	x15, x15, x18
	add	x12, x12, x18
	b.eq	.LBB9_359
.LBB9_351:
	cmp	x0, #1
	b.lt	.LBB9_350
	b.ne	.LBB9_354
	mov	x18, xzr
	b	.LBB9_357
.LBB9_354:
	mov	x16, x25
	mov	x17, x14
	mov	x18, x15
.LBB9_355:
	ldp	s0, s1, [x18, #-4]
	subs	x16, x16, #2
	add	x18, x18, #8
	stur	s0, [x17, #-32]
	str	s1, [x17], #64
	b.ne	.LBB9_355
	cmp	x0, x25
	mov	x18, x25
	b.eq	.LBB9_350
.LBB9_357:
	add	x16, x13, x18, lsl #5
	add	x17, x12, x18, lsl #2
	sub	x18, x0, x18
.LBB9_358:
	ldr	s0, [x17], #4
	subs	x18, x18, #1
	str	s0, [x16], #32
	b.ne	.LBB9_358
	b	.LBB9_350
.LBB9_359:
	cmp	x5, #8
	b.lt	.LBB9_361
	b	.LBB9_346
.LBB9_360:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_346
.LBB9_361:
	cmp	x0, #1
	b.lt	.LBB9_360
	b.ne	.LBB9_364
	mov	x11, xzr
	b	.LBB9_367
.LBB9_364:
	mov	x10, x25
	mov	x11, x9
.LBB9_365:
	str	wzr, [x26, x11]
	subs	x10, x10, #2
	str	wzr, [x23, x11]
	add	x11, x11, #64
	b.ne	.LBB9_365
	cmp	x0, x25
	mov	x11, x25
	b.eq	.LBB9_360
.LBB9_367:
	add	x10, x26, x11, lsl #5
	sub	x11, x0, x11
.LBB9_368:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #32
	b.ne	.LBB9_368
	b	.LBB9_360
.LBB9_369:
	b.ge	.LBB9_383
	cmp	x0, #1
	b.lt	.LBB9_346
	lsl	x27, x10, #2
	ldr	x28, [sp, #960]
	mov	x19, x0
	mov	x20, x26
	str	x5, [sp, #1008]
	b	.LBB9_374
.LBB9_372:
	mov	x8, xzr
.LBB9_373:
	mov	w9, #32
	add	x0, x20, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x18, [sp, #640]
	ldr	x3, [sp, #984]
	ldr	x1, [sp, #744]
	ldr	x0, [sp, #992]
	subs	x19, x19, #1
	ldr	x5, [sp, #1008]
	add	x20, x20, #32
	add	x28, x28, x18
	b.eq	.LBB9_346
.LBB9_374:
	cmp	x5, #1
	b.lt	.LBB9_372
	ldur	s0, [x28, #-16]
	cmp	x24, #2
	mov	x8, x27
	str	s0, [x20]
	b.lt	.LBB9_373
	ldur	s0, [x28, #-12]
	mov	x8, x27
	str	s0, [x20, #4]
	b.eq	.LBB9_373
	ldur	s0, [x28, #-8]
	cmp	x24, #3
	mov	x8, x27
	str	s0, [x20, #8]
	b.eq	.LBB9_373
	ldur	s0, [x28, #-4]
	cmp	x24, #4
	mov	x8, x27
	str	s0, [x20, #12]
	b.eq	.LBB9_373
	ldr	s0, [x28]
	cmp	x24, #5
	mov	x8, x27
	str	s0, [x20, #16]
	b.eq	.LBB9_373
	ldr	s0, [x28, #4]
	cmp	x24, #6
	mov	x8, x27
	str	s0, [x20, #20]
	b.eq	.LBB9_373
	ldr	s0, [x28, #8]
	cmp	x24, #7
	mov	x8, x27
	str	s0, [x20, #24]
	b.eq	.LBB9_373
	ldr	s0, [x28, #12]
	mov	x8, x27
	str	s0, [x20, #28]
	b	.LBB9_373
.LBB9_383:
	cmp	x0, #1
	b.lt	.LBB9_346
	cmp	x0, #18
	b.hs	.LBB9_388
	mov	x8, xzr
.LBB9_386:
	ldr	x9, [sp, #944]
	ldr	x10, [sp, #952]
	madd	x9, x18, x8, x9
	add	x10, x10, x8, lsl #5
	sub	x8, x0, x8
.LBB9_387:
	ldp	q0, q1, [x9]
	subs	x8, x8, #1
	add	x9, x9, x18
	stp	q0, q1, [x10, #-16]
	add	x10, x10, #32
	b.ne	.LBB9_387
	b	.LBB9_346
.LBB9_388:
	ldr	x8, [sp, #936]
	ldr	x9, [sp, #856]
	ldr	x12, [sp, #840]
	mul	x9, x9, x8
	ldr	x8, [sp, #152]
	add	x8, x8, x9
	add	x10, x8, x12
	cmp	x10, x8
	mov	x8, xzr
	b.lo	.LBB9_386
	ldr	x10, [sp, #144]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_386
	ldr	x10, [sp, #136]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_386
	ldr	x10, [sp, #192]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_386
	ldr	x10, [sp, #128]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_386
	ldr	x10, [sp, #120]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB9_386
	add	x10, x26, x12
	cmp	x10, x26
	b.lo	.LBB9_386
	ldr	x10, [sp, #112]
	add	x9, x10, x9
	add	x10, x9, x12
	cmp	x10, x9
	b.lo	.LBB9_386
	ldr	x9, [sp, #816]
	cbnz	x9, .LBB9_386
	ldr	x9, [sp, #800]
	cmp	x9, #1
	b.ne	.LBB9_386
	ldr	x11, [sp, #960]
	mov	x8, x26
	mov	x9, x25
	mov	x10, x11
.LBB9_399:
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
	b.ne	.LBB9_399
	cmp	x0, x25
	mov	x8, x25
	b.eq	.LBB9_346
	b	.LBB9_386
.LBB9_401:
	ldr	x13, [sp, #448]
	ldr	x11, [sp, #800]
	mul	x9, x18, x4
	lsl	x12, x0, #6
	ldr	x14, [sp, #1016]
	ldr	x28, [sp, #712]
	mul	x11, x13, x11
	mov	x15, xzr
	and	x2, x0, #0x7ffffffffffffffe
	str	x12, [sp, #752]
	sub	x12, x14, #1
	mul	x10, x18, x13
	lsr	x12, x12, #4
	str	xzr, [sp, #928]
	add	x9, x9, x13, lsl #2
	ldr	x13, [sp, #192]
	str	x2, [sp, #952]
	str	x12, [sp, #736]
	add	x8, x8, x11, lsl #2
	str	x13, [sp, #920]
	ldp	x13, x20, [sp, #160]
	str	x8, [sp, #872]
	ldr	x8, [sp, #176]
	add	x10, x10, x4, lsl #2
	add	x4, x8, x9
	ldr	x8, [sp, #248]
	str	x13, [sp, #904]
	add	x11, x8, x9
	ldr	x8, [sp, #88]
	add	x8, x8, x10
	str	x8, [sp, #856]
	ldr	x8, [sp, #184]
	add	x8, x8, x10
	str	x8, [sp, #848]
	b	.LBB9_403
.LBB9_402:
	ldr	x8, [sp, #928]
	ldr	x9, [sp, #736]
	ldr	x4, [sp, #816]
	ldr	x11, [sp, #792]
	ldr	x10, [sp, #752]
	ldr	x15, [sp, #840]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #336]
	ldr	x14, [sp, #784]
	add	x28, x28, x10
	add	x15, x15, #16
	add	x4, x4, x9
	add	x11, x11, x9
	ldr	x9, [sp, #856]
	add	x20, x20, x10
	str	x8, [sp, #928]
	add	x9, x9, #64
	str	x9, [sp, #856]
	ldr	x9, [sp, #904]
	add	x9, x9, x10
	str	x9, [sp, #904]
	ldr	x9, [sp, #848]
	add	x9, x9, #64
	str	x9, [sp, #848]
	ldr	x9, [sp, #920]
	add	x9, x9, x10
	str	x9, [sp, #920]
	ldr	x9, [sp, #872]
	add	x9, x9, #64
	str	x9, [sp, #872]
	b.eq	.LBB9_17
.LBB9_403:
	cmp	x14, #1
	mov	w10, #16
	str	x15, [sp, #840]
	csinc	x8, x14, xzr, gt
	str	x4, [sp, #816]
	cmp	x8, #16
	str	x11, [sp, #792]
	csel	x27, x8, x10, lt
	subs	x8, x14, #16
	str	x8, [sp, #784]
	ldr	x8, [sp, #1016]
	csel	x9, x14, x10, lt
	neg	x12, x27
	sub	x5, x8, x15
	cmp	x5, #16
	csel	x8, x5, x10, lt
	ldr	w10, [sp, #508]
	cbz	w10, .LBB9_425
	lsl	x9, x9, #2
	cmp	x5, #0
	b.le	.LBB9_417
	mov	x10, xzr
	mov	x12, x28
	mov	x13, x20
	mov	x14, x4
	b	.LBB9_407
.LBB9_406:
	add	x10, x10, #1
	add	x14, x14, x18
	add	x13, x13, #4
	cmp	x10, x27
	add	x12, x12, #4
	add	x11, x11, x18
	b.eq	.LBB9_415
.LBB9_407:
	cmp	x0, #1
	b.lt	.LBB9_406
	b.ne	.LBB9_410
	mov	x17, xzr
	b	.LBB9_413
.LBB9_410:
	mov	x15, x2
	mov	x16, x13
	mov	x17, x14
.LBB9_411:
	ldp	s0, s1, [x17, #-4]
	subs	x15, x15, #2
	add	x17, x17, #8
	stur	s0, [x16, #-64]
	str	s1, [x16], #128
	b.ne	.LBB9_411
	cmp	x0, x2
	mov	x17, x2
	b.eq	.LBB9_406
.LBB9_413:
	add	x15, x12, x17, lsl #6
	add	x16, x11, x17, lsl #2
	sub	x17, x0, x17
.LBB9_414:
	ldr	s0, [x16], #4
	subs	x17, x17, #1
	str	s0, [x15], #64
	b.ne	.LBB9_414
	b	.LBB9_406
.LBB9_415:
	cmp	x5, #16
	b.lt	.LBB9_417
	b	.LBB9_402
.LBB9_416:
	cmp	x8, #15
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_402
.LBB9_417:
	cmp	x0, #1
	b.lt	.LBB9_416
	b.ne	.LBB9_420
	mov	x11, xzr
	b	.LBB9_423
.LBB9_420:
	mov	x10, x2
	mov	x11, x9
.LBB9_421:
	str	wzr, [x28, x11]
	subs	x10, x10, #2
	str	wzr, [x20, x11]
	add	x11, x11, #128
	b.ne	.LBB9_421
	cmp	x0, x2
	mov	x11, x2
	b.eq	.LBB9_416
.LBB9_423:
	add	x10, x28, x11, lsl #6
	sub	x11, x0, x11
.LBB9_424:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #64
	b.ne	.LBB9_424
	b	.LBB9_416
.LBB9_425:
	b.ge	.LBB9_439
	cmp	x0, #1
	str	x12, [sp, #776]
	str	x14, [sp, #936]
	b.lt	.LBB9_402
	ldr	x8, [sp, #928]
	ldr	x9, [sp, #752]
	mov	x19, xzr
	ldr	x24, [sp, #872]
	ldr	x23, [sp, #920]
	mov	x26, x28
	mul	x8, x8, x9
	and	x9, x27, #0x18
	ldr	x25, [sp, #848]
	str	x9, [sp, #768]
	lsl	x9, x27, #2
	str	x5, [sp, #1008]
	str	x9, [sp, #944]
	and	x9, x27, #0x18
	str	x9, [sp, #760]
	ldr	x9, [sp, #712]
	add	x8, x9, x8
	str	x8, [sp, #960]
	b	.LBB9_430
.LBB9_428:
	mov	x8, xzr
.LBB9_429:
	ldr	x9, [sp, #960]
	mov	w10, #64
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x19, lsl #6
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x18, [sp, #640]
	ldr	x0, [sp, #992]
	add	x19, x19, #1
	ldr	x3, [sp, #984]
	ldr	x1, [sp, #744]
	ldr	x2, [sp, #952]
	ldr	x5, [sp, #1008]
	add	x25, x25, x18
	cmp	x19, x0
	add	x23, x23, #64
	add	x26, x26, #64
	add	x24, x24, x18
	b.eq	.LBB9_402
.LBB9_430:
	cmp	x5, #1
	b.lt	.LBB9_428
	ldr	x8, [sp, #936]
	cmp	x8, #8
	b.ge	.LBB9_433
	mov	x9, xzr
	b	.LBB9_436
.LBB9_433:
	ldr	x10, [sp, #768]
	mov	x8, x23
	mov	x9, x25
.LBB9_434:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_434
	ldr	x9, [sp, #760]
	ldr	x8, [sp, #944]
	cmp	x27, x9
	b.eq	.LBB9_429
.LBB9_436:
	lsl	x10, x9, #2
	ldr	x8, [sp, #776]
	add	x8, x8, x9
	add	x9, x26, x10
	add	x10, x24, x10
.LBB9_437:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_437
	ldr	x8, [sp, #944]
	b	.LBB9_429
.LBB9_439:
	cmp	x0, #1
	b.lt	.LBB9_402
	ldr	x8, [sp, #904]
	ldr	x9, [sp, #856]
	mov	x10, x0
.LBB9_441:
	ldp	q0, q1, [x9, #-32]
	subs	x10, x10, #1
	stur	q0, [x8, #-32]
	ldp	q0, q2, [x9]
	add	x9, x9, x18
	stp	q1, q0, [x8, #-16]
	str	q2, [x8, #16]
	add	x8, x8, #64
	b.ne	.LBB9_441
	b	.LBB9_402
.LBB9_442:
	ldr	x13, [sp, #448]
	ldr	x11, [sp, #800]
	mul	x9, x18, x4
	lsl	x12, x0, #7
	ldr	x14, [sp, #1016]
	ldr	x28, [sp, #712]
	mul	x11, x13, x11
	mov	x15, xzr
	and	x2, x0, #0x7ffffffffffffffe
	str	x12, [sp, #752]
	sub	x12, x14, #1
	mul	x10, x18, x13
	lsr	x12, x12, #5
	str	xzr, [sp, #928]
	add	x9, x9, x13, lsl #2
	ldr	x13, [sp, #192]
	str	x2, [sp, #952]
	str	x12, [sp, #736]
	add	x8, x8, x11, lsl #2
	str	x13, [sp, #920]
	ldr	x13, [sp, #168]
	str	x8, [sp, #872]
	ldr	x8, [sp, #176]
	add	x10, x10, x4, lsl #2
	str	x13, [sp, #904]
	add	x4, x8, x9
	ldr	x8, [sp, #248]
	add	x11, x8, x9
	ldp	x8, x20, [sp, #96]
	add	x8, x8, x10
	str	x8, [sp, #856]
	ldr	x8, [sp, #184]
	add	x8, x8, x10
	str	x8, [sp, #848]
	b	.LBB9_444
.LBB9_443:
	ldr	x8, [sp, #928]
	ldr	x9, [sp, #736]
	ldr	x4, [sp, #816]
	ldr	x11, [sp, #792]
	ldr	x10, [sp, #752]
	ldr	x15, [sp, #840]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #344]
	ldr	x14, [sp, #784]
	add	x28, x28, x10
	add	x15, x15, #32
	add	x4, x4, x9
	add	x11, x11, x9
	ldr	x9, [sp, #856]
	add	x20, x20, x10
	str	x8, [sp, #928]
	add	x9, x9, #128
	str	x9, [sp, #856]
	ldr	x9, [sp, #904]
	add	x9, x9, x10
	str	x9, [sp, #904]
	ldr	x9, [sp, #848]
	add	x9, x9, #128
	str	x9, [sp, #848]
	ldr	x9, [sp, #920]
	add	x9, x9, x10
	str	x9, [sp, #920]
	ldr	x9, [sp, #872]
	add	x9, x9, #128
	str	x9, [sp, #872]
	b.eq	.LBB9_17
.LBB9_444:
	cmp	x14, #1
	mov	w10, #32
	str	x15, [sp, #840]
	csinc	x8, x14, xzr, gt
	str	x4, [sp, #816]
	cmp	x8, #32
	str	x11, [sp, #792]
	csel	x26, x8, x10, lt
	subs	x8, x14, #32
	str	x8, [sp, #784]
	ldr	x8, [sp, #1016]
	csel	x9, x14, x10, lt
	neg	x12, x26
	sub	x5, x8, x15
	cmp	x5, #32
	csel	x8, x5, x10, lt
	ldr	w10, [sp, #508]
	cbz	w10, .LBB9_466
	lsl	x9, x9, #2
	cmp	x5, #0
	b.le	.LBB9_458
	mov	x10, xzr
	mov	x12, x28
	mov	x13, x20
	mov	x14, x4
	b	.LBB9_448
.LBB9_447:
	add	x10, x10, #1
	add	x14, x14, x18
	add	x13, x13, #4
	cmp	x10, x26
	add	x12, x12, #4
	add	x11, x11, x18
	b.eq	.LBB9_456
.LBB9_448:
	cmp	x0, #1
	b.lt	.LBB9_447
	b.ne	.LBB9_451
	mov	x17, xzr
	b	.LBB9_454
.LBB9_451:
	mov	x15, x2
	mov	x16, x13
	mov	x17, x14
.LBB9_452:
	ldp	s0, s1, [x17, #-4]
	subs	x15, x15, #2
	add	x17, x17, #8
	stur	s0, [x16, #-128]
	str	s1, [x16]
	add	x16, x16, #256
	b.ne	.LBB9_452
	cmp	x0, x2
	mov	x17, x2
	b.eq	.LBB9_447
.LBB9_454:
	add	x15, x12, x17, lsl #7
	add	x16, x11, x17, lsl #2
	sub	x17, x0, x17
.LBB9_455:
	ldr	s0, [x16], #4
	subs	x17, x17, #1
	str	s0, [x15], #128
	b.ne	.LBB9_455
	b	.LBB9_447
.LBB9_456:
	cmp	x5, #32
	b.lt	.LBB9_458
	b	.LBB9_443
.LBB9_457:
	cmp	x8, #31
	add	x8, x8, #1
	add	x9, x9, #4
	b.ge	.LBB9_443
.LBB9_458:
	cmp	x0, #1
	b.lt	.LBB9_457
	b.ne	.LBB9_461
	mov	x11, xzr
	b	.LBB9_464
.LBB9_461:
	mov	x10, x2
	mov	x11, x9
.LBB9_462:
	str	wzr, [x28, x11]
	subs	x10, x10, #2
	str	wzr, [x20, x11]
	add	x11, x11, #256
	b.ne	.LBB9_462
	cmp	x0, x2
	mov	x11, x2
	b.eq	.LBB9_457
.LBB9_464:
	add	x10, x28, x11, lsl #7
	sub	x11, x0, x11
.LBB9_465:
	subs	x11, x11, #1
	str	wzr, [x10, x9]
	add	x10, x10, #128
	b.ne	.LBB9_465
	b	.LBB9_457
.LBB9_466:
	b.ge	.LBB9_480
	cmp	x0, #1
	str	x12, [sp, #776]
	str	x14, [sp, #936]
	b.lt	.LBB9_443
	ldr	x8, [sp, #928]
	ldr	x9, [sp, #752]
	mov	x19, xzr
	ldr	x24, [sp, #872]
	ldr	x23, [sp, #920]
	mov	x27, x28
	mul	x8, x8, x9
	and	x9, x26, #0x38
	ldr	x25, [sp, #848]
	str	x9, [sp, #768]
	lsl	x9, x26, #2
	str	x5, [sp, #1008]
	str	x9, [sp, #944]
	and	x9, x26, #0x38
	str	x9, [sp, #760]
	ldr	x9, [sp, #712]
	add	x8, x9, x8
	str	x8, [sp, #960]
	b	.LBB9_471
.LBB9_469:
	mov	x8, xzr
.LBB9_470:
	ldr	x9, [sp, #960]
	mov	w10, #128
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x19, lsl #7
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x18, [sp, #640]
	ldr	x0, [sp, #992]
	add	x19, x19, #1
	ldr	x3, [sp, #984]
	ldr	x1, [sp, #744]
	ldr	x2, [sp, #952]
	ldr	x5, [sp, #1008]
	add	x25, x25, x18
	cmp	x19, x0
	add	x23, x23, #128
	add	x27, x27, #128
	add	x24, x24, x18
	b.eq	.LBB9_443
.LBB9_471:
	cmp	x5, #1
	b.lt	.LBB9_469
	ldr	x8, [sp, #936]
	cmp	x8, #8
	b.ge	.LBB9_474
	mov	x9, xzr
	b	.LBB9_477
.LBB9_474:
	ldr	x10, [sp, #768]
	mov	x8, x23
	mov	x9, x25
.LBB9_475:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_475
	ldr	x9, [sp, #760]
	ldr	x8, [sp, #944]
	cmp	x26, x9
	b.eq	.LBB9_470
.LBB9_477:
	lsl	x10, x9, #2
	ldr	x8, [sp, #776]
	add	x8, x8, x9
	add	x9, x27, x10
	add	x10, x24, x10
.LBB9_478:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_478
	ldr	x8, [sp, #944]
	b	.LBB9_470
.LBB9_480:
	cmp	x0, #1
	b.lt	.LBB9_443
	ldr	x8, [sp, #904]
	ldr	x9, [sp, #856]
	mov	x10, x0
.LBB9_482:
	ldp	q0, q1, [x9, #-64]
	subs	x10, x10, #1
	stur	q0, [x8, #-64]
	ldp	q0, q2, [x9, #-32]
	stur	q1, [x8, #-48]
	ldr	q1, [x9]
	stp	q0, q2, [x8, #-32]
	ldp	q0, q2, [x9, #16]
	stp	q1, q0, [x8]
	ldr	q0, [x9, #48]
	add	x9, x9, x18
	stp	q2, q0, [x8, #32]
	add	x8, x8, #128
	b.ne	.LBB9_482
	b	.LBB9_443
.LBB9_483:
	ldr	x9, [sp, #800]
	ldr	x13, [sp, #448]
	mul	x10, x0, x17
	cmp	x0, #7
	lsl	x23, x17, #2
	ldr	x20, [sp, #712]
	mul	x9, x13, x9
	ccmp	w17, #1, #0, hi
	mov	x14, xzr
	and	x5, x0, #0x7ffffffffffffff8
	str	xzr, [sp, #936]
	mul	x11, x18, x4
	str	x17, [sp, #816]
	str	x2, [sp, #792]
	mul	x12, x18, x13
	str	x5, [sp, #776]
	add	x8, x8, x9, lsl #2
	str	x8, [sp, #952]
	lsl	x8, x10, #2
	and	x10, x2, #0x7ffffff8
	str	x10, [sp, #960]
	ldr	x10, [sp, #248]
	str	x8, [sp, #752]
	mul	x8, x18, x17
	add	x9, x12, x4, lsl #2
	cset	w4, eq
	str	w4, [sp, #784]
	str	x8, [sp, #736]
	add	x8, x11, x13, lsl #2
	ldp	x11, x28, [sp, #184]
	add	x7, x10, x8
	add	x6, x11, x8
	add	x8, x11, x9
	ldr	x9, [sp, #1016]
	str	x8, [sp, #944]
	b	.LBB9_485
.LBB9_484:
	ldr	x8, [sp, #936]
	ldr	x14, [sp, #928]
	ldr	x9, [sp, #736]
	ldr	x6, [sp, #920]
	ldr	x7, [sp, #904]
	add	x8, x8, #1
	add	x14, x14, x17
	str	x8, [sp, #936]
	ldr	x8, [sp, #752]
	add	x6, x6, x9
	add	x7, x7, x9
	ldr	x9, [sp, #872]
	add	x28, x28, x8
	add	x20, x20, x8
	ldr	x8, [sp, #1016]
	cmp	x14, x8
	ldr	x8, [sp, #944]
	add	x8, x8, x23
	str	x8, [sp, #944]
	ldr	x8, [sp, #952]
	add	x8, x8, x23
	str	x8, [sp, #952]
	b.ge	.LBB9_17
.LBB9_485:
	ldr	x8, [sp, #1016]
	subs	x10, x9, x17
	str	x14, [sp, #928]
	csel	x30, x9, x17, lt
	ldr	w9, [sp, #508]
	str	x6, [sp, #920]
	sub	x8, x8, x14
	neg	x11, x30
	str	x7, [sp, #904]
	cmp	x8, x17
	str	x10, [sp, #872]
	csel	x26, x8, x17, lt
	cbz	w9, .LBB9_508
	cmp	x26, #1
	b.lt	.LBB9_497
	mov	x9, xzr
	mov	x10, x7
	mov	x11, x20
	mov	x12, x28
	mov	x13, x6
	b	.LBB9_489
.LBB9_488:
	add	x9, x9, #1
	add	x13, x13, x18
	add	x12, x12, #4
	cmp	x9, x30
	add	x11, x11, #4
	add	x10, x10, x18
	b.eq	.LBB9_497
.LBB9_489:
	cmp	x0, #1
	b.lt	.LBB9_488
	cbz	w4, .LBB9_494
	mov	x14, x12
	mov	x15, x13
	mov	x16, x5
.LBB9_492:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #8
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB9_492
	cmp	x0, x5
	mov	x16, x5
	b.eq	.LBB9_488
	b	.LBB9_495
.LBB9_494:
	mov	x16, xzr
.LBB9_495:
	madd	x14, x23, x16, x11
	add	x15, x10, x16, lsl #2
	sub	x16, x0, x16
.LBB9_496:
	ldr	s0, [x15], #4
	subs	x16, x16, #1
	str	s0, [x14]
	add	x14, x14, x23
	b.ne	.LBB9_496
	b	.LBB9_488
.LBB9_497:
	cmp	x8, x17
	b.ge	.LBB9_484
	lsl	x8, x30, #2
	b	.LBB9_500
.LBB9_499:
	add	x26, x26, #1
	add	x8, x8, #4
	cmp	x26, x17
	b.ge	.LBB9_484
.LBB9_500:
	cmp	x0, #1
	b.lt	.LBB9_499
	cbz	w4, .LBB9_505
	mov	x9, x8
	mov	x10, x5
.LBB9_503:
	str	q16, [x20, x9]
	subs	x10, x10, #8
	str	q16, [x28, x9]
	add	x9, x9, #32
	b.ne	.LBB9_503
	cmp	x0, x5
	mov	x10, x5
	b.eq	.LBB9_499
	b	.LBB9_506
.LBB9_505:
	mov	x10, xzr
.LBB9_506:
	madd	x9, x23, x10, x20
	sub	x10, x0, x10
.LBB9_507:
	subs	x10, x10, #1
	str	wzr, [x9, x8]
	add	x9, x9, x23
	b.ne	.LBB9_507
	b	.LBB9_499
.LBB9_508:
	b.ge	.LBB9_524
	cmp	x0, #1
	str	x11, [sp, #840]
	b.lt	.LBB9_484
	ldr	x8, [sp, #936]
	ldr	x9, [sp, #752]
	mov	x24, xzr
	ldr	x19, [sp, #952]
	ldr	x27, [sp, #944]
	mov	x25, x20
	mul	x8, x9, x8
	and	x9, x30, #0xfffffffffffffff8
	mov	x11, x28
	str	x9, [sp, #768]
	and	x9, x30, #0xfffffffffffffff8
	str	x9, [sp, #760]
	ldr	x9, [sp, #712]
	str	x30, [sp, #856]
	add	x8, x9, x8
	str	x8, [sp, #848]
	b	.LBB9_512
.LBB9_511:
	add	x24, x24, #1
	add	x27, x27, x18
	add	x11, x11, x23
	cmp	x24, x0
	add	x25, x25, x23
	add	x19, x19, x18
	b.eq	.LBB9_484
.LBB9_512:
	cmp	x26, #1
	b.lt	.LBB9_515
	cmp	x30, #8
	b.hs	.LBB9_516
	mov	x9, xzr
	b	.LBB9_519
.LBB9_515:
	mov	x8, xzr
	b	.LBB9_522
.LBB9_516:
	ldr	x10, [sp, #768]
	mov	x8, x11
	mov	x9, x27
.LBB9_517:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #8
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB9_517
	ldr	x9, [sp, #760]
	mov	x8, x30
	cmp	x30, x9
	b.eq	.LBB9_522
.LBB9_519:
	lsl	x10, x9, #2
	ldr	x8, [sp, #840]
	add	x8, x8, x9
	add	x9, x25, x10
	add	x10, x19, x10
.LBB9_520:
	ldr	s0, [x10], #4
	adds	x8, x8, #1
	str	s0, [x9], #4
	b.lo	.LBB9_520
	mov	x8, x30
.LBB9_522:
	cmp	x8, x17
	b.ge	.LBB9_511
	ldr	x9, [sp, #848]
	lsl	x8, x8, #2
	mov	w1, wzr
	madd	x9, x24, x23, x9
	str	x11, [sp, #1008]
	sub	x2, x23, x8
	add	x0, x9, x8
	bl	memset
	movi	v16.2d, #0000000000000000
	ldr	x11, [sp, #1008]
	ldr	x30, [sp, #856]
	ldr	x5, [sp, #776]
	ldr	w4, [sp, #784]
	ldr	x2, [sp, #792]
	ldr	x17, [sp, #816]
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #744]
	ldr	x18, [sp, #640]
	ldr	x3, [sp, #984]
	b	.LBB9_511
.LBB9_524:
	cmp	x0, #1
	b.lt	.LBB9_484
	ldr	x9, [sp, #952]
	ldr	x12, [sp, #944]
	mov	x8, xzr
	mov	x10, x20
	mov	x11, x28
	b	.LBB9_527
.LBB9_526:
	add	x8, x8, #1
	add	x12, x12, x18
	add	x11, x11, x23
	cmp	x8, x0
	add	x10, x10, x23
	add	x9, x9, x18
	b.eq	.LBB9_484
.LBB9_527:
	cmp	w2, #1
	b.lt	.LBB9_526
	cmp	w2, #8
	b.hs	.LBB9_530
	mov	x13, xzr
	b	.LBB9_533
.LBB9_530:
	ldr	x15, [sp, #960]
	mov	x13, x11
	mov	x14, x12
.LBB9_531:
	ldp	q0, q1, [x14, #-16]
	subs	x15, x15, #8
	add	x14, x14, #32
	stp	q0, q1, [x13, #-16]
	add	x13, x13, #32
	b.ne	.LBB9_531
	ldr	x13, [sp, #960]
	cmp	x13, x2
	b.eq	.LBB9_526
.LBB9_533:
	lsl	x15, x13, #2
	sub	x13, x2, x13
	add	x14, x10, x15
	add	x15, x9, x15
.LBB9_534:
	ldr	s0, [x15], #4
	subs	x13, x13, #1
	str	s0, [x14], #4
	b.ne	.LBB9_534
	b	.LBB9_526
.LBB9_535:
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
	mov	w19, w1
	mov	w0, wzr
	cmp	x5, x8
	mov	x22, x7
	str	x6, [sp, #368]
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
	str	x11, [sp, #984]
	sdiv	x10, x10, x28
	mul	x9, x9, x11
	mul	x8, x21, x9
	mov	x1, x8
	mul	x20, x10, x28
	bl	axon_scratch
	mul	x1, x21, x20
	str	x0, [sp, #832]
	mov	w0, #1
	bl	axon_scratch
	ldr	x8, [x24, #40]
	str	x0, [sp, #712]
	str	x22, [sp, #512]
	str	w27, [sp, #508]
	str	x28, [sp, #976]
	cbz	x8, .LBB11_3
	cmp	x26, x28, lsl #2
	cset	w8, le
	cmp	w19, #0
	str	w8, [sp, #556]
	cset	w8, eq
	str	w8, [sp, #660]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #808]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #824]
	cbz	w27, .LBB11_4
	ldr	x3, [sp, #984]
	str	wzr, [sp, #284]
	cmp	x26, #1
	b.ge	.LBB11_5
	b	.LBB11_535
.LBB11_3:
	cmp	w19, #0
	ldr	x3, [sp, #984]
	str	wzr, [sp, #556]
	cset	w8, eq
	str	wzr, [sp, #284]
	str	w8, [sp, #660]
	csinc	x8, x22, xzr, eq
	str	x8, [sp, #808]
	csinc	x8, x22, xzr, ne
	str	x8, [sp, #824]
	cmp	x26, #1
	b.ge	.LBB11_5
	b	.LBB11_535
.LBB11_4:
	ldr	x3, [sp, #984]
	cmp	x25, x3, lsl #1
	cset	w8, le
	str	w8, [sp, #284]
	cmp	x26, #1
	b.lt	.LBB11_535
.LBB11_5:
	ldr	w8, [x29, #128]
	ldr	x12, [sp, #712]
	movi	v20.2d, #0000000000000000
	ldr	x11, [sp, #832]
	ldp	x15, x14, [x29, #96]
	str	w8, [sp, #1004]
	add	x10, x12, #8
	add	x2, x12, #256
	ldp	x8, x9, [x29, #112]
	mov	x13, xzr
	lsl	x0, x14, #3
	lsl	x1, x14, #8
	str	x14, [sp, #800]
	ldr	x16, [x29, #144]
	str	x15, [sp, #256]
	str	x9, [sp, #968]
	lsl	x18, x9, #3
	add	x9, x12, #16
	str	x9, [sp, #200]
	add	x9, x12, #24
	stp	x10, x9, [sp, #120]
	add	x10, x12, #32
	add	x9, x12, #40
	stp	x10, x9, [sp, #136]
	add	x10, x12, #48
	add	x9, x12, #56
	stp	x10, x9, [sp, #152]
	add	x9, x11, #16
	add	x10, x11, #8
	str	x9, [sp, #520]
	add	x9, x11, #24
	stp	x10, x9, [sp, #488]
	add	x9, x11, #32
	add	x10, x11, #48
	str	x9, [sp, #456]
	add	x9, x11, #40
	str	x9, [sp, #480]
	add	x9, x11, #56
	add	x11, x11, #64
	stp	x9, x10, [sp, #416]
	ldr	x10, [sp, #512]
	add	x9, x15, #8
	str	x9, [sp, #192]
	add	x9, x10, x10, lsl #1
	str	x0, [sp, #640]
	add	x0, x15, #128
	stp	x0, x2, [sp, #104]
	lsl	x0, x9, #5
	lsl	x9, x9, #4
	str	x8, [sp, #536]
	ldr	x8, [sp, #976]
	str	x11, [sp, #288]
	str	x9, [sp, #584]
	add	x9, x12, #128
	str	x9, [sp, #176]
	add	x9, x15, #16
	lsl	x17, x8, #3
	str	x9, [sp, #184]
	lsl	x9, x14, #7
	ldr	w8, [x29, #136]
	str	x0, [sp, #592]
	stp	x9, x1, [sp, #344]
	add	x9, x15, #64
	lsl	x1, x10, #3
	str	x9, [sp, #96]
	add	x9, x12, #64
	str	x9, [sp, #168]
	lsl	x9, x14, #6
	str	w8, [sp, #268]
	ldr	x8, [x24, #24]
	str	x9, [sp, #336]
	add	x9, x15, #32
	str	x9, [sp, #88]
	ldr	x9, [sp, #368]
	str	x16, [sp, #544]
	add	x14, x9, #48
	add	x12, x9, #8
	add	x11, x9, #24
	stp	x12, x14, [sp, #232]
	add	x14, x9, #32
	add	x9, x9, #16
	str	x9, [sp, #208]
	lsl	x9, x10, #5
	lsl	x12, x10, #6
	stp	x11, x14, [sp, #216]
	str	x9, [sp, #568]
	lsl	x9, x3, #3
	str	x12, [sp, #576]
	str	x9, [sp, #880]
	add	x9, x16, #16
	stp	x9, x26, [sp, #72]
	str	x1, [sp, #744]
	str	x23, [sp, #272]
	str	x24, [sp, #912]
	str	x25, [sp, #560]
	str	x17, [sp, #896]
	str	x18, [sp, #888]
	b	.LBB11_8
.LBB11_6:
	ldr	x8, [x24, #24]
	ldr	x26, [sp, #80]
	ldr	x13, [sp, #672]
.LBB11_7:
	add	x13, x8, x13
	cmp	x13, x26
	b.ge	.LBB11_535
.LBB11_8:
	sub	x9, x26, x13
	cmp	x8, x9
	csel	x9, x8, x9, lt
	cmp	x23, #1
	str	x9, [sp, #728]
	b.lt	.LBB11_7
	lsl	x9, x13, #3
	ldr	x10, [sp, #256]
	ldr	x8, [x24, #8]
	mov	x11, xzr
	str	x13, [sp, #672]
	add	x10, x10, x9
	str	x10, [sp, #248]
	ldr	x10, [sp, #536]
	add	x10, x10, x9
	str	x10, [sp, #664]
	ldr	x10, [sp, #544]
	add	x10, x10, x9
	str	x10, [sp, #696]
	ldr	x10, [sp, #72]
	add	x9, x10, x9
	str	x9, [sp, #528]
	b	.LBB11_11
.LBB11_10:
	ldr	x8, [x24, #8]
	ldr	x11, [sp, #448]
	ldr	x23, [sp, #272]
	add	x11, x8, x11
	cmp	x11, x23
	b.ge	.LBB11_6
.LBB11_11:
	ldr	w9, [sp, #268]
	mov	x12, xzr
	str	x11, [sp, #448]
	cmp	w9, #0
	sub	x9, x23, x11
	cset	w10, ne
	cmp	x8, x9
	csel	x0, x8, x9, lt
	ldr	x8, [sp, #544]
	cmp	x11, #0
	csinc	w22, w10, wzr, le
	csel	x21, x8, xzr, eq
	ldr	w8, [sp, #284]
	cbz	w8, .LBB11_13
	ldr	x9, [sp, #976]
	ldr	x8, [sp, #728]
	sdiv	x8, x8, x9
	mul	x12, x8, x9
.LBB11_13:
	ldr	x8, [sp, #728]
	ldr	x18, [sp, #640]
	str	x12, [sp, #864]
	str	x0, [sp, #992]
	subs	x8, x8, x12
	str	x8, [sp, #1016]
	b.le	.LBB11_17
	ldr	x8, [sp, #912]
	ldr	x9, [sp, #672]
	ldr	x10, [sp, #864]
	ldrsw	x17, [x8, #4]
	add	x4, x10, x9
	ldr	w9, [sp, #508]
	cbz	w9, .LBB11_342
	ldr	x8, [x8, #48]
	cbz	x8, .LBB11_342
	ldr	x1, [sp, #256]
	ldr	x2, [sp, #800]
	mov	w0, w17
	ldr	x3, [sp, #448]
	ldr	x5, [sp, #992]
	ldr	x6, [sp, #1016]
	ldr	x7, [sp, #712]
	blr	x8
	movi	v20.2d, #0000000000000000
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
.LBB11_17:
	ldr	x25, [sp, #560]
	ldr	x24, [sp, #912]
	cmp	x25, #1
	b.lt	.LBB11_10
	ldr	x8, [sp, #512]
	ldr	x15, [sp, #448]
	add	x12, x0, x0, lsl #1
	ldr	x14, [sp, #368]
	ldr	x9, [sp, #800]
	sub	x17, x0, #1
	mul	x8, x15, x8
	mov	w11, #48
	ldr	x10, [sp, #824]
	lsl	x13, x0, #3
	mov	x16, xzr
	mul	x9, x15, x9
	str	x13, [sp, #328]
	umulh	x11, x17, x11
	add	x8, x14, x8, lsl #3
	mul	x10, x15, x10
	str	x8, [sp, #472]
	lsl	x8, x12, #5
	lsl	x12, x12, #4
	mul	x13, x1, x15
	str	x8, [sp, #632]
	lsl	x8, x0, #6
	cmp	xzr, x11
	str	x12, [sp, #616]
	str	x8, [sp, #624]
	lsl	x8, x0, #5
	str	x8, [sp, #608]
	ldr	x8, [sp, #248]
	add	x8, x8, x9, lsl #3
	and	x9, x0, #0x7ffffffffffffffe
	str	x9, [sp, #720]
	lsl	x9, x17, #6
	str	x8, [sp, #704]
	add	x8, x14, x10, lsl #3
	sub	x10, x12, #48
	str	x9, [sp, #408]
	cset	w9, ne
	str	w9, [sp, #404]
	lsl	x9, x17, #5
	str	x8, [sp, #816]
	ldr	x8, [x24, #16]
	stp	x9, x10, [sp, #384]
	and	x10, x0, #0xffffffffffffffe
	lsl	x9, x15, #3
	str	x10, [sp, #376]
	and	x10, x0, #0x7ffffffffffffffc
	str	x10, [sp, #648]
	ldr	x10, [sp, #240]
	add	x10, x10, x13
	str	x10, [sp, #320]
	ldr	x10, [sp, #232]
	add	x10, x10, x9
	stp	x17, x10, [sp, #432]
	add	x10, x14, x9
	str	x10, [sp, #464]
	ldr	x10, [sp, #224]
	add	x10, x10, x13
	str	x10, [sp, #312]
	ldr	x10, [sp, #216]
	add	x10, x10, x13
	str	x10, [sp, #304]
	ldr	x10, [sp, #208]
	add	x11, x10, x13
	add	x9, x10, x9
	str	x11, [sp, #360]
	str	x9, [sp, #296]
	b	.LBB11_20
.LBB11_19:
	ldr	x24, [sp, #912]
	ldr	x25, [sp, #560]
	ldr	x1, [sp, #744]
	ldr	x8, [x24, #16]
	add	x16, x8, x16
	cmp	x16, x25
	b.ge	.LBB11_10
.LBB11_20:
	sub	x9, x25, x16
	str	x16, [sp, #928]
	cmp	x8, x9
	csel	x9, x8, x9, lt
	ldr	w8, [sp, #556]
	cbz	w8, .LBB11_22
	sdiv	x8, x9, x3
	mul	x8, x8, x3
	b	.LBB11_23
.LBB11_22:
	mov	x8, xzr
.LBB11_23:
	str	x8, [sp, #904]
	subs	x8, x9, x8
	str	x9, [sp, #920]
	str	x8, [sp, #1016]
	b.le	.LBB11_27
	ldr	x8, [sp, #912]
	ldr	x10, [sp, #928]
	ldr	x11, [sp, #904]
	ldr	w9, [sp, #660]
	ldrsw	x18, [x8]
	add	x4, x11, x10
	cbz	w9, .LBB11_70
	ldr	x8, [x8, #48]
	cbz	x8, .LBB11_70
	ldr	x1, [sp, #368]
	ldr	x2, [sp, #512]
	mov	w0, w18
	ldr	x3, [sp, #448]
	ldr	x5, [sp, #992]
	ldr	x6, [sp, #1016]
	ldr	x7, [sp, #832]
	blr	x8
	ldr	x0, [sp, #992]
	ldr	x3, [sp, #984]
	movi	v20.2d, #0000000000000000
.LBB11_27:
	ldr	x8, [sp, #728]
	ldr	x10, [sp, #976]
	ldr	x17, [sp, #896]
	ldr	x16, [sp, #928]
	ldr	x14, [sp, #920]
	cmp	x8, #1
	b.lt	.LBB11_19
	lsl	x8, x16, #3
	ldr	x9, [sp, #536]
	ldr	x15, [sp, #528]
	ldr	x25, [sp, #696]
	mov	x11, xzr
	str	xzr, [sp, #752]
	add	x9, x9, x8
	str	x9, [sp, #688]
	ldr	x9, [sp, #544]
	add	x8, x9, x8
	str	x8, [sp, #680]
	ldr	x8, [sp, #728]
	b	.LBB11_30
.LBB11_29:
	ldr	x8, [sp, #752]
	ldr	x10, [sp, #976]
	add	x25, x25, x17
	ldr	x11, [sp, #872]
	add	x15, x15, x17
	add	x8, x8, #1
	str	x8, [sp, #752]
	ldr	x8, [sp, #728]
	add	x11, x11, x10
	cmp	x11, x8
	ldr	x8, [sp, #736]
	b.ge	.LBB11_19
.LBB11_30:
	subs	x9, x8, x10
	str	x11, [sp, #872]
	csel	x26, x8, x10, lt
	ldr	x8, [sp, #864]
	str	x9, [sp, #736]
	subs	x8, x11, x8
	mul	x9, x8, x0
	lsl	x8, x11, #3
	ldr	x11, [sp, #712]
	add	x11, x11, x9, lsl #3
	ldr	x9, [sp, #704]
	add	x12, x9, x8
	ldr	x9, [sp, #800]
	str	x11, [sp, #792]
	str	x12, [sp, #784]
	csel	x9, x9, x10, lt
	str	x9, [sp, #856]
	csel	x9, x12, x11, lt
	cmp	x14, #1
	str	x9, [sp, #848]
	b.lt	.LBB11_29
	ldr	x10, [sp, #752]
	ldr	x9, [sp, #696]
	mov	x1, xzr
	ldr	x11, [sp, #872]
	ldr	x27, [sp, #680]
	and	x13, x26, #0xfffffffffffffffc
	madd	x12, x17, x10, x9
	ldr	x9, [sp, #672]
	ldr	x10, [sp, #968]
	mov	x4, x14
	str	x13, [sp, #840]
	add	x9, x11, x9
	str	x15, [sp, #960]
	mul	x9, x9, x10
	lsl	x10, x26, #3
	str	x10, [sp, #768]
	add	x10, x12, x10
	str	x10, [sp, #760]
	ldr	x10, [sp, #728]
	str	x12, [sp, #776]
	sub	x11, x10, x11
	ldr	x10, [sp, #664]
	str	x11, [sp, #952]
	add	x8, x10, x8
	ldr	x10, [sp, #688]
	str	x8, [sp, #944]
	ldr	x8, [sp, #976]
	add	x9, x10, x9, lsl #3
	cmp	x8, x11
	csel	x19, x8, x11, lt
	str	x9, [sp, #936]
	b	.LBB11_33
.LBB11_32:
	ldr	x8, [sp, #880]
	add	x1, x1, x3
	cmp	x1, x14
	add	x27, x27, x8
	b.ge	.LBB11_29
.LBB11_33:
	ldr	x13, [sp, #968]
	add	x9, x1, x16
	subs	x11, x4, x3
	ldr	x12, [sp, #944]
	str	x11, [sp, #1008]
	ldr	x11, [sp, #936]
	mul	x8, x9, x13
	sub	x10, x14, x1
	csel	x23, x4, x3, lt
	cmp	x3, x10
	add	x11, x11, x1, lsl #3
	str	x1, [sp, #1016]
	csel	x24, x3, x10, lt
	add	x8, x12, x8, lsl #3
	ldr	w12, [sp, #1004]
	cmp	w12, #0
	cset	w12, eq
	csel	x20, x8, x11, eq
	cmp	x10, x3
	ldr	x11, [sp, #976]
	ldr	x10, [sp, #952]
	ccmp	x10, x11, #8, ge
	cset	w10, ge
	ands	w28, w12, w10
	add	x10, sp, #1024
	csel	x6, x8, x10, ne
	ldr	x8, [sp, #904]
	csel	x7, x13, x11, ne
	subs	x10, x1, x8
	and	w8, w28, w22
	b.ge	.LBB11_35
	ldr	x2, [sp, #808]
	ldr	x10, [sp, #816]
	ldr	x3, [sp, #824]
	ldr	x4, [sp, #848]
	ldr	x5, [sp, #856]
	mul	x9, x9, x2
	add	x1, x10, x9, lsl #3
	ldr	x9, [sp, #912]
	b	.LBB11_37
.LBB11_35:
	mul	x9, x10, x0
	ldr	x10, [sp, #832]
	add	x1, x10, x9, lsl #3
	ldr	x9, [sp, #864]
	ldr	x10, [sp, #872]
	cmp	x10, x9
	b.ge	.LBB11_38
	ldr	x9, [sp, #912]
	ldr	x4, [sp, #784]
	mov	w2, #1
	ldr	x5, [sp, #800]
.LBB11_37:
	ldr	x9, [x9, #40]
	str	w8, [sp]
	blr	x9
	b	.LBB11_39
.LBB11_38:
	ldr	x9, [sp, #912]
	ldr	x2, [sp, #792]
	mov	x3, x6
	mov	x4, x7
	mov	w5, w8
	ldr	x9, [x9, #32]
	blr	x9
.LBB11_39:
	movi	v20.2d, #0000000000000000
	ldr	x3, [sp, #984]
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #1016]
	tbz	w28, #0, .LBB11_51
	ldr	x17, [sp, #896]
	ldr	x18, [sp, #888]
	ldr	x16, [sp, #928]
	ldr	x14, [sp, #920]
	ldr	x15, [sp, #960]
	ldr	x2, [sp, #840]
	ldr	x4, [sp, #1008]
	cbz	x21, .LBB11_32
	cmp	x24, #1
	b.lt	.LBB11_32
	sub	x9, x23, #1
	ldr	x10, [sp, #768]
	mov	x8, xzr
	mul	x9, x18, x9
	add	x10, x20, x10
	add	x9, x10, x9
	ldr	x10, [sp, #760]
	cmp	x20, x10
	ldr	x10, [sp, #776]
	ccmp	x10, x9, #2, lo
	add	x10, x20, #16
	ccmp	x18, #0, #8, hs
	cset	w9, lt
	b	.LBB11_44
.LBB11_43:
	add	x8, x8, #1
	add	x10, x10, x18
	add	x20, x20, x18
	cmp	x8, x23
	b.eq	.LBB11_32
.LBB11_44:
	cmp	x19, #1
	b.lt	.LBB11_43
	cmp	x26, #4
	cset	w11, lo
	orr	w11, w11, w9
	tbz	w11, #0, .LBB11_47
	mov	x11, xzr
	b	.LBB11_50
.LBB11_47:
	mov	x11, x15
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
	ldr	d0, [x25, x11, lsl #3]
	ldr	d1, [x20, x11, lsl #3]
	fadd	d0, d0, d1
	str	d0, [x20, x11, lsl #3]
	add	x11, x11, #1
	cmp	x26, x11
	b.ne	.LBB11_50
	b	.LBB11_43
.LBB11_51:
	ldr	w8, [sp, #1004]
	ldr	x15, [sp, #960]
	cbz	w8, .LBB11_61
	ldr	x17, [sp, #896]
	ldr	x18, [sp, #888]
	cmp	x19, #1
	ldr	x16, [sp, #928]
	ldr	x14, [sp, #920]
	ldr	x4, [sp, #1008]
	b.lt	.LBB11_32
	mov	x8, xzr
	add	x9, sp, #1024
	b	.LBB11_55
.LBB11_54:
	add	x8, x8, #1
	add	x20, x20, x18
	add	x9, x9, #8
	cmp	x8, x26
	b.eq	.LBB11_32
.LBB11_55:
	cmp	x24, #1
	mov	x10, x27
	mov	x11, x9
	mov	x12, x20
	mov	x13, x23
	b.ge	.LBB11_57
	b	.LBB11_54
.LBB11_56:
	add	x11, x11, x17
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
	ldr	x17, [sp, #896]
	ldr	x18, [sp, #888]
	cmp	x24, #1
	ldr	x16, [sp, #928]
	ldr	x14, [sp, #920]
	ldr	x4, [sp, #1008]
	b.lt	.LBB11_32
	mov	x8, xzr
	add	x9, sp, #1024
	b	.LBB11_64
.LBB11_63:
	add	x8, x8, #1
	add	x9, x9, x17
	add	x20, x20, x18
	cmp	x8, x23
	b.eq	.LBB11_32
.LBB11_64:
	cmp	x19, #1
	mov	x10, x20
	mov	x11, x25
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
	mov	w2, w18
	cmp	w2, #7
	b.gt	.LBB11_124
	cmp	w2, #4
	b.eq	.LBB11_213
	cmp	w2, #6
	b.ne	.LBB11_161
	ldr	x24, [sp, #1016]
	mov	x9, #-6148914691236517206
	lsl	x10, x4, #3
	movk	x9, #43691
	ldr	x11, [sp, #472]
	ldr	x25, [sp, #832]
	sub	x8, x24, #1
	mov	x20, xzr
	str	xzr, [sp, #952]
	umulh	x8, x8, x9
	add	x11, x11, x10
	str	x11, [sp, #960]
	mul	x9, x1, x4
	lsr	x8, x8, #2
	str	x8, [sp, #856]
	ldr	x8, [sp, #304]
	add	x8, x8, x10
	str	x8, [sp, #1008]
	ldr	x8, [sp, #440]
	add	x2, x8, x9
	ldr	x8, [sp, #464]
	add	x4, x8, x9
	b	.LBB11_75
.LBB11_74:
	ldr	x8, [sp, #616]
	ldr	x9, [sp, #856]
	add	x20, x20, #6
	ldr	x2, [sp, #944]
	ldr	x4, [sp, #936]
	ldr	x24, [sp, #872]
	add	x25, x25, x8
	ldr	x8, [sp, #952]
	cmp	x8, x9
	ldr	x9, [sp, #1008]
	add	x8, x8, #1
	str	x8, [sp, #952]
	add	x9, x9, #48
	str	x9, [sp, #1008]
	ldr	x9, [sp, #960]
	add	x9, x9, #48
	str	x9, [sp, #960]
	ldr	x9, [sp, #584]
	add	x2, x2, x9
	add	x4, x4, x9
	b.eq	.LBB11_27
.LBB11_75:
	subs	x12, x24, #6
	mov	w11, #6
	ldr	x10, [sp, #1016]
	csel	x9, x24, x11, lt
	cmp	x24, #1
	str	x2, [sp, #944]
	csinc	x8, x24, xzr, gt
	sub	x19, x10, x20
	str	x4, [sp, #936]
	cmp	x8, #6
	str	x12, [sp, #872]
	csel	x10, x8, x11, lt
	cmp	x19, #6
	csel	x8, x19, x11, lt
	ldr	w11, [sp, #660]
	cbz	w11, .LBB11_87
	lsl	x9, x9, #3
	cmp	x19, #0
	b.le	.LBB11_101
	ldr	x18, [sp, #720]
	mov	x11, xzr
	mov	x12, x4
	mov	x13, x25
	mov	x14, x2
	b	.LBB11_79
.LBB11_78:
	add	x11, x11, #1
	add	x14, x14, x1
	add	x13, x13, #8
	cmp	x11, x10
	add	x12, x12, x1
	b.eq	.LBB11_99
.LBB11_79:
	cmp	x0, #1
	b.lt	.LBB11_78
	b.ne	.LBB11_82
	mov	x17, xzr
	b	.LBB11_85
.LBB11_82:
	mov	x15, x18
	mov	x16, x13
	mov	x17, x14
.LBB11_83:
	ldp	d0, d1, [x17, #-8]
	subs	x15, x15, #2
	add	x17, x17, #16
	str	d0, [x16]
	str	d1, [x16, #48]
	add	x16, x16, #96
	b.ne	.LBB11_83
	cmp	x0, x18
	mov	x17, x18
	b.eq	.LBB11_78
.LBB11_85:
	add	x15, x17, x17, lsl #1
	add	x16, x12, x17, lsl #3
	sub	x17, x0, x17
	lsl	x15, x15, #4
.LBB11_86:
	ldr	d0, [x16], #8
	subs	x17, x17, #1
	str	d0, [x13, x15]
	add	x15, x15, #48
	b.ne	.LBB11_86
	b	.LBB11_78
.LBB11_87:
	b.ge	.LBB11_109
	cmp	x0, #1
	b.lt	.LBB11_74
	lsl	x26, x10, #3
	ldr	x27, [sp, #1008]
	mov	x23, x0
	mov	x28, x25
	b	.LBB11_92
.LBB11_90:
	mov	x8, xzr
.LBB11_91:
	mov	w9, #48
	add	x0, x28, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
	ldr	x0, [sp, #992]
	subs	x23, x23, #1
	add	x28, x28, #48
	add	x27, x27, x1
	b.eq	.LBB11_74
.LBB11_92:
	cmp	x19, #1
	b.lt	.LBB11_90
	ldur	d0, [x27, #-24]
	cmp	x24, #2
	mov	x8, x26
	str	d0, [x28]
	b.lt	.LBB11_91
	ldur	d0, [x27, #-16]
	mov	x8, x26
	str	d0, [x28, #8]
	b.eq	.LBB11_91
	ldur	d0, [x27, #-8]
	cmp	x24, #3
	mov	x8, x26
	str	d0, [x28, #16]
	b.eq	.LBB11_91
	ldr	d0, [x27]
	cmp	x24, #4
	mov	x8, x26
	str	d0, [x28, #24]
	b.eq	.LBB11_91
	ldr	d0, [x27, #8]
	cmp	x24, #5
	mov	x8, x26
	str	d0, [x28, #32]
	b.eq	.LBB11_91
	ldr	d0, [x27, #16]
	mov	x8, x26
	str	d0, [x28, #40]
	b	.LBB11_91
.LBB11_99:
	cmp	x19, #6
	b.lt	.LBB11_101
	b	.LBB11_74
.LBB11_100:
	cmp	x8, #5
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_74
.LBB11_101:
	cmp	x0, #1
	b.lt	.LBB11_100
	b.ne	.LBB11_104
	mov	x11, xzr
	b	.LBB11_107
.LBB11_104:
	ldr	x13, [sp, #720]
	mov	x11, x9
	mov	x10, x13
.LBB11_105:
	add	x12, x25, x11
	subs	x10, x10, #2
	add	x11, x11, #96
	str	xzr, [x12]
	str	xzr, [x12, #48]
	b.ne	.LBB11_105
	cmp	x0, x13
	mov	x11, x13
	b.eq	.LBB11_100
.LBB11_107:
	mov	w10, #48
	madd	x10, x11, x10, x25
	sub	x11, x0, x11
.LBB11_108:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #48
	b.ne	.LBB11_108
	b	.LBB11_100
.LBB11_109:
	cmp	x0, #1
	b.lt	.LBB11_74
	cmp	x0, #16
	b.hs	.LBB11_114
	mov	x8, xzr
.LBB11_112:
	ldr	x9, [sp, #960]
	add	x10, x8, x8, lsl #1
	madd	x9, x1, x8, x9
	sub	x8, x0, x8
	lsl	x10, x10, #4
.LBB11_113:
	ldp	q0, q1, [x9]
	add	x11, x25, x10
	ldr	q2, [x9, #32]
	subs	x8, x8, #1
	add	x9, x9, x1
	add	x10, x10, #48
	stp	q0, q1, [x11]
	str	q2, [x11, #32]
	b.ne	.LBB11_113
	b	.LBB11_74
.LBB11_114:
	ldr	x9, [sp, #616]
	ldr	x10, [sp, #952]
	mov	x8, xzr
	ldr	x17, [sp, #392]
	ldr	x11, [sp, #520]
	ldr	x13, [sp, #456]
	mul	x9, x9, x10
	ldp	x10, x12, [sp, #488]
	ldr	x15, [sp, #480]
	add	x14, x25, x17
	ldr	w16, [sp, #404]
	cmp	x14, x25
	csinc	w14, w16, wzr, hs
	add	x10, x10, x9
	add	x11, x11, x9
	add	x12, x12, x9
	add	x13, x13, x9
	add	x15, x15, x9
	add	x9, x10, x17
	cmp	x9, x10
	add	x10, x11, x17
	csinc	w9, w16, wzr, hs
	cmp	x10, x11
	add	x11, x12, x17
	csinc	w10, w16, wzr, hs
	cmp	x11, x12
	add	x12, x13, x17
	csinc	w11, w16, wzr, hs
	cmp	x12, x13
	add	x13, x15, x17
	csinc	w12, w16, wzr, hs
	cmp	x13, x15
	csinc	w13, w16, wzr, hs
	tbnz	w14, #0, .LBB11_112
	tbnz	w9, #0, .LBB11_112
	tbnz	w10, #0, .LBB11_112
	tbnz	w11, #0, .LBB11_112
	tbnz	w12, #0, .LBB11_112
	tbnz	w13, #0, .LBB11_112
	ldr	x9, [sp, #512]
	cmp	x9, #1
	b.ne	.LBB11_112
	ldr	x11, [sp, #720]
	ldr	x8, [sp, #1008]
	mov	x9, x25
	mov	x10, x11
.LBB11_122:
	ldp	q1, q3, [x8, #-16]
	subs	x10, x10, #2
	ldur	q0, [x8, #-24]
	ldur	q2, [x8, #-8]
	ldur	q4, [x8, #8]
	ldr	q5, [x8, #16]!
	zip2	v7.2d, v2.2d, v3.2d
	zip2	v16.2d, v0.2d, v1.2d
	zip1	v2.2d, v2.2d, v3.2d
	zip2	v6.2d, v4.2d, v5.2d
	zip1	v4.2d, v4.2d, v5.2d
	zip1	v0.2d, v0.2d, v1.2d
	stp	q4, q16, [x9, #32]
	stp	q7, q6, [x9, #64]
	stp	q0, q2, [x9], #96
	b.ne	.LBB11_122
	cmp	x0, x11
	mov	x8, x11
	b.eq	.LBB11_74
	b	.LBB11_112
.LBB11_124:
	cmp	w2, #8
	b.eq	.LBB11_286
	cmp	w2, #12
	b.ne	.LBB11_161
	ldr	x12, [sp, #1016]
	mov	x9, #-6148914691236517206
	lsl	x10, x4, #3
	movk	x9, #43691
	ldr	x11, [sp, #472]
	ldr	x15, [sp, #424]
	sub	x8, x12, #1
	ldr	x19, [sp, #832]
	mov	x13, xzr
	umulh	x8, x8, x9
	add	x11, x11, x10
	str	xzr, [sp, #1008]
	str	x11, [sp, #960]
	mul	x9, x1, x4
	lsr	x8, x8, #3
	str	x8, [sp, #840]
	ldr	x8, [sp, #320]
	add	x14, x8, x10
	ldr	x8, [sp, #440]
	add	x18, x8, x9
	ldr	x8, [sp, #464]
	add	x2, x8, x9
	mov	x8, x12
	b	.LBB11_128
.LBB11_127:
	ldr	x9, [sp, #632]
	ldr	x15, [sp, #856]
	ldr	x8, [sp, #1008]
	ldr	x10, [sp, #840]
	ldr	x13, [sp, #952]
	ldr	x14, [sp, #944]
	add	x19, x19, x9
	add	x15, x15, x9
	ldr	x9, [sp, #960]
	cmp	x8, x10
	add	x8, x8, #1
	ldr	x18, [sp, #936]
	add	x9, x9, #96
	ldr	x2, [sp, #872]
	str	x8, [sp, #1008]
	str	x9, [sp, #960]
	ldr	x9, [sp, #592]
	add	x13, x13, #12
	ldr	x8, [sp, #848]
	add	x14, x14, #96
	add	x18, x18, x9
	add	x2, x2, x9
	b.eq	.LBB11_27
.LBB11_128:
	subs	x12, x8, #12
	mov	w10, #12
	ldr	x11, [sp, #1016]
	csel	x9, x8, x10, lt
	cmp	x8, #1
	str	x13, [sp, #952]
	csinc	x8, x8, xzr, gt
	sub	x23, x11, x13
	str	x14, [sp, #944]
	cmp	x8, #12
	str	x18, [sp, #936]
	csel	x26, x8, x10, lt
	cmp	x23, #12
	str	x2, [sp, #872]
	csel	x8, x23, x10, lt
	ldr	w10, [sp, #660]
	str	x15, [sp, #856]
	str	x12, [sp, #848]
	cbz	w10, .LBB11_140
	lsl	x9, x9, #3
	cmp	x23, #0
	b.le	.LBB11_151
	ldr	x17, [sp, #720]
	mov	x10, xzr
	mov	x11, x2
	mov	x12, x19
	mov	x13, x18
	b	.LBB11_132
.LBB11_131:
	add	x10, x10, #1
	add	x13, x13, x1
	add	x12, x12, #8
	cmp	x10, x26
	add	x11, x11, x1
	b.eq	.LBB11_149
.LBB11_132:
	cmp	x0, #1
	b.lt	.LBB11_131
	b.ne	.LBB11_135
	mov	x16, xzr
	b	.LBB11_138
.LBB11_135:
	mov	x14, x17
	mov	x15, x12
	mov	x16, x13
.LBB11_136:
	ldp	d0, d1, [x16, #-8]
	subs	x14, x14, #2
	add	x16, x16, #16
	str	d0, [x15]
	str	d1, [x15, #96]
	add	x15, x15, #192
	b.ne	.LBB11_136
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB11_131
.LBB11_138:
	add	x14, x16, x16, lsl #1
	add	x15, x11, x16, lsl #3
	sub	x16, x0, x16
	lsl	x14, x14, #5
.LBB11_139:
	ldr	d0, [x15], #8
	subs	x16, x16, #1
	str	d0, [x12, x14]
	add	x14, x14, #96
	b.ne	.LBB11_139
	b	.LBB11_131
.LBB11_140:
	b.ge	.LBB11_159
	cmp	x0, #1
	b.lt	.LBB11_127
	ldr	x8, [sp, #632]
	ldr	x9, [sp, #1008]
	lsl	x28, x26, #3
	ldr	x27, [sp, #960]
	mov	x24, xzr
	mov	x20, x19
	mul	x8, x9, x8
	ldr	x9, [sp, #832]
	add	x25, x9, x8
	b	.LBB11_145
.LBB11_143:
	mov	x8, xzr
.LBB11_144:
	mov	w10, #96
	mov	w1, wzr
	madd	x9, x24, x10, x25
	sub	x2, x10, x8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #744]
	add	x24, x24, #1
	ldr	x3, [sp, #984]
	add	x20, x20, #96
	cmp	x24, x0
	add	x27, x27, x1
	b.eq	.LBB11_127
.LBB11_145:
	cmp	x23, #1
	b.lt	.LBB11_143
	mov	x8, x27
	mov	x9, x20
	mov	x10, x26
.LBB11_147:
	ldr	d0, [x8], #8
	subs	x10, x10, #1
	str	d0, [x9], #8
	b.ne	.LBB11_147
	mov	x8, x28
	b	.LBB11_144
.LBB11_149:
	cmp	x23, #12
	b.lt	.LBB11_151
	b	.LBB11_127
.LBB11_150:
	cmp	x8, #11
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_127
.LBB11_151:
	cmp	x0, #1
	b.lt	.LBB11_150
	b.ne	.LBB11_154
	mov	x11, xzr
	b	.LBB11_157
.LBB11_154:
	ldr	x13, [sp, #720]
	mov	x11, x9
	mov	x10, x13
.LBB11_155:
	add	x12, x19, x11
	subs	x10, x10, #2
	add	x11, x11, #192
	str	xzr, [x12]
	str	xzr, [x12, #96]
	b.ne	.LBB11_155
	cmp	x0, x13
	mov	x11, x13
	b.eq	.LBB11_150
.LBB11_157:
	mov	w10, #96
	madd	x10, x11, x10, x19
	sub	x11, x0, x11
.LBB11_158:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #96
	b.ne	.LBB11_158
	b	.LBB11_150
.LBB11_159:
	cmp	x0, #1
	mov	x8, x15
	mov	x9, x14
	mov	x10, x0
	b.lt	.LBB11_127
.LBB11_160:
	ldp	q0, q1, [x9, #-48]
	subs	x10, x10, #1
	stur	q0, [x8, #-48]
	ldp	q0, q2, [x9, #-16]
	stur	q1, [x8, #-32]
	ldr	q1, [x9, #16]
	stp	q0, q2, [x8, #-16]
	ldr	q0, [x9, #32]
	add	x9, x9, x1
	stp	q1, q0, [x8, #16]
	add	x8, x8, #96
	b.ne	.LBB11_160
	b	.LBB11_127
.LBB11_161:
	mul	x10, x1, x18
	ldr	x8, [sp, #328]
	lsl	x9, x4, #3
	cmp	x0, #3
	lsl	x25, x18, #3
	ldr	x7, [sp, #832]
	mul	x8, x8, x18
	ccmp	w18, #1, #0, hi
	ldr	x19, [sp, #520]
	mov	x11, xzr
	str	xzr, [sp, #784]
	str	x2, [sp, #856]
	str	x10, [sp, #600]
	ldr	x10, [sp, #472]
	str	x18, [sp, #848]
	add	x10, x10, x9
	str	x8, [sp, #680]
	mul	x8, x1, x4
	str	x10, [sp, #840]
	and	x10, x2, #0x7ffffffc
	cset	w4, eq
	str	x10, [sp, #960]
	ldr	x10, [sp, #360]
	add	x9, x10, x9
	str	x9, [sp, #792]
	ldr	x9, [sp, #296]
	add	x5, x9, x8
	ldr	x9, [sp, #464]
	add	x6, x9, x8
	ldr	x9, [sp, #1016]
	b	.LBB11_163
.LBB11_162:
	ldr	x8, [sp, #784]
	ldr	x11, [sp, #776]
	ldr	x5, [sp, #768]
	ldr	x6, [sp, #760]
	ldr	x9, [sp, #752]
	add	x8, x8, #1
	add	x11, x11, x18
	str	x8, [sp, #784]
	ldr	x8, [sp, #792]
	add	x8, x8, x25
	str	x8, [sp, #792]
	ldr	x8, [sp, #680]
	add	x19, x19, x8
	add	x7, x7, x8
	ldr	x8, [sp, #1016]
	cmp	x11, x8
	ldr	x8, [sp, #840]
	add	x8, x8, x25
	str	x8, [sp, #840]
	ldr	x8, [sp, #600]
	add	x5, x5, x8
	add	x6, x6, x8
	b.ge	.LBB11_27
.LBB11_163:
	subs	x10, x9, x18
	ldr	x8, [sp, #1016]
	str	x11, [sp, #776]
	csel	x30, x9, x18, lt
	str	x5, [sp, #768]
	sub	x8, x8, x11
	neg	x9, x30
	str	x6, [sp, #760]
	cmp	x8, x18
	str	x9, [sp, #1008]
	ldr	w9, [sp, #660]
	csel	x23, x8, x18, lt
	str	x10, [sp, #752]
	cbz	w9, .LBB11_175
	ldr	x17, [sp, #648]
	cmp	x23, #1
	b.lt	.LBB11_191
	mov	x9, xzr
	mov	x10, x6
	mov	x11, x7
	mov	x12, x19
	mov	x13, x5
	b	.LBB11_167
.LBB11_166:
	add	x9, x9, #1
	add	x13, x13, x1
	add	x12, x12, #8
	cmp	x9, x30
	add	x11, x11, #8
	add	x10, x10, x1
	b.eq	.LBB11_191
.LBB11_167:
	cmp	x0, #1
	b.lt	.LBB11_166
	cbz	w4, .LBB11_172
	mov	x14, x12
	mov	x15, x13
	mov	x16, x17
.LBB11_170:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #4
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB11_170
	cmp	x0, x17
	mov	x16, x17
	b.eq	.LBB11_166
	b	.LBB11_173
.LBB11_172:
	mov	x16, xzr
.LBB11_173:
	madd	x14, x25, x16, x11
	add	x15, x10, x16, lsl #3
	sub	x16, x0, x16
.LBB11_174:
	ldr	d0, [x15], #8
	subs	x16, x16, #1
	str	d0, [x14]
	add	x14, x14, x25
	b.ne	.LBB11_174
	b	.LBB11_166
.LBB11_175:
	b.ge	.LBB11_202
	cmp	x0, #1
	b.lt	.LBB11_162
	ldr	x8, [sp, #784]
	ldr	x9, [sp, #680]
	mov	x27, xzr
	ldr	x24, [sp, #840]
	ldr	x26, [sp, #792]
	mov	x28, x7
	mul	x8, x9, x8
	and	x9, x30, #0xfffffffffffffffc
	mov	x20, x19
	str	x9, [sp, #736]
	and	x9, x30, #0xfffffffffffffffc
	str	x9, [sp, #688]
	ldr	x9, [sp, #832]
	str	x7, [sp, #952]
	str	x19, [sp, #944]
	add	x8, x9, x8
	str	x23, [sp, #936]
	str	x8, [sp, #872]
	b	.LBB11_179
.LBB11_178:
	add	x27, x27, #1
	add	x26, x26, x1
	add	x20, x20, x25
	cmp	x27, x0
	add	x28, x28, x25
	add	x24, x24, x1
	b.eq	.LBB11_162
.LBB11_179:
	cmp	x23, #1
	b.lt	.LBB11_182
	cmp	x30, #4
	b.hs	.LBB11_183
	mov	x9, xzr
	b	.LBB11_186
.LBB11_182:
	mov	x8, xzr
	b	.LBB11_189
.LBB11_183:
	ldr	x10, [sp, #736]
	mov	x8, x20
	mov	x9, x26
.LBB11_184:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_184
	ldr	x9, [sp, #688]
	mov	x8, x30
	cmp	x30, x9
	b.eq	.LBB11_189
.LBB11_186:
	lsl	x10, x9, #3
	ldr	x8, [sp, #1008]
	add	x8, x8, x9
	add	x9, x28, x10
	add	x10, x24, x10
.LBB11_187:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_187
	mov	x8, x30
.LBB11_189:
	cmp	x8, x18
	b.ge	.LBB11_178
	ldr	x9, [sp, #872]
	lsl	x8, x8, #3
	mov	w1, wzr
	madd	x9, x27, x25, x9
	mov	w19, w4
	mov	x23, x30
	sub	x2, x25, x8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	mov	x30, x23
	ldr	x7, [sp, #952]
	mov	w4, w19
	ldr	x19, [sp, #944]
	ldr	x2, [sp, #856]
	ldr	x18, [sp, #848]
	ldr	x23, [sp, #936]
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
	b	.LBB11_178
.LBB11_191:
	cmp	x8, x18
	b.ge	.LBB11_162
	lsl	x8, x30, #3
	b	.LBB11_194
.LBB11_193:
	add	x23, x23, #1
	add	x8, x8, #8
	cmp	x23, x18
	b.ge	.LBB11_162
.LBB11_194:
	cmp	x0, #1
	b.lt	.LBB11_193
	cbz	w4, .LBB11_199
	ldr	x11, [sp, #648]
	mov	x9, x8
	mov	x10, x11
.LBB11_197:
	str	q20, [x7, x9]
	subs	x10, x10, #4
	str	q20, [x19, x9]
	add	x9, x9, #32
	b.ne	.LBB11_197
	cmp	x0, x11
	mov	x10, x11
	b.eq	.LBB11_193
	b	.LBB11_200
.LBB11_199:
	mov	x10, xzr
.LBB11_200:
	madd	x9, x25, x10, x7
	sub	x10, x0, x10
.LBB11_201:
	subs	x10, x10, #1
	str	xzr, [x9, x8]
	add	x9, x9, x25
	b.ne	.LBB11_201
	b	.LBB11_193
.LBB11_202:
	cmp	x0, #1
	b.lt	.LBB11_162
	ldr	x9, [sp, #840]
	ldr	x12, [sp, #792]
	mov	x8, xzr
	mov	x10, x7
	mov	x11, x19
	b	.LBB11_205
.LBB11_204:
	add	x8, x8, #1
	add	x12, x12, x1
	add	x11, x11, x25
	cmp	x8, x0
	add	x10, x10, x25
	add	x9, x9, x1
	b.eq	.LBB11_162
.LBB11_205:
	cmp	w2, #1
	b.lt	.LBB11_204
	cmp	w2, #4
	b.hs	.LBB11_208
	mov	x13, xzr
	b	.LBB11_211
.LBB11_208:
	ldr	x15, [sp, #960]
	mov	x13, x11
	mov	x14, x12
.LBB11_209:
	ldp	q0, q1, [x14, #-16]
	subs	x15, x15, #4
	add	x14, x14, #32
	stp	q0, q1, [x13, #-16]
	add	x13, x13, #32
	b.ne	.LBB11_209
	ldr	x13, [sp, #960]
	cmp	x13, x2
	b.eq	.LBB11_204
.LBB11_211:
	lsl	x15, x13, #3
	sub	x13, x2, x13
	add	x14, x10, x15
	add	x15, x9, x15
.LBB11_212:
	ldr	d0, [x15], #8
	subs	x13, x13, #1
	str	d0, [x14], #8
	b.ne	.LBB11_212
	b	.LBB11_204
.LBB11_213:
	ldr	x26, [sp, #1016]
	mul	x8, x1, x4
	lsl	x12, x4, #3
	ldr	x14, [sp, #472]
	add	x9, x11, x10
	ldr	x25, [sp, #832]
	sub	x13, x26, #1
	madd	x10, x1, x9, x1
	add	x11, x9, #2
	lsr	x13, x13, #2
	add	x14, x14, x12
	add	x9, x9, #3
	mul	x11, x1, x11
	str	x14, [sp, #952]
	mov	x15, xzr
	str	x13, [sp, #680]
	ldr	x13, [sp, #360]
	mul	x9, x1, x9
	str	xzr, [sp, #936]
	add	x12, x13, x12
	str	x12, [sp, #1008]
	ldr	x12, [sp, #440]
	add	x13, x12, x8
	add	x17, x12, x11
	str	x13, [sp, #944]
	ldp	x28, x13, [sp, #456]
	add	x14, x13, x8
	add	x8, x12, x10
	add	x18, x13, x9
	str	x8, [sp, #856]
	add	x8, x13, x10
	str	x8, [sp, #872]
	ldp	x10, x16, [sp, #416]
	add	x8, x13, x11
	add	x11, x12, x9
	ldr	x12, [sp, #520]
	str	x8, [sp, #840]
	ldr	x8, [sp, #480]
	str	x8, [sp, #848]
	b	.LBB11_215
.LBB11_214:
	ldr	x8, [sp, #680]
	ldr	x9, [sp, #936]
	ldr	x11, [sp, #944]
	ldr	x10, [sp, #608]
	ldr	x12, [sp, #960]
	ldr	x16, [sp, #792]
	cmp	x9, x8
	add	x8, x9, #1
	ldr	x9, [sp, #1008]
	add	x25, x25, x10
	ldr	x15, [sp, #760]
	add	x12, x12, x10
	add	x9, x9, #32
	add	x28, x28, x10
	ldr	x14, [sp, #752]
	str	x9, [sp, #1008]
	ldr	x9, [sp, #952]
	add	x16, x16, x10
	ldr	x17, [sp, #784]
	ldr	x18, [sp, #736]
	ldr	x26, [sp, #688]
	add	x9, x9, #32
	add	x15, x15, #4
	str	x8, [sp, #936]
	str	x9, [sp, #952]
	ldr	x9, [sp, #568]
	add	x11, x11, x9
	add	x14, x14, x9
	add	x17, x17, x9
	str	x11, [sp, #944]
	ldr	x11, [sp, #848]
	add	x18, x18, x9
	add	x11, x11, x10
	str	x11, [sp, #848]
	ldr	x11, [sp, #856]
	add	x11, x11, x9
	str	x11, [sp, #856]
	ldr	x11, [sp, #872]
	add	x11, x11, x9
	str	x11, [sp, #872]
	ldr	x11, [sp, #840]
	add	x11, x11, x9
	str	x11, [sp, #840]
	ldr	x11, [sp, #776]
	add	x10, x11, x10
	ldr	x11, [sp, #768]
	add	x11, x11, x9
	b.eq	.LBB11_27
.LBB11_215:
	str	x11, [sp, #768]
	mov	w11, #4
	ldr	x9, [sp, #1016]
	str	x16, [sp, #792]
	subs	x16, x26, #4
	str	x10, [sp, #776]
	csel	x10, x26, x11, lt
	cmp	x26, #1
	csinc	x8, x26, xzr, gt
	sub	x19, x9, x15
	str	x12, [sp, #960]
	cmp	x8, #4
	str	x17, [sp, #784]
	csel	x9, x8, x11, lt
	cmp	x19, #4
	str	x15, [sp, #760]
	csel	x8, x19, x11, lt
	ldr	w11, [sp, #660]
	str	x14, [sp, #752]
	str	x18, [sp, #736]
	str	x16, [sp, #688]
	cbz	w11, .LBB11_220
	lsl	x9, x10, #3
	cmp	x19, #0
	b.le	.LBB11_278
	ldr	x13, [sp, #720]
	cmp	x0, #0
	b.le	.LBB11_240
	cmp	x0, #1
	b.ne	.LBB11_235
	mov	x12, xzr
	b	.LBB11_238
.LBB11_220:
	b.ge	.LBB11_230
	cmp	x0, #1
	b.lt	.LBB11_214
	lsl	x24, x9, #3
	ldr	x27, [sp, #1008]
	mov	x20, x0
	mov	x23, x25
	b	.LBB11_225
.LBB11_223:
	mov	x8, xzr
.LBB11_224:
	mov	w9, #32
	add	x0, x23, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
	ldr	x0, [sp, #992]
	subs	x20, x20, #1
	add	x23, x23, #32
	add	x27, x27, x1
	b.eq	.LBB11_214
.LBB11_225:
	cmp	x19, #1
	b.lt	.LBB11_223
	ldur	d0, [x27, #-16]
	cmp	x26, #2
	mov	x8, x24
	str	d0, [x23]
	b.lt	.LBB11_224
	ldur	d0, [x27, #-8]
	mov	x8, x24
	str	d0, [x23, #8]
	b.eq	.LBB11_224
	ldr	d0, [x27]
	cmp	x26, #3
	mov	x8, x24
	str	d0, [x23, #16]
	b.eq	.LBB11_224
	ldr	d0, [x27, #8]
	mov	x8, x24
	str	d0, [x23, #24]
	b	.LBB11_224
.LBB11_230:
	cmp	x0, #1
	b.lt	.LBB11_214
	cmp	x0, #16
	b.hs	.LBB11_244
	mov	x8, xzr
.LBB11_233:
	ldr	x9, [sp, #952]
	ldr	x10, [sp, #960]
	madd	x9, x1, x8, x9
	add	x10, x10, x8, lsl #5
	sub	x8, x0, x8
.LBB11_234:
	ldp	q0, q1, [x9]
	subs	x8, x8, #1
	add	x9, x9, x1
	stp	q0, q1, [x10, #-16]
	add	x10, x10, #32
	b.ne	.LBB11_234
	b	.LBB11_214
.LBB11_235:
	ldr	x12, [sp, #944]
	mov	x10, x13
	mov	x11, x28
.LBB11_236:
	ldp	d0, d1, [x12, #-8]
	subs	x10, x10, #2
	add	x12, x12, #16
	stur	d0, [x11, #-32]
	str	d1, [x11], #64
	b.ne	.LBB11_236
	cmp	x0, x13
	mov	x12, x13
	b.eq	.LBB11_240
.LBB11_238:
	lsl	x10, x12, #5
	add	x11, x14, x12, lsl #3
	sub	x12, x0, x12
.LBB11_239:
	ldr	d0, [x11], #8
	subs	x12, x12, #1
	str	d0, [x25, x10]
	add	x10, x10, #32
	b.ne	.LBB11_239
.LBB11_240:
	cmp	x26, #2
	b.lt	.LBB11_276
	cmp	x0, #1
	b.lt	.LBB11_258
	b.ne	.LBB11_253
	mov	x12, xzr
	b	.LBB11_256
.LBB11_244:
	ldr	x8, [sp, #608]
	ldr	x9, [sp, #936]
	ldr	x12, [sp, #384]
	mul	x9, x8, x9
	ldr	x8, [sp, #496]
	add	x8, x8, x9
	add	x10, x8, x12
	cmp	x10, x8
	mov	x8, xzr
	b.lo	.LBB11_233
	ldr	x10, [sp, #520]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_233
	add	x10, x25, x12
	cmp	x10, x25
	b.lo	.LBB11_233
	ldr	x10, [sp, #488]
	add	x9, x10, x9
	add	x10, x9, x12
	cmp	x10, x9
	b.lo	.LBB11_233
	ldr	x9, [sp, #432]
	lsr	x9, x9, #59
	cbnz	x9, .LBB11_233
	ldr	x9, [sp, #512]
	cmp	x9, #1
	b.ne	.LBB11_233
	ldr	x8, [sp, #1008]
	ldr	x10, [sp, #376]
	mov	x9, x25
.LBB11_251:
	ldur	q0, [x8, #-16]
	subs	x10, x10, #2
	ldur	q1, [x8, #-8]
	ldr	q2, [x8]
	ldur	q3, [x8, #8]
	add	x8, x8, #16
	st4	{ v0.2d, v1.2d, v2.2d, v3.2d }, [x9], #64
	b.ne	.LBB11_251
	ldr	x8, [sp, #376]
	cmp	x0, x8
	b.eq	.LBB11_214
	b	.LBB11_233
.LBB11_253:
	ldr	x10, [sp, #856]
	ldr	x11, [sp, #848]
	mov	x12, x13
.LBB11_254:
	ldp	d0, d1, [x10, #-8]
	subs	x12, x12, #2
	add	x10, x10, #16
	stur	d0, [x11, #-32]
	str	d1, [x11], #64
	b.ne	.LBB11_254
	cmp	x0, x13
	mov	x12, x13
	b.eq	.LBB11_258
.LBB11_256:
	ldr	x11, [sp, #872]
	mov	w10, #8
	orr	x10, x10, x12, lsl #5
	add	x11, x11, x12, lsl #3
	sub	x12, x0, x12
.LBB11_257:
	ldr	d0, [x11], #8
	subs	x12, x12, #1
	str	d0, [x25, x10]
	add	x10, x10, #32
	b.ne	.LBB11_257
.LBB11_258:
	cmp	x26, #2
	b.eq	.LBB11_276
	ldr	x14, [sp, #960]
	cmp	x0, #1
	b.lt	.LBB11_267
	b.ne	.LBB11_262
	mov	x12, xzr
	b	.LBB11_265
.LBB11_262:
	ldr	x10, [sp, #784]
	ldr	x11, [sp, #792]
	mov	x12, x13
.LBB11_263:
	ldp	d0, d1, [x10, #-8]
	subs	x12, x12, #2
	add	x10, x10, #16
	stur	d0, [x11, #-32]
	str	d1, [x11], #64
	b.ne	.LBB11_263
	cmp	x0, x13
	mov	x12, x13
	b.eq	.LBB11_267
.LBB11_265:
	ldr	x11, [sp, #840]
	lsl	x10, x12, #5
	add	x11, x11, x12, lsl #3
	sub	x12, x0, x12
.LBB11_266:
	ldr	d0, [x11], #8
	subs	x12, x12, #1
	str	d0, [x14, x10]
	add	x10, x10, #32
	b.ne	.LBB11_266
.LBB11_267:
	cmp	x26, #3
	b.eq	.LBB11_276
	cmp	x0, #1
	b.lt	.LBB11_276
	b.ne	.LBB11_271
	mov	x12, xzr
	b	.LBB11_274
.LBB11_271:
	ldr	x10, [sp, #768]
	ldr	x11, [sp, #776]
	mov	x12, x13
.LBB11_272:
	ldp	d0, d1, [x10, #-8]
	subs	x12, x12, #2
	add	x10, x10, #16
	stur	d0, [x11, #-32]
	str	d1, [x11], #64
	b.ne	.LBB11_272
	cmp	x0, x13
	mov	x12, x13
	b.eq	.LBB11_276
.LBB11_274:
	mov	w10, #24
	add	x11, x18, x12, lsl #3
	orr	x10, x10, x12, lsl #5
	sub	x12, x0, x12
.LBB11_275:
	ldr	d0, [x11], #8
	subs	x12, x12, #1
	str	d0, [x25, x10]
	add	x10, x10, #32
	b.ne	.LBB11_275
.LBB11_276:
	cmp	x19, #4
	b.lt	.LBB11_278
	b	.LBB11_214
.LBB11_277:
	cmp	x8, #3
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_214
.LBB11_278:
	cmp	x0, #1
	b.lt	.LBB11_277
	b.ne	.LBB11_281
	mov	x11, xzr
	b	.LBB11_284
.LBB11_281:
	ldr	x12, [sp, #720]
	mov	x11, x9
	mov	x10, x12
.LBB11_282:
	str	xzr, [x25, x11]
	subs	x10, x10, #2
	str	xzr, [x28, x11]
	add	x11, x11, #64
	b.ne	.LBB11_282
	cmp	x0, x12
	mov	x11, x12
	b.eq	.LBB11_277
.LBB11_284:
	add	x10, x25, x11, lsl #5
	sub	x11, x0, x11
.LBB11_285:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #32
	b.ne	.LBB11_285
	b	.LBB11_277
.LBB11_286:
	ldr	x24, [sp, #1016]
	lsl	x9, x4, #3
	mul	x8, x1, x4
	ldr	x25, [sp, #288]
	ldr	x20, [sp, #832]
	mov	x12, xzr
	sub	x10, x24, #1
	str	xzr, [sp, #952]
	lsr	x10, x10, #3
	str	x10, [sp, #848]
	ldr	x10, [sp, #472]
	add	x10, x10, x9
	str	x10, [sp, #960]
	ldr	x10, [sp, #312]
	add	x9, x10, x9
	str	x9, [sp, #1008]
	ldr	x9, [sp, #440]
	add	x4, x9, x8
	ldr	x9, [sp, #464]
	add	x5, x9, x8
	b	.LBB11_288
.LBB11_287:
	ldr	x8, [sp, #952]
	ldr	x9, [sp, #848]
	ldr	x10, [sp, #624]
	ldr	x12, [sp, #944]
	ldr	x4, [sp, #936]
	ldr	x5, [sp, #872]
	cmp	x8, x9
	add	x20, x20, x10
	add	x8, x8, #1
	ldr	x9, [sp, #1008]
	ldr	x24, [sp, #856]
	add	x12, x12, #8
	add	x25, x25, x10
	str	x8, [sp, #952]
	add	x9, x9, #64
	str	x9, [sp, #1008]
	ldr	x9, [sp, #960]
	add	x9, x9, #64
	str	x9, [sp, #960]
	ldr	x9, [sp, #576]
	add	x4, x4, x9
	add	x5, x5, x9
	b.eq	.LBB11_27
.LBB11_288:
	subs	x8, x24, #8
	mov	w11, #8
	ldr	x10, [sp, #1016]
	csel	x9, x24, x11, lt
	cmp	x24, #1
	str	x8, [sp, #856]
	csinc	x8, x24, xzr, gt
	sub	x19, x10, x12
	str	x12, [sp, #944]
	cmp	x8, #8
	str	x4, [sp, #936]
	csel	x10, x8, x11, lt
	cmp	x19, #8
	str	x5, [sp, #872]
	csel	x8, x19, x11, lt
	ldr	w11, [sp, #660]
	cbz	w11, .LBB11_300
	lsl	x9, x9, #3
	cmp	x19, #0
	b.le	.LBB11_316
	ldr	x2, [sp, #720]
	mov	x11, xzr
	mov	x12, x5
	mov	x13, x20
	mov	x14, x25
	mov	x15, x4
	b	.LBB11_292
.LBB11_291:
	add	x11, x11, #1
	add	x15, x15, x1
	add	x14, x14, #8
	cmp	x11, x10
	add	x13, x13, #8
	add	x12, x12, x1
	b.eq	.LBB11_314
.LBB11_292:
	cmp	x0, #1
	b.lt	.LBB11_291
	b.ne	.LBB11_295
	mov	x18, xzr
	b	.LBB11_298
.LBB11_295:
	mov	x16, x2
	mov	x17, x14
	mov	x18, x15
.LBB11_296:
	ldp	d0, d1, [x18, #-8]
	subs	x16, x16, #2
	add	x18, x18, #16
	stur	d0, [x17, #-64]
	str	d1, [x17], #128
	b.ne	.LBB11_296
	cmp	x0, x2
	mov	x18, x2
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
	b.ge	.LBB11_324
	cmp	x0, #1
	b.lt	.LBB11_287
	lsl	x26, x10, #3
	ldr	x27, [sp, #1008]
	mov	x28, x0
	mov	x23, x20
	b	.LBB11_305
.LBB11_303:
	mov	x8, xzr
.LBB11_304:
	mov	w9, #64
	add	x0, x23, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x1, [sp, #744]
	ldr	x3, [sp, #984]
	ldr	x0, [sp, #992]
	subs	x28, x28, #1
	add	x23, x23, #64
	add	x27, x27, x1
	b.eq	.LBB11_287
.LBB11_305:
	cmp	x19, #1
	b.lt	.LBB11_303
	ldur	d0, [x27, #-32]
	cmp	x24, #2
	mov	x8, x26
	str	d0, [x23]
	b.lt	.LBB11_304
	ldur	d0, [x27, #-24]
	mov	x8, x26
	str	d0, [x23, #8]
	b.eq	.LBB11_304
	ldur	d0, [x27, #-16]
	cmp	x24, #3
	mov	x8, x26
	str	d0, [x23, #16]
	b.eq	.LBB11_304
	ldur	d0, [x27, #-8]
	cmp	x24, #4
	mov	x8, x26
	str	d0, [x23, #24]
	b.eq	.LBB11_304
	ldr	d0, [x27]
	cmp	x24, #5
	mov	x8, x26
	str	d0, [x23, #32]
	b.eq	.LBB11_304
	ldr	d0, [x27, #8]
	cmp	x24, #6
	mov	x8, x26
	str	d0, [x23, #40]
	b.eq	.LBB11_304
	ldr	d0, [x27, #16]
	cmp	x24, #7
	mov	x8, x26
	str	d0, [x23, #48]
	b.eq	.LBB11_304
	ldr	d0, [x27, #24]
	mov	x8, x26
	str	d0, [x23, #56]
	b	.LBB11_304
.LBB11_314:
	cmp	x19, #8
	b.lt	.LBB11_316
	b	.LBB11_287
.LBB11_315:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_287
.LBB11_316:
	cmp	x0, #1
	b.lt	.LBB11_315
	b.ne	.LBB11_319
	mov	x11, xzr
	b	.LBB11_322
.LBB11_319:
	ldr	x12, [sp, #720]
	mov	x11, x9
	mov	x10, x12
.LBB11_320:
	str	xzr, [x20, x11]
	subs	x10, x10, #2
	str	xzr, [x25, x11]
	add	x11, x11, #128
	b.ne	.LBB11_320
	cmp	x0, x12
	mov	x11, x12
	b.eq	.LBB11_315
.LBB11_322:
	add	x10, x20, x11, lsl #6
	sub	x11, x0, x11
.LBB11_323:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #64
	b.ne	.LBB11_323
	b	.LBB11_315
.LBB11_324:
	cmp	x0, #1
	b.lt	.LBB11_287
	cmp	x0, #18
	b.hs	.LBB11_327
	mov	x8, xzr
	b	.LBB11_340
.LBB11_327:
	ldr	x8, [sp, #624]
	ldr	x9, [sp, #952]
	mul	x9, x8, x9
	ldp	x12, x8, [sp, #408]
	add	x8, x8, x9
	add	x10, x8, x12
	cmp	x10, x8
	mov	x8, xzr
	b.lo	.LBB11_340
	ldr	x10, [sp, #424]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_340
	ldr	x10, [sp, #480]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_340
	ldr	x10, [sp, #456]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_340
	ldr	x10, [sp, #496]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_340
	ldr	x10, [sp, #520]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_340
	add	x10, x20, x12
	cmp	x10, x20
	b.lo	.LBB11_340
	ldr	x10, [sp, #488]
	add	x9, x10, x9
	add	x10, x9, x12
	cmp	x10, x9
	b.lo	.LBB11_340
	ldr	x9, [sp, #432]
	lsr	x9, x9, #58
	cbnz	x9, .LBB11_340
	ldr	x9, [sp, #512]
	cmp	x9, #1
	b.ne	.LBB11_340
	ldr	x11, [sp, #1008]
	ldr	x12, [sp, #720]
	mov	x8, x20
	mov	x9, x12
	mov	x10, x11
.LBB11_338:
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
	b.ne	.LBB11_338
	cmp	x0, x12
	mov	x8, x12
	b.eq	.LBB11_287
.LBB11_340:
	ldr	x9, [sp, #960]
	lsl	x10, x8, #6
	madd	x9, x1, x8, x9
	sub	x8, x0, x8
.LBB11_341:
	ldp	q0, q1, [x9]
	add	x11, x20, x10
	subs	x8, x8, #1
	add	x10, x10, #64
	str	q0, [x11]
	ldp	q0, q2, [x9, #32]
	add	x9, x9, x1
	stp	q1, q0, [x11, #16]
	str	q2, [x11, #48]
	b.ne	.LBB11_341
	b	.LBB11_287
.LBB11_342:
	ldr	x8, [sp, #256]
	mov	w2, w17
	cmp	w2, #32
	add	x8, x8, x4, lsl #3
	b.eq	.LBB11_442
	cmp	w2, #16
	b.eq	.LBB11_401
	cmp	w2, #8
	b.ne	.LBB11_483
	ldr	x14, [sp, #448]
	ldr	x11, [sp, #800]
	mul	x9, x18, x4
	lsl	x12, x0, #6
	ldr	x24, [sp, #1016]
	sub	x13, x0, #1
	mul	x11, x14, x11
	ldr	x28, [sp, #168]
	ldr	x26, [sp, #712]
	str	x12, [sp, #872]
	sub	x12, x24, #1
	mov	x15, xzr
	mul	x10, x18, x14
	lsr	x12, x12, #3
	and	x25, x0, #0x7ffffffffffffffe
	add	x9, x9, x14, lsl #3
	str	xzr, [sp, #944]
	str	x12, [sp, #856]
	lsl	x12, x13, #6
	add	x8, x8, x11, lsl #3
	str	x12, [sp, #848]
	lsr	x12, x13, #58
	str	x8, [sp, #952]
	ldr	x8, [sp, #192]
	add	x10, x10, x4, lsl #3
	str	x12, [sp, #840]
	add	x2, x8, x9
	ldr	x8, [sp, #256]
	add	x4, x8, x9
	ldr	x8, [sp, #88]
	add	x8, x8, x10
	str	x8, [sp, #960]
	b	.LBB11_347
.LBB11_346:
	ldr	x8, [sp, #944]
	ldr	x9, [sp, #856]
	ldr	x2, [sp, #928]
	ldr	x4, [sp, #920]
	ldr	x10, [sp, #872]
	ldr	x15, [sp, #936]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #336]
	ldr	x24, [sp, #904]
	add	x26, x26, x10
	add	x15, x15, #8
	add	x2, x2, x9
	add	x4, x4, x9
	ldr	x9, [sp, #960]
	add	x28, x28, x10
	str	x8, [sp, #944]
	add	x9, x9, #64
	str	x9, [sp, #960]
	ldr	x9, [sp, #952]
	add	x9, x9, #64
	str	x9, [sp, #952]
	b.eq	.LBB11_17
.LBB11_347:
	subs	x12, x24, #8
	mov	w11, #8
	ldr	x10, [sp, #1016]
	csel	x9, x24, x11, lt
	cmp	x24, #1
	str	x15, [sp, #936]
	csinc	x8, x24, xzr, gt
	sub	x5, x10, x15
	str	x2, [sp, #928]
	cmp	x8, #8
	str	x4, [sp, #920]
	csel	x10, x8, x11, lt
	cmp	x5, #8
	str	x12, [sp, #904]
	csel	x8, x5, x11, lt
	ldr	w11, [sp, #508]
	cbz	w11, .LBB11_369
	lsl	x9, x9, #3
	cmp	x5, #0
	b.le	.LBB11_361
	mov	x11, xzr
	mov	x12, x4
	mov	x13, x26
	mov	x14, x28
	mov	x15, x2
	b	.LBB11_351
.LBB11_350:
	ldr	x18, [sp, #640]
	add	x11, x11, #1
	add	x14, x14, #8
	cmp	x11, x10
	add	x13, x13, #8
	add	x15, x15, x18
	add	x12, x12, x18
	b.eq	.LBB11_359
.LBB11_351:
	cmp	x0, #1
	b.lt	.LBB11_350
	b.ne	.LBB11_354
	mov	x18, xzr
	b	.LBB11_357
.LBB11_354:
	mov	x16, x25
	mov	x17, x14
	mov	x18, x15
.LBB11_355:
	ldp	d0, d1, [x18, #-8]
	subs	x16, x16, #2
	add	x18, x18, #16
	stur	d0, [x17, #-64]
	str	d1, [x17], #128
	b.ne	.LBB11_355
	cmp	x0, x25
	mov	x18, x25
	b.eq	.LBB11_350
.LBB11_357:
	add	x16, x13, x18, lsl #6
	add	x17, x12, x18, lsl #3
	sub	x18, x0, x18
.LBB11_358:
	ldr	d0, [x17], #8
	subs	x18, x18, #1
	str	d0, [x16], #64
	b.ne	.LBB11_358
	b	.LBB11_350
.LBB11_359:
	cmp	x5, #8
	b.lt	.LBB11_361
	b	.LBB11_346
.LBB11_360:
	cmp	x8, #7
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_346
.LBB11_361:
	cmp	x0, #1
	b.lt	.LBB11_360
	b.ne	.LBB11_364
	mov	x11, xzr
	b	.LBB11_367
.LBB11_364:
	mov	x10, x25
	mov	x11, x9
.LBB11_365:
	str	xzr, [x26, x11]
	subs	x10, x10, #2
	str	xzr, [x28, x11]
	add	x11, x11, #128
	b.ne	.LBB11_365
	cmp	x0, x25
	mov	x11, x25
	b.eq	.LBB11_360
.LBB11_367:
	add	x10, x26, x11, lsl #6
	sub	x11, x0, x11
.LBB11_368:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #64
	b.ne	.LBB11_368
	b	.LBB11_360
.LBB11_369:
	b.ge	.LBB11_383
	cmp	x0, #1
	b.lt	.LBB11_346
	lsl	x27, x10, #3
	ldr	x20, [sp, #960]
	mov	x19, x0
	mov	x23, x26
	str	x5, [sp, #1008]
	b	.LBB11_374
.LBB11_372:
	mov	x8, xzr
.LBB11_373:
	mov	w9, #64
	add	x0, x23, x8
	mov	w1, wzr
	sub	x2, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x18, [sp, #640]
	ldr	x3, [sp, #984]
	ldr	x1, [sp, #744]
	ldr	x0, [sp, #992]
	subs	x19, x19, #1
	ldr	x5, [sp, #1008]
	add	x23, x23, #64
	add	x20, x20, x18
	b.eq	.LBB11_346
.LBB11_374:
	cmp	x5, #1
	b.lt	.LBB11_372
	ldur	d0, [x20, #-32]
	cmp	x24, #2
	mov	x8, x27
	str	d0, [x23]
	b.lt	.LBB11_373
	ldur	d0, [x20, #-24]
	mov	x8, x27
	str	d0, [x23, #8]
	b.eq	.LBB11_373
	ldur	d0, [x20, #-16]
	cmp	x24, #3
	mov	x8, x27
	str	d0, [x23, #16]
	b.eq	.LBB11_373
	ldur	d0, [x20, #-8]
	cmp	x24, #4
	mov	x8, x27
	str	d0, [x23, #24]
	b.eq	.LBB11_373
	ldr	d0, [x20]
	cmp	x24, #5
	mov	x8, x27
	str	d0, [x23, #32]
	b.eq	.LBB11_373
	ldr	d0, [x20, #8]
	cmp	x24, #6
	mov	x8, x27
	str	d0, [x23, #40]
	b.eq	.LBB11_373
	ldr	d0, [x20, #16]
	cmp	x24, #7
	mov	x8, x27
	str	d0, [x23, #48]
	b.eq	.LBB11_373
	ldr	d0, [x20, #24]
	mov	x8, x27
	str	d0, [x23, #56]
	b	.LBB11_373
.LBB11_383:
	cmp	x0, #1
	b.lt	.LBB11_346
	cmp	x0, #18
	b.hs	.LBB11_388
	mov	x8, xzr
.LBB11_386:
	ldr	x9, [sp, #952]
	lsl	x10, x8, #6
	madd	x9, x18, x8, x9
	sub	x8, x0, x8
.LBB11_387:
	ldp	q0, q1, [x9]
	add	x11, x26, x10
	subs	x8, x8, #1
	add	x10, x10, #64
	str	q0, [x11]
	ldp	q0, q2, [x9, #32]
	add	x9, x9, x18
	stp	q1, q0, [x11, #16]
	str	q2, [x11, #48]
	b.ne	.LBB11_387
	b	.LBB11_346
.LBB11_388:
	ldr	x8, [sp, #944]
	ldr	x9, [sp, #872]
	ldr	x12, [sp, #848]
	mul	x9, x9, x8
	ldr	x8, [sp, #160]
	add	x8, x8, x9
	add	x10, x8, x12
	cmp	x10, x8
	mov	x8, xzr
	b.lo	.LBB11_386
	ldr	x10, [sp, #152]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_386
	ldr	x10, [sp, #144]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_386
	ldr	x10, [sp, #136]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_386
	ldr	x10, [sp, #128]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_386
	ldr	x10, [sp, #200]
	add	x10, x10, x9
	add	x11, x10, x12
	cmp	x11, x10
	b.lo	.LBB11_386
	add	x10, x26, x12
	cmp	x10, x26
	b.lo	.LBB11_386
	ldr	x10, [sp, #120]
	add	x9, x10, x9
	add	x10, x9, x12
	cmp	x10, x9
	b.lo	.LBB11_386
	ldr	x9, [sp, #840]
	cbnz	x9, .LBB11_386
	ldr	x9, [sp, #800]
	cmp	x9, #1
	b.ne	.LBB11_386
	ldr	x11, [sp, #960]
	mov	x8, x26
	mov	x9, x25
	mov	x10, x11
.LBB11_399:
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
	b.ne	.LBB11_399
	cmp	x0, x25
	mov	x8, x25
	b.eq	.LBB11_346
	b	.LBB11_386
.LBB11_401:
	ldr	x13, [sp, #448]
	ldr	x11, [sp, #800]
	mul	x9, x18, x4
	lsl	x12, x0, #7
	ldr	x14, [sp, #1016]
	ldr	x28, [sp, #712]
	mul	x11, x13, x11
	mov	x15, xzr
	and	x2, x0, #0x7ffffffffffffffe
	str	x12, [sp, #752]
	sub	x12, x14, #1
	mul	x10, x18, x13
	lsr	x12, x12, #4
	str	xzr, [sp, #928]
	add	x9, x9, x13, lsl #3
	ldr	x13, [sp, #200]
	str	x2, [sp, #952]
	str	x12, [sp, #736]
	add	x8, x8, x11, lsl #3
	str	x13, [sp, #920]
	ldp	x13, x20, [sp, #168]
	str	x8, [sp, #872]
	ldr	x8, [sp, #192]
	add	x10, x10, x4, lsl #3
	add	x4, x8, x9
	ldr	x8, [sp, #256]
	str	x13, [sp, #904]
	add	x11, x8, x9
	ldr	x8, [sp, #96]
	add	x8, x8, x10
	str	x8, [sp, #856]
	ldr	x8, [sp, #184]
	add	x8, x8, x10
	str	x8, [sp, #848]
	b	.LBB11_403
.LBB11_402:
	ldr	x8, [sp, #928]
	ldr	x9, [sp, #736]
	ldr	x4, [sp, #816]
	ldr	x11, [sp, #792]
	ldr	x10, [sp, #752]
	ldr	x15, [sp, #840]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #344]
	ldr	x14, [sp, #784]
	add	x28, x28, x10
	add	x15, x15, #16
	add	x4, x4, x9
	add	x11, x11, x9
	ldr	x9, [sp, #856]
	add	x20, x20, x10
	str	x8, [sp, #928]
	add	x9, x9, #128
	str	x9, [sp, #856]
	ldr	x9, [sp, #904]
	add	x9, x9, x10
	str	x9, [sp, #904]
	ldr	x9, [sp, #848]
	add	x9, x9, #128
	str	x9, [sp, #848]
	ldr	x9, [sp, #920]
	add	x9, x9, x10
	str	x9, [sp, #920]
	ldr	x9, [sp, #872]
	add	x9, x9, #128
	str	x9, [sp, #872]
	b.eq	.LBB11_17
.LBB11_403:
	cmp	x14, #1
	mov	w10, #16
	str	x15, [sp, #840]
	csinc	x8, x14, xzr, gt
	str	x4, [sp, #816]
	cmp	x8, #16
	str	x11, [sp, #792]
	csel	x26, x8, x10, lt
	subs	x8, x14, #16
	str	x8, [sp, #784]
	ldr	x8, [sp, #1016]
	csel	x9, x14, x10, lt
	neg	x12, x26
	sub	x5, x8, x15
	cmp	x5, #16
	csel	x8, x5, x10, lt
	ldr	w10, [sp, #508]
	cbz	w10, .LBB11_425
	lsl	x9, x9, #3
	cmp	x5, #0
	b.le	.LBB11_417
	mov	x10, xzr
	mov	x12, x28
	mov	x13, x20
	mov	x14, x4
	b	.LBB11_407
.LBB11_406:
	add	x10, x10, #1
	add	x14, x14, x18
	add	x13, x13, #8
	cmp	x10, x26
	add	x12, x12, #8
	add	x11, x11, x18
	b.eq	.LBB11_415
.LBB11_407:
	cmp	x0, #1
	b.lt	.LBB11_406
	b.ne	.LBB11_410
	mov	x17, xzr
	b	.LBB11_413
.LBB11_410:
	mov	x15, x2
	mov	x16, x13
	mov	x17, x14
.LBB11_411:
	ldp	d0, d1, [x17, #-8]
	subs	x15, x15, #2
	add	x17, x17, #16
	stur	d0, [x16, #-128]
	str	d1, [x16]
	add	x16, x16, #256
	b.ne	.LBB11_411
	cmp	x0, x2
	mov	x17, x2
	b.eq	.LBB11_406
.LBB11_413:
	add	x15, x12, x17, lsl #7
	add	x16, x11, x17, lsl #3
	sub	x17, x0, x17
.LBB11_414:
	ldr	d0, [x16], #8
	subs	x17, x17, #1
	str	d0, [x15], #128
	b.ne	.LBB11_414
	b	.LBB11_406
.LBB11_415:
	cmp	x5, #16
	b.lt	.LBB11_417
	b	.LBB11_402
.LBB11_416:
	cmp	x8, #15
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_402
.LBB11_417:
	cmp	x0, #1
	b.lt	.LBB11_416
	b.ne	.LBB11_420
	mov	x11, xzr
	b	.LBB11_423
.LBB11_420:
	mov	x10, x2
	mov	x11, x9
.LBB11_421:
	str	xzr, [x28, x11]
	subs	x10, x10, #2
	str	xzr, [x20, x11]
	add	x11, x11, #256
	b.ne	.LBB11_421
	cmp	x0, x2
	mov	x11, x2
	b.eq	.LBB11_416
.LBB11_423:
	add	x10, x28, x11, lsl #7
	sub	x11, x0, x11
.LBB11_424:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #128
	b.ne	.LBB11_424
	b	.LBB11_416
.LBB11_425:
	b.ge	.LBB11_439
	cmp	x0, #1
	str	x12, [sp, #776]
	str	x14, [sp, #936]
	b.lt	.LBB11_402
	ldr	x8, [sp, #928]
	ldr	x9, [sp, #752]
	mov	x19, xzr
	ldr	x24, [sp, #872]
	ldr	x23, [sp, #920]
	mov	x27, x28
	mul	x8, x8, x9
	and	x9, x26, #0x1c
	ldr	x25, [sp, #848]
	str	x9, [sp, #768]
	lsl	x9, x26, #3
	str	x5, [sp, #1008]
	str	x9, [sp, #944]
	and	x9, x26, #0x1c
	str	x9, [sp, #760]
	ldr	x9, [sp, #712]
	add	x8, x9, x8
	str	x8, [sp, #960]
	b	.LBB11_430
.LBB11_428:
	mov	x8, xzr
.LBB11_429:
	ldr	x9, [sp, #960]
	mov	w10, #128
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x19, lsl #7
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x18, [sp, #640]
	ldr	x0, [sp, #992]
	add	x19, x19, #1
	ldr	x3, [sp, #984]
	ldr	x1, [sp, #744]
	ldr	x2, [sp, #952]
	ldr	x5, [sp, #1008]
	add	x25, x25, x18
	cmp	x19, x0
	add	x23, x23, #128
	add	x27, x27, #128
	add	x24, x24, x18
	b.eq	.LBB11_402
.LBB11_430:
	cmp	x5, #1
	b.lt	.LBB11_428
	ldr	x8, [sp, #936]
	cmp	x8, #4
	b.ge	.LBB11_433
	mov	x9, xzr
	b	.LBB11_436
.LBB11_433:
	ldr	x10, [sp, #768]
	mov	x8, x23
	mov	x9, x25
.LBB11_434:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_434
	ldr	x9, [sp, #760]
	ldr	x8, [sp, #944]
	cmp	x26, x9
	b.eq	.LBB11_429
.LBB11_436:
	lsl	x10, x9, #3
	ldr	x8, [sp, #776]
	add	x8, x8, x9
	add	x9, x27, x10
	add	x10, x24, x10
.LBB11_437:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_437
	ldr	x8, [sp, #944]
	b	.LBB11_429
.LBB11_439:
	cmp	x0, #1
	b.lt	.LBB11_402
	ldr	x8, [sp, #904]
	ldr	x9, [sp, #856]
	mov	x10, x0
.LBB11_441:
	ldp	q0, q1, [x9, #-64]
	subs	x10, x10, #1
	stur	q0, [x8, #-64]
	ldp	q0, q2, [x9, #-32]
	stur	q1, [x8, #-48]
	ldr	q1, [x9]
	stp	q0, q2, [x8, #-32]
	ldp	q0, q2, [x9, #16]
	stp	q1, q0, [x8]
	ldr	q0, [x9, #48]
	add	x9, x9, x18
	stp	q2, q0, [x8, #32]
	add	x8, x8, #128
	b.ne	.LBB11_441
	b	.LBB11_402
.LBB11_442:
	ldr	x13, [sp, #448]
	ldr	x11, [sp, #800]
	mul	x9, x18, x4
	lsl	x12, x0, #8
	ldr	x14, [sp, #1016]
	ldr	x28, [sp, #712]
	mul	x11, x13, x11
	mov	x15, xzr
	and	x2, x0, #0x7ffffffffffffffe
	str	x12, [sp, #752]
	sub	x12, x14, #1
	mul	x10, x18, x13
	lsr	x12, x12, #5
	str	xzr, [sp, #928]
	add	x9, x9, x13, lsl #3
	ldr	x13, [sp, #200]
	str	x2, [sp, #952]
	str	x12, [sp, #736]
	add	x8, x8, x11, lsl #3
	str	x13, [sp, #920]
	ldr	x13, [sp, #176]
	str	x8, [sp, #872]
	ldr	x8, [sp, #192]
	add	x10, x10, x4, lsl #3
	str	x13, [sp, #904]
	add	x4, x8, x9
	ldr	x8, [sp, #256]
	add	x11, x8, x9
	ldp	x8, x20, [sp, #104]
	add	x8, x8, x10
	str	x8, [sp, #856]
	ldr	x8, [sp, #184]
	add	x8, x8, x10
	str	x8, [sp, #848]
	b	.LBB11_444
.LBB11_443:
	ldr	x8, [sp, #928]
	ldr	x9, [sp, #736]
	ldr	x4, [sp, #816]
	ldr	x11, [sp, #792]
	ldr	x10, [sp, #752]
	ldr	x15, [sp, #840]
	cmp	x8, x9
	add	x8, x8, #1
	ldr	x9, [sp, #352]
	ldr	x14, [sp, #784]
	add	x28, x28, x10
	add	x15, x15, #32
	add	x4, x4, x9
	add	x11, x11, x9
	ldr	x9, [sp, #856]
	add	x20, x20, x10
	str	x8, [sp, #928]
	add	x9, x9, #256
	str	x9, [sp, #856]
	ldr	x9, [sp, #904]
	add	x9, x9, x10
	str	x9, [sp, #904]
	ldr	x9, [sp, #848]
	add	x9, x9, #256
	str	x9, [sp, #848]
	ldr	x9, [sp, #920]
	add	x9, x9, x10
	str	x9, [sp, #920]
	ldr	x9, [sp, #872]
	add	x9, x9, #256
	str	x9, [sp, #872]
	b.eq	.LBB11_17
.LBB11_444:
	cmp	x14, #1
	mov	w10, #32
	str	x15, [sp, #840]
	csinc	x8, x14, xzr, gt
	str	x4, [sp, #816]
	cmp	x8, #32
	str	x11, [sp, #792]
	csel	x26, x8, x10, lt
	subs	x8, x14, #32
	str	x8, [sp, #784]
	ldr	x8, [sp, #1016]
	csel	x9, x14, x10, lt
	neg	x12, x26
	sub	x5, x8, x15
	cmp	x5, #32
	csel	x8, x5, x10, lt
	ldr	w10, [sp, #508]
	cbz	w10, .LBB11_466
	lsl	x9, x9, #3
	cmp	x5, #0
	b.le	.LBB11_458
	mov	x10, xzr
	mov	x12, x28
	mov	x13, x20
	mov	x14, x4
	b	.LBB11_448
.LBB11_447:
	add	x10, x10, #1
	add	x14, x14, x18
	add	x13, x13, #8
	cmp	x10, x26
	add	x12, x12, #8
	add	x11, x11, x18
	b.eq	.LBB11_456
.LBB11_448:
	cmp	x0, #1
	b.lt	.LBB11_447
	b.ne	.LBB11_451
	mov	x17, xzr
	b	.LBB11_454
.LBB11_451:
	mov	x15, x2
	mov	x16, x13
	mov	x17, x14
.LBB11_452:
	ldp	d0, d1, [x17, #-8]
	subs	x15, x15, #2
	add	x17, x17, #16
	stur	d0, [x16, #-256]
	str	d1, [x16]
	add	x16, x16, #512
	b.ne	.LBB11_452
	cmp	x0, x2
	mov	x17, x2
	b.eq	.LBB11_447
.LBB11_454:
	add	x15, x12, x17, lsl #8
	add	x16, x11, x17, lsl #3
	sub	x17, x0, x17
.LBB11_455:
	ldr	d0, [x16], #8
	subs	x17, x17, #1
	str	d0, [x15]
	add	x15, x15, #256
	b.ne	.LBB11_455
	b	.LBB11_447
.LBB11_456:
	cmp	x5, #32
	b.lt	.LBB11_458
	b	.LBB11_443
.LBB11_457:
	cmp	x8, #31
	add	x8, x8, #1
	add	x9, x9, #8
	b.ge	.LBB11_443
.LBB11_458:
	cmp	x0, #1
	b.lt	.LBB11_457
	b.ne	.LBB11_461
	mov	x11, xzr
	b	.LBB11_464
.LBB11_461:
	mov	x10, x2
	mov	x11, x9
.LBB11_462:
	str	xzr, [x28, x11]
	subs	x10, x10, #2
	str	xzr, [x20, x11]
	add	x11, x11, #512
	b.ne	.LBB11_462
	cmp	x0, x2
	mov	x11, x2
	b.eq	.LBB11_457
.LBB11_464:
	add	x10, x28, x11, lsl #8
	sub	x11, x0, x11
.LBB11_465:
	subs	x11, x11, #1
	str	xzr, [x10, x9]
	add	x10, x10, #256
	b.ne	.LBB11_465
	b	.LBB11_457
.LBB11_466:
	b.ge	.LBB11_480
	cmp	x0, #1
	str	x12, [sp, #776]
	str	x14, [sp, #936]
	b.lt	.LBB11_443
	ldr	x8, [sp, #928]
	ldr	x9, [sp, #752]
	mov	x19, xzr
	ldr	x24, [sp, #872]
	ldr	x25, [sp, #920]
	mov	x27, x28
	mul	x8, x8, x9
	and	x9, x26, #0x3c
	ldr	x23, [sp, #848]
	str	x9, [sp, #768]
	lsl	x9, x26, #3
	str	x5, [sp, #1008]
	str	x9, [sp, #944]
	and	x9, x26, #0x3c
	str	x9, [sp, #760]
	ldr	x9, [sp, #712]
	add	x8, x9, x8
	str	x8, [sp, #960]
	b	.LBB11_471
.LBB11_469:
	mov	x8, xzr
.LBB11_470:
	ldr	x9, [sp, #960]
	mov	w10, #256
	mov	w1, wzr
	sub	x2, x10, x8
	add	x9, x9, x19, lsl #8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x18, [sp, #640]
	ldr	x0, [sp, #992]
	add	x19, x19, #1
	ldr	x3, [sp, #984]
	ldr	x1, [sp, #744]
	ldr	x2, [sp, #952]
	ldr	x5, [sp, #1008]
	add	x23, x23, x18
	cmp	x19, x0
	add	x25, x25, #256
	add	x27, x27, #256
	add	x24, x24, x18
	b.eq	.LBB11_443
.LBB11_471:
	cmp	x5, #1
	b.lt	.LBB11_469
	ldr	x8, [sp, #936]
	cmp	x8, #4
	b.ge	.LBB11_474
	mov	x9, xzr
	b	.LBB11_477
.LBB11_474:
	ldr	x10, [sp, #768]
	mov	x8, x25
	mov	x9, x23
.LBB11_475:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_475
	ldr	x9, [sp, #760]
	ldr	x8, [sp, #944]
	cmp	x26, x9
	b.eq	.LBB11_470
.LBB11_477:
	lsl	x10, x9, #3
	ldr	x8, [sp, #776]
	add	x8, x8, x9
	add	x9, x27, x10
	add	x10, x24, x10
.LBB11_478:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_478
	ldr	x8, [sp, #944]
	b	.LBB11_470
.LBB11_480:
	cmp	x0, #1
	b.lt	.LBB11_443
	ldr	x8, [sp, #904]
	ldr	x9, [sp, #856]
	mov	x10, x0
.LBB11_482:
	ldp	q0, q1, [x9, #-128]
	subs	x10, x10, #1
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
	add	x9, x9, x18
	stp	q2, q0, [x8, #96]
	add	x8, x8, #256
	b.ne	.LBB11_482
	b	.LBB11_443
.LBB11_483:
	ldr	x9, [sp, #800]
	ldr	x13, [sp, #448]
	mul	x10, x0, x17
	cmp	x0, #3
	lsl	x20, x17, #3
	ldr	x19, [sp, #712]
	mul	x9, x13, x9
	ccmp	w17, #1, #0, hi
	ldr	x28, [sp, #200]
	mov	x14, xzr
	and	x5, x0, #0x7ffffffffffffffc
	str	xzr, [sp, #936]
	mul	x11, x18, x4
	str	x17, [sp, #816]
	str	x2, [sp, #792]
	mul	x12, x18, x13
	str	x5, [sp, #776]
	add	x8, x8, x9, lsl #3
	str	x8, [sp, #952]
	lsl	x8, x10, #3
	and	x10, x2, #0x7ffffffc
	str	x10, [sp, #960]
	ldr	x10, [sp, #256]
	str	x8, [sp, #752]
	mul	x8, x18, x17
	add	x9, x12, x4, lsl #3
	cset	w4, eq
	str	w4, [sp, #784]
	str	x8, [sp, #736]
	add	x8, x11, x13, lsl #3
	ldr	x11, [sp, #184]
	add	x6, x11, x8
	add	x7, x10, x8
	add	x8, x11, x9
	ldr	x9, [sp, #1016]
	str	x8, [sp, #944]
	b	.LBB11_485
.LBB11_484:
	ldr	x8, [sp, #936]
	ldr	x14, [sp, #928]
	ldr	x9, [sp, #736]
	ldr	x6, [sp, #920]
	ldr	x7, [sp, #904]
	add	x8, x8, #1
	add	x14, x14, x17
	str	x8, [sp, #936]
	ldr	x8, [sp, #752]
	add	x6, x6, x9
	add	x7, x7, x9
	ldr	x9, [sp, #872]
	add	x28, x28, x8
	add	x19, x19, x8
	ldr	x8, [sp, #1016]
	cmp	x14, x8
	ldr	x8, [sp, #944]
	add	x8, x8, x20
	str	x8, [sp, #944]
	ldr	x8, [sp, #952]
	add	x8, x8, x20
	str	x8, [sp, #952]
	b.ge	.LBB11_17
.LBB11_485:
	ldr	x8, [sp, #1016]
	subs	x10, x9, x17
	str	x14, [sp, #928]
	csel	x30, x9, x17, lt
	ldr	w9, [sp, #508]
	str	x6, [sp, #920]
	sub	x8, x8, x14
	neg	x11, x30
	str	x7, [sp, #904]
	cmp	x8, x17
	str	x10, [sp, #872]
	csel	x26, x8, x17, lt
	cbz	w9, .LBB11_508
	cmp	x26, #1
	b.lt	.LBB11_497
	mov	x9, xzr
	mov	x10, x7
	mov	x11, x19
	mov	x12, x28
	mov	x13, x6
	b	.LBB11_489
.LBB11_488:
	add	x9, x9, #1
	add	x13, x13, x18
	add	x12, x12, #8
	cmp	x9, x30
	add	x11, x11, #8
	add	x10, x10, x18
	b.eq	.LBB11_497
.LBB11_489:
	cmp	x0, #1
	b.lt	.LBB11_488
	cbz	w4, .LBB11_494
	mov	x14, x12
	mov	x15, x13
	mov	x16, x5
.LBB11_492:
	ldp	q0, q1, [x15, #-16]
	subs	x16, x16, #4
	add	x15, x15, #32
	stp	q0, q1, [x14, #-16]
	add	x14, x14, #32
	b.ne	.LBB11_492
	cmp	x0, x5
	mov	x16, x5
	b.eq	.LBB11_488
	b	.LBB11_495
.LBB11_494:
	mov	x16, xzr
.LBB11_495:
	madd	x14, x20, x16, x11
	add	x15, x10, x16, lsl #3
	sub	x16, x0, x16
.LBB11_496:
	ldr	d0, [x15], #8
	subs	x16, x16, #1
	str	d0, [x14]
	add	x14, x14, x20
	b.ne	.LBB11_496
	b	.LBB11_488
.LBB11_497:
	cmp	x8, x17
	b.ge	.LBB11_484
	lsl	x8, x30, #3
	b	.LBB11_500
.LBB11_499:
	add	x26, x26, #1
	add	x8, x8, #8
	cmp	x26, x17
	b.ge	.LBB11_484
.LBB11_500:
	cmp	x0, #1
	b.lt	.LBB11_499
	cbz	w4, .LBB11_505
	mov	x9, x8
	mov	x10, x5
.LBB11_503:
	str	q20, [x19, x9]
	subs	x10, x10, #4
	str	q20, [x28, x9]
	add	x9, x9, #32
	b.ne	.LBB11_503
	cmp	x0, x5
	mov	x10, x5
	b.eq	.LBB11_499
	b	.LBB11_506
.LBB11_505:
	mov	x10, xzr
.LBB11_506:
	madd	x9, x20, x10, x19
	sub	x10, x0, x10
.LBB11_507:
	subs	x10, x10, #1
	str	xzr, [x9, x8]
	add	x9, x9, x20
	b.ne	.LBB11_507
	b	.LBB11_499
.LBB11_508:
	b.ge	.LBB11_524
	cmp	x0, #1
	str	x11, [sp, #840]
	b.lt	.LBB11_484
	ldr	x8, [sp, #936]
	ldr	x9, [sp, #752]
	mov	x24, xzr
	ldr	x25, [sp, #952]
	ldr	x27, [sp, #944]
	mov	x23, x19
	mul	x8, x9, x8
	and	x9, x30, #0xfffffffffffffffc
	mov	x11, x28
	str	x9, [sp, #768]
	and	x9, x30, #0xfffffffffffffffc
	str	x9, [sp, #760]
	ldr	x9, [sp, #712]
	str	x30, [sp, #856]
	add	x8, x9, x8
	str	x8, [sp, #848]
	b	.LBB11_512
.LBB11_511:
	add	x24, x24, #1
	add	x27, x27, x18
	add	x11, x11, x20
	cmp	x24, x0
	add	x23, x23, x20
	add	x25, x25, x18
	b.eq	.LBB11_484
.LBB11_512:
	cmp	x26, #1
	b.lt	.LBB11_515
	cmp	x30, #4
	b.hs	.LBB11_516
	mov	x9, xzr
	b	.LBB11_519
.LBB11_515:
	mov	x8, xzr
	b	.LBB11_522
.LBB11_516:
	ldr	x10, [sp, #768]
	mov	x8, x11
	mov	x9, x27
.LBB11_517:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x8, #-16]
	add	x8, x8, #32
	b.ne	.LBB11_517
	ldr	x9, [sp, #760]
	mov	x8, x30
	cmp	x30, x9
	b.eq	.LBB11_522
.LBB11_519:
	lsl	x10, x9, #3
	ldr	x8, [sp, #840]
	add	x8, x8, x9
	add	x9, x23, x10
	add	x10, x25, x10
.LBB11_520:
	ldr	d0, [x10], #8
	adds	x8, x8, #1
	str	d0, [x9], #8
	b.lo	.LBB11_520
	mov	x8, x30
.LBB11_522:
	cmp	x8, x17
	b.ge	.LBB11_511
	ldr	x9, [sp, #848]
	lsl	x8, x8, #3
	mov	w1, wzr
	madd	x9, x24, x20, x9
	str	x11, [sp, #1008]
	sub	x2, x20, x8
	add	x0, x9, x8
	bl	memset
	movi	v20.2d, #0000000000000000
	ldr	x11, [sp, #1008]
	ldr	x30, [sp, #856]
	ldr	x5, [sp, #776]
	ldr	w4, [sp, #784]
	ldr	x2, [sp, #792]
	ldr	x17, [sp, #816]
	ldr	x0, [sp, #992]
	ldr	x1, [sp, #744]
	ldr	x18, [sp, #640]
	ldr	x3, [sp, #984]
	b	.LBB11_511
.LBB11_524:
	cmp	x0, #1
	b.lt	.LBB11_484
	ldr	x9, [sp, #952]
	ldr	x12, [sp, #944]
	mov	x8, xzr
	mov	x10, x19
	mov	x11, x28
	b	.LBB11_527
.LBB11_526:
	add	x8, x8, #1
	add	x12, x12, x18
	add	x11, x11, x20
	cmp	x8, x0
	add	x10, x10, x20
	add	x9, x9, x18
	b.eq	.LBB11_484
.LBB11_527:
	cmp	w2, #1
	b.lt	.LBB11_526
	cmp	w2, #4
	b.hs	.LBB11_530
	mov	x13, xzr
	b	.LBB11_533
.LBB11_530:
	ldr	x15, [sp, #960]
	mov	x13, x11
	mov	x14, x12
.LBB11_531:
	ldp	q0, q1, [x14, #-16]
	subs	x15, x15, #4
	add	x14, x14, #32
	stp	q0, q1, [x13, #-16]
	add	x13, x13, #32
	b.ne	.LBB11_531
	ldr	x13, [sp, #960]
	cmp	x13, x2
	b.eq	.LBB11_526
.LBB11_533:
	lsl	x15, x13, #3
	sub	x13, x2, x13
	add	x14, x10, x15
	add	x15, x9, x15
.LBB11_534:
	ldr	d0, [x15], #8
	subs	x13, x13, #1
	str	d0, [x14], #8
	b.ne	.LBB11_534
	b	.LBB11_526
.LBB11_535:
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
