import Foundation

/// Anything that draws itself into a rectangle of an ``SVGCanvas``: every
/// chart of AxonPlot, and ``Figure``, which puts charts side by side.
///
/// A chart is a plain value; nothing is drawn until ``svg()``,
/// ``write(to:)`` or ``draw(in:frame:)`` is called, and the same chart
/// always draws the same bytes.
public protocol Chart: Sendable {
    /// The width the chart asks for, in canvas units.
    var width: Double { get }
    /// The height the chart asks for, in canvas units.
    var height: Double { get }
    /// Draws the chart into `frame` of `canvas`, scaled to fit it.
    func draw(in canvas: inout SVGCanvas, frame: CanvasRect)
}

extension Chart {
    /// A white canvas of the chart's size with the chart drawn on it, its
    /// identifiers starting with `identifierPrefix` (see
    /// ``SVGCanvas/identifierPrefix``). The default prefix is `"clip"`.
    public func canvas(identifierPrefix: String = "clip") -> SVGCanvas {
        var canvas = SVGCanvas(width: width, height: height)
        canvas.identifierPrefix = identifierPrefix
        draw(in: &canvas, frame: CanvasRect(x: 0, y: 0, width: canvas.width, height: canvas.height))
        return canvas
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        canvas().svg()
    }

    /// Writes the chart as an SVG file to `url`, whole or not at all; a path
    /// that exists and is not a regular file is refused and left untouched
    /// (see ``SVGFile/write(_:to:)``).
    public func write(to url: URL) throws {
        try SVGFile.write(svg(), to: url)
    }
}

/// The text styles and the title and caption blocks that every chart shares.
enum ChartText {
    /// Chart titles: 16, bold, centred.
    static let title = TextStyle(size: 16, anchor: .middle, weight: .bold)
    /// Axis labels and legend entries: 13.
    static let label = TextStyle(size: 13)
    /// Tick labels: 12, dark grey.
    static let tick = TextStyle(size: 12, color: .darkGray)
    /// Captions: 12, dark grey.
    static let caption = TextStyle(size: 12, color: .darkGray)
    /// Space kept clear around a chart's edge.
    static let padding = 10.0

    /// The height the title block takes in a frame `width` wide: nothing
    /// without a title.
    static func titleHeight(_ title: String?, width: Double) -> Double {
        guard let title, !title.isEmpty else { return 0 }
        let lines = wrap(title, width: width - 2 * padding, style: Self.title)
        return padding + Double(lines.count) * Self.title.lineHeight + 4
    }

    /// The height the caption block takes in a frame `width` wide: nothing
    /// without a caption.
    static func captionHeight(_ caption: String?, width: Double) -> Double {
        guard let caption, !caption.isEmpty else { return 0 }
        let lines = wrap(caption, width: width - 2 * padding, style: Self.caption)
        return Double(lines.count) * Self.caption.lineHeight + padding + 4
    }

    /// Draws `title` centred at the top of `frame` and returns what is left
    /// of the frame below it (the whole frame when there is no title).
    static func drawTitle(_ title: String?, in canvas: inout SVGCanvas, frame: CanvasRect) -> CanvasRect {
        guard let title, !title.isEmpty else { return frame }
        let lines = wrap(title, width: frame.width - 2 * padding, style: Self.title)
        canvas.text(lines.joined(separator: "\n"), at: CanvasPoint(x: frame.x + frame.width / 2, y: frame.y + padding),
                    style: with(Self.title, baseline: .top))
        let used = titleHeight(title, width: frame.width)
        return CanvasRect(x: frame.x, y: frame.y + used, width: frame.width, height: frame.height - used)
    }

    /// Draws `caption`, wrapped to the frame's width, at the bottom of
    /// `frame` and returns what is left above it.
    static func drawCaption(_ caption: String?, in canvas: inout SVGCanvas, frame: CanvasRect) -> CanvasRect {
        guard let caption, !caption.isEmpty else { return frame }
        let lines = wrap(caption, width: frame.width - 2 * padding, style: Self.caption)
        let used = captionHeight(caption, width: frame.width)
        let top = frame.maxY - used + 4
        canvas.text(lines.joined(separator: "\n"), at: CanvasPoint(x: frame.x + padding, y: top),
                    style: with(Self.caption, baseline: .top))
        return CanvasRect(x: frame.x, y: frame.y, width: frame.width, height: frame.height - used)
    }

    /// `text` broken into lines no wider than `width` (estimated), at spaces;
    /// a newline in `text` always starts a new line, and a word longer than
    /// the width stands alone on its line.
    static func wrap(_ text: String, width: Double, style: TextStyle) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if !line.isEmpty, style.estimatedWidth(of: candidate) > width {
                    lines.append(line)
                    line = String(word)
                } else {
                    line = candidate
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// `style` with other alignment.
    static func with(_ style: TextStyle, anchor: TextAnchor? = nil, baseline: TextBaseline? = nil,
                     rotation: Double? = nil) -> TextStyle {
        var result = style
        if let anchor { result.anchor = anchor }
        if let baseline { result.baseline = baseline }
        if let rotation { result.rotation = rotation }
        return result
    }
}
