import Axon

// The experiments' plain values as AxonPlot's layers, and the looks that
// stay the same from figure to figure: triangles and squares for the two
// classes, one colour, dash and marker per optimizer.

extension PlotBox {
    /// The box's x extent.
    var xRange: ClosedRange<Double> { xMin ... xMax }
    /// The box's y extent.
    var yRange: ClosedRange<Double> { yMin ... yMax }
}

extension ContourLayer {
    /// Contours of an experiment's grid at `levels`.
    init(_ grid: Grid2D, levels: ContourLevels) {
        let columns = grid.xs.count
        let rows = grid.ys.indices.map { row in Array(grid.values[row * columns ..< (row + 1) * columns]) }
        self.init(xRange: grid.xs[0] ... grid.xs[columns - 1], yRange: grid.ys[0] ... grid.ys[grid.ys.count - 1],
                  values: rows, levels: levels)
    }
}

extension DecisionRegions {
    /// The classes of an experiment's decision grid, each cell centred on
    /// the grid point where the class was computed (so the cells reach half
    /// a step past the grid's first and last points).
    init(_ grid: DecisionGrid) {
        let columns = grid.xs.count
        let halfX = (grid.xs[columns - 1] - grid.xs[0]) / Double(columns - 1) / 2
        let halfY = (grid.ys[grid.ys.count - 1] - grid.ys[0]) / Double(grid.ys.count - 1) / 2
        let rows = grid.ys.indices.map { row in Array(grid.classes[row * columns ..< (row + 1) * columns]) }
        self.init(xRange: (grid.xs[0] - halfX) ... (grid.xs[columns - 1] + halfX),
                  yRange: (grid.ys[0] - halfY) ... (grid.ys[grid.ys.count - 1] + halfY), classes: rows)
    }
}

extension StraightLine {
    /// A neuron's boundary w₁x + w₂y + b = 0.
    init(_ line: Line2D, label: String? = nil, color: Color = .black, dash: LineDash = .solid, width: Double = 1.75) {
        self.init(a: line.w1, b: line.w2, c: line.b, label: label, color: color, dash: dash, width: width)
    }
}

/// How one series looks: its colour, dash and marker.
struct SeriesLook {
    var color: Color
    var dash: LineDash
    var marker: MarkerShape

    /// The two classes of figures 2 and 3: class 0 are triangles, class 1
    /// squares, in the colours ``DecisionRegions`` tints their regions with.
    static func dataClass(_ label: Int) -> SeriesLook {
        SeriesLook(color: Palette.color(label), dash: .solid, marker: label == 0 ? .triangle : .square)
    }

    /// The look of an optimizer by its legend name, the same in figures 10,
    /// 11 and 12: batch descent (also "Gradient descent" on a surface, which
    /// has no data to batch), stochastic, mini-batch, momentum, AdaGrad,
    /// RMSProp, Adam; each its own colour, dash and marker, so the lines
    /// stay apart in greyscale too.
    static func optimizer(_ name: String) -> SeriesLook {
        let order = ["BGD", "SGD", "Mini-batch", "Momentum", "AdaGrad", "RMSProp", "Adam"]
        let aliases = ["Batch": "BGD", "Gradient descent": "BGD", "Stochastic": "SGD"]
        let index = order.firstIndex(of: aliases[name] ?? name) ?? order.count
        let markers: [MarkerShape] = [.circle, .triangle, .square, .diamond, .triangleDown, .cross, .star, .plus]
        let dashes: [LineDash] = [.solid, .dashed, .solid, .dashDot, .dotted, .dashed, .solid, .dotted]
        return SeriesLook(color: Palette.color(index), dash: dashes[index], marker: markers[index])
    }
}

extension ScatterSeries {
    /// The points of one class as triangles (class 0) or squares (class 1).
    static func dataClass(_ label: Int, of points: [LabeledPoint], name: String, size: Double = 9) -> ScatterSeries {
        let chosen = points.filter { $0.label == label }
        let look = SeriesLook.dataClass(label)
        return ScatterSeries(name, x: chosen.map(\.x), y: chosen.map(\.y), marker: look.marker, color: look.color,
                             size: size)
    }
}

extension LineSeries {
    /// An optimizer's path over a surface, in the optimizer's look, with a
    /// small marker at every step when `markers` (the default) is true.
    init(path: DescentPath, name: String? = nil, markers: Bool = true) {
        let look = SeriesLook.optimizer(path.optimizer.name)
        self.init(name ?? path.optimizer.name, x: path.points.map(\.x), y: path.points.map(\.y), color: look.color,
                  dash: look.dash, width: 1.75, marker: markers ? look.marker : nil, markerSize: 5)
    }
}
