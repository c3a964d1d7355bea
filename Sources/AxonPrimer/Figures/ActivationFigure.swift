import Axon

/// Figure 5: a small panel per activation, the function solid and its
/// derivative from backpropagation dashed.
enum ActivationFigure {
    static func draw(_ result: ActivationResult) -> DrawnFigure {
        let zero = result.xs.firstIndex { Swift.abs($0) < 1e-12 }
        var panels: [any Chart] = []
        for (index, curve) in result.curves.enumerated() {
            var plot = Plot(title: displayName(curve.name), xLabel: "x", caption: "f(x) = \(curve.formula)",
                            xRange: result.xs[0] ... result.xs[result.xs.count - 1], width: 340, height: 320,
                            legend: index == 0 ? .topLeft : .hidden)
            plot.lines = [
                LineSeries("f(x)", x: result.xs, y: curve.values, color: .blue),
                LineSeries("f′(x), autograd", x: result.xs, y: curve.derivatives, color: .vermillion, dash: .dashed),
            ]
            plot.referenceLines = [ReferenceLine(y: 0, color: .gray, dash: .dotted)]
            panels.append(plot)
        }
        var atZero: [String] = []
        if let zero {
            atZero = result.curves.map { "\(displayName($0.name)) \(FigureText.significant($0.derivatives[zero]))" }
        }
        let low = FigureText.significant(result.xs[0]), high = FigureText.significant(result.xs[result.xs.count - 1])
        let step = FigureText.significant(result.xs.count > 1 ? result.xs[1] - result.xs[0] : 0)
        var sentences = [
            "Every activation Axon has (\(result.curves.count)), f solid and f′ dashed, on \(result.xs.count) points from \(low) to \(high) in steps of \(step).",
            "Each f′ was computed by backpropagation, the gradient of Σᵢ f(xᵢ) with respect to every xᵢ from one backward(), not by a derivative formula.",
        ]
        if !atZero.isEmpty { sentences.append("At x = 0 autograd gives f′ = \(FigureText.list(atZero)).") }
        let caption = sentences.joined(separator: " ")
        let rows = result.curves.map { curve in
            [displayName(curve.name), curve.formula, curve.derivativeFormula,
             zero.map { FigureText.significant(curve.derivatives[$0]) } ?? "–"]
        }
        let table = FigureTable(title: "The activations and the derivatives autograd reproduces",
                                header: ["activation", "f(x)", "f′(x)", "f′(0) by autograd"], rows: rows)
        return DrawnFigure(.activations, chart: Figure(columns: 4, panels: panels), caption: caption,
                           summary: "\(result.curves.count) activations, f′ by autograd on \(result.xs.count) points",
                           tables: [table])
    }

    /// The name a reader knows: `ReLU`, `leaky ReLU`, `GELU (tanh)`.
    static func displayName(_ name: String) -> String {
        switch name {
        case "relu": return "ReLU"
        case "leaky-relu": return "leaky ReLU"
        case "elu": return "ELU"
        case "gelu": return "GELU"
        case "gelu-tanh": return "GELU (tanh approx.)"
        case "silu": return "SiLU"
        default: return name
        }
    }
}
