import ArgumentParser
import Axon

/// The flags that raise the limits data files are read under
/// (``DataLimits``): what a file may make Axon allocate, whatever it claims.
struct DataLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The most classes a label column may make (a label of 9 makes 10) (default: 100000).",
                               valueName: "n"))
    var maxClasses: Int?

    @Option(help: ArgumentHelp("The most fields a CSV row may have (default: 100000).", valueName: "n"))
    var maxColumns: Int?

    @Option(help: ArgumentHelp("The most megabytes a gzip data file may decompress to (default: 2048).", valueName: "mb"))
    var maxDecompressedMb: Int?

    func validate() throws {
        for (flag, value) in [("--max-classes", maxClasses), ("--max-columns", maxColumns), ("--max-decompressed-mb", maxDecompressedMb)] {
            if let value, value < 1 { throw ValidationError("\(flag) must be at least 1, got \(value)") }
        }
        if let maxDecompressedMb, maxDecompressedMb > Int.max >> 21 {
            throw ValidationError("--max-decompressed-mb \(maxDecompressedMb) is more bytes than can be counted")
        }
    }

    /// The limits, the defaults where no flag is given.
    var limits: DataLimits {
        var limits = DataLimits()
        if let maxClasses { limits.maximumClasses = maxClasses }
        if let maxColumns { limits.maximumColumns = maxColumns }
        if let maxDecompressedMb { limits.maximumDecompressedBytes = maxDecompressedMb << 20 }
        return limits
    }
}
