// Instruction-set detection, the AXON_ISA override, the machine's peak, and
// the thread-count setting.
#include "kernels_internal.h"
#include "prebuilt.h"

#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#if defined(AXON_X86)
#include <cpuid.h>
#endif

// The ISA the kernels use: -1 until first asked, then the automatic choice
// or the one axon_set_kernel_isa forced.
static _Atomic int chosen_isa = -1;
static _Atomic int thread_count = 0;

static const char *const isa_names[] = {
    [AXON_ISA_SCALAR] = "scalar", [AXON_ISA_AVX2] = "avx2", [AXON_ISA_AVX512] = "avx512", [AXON_ISA_NEON] = "neon"};
enum { isa_count = sizeof(isa_names) / sizeof(isa_names[0]) };

#if defined(AXON_X86)
/// The register state the OS saves on a context switch (XCR0). A CPU can
/// have AVX-512 while the OS (or hypervisor) leaves its registers off; using
/// them then faults. Only valid when CPUID reports OSXSAVE.
static uint64_t enabled_register_state(void) {
    uint32_t low, high;
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    return ((uint64_t)high << 32) | low;
}

enum {
    xcr0_avx = (1 << 1) | (1 << 2),                   // XMM and YMM state
    xcr0_avx512 = (1 << 5) | (1 << 6) | (1 << 7),    // opmask, ZMM0-15 upper halves, ZMM16-31
};
#endif

/// The best ISA this CPU and OS support, whatever was forced.
static axon_isa cpu_isa(void) {
#if defined(AXON_X86)
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return AXON_ISA_SCALAR;
    // FMA is checked separately: a few CPUs (and some hypervisors) expose AVX2
    // without it, and the micro-kernels need both.
    const int osxsave = (ecx >> 27) & 1, avx = (ecx >> 28) & 1, fma = (ecx >> 12) & 1;
    if (!osxsave || !avx || !fma) return AXON_ISA_SCALAR;
    const uint64_t state = enabled_register_state();
    if ((state & xcr0_avx) != xcr0_avx) return AXON_ISA_SCALAR;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return AXON_ISA_SCALAR;
    const int avx2 = (ebx >> 5) & 1, avx512f = (ebx >> 16) & 1, avx512dq = (ebx >> 17) & 1;
    if (!avx2) return AXON_ISA_SCALAR;
    // The AVX-512 kernels use F and DQ (and/or/xor on floats) only: no BW or VL.
    if (avx512f && avx512dq && (state & xcr0_avx512) == xcr0_avx512) return AXON_ISA_AVX512;
    return AXON_ISA_AVX2;
#elif defined(AXON_NEON)
    return AXON_ISA_NEON;  // Advanced SIMD is part of the arm64 baseline.
#else
    return AXON_ISA_SCALAR;
#endif
}

/// Whether the kernels of `isa` can run where the best is `available`.
static int isa_runs(axon_isa isa, axon_isa available) {
    switch (isa) {
    case AXON_ISA_SCALAR: return 1;
    case AXON_ISA_AVX2: return available == AXON_ISA_AVX2 || available == AXON_ISA_AVX512;
    case AXON_ISA_AVX512: return available == AXON_ISA_AVX512;
    case AXON_ISA_NEON: return available == AXON_ISA_NEON;
    }
    return 0;
}

/// The ISA named `name`, or -1 for a name that is not one.
static int isa_named(const char *name) {
    for (int isa = 0; isa < isa_count; isa++) {
        if (strcmp(name, isa_names[isa]) == 0) return isa;
    }
    return -1;
}

/// The automatic choice: what AXON_ISA names, else the best the CPU runs. An
/// unknown or unsupported AXON_ISA is reported once on stderr, then ignored:
/// a library cannot end the process, and the kernels are correct either way.
static axon_isa automatic_isa(void) {
    static _Atomic int warned = 0;
    const axon_isa available = cpu_isa();
    const char *requested = getenv("AXON_ISA");
    if (requested == NULL || requested[0] == '\0') return available;
    const int named = isa_named(requested);
    if (named >= 0 && isa_runs((axon_isa)named, available)) return (axon_isa)named;
    if (!atomic_exchange(&warned, 1)) {
        char supported[64] = "";
        for (int isa = 0; isa < isa_count; isa++) {
            if (!isa_runs((axon_isa)isa, available)) continue;
            if (supported[0] != '\0') strcat(supported, ", ");
            strcat(supported, isa_names[isa]);
        }
        fprintf(stderr, "axon: ignoring AXON_ISA=%.40s: %s; this CPU supports %s (using %s)\n", requested,
                named < 0 ? "not an instruction set" : "not supported here", supported, isa_names[available]);
    }
    return available;
}

axon_isa axon_detect_isa(void) {
    int isa = atomic_load_explicit(&chosen_isa, memory_order_relaxed);
    if (isa >= 0) return (axon_isa)isa;
    isa = automatic_isa();
    int expected = -1;
    // Keep an ISA forced concurrently by axon_set_kernel_isa.
    if (!atomic_compare_exchange_strong(&chosen_isa, &expected, isa)) return (axon_isa)expected;
    return (axon_isa)isa;
}

int axon_set_kernel_isa(const char *name) {
    axon_isa wanted;
    if (name == NULL) {
        wanted = automatic_isa();
    } else {
        const int named = isa_named(name);
        // Refused before touching anything: a refused request changes nothing.
        if (named < 0 || !isa_runs((axon_isa)named, cpu_isa())) return 0;
        wanted = (axon_isa)named;
    }
    atomic_store(&chosen_isa, (int)wanted);
    return 1;
}

const char *axon_kernel_isa(void) { return isa_names[axon_detect_isa()]; }

int axon_kernel_isa_supported(const char *name) {
    const int named = name == NULL ? -1 : isa_named(name);
    return named >= 0 && isa_runs((axon_isa)named, cpu_isa());
}

// MARK: - Peak FLOP per cycle

/// FMA units and their width, per core, for one ISA.
typedef struct {
    int flops_f32;      // 2 FMA units × lanes × 2
    const char *basis;  // the assumption, for reports
} core_peak;

#if defined(AXON_X86)
/// A core with AVX-512: whether it has two 512-bit FMA units, from the vendor
/// and family (CPUID leaves 0 and 1).
static core_peak avx512_core(void) {
    unsigned eax, ebx, ecx, edx;
    __get_cpuid(0, &eax, &ebx, &ecx, &edx);
    char vendor[13];
    memcpy(vendor, &ebx, 4);
    memcpy(vendor + 4, &edx, 4);
    memcpy(vendor + 8, &ecx, 4);
    vendor[12] = '\0';
    __get_cpuid(1, &eax, &ebx, &ecx, &edx);
    const unsigned base_family = (eax >> 8) & 0xf;
    const unsigned family = base_family == 0xf ? base_family + ((eax >> 20) & 0xff) : base_family;
    if (strcmp(vendor, "AuthenticAMD") == 0 && family <= 0x19) {
        return (core_peak){32, "AMD family 0x19 (Zen 4) splits each 512-bit FMA into two 256-bit halves: "
                               "two 256-bit FMA units"};
    }
    if (strcmp(vendor, "AuthenticAMD") == 0) {
        return (core_peak){64, "AMD family 0x1A+ (Zen 5): two 512-bit FMA units assumed "
                               "(mobile Zen 5 has 256-bit ones: half this)"};
    }
    return (core_peak){64, "two 512-bit FMA units assumed, as on Intel Xeon Gold/Platinum "
                           "(cores with one, e.g. Xeon Silver/Bronze: half this)"};
}
#endif

/// avx512_core(), asked once: CPUID traps to the hypervisor in a VM.
int axon_avx512_flops_per_cycle_f32(void) {
#if defined(AXON_X86)
    static _Atomic int flops = 0;
    int known = atomic_load_explicit(&flops, memory_order_relaxed);
    if (known == 0) {
        known = avx512_core().flops_f32;
        atomic_store_explicit(&flops, known, memory_order_relaxed);
    }
    return known;
#else
    return 0;
#endif
}

static core_peak peak_of_core(void) {
    switch (axon_detect_isa()) {
    case AXON_ISA_AVX2: return (core_peak){32, "two 256-bit FMA units"};
    case AXON_ISA_NEON: return (core_peak){16, "two 128-bit FMA units (newer cores have more)"};
    case AXON_ISA_SCALAR: return (core_peak){8, "portable C (assumed: one 4-lane multiply and one add per cycle)"};
    case AXON_ISA_AVX512: break;
    }
#if defined(AXON_X86)
    return avx512_core();
#else
    return (core_peak){8, "unknown"};
#endif
}

int axon_flops_per_cycle_f32(void) { return peak_of_core().flops_f32; }

const char *axon_flops_per_cycle_basis(void) { return peak_of_core().basis; }

// MARK: - Threads

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

// MARK: - Clock

static double seconds_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// The cycles one round of dependent_chain takes. x86: 16 dependent 64-bit
// multiplies of 3 cycles each, the latency on every x86 core since Sandy
// Bridge and Zen 1. Not adds: Golden Cove and later fold chains of
// `add $imm` at rename, several per cycle (a 2.3 GHz Xeon timed at 15 GHz).
// arm64: 16 dependent adds of 1 cycle, which no arm64 core folds.
#if defined(AXON_X86)
enum { cycles_per_round = 16 * 3 };
#else
enum { cycles_per_round = 16 };
#endif

static void dependent_chain(int64_t rounds) {
    uint64_t value = 3;
    for (int64_t round = 0; round < rounds; round++) {
#if defined(AXON_X86)
        __asm__ volatile(
            "imul %0, %0\n\timul %0, %0\n\timul %0, %0\n\timul %0, %0\n\t"
            "imul %0, %0\n\timul %0, %0\n\timul %0, %0\n\timul %0, %0\n\t"
            "imul %0, %0\n\timul %0, %0\n\timul %0, %0\n\timul %0, %0\n\t"
            "imul %0, %0\n\timul %0, %0\n\timul %0, %0\n\timul %0, %0"
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
    const int64_t rounds = (1 << 22) / cycles_per_round;  // 4M cycles, about 1-2 ms
    dependent_chain(4 * rounds);  // let the clock ramp up
    double best = 0;
    // The fastest of several: a trial that lost the core to another process
    // or the hypervisor only measures slower.
    for (int trial = 0; trial < 8; trial++) {
        double start = seconds_now();
        dependent_chain(rounds);
        double elapsed = seconds_now() - start;
        double hz = (double)cycles_per_round * (double)rounds / elapsed;
        if (hz > best) best = hz;
    }
    return best;
#else
    return 0;
#endif
}

int axon_kernels_prebuilt(void) { return AXON_PREBUILT_KERNELS; }
