// Plain-C GEMM micro-kernels: correct on every CPU, and simple enough for the
// compiler to vectorise with whatever baseline SIMD the target has.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

enum { mr = AXON_PORTABLE_MR, nr = AXON_PORTABLE_NR };

void axon_ukernel_portable_f32(int64_t kc, const float *a, const float *b, float *c,
                               int64_t ldc, int accumulate) {
    float sum[mr][nr] = {{0}};
    for (int64_t p = 0; p < kc; p++) {
        for (int r = 0; r < mr; r++) {
            for (int j = 0; j < nr; j++) sum[r][j] += a[p * mr + r] * b[p * nr + j];
        }
    }
    for (int r = 0; r < mr; r++) {
        for (int j = 0; j < nr; j++) {
            c[r * ldc + j] = accumulate ? c[r * ldc + j] + sum[r][j] : sum[r][j];
        }
    }
}

void axon_ukernel_portable_f64(int64_t kc, const double *a, const double *b, double *c,
                               int64_t ldc, int accumulate) {
    double sum[mr][nr] = {{0}};
    for (int64_t p = 0; p < kc; p++) {
        for (int r = 0; r < mr; r++) {
            for (int j = 0; j < nr; j++) sum[r][j] += a[p * mr + r] * b[p * nr + j];
        }
    }
    for (int r = 0; r < mr; r++) {
        for (int j = 0; j < nr; j++) {
            c[r * ldc + j] = accumulate ? c[r * ldc + j] + sum[r][j] : sum[r][j];
        }
    }
}
#endif // !AXON_PREBUILT_KERNELS
