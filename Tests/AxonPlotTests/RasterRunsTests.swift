import XCTest
@testable import AxonPlot

final class RasterRunsTests: XCTestCase {
    func testRunsMergeAlongRowsThenDownColumns() {
        let grid: [[Int?]] = [
            [0, 0, 1],
            [0, 0, 1],
            [2, 2, 2],
            [nil, 2, 2],
        ]
        let runs = RasterRuns.merge(grid)
        XCTAssertEqual(runs, [
            RasterRun(rows: 0 ..< 2, columns: 0 ..< 2, key: 0),
            RasterRun(rows: 0 ..< 2, columns: 2 ..< 3, key: 1),
            RasterRun(rows: 2 ..< 3, columns: 0 ..< 3, key: 2),
            RasterRun(rows: 3 ..< 4, columns: 1 ..< 3, key: 2),
        ])
    }

    func testRaggedAndEmptyGridsGiveOnlyTheCellsThatExist() {
        XCTAssertEqual(RasterRuns.merge([[Int?]]()), [])
        XCTAssertEqual(RasterRuns.merge([[7, 7, 7], [7], []]), [
            RasterRun(rows: 0 ..< 1, columns: 0 ..< 3, key: 7),
            RasterRun(rows: 1 ..< 2, columns: 0 ..< 1, key: 7),
        ])
    }
}
