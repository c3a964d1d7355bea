import Axon
import AxonCLI
import Foundation
import XCTest

// The DocC catalog's examples (Sources/Axon/Axon.docc), compiled and run.
//
// Each guide has a test below that holds its Swift code as the guide shows
// it, followed by assertions on what the code printed or built. Declarations
// that must be at file scope (the custom modules) are at the top of this file.
// `testEverySwiftExampleIsInThisFile` reads every page of the catalog and
// fails when one of its ```swift blocks is not in this file line for line
// (indentation aside), so a guide cannot change without its test.

// MARK: - Custom modules: file-scope declarations

final class ResidualBlock: Module {
    let fc1: Dense
    let fc2: Dense
    let dropout: Dropout

    init(width: Int, dropout probability: Double = 0.1) {
        fc1 = Dense(width, width)
        fc2 = Dense(width, width)
        dropout = Dropout(probability)
    }

    func callAsFunction(_ x: Tensor) -> Tensor {
        let h = fc1(x).relu()
        return x + dropout(fc2(h))
    }
}

final class SpiralNet: Module {
    let stem = Dense(2, 32)
    let blocks = [ResidualBlock(width: 32), ResidualBlock(width: 32)]
    let head = Dense(32, 3)

    func callAsFunction(_ x: Tensor) -> Tensor {
        var h = stem(x).relu()
        for block in blocks {
            h = block(h)
        }
        return head(h)
    }
}

final class TwoTowers: Module {
    let left = Dense(2, 8)
    let right = Dense(2, 4)

    func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.concatenate([left(x).relu(), right(x).tanh()], axis: 1)
    }

    func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        let a = try left.outputShape(forInput: shape)
        let b = try right.outputShape(forInput: shape)
        return Array(a.dropLast()) + [a[a.count - 1] + b[b.count - 1]]
    }
}

extension ResidualBlock: ConfigurableModule {
    struct Configuration: Codable {
        var width: Int
        var dropout: Double
    }

    var configuration: Configuration {
        Configuration(width: fc1.inputs, dropout: dropout.probability)
    }

    convenience init(configuration: Configuration) {
        self.init(width: configuration.width, dropout: configuration.dropout)
    }
}

// MARK: - The tests

final class DocumentationTests: XCTestCase {
    /// Sources/Axon/Axon.docc, found from this file's path.
    static let catalog = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // AxonCLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("Sources/Axon/Axon.docc")

    /// The pages of the catalog; a new page joins this list and gets a test.
    static let pages = [
        "Axon.md", "YourFirstModel.md", "CustomModules.md", "CustomTrainingLoops.md",
        "SavingLoadingAndResuming.md", "PyTorchInterop.md",
    ]

    /// A new, empty temporary folder, removed when the test ends.
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axon-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Makes `folder` the current directory until the test ends, for the
    /// examples that name files by relative paths, as a user's program would.
    func workInside(_ folder: URL) {
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
        addTeardownBlock { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    }

    /// The parameter values of a model, by name, for comparing two models.
    func values(_ model: any Module) -> [String: [Double]] {
        Dictionary(uniqueKeysWithValues: model.stateDict.map { ($0.name, $0.tensor.doubles) })
    }

    // MARK: Axon.md

    func testLandingPage() throws {
        manualSeed(42)
        let model = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
        let data = SyntheticData.spiral(seed: 0)
        let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: try Adam(model, learningRate: 1e-2))
        try trainer.fit(DataLoader(data.train, batchSize: .size(32)), epochs: 40, test: data.test)

        XCTAssertEqual(trainer.epochsCompleted, 40)
        XCTAssertGreaterThan(trainer.history.last?.testAccuracy ?? 0, 0.9)
    }

    // MARK: YourFirstModel.md

    func testYourFirstModel() throws {
        manualSeed(42)
        let model = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
        print(try model.summary(inputShape: [1, 2]))
        print(model.parameterCount)  // 99

        let data = SyntheticData.spiral(seed: 0)
        let loader = DataLoader(data.train, batchSize: .size(32), seed: 0)
        print(data.train.count, data.test?.count ?? 0, loader.batchCount)  // 900 300 29

        let optimizer = try Adam(model, learningRate: 1e-2)
        let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: optimizer)
        let history = try trainer.fit(loader, epochs: 40, test: data.test)

        if let last = history.last {
            print("epoch \(last.epoch): loss \(last.loss), test accuracy \(last.testAccuracy ?? 0)")
        }

        if let test = data.test {
            let evaluation = try trainer.evaluate(test)
            print(evaluation.loss, evaluation.accuracy ?? 0)
            print(evaluation.confusionMatrix?.table() ?? "")
        }

        let points = Tensor([[0.1, 0.2], [-0.4, 0.3]] as [[Float]])
        let scores = try trainer.predict(points)
        print(scores.argmax(axis: 1))  // the predicted arm of each point

        let inputs = Tensor([[0, 0], [0, 1], [1, 0], [1, 1]] as [[Float]])
        let labels = Tensor([0, 1, 1, 0] as [Int64])
        let xor = TensorDataset(inputs: inputs, targets: labels)

        let xorModel = Sequential { Dense(2, 8); Tanh(); Dense(8, 2) }
        let xorTrainer = Trainer(model: xorModel, loss: .crossEntropy,
                                 optimizer: try Adam(xorModel, learningRate: 0.05))
        try xorTrainer.fit(DataLoader(xor, batchSize: .full), epochs: 200)
        print(try xorTrainer.evaluate(xor).accuracy ?? 0)  // 1.0

        let x = Tensor.linspace(-1, 1, count: 64).reshaped([64, 1])
        let y = x.squared()
        let curve = TensorDataset(inputs: x, targets: y)

        let regressor = Sequential { Dense(1, 16); Tanh(); Dense(16, 1) }
        let fitter = Trainer(model: regressor, loss: .meanSquaredError,
                             optimizer: try Adam(regressor, learningRate: 0.02))
        try fitter.fit(DataLoader(curve, batchSize: .full), epochs: 300)
        let fit = try fitter.evaluate(curve)
        print(fit.meanAbsoluteError ?? 0, fit.rSquared ?? 0)

        XCTAssertEqual(model.parameterCount, 99)
        let test = try XCTUnwrap(data.test)
        XCTAssertEqual([data.train.count, test.count, loader.batchCount], [900, 300, 29])
        XCTAssertEqual(history.epochs.count, 40)
        XCTAssertGreaterThan(history.last?.testAccuracy ?? 0, 0.9)
        let evaluation = try trainer.evaluate(test)
        XCTAssertEqual(evaluation.accuracy, history.last?.testAccuracy)
        XCTAssertEqual(evaluation.confusionMatrix?.total, 300)
        XCTAssertEqual(scores.shape, [2, 3])
        XCTAssertEqual(try xorTrainer.evaluate(xor).accuracy, 1)
        XCTAssertGreaterThan(fit.rSquared ?? 0, 0.95)
    }

    // MARK: CustomModules.md

    func testCustomModules() throws {
        manualSeed(0)
        let net = SpiralNet()
        let data = SyntheticData.spiral(seed: 0)
        let trainer = Trainer(model: net, loss: .crossEntropy, optimizer: try Adam(net, learningRate: 1e-2))
        try trainer.fit(DataLoader(data.train, batchSize: .size(32)), epochs: 20, test: data.test)

        print(net.namedParameters.map(\.name))
        // ["stem.weight", "stem.bias",
        //  "blocks.0.fc1.weight", "blocks.0.fc1.bias", "blocks.0.fc2.weight", "blocks.0.fc2.bias",
        //  "blocks.1.fc1.weight", "blocks.1.fc1.bias", "blocks.1.fc2.weight", "blocks.1.fc2.bias",
        //  "head.weight", "head.bias"]
        print(net.namedModules.map(\.name).filter { !$0.isEmpty })
        // ["stem", "blocks.0", "blocks.0.fc1", "blocks.0.fc2", "blocks.0.dropout", "blocks.1", ...]

        net.eval()
        print(net.isTraining, net.blocks[0].dropout.isTraining)  // false false

        let batch = Tensor([[0.5, -0.2], [0.1, 0.9]] as [[Float]])
        print(net(batch).doubles == net(batch).doubles)  // true: no dropout

        net.train()
        print(net.isTraining)  // true

        print(try net.outputShape(forInput: [8, 2]))  // [8, 3]
        print(try net.summary(inputShape: [1, 2]))

        let towers = TwoTowers()
        print(try towers.outputShape(forInput: [5, 2]))  // [5, 12]

        do {
            let scores = try net.checkedCall(Tensor.zeros([4, 5]))
            print(scores.shape)
        } catch {
            print(error)  // Dense(2 → 32): expected input width 2, got shape [4, 5]
        }

        ModuleRegistry.register(ResidualBlock.self)

        let model = Sequential {
            Dense(2, 32); ReLU()
            ResidualBlock(width: 32, dropout: 0.2)
            Dense(32, 3)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("residual.safetensors")
        try ModelFile.save(model, info: ModelInfo(inputShape: [2]), to: url)

        let (restored, _) = try ModelFile.load(from: url)
        print(try ModuleArchitecture(describing: restored).jsonText())
        // {"config":{"layers":[{"config":{"bias":true,"inputs":2,"outputs":32},"type":"Dense"},
        //  {"config":{},"type":"ReLU"},{"config":{"dropout":0.2,"width":32},"type":"ResidualBlock"},...

        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        XCTAssertGreaterThan(trainer.history.last?.testAccuracy ?? 0, 0.9)
        XCTAssertEqual(net.namedParameters.map(\.name), [
            "stem.weight", "stem.bias",
            "blocks.0.fc1.weight", "blocks.0.fc1.bias", "blocks.0.fc2.weight", "blocks.0.fc2.bias",
            "blocks.1.fc1.weight", "blocks.1.fc1.bias", "blocks.1.fc2.weight", "blocks.1.fc2.bias",
            "head.weight", "head.bias",
        ])
        XCTAssertEqual(Array(net.namedModules.map(\.name).filter { !$0.isEmpty }.prefix(6)),
                       ["stem", "blocks.0", "blocks.0.fc1", "blocks.0.fc2", "blocks.0.dropout", "blocks.1"])
        net.eval()
        XCTAssertFalse(net.isTraining)
        XCTAssertFalse(net.blocks[1].dropout.isTraining)
        XCTAssertEqual(net(batch).doubles, net(batch).doubles)
        net.train()
        XCTAssertTrue(net.blocks[1].dropout.isTraining)
        XCTAssertEqual(try net.outputShape(forInput: [8, 2]), [8, 3])
        XCTAssertEqual(try towers.outputShape(forInput: [5, 2]), [5, 12])
        XCTAssertEqual(towers(Tensor.zeros([5, 2])).shape, [5, 12])
        XCTAssertThrowsError(try net.checkedCall(Tensor.zeros([4, 5]))) { error in
            XCTAssertEqual("\(error)", "Dense(2 → 32): expected input width 2, got shape [4, 5]")
        }
        let architecture = try ModuleArchitecture(describing: restored).jsonText()
        XCTAssertTrue(architecture.hasPrefix(
            #"{"config":{"layers":[{"config":{"bias":true,"inputs":2,"outputs":32},"type":"Dense"},"#
            + #"{"config":{},"type":"ReLU"},{"config":{"dropout":0.2,"width":32},"type":"ResidualBlock"},"#),
            architecture)
        XCTAssertEqual(values(restored), values(model))
        XCTAssertTrue(restored is Sequential)
    }

    // MARK: CustomTrainingLoops.md

    func testCustomTrainingLoops() throws {
        manualSeed(0)
        let data = SyntheticData.spiral(seed: 0)
        let loader = DataLoader(data.train, batchSize: .size(32), seed: 0)
        let model = Sequential { Dense(2, 32); ReLU(); Dense(32, 3) }
        let optimizer = try SGD(model, learningRate: 0.1, momentum: 0.9)

        for epoch in 0..<30 {
            model.train()
            for batch in loader.batches(epoch: epoch) {
                let logits = model(batch.inputs)                // forward
                let loss = crossEntropy(logits, batch.targets)  // a scalar: the batch's mean loss
                loss.backward()                                 // gradients of every parameter
                optimizer.step()                                // move every parameter against its gradient
                optimizer.zeroGrad()                            // clear them for the next batch
            }
        }

        model.eval()
        if let test = data.test {
            let scores = noGrad { model(test.features) }
            print("test accuracy", Metrics.accuracy(scores: scores, labels: test.targets))
        }
        let test = try XCTUnwrap(data.test)
        let accuracy = Metrics.accuracy(scores: noGrad { model(test.features) }, labels: test.targets)

        model.train()
        for batch in loader.batches(epoch: 30) {
            let loss = crossEntropy(model(batch.inputs), batch.targets)
            loss.backward()
            let norm = clipGradNorm(model.parameters, maxNorm: 1.0)
            if norm > 10 { print("large gradient: \(norm)") }
            optimizer.step()
            optimizer.zeroGrad()
        }

        let stepsPerEpoch = loader.batchCount
        let warmup = try LearningRateSchedule.linearWarmup(learningRate: 0.1, steps: stepsPerEpoch)
        let cosine = try LearningRateSchedule.cosineAnnealing(learningRate: 0.1, steps: 9 * stepsPerEpoch)
        let schedule = warmup.then(cosine, after: stepsPerEpoch)

        let scheduled = Sequential { Dense(2, 32); ReLU(); Dense(32, 3) }
        let sgd = try SGD(scheduled, learningRate: 0.1, momentum: 0.9)
        var step = 0
        for epoch in 0..<10 {
            for batch in loader.batches(epoch: epoch) {
                sgd.learningRate = schedule(step)
                crossEntropy(scheduled(batch.inputs), batch.targets).backward()
                sgd.step()
                sgd.zeroGrad()
                step += 1
            }
        }
        print(schedule.rates(count: 3), schedule(10 * stepsPerEpoch - 1))

        let trainer = Trainer(model: scheduled, loss: .crossEntropy, optimizer: sgd,
                              schedule: schedule, scheduleInterval: .batch)

        let regularized = Sequential { Dense(2, 32); ReLU(); Dense(32, 3) }
        let weights = regularized.namedParameters.filter { $0.name.hasSuffix("weight") }.map(\.parameter)

        let custom = Trainer(model: regularized, optimizer: try Adam(regularized, learningRate: 1e-2)) { logits, labels in
            var penalty = Tensor(0)
            for weight in weights {
                penalty = penalty + weight.value.squared().sum()
            }
            return crossEntropy(logits, labels, labelSmoothing: 0.1) + 1e-4 * penalty
        }
        try custom.fit(loader, epochs: 10, test: data.test)
        print(custom.history.last?.testAccuracy ?? 0)

        let oneHotModel = Sequential { Dense(2, 32); ReLU(); Dense(32, 3) }
        let squaredError = CustomLoss(targets: .values) { scores, oneHot in
            meanSquaredError(scores, oneHot)
        }
        let oneHotTrainer = Trainer(model: oneHotModel, loss: squaredError,
                                    optimizer: try Adam(oneHotModel, learningRate: 1e-2))
        try oneHotTrainer.fit(loader, epochs: 5)

        XCTAssertGreaterThan(accuracy, 0.9)
        XCTAssertTrue(model.parameters.allSatisfy { $0.grad == nil })
        XCTAssertEqual(schedule(0), 0.1 / 3, accuracy: 1e-12)
        XCTAssertEqual(schedule(stepsPerEpoch), 0.1, accuracy: 1e-12)
        XCTAssertLessThan(schedule(10 * stepsPerEpoch - 1), 1e-3)
        XCTAssertEqual(step, 10 * stepsPerEpoch)
        XCTAssertEqual(trainer.scheduleInterval, .batch)
        XCTAssertEqual(weights.count, 2)
        XCTAssertGreaterThan(custom.history.last?.testAccuracy ?? 0, 0.9)
        XCTAssertGreaterThan(oneHotTrainer.history.last?.accuracy ?? 0, 0.5)
    }

    // MARK: SavingLoadingAndResuming.md

    func testSavingLoadingAndResuming() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        manualSeed(0)
        let data = SyntheticData.spiral(seed: 0)
        let loader = DataLoader(data.train, batchSize: .size(32), seed: 0)
        let model = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
        let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: try Adam(model, learningRate: 1e-2))
        try trainer.fit(loader, epochs: 20)

        let url = folder.appendingPathComponent("spiral.safetensors")
        let info = ModelInfo(inputShape: [2], loss: "cross-entropy", classNames: ["arm 0", "arm 1", "arm 2"])
        try ModelFile.save(model, info: info, to: url)

        let (restored, restoredInfo) = try ModelFile.load(from: url)
        print(restoredInfo.inputShape ?? [], restoredInfo.classNames)  // [2] ["arm 0", "arm 1", "arm 2"]
        let points = data.train.features
        print(restored(points).doubles == model(points).doubles)  // true

        let rebuilt = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
        try ModelFile.loadWeights(from: url, into: rebuilt)

        let firstLayer = Sequential { Dense(2, 16); Tanh() }
        let report = try ModelFile.loadWeights(from: url, into: firstLayer, strict: false)
        print(report.missing, report.unexpected)  // [] ["2.bias", "2.weight"]

        let prefixed = folder.appendingPathComponent("encoder.safetensors")
        try SafeTensors.write(model.stateDict.map { ("encoder." + $0.name, $0.tensor) }, to: prefixed)

        let encoder = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
        try ModelFile.loadWeights(from: prefixed, into: encoder, removingPrefix: "encoder.")

        let generatorBeforeTheRun = RandomGenerator.global

        let runs = folder.appendingPathComponent("runs")

        func makeTrainer() throws -> Trainer {
            let model = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
            let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: try Adam(model, learningRate: 1e-2))
            trainer.checkpointing = CheckpointPolicy(directory: runs, every: 2, keep: 2)
            return trainer
        }

        let interrupted = try makeTrainer()
        try interrupted.fit(loader, epochs: 4)
        print(Checkpoint.list(in: runs).map(\.epoch))  // [2, 4]

        let resumed = try makeTrainer()
        if let latest = Checkpoint.latest(in: runs) {
            try resumed.resume(from: latest)
        }
        print(resumed.epochsCompleted)  // 4
        try resumed.fit(loader, epochs: 10)
        print(Checkpoint.list(in: runs).map(\.epoch))  // [8, 10]

        let snapshot = folder.appendingPathComponent("snapshot.safetensors")
        try resumed.saveCheckpoint(to: snapshot)
        let (finalModel, _) = try ModelFile.load(from: snapshot)
        print(finalModel.parameterCount)  // 99

        let historyURL = folder.appendingPathComponent("history.json")
        try resumed.history.write(to: historyURL)

        let decoded = try JSONDecoder().decode(History.self, from: Data(contentsOf: historyURL))
        print(decoded.epochs.count, decoded.last?.loss ?? 0)  // 10 …

        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(restoredInfo.inputShape, [2])
        XCTAssertEqual(restoredInfo.classNames, ["arm 0", "arm 1", "arm 2"])
        XCTAssertEqual(restoredInfo.loss, "cross-entropy")
        XCTAssertFalse(restored.isTraining)
        XCTAssertEqual(restored(points).doubles, model(points).doubles)
        XCTAssertEqual(values(rebuilt), values(model))
        XCTAssertEqual(report.missing, [])
        XCTAssertEqual(report.unexpected, ["2.bias", "2.weight"])
        XCTAssertEqual(values(firstLayer)["0.weight"], values(model)["0.weight"])
        XCTAssertEqual(values(encoder), values(model))
        XCTAssertEqual(resumed.epochsCompleted, 10)
        XCTAssertEqual(Checkpoint.list(in: runs).map(\.epoch), [8, 10])
        XCTAssertEqual(finalModel.parameterCount, 99)
        XCTAssertEqual(decoded, resumed.history)

        // The resumed run ends where an uninterrupted one does: the same
        // generator as before `interrupted`, then 10 epochs straight.
        RandomGenerator.global = generatorBeforeTheRun
        let uninterrupted = try makeTrainer()
        uninterrupted.checkpointing = nil
        try uninterrupted.fit(loader, epochs: 10)
        XCTAssertEqual(uninterrupted.history.withoutTimings, resumed.history.withoutTimings)
        XCTAssertEqual(values(uninterrupted.model), values(resumed.model))

        // The command lines of the guide, run in-process in a folder of their own.
        let commandFolder = try temporaryFolder()
        workInside(commandFolder)
        try runCommandLines(of: "SavingLoadingAndResuming.md", expecting: 2)
        let commandRuns = commandFolder.appendingPathComponent("runs")
        XCTAssertEqual(Checkpoint.list(in: commandRuns).map(\.epoch), [9, 10])
        let (trained, _) = try ModelFile.load(from: commandFolder.appendingPathComponent("spiral.safetensors"))
        XCTAssertEqual(values(trained), values(try ModelFile.load(from: commandRuns.appendingPathComponent(Checkpoint.fileName(epoch: 10))).model))
    }

    // MARK: PyTorchInterop.md

    func testPyTorchInterop() throws {
        // The files the guide's Python writes: a state_dict as
        // `save_file(model.state_dict(), ...)` writes it (sorted names, no
        // metadata), and an Adam state under Axon's names with PyTorch's
        // float32 step counts.
        workInside(try temporaryFolder())
        manualSeed(7)
        let torchModel = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
        let torchTensors = torchModel.stateDict.sorted { $0.name < $1.name }.map { ($0.name, $0.tensor) }
        try SafeTensors.write(torchTensors, to: URL(fileURLWithPath: "spiral_torch.safetensors"))
        let stepped = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
        let torchAdam = try Adam(stepped, learningRate: 1e-3)
        for _ in 0..<2 {
            crossEntropy(stepped(Tensor([[1, 2]] as [[Float]])), Tensor([0] as [Int64])).backward()
            torchAdam.step()
        }
        var torchState: [(String, Tensor)] = []
        for (name, tensor) in torchAdam.stateDict().sorted(by: { $0.key < $1.key }) {
            torchState.append((name, name.hasSuffix(".step") ? tensor.cast(to: .float32) : tensor))
        }
        try SafeTensors.write(torchState, to: URL(fileURLWithPath: "adam_state.safetensors"))

        let model = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
        for (name, tensor) in model.stateDict {
            print(name, tensor.shape)
        }
        // 0.weight [16, 2]
        // 0.bias [16]
        // 2.weight [3, 16]
        // 2.bias [3]

        let torchFile = URL(fileURLWithPath: "spiral_torch.safetensors")
        let fromTorch = Sequential { Dense(2, 16); Tanh(); Dense(16, 3) }
        try ModelFile.loadWeights(from: torchFile, into: fromTorch)

        let axonFile = URL(fileURLWithPath: "spiral_axon.safetensors")
        try ModelFile.save(fromTorch, info: ModelInfo(inputShape: [2]), to: axonFile)

        let blockModel = Sequential {
            Dense(2, 32); ReLU()
            ResidualBlock(width: 32)
            Dense(32, 3)
        }
        print(blockModel.stateDict.map(\.name))
        // ["0.weight", "0.bias", "2.fc1.weight", "2.fc1.bias", "2.fc2.weight", "2.fc2.bias", "3.weight", "3.bias"]

        let adam = try Adam(model, learningRate: 1e-3)
        let loss = crossEntropy(model(Tensor([[0.5, -0.5]] as [[Float]])), Tensor([2] as [Int64]))
        loss.backward()
        adam.step()
        print(adam.stateDict().keys.sorted().prefix(3))
        // ["0.bias.exp_avg", "0.bias.exp_avg_sq", "0.bias.step"]
        print(adam.hyperparameters["beta2"] ?? 0)  // 0.999

        let saved = try SafeTensors.read(from: URL(fileURLWithPath: "adam_state.safetensors"))
        var state: [String: Tensor] = [:]
        for (name, tensor) in saved.tensors {
            state[name] = tensor
        }
        try adam.loadStateDict(state)

        XCTAssertEqual(model.stateDict.map(\.name), ["0.weight", "0.bias", "2.weight", "2.bias"])
        XCTAssertEqual(model.stateDict.map(\.tensor.shape), [[16, 2], [16], [3, 16], [3]])
        XCTAssertEqual(values(fromTorch), values(torchModel))
        XCTAssertThrowsError(try ModelFile.load(from: torchFile))
        XCTAssertEqual(values(try ModelFile.load(from: axonFile).model), values(torchModel))
        XCTAssertEqual(blockModel.stateDict.map(\.name), [
            "0.weight", "0.bias", "2.fc1.weight", "2.fc1.bias", "2.fc2.weight", "2.fc2.bias", "3.weight", "3.bias",
        ])
        XCTAssertEqual(Array(adam.stateDict().keys.sorted().prefix(3)), ["0.bias.exp_avg", "0.bias.exp_avg_sq", "0.bias.step"])
        XCTAssertEqual(adam.hyperparameters["beta2"], 0.999)
        XCTAssertEqual(adam.stateDict()["2.weight.step"]?.item, 2)
        XCTAssertEqual(adam.stateDict()["2.weight.exp_avg"]?.doubles, torchAdam.stateDict()["2.weight.exp_avg"]?.doubles)

        // The guide's conversion on the command line.
        try FileManager.default.removeItem(at: axonFile)
        try runCommandLines(of: "PyTorchInterop.md", expecting: 1)
        XCTAssertEqual(values(try ModelFile.load(from: axonFile).model), values(torchModel))
    }

    // MARK: The pages and this file agree

    func testEverySwiftExampleIsInThisFile() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let sourceLines = Self.significantLines(source)
        let found = try FileManager.default.contentsOfDirectory(atPath: Self.catalog.path).filter { $0.hasSuffix(".md") }
        XCTAssertEqual(Set(found), Set(Self.pages), "a page was added or removed: update `pages` and add its test")
        for page in found.sorted() {
            let text = try String(contentsOf: Self.catalog.appendingPathComponent(page), encoding: .utf8)
            let blocks = Self.codeBlocks(in: text, language: "swift")
            XCTAssertFalse(blocks.isEmpty, "\(page) has no Swift example")
            for (index, block) in blocks.enumerated() {
                let lines = Self.significantLines(block)
                // `import` lines sit at the top of this file, not inside a test.
                for line in lines where line.hasPrefix("import ") {
                    XCTAssertTrue(sourceLines.contains(line), "\(page), example \(index + 1): \(line) is not imported here")
                }
                let code = lines.filter { !$0.hasPrefix("import ") }
                if let problem = Self.mismatch(of: code, in: sourceLines) {
                    XCTFail("\(page), example \(index + 1) (\(code.first ?? "")) is not in DocumentationTests.swift: \(problem)")
                }
            }
        }
    }

    /// The lines of `text` without indentation and trailing spaces, blank ones left out.
    static func significantLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The contents of the fenced code blocks of `language` in a Markdown text.
    static func codeBlocks(in text: String, language: String) -> [String] {
        var blocks: [String] = []
        var fence: (language: String, lines: [String])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed == "```" {
                    if open.language == language { blocks.append(open.lines.joined(separator: "\n")) }
                    fence = nil
                } else {
                    fence?.lines.append(String(line))
                }
            } else if trimmed.hasPrefix("```") {
                fence = (String(trimmed.dropFirst(3)), [])
            }
        }
        return blocks
    }

    /// `nil` when `lines` appear one after another somewhere in `source`;
    /// otherwise the first line of the closest match that differs.
    static func mismatch(of lines: [String], in source: [String]) -> String? {
        guard !lines.isEmpty else { return nil }
        var longest = 0
        for start in source.indices {
            var matched = 0
            while matched < lines.count, start + matched < source.count, source[start + matched] == lines[matched] {
                matched += 1
            }
            if matched == lines.count { return nil }
            longest = max(longest, matched)
        }
        return "no match for line \(longest + 1): \(lines[longest])"
    }

    /// Runs every `axon …` line of the page's ```sh blocks in-process, in
    /// the current directory, and checks that there are `count` of them.
    func runCommandLines(of page: String, expecting count: Int) throws {
        let text = try String(contentsOf: Self.catalog.appendingPathComponent(page), encoding: .utf8)
        let commands = Self.codeBlocks(in: text, language: "sh")
            .flatMap { Self.significantLines($0) }
            .filter { $0.hasPrefix("axon ") }
        XCTAssertEqual(commands.count, count, "the command lines of \(page)")
        for line in commands {
            XCTAssertFalse(line.contains("\"") || line.contains("'") || line.contains("#"), "keep \(page)'s commands plain: \(line)")
            let arguments = line.split(separator: " ").dropFirst().map(String.init)
            var command = try AxonCommand.parseAsRoot(arguments)
            try command.run()
        }
    }
}
