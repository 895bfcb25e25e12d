import LinearAlgebra

#if canImport(Glibc)
import Glibc
#endif

/// A trained softmax classifier: a weight column and an intercept per class,
/// and a temperature that calibrates its probabilities (Guo et al., "On
/// Calibration of Modern Neural Networks", ICML 2017).
public struct SoftmaxClassifier: Sendable {
  /// d × C weights.
  public let weights: DenseMatrix
  /// One intercept per class.
  public let intercepts: [Float]
  /// Logits are divided by this before the softmax (1: uncalibrated).
  public let temperature: Float
  /// The L-BFGS iterations training took.
  public let iterations: Int

  /// Wraps trained parameters.
  public init(weights: DenseMatrix, intercepts: [Float], temperature: Float = 1, iterations: Int = 0) {
    precondition(weights.columns == intercepts.count, "one intercept per class")
    self.weights = weights
    self.intercepts = intercepts
    self.temperature = temperature.isFinite && temperature > 0 ? temperature : 1
    self.iterations = iterations
  }

  /// The number of classes.
  public var classes: Int { intercepts.count }

  /// The same classifier with another temperature.
  public func calibrated(temperature: Float) -> SoftmaxClassifier {
    SoftmaxClassifier(weights: weights, intercepts: intercepts, temperature: temperature, iterations: iterations)
  }

  /// The raw logits `X W + b` (n × C), before the temperature.
  ///
  /// - Complexity: O(n·d·C), one `sgemm`.
  public func logits(_ features: DenseMatrix) -> DenseMatrix {
    precondition(features.columns == weights.rows, "features have \(features.columns) columns, model \(weights.rows)")
    var out = [Float](repeating: 0, count: features.rows * classes)
    SoftmaxObjective.product(features, weights.storage, classes: classes, into: &out)
    for r in 0..<features.rows {
      for k in 0..<classes { out[r * classes + k] += intercepts[k] }
    }
    return DenseMatrix(rows: features.rows, columns: classes, storage: out)
  }

  /// Calibrated class probabilities (n × C); each row sums to 1.
  public func probabilities(_ features: DenseMatrix) -> DenseMatrix {
    Self.softmax(logits(features), temperature: temperature)
  }

  /// Row-wise softmax of `logits / temperature`, stable for any finite input.
  public static func softmax(_ logits: DenseMatrix, temperature: Float = 1) -> DenseMatrix {
    var out = logits
    let c = logits.columns
    let inverse = 1 / temperature
    for r in 0..<logits.rows {
      var top = -Float.infinity
      for k in 0..<c { top = max(top, logits.storage[r * c + k] * inverse) }
      var sum: Float = 0
      for k in 0..<c {
        let e = expf(logits.storage[r * c + k] * inverse - top)
        out.storage[r * c + k] = e
        sum += e
      }
      for k in 0..<c { out.storage[r * c + k] /= sum }
    }
    return out
  }
}
