import XCTest
@testable import AxonTensor
@testable import AxonOptim

/// The optimizers that the PyTorch fixtures do not cover (Adadelta, Adamax,
/// NAdam) against trajectories computed from the torch.optim documentation's
/// algorithms by `Fixtures/make_rules.py`, and the behaviour every optimizer
/// shares: skipped parameters, a settable learning rate, `zeroGrad`, dtypes.
final class OptimizerRuleTests: XCTestCase {
    // python3 Tests/AxonOptimTests/Fixtures/make_rules.py: w after each of 6 steps on
    // f(w) = Σ cᵢ·wᵢ² / 2, c = [1, 10, 0.1], from w = [1, -2, 3].
    static let adadeltaDefault: [Double] = [0.9968377381511013, -1.99683772237936, 2.996837898007285, 0.9935981984076517, -1.9935957269829054, 2.9935952757958266, 0.9903090828008376, -1.9903007494453893, 2.99029854397457, 0.9869840926127735, -1.986965950811313, 2.986960681826969, 0.9836313873486155, -1.9835991367131465, 2.983589375353447, 0.9802563729483237, -1.9802054591882203, 2.9801896900944764]
    static let adadeltaTuned: [Double] = [0.9888219693844224, -1.9888196669625215, 2.988827416159142, 0.9770985273166708, -1.9770639787554596, 2.977070504578928, 0.9650347148253493, -1.9649242762000207, 2.9649157567356355, 0.952732220542652, -1.9524938807522132, 2.9524535834139725, 0.9402519072403995, -1.9398278390303103, 2.939737007042467, 0.9276343391800395, -1.9269623591860978, 2.926800705281903]
    static let adamaxDefault: [Double] = [0.99800000002, -1.998000000001, 2.9980000000666664, 0.9960001054085043, -1.9959990516852641, 2.995999368133139, 0.9940003883590786, -1.9939971905371636, 2.9939981264257587, 0.9920009208444964, -1.9919944519701254, 2.991996297107978, 0.9900017744598077, -1.9899908712496326, 2.9899939022295356, 0.988003020268866, -1.9879864834178476, 2.987990963676782]
    static let adamaxTuned: [Double] = [0.900000000952381, -1.9000000000497512, 2.9000000022222223, 0.7950617305101574, -1.7976608188180212, 2.7984674375417273, 0.6860219760987686, -1.69284197868558, 2.6953889562421645, 0.5740302301079229, -1.5853638727327457, 2.5907466999233475, 0.46058496248961545, -1.4749914965933715, 2.4845161417603565, 0.3475588407017894, -1.3614102065907216, 2.376663470578673]
    static let nadamDefault: [Double] = [0.9978870964644183, -1.9978870964443456, 2.997887096513719, 0.996321196799969, -1.9963204616410721, 2.9963202169905485, 0.9948589145392641, -1.9948571022159267, 2.9948564990775677, 0.9933996491145133, -1.9933964158160349, 2.9933953399263227, 0.99191124917993, -1.9919062115471615, 2.991904535582559, 0.9903835733005559, -1.9903763045932432, 2.990373886910789]
    static let nadamTuned: [Double] = [0.8903763183297935, -1.8903763173402974, 2.89037631972184, 0.8078167921347189, -1.8055986139851463, 2.8049023692777815, 0.7305656537992232, -1.7247341440783996, 2.722926261333716, 0.6549368090619831, -1.6438805408532593, 2.640499932271826, 0.5805423627256484, -1.5623185850755301, 2.5568264502726548, 0.5079109987794885, -1.4802246937945753, 2.4720011948221616]

    /// The parameter values after each of six steps on the documented quadratic.
    func trajectory(_ make: ([(String, Parameter)]) throws -> Optimizer, dtype: DType = .float64) throws -> [Double] {
        let w = parameter([1, -2, 3], dtype: dtype)
        let c = Tensor([1.0, 10.0, 0.1]).cast(to: dtype)
        let optimizer = try make([("w", w)])
        var values: [Double] = []
        for _ in 0..<6 {
            optimizer.zeroGrad()
            ((w.value.squared() * c).sum() / 2).backward()
            optimizer.step()
            values += w.value.doubles
        }
        return values
    }

    func testAdadeltaFollowsTheDocumentedAlgorithm() throws {
        assertClose(try trajectory { try Adadelta($0) }, Self.adadeltaDefault, rtol: Tolerance.float64Relative)
        assertClose(
            try trajectory { try Adadelta($0, learningRate: 0.5, rho: 0.8, eps: 1e-4, weightDecay: 0.1) },
            Self.adadeltaTuned, rtol: Tolerance.float64Relative)
        assertClose(try trajectory({ try Adadelta($0) }, dtype: .float32), Self.adadeltaDefault, rtol: Tolerance.float32Relative)
    }

    func testAdamaxFollowsTheDocumentedAlgorithm() throws {
        assertClose(try trajectory { try Adamax($0) }, Self.adamaxDefault, rtol: Tolerance.float64Relative)
        assertClose(
            try trajectory { try Adamax($0, learningRate: 0.1, betas: (0.8, 0.9), weightDecay: 0.05) },
            Self.adamaxTuned, rtol: Tolerance.float64Relative)
        assertClose(try trajectory({ try Adamax($0) }, dtype: .float32), Self.adamaxDefault, rtol: Tolerance.float32Relative)
    }

    func testNAdamFollowsTheDocumentedAlgorithm() throws {
        assertClose(try trajectory { try NAdam($0) }, Self.nadamDefault, rtol: Tolerance.float64Relative)
        assertClose(
            try trajectory { try NAdam($0, learningRate: 0.1, betas: (0.8, 0.95), weightDecay: 0.05, momentumDecay: 0.1) },
            Self.nadamTuned, rtol: Tolerance.float64Relative)
        assertClose(try trajectory({ try NAdam($0) }, dtype: .float32), Self.nadamDefault, rtol: Tolerance.float32Relative)
    }

    func testPlainGradientDescentStep() throws {
        // w ← w − γ·g with g = 2w: from [1, -2], γ = 0.1 gives [0.8, -1.6].
        let w = parameter([1, -2])
        let optimizer = try SGD([("w", w)], learningRate: 0.1)
        w.value.squared().sum().backward()
        optimizer.step()
        assertClose(w.value.doubles, [0.8, -1.6], rtol: 1e-15)
    }

    func testAParameterWithoutAGradientIsSkipped() throws {
        let used = parameter([1, 2]), unused = parameter([3, 4])
        let optimizer = try Adam([("used", used), ("unused", unused)], learningRate: 0.1)
        used.value.sum().backward()
        optimizer.step()
        XCTAssertEqual(unused.value.doubles, [3, 4])
        XCTAssertEqual(optimizer.states[1].step, 0)
        XCTAssertEqual(optimizer.states[0].step, 1)
        XCTAssertNotEqual(used.value.doubles, [1, 2])
        XCTAssertEqual(Set(optimizer.stateDict().keys), ["used.step", "used.exp_avg", "used.exp_avg_sq"])
    }

    func testZeroGradClearsGradientsAndTheUpdateKeepsTheLeaf() throws {
        let w = parameter([1, 2], dtype: .float32)
        let optimizer = try SGD([("w", w)], learningRate: 0.5, momentum: 0.9)
        w.value.sum().backward()
        XCTAssertNotNil(w.grad)
        optimizer.step()
        XCTAssertTrue(w.value.isLeaf && w.value.requiresGrad)
        XCTAssertEqual(w.dtype, .float32)
        XCTAssertEqual(optimizer.states[0]["momentum_buffer"]?.dtype, .float32, "state lives in the parameter's dtype")
        optimizer.zeroGrad()
        XCTAssertNil(w.grad)
    }

    func testUpdatesWriteIntoTheParametersAndStateWithoutCopying() throws {
        let w = parameter([1, -2, 3])
        let optimizer = try Adam([("w", w)], learningRate: 0.1, amsgrad: true)
        func step() {
            optimizer.zeroGrad()
            w.value.squared().sum().backward()
            optimizer.step()
        }
        step()
        let parameterStorage = ObjectIdentifier(w.value.storage)
        let slotStorage = optimizer.states[0].slots.mapValues { ObjectIdentifier($0.storage) }
        step()
        XCTAssertEqual(ObjectIdentifier(w.value.storage), parameterStorage, "the parameter was copied")
        XCTAssertEqual(optimizer.states[0].slots.mapValues { ObjectIdentifier($0.storage) }["exp_avg"], slotStorage["exp_avg"])
        XCTAssertEqual(optimizer.states[0].slots.mapValues { ObjectIdentifier($0.storage) }["exp_avg_sq"], slotStorage["exp_avg_sq"])
    }

    func testTheLearningRateCanChangeBetweenSteps() throws {
        let w = parameter([0])
        let optimizer = try SGD([("w", w)], learningRate: 1)
        for rate in [1.0, 0.5, 0.25] {
            optimizer.learningRate = rate
            optimizer.zeroGrad()
            w.value.sum().backward()   // g = 1
            optimizer.step()
        }
        XCTAssertEqual(w.value.doubles, [-1.75])
    }

    func testAdamWIsAdamWithDecoupledDecay() throws {
        let a = try trajectory { try AdamW($0, learningRate: 0.1, weightDecay: 0.3) }
        let b = try trajectory { try Adam($0, learningRate: 0.1, weightDecay: 0.3, decoupledWeightDecay: true) }
        XCTAssertEqual(a, b)
        let coupled = try trajectory { try Adam($0, learningRate: 0.1, weightDecay: 0.3) }
        XCTAssertNotEqual(a, coupled)
        XCTAssertEqual(try AdamW([]).weightDecay, 1e-2, "AdamW's default weight decay")
    }
}
