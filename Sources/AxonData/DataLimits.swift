/// The most a data file may make Axon allocate, whatever it claims: the
/// readers check every size a file gives against these before allocating,
/// so that a few bytes cannot ask for gigabytes. The defaults suit every
/// data set Axon reads by far; a user with more raises a limit (the command
/// line's `--max-classes`, `--max-columns` and `--max-decompressed-mb`).
///
/// ```swift
/// var limits = DataLimits()
/// limits.maximumClasses = 1_000_000
/// let data = try CSVDataset.load(from: url, limits: limits)
/// ```
public struct DataLimits: Equatable, Sendable {
    /// The most classes integer labels may make (a label of 9 makes 10),
    /// and the most distinct named labels: each class is a column of the
    /// model's output. The default value is `100_000`.
    public var maximumClasses: Int
    /// The most fields a CSV row may have. The default value is `100_000`.
    public var maximumColumns: Int
    /// The most bytes a gzip file may decompress to. The default value is
    /// 2 GiB (MNIST's training images are 47 MB, EMNIST's largest set 550 MB).
    public var maximumDecompressedBytes: Int

    /// Limits with the given values; each defaults to the value documented
    /// on its property.
    public init(maximumClasses: Int = 100_000, maximumColumns: Int = 100_000,
                maximumDecompressedBytes: Int = 2 << 30) {
        self.maximumClasses = maximumClasses
        self.maximumColumns = maximumColumns
        self.maximumDecompressedBytes = maximumDecompressedBytes
    }
}
