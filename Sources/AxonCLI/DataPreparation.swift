import Axon
import Foundation

/// Defaults that suit each built-in data set, used where a flag is not given.
struct DataDefaults {
    var hiddenSizes: [Int]
    var normalize: String
    var epochs: Int
    var batchSize: String

    static func forSpec(_ spec: DataSpec) -> DataDefaults {
        switch spec {
        case .spiral: return DataDefaults(hiddenSizes: [64, 64], normalize: "none", epochs: 60, batchSize: "32")
        case .xor, .moons, .circles, .blobs:
            return DataDefaults(hiddenSizes: [16, 16], normalize: "none", epochs: 40, batchSize: "32")
        case .iris: return DataDefaults(hiddenSizes: [16], normalize: "standard", epochs: 100, batchSize: "16")
        case .mnist: return DataDefaults(hiddenSizes: [256, 128], normalize: "none", epochs: 10, batchSize: "128")
        case .csv: return DataDefaults(hiddenSizes: [32], normalize: "standard", epochs: 50, batchSize: "32")
        }
    }
}

/// Loads a `--data` or `--test` spec, turning its errors into one-line CLI errors.
func loadData(_ text: String, option: String, seed: UInt64, limits: DataLimits = DataLimits()) throws
    -> (spec: DataSpec, splits: DataSplits) {
    do {
        let spec = try DataSpec(parsing: text, option: option)
        return (spec, try spec.load(seed: seed, limits: limits))
    } catch let error as DataError {
        throw CLIError(error.description)
    } catch let error as CLIError {
        throw error
    } catch {
        throw CLIError("\(option) \(text): \(error)")
    }
}

/// Parses `--normalize`.
func scaler(named name: String, fittedTo train: TensorDataset) throws -> FeatureScaler? {
    switch name {
    case "none": return nil
    case "standard": return FeatureScaler.standardizing(train)
    case "minmax": return FeatureScaler.minMax(train)
    case "global": return FeatureScaler.globalStandardizing(train)
    default: throw CLIError("--normalize: unknown normalization \"\(name)\"; expected standard, global, minmax or none")
    }
}

/// Parses `--dtype` for a model.
func modelDType(_ name: String) throws -> DType {
    switch name {
    case "float32": return .float32
    case "float64": return .float64
    default: throw CLIError("--dtype: \"\(name)\" is not float32 or float64")
    }
}

/// Where a write to `path` lands and the permissions it keeps: the file
/// itself, or the regular file a symbolic link points to; `nil` permissions
/// when nothing is there yet. Throws, touching nothing, when `path` is
/// empty or is (or links to) anything but a regular file: a directory, a
/// device, a FIFO, a socket, a dangling link. Commands check their output
/// paths with it before they start long work, and ``writeAtomically(_:to:)``
/// again when it writes.
func outputTarget(_ path: String) throws -> (target: String, permissions: mode_t?) {
    func failure(_ reason: String) -> CLIError { CLIError("\(path): cannot write: \(reason)") }
    func systemError() -> String { String(cString: strerror(errno)) }
    /// What a file of `mode` is, with its article: "a directory".
    func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    guard !path.isEmpty else { throw CLIError("the output path is empty; give the path of a file") }
    var target = path
    var status = stat()
    guard lstat(path, &status) == 0 else {
        guard errno == ENOENT else { throw failure(systemError()) }
        return (path, nil)
    }
    if status.st_mode & S_IFMT == S_IFLNK {
        guard let resolved = realpath(path, nil) else {
            throw failure("it is a symbolic link to nothing that can be written (\(systemError()))")
        }
        target = String(cString: resolved)
        free(resolved)
        guard stat(target, &status) == 0 else { throw failure("\(target): \(systemError())") }
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
        throw failure("it is \(kind(status.st_mode)), not a regular file (give the path of a file to create or replace)")
    }
    return (target, status.st_mode & 0o7777)
}

/// Writes `text` to `path` whole or not at all: into a new temporary file
/// beside it (`.NAME.PID.RANDOM.tmp`), flushed to disk and renamed into place.
///
/// An existing regular file is replaced and keeps its permissions. A
/// symbolic link is followed: the regular file it points to is replaced and
/// the link kept. Anything else at `path` (a directory, a device such as
/// `/dev/full`, a FIFO, a socket, a link to one of these or to nothing) is
/// refused and left untouched. On every failure the temporary file is
/// removed; a file that was there stays as it was.
func writeAtomically(_ text: String, to path: String) throws {
    func failure(_ reason: String) -> CLIError { CLIError("\(path): cannot write: \(reason)") }
    func systemError() -> String { String(cString: strerror(errno)) }
    let (target, permissions) = try outputTarget(path)

    let url = URL(fileURLWithPath: target)
    let directory = url.deletingLastPathComponent().path
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
        ".\(url.lastPathComponent).\(getpid()).\(String(UInt32.random(in: 0 ... .max), radix: 16)).tmp").path
    // O_EXCL: the name is ours alone, so removing it on failure removes nothing of anyone else's.
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw failure("cannot create a file in \(directory): \(systemError())") }
    var problem: String?
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count && problem == nil {
        let count = bytes.withUnsafeBytes { buffer -> Int in
            guard let start = buffer.baseAddress else { return 0 }
            return write(descriptor, start + written, buffer.count - written)
        }
        if count >= 0 {
            written += count
        } else if errno != EINTR {
            problem = systemError()
        }
    }
    if problem == nil, let permissions, fchmod(descriptor, permissions) != 0 { problem = systemError() }
    if problem == nil, fsync(descriptor) != 0 { problem = systemError() }
    if close(descriptor) != 0, problem == nil { problem = systemError() }
    if problem == nil, rename(temporary, target) != 0 { problem = systemError() }
    if let problem {
        unlink(temporary)
        throw failure(problem)
    }
}

/// One JSON object per line on standard output, keys in the order given.
func printJSONLine(_ fields: KeyValuePairs<String, Any?>) {
    var parts: [String] = []
    for (key, value) in fields {
        guard let value else { continue }
        parts.append("\"\(key)\":" + jsonValue(value))
    }
    print("{" + parts.joined(separator: ",") + "}")
}

private func jsonValue(_ value: Any) -> String {
    switch value {
    case let number as Double:
        return number.isFinite ? "\(number)" : "null"
    case let number as Int:
        return "\(number)"
    case let flag as Bool:
        return flag ? "true" : "false"
    case let text as String:
        let escaped = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            default: return scalar.value < 0x20 ? String(format: "\\u%04x", scalar.value) : String(scalar)
            }
        }.joined()
        return "\"\(escaped)\""
    case let list as [Any]:
        return "[" + list.map(jsonValue).joined(separator: ",") + "]"
    default:
        return "null"
    }
}
