import AxonData
import AxonNN
import AxonOptim
import AxonTensor
import Foundation
import XCTest
@testable import AxonTrain

final class TrainerTests: XCTestCase {
    func makeTrainer(sizes: [Int], activation: Activation = .tanh, learningRate: Double = 0.1,
                     loss: Loss = .crossEntropy(labelSmoothing: 0), seed: UInt64 = 0) throws -> Trainer {
        var generator = RandomGenerator(seed: seed)
        let model = Sequential.multilayerPerceptron(sizes: sizes, activation: activation, generator: &generator)
        let optimizer = try SGD(model, learningRate: learningRate, momentum: 0.9)
        return Trainer(model: model, loss: loss, optimizer: optimizer, progress: nil)
    }

    func testAHiddenLayerLearnsXORWhichNoStraightLineSeparates() throws {
        let data = SyntheticData.xor(seed: 1)
        let trainer = try makeTrainer(sizes: [2, 16, 2])
        let history = try trainer.fit(DataLoader(data.train, batchSize: .size(16), seed: 1), epochs: 40, test: data.test)
        XCTAssertEqual(history.epochs.count, 40)
        XCTAssertGreaterThan(try XCTUnwrap(history.last?.testAccuracy), 0.9)
        XCTAssertLessThan(history.epochs[39].loss, history.epochs[0].loss)
        // Without the hidden layer the model is one straight line: XOR stays out of reach.
        let linear = try makeTrainer(sizes: [2, 2])
        let straight = try linear.fit(DataLoader(data.train, batchSize: .size(16), seed: 1), epochs: 40, test: data.test)
        XCTAssertLessThan(try XCTUnwrap(straight.last?.testAccuracy), 0.8)
    }

    func testBatchStochasticAndMiniBatchGradientDescentAllTrain() throws {
        let data = SyntheticData.blobs(seed: 2)
        for batch in [BatchSize.full, .size(1), .size(8)] {
            let trainer = try makeTrainer(sizes: [2, 2], learningRate: batch == .full ? 0.5 : 0.05)
            let loader = DataLoader(data.train, batchSize: batch, seed: 2)
            let history = try trainer.fit(loader, epochs: 20)
            XCTAssertEqual(trainer.steps, 20 * loader.batchCount, "\(batch)")
            XCTAssertGreaterThan(try XCTUnwrap(history.last?.accuracy), 0.97, "\(batch)")
        }
    }

    func testATooLargeLearningRateStopsWithAnErrorNamingTheStep() throws {
        let data = SyntheticData.spiral(seed: 3)
        let trainer = try makeTrainer(sizes: [2, 32, 3], activation: .relu, learningRate: 1e6, loss: .meanSquaredError)
        let regression = data.train.oneHotTargets()
        XCTAssertThrowsError(try trainer.fit(DataLoader(regression, batchSize: .size(32)), epochs: 5)) { error in
            guard case let .diverged(epoch, step, loss, learningRate)? = error as? TrainingError else {
                return XCTFail("expected a divergence error, got \(error)")
            }
            XCTAssertEqual(epoch, 1)
            XCTAssertGreaterThan(step, 1)
            XCTAssertFalse(loss.isFinite)
            XCTAssertEqual(learningRate, 1e6)
            XCTAssertTrue("\(error)".contains("learning rate is probably too large"))
        }
    }

    func testEarlyStoppingEndsTrainingWhenTheMetricStalls() throws {
        let data = SyntheticData.blobs(seed: 4)
        let trainer = try makeTrainer(sizes: [2, 2], learningRate: 0)  // nothing changes, so nothing improves
        trainer.callbacks = [EarlyStopping(monitor: .loss, patience: 2)]
        let history = try trainer.fit(DataLoader(data.train, batchSize: .size(32), shuffle: false), epochs: 10)
        XCTAssertEqual(history.epochs.count, 3)
        XCTAssertTrue(history.stoppedEarly)
    }

    func testEpochScheduleSetsTheLearningRateOfEachEpoch() throws {
        let data = SyntheticData.blobs(seed: 5)
        let trainer = try makeTrainer(sizes: [2, 2])
        trainer.schedule = try .step(learningRate: 0.1, stepSize: 2, gamma: 0.5)
        var rates: [Double] = []
        trainer.callbacks = [EpochHook(observing: { rates.append($0.learningRate) })]
        _ = try trainer.fit(DataLoader(data.train, batchSize: .size(32)), epochs: 5)
        XCTAssertEqual(rates, [0.1, 0.1, 0.05, 0.05, 0.025])
    }

    func testSameSeedSameRunBitForBit() throws {
        let data = SyntheticData.moons(seed: 6)
        func run() throws -> [Float] {
            let trainer = try makeTrainer(sizes: [2, 8, 2], seed: 9)
            _ = try trainer.fit(DataLoader(data.train, batchSize: .size(16), seed: 9), epochs: 3)
            return trainer.model.parameters.flatMap { $0.value.floats }
        }
        XCTAssertEqual(try run(), try run())
    }

    func testEvaluateReportsConfusionMatrixAndRegressionScores() throws {
        let data = SyntheticData.blobs(seed: 7)
        let trainer = try makeTrainer(sizes: [2, 2])
        _ = try trainer.fit(DataLoader(data.train, batchSize: .size(16)), epochs: 10)
        let result = try trainer.evaluate(try XCTUnwrap(data.test))
        XCTAssertEqual(result.count, data.test?.count)
        XCTAssertEqual(result.confusionMatrix?.total, data.test?.count)
        XCTAssertEqual(result.accuracy, result.confusionMatrix?.accuracy)

        // y = 2x - 1 exactly learnable by one linear layer.
        let x = Tensor.linspace(-1, 1, count: 64).reshaped([64, 1])
        let line = TensorDataset(inputs: x, targets: x * 2 - 1)
        let regressor = try makeTrainer(sizes: [1, 1], learningRate: 0.05, loss: .meanSquaredError)
        _ = try regressor.fit(DataLoader(line, batchSize: .size(8)), epochs: 60)
        let fit = try regressor.evaluate(line)
        XCTAssertNil(fit.accuracy)
        XCTAssertGreaterThan(try XCTUnwrap(fit.rSquared), 0.999)
        XCTAssertLessThan(try XCTUnwrap(fit.meanAbsoluteError), 0.02)
    }

    func testTargetEncodingChecksTheModelAgainstTheData() {
        XCTAssertThrowsError(try TargetEncoding.choose(loss: Loss.crossEntropy, targets: .classification(classes: 3), outputs: 2))
        XCTAssertEqual(try TargetEncoding.choose(loss: Loss.meanSquaredError, targets: .classification(classes: 3), outputs: 3), .oneHot(classes: 3))
        XCTAssertEqual(try TargetEncoding.choose(loss: Loss.hinge, targets: .classification(classes: 2), outputs: 1),
                       .binary(negative: -1, threshold: 0))
        XCTAssertThrowsError(try TargetEncoding.choose(loss: Loss.crossEntropy, targets: .regression(outputs: 1), outputs: 1))
        let hinge = TargetEncoding.binary(negative: -1, threshold: 0)
        XCTAssertEqual(hinge.encode(Tensor([0, 1] as [Int64]), dtype: .float32).floats, [-1, 1])
        XCTAssertEqual(hinge.predictedClasses(Tensor([-0.5, 2] as [Float], shape: [2, 1])), [0, 1])
        XCTAssertEqual(hinge.correctCount(Tensor([-0.5, 2, 3] as [Float], shape: [3, 1]), labels: Tensor([0, 0, 1] as [Int64])), 2)
        let scores = Tensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]] as [[Float]])
        XCTAssertEqual(TargetEncoding.classIndices.correctCount(scores, labels: Tensor([1, 1, 1] as [Int64])), 2)
        XCTAssertEqual(TargetEncoding.oneHot(classes: 2).correctCount(scores, labels: Tensor([1, 0, 1] as [Double])), 3)
    }
}

extension TrainerTests {
    func testAnyModuleTrainsWithALossClosureOnDataFromSwiftArrays() throws {
        final class Wide: Module {
            let hidden = Dense(2, 16)
            let out = Dense(16, 2)
            func callAsFunction(_ x: Tensor) -> Tensor { out(hidden(x).tanh()) }
        }
        manualSeed(5)
        let xor = TensorDataset(inputs: [[0, 0], [0, 1], [1, 0], [1, 1]] as [[Float]], labels: [0, 1, 1, 0])
        XCTAssertEqual(xor.targetKind, .classification(classes: 2))
        let model = Wide()
        var calls = 0
        let trainer = Trainer(model: model, optimizer: try Adam(model, learningRate: 0.05), progress: nil) { logits, labels in
            calls += 1
            XCTAssertEqual(labels.dtype, .int64, "the closure gets the class indices as the data hold them")
            return crossEntropy(logits, labels)
        }
        let history = try trainer.fit(DataLoader(xor, batchSize: .full), epochs: 150)
        XCTAssertEqual(calls, 150)
        XCTAssertEqual(history.last?.accuracy, 1)
        XCTAssertEqual(try trainer.evaluate(xor).accuracy, 1)
        XCTAssertEqual(try trainer.predict(Tensor([[1, 0]] as [[Float]])).argmax(axis: 1).integers, [1])
    }

    func testDataTheModelCannotTakeIsAnErrorNotATrap() throws {
        let trainer = try makeTrainer(sizes: [3, 4, 2])
        let data = SyntheticData.blobs(seed: 8)  // two features, not three
        XCTAssertThrowsError(try trainer.fit(DataLoader(data.train), epochs: 1)) { error in
            XCTAssertTrue("\(error)".contains("cannot take the data's inputs of 2 features"), "\(error)")
            XCTAssertTrue("\(error)".contains("expected input width 3"), "\(error)")
        }
        XCTAssertThrowsError(try trainer.predict(Tensor.zeros([1, 5])))
        XCTAssertEqual(trainer.epochsCompleted, 0)
    }

    func testFitTrainsUpToTheTotalNumberOfEpochs() throws {
        let data = SyntheticData.blobs(seed: 9)
        let trainer = try makeTrainer(sizes: [2, 2])
        let loader = DataLoader(data.train, batchSize: .size(32))
        try trainer.fit(loader, epochs: 2)
        try trainer.fit(loader, epochs: 2)
        XCTAssertEqual(trainer.epochsCompleted, 2, "already trained that many")
        let history = try trainer.fit(loader, epochs: 5)
        XCTAssertEqual(history.epochs.map(\.epoch), [1, 2, 3, 4, 5])
        XCTAssertEqual(trainer.steps, 5 * loader.batchCount)
    }

    func testHistoryIsCodableAndWritesJSON() throws {
        let data = SyntheticData.blobs(seed: 10)
        let trainer = try makeTrainer(sizes: [2, 2])
        let history = try trainer.fit(DataLoader(data.train, batchSize: .size(32)), epochs: 3, test: data.test)
        let json = try history.jsonData()
        let text = String(decoding: json, as: UTF8.self)
        for key in ["\"epochs\"", "\"loss\"", "\"test_accuracy\"", "\"learning_rate\"", "\"epoch_seconds\"", "\"stopped_early\""] {
            XCTAssertTrue(text.contains(key), "\(key) missing from \(text.prefix(200))")
        }
        XCTAssertEqual(try JSONDecoder().decode(History.self, from: json), history)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try history.write(to: url)
        XCTAssertEqual(try JSONDecoder().decode(History.self, from: Data(contentsOf: url)), history)
    }
}

extension TrainerTests {
    /// A validation or test set whose targets the model cannot take is
    /// refused before the first step, not by a loss's precondition later.
    func testValidationAndTestSetsMustFitTheTrainingSetsEncoding() throws {
        let train = TensorDataset(inputs: [[0, 0], [1, 1]] as [[Float]], labels: [0, 1])
        let farLabels = TensorDataset(inputs: [[0, 0], [1, 1]] as [[Float]], labels: [0, 7])
        let trainer = try makeTrainer(sizes: [2, 2])
        let loader = DataLoader(train, batchSize: .full)
        XCTAssertThrowsError(try trainer.fit(loader, epochs: 1, test: farLabels)) { error in
            XCTAssertEqual(error as? TrainingError, .incompatible("the test set has labels up to 7, but the model has 2 outputs"))
        }
        let values = TensorDataset(inputs: [[0, 0], [1, 1]] as [[Float]], targets: [[0.5, 1], [1, 2]])
        XCTAssertThrowsError(try trainer.fit(loader, epochs: 1, validation: values)) { error in
            XCTAssertEqual(error as? TrainingError, .incompatible("the validation set has real-valued targets, but the training set has class labels"))
        }
        XCTAssertEqual(trainer.epochsCompleted, 0)
    }
}
