/// The variant a policy picked for one impression, and the probability it
/// had of picking it (logged as the impression's `propensity`, so the
/// policy's choices can later be evaluated off-policy).
public struct ArtworkChoice: Hashable, Sendable {
  /// The variant's position among the title's variants.
  public let variant: Int
  /// The probability the policy gave this variant, in (0, 1].
  public let propensity: Double

  /// Creates a choice.
  public init(variant: Int, propensity: Double) {
    self.variant = variant
    self.propensity = propensity
  }
}
