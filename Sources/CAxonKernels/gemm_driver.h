// The GEMM loop nest, written once and instantiated by gemm.c for float and
// double. Before including, define:
//   GEMM_T         the element type
//   GEMM_NAME(x)   a name with the type's suffix, e.g. x##_f32
//   GEMM_CONFIG    the axon_gemm_config_* type
//
// The design is Goto's (also BLIS's): for each nc-wide block of columns and
// kc-deep slice of k, pack op(B) into nr-wide panels that stay in L2/L1; for
// each mc-high block of rows pack op(A) into mr-high panels that stay in L2;
// then sweep the register tile over the block. Packing is where the
// transposes are absorbed: every variant reads its source in place once per
// block and writes the same panel layout, so one micro-kernel serves all.

// Packs rows i0..i0+mc, columns p0..p0+kc of op(A) as mr-high panels: panel q
// holds op(A)[i0 + q*mr + r][p0 + p] at q*mr*kc + p*mr + r, zero-padded to mr
// rows. Always inlined so that `mr` is a constant in each specialisation.
static inline __attribute__((always_inline)) void
GEMM_NAME(pack_a_tiles)(int mr, int trans, const GEMM_T *restrict a, int64_t lda, int64_t i0,
                        int64_t p0, int64_t mc, int64_t kc, GEMM_T *restrict out) {
    for (int64_t ir = 0; ir < mc; ir += mr) {
        int64_t rows = mc - ir < mr ? mc - ir : mr;
        if (trans) {
            // op(A)[i][p] = a[p*lda + i]: each step of p reads mr adjacent values.
            const GEMM_T *source = a + p0 * lda + i0 + ir;
            if (rows == mr) {
                // mr, a constant here, adjacent values: vector copies.
                for (int64_t p = 0; p < kc; p++) {
                    for (int r = 0; r < mr; r++) out[p * mr + r] = source[p * lda + r];
                }
            } else {
                for (int64_t p = 0; p < kc; p++) {
                    int64_t r = 0;
                    for (; r < rows; r++) out[p * mr + r] = source[p * lda + r];
                    for (; r < mr; r++) out[p * mr + r] = 0;
                }
            }
        } else {
            // op(A)[i][p] = a[i*lda + p]: read each row along p.
            for (int64_t r = 0; r < rows; r++) {
                const GEMM_T *row = a + (i0 + ir + r) * lda + p0;
                for (int64_t p = 0; p < kc; p++) out[p * mr + r] = row[p];
            }
            for (int64_t r = rows; r < mr; r++) {
                for (int64_t p = 0; p < kc; p++) out[p * mr + r] = 0;
            }
        }
        out += mr * kc;
    }
}

// Packs rows p0..p0+kc, columns j0..j0+nc of op(B) as nr-wide panels: panel q
// holds op(B)[p0 + p][j0 + q*nr + c] at q*nr*kc + p*nr + c, zero-padded.
static inline __attribute__((always_inline)) void
GEMM_NAME(pack_b_tiles)(int nr, int trans, const GEMM_T *restrict b, int64_t ldb, int64_t p0,
                        int64_t j0, int64_t kc, int64_t nc, GEMM_T *restrict out) {
    for (int64_t jr = 0; jr < nc; jr += nr) {
        int64_t cols = nc - jr < nr ? nc - jr : nr;
        if (trans) {
            // op(B)[p][j] = b[j*ldb + p]: read each of the nr rows of b along p.
            for (int64_t c = 0; c < cols; c++) {
                const GEMM_T *row = b + (j0 + jr + c) * ldb + p0;
                for (int64_t p = 0; p < kc; p++) out[p * nr + c] = row[p];
            }
            for (int64_t c = cols; c < nr; c++) {
                for (int64_t p = 0; p < kc; p++) out[p * nr + c] = 0;
            }
        } else if (cols == nr) {
            const GEMM_T *source = b + p0 * ldb + j0 + jr;
            for (int64_t p = 0; p < kc; p++) {
                for (int c = 0; c < nr; c++) out[p * nr + c] = source[p * ldb + c];
            }
        } else {
            const GEMM_T *source = b + p0 * ldb + j0 + jr;
            for (int64_t p = 0; p < kc; p++) {
                int64_t c = 0;
                for (; c < cols; c++) out[p * nr + c] = source[p * ldb + c];
                for (; c < nr; c++) out[p * nr + c] = 0;
            }
        }
        out += nr * kc;
    }
}

static void GEMM_NAME(pack_a)(const GEMM_CONFIG *config, int trans, const GEMM_T *a, int64_t lda,
                              int64_t i0, int64_t p0, int64_t mc, int64_t kc, GEMM_T *out) {
    const int mr = config->mr;
    if (!trans && config->pack_across_rows != NULL) {
        config->pack_across_rows(mr, a, lda, p0, i0, kc, mc, out);
        return;
    }
    switch (mr) {
    case 4: GEMM_NAME(pack_a_tiles)(4, trans, a, lda, i0, p0, mc, kc, out); break;
    case 6: GEMM_NAME(pack_a_tiles)(6, trans, a, lda, i0, p0, mc, kc, out); break;
    case 8: GEMM_NAME(pack_a_tiles)(8, trans, a, lda, i0, p0, mc, kc, out); break;
    case 12: GEMM_NAME(pack_a_tiles)(12, trans, a, lda, i0, p0, mc, kc, out); break;
    default: GEMM_NAME(pack_a_tiles)(mr, trans, a, lda, i0, p0, mc, kc, out); break;
    }
}

static void GEMM_NAME(pack_b)(const GEMM_CONFIG *config, int trans, const GEMM_T *b,
                              int64_t ldb, int64_t p0, int64_t j0, int64_t kc, int64_t nc,
                              GEMM_T *out) {
    const int nr = config->nr;
    if (trans && config->pack_across_rows != NULL) {
        config->pack_across_rows(nr, b, ldb, p0, j0, kc, nc, out);
        return;
    }
    switch (nr) {
    case 8: GEMM_NAME(pack_b_tiles)(8, trans, b, ldb, p0, j0, kc, nc, out); break;
    case 16: GEMM_NAME(pack_b_tiles)(16, trans, b, ldb, p0, j0, kc, nc, out); break;
    case 32: GEMM_NAME(pack_b_tiles)(32, trans, b, ldb, p0, j0, kc, nc, out); break;
    default: GEMM_NAME(pack_b_tiles)(nr, trans, b, ldb, p0, j0, kc, nc, out); break;
    }
}

static int64_t GEMM_NAME(min)(int64_t x, int64_t y) { return x < y ? x : y; }
static int64_t GEMM_NAME(round_up)(int64_t x, int64_t step) { return (x + step - 1) / step * step; }

/// C[m×n] (+)= op(A)·op(B) on the calling thread. With `bias` (and no
/// accumulate), C = op(A)·op(B) + bias, bias[j] added to storage column j of
/// c (which, with transpose_c, is the product's row j): each tile gets it
/// as its first k slice is stored, while the tile is in L1.
static void GEMM_NAME(gemm_serial)(const GEMM_CONFIG *config, int trans_a, int trans_b,
                                   int64_t m, int64_t n, int64_t k, const GEMM_T *a,
                                   int64_t lda, const GEMM_T *b, int64_t ldb, GEMM_T *c,
                                   int64_t ldc, int transpose_c, int accumulate,
                                   const GEMM_T *bias) {
    const int mr = config->mr, nr = config->nr;
    const int64_t kc_max = GEMM_NAME(min)(k, config->kc);
    const int64_t mc_max = GEMM_NAME(round_up)(GEMM_NAME(min)(m, config->mc), mr);
    const int64_t nc_max = GEMM_NAME(round_up)(GEMM_NAME(min)(n, config->nc), nr);
    GEMM_T *packed_a = axon_scratch(0, (size_t)(mc_max * kc_max) * sizeof(GEMM_T));
    GEMM_T *packed_b = axon_scratch(1, (size_t)(nc_max * kc_max) * sizeof(GEMM_T));
    GEMM_T tile[AXON_MAX_TILE] __attribute__((aligned(64)));
    // Packing A pays off when each packed block is read by several B panels;
    // for narrow products (n of one or two panels) A is read in place.
    const int direct_a = config->strided_kernel != NULL && direct_a_policy(n, nr);
    const int64_t a_row_stride = trans_a ? 1 : lda;
    const int64_t a_column_stride = trans_a ? lda : 1;
    // Likewise a row-major B is read in place when few row tiles use each panel.
    const int direct_b = config->strided_kernel != NULL && !trans_b && direct_b_policy(m, mr);

    for (int64_t jc = 0; jc < n; jc += config->nc) {
        const int64_t nc = GEMM_NAME(min)(config->nc, n - jc);
        for (int64_t pc = 0; pc < k; pc += config->kc) {
            const int64_t kc = GEMM_NAME(min)(config->kc, k - pc);
            // Later k slices add to what the first one wrote.
            const int add = accumulate || pc > 0;
            const GEMM_T *slice_bias = pc == 0 ? bias : NULL;
            // Full panels of a directly read B stay in place; the ragged last is packed.
            const int64_t b_packed_from = direct_b ? nc / nr * nr : 0;
            if (b_packed_from < nc) {
                GEMM_NAME(pack_b)(config, trans_b, b, ldb, pc, jc + b_packed_from, kc,
                                  nc - b_packed_from, packed_b);
            }
            for (int64_t ic = 0; ic < m; ic += config->mc) {
                const int64_t mc = GEMM_NAME(min)(config->mc, m - ic);
                // Full row tiles read A in place; a ragged last tile is packed
                // (zero-padded), so the kernel never reads past A's last row.
                const int64_t packed_from = direct_a ? mc / mr * mr : 0;
                if (packed_from < mc) {
                    GEMM_NAME(pack_a)(config, trans_a, a, lda, ic + packed_from, pc, mc - packed_from,
                                      kc, packed_a);
                }
                for (int64_t jr = 0; jr < nc; jr += nr) {
                    const int64_t cols = GEMM_NAME(min)(nr, nc - jr);
                    const int b_in_place = jr < b_packed_from;
                    const GEMM_T *panel_b = b_in_place ? b + pc * ldb + jc + jr
                                                       : packed_b + (jr - b_packed_from) * kc;
                    const int64_t b_stride = b_in_place ? ldb : nr;
                    for (int64_t ir = 0; ir < mc; ir += mr) {
                        const int64_t rows = GEMM_NAME(min)(mr, mc - ir);
                        // With transpose_c the product is Cᵀ: element (i, j) goes to c[j*ldc + i].
                        GEMM_T *target = transpose_c ? c + (jc + jr) * ldc + ic + ir
                                                     : c + (ic + ir) * ldc + jc + jr;
                        const int full = rows == mr && cols == nr && !transpose_c;
                        GEMM_T *output = full ? target : tile;
                        const int64_t output_stride = full ? ldc : nr;
                        const int output_add = full ? add : 0;
                        if (ir < packed_from) {
                            const GEMM_T *source = a + (ic + ir) * a_row_stride + pc * a_column_stride;
                            config->strided_kernel(kc, source, a_row_stride, a_column_stride, panel_b,
                                                   b_stride, output, output_stride, output_add);
                        } else if (b_in_place) {
                            // A packed panel read as a strided one: (r, p) at p*mr + r.
                            const GEMM_T *panel_a = packed_a + (ir - packed_from) * kc;
                            config->strided_kernel(kc, panel_a, 1, mr, panel_b, b_stride, output,
                                                   output_stride, output_add);
                        } else {
                            const GEMM_T *panel_a = packed_a + (ir - packed_from) * kc;
                            config->kernel(kc, panel_a, panel_b, output, output_stride, output_add);
                        }
                        if (full) {
                            // bias + product, as the product added to a C holding the bias.
                            if (slice_bias) {
                                const GEMM_T *row_bias = slice_bias + jc + jr;
                                for (int64_t r = 0; r < rows; r++) {
                                    GEMM_T *line = target + r * ldc;
                                    for (int64_t col = 0; col < cols; col++) line[col] += row_bias[col];
                                }
                            }
                            continue;
                        }
                        if (transpose_c) {
                            for (int64_t col = 0; col < cols; col++) {
                                GEMM_T *line = target + col * ldc;
                                for (int64_t r = 0; r < rows; r++) {
                                    GEMM_T value = tile[r * nr + col];
                                    if (slice_bias) value += slice_bias[ic + ir + r];
                                    line[r] = add ? line[r] + value : value;
                                }
                            }
                            continue;
                        }
                        // Edge tile: the whole padded tile was computed; keep the valid part.
                        for (int64_t r = 0; r < rows; r++) {
                            for (int64_t col = 0; col < cols; col++) {
                                GEMM_T value = tile[r * nr + col];
                                if (slice_bias) value += slice_bias[jc + jr + col];
                                target[r * ldc + col] = add ? target[r * ldc + col] + value : value;
                            }
                        }
                    }
                }
            }
        }
    }
}

typedef struct {
    const GEMM_CONFIG *config;
    int trans_a, trans_b;
    int64_t m, n, k;
    const GEMM_T *a;
    int64_t lda;
    const GEMM_T *b;
    int64_t ldb;
    GEMM_T *c;
    int64_t ldc;
    int accumulate;
    const GEMM_T *bias; // per storage column of c, or NULL (see gemm_serial)
    int transpose_c;    // the job computes Cᵀ (see gemm_serial)
    int split_columns;  // split n (else m) into parts of `step`
    int64_t step;
} GEMM_NAME(gemm_job);

static void GEMM_NAME(gemm_part)(void *context, int part) {
    const GEMM_NAME(gemm_job) *job = context;
    if (job->split_columns) {
        int64_t j0 = part * job->step;
        if (j0 >= job->n) return;
        int64_t columns = GEMM_NAME(min)(job->step, job->n - j0);
        const GEMM_T *b = job->trans_b ? job->b + j0 * job->ldb : job->b + j0;
        GEMM_T *c = job->transpose_c ? job->c + j0 * job->ldc : job->c + j0;
        const GEMM_T *bias = job->bias && !job->transpose_c ? job->bias + j0 : job->bias;
        GEMM_NAME(gemm_serial)(job->config, job->trans_a, job->trans_b, job->m, columns, job->k,
                               job->a, job->lda, b, job->ldb, c, job->ldc, job->transpose_c,
                               job->accumulate, bias);
    } else {
        int64_t i0 = part * job->step;
        if (i0 >= job->m) return;
        int64_t rows = GEMM_NAME(min)(job->step, job->m - i0);
        const GEMM_T *a = job->trans_a ? job->a + i0 : job->a + i0 * job->lda;
        GEMM_T *c = job->transpose_c ? job->c + i0 : job->c + i0 * job->ldc;
        const GEMM_T *bias = job->bias && job->transpose_c ? job->bias + i0 : job->bias;
        GEMM_NAME(gemm_serial)(job->config, job->trans_a, job->trans_b, rows, job->n, job->k,
                               a, job->lda, job->b, job->ldb, c, job->ldc, job->transpose_c,
                               job->accumulate, bias);
    }
}

/// C = op(A)·op(B) + beta·C, or with `bias` (beta then ignored)
/// C = op(A)·op(B) + bias with bias[j] added to column j.
static void GEMM_NAME(gemm)(const GEMM_CONFIG *config, int trans_a, int trans_b, int64_t m,
                            int64_t n, int64_t k, const GEMM_T *a, int64_t lda,
                            const GEMM_T *b, int64_t ldb, GEMM_T beta, const GEMM_T *bias,
                            GEMM_T *c, int64_t ldc) {
    if (m <= 0 || n <= 0) return;
    if (bias) beta = 0;
    if (beta != 0 && beta != 1) {
        for (int64_t i = 0; i < m; i++) {
            for (int64_t j = 0; j < n; j++) c[i * ldc + j] *= beta;
        }
    }
    if (k <= 0) {
        if (beta == 0) {
            for (int64_t i = 0; i < m; i++) {
                for (int64_t j = 0; j < n; j++) c[i * ldc + j] = bias ? bias[j] : 0;
            }
        }
        return;
    }
    GEMM_NAME(gemm_job) job = {
        .config = config, .trans_a = trans_a, .trans_b = trans_b, .m = m, .n = n, .k = k,
        .a = a, .lda = lda, .b = b, .ldb = ldb, .c = c, .ldc = ldc, .accumulate = beta != 0,
        .bias = bias,
    };
    if (config->strided_kernel != NULL && transpose_policy(trans_a, m, n, config->mr, config->nr)) {
        // Cᵀ = op(B)ᵀ·op(A)ᵀ: a narrow n becomes the short side of the tile.
        job.trans_a = !trans_b, job.trans_b = !trans_a;
        job.m = n, job.n = m;
        job.a = b, job.lda = ldb, job.b = a, job.ldb = lda;
        job.transpose_c = 1;
        m = job.m, n = job.n;
    }
    int threads = axon_threads();
    double flops = 2.0 * (double)m * (double)n * (double)k;
    // Below ~2 MFLOP (tens of microseconds) waking a sleeping worker for one
    // product costs more than it saves, but products that come back to back
    // (a training step's) keep a worker awake, and from 0.4 MFLOP on it
    // halves them (64³: 2.3 → 1.4 µs, nn, nt and tn alike).
    if (threads <= 1 || flops < 4e5 || (flops < 2e6 && !axon_pool_takes_small_job())) {
        job.split_columns = 1;
        job.step = n;
        GEMM_NAME(gemm_part)(&job, 0);
        return;
    }
    // Split the longer of m and n: each part packs all of the other operand,
    // so this keeps the repeated packing smallest.
    job.split_columns = n >= m;
    int64_t extent = job.split_columns ? n : m;
    int64_t tile = job.split_columns ? config->nr : config->mr;
    int64_t tiles = (extent + tile - 1) / tile;
    int parts = tiles < threads ? (int)tiles : threads;
    job.step = (tiles + parts - 1) / parts * tile;
    parts = (int)((extent + job.step - 1) / job.step);
    axon_parallel_run(parts, GEMM_NAME(gemm_part), &job);
}
