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

            With --checkpoint-dir, a checkpoint (model, optimizer state, generators, history) is \
            written every --checkpoint-every epochs and after the last; --resume FILE (or the \
            directory, for its newest checkpoint) continues that run exactly, bit for bit. On \
            resume the architecture and hyper-parameters come from the checkpoint, and flags that \
            would change them are refused; --epochs is then the total number of epochs (a \
            schedule keeps the epoch count the run started with). --data and --test may name \
            where the same data are now, if they have moved.

            With --logdir DIR, TensorBoard event files go to DIR (`tensorboard --logdir DIR`): per \
            epoch the scalars loss/train, loss/validation, loss/test, accuracy/train, \
            accuracy/validation, accuracy/test and learning_rate, and a histogram of each \
            parameter tagged with its name in the model file (0.weight, 0.bias, ...); with \
            --log-steps also step/loss, step/accuracy and step/learning_rate per optimizer step. \
            A resumed run given the same DIR adds a file there, and its curves go on from the \
            checkpoint's epoch and step.

            Under `mpirun -np N axon train ...` (Open MPI) the same command trains data-parallel: \
            every rank takes its share of each batch and the gradients are summed before each step, \
            so the weights follow one process's with the same flags. --batch-size is the global \
            batch (all ranks together); --threads is per rank (default: the cores shared among the \
            ranks on this machine). Rank 0 alone prints and writes files (--save, checkpoints, \
            --logdir, --plot); checkpoints resume with any number of ranks. If a rank dies, mpirun \
            stops the others and names the rank.
            """
    )

    @Option(help: "Training data: \(DataSpec.names.joined(separator: " | ")) (default: spiral).")
    var data: String?

    @Option(help: "Test data (a CSV file, or another spec); built-in sets bring their own.")
    var test: String?

    @Option(help: "Fraction of the training data held out for validation (0..<1).")
    var validationSplit: Double?

    @Option(help: "standard | global | minmax | none (default: suited to the data set), fitted on the training split.")
    var normalize: String?

    @Option(help: ArgumentHelp("Layer widths, input first, e.g. 784-256-128-10 (default: suited to the data set); or a preset (lenet5, mnist-cnn); or a layer list.",
                               discussion: Sequential.layerListHelp))
    var model: String?

    @Option(help: "Between layers: relu | sigmoid | tanh | leaky-relu | elu | gelu | silu (default: relu).")
    var activation: String?

    @Option(help: "cross-entropy | mse | l1 | huber | bce-with-logits | hinge (default: from the targets).")
    var loss: String?

    @OptionGroup var optimizerOptions: OptimizerOptions

    @OptionGroup(title: "Limits on data files") var dataLimits: DataLimitOptions

    @Option(help: ArgumentHelp("Learning-rate schedule.", discussion: ScheduleSpec.help))
    var schedule: String?

    @Option(help: "Samples per step: N, or full (default: suited to the data set); under mpirun, over all ranks together.")
    var batchSize: String?

    @Option(help: "Passes over the training data (default: suited to the data set); with --resume, the total.")
    var epochs: Int?

    @Flag(help: "Batches in file order: rows [i, i+N).")
    var noShuffle = false

    @Option(help: "Seed for the data, the initial weights, the shuffling and dropout (default: 0).")
    var seed: UInt64?

    @Option(help: "float32 | float64 (default: float32).")
    var dtype: String?

    @Option(help: "Threads for the kernels, at most 4 per core (default: one per core); under mpirun, per rank (default: the cores shared among this machine's ranks).")
    var threads: Int?

    @Option(help: "Start from the weights in a safetensors file (Axon's, or PyTorch's state_dict); with --epochs 0 and --save, converts it to an Axon model file.")
    var initWeights: String?

    @Option(help: "Write the trained model to this safetensors file.")
    var save: String?

    @Option(help: "Stop after this many epochs without improvement (of val_loss, else the loss).")
    var earlyStopping: Int?

    @Option(help: "Write checkpoints (checkpoint-epoch-NNNN.safetensors) to this directory (with --resume, the default is the resumed checkpoint's).")
    var checkpointDir: String?

    @Option(help: "Epochs between checkpoints (default: 1); one is always written after the last epoch.")
    var checkpointEvery: Int?

    @Option(help: "How many of the newest checkpoints to keep (default: 2).")
    var keep: Int?

    @Option(help: "Continue the run of this checkpoint (or of the newest checkpoint in this directory).")
    var resume: String?

    @Flag(help: "JSON Lines on standard output: one object per epoch and a summary.")
    var json = false

    @Option(help: ArgumentHelp("Write TensorBoard event files (losses, accuracies, learning rate, weight histograms per epoch) to this directory, created if missing; with --resume, give the run's directory again to continue its curves.",
                               valueName: "dir"))
    var logdir: String?

    @Flag(help: "With --logdir, also log every optimizer step's loss, accuracy and learning rate.")
    var logSteps = false

    @Option(help: ArgumentHelp("At the end, draw loss and accuracy per epoch (train, validation, test) as an SVG file (a resumed run: all its epochs).",
                               valueName: "file.svg"))
    var plot: String?

    func validate() throws {
        if let validationSplit, !(validationSplit > 0 && validationSplit < 1) {
            throw ValidationError("--validation-split must be between 0 and 1 (exclusive), got \(validationSplit)")
        }
        if let epochs, epochs < 0 { throw ValidationError("--epochs must not be negative, got \(epochs)") }
        if let earlyStopping, earlyStopping < 1 { throw ValidationError("--early-stopping must be at least 1, got \(earlyStopping)") }
        if let checkpointEvery, checkpointEvery < 1 { throw ValidationError("--checkpoint-every must be at least 1, got \(checkpointEvery)") }
        if let keep, keep < 1 { throw ValidationError("--keep must be at least 1, got \(keep)") }
        if checkpointDir == nil && resume == nil && (checkpointEvery != nil || keep != nil) {
            throw ValidationError("--checkpoint-every and --keep need --checkpoint-dir")
        }
        if logSteps && logdir == nil { throw ValidationError("--log-steps needs --logdir") }
    }

    func run() throws {
        let communicator: any Communicator
        do {
            communicator = try Distributed.world()
        } catch {
            throw CLIError("\(error)")
        }
        guard let mpi = communicator as? MPICommunicator else { return try train(communicator) }
        do {
            try train(communicator)
        } catch {
            // An error on one rank that the others cannot know of would leave them
            // waiting in a collective: it ends the whole job.
            FileHandle.standardError.write(Data("error (rank \(mpi.rank) of \(mpi.size)): \(error)\n".utf8))
            mpi.abort(code: 1)
        }
        mpi.finalize()
    }

    private func train(_ communicator: any Communicator) throws {
        let root = communicator.isRoot
        if let threads {
            CPU.threads = try checkedThreads(threads)
        } else if communicator.size > 1 {
            CPU.threads = max(1, CPU.cores / (Distributed.launch()?.localSize ?? communicator.size))
        }
        // Output paths that can never be written are refused before training, not after it.
        if let save { try checkOutput(save, flag: "--save") }
        if let plot { try checkOutput(plot, flag: "--plot") }
        if let checkpointDir { try checkOutputDirectory(checkpointDir, flag: "--checkpoint-dir") }
        let setup = try makeSetup()
        let trainer = setup.trainer
        trainer.communicator = communicator
        if !root { trainer.progress = nil }
        if json && root {
            trainer.callbacks.append(EpochHook(observing: { record in
                printJSONLine([
                    "event": "epoch", "epoch": record.epoch, "loss": record.loss, "accuracy": record.accuracy,
                    "val_loss": record.validationLoss, "val_accuracy": record.validationAccuracy,
                    "test_loss": record.testLoss, "test_accuracy": record.testAccuracy,
                    "learning_rate": record.learningRate, "epoch_seconds": record.seconds,
                    "samples_per_second": record.samplesPerSecond, "allreduce_seconds": record.allReduceSeconds,
                ])
            }))
        }
        let logger = root ? try tensorBoardLogger() : nil
        if let logger { trainer.callbacks.append(logger) }
        let history: History
        do {
            history = try trainer.fit(setup.loader, epochs: setup.epochs, validation: setup.validation, test: setup.test)
        } catch {
            throw CLIError(error.description)
        }
        guard root else { return }
        if let save {
            do {
                try ModelFile.save(trainer.model, info: trainer.modelInfo, to: URL(fileURLWithPath: save))
            } catch SafeTensorsError.ioFailure(_, let reason) {
                throw CLIError("--save \(save): \(reason)")
            } catch {
                throw CLIError("--save \(save): \(error)")
            }
        }
        if let plot, !history.epochs.isEmpty {
            let label = model.map { "\(data ?? "spiral") · \($0)" } ?? data ?? "spiral"
            try writeOutput(TrainingCurves(runs: [.init(label: label, history: history)]).svg(), to: plot, flag: "--plot")
        }
        report(history, setup: setup, eventFile: logger?.writer.file.path)
    }

    private func report(_ history: History, setup: Setup, eventFile: String?) {
        let resumed = setup.resumedEpochs
        guard let last = history.last else {
            if json {
                printJSONLine(["event": "summary", "epochs": 0, "saved": save, "event_file": eventFile])
            } else {
                print("no epochs trained" + (save.map { "; saved to \($0)" } ?? ""))
            }
            return
        }
        if json {
            printJSONLine([
                "event": "summary", "epochs": history.epochs.count, "resumed_from_epoch": setup.resumeURL == nil ? nil : resumed,
                "loss": last.loss, "accuracy": last.accuracy,
                "val_loss": last.validationLoss, "val_accuracy": last.validationAccuracy,
                "test_loss": last.testLoss, "test_accuracy": last.testAccuracy,
                "train_seconds": history.seconds, "stopped_early": history.stoppedEarly, "event_file": eventFile,
            ])
            return
        }
        let settings = setup.settings
        var lines = ["trained \(settings.model ?? "") (\(settings.activation)) on \(settings.data) "
            + "for \(history.epochs.count) epoch(s)"
            + (setup.resumeURL == nil ? "" : " (\(history.epochs.count - resumed) after resuming at epoch \(resumed))")
            + " in " + String(format: "%.3f s", history.seconds)
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
        if let directory = setup.trainer.checkpointing?.directory { lines.append("checkpoints in \(directory.path)") }
        if let eventFile { lines.append("TensorBoard events in \(eventFile)") }
        if let save { lines.append("saved to \(save)") }
        print(lines.joined(separator: "\n"))
    }

    /// Everything `fit` needs, built from the settings and checked against each other.
    struct Setup {
        let trainer: Trainer
        let loader: DataLoader
        let epochs: Int
        let validation: TensorDataset?
        let test: TensorDataset?
        /// The settings with every default filled in.
        let settings: TrainSettings
        /// The checkpoint the run resumes from, if any.
        let resumeURL: URL?
        /// The epochs the checkpoint had completed.
        let resumedEpochs: Int
    }

    /// The network `--model` describes (layer widths, a preset or a layer
    /// list) for the training data, with the sample shape it takes and its
    /// output width; `settings.model` gets the widths filled in.
    private func buildModel(settings: inout TrainSettings, train: TensorDataset, defaults: DataDefaults,
                            dtype: DType) throws -> (model: Sequential, sampleShape: [Int], outputs: Int) {
        let description = settings.model
        if description.map(isLayerWidths) ?? true {
            let sizes: [Int]
            do {
                sizes = try description.map { try Sequential.parseSizes($0) }
                    ?? [train.featureCount] + defaults.hiddenSizes + [train.outputCount]
            } catch let error as ModuleError {
                throw CLIError("--model: \(error.message)")
            }
            settings.model = sizes.map(String.init).joined(separator: "-")
            do {
                try ModelMemory.check(parameters: try Sequential.parameterCount(sizes: sizes), dtype: dtype,
                                      flag: "--model", value: settings.model ?? "")
            } catch let error as ModuleError {
                throw CLIError("--model: \(error.message)")
            }
            guard sizes[0] == train.featureCount else {
                throw CLIError("--model \(settings.model ?? ""): the model takes \(sizes[0]) inputs but the data have \(train.featureCount) features")
            }
            let activationKind: Activation
            do {
                activationKind = try Activation(parsing: settings.activation)
            } catch {
                throw CLIError("--activation: \(error.message)")
            }
            var generator = RandomGenerator(seed: settings.seed)
            let network = Sequential.multilayerPerceptron(sizes: sizes, activation: activationKind, dtype: dtype,
                                                          generator: &generator)
            return (network, [train.featureCount], sizes[sizes.count - 1])
        }
        guard activation == nil else {
            throw CLIError("--activation applies to a model given by its widths; a layer list names its own activations")
        }
        let text = description ?? ""
        let sampleShape = train.imageShape ?? [train.featureCount]
        let built = Result { () throws(ModuleError) -> (Sequential, Int) in
            // Each layer's parameters are counted before it allocates them.
            let network = try ParameterBudget.limiting(to: ModelMemory.parameterBudget(dtype: dtype),
                                                       because: ModelMemory.budgetReason(dtype: dtype)) { () throws(ModuleError) in
                Sequential.presets.contains(where: { $0.name == text })
                    ? try Sequential.preset(text, inputShape: sampleShape)
                    : try Sequential.layers(text, inputShape: sampleShape)
            }
            return (network.cast(to: dtype), try network.outputShape(forInput: [1] + sampleShape).last ?? 1)
        }
        switch built {
        case let .success((network, outputs)):
            return (network, sampleShape, outputs)
        case let .failure(error):
            throw CLIError("--model \(text): \(error.message) (the data's samples have shape \(sampleShape))")
        }
    }

    /// The logger `--logdir` asks for: a new event file in that directory.
    private func tensorBoardLogger() throws -> TensorBoardLogger? {
        guard let logdir else { return nil }
        do {
            return try TensorBoardLogger(directory: URL(fileURLWithPath: logdir, isDirectory: true), logSteps: logSteps)
        } catch {
            throw CLIError("--logdir \(logdir): \(error)")
        }
    }

    /// Where checkpoints go: `--checkpoint-dir`, else the folder of the checkpoint resumed.
    private func checkpointDirectory(resuming resumeURL: URL?) -> URL? {
        if let checkpointDir { return URL(fileURLWithPath: checkpointDir, isDirectory: true) }
        return resumeURL?.deletingLastPathComponent()
    }

    /// The checkpoint `--resume` names: a file, or a directory's newest checkpoint.
    private func resumeURL() throws -> URL? {
        guard let resume else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resume, isDirectory: &isDirectory) else {
            throw CLIError("--resume \(resume): no such file or directory")
        }
        guard isDirectory.boolValue else { return URL(fileURLWithPath: resume) }
        guard let latest = Checkpoint.latest(in: URL(fileURLWithPath: resume, isDirectory: true)) else {
            throw CLIError("--resume \(resume): the directory holds no checkpoint-epoch-NNNN.safetensors")
        }
        return latest
    }

    func makeSetup() throws -> Setup {
        let resumeURL = try resumeURL()
        var settings = try resumeURL.map { try resumedSettings(TrainSettings.read(fromCheckpoint: $0)) } ?? freshSettings
        let resumedInfo = try resumeURL.map { url -> ModelInfo in
            do {
                return try ModelFile.load(from: url).info
            } catch {
                throw CLIError("--resume \(error)")
            }
        }

        let limits = dataLimits.limits
        let (spec, splits) = try loadData(settings.data, option: "--data", seed: settings.seed, limits: limits)
        // A checkpoint records where the data are from anywhere, not from the directory of this run.
        settings.data = spec.withAbsolutePaths.description
        let defaults = DataDefaults.forSpec(spec)
        var train = splits.train
        var testSet = splits.test
        if let test = settings.test {
            let (testSpec, extra) = try loadData(test, option: "--test", seed: settings.seed &+ 1, limits: limits)
            settings.test = testSpec.withAbsolutePaths.description
            testSet = extra.test ?? extra.train
        }
        guard train.featureCount > 0 else { throw CLIError("--data \(settings.data): the samples have no features") }
        var validation: TensorDataset?
        if let validationSplit = settings.validationSplit {
            let parts = train.split(fraction: 1 - validationSplit, seed: settings.seed)
            (train, validation) = (parts.train, parts.validation)
            // Measuring on no samples would report a loss of 0, as if perfect.
            guard parts.validation.count > 0 else {
                throw CLIError("--validation-split \(validationSplit): holds out no sample of the \(splits.train.count); give a larger fraction (at least \(1.0 / Double(max(splits.train.count, 1))))")
            }
        }
        guard train.count > 0 else { throw CLIError("--data \(settings.data): no training samples") }
        if let testSet, testSet.count == 0 {
            throw CLIError("\(settings.test.map { "--test \($0)" } ?? "--data \(settings.data)"): the test set holds no samples")
        }
        settings.normalize = settings.normalize ?? defaults.normalize
        // A resumed run prepares its data with the checkpoint's scaler, not one fitted again.
        let fitted = try resumedInfo.map(\.scaler) ?? scaler(named: settings.normalize ?? "none", fittedTo: train)
        if let fitted {
            guard fitted.shift.count == train.featureCount else {
                throw CLIError("--resume: the checkpoint normalizes \(fitted.shift.count) features, the data have \(train.featureCount)")
            }
            train = fitted.transform(train)
            validation = validation.map(fitted.transform)
            testSet = testSet.map(fitted.transform)
        }
        if let testSet, testSet.featureCount != train.featureCount {
            throw CLIError("--test: the test data have \(testSet.featureCount) features, the training data \(train.featureCount)")
        }

        let lossKind: Loss
        do {
            lossKind = try settings.loss.map { try Loss(parsing: $0) }
                ?? (train.classCount != nil ? .crossEntropy : .meanSquaredError)
        } catch let error as ModuleError {
            throw CLIError("--loss: \(error.message)")
        }
        settings.loss = lossKind.name
        let dtype = try modelDType(settings.dtype)
        // Layers built without a generator (layer lists, presets), dropout and
        // anything else random in the run draw from the global generator, seeded by --seed.
        manualSeed(settings.seed)
        let built = try buildModel(settings: &settings, train: train, defaults: defaults, dtype: dtype)
        let network = built.model
        if built.sampleShape.count > 1 {
            // A convolutional network sees the rows as images.
            train = train.withSampleShape(built.sampleShape)
            validation = validation?.withSampleShape(built.sampleShape)
            testSet = testSet?.withSampleShape(built.sampleShape)
        }
        let encoding: TargetEncoding
        do {
            encoding = try TargetEncoding.choose(loss: lossKind, targets: train.targetKind, outputs: built.outputs)
        } catch {
            throw CLIError("--model \(settings.model ?? "") with --loss \(loss ?? "default"): \(error.description)")
        }
        if let initWeights {
            do {
                try ModelFile.loadWeights(from: URL(fileURLWithPath: initWeights), into: network)
            } catch {
                throw CLIError("--init-weights \(error)")
            }
            try checkFiniteParameters(of: network, flag: "--init-weights", path: initWeights)
        }

        let batch: BatchSize
        do {
            batch = try BatchSize(parsing: settings.batchSize ?? defaults.batchSize)
        } catch {
            throw CLIError("\(error)")
        }
        switch batch {
        case .full: settings.batchSize = "full"
        case .size(let rows): settings.batchSize = "\(rows)"
        }
        let loader = DataLoader(train, batchSize: batch, shuffle: settings.shuffle, seed: settings.seed)
        try ModelMemory.checkActivations(of: network, sampleShape: built.sampleShape, rows: min(loader.rowsPerBatch, train.count), dtype: dtype,
                                         flag: "--model", value: settings.model ?? "")
        settings.epochs = settings.epochs ?? defaults.epochs
        let plannedEpochs = settings.epochs ?? defaults.epochs
        let optimizer = try settings.optimizer.make(network)

        let info = ModelInfo(inputShape: built.sampleShape, loss: lossKind.name,
                             classNames: train.classNames, scaler: fitted)
        let trainer = Trainer(model: network, loss: lossKind, optimizer: optimizer, encoding: encoding,
                              progress: ProgressReporter(), modelInfo: info)
        if let schedule = settings.schedule {
            switch try ScheduleSpec.make(schedule, learningRate: settings.optimizer.learningRate, epochs: plannedEpochs,
                                         stepsPerEpoch: loader.batchCount) {
            case let .schedule(rule, interval):
                trainer.schedule = rule
                trainer.scheduleInterval = interval
            case let .plateau(rule):
                trainer.callbacks.append(PlateauScheduling(rule, monitor: validation == nil ? .loss : .validationLoss))
            }
        }
        if let earlyStopping = settings.earlyStopping {
            trainer.callbacks.append(EarlyStopping(monitor: validation == nil ? .loss : .validationLoss, patience: earlyStopping))
        }
        // A resumed run goes on writing checkpoints beside the one it resumed, unless told otherwise.
        if let directory = checkpointDirectory(resuming: resumeURL) {
            trainer.checkpointing = CheckpointPolicy(directory: directory, every: checkpointEvery ?? 1, keep: keep ?? 2)
        }
        trainer.checkpointMetadata[TrainSettings.metadataKey] = try settings.jsonText()
        if let resumeURL {
            do {
                try trainer.resume(from: resumeURL)
            } catch {
                throw CLIError("--resume \(error)")
            }
            try checkFiniteParameters(of: network, flag: "--resume", path: resumeURL.path)
        }
        return Setup(trainer: trainer, loader: loader, epochs: epochs ?? plannedEpochs, validation: validation,
                     test: testSet, settings: settings, resumeURL: resumeURL, resumedEpochs: trainer.epochsCompleted)
    }
}
