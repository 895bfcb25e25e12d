import COpenBLAS
import LinearAlgebra

/// The L2-penalized mean negative log-likelihood of multinomial logistic
/// regression and its gradient, over a Float feature matrix split by column
/// density (``SplitFeatureMatrix``: dense columns by BLAS `sgemm`, sparse
/// title columns entry by entry), with the two batch products:
///
///     Z = X W + 1 bᵀ,  P = softmax(Z),  ∇W = Xᵀ (P − Y) / n + λ W.
///
/// Parameters are laid out as W (d × C, row-major) followed by b (C).
struct SoftmaxObjective {
  let features: SplitFeatureMatrix
  let labels: [Int]
  let classes: Int
  let regularization: Double
  /// A tiny ridge on the intercepts, so a class absent from the training
  /// rows gets a finite intercept instead of one drifting to −∞.
  let interceptRegularization = 1e-6
  private var weights: [Float]
  private var logits: [Float]
  private var gradientWeights: [Float]

  init(features: SplitFeatureMatrix, labels: [Int], classes: Int, regularization: Double) {
    self.features = features
    self.labels = labels
    self.classes = classes
    self.regularization = regularization
    weights = [Float](repeating: 0, count: features.columns * classes)
    logits = [Float](repeating: 0, count: features.rows * classes)
    gradientWeights = [Float](repeating: 0, count: features.columns * classes)
  }

  var parameterCount: Int { features.columns * classes + classes }

  /// f(θ), writing ∇f(θ) into `gradient`.
  ///
  /// - Complexity: O((n·d_dense + nnz_sparse)·C).
  mutating func evaluate(_ theta: [Double], gradient: inout [Double]) -> Double {
    let n = features.rows
    let d = features.columns
    let c = classes
    for i in 0..<(d * c) { weights[i] = Float(theta[i]) }
    let intercepts = (0..<c).map { Float(theta[d * c + $0]) }
    features.product(weights, classes: c, into: &logits)
    var loss = 0.0
    var interceptGradient = [Double](repeating: 0, count: c)
    // Turn logits into P − Y in place, accumulating the log-likelihood.
    for r in 0..<n {
      let base = r * c
      var top = -Float.infinity
      for k in 0..<c {
        logits[base + k] += intercepts[k]
        top = max(top, logits[base + k])
      }
      var sum: Float = 0
      for k in 0..<c {
        let e = expf(logits[base + k] - top)
        logits[base + k] = e
        sum += e
      }
      let label = labels[r]
      let p = logits[base + label] / sum
      loss -= Double(logf(max(p, .leastNormalMagnitude)))
      for k in 0..<c {
        logits[base + k] = logits[base + k] / sum - (k == label ? 1 : 0)
        interceptGradient[k] += Double(logits[base + k])
      }
    }
    let scale = n > 0 ? 1 / Double(n) : 0
    features.transposedProduct(logits, classes: c, scale: Float(scale), into: &gradientWeights)
    var penalty = 0.0
    for i in 0..<(d * c) {
      penalty += theta[i] * theta[i]
      gradient[i] = Double(gradientWeights[i]) + regularization * theta[i]
    }
    var interceptPenalty = 0.0
    for k in 0..<c {
      let b = theta[d * c + k]
      interceptPenalty += b * b
      gradient[d * c + k] = interceptGradient[k] * scale + interceptRegularization * b
    }
    return loss * scale + 0.5 * regularization * penalty + 0.5 * interceptRegularization * interceptPenalty
  }

  /// `out = X W` (n × C).
  static func product(_ x: DenseMatrix, _ w: [Float], classes: Int, into out: inout [Float]) {
    let n = x.rows
    let d = x.columns
    guard n > 0 else { return }
    guard d > 0 else {
      for i in out.indices { out[i] = 0 }
      return
    }
    x.storage.withUnsafeBufferPointer { a in
      w.withUnsafeBufferPointer { b in
        out.withUnsafeMutableBufferPointer { z in
          cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(n), Int32(classes), Int32(d),
            1, a.baseAddress, Int32(d), b.baseAddress, Int32(classes), 0, z.baseAddress, Int32(classes))
        }
      }
    }
  }
}

#if canImport(Glibc)
import Glibc
#endif
