/// The maturity setting of a profile: the most mature titles it may show.
public enum MaturityLevel: String, CaseIterable, Hashable, Sendable {
  /// Titles for young children only.
  case littleKids = "little_kids"
  /// Titles for children up to about 12.
  case olderKids = "older_kids"
  /// Titles for teenagers.
  case teens = "teens"
  /// All titles.
  case adults = "adults"
}
