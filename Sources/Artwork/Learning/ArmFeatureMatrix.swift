/// The feature vectors φ(context, variant) of every variant of one title,
/// row by row: what a linear policy scores for one decision.
struct ArmFeatureMatrix {
  /// The number of variants.
  let arms: Int
  /// `arms × ArtworkFeatures.count`, row-major.
  var values: [Double]

  init(index: ArtworkIndex, title: Int, context: ArtworkContext) {
    let d = ArtworkFeatures.count
    let arms = index.variantCount(of: title)
    self.arms = arms
    var values = [Double](repeating: 0, count: arms * d)
    values.withUnsafeMutableBufferPointer { buffer in
      for arm in 0..<arms {
        ArtworkFeatures.fill(
          UnsafeMutableBufferPointer(rebasing: buffer[(arm * d)..<((arm + 1) * d)]),
          context: context, index: index, slot: index.slot(title: title, variant: arm))
      }
    }
    self.values = values
  }

  /// Calls `body` with one arm's features.
  func withRow<R>(_ arm: Int, _ body: (UnsafeBufferPointer<Double>) -> R) -> R {
    let d = ArtworkFeatures.count
    return values.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(arm * d)..<((arm + 1) * d)])) }
  }

  /// One arm's features as an array.
  func row(_ arm: Int) -> [Double] {
    let d = ArtworkFeatures.count
    return Array(values[(arm * d)..<((arm + 1) * d)])
  }
}
