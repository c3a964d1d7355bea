/// The straight line a·x + b·y + c = 0 drawn across the whole plot, cut at
/// its edges: a perceptron's decision boundary w₁·x + w₂·y + b = 0 is
/// `StraightLine(a: w1, b: w2, c: b)`.
///
/// Lines do not widen the plot's ranges. A line with a = b = 0 draws nothing.
public struct StraightLine: Sendable {
    /// The coefficient of x.
    public var a: Double
    /// The coefficient of y.
    public var b: Double
    /// The constant term.
    public var c: Double
    /// The name shown in the legend; nil keeps the line out of the legend.
    public var label: String?
    /// The colour. The default value is ``Color/black``.
    public var color: Color
    /// The dash pattern; nil takes solid, dashed, dotted, dash-dot in turn
    /// for the plot's first, second, third, fourth line. The default is nil.
    public var dash: LineDash?
    /// The line width. The default value is `1.75`.
    public var width: Double

    /// The line a·x + b·y + c = 0. The defaults: no label, black, dash by
    /// position, width `1.75`.
    public init(a: Double, b: Double, c: Double, label: String? = nil, color: Color = .black,
                dash: LineDash? = nil, width: Double = 1.75) {
        self.a = a
        self.b = b
        self.c = c
        self.label = label
        self.color = color
        self.dash = dash
        self.width = width
    }

    /// The line y = slope·x + intercept. Other defaults as in
    /// ``init(a:b:c:label:color:dash:width:)``.
    public init(slope: Double, intercept: Double, label: String? = nil, color: Color = .black,
                dash: LineDash? = nil, width: Double = 1.75) {
        self.init(a: slope, b: -1, c: intercept, label: label, color: color, dash: dash, width: width)
    }
}

/// A vertical line at one x, or a horizontal line at one y, across the plot,
/// with a label beside it: "diverges at step 7", "chance level".
///
/// The value widens the plot's range to include it. A value the axis cannot
/// place (not finite, or not positive on a logarithmic axis) draws nothing.
public struct ReferenceLine: Sendable {
    /// Which way the line runs.
    public enum Orientation: Sendable {
        /// Vertical, at an x value.
        case vertical
        /// Horizontal, at a y value.
        case horizontal
    }

    /// Which way the line runs.
    public var orientation: Orientation
    /// The x (vertical) or y (horizontal) value where the line is.
    public var value: Double
    /// The text beside the line, at its top (vertical) or right end
    /// (horizontal); nil for none.
    public var label: String?
    /// The colour. The default value is ``Color/darkGray``.
    public var color: Color
    /// The dash pattern. The default value is ``LineDash/dashed``.
    public var dash: LineDash

    /// A vertical line at `x`. The defaults: no label, dark grey, dashed.
    public init(x: Double, label: String? = nil, color: Color = .darkGray, dash: LineDash = .dashed) {
        self.orientation = .vertical
        self.value = x
        self.label = label
        self.color = color
        self.dash = dash
    }

    /// A horizontal line at `y`. The defaults: no label, dark grey, dashed.
    public init(y: Double, label: String? = nil, color: Color = .darkGray, dash: LineDash = .dashed) {
        self.orientation = .horizontal
        self.value = y
        self.label = label
        self.color = color
        self.dash = dash
    }
}

/// A marked point with a note beside it: a start point, a minimum, the step
/// where a run diverged.
///
/// A point outside the plot's ranges, or at ±infinity, is drawn on the
/// nearest edge, so that "diverged here" still shows where a value left
/// the chart; a NaN coordinate draws nothing. Annotations at finite values
/// widen the plot's ranges to include them.
public struct Annotation: Sendable {
    /// The x coordinate.
    public var x: Double
    /// The y coordinate.
    public var y: Double
    /// The note, drawn above and to the right of the point (to the left
    /// near the right edge); nil for none.
    public var text: String?
    /// The marker; nil for none. The default value is ``MarkerShape/circle``.
    public var marker: MarkerShape?
    /// The colour of marker and text. The default value is ``Color/black``.
    public var color: Color
    /// The marker's nominal diameter. The default value is `10`.
    public var markerSize: Double

    /// A note `text` at (`x`, `y`). The defaults: circle marker, black, size `10`.
    public init(x: Double, y: Double, text: String? = nil, marker: MarkerShape? = .circle, color: Color = .black,
                markerSize: Double = 10) {
        self.x = x
        self.y = y
        self.text = text
        self.marker = marker
        self.color = color
        self.markerSize = markerSize
    }
}
