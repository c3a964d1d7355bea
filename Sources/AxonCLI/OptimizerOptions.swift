import ArgumentParser
import Axon

/// The optimizer and its hyper-parameters as flags; those not given take
/// PyTorch's defaults.
struct OptimizerOptions: ParsableArguments {
    @Option(help: "sgd | adagrad | rmsprop | adam | adamw | adadelta | adamax | nadam (default: adam).")
    var optimizer: String?

    @Option(help: "Learning rate (PyTorch's default for the optimizer when not given).")
    var lr: Double?

    @Option(help: "Momentum (sgd, rmsprop).")
    var momentum: Double?

    @Option(help: "Dampening of the momentum (sgd).")
    var dampening: Double?

    @Flag(help: "Nesterov momentum (sgd).")
    var nesterov = false

    @Option(help: "Weight decay (L2 penalty; decoupled for adamw).")
    var weightDecay: Double?

    @Option(help: "Learning-rate decay (adagrad).")
    var lrDecay: Double?

    @Option(help: "Initial accumulator value (adagrad).")
    var initialAccumulator: Double?

    @Option(help: "Smoothing constant (rmsprop).")
    var alpha: Double?

    @Flag(help: "Centered RMSProp.")
    var centered = false

    @Option(help: "First-moment decay β₁ (adam, adamw, adamax, nadam).")
    var beta1: Double?

    @Option(help: "Second-moment decay β₂ (adam, adamw, adamax, nadam).")
    var beta2: Double?

    @Option(help: "Term added to denominators for stability.")
    var eps: Double?

    @Flag(help: "AMSGrad variant (adam, adamw).")
    var amsgrad = false

    @Option(help: "Decay of the running averages (adadelta).")
    var rho: Double?

    @Option(help: "Momentum decay ψ (nadam).")
    var momentumDecay: Double?

    /// The settings the flags give.
    var settings: OptimizerSettings {
        OptimizerSettings(
            name: optimizer ?? "adam", lr: lr, momentum: momentum, dampening: dampening, nesterov: nesterov,
            weightDecay: weightDecay, lrDecay: lrDecay, initialAccumulator: initialAccumulator, alpha: alpha,
            centered: centered, beta1: beta1, beta2: beta2, eps: eps, amsgrad: amsgrad, rho: rho,
            momentumDecay: momentumDecay)
    }
}

/// An optimizer and the hyper-parameters given for it (the rest take
/// PyTorch's defaults), as a training run records them in its checkpoints.
struct OptimizerSettings: Codable, Equatable {
    var name: String
    var lr: Double?
    var momentum: Double?
    var dampening: Double?
    var nesterov: Bool
    var weightDecay: Double?
    var lrDecay: Double?
    var initialAccumulator: Double?
    var alpha: Double?
    var centered: Bool
    var beta1: Double?
    var beta2: Double?
    var eps: Double?
    var amsgrad: Bool
    var rho: Double?
    var momentumDecay: Double?

    static let names = ["sgd", "adagrad", "rmsprop", "adam", "adamw", "adadelta", "adamax", "nadam"]

    /// These settings with every value that `options` gives put in their place.
    func updated(by options: OptimizerOptions) -> OptimizerSettings {
        var result = self
        if let name = options.optimizer { result.name = name }
        if let lr = options.lr { result.lr = lr }
        if let momentum = options.momentum { result.momentum = momentum }
        if let dampening = options.dampening { result.dampening = dampening }
        if let weightDecay = options.weightDecay { result.weightDecay = weightDecay }
        if let lrDecay = options.lrDecay { result.lrDecay = lrDecay }
        if let initialAccumulator = options.initialAccumulator { result.initialAccumulator = initialAccumulator }
        if let alpha = options.alpha { result.alpha = alpha }
        if let beta1 = options.beta1 { result.beta1 = beta1 }
        if let beta2 = options.beta2 { result.beta2 = beta2 }
        if let eps = options.eps { result.eps = eps }
        if let rho = options.rho { result.rho = rho }
        if let momentumDecay = options.momentumDecay { result.momentumDecay = momentumDecay }
        result.nesterov = result.nesterov || options.nesterov
        result.centered = result.centered || options.centered
        result.amsgrad = result.amsgrad || options.amsgrad
        return result
    }

    /// The rule these settings make, by setting: the optimizer, its
    /// learning rate and every other hyper-parameter, defaults included.
    func rule() throws -> [String: String] {
        let probe = try make([(name: "probe", parameter: Parameter(Tensor.zeros([1])))])
        var rule = ["optimizer": String(describing: type(of: probe)), "lr": "\(probe.learningRate)"]
        for (key, value) in probe.hyperparameters { rule[key] = "\(value)" }
        return rule
    }

    /// The optimizer over `parameters`, or an error naming the bad setting.
    func make(_ parameters: some ParameterContainer) throws -> any Optimizer {
        try checkApplicable()
        let betas = (beta1 ?? 0.9, beta2 ?? 0.999)
        do {
            switch name {
            case "sgd":
                return try SGD(parameters, learningRate: lr ?? 1e-3, momentum: momentum ?? 0, dampening: dampening ?? 0,
                               weightDecay: weightDecay ?? 0, nesterov: nesterov)
            case "adagrad":
                return try AdaGrad(parameters, learningRate: lr ?? 1e-2, learningRateDecay: lrDecay ?? 0,
                                   weightDecay: weightDecay ?? 0, initialAccumulatorValue: initialAccumulator ?? 0,
                                   eps: eps ?? 1e-10)
            case "rmsprop":
                return try RMSProp(parameters, learningRate: lr ?? 1e-2, alpha: alpha ?? 0.99, eps: eps ?? 1e-8,
                                   weightDecay: weightDecay ?? 0, momentum: momentum ?? 0, centered: centered)
            case "adam":
                return try Adam(parameters, learningRate: lr ?? 1e-3, betas: betas, eps: eps ?? 1e-8,
                                weightDecay: weightDecay ?? 0, amsgrad: amsgrad)
            case "adamw":
                return try AdamW(parameters, learningRate: lr ?? 1e-3, betas: betas, eps: eps ?? 1e-8,
                                 weightDecay: weightDecay ?? 1e-2, amsgrad: amsgrad)
            case "adadelta":
                return try Adadelta(parameters, learningRate: lr ?? 1.0, rho: rho ?? 0.9, eps: eps ?? 1e-6,
                                    weightDecay: weightDecay ?? 0)
            case "adamax":
                return try Adamax(parameters, learningRate: lr ?? 2e-3, betas: betas, eps: eps ?? 1e-8,
                                  weightDecay: weightDecay ?? 0)
            case "nadam":
                return try NAdam(parameters, learningRate: lr ?? 2e-3, betas: betas, eps: eps ?? 1e-8,
                                 weightDecay: weightDecay ?? 0, momentumDecay: momentumDecay ?? 4e-3)
            default:
                throw CLIError("--optimizer: unknown optimizer \"\(name)\"; expected one of \(Self.names.joined(separator: ", "))")
            }
        } catch let error as OptimizerError {
            throw CLIError("--optimizer \(name): \(error)")
        }
    }

    /// The learning rate the optimizer will start from.
    var learningRate: Double {
        if let lr { return lr }
        switch name {
        case "adagrad", "rmsprop": return 1e-2
        case "adadelta": return 1.0
        case "adamax", "nadam": return 2e-3
        default: return 1e-3
        }
    }

    /// Rejects a flag that the chosen optimizer does not take, rather than ignoring it.
    private func checkApplicable() throws {
        // inf passes the optimizers' range checks (lr >= 0) and then cannot be
        // recorded in a checkpoint's JSON; NaN fails them with a less direct message.
        let numbers: [(String, Double?)] = [
            ("--lr", lr), ("--momentum", momentum), ("--dampening", dampening), ("--weight-decay", weightDecay),
            ("--lr-decay", lrDecay), ("--initial-accumulator", initialAccumulator), ("--alpha", alpha),
            ("--beta1", beta1), ("--beta2", beta2), ("--eps", eps), ("--rho", rho), ("--momentum-decay", momentumDecay),
        ]
        if let (flag, value) = numbers.first(where: { $0.1.map { !$0.isFinite } ?? false }) {
            throw CLIError("\(flag) \(value ?? 0): must be a finite number")
        }
        let given: [(String, Bool, Set<String>)] = [
            ("--momentum", momentum != nil, ["sgd", "rmsprop"]),
            ("--dampening", dampening != nil, ["sgd"]),
            ("--nesterov", nesterov, ["sgd"]),
            ("--lr-decay", lrDecay != nil, ["adagrad"]),
            ("--initial-accumulator", initialAccumulator != nil, ["adagrad"]),
            ("--alpha", alpha != nil, ["rmsprop"]),
            ("--centered", centered, ["rmsprop"]),
            ("--beta1", beta1 != nil, ["adam", "adamw", "adamax", "nadam"]),
            ("--beta2", beta2 != nil, ["adam", "adamw", "adamax", "nadam"]),
            ("--amsgrad", amsgrad, ["adam", "adamw"]),
            ("--rho", rho != nil, ["adadelta"]),
            ("--momentum-decay", momentumDecay != nil, ["nadam"]),
        ]
        for (flag, isSet, takers) in given where isSet && !takers.contains(name) && Self.names.contains(name) {
            throw CLIError("\(flag) does not apply to --optimizer \(name) (it applies to \(takers.sorted().joined(separator: ", ")))")
        }
    }
}
