// Fused optimizer updates: one pass over a parameter, its gradient and its
// state. The arithmetic is PyTorch's single-tensor algorithm, in its order,
// without fused multiply-adds, so every instruction set gives the same bits.
#ifndef AXON_OPTIMIZERS_H
#define AXON_OPTIMIZERS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Hyper-parameters of one Adam step, already folded into per-step constants.
typedef struct {
    double one_minus_beta1;   // 1 − β₁ (the lerp weight of m toward g)
    double beta2;             // β₂
    double one_minus_beta2;   // 1 − β₂
    double eps;               // ε
    double weight_decay;      // λ (coupled: g += λw; decoupled: w *= shrink)
    int decoupled;            // AdamW
    double shrink;            // 1 − γλ (decoupled only)
    double step_size;         // γ / (1 − β₁ᵗ)
    double root_bias_correction2;  // √(1 − β₂ᵗ)
} axon_adam_params;

/// w, m, v (and max_v when non-NULL: AMSGrad) updated in place from g:
///   g' = g + λw (coupled) | w = w·shrink (decoupled)
///   m = m + (1 − β₁)(g' − m);  v = β₂v + (1 − β₂)g'²;  v̂ = max(max_v, v) or v
///   w = w − step_size · m / (√v̂ / root_bias_correction2 + ε)
void axon_adam_f32(float *w, const float *g, float *m, float *v, float *max_v, int64_t n,
                   const axon_adam_params *p);
void axon_adam_f64(double *w, const double *g, double *m, double *v, double *max_v, int64_t n,
                   const axon_adam_params *p);

/// Hyper-parameters of one SGD step.
typedef struct {
    double learning_rate;  // γ
    double momentum;       // μ (0: no buffer)
    double keep;           // 1 − dampening
    double weight_decay;   // λ
    int nesterov;
    int first_step;        // the buffer is set to d instead of updated
} axon_sgd_params;

/// w (and buffer when momentum ≠ 0) updated in place from g:
///   d = g + λw;  b = d (first step) | μb + (1 − τ)d;  d = d + μb (Nesterov) | b;  w = w − γd
void axon_sgd_f32(float *w, const float *g, float *buffer, int64_t n, const axon_sgd_params *p);
void axon_sgd_f64(double *w, const double *g, double *buffer, int64_t n, const axon_sgd_params *p);

#ifdef __cplusplus
}
#endif

#endif
