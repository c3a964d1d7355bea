import AxonData
import AxonNN
import AxonOptim
import AxonTensor
import XCTest
@testable import AxonTrain

/// The trainer's graph-free step for multilayer perceptrons (`DenseStackStep`)
/// against the recorded graph it stands in for: the same losses, accuracies
/// and weights, bit for bit, epoch after epoch.
final class DenseStackTests: XCTestCase {
    /// A network of `Dense` layers and activations, the same for the same seed.
    typealias Network = (inout RandomGenerator) -> Sequential

    /// `network` trained twice from the same weights: under the built-in
    /// cross-entropy (the graph-free step) and under the same loss as a
    /// closure (which the trainer cannot see into, so it records the graph).
    func assertSameTraining(_ name: String, network: Network, dtype: DType = .float32, smoothing: Double = 0,
                            data: TensorDataset, batchSize: Int, shuffle: Bool = true, epochs: Int = 3,
                            optimizer makeOptimizer: (Sequential) throws -> any Optimizer) throws {
        func model() -> Sequential {
            var generator = RandomGenerator(seed: 11)
            return network(&generator)
        }
        let (fused, recorded) = (model(), model())
        let stackTrainer = Trainer(model: fused, loss: .crossEntropy(labelSmoothing: smoothing),
                                   optimizer: try makeOptimizer(fused), progress: nil)
        let graphTrainer = Trainer(model: recorded, optimizer: try makeOptimizer(recorded), progress: nil) {
            crossEntropy($0, $1, labelSmoothing: smoothing)
        }
        func loader() -> DataLoader { DataLoader(data, batchSize: .size(batchSize), shuffle: shuffle, seed: 5) }
        let stackHistory = try stackTrainer.fit(loader(), epochs: epochs)
        let graphHistory = try graphTrainer.fit(loader(), epochs: epochs)
        XCTAssertNotNil(stackTrainer.denseStack, "\(name): the built-in loss took the graph")
        XCTAssertNil(graphTrainer.denseStack, "\(name): the closure took the graph-free step")
        for (a, b) in zip(stackHistory.epochs, graphHistory.epochs) {
            XCTAssertEqual(a.loss.bitPattern, b.loss.bitPattern, "\(name) epoch \(a.epoch): loss \(a.loss) against \(b.loss)")
            XCTAssertEqual(a.accuracy, b.accuracy, "\(name) epoch \(a.epoch)")
        }
        for ((key, a), (_, b)) in zip(fused.namedParameters, recorded.namedParameters) {
            let (x, y) = (a.value.scalars(as: Double.self), b.value.scalars(as: Double.self))
            if let i = x.indices.first(where: { x[$0].bitPattern != y[$0].bitPattern }) {
                XCTFail("\(name): \(key)[\(i)] is \(x[i]) after the graph-free steps, \(y[i]) after the graph's")
            }
        }
    }

    /// Inputs of `width` columns and labels of `classes` classes, `rows` of
    /// them, from a seed.
    func randomData(rows: Int, width: Int, classes: Int, dtype: DType = .float32) -> TensorDataset {
        var generator = RandomGenerator(seed: 3)
        let inputs = Tensor.randomNormal([rows, width], dtype: dtype, generator: &generator)
        let labels = (0..<rows).map { _ in Int(generator.nextUnitDouble() * Double(classes)) % classes }
        return TensorDataset(inputs: inputs, targets: Tensor(labels.map(Int64.init), shape: [rows]), classes: classes)
    }

    func testTheSpiralNetworkWithMomentumAndAPartialLastBatch() throws {
        // 1,000 points in batches of 32: the last batch has 8 rows.
        let data = SyntheticData.spiral(classes: 2, samplesPerClass: 500, testSamplesPerClass: 1, seed: 0).train
        try assertSameTraining("2-16-16-2 tanh", network: { .multilayerPerceptron(sizes: [2, 16, 16, 2], activation: .tanh, generator: &$0) },
                               data: data, batchSize: 32) { try SGD($0, learningRate: 0.1, momentum: 0.9) }
    }

    /// Batches picked in file order (no order to read) and one batch of
    /// every example (never shuffled) take the step's own gathering too.
    func testFileOrderAndOneBatchOfEveryExample() throws {
        let data = SyntheticData.spiral(classes: 3, samplesPerClass: 40, testSamplesPerClass: 1, seed: 1).train
        let network: Network = { .multilayerPerceptron(sizes: [2, 8, 3], activation: .tanh, generator: &$0) }
        try assertSameTraining("file order", network: network, data: data, batchSize: 16, shuffle: false) {
            try SGD($0, learningRate: 0.1)
        }
        try assertSameTraining("one batch", network: network, data: data, batchSize: 500) { try SGD($0, learningRate: 0.1) }
    }

    /// The rows the step picks out of a data set itself are the loader's
    /// batch: the same loss, count and gradients as the batch's tensors give,
    /// shuffled and in file order.
    func testPickedRowsAreTheLoadersBatch() throws {
        let data = randomData(rows: 45, width: 3, classes: 4)
        func model() -> Sequential {
            var generator = RandomGenerator(seed: 8)
            return .multilayerPerceptron(sizes: [3, 6, 4], activation: .relu, generator: &generator)
        }
        let (picking, given) = (model(), model())
        let (picked, batched) = (DenseStackStep(layers: try XCTUnwrap(picking.denseStack)),
                                 DenseStackStep(layers: try XCTUnwrap(given.denseStack)))
        for shuffle in [true, false] {
            let epoch = DataLoader(data, batchSize: .size(10), shuffle: shuffle, seed: 4).batches(epoch: 0)
            for index in epoch.indices {
                let batch = epoch[index]
                let result = try XCTUnwrap(epoch.withRows(of: index) { inputs, labels, positions, order in
                    XCTAssertEqual(order == nil, !shuffle)
                    XCTAssertTrue(picked.accepts(rowsOf: inputs, labels: labels))
                    return picked.forward(rows: positions, order: order, of: inputs, labels: labels)
                })
                let expected = batched.forward(batch.inputs, labels: batch.targets)
                XCTAssertEqual(result.loss.bitPattern, expected.loss.bitPattern, "batch \(index), shuffled: \(shuffle)")
                XCTAssertEqual(result.correct, expected.correct, "batch \(index), shuffled: \(shuffle)")
                picked.backward()
                batched.backward()
                for ((name, a), (_, b)) in zip(picking.namedParameters, given.namedParameters) {
                    XCTAssertEqual(a.grad?.scalars(as: Float.self), b.grad?.scalars(as: Float.self), "\(name), batch \(index)")
                    a.grad = nil
                    b.grad = nil
                }
            }
        }
    }

    /// Only float rows as stored, with int64 labels, are picked: bytes that
    /// a batch widens and scales, and rows a batch reshapes, are not.
    func testOnlyRowsAsStoredArePicked() throws {
        let bytes = TensorDataset(inputs: Tensor([0, 255, 128, 7] as [UInt8], shape: [2, 2]),
                                  targets: Tensor([0, 1] as [Int64], shape: [2]), inputScale: 1.0 / 255)
        let images = randomData(rows: 4, width: 4, classes: 2).withSampleShape([1, 2, 2])
        let floats = randomData(rows: 4, width: 4, classes: 2)
        func picks(_ data: TensorDataset) -> Bool {
            DataLoader(data, batchSize: .size(2)).batches(epoch: 0).withRows(of: 0) { _, _, _, _ in true } ?? false
        }
        XCTAssertFalse(picks(bytes))
        XCTAssertFalse(picks(images))
        XCTAssertTrue(picks(floats))
    }

    func testReLUAndAdamInFloat64WithLabelSmoothing() throws {
        try assertSameTraining("4-24-12-3 relu float64", network: { generator in
            Sequential([Dense(4, 24, dtype: .float64, generator: &generator), ReLU(),
                        Dense(24, 12, dtype: .float64, generator: &generator), ReLU(),
                        Dense(12, 3, dtype: .float64, generator: &generator)])
        }, smoothing: 0.1, data: randomData(rows: 90, width: 4, classes: 3, dtype: .float64), batchSize: 16) {
            try Adam($0, learningRate: 0.01)
        }
    }

    /// Sigmoid, a layer without bias, two Dense layers in a row, an
    /// activation on the logits, wide layers whose products the pool
    /// splits, and a batch of one row.
    func testEveryLayerShapeTheStackTakes() throws {
        let network: Network = { generator in
            Sequential([Dense(20, 300, generator: &generator), Sigmoid(),
                        Dense(300, 200, bias: false, generator: &generator),
                        Dense(200, 5, generator: &generator), Tanh()])
        }
        let data = randomData(rows: 70, width: 20, classes: 5)
        for batchSize in [64, 1] {
            try assertSameTraining("20-300-200-5 batch \(batchSize)", network: network, data: data, batchSize: batchSize,
                                   epochs: 2) { try SGD($0, learningRate: 0.05, momentum: 0.5, weightDecay: 1e-3) }
        }
    }

    func testOtherModelsAndLossesKeepTheGraph() throws {
        let data = SyntheticData.blobs(seed: 1).train
        var generator = RandomGenerator(seed: 0)
        let dropout = Sequential([Dense(2, 8, generator: &generator), ReLU(), Dropout(0.5), Dense(8, 2, generator: &generator)])
        let activationFirst = Sequential([ReLU(), Dense(2, 2, generator: &generator)])
        for (name, model, loss) in [("dropout", dropout, Loss.crossEntropy), ("activation first", activationFirst, .crossEntropy),
                                    ("mean squared error", Sequential.multilayerPerceptron(sizes: [2, 2], generator: &generator),
                                     .meanSquaredError)] {
            let trainer = Trainer(model: model, loss: loss, optimizer: try SGD(model, learningRate: 0.1), progress: nil)
            let targets = loss == .meanSquaredError ? data.oneHotTargets() : data
            try trainer.fit(DataLoader(targets, batchSize: .size(16)), epochs: 1)
            XCTAssertNil(trainer.denseStack, name)
            XCTAssertEqual(trainer.steps, DataLoader(targets, batchSize: .size(16)).batchCount, name)
        }
    }

    /// The step hands its gradients out as the parameters' `grad` and reuses
    /// the memory only once nothing else holds it: a gradient kept by the
    /// caller keeps its values, and gradients not cleared add up as
    /// `backward()` adds them.
    func testAGradientTheCallerKeepsIsNotOverwritten() throws {
        var generator = RandomGenerator(seed: 2)
        let model = Sequential.multilayerPerceptron(sizes: [3, 4, 2], activation: .tanh, generator: &generator)
        let step = DenseStackStep(layers: try XCTUnwrap(model.denseStack))
        let x1 = Tensor.randomNormal([5, 3], generator: &generator), x2 = Tensor.randomNormal([5, 3], generator: &generator)
        let labels = Tensor([0, 1, 1, 0, 1] as [Int64], shape: [5])
        let weight = model.namedParameters[0].parameter
        func run(_ x: Tensor) {
            _ = step.forward(x, labels: labels)
            step.backward()
        }
        // The gradients of each batch alone, from the graph.
        func recorded(_ x: Tensor) -> [Float] {
            weight.grad = nil
            crossEntropy(model(x), labels).backward()
            defer { weight.grad = nil }
            return weight.grad!.scalars(as: Float.self)
        }
        let (first, second) = (recorded(x1), recorded(x2))
        run(x1)
        let kept = try XCTUnwrap(weight.grad)
        XCTAssertEqual(kept.scalars(as: Float.self), first)
        weight.grad = nil
        run(x2)
        XCTAssertEqual(kept.scalars(as: Float.self), first, "the next step wrote into a gradient the caller holds")
        XCTAssertEqual(weight.grad?.scalars(as: Float.self), second)
        run(x1)  // not cleared: added
        XCTAssertEqual(weight.grad?.scalars(as: Float.self), zip(second, first).map { $0 + $1 })
    }
}
