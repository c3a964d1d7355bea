"""Expected trajectories for the optimizers without PyTorch fixtures (Adadelta,
Adamax, NAdam), for OptimizerRuleTests.swift, without torch.

Each update is written in plain Python floats, one coordinate at a time, from
the algorithm box of the torch.optim documentation page of the optimizer
(PyTorch's defaults as stated there). The problem: f(w) = Σ cᵢ·wᵢ² / 2 with
c = [1, 10, 0.1], from w = [1, -2, 3]; gradient cᵢ·wᵢ.
Run: python3 make_rules.py   (prints Swift array literals: w after each step)
"""
import math

C = [1.0, 10.0, 0.1]
W0 = [1.0, -2.0, 3.0]
STEPS = 6

def adadelta(lr=1.0, rho=0.9, eps=1e-6, wd=0.0):
    w, v, u, out = list(W0), [0.0] * 3, [0.0] * 3, []
    for t in range(1, STEPS + 1):
        for i in range(3):
            g = C[i] * w[i] + wd * w[i]
            v[i] = rho * v[i] + (1 - rho) * g * g
            delta = math.sqrt(u[i] + eps) / math.sqrt(v[i] + eps) * g
            u[i] = rho * u[i] + (1 - rho) * delta * delta
            w[i] -= lr * delta
        out += w
    return out

def adamax(lr=2e-3, b1=0.9, b2=0.999, eps=1e-8, wd=0.0):
    w, m, u, out = list(W0), [0.0] * 3, [0.0] * 3, []
    for t in range(1, STEPS + 1):
        for i in range(3):
            g = C[i] * w[i] + wd * w[i]
            m[i] = b1 * m[i] + (1 - b1) * g
            u[i] = max(b2 * u[i], abs(g) + eps)
            w[i] -= lr / (1 - b1 ** t) * m[i] / u[i]
        out += w
    return out

def nadam(lr=2e-3, b1=0.9, b2=0.999, eps=1e-8, wd=0.0, psi=4e-3):
    w, m, v, out = list(W0), [0.0] * 3, [0.0] * 3, []
    prod = 1.0
    for t in range(1, STEPS + 1):
        mu = b1 * (1 - 0.5 * 0.96 ** (t * psi))
        mu_next = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi))
        prod *= mu
        for i in range(3):
            g = C[i] * w[i] + wd * w[i]
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            m_hat = mu_next * m[i] / (1 - prod * mu_next) + (1 - mu) * g / (1 - prod)
            v_hat = v[i] / (1 - b2 ** t)
            w[i] -= lr * m_hat / (math.sqrt(v_hat) + eps)
        out += w
    return out

def show(name, xs):
    print(f"static let {name}: [Double] = [" + ", ".join(repr(x) for x in xs) + "]")

show("adadeltaDefault", adadelta())
show("adadeltaTuned", adadelta(lr=0.5, rho=0.8, eps=1e-4, wd=0.1))
show("adamaxDefault", adamax())
show("adamaxTuned", adamax(lr=0.1, b1=0.8, b2=0.9, wd=0.05))
show("nadamDefault", nadam())
show("nadamTuned", nadam(lr=0.1, b1=0.8, b2=0.95, wd=0.05, psi=0.1))
