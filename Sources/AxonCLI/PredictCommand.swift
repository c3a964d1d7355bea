import ArgumentParser
import Axon
import Foundation

/// `axon predict`: a saved model's predictions for the rows of a CSV file.
struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Predict with a saved model: a class and its probabilities, or values, per row of a CSV file."
    )

    @Option(help: "A model file written by `axon train --save`.")
    var weights: String

    @Option(help: "csv:PATH: rows whose first columns are the model's inputs (a header is allowed).")
    var data: String

    @Option(help: "The CSV file to write (written whole or not at all).")
    var output: String

    func run() throws {
        let saved = try SavedModel(path: weights)
        guard data.hasPrefix("csv:") else {
            throw CLIError("--data \(data): predict reads a CSV file: csv:PATH")
        }
        let path = String(data.dropFirst(4).prefix { $0 != "," })
        let inputs: Tensor
        do {
            inputs = try CSVDataset.loadInputs(from: URL(fileURLWithPath: path), features: try saved.inputs())
        } catch let error as DataError {
            throw CLIError(error.description)
        }
        let loss = try saved.loss()
        let encoding: TargetEncoding = loss.takesClassLabels ? .classIndices : .values
        let outputs = Evaluator(model: saved.model, loss: loss, encoding: encoding).predict(saved.prepare(inputs))
        let rows = outputs.shape[0], width = outputs.shape[1]
        var lines: [String] = []
        if loss.takesClassLabels {
            let names = saved.info.classNames.count == width ? saved.info.classNames : (0..<width).map(String.init)
            let probabilities = noGrad { softmax(outputs.cast(to: .float64), axis: 1) }.doubles
            lines.append((["class"] + names.map { "p_\($0)" }).map(csvField).joined(separator: ","))
            for row in 0..<rows {
                let p = Array(probabilities[row * width ..< (row + 1) * width])
                let best = p.indices.max { p[$0] < p[$1] } ?? 0
                lines.append(([csvField(names[best])] + p.map { String(format: "%.6g", $0) }).joined(separator: ","))
            }
        } else {
            let values = outputs.cast(to: .float64).doubles
            lines.append((0..<width).map { "prediction_\($0)" }.joined(separator: ","))
            for row in 0..<rows {
                lines.append(values[row * width ..< (row + 1) * width].map { String(format: "%.9g", $0) }.joined(separator: ","))
            }
        }
        try writeAtomically(lines.joined(separator: "\n") + "\n", to: output)
        print("wrote \(rows) prediction(s) to \(output)")
    }

    private func csvField(_ text: String) -> String {
        text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
