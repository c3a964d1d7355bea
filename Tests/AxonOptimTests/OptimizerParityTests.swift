import Foundation
import XCTest
import AxonTensor
@testable import AxonOptim

/// Every case of `Fixtures/optimizers.json`, made by `Fixtures/make_fixtures.py`
/// with PyTorch: the same MLP, data, batches and optimizer must give the same
/// losses, first gradients and final parameters, in float64 and in float32.
final class OptimizerParityTests: XCTestCase {
    /// The largest relative error seen, per dtype, for the report at the end.
    struct ErrorStatistics {
        var maxRelative = 0.0
        var maxAbsolute = 0.0
        var worst = ""

        /// Records |a − e| / |e| (absolute error where |e| < 1e-6).
        mutating func record(_ actual: [Double], _ expected: [Double], _ label: String) {
            for (a, e) in zip(actual, expected) {
                maxAbsolute = Swift.max(maxAbsolute, Swift.abs(a - e))
                let error = Swift.abs(a - e) / Swift.max(Swift.abs(e), 1e-6)
                if error > maxRelative {
                    maxRelative = error
                    worst = label
                }
            }
        }
    }

    func testEveryFixtureCaseMatchesPyTorch() throws {
        let cases = try Self.loadCases()
        XCTAssertFalse(cases.isEmpty)
        for dtype in [DType.float64, .float32] {
            var statistics = ErrorStatistics()
            for fixture in cases {
                try run(fixture, dtype: dtype, statistics: &statistics)
            }
            print("optimizer parity \(dtype): \(cases.count) cases, max relative error \(statistics.maxRelative) (\(statistics.worst)), max absolute error \(statistics.maxAbsolute)")
        }
    }

    private func run(_ fixture: [String: Any], dtype: DType, statistics: inout ErrorStatistics) throws {
        let name = try XCTUnwrap(fixture["name"] as? String)
        let sizes = try XCTUnwrap(fixture["sizes"] as? [Int])
        let activation = try XCTUnwrap(fixture["activation"] as? String)
        let lossName = try XCTUnwrap(fixture["loss"] as? String)
        let samples = try XCTUnwrap(fixture["samples"] as? Int)
        let batchSize = try XCTUnwrap(fixture["batch_size"] as? Int)
        let epochs = try XCTUnwrap(fixture["epochs"] as? Int)
        let initial = try XCTUnwrap(fixture["init"] as? [String: Any])
        let (rtol, atol) = dtype == .float64
            ? (Tolerance.float64Relative, Tolerance.float64Absolute)
            : (Tolerance.float32Relative, Tolerance.float32Absolute)
        let label = "\(name) \(dtype)"

        // The nn.Sequential's parameters in state_dict order: Linear layers at even indices.
        var named: [(String, Parameter)] = []
        for layer in 0..<(sizes.count - 1) {
            for kind in ["weight", "bias"] {
                let key = "\(2 * layer).\(kind)"
                named.append((key, Parameter(try Self.tensor(initial[key]).cast(to: dtype))))
            }
        }
        let x = try Self.tensor(fixture["x"]).cast(to: dtype)
        let y = lossName == "cross_entropy"
            ? try Self.tensor(fixture["y"]).cast(to: .int64)
            : try Self.tensor(fixture["y"]).cast(to: dtype)
        let optimizer = try Self.makeOptimizer(
            try XCTUnwrap(fixture["optimizer"] as? String), hyper: try XCTUnwrap(fixture["hyper"] as? [String: Any]),
            parameters: named)

        var losses: [Double] = []
        for _ in 0..<epochs {
            for start in stride(from: 0, to: samples, by: batchSize) {
                let rows = start..<Swift.min(start + batchSize, samples)
                optimizer.zeroGrad()
                let output = Self.forward(x[rows], parameters: named.map(\.1), activation: activation)
                let loss = Self.loss(lossName, output, y[rows])
                loss.backward()
                if losses.isEmpty {
                    let expected = try XCTUnwrap(fixture["first_grads"] as? [String: Any])
                    for (key, parameter) in named {
                        let gradient = try XCTUnwrap(parameter.grad, "\(label): no gradient for \(key)").doubles
                        let reference = try Self.tensor(expected[key]).doubles
                        assertClose(gradient, reference, rtol: rtol, atol: atol, "\(label): first gradient of \(key)")
                        statistics.record(gradient, reference, "\(label) grad \(key)")
                    }
                }
                losses.append(loss.item)
                optimizer.step()
            }
        }
        let expectedLosses = try XCTUnwrap(fixture["losses"] as? [Double])
        assertClose(losses, expectedLosses, rtol: rtol, atol: atol, "\(label): losses")
        statistics.record(losses, expectedLosses, "\(label) losses")
        let final = try XCTUnwrap(fixture["final"] as? [String: Any])
        for (key, parameter) in named {
            XCTAssertEqual(parameter.dtype, dtype, "\(label): \(key) changed dtype")
            XCTAssertTrue(parameter.value.isLeaf && parameter.value.requiresGrad, "\(label): \(key) is no longer a trainable leaf")
            let reference = try Self.tensor(final[key]).doubles
            assertClose(parameter.value.doubles, reference, rtol: rtol, atol: atol, "\(label): final \(key)")
            statistics.record(parameter.value.doubles, reference, "\(label) final \(key)")
        }
    }

    // MARK: The model and losses, from Tensor ops (AxonNN is not a dependency)

    /// Linear → activation → ... → Linear, with weights `[out, in]` as PyTorch.
    static func forward(_ x: Tensor, parameters: [Parameter], activation: String) -> Tensor {
        var h = x
        let layers = parameters.count / 2
        for layer in 0..<layers {
            h = Tensor.linear(h, weight: parameters[2 * layer].value, bias: parameters[2 * layer + 1].value)
            if layer < layers - 1 {
                switch activation {
                case "tanh": h = h.tanh()
                case "sigmoid": h = h.sigmoid()
                case "relu": h = h.relu()
                case "leaky_relu": h = Tensor.where(h .> 0, h, h * 0.01)
                default: preconditionFailure("unknown activation \(activation)")
                }
            }
        }
        return h
    }

    /// PyTorch's losses with mean reduction.
    static func loss(_ name: String, _ output: Tensor, _ target: Tensor) -> Tensor {
        switch name {
        case "cross_entropy":
            let picked = output.gather(axis: 1, index: target.reshaped([target.count, 1]))
            return (output.logSumExp(axes: [1], keepDims: true) - picked).mean()
        case "mse":
            return (output - target).squared().mean()
        case "bce_with_logits":
            // max(x, 0) − x·t + log(1 + e^(−|x|)), stable for large |x|.
            return (output.relu() - output * target + (1 + (-output.abs()).exp()).log()).mean()
        default:
            preconditionFailure("unknown loss \(name)")
        }
    }

    /// The optimizer that `torch.optim` builds from the case's keyword arguments;
    /// an argument this test does not know fails the case rather than being ignored.
    static func makeOptimizer(_ name: String, hyper: [String: Any], parameters: [(String, Parameter)]) throws -> Optimizer {
        var remaining = hyper
        func number(_ key: String) -> Double? { (remaining.removeValue(forKey: key) as? NSNumber)?.doubleValue }
        func flag(_ key: String) -> Bool? { remaining.removeValue(forKey: key) as? Bool }
        func betas() -> (Double, Double)? {
            guard let pair = remaining.removeValue(forKey: "betas") as? [Double], pair.count == 2 else { return nil }
            return (pair[0], pair[1])
        }
        let optimizer: Optimizer
        switch name {
        case "sgd":
            optimizer = try SGD(
                parameters, learningRate: number("lr") ?? 1e-3, momentum: number("momentum") ?? 0,
                dampening: number("dampening") ?? 0, weightDecay: number("weight_decay") ?? 0,
                nesterov: flag("nesterov") ?? false)
        case "adagrad":
            optimizer = try AdaGrad(
                parameters, learningRate: number("lr") ?? 1e-2, learningRateDecay: number("lr_decay") ?? 0,
                weightDecay: number("weight_decay") ?? 0,
                initialAccumulatorValue: number("initial_accumulator_value") ?? 0, eps: number("eps") ?? 1e-10)
        case "rmsprop":
            optimizer = try RMSProp(
                parameters, learningRate: number("lr") ?? 1e-2, alpha: number("alpha") ?? 0.99,
                eps: number("eps") ?? 1e-8, weightDecay: number("weight_decay") ?? 0,
                momentum: number("momentum") ?? 0, centered: flag("centered") ?? false)
        case "adam":
            optimizer = try Adam(
                parameters, learningRate: number("lr") ?? 1e-3, betas: betas() ?? (0.9, 0.999),
                eps: number("eps") ?? 1e-8, weightDecay: number("weight_decay") ?? 0, amsgrad: flag("amsgrad") ?? false)
        case "adamw":
            optimizer = try AdamW(
                parameters, learningRate: number("lr") ?? 1e-3, betas: betas() ?? (0.9, 0.999),
                eps: number("eps") ?? 1e-8, weightDecay: number("weight_decay") ?? 1e-2, amsgrad: flag("amsgrad") ?? false)
        default:
            throw FixtureError("unknown optimizer \(name)")
        }
        guard remaining.isEmpty else { throw FixtureError("\(name): unhandled arguments \(remaining.keys.sorted())") }
        return optimizer
    }

    // MARK: Reading the fixture

    struct FixtureError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func loadCases() throws -> [[String: Any]] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "optimizers", withExtension: "json", subdirectory: "Fixtures"))
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try XCTUnwrap(root["cases"] as? [[String: Any]])
    }

    /// A float64 tensor from nested JSON lists of numbers.
    static func tensor(_ json: Any?) throws -> Tensor {
        var values: [Double] = []
        var shape: [Int] = []
        func walk(_ node: Any, depth: Int) throws {
            if let list = node as? [Any] {
                if shape.count == depth { shape.append(list.count) }
                guard shape[depth] == list.count else { throw FixtureError("ragged list in fixture") }
                for item in list { try walk(item, depth: depth + 1) }
            } else if let number = node as? NSNumber {
                guard depth == shape.count else { throw FixtureError("ragged list in fixture") }
                values.append(number.doubleValue)
            } else {
                throw FixtureError("not a number: \(node)")
            }
        }
        try walk(try XCTUnwrap(json), depth: 0)
        return Tensor(values, shape: shape)
    }
}
