import Axon

/// Figure 3: decision regions on XOR side by side (the perceptron's best
/// line, three layers without activations, the same with ReLU and with
/// tanh), each titled with its accuracy; below, the linear network with its
/// trained weights and the single layer they multiply out to.
enum XORFigure {
    static func draw(_ result: XORResult) -> DrawnFigure {
        let linear = result.linearNetwork
        var perceptron = regionPanel(result, result.perceptron.regions,
                                     title: "Perceptron · \(FigureText.percent(result.perceptron.accuracy))")
        perceptron.straightLines = [StraightLine(result.perceptron.bestLine, label: "best line")]
        var panels: [any Chart] = [
            perceptron,
            regionPanel(result, linear.regions,
                        title: "\(linear.layers.count) linear layers · \(FigureText.percent(linear.accuracy))"),
        ]
        for network in result.networks {
            panels.append(regionPanel(result, network.regions,
                                      title: "\(network.sizes.count - 1) layers + \(activationName(network.activation)) · \(FigureText.percent(network.accuracy))"))
        }
        let regions = Figure(panels: panels)

        let sizes = [linear.layers[0].inputs] + linear.layers.map(\.outputs)
        var layers: [NetworkLayer] = [NetworkLayer(name: "input", count: sizes[0], labels: ["x₁", "x₂"])]
        for (index, width) in sizes.dropFirst().enumerated() {
            let last = index == sizes.count - 2
            layers.append(NetworkLayer(name: last ? "output z" : "linear layer \(index + 1)", count: width,
                                       labels: last ? ["z"] : []))
        }
        let deep = NetworkDiagram(layers: layers, weights: linear.layers.map(\.weights),
                                  title: "Trained without activations: z = W₃(W₂(W₁x + b₁) + b₂) + b₃",
                                  showsKey: false, width: regions.width * 0.62, height: 300)
        let product = linear.product
        let productLayers = [
            NetworkLayer(name: "input", nodes: (0 ..< product.inputs).map { index in
                NetworkNode(label: "x" + FigureText.subscriptDigit(index + 1),
                            note: "w" + FigureText.subscriptDigit(index + 1) + " = " + FigureText.significant(product.weights[0][index], digits: 2))
            }),
            NetworkLayer(name: "output z", nodes: [NetworkNode(label: "z", note: "b = " + FigureText.significant(product.biases[0], digits: 2))]),
        ]
        let single = NetworkDiagram(layers: productLayers, weights: [product.weights],
                                    title: "= one layer, W = W₃W₂W₁", showsKey: false,
                                    width: regions.width - regions.width * 0.62 - 8, height: 300)
        let chart = Figure(columns: 1, panels: [regions, Figure(panels: [deep, single])])

        let weightText = "(" + product.weights[0].map { FigureText.significant($0, digits: 2) }.joined(separator: ", ") + ")"
        let nonlinear = result.networks.map { network in
            let loss = FigureText.significant(network.losses[network.losses.count - 1])
            return "\(activationName(network.activation)) \(FigureText.percent(network.accuracy)) (loss \(loss))"
        }
        let perceptronRun = FigureText.count(result.perceptron.mistakesPerEpoch.count, "epoch")
        let linearLoss = FigureText.significant(linear.losses[linear.losses.count - 1])
        let bias = FigureText.significant(product.biases[0], digits: 2)
        let caption = [
            "XOR: (0,0) and (1,1) are class 0 (triangles), (0,1) and (1,0) class 1 (squares); no straight line separates them.",
            "The perceptron never has an epoch without mistakes (\(perceptronRun) run); its best line gets \(FigureText.percent(result.perceptron.accuracy)).",
            "A network of \(linear.layers.count) dense layers (\(sizes.map(String.init).joined(separator: "-"))) without activations, trained \(result.steps) steps with \(result.optimizer.summary), gets \(FigureText.percent(linear.accuracy)) (loss \(linearLoss); ln 2 = 0.693 is a constant guess):",
            "its layers multiply out to the one layer W = \(weightText), b = \(bias), which agrees with the network to \(FigureText.scientific(linear.maximumDifferenceFromProduct)) on the grid, and one layer draws at most one line.",
            "The same network with an activation between the layers separates XOR: \(FigureText.list(nonlinear)).",
        ].joined(separator: " ")
        let accuracies = result.networks.map { "\($0.activation) \(FigureText.percent($0.accuracy))" }
        let summary = "accuracy: perceptron \(FigureText.percent(result.perceptron.accuracy)), linear \(FigureText.percent(linear.accuracy)), "
            + accuracies.joined(separator: ", ")
        return DrawnFigure(.xor, chart: chart, caption: caption, summary: summary)
    }

    /// One network's regions under the four points, square and titled.
    private static func regionPanel(_ result: XORResult, _ grid: DecisionGrid, title: String) -> Plot {
        var plot = Plot(title: title, xLabel: "x₁", yLabel: "x₂", xRange: result.box.xRange, yRange: result.box.yRange,
                        width: 304, height: 320, legend: .hidden, equalAspect: true)
        plot.regions = DecisionRegions(grid)
        plot.scatter = [
            .dataClass(0, of: result.points, name: "class 0", size: 14),
            .dataClass(1, of: result.points, name: "class 1", size: 14),
        ]
        return plot
    }

    static func activationName(_ name: String) -> String {
        switch name {
        case "relu": return "ReLU"
        case "tanh": return "tanh"
        default: return name
        }
    }
}
