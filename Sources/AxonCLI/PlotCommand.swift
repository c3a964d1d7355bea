import ArgumentParser
import Axon
import Foundation

/// `axon plot`: loss and accuracy per epoch from `axon train --json` logs,
/// several runs overlaid, as one SVG file.
struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Draw loss and accuracy per epoch from `axon train --json` logs as an SVG file.",
        discussion: """
            Each log is the standard output of `axon train --json` (JSON Lines: one "epoch" object per epoch \
            and a summary). Runs are overlaid, each in its own colour and marker, named by --label or by the \
            file's name; the training set is drawn solid, validation dashed, test dotted. \
            Example: axon train --data spiral --json > adam.jsonl; axon train --data spiral --optimizer sgd \
            --json > sgd.jsonl; axon plot adam.jsonl sgd.jsonl --output curves.svg
            """
    )

    @Argument(help: ArgumentHelp("The logs of `axon train --json`, one file per run.", valueName: "log"))
    var logs: [String]

    @Option(help: "The SVG file to write (whole or not at all; an existing regular file is replaced).")
    var output = "curves.svg"

    @Option(name: .customLong("label"), help: "The name of each run in the legend, in the order of the logs (default: the file's name without its extension).")
    var labels: [String] = []

    @Option(help: "A title over the chart.")
    var title: String?

    func validate() throws {
        if logs.isEmpty { throw ValidationError("give at least one log of `axon train --json`") }
        if !labels.isEmpty && labels.count != logs.count {
            throw ValidationError("--label was given \(labels.count) times for \(logs.count) logs; give one per log or none")
        }
    }

    func run() throws {
        try checkOutput(output, flag: "--output")
        var runs: [TrainingCurves.Run] = []
        for (index, path) in logs.enumerated() {
            let label = labels.isEmpty ? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent : labels[index]
            runs.append(TrainingCurves.Run(label: label, epochs: try readTrainingLog(path)))
        }
        try writeOutput(TrainingCurves(runs: runs, title: title).svg(), to: output, flag: "--output")
        let epochs = runs.map { "\($0.label) (\($0.epochs.count) epoch\($0.epochs.count == 1 ? "" : "s"))" }
        print("wrote \(output): " + epochs.joined(separator: ", "))
    }
}

/// The epochs of an `axon train --json` log: its `"event":"epoch"` lines, in
/// order (other events are skipped; a loss written as `null`, which is how
/// the log writes a non-finite number, reads as NaN). Throws, naming the
/// file and line, for a line that is not a JSON object or an epoch without
/// its number or loss, and for a log without any epoch.
func readTrainingLog(_ path: String) throws -> [EpochRecord] {
    var status = stat()
    guard stat(path, &status) == 0 else {
        throw CLIError("\(path): cannot read the log: \(String(cString: strerror(errno)))")
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
        throw CLIError("\(path): not a regular file; give the file `axon train --json` wrote its output to")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError("\(path): cannot read the log")
    }
    guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(path): the log is not UTF-8 text") }
    var epochs: [EpochRecord] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let place = "\(path):\(index + 1)"
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            throw CLIError("\(place): not a JSON object; give the standard output of `axon train --json`")
        }
        guard object["event"] as? String == "epoch" else { continue }
        func number(_ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }
        guard let epoch = number("epoch"), epoch >= 1, epoch == epoch.rounded(), epoch < 1e9 else {
            throw CLIError("\(place): an epoch event without a whole epoch number of at least 1")
        }
        guard object.keys.contains("loss") else { throw CLIError("\(place): an epoch event without a loss") }
        epochs.append(EpochRecord(epoch: Int(epoch), loss: number("loss") ?? .nan, accuracy: number("accuracy"),
                                  validationLoss: number("val_loss"), validationAccuracy: number("val_accuracy"),
                                  testLoss: number("test_loss"), testAccuracy: number("test_accuracy"),
                                  learningRate: number("learning_rate") ?? .nan, seconds: number("epoch_seconds") ?? 0,
                                  samplesPerSecond: number("samples_per_second") ?? 0))
    }
    guard !epochs.isEmpty else {
        throw CLIError("\(path): no epoch events; write the log with `axon train --json > \(path)`")
    }
    return epochs
}
