/// Several charts in one SVG, in a grid read row by row, with an optional
/// overall title and caption: three decision-region panels in a row, or a
/// descent path beside its loss curve.
///
/// Each column is as wide as its widest panel and each row as tall as its
/// tallest, so panels keep the sizes they ask for; a figure is itself a
/// ``Chart`` and can be a panel of another.
///
/// ```swift
/// let figure = Figure(columns: 2, title: "Gradient descent", panels: [pathPlot, lossPlot])
/// try figure.write(to: URL(fileURLWithPath: "descent.svg"))
/// ```
public struct Figure: Chart {
    /// The charts, in reading order.
    public var panels: [any Chart]
    /// How many panels share a row; the last row may have fewer.
    public var columns: Int
    /// The overall title above the grid; nil for none.
    public var title: String?
    /// The overall caption below the grid; nil for none.
    public var caption: String?
    /// The gap between neighbouring panels. The default value is `8`.
    public var spacing: Double

    /// A grid of `panels`, `columns` to a row (the default, nil, puts them
    /// all in one row), with an optional `title` and `caption` and `spacing`
    /// between panels (the default is `8`).
    public init(columns: Int? = nil, title: String? = nil, caption: String? = nil,
                spacing: Double = 8, panels: [any Chart]) {
        self.panels = panels
        self.columns = max(1, columns ?? panels.count)
        self.title = title
        self.caption = caption
        self.spacing = spacing.isFinite ? max(spacing, 0) : 8
    }

    /// The sum of the column widths and the gaps between them.
    public var width: Double {
        let widths = columnWidths
        return widths.reduce(0, +) + spacing * Double(max(widths.count - 1, 0))
    }

    /// The sum of the row heights and gaps, plus the title and caption.
    public var height: Double {
        let heights = rowHeights
        let grid = heights.reduce(0, +) + spacing * Double(max(heights.count - 1, 0))
        return grid + ChartText.titleHeight(title, width: width) + ChartText.captionHeight(caption, width: width)
    }

    /// Draws the title, the caption and every panel into `frame`, scaling
    /// the grid to fill what the title and caption leave.
    public func draw(in canvas: inout SVGCanvas, frame: CanvasRect) {
        var area = ChartText.drawTitle(title, in: &canvas, frame: frame)
        area = ChartText.drawCaption(caption, in: &canvas, frame: area)
        let widths = columnWidths
        let heights = rowHeights
        guard !widths.isEmpty, !heights.isEmpty else { return }
        let naturalWidth = widths.reduce(0, +) + spacing * Double(widths.count - 1)
        let naturalHeight = heights.reduce(0, +) + spacing * Double(heights.count - 1)
        let scaleX = naturalWidth > 0 ? area.width / naturalWidth : 1
        let scaleY = naturalHeight > 0 ? area.height / naturalHeight : 1
        var top = area.y
        for row in heights.indices {
            var left = area.x
            for column in widths.indices {
                let index = row * columns + column
                if index < panels.count {
                    let cell = CanvasRect(x: left, y: top, width: widths[column] * scaleX, height: heights[row] * scaleY)
                    panels[index].draw(in: &canvas, frame: cell)
                }
                left += (widths[column] + spacing) * scaleX
            }
            top += (heights[row] + spacing) * scaleY
        }
    }

    private var columnWidths: [Double] {
        var widths = [Double](repeating: 0, count: min(columns, panels.count))
        for (index, panel) in panels.enumerated() {
            widths[index % columns] = max(widths[index % columns], panel.width)
        }
        return widths
    }

    private var rowHeights: [Double] {
        let rows = (panels.count + columns - 1) / columns
        var heights = [Double](repeating: 0, count: rows)
        for (index, panel) in panels.enumerated() {
            heights[index / columns] = max(heights[index / columns], panel.height)
        }
        return heights
    }
}
