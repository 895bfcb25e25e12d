/// A kind of data a recipient's contract can include. Each names what a
/// privacy statement would list: what was watched, the segments a person is
/// sold under, where they are, which identifiers travel with the record.
public enum DataField: String, CaseIterable, Hashable, Sendable, Codable {
  /// Plays: which title, when (play starts and completions).
  case viewing
  /// Explicit ratings.
  case ratings
  /// Search queries as typed.
  case searches
  /// Titles shared through messaging apps, the clicks on the shared links
  /// and where those clicks came from.
  case referrals
  /// Interest and purchase-intent segments (`Interest > Movies > Horror`).
  case segments
  /// Age band and gender, held or inferred (`Demographic > Age Range`, …).
  case demographics
  /// The region a person's sessions come from (geo-IP, coarse).
  case region
  /// The IP address of each session (precise: a household).
  case ip
  /// The device id of each session (a stable advertising identifier).
  case deviceID = "device_id"
  /// The kind of device (`tv`, `phone`, …) and its operating system.
  case deviceType = "device_type"
  /// A hash of the account's email address (the usual key for matching
  /// records across companies).
  case emailHash = "email_hash"

  /// Whether the field is an identifier that the same person carries to
  /// other services: email hash, device id, IP address.
  public var isCrossServiceIdentifier: Bool {
    self == .emailHash || self == .deviceID || self == .ip
  }
}
