// Stride-1 float32 convolutions without a patch matrix ("implicit GEMM").
//
// With stride 1, row (c, i, j) of an image's patch matrix is a run of the
// zero-padded image: lay the output out on the padded image's grid (pitch
// wp, q = oy·wp + ox) and element q of that row is
// padded[c·hp·wp + i·dh·wp + j·dw + q]. The micro-kernels read such rows in
// place through a table of offsets (axon_ukernel_*_indirect_f32), so the
// only copy is the padded image itself, not the patch matrix (kh·kw times
// larger) and its packed panels. The price is the grid's extra columns:
// (out_h − 1)·wp + out_w outputs are computed for out_h·out_w kept, 14% more
// for LeNet-5's first layer, 36% for its second, 7–8% for mnist_cnn's.
//
// - forward: y = W·X, A the weights packed in mr-row panels, B the padded
//   image's rows; the wide output is compacted (and the bias added) per image.
// - input gradient: the same pass over the output gradient padded by
//   (k − 1)·d − pad on each side, with the weights flipped and their in and
//   out channels swapped. Most of what it multiplies is that padding (LeNet-5's
//   second layer: 2.5 times the arithmetic of the direct product, mnist_cnn's
//   1.26), still cheaper than writing the patches and adding them back.
// - weight gradient: dWᵀ = X·dyᵀ summed over images, A the padded image's
//   rows, B dy transposed onto the wide grid in nr-column panels, zero in the
//   grid's extra columns. Those zeros meet real image values, so an infinite
//   or NaN input can reach a weight gradient the direct product would keep
//   finite.
//
// Each function returns 0 (and does nothing) when the CPU has no indirect
// kernel, the stride is not 1, or the grid would cost more than 3 times the
// direct product (tiny images under large kernels); conv.c then takes the
// im2col path. Images are split over the
// thread pool as there; the weight gradient's per-task sums are added in
// task order, so the same thread count gives the same bits.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "axon_kernels.h"
#include "kernels_internal.h"
#include <stdlib.h>
#include <string.h>

#if defined(AXON_X86)
#include <immintrin.h>

typedef struct {
    int mr, nr;
    axon_ukernel_indirect_f32 kernel;
} indirect_tile;

static const indirect_tile avx2_tile = {AXON_AVX2_MR_F32, AXON_AVX2_NR_F32, axon_ukernel_avx2_indirect_f32};
static const indirect_tile avx512_tile = {AXON_AVX512_MR_F32, AXON_AVX512_NR_F32, axon_ukernel_avx512_indirect_f32};

enum { padded_slot = 2, wide_slot = 3, panel_slot = 4, masked_slot = 5, most_lanes = 8, slice_floats = 4096 };

static int64_t round_up(int64_t x, int64_t step) { return (x + step - 1) / step * step; }

// The tile for a rows × cols product, or NULL without an indirect kernel:
// the 8×32 AVX-512 tile unless its padding wastes clearly more than 6×16's
// (the rule gemm.c applies).
static const indirect_tile *pick_tile(int64_t rows, int64_t cols) {
    if (!axon_isa_avx2()) return NULL;
    if (axon_isa_avx512() &&
        axon_tile_use(rows, cols, avx512_tile.mr, avx512_tile.nr) >=
            AXON_AVX512_TILE_SHARE * axon_tile_use(rows, cols, avx2_tile.mr, avx2_tile.nr)) {
        return &avx512_tile;
    }
    return &avx2_tile;
}

// One pass of `out = W ⊛ source` with stride 1 on the wide grid: the
// forward convolution, or the input gradient as a convolution of dy. Patch
// rows are ordered (i, c, j), kernel row outermost, so that the rows a tile
// of outputs needs form one range: a tile whose windows reach above or below
// the source, into the padding, skips the kernel rows that would read only
// zeros there (for the input gradient, most of its padding).
typedef struct {
    int64_t batch, groups, per_task;
    int64_t channels, height, width;  // a source image
    int64_t top, left, hp, wp;        // where it lies in its padded copy, and that copy's size
    int64_t kh, dh;                   // kernel rows and their dilation
    int64_t out_channels, out_h, out_w;
    int64_t m, k, m_pad, q, q_pad, kc;  // per group: output channels, patch rows; the wide grid
    const int64_t *rows;                // k offsets of patch rows in a group's padded planes
    const float *packed;                // per group: m_pad × k weights in mr-row panels
    const float *source, *bias;
    const float *mask;  // a fused ReLU's output, the source's shape: the source counts where it is > 0 (or NULL)
    int relu;           // out = max(out, 0) (NaN kept) after the bias
    float *out;
    const indirect_tile *tile;
} wide_pass;

// The padded copy of image n's channels, into `padded` whose borders are zero.
// Rows are short (10 to 28 values): inline vector copies, not memcpy calls.
// With a mask (image n's part of pass->mask), values where it is not > 0 become 0.
__attribute__((no_builtin("memcpy"))) static void pad_image(const wide_pass *pass, const float *image,
                                                           const float *mask, float *padded) {
    const int64_t plane = pass->hp * pass->wp;
    for (int64_t c = 0; c < pass->channels; c++) {
        for (int64_t y = 0; y < pass->height; y++) {
            float *restrict to = padded + c * plane + (pass->top + y) * pass->wp + pass->left;
            const int64_t start = (c * pass->height + y) * pass->width;
            const float *restrict from = image + start;
            if (mask) {
                const float *restrict keep = mask + start;
                for (int64_t x = 0; x < pass->width; x++) {
                    const float value = from[x];  // read unconditionally, so the loop is a vector blend
                    to[x] = keep[x] > 0 ? value : 0;
                }
            } else {
                for (int64_t x = 0; x < pass->width; x++) to[x] = from[x];
            }
        }
    }
}

static size_t padded_floats(int64_t channels, int64_t hp, int64_t wp, int nr) {
    // The last column tile reads up to nr − 1 values past the grid.
    return (size_t)(channels * hp * wp + nr);
}

static int64_t floor_div(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// The patch rows [*first, *last) that outputs [j, j + columns) of the wide
// grid need: kernel rows i whose source row y + i·dh lies in the image for
// some output row y the tile touches.
static void tile_patch_rows(const wide_pass *pass, int64_t j, int64_t columns, int64_t *first, int64_t *last) {
    const int64_t row_length = pass->k / pass->kh;  // (c, j) for one kernel row
    int64_t y_first = j / pass->wp, y_last = (j + columns - 1) / pass->wp;
    if (y_last > pass->out_h - 1) y_last = pass->out_h - 1;
    int64_t i_first = -floor_div(-(pass->top - y_last), pass->dh);  // ⌈(top − y_last)/dh⌉
    int64_t i_last = floor_div(pass->top + pass->height - 1 - y_first, pass->dh);
    if (i_first < 0) i_first = 0;
    if (i_last > pass->kh - 1) i_last = pass->kh - 1;
    if (i_last < i_first) i_last = i_first - 1;
    *first = i_first * row_length;
    *last = (i_last + 1) * row_length;
}

static void wide_pass_task(void *context, int task) {
    const wide_pass *pass = context;
    const int mr = pass->tile->mr, nr = pass->tile->nr;
    const int64_t plane = pass->hp * pass->wp, in_group = pass->channels / pass->groups;
    const int64_t outputs = pass->out_h * pass->out_w;
    const size_t padded_size = padded_floats(pass->channels, pass->hp, pass->wp, nr);
    float *padded = axon_scratch(padded_slot, padded_size * sizeof(float));
    float *wide = axon_scratch(wide_slot, (size_t)(pass->m_pad * pass->q_pad) * sizeof(float));
    memset(padded, 0, padded_size * sizeof(float));  // the borders stay zero: only the interior is rewritten
    int64_t lanes[most_lanes];
    for (int r = 0; r < most_lanes; r++) lanes[r] = r;
    for (int64_t n = task * pass->per_task; n < (task + 1) * pass->per_task && n < pass->batch; n++) {
        const int64_t image_size = pass->channels * pass->height * pass->width;
        pad_image(pass, pass->source + n * image_size, pass->mask ? pass->mask + n * image_size : NULL, padded);
        for (int64_t group = 0; group < pass->groups; group++) {
            const float *image = padded + group * in_group * plane;
            const float *weights = pass->packed + group * pass->m_pad * pass->k;
            for (int64_t j = 0; j < pass->q; j += nr) {
                int64_t first, last;
                tile_patch_rows(pass, j, nr, &first, &last);
                int64_t p0 = first;
                do {  // at least once: a tile with no rows to read stores zeros
                    const int64_t depth = last - p0 < pass->kc ? last - p0 : pass->kc;
                    for (int64_t i = 0; i < pass->m_pad; i += mr) {
                        pass->tile->kernel(depth, weights + i * pass->k + p0 * mr, lanes, mr, image + j,
                                           pass->rows + p0, wide + i * pass->q_pad + j, pass->q_pad, p0 > first);
                    }
                    p0 += depth;
                } while (p0 < last);
            }
            for (int64_t channel = 0; channel < pass->m; channel++) {
                const int64_t o = group * pass->m + channel;
                const float bias = pass->bias ? pass->bias[o] : 0;
                const float *from = wide + channel * pass->q_pad;
                float *to = pass->out + (n * pass->out_channels + o) * outputs;
                for (int64_t oy = 0; oy < pass->out_h; oy++) {
                    float *restrict line = to + oy * pass->out_w;
                    const float *restrict wide_line = from + oy * pass->wp;
                    if (pass->relu) {
                        for (int64_t ox = 0; ox < pass->out_w; ox++) {
                            const float value = wide_line[ox] + bias;
                            line[ox] = value <= 0 ? 0 : value;
                        }
                    } else {
                        for (int64_t ox = 0; ox < pass->out_w; ox++) line[ox] = wide_line[ox] + bias;
                    }
                }
            }
        }
    }
}

// The offsets of patch rows for `channels` padded planes of pitch wp, in the
// order (c, i, j), or (i, c, j) when `kernel_row_major`; `count` ≥ the real
// rows, the rest repeating the last (padding rows, whose results are dropped).
static int64_t *patch_rows(int kernel_row_major, int64_t channels, int64_t hp, int64_t wp, int64_t kh, int64_t kw,
                           int64_t dh, int64_t dw, int64_t count) {
    int64_t *rows = malloc((size_t)count * sizeof(int64_t));
    if (!rows) abort();
    int64_t p = 0;
    for (int64_t outer = 0; outer < (kernel_row_major ? kh : channels); outer++) {
        for (int64_t inner = 0; inner < (kernel_row_major ? channels : kh); inner++) {
            const int64_t c = kernel_row_major ? inner : outer, i = kernel_row_major ? outer : inner;
            for (int64_t j = 0; j < kw; j++) rows[p++] = c * hp * wp + i * dh * wp + j * dw;
        }
    }
    for (; p < count; p++) rows[p] = rows[p - 1];
    return rows;
}

// Whether a wide grid of `rows` rows of `columns` outputs at pitch wp costs at
// most 3 times the direct product, which computes `direct` columns. Copying
// patches costs that much: LeNet-5's second input gradient, at 2.5 times
// the arithmetic, took 0.76 ms against im2col's 0.79 to 1.45.
static int grid_pays(int64_t rows, int64_t columns, int64_t wp, int64_t direct) {
    return (double)((rows - 1) * wp + columns) <= 3.0 * (double)direct;
}

typedef struct {
    const float *w;
    int64_t m, channels, kh, kw;  // per group: output and input channels; the kernel
} plain_weights;

static float forward_weight(const void *context, int64_t group, int64_t row, int64_t i, int64_t c, int64_t j);

// Runs a pass whose geometry fields are set; `weight(weights, group, row, i, c, j)`
// is the weight of output `row` of the group for patch row (i, c, j).
static void run_pass(wide_pass *pass, int64_t kw, int64_t dw,
                     float (*weight)(const void *, int64_t, int64_t, int64_t, int64_t, int64_t), const void *weights) {
    const int mr = pass->tile->mr, nr = pass->tile->nr;
    const int64_t in_group = pass->channels / pass->groups;
    pass->q = (pass->out_h - 1) * pass->wp + pass->out_w;
    pass->q_pad = round_up(pass->q, nr);
    pass->m_pad = round_up(pass->m, mr);
    const int64_t slices = (pass->k + slice_floats / nr - 1) / (slice_floats / nr);  // a kc×nr B block of 16 KB at most
    pass->kc = (pass->k + slices - 1) / slices;
    int64_t *rows = patch_rows(1, in_group, pass->hp, pass->wp, pass->kh, kw, pass->dh, dw, pass->k);
    float *packed = malloc((size_t)(pass->groups * pass->m_pad * pass->k) * sizeof(float));
    if (!packed) abort();
    // Patch row p is (i, c, j) with p = (i·in_group + c)·kw + j. Packing runs
    // on every call (a batch-1 forward pass of LeNet-5 spent a quarter of its
    // time here), so the loops walk p in order and the forward pass's plain
    // [out, in, kh, kw] weights are read directly rather than through `weight`.
    const plain_weights *plain = weight == forward_weight ? weights : NULL;
    for (int64_t group = 0; group < pass->groups; group++) {
        float *panels = packed + group * pass->m_pad * pass->k;
        for (int64_t row = 0; row < pass->m_pad; row++) {
            float *panel = panels + row / mr * mr * pass->k + row % mr;
            if (row >= pass->m) {
                for (int64_t p = 0; p < pass->k; p++) panel[p * mr] = 0;
                continue;
            }
            int64_t p = 0;
            for (int64_t i = 0; i < pass->kh; i++) {
                for (int64_t c = 0; c < in_group; c++) {
                    if (plain) {
                        const float *source = plain->w + (((group * plain->m + row) * plain->channels + c) * plain->kh + i) * plain->kw;
                        for (int64_t j = 0; j < kw; j++, p++) panel[p * mr] = source[j];
                    } else {
                        for (int64_t j = 0; j < kw; j++, p++) panel[p * mr] = weight(weights, group, row, i, c, j);
                    }
                }
            }
        }
    }
    pass->rows = rows;
    pass->packed = packed;
    const int64_t tasks = axon_conv_image_tasks(pass->batch, &pass->per_task);
    axon_parallel_run((int)tasks, wide_pass_task, pass);
    free(packed);
    free(rows);
}

static float forward_weight(const void *context, int64_t group, int64_t row, int64_t i, int64_t c, int64_t j) {
    const plain_weights *w = context;
    return w->w[(((group * w->m + row) * w->channels + c) * w->kh + i) * w->kw + j];
}

int axon_conv_implicit_forward_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                   const float *x, const float *w, const float *bias, int relu, float *y) {
    const int64_t wp = g->width + g->pad_left + g->pad_right;
    if (g->stride_h != 1 || g->stride_w != 1 || !grid_pays(g->out_h, g->out_w, wp, g->out_h * g->out_w)) return 0;
    const int64_t m = out_channels / groups, in_group = g->channels / groups;
    const int64_t q = (g->out_h - 1) * wp + g->out_w;
    const indirect_tile *tile = pick_tile(m, q);
    if (!tile) return 0;
    wide_pass pass = {
        .batch = batch, .groups = groups, .channels = g->channels, .height = g->height, .width = g->width,
        .top = g->pad_top, .left = g->pad_left, .hp = g->height + g->pad_top + g->pad_bottom, .wp = wp,
        .kh = g->kernel_h, .dh = g->dilation_h, .out_channels = out_channels, .out_h = g->out_h,
        .out_w = g->out_w, .m = m, .k = in_group * g->kernel_h * g->kernel_w,
        .source = x, .bias = bias, .relu = relu, .out = y, .tile = tile,
    };
    plain_weights weights = {w, m, in_group, g->kernel_h, g->kernel_w};
    run_pass(&pass, g->kernel_w, g->dilation_w, forward_weight, &weights);
    return 1;
}

typedef struct {
    const float *w;
    int64_t in_group, out_group, kh, kw;
} flipped_weights;

// Output `row` is input channel `row` of the group; patch row (i', o, j')
// holds w[o][row][kh − 1 − i'][kw − 1 − j'].
static float input_grad_weight(const void *context, int64_t group, int64_t row, int64_t i, int64_t o, int64_t j) {
    const flipped_weights *w = context;
    const int64_t out = group * w->out_group + o;
    return w->w[((out * w->in_group + row) * w->kh + (w->kh - 1 - i)) * w->kw + (w->kw - 1 - j)];
}

int axon_conv_implicit_input_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups,
                                      int64_t out_channels, const float *dy, const float *mask, const float *w,
                                      float *dx) {
    // dx[c, y, x] = Σ w[o, c, i, j]·dy[o, y + top − i·dh, x + left − j·dw]: a stride-1
    // convolution of dy padded by (kh − 1)·dh − top above (and so on) with the flipped weights.
    const int64_t reach_h = (g->kernel_h - 1) * g->dilation_h, reach_w = (g->kernel_w - 1) * g->dilation_w;
    if (g->stride_h != 1 || g->stride_w != 1) return 0;
    if (g->pad_top > reach_h || g->pad_bottom > reach_h || g->pad_left > reach_w || g->pad_right > reach_w) return 0;
    const int64_t wp = g->width + reach_w;
    if (!grid_pays(g->height, g->width, wp, g->out_h * g->out_w)) return 0;
    const int64_t in_group = g->channels / groups, out_group = out_channels / groups;
    const int64_t q = (g->height - 1) * wp + g->width;
    const indirect_tile *tile = pick_tile(in_group, q);
    if (!tile) return 0;
    wide_pass pass = {
        .batch = batch, .groups = groups, .channels = out_channels, .height = g->out_h, .width = g->out_w,
        .top = reach_h - g->pad_top, .left = reach_w - g->pad_left, .hp = g->height + reach_h, .wp = wp,
        .kh = g->kernel_h, .dh = g->dilation_h, .out_channels = g->channels, .out_h = g->height,
        .out_w = g->width, .m = in_group, .k = out_group * g->kernel_h * g->kernel_w,
        .source = dy, .bias = NULL, .mask = mask, .out = dx, .tile = tile,
    };
    flipped_weights weights = {w, in_group, out_group, g->kernel_h, g->kernel_w};
    run_pass(&pass, g->kernel_w, g->dilation_w, input_grad_weight, &weights);
    return 1;
}

// The weight gradient of a layer with few output channels (at most 8 per
// group, LeNet-5's first layer has 6) as correlations: each weight's
// gradient is the dot product of an output channel's gradient on the wide
// grid with the padded image shifted to its patch row,
//   dW[c][p] = Σ_q dy[c][q] · padded[rows[p] + q].
// A GEMM tile would be mostly padding there (6 of 16 or 32 columns); here
// mb channels × pb patch rows of 16-wide partial sums stay in zmm registers
// (mb·pb ≤ 24) while q runs, and are added into a per-task buffer of 16-lane
// sums, reduced to one number each when the task ends.
#define AXON_AVX512_CONV __attribute__((target("avx512f,avx512dq,avx2,fma")))

enum { correlate_lanes = 16, most_correlated_rows = 6 };

static inline __attribute__((always_inline)) AXON_AVX512_CONV void
correlate_block(int mb, int pb, int64_t chunks, const float *dy, int64_t dy_pitch, const float *x,
                const int64_t *rows, float *sums, int64_t sums_pitch) {
    __m512 acc[8][most_correlated_rows];
    const float *shifted[most_correlated_rows];
    for (int c = 0; c < mb; c++) {
        for (int p = 0; p < pb; p++) acc[c][p] = _mm512_setzero_ps();
    }
    for (int p = 0; p < pb; p++) shifted[p] = x + rows[p];
    for (int64_t t = 0; t < chunks * correlate_lanes; t += correlate_lanes) {
        __m512 xs[most_correlated_rows];
        for (int p = 0; p < pb; p++) xs[p] = _mm512_loadu_ps(shifted[p] + t);
        for (int c = 0; c < mb; c++) {
            const __m512 d = _mm512_loadu_ps(dy + c * dy_pitch + t);
            for (int p = 0; p < pb; p++) acc[c][p] = _mm512_fmadd_ps(d, xs[p], acc[c][p]);
        }
    }
    for (int c = 0; c < mb; c++) {
        for (int p = 0; p < pb; p++) {
            float *sum = sums + c * sums_pitch + p * correlate_lanes;
            _mm512_storeu_ps(sum, _mm512_add_ps(_mm512_loadu_ps(sum), acc[c][p]));
        }
    }
}

// Every patch row of one group for `mb` ≤ 8 channels: sums[c][p][lane] +=.
static AXON_AVX512_CONV void correlate_rows(int mb, int64_t k, int64_t chunks, const float *dy, int64_t dy_pitch,
                                            const float *x, const int64_t *rows, float *sums) {
    const int most = 24 / mb < most_correlated_rows ? 24 / mb : most_correlated_rows;
    const int64_t sums_pitch = k * correlate_lanes;
    for (int64_t p0 = 0; p0 < k; p0 += most) {
        const int pb = k - p0 < most ? (int)(k - p0) : most;
        float *block = sums + p0 * correlate_lanes;
        switch (mb * 8 + pb) {
#define CORRELATE(M, P) \
    case M * 8 + P: correlate_block(M, P, chunks, dy, dy_pitch, x, rows + p0, block, sums_pitch); break;
#define CORRELATE_ROWS(M) CORRELATE(M, 1) CORRELATE(M, 2) CORRELATE(M, 3) CORRELATE(M, 4) CORRELATE(M, 5) CORRELATE(M, 6)
            CORRELATE_ROWS(1) CORRELATE_ROWS(2) CORRELATE_ROWS(3) CORRELATE_ROWS(4)
            CORRELATE(5, 1) CORRELATE(5, 2) CORRELATE(5, 3) CORRELATE(5, 4)
            CORRELATE(6, 1) CORRELATE(6, 2) CORRELATE(6, 3) CORRELATE(6, 4)
            CORRELATE(7, 1) CORRELATE(7, 2) CORRELATE(7, 3)
            CORRELATE(8, 1) CORRELATE(8, 2) CORRELATE(8, 3)
#undef CORRELATE_ROWS
#undef CORRELATE
        default: abort();
        }
    }
}

// The weight gradient: dWᵀ (k × m per group) = Σ over images of X·dyᵀ.
typedef struct {
    wide_pass grid;             // the image's padding and wide grid (m, k, q, kc as in a forward pass)
    int64_t k_pad, n_pad;       // the accumulator's rows and columns per group
    const int64_t *a_rows;      // k_pad offsets: patch rows, the last repeated
    const int64_t *panel_rows;  // kc offsets p·nr: rows of a dy panel
    const float *dy, *mask;     // the output gradient; a fused ReLU's output (or NULL)
    float *dw_parts, *db_parts;
    int correlate;              // few channels: correlate_rows instead of the GEMM tiles
    int64_t q_lanes;            // the wide grid rounded up to whole 16-lane chunks (correlate)
} weight_grad_job;

static void weight_grad_task(void *context, int task) {
    const weight_grad_job *job = context;
    const wide_pass *pass = &job->grid;
    const int mr = pass->tile->mr, nr = pass->tile->nr;
    const int64_t plane = pass->hp * pass->wp, in_group = pass->channels / pass->groups;
    const int64_t outputs = pass->out_h * pass->out_w, per_group = job->k_pad * job->n_pad;
    const size_t padded_size = padded_floats(pass->channels, pass->hp, pass->wp, nr);
    float *padded = axon_scratch(padded_slot, padded_size * sizeof(float));
    const size_t sums_size = job->correlate ? (size_t)(pass->groups * pass->m * pass->k * correlate_lanes)
                                            : (size_t)(pass->groups * per_group);
    const size_t panels_size = job->correlate ? (size_t)(pass->m * job->q_lanes) : (size_t)(job->n_pad * pass->q);
    float *sums = axon_scratch(wide_slot, sums_size * sizeof(float));
    float *panels = axon_scratch(panel_slot, panels_size * sizeof(float));
    float *kept = job->mask ? axon_scratch(masked_slot, (size_t)(pass->out_channels * outputs) * sizeof(float)) : NULL;
    memset(padded, 0, padded_size * sizeof(float));
    memset(sums, 0, sums_size * sizeof(float));
    // Every image writes the same panel positions, so the others stay zero.
    memset(panels, 0, panels_size * sizeof(float));
    float *db = job->db_parts ? job->db_parts + task * pass->out_channels : NULL;
    if (db) memset(db, 0, (size_t)pass->out_channels * sizeof(float));
    for (int64_t n = task * pass->per_task; n < (task + 1) * pass->per_task && n < pass->batch; n++) {
        pad_image(pass, pass->source + n * pass->channels * pass->height * pass->width, NULL, padded);
        const float *upstream = job->dy + n * pass->out_channels * outputs;
        if (kept) {
            // ReLU's derivative: dy where the fused ReLU's output is > 0.
            axon_binary_serial_f32(AXON_RELU_BACKWARD, upstream, 0, job->mask + n * pass->out_channels * outputs, 0,
                                   kept, pass->out_channels * outputs);
            upstream = kept;
        }
        for (int64_t group = 0; group < pass->groups; group++) {
            if (job->correlate) {
                // dy's channels of the group on the wide grid, one row of q_lanes each.
                for (int64_t c = 0; c < pass->m; c++) {
                    const float *channel = upstream + (group * pass->m + c) * outputs;
                    for (int64_t oy = 0; oy < pass->out_h; oy++) {
                        memcpy(panels + c * job->q_lanes + oy * pass->wp, channel + oy * pass->out_w,
                               (size_t)pass->out_w * sizeof(float));
                    }
                }
                correlate_rows((int)pass->m, pass->k, job->q_lanes / correlate_lanes, panels, job->q_lanes,
                               padded + group * in_group * plane, job->a_rows,
                               sums + group * pass->m * pass->k * correlate_lanes);
                continue;
            }
            // dy's channels of the group as nr-wide panels on the wide grid: (q, c) at
            // (c/nr)·q·nr + q·nr + c%nr; each output row transposed 8×8 at a time
            // into the panel zeroed once (the grid's gaps stay zero).
            for (int64_t c0 = 0; c0 < pass->m; c0 += nr) {
                const int64_t columns = pass->m - c0 < nr ? pass->m - c0 : nr;
                const float *channels = upstream + (group * pass->m + c0) * outputs;
                float *panel = panels + c0 * pass->q;
                for (int64_t oy = 0; oy < pass->out_h; oy++) {
                    axon_pack_across_rows_avx2_f32(nr, channels + oy * pass->out_w, outputs, 0, 0, pass->out_w,
                                                   columns, panel + oy * pass->wp * nr);
                }
            }
            const float *image = padded + group * in_group * plane;
            float *group_sums = sums + group * per_group;
            for (int64_t q0 = 0; q0 < pass->q; q0 += pass->kc) {
                const int64_t depth = pass->q - q0 < pass->kc ? pass->q - q0 : pass->kc;
                for (int64_t j = 0; j < job->n_pad; j += nr) {
                    const float *panel = panels + j * pass->q + q0 * nr;
                    for (int64_t i = 0; i < job->k_pad; i += mr) {
                        pass->tile->kernel(depth, image + q0, job->a_rows + i, 1, panel, job->panel_rows,
                                           group_sums + i * job->n_pad + j, job->n_pad, 1);
                    }
                }
            }
        }
        if (db) {
            for (int64_t c = 0; c < pass->out_channels; c++) db[c] += axon_reduce_f32(AXON_SUM, upstream + c * outputs, outputs);
        }
    }
    float *dw = job->dw_parts + task * pass->out_channels * pass->k;
    if (job->correlate) {
        // Each weight's 16 lanes, added in lane order.
        for (int64_t i = 0; i < pass->out_channels * pass->k; i++) {
            const float *lanes = sums + i * correlate_lanes;
            float total = 0;
            for (int lane = 0; lane < correlate_lanes; lane++) total += lanes[lane];
            dw[i] = total;
        }
        return;
    }
    for (int64_t group = 0; group < pass->groups; group++) {
        for (int64_t c = 0; c < pass->m; c++) {
            for (int64_t p = 0; p < pass->k; p++) {
                dw[(group * pass->m + c) * pass->k + p] = sums[group * per_group + p * job->n_pad + c];
            }
        }
    }
}

int axon_conv_implicit_weight_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups,
                                       int64_t out_channels, const float *x, const float *dy, const float *mask,
                                       float *dw, float *db) {
    const int64_t wp = g->width + g->pad_left + g->pad_right;
    if (g->stride_h != 1 || g->stride_w != 1 || !grid_pays(g->out_h, g->out_w, wp, g->out_h * g->out_w)) return 0;
    const int64_t m = out_channels / groups, k = g->channels / groups * g->kernel_h * g->kernel_w;
    const indirect_tile *tile = pick_tile(k, m);
    if (!tile) return 0;
    const int mr = tile->mr, nr = tile->nr;
    // Few channels: correlations (AVX-512). Their reads run to whole 16-lane
    // chunks, within the padded copy's slack of nr ≥ 16 values.
    const int correlate = m <= 8 && axon_isa_avx512();
    weight_grad_job job = {
        .correlate = correlate,
        .grid = {
            .batch = batch, .groups = groups, .channels = g->channels, .height = g->height, .width = g->width,
            .top = g->pad_top, .left = g->pad_left, .hp = g->height + g->pad_top + g->pad_bottom, .wp = wp,
            .out_channels = out_channels, .out_h = g->out_h, .out_w = g->out_w, .m = m, .k = k,
            .source = x, .tile = tile,
        },
        .k_pad = round_up(k, mr), .n_pad = round_up(m, nr), .dy = dy, .mask = mask,
    };
    wide_pass *pass = &job.grid;
    pass->q = (g->out_h - 1) * wp + g->out_w;
    job.q_lanes = round_up(pass->q, correlate_lanes);
    const int64_t slices = (pass->q + slice_floats / nr - 1) / (slice_floats / nr);
    pass->kc = (pass->q + slices - 1) / slices;
    int64_t *a_rows = patch_rows(0, g->channels / groups, pass->hp, wp, g->kernel_h, g->kernel_w, g->dilation_h,
                                 g->dilation_w, job.k_pad);
    int64_t *panel_rows = malloc((size_t)pass->kc * sizeof(int64_t));
    if (!panel_rows) abort();
    for (int64_t p = 0; p < pass->kc; p++) panel_rows[p] = p * nr;
    job.a_rows = a_rows;
    job.panel_rows = panel_rows;
    const int64_t tasks = axon_conv_image_tasks(batch, &pass->per_task);
    float *parts = malloc((size_t)(tasks * out_channels * (k + 1)) * sizeof(float));
    if (!parts) abort();
    job.dw_parts = parts;
    job.db_parts = db ? parts + tasks * out_channels * k : NULL;
    axon_parallel_run((int)tasks, weight_grad_task, &job);
    axon_conv_sum_parts_f32(tasks, out_channels, k, parts, dw, db);
    free(parts);
    free(panel_rows);
    free(a_rows);
    return 1;
}

#else

int axon_conv_implicit_forward_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                   const float *x, const float *w, const float *bias, int relu, float *y) {
    (void)g, (void)batch, (void)groups, (void)out_channels, (void)x, (void)w, (void)bias, (void)relu, (void)y;
    return 0;
}

int axon_conv_implicit_input_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups,
                                      int64_t out_channels, const float *dy, const float *mask, const float *w,
                                      float *dx) {
    (void)g, (void)batch, (void)groups, (void)out_channels, (void)dy, (void)mask, (void)w, (void)dx;
    return 0;
}

int axon_conv_implicit_weight_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups,
                                       int64_t out_channels, const float *x, const float *dy, const float *mask,
                                       float *dw, float *db) {
    (void)g, (void)batch, (void)groups, (void)out_channels, (void)x, (void)dy, (void)mask, (void)dw, (void)db;
    return 0;
}

#endif
#endif // !AXON_PREBUILT_KERNELS
