// Convolution and pooling over NCHW images.
//
// A convolution is a matrix product per image: the image's patches are laid
// out as the columns of a matrix (im2col: row (c, i, j) of the kernel,
// column (oy, ox) of the output), and the weights of each group,
// [out/groups, in/groups·kh·kw], multiply them into the image's output
// channels, which land in NCHW order with no transpose. Images are spread
// over the thread pool; each worker lays out its patches in its own scratch
// buffer, so memory stays at one patch matrix per thread. The weight
// gradient sums over images in a fixed number of tasks, each into its own
// buffer, added in task order: the same thread count gives the same bits.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "axon_kernels.h"
#include "kernels_internal.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { columns_slot = 2 };

// The output columns ox whose input column x = ox·stride + offset lies in
// [0, width): [*first, *last). Outside it a patch reads padding.
static void valid_columns(int64_t offset, int64_t stride, int64_t width, int64_t out_w, int64_t *first, int64_t *last) {
    int64_t lo = offset >= 0 ? 0 : (-offset + stride - 1) / stride;
    int64_t hi = width - offset <= 0 ? 0 : (width - offset + stride - 1) / stride;
    if (hi > out_w) hi = out_w;
    if (lo > hi) lo = hi;
    *first = lo;
    *last = hi;
}

// The patches of one image as rows of `columns` ([channels·kh·kw,
// out_h·out_w]); positions in the padding are 0. Each row of the output is
// padding, then a run of input, then padding, as plain loops (rows are short:
// a call to memcpy per row cost more than the copy).
#define DEFINE_IM2COL(T, suffix)                                                                   \
    static void im2col_##suffix(const axon_conv_geometry *g, const T *restrict image, T *restrict columns) {        \
        /* Locals, not g->: stores into columns could otherwise alias g and force reloads. */    \
        const int64_t channels = g->channels, height = g->height, width = g->width;              \
        const int64_t kh = g->kernel_h, kw = g->kernel_w, sh = g->stride_h, sw = g->stride_w;     \
        const int64_t dh = g->dilation_h, dw = g->dilation_w, top = g->pad_top, left = g->pad_left; \
        const int64_t out_h = g->out_h, out_w = g->out_w;                                         \
        const int64_t plane = height * width, outputs = out_h * out_w;                            \
        for (int64_t c = 0; c < channels; c++) {                                                  \
            for (int64_t i = 0; i < kh; i++) {                                                    \
                for (int64_t j = 0; j < kw; j++) {                                                \
                    T *row = columns + ((c * kh + i) * kw + j) * outputs;                         \
                    const T *source = image + c * plane;                                          \
                    const int64_t offset = j * dw - left;                                         \
                    int64_t first, last;                                                          \
                    valid_columns(offset, sw, width, out_w, &first, &last);                       \
                    for (int64_t oy = 0; oy < out_h; oy++) {                                      \
                        const int64_t y = oy * sh - top + i * dh;                                 \
                        T *restrict out = row + oy * out_w;                                       \
                        if (y < 0 || y >= height) {                                               \
                            for (int64_t ox = 0; ox < out_w; ox++) out[ox] = 0;                   \
                            continue;                                                             \
                        }                                                                         \
                        const T *restrict line = source + y * width + offset;                     \
                        for (int64_t ox = 0; ox < first; ox++) out[ox] = 0;                       \
                        if (sw == 1) {                                                            \
                            for (int64_t ox = first; ox < last; ox++) out[ox] = line[ox];         \
                        } else {                                                                  \
                            for (int64_t ox = first; ox < last; ox++) out[ox] = line[ox * sw];    \
                        }                                                                         \
                        for (int64_t ox = last; ox < out_w; ox++) out[ox] = 0;                    \
                    }                                                                             \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }                                                                                             \
    /* The reverse: each column entry added back to the image position it came from. */          \
    static void col2im_##suffix(const axon_conv_geometry *g, const T *restrict columns, T *restrict image) {        \
        const int64_t channels = g->channels, height = g->height, width = g->width;              \
        const int64_t kh = g->kernel_h, kw = g->kernel_w, sh = g->stride_h, sw = g->stride_w;     \
        const int64_t dh = g->dilation_h, dw = g->dilation_w, top = g->pad_top, left = g->pad_left; \
        const int64_t out_h = g->out_h, out_w = g->out_w;                                         \
        const int64_t plane = height * width, outputs = out_h * out_w;                            \
        for (int64_t c = 0; c < channels; c++) {                                                  \
            for (int64_t i = 0; i < kh; i++) {                                                    \
                for (int64_t j = 0; j < kw; j++) {                                                \
                    const T *row = columns + ((c * kh + i) * kw + j) * outputs;                   \
                    T *target = image + c * plane;                                                \
                    const int64_t offset = j * dw - left;                                         \
                    int64_t first, last;                                                          \
                    valid_columns(offset, sw, width, out_w, &first, &last);                       \
                    for (int64_t oy = 0; oy < out_h; oy++) {                                      \
                        const int64_t y = oy * sh - top + i * dh;                                 \
                        if (y < 0 || y >= height) continue;                                       \
                        const T *in = row + oy * out_w;                                           \
                        T *line = target + y * width + offset;                                    \
                        if (sw == 1) {                                                            \
                            for (int64_t ox = first; ox < last; ox++) line[ox] += in[ox];         \
                        } else {                                                                  \
                            for (int64_t ox = first; ox < last; ox++) line[ox * sw] += in[ox];    \
                        }                                                                         \
                    }                                                                             \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }

DEFINE_IM2COL(float, f32)
DEFINE_IM2COL(double, f64)

// Whether the patch matrix of an image is the image itself: a 1×1 kernel
// with stride 1 and no padding.
static int patches_are_image(const axon_conv_geometry *g) {
    return g->kernel_h == 1 && g->kernel_w == 1 && g->stride_h == 1 && g->stride_w == 1 && g->pad_top == 0 &&
           g->pad_left == 0 && g->out_h == g->height && g->out_w == g->width;
}

typedef struct {
    const axon_conv_geometry *g;
    int64_t batch, groups, out_channels, per_task;
    const void *x, *w, *bias, *dy;
    void *y, *dx, *dw_parts, *db_parts;
    int relu;          // forward: y = max(y, 0) (NaN kept) after the bias
    const void *mask;  // backward: a fused ReLU's output; dy counts where it is > 0 (or NULL)
} conv_job;

int64_t axon_conv_image_tasks(int64_t batch, int64_t *per_task) {
    int64_t threads = axon_threads();
    int64_t tasks = batch < threads ? batch : threads;
    if (tasks < 1) tasks = 1;
    *per_task = (batch + tasks - 1) / tasks;
    return (batch + *per_task - 1) / *per_task;
}

// The stride-1 float32 paths of conv_implicit.c, tried first; none for float64.
static int implicit_forward_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                const float *x, const float *w, const float *bias, int relu, float *y) {
    return !patches_are_image(g) && axon_conv_implicit_forward_f32(g, batch, groups, out_channels, x, w, bias, relu, y);
}
static int implicit_input_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                   const float *dy, const float *mask, const float *w, float *dx) {
    return !patches_are_image(g) && axon_conv_implicit_input_grad_f32(g, batch, groups, out_channels, dy, mask, w, dx);
}
static int implicit_weight_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                    const float *x, const float *dy, const float *mask, float *dw, float *db) {
    return !patches_are_image(g) &&
           axon_conv_implicit_weight_grad_f32(g, batch, groups, out_channels, x, dy, mask, dw, db);
}
static int implicit_forward_f64(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                const double *x, const double *w, const double *bias, int relu, double *y) {
    (void)g, (void)batch, (void)groups, (void)out_channels, (void)x, (void)w, (void)bias, (void)relu, (void)y;
    return 0;
}
static int implicit_input_grad_f64(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                   const double *dy, const double *mask, const double *w, double *dx) {
    (void)g, (void)batch, (void)groups, (void)out_channels, (void)dy, (void)mask, (void)w, (void)dx;
    return 0;
}
static int implicit_weight_grad_f64(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                    const double *x, const double *dy, const double *mask, double *dw, double *db) {
    (void)g, (void)batch, (void)groups, (void)out_channels, (void)x, (void)dy, (void)mask, (void)dw, (void)db;
    return 0;
}

enum { masked_slot = 3 };

// Image n's output gradient, or with a fused ReLU's output `mask` a copy in
// scratch that keeps it only where the mask is > 0 (ReLU's derivative); and
// the weight-gradient tasks' sums in task order.
#define DEFINE_CONV_HELPERS(T, suffix)                                                             \
    static const T *upstream_##suffix(const conv_job *job, int64_t n, int64_t count) {            \
        const T *dy = (const T *)job->dy + n * count;                                             \
        if (!job->mask) return dy;                                                                \
        T *kept = axon_scratch(masked_slot, (size_t)count * sizeof(T));                           \
        axon_binary_serial_##suffix(AXON_RELU_BACKWARD, dy, 0, (const T *)job->mask + n * count, 0, kept, count); \
        return kept;                                                                              \
    }                                                                                             \
    void axon_conv_sum_parts_##suffix(int64_t tasks, int64_t out_channels, int64_t k, const T *parts, T *dw, \
                                      T *db) {                                                    \
        const int64_t weights = out_channels * k;                                                 \
        memcpy(dw, parts, (size_t)weights * sizeof(T));                                          \
        for (int64_t t = 1; t < tasks; t++) {                                                     \
            for (int64_t i = 0; i < weights; i++) dw[i] += parts[t * weights + i];                \
        }                                                                                         \
        if (!db) return;                                                                          \
        const T *bias_parts = parts + tasks * weights;                                            \
        memcpy(db, bias_parts, (size_t)out_channels * sizeof(T));                                 \
        for (int64_t t = 1; t < tasks; t++) {                                                     \
            for (int64_t c = 0; c < out_channels; c++) db[c] += bias_parts[t * out_channels + c]; \
        }                                                                                         \
    }
DEFINE_CONV_HELPERS(float, f32)
DEFINE_CONV_HELPERS(double, f64)

#define DEFINE_CONV(T, suffix, gemm)                                                               \
    static void forward_task_##suffix(void *context, int task) {                                  \
        const conv_job *job = context;                                                            \
        const axon_conv_geometry *g = job->g;                                                     \
        const int64_t outputs = g->out_h * g->out_w, in_group = g->channels / job->groups;        \
        const int64_t out_group = job->out_channels / job->groups;                                \
        const int64_t k = in_group * g->kernel_h * g->kernel_w;                                   \
        const int direct = patches_are_image(g);                                                  \
        T *columns = direct ? NULL : axon_scratch(columns_slot, (size_t)(g->channels * g->kernel_h * g->kernel_w * outputs) * sizeof(T)); \
        const T *w = job->w, *bias = job->bias;                                                   \
        for (int64_t n = task * job->per_task; n < (task + 1) * job->per_task && n < job->batch; n++) { \
            const T *image = (const T *)job->x + n * g->channels * g->height * g->width;         \
            T *out = (T *)job->y + n * job->out_channels * outputs;                               \
            const T *patches = image;                                                             \
            if (!direct) {                                                                        \
                im2col_##suffix(g, image, columns);                                               \
                patches = columns;                                                                \
            }                                                                                     \
            for (int64_t group = 0; group < job->groups; group++) {                               \
                gemm(0, 0, out_group, outputs, k, w + group * out_group * k, k,                   \
                     patches + group * k * outputs, outputs, 0, out + group * out_group * outputs, outputs); \
            }                                                                                     \
            if (bias || job->relu) {                                                              \
                /* The bias and the ReLU in one pass, while the image's output is in cache. */    \
                for (int64_t c = 0; c < job->out_channels; c++) {                                 \
                    T *channel = out + c * outputs;                                               \
                    const T shift = bias ? bias[c] : 0;                                           \
                    for (int64_t p = 0; p < outputs; p++) {                                       \
                        const T value = channel[p] + shift;                                       \
                        channel[p] = job->relu && value <= 0 ? 0 : value;                         \
                    }                                                                             \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }                                                                                             \
    void axon_conv2d_##suffix(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels, \
                              const T *x, const T *w, const T *bias, int relu, T *y) {            \
        if (implicit_forward_##suffix(g, batch, groups, out_channels, x, w, bias, relu, y)) return; \
        conv_job job = {g, batch, groups, out_channels, 0, x, w, bias, NULL, y, NULL, NULL, NULL, relu, NULL}; \
        int64_t tasks = axon_conv_image_tasks(batch, &job.per_task);                              \
        axon_parallel_run((int)tasks, forward_task_##suffix, &job);                               \
    }                                                                                             \
    static void input_grad_task_##suffix(void *context, int task) {                               \
        const conv_job *job = context;                                                            \
        const axon_conv_geometry *g = job->g;                                                     \
        const int64_t outputs = g->out_h * g->out_w, in_group = g->channels / job->groups;        \
        const int64_t out_group = job->out_channels / job->groups;                                \
        const int64_t k = in_group * g->kernel_h * g->kernel_w;                                   \
        const int64_t image_size = g->channels * g->height * g->width;                            \
        const int direct = patches_are_image(g);                                                  \
        T *columns = direct ? NULL : axon_scratch(columns_slot, (size_t)(g->channels * g->kernel_h * g->kernel_w * outputs) * sizeof(T)); \
        const T *w = job->w;                                                                      \
        for (int64_t n = task * job->per_task; n < (task + 1) * job->per_task && n < job->batch; n++) { \
            const T *upstream = upstream_##suffix(job, n, job->out_channels * outputs);          \
            T *image = (T *)job->dx + n * image_size;                                             \
            T *patches = direct ? image : columns;                                                \
            for (int64_t group = 0; group < job->groups; group++) {                               \
                gemm(1, 0, k, outputs, out_group, w + group * out_group * k, k,                   \
                     upstream + group * out_group * outputs, outputs, 0, patches + group * k * outputs, outputs); \
            }                                                                                     \
            if (!direct) {                                                                        \
                memset(image, 0, (size_t)image_size * sizeof(T));                                 \
                col2im_##suffix(g, columns, image);                                               \
            }                                                                                     \
        }                                                                                         \
    }                                                                                             \
    void axon_conv2d_input_grad_##suffix(const axon_conv_geometry *g, int64_t batch, int64_t groups, \
                                         int64_t out_channels, const T *dy, const T *mask, const T *w, T *dx) { \
        if (implicit_input_grad_##suffix(g, batch, groups, out_channels, dy, mask, w, dx)) return; \
        conv_job job = {g, batch, groups, out_channels, 0, NULL, w, NULL, dy, NULL, dx, NULL, NULL, 0, mask}; \
        int64_t tasks = axon_conv_image_tasks(batch, &job.per_task);                              \
        axon_parallel_run((int)tasks, input_grad_task_##suffix, &job);                            \
    }                                                                                             \
    static void weight_grad_task_##suffix(void *context, int task) {                              \
        const conv_job *job = context;                                                            \
        const axon_conv_geometry *g = job->g;                                                     \
        const int64_t outputs = g->out_h * g->out_w, in_group = g->channels / job->groups;        \
        const int64_t out_group = job->out_channels / job->groups;                                \
        const int64_t k = in_group * g->kernel_h * g->kernel_w;                                   \
        const int direct = patches_are_image(g);                                                  \
        T *columns = direct ? NULL : axon_scratch(columns_slot, (size_t)(g->channels * g->kernel_h * g->kernel_w * outputs) * sizeof(T)); \
        T *dw = (T *)job->dw_parts + task * job->out_channels * k;                                \
        T *db = job->db_parts ? (T *)job->db_parts + task * job->out_channels : NULL;             \
        memset(dw, 0, (size_t)(job->out_channels * k) * sizeof(T));                               \
        if (db) memset(db, 0, (size_t)job->out_channels * sizeof(T));                             \
        for (int64_t n = task * job->per_task; n < (task + 1) * job->per_task && n < job->batch; n++) { \
            const T *image = (const T *)job->x + n * g->channels * g->height * g->width;         \
            const T *upstream = upstream_##suffix(job, n, job->out_channels * outputs);          \
            const T *patches = image;                                                             \
            if (!direct) {                                                                        \
                im2col_##suffix(g, image, columns);                                               \
                patches = columns;                                                                \
            }                                                                                     \
            for (int64_t group = 0; group < job->groups; group++) {                               \
                gemm(0, 1, out_group, k, outputs, upstream + group * out_group * outputs, outputs, \
                     patches + group * k * outputs, outputs, 1, dw + group * out_group * k, k);   \
            }                                                                                     \
            if (db) {                                                                             \
                for (int64_t c = 0; c < job->out_channels; c++) {                                 \
                    const T *channel = upstream + c * outputs;                                    \
                    T total = 0;                                                                  \
                    for (int64_t p = 0; p < outputs; p++) total += channel[p];                    \
                    db[c] += total;                                                               \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }                                                                                             \
    void axon_conv2d_weight_grad_##suffix(const axon_conv_geometry *g, int64_t batch, int64_t groups, \
                                          int64_t out_channels, const T *x, const T *dy, const T *mask, T *dw, \
                                          T *db) {                                                \
        if (implicit_weight_grad_##suffix(g, batch, groups, out_channels, x, dy, mask, dw, db)) return; \
        const int64_t k = (g->channels / groups) * g->kernel_h * g->kernel_w;                     \
        conv_job job = {g, batch, groups, out_channels, 0, x, NULL, NULL, dy, NULL, NULL, NULL, NULL, 0, mask}; \
        int64_t tasks = axon_conv_image_tasks(batch, &job.per_task);                              \
        T *parts = malloc((size_t)(tasks * out_channels * (k + 1)) * sizeof(T));                  \
        if (!parts) abort();                                                                      \
        job.dw_parts = parts;                                                                     \
        job.db_parts = db ? parts + tasks * out_channels * k : NULL;                              \
        axon_parallel_run((int)tasks, weight_grad_task_##suffix, &job);                           \
        axon_conv_sum_parts_##suffix(tasks, out_channels, k, parts, dw, db);                      \
        free(parts);                                                                              \
    }

DEFINE_CONV(float, f32, axon_gemm_f32)
DEFINE_CONV(double, f64, axon_gemm_f64)

// MARK: - Pooling

// Pooling works plane by plane (one channel of one image), so large inputs
// are split over the pool by planes; each plane's arithmetic is the same
// whichever thread does it. `x`/`y` are the pass's input and output (for a
// backward pass: the output gradient and the input gradient).
typedef struct {
    const axon_conv_geometry *g;
    int64_t plane, outputs;  // elements per input plane and per output plane
    int64_t height, width, out_h, out_w;
    int count_include_pad;
    const void *x;
    void *y;
    int64_t *indices;
} pool_args;

typedef void (*pool_run)(const pool_args *args, int64_t first, int64_t count);

typedef struct {
    pool_run run;
    const pool_args *args;
    int64_t planes, per_task;
} pool_job;

static void pool_task(void *context, int task) {
    const pool_job *job = context;
    int64_t first = task * job->per_task;
    int64_t count = job->planes - first < job->per_task ? job->planes - first : job->per_task;
    if (count > 0) job->run(job->args, first, count);
}

// Inputs from this many elements on (a conv net's activations) use the pool.
enum { parallel_pool_elements = 1 << 15 };

static void run_planes(pool_run run, const pool_args *args, int64_t planes) {
    int64_t threads = axon_threads();
    if (threads < 2 || planes < 2 || planes * args->plane < parallel_pool_elements) {
        run(args, 0, planes);
        return;
    }
    pool_job job = {run, args, planes, (planes + threads - 1) / threads};
    axon_parallel_run((int)((planes + job.per_task - 1) / job.per_task), pool_task, &job);
}

// 2×2 max pooling with stride 2, eight outputs at a time (rows of at least
// eight outputs; shorter rows take the scalar loop): the even and odd
// columns of the two input rows are taken apart with shuffles, and the four
// candidates compared in the scalar code's order with its NaN rule, so the
// values and indices are the same. Returns 0 where AVX2 is missing.
#if defined(AXON_X86)
#include <immintrin.h>

AXON_AVX2 static inline __m256 columns_in_order(__m256 x) {
    // The shuffles leave [0 2 8 10 | 4 6 12 14]; swap the middle 64-bit pairs.
    return _mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(x), _MM_SHUFFLE(3, 1, 2, 0)));
}

AXON_AVX2 static inline void take_if_larger(__m256 value, __m256 *best, __m256 *code, __m256 value_code) {
    const __m256 take = _mm256_or_ps(_mm256_cmp_ps(value, *best, _CMP_GT_OQ), _mm256_cmp_ps(value, value, _CMP_UNORD_Q));
    *best = _mm256_blendv_ps(*best, value, take);
    *code = _mm256_blendv_ps(*code, value_code, take);
}

AXON_AVX2 static int64_t max_pool_2x2_vector_f32(const float *a, const float *b, int64_t width, int64_t row_start,
                                                 int64_t out_w, float *out, int64_t *where_out) {
    const __m256 code_right = _mm256_castsi256_ps(_mm256_set1_epi32(1));
    const __m256 code_below = _mm256_castsi256_ps(_mm256_set1_epi32((int)width));
    const __m256 code_diagonal = _mm256_castsi256_ps(_mm256_set1_epi32((int)width + 1));
    const __m256i lane_offsets = _mm256_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14);
    if (out_w < 8) return 0;
    // Blocks of eight; the last one overlaps the one before it when out_w is
    // not a multiple of 8 (its outputs come out the same twice).
    for (int64_t next = 0; next < out_w; next += 8) {
        const int64_t ox = next + 8 <= out_w ? next : out_w - 8;
        const __m256 a_low = _mm256_loadu_ps(a + 2 * ox), a_high = _mm256_loadu_ps(a + 2 * ox + 8);
        const __m256 b_low = _mm256_loadu_ps(b + 2 * ox), b_high = _mm256_loadu_ps(b + 2 * ox + 8);
        __m256 best = columns_in_order(_mm256_shuffle_ps(a_low, a_high, _MM_SHUFFLE(2, 0, 2, 0)));
        __m256 code = _mm256_setzero_ps();
        take_if_larger(columns_in_order(_mm256_shuffle_ps(a_low, a_high, _MM_SHUFFLE(3, 1, 3, 1))), &best, &code, code_right);
        take_if_larger(columns_in_order(_mm256_shuffle_ps(b_low, b_high, _MM_SHUFFLE(2, 0, 2, 0))), &best, &code, code_below);
        take_if_larger(columns_in_order(_mm256_shuffle_ps(b_low, b_high, _MM_SHUFFLE(3, 1, 3, 1))), &best, &code, code_diagonal);
        _mm256_storeu_ps(out + ox, best);
        const __m256i offsets = _mm256_add_epi32(_mm256_castps_si256(code), lane_offsets);
        const __m256i base = _mm256_set1_epi64x(row_start + 2 * ox);
        _mm256_storeu_si256((__m256i *)(where_out + ox), _mm256_add_epi64(base, _mm256_cvtepi32_epi64(_mm256_castsi256_si128(offsets))));
        _mm256_storeu_si256((__m256i *)(where_out + ox + 4),
                            _mm256_add_epi64(base, _mm256_cvtepi32_epi64(_mm256_extracti128_si256(offsets, 1))));
    }
    return out_w;
}
#endif

// The first output of the row the scalar loop starts from (the vector code did those before it).
static int64_t max_pool_2x2_fast_f32(const float *a, const float *b, int64_t width, int64_t row_start, int64_t out_w,
                                     float *out, int64_t *where_out) {
#if defined(AXON_X86)
    if (axon_isa_avx2() && width < INT32_MAX / 2) {
        return max_pool_2x2_vector_f32(a, b, width, row_start, out_w, out, where_out);
    }
#endif
    (void)a, (void)b, (void)width, (void)row_start, (void)out_w, (void)out, (void)where_out;
    return 0;
}

static int64_t max_pool_2x2_fast_f64(const double *a, const double *b, int64_t width, int64_t row_start, int64_t out_w,
                                     double *out, int64_t *where_out) {
    (void)a, (void)b, (void)width, (void)row_start, (void)out_w, (void)out, (void)where_out;
    return 0;
}

#define DEFINE_POOL(T, suffix)                                                                     \
    static void max_pool2d_planes_##suffix(const axon_conv_geometry *g, int64_t planes, const T *x, T *y, \
                                           int64_t *indices) {                                              \
        const int64_t plane = g->height * g->width, outputs = g->out_h * g->out_w;                \
        if (g->pad_top == 0 && g->pad_left == 0 && g->dilation_h == 1 && g->dilation_w == 1 &&    \
            (g->out_h - 1) * g->stride_h + g->kernel_h <= g->height &&                            \
            (g->out_w - 1) * g->stride_w + g->kernel_w <= g->width) {                             \
            /* Every window inside the image: no bounds to check. The sizes are locals, so       \
               the stores below cannot make the compiler reload them. */                          \
            const int64_t width = g->width, out_h = g->out_h, out_w = g->out_w;                   \
            const int64_t kh = g->kernel_h, kw = g->kernel_w, sh = g->stride_h, sw = g->stride_w; \
            if (kh == 2 && kw == 2 && sh == 2 && sw == 2) {                                       \
                /* LeNet's and mnist-cnn's pooling, unrolled with selects, not branches:        \
                   which element wins is data, and a mispredicted branch costs more. */          \
                for (int64_t p = 0; p < planes; p++) {                                            \
                    const T *source = x + p * plane;                                              \
                    T *out = y + p * outputs;                                                     \
                    int64_t *where_out = indices + p * outputs;                                   \
                    for (int64_t oy = 0; oy < out_h; oy++) {                                      \
                        const T *a = source + 2 * oy * width, *b = a + width;                     \
                        const int64_t done = max_pool_2x2_fast_##suffix(a, b, width, 2 * oy * width, out_w, \
                                                                        out + oy * out_w, where_out + oy * out_w); \
                        for (int64_t ox = done; ox < out_w; ox++) {                               \
                            const int64_t start = 2 * oy * width + 2 * ox;                        \
                            T best = a[2 * ox], v1 = a[2 * ox + 1], v2 = b[2 * ox], v3 = b[2 * ox + 1]; \
                            int64_t where = start;                                                \
                            int take = (v1 > best) | (v1 != v1);                                  \
                            best = take ? v1 : best;                                              \
                            where = take ? start + 1 : where;                                     \
                            take = (v2 > best) | (v2 != v2);                                      \
                            best = take ? v2 : best;                                              \
                            where = take ? start + width : where;                                 \
                            take = (v3 > best) | (v3 != v3);                                      \
                            best = take ? v3 : best;                                              \
                            where = take ? start + width + 1 : where;                             \
                            out[oy * out_w + ox] = best;                                          \
                            where_out[oy * out_w + ox] = where;                                   \
                        }                                                                         \
                    }                                                                             \
                }                                                                                 \
                return;                                                                           \
            }                                                                                     \
            for (int64_t p = 0; p < planes; p++) {                                                \
                const T *source = x + p * plane;                                                  \
                T *out = y + p * outputs;                                                         \
                int64_t *where_out = indices + p * outputs;                                       \
                for (int64_t oy = 0; oy < out_h; oy++) {                                          \
                    for (int64_t ox = 0; ox < out_w; ox++) {                                      \
                        const int64_t start = oy * sh * width + ox * sw;                          \
                        T best = source[start];                                                   \
                        int64_t where = start;                                                    \
                        for (int64_t i = 0; i < kh; i++) {                                        \
                            const T *line = source + start + i * width;                           \
                            for (int64_t j = (i == 0); j < kw; j++) {                             \
                                T value = line[j];                                                \
                                if (value > best || isnan(value)) {                               \
                                    best = value;                                                 \
                                    where = start + i * width + j;                                \
                                }                                                                 \
                            }                                                                     \
                        }                                                                         \
                        out[oy * out_w + ox] = best;                                              \
                        where_out[oy * out_w + ox] = where;                                       \
                    }                                                                             \
                }                                                                                 \
            }                                                                                     \
            return;                                                                               \
        }                                                                                         \
        for (int64_t p = 0; p < planes; p++) {                                                    \
            const T *source = x + p * plane;                                                      \
            for (int64_t oy = 0; oy < g->out_h; oy++) {                                           \
                for (int64_t ox = 0; ox < g->out_w; ox++) {                                       \
                    int64_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left; \
                    T best = -INFINITY;                                                           \
                    int64_t where = -1;                                                           \
                    for (int64_t i = 0; i < g->kernel_h; i++) {                                   \
                        int64_t yy = y0 + i * g->dilation_h;                                      \
                        if (yy < 0 || yy >= g->height) continue;                                  \
                        for (int64_t j = 0; j < g->kernel_w; j++) {                               \
                            int64_t xx = x0 + j * g->dilation_w;                                  \
                            if (xx < 0 || xx >= g->width) continue;                               \
                            T value = source[yy * g->width + xx];                                 \
                            /* PyTorch's rule: the first maximum in scan order, or a NaN. */     \
                            if (where < 0 || value > best || isnan(value)) {                      \
                                best = value;                                                     \
                                where = yy * g->width + xx;                                       \
                            }                                                                     \
                        }                                                                         \
                    }                                                                             \
                    y[p * outputs + oy * g->out_w + ox] = best;                                   \
                    indices[p * outputs + oy * g->out_w + ox] = where;                            \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }                                                                                             \
    static void max_pool2d_backward_planes_##suffix(int64_t planes, int64_t plane, int64_t outputs, const T *dy, \
                                                    const int64_t *indices, T *dx) {                       \
        for (int64_t p = 0; p < planes; p++) {                                                    \
            /* Zeroed here, plane by plane, so the additions find it in L1. */                     \
            memset(dx + p * plane, 0, (size_t)plane * sizeof(T));                                 \
            for (int64_t o = 0; o < outputs; o++) {                                               \
                int64_t where = indices[p * outputs + o];                                         \
                if (where >= 0) dx[p * plane + where] += dy[p * outputs + o];                     \
            }                                                                                     \
        }                                                                                         \
    }                                                                                             \
    /* The window of output (oy, ox) clipped to the image, and its divisor. */                  \
    static T avg_divisor_##suffix(const axon_conv_geometry *g, int count_include_pad, int64_t oy, int64_t ox, \
                                  int64_t *ys, int64_t *ye, int64_t *xs, int64_t *xe) {           \
        int64_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left;          \
        int64_t y1 = y0 + g->kernel_h, x1 = x0 + g->kernel_w;                                     \
        int64_t bottom = g->height + g->pad_bottom, right = g->width + g->pad_right;              \
        if (y1 > bottom) y1 = bottom;                                                             \
        if (x1 > right) x1 = right;                                                               \
        int64_t padded = (y1 - y0) * (x1 - x0);                                                   \
        *ys = y0 < 0 ? 0 : y0;                                                                    \
        *xs = x0 < 0 ? 0 : x0;                                                                    \
        *ye = y1 > g->height ? g->height : y1;                                                    \
        *xe = x1 > g->width ? g->width : x1;                                                      \
        return (T)(count_include_pad ? padded : (*ye - *ys) * (*xe - *xs));                       \
    }                                                                                             \
    static void avg_pool2d_planes_##suffix(const axon_conv_geometry *g, int64_t planes, int count_include_pad, \
                                           const T *x, T *y) {                                             \
        const int64_t plane = g->height * g->width, outputs = g->out_h * g->out_w;                \
        for (int64_t p = 0; p < planes; p++) {                                                    \
            const T *source = x + p * plane;                                                      \
            for (int64_t oy = 0; oy < g->out_h; oy++) {                                           \
                for (int64_t ox = 0; ox < g->out_w; ox++) {                                       \
                    int64_t ys, ye, xs, xe;                                                       \
                    T divisor = avg_divisor_##suffix(g, count_include_pad, oy, ox, &ys, &ye, &xs, &xe); \
                    T total = 0;                                                                  \
                    for (int64_t yy = ys; yy < ye; yy++) {                                        \
                        for (int64_t xx = xs; xx < xe; xx++) total += source[yy * g->width + xx]; \
                    }                                                                             \
                    y[p * outputs + oy * g->out_w + ox] = total / divisor;                        \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }                                                                                             \
    static void avg_pool2d_backward_planes_##suffix(const axon_conv_geometry *g, int64_t planes, int count_include_pad, \
                                                    const T *dy, T *dx) {                                  \
        const int64_t plane = g->height * g->width, outputs = g->out_h * g->out_w;                \
        for (int64_t p = 0; p < planes; p++) {                                                    \
            T *target = dx + p * plane;                                                           \
            for (int64_t oy = 0; oy < g->out_h; oy++) {                                           \
                for (int64_t ox = 0; ox < g->out_w; ox++) {                                       \
                    int64_t ys, ye, xs, xe;                                                       \
                    T divisor = avg_divisor_##suffix(g, count_include_pad, oy, ox, &ys, &ye, &xs, &xe); \
                    T share = dy[p * outputs + oy * g->out_w + ox] / divisor;                     \
                    for (int64_t yy = ys; yy < ye; yy++) {                                        \
                        for (int64_t xx = xs; xx < xe; xx++) target[yy * g->width + xx] += share; \
                    }                                                                             \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }                                                                                             \
    static void adaptive_avg_pool2d_planes_##suffix(int64_t planes, int64_t height, int64_t width, int64_t out_h, \
                                                    int64_t out_w, const T *x, T *y) {                     \
        for (int64_t p = 0; p < planes; p++) {                                                    \
            const T *source = x + p * height * width;                                             \
            for (int64_t oy = 0; oy < out_h; oy++) {                                              \
                int64_t ys = oy * height / out_h, ye = ((oy + 1) * height + out_h - 1) / out_h;   \
                for (int64_t ox = 0; ox < out_w; ox++) {                                          \
                    int64_t xs = ox * width / out_w, xe = ((ox + 1) * width + out_w - 1) / out_w; \
                    T total = 0;                                                                  \
                    for (int64_t yy = ys; yy < ye; yy++) {                                        \
                        for (int64_t xx = xs; xx < xe; xx++) total += source[yy * width + xx];    \
                    }                                                                             \
                    y[(p * out_h + oy) * out_w + ox] = total / (T)((ye - ys) * (xe - xs));        \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }                                                                                             \
    static void adaptive_avg_pool2d_backward_planes_##suffix(int64_t planes, int64_t height, int64_t width, \
                                                             int64_t out_h, int64_t out_w, const T *dy, T *dx) { \
        for (int64_t p = 0; p < planes; p++) {                                                    \
            T *target = dx + p * height * width;                                                  \
            for (int64_t oy = 0; oy < out_h; oy++) {                                              \
                int64_t ys = oy * height / out_h, ye = ((oy + 1) * height + out_h - 1) / out_h;   \
                for (int64_t ox = 0; ox < out_w; ox++) {                                          \
                    int64_t xs = ox * width / out_w, xe = ((ox + 1) * width + out_w - 1) / out_w; \
                    T share = dy[(p * out_h + oy) * out_w + ox] / (T)((ye - ys) * (xe - xs));     \
                    for (int64_t yy = ys; yy < ye; yy++) {                                        \
                        for (int64_t xx = xs; xx < xe; xx++) target[yy * width + xx] += share;    \
                    }                                                                             \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }

DEFINE_POOL(float, f32)
DEFINE_POOL(double, f64)

#define DEFINE_POOL_ENTRIES(T, suffix)                                                             \
    static void max_pool_run_##suffix(const pool_args *a, int64_t first, int64_t count) {         \
        max_pool2d_planes_##suffix(a->g, count, (const T *)a->x + first * a->plane,               \
                                   (T *)a->y + first * a->outputs, a->indices + first * a->outputs); \
    }                                                                                             \
    void axon_max_pool2d_##suffix(const axon_conv_geometry *g, int64_t planes, const T *x, T *y,   \
                                  int64_t *indices) {                                              \
        pool_args a = {.g = g, .plane = g->height * g->width, .outputs = g->out_h * g->out_w,      \
                       .x = x, .y = y, .indices = indices};                                       \
        run_planes(max_pool_run_##suffix, &a, planes);                                            \
    }                                                                                             \
    static void max_pool_backward_run_##suffix(const pool_args *a, int64_t first, int64_t count) { \
        max_pool2d_backward_planes_##suffix(count, a->plane, a->outputs, (const T *)a->x + first * a->outputs, \
                                            a->indices + first * a->outputs, (T *)a->y + first * a->plane); \
    }                                                                                             \
    void axon_max_pool2d_backward_##suffix(int64_t planes, int64_t plane, int64_t outputs, const T *dy, \
                                           const int64_t *indices, T *dx) {                       \
        pool_args a = {.plane = plane, .outputs = outputs, .x = dy, .y = dx, .indices = (int64_t *)indices}; \
        run_planes(max_pool_backward_run_##suffix, &a, planes);                                   \
    }                                                                                             \
    static void avg_pool_run_##suffix(const pool_args *a, int64_t first, int64_t count) {         \
        avg_pool2d_planes_##suffix(a->g, count, a->count_include_pad, (const T *)a->x + first * a->plane, \
                                   (T *)a->y + first * a->outputs);                               \
    }                                                                                             \
    void axon_avg_pool2d_##suffix(const axon_conv_geometry *g, int64_t planes, int count_include_pad, \
                                  const T *x, T *y) {                                             \
        pool_args a = {.g = g, .plane = g->height * g->width, .outputs = g->out_h * g->out_w,      \
                       .count_include_pad = count_include_pad, .x = x, .y = y};                   \
        run_planes(avg_pool_run_##suffix, &a, planes);                                            \
    }                                                                                             \
    static void avg_pool_backward_run_##suffix(const pool_args *a, int64_t first, int64_t count) { \
        avg_pool2d_backward_planes_##suffix(a->g, count, a->count_include_pad,                    \
                                            (const T *)a->x + first * a->outputs, (T *)a->y + first * a->plane); \
    }                                                                                             \
    void axon_avg_pool2d_backward_##suffix(const axon_conv_geometry *g, int64_t planes, int count_include_pad, \
                                           const T *dy, T *dx) {                                  \
        pool_args a = {.g = g, .plane = g->height * g->width, .outputs = g->out_h * g->out_w,      \
                       .count_include_pad = count_include_pad, .x = dy, .y = dx};                 \
        run_planes(avg_pool_backward_run_##suffix, &a, planes);                                   \
    }                                                                                             \
    static void adaptive_run_##suffix(const pool_args *a, int64_t first, int64_t count) {         \
        adaptive_avg_pool2d_planes_##suffix(count, a->height, a->width, a->out_h, a->out_w,       \
                                            (const T *)a->x + first * a->plane, (T *)a->y + first * a->outputs); \
    }                                                                                             \
    void axon_adaptive_avg_pool2d_##suffix(int64_t planes, int64_t height, int64_t width, int64_t out_h, \
                                           int64_t out_w, const T *x, T *y) {                     \
        pool_args a = {.plane = height * width, .outputs = out_h * out_w, .height = height,       \
                       .width = width, .out_h = out_h, .out_w = out_w, .x = x, .y = y};           \
        run_planes(adaptive_run_##suffix, &a, planes);                                            \
    }                                                                                             \
    static void adaptive_backward_run_##suffix(const pool_args *a, int64_t first, int64_t count) { \
        adaptive_avg_pool2d_backward_planes_##suffix(count, a->height, a->width, a->out_h, a->out_w, \
                                                     (const T *)a->x + first * a->outputs,        \
                                                     (T *)a->y + first * a->plane);               \
    }                                                                                             \
    void axon_adaptive_avg_pool2d_backward_##suffix(int64_t planes, int64_t height, int64_t width,  \
                                                    int64_t out_h, int64_t out_w, const T *dy, T *dx) { \
        pool_args a = {.plane = height * width, .outputs = out_h * out_w, .height = height,       \
                       .width = width, .out_h = out_h, .out_w = out_w, .x = dy, .y = dx};         \
        run_planes(adaptive_backward_run_##suffix, &a, planes);                                   \
    }

DEFINE_POOL_ENTRIES(float, f32)
DEFINE_POOL_ENTRIES(double, f64)
#endif // !AXON_PREBUILT_KERNELS
