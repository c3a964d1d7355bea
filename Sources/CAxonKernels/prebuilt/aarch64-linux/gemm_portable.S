// Generated from ../../gemm_portable.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"gemm_portable.c"
	.text
	.globl	axon_ukernel_portable_f32
	.p2align	2
	.type	axon_ukernel_portable_f32,@function
axon_ukernel_portable_f32:
	.cfi_startproc
	cmp	x0, #1
	b.lt	.LBB0_5
	movi	v7.2d, #0000000000000000
	movi	v6.2d, #0000000000000000
	add	x9, x1, #8
	movi	v5.2d, #0000000000000000
	movi	v4.2d, #0000000000000000
	add	x8, x2, #16
	movi	v3.2d, #0000000000000000
	movi	v2.2d, #0000000000000000
	movi	v1.2d, #0000000000000000
	movi	v0.2d, #0000000000000000
.LBB0_2:
	ldp	q16, q17, [x8, #-16]
	add	x10, x9, #16
	ldp	s18, s19, [x9, #-8]
	subs	x0, x0, #1
	ld1r	{ v20.4s }, [x9], #4
	add	x8, x8, #32
	fmla	v7.4s, v16.4s, v18.s[0]
	fmla	v6.4s, v17.4s, v18.s[0]
	ldr	s18, [x9]
	fmla	v5.4s, v16.4s, v19.s[0]
	fmla	v4.4s, v17.4s, v19.s[0]
	mov	x9, x10
	fmla	v3.4s, v16.4s, v20.4s
	fmla	v2.4s, v17.4s, v20.4s
	fmla	v1.4s, v16.4s, v18.s[0]
	fmla	v0.4s, v17.4s, v18.s[0]
	b.ne	.LBB0_2
	cbz	w5, .LBB0_6
.LBB0_4:
	ldr	q16, [x3]
	ldr	d18, [x3, #16]
	mov	s17, v6.s[2]
	mov	s19, v6.s[3]
	fadd	v7.4s, v16.4s, v7.4s
	fadd	v6.2s, v18.2s, v6.2s
	ldp	s16, s18, [x3, #24]
	fadd	s17, s16, s17
	fadd	s16, s18, s19
	str	q7, [x3]
	str	d6, [x3, #16]
	str	s17, [x3, #24]
	b	.LBB0_7
.LBB0_5:
	movi	v0.2d, #0000000000000000
	movi	v1.2d, #0000000000000000
	movi	v2.2d, #0000000000000000
	movi	v3.2d, #0000000000000000
	movi	v4.2d, #0000000000000000
	movi	v5.2d, #0000000000000000
	movi	v6.2d, #0000000000000000
	movi	v7.2d, #0000000000000000
	cbnz	w5, .LBB0_4
.LBB0_6:
	mov	s16, v6.s[3]
	add	x8, x3, #24
	str	q7, [x3]
	str	d6, [x3, #16]
	st1	{ v6.s }[2], [x8]
.LBB0_7:
	add	x9, x3, x4, lsl #2
	str	s16, [x3, #28]
	cbz	w5, .LBB0_9
	ldr	q6, [x9]
	ldr	d16, [x9, #16]
	mov	s7, v4.s[2]
	mov	s17, v4.s[3]
	fadd	v5.4s, v6.4s, v5.4s
	fadd	v4.2s, v16.2s, v4.2s
	ldp	s6, s16, [x9, #24]
	fadd	s7, s6, s7
	fadd	s6, s16, s17
	str	q5, [x9]
	str	d4, [x9, #16]
	str	s7, [x9, #24]
	b	.LBB0_10
.LBB0_9:
	mov	s6, v4.s[3]
	add	x8, x9, #24
	str	q5, [x9]
	str	d4, [x9, #16]
	st1	{ v4.s }[2], [x8]
.LBB0_10:
	add	x8, x3, x4, lsl #3
	str	s6, [x9, #28]
	cbz	w5, .LBB0_12
	ldr	q4, [x8]
	ldr	d6, [x8, #16]
	mov	s5, v2.s[2]
	mov	s7, v2.s[3]
	fadd	v3.4s, v4.4s, v3.4s
	fadd	v2.2s, v6.2s, v2.2s
	ldp	s4, s6, [x8, #24]
	fadd	s5, s4, s5
	fadd	s4, s6, s7
	str	q3, [x8]
	str	d2, [x8, #16]
	str	s5, [x8, #24]
	b	.LBB0_13
.LBB0_12:
	mov	s4, v2.s[3]
	add	x9, x8, #24
	str	q3, [x8]
	str	d2, [x8, #16]
	st1	{ v2.s }[2], [x9]
.LBB0_13:
	mov	w9, #12
	str	s4, [x8, #28]
	madd	x9, x4, x9, x3
	cbz	w5, .LBB0_15
	ldr	q2, [x9]
	ldr	d4, [x9, #16]
	mov	s3, v0.s[2]
	mov	s5, v0.s[3]
	fadd	v1.4s, v2.4s, v1.4s
	fadd	v0.2s, v4.2s, v0.2s
	ldp	s2, s4, [x9, #24]
	fadd	s3, s2, s3
	fadd	s2, s4, s5
	str	q1, [x9]
	str	d0, [x9, #16]
	stp	s3, s2, [x9, #24]
	ret
.LBB0_15:
	mov	s2, v0.s[3]
	add	x8, x9, #24
	str	q1, [x9]
	str	d0, [x9, #16]
	st1	{ v0.s }[2], [x8]
	str	s2, [x9, #28]
	ret
.Lfunc_end0:
	.size	axon_ukernel_portable_f32, .Lfunc_end0-axon_ukernel_portable_f32
	.cfi_endproc

	.globl	axon_ukernel_portable_f64
	.p2align	2
	.type	axon_ukernel_portable_f64,@function
axon_ukernel_portable_f64:
	.cfi_startproc
	cmp	x0, #1
	b.lt	.LBB1_5
	movi	v22.2d, #0000000000000000
	movi	v23.2d, #0000000000000000
	add	x8, x2, #32
	movi	v21.2d, #0000000000000000
	movi	v20.2d, #0000000000000000
	add	x9, x1, #16
	movi	v19.2d, #0000000000000000
	movi	v18.2d, #0000000000000000
	movi	v17.2d, #0000000000000000
	movi	v16.2d, #0000000000000000
	movi	v7.2d, #0000000000000000
	movi	v6.2d, #0000000000000000
	movi	v5.2d, #0000000000000000
	movi	v4.2d, #0000000000000000
	movi	v3.2d, #0000000000000000
	movi	v2.2d, #0000000000000000
	movi	v1.2d, #0000000000000000
	movi	v0.2d, #0000000000000000
.LBB1_2:
	ldp	d24, d29, [x9, #-16]
	mov	x10, x9
	ldp	q25, q26, [x8, #-32]
	subs	x0, x0, #1
	ldp	q27, q28, [x8], #64
	add	x9, x9, #32
	fmla	v22.2d, v25.2d, v24.d[0]
	fmla	v23.2d, v26.2d, v24.d[0]
	fmla	v21.2d, v27.2d, v24.d[0]
	fmla	v20.2d, v28.2d, v24.d[0]
	ld1r	{ v24.2d }, [x10], #8
	fmla	v19.2d, v25.2d, v29.d[0]
	fmla	v18.2d, v26.2d, v29.d[0]
	fmla	v17.2d, v27.2d, v29.d[0]
	fmla	v16.2d, v28.2d, v29.d[0]
	ldr	d29, [x10]
	fmla	v7.2d, v25.2d, v24.2d
	fmla	v6.2d, v26.2d, v24.2d
	fmla	v5.2d, v27.2d, v24.2d
	fmla	v4.2d, v28.2d, v24.2d
	fmla	v3.2d, v25.2d, v29.d[0]
	fmla	v2.2d, v26.2d, v29.d[0]
	fmla	v1.2d, v27.2d, v29.d[0]
	fmla	v0.2d, v28.2d, v29.d[0]
	b.ne	.LBB1_2
	cbz	w5, .LBB1_6
.LBB1_4:
	ldp	q24, q25, [x3]
	mov	d27, v20.d[1]
	ldr	q26, [x3, #32]
	fadd	v22.2d, v24.2d, v22.2d
	fadd	v23.2d, v25.2d, v23.2d
	fadd	v21.2d, v26.2d, v21.2d
	ldp	d24, d25, [x3, #48]
	fadd	d20, d24, d20
	fadd	d24, d25, d27
	stp	q22, q23, [x3]
	str	q21, [x3, #32]
	str	d20, [x3, #48]
	b	.LBB1_7
.LBB1_5:
	movi	v0.2d, #0000000000000000
	movi	v1.2d, #0000000000000000
	movi	v2.2d, #0000000000000000
	movi	v3.2d, #0000000000000000
	movi	v4.2d, #0000000000000000
	movi	v5.2d, #0000000000000000
	movi	v6.2d, #0000000000000000
	movi	v7.2d, #0000000000000000
	movi	v16.2d, #0000000000000000
	movi	v17.2d, #0000000000000000
	movi	v18.2d, #0000000000000000
	movi	v19.2d, #0000000000000000
	movi	v20.2d, #0000000000000000
	movi	v21.2d, #0000000000000000
	movi	v23.2d, #0000000000000000
	movi	v22.2d, #0000000000000000
	cbnz	w5, .LBB1_4
.LBB1_6:
	mov	d24, v20.d[1]
	stp	q22, q23, [x3]
	str	q21, [x3, #32]
	str	d20, [x3, #48]
.LBB1_7:
	add	x9, x3, x4, lsl #3
	str	d24, [x3, #56]
	cbz	w5, .LBB1_9
	ldp	q20, q21, [x9]
	mov	d23, v16.d[1]
	ldr	q22, [x9, #32]
	fadd	v19.2d, v20.2d, v19.2d
	fadd	v18.2d, v21.2d, v18.2d
	fadd	v17.2d, v22.2d, v17.2d
	ldp	d20, d21, [x9, #48]
	fadd	d16, d20, d16
	fadd	d20, d21, d23
	stp	q19, q18, [x9]
	str	q17, [x9, #32]
	str	d16, [x9, #48]
	b	.LBB1_10
.LBB1_9:
	mov	d20, v16.d[1]
	stp	q19, q18, [x9]
	str	q17, [x9, #32]
	str	d16, [x9, #48]
.LBB1_10:
	add	x8, x3, x4, lsl #4
	str	d20, [x9, #56]
	cbz	w5, .LBB1_12
	ldp	q16, q17, [x8]
	mov	d19, v4.d[1]
	ldr	q18, [x8, #32]
	fadd	v7.2d, v16.2d, v7.2d
	fadd	v6.2d, v17.2d, v6.2d
	fadd	v5.2d, v18.2d, v5.2d
	ldp	d16, d17, [x8, #48]
	fadd	d4, d16, d4
	fadd	d16, d17, d19
	stp	q7, q6, [x8]
	str	q5, [x8, #32]
	str	d4, [x8, #48]
	b	.LBB1_13
.LBB1_12:
	mov	d16, v4.d[1]
	stp	q7, q6, [x8]
	str	q5, [x8, #32]
	str	d4, [x8, #48]
.LBB1_13:
	mov	w9, #24
	str	d16, [x8, #56]
	madd	x9, x4, x9, x3
	cbz	w5, .LBB1_15
	ldp	q4, q5, [x9]
	mov	d7, v0.d[1]
	ldr	q6, [x9, #32]
	fadd	v3.2d, v4.2d, v3.2d
	fadd	v2.2d, v5.2d, v2.2d
	fadd	v1.2d, v6.2d, v1.2d
	ldp	d4, d5, [x9, #48]
	fadd	d0, d4, d0
	fadd	d4, d5, d7
	b	.LBB1_16
.LBB1_15:
	mov	d4, v0.d[1]
.LBB1_16:
	stp	q3, q2, [x9]
	str	q1, [x9, #32]
	stp	d0, d4, [x9, #48]
	ret
.Lfunc_end1:
	.size	axon_ukernel_portable_f64, .Lfunc_end1-axon_ukernel_portable_f64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
