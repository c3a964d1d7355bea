/// Where a ``Plot``'s axes go and how they map data: the plot box inside
/// the chart's frame, the two axis mappings and their ticks.
///
/// The margins make room for what is drawn around the box: tick labels
/// (their estimated widths), axis labels, and an outside legend.
struct PlotLayout {
    /// The plotting area.
    let box: CanvasRect
    /// Data x to canvas x.
    let x: AxisMapping
    /// Data y to canvas y (bottom of the box is the low end).
    let y: AxisMapping
    let xTicks: [Tick]
    let yTicks: [Tick]
    /// The area the whole axes (box, ticks, labels) sit in.
    let area: CanvasRect

    static let tickLength = 5.0
    static let minorTickLength = 3.0
    static let tickGap = 3.0

    /// Pixels per labelled tick that the tick counts aim at.
    static let pixelsPerXTick = 90.0
    static let pixelsPerYTick = 60.0

    init(plot: Plot, area: CanvasRect, legend: Legend) {
        self.area = area
        let xData = Self.domain(plot: plot, horizontal: true)
        let yData = Self.domain(plot: plot, horizontal: false)
        let tickStyle = ChartText.tick

        let top = area.y + 12
        var bottomMargin = Self.tickLength + Self.tickGap + tickStyle.size + 10
        if let label = plot.xLabel, !label.isEmpty { bottomMargin += ChartText.label.size + 8 }
        var rightMargin = 18.0
        if plot.legend == .outsideRight, !legend.entries.isEmpty { rightMargin += legend.size.width + 10 }
        let boxHeight = max(area.maxY - bottomMargin - top, 10)

        // The y tick labels decide the left margin; their count depends on the height only.
        let yCount = max(2, Int(boxHeight / Self.pixelsPerYTick))
        let yDomain = Self.widened(yData, scale: plot.yScale, count: yCount)
        let provisionalY = AxisMapping(scale: plot.yScale, lower: yDomain.lower, upper: yDomain.upper, start: top + boxHeight, end: top)
        var labelWidth = 0.0
        for tick in provisionalY.ticks(count: yCount) {
            if let label = tick.label { labelWidth = max(labelWidth, tickStyle.estimatedWidth(of: label)) }
        }
        var leftMargin = 8 + labelWidth + Self.tickLength + Self.tickGap + 2
        if let label = plot.yLabel, !label.isEmpty { leftMargin += ChartText.label.size + 10 }
        var box = CanvasRect(x: area.x + leftMargin, y: top, width: max(area.width - leftMargin - rightMargin, 10), height: boxHeight)
        let xCount = max(2, Int(box.width / Self.pixelsPerXTick))
        let xDomain = Self.widened(xData, scale: plot.xScale, count: xCount)

        if plot.equalAspect, plot.xScale == .linear, plot.yScale == .linear {
            let unitsX = (xDomain.upper - xDomain.lower) / box.width
            let unitsY = (yDomain.upper - yDomain.lower) / box.height
            if unitsX > unitsY {
                let height = (yDomain.upper - yDomain.lower) / unitsX
                box = CanvasRect(x: box.x, y: box.y + (box.height - height) / 2, width: box.width, height: height)
            } else if unitsY > unitsX {
                let width = (xDomain.upper - xDomain.lower) / unitsY
                box = CanvasRect(x: box.x + (box.width - width) / 2, y: box.y, width: width, height: box.height)
            }
        }
        self.box = box
        x = AxisMapping(scale: plot.xScale, lower: xDomain.lower, upper: xDomain.upper, start: box.x, end: box.maxX)
        y = AxisMapping(scale: plot.yScale, lower: yDomain.lower, upper: yDomain.upper, start: box.maxY, end: box.y)
        yTicks = y.ticks(count: plot.equalAspect ? max(2, Int(box.height / Self.pixelsPerYTick)) : yCount)

        // As many x ticks as fit side by side without their labels touching.
        var count = plot.equalAspect ? max(2, Int(box.width / Self.pixelsPerXTick)) : xCount
        var ticks = x.ticks(count: count)
        while count > 2 {
            let labels = ticks.compactMap(\.label)
            let widest = labels.map { tickStyle.estimatedWidth(of: $0) }.max() ?? 0
            if Double(labels.count) * (widest + 14) <= box.width { break }
            count -= 1
            ticks = x.ticks(count: count)
        }
        xTicks = ticks
    }

    /// `domain` widened to round values when it is one that fits the data
    /// (not a set range or a grid's extent). The rounding step is that of
    /// twice `count` ticks, so data from -5 to 5 keeps that range (not the
    /// -6 to 6 of its 2-steps) while the labels still fall every 2.
    private static func widened(_ domain: (lower: Double, upper: Double, nice: Bool), scale: AxisScale, count: Int)
        -> (lower: Double, upper: Double, nice: Bool) {
        guard domain.nice else { return domain }
        let wide = AxisMapping.domain(of: [domain.lower, domain.upper], scale: scale, nice: true, tickCount: 2 * count)
        return (wide.lower, wide.upper, true)
    }

    /// The domain of one axis: the plot's range if set (and usable), else the
    /// grids' extents when there are regions or contours, else the data
    /// (then `nice`: to be widened to tick values).
    private static func domain(plot: Plot, horizontal: Bool) -> (lower: Double, upper: Double, nice: Bool) {
        let scale = horizontal ? plot.xScale : plot.yScale
        if let range = horizontal ? plot.xRange : plot.yRange,
           range.lowerBound.isFinite, range.upperBound.isFinite,
           scale == .linear || range.lowerBound > 0 {
            let domain = AxisMapping.domain(of: [range.lowerBound, range.upperBound], scale: scale, nice: false, tickCount: 1)
            return (domain.lower, domain.upper, false)
        }
        var extents: [Double] = []
        for grid in [plot.regions.map { horizontal ? $0.xRange : $0.yRange },
                     plot.contours.map { horizontal ? $0.xRange : $0.yRange }] {
            if let grid { extents += [grid.lowerBound, grid.upperBound] }
        }
        if !extents.isEmpty {
            let domain = AxisMapping.domain(of: extents, scale: scale, nice: false, tickCount: 1)
            return (domain.lower, domain.upper, false)
        }
        var values: [Double] = []
        for series in plot.lines { values += horizontal ? series.x : series.y }
        for series in plot.scatter { values += horizontal ? series.x : series.y }
        for note in plot.annotations { values.append(horizontal ? note.x : note.y) }
        for line in plot.referenceLines where (line.orientation == .vertical) == horizontal { values.append(line.value) }
        let domain = AxisMapping.domain(of: values, scale: scale, nice: false, tickCount: 1)
        return (domain.lower, domain.upper, true)
    }

    /// The canvas point of data (`dataX`, `dataY`), or nil when either axis
    /// cannot place its value.
    func point(_ dataX: Double, _ dataY: Double) -> CanvasPoint? {
        guard let px = x.coordinate(dataX), let py = y.coordinate(dataY) else { return nil }
        return CanvasPoint(x: px, y: py)
    }

    /// Light lines across the box at the labelled ticks.
    func drawGrid(in canvas: inout SVGCanvas) {
        let stroke = Stroke(color: Color(hex: 0xE6E6E6), width: 1)
        for tick in xTicks where tick.label != nil {
            guard let px = x.coordinate(tick.value), x.contains(tick.value) else { continue }
            canvas.line(from: CanvasPoint(x: px, y: box.y), to: CanvasPoint(x: px, y: box.maxY), stroke: stroke)
        }
        for tick in yTicks where tick.label != nil {
            guard let py = y.coordinate(tick.value), y.contains(tick.value) else { continue }
            canvas.line(from: CanvasPoint(x: box.x, y: py), to: CanvasPoint(x: box.maxX, y: py), stroke: stroke)
        }
    }

    /// The frame around the box, the ticks and their labels, and the axis labels.
    func drawAxes(in canvas: inout SVGCanvas, xLabel: String?, yLabel: String?) {
        canvas.rect(box, fill: nil, stroke: Stroke(color: .darkGray, width: 1))
        let tickStroke = Stroke(color: .darkGray, width: 1)
        let tickStyle = ChartText.tick
        for tick in xTicks {
            guard x.contains(tick.value), let px = x.coordinate(tick.value) else { continue }
            let length = tick.label == nil ? Self.minorTickLength : Self.tickLength
            canvas.line(from: CanvasPoint(x: px, y: box.maxY), to: CanvasPoint(x: px, y: box.maxY + length), stroke: tickStroke)
            if let label = tick.label {
                canvas.text(label, at: CanvasPoint(x: px, y: box.maxY + Self.tickLength + Self.tickGap),
                            style: ChartText.with(tickStyle, anchor: .middle, baseline: .top))
            }
        }
        var widestLabel = 0.0
        for tick in yTicks {
            guard y.contains(tick.value), let py = y.coordinate(tick.value) else { continue }
            let length = tick.label == nil ? Self.minorTickLength : Self.tickLength
            canvas.line(from: CanvasPoint(x: box.x, y: py), to: CanvasPoint(x: box.x - length, y: py), stroke: tickStroke)
            if let label = tick.label {
                widestLabel = max(widestLabel, tickStyle.estimatedWidth(of: label))
                canvas.text(label, at: CanvasPoint(x: box.x - Self.tickLength - Self.tickGap, y: py),
                            style: ChartText.with(tickStyle, anchor: .end, baseline: .middle))
            }
        }
        if let xLabel, !xLabel.isEmpty {
            let top = box.maxY + Self.tickLength + Self.tickGap + tickStyle.size + 8
            canvas.text(xLabel, at: CanvasPoint(x: box.x + box.width / 2, y: top),
                        style: ChartText.with(ChartText.label, anchor: .middle, baseline: .top))
        }
        if let yLabel, !yLabel.isEmpty {
            let left = max(area.x + 6, box.x - Self.tickLength - Self.tickGap - widestLabel - 10 - ChartText.label.size)
            canvas.text(yLabel, at: CanvasPoint(x: left, y: box.y + box.height / 2),
                        style: ChartText.with(ChartText.label, anchor: .middle, baseline: .top, rotation: -90))
        }
    }
}
