// Instruction-set detection and the thread-count setting.
#include "kernels_internal.h"

#include <limits.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

// The ISA the kernels use: -1 until first asked, then the CPU's own or the
// one axon_set_kernel_isa forced.
static _Atomic int chosen_isa = -1;
static _Atomic int thread_count = 0;
static _Atomic int avx512_allowed = 1;

/// The best ISA this CPU supports, whatever was forced.
static axon_isa cpu_isa(void) {
#if defined(AXON_X86)
    __builtin_cpu_init();
    // FMA is checked separately: a few CPUs (and some hypervisors) expose AVX2
    // without it, and the micro-kernels need both.
    return (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) ? AXON_ISA_AVX2 : AXON_ISA_PORTABLE;
#elif defined(AXON_NEON)
    return AXON_ISA_NEON;  // Advanced SIMD is part of the arm64 baseline.
#else
    return AXON_ISA_PORTABLE;
#endif
}

axon_isa axon_detect_isa(void) {
    int isa = atomic_load_explicit(&chosen_isa, memory_order_relaxed);
    if (isa >= 0) return (axon_isa)isa;
    isa = cpu_isa();
    int expected = -1;
    // Keep an ISA forced concurrently by axon_set_kernel_isa.
    if (!atomic_compare_exchange_strong(&chosen_isa, &expected, isa)) return (axon_isa)expected;
    return (axon_isa)isa;
}

int axon_use_avx512(void) {
#if defined(AXON_X86)
    static _Atomic int supported = -1;
    int has = atomic_load_explicit(&supported, memory_order_relaxed);
    if (has < 0) {
        __builtin_cpu_init();
        has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
        atomic_store_explicit(&supported, has, memory_order_relaxed);
    }
    return has && atomic_load_explicit(&avx512_allowed, memory_order_relaxed) &&
           axon_detect_isa() == AXON_ISA_AVX2;
#else
    return 0;
#endif
}

int axon_kernel_avx512(void) { return axon_use_avx512(); }

int axon_set_kernel_isa(const char *name) {
    axon_isa available = cpu_isa();
    axon_isa wanted;
    if (name == NULL) {
        wanted = available;
    } else if (strcmp(name, "portable") == 0) {
        wanted = AXON_ISA_PORTABLE;
    } else if (strcmp(name, "avx2+fma") == 0 && available == AXON_ISA_AVX2) {
        wanted = AXON_ISA_AVX2;
    } else if (strcmp(name, "neon") == 0 && available == AXON_ISA_NEON) {
        wanted = AXON_ISA_NEON;
    } else {
        return 0;  // before touching anything: a refused request changes nothing
    }
    // "avx2+fma" means exactly that; automatic detection may add AVX-512.
    atomic_store(&avx512_allowed, name == NULL);
    atomic_store(&chosen_isa, (int)wanted);
    return 1;
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

int axon_default_threads(void) {
    // Read once: glibc's sysconf reads /sys on every call, and kernels ask per op.
    static _Atomic int online_cpus = 0;
    int threads = atomic_load_explicit(&online_cpus, memory_order_relaxed);
    if (threads > 0) return threads;
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    threads = online < 1 ? 1 : online > INT_MAX ? INT_MAX : (int)online;
    atomic_store_explicit(&online_cpus, threads, memory_order_relaxed);
    return threads;
}

void axon_set_threads(int threads) {
    // 0 is "not set": axon_threads() then answers the default again.
    atomic_store(&thread_count, threads < 1 ? 0 : threads);
}

int axon_threads(void) {
    int threads = atomic_load(&thread_count);
    return threads > 0 ? threads : axon_default_threads();
}

static double seconds_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/// Runs `rounds` × 16 dependent adds: 16 × rounds cycles.
static void dependent_adds(int64_t rounds) {
    uint64_t value = 0;
    for (int64_t round = 0; round < rounds; round++) {
#if defined(AXON_X86)
        __asm__ volatile(
            "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
            "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
            "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
            "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0"
            : "+r"(value));
#elif defined(__aarch64__)
        __asm__ volatile(
            "add %0, %0, #1\n\tadd %0, %0, #1\n\tadd %0, %0, #1\n\tadd %0, %0, #1\n\t"
            "add %0, %0, #1\n\tadd %0, %0, #1\n\tadd %0, %0, #1\n\tadd %0, %0, #1\n\t"
            "add %0, %0, #1\n\tadd %0, %0, #1\n\tadd %0, %0, #1\n\tadd %0, %0, #1\n\t"
            "add %0, %0, #1\n\tadd %0, %0, #1\n\tadd %0, %0, #1\n\tadd %0, %0, #1"
            : "+r"(value));
#endif
    }
}

double axon_measure_cpu_hz(void) {
#if defined(AXON_X86) || defined(__aarch64__)
    dependent_adds(1 << 20);  // let the clock ramp up
    double best = 0;
    for (int trial = 0; trial < 5; trial++) {
        const int64_t rounds = 1 << 18;  // 4M cycles, about 1-2 ms
        double start = seconds_now();
        dependent_adds(rounds);
        double elapsed = seconds_now() - start;
        double hz = 16.0 * (double)rounds / elapsed;
        if (hz > best) best = hz;
    }
    return best;
#else
    return 0;
#endif
}
