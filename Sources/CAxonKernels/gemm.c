// axon_gemm_f32 / axon_gemm_f64: picks the micro-kernel and cache blocking for
// this CPU and runs the loop nest in gemm_driver.h.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#include <stdatomic.h>

// Block sizes. kc·nr·size fills about half of L1 with the B panel the
// micro-kernel streams; mc·kc·size (the packed A block) stays well inside L2;
// nc·kc·size (the packed B block) fits L2/L3. Tuned on Zen 4 (32 KB L1d,
// 1 MB L2) with `axon bench gemm`.
static const axon_gemm_config_f32 portable_f32 = {
    AXON_PORTABLE_MR, AXON_PORTABLE_NR, 256, 128, 2048, axon_ukernel_portable_f32, NULL, NULL};
static const axon_gemm_config_f64 portable_f64 = {
    AXON_PORTABLE_MR, AXON_PORTABLE_NR, 256, 64, 2048, axon_ukernel_portable_f64, NULL, NULL};
#if defined(AXON_X86)
static const axon_gemm_config_f32 avx2_f32 = {
    AXON_AVX2_MR_F32, AXON_AVX2_NR_F32, 256, 144, 3072, axon_ukernel_avx2_f32,
    axon_ukernel_avx2_strided_f32, axon_pack_across_rows_avx2_f32};
// The 8×32 AVX-512 tile wants a deep kc: its C tile is 8 rows of two cache
// lines, and with power-of-two ldc those rows share L1 sets, so reloading C
// less often matters (kc 256 → 512: 2048² 94 → 102 GFLOP/s on Zen 4).
static const axon_gemm_config_f32 avx512_f32 = {
    AXON_AVX512_MR_F32, AXON_AVX512_NR_F32, 512, 128, 3072, axon_ukernel_avx512_f32,
    axon_ukernel_avx512_strided_f32, axon_pack_across_rows_avx2_f32};
static const axon_gemm_config_f64 avx2_f64 = {
    AXON_AVX2_MR_F64, AXON_AVX2_NR_F64, 256, 96, 2048, axon_ukernel_avx2_f64,
    axon_ukernel_avx2_strided_f64, axon_pack_across_rows_avx2_f64};
// The same kc as avx2_f64: each element of C is then the same chain of FMAs
// over the same k slices whichever tile computes it, so float64 products are
// bit-identical under "avx2" and "avx512" (InstructionSetTests checks it).
static const axon_gemm_config_f64 avx512_f64 = {
    AXON_AVX512_MR_F64, AXON_AVX512_NR_F64, 256, 96, 2048, axon_ukernel_avx512_f64,
    axon_ukernel_avx512_strided_f64, axon_pack_across_rows_avx2_f64};
#endif
#if defined(AXON_NEON)
static const axon_gemm_config_f32 neon_f32 = {
    AXON_NEON_MR_F32, AXON_NEON_NR_F32, 256, 128, 2048, axon_ukernel_neon_f32, NULL, NULL};
static const axon_gemm_config_f64 neon_f64 = {
    AXON_NEON_MR_F64, AXON_NEON_NR_F64, 256, 64, 2048, axon_ukernel_neon_f64, NULL, NULL};
#endif

static int transpose_policy(int trans_a, int64_t m, int64_t n, int mr, int nr);

#if defined(AXON_X86)
/// The tile use of a product with the tile mr×nr, computing Cᵀ where the
/// driver would.
static double effective_tile_use(int trans_a, int64_t m, int64_t n, int mr, int nr) {
    return transpose_policy(trans_a, m, n, mr, nr) ? axon_tile_use(n, m, mr, nr) : axon_tile_use(m, n, mr, nr);
}

/// Whether the AVX-512 tile mr×nr suits an m×n product: unless its padding
/// wastes clearly more than the AVX2 tile's (an n of 10 fills a third of a
/// 32-wide tile).
static int wide_tile_pays(int trans_a, int64_t m, int64_t n, int mr, int nr, int avx2_mr, int avx2_nr) {
    return effective_tile_use(trans_a, m, n, mr, nr) >=
           AXON_AVX512_TILE_SHARE * effective_tile_use(trans_a, m, n, avx2_mr, avx2_nr);
}
#endif

static const axon_gemm_config_f32 *config_f32(int trans_a, int64_t m, int64_t n) {
    switch (axon_detect_isa()) {
#if defined(AXON_X86)
    case AXON_ISA_AVX512:
        if (wide_tile_pays(trans_a, m, n, AXON_AVX512_MR_F32, AXON_AVX512_NR_F32, AXON_AVX2_MR_F32,
                           AXON_AVX2_NR_F32)) {
            return &avx512_f32;
        }
        return &avx2_f32;
    case AXON_ISA_AVX2: return &avx2_f32;
#endif
#if defined(AXON_NEON)
    case AXON_ISA_NEON: return &neon_f32;
#endif
    default: return &portable_f32;
    }
}

static _Atomic int avx512_f64_tile = -1;

void axon_set_avx512_f64_tile(int use) { atomic_store(&avx512_f64_tile, use < 0 ? -1 : use > 0); }

#if defined(AXON_X86)
/// Whether the 8×16 float64 tile runs under "avx512": on cores with two
/// 512-bit FMA units, where it has twice the 6×8 AVX2 tile's peak. On Zen 4
/// the peaks are equal and it measured 0-11% slower (1024² and 2048², 1 and
/// 2 threads, alternating rounds), so the AVX2 tile stays.
static int avx512_f64_tile_runs(void) {
    const int forced = atomic_load_explicit(&avx512_f64_tile, memory_order_relaxed);
    return forced >= 0 ? forced : axon_avx512_flops_per_cycle_f32() >= 64;
}
#endif

static const axon_gemm_config_f64 *config_f64(int trans_a, int64_t m, int64_t n) {
    switch (axon_detect_isa()) {
#if defined(AXON_X86)
    case AXON_ISA_AVX512:
        if (avx512_f64_tile_runs() &&
            wide_tile_pays(trans_a, m, n, AXON_AVX512_MR_F64, AXON_AVX512_NR_F64, AXON_AVX2_MR_F64,
                           AXON_AVX2_NR_F64)) {
            return &avx512_f64;
        }
        return &avx2_f64;
    case AXON_ISA_AVX2: return &avx2_f64;
#endif
#if defined(AXON_NEON)
    case AXON_ISA_NEON: return &neon_f64;
#endif
    default: return &portable_f64;
    }
}

/// Whether to read A in place instead of packing it: a packed A block is read
/// once per nr-wide B panel, so for n up to a few panels packing A costs about
/// as much as the multiply itself (measured: 128×10×128 runs 1.8× faster).
static int direct_a_policy(int64_t n, int nr) { return n <= 4 * (int64_t)nr; }

/// The fraction of the padded tiles' work that is real for an m×n product.
double axon_tile_use(int64_t m, int64_t n, int mr, int nr) {
    double rows = (double)((m + mr - 1) / mr * mr), cols = (double)((n + nr - 1) / nr * nr);
    return (double)m / rows * (double)n / cols;
}

/// Whether to read a row-major B in place rather than pack it: each panel is
/// read once per row tile, so packing pays only from a few row tiles on.
static int direct_b_policy(int64_t m, int mr) { return m <= 2 * (int64_t)mr; }

/// Whether to compute Cᵀ = op(B)ᵀ·op(A)ᵀ instead: when n is narrower than a
/// tile and m is not, the tall tile side wastes less on padding (128×10 uses
/// 59% of 6×16 tiles, its transpose 83%). Only when op(A) is Aᵀ: then the
/// transposed problem's B is A itself, row-major, and is read in place
/// (packing it would cost as much as the multiply). Tiles of Cᵀ are stored
/// through the edge buffer, which costs a little, hence the margin.
static int transpose_policy(int trans_a, int64_t m, int64_t n, int mr, int nr) {
    return trans_a && direct_b_policy(n, mr) && n < nr && m > n &&
           axon_tile_use(n, m, mr, nr) > 1.2 * axon_tile_use(m, n, mr, nr);
}

/// Whether x·Wᵀ for a single row x goes to the dot-product kernel: packing
/// W into panels, as the tiled path does, costs more than the product it
/// serves when there is one row (the MNIST MLP on one sample: 48 → 13 µs).
/// (An x86 kernel: other CPUs take the tiled path.)
#if defined(AXON_X86)
static int gemv_policy(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k) {
    return m == 1 && !trans_a && trans_b && n > 0 && k > 0 && axon_isa_avx2();
}
#endif

#if defined(AXON_X86)
/// A single-row product split by rows of W across the pool: at batch 1 the
/// product reads W once and does little else, so it runs at the speed W
/// streams from L2 (about 32 bytes a cycle on Zen 5, whatever the vector
/// width: an AVX-512 version measured the same), and two cores stream twice
/// as fast. The MNIST MLP's 784→256 layer: 6.1 µs on one core, 3.3 on two.
/// Every output is the same dot product as on one thread, so the results
/// are identical.
typedef struct {
    int64_t n, k, ldw, rows_per_task;
    const float *x, *w, *bias;
    float *y;
} gemv_job;

static void gemv_task(void *context, int task) {
    const gemv_job *job = context;
    int64_t first = task * job->rows_per_task;
    int64_t rows = job->n - first < job->rows_per_task ? job->n - first : job->rows_per_task;
    axon_gemv_rows_avx2_f32(rows, job->k, job->x, job->w + first * job->ldw, job->ldw,
                            job->bias ? job->bias + first : NULL, job->y + first);
}

/// Below this many weights a second thread's start costs more than it saves.
enum { gemv_parallel_weights = 16 * 1024 };

static void gemv_f32(int64_t n, int64_t k, const float *x, const float *w, int64_t ldw,
                     const float *bias, float *y) {
    int threads = axon_threads();
    if (threads > 1 && n * k >= gemv_parallel_weights && n >= 8) {
        int64_t tasks = threads < n / 4 ? threads : n / 4;
        // Whole groups of four rows per task, the kernel's step.
        int64_t per_task = ((n + tasks - 1) / tasks + 3) / 4 * 4;
        gemv_job job = {n, k, ldw, per_task, x, w, bias, y};
        axon_parallel_run((int)((n + per_task - 1) / per_task), gemv_task, &job);
        return;
    }
    axon_gemv_rows_avx2_f32(n, k, x, w, ldw, bias, y);
}

/// Whether a product goes to the direct small-product kernel (its limits
/// in kernels_internal.h). The spiral network's 2-16-16-2 layers at batch
/// 32, each of their nine products: 60-260 ns there against 170-390 tiled.
static int small_policy(int64_t m, int64_t n, int64_t k) {
    return m > 0 && n > 0 && k > 0 && n <= AXON_SMALL_GEMM_N && k <= AXON_SMALL_GEMM_K &&
           m * k <= AXON_SMALL_GEMM_MK && axon_isa_avx2();
}

/// The small product on the widest registers the ISA has.
static void small_f32(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k, const float *a, int64_t lda,
                      const float *b, int64_t ldb, const float *bias, int accumulate, float *c, int64_t ldc) {
    if (axon_isa_avx512()) {
        axon_gemm_small_avx512_f32(trans_a, trans_b, m, n, k, a, lda, b, ldb, bias, accumulate, c, ldc);
    } else {
        axon_gemm_small_avx2_f32(trans_a, trans_b, m, n, k, a, lda, b, ldb, bias, accumulate, c, ldc);
    }
}
#endif

#define GEMM_T float
#define GEMM_NAME(x) x##_f32
#define GEMM_CONFIG axon_gemm_config_f32
#include "gemm_driver.h"
#undef GEMM_T
#undef GEMM_NAME
#undef GEMM_CONFIG

#define GEMM_T double
#define GEMM_NAME(x) x##_f64
#define GEMM_CONFIG axon_gemm_config_f64
#include "gemm_driver.h"
#undef GEMM_T
#undef GEMM_NAME
#undef GEMM_CONFIG

void axon_gemm_f32(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                   const float *a, int64_t lda, const float *b, int64_t ldb,
                   float beta, float *c, int64_t ldc) {
#if defined(AXON_X86)
    if (beta == 0 && gemv_policy(trans_a, trans_b, m, n, k)) {
        gemv_f32(n, k, a, b, ldb, NULL, c);
        return;
    }
    if ((beta == 0 || beta == 1) && small_policy(m, n, k)) {
        small_f32(trans_a, trans_b, m, n, k, a, lda, b, ldb, NULL, beta == 1, c, ldc);
        return;
    }
#endif
    gemm_f32(config_f32(trans_a, m, n), trans_a, trans_b, m, n, k, a, lda, b, ldb, beta, NULL, c, ldc);
}

void axon_gemm_f64(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                   const double *a, int64_t lda, const double *b, int64_t ldb,
                   double beta, double *c, int64_t ldc) {
    gemm_f64(config_f64(trans_a, m, n), trans_a, trans_b, m, n, k, a, lda, b, ldb, beta, NULL, c, ldc);
}

void axon_gemm_bias_f32(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                        const float *a, int64_t lda, const float *b, int64_t ldb,
                        const float *bias, float *c, int64_t ldc) {
#if defined(AXON_X86)
    if (gemv_policy(trans_a, trans_b, m, n, k)) {
        gemv_f32(n, k, a, b, ldb, bias, c);
        return;
    }
    if (small_policy(m, n, k)) {
        small_f32(trans_a, trans_b, m, n, k, a, lda, b, ldb, bias, 0, c, ldc);
        return;
    }
#endif
    gemm_f32(config_f32(trans_a, m, n), trans_a, trans_b, m, n, k, a, lda, b, ldb, 0, bias, c, ldc);
}

void axon_gemm_bias_f64(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                        const double *a, int64_t lda, const double *b, int64_t ldb,
                        const double *bias, double *c, int64_t ldc) {
    gemm_f64(config_f64(trans_a, m, n), trans_a, trans_b, m, n, k, a, lda, b, ldb, 0, bias, c, ldc);
}
#endif // !AXON_PREBUILT_KERNELS
