import AxonNN
import AxonTensor
import XCTest

final class DropoutTests: XCTestCase {
    func testTrainingZeroesAboutPAndScalesTheRest() {
        let layer = Dropout(0.3)
        let y = layer(Tensor.ones([100, 100])).doubles
        let zeros = y.filter { $0 == 0 }.count
        XCTAssertEqual(Double(zeros) / 10_000, 0.3, accuracy: 0.02)
        let survivors = Set(y.filter { $0 != 0 })
        XCTAssertEqual(survivors.count, 1)
        XCTAssertEqual(survivors.first!, 1 / 0.7, accuracy: 1e-6)
        // The expected value is kept.
        XCTAssertEqual(y.reduce(0, +) / 10_000, 1, accuracy: 0.05)
    }

    func testEvaluationAndZeroProbabilityPassThrough() {
        let x = randomTensor([4, 5], seed: 40)
        let layer = Dropout(0.5)
        layer.eval()
        XCTAssertEqual(layer(x).doubles, x.doubles)
        XCTAssertEqual(Dropout(0)(x).doubles, x.doubles)
    }

    func testSeededMasksAndGradient() {
        let x = randomTensor([3, 6], seed: 41)
        // Masks from the global generator: new ones each call, the same ones after the same seed.
        manualSeed(12)
        let global = (Dropout(0.5)(x).doubles, Dropout(0.5)(x).doubles)
        XCTAssertNotEqual(global.0, global.1)
        manualSeed(12)
        XCTAssertEqual(Dropout(0.5)(x).doubles, global.0)
        let layer = Dropout(0.5, generator: RandomGenerator(seed: 3))
        let first = layer(x).doubles, second = layer(x).doubles
        XCTAssertNotEqual(first, second, "each call draws a new mask")
        // The gradient is the mask: 2 where kept, 0 where dropped.
        var probe = Dropout(0.5, generator: RandomGenerator(seed: 4))
        let y = probe(x)
        probe = Dropout(0.5, generator: RandomGenerator(seed: 4))
        let gradient = AxonTensor.gradient(at: x) { probe($0).sum() }
        XCTAssertEqual(gradient.doubles, y.doubles.map { $0 == 0 ? 0 : 2 })
    }

    func testProbabilityOutsideTheRangeIsNamed() {
        for p in [1.0, -0.1, 1.5, .nan] {
            assertThrowsModuleError(["Dropout", "probability must be in [0, 1)", "\(p)"]) { () throws(ModuleError) in
                try Dropout.validate(probability: p)
            }
        }
        XCTAssertNoThrow(try Dropout.validate(probability: 0.99))
    }
}
