/// An age band: the one vocabulary of the whole package for scenario files,
/// the simulated population, MovieLens users and what the platform infers
/// (`under-18`, `18-24`, `25-34`, `35-44`, `45-54`, `55+`).
///
/// MovieLens 100K gives ages in years, which map through ``init(years:)``.
/// MovieLens 1M gives a code (``init(movieLens1MCode:)``): 1 (under 18) →
/// `under-18`, 18 (18–24) → `18-24`, 25 (25–34) → `25-34`, 35 (35–44) →
/// `35-44`, 45 (45–49) and 50 (50–55) → `45-54`, 56 (56+) → `55+`. Code 50
/// covers 50–55, so a 55-year-old 1M member is counted in `45-54`; that is
/// the only approximation.
public enum AgeBand: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
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

  /// The band of an age in whole years; `nil` for a negative age.
  public init?(years: Int) {
    switch years {
    case ..<0: return nil
    case ..<18: self = .under18
    case ..<25: self = .from18to24
    case ..<35: self = .from25to34
    case ..<45: self = .from35to44
    case ..<55: self = .from45to54
    default: self = .over55
    }
  }

  /// The band of a MovieLens 1M age code; `nil` for any other number.
  public init?(movieLens1MCode code: Int) {
    switch code {
    case 1: self = .under18
    case 18: self = .from18to24
    case 25: self = .from25to34
    case 35: self = .from35to44
    case 45, 50: self = .from45to54
    case 56: self = .over55
    default: return nil
    }
  }

  /// The ages in whole years a simulated person of this band is given (a
  /// date of birth, a MovieLens users file): the one age-to-years table.
  /// Every age in it maps back to this band through ``init(years:)``; the
  /// open-ended bands are cut at 13 and 75.
  public var years: ClosedRange<Int> {
    switch self {
    case .under18: 13...17
    case .from18to24: 18...24
    case .from25to34: 25...34
    case .from35to44: 35...44
    case .from45to54: 45...54
    case .over55: 55...75
    }
  }

  /// Youngest band first.
  public static func < (a: AgeBand, b: AgeBand) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
