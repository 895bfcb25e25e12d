import Foundation
import Inference
import LinearAlgebra
import TestSupport
import Testing

@Suite("Softmax regression, calibration and metrics")
struct ClassificationTests {
  /// Binary data with a known linear rule plus label noise.
  static func binaryData(n: Int, d: Int, seed: UInt64) -> (DenseMatrix, [Int]) {
    var random = SeededGenerator(seed: seed)
    var x = DenseMatrix(rows: n, columns: d)
    var labels: [Int] = []
    for r in 0..<n {
      var z = 0.3
      for c in 0..<d {
        let v = Float(random.nextGaussian())
        x[r, c] = v
        z += Double(v) * (c.isMultiple(of: 2) ? 1.0 : -0.5)
      }
      labels.append(random.nextUnitDouble() < 1 / (1 + exp(-z)) ? 1 : 0)
    }
    return (x, labels)
  }

  /// Newton's method in Double for L2 logistic regression with an
  /// unpenalized intercept: the reference.
  static func newtonLogistic(_ x: DenseMatrix, _ y: [Int], lambda: Double) -> [Double] {
    let n = x.rows
    let d = x.columns + 1
    var beta = [Double](repeating: 0, count: d)
    func feature(_ r: Int, _ c: Int) -> Double { c < x.columns ? Double(x[r, c]) : 1 }
    for _ in 0..<30 {
      var gradient = [Double](repeating: 0, count: d)
      var hessian = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
      for r in 0..<n {
        var z = 0.0
        for c in 0..<d { z += beta[c] * feature(r, c) }
        let p = 1 / (1 + exp(-z))
        for a in 0..<d {
          gradient[a] += (p - Double(y[r])) * feature(r, a) / Double(n)
          for b in 0..<d { hessian[a][b] += p * (1 - p) * feature(r, a) * feature(r, b) / Double(n) }
        }
      }
      for a in 0..<(d - 1) {
        gradient[a] += lambda * beta[a]
        hessian[a][a] += lambda
      }
      let step = NaiveLinearAlgebra.solve(hessian, gradient)
      for a in 0..<d { beta[a] -= step[a] }
    }
    return beta
  }

  @Test("two classes: same probabilities as Newton's method on L2 logistic regression")
  func matchesNewton() {
    BLAS.useSingleThread()
    let (x, y) = Self.binaryData(n: 300, d: 5, seed: 2)
    let lambda = 0.05
    let model = SoftmaxRegression(regularization: lambda, gradientTolerance: 1e-7).train(features: x, labels: y, classes: 2)
    // Two softmax columns ±β/2 with penalty λ/2 on each: a binary model with penalty λ/2 on β.
    let beta = Self.newtonLogistic(x, y, lambda: lambda / 2)
    let p = model.probabilities(x)
    var worst = 0.0
    for r in 0..<x.rows {
      var z = beta[x.columns]
      for c in 0..<x.columns { z += beta[c] * Double(x[r, c]) }
      worst = max(worst, abs(Double(p[r, 1]) - 1 / (1 + exp(-z))))
    }
    #expect(worst < 2e-3)
  }

  @Test("the same data give the same model bit for bit")
  func deterministic() {
    let (x, y) = Self.binaryData(n: 200, d: 8, seed: 5)
    let a = SoftmaxRegression(regularization: 0.01).train(features: x, labels: y, classes: 3)
    let b = SoftmaxRegression(regularization: 0.01).train(features: x, labels: y, classes: 3)
    #expect(a.weights == b.weights)
    #expect(a.intercepts == b.intercepts)
  }

  @Test("degenerate input gives finite probabilities, never NaN")
  func degenerate() {
    let empty = SoftmaxRegression().train(features: DenseMatrix(rows: 0, columns: 4), labels: [], classes: 2)
    #expect(empty.weights.isFinite && empty.intercepts.allSatisfy(\.isFinite))
    // One class of three present, constant features.
    let constant = DenseMatrix(rows: 10, columns: 3, repeating: 1)
    let one = SoftmaxRegression().train(features: constant, labels: Array(repeating: 1, count: 10), classes: 3)
    let p = one.probabilities(constant)
    #expect(p.isFinite)
    #expect(ClassificationMetrics.predictedClass(p, row: 0) == 1)
    // Separable data without a penalty: weights grow but stay finite.
    var x = DenseMatrix(rows: 4, columns: 1)
    x.storage = [-2, -1, 1, 2]
    let separable = SoftmaxRegression(regularization: 0).train(features: x, labels: [0, 0, 1, 1], classes: 2)
    #expect(separable.probabilities(x).isFinite)
    #expect(ClassificationMetrics.accuracy(probabilities: separable.probabilities(x), labels: [0, 0, 1, 1]) == 1)
    // No features at all: the intercepts learn the class shares.
    let shares = SoftmaxRegression().train(features: DenseMatrix(rows: 4, columns: 0), labels: [0, 1, 1, 1], classes: 2)
    #expect(abs(shares.probabilities(DenseMatrix(rows: 1, columns: 0))[0, 1] - 0.75) < 1e-3)
  }

  @Test("temperature scaling recovers the temperature of overconfident logits")
  func temperature() {
    var random = SeededGenerator(seed: 9)
    let n = 4000
    var logits = DenseMatrix(rows: n, columns: 3)
    var labels: [Int] = []
    for r in 0..<n {
      var weights: [Double] = []
      for k in 0..<3 {
        let z = Float(random.nextGaussian() * 3)
        logits[r, k] = z
        weights.append(exp(Double(z) / 2.5))
      }
      var u = random.nextUnitDouble() * weights.reduce(0, +)
      var label = 2
      for k in 0..<3 {
        if u < weights[k] { label = k; break }
        u -= weights[k]
      }
      labels.append(label)
    }
    let t = TemperatureScaling.fit(logits: logits, labels: labels)
    #expect(abs(t - 2.5) < 0.25)
    let before = CalibrationSummary(probabilities: SoftmaxClassifier.softmax(logits), labels: labels)
    let after = CalibrationSummary(probabilities: SoftmaxClassifier.softmax(logits, temperature: t), labels: labels)
    #expect(after.expectedCalibrationError < before.expectedCalibrationError / 2)
    #expect(TemperatureScaling.fit(logits: DenseMatrix(rows: 0, columns: 3), labels: []) == 1)
  }

  @Test("AUC: the Mann–Whitney statistic with ties counting one half")
  func areaUnderROC() {
    #expect(ClassificationMetrics.areaUnderROC(scores: [0.1, 0.4, 0.35, 0.8], positives: [false, false, true, true]) == 0.75)
    #expect(ClassificationMetrics.areaUnderROC(scores: [0.5, 0.5], positives: [true, false]) == 0.5)
    #expect(ClassificationMetrics.areaUnderROC(scores: [0.2, 0.9], positives: [true, true]) == 0.5)
    #expect(ClassificationMetrics.areaUnderROC(scores: [0.1, 0.2, 0.3], positives: [false, true, true]) == 1)
  }

  @Test("expected calibration error over reliability bins, by hand")
  func calibrationBins() {
    let p = DenseMatrix([[0.95, 0.05], [0.95, 0.05], [0.65, 0.35], [0.35, 0.65]])
    let summary = CalibrationSummary(probabilities: p, labels: [0, 1, 0, 1])
    // Bin [0.9, 1): confidence 0.95, accuracy 0.5; bin [0.6, 0.7): 0.65 and 1.
    #expect(abs(summary.expectedCalibrationError - 0.4) < 1e-6)
    #expect(abs(summary.maximumCalibrationError - 0.45) < 1e-6)
    #expect(summary.bins[9].count == 2 && summary.bins[6].count == 2)
    #expect(summary.bins.map(\.count).reduce(0, +) == 4)
  }

  @Test("stratified folds: each stratum and each fold as even as possible, seeded")
  func folds() {
    let strata = (0..<103).map { $0 % 7 == 0 ? 2 : ($0 % 3 == 0 ? 1 : 0) }
    let folds = StratifiedFolds.assign(strata: strata, folds: 5, seed: 4)
    #expect(folds == StratifiedFolds.assign(strata: strata, folds: 5, seed: 4))
    #expect(folds != StratifiedFolds.assign(strata: strata, folds: 5, seed: 5))
    let sizes = (0..<5).map { f in folds.filter { $0 == f }.count }
    #expect(sizes.max()! - sizes.min()! <= 1)
    for stratum in 0..<3 {
      let counts = (0..<5).map { f in strata.indices.filter { strata[$0] == stratum && folds[$0] == f }.count }
      #expect(counts.max()! - counts.min()! <= 1)
    }
  }

  @Test("tuned regression picks a penalty from the grid and a finite temperature")
  func tuned() {
    let (x, y) = Self.binaryData(n: 240, d: 30, seed: 8)
    let tuner = TunedSoftmaxRegression(regularizationGrid: [1, 0.1, 0.01], innerFolds: 3, seed: 1)
    let fit = tuner.train(features: x, labels: y, classes: 2)
    #expect([1, 0.1, 0.01].contains(fit.regularization))
    #expect(fit.heldOutLogLoss.count == 3 && fit.heldOutLogLoss.allSatisfy(\.isFinite))
    #expect(fit.heldOutLogLoss.min() == fit.heldOutLogLoss[[1, 0.1, 0.01].firstIndex(of: fit.regularization)!])
    #expect(fit.classifier.temperature > 0.2 && fit.classifier.temperature < 5)
    // Strong signal: held-out loss at λ = 1 is worse than at 0.01.
    #expect(fit.heldOutLogLoss[0] > fit.heldOutLogLoss[2])
  }

  @Test("with features that carry no signal, the default grid falls back to the class shares")
  func noSignal() {
    // 120 rows, 70% class 0, and 200 features of pure noise: nothing to learn.
    var random = SeededGenerator(seed: 21)
    let n = 120, d = 200
    let labels = (0..<n).map { $0 % 10 < 7 ? 0 : 1 }
    let x = DenseMatrix(rows: n, columns: d, storage: (0..<(n * d)).map { _ in Float(random.nextGaussian()) })
    let fit = TunedSoftmaxRegression().train(features: x, labels: labels, classes: 2)
    #expect(fit.regularization >= 10)
    // Every row, seen or new, gets about the training share of class 0.
    let fresh = DenseMatrix(rows: 50, columns: d, storage: (0..<(50 * d)).map { _ in Float(random.nextGaussian()) })
    for matrix in [x, fresh] {
      let p = fit.classifier.probabilities(matrix)
      for r in 0..<matrix.rows { #expect(abs(p[r, 0] - 0.7) < 0.05) }
    }
    // The narrower grid of earlier versions, without the strong end, is
    // more sure than the data allow on new rows.
    let narrow = TunedSoftmaxRegression(regularizationGrid: [1, 0.3, 0.1, 0.03, 0.01]).train(features: x, labels: labels, classes: 2)
    let spread = narrow.classifier.probabilities(fresh)
    #expect((0..<fresh.rows).contains { abs(spread[$0, 0] - 0.7) >= 0.05 })
  }
}
