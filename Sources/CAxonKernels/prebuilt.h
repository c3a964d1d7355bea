// Which copy of the compute kernels a build compiles: the C sources, or the
// assembly the same compiler made from them at -O2 (prebuilt/<platform>/).
//
// SwiftPM compiles a dependency's C at -O0 in a debug build and allows no
// flag to change that, and the kernels at -O0 run about 20× slower. An
// assembly file is assembled the same at every level, so a debug build on a
// platform with a prebuilt copy gets the release build's kernels, bit for
// bit. Release builds (__OPTIMIZE__) compile the C. So do sanitizer builds,
// which must instrument the C, and scripts/generate_prebuilt_kernels.py
// while it makes the assembly (AXON_GENERATING_PREBUILT).
//
// Macros only: each kernel .c and each .S includes this first.
#ifndef AXON_PREBUILT_H
#define AXON_PREBUILT_H

#ifndef __has_feature
#define __has_feature(x) 0
#endif

// Linux with glibc (__gnu_linux__ is not defined for musl) on x86-64 and on
// aarch64 are the platforms with a prebuilt copy; the generator makes both.
// (macOS would need Apple's SDK to make its copy.)
#if !defined(AXON_GENERATING_PREBUILT) && !defined(__OPTIMIZE__) && defined(__gnu_linux__) &&              \
    !__has_feature(thread_sanitizer) && !__has_feature(address_sanitizer) && !__has_feature(memory_sanitizer)
#define AXON_PREBUILT_LINUX 1
#else
#define AXON_PREBUILT_LINUX 0
#endif

#if AXON_PREBUILT_LINUX && defined(__x86_64__)
#define AXON_PREBUILT_X86_64_LINUX 1
#else
#define AXON_PREBUILT_X86_64_LINUX 0
#endif

#if AXON_PREBUILT_LINUX && defined(__aarch64__)
#define AXON_PREBUILT_AARCH64_LINUX 1
#else
#define AXON_PREBUILT_AARCH64_LINUX 0
#endif

#define AXON_PREBUILT_KERNELS (AXON_PREBUILT_X86_64_LINUX || AXON_PREBUILT_AARCH64_LINUX)

#endif
