import Foundation

/// Reports training progress on standard error: a live bar (epoch, batch,
/// running loss, samples/s, time left) when standard error is a terminal,
/// and one plain line per epoch either way.
public final class ProgressReporter: @unchecked Sendable {
    /// Whether the live bar is drawn (standard error is a terminal).
    public let isInteractive: Bool
    private let output: FileHandle
    private var lastDraw = ContinuousClock.now
    private var drewBar = false

    /// A reporter writing to standard error; the bar is drawn only on a terminal.
    public init(interactive: Bool? = nil) {
        output = FileHandle.standardError
        isInteractive = interactive ?? (isatty(STDERR_FILENO) == 1)
    }

    /// A reporter when standard error is a terminal, `nil` otherwise: the
    /// default of ``Trainer``, which stays silent in logs and pipes.
    public static func automatic() -> ProgressReporter? {
        isatty(STDERR_FILENO) == 1 ? ProgressReporter(interactive: true) : nil
    }

    /// Redraws the bar at most ten times a second.
    func batchEnded(epoch: Int, epochs: Int, batch: Int, batches: Int, runningLoss: Double,
                    samples: Int, elapsed: Double) {
        guard isInteractive else { return }
        let now = ContinuousClock.now
        guard batch == batches || now - lastDraw > .milliseconds(100) else { return }
        lastDraw = now
        let width = 24
        let filled = batches == 0 ? width : width * batch / batches
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "")
            + String(repeating: " ", count: max(0, width - filled - 1))
        let rate = elapsed > 0 ? Double(samples) / elapsed : 0
        let remaining = batch > 0 ? elapsed / Double(batch) * Double(batches - batch) : 0
        let line = "epoch \(epoch)/\(epochs) [\(bar)] \(batch)/\(batches)  "
            + String(format: "loss %.4f  ", runningLoss) + "\(grouped(rate)) samples/s  "
            + String(format: "ETA %.1fs", remaining)
        write("\r\u{1B}[2K" + line)
        drewBar = true
    }

    /// Prints the epoch's summary line (replacing the bar on a terminal).
    func epochEnded(_ record: EpochRecord, epochs: Int) {
        // Interpolated, not %d, which prints 32 bits of an Int (--epochs 2⁶³ − 1 showed as -1).
        var parts = ["epoch \(record.epoch)/\(epochs)  " + String(format: "loss %.4f", record.loss)]
        if let accuracy = record.accuracy { parts.append(String(format: "accuracy %.2f%%", accuracy * 100)) }
        if let loss = record.validationLoss { parts.append(String(format: "val_loss %.4f", loss)) }
        if let accuracy = record.validationAccuracy { parts.append(String(format: "val_accuracy %.2f%%", accuracy * 100)) }
        if let loss = record.testLoss { parts.append(String(format: "test_loss %.4f", loss)) }
        if let accuracy = record.testAccuracy { parts.append(String(format: "test_accuracy %.2f%%", accuracy * 100)) }
        parts.append(String(format: "%.3fs  ", record.seconds) + "\(grouped(record.samplesPerSecond)) samples/s")
        write((drewBar ? "\r\u{1B}[2K" : "") + parts.joined(separator: "  ") + "\n")
        drewBar = false
    }

    private func write(_ text: String) {
        output.write(Data(text.utf8))
    }
}

/// An integer with thousands separators: 12,345.
func grouped(_ value: Double) -> String {
    // An epoch timed at 0 s has infinite speed, which no Int holds.
    guard value.isFinite, Swift.abs(value) < 1e18 else { return value.isNaN ? "?" : "∞" }
    let digits = String(Int(value.rounded()))
    var result = ""
    for (i, character) in digits.reversed().enumerated() {
        if i > 0 && i % 3 == 0 && character != "-" { result.append(",") }
        result.append(character)
    }
    return String(result.reversed())
}
