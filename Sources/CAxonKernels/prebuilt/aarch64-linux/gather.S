// Generated from ../../gather.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"gather.c"
	.text
	.globl	axon_gather_rows
	.p2align	2
	.type	axon_gather_rows,@function
axon_gather_rows:
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
	mov	x8, #4575657221408423936
	mov	x19, x4
	mov	x20, x2
	stp	x1, x2, [sp, #16]
	str	x0, [sp, #8]
	stp	x3, x4, [sp, #32]
	stp	x4, x8, [sp, #48]
	bl	axon_threads
	cmp	w0, #2
	b.ge	.LBB0_2
.LBB0_1:
	add	x0, sp, #8
	mov	w1, wzr
	bl	gather_chunk
	b	.LBB0_5
.LBB0_2:
	mul	x8, x19, x20
	cmp	x8, #64, lsl #12
	b.lt	.LBB0_1
	cmp	x19, #1
	b.le	.LBB0_1
	mov	w8, w0
	adrp	x1, gather_chunk
	add	x1, x1, :lo12:gather_chunk
	add	x9, x8, x19
	add	x2, sp, #8
	sub	x9, x9, #1
	udiv	x8, x9, x8
	add	x9, x19, x8
	str	x8, [sp, #48]
	sub	x9, x9, #1
	udiv	x0, x9, x8
	bl	axon_parallel_run
.LBB0_5:
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
.Lfunc_end0:
	.size	axon_gather_rows, .Lfunc_end0-axon_gather_rows
	.cfi_endproc

	.globl	axon_gather_scaled_bytes
	.p2align	2
	.type	axon_gather_scaled_bytes,@function
axon_gather_scaled_bytes:
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
	mov	w8, #1
	mov	x19, x4
	mov	x20, x2
	stp	x0, x1, [sp, #8]
	stp	x2, x3, [sp, #24]
	stp	x4, x4, [sp, #40]
	str	w8, [sp, #56]
	str	s0, [sp, #60]
	bl	axon_threads
	cmp	w0, #2
	b.ge	.LBB1_2
.LBB1_1:
	add	x0, sp, #8
	mov	w1, wzr
	bl	gather_chunk
	b	.LBB1_5
.LBB1_2:
	mul	x8, x19, x20
	cmp	x8, #16, lsl #12
	b.lt	.LBB1_1
	cmp	x19, #1
	b.le	.LBB1_1
	mov	w8, w0
	adrp	x1, gather_chunk
	add	x1, x1, :lo12:gather_chunk
	add	x9, x8, x19
	add	x2, sp, #8
	sub	x9, x9, #1
	udiv	x8, x9, x8
	add	x9, x19, x8
	str	x8, [sp, #48]
	sub	x9, x9, #1
	udiv	x0, x9, x8
	bl	axon_parallel_run
.LBB1_5:
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
.Lfunc_end1:
	.size	axon_gather_scaled_bytes, .Lfunc_end1-axon_gather_scaled_bytes
	.cfi_endproc

	.globl	axon_wrap_indices_i64
	.p2align	2
	.type	axon_wrap_indices_i64,@function
axon_wrap_indices_i64:
	.cfi_startproc
	cmp	x1, #1
	b.lt	.LBB2_5
	mov	x8, x0
	mov	x0, xzr
	neg	x9, x2
.LBB2_2:
	ldr	x10, [x8, x0, lsl #3]
	cmp	x10, x9
	b.lt	.LBB2_6
	cmp	x10, x2
	b.ge	.LBB2_6
	and	x11, x2, x10, asr #63
	add	x10, x11, x10
	str	x10, [x3, x0, lsl #3]
	add	x0, x0, #1
	cmp	x1, x0
	b.ne	.LBB2_2
.LBB2_5:
	mov	x0, #-1
.LBB2_6:
	ret
.Lfunc_end2:
	.size	axon_wrap_indices_i64, .Lfunc_end2-axon_wrap_indices_i64
	.cfi_endproc

	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4, 0x0
.LCPI3_0:
	.byte	0
	.byte	255
	.byte	255
	.byte	255
	.byte	1
	.byte	255
	.byte	255
	.byte	255
	.byte	2
	.byte	255
	.byte	255
	.byte	255
	.byte	3
	.byte	255
	.byte	255
	.byte	255
.LCPI3_1:
	.byte	4
	.byte	255
	.byte	255
	.byte	255
	.byte	5
	.byte	255
	.byte	255
	.byte	255
	.byte	6
	.byte	255
	.byte	255
	.byte	255
	.byte	7
	.byte	255
	.byte	255
	.byte	255
.LCPI3_2:
	.byte	8
	.byte	255
	.byte	255
	.byte	255
	.byte	9
	.byte	255
	.byte	255
	.byte	255
	.byte	10
	.byte	255
	.byte	255
	.byte	255
	.byte	11
	.byte	255
	.byte	255
	.byte	255
.LCPI3_3:
	.byte	12
	.byte	255
	.byte	255
	.byte	255
	.byte	13
	.byte	255
	.byte	255
	.byte	255
	.byte	14
	.byte	255
	.byte	255
	.byte	255
	.byte	15
	.byte	255
	.byte	255
	.byte	255
	.text
	.p2align	2
	.type	gather_chunk,@function
gather_chunk:
	.cfi_startproc
	sub	sp, sp, #304
	.cfi_def_cfa_offset 304
	stp	x29, x30, [sp, #208]
	stp	x28, x27, [sp, #224]
	stp	x26, x25, [sp, #240]
	stp	x24, x23, [sp, #256]
	stp	x22, x21, [sp, #272]
	stp	x20, x19, [sp, #288]
	add	x29, sp, #208
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
	ldp	x11, x9, [x0, #32]
	sxtw	x8, w1
	ldp	x19, x14, [x0, #16]
	mov	w10, #65
	ldr	s4, [x0, #52]
	ldr	w15, [x0, #48]
	mul	x20, x9, x8
	tst	x19, #0x7
	ccmp	x19, x10, #0, eq
	cset	w12, lt
	stur	w12, [x29, #-12]
	add	x10, x20, x9
	cmp	x10, x11
	csel	x22, x10, x11, lt
	add	x10, x20, #2
	cmp	x22, x10
	ldp	x24, x11, [x0]
	csel	x10, x22, x10, lt
	cmp	x20, x10
	stur	x11, [x29, #-24]
	b.ge	.LBB3_6
	mov	x11, x20
	b	.LBB3_3
.LBB3_2:
	add	x11, x11, #1
	cmp	x11, x10
	b.eq	.LBB3_6
.LBB3_3:
	cmp	x19, #1
	b.lt	.LBB3_2
	ldr	x12, [x14, x11, lsl #3]
	mov	x13, xzr
	madd	x12, x12, x19, x24
.LBB3_5:
	prfm	pldl1keep, [x12, x13]
	add	x13, x13, #64
	cmp	x13, x19
	b.lt	.LBB3_5
	b	.LBB3_2
.LBB3_6:
	cmp	x20, x22
	b.ge	.LBB3_45
	mul	x9, x9, x19
	cmp	w15, #0
	mov	w11, #8
	cset	w12, ne
	cmp	x19, #8
	add	x13, x24, x19
	csel	x11, x19, x11, gt
	mul	x10, x19, x22
	str	x13, [sp, #72]
	sub	x11, x11, #1
	mov	x13, #-16
	and	x16, x19, #0xc
	movk	x13, #57343, lsl #48
	str	x16, [sp]
	lsl	x16, x19, #2
	mul	x8, x9, x8
	add	x9, x24, #16
	and	x21, x19, x13
	str	x9, [sp, #24]
	lsr	x9, x11, #3
	adrp	x11, .LCPI3_0
	ldr	q5, [x11, :lo12:.LCPI3_0]
	ldur	w11, [x29, #-12]
	orr	x13, x13, #0xc
	mov	x27, xzr
	and	x25, x19, x13
	stur	x14, [x29, #-32]
	orr	w11, w12, w11
	stur	q4, [x29, #-48]
	str	w11, [sp, #52]
	add	x11, x9, #1
	ldur	x9, [x29, #-24]
	stur	w15, [x29, #-52]
	add	x10, x9, x10, lsl #2
	add	x28, x9, x8, lsl #2
	add	x23, x8, x9
	adrp	x8, .LCPI3_1
	adrp	x9, .LCPI3_2
	add	x26, x23, #16
	str	x10, [sp, #64]
	and	x10, x11, #0x3ffffffffffffffc
	ldr	q6, [x8, :lo12:.LCPI3_1]
	str	x10, [sp, #40]
	lsl	x10, x10, #3
	ldr	q7, [x9, :lo12:.LCPI3_2]
	str	x28, [sp, #56]
	stp	x10, x11, [sp, #8]
	adrp	x10, .LCPI3_3
	ldr	q16, [x10, :lo12:.LCPI3_3]
	str	x23, [sp, #32]
	stur	x16, [x29, #-64]
	stp	q6, q5, [x29, #-96]
	stp	q16, q7, [sp, #80]
	b	.LBB3_11
.LBB3_8:
	add	x1, x24, x8
.LBB3_9:
	ldur	x8, [x29, #-24]
	madd	x0, x20, x19, x8
	mov	x2, x19
	bl	memcpy
	ldp	q6, q5, [x29, #-96]
	ldur	x14, [x29, #-32]
	ldp	q16, q7, [sp, #80]
	ldur	q4, [x29, #-48]
	ldur	w15, [x29, #-52]
	ldur	x16, [x29, #-64]
.LBB3_10:
	add	x20, x20, #1
	add	x27, x27, #1
	add	x26, x26, x19
	cmp	x20, x22
	add	x23, x23, x19
	add	x28, x28, x16
	b.eq	.LBB3_45
.LBB3_11:
	add	x8, x20, #2
	cmp	x8, x22
	b.ge	.LBB3_17
	cmp	x19, #1
	b.lt	.LBB3_24
	ldr	x8, [x14, x8, lsl #3]
	mov	x9, xzr
	madd	x8, x8, x19, x24
.LBB3_14:
	prfm	pldl1keep, [x8, x9]
	add	x9, x9, #64
	cmp	x9, x19
	b.lt	.LBB3_14
	ldr	x8, [x14, x20, lsl #3]
	mul	x8, x8, x19
	cbnz	w15, .LBB3_19
	ldur	w9, [x29, #-12]
	tbz	w9, #0, .LBB3_8
	b	.LBB3_28
.LBB3_17:
	ldr	x8, [x14, x20, lsl #3]
	mul	x8, x8, x19
	cbz	w15, .LBB3_26
	cmp	x19, #1
	b.lt	.LBB3_10
.LBB3_19:
	cmp	x19, #4
	b.lo	.LBB3_21
	ldp	x11, x10, [sp, #64]
	add	x9, x24, x8
	cmp	x9, x11
	ldr	x11, [sp, #56]
	add	x10, x10, x8
	and	x9, x19, #0x2000000000000000
	ccmp	x11, x10, #2, lo
	ccmp	x9, #0, #0, hs
	b.eq	.LBB3_33
.LBB3_21:
	mov	x10, xzr
.LBB3_22:
	add	x8, x24, x8
.LBB3_23:
	ldr	b0, [x8, x10]
	ucvtf	s0, s0
	fmul	s0, s4, s0
	str	s0, [x28, x10, lsl #2]
	add	x10, x10, #1
	cmp	x19, x10
	b.ne	.LBB3_23
	b	.LBB3_10
.LBB3_24:
	ldr	w8, [sp, #52]
	tbnz	w8, #0, .LBB3_10
	ldr	x8, [x14, x20, lsl #3]
	madd	x1, x8, x19, x24
	b	.LBB3_9
.LBB3_26:
	ldur	w9, [x29, #-12]
	tbz	w9, #0, .LBB3_8
	cmp	x19, #1
	b.lt	.LBB3_10
.LBB3_28:
	cmp	x19, #25
	b.lt	.LBB3_30
	ldr	x9, [sp, #32]
	madd	x9, x19, x27, x9
	sub	x9, x9, x24
	sub	x9, x9, x8
	cmp	x9, #32
	b.hs	.LBB3_42
.LBB3_30:
	mov	x9, xzr
.LBB3_31:
	add	x8, x24, x8
.LBB3_32:
	ldr	x10, [x8, x9]
	str	x10, [x23, x9]
	add	x9, x9, #8
	cmp	x9, x19
	b.lt	.LBB3_32
	b	.LBB3_10
.LBB3_33:
	cmp	x19, #16
	b.hs	.LBB3_35
	mov	x9, xzr
	b	.LBB3_39
.LBB3_35:
	mov	x9, xzr
	add	x10, x24, x8
	mov	x11, x28
.LBB3_36:
	ldr	q0, [x10, x9]
	add	x9, x9, #16
	cmp	x21, x9
	tbl	v1.16b, { v0.16b }, v16.16b
	tbl	v2.16b, { v0.16b }, v7.16b
	tbl	v3.16b, { v0.16b }, v6.16b
	tbl	v0.16b, { v0.16b }, v5.16b
	ucvtf	v1.4s, v1.4s
	ucvtf	v2.4s, v2.4s
	ucvtf	v3.4s, v3.4s
	ucvtf	v0.4s, v0.4s
	fmul	v1.4s, v1.4s, v4.s[0]
	fmul	v2.4s, v2.4s, v4.s[0]
	fmul	v3.4s, v3.4s, v4.s[0]
	fmul	v0.4s, v0.4s, v4.s[0]
	stp	q2, q1, [x11, #32]
	stp	q0, q3, [x11], #64
	b.ne	.LBB3_36
	cmp	x19, x21
	b.eq	.LBB3_10
	ldr	x11, [sp]
	mov	x9, x21
	mov	x10, x21
	cbz	x11, .LBB3_22
.LBB3_39:
	lsl	x10, x9, #2
	add	x11, x24, x8
.LBB3_40:
	ldr	s0, [x11, x9]
	add	x9, x9, #4
	cmp	x25, x9
	ushll	v0.8h, v0.8b, #0
	ushll	v0.4s, v0.4h, #0
	ucvtf	v0.4s, v0.4s
	fmul	v0.4s, v0.4s, v4.s[0]
	str	q0, [x28, x10]
	add	x10, x10, #16
	b.ne	.LBB3_40
	cmp	x19, x25
	mov	x10, x25
	b.eq	.LBB3_10
	b	.LBB3_22
.LBB3_42:
	ldr	x9, [sp, #24]
	ldr	x10, [sp, #40]
	mov	x11, x26
	add	x9, x9, x8
.LBB3_43:
	ldp	q0, q1, [x9, #-16]
	subs	x10, x10, #4
	add	x9, x9, #32
	stp	q0, q1, [x11, #-16]
	add	x11, x11, #32
	b.ne	.LBB3_43
	ldp	x9, x11, [sp, #8]
	ldr	x10, [sp, #40]
	cmp	x11, x10
	b.eq	.LBB3_10
	b	.LBB3_31
.LBB3_45:
	.cfi_def_cfa wsp, 304
	ldp	x20, x19, [sp, #288]
	ldp	x22, x21, [sp, #272]
	ldp	x24, x23, [sp, #256]
	ldp	x26, x25, [sp, #240]
	ldp	x28, x27, [sp, #224]
	ldp	x29, x30, [sp, #208]
	add	sp, sp, #304
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
.Lfunc_end3:
	.size	gather_chunk, .Lfunc_end3-gather_chunk
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym gather_chunk
#endif
