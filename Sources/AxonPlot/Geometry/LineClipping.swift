/// Cutting lines at the edges of a rectangle, so that a chart writes only
/// what can be seen: a curve that runs off to 1e300 ends at the plot's edge
/// instead of sending coordinates far outside the figure.
enum LineClipping {
    /// The part of the segment from `start` to `end` inside `rect`, or nil
    /// when none of it is; `startMoved` / `endMoved` tell whether an end was
    /// cut (Liang and Barsky's parametric clipping).
    static func clip(from start: CanvasPoint, to end: CanvasPoint, in rect: CanvasRect)
        -> (start: CanvasPoint, end: CanvasPoint, startMoved: Bool, endMoved: Bool)? {
        let dx = end.x - start.x
        let dy = end.y - start.y
        var t0 = 0.0
        var t1 = 1.0
        // For each edge: p < 0 where the segment enters across it, p > 0 where it leaves.
        let constraints = [(-dx, start.x - rect.x), (dx, rect.maxX - start.x),
                           (-dy, start.y - rect.y), (dy, rect.maxY - start.y)]
        for (p, q) in constraints {
            if p == 0 {
                if q < 0 { return nil }
                continue
            }
            let r = q / p
            if p < 0 {
                if r > t1 { return nil }
                t0 = max(t0, r)
            } else {
                if r < t0 { return nil }
                t1 = min(t1, r)
            }
        }
        let clippedStart = t0 > 0 ? CanvasPoint(x: start.x + t0 * dx, y: start.y + t0 * dy) : start
        let clippedEnd = t1 < 1 ? CanvasPoint(x: start.x + t1 * dx, y: start.y + t1 * dy) : end
        return (clippedStart, clippedEnd, t0 > 0, t1 < 1)
    }

    /// The pieces of the line through `points` that lie inside `rect`. A nil
    /// or non-finite point breaks the line, as does every exit from the
    /// rectangle; pieces of a single point are dropped.
    static func clip(_ points: [CanvasPoint?], to rect: CanvasRect) -> [[CanvasPoint]] {
        var pieces: [[CanvasPoint]] = []
        var current: [CanvasPoint] = []
        func finish() {
            if current.count >= 2 { pieces.append(current) }
            current = []
        }
        var previous: CanvasPoint?
        for point in points {
            guard let point, point.isFinite else {
                finish()
                previous = nil
                continue
            }
            defer { previous = point }
            guard let from = previous else { continue }
            guard let part = clip(from: from, to: point, in: rect) else {
                finish()
                continue
            }
            if part.startMoved || current.isEmpty {
                finish()
                current = [part.start]
            }
            current.append(part.end)
            if part.endMoved { finish() }
        }
        finish()
        return pieces
    }
}
