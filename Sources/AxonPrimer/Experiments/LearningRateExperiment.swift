import Axon
import Foundation

/// Figure 9, the learning rate: gradient descent on figure 8's surface with
/// a step size too small (it crawls), one that suits the surface, and one
/// too large (it overshoots the valley floor further each step: it
/// oscillates, then diverges).
///
/// The step sizes follow from the surface, so every seed's data shows the
/// same story: L is quadratic in (w, b), and gradient descent on a quadratic
/// converges exactly when γ < 2/λ, λ the largest eigenvalue of its Hessian
/// (the stability limit). Axon's autograd gives the Hessian (the gradient is
/// linear, so its columns are ∇L(eᵢ) − ∇L(0)). "Right" is 2/(λ + μ), μ the
/// smallest eigenvalue: the step that shrinks the error fastest in its
/// slowest direction; "too large" is ``tooLargeFraction`` of the limit and
/// "too small" the right step divided by ``tooSmallDivisor``, each rounded to
/// two significant digits (away from the limit).
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
    /// The too-large step as a multiple of the stability limit. The default value is `1.1`.
    public var tooLargeFraction = 1.1
    /// How many times smaller than the right step the too-small one is. The default value is `20`.
    public var tooSmallDivisor = 20.0
    /// The fewest steps each run is given. The default value is `100`; more
    /// when the surface is so ill-conditioned that the right step needs them
    /// (twice the steps its contraction (κ − 1)/(κ + 1) per step, κ = λ/μ,
    /// takes to bring the starting gradient under the tolerance).
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
        let (largest, smallest) = surface.quadraticCurvatures()
        let limit = 2 / largest
        let right = surface.rightStep()
        let runs = [("too small", twoSignificantDigits(right / tooSmallDivisor, up: false)), ("right", right),
                    ("too large", twoSignificantDigits(tooLargeFraction * limit, up: true))]
        let startGradient = gradient(at: Tensor([start.x, start.y])) { surface.value(at: $0) }.doubles
        let contraction = (largest - smallest) / (largest + smallest)
        let needed = Foundation.log(Foundation.hypot(startGradient[0], startGradient[1]) / gradientTolerance)
            / -Foundation.log(contraction)
        let horizon = max(steps, Int((2 * needed).rounded(.up)))
        var results: [LearningRateRun] = []
        for (label, rate) in runs {
            let settings = OptimizerSettings("Gradient descent", .sgd(momentum: 0), learningRate: rate)
            let initial = noGrad { surface.value(at: Tensor([start.x, start.y])) }.item
            let path = try surface.descend(from: start, settings: settings, steps: horizon) { isDiverged($0, initial) }
            let diverged = path.losses.firstIndex { isDiverged($0, path.losses[0]) }
            let converged = path.gradientNorms.firstIndex { $0 < gradientTolerance }
            results.append(LearningRateRun(label: label, path: path, convergenceStep: converged, divergenceStep: diverged))
        }
        return LearningRateResult(formula: surface.formula, box: surface.box, grid: surface.grid(count: gridCount),
                                  gradientTolerance: gradientTolerance, divergenceFactor: divergenceFactor,
                                  stabilityLimit: limit, runs: results)
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
    /// 2/λ, λ the largest curvature of L: descent converges below this step size and diverges above it.
    public var stabilityLimit: Double
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
