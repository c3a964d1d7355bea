import XCTest
import AxonTensor
@testable import AxonOptim

/// An optimizer's state, exported and loaded into a fresh optimizer, must
/// continue the run bit for bit.
final class StateDictTests: XCTestCase {
    typealias Make = @Sendable ([(String, Parameter)]) throws -> Optimizer

    static let optimizers: [(String, Make)] = [
        ("SGD", { try SGD($0, learningRate: 0.05, momentum: 0.9, dampening: 0.1, weightDecay: 0.01) }),
        ("AdaGrad", { try AdaGrad($0, learningRate: 0.1, learningRateDecay: 0.01, initialAccumulatorValue: 0.1) }),
        ("RMSProp", { try RMSProp($0, learningRate: 0.01, momentum: 0.5, centered: true) }),
        ("Adadelta", { try Adadelta($0, weightDecay: 0.01) }),
        ("Adam", { try Adam($0, learningRate: 0.01, amsgrad: true) }),
        ("AdamW", { try AdamW($0, learningRate: 0.01) }),
        ("Adamax", { try Adamax($0) }),
        ("NAdam", { try NAdam($0) }),
    ]

    /// Parameters named as a two-layer model's, and a loss over them.
    static func model() -> [(String, Parameter)] {
        [("0.weight", parameter([0.5, -0.3, 0.8, 0.1, -0.7, 0.2], shape: [3, 2])), ("0.bias", parameter([0.1, -0.1, 0.05]))]
    }

    static func train(_ optimizer: Optimizer, steps: Int, from start: Int) {
        let (w, b) = (optimizer.parameters[0].parameter, optimizer.parameters[1].parameter)
        for step in start..<(start + steps) {
            let x = Tensor([1.0, Double(step % 3) - 1], shape: [1, 2])
            optimizer.zeroGrad()
            Tensor.linear(x, weight: w.value, bias: b.value).tanh().squared().sum().backward()
            optimizer.step()
        }
    }

    func testExportAndRestoreContinuesTheRunBitForBit() throws {
        for (name, make) in Self.optimizers {
            let straight = try make(Self.model())
            Self.train(straight, steps: 6, from: 0)

            let first = try make(Self.model())
            Self.train(first, steps: 3, from: 0)
            let saved = first.stateDict()
            let resumedParameters = first.parameters.map { ($0.name, Parameter($0.parameter.value)) }
            let resumed = try make(resumedParameters)
            try resumed.loadStateDict(saved)
            Self.train(resumed, steps: 3, from: 3)

            for (a, b) in zip(straight.parameters, resumed.parameters) {
                XCTAssertEqual(a.parameter.value.doubles, b.parameter.value.doubles, "\(name): \(a.name)")
            }
            XCTAssertEqual(saved["0.weight.step"]?.item, 3, name)
            XCTAssertEqual(saved["0.weight.step"]?.dtype, .int64, name)
        }
    }

    func testKeysFollowPyTorchSlotNames() throws {
        let expected: [String: Set<String>] = [
            "SGD": ["step", "momentum_buffer"],
            "AdaGrad": ["step", "sum"],
            "RMSProp": ["step", "square_avg", "grad_avg", "momentum_buffer"],
            "Adadelta": ["step", "square_avg", "acc_delta"],
            "Adam": ["step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"],
            "AdamW": ["step", "exp_avg", "exp_avg_sq"],
            "Adamax": ["step", "exp_avg", "exp_inf"],
            "NAdam": ["step", "exp_avg", "exp_avg_sq", "mu_product"],
        ]
        for (name, make) in Self.optimizers {
            let optimizer = try make(Self.model())
            XCTAssertTrue(optimizer.stateDict().isEmpty, "\(name): no state before the first step")
            Self.train(optimizer, steps: 1, from: 0)
            let keys = Set(optimizer.stateDict().keys)
            let slots = expected[name]!
            XCTAssertEqual(keys, Set(slots.map { "0.weight.\($0)" } + slots.map { "0.bias.\($0)" }), name)
        }
    }

    func testBadStateIsRejectedWithTheKey() throws {
        let optimizer = try Adam(Self.model())
        Self.train(optimizer, steps: 1, from: 0)
        let good = optimizer.stateDict()

        var unknown = good
        unknown["1.weight.exp_avg"] = Tensor.zeros([3, 2], dtype: .float64)
        assertThrows("optimizer state \"1.weight.exp_avg\": names no parameter of this optimizer") { try optimizer.loadStateDict(unknown) }

        var misshapen = good
        misshapen["0.bias.exp_avg"] = Tensor.zeros([4], dtype: .float64)
        assertThrows("optimizer state \"0.bias.exp_avg\": shape [4] does not match the parameter's [3]") {
            try optimizer.loadStateDict(misshapen)
        }

        var stepless = good
        stepless["0.bias.step"] = nil
        assertThrows("optimizer state \"0.bias.step\": missing, but the parameter has state") { try optimizer.loadStateDict(stepless) }

        var fractional = good
        fractional["0.bias.step"] = Tensor(1.5, dtype: .float64)
        assertThrows("optimizer state \"0.bias.step\": a step count must be one whole number >= 0, got shape []") {
            try optimizer.loadStateDict(fractional)
        }
    }

    func testLoadingConvertsToTheParameterDtype() throws {
        let w = parameter([1, 2], dtype: .float32)
        let optimizer = try Adam([("w", w)])
        try optimizer.loadStateDict([
            "w.step": Tensor([Int64(4)], shape: []),
            "w.exp_avg": Tensor([0.1, 0.2]),
            "w.exp_avg_sq": Tensor([0.01, 0.04]),
        ])
        XCTAssertEqual(optimizer.states[0].step, 4)
        XCTAssertEqual(optimizer.states[0]["exp_avg"]?.dtype, .float32)
    }
}

extension StateDictTests {
    /// A step count that no Int holds is an error, not a trap in the conversion.
    func testStepCountsBeyondAnIntAreRejected() throws {
        let optimizer = try Adam(Self.model())
        Self.train(optimizer, steps: 1, from: 0)
        for value in [Double.infinity, 1e300] {
            var huge = optimizer.stateDict()
            huge["0.bias.step"] = Tensor(value, dtype: .float64)
            assertThrows("optimizer state \"0.bias.step\": a step count must be one whole number >= 0, got shape []") {
                try optimizer.loadStateDict(huge)
            }
        }
    }
}
