/// A gender: the one vocabulary of the whole package for scenario files,
/// the simulated population, MovieLens users and what the platform infers.
///
/// MovieLens records only `F` and `M` (``init(movieLensCode:)``); scenario
/// personas and crowds may also be `nonbinary`.
public enum Gender: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// Female; MovieLens `F`.
  case female
  /// Male; MovieLens `M`.
  case male
  /// Non-binary (not a MovieLens code).
  case nonbinary

  /// The gender of a MovieLens code (`F`/`M`, either case); `nil` otherwise.
  public init?(movieLensCode code: String) {
    switch code {
    case "F", "f": self = .female
    case "M", "m": self = .male
    default: return nil
    }
  }

  /// In declaration order: female, male, non-binary.
  public static func < (a: Gender, b: Gender) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
