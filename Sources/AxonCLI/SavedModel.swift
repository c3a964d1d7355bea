import Axon
import Foundation

/// A model loaded for `evaluate`, `predict` and `summary`: any architecture
/// an Axon model file or checkpoint describes, or a multi-layer perceptron
/// given by flags (``ModelSource``) and filled, strictly, from a plain
/// PyTorch `state_dict`.
struct SavedModel {
    /// Where the model's architecture came from.
    enum Origin: Equatable {
        /// An Axon model file or checkpoint, which records it.
        case modelFile
        /// A plain state_dict: weights only, the architecture from `--model`
        /// and `--activation`.
        case stateDict
    }

    let model: any Module
    var info: ModelInfo
    let origin: Origin
    /// `--normalize` for a plain state_dict, fitted by ``adapt(to:classLabels:classNames:)``.
    let normalization: String?

    /// The model an Axon model file or checkpoint at `path` describes.
    init(path: String) throws {
        do {
            (model, info) = try ModelFile.load(from: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("--weights \(error)")
        }
        try checkFiniteParameters(of: model, flag: "--weights", path: path)
        origin = .modelFile
        normalization = nil
    }

    private init(model: any Module, info: ModelInfo, origin: Origin, normalization: String?) {
        self.model = model
        self.info = info
        self.origin = origin
        self.normalization = normalization
    }

    /// The model `source` names: an Axon file as it describes itself (the
    /// architecture flags are refused with it), or a plain state_dict loaded
    /// into the multi-layer perceptron the flags describe.
    init(_ source: ModelSource) throws {
        let path = source.weights
        let file: SafeTensorsFile
        do {
            file = try SafeTensors.read(from: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("--weights \(error)")
        }
        if file.metadata["format"] == "axon" {
            let flags = source.architectureFlags
            guard flags.isEmpty else {
                let kind = file.metadata["kind"] == "checkpoint" ? "an Axon checkpoint" : "an Axon model file"
                throw CLIError("--weights \(path): \(kind) describes its own architecture and input scaling; "
                    + "leave out \(flags.joined(separator: ", ")), which only a plain PyTorch state_dict needs")
            }
            self = try SavedModel(path: path)
        } else {
            let model = try SavedModel.multilayerPerceptron(loading: file, as: source)
            self = SavedModel(model: model.network, info: ModelInfo(inputShape: [model.inputs]),
                              origin: .stateDict, normalization: source.normalize)
        }
        if let loss = source.loss {
            do {
                _ = try Loss(parsing: loss)
            } catch {
                throw CLIError("--loss: \(error.message)")
            }
            info.loss = loss
        }
    }

    /// The multi-layer perceptron that `source`'s `--model` and
    /// `--activation` describe, its parameters loaded from `file`: every
    /// parameter present, no tensor left over, each of the right shape.
    /// float64 when every tensor of the file is, else float32.
    private static func multilayerPerceptron(loading file: SafeTensorsFile, as source: ModelSource) throws
        -> (network: Sequential, inputs: Int) {
        let path = source.weights
        guard let description = source.model else {
            throw CLIError("--weights \(path): a plain state_dict (no Axon metadata) holds only weights; give its "
                + "architecture as `axon train` takes it, e.g. --model 784-256-128-10 --activation relu")
        }
        let sizes: [Int]
        let activation: Activation
        do {
            sizes = try Sequential.parseSizes(description)
        } catch {
            throw CLIError("--model \(description): \(error.message)")
        }
        do {
            activation = try Activation(parsing: source.activation ?? "relu")
        } catch {
            throw CLIError("--activation: \(error.message)")
        }
        if let normalize = source.normalize, normalize != "none", FeatureScaler.Kind(rawValue: normalize) == nil {
            throw CLIError("--normalize: unknown normalization \"\(normalize)\"; expected standard, global, minmax or none")
        }

        var tensors: [String: Tensor] = [:]
        for (name, tensor) in file.tensors { tensors[name] = tensor }
        var problems: [String] = []
        if let prefix = source.stripPrefix {
            let unprefixed = tensors.keys.filter { !$0.hasPrefix(prefix) }.sorted()
            if !unprefixed.isEmpty {
                problems.append("without the prefix \"\(prefix)\": \(messageListing(unprefixed))")
            }
            tensors = tensors.removingPrefix(prefix)
        }
        let float64 = !tensors.isEmpty && tensors.values.allSatisfy { $0.dtype == .float64 }
        // Every parameter must come from the file: widths that need far more
        // values than it holds are refused before anything is allocated (a
        // near miss is built, for the load to name what is missing).
        var values = 0
        for tensor in tensors.values { values += tensor.count }
        let needed: Int
        do {
            needed = try Sequential.parameterCount(sizes: sizes)
        } catch {
            throw CLIError("--model \(description): \(error.message)")
        }
        guard needed <= max(values, ModelFile.buildAllowance) else {
            throw CLIError("--weights \(path): --model \(description) has \(needed) parameters, more than the file's tensors hold (\(values) values in all)")
        }
        // The initial values are replaced by the file's; the seed only makes the build deterministic.
        var generator = RandomGenerator(seed: 0)
        let network = Sequential.multilayerPerceptron(sizes: sizes, activation: activation,
                                                      dtype: float64 ? .float64 : .float32, generator: &generator)
        do {
            try network.loadStateDict(tensors, strict: true)
        } catch {
            let label = "\(network.layerName).loadStateDict: "
            problems.append(error.message.hasPrefix(label) ? String(error.message.dropFirst(label.count)) : error.message)
        }
        if problems.isEmpty { try checkFiniteParameters(of: network, flag: "--weights", path: path) }
        guard problems.isEmpty else {
            var message = "--weights \(path): the tensors do not fit --model \(description) --activation "
                + "\(activation.rawValue): \(problems.joined(separator: "; "))"
            if source.stripPrefix == nil,
               let prefix = commonPrefix(of: file.names, reaching: network.namedParameters.map(\.name)) {
                message += " (the file's names start with \"\(prefix)\": give --strip-prefix \(prefix))"
            }
            throw CLIError(message)
        }
        network.eval()
        return (network, sizes[0])
    }

    /// The first name component (`net.`) that every one of `names` starts
    /// with, if removing it leaves exactly `expected`: the prefix a module
    /// held as an attribute gives its parameters in PyTorch.
    private static func commonPrefix(of names: [String], reaching expected: [String]) -> String? {
        guard let first = names.first, let dot = first.firstIndex(of: ".") else { return nil }
        let prefix = String(first[...dot])
        guard names.allSatisfy({ $0.hasPrefix(prefix) }) else { return nil }
        let stripped = Set(names.map { String($0.dropFirst(prefix.count)) })
        return stripped == Set(expected) ? prefix : nil
    }

    /// The number of input features per sample.
    func inputs() throws -> Int {
        guard let shape = info.inputShape else {
            throw CLIError("--weights: the model file does not record its input shape")
        }
        return shape.reduce(1, *)
    }

    /// The shape of one sample as the model takes it (`[784]`, `[1, 28, 28]`).
    func sampleShape() throws -> [Int] {
        guard let shape = info.inputShape else {
            throw CLIError("--weights: the model file does not record its input shape")
        }
        return shape
    }

    /// The width of the model's output for one sample.
    func outputs() throws -> Int {
        let sample = try sampleShape()
        do {
            return try model.outputShape(forInput: [1] + sample).last ?? 1
        } catch {
            throw CLIError("--weights: the model cannot take its own input shape: \(error.message)")
        }
    }

    /// The loss the model is measured with: `--loss`, else the one the file
    /// records, else the default ``adapt(to:classLabels:classNames:)`` chose.
    func loss() throws -> Loss {
        guard let name = info.loss else {
            throw CLIError("--weights: the model file does not name its loss; give --loss")
        }
        do {
            return try Loss(parsing: name)
        } catch {
            throw CLIError("--weights: the model's loss \"\(name)\" is unknown; give --loss")
        }
    }

    /// Fills in what the model needs to meet data whose features are
    /// `features` (`[rows, inputs]`, before any scaling):
    ///
    /// - for a plain state_dict, the scaler `--normalize` asks for, fitted
    ///   on `features` (an Axon file brings its own);
    /// - a loss when neither `--loss` nor the file names one: cross-entropy
    ///   for class labels (`classLabels` true, or nil when the data do not
    ///   say), mse for regression targets;
    /// - `classNames` (the data's), when the file names no classes.
    mutating func adapt(to features: Tensor, classLabels: Bool?, classNames: [String]) throws {
        if origin == .stateDict, let normalization, features.shape[0] > 0 {
            // The scaler reads only the features; the targets are placeholders.
            let rows = TensorDataset(inputs: features, targets: Tensor.zeros([features.shape[0]], dtype: .int64))
            info.scaler = try scaler(named: normalization, fittedTo: rows)
        }
        if info.loss == nil {
            info.loss = classLabels == false ? Loss.meanSquaredError.name : Loss.crossEntropy.name
        }
        if info.classNames.isEmpty {
            info.classNames = classNames
        }
    }

    /// `inputs` (rows of features) rescaled as the training data were (or,
    /// for a plain state_dict, as `--normalize` fitted).
    func prepare(_ inputs: Tensor) -> Tensor {
        info.scaler?.transform(inputs) ?? inputs
    }

    /// `dataset` rescaled as the training data were and shaped as the model takes its samples.
    func prepare(_ dataset: TensorDataset) throws -> TensorDataset {
        let prepared = dataset.replacing(inputs: prepare(dataset.features))
        let sample = try sampleShape()
        return sample.count > 1 ? prepared.withSampleShape(sample) : prepared
    }

    /// Rows of features rescaled and shaped as the model takes them: `[N] + sampleShape`.
    func prepareForModel(_ rows: Tensor) throws -> Tensor {
        let prepared = prepare(rows)
        let sample = try sampleShape()
        return sample.count > 1 ? prepared.reshaped([prepared.shape[0]] + sample) : prepared
    }
}

/// Refuses a model whose parameters hold NaN or an infinity, naming the
/// first: such weights only make NaN outputs, or a training run that
/// "diverges" at its first step and blames the learning rate.
func checkFiniteParameters(of model: any Module, flag: String, path: String) throws {
    for (name, parameter) in model.namedParameters {
        // x·0 is 0 for every finite x and NaN otherwise: one op and one sum, no copy to Swift.
        let probe = noGrad { (parameter.value * 0).sum().item }
        guard probe.isFinite else {
            throw CLIError("\(flag) \(path): parameter \(name) holds NaN or infinite values")
        }
    }
}
