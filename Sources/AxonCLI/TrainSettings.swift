import Axon
import Foundation

/// Everything that defines a training run: what the flags of `axon train`
/// give, with the defaults a data set suggests filled in once the data are
/// loaded. A checkpoint records the filled-in settings (metadata key
/// `axon.train`), and `--resume` runs from them.
struct TrainSettings: Codable, Equatable {
    var data: String
    var test: String?
    var validationSplit: Double?
    /// `standard`, `global`, `minmax` or `none`; `nil` until the data set's default is chosen.
    var normalize: String?
    /// Layer widths, `784-256-128-10`; `nil` until the data set's default is chosen.
    var model: String?
    var activation: String
    /// A loss name; `nil` until the targets' default is chosen.
    var loss: String?
    var optimizer: OptimizerSettings
    var schedule: String?
    /// `N` or `full`; `nil` until the data set's default is chosen.
    var batchSize: String?
    /// The epochs of the run as first planned (schedules are built for this
    /// many); `nil` until the data set's default is chosen.
    var epochs: Int?
    var shuffle: Bool
    var seed: UInt64
    var dtype: String
    var earlyStopping: Int?

    /// The metadata key of the settings in a checkpoint.
    static let metadataKey = "axon.train"

    /// The settings as JSON with snake_case keys (`batch_size`,
    /// `weight_decay`), as the rest of a checkpoint's metadata, for a checkpoint.
    func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The settings a checkpoint written by `axon train` records.
    static func read(fromCheckpoint url: URL) throws -> TrainSettings {
        let file: SafeTensorsFile
        do {
            file = try SafeTensors.read(from: url)
        } catch {
            throw CLIError("--resume \(error)")
        }
        guard file.metadata["kind"] == "checkpoint" else {
            throw CLIError("--resume \(url.path): not a checkpoint (a model file starts a new run: use --init-weights)")
        }
        guard let text = file.metadata[metadataKey] else {
            throw CLIError("--resume \(url.path): the checkpoint holds no `axon train` settings (it was written by a program of its own: resume it with Trainer.resume(from:))")
        }
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            let settings = try decoder.decode(TrainSettings.self, from: Data(text.utf8))
            try settings.checkRecorded(path: url.path)
            return settings
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("--resume \(url.path): the `axon train` settings in its metadata do not parse")
        }
    }

    /// Checks what a checkpoint recorded as `axon train` checks its flags: a
    /// damaged or hostile checkpoint must be refused, not reach the library's
    /// preconditions (a split fraction outside [0, 1], negative epochs).
    func checkRecorded(path: String) throws {
        func refuse(_ what: String) -> CLIError { CLIError("--resume \(path): the checkpoint records \(what)") }
        if let validationSplit, !(validationSplit > 0 && validationSplit < 1) {
            throw refuse("a validation split of \(validationSplit), not between 0 and 1")
        }
        if let epochs, epochs < 0 { throw refuse("\(epochs) epochs") }
        if let earlyStopping, earlyStopping < 1 { throw refuse("an early-stopping patience of \(earlyStopping)") }
    }
}

extension TrainCommand {
    /// The settings of a new run: the flags, defaults left to the data.
    var freshSettings: TrainSettings {
        TrainSettings(
            data: data ?? "spiral", test: test, validationSplit: validationSplit, normalize: normalize, model: model,
            activation: activation ?? "relu", loss: loss, optimizer: optimizerOptions.settings, schedule: schedule,
            batchSize: batchSize, epochs: epochs, shuffle: !noShuffle, seed: seed ?? 0, dtype: dtype ?? "float32",
            earlyStopping: earlyStopping)
    }

    /// The settings of a resumed run: the checkpoint's, after checking that
    /// no flag given asks for something else. Only the flags that may change
    /// on resume (`--epochs`, output, checkpointing and thread flags, and
    /// `--data`/`--test` for data that have moved) are free.
    func resumedSettings(_ stored: TrainSettings) throws -> TrainSettings {
        func refuse(_ flag: String, _ given: String, _ recorded: String) -> CLIError {
            CLIError("\(flag) \(given) cannot change on --resume: the checkpoint's run has \(recorded) (the architecture and hyper-parameters come from the checkpoint; start a new run to change them)")
        }
        if initWeights != nil {
            throw CLIError("--init-weights starts a new run; with --resume the weights come from the checkpoint")
        }
        // --data and --test may say where the same data are now; the model checks they still fit.
        var stored = stored
        if let data { stored.data = data }
        if let test {
            guard stored.test != nil else { throw refuse("--test", test, "no --test") }
            stored.test = test
        }
        if let validationSplit, validationSplit != stored.validationSplit {
            throw refuse("--validation-split", "\(validationSplit)", stored.validationSplit.map { "\($0)" } ?? "no validation split")
        }
        if let normalize, normalize != stored.normalize { throw refuse("--normalize", normalize, stored.normalize ?? "none") }
        if let model {
            let recorded = stored.model ?? ""
            let same = (try? Sequential.parseSizes(model)) == (try? Sequential.parseSizes(recorded))
            if !same { throw refuse("--model", model, recorded) }
        }
        if let activation, (try? Activation(parsing: activation)) != (try? Activation(parsing: stored.activation)) {
            throw refuse("--activation", activation, stored.activation)
        }
        if let loss, (try? Loss(parsing: loss)) != (try? Loss(parsing: stored.loss ?? "")) {
            throw refuse("--loss", loss, stored.loss ?? "the default loss")
        }
        let optimizer = stored.optimizer.updated(by: optimizerOptions)
        if optimizer != stored.optimizer {
            let recorded = try stored.optimizer.rule()
            let wanted = try optimizer.rule()
            // The optimizer itself first, then its settings by name.
            let keys = ["optimizer"] + Set(wanted.keys).union(recorded.keys).subtracting(["optimizer"]).sorted()
            if let key = keys.first(where: { wanted[$0] != recorded[$0] }) {
                let flag = "--" + (key == "initial_accumulator_value" ? "initial-accumulator" : key.replacingOccurrences(of: "_", with: "-"))
                throw refuse(flag, wanted[key] ?? "unset", "\(key) \(recorded[key] ?? "unset")")
            }
        }
        if let schedule, schedule != stored.schedule { throw refuse("--schedule", schedule, stored.schedule ?? "no schedule") }
        if let batchSize {
            let same = (try? BatchSize(parsing: batchSize)) == (try? BatchSize(parsing: stored.batchSize ?? ""))
            if !same { throw refuse("--batch-size", batchSize, stored.batchSize ?? "the default") }
        }
        if noShuffle && stored.shuffle { throw refuse("--no-shuffle", "", "shuffled batches") }
        if let seed, seed != stored.seed { throw refuse("--seed", "\(seed)", "seed \(stored.seed)") }
        if let dtype, dtype != stored.dtype { throw refuse("--dtype", dtype, stored.dtype) }
        if let earlyStopping, earlyStopping != stored.earlyStopping {
            throw refuse("--early-stopping", "\(earlyStopping)", stored.earlyStopping.map { "patience \($0)" } ?? "no early stopping")
        }
        return stored
    }
}
