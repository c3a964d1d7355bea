/// Where a plot puts its legend.
public enum LegendPlacement: Sendable, Equatable {
    /// Inside the plot, in the corner that covers the fewest data points
    /// (top right, top left, bottom right, bottom left preferred in that
    /// order when they tie).
    case automatic
    /// Inside the plot, top left corner.
    case topLeft
    /// Inside the plot, top right corner.
    case topRight
    /// Inside the plot, bottom left corner.
    case bottomLeft
    /// Inside the plot, bottom right corner.
    case bottomRight
    /// Outside the plot, to its right; the plot gets narrower to make room.
    case outsideRight
    /// No legend.
    case hidden
}

/// One legend line: a sample of how the series is drawn, and its name.
struct LegendEntry {
    /// How the sample is drawn.
    enum Sample {
        /// A short line, with a marker in its middle when the series has one.
        case line(Stroke, marker: MarkerShape?)
        /// A marker alone.
        case marker(MarkerShape, color: Color, filled: Bool)
    }

    var sample: Sample
    var name: String
}

/// A plot's legend: a white, slightly transparent box of entries.
struct Legend {
    var entries: [LegendEntry]

    static let style = TextStyle(size: 12.5)
    static let rowHeight = 18.0
    static let sampleWidth = 30.0
    static let padding = 7.0

    /// The box's size.
    var size: (width: Double, height: Double) {
        var widest = 0.0
        for entry in entries { widest = max(widest, Self.style.estimatedWidth(of: entry.name)) }
        return (2 * Self.padding + Self.sampleWidth + 6 + widest, 2 * Self.padding + Double(entries.count) * Self.rowHeight - 4)
    }

    /// The box placed in a corner of `plot`, 6 units in from its edges.
    func box(in plot: CanvasRect, corner: LegendPlacement) -> CanvasRect {
        let (width, height) = size
        let inset = 6.0
        let left = corner == .topLeft || corner == .bottomLeft
        let top = corner == .topLeft || corner == .topRight
        return CanvasRect(x: left ? plot.x + inset : plot.maxX - inset - width,
                          y: top ? plot.y + inset : plot.maxY - inset - height,
                          width: width, height: height)
    }

    /// Draws the legend in `box`.
    func draw(in canvas: inout SVGCanvas, box: CanvasRect) {
        canvas.rect(box, fill: Color.white.withOpacity(0.88), stroke: Stroke(color: .lightGray, width: 1), cornerRadius: 3)
        for (index, entry) in entries.enumerated() {
            let middle = box.y + Self.padding + Double(index) * Self.rowHeight + 6
            let start = CanvasPoint(x: box.x + Self.padding, y: middle)
            let end = CanvasPoint(x: box.x + Self.padding + Self.sampleWidth, y: middle)
            let center = CanvasPoint(x: (start.x + end.x) / 2, y: middle)
            switch entry.sample {
            case let .line(stroke, marker):
                canvas.line(from: start, to: end, stroke: stroke)
                if let marker { canvas.marker(marker, at: center, size: 7, fill: stroke.color, stroke: Stroke(color: .white, width: 0.75)) }
            case let .marker(shape, color, filled):
                canvas.marker(shape, at: center, size: 9, fill: filled ? color : .white,
                              stroke: filled ? Stroke(color: .white, width: 0.75) : Stroke(color: color, width: 1.5))
            }
            canvas.text(entry.name, at: CanvasPoint(x: end.x + 6, y: middle),
                        style: ChartText.with(Self.style, baseline: .middle))
        }
    }
}
