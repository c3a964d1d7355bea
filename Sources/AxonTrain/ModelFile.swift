import AxonData
import AxonIO
import AxonNN
import AxonTensor
import Foundation

/// What a model file records besides the architecture and the weights: how
/// inputs are shaped and prepared, and what the outputs mean.
public struct ModelInfo: Sendable {
    /// The shape of one input sample, without the batch dimension (`[784]`),
    /// if known.
    public var inputShape: [Int]?
    /// The built-in loss the model was trained with, by name (`cross-entropy`).
    public var loss: String?
    /// The class names, in index order, for a classifier.
    public var classNames: [String]
    /// The rescaling applied to inputs before the model, if any.
    public var scaler: FeatureScaler?

    /// A description of the model's inputs and outputs; every value may be left out.
    public init(inputShape: [Int]? = nil, loss: String? = nil, classNames: [String] = [], scaler: FeatureScaler? = nil) {
        self.inputShape = inputShape
        self.loss = loss
        self.classNames = classNames
        self.scaler = scaler
    }
}

/// Model files: safetensors with PyTorch's `state_dict` names and layouts
/// (`0.weight` is `[out, in]`, `head.bias`), so the equivalent PyTorch
/// module's `load_state_dict(strict=True)` reads them, and a `__metadata__`
/// whose `architecture` rebuilds any model whose modules are registered
/// (``ModuleRegistry``).
///
/// ```swift
/// try ModelFile.save(model, info: ModelInfo(inputShape: [784]), to: url)
/// let (restored, info) = try ModelFile.load(from: url)
/// ```
///
/// Metadata keys: `format` (`axon`), `format_version` (`2`), `architecture`
/// (``ModuleArchitecture`` as JSON), `dtype`, and when known `input_shape`
/// (a JSON array), `loss`, `classes` (a JSON array of names), and for scaled
/// inputs `normalize` (`standard`, `global` or `minmax`), `normalize.shift`
/// and `normalize.scale` (JSON arrays). A checkpoint (``Checkpoint``) is a
/// model file with more in it, so it loads here too. Files of the first
/// format (`model` = `mlp`, `sizes`, `activation`) still load.
public enum ModelFile {
    /// Writes `model`'s parameters, architecture and `info` to `url`,
    /// through a temporary file renamed into place.
    ///
    /// - Throws: ``ModelFileError`` naming a module type that is not
    ///   registered (the file could not be loaded again), or the write's error.
    public static func save(_ model: any Module, info: ModelInfo = ModelInfo(), to url: URL) throws {
        let metadata = try metadata(of: model, info: info, path: url.path)
        try SafeTensors.write(model.stateDict.map { ($0.name, $0.tensor) }, metadata: metadata, to: url)
    }

    /// Writes only `model`'s parameters to `url` (a `state_dict`, as
    /// `torch.save(model.state_dict())` or `save_file` in Python), for a
    /// model whose types are not ``AxonNN/ConfigurableModule``s: such a file
    /// loads with ``loadWeights(from:into:strict:removingPrefix:)`` into a
    /// model built in code, and in PyTorch, but ``load(from:)`` cannot rebuild it.
    public static func saveWeights(_ model: any Module, to url: URL) throws {
        try SafeTensors.write(model.stateDict.map { ($0.name, $0.tensor) }, to: url)
    }

    /// Reads a model file and rebuilds its model, in evaluation mode.
    ///
    /// - Throws: ``ModelFileError`` when the file lacks Axon's metadata (a
    ///   file saved by PyTorch: build the model and use ``loadWeights(from:into:strict:removingPrefix:)``),
    ///   the metadata is malformed, names an unregistered module type, or the
    ///   tensors do not fit the architecture.
    public static func load(from url: URL) throws -> (model: any Module, info: ModelInfo) {
        let file = try SafeTensors.read(from: url)
        let (model, info) = try rebuild(file, path: url.path)
        return (model, info)
    }

    /// Loads the tensors of a safetensors file (Axon's or PyTorch's
    /// `save_file(model.state_dict(), …)`) into `model`, by name.
    ///
    /// - Parameters:
    ///   - strict: whether every parameter must be in the file and every
    ///     tensor used (see ``AxonNN/Module/loadStateDict(_:strict:)``). The
    ///     default value is `true`.
    ///   - removingPrefix: a prefix the file's names carry and the model's
    ///     do not (`"net."` for `net.0.weight`); tensors without it are
    ///     ignored. The default value is `nil`.
    /// - Returns: the names that were missing or unexpected (empty when strict).
    /// - Throws: ``ModelFileError`` naming every missing, extra or mis-shaped tensor.
    @discardableResult
    public static func loadWeights(from url: URL, into model: any Module, strict: Bool = true,
                                   removingPrefix prefix: String? = nil) throws -> LoadReport {
        let file = try SafeTensors.read(from: url)
        var tensors = modelTensors(file)
        if let prefix { tensors = tensors.removingPrefix(prefix) }
        do {
            return try model.loadStateDict(tensors, strict: strict)
        } catch {
            throw ModelFileError(path: url.path, reason: error.message)
        }
    }

    // MARK: - Shared with checkpoints

    /// The metadata that describes `model` and `info`.
    static func metadata(of model: any Module, info: ModelInfo, path: String) throws -> [String: String] {
        let architecture: ModuleArchitecture
        do {
            architecture = try ModuleArchitecture(describing: model)
        } catch {
            throw ModelFileError(path: path, reason: "cannot describe the model: \(error.message)")
        }
        var metadata = [
            "format": "axon", "format_version": "2", "architecture": architecture.jsonText(),
            "dtype": (model.parameters.first?.dtype ?? .float32).rawValue,
        ]
        if let inputShape = info.inputShape { metadata["input_shape"] = try json(inputShape) }
        if let loss = info.loss { metadata["loss"] = loss }
        if !info.classNames.isEmpty { metadata["classes"] = try json(info.classNames) }
        if let scaler = info.scaler {
            metadata["normalize"] = scaler.kind.rawValue
            metadata["normalize.shift"] = try json(scaler.shift.doubles)
            metadata["normalize.scale"] = try json(scaler.scale.doubles)
        }
        return metadata
    }

    /// The model tensors of a file: a checkpoint's other tensors (optimizer
    /// state, named with a `/`) are left out.
    static func modelTensors(_ file: SafeTensorsFile) -> [String: Tensor] {
        var tensors: [String: Tensor] = [:]
        for (name, tensor) in file.tensors where !name.contains("/") { tensors[name] = tensor }
        return tensors
    }

    /// The architecture a file's metadata describes.
    static func architecture(_ metadata: [String: String], path: String) throws -> ModuleArchitecture {
        guard metadata["format"] == "axon" else {
            throw ModelFileError(path: path, reason: "has no Axon model description in its metadata (a file saved by PyTorch holds only weights: give the architecture, as --model and --activation, or build the model and load the weights)")
        }
        if metadata["model"] == "mlp" { return try firstFormatArchitecture(metadata, path: path) }
        guard let text = metadata["architecture"] else {
            throw ModelFileError(path: path, reason: "metadata lacks \"architecture\"")
        }
        // Each module costs a decode and an object: a million ReLUs in 38 MB
        // of JSON took a minute and a gigabyte.
        guard text.utf8.count <= maximumArchitectureBytes else {
            throw ModelFileError(path: path, reason: "metadata \"architecture\" is \(text.utf8.count) bytes, more than the limit of \(maximumArchitectureBytes) (tens of thousands of layers)")
        }
        do {
            return try ModuleArchitecture(jsonText: text)
        } catch {
            throw ModelFileError(path: path, reason: "metadata \(error.message)")
        }
    }

    /// The model and information of a file, weights loaded strictly, in evaluation mode.
    static func rebuild(_ file: SafeTensorsFile, path: String) throws -> (model: any Module, info: ModelInfo) {
        let metadata = file.metadata
        let architecture = try architecture(metadata, path: path)
        let info = try info(metadata, path: path)
        guard let dtypeName = metadata["dtype"], let dtype = DType(rawValue: dtypeName), dtype.isFloatingPoint else {
            throw ModelFileError(path: path, reason: "metadata has dtype \"\(metadata["dtype"] ?? "")\", not float32 or float64")
        }
        // The architecture is built before the tensors are loaded into it, and
        // a strict load needs every parameter in the file: so the model may
        // allocate no more values than the file's tensors hold (or a small
        // allowance, so that a near miss gets the load's list of what is
        // missing). Checked as each layer is built, before it allocates.
        let tensors = modelTensors(file)
        var values = 0
        for tensor in tensors.values { values += tensor.count }
        let model: any Module
        do {
            model = try ParameterBudget.limiting(to: Swift.max(values, buildAllowance),
                                                 because: "the file's model tensors hold (\(values) values in all)") { () throws(ModuleError) in
                try architecture.makeModule()
            }
        } catch {
            throw ModelFileError(path: path, reason: "cannot rebuild the model: \(error.message)")
        }
        model.cast(to: dtype)
        do {
            try model.loadStateDict(tensors)
        } catch {
            throw ModelFileError(path: path, reason: "the tensors do not fit the architecture: \(error.message)")
        }
        if let inputShape = info.inputShape {
            do {
                _ = try model.outputShape(forInput: [1] + inputShape)
            } catch {
                throw ModelFileError(path: path, reason: "the model cannot take its recorded input shape \(inputShape): \(error.message)")
            }
        }
        model.eval()
        return (model, info)
    }

    /// The inputs and outputs a file's metadata describes.
    static func info(_ metadata: [String: String], path: String) throws -> ModelInfo {
        var info = ModelInfo(loss: metadata["loss"])
        if let text = metadata["input_shape"] {
            let shape: [Int] = try decode(text, key: "input_shape", path: path)
            guard !shape.isEmpty, shape.count <= 8, shape.allSatisfy({ $0 > 0 }), features(of: shape) != nil else {
                throw ModelFileError(path: path, reason: "metadata \"input_shape\" must list up to 8 positive sizes of at most \(maximumInputFeatures) values in all, got \(text.prefix(60))")
            }
            info.inputShape = shape
        } else if metadata["model"] == "mlp", let sizes = try? Sequential.parseSizes(metadata["sizes"] ?? "") {
            info.inputShape = [sizes[0]]
        }
        info.classNames = try metadata["classes"].map { try decode($0, key: "classes", path: path) } ?? []
        if let kindName = metadata["normalize"] {
            guard let kind = FeatureScaler.Kind(rawValue: kindName) else {
                throw ModelFileError(path: path, reason: "metadata has normalize \"\(kindName)\", not standard, global or minmax")
            }
            let shift: [Double] = try decode(try field(metadata, "normalize.shift", path), key: "normalize.shift", path: path)
            let scale: [Double] = try decode(try field(metadata, "normalize.scale", path), key: "normalize.scale", path: path)
            let features = info.inputShape.flatMap(features(of:))
            guard shift.count == scale.count, features == nil || shift.count == features else {
                throw ModelFileError(path: path, reason: "metadata normalizes \(shift.count) features for a model of \(features ?? scale.count) inputs")
            }
            info.scaler = FeatureScaler(kind: kind, shift: shift, scale: scale)
        }
        return info
    }

    /// The parameter values a file's architecture may build even when its
    /// tensors hold fewer (2²⁴, 64 MB as float32): enough for the load to
    /// name what is missing, far too few for a hostile file to matter.
    public static let buildAllowance = 1 << 24

    /// The longest architecture description a file may hold (4 MB; LeNet-5's
    /// takes 1.5 KB).
    public static let maximumArchitectureBytes = 4 << 20

    /// The most values one input sample may have (2³¹ − 1).
    static let maximumInputFeatures = Int(Int32.max)

    /// The values in one sample of `shape`, or `nil` past ``maximumInputFeatures``.
    static func features(of shape: [Int]) -> Int? {
        var count = 1
        for size in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            guard !overflow, product <= maximumInputFeatures else { return nil }
            count = product
        }
        return count
    }

    /// The architecture of a file of the first format: an MLP given by its
    /// layer widths and activation.
    private static func firstFormatArchitecture(_ metadata: [String: String], path: String) throws -> ModuleArchitecture {
        do {
            let sizes = try Sequential.parseSizes(try field(metadata, "sizes", path))
            let activation = try Activation(parsing: try field(metadata, "activation", path))
            return try Sequential.multilayerPerceptronArchitecture(sizes: sizes, activation: activation)
        } catch let error as ModuleError {
            throw ModelFileError(path: path, reason: "metadata: \(error.message)")
        }
    }

    private static func field(_ metadata: [String: String], _ key: String, _ path: String) throws -> String {
        guard let value = metadata[key] else { throw ModelFileError(path: path, reason: "metadata lacks \"\(key)\"") }
        return value
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ text: String, key: String, path: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw ModelFileError(path: path, reason: "metadata \"\(key)\" is not valid (\(T.self) expected): \(text.prefix(60))")
        }
    }
}

/// A model file or checkpoint that cannot be used, naming the file and the reason.
public struct ModelFileError: Error, Equatable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// What is wrong with it.
    public let reason: String

    /// An error about the file at `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
