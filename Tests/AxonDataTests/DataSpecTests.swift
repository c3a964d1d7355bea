import AxonTensor
import Foundation
import XCTest
@testable import AxonData

final class DataSpecTests: XCTestCase {
    func testParsesEveryKind() throws {
        XCTAssertEqual(try DataSpec(parsing: "spiral"), .spiral)
        XCTAssertEqual(try DataSpec(parsing: "xor"), .xor)
        XCTAssertEqual(try DataSpec(parsing: "moons"), .moons)
        XCTAssertEqual(try DataSpec(parsing: "circles"), .circles)
        XCTAssertEqual(try DataSpec(parsing: "blobs"), .blobs)
        XCTAssertEqual(try DataSpec(parsing: "iris"), .iris)
        XCTAssertEqual(try DataSpec(parsing: "mnist:/data/mnist"), .mnist(directory: "/data/mnist"))
        XCTAssertEqual(try DataSpec(parsing: "csv:a.csv"), .csv(path: "a.csv", label: nil, targets: nil))
        XCTAssertEqual(try DataSpec(parsing: "csv:a.csv,label=species"), .csv(path: "a.csv", label: "species", targets: nil))
        XCTAssertEqual(try DataSpec(parsing: "csv:a.csv,targets=2"), .csv(path: "a.csv", label: nil, targets: 2))
        XCTAssertEqual(try DataSpec(parsing: "csv:a.csv,targets=2").description, "csv:a.csv,targets=2")
    }

    func testErrorsNameTheProblem() {
        let unknown = dataError { _ = try DataSpec(parsing: "spirals") }
        XCTAssertTrue(unknown?.description.hasPrefix("--data: \"spirals\" is not a known data set (known: spiral,") ?? false)
        let option = dataError { _ = try DataSpec(parsing: "csv:a.csv,lable=x") }
        XCTAssertEqual(option?.description, "--data: \"csv:a.csv,lable=x\" has unknown CSV option \"lable\" (known: label, targets)")
        XCTAssertNotNil(dataError { _ = try DataSpec(parsing: "csv:a.csv,targets=zero") })
        XCTAssertNotNil(dataError { _ = try DataSpec(parsing: "csv:a.csv,label=y,targets=1") })
        XCTAssertNotNil(dataError { _ = try DataSpec(parsing: "mnist:") })
        XCTAssertNotNil(dataError { _ = try DataSpec(parsing: "csv:") })
        XCTAssertNotNil(dataError { _ = try DataSpec(parsing: "iris:extra") })
    }

    func testLoadsSyntheticAndCSV() throws {
        XCTAssertEqual(try DataSpec.spiral.load(seed: 1).train.count, 900)
        XCTAssertEqual(try DataSpec.iris.load().test?.count, 30)
        let directory = try temporaryDirectory(self)
        let url = directory.appendingPathComponent("t.csv")
        let rows = (0..<10).map { "\($0),\($0 * 2),\($0 % 2)" }.joined(separator: "\n")
        try ("a,b,c\n" + rows).write(to: url, atomically: true, encoding: .utf8)
        let splits = try DataSpec(parsing: "csv:\(url.path)").load(seed: 0)
        XCTAssertEqual(splits.train.count, 10)
        XCTAssertNil(splits.test)
        XCTAssertEqual(splits.train.inputs[3].doubles, [3, 6], "rows stay in file order")
    }
}
