import Catalog

/// Why a linear artwork policy picks a variant for a profile: the score of
/// every variant, and the chosen variant's estimated reward split into the
/// contributions `θ_f φ_f` of its features: the variant's tags on their
/// own and crossed with what the platform knows of the profile.
public struct ArtworkExplanation: Sendable {
  /// One feature's part in the chosen variant's estimated reward.
  public struct Contribution: Sendable, Equatable {
    /// The feature's position in ``ArtworkFeatures``, or
    /// ``ArtworkFeatures/count`` for the profile's own response to the
    /// variant's tone (hybrid LinUCB's per-profile part).
    public let feature: Int
    /// What the feature is, in words (`"comic tone × your share of
    /// comic-cued genres"`).
    public let name: String
    /// Its value φ_f for this context and variant.
    public let value: Double
    /// The learned weight θ_f.
    public let weight: Double
    /// `θ_f φ_f`.
    public let amount: Double
    /// `θ_f (φ_f − φ_f of the runner-up)`: how much this feature pushed
    /// the chosen variant ahead of the next best (0 with one variant).
    public let advantage: Double
    /// Whether the feature crosses a tag with the context or is the
    /// profile's own response to the tone (the personalised part) rather
    /// than a tag alone.
    public let isInteraction: Bool
  }

  /// The title.
  public let title: Int
  /// The chosen variant (the best score; the lowest on ties).
  public let variant: Int
  /// The best-scoring other variant with different features (any other
  /// when all look alike), if the title has more than one.
  public let runnerUp: Int?
  /// Per variant, the estimated reward `θᵀφ`.
  public let means: [Double]
  /// Per variant, the exploration bonus (`α √(φᵀA⁻¹φ)` for LinUCB).
  public let bonuses: [Double]
  /// The chosen variant's nonzero contributions, largest |advantage|
  /// first (ties by feature).
  public let contributions: [Contribution]
  /// The summed advantage of the context·tag interaction features and the
  /// profile's own response: above 0 when what the platform knows of the
  /// profile pushed the choice toward this variant.
  public var interactionAdvantage: Double {
    contributions.filter(\.isInteraction).reduce(0) { $0 + $1.advantage }
  }
  /// The context explained.
  public let context: ArtworkContext

  init(
    index: ArtworkIndex, title: Int, context: ArtworkContext, chosen: Int, arms: ArmFeatureMatrix,
    theta: [Double], personal: [Double]? = nil, means: [Double], bonuses: [Double]
  ) {
    self.title = title
    self.variant = chosen
    self.means = means
    self.bonuses = bonuses
    self.context = context
    let scores = zip(means, bonuses).map { $0 + $1 }
    let phi = arms.row(chosen)
    // The best other variant that looks different to the policy (a
    // variant with the same tags would explain nothing).
    let others = scores.indices.filter { $0 != chosen }
    let distinct = others.filter { arms.row($0) != phi }
    let runnerUp = (distinct.isEmpty ? others : distinct).max { scores[$0] < scores[$1] }
    self.runnerUp = runnerUp
    let other = runnerUp.map { arms.row($0) } ?? phi
    let names = ArtworkFeatures.names(index: index, slot: index.slot(title: title, variant: chosen), context: context)
    var contributions = phi.indices.compactMap { f -> Contribution? in
      guard phi[f] != 0 || other[f] != 0 else { return nil }
      return Contribution(
        feature: f, name: names[f], value: phi[f], weight: theta[f], amount: theta[f] * phi[f],
        advantage: theta[f] * (phi[f] - other[f]),
        isInteraction: f >= ArtworkFeatures.firstInteraction)
    }
    let slot = index.slot(title: title, variant: chosen)
    let tone = index.toneOfSlot[slot]
    let otherTone = runnerUp.map { index.toneOfSlot[index.slot(title: title, variant: $0)] } ?? tone
    if let personal, personal.count == ArtworkFeatures.toneCount, personal[tone] != 0 || personal[otherTone] != 0 {
      let name = ArtworkTone.allCases[tone].rawValue
      contributions.append(
        Contribution(
          feature: ArtworkFeatures.count, name: "your own response to \(name) images", value: 1,
          weight: personal[tone], amount: personal[tone], advantage: personal[tone] - personal[otherTone],
          isInteraction: true))
    }
    self.contributions = contributions.sorted { abs($0.advantage) != abs($1.advantage) ? abs($0.advantage) > abs($1.advantage) : $0.feature < $1.feature }
  }
}
