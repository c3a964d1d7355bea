import XCTest
import AxonTensor
@testable import AxonOptim

/// Each optimizer, with settings suited to the problem, must reach the
/// minimum of an ill-conditioned quadratic and of the Rosenbrock function
/// from a fixed start, to a stated tolerance in a stated number of steps.
final class ConvergenceTests: XCTestCase {
    /// f(w) = (w₀² + 100·w₁²) / 2: condition number 100, minimum at (0, 0).
    static func quadratic(_ w: Tensor) -> Tensor {
        (w.squared() * Tensor([1.0, 100.0])).sum() / 2
    }

    /// f(x, y) = (1 − x)² + 100·(y − x²)²: a curved valley, minimum at (1, 1).
    static func rosenbrock(_ w: Tensor) -> Tensor {
        let x = w[0..<1], y = w[1..<2]
        return ((1 - x).squared() + (y - x.squared()).squared() * 100).sum()
    }

    /// An optimizer's settings for one problem: it must come within
    /// `tolerance` of the minimum in `steps` steps, its learning rate set
    /// from `schedule` before each step when there is one.
    struct Case: Sendable {
        let name: String
        let steps: Int
        let tolerance: Double
        var schedule: LearningRateSchedule? = nil
        let make: @Sendable ([(String, Parameter)]) throws -> Optimizer
    }

    /// Runs a case from `start` on `f` and returns the distance to `minimum`.
    static func distance(_ c: Case, from start: [Double], to minimum: [Double], of f: (Tensor) -> Tensor) throws -> Double {
        let w = parameter(start)
        let optimizer = try c.make([("w", w)])
        for step in 0..<c.steps {
            if let schedule = c.schedule { optimizer.learningRate = schedule(step) }
            optimizer.zeroGrad()
            f(w.value).backward()
            optimizer.step()
        }
        return zip(w.value.doubles, minimum).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
    }

    func testEveryOptimizerMinimizesAnIllConditionedQuadratic() throws {
        // Adadelta's step tends to the gradient itself near the minimum, too long for the
        // stiff coordinate (curvature 100): it needs its learning rate annealed to settle.
        let cases = [
            Case(name: "SGD", steps: 600, tolerance: 1e-4) { try SGD($0, learningRate: 0.019) },
            Case(name: "SGD momentum", steps: 300, tolerance: 1e-8) { try SGD($0, learningRate: 0.01, momentum: 0.8) },
            Case(name: "SGD Nesterov", steps: 300, tolerance: 1e-8) { try SGD($0, learningRate: 0.01, momentum: 0.8, nesterov: true) },
            Case(name: "AdaGrad", steps: 300, tolerance: 1e-8) { try AdaGrad($0, learningRate: 0.5) },
            Case(name: "RMSProp", steps: 300, tolerance: 1e-8) { try RMSProp($0, learningRate: 0.01) },
            Case(name: "RMSProp centered momentum", steps: 300, tolerance: 1e-4) {
                try RMSProp($0, learningRate: 0.01, momentum: 0.5, centered: true)
            },
            Case(name: "Adadelta", steps: 1000, tolerance: 1e-8, schedule: try .cosineAnnealing(learningRate: 1, steps: 1000)) {
                try Adadelta($0)
            },
            Case(name: "Adam", steps: 300, tolerance: 1e-5) { try Adam($0, learningRate: 0.05) },
            Case(name: "Adam AMSGrad", steps: 300, tolerance: 1e-4) { try Adam($0, learningRate: 0.05, amsgrad: true) },
            Case(name: "AdamW", steps: 300, tolerance: 1e-5) { try AdamW($0, learningRate: 0.05) },
            Case(name: "Adamax", steps: 300, tolerance: 1e-5) { try Adamax($0, learningRate: 0.05) },
            Case(name: "NAdam", steps: 300, tolerance: 1e-8) { try NAdam($0, learningRate: 0.05) },
        ]
        for c in cases {
            let d = try Self.distance(c, from: [1, 1], to: [0, 0], of: Self.quadratic)
            XCTAssertLessThan(d, c.tolerance, "quadratic: \(c.name) after \(c.steps) steps")
        }
    }

    func testEveryOptimizerMinimizesTheRosenbrockFunction() throws {
        let cases = [
            Case(name: "SGD", steps: 10_000, tolerance: 1e-3) { try SGD($0, learningRate: 2e-3) },
            Case(name: "SGD momentum", steps: 3000, tolerance: 1e-4) { try SGD($0, learningRate: 1e-3, momentum: 0.9) },
            Case(name: "SGD Nesterov", steps: 3000, tolerance: 1e-4) { try SGD($0, learningRate: 1e-3, momentum: 0.9, nesterov: true) },
            Case(name: "AdaGrad", steps: 10_000, tolerance: 1e-3) { try AdaGrad($0, learningRate: 0.5) },
            Case(name: "RMSProp momentum", steps: 5000, tolerance: 1e-3) { try RMSProp($0, learningRate: 1e-3, momentum: 0.9) },
            Case(name: "RMSProp centered", steps: 5000, tolerance: 1e-3) {
                try RMSProp($0, learningRate: 1e-3, momentum: 0.9, centered: true)
            },
            Case(name: "Adadelta", steps: 10_000, tolerance: 1e-2, schedule: try .cosineAnnealing(learningRate: 1, steps: 10_000)) {
                try Adadelta($0)
            },
            Case(name: "Adam", steps: 5000, tolerance: 1e-3) { try Adam($0, learningRate: 0.01) },
            Case(name: "AdamW", steps: 5000, tolerance: 1e-3) { try AdamW($0, learningRate: 0.02, weightDecay: 1e-4) },
            Case(name: "Adamax", steps: 5000, tolerance: 1e-3) { try Adamax($0, learningRate: 0.05) },
            Case(name: "NAdam", steps: 5000, tolerance: 1e-2) { try NAdam($0, learningRate: 0.01) },
        ]
        for c in cases {
            let d = try Self.distance(c, from: [-1.2, 1], to: [1, 1], of: Self.rosenbrock)
            XCTAssertLessThan(d, c.tolerance, "Rosenbrock: \(c.name) after \(c.steps) steps")
        }
    }
}
