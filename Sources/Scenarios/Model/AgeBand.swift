/// An age band as MovieLens 100K groups its users (and as the platform's
/// inference reports them).
public enum AgeBand: String, Sendable, CaseIterable {
  /// Under 18.
  case under18 = "under-18"
  /// 18 to 24.
  case from18to24 = "18-24"
  /// 25 to 34.
  case from25to34 = "25-34"
  /// 35 to 44.
  case from35to44 = "35-44"
  /// 45 to 54.
  case from45to54 = "45-54"
  /// 55 and over.
  case over55 = "55+"
}
