import AxonTensor
import Foundation

/// The MNIST handwritten digits (or a drop-in such as Fashion-MNIST): 60,000
/// training and 10,000 test images of 28×28 pixels, labels 0–9.
///
/// ```swift
/// let mnist = try MNIST.load(directory: URL(fileURLWithPath: "data/mnist"))
/// mnist.train.inputs.shape   // [60000, 784], float32 in [0, 1]
/// mnist.train.targets.shape  // [60000], int64
/// ```
public enum MNIST {
    /// The four standard file names, each read as is or with `.gz` added.
    public static let fileNames = (
        trainImages: "train-images-idx3-ubyte", trainLabels: "train-labels-idx1-ubyte",
        testImages: "t10k-images-idx3-ubyte", testLabels: "t10k-labels-idx1-ubyte"
    )

    /// The training and test sets from the four IDX files in `directory`.
    ///
    /// Images are flattened to rows of `rows × columns` pixels, kept as bytes
    /// with an ``TensorDataset/inputScale`` of 1/255, so that the features
    /// and every batch are float32 in [0, 1]; labels are int64 class
    /// indices, 10 classes named "0" to "9".
    ///
    /// - Throws: ``DataError`` naming the file that is missing or malformed
    ///   (images of no pixels included), or when images and labels differ in
    ///   number. A gzip file may decompress to no more than `limits` allow
    ///   (the default value is `DataLimits()`).
    public static func load(directory: URL, limits: DataLimits = DataLimits()) throws -> DataSplits {
        let train = try loadPair(images: locate(fileNames.trainImages, in: directory),
                                 labels: locate(fileNames.trainLabels, in: directory), limits: limits)
        let test = try loadPair(images: locate(fileNames.testImages, in: directory),
                                labels: locate(fileNames.testLabels, in: directory), limits: limits)
        return DataSplits(train: train, test: test)
    }

    /// One images file and its labels file as a data set.
    public static func loadPair(images imagesURL: URL, labels labelsURL: URL,
                                limits: DataLimits = DataLimits()) throws -> TensorDataset {
        let images = try IDXReader.contents(of: imagesURL, limits: limits)
        let imageHeader = try IDXReader.parseHeader(images.bytes, path: images.path)
        guard imageHeader.elementType == 0x08, imageHeader.dimensions.count == 3 else {
            throw DataError.malformed(path: images.path, reason: "expected unsigned bytes of shape [count, rows, columns], found type 0x\(String(imageHeader.elementType, radix: 16)) with dimensions \(imageHeader.dimensions)")
        }
        guard imageHeader.dimensions[1] > 0, imageHeader.dimensions[2] > 0 else {
            throw DataError.malformed(path: images.path, reason: "images of \(imageHeader.dimensions[1]) × \(imageHeader.dimensions[2]) pixels: an image needs at least one row and one column")
        }
        let labels = try IDXReader.contents(of: labelsURL, limits: limits)
        let labelHeader = try IDXReader.parseHeader(labels.bytes, path: labels.path)
        guard labelHeader.elementType == 0x08, labelHeader.dimensions.count == 1 else {
            throw DataError.malformed(path: labels.path, reason: "expected unsigned bytes of shape [count], found type 0x\(String(labelHeader.elementType, radix: 16)) with dimensions \(labelHeader.dimensions)")
        }
        let count = imageHeader.dimensions[0]
        guard labelHeader.dimensions[0] == count else {
            throw DataError.malformed(path: labels.path, reason: "\(labelHeader.dimensions[0]) labels for the \(count) images of \(images.path)")
        }
        // The header's check bounds rows × columns, so the product cannot overflow.
        let pixels = imageHeader.dimensions[1] * imageHeader.dimensions[2]
        let inputs = pixelBytes(images.bytes, from: imageHeader.dataOffset, count: count, pixels: pixels)
        var targets = [Int64](repeating: 0, count: count)
        for i in 0..<count { targets[i] = Int64(labels.bytes[labelHeader.dataOffset + i]) }
        let largest = targets.max() ?? 0
        var dataset = TensorDataset(inputs: inputs, targets: Tensor(targets, shape: [count]),
                                    classes: Swift.max(10, Int(largest) + 1),
                                    classNames: (0..<Swift.max(10, Int(largest) + 1)).map(String.init),
                                    inputScale: 1.0 / 255)
        dataset.imageShape = [1, imageHeader.dimensions[1], imageHeader.dimensions[2]]
        return dataset
    }

    /// `count` images of `pixels` bytes from `offset` on, as a `[count, pixels]`
    /// uint8 tensor, copied straight into its storage; the data set scales
    /// them by 1/255 as batches are drawn.
    static func pixelBytes(_ bytes: [UInt8], from offset: Int, count: Int, pixels: Int) -> Tensor {
        Tensor(shape: [count, pixels], of: UInt8.self) { out in
            bytes.withUnsafeBufferPointer { source in
                out.baseAddress!.update(from: source.baseAddress! + offset, count: out.count)
            }
        }
    }

    /// `name.gz` if present in `directory`, else `name`.
    private static func locate(_ name: String, in directory: URL) -> URL {
        let compressed = directory.appendingPathComponent(name + ".gz")
        if FileManager.default.fileExists(atPath: compressed.path) { return compressed }
        return directory.appendingPathComponent(name)
    }
}

/// A training set and, where the source has one, a test set drawn from the
/// same distribution.
public struct DataSplits: Sendable {
    /// The examples to fit on.
    public var train: TensorDataset
    /// Held-out examples to measure on; `nil` for a CSV file, all of whose
    /// rows are for training.
    public var test: TensorDataset?

    /// A training set and its test set, if any.
    public init(train: TensorDataset, test: TensorDataset?) {
        self.train = train
        self.test = test
    }
}
