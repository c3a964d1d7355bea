import Foundation

/// A data set named on the command line: `spiral`, `xor`, `moons`,
/// `circles`, `blobs`, `iris`, `mnist:DIR` or
/// `csv:PATH[,label=NAME][,targets=K]`.
///
/// ```swift
/// let spec = try DataSpec(parsing: "csv:houses.csv,targets=1")
/// let splits = try spec.load(seed: 42)
/// ```
public enum DataSpec: Equatable, Sendable, CustomStringConvertible {
    /// ``SyntheticData/spiral(classes:samplesPerClass:testSamplesPerClass:noise:seed:)`` with its defaults.
    case spiral
    /// ``SyntheticData/xor(samplesPerClass:testSamplesPerClass:noise:seed:)`` with its defaults.
    case xor
    /// ``SyntheticData/moons(samplesPerClass:testSamplesPerClass:noise:seed:)`` with its defaults.
    case moons
    /// ``SyntheticData/circles(samplesPerClass:testSamplesPerClass:noise:factor:seed:)`` with its defaults.
    case circles
    /// ``SyntheticData/blobs(samplesPerClass:testSamplesPerClass:noise:seed:)`` with its defaults.
    case blobs
    /// Fisher's Iris, split 120/30 by ``Iris/load(testFraction:seed:)``.
    case iris
    /// The four MNIST IDX files in a directory.
    case mnist(directory: String)
    /// A CSV file, with an optional named label column or a number of
    /// regression target columns (see ``CSVDataset``).
    case csv(path: String, label: String?, targets: Int?)

    /// The names a spec can start with, for help texts and errors.
    public static let names = ["spiral", "xor", "moons", "circles", "blobs", "iris", "mnist:DIR",
                               "csv:PATH[,label=NAME][,targets=K]"]

    /// Parses a spec; `option` names the flag in errors. The default value of
    /// `option` is `"--data"`.
    ///
    /// - Throws: ``DataError/invalidOption(option:value:reason:)`` for an
    ///   unknown name, a missing path, or an unknown or malformed CSV option.
    public init(parsing text: String, option: String = "--data") throws {
        let spec = text.trimmingWhitespace()
        let kind = spec.prefix { $0 != ":" }
        let argument = spec.dropFirst(kind.count + 1)
        func fail(_ reason: String) -> DataError { .invalidOption(option: option, value: text, reason: reason) }
        switch kind {
        case "spiral", "xor", "moons", "circles", "blobs", "iris":
            guard !spec.contains(":") else { throw fail("takes no argument after \"\(kind)\"") }
            switch kind {
            case "spiral": self = .spiral
            case "xor": self = .xor
            case "moons": self = .moons
            case "circles": self = .circles
            case "blobs": self = .blobs
            default: self = .iris
            }
        case "mnist":
            guard !argument.isEmpty else { throw fail("needs a directory: mnist:DIR") }
            self = .mnist(directory: String(argument))
        case "csv":
            let parts = argument.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let path = parts.first, !path.isEmpty else { throw fail("needs a file: csv:PATH[,label=NAME][,targets=K]") }
            var label: String? = nil
            var targets: Int? = nil
            for part in parts.dropFirst() {
                let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2, !pair[1].isEmpty else { throw fail("has \"\(part)\" where label=NAME or targets=K belongs") }
                switch pair[0] {
                case "label": label = pair[1]
                case "targets":
                    guard let k = Int(pair[1]), k > 0 else { throw fail("has targets=\(pair[1]), which is not a positive integer") }
                    targets = k
                default:
                    throw fail("has unknown CSV option \"\(pair[0])\" (known: label, targets)")
                }
            }
            guard label == nil || targets == nil else { throw fail("gives both label= and targets=; give one of them") }
            self = .csv(path: path, label: label, targets: targets)
        default:
            throw fail("is not a known data set (known: \(DataSpec.names.joined(separator: ", ")))")
        }
    }

    /// The training and test sets the spec names. Synthetic sets and Iris draw
    /// from `seed`; every row of a CSV file is for training, in file order
    /// (give a second file as the test set). The default value of `seed` is
    /// `0`; files may make no more than `limits` allow (the default value is
    /// `DataLimits()`).
    public func load(seed: UInt64 = 0, limits: DataLimits = DataLimits()) throws -> DataSplits {
        switch self {
        case .spiral: return SyntheticData.spiral(seed: seed)
        case .xor: return SyntheticData.xor(seed: seed)
        case .moons: return SyntheticData.moons(seed: seed)
        case .circles: return SyntheticData.circles(seed: seed)
        case .blobs: return SyntheticData.blobs(seed: seed)
        case .iris: return Iris.load(seed: seed)
        case let .mnist(directory):
            return try MNIST.load(directory: URL(fileURLWithPath: directory, isDirectory: true), limits: limits)
        case let .csv(path, label, targets):
            let data = try CSVDataset.load(from: URL(fileURLWithPath: path), label: label, targets: targets, limits: limits)
            return DataSplits(train: data, test: nil)
        }
    }

    /// The spec with a relative file or directory made absolute against the
    /// current directory, so that it names the same data from anywhere (what
    /// a checkpoint records).
    public var withAbsolutePaths: DataSpec {
        func absolute(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.path
        }
        switch self {
        case let .mnist(directory): return .mnist(directory: absolute(directory))
        case let .csv(path, label, targets): return .csv(path: absolute(path), label: label, targets: targets)
        default: return self
        }
    }

    /// The spec as ``init(parsing:option:)`` reads it.
    public var description: String {
        switch self {
        case .spiral: return "spiral"
        case .xor: return "xor"
        case .moons: return "moons"
        case .circles: return "circles"
        case .blobs: return "blobs"
        case .iris: return "iris"
        case let .mnist(directory): return "mnist:\(directory)"
        case let .csv(path, label, targets):
            var text = "csv:\(path)"
            if let label { text += ",label=\(label)" }
            if let targets { text += ",targets=\(targets)" }
            return text
        }
    }
}
