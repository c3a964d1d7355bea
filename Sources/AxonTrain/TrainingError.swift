/// Why training could not go on.
public enum TrainingError: Error, Equatable, CustomStringConvertible {
    /// The loss became NaN or infinite: gradient descent diverged.
    case diverged(epoch: Int, step: Int, loss: Double, learningRate: Double)
    /// The data do not fit the model or the loss.
    case incompatible(String)
    /// A checkpoint could not be written; the message names the file and why.
    case checkpoint(String)
    /// A callback failed (a log could not be written); the message says what and where.
    case callback(String)
    /// A collective between the ranks of a data-parallel job failed.
    case distributed(String)

    public var description: String {
        switch self {
        case let .diverged(epoch, step, loss, learningRate):
            return "training diverged: the loss became \(loss) at epoch \(epoch), step \(step) "
                + "with learning rate \(learningRate); the learning rate is probably too large, try a smaller one (--lr)"
        case let .incompatible(message):
            return message
        case let .checkpoint(message):
            return "cannot write a checkpoint: \(message)"
        case let .callback(message):
            return message
        case let .distributed(message):
            return "data-parallel training failed: \(message)"
        }
    }
}
