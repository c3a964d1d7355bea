import AxonNN
import AxonTensor
import XCTest

final class LossTests: XCTestCase {
    /// The losses under test by the fixture's names: (input, target) → loss.
    static func loss(named name: String) -> (Tensor, Tensor) -> Tensor {
        switch name {
        case "cross_entropy": return { crossEntropy($0, $1) }
        case "cross_entropy_sum": return { crossEntropy($0, $1, reduction: .sum) }
        case "cross_entropy_label_smoothing": return { crossEntropy($0, $1, labelSmoothing: 0.1) }
        case "nll": return { negativeLogLikelihood($0, $1) }
        case "mse": return { meanSquaredError($0, $1) }
        case "l1": return { l1Loss($0, $1) }
        case "huber": return { huberLoss($0, $1, delta: 1) }
        case "bce_with_logits": return { binaryCrossEntropyWithLogits($0, $1) }
        case "bce": return { binaryCrossEntropy($0, $1) }
        default: fatalError("no loss for fixture case \(name)")
        }
    }

    /// The fixture's target: integer labels for the classification losses.
    private func target(_ numbers: Numbers, dtype: DType) -> Tensor {
        numbers.tensor.cast(to: numbers.isMatrix ? dtype : .int64)
    }

    private func check(dtype: DType, rtol: Double, atol: Double) {
        for case_ in FunctionalFixture.shared.losses {
            let f = Self.loss(named: case_.name)
            let labels = target(case_.target, dtype: dtype)
            let (value, grad) = valueAndGradient(at: Tensor(case_.input).cast(to: dtype)) { f($0, labels) }
            XCTAssertEqual(value.dtype, dtype, case_.name)
            XCTAssertEqual(value.shape, [], case_.name)
            assertClose([value.item], [case_.value], rtol: rtol, atol: atol, "\(case_.name) \(dtype) value")
            assertClose(grad.doubles, case_.grad.flatMap { $0 }, rtol: rtol, atol: atol, "\(case_.name) \(dtype) gradient")
        }
    }

    func testMatchesPyTorchInFloat64() {
        check(dtype: .float64, rtol: Tolerance.pytorchFloat64, atol: 0)
    }

    func testMatchesPyTorchInFloat32() {
        check(dtype: .float32, rtol: Tolerance.pytorchFloat32, atol: Tolerance.pytorchFloat32)
    }

    func testReductionsAgree() {
        let p = randomTensor([4, 3], seed: 1), t = randomTensor([4, 3], seed: 2)
        let losses: [(String, (Tensor, Tensor, Reduction) -> Tensor)] = [
            ("mse", { meanSquaredError($0, $1, reduction: $2) }), ("l1", { l1Loss($0, $1, reduction: $2) }),
            ("huber", { huberLoss($0, $1, reduction: $2) }), ("hinge", { hingeLoss($0, $1.sign(), reduction: $2) }),
            ("bceLogits", { binaryCrossEntropyWithLogits($0, $1.sigmoid(), reduction: $2) }),
            ("bce", { binaryCrossEntropy($0.sigmoid(), $1.sigmoid(), reduction: $2) }),
        ]
        for (name, f) in losses {
            let none = f(p, t, .none)
            XCTAssertEqual(none.shape, [4, 3], name)
            assertClose([f(p, t, .sum).item], [none.sum().item], rtol: 1e-14, name)
            assertClose([f(p, t, .mean).item], [none.mean().item], rtol: 1e-14, name)
        }
        let labels = Tensor([Int64(0), 2, 1, 2])
        XCTAssertEqual(crossEntropy(p, labels, reduction: .none).shape, [4])
        assertClose([crossEntropy(p, labels, reduction: .sum).item], [crossEntropy(p, labels).item * 4], rtol: 1e-14)
    }

    func testEveryLossPassesGradcheck() {
        let p = randomTensor([4, 3], seed: 3, scale: 2), t = randomTensor([4, 3], seed: 4)
        let labels = Tensor([Int64(0), 2, 1, 2])
        let signs = t.sign()
        let probabilities = t.sigmoid()
        let cases: [(String, ([Tensor]) -> Tensor)] = [
            ("mse", { meanSquaredError($0[0], $0[1]) }),
            ("l1", { l1Loss($0[0], t) }),
            ("huber", { huberLoss($0[0], t, delta: 0.7) }),
            ("hinge", { hingeLoss($0[0], signs, margin: 0.5) }),
            ("bce", { binaryCrossEntropy($0[0].sigmoid(), $0[1].sigmoid()) }),
            ("bceWithLogits", { binaryCrossEntropyWithLogits($0[0], probabilities) }),
            ("crossEntropy", { crossEntropy($0[0], labels) }),
            ("crossEntropySmoothed", { crossEntropy($0[0], labels, labelSmoothing: 0.2) }),
            ("nll", { negativeLogLikelihood(logSoftmax($0[0], axis: 1), labels) }),
        ]
        for (name, f) in cases {
            let result = gradcheck(f, inputs: [p, t])
            XCTAssertTrue(result.passed, "\(name): max relative error \(result.maxRelativeError)")
        }
    }

    func testExtremeLogitsGiveFiniteLossesAndGradients() {
        for dtype in [DType.float32, .float64] {
            let logits = Tensor([[90.0, -90, 0], [-50, 50, 1000]]).cast(to: dtype)
            let targets = Tensor([[0.0, 1, 1], [1, 0, 0]]).cast(to: dtype)
            let bce = valueAndGradient(at: logits) { binaryCrossEntropyWithLogits($0, targets) }
            assertFinite(bce.value, "bceWithLogits \(dtype)")
            assertFinite(bce.gradient, "bceWithLogits \(dtype)")
            // Each wrong answer by 90 costs 90: the fused form never forms log(0).
            assertClose([bce.value.item * 6], [90 + 90 + 0.6931471805599453 + 50 + 50 + 1000], rtol: 1e-6)
            let labels = Tensor([Int64(1), 0])
            let ce = valueAndGradient(at: logits) { crossEntropy($0, labels) }
            assertFinite(ce.value, "crossEntropy \(dtype)")
            assertFinite(ce.gradient, "crossEntropy \(dtype)")
            assertClose([ce.value.item], [(180 + 1050) / 2], rtol: 1e-6)
            let probabilities = Tensor([[0.0, 1, 1e-30], [1, 0, 0.5]]).cast(to: dtype)
            let clamped = valueAndGradient(at: probabilities) { binaryCrossEntropy($0, targets) }
            assertFinite(clamped.value, "bce \(dtype)")
            assertFinite(clamped.gradient, "bce \(dtype)")
            XCTAssertLessThanOrEqual(clamped.value.item, 100)
        }
    }

    func testHingeLossByHand() {
        let scores = Tensor([2.0, 0.5, -0.3, -3])
        let labels = Tensor([1.0, 1, 1, -1])
        // max(0, 1 − y·s): 0, 0.5, 1.3, 0.
        assertClose(hingeLoss(scores, labels, reduction: .none).doubles, [0, 0.5, 1.3, 0], rtol: 1e-15)
        assertClose([hingeLoss(scores, labels).item], [0.45], rtol: 1e-15)
        let gradient = AxonTensor.gradient(at: scores) { hingeLoss($0, labels, reduction: .sum) }
        XCTAssertEqual(gradient.doubles, [0, -1, -1, 0])
    }

    func testHuberIsQuadraticInsideDeltaAndLinearOutside() {
        let predictions = Tensor([0.5, -3.0]), targets = Tensor([0.0, 0.0])
        assertClose(huberLoss(predictions, targets, delta: 2, reduction: .none).doubles, [0.125, 2 * (3 - 1)])
    }

    func testInvalidInputsAreNamed() {
        let logits = Tensor([[1.0, 2, 3], [0, 0, 0]])
        assertThrowsModuleError(["crossEntropy", "label 3 at sample 1", "0..<3"]) { () throws(ModuleError) in
            try validateClassification(logits, Tensor([Int64(0), 3]), loss: "crossEntropy")
        }
        assertThrowsModuleError(["labels of shape [3]", "[2, 3]"]) { () throws(ModuleError) in
            try validateClassification(logits, Tensor([Int64(0), 1, 2]), loss: "crossEntropy")
        }
        assertThrowsModuleError(["integer class indices", "float64"]) { () throws(ModuleError) in
            try validateClassification(logits, Tensor([0.0, 1]), loss: "nll")
        }
        assertThrowsModuleError(["[samples, classes]", "[3]"]) { () throws(ModuleError) in
            try validateClassification(Tensor([1.0, 2, 3]), Tensor([Int64(0)]), loss: "crossEntropy")
        }
    }
}

final class LossEnumTests: XCTestCase {
    func testNamesParseAndCallTheirFunctions() throws {
        let p = randomTensor([4, 3], seed: 90), t = randomTensor([4, 3], seed: 91)
        let labels = Tensor([Int64(0), 2, 1, 2])
        for name in Loss.names {
            let loss = try Loss(parsing: name)
            let targets = loss.takesClassLabels ? labels : (name.hasPrefix("bce") ? t.sigmoid() : t)
            let input = name == "bce" ? p.sigmoid() : p
            let expected = LossTests.loss(named: [
                "mse": "mse", "l1": "l1", "huber": "huber", "bce": "bce", "bce-with-logits": "bce_with_logits",
                "cross-entropy": "cross_entropy", "nll": "nll",
            ][name] ?? "mse")
            if name == "hinge" {
                XCTAssertEqual(loss(input, targets).item, hingeLoss(input, targets).item)
            } else {
                XCTAssertEqual(loss(input, targets).item, expected(input, targets).item, name)
            }
        }
        XCTAssertEqual(try Loss(parsing: "Cross_Entropy"), .crossEntropy(labelSmoothing: 0))
        assertThrowsModuleError(["unknown loss 'kl'", "cross-entropy"]) { () throws(ModuleError) in
            _ = try Loss(parsing: "kl")
        }
    }
}
