import Datasets
import Events

/// The implicit-feedback value of each (profile, title) pair, with what
/// each signal contributed: the input of implicit ALS.
///
/// Values can be negative (a thumbs-down, an abandoned playback): the
/// factorization reads them as negative preference.
public struct ImplicitFeedback: Sendable {
  /// One (profile, title) pair.
  public struct Entry: Hashable, Sendable {
    /// The profile id.
    public let profile: Label
    /// The title id.
    public let title: Label
    /// The sum of the contributions.
    public let value: Float
    /// What each signal kind added, after recency decay.
    public let contributions: [SignalKind: Float]
  }

  /// The pairs with at least one signal, by profile then title.
  public let entries: [Entry]
  /// The instant recency decay is measured from.
  public let referenceTime: Timestamp?

  /// The pairs with a non-zero value as triples, ready for
  /// `LabeledSparseMatrix(triples:)` (rows are profiles, columns titles).
  public var triples: [(profile: Label, title: Label, value: Float)] {
    entries.filter { $0.value != 0 }.map { ($0.profile, $0.title, $0.value) }
  }

  /// The entry of a pair, if it has one.
  ///
  /// - Complexity: O(n); for reports and tests, not inner loops.
  public func entry(profile: Label, title: Label) -> Entry? {
    entries.first { $0.profile == profile && $0.title == title }
  }
}
