/// An age rating in the style of the US film ratings, used to decide what a
/// kids' profile may be shown.
public enum MaturityRating: String, Sendable, CaseIterable, Comparable {
  /// General audiences.
  case g = "G"
  /// Parental guidance suggested.
  case pg = "PG"
  /// Parents strongly cautioned; some material unsuitable under 13.
  case pg13 = "PG-13"
  /// Restricted: under 17 with a parent.
  case r = "R"
  /// Adults only.
  case nc17 = "NC-17"
  /// Not rated.
  case unrated = "NR"

  /// Orders ratings from most to least suitable for children (`G` first,
  /// `NR` last, since an unrated title cannot be assumed suitable).
  public static func < (a: MaturityRating, b: MaturityRating) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
