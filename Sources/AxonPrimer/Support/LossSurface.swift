import Axon
import Foundation

/// A function of two parameters (x, y) that an optimizer descends, written
/// with Axon's tensor ops so that autograd gives its gradient: the same
/// closure evaluates one point (a `[1]` slice of a parameter) or a whole grid
/// of points at once.
struct LossSurface {
    /// The surface's name in a caption.
    let name: String
    /// The formula as a caption prints it.
    let formula: String
    /// The rectangle the figure shows.
    let box: PlotBox
    /// f at points whose coordinates are two float64 tensors of the same
    /// shape, elementwise.
    let evaluate: (_ x: Tensor, _ y: Tensor) -> Tensor

    /// f on a `count` × `count` grid over ``box``.
    func grid(count: Int) -> Grid2D {
        let xs = box.xs(count: count), ys = box.ys(count: count)
        var gridX: [Double] = [], gridY: [Double] = []
        gridX.reserveCapacity(count * count)
        gridY.reserveCapacity(count * count)
        for y in ys {
            for x in xs {
                gridX.append(x)
                gridY.append(y)
            }
        }
        let values = noGrad { evaluate(Tensor(gridX), Tensor(gridY)) }
        return Grid2D(xs: xs, ys: ys, values: values.doubles)
    }

    /// The Hessian's eigenvalues (λ ≥ μ) of a quadratic surface: its
    /// gradient is linear, so the Hessian's columns are ∇f(eᵢ) − ∇f(0), each
    /// gradient by backpropagation.
    func quadraticCurvatures() -> (largest: Double, smallest: Double) {
        let g0 = gradient(at: Tensor([0.0, 0.0])) { value(at: $0) }.doubles
        let g1 = gradient(at: Tensor([1.0, 0.0])) { value(at: $0) }.doubles
        let g2 = gradient(at: Tensor([0.0, 1.0])) { value(at: $0) }.doubles
        let (a, b, d) = (g1[0] - g0[0], (g1[1] - g0[1] + g2[0] - g0[0]) / 2, g2[1] - g0[1])
        let spread = ((a - d) * (a - d) / 4 + b * b).squareRoot()
        return ((a + d) / 2 + spread, (a + d) / 2 - spread)
    }

    /// The step size 2/(λ + μ) of a quadratic surface, rounded down to two
    /// significant digits: the fixed step that shrinks the error fastest in
    /// its slowest direction, always below the stability limit 2/λ.
    func rightStep() -> Double {
        let (largest, smallest) = quadraticCurvatures()
        return twoSignificantDigits(2 / (largest + smallest), up: false)
    }

    /// f at the parameter vector `p` = (x, y), shape `[2]`, as a scalar
    /// tensor that gradients flow back from.
    func value(at p: Tensor) -> Tensor {
        evaluate(p.slice(0 ..< 1), p.slice(1 ..< 2)).sum()
    }

    /// The path of `settings`' optimizer from `start`: the point, the value
    /// and the gradient's norm before the first step and after each of at
    /// most `steps` steps, stopping early after a point where `stop(value)`
    /// holds.
    func descend(from start: Point2D, settings: OptimizerSettings, steps: Int,
                 stop: (Double) -> Bool = { _ in false }) throws(OptimizerError) -> DescentPath {
        let p = Parameter(Tensor([start.x, start.y]))
        let optimizer = try settings.makeOptimizer([(name: "p", parameter: p)])
        var path = DescentPath(optimizer: settings, points: [], losses: [], gradientNorms: [])
        for step in 0 ... steps {
            optimizer.zeroGrad()
            let loss = value(at: p.value)
            loss.backward()
            let point = p.value.doubles
            let gradient = p.grad?.doubles ?? [0, 0]
            path.points.append(Point2D(x: point[0], y: point[1]))
            path.losses.append(loss.item)
            path.gradientNorms.append((gradient[0] * gradient[0] + gradient[1] * gradient[1]).squareRoot())
            if step == steps || stop(loss.item) { break }
            optimizer.step()
        }
        return path
    }
}

/// The points an optimizer visits on a two-parameter surface.
public struct DescentPath: Sendable, Equatable, Codable {
    /// The optimizer and its settings.
    public var optimizer: OptimizerSettings
    /// The start, then the point after each step.
    public var points: [Point2D]
    /// f at each point (`losses[t]` after t steps).
    public var losses: [Double]
    /// ‖∇f‖ at each point, from autograd.
    public var gradientNorms: [Double]

    /// The number of steps taken (one less than the number of points).
    public var steps: Int { points.count - 1 }
}

/// `value` (positive) to two significant digits, rounded up or down; divided
/// by an exact power of ten so that 0.44 is the double nearest 0.44.
func twoSignificantDigits(_ value: Double, up: Bool) -> Double {
    let exponent = Foundation.log10(value).rounded(.down) - 1
    let digits = (value / Foundation.pow(10, exponent)).rounded(up ? .up : .down)
    return exponent < 0 ? digits / Foundation.pow(10, -exponent) : digits * Foundation.pow(10, exponent)
}
