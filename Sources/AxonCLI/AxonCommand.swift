import ArgumentParser
import Axon

/// The `axon` command: its subcommands are the tool's jobs.
public struct AxonCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "axon",
        abstract: "Axon: tensors, backpropagation and neural networks in Swift.",
        subcommands: [TrainCommand.self, EvaluateCommand.self, PredictCommand.self, SummaryCommand.self, PlotCommand.self,
                      FiguresCommand.self, DatasetsCommand.self, GradcheckCommand.self, BenchCommand.self,
                      ExportCommand.self]
    )

    public init() {}

    /// Makes SIGINT, SIGTERM and SIGHUP remove the temporary files of saves
    /// in progress before they end the process (``OutputFile/removeTemporaryFilesOnSignals()``);
    /// for the `axon` executable, first thing in `main`.
    public static func removeTemporaryFilesOnSignals() {
        OutputFile.removeTemporaryFilesOnSignals()
    }
}
