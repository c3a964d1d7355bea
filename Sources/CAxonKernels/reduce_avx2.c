// AVX2 reductions. Sums run four 8-wide accumulators (32 lanes, which also
// hides the add latency) over blocks of 1024 elements and add the block sums
// in double, so float error stays bounded however long the run is.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#if defined(AXON_X86)
#include <immintrin.h>
#include <math.h>

enum { block_f32 = 1024, block_f64 = 512 };

AXON_AVX2 static inline float horizontal_sum_f32(__m256 v) {
    __m128 x = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    x = _mm_add_ps(x, _mm_movehl_ps(x, x));
    x = _mm_add_ss(x, _mm_movehdup_ps(x));
    return _mm_cvtss_f32(x);
}

AXON_AVX2 static inline double horizontal_sum_f64(__m256d v) {
    __m128d x = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
    x = _mm_add_sd(x, _mm_unpackhi_pd(x, x));
    return _mm_cvtsd_f64(x);
}

AXON_AVX2 static double sum_f32(const float *x, int64_t n) {
    double total = 0;
    int64_t i = 0;
    for (; i + block_f32 <= n; i += block_f32) {
        __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
        __m256 s2 = _mm256_setzero_ps(), s3 = _mm256_setzero_ps();
        for (int64_t j = i; j < i + block_f32; j += 32) {
            s0 = _mm256_add_ps(s0, _mm256_loadu_ps(x + j));
            s1 = _mm256_add_ps(s1, _mm256_loadu_ps(x + j + 8));
            s2 = _mm256_add_ps(s2, _mm256_loadu_ps(x + j + 16));
            s3 = _mm256_add_ps(s3, _mm256_loadu_ps(x + j + 24));
        }
        total += horizontal_sum_f32(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
    }
    __m256 s = _mm256_setzero_ps();
    for (; i + 8 <= n; i += 8) s = _mm256_add_ps(s, _mm256_loadu_ps(x + i));
    float tail = horizontal_sum_f32(s);
    for (; i < n; i++) tail += x[i];
    return total + tail;
}

AXON_AVX2 static double sum_f64(const double *x, int64_t n) {
    double total = 0;
    int64_t i = 0;
    for (; i + block_f64 <= n; i += block_f64) {
        __m256d s0 = _mm256_setzero_pd(), s1 = _mm256_setzero_pd();
        __m256d s2 = _mm256_setzero_pd(), s3 = _mm256_setzero_pd();
        for (int64_t j = i; j < i + block_f64; j += 16) {
            s0 = _mm256_add_pd(s0, _mm256_loadu_pd(x + j));
            s1 = _mm256_add_pd(s1, _mm256_loadu_pd(x + j + 4));
            s2 = _mm256_add_pd(s2, _mm256_loadu_pd(x + j + 8));
            s3 = _mm256_add_pd(s3, _mm256_loadu_pd(x + j + 12));
        }
        total += horizontal_sum_f64(_mm256_add_pd(_mm256_add_pd(s0, s1), _mm256_add_pd(s2, s3)));
    }
    __m256d s = _mm256_setzero_pd();
    for (; i + 4 <= n; i += 4) s = _mm256_add_pd(s, _mm256_loadu_pd(x + i));
    double tail = horizontal_sum_f64(s);
    for (; i < n; i++) tail += x[i];
    return total + tail;
}

// Max/min keep a running "saw NaN" mask instead of a NaN-aware max per step.
AXON_AVX2 float axon_reduce_avx2_f32(axon_reduce_op op, const float *x, int64_t n) {
    if (op == AXON_SUM) return (float)sum_f32(x, n);
    __m256 best = _mm256_set1_ps(x[0]);
    __m256 nan_seen = _mm256_setzero_ps();
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 v = _mm256_loadu_ps(x + i);
        nan_seen = _mm256_or_ps(nan_seen, _mm256_cmp_ps(v, v, _CMP_UNORD_Q));
        best = op == AXON_MAXIMUM ? _mm256_max_ps(best, v) : _mm256_min_ps(best, v);
    }
    if (_mm256_movemask_ps(nan_seen)) return NAN;
    float lanes[8];
    _mm256_storeu_ps(lanes, best);
    float result = lanes[0];
    for (int lane = 1; lane < 8; lane++) {
        if (op == AXON_MAXIMUM ? lanes[lane] > result : lanes[lane] < result) result = lanes[lane];
    }
    for (; i < n; i++) {
        if (isnan(x[i])) return x[i];
        if (op == AXON_MAXIMUM ? x[i] > result : x[i] < result) result = x[i];
    }
    return result;
}

AXON_AVX2 double axon_reduce_avx2_f64(axon_reduce_op op, const double *x, int64_t n) {
    if (op == AXON_SUM) return sum_f64(x, n);
    __m256d best = _mm256_set1_pd(x[0]);
    __m256d nan_seen = _mm256_setzero_pd();
    int64_t i = 0;
    for (; i + 4 <= n; i += 4) {
        __m256d v = _mm256_loadu_pd(x + i);
        nan_seen = _mm256_or_pd(nan_seen, _mm256_cmp_pd(v, v, _CMP_UNORD_Q));
        best = op == AXON_MAXIMUM ? _mm256_max_pd(best, v) : _mm256_min_pd(best, v);
    }
    if (_mm256_movemask_pd(nan_seen)) return NAN;
    double lanes[4];
    _mm256_storeu_pd(lanes, best);
    double result = lanes[0];
    for (int lane = 1; lane < 4; lane++) {
        if (op == AXON_MAXIMUM ? lanes[lane] > result : lanes[lane] < result) result = lanes[lane];
    }
    for (; i < n; i++) {
        if (isnan(x[i])) return x[i];
        if (op == AXON_MAXIMUM ? x[i] > result : x[i] < result) result = x[i];
    }
    return result;
}
#endif
#endif // !AXON_PREBUILT_KERNELS
