import Axon

/// Figure 11, the optimizers' paths: plain gradient descent, momentum,
/// AdaGrad, RMSProp and Adam (Axon's `SGD`, `AdaGrad`, `RMSProp`, `Adam`) on
/// two surfaces drawn as contours:
///
/// - a narrow valley, f = x²/20 + y², where plain gradient descent with a
///   step size near its limit across the valley zig-zags across it while it
///   crawls along it, momentum builds speed along the floor (and overshoots),
///   and the adaptive methods scale each coordinate by its own gradient
///   history;
/// - a saddle, f = x² + y⁴/4 − y²/2, from a start a hair off the ridge y = 0:
///   the gradient's component that leads off the saddle is tiny there, so
///   gradient descent stalls at the saddle point, momentum (with the same
///   step size) slowly gathers the speed to leave it, and the adaptive
///   methods, which divide by the gradient's size, escape to a minimum at once.
public struct OptimizerPathsExperiment: Sendable {
    /// The steps of every path. The default value is `60`.
    public var steps = 60
    /// The contour grids' points per axis. The default value is `121`.
    public var gridCount = 121
    /// The valley's start. The default value is `(−9, 2.5)`.
    public var valleyStart = Point2D(x: -9, y: 2.5)
    /// The optimizers on the valley.
    public var valleyOptimizers: [OptimizerSettings] = [
        OptimizerSettings("Gradient descent", .sgd(momentum: 0), learningRate: 0.9),
        OptimizerSettings("Momentum", .sgd(momentum: 0.9), learningRate: 0.1),
        OptimizerSettings("AdaGrad", .adaGrad(eps: 1e-10), learningRate: 2),
        OptimizerSettings("RMSProp", .rmsProp(alpha: 0.99, eps: 1e-8), learningRate: 0.3),
        OptimizerSettings("Adam", .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.5),
    ]
    /// The saddle's start, just off the ridge y = 0. The default value is `(1.8, 0.001)`.
    public var saddleStart = Point2D(x: 1.8, y: 0.001)
    /// The optimizers on the saddle.
    public var saddleOptimizers: [OptimizerSettings] = [
        OptimizerSettings("Gradient descent", .sgd(momentum: 0), learningRate: 0.05),
        OptimizerSettings("Momentum", .sgd(momentum: 0.9), learningRate: 0.05),
        OptimizerSettings("AdaGrad", .adaGrad(eps: 1e-10), learningRate: 0.5),
        OptimizerSettings("RMSProp", .rmsProp(alpha: 0.99, eps: 1e-8), learningRate: 0.05),
        OptimizerSettings("Adam", .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.05),
    ]

    /// The figure's settings.
    public init() {}

    /// Every optimizer's path on both surfaces (no data: nothing random).
    public func run() throws -> OptimizerPathsResult {
        let valley = try paths(on: .narrowValley, from: valleyStart, valleyOptimizers)
        let saddle = try paths(on: .saddle, from: saddleStart, saddleOptimizers)
        return OptimizerPathsResult(valley: valley, saddle: saddle)
    }

    private func paths(on surface: LossSurface, from start: Point2D, _ optimizers: [OptimizerSettings])
        throws -> SurfacePaths
    {
        var paths: [DescentPath] = []
        for settings in optimizers {
            paths.append(try surface.descend(from: start, settings: settings, steps: steps))
        }
        return SurfacePaths(surface: surface.name, formula: surface.formula, box: surface.box,
                            grid: surface.grid(count: gridCount), start: start, paths: paths)
    }
}

/// What figure 11 shows.
public struct OptimizerPathsResult: Sendable, Equatable, Codable {
    /// The ill-conditioned surface and the paths on it.
    public var valley: SurfacePaths
    /// The saddle and the paths on it.
    public var saddle: SurfacePaths
}

/// One surface with each optimizer's path on it.
public struct SurfacePaths: Sendable, Equatable, Codable {
    /// The surface's name.
    public var surface: String
    /// Its formula.
    public var formula: String
    /// The plotted rectangle.
    public var box: PlotBox
    /// f on a grid over the box, for the contours.
    public var grid: Grid2D
    /// Where every path starts.
    public var start: Point2D
    /// One path per optimizer (each holds its settings), in the legend's order.
    public var paths: [DescentPath]
}
