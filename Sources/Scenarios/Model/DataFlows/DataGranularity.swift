/// How detailed the records a recipient receives are.
public enum DataGranularity: String, CaseIterable, Hashable, Sendable, Codable {
  /// Every event of the contract's fields, per person, with its time.
  case rawEvents = "raw_events"
  /// Per person, the advertising segments the platform computed.
  case segments
  /// Counts over groups of people, never below the contract's minimum
  /// group size; no per-person records.
  case aggregate
}
