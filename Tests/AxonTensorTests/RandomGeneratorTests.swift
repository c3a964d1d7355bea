import XCTest
@testable import AxonTensor

final class RandomGeneratorTests: XCTestCase {
    /// The first outputs of xoshiro256** seeded by SplitMix64 with 42,
    /// computed by an independent Python implementation of the published
    /// algorithms: the sequence is the same on every platform.
    func testSequenceMatchesTheReferenceAlgorithm() {
        var generator = RandomGenerator(seed: 42)
        XCTAssertEqual([generator.next(), generator.next(), generator.next()],
                       [1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009])
        var floats = RandomGenerator(seed: 42)
        XCTAssertEqual([floats.nextUnitFloat(), floats.nextUnitFloat(), floats.nextUnitFloat()],
                       [0.08386296033859253, 0.37898021936416626, 0.6800433993339539])
    }

    func testSameSeedSameTensorsDifferentSeedDifferentTensors() {
        var g1 = RandomGenerator(seed: 5), g2 = RandomGenerator(seed: 5), g3 = RandomGenerator(seed: 6)
        let a = Tensor.randomNormal([100], generator: &g1)
        let b = Tensor.randomNormal([100], generator: &g2)
        let c = Tensor.randomNormal([100], generator: &g3)
        XCTAssertEqual(a.floats, b.floats)
        XCTAssertNotEqual(a.floats, c.floats)
    }

    /// The fused mask is the composed one: the same draws, compared and scaled in the dtype.
    func testDropoutMaskEqualsUniformDrawsComparedAndScaled() {
        for dtype in [DType.float32, .float64] {
            for probability in [0.0, 0.25, 0.5, 0.9] {
                var fused = RandomGenerator(seed: 9), composed = RandomGenerator(seed: 9)
                let mask = Tensor.dropoutMask([3, 700], probability: probability, dtype: dtype, generator: &fused)
                let uniform = Tensor.randomUniform([3, 700], dtype: dtype, generator: &composed)
                let expected = (uniform .>= probability).cast(to: dtype) * (1 / (1 - probability))
                XCTAssertEqual(mask.shape, [3, 700])
                XCTAssertEqual(mask.dtype, dtype)
                XCTAssertEqual(mask.doubles, expected.doubles, "\(dtype) p = \(probability)")
                XCTAssertEqual(fused.next(), composed.next(), "both drew as many numbers")
                let kept = mask.doubles.filter { $0 != 0 }.count
                XCTAssertEqual(Double(kept) / 2100, 1 - probability, accuracy: 0.05)
            }
        }
    }

    func testDistributionsHaveTheirMomentsAndRanges() {
        var generator = RandomGenerator(seed: 1)
        let uniform = Tensor.randomUniform([20000], low: -2, high: 3, dtype: .float64, generator: &generator)
        XCTAssertGreaterThanOrEqual(uniform.min().item, -2)
        XCTAssertLessThan(uniform.max().item, 3)
        XCTAssertEqual(uniform.mean().item, 0.5, accuracy: 0.05)
        let normal = Tensor.randomNormal([20000], mean: 1, standardDeviation: 2, dtype: .float64, generator: &generator)
        XCTAssertEqual(normal.mean().item, 1, accuracy: 0.05)
        XCTAssertEqual(normal.variance().item.squareRoot(), 2, accuracy: 0.05)
        let integers = Tensor.randomIntegers([5000], low: 3, high: 7, generator: &generator)
        XCTAssertEqual(Set(integers.scalars(as: Int64.self)), [3, 4, 5, 6])
        let permutation = Tensor.randomPermutation(50, generator: &generator).scalars(as: Int64.self)
        XCTAssertEqual(permutation.sorted(), (0..<50).map(Int64.init))
        XCTAssertNotEqual(permutation, (0..<50).map(Int64.init))
    }

    func testStateRoundTripContinuesTheSequence() {
        var generator = RandomGenerator(seed: 9)
        _ = generator.next()
        var restored = RandomGenerator(seed: 0)
        restored.state = generator.state
        XCTAssertEqual(generator.next(), restored.next())
    }
}
