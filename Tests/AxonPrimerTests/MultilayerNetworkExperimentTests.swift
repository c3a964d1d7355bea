import AxonPrimer
import XCTest

final class MultilayerNetworkExperimentTests: XCTestCase {
    func testParameterCountsAreMTimesNPlusNAndMatchAxons() throws {
        let result = try MultilayerNetworkExperiment().run(seed: 0)
        XCTAssertEqual(result.sizes, [4, 5, 3])
        XCTAssertEqual(result.layers.map(\.parameterCount), [4 * 5 + 5, 5 * 3 + 3])
        XCTAssertEqual(result.layers.map(\.parameterCount), result.axonLayerParameterCounts)
        XCTAssertEqual(result.parameterCount, 43)
        XCTAssertEqual(result.axonParameterCount, 43)
        for (index, layer) in result.layers.enumerated() {
            XCTAssertEqual(layer.inputs, result.sizes[index])
            XCTAssertEqual(layer.outputs, result.sizes[index + 1])
            XCTAssertEqual(layer.weights.count, layer.outputs)
            XCTAssertTrue(layer.weights.allSatisfy { $0.count == layer.inputs })
            XCTAssertEqual(layer.biases.count, layer.outputs)
        }
        XCTAssertEqual(result.featureNames.count, 4)
        XCTAssertEqual(result.classNames, ["setosa", "versicolor", "virginica"])
    }

    func testTheDrawnNetworkIsTrained() throws {
        let result = try MultilayerNetworkExperiment().run(seed: 0)
        XCTAssertEqual(result.losses.count, result.epochs)
        XCTAssertLessThan(try XCTUnwrap(result.losses.last), 0.2 * (try XCTUnwrap(result.losses.first)))
        XCTAssertGreaterThanOrEqual(result.trainingAccuracy, 0.95)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(result.testAccuracy), 0.9)
    }

    func testSameSeedSameWeights() throws {
        var experiment = MultilayerNetworkExperiment()
        experiment.epochs = 5
        XCTAssertEqual(try experiment.run(seed: 2), try experiment.run(seed: 2))
        XCTAssertNotEqual(try experiment.run(seed: 2).layers, try experiment.run(seed: 3).layers)
    }
}
