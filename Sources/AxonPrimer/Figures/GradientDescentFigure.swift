import Axon

/// Figure 8: the points and the line being fitted, the descent's path over
/// the contours of the loss L(w, b), and the loss after every step.
enum GradientDescentFigure {
    static func draw(_ result: GradientDescentResult) -> DrawnFigure {
        let path = result.path
        let start = path.points[0], end = path.points[path.points.count - 1]
        let rate = FigureText.significant(path.optimizer.learningRate)

        var fit = Plot(title: "The line y = w·x + b", xLabel: "x", yLabel: "y", width: 380, height: 420, legend: .topLeft)
        fit.scatter = [ScatterSeries("data", x: result.data.map(\.x), y: result.data.map(\.y), marker: .circle,
                                     color: .blue, size: 7)]
        fit.straightLines = [
            StraightLine(slope: start.x, intercept: start.y, label: "start", color: .reddishPurple, dash: .dashed),
            StraightLine(slope: end.x, intercept: end.y, label: "after \(FigureText.count(path.steps, "step"))", color: .black,
                         dash: .solid, width: 2.25),
        ]

        var surface = Plot(title: "The steps over L(w, b)", xLabel: "w", yLabel: "b", xRange: result.box.xRange,
                           yRange: result.box.yRange, width: 460, height: 420, legend: .hidden)
        surface.contours = ContourLayer(result.grid, levels: .logarithmic(count: 12))
        surface.lines = [LineSeries(path: path, name: "steps")]
        surface.annotations = [
            Annotation(x: start.x, y: start.y, text: "start (\(FigureText.decimal(start.x, places: 2)), \(FigureText.decimal(start.y, places: 2)))",
                       marker: .circle, color: .reddishPurple),
            Annotation(x: end.x, y: end.y, text: "step \(path.steps)", marker: .star, color: .black, markerSize: 13),
        ]

        var loss = Plot(title: "Loss per step", xLabel: "step", yLabel: "L(w, b)", yScale: .logarithmic,
                        width: 380, height: 420, legend: .hidden)
        loss.lines = [LineSeries(y: path.losses, color: SeriesLook.optimizer(path.optimizer.name).color, marker: .circle,
                                 markerSize: 4)]

        let before = FigureText.significant(path.losses[0])
        let after = FigureText.significant(path.losses[path.losses.count - 1])
        let gradient = FigureText.significant(path.gradientNorms[path.gradientNorms.count - 1])
        let origin = "(\(FigureText.decimal(start.x, places: 2)), \(FigureText.decimal(start.y, places: 2)))"
        let caption = [
            "Gradient descent fits a line y = w·x + b to \(result.data.count) points by descending the mean squared error \(result.formula):",
            "each step moves (w, b) against the gradient, w ← w − γ·∂L/∂w and b ← b − γ·∂L/∂b, with γ = \(rate) and the gradient from Axon's autograd.",
            "From (w, b) = \(origin), \(FigureText.count(path.steps, "step")) take the loss from \(before) to \(after) at (\(FigureText.decimal(end.x)), \(FigureText.decimal(end.y))), where ‖∇L‖ = \(gradient).",
            "Each step leaves its point at right angles to the contour through it, so on these stretched ellipses the first steps cross the valley before the path turns along its floor to the minimum.",
        ].joined(separator: " ")
        return DrawnFigure(.gradientDescent, chart: Figure(panels: [fit, surface, loss]), caption: caption,
                           summary: "L \(before) → \(after) in \(FigureText.count(path.steps, "step")) (γ = \(rate))")
    }
}
