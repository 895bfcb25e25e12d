import Artwork
import Catalog

/// Why a profile is shown a variant of a title, for a person to read: the
/// LinUCB explanation (each feature's part in the chosen variant's score)
/// and, for each feature that comes from the profile's history, the past
/// titles behind it, strongest feedback first.
public struct ArtworkEvidence: Sendable {
  /// The policy's explanation.
  public let explanation: ArtworkExplanation
  /// The variant chosen.
  public let variant: ArtworkVariant
  /// Per contribution of ``explanation`` (same order), up to five past
  /// titles (catalog indices) behind its context value; empty for tag-only
  /// and situation features.
  public let evidence: [[Int]]
  let titleNames: [String]

  /// The features that pushed the chosen variant ahead of the runner-up
  /// most, with the past titles behind them: "comic tone × your share of
  /// comic-cued genres (+0.031; from Title A, Title B)".
  public func reasons(_ count: Int = 3) -> [String] {
    zip(explanation.contributions, evidence).filter { $0.0.advantage > 0 }.prefix(count).map {
      contribution, titles in
      let amount = (contribution.advantage * 10_000).rounded() / 10_000
      let from = titles.isEmpty ? "" : "; from " + titles.map { titleNames[$0] }.joined(separator: ", ")
      return "\(contribution.name) (+\(amount)\(from))"
    }
  }
}
