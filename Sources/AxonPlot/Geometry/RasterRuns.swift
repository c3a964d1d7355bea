/// A rectangle of equal cells of a grid: rows `rows`, columns `columns`
/// (both half-open), all with the same `key`.
struct RasterRun<Key: Hashable>: Equatable {
    var rows: Range<Int>
    var columns: Range<Int>
    var key: Key
}

/// Grid cells merged into as few rectangles as a simple rule finds, so that
/// a raster of a few colours (decision regions, heat-map zeros, contour
/// bands) costs a few hundred SVG elements instead of one per cell.
enum RasterRuns {
    /// The runs of `keys[row][column]`: first, equal neighbours in a row
    /// become one run; then a run exactly as wide as one of the same key in
    /// the row before (same columns) extends that one downwards. A nil key
    /// is a cell with nothing to draw; rows shorter than the longest are
    /// taken as nil beyond their end. Runs come out in the order they start,
    /// row by row, left to right.
    static func merge<Key: Hashable>(_ keys: [[Key?]]) -> [RasterRun<Key>] {
        var runs: [RasterRun<Key>] = []
        /// Runs that reached the previous row, by their columns and key.
        var open: [OpenKey<Key>: Int] = [:]
        for (row, cells) in keys.enumerated() {
            var next: [OpenKey<Key>: Int] = [:]
            var column = 0
            while column < cells.count {
                guard let key = cells[column] else {
                    column += 1
                    continue
                }
                var end = column + 1
                while end < cells.count, cells[end] == key { end += 1 }
                let identity = OpenKey(columns: column ..< end, key: key)
                if let index = open[identity] {
                    runs[index].rows = runs[index].rows.lowerBound ..< row + 1
                    next[identity] = index
                } else {
                    next[identity] = runs.count
                    runs.append(RasterRun(rows: row ..< row + 1, columns: column ..< end, key: key))
                }
                column = end
            }
            open = next
        }
        return runs
    }

    private struct OpenKey<Key: Hashable>: Hashable {
        var columns: Range<Int>
        var key: Key
    }
}
