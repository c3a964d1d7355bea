import AxonIO
import AxonNN
import AxonOptim
import AxonTensor
import Foundation

/// Where a ``Trainer`` writes checkpoints, how often, and how many it keeps.
public struct CheckpointPolicy: Sendable {
    /// The folder of the checkpoints, created if needed.
    public var directory: URL
    /// Epochs between checkpoints; one is always written after the last epoch.
    /// The default value is `1`.
    public var every: Int
    /// How many of the newest checkpoints are kept; older ones are deleted
    /// after a new one is written. The default value is `2`.
    public var keep: Int

    /// A policy writing to `directory`.
    public init(directory: URL, every: Int = 1, keep: Int = 2) {
        precondition(every >= 1, "CheckpointPolicy: every must be at least 1, got \(every)")
        precondition(keep >= 1, "CheckpointPolicy: keep must be at least 1, got \(keep)")
        self.directory = directory
        self.every = every
        self.keep = keep
    }
}

/// Checkpoints: one safetensors file holding everything a run needs to
/// continue exactly where it stopped.
///
/// - the model, as a model file holds it (``ModelFile``): parameters under
///   their `state_dict` names and the architecture in the metadata, so a
///   checkpoint is also a model file;
/// - the optimizer's state (``AxonOptim/Optimizer/stateDict()``, PyTorch's
///   slot names) as tensors named `optimizer/<parameter>.<slot>`;
/// - in the metadata entry `trainer` (JSON): the epoch and step counters, the
///   learning rate, the optimizer's type and settings, the state of the
///   global generator and of every module's own generator, the state of each
///   ``CheckpointableCallback`` (early stopping's best value, the plateau
///   schedule), and the history so far.
///
/// Files are named `checkpoint-epoch-0005.safetensors` and written through a
/// temporary file that is flushed to disk and renamed into place, so a
/// process killed at any moment leaves the previous checkpoint or the new
/// one, never a truncated file.
///
/// ```swift
/// trainer.checkpointing = CheckpointPolicy(directory: runs, every: 1, keep: 2)
/// try trainer.fit(loader, epochs: 10)
/// // later, in a new process, with the same model and optimizer built again:
/// try trainer.resume(from: Checkpoint.latest(in: runs)!)
/// try trainer.fit(loader, epochs: 10)
/// ```
public enum Checkpoint {
    /// The file name of the checkpoint written after `epoch`.
    public static func fileName(epoch: Int) -> String {
        let digits = String(epoch)
        return "checkpoint-epoch-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".safetensors"
    }

    /// The checkpoints in `directory` with their epochs, oldest first: the
    /// regular files (or links to them) named as ``fileName(epoch:)`` names
    /// them. A directory or a FIFO so named is no checkpoint.
    public static func list(in directory: URL) -> [(epoch: Int, url: URL)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var found: [(epoch: Int, url: URL)] = []
        for name in names where name.hasPrefix("checkpoint-epoch-") && name.hasSuffix(".safetensors") {
            let digits = name.dropFirst("checkpoint-epoch-".count).dropLast(".safetensors".count)
            guard let epoch = Int(digits), epoch >= 0 else { continue }
            let url = directory.appendingPathComponent(name)
            var status = stat()
            guard stat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            found.append((epoch, url))
        }
        return found.sorted { $0.epoch < $1.epoch }
    }

    /// Throws unless `directory` can hold the checkpoints of `epochs`: it is
    /// a directory (or a link to one) or nothing yet, and no checkpoint
    /// name of those epochs is taken by anything but a regular file.
    static func checkWritable(in directory: URL, epochs: ClosedRange<Int>) throws(OutputFileError) {
        try OutputFile.checkDirectory(directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix("checkpoint-epoch-") && name.hasSuffix(".safetensors") {
            let digits = name.dropFirst("checkpoint-epoch-".count).dropLast(".safetensors".count)
            guard let epoch = Int(digits), epochs.contains(epoch) else { continue }
            _ = try OutputFile.target(of: directory.appendingPathComponent(name))
        }
    }

    /// The newest checkpoint in `directory`, if there is one.
    public static func latest(in directory: URL) -> URL? { list(in: directory).last?.url }

    /// The prefix of the optimizer's tensors.
    static let optimizerPrefix = "optimizer/"

    /// The metadata keys of a checkpoint's own; others may be added.
    static let reservedKeys: Set<String> = [
        "format", "format_version", "architecture", "dtype", "input_shape", "loss", "classes", "normalize",
        "normalize.shift", "normalize.scale", "kind", "trainer", "model", "sizes", "activation",
    ]
}

/// The trainer's counters and everything random, as a checkpoint's `trainer` entry records them.
struct TrainerState: Codable {
    var version = 1
    var epoch: Int
    var steps: Int
    var learningRate: Double
    var optimizer: String
    var hyperparameters: [String: Double]
    /// The global generator's four words, in hexadecimal (JSON numbers lose bits past 2⁵³).
    var globalGenerator: [String]
    /// Each module's own generator, by module path.
    var moduleGenerators: [String: [String]]
    var callbacks: [CallbackRecord]
    var history: History

    struct CallbackRecord: Codable {
        var type: String
        var state: [String: Double]
    }

    enum CodingKeys: String, CodingKey {
        case version, epoch, steps, optimizer, hyperparameters, callbacks, history
        case learningRate = "learning_rate"
        case globalGenerator = "global_generator"
        case moduleGenerators = "module_generators"
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }()

    static func words(_ generator: RandomGenerator) -> [String] {
        generator.state.map { String($0, radix: 16) }
    }

    static func generator(_ words: [String]) -> RandomGenerator? {
        let values = words.compactMap { UInt64($0, radix: 16) }
        guard values.count == 4, words.count == 4, values.contains(where: { $0 != 0 }) else { return nil }
        var generator = RandomGenerator(seed: 0)
        generator.state = values
        return generator
    }
}

extension Trainer {
    /// Writes a checkpoint of the run so far to `url` (see ``Checkpoint``).
    ///
    /// - Throws: ``ModelFileError`` when the model cannot be described (a
    ///   module type not registered), or the write's error.
    public func saveCheckpoint(to url: URL) throws {
        var metadata = try ModelFile.metadata(of: model, info: modelInfo, path: url.path)
        for (key, value) in checkpointMetadata {
            guard !Checkpoint.reservedKeys.contains(key) else {
                throw ModelFileError(path: url.path, reason: "checkpointMetadata may not set the checkpoint's own key \"\(key)\"")
            }
            metadata[key] = value
        }
        metadata["kind"] = "checkpoint"
        metadata["trainer"] = String(decoding: try TrainerState.encoder.encode(currentState()), as: UTF8.self)
        var tensors = model.stateDict.map { ($0.name, $0.tensor) }
        let optimizerState = optimizer.stateDict()
        for key in optimizerState.keys.sorted() {
            tensors.append((Checkpoint.optimizerPrefix + key, optimizerState[key]!))
        }
        try SafeTensors.write(tensors, metadata: metadata, to: url)
    }

    /// Restores a run from a checkpoint written by ``saveCheckpoint(to:)``:
    /// the model's parameters, the optimizer's state and learning rate, the
    /// counters, the history, the callbacks' state and every generator.
    /// Then ``fit(_:epochs:validation:test:)`` continues the run, with the
    /// same batches, dropout masks and schedule the uninterrupted run would
    /// have had.
    ///
    /// The trainer must be built as the one that wrote the checkpoint: the
    /// same architecture and dtype, the same optimizer type and settings, and
    /// callbacks with state (early stopping, plateau) of the same types in the
    /// same order. Any difference is an error, and nothing changes.
    ///
    /// - Throws: ``ModelFileError`` naming the file and what does not match.
    public func resume(from url: URL) throws {
        let path = url.path
        let file = try SafeTensors.read(from: url)
        let metadata = file.metadata
        guard metadata["kind"] == "checkpoint", let text = metadata["trainer"] else {
            throw ModelFileError(path: path, reason: "is not a checkpoint (no trainer state in its metadata); a model file starts a new run (--init-weights)")
        }
        let state: TrainerState
        do {
            state = try TrainerState.decoder.decode(TrainerState.self, from: Data(text.utf8))
        } catch {
            throw ModelFileError(path: path, reason: "the trainer state in its metadata does not parse: \(ModuleRegistry.describe(error))")
        }
        try checkMatches(state, metadata: metadata, path: path)
        guard state.learningRate.isFinite, state.learningRate >= 0, state.steps >= 0 else {
            throw ModelFileError(path: path, reason: "the trainer state holds learning rate \(state.learningRate) and \(state.steps) steps, not a finite rate ≥ 0 and a count ≥ 0")
        }
        guard let global = TrainerState.generator(state.globalGenerator) else {
            throw ModelFileError(path: path, reason: "the global generator's state is not four hexadecimal words")
        }
        var generators: [(module: any StochasticModule, generator: RandomGenerator)] = []
        let stochastic = Dictionary(uniqueKeysWithValues: model.namedModules.compactMap { entry in
            (entry.module as? any StochasticModule).map { (entry.name, $0) }
        })
        for (name, words) in state.moduleGenerators {
            guard let module = stochastic[name], let generator = TrainerState.generator(words) else {
                throw ModelFileError(path: path, reason: "holds a generator for module \"\(name)\", which the model has no random module of")
            }
            generators.append((module, generator))
        }

        // Optimizer first (its load is all-or-nothing), then the model; undo
        // the optimizer if the model does not take the tensors.
        var modelTensors: [String: Tensor] = [:], optimizerTensors: [String: Tensor] = [:]
        for (name, tensor) in file.tensors {
            if name.hasPrefix(Checkpoint.optimizerPrefix) {
                optimizerTensors[String(name.dropFirst(Checkpoint.optimizerPrefix.count))] = tensor
            } else {
                modelTensors[name] = tensor
            }
        }
        let previousStates = optimizer.states
        do {
            try optimizer.loadStateDict(optimizerTensors)
        } catch {
            throw ModelFileError(path: path, reason: "the optimizer state does not fit: \(error)")
        }
        do {
            try model.loadStateDict(modelTensors)
        } catch {
            optimizer.states = previousStates
            throw ModelFileError(path: path, reason: "the model's tensors do not fit: \(error.message)")
        }
        let checkpointable = callbacks.compactMap { $0 as? any CheckpointableCallback }
        for (callback, record) in zip(checkpointable, state.callbacks) {
            try callback.restore(checkpointState: record.state)
        }
        for (module, generator) in generators { module.generator = generator }
        optimizer.learningRate = state.learningRate
        steps = state.steps
        history = state.history
        RandomGenerator.global = global
    }

    /// Throws unless the checkpoint was written by a trainer like this one.
    private func checkMatches(_ state: TrainerState, metadata: [String: String], path: String) throws {
        guard state.version == 1 else {
            throw ModelFileError(path: path, reason: "has trainer state version \(state.version); this Axon reads version 1")
        }
        guard state.history.epochs.count == state.epoch, state.steps >= 0 else {
            throw ModelFileError(path: path, reason: "its trainer state is inconsistent: epoch \(state.epoch) with \(state.history.epochs.count) epochs of history")
        }
        let saved = try ModelFile.architecture(metadata, path: path)
        let current: ModuleArchitecture
        do {
            current = try ModuleArchitecture(describing: model)
        } catch {
            throw ModelFileError(path: path, reason: "cannot compare architectures: \(error.message)")
        }
        guard saved == current else {
            throw ModelFileError(path: path, reason: "is of a different architecture: the file has \(saved.jsonText().prefix(160)), the model is \(current.jsonText().prefix(160))")
        }
        guard metadata["dtype"] == dtype.rawValue else {
            throw ModelFileError(path: path, reason: "holds \(metadata["dtype"] ?? "no dtype") parameters, the model is \(dtype)")
        }
        let optimizerType = String(describing: type(of: optimizer))
        guard state.optimizer == optimizerType else {
            throw ModelFileError(path: path, reason: "was written with optimizer \(state.optimizer), this trainer has \(optimizerType)")
        }
        let settings = optimizer.hyperparameters
        if settings != state.hyperparameters {
            let keys = Set(settings.keys).union(state.hyperparameters.keys).sorted()
            let differences = keys.filter { settings[$0] != state.hyperparameters[$0] }.map {
                "\($0) \(state.hyperparameters[$0].map { "\($0)" } ?? "unset") in the file, \(settings[$0].map { "\($0)" } ?? "unset") here"
            }
            throw ModelFileError(path: path, reason: "was written with other \(optimizerType) settings: \(messageListing(differences))")
        }
        let checkpointable = callbacks.compactMap { $0 as? any CheckpointableCallback }
        let here = checkpointable.map { String(describing: type(of: $0)) }
        let there = state.callbacks.map(\.type)
        guard here == there else {
            throw ModelFileError(path: path, reason: "was written with callbacks [\(messageListing(there))], this trainer has [\(here.joined(separator: ", "))]")
        }
    }

    /// The trainer's state now.
    private func currentState() -> TrainerState {
        var moduleGenerators: [String: [String]] = [:]
        for (name, module) in model.namedModules {
            if let stochastic = module as? any StochasticModule, let generator = stochastic.generator {
                moduleGenerators[name] = TrainerState.words(generator)
            }
        }
        let checkpointable = callbacks.compactMap { $0 as? any CheckpointableCallback }
        return TrainerState(
            epoch: epochsCompleted, steps: steps, learningRate: optimizer.learningRate,
            optimizer: String(describing: type(of: optimizer)), hyperparameters: optimizer.hyperparameters,
            globalGenerator: TrainerState.words(RandomGenerator.global), moduleGenerators: moduleGenerators,
            callbacks: checkpointable.map { .init(type: String(describing: type(of: $0)), state: $0.checkpointState) },
            history: history)
    }

    /// Writes the checkpoint of the current epoch under `policy` and deletes
    /// those beyond the newest `keep`.
    func writeCheckpoint(_ policy: CheckpointPolicy) throws {
        try OutputFile.checkDirectory(policy.directory)
        try FileManager.default.createDirectory(at: policy.directory, withIntermediateDirectories: true)
        try saveCheckpoint(to: policy.directory.appendingPathComponent(Checkpoint.fileName(epoch: epochsCompleted)))
        let existing = Checkpoint.list(in: policy.directory)
        for old in existing.dropLast(policy.keep) {
            // unlink, which removes one file and never a folder's contents;
            // a link so named is the user's and stays.
            var status = stat()
            guard lstat(old.url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(old.url.path)
        }
    }
}
