import AxonTensor
import XCTest
@testable import AxonData

final class SyntheticDataTests: XCTestCase {
    /// Every generator with a given seed, by name.
    private func allSets(seed: UInt64) -> [(String, DataSplits)] {
        [("spiral", SyntheticData.spiral(seed: seed)), ("blobs", SyntheticData.blobs(seed: seed)),
         ("xor", SyntheticData.xor(seed: seed)), ("moons", SyntheticData.moons(seed: seed)),
         ("circles", SyntheticData.circles(seed: seed))]
    }

    private func classCounts(_ data: TensorDataset) -> [Int] {
        var counts = [Int](repeating: 0, count: data.classCount ?? 0)
        for label in data.targets.scalars(as: Int64.self) { counts[Int(label)] += 1 }
        return counts
    }

    func testShapesAndBalancedInterleavedClasses() {
        for (name, splits) in allSets(seed: 1) {
            let classes = splits.train.classCount ?? 0
            XCTAssertEqual(splits.train.inputs.shape[1], 2, name)
            XCTAssertEqual(splits.train.inputs.dtype, .float32, name)
            XCTAssertEqual(splits.train.targets.dtype, .int64, name)
            XCTAssertEqual(Set(classCounts(splits.train)).count, 1, "\(name) train is unbalanced")
            XCTAssertEqual(Set(classCounts(splits.test!)).count, 1, "\(name) test is unbalanced")
            let firstLabels = splits.train.targets.scalars(as: Int64.self).prefix(classes)
            XCTAssertEqual(Array(firstLabels), (0..<classes).map { Int64($0) }, "\(name) classes are not interleaved")
        }
    }

    func testDefaultSizes() {
        let spiral = SyntheticData.spiral()
        XCTAssertEqual(spiral.train.inputs.shape, [900, 2])
        XCTAssertEqual(spiral.test!.inputs.shape, [300, 2])
        XCTAssertEqual(spiral.train.classCount, 3)
        XCTAssertEqual(SyntheticData.spiral(classes: 5, samplesPerClass: 10, testSamplesPerClass: 4).test!.count, 20)
    }

    func testSameSeedSamePointsOtherSeedOtherPoints() {
        let first = allSets(seed: 5), again = allSets(seed: 5), other = allSets(seed: 6)
        for i in first.indices {
            XCTAssertEqual(first[i].1.train.inputs.floats, again[i].1.train.inputs.floats, first[i].0)
            XCTAssertEqual(first[i].1.test!.inputs.floats, again[i].1.test!.inputs.floats, first[i].0)
            XCTAssertNotEqual(first[i].1.train.inputs.floats, other[i].1.train.inputs.floats, first[i].0)
        }
    }

    func testTestSetIsDrawnSeparately() {
        for (name, splits) in allSets(seed: 2) {
            let train = Set(splits.train.inputs.floats)
            let test = splits.test!.inputs.floats
            XCTAssertNotEqual(Array(splits.train.inputs.floats.prefix(test.count)), test, name)
            XCTAssertLessThan(test.filter { train.contains($0) }.count, test.count / 10, "\(name) test repeats train")
        }
    }

    func testBlobsAreSeparatedByTheLineXPlusYEqualsZero() {
        let blobs = SyntheticData.blobs(samplesPerClass: 500, noise: 1.5, seed: 3)
        for data in [blobs.train, blobs.test!] {
            let points = data.inputs.floats
            for (i, label) in data.targets.scalars(as: Int64.self).enumerated() {
                let side = points[2 * i] + points[2 * i + 1]
                XCTAssertTrue(label == 1 ? side > 0 : side < 0, "point \(i) of class \(label) is on the wrong side")
            }
        }
        let tight = SyntheticData.blobs(seed: 0).train
        let classZero = tight.inputs.indexSelect(indices: Tensor((0..<100).map { Int64(2 * $0) }))
        let mean = classZero.mean(axes: [0]).doubles
        let spread = classZero.variance(axes: [0], correction: 0).sqrt().doubles
        assertClose(mean, [-1.5, -1.5], atol: 0.15)
        XCTAssertLessThan(spread.max() ?? 1, 0.6)
    }

    func testSpiralPointsLieInTheUnitDisc() {
        let points = SyntheticData.spiral().train.inputs.floats
        for i in stride(from: 0, to: points.count, by: 2) {
            XCTAssertLessThanOrEqual(points[i] * points[i] + points[i + 1] * points[i + 1], 1.0001)
        }
    }

    func testXorLabelsFollowTheQuadrantsWithoutNoise() {
        let data = SyntheticData.xor(noise: 0).train
        let points = data.inputs.floats
        for (i, label) in data.targets.scalars(as: Int64.self).enumerated() {
            XCTAssertEqual(points[2 * i] * points[2 * i + 1] < 0, label == 1)
        }
    }

    func testCirclesRadiiWithoutNoise() {
        let data = SyntheticData.circles(noise: 0).train
        let points = data.inputs.floats
        for (i, label) in data.targets.scalars(as: Int64.self).enumerated() {
            let radius = (points[2 * i] * points[2 * i] + points[2 * i + 1] * points[2 * i + 1]).squareRoot()
            XCTAssertEqual(Double(radius), label == 0 ? 1 : 0.5, accuracy: 1e-5)
        }
    }

    func testMoonsFollowTheHalfCirclesWithoutNoise() {
        let data = SyntheticData.moons(noise: 0).train
        let points = data.inputs.floats
        for (i, label) in data.targets.scalars(as: Int64.self).enumerated() {
            let (x, y) = (Double(points[2 * i]), Double(points[2 * i + 1]))
            let (cx, cy) = label == 0 ? (0.0, 0.0) : (1.0, 0.5)
            XCTAssertEqual(((x - cx) * (x - cx) + (y - cy) * (y - cy)).squareRoot(), 1, accuracy: 1e-5)
            XCTAssertTrue(label == 0 ? y >= -1e-6 : y <= 0.5 + 1e-6)
        }
    }
}
