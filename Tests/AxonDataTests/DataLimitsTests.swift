import AxonTensor
import Foundation
import XCTest
@testable import AxonData

/// Each limit of ``DataLimits`` refuses a file that claims more, and a
/// raised limit lets it through.
final class DataLimitsTests: XCTestCase {
    func testClassIndicesAndNamesAreBounded() throws {
        let big = dataError { _ = try CSVDataset.parse("x,y\n1,0\n2,9223372036854775807\n", path: "c.csv") }
        XCTAssertEqual(big?.description.hasPrefix("c.csv:3:2: class index 9223372036854775807 in column \"y\" makes more than 100000 classes"), true)
        let raised = try CSVDataset.parse("x,y\n1,0\n2,7\n", path: "c.csv", limits: DataLimits(maximumClasses: 8))
        XCTAssertEqual(raised.classCount, 8)
        XCTAssertNotNil(dataError { _ = try CSVDataset.parse("x,y\n1,0\n2,8\n", path: "c.csv", limits: DataLimits(maximumClasses: 8)) })
        let names = dataError { _ = try CSVDataset.parse("x,y\n1,a\n2,b\n3,c\n", path: "n.csv", limits: DataLimits(maximumClasses: 2)) }
        XCTAssertEqual(names?.description.contains("3 distinct labels in column \"y\", more than 2 classes"), true)
    }

    func testValuesMustBeFiniteInFloat32() {
        for (field, words) in [("nan", "is not a number (NaN)"), ("-inf", "is infinite"), ("3.5e38", "is beyond float32's range (±3.4e38)")] {
            let error = dataError { _ = try CSVDataset.parse("a,b\n1,0\n\(field),1\n", path: "f.csv") }
            XCTAssertEqual(error, .invalidField(path: "f.csv", line: 3, column: 1, reason: "\"\(field)\" in column \"a\" \(words): the data must be finite"))
        }
        let targets = dataError { _ = try CSVDataset.parse("a,b\n1,0\n2,inf\n", path: "t.csv", targets: 1) }
        XCTAssertEqual(targets?.description.contains("t.csv:3:2"), true)
    }

    func testGzipStopsAtTheSizeTheHeaderAnnounces() throws {
        let announced = idxBytes(type: 0x08, dimensions: [4], payload: [1, 2, 3, 4])
        let more = Gzip.compress(announced + [UInt8](repeating: 0, count: 1 << 20))
        let error = dataError {
            _ = try Gzip.decompress(more, path: "b.gz") { try IDXReader.readHeader($0, path: "b.gz").map { $0.dataOffset + $0.dataBytes } }
        }
        XCTAssertEqual(error, .malformed(path: "b.gz", reason: "it decompresses to more than the 12 bytes its header announces"))
        let exact = try Gzip.decompress(Gzip.compress(announced), path: "e.gz") { try IDXReader.readHeader($0, path: "e.gz").map { $0.dataOffset + $0.dataBytes } }
        XCTAssertEqual(exact, announced)
    }

    func testGzipHasACapWithOrWithoutAHeader() {
        let zeros = Gzip.compress([UInt8](repeating: 0, count: 300_000))
        let capped = dataError { _ = try Gzip.decompress(zeros, path: "z.gz", maximumBytes: 100_000) }
        XCTAssertEqual(capped?.description.contains("more than the limit of 100000 bytes"), true)
        let claim = Gzip.compress(idxBytes(type: 0x08, dimensions: [1000, 1000, 100], payload: []))
        let promised = dataError {
            _ = try Gzip.decompress(claim, path: "p.gz") { try IDXReader.readHeader($0, path: "p.gz").map { $0.dataOffset + $0.dataBytes } }
        }
        XCTAssertEqual(promised?.description.contains("more than its \(claim.count) compressed bytes can hold"), true)
    }

    func testIDXDimensionsAreCheckedBeforeAnyProduct() {
        let huge = idxBytes(type: 0x08, dimensions: [0, 0xFFFF_FFFF, 0xFFFF_FFFF], payload: [])
        XCTAssertEqual(dataError { _ = try IDXReader.decode(huge, path: "h") }?.description.contains("are too large"), true)
        let wide = idxBytes(type: 0x0E, dimensions: [0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF], payload: [])
        XCTAssertEqual(dataError { _ = try IDXReader.decode(wide, path: "w") }?.description.contains("are too large"), true)
    }

    func testImagesOfNoPixelsAreAnError() throws {
        let directory = try temporaryDirectory(self)
        let images = directory.appendingPathComponent("images"), labels = directory.appendingPathComponent("labels")
        try Data(idxBytes(type: 0x08, dimensions: [2, 28, 0], payload: [])).write(to: images)
        try Data(idxBytes(type: 0x08, dimensions: [2], payload: [0, 1])).write(to: labels)
        let error = dataError { _ = try MNIST.loadPair(images: images, labels: labels) }
        XCTAssertEqual(error?.description.hasSuffix("images of 28 × 0 pixels: an image needs at least one row and one column"), true)
    }

    func testSpecialFilesAreRefusedByWhatTheyAre() throws {
        let directory = try temporaryDirectory(self)
        assertThrows(.unreadable(path: directory.path, reason: "it is a directory, not a regular file")) {
            _ = try CSVDataset.load(from: directory)
        }
        assertThrows(.unreadable(path: "/dev/zero", reason: "it is a character device, not a regular file")) {
            _ = try IDXReader.read(from: URL(fileURLWithPath: "/dev/zero"))
        }
    }
}
