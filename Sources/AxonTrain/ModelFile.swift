import AxonData
import AxonIO
import AxonNN
import AxonTensor
import Foundation

/// What a model file records besides the parameters: enough to rebuild the
/// model and prepare new data the way the training data was prepared.
public struct ModelDescription: Sendable {
    /// The layer widths, input first (`[784, 256, 128, 10]`).
    public var sizes: [Int]
    /// The activation between layers.
    public var activation: Activation
    /// The parameters' dtype.
    public var dtype: DType
    /// The loss the model was trained with, by name (`cross-entropy`).
    public var loss: String
    /// The class names, in index order, for a classifier.
    public var classNames: [String]
    /// The rescaling applied to inputs before the model, if any.
    public var scaler: FeatureScaler?

    /// A description of an MLP.
    public init(sizes: [Int], activation: Activation, dtype: DType, loss: String,
                classNames: [String] = [], scaler: FeatureScaler? = nil) {
        self.sizes = sizes
        self.activation = activation
        self.dtype = dtype
        self.loss = loss
        self.classNames = classNames
        self.scaler = scaler
    }

    /// The sizes as `784-256-128-10`.
    public var sizesText: String { sizes.map(String.init).joined(separator: "-") }

    /// A freshly initialised model of this architecture.
    public func makeModel(generator: inout RandomGenerator) -> Sequential {
        Sequential.multilayerPerceptron(sizes: sizes, activation: activation, dtype: dtype, generator: &generator)
    }
}

/// Model files: safetensors with PyTorch's parameter names and layouts
/// (`0.weight` is `[out, in]`), so `torch.nn.Sequential.load_state_dict`
/// reads them, and a `__metadata__` that describes the architecture, so the
/// file alone rebuilds the model.
///
/// Metadata keys: `format` (`axon`), `model` (`mlp`), `sizes`
/// (`784-256-128-10`), `activation`, `dtype`, `loss`, `classes` (a JSON
/// array of names), and for a scaled input `normalize` (`standard` or
/// `minmax`), `normalize.shift` and `normalize.scale` (JSON arrays).
public enum ModelFile {
    /// Writes `model`'s parameters and `description` to `url`, through a
    /// temporary file renamed into place.
    public static func save(_ model: any Module, description: ModelDescription, to url: URL) throws {
        var metadata = [
            "format": "axon", "model": "mlp", "sizes": description.sizesText,
            "activation": description.activation.rawValue, "dtype": description.dtype.rawValue,
            "loss": description.loss,
        ]
        if !description.classNames.isEmpty { metadata["classes"] = try json(description.classNames) }
        if let scaler = description.scaler {
            metadata["normalize"] = scaler.kind.rawValue
            metadata["normalize.shift"] = try json(scaler.shift.doubles)
            metadata["normalize.scale"] = try json(scaler.scale.doubles)
        }
        try SafeTensors.write(model.stateDict.map { ($0.name, $0.tensor) }, metadata: metadata, to: url)
    }

    /// Reads a model file written by ``save(_:description:to:)`` and rebuilds its model.
    ///
    /// - Throws: ``ModelFileError`` when the file lacks Axon's metadata (a
    ///   file saved by PyTorch: use it with `--init-weights` and `--model`),
    ///   the metadata is malformed, or the tensors do not fit the architecture.
    public static func load(from url: URL) throws -> (model: Sequential, description: ModelDescription) {
        let file = try SafeTensors.read(from: url)
        let path = url.path
        let metadata = file.metadata
        guard metadata["format"] == "axon", metadata["model"] == "mlp" else {
            throw ModelFileError(path: path, reason: "has no Axon model description in its metadata (a file saved by PyTorch holds only weights: give the architecture with --model and load it with --init-weights)")
        }
        func field(_ key: String) throws -> String {
            guard let value = metadata[key] else { throw ModelFileError(path: path, reason: "metadata lacks \"\(key)\"") }
            return value
        }
        let sizes: [Int]
        let activation: Activation
        do {
            sizes = try Sequential.parseSizes(try field("sizes"))
            activation = try Activation(parsing: try field("activation"))
        } catch let error as ModuleError {
            throw ModelFileError(path: path, reason: "metadata: \(error.message)")
        }
        guard let dtype = DType(rawValue: try field("dtype")), dtype.isFloatingPoint else {
            throw ModelFileError(path: path, reason: "metadata has dtype \"\(metadata["dtype"] ?? "")\", not float32 or float64")
        }
        let classNames: [String] = try metadata["classes"].map { try decode($0, key: "classes", path: path) } ?? []
        var scaler: FeatureScaler?
        if let kindName = metadata["normalize"] {
            guard let kind = FeatureScaler.Kind(rawValue: kindName) else {
                throw ModelFileError(path: path, reason: "metadata has normalize \"\(kindName)\", not standard, global or minmax")
            }
            let shift: [Double] = try decode(try field("normalize.shift"), key: "normalize.shift", path: path)
            let scale: [Double] = try decode(try field("normalize.scale"), key: "normalize.scale", path: path)
            guard shift.count == sizes[0], scale.count == sizes[0] else {
                throw ModelFileError(path: path, reason: "metadata normalizes \(shift.count) features for a model of \(sizes[0]) inputs")
            }
            scaler = FeatureScaler(kind: kind, shift: shift, scale: scale)
        }
        let description = ModelDescription(sizes: sizes, activation: activation, dtype: dtype,
                                           loss: try field("loss"), classNames: classNames, scaler: scaler)
        var generator = RandomGenerator(seed: 0)
        let model = description.makeModel(generator: &generator)
        try loadWeights(file, into: model, path: path)
        return (model, description)
    }

    /// Loads the tensors of a safetensors file (Axon's or PyTorch's
    /// `save_file(model.state_dict(), …)`) into `model`, by name.
    ///
    /// - Throws: ``ModelFileError`` naming every missing, extra or mis-shaped tensor.
    public static func loadWeights(from url: URL, into model: any Module) throws {
        try loadWeights(try SafeTensors.read(from: url), into: model, path: url.path)
    }

    private static func loadWeights(_ file: SafeTensorsFile, into model: any Module, path: String) throws {
        var tensors: [String: Tensor] = [:]
        for (name, tensor) in file.tensors { tensors[name] = tensor }
        do {
            try model.loadParameters(tensors)
        } catch {
            throw ModelFileError(path: path, reason: error.message)
        }
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ text: String, key: String, path: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw ModelFileError(path: path, reason: "metadata \"\(key)\" is not a valid JSON array: \(text.prefix(60))")
        }
    }
}

/// A model file that cannot be used, naming the file and the reason.
public struct ModelFileError: Error, Equatable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// What is wrong with it.
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}
