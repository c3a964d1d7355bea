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
	sub	sp, sp, #176
	.cfi_def_cfa_offset 176
	stp	x29, x30, [sp, #80]
	str	x27, [sp, #96]
	stp	x26, x25, [sp, #112]
	stp	x24, x23, [sp, #128]
	stp	x22, x21, [sp, #144]
	stp	x20, x19, [sp, #160]
	add	x29, sp, #80
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
	ldp	x10, x9, [x0, #32]
	sxtw	x8, w1
	ldr	x20, [x0, #16]
	ldr	s4, [x0, #52]
	mov	x19, x0
	mul	x21, x9, x8
	add	x8, x21, x9
	cmp	x8, x10
	csel	x22, x8, x10, lt
	add	x8, x21, #2
	cmp	x22, x8
	csel	x8, x22, x8, lt
	cmp	x21, x8
	b.ge	.LBB3_6
	ldr	x9, [x19]
	ldr	x10, [x19, #24]
	mov	x11, x21
	b	.LBB3_3
.LBB3_2:
	add	x11, x11, #1
	cmp	x11, x8
	b.eq	.LBB3_6
.LBB3_3:
	cmp	x20, #1
	b.lt	.LBB3_2
	ldr	x12, [x10, x11, lsl #3]
	mov	x13, xzr
	madd	x12, x12, x20, x9
.LBB3_5:
	prfm	pldl1keep, [x12, x13]
	add	x13, x13, #64
	cmp	x13, x20
	b.lt	.LBB3_5
	b	.LBB3_2
.LBB3_6:
	cmp	x21, x22
	b.ge	.LBB3_35
	adrp	x8, .LCPI3_0
	adrp	x9, .LCPI3_1
	adrp	x10, .LCPI3_2
	ldr	q5, [x8, :lo12:.LCPI3_0]
	adrp	x8, .LCPI3_3
	lsl	x23, x20, #2
	and	x24, x20, #0xfffffffffffffffc
	ldr	q6, [x9, :lo12:.LCPI3_1]
	ldr	q7, [x10, :lo12:.LCPI3_2]
	ldr	q16, [x8, :lo12:.LCPI3_3]
	and	x25, x20, #0xfffffffffffffff0
	and	x26, x20, #0xc
	neg	x27, x24
	stp	q5, q4, [x29, #-32]
	stp	q7, q6, [sp, #16]
	str	q16, [sp]
	b	.LBB3_11
.LBB3_8:
	add	x1, x8, x9
.LBB3_9:
	ldr	x8, [x19, #8]
	madd	x0, x21, x20, x8
	mov	x2, x20
	bl	memcpy
	ldp	q5, q4, [x29, #-32]
	ldr	q16, [sp]
	ldp	q7, q6, [sp, #16]
.LBB3_10:
	add	x21, x21, #1
	cmp	x21, x22
	b.eq	.LBB3_35
.LBB3_11:
	add	x10, x21, #2
	ldr	x8, [x19]
	ldr	x9, [x19, #24]
	cmp	x10, x22
	b.ge	.LBB3_16
	cmp	x20, #1
	b.lt	.LBB3_24
	ldr	x10, [x9, x10, lsl #3]
	mov	x11, xzr
	madd	x10, x10, x20, x8
.LBB3_14:
	prfm	pldl1keep, [x10, x11]
	add	x11, x11, #64
	cmp	x11, x20
	b.lt	.LBB3_14
	ldr	x9, [x9, x21, lsl #3]
	ldr	w10, [x19, #48]
	mul	x9, x9, x20
	cbnz	w10, .LBB3_18
	b	.LBB3_8
.LBB3_16:
	ldr	x9, [x9, x21, lsl #3]
	ldr	w10, [x19, #48]
	mul	x9, x9, x20
	cbz	w10, .LBB3_8
	cmp	x20, #1
	b.lt	.LBB3_10
.LBB3_18:
	mul	x10, x21, x20
	ldr	x11, [x19, #8]
	cmp	x20, #4
	add	x10, x11, x10, lsl #2
	b.lo	.LBB3_21
	add	x11, x8, x9
	add	x12, x11, x20
	cmp	x10, x12
	b.hs	.LBB3_26
	add	x12, x10, x23
	cmp	x11, x12
	b.hs	.LBB3_26
.LBB3_21:
	mov	x11, xzr
.LBB3_22:
	add	x10, x10, x11, lsl #2
	add	x12, x11, x9
	sub	x9, x20, x11
	add	x8, x8, x12
.LBB3_23:
	ldrb	w11, [x8], #1
	subs	x9, x9, #1
	ucvtf	s0, w11
	fmul	s0, s4, s0
	str	s0, [x10], #4
	b.ne	.LBB3_23
	b	.LBB3_10
.LBB3_24:
	ldr	w10, [x19, #48]
	cbnz	w10, .LBB3_10
	ldr	x9, [x9, x21, lsl #3]
	madd	x1, x9, x20, x8
	b	.LBB3_9
.LBB3_26:
	cmp	x20, #16
	b.hs	.LBB3_28
	mov	x12, xzr
	b	.LBB3_32
.LBB3_28:
	add	x11, x8, x9
	mov	x12, x10
	mov	x13, x25
.LBB3_29:
	ldr	q0, [x11], #16
	subs	x13, x13, #16
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
	stp	q2, q1, [x12, #32]
	stp	q0, q3, [x12], #64
	b.ne	.LBB3_29
	cmp	x20, x25
	b.eq	.LBB3_10
	mov	x12, x25
	mov	x11, x25
	cbz	x26, .LBB3_22
.LBB3_32:
	add	x11, x10, x12, lsl #2
	add	x13, x8, x12
	add	x12, x27, x12
	add	x13, x13, x9
.LBB3_33:
	ldr	s0, [x13], #4
	adds	x12, x12, #4
	ushll	v0.8h, v0.8b, #0
	ushll	v0.4s, v0.4h, #0
	ucvtf	v0.4s, v0.4s
	fmul	v0.4s, v0.4s, v4.s[0]
	str	q0, [x11], #16
	b.ne	.LBB3_33
	cmp	x20, x24
	mov	x11, x24
	b.eq	.LBB3_10
	b	.LBB3_22
.LBB3_35:
	.cfi_def_cfa wsp, 176
	ldp	x20, x19, [sp, #160]
	ldr	x27, [sp, #96]
	ldp	x22, x21, [sp, #144]
	ldp	x24, x23, [sp, #128]
	ldp	x26, x25, [sp, #112]
	ldp	x29, x30, [sp, #80]
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
