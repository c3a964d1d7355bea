// Elementwise kernels: the public entry points, which dispatch to the vector
// code for this CPU, and the portable loops that are the reference semantics
// (and the fallback for ops the vector code does not cover, such as pow).
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#include <math.h>

// MARK: - Portable

// Written out per type rather than with a macro, so each reads as plain C.
static inline float binary_scalar_f32(axon_binary_op op, float x, float y) {
    switch (op) {
    case AXON_ADD: return x + y;
    case AXON_SUB: return x - y;
    case AXON_MUL: return x * y;
    case AXON_DIV: return x / y;
    // x + y is NaN when either is: the NaN-propagating max and min.
    case AXON_MAX: return (isnan(x) || isnan(y)) ? x + y : (x > y ? x : y);
    case AXON_MIN: return (isnan(x) || isnan(y)) ? x + y : (x < y ? x : y);
    case AXON_POW: return powf(x, y);
    case AXON_RELU_BACKWARD: return y > 0 ? x : 0;
    case AXON_TANH_BACKWARD: return x * ((1 - y) * (1 + y));
    case AXON_SIGMOID_BACKWARD: return x * (y * (1 - y));
    }
    return NAN;
}

static inline double binary_scalar_f64(axon_binary_op op, double x, double y) {
    switch (op) {
    case AXON_ADD: return x + y;
    case AXON_SUB: return x - y;
    case AXON_MUL: return x * y;
    case AXON_DIV: return x / y;
    case AXON_MAX: return (isnan(x) || isnan(y)) ? x + y : (x > y ? x : y);
    case AXON_MIN: return (isnan(x) || isnan(y)) ? x + y : (x < y ? x : y);
    case AXON_POW: return pow(x, y);
    case AXON_RELU_BACKWARD: return y > 0 ? x : 0;
    case AXON_TANH_BACKWARD: return x * ((1 - y) * (1 + y));
    case AXON_SIGMOID_BACKWARD: return x * (y * (1 - y));
    }
    return NAN;
}

void axon_binary_portable_f32(axon_binary_op op, const float *x, int x_scalar, const float *y,
                              int y_scalar, float *z, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        z[i] = binary_scalar_f32(op, x[x_scalar ? 0 : i], y[y_scalar ? 0 : i]);
    }
}

void axon_binary_portable_f64(axon_binary_op op, const double *x, int x_scalar,
                              const double *y, int y_scalar, double *z, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        z[i] = binary_scalar_f64(op, x[x_scalar ? 0 : i], y[y_scalar ? 0 : i]);
    }
}

static inline float unary_scalar_f32(axon_unary_op op, float x) {
    switch (op) {
    case AXON_NEG: return -x;
    case AXON_ABS: return fabsf(x);
    case AXON_SQRT: return sqrtf(x);
    case AXON_EXP: return expf(x);
    case AXON_LOG: return logf(x);
    case AXON_TANH: return tanhf(x);
    // exp(-|x|) never overflows, so both branches stay accurate.
    case AXON_SIGMOID: {
        float e = expf(-fabsf(x));
        return x >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
    case AXON_RELU: return x > 0 ? x : (isnan(x) ? x : 0);
    case AXON_SQUARE: return x * x;
    case AXON_RECIPROCAL: return 1 / x;
    case AXON_SIGN: return x > 0 ? 1 : (x < 0 ? -1 : (isnan(x) ? x : 0));
    }
    return NAN;
}

static inline double unary_scalar_f64(axon_unary_op op, double x) {
    switch (op) {
    case AXON_NEG: return -x;
    case AXON_ABS: return fabs(x);
    case AXON_SQRT: return sqrt(x);
    case AXON_EXP: return exp(x);
    case AXON_LOG: return log(x);
    case AXON_TANH: return tanh(x);
    case AXON_SIGMOID: {
        double e = exp(-fabs(x));
        return x >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
    case AXON_RELU: return x > 0 ? x : (isnan(x) ? x : 0);
    case AXON_SQUARE: return x * x;
    case AXON_RECIPROCAL: return 1 / x;
    case AXON_SIGN: return x > 0 ? 1 : (x < 0 ? -1 : (isnan(x) ? x : 0));
    }
    return NAN;
}

void axon_unary_portable_f32(axon_unary_op op, const float *x, float *y, int64_t n) {
    for (int64_t i = 0; i < n; i++) y[i] = unary_scalar_f32(op, x[i]);
}

void axon_unary_portable_f64(axon_unary_op op, const double *x, double *y, int64_t n) {
    for (int64_t i = 0; i < n; i++) y[i] = unary_scalar_f64(op, x[i]);
}

// MARK: - Dispatch

void axon_binary_serial_f32(axon_binary_op op, const float *x, int x_scalar, const float *y,
                            int y_scalar, float *z, int64_t n) {
#if defined(AXON_X86)
    if (axon_isa_avx2() &&
        axon_binary_avx2_f32(op, x, x_scalar, y, y_scalar, z, n)) return;
#elif defined(AXON_NEON)
    if (axon_detect_isa() == AXON_ISA_NEON &&
        axon_binary_neon_f32(op, x, x_scalar, y, y_scalar, z, n)) return;
#endif
    axon_binary_portable_f32(op, x, x_scalar, y, y_scalar, z, n);
}

void axon_binary_serial_f64(axon_binary_op op, const double *x, int x_scalar, const double *y,
                            int y_scalar, double *z, int64_t n) {
#if defined(AXON_X86)
    if (axon_isa_avx2() &&
        axon_binary_avx2_f64(op, x, x_scalar, y, y_scalar, z, n)) return;
#endif
    axon_binary_portable_f64(op, x, x_scalar, y, y_scalar, z, n);
}

static void unary_serial_f32(axon_unary_op op, const float *x, float *y, int64_t n) {
#if defined(AXON_X86)
    if (axon_isa_avx512() && axon_unary_avx512_f32(op, x, y, n)) return;
    if (axon_isa_avx2() && axon_unary_avx2_f32(op, x, y, n)) return;
#elif defined(AXON_NEON)
    if (axon_detect_isa() == AXON_ISA_NEON && axon_unary_neon_f32(op, x, y, n)) return;
#endif
    axon_unary_portable_f32(op, x, y, n);
}

static void unary_serial_f64(axon_unary_op op, const double *x, double *y, int64_t n) {
#if defined(AXON_X86)
    if (axon_isa_avx2() && axon_unary_avx2_f64(op, x, y, n)) return;
#endif
    axon_unary_portable_f64(op, x, y, n);
}

// Arrays from this many elements on are split over the thread pool (a
// conv net's activations: 128×6×28×28 is 600K), in chunks that start on
// multiples of 64 elements. The vector code takes whole vectors from each
// chunk's start, so every element is computed by the same instructions as
// in one serial pass: the bits do not depend on the thread count.
enum { parallel_elements = 1 << 15, chunk_alignment = 64 };

typedef struct {
    int binary, f64, op, x_scalar, y_scalar;
    const void *x, *y;
    void *z;
    int64_t n, chunk;
} elementwise_job;

static void elementwise_chunk(void *context, int task) {
    const elementwise_job *job = context;
    int64_t start = (int64_t)task * job->chunk;
    int64_t count = job->n - start < job->chunk ? job->n - start : job->chunk;
    size_t size = job->f64 ? sizeof(double) : sizeof(float);
    const char *x = (const char *)job->x + (job->x_scalar ? 0 : (size_t)start * size);
    const char *y = (const char *)job->y + (job->y_scalar ? 0 : (size_t)start * size);
    char *z = (char *)job->z + (size_t)start * size;
    if (job->binary) {
        if (job->f64) axon_binary_serial_f64(job->op, (const double *)x, job->x_scalar, (const double *)y, job->y_scalar, (double *)z, count);
        else axon_binary_serial_f32(job->op, (const float *)x, job->x_scalar, (const float *)y, job->y_scalar, (float *)z, count);
    } else {
        if (job->f64) unary_serial_f64(job->op, (const double *)x, (double *)z, count);
        else unary_serial_f32(job->op, (const float *)x, (float *)z, count);
    }
}

static void run_elementwise(elementwise_job job) {
    if (job.n <= 0) return;
    int threads = axon_threads();
    if (threads < 2 || job.n < parallel_elements) {
        job.chunk = job.n;
        elementwise_chunk(&job, 0);
        return;
    }
    int64_t chunk = (job.n + threads - 1) / threads;
    job.chunk = (chunk + chunk_alignment - 1) / chunk_alignment * chunk_alignment;
    axon_parallel_run((int)((job.n + job.chunk - 1) / job.chunk), elementwise_chunk, &job);
}

static void binary_f32(axon_binary_op op, const float *x, int x_scalar, const float *y,
                       int y_scalar, float *z, int64_t n) {
    run_elementwise((elementwise_job){1, 0, op, x_scalar, y_scalar, x, y, z, n, 0});
}

static void binary_f64(axon_binary_op op, const double *x, int x_scalar, const double *y,
                       int y_scalar, double *z, int64_t n) {
    run_elementwise((elementwise_job){1, 1, op, x_scalar, y_scalar, x, y, z, n, 0});
}

void axon_binary_f32(axon_binary_op op, const float *x, const float *y, float *z, int64_t n) {
    binary_f32(op, x, 0, y, 0, z, n);
}

void axon_binary_vs_f32(axon_binary_op op, const float *x, float y, float *z, int64_t n) {
    binary_f32(op, x, 0, &y, 1, z, n);
}

void axon_binary_sv_f32(axon_binary_op op, float x, const float *y, float *z, int64_t n) {
    binary_f32(op, &x, 1, y, 0, z, n);
}

void axon_binary_f64(axon_binary_op op, const double *x, const double *y, double *z, int64_t n) {
    binary_f64(op, x, 0, y, 0, z, n);
}

void axon_binary_vs_f64(axon_binary_op op, const double *x, double y, double *z, int64_t n) {
    binary_f64(op, x, 0, &y, 1, z, n);
}

void axon_binary_sv_f64(axon_binary_op op, double x, const double *y, double *z, int64_t n) {
    binary_f64(op, &x, 1, y, 0, z, n);
}

void axon_unary_f32(axon_unary_op op, const float *x, float *y, int64_t n) {
    run_elementwise((elementwise_job){0, 0, op, 0, 1, x, x, y, n, 0});
}

void axon_unary_f64(axon_unary_op op, const double *x, double *y, int64_t n) {
    run_elementwise((elementwise_job){0, 1, op, 0, 1, x, x, y, n, 0});
}
#endif // !AXON_PREBUILT_KERNELS
