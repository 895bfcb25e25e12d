import Events

/// A profile's `Maturity Level` as an export writes it, as Glasshouse's
/// ``MaturityLevel``. Netflix writes a number (`1000000` is "all maturity
/// ratings"); the kids' levels are small numbers. The thresholds below are
/// this project's reading, not a published table (Docs/NetflixExport.md):
/// up to 50 little kids, up to 80 older kids, up to 110 teens, above that
/// all titles. Words (`LITTLE_KIDS`, `Older Kids`, `Teens`, `All`) are
/// read too; an empty field is Netflix's default, all titles.
public enum MaturitySetting {
  /// The level a field names, or `nil` when it is neither a number nor a
  /// known word.
  public static func level(_ text: String) -> MaturityLevel? {
    let value = text.trimmedField.lowercased()
    if value.isEmpty { return .adults }
    if let number = Int(value) {
      switch number {
      case ..<0: return nil
      case 0...50: return .littleKids
      case 51...80: return .olderKids
      case 81...110: return .teens
      default: return .adults
      }
    }
    if value.contains("little") { return .littleKids }
    if value.contains("older") || value.contains("kid") { return .olderKids }
    if value.contains("teen") { return .teens }
    if value.contains("all") || value.contains("adult") || value.contains("mature") { return .adults }
    return nil
  }

  /// The number the export writer gives a level.
  public static func written(_ level: MaturityLevel) -> String {
    switch level {
    case .littleKids: return "50"
    case .olderKids: return "80"
    case .teens: return "110"
    case .adults: return "1000000"
    }
  }
}
