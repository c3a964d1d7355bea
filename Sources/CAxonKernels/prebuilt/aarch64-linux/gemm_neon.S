// Generated from ../../gemm_neon.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"gemm_neon.c"
	.text
	.globl	axon_ukernel_neon_f32
	.p2align	2
	.type	axon_ukernel_neon_f32,@function
axon_ukernel_neon_f32:
	.cfi_startproc
	movi	v0.2d, #0000000000000000
	movi	v1.2d, #0000000000000000
	cmp	x0, #1
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
	movi	v22.2d, #0000000000000000
	movi	v23.2d, #0000000000000000
	b.lt	.LBB0_2
.LBB0_1:
	ldp	q24, q25, [x2], #32
	ldp	q26, q27, [x1], #32
	subs	x0, x0, #1
	fmla	v23.4s, v24.4s, v26.s[0]
	fmla	v22.4s, v25.4s, v26.s[0]
	fmla	v21.4s, v24.4s, v26.s[1]
	fmla	v20.4s, v25.4s, v26.s[1]
	fmla	v19.4s, v24.4s, v26.s[2]
	fmla	v18.4s, v25.4s, v26.s[2]
	fmla	v17.4s, v24.4s, v26.s[3]
	fmla	v16.4s, v25.4s, v26.s[3]
	fmla	v7.4s, v24.4s, v27.s[0]
	fmla	v6.4s, v25.4s, v27.s[0]
	fmla	v5.4s, v24.4s, v27.s[1]
	fmla	v4.4s, v25.4s, v27.s[1]
	fmla	v3.4s, v24.4s, v27.s[2]
	fmla	v2.4s, v25.4s, v27.s[2]
	fmla	v1.4s, v24.4s, v27.s[3]
	fmla	v0.4s, v25.4s, v27.s[3]
	b.ne	.LBB0_1
.LBB0_2:
	cbz	w5, .LBB0_4
	ldp	q24, q25, [x3]
	add	x8, x3, x4, lsl #2
	add	x9, x3, x4, lsl #3
	fadd	v23.4s, v23.4s, v24.4s
	fadd	v22.4s, v22.4s, v25.4s
	stp	q23, q22, [x3]
	ldp	q22, q23, [x8]
	fadd	v21.4s, v21.4s, v22.4s
	fadd	v20.4s, v20.4s, v23.4s
	stp	q21, q20, [x8]
	mov	w8, #12
	ldp	q20, q21, [x9]
	madd	x8, x4, x8, x3
	fadd	v19.4s, v19.4s, v20.4s
	fadd	v18.4s, v18.4s, v21.4s
	stp	q19, q18, [x9]
	add	x9, x3, x4, lsl #4
	ldp	q18, q19, [x8]
	fadd	v17.4s, v17.4s, v18.4s
	fadd	v16.4s, v16.4s, v19.4s
	stp	q17, q16, [x8]
	mov	w8, #20
	ldp	q16, q17, [x9]
	madd	x8, x4, x8, x3
	fadd	v7.4s, v7.4s, v16.4s
	fadd	v6.4s, v6.4s, v17.4s
	stp	q7, q6, [x9]
	mov	w9, #24
	ldp	q6, q7, [x8]
	madd	x9, x4, x9, x3
	fadd	v5.4s, v5.4s, v6.4s
	fadd	v4.4s, v4.4s, v7.4s
	stp	q5, q4, [x8]
	mov	w8, #28
	ldp	q4, q5, [x9]
	madd	x8, x4, x8, x3
	fadd	v3.4s, v3.4s, v4.4s
	fadd	v2.4s, v2.4s, v5.4s
	stp	q3, q2, [x9]
	ldp	q2, q3, [x8]
	fadd	v1.4s, v1.4s, v2.4s
	fadd	v0.4s, v0.4s, v3.4s
	stp	q1, q0, [x8]
	ret
.LBB0_4:
	mov	w9, #12
	add	x8, x3, x4, lsl #2
	stp	q23, q22, [x3]
	madd	x9, x4, x9, x3
	add	x10, x3, x4, lsl #3
	stp	q21, q20, [x8]
	mov	w8, #20
	madd	x11, x4, x8, x3
	mov	w8, #24
	stp	q19, q18, [x10]
	add	x10, x3, x4, lsl #4
	stp	q17, q16, [x9]
	madd	x9, x4, x8, x3
	mov	w8, #28
	stp	q7, q6, [x10]
	madd	x8, x4, x8, x3
	stp	q5, q4, [x11]
	stp	q3, q2, [x9]
	stp	q1, q0, [x8]
	ret
.Lfunc_end0:
	.size	axon_ukernel_neon_f32, .Lfunc_end0-axon_ukernel_neon_f32
	.cfi_endproc

	.globl	axon_ukernel_neon_f64
	.p2align	2
	.type	axon_ukernel_neon_f64,@function
axon_ukernel_neon_f64:
	.cfi_startproc
	movi	v0.2d, #0000000000000000
	movi	v1.2d, #0000000000000000
	cmp	x0, #1
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
	movi	v22.2d, #0000000000000000
	movi	v23.2d, #0000000000000000
	b.lt	.LBB1_2
.LBB1_1:
	ldp	q24, q25, [x2]
	subs	x0, x0, #1
	ldp	q26, q29, [x1], #32
	ldp	q27, q28, [x2, #32]
	add	x2, x2, #64
	fmla	v23.2d, v24.2d, v26.d[0]
	fmla	v22.2d, v25.2d, v26.d[0]
	fmla	v21.2d, v27.2d, v26.d[0]
	fmla	v20.2d, v28.2d, v26.d[0]
	fmla	v19.2d, v24.2d, v26.d[1]
	fmla	v18.2d, v25.2d, v26.d[1]
	fmla	v17.2d, v27.2d, v26.d[1]
	fmla	v16.2d, v28.2d, v26.d[1]
	fmla	v7.2d, v24.2d, v29.d[0]
	fmla	v6.2d, v25.2d, v29.d[0]
	fmla	v5.2d, v27.2d, v29.d[0]
	fmla	v4.2d, v28.2d, v29.d[0]
	fmla	v3.2d, v24.2d, v29.d[1]
	fmla	v2.2d, v25.2d, v29.d[1]
	fmla	v1.2d, v27.2d, v29.d[1]
	fmla	v0.2d, v28.2d, v29.d[1]
	b.ne	.LBB1_1
.LBB1_2:
	cbz	w5, .LBB1_4
	ldp	q24, q25, [x3]
	add	x8, x3, x4, lsl #3
	add	x9, x3, x4, lsl #4
	fadd	v23.2d, v23.2d, v24.2d
	fadd	v22.2d, v22.2d, v25.2d
	ldp	q24, q25, [x3, #32]
	fadd	v21.2d, v21.2d, v24.2d
	fadd	v20.2d, v20.2d, v25.2d
	stp	q23, q22, [x3]
	stp	q21, q20, [x3, #32]
	ldp	q20, q21, [x8]
	fadd	v19.2d, v19.2d, v20.2d
	ldp	q20, q22, [x8, #32]
	fadd	v18.2d, v18.2d, v21.2d
	fadd	v17.2d, v17.2d, v20.2d
	fadd	v16.2d, v16.2d, v22.2d
	stp	q19, q18, [x8]
	stp	q17, q16, [x8, #32]
	mov	w8, #24
	ldp	q16, q17, [x9]
	madd	x8, x4, x8, x3
	fadd	v7.2d, v7.2d, v16.2d
	ldp	q16, q18, [x9, #32]
	fadd	v6.2d, v6.2d, v17.2d
	fadd	v5.2d, v5.2d, v16.2d
	fadd	v4.2d, v4.2d, v18.2d
	stp	q7, q6, [x9]
	stp	q5, q4, [x9, #32]
	ldp	q4, q5, [x8]
	ldr	q6, [x8, #32]
	fadd	v1.2d, v1.2d, v6.2d
	fadd	v3.2d, v3.2d, v4.2d
	fadd	v2.2d, v2.2d, v5.2d
	str	q1, [x8, #32]
	stp	q3, q2, [x8]
	ldr	q1, [x8, #48]!
	fadd	v0.2d, v0.2d, v1.2d
	str	q0, [x8]
	ret
.LBB1_4:
	mov	w10, #24
	add	x8, x3, x4, lsl #3
	add	x9, x3, x4, lsl #4
	madd	x10, x4, x10, x3
	stp	q23, q22, [x3]
	stp	q21, q20, [x3, #32]
	stp	q19, q18, [x8]
	stp	q17, q16, [x8, #32]
	stp	q7, q6, [x9]
	add	x8, x10, #48
	stp	q5, q4, [x9, #32]
	stp	q3, q2, [x10]
	str	q1, [x10, #32]
	str	q0, [x8]
	ret
.Lfunc_end1:
	.size	axon_ukernel_neon_f64, .Lfunc_end1-axon_ukernel_neon_f64
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
