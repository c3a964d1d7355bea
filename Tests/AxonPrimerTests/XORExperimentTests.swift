import AxonPrimer
import XCTest

final class XORExperimentTests: XCTestCase {
    func testThePerceptronFailsOnXOR() throws {
        let result = try XORExperiment().run(seed: 0)
        XCTAssertFalse(result.perceptron.converged)
        XCTAssertEqual(result.perceptron.mistakesPerEpoch.count, 20)
        XCTAssertTrue(result.perceptron.mistakesPerEpoch.allSatisfy { $0 > 0 })
        XCTAssertLessThanOrEqual(result.perceptron.accuracy, 0.75)
    }

    func testTheDeepLinearNetworkIsOneLayerAndFailsTheSameWay() throws {
        for seed: UInt64 in 0 ..< 3 {
            let linear = try XORExperiment().run(seed: seed).linearNetwork
            XCTAssertEqual(linear.layers.map(\.outputs), [4, 4, 1])
            // W = W₃·W₂·W₁ and b = W₃(W₂b₁ + b₂) + b₃, multiplied out here by hand.
            var weight = linear.layers[0].weights, bias = linear.layers[0].biases
            for layer in linear.layers.dropFirst() {
                weight = multiply(layer.weights, weight)
                bias = zip(multiply(layer.weights, bias.map { [$0] }).map { $0[0] }, layer.biases).map { $0 + $1 }
            }
            XCTAssertEqual(linear.product.outputs, 1)
            XCTAssertEqual(linear.product.inputs, 2)
            assertClose(linear.product.weights[0], weight[0], atol: exactTolerance)
            assertClose(linear.product.biases, bias, atol: exactTolerance)
            // The network's outputs equal the single layer's over the whole decision grid.
            XCTAssertLessThan(linear.maximumDifferenceFromProduct, exactTolerance)
            XCTAssertLessThanOrEqual(linear.accuracy, 0.75)
        }
    }

    func testTheReLUAndTanhNetworksSeparateXOR() throws {
        for seed: UInt64 in 0 ..< 6 {
            let result = try XORExperiment().run(seed: seed)
            XCTAssertEqual(result.networks.map(\.activation), ["relu", "tanh"])
            for network in result.networks {
                XCTAssertEqual(network.accuracy, 1, "\(network.activation), seed \(seed)")
                XCTAssertLessThan(try XCTUnwrap(network.losses.last), try XCTUnwrap(network.losses.first))
                XCTAssertEqual(network.losses.count, result.steps + 1)
                // The decision regions put each corner in its class.
                for point in result.points {
                    let column = nearestIndex(network.regions.xs, point.x)
                    let row = nearestIndex(network.regions.ys, point.y)
                    XCTAssertEqual(network.regions.predictedClass(row: row, column: column), point.label)
                }
            }
        }
    }

    func testGridsAndDeterminism() throws {
        var experiment = XORExperiment()
        experiment.steps = 50
        experiment.gridCount = 21
        let result = try experiment.run(seed: 3)
        for grid in [result.perceptron.regions, result.linearNetwork.regions, result.networks[0].regions] {
            XCTAssertEqual(grid.xs.count, 21)
            XCTAssertEqual(grid.classes.count, 21 * 21)
            XCTAssertEqual(grid.xs.first, -0.5)
            XCTAssertEqual(grid.ys.last, 1.5)
        }
        XCTAssertEqual(result, try experiment.run(seed: 3))
        XCTAssertNotEqual(result.networks[0].losses, try experiment.run(seed: 4).networks[0].losses)
    }

    private func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        a.map { row in (0 ..< b[0].count).map { j in zip(row, b).map { $0 * $1[j] }.reduce(0, +) } }
    }

    private func nearestIndex(_ values: [Double], _ target: Double) -> Int {
        values.indices.min { abs(values[$0] - target) < abs(values[$1] - target) } ?? 0
    }
}
