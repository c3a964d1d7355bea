/// The background of a 2-D classifier's plot: each cell of a grid over the
/// plane coloured by the class predicted there, or by the probability of
/// class 1 between the two classes' colours.
///
/// `values[row][column]` colours the cell whose x lies in the column's
/// slice of `xRange` and whose y lies in the row's slice of `yRange`; row 0
/// is at the bottom (`yRange.lowerBound`), the way
/// `for y in ys { for x in xs { … } }` fills a grid. Evaluate the
/// classifier at cell centres, `x = xRange.lowerBound + (column + 0.5)·Δx`.
///
/// Class k takes a light tint of ``Palette/color(_:)`` k, the colour of
/// ``ScatterSeries/classes(x:y:labels:names:)``'s markers for class k, so
/// points read clearly on top. Neighbouring cells of one colour are drawn as
/// one rectangle.
public struct DecisionRegions: Sendable {
    /// What a grid cell holds.
    public enum Values: Sendable {
        /// A predicted class index per cell; a negative index leaves the cell
        /// blank.
        case classes([[Int]])
        /// The probability of class 1 per cell, in [0, 1], shown in 21 steps
        /// from class 0's tint through white (0.5) to class 1's tint. NaN
        /// leaves the cell blank.
        case probabilities([[Double]])
    }

    /// The x extent of the grid; also the plot's x range unless the plot
    /// sets one.
    public var xRange: ClosedRange<Double>
    /// The y extent of the grid; also the plot's y range unless the plot
    /// sets one.
    public var yRange: ClosedRange<Double>
    /// The grid of classes or probabilities, row 0 at the bottom.
    public var values: Values
    /// How strongly a region shows its class colour, from 0 (white) to 1
    /// (the full colour). The default value is `0.3`.
    public var tint: Double

    /// Regions of predicted `classes`, row 0 at the bottom of `yRange`. The
    /// default tint is `0.3`.
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, classes: [[Int]], tint: Double = 0.3) {
        self.xRange = xRange
        self.yRange = yRange
        self.values = .classes(classes)
        self.tint = tint
    }

    /// Regions shaded by the `probabilities` of class 1, row 0 at the bottom
    /// of `yRange`. The default tint is `0.3`.
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, probabilities: [[Double]], tint: Double = 0.3) {
        self.xRange = xRange
        self.yRange = yRange
        self.values = .probabilities(probabilities)
        self.tint = tint
    }

    /// The colour of every cell, or nil where the cell stays blank.
    func cellColors() -> [[Color?]] {
        let strength = tint.isFinite ? min(max(tint, 0), 1) : 0.3
        func tinted(_ index: Int) -> Color { Color.white.mixed(with: Palette.color(index), fraction: strength) }
        switch values {
        case let .classes(grid):
            var cache: [Int: Color] = [:]
            return grid.map { row in
                row.map { index -> Color? in
                    guard index >= 0 else { return nil }
                    if let color = cache[index] { return color }
                    let color = tinted(index)
                    cache[index] = color
                    return color
                }
            }
        case let .probabilities(grid):
            let zero = tinted(0)
            let one = tinted(1)
            return grid.map { row in
                row.map { probability -> Color? in
                    guard probability.isFinite else { return nil }
                    // 21 steps, so runs of nearly equal probability merge.
                    let step = (min(max(probability, 0), 1) * 20).rounded()
                    if step < 10 { return Color.white.mixed(with: zero, fraction: (10 - step) / 10) }
                    return Color.white.mixed(with: one, fraction: (step - 10) / 10)
                }
            }
        }
    }

    /// Draws the regions, one rectangle per run of equal colour.
    func draw(in canvas: inout SVGCanvas, x: AxisMapping, y: AxisMapping) {
        let colors = cellColors()
        let rows = colors.count
        let columns = colors.map(\.count).max() ?? 0
        guard rows > 0, columns > 0 else { return }
        let runs = RasterRuns.merge(colors)
        let x0 = xRange.lowerBound
        let y0 = yRange.lowerBound
        let dx = (xRange.upperBound - x0) / Double(columns)
        let dy = (yRange.upperBound - y0) / Double(rows)
        canvas.group(crispEdges: true) { canvas in
            for run in runs {
                guard let left = x.coordinate(x0 + Double(run.columns.lowerBound) * dx),
                      let right = x.coordinate(x0 + Double(run.columns.upperBound) * dx),
                      let bottom = y.coordinate(y0 + Double(run.rows.lowerBound) * dy),
                      let top = y.coordinate(y0 + Double(run.rows.upperBound) * dy) else { continue }
                let rect = CanvasRect(x: min(left, right), y: min(top, bottom),
                                      width: abs(right - left), height: abs(bottom - top))
                canvas.rect(rect, fill: run.key)
            }
        }
    }
}
