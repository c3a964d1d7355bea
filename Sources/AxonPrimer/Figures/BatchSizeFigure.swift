import Axon

/// Figure 10: batch, stochastic and mini-batch gradient descent on the same
/// data and network, the whole-set loss after every step against the
/// examples seen, and after every epoch.
enum BatchSizeFigure {
    static func draw(_ result: BatchSizeResult) -> DrawnFigure {
        var bySample = Plot(title: "Loss on the whole set after every step", xLabel: "examples seen",
                            yLabel: "cross-entropy", yScale: .logarithmic, width: 640, height: 420, legend: .bottomLeft)
        var byEpoch = Plot(title: "Loss after every epoch", xLabel: "epoch", yLabel: "cross-entropy",
                           yScale: .logarithmic, width: 500, height: 420, legend: .bottomLeft)
        // Stochastic descent first, so its thousands of steps lie under the other two.
        for run in result.runs.sorted(by: { steps($0) > steps($1) }) {
            let look = SeriesLook.optimizer(run.optimizer.name)
            let name = label(run, samples: result.samples)
            let few = run.stepLosses.count <= 2 * result.epochs + 1
            // Dashes would break up a line of thousands of noisy steps: those are solid and thin.
            bySample.lines.append(LineSeries(name, x: run.samplesSeen.map(Double.init), y: run.stepLosses,
                                             color: look.color, dash: few ? look.dash : .solid, width: few ? 2 : 1,
                                             marker: few ? look.marker : nil, markerSize: 6))
        }
        for run in result.runs {
            let look = SeriesLook.optimizer(run.optimizer.name)
            byEpoch.lines.append(LineSeries(label(run, samples: result.samples), y: run.epochLosses, color: look.color,
                                            dash: look.dash, marker: look.marker, markerSize: 6))
        }

        let rate = FigureText.significant(result.runs[0].optimizer.learningRate)
        let sizes = result.runs.map { "\($0.optimizer.batchSize ?? result.samples) (\($0.optimizer.name.lowercased()))" }
        let outcomes = result.runs.map { run in
            let perEpoch = FigureText.count(steps(run) / Swift.max(result.epochs, 1), "step")
            let final = FigureText.significant(run.epochLosses[run.epochLosses.count - 1])
            return "\(run.optimizer.name) descent took \(perEpoch) per epoch; the whole-set loss rose after \(run.increases) of its \(steps(run)) steps, and it ended at \(final) with \(FigureText.percent(run.accuracy)) training accuracy."
        }
        let network = "\(result.sizes.map(String.init).joined(separator: "-")) \(result.activation) network"
        let caption = (["The same rule, w ← w − γ∇L with γ = \(rate), on the same \(result.samples) \(result.dataset) points and the same initial \(network) for \(result.epochs) epochs; only the examples per step differ: \(FigureText.list(sizes))."]
            + outcomes
            + [closing(result)]
        ).joined(separator: " ")
        let summary = result.runs.map { "\($0.optimizer.name) \(FigureText.significant($0.epochLosses[$0.epochLosses.count - 1]))" }
        return DrawnFigure(.batchSize, chart: Figure(panels: [bySample, byEpoch]), caption: caption,
                           summary: "loss after \(result.epochs) epochs: " + summary.joined(separator: ", "))
    }

    static func steps(_ run: BatchSizeRun) -> Int { run.samplesSeen.count - 1 }

    /// The lesson, as far as this run's numbers bear it out: which run is
    /// smooth, which jitters, which ends lowest after the same epochs.
    static func closing(_ result: BatchSizeResult) -> String {
        var sentence = "Batch descent takes one step per pass over the data, on the exact gradient; stochastic descent takes a step per example, each on a noisy estimate of the gradient"
        if let batch = result.runs.first(where: { $0.optimizer.batchSize == nil }),
           let stochastic = result.runs.first(where: { $0.optimizer.batchSize == 1 }) {
            sentence += ", so its loss rose after \(FigureText.percent(Double(stochastic.increases) / Double(Swift.max(stochastic.samplesSeen.count - 1, 1)))) of its steps against batch descent's \(FigureText.percent(Double(batch.increases) / Double(Swift.max(batch.samplesSeen.count - 1, 1))))"
        }
        sentence += "."
        if let lowest = result.runs.min(by: { $0.epochLosses[$0.epochLosses.count - 1] < $1.epochLosses[$1.epochLosses.count - 1] }) {
            let mostSteps = result.runs.max(by: { $0.samplesSeen.count < $1.samplesSeen.count })
            sentence += " After \(result.epochs) epochs the lowest loss is \(lowest.optimizer.name.lowercased()) descent's"
            sentence += lowest.optimizer == mostSteps?.optimizer ? ": the most steps per epoch bought the most progress per pass here." : "."
        }
        return sentence
    }

    /// "Batch (200 per step)".
    static func label(_ run: BatchSizeRun, samples: Int) -> String {
        "\(run.optimizer.name) (\(run.optimizer.batchSize ?? samples) per step)"
    }
}
