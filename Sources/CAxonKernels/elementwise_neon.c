// NEON elementwise kernels and reductions for float32 (arm64). The
// transcendental functions use the same reductions and Cephes polynomials as
// unary_avx2.c (see there). float64 uses the portable loops, which the
// compiler vectorises to 2-wide NEON where it can.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#if defined(AXON_NEON)
#include <arm_neon.h>
#include <math.h>

static inline uint32x4_t is_nan(float32x4_t x) { return vmvnq_u32(vceqq_f32(x, x)); }

// vmaxq_f32/vminq_f32 (FMAX/FMIN) already return NaN when either input is NaN.
#define BINARY_LOOP(VECTOR)                                                     \
    for (; i + 4 <= n; i += 4) {                                                \
        float32x4_t a = x_scalar ? x_splat : vld1q_f32(x + i);                  \
        float32x4_t b = y_scalar ? y_splat : vld1q_f32(y + i);                  \
        vst1q_f32(z + i, VECTOR);                                               \
    }                                                                           \
    for (; i < n; i++) {                                                        \
        float32x4_t a = vdupq_n_f32(x[x_scalar ? 0 : i]);                       \
        float32x4_t b = vdupq_n_f32(y[y_scalar ? 0 : i]);                       \
        z[i] = vgetq_lane_f32(VECTOR, 0);                                       \
    }                                                                           \
    return 1

static inline __attribute__((always_inline)) int
binary(axon_binary_op op, const float *x, const int x_scalar, const float *y, const int y_scalar,
       float *z, int64_t n) {
    const float32x4_t x_splat = vdupq_n_f32(x[0]), y_splat = vdupq_n_f32(y[0]);
    int64_t i = 0;
    switch (op) {
    case AXON_ADD: BINARY_LOOP(vaddq_f32(a, b));
    case AXON_SUB: BINARY_LOOP(vsubq_f32(a, b));
    case AXON_MUL: BINARY_LOOP(vmulq_f32(a, b));
    case AXON_DIV: BINARY_LOOP(vdivq_f32(a, b));
    case AXON_MAX: BINARY_LOOP(vmaxq_f32(a, b));
    case AXON_MIN: BINARY_LOOP(vminq_f32(a, b));
    default: return 0;  // pow and the activation gradients: the portable loop
    }
}

int axon_binary_neon_f32(axon_binary_op op, const float *x, int x_scalar, const float *y,
                         int y_scalar, float *z, int64_t n) {
    if (x_scalar) return binary(op, x, 1, y, 0, z, n);
    if (y_scalar) return binary(op, x, 0, y, 1, z, n);
    return binary(op, x, 0, y, 0, z, n);
}

static inline float32x4_t exp_f32(float32x4_t x) {
    const float32x4_t input = x;
    x = vminq_f32(vmaxq_f32(x, vdupq_n_f32(-104.0f)), vdupq_n_f32(89.0f));
    float32x4_t n = vrndnq_f32(vmulq_f32(x, vdupq_n_f32(1.44269504088896341f)));
    float32x4_t r = vfmsq_f32(x, n, vdupq_n_f32(0.693359375f));
    r = vfmsq_f32(r, n, vdupq_n_f32(-2.12194440e-4f));
    float32x4_t p = vdupq_n_f32(1.9875691500e-4f);
    p = vfmaq_f32(vdupq_n_f32(1.3981999507e-3f), p, r);
    p = vfmaq_f32(vdupq_n_f32(8.3334519073e-3f), p, r);
    p = vfmaq_f32(vdupq_n_f32(4.1665795894e-2f), p, r);
    p = vfmaq_f32(vdupq_n_f32(1.6666665459e-1f), p, r);
    p = vfmaq_f32(vdupq_n_f32(5.0000001201e-1f), p, r);
    float32x4_t y = vfmaq_f32(vaddq_f32(r, vdupq_n_f32(1.0f)), p, vmulq_f32(r, r));
    int32x4_t k = vcvtq_s32_f32(n);
    int32x4_t k1 = vshrq_n_s32(k, 1);
    int32x4_t k2 = vsubq_s32(k, k1);
    float32x4_t scale1 = vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(k1, vdupq_n_s32(127)), 23));
    float32x4_t scale2 = vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(k2, vdupq_n_s32(127)), 23));
    y = vmulq_f32(vmulq_f32(y, scale1), scale2);
    return vbslq_f32(is_nan(input), input, y);
}

static inline float32x4_t log_f32(float32x4_t x) {
    const float32x4_t input = x, one = vdupq_n_f32(1.0f), zero = vdupq_n_f32(0.0f);
    uint32x4_t subnormal = vcltq_f32(x, vdupq_n_f32(1.17549435e-38f));
    x = vbslq_f32(subnormal, vmulq_f32(x, vdupq_n_f32(8388608.0f)), x);
    float32x4_t e_adjust = vbslq_f32(subnormal, vdupq_n_f32(-23.0f), zero);
    uint32x4_t bits = vreinterpretq_u32_f32(x);
    int32x4_t exponent = vsubq_s32(vreinterpretq_s32_u32(vshrq_n_u32(bits, 23)), vdupq_n_s32(126));
    float32x4_t m = vreinterpretq_f32_u32(
        vorrq_u32(vandq_u32(bits, vdupq_n_u32(0x007fffff)), vdupq_n_u32(0x3f000000)));
    float32x4_t e = vaddq_f32(vcvtq_f32_s32(exponent), e_adjust);
    uint32x4_t small = vcltq_f32(m, vdupq_n_f32(0.707106781186547524f));
    float32x4_t f = vsubq_f32(vaddq_f32(m, vbslq_f32(small, m, zero)), one);
    e = vsubq_f32(e, vbslq_f32(small, one, zero));
    float32x4_t z = vmulq_f32(f, f);
    float32x4_t p = vdupq_n_f32(7.0376836292e-2f);
    p = vfmaq_f32(vdupq_n_f32(-1.1514610310e-1f), p, f);
    p = vfmaq_f32(vdupq_n_f32(1.1676998740e-1f), p, f);
    p = vfmaq_f32(vdupq_n_f32(-1.2420140846e-1f), p, f);
    p = vfmaq_f32(vdupq_n_f32(1.4249322787e-1f), p, f);
    p = vfmaq_f32(vdupq_n_f32(-1.6668057665e-1f), p, f);
    p = vfmaq_f32(vdupq_n_f32(2.0000714765e-1f), p, f);
    p = vfmaq_f32(vdupq_n_f32(-2.4999993993e-1f), p, f);
    p = vfmaq_f32(vdupq_n_f32(3.3333331174e-1f), p, f);
    float32x4_t y = vmulq_f32(vmulq_f32(p, f), z);
    y = vfmaq_f32(y, e, vdupq_n_f32(-2.12194440e-4f));
    y = vfmsq_f32(y, z, vdupq_n_f32(0.5f));
    float32x4_t result = vfmaq_f32(vaddq_f32(f, y), e, vdupq_n_f32(0.693359375f));
    result = vbslq_f32(vceqq_f32(input, zero), vdupq_n_f32(-INFINITY), result);
    result = vbslq_f32(vcltq_f32(input, zero), vdupq_n_f32(NAN), result);
    uint32x4_t passthrough = vorrq_u32(is_nan(input), vceqq_f32(input, vdupq_n_f32(INFINITY)));
    return vbslq_f32(passthrough, input, result);
}

static inline float32x4_t tanh_f32(float32x4_t x) {
    const float32x4_t one = vdupq_n_f32(1.0f);
    float32x4_t magnitude = vabsq_f32(x);
    float32x4_t z = vmulq_f32(x, x);
    float32x4_t p = vdupq_n_f32(-5.70498872745e-3f);
    p = vfmaq_f32(vdupq_n_f32(2.06390887954e-2f), p, z);
    p = vfmaq_f32(vdupq_n_f32(-5.37397155531e-2f), p, z);
    p = vfmaq_f32(vdupq_n_f32(1.33314422036e-1f), p, z);
    p = vfmaq_f32(vdupq_n_f32(-3.33332819422e-1f), p, z);
    float32x4_t near_zero = vfmaq_f32(x, vmulq_f32(p, z), x);
    float32x4_t e = exp_f32(vaddq_f32(magnitude, magnitude));
    float32x4_t far = vsubq_f32(one, vdivq_f32(vdupq_n_f32(2.0f), vaddq_f32(e, one)));
    // Copy x's sign onto the result (bit select on the sign bit).
    far = vbslq_f32(vdupq_n_u32(0x80000000u), x, far);
    return vbslq_f32(vcltq_f32(magnitude, vdupq_n_f32(0.625f)), near_zero, far);
}

// 1 / (1 + e), e = exp(-|x|); e / (1 + e) for x < 0 (see unary_avx2.c).
static inline float32x4_t sigmoid_f32(float32x4_t x) {
    const float32x4_t one = vdupq_n_f32(1.0f);
    float32x4_t e = exp_f32(vnegq_f32(vabsq_f32(x)));
    float32x4_t r = vdivq_f32(one, vaddq_f32(one, e));
    return vbslq_f32(vcltq_f32(x, vdupq_n_f32(0.0f)), vmulq_f32(e, r), r);
}

#define UNARY_LOOP(VECTOR)                                                      \
    for (; i + 4 <= n; i += 4) {                                                \
        float32x4_t v = vld1q_f32(x + i);                                       \
        vst1q_f32(y + i, VECTOR);                                               \
    }                                                                           \
    if (i < n) {                                                                \
        float buffer[4] = {0};                                                  \
        for (int64_t j = i; j < n; j++) buffer[j - i] = x[j];                   \
        float32x4_t v = vld1q_f32(buffer);                                      \
        vst1q_f32(buffer, VECTOR);                                              \
        for (int64_t j = i; j < n; j++) y[j] = buffer[j - i];                   \
    }                                                                           \
    return 1

int axon_unary_neon_f32(axon_unary_op op, const float *x, float *y, int64_t n) {
    const float32x4_t zero = vdupq_n_f32(0.0f), one = vdupq_n_f32(1.0f);
    int64_t i = 0;
    switch (op) {
    case AXON_NEG: UNARY_LOOP(vnegq_f32(v));
    case AXON_ABS: UNARY_LOOP(vabsq_f32(v));
    case AXON_SQRT: UNARY_LOOP(vsqrtq_f32(v));
    case AXON_EXP: UNARY_LOOP(exp_f32(v));
    case AXON_LOG: UNARY_LOOP(log_f32(v));
    case AXON_TANH: UNARY_LOOP(tanh_f32(v));
    case AXON_SIGMOID: UNARY_LOOP(sigmoid_f32(v));
    case AXON_RELU: UNARY_LOOP(vmaxq_f32(v, zero));
    case AXON_SQUARE: UNARY_LOOP(vmulq_f32(v, v));
    case AXON_RECIPROCAL: UNARY_LOOP(vdivq_f32(one, v));
    case AXON_SIGN: return 0;
    }
    return 0;
}

float axon_reduce_neon_f32(axon_reduce_op op, const float *x, int64_t n) {
    int64_t i = 0;
    if (op == AXON_SUM) {
        // Blocks of 1024 in four 4-wide accumulators; block sums in double.
        double total = 0;
        for (; i + 1024 <= n; i += 1024) {
            float32x4_t s0 = vdupq_n_f32(0), s1 = s0, s2 = s0, s3 = s0;
            for (int64_t j = i; j < i + 1024; j += 16) {
                s0 = vaddq_f32(s0, vld1q_f32(x + j));
                s1 = vaddq_f32(s1, vld1q_f32(x + j + 4));
                s2 = vaddq_f32(s2, vld1q_f32(x + j + 8));
                s3 = vaddq_f32(s3, vld1q_f32(x + j + 12));
            }
            total += vaddvq_f32(vaddq_f32(vaddq_f32(s0, s1), vaddq_f32(s2, s3)));
        }
        float32x4_t s = vdupq_n_f32(0);
        for (; i + 4 <= n; i += 4) s = vaddq_f32(s, vld1q_f32(x + i));
        float tail = vaddvq_f32(s);
        for (; i < n; i++) tail += x[i];
        return (float)(total + tail);
    }
    // FMAX/FMIN propagate NaN, and so do the across-vector forms.
    float32x4_t best = vdupq_n_f32(x[0]);
    for (; i + 4 <= n; i += 4) {
        float32x4_t v = vld1q_f32(x + i);
        best = op == AXON_MAXIMUM ? vmaxq_f32(best, v) : vminq_f32(best, v);
    }
    float result = op == AXON_MAXIMUM ? vmaxvq_f32(best) : vminvq_f32(best);
    for (; i < n; i++) {
        if (isnan(x[i]) || isnan(result)) return x[i] + result;
        if (op == AXON_MAXIMUM ? x[i] > result : x[i] < result) result = x[i];
    }
    return result;
}
#endif
#endif // !AXON_PREBUILT_KERNELS
