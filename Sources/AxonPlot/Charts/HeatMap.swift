import Foundation

/// A matrix drawn as a grid of coloured cells, row 0 at the top: a
/// confusion matrix (true class per row, predicted class per column), a
/// weight matrix.
///
/// Cells take ``colorScale`` (``ColorScale/blues`` by default, light for
/// small values) over ``range``; each cell shows its value when the text
/// fits in it at 12 units, in white on dark cells. Labels that would
/// collide are thinned to every second, third, … so a 100-class matrix
/// stays readable; long labels are cut to 18 characters. Non-finite values
/// are drawn light grey without text. Neighbouring cells of one colour are
/// drawn as one rectangle.
public struct HeatMap: Chart {
    /// The matrix, `values[row][column]`; rows may differ in length (missing
    /// cells are left blank).
    public var values: [[Double]]
    /// The labels left of the rows; nil for none.
    public var rowLabels: [String]?
    /// The labels under the columns; nil for none.
    public var columnLabels: [String]?
    /// The title above the chart; nil for none.
    public var title: String?
    /// The label under the column labels; nil for none.
    public var xLabel: String?
    /// The label left of the row labels, read bottom to top; nil for none.
    public var yLabel: String?
    /// Text below the chart; nil for none.
    public var caption: String?
    /// The colour scale. The default value is ``ColorScale/blues``.
    public var colorScale: ColorScale
    /// The values mapped to the two ends of the scale; nil for the smallest
    /// and largest finite values. The default value is nil.
    public var range: ClosedRange<Double>?
    /// Whether cells show their values where the text fits. The default
    /// value is `true`.
    public var showsValues: Bool
    /// Decimals of the values in cells; nil for none when every value is a
    /// whole number and 2 otherwise. The default value is nil.
    public var decimals: Int?
    /// Whether a colour bar with ticks explains the colours. The default
    /// value is `true`.
    public var showsColorBar: Bool
    /// The chart's width in canvas units. The default value is `680`.
    public var width: Double
    /// The chart's height in canvas units. The default value is `600`.
    public var height: Double

    /// A heat map of `values`; every other argument has the default of the
    /// property it sets.
    public init(values: [[Double]], rowLabels: [String]? = nil, columnLabels: [String]? = nil, title: String? = nil,
                xLabel: String? = nil, yLabel: String? = nil, caption: String? = nil,
                colorScale: ColorScale = .blues, range: ClosedRange<Double>? = nil, showsValues: Bool = true,
                decimals: Int? = nil, showsColorBar: Bool = true, width: Double = 680, height: Double = 600) {
        self.values = values
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.caption = caption
        self.colorScale = colorScale
        self.range = range
        self.showsValues = showsValues
        self.decimals = decimals
        self.showsColorBar = showsColorBar
        self.width = width
        self.height = height
    }

    /// A confusion matrix: `counts[true class][predicted class]`, labelled
    /// with `labels` (the default, nil, numbers the classes from 0) on both
    /// sides, axes "predicted" and "true".
    public static func confusionMatrix(_ counts: [[Int]], labels: [String]? = nil, title: String? = nil,
                                       caption: String? = nil) -> HeatMap {
        let classCount = max(counts.count, counts.map(\.count).max() ?? 0)
        let names = labels ?? (0 ..< classCount).map { String($0) }
        return HeatMap(values: counts.map { $0.map(Double.init) }, rowLabels: names, columnLabels: names, title: title,
                       xLabel: "predicted", yLabel: "true", caption: caption)
    }

    /// The finite range of the values, or of ``range`` when set.
    private var valueRange: (lower: Double, upper: Double) {
        if let range, range.lowerBound.isFinite, range.upperBound.isFinite { return (range.lowerBound, range.upperBound) }
        var lower = Double.infinity
        var upper = -Double.infinity
        for row in values {
            for value in row where value.isFinite {
                lower = min(lower, value)
                upper = max(upper, value)
            }
        }
        return lower <= upper ? (lower, upper) : (0, 1)
    }

    /// The colour of a cell holding `value` when the scale spans `range`.
    func color(of value: Double, range: (lower: Double, upper: Double)) -> Color {
        guard value.isFinite else { return .lightGray }
        let (lower, upper) = range
        return colorScale.color(at: upper > lower ? (value - lower) / (upper - lower) : 0)
    }

    /// The decimals values are written with: ``decimals``, or 0 when every
    /// value is whole and 2 otherwise.
    private var places: Int {
        decimals ?? (values.allSatisfy { $0.allSatisfy { !$0.isFinite || $0 == $0.rounded() } } ? 0 : 2)
    }

    /// Labels longer than 18 characters end in "…".
    private static func shortened(_ label: String) -> String {
        label.count > 18 ? String(label.prefix(17)) + "…" : label
    }

    /// Draws the heat map into `frame`.
    public func draw(in canvas: inout SVGCanvas, frame: CanvasRect) {
        var area = ChartText.drawTitle(title, in: &canvas, frame: frame)
        area = ChartText.drawCaption(caption, in: &canvas, frame: area)
        let rows = values.count
        let columns = values.map(\.count).max() ?? 0
        let labelStyle = ChartText.tick
        let rowNames = (rowLabels ?? []).map(Self.shortened)
        let columnNames = (columnLabels ?? []).map(Self.shortened)
        let rowLabelWidth = rowNames.map { labelStyle.estimatedWidth(of: $0) }.max() ?? 0
        let columnLabelWidth = columnNames.map { labelStyle.estimatedWidth(of: $0) }.max() ?? 0

        var left = area.x + ChartText.padding + (rowLabelWidth > 0 ? rowLabelWidth + 6 : 0)
        if yLabel != nil { left += ChartText.label.size + 8 }
        let colorBarSpace = showsColorBar ? 82.0 : 0
        let right = area.maxX - ChartText.padding - colorBarSpace
        // Column labels lie flat when they fit their cells, else stand upright.
        let provisionalCell = columns > 0 ? (right - left) / Double(columns) : 0
        let upright = columnLabelWidth + 4 > provisionalCell
        var bottomSpace = columnNames.isEmpty ? 0 : (upright ? columnLabelWidth : labelStyle.size) + 8
        if xLabel != nil { bottomSpace += ChartText.label.size + 10 }
        let top = area.y + 6
        let bottom = area.maxY - bottomSpace - 4
        guard rows > 0, columns > 0, right > left, bottom > top else { return }
        let cell = min((right - left) / Double(columns), (bottom - top) / Double(rows))
        let grid = CanvasRect(x: left, y: top, width: cell * Double(columns), height: cell * Double(rows))

        let range = valueRange
        let colors = values.map { row in row.map { Optional(color(of: $0, range: range)) } }
        canvas.group(crispEdges: true) { canvas in
            for run in RasterRuns.merge(colors) {
                canvas.rect(CanvasRect(x: grid.x + Double(run.columns.lowerBound) * cell, y: grid.y + Double(run.rows.lowerBound) * cell,
                                       width: Double(run.columns.count) * cell, height: Double(run.rows.count) * cell),
                            fill: run.key)
            }
        }
        canvas.rect(grid, fill: nil, stroke: Stroke(color: .darkGray, width: 1))
        if showsValues { drawValues(in: &canvas, grid: grid, cell: cell, range: range) }

        let every = { (needed: Double) in max(1, Int((needed / cell).rounded(.up))) }
        let rowStep = every(labelStyle.size * 1.2)
        for (index, name) in rowNames.enumerated() where index < rows && index % rowStep == 0 {
            canvas.text(name, at: CanvasPoint(x: grid.x - 6, y: grid.y + (Double(index) + 0.5) * cell),
                        style: ChartText.with(labelStyle, anchor: .end, baseline: .middle))
        }
        let columnStep = every(upright ? labelStyle.size * 1.2 : columnLabelWidth + 6)
        for (index, name) in columnNames.enumerated() where index < columns && index % columnStep == 0 {
            let x = grid.x + (Double(index) + 0.5) * cell
            let style = upright ? ChartText.with(labelStyle, anchor: .end, baseline: .middle, rotation: -90)
                                : ChartText.with(labelStyle, anchor: .middle, baseline: .top)
            canvas.text(name, at: CanvasPoint(x: x, y: grid.maxY + 6), style: style)
        }
        if let xLabel {
            canvas.text(xLabel, at: CanvasPoint(x: grid.x + grid.width / 2, y: grid.maxY + bottomSpace - ChartText.label.size),
                        style: ChartText.with(ChartText.label, anchor: .middle, baseline: .top))
        }
        if let yLabel {
            canvas.text(yLabel, at: CanvasPoint(x: area.x + ChartText.padding, y: grid.y + grid.height / 2),
                        style: ChartText.with(ChartText.label, anchor: .middle, baseline: .top, rotation: -90))
        }
        if showsColorBar {
            drawColorBar(in: &canvas, box: CanvasRect(x: grid.maxX + 18, y: grid.y, width: 14, height: min(grid.height, 320)))
        }
    }

    private func drawValues(in canvas: inout SVGCanvas, grid: CanvasRect, cell: Double, range: (lower: Double, upper: Double)) {
        let style = TextStyle(size: 12, anchor: .middle, baseline: .middle)
        guard cell >= style.size + 3 else { return }
        let places = places
        for (row, rowValues) in values.enumerated() {
            for (column, value) in rowValues.enumerated() where value.isFinite {
                let text = SVGFormat.fixed(value, decimals: places, typographicMinus: true)
                guard style.estimatedWidth(of: text) + 4 <= cell else { continue }
                var cellStyle = style
                cellStyle.color = color(of: value, range: range).luminance < 0.4 ? .white : .black
                canvas.text(text, at: CanvasPoint(x: grid.x + (Double(column) + 0.5) * cell, y: grid.y + (Double(row) + 0.5) * cell),
                            style: cellStyle)
            }
        }
    }

    /// A vertical bar of the scale, low at the bottom, with ticks on its right.
    private func drawColorBar(in canvas: inout SVGCanvas, box: CanvasRect) {
        let slices = 64
        let (lower, upper) = valueRange
        canvas.group(crispEdges: true) { canvas in
            for slice in 0 ..< slices {
                let height = box.height / Double(slices)
                let y = box.maxY - Double(slice + 1) * height
                canvas.rect(CanvasRect(x: box.x, y: y, width: box.width, height: height),
                            fill: colorScale.color(at: (Double(slice) + 0.5) / Double(slices)))
            }
        }
        canvas.rect(box, fill: nil, stroke: Stroke(color: .darkGray, width: 1))
        guard upper > lower else {
            canvas.text(SVGFormat.fixed(lower, decimals: places, typographicMinus: true), at: CanvasPoint(x: box.maxX + 6, y: box.maxY),
                        style: ChartText.with(ChartText.tick, baseline: .middle))
            return
        }
        let axis = AxisMapping(scale: .linear, lower: lower, upper: upper, start: box.maxY, end: box.y)
        for tick in axis.ticks(count: max(2, Int(box.height / 50))) {
            guard let label = tick.label, axis.contains(tick.value), let y = axis.coordinate(tick.value) else { continue }
            canvas.line(from: CanvasPoint(x: box.maxX, y: y), to: CanvasPoint(x: box.maxX + 4, y: y), stroke: Stroke(color: .darkGray, width: 1))
            canvas.text(label, at: CanvasPoint(x: box.maxX + 7, y: y), style: ChartText.with(ChartText.tick, baseline: .middle))
        }
    }
}
