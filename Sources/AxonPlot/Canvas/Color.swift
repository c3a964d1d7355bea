import Foundation

/// An sRGB colour with an opacity, written into SVG as `#rrggbb` (and a
/// separate `*-opacity` attribute when it is not opaque).
///
/// The named colours are the eight of Okabe and Ito's palette ("Color
/// Universal Design", 2008), chosen so that readers with any common form of
/// colour-blindness still tell them apart; ``Palette`` orders them for charts.
public struct Color: Sendable, Equatable, Hashable {
    /// The red component, 0–255.
    public var red: UInt8
    /// The green component, 0–255.
    public var green: UInt8
    /// The blue component, 0–255.
    public var blue: UInt8
    /// The opacity, from 0 (invisible) to 1 (opaque). The default value is `1`.
    public var opacity: Double

    /// A colour from its components, 0–255 each, and an opacity in [0, 1]
    /// (clamped). The default opacity is `1`.
    public init(red: UInt8, green: UInt8, blue: UInt8, opacity: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.opacity = opacity.isNaN ? 1 : min(max(opacity, 0), 1)
    }

    /// A colour from a 24-bit number such as `0x0072B2`, opaque.
    public init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// The colour as SVG writes it, `#rrggbb` in lower case, without opacity.
    public var hexString: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for component in [red, green, blue] {
            text.append(digits[Int(component >> 4)])
            text.append(digits[Int(component & 0xF)])
        }
        return text
    }

    /// This colour with its opacity replaced by `opacity`.
    public func withOpacity(_ opacity: Double) -> Color {
        Color(red: red, green: green, blue: blue, opacity: opacity)
    }

    /// The colour a `fraction` of the way from this one to `other`, mixed
    /// component by component in sRGB; `0` gives this colour, `1` gives
    /// `other`. Opacities are mixed the same way.
    public func mixed(with other: Color, fraction: Double) -> Color {
        let t = fraction.isNaN ? 0 : min(max(fraction, 0), 1)
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return Color(red: channel(red, other.red), green: channel(green, other.green), blue: channel(blue, other.blue),
                     opacity: opacity + (other.opacity - opacity) * t)
    }

    /// The WCAG relative luminance, 0 for black to 1 for white; text on a
    /// fill whose luminance is below about 0.4 reads best in white.
    public var luminance: Double {
        func linear(_ component: UInt8) -> Double {
            let c = Double(component) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    // MARK: Named colours

    /// Black, `#000000` (Okabe–Ito).
    public static let black = Color(hex: 0x000000)
    /// White, `#ffffff`.
    public static let white = Color(hex: 0xFFFFFF)
    /// Orange, `#e69f00` (Okabe–Ito).
    public static let orange = Color(hex: 0xE69F00)
    /// Sky blue, `#56b4e9` (Okabe–Ito).
    public static let skyBlue = Color(hex: 0x56B4E9)
    /// Bluish green, `#009e73` (Okabe–Ito).
    public static let bluishGreen = Color(hex: 0x009E73)
    /// Yellow, `#f0e442` (Okabe–Ito); faint on white, so last in ``Palette``.
    public static let yellow = Color(hex: 0xF0E442)
    /// Blue, `#0072b2` (Okabe–Ito).
    public static let blue = Color(hex: 0x0072B2)
    /// Vermillion, `#d55e00` (Okabe–Ito).
    public static let vermillion = Color(hex: 0xD55E00)
    /// Reddish purple, `#cc79a7` (Okabe–Ito).
    public static let reddishPurple = Color(hex: 0xCC79A7)
    /// Dark grey, `#404040`, for axes and text that should not be black.
    public static let darkGray = Color(hex: 0x404040)
    /// Mid grey, `#808080`, for reference lines and frames.
    public static let gray = Color(hex: 0x808080)
    /// Light grey, `#d9d9d9`, for grid lines and missing values.
    public static let lightGray = Color(hex: 0xD9D9D9)
}
