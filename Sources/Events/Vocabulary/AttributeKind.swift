/// What a partner record says about the member.
public enum AttributeKind: String, CaseIterable, Hashable, Sendable {
  /// Age band, household size, income band and similar.
  case demographic = "demographic"
  /// Inferred interests (cooking, football, ...).
  case interest = "interest"
  /// Sites or apps visited elsewhere.
  case browsing = "browsing"
  /// Network or device details.
  case technical = "technical"
}
