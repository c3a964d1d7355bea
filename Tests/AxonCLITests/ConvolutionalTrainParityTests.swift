import Axon
import Foundation
import XCTest

/// A convolutional network trained step for step as PyTorch trains it:
/// `Fixtures/conv_training.json` (made by `make_conv_training.py`) holds
/// PyTorch's initial weights, data, every step's loss and the final weights
/// of a small LeNet-like network under Adam in float64. Axon's `Sequential`
/// (which fuses each convolution with its ReLU) starts from the same weights
/// and must give the same losses and weights to 1e-10.
final class ConvolutionalTrainParityTests: XCTestCase {
    /// A nested JSON array as a float64 tensor of its shape.
    func tensor(_ value: Any) throws -> Tensor {
        var shape: [Int] = []
        var probe: Any = value
        while let array = probe as? [Any] {
            shape.append(array.count)
            guard let first = array.first else { break }
            probe = first
        }
        func flatten(_ value: Any) -> [Double] {
            if let array = value as? [Any] { return array.flatMap(flatten) }
            return [(value as? NSNumber)?.doubleValue ?? .nan]
        }
        return Tensor(flatten(value), shape: shape)
    }

    func testSmallLeNetTrainsAsPyTorchDoes() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "conv_training", withExtension: "json", subdirectory: "Fixtures"))
        let fixture = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var generator = RandomGenerator(seed: 0)
        let model = Sequential([
            Conv2d(1, 4, kernelSize: 3, padding: 1, dtype: .float64, generator: &generator), ReLU(), MaxPool2d(2),
            Conv2d(4, 6, kernelSize: 3, dtype: .float64, generator: &generator), ReLU(), MaxPool2d(2), Flatten(),
            Dense(24, 10, dtype: .float64), ReLU(), Dense(10, 3, dtype: .float64),
        ])
        let initial = try XCTUnwrap(fixture["init"] as? [String: Any])
        _ = try model.loadStateDict(initial.mapValues(tensor))
        let x = try tensor(XCTUnwrap(fixture["x"]))
        let y = Tensor(try XCTUnwrap(fixture["y"] as? [Int]).map(Int64.init), shape: [x.shape[0]])
        let optimizer = try Adam(model, learningRate: try XCTUnwrap(fixture["lr"] as? Double))
        let batchSize = try XCTUnwrap(fixture["batch_size"] as? Int), epochs = try XCTUnwrap(fixture["epochs"] as? Int)
        var losses: [Double] = []
        for _ in 0..<epochs {
            for start in stride(from: 0, to: x.shape[0], by: batchSize) {
                let rows = start ..< min(start + batchSize, x.shape[0])
                optimizer.zeroGrad()
                let loss = crossEntropy(model(x[rows]), y[rows])
                loss.backward()
                optimizer.step()
                losses.append(loss.item)
            }
        }
        let expected = try XCTUnwrap(fixture["losses"] as? [Double])
        XCTAssertEqual(losses.count, expected.count)
        for (step, (axon, torch)) in zip(losses, expected).enumerated() {
            XCTAssertEqual(axon, torch, accuracy: 1e-10 * max(1, abs(torch)), "step \(step + 1)")
        }
        let final = try XCTUnwrap(fixture["final"] as? [String: Any])
        let trained = Dictionary(uniqueKeysWithValues: model.stateDict.map { ($0.name, $0.tensor) })
        XCTAssertEqual(Set(trained.keys), Set(final.keys))
        var largest = 0.0
        for (name, value) in final {
            let want = try tensor(value).doubles, got = try XCTUnwrap(trained[name]).doubles
            XCTAssertEqual(got.count, want.count, name)
            for (a, b) in zip(got, want) { largest = max(largest, abs(a - b) / max(1, abs(b))) }
        }
        XCTAssertLessThan(largest, 1e-10, "largest relative difference of a final weight")
        // The weights moved: the comparison is of a trained network, not the start.
        let start = try tensor(XCTUnwrap(initial["0.weight"])).doubles
        XCTAssertGreaterThan(zip(start, try XCTUnwrap(trained["0.weight"]).doubles).map { abs($0 - $1) }.max()!, 1e-3)
    }
}
