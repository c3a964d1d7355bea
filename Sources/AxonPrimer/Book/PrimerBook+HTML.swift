import Axon

extension PrimerBook {
    /// The page: one self-contained HTML5 document with every figure as
    /// inline SVG under its heading, its caption as text and its tables as
    /// HTML tables. No script, no external file, no timestamp; printing puts
    /// each figure on its own page.
    public func html() -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(xmlEscaped(pageTitle))</title>
            <style>
            \(Self.styleSheet)
            </style>
            </head>
            <body>
            <header>
            <h1>\(xmlEscaped(pageTitle))</h1>
            <p class="intro">\(introduction)</p>
            <nav><ol>

            """
        for drawn in figures {
            page += "<li><a href=\"#\(anchor(drawn.figure))\">\(xmlEscaped(drawn.figure.heading))</a></li>\n"
        }
        page += "</ol></nav>\n</header>\n<main>\n"
        for drawn in figures { page += section(drawn) }
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    private var pageTitle: String { "Axon primer · the twelve figures (seed \(seed))" }

    /// The line under the title, as HTML.
    private var introduction: String {
        let command = raceDataset == "mnist" ? "axon figures --mnist DIR --seed \(seed)" : "axon figures --seed \(seed)"
        let race = raceDataset == "mnist"
            ? "MNIST"
            : "the built-in \(xmlEscaped(raceDataset)) (<code>--mnist DIR</code> trains it on MNIST)"
        return "Every figure on this page was computed by Axon when the page was written, by <code>\(xmlEscaped(command))</code>: the same seed writes the same page, byte for byte, and each caption states the numbers of this run. Figure 12 trains on \(race). Each figure is also in its own SVG file beside this page."
    }

    private func anchor(_ figure: PrimerFigure) -> String { "figure-\(figure.number)" }

    private func section(_ drawn: DrawnFigure) -> String {
        let figure = drawn.figure
        var canvas = drawn.chart.canvas(identifierPrefix: "figure\(figure.number)-clip")
        canvas.title = "Figure \(figure.number). \(figure.heading)"
        var text = "<section id=\"\(anchor(figure))\">\n"
        text += "<h2>\(figure.number). \(xmlEscaped(figure.heading))</h2>\n<figure>\n"
        text += inlineSVG(canvas.svg())
        text += "<figcaption>\(xmlEscaped(drawn.caption))</figcaption>\n</figure>\n"
        text += "<p class=\"file\">Also as <a href=\"\(drawn.figure.fileName).svg\">\(drawn.figure.fileName).svg</a>.</p>\n"
        if !drawn.tables.isEmpty {
            text += "<div class=\"tables\">\n"
            for table in drawn.tables { text += html(table) }
            text += "</div>\n"
        }
        return text + "</section>\n"
    }

    /// An SVG document without its XML declaration, which has no place
    /// inside HTML.
    private func inlineSVG(_ document: String) -> String {
        guard document.hasPrefix("<?xml"), let end = document.firstIndex(of: "\n") else { return document }
        return String(document[document.index(after: end)...])
    }

    private func html(_ table: FigureTable) -> String {
        var text = "<table>\n<caption>\(xmlEscaped(table.title))</caption>\n<thead><tr>"
        for cell in table.header { text += "<th>\(xmlEscaped(cell))</th>" }
        text += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            text += "<tr>" + row.map(cell).joined() + "</tr>\n"
        }
        return text + "</tbody>\n</table>\n"
    }

    /// A table cell; numbers are set flush right, so their digits line up.
    private func cell(_ text: String) -> String {
        let numeric = text.first.map { $0.isNumber || $0 == "\u{2212}" || $0 == "(" } ?? false
        return (numeric ? "<td class=\"n\">" : "<td>") + xmlEscaped(text) + "</td>"
    }

    /// Minimal styling: one readable column up to 1280 pixels, figures
    /// scaled down to fit narrower windows, a page per figure in print.
    static let styleSheet = """
        body { margin: 0 auto; max-width: 1280px; padding: 24px 16px 48px; color: #1a1a1a; background: #fff;
               font: 16px/1.5 "DejaVu Sans", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.6em; margin: 0 0 0.3em; }
        .intro { color: #404040; max-width: 60em; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; white-space: nowrap; }
        nav ol { columns: 2; font-size: 0.95em; padding-left: 1.5em; }
        section { margin-top: 2.5em; }
        h2 { font-size: 1.3em; border-bottom: 1px solid #d9d9d9; padding-bottom: 0.2em; }
        figure { margin: 0; }
        figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        figcaption { margin-top: 0.6em; max-width: 70em; }
        .file { font-size: 0.85em; color: #606060; margin: 0.3em 0; }
        .tables { display: flex; flex-wrap: wrap; gap: 0 2em; align-items: flex-start; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
        th, td { border: 1px solid #d9d9d9; padding: 0.2em 0.6em; text-align: left; }
        th { background: #f3f3f3; }
        td.n { text-align: right; }
        @media print {
          body { max-width: none; padding: 0; }
          nav, .file { display: none; }
          section { break-before: page; margin-top: 0; }
          figure, table { break-inside: avoid; }
        }
        """
}
