import AxonNN
import AxonTensor
import Foundation
import XCTest

/// `inferenceMode { }` and `Module.infer(_:)`: no graph, evaluation-mode
/// layers without touching `isTraining`, and a mode that belongs to one thread.
final class InferenceModeTests: XCTestCase {
    func testNothingIsRecordedAndTheModesAreRestored() {
        let layer = Dense(weight: randomTensor([3, 4], seed: 1), bias: randomTensor([3], seed: 2))
        XCTAssertTrue(layer(randomTensor([2, 4], seed: 3)).requiresGrad, "outside, the graph is recorded")
        let y = layer.infer(randomTensor([2, 4], seed: 3))
        XCTAssertFalse(y.requiresGrad)
        XCTAssertFalse(InferenceMode.isEnabled)
        XCTAssertTrue(GradMode.isEnabled)
        noGrad {
            inferenceMode { XCTAssertTrue(InferenceMode.isEnabled) }
            XCTAssertFalse(GradMode.isEnabled, "the enclosing noGrad is restored, not switched on")
        }
    }

    func testDropoutAndBatchNormActAsInEvaluationWithoutChangingTheModule() {
        let x = randomTensor([8, 3], seed: 4).cast(to: .float32)
        let model = Sequential {
            Dropout(0.5)
            BatchNorm1d(3)
        }
        let norm = model.layers[1] as! BatchNorm
        norm.runningMean!.value = Tensor([Float(0.5), -1, 2])
        norm.runningVariance!.value = Tensor([Float(4), 1, 0.25])
        XCTAssertTrue(model.isTraining)
        let inferred = model.infer(x)
        XCTAssertTrue(model.isTraining, "infer leaves the module in training mode")
        XCTAssertEqual(norm.runningMean!.value.doubles, [0.5, -1, 2], "the running statistics are not updated")
        XCTAssertEqual(norm.batchesTracked!.value.item, 0)
        model.eval()
        XCTAssertEqual(inferred.doubles, model(x).doubles)
    }

    func testTheModeBelongsToTheCallingThread() {
        let layer = Dropout(0.5)
        let x = Tensor.ones([64, 64])
        let insideOther = DispatchSemaphore(value: 0), checked = DispatchSemaphore(value: 0)
        let thread = Thread {
            inferenceMode {
                insideOther.signal()
                checked.wait()
            }
        }
        thread.start()
        insideOther.wait()
        XCTAssertFalse(InferenceMode.isEnabled, "another thread's inference mode is not this thread's")
        XCTAssertTrue(layer(x).doubles.contains(0), "so dropout still drops here")
        checked.signal()
    }
}
