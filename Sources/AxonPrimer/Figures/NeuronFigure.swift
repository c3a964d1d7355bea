import Axon

/// Figure 1: the AND and the OR neuron side by side, each drawn as inputs,
/// weights, weighted sum, threshold and output with one worked input, above
/// its truth table as the neuron computed it.
enum NeuronFigure {
    /// The input pair worked through in both neurons: the same input, a
    /// different threshold, a different answer.
    static let workedInputs: [Double] = [1, 0]

    static func draw(_ result: NeuronResult) -> DrawnFigure {
        let panels: [any Chart] = result.neurons.map { NeuronDiagram(neuron: $0, worked: workedRow(of: $0)) }
        var sentences = ["A McCulloch–Pitts neuron adds its weighted binary inputs, z = w₁x₁ + w₂x₂, and fires (y = 1) when z exceeds its threshold θ: y = step(z − θ)."]
        for neuron in result.neurons {
            let row = workedRow(of: neuron)
            let relation = row.weightedSum > neuron.threshold ? ">" : "≤"
            let threshold = number(neuron.threshold)
            let outputs = neuron.rows.map { String($0.output) }.joined(separator: ", ")
            sentences.append("\(neuron.name): w = \(weights(neuron)), θ = \(threshold); for x = \(inputs(row)), z = \(number(row.weightedSum)) \(relation) \(threshold), so y = \(row.output); its outputs on (0,0), (0,1), (1,0), (1,1) are \(outputs).")
        }
        sentences.append("Every sum and output was computed by Axon (Tensor.linear, then step).")
        let tables = result.neurons.map { neuron in
            FigureTable(title: "\(neuron.name) neuron: w = \(weights(neuron)), θ = \(number(neuron.threshold))",
                        header: ["x₁", "x₂", "z = w·x", "z > θ?", "y"],
                        rows: neuron.rows.map { row in
                            [number(row.inputs[0]), number(row.inputs[1]), number(row.weightedSum),
                             row.weightedSum > neuron.threshold ? "yes" : "no", String(row.output)]
                        })
        }
        let summary = result.neurons.map { "\($0.name) with θ = \(number($0.threshold)): \($0.rows.map { String($0.output) }.joined())" }
        return DrawnFigure(.neuron, chart: Figure(panels: panels), caption: sentences.joined(separator: " "),
                           summary: summary.joined(separator: "; "), tables: tables)
    }

    /// The row of the worked input, or the last row when the table lacks it.
    static func workedRow(of neuron: ThresholdNeuron) -> TruthTableRow {
        neuron.rows.first { $0.inputs == workedInputs } ?? neuron.rows[neuron.rows.count - 1]
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? FigureText.decimal(value, places: 0) : FigureText.significant(value)
    }

    static func weights(_ neuron: ThresholdNeuron) -> String {
        "(" + neuron.weights.map(number).joined(separator: ", ") + ")"
    }

    static func inputs(_ row: TruthTableRow) -> String {
        "(" + row.inputs.map(number).joined(separator: ", ") + ")"
    }
}

/// One threshold neuron drawn for figure 1: the inputs of its worked row
/// flowing through weights, the sum and the threshold to the output, and
/// its truth table underneath with the worked row marked.
struct NeuronDiagram: Chart {
    let neuron: ThresholdNeuron
    let worked: TruthTableRow
    let width = 600.0
    let height = 400.0

    func draw(in canvas: inout SVGCanvas, frame: CanvasRect) {
        // Laid out on a 600 × 400 design, stretched to the frame.
        let sx = frame.width / width, sy = frame.height / height
        func at(_ x: Double, _ y: Double) -> CanvasPoint { CanvasPoint(x: frame.x + x * sx, y: frame.y + y * sy) }
        let ink = Color.darkGray
        let accent = worked.output == 1 ? Color.bluishGreen : Color.vermillion
        let label = TextStyle(size: 14, anchor: .middle, baseline: .middle)
        let small = TextStyle(size: 12, color: .darkGray, anchor: .middle, baseline: .middle)

        canvas.text("\(neuron.name) neuron: w = \(NeuronFigure.weights(neuron)), θ = \(NeuronFigure.number(neuron.threshold))",
                    at: at(300, 22), style: TextStyle(size: 16, anchor: .middle, baseline: .middle, weight: .bold))

        // Inputs and their weights.
        let sum = at(270, 120), sumRadius = 32.0
        for index in 0 ..< 2 {
            let y = 80.0 + 80 * Double(index)
            let input = at(70, y)
            canvas.circle(center: input, radius: 22, fill: .white, stroke: Stroke(color: ink, width: 1.5))
            canvas.text(NeuronFigure.number(worked.inputs[index]), at: input, style: label)
            canvas.text("x" + FigureText.subscriptDigit(index + 1), at: at(30, y), style: label)
            let start = at(92, y)
            let dx = sum.x - start.x, dy = sum.y - start.y
            let length = (dx * dx + dy * dy).squareRoot()
            let end = CanvasPoint(x: sum.x - dx / length * (sumRadius + 2), y: sum.y - dy / length * (sumRadius + 2))
            canvas.arrow(from: start, to: end, stroke: Stroke(color: ink, width: 1.5))
            // Above the upper arrow, below the lower one.
            let weightY = index == 0 ? y - 14 : y + 14
            canvas.text("w" + FigureText.subscriptDigit(index + 1) + " = " + NeuronFigure.number(neuron.weights[index]),
                        at: at(170, weightY), style: small)
        }

        // The weighted sum.
        canvas.circle(center: sum, radius: sumRadius, fill: Color.skyBlue.mixed(with: .white, fraction: 0.75),
                      stroke: Stroke(color: ink, width: 1.5))
        canvas.text("Σ", at: sum, style: TextStyle(size: 24, anchor: .middle, baseline: .middle))
        let terms = zip(neuron.weights, worked.inputs).map { "\(NeuronFigure.number($0))·\(NeuronFigure.number($1))" }
        canvas.text("z = " + terms.joined(separator: " + ") + " = " + NeuronFigure.number(worked.weightedSum),
                    at: at(270, 178), style: small)

        // The threshold: a box holding the step function.
        let box = CanvasRect(x: frame.x + 350 * sx, y: frame.y + 88 * sy, width: 90 * sx, height: 64 * sy)
        canvas.arrow(from: at(302, 120), to: at(348, 120), stroke: Stroke(color: ink, width: 1.5))
        canvas.rect(box, fill: .white, stroke: Stroke(color: ink, width: 1.5), cornerRadius: 6)
        var step = CanvasPath()
        step.move(to: at(362, 138))
        step.line(to: at(395, 138))
        step.line(to: at(395, 102))
        step.line(to: at(428, 102))
        canvas.path(step, fill: nil, stroke: Stroke(color: .blue, width: 2))
        canvas.text("θ = " + NeuronFigure.number(neuron.threshold), at: at(395, 166), style: small)
        canvas.text("step(z − θ)", at: at(395, 76), style: small)

        // The output.
        let output = at(530, 120)
        canvas.arrow(from: at(442, 120), to: at(506, 120), stroke: Stroke(color: ink, width: 1.5))
        canvas.circle(center: output, radius: 22, fill: accent.mixed(with: .white, fraction: 0.6),
                      stroke: Stroke(color: ink, width: 1.5))
        canvas.text(String(worked.output), at: output, style: label)
        canvas.text("y", at: at(530, 84), style: label)
        let relation = worked.weightedSum > neuron.threshold ? ">" : "≤"
        canvas.text("x = \(NeuronFigure.inputs(worked)): z = \(NeuronFigure.number(worked.weightedSum)) \(relation) θ = \(NeuronFigure.number(neuron.threshold)), so y = \(worked.output)",
                    at: at(300, 212), style: TextStyle(size: 13, anchor: .middle, baseline: .middle))

        drawTruthTable(in: &canvas, at: at)
    }

    /// The truth table under the neuron, the worked row shaded.
    private func drawTruthTable(in canvas: inout SVGCanvas, at: (Double, Double) -> CanvasPoint) {
        let columns = ["x₁", "x₂", "z", "y"]
        let cellWidth = 70.0, rowHeight = 26.0
        let left = 300 - cellWidth * Double(columns.count) / 2
        let top = 240.0
        let header = TextStyle(size: 13, anchor: .middle, baseline: .middle, weight: .bold)
        let body = TextStyle(size: 13, anchor: .middle, baseline: .middle)
        for (index, name) in columns.enumerated() {
            canvas.text(name, at: at(left + (Double(index) + 0.5) * cellWidth, top + rowHeight / 2), style: header)
        }
        for (rowIndex, row) in neuron.rows.enumerated() {
            let y = top + rowHeight * Double(rowIndex + 1)
            if row == worked {
                let topLeft = at(left, y), bottomRight = at(left + cellWidth * Double(columns.count), y + rowHeight)
                canvas.rect(CanvasRect(x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x,
                                       height: bottomRight.y - topLeft.y), fill: Color.lightGray.withOpacity(0.6))
            }
            let cells = row.inputs.map(NeuronFigure.number) + [NeuronFigure.number(row.weightedSum), String(row.output)]
            for (index, cell) in cells.enumerated() {
                var style = body
                if index == cells.count - 1 { style.weight = .bold }
                canvas.text(cell, at: at(left + (Double(index) + 0.5) * cellWidth, y + rowHeight / 2), style: style)
            }
        }
        let rule = Stroke(color: .darkGray, width: 1)
        canvas.line(from: at(left, top + rowHeight), to: at(left + cellWidth * Double(columns.count), top + rowHeight), stroke: rule)
        let divider = left + cellWidth * Double(columns.count - 1)
        canvas.line(from: at(divider, top), to: at(divider, top + rowHeight * Double(neuron.rows.count + 1)), stroke: rule)
    }
}
