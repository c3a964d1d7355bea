// NEON GEMM micro-kernels (arm64, where Advanced SIMD is always present).
//
// float: an 8×8 tile in sixteen 4-wide accumulators; per k step two vectors of
// A and two of B, and each FMA takes its A value from a lane
// (vfmaq_laneq_f32), so no broadcasts are needed. double: 4×8 the same way.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#if defined(AXON_NEON)
#include <arm_neon.h>

static inline void store_f32(float *c, float32x4_t value, int accumulate) {
    if (accumulate) value = vaddq_f32(value, vld1q_f32(c));
    vst1q_f32(c, value);
}

AXON_NOINLINE void axon_ukernel_neon_f32(int64_t kc, const float *a, const float *b, float *c,
                                        int64_t ldc, int accumulate) {
    float32x4_t sum[8][2];
    for (int r = 0; r < 8; r++) {
        sum[r][0] = vdupq_n_f32(0);
        sum[r][1] = vdupq_n_f32(0);
    }
    for (int64_t p = 0; p < kc; p++) {
        const float32x4_t b0 = vld1q_f32(b), b1 = vld1q_f32(b + 4);
        const float32x4_t a0 = vld1q_f32(a), a1 = vld1q_f32(a + 4);
        sum[0][0] = vfmaq_laneq_f32(sum[0][0], b0, a0, 0);
        sum[0][1] = vfmaq_laneq_f32(sum[0][1], b1, a0, 0);
        sum[1][0] = vfmaq_laneq_f32(sum[1][0], b0, a0, 1);
        sum[1][1] = vfmaq_laneq_f32(sum[1][1], b1, a0, 1);
        sum[2][0] = vfmaq_laneq_f32(sum[2][0], b0, a0, 2);
        sum[2][1] = vfmaq_laneq_f32(sum[2][1], b1, a0, 2);
        sum[3][0] = vfmaq_laneq_f32(sum[3][0], b0, a0, 3);
        sum[3][1] = vfmaq_laneq_f32(sum[3][1], b1, a0, 3);
        sum[4][0] = vfmaq_laneq_f32(sum[4][0], b0, a1, 0);
        sum[4][1] = vfmaq_laneq_f32(sum[4][1], b1, a1, 0);
        sum[5][0] = vfmaq_laneq_f32(sum[5][0], b0, a1, 1);
        sum[5][1] = vfmaq_laneq_f32(sum[5][1], b1, a1, 1);
        sum[6][0] = vfmaq_laneq_f32(sum[6][0], b0, a1, 2);
        sum[6][1] = vfmaq_laneq_f32(sum[6][1], b1, a1, 2);
        sum[7][0] = vfmaq_laneq_f32(sum[7][0], b0, a1, 3);
        sum[7][1] = vfmaq_laneq_f32(sum[7][1], b1, a1, 3);
        a += 8;
        b += 8;
    }
    for (int r = 0; r < 8; r++) {
        store_f32(c + r * ldc, sum[r][0], accumulate);
        store_f32(c + r * ldc + 4, sum[r][1], accumulate);
    }
}

static inline void store_f64(double *c, float64x2_t value, int accumulate) {
    if (accumulate) value = vaddq_f64(value, vld1q_f64(c));
    vst1q_f64(c, value);
}

AXON_NOINLINE void axon_ukernel_neon_f64(int64_t kc, const double *a, const double *b, double *c,
                                        int64_t ldc, int accumulate) {
    float64x2_t sum[4][4];
    for (int r = 0; r < 4; r++) {
        for (int j = 0; j < 4; j++) sum[r][j] = vdupq_n_f64(0);
    }
    for (int64_t p = 0; p < kc; p++) {
        const float64x2_t b0 = vld1q_f64(b), b1 = vld1q_f64(b + 2);
        const float64x2_t b2 = vld1q_f64(b + 4), b3 = vld1q_f64(b + 6);
        const float64x2_t a01 = vld1q_f64(a), a23 = vld1q_f64(a + 2);
        sum[0][0] = vfmaq_laneq_f64(sum[0][0], b0, a01, 0);
        sum[0][1] = vfmaq_laneq_f64(sum[0][1], b1, a01, 0);
        sum[0][2] = vfmaq_laneq_f64(sum[0][2], b2, a01, 0);
        sum[0][3] = vfmaq_laneq_f64(sum[0][3], b3, a01, 0);
        sum[1][0] = vfmaq_laneq_f64(sum[1][0], b0, a01, 1);
        sum[1][1] = vfmaq_laneq_f64(sum[1][1], b1, a01, 1);
        sum[1][2] = vfmaq_laneq_f64(sum[1][2], b2, a01, 1);
        sum[1][3] = vfmaq_laneq_f64(sum[1][3], b3, a01, 1);
        sum[2][0] = vfmaq_laneq_f64(sum[2][0], b0, a23, 0);
        sum[2][1] = vfmaq_laneq_f64(sum[2][1], b1, a23, 0);
        sum[2][2] = vfmaq_laneq_f64(sum[2][2], b2, a23, 0);
        sum[2][3] = vfmaq_laneq_f64(sum[2][3], b3, a23, 0);
        sum[3][0] = vfmaq_laneq_f64(sum[3][0], b0, a23, 1);
        sum[3][1] = vfmaq_laneq_f64(sum[3][1], b1, a23, 1);
        sum[3][2] = vfmaq_laneq_f64(sum[3][2], b2, a23, 1);
        sum[3][3] = vfmaq_laneq_f64(sum[3][3], b3, a23, 1);
        a += 4;
        b += 8;
    }
    for (int r = 0; r < 4; r++) {
        for (int j = 0; j < 4; j++) store_f64(c + r * ldc + 2 * j, sum[r][j], accumulate);
    }
}
#endif
#endif // !AXON_PREBUILT_KERNELS
