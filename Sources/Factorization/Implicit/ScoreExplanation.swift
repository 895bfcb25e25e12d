/// Why the model scores a title as it does for one user: the exact split of
/// the score into contributions of the titles the user interacted with
/// (Hu, Koren and Volinsky 2008, section 5).
///
/// With `W = (YᵀCᵘY + λI)⁻¹`, the user's factors are `x = W Σⱼ cⱼ pⱼ yⱼ`, so
/// the score of title i is `yᵢᵀx = Σⱼ cⱼ pⱼ (yᵢᵀ W yⱼ)`: a sum over the
/// user's own titles, each weighted by its confidence and by how similar it
/// is to i *in this user's eyes* (the similarity goes through W, which
/// depends on everything the user watched).
public struct ScoreExplanation: Sendable, Equatable {
  /// One past title's share of the score.
  public struct Contribution: Sendable, Equatable {
    /// The past title's index.
    public let item: Int
    /// Its additive contribution `cⱼ pⱼ yᵢᵀ W yⱼ` to the score.
    public let amount: Float
    /// `amount` as a share of the sum of positive contributions (0…1; 0
    /// for negative contributions).
    public let share: Float
  }

  /// The explained title.
  public let item: Int
  /// The score `yᵢᵀx` with `x` the exact solve from the interactions; equal
  /// to the sum of all contributions.
  public let score: Float
  /// The contributions, largest first (ties by title index).
  public let contributions: [Contribution]

  /// The `count` largest positive contributions, as a teacher would read
  /// them: "because you watched A (41%), B (22%)".
  public func topContributors(_ count: Int) -> [Contribution] {
    Array(contributions.filter { $0.amount > 0 }.prefix(count))
  }
}
