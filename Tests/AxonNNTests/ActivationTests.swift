import AxonNN
import AxonTensor
import Foundation
import XCTest

final class ActivationTests: XCTestCase {
    /// The functions under test by the fixture's names.
    static let functions: [String: @Sendable (Tensor) -> Tensor] = [
        "sigmoid": { sigmoid($0) },
        "tanh": { tanh($0) },
        "relu": { relu($0) },
        "leaky_relu": { leakyReLU($0) },
        "elu": { elu($0) },
        "gelu": { gelu($0) },
        "gelu_tanh": { gelu($0, approximation: .tanh) },
        "silu": { silu($0) },
        "softplus": { softplus($0) },
    ]

    /// f(x) and d/dx Σ f(x)·w in the given dtype.
    private func evaluate(_ f: (Tensor) -> Tensor, x: [Double], w: [Double], dtype: DType) -> (y: Tensor, grad: Tensor) {
        let weights = Tensor(w).cast(to: dtype)
        let (_, gradient) = valueAndGradient(at: Tensor(x).cast(to: dtype)) { (f($0) * weights).sum() }
        let y = f(Tensor(x).cast(to: dtype))
        return (y, gradient)
    }

    func testEveryFixtureActivationHasAFunction() {
        let names = Set(FunctionalFixture.shared.activations.map(\.name))
        XCTAssertEqual(names, Set(Self.functions.keys))
    }

    func testValuesAndGradientsMatchPyTorchInFloat64() throws {
        for case_ in FunctionalFixture.shared.activations {
            let f = try XCTUnwrap(Self.functions[case_.name])
            let (y, grad) = evaluate(f, x: case_.x, w: case_.w, dtype: .float64)
            XCTAssertEqual(y.dtype, .float64)
            assertClose(y.doubles, case_.y, rtol: Tolerance.pytorchFloat64, "\(case_.name) value")
            assertClose(grad.doubles, case_.grad, rtol: Tolerance.pytorchFloat64, "\(case_.name) gradient")
        }
    }

    func testValuesAndGradientsMatchPyTorchInFloat32() throws {
        for case_ in FunctionalFixture.shared.activations {
            let f = try XCTUnwrap(Self.functions[case_.name])
            let (y, grad) = evaluate(f, x: case_.x, w: case_.w, dtype: .float32)
            XCTAssertEqual(y.dtype, .float32)
            assertClose(y.doubles, case_.y, rtol: Tolerance.pytorchFloat32, atol: Tolerance.pytorchFloat32, "\(case_.name) value")
            assertClose(grad.doubles, case_.grad, rtol: Tolerance.pytorchFloat32, atol: Tolerance.pytorchFloat32, "\(case_.name) gradient")
        }
    }

    func testExtremeInputsGiveFiniteValuesAndGradients() {
        let extremes: [Double] = [-1000, -90, -50, -1e-300, 0, 1e-300, 50, 90, 1000]
        var functions = Self.functions
        functions["step"] = { step($0) }
        for dtype in [DType.float32, .float64] {
            for (name, f) in functions {
                let (y, grad) = evaluate(f, x: extremes, w: extremes.map { _ in 1 }, dtype: dtype)
                assertFinite(y, "\(name) \(dtype) value")
                assertFinite(grad, "\(name) \(dtype) gradient")
            }
        }
    }

    func testEveryActivationPassesGradcheck() {
        // Points away from the kink at 0, where finite differences straddle it.
        let x = randomTensor([3, 4], seed: 11, scale: 2)
        let safe = Tensor.where(x.abs() .< 0.01, x + 0.1, x)
        for (name, f) in Self.functions {
            let result = gradcheck({ f($0[0]) }, inputs: [safe])
            XCTAssertTrue(result.passed, "\(name): max relative error \(result.maxRelativeError)")
        }
    }

    func testStepIsTheThresholdWithZeroGradient() {
        let x = Tensor([-2.0, -1e-9, 0, 1e-9, 3])
        XCTAssertEqual(step(x).doubles, [0, 0, 0, 1, 1])
        let gradient = AxonTensor.gradient(at: x) { step($0).sum() }
        XCTAssertEqual(gradient.doubles, [0, 0, 0, 0, 0])
    }

    func testGradientsAtZeroFollowPyTorch() {
        let zero = Tensor([0.0])
        let slopes: [(String, (Tensor) -> Tensor, Double)] = [
            ("relu", { relu($0) }, 0), ("leakyReLU", { leakyReLU($0) }, 0.01), ("elu", { elu($0) }, 1),
            ("softplus", { softplus($0) }, 0.5), ("silu", { silu($0) }, 0.5), ("gelu", { gelu($0) }, 0.5),
        ]
        for (name, f, expected) in slopes {
            XCTAssertEqual(AxonTensor.gradient(at: zero) { f($0).sum() }.item, expected, accuracy: 1e-15, name)
        }
    }

    func testParametersOfLeakyReLUAndELU() {
        let x = Tensor([-2.0, 3])
        assertClose(leakyReLU(x, negativeSlope: 0.2).doubles, [-0.4, 3])
        assertClose(elu(x, alpha: 2).doubles, [2 * (Foundation.exp(-2.0) - 1), 3])
    }

    func testLayersComputeTheirFunctions() {
        let x = randomTensor([2, 5], seed: 3, scale: 3)
        let pairs: [(any Module, (Tensor) -> Tensor)] = [
            (Step(), { step($0) }), (Sigmoid(), { sigmoid($0) }), (Tanh(), { tanh($0) }), (ReLU(), { relu($0) }),
            (LeakyReLU(negativeSlope: 0.1), { leakyReLU($0, negativeSlope: 0.1) }), (ELU(alpha: 0.5), { elu($0, alpha: 0.5) }),
            (GELU(), { gelu($0) }), (GELU(approximation: .tanh), { gelu($0, approximation: .tanh) }),
            (SiLU(), { silu($0) }), (Softplus(), { softplus($0) }), (Identity(), { $0 }),
            (Softmax(axis: 0), { softmax($0, axis: 0) }), (LogSoftmax(), { logSoftmax($0) }),
        ]
        for (layer, f) in pairs {
            XCTAssertEqual(layer(x).doubles, f(x).doubles, layer.layerName)
            XCTAssertEqual(layer.parameterCount, 0)
        }
    }

    func testActivationParsesNames() throws {
        XCTAssertEqual(try Activation(parsing: "ReLU"), .relu)
        XCTAssertEqual(try Activation(parsing: "leaky_relu"), .leakyReLU)
        XCTAssertEqual(try Activation(parsing: "gelu-tanh"), .geluTanh)
        for activation in Activation.allCases {
            XCTAssertEqual(try Activation(parsing: activation.rawValue), activation)
            let x = randomTensor([4], seed: 5)
            // (`makeLayer()(x)` in one expression crashes Swift 6.3's SILGen.)
            let layer = activation.makeLayer()
            XCTAssertEqual(activation(x).doubles, layer(x).doubles, activation.rawValue)
        }
        assertThrowsModuleError(["unknown activation 'swish'", "relu"]) { () throws(ModuleError) in
            _ = try Activation(parsing: "swish")
        }
    }
}
