import Axon

/// A learning-rate schedule named on the command line (`--schedule`).
///
/// `constant`, `step:size=N[,gamma=G]`, `multistep:milestones=A/B/C[,gamma=G]`,
/// `exponential:gamma=G`, `cosine[:min=LR]`, `warmup[:epochs=N]`,
/// `warmup-cosine[:epochs=N,min=LR]`, `onecycle[:max=LR]` (stepped per batch),
/// `plateau[:factor=F,patience=N]` (watches val_loss, or the loss without a
/// validation set). Epoch counts refer to epochs; every schedule but one-cycle
/// advances once per epoch.
enum ScheduleSpec {
    static let help = "constant | step:size=N[,gamma=G] | multistep:milestones=A/B[,gamma=G] | exponential:gamma=G | cosine[:min=LR] | warmup[:epochs=N] | warmup-cosine[:epochs=N,min=LR] | onecycle[:max=LR] | plateau[:factor=F,patience=N]"

    /// What the trainer needs: a schedule and its interval, or a plateau callback.
    enum Made {
        case schedule(LearningRateSchedule, ScheduleInterval)
        case plateau(ReduceLearningRateOnPlateau)
    }

    static func make(_ text: String, learningRate: Double, epochs: Int, stepsPerEpoch: Int) throws -> Made {
        let name = String(text.prefix { $0 != ":" })
        var options: [String: String] = [:]
        if text.count > name.count {
            for part in text.dropFirst(name.count + 1).split(separator: ",") {
                let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { throw CLIError("--schedule: \"\(part)\" in \"\(text)\" is not KEY=VALUE") }
                options[pair[0]] = pair[1]
            }
        }
        var used: Set<String> = []
        func number(_ key: String, _ fallback: Double) throws -> Double {
            used.insert(key)
            guard let raw = options[key] else { return fallback }
            guard let value = Double(raw) else { throw CLIError("--schedule: \(key)=\(raw) is not a number") }
            // NaN and infinity pass some range checks and then make every learning rate NaN.
            guard value.isFinite else { throw CLIError("--schedule: \(key)=\(raw) is not a finite number") }
            return value
        }
        func count(_ key: String, _ fallback: Int) throws -> Int {
            used.insert(key)
            guard let raw = options[key] else { return fallback }
            guard let value = Int(raw), value >= 1 else { throw CLIError("--schedule: \(key)=\(raw) is not a positive integer") }
            return value
        }
        let made: Made
        do {
            switch name {
            case "constant":
                made = .schedule(.constant(learningRate), .epoch)
            case "step":
                guard options["size"] != nil else { throw CLIError("--schedule step needs size=N (epochs between decays)") }
                made = .schedule(try .step(learningRate: learningRate, stepSize: try count("size", 1), gamma: try number("gamma", 0.1)), .epoch)
            case "multistep":
                used.insert("milestones")
                let parts = (options["milestones"] ?? "").split(separator: "/")
                let milestones = parts.compactMap { Int($0) }.filter { $0 >= 1 }
                guard !milestones.isEmpty, milestones.count == parts.count else {
                    throw CLIError("--schedule multistep needs milestones=A/B/... (positive epochs), got \"\(options["milestones"] ?? "")\"")
                }
                made = .schedule(try .multiStep(learningRate: learningRate, milestones: milestones, gamma: try number("gamma", 0.1)), .epoch)
            case "exponential":
                guard options["gamma"] != nil else { throw CLIError("--schedule exponential needs gamma=G") }
                made = .schedule(try .exponential(learningRate: learningRate, gamma: try number("gamma", 1)), .epoch)
            case "cosine":
                made = .schedule(try .cosineAnnealing(learningRate: learningRate, steps: max(epochs, 1),
                                                      minimumLearningRate: try number("min", 0)), .epoch)
            case "warmup":
                made = .schedule(try .linearWarmup(learningRate: learningRate, steps: try count("epochs", 5)), .epoch)
            case "warmup-cosine":
                let warmup = try count("epochs", 5)
                let cosine = try LearningRateSchedule.cosineAnnealing(
                    learningRate: learningRate, steps: max(epochs - warmup, 1), minimumLearningRate: try number("min", 0))
                made = .schedule(try LearningRateSchedule.linearWarmup(learningRate: learningRate, steps: warmup)
                    .then(cosine, after: warmup), .epoch)
            case "onecycle":
                let (steps, overflow) = epochs.multipliedReportingOverflow(by: stepsPerEpoch)
                guard !overflow else {
                    throw CLIError("--schedule onecycle: \(epochs) epochs of \(stepsPerEpoch) steps are more steps than can be counted")
                }
                made = .schedule(try .oneCycle(maxLearningRate: try number("max", learningRate),
                                               totalSteps: max(steps, 2)), .batch)
            case "plateau":
                made = .plateau(try ReduceLearningRateOnPlateau(
                    learningRate: learningRate, factor: try number("factor", 0.1), patience: try count("patience", 10)))
            default:
                throw CLIError("--schedule: unknown schedule \"\(name)\"; expected \(help)")
            }
        } catch let error as OptimizerError {
            throw CLIError("--schedule \(text): \(error)")
        }
        if let unknown = Set(options.keys).subtracting(used).sorted().first {
            throw CLIError("--schedule \(name): unknown option \"\(unknown)\"")
        }
        return made
    }
}
