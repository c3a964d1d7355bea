import AxonTensor
import XCTest
@testable import AxonData

final class TensorDatasetTests: XCTestCase {
    private let data = TensorDataset(inputs: Tensor((0..<20).map { Float($0) }, shape: [10, 2]),
                                     targets: Tensor((0..<10).map { Int64($0 % 3) }), classNames: ["a", "b", "c"])

    func testShapesKindAndBatches() {
        XCTAssertEqual(data.count, 10)
        XCTAssertEqual(data.featureCount, 2)
        XCTAssertEqual(data.targetKind, .classification(classes: 3))
        XCTAssertEqual(data.outputCount, 3)
        let batch = data.batch(indices: Tensor([7, 2] as [Int64]))
        XCTAssertEqual(batch.inputs.floats, [14, 15, 4, 5])
        XCTAssertEqual(batch.targets.scalars(as: Int64.self), [1, 2])
        XCTAssertEqual(data.batch(rows: 3..<5).inputs.floats, [6, 7, 8, 9])
    }

    func testByteInputsGiveScaledFloatBatches() {
        // 300 rows of 1,000 bytes: large enough that the gather splits over threads.
        let bytes = (0..<300_000).map { UInt8($0 * 7 % 256) }
        let images = TensorDataset(inputs: Tensor(bytes, shape: [300, 1000]), targets: Tensor((0..<300).map { Int64($0 % 10) }),
                                   inputScale: 1.0 / 255)
        let expected = Tensor(bytes.map { Float($0) * Float(1.0 / 255) }, shape: [300, 1000])
        let picks: [Int64] = (0..<300).map { Int64(($0 * 131) % 300) }
        let batch = images.batch(indices: Tensor(picks))
        XCTAssertEqual(batch.inputs.dtype, .float32)
        XCTAssertEqual(batch.inputs.floats, expected.indexSelect(axis: 0, indices: Tensor(picks)).floats)
        XCTAssertEqual(images.batch(rows: 5..<7).inputs.floats, Array(expected.floats[5000..<7000]))
        XCTAssertEqual(images.features.floats, expected.floats)
        let subset = images.subset(indices: [4, 2])
        XCTAssertEqual(subset.inputs.dtype, .uint8, "a subset is stored as its source is")
        XCTAssertEqual(subset.features.floats, Array(expected.floats[4000..<5000] + expected.floats[2000..<3000]))
        XCTAssertEqual(images.oneHotTargets().features.floats, expected.floats)
        let doubled = images.scaled(by: 2)
        XCTAssertEqual(doubled.inputs.dtype, .uint8)
        XCTAssertEqual(doubled.inputScale, 2.0 / 255, accuracy: 1e-15)
        XCTAssertEqual(images.replacing(inputs: expected).inputScale, 1, "new inputs are features as they are")
    }

    func testFloatTargetsAreRegression() {
        let regression = TensorDataset(inputs: Tensor([1, 2, 3] as [Float]), targets: Tensor([0.5, 1, 2] as [Float]))
        XCTAssertEqual(regression.inputs.shape, [3, 1])
        XCTAssertEqual(regression.targets.shape, [3, 1])
        XCTAssertEqual(regression.targetKind, .regression(outputs: 1))
        XCTAssertNil(regression.classCount)
    }

    func testSplitSizesOrderAndDeterminism() {
        let parts = data.split(fraction: 0.7, seed: 3)
        XCTAssertEqual(parts.train.count, 7)
        XCTAssertEqual(parts.validation.count, 3)
        let trainRows = parts.train.inputs.floats.enumerated().filter { $0.offset % 2 == 0 }.map { Int($0.element) / 2 }
        let validationRows = parts.validation.inputs.floats.enumerated().filter { $0.offset % 2 == 0 }.map { Int($0.element) / 2 }
        XCTAssertEqual(trainRows, trainRows.sorted())
        XCTAssertEqual(Set(trainRows + validationRows), Set(0..<10))
        XCTAssertEqual(parts.train.classNames, ["a", "b", "c"])
        XCTAssertEqual(parts.validation.classCount, 3)
        XCTAssertEqual(data.split(fraction: 0.7, seed: 3).validation.inputs.floats, parts.validation.inputs.floats)
        XCTAssertNotEqual(data.split(fraction: 0.7, seed: 4).validation.inputs.floats, parts.validation.inputs.floats)
        XCTAssertEqual(data.split(fraction: 1).validation.count, 0)
    }
}
