import Foundation

/// Whether to print each thrown error (`AXON_FUZZ_VERBOSE=1`), to see what
/// a reader says about an input: run a target on files, not a corpus
/// directory, with it (`fuzz-csv Fuzz/corpus/csv/*`).
private let verbose = ProcessInfo.processInfo.environment["AXON_FUZZ_VERBOSE"] == "1"

/// Steps not to run: `AXON_FUZZ_SKIP=loadInputs,parse` skips every step
/// whose name, as the target gives it to ``attempt(_:_:)``, starts with one
/// of these; to fuzz the rest while a finding in one step is being fixed.
private let skipped: [String] = (ProcessInfo.processInfo.environment["AXON_FUZZ_SKIP"] ?? "")
    .split(separator: ",").map(String.init)

/// `body`'s value, or `nil` when it throws: a thrown error is a correct
/// answer to a bad input, not a finding. `what` names the step.
public func attempt<T>(_ what: @autoclosure () -> String, _ body: () throws -> T) -> T? {
    if !skipped.isEmpty {
        let name = what()
        if skipped.contains(where: { name.hasPrefix($0) }) { return nil }
    }
    do {
        let value = try body()
        if verbose { FileHandle.standardError.write(Data("\(what()): accepted\n".utf8)) }
        return value
    } catch {
        if verbose { FileHandle.standardError.write(Data("\(what()): \(error)\n".utf8)) }
        return nil
    }
}
