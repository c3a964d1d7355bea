import Foundation

// The plain values that the figures are drawn from: points, lines, boxes
// and grids, in Doubles and Ints, with no tensors, so a renderer needs only
// the standard library.

/// A point of the plane.
public struct Point2D: Sendable, Equatable, Codable {
    /// The horizontal coordinate.
    public var x: Double
    /// The vertical coordinate.
    public var y: Double

    /// The point (x, y).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A point of a two-class or many-class data set, with its class index.
public struct LabeledPoint: Sendable, Equatable, Codable {
    /// The first feature.
    public var x: Double
    /// The second feature.
    public var y: Double
    /// The class index (0 or 1 for two classes: triangles and squares).
    public var label: Int
}

/// The line w₁x + w₂y + b = 0 that a single neuron draws between its classes
/// (class 1 where w₁x + w₂y + b > 0).
public struct Line2D: Sendable, Equatable, Codable {
    /// The weight of x.
    public var w1: Double
    /// The weight of y.
    public var w2: Double
    /// The bias.
    public var b: Double

    /// Whether the line exists: both weights zero (a perceptron before its
    /// first update) describe no line.
    public var isDefined: Bool { w1 != 0 || w2 != 0 }
}

/// The rectangle a figure shows, in data coordinates.
public struct PlotBox: Sendable, Equatable, Codable {
    /// The left edge.
    public var xMin: Double
    /// The right edge.
    public var xMax: Double
    /// The bottom edge.
    public var yMin: Double
    /// The top edge.
    public var yMax: Double

    /// `count` evenly spaced values from `xMin` to `xMax`, both included.
    public func xs(count: Int) -> [Double] { evenlySpaced(from: xMin, to: xMax, count: count) }

    /// `count` evenly spaced values from `yMin` to `yMax`, both included.
    public func ys(count: Int) -> [Double] { evenlySpaced(from: yMin, to: yMax, count: count) }
}

/// `count` values from `low` to `high` in equal steps, both ends exact.
func evenlySpaced(from low: Double, to high: Double, count: Int) -> [Double] {
    precondition(count >= 2, "evenlySpaced: a grid needs at least 2 values, got \(count)")
    let step = (high - low) / Double(count - 1)
    return (0 ..< count).map { $0 == count - 1 ? high : low + Double($0) * step }
}

/// Values of a function on a rectangular grid, for contour plots: `values`
/// holds row after row, `values[row · xs.count + column]` at
/// (`xs[column]`, `ys[row]`).
public struct Grid2D: Sendable, Equatable, Codable {
    /// The grid's x coordinates, increasing.
    public var xs: [Double]
    /// The grid's y coordinates, increasing.
    public var ys: [Double]
    /// `ys.count` rows of `xs.count` values.
    public var values: [Double]

    /// The value at (`xs[column]`, `ys[row]`).
    public func value(row: Int, column: Int) -> Double { values[row * xs.count + column] }
}

/// The class a model predicts at each point of a grid (its decision
/// regions): `classes[row · xs.count + column]` at (`xs[column]`, `ys[row]`).
public struct DecisionGrid: Sendable, Equatable, Codable {
    /// The grid's x coordinates, increasing.
    public var xs: [Double]
    /// The grid's y coordinates, increasing.
    public var ys: [Double]
    /// `ys.count` rows of `xs.count` class indices.
    public var classes: [Int]

    /// The class at (`xs[column]`, `ys[row]`).
    public func predictedClass(row: Int, column: Int) -> Int { classes[row * xs.count + column] }
}

/// Numbers as captions print them.
public enum PlotNumber {
    /// Six significant digits, without trailing zeros (`0.1`, `32`, `1e-08`), as C's `%g`.
    public static func format(_ value: Double) -> String { String(format: "%g", value) }
}
