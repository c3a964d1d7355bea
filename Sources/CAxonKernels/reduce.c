// Reductions: whole-run sum/max/min and the column reduction used for bias
// gradients. Public entry points dispatch to the vector code for this CPU.
#include "prebuilt.h"
#if !AXON_PREBUILT_KERNELS // else prebuilt/ holds this file compiled
#include "kernels_internal.h"

#include <math.h>

// Block length for portable sums: each block is summed in order, block sums
// are added in double, so the float error does not grow with n.
enum { sum_block = 256 };

static float reduce_portable_f32(axon_reduce_op op, const float *x, int64_t n) {
    if (op == AXON_SUM) {
        double total = 0;
        for (int64_t start = 0; start < n; start += sum_block) {
            int64_t end = start + sum_block < n ? start + sum_block : n;
            float block = 0;
            for (int64_t i = start; i < end; i++) block += x[i];
            total += block;
        }
        return (float)total;
    }
    float result = x[0];
    for (int64_t i = 1; i < n; i++) {
        if (isnan(x[i])) return x[i];
        if (op == AXON_MAXIMUM ? x[i] > result : x[i] < result) result = x[i];
    }
    return result;
}

static double reduce_portable_f64(axon_reduce_op op, const double *x, int64_t n) {
    if (op == AXON_SUM) {
        // Pairwise over blocks: the error grows like log(n).
        if (n <= sum_block) {
            double total = 0;
            for (int64_t i = 0; i < n; i++) total += x[i];
            return total;
        }
        int64_t half = n / 2;
        return reduce_portable_f64(op, x, half) + reduce_portable_f64(op, x + half, n - half);
    }
    double result = x[0];
    for (int64_t i = 1; i < n; i++) {
        if (isnan(x[i])) return x[i];
        if (op == AXON_MAXIMUM ? x[i] > result : x[i] < result) result = x[i];
    }
    return result;
}

float axon_reduce_f32(axon_reduce_op op, const float *x, int64_t n) {
    if (n <= 0) return op == AXON_SUM ? 0.0f : NAN;
#if defined(AXON_X86)
    if (axon_isa_avx2()) return axon_reduce_avx2_f32(op, x, n);
#elif defined(AXON_NEON)
    if (axon_detect_isa() == AXON_ISA_NEON) return axon_reduce_neon_f32(op, x, n);
#endif
    return reduce_portable_f32(op, x, n);
}

double axon_reduce_f64(axon_reduce_op op, const double *x, int64_t n) {
    if (n <= 0) return op == AXON_SUM ? 0.0 : NAN;
#if defined(AXON_X86)
    if (axon_isa_avx2()) return axon_reduce_avx2_f64(op, x, n);
#endif
    return reduce_portable_f64(op, x, n);
}

// MARK: - Column reduction
//
// Row by row, so the inner loop runs along contiguous memory (and vectorises);
// y holds the running result for every column. Sums, the common case (a
// bias's gradient), go down the rows a block of columns at a time with the
// block's running sums in registers: kept in y, each row's add waited on the
// store of the row before. Each column still adds its rows in order, so the
// sums are the same bits either way.

// Sums of `width` (a constant where inlined) columns of x down all m rows;
// sum_rows takes blocks of `most` columns, then one each of most/2, most/4
// and most/8, then single columns.
#define AXON_SUM_ROWS(T, SUFFIX, most)                                                                 \
    static inline __attribute__((always_inline)) void sum_columns_##SUFFIX(                           \
        int width, const T *restrict x, int64_t m, int64_t n, T *restrict y, int accumulate) {         \
        T total[most];                                                                                 \
        int64_t i = 0;                                                                                 \
        if (accumulate) {                                                                              \
            for (int c = 0; c < width; c++) total[c] = y[c];                                           \
        } else {                                                                                       \
            for (int c = 0; c < width; c++) total[c] = x[c];                                           \
            i = 1;                                                                                     \
        }                                                                                              \
        for (; i < m; i++) {                                                                           \
            for (int c = 0; c < width; c++) total[c] += x[i * n + c];                                  \
        }                                                                                              \
        for (int c = 0; c < width; c++) y[c] = total[c];                                               \
    }                                                                                                  \
                                                                                                       \
    static void sum_rows_##SUFFIX(const T *x, int64_t m, int64_t n, T *y, int accumulate) {            \
        int64_t j = 0;                                                                                 \
        for (; n - j >= most; j += most) sum_columns_##SUFFIX(most, x + j, m, n, y + j, accumulate);   \
        if (n - j >= most / 2) sum_columns_##SUFFIX(most / 2, x + j, m, n, y + j, accumulate), j += most / 2; \
        if (n - j >= most / 4) sum_columns_##SUFFIX(most / 4, x + j, m, n, y + j, accumulate), j += most / 4; \
        if (n - j >= most / 8) sum_columns_##SUFFIX(most / 8, x + j, m, n, y + j, accumulate), j += most / 8; \
        for (; j < n; j++) sum_columns_##SUFFIX(1, x + j, m, n, y + j, accumulate);                    \
    }
AXON_SUM_ROWS(float, f32, 32)
AXON_SUM_ROWS(double, f64, 16)
#undef AXON_SUM_ROWS

static inline float combine_f32(axon_reduce_op op, float total, float value) {
    switch (op) {
    case AXON_SUM: return total + value;
    case AXON_MAXIMUM: return (isnan(total) || isnan(value)) ? total + value : (value > total ? value : total);
    case AXON_MINIMUM: return (isnan(total) || isnan(value)) ? total + value : (value < total ? value : total);
    }
    return total;
}

static inline double combine_f64(axon_reduce_op op, double total, double value) {
    switch (op) {
    case AXON_SUM: return total + value;
    case AXON_MAXIMUM: return (isnan(total) || isnan(value)) ? total + value : (value > total ? value : total);
    case AXON_MINIMUM: return (isnan(total) || isnan(value)) ? total + value : (value < total ? value : total);
    }
    return total;
}

void axon_reduce_rows_f32(axon_reduce_op op, const float *x, int64_t m, int64_t n, float *y,
                          int accumulate) {
    if (n <= 0) return;
    if (m <= 0) {
        if (!accumulate) {
            for (int64_t j = 0; j < n; j++) y[j] = op == AXON_SUM ? 0.0f : NAN;
        }
        return;
    }
    if (op == AXON_SUM) {
        sum_rows_f32(x, m, n, y, accumulate);
        return;
    }
    int64_t first_row = 0;
    if (!accumulate) {
        for (int64_t j = 0; j < n; j++) y[j] = x[j];
        first_row = 1;
    }
    for (int64_t i = first_row; i < m; i++) {
        const float *row = x + i * n;
        for (int64_t j = 0; j < n; j++) y[j] = combine_f32(op, y[j], row[j]);
    }
}

void axon_reduce_rows_f64(axon_reduce_op op, const double *x, int64_t m, int64_t n, double *y,
                          int accumulate) {
    if (n <= 0) return;
    if (m <= 0) {
        if (!accumulate) {
            for (int64_t j = 0; j < n; j++) y[j] = op == AXON_SUM ? 0.0 : NAN;
        }
        return;
    }
    if (op == AXON_SUM) {
        sum_rows_f64(x, m, n, y, accumulate);
        return;
    }
    int64_t first_row = 0;
    if (!accumulate) {
        for (int64_t j = 0; j < n; j++) y[j] = x[j];
        first_row = 1;
    }
    for (int64_t i = first_row; i < m; i++) {
        const double *row = x + i * n;
        for (int64_t j = 0; j < n; j++) y[j] = combine_f64(op, y[j], row[j]);
    }
}
#endif // !AXON_PREBUILT_KERNELS
