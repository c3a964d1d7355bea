import XCTest
@testable import AxonPlot

final class LineClippingTests: XCTestCase {
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
