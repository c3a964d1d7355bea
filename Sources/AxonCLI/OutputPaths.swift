import Axon
import Foundation

/// Checks that `path`, the value of `flag`, can be written: a regular file,
/// a link to one, or nothing (``OutputFile``). Commands check their output
/// paths before they start long work, so that `train --save DIR` is refused
/// before training, not after it.
func checkOutput(_ path: String, flag: String) throws {
    do {
        _ = try OutputFile.target(of: URL(fileURLWithPath: path))
    } catch {
        throw CLIError("\(flag) \(path): cannot write: \(error.reason)")
    }
}

/// Checks that files can be written into `path`, the value of `flag`: a
/// directory, a link to one, or nothing yet.
func checkOutputDirectory(_ path: String, flag: String) throws {
    do {
        try OutputFile.checkDirectory(URL(fileURLWithPath: path))
    } catch {
        throw CLIError("\(flag) \(path): cannot write into it: \(error.reason)")
    }
}

/// Writes `text` to `path`, the value of `flag`, whole or not at all; a path
/// that is not a regular file, a link to one or nothing is refused and left
/// as it is (``OutputFile``).
func writeOutput(_ text: String, to path: String, flag: String) throws {
    do {
        try OutputFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
    } catch {
        throw CLIError("\(flag) \(path): cannot write: \(error.reason)")
    }
}
