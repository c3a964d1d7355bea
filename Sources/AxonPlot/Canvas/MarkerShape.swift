import Foundation

/// The shape of a point marker. Shapes are sized to cover about the same
/// area at the same nominal size, so that no class looks more important
/// because of its shape.
public enum MarkerShape: String, Sendable, CaseIterable {
    /// A disc.
    case circle
    /// An upward-pointing equilateral triangle.
    case triangle
    /// An axis-aligned square.
    case square
    /// A square standing on a corner.
    case diamond
    /// A downward-pointing equilateral triangle.
    case triangleDown
    /// A diagonal cross (×), drawn as a filled outline.
    case cross
    /// An upright cross (+), drawn as a filled outline.
    case plus
    /// A five-pointed star.
    case star

    /// The outline of the marker centred on `center` with nominal diameter
    /// `size`, as polygon vertices; empty for ``circle``, which is drawn as
    /// an SVG circle of radius `size / 2`.
    func outline(center: CanvasPoint, size: Double) -> [CanvasPoint] {
        let r = size / 2
        func point(_ dx: Double, _ dy: Double) -> CanvasPoint {
            CanvasPoint(x: center.x + dx, y: center.y + dy)
        }
        func polar(_ radius: Double, degrees: Double) -> CanvasPoint {
            let angle = degrees * Double.pi / 180
            return point(radius * sin(angle), -radius * cos(angle))
        }
        switch self {
        case .circle:
            return []
        case .square:
            // Side √π·r: the area of the disc of radius r.
            let h = 0.886 * r
            return [point(-h, -h), point(h, -h), point(h, h), point(-h, h)]
        case .diamond:
            let h = 1.2 * r
            return [point(0, -h), point(h, 0), point(0, h), point(-h, 0)]
        case .triangle, .triangleDown:
            // Vertices on a circle about the centroid; a radius of 1.27·r
            // gives the disc's area.
            let flip: Double = self == .triangle ? 0 : 180
            return [0.0, 120, 240].map { polar(1.27 * r, degrees: $0 + flip) }
        case .plus, .cross:
            let arm = 1.1 * r
            let half = 0.34 * r
            var corners = [
                point(-half, -arm), point(half, -arm), point(half, -half), point(arm, -half),
                point(arm, half), point(half, half), point(half, arm), point(-half, arm),
                point(-half, half), point(-arm, half), point(-arm, -half), point(-half, -half),
            ]
            if self == .cross {
                // The plus turned by 45°: (dx, dy) -> ((dx - dy)/√2, (dx + dy)/√2).
                corners = corners.map { corner in
                    let dx = corner.x - center.x
                    let dy = corner.y - center.y
                    return point((dx - dy) * 0.7071, (dx + dy) * 0.7071)
                }
            }
            return corners
        case .star:
            var corners: [CanvasPoint] = []
            for k in 0 ..< 10 {
                let radius = k.isMultiple(of: 2) ? 1.45 * r : 0.6 * r
                corners.append(polar(radius, degrees: Double(k) * 36))
            }
            return corners
        }
    }
}
