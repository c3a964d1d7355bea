import AxonTensor
import Foundation

/// Small two-dimensional classification problems, drawn from a seeded
/// generator: the same arguments give the same points on every platform
/// that computes `sin` and `cos` alike.
///
/// Every generator returns a training set and a test set drawn separately
/// from the same distribution (the test points come from the generator after
/// the training points, so the two never repeat each other). Classes are
/// balanced and interleaved (`0, 1, 2, 0, 1, 2, ...`), so that even batches
/// taken in file order hold every class. Inputs are float32 `[n, 2]`,
/// targets int64 class indices.
public enum SyntheticData {
    /// A `classes`-arm spiral (CS231n's): a point of class `c` at radius
    /// `r` ~ U[0, 1] has angle θ = 4c + 4r + noise·N(0, 1) and lies at
    /// (r sin θ, r cos θ). More than four arms start to crowd each other.
    ///
    /// With the defaults (3 arms, 300 training points per arm, noise 0.2) the
    /// arms stay apart: a nearest-neighbour classifier scores about 99.8% on
    /// the test set, so a small MLP can pass 97%.
    ///
    /// - Parameters:
    ///   - classes: the number of arms. The default value is `3`.
    ///   - samplesPerClass: training points per class. The default value is `300`.
    ///   - testSamplesPerClass: test points per class. The default value is `100`.
    ///   - noise: standard deviation of the angle, in radians. The default value is `0.2`.
    ///   - seed: fixes the points. The default value is `0`.
    public static func spiral(classes: Int = 3, samplesPerClass: Int = 300, testSamplesPerClass: Int = 100,
                              noise: Double = 0.2, seed: UInt64 = 0) -> DataSplits {
        draw(classes: classes, samplesPerClass, testSamplesPerClass, seed: seed) { c, g in
            let r = g.nextUnitDouble()
            let theta = 4 * Double(c) + 4 * r + noise * g.nextStandardNormal()
            return (r * sin(theta), r * cos(theta))
        }
    }

    /// Two Gaussian clusters around (−1.5, −1.5) (class 0) and (1.5, 1.5)
    /// (class 1): the primer's triangles and squares. A point that lands on
    /// the other class's side of the line x + y = 0 is drawn again, so the
    /// classes are always linearly separable (a perceptron converges).
    ///
    /// - Parameters:
    ///   - samplesPerClass: training points per class. The default value is `100`.
    ///   - testSamplesPerClass: test points per class. The default value is `50`.
    ///   - noise: standard deviation of each cluster. The default value is `0.5`.
    ///   - seed: fixes the points. The default value is `0`.
    public static func blobs(samplesPerClass: Int = 100, testSamplesPerClass: Int = 50,
                             noise: Double = 0.5, seed: UInt64 = 0) -> DataSplits {
        draw(classes: 2, samplesPerClass, testSamplesPerClass, seed: seed) { c, g in
            let center = c == 0 ? -1.5 : 1.5
            while true {
                let x = center + noise * g.nextStandardNormal()
                let y = center + noise * g.nextStandardNormal()
                if (x + y > 0) == (c == 1) && x + y != 0 { return (x, y) }
            }
        }
    }

    /// Points of the square [−1, 1]² labelled by quadrant: class 0 where x
    /// and y have the same sign, class 1 where they differ (exclusive or),
    /// then moved by Gaussian noise, so no single line separates the classes.
    ///
    /// - Parameters:
    ///   - samplesPerClass: training points per class. The default value is `200`.
    ///   - testSamplesPerClass: test points per class. The default value is `100`.
    ///   - noise: standard deviation of the jitter. The default value is `0.1`.
    ///   - seed: fixes the points. The default value is `0`.
    public static func xor(samplesPerClass: Int = 200, testSamplesPerClass: Int = 100,
                           noise: Double = 0.1, seed: UInt64 = 0) -> DataSplits {
        draw(classes: 2, samplesPerClass, testSamplesPerClass, seed: seed) { c, g in
            let signX: Double = g.nextInt(below: 2) == 0 ? -1 : 1
            let signY = c == 0 ? signX : -signX
            let x = signX * g.nextUnitDouble() + noise * g.nextStandardNormal()
            let y = signY * g.nextUnitDouble() + noise * g.nextStandardNormal()
            return (x, y)
        }
    }

    /// Two interleaving half circles, as scikit-learn's `make_moons`: class 0
    /// at (cos t, sin t), class 1 at (1 − cos t, 0.5 − sin t), t ~ U[0, π],
    /// plus Gaussian noise.
    ///
    /// - Parameters:
    ///   - samplesPerClass: training points per class. The default value is `200`.
    ///   - testSamplesPerClass: test points per class. The default value is `100`.
    ///   - noise: standard deviation of the noise. The default value is `0.1`.
    ///   - seed: fixes the points. The default value is `0`.
    public static func moons(samplesPerClass: Int = 200, testSamplesPerClass: Int = 100,
                             noise: Double = 0.1, seed: UInt64 = 0) -> DataSplits {
        draw(classes: 2, samplesPerClass, testSamplesPerClass, seed: seed) { c, g in
            let t = Double.pi * g.nextUnitDouble()
            let (x, y) = c == 0 ? (cos(t), sin(t)) : (1 - cos(t), 0.5 - sin(t))
            return (x + noise * g.nextStandardNormal(), y + noise * g.nextStandardNormal())
        }
    }

    /// Two concentric circles, as scikit-learn's `make_circles`: class 0 on
    /// the unit circle, class 1 on a circle of radius `factor`, plus
    /// Gaussian noise.
    ///
    /// - Parameters:
    ///   - samplesPerClass: training points per class. The default value is `200`.
    ///   - testSamplesPerClass: test points per class. The default value is `100`.
    ///   - noise: standard deviation of the noise. The default value is `0.05`.
    ///   - factor: the inner circle's radius. The default value is `0.5`.
    ///   - seed: fixes the points. The default value is `0`.
    public static func circles(samplesPerClass: Int = 200, testSamplesPerClass: Int = 100,
                               noise: Double = 0.05, factor: Double = 0.5, seed: UInt64 = 0) -> DataSplits {
        draw(classes: 2, samplesPerClass, testSamplesPerClass, seed: seed) { c, g in
            let t = 2 * Double.pi * g.nextUnitDouble()
            let radius = c == 0 ? 1 : factor
            return (radius * cos(t) + noise * g.nextStandardNormal(), radius * sin(t) + noise * g.nextStandardNormal())
        }
    }

    /// A training and a test set of interleaved, balanced classes, each point
    /// made by `point(class, generator)`.
    private static func draw(classes: Int, _ trainPerClass: Int, _ testPerClass: Int, seed: UInt64,
                             point: (Int, inout RandomGenerator) -> (Double, Double)) -> DataSplits {
        precondition(classes >= 1, "SyntheticData: classes must be at least 1, got \(classes)")
        precondition(trainPerClass >= 0 && testPerClass >= 0,
                     "SyntheticData: sample counts must not be negative, got \(trainPerClass) and \(testPerClass)")
        var generator = RandomGenerator(seed: seed)
        func dataset(perClass: Int) -> TensorDataset {
            var inputs = [Float]()
            var targets = [Int64]()
            inputs.reserveCapacity(2 * perClass * classes)
            targets.reserveCapacity(perClass * classes)
            for _ in 0..<perClass {
                for c in 0..<classes {
                    let (x, y) = point(c, &generator)
                    inputs.append(Float(x))
                    inputs.append(Float(y))
                    targets.append(Int64(c))
                }
            }
            let n = targets.count
            return TensorDataset(inputs: Tensor(inputs, shape: [n, 2]), targets: Tensor(targets, shape: [n]),
                                 classes: classes, featureNames: ["x", "y"])
        }
        let train = dataset(perClass: trainPerClass)
        let test = dataset(perClass: testPerClass)
        return DataSplits(train: train, test: test)
    }
}
