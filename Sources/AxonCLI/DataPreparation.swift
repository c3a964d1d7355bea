import Axon
import Foundation

/// Defaults that suit each built-in data set, used where a flag is not given.
struct DataDefaults {
    var hiddenSizes: [Int]
    var normalize: String
    var epochs: Int
    var batchSize: String

    static func forSpec(_ spec: DataSpec) -> DataDefaults {
        switch spec {
        case .spiral: return DataDefaults(hiddenSizes: [64, 64], normalize: "none", epochs: 60, batchSize: "32")
        case .xor, .moons, .circles, .blobs:
            return DataDefaults(hiddenSizes: [16, 16], normalize: "none", epochs: 40, batchSize: "32")
        case .iris: return DataDefaults(hiddenSizes: [16], normalize: "standard", epochs: 100, batchSize: "16")
        case .mnist: return DataDefaults(hiddenSizes: [256, 128], normalize: "none", epochs: 10, batchSize: "128")
        case .csv: return DataDefaults(hiddenSizes: [32], normalize: "standard", epochs: 50, batchSize: "32")
        }
    }
}

/// Loads a `--data` or `--test` spec, turning its errors into one-line CLI errors.
func loadData(_ text: String, option: String, seed: UInt64, limits: DataLimits = DataLimits()) throws
    -> (spec: DataSpec, splits: DataSplits) {
    do {
        let spec = try DataSpec(parsing: text, option: option)
        return (spec, try spec.load(seed: seed, limits: limits))
    } catch let error as DataError {
        throw CLIError(error.description)
    } catch let error as CLIError {
        throw error
    } catch {
        throw CLIError("\(option) \(text): \(error)")
    }
}

/// Parses `--normalize`.
func scaler(named name: String, fittedTo train: TensorDataset) throws -> FeatureScaler? {
    switch name {
    case "none": return nil
    case "standard": return FeatureScaler.standardizing(train)
    case "minmax": return FeatureScaler.minMax(train)
    case "global": return FeatureScaler.globalStandardizing(train)
    default: throw CLIError("--normalize: unknown normalization \"\(name)\"; expected standard, global, minmax or none")
    }
}

/// Parses `--dtype` for a model.
func modelDType(_ name: String) throws -> DType {
    switch name {
    case "float32": return .float32
    case "float64": return .float64
    default: throw CLIError("--dtype: \"\(name)\" is not float32 or float64")
    }
}

/// One JSON object per line on standard output, keys in the order given.
func printJSONLine(_ fields: KeyValuePairs<String, Any?>) {
    var parts: [String] = []
    for (key, value) in fields {
        guard let value else { continue }
        parts.append("\"\(key)\":" + jsonValue(value))
    }
    print("{" + parts.joined(separator: ",") + "}")
}

private func jsonValue(_ value: Any) -> String {
    switch value {
    case let number as Double:
        return number.isFinite ? "\(number)" : "null"
    case let number as Int:
        return "\(number)"
    case let flag as Bool:
        return flag ? "true" : "false"
    case let text as String:
        let escaped = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            default: return scalar.value < 0x20 ? String(format: "\\u%04x", scalar.value) : String(scalar)
            }
        }.joined()
        return "\"\(escaped)\""
    case let list as [Any]:
        return "[" + list.map(jsonValue).joined(separator: ",") + "]"
    default:
        return "null"
    }
}
