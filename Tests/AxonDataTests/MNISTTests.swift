import AxonTensor
import Foundation
import XCTest
@testable import AxonData

final class MNISTTests: XCTestCase {
    /// Writes a tiny MNIST-shaped set: `count` images of 2×2 pixels.
    private func writeSet(_ directory: URL, prefix: String, count: Int, gzip: Bool, labelCount: Int? = nil) throws {
        let pixels = (0..<(count * 4)).map { UInt8($0 * 17 % 256) }
        let images = idxBytes(type: 0x08, dimensions: [count, 2, 2], payload: pixels)
        let labels = idxBytes(type: 0x08, dimensions: [labelCount ?? count], payload: (0..<(labelCount ?? count)).map { UInt8($0 % 10) })
        let suffix = gzip ? ".gz" : ""
        try Data(gzip ? Gzip.compress(images) : images).write(to: directory.appendingPathComponent("\(prefix)-images-idx3-ubyte\(suffix)"))
        try Data(gzip ? Gzip.compress(labels) : labels).write(to: directory.appendingPathComponent("\(prefix)-labels-idx1-ubyte\(suffix)"))
    }

    func testLoadsFlattenedScaledImagesAndInt64Labels() throws {
        let directory = try temporaryDirectory(self)
        try writeSet(directory, prefix: "train", count: 12, gzip: true)
        try writeSet(directory, prefix: "t10k", count: 3, gzip: false)
        let mnist = try MNIST.load(directory: directory)
        XCTAssertEqual(mnist.train.inputs.shape, [12, 4])
        XCTAssertEqual(mnist.train.inputs.dtype, .uint8, "pixels stay bytes until a batch is drawn")
        XCTAssertEqual(mnist.train.features.dtype, .float32)
        XCTAssertEqual(mnist.train.targets.dtype, .int64)
        XCTAssertEqual(mnist.test!.count, 3)
        XCTAssertEqual(mnist.train.classCount, 10)
        assertClose(mnist.test!.features[0].doubles, [0, 17, 34, 51].map { Double($0) / 255 })
        assertClose(mnist.test!.batch(rows: 0..<1).inputs.doubles, [0, 17, 34, 51].map { Double($0) / 255 })
        XCTAssertEqual(mnist.train.targets.scalars(as: Int64.self), (0..<12).map { Int64($0 % 10) })
    }

    func testMismatchedCountsAreAnError() throws {
        let directory = try temporaryDirectory(self)
        try writeSet(directory, prefix: "train", count: 5, gzip: false, labelCount: 4)
        try writeSet(directory, prefix: "t10k", count: 2, gzip: false)
        let error = dataError { _ = try MNIST.load(directory: directory) }
        XCTAssertTrue(error?.description.contains("4 labels for the 5 images") ?? false, "\(String(describing: error))")
    }

    func testMissingFileIsNamed() throws {
        let directory = try temporaryDirectory(self)
        try writeSet(directory, prefix: "train", count: 2, gzip: false)
        let error = dataError { _ = try MNIST.load(directory: directory) }
        XCTAssertEqual(error, .fileNotFound(path: directory.appendingPathComponent("t10k-images-idx3-ubyte").path))
    }
}
