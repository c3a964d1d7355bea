import AxonTensor
import Foundation
import XCTest
@testable import AxonData

final class CSVDatasetTests: XCTestCase {
    func testAHeaderNarrowerThanTheInputsNamesTheBadFieldByItsColumn() throws {
        // Found by the CSV fuzz target (Fuzz/crashes/csv-loadInputs-header-narrower-than-features.csv): a trap, not an error.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("axon-narrow-\(UUID().uuidString).csv")
        try Data("x\n1,a\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try CSVDataset.loadInputs(from: url, features: 2)) { error in
            XCTAssertTrue("\(error)".contains("column 2"), "\(error)")
        }
    }

    func testHeaderIsDetectedAndLastColumnIsTheLabel() throws {
        let data = try CSVDataset.parse("a,b,class\n1,2,0\n3,4,2\n", path: "t.csv")
        XCTAssertEqual(data.featureNames, ["a", "b"])
        XCTAssertEqual(data.inputs.shape, [2, 2])
        XCTAssertEqual(data.inputs.doubles, [1, 2, 3, 4])
        XCTAssertEqual(data.targets.scalars(as: Int64.self), [0, 2])
        XCTAssertEqual(data.classCount, 3)
        XCTAssertEqual(data.classNames, [])
    }

    func testNoHeaderWhenTheFirstRowIsNumeric() throws {
        let data = try CSVDataset.parse("1,2,1\n3,4,0\n", path: "t.csv")
        XCTAssertEqual(data.count, 2)
        XCTAssertEqual(data.featureNames, [])
    }

    func testNamedLabelColumn() throws {
        let data = try CSVDataset.parse("kind,x,y\n1,0.5,-1\n0,2,3e2\n", path: "t.csv", label: "kind")
        XCTAssertEqual(data.featureNames, ["x", "y"])
        XCTAssertEqual(data.inputs.doubles, [0.5, -1, 2, 300])
        XCTAssertEqual(data.targets.scalars(as: Int64.self), [1, 0])
    }

    func testStringClassesAreNumberedInSortedOrder() throws {
        let data = try CSVDataset.parse("x,species\n1,virginica\n2,setosa\n3,versicolor\n4,setosa\n", path: "t.csv")
        XCTAssertEqual(data.classNames, ["setosa", "versicolor", "virginica"])
        XCTAssertEqual(data.targets.scalars(as: Int64.self), [2, 0, 1, 0])
        XCTAssertEqual(data.classCount, 3)
    }

    func testRegressionTargets() throws {
        let data = try CSVDataset.parse("x1,x2,y1,y2\n1,2,0.5,7\n3,4,-1,8\n", path: "t.csv", targets: 2)
        XCTAssertEqual(data.targetKind, .regression(outputs: 2))
        XCTAssertEqual(data.inputs.doubles, [1, 2, 3, 4])
        XCTAssertEqual(data.targets.dtype, .float32)
        XCTAssertEqual(data.targets.doubles, [0.5, 7, -1, 8])
    }

    func testQuotedFieldsMayHoldCommasQuotesAndLineBreaks() throws {
        let text = "x,\"y, the second\",label\n1,2,\"big, \"\"red\"\"\"\n3,4,\"two\nlines\"\n5,6,plain\n"
        let data = try CSVDataset.parse(text, path: "t.csv")
        XCTAssertEqual(data.featureNames, ["x", "y, the second"])
        XCTAssertEqual(data.classNames, ["big, \"red\"", "plain", "two\nlines"])
        XCTAssertEqual(data.targets.scalars(as: Int64.self), [0, 2, 1])
    }

    func testNonNumericFeatureNamesLineAndColumn() {
        let error = dataError { _ = try CSVDataset.parse("a,b,c\n1,2,0\n3,n/a,1\n", path: "data.csv") }
        XCTAssertEqual(error, .invalidField(path: "data.csv", line: 3, column: 2, reason: "\"n/a\" in column \"b\" is not a number"))
        XCTAssertEqual(error?.description, "data.csv:3:2: \"n/a\" in column \"b\" is not a number")
    }

    func testLineNumbersCountLinesInsideQuotesAndBlankLines() {
        let text = "a,b,c\n1,2,\"x\ny\"\n\n4,oops,z\n"
        let error = dataError { _ = try CSVDataset.parse(text, path: "d.csv") }
        XCTAssertEqual(error, .invalidField(path: "d.csv", line: 5, column: 2, reason: "\"oops\" in column \"b\" is not a number"))
    }

    func testShortRowNamesLineAndColumn() {
        let error = dataError { _ = try CSVDataset.parse("a,b,c\n1,2,0\n3,4\n", path: "s.csv") }
        XCTAssertEqual(error?.description, "s.csv:3:3: short row: 2 fields, expected 3")
    }

    func testEmptyFieldIsNamed() {
        let error = dataError { _ = try CSVDataset.parse("1,,0\n", path: "e.csv") }
        XCTAssertEqual(error, .invalidField(path: "e.csv", line: 1, column: 2, reason: "empty field in column \"column 2\""))
    }

    func testUnknownLabelNameListsColumns() {
        let error = dataError { _ = try CSVDataset.parse("a,b\n1,2\n", path: "l.csv", label: "target") }
        XCTAssertEqual(error?.description, "label: \"target\" is not a column of l.csv (columns: a, b)")
    }

    func testNegativeClassIndexIsAnError() {
        let error = dataError { _ = try CSVDataset.parse("1,0\n2,-1\n", path: "n.csv") }
        XCTAssertEqual(error, .invalidField(path: "n.csv", line: 2, column: 2, reason: "class index -1 in column \"column 2\" is negative"))
    }

    func testTooManyTargetColumns() {
        let error = dataError { _ = try CSVDataset.parse("1,2\n", path: "k.csv", targets: 2) }
        XCTAssertTrue(error?.description.hasPrefix("targets: \"2\" must be between 1 and 1") ?? false)
    }

    func testLoadsFromFileAndReportsAMissingOne() throws {
        let directory = try temporaryDirectory(self)
        let url = directory.appendingPathComponent("points.csv")
        try "x,y,label\r\n1,2,a\r\n3,4,b\r\n".write(to: url, atomically: true, encoding: .utf8)
        let data = try CSVDataset.load(from: url)
        XCTAssertEqual(data.count, 2)
        XCTAssertEqual(data.classNames, ["a", "b"])
        let missing = directory.appendingPathComponent("missing.csv")
        assertThrows(.fileNotFound(path: missing.path)) { _ = try CSVDataset.load(from: missing) }
    }
}

extension CSVDatasetTests {
    func testEmptyFieldInTheFirstRowDoesNotMakeAHeader() {
        let error = dataError { _ = try CSVDataset.parse("1,,0\n2,3,1\n", path: "m.csv") }
        XCTAssertEqual(error, .invalidField(path: "m.csv", line: 1, column: 2, reason: "empty field in column \"column 2\""))
    }
}
