/// A shape that cannot work for an op: the message names the op and the shapes.
public struct ShapeError: Error, CustomStringConvertible, Equatable {
    /// The whole message, for example
    /// `matmul: [3, 4] and [5, 6]: inner dimensions 4 and 5 differ`.
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Shape arithmetic shared by the ops: element counts, strides, broadcasting.
public enum Shape {
    /// The number of elements of a tensor of this shape.
    public static func elementCount(_ shape: [Int]) -> Int {
        var count = 1
        for dimension in shape { count *= dimension }
        return count
    }

    /// Row-major strides, in elements.
    public static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = step
            step *= shape[axis]
        }
        return strides
    }

    /// The shape two shapes broadcast to under NumPy's rules: align from the
    /// right; each pair of dimensions must be equal or one of them 1.
    public static func broadcast(_ a: [Int], _ b: [Int], op: String) throws(ShapeError) -> [Int] {
        let rank = Swift.max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if da == db || db == 1 {
                result[i] = da
            } else if da == 1 {
                result[i] = db
            } else {
                throw ShapeError("\(op): \(a) and \(b) cannot broadcast: dimension \(i - rank) is \(da) and \(db)")
            }
        }
        return result
    }

    /// Turns a possibly negative axis into an index in `0..<rank`.
    public static func normalizeAxis(_ axis: Int, rank: Int, op: String) throws(ShapeError) -> Int {
        let normalized = axis < 0 ? axis + rank : axis
        guard normalized >= 0, normalized < Swift.max(rank, 1) else {
            throw ShapeError("\(op): axis \(axis) is out of range for a tensor of rank \(rank)")
        }
        return normalized
    }

    /// Validates a shape given by a user: no negative dimensions.
    static func validate(_ shape: [Int], op: String) throws(ShapeError) {
        if let bad = shape.first(where: { $0 < 0 }) {
            throw ShapeError("\(op): shape \(shape) has a negative dimension \(bad)")
        }
    }
}

/// Runs a shape computation that a programming error would break, stopping
/// with its message (the op and the shapes) instead of an anonymous trap.
@inline(__always)
func checked<R>(_ body: () throws(ShapeError) -> R) -> R {
    do {
        return try body()
    } catch {
        preconditionFailure(error.message)
    }
}
