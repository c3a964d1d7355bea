import Axon

/// Figure 9: gradient descent with three step sizes on figure 8's loss,
/// each path over the contours, then their losses on one log axis with the
/// step where the too-large run diverges marked.
enum LearningRateFigure {
    static func draw(_ result: LearningRateResult) -> DrawnFigure {
        var paths: [any Chart] = []
        var loss = Plot(title: "Loss per step", xLabel: "step", yLabel: "L(w, b)", yScale: .logarithmic,
                        width: 1240, height: 340, legend: .outsideRight)
        let colors: [Color] = [.reddishPurple, .blue, .vermillion]
        let markers: [MarkerShape] = [.triangle, .circle, .square]
        let dashes: [LineDash] = [.dashed, .solid, .dotted]
        for (index, run) in result.runs.enumerated() {
            let path = run.path
            let rate = FigureText.significant(path.optimizer.learningRate)
            let color = colors[index % colors.count]
            var plot = Plot(title: "γ = \(rate): \(run.label)", xLabel: "w", yLabel: "b", caption: outcome(run, result),
                            xRange: result.box.xRange, yRange: result.box.yRange, width: 408, height: 400,
                            legend: .hidden)
            plot.contours = ContourLayer(result.grid, levels: .logarithmic(count: 12))
            plot.contours?.lineColor = Color.gray.withOpacity(0.7)
            // A diverging path is drawn until it first leaves the chart: past
            // that its ever longer steps only criss-cross the picture.
            let inside = { (point: Point2D) in result.box.xRange.contains(point.x) && result.box.yRange.contains(point.y) }
            var shown = path.points
            if run.divergenceStep != nil, let exit = path.points.firstIndex(where: { !inside($0) }), exit > 0 {
                shown = Array(path.points.prefix(exit + 1))
                plot.annotations.append(Annotation(x: path.points[exit - 1].x, y: path.points[exit - 1].y,
                                                   text: "step \(exit - 1); step \(exit) leaves the chart", marker: .cross,
                                                   color: color, markerSize: 12))
            }
            plot.lines = [LineSeries(x: shown.map(\.x), y: shown.map(\.y), color: color, width: 1.75,
                                     marker: markers[index % markers.count], markerSize: 5)]
            plot.annotations.insert(Annotation(x: path.points[0].x, y: path.points[0].y, text: "start", color: .black), at: 0)
            paths.append(plot)
            loss.lines.append(LineSeries("γ = \(rate) (\(run.label))", y: path.losses, color: color,
                                         dash: dashes[index % dashes.count], marker: markers[index % markers.count],
                                         markerSize: 4))
            if let step = run.divergenceStep {
                loss.referenceLines.append(ReferenceLine(x: Double(step), label: "diverged at step \(step)", color: color))
                loss.annotations.append(Annotation(x: Double(step), y: path.losses[step], marker: .cross, color: color,
                                                   markerSize: 12))
            }
            if let step = run.convergenceStep {
                loss.annotations.append(Annotation(x: Double(step), y: path.losses[step], text: "converged, step \(step)",
                                                   marker: .star, color: color, markerSize: 12))
            }
        }
        let chart = Figure(columns: 1, panels: [Figure(panels: paths), loss])

        let outcomes = result.runs.map { run in
            "γ = \(FigureText.significant(run.path.optimizer.learningRate)) (\(run.label)) \(outcome(run, result))"
        }
        let tolerance = FigureText.significant(result.gradientTolerance)
        let factor = FigureText.scientific(result.divergenceFactor, digits: 1)
        let caption = [
            "Gradient descent on figure 8's loss \(result.formula) from the same start with three step sizes γ.",
            "L is quadratic, so descent converges exactly for γ below the limit 2/λ = \(FigureText.significant(result.stabilityLimit)), λ the largest curvature of L (its Hessian from Axon's autograd): the right step is 2/(λ + μ) (μ the smallest curvature), the too-large one is past the limit, the too-small one is 20 times smaller than the right one.",
            "A run has converged at the first step with ‖∇L‖ < \(tolerance) and diverged at the first step whose loss passes \(factor) times the starting loss.",
            outcomes.joined(separator: "; ") + ".",
            "Too small a step crawls down the valley; too large a step overshoots the valley floor further each time, so the path zig-zags outwards and the loss, after falling at first, grows without bound.",
        ].joined(separator: " ")
        let summary = result.runs.map { run -> String in
            let rate = "γ = \(FigureText.significant(run.path.optimizer.learningRate))"
            if let step = run.divergenceStep { return "\(rate) diverges at step \(step)" }
            if let step = run.convergenceStep { return "\(rate) converges at step \(step)" }
            return "\(rate) not converged after \(FigureText.count(run.path.steps, "step"))"
        }
        return DrawnFigure(.learningRate, chart: chart, caption: caption, summary: summary.joined(separator: ", "))
    }

    /// What became of a run, with its numbers.
    static func outcome(_ run: LearningRateRun, _ result: LearningRateResult) -> String {
        let losses = run.path.losses
        if let step = run.divergenceStep {
            return "diverged at step \(step), L = \(FigureText.significant(losses[step]))"
        }
        if let step = run.convergenceStep {
            return "converged at step \(step), L = \(FigureText.significant(losses[step]))"
        }
        return "not converged after \(FigureText.count(run.path.steps, "step")), L = \(FigureText.significant(losses[losses.count - 1]))"
    }
}
