// Declarations shared by the kernel files; not part of the public C API.
#ifndef AXON_KERNELS_INTERNAL_H
#define AXON_KERNELS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "axon_kernels.h"

#if defined(__x86_64__)
#define AXON_X86 1
// Applied per function, so no compiler flag is needed and the portable code
// in the same binary still runs on CPUs without AVX2.
#define AXON_AVX2 __attribute__((target("avx2,fma")))
#endif

#if defined(__aarch64__)
#define AXON_NEON 1
#endif

#define AXON_NOINLINE __attribute__((noinline))

// MARK: - Dispatch

/// The instruction set the kernels dispatch to, chosen once for this process
/// (see dispatch.c). AVX512 runs every AVX2 kernel too, and its own where it
/// has one; AVX2 means exactly the AVX2+FMA kernels.
typedef enum { AXON_ISA_SCALAR = 0, AXON_ISA_AVX2 = 1, AXON_ISA_AVX512 = 2, AXON_ISA_NEON = 3 } axon_isa;
axon_isa axon_detect_isa(void);

/// Whether the AVX2+FMA kernels run: under "avx2", and under "avx512" where
/// no AVX-512 version exists.
static inline int axon_isa_avx2(void) {
    const axon_isa isa = axon_detect_isa();
    return isa == AXON_ISA_AVX2 || isa == AXON_ISA_AVX512;
}

/// Whether the AVX-512 kernels run (the ISA is "avx512").
static inline int axon_isa_avx512(void) { return axon_detect_isa() == AXON_ISA_AVX512; }

/// The float32 FLOP per cycle of this core with AVX-512 (dispatch.c): 64 with
/// two 512-bit FMA units, 32 where 512-bit FMAs run as two halves (Zen 4).
int axon_avx512_flops_per_cycle_f32(void);

// MARK: - Thread pool

/// Runs fn(ctx, 0) ... fn(ctx, tasks - 1), spread over the pool's workers and
/// the calling thread, and returns when all have finished. Falls back to
/// running them in order on the calling thread when the pool is busy with
/// another caller's work.
typedef void (*axon_task_fn)(void *ctx, int task);
void axon_parallel_run(int tasks, axon_task_fn fn, void *ctx);

/// Whether a small job (a few microseconds) should go to the pool: when a
/// worker is awake, still spinning after a job, or when small jobs come back
/// to back (this call within a worker's spin of the last), so that waking a
/// sleeping one now pays off over the calls to come. An isolated small job
/// runs on the calling thread: waking a worker would cost more than the job.
/// (A pool not yet started counts as awake: its first job starts it, once.)
int axon_pool_takes_small_job(void);

// A binary op on the calling thread (axon_binary_* split large arrays over
// the pool, which a pool task must not do); a *_scalar operand is one value.
void axon_binary_serial_f32(axon_binary_op op, const float *x, int x_scalar, const float *y, int y_scalar,
                            float *z, int64_t n);
void axon_binary_serial_f64(axon_binary_op op, const double *x, int x_scalar, const double *y, int y_scalar,
                            double *z, int64_t n);

// MARK: - Convolution (conv.c, conv_implicit.c)

/// The number of tasks for `batch` images: at most one per thread, none
/// empty, each of *per_task images (the last may have fewer).
int64_t axon_conv_image_tasks(int64_t batch, int64_t *per_task);

/// dw (and db, when not NULL) = the weight-gradient tasks' partial sums,
/// added in task order: `parts` holds `tasks` blocks of out_channels·k
/// weights, then `tasks` blocks of out_channels biases.
void axon_conv_sum_parts_f32(int64_t tasks, int64_t out_channels, int64_t k, const float *parts, float *dw, float *db);
void axon_conv_sum_parts_f64(int64_t tasks, int64_t out_channels, int64_t k, const double *parts, double *dw,
                             double *db);

/// The fraction of the padded tiles' work that is real for a rows × cols
/// product with an mr × nr tile (gemm.c).
double axon_tile_use(int64_t rows, int64_t cols, int mr, int nr);
/// An AVX-512 tile (8×32 float32, 8×16 float64) is taken while its tile use is
/// at least this share of the AVX2 tile's (6×16, 6×8).
#define AXON_AVX512_TILE_SHARE 0.9

// Stride-1 float32 convolutions read in place (conv_implicit.c); each returns
// 0, having done nothing, where the shape or the CPU does not suit it.
int axon_conv_implicit_forward_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups, int64_t out_channels,
                                   const float *x, const float *w, const float *bias, int relu, float *y);
int axon_conv_implicit_input_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups,
                                      int64_t out_channels, const float *dy, const float *mask, const float *w,
                                      float *dx);
int axon_conv_implicit_weight_grad_f32(const axon_conv_geometry *g, int64_t batch, int64_t groups,
                                       int64_t out_channels, const float *x, const float *dy, const float *mask,
                                       float *dw, float *db);

/// A 64-byte aligned scratch buffer owned by the calling thread, at least
/// `bytes` long. `slot` picks one of a few independent buffers. Freed when the
/// thread exits.
void *axon_scratch(int slot, size_t bytes);

// MARK: - GEMM micro-kernels
//
// A micro-kernel computes one mr×nr tile of C from a packed A panel (kc steps
// of mr values) and a packed B panel (kc steps of nr values), then stores it
// into c (row stride ldc) or adds it to c when accumulate is non-zero.

typedef void (*axon_ukernel_f32)(int64_t kc, const float *a, const float *b,
                                 float *c, int64_t ldc, int accumulate);
typedef void (*axon_ukernel_f64)(int64_t kc, const double *a, const double *b,
                                 double *c, int64_t ldc, int accumulate);

// A micro-kernel that reads A in place: element (r, p) of the tile's A is
// a[r*row_stride + p*column_stride]; row p of the B panel starts at
// b + p*b_stride (unaligned allowed). Optional (NULL: always pack A and B).
typedef void (*axon_ukernel_strided_f32)(int64_t kc, const float *a, int64_t row_stride,
                                         int64_t column_stride, const float *b,
                                         int64_t b_stride, float *c, int64_t ldc, int accumulate);
typedef void (*axon_ukernel_strided_f64)(int64_t kc, const double *a, int64_t row_stride,
                                         int64_t column_stride, const double *b,
                                         int64_t b_stride, double *c, int64_t ldc, int accumulate);

// Packs panels that run across the rows of a row-major matrix x: rows
// j0..j0+nc, columns p0..p0+kc of x as nr-wide panels, panel q holding
// x[j0 + q*nr + c][p0 + p] at q*nr*kc + p*nr + c (zero-padded). That is the
// layout gemm_driver.h's pack_b_tiles writes for a B stored transposed
// (x = b, op(B)[p][j] = b[j*ldb + p]) and pack_a_tiles for an A stored as is
// (x = a, nr = mr). Optional (NULL: the driver's scalar loops).
typedef void (*axon_pack_across_rows_f32)(int nr, const float *x, int64_t ldx, int64_t p0,
                                          int64_t j0, int64_t kc, int64_t nc, float *out);
typedef void (*axon_pack_across_rows_f64)(int nr, const double *x, int64_t ldx, int64_t p0,
                                          int64_t j0, int64_t kc, int64_t nc, double *out);

/// The tile shape and cache blocking that go with a micro-kernel.
typedef struct {
    int mr, nr;           // register tile
    int64_t kc, mc, nc;   // cache blocks: kc×nr B panel in L1, mc×kc A block in L2
    axon_ukernel_f32 kernel;
    axon_ukernel_strided_f32 strided_kernel;
    axon_pack_across_rows_f32 pack_across_rows;
} axon_gemm_config_f32;

/// The largest mr·nr of any micro-kernel (the edge-tile buffer's size).
#define AXON_MAX_TILE (8 * 32)

typedef struct {
    int mr, nr;
    int64_t kc, mc, nc;
    axon_ukernel_f64 kernel;
    axon_ukernel_strided_f64 strided_kernel;
    axon_pack_across_rows_f64 pack_across_rows;
} axon_gemm_config_f64;

void axon_ukernel_portable_f32(int64_t kc, const float *a, const float *b, float *c, int64_t ldc, int accumulate);
void axon_ukernel_portable_f64(int64_t kc, const double *a, const double *b, double *c, int64_t ldc, int accumulate);
#define AXON_PORTABLE_MR 4
#define AXON_PORTABLE_NR 8

#if defined(AXON_X86)
void axon_ukernel_avx2_f32(int64_t kc, const float *a, const float *b, float *c, int64_t ldc, int accumulate);
/// y[j] = bias[j] + Σₚ x[p]·w[j·ldw + p] for j < n (bias may be NULL): one
/// row times a row-major Wᵀ, a linear layer on a single sample, read straight
/// from W with no packing.
void axon_gemv_rows_avx2_f32(int64_t n, int64_t k, const float *x, const float *w, int64_t ldw,
                             const float *bias, float *y);
/// The products axon_gemm_small_avx2_f32 takes: n ≤ AXON_SMALL_GEMM_N,
/// k ≤ AXON_SMALL_GEMM_K, m·k ≤ AXON_SMALL_GEMM_MK (the layers of a tiny
/// network, where the tiled driver's packing, edge tiles and loop nest cost
/// more than the product; wider ones run faster on the AVX-512 tile).
#define AXON_SMALL_GEMM_N 16
#define AXON_SMALL_GEMM_K 64
#define AXON_SMALL_GEMM_MK 1024

/// op(B) of a small product, row p at `result + p * *stride`: B itself where
/// it is row-major (the kernels read it under masks), else its transpose
/// copied into `copy` (AXON_SMALL_GEMM_K × AXON_SMALL_GEMM_N floats).
static inline const float *axon_small_rows_of_b(int trans_b, int64_t n, int64_t k, const float *b, int64_t ldb,
                                                float *copy, int64_t *stride) {
    if (!trans_b) {
        *stride = ldb;
        return b;
    }
    for (int64_t j = 0; j < n; j++) {
        for (int64_t p = 0; p < k; p++) copy[p * AXON_SMALL_GEMM_N + j] = b[j * ldb + p];
    }
    *stride = AXON_SMALL_GEMM_N;
    return copy;
}
/// C = op(A)·op(B), plus bias[j] on column j or (accumulate) plus C, straight
/// from A and B (a transposed B copied), four rows at a time: each element
/// is the same chain of FMAs over p as in the tiled kernels, so the bits are
/// theirs.
void axon_gemm_small_avx2_f32(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k, const float *a,
                              int64_t lda, const float *b, int64_t ldb, const float *bias, int accumulate,
                              float *c, int64_t ldc);
/// The same products and the same bits as axon_gemm_small_avx2_f32, sixteen
/// rows of C at a time in zmm registers, then eight (gemm_avx512.c).
void axon_gemm_small_avx512_f32(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k, const float *a,
                                int64_t lda, const float *b, int64_t ldb, const float *bias, int accumulate,
                                float *c, int64_t ldc);
void axon_ukernel_avx2_f64(int64_t kc, const double *a, const double *b, double *c, int64_t ldc, int accumulate);
void axon_ukernel_avx2_strided_f32(int64_t kc, const float *a, int64_t row_stride, int64_t column_stride,
                                   const float *b, int64_t b_stride, float *c, int64_t ldc,
                                   int accumulate);
void axon_ukernel_avx2_strided_f64(int64_t kc, const double *a, int64_t row_stride, int64_t column_stride,
                                   const double *b, int64_t b_stride, double *c, int64_t ldc,
                                   int accumulate);
void axon_ukernel_avx512_f32(int64_t kc, const float *a, const float *b, float *c, int64_t ldc, int accumulate);
void axon_ukernel_avx512_strided_f32(int64_t kc, const float *a, int64_t row_stride, int64_t column_stride,
                                     const float *b, int64_t b_stride, float *c, int64_t ldc,
                                     int accumulate);
// Both operands through tables: element (r, p) of A at a[a_rows[r] +
// p*a_step] (mr entries), row p of B at b + b_rows[p] (kc entries, nr values
// each, unaligned allowed); C as for the other kernels.
typedef void (*axon_ukernel_indirect_f32)(int64_t kc, const float *a, const int64_t *a_rows,
                                          int64_t a_step, const float *b, const int64_t *b_rows,
                                          float *c, int64_t ldc, int accumulate);
void axon_ukernel_avx2_indirect_f32(int64_t kc, const float *a, const int64_t *a_rows, int64_t a_step,
                                    const float *b, const int64_t *b_rows, float *c, int64_t ldc,
                                    int accumulate);
void axon_ukernel_avx512_indirect_f32(int64_t kc, const float *a, const int64_t *a_rows, int64_t a_step,
                                      const float *b, const int64_t *b_rows, float *c, int64_t ldc,
                                      int accumulate);
void axon_pack_across_rows_avx2_f32(int nr, const float *x, int64_t ldx, int64_t p0, int64_t j0,
                                    int64_t kc, int64_t nc, float *out);
void axon_pack_across_rows_avx2_f64(int nr, const double *x, int64_t ldx, int64_t p0, int64_t j0,
                                    int64_t kc, int64_t nc, double *out);
void axon_ukernel_avx512_f64(int64_t kc, const double *a, const double *b, double *c, int64_t ldc, int accumulate);
void axon_ukernel_avx512_strided_f64(int64_t kc, const double *a, int64_t row_stride, int64_t column_stride,
                                     const double *b, int64_t b_stride, double *c, int64_t ldc,
                                     int accumulate);
#define AXON_AVX512_MR_F32 8
#define AXON_AVX512_NR_F32 32
#define AXON_AVX2_MR_F32 6
#define AXON_AVX2_NR_F32 16
#define AXON_AVX2_MR_F64 6
#define AXON_AVX2_NR_F64 8
#define AXON_AVX512_MR_F64 8
#define AXON_AVX512_NR_F64 16
#endif

#if defined(AXON_NEON)
void axon_ukernel_neon_f32(int64_t kc, const float *a, const float *b, float *c, int64_t ldc, int accumulate);
void axon_ukernel_neon_f64(int64_t kc, const double *a, const double *b, double *c, int64_t ldc, int accumulate);
#define AXON_NEON_MR_F32 8
#define AXON_NEON_NR_F32 8
#define AXON_NEON_MR_F64 4
#define AXON_NEON_NR_F64 8
#endif

// MARK: - Vector kernels, one set per instruction set
//
// Each returns 1 when it handled the call, 0 when the caller should fall back
// to the portable loop (an op the vector code does not cover).

void axon_binary_portable_f32(axon_binary_op op, const float *x, int x_scalar, const float *y,
                              int y_scalar, float *z, int64_t n);
void axon_binary_portable_f64(axon_binary_op op, const double *x, int x_scalar, const double *y,
                              int y_scalar, double *z, int64_t n);
void axon_unary_portable_f32(axon_unary_op op, const float *x, float *y, int64_t n);
void axon_unary_portable_f64(axon_unary_op op, const double *x, double *y, int64_t n);

#if defined(AXON_X86)
int axon_binary_avx2_f32(axon_binary_op op, const float *x, int x_scalar, const float *y,
                         int y_scalar, float *z, int64_t n);
int axon_binary_avx2_f64(axon_binary_op op, const double *x, int x_scalar, const double *y,
                         int y_scalar, double *z, int64_t n);
int axon_unary_avx2_f32(axon_unary_op op, const float *x, float *y, int64_t n);
int axon_unary_avx2_f64(axon_unary_op op, const double *x, double *y, int64_t n);
int axon_unary_avx512_f32(axon_unary_op op, const float *x, float *y, int64_t n);
float axon_reduce_avx2_f32(axon_reduce_op op, const float *x, int64_t n);
double axon_reduce_avx2_f64(axon_reduce_op op, const double *x, int64_t n);
#endif

#if defined(AXON_NEON)
int axon_binary_neon_f32(axon_binary_op op, const float *x, int x_scalar, const float *y,
                         int y_scalar, float *z, int64_t n);
int axon_unary_neon_f32(axon_unary_op op, const float *x, float *y, int64_t n);
float axon_reduce_neon_f32(axon_reduce_op op, const float *x, int64_t n);
#endif

#endif
