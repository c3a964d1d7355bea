import Foundation

/// A learning rate as a function of the step: `schedule(t)` is the rate for
/// the optimizer step taken after `t` earlier steps (PyTorch's `last_epoch`
/// of a scheduler stepped once per optimizer step; `t` counts epochs just as
/// well when the trainer steps it per epoch).
///
/// Schedules are plain values: a trainer sets
/// `optimizer.learningRate = schedule(t)` before each step. The constructors
/// follow `torch.optim.lr_scheduler`'s closed forms with PyTorch's defaults,
/// and schedules compose in sequence:
///
/// ```swift
/// let warmup = try LearningRateSchedule.linearWarmup(learningRate: 0.1, steps: 5)
/// let cosine = try LearningRateSchedule.cosineAnnealing(learningRate: 0.1, steps: 95)
/// let schedule = warmup.then(cosine, after: 5)
/// optimizer.learningRate = schedule(step)
/// ```
///
/// A rate that depends on a monitored metric rather than the step is
/// ``ReduceLearningRateOnPlateau``.
public struct LearningRateSchedule: Sendable {
    private let rate: @Sendable (Int) -> Double

    /// A schedule from any function of the step (PyTorch's `LambdaLR`, with
    /// the base rate folded in).
    public init(_ rate: @escaping @Sendable (_ step: Int) -> Double) {
        self.rate = rate
    }

    /// The learning rate after `step` earlier steps (`step` ≥ 0).
    public func callAsFunction(_ step: Int) -> Double {
        precondition(step >= 0, "LearningRateSchedule: step must be >= 0, got \(step)")
        return rate(step)
    }

    /// The first `count` rates: `[self(0), self(1), ...]`.
    public func rates(count: Int) -> [Double] {
        (0..<count).map { self($0) }
    }
}

extension LearningRateSchedule {
    /// The same rate at every step.
    public static func constant(_ learningRate: Double) -> LearningRateSchedule {
        LearningRateSchedule { _ in learningRate }
    }

    /// The rate multiplied by γ every `stepSize` steps, as `StepLR`:
    /// γ₀·γ^⌊t / stepSize⌋.
    ///
    /// - Parameters:
    ///   - learningRate: the starting rate γ₀.
    ///   - stepSize: the number of steps between decays, at least 1.
    ///   - gamma: γ, the factor of each decay. The default value is `0.1`.
    /// - Throws: ``OptimizerError`` for a negative rate or a step size below 1.
    public static func step(learningRate: Double, stepSize: Int, gamma: Double = 0.1) throws(OptimizerError) -> LearningRateSchedule {
        let require = Requirement(owner: "step schedule")
        try require.nonNegative("learningRate", learningRate)
        try require.check(stepSize >= 1, "stepSize", stepSize, "must be >= 1")
        return LearningRateSchedule { t in learningRate * pow(gamma, Double(t / stepSize)) }
    }

    /// The rate multiplied by γ at each milestone, as `MultiStepLR`:
    /// γ₀·γ^(number of milestones ≤ t). A milestone listed twice decays twice.
    ///
    /// - Parameters:
    ///   - learningRate: the starting rate γ₀.
    ///   - milestones: the steps at which the rate decays.
    ///   - gamma: γ, the factor of each decay. The default value is `0.1`.
    /// - Throws: ``OptimizerError`` for a negative rate.
    public static func multiStep(learningRate: Double, milestones: [Int], gamma: Double = 0.1) throws(OptimizerError) -> LearningRateSchedule {
        try Requirement(owner: "multi-step schedule").nonNegative("learningRate", learningRate)
        return LearningRateSchedule { t in
            let passed = milestones.filter { $0 <= t }.count
            return learningRate * pow(gamma, Double(passed))
        }
    }

    /// The rate multiplied by γ every step, as `ExponentialLR`: γ₀·γᵗ.
    ///
    /// - Throws: ``OptimizerError`` for a negative rate.
    public static func exponential(learningRate: Double, gamma: Double) throws(OptimizerError) -> LearningRateSchedule {
        try Requirement(owner: "exponential schedule").nonNegative("learningRate", learningRate)
        return LearningRateSchedule { t in learningRate * pow(gamma, Double(t)) }
    }

    /// Half a cosine from the rate down to a minimum over `steps` steps, as
    /// `CosineAnnealingLR` (its closed form, which rises again after `steps`):
    ///
    ///     η_min + (γ₀ − η_min)·(1 + cos(π·t / T)) / 2
    ///
    /// Paper: Loshchilov & Hutter, "SGDR: Stochastic Gradient Descent with
    /// Warm Restarts" (ICLR 2017).
    ///
    /// - Parameters:
    ///   - learningRate: the starting rate γ₀.
    ///   - steps: T, PyTorch's `T_max`: the steps to reach the minimum, at least 1.
    ///   - minimumLearningRate: η_min, PyTorch's `eta_min`. The default value is `0`.
    /// - Throws: ``OptimizerError`` for a negative rate or `steps` below 1.
    public static func cosineAnnealing(
        learningRate: Double, steps: Int, minimumLearningRate: Double = 0
    ) throws(OptimizerError) -> LearningRateSchedule {
        let require = Requirement(owner: "cosine annealing schedule")
        try require.nonNegative("learningRate", learningRate)
        try require.check(steps >= 1, "steps", steps, "must be >= 1")
        try require.nonNegative("minimumLearningRate", minimumLearningRate)
        let span = learningRate - minimumLearningRate
        let period = Double(steps)
        return LearningRateSchedule { t in
            let cosine = cos(Double.pi * Double(t) / period)
            return minimumLearningRate + span * (1 + cosine) / 2
        }
    }

    /// A linear ramp of the rate's factor from `startFactor` to `endFactor`
    /// over `steps` steps, then constant, as `LinearLR`:
    ///
    ///     γ₀·(s + (e − s)·min(t, T) / T)
    ///
    /// - Parameters:
    ///   - learningRate: the rate γ₀ the factors multiply.
    ///   - startFactor: s, in (0, 1]. The default value is `1/3`.
    ///   - endFactor: e, in [0, 1]. The default value is `1`.
    ///   - steps: T, PyTorch's `total_iters`, at least 1. The default value is `5`.
    /// - Throws: ``OptimizerError`` for a factor out of range, a negative rate or `steps` below 1.
    public static func linearWarmup(
        learningRate: Double, startFactor: Double = 1.0 / 3.0, endFactor: Double = 1, steps: Int = 5
    ) throws(OptimizerError) -> LearningRateSchedule {
        let require = Requirement(owner: "linear warm-up schedule")
        try require.nonNegative("learningRate", learningRate)
        try require.check(startFactor > 0 && startFactor <= 1, "startFactor", startFactor, "must be in (0, 1]")
        try require.check(endFactor >= 0 && endFactor <= 1, "endFactor", endFactor, "must be in [0, 1]")
        try require.check(steps >= 1, "steps", steps, "must be >= 1")
        return LearningRateSchedule { t in
            let progress = Double(Swift.min(t, steps)) / Double(steps)
            return learningRate * (startFactor + (endFactor - startFactor) * progress)
        }
    }

    /// How ``oneCycle(maxLearningRate:totalSteps:warmupFraction:annealing:initialDivisor:finalDivisor:threePhase:)``
    /// moves between two rates.
    public enum Annealing: Sendable {
        /// Half a cosine: b + (a − b)·(1 + cos(π·p)) / 2 from a to b.
        case cosine
        /// A straight line: a + (b − a)·p.
        case linear
    }

    /// The one-cycle policy, as `OneCycleLR`: the rate climbs from
    /// `maxLearningRate / initialDivisor` to `maxLearningRate` over the first
    /// `warmupFraction` of the steps, then anneals down to
    /// `maxLearningRate / initialDivisor / finalDivisor` at step `totalSteps − 1`,
    /// and stays there. With `threePhase`, it first comes back down to the
    /// starting rate symmetrically, then anneals to the minimum.
    ///
    /// PyTorch's scheduler also cycles momentum; this schedule gives the rate only.
    ///
    /// Paper: Smith & Topin, "Super-Convergence: Very Fast Training of Neural
    /// Networks Using Large Learning Rates" (2017).
    ///
    /// - Parameters:
    ///   - maxLearningRate: the peak rate.
    ///   - totalSteps: the length of the cycle, at least 1.
    ///   - warmupFraction: PyTorch's `pct_start`, in [0, 1]. The default value is `0.3`.
    ///   - annealing: the shape of each phase. The default value is ``Annealing/cosine``.
    ///   - initialDivisor: PyTorch's `div_factor`. The default value is `25`.
    ///   - finalDivisor: PyTorch's `final_div_factor`. The default value is `1e4`.
    ///   - threePhase: PyTorch's `three_phase`. The default value is `false`.
    /// - Throws: ``OptimizerError`` for `totalSteps` below 1, a fraction out of
    ///   range, or a non-positive divisor.
    public static func oneCycle(
        maxLearningRate: Double, totalSteps: Int, warmupFraction: Double = 0.3, annealing: Annealing = .cosine,
        initialDivisor: Double = 25, finalDivisor: Double = 1e4, threePhase: Bool = false
    ) throws(OptimizerError) -> LearningRateSchedule {
        let require = Requirement(owner: "one-cycle schedule")
        try require.nonNegative("maxLearningRate", maxLearningRate)
        try require.check(totalSteps >= 1, "totalSteps", totalSteps, "must be >= 1")
        try require.check(warmupFraction >= 0 && warmupFraction <= 1, "warmupFraction", warmupFraction, "must be in [0, 1]")
        try require.check(initialDivisor > 0, "initialDivisor", initialDivisor, "must be > 0")
        try require.check(finalDivisor > 0, "finalDivisor", finalDivisor, "must be > 0")
        let initial = maxLearningRate / initialDivisor
        let minimum = initial / finalDivisor
        let total = Double(totalSteps)
        let rise = warmupFraction * total - 1
        let last = Double(totalSteps - 1)
        // Each phase: (the step it ends on, the rate it starts from, the rate it ends at).
        let phases: [(end: Double, from: Double, to: Double)] = threePhase
            ? [(rise, initial, maxLearningRate), (2 * warmupFraction * total - 2, maxLearningRate, initial), (last, initial, minimum)]
            : [(rise, initial, maxLearningRate), (last, maxLearningRate, minimum)]
        return LearningRateSchedule { t in
            let step = Double(Swift.min(t, totalSteps - 1))
            var start = 0.0
            for (i, phase) in phases.enumerated() {
                if step <= phase.end || i == phases.count - 1 {
                    // A phase of zero length (a tiny cycle) is already at its end.
                    let p = phase.end == start ? 1 : (step - start) / (phase.end - start)
                    switch annealing {
                    case .cosine: return phase.to + (phase.from - phase.to) / 2 * (cos(Double.pi * p) + 1)
                    case .linear: return (phase.to - phase.from) * p + phase.from
                    }
                }
                start = phase.end
            }
            return minimum
        }
    }

    /// Several schedules one after another, as `SequentialLR`: schedule `i`
    /// runs from `milestones[i − 1]` and counts its own steps from 0 there.
    ///
    /// - Parameters:
    ///   - schedules: the schedules, at least one.
    ///   - milestones: the steps at which the next schedule takes over,
    ///     one fewer than the schedules, increasing.
    /// - Throws: ``OptimizerError`` for a wrong number of milestones or
    ///   milestones that do not increase.
    public static func sequential(_ schedules: [LearningRateSchedule], milestones: [Int]) throws(OptimizerError) -> LearningRateSchedule {
        guard !schedules.isEmpty, milestones.count == schedules.count - 1 else {
            throw .incompatibleSettings(
                owner: "sequential schedule",
                reason: "expected \(max(schedules.count - 1, 0)) milestones for \(schedules.count) schedules, got \(milestones.count)")
        }
        for (previous, next) in zip([0] + milestones, milestones) where next <= previous {
            throw .invalidValue(owner: "sequential schedule", name: "milestone", value: "\(next)", requirement: "must be > \(previous), the one before")
        }
        return LearningRateSchedule { t in
            let i = milestones.filter { $0 <= t }.count
            let start = i == 0 ? 0 : milestones[i - 1]
            return schedules[i](t - start)
        }
    }

    /// This schedule for `steps` steps, then `next` counting from 0 (a warm-up
    /// followed by a decay): `.sequential([self, next], milestones: [steps])`.
    public func then(_ next: LearningRateSchedule, after steps: Int) -> LearningRateSchedule {
        precondition(steps >= 1, "LearningRateSchedule.then: steps must be >= 1, got \(steps)")
        let first = self
        return LearningRateSchedule { t in t < steps ? first(t) : next(t - steps) }
    }
}
