// AVX2+FMA GEMM micro-kernels (x86-64, chosen at run time).
//
// float: a 6×16 tile in twelve 8-wide accumulators; each k step loads two
// vectors of B, broadcasts six values of A and issues twelve FMAs, which keeps
// both FMA pipes busy (12 independent chains cover the 4-cycle latency) and
// leaves 3 of the 16 ymm registers for operands. double: the same with 6×8.
//
// Kept out of line (AXON_NOINLINE): inlined into the
// loop nest the compiler ran out of registers and spilled accumulators.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#if defined(AXON_X86)
#include <immintrin.h>

AXON_AVX2 static inline void store_row_f32(float *c, __m256 low, __m256 high, int accumulate) {
    if (accumulate) {
        low = _mm256_add_ps(low, _mm256_loadu_ps(c));
        high = _mm256_add_ps(high, _mm256_loadu_ps(c + 8));
    }
    _mm256_storeu_ps(c, low);
    _mm256_storeu_ps(c + 8, high);
}

// The 6×16 float tile's twelve accumulators, one k step of it (row r's A
// value broadcast from the pointer a_r, B's row in b0 and b1), and its
// store: shared by the packed, strided and indirect kernels.
#define AXON_TILE6_ZERO                                                                  \
    __m256 c00 = _mm256_setzero_ps(), c01 = _mm256_setzero_ps();                          \
    __m256 c10 = _mm256_setzero_ps(), c11 = _mm256_setzero_ps();                          \
    __m256 c20 = _mm256_setzero_ps(), c21 = _mm256_setzero_ps();                          \
    __m256 c30 = _mm256_setzero_ps(), c31 = _mm256_setzero_ps();                          \
    __m256 c40 = _mm256_setzero_ps(), c41 = _mm256_setzero_ps();                          \
    __m256 c50 = _mm256_setzero_ps(), c51 = _mm256_setzero_ps()
#define AXON_TILE6_ROW(r, a_r)                                                           \
    do {                                                                                 \
        const __m256 ai = _mm256_broadcast_ss(a_r);                                      \
        c##r##0 = _mm256_fmadd_ps(ai, b0, c##r##0);                                      \
        c##r##1 = _mm256_fmadd_ps(ai, b1, c##r##1);                                      \
    } while (0)
#define AXON_TILE6_STEP(a0, a1, a2, a3, a4, a5)                                          \
    do {                                                                                 \
        AXON_TILE6_ROW(0, a0);                                                           \
        AXON_TILE6_ROW(1, a1);                                                           \
        AXON_TILE6_ROW(2, a2);                                                           \
        AXON_TILE6_ROW(3, a3);                                                           \
        AXON_TILE6_ROW(4, a4);                                                           \
        AXON_TILE6_ROW(5, a5);                                                           \
    } while (0)
#define AXON_TILE6_STORE                                                                 \
    store_row_f32(c, c00, c01, accumulate);                                              \
    store_row_f32(c + ldc, c10, c11, accumulate);                                        \
    store_row_f32(c + 2 * ldc, c20, c21, accumulate);                                    \
    store_row_f32(c + 3 * ldc, c30, c31, accumulate);                                    \
    store_row_f32(c + 4 * ldc, c40, c41, accumulate);                                    \
    store_row_f32(c + 5 * ldc, c50, c51, accumulate)

AXON_AVX2 AXON_NOINLINE void axon_ukernel_avx2_f32(int64_t kc, const float *a, const float *b,
                                                  float *c, int64_t ldc, int accumulate) {
    AXON_TILE6_ZERO;
    for (int64_t r = 0; r < 6; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0; p < kc; p++) {
        _mm_prefetch((const char *)(b + 128), _MM_HINT_T0);
        const __m256 b0 = _mm256_load_ps(b);
        const __m256 b1 = _mm256_load_ps(b + 8);
        AXON_TILE6_STEP(a, a + 1, a + 2, a + 3, a + 4, a + 5);
        a += 6;
        b += 16;
    }
    AXON_TILE6_STORE;
}

// The same tile, reading A in place: element (r, p) of the tile's A at
// a[r*row_stride + p*column_stride], and B's row p at b + p*b_stride (nr for
// a packed panel, ldb for a row-major B read in place). Used when a block of
// A (or a panel of B) would be read too few times to repay packing it.
AXON_AVX2 AXON_NOINLINE void axon_ukernel_avx2_strided_f32(int64_t kc, const float *a,
                                                          int64_t row_stride,
                                                          int64_t column_stride,
                                                          const float *b, int64_t b_stride,
                                                          float *c, int64_t ldc, int accumulate) {
    AXON_TILE6_ZERO;
    const float *a0 = a, *a1 = a + row_stride, *a2 = a + 2 * row_stride;
    const float *a3 = a + 3 * row_stride, *a4 = a + 4 * row_stride, *a5 = a + 5 * row_stride;
    for (int64_t r = 0; r < 6; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0, offset = 0; p < kc; p++, offset += column_stride) {
        const __m256 b0 = _mm256_loadu_ps(b);
        const __m256 b1 = _mm256_loadu_ps(b + 8);
        AXON_TILE6_STEP(a0 + offset, a1 + offset, a2 + offset, a3 + offset, a4 + offset, a5 + offset);
        b += b_stride;
    }
    AXON_TILE6_STORE;
}

// The same tile with both operands addressed through tables: element (r, p)
// of A at a[a_rows[r] + p*a_step], row p of B at b + b_rows[p]. A
// convolution's patch matrix is rows of the (padded) image at such offsets,
// so it is multiplied where it lies (conv_implicit.c).
AXON_AVX2 AXON_NOINLINE void axon_ukernel_avx2_indirect_f32(int64_t kc, const float *a,
                                                           const int64_t *a_rows, int64_t a_step,
                                                           const float *b, const int64_t *b_rows,
                                                           float *c, int64_t ldc, int accumulate) {
    AXON_TILE6_ZERO;
    const float *a0 = a + a_rows[0], *a1 = a + a_rows[1], *a2 = a + a_rows[2];
    const float *a3 = a + a_rows[3], *a4 = a + a_rows[4], *a5 = a + a_rows[5];
    for (int64_t r = 0; r < 6; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0, offset = 0; p < kc; p++, offset += a_step) {
        const float *row = b + b_rows[p];
        const __m256 b0 = _mm256_loadu_ps(row);
        const __m256 b1 = _mm256_loadu_ps(row + 8);
        AXON_TILE6_STEP(a0 + offset, a1 + offset, a2 + offset, a3 + offset, a4 + offset, a5 + offset);
    }
    AXON_TILE6_STORE;
}

AXON_AVX2 static inline void store_row_f64(double *c, __m256d low, __m256d high, int accumulate) {
    if (accumulate) {
        low = _mm256_add_pd(low, _mm256_loadu_pd(c));
        high = _mm256_add_pd(high, _mm256_loadu_pd(c + 4));
    }
    _mm256_storeu_pd(c, low);
    _mm256_storeu_pd(c + 4, high);
}

AXON_AVX2 AXON_NOINLINE void axon_ukernel_avx2_f64(int64_t kc, const double *a, const double *b,
                                                  double *c, int64_t ldc, int accumulate) {
    __m256d c00 = _mm256_setzero_pd(), c01 = _mm256_setzero_pd();
    __m256d c10 = _mm256_setzero_pd(), c11 = _mm256_setzero_pd();
    __m256d c20 = _mm256_setzero_pd(), c21 = _mm256_setzero_pd();
    __m256d c30 = _mm256_setzero_pd(), c31 = _mm256_setzero_pd();
    __m256d c40 = _mm256_setzero_pd(), c41 = _mm256_setzero_pd();
    __m256d c50 = _mm256_setzero_pd(), c51 = _mm256_setzero_pd();
    for (int64_t r = 0; r < 6; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0; p < kc; p++) {
        _mm_prefetch((const char *)(b + 64), _MM_HINT_T0);
        const __m256d b0 = _mm256_load_pd(b);
        const __m256d b1 = _mm256_load_pd(b + 4);
        __m256d ai = _mm256_broadcast_sd(a);
        c00 = _mm256_fmadd_pd(ai, b0, c00);
        c01 = _mm256_fmadd_pd(ai, b1, c01);
        ai = _mm256_broadcast_sd(a + 1);
        c10 = _mm256_fmadd_pd(ai, b0, c10);
        c11 = _mm256_fmadd_pd(ai, b1, c11);
        ai = _mm256_broadcast_sd(a + 2);
        c20 = _mm256_fmadd_pd(ai, b0, c20);
        c21 = _mm256_fmadd_pd(ai, b1, c21);
        ai = _mm256_broadcast_sd(a + 3);
        c30 = _mm256_fmadd_pd(ai, b0, c30);
        c31 = _mm256_fmadd_pd(ai, b1, c31);
        ai = _mm256_broadcast_sd(a + 4);
        c40 = _mm256_fmadd_pd(ai, b0, c40);
        c41 = _mm256_fmadd_pd(ai, b1, c41);
        ai = _mm256_broadcast_sd(a + 5);
        c50 = _mm256_fmadd_pd(ai, b0, c50);
        c51 = _mm256_fmadd_pd(ai, b1, c51);
        a += 6;
        b += 8;
    }
    store_row_f64(c, c00, c01, accumulate);
    store_row_f64(c + ldc, c10, c11, accumulate);
    store_row_f64(c + 2 * ldc, c20, c21, accumulate);
    store_row_f64(c + 3 * ldc, c30, c31, accumulate);
    store_row_f64(c + 4 * ldc, c40, c41, accumulate);
    store_row_f64(c + 5 * ldc, c50, c51, accumulate);
}
AXON_AVX2 AXON_NOINLINE void axon_ukernel_avx2_strided_f64(int64_t kc, const double *a,
                                                          int64_t row_stride,
                                                          int64_t column_stride,
                                                          const double *b, int64_t b_stride,
                                                          double *c, int64_t ldc, int accumulate) {
    __m256d c00 = _mm256_setzero_pd(), c01 = _mm256_setzero_pd();
    __m256d c10 = _mm256_setzero_pd(), c11 = _mm256_setzero_pd();
    __m256d c20 = _mm256_setzero_pd(), c21 = _mm256_setzero_pd();
    __m256d c30 = _mm256_setzero_pd(), c31 = _mm256_setzero_pd();
    __m256d c40 = _mm256_setzero_pd(), c41 = _mm256_setzero_pd();
    __m256d c50 = _mm256_setzero_pd(), c51 = _mm256_setzero_pd();
    const double *a0 = a, *a1 = a + row_stride, *a2 = a + 2 * row_stride;
    const double *a3 = a + 3 * row_stride, *a4 = a + 4 * row_stride, *a5 = a + 5 * row_stride;
    for (int64_t r = 0; r < 6; r++) _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0);
    for (int64_t p = 0, offset = 0; p < kc; p++, offset += column_stride) {
        const __m256d b0 = _mm256_loadu_pd(b);
        const __m256d b1 = _mm256_loadu_pd(b + 4);
        __m256d ai = _mm256_broadcast_sd(a0 + offset);
        c00 = _mm256_fmadd_pd(ai, b0, c00);
        c01 = _mm256_fmadd_pd(ai, b1, c01);
        ai = _mm256_broadcast_sd(a1 + offset);
        c10 = _mm256_fmadd_pd(ai, b0, c10);
        c11 = _mm256_fmadd_pd(ai, b1, c11);
        ai = _mm256_broadcast_sd(a2 + offset);
        c20 = _mm256_fmadd_pd(ai, b0, c20);
        c21 = _mm256_fmadd_pd(ai, b1, c21);
        ai = _mm256_broadcast_sd(a3 + offset);
        c30 = _mm256_fmadd_pd(ai, b0, c30);
        c31 = _mm256_fmadd_pd(ai, b1, c31);
        ai = _mm256_broadcast_sd(a4 + offset);
        c40 = _mm256_fmadd_pd(ai, b0, c40);
        c41 = _mm256_fmadd_pd(ai, b1, c41);
        ai = _mm256_broadcast_sd(a5 + offset);
        c50 = _mm256_fmadd_pd(ai, b0, c50);
        c51 = _mm256_fmadd_pd(ai, b1, c51);
        b += b_stride;
    }
    store_row_f64(c, c00, c01, accumulate);
    store_row_f64(c + ldc, c10, c11, accumulate);
    store_row_f64(c + 2 * ldc, c20, c21, accumulate);
    store_row_f64(c + 3 * ldc, c30, c31, accumulate);
    store_row_f64(c + 4 * ldc, c40, c41, accumulate);
    store_row_f64(c + 5 * ldc, c50, c51, accumulate);
}

// The pack across rows (see axon_pack_across_rows_f32), 8 rows at a time: 8
// rows of x × 8 steps of p are loaded as 8 vectors, transposed in registers
// and stored as 8 panel rows. For a transposed B (the nt products of a
// linear layer's forward pass, B = Wᵀ) and an untransposed A under an 8-row
// tile this replaces one scalar store per element, each to a different
// cache line of the panel, with one vector store per 8.
AXON_AVX2 static inline void transpose8_f32(__m256 *r) {
    const __m256 t0 = _mm256_unpacklo_ps(r[0], r[1]), t1 = _mm256_unpackhi_ps(r[0], r[1]);
    const __m256 t2 = _mm256_unpacklo_ps(r[2], r[3]), t3 = _mm256_unpackhi_ps(r[2], r[3]);
    const __m256 t4 = _mm256_unpacklo_ps(r[4], r[5]), t5 = _mm256_unpackhi_ps(r[4], r[5]);
    const __m256 t6 = _mm256_unpacklo_ps(r[6], r[7]), t7 = _mm256_unpackhi_ps(r[6], r[7]);
    const __m256 u0 = _mm256_shuffle_ps(t0, t2, _MM_SHUFFLE(1, 0, 1, 0));
    const __m256 u1 = _mm256_shuffle_ps(t0, t2, _MM_SHUFFLE(3, 2, 3, 2));
    const __m256 u2 = _mm256_shuffle_ps(t1, t3, _MM_SHUFFLE(1, 0, 1, 0));
    const __m256 u3 = _mm256_shuffle_ps(t1, t3, _MM_SHUFFLE(3, 2, 3, 2));
    const __m256 u4 = _mm256_shuffle_ps(t4, t6, _MM_SHUFFLE(1, 0, 1, 0));
    const __m256 u5 = _mm256_shuffle_ps(t4, t6, _MM_SHUFFLE(3, 2, 3, 2));
    const __m256 u6 = _mm256_shuffle_ps(t5, t7, _MM_SHUFFLE(1, 0, 1, 0));
    const __m256 u7 = _mm256_shuffle_ps(t5, t7, _MM_SHUFFLE(3, 2, 3, 2));
    r[0] = _mm256_permute2f128_ps(u0, u4, 0x20);
    r[1] = _mm256_permute2f128_ps(u1, u5, 0x20);
    r[2] = _mm256_permute2f128_ps(u2, u6, 0x20);
    r[3] = _mm256_permute2f128_ps(u3, u7, 0x20);
    r[4] = _mm256_permute2f128_ps(u0, u4, 0x31);
    r[5] = _mm256_permute2f128_ps(u1, u5, 0x31);
    r[6] = _mm256_permute2f128_ps(u2, u6, 0x31);
    r[7] = _mm256_permute2f128_ps(u3, u7, 0x31);
}

/// Stores the first `lanes` (1 to 8) values of v.
AXON_AVX2 static inline void store_lanes_f32(float *out, __m256 v, int lanes) {
    if (lanes == 8) {
        _mm256_storeu_ps(out, v);
    } else if (lanes == 6) {  // the AVX2 tile's 6 rows of A
        _mm_storeu_ps(out, _mm256_castps256_ps128(v));
        _mm_storel_pi((__m64 *)(out + 4), _mm256_extractf128_ps(v, 1));
    } else {
        float values[8];
        _mm256_storeu_ps(values, v);
        for (int lane = 0; lane < lanes; lane++) out[lane] = values[lane];
    }
}

AXON_AVX2 void axon_pack_across_rows_avx2_f32(int nr, const float *x, int64_t ldx, int64_t p0,
                                              int64_t j0, int64_t kc, int64_t nc, float *out) {
    for (int64_t jr = 0; jr < nc; jr += nr, out += (int64_t)nr * kc) {
        const int64_t cols = nc - jr < nr ? nc - jr : nr;
        const float *rows = x + (j0 + jr) * ldx + p0;
        // Groups of 8 panel columns, p in steps of 8 through the registers
        // and the ragged end of p one value at a time. A group past the last
        // row of x (a panel narrower than 8, or the ragged last panel) loads
        // zeros for the missing rows: they are the panel's zero padding.
        int64_t c0 = 0;
        for (; c0 < cols; c0 += 8) {
            const int real = cols - c0 < 8 ? (int)(cols - c0) : 8;
            const int lanes = nr - c0 < 8 ? (int)(nr - c0) : 8;
            int64_t p = 0;
            for (; p + 8 <= kc; p += 8) {
                __m256 r[8];
                for (int i = 0; i < 8; i++) {
                    r[i] = i < real ? _mm256_loadu_ps(rows + (c0 + i) * ldx + p) : _mm256_setzero_ps();
                }
                transpose8_f32(r);
                for (int i = 0; i < 8; i++) store_lanes_f32(out + (p + i) * nr + c0, r[i], lanes);
            }
            for (; p < kc; p++) {
                for (int c = 0; c < lanes; c++) out[p * nr + c0 + c] = c < real ? rows[(c0 + c) * ldx + p] : 0;
            }
        }
        // Whole groups of padding.
        for (int64_t c = c0; c < nr; c++) {
            for (int64_t q = 0; q < kc; q++) out[q * nr + c] = 0;
        }
    }
}

// The same pack for float64, 4 rows at a time through 4×4 transposes.
AXON_AVX2 static inline void transpose4_f64(__m256d *r) {
    const __m256d t0 = _mm256_unpacklo_pd(r[0], r[1]), t1 = _mm256_unpackhi_pd(r[0], r[1]);
    const __m256d t2 = _mm256_unpacklo_pd(r[2], r[3]), t3 = _mm256_unpackhi_pd(r[2], r[3]);
    r[0] = _mm256_permute2f128_pd(t0, t2, 0x20);
    r[1] = _mm256_permute2f128_pd(t1, t3, 0x20);
    r[2] = _mm256_permute2f128_pd(t0, t2, 0x31);
    r[3] = _mm256_permute2f128_pd(t1, t3, 0x31);
}

/// Stores the first `lanes` (1 to 4) values of v.
AXON_AVX2 static inline void store_lanes_f64(double *out, __m256d v, int lanes) {
    if (lanes == 4) {
        _mm256_storeu_pd(out, v);
    } else if (lanes == 2) {  // the last two of the AVX2 tile's 6 rows of A
        _mm_storeu_pd(out, _mm256_castpd256_pd128(v));
    } else {
        double values[4];
        _mm256_storeu_pd(values, v);
        for (int lane = 0; lane < lanes; lane++) out[lane] = values[lane];
    }
}

AXON_AVX2 void axon_pack_across_rows_avx2_f64(int nr, const double *x, int64_t ldx, int64_t p0,
                                              int64_t j0, int64_t kc, int64_t nc, double *out) {
    for (int64_t jr = 0; jr < nc; jr += nr, out += (int64_t)nr * kc) {
        const int64_t cols = nc - jr < nr ? nc - jr : nr;
        const double *rows = x + (j0 + jr) * ldx + p0;
        int64_t c0 = 0;
        for (; c0 < cols; c0 += 4) {
            const int real = cols - c0 < 4 ? (int)(cols - c0) : 4;
            const int lanes = nr - c0 < 4 ? (int)(nr - c0) : 4;
            int64_t p = 0;
            for (; p + 4 <= kc; p += 4) {
                __m256d r[4];
                for (int i = 0; i < 4; i++) {
                    r[i] = i < real ? _mm256_loadu_pd(rows + (c0 + i) * ldx + p) : _mm256_setzero_pd();
                }
                transpose4_f64(r);
                for (int i = 0; i < 4; i++) store_lanes_f64(out + (p + i) * nr + c0, r[i], lanes);
            }
            for (; p < kc; p++) {
                for (int c = 0; c < lanes; c++) out[p * nr + c0 + c] = c < real ? rows[(c0 + c) * ldx + p] : 0;
            }
        }
        for (int64_t c = c0; c < nr; c++) {
            for (int64_t q = 0; q < kc; q++) out[q * nr + c] = 0;
        }
    }
}
#endif

#if defined(AXON_X86)
/// The sum of a vector's eight lanes.
AXON_AVX2 static inline float horizontal_sum_f32(__m256 v) {
    __m128 sum = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    sum = _mm_add_ps(sum, _mm_movehl_ps(sum, sum));
    sum = _mm_add_ss(sum, _mm_movehdup_ps(sum));
    return _mm_cvtss_f32(sum);
}

AXON_AVX2 AXON_NOINLINE void axon_gemv_rows_avx2_f32(int64_t n, int64_t k, const float *x, const float *w,
                                                    int64_t ldw, const float *bias, float *y) {
    const int64_t k16 = k / 16 * 16;
    int64_t j = 0;
    // Four rows of W at a time, two accumulators each: eight FMA chains, and
    // each load of x serves four rows.
    for (; j + 4 <= n; j += 4) {
        const float *w0 = w + j * ldw, *w1 = w0 + ldw, *w2 = w1 + ldw, *w3 = w2 + ldw;
        __m256 a0 = _mm256_setzero_ps(), b0 = _mm256_setzero_ps();
        __m256 a1 = _mm256_setzero_ps(), b1 = _mm256_setzero_ps();
        __m256 a2 = _mm256_setzero_ps(), b2 = _mm256_setzero_ps();
        __m256 a3 = _mm256_setzero_ps(), b3 = _mm256_setzero_ps();
        for (int64_t p = 0; p < k16; p += 16) {
            __m256 xl = _mm256_loadu_ps(x + p), xh = _mm256_loadu_ps(x + p + 8);
            a0 = _mm256_fmadd_ps(xl, _mm256_loadu_ps(w0 + p), a0);
            b0 = _mm256_fmadd_ps(xh, _mm256_loadu_ps(w0 + p + 8), b0);
            a1 = _mm256_fmadd_ps(xl, _mm256_loadu_ps(w1 + p), a1);
            b1 = _mm256_fmadd_ps(xh, _mm256_loadu_ps(w1 + p + 8), b1);
            a2 = _mm256_fmadd_ps(xl, _mm256_loadu_ps(w2 + p), a2);
            b2 = _mm256_fmadd_ps(xh, _mm256_loadu_ps(w2 + p + 8), b2);
            a3 = _mm256_fmadd_ps(xl, _mm256_loadu_ps(w3 + p), a3);
            b3 = _mm256_fmadd_ps(xh, _mm256_loadu_ps(w3 + p + 8), b3);
        }
        float s0 = horizontal_sum_f32(_mm256_add_ps(a0, b0)), s1 = horizontal_sum_f32(_mm256_add_ps(a1, b1));
        float s2 = horizontal_sum_f32(_mm256_add_ps(a2, b2)), s3 = horizontal_sum_f32(_mm256_add_ps(a3, b3));
        for (int64_t p = k16; p < k; p++) {
            s0 += x[p] * w0[p];
            s1 += x[p] * w1[p];
            s2 += x[p] * w2[p];
            s3 += x[p] * w3[p];
        }
        y[j] = bias ? s0 + bias[j] : s0;
        y[j + 1] = bias ? s1 + bias[j + 1] : s1;
        y[j + 2] = bias ? s2 + bias[j + 2] : s2;
        y[j + 3] = bias ? s3 + bias[j + 3] : s3;
    }
    for (; j < n; j++) {
        const float *row = w + j * ldw;
        __m256 a = _mm256_setzero_ps(), b = _mm256_setzero_ps();
        for (int64_t p = 0; p < k16; p += 16) {
            a = _mm256_fmadd_ps(_mm256_loadu_ps(x + p), _mm256_loadu_ps(row + p), a);
            b = _mm256_fmadd_ps(_mm256_loadu_ps(x + p + 8), _mm256_loadu_ps(row + p + 8), b);
        }
        float s = horizontal_sum_f32(_mm256_add_ps(a, b));
        for (int64_t p = k16; p < k; p++) s += x[p] * row[p];
        y[j] = bias ? s + bias[j] : s;
    }
}

/// Lanes 0..valid-1 of eight set: a mask from `small_lanes + 8 - valid`.
static const int32_t small_lanes[16] = {-1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0};

/// The mask of the first `valid` lanes (0 to 8).
AXON_AVX2 static inline __m256i small_mask(int64_t valid) {
    valid = valid < 0 ? 0 : valid > 8 ? 8 : valid;
    return _mm256_loadu_si256((const __m256i *)(small_lanes + 8 - valid));
}

/// Stores `rows` rows of one or two accumulator vectors: the product, then
/// + bias or + C, as the tiled path adds them.
AXON_AVX2 static inline void small_store(const __m256 *out, int rows, int vectors, float *c, int64_t ldc,
                                         const float *bias, int accumulate, __m256i mask0, __m256i mask1) {
    for (int r = 0; r < rows; r++) {
        float *line = c + r * ldc;
        __m256 low = out[2 * r], high = out[2 * r + 1];
        if (bias) {
            low = _mm256_add_ps(low, _mm256_maskload_ps(bias, mask0));
            if (vectors > 1) high = _mm256_add_ps(high, _mm256_maskload_ps(bias + 8, mask1));
        } else if (accumulate) {
            low = _mm256_add_ps(low, _mm256_maskload_ps(line, mask0));
            if (vectors > 1) high = _mm256_add_ps(high, _mm256_maskload_ps(line + 8, mask1));
        }
        _mm256_maskstore_ps(line, mask0, low);
        if (vectors > 1) _mm256_maskstore_ps(line + 8, mask1, high);
    }
}

AXON_AVX2 AXON_NOINLINE void axon_gemm_small_avx2_f32(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                                                     const float *a, int64_t lda, const float *b, int64_t ldb,
                                                     const float *bias, int accumulate, float *c, int64_t ldc) {
    float copy[AXON_SMALL_GEMM_K * AXON_SMALL_GEMM_N] __attribute__((aligned(32)));
    int64_t stride_b;
    const float *panel_b = axon_small_rows_of_b(trans_b, n, k, b, ldb, copy, &stride_b);
    const __m256i mask0 = small_mask(n), mask1 = small_mask(n - 8);
    const int vectors = n > 8 ? 2 : 1;
    const int64_t a_step = trans_a ? lda : 1;
    for (int64_t i0 = 0; i0 < m; i0 += 4) {
        // Four rows of A (the last repeated where m runs out: computed, not stored).
        const float *rows[4];
        for (int r = 0; r < 4; r++) {
            const int64_t i = i0 + r < m ? i0 + r : m - 1;
            rows[r] = trans_a ? a + i : a + i * lda;
        }
        __m256 out[8];
        for (int v = 0; v < 8; v++) out[v] = _mm256_setzero_ps();
        const float *row_b = panel_b;
        if (vectors == 2) {
            for (int64_t p = 0, offset = 0; p < k; p++, offset += a_step, row_b += stride_b) {
                const __m256 b0 = _mm256_loadu_ps(row_b), b1 = _mm256_maskload_ps(row_b + 8, mask1);
                for (int r = 0; r < 4; r++) {
                    const __m256 ai = _mm256_broadcast_ss(rows[r] + offset);
                    out[2 * r] = _mm256_fmadd_ps(ai, b0, out[2 * r]);
                    out[2 * r + 1] = _mm256_fmadd_ps(ai, b1, out[2 * r + 1]);
                }
            }
        } else {
            for (int64_t p = 0, offset = 0; p < k; p++, offset += a_step, row_b += stride_b) {
                const __m256 b0 = _mm256_maskload_ps(row_b, mask0);
                for (int r = 0; r < 4; r++) {
                    out[2 * r] = _mm256_fmadd_ps(_mm256_broadcast_ss(rows[r] + offset), b0, out[2 * r]);
                }
            }
        }
        const int rows_here = m - i0 < 4 ? (int)(m - i0) : 4;
        small_store(out, rows_here, vectors, c + i0 * ldc, ldc, bias, accumulate, mask0, mask1);
    }
}
#endif
#endif // !AXON_PREBUILT_KERNELS
