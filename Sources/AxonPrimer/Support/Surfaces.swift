import Axon

extension LossSurface {
    /// The loss of a line fitted to points: L(w, b) = mean((w·xᵢ + b − yᵢ)²)
    /// over `count` points with xᵢ uniform in [0, 2] and yᵢ = 2xᵢ − 1 plus
    /// Gaussian noise of standard deviation 0.3, drawn from `seed`. Its
    /// contours are ellipses, stretched because the xᵢ are not centred.
    static func lineFit(count: Int, seed: UInt64) -> (surface: LossSurface, data: [Point2D]) {
        var generator = RandomGenerator(seed: seed)
        let x = Tensor.randomUniform([count], low: 0, high: 2, dtype: .float64, generator: &generator)
        let noise = Tensor.randomNormal([count], standardDeviation: 0.3, dtype: .float64, generator: &generator)
        let y = x * 2 - 1 + noise
        let data = zip(x.doubles, y.doubles).map { Point2D(x: $0, y: $1) }
        let row = x.reshaped([1, count]), targets = y.reshaped([1, count])
        let surface = LossSurface(
            name: "line fit", formula: "L(w, b) = (1/\(count)) Σᵢ (w·xᵢ + b − yᵢ)²",
            box: PlotBox(xMin: -1, xMax: 4, yMin: -3, yMax: 3)
        ) { w, b in
            // Points of the plane along the first axis, data along the second.
            let residuals = w.unsqueezed(axis: -1) * row + b.unsqueezed(axis: -1) - targets
            return residuals.squared().mean(axis: -1)
        }
        return (surface, data)
    }

    /// A long narrow valley: f(x, y) = x²/20 + y², curvature 20 times larger
    /// across it than along it.
    static var narrowValley: LossSurface {
        LossSurface(name: "narrow valley", formula: "f(x, y) = x²/20 + y²",
                    box: PlotBox(xMin: -10, xMax: 10, yMin: -4, yMax: 4)) { x, y in x.squared() / 20 + y.squared() }
    }

    /// A saddle between two minima: f(x, y) = x² + y⁴/4 − y²/2, a saddle point
    /// at the origin and minima −1/4 at (0, ±1).
    static var saddle: LossSurface {
        LossSurface(name: "saddle", formula: "f(x, y) = x² + y⁴/4 − y²/2",
                    box: PlotBox(xMin: -2, xMax: 2, yMin: -1.6, yMax: 1.6)) { x, y in
            x.squared() + y.pow(4) / 4 - y.squared() / 2
        }
    }
}
