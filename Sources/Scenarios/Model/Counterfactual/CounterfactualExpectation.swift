/// An expectation checked by recomputing what the platform believes from
/// part of a profile's log: its first plays only (`after_plays` on `infer`
/// and `top_genres`) or all of it but some events (`reveals`). `glasshouse
/// run` checks them with module Counterfactual (Docs/ScenarioFormat.md,
/// Docs/Counterfactual.md).
public struct CounterfactualExpectation: Hashable, Sendable {
  /// What is expected.
  public enum Check: Hashable, Sendable {
    /// An `infer` or `top_genres` expectation, checked on the subject's log
    /// cut after its `plays`-th play (`play_start`).
    case afterPlays(plays: Int, check: Expectation.Check)
    /// What the platform concludes with all the subject's events holds, and
    /// without the events `filter` matches it does not (or, with
    /// `revealed` false, still does).
    case reveals(subject: Expectation.Subject, filter: String, claim: RevealedClaim, revealed: Bool)
  }

  /// What is expected.
  public var check: Check
  /// Where it is written.
  public var location: SourceLocation
  /// Where the `without` filter of a `reveals` expectation is written, so
  /// that a filter the catalog rejects is reported at its own line.
  public var filterLocation: SourceLocation?

  /// Creates an expectation.
  public init(check: Check, location: SourceLocation, filterLocation: SourceLocation? = nil) {
    self.check = check
    self.location = location
    self.filterLocation = filterLocation
  }
}
