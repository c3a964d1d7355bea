import AxonNN
import AxonTensor
import XCTest

final class InitializerTests: XCTestCase {
    func testInitialisersHaveTorchNNInitStatistics() {
        let fanIn = 400, fanOut = 200
        let cases: [(Initializer, Double)] = [
            (.xavierUniform(), 2.0 / Double(fanIn + fanOut)),
            (.xavierNormal(), 2.0 / Double(fanIn + fanOut)),
            (.kaimingUniform(), 2.0 / Double(fanIn)),
            (.kaimingNormal(), 2.0 / Double(fanIn)),
            (.kaimingNormal(mode: .fanOut), 2.0 / Double(fanOut)),
            (.xavierUniform(gain: 2), 4 * 2.0 / Double(fanIn + fanOut)),
            (.pytorchDefault, 1.0 / (3 * Double(fanIn))),
        ]
        for (initializer, expectedVariance) in cases {
            var generator = RandomGenerator(seed: 5)
            let values = initializer.makeTensor(shape: [fanOut, fanIn], fanIn: fanIn, fanOut: fanOut,
                                                dtype: .float64, generator: &generator).doubles
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
            XCTAssertEqual(variance / expectedVariance, 1, accuracy: 0.02, "\(initializer)")
            XCTAssertEqual(mean, 0, accuracy: 0.01 * expectedVariance.squareRoot() * 10, "\(initializer)")
        }
        // Uniform initialisers stay within their bound √3·σ.
        var generator = RandomGenerator(seed: 6)
        let xavier = Initializer.xavierUniform().makeTensor(shape: [fanOut, fanIn], fanIn: fanIn, fanOut: fanOut, generator: &generator)
        XCTAssertLessThanOrEqual(xavier.abs().max().item, (6.0 / Double(fanIn + fanOut)).squareRoot() + 1e-7)
        XCTAssertEqual(Initializer.zeros.makeTensor(shape: [2], fanIn: 1, fanOut: 1, generator: &generator).doubles, [0, 0])
        XCTAssertEqual(Initializer.constant(0.25).makeTensor(shape: [2], fanIn: 1, fanOut: 1, generator: &generator).doubles, [0.25, 0.25])
        let layer = Dense(inputs: 3, outputs: 2, weightInitializer: .constant(1), biasInitializer: .zeros)
        XCTAssertEqual(layer(Tensor([[1.0, 2, 3]])).doubles, [6, 6])
    }
}
