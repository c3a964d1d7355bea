// AVX2 unary kernels, including vectorised float32 exp, log, tanh and sigmoid.
//
// The polynomials are the classic Cephes single-precision ones (S. L. Moshier,
// "Methods and Programs for Mathematical Functions", 1989): a range reduction
// to a short interval, then a minimax polynomial there; about 1 ulp for exp
// and log, a few ulp for tanh and sigmoid. float64 exp/log/tanh/sigmoid go to
// libm (portable path): they feed 1e-10 gradient checks, where accuracy
// matters more than speed.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#if defined(AXON_X86)
#include <immintrin.h>
#include <math.h>

/// exp(x) = 2^n · exp(r), n = round(x / ln 2), r = x - n·ln 2 in [-ln2/2, ln2/2].
/// ln 2 is split in two (hi has few bits, so n·hi is exact). 2^n is applied as
/// two factors 2^(n/2)·2^(n - n/2), so results down to the subnormal range
/// come out right and overflow turns into +inf by itself.
AXON_AVX2 static inline __m256 exp_f32(__m256 x) {
    const __m256 input = x;
    x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(-104.0f)), _mm256_set1_ps(89.0f));
    __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504088896341f)),
                               _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);
    r = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), r);

    __m256 p = _mm256_set1_ps(1.9875691500e-4f);
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.3981999507e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(8.3334519073e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(4.1665795894e-2f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.6666665459e-1f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.0000001201e-1f));
    __m256 y = _mm256_fmadd_ps(p, _mm256_mul_ps(r, r), _mm256_add_ps(r, _mm256_set1_ps(1.0f)));

    __m256i k = _mm256_cvtps_epi32(n);
    __m256i k1 = _mm256_srai_epi32(k, 1);
    __m256i k2 = _mm256_sub_epi32(k, k1);
    const __m256i bias = _mm256_set1_epi32(127);
    __m256 scale1 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(k1, bias), 23));
    __m256 scale2 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(k2, bias), 23));
    y = _mm256_mul_ps(_mm256_mul_ps(y, scale1), scale2);
    // The clamps turned NaN into a number; put it back.
    return _mm256_blendv_ps(y, input, _mm256_cmp_ps(input, input, _CMP_UNORD_Q));
}

/// log(x) = e·ln 2 + log(m), x = m·2^e with m in [√½, √2); log(1 + f) by a
/// polynomial in f = m - 1. Subnormal x are scaled by 2^23 first.
AXON_AVX2 static inline __m256 log_f32(__m256 x) {
    const __m256 input = x;
    const __m256 one = _mm256_set1_ps(1.0f);
    __m256 subnormal = _mm256_cmp_ps(x, _mm256_set1_ps(1.17549435e-38f), _CMP_LT_OQ);
    x = _mm256_blendv_ps(x, _mm256_mul_ps(x, _mm256_set1_ps(8388608.0f)), subnormal);
    __m256 e_adjust = _mm256_and_ps(subnormal, _mm256_set1_ps(-23.0f));

    __m256i bits = _mm256_castps_si256(x);
    // Exponent for m in [0.5, 1).
    __m256i exponent = _mm256_sub_epi32(_mm256_srli_epi32(bits, 23), _mm256_set1_epi32(126));
    __m256 m = _mm256_castsi256_ps(_mm256_or_si256(
        _mm256_and_si256(bits, _mm256_set1_epi32(0x007fffff)), _mm256_set1_epi32(0x3f000000)));
    __m256 e = _mm256_add_ps(_mm256_cvtepi32_ps(exponent), e_adjust);
    // Move m below √½ up to [1, √2) so that f = m - 1 stays in [-0.29, 0.41].
    __m256 small = _mm256_cmp_ps(m, _mm256_set1_ps(0.707106781186547524f), _CMP_LT_OQ);
    __m256 f = _mm256_sub_ps(_mm256_add_ps(m, _mm256_and_ps(small, m)), one);
    e = _mm256_sub_ps(e, _mm256_and_ps(small, one));

    __m256 z = _mm256_mul_ps(f, f);
    __m256 p = _mm256_set1_ps(7.0376836292e-2f);
    p = _mm256_fmadd_ps(p, f, _mm256_set1_ps(-1.1514610310e-1f));
    p = _mm256_fmadd_ps(p, f, _mm256_set1_ps(1.1676998740e-1f));
    p = _mm256_fmadd_ps(p, f, _mm256_set1_ps(-1.2420140846e-1f));
    p = _mm256_fmadd_ps(p, f, _mm256_set1_ps(1.4249322787e-1f));
    p = _mm256_fmadd_ps(p, f, _mm256_set1_ps(-1.6668057665e-1f));
    p = _mm256_fmadd_ps(p, f, _mm256_set1_ps(2.0000714765e-1f));
    p = _mm256_fmadd_ps(p, f, _mm256_set1_ps(-2.4999993993e-1f));
    p = _mm256_fmadd_ps(p, f, _mm256_set1_ps(3.3333331174e-1f));
    __m256 y = _mm256_mul_ps(_mm256_mul_ps(p, f), z);
    y = _mm256_fmadd_ps(e, _mm256_set1_ps(-2.12194440e-4f), y);
    y = _mm256_fnmadd_ps(z, _mm256_set1_ps(0.5f), y);
    __m256 result = _mm256_add_ps(f, y);
    result = _mm256_fmadd_ps(e, _mm256_set1_ps(0.693359375f), result);

    // log(0) = -inf, log(x < 0) = NaN, log(+inf) = +inf, log(NaN) = NaN.
    const __m256 zero = _mm256_setzero_ps();
    result = _mm256_blendv_ps(result, _mm256_set1_ps(-INFINITY),
                              _mm256_cmp_ps(input, zero, _CMP_EQ_OQ));
    result = _mm256_blendv_ps(result, _mm256_set1_ps(NAN), _mm256_cmp_ps(input, zero, _CMP_LT_OQ));
    __m256 passthrough = _mm256_or_ps(_mm256_cmp_ps(input, input, _CMP_UNORD_Q),
                                      _mm256_cmp_ps(input, _mm256_set1_ps(INFINITY), _CMP_EQ_OQ));
    return _mm256_blendv_ps(result, input, passthrough);
}

/// tanh(x): an odd polynomial for |x| < 0.625; beyond, 1 - 2/(exp(2|x|) + 1)
/// with x's sign, which saturates to ±1 once exp overflows.
AXON_AVX2 static inline __m256 tanh_f32(__m256 x) {
    const __m256 sign_mask = _mm256_set1_ps(-0.0f);
    __m256 sign = _mm256_and_ps(x, sign_mask);
    __m256 magnitude = _mm256_andnot_ps(sign_mask, x);

    __m256 z = _mm256_mul_ps(x, x);
    __m256 p = _mm256_set1_ps(-5.70498872745e-3f);
    p = _mm256_fmadd_ps(p, z, _mm256_set1_ps(2.06390887954e-2f));
    p = _mm256_fmadd_ps(p, z, _mm256_set1_ps(-5.37397155531e-2f));
    p = _mm256_fmadd_ps(p, z, _mm256_set1_ps(1.33314422036e-1f));
    p = _mm256_fmadd_ps(p, z, _mm256_set1_ps(-3.33332819422e-1f));
    __m256 near_zero = _mm256_fmadd_ps(_mm256_mul_ps(p, z), x, x);

    const __m256 one = _mm256_set1_ps(1.0f);
    __m256 e = exp_f32(_mm256_add_ps(magnitude, magnitude));
    __m256 far = _mm256_sub_ps(one, _mm256_div_ps(_mm256_set1_ps(2.0f), _mm256_add_ps(e, one)));
    far = _mm256_or_ps(far, sign);
    // NaN compares false, so it takes the `far` branch, where it propagates.
    __m256 use_polynomial = _mm256_cmp_ps(magnitude, _mm256_set1_ps(0.625f), _CMP_LT_OQ);
    return _mm256_blendv_ps(far, near_zero, use_polynomial);
}

/// sigmoid(x) = 1 / (1 + e) with e = exp(-|x|), mirrored for x < 0 as
/// e / (1 + e): exp never overflows, and tiny results down to the subnormal
/// range stay accurate instead of flushing to 0.
AXON_AVX2 static inline __m256 sigmoid_f32(__m256 x) {
    const __m256 one = _mm256_set1_ps(1.0f);
    __m256 negative_magnitude = _mm256_or_ps(x, _mm256_set1_ps(-0.0f));
    __m256 e = exp_f32(negative_magnitude);
    __m256 r = _mm256_div_ps(one, _mm256_add_ps(one, e));
    return _mm256_blendv_ps(r, _mm256_mul_ps(e, r), _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_LT_OQ));
}

AXON_AVX2 static inline __m256 sign_f32(__m256 x) {
    const __m256 zero = _mm256_setzero_ps();
    __m256 positive = _mm256_and_ps(_mm256_cmp_ps(x, zero, _CMP_GT_OQ), _mm256_set1_ps(1.0f));
    __m256 negative = _mm256_and_ps(_mm256_cmp_ps(x, zero, _CMP_LT_OQ), _mm256_set1_ps(1.0f));
    __m256 result = _mm256_sub_ps(positive, negative);
    return _mm256_blendv_ps(result, x, _mm256_cmp_ps(x, x, _CMP_UNORD_Q));
}

// 16 elements per step, as two independent vectors: the polynomials are long
// dependency chains, and two in flight keep the FMA pipes fed. The tail goes
// through a zero-padded buffer so it gets exactly the same arithmetic.
#define UNARY_LOOP_F32(VECTOR)                                                  \
    for (; i + 16 <= n; i += 16) {                                              \
        __m256 v = _mm256_loadu_ps(x + i);                                      \
        const __m256 first = VECTOR;                                            \
        v = _mm256_loadu_ps(x + i + 8);                                         \
        const __m256 second = VECTOR;                                           \
        _mm256_storeu_ps(y + i, first);                                         \
        _mm256_storeu_ps(y + i + 8, second);                                    \
    }                                                                           \
    for (; i < n; i += 8) {                                                     \
        float buffer[8] = {0};                                                  \
        int64_t count = n - i < 8 ? n - i : 8;                                  \
        for (int64_t j = 0; j < count; j++) buffer[j] = x[i + j];               \
        __m256 v = _mm256_loadu_ps(buffer);                                     \
        _mm256_storeu_ps(buffer, VECTOR);                                       \
        for (int64_t j = 0; j < count; j++) y[i + j] = buffer[j];               \
    }                                                                           \
    return 1

AXON_AVX2 int axon_unary_avx2_f32(axon_unary_op op, const float *x, float *y, int64_t n) {
    const __m256 sign_mask = _mm256_set1_ps(-0.0f);
    const __m256 one = _mm256_set1_ps(1.0f);
    const __m256 zero = _mm256_setzero_ps();
    int64_t i = 0;
    switch (op) {
    case AXON_NEG: UNARY_LOOP_F32(_mm256_xor_ps(v, sign_mask));
    case AXON_ABS: UNARY_LOOP_F32(_mm256_andnot_ps(sign_mask, v));
    case AXON_SQRT: UNARY_LOOP_F32(_mm256_sqrt_ps(v));
    case AXON_EXP: UNARY_LOOP_F32(exp_f32(v));
    case AXON_LOG: UNARY_LOOP_F32(log_f32(v));
    case AXON_TANH: UNARY_LOOP_F32(tanh_f32(v));
    case AXON_SIGMOID: UNARY_LOOP_F32(sigmoid_f32(v));
    // maxps returns its second operand when either is NaN, so NaN stays NaN.
    case AXON_RELU: UNARY_LOOP_F32(_mm256_max_ps(zero, v));
    case AXON_SQUARE: UNARY_LOOP_F32(_mm256_mul_ps(v, v));
    case AXON_RECIPROCAL: UNARY_LOOP_F32(_mm256_div_ps(one, v));
    case AXON_SIGN: UNARY_LOOP_F32(sign_f32(v));
    }
    return 0;
}

AXON_AVX2 static inline __m256d sign_f64(__m256d x) {
    const __m256d zero = _mm256_setzero_pd();
    __m256d positive = _mm256_and_pd(_mm256_cmp_pd(x, zero, _CMP_GT_OQ), _mm256_set1_pd(1.0));
    __m256d negative = _mm256_and_pd(_mm256_cmp_pd(x, zero, _CMP_LT_OQ), _mm256_set1_pd(1.0));
    __m256d result = _mm256_sub_pd(positive, negative);
    return _mm256_blendv_pd(result, x, _mm256_cmp_pd(x, x, _CMP_UNORD_Q));
}

#define UNARY_LOOP_F64(VECTOR)                                                  \
    for (; i + 4 <= n; i += 4) {                                                \
        __m256d v = _mm256_loadu_pd(x + i);                                     \
        _mm256_storeu_pd(y + i, VECTOR);                                        \
    }                                                                           \
    if (i < n) {                                                                \
        double buffer[4] = {0};                                                 \
        for (int64_t j = i; j < n; j++) buffer[j - i] = x[j];                   \
        __m256d v = _mm256_loadu_pd(buffer);                                    \
        _mm256_storeu_pd(buffer, VECTOR);                                       \
        for (int64_t j = i; j < n; j++) y[j] = buffer[j - i];                   \
    }                                                                           \
    return 1

AXON_AVX2 int axon_unary_avx2_f64(axon_unary_op op, const double *x, double *y, int64_t n) {
    const __m256d sign_mask = _mm256_set1_pd(-0.0);
    const __m256d one = _mm256_set1_pd(1.0);
    const __m256d zero = _mm256_setzero_pd();
    int64_t i = 0;
    switch (op) {
    case AXON_NEG: UNARY_LOOP_F64(_mm256_xor_pd(v, sign_mask));
    case AXON_ABS: UNARY_LOOP_F64(_mm256_andnot_pd(sign_mask, v));
    case AXON_SQRT: UNARY_LOOP_F64(_mm256_sqrt_pd(v));
    case AXON_RELU: UNARY_LOOP_F64(_mm256_max_pd(zero, v));
    case AXON_SQUARE: UNARY_LOOP_F64(_mm256_mul_pd(v, v));
    case AXON_RECIPROCAL: UNARY_LOOP_F64(_mm256_div_pd(one, v));
    case AXON_SIGN: UNARY_LOOP_F64(sign_f64(v));
    case AXON_EXP:
    case AXON_LOG:
    case AXON_TANH:
    case AXON_SIGMOID:
        return 0;  // libm, element by element (portable path)
    }
    return 0;
}
#endif
#endif // !AXON_PREBUILT_KERNELS
