import Axon

/// Figure 8, gradient descent on a loss surface: fitting a line y = w·x + b
/// to points by descending the mean squared error L(w, b), each step
/// w ← w − γ·∂L/∂w, b ← b − γ·∂L/∂b taken by Axon's `SGD` on the parameter
/// (w, b) with gradients from autograd; the path over L's contours and the
/// loss per step.
public struct GradientDescentExperiment: Sendable {
    /// The points the line is fitted to. The default value is `20`.
    public var points = 20
    /// Where the descent starts, (w, b). The default value is `(−0.5, 2.5)`.
    public var start = Point2D(x: -0.5, y: 2.5)
    /// The step size γ, or `nil` (the default) for figure 9's "right" one
    /// for this seed's points: 2/(λ + μ) of the surface's curvatures.
    public var learningRate: Double?
    /// The steps taken. The default value is `50`.
    public var steps = 50
    /// The contour grid's points per axis. The default value is `121`.
    public var gridCount = 121

    /// The figure's settings.
    public init() {}

    /// The descent on points drawn from `seed`.
    public func run(seed: UInt64) throws -> GradientDescentResult {
        let (surface, data) = LossSurface.lineFit(count: points, seed: seed)
        let optimizer = OptimizerSettings("Gradient descent", .sgd(momentum: 0),
                                          learningRate: learningRate ?? surface.rightStep())
        let path = try surface.descend(from: start, settings: optimizer, steps: steps)
        return GradientDescentResult(surface: surface.name, formula: surface.formula, data: data, box: surface.box,
                                     grid: surface.grid(count: gridCount), path: path)
    }
}

/// What figure 8 shows.
public struct GradientDescentResult: Sendable, Equatable, Codable {
    /// The surface's name.
    public var surface: String
    /// The loss's formula.
    public var formula: String
    /// The points (xᵢ, yᵢ) the line is fitted to.
    public var data: [Point2D]
    /// The plotted rectangle of (w, b).
    public var box: PlotBox
    /// L on a grid over the box, for the contours.
    public var grid: Grid2D
    /// The path of (w, b), the loss and the gradient's norm at each step.
    public var path: DescentPath
}
