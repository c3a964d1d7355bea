import AxonTensor
import XCTest
@testable import AxonData

final class DataLoaderTests: XCTestCase {
    /// Ten examples whose single feature and label are their row number.
    private let numbered = TensorDataset(inputs: Tensor((0..<10).map { Float($0) }, shape: [10, 1]),
                                         targets: Tensor((0..<10).map { Int64($0) }), classes: 10)

    private func rows(_ epoch: DataLoader.Epoch) -> [[Int64]] {
        epoch.map { $0.targets.scalars(as: Int64.self) }
    }

    func testFullBatchIsOneStepOfEverything() {
        let loader = DataLoader(numbered, batchSize: .full, shuffle: false)
        XCTAssertEqual(loader.batchCount, 1)
        XCTAssertEqual(rows(loader.batches(epoch: 0)), [Array(0..<10)])
    }

    func testBatchSizeOneIsOneStepPerExample() {
        let loader = DataLoader(numbered, batchSize: .size(1), shuffle: false)
        XCTAssertEqual(loader.batchCount, 10)
        XCTAssertEqual(rows(loader.batches(epoch: 0)), (0..<10).map { [Int64($0)] })
    }

    func testMiniBatchesKeepOrDropTheLastPartialBatch() {
        let keep = DataLoader(numbered, batchSize: .size(4), shuffle: false)
        XCTAssertEqual(keep.batchCount, 3)
        XCTAssertEqual(rows(keep.batches(epoch: 0)), [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]])
        let drop = DataLoader(numbered, batchSize: .size(4), shuffle: false, dropLast: true)
        XCTAssertEqual(drop.batchCount, 2)
        XCTAssertEqual(rows(drop.batches(epoch: 0)), [[0, 1, 2, 3], [4, 5, 6, 7]])
        let exact = DataLoader(numbered, batchSize: .size(5), shuffle: false, dropLast: true)
        XCTAssertEqual(exact.batchCount, 2)
    }

    func testInputsAndTargetsStayPaired() {
        let loader = DataLoader(numbered, batchSize: .size(3), seed: 9)
        for batch in loader {
            XCTAssertEqual(batch.inputs.shape[1], 1)
            XCTAssertEqual(batch.inputs.doubles, batch.targets.doubles)
        }
    }

    func testShuffleVisitsEveryExampleOnce() {
        let loader = DataLoader(numbered, batchSize: .size(3), seed: 1)
        let seen = rows(loader.batches(epoch: 0)).flatMap { $0 }
        XCTAssertEqual(seen.sorted(), Array(0..<10))
        XCTAssertNotEqual(seen, Array(0..<10))
    }

    func testSameSeedSameBatchesAndEpochsDiffer() {
        let a = DataLoader(numbered, batchSize: .size(4), seed: 42)
        let b = DataLoader(numbered, batchSize: .size(4), seed: 42)
        let c = DataLoader(numbered, batchSize: .size(4), seed: 43)
        XCTAssertEqual(rows(a.batches(epoch: 0)), rows(b.batches(epoch: 0)))
        XCTAssertEqual(rows(a.batches(epoch: 3)), rows(b.batches(epoch: 3)))
        XCTAssertNotEqual(rows(a.batches(epoch: 0)), rows(a.batches(epoch: 1)))
        XCTAssertNotEqual(rows(a.batches(epoch: 0)), rows(c.batches(epoch: 0)))
    }

    func testIteratingTheLoaderGivesEpochProperty() {
        var loader = DataLoader(numbered, batchSize: .size(5), seed: 7)
        loader.epoch = 2
        XCTAssertEqual(loader.map { $0.targets.scalars(as: Int64.self) }, rows(loader.batches(epoch: 2)))
    }

    func testBatchSizeParsing() throws {
        XCTAssertEqual(try BatchSize(parsing: "full"), .full)
        XCTAssertEqual(try BatchSize(parsing: " 128 "), .size(128))
        XCTAssertEqual(try BatchSize(parsing: "1"), .size(1))
        XCTAssertEqual(BatchSize.size(64).description, "64")
        assertThrows(.invalidOption(option: "--batch-size", value: "abc", reason: "is not a positive integer or \"full\""),
                     containing: "--batch-size: \"abc\" is not a positive integer or \"full\"") {
            _ = try BatchSize(parsing: "abc")
        }
        XCTAssertNotNil(dataError { _ = try BatchSize(parsing: "0") })
        XCTAssertNotNil(dataError { _ = try BatchSize(parsing: "-3") })
    }

    func testMNISTSizedEpochHasTheRightBatches() {
        let inputs = Tensor.zeros([1000, 784])
        let data = TensorDataset(inputs: inputs, targets: Tensor([Int64](repeating: 0, count: 1000)), classes: 10)
        let loader = DataLoader(data, batchSize: .size(128), seed: 0)
        XCTAssertEqual(loader.batchCount, 8)
        XCTAssertEqual(loader.batches(epoch: 0).map(\.count), [128, 128, 128, 128, 128, 128, 128, 104])
    }
}
