import Foundation

/// Which values a contour plot draws lines at.
public enum ContourLevels: Sendable, Equatable {
    /// About `count` evenly spaced 1-2-5 values strictly between the grid's
    /// smallest and largest finite values.
    case automatic(count: Int)
    /// `count` values evenly spaced on a log scale strictly between the
    /// smallest positive and the largest finite value (when nothing is
    /// positive, between a millionth of the largest and the largest): the
    /// choice for loss surfaces whose values span several decades.
    case logarithmic(count: Int)
    /// Exactly these values, in increasing order; non-finite ones are dropped.
    case values([Double])
}

/// A 2-D function's contours over a rectangle of the plot: lines at chosen
/// levels, optionally with the bands between them filled.
///
/// `values[row][column]` is the function at the grid point
/// x = `xRange.lowerBound + column·Δx`, y = `yRange.lowerBound + row·Δy`,
/// with Δx = width / (columns − 1) and Δy = height / (rows − 1): row 0 at the
/// bottom, the last row and column on the far edges. Non-finite samples
/// leave holes. Lines are found by marching squares.
///
/// Colours follow ``colorScale`` (``ColorScale/viridis`` by default) from
/// the lowest level to the highest, so lower is darker.
public struct ContourLayer: Sendable {
    /// The x extent of the grid; also the plot's x range unless the plot
    /// sets one.
    public var xRange: ClosedRange<Double>
    /// The y extent of the grid; also the plot's y range unless the plot
    /// sets one.
    public var yRange: ClosedRange<Double>
    /// The sampled values, row 0 at the bottom; rows equally long.
    public var values: [[Double]]
    /// Which levels get a line. The default value is `.automatic(count: 10)`.
    public var levels: ContourLevels
    /// Whether the bands between levels are filled with the scale's colours.
    /// The default value is `false`: lines only.
    public var filled: Bool
    /// The colour scale of the levels. The default value is ``ColorScale/viridis``.
    public var colorScale: ColorScale
    /// One colour for every line instead of the scale's; nil for the scale.
    /// The default value is nil (filled plots then draw thin grey lines).
    public var lineColor: Color?
    /// The width of the contour lines. The default value is `1.2`.
    public var lineWidth: Double

    /// Contours of a sampled grid; see the type's description for the grid's
    /// layout. The defaults: about ten automatic levels, lines only, viridis.
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, values: [[Double]],
                levels: ContourLevels = .automatic(count: 10), filled: Bool = false,
                colorScale: ColorScale = .viridis, lineColor: Color? = nil, lineWidth: Double = 1.2) {
        self.xRange = xRange
        self.yRange = yRange
        self.values = values
        self.levels = levels
        self.filled = filled
        self.colorScale = colorScale
        self.lineColor = lineColor
        self.lineWidth = lineWidth
    }

    /// Contours of `function` sampled on a `resolution` × `resolution` grid
    /// spanning `xRange` and `yRange` edge to edge. The default resolution
    /// is `81`; other defaults as in
    /// ``init(xRange:yRange:values:levels:filled:colorScale:lineColor:lineWidth:)``.
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int = 81,
                levels: ContourLevels = .automatic(count: 10), filled: Bool = false,
                colorScale: ColorScale = .viridis, function: (Double, Double) -> Double) {
        let count = max(resolution, 2)
        var grid: [[Double]] = []
        grid.reserveCapacity(count)
        for row in 0 ..< count {
            let y = yRange.lowerBound + (yRange.upperBound - yRange.lowerBound) * Double(row) / Double(count - 1)
            var samples: [Double] = []
            samples.reserveCapacity(count)
            for column in 0 ..< count {
                let x = xRange.lowerBound + (xRange.upperBound - xRange.lowerBound) * Double(column) / Double(count - 1)
                samples.append(function(x, y))
            }
            grid.append(samples)
        }
        self.init(xRange: xRange, yRange: yRange, values: grid, levels: levels, filled: filled, colorScale: colorScale)
    }

    /// The levels the lines are drawn at, increasing.
    func levelValues() -> [Double] {
        var lowest = Double.infinity
        var highest = -Double.infinity
        var lowestPositive = Double.infinity
        for row in values {
            for value in row where value.isFinite {
                lowest = min(lowest, value)
                highest = max(highest, value)
                if value > 0 { lowestPositive = min(lowestPositive, value) }
            }
        }
        switch levels {
        case let .values(chosen):
            return chosen.filter(\.isFinite).sorted()
        case let .automatic(count):
            guard lowest < highest else { return [] }
            let step = Ticks.niceStep(span: highest - lowest, count: max(count, 1))
            return Ticks.multiples(of: step, from: lowest, to: highest).filter { $0 > lowest && $0 < highest }
        case let .logarithmic(count):
            guard highest > 0, count > 0 else { return [] }
            let bottom = lowestPositive < highest ? lowestPositive : highest * 1e-6
            let ratio = log10(highest / bottom)
            return (1 ... count).map { k in bottom * pow(10, ratio * Double(k) / Double(count + 1)) }
        }
    }

    /// The colour of line `index` of `count`: evenly along the first 85% of
    /// the scale, whose last stretch (viridis' yellow) is too faint on white.
    private func levelColor(_ index: Int, of count: Int) -> Color {
        colorScale.color(at: count > 1 ? 0.85 * Double(index) / Double(count - 1) : 0.5)
    }

    /// Draws the bands (when filled) and the lines, mapped onto the plot by `x` and `y`.
    func draw(in canvas: inout SVGCanvas, x: AxisMapping, y: AxisMapping) {
        let squares = MarchingSquares(values: values)
        guard squares.rows >= 2, squares.columns >= 2 else { return }
        let dx = (xRange.upperBound - xRange.lowerBound) / Double(squares.columns - 1)
        let dy = (yRange.upperBound - yRange.lowerBound) / Double(squares.rows - 1)
        func point(_ grid: GridPoint) -> CanvasPoint {
            let px = x.coordinate(xRange.lowerBound + grid.column * dx) ?? .nan
            let py = y.coordinate(yRange.lowerBound + grid.row * dy) ?? .nan
            return CanvasPoint(x: px, y: py)
        }
        let levels = levelValues()
        if filled {
            drawBands(in: &canvas, squares: squares, levels: levels, point: point)
        }
        let fixedColor = lineColor ?? (filled ? Color.darkGray.withOpacity(0.6) : nil)
        let width = filled && lineColor == nil ? min(lineWidth, 0.8) : lineWidth
        for (index, level) in levels.enumerated() {
            let stroke = Stroke(color: fixedColor ?? levelColor(index, of: levels.count), width: width)
            for line in squares.lines(level: level) {
                canvas.polyline(line.map(point), stroke: stroke)
            }
        }
    }

    /// Paints bands by layers: the whole grid in the colour below the first
    /// level, then, level by level, the part at or above it in the next
    /// band's colour over what is there. Each layer is one `<path>` of many
    /// pieces (runs of whole cells and the cut cells along the contour), so
    /// the file stays small and renderers fill it without seams.
    private func drawBands(in canvas: inout SVGCanvas, squares: MarchingSquares, levels: [Double],
                           point: (GridPoint) -> CanvasPoint) {
        let bandCount = levels.count + 1
        func bandColor(_ band: Int) -> Color {
            colorScale.color(at: bandCount > 1 ? Double(band) / Double(bandCount - 1) : 0.5)
        }
        // Every cell with four finite corners; the others stay holes.
        let everywhere = squares.regions(atLeast: -Double.infinity)
        canvas.path(bandPath(everywhere, point: point), fill: bandColor(0))
        for (index, level) in levels.enumerated() {
            canvas.path(bandPath(squares.regions(atLeast: level), point: point), fill: bandColor(index + 1))
        }
    }

    /// The outline of a region: its runs of whole cells and its cut cells,
    /// every piece turning the same way so that overlaps stay filled.
    private func bandPath(_ region: (partial: [[GridPoint]], full: [[Bool?]]), point: (GridPoint) -> CanvasPoint) -> CanvasPath {
        var path = CanvasPath()
        for run in RasterRuns.merge(region.full) {
            let left = Double(run.columns.lowerBound)
            let right = Double(run.columns.upperBound)
            let bottom = Double(run.rows.lowerBound)
            let top = Double(run.rows.upperBound)
            // Corners in the order the cut cells use: bottom left, bottom right, top right, top left.
            let corners = [GridPoint(column: left, row: bottom), GridPoint(column: right, row: bottom),
                           GridPoint(column: right, row: top), GridPoint(column: left, row: top)]
            addPiece(corners.map(point), to: &path)
        }
        for polygon in region.partial {
            addPiece(polygon.map(point), to: &path)
        }
        return path
    }

    private func addPiece(_ points: [CanvasPoint], to path: inout CanvasPath) {
        guard points.count >= 3, points.allSatisfy(\.isFinite) else { return }
        path.move(to: points[0])
        for point in points.dropFirst() { path.line(to: point) }
        path.close()
    }
}
