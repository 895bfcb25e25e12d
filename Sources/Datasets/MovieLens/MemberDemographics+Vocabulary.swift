extension MemberDemographics {
  /// An age band in the scenario vocabulary (`under-18`, `18-24`, `25-34`,
  /// `35-44`, `45-54`, `55+`); raw values match the scenario files' and the
  /// population's age bands, so values convert by `rawValue`.
  ///
  /// MovieLens 100K gives ages in years, which map directly. MovieLens 1M
  /// gives a code: 1 (under 18) → `under-18`, 18 (18–24) → `18-24`, 25 (25–34)
  /// → `25-34`, 35 (35–44) → `35-44`, 45 (45–49) and 50 (50–55) → `45-54`,
  /// 56 (56+) → `55+`. Code 50 covers 50–55, so a 55-year-old 1M member is
  /// counted in `45-54`; that is the only approximation.
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

    /// Youngest band first.
    public static func < (a: AgeBand, b: AgeBand) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  /// A gender as the MovieLens files record it (`F` or `M`); raw values match
  /// the scenario vocabulary (`female`, `male`).
  public enum Gender: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Recorded as `F`.
    case female
    /// Recorded as `M`.
    case male

    /// The gender of a MovieLens code (`F`/`M`, either case); `nil` otherwise.
    public init?(movieLensCode code: String) {
      switch code {
      case "F", "f": self = .female
      case "M", "m": self = .male
      default: return nil
      }
    }

    /// Female first.
    public static func < (a: Gender, b: Gender) -> Bool { a == .female && b == .male }
  }
}
