// Instruction-set detection and the thread-count setting.
#include "kernels_internal.h"

#include <stdatomic.h>
#include <unistd.h>

static _Atomic int detected_isa = -1;
static _Atomic int thread_count = 0;

axon_isa axon_detect_isa(void) {
    int isa = atomic_load_explicit(&detected_isa, memory_order_relaxed);
    if (isa >= 0) return (axon_isa)isa;
#if defined(AXON_X86)
    __builtin_cpu_init();
    // FMA is checked separately: a few CPUs (and some hypervisors) expose AVX2
    // without it, and the micro-kernels need both.
    isa = (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
              ? AXON_ISA_AVX2 : AXON_ISA_PORTABLE;
#elif defined(AXON_NEON)
    isa = AXON_ISA_NEON;  // Advanced SIMD is part of the arm64 baseline.
#else
    isa = AXON_ISA_PORTABLE;
#endif
    atomic_store_explicit(&detected_isa, isa, memory_order_relaxed);
    return (axon_isa)isa;
}

const char *axon_kernel_isa(void) {
    switch (axon_detect_isa()) {
    case AXON_ISA_AVX2: return "avx2+fma";
    case AXON_ISA_NEON: return "neon";
    case AXON_ISA_PORTABLE: break;
    }
    return "portable";
}

int axon_flops_per_cycle_f32(void) {
    switch (axon_detect_isa()) {
    case AXON_ISA_AVX2: return 32;   // two 8-wide FMA pipes
    case AXON_ISA_NEON: return 16;   // two 4-wide FMA pipes (more on newer cores)
    case AXON_ISA_PORTABLE: break;
    }
    return 8;
}

void axon_set_threads(int threads) {
    atomic_store(&thread_count, threads < 1 ? 1 : threads);
}

int axon_threads(void) {
    int threads = atomic_load(&thread_count);
    if (threads > 0) return threads;
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    threads = online < 1 ? 1 : (int)online;
    int expected = 0;
    // Keep a value set concurrently by axon_set_threads.
    if (!atomic_compare_exchange_strong(&thread_count, &expected, threads)) return expected;
    return threads;
}
