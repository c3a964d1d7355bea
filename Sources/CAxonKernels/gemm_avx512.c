// AVX-512F GEMM micro-kernels (x86-64, chosen when the ISA is "avx512"; gemm.c
// falls back to the AVX2 tile where a narrow n would leave these mostly
// padding).
//
// An 8×32 tile in 16 zmm accumulators: each k step loads two 16-wide vectors
// of B and broadcasts eight values of A for 16 FMAs, so there are 10 loads per
// 16 FMAs (AVX2 6×16: 8 per 12 ymm FMAs, i.e. per 6 zmm-equivalents). On Zen 4,
// which runs a zmm FMA as two 256-bit halves, the peak equals AVX2's; the gain
// is fewer instructions per FLOP. Measured there: 97-99% of peak in
// isolation, and the MLP-layer products 3-15% faster than with AVX2. A 12×32
// tile was tried: as fast in isolation but slower on 1024²/2048², its 12 C
// rows of power-of-two stride overflowing the 8-way L1 sets.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#if defined(AXON_X86)
#include <immintrin.h>

#define AXON_AVX512 __attribute__((target("avx512f,avx512dq,avx2,fma")))

AXON_AVX512 static inline void store_row_f32(float *c, __m512 low, __m512 high, int accumulate) {
    if (accumulate) {
        low = _mm512_add_ps(low, _mm512_loadu_ps(c));
        high = _mm512_add_ps(high, _mm512_loadu_ps(c + 16));
    }
    _mm512_storeu_ps(c, low);
    _mm512_storeu_ps(c + 16, high);
}

// The 8×32 tile's sixteen accumulators, one k step for two of its rows (A's
// values v0 and v1, B's row in b0 and b1; two rows at a time keeps the
// broadcasts few), and its store: shared by the packed, strided and
// indirect kernels.
#define AXON_TILE8_ZERO                                                 \
    __m512 c00 = _mm512_setzero_ps(), c01 = _mm512_setzero_ps();         \
    __m512 c10 = _mm512_setzero_ps(), c11 = _mm512_setzero_ps();         \
    __m512 c20 = _mm512_setzero_ps(), c21 = _mm512_setzero_ps();         \
    __m512 c30 = _mm512_setzero_ps(), c31 = _mm512_setzero_ps();         \
    __m512 c40 = _mm512_setzero_ps(), c41 = _mm512_setzero_ps();         \
    __m512 c50 = _mm512_setzero_ps(), c51 = _mm512_setzero_ps();         \
    __m512 c60 = _mm512_setzero_ps(), c61 = _mm512_setzero_ps();         \
    __m512 c70 = _mm512_setzero_ps(), c71 = _mm512_setzero_ps()
#define AXON_STEP2(v0, v1, x0, x1, y0, y1)                              \
    do {                                                                \
        const __m512 s0 = _mm512_set1_ps(v0);                           \
        x0 = _mm512_fmadd_ps(s0, b0, x0);                               \
        x1 = _mm512_fmadd_ps(s0, b1, x1);                               \
        const __m512 s1 = _mm512_set1_ps(v1);                           \
        y0 = _mm512_fmadd_ps(s1, b0, y0);                               \
        y1 = _mm512_fmadd_ps(s1, b1, y1);                               \
    } while (0)
#define AXON_TILE8_STORE                                                \
    store_row_f32(c, c00, c01, accumulate);                                 \
    store_row_f32(c + ldc, c10, c11, accumulate);                           \
    store_row_f32(c + 2 * ldc, c20, c21, accumulate);                       \
    store_row_f32(c + 3 * ldc, c30, c31, accumulate);                       \
    store_row_f32(c + 4 * ldc, c40, c41, accumulate);                       \
    store_row_f32(c + 5 * ldc, c50, c51, accumulate);                       \
    store_row_f32(c + 6 * ldc, c60, c61, accumulate);                       \
    store_row_f32(c + 7 * ldc, c70, c71, accumulate)

AXON_AVX512 AXON_NOINLINE void axon_ukernel_avx512_f32(int64_t kc, const float *a,
                                                      const float *b, float *c, int64_t ldc,
                                                      int accumulate) {
    AXON_TILE8_ZERO;
    for (int64_t r = 0; r < 8; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0; p < kc; p++) {
        _mm_prefetch((const char *)(b + 256), _MM_HINT_T0);
        const __m512 b0 = _mm512_load_ps(b);
        const __m512 b1 = _mm512_load_ps(b + 16);
        AXON_STEP2(a[0], a[1], c00, c01, c10, c11);
        AXON_STEP2(a[2], a[3], c20, c21, c30, c31);
        AXON_STEP2(a[4], a[5], c40, c41, c50, c51);
        AXON_STEP2(a[6], a[7], c60, c61, c70, c71);
        a += 8;
        b += 32;
    }
    AXON_TILE8_STORE;
}

// The same tile, reading A in place (see axon_ukernel_avx2_strided_f32): row r
// of the tile's A at a + r*row_stride, step p at p*column_stride; B's row p at
// b + p*b_stride.

AXON_AVX512 AXON_NOINLINE void axon_ukernel_avx512_strided_f32(int64_t kc, const float *a,
                                                              int64_t row_stride,
                                                              int64_t column_stride,
                                                              const float *b, int64_t b_stride,
                                                              float *c, int64_t ldc,
                                                              int accumulate) {
    AXON_TILE8_ZERO;
    for (int64_t r = 0; r < 8; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0, offset = 0; p < kc; p++, offset += column_stride) {
        const __m512 b0 = _mm512_loadu_ps(b);
        const __m512 b1 = _mm512_loadu_ps(b + 16);
        AXON_STEP2(a[0 * row_stride + offset], a[1 * row_stride + offset], c00, c01, c10, c11);
        AXON_STEP2(a[2 * row_stride + offset], a[3 * row_stride + offset], c20, c21, c30, c31);
        AXON_STEP2(a[4 * row_stride + offset], a[5 * row_stride + offset], c40, c41, c50, c51);
        AXON_STEP2(a[6 * row_stride + offset], a[7 * row_stride + offset], c60, c61, c70, c71);
        b += b_stride;
    }
    AXON_TILE8_STORE;
}
// The same tile with both operands addressed through tables (see
// axon_ukernel_avx2_indirect_f32): A's (r, p) at a[a_rows[r] + p*a_step],
// B's row p at b + b_rows[p].

AXON_AVX512 AXON_NOINLINE void axon_ukernel_avx512_indirect_f32(int64_t kc, const float *a,
                                                               const int64_t *a_rows, int64_t a_step,
                                                               const float *b, const int64_t *b_rows,
                                                               float *c, int64_t ldc, int accumulate) {
    AXON_TILE8_ZERO;
    const float *a0 = a + a_rows[0], *a1 = a + a_rows[1], *a2 = a + a_rows[2], *a3 = a + a_rows[3];
    const float *a4 = a + a_rows[4], *a5 = a + a_rows[5], *a6 = a + a_rows[6], *a7 = a + a_rows[7];
    for (int64_t r = 0; r < 8; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0, offset = 0; p < kc; p++, offset += a_step) {
        const float *row = b + b_rows[p];
        const __m512 b0 = _mm512_loadu_ps(row);
        const __m512 b1 = _mm512_loadu_ps(row + 16);
        AXON_STEP2(a0[offset], a1[offset], c00, c01, c10, c11);
        AXON_STEP2(a2[offset], a3[offset], c20, c21, c30, c31);
        AXON_STEP2(a4[offset], a5[offset], c40, c41, c50, c51);
        AXON_STEP2(a6[offset], a7[offset], c60, c61, c70, c71);
    }
    AXON_TILE8_STORE;
}
#undef AXON_STEP2
#undef AXON_TILE8_ZERO
#undef AXON_TILE8_STORE

// float64: an 8×16 tile, the float32 tile's layout with 8 doubles per zmm
// (AVX2: 6×8 in 12 ymm). Its gemm.c config keeps AVX2's kc, so each element
// of C is the same FMA chain and the results are bit-identical to AVX2's.
// gemm.c runs it only on cores with two 512-bit FMA units: on Zen 4 it has
// the AVX2 tile's peak and measured 0-11% below it (1024², 2048²).

AXON_AVX512 static inline void store_row_f64(double *c, __m512d low, __m512d high, int accumulate) {
    if (accumulate) {
        low = _mm512_add_pd(low, _mm512_loadu_pd(c));
        high = _mm512_add_pd(high, _mm512_loadu_pd(c + 8));
    }
    _mm512_storeu_pd(c, low);
    _mm512_storeu_pd(c + 8, high);
}

#define AXON_TILE8_ZERO_F64                                             \
    __m512d c00 = _mm512_setzero_pd(), c01 = _mm512_setzero_pd();        \
    __m512d c10 = _mm512_setzero_pd(), c11 = _mm512_setzero_pd();        \
    __m512d c20 = _mm512_setzero_pd(), c21 = _mm512_setzero_pd();        \
    __m512d c30 = _mm512_setzero_pd(), c31 = _mm512_setzero_pd();        \
    __m512d c40 = _mm512_setzero_pd(), c41 = _mm512_setzero_pd();        \
    __m512d c50 = _mm512_setzero_pd(), c51 = _mm512_setzero_pd();        \
    __m512d c60 = _mm512_setzero_pd(), c61 = _mm512_setzero_pd();        \
    __m512d c70 = _mm512_setzero_pd(), c71 = _mm512_setzero_pd()
#define AXON_STEP2_F64(v0, v1, x0, x1, y0, y1)                          \
    do {                                                                \
        const __m512d s0 = _mm512_set1_pd(v0);                          \
        x0 = _mm512_fmadd_pd(s0, b0, x0);                               \
        x1 = _mm512_fmadd_pd(s0, b1, x1);                               \
        const __m512d s1 = _mm512_set1_pd(v1);                          \
        y0 = _mm512_fmadd_pd(s1, b0, y0);                               \
        y1 = _mm512_fmadd_pd(s1, b1, y1);                               \
    } while (0)
#define AXON_TILE8_STORE_F64                                            \
    store_row_f64(c, c00, c01, accumulate);                             \
    store_row_f64(c + ldc, c10, c11, accumulate);                       \
    store_row_f64(c + 2 * ldc, c20, c21, accumulate);                   \
    store_row_f64(c + 3 * ldc, c30, c31, accumulate);                   \
    store_row_f64(c + 4 * ldc, c40, c41, accumulate);                   \
    store_row_f64(c + 5 * ldc, c50, c51, accumulate);                   \
    store_row_f64(c + 6 * ldc, c60, c61, accumulate);                   \
    store_row_f64(c + 7 * ldc, c70, c71, accumulate)

AXON_AVX512 AXON_NOINLINE void axon_ukernel_avx512_f64(int64_t kc, const double *a,
                                                      const double *b, double *c, int64_t ldc,
                                                      int accumulate) {
    AXON_TILE8_ZERO_F64;
    for (int64_t r = 0; r < 8; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0; p < kc; p++) {
        _mm_prefetch((const char *)(b + 128), _MM_HINT_T0);
        const __m512d b0 = _mm512_load_pd(b);
        const __m512d b1 = _mm512_load_pd(b + 8);
        AXON_STEP2_F64(a[0], a[1], c00, c01, c10, c11);
        AXON_STEP2_F64(a[2], a[3], c20, c21, c30, c31);
        AXON_STEP2_F64(a[4], a[5], c40, c41, c50, c51);
        AXON_STEP2_F64(a[6], a[7], c60, c61, c70, c71);
        a += 8;
        b += 16;
    }
    AXON_TILE8_STORE_F64;
}

AXON_AVX512 AXON_NOINLINE void axon_ukernel_avx512_strided_f64(int64_t kc, const double *a,
                                                              int64_t row_stride,
                                                              int64_t column_stride,
                                                              const double *b, int64_t b_stride,
                                                              double *c, int64_t ldc,
                                                              int accumulate) {
    AXON_TILE8_ZERO_F64;
    for (int64_t r = 0; r < 8; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0, offset = 0; p < kc; p++, offset += column_stride) {
        const __m512d b0 = _mm512_loadu_pd(b);
        const __m512d b1 = _mm512_loadu_pd(b + 8);
        AXON_STEP2_F64(a[0 * row_stride + offset], a[1 * row_stride + offset], c00, c01, c10, c11);
        AXON_STEP2_F64(a[2 * row_stride + offset], a[3 * row_stride + offset], c20, c21, c30, c31);
        AXON_STEP2_F64(a[4 * row_stride + offset], a[5 * row_stride + offset], c40, c41, c50, c51);
        AXON_STEP2_F64(a[6 * row_stride + offset], a[7 * row_stride + offset], c60, c61, c70, c71);
        b += b_stride;
    }
    AXON_TILE8_STORE_F64;
}
#undef AXON_STEP2_F64
#undef AXON_TILE8_ZERO_F64
#undef AXON_TILE8_STORE_F64

// The small products of a tiny network (see axon_gemm_small_avx2_f32): n ≤ 16
// is one zmm of each row, so a block of rows of C is that many accumulators,
// as many independent FMA chains over p: sixteen rows at a time (each load
// of B's row serves sixteen FMAs), then eight. The AVX2 kernel's four rows
// of one or two ymm are four to eight chains on half the rows. Each element
// is the same chain of FMAs over p from zero, then + bias or + C, so the
// bits are the AVX2 kernel's and the tiles'.
AXON_AVX512 static inline void small_block_avx512_f32(const int rows_per_block, int64_t i0, int64_t m, int trans_a,
                                                      const float *a, int64_t lda, int64_t k, const float *panel_b,
                                                      int64_t stride_b, __mmask16 mask, const float *bias,
                                                      __m512 bias_row, int accumulate, float *c, int64_t ldc) {
    // The block's rows of A (the last repeated where m runs out: computed, not stored).
    const float *rows[16];
    __m512 out[16];
    for (int r = 0; r < rows_per_block; r++) {
        const int64_t i = i0 + r < m ? i0 + r : m - 1;
        rows[r] = trans_a ? a + i : a + i * lda;
        out[r] = _mm512_setzero_ps();
    }
    const int64_t a_step = trans_a ? lda : 1;
    const float *row_b = panel_b;
    for (int64_t p = 0, offset = 0; p < k; p++, offset += a_step, row_b += stride_b) {
        const __m512 b0 = _mm512_maskz_loadu_ps(mask, row_b);
        for (int r = 0; r < rows_per_block; r++) out[r] = _mm512_fmadd_ps(_mm512_set1_ps(rows[r][offset]), b0, out[r]);
    }
    const int rows_here = m - i0 < rows_per_block ? (int)(m - i0) : rows_per_block;
    for (int r = 0; r < rows_here; r++) {
        float *line = c + (i0 + r) * ldc;
        __m512 v = out[r];
        if (bias) {
            v = _mm512_add_ps(v, bias_row);
        } else if (accumulate) {
            v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(mask, line));
        }
        _mm512_mask_storeu_ps(line, mask, v);
    }
}

AXON_AVX512 AXON_NOINLINE void axon_gemm_small_avx512_f32(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                                                         const float *a, int64_t lda, const float *b, int64_t ldb,
                                                         const float *bias, int accumulate, float *c, int64_t ldc) {
    float copy[AXON_SMALL_GEMM_K * AXON_SMALL_GEMM_N] __attribute__((aligned(64)));
    int64_t stride_b;
    const float *panel_b = axon_small_rows_of_b(trans_b, n, k, b, ldb, copy, &stride_b);
    const __mmask16 mask = (__mmask16)((1u << n) - 1);
    const __m512 bias_row = bias ? _mm512_maskz_loadu_ps(mask, bias) : _mm512_setzero_ps();
    int64_t i0 = 0;
    for (; i0 + 16 <= m; i0 += 16) {
        small_block_avx512_f32(16, i0, m, trans_a, a, lda, k, panel_b, stride_b, mask, bias, bias_row, accumulate, c, ldc);
    }
    for (; i0 < m; i0 += 8) {
        small_block_avx512_f32(8, i0, m, trans_a, a, lda, k, panel_b, stride_b, mask, bias, bias_row, accumulate, c, ldc);
    }
}
#endif
#endif // !AXON_PREBUILT_KERNELS
