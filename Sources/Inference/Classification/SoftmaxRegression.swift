import LinearAlgebra

/// Multinomial (softmax) logistic regression with an L2 penalty, the
/// classifier of Weinsberg et al. ("BlurMe", RecSys 2012) and Kosinski,
/// Stillwell and Graepel (PNAS 2013) for guessing demographics from what
/// people watch or like.
///
/// Training minimizes `(1/n) Σ −log p(yᵢ | xᵢ) + (λ/2) ‖W‖²` (intercepts
/// unpenalized but for a 10⁻⁶ ridge that keeps them finite) with
/// limited-memory BFGS and a backtracking line search. The objective is
/// strictly convex, so the optimum does not depend on the start; a warm
/// start only makes a regularization path cheaper. The batch gradient is two
/// BLAS `sgemm` calls; BLAS runs single-threaded and the optimizer in a fixed
/// order, so the same data give the same model bit for bit.
///
/// With two classes this is plain logistic regression (its two weight
/// columns are the halves of one ±w/2).
public struct SoftmaxRegression: Sendable {
  /// λ, the L2 penalty per weight on the mean log-loss. scikit-learn's
  /// `LogisticRegression(C:)` on n rows is λ = 1 / (C·n).
  public var regularization: Double
  /// The most L-BFGS iterations.
  public var maximumIterations: Int
  /// Stop when no gradient entry exceeds this.
  public var gradientTolerance: Double

  /// Creates a configuration.
  public init(regularization: Double = 1e-2, maximumIterations: Int = 500, gradientTolerance: Double = 1e-5) {
    self.regularization = regularization
    self.maximumIterations = maximumIterations
    self.gradientTolerance = gradientTolerance
  }

  /// Fits the classifier.
  ///
  /// - Parameters:
  ///   - features: one row per example.
  ///   - labels: the class of each row, in `0..<classes`.
  ///   - classes: the number of classes (at least 1).
  ///   - warmStart: a classifier of the same shape to start from.
  /// - Complexity: O(iterations · n·d·C).
  public func train(
    features: DenseMatrix, labels: [Int], classes: Int, warmStart: SoftmaxClassifier? = nil
  ) -> SoftmaxClassifier {
    train(features: SplitFeatureMatrix(features), labels: labels, classes: classes, warmStart: warmStart)
  }

  /// Fits on features already split by column density (a regularization
  /// path splits its training rows once for every λ).
  func train(
    features: SplitFeatureMatrix, labels: [Int], classes: Int, warmStart: SoftmaxClassifier? = nil
  ) -> SoftmaxClassifier {
    precondition(labels.count == features.rows, "\(labels.count) labels for \(features.rows) rows")
    precondition(classes >= 1, "at least one class")
    precondition(labels.allSatisfy { (0..<classes).contains($0) }, "a label is outside 0..<\(classes)")
    BLAS.useSingleThread()
    let d = features.columns
    var objective = SoftmaxObjective(
      features: features, labels: labels, classes: classes, regularization: max(0, regularization))
    var start = [Double](repeating: 0, count: objective.parameterCount)
    if let warm = warmStart, warm.weights.rows == d, warm.classes == classes {
      for i in 0..<(d * classes) { start[i] = Double(warm.weights.storage[i]) }
      for k in 0..<classes { start[d * classes + k] = Double(warm.intercepts[k]) }
    } else {
      // Start the intercepts at the log class shares (the optimum with no features).
      var counts = [Double](repeating: 0, count: classes)
      for label in labels { counts[label] += 1 }
      let total = counts.reduce(0, +)
      for k in 0..<classes {
        start[d * classes + k] = total > 0 ? log(max(counts[k], 0.5) / total) : 0
      }
    }
    let optimizer = LimitedMemoryBFGS(
      maximumIterations: maximumIterations, gradientTolerance: gradientTolerance)
    let outcome = optimizer.minimize(from: start) { theta, gradient in
      objective.evaluate(theta, gradient: &gradient)
    }
    let weights = DenseMatrix(
      rows: d, columns: classes, storage: outcome.x[0..<(d * classes)].map { Float($0) })
    let intercepts = outcome.x[(d * classes)...].map { Float($0) }
    return SoftmaxClassifier(
      weights: weights, intercepts: intercepts, temperature: 1, iterations: outcome.iterations)
  }
}

#if canImport(Glibc)
import Glibc
#endif
