// The CPU kernels of Axon: the only code in the project that loops over raw
// memory. Every function takes contiguous buffers (or a leading dimension for
// matrices) and an element count; shapes, broadcasting and dtypes are decided
// in Swift (AxonTensor) before a kernel is called.
//
// Each kernel has an AVX2+FMA version (x86-64, chosen at run time from CPUID
// and XCR0; some also an AVX-512 one), a NEON version on arm64, and a
// portable version that is correct everywhere. See docs/ARCHITECTURE.md,
// "Kernels".
#ifndef AXON_KERNELS_H
#define AXON_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Machine and threads

/// The instruction set the kernels dispatch to: "scalar" (portable C),
/// "avx2" (AVX2+FMA), "avx512" (AVX-512F/DQ kernels where they exist, AVX2
/// ones elsewhere) or "neon". Chosen at first use: the one the environment
/// variable AXON_ISA names, else the best this CPU and its OS support (x86:
/// CPUID and the register state XCR0 enables). An AXON_ISA that is unknown or
/// unsupported here is reported in one line on stderr and ignored.
const char *axon_kernel_isa(void);

/// Forces the kernels onto one instruction set ("scalar", "avx2", "avx512" or
/// "neon"), or back to the automatic choice (AXON_ISA, else the best) with
/// NULL. Returns 0, changing nothing, when the name is unknown or this CPU
/// lacks it. For tests and benchmarks of each path; not to be called while
/// kernels are running on other threads.
int axon_set_kernel_isa(const char *isa);

/// 1 when axon_set_kernel_isa would accept `isa` on this CPU, else 0.
int axon_kernel_isa_supported(const char *isa);

/// 1 when this build runs the kernels' prebuilt -O2 assembly (a debug build
/// on x86-64 Linux; see prebuilt.h), 0 when it runs them compiled from C.
int axon_kernels_prebuilt(void);

/// Theoretical single-core float32 peak in FLOP per cycle for the dispatched
/// ISA and this core: 2 FMA units × lanes × 2. AVX2: 32. AVX-512: 64 where a
/// core has two 512-bit FMA units (Intel, AMD Zen 5), 32 on AMD Zen 4, which
/// runs each as two 256-bit halves. NEON: 16. Scalar: 8. float64: half.
int axon_flops_per_cycle_f32(void);

/// The assumption behind axon_flops_per_cycle_f32, in words, for reports.
const char *axon_flops_per_cycle_basis(void);

/// Whether float64 GEMM under "avx512" uses its 8×16 AVX-512 tile: 1 always,
/// 0 never (the 6×8 AVX2 tile), -1 (the default) on cores with two 512-bit
/// FMA units only, where it doubles the peak. For tests and benchmarks: the
/// two tiles give the same bits.
void axon_set_avx512_f64_tile(int use);

/// Measures the clock of the calling core in Hz by timing a chain of
/// dependent operations whose latency is known and that no core folds away:
/// 64-bit multiplies on x86 (3 cycles), adds on arm64 (1 cycle); the fastest
/// of 8 trials of about 1-2 ms. It sees turbo/boost clocks, which
/// /proc/cpuinfo's "cpu MHz" may not. Returns 0 where no such loop exists.
double axon_measure_cpu_hz(void);

/// The number of threads the kernels may use. 0 (or any value below 1)
/// restores the default, axon_default_threads().
void axon_set_threads(int threads);
int axon_threads(void);
/// The number of online CPUs: the thread count when none is set.
int axon_default_threads(void);

/// Checks the thread pool: runs `jobs` jobs of one task per pool thread (the
/// caller and every worker, after starting axon_threads() - 1 of them) whose
/// tasks wait for each other, so that a job ends only once every worker has
/// joined it. Between jobs the caller pauses for 0 to `max_pause_us`
/// microseconds, catching workers spinning, falling asleep and asleep. A job
/// waits up to 2 s for a worker. Returns how many jobs some worker missed:
/// 0 when every wake-up arrived. For tests; takes seconds, not microseconds.
int axon_thread_pool_check(int jobs, int max_pause_us);

// MARK: - Tensor memory

/// A block of at least `bytes` bytes, 64-byte aligned, contents undefined;
/// NULL when memory is exhausted. Blocks from 64 KB on come from a cache of
/// freed blocks when one of the size class waits there (see blocks.c).
void *axon_block_allocate(size_t bytes);
/// Returns a block from axon_block_allocate, with the same `bytes`.
void axon_block_free(void *block, size_t bytes);
/// The bytes of freed blocks waiting in the cache.
size_t axon_block_cached_bytes(void);
/// Gives every cached block back to the system.
void axon_block_release_cached(void);

// MARK: - Matrix multiply

/// C = op(A) · op(B) + beta · C, row-major.
///
/// op(A) is m×k: A is m×k (lda ≥ k) when trans_a is 0, or k×m (lda ≥ m) read
/// as its transpose when trans_a is 1. op(B) is k×n likewise. C is m×n with
/// ldc ≥ n. beta is 0 (overwrite; C may hold garbage, even NaN) or 1
/// (accumulate). The transposed forms are read in place: nothing is
/// materialised. Large products use up to axon_threads() threads.
void axon_gemm_f32(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                   const float *a, int64_t lda, const float *b, int64_t ldb,
                   float beta, float *c, int64_t ldc);
void axon_gemm_f64(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                   const double *a, int64_t lda, const double *b, int64_t ldb,
                   double beta, double *c, int64_t ldc);

/// C = op(A) · op(B) + bias, bias[j] added to every element of column j: a
/// fully connected layer's forward pass. The same numbers as writing the bias
/// into every row of C and calling axon_gemm with beta = 1 (each tile adds
/// the bias to its first k slice's product), without that extra pass. A NULL
/// bias gives C = op(A) · op(B).
void axon_gemm_bias_f32(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                        const float *a, int64_t lda, const float *b, int64_t ldb,
                        const float *bias, float *c, int64_t ldc);
void axon_gemm_bias_f64(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k,
                        const double *a, int64_t lda, const double *b, int64_t ldb,
                        const double *bias, double *c, int64_t ldc);

// MARK: - Elementwise: binary
//
// z[i] = x[i] OP y[i] for i in 0..<n. The `_vs` form takes a scalar y, the
// `_sv` form a scalar x. z may alias x or y.

typedef enum {
    AXON_ADD = 0,
    AXON_SUB = 1,
    AXON_MUL = 2,
    AXON_DIV = 3,
    AXON_MAX = 4,   // NaN-propagating maximum
    AXON_MIN = 5,   // NaN-propagating minimum
    AXON_POW = 6,
    // Activation gradients: x is the upstream gradient, y what the forward
    // pass saved (the input for ReLU, the output for tanh and sigmoid).
    AXON_RELU_BACKWARD = 7,     // y > 0 ? x : 0
    AXON_TANH_BACKWARD = 8,     // x · ((1 − y)(1 + y)), exact where y is near ±1
    AXON_SIGMOID_BACKWARD = 9,  // x · (y(1 − y))
} axon_binary_op;

void axon_binary_f32(axon_binary_op op, const float *x, const float *y, float *z, int64_t n);
void axon_binary_vs_f32(axon_binary_op op, const float *x, float y, float *z, int64_t n);
void axon_binary_sv_f32(axon_binary_op op, float x, const float *y, float *z, int64_t n);
void axon_binary_f64(axon_binary_op op, const double *x, const double *y, double *z, int64_t n);
void axon_binary_vs_f64(axon_binary_op op, const double *x, double y, double *z, int64_t n);
void axon_binary_sv_f64(axon_binary_op op, double x, const double *y, double *z, int64_t n);

// MARK: - Elementwise: unary
//
// y[i] = f(x[i]) for i in 0..<n. y may alias x. float32 transcendental
// functions are accurate to a few ulp; float64 ones to libm's accuracy.

typedef enum {
    AXON_NEG = 0,
    AXON_ABS = 1,
    AXON_SQRT = 2,
    AXON_EXP = 3,
    AXON_LOG = 4,
    AXON_TANH = 5,
    AXON_SIGMOID = 6,  // 1 / (1 + exp(-x)), stable for large |x|
    AXON_RELU = 7,     // max(x, 0); NaN stays NaN
    AXON_SQUARE = 8,
    AXON_RECIPROCAL = 9,
    AXON_SIGN = 10,    // -1, 0 or 1
} axon_unary_op;

void axon_unary_f32(axon_unary_op op, const float *x, float *y, int64_t n);
void axon_unary_f64(axon_unary_op op, const double *x, double *y, int64_t n);

// MARK: - Reductions over a contiguous run

typedef enum {
    AXON_SUM = 0,
    AXON_MAXIMUM = 1,  // NaN if any element is NaN
    AXON_MINIMUM = 2,  // NaN if any element is NaN
} axon_reduce_op;

/// Reduces x[0..<n] (n ≥ 1). Sums of float32 accumulate pairwise or in
/// several vector lanes, so the error grows like log(n), not n.
float axon_reduce_f32(axon_reduce_op op, const float *x, int64_t n);
double axon_reduce_f64(axon_reduce_op op, const double *x, int64_t n);

/// Column reduction: y[j] (op)= x[i * n + j] over i in 0..<m, for j in 0..<n.
/// With accumulate == 0 y is overwritten; otherwise it is combined with the
/// result. Used to sum a bias gradient over the batch dimension.
void axon_reduce_rows_f32(axon_reduce_op op, const float *x, int64_t m, int64_t n,
                          float *y, int accumulate);
void axon_reduce_rows_f64(axon_reduce_op op, const double *x, int64_t m, int64_t n,
                          double *y, int accumulate);

/// The index of each row's largest (largest != 0) or smallest value over
/// x[row * length ..< (row + 1) * length] (length ≥ 1): the first one on ties,
/// the first NaN where there is one (as PyTorch's argmax).
void axon_arg_extremum_f32(const float *x, int64_t rows, int64_t length, int largest, int64_t *out);
void axon_arg_extremum_f64(const double *x, int64_t rows, int64_t length, int largest, int64_t *out);

// MARK: - Softmax cross-entropy (losses.c)

/// Softmax over each of `rows` rows of `classes` logits z into p, and each
/// row's loss into losses: log-sum-exp(z) - z[label], or with label smoothing
/// e, log-sum-exp(z) - (1 - e) z[label] - e·mean(z). Labels are in range.
/// Unless `argmax` is NULL, each row's arg max goes there as
/// axon_arg_extremum finds it (the first largest, or the first NaN).
void axon_softmax_cross_entropy_f32(const float *z, const int64_t *labels, int64_t rows, int64_t classes,
                                    double smoothing, float *p, float *losses, int64_t *argmax);
void axon_softmax_cross_entropy_f64(const double *z, const int64_t *labels, int64_t rows, int64_t classes,
                                    double smoothing, double *p, double *losses, int64_t *argmax);

/// The logits' gradient from the forward's probabilities p:
/// scale·(p - e/classes - (1 - e)·onehot(label)), where scale is
/// upstream[0] / rows when `averaged` (a mean loss) and upstream[row] otherwise.
void axon_softmax_cross_entropy_backward_f32(const float *p, const int64_t *labels, int64_t rows, int64_t classes,
                                             double smoothing, const float *upstream, int averaged, float *gradient);
void axon_softmax_cross_entropy_backward_f64(const double *p, const int64_t *labels, int64_t rows, int64_t classes,
                                             double smoothing, const double *upstream, int averaged,
                                             double *gradient);

// MARK: - A multilayer perceptron's training step (dense_stack.c)

/// One fully connected layer y = f(x·Wᵀ + b) of a step, with the buffers the
/// step writes. All of one float type, contiguous; `rows` is the batch's.
typedef struct {
    int64_t inputs, outputs;     // the weight is [outputs, inputs]
    const void *weight;
    const void *bias;            // [outputs], or NULL for none
    int activated;               // 0: f is the identity; else forward and derivative apply
    axon_unary_op forward;       // f
    axon_binary_op derivative;   // ∂z from ∂y and f's output (AXON_TANH_BACKWARD, ...)
    void *output;                // [rows, outputs]: f(x·Wᵀ + b)
    void *gradient;              // [rows, outputs]: ∂loss/∂y, then in place ∂loss/∂z
    void *weight_gradient;       // [outputs, inputs]
    void *bias_gradient;         // [outputs]; NULL exactly when bias is
} axon_dense_layer;

/// A step's batch: `rows` inputs of layers[0].inputs values with their
/// labels (each in 0..<classes), and the loss's buffers.
typedef struct {
    int64_t rows;
    const void *x;               // [rows, inputs]
    const int64_t *labels;       // [rows]
    double smoothing;            // label smoothing, in [0, 1]
    void *probabilities;         // [rows, classes]: the softmax, for the backward pass
    void *losses;                // [rows]
    int64_t *predictions;        // [rows]: each row's arg max
} axon_dense_batch;

/// Forward propagation through `count` ≥ 1 layers, the softmax
/// cross-entropy of the last layer's output against the labels, and the
/// rows whose arg max is their label (into *correct). Returns the mean loss,
/// as stored in the float type. The same kernel calls as Tensor.linear and
/// softmaxCrossEntropy, so the same numbers.
double axon_dense_stack_forward_f32(const axon_dense_layer *layers, int64_t count, const axon_dense_batch *batch,
                                    int64_t *correct);
double axon_dense_stack_forward_f64(const axon_dense_layer *layers, int64_t count, const axon_dense_batch *batch,
                                    int64_t *correct);

/// Backpropagation of the mean loss from the last forward call on the same
/// buffers: every layer's weight_gradient and bias_gradient (overwritten),
/// with the gradients' rules in the graph's order.
void axon_dense_stack_backward_f32(const axon_dense_layer *layers, int64_t count, const axon_dense_batch *batch);
void axon_dense_stack_backward_f64(const axon_dense_layer *layers, int64_t count, const axon_dense_batch *batch);

/// Picks a batch out of a data set of `set_rows` rows: row r of x gets row
/// p of `inputs` (row_bytes bytes) and labels[r] gets all_labels[p], where
/// p is picks[r], or first + r when picks is NULL. Returns -1, or the first
/// r whose label is outside 0..<classes, or -2 - r for the first r whose p
/// is not a row of the set (nothing is read for it).
int64_t axon_dense_stack_gather(const void *inputs, int64_t row_bytes, const int64_t *all_labels,
                                int64_t set_rows, const int64_t *picks, int64_t first, int64_t rows,
                                int64_t classes, void *x, int64_t *labels);

// MARK: - Class labels (losses.c)
//
// Per-element loops over a batch's labels, in C so that a debug build runs
// them at the release build's speed.

/// The first i < n with x[i] outside 0..<bound, or -1.
int64_t axon_first_outside_i64(const int64_t *x, int64_t n, int64_t bound);

/// The number of i < n with a[i] == b[i].
int64_t axon_count_equal_i64(const int64_t *a, const int64_t *b, int64_t n);

// MARK: - Unique numbers

/// A number no earlier call in this process returned (never 0): the mark of
/// one backward pass over a graph.
uint64_t axon_next_mark(void);

// MARK: - Gradient recording

/// Whether ops on the calling thread record the graph (1, the default) or
/// not (0, inside Swift's `noGrad { }`). Thread-local, as PyTorch's mode is.
int axon_grad_enabled(void);
void axon_set_grad_enabled(int enabled);

/// Whether the calling thread is inside Swift's `inferenceMode { }` (1) or
/// not (0): layers then behave as in evaluation mode. Thread-local, so
/// concurrent callers never see each other's mode.
int axon_inference_mode(void);
void axon_set_inference_mode(int enabled);

// MARK: - Gathering rows

/// out[i] = x[i], or x[i] + bound where x[i] is negative (an index counted
/// from the end), for i < n; returns -1, or the first i whose x[i] is
/// outside -bound..<bound (out is then written up to i).
int64_t axon_wrap_indices_i64(const int64_t *x, int64_t n, int64_t bound, int64_t *out);

/// destination row i = source row rows[i], for i in 0..<count; rows are
/// row_bytes long. Large gathers use up to axon_threads() threads.
void axon_gather_rows(const void *source, void *destination, int64_t row_bytes, const int64_t *rows,
                      int64_t count);

/// destination row i = source row rows[i] × scale, bytes widened to float:
/// how a data set kept as bytes (MNIST's pixels) gives a float batch, reading
/// a quarter of the memory a float copy would. Rows are `width` long.
void axon_gather_scaled_bytes(const uint8_t *source, float *destination, int64_t width, float scale,
                              const int64_t *rows, int64_t count);

// MARK: - Convolution and pooling (NCHW)

/// One image's geometry for a convolution or a pooling window: its channels
/// and size, the kernel, stride, dilation, the padding before (top, left)
/// and after (bottom, right) each axis, and the output size.
typedef struct {
    int64_t channels, height, width;
    int64_t kernel_h, kernel_w;
    int64_t stride_h, stride_w;
    int64_t dilation_h, dilation_w;
    int64_t pad_top, pad_left, pad_bottom, pad_right;
    int64_t out_h, out_w;
} axon_conv_geometry;

/// y = conv(x, w) + bias for `batch` images x [batch, channels, height,
/// width] and weights w [out_channels, channels/groups, kernel_h, kernel_w]
/// (PyTorch's layouts); y is [batch, out_channels, out_h, out_w]; bias may
/// be NULL. With `relu` non-zero, y = max(y, 0) (a NaN stays NaN) as each
/// image's output is stored. Images are spread over up to axon_threads() threads.
void axon_conv2d_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                     const float *x, const float *w, const float *bias, int relu, float *y);
void axon_conv2d_f64(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                     const double *x, const double *w, const double *bias, int relu, double *y);

/// dx = the gradient of the convolution's input for the output gradient dy.
/// `mask`, when not NULL, is the output of a ReLU fused into the forward
/// pass (axon_conv2d_* with relu): dy then counts only where mask > 0, the
/// gradient through that ReLU, without a pass over dy of its own.
void axon_conv2d_input_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                const float *dy, const float *mask, const float *w, float *dx);
void axon_conv2d_input_grad_f64(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                const double *dy, const double *mask, const double *w, double *dx);

/// dw (and db, when not NULL) = the gradients of the weights and bias for
/// the output gradient dy (masked as for the input gradient), summed over
/// the images in a fixed order for a given thread count.
void axon_conv2d_weight_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                 const float *x, const float *dy, const float *mask, float *dw, float *db);
void axon_conv2d_weight_grad_f64(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                 const double *x, const double *dy, const double *mask, double *dw, double *db);

/// Max pooling over `planes` images of one channel each (N·C): y and the
/// index in its plane of each maximum (the first in scan order; a NaN wins, as in PyTorch).
void axon_max_pool2d_f32(const axon_conv_geometry *g, int64_t planes, const float *x, float *y, int64_t *indices);
void axon_max_pool2d_f64(const axon_conv_geometry *g, int64_t planes, const double *x, double *y, int64_t *indices);
/// dx = 0, then dx[index] += dy for each output (dx is overwritten).
void axon_max_pool2d_backward_f32(int64_t planes, int64_t plane, int64_t outputs, const float *dy,
                                  const int64_t *indices, float *dx);
void axon_max_pool2d_backward_f64(int64_t planes, int64_t plane, int64_t outputs, const double *dy,
                                  const int64_t *indices, double *dx);

/// Average pooling with PyTorch's divisor (the window clipped to the padded
/// image, or to the image when count_include_pad is 0).
void axon_avg_pool2d_f32(const axon_conv_geometry *g, int64_t planes, int count_include_pad, const float *x, float *y);
void axon_avg_pool2d_f64(const axon_conv_geometry *g, int64_t planes, int count_include_pad, const double *x, double *y);
/// Adds each output gradient's share to its window in dx (which must start at zero).
void axon_avg_pool2d_backward_f32(const axon_conv_geometry *g, int64_t planes, int count_include_pad,
                                  const float *dy, float *dx);
void axon_avg_pool2d_backward_f64(const axon_conv_geometry *g, int64_t planes, int count_include_pad,
                                  const double *dy, double *dx);

/// Adaptive average pooling to out_h × out_w: window [⌊i·H/out⌋, ⌈(i+1)·H/out⌉).
void axon_adaptive_avg_pool2d_f32(int64_t planes, int64_t height, int64_t width, int64_t out_h, int64_t out_w,
                                  const float *x, float *y);
void axon_adaptive_avg_pool2d_f64(int64_t planes, int64_t height, int64_t width, int64_t out_h, int64_t out_w,
                                  const double *x, double *y);
void axon_adaptive_avg_pool2d_backward_f32(int64_t planes, int64_t height, int64_t width, int64_t out_h,
                                           int64_t out_w, const float *dy, float *dx);
void axon_adaptive_avg_pool2d_backward_f64(int64_t planes, int64_t height, int64_t width, int64_t out_h,
                                           int64_t out_w, const double *dy, double *dx);

#ifdef __cplusplus
}
#endif

#endif
