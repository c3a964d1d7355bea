// Generated from ../../elementwise_neon.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"elementwise_neon.c"
	.text
	.globl	axon_binary_neon_f32
	.p2align	2
	.type	axon_binary_neon_f32,@function
axon_binary_neon_f32:
	.cfi_startproc
	mov	w8, w0
	cbz	w2, .LBB0_7
	ldr	s1, [x1]
	cmp	w8, #2
	mov	w0, wzr
	dup	v0.4s, v1.s[0]
	b.gt	.LBB0_14
	cbz	w8, .LBB0_30
	cmp	w8, #1
	b.eq	.LBB0_34
	cmp	w8, #2
	b.ne	.LBB0_190
	cmp	x6, #4
	b.ge	.LBB0_57
	mov	x8, xzr
	b	.LBB0_59
.LBB0_7:
	cbz	w4, .LBB0_19
	ldr	s1, [x3]
	cmp	w8, #2
	mov	w0, wzr
	dup	v0.4s, v1.s[0]
	b.gt	.LBB0_25
	cbz	w8, .LBB0_82
	cmp	w8, #1
	b.eq	.LBB0_86
	cmp	w8, #2
	b.ne	.LBB0_190
	cmp	x6, #4
	b.ge	.LBB0_134
	mov	x8, xzr
	b	.LBB0_136
.LBB0_14:
	cmp	w8, #3
	b.eq	.LBB0_32
	cmp	w8, #4
	b.eq	.LBB0_36
	cmp	w8, #5
	b.ne	.LBB0_190
	cmp	x6, #4
	b.ge	.LBB0_64
	mov	x11, xzr
	b	.LBB0_66
.LBB0_19:
	cmp	w8, #2
	mov	w0, wzr
	b.gt	.LBB0_38
	cbz	w8, .LBB0_114
	cmp	w8, #1
	b.eq	.LBB0_118
	cmp	w8, #2
	b.ne	.LBB0_190
	cmp	x6, #4
	b.ge	.LBB0_168
	mov	x9, xzr
	b	.LBB0_170
.LBB0_25:
	cmp	w8, #3
	b.eq	.LBB0_84
	cmp	w8, #4
	b.eq	.LBB0_88
	cmp	w8, #5
	b.ne	.LBB0_190
	cmp	x6, #4
	b.ge	.LBB0_140
	mov	x11, xzr
	b	.LBB0_142
.LBB0_30:
	cmp	x6, #4
	b.ge	.LBB0_43
	mov	x8, xzr
	b	.LBB0_45
.LBB0_32:
	cmp	x6, #4
	b.ge	.LBB0_50
	mov	x8, xzr
	b	.LBB0_52
.LBB0_34:
	cmp	x6, #4
	b.ge	.LBB0_69
	mov	x8, xzr
	b	.LBB0_71
.LBB0_36:
	cmp	x6, #4
	b.ge	.LBB0_76
	mov	x11, xzr
	b	.LBB0_78
.LBB0_38:
	cmp	w8, #3
	b.eq	.LBB0_116
	cmp	w8, #4
	b.eq	.LBB0_120
	cmp	w8, #5
	b.ne	.LBB0_190
	cmp	x6, #4
	b.ge	.LBB0_174
	mov	x12, xzr
	b	.LBB0_176
.LBB0_43:
	mov	x11, xzr
	mov	x9, x5
	mov	x10, x3
.LBB0_44:
	ldr	q1, [x10], #16
	add	x12, x11, #8
	add	x8, x11, #4
	cmp	x12, x6
	fadd	v1.4s, v0.4s, v1.4s
	mov	x11, x8
	str	q1, [x9], #16
	b.le	.LBB0_44
.LBB0_45:
	subs	x9, x6, x8
	b.le	.LBB0_231
	cmp	x9, #12
	b.hs	.LBB0_90
.LBB0_47:
	lsl	x10, x8, #2
	sub	x8, x6, x8
	add	x9, x5, x10
	add	x10, x3, x10
.LBB0_48:
	ldr	s0, [x1]
	ldr	s1, [x10], #4
	subs	x8, x8, #1
	fadd	s0, s0, s1
	str	s0, [x9], #4
	b.ne	.LBB0_48
	mov	w0, #1
	ret
.LBB0_50:
	mov	x11, xzr
	mov	x9, x5
	mov	x10, x3
.LBB0_51:
	ldr	q1, [x10], #16
	add	x12, x11, #8
	add	x8, x11, #4
	cmp	x12, x6
	fdiv	v1.4s, v0.4s, v1.4s
	mov	x11, x8
	str	q1, [x9], #16
	b.le	.LBB0_51
.LBB0_52:
	subs	x9, x6, x8
	b.le	.LBB0_231
	cmp	x9, #12
	b.hs	.LBB0_96
.LBB0_54:
	lsl	x10, x8, #2
	sub	x8, x6, x8
	add	x9, x5, x10
	add	x10, x3, x10
.LBB0_55:
	ldr	s0, [x1]
	ldr	s1, [x10], #4
	subs	x8, x8, #1
	fdiv	s0, s0, s1
	str	s0, [x9], #4
	b.ne	.LBB0_55
	mov	w0, #1
	ret
.LBB0_57:
	mov	x11, xzr
	mov	x9, x5
	mov	x10, x3
.LBB0_58:
	ldr	q0, [x10], #16
	add	x12, x11, #8
	add	x8, x11, #4
	cmp	x12, x6
	fmul	v0.4s, v0.4s, v1.s[0]
	mov	x11, x8
	str	q0, [x9], #16
	b.le	.LBB0_58
.LBB0_59:
	subs	x9, x6, x8
	b.le	.LBB0_231
	cmp	x9, #12
	b.hs	.LBB0_102
.LBB0_61:
	lsl	x10, x8, #2
	sub	x8, x6, x8
	add	x9, x5, x10
	add	x10, x3, x10
.LBB0_62:
	ldr	s0, [x1]
	ldr	s1, [x10], #4
	subs	x8, x8, #1
	fmul	s0, s0, s1
	str	s0, [x9], #4
	b.ne	.LBB0_62
	mov	w0, #1
	ret
.LBB0_64:
	mov	x10, xzr
	mov	x8, x5
	mov	x9, x3
.LBB0_65:
	ldr	q1, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x6
	fmin	v1.4s, v0.4s, v1.4s
	mov	x10, x11
	str	q1, [x8], #16
	b.le	.LBB0_65
.LBB0_66:
	subs	x8, x6, x11
	b.le	.LBB0_231
	lsl	x10, x11, #2
	add	x9, x5, x10
	add	x10, x3, x10
.LBB0_68:
	ld1r	{ v0.4s }, [x1]
	ld1r	{ v1.4s }, [x10], #4
	subs	x8, x8, #1
	fmin	v0.4s, v0.4s, v1.4s
	st1	{ v0.s }[0], [x9], #4
	b.ne	.LBB0_68
	b	.LBB0_231
.LBB0_69:
	mov	x11, xzr
	mov	x9, x5
	mov	x10, x3
.LBB0_70:
	ldr	q1, [x10], #16
	add	x12, x11, #8
	add	x8, x11, #4
	cmp	x12, x6
	fsub	v1.4s, v0.4s, v1.4s
	mov	x11, x8
	str	q1, [x9], #16
	b.le	.LBB0_70
.LBB0_71:
	subs	x9, x6, x8
	b.le	.LBB0_231
	cmp	x9, #12
	b.hs	.LBB0_108
.LBB0_73:
	lsl	x10, x8, #2
	sub	x8, x6, x8
	add	x9, x5, x10
	add	x10, x3, x10
.LBB0_74:
	ldr	s0, [x1]
	ldr	s1, [x10], #4
	subs	x8, x8, #1
	fsub	s0, s0, s1
	str	s0, [x9], #4
	b.ne	.LBB0_74
	mov	w0, #1
	ret
.LBB0_76:
	mov	x10, xzr
	mov	x8, x5
	mov	x9, x3
.LBB0_77:
	ldr	q1, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x6
	fmax	v1.4s, v0.4s, v1.4s
	mov	x10, x11
	str	q1, [x8], #16
	b.le	.LBB0_77
.LBB0_78:
	subs	x8, x6, x11
	b.le	.LBB0_231
	lsl	x10, x11, #2
	add	x9, x5, x10
	add	x10, x3, x10
.LBB0_80:
	ld1r	{ v0.4s }, [x1]
	ld1r	{ v1.4s }, [x10], #4
	subs	x8, x8, #1
	fmax	v0.4s, v0.4s, v1.4s
	st1	{ v0.s }[0], [x9], #4
	b.ne	.LBB0_80
	mov	w0, #1
	ret
.LBB0_82:
	cmp	x6, #4
	b.ge	.LBB0_122
	mov	x8, xzr
	b	.LBB0_124
.LBB0_84:
	cmp	x6, #4
	b.ge	.LBB0_128
	mov	x8, xzr
	b	.LBB0_130
.LBB0_86:
	cmp	x6, #4
	b.ge	.LBB0_145
	mov	x8, xzr
	b	.LBB0_147
.LBB0_88:
	cmp	x6, #4
	b.ge	.LBB0_151
	mov	x11, xzr
	b	.LBB0_153
.LBB0_90:
	lsl	x11, x8, #2
	lsl	x10, x6, #2
	add	x12, x5, x11
	add	x13, x3, x10
	add	x14, x5, x10
	add	x10, x3, x11
	cmp	x12, x13
	add	x13, x1, #4
	ccmp	x10, x14, #2, lo
	cset	w10, lo
	cmp	x1, x14
	ccmp	x12, x13, #2, lo
	b.lo	.LBB0_47
	tbnz	w10, #0, .LBB0_47
	ld1r	{ v0.4s }, [x1]
	and	x10, x9, #0xfffffffffffffff8
	add	x12, x11, #16
	add	x8, x8, x10
	add	x11, x5, x12
	add	x12, x3, x12
	mov	x13, x10
.LBB0_93:
	ldp	q1, q2, [x12, #-16]
	subs	x13, x13, #8
	add	x12, x12, #32
	fadd	v1.4s, v0.4s, v1.4s
	fadd	v2.4s, v0.4s, v2.4s
	stp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	b.ne	.LBB0_93
	cmp	x9, x10
	b.ne	.LBB0_47
	mov	w0, #1
	ret
.LBB0_96:
	lsl	x11, x8, #2
	lsl	x10, x6, #2
	add	x12, x5, x11
	add	x13, x3, x10
	add	x14, x5, x10
	add	x10, x3, x11
	cmp	x12, x13
	add	x13, x1, #4
	ccmp	x10, x14, #2, lo
	cset	w10, lo
	cmp	x1, x14
	ccmp	x12, x13, #2, lo
	b.lo	.LBB0_54
	tbnz	w10, #0, .LBB0_54
	ld1r	{ v0.4s }, [x1]
	and	x10, x9, #0xfffffffffffffff8
	add	x12, x11, #16
	add	x8, x8, x10
	add	x11, x5, x12
	add	x12, x3, x12
	mov	x13, x10
.LBB0_99:
	ldp	q1, q2, [x12, #-16]
	subs	x13, x13, #8
	add	x12, x12, #32
	fdiv	v1.4s, v0.4s, v1.4s
	fdiv	v2.4s, v0.4s, v2.4s
	stp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	b.ne	.LBB0_99
	cmp	x9, x10
	b.ne	.LBB0_54
	mov	w0, #1
	ret
.LBB0_102:
	lsl	x11, x8, #2
	lsl	x10, x6, #2
	add	x12, x5, x11
	add	x13, x3, x10
	add	x14, x5, x10
	add	x10, x3, x11
	cmp	x12, x13
	add	x13, x1, #4
	ccmp	x10, x14, #2, lo
	cset	w10, lo
	cmp	x1, x14
	ccmp	x12, x13, #2, lo
	b.lo	.LBB0_61
	tbnz	w10, #0, .LBB0_61
	and	x10, x9, #0xfffffffffffffff8
	ldr	s0, [x1]
	add	x12, x11, #16
	add	x8, x8, x10
	add	x11, x5, x12
	add	x12, x3, x12
	mov	x13, x10
.LBB0_105:
	ldp	q1, q2, [x12, #-16]
	subs	x13, x13, #8
	add	x12, x12, #32
	fmul	v1.4s, v1.4s, v0.s[0]
	fmul	v2.4s, v2.4s, v0.s[0]
	stp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	b.ne	.LBB0_105
	cmp	x9, x10
	b.ne	.LBB0_61
	mov	w0, #1
	ret
.LBB0_108:
	lsl	x11, x8, #2
	lsl	x10, x6, #2
	add	x12, x5, x11
	add	x13, x3, x10
	add	x14, x5, x10
	add	x10, x3, x11
	cmp	x12, x13
	add	x13, x1, #4
	ccmp	x10, x14, #2, lo
	cset	w10, lo
	cmp	x1, x14
	ccmp	x12, x13, #2, lo
	b.lo	.LBB0_73
	tbnz	w10, #0, .LBB0_73
	ld1r	{ v0.4s }, [x1]
	and	x10, x9, #0xfffffffffffffff8
	add	x12, x11, #16
	add	x8, x8, x10
	add	x11, x5, x12
	add	x12, x3, x12
	mov	x13, x10
.LBB0_111:
	ldp	q1, q2, [x12, #-16]
	subs	x13, x13, #8
	add	x12, x12, #32
	fsub	v1.4s, v0.4s, v1.4s
	fsub	v2.4s, v0.4s, v2.4s
	stp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	b.ne	.LBB0_111
	cmp	x9, x10
	b.ne	.LBB0_73
	mov	w0, #1
	ret
.LBB0_114:
	cmp	x6, #4
	b.ge	.LBB0_156
	mov	x9, xzr
	b	.LBB0_158
.LBB0_116:
	cmp	x6, #4
	b.ge	.LBB0_162
	mov	x9, xzr
	b	.LBB0_164
.LBB0_118:
	cmp	x6, #4
	b.ge	.LBB0_179
	mov	x9, xzr
	b	.LBB0_181
.LBB0_120:
	cmp	x6, #4
	b.ge	.LBB0_185
	mov	x12, xzr
	b	.LBB0_187
.LBB0_122:
	mov	x11, xzr
	mov	x9, x5
	mov	x10, x1
.LBB0_123:
	ldr	q1, [x10], #16
	add	x12, x11, #8
	add	x8, x11, #4
	cmp	x12, x6
	fadd	v1.4s, v0.4s, v1.4s
	mov	x11, x8
	str	q1, [x9], #16
	b.le	.LBB0_123
.LBB0_124:
	subs	x9, x6, x8
	b.le	.LBB0_231
	cmp	x9, #12
	b.hs	.LBB0_191
.LBB0_126:
	lsl	x10, x8, #2
	sub	x8, x6, x8
	mov	w0, #1
	add	x9, x5, x10
	add	x10, x1, x10
.LBB0_127:
	ldr	s0, [x10], #4
	ldr	s1, [x3]
	subs	x8, x8, #1
	fadd	s0, s0, s1
	str	s0, [x9], #4
	b.ne	.LBB0_127
	b	.LBB0_190
.LBB0_128:
	mov	x11, xzr
	mov	x9, x5
	mov	x10, x1
.LBB0_129:
	ldr	q1, [x10], #16
	add	x12, x11, #8
	add	x8, x11, #4
	cmp	x12, x6
	fdiv	v1.4s, v1.4s, v0.4s
	mov	x11, x8
	str	q1, [x9], #16
	b.le	.LBB0_129
.LBB0_130:
	subs	x9, x6, x8
	b.le	.LBB0_231
	cmp	x9, #12
	b.hs	.LBB0_196
.LBB0_132:
	lsl	x10, x8, #2
	sub	x8, x6, x8
	mov	w0, #1
	add	x9, x5, x10
	add	x10, x1, x10
.LBB0_133:
	ldr	s0, [x10], #4
	ldr	s1, [x3]
	subs	x8, x8, #1
	fdiv	s0, s0, s1
	str	s0, [x9], #4
	b.ne	.LBB0_133
	b	.LBB0_190
.LBB0_134:
	mov	x11, xzr
	mov	x9, x5
	mov	x10, x1
.LBB0_135:
	ldr	q0, [x10], #16
	add	x12, x11, #8
	add	x8, x11, #4
	cmp	x12, x6
	fmul	v0.4s, v0.4s, v1.s[0]
	mov	x11, x8
	str	q0, [x9], #16
	b.le	.LBB0_135
.LBB0_136:
	subs	x9, x6, x8
	b.le	.LBB0_231
	cmp	x9, #12
	b.hs	.LBB0_201
.LBB0_138:
	lsl	x10, x8, #2
	sub	x8, x6, x8
	mov	w0, #1
	add	x9, x5, x10
	add	x10, x1, x10
.LBB0_139:
	ldr	s0, [x10], #4
	ldr	s1, [x3]
	subs	x8, x8, #1
	fmul	s0, s0, s1
	str	s0, [x9], #4
	b.ne	.LBB0_139
	b	.LBB0_190
.LBB0_140:
	mov	x10, xzr
	mov	x8, x5
	mov	x9, x1
.LBB0_141:
	ldr	q1, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x6
	fmin	v1.4s, v1.4s, v0.4s
	mov	x10, x11
	str	q1, [x8], #16
	b.le	.LBB0_141
.LBB0_142:
	subs	x8, x6, x11
	b.le	.LBB0_231
	lsl	x10, x11, #2
	mov	w0, #1
	add	x9, x5, x10
	add	x10, x1, x10
.LBB0_144:
	ld1r	{ v0.4s }, [x10], #4
	ld1r	{ v1.4s }, [x3]
	subs	x8, x8, #1
	fmin	v0.4s, v0.4s, v1.4s
	st1	{ v0.s }[0], [x9], #4
	b.ne	.LBB0_144
	b	.LBB0_190
.LBB0_145:
	mov	x11, xzr
	mov	x9, x5
	mov	x10, x1
.LBB0_146:
	ldr	q1, [x10], #16
	add	x12, x11, #8
	add	x8, x11, #4
	cmp	x12, x6
	fsub	v1.4s, v1.4s, v0.4s
	mov	x11, x8
	str	q1, [x9], #16
	b.le	.LBB0_146
.LBB0_147:
	subs	x9, x6, x8
	b.le	.LBB0_231
	cmp	x9, #12
	b.hs	.LBB0_206
.LBB0_149:
	lsl	x10, x8, #2
	sub	x8, x6, x8
	mov	w0, #1
	add	x9, x5, x10
	add	x10, x1, x10
.LBB0_150:
	ldr	s0, [x10], #4
	ldr	s1, [x3]
	subs	x8, x8, #1
	fsub	s0, s0, s1
	str	s0, [x9], #4
	b.ne	.LBB0_150
	b	.LBB0_190
.LBB0_151:
	mov	x10, xzr
	mov	x8, x5
	mov	x9, x1
.LBB0_152:
	ldr	q1, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x6
	fmax	v1.4s, v1.4s, v0.4s
	mov	x10, x11
	str	q1, [x8], #16
	b.le	.LBB0_152
.LBB0_153:
	subs	x8, x6, x11
	b.le	.LBB0_231
	lsl	x10, x11, #2
	mov	w0, #1
	add	x9, x5, x10
	add	x10, x1, x10
.LBB0_155:
	ld1r	{ v0.4s }, [x10], #4
	ld1r	{ v1.4s }, [x3]
	subs	x8, x8, #1
	fmax	v0.4s, v0.4s, v1.4s
	st1	{ v0.s }[0], [x9], #4
	b.ne	.LBB0_155
	b	.LBB0_190
.LBB0_156:
	mov	x12, xzr
	mov	x8, x5
	mov	x10, x3
	mov	x11, x1
.LBB0_157:
	ldr	q0, [x11], #16
	add	x13, x12, #8
	ldr	q1, [x10], #16
	add	x9, x12, #4
	cmp	x13, x6
	mov	x12, x9
	fadd	v0.4s, v0.4s, v1.4s
	str	q0, [x8], #16
	b.le	.LBB0_157
.LBB0_158:
	subs	x8, x6, x9
	b.le	.LBB0_231
	cmp	x8, #8
	b.hs	.LBB0_211
.LBB0_160:
	lsl	x11, x9, #2
	sub	x9, x6, x9
	mov	w0, #1
	add	x8, x5, x11
	add	x10, x1, x11
	add	x11, x3, x11
.LBB0_161:
	ldr	s0, [x10], #4
	subs	x9, x9, #1
	ldr	s1, [x11], #4
	fadd	s0, s0, s1
	str	s0, [x8], #4
	b.ne	.LBB0_161
	b	.LBB0_190
.LBB0_162:
	mov	x12, xzr
	mov	x8, x5
	mov	x10, x3
	mov	x11, x1
.LBB0_163:
	ldr	q0, [x11], #16
	add	x13, x12, #8
	ldr	q1, [x10], #16
	add	x9, x12, #4
	cmp	x13, x6
	mov	x12, x9
	fdiv	v0.4s, v0.4s, v1.4s
	str	q0, [x8], #16
	b.le	.LBB0_163
.LBB0_164:
	subs	x8, x6, x9
	b.le	.LBB0_231
	cmp	x8, #8
	b.hs	.LBB0_216
.LBB0_166:
	lsl	x11, x9, #2
	sub	x9, x6, x9
	mov	w0, #1
	add	x8, x5, x11
	add	x10, x1, x11
	add	x11, x3, x11
.LBB0_167:
	ldr	s0, [x10], #4
	subs	x9, x9, #1
	ldr	s1, [x11], #4
	fdiv	s0, s0, s1
	str	s0, [x8], #4
	b.ne	.LBB0_167
	b	.LBB0_190
.LBB0_168:
	mov	x12, xzr
	mov	x8, x5
	mov	x10, x3
	mov	x11, x1
.LBB0_169:
	ldr	q0, [x11], #16
	add	x13, x12, #8
	ldr	q1, [x10], #16
	add	x9, x12, #4
	cmp	x13, x6
	mov	x12, x9
	fmul	v0.4s, v0.4s, v1.4s
	str	q0, [x8], #16
	b.le	.LBB0_169
.LBB0_170:
	subs	x8, x6, x9
	b.le	.LBB0_231
	cmp	x8, #8
	b.hs	.LBB0_221
.LBB0_172:
	lsl	x11, x9, #2
	sub	x9, x6, x9
	mov	w0, #1
	add	x8, x5, x11
	add	x10, x1, x11
	add	x11, x3, x11
.LBB0_173:
	ldr	s0, [x10], #4
	subs	x9, x9, #1
	ldr	s1, [x11], #4
	fmul	s0, s0, s1
	str	s0, [x8], #4
	b.ne	.LBB0_173
	b	.LBB0_190
.LBB0_174:
	mov	x11, xzr
	mov	x8, x5
	mov	x9, x3
	mov	x10, x1
.LBB0_175:
	ldr	q0, [x10], #16
	add	x13, x11, #8
	ldr	q1, [x9], #16
	add	x12, x11, #4
	cmp	x13, x6
	mov	x11, x12
	fmin	v0.4s, v0.4s, v1.4s
	str	q0, [x8], #16
	b.le	.LBB0_175
.LBB0_176:
	subs	x8, x6, x12
	b.le	.LBB0_231
	lsl	x11, x12, #2
	mov	w0, #1
	add	x9, x5, x11
	add	x10, x1, x11
	add	x11, x3, x11
.LBB0_178:
	ld1r	{ v0.4s }, [x10], #4
	subs	x8, x8, #1
	ld1r	{ v1.4s }, [x11], #4
	fmin	v0.4s, v0.4s, v1.4s
	st1	{ v0.s }[0], [x9], #4
	b.ne	.LBB0_178
	b	.LBB0_190
.LBB0_179:
	mov	x12, xzr
	mov	x8, x5
	mov	x10, x3
	mov	x11, x1
.LBB0_180:
	ldr	q0, [x11], #16
	add	x13, x12, #8
	ldr	q1, [x10], #16
	add	x9, x12, #4
	cmp	x13, x6
	mov	x12, x9
	fsub	v0.4s, v0.4s, v1.4s
	str	q0, [x8], #16
	b.le	.LBB0_180
.LBB0_181:
	subs	x8, x6, x9
	b.le	.LBB0_231
	cmp	x8, #8
	b.hs	.LBB0_226
.LBB0_183:
	lsl	x11, x9, #2
	sub	x9, x6, x9
	mov	w0, #1
	add	x8, x5, x11
	add	x10, x1, x11
	add	x11, x3, x11
.LBB0_184:
	ldr	s0, [x10], #4
	subs	x9, x9, #1
	ldr	s1, [x11], #4
	fsub	s0, s0, s1
	str	s0, [x8], #4
	b.ne	.LBB0_184
	b	.LBB0_190
.LBB0_185:
	mov	x11, xzr
	mov	x8, x5
	mov	x9, x3
	mov	x10, x1
.LBB0_186:
	ldr	q0, [x10], #16
	add	x13, x11, #8
	ldr	q1, [x9], #16
	add	x12, x11, #4
	cmp	x13, x6
	mov	x11, x12
	fmax	v0.4s, v0.4s, v1.4s
	str	q0, [x8], #16
	b.le	.LBB0_186
.LBB0_187:
	subs	x8, x6, x12
	b.le	.LBB0_231
	lsl	x11, x12, #2
	mov	w0, #1
	add	x9, x5, x11
	add	x10, x1, x11
	add	x11, x3, x11
.LBB0_189:
	ld1r	{ v0.4s }, [x10], #4
	subs	x8, x8, #1
	ld1r	{ v1.4s }, [x11], #4
	fmax	v0.4s, v0.4s, v1.4s
	st1	{ v0.s }[0], [x9], #4
	b.ne	.LBB0_189
.LBB0_190:
	ret
.LBB0_191:
	lsl	x11, x8, #2
	lsl	x10, x6, #2
	add	x13, x3, #4
	add	x12, x5, x11
	add	x14, x5, x10
	add	x15, x1, x10
	cmp	x12, x13
	add	x13, x1, x11
	ccmp	x3, x14, #2, lo
	cset	w10, lo
	cmp	x13, x14
	ccmp	x12, x15, #2, lo
	b.lo	.LBB0_126
	tbnz	w10, #0, .LBB0_126
	ld1r	{ v0.4s }, [x3]
	and	x10, x9, #0xfffffffffffffff8
	add	x12, x11, #16
	add	x8, x8, x10
	add	x11, x5, x12
	add	x12, x1, x12
	mov	x13, x10
.LBB0_194:
	ldp	q1, q2, [x12, #-16]
	subs	x13, x13, #8
	add	x12, x12, #32
	fadd	v1.4s, v1.4s, v0.4s
	fadd	v2.4s, v2.4s, v0.4s
	stp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	b.ne	.LBB0_194
	cmp	x9, x10
	b.eq	.LBB0_231
	b	.LBB0_126
.LBB0_196:
	lsl	x11, x8, #2
	lsl	x10, x6, #2
	add	x13, x3, #4
	add	x12, x5, x11
	add	x14, x5, x10
	add	x15, x1, x10
	cmp	x12, x13
	add	x13, x1, x11
	ccmp	x3, x14, #2, lo
	cset	w10, lo
	cmp	x13, x14
	ccmp	x12, x15, #2, lo
	b.lo	.LBB0_132
	tbnz	w10, #0, .LBB0_132
	ld1r	{ v0.4s }, [x3]
	and	x10, x9, #0xfffffffffffffff8
	add	x12, x11, #16
	add	x8, x8, x10
	add	x11, x5, x12
	add	x12, x1, x12
	mov	x13, x10
.LBB0_199:
	ldp	q1, q2, [x12, #-16]
	subs	x13, x13, #8
	add	x12, x12, #32
	fdiv	v1.4s, v1.4s, v0.4s
	fdiv	v2.4s, v2.4s, v0.4s
	stp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	b.ne	.LBB0_199
	cmp	x9, x10
	b.eq	.LBB0_231
	b	.LBB0_132
.LBB0_201:
	lsl	x11, x8, #2
	lsl	x10, x6, #2
	add	x13, x3, #4
	add	x12, x5, x11
	add	x14, x5, x10
	add	x15, x1, x10
	cmp	x12, x13
	add	x13, x1, x11
	ccmp	x3, x14, #2, lo
	cset	w10, lo
	cmp	x13, x14
	ccmp	x12, x15, #2, lo
	b.lo	.LBB0_138
	tbnz	w10, #0, .LBB0_138
	and	x10, x9, #0xfffffffffffffff8
	ldr	s0, [x3]
	add	x12, x11, #16
	add	x8, x8, x10
	add	x11, x5, x12
	add	x12, x1, x12
	mov	x13, x10
.LBB0_204:
	ldp	q1, q2, [x12, #-16]
	subs	x13, x13, #8
	add	x12, x12, #32
	fmul	v1.4s, v1.4s, v0.s[0]
	fmul	v2.4s, v2.4s, v0.s[0]
	stp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	b.ne	.LBB0_204
	cmp	x9, x10
	b.eq	.LBB0_231
	b	.LBB0_138
.LBB0_206:
	lsl	x11, x8, #2
	lsl	x10, x6, #2
	add	x13, x3, #4
	add	x12, x5, x11
	add	x14, x5, x10
	add	x15, x1, x10
	cmp	x12, x13
	add	x13, x1, x11
	ccmp	x3, x14, #2, lo
	cset	w10, lo
	cmp	x13, x14
	ccmp	x12, x15, #2, lo
	b.lo	.LBB0_149
	tbnz	w10, #0, .LBB0_149
	ld1r	{ v0.4s }, [x3]
	and	x10, x9, #0xfffffffffffffff8
	add	x12, x11, #16
	add	x8, x8, x10
	add	x11, x5, x12
	add	x12, x1, x12
	mov	x13, x10
.LBB0_209:
	ldp	q1, q2, [x12, #-16]
	subs	x13, x13, #8
	add	x12, x12, #32
	fsub	v1.4s, v1.4s, v0.4s
	fsub	v2.4s, v2.4s, v0.4s
	stp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	b.ne	.LBB0_209
	cmp	x9, x10
	b.eq	.LBB0_231
	b	.LBB0_149
.LBB0_211:
	sub	x10, x5, x1
	cmp	x10, #32
	b.lo	.LBB0_160
	sub	x10, x5, x3
	cmp	x10, #32
	b.lo	.LBB0_160
	lsl	x11, x9, #2
	and	x10, x8, #0xfffffffffffffff8
	add	x9, x9, x10
	mov	x14, x10
	add	x13, x11, #16
	add	x11, x1, x13
	add	x12, x5, x13
	add	x13, x3, x13
.LBB0_214:
	ldp	q0, q3, [x13, #-16]
	subs	x14, x14, #8
	ldp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	add	x13, x13, #32
	fadd	v0.4s, v1.4s, v0.4s
	fadd	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB0_214
	cmp	x8, x10
	b.eq	.LBB0_231
	b	.LBB0_160
.LBB0_216:
	sub	x10, x5, x1
	cmp	x10, #32
	b.lo	.LBB0_166
	sub	x10, x5, x3
	cmp	x10, #32
	b.lo	.LBB0_166
	lsl	x11, x9, #2
	and	x10, x8, #0xfffffffffffffff8
	add	x9, x9, x10
	mov	x14, x10
	add	x13, x11, #16
	add	x11, x1, x13
	add	x12, x5, x13
	add	x13, x3, x13
.LBB0_219:
	ldp	q0, q3, [x13, #-16]
	subs	x14, x14, #8
	ldp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	add	x13, x13, #32
	fdiv	v0.4s, v1.4s, v0.4s
	fdiv	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB0_219
	cmp	x8, x10
	b.eq	.LBB0_231
	b	.LBB0_166
.LBB0_221:
	sub	x10, x5, x1
	cmp	x10, #32
	b.lo	.LBB0_172
	sub	x10, x5, x3
	cmp	x10, #32
	b.lo	.LBB0_172
	lsl	x11, x9, #2
	and	x10, x8, #0xfffffffffffffff8
	add	x9, x9, x10
	mov	x14, x10
	add	x13, x11, #16
	add	x11, x1, x13
	add	x12, x5, x13
	add	x13, x3, x13
.LBB0_224:
	ldp	q0, q3, [x13, #-16]
	subs	x14, x14, #8
	ldp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	add	x13, x13, #32
	fmul	v0.4s, v1.4s, v0.4s
	fmul	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB0_224
	cmp	x8, x10
	b.eq	.LBB0_231
	b	.LBB0_172
.LBB0_226:
	sub	x10, x5, x1
	cmp	x10, #32
	b.lo	.LBB0_183
	sub	x10, x5, x3
	cmp	x10, #32
	b.lo	.LBB0_183
	lsl	x11, x9, #2
	and	x10, x8, #0xfffffffffffffff8
	add	x9, x9, x10
	mov	x14, x10
	add	x13, x11, #16
	add	x11, x1, x13
	add	x12, x5, x13
	add	x13, x3, x13
.LBB0_229:
	ldp	q0, q3, [x13, #-16]
	subs	x14, x14, #8
	ldp	q1, q2, [x11, #-16]
	add	x11, x11, #32
	add	x13, x13, #32
	fsub	v0.4s, v1.4s, v0.4s
	fsub	v1.4s, v2.4s, v3.4s
	stp	q0, q1, [x12, #-16]
	add	x12, x12, #32
	b.ne	.LBB0_229
	cmp	x8, x10
	b.ne	.LBB0_183
.LBB0_231:
	mov	w0, #1
	ret
.Lfunc_end0:
	.size	axon_binary_neon_f32, .Lfunc_end0-axon_binary_neon_f32
	.cfi_endproc

	.globl	axon_unary_neon_f32
	.p2align	2
	.type	axon_unary_neon_f32,@function
axon_unary_neon_f32:
	.cfi_startproc
	cmp	w0, #9
	b.hi	.LBB1_20
	sub	sp, sp, #144
	.cfi_def_cfa_offset 144
	stp	d13, d12, [sp, #48]
	stp	d11, d10, [sp, #64]
	stp	d9, d8, [sp, #80]
	stp	x29, x30, [sp, #96]
	str	x21, [sp, #112]
	stp	x20, x19, [sp, #128]
	add	x29, sp, #96
	.cfi_def_cfa w29, 48
	.cfi_offset w19, -8
	.cfi_offset w20, -16
	.cfi_offset w21, -32
	.cfi_offset w30, -40
	.cfi_offset w29, -48
	.cfi_offset b8, -56
	.cfi_offset b9, -64
	.cfi_offset b10, -72
	.cfi_offset b11, -80
	.cfi_offset b12, -88
	.cfi_offset b13, -96
	.cfi_remember_state
	mov	w8, w0
	adrp	x9, .LJTI1_0
	add	x9, x9, :lo12:.LJTI1_0
	adr	x10, .LBB1_2
	ldrb	w11, [x9, x8]
	add	x10, x10, x11, lsl #2
	mov	x19, x2
	br	x10
.LBB1_2:
	cmp	x3, #4
	b.ge	.LBB1_43
	mov	x11, xzr
	b	.LBB1_45
.LBB1_4:
	fmov	v12.4s, #-23.00000000
	fmov	v13.4s, #-1.00000000
	cmp	x3, #4
	b.ge	.LBB1_23
	mov	x11, xzr
	b	.LBB1_25
.LBB1_6:
	fmov	v1.4s, #1.00000000
	cmp	x3, #4
	b.ge	.LBB1_27
	mov	x11, xzr
	b	.LBB1_29
.LBB1_8:
	cmp	x3, #4
	b.ge	.LBB1_31
	mov	x11, xzr
	b	.LBB1_33
.LBB1_10:
	cmp	x3, #4
	b.ge	.LBB1_35
	mov	x11, xzr
	b	.LBB1_37
.LBB1_12:
	cmp	x3, #4
	b.ge	.LBB1_39
	mov	x11, xzr
	b	.LBB1_41
.LBB1_14:
	cmp	x3, #4
	b.ge	.LBB1_47
	mov	x11, xzr
	b	.LBB1_49
.LBB1_16:
	fmov	v11.4s, #0.62500000
	cmp	x3, #4
	b.ge	.LBB1_51
	mov	x11, xzr
	b	.LBB1_53
.LBB1_18:
	cmp	x3, #4
	b.ge	.LBB1_55
	mov	x11, xzr
	b	.LBB1_57
.LBB1_20:
	.cfi_def_cfa wsp, 0
	.cfi_same_value w19
	.cfi_same_value w20
	.cfi_same_value w21
	.cfi_same_value w30
	.cfi_same_value w29
	.cfi_same_value b8
	.cfi_same_value b9
	.cfi_same_value b10
	.cfi_same_value b11
	.cfi_same_value b12
	.cfi_same_value b13
	mov	w0, wzr
	ret
.LBB1_21:
	.cfi_restore_state
	cmp	x3, #4
	b.ge	.LBB1_59
	mov	x11, xzr
	b	.LBB1_61
.LBB1_23:
	mov	w9, #1267
	mov	w10, #23887
	mov	w11, #65532
	movk	w9, #16181, lsl #16
	movk	w10, #48638, lsl #16
	mvni	v18.4s, #127, msl #16
	dup	v3.4s, w9
	mov	w9, #8635
	dup	v16.4s, w10
	movk	w9, #15760, lsl #16
	mov	w10, #52908
	mvni	v24.4s, #63, msl #16
	dup	v5.4s, w9
	mov	w9, #53688
	movk	w10, #15948, lsl #16
	movk	w9, #48619, lsl #16
	movk	w11, #48767, lsl #16
	dup	v20.4s, w10
	dup	v6.4s, w9
	mov	w9, #9498
	dup	v21.4s, w11
	movk	w9, #15855, lsl #16
	mov	w10, #32899
	mov	w11, #32768
	dup	v7.4s, w9
	mov	w9, #59839
	movi	v0.4s, #128, lsl #16
	movk	w9, #15889, lsl #16
	movi	v1.4s, #75, lsl #24
	movi	v2.4s, #127, msl #16
	dup	v17.4s, w9
	mov	w9, #44624
	fmov	v4.4s, #1.00000000
	movk	w9, #48682, lsl #16
	movk	w10, #47454, lsl #16
	movi	v22.4s, #191, lsl #24
	dup	v19.4s, w9
	mov	w9, #43690
	movk	w11, #16177, lsl #16
	movk	w9, #16042, lsl #16
	fneg	v23.4s, v18.4s
	fneg	v24.4s, v24.4s
	dup	v25.4s, w9
	dup	v26.4s, w10
	dup	v27.4s, w11
	mov	x8, xzr
	mov	x9, x19
	mov	x10, x1
.LBB1_24:
	ldr	q28, [x10], #16
	mov	v10.16b, v7.16b
	mov	v11.16b, v21.16b
	add	x12, x8, #8
	add	x11, x8, #4
	fcmgt	v29.4s, v0.4s, v28.4s
	fmul	v30.4s, v28.4s, v1.4s
	cmp	x12, x3
	mov	x8, x11
	bif	v30.16b, v28.16b, v29.16b
	and	v29.16b, v29.16b, v12.16b
	and	v31.16b, v30.16b, v2.16b
	orr	v31.4s, #63, lsl #24
	fcmgt	v8.4s, v3.4s, v31.4s
	and	v9.16b, v8.16b, v31.16b
	and	v8.16b, v8.16b, v4.16b
	fadd	v31.4s, v9.4s, v31.4s
	mov	v9.16b, v6.16b
	fadd	v31.4s, v31.4s, v13.4s
	fmla	v9.4s, v5.4s, v31.4s
	fmla	v10.4s, v31.4s, v9.4s
	mov	v9.16b, v16.16b
	fmla	v9.4s, v31.4s, v10.4s
	mov	v10.16b, v17.16b
	fmla	v10.4s, v31.4s, v9.4s
	mov	v9.16b, v19.16b
	fmla	v9.4s, v31.4s, v10.4s
	mov	v10.16b, v20.16b
	fmla	v10.4s, v31.4s, v9.4s
	mvni	v9.4s, #125
	usra	v9.4s, v30.4s, #23
	mov	v30.16b, v25.16b
	fmla	v11.4s, v31.4s, v10.4s
	scvtf	v9.4s, v9.4s
	fmla	v30.4s, v31.4s, v11.4s
	fadd	v29.4s, v29.4s, v9.4s
	fmul	v9.4s, v31.4s, v31.4s
	fmul	v30.4s, v31.4s, v30.4s
	fsub	v29.4s, v29.4s, v8.4s
	fcmgt	v8.4s, v23.4s, v28.4s
	fmul	v30.4s, v9.4s, v30.4s
	fmla	v30.4s, v26.4s, v29.4s
	fmla	v30.4s, v22.4s, v9.4s
	fadd	v30.4s, v31.4s, v30.4s
	fcmlt	v31.4s, v28.4s, #0.0
	fmla	v30.4s, v27.4s, v29.4s
	fcmeq	v29.4s, v28.4s, #0.0
	bsl	v29.16b, v18.16b, v30.16b
	fcmgt	v30.4s, v28.4s, v23.4s
	bit	v29.16b, v24.16b, v31.16b
	orr	v30.16b, v8.16b, v30.16b
	bit	v28.16b, v29.16b, v30.16b
	str	q28, [x9], #16
	b.le	.LBB1_24
.LBB1_25:
	subs	x8, x3, x11
	b.le	.LBB1_64
	movi	v0.2d, #0000000000000000
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	str	q13, [sp]
	add	x1, x1, x21
	mov	x2, x20
	stp	q12, q0, [sp, #16]
	bl	memcpy
	movi	v1.4s, #128, lsl #16
	movi	v2.4s, #75, lsl #24
	ldr	q0, [sp, #32]
	movi	v3.4s, #127, msl #16
	mov	w8, #1267
	mov	w9, #53688
	movk	w8, #16181, lsl #16
	movk	w9, #48619, lsl #16
	mvni	v7.4s, #125
	dup	v4.4s, w8
	mov	w8, #8635
	dup	v6.4s, w9
	fcmgt	v1.4s, v1.4s, v0.4s
	fmul	v2.4s, v0.4s, v2.4s
	movk	w8, #15760, lsl #16
	bif	v2.16b, v0.16b, v1.16b
	and	v3.16b, v2.16b, v3.16b
	usra	v7.4s, v2.4s, #23
	orr	v3.4s, #63, lsl #24
	fcmgt	v4.4s, v4.4s, v3.4s
	and	v5.16b, v4.16b, v3.16b
	fadd	v3.4s, v5.4s, v3.4s
	ldr	q5, [sp]
	fadd	v3.4s, v3.4s, v5.4s
	dup	v5.4s, w8
	mov	w8, #9498
	movk	w8, #15855, lsl #16
	fmla	v6.4s, v5.4s, v3.4s
	dup	v5.4s, w8
	mov	w8, #23887
	movk	w8, #48638, lsl #16
	fmla	v5.4s, v3.4s, v6.4s
	dup	v6.4s, w8
	mov	w8, #59839
	movk	w8, #15889, lsl #16
	fmla	v6.4s, v3.4s, v5.4s
	dup	v5.4s, w8
	mov	w8, #44624
	movk	w8, #48682, lsl #16
	fmla	v5.4s, v3.4s, v6.4s
	dup	v6.4s, w8
	mov	w8, #52908
	movk	w8, #15948, lsl #16
	fmla	v6.4s, v3.4s, v5.4s
	dup	v5.4s, w8
	mov	w8, #65532
	movk	w8, #48767, lsl #16
	fmla	v5.4s, v3.4s, v6.4s
	dup	v6.4s, w8
	mov	w8, #43690
	movk	w8, #16042, lsl #16
	dup	v2.4s, w8
	mov	w8, #32899
	movk	w8, #47454, lsl #16
	fmla	v6.4s, v3.4s, v5.4s
	scvtf	v5.4s, v7.4s
	fmla	v2.4s, v3.4s, v6.4s
	ldr	q6, [sp, #16]
	and	v1.16b, v1.16b, v6.16b
	fmov	v6.4s, #1.00000000
	fmul	v2.4s, v3.4s, v2.4s
	fadd	v1.4s, v1.4s, v5.4s
	fmul	v5.4s, v3.4s, v3.4s
	and	v4.16b, v4.16b, v6.16b
	fcmlt	v6.4s, v0.4s, #0.0
	fsub	v1.4s, v1.4s, v4.4s
	fmul	v2.4s, v5.4s, v2.4s
	dup	v4.4s, w8
	mov	w8, #32768
	movk	w8, #16177, lsl #16
	fmla	v2.4s, v4.4s, v1.4s
	movi	v4.4s, #191, lsl #24
	fmla	v2.4s, v4.4s, v5.4s
	mvni	v4.4s, #127, msl #16
	mvni	v5.4s, #63, msl #16
	fadd	v2.4s, v3.4s, v2.4s
	dup	v3.4s, w8
	fmla	v2.4s, v3.4s, v1.4s
	fcmeq	v1.4s, v0.4s, #0.0
	fneg	v3.4s, v4.4s
	bsl	v1.16b, v4.16b, v2.16b
	fneg	v2.4s, v5.4s
	fcmgt	v4.4s, v0.4s, v3.4s
	fcmgt	v3.4s, v3.4s, v0.4s
	bit	v1.16b, v2.16b, v6.16b
	orr	v2.16b, v3.16b, v4.16b
	bit	v0.16b, v1.16b, v2.16b
	b	.LBB1_63
.LBB1_27:
	mov	x10, xzr
	mov	x8, x19
	mov	x9, x1
.LBB1_28:
	ldr	q0, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x3
	fdiv	v0.4s, v1.4s, v0.4s
	mov	x10, x11
	str	q0, [x8], #16
	b.le	.LBB1_28
.LBB1_29:
	subs	x8, x3, x11
	b.le	.LBB1_64
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	stp	xzr, xzr, [sp, #32]
	add	x1, x1, x21
	mov	x2, x20
	str	q1, [sp, #16]
	bl	memcpy
	ldp	q1, q0, [sp, #16]
	fdiv	v0.4s, v1.4s, v0.4s
	b	.LBB1_63
.LBB1_31:
	mov	x10, xzr
	mov	x8, x19
	mov	x9, x1
.LBB1_32:
	ldr	q0, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x3
	fsqrt	v0.4s, v0.4s
	mov	x10, x11
	str	q0, [x8], #16
	b.le	.LBB1_32
.LBB1_33:
	subs	x8, x3, x11
	b.le	.LBB1_64
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	stp	xzr, xzr, [sp, #32]
	add	x1, x1, x21
	mov	x2, x20
	bl	memcpy
	ldr	q0, [sp, #32]
	fsqrt	v0.4s, v0.4s
	b	.LBB1_63
.LBB1_35:
	mov	w9, #-1026555904
	mov	w10, #1118961664
	mov	w11, #43579
	dup	v0.4s, w9
	mov	w9, #32768
	dup	v1.4s, w10
	movk	w9, #48945, lsl #16
	mov	w10, #17358
	movk	w11, #16312, lsl #16
	dup	v3.4s, w9
	mov	w9, #32899
	movk	w10, #15031, lsl #16
	movk	w9, #14686, lsl #16
	dup	v2.4s, w11
	dup	v6.4s, w10
	dup	v4.4s, w9
	mov	w9, #26983
	mov	w10, #43457
	movk	w9, #14672, lsl #16
	mov	w11, #43690
	movk	w10, #15658, lsl #16
	dup	v5.4s, w9
	mov	w9, #35080
	movk	w11, #15914, lsl #16
	movk	w9, #15368, lsl #16
	fmov	v7.4s, #1.00000000
	dup	v17.4s, w10
	dup	v16.4s, w9
	dup	v18.4s, w11
	mov	x8, xzr
	mov	x9, x19
	mov	x10, x1
.LBB1_36:
	ldr	q19, [x10], #16
	mov	v22.16b, v6.16b
	mov	v23.16b, v16.16b
	add	x12, x8, #8
	add	x11, x8, #4
	fmax	v20.4s, v19.4s, v0.4s
	cmp	x12, x3
	mov	x8, x11
	fmin	v20.4s, v20.4s, v1.4s
	fmul	v21.4s, v20.4s, v2.4s
	frintn	v21.4s, v21.4s
	fmla	v20.4s, v3.4s, v21.4s
	fmla	v20.4s, v4.4s, v21.4s
	fcvtzs	v21.4s, v21.4s
	fmla	v22.4s, v5.4s, v20.4s
	sshr	v24.4s, v21.4s, #1
	shl	v25.4s, v24.4s, #23
	sub	v21.4s, v21.4s, v24.4s
	fmla	v23.4s, v20.4s, v22.4s
	mov	v22.16b, v17.16b
	shl	v21.4s, v21.4s, #23
	fmla	v22.4s, v20.4s, v23.4s
	mov	v23.16b, v18.16b
	add	v21.4s, v21.4s, v7.4s
	fmla	v23.4s, v20.4s, v22.4s
	movi	v22.4s, #63, lsl #24
	fmla	v22.4s, v20.4s, v23.4s
	fadd	v23.4s, v20.4s, v7.4s
	fmul	v20.4s, v20.4s, v20.4s
	fmla	v23.4s, v20.4s, v22.4s
	add	v20.4s, v25.4s, v7.4s
	fmul	v20.4s, v23.4s, v20.4s
	fmul	v20.4s, v20.4s, v21.4s
	fcmeq	v21.4s, v19.4s, v19.4s
	bit	v19.16b, v20.16b, v21.16b
	str	q19, [x9], #16
	b.le	.LBB1_36
.LBB1_37:
	subs	x8, x3, x11
	b.le	.LBB1_64
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	stp	xzr, xzr, [sp, #32]
	add	x1, x1, x21
	mov	x2, x20
	bl	memcpy
	mov	w8, #-1026555904
	ldr	q1, [sp, #32]
	mov	w9, #17358
	dup	v0.4s, w8
	mov	w8, #1118961664
	movk	w9, #15031, lsl #16
	dup	v2.4s, w8
	mov	w8, #43579
	dup	v4.4s, w9
	movk	w8, #16312, lsl #16
	fmov	v5.4s, #1.00000000
	fmax	v0.4s, v1.4s, v0.4s
	fmin	v0.4s, v0.4s, v2.4s
	dup	v2.4s, w8
	mov	w8, #32768
	movk	w8, #48945, lsl #16
	dup	v3.4s, w8
	mov	w8, #32899
	movk	w8, #14686, lsl #16
	fmul	v2.4s, v0.4s, v2.4s
	frintn	v2.4s, v2.4s
	fmla	v0.4s, v3.4s, v2.4s
	dup	v3.4s, w8
	mov	w8, #26983
	movk	w8, #14672, lsl #16
	fmla	v0.4s, v3.4s, v2.4s
	dup	v3.4s, w8
	mov	w8, #35080
	movk	w8, #15368, lsl #16
	fcvtzs	v2.4s, v2.4s
	fmla	v4.4s, v3.4s, v0.4s
	dup	v3.4s, w8
	mov	w8, #43457
	movk	w8, #15658, lsl #16
	sshr	v6.4s, v2.4s, #1
	fmla	v3.4s, v0.4s, v4.4s
	dup	v4.4s, w8
	mov	w8, #43690
	movk	w8, #15914, lsl #16
	shl	v7.4s, v6.4s, #23
	sub	v2.4s, v2.4s, v6.4s
	fmla	v4.4s, v0.4s, v3.4s
	dup	v3.4s, w8
	shl	v2.4s, v2.4s, #23
	add	v2.4s, v2.4s, v5.4s
	fmla	v3.4s, v0.4s, v4.4s
	movi	v4.4s, #63, lsl #24
	fmla	v4.4s, v0.4s, v3.4s
	fadd	v3.4s, v0.4s, v5.4s
	fmul	v0.4s, v0.4s, v0.4s
	fmla	v3.4s, v0.4s, v4.4s
	add	v0.4s, v7.4s, v5.4s
	fmul	v0.4s, v3.4s, v0.4s
	fmul	v0.4s, v0.4s, v2.4s
	fcmeq	v2.4s, v1.4s, v1.4s
	bif	v0.16b, v1.16b, v2.16b
	b	.LBB1_63
.LBB1_39:
	movi	v0.2d, #0000000000000000
	mov	x10, xzr
	mov	x8, x19
	mov	x9, x1
.LBB1_40:
	ldr	q1, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x3
	fmax	v1.4s, v1.4s, v0.4s
	mov	x10, x11
	str	q1, [x8], #16
	b.le	.LBB1_40
.LBB1_41:
	subs	x8, x3, x11
	b.le	.LBB1_64
	movi	v0.2d, #0000000000000000
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	add	x1, x1, x21
	mov	x2, x20
	str	q0, [sp, #32]
	bl	memcpy
	movi	v1.2d, #0000000000000000
	ldr	q0, [sp, #32]
	fmax	v0.4s, v0.4s, v1.4s
	b	.LBB1_63
.LBB1_43:
	mov	x10, xzr
	mov	x8, x19
	mov	x9, x1
.LBB1_44:
	ldr	q0, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x3
	fneg	v0.4s, v0.4s
	mov	x10, x11
	str	q0, [x8], #16
	b.le	.LBB1_44
.LBB1_45:
	subs	x8, x3, x11
	b.le	.LBB1_64
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	stp	xzr, xzr, [sp, #32]
	add	x1, x1, x21
	mov	x2, x20
	bl	memcpy
	ldr	q0, [sp, #32]
	fneg	v0.4s, v0.4s
	b	.LBB1_63
.LBB1_47:
	mov	x10, xzr
	mov	x8, x19
	mov	x9, x1
.LBB1_48:
	ldr	q0, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x3
	fabs	v0.4s, v0.4s
	mov	x10, x11
	str	q0, [x8], #16
	b.le	.LBB1_48
.LBB1_49:
	subs	x8, x3, x11
	b.le	.LBB1_64
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	stp	xzr, xzr, [sp, #32]
	add	x1, x1, x21
	mov	x2, x20
	bl	memcpy
	ldr	q0, [sp, #32]
	fabs	v0.4s, v0.4s
	b	.LBB1_63
.LBB1_51:
	mov	w9, #61674
	mov	w10, #4942
	fmov	v21.4s, #1.00000000
	movk	w9, #48058, lsl #16
	movk	w10, #15529, lsl #16
	movi	v22.4s, #192, lsl #24
	dup	v0.4s, w9
	mov	w9, #7725
	dup	v1.4s, w10
	movk	w9, #48476, lsl #16
	mov	w10, #33683
	mvni	v25.4s, #128, lsl #24
	dup	v2.4s, w9
	mov	w9, #43673
	movk	w10, #15880, lsl #16
	movk	w9, #48810, lsl #16
	dup	v3.4s, w10
	mov	w10, #1118961664
	dup	v4.4s, w9
	mov	w9, #-1026555904
	dup	v6.4s, w10
	dup	v5.4s, w9
	mov	w9, #43579
	mov	w10, #32899
	movk	w9, #16312, lsl #16
	movk	w10, #14686, lsl #16
	mov	x8, xzr
	dup	v7.4s, w9
	mov	w9, #32768
	dup	v17.4s, w10
	movk	w9, #48945, lsl #16
	mov	w10, #35080
	dup	v16.4s, w9
	mov	w9, #26983
	movk	w10, #15368, lsl #16
	movk	w9, #14672, lsl #16
	dup	v20.4s, w10
	mov	w10, #43690
	dup	v18.4s, w9
	mov	w9, #17358
	movk	w10, #15914, lsl #16
	movk	w9, #15031, lsl #16
	dup	v24.4s, w10
	mov	x10, x1
	dup	v19.4s, w9
	mov	w9, #43457
	movk	w9, #15658, lsl #16
	dup	v23.4s, w9
	mov	x9, x19
.LBB1_52:
	ldr	q27, [x10], #16
	mov	v31.16b, v19.16b
	mov	v8.16b, v20.16b
	add	x12, x8, #8
	add	x11, x8, #4
	fabs	v26.4s, v27.4s
	cmp	x12, x3
	mov	x8, x11
	fadd	v28.4s, v26.4s, v26.4s
	fcmgt	v26.4s, v11.4s, v26.4s
	fmax	v29.4s, v28.4s, v5.4s
	fmin	v29.4s, v29.4s, v6.4s
	fmul	v30.4s, v29.4s, v7.4s
	frintn	v30.4s, v30.4s
	fmla	v29.4s, v16.4s, v30.4s
	fmla	v29.4s, v17.4s, v30.4s
	fcvtzs	v30.4s, v30.4s
	fmla	v31.4s, v18.4s, v29.4s
	sshr	v9.4s, v30.4s, #1
	shl	v10.4s, v9.4s, #23
	sub	v30.4s, v30.4s, v9.4s
	fmla	v8.4s, v29.4s, v31.4s
	mov	v31.16b, v23.16b
	shl	v30.4s, v30.4s, #23
	fmla	v31.4s, v29.4s, v8.4s
	mov	v8.16b, v24.16b
	add	v30.4s, v30.4s, v21.4s
	fmla	v8.4s, v29.4s, v31.4s
	movi	v31.4s, #63, lsl #24
	fmla	v31.4s, v29.4s, v8.4s
	fadd	v8.4s, v29.4s, v21.4s
	fmul	v29.4s, v29.4s, v29.4s
	fmla	v8.4s, v29.4s, v31.4s
	add	v29.4s, v10.4s, v21.4s
	mov	v31.16b, v2.16b
	fmul	v29.4s, v8.4s, v29.4s
	fmul	v29.4s, v29.4s, v30.4s
	fcmeq	v30.4s, v28.4s, v28.4s
	bit	v28.16b, v29.16b, v30.16b
	fmul	v29.4s, v27.4s, v27.4s
	mov	v30.16b, v1.16b
	fadd	v28.4s, v28.4s, v21.4s
	fmla	v30.4s, v0.4s, v29.4s
	fdiv	v28.4s, v22.4s, v28.4s
	fmla	v31.4s, v29.4s, v30.4s
	mov	v30.16b, v3.16b
	fmla	v30.4s, v29.4s, v31.4s
	mov	v31.16b, v4.16b
	fmla	v31.4s, v29.4s, v30.4s
	mov	v30.16b, v27.16b
	fmul	v29.4s, v29.4s, v31.4s
	fadd	v28.4s, v28.4s, v21.4s
	fmla	v30.4s, v30.4s, v29.4s
	bit	v27.16b, v28.16b, v25.16b
	bsl	v26.16b, v30.16b, v27.16b
	str	q26, [x9], #16
	b.le	.LBB1_52
.LBB1_53:
	subs	x8, x3, x11
	b.le	.LBB1_64
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	stp	xzr, xzr, [sp, #32]
	add	x1, x1, x21
	mov	x2, x20
	str	q11, [sp, #16]
	bl	memcpy
	ldr	q1, [sp, #32]
	mov	w8, #-1026555904
	mov	w9, #17358
	dup	v3.4s, w8
	mov	w8, #1118961664
	movk	w9, #15031, lsl #16
	fabs	v0.4s, v1.4s
	dup	v4.4s, w8
	mov	w8, #43579
	movk	w8, #16312, lsl #16
	dup	v6.4s, w9
	fmov	v7.4s, #1.00000000
	mov	w9, #4942
	movk	w9, #15529, lsl #16
	fadd	v2.4s, v0.4s, v0.4s
	fmax	v3.4s, v2.4s, v3.4s
	fmin	v3.4s, v3.4s, v4.4s
	dup	v4.4s, w8
	mov	w8, #32768
	movk	w8, #48945, lsl #16
	dup	v5.4s, w8
	mov	w8, #32899
	movk	w8, #14686, lsl #16
	fmul	v4.4s, v3.4s, v4.4s
	frintn	v4.4s, v4.4s
	fmla	v3.4s, v5.4s, v4.4s
	dup	v5.4s, w8
	mov	w8, #26983
	movk	w8, #14672, lsl #16
	fmla	v3.4s, v5.4s, v4.4s
	dup	v5.4s, w8
	mov	w8, #35080
	movk	w8, #15368, lsl #16
	fcvtzs	v4.4s, v4.4s
	fmla	v6.4s, v5.4s, v3.4s
	dup	v5.4s, w8
	mov	w8, #43457
	movk	w8, #15658, lsl #16
	sshr	v16.4s, v4.4s, #1
	fmla	v5.4s, v3.4s, v6.4s
	dup	v6.4s, w8
	mov	w8, #43690
	movk	w8, #15914, lsl #16
	shl	v17.4s, v16.4s, #23
	sub	v4.4s, v4.4s, v16.4s
	fmla	v6.4s, v3.4s, v5.4s
	dup	v5.4s, w8
	shl	v4.4s, v4.4s, #23
	mov	w8, #61674
	movk	w8, #48058, lsl #16
	add	v4.4s, v4.4s, v7.4s
	fmla	v5.4s, v3.4s, v6.4s
	movi	v6.4s, #63, lsl #24
	fmla	v6.4s, v3.4s, v5.4s
	fadd	v5.4s, v3.4s, v7.4s
	fmul	v3.4s, v3.4s, v3.4s
	fmla	v5.4s, v3.4s, v6.4s
	add	v3.4s, v17.4s, v7.4s
	movi	v6.4s, #192, lsl #24
	fmul	v3.4s, v5.4s, v3.4s
	dup	v5.4s, w9
	fmul	v3.4s, v3.4s, v4.4s
	fcmeq	v4.4s, v2.4s, v2.4s
	bit	v2.16b, v3.16b, v4.16b
	fmul	v3.4s, v1.4s, v1.4s
	dup	v4.4s, w8
	mov	w8, #7725
	movk	w8, #48476, lsl #16
	fadd	v2.4s, v2.4s, v7.4s
	fmla	v5.4s, v4.4s, v3.4s
	dup	v4.4s, w8
	mov	w8, #33683
	movk	w8, #15880, lsl #16
	fdiv	v2.4s, v6.4s, v2.4s
	fmla	v4.4s, v3.4s, v5.4s
	dup	v5.4s, w8
	mov	w8, #43673
	movk	w8, #48810, lsl #16
	fmla	v5.4s, v3.4s, v4.4s
	dup	v4.4s, w8
	fmla	v4.4s, v3.4s, v5.4s
	mov	v5.16b, v1.16b
	fmul	v3.4s, v3.4s, v4.4s
	mvni	v4.4s, #128, lsl #24
	fadd	v2.4s, v2.4s, v7.4s
	fmla	v5.4s, v5.4s, v3.4s
	bit	v1.16b, v2.16b, v4.16b
	ldr	q2, [sp, #16]
	fcmgt	v0.4s, v2.4s, v0.4s
	bsl	v0.16b, v5.16b, v1.16b
	b	.LBB1_63
.LBB1_55:
	mov	w9, #-1026555904
	mov	w10, #1118961664
	mov	w11, #43579
	dup	v0.4s, w9
	mov	w9, #32768
	dup	v1.4s, w10
	movk	w9, #48945, lsl #16
	mov	w10, #17358
	movk	w11, #16312, lsl #16
	dup	v3.4s, w9
	mov	w9, #32899
	movk	w10, #15031, lsl #16
	movk	w9, #14686, lsl #16
	dup	v2.4s, w11
	dup	v6.4s, w10
	dup	v4.4s, w9
	mov	w9, #26983
	mov	w10, #43457
	movk	w9, #14672, lsl #16
	mov	w11, #43690
	movk	w10, #15658, lsl #16
	dup	v5.4s, w9
	mov	w9, #35080
	movk	w11, #15914, lsl #16
	movk	w9, #15368, lsl #16
	fmov	v7.4s, #1.00000000
	dup	v17.4s, w10
	dup	v16.4s, w9
	dup	v18.4s, w11
	mov	x8, xzr
	mov	x9, x19
	mov	x10, x1
.LBB1_56:
	ldr	q19, [x10], #16
	mov	v23.16b, v6.16b
	mov	v24.16b, v16.16b
	add	x12, x8, #8
	add	x11, x8, #4
	fabs	v20.4s, v19.4s
	cmp	x12, x3
	mov	x8, x11
	fneg	v20.4s, v20.4s
	fmax	v21.4s, v20.4s, v0.4s
	fmin	v21.4s, v21.4s, v1.4s
	fmul	v22.4s, v21.4s, v2.4s
	frintn	v22.4s, v22.4s
	fmla	v21.4s, v3.4s, v22.4s
	fmla	v21.4s, v4.4s, v22.4s
	fcvtzs	v22.4s, v22.4s
	fmla	v23.4s, v5.4s, v21.4s
	sshr	v25.4s, v22.4s, #1
	shl	v26.4s, v25.4s, #23
	sub	v22.4s, v22.4s, v25.4s
	fmla	v24.4s, v21.4s, v23.4s
	mov	v23.16b, v17.16b
	shl	v22.4s, v22.4s, #23
	fmla	v23.4s, v21.4s, v24.4s
	mov	v24.16b, v18.16b
	add	v22.4s, v22.4s, v7.4s
	fmla	v24.4s, v21.4s, v23.4s
	movi	v23.4s, #63, lsl #24
	fmla	v23.4s, v21.4s, v24.4s
	fadd	v24.4s, v21.4s, v7.4s
	fmul	v21.4s, v21.4s, v21.4s
	fmla	v24.4s, v21.4s, v23.4s
	add	v21.4s, v26.4s, v7.4s
	fmul	v21.4s, v24.4s, v21.4s
	fmul	v21.4s, v21.4s, v22.4s
	fcmeq	v22.4s, v19.4s, v19.4s
	fcmlt	v19.4s, v19.4s, #0.0
	bit	v20.16b, v21.16b, v22.16b
	fadd	v21.4s, v20.4s, v7.4s
	fdiv	v21.4s, v7.4s, v21.4s
	fmul	v20.4s, v20.4s, v21.4s
	bsl	v19.16b, v20.16b, v21.16b
	str	q19, [x9], #16
	b.le	.LBB1_56
.LBB1_57:
	subs	x8, x3, x11
	b.le	.LBB1_64
	movi	v0.2d, #0000000000000000
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	add	x1, x1, x21
	mov	x2, x20
	str	q0, [sp, #32]
	bl	memcpy
	ldr	q0, [sp, #32]
	mov	w8, #-1026555904
	mov	w9, #17358
	dup	v2.4s, w8
	mov	w8, #1118961664
	movk	w9, #15031, lsl #16
	fabs	v1.4s, v0.4s
	dup	v3.4s, w8
	mov	w8, #43579
	movk	w8, #16312, lsl #16
	dup	v5.4s, w9
	fmov	v6.4s, #1.00000000
	fneg	v1.4s, v1.4s
	fmax	v2.4s, v1.4s, v2.4s
	fmin	v2.4s, v2.4s, v3.4s
	dup	v3.4s, w8
	mov	w8, #32768
	movk	w8, #48945, lsl #16
	dup	v4.4s, w8
	mov	w8, #32899
	movk	w8, #14686, lsl #16
	fmul	v3.4s, v2.4s, v3.4s
	frintn	v3.4s, v3.4s
	fmla	v2.4s, v4.4s, v3.4s
	dup	v4.4s, w8
	mov	w8, #26983
	movk	w8, #14672, lsl #16
	fmla	v2.4s, v4.4s, v3.4s
	dup	v4.4s, w8
	mov	w8, #35080
	movk	w8, #15368, lsl #16
	fcvtzs	v3.4s, v3.4s
	fmla	v5.4s, v4.4s, v2.4s
	dup	v4.4s, w8
	mov	w8, #43457
	movk	w8, #15658, lsl #16
	sshr	v7.4s, v3.4s, #1
	fmla	v4.4s, v2.4s, v5.4s
	dup	v5.4s, w8
	mov	w8, #43690
	movk	w8, #15914, lsl #16
	shl	v16.4s, v7.4s, #23
	sub	v3.4s, v3.4s, v7.4s
	fmla	v5.4s, v2.4s, v4.4s
	dup	v4.4s, w8
	shl	v3.4s, v3.4s, #23
	add	v3.4s, v3.4s, v6.4s
	fmla	v4.4s, v2.4s, v5.4s
	movi	v5.4s, #63, lsl #24
	fmla	v5.4s, v2.4s, v4.4s
	fadd	v4.4s, v2.4s, v6.4s
	fmul	v2.4s, v2.4s, v2.4s
	fmla	v4.4s, v2.4s, v5.4s
	add	v2.4s, v16.4s, v6.4s
	fmul	v2.4s, v4.4s, v2.4s
	fmul	v2.4s, v2.4s, v3.4s
	fcmeq	v3.4s, v0.4s, v0.4s
	fcmlt	v0.4s, v0.4s, #0.0
	bit	v1.16b, v2.16b, v3.16b
	fadd	v2.4s, v1.4s, v6.4s
	fdiv	v2.4s, v6.4s, v2.4s
	fmul	v1.4s, v1.4s, v2.4s
	bsl	v0.16b, v1.16b, v2.16b
	b	.LBB1_63
.LBB1_59:
	mov	x10, xzr
	mov	x8, x19
	mov	x9, x1
.LBB1_60:
	ldr	q0, [x9], #16
	add	x12, x10, #8
	add	x11, x10, #4
	cmp	x12, x3
	fmul	v0.4s, v0.4s, v0.4s
	mov	x10, x11
	str	q0, [x8], #16
	b.le	.LBB1_60
.LBB1_61:
	subs	x8, x3, x11
	b.le	.LBB1_64
	lsl	x21, x11, #2
	lsl	x20, x8, #2
	add	x0, sp, #32
	stp	xzr, xzr, [sp, #32]
	add	x1, x1, x21
	mov	x2, x20
	bl	memcpy
	ldr	q0, [sp, #32]
	fmul	v0.4s, v0.4s, v0.4s
.LBB1_63:
	add	x0, x19, x21
	add	x1, sp, #32
	mov	x2, x20
	str	q0, [sp, #32]
	bl	memcpy
.LBB1_64:
	mov	w0, #1
	.cfi_def_cfa wsp, 144
	ldp	x20, x19, [sp, #128]
	ldr	x21, [sp, #112]
	ldp	x29, x30, [sp, #96]
	ldp	d9, d8, [sp, #80]
	ldp	d11, d10, [sp, #64]
	ldp	d13, d12, [sp, #48]
	add	sp, sp, #144
	.cfi_def_cfa_offset 0
	.cfi_restore w19
	.cfi_restore w20
	.cfi_restore w21
	.cfi_restore w30
	.cfi_restore w29
	.cfi_restore b8
	.cfi_restore b9
	.cfi_restore b10
	.cfi_restore b11
	.cfi_restore b12
	.cfi_restore b13
	ret
.Lfunc_end1:
	.size	axon_unary_neon_f32, .Lfunc_end1-axon_unary_neon_f32
	.cfi_endproc
	.section	.rodata,"a",@progbits
.LJTI1_0:
	.byte	(.LBB1_2-.LBB1_2)>>2
	.byte	(.LBB1_14-.LBB1_2)>>2
	.byte	(.LBB1_8-.LBB1_2)>>2
	.byte	(.LBB1_10-.LBB1_2)>>2
	.byte	(.LBB1_4-.LBB1_2)>>2
	.byte	(.LBB1_16-.LBB1_2)>>2
	.byte	(.LBB1_18-.LBB1_2)>>2
	.byte	(.LBB1_12-.LBB1_2)>>2
	.byte	(.LBB1_21-.LBB1_2)>>2
	.byte	(.LBB1_6-.LBB1_2)>>2

	.text
	.globl	axon_reduce_neon_f32
	.p2align	2
	.type	axon_reduce_neon_f32,@function
axon_reduce_neon_f32:
	.cfi_startproc
	cbz	w0, .LBB2_3
	ld1r	{ v0.4s }, [x1]
	cmp	x2, #4
	b.ge	.LBB2_5
	mov	x9, xzr
	b	.LBB2_11
.LBB2_3:
	cmp	x2, #1024
	b.ge	.LBB2_20
	movi	d0, #0000000000000000
	mov	x8, xzr
	b	.LBB2_25
.LBB2_5:
	mov	w8, #4
	mov	x9, x1
	b	.LBB2_8
.LBB2_6:
	fmin	v0.4s, v0.4s, v1.4s
.LBB2_7:
	add	x8, x8, #4
	cmp	x8, x2
	b.gt	.LBB2_10
.LBB2_8:
	ldr	q1, [x9], #16
	cmp	w0, #1
	b.ne	.LBB2_6
	fmax	v0.4s, v0.4s, v1.4s
	b	.LBB2_7
.LBB2_10:
	and	x9, x2, #0x7ffffffffffffffc
.LBB2_11:
	fminv	s1, v0.4s
	fmaxv	s0, v0.4s
	cmp	w0, #1
	fcsel	s0, s1, s0, ne
	subs	x8, x2, x9
	b.le	.LBB2_19
	add	x9, x1, x9, lsl #2
	b	.LBB2_15
.LBB2_13:
	fmov	s0, s1
.LBB2_14:
	subs	x8, x8, #1
	b.eq	.LBB2_19
.LBB2_15:
	ldr	s1, [x9], #4
	fcmp	s1, s1
	fccmp	s0, s0, #1, vc
	b.vs	.LBB2_32
	cmp	w0, #1
	b.ne	.LBB2_18
	fcmp	s1, s0
	b.gt	.LBB2_13
	b	.LBB2_14
.LBB2_18:
	fcmp	s1, s0
	b.mi	.LBB2_13
	b	.LBB2_14
.LBB2_19:
	ret
.LBB2_20:
	movi	d0, #0000000000000000
	mov	x8, xzr
	add	x9, x1, #32
	mov	w11, #1024
.LBB2_21:
	movi	v1.2d, #0000000000000000
	movi	v2.2d, #0000000000000000
	mov	x10, x8
	movi	v3.2d, #0000000000000000
	movi	v4.2d, #0000000000000000
	mov	x8, x11
	mov	x11, x9
.LBB2_22:
	ldp	q5, q6, [x11, #-32]
	add	x10, x10, #16
	ldp	q7, q16, [x11], #64
	cmp	x10, x8
	fadd	v1.4s, v1.4s, v5.4s
	fadd	v2.4s, v2.4s, v6.4s
	fadd	v3.4s, v3.4s, v7.4s
	fadd	v4.4s, v4.4s, v16.4s
	b.lo	.LBB2_22
	fadd	v1.4s, v2.4s, v1.4s
	fadd	v2.4s, v4.4s, v3.4s
	add	x11, x8, #1024
	cmp	x11, x2
	add	x9, x9, #1, lsl #12
	fadd	v1.4s, v2.4s, v1.4s
	faddp	v1.4s, v1.4s, v1.4s
	faddp	s1, v1.2s
	fcvt	d1, s1
	fadd	d0, d0, d1
	b.le	.LBB2_21
	and	x8, x2, #0x7ffffffffffffc00
.LBB2_25:
	movi	v1.2d, #0000000000000000
	orr	x9, x8, #0x4
	cmp	x9, x2
	b.le	.LBB2_27
	mov	x11, x8
	b	.LBB2_29
.LBB2_27:
	add	x9, x1, x8, lsl #2
.LBB2_28:
	ldr	q2, [x9], #16
	add	x10, x8, #8
	add	x11, x8, #4
	cmp	x10, x2
	fadd	v1.4s, v1.4s, v2.4s
	mov	x8, x11
	b.le	.LBB2_28
.LBB2_29:
	faddp	v1.4s, v1.4s, v1.4s
	subs	x9, x2, x11
	faddp	s1, v1.2s
	b.le	.LBB2_38
	cmp	x9, #8
	b.hs	.LBB2_33
	mov	x8, x11
	b	.LBB2_36
.LBB2_32:
	fadd	s0, s0, s1
	ret
.LBB2_33:
	add	x12, x1, x11, lsl #2
	and	x10, x9, #0xfffffffffffffff8
	add	x8, x11, x10
	add	x11, x12, #16
	mov	x12, x10
.LBB2_34:
	ldp	q2, q3, [x11, #-16]
	subs	x12, x12, #8
	add	x11, x11, #32
	mov	s4, v2.s[1]
	fadd	s1, s1, s2
	mov	s5, v2.s[2]
	mov	s2, v2.s[3]
	fadd	s1, s1, s4
	mov	s4, v3.s[2]
	fadd	s1, s1, s5
	fadd	s1, s1, s2
	mov	s2, v3.s[1]
	fadd	s1, s1, s3
	fadd	s1, s1, s2
	mov	s2, v3.s[3]
	fadd	s1, s1, s4
	fadd	s1, s1, s2
	b.ne	.LBB2_34
	cmp	x9, x10
	b.eq	.LBB2_38
.LBB2_36:
	add	x9, x1, x8, lsl #2
	sub	x8, x2, x8
.LBB2_37:
	ldr	s2, [x9], #4
	subs	x8, x8, #1
	fadd	s1, s1, s2
	b.ne	.LBB2_37
.LBB2_38:
	fcvt	d1, s1
	fadd	d0, d0, d1
	fcvt	s0, d0
	ret
.Lfunc_end2:
	.size	axon_reduce_neon_f32, .Lfunc_end2-axon_reduce_neon_f32
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
