import XCTest
@testable import AxonPlot

final class MarchingSquaresTests: XCTestCase {
    /// x² + y² sampled on a `count` × `count` grid over [-2, 2]².
    private func bowl(count: Int) -> (grid: [[Double]], step: Double) {
        let step = 4 / Double(count - 1)
        let grid = (0 ..< count).map { row in
            (0 ..< count).map { column -> Double in
                let x = -2 + Double(column) * step
                let y = -2 + Double(row) * step
                return x * x + y * y
            }
        }
        return (grid, step)
    }

    func testContourOfTheBowlAtRSquaredIsACircleOfRadiusR() {
        let (grid, step) = bowl(count: 41)
        let squares = MarchingSquares(values: grid)
        for radius in [0.5, 1.0, 1.7] {
            let lines = squares.lines(level: radius * radius)
            XCTAssertEqual(lines.count, 1, "one closed line at r = \(radius)")
            guard let line = lines.first else { continue }
            XCTAssertEqual(line.first, line.last, "closed")
            XCTAssertGreaterThan(line.count, 10)
            for point in line {
                let x = -2 + point.column * step
                let y = -2 + point.row * step
                XCTAssertEqual((x * x + y * y).squareRoot(), radius, accuracy: step, "r = \(radius)")
            }
        }
    }

    func testOpenLinesRunFromEdgeToEdge() {
        // f = x on a 5 × 5 grid: the level 2.5 is the vertical line x = 2.5.
        let grid = (0 ..< 5).map { _ in (0 ..< 5).map(Double.init) }
        let lines = MarchingSquares(values: grid).lines(level: 2.5)
        XCTAssertEqual(lines.count, 1)
        XCTAssertEqual(lines[0].count, 5)
        XCTAssertTrue(lines[0].allSatisfy { $0.column == 2.5 })
        XCTAssertEqual(Set(lines[0].map(\.row)), [0, 1, 2, 3, 4])
    }

    func testSaddleIsDecidedByTheMeanOfItsCorners() {
        // Corners 1 (bottom left), 0, 1 (top right), 0: the mean 0.5 is at the
        // level, so the high corners are joined and the two low ones cut off.
        let saddle: [[Double]] = [[1, 0], [0, 1]]
        let joined = MarchingSquares(values: saddle)
        XCTAssertEqual(joined.lines(level: 0.5).count, 2)
        let high = joined.regions(atLeast: 0.5).partial
        XCTAssertEqual(high.count, 1, "one hexagon through the middle")
        XCTAssertEqual(high.first?.count, 6)
        let apart = joined.regions(atLeast: 0.6).partial
        XCTAssertEqual(apart.count, 2, "two corner triangles")
        XCTAssertEqual(apart.map(\.count), [3, 3])
    }

    func testRegionAreaMatchesTheExactArea() {
        // f = x + y on the unit grid 0…4: the part with f ≥ 3 has area 16 − 4.5.
        let grid = (0 ..< 5).map { row in (0 ..< 5).map { Double($0 + row) } }
        let region = MarchingSquares(values: grid).regions(atLeast: 3)
        let fullArea = Double(region.full.joined().compactMap { $0 }.count)
        var partialArea = 0.0
        for polygon in region.partial {
            // Shoelace formula.
            var twice = 0.0
            for (a, b) in zip(polygon, polygon.dropFirst() + [polygon[0]]) { twice += a.column * b.row - b.column * a.row }
            partialArea += abs(twice) / 2
        }
        XCTAssertEqual(fullArea + partialArea, 16 - 4.5, accuracy: 1e-9)
    }

    func testNonFiniteSamplesLeaveHolesAndNoBadPoints() {
        var (grid, _) = bowl(count: 21)
        grid[10][10] = .nan
        grid[3][4] = .infinity
        let squares = MarchingSquares(values: grid)
        let lines = squares.lines(level: 1)
        XCTAssertFalse(lines.isEmpty)
        for point in lines.joined() {
            XCTAssertTrue(point.column.isFinite && point.row.isFinite)
        }
        XCTAssertTrue(MarchingSquares(values: [[.nan, .nan], [.nan, .nan]]).lines(level: 0).isEmpty)
        XCTAssertTrue(MarchingSquares(values: [[1]]).lines(level: 0).isEmpty)
        XCTAssertTrue(MarchingSquares(values: []).lines(level: 0).isEmpty)
    }
}
