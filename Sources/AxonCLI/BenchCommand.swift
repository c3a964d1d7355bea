import ArgumentParser
import CAxonKernels
import Foundation

/// `axon bench`: speed measurements of the kernels (run from a release build).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Axon's speed (build with -c release).",
        subcommands: [BenchGEMMCommand.self, BenchElementwiseCommand.self, BenchTrainCommand.self, BenchConvCommand.self,
                      BenchInferCommand.self, BenchAllReduceCommand.self]
    )
}

/// Options and helpers shared by the `bench` subcommands.
struct BenchOptions: ParsableArguments {
    @Flag(help: "Print one JSON object per measurement instead of a table.")
    var json = false

    @Flag(help: "Measure even in a debug build (the numbers are meaningless there).")
    var allowDebug = false

    /// Refuses to run from a debug build, where Swift and C run unoptimised.
    func checkBuild() throws {
        #if DEBUG
        let slower = axon_kernels_prebuilt() == 1
            ? "the kernels are the prebuilt -O2 assembly but Swift runs unoptimised\n(training measures about 1.2-1.5x slower)"
            : "the C kernels run at -O0 and\nmeasure 10-50x slower than they are"
        let message = """
            error: `axon bench` was built in debug mode, where \(slower). Build and run the release binary:
                swift build -c release && .build/release/axon bench ...
            (or pass --allow-debug to measure anyway)
            """
        FileHandle.standardError.write(Data((message + "\n").utf8))
        if !allowDebug { throw ExitCode.failure }
        #endif
    }
}

enum BenchTiming {
    /// The best seconds per call of `body`, over `trials` runs that each
    /// repeat it for at least `trialSeconds` (after one warm-up call).
    static func bestSecondsPerCall(trials: Int = 5, trialSeconds: Double = 0.04,
                                   _ body: () -> Void) -> Double {
        body()
        let once = max(seconds { body() }, 1e-7)
        let repeats = max(1, Int(trialSeconds / once))
        var best = Double.infinity
        for _ in 0..<trials {
            let elapsed = seconds {
                for _ in 0..<repeats { body() }
            }
            best = min(best, elapsed / Double(repeats))
        }
        return best
    }

    static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
    }
}

/// Parses "1,2,4" into integers, naming the flag in the error.
func parseIntegerList(_ text: String, flag: String) throws -> [Int] {
    let values = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else {
        throw ValidationError("\(flag) expects positive integers separated by commas, got '\(text)'")
    }
    return values.map { $0! }
}
