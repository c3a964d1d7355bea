/// A point in grid coordinates: `column` and `row` of the sample grid, with
/// fractions between samples.
struct GridPoint: Equatable {
    var column: Double
    var row: Double
}

/// Contour lines and filled regions of a function sampled on a grid, by
/// marching squares.
///
/// Each cell of four neighbouring samples is looked at alone: a sample is
/// "above" when its value is at least the level, an edge whose ends differ
/// is crossed where linear interpolation between its ends meets the level,
/// and the crossings are joined inside the cell. A cell whose diagonal
/// corners are above and the others below (a saddle) is decided by the mean
/// of its four corners: above, and the above corners are joined through the
/// middle; below, and they are cut off separately. Lines and filled regions
/// use the same rule, so they agree. Cells with a non-finite corner are
/// skipped, so NaN or infinity in the grid leaves a hole, never a wrong line.
///
/// `values[row][column]`: rows must be equally long; grid coordinates put
/// sample (row, column) at (column, row).
struct MarchingSquares {
    let values: [[Double]]
    let rows: Int
    let columns: Int

    init(values: [[Double]]) {
        self.values = values
        rows = values.count
        columns = values.map(\.count).min() ?? 0
    }

    /// The cell edges, named by the sample they start at: a horizontal edge
    /// runs from (row, column) to (row, column + 1), a vertical one from
    /// (row, column) to (row + 1, column). Two cells sharing an edge name it
    /// the same way, which is what joins their segments into one line.
    private enum Edge: Hashable {
        case horizontal(row: Int, column: Int)
        case vertical(row: Int, column: Int)
    }

    /// The contour lines at `level`, each a list of points in grid
    /// coordinates; a closed line ends with its first point repeated.
    /// Lines come out in the order of the cell where they start.
    func lines(level: Double) -> [[GridPoint]] {
        var segments: [(Edge, Edge)] = []
        forEachCell(level: level) { _, _, corners, edges, above in
            for (first, second) in Self.cellSegments(corners: corners, above: above, level: level) {
                segments.append((edges[first], edges[second]))
            }
        }
        return chain(segments).map { path in path.map { crossing(on: $0, level: level) } }
    }

    /// The parts of every cell where the value is at least `level`, as
    /// polygons in grid coordinates, and the runs of whole cells that lie
    /// entirely at or above it (which need no polygon): `full[row][column]`.
    func regions(atLeast level: Double) -> (partial: [[GridPoint]], full: [[Bool?]]) {
        var partial: [[GridPoint]] = []
        var full = [[Bool?]](repeating: [Bool?](repeating: nil, count: max(columns - 1, 0)), count: max(rows - 1, 0))
        forEachCell(level: level) { row, column, corners, edges, above in
            if above.allSatisfy({ $0 }) {
                full[row][column] = true
                return
            }
            for polygon in Self.cellPolygons(corners: corners, above: above, level: level) {
                partial.append(polygon.map { vertex in
                    switch vertex {
                    case let .corner(index): return Self.cornerPoint(index, row: row, column: column)
                    case let .edge(index): return crossing(on: edges[index], level: level)
                    }
                })
            }
        }
        return (partial, full)
    }

    // MARK: One cell

    /// Visits every cell with four finite corners, giving its row and column
    /// (those of its bottom-left sample), its corner values
    /// (bottom-left, bottom-right, top-right, top-left, where "top" is the
    /// higher row), its edges in the same turn (edge i runs from corner i to
    /// corner i + 1) and which corners are above `level`.
    private func forEachCell(level: Double, _ visit: (Int, Int, [Double], [Edge], [Bool]) -> Void) {
        guard rows >= 2, columns >= 2 else { return }
        for row in 0 ..< rows - 1 {
            for column in 0 ..< columns - 1 {
                let corners = [values[row][column], values[row][column + 1],
                               values[row + 1][column + 1], values[row + 1][column]]
                guard corners.allSatisfy(\.isFinite) else { continue }
                let edges: [Edge] = [.horizontal(row: row, column: column), .vertical(row: row, column: column + 1),
                                     .horizontal(row: row + 1, column: column), .vertical(row: row, column: column)]
                visit(row, column, corners, edges, corners.map { $0 >= level })
            }
        }
    }

    /// Whether the cell is a saddle whose above corners are joined through the middle.
    private static func joinsAboveCorners(corners: [Double], level: Double) -> Bool {
        (corners[0] + corners[1] + corners[2] + corners[3]) / 4 >= level
    }

    /// The cell's line segments as pairs of crossed edge indices.
    private static func cellSegments(corners: [Double], above: [Bool], level: Double) -> [(Int, Int)] {
        let crossed = (0 ..< 4).filter { above[$0] != above[($0 + 1) % 4] }
        if crossed.count == 2 { return [(crossed[0], crossed[1])] }
        guard crossed.count == 4 else { return [] }
        // A saddle: cut off the two corners on the side that is not joined.
        let cutSide = !joinsAboveCorners(corners: corners, level: level)
        return (0 ..< 4).filter { above[$0] == cutSide }.map { corner in ((corner + 3) % 4, corner) }
    }

    private enum Vertex {
        case corner(Int)
        case edge(Int)
    }

    /// The cell's above part as polygons of corners and edge crossings.
    private static func cellPolygons(corners: [Double], above: [Bool], level: Double) -> [[Vertex]] {
        let crossedCount = (0 ..< 4).filter { above[$0] != above[($0 + 1) % 4] }.count
        if crossedCount == 4, !joinsAboveCorners(corners: corners, level: level) {
            return (0 ..< 4).filter { above[$0] }.map { corner in [.edge((corner + 3) % 4), .corner(corner), .edge(corner)] }
        }
        var polygon: [Vertex] = []
        for corner in 0 ..< 4 {
            if above[corner] { polygon.append(.corner(corner)) }
            if above[corner] != above[(corner + 1) % 4] { polygon.append(.edge(corner)) }
        }
        return polygon.count >= 3 ? [polygon] : []
    }

    private static func cornerPoint(_ index: Int, row: Int, column: Int) -> GridPoint {
        let offsets = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
        return GridPoint(column: Double(column) + offsets[index].0, row: Double(row) + offsets[index].1)
    }

    /// Where `edge` meets `level`, interpolating linearly between its ends.
    private func crossing(on edge: Edge, level: Double) -> GridPoint {
        switch edge {
        case let .horizontal(row, column):
            let t = fraction(values[row][column], values[row][column + 1], level)
            return GridPoint(column: Double(column) + t, row: Double(row))
        case let .vertical(row, column):
            let t = fraction(values[row][column], values[row + 1][column], level)
            return GridPoint(column: Double(column), row: Double(row) + t)
        }
    }

    private func fraction(_ a: Double, _ b: Double, _ level: Double) -> Double {
        b == a ? 0.5 : min(max((level - a) / (b - a), 0), 1)
    }

    // MARK: Joining segments

    /// Joins segments that share an edge into paths of edges: open paths
    /// first (each from an end that belongs to one segment only), then
    /// closed loops, which repeat their first edge at the end.
    private func chain(_ segments: [(Edge, Edge)]) -> [[Edge]] {
        var touching: [Edge: [Int]] = [:]
        for (index, segment) in segments.enumerated() {
            touching[segment.0, default: []].append(index)
            touching[segment.1, default: []].append(index)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var paths: [[Edge]] = []

        func walk(from start: Edge, segment first: Int) -> [Edge] {
            var path = [start]
            var current = first
            var at = start
            while true {
                used[current] = true
                let segment = segments[current]
                at = segment.0 == at ? segment.1 : segment.0
                path.append(at)
                guard let next = touching[at]?.first(where: { !used[$0] }) else { break }
                current = next
            }
            return path
        }

        for (index, segment) in segments.enumerated() where !used[index] {
            if touching[segment.0]?.count == 1 {
                paths.append(walk(from: segment.0, segment: index))
            } else if touching[segment.1]?.count == 1 {
                paths.append(walk(from: segment.1, segment: index))
            }
        }
        for (index, segment) in segments.enumerated() where !used[index] {
            paths.append(walk(from: segment.0, segment: index))
        }
        return paths
    }
}
