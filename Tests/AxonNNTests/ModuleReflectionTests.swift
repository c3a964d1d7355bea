import AxonNN
import AxonTensor
import XCTest

/// A module declared as a PyTorch user would: layers as stored properties
/// and a forward pass, nothing listed twice.
private final class Residual: Module {
    let fc1 = Dense(4, 6)
    let fc2 = Dense(6, 6)
    let drop = Dropout(0.5)
    let head = Dense(6, 3)

    func callAsFunction(_ x: Tensor) -> Tensor {
        let h = fc1(x).relu()
        return head(drop(fc2(h).relu()) + h)
    }
}

/// Every kind of member reflection recognises, with things it must skip.
private final class Members: Module {
    let scale = Parameter(Tensor.ones([2]))
    let offset: Parameter? = Parameter(Tensor.zeros([2]))
    let absent: Parameter? = nil
    let width = 2
    let note = "not a member"
    let blocks: [Dense] = [Dense(2, 2), Dense(2, 2)]
    let extras = [Parameter(Tensor.zeros([1]))]
    let maybe: (any Module)? = Tanh()
    let nothing: Dense? = nil

    func callAsFunction(_ x: Tensor) -> Tensor { x }
}

final class ModuleReflectionTests: XCTestCase {
    func testParametersAndChildrenAreTheStoredPropertiesInDeclarationOrder() {
        let model = Residual()
        XCTAssertEqual(model.namedParameters.map(\.name),
                       ["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias", "head.weight", "head.bias"])
        XCTAssertEqual(model.children.map(\.name), ["fc1", "fc2", "drop", "head"])
        XCTAssertEqual(model.namedModules.map(\.name), ["", "fc1", "fc2", "drop", "head"])
        XCTAssertEqual(model.layerName, "Residual")
        XCTAssertEqual(model.parameterCount, 4 * 6 + 6 + 6 * 6 + 6 + 6 * 3 + 3)
        XCTAssertTrue(model.parameters[0] === model.fc1.weight)
    }

    func testOptionalsArraysAndOtherPropertiesFollowPyTorchsNaming() {
        let model = Members()
        XCTAssertEqual(model.namedParameters.map(\.name), [
            "scale", "offset", "extras.0", "blocks.0.weight", "blocks.0.bias", "blocks.1.weight", "blocks.1.bias",
        ])
        XCTAssertEqual(model.children.map(\.name), ["blocks.0", "blocks.1", "maybe"])
    }

    func testTrainAndEvalSwitchTheWholeTree() {
        let model = Residual()
        XCTAssertTrue(model.isTraining)
        model.eval()
        XCTAssertFalse(model.isTraining)
        XCTAssertFalse(model.drop.isTraining)
        XCTAssertFalse(model.fc1.isTraining)
        // In evaluation mode dropout passes through: two calls agree.
        let x = Tensor.randomNormal([5, 4], generator: &RandomGenerator.global)
        XCTAssertEqual(model(x).floats, model(x).floats)
        model.train()
        XCTAssertTrue(model.isTraining && model.drop.isTraining)
    }

    func testZeroGradClearsEveryGradient() {
        let model = Residual()
        model(Tensor.ones([2, 4])).sum().backward()
        XCTAssertTrue(model.parameters.allSatisfy { $0.grad != nil })
        model.zeroGrad()
        XCTAssertTrue(model.parameters.allSatisfy { $0.grad == nil })
    }

    func testTheDefaultOutputShapeRunsTheChildrenInOrder() throws {
        XCTAssertEqual(try Residual().outputShape(forInput: [7, 4]), [7, 3])
        assertThrowsModuleError(["Dense(4 → 6)", "expected input width 4", "[7, 5]"]) { () throws(ModuleError) in
            _ = try Residual().outputShape(forInput: [7, 5])
        }
    }

    func testCheckedCallRejectsABadRequestInsteadOfTrapping() throws {
        let model = Residual()
        model.eval()
        XCTAssertEqual(try model.checkedCall(Tensor.ones([2, 4])).shape, [2, 3])
        assertThrowsModuleError(["expected input width 4", "[2, 9]"]) { () throws(ModuleError) in
            _ = try model.checkedCall(Tensor.ones([2, 9]))
        }
        assertThrowsModuleError(["Residual", "float32 or float64", "int64"]) { () throws(ModuleError) in
            _ = try model.checkedCall(Tensor([1, 2, 3, 4] as [Int64], shape: [1, 4]))
        }
    }

    func testNonStrictLoadingReportsWhatWasMissingAndUnexpected() throws {
        let source = Residual(), target = Residual()
        var tensors = Dictionary(uniqueKeysWithValues: source.stateDict.map { ($0.name, $0.tensor) })
        tensors["head.bias"] = nil
        tensors["extra.weight"] = Tensor.zeros([1])
        let headBias = target.head.bias!.value.floats
        assertThrowsModuleError(["missing head.bias", "unexpected extra.weight"]) { () throws(ModuleError) in
            try target.loadStateDict(tensors)
        }
        let report = try target.loadStateDict(tensors, strict: false)
        XCTAssertEqual(report.missing, ["head.bias"])
        XCTAssertEqual(report.unexpected, ["extra.weight"])
        XCTAssertFalse(report.isComplete)
        XCTAssertEqual(target.fc1.weight.value.floats, source.fc1.weight.value.floats)
        XCTAssertEqual(target.head.bias!.value.floats, headBias, "a missing tensor leaves the parameter as it was")
        // A mis-shaped tensor is an error even when not strict.
        tensors["fc1.weight"] = Tensor.zeros([1, 1])
        assertThrowsModuleError(["fc1.weight has shape [1, 1]"]) { () throws(ModuleError) in
            try target.loadStateDict(tensors, strict: false)
        }
    }

    func testPrefixesAreStrippedAndAdded() throws {
        let source = Residual(), target = Residual()
        let plain = Dictionary(uniqueKeysWithValues: source.stateDict.map { ($0.name, $0.tensor) })
        let wrapped = plain.addingPrefix("net.")
        XCTAssertEqual(Set(wrapped.keys), Set(plain.keys.map { "net." + $0 }))
        try target.loadStateDict(wrapped.merging(["other.weight": Tensor.zeros([1])]) { a, _ in a }.removingPrefix("net."))
        XCTAssertEqual(target.head.weight.value.floats, source.head.weight.value.floats)
    }

    func testLayersBuiltWithoutAGeneratorDrawFromTheSeededGlobalOne() {
        manualSeed(3)
        let a = Residual()
        manualSeed(3)
        let b = Residual()
        XCTAssertEqual(a.parameters.map(\.value.floats), b.parameters.map(\.value.floats))
        XCTAssertNotEqual(a.fc2.weight.value.floats, Residual().fc2.weight.value.floats)
    }
}
