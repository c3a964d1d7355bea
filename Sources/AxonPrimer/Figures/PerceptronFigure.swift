import Axon

/// Figure 2: the two classes with the perceptron's line after every epoch,
/// the random start dashed, earlier lines fainter, each labelled with its
/// epoch; beside it the mistakes of every epoch, falling to zero.
enum PerceptronFigure {
    static func draw(_ result: PerceptronResult) -> DrawnFigure {
        // The line of the epoch without mistakes equals the one before it.
        let lastMoved = result.convergedAfterEpoch ?? result.epochs
        var lines = Plot(title: "The line after each epoch", xLabel: "x₁", yLabel: "x₂",
                         xRange: result.box.xRange, yRange: result.box.yRange, width: 560, height: 520,
                         legend: .bottomRight, equalAspect: true)
        lines.scatter = [
            .dataClass(0, of: result.points, name: "class 0 (triangles)", size: 10),
            .dataClass(1, of: result.points, name: "class 1 (squares)", size: 10),
        ]
        var placed: [Point2D] = []
        // The last line first, so that its label always finds room.
        for epoch in stride(from: lastMoved, through: 0, by: -1) {
            let line = result.lines[epoch]
            guard line.isDefined else { continue }
            let look = lineLook(epoch: epoch, last: lastMoved)
            lines.straightLines.insert(StraightLine(line, color: look.color, dash: look.dash, width: look.width), at: 0)
            guard let spot = labelSpot(line, box: result.box, avoiding: placed) else { continue }
            placed.append(spot)
            let text = epoch == 0 ? "epoch 0 (start)" : (epoch == lastMoved ? "epoch \(epoch) (final)" : "epoch \(epoch)")
            lines.annotations.append(Annotation(x: spot.x, y: spot.y, text: text, marker: nil,
                                                color: look.color.withOpacity(1)))
        }

        let epochs = (1 ... Swift.max(result.epochs, 1)).map(Double.init)
        var mistakes = Plot(title: "Mistakes per epoch", xLabel: "epoch", yLabel: "points",
                            yRange: 0 ... Double(Swift.max(result.misclassifiedAfterEpoch.max() ?? 1, 1)),
                            width: 440, height: 520, legend: .topRight)
        mistakes.lines = [
            LineSeries("updates during the epoch", x: Array(epochs.prefix(result.mistakesPerEpoch.count)),
                       y: result.mistakesPerEpoch.map(Double.init), color: .blue, marker: .circle),
            LineSeries("on the wrong side after it", y: result.misclassifiedAfterEpoch.map(Double.init),
                       color: .vermillion, dash: .dashed, marker: .square),
        ]
        if result.converged {
            mistakes.annotations = [Annotation(x: Double(result.epochs), y: 0, text: "epoch \(result.epochs): no mistake",
                                               marker: .star, color: .black, markerSize: 14)]
        }

        let classCounts = [0, 1].map { label in result.points.filter { $0.label == label }.count }
        let perEpoch = FigureText.list(result.mistakesPerEpoch.map(String.init))
        let rate = FigureText.significant(result.learningRate), epochCount = FigureText.count(result.epochs, "epoch")
        var caption = [
            "Rosenblatt's rule, w ← w + η(y − ŷ)x and b ← b + η(y − ŷ) after each point, with η = \(rate), on \(result.points.count) linearly separable points (\(classCounts[0]) triangles, \(classCounts[1]) squares) visited in a random order.",
            "The random start (epoch 0, dashed) has \(result.misclassifiedAfterEpoch[0]) of \(result.points.count) points on the wrong side.",
            "The rule made \(perEpoch) updates in epochs 1 to \(result.epochs)",
        ].joined(separator: " ")
        let summary: String
        if result.converged {
            caption += ": the line stopped moving after epoch \(lastMoved) and epoch \(result.epochs) made no mistake, so the perceptron converged in \(epochCount)."
            summary = "converged in \(epochCount) (η = \(rate))"
        } else {
            caption += " and still made mistakes: it did not converge."
            summary = "did not converge in \(epochCount)"
        }
        let final = result.lines[lastMoved]
        caption += " Final line: \(equation(final))."
        return DrawnFigure(.perceptron, chart: Figure(panels: [lines, mistakes]), caption: caption, summary: summary)
    }

    /// `0.121·x₁ + 0.196·x₂ − 0.032 = 0`.
    static func equation(_ line: Line2D) -> String {
        func signed(_ value: Double) -> String {
            (value < 0 ? " − " : " + ") + FigureText.decimal(Swift.abs(value))
        }
        return FigureText.decimal(line.w1) + "·x₁" + signed(line.w2) + "·x₂" + signed(line.b) + " = 0"
    }

    /// Epoch 0 dashed purple, the final line black and bold, those between
    /// grey, darker for later epochs.
    private static func lineLook(epoch: Int, last: Int) -> (color: Color, dash: LineDash, width: Double) {
        if epoch == last { return (.black, .solid, 2.5) }
        if epoch == 0 { return (.reddishPurple, .dashed, 2) }
        return (Color.darkGray.withOpacity(0.25 + 0.5 * Double(epoch) / Double(last)), .solid, 1.5)
    }

    /// A point on `line` inside `box` for its label, clear of the labels
    /// already `placed`; nil when every candidate is taken.
    static func labelSpot(_ line: Line2D, box: PlotBox, avoiding placed: [Point2D]) -> Point2D? {
        guard let (start, end) = segment(of: line, in: box) else { return nil }
        // Label room in data units: about a label's width and height.
        let roomX = 0.2 * (box.xMax - box.xMin), roomY = 0.05 * (box.yMax - box.yMin)
        for t in [0.12, 0.88, 0.3, 0.7, 0.5] {
            let spot = Point2D(x: start.x + t * (end.x - start.x), y: start.y + t * (end.y - start.y))
            let clear = placed.allSatisfy { Swift.abs($0.x - spot.x) > roomX || Swift.abs($0.y - spot.y) > roomY }
            if clear { return spot }
        }
        return nil
    }

    /// Where `line` enters and leaves `box`, left to right; nil when it
    /// misses the box.
    static func segment(of line: Line2D, in box: PlotBox) -> (Point2D, Point2D)? {
        var points: [Point2D] = []
        if line.w2 != 0 {
            for x in [box.xMin, box.xMax] {
                let y = -(line.w1 * x + line.b) / line.w2
                if y >= box.yMin && y <= box.yMax { points.append(Point2D(x: x, y: y)) }
            }
        }
        if line.w1 != 0 {
            for y in [box.yMin, box.yMax] {
                let x = -(line.w2 * y + line.b) / line.w1
                if x >= box.xMin && x <= box.xMax { points.append(Point2D(x: x, y: y)) }
            }
        }
        points.sort { ($0.x, $0.y) < ($1.x, $1.y) }
        guard let first = points.first, let last = points.last, first != last else { return nil }
        return (first, last)
    }
}
