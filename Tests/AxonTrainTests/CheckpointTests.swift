import AxonData
import AxonIO
import AxonNN
import AxonOptim
import AxonTensor
import Foundation
import XCTest
@testable import AxonTrain

/// Checkpoints resume a run exactly: training N epochs straight and training
/// k, then resuming in a new trainer for N − k more, give bit-identical
/// weights and the same history.
final class CheckpointTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-checkpoint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    enum ScheduleKind: CaseIterable { case none, epochStep, batchOneCycle, plateau }

    static let data = SyntheticData.spiral(classes: 3, samplesPerClass: 40, testSamplesPerClass: 10, seed: 5)

    /// A run's model (dropout from the global generator and from its own),
    /// optimizer, schedule and callbacks, all built from `seed`.
    func makeTrainer(optimizer name: String, dtype: DType, schedule: ScheduleKind, seed: UInt64) throws -> Trainer {
        manualSeed(seed)
        let model = Sequential {
            Dense(2, 12)
            Tanh()
            Dropout(0.3)
            Dense(12, 12)
            ReLU()
            Dropout(0.2, generator: RandomGenerator(seed: seed &+ 1))
            Dense(12, 3)
        }.cast(to: dtype)
        let optimizer: any Optimizer
        switch name {
        case "sgd": optimizer = try SGD(model, learningRate: 0.05, momentum: 0.9, nesterov: true)
        case "adagrad": optimizer = try AdaGrad(model, learningRate: 0.05, learningRateDecay: 0.01, initialAccumulatorValue: 0.1)
        case "rmsprop": optimizer = try RMSProp(model, learningRate: 0.005, weightDecay: 0.01, momentum: 0.5, centered: true)
        case "adadelta": optimizer = try Adadelta(model)
        case "adam": optimizer = try Adam(model, learningRate: 0.01, amsgrad: true)
        case "adamw": optimizer = try AdamW(model, learningRate: 0.01)
        case "adamax": optimizer = try Adamax(model)
        case "nadam": optimizer = try NAdam(model, learningRate: 0.01)
        default: throw ModuleError("no optimizer \(name)")
        }
        let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: optimizer, progress: nil)
        trainer.callbacks = [EarlyStopping(monitor: .loss, patience: 50)]
        switch schedule {
        case .none: break
        case .epochStep: trainer.schedule = try .step(learningRate: optimizer.learningRate, stepSize: 2, gamma: 0.5)
        case .batchOneCycle:
            trainer.schedule = try .oneCycle(maxLearningRate: optimizer.learningRate, totalSteps: 60)
            trainer.scheduleInterval = .batch
        case .plateau:
            let rule = try ReduceLearningRateOnPlateau(learningRate: optimizer.learningRate, factor: 0.5, patience: 0, threshold: 0.5)
            trainer.callbacks.append(PlateauScheduling(rule, monitor: .loss))
        }
        return trainer
    }

    func loader() -> DataLoader { DataLoader(Self.data.train, batchSize: .size(16), shuffle: true, seed: 11) }

    /// Runs `epochs` straight, then `split` + resume in a new trainer, and compares.
    func assertResumeIsExact(optimizer: String, dtype: DType, schedule: ScheduleKind, epochs: Int = 6, split: Int = 3,
                             file: StaticString = #filePath, line: UInt = #line) throws {
        let label = "\(optimizer) \(dtype) \(schedule)"
        let straight = try makeTrainer(optimizer: optimizer, dtype: dtype, schedule: schedule, seed: 21)
        try straight.fit(loader(), epochs: epochs, test: Self.data.test)
        let straightGlobal = RandomGenerator.global

        let runDirectory = directory.appendingPathComponent(label.replacingOccurrences(of: " ", with: "-"))
        let first = try makeTrainer(optimizer: optimizer, dtype: dtype, schedule: schedule, seed: 21)
        first.checkpointing = CheckpointPolicy(directory: runDirectory)
        try first.fit(loader(), epochs: split, test: Self.data.test)

        // A new process: other weights, another global generator state.
        let resumed = try makeTrainer(optimizer: optimizer, dtype: dtype, schedule: schedule, seed: 999)
        manualSeed(12345)
        let checkpoint = try XCTUnwrap(Checkpoint.latest(in: runDirectory), label, file: file, line: line)
        XCTAssertEqual(checkpoint.lastPathComponent, Checkpoint.fileName(epoch: split), file: file, line: line)
        try resumed.resume(from: checkpoint)
        XCTAssertEqual(resumed.epochsCompleted, split, label, file: file, line: line)
        try resumed.fit(loader(), epochs: epochs, test: Self.data.test)

        XCTAssertEqual(resumed.steps, straight.steps, label, file: file, line: line)
        XCTAssertEqual(resumed.history.withoutTimings, straight.history.withoutTimings, label, file: file, line: line)
        for ((name, a), (_, b)) in zip(straight.model.namedParameters, resumed.model.namedParameters) {
            XCTAssertEqual(a.value.doubles.map(\.bitPattern), b.value.doubles.map(\.bitPattern),
                           "\(label): \(name) differs", file: file, line: line)
        }
        XCTAssertEqual(RandomGenerator.global, straightGlobal, "\(label): the global generator ends in the same state",
                       file: file, line: line)
    }

    func testEveryOptimizerResumesBitForBitWithShufflingAndDropout() throws {
        let schedules = ScheduleKind.allCases
        for (index, name) in ["sgd", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "adamax", "nadam"].enumerated() {
            try assertResumeIsExact(optimizer: name, dtype: .float32, schedule: schedules[index % schedules.count])
        }
    }

    func testEveryScheduleResumesBitForBitInFloat64AndFloat32() throws {
        for schedule in ScheduleKind.allCases {
            for dtype in [DType.float64, .float32] {
                try assertResumeIsExact(optimizer: "adam", dtype: dtype, schedule: schedule)
            }
        }
        try assertResumeIsExact(optimizer: "sgd", dtype: .float64, schedule: .plateau, epochs: 5, split: 1)
    }

    func testEarlyStoppingStateCarriesOver() throws {
        let trainer = try makeTrainer(optimizer: "sgd", dtype: .float32, schedule: .none, seed: 3)
        let stopping = EarlyStopping(monitor: .loss, patience: 3, minimumDelta: 10)  // nothing counts as better
        trainer.callbacks = [stopping]
        trainer.checkpointing = CheckpointPolicy(directory: directory)
        try trainer.fit(loader(), epochs: 2)
        XCTAssertEqual(stopping.epochsWithoutImprovement, 1)

        let resumed = try makeTrainer(optimizer: "sgd", dtype: .float32, schedule: .none, seed: 3)
        let restored = EarlyStopping(monitor: .loss, patience: 3, minimumDelta: 10)
        resumed.callbacks = [restored]
        resumed.checkpointing = CheckpointPolicy(directory: directory)
        try resumed.resume(from: try XCTUnwrap(Checkpoint.latest(in: directory)))
        XCTAssertEqual(restored.best, stopping.best)
        XCTAssertEqual(restored.epochsWithoutImprovement, 1)
        let history = try resumed.fit(loader(), epochs: 10)
        XCTAssertEqual(history.epochs.count, 4, "stops after three epochs without improvement in all")
        XCTAssertTrue(history.stoppedEarly)
        XCTAssertEqual(Checkpoint.latest(in: directory)?.lastPathComponent, Checkpoint.fileName(epoch: 4),
                       "a run stopped early writes a checkpoint when it stops")
    }

    func testCheckpointsAreWrittenEveryNEpochsAndAfterTheLastAndOnlyTheNewestKKept() throws {
        let trainer = try makeTrainer(optimizer: "adam", dtype: .float32, schedule: .none, seed: 4)
        trainer.checkpointing = CheckpointPolicy(directory: directory, every: 2, keep: 2)
        var seen: [[Int]] = []
        trainer.callbacks.append(EpochHook(observing: { [directory] _ in
            seen.append(Checkpoint.list(in: directory!).map(\.epoch))
        }))
        try trainer.fit(loader(), epochs: 5)
        // The hook runs before each epoch's checkpoint is written.
        XCTAssertEqual(seen, [[], [], [2], [2], [2, 4]])
        XCTAssertEqual(Checkpoint.list(in: directory).map(\.epoch), [4, 5])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testACheckpointIsAlsoAModelFile() throws {
        let trainer = try makeTrainer(optimizer: "adam", dtype: .float64, schedule: .none, seed: 6)
        trainer.modelInfo = ModelInfo(inputShape: [2], loss: "cross-entropy", classNames: ["a", "b", "c"])
        let url = directory.appendingPathComponent("run.safetensors")
        try trainer.fit(loader(), epochs: 1)
        try trainer.saveCheckpoint(to: url)
        let file = try SafeTensors.read(from: url)
        XCTAssertTrue(file.names.contains("optimizer/0.weight.exp_avg"))
        XCTAssertTrue(file.names.contains("optimizer/0.weight.step"))
        let (model, info) = try ModelFile.load(from: url)
        XCTAssertEqual(info.classNames, ["a", "b", "c"])
        let x = Self.data.test!.features.cast(to: .float64)
        trainer.model.eval()
        XCTAssertEqual(model(x).doubles, trainer.model(x).doubles)
    }

    /// A checkpoint that does not fit is refused with the file and the reason, and changes nothing.
    func testABadCheckpointIsNamedAndChangesNothing() throws {
        let writer = try makeTrainer(optimizer: "adam", dtype: .float32, schedule: .none, seed: 7)
        try writer.fit(loader(), epochs: 2)
        let good = directory.appendingPathComponent("good.safetensors")
        try writer.saveCheckpoint(to: good)
        let bytes = try Data(contentsOf: good)
        let file = try SafeTensors.read(from: good)

        func write(_ name: String, tensors: [(String, Tensor)]? = nil, metadata: [String: String]? = nil) throws -> URL {
            let url = directory.appendingPathComponent(name)
            try SafeTensors.write(tensors ?? file.tensors.map { ($0.name, $0.tensor) }, metadata: metadata ?? file.metadata, to: url)
            return url
        }
        var cases: [(URL, String)] = []
        let truncated = directory.appendingPathComponent("truncated.safetensors")
        try bytes.prefix(bytes.count - 100).write(to: truncated)
        cases.append((truncated, "truncated.safetensors"))
        cases.append((try write("missing.safetensors", tensors: file.tensors.filter { $0.name != "3.bias" }.map { ($0.name, $0.tensor) }), "missing 3.bias"))
        cases.append((try write("extra.safetensors", tensors: file.tensors.map { ($0.name, $0.tensor) } + [("9.weight", Tensor.zeros([1]))]), "unexpected 9.weight"))
        var metadata = file.metadata
        metadata["trainer"] = "{\"epoch\": 2"
        cases.append((try write("garbled.safetensors", metadata: metadata), "does not parse"))
        metadata = file.metadata
        metadata["dtype"] = "float64"
        cases.append((try write("dtype.safetensors", metadata: metadata), "holds float64 parameters, the model is float32"))
        metadata = file.metadata
        metadata["kind"] = nil
        cases.append((try write("model.safetensors", metadata: metadata), "is not a checkpoint"))

        for (url, fragment) in cases {
            let target = try makeTrainer(optimizer: "adam", dtype: .float32, schedule: .none, seed: 8)
            let before = target.model.parameters.map(\.value.floats)
            XCTAssertThrowsError(try target.resume(from: url), fragment) { error in
                XCTAssertTrue("\(error)".contains(fragment), "\(error)")
                XCTAssertTrue("\(error)".contains(url.lastPathComponent), "\(error)")
            }
            XCTAssertEqual(target.model.parameters.map(\.value.floats), before, fragment)
            XCTAssertEqual(target.epochsCompleted, 0, fragment)
            XCTAssertTrue(target.optimizer.stateDict().isEmpty, fragment)
        }

        let wide = Sequential { Dense(2, 13); Tanh(); Dense(13, 3) }
        let wideTrainer = Trainer(model: wide, loss: .crossEntropy, optimizer: try Adam(wide, learningRate: 0.01, amsgrad: true), progress: nil)
        wideTrainer.callbacks = [EarlyStopping(monitor: .loss, patience: 50)]
        XCTAssertThrowsError(try wideTrainer.resume(from: good)) { error in
            XCTAssertTrue("\(error)".contains("is of a different architecture"), "\(error)")
        }
        let sgd = try makeTrainer(optimizer: "sgd", dtype: .float32, schedule: .none, seed: 8)
        XCTAssertThrowsError(try sgd.resume(from: good)) { error in
            XCTAssertTrue("\(error)".contains("written with optimizer Adam, this trainer has SGD"), "\(error)")
        }
        let otherAdam = try makeTrainer(optimizer: "adam", dtype: .float32, schedule: .none, seed: 8)
        let changed = Trainer(model: otherAdam.model, loss: .crossEntropy, optimizer: try Adam(otherAdam.model, learningRate: 0.01, amsgrad: false), progress: nil)
        changed.callbacks = otherAdam.callbacks
        XCTAssertThrowsError(try changed.resume(from: good)) { error in
            XCTAssertTrue("\(error)".contains("amsgrad 1.0 in the file, 0.0 here"), "\(error)")
        }
        let noCallbacks = try makeTrainer(optimizer: "adam", dtype: .float32, schedule: .none, seed: 8)
        noCallbacks.callbacks = []
        XCTAssertThrowsError(try noCallbacks.resume(from: good)) { error in
            XCTAssertTrue("\(error)".contains("callbacks [EarlyStopping], this trainer has []"), "\(error)")
        }
    }
}

extension CheckpointTests {
    func testADirectoryHoldingLaterCheckpointsIsRefusedNotPruned() throws {
        let first = try makeTrainer(optimizer: "adam", dtype: .float32, schedule: .none, seed: 9)
        first.checkpointing = CheckpointPolicy(directory: directory, keep: 5)
        try first.fit(loader(), epochs: 4)
        // A new run into the same folder would mistake those for its own.
        let fresh = try makeTrainer(optimizer: "adam", dtype: .float32, schedule: .none, seed: 9)
        fresh.checkpointing = CheckpointPolicy(directory: directory)
        XCTAssertThrowsError(try fresh.fit(loader(), epochs: 4)) { error in
            XCTAssertTrue("\(error)".contains("already holds checkpoints of epochs 1, 2, 3, 4, beyond this run's 0"), "\(error)")
        }
        // Resuming an older checkpoint into the same folder is refused the same way; the newest is fine.
        let older = try makeTrainer(optimizer: "adam", dtype: .float32, schedule: .none, seed: 9)
        older.checkpointing = CheckpointPolicy(directory: directory)
        try older.resume(from: directory.appendingPathComponent(Checkpoint.fileName(epoch: 2)))
        XCTAssertThrowsError(try older.fit(loader(), epochs: 6))
        XCTAssertEqual(Checkpoint.list(in: directory).map(\.epoch), [1, 2, 3, 4], "nothing pruned")
        let newest = try makeTrainer(optimizer: "adam", dtype: .float32, schedule: .none, seed: 9)
        newest.checkpointing = CheckpointPolicy(directory: directory, keep: 2)
        try newest.resume(from: try XCTUnwrap(Checkpoint.latest(in: directory)))
        try newest.fit(loader(), epochs: 6)
        XCTAssertEqual(Checkpoint.list(in: directory).map(\.epoch), [5, 6])
    }
}

extension CheckpointTests {
    /// A convolutional network with batch norm and channel dropout resumes as exactly as an MLP.
    func testAConvolutionalNetworkResumesBitForBit() throws {
        var generator = RandomGenerator(seed: 30)
        let images = Tensor.randomNormal([48, 1, 8, 8], generator: &generator).reshaped([48, 64])
        let labels = Tensor.randomIntegers([48], high: 3, generator: &generator)
        let data = TensorDataset(inputs: images, targets: labels, classes: 3).withSampleShape([1, 8, 8])
        func makeTrainer(seed: UInt64) throws -> Trainer {
            manualSeed(seed)
            let model = try Sequential.layers(
                "conv:4x3,pad=1 batchnorm relu dropout2d:0.2 maxpool:2 conv:6x3 relu flatten dropout:0.3 dense:3",
                inputShape: [1, 8, 8])
            return Trainer(model: model, loss: .crossEntropy, optimizer: try Adam(model, learningRate: 0.01), progress: nil)
        }
        let loader = DataLoader(data, batchSize: .size(16), seed: 2)
        let straight = try makeTrainer(seed: 1)
        try straight.fit(loader, epochs: 4)
        let first = try makeTrainer(seed: 1)
        first.checkpointing = CheckpointPolicy(directory: directory)
        try first.fit(loader, epochs: 2)
        let resumed = try makeTrainer(seed: 77)
        try resumed.resume(from: try XCTUnwrap(Checkpoint.latest(in: directory)))
        try resumed.fit(loader, epochs: 4)
        XCTAssertEqual(resumed.history.withoutTimings, straight.history.withoutTimings)
        XCTAssertEqual(resumed.model.stateDict.map(\.name), straight.model.stateDict.map(\.name))
        for ((name, a), (_, b)) in zip(straight.model.stateDict, resumed.model.stateDict) {
            XCTAssertEqual(a.doubles.map(\.bitPattern), b.doubles.map(\.bitPattern), name)
        }
        XCTAssertTrue(resumed.model.stateDict.map(\.name).contains("1.running_var"), "batch-norm buffers are checkpointed")
    }

    /// Pruning removes checkpoint files only: a folder with a checkpoint's
    /// name (and what is in it) and a link so named stay.
    func testPruningRemovesCheckpointFilesAndNothingElse() throws {
        let folder = directory.appendingPathComponent(Checkpoint.fileName(epoch: 0))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try Data("precious".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let trainer = try makeTrainer(optimizer: "sgd", dtype: .float32, schedule: .none, seed: 8)
        trainer.checkpointing = CheckpointPolicy(directory: directory, keep: 1)
        try trainer.fit(loader(), epochs: 3)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(),
                       [Checkpoint.fileName(epoch: 0), Checkpoint.fileName(epoch: 3)])
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("notes.txt")), Data("precious".utf8))
        XCTAssertEqual(Checkpoint.list(in: directory).map(\.epoch), [3], "a folder is no checkpoint")
    }

    /// A checkpoint the run would write onto a FIFO is refused before the
    /// first epoch, and the FIFO stays.
    func testACheckpointNameTakenByAFIFOIsRefusedBeforeTraining() throws {
        let pipe = directory.appendingPathComponent(Checkpoint.fileName(epoch: 2))
        XCTAssertEqual(mkfifo(pipe.path, 0o644), 0)
        let trainer = try makeTrainer(optimizer: "sgd", dtype: .float32, schedule: .none, seed: 8)
        trainer.checkpointing = CheckpointPolicy(directory: directory)
        XCTAssertThrowsError(try trainer.fit(loader(), epochs: 2)) { error in
            XCTAssertEqual("\(error)", "cannot write a checkpoint: \(pipe.path): it is a FIFO (named pipe), not a regular file "
                + "(give the path of a file to create or replace)")
        }
        XCTAssertEqual(trainer.epochsCompleted, 0, "refused before training")
        var status = stat()
        XCTAssertEqual(lstat(pipe.path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO)
    }
}

extension CheckpointTests {
    /// Counts in a checkpoint's callback state that no Int holds are errors,
    /// not traps in the conversion.
    func testCallbackStatesBeyondAnIntAreRejected() throws {
        let stopping = EarlyStopping(monitor: .loss, patience: 2)
        for count in [Double.infinity, 1e300, -1, 0.5] {
            XCTAssertThrowsError(try stopping.restore(checkpointState: ["epochs_without_improvement": count, "best": 1]))
        }
        let plateau = PlateauScheduling(try ReduceLearningRateOnPlateau(learningRate: 0.1))
        XCTAssertThrowsError(try plateau.restore(checkpointState: ["learning_rate": 0.1, "best": 1, "bad_steps": .infinity, "cooldown_remaining": 0]))
    }
}
