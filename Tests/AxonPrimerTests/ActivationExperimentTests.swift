import Axon
import AxonPrimer
import Foundation
import XCTest

final class ActivationExperimentTests: XCTestCase {
    func testEveryActivationIsDrawn() {
        let result = ActivationExperiment().run()
        XCTAssertEqual(result.curves.map(\.name), Activation.allCases.map(\.rawValue))
        XCTAssertEqual(result.xs.count, 161)
        XCTAssertEqual(result.xs.first, -4)
        XCTAssertEqual(result.xs.last, 4)
        XCTAssertTrue(result.xs.contains(0), "the kinks at 0 are on the grid")
        for curve in result.curves {
            XCTAssertEqual(curve.values.count, result.xs.count)
            XCTAssertEqual(curve.derivatives.count, result.xs.count)
            XCTAssertFalse(curve.formula.isEmpty)
            XCTAssertFalse(curve.derivativeFormula.isEmpty)
        }
    }

    func testValuesAndBackpropagatedDerivativesMatchTheFormulas() throws {
        let result = ActivationExperiment().run()
        for curve in result.curves {
            let (f, derivative) = try XCTUnwrap(formulas[curve.name], "no formula for \(curve.name)")
            assertClose(curve.values, result.xs.map(f), atol: derivativeTolerance, curve.name)
            assertClose(curve.derivatives, result.xs.map(derivative), atol: derivativeTolerance, "\(curve.name)′")
        }
    }

    func testTheCurvesShowWhatTheCaptionsSay() throws {
        let result = ActivationExperiment().run()
        let curves = Dictionary(uniqueKeysWithValues: result.curves.map { ($0.name, $0) })
        // The sigmoid's slope is at most 1/4, at 0: the reason deep sigmoid stacks shrink gradients.
        let sigmoid = try XCTUnwrap(curves["sigmoid"])
        XCTAssertEqual(try XCTUnwrap(sigmoid.derivatives.max()), 0.25, accuracy: exactTolerance)
        // The step's derivative is zero everywhere: nothing for gradient descent to follow.
        XCTAssertTrue(try XCTUnwrap(curves["step"]).derivatives.allSatisfy { $0 == 0 })
        // ReLU passes the gradient unchanged for positive inputs and stops it for the others.
        let relu = try XCTUnwrap(curves["relu"])
        for (x, d) in zip(result.xs, relu.derivatives) { XCTAssertEqual(d, x > 0 ? 1 : 0) }
    }

    /// Each activation and its derivative by formula, with Foundation's functions.
    private var formulas: [String: ((Double) -> Double, (Double) -> Double)] {
        func sigma(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
        let c = (2 / Double.pi).squareRoot(), k = 0.044715
        return [
            "relu": ({ max($0, 0) }, { $0 > 0 ? 1 : 0 }),
            "sigmoid": (sigma, { sigma($0) * (1 - sigma($0)) }),
            "tanh": ({ tanh($0) }, { 1 - tanh($0) * tanh($0) }),
            "leaky-relu": ({ $0 > 0 ? $0 : 0.01 * $0 }, { $0 > 0 ? 1 : 0.01 }),
            "elu": ({ $0 > 0 ? $0 : expm1($0) }, { $0 > 0 ? 1 : exp($0) }),
            "gelu": ({ $0 * 0.5 * (1 + erf($0 / 2.0.squareRoot())) },
                     { 0.5 * (1 + erf($0 / 2.0.squareRoot())) + $0 * exp(-$0 * $0 / 2) / (2 * Double.pi).squareRoot() }),
            "gelu-tanh": ({ x in 0.5 * x * (1 + tanh(c * (x + k * x * x * x))) },
                          { x in
                              let t = tanh(c * (x + k * x * x * x))
                              return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * k * x * x)
                          }),
            "silu": ({ $0 * sigma($0) }, { sigma($0) * (1 + $0 * (1 - sigma($0))) }),
            "softplus": ({ log1p(exp($0)) }, sigma),
            "step": ({ $0 > 0 ? 1 : 0 }, { _ in 0 }),
            "identity": ({ $0 }, { _ in 1 }),
        ]
    }
}
