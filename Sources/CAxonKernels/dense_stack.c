// The training step of a multilayer perceptron under softmax cross-entropy,
// as two calls: forward propagation with the loss, and backpropagation. Each
// makes the kernel calls that Tensor.linear, Tensor.softmaxCrossEntropy and
// their gradient rules make, on the same operands in the same order, so the
// numbers are the recorded graph's bit for bit; what it saves is the Swift
// between them (a tiny network's kernels take about a third of its step).
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#include <string.h>

// One body for float and double: T is the type, SUFFIX the kernels' suffix.
#define AXON_DENSE_STACK(T, SUFFIX)                                                                               \
    double axon_dense_stack_forward_##SUFFIX(const axon_dense_layer *layers, int64_t count,                       \
                                             const axon_dense_batch *batch, int64_t *correct) {                  \
        const int64_t rows = batch->rows;                                                                         \
        const T *x = batch->x;                                                                                    \
        for (int64_t i = 0; i < count; i++) {                                                                     \
            const axon_dense_layer *layer = &layers[i];                                                           \
            T *y = layer->output;                                                                                 \
            /* y = x·Wᵀ + b, then f(y) where it lies. */                                                         \
            axon_gemm_bias_##SUFFIX(0, 1, rows, layer->outputs, layer->inputs, x, layer->inputs, layer->weight,   \
                                    layer->inputs, layer->bias, y, layer->outputs);                               \
            if (layer->activated) axon_unary_##SUFFIX(layer->forward, y, y, rows * layer->outputs);               \
            x = y;                                                                                                \
        }                                                                                                         \
        const int64_t classes = layers[count - 1].outputs;                                                        \
        axon_softmax_cross_entropy_##SUFFIX(x, batch->labels, rows, classes, batch->smoothing,                   \
                                            batch->probabilities, batch->losses, batch->predictions);            \
        /* The rows' arg max (as argmax(axis: 1)) against the labels, as countEqual. */                         \
        *correct = axon_count_equal_i64(batch->predictions, batch->labels, rows);                                \
        /* The mean as the graph takes it: the sum of the rows (0 for none) over */                              \
        /* the rows in double, stored in T and read back. */                                                     \
        const double sum = rows > 0 ? (double)axon_reduce_##SUFFIX(AXON_SUM, batch->losses, rows) : 0;           \
        return (double)(T)(sum / (double)(rows > 1 ? rows : 1));                                                  \
    }                                                                                                             \
                                                                                                                  \
    void axon_dense_stack_backward_##SUFFIX(const axon_dense_layer *layers, int64_t count,                        \
                                            const axon_dense_batch *batch) {                                     \
        const int64_t rows = batch->rows, last = count - 1;                                                       \
        const T one = 1;                                                                                          \
        axon_softmax_cross_entropy_backward_##SUFFIX(batch->probabilities, batch->labels, rows,                  \
                                                     layers[last].outputs, batch->smoothing, &one, 1,            \
                                                     layers[last].gradient);                                     \
        for (int64_t i = last; i >= 0; i--) {                                                                     \
            const axon_dense_layer *layer = &layers[i];                                                           \
            const int64_t outputs = layer->outputs, inputs = layer->inputs;                                       \
            T *g = layer->gradient;                                                                               \
            const T *x = i == 0 ? batch->x : layers[i - 1].output;                                                \
            /* ∂z = ∂y·f′ (from the output), ∂x = ∂z·W (not for the batch itself), */                           \
            /* ∂W = ∂zᵀ·x, ∂b = Σ_rows ∂z. */                                                                      \
            if (layer->activated) axon_binary_##SUFFIX(layer->derivative, g, layer->output, g, rows * outputs);   \
            if (i > 0)                                                                                            \
                axon_gemm_##SUFFIX(0, 0, rows, inputs, outputs, g, outputs, layer->weight, inputs, 0,             \
                                   layers[i - 1].gradient, inputs);                                               \
            axon_gemm_##SUFFIX(1, 0, outputs, inputs, rows, g, outputs, x, inputs, 0, layer->weight_gradient,     \
                               inputs);                                                                           \
            if (layer->bias_gradient)                                                                             \
                axon_reduce_rows_##SUFFIX(AXON_SUM, g, rows, outputs, layer->bias_gradient, 0);                   \
        }                                                                                                         \
    }

AXON_DENSE_STACK(float, f32)
AXON_DENSE_STACK(double, f64)

// The labels are read and checked here; the rows are copied as any gather
// copies them (axon_gather_rows), or as one block in file order.
int64_t axon_dense_stack_gather(const void *inputs, int64_t row_bytes, const int64_t *all_labels,
                                int64_t set_rows, const int64_t *picks, int64_t first, int64_t rows,
                                int64_t classes, void *x, int64_t *labels) {
    int64_t outside = -1;
    for (int64_t r = 0; r < rows; r++) {
        const int64_t p = picks ? picks[r] : first + r;
        if (p < 0 || p >= set_rows) return -2 - r;
        const int64_t label = all_labels[p];
        labels[r] = label;
        if (outside < 0 && (label < 0 || label >= classes)) outside = r;
    }
    if (picks) {
        axon_gather_rows(inputs, x, row_bytes, picks, rows);
    } else if (rows > 0) {
        memcpy(x, (const char *)inputs + first * row_bytes, (size_t)(rows * row_bytes));
    }
    return outside;
}

#endif // !AXON_PREBUILT_KERNELS
