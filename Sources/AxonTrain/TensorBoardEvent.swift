import Foundation

/// One record of a TensorBoard event file: the protocol-buffer message
/// `tensorboard.Event` with the few fields Axon writes, encoded by hand.
///
/// The field numbers, from TensorBoard's `event.proto`, `summary.proto` and
/// `histogram.proto`:
///
/// ```
/// Event           wall_time 1 (double), step 2 (int64), file_version 3 (string), summary 5 (Summary)
/// Summary         value 1 (repeated Value)
/// Summary.Value   tag 1 (string), simple_value 2 (float), histo 5 (HistogramProto)
/// HistogramProto  min 1, max 2, num 3, sum 4, sum_squares 5 (doubles),
///                 bucket_limit 6, bucket 7 (packed repeated doubles)
/// ```
struct TensorBoardEvent: Equatable {
    /// What an event carries besides its time and step.
    enum Content: Equatable {
        /// The first event of every file: `brain.Event:2`.
        case fileVersion(String)
        /// Named values of one step.
        case summary([TensorBoardValue])
    }

    /// Seconds since 1970.
    var wallTime: Double
    /// The x coordinate of TensorBoard's charts.
    var step: Int
    var content: Content

    /// The message in the protocol-buffer wire format.
    var encoded: [UInt8] {
        var event = ProtobufEncoder()
        event.appendDouble(wallTime, field: 1)
        event.appendInt64(Int64(step), field: 2)
        switch content {
        case let .fileVersion(version):
            event.appendString(version, field: 3)
        case let .summary(values):
            var summary = ProtobufEncoder()
            for value in values { summary.appendMessage(value.encoded, field: 1) }
            event.appendMessage(summary.bytes, field: 5)
        }
        return event.bytes
    }
}

/// One `Summary.Value`: a tag with a scalar or a histogram.
enum TensorBoardValue: Equatable {
    /// A number, stored as float32 (`simple_value`): TensorBoard's scalars.
    case scalar(tag: String, value: Float)
    /// A distribution: TensorBoard's histograms and distributions.
    case histogram(tag: String, TensorBoardHistogram)

    var encoded: [UInt8] {
        var value = ProtobufEncoder()
        switch self {
        case let .scalar(tag, number):
            value.appendString(tag, field: 1)
            value.appendFloat(number, field: 2)
        case let .histogram(tag, histogram):
            value.appendString(tag, field: 1)
            value.appendMessage(histogram.encoded, field: 5)
        }
        return value.bytes
    }
}

/// A histogram of values in equal-width buckets between their minimum and
/// maximum (TensorBoard's `HistogramProto`).
///
/// Bucket `i` of `k` counts the values in `[min + i·w, min + (i+1)·w)` with
/// `w = (max − min) / k`; the last one also counts `max`, and its limit is
/// `max` itself. Equal values make one bucket. Infinite and NaN values are
/// left out of every field.
public struct TensorBoardHistogram: Sendable, Equatable {
    /// The smallest value.
    public var min: Double
    /// The largest value.
    public var max: Double
    /// How many values were counted.
    public var count: Double
    /// Their sum.
    public var sum: Double
    /// The sum of their squares.
    public var sumOfSquares: Double
    /// The right edge of each bucket.
    public var bucketLimits: [Double]
    /// How many values fall in each bucket.
    public var bucketCounts: [Double]

    /// The histogram of the finite numbers among `values`.
    ///
    /// - Parameter bucketCount: the number of buckets. The default value is
    ///   `30`, as `tf.summary.histogram`'s.
    public init(_ values: [Double], bucketCount: Int = 30) {
        precondition(bucketCount >= 1, "TensorBoardHistogram: bucketCount must be at least 1, got \(bucketCount)")
        var low = Double.infinity, high = -Double.infinity
        var count = 0, sum = 0.0, sumOfSquares = 0.0
        for x in values where x.isFinite {
            low = Swift.min(low, x)
            high = Swift.max(high, x)
            count += 1
            sum += x
            sumOfSquares += x * x
        }
        self.count = Double(count)
        self.sum = sum
        self.sumOfSquares = sumOfSquares
        guard count > 0 else {
            (min, max, bucketLimits, bucketCounts) = (0, 0, [0], [0])
            return
        }
        (min, max) = (low, high)
        guard high > low else {
            (bucketLimits, bucketCounts) = ([high], [Double(count)])
            return
        }
        let width = (high - low) / Double(bucketCount)
        var counts = [Double](repeating: 0, count: bucketCount)
        for x in values where x.isFinite {
            let index = Swift.min(Int((x - low) / width), bucketCount - 1)
            counts[index] += 1
        }
        var limits = (1 ... bucketCount).map { low + width * Double($0) }
        limits[bucketCount - 1] = high
        bucketLimits = limits
        bucketCounts = counts
    }

    var encoded: [UInt8] {
        var histogram = ProtobufEncoder()
        histogram.appendDouble(min, field: 1)
        histogram.appendDouble(max, field: 2)
        histogram.appendDouble(count, field: 3)
        histogram.appendDouble(sum, field: 4)
        histogram.appendDouble(sumOfSquares, field: 5)
        histogram.appendPackedDoubles(bucketLimits, field: 6)
        histogram.appendPackedDoubles(bucketCounts, field: 7)
        return histogram.bytes
    }
}
