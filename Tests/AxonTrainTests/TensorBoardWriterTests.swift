import Foundation
import XCTest
@testable import AxonTrain

final class TensorBoardWriterTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-tensorboard-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Bytes worked out by hand from the protocol-buffer encoding rules.
    func testFieldsAreEncodedAsTheWireFormatSays() {
        var encoder = ProtobufEncoder()
        encoder.appendVarint(300)
        XCTAssertEqual(encoder.bytes, [0xAC, 0x02])

        // Summary.Value { tag: "a" (field 1, type 2), simple_value: 1.0 (field 2, type 5) }
        XCTAssertEqual(TensorBoardValue.scalar(tag: "a", value: 1).encoded, [0x0A, 0x01, 0x61, 0x15, 0x00, 0x00, 0x80, 0x3F])

        // Event { wall_time: 2.0 (field 1, type 1), step: -1 (field 2, ten-byte varint), file_version: "v" }
        let event = TensorBoardEvent(wallTime: 2, step: -1, content: .fileVersion("v"))
        XCTAssertEqual(event.encoded, [0x09, 0, 0, 0, 0, 0, 0, 0, 0x40]
            + [0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01] + [0x1A, 0x01, 0x76])

        // HistogramProto's buckets: one packed field of little-endian doubles.
        var packed = ProtobufEncoder()
        packed.appendPackedDoubles([1, 2], field: 7)
        XCTAssertEqual(packed.bytes, [0x3A, 16, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0, 0, 0, 0, 0, 0, 0, 0x40])
    }

    func testARecordIsItsLengthTheLengthsCRCTheDataAndTheDataCRC() throws {
        let data: [UInt8] = Array("123456789".utf8)
        let record = TensorBoardWriter.record(data)
        XCTAssertEqual(record.count, 8 + 4 + 9 + 4)
        XCTAssertEqual(Array(record[0 ..< 8]), [9, 0, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(Array(record[21 ..< 25]), [0xE5, 0xB0, 0x8A, 0xC7], "masked CRC-32C of 123456789, little-endian")
        XCTAssertEqual(try EventFileReader.records(record + TensorBoardWriter.record([])), [data, []])
        var corrupted = record
        corrupted[12] ^= 1
        XCTAssertThrowsError(try EventFileReader.records(corrupted))
    }

    func testScalarsAndHistogramsReadBack() throws {
        let writer = try TensorBoardWriter(directory: directory)
        try writer.addScalar("loss/train", 0.125, step: 1)
        try writer.addScalar("loss/train", 1.0 / 3, step: 2)
        let values = (0 ..< 100).map { sin(Double($0)) }
        try writer.addHistogram("layers.0.weight", values, step: 2)
        try writer.flush()

        XCTAssertTrue(writer.file.lastPathComponent.hasPrefix("events.out.tfevents."))
        XCTAssertEqual(try EventFileReader.eventFiles(in: directory), [writer.file])
        let events = try EventFileReader.events(in: writer.file)
        XCTAssertEqual(events.count, 4)
        XCTAssertEqual(events[0].fileVersion, "brain.Event:2")
        XCTAssertEqual(events[1].step, 1)
        XCTAssertEqual(events[1].scalars, ["loss/train": 0.125])
        XCTAssertEqual(events[2].step, 2)
        XCTAssertEqual(events[2].scalars, ["loss/train": Float(1.0 / 3)])
        XCTAssertEqual(events[3].histograms["layers.0.weight"], TensorBoardHistogram(values))
        let now = Date().timeIntervalSince1970
        for event in events { XCTAssertEqual(event.wallTime, now, accuracy: 60) }
    }

    func testHistogramBucketsHaveEqualWidthsBetweenTheMinimumAndMaximum() {
        let histogram = TensorBoardHistogram((0 ..< 10).map(Double.init) + [.nan, .infinity], bucketCount: 5)
        XCTAssertEqual(histogram.min, 0)
        XCTAssertEqual(histogram.max, 9)
        XCTAssertEqual(histogram.count, 10)
        XCTAssertEqual(histogram.sum, 45)
        XCTAssertEqual(histogram.sumOfSquares, 285)
        XCTAssertEqual(histogram.bucketLimits, [1.8, 3.6, 5.4, 7.2, 9])
        XCTAssertEqual(histogram.bucketCounts, [2, 2, 2, 2, 2])

        let constant = TensorBoardHistogram([0.5, 0.5, 0.5])
        XCTAssertEqual(constant.bucketLimits, [0.5])
        XCTAssertEqual(constant.bucketCounts, [3])
        XCTAssertEqual(TensorBoardHistogram((0 ..< 1000).map { Double($0) / 7 }).bucketCounts.reduce(0, +), 1000)
    }

    func testWritersStartedInTheSameSecondGetFilesOfTheirOwn() throws {
        let first = try TensorBoardWriter(directory: directory)
        let second = try TensorBoardWriter(directory: directory)
        XCTAssertNotEqual(first.file, second.file)
        try first.addScalar("x", 1, step: 1)
        try second.addScalar("x", 2, step: 2)
        try first.flush()
        try second.flush()
        XCTAssertEqual(try EventFileReader.events(in: first.file).last?.scalars, ["x": 1])
        XCTAssertEqual(try EventFileReader.events(in: second.file).last?.scalars, ["x": 2])
    }

    func testMissingDirectoriesAreCreatedAndAFileIsRefused() throws {
        let nested = directory.appendingPathComponent("runs/first")
        let writer = try TensorBoardWriter(directory: nested)
        XCTAssertEqual(writer.file.deletingLastPathComponent().path, nested.path)

        let file = directory.appendingPathComponent("not-a-directory")
        try Data("x".utf8).write(to: file)
        XCTAssertThrowsError(try TensorBoardWriter(directory: file)) { error in
            XCTAssertEqual(error as? TensorBoardError, TensorBoardError(path: file.path, reason: "it exists and is not a directory"))
            XCTAssertEqual("\(error)", "cannot write TensorBoard events to \(file.path): it exists and is not a directory")
        }
        XCTAssertThrowsError(try TensorBoardWriter(directory: file.appendingPathComponent("below"))) { error in
            XCTAssertTrue("\(error)".contains(file.path), "\(error)")
        }
    }
}
