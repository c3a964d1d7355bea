/// A line through (x, y) points, in the order given: a loss curve, an
/// accuracy curve, an optimizer's path over a contour plot.
///
/// A point with a non-finite coordinate, or one that a logarithmic axis
/// cannot place (zero or negative), breaks the line; a segment leaving the
/// plot is cut at its edge, so a diverging run draws up to the edge and
/// stops there. Points that lie within 0.2 canvas units of the line drawn
/// without them are left out (Ramer–Douglas–Peucker), so a smooth curve of
/// many thousand steps stays a small file and looks the same.
public struct LineSeries: Sendable {
    /// The name shown in the legend; nil keeps the series out of the legend.
    public var name: String?
    /// The x coordinates.
    public var x: [Double]
    /// The y coordinates, as many as `x`.
    public var y: [Double]
    /// The colour; nil takes the next colour of ``Palette``.
    public var color: Color?
    /// The dash pattern; nil takes ``Palette/dash(_:)`` of the series' index
    /// (solid for the first eight).
    public var dash: LineDash?
    /// The line width. The default value is `2`.
    public var width: Double
    /// A marker drawn at every point inside the plot; nil for none. The
    /// default value is nil.
    public var marker: MarkerShape?
    /// The marker's nominal diameter. The default value is `7`.
    public var markerSize: Double

    /// A series through (`x[i]`, `y[i]`). `x` and `y` must have the same
    /// length. The defaults: palette colour and dash, width `2`, no marker,
    /// marker size `7`.
    public init(_ name: String? = nil, x: [Double], y: [Double], color: Color? = nil, dash: LineDash? = nil,
                width: Double = 2, marker: MarkerShape? = nil, markerSize: Double = 7) {
        precondition(x.count == y.count, "LineSeries(\(name ?? "unnamed")): x has \(x.count) values but y has \(y.count)")
        self.name = name
        self.x = x
        self.y = y
        self.color = color
        self.dash = dash
        self.width = width
        self.marker = marker
        self.markerSize = markerSize
    }

    /// A series of `y` values at x = `firstX`, `firstX + 1`, … (the default
    /// `firstX` is `0`, so index i is at x = i; pass `1` for epochs counted
    /// from one). Other defaults as in ``init(_:x:y:color:dash:width:marker:markerSize:)``.
    public init(_ name: String? = nil, y: [Double], firstX: Double = 0, color: Color? = nil, dash: LineDash? = nil,
                width: Double = 2, marker: MarkerShape? = nil, markerSize: Double = 7) {
        let x = y.indices.map { firstX + Double($0) }
        self.init(name, x: x, y: y, color: color, dash: dash, width: width, marker: marker, markerSize: markerSize)
    }
}
