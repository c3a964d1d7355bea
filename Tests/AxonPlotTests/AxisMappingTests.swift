import XCTest
@testable import AxonPlot

final class AxisMappingTests: XCTestCase {
    func testLinearMappingIsAffineAndVerticalAxesGrowUpwards() {
        let x = AxisMapping(scale: .linear, lower: -2, upper: 2, start: 100, end: 500)
        XCTAssertEqual(x.coordinate(-2), 100)
        XCTAssertEqual(x.coordinate(0), 300)
        XCTAssertEqual(x.coordinate(1), 400)
        let y = AxisMapping(scale: .linear, lower: 0, upper: 10, start: 400, end: 0)
        XCTAssertEqual(y.coordinate(2.5), 300)
        XCTAssertEqual(y.value(at: 300), 2.5, accuracy: 1e-12)
    }

    func testLogarithmicMappingGivesEqualLengthsToEqualRatiosAndDropsNonPositives() {
        let y = AxisMapping(scale: .logarithmic, lower: 0.01, upper: 100, start: 400, end: 0)
        XCTAssertEqual(y.coordinate(1) ?? 0, 200, accuracy: 1e-9)
        XCTAssertEqual(y.coordinate(0.1) ?? 0, 300, accuracy: 1e-9)
        XCTAssertEqual(y.coordinate(10) ?? 0, 100, accuracy: 1e-9)
        XCTAssertNil(y.coordinate(0))
        XCTAssertNil(y.coordinate(-5))
        XCTAssertNil(y.coordinate(.nan))
        XCTAssertEqual(y.value(at: 100), 10, accuracy: 1e-9)
    }

    func testHugeValuesArePulledInToAFiniteReach() {
        let x = AxisMapping(scale: .linear, lower: 0, upper: 1, start: 0, end: 100)
        let far = x.coordinate(1e300) ?? 0
        XCTAssertTrue(far.isFinite)
        XCTAssertEqual(far, 100 * AxisMapping.reach)
        XCTAssertNil(x.coordinate(.infinity))
    }

    func testDomainsOfDegenerateDataStillHaveLength() {
        let empty = AxisMapping.domain(of: [], scale: .linear, nice: true, tickCount: 5)
        XCTAssertEqual(empty.lower, 0)
        XCTAssertEqual(empty.upper, 1)
        let constant = AxisMapping.domain(of: [3, 3, 3], scale: .linear, nice: false, tickCount: 5)
        XCTAssertEqual(constant.lower, 2)
        XCTAssertEqual(constant.upper, 4)
        let onlyBad = AxisMapping.domain(of: [.nan, .infinity, -1, 0], scale: .logarithmic, nice: true, tickCount: 5)
        XCTAssertEqual(onlyBad.lower, 1)
        XCTAssertEqual(onlyBad.upper, 10)
        let lonePositive = AxisMapping.domain(of: [-4, 0, 10], scale: .logarithmic, nice: false, tickCount: 5)
        XCTAssertEqual(lonePositive.lower * lonePositive.upper, 100, accuracy: 1e-9, "a factor √10 either side of 10")
        let withNaN = AxisMapping.domain(of: [1, .nan, 7, -.infinity], scale: .linear, nice: true, tickCount: 6)
        XCTAssertEqual(withNaN.lower, 1)
        XCTAssertEqual(withNaN.upper, 7)
    }

    func testSegmentsAreCutAtTheRectangle() {
        let rect = CanvasRect(x: 0, y: 0, width: 100, height: 100)
        let part = LineClipping.clip(from: CanvasPoint(x: 50, y: 50), to: CanvasPoint(x: 50, y: -1e7), in: rect)
        XCTAssertEqual(part?.end, CanvasPoint(x: 50, y: 0))
        XCTAssertEqual(part?.endMoved, true)
        XCTAssertEqual(part?.startMoved, false)
        XCTAssertNil(LineClipping.clip(from: CanvasPoint(x: 150, y: 0), to: CanvasPoint(x: 200, y: 50), in: rect))
    }

    func testPolylineClippingSplitsAtExitsAndGaps() {
        let rect = CanvasRect(x: 0, y: 0, width: 100, height: 100)
        let points: [CanvasPoint?] = [
            CanvasPoint(x: 10, y: 50), CanvasPoint(x: 30, y: 50), CanvasPoint(x: 50, y: 500),
            CanvasPoint(x: 70, y: 50), CanvasPoint(x: 90, y: 50), nil, CanvasPoint(x: 95, y: 10), CanvasPoint(x: 99, y: 10),
        ]
        let pieces = LineClipping.clip(points, to: rect)
        XCTAssertEqual(pieces.count, 3)
        XCTAssertEqual(pieces[0].first, CanvasPoint(x: 10, y: 50))
        XCTAssertEqual(pieces[0].last?.y ?? 0, 100, accuracy: 1e-9)
        XCTAssertEqual(pieces[1].first?.y ?? 0, 100, accuracy: 1e-9)
        XCTAssertEqual(pieces[1].last, CanvasPoint(x: 90, y: 50))
        XCTAssertEqual(pieces[2], [CanvasPoint(x: 95, y: 10), CanvasPoint(x: 99, y: 10)])
        for piece in pieces {
            XCTAssertTrue(piece.allSatisfy { rect.contains($0, tolerance: 1e-9) })
        }
    }
}
