import AxonData
import AxonNN
import AxonOptim
import AxonTensor
import Foundation
import XCTest
@testable import AxonTrain

final class TensorBoardLoggerTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-tensorboard-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A small classifier on XOR with validation and test sets, a schedule
    /// that changes the learning rate each epoch, and mini-batches.
    func train(epochs: Int, callbacks: [any TrainingCallback]) throws -> Trainer {
        let data = SyntheticData.xor(samplesPerClass: 40, testSamplesPerClass: 20, seed: 3)
        let parts = data.train.split(fraction: 0.75, seed: 3)
        var generator = RandomGenerator(seed: 3)
        let model = Sequential.multilayerPerceptron(sizes: [2, 8, 2], activation: .tanh, generator: &generator)
        let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: try SGD(model, learningRate: 0.2, momentum: 0.9),
                              callbacks: callbacks, progress: nil)
        trainer.schedule = try .step(learningRate: 0.2, stepSize: 1, gamma: 0.5)
        try trainer.fit(DataLoader(parts.train, batchSize: .size(16), seed: 3), epochs: epochs,
                        validation: parts.validation, test: data.test)
        return trainer
    }

    func testLoggingLeavesTrainingUnchanged() throws {
        let plain = try train(epochs: 3, callbacks: [])
        let logged = try train(epochs: 3, callbacks: [try TensorBoardLogger(directory: directory, logSteps: true)])
        XCTAssertEqual(logged.history.withoutTimings, plain.history.withoutTimings)
        XCTAssertEqual(logged.steps, plain.steps)
        for (a, b) in zip(logged.model.parameters, plain.model.parameters) {
            XCTAssertEqual(a.value.doubles.map(\.bitPattern), b.value.doubles.map(\.bitPattern))
        }
    }

    func testEpochAndStepScalarsAreTheHistorysNumbersAndHistogramsTheParameters() throws {
        let logger = try TensorBoardLogger(directory: directory, logSteps: true)
        let trainer = try train(epochs: 3, callbacks: [logger])
        let events = try EventFileReader.events(in: logger.writer.file)
        XCTAssertEqual(events.first?.fileVersion, "brain.Event:2")

        func series(_ tag: String) -> [(step: Int, value: Float)] {
            events.compactMap { event in event.scalars[tag].map { (event.step, $0) } }
        }
        let epochs = trainer.history.epochs
        let expected: [(String, (EpochRecord) -> Double?)] = [
            ("loss/train", \.loss), ("loss/validation", \.validationLoss), ("loss/test", \.testLoss),
            ("accuracy/train", \.accuracy), ("accuracy/validation", \.validationAccuracy),
            ("accuracy/test", \.testAccuracy), ("learning_rate", \.learningRate),
        ]
        for (tag, value) in expected {
            XCTAssertEqual(series(tag).map(\.step), [1, 2, 3], tag)
            XCTAssertEqual(series(tag).map(\.value), try epochs.map { Float(try XCTUnwrap(value($0))) }, tag)
        }
        XCTAssertEqual(series("learning_rate").map(\.value), [0.2, 0.1, 0.05])

        // One point per optimizer step, numbered as the trainer counts them.
        XCTAssertEqual(series("step/loss").map(\.step), Array(1 ... trainer.steps))
        XCTAssertEqual(series("step/accuracy").count, trainer.steps)
        let stepsPerEpoch = trainer.steps / 3
        XCTAssertEqual(series("step/learning_rate").map(\.value),
                       [0.2, 0.1, 0.05].flatMap { Array(repeating: Float($0), count: stepsPerEpoch) })
        for point in series("step/accuracy") { XCTAssertTrue((0 ... 1).contains(point.value)) }

        // The last epoch's histograms describe the trained parameters.
        let last = try XCTUnwrap(events.last { !$0.histograms.isEmpty })
        XCTAssertEqual(last.step, 3)
        XCTAssertEqual(Set(last.histograms.keys), Set(trainer.model.namedParameters.map(\.name)))
        for (name, parameter) in trainer.model.namedParameters {
            let histogram = try XCTUnwrap(last.histograms[name])
            let values = parameter.value.doubles
            XCTAssertEqual(histogram.count, Double(values.count), name)
            XCTAssertEqual(histogram.bucketCounts.reduce(0, +), Double(values.count), name)
            XCTAssertEqual(histogram.min, values.min(), name)
            XCTAssertEqual(histogram.max, values.max(), name)
        }
    }

    func testWithoutLogStepsOnlyEpochsAreLogged() throws {
        let logger = try TensorBoardLogger(directory: directory)
        _ = try train(epochs: 2, callbacks: [logger])
        let steps = try EventFileReader.events(in: logger.writer.file).map(\.step)
        XCTAssertEqual(steps, [0, 1, 2], "the file version, then one event per epoch")
    }

    func testAResumedRunAddsAFileAndGoesOnCounting() throws {
        let checkpoint = directory.appendingPathComponent("epoch-2.safetensors")
        let first = try TensorBoardLogger(directory: directory, logSteps: true)
        let stopped = try train(epochs: 2, callbacks: [first])
        try stopped.saveCheckpoint(to: checkpoint)

        let second = try TensorBoardLogger(directory: directory, logSteps: true)
        let data = SyntheticData.xor(samplesPerClass: 40, testSamplesPerClass: 20, seed: 3)
        let parts = data.train.split(fraction: 0.75, seed: 3)
        var generator = RandomGenerator(seed: 3)
        let model = Sequential.multilayerPerceptron(sizes: [2, 8, 2], activation: .tanh, generator: &generator)
        let resumed = Trainer(model: model, loss: .crossEntropy, optimizer: try SGD(model, learningRate: 0.2, momentum: 0.9),
                              callbacks: [second], progress: nil)
        resumed.schedule = try .step(learningRate: 0.2, stepSize: 1, gamma: 0.5)
        try resumed.resume(from: checkpoint)
        try resumed.fit(DataLoader(parts.train, batchSize: .size(16), seed: 3), epochs: 3,
                        validation: parts.validation, test: data.test)

        XCTAssertEqual(try EventFileReader.eventFiles(in: directory), [first.writer.file, second.writer.file].sorted {
            $0.lastPathComponent < $1.lastPathComponent
        })
        let later = try EventFileReader.events(in: second.writer.file)
        XCTAssertEqual(later.filter { $0.scalars["loss/train"] != nil }.map(\.step), [3])
        let stepsPerEpoch = stopped.steps / 2
        XCTAssertEqual(later.filter { $0.scalars["step/loss"] != nil }.map(\.step),
                       Array(2 * stepsPerEpoch + 1 ... 3 * stepsPerEpoch))
    }

    func testACallbackThatThrowsEndsTrainingWithItsMessage() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "the disk is full" } }
        final class Failing: TrainingCallback {
            func epochEnded(_ record: EpochRecord, trainer: Trainer) throws -> TrainingDecision { throw Broken() }
        }
        XCTAssertThrowsError(try train(epochs: 2, callbacks: [Failing()])) { error in
            XCTAssertEqual(error as? TrainingError, .callback("the disk is full"))
        }
    }
}
