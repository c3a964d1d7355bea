/// An outline of straight and curved pieces, drawn by
/// ``SVGCanvas/path(_:fill:stroke:)``: the SVG `d` attribute, built one
/// command at a time with absolute coordinates.
///
/// ```swift
/// var step = CanvasPath()
/// step.move(to: CanvasPoint(x: 0, y: 40))
/// step.line(to: CanvasPoint(x: 20, y: 40))
/// step.line(to: CanvasPoint(x: 20, y: 0))
/// ```
///
/// A command with a non-finite point is skipped, and the next line or curve
/// starts a new piece, so the data never holds NaN.
public struct CanvasPath: Sendable, Equatable {
    /// The SVG path data written so far.
    public private(set) var data = ""
    private var needsMove = true

    /// An empty path.
    public init() {}

    /// Whether nothing has been added.
    public var isEmpty: Bool { data.isEmpty }

    /// Starts a new piece at `point`.
    public mutating func move(to point: CanvasPoint) {
        guard point.isFinite else {
            needsMove = true
            return
        }
        command("M", [point])
        needsMove = false
    }

    /// A straight piece from the current point to `point`.
    public mutating func line(to point: CanvasPoint) {
        guard point.isFinite else {
            needsMove = true
            return
        }
        command(needsMove ? "M" : "L", [point])
        needsMove = false
    }

    /// A quadratic Bézier piece to `point`, bending towards `control`.
    public mutating func quadraticCurve(to point: CanvasPoint, control: CanvasPoint) {
        guard point.isFinite, control.isFinite else {
            needsMove = true
            return
        }
        if needsMove {
            move(to: point)
        } else {
            command("Q", [control, point])
        }
    }

    /// A cubic Bézier piece to `point`, leaving towards `control1` and
    /// arriving from `control2`.
    public mutating func cubicCurve(to point: CanvasPoint, control1: CanvasPoint, control2: CanvasPoint) {
        guard point.isFinite, control1.isFinite, control2.isFinite else {
            needsMove = true
            return
        }
        if needsMove {
            move(to: point)
        } else {
            command("C", [control1, control2, point])
        }
    }

    /// Closes the current piece with a straight line back to its start.
    public mutating func close() {
        guard !data.isEmpty, !needsMove else { return }
        data += data.isEmpty ? "Z" : " Z"
        needsMove = true
    }

    private mutating func command(_ letter: String, _ points: [CanvasPoint]) {
        if !data.isEmpty { data += " " }
        data += letter + SVGCanvas.pointList(points)
    }
}
