import Foundation

/// The time zone a viewing's country stands for, so that an export's UTC
/// times become the local times a person lived them in (an evening viewer
/// in Berlin watches at 20:00, not 19:00).
///
/// One zone per country: the country's own where it has one, its most
/// populous where it has several (then ``approximate`` says so — the
/// export's Country column does not say which part of the United States a
/// viewing was in).
enum CountryTimeZone {
  /// The zone of an ISO 3166-1 alpha-2 code, e.g. `DE` → `Europe/Berlin`.
  static func zone(country code: String) -> String? { single[code] ?? several[code] }

  /// Whether a country spans several zones, so its zone is a guess.
  static func approximate(country code: String) -> Bool { several[code] != nil }

  /// The country code at the start of the export's Country value
  /// (`DE (Germany)` → `DE`), if it is one.
  static func code(_ text: String) -> String? {
    let letters = text.trimmingCharacters(in: .whitespaces).prefix { $0.isLetter }
    guard letters.count == 2 else { return nil }
    return letters.uppercased()
  }

  /// The UTC offset in minutes of a zone at an instant, from the system's
  /// time zone database (`nil` when it does not know the zone).
  static func offsetMinutes(zone: String, at secondsSinceEpoch: Int64) -> Int? {
    TimeZone(identifier: zone).map { offsetMinutes(zone: $0, at: secondsSinceEpoch) }
  }

  /// The UTC offset in minutes of a loaded zone at an instant.
  static func offsetMinutes(zone: TimeZone, at secondsSinceEpoch: Int64) -> Int {
    zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch))) / 60
  }

  private static let single: [String: String] = [
    "AE": "Asia/Dubai", "AR": "America/Argentina/Buenos_Aires", "AT": "Europe/Vienna", "BE": "Europe/Brussels",
    "BG": "Europe/Sofia", "CH": "Europe/Zurich", "CL": "America/Santiago", "CN": "Asia/Shanghai",
    "CO": "America/Bogota", "CR": "America/Costa_Rica", "CY": "Asia/Nicosia", "CZ": "Europe/Prague",
    "DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "DO": "America/Santo_Domingo", "EE": "Europe/Tallinn",
    "EG": "Africa/Cairo", "ES": "Europe/Madrid", "FI": "Europe/Helsinki", "FR": "Europe/Paris",
    "GB": "Europe/London", "GR": "Europe/Athens", "HK": "Asia/Hong_Kong", "HR": "Europe/Zagreb",
    "HU": "Europe/Budapest", "IE": "Europe/Dublin", "IL": "Asia/Jerusalem", "IN": "Asia/Kolkata",
    "IS": "Atlantic/Reykjavik", "IT": "Europe/Rome", "JP": "Asia/Tokyo", "KE": "Africa/Nairobi",
    "KR": "Asia/Seoul", "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "LV": "Europe/Riga",
    "MA": "Africa/Casablanca", "MT": "Europe/Malta", "MY": "Asia/Kuala_Lumpur", "NG": "Africa/Lagos",
    "NL": "Europe/Amsterdam", "NO": "Europe/Oslo", "NZ": "Pacific/Auckland", "PE": "America/Lima",
    "PH": "Asia/Manila", "PK": "Asia/Karachi", "PL": "Europe/Warsaw", "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest", "RS": "Europe/Belgrade", "SA": "Asia/Riyadh", "SE": "Europe/Stockholm",
    "SG": "Asia/Singapore", "SI": "Europe/Ljubljana", "SK": "Europe/Bratislava", "TH": "Asia/Bangkok",
    "TR": "Europe/Istanbul", "TW": "Asia/Taipei", "UA": "Europe/Kyiv", "UY": "America/Montevideo",
    "VN": "Asia/Ho_Chi_Minh", "ZA": "Africa/Johannesburg",
  ]

  private static let several: [String: String] = [
    "AU": "Australia/Sydney", "BR": "America/Sao_Paulo", "CA": "America/Toronto", "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty", "MX": "America/Mexico_City", "RU": "Europe/Moscow", "US": "America/New_York",
  ]
}
