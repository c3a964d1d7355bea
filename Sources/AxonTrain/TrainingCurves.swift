import AxonPlot
import Foundation

/// Loss and accuracy per epoch of one or more training runs, as a chart:
/// a loss panel and, when any run measured accuracy, an accuracy panel
/// beside it.
///
/// Each run has its own colour and marker; the training set is drawn solid,
/// the validation set dashed and the test set dotted. The loss axis is
/// logarithmic when every loss is positive and they span at least a factor
/// of 10, linear otherwise. Accuracies are drawn in percent.
///
/// ```swift
/// let history = try trainer.fit(loader, epochs: 10, test: test)
/// try TrainingCurves(runs: [.init(label: "mlp", history: history)]).write(to: URL(fileURLWithPath: "curves.svg"))
/// ```
public struct TrainingCurves: Chart {
    /// One run: its epochs and the name its lines carry.
    public struct Run: Sendable {
        /// The name of the run in the legend and caption.
        public var label: String
        /// The run's epochs, in order (a resumed run may start after epoch 1).
        public var epochs: [EpochRecord]

        /// A run named `label` with these epochs.
        public init(label: String, epochs: [EpochRecord]) {
            self.label = label
            self.epochs = epochs
        }

        /// A run named `label` with the epochs of `history`.
        public init(label: String, history: History) {
            self.init(label: label, epochs: history.epochs)
        }
    }

    /// The runs drawn, in legend order.
    public var runs: [Run]
    /// The title over both panels. The default value is `nil`.
    public var title: String?

    /// Curves of `runs` (at least one epoch among them).
    public init(runs: [Run], title: String? = nil) {
        self.runs = runs
        self.title = title
    }

    /// Whether any run has an accuracy (a classifier) to draw.
    public var hasAccuracy: Bool {
        runs.contains { run in
            run.epochs.contains { $0.accuracy != nil || $0.validationAccuracy != nil || $0.testAccuracy != nil }
        }
    }

    /// The panels as one figure.
    public var figure: Figure {
        var panels: [any Chart] = [lossPanel]
        if hasAccuracy { panels.append(accuracyPanel) }
        return Figure(title: title, caption: caption, panels: panels)
    }

    public var width: Double { figure.width }
    public var height: Double { figure.height }

    public func draw(in canvas: inout SVGCanvas, frame: CanvasRect) {
        figure.draw(in: &canvas, frame: frame)
    }

    /// The three sets a run may have measured, with their line styles.
    private static let splits: [(name: String, dash: LineDash)] = [("train", .solid), ("validation", .dashed), ("test", .dotted)]

    /// The series of one metric (its train, validation and test values per
    /// epoch): one per run and set that has a value.
    private func series(_ metric: (EpochRecord) -> [Double?], scale: Double) -> [LineSeries] {
        var result: [LineSeries] = []
        for (index, run) in runs.enumerated() {
            let values = run.epochs.map(metric)
            for (splitIndex, split) in Self.splits.enumerated() {
                guard values.contains(where: { $0[splitIndex] != nil }) else { continue }
                let name = runs.count == 1 ? split.name : "\(run.label) \(split.name)"
                result.append(LineSeries(name, x: run.epochs.map { Double($0.epoch) },
                                         y: values.map { ($0[splitIndex] ?? .nan) * scale },
                                         color: Palette.color(index), dash: split.dash,
                                         marker: run.epochs.count <= 40 ? Palette.marker(index) : nil, markerSize: 6))
            }
        }
        return result
    }

    private var lossPanel: Plot {
        let lines = series({ [$0.loss, $0.validationLoss, $0.testLoss] }, scale: 1)
        let losses = lines.flatMap(\.y).filter(\.isFinite)
        let logarithmic = !losses.isEmpty && losses.allSatisfy { $0 > 0 }
            && losses.max()! >= 10 * losses.min()!
        return Plot(title: "Loss", xLabel: "epoch", yLabel: logarithmic ? "loss (log scale)" : "loss",
                    yScale: logarithmic ? .logarithmic : .linear, lines: lines)
    }

    private var accuracyPanel: Plot {
        Plot(title: "Accuracy", xLabel: "epoch", yLabel: "accuracy (%)",
             lines: series({ [$0.accuracy, $0.validationAccuracy, $0.testAccuracy] }, scale: 100))
    }

    /// Each run's last epoch in words.
    private var caption: String {
        runs.compactMap { run -> String? in
            guard let last = run.epochs.last else { return nil }
            var parts = ["\(run.label): \(run.epochs.count) epoch\(run.epochs.count == 1 ? "" : "s")",
                         "final loss " + Self.format(last.loss)]
            if let accuracy = last.accuracy { parts.append("accuracy " + Self.percent(accuracy)) }
            if let accuracy = last.validationAccuracy { parts.append("validation accuracy " + Self.percent(accuracy)) }
            if let accuracy = last.testAccuracy { parts.append("test accuracy " + Self.percent(accuracy)) }
            return parts.joined(separator: ", ")
        }.joined(separator: "; ")
    }

    private static func format(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4g", value) : "\(value)"
    }

    private static func percent(_ value: Double) -> String {
        String(format: "%.2f%%", value * 100)
    }
}

extension ConfusionMatrix {
    /// The matrix as a heat map: true classes down, predicted classes
    /// across, counts in the cells, named by `classNames` (numbered from 0
    /// when `nil`, or when their count does not match).
    public func heatMap(classNames: [String]? = nil, title: String? = nil) -> HeatMap {
        let names = classNames?.count == classes ? classNames : nil
        return HeatMap.confusionMatrix(counts, labels: names, title: title ?? "Confusion matrix",
                                       caption: "\(total) samples, accuracy " + String(format: "%.2f%%", accuracy * 100))
    }
}
