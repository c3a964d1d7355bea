import AxonTensor

/// Fisher's Iris flowers: 150 examples of 4 measurements (sepal length and
/// width, petal length and width, in cm) and 3 species, 50 each. The data
/// is compiled into the library (see `IrisData.swift`), so it needs no file.
public enum Iris {
    /// The species, in sorted order: their indices are the class labels.
    public static let classNames = ["setosa", "versicolor", "virginica"]

    /// The names of the four features.
    public static let featureNames = ["sepal_length", "sepal_width", "petal_length", "petal_width"]

    /// All 150 flowers, in the order of the original table.
    public static var all: TensorDataset {
        TensorDataset(inputs: Tensor(measurements, shape: [species.count, 4]),
                      targets: Tensor(species, shape: [species.count]),
                      classes: 3, classNames: classNames, featureNames: featureNames)
    }

    /// A seeded split into training and test flowers that keeps the three
    /// species in equal proportion in both (stratified).
    ///
    /// - Parameters:
    ///   - testFraction: the share of each species held out for testing.
    ///     The default value is `0.2` (10 flowers of each species).
    ///   - seed: fixes which flowers are held out. The default value is `0`.
    public static func load(testFraction: Double = 0.2, seed: UInt64 = 0) -> DataSplits {
        precondition(testFraction >= 0 && testFraction <= 1, "Iris: testFraction must lie in [0, 1], got \(testFraction)")
        var generator = RandomGenerator(seed: seed)
        var trainRows: [Int] = []
        var testRows: [Int] = []
        for c in 0..<classNames.count {
            let rows = species.indices.filter { species[$0] == Int64(c) }
            let order = Tensor.randomPermutation(rows.count, generator: &generator).scalars(as: Int64.self)
            let testCount = Int((testFraction * Double(rows.count)).rounded())
            for (position, pick) in order.enumerated() {
                if position < testCount { testRows.append(rows[Int(pick)]) } else { trainRows.append(rows[Int(pick)]) }
            }
        }
        let data = all
        return DataSplits(train: data.subset(indices: trainRows.sorted()), test: data.subset(indices: testRows.sorted()))
    }
}
