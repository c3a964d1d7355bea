import ArgumentParser
import Axon
import Foundation

/// `axon gradcheck`: every differentiable op against finite differences.
struct GradcheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradcheck",
        abstract: "Check every op's gradient against central finite differences in float64."
    )

    @Option(help: "Seed for the random test points.")
    var seed: UInt64 = 7

    @Option(help: "Run only the cases whose name contains this text.")
    var filter: String?

    func run() throws {
        let cases = GradcheckSuite.cases(seed: seed).filter { filter == nil || $0.name.contains(filter!) }
        guard !cases.isEmpty else {
            throw ValidationError("no gradient check matches '\(filter ?? "")'")
        }
        let width = max(cases.map(\.name.count).max() ?? 0, 2)
        print("op".padding(toLength: width, withPad: " ", startingAt: 0) + "  max abs error  max rel error  result")
        var failures = 0
        for testCase in cases {
            let result = testCase.run()
            if !result.passed { failures += 1 }
            let name = testCase.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let absolute = String(format: "%13.3e", result.maxAbsoluteError)
            let relative = String(format: "%13.3e", result.maxRelativeError)
            print("\(name)  \(absolute)  \(relative)  \(result.passed ? "pass" : "FAIL")")
        }
        print("\(cases.count - failures) passed, \(failures) failed")
        if failures > 0 { throw ExitCode.failure }
    }
}
