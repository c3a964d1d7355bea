"""Expected learning-rate sequences for ScheduleTests.swift, without torch.

Each scheduler below is written from torch.optim.lr_scheduler's documented
*recursive* update (what `scheduler.step()` does each step), not from the
closed forms that AxonOptim implements, so the two check each other.
Run: python3 make_schedules.py   (prints Swift array literals)
"""
import math

def step_lr(base, step_size, gamma, n):
    lr, out = base, []
    for t in range(n):
        if t != 0 and t % step_size == 0:
            lr *= gamma
        out.append(lr)
    return out

def multi_step_lr(base, milestones, gamma, n):
    lr, out = base, []
    for t in range(n):
        lr *= gamma ** milestones.count(t)
        out.append(lr)
    return out

def exponential_lr(base, gamma, n):
    lr, out = base, []
    for t in range(n):
        if t != 0:
            lr *= gamma
        out.append(lr)
    return out

class Cosine:
    def __init__(self, base, t_max, eta_min):
        self.base, self.t_max, self.eta_min, self.t, self.lr = base, t_max, eta_min, 0, base
    def step(self):
        self.t += 1
        t, T, b, e = self.t, self.t_max, self.base, self.eta_min
        if (t - 1 - T) % (2 * T) == 0:
            self.lr = self.lr + (b - e) * (1 - math.cos(math.pi / T)) / 2
        else:
            self.lr = (1 + math.cos(math.pi * t / T)) / (1 + math.cos(math.pi * (t - 1) / T)) * (self.lr - e) + e
        return self.lr

def cosine_lr(base, t_max, eta_min, n):
    c = Cosine(base, t_max, eta_min)
    return [base] + [c.step() for _ in range(n - 1)]

def linear_lr(base, start, end, total, n):
    lr, out = base * start, []
    for t in range(n):
        if 0 < t <= total:
            lr = lr * (1.0 + (end - start) / (total * start + (t - 1) * (end - start)))
        out.append(lr)
    return out

def one_cycle(max_lr, total, pct=0.3, div=25.0, final_div=1e4, three_phase=False, anneal="cos"):
    initial = max_lr / div
    minimum = initial / final_div
    if three_phase:
        phases = [(float(pct * total) - 1, initial, max_lr), (float(2 * pct * total) - 2, max_lr, initial), (total - 1, initial, minimum)]
    else:
        phases = [(float(pct * total) - 1, initial, max_lr), (total - 1, max_lr, minimum)]
    def f(a, b, p):
        return b + (a - b) / 2.0 * (math.cos(math.pi * p) + 1) if anneal == "cos" else (b - a) * p + a
    out = []
    for step in range(total):
        start = 0
        for i, (end, a, b) in enumerate(phases):
            if step <= end or i == len(phases) - 1:
                out.append(f(a, b, (step - start) / (end - start)))
                break
            start = end
    return out

def warmup_then_cosine(base, warm, t_max, n):
    # SequentialLR([LinearLR(start_factor=0.1, total_iters=warm), CosineAnnealingLR(T_max=t_max)], milestones=[warm]):
    # at the milestone the cosine scheduler restarts at its epoch 0 (its base rate), then steps recursively.
    out = linear_lr(base, 0.1, 1.0, warm, warm)
    c = Cosine(base, t_max, 0.0)
    out.append(base)
    while len(out) < n:
        out.append(c.step())
    return out

def plateau(lr, metrics, factor=0.1, patience=10, threshold=1e-4, cooldown=0, min_lr=0.0, eps=1e-8):
    best, bad, cool, out = math.inf, 0, 0, []
    for m in metrics:
        if m < best * (1 - threshold):
            best, bad = m, 0
        else:
            bad += 1
        if cool > 0:
            cool, bad = cool - 1, 0
        if bad > patience:
            new = max(lr * factor, min_lr)
            if lr - new > eps:
                lr = new
            cool, bad = cooldown, 0
        out.append(lr)
    return out

def show(name, xs):
    print(f"let {name}: [Double] = [" + ", ".join(repr(x) for x in xs) + "]")

show("stepExpected", step_lr(0.1, 3, 0.5, 10))
show("multiStepExpected", multi_step_lr(0.1, [2, 5, 5, 8], 0.1, 10))
show("exponentialExpected", exponential_lr(0.2, 0.9, 8))
show("cosineExpected", cosine_lr(0.1, 10, 0.001, 25))
show("linearExpected", linear_lr(0.05, 1 / 3, 1.0, 5, 8))
show("linearDownExpected", linear_lr(0.05, 1.0, 0.25, 4, 6))
show("oneCycleExpected", one_cycle(0.1, 20))
show("oneCycleThreePhaseLinearExpected", one_cycle(0.1, 20, pct=0.25, three_phase=True, anneal="linear"))
show("warmupCosineExpected", warmup_then_cosine(0.1, 4, 8, 14))
plateau_metrics = [1.0, 0.9, 0.9, 0.9, 0.89995, 0.9, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8]
show("plateauMetrics", plateau_metrics)
show("plateauExpected", plateau(0.1, plateau_metrics, factor=0.5, patience=2, cooldown=1))
