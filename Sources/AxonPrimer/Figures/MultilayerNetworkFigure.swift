import Axon

/// Figure 4: the trained Iris network drawn with its real weights, each
/// layer captioned with its m·n + n parameters, beside its training loss.
enum MultilayerNetworkFigure {
    static func draw(_ result: MultilayerNetworkResult) -> DrawnFigure {
        let activation = XORFigure.activationName(result.activation)
        var layers: [NetworkLayer] = [
            NetworkLayer(name: "input", count: result.sizes[0],
                         labels: (0 ..< result.sizes[0]).map { "x" + FigureText.subscriptDigit($0 + 1) },
                         notes: result.featureNames.map(readable)),
        ]
        for index in 1 ..< result.sizes.count {
            let isOutput = index == result.sizes.count - 1
            layers.append(NetworkLayer(
                name: isOutput ? "output (softmax)" : "hidden, \(activation)", count: result.sizes[index],
                labels: isOutput ? [] : (0 ..< result.sizes[index]).map { "h" + FigureText.subscriptDigit($0 + 1) },
                notes: isOutput ? result.classNames : []))
        }
        let diagram = NetworkDiagram(layers: layers, weights: result.layers.map(\.weights),
                                     title: "\(result.sizes.map(String.init).joined(separator: "-")) network, trained: \(result.parameterCount) parameters",
                                     showsParameterCounts: true, width: 780, height: 460)
        var loss = Plot(title: "Training loss", xLabel: "epoch", yLabel: "cross-entropy", yScale: .logarithmic,
                        width: 420, height: 460, legend: .hidden)
        loss.lines = [LineSeries(y: result.losses, firstX: 1, color: .blue)]

        let counts = result.layers.map { "\($0.inputs)·\($0.outputs) + \($0.outputs) = \($0.parameterCount)" }
        let data = result.dataset == "iris" ? "Fisher's Iris flowers (4 standardized measurements, 3 species)" : result.dataset
        let before = FigureText.significant(result.losses[0])
        let after = FigureText.significant(result.losses[result.losses.count - 1])
        var accuracy = "training accuracy \(FigureText.percent(result.trainingAccuracy))"
        if let test = result.testAccuracy { accuracy += ", test accuracy \(FigureText.percent(test))" }
        let caption = [
            "A \(result.sizes.map(String.init).joined(separator: "-")) network with \(activation) between its layers, trained on \(data) for \(result.epochs) full-batch epochs with \(result.optimizer.summary).",
            "Edges are the trained weights: blue positive, red negative, wider for larger |w|.",
            "Between layers of m and n neurons there are m·n weights and n biases: \(FigureText.list(counts)), \(result.parameterCount) parameters in all; Axon's own count is \(result.axonParameterCount).",
            "The loss fell from \(before) to \(after); \(accuracy).",
        ].joined(separator: " ")
        let rows = result.layers.indices.map { index in
            let layer = result.layers[index]
            return ["\(index + 1)", "\(layer.inputs) → \(layer.outputs)", "\(layer.inputs)·\(layer.outputs) = \(layer.inputs * layer.outputs)",
                    "\(layer.outputs)", "\(layer.parameterCount)", "\(result.axonLayerParameterCounts[index])"]
        }
        let table = FigureTable(title: "Parameters per layer", header: ["layer", "m → n", "weights m·n", "biases n",
                                                                         "m·n + n", "Axon's count"],
                                rows: rows + [["all", "", "", "", "\(result.parameterCount)", "\(result.axonParameterCount)"]])
        var summary = "\(result.parameterCount) parameters (\(counts.joined(separator: ", "))), train \(FigureText.percent(result.trainingAccuracy))"
        if let test = result.testAccuracy { summary += ", test \(FigureText.percent(test))" }
        return DrawnFigure(.multilayerNetwork, chart: Figure(panels: [diagram, loss]), caption: caption,
                           summary: summary, tables: [table])
    }

    /// `sepal_length` as `sepal length`.
    private static func readable(_ name: String) -> String {
        name.replacingOccurrences(of: "_", with: " ")
    }
}
