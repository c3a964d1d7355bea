// Every instruction-set path of the C kernels that this CPU runs, checked
// against the portable C path and a higher-precision reference. Built and run
// by scripts/cross_kernels.sh: for aarch64 under qemu-aarch64, so the NEON
// kernels are run on every CI pass although no arm64 machine is at hand; the
// Swift suite's InstructionSetTests cover x86's paths natively.
//
// Bounds, as InstructionSetTests states them:
// - GEMM: each element is a sum of k products; any order of FMAs or of
//   multiplies and adds is within γₖ·Σ|aᵢₚbₚⱼ| of the exact sum (Higham,
//   "Accuracy and Stability of Numerical Algorithms", §3.1), checked against
//   a long double reference. The bias adds one rounding more.
// - Add, subtract, multiply, divide, square root, maximum, minimum,
//   comparisons, negation, absolute value: correctly rounded or exact in
//   every ISA: equal bits (NaN where NaN).
// - float32 exp, log, tanh, sigmoid and the activation gradients: within 4 ulp.
// - Sums: within γₙ·Σ|xᵢ|; maximum and minimum: equal, NaN propagating.
#include "axon_kernels.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
static int checks = 0;

static void fail(const char *what, const char *isa, const char *detail) {
    if (failures < 40) fprintf(stderr, "FAIL %s [%s]: %s\n", what, isa, detail);
    failures++;
}

static uint64_t state = 0x9E3779B97F4A7C15ull;

/// Uniform in [-1, 1).
static double next_signed(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (double)(state >> 11) / 9007199254740992.0 * 2 - 1;
}

static const char *const every_isa[] = {"scalar", "avx2", "avx512", "neon"};

/// Units in the last place between two floats (0 when both are NaN).
static int64_t ulps_f32(float x, float y) {
    if (isnan(x) || isnan(y)) return isnan(x) && isnan(y) ? 0 : INT64_MAX;
    if (x == y) return 0;
    int32_t a, b;
    memcpy(&a, &x, 4);
    memcpy(&b, &y, 4);
    if (a < 0) a = INT32_MIN - a;
    if (b < 0) b = INT32_MIN - b;
    return llabs((int64_t)a - (int64_t)b);
}

static int same_f64(double x, double y) { return (isnan(x) && isnan(y)) || memcmp(&x, &y, 8) == 0; }

// MARK: - GEMM

static const int64_t shapes[][3] = {
    {1, 1, 1},    {1, 3, 17},    {3, 1, 65},    {17, 65, 3},  {65, 17, 300}, {300, 3, 17},
    {3, 300, 65}, {17, 300, 1},  {64, 64, 300}, {40, 96, 257}, {96, 48, 530}, {128, 10, 128},
    {10, 128, 128}, {1, 256, 784}, {130, 70, 9},
};

#define GEMM_CHECK(T, SUFFIX, UNIT)                                                                          \
    static void check_gemm_##SUFFIX(const char *isa, int threads) {                                         \
        axon_set_threads(threads);                                                                          \
        for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {                                    \
            const int64_t m = shapes[s][0], n = shapes[s][1], k = shapes[s][2];                            \
            T *a = malloc(sizeof(T) * m * k), *b = malloc(sizeof(T) * k * n), *bias = malloc(sizeof(T) * n); \
            T *at = malloc(sizeof(T) * m * k), *bt = malloc(sizeof(T) * k * n);                            \
            T *c = malloc(sizeof(T) * m * n);                                                               \
            for (int64_t i = 0; i < m * k; i++) a[i] = (T)next_signed();                                    \
            for (int64_t i = 0; i < k * n; i++) b[i] = (T)next_signed();                                    \
            for (int64_t j = 0; j < n; j++) bias[j] = (T)next_signed();                                     \
            for (int64_t i = 0; i < m; i++)                                                                 \
                for (int64_t p = 0; p < k; p++) at[p * m + i] = a[i * k + p];                               \
            for (int64_t p = 0; p < k; p++)                                                                 \
                for (int64_t j = 0; j < n; j++) bt[j * k + p] = b[p * n + j];                               \
            long double *exact = malloc(sizeof(long double) * m * n);                                       \
            long double *magnitude = malloc(sizeof(long double) * m * n);                                   \
            for (int64_t i = 0; i < m; i++) {                                                               \
                for (int64_t j = 0; j < n; j++) {                                                           \
                    long double sum = 0, size = 0;                                                          \
                    for (int64_t p = 0; p < k; p++) {                                                       \
                        const long double product = (long double)a[i * k + p] * b[p * n + j];               \
                        sum += product;                                                                     \
                        size += fabsl(product);                                                             \
                    }                                                                                       \
                    exact[i * n + j] = sum, magnitude[i * n + j] = size;                                    \
                }                                                                                           \
            }                                                                                               \
            const double gamma = (double)k * UNIT / (1 - (double)k * UNIT);                                 \
            for (int form = 0; form < 4; form++) {                                                          \
                const int ta = form >> 1, tb = form & 1;                                                    \
                for (int variant = 0; variant < 3; variant++) {                                            \
                    /* 0: beta 0 over garbage; 1: beta 1 onto 0.5; 2: with the bias */                      \
                    for (int64_t i = 0; i < m * n; i++) c[i] = variant == 0 ? (T)NAN : (T)0.5;             \
                    if (variant == 2) {                                                                     \
                        axon_gemm_bias_##SUFFIX(ta, tb, m, n, k, ta ? at : a, ta ? m : k, tb ? bt : b,     \
                                                tb ? k : n, bias, c, n);                                     \
                    } else {                                                                                \
                        axon_gemm_##SUFFIX(ta, tb, m, n, k, ta ? at : a, ta ? m : k, tb ? bt : b,          \
                                           tb ? k : n, (T)variant, c, n);                                   \
                    }                                                                                       \
                    checks++;                                                                               \
                    for (int64_t i = 0; i < m; i++) {                                                       \
                        for (int64_t j = 0; j < n; j++) {                                                   \
                            const long double sum = exact[i * n + j], offset =                              \
                                variant == 1 ? 0.5L : variant == 2 ? bias[j] : 0;                           \
                            const long double bound = gamma * magnitude[i * n + j] +                        \
                                (variant ? UNIT * (fabsl(sum) + fabsl(offset)) * 2 : 0) + 1e-300L;          \
                            const long double error = fabsl((long double)c[i * n + j] - (sum + offset));    \
                            if (!(error <= bound)) {                                                        \
                                char detail[200];                                                           \
                                snprintf(detail, sizeof detail,                                             \
                                         "%s%s m %lld n %lld k %lld variant %d threads %d: C[%lld][%lld] "  \
                                         "off by %Lg, bound %Lg",                                           \
                                         ta ? "t" : "n", tb ? "t" : "n", (long long)m, (long long)n,        \
                                         (long long)k, variant, threads, (long long)i, (long long)j, error, \
                                         bound);                                                            \
                                fail("gemm_" #SUFFIX, isa, detail);                                         \
                                i = m;                                                                      \
                                break;                                                                      \
                            }                                                                               \
                        }                                                                                   \
                    }                                                                                       \
                }                                                                                           \
            }                                                                                               \
            free(a), free(b), free(bias), free(at), free(bt), free(c), free(exact), free(magnitude);                                   \
        }                                                                                                   \
        axon_set_threads(0);                                                                                \
    }

GEMM_CHECK(float, f32, 0x1p-24)
GEMM_CHECK(double, f64, 0x1p-53)

// MARK: - Elementwise, against the portable path

/// Inputs with the awkward values among ordinary ones, at lengths that leave
/// every vector tail.
static const int64_t lengths[] = {0, 1, 3, 4, 7, 8, 15, 16, 17, 31, 33, 64, 67, 1000};
#define SPECIALS 9

static void fill_f32(float *x, int64_t n, double scale, int positive) {
    static const float special[SPECIALS] = {0.0f, -0.0f, 1.0f, -1.0f, INFINITY, -INFINITY, NAN, 1e-40f, 88.0f};
    for (int64_t i = 0; i < n; i++) {
        float value = (float)(next_signed() * scale);
        if (i % 11 == 5) value = special[(i / 11) % SPECIALS];
        x[i] = positive ? fabsf(value) : value;
    }
}

static void check_binary(const char *isa) {
    for (int op = AXON_ADD; op <= AXON_SIGMOID_BACKWARD; op++) {
        // Correctly rounded in every ISA; the rest go through polynomials or formulas.
        const int64_t tolerance = op == AXON_POW || op >= AXON_TANH_BACKWARD ? 4 : 0;
        for (size_t l = 0; l < sizeof lengths / sizeof lengths[0]; l++) {
            const int64_t n = lengths[l];
            float *x = malloc(4 * (n + 1)), *y = malloc(4 * (n + 1)), *want = malloc(4 * (n + 1)),
                  *got = malloc(4 * (n + 1));
            fill_f32(x, n, 4, 0);
            fill_f32(y, n, 4, op == AXON_POW);
            for (int form = 0; form < 3; form++) {
                axon_set_kernel_isa("scalar");
                if (form == 0) axon_binary_f32(op, x, y, want, n);
                if (form == 1) axon_binary_vs_f32(op, x, 1.5f, want, n);
                if (form == 2) axon_binary_sv_f32(op, -0.75f, y, want, n);
                axon_set_kernel_isa(isa);
                if (form == 0) axon_binary_f32(op, x, y, got, n);
                if (form == 1) axon_binary_vs_f32(op, x, 1.5f, got, n);
                if (form == 2) axon_binary_sv_f32(op, -0.75f, y, got, n);
                checks++;
                for (int64_t i = 0; i < n; i++) {
                    if (ulps_f32(got[i], want[i]) > tolerance) {
                        char detail[160];
                        snprintf(detail, sizeof detail, "op %d form %d n %lld: [%lld] %.9g, portable %.9g", op, form,
                                 (long long)n, (long long)i, got[i], want[i]);
                        fail("binary_f32", isa, detail);
                        break;
                    }
                }
            }
            double *xd = malloc(8 * (n + 1)), *yd = malloc(8 * (n + 1)), *wantd = malloc(8 * (n + 1)),
                   *gotd = malloc(8 * (n + 1));
            for (int64_t i = 0; i < n; i++) xd[i] = x[i], yd[i] = y[i];
            axon_set_kernel_isa("scalar");
            axon_binary_f64(op, xd, yd, wantd, n);
            axon_set_kernel_isa(isa);
            axon_binary_f64(op, xd, yd, gotd, n);
            checks++;
            for (int64_t i = 0; i < n; i++) {
                // float64 transcendental work is libm's in every ISA.
                if (!same_f64(gotd[i], wantd[i]) && !(tolerance && fabs(gotd[i] - wantd[i]) <= 1e-15 * fabs(wantd[i]))) {
                    char detail[160];
                    snprintf(detail, sizeof detail, "op %d n %lld: [%lld] %.17g, portable %.17g", op, (long long)n,
                             (long long)i, gotd[i], wantd[i]);
                    fail("binary_f64", isa, detail);
                    break;
                }
            }
            free(x), free(y), free(want), free(got), free(xd), free(yd), free(wantd), free(gotd);
        }
    }
}

static void check_unary(const char *isa) {
    for (int op = AXON_NEG; op <= AXON_SIGN; op++) {
        const int64_t tolerance = op == AXON_EXP || op == AXON_LOG || op == AXON_TANH || op == AXON_SIGMOID ? 4 : 0;
        for (size_t l = 0; l < sizeof lengths / sizeof lengths[0]; l++) {
            const int64_t n = lengths[l];
            float *x = malloc(4 * (n + 1)), *want = malloc(4 * (n + 1)), *got = malloc(4 * (n + 1));
            fill_f32(x, n, op == AXON_EXP ? 80 : 12, op == AXON_LOG || op == AXON_SQRT);
            axon_set_kernel_isa("scalar");
            axon_unary_f32(op, x, want, n);
            axon_set_kernel_isa(isa);
            axon_unary_f32(op, x, got, n);
            checks++;
            for (int64_t i = 0; i < n; i++) {
                if (ulps_f32(got[i], want[i]) > tolerance) {
                    char detail[160];
                    snprintf(detail, sizeof detail, "op %d n %lld: f(%.9g) = %.9g, portable %.9g", op, (long long)n,
                             x[i], got[i], want[i]);
                    fail("unary_f32", isa, detail);
                    break;
                }
            }
            free(x), free(want), free(got);
        }
    }
}

static void check_reductions(const char *isa) {
    for (size_t l = 1; l < sizeof lengths / sizeof lengths[0]; l++) {
        const int64_t n = lengths[l];
        float *x = malloc(4 * n);
        for (int with_nan = 0; with_nan < 2; with_nan++) {
            for (int64_t i = 0; i < n; i++) x[i] = (float)(next_signed() * 100);
            if (with_nan) x[n / 2] = NAN;
            for (int op = AXON_SUM; op <= AXON_MINIMUM; op++) {
                axon_set_kernel_isa(isa);
                const float got = axon_reduce_f32(op, x, n);
                checks++;
                long double exact = 0, magnitude = 0;
                for (int64_t i = 0; i < n; i++) exact += x[i], magnitude += fabsl((long double)x[i]);
                axon_set_kernel_isa("scalar");
                const float want = axon_reduce_f32(op, x, n);
                const double gamma = (double)n * 0x1p-24 / (1 - (double)n * 0x1p-24);
                const int good = with_nan ? isnan(got)
                                 : op == AXON_SUM ? fabsl(got - exact) <= gamma * magnitude
                                                  : ulps_f32(got, want) == 0;
                if (!good) {
                    char detail[160];
                    snprintf(detail, sizeof detail, "op %d n %lld nan %d: %.9g, portable %.9g", op, (long long)n,
                             with_nan, got, want);
                    fail("reduce_f32", isa, detail);
                }
            }
        }
        free(x);
    }
}

/// kernel_check [c|prebuilt]: with an argument, also fails unless the
/// kernels linked are that copy (prebuilt.h's choice, axon_kernels_prebuilt).
int main(int argc, char **argv) {
    const int prebuilt = axon_kernels_prebuilt();
    printf("kernels: %s\n", prebuilt ? "prebuilt assembly" : "compiled C");
    if (argc > 1 && strcmp(argv[1], prebuilt ? "prebuilt" : "c") != 0) {
        fail("copy", "-", argv[1]);
        return 1;
    }
    int ran = 0;
    for (size_t i = 0; i < sizeof every_isa / sizeof every_isa[0]; i++) {
        const char *isa = every_isa[i];
        if (!axon_kernel_isa_supported(isa)) continue;
        if (!axon_set_kernel_isa(isa) || strcmp(axon_kernel_isa(), isa) != 0) {
            fail("dispatch", isa, "axon_set_kernel_isa did not take it");
            continue;
        }
        ran++;
        for (int threads = 1; threads <= 2; threads++) {
            axon_set_kernel_isa(isa);
            check_gemm_f32(isa, threads);
            axon_set_kernel_isa(isa);
            check_gemm_f64(isa, threads);
        }
        check_binary(isa);
        check_unary(isa);
        check_reductions(isa);
        printf("%s: checked\n", isa);
    }
    axon_set_kernel_isa(NULL);
    printf("%d instruction sets, %d checks, %d failures (automatic choice: %s)\n", ran, checks, failures,
           axon_kernel_isa());
    return failures == 0 && ran > 0 ? 0 : 1;
}
