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
}
