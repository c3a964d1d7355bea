import AxonTensor
import Foundation

/// An error in a user's data or data options: a missing or malformed file, a
/// bad CSV field, an unknown data set name. Its ``description`` says what is
/// wrong and where (file, line, column, option).
public enum DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file's contents do not follow its format (bad magic number,
    /// corrupt compressed stream, inconsistent sizes).
    case malformed(path: String, reason: String)
    /// The file ends before all the data its header announces.
    case truncated(path: String, expectedBytes: Int, foundBytes: Int)
    /// A CSV field that cannot be used; `line` and `column` count from 1.
    case invalidField(path: String, line: Int, column: Int, reason: String)
    /// A value given for an option or flag (`--batch-size`, a data spec) is not valid.
    case invalidOption(option: String, value: String, reason: String)

    /// What is wrong and where, in one line.
    public var description: String {
        switch self {
        case let .fileNotFound(path):
            return "\(path): no such file"
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .malformed(path, reason):
            return "\(path): \(reason)"
        case let .truncated(path, expected, found):
            return "\(path): expected \(expected) bytes of data, found \(found)"
        case let .invalidField(path, line, column, reason):
            return "\(path):\(line):\(column): \(reason)"
        case let .invalidOption(option, value, reason):
            return "\(option): \"\(value)\" \(reason)"
        }
    }
}

/// The bytes of the data file at `path`: a regular file (a directory, a
/// device such as `/dev/zero` or a FIFO is refused by what it is).
package func readDataFile(_ path: String) throws(DataError) -> Data {
    do {
        return try InputFile.read(path)
    } catch .notFound {
        throw DataError.fileNotFound(path: path)
    } catch {
        throw DataError.unreadable(path: path, reason: error.description)
    }
}
