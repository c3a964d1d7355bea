import Axon

/// Figure 7: the network of figure 6 carrying its gradients (∂L/∂a in each
/// neuron, ∂L/∂z beside it, ∂L/∂w on each edge), and beside it how far each
/// gradient is from its finite-difference check, on a log scale.
enum BackpropagationFigure {
    static func draw(_ result: BackpropagationResult) -> DrawnFigure {
        var layers = [NetworkLayer(name: "input x", nodes: result.input.indices.map { index in
            NetworkNode(label: FigureText.decimal(result.input[index], places: 2),
                        note: "x" + FigureText.subscriptDigit(index + 1))
        })]
        for (index, layer) in result.layers.enumerated() {
            let isOutput = index == result.layers.count - 1
            let nodes = layer.activationGradient.indices.map { neuron in
                NetworkNode(label: FigureText.decimal(layer.activationGradient[neuron]),
                            note: "∂L/∂z = " + FigureText.decimal(layer.preactivationGradient[neuron], places: 4))
            }
            layers.append(NetworkLayer(name: isOutput ? "output: ∂L/∂ŷ" : "hidden: ∂L/∂a", nodes: nodes,
                                       annotation: "∂L/∂b = " + FigureText.vector(layer.biasGradient, places: 3)))
        }
        let diagram = NetworkDiagram(layers: layers, weights: result.layers.map(\.weightGradient),
                                     title: "Gradients flowing back: ∂L/∂w on the edges",
                                     showsWeightValues: true, weightDecimals: 3, width: 820, height: 480)

        var check = Plot(title: "|backpropagation − finite differences|", xLabel: "gradient entry",
                         yLabel: "absolute difference", yScale: .logarithmic, width: 420, height: 480,
                         legend: .bottomRight)
        var kinds: [(name: String, x: [Double], y: [Double])] = [("∂L/∂a", [], []), ("∂L/∂w", [], []), ("∂L/∂b", [], [])]
        var position = 0.0
        for (index, layer) in result.layers.enumerated() {
            if index > 0 { check.referenceLines.append(ReferenceLine(x: position + 0.5, label: "layer \(index + 1)")) }
            let pairs = [(layer.activationGradient, layer.activationGradientNumeric),
                         (layer.weightGradient.flatMap { $0 }, layer.weightGradientNumeric.flatMap { $0 }),
                         (layer.biasGradient, layer.biasGradientNumeric)]
            for (kind, (computed, numeric)) in pairs.enumerated() {
                for (a, b) in zip(computed, numeric) {
                    position += 1
                    kinds[kind].x.append(position)
                    kinds[kind].y.append(Swift.abs(a - b))
                }
            }
        }
        let markers: [MarkerShape] = [.circle, .square, .triangle]
        check.scatter = kinds.indices.map { kind in
            ScatterSeries(kinds[kind].name, x: kinds[kind].x, y: kinds[kind].y, marker: markers[kind],
                          color: Palette.color(kind))
        }

        let differences = result.layers.map(\.maximumDifference)
        let perLayer = result.layers.indices.map { "\(FigureText.scientific(differences[$0])) in layer \($0 + 1)" }
        let sample = "x = \(FigureText.vector(result.input, places: 2)), y = \(FigureText.vector(result.target, places: 0)), L = \(FigureText.decimal(result.loss, places: 4))"
        let epsilon = FigureText.scientific(result.epsilon, digits: 1)
        let caption = [
            "One backward() through the network of figure 6 for the same sample (\(sample)).",
            "The chain rule runs from the output back: ∂L/∂z = ∂L/∂a · σ′(z), ∂L/∂w = ∂L/∂z · (the input on that edge), ∂L/∂b = ∂L/∂z, and ∂L/∂a of the layer before = Σ w · ∂L/∂z.",
            "Each gradient was checked by central finite differences, (L(θ + ε) − L(θ − ε)) / 2ε with ε = \(epsilon), in float64:",
            "the largest difference is \(FigureText.list(perLayer)), the size of the differences' own truncation and rounding error.",
        ].joined(separator: " ")

        let summaryHeader = ["layer", "max |Δ| ∂L/∂a", "max |Δ| ∂L/∂w", "max |Δ| ∂L/∂b", "max |Δ|"]
        let summaryRows = result.layers.indices.map { index -> [String] in
            let layer = result.layers[index]
            return ["\(index + 1)",
                    FigureText.scientific(largestDifference(layer.activationGradient, layer.activationGradientNumeric)),
                    FigureText.scientific(largestDifference(layer.weightGradient.flatMap { $0 }, layer.weightGradientNumeric.flatMap { $0 })),
                    FigureText.scientific(largestDifference(layer.biasGradient, layer.biasGradientNumeric)),
                    FigureText.scientific(layer.maximumDifference)]
        }
        var detail: [[String]] = []
        for (index, layer) in result.layers.enumerated() {
            func add(_ name: String, _ computed: Double, _ numeric: Double) {
                detail.append(["\(index + 1)", name, FigureText.decimal(computed, places: 10),
                               FigureText.decimal(numeric, places: 10), FigureText.scientific(Swift.abs(computed - numeric))])
            }
            for neuron in layer.activationGradient.indices {
                add("∂L/∂a" + FigureText.subscriptDigit(neuron + 1), layer.activationGradient[neuron],
                    layer.activationGradientNumeric[neuron])
            }
            for (neuron, row) in layer.weightGradient.enumerated() {
                for input in row.indices {
                    add("∂L/∂w" + FigureText.subscriptDigit(neuron + 1) + FigureText.subscriptDigit(input + 1), row[input],
                        layer.weightGradientNumeric[neuron][input])
                }
            }
            for neuron in layer.biasGradient.indices {
                add("∂L/∂b" + FigureText.subscriptDigit(neuron + 1), layer.biasGradient[neuron],
                    layer.biasGradientNumeric[neuron])
            }
        }
        let tables = [
            FigureTable(title: "Backpropagation against finite differences, largest difference per layer",
                        header: summaryHeader, rows: summaryRows),
            FigureTable(title: "Every gradient: backpropagation, finite differences (ε = \(FigureText.scientific(result.epsilon, digits: 1))) and their difference",
                        header: ["layer", "gradient", "backpropagation", "finite differences", "|Δ|"], rows: detail),
        ]
        return DrawnFigure(.backpropagation, chart: Figure(panels: [diagram, check]), caption: caption,
                           summary: "max |backprop − finite differences|: " + perLayer.joined(separator: ", "),
                           tables: tables)
    }

    /// The largest |a − b| over two equally long lists; 0 when empty.
    static func largestDifference(_ computed: [Double], _ numeric: [Double]) -> Double {
        zip(computed, numeric).reduce(0) { Swift.max($0, Swift.abs($1.0 - $1.1)) }
    }
}
