import AxonTensor
import Foundation
import XCTest
@testable import AxonData

final class CSVRowReaderTests: XCTestCase {
    private func rows(_ text: String, maximumColumns: Int = 100) throws -> [[String]] {
        try CSVRowReader.records(in: text, path: "r.csv", maximumColumns: maximumColumns).map(\.fields)
    }

    private func lines(_ text: String) throws -> [Int] {
        try CSVRowReader.records(in: text, path: "r.csv", maximumColumns: 100).map(\.line)
    }

    func testFieldsQuotesAndLineEndings() throws {
        XCTAssertEqual(try rows("a, b ,c\r\n1,\"x, \"\"y\"\"\",3\n\"two\nlines\" ,,\r4\n"),
                       [["a", "b", "c"], ["1", "x, \"y\"", "3"], ["two\nlines", "", ""], ["4"]])
        XCTAssertEqual(try rows("\u{FEFF}a,b\n\n  \n1,2"), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(try rows("1,2,\n"), [["1", "2", ""]])
        XCTAssertEqual(try rows(""), [])
    }

    func testLineNumbersCountBreaksInsideQuotesAndBlankLines() throws {
        XCTAssertEqual(try lines("a\n\"x\r\ny\rz\"\n\nb\r\nc"), [1, 2, 6, 7])
    }

    func testMalformedTextIsAnError() {
        let open = dataError { _ = try rows("a,b\n1,\"2\n3") }
        XCTAssertEqual(open, .invalidField(path: "r.csv", line: 2, column: 2, reason: "a quoted field is not closed before the end of the file"))
        let after = dataError { _ = try rows("1,\"2\"x,3") }
        XCTAssertEqual(after?.description.contains("r.csv:1:2: text after the closing quote"), true)
        let nul = dataError { _ = try rows("1,2\n3,0\u{0}.5\n") }
        XCTAssertEqual(nul, .invalidField(path: "r.csv", line: 2, column: 2, reason: "a NUL byte: the file is not text"))
    }

    func testRowsLongerThanTheLimitStopTheReading() {
        let error = dataError { _ = try rows("1,2,3\n" + Array(repeating: "0", count: 10).joined(separator: ","), maximumColumns: 4) }
        XCTAssertEqual(error?.description, "r.csv:2:5: a row of more than 4 fields, the limit (raise it with --max-columns)")
    }
}
