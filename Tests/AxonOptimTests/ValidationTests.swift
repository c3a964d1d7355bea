import XCTest
import AxonTensor
@testable import AxonOptim

/// Invalid hyper-parameters are rejected as PyTorch rejects them, with a
/// message naming the optimizer, the setting and the value.
final class ValidationTests: XCTestCase {
    let p: [(String, Parameter)] = [("w", parameter([1, 2]))]

    func testLearningRateMustNotBeNegative() {
        assertThrows("SGD: invalid learningRate -0.1 (must be >= 0)") { try SGD(p, learningRate: -0.1) }
        assertThrows("Adam: invalid learningRate -0.001 (must be >= 0)") { try Adam(p, learningRate: -1e-3) }
        assertThrows("AdaGrad: invalid learningRate nan (must be >= 0)") { try AdaGrad(p, learningRate: .nan) }
    }

    func testBetasMustLieInTheUnitInterval() {
        assertThrows("Adam: invalid beta1 1.2 (must be in [0, 1))") { try Adam(p, betas: (1.2, 0.999)) }
        assertThrows("AdamW: invalid beta2 1.0 (must be in [0, 1))") { try AdamW(p, betas: (0.9, 1)) }
        assertThrows("Adamax: invalid beta1 -0.1 (must be in [0, 1))") { try Adamax(p, betas: (-0.1, 0.999)) }
        assertThrows("NAdam: invalid beta2 1.5 (must be in [0, 1))") { try NAdam(p, betas: (0.9, 1.5)) }
    }

    func testEpsMayBeZeroButNotNegative() throws {
        // PyTorch checks `0.0 <= eps`, so eps = 0 is accepted.
        _ = try Adam(p, eps: 0)
        assertThrows("Adam: invalid eps -1e-08 (must be >= 0)") { try Adam(p, eps: -1e-8) }
        assertThrows("RMSProp: invalid eps -1.0 (must be >= 0)") { try RMSProp(p, eps: -1) }
        assertThrows("AdaGrad: invalid eps -1e-10 (must be >= 0)") { try AdaGrad(p, eps: -1e-10) }
        assertThrows("Adadelta: invalid eps -1e-06 (must be >= 0)") { try Adadelta(p, eps: -1e-6) }
    }

    func testNesterovNeedsMomentumAndNoDampening() {
        assertThrows("SGD: nesterov requires momentum > 0 and dampening 0 (got momentum 0.0, dampening 0.0)") {
            try SGD(p, learningRate: 0.1, nesterov: true)
        }
        assertThrows("SGD: nesterov requires momentum > 0 and dampening 0 (got momentum 0.9, dampening 0.1)") {
            try SGD(p, learningRate: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true)
        }
    }

    func testOtherSettings() {
        assertThrows("SGD: invalid momentum -0.5 (must be >= 0)") { try SGD(p, momentum: -0.5) }
        assertThrows("SGD: invalid weightDecay -0.01 (must be >= 0)") { try SGD(p, weightDecay: -0.01) }
        assertThrows("AdaGrad: invalid learningRateDecay -0.1 (must be >= 0)") { try AdaGrad(p, learningRateDecay: -0.1) }
        assertThrows("AdaGrad: invalid initialAccumulatorValue -1.0 (must be >= 0)") { try AdaGrad(p, initialAccumulatorValue: -1) }
        assertThrows("RMSProp: invalid alpha -0.9 (must be >= 0)") { try RMSProp(p, alpha: -0.9) }
        assertThrows("RMSProp: invalid momentum -0.1 (must be >= 0)") { try RMSProp(p, momentum: -0.1) }
        assertThrows("Adadelta: invalid rho 1.5 (must be in [0, 1])") { try Adadelta(p, rho: 1.5) }
        assertThrows("AdamW: invalid weightDecay -0.1 (must be >= 0)") { try AdamW(p, weightDecay: -0.1) }
        assertThrows("NAdam: invalid momentumDecay -0.004 (must be >= 0)") { try NAdam(p, momentumDecay: -4e-3) }
    }

    func testPyTorchDefaults() throws {
        let sgd = try SGD(p)
        XCTAssertEqual([sgd.learningRate, sgd.momentum, sgd.dampening, sgd.weightDecay], [1e-3, 0, 0, 0])
        XCTAssertFalse(sgd.nesterov)
        let adagrad = try AdaGrad(p)
        XCTAssertEqual([adagrad.learningRate, adagrad.learningRateDecay, adagrad.weightDecay, adagrad.initialAccumulatorValue, adagrad.eps],
                       [1e-2, 0, 0, 0, 1e-10])
        let rmsprop = try RMSProp(p)
        XCTAssertEqual([rmsprop.learningRate, rmsprop.alpha, rmsprop.eps, rmsprop.weightDecay, rmsprop.momentum], [1e-2, 0.99, 1e-8, 0, 0])
        XCTAssertFalse(rmsprop.centered)
        let adadelta = try Adadelta(p)
        XCTAssertEqual([adadelta.learningRate, adadelta.rho, adadelta.eps, adadelta.weightDecay], [1, 0.9, 1e-6, 0])
        for adam in [try Adam(p), try AdamW(p)] {
            XCTAssertEqual([adam.learningRate, adam.betas.0, adam.betas.1, adam.eps], [1e-3, 0.9, 0.999, 1e-8])
            XCTAssertFalse(adam.amsgrad)
        }
        XCTAssertEqual(try Adam(p).weightDecay, 0)
        XCTAssertEqual(try AdamW(p).weightDecay, 1e-2)
        let adamax = try Adamax(p)
        XCTAssertEqual([adamax.learningRate, adamax.betas.0, adamax.betas.1, adamax.eps, adamax.weightDecay], [2e-3, 0.9, 0.999, 1e-8, 0])
        let nadam = try NAdam(p)
        XCTAssertEqual([nadam.learningRate, nadam.betas.0, nadam.betas.1, nadam.eps, nadam.weightDecay, nadam.momentumDecay],
                       [2e-3, 0.9, 0.999, 1e-8, 0, 4e-3])
    }
}
