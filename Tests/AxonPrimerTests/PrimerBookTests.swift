import AxonPrimer
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// One full run of the experiments, and its drawing, shared by the tests
/// that only look at them.
enum SharedRun {
    static let results: PrimerResults? = try? PrimerExperiments.run(seed: 0)
    static let book: PrimerBook? = results.map { PrimerBook(results: $0) }
    static let page: String? = book?.html()
}

final class PrimerBookTests: XCTestCase {
    var directories: [URL] = []

    override func tearDownWithError() throws {
        for directory in directories { try? FileManager.default.removeItem(at: directory) }
    }

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-book-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        directories.append(directory)
        return directory
    }

    func testTheSameSeedWritesByteIdenticalFiles() throws {
        let first = try temporaryDirectory(), second = try temporaryDirectory()
        let written = try XCTUnwrap(SharedRun.book).write(to: first)
        // A second run of every experiment, not a second drawing of the first.
        try PrimerBook(results: PrimerExperiments.run(seed: 0)).write(to: second)

        let names = written.map(\.lastPathComponent)
        XCTAssertEqual(names, PrimerFigure.allCases.map { $0.fileName + ".svg" } + ["index.html"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: first.path).sorted(), names.sorted(),
                       "nothing else, no temporary file left behind")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: second.path).sorted(), names.sorted())
        for name in names {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            XCTAssertFalse(a.isEmpty, name)
            XCTAssertEqual(a, b, "\(name) differs between two runs with seed 0")
        }
    }

    func testEverySVGFileIsWellFormedWithItsHeadingAndCaption() throws {
        let directory = try temporaryDirectory()
        let book = try XCTUnwrap(SharedRun.book)
        try book.write(to: directory)
        for drawn in book.figures {
            let data = try Data(contentsOf: directory.appendingPathComponent(drawn.figure.fileName + ".svg"))
            let document = try XCTUnwrap(String(data: data, encoding: .utf8))
            let parsed = ParsedXML(data)
            XCTAssertNil(parsed.error, "\(drawn.figure.fileName).svg: \(String(describing: parsed.error))")
            XCTAssertEqual(parsed.elements.first, "svg", drawn.figure.fileName)
            XCTAssertTrue(parsed.text.contains("Figure \(drawn.figure.number). \(drawn.figure.heading)"), drawn.figure.fileName)
            XCTAssertFalse(document.contains("NaN") || document.contains("inf\""), drawn.figure.fileName)
            // The caption is wrapped into lines; its first words open the block.
            let opening = drawn.caption.split(separator: " ").prefix(3).joined(separator: " ")
            XCTAssertTrue(parsed.text.contains(opening), "\(drawn.figure.fileName): caption missing")
        }
    }

    func testThePageShowsEveryFigureInlineWithoutScript() throws {
        let page = try XCTUnwrap(SharedRun.page)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(page.contains("<meta charset=\"utf-8\">"))
        XCTAssertFalse(page.lowercased().contains("<script"))
        XCTAssertFalse(page.contains("<?xml"), "the SVGs' XML declarations are left out")
        XCTAssertFalse(page.contains("http://") && page.contains("<link"), "nothing is fetched")
        XCTAssertEqual(page.components(separatedBy: "<svg ").count - 1, 12)
        XCTAssertEqual(page.components(separatedBy: "<figcaption>").count - 1, 12)
        for figure in PrimerFigure.allCases {
            XCTAssertTrue(page.contains("<h2>\(figure.number). \(figure.heading)</h2>"), figure.heading)
        }
        XCTAssertTrue(page.contains("梯度下降 · Gradient descent on a loss surface"))
        XCTAssertTrue(page.contains("seed 0"))
        XCTAssertTrue(page.contains("@media print"))
    }

    func testClipPathIdentifiersAreUniqueAcrossThePage() throws {
        let page = try XCTUnwrap(SharedRun.page)
        let identifiers = matches(of: "id=\"", in: page)
        XCTAssertFalse(identifiers.isEmpty)
        XCTAssertEqual(Set(identifiers).count, identifiers.count, "an identifier is defined twice")
        for reference in Set(matches(of: "url(#", in: page, until: ")")) {
            XCTAssertTrue(identifiers.contains(reference), "url(#\(reference)) names nothing on the page")
        }
    }

    func testTablesAndCaptionsAreEscaped() throws {
        var book = try XCTUnwrap(SharedRun.book)
        book.figures = [book.figures[0]]
        book.figures[0].caption = "a < b & \"c\""
        book.figures[0].tables = [FigureTable(title: "<t>", header: ["x<y"], rows: [["1 & 2"]])]
        let page = book.html()
        XCTAssertTrue(page.contains("<figcaption>a &lt; b &amp; &quot;c&quot;</figcaption>"))
        XCTAssertTrue(page.contains("<caption>&lt;t&gt;</caption>"))
        XCTAssertTrue(page.contains("<th>x&lt;y</th>"))
        XCTAssertTrue(page.contains("<td class=\"n\">1 &amp; 2</td>"), "numbers are set flush right")
    }

    func testTheNeuronsTruthTablesAreOnThePage() throws {
        let results = try XCTUnwrap(SharedRun.results)
        let page = try XCTUnwrap(SharedRun.page)
        for neuron in results.neuron.neurons {
            XCTAssertTrue(page.contains("<caption>\(neuron.name) neuron: w = (1, 1), θ = "), neuron.name)
            for row in neuron.rows {
                let cells = ["\(Int(row.inputs[0]))", "\(Int(row.inputs[1]))", "\(Int(row.weightedSum))",
                             row.weightedSum > neuron.threshold ? "yes" : "no", "\(row.output)"]
                let html = cells.map { Int($0) == nil ? "<td>\($0)</td>" : "<td class=\"n\">\($0)</td>" }.joined()
                XCTAssertTrue(page.contains("<tr>" + html + "</tr>"), "\(neuron.name) \(row)")
            }
        }
    }

    func testWritingOverADirectoryIsRefusedAndLeavesItAlone() throws {
        let directory = try temporaryDirectory()
        let blocker = directory.appendingPathComponent("05-activations.svg")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        let book = try XCTUnwrap(SharedRun.book)
        XCTAssertThrowsError(try book.write(to: directory)) { error in
            XCTAssertTrue("\(error)".contains("05-activations.svg"), "\(error)")
        }
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: blocker.path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// The texts between `start` and the next `until` everywhere in `text`.
    private func matches(of start: String, in text: String, until end: String = "\"") -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: start) {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: end) else { break }
            found.append(String(rest[..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }
}

/// A document parsed by Foundation's XMLParser: the element names in order,
/// all character data, or the parser's error.
final class ParsedXML: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var text = ""
    private(set) var error: Error?

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? NSError(domain: "ParsedXML", code: 1) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(elementName)
        // Lines of a wrapped text are separate tspans: a space keeps their words apart.
        if elementName == "tspan" { text += " " }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
