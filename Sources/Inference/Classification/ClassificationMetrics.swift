import LinearAlgebra

#if canImport(Glibc)
import Glibc
#endif

/// Accuracy, area under the ROC curve and log-loss of predicted class
/// probabilities. Every function returns a finite number on any input,
/// including no rows or a single class (then AUC is 0.5).
public enum ClassificationMetrics {
  /// The share of rows whose most probable class (ties: the lowest class
  /// index) is the label; 0 with no rows.
  public static func accuracy(probabilities: DenseMatrix, labels: [Int]) -> Double {
    guard !labels.isEmpty else { return 0 }
    var correct = 0
    for r in labels.indices where predictedClass(probabilities, row: r) == labels[r] { correct += 1 }
    return Double(correct) / Double(labels.count)
  }

  /// The most probable class of a row; ties go to the lowest index.
  public static func predictedClass(_ probabilities: DenseMatrix, row: Int) -> Int {
    let c = probabilities.columns
    var best = 0
    for k in 1..<max(c, 1) where probabilities.storage[row * c + k] > probabilities.storage[row * c + best] {
      best = k
    }
    return best
  }

  /// The area under the ROC curve of scores for a binary outcome: the
  /// probability that a random positive scores above a random negative, ties
  /// counting one half (the Mann–Whitney U statistic, with mid-ranks); 0.5
  /// without both classes. The one AUC of the package: the demographic
  /// evaluation and the population accuracy table both use it.
  ///
  /// The numerator (a sum of mid-ranks less p(p+1)/2) is a whole or half
  /// number, so the result equals counting the pairs exactly.
  ///
  /// - Complexity: O(n log n).
  public static func areaUnderROC<Score: BinaryFloatingPoint>(scores: [Score], positives: [Bool]) -> Double {
    precondition(scores.count == positives.count, "one outcome per score")
    let order = scores.indices.sorted { scores[$0] < scores[$1] }
    var rankSum = 0.0
    var i = 0
    while i < order.count {
      var j = i
      while j + 1 < order.count && scores[order[j + 1]] == scores[order[i]] { j += 1 }
      let midRank = Double(i + j) / 2 + 1
      for t in i...j where positives[order[t]] { rankSum += midRank }
      i = j + 1
    }
    let p = Double(positives.filter { $0 }.count)
    let q = Double(positives.count) - p
    guard p > 0, q > 0 else { return 0.5 }
    return (rankSum - p * (p + 1) / 2) / (p * q)
  }

  /// The unweighted mean over classes of each class's one-versus-rest AUC
  /// (classes without both positives and negatives are left out; 0.5 when
  /// none is left).
  public static func macroAreaUnderROC(probabilities: DenseMatrix, labels: [Int]) -> Double {
    let c = probabilities.columns
    var total = 0.0
    var counted = 0
    for k in 0..<c {
      let positives = labels.map { $0 == k }
      let count = positives.filter { $0 }.count
      guard count > 0, count < labels.count else { continue }
      let scores = (0..<labels.count).map { probabilities.storage[$0 * c + k] }
      total += areaUnderROC(scores: scores, positives: positives)
      counted += 1
    }
    return counted > 0 ? total / Double(counted) : 0.5
  }

  /// The mean negative log-probability of the labels, with probabilities
  /// floored at 10⁻¹⁵; 0 with no rows.
  public static func logLoss(probabilities: DenseMatrix, labels: [Int]) -> Double {
    guard !labels.isEmpty else { return 0 }
    let c = probabilities.columns
    var total = 0.0
    for r in labels.indices {
      total -= log(max(Double(probabilities.storage[r * c + labels[r]]), 1e-15))
    }
    return total / Double(labels.count)
  }
}
