/// Fewer points for the same picture: the Ramer–Douglas–Peucker
/// simplification of a polyline.
///
/// The first and last points stay; between two kept points, the point
/// farthest from the straight line joining them is kept when it lies more
/// than `tolerance` away, and the two halves are simplified the same way.
/// No dropped point is farther than `tolerance` from the line drawn, so at
/// a tolerance below a pixel the picture does not change.
enum LineSimplification {
    static func simplified(_ points: [CanvasPoint], tolerance: Double) -> [CanvasPoint] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        // An explicit stack of (first, last) ranges, so a long curve cannot overflow the call stack.
        var ranges = [(0, points.count - 1)]
        while let (first, last) = ranges.popLast() {
            guard last - first > 1 else { continue }
            var farthest = first
            var largest = -1.0
            for index in first + 1 ..< last {
                let distance = squaredDistance(points[index], fromSegment: points[first], points[last])
                if distance > largest {
                    largest = distance
                    farthest = index
                }
            }
            if largest > tolerance * tolerance {
                keep[farthest] = true
                ranges.append((first, farthest))
                ranges.append((farthest, last))
            }
        }
        var result: [CanvasPoint] = []
        for index in points.indices where keep[index] { result.append(points[index]) }
        return result
    }

    /// The squared distance from `point` to the segment from `a` to `b`.
    static func squaredDistance(_ point: CanvasPoint, fromSegment a: CanvasPoint, _ b: CanvasPoint) -> Double {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        var t = 0.0
        if lengthSquared > 0 {
            t = min(max(((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared, 0), 1)
        }
        let ex = point.x - (a.x + t * dx)
        let ey = point.y - (a.y + t * dy)
        return ex * ex + ey * ey
    }
}
