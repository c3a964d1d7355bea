import Axon

/// Figure 9, the learning rate: gradient descent on figure 8's surface with
/// a step size too small (it crawls), one that suits the surface, and one
/// too large (it overshoots the valley floor further each step: it
/// oscillates, then diverges).
///
/// Definitions the caption states: a run has *converged* at the first step
/// where the gradient's norm ‖∇L‖ falls below ``gradientTolerance``; it has
/// *diverged* at the first step where the loss is not finite or exceeds
/// ``divergenceFactor`` times the starting loss, and stops there.
public struct LearningRateExperiment: Sendable {
    /// The points of the line fit. The default value is `20`.
    public var points = 20
    /// Where every run starts, (w, b). The default value is `(−0.5, 2.5)`.
    public var start = Point2D(x: -0.5, y: 2.5)
    /// The three step sizes and their labels.
    public var runs: [(label: String, learningRate: Double)] = [
        ("too small", 0.02), ("right", 0.4), ("too large", 0.55),
    ]
    /// The most steps of each run. The default value is `100`.
    public var steps = 100
    /// ‖∇L‖ below which a run has converged. The default value is `1e-3`.
    public var gradientTolerance = 1e-3
    /// The multiple of the starting loss beyond which a run has diverged.
    /// The default value is `1e6`.
    public var divergenceFactor = 1e6
    /// The contour grid's points per axis. The default value is `121`.
    public var gridCount = 121

    /// The figure's settings.
    public init() {}

    /// The three runs on points drawn from `seed`.
    public func run(seed: UInt64) throws -> LearningRateResult {
        let (surface, _) = LossSurface.lineFit(count: points, seed: seed)
        var results: [LearningRateRun] = []
        for (label, rate) in runs {
            let settings = OptimizerSettings("Gradient descent", .sgd(momentum: 0), learningRate: rate)
            let initial = noGrad { surface.value(at: Tensor([start.x, start.y])) }.item
            let path = try surface.descend(from: start, settings: settings, steps: steps) { isDiverged($0, initial) }
            let diverged = path.losses.firstIndex { isDiverged($0, path.losses[0]) }
            let converged = path.gradientNorms.firstIndex { $0 < gradientTolerance }
            results.append(LearningRateRun(label: label, path: path, convergenceStep: converged, divergenceStep: diverged))
        }
        return LearningRateResult(formula: surface.formula, box: surface.box, grid: surface.grid(count: gridCount),
                                  gradientTolerance: gradientTolerance, divergenceFactor: divergenceFactor,
                                  runs: results)
    }

    private func isDiverged(_ loss: Double, _ initial: Double) -> Bool {
        !loss.isFinite || loss > divergenceFactor * initial
    }
}

/// What figure 9 shows.
public struct LearningRateResult: Sendable, Equatable, Codable {
    /// The loss's formula (figure 8's surface).
    public var formula: String
    /// The plotted rectangle of (w, b).
    public var box: PlotBox
    /// L on a grid over the box, for the contours.
    public var grid: Grid2D
    /// ‖∇L‖ below which a run has converged.
    public var gradientTolerance: Double
    /// The multiple of the starting loss beyond which a run has diverged.
    public var divergenceFactor: Double
    /// The runs: too small, right, too large.
    public var runs: [LearningRateRun]
}

/// One learning rate's run.
public struct LearningRateRun: Sendable, Equatable, Codable {
    /// "too small", "right" or "too large".
    public var label: String
    /// The path, losses and gradient norms (the settings hold the learning rate).
    public var path: DescentPath
    /// The first step with ‖∇L‖ below the tolerance, or `nil`.
    public var convergenceStep: Int?
    /// The step at which the loss left all bounds (the run's last), or `nil`.
    public var divergenceStep: Int?
}
