import AxonTensor
import Foundation

/// The safetensors file format (Hugging Face's, read and written by PyTorch
/// through `safetensors.torch`): checkpoints that move between Axon and
/// PyTorch without conversion.
///
/// A file is an 8-byte little-endian header length `N`, then `N` bytes of
/// UTF-8 JSON, then the data buffer. The JSON maps each tensor name to
/// `{"dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end]}`, with
/// offsets into the data buffer, and may hold `"__metadata__"`, an object of
/// strings. Elements are little-endian and row-major; the tensors tile the
/// buffer exactly, with no gap and no overlap.
///
/// ```swift
/// try SafeTensors.write([("0.weight", w), ("0.bias", b)], metadata: ["epoch": "3"], to: url)
/// let file = try SafeTensors.read(from: url)
/// let weight = file["0.weight"]
/// ```
public enum SafeTensors {
    /// The format's name for each dtype Axon supports.
    public static let dtypeNames: [DType: String] = [
        .float32: "F32", .float64: "F64", .int32: "I32", .int64: "I64", .uint8: "U8", .bool: "BOOL",
    ]

    /// Dtypes that the format defines and Axon cannot hold.
    static let unsupportedNames: Set<String> = [
        "F16", "BF16", "I8", "I16", "U16", "U32", "U64", "C64",
        "F8_E4M3", "F8_E5M2", "F8_E8M0", "F6_E2M3", "F6_E3M2", "F4",
    ]

    /// The largest header the reference implementation accepts.
    static let maximumHeaderLength: UInt64 = 100_000_000

    /// The most tensors a file may hold (Axon's limit: a header of tiny
    /// entries must not make millions of tensors; real models hold thousands).
    public static let maximumTensors = 100_000

    /// The most dimensions a tensor's shape may have.
    public static let maximumRank = 64

    /// The dtype that a format name stands for, if Axon supports it.
    static func dtype(named name: String) -> DType? {
        dtypeNames.first { $0.value == name }?.key
    }
}

/// The contents of a safetensors file: its tensors, in the order of their
/// data in the file, and its metadata.
public struct SafeTensorsFile: Sendable {
    /// The tensors with their names, ordered by where their data lies (for a
    /// file Axon wrote, the order they were given in).
    public var tensors: [(name: String, tensor: Tensor)]
    /// The `__metadata__` entries; empty when the file has none.
    public var metadata: [String: String]

    /// A file's worth of tensors and metadata.
    public init(tensors: [(name: String, tensor: Tensor)], metadata: [String: String] = [:]) {
        self.tensors = tensors
        self.metadata = metadata
    }

    /// The tensor called `name`, or `nil`.
    public subscript(name: String) -> Tensor? {
        tensors.first { $0.name == name }?.tensor
    }

    /// The tensor names, in file order.
    public var names: [String] { tensors.map(\.name) }

    /// The tensors by name, as `load_file` returns them in Python.
    public var tensorsByName: [String: Tensor] {
        Dictionary(tensors.map { ($0.name, $0.tensor) }, uniquingKeysWith: { first, _ in first })
    }
}
