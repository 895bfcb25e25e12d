/// How an observed signal becomes a confidence weight in implicit ALS.
public enum ConfidenceConvention: String, Sendable, CaseIterable {
  /// Hu, Koren and Volinsky 2008: `c = 1 + α·r`.
  case paper
  /// The `implicit` library: `c = α·r`.
  case implicit
}
