// Temporary scalar implementations: replaced by the dispatched kernels.
#include "axon_kernels.h"
#include <math.h>
#include <unistd.h>

static int g_threads = 0;
const char *axon_kernel_isa(void) { return "portable"; }
int axon_flops_per_cycle_f32(void) { return 8; }
void axon_set_threads(int t) { g_threads = t < 1 ? 1 : t; }
int axon_threads(void) { if (g_threads == 0) { long c = sysconf(_SC_NPROCESSORS_ONLN); g_threads = c < 1 ? 1 : (int)c; } return g_threads; }

#define GEMM(NAME, T) \
void NAME(int ta, int tb, int64_t m, int64_t n, int64_t k, const T *a, int64_t lda, const T *b, int64_t ldb, T beta, T *c, int64_t ldc) { \
  for (int64_t i = 0; i < m; i++) for (int64_t j = 0; j < n; j++) { \
    T s = 0; for (int64_t p = 0; p < k; p++) { T av = ta ? a[p*lda+i] : a[i*lda+p]; T bv = tb ? b[j*ldb+p] : b[p*ldb+j]; s += av*bv; } \
    c[i*ldc+j] = beta == 0 ? s : s + beta*c[i*ldc+j]; } }
GEMM(axon_gemm_f32, float)
GEMM(axon_gemm_f64, double)

#define BIN(T, SUF, POW, MAXF, MINF) \
static inline T bin_##SUF(axon_binary_op op, T x, T y) { switch (op) { \
  case AXON_ADD: return x+y; case AXON_SUB: return x-y; case AXON_MUL: return x*y; case AXON_DIV: return x/y; \
  case AXON_MAX: return (x != x || y != y) ? x+y : (x > y ? x : y); \
  case AXON_MIN: return (x != x || y != y) ? x+y : (x < y ? x : y); \
  case AXON_POW: return POW(x, y); } return 0; } \
void axon_binary_##SUF(axon_binary_op op, const T *x, const T *y, T *z, int64_t n) { for (int64_t i=0;i<n;i++) z[i]=bin_##SUF(op,x[i],y[i]); } \
void axon_binary_vs_##SUF(axon_binary_op op, const T *x, T y, T *z, int64_t n) { for (int64_t i=0;i<n;i++) z[i]=bin_##SUF(op,x[i],y); } \
void axon_binary_sv_##SUF(axon_binary_op op, T x, const T *y, T *z, int64_t n) { for (int64_t i=0;i<n;i++) z[i]=bin_##SUF(op,x,y[i]); }
BIN(float, f32, powf, fmaxf, fminf)
BIN(double, f64, pow, fmax, fmin)

#define UN(T, SUF, EXP, LOG, TANH, SQRT, FABS) \
static inline T un_##SUF(axon_unary_op op, T x) { switch (op) { \
  case AXON_NEG: return -x; case AXON_ABS: return FABS(x); case AXON_SQRT: return SQRT(x); \
  case AXON_EXP: return EXP(x); case AXON_LOG: return LOG(x); case AXON_TANH: return TANH(x); \
  case AXON_SIGMOID: if (x >= 0) return 1/(1+EXP(-x)); else { T e = EXP(x); return e/(1+e); } \
  case AXON_RELU: return x > 0 ? x : (x != x ? x : 0); case AXON_SQUARE: return x*x; case AXON_RECIPROCAL: return 1/x; \
  case AXON_SIGN: return x > 0 ? 1 : (x < 0 ? -1 : (x != x ? x : 0)); } return 0; } \
void axon_unary_##SUF(axon_unary_op op, const T *x, T *y, int64_t n) { for (int64_t i=0;i<n;i++) y[i]=un_##SUF(op,x[i]); }
UN(float, f32, expf, logf, tanhf, sqrtf, fabsf)
UN(double, f64, exp, log, tanh, sqrt, fabs)

#define RED(T, SUF) \
static inline T red1_##SUF(axon_reduce_op op, T a, T x) { switch (op) { \
  case AXON_SUM: return a+x; case AXON_MAXIMUM: return (a!=a||x!=x) ? a+x : (x>a?x:a); case AXON_MINIMUM: return (a!=a||x!=x) ? a+x : (x<a?x:a); } return a; } \
T axon_reduce_##SUF(axon_reduce_op op, const T *x, int64_t n) { double s = op==AXON_SUM ? 0 : x[0]; T r = op==AXON_SUM?0:x[0]; \
  if (op==AXON_SUM) { for (int64_t i=0;i<n;i++) s+=x[i]; return (T)s; } for (int64_t i=1;i<n;i++) r=red1_##SUF(op,r,x[i]); return r; } \
void axon_reduce_rows_##SUF(axon_reduce_op op, const T *x, int64_t m, int64_t n, T *y, int acc) { \
  for (int64_t j=0;j<n;j++) { T r = x[j]; for (int64_t i=1;i<m;i++) r = red1_##SUF(op, r, x[i*n+j]); y[j] = acc ? red1_##SUF(op, y[j], r) : r; } }
RED(float, f32)
RED(double, f64)
