/// A chart on x–y axes: line plots, scatter plots, decision regions and
/// contour plots are all a `Plot` holding different layers.
///
/// Layers are drawn bottom to top: ``regions``, ``contours``,
/// ``referenceLines``, ``straightLines``, ``lines``, ``scatter``,
/// ``annotations``; then the axes, the legend, the labels.
///
/// Axes fit the data unless ``xRange`` / ``yRange`` are set: linear axes are
/// widened to round tick values, logarithmic axes to 1, 2 or 5 times a
/// power of ten. With ``regions`` or ``contours`` the axes span their grids
/// exactly instead. Everything is cut at the plot's edges; values that
/// cannot be drawn (NaN, ±infinity, zero or negative on a logarithmic axis)
/// are left out, breaking lines. An empty plot, a single point or a
/// constant series still gives a complete chart.
///
/// ```swift
/// var plot = Plot(title: "Training loss", xLabel: "epoch", yLabel: "loss", yScale: .logarithmic)
/// plot.lines.append(LineSeries("SGD", y: sgdLosses, firstX: 1))
/// plot.lines.append(LineSeries("Adam", y: adamLosses, firstX: 1))
/// try plot.write(to: URL(fileURLWithPath: "loss.svg"))
/// ```
public struct Plot: Chart {
    /// The title above the plot; nil for none.
    public var title: String?
    /// The label under the x axis; nil for none.
    public var xLabel: String?
    /// The label beside the y axis, read bottom to top; nil for none.
    public var yLabel: String?
    /// Text below the chart, wrapped to its width; nil for none.
    public var caption: String?
    /// How x values are spaced. The default value is ``AxisScale/linear``.
    public var xScale: AxisScale
    /// How y values are spaced. The default value is ``AxisScale/linear``.
    public var yScale: AxisScale
    /// The x values shown; nil fits the data. A range that a logarithmic axis
    /// cannot show (a bound ≤ 0) is ignored. The default value is nil.
    public var xRange: ClosedRange<Double>?
    /// The y values shown; nil fits the data. The default value is nil.
    public var yRange: ClosedRange<Double>?
    /// The chart's width in canvas units. The default value is `680`.
    public var width: Double
    /// The chart's height in canvas units. The default value is `440`.
    public var height: Double
    /// Where the legend goes. The default value is ``LegendPlacement/automatic``.
    public var legend: LegendPlacement
    /// Whether light grid lines mark the major ticks (never over regions or
    /// filled contours). The default value is `true`.
    public var showsGrid: Bool
    /// Whether one unit takes the same length on both axes (linear axes
    /// only), so circles look round; the plot area shrinks to match. The
    /// default value is `false`.
    public var equalAspect: Bool

    /// Lines through points: loss curves, paths.
    public var lines: [LineSeries] = []
    /// Points drawn as markers, one series per class.
    public var scatter: [ScatterSeries] = []
    /// Straight lines a·x + b·y + c = 0 across the plot.
    public var straightLines: [StraightLine] = []
    /// Labelled vertical and horizontal lines at chosen values.
    public var referenceLines: [ReferenceLine] = []
    /// Marked points with notes.
    public var annotations: [Annotation] = []
    /// A classifier's decision regions behind everything; nil for none.
    public var regions: DecisionRegions?
    /// A function's contours behind the lines and points; nil for none.
    public var contours: ContourLayer?

    /// An empty plot; add layers through the properties. Every argument has
    /// the default of the property it sets; `lines` and `scatter` start the
    /// corresponding layers.
    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, caption: String? = nil,
                xScale: AxisScale = .linear, yScale: AxisScale = .linear,
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                width: Double = 680, height: Double = 440, legend: LegendPlacement = .automatic,
                showsGrid: Bool = true, equalAspect: Bool = false,
                lines: [LineSeries] = [], scatter: [ScatterSeries] = []) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.caption = caption
        self.xScale = xScale
        self.yScale = yScale
        self.xRange = xRange
        self.yRange = yRange
        self.width = width
        self.height = height
        self.legend = legend
        self.showsGrid = showsGrid
        self.equalAspect = equalAspect
        self.lines = lines
        self.scatter = scatter
    }

    /// Draws the plot into `frame`.
    public func draw(in canvas: inout SVGCanvas, frame: CanvasRect) {
        var area = ChartText.drawTitle(title, in: &canvas, frame: frame)
        area = ChartText.drawCaption(caption, in: &canvas, frame: area)
        let legendBox = Legend(entries: legendEntries())
        let layout = PlotLayout(plot: self, area: area, legend: legendBox)
        let box = layout.box

        if showsGrid, regions == nil, !(contours?.filled ?? false) {
            layout.drawGrid(in: &canvas)
        }
        if regions != nil || contours != nil {
            canvas.group(clippedTo: box) { canvas in
                regions?.draw(in: &canvas, x: layout.x, y: layout.y)
                contours?.draw(in: &canvas, x: layout.x, y: layout.y)
            }
        }
        var occupied: [CanvasPoint] = []
        drawReferenceLines(in: &canvas, layout: layout)
        drawStraightLines(in: &canvas, layout: layout, occupied: &occupied)
        drawLines(in: &canvas, layout: layout, occupied: &occupied)
        drawScatter(in: &canvas, layout: layout, occupied: &occupied)
        drawAnnotations(in: &canvas, layout: layout, occupied: &occupied)
        layout.drawAxes(in: &canvas, xLabel: xLabel, yLabel: yLabel)

        guard !legendBox.entries.isEmpty, legend != .hidden else { return }
        if legend == .outsideRight {
            let size = legendBox.size
            let outside = CanvasRect(x: box.maxX + 14, y: box.y, width: size.width, height: size.height)
            legendBox.draw(in: &canvas, box: outside)
        } else {
            legendBox.draw(in: &canvas, box: legendBox.box(in: box, corner: legendCorner(legendBox, box: box, occupied: occupied)))
        }
    }

    /// The corner the legend goes in: the one asked for, or for
    /// ``LegendPlacement/automatic`` the one covering the fewest drawn points.
    private func legendCorner(_ legend: Legend, box: CanvasRect, occupied: [CanvasPoint]) -> LegendPlacement {
        guard self.legend == .automatic else { return self.legend }
        var best = LegendPlacement.topRight
        var fewest = Int.max
        for corner in [LegendPlacement.topRight, .topLeft, .bottomRight, .bottomLeft] {
            let candidate = legend.box(in: box, corner: corner).insetBy(-4)
            let count = occupied.reduce(0) { $0 + (candidate.contains($1) ? 1 : 0) }
            if count < fewest {
                fewest = count
                best = corner
            }
        }
        return best
    }

    /// The legend's entries: named lines, named scatter series, labelled
    /// straight lines, in that order.
    func legendEntries() -> [LegendEntry] {
        var entries: [LegendEntry] = []
        for (index, series) in lines.enumerated() {
            guard let name = series.name else { continue }
            entries.append(LegendEntry(sample: .line(lineStroke(series, index: index), marker: series.marker), name: name))
        }
        for (offset, series) in scatter.enumerated() {
            guard let name = series.name else { continue }
            let index = lines.count + offset
            entries.append(LegendEntry(sample: .marker(series.marker ?? Palette.marker(index),
                                                       color: series.color ?? Palette.color(index),
                                                       filled: series.filled), name: name))
        }
        for (index, line) in straightLines.enumerated() {
            guard let label = line.label else { continue }
            entries.append(LegendEntry(sample: .line(straightStroke(line, index: index), marker: nil), name: label))
        }
        return entries
    }

    func lineStroke(_ series: LineSeries, index: Int) -> Stroke {
        Stroke(color: series.color ?? Palette.color(index), width: series.width, dash: series.dash ?? Palette.dash(index))
    }

    func straightStroke(_ line: StraightLine, index: Int) -> Stroke {
        Stroke(color: line.color, width: line.width, dash: line.dash ?? Palette.dashes[index % Palette.dashes.count])
    }
}
