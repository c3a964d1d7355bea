import Axon

extension TensorDataset {
    /// The examples as plotted points: the first two features and the class.
    var labeledPoints: [LabeledPoint] {
        let features = self.features.doubles
        let labels = targets.integers
        let width = featureCount
        return labels.indices.map { row in
            LabeledPoint(x: features[row * width], y: features[row * width + 1], label: labels[row])
        }
    }
}

extension PlotBox {
    /// The points of a `count` × `count` grid over the box, row after row
    /// (y outer, x inner), as a float64 tensor `[count², 2]`, with the axes.
    func gridPoints(count: Int) -> (xs: [Double], ys: [Double], points: Tensor) {
        let xs = self.xs(count: count), ys = self.ys(count: count)
        var values: [Double] = []
        values.reserveCapacity(2 * count * count)
        for y in ys {
            for x in xs {
                values.append(x)
                values.append(y)
            }
        }
        return (xs, ys, Tensor(values, shape: [count * count, 2]))
    }

    /// The classes that `classify` (inputs `[N, 2]` to class indices `[N]`)
    /// gives on a `count` × `count` grid over the box.
    func decisionGrid(count: Int, classify: (Tensor) -> Tensor) -> DecisionGrid {
        let (xs, ys, points) = gridPoints(count: count)
        let classes = noGrad { classify(points) }
        return DecisionGrid(xs: xs, ys: ys, classes: classes.integers)
    }
}

/// The fraction of `predicted` class indices equal to `labels` (both `[N]`).
func fractionCorrect(_ predicted: Tensor, _ labels: Tensor) -> Double {
    let correct = (predicted.cast(to: .int64) .== labels.cast(to: .int64)).cast(to: .float64).sum().item
    return correct / Double(labels.count)
}
