import Foundation

/// Drawing each of a ``Plot``'s layers of lines and points. Every drawn
/// point is also added to `occupied`, which the legend uses to find an
/// empty corner.
extension Plot {
    func drawReferenceLines(in canvas: inout SVGCanvas, layout: PlotLayout) {
        let box = layout.box
        for line in referenceLines {
            let stroke = Stroke(color: line.color, width: 1.25, dash: line.dash)
            var style = ChartText.with(ChartText.tick, baseline: .top)
            style.color = line.color
            style.halo = .white
            switch line.orientation {
            case .vertical:
                guard layout.x.contains(line.value), let px = layout.x.coordinate(line.value) else { continue }
                canvas.line(from: CanvasPoint(x: px, y: box.y), to: CanvasPoint(x: px, y: box.maxY), stroke: stroke)
                guard let label = line.label else { continue }
                // Right of the line, unless that would run past the box.
                let fitsRight = px + 4 + style.estimatedWidth(of: label) <= box.maxX
                style.anchor = fitsRight ? .start : .end
                canvas.text(label, at: CanvasPoint(x: fitsRight ? px + 4 : px - 4, y: box.y + 4), style: style)
            case .horizontal:
                guard layout.y.contains(line.value), let py = layout.y.coordinate(line.value) else { continue }
                canvas.line(from: CanvasPoint(x: box.x, y: py), to: CanvasPoint(x: box.maxX, y: py), stroke: stroke)
                guard let label = line.label else { continue }
                // Above the line, unless that would run past the box's top.
                let fitsAbove = py - 4 - style.size >= box.y
                style.anchor = .end
                style.baseline = fitsAbove ? .bottom : .top
                canvas.text(label, at: CanvasPoint(x: box.maxX - 4, y: fitsAbove ? py - 3 : py + 3), style: style)
            }
        }
    }

    func drawStraightLines(in canvas: inout SVGCanvas, layout: PlotLayout, occupied: inout [CanvasPoint]) {
        for (index, line) in straightLines.enumerated() {
            let samples = straightLineSamples(line, layout: layout)
            let pieces = LineClipping.clip(samples, to: layout.box)
            let stroke = straightStroke(line, index: index)
            for piece in pieces {
                canvas.polyline(piece, stroke: stroke)
                occupied += Self.densified(piece)
            }
        }
    }

    /// Points along a·x + b·y + c = 0 across the plot, in canvas units. The
    /// line is followed along whichever axis it runs closer to, so that
    /// every sample lies within about a plot's size of the box and no
    /// coordinate grows huge; two samples suffice on linear axes, a log axis
    /// bends the line and takes 200.
    private func straightLineSamples(_ line: StraightLine, layout: PlotLayout) -> [CanvasPoint?] {
        let (a, b, c) = (line.a, line.b, line.c)
        guard a.isFinite, b.isFinite, c.isFinite, a != 0 || b != 0 else { return [] }
        let count = xScale == .linear && yScale == .linear ? 2 : 200
        let xSpan = layout.x.upper - layout.x.lower
        let ySpan = layout.y.upper - layout.y.lower
        // Along x when the line's slope, in box heights per box width, is at most 1.
        let alongX = abs(b) * ySpan >= abs(a) * xSpan
        let axis = alongX ? layout.x : layout.y
        return (0 ..< count).map { step -> CanvasPoint? in
            let coordinate = axis.start + (axis.end - axis.start) * Double(step) / Double(count - 1)
            let t = axis.value(at: coordinate)
            return alongX ? layout.point(t, -(a * t + c) / b) : layout.point(-(b * t + c) / a, t)
        }
    }

    func drawLines(in canvas: inout SVGCanvas, layout: PlotLayout, occupied: inout [CanvasPoint]) {
        for (index, series) in lines.enumerated() {
            let stroke = lineStroke(series, index: index)
            let points = zip(series.x, series.y).map { layout.point($0, $1) }
            for piece in LineClipping.clip(points, to: layout.box) {
                canvas.polyline(LineSimplification.simplified(piece, tolerance: 0.2), stroke: stroke)
                occupied += Self.densified(piece)
            }
            guard let marker = series.marker else {
                // A point with nothing drawable either side would vanish: it gets a dot.
                for (index, point) in points.enumerated() {
                    guard let point, layout.box.contains(point, tolerance: 0.01) else { continue }
                    let before = index > 0 ? points[index - 1] : nil
                    let after = index + 1 < points.count ? points[index + 1] : nil
                    if before == nil, after == nil {
                        canvas.circle(center: point, radius: max(series.width * 1.5, 2.5), fill: stroke.color)
                        occupied.append(point)
                    }
                }
                continue
            }
            for case let point? in points where layout.box.contains(point, tolerance: 0.01) {
                canvas.marker(marker, at: point, size: series.markerSize, fill: stroke.color,
                              stroke: Stroke(color: .white, width: 0.75))
                occupied.append(point)
            }
        }
    }

    func drawScatter(in canvas: inout SVGCanvas, layout: PlotLayout, occupied: inout [CanvasPoint]) {
        for (offset, series) in scatter.enumerated() {
            let index = lines.count + offset
            let shape = series.marker ?? Palette.marker(index)
            let color = series.color ?? Palette.color(index)
            let fill = series.filled ? color : Color.white
            let outline = series.filled ? Stroke(color: .white, width: 0.75) : Stroke(color: color, width: 1.5)
            for (x, y) in zip(series.x, series.y) {
                guard let point = layout.point(x, y), layout.box.contains(point, tolerance: 0.01) else { continue }
                canvas.marker(shape, at: point, size: series.size, fill: fill, stroke: outline)
                occupied.append(point)
            }
        }
    }

    func drawAnnotations(in canvas: inout SVGCanvas, layout: PlotLayout, occupied: inout [CanvasPoint]) {
        let box = layout.box
        for note in annotations {
            guard let px = Self.edgeClamped(note.x, layout.x), let py = Self.edgeClamped(note.y, layout.y) else { continue }
            let point = CanvasPoint(x: px, y: py)
            if let marker = note.marker {
                canvas.marker(marker, at: point, size: note.markerSize, fill: note.color, stroke: Stroke(color: .white, width: 1))
            }
            occupied.append(point)
            guard let text = note.text else { continue }
            var style = ChartText.with(ChartText.label, baseline: .bottom)
            style.color = note.color
            style.halo = .white
            let offset = note.marker == nil ? 0 : note.markerSize / 2 + 3
            let fitsRight = px + offset + style.estimatedWidth(of: text) <= box.maxX
            let fitsAbove = py - offset - style.size >= box.y
            style.anchor = fitsRight ? .start : .end
            style.baseline = fitsAbove ? .bottom : .top
            canvas.text(text, at: CanvasPoint(x: fitsRight ? px + offset : px - offset, y: fitsAbove ? py - offset : py + offset),
                        style: style)
        }
    }

    /// The canvas coordinate of `value` on `axis`, moved onto the box's edge
    /// when it lies outside: +infinity to the high end; -infinity, and on a
    /// logarithmic axis zero and negatives, to the low end. NaN gives nil.
    private static func edgeClamped(_ value: Double, _ axis: AxisMapping) -> Double? {
        if value.isNaN { return nil }
        let coordinate: Double
        if let placed = axis.coordinate(value) {
            coordinate = placed
        } else {
            coordinate = value == .infinity ? axis.end : axis.start
        }
        return min(max(coordinate, min(axis.start, axis.end)), max(axis.start, axis.end))
    }

    /// `piece` with extra points every 8 units along each segment, so that
    /// a long straight segment still counts where it passes.
    private static func densified(_ piece: [CanvasPoint]) -> [CanvasPoint] {
        guard var previous = piece.first else { return [] }
        var points = [previous]
        for point in piece.dropFirst() {
            let length = ((point.x - previous.x) * (point.x - previous.x) + (point.y - previous.y) * (point.y - previous.y)).squareRoot()
            let steps = min(Int(length / 8), 200)
            if steps > 1 {
                for step in 1 ..< steps {
                    let t = Double(step) / Double(steps)
                    points.append(CanvasPoint(x: previous.x + t * (point.x - previous.x), y: previous.y + t * (point.y - previous.y)))
                }
            }
            points.append(point)
            previous = point
        }
        return points
    }
}
