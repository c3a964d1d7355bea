import ArgumentParser
import Axon

@main
struct AxonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "axon",
        abstract: "Axon: tensors, backpropagation and neural networks in Swift.",
        subcommands: [SummaryCommand.self, GradcheckCommand.self, BenchCommand.self]
    )
}
