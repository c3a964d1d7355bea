// Generated from ../../conv_implicit.c by scripts/generate_prebuilt_kernels.py: do not edit.
// Assembled only where ../../prebuilt.h says so (debug builds on aarch64 Linux).
#include "../../prebuilt.h"
#if AXON_PREBUILT_AARCH64_LINUX
	.file	"conv_implicit.c"
	.text
	.globl	axon_conv_implicit_forward_f32
	.p2align	2
	.type	axon_conv_implicit_forward_f32,@function
axon_conv_implicit_forward_f32:
	.cfi_startproc
	mov	w0, wzr
	ret
.Lfunc_end0:
	.size	axon_conv_implicit_forward_f32, .Lfunc_end0-axon_conv_implicit_forward_f32
	.cfi_endproc

	.globl	axon_conv_implicit_input_grad_f32
	.p2align	2
	.type	axon_conv_implicit_input_grad_f32,@function
axon_conv_implicit_input_grad_f32:
	.cfi_startproc
	mov	w0, wzr
	ret
.Lfunc_end1:
	.size	axon_conv_implicit_input_grad_f32, .Lfunc_end1-axon_conv_implicit_input_grad_f32
	.cfi_endproc

	.globl	axon_conv_implicit_weight_grad_f32
	.p2align	2
	.type	axon_conv_implicit_weight_grad_f32,@function
axon_conv_implicit_weight_grad_f32:
	.cfi_startproc
	mov	w0, wzr
	ret
.Lfunc_end2:
	.size	axon_conv_implicit_weight_grad_f32, .Lfunc_end2-axon_conv_implicit_weight_grad_f32
	.cfi_endproc

	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
#endif
