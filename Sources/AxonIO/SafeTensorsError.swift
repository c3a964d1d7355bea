/// What is wrong with a safetensors file, or with tensors given to the
/// writer. Its ``description`` names the file and, where one is at fault,
/// the tensor.
public enum SafeTensorsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file could not be read or written.
    case ioFailure(path: String, reason: String)
    /// The file is shorter than the 8-byte header length.
    case tooShort(path: String, size: Int)
    /// The header length is above the 100,000,000-byte limit of the format.
    case headerTooLarge(path: String, length: UInt64)
    /// The header length runs past the end of the file.
    case headerBeyondFile(path: String, length: UInt64, fileSize: Int)
    /// The header is not UTF-8 JSON of the expected form.
    case invalidHeader(path: String, reason: String)
    /// A dtype that the format defines but Axon's tensors cannot hold.
    case unsupportedDType(path: String, tensor: String, dtype: String)
    /// A dtype that the format does not define.
    case unknownDType(path: String, tensor: String, dtype: String)
    /// A tensor's byte range does not hold `shape` elements of its dtype.
    case shapeMismatch(path: String, tensor: String, shape: [Int], dtype: String, bytes: Int)
    /// A tensor's byte range is reversed, past the end of the data, or
    /// overlaps or leaves a gap after the tensor before it.
    case invalidOffsets(path: String, tensor: String, reason: String)
    /// The tensors do not cover the data buffer exactly.
    case incompleteBuffer(path: String, covered: Int, size: Int)
    /// A tensor name the writer cannot store (empty, repeated, or `__metadata__`).
    case invalidName(name: String, reason: String)

    /// What is wrong and where, in one line.
    public var description: String {
        switch self {
        case let .fileNotFound(path):
            return "\(path): no such file"
        case let .ioFailure(path, reason):
            return "\(path): \(reason)"
        case let .tooShort(path, size):
            return "\(path): \(size) bytes is too short for a safetensors file (the header length alone takes 8)"
        case let .headerTooLarge(path, length):
            return "\(path): header length \(length) is above the limit of 100000000 bytes"
        case let .headerBeyondFile(path, length, fileSize):
            return "\(path): header length \(length) runs past the end of the \(fileSize)-byte file"
        case let .invalidHeader(path, reason):
            return "\(path): invalid header: \(reason)"
        case let .unsupportedDType(path, tensor, dtype):
            return "\(path): tensor \"\(tensor)\" has dtype \"\(dtype)\", which Axon does not support (supported: \(SafeTensors.dtypeNames.values.sorted().joined(separator: ", ")))"
        case let .unknownDType(path, tensor, dtype):
            return "\(path): tensor \"\(tensor)\" has unknown dtype \"\(dtype)\""
        case let .shapeMismatch(path, tensor, shape, dtype, bytes):
            return "\(path): tensor \"\(tensor)\" of shape \(shape) and dtype \(dtype) cannot fill its \(bytes) bytes"
        case let .invalidOffsets(path, tensor, reason):
            return "\(path): tensor \"\(tensor)\": \(reason)"
        case let .incompleteBuffer(path, covered, size):
            return "\(path): the tensors cover \(covered) of the \(size) bytes of data"
        case let .invalidName(name, reason):
            return "safetensors: tensor name \"\(name)\" \(reason)"
        }
    }
}
