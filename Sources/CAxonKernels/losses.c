// Row-wise kernels of classification: softmax cross-entropy (forward and
// backward) and arg max/min. Per element they are a few operations; in C they
// run at full speed in every build (Swift generic loops at -Onone did not).
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#include <math.h>
#include <stdlib.h>

// One body for float and double: T is the type, SUFFIX the kernels' suffix.
//
// Forward: each row's peak (NaN wins; an infinite peak counts as 0) is
// subtracted, exp runs over the whole matrix in one kernel call and log over
// the row totals in another (a small batch's cost is otherwise call
// overhead), and loss = log(total) + peak - z[label], or with label
// smoothing e, log(total) + peak - (1 - e) z[label] - e·sum(z)/classes. The
// search for the peak also gives the row's arg max, where asked for: the
// first largest logit, or the first NaN (axon_arg_extremum's answer).
#define AXON_SOFTMAX_CROSS_ENTROPY(T, SUFFIX)                                                                  \
    void axon_softmax_cross_entropy_##SUFFIX(const T *z, const int64_t *labels, int64_t rows, int64_t classes,  \
                                              double smoothing, T *p, T *losses, int64_t *argmax) {            \
        if (rows <= 0) return;                                                                                 \
        /* A small batch's scratch on the stack (a malloc costs as much as its rows). */                       \
        T local[256];                                                                                          \
        T *scratch = 2 * rows <= 256 ? local : malloc(2 * (size_t)rows * sizeof(T));                           \
        T *peaks = scratch, *log_totals = scratch + rows;                                                      \
        for (int64_t row = 0; row < rows; row++) {                                                             \
            const T *zi = z + row * classes;                                                                   \
            T *pi = p + row * classes;                                                                         \
            T peak = zi[0];                                                                                    \
            int64_t best = 0;                                                                                  \
            for (int64_t c = 1; c < classes; c++) {                                                            \
                if (zi[c] > peak || isnan(zi[c])) {                                                            \
                    best = isnan(peak) ? best : c;                                                             \
                    peak = zi[c];                                                                              \
                }                                                                                              \
            }                                                                                                  \
            if (argmax) argmax[row] = best;                                                                    \
            if (isinf(peak)) peak = 0;                                                                         \
            peaks[row] = peak;                                                                                 \
            for (int64_t c = 0; c < classes; c++) pi[c] = zi[c] - peak;                                        \
        }                                                                                                      \
        axon_unary_##SUFFIX(AXON_EXP, p, p, rows * classes);                                                   \
        for (int64_t row = 0; row < rows; row++) {                                                             \
            T *pi = p + row * classes;                                                                         \
            T total = 0;                                                                                       \
            for (int64_t c = 0; c < classes; c++) total += pi[c];                                              \
            log_totals[row] = total;                                                                           \
            for (int64_t c = 0; c < classes; c++) pi[c] /= total;                                              \
        }                                                                                                      \
        axon_unary_##SUFFIX(AXON_LOG, log_totals, log_totals, rows);                                           \
        const T e = (T)smoothing;                                                                              \
        for (int64_t row = 0; row < rows; row++) {                                                             \
            const T *zi = z + row * classes;                                                                   \
            const T log_total = log_totals[row] + peaks[row];                                                  \
            const T picked = zi[labels[row]];                                                                  \
            if (smoothing == 0) {                                                                              \
                losses[row] = log_total - picked;                                                              \
            } else {                                                                                           \
                T sum_of_logits = 0;                                                                           \
                for (int64_t c = 0; c < classes; c++) sum_of_logits += zi[c];                                  \
                losses[row] = log_total - (1 - e) * picked - e * sum_of_logits / (T)classes;                   \
            }                                                                                                  \
        }                                                                                                      \
        if (scratch != local) free(scratch);                                                                   \
    }                                                                                                          \
                                                                                                               \
    void axon_softmax_cross_entropy_backward_##SUFFIX(const T *p, const int64_t *labels, int64_t rows,         \
                                                       int64_t classes, double smoothing, const T *upstream,   \
                                                       int averaged, T *gradient) {                            \
        const T e = (T)smoothing, spread = (T)smoothing / (T)classes;                                          \
        for (int64_t row = 0; row < rows; row++) {                                                             \
            const T scale = averaged ? upstream[0] / (T)rows : upstream[row];                                  \
            const T *pi = p + row * classes;                                                                   \
            T *gi = gradient + row * classes;                                                                  \
            for (int64_t c = 0; c < classes; c++) gi[c] = scale * (pi[c] - spread);                            \
            gi[labels[row]] -= scale * (1 - e);                                                                \
        }                                                                                                      \
    }                                                                                                          \
                                                                                                               \
    void axon_arg_extremum_##SUFFIX(const T *x, int64_t rows, int64_t length, int largest, int64_t *out) {     \
        for (int64_t row = 0; row < rows; row++) {                                                             \
            const T *xi = x + row * length;                                                                    \
            int64_t best = 0;                                                                                  \
            T peak = xi[0];                                                                                    \
            if (!isnan(peak)) {                                                                                \
                for (int64_t i = 1; i < length; i++) {                                                         \
                    const T value = xi[i];                                                                     \
                    if (isnan(value)) {                                                                        \
                        best = i;                                                                              \
                        break;                                                                                 \
                    }                                                                                          \
                    /* Selects, not branches: which value is larger is a coin toss. */                        \
                    const int better = largest ? value > peak : value < peak;                                  \
                    best = better ? i : best;                                                                  \
                    peak = better ? value : peak;                                                              \
                }                                                                                              \
            }                                                                                                  \
            out[row] = best;                                                                                   \
        }                                                                                                      \
    }

AXON_SOFTMAX_CROSS_ENTROPY(float, f32)
AXON_SOFTMAX_CROSS_ENTROPY(double, f64)

// MARK: - Class labels

int64_t axon_first_outside_i64(const int64_t *x, int64_t n, int64_t bound) {
    for (int64_t i = 0; i < n; i++) {
        if (x[i] < 0 || x[i] >= bound) return i;
    }
    return -1;
}

int64_t axon_count_equal_i64(const int64_t *a, const int64_t *b, int64_t n) {
    int64_t count = 0;
    for (int64_t i = 0; i < n; i++) count += a[i] == b[i];
    return count;
}

#endif // !AXON_PREBUILT_KERNELS
