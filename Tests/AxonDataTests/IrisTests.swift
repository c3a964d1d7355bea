import AxonTensor
import XCTest
@testable import AxonData

final class IrisTests: XCTestCase {
    func testAllFlowers() {
        let iris = Iris.all
        XCTAssertEqual(iris.inputs.shape, [150, 4])
        XCTAssertEqual(iris.classNames, ["setosa", "versicolor", "virginica"])
        XCTAssertEqual(iris.featureNames, ["sepal_length", "sepal_width", "petal_length", "petal_width"])
        XCTAssertEqual(iris.inputs[0].floats, [5.1, 3.5, 1.4, 0.2])
        XCTAssertEqual(iris.inputs[149].floats, [5.9, 3.0, 5.1, 1.8])
        let labels = iris.targets.scalars(as: Int64.self)
        XCTAssertEqual((0..<3).map { c in labels.filter { $0 == c }.count }, [50, 50, 50])
        // Fisher's table: mean petal length per species 1.462, 4.260, 5.552.
        let petal = iris.inputs.doubles.enumerated().filter { $0.offset % 4 == 2 }.map(\.element)
        var means: [Double] = []
        for c in 0..<3 {
            let species: [Double] = Array(petal[(50 * c) ..< (50 * c + 50)])
            means.append(species.reduce(0, +) / 50)
        }
        assertClose(means, [1.462, 4.260, 5.552], atol: 1e-4)
    }

    func testStratifiedSeededSplit() {
        let splits = Iris.load(seed: 4)
        XCTAssertEqual(splits.train.count, 120)
        XCTAssertEqual(splits.test!.count, 30)
        let testLabels = splits.test!.targets.scalars(as: Int64.self)
        XCTAssertEqual((0..<3).map { c in testLabels.filter { $0 == c }.count }, [10, 10, 10])
        XCTAssertEqual(Iris.load(seed: 4).test!.inputs.floats, splits.test!.inputs.floats)
        XCTAssertNotEqual(Iris.load(seed: 5).test!.inputs.floats, splits.test!.inputs.floats)
        XCTAssertEqual(splits.test!.classNames, Iris.classNames)
    }
}
