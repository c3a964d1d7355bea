import Foundation

/// A drawing surface that writes SVG: the builder every chart draws with,
/// public so that bespoke diagrams can be drawn the same way.
///
/// Coordinates are canvas units (the `viewBox`'s pixels), `y` growing
/// downwards. Elements are written in the order they are drawn, so later
/// ones cover earlier ones. Numbers are written with at most two decimals
/// and no locale, text is XML-escaped, identifiers (clip paths) are
/// numbered in drawing order: the same drawing always gives the same bytes.
///
/// ```swift
/// var canvas = SVGCanvas(width: 320, height: 120)
/// canvas.circle(center: CanvasPoint(x: 60, y: 60), radius: 24, fill: .white, stroke: Stroke())
/// canvas.text("Σ", at: CanvasPoint(x: 60, y: 60), style: TextStyle(size: 20, anchor: .middle, baseline: .middle))
/// canvas.arrow(from: CanvasPoint(x: 84, y: 60), to: CanvasPoint(x: 200, y: 60), stroke: Stroke())
/// try canvas.write(to: URL(fileURLWithPath: "neuron.svg"))
/// ```
public struct SVGCanvas: Sendable {
    /// The width of the `viewBox` and of the image, in canvas units.
    public let width: Double
    /// The height of the `viewBox` and of the image, in canvas units.
    public let height: Double
    /// The colour painted behind everything, or nil for a transparent image.
    /// The default value is ``Color/white``.
    public var background: Color?
    /// The document's `<title>`, read by screen readers and shown as a
    /// tooltip; nil for none. The default value is nil.
    public var title: String?
    /// The font stack of every text: DejaVu Sans (the common Linux font whose
    /// widths the layout estimates follow), then Helvetica, Arial, any sans.
    public static let fontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif"
    /// What the identifiers the drawing defines (its clip paths) start with,
    /// followed by their number: give each drawing its own prefix when
    /// several are inlined in one HTML page, whose identifiers are shared.
    /// The default value is `"clip"`.
    public var identifierPrefix = "clip"

    private var definitions: [String] = []
    private var elements: [String] = []
    private var identifierCount = 0

    /// An empty canvas `width` by `height` canvas units, painted `background`
    /// (nil: transparent). Non-finite or negative sizes are taken as 1. The
    /// default background is ``Color/white``.
    public init(width: Double, height: Double, background: Color? = .white) {
        self.width = width.isFinite && width > 0 ? width : 1
        self.height = height.isFinite && height > 0 ? height : 1
        self.background = background
    }

    // MARK: Shapes

    /// A straight line from `start` to `end`; nothing when either is not finite.
    public mutating func line(from start: CanvasPoint, to end: CanvasPoint, stroke: Stroke) {
        guard start.isFinite, end.isFinite else { return }
        append("line", [
            ("x1", SVGFormat.number(start.x)), ("y1", SVGFormat.number(start.y)),
            ("x2", SVGFormat.number(end.x)), ("y2", SVGFormat.number(end.y)),
        ] + stroke.attributes)
    }

    /// An open line through `points`. A point with a non-finite coordinate
    /// breaks the line there: the pieces either side are drawn separately,
    /// and a piece of a single point draws nothing.
    public mutating func polyline(_ points: [CanvasPoint], stroke: Stroke) {
        for piece in Self.finitePieces(of: points) where piece.count >= 2 {
            append("polyline", [("points", Self.pointList(piece)), ("fill", "none")] + stroke.attributes)
        }
    }

    /// A closed shape through `points`, filled with `fill` (nil: not filled)
    /// and outlined with `stroke` (nil: no outline). Non-finite points are
    /// left out; fewer than three points draw nothing.
    public mutating func polygon(_ points: [CanvasPoint], fill: Color?, stroke: Stroke? = nil) {
        let finite = points.filter(\.isFinite)
        guard finite.count >= 3 else { return }
        append("polygon", [("points", Self.pointList(finite))] + Self.paint(fill: fill, stroke: stroke))
    }

    /// A rectangle, optionally with rounded corners of `cornerRadius`. The
    /// default corner radius is `0`.
    public mutating func rect(_ rect: CanvasRect, fill: Color?, stroke: Stroke? = nil, cornerRadius: Double = 0) {
        guard rect.x.isFinite, rect.y.isFinite, rect.width.isFinite, rect.height.isFinite else { return }
        var attributes = [
            ("x", SVGFormat.number(rect.x)), ("y", SVGFormat.number(rect.y)),
            ("width", SVGFormat.number(rect.width)), ("height", SVGFormat.number(rect.height)),
        ]
        if cornerRadius > 0, cornerRadius.isFinite { attributes.append(("rx", SVGFormat.number(cornerRadius))) }
        append("rect", attributes + Self.paint(fill: fill, stroke: stroke))
    }

    /// A circle of `radius` about `center`.
    public mutating func circle(center: CanvasPoint, radius: Double, fill: Color?, stroke: Stroke? = nil) {
        guard center.isFinite, radius.isFinite, radius >= 0 else { return }
        append("circle", [
            ("cx", SVGFormat.number(center.x)), ("cy", SVGFormat.number(center.y)), ("r", SVGFormat.number(radius)),
        ] + Self.paint(fill: fill, stroke: stroke))
    }

    /// A general outline built with ``CanvasPath``.
    public mutating func path(_ path: CanvasPath, fill: Color?, stroke: Stroke? = nil) {
        guard !path.isEmpty else { return }
        append("path", [("d", path.data)] + Self.paint(fill: fill, stroke: stroke))
    }

    /// A point marker of `shape`, nominal diameter `size`, centred on `center`.
    public mutating func marker(_ shape: MarkerShape, at center: CanvasPoint, size: Double,
                                fill: Color?, stroke: Stroke? = nil) {
        guard center.isFinite, size.isFinite, size > 0 else { return }
        if shape == .circle {
            circle(center: center, radius: size / 2, fill: fill, stroke: stroke)
        } else {
            polygon(shape.outline(center: center, size: size), fill: fill, stroke: stroke)
        }
    }

    /// A line from `start` to `end` with a filled triangular head at `end`,
    /// `headLength` long, in the stroke's colour. The default head length is
    /// 4 stroke widths, at least 7.
    public mutating func arrow(from start: CanvasPoint, to end: CanvasPoint, stroke: Stroke, headLength: Double? = nil) {
        guard start.isFinite, end.isFinite else { return }
        let dx = end.x - start.x
        let dy = end.y - start.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let head = min(headLength ?? max(4 * stroke.width, 7), length)
        let ux = dx / length
        let uy = dy / length
        let base = CanvasPoint(x: end.x - ux * head, y: end.y - uy * head)
        // The shaft stops inside the head so its end cap cannot poke out of the tip.
        let shaftEnd = CanvasPoint(x: end.x - ux * head * 0.8, y: end.y - uy * head * 0.8)
        line(from: start, to: shaftEnd, stroke: stroke)
        let halfWidth = head * 0.42
        polygon([
            end,
            CanvasPoint(x: base.x - uy * halfWidth, y: base.y + ux * halfWidth),
            CanvasPoint(x: base.x + uy * halfWidth, y: base.y - ux * halfWidth),
        ], fill: stroke.color)
    }

    /// `text` at `point`, set in `style`; a newline starts a new line below,
    /// `style.lineHeight` apart. Empty text draws nothing.
    public mutating func text(_ text: String, at point: CanvasPoint, style: TextStyle = TextStyle()) {
        guard point.isFinite, !text.isEmpty else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Multi-line text is centred as a block for the middle and bottom baselines.
        var firstBaseline = point.y + style.baseline.offset(size: style.size)
        switch style.baseline {
        case .middle: firstBaseline -= Double(lines.count - 1) * style.lineHeight / 2
        case .bottom: firstBaseline -= Double(lines.count - 1) * style.lineHeight
        case .alphabetic, .top: break
        }
        var attributes = [("x", SVGFormat.number(point.x)), ("y", SVGFormat.number(firstBaseline)),
                          ("font-size", SVGFormat.number(style.size))]
        if style.anchor != .start { attributes.append(("text-anchor", style.anchor.rawValue)) }
        if style.weight != .normal { attributes.append(("font-weight", style.weight.rawValue)) }
        if style.italic { attributes.append(("font-style", "italic")) }
        attributes.append(("fill", style.color.hexString))
        if style.color.opacity < 1 { attributes.append(("fill-opacity", SVGFormat.number(style.color.opacity, decimals: 3))) }
        if let halo = style.halo {
            attributes += [("stroke", halo.hexString), ("stroke-width", SVGFormat.number(style.size * 0.25)),
                           ("stroke-linejoin", "round"), ("paint-order", "stroke")]
            if halo.opacity < 1 { attributes.append(("stroke-opacity", SVGFormat.number(halo.opacity, decimals: 3))) }
        }
        if style.rotation != 0 {
            let about = SVGFormat.number(point.x) + " " + SVGFormat.number(point.y)
            attributes.append(("transform", "rotate(" + SVGFormat.number(style.rotation) + " " + about + ")"))
        }
        var content = ""
        if lines.count == 1 {
            content = SVGFormat.escaped(lines[0])
        } else {
            for (index, line) in lines.enumerated() {
                let dy = index == 0 ? "0" : SVGFormat.number(style.lineHeight)
                content += "<tspan x=\"" + SVGFormat.number(point.x) + "\" dy=\"" + dy + "\">"
                content += SVGFormat.escaped(line) + "</tspan>"
            }
        }
        elements.append("<text" + Self.attributeText(attributes) + ">" + content + "</text>")
    }

    // MARK: Groups

    /// Draws what `draw` draws inside a group: clipped to `clip` when given,
    /// at `opacity` (the whole group at once, so overlaps do not darken), and
    /// with `crispEdges` rendering when asked, which keeps abutting rectangles
    /// free of hairline seams. The defaults are no clip, opacity `1`, and
    /// ordinary anti-aliased rendering.
    public mutating func group(clippedTo clip: CanvasRect? = nil, opacity: Double = 1, crispEdges: Bool = false,
                               _ draw: (inout SVGCanvas) -> Void) {
        var attributes: [(String, String)] = []
        if let clip {
            identifierCount += 1
            let identifier = identifierPrefix + String(identifierCount)
            definitions.append("<clipPath id=\"" + identifier + "\"><rect" + Self.attributeText([
                ("x", SVGFormat.number(clip.x)), ("y", SVGFormat.number(clip.y)),
                ("width", SVGFormat.number(clip.width)), ("height", SVGFormat.number(clip.height)),
            ]) + "/></clipPath>")
            attributes.append(("clip-path", "url(#" + identifier + ")"))
        }
        if opacity < 1, opacity.isFinite { attributes.append(("opacity", SVGFormat.number(max(opacity, 0), decimals: 3))) }
        if crispEdges { attributes.append(("shape-rendering", "crispEdges")) }
        elements.append("<g" + Self.attributeText(attributes) + ">")
        draw(&self)
        elements.append("</g>")
    }

    // MARK: Output

    /// The whole document: an XML declaration and one `<svg>` element whose
    /// `width`, `height` and `viewBox` are the canvas size, one element per line.
    public func svg() -> String {
        let size = [("width", SVGFormat.number(width)), ("height", SVGFormat.number(height))]
        let viewBox = "0 0 " + SVGFormat.number(width) + " " + SVGFormat.number(height)
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        lines.append("<svg" + Self.attributeText([("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1")] + size
                + [("viewBox", viewBox), ("font-family", Self.fontFamily)]) + ">")
        if let title { lines.append("<title>" + SVGFormat.escaped(title) + "</title>") }
        if !definitions.isEmpty { lines.append("<defs>\n" + definitions.joined(separator: "\n") + "\n</defs>") }
        if let background {
            lines.append("<rect" + Self.attributeText([("x", "0"), ("y", "0")] + size + Self.paint(fill: background, stroke: nil)) + "/>")
        }
        lines += elements
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes ``svg()`` to `url` whole or not at all; see ``SVGFile/write(_:to:)``.
    public func write(to url: URL) throws {
        try SVGFile.write(svg(), to: url)
    }

    // MARK: Helpers

    private mutating func append(_ name: String, _ attributes: [(String, String)]) {
        elements.append("<" + name + Self.attributeText(attributes) + "/>")
    }

    static func attributeText(_ attributes: [(String, String)]) -> String {
        var text = ""
        for (name, value) in attributes {
            text += " " + name + "=\"" + SVGFormat.escaped(value) + "\""
        }
        return text
    }

    static func paint(fill: Color?, stroke: Stroke?) -> [(String, String)] {
        var attributes: [(String, String)] = [("fill", fill?.hexString ?? "none")]
        if let fill, fill.opacity < 1 { attributes.append(("fill-opacity", SVGFormat.number(fill.opacity, decimals: 3))) }
        if let stroke { attributes += stroke.attributes }
        return attributes
    }

    static func pointList(_ points: [CanvasPoint]) -> String {
        var text = ""
        for (index, point) in points.enumerated() {
            if index > 0 { text += " " }
            text += SVGFormat.number(point.x) + "," + SVGFormat.number(point.y)
        }
        return text
    }

    /// `points` cut at every point with a non-finite coordinate.
    static func finitePieces(of points: [CanvasPoint]) -> [[CanvasPoint]] {
        var pieces: [[CanvasPoint]] = []
        var current: [CanvasPoint] = []
        for point in points {
            if point.isFinite {
                current.append(point)
            } else if !current.isEmpty {
                pieces.append(current)
                current = []
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
