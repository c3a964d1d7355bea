import Axon
import Foundation
import XCTest

/// `AXON_ISA` as the built `axon` sees it: read once, at the kernels' first
/// use, so only a fresh process shows it. `axon bench gemm --json` reports the
/// instruction set it dispatched to.
final class InstructionSetEnvironmentTests: XCTestCase {
    struct Run {
        var exitStatus: Int32
        var isa: String?
        var standardError: String
    }

    /// `axon bench gemm` on its smallest workload with `AXON_ISA` set to
    /// `value` (unset when nil), and the ISA its JSON names.
    func benchGEMM(isa value: String?) throws -> Run {
        let process = Process()
        process.executableURL = try CheckpointKillTests.axonExecutable()
        process.arguments = ["bench", "gemm", "--allow-debug", "--quick", "--json", "--sizes", "1",
                             "--dtype", "float32", "--threads", "1"]
        var environment = ProcessInfo.processInfo.environment
        environment["AXON_ISA"] = value
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Small outputs: read both to their end, then wait.
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let warned = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var isa: String?
        for line in String(decoding: printed, as: UTF8.self).split(separator: "\n") {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            if let named = object?["isa"] as? String {
                isa = named
                break
            }
        }
        return Run(exitStatus: process.terminationStatus, isa: isa,
                   standardError: String(decoding: warned, as: UTF8.self))
    }

    /// The lines of standard error that come from the ISA choice.
    func isaWarnings(_ run: Run) -> [Substring] {
        run.standardError.split(separator: "\n").filter { $0.hasPrefix("axon: ignoring AXON_ISA") }
    }

    func testEachSupportedValueIsHonoured() throws {
        for isa in CPU.supportedInstructionSets {
            let run = try benchGEMM(isa: isa)
            XCTAssertEqual(run.exitStatus, 0, run.standardError)
            XCTAssertEqual(run.isa, isa, "AXON_ISA=\(isa)")
            XCTAssertEqual(isaWarnings(run), [], "AXON_ISA=\(isa)")
        }
    }

    func testWithoutTheVariableTheBestSupportedIsChosen() throws {
        let best = try benchGEMM(isa: nil), empty = try benchGEMM(isa: "")
        XCTAssertEqual(best.exitStatus, 0, best.standardError)
        XCTAssertEqual(best.isa, CPU.supportedInstructionSets.last)
        XCTAssertEqual(empty.isa, best.isa, "an empty AXON_ISA counts as unset")
        XCTAssertEqual(isaWarnings(empty), [])
    }

    /// An unknown or unsupported value: one line on stderr naming it and what
    /// this CPU supports, then the automatic choice; the command still runs.
    func testAnUnknownOrUnsupportedValueIsReportedAndIgnored() throws {
        let best = CPU.supportedInstructionSets.last
        let unsupported = ["avx2", "avx512", "neon"].first { !CPU.supportedInstructionSets.contains($0) }
        let supported = CPU.supportedInstructionSets.joined(separator: ", ")
        for (value, reason) in [("avx9000", "not an instruction set"), ("AVX2", "not an instruction set"),
                                (unsupported, "not supported here")] {
            guard let value else { continue }
            let run = try benchGEMM(isa: value)
            XCTAssertEqual(run.exitStatus, 0, run.standardError)
            XCTAssertEqual(run.isa, best, "AXON_ISA=\(value)")
            XCTAssertEqual(isaWarnings(run), [
                "axon: ignoring AXON_ISA=\(value): \(reason); this CPU supports \(supported) (using \(best ?? ""))"[...],
            ])
        }
    }
}
