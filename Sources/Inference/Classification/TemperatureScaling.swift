import LinearAlgebra

#if canImport(Glibc)
import Glibc
#endif

/// Temperature scaling (Guo et al., ICML 2017): one scalar T > 0 that divides
/// every logit, chosen to minimize the log-loss on held-out predictions. It
/// leaves the predicted class (and so accuracy and AUC) unchanged and only
/// makes the probabilities honest.
public enum TemperatureScaling {
  /// The temperature minimizing the mean log-loss of `softmax(logits / T)`.
  ///
  /// The log-loss is convex in 1/T, so a golden-section search over
  /// log(1/T) ∈ [log 0.02, log 50] finds the optimum to 10⁻⁶ in 60 steps.
  /// With no rows it returns 1.
  ///
  /// - Complexity: O(60 · n·C).
  public static func fit(logits: DenseMatrix, labels: [Int]) -> Float {
    precondition(labels.count == logits.rows, "\(labels.count) labels for \(logits.rows) rows")
    guard logits.rows > 0, logits.columns > 1 else { return 1 }
    var low = log(0.02)
    var high = log(50.0)
    let ratio = (5.0.squareRoot() - 1) / 2
    var a = high - ratio * (high - low)
    var b = low + ratio * (high - low)
    var fa = logLoss(logits, labels, inverseTemperature: exp(a))
    var fb = logLoss(logits, labels, inverseTemperature: exp(b))
    for _ in 0..<60 {
      if fa <= fb {
        high = b
        b = a
        fb = fa
        a = high - ratio * (high - low)
        fa = logLoss(logits, labels, inverseTemperature: exp(a))
      } else {
        low = a
        a = b
        fa = fb
        b = low + ratio * (high - low)
        fb = logLoss(logits, labels, inverseTemperature: exp(b))
      }
    }
    let inverse = exp((low + high) / 2)
    // Never worse than leaving the logits alone.
    let fitted = logLoss(logits, labels, inverseTemperature: inverse)
    return fitted <= logLoss(logits, labels, inverseTemperature: 1) ? Float(1 / inverse) : 1
  }

  /// The mean log-loss of `softmax(β · logits)`, in `Double`.
  static func logLoss(_ logits: DenseMatrix, _ labels: [Int], inverseTemperature beta: Double) -> Double {
    let c = logits.columns
    var total = 0.0
    for r in 0..<logits.rows {
      var top = -Double.infinity
      for k in 0..<c { top = max(top, beta * Double(logits.storage[r * c + k])) }
      var sum = 0.0
      for k in 0..<c { sum += exp(beta * Double(logits.storage[r * c + k]) - top) }
      total += top + log(sum) - beta * Double(logits.storage[r * c + labels[r]])
    }
    return total / Double(logits.rows)
  }
}
