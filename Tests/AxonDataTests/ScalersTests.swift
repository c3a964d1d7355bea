import AxonTensor
import XCTest
@testable import AxonData

final class ScalersTests: XCTestCase {
    private let train = TensorDataset(inputs: Tensor([1, 10, 3, 10, 5, 10] as [Float], shape: [3, 2]),
                                      targets: Tensor([0, 1, 0] as [Int64]))
    private let test = TensorDataset(inputs: Tensor([7, 12] as [Float], shape: [1, 2]), targets: Tensor([1] as [Int64]))

    func testStandardScalerUsesTrainingStatisticsAndPopulationDeviation() {
        let scaler = FeatureScaler.standardizing(train)
        // Column 0: mean 3, population std sqrt(8/3); column 1 never varies, so its std is taken as 1.
        let std = (8.0 / 3).squareRoot()
        XCTAssertEqual(scaler.kind, .standard)
        assertClose(scaler.shift.doubles, [3, 10])
        assertClose(scaler.scale.doubles, [std, 1])
        assertClose(scaler.transform(train).inputs.doubles, [-2 / std, 0, 0, 0, 2 / std, 0])
        let scaledTest = scaler.transform(test)
        assertClose(scaledTest.inputs.doubles, [4 / std, 2])
        XCTAssertEqual(scaledTest.inputs.dtype, .float32)
        XCTAssertEqual(scaledTest.targets.scalars(as: Int64.self), [1])
    }

    func testMinMaxScalerMapsTrainingRangeToUnitInterval() {
        let scaler = FeatureScaler.minMax(train)
        assertClose(scaler.transform(train).inputs.doubles, [0, 0, 0.5, 0, 1, 0])
        assertClose(scaler.transform(test).inputs.doubles, [1.5, 2])
    }

    func testAScalerRebuiltFromItsNumbersTransformsTheSame() {
        let fitted = FeatureScaler.standardizing(train)
        let restored = FeatureScaler(kind: fitted.kind, shift: fitted.shift.doubles, scale: fitted.scale.doubles)
        XCTAssertEqual(restored.transform(test).inputs.doubles, fitted.transform(test).inputs.doubles)
    }

    func testScaleByAndOneHot() {
        let bytes = TensorDataset(inputs: Tensor([0, 51, 255] as [UInt8], shape: [3, 1]), targets: Tensor([2, 0, 1] as [Int64]))
        let scaled = bytes.scaled(by: 1.0 / 255)
        XCTAssertEqual(scaled.features.dtype, .float32)
        assertClose(scaled.features.doubles, [0, 0.2, 1])
        let standardized = FeatureScaler.standardizing(scaled).transform(scaled)
        XCTAssertEqual(standardized.inputScale, 1)
        assertClose(standardized.inputs.doubles, FeatureScaler.standardizing(bytes).transform(bytes).inputs.doubles)
        let encoded = bytes.oneHotTargets()
        XCTAssertEqual(encoded.targetKind, .regression(outputs: 3))
        XCTAssertEqual(encoded.targets.doubles, [0, 0, 1, 1, 0, 0, 0, 1, 0])
    }
}
