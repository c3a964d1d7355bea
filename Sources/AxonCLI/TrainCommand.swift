import ArgumentParser
import Axon
import Foundation

/// `axon train`: forward propagation, backpropagation and gradient descent on
/// a data set, as one command.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a multi-layer perceptron (the main job; with no arguments: the built-in spiral).",
        discussion: """
            The batch size chooses the primer's flavour of gradient descent: --batch-size full is \
            batch gradient descent (every sample per step), 1 is stochastic gradient descent, and \
            k is mini-batch gradient descent.
            """
    )

    @Option(help: "Training data: \(DataSpec.names.joined(separator: " | ")).")
    var data = "spiral"

    @Option(help: "Test data (a CSV file, or another spec); built-in sets bring their own.")
    var test: String?

    @Option(help: "Fraction of the training data held out for validation (0..<1).")
    var validationSplit: Double?

    @Option(help: "standard | global | minmax | none (default: suited to the data set), fitted on the training split.")
    var normalize: String?

    @Option(help: "Layer widths, input first, e.g. 784-256-128-10 (default: suited to the data set).")
    var model: String?

    @Option(help: "Between layers: relu | sigmoid | tanh | leaky-relu | elu | gelu | silu.")
    var activation = "relu"

    @Option(help: "cross-entropy | mse | l1 | huber | bce-with-logits | hinge (default: from the targets).")
    var loss: String?

    @OptionGroup var optimizerOptions: OptimizerOptions

    @Option(help: ArgumentHelp("Learning-rate schedule.", discussion: ScheduleSpec.help))
    var schedule: String?

    @Option(help: "Samples per step: N, or full (default: suited to the data set).")
    var batchSize: String?

    @Option(help: "Passes over the training data (default: suited to the data set).")
    var epochs: Int?

    @Flag(help: "Batches in file order: rows [i, i+N).")
    var noShuffle = false

    @Option(help: "Seed for the data, the initial weights and the shuffling.")
    var seed: UInt64 = 0

    @Option(help: "float32 | float64.")
    var dtype = "float32"

    @Option(help: "Threads for the matrix kernels (default: every core).")
    var threads: Int?

    @Option(help: "Start from the weights in a safetensors file (Axon's, or PyTorch's state_dict).")
    var initWeights: String?

    @Option(help: "Write the trained model to this safetensors file.")
    var save: String?

    @Option(help: "Stop after this many epochs without improvement (of val_loss, else the loss).")
    var earlyStopping: Int?

    @Flag(help: "JSON Lines on standard output: one object per epoch and a summary.")
    var json = false

    func validate() throws {
        if let validationSplit, !(validationSplit > 0 && validationSplit < 1) {
            throw ValidationError("--validation-split must be between 0 and 1 (exclusive), got \(validationSplit)")
        }
        if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1, got \(epochs)") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        if let earlyStopping, earlyStopping < 1 { throw ValidationError("--early-stopping must be at least 1, got \(earlyStopping)") }
    }

    func run() throws {
        if let threads { CPU.threads = threads }
        let setup = try makeSetup()
        let trainer = setup.trainer
        if json {
            trainer.callbacks.append(EpochHook(observing: { record in
                printJSONLine([
                    "event": "epoch", "epoch": record.epoch, "loss": record.loss, "accuracy": record.accuracy,
                    "val_loss": record.validationLoss, "val_accuracy": record.validationAccuracy,
                    "test_loss": record.testLoss, "test_accuracy": record.testAccuracy,
                    "learning_rate": record.learningRate, "epoch_seconds": record.seconds,
                    "samples_per_second": record.samplesPerSecond,
                ])
            }))
        }
        let history: History
        do {
            history = try trainer.fit(setup.loader, epochs: setup.epochs, validation: setup.validation, test: setup.test)
        } catch {
            throw CLIError(error.description)
        }
        if let save {
            do {
                try ModelFile.save(trainer.model, description: setup.description, to: URL(fileURLWithPath: save))
            } catch {
                throw CLIError("--save \(save): \(error)")
            }
        }
        report(history, setup: setup)
    }

    private func report(_ history: History, setup: Setup) {
        guard let last = history.last else { return }
        if json {
            printJSONLine([
                "event": "summary", "epochs": history.epochs.count, "loss": last.loss, "accuracy": last.accuracy,
                "val_loss": last.validationLoss, "val_accuracy": last.validationAccuracy,
                "test_loss": last.testLoss, "test_accuracy": last.testAccuracy,
                "train_seconds": history.seconds, "stopped_early": history.stoppedEarly,
            ])
            return
        }
        var lines = ["trained \(setup.description.sizesText) (\(setup.description.activation.rawValue)) on \(data) "
            + "for \(history.epochs.count) epoch(s) in " + String(format: "%.3f s", history.seconds)
            + (history.stoppedEarly ? " (stopped early)" : "")]
        lines.append(String(format: "train loss %.4f", last.loss)
            + (last.accuracy.map { String(format: ", accuracy %.2f%%", $0 * 100) } ?? ""))
        if let loss = last.validationLoss {
            lines.append(String(format: "validation loss %.4f", loss)
                + (last.validationAccuracy.map { String(format: ", accuracy %.2f%%", $0 * 100) } ?? ""))
        }
        if let loss = last.testLoss {
            lines.append(String(format: "test loss %.4f", loss)
                + (last.testAccuracy.map { String(format: ", accuracy %.2f%%", $0 * 100) } ?? ""))
        }
        if let save { lines.append("saved to \(save)") }
        print(lines.joined(separator: "\n"))
    }

    /// Everything `fit` needs, built from the flags and checked against each other.
    struct Setup {
        let trainer: Trainer
        let loader: DataLoader
        let epochs: Int
        let validation: TensorDataset?
        let test: TensorDataset?
        let description: ModelDescription
    }

    func makeSetup() throws -> Setup {
        let (spec, splits) = try loadData(data, option: "--data", seed: seed)
        let defaults = DataDefaults.forSpec(spec)
        var train = splits.train
        var testSet = splits.test
        if let test {
            let (_, extra) = try loadData(test, option: "--test", seed: seed &+ 1)
            testSet = extra.test ?? extra.train
        }
        var validation: TensorDataset?
        if let validationSplit {
            let parts = train.split(fraction: 1 - validationSplit, seed: seed)
            (train, validation) = (parts.train, parts.validation)
        }
        guard train.count > 0 else { throw CLIError("--data \(data): no training samples") }
        let fitted = try scaler(named: normalize ?? defaults.normalize, fittedTo: train)
        if let fitted {
            train = fitted.transform(train)
            validation = validation.map(fitted.transform)
            testSet = testSet.map(fitted.transform)
        }
        if let testSet, testSet.featureCount != train.featureCount {
            throw CLIError("--test: the test data have \(testSet.featureCount) features, the training data \(train.featureCount)")
        }

        let sizes: [Int]
        do {
            sizes = try model.map { try Sequential.parseSizes($0) }
                ?? [train.featureCount] + defaults.hiddenSizes + [train.outputCount]
        } catch let error as ModuleError {
            throw CLIError("--model: \(error.message)")
        }
        guard sizes[0] == train.featureCount else {
            throw CLIError("--model \(model ?? ""): the model takes \(sizes[0]) inputs but the data have \(train.featureCount) features")
        }
        let activationKind: Activation
        let lossKind: Loss
        do {
            activationKind = try Activation(parsing: activation)
        } catch {
            throw CLIError("--activation: \(error.message)")
        }
        do {
            lossKind = try loss.map { try Loss(parsing: $0) }
                ?? (train.classCount != nil ? .crossEntropy(labelSmoothing: 0) : .meanSquaredError)
        } catch let error as ModuleError {
            throw CLIError("--loss: \(error.message)")
        }
        let encoding: TargetEncoding
        do {
            encoding = try TargetEncoding.choose(loss: lossKind, targets: train.targetKind, outputs: sizes[sizes.count - 1])
        } catch {
            throw CLIError("--model \(sizes.map(String.init).joined(separator: "-")) with --loss \(loss ?? "default"): \(error.description)")
        }

        let description = ModelDescription(
            sizes: sizes, activation: activationKind, dtype: try modelDType(dtype),
            loss: loss ?? (lossKind.takesClassLabels ? "cross-entropy" : "mse"),
            classNames: train.classNames, scaler: fitted)
        var generator = RandomGenerator(seed: seed)
        let network = description.makeModel(generator: &generator)
        if let initWeights {
            do {
                try ModelFile.loadWeights(from: URL(fileURLWithPath: initWeights), into: network)
            } catch {
                throw CLIError("--init-weights \(error)")
            }
        }

        let batch: BatchSize
        do {
            batch = try BatchSize(parsing: batchSize ?? defaults.batchSize)
        } catch {
            throw CLIError("\(error)")
        }
        let loader = DataLoader(train, batchSize: batch, shuffle: !noShuffle, seed: seed)
        let epochCount = epochs ?? defaults.epochs
        let optimizer = try optimizerOptions.make(network.namedParameters.map { ($0.name, $0.parameter) })

        let trainer = Trainer(model: network, loss: lossKind, optimizer: optimizer, encoding: encoding,
                              progress: ProgressReporter())
        if let schedule {
            switch try ScheduleSpec.make(schedule, learningRate: optimizerOptions.learningRate, epochs: epochCount,
                                         stepsPerEpoch: loader.batchCount) {
            case let .schedule(rule, interval):
                trainer.schedule = rule
                trainer.scheduleInterval = interval
            case let .plateau(rule):
                trainer.callbacks.append(PlateauScheduling(rule, monitor: validation == nil ? .loss : .validationLoss))
            }
        }
        if let earlyStopping {
            trainer.callbacks.append(EarlyStopping(monitor: validation == nil ? .loss : .validationLoss, patience: earlyStopping))
        }
        return Setup(trainer: trainer, loader: loader, epochs: epochCount, validation: validation, test: testSet,
                     description: description)
    }
}
