import Axon

/// Figure 11: five optimizers' paths over the contours of a narrow valley
/// and of a saddle, each optimizer in its own colour, dash and marker.
enum OptimizerPathsFigure {
    static func draw(_ result: OptimizerPathsResult) -> DrawnFigure {
        var valley = panel(result.valley, title: "Narrow valley: \(result.valley.formula)", legend: .bottomRight)
        valley.annotations.append(Annotation(x: 0, y: 0, text: "minimum", marker: .star, color: .black, markerSize: 12))
        var saddle = panel(result.saddle, title: "Saddle: \(result.saddle.formula)", legend: .bottomLeft)
        saddle.annotations.append(Annotation(x: 0, y: 0, text: "saddle point", marker: .diamond, color: .black))
        for y in [-1.0, 1.0] {
            saddle.annotations.append(Annotation(x: 0, y: y, text: "minimum", marker: .star, color: .black, markerSize: 12))
        }

        func outcomes(_ surface: SurfacePaths) -> String {
            FigureText.list(surface.paths.map { path in
                "\(path.optimizer.name) \(FigureText.significant(path.losses[path.losses.count - 1]))"
            })
        }
        let steps = result.valley.paths.first?.steps ?? 0
        let caption = [
            "Gradient descent, momentum, AdaGrad, RMSProp and Adam (Axon's SGD, AdaGrad, RMSProp and Adam), \(FigureText.count(steps, "step")) each.",
            "Left, the valley \(result.valley.formula) from \(point(result.valley.start)), 20 times more curved across than along:",
            "plain gradient descent, at a step size near its limit across the valley, zig-zags across it while it crawls along it; momentum gathers speed along the floor and overshoots; the adaptive methods scale each coordinate by its own gradient history.",
            "Final f: \(outcomes(result.valley)).",
            "Right, the saddle \(result.saddle.formula) from \(point(result.saddle.start)), a hair off the ridge y = 0:",
            "the gradient that leads off the saddle is tiny there, so gradient descent stalls at the saddle point, momentum slowly gathers the speed to leave it, and the adaptive methods, which divide by the gradient's size, escape to a minimum (f = −0.25) at once.",
            "Final f: \(outcomes(result.saddle)). The settings are in the table below.",
        ].joined(separator: " ")
        var rows: [[String]] = []
        for surface in [result.valley, result.saddle] {
            for path in surface.paths {
                let settings = String(path.optimizer.summary.dropFirst(path.optimizer.name.count + 2))
                rows.append([surface.surface, path.optimizer.name, settings, point(path.points[path.points.count - 1]),
                             FigureText.significant(path.losses[path.losses.count - 1])])
            }
        }
        let table = FigureTable(title: "Settings and where each path ended after \(FigureText.count(steps, "step"))",
                                header: ["surface", "optimizer", "settings", "final (x, y)", "final f"], rows: rows)
        let escaped = result.saddle.paths.filter { $0.losses[$0.losses.count - 1] < -0.2 }.map(\.optimizer.name)
        return DrawnFigure(.optimizerPaths, chart: Figure(panels: [valley, saddle]), caption: caption,
                           summary: "off the saddle to a minimum: " + (escaped.isEmpty ? "none" : escaped.joined(separator: ", ")),
                           tables: [table])
    }

    /// One surface's contours with every path on them.
    private static func panel(_ surface: SurfacePaths, title: String, legend: LegendPlacement) -> Plot {
        var plot = Plot(title: title, xLabel: "x", yLabel: "y", xRange: surface.box.xRange, yRange: surface.box.yRange,
                        width: 612, height: 480, legend: legend)
        plot.contours = ContourLayer(surface.grid, levels: .automatic(count: 14))
        plot.contours?.lineColor = Color.gray.withOpacity(0.6)
        plot.contours?.lineWidth = 1
        plot.lines = surface.paths.map { path in
            var line = LineSeries(path: path)
            // Wider, so that it still shows where other paths run over it.
            if path.optimizer.rule == .sgd(momentum: 0) { line.width = 3 }
            return line
        }
        plot.annotations = [Annotation(x: surface.start.x, y: surface.start.y, text: "start", color: .black)]
        return plot
    }

    /// `(−9, 2.5)`.
    static func point(_ point: Point2D) -> String {
        "(\(FigureText.significant(point.x)), \(FigureText.significant(point.y)))"
    }
}
