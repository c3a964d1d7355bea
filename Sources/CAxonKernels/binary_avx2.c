// AVX2 binary elementwise kernels: 8 floats or 4 doubles per step, with a
// scalar loop for the last few elements.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#if defined(AXON_X86)
#include <immintrin.h>
#include <math.h>

// max/min that return NaN when either input is NaN (the hardware max/min
// return the second operand instead): where x or y is NaN, take x + y.
AXON_AVX2 static inline __m256 max_nan_f32(__m256 x, __m256 y) {
    __m256 unordered = _mm256_cmp_ps(x, y, _CMP_UNORD_Q);
    return _mm256_blendv_ps(_mm256_max_ps(x, y), _mm256_add_ps(x, y), unordered);
}

AXON_AVX2 static inline __m256 min_nan_f32(__m256 x, __m256 y) {
    __m256 unordered = _mm256_cmp_ps(x, y, _CMP_UNORD_Q);
    return _mm256_blendv_ps(_mm256_min_ps(x, y), _mm256_add_ps(x, y), unordered);
}

AXON_AVX2 static inline __m256d max_nan_f64(__m256d x, __m256d y) {
    __m256d unordered = _mm256_cmp_pd(x, y, _CMP_UNORD_Q);
    return _mm256_blendv_pd(_mm256_max_pd(x, y), _mm256_add_pd(x, y), unordered);
}

AXON_AVX2 static inline __m256d min_nan_f64(__m256d x, __m256d y) {
    __m256d unordered = _mm256_cmp_pd(x, y, _CMP_UNORD_Q);
    return _mm256_blendv_pd(_mm256_min_pd(x, y), _mm256_add_pd(x, y), unordered);
}

static inline float max_nan_scalar_f32(float x, float y) {
    return (isnan(x) || isnan(y)) ? x + y : (x > y ? x : y);
}

static inline float min_nan_scalar_f32(float x, float y) {
    return (isnan(x) || isnan(y)) ? x + y : (x < y ? x : y);
}

static inline double max_nan_scalar_f64(double x, double y) {
    return (isnan(x) || isnan(y)) ? x + y : (x > y ? x : y);
}

static inline double min_nan_scalar_f64(double x, double y) {
    return (isnan(x) || isnan(y)) ? x + y : (x < y ? x : y);
}

// One loop per op. x_scalar/y_scalar are constants in each caller below, so
// the compiler drops the unused load and keeps a single loop per case.
#define BINARY_LOOP_F32(VECTOR, SCALAR)                                         \
    for (; i + 8 <= n; i += 8) {                                                \
        __m256 a = x_scalar ? x_splat : _mm256_loadu_ps(x + i);                 \
        __m256 b = y_scalar ? y_splat : _mm256_loadu_ps(y + i);                 \
        _mm256_storeu_ps(z + i, VECTOR);                                        \
    }                                                                           \
    for (; i < n; i++) {                                                        \
        float a = x[x_scalar ? 0 : i], b = y[y_scalar ? 0 : i];                 \
        z[i] = SCALAR;                                                          \
    }                                                                           \
    return 1

AXON_AVX2 static inline __attribute__((always_inline)) int
binary_f32(axon_binary_op op, const float *x, const int x_scalar, const float *y,
           const int y_scalar, float *z, int64_t n) {
    const __m256 x_splat = _mm256_set1_ps(x[0]), y_splat = _mm256_set1_ps(y[0]);
    int64_t i = 0;
    switch (op) {
    case AXON_ADD: BINARY_LOOP_F32(_mm256_add_ps(a, b), a + b);
    case AXON_SUB: BINARY_LOOP_F32(_mm256_sub_ps(a, b), a - b);
    case AXON_MUL: BINARY_LOOP_F32(_mm256_mul_ps(a, b), a * b);
    case AXON_DIV: BINARY_LOOP_F32(_mm256_div_ps(a, b), a / b);
    case AXON_MAX: BINARY_LOOP_F32(max_nan_f32(a, b), max_nan_scalar_f32(a, b));
    case AXON_MIN: BINARY_LOOP_F32(min_nan_f32(a, b), min_nan_scalar_f32(a, b));
    case AXON_POW: return 0;
    case AXON_RELU_BACKWARD:
        BINARY_LOOP_F32(_mm256_and_ps(a, _mm256_cmp_ps(b, _mm256_setzero_ps(), _CMP_GT_OQ)), b > 0 ? a : 0);
    case AXON_TANH_BACKWARD:
        BINARY_LOOP_F32(_mm256_mul_ps(a, _mm256_mul_ps(_mm256_sub_ps(_mm256_set1_ps(1), b),
                                                       _mm256_add_ps(_mm256_set1_ps(1), b))),
                        a * ((1 - b) * (1 + b)));
    case AXON_SIGMOID_BACKWARD:
        BINARY_LOOP_F32(_mm256_mul_ps(a, _mm256_mul_ps(b, _mm256_sub_ps(_mm256_set1_ps(1), b))),
                        a * (b * (1 - b)));
    }
    return 0;
}

AXON_AVX2 int axon_binary_avx2_f32(axon_binary_op op, const float *x, int x_scalar,
                                   const float *y, int y_scalar, float *z, int64_t n) {
    if (x_scalar) return binary_f32(op, x, 1, y, 0, z, n);
    if (y_scalar) return binary_f32(op, x, 0, y, 1, z, n);
    return binary_f32(op, x, 0, y, 0, z, n);
}

#define BINARY_LOOP_F64(VECTOR, SCALAR)                                         \
    for (; i + 4 <= n; i += 4) {                                                \
        __m256d a = x_scalar ? x_splat : _mm256_loadu_pd(x + i);                \
        __m256d b = y_scalar ? y_splat : _mm256_loadu_pd(y + i);                \
        _mm256_storeu_pd(z + i, VECTOR);                                        \
    }                                                                           \
    for (; i < n; i++) {                                                        \
        double a = x[x_scalar ? 0 : i], b = y[y_scalar ? 0 : i];                \
        z[i] = SCALAR;                                                          \
    }                                                                           \
    return 1

AXON_AVX2 static inline __attribute__((always_inline)) int
binary_f64(axon_binary_op op, const double *x, const int x_scalar, const double *y,
           const int y_scalar, double *z, int64_t n) {
    const __m256d x_splat = _mm256_set1_pd(x[0]), y_splat = _mm256_set1_pd(y[0]);
    int64_t i = 0;
    switch (op) {
    case AXON_ADD: BINARY_LOOP_F64(_mm256_add_pd(a, b), a + b);
    case AXON_SUB: BINARY_LOOP_F64(_mm256_sub_pd(a, b), a - b);
    case AXON_MUL: BINARY_LOOP_F64(_mm256_mul_pd(a, b), a * b);
    case AXON_DIV: BINARY_LOOP_F64(_mm256_div_pd(a, b), a / b);
    case AXON_MAX: BINARY_LOOP_F64(max_nan_f64(a, b), max_nan_scalar_f64(a, b));
    case AXON_MIN: BINARY_LOOP_F64(min_nan_f64(a, b), min_nan_scalar_f64(a, b));
    case AXON_POW: return 0;
    case AXON_RELU_BACKWARD:
        BINARY_LOOP_F64(_mm256_and_pd(a, _mm256_cmp_pd(b, _mm256_setzero_pd(), _CMP_GT_OQ)), b > 0 ? a : 0);
    case AXON_TANH_BACKWARD:
        BINARY_LOOP_F64(_mm256_mul_pd(a, _mm256_mul_pd(_mm256_sub_pd(_mm256_set1_pd(1), b),
                                                       _mm256_add_pd(_mm256_set1_pd(1), b))),
                        a * ((1 - b) * (1 + b)));
    case AXON_SIGMOID_BACKWARD:
        BINARY_LOOP_F64(_mm256_mul_pd(a, _mm256_mul_pd(b, _mm256_sub_pd(_mm256_set1_pd(1), b))),
                        a * (b * (1 - b)));
    }
    return 0;
}

AXON_AVX2 int axon_binary_avx2_f64(axon_binary_op op, const double *x, int x_scalar,
                                   const double *y, int y_scalar, double *z, int64_t n) {
    if (x_scalar) return binary_f64(op, x, 1, y, 0, z, n);
    if (y_scalar) return binary_f64(op, x, 0, y, 1, z, n);
    return binary_f64(op, x, 0, y, 0, z, n);
}
#endif
#endif // !AXON_PREBUILT_KERNELS
