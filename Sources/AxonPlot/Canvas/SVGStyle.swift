/// How a line is dashed. The patterns scale with the stroke width so that a
/// thick dashed line keeps its look.
public enum LineDash: Sendable, Equatable {
    /// A continuous line.
    case solid
    /// Long dashes: 4 widths on, 2.5 off.
    case dashed
    /// Dots: 1 width on, 1.5 off.
    case dotted
    /// Dash, dot: 4 on, 2 off, 1 on, 2 off.
    case dashDot

    /// The SVG `stroke-dasharray` value for a line `width` units wide, or nil
    /// for a solid line.
    func pattern(width: Double) -> String? {
        let unit = max(width, 1)
        let lengths: [Double]
        switch self {
        case .solid: return nil
        case .dashed: lengths = [4, 2.5]
        case .dotted: lengths = [1, 1.5]
        case .dashDot: lengths = [4, 2, 1, 2]
        }
        return lengths.map { SVGFormat.number($0 * unit) }.joined(separator: ",")
    }
}

/// How the outline of a shape, or a line, is drawn.
public struct Stroke: Sendable, Equatable {
    /// The colour, with its opacity. The default value is ``Color/black``.
    public var color: Color
    /// The width in canvas units. The default value is `1.5`.
    public var width: Double
    /// The dash pattern. The default value is ``LineDash/solid``.
    public var dash: LineDash

    /// A stroke of `color`, `width` units wide, dashed as `dash`. The
    /// defaults are black, `1.5` and solid.
    public init(color: Color = .black, width: Double = 1.5, dash: LineDash = .solid) {
        self.color = color
        self.width = width.isFinite ? max(width, 0) : 1.5
        self.dash = dash
    }

    /// The attributes `stroke`, `stroke-width`, and where they apply
    /// `stroke-opacity`, `stroke-dasharray` and the line cap and join.
    var attributes: [(String, String)] {
        var result: [(String, String)] = [("stroke", color.hexString), ("stroke-width", SVGFormat.number(width))]
        if color.opacity < 1 { result.append(("stroke-opacity", SVGFormat.number(color.opacity, decimals: 3))) }
        if let pattern = dash.pattern(width: width) {
            result.append(("stroke-dasharray", pattern))
            result.append(("stroke-linecap", "butt"))
        } else {
            result.append(("stroke-linecap", "round"))
        }
        result.append(("stroke-linejoin", "round"))
        return result
    }
}

/// Where a text's anchor point sits horizontally: at its start, middle or end.
public enum TextAnchor: String, Sendable {
    /// The text starts at the anchor point (left-aligned).
    case start
    /// The text is centred on the anchor point.
    case middle
    /// The text ends at the anchor point (right-aligned).
    case end
}

/// Where a text's anchor point sits vertically.
public enum TextBaseline: Sendable {
    /// On the baseline of the (first) line, as SVG places text by default.
    case alphabetic
    /// Half-way up the lowercase letters: the text is centred on the point.
    case middle
    /// At the top of the capitals: the text hangs below the point.
    case top
    /// At the bottom of the descenders: the text sits above the point.
    case bottom

    /// How far down from the anchor point the first baseline lies, for a
    /// font of `size`. Offsets rather than `dominant-baseline`, which some
    /// renderers and printers ignore.
    func offset(size: Double) -> Double {
        switch self {
        case .alphabetic: return 0
        case .middle: return 0.35 * size
        case .top: return 0.78 * size
        case .bottom: return -0.22 * size
        }
    }
}

/// How heavy a text's strokes are.
public enum FontWeight: String, Sendable {
    /// Regular weight.
    case normal
    /// Bold.
    case bold
}

/// How a text is set: size, colour, alignment, weight, rotation.
public struct TextStyle: Sendable, Equatable {
    /// The font size in canvas units. The default value is `13`.
    public var size: Double
    /// The colour. The default value is ``Color/black``.
    public var color: Color
    /// The horizontal alignment. The default value is ``TextAnchor/start``.
    public var anchor: TextAnchor
    /// The vertical alignment. The default value is ``TextBaseline/alphabetic``.
    public var baseline: TextBaseline
    /// The weight. The default value is ``FontWeight/normal``.
    public var weight: FontWeight
    /// Whether the text is slanted. The default value is `false`.
    public var italic: Bool
    /// The rotation in degrees about the anchor point, clockwise as in SVG
    /// (`-90` reads bottom to top). The default value is `0`.
    public var rotation: Double
    /// A colour drawn as an outline behind the glyphs, so that text stays
    /// legible over lines; nil for none. The default value is nil.
    public var halo: Color?

    /// A text style; every argument has the default of the property it sets.
    public init(size: Double = 13, color: Color = .black, anchor: TextAnchor = .start,
                baseline: TextBaseline = .alphabetic, weight: FontWeight = .normal,
                italic: Bool = false, rotation: Double = 0, halo: Color? = nil) {
        self.size = size.isFinite && size > 0 ? size : 13
        self.color = color
        self.anchor = anchor
        self.baseline = baseline
        self.weight = weight
        self.italic = italic
        self.rotation = rotation.isFinite ? rotation : 0
        self.halo = halo
    }

    /// The distance between the baselines of two lines of a multi-line text:
    /// 1.25 times the size.
    public var lineHeight: Double { 1.25 * size }

    /// An estimate of how wide the longest line of `text` is in this style,
    /// from an average glyph width of 0.6 em (0.65 em bold), which fits
    /// DejaVu Sans and errs wide for Helvetica and Arial. Charts use it to
    /// make room for labels; the estimate is all a file can know, as the
    /// reader's font decides the real width.
    public func estimatedWidth(of text: String) -> Double {
        let em = weight == .bold ? 0.65 : 0.6
        var widest = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            widest = max(widest, line.count)
        }
        return Double(widest) * size * em
    }
}
