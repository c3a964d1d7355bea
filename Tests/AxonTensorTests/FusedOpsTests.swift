import Foundation
import XCTest
@testable import AxonTensor

final class FusedOpsTests: XCTestCase {
    func testLinearEqualsMatmulWithTransposePlusBias() {
        var generator = RandomGenerator(seed: 21)
        let x = Tensor.randomNormal([7, 5], dtype: .float64, generator: &generator)
        let w = Tensor.randomNormal([3, 5], dtype: .float64, generator: &generator)
        let b = Tensor.randomNormal([3], dtype: .float64, generator: &generator)
        assertClose(Tensor.linear(x, weight: w, bias: b).doubles, (Tensor.matmul(x, w.T) + b).doubles)
        XCTAssertEqual(Tensor.linear(x[0], weight: w).shape, [3])
    }

    /// Operands of two dtypes meet in the wider one, as in a matmul of casts,
    /// and each gradient comes back in its operand's own dtype.
    func testLinearOfMixedDTypesComputesInTheWiderOne() {
        var generator = RandomGenerator(seed: 22)
        var x = Tensor.randomNormal([4, 3], dtype: .float32, generator: &generator)
        var w = Tensor.randomNormal([2, 3], dtype: .float64, generator: &generator)
        var b = Tensor.randomNormal([2], dtype: .float32, generator: &generator)
        x.requiresGrad = true
        w.requiresGrad = true
        b.requiresGrad = true
        let y = Tensor.linear(x, weight: w, bias: b, activation: .tanh)
        XCTAssertEqual(y.dtype, .float64)
        let expected = (Tensor.matmul(x.cast(to: .float64), w.T) + b.cast(to: .float64)).tanh()
        XCTAssertEqual(y.doubles, expected.doubles)
        y.sum().backward()
        XCTAssertEqual(x.grad?.dtype, .float32)
        XCTAssertEqual(w.grad?.dtype, .float64)
        XCTAssertEqual(b.grad?.dtype, .float32)
        let upstream = 1 - expected.squared()  // tanh′ from the output
        assertClose(b.grad!.doubles, upstream.sum(axis: 0).doubles, rtol: 1e-6)
    }

    func testLinearWithAnActivationIsTheLayerThenTheActivationExactly() {
        let activations: [(LinearActivation, (Tensor) -> Tensor)] = [
            (.relu, { $0.relu() }), (.tanh, { $0.tanh() }), (.sigmoid, { $0.sigmoid() }),
        ]
        for dtype in [DType.float32, .float64] {
            for (fused, separate) in activations {
                var generator = RandomGenerator(seed: 5)
                var x = Tensor.randomNormal([6, 5], dtype: dtype, generator: &generator)
                var w = Tensor.randomNormal([4, 5], dtype: dtype, generator: &generator)
                var b = Tensor.randomNormal([4], dtype: dtype, generator: &generator)
                let upstream = Tensor.randomNormal([6, 4], dtype: dtype, generator: &generator)
                x.requiresGrad = true
                w.requiresGrad = true
                b.requiresGrad = true
                let one = Tensor.linear(x, weight: w, bias: b, activation: fused)
                (one * upstream).sum().backward()
                let oneGradients = [x.grad!, w.grad!, b.grad!].map(\.doubles)
                x.grad = nil
                w.grad = nil
                b.grad = nil
                let two = separate(Tensor.linear(x, weight: w, bias: b))
                (two * upstream).sum().backward()
                XCTAssertEqual(one.doubles, two.doubles, "\(fused) \(dtype) output")
                XCTAssertEqual(oneGradients, [x.grad!, w.grad!, b.grad!].map(\.doubles), "\(fused) \(dtype) gradients")
            }
        }
    }

    func testCrossEntropyAgainstHandComputedValues() {
        // Row 0: logits [0, ln 3] and label 1: -log(3/4). Row 1: [1000, 0], label 1: 1000.
        let logits = Tensor([[0, Foundation.log(3)], [1000, 0]] as [[Double]])
        let labels = Tensor([1, 1] as [Int64])
        let losses = Tensor.softmaxCrossEntropy(logits: logits, labels: labels)
        assertClose(losses.doubles, [-Foundation.log(0.75), 1000])
        // Smoothing ε = 0.2 over two classes: target [0.1, 0.9] on row 0.
        let smoothed = Tensor.softmaxCrossEntropy(logits: logits[0..<1], labels: labels[0..<1], labelSmoothing: 0.2)
        assertClose(smoothed.doubles, [-(0.1 * Foundation.log(0.25) + 0.9 * Foundation.log(0.75))])
    }

    func testCrossEntropyGradientIsSoftmaxMinusTarget() {
        var logits = Tensor([[1, 2, 3]] as [[Double]])
        logits.requiresGrad = true
        Tensor.softmaxCrossEntropy(logits: logits, labels: Tensor([0] as [Int64])).sum().backward()
        let exps = [1.0, 2, 3].map { Foundation.exp($0) }
        let total = exps.reduce(0, +)
        assertClose(logits.grad!.doubles, [exps[0] / total - 1, exps[1] / total, exps[2] / total])
    }

    func testMeanIsOneOpWithTheRightGradient() {
        var x = Tensor([1, 2, 3, 6] as [Double], shape: [2, 2])
        x.requiresGrad = true
        let m = x.mean(axis: 1)
        XCTAssertEqual(m.doubles, [1.5, 4.5])
        m.sum().backward()
        XCTAssertEqual(x.grad?.doubles, [0.5, 0.5, 0.5, 0.5])
    }
}
