import Axon

/// Figure 6: the sample flowing through the 2-3-2 network, each neuron
/// showing its activation a inside and its pre-activation z beside it, each
/// edge its weight.
enum ForwardPropagationFigure {
    static func draw(_ result: ForwardPropagationResult) -> DrawnFigure {
        let activation = result.activation == "sigmoid" ? "σ" : result.activation
        var layers = [NetworkLayer(name: "input x", nodes: result.input.indices.map { index in
            NetworkNode(label: FigureText.decimal(result.input[index], places: 2),
                        note: "x" + FigureText.subscriptDigit(index + 1))
        })]
        for (index, layer) in result.layers.enumerated() {
            let isOutput = index == result.layers.count - 1
            let nodes = layer.activations.indices.map { neuron in
                var note = "z = " + FigureText.decimal(layer.preactivations[neuron])
                if isOutput { note += ", y = " + FigureText.decimal(result.target[neuron], places: 0) }
                return NetworkNode(label: FigureText.decimal(layer.activations[neuron]), note: note,
                                   fill: Color.skyBlue.mixed(with: .white, fraction: 1 - 0.6 * layer.activations[neuron]))
            }
            layers.append(NetworkLayer(name: isOutput ? "output ŷ = \(activation)(z)" : "hidden a = \(activation)(z)",
                                       nodes: nodes, annotation: "b = " + FigureText.vector(layer.parameters.biases, places: 2)))
        }
        let x = FigureText.vector(result.input, places: 2), output = FigureText.vector(result.output)
        let loss = FigureText.decimal(result.loss, places: 4)
        let diagram = NetworkDiagram(layers: layers, weights: result.layers.map(\.parameters.weights),
                                     title: "x = \(x) → ŷ = \(output); L = \(loss)", showsWeightValues: true,
                                     width: 900, height: 480)

        let first = result.layers[0]
        let sum = arithmetic(weights: first.parameters.weights[0], inputs: result.input, bias: first.parameters.biases[0])
        let z = FigureText.decimal(first.preactivations[0]), a = FigureText.decimal(first.activations[0])
        let caption = [
            "One forward pass through the \(result.sizes.map(String.init).joined(separator: "-")) network with \(result.activation) after every layer:",
            "each neuron computes z = Σᵢ wᵢaᵢ + b from the layer before (numbers on the edges are the weights) and passes on a = \(activation)(z), shown inside the circle (darker for larger a).",
            "For the first hidden neuron, z₁ = \(sum) = \(z), a₁ = \(activation)(\(z)) = \(a).",
            "The sample x = \(x) gives ŷ = \(output) against the target y = \(FigureText.vector(result.target, places: 0)), and the loss \(lossFormula(result.lossFormula)) = \(loss).",
        ].joined(separator: " ")
        var rows: [[String]] = []
        var previous = result.input
        for (index, layer) in result.layers.enumerated() {
            for neuron in layer.activations.indices {
                rows.append(["\(index + 1)", "\(neuron + 1)",
                             arithmetic(weights: layer.parameters.weights[neuron], inputs: previous,
                                        bias: layer.parameters.biases[neuron]),
                             FigureText.decimal(layer.preactivations[neuron]), FigureText.decimal(layer.activations[neuron])])
            }
            previous = layer.activations
        }
        let table = FigureTable(title: "The value at every neuron", header: ["layer", "neuron", "z = Σ wᵢaᵢ + b", "z", "a = \(activation)(z)"],
                                rows: rows)
        return DrawnFigure(.forwardPropagation, chart: diagram, caption: caption,
                           summary: "ŷ = \(FigureText.vector(result.output)), L = \(FigureText.decimal(result.loss, places: 4))",
                           tables: [table])
    }

    /// "L = ½ Σ (a − y)²: the mean squared error" as "L = ½ Σ (a − y)² (the
    /// mean squared error)", to be followed by "= value".
    static func lossFormula(_ formula: String) -> String {
        guard let colon = formula.range(of: ": ") else { return formula }
        return String(formula[..<colon.lowerBound]) + " (" + formula[colon.upperBound...] + ")"
    }

    /// `0.143·1.00 + 0.350·0.50 − 0.110`: a neuron's sum written out.
    static func arithmetic(weights: [Double], inputs: [Double], bias: Double) -> String {
        var text = ""
        for (index, (w, a)) in zip(weights, inputs).enumerated() {
            let term = FigureText.decimal(Swift.abs(w)) + "·" + FigureText.decimal(a)
            text += index == 0 ? (w < 0 ? "−" + term : term) : (w < 0 ? " − " : " + ") + term
        }
        return text + (bias < 0 ? " − " : " + ") + FigureText.decimal(Swift.abs(bias))
    }
}
