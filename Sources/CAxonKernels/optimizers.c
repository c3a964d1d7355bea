// Fused Adam and SGD updates (see include/axon_optimizers.h): AVX2 (and, for
// Adam, AVX-512) loops of explicit intrinsics where the CPU has them, and a
// portable loop that gives the same bits. No multiply-add is fused, as in
// PyTorch's single-tensor path.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "axon_optimizers.h"
#include "kernels_internal.h"
#include <math.h>

#pragma STDC FP_CONTRACT OFF

#if defined(AXON_X86)
#include <immintrin.h>
#endif

// The scalar step of each rule, shared by the portable loops and the vector
// loops' tails. T is float or double; the constants arrive as T.
#define ADAM_STEP(T, SQRT, i)                                                   \
    do {                                                                        \
        T grad = g[i];                                                          \
        if (lambda != 0) {                                                      \
            if (decoupled) w[i] = w[i] * shrink;                                \
            else grad = grad + w[i] * lambda;                                   \
        }                                                                       \
        m[i] = m[i] + (grad - m[i]) * b1;                                       \
        v[i] = v[i] * b2 + (grad * grad) * omb2;                                \
        T second = v[i];                                                        \
        if (max_v) {                                                            \
            max_v[i] = max_v[i] > v[i] ? max_v[i] : v[i];                       \
            second = max_v[i];                                                  \
        }                                                                       \
        T denominator = SQRT(second) / c2 + e;                                  \
        w[i] = w[i] - (m[i] / denominator) * s;                                 \
    } while (0)

#define SGD_STEP(T, i)                                                          \
    do {                                                                        \
        T d = g[i];                                                             \
        if (lambda != 0) d = d + w[i] * lambda;                                 \
        if (mu != 0) {                                                          \
            buffer[i] = first ? d : buffer[i] * mu + d * keep;                  \
            d = nesterov ? d + buffer[i] * mu : buffer[i];                      \
        }                                                                       \
        w[i] = w[i] - d * gamma;                                                \
    } while (0)

#define ADAM_CONSTANTS(T)                                                       \
    const T b1 = (T)p->one_minus_beta1, b2 = (T)p->beta2, omb2 = (T)p->one_minus_beta2; \
    const T e = (T)p->eps, lambda = (T)p->weight_decay, shrink = (T)p->shrink;  \
    const T s = (T)p->step_size, c2 = (T)p->root_bias_correction2;              \
    const int decoupled = p->decoupled

#define SGD_CONSTANTS(T)                                                        \
    const T gamma = (T)p->learning_rate, mu = (T)p->momentum, keep = (T)p->keep; \
    const T lambda = (T)p->weight_decay;                                        \
    const int nesterov = p->nesterov, first = p->first_step

#if defined(AXON_X86)
AXON_AVX2 static void adam_avx2_f32(float *w, const float *g, float *m, float *v, float *max_v,
                                    int64_t n, const axon_adam_params *p) {
    ADAM_CONSTANTS(float);
    const __m256 vb1 = _mm256_set1_ps(b1), vb2 = _mm256_set1_ps(b2), vomb2 = _mm256_set1_ps(omb2);
    const __m256 ve = _mm256_set1_ps(e), vlambda = _mm256_set1_ps(lambda), vshrink = _mm256_set1_ps(shrink);
    const __m256 vs = _mm256_set1_ps(s), vc2 = _mm256_set1_ps(c2);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 wi = _mm256_loadu_ps(w + i), gi = _mm256_loadu_ps(g + i);
        if (lambda != 0) {
            if (decoupled) wi = _mm256_mul_ps(wi, vshrink);
            else gi = _mm256_add_ps(gi, _mm256_mul_ps(wi, vlambda));
        }
        __m256 mi = _mm256_loadu_ps(m + i);
        mi = _mm256_add_ps(mi, _mm256_mul_ps(_mm256_sub_ps(gi, mi), vb1));
        __m256 vi = _mm256_add_ps(_mm256_mul_ps(_mm256_loadu_ps(v + i), vb2),
                                  _mm256_mul_ps(_mm256_mul_ps(gi, gi), vomb2));
        __m256 second = vi;
        if (max_v) {
            __m256 previous = _mm256_loadu_ps(max_v + i);
            second = _mm256_blendv_ps(vi, previous, _mm256_cmp_ps(previous, vi, _CMP_GT_OQ));
            _mm256_storeu_ps(max_v + i, second);
        }
        __m256 denominator = _mm256_add_ps(_mm256_div_ps(_mm256_sqrt_ps(second), vc2), ve);
        wi = _mm256_sub_ps(wi, _mm256_mul_ps(_mm256_div_ps(mi, denominator), vs));
        _mm256_storeu_ps(m + i, mi);
        _mm256_storeu_ps(v + i, vi);
        _mm256_storeu_ps(w + i, wi);
    }
    for (; i < n; i++) ADAM_STEP(float, sqrtf, i);
}

AXON_AVX2 static void adam_avx2_f64(double *w, const double *g, double *m, double *v, double *max_v,
                                    int64_t n, const axon_adam_params *p) {
    ADAM_CONSTANTS(double);
    const __m256d vb1 = _mm256_set1_pd(b1), vb2 = _mm256_set1_pd(b2), vomb2 = _mm256_set1_pd(omb2);
    const __m256d ve = _mm256_set1_pd(e), vlambda = _mm256_set1_pd(lambda), vshrink = _mm256_set1_pd(shrink);
    const __m256d vs = _mm256_set1_pd(s), vc2 = _mm256_set1_pd(c2);
    int64_t i = 0;
    for (; i + 4 <= n; i += 4) {
        __m256d wi = _mm256_loadu_pd(w + i), gi = _mm256_loadu_pd(g + i);
        if (lambda != 0) {
            if (decoupled) wi = _mm256_mul_pd(wi, vshrink);
            else gi = _mm256_add_pd(gi, _mm256_mul_pd(wi, vlambda));
        }
        __m256d mi = _mm256_loadu_pd(m + i);
        mi = _mm256_add_pd(mi, _mm256_mul_pd(_mm256_sub_pd(gi, mi), vb1));
        __m256d vi = _mm256_add_pd(_mm256_mul_pd(_mm256_loadu_pd(v + i), vb2),
                                   _mm256_mul_pd(_mm256_mul_pd(gi, gi), vomb2));
        __m256d second = vi;
        if (max_v) {
            __m256d previous = _mm256_loadu_pd(max_v + i);
            second = _mm256_blendv_pd(vi, previous, _mm256_cmp_pd(previous, vi, _CMP_GT_OQ));
            _mm256_storeu_pd(max_v + i, second);
        }
        __m256d denominator = _mm256_add_pd(_mm256_div_pd(_mm256_sqrt_pd(second), vc2), ve);
        wi = _mm256_sub_pd(wi, _mm256_mul_pd(_mm256_div_pd(mi, denominator), vs));
        _mm256_storeu_pd(m + i, mi);
        _mm256_storeu_pd(v + i, vi);
        _mm256_storeu_pd(w + i, wi);
    }
    for (; i < n; i++) ADAM_STEP(double, sqrt, i);
}

AXON_AVX2 static void sgd_avx2_f32(float *w, const float *g, float *buffer, int64_t n,
                                   const axon_sgd_params *p) {
    SGD_CONSTANTS(float);
    const __m256 vgamma = _mm256_set1_ps(gamma), vmu = _mm256_set1_ps(mu), vkeep = _mm256_set1_ps(keep);
    const __m256 vlambda = _mm256_set1_ps(lambda);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 wi = _mm256_loadu_ps(w + i), d = _mm256_loadu_ps(g + i);
        if (lambda != 0) d = _mm256_add_ps(d, _mm256_mul_ps(wi, vlambda));
        if (mu != 0) {
            __m256 b = first ? d : _mm256_add_ps(_mm256_mul_ps(_mm256_loadu_ps(buffer + i), vmu),
                                                 _mm256_mul_ps(d, vkeep));
            _mm256_storeu_ps(buffer + i, b);
            d = nesterov ? _mm256_add_ps(d, _mm256_mul_ps(b, vmu)) : b;
        }
        _mm256_storeu_ps(w + i, _mm256_sub_ps(wi, _mm256_mul_ps(d, vgamma)));
    }
    for (; i < n; i++) SGD_STEP(float, i);
}

AXON_AVX2 static void sgd_avx2_f64(double *w, const double *g, double *buffer, int64_t n,
                                   const axon_sgd_params *p) {
    SGD_CONSTANTS(double);
    const __m256d vgamma = _mm256_set1_pd(gamma), vmu = _mm256_set1_pd(mu), vkeep = _mm256_set1_pd(keep);
    const __m256d vlambda = _mm256_set1_pd(lambda);
    int64_t i = 0;
    for (; i + 4 <= n; i += 4) {
        __m256d wi = _mm256_loadu_pd(w + i), d = _mm256_loadu_pd(g + i);
        if (lambda != 0) d = _mm256_add_pd(d, _mm256_mul_pd(wi, vlambda));
        if (mu != 0) {
            __m256d b = first ? d : _mm256_add_pd(_mm256_mul_pd(_mm256_loadu_pd(buffer + i), vmu),
                                                  _mm256_mul_pd(d, vkeep));
            _mm256_storeu_pd(buffer + i, b);
            d = nesterov ? _mm256_add_pd(d, _mm256_mul_pd(b, vmu)) : b;
        }
        _mm256_storeu_pd(w + i, _mm256_sub_pd(wi, _mm256_mul_pd(d, vgamma)));
    }
    for (; i < n; i++) SGD_STEP(double, i);
}
#endif

#if defined(AXON_X86)
#define AXON_AVX512 __attribute__((target("avx512f,avx512dq,avx2,fma")))

// The AVX2 update at 512 bits: the same operations in the same order, so the
// same bits. Adam's two divisions and square root per element bound it (an
// MNIST MLP step's update was 11% of the epoch); a zmm division does twice
// the elements of a ymm one at about the same throughput on cores with a
// 512-bit divider (Zen 5, Intel server cores).
AXON_AVX512 static void adam_avx512_f32(float *w, const float *g, float *m, float *v, float *max_v,
                                        int64_t n, const axon_adam_params *p) {
    ADAM_CONSTANTS(float);
    const __m512 vb1 = _mm512_set1_ps(b1), vb2 = _mm512_set1_ps(b2), vomb2 = _mm512_set1_ps(omb2);
    const __m512 ve = _mm512_set1_ps(e), vlambda = _mm512_set1_ps(lambda), vshrink = _mm512_set1_ps(shrink);
    const __m512 vs = _mm512_set1_ps(s), vc2 = _mm512_set1_ps(c2);
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m512 wi = _mm512_loadu_ps(w + i), gi = _mm512_loadu_ps(g + i);
        if (lambda != 0) {
            if (decoupled) wi = _mm512_mul_ps(wi, vshrink);
            else gi = _mm512_add_ps(gi, _mm512_mul_ps(wi, vlambda));
        }
        __m512 mi = _mm512_loadu_ps(m + i);
        mi = _mm512_add_ps(mi, _mm512_mul_ps(_mm512_sub_ps(gi, mi), vb1));
        __m512 vi = _mm512_add_ps(_mm512_mul_ps(_mm512_loadu_ps(v + i), vb2),
                                  _mm512_mul_ps(_mm512_mul_ps(gi, gi), vomb2));
        __m512 second = vi;
        if (max_v) {
            __m512 previous = _mm512_loadu_ps(max_v + i);
            second = _mm512_mask_blend_ps(_mm512_cmp_ps_mask(previous, vi, _CMP_GT_OQ), vi, previous);
            _mm512_storeu_ps(max_v + i, second);
        }
        __m512 denominator = _mm512_add_ps(_mm512_div_ps(_mm512_sqrt_ps(second), vc2), ve);
        wi = _mm512_sub_ps(wi, _mm512_mul_ps(_mm512_div_ps(mi, denominator), vs));
        _mm512_storeu_ps(m + i, mi);
        _mm512_storeu_ps(v + i, vi);
        _mm512_storeu_ps(w + i, wi);
    }
    for (; i < n; i++) ADAM_STEP(float, sqrtf, i);
}

AXON_AVX512 static void adam_avx512_f64(double *w, const double *g, double *m, double *v, double *max_v,
                                        int64_t n, const axon_adam_params *p) {
    ADAM_CONSTANTS(double);
    const __m512d vb1 = _mm512_set1_pd(b1), vb2 = _mm512_set1_pd(b2), vomb2 = _mm512_set1_pd(omb2);
    const __m512d ve = _mm512_set1_pd(e), vlambda = _mm512_set1_pd(lambda), vshrink = _mm512_set1_pd(shrink);
    const __m512d vs = _mm512_set1_pd(s), vc2 = _mm512_set1_pd(c2);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m512d wi = _mm512_loadu_pd(w + i), gi = _mm512_loadu_pd(g + i);
        if (lambda != 0) {
            if (decoupled) wi = _mm512_mul_pd(wi, vshrink);
            else gi = _mm512_add_pd(gi, _mm512_mul_pd(wi, vlambda));
        }
        __m512d mi = _mm512_loadu_pd(m + i);
        mi = _mm512_add_pd(mi, _mm512_mul_pd(_mm512_sub_pd(gi, mi), vb1));
        __m512d vi = _mm512_add_pd(_mm512_mul_pd(_mm512_loadu_pd(v + i), vb2),
                                   _mm512_mul_pd(_mm512_mul_pd(gi, gi), vomb2));
        __m512d second = vi;
        if (max_v) {
            __m512d previous = _mm512_loadu_pd(max_v + i);
            second = _mm512_mask_blend_pd(_mm512_cmp_pd_mask(previous, vi, _CMP_GT_OQ), vi, previous);
            _mm512_storeu_pd(max_v + i, second);
        }
        __m512d denominator = _mm512_add_pd(_mm512_div_pd(_mm512_sqrt_pd(second), vc2), ve);
        wi = _mm512_sub_pd(wi, _mm512_mul_pd(_mm512_div_pd(mi, denominator), vs));
        _mm512_storeu_pd(m + i, mi);
        _mm512_storeu_pd(v + i, vi);
        _mm512_storeu_pd(w + i, wi);
    }
    for (; i < n; i++) ADAM_STEP(double, sqrt, i);
}
#endif

static void serial_adam_f32(float *w, const float *g, float *m, float *v, float *max_v, int64_t n,
                   const axon_adam_params *p) {
#if defined(AXON_X86)
    if (axon_isa_avx512()) { adam_avx512_f32(w, g, m, v, max_v, n, p); return; }
    if (axon_isa_avx2()) { adam_avx2_f32(w, g, m, v, max_v, n, p); return; }
#endif
    ADAM_CONSTANTS(float);
    for (int64_t i = 0; i < n; i++) ADAM_STEP(float, sqrtf, i);
}

static void serial_adam_f64(double *w, const double *g, double *m, double *v, double *max_v, int64_t n,
                   const axon_adam_params *p) {
#if defined(AXON_X86)
    if (axon_isa_avx512()) { adam_avx512_f64(w, g, m, v, max_v, n, p); return; }
    if (axon_isa_avx2()) { adam_avx2_f64(w, g, m, v, max_v, n, p); return; }
#endif
    ADAM_CONSTANTS(double);
    for (int64_t i = 0; i < n; i++) ADAM_STEP(double, sqrt, i);
}

static void serial_sgd_f32(float *w, const float *g, float *buffer, int64_t n, const axon_sgd_params *p) {
#if defined(AXON_X86)
    if (axon_isa_avx2()) { sgd_avx2_f32(w, g, buffer, n, p); return; }
#endif
    SGD_CONSTANTS(float);
    for (int64_t i = 0; i < n; i++) SGD_STEP(float, i);
}

static void serial_sgd_f64(double *w, const double *g, double *buffer, int64_t n, const axon_sgd_params *p) {
#if defined(AXON_X86)
    if (axon_isa_avx2()) { sgd_avx2_f64(w, g, buffer, n, p); return; }
#endif
    SGD_CONSTANTS(double);
    for (int64_t i = 0; i < n; i++) SGD_STEP(double, i);
}

// MARK: - Splitting a large parameter over the worker pool
//
// An MNIST layer's update streams several megabytes and divides and takes
// square roots per element; both cores halve it. Each element's arithmetic
// is the same whichever thread does it, so the result does not depend on
// the thread count.

enum { PARALLEL_MINIMUM = 1 << 15, CHUNK_ALIGNMENT = 64 };

typedef struct {
    int is_adam, is_double;
    void *w, *m, *v, *max_v, *buffer;
    const void *g;
    int64_t n, chunk;
    const axon_adam_params *adam;
    const axon_sgd_params *sgd;
} update_job;

static void run_chunk(void *context, int task) {
    const update_job *job = context;
    int64_t start = (int64_t)task * job->chunk;
    int64_t count = job->n - start < job->chunk ? job->n - start : job->chunk;
    if (count <= 0) return;
    if (job->is_double) {
        double *w = (double *)job->w + start;
        const double *g = (const double *)job->g + start;
        if (job->is_adam) {
            serial_adam_f64(w, g, (double *)job->m + start, (double *)job->v + start,
                            job->max_v ? (double *)job->max_v + start : NULL, count, job->adam);
        } else {
            serial_sgd_f64(w, g, job->buffer ? (double *)job->buffer + start : NULL, count, job->sgd);
        }
    } else {
        float *w = (float *)job->w + start;
        const float *g = (const float *)job->g + start;
        if (job->is_adam) {
            serial_adam_f32(w, g, (float *)job->m + start, (float *)job->v + start,
                            job->max_v ? (float *)job->max_v + start : NULL, count, job->adam);
        } else {
            serial_sgd_f32(w, g, job->buffer ? (float *)job->buffer + start : NULL, count, job->sgd);
        }
    }
}

static void run_update(update_job *job) {
    int threads = axon_threads();
    if (job->n < PARALLEL_MINIMUM || threads < 2) {
        job->chunk = job->n;
        run_chunk(job, 0);
        return;
    }
    int64_t chunk = (job->n + threads - 1) / threads;
    job->chunk = (chunk + CHUNK_ALIGNMENT - 1) / CHUNK_ALIGNMENT * CHUNK_ALIGNMENT;
    axon_parallel_run((int)((job->n + job->chunk - 1) / job->chunk), run_chunk, job);
}

void axon_adam_f32(float *w, const float *g, float *m, float *v, float *max_v, int64_t n,
                   const axon_adam_params *p) {
    update_job job = {1, 0, w, m, v, max_v, NULL, g, n, 0, p, NULL};
    run_update(&job);
}

void axon_adam_f64(double *w, const double *g, double *m, double *v, double *max_v, int64_t n,
                   const axon_adam_params *p) {
    update_job job = {1, 1, w, m, v, max_v, NULL, g, n, 0, p, NULL};
    run_update(&job);
}

void axon_sgd_f32(float *w, const float *g, float *buffer, int64_t n, const axon_sgd_params *p) {
    update_job job = {0, 0, w, NULL, NULL, NULL, buffer, g, n, 0, NULL, p};
    run_update(&job);
}

void axon_sgd_f64(double *w, const double *g, double *buffer, int64_t n, const axon_sgd_params *p) {
    update_job job = {0, 1, w, NULL, NULL, NULL, buffer, g, n, 0, NULL, p};
    run_update(&job);
}
#endif // !AXON_PREBUILT_KERNELS
