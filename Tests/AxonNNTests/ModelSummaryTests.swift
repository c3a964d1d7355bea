import AxonNN
import AxonTensor
import XCTest

final class ModelSummaryTests: XCTestCase {
    func testThePrimersNetworkHas235146Parameters() throws {
        var generator = RandomGenerator(seed: 70)
        let model = try Sequential.multilayerPerceptron("784-256-128-10", generator: &generator)
        let summary = try ModelSummary(model: model, inputShape: [1, 784])
        XCTAssertEqual(summary.rows.map(\.type), ["Dense", "ReLU", "Dense", "ReLU", "Dense"])
        XCTAssertEqual(summary.rows.map(\.name), ["0", "1", "2", "3", "4"])
        XCTAssertEqual(summary.rows.map(\.outputShape), [[1, 256], [1, 256], [1, 128], [1, 128], [1, 10]])
        // m·n weights and n biases between layers of m and n neurons.
        XCTAssertEqual(summary.rows.map(\.parameterCount), [784 * 256 + 256, 0, 256 * 128 + 128, 0, 128 * 10 + 10])
        XCTAssertEqual(summary.totalParameters, 235_146)
        XCTAssertEqual(summary.trainableParameters, 235_146)
        let text = summary.description
        XCTAssertTrue(text.contains("Total params: 235,146 (918.54 KB)"), text)
        XCTAssertTrue(text.contains("Trainable params: 235,146 (918.54 KB)"), text)
        XCTAssertTrue(text.contains("Non-trainable params: 0 (0.00 B)"), text)
        XCTAssertTrue(text.contains("0 (Dense)"), text)
        XCTAssertTrue(text.contains("(None, 256)"), text)
        XCTAssertTrue(text.contains("200,960"), text)
        XCTAssertEqual(try model.summary(inputShape: [1, 784]), text)
    }

    func testASingleLayerAndNestedContainers() throws {
        let single = try ModelSummary(model: Dense(3, 2), inputShape: [1, 3])
        XCTAssertEqual(single.rows.map(\.name), ["dense"])
        let nested = Sequential { Flatten(); Sequential { Dense(6, 4); Tanh() }; Dense(4, 2) }
        let summary = try ModelSummary(model: nested, inputShape: [1, 2, 3])
        XCTAssertEqual(summary.rows.map(\.name), ["0", "1.0", "1.1", "2"])
        XCTAssertEqual(summary.rows.map(\.outputShape), [[1, 6], [1, 4], [1, 4], [1, 2]])
        XCTAssertEqual(summary.totalParameters, 6 * 4 + 4 + 4 * 2 + 2)
    }

    func testAnInputThatDoesNotFitIsNamed() {
        let model = Sequential { Dense(784, 10) }
        assertThrowsModuleError(["Dense(784 → 10)", "expected input width 784", "[1, 100]"]) { () throws(ModuleError) in
            _ = try model.summary(inputShape: [1, 100])
        }
    }
}

extension ModelSummaryTests {
    func testAShapeWithoutTheBatchDimensionIsRefusedWithTheFix() {
        assertThrowsModuleError(["no batch dimension", "[1, 784]"]) { () throws(ModuleError) in
            _ = try ModelSummary(model: Dense(784, 10), inputShape: [784])
        }
    }
}
