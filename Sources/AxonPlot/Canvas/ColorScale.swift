/// The categorical colours and marker shapes given to series and classes
/// that do not choose their own, in order.
///
/// Colours are Okabe and Ito's eight, ordered for lines and markers on white:
/// blue, vermillion, bluish green, orange, reddish purple, sky blue, black,
/// yellow. Series past the eighth reuse the colours with another dash
/// pattern and marker shape, so every series stays distinguishable in
/// greyscale print as well.
public enum Palette {
    /// The categorical colours, in the order series and classes get them.
    public static let colors: [Color] = [
        .blue, .vermillion, .bluishGreen, .orange, .reddishPurple, .skyBlue, .black, .yellow,
    ]

    /// The marker shapes, in the order classes get them: circle, triangle,
    /// square, diamond, downward triangle, cross, plus, star.
    public static let markers: [MarkerShape] = [
        .circle, .triangle, .square, .diamond, .triangleDown, .cross, .plus, .star,
    ]

    /// The dash patterns that series past the palette's length cycle through.
    public static let dashes: [LineDash] = [.solid, .dashed, .dotted, .dashDot]

    /// The colour of series or class `index` (0-based); cycles through
    /// ``colors``. A negative index gives ``Color/gray``.
    public static func color(_ index: Int) -> Color {
        index < 0 ? .gray : colors[index % colors.count]
    }

    /// The marker shape of class `index` (0-based); cycles through ``markers``.
    public static func marker(_ index: Int) -> MarkerShape {
        markers[max(index, 0) % markers.count]
    }

    /// The dash pattern of series `index`: solid for the first eight, then
    /// the next pattern each time the colours start over.
    public static func dash(_ index: Int) -> LineDash {
        dashes[(max(index, 0) / colors.count) % dashes.count]
    }
}

/// A continuous colour scale: a value in [0, 1] to a colour, interpolated
/// linearly in sRGB between evenly spaced stops.
///
/// - ``viridis``: perceptually ordered sequential scale (dark purple to
///   yellow), readable by colour-blind readers and in greyscale; the
///   default for contour levels.
/// - ``blues``: ColorBrewer's single-hue sequential "Blues" (near-white to
///   dark blue), where zero stays light; the default for heat maps.
/// - ``redBlue``: ColorBrewer's diverging "RdBu" (red, white, blue), marked
///   colour-blind safe; 0 is the negative end, 0.5 the middle, 1 the
///   positive end.
public struct ColorScale: Sendable, Equatable {
    /// The colours at evenly spaced positions from 0 to 1; at least two.
    public let stops: [Color]

    /// A scale through `stops`, spaced evenly from 0 to 1. One stop gives a
    /// constant scale; none gives grey.
    public init(stops: [Color]) {
        switch stops.count {
        case 0: self.stops = [.gray, .gray]
        case 1: self.stops = [stops[0], stops[0]]
        default: self.stops = stops
        }
    }

    /// The colour at position `t` in [0, 1]; values outside are clamped and
    /// NaN gives ``Color/lightGray``.
    public func color(at t: Double) -> Color {
        guard !t.isNaN else { return .lightGray }
        let position = min(max(t, 0), 1) * Double(stops.count - 1)
        let lower = min(Int(position.rounded(.down)), stops.count - 2)
        return stops[lower].mixed(with: stops[lower + 1], fraction: position - Double(lower))
    }

    /// The same colours in the opposite order.
    public var reversed: ColorScale { ColorScale(stops: stops.reversed()) }

    /// Viridis (van der Walt and Smith, matplotlib), sampled at ten points.
    public static let viridis = ColorScale(stops: [
        Color(hex: 0x440154), Color(hex: 0x482878), Color(hex: 0x3E4A89), Color(hex: 0x31688E), Color(hex: 0x26828E),
        Color(hex: 0x1F9E89), Color(hex: 0x35B779), Color(hex: 0x6DCD59), Color(hex: 0xB4DE2C), Color(hex: 0xFDE725),
    ])

    /// ColorBrewer "Blues", nine classes, light to dark.
    public static let blues = ColorScale(stops: [
        Color(hex: 0xF7FBFF), Color(hex: 0xDEEBF7), Color(hex: 0xC6DBEF), Color(hex: 0x9ECAE1), Color(hex: 0x6BAED6),
        Color(hex: 0x4292C6), Color(hex: 0x2171B5), Color(hex: 0x08519C), Color(hex: 0x08306B),
    ])

    /// ColorBrewer "RdBu", nine classes, from red (negative) through
    /// near-white to blue (positive).
    public static let redBlue = ColorScale(stops: [
        Color(hex: 0xB2182B), Color(hex: 0xD6604D), Color(hex: 0xF4A582), Color(hex: 0xFDDBC7), Color(hex: 0xF7F7F7),
        Color(hex: 0xD1E5F0), Color(hex: 0x92C5DE), Color(hex: 0x4393C3), Color(hex: 0x2166AC),
    ])
}
