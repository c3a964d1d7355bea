/// A position on an ``SVGCanvas``, in canvas units (CSS pixels of the
/// `viewBox`): `x` grows to the right, `y` grows downwards, as in SVG.
public struct CanvasPoint: Sendable, Equatable {
    /// The horizontal coordinate, from the canvas's left edge.
    public var x: Double
    /// The vertical coordinate, from the canvas's top edge.
    public var y: Double

    /// A point at (`x`, `y`) in canvas units.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Whether both coordinates are finite numbers (not NaN or infinite).
    public var isFinite: Bool { x.isFinite && y.isFinite }
}

/// An axis-aligned rectangle on an ``SVGCanvas``, in canvas units.
public struct CanvasRect: Sendable, Equatable {
    /// The left edge.
    public var x: Double
    /// The top edge.
    public var y: Double
    /// The width; not negative.
    public var width: Double
    /// The height; not negative.
    public var height: Double

    /// A rectangle whose top-left corner is (`x`, `y`). A negative width or
    /// height is taken as zero.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The right edge, `x + width`.
    public var maxX: Double { x + width }
    /// The bottom edge, `y + height`.
    public var maxY: Double { y + height }
    /// The centre point.
    public var center: CanvasPoint { CanvasPoint(x: x + width / 2, y: y + height / 2) }

    /// Whether `point` lies inside or on the border, with `tolerance` canvas
    /// units of slack on every side. The default tolerance is `0`.
    public func contains(_ point: CanvasPoint, tolerance: Double = 0) -> Bool {
        point.x >= x - tolerance && point.x <= maxX + tolerance
            && point.y >= y - tolerance && point.y <= maxY + tolerance
    }

    /// This rectangle moved inwards by `amount` on every side (outwards when
    /// negative); never smaller than zero.
    public func insetBy(_ amount: Double) -> CanvasRect {
        CanvasRect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }
}
