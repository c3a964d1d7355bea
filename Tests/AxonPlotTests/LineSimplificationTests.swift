import XCTest
@testable import AxonPlot

final class LineSimplificationTests: XCTestCase {
    func testCollinearPointsGoAndCornersStay() {
        let points = (0 ... 10).map { CanvasPoint(x: Double($0), y: 0) } + [CanvasPoint(x: 10, y: 10)]
        XCTAssertEqual(LineSimplification.simplified(points, tolerance: 0.2),
                       [CanvasPoint(x: 0, y: 0), CanvasPoint(x: 10, y: 0), CanvasPoint(x: 10, y: 10)])
    }

    func testNoDroppedPointLiesFartherThanTheTolerance() {
        let points = (0 ..< 2_000).map { index -> CanvasPoint in
            let t = Double(index) / 10
            return CanvasPoint(x: t * 3, y: 100 + 80 * sin(t))
        }
        let kept = LineSimplification.simplified(points, tolerance: 0.2)
        XCTAssertLessThan(kept.count, points.count / 4)
        XCTAssertEqual(kept.first, points.first)
        XCTAssertEqual(kept.last, points.last)
        // Every original point is within the tolerance of the kept polyline.
        var segment = 0
        for point in points {
            while segment + 1 < kept.count - 1, point.x > kept[segment + 1].x { segment += 1 }
            let distance = LineSimplification.squaredDistance(point, fromSegment: kept[segment], kept[segment + 1]).squareRoot()
            XCTAssertLessThanOrEqual(distance, 0.2 + 1e-9)
        }
    }

    func testShortLinesAreUnchanged() {
        let two = [CanvasPoint(x: 0, y: 0), CanvasPoint(x: 1, y: 1)]
        XCTAssertEqual(LineSimplification.simplified(two, tolerance: 0.2), two)
        XCTAssertEqual(LineSimplification.simplified([], tolerance: 0.2), [])
    }
}
