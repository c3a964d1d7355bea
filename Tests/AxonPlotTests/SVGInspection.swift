import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import AxonPlot

/// One element of a parsed SVG document.
struct SVGElement {
    var name: String
    var attributes: [String: String]
    /// The text directly inside the element (tspans included for `text`).
    var text: String

    /// The attribute `name` as a number; nil when missing or not a number.
    func number(_ name: String) -> Double? {
        attributes[name].flatMap(Double.init)
    }

    /// The `points` attribute of a polyline or polygon as (x, y) pairs.
    var points: [(x: Double, y: Double)] {
        guard let list = attributes["points"] else { return [] }
        return list.split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: ",")
            guard parts.count == 2, let x = Double(parts[0]), let y = Double(parts[1]) else { return nil }
            return (x, y)
        }
    }
}

/// An SVG document parsed with Foundation's XMLParser: every element in
/// document order, or the parser's error.
final class SVGInspection: NSObject, XMLParserDelegate {
    private(set) var elements: [SVGElement] = []
    private(set) var error: Error?
    private var open: [Int] = []

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? NSError(domain: "SVGInspection", code: 1) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(SVGElement(name: elementName, attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        // Text of a tspan also belongs to its enclosing text element.
        for index in open where elements[index].name == "text" || elements[index].name == "tspan" || elements[index].name == "title" {
            elements[index].text += string
        }
    }

    /// The elements called `name`.
    func all(_ name: String) -> [SVGElement] {
        elements.filter { $0.name == name }
    }

    /// The texts of all `text` elements.
    var texts: [String] {
        all("text").map(\.text)
    }
}

/// Parses `svg`, failing the test when it is not well-formed XML, has no
/// `<svg>` root, or holds "NaN" / "inf" anywhere.
@discardableResult
func assertValidSVG(_ svg: String, file: StaticString = #filePath, line: UInt = #line) -> SVGInspection {
    let inspection = SVGInspection(svg)
    XCTAssertNil(inspection.error, "not well-formed XML: \(String(describing: inspection.error))", file: file, line: line)
    XCTAssertEqual(inspection.elements.first?.name, "svg", "the root element is not <svg>", file: file, line: line)
    for word in ["nan", "inf\"", "infinity"] {
        XCTAssertFalse(svg.lowercased().contains(word), "the SVG contains \(word)", file: file, line: line)
    }
    return inspection
}
