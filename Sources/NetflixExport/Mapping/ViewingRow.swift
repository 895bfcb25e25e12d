import Events

/// One row of `ViewingActivity.csv`, read: who watched what, when, for
/// how long, up to which position, on which device, from where — and
/// whether it was viewing at all.
struct ViewingRow {
  /// What the row is.
  enum Kind: Equatable {
    /// The member watched the title.
    case viewing
    /// A trailer, teaser, hook, recap or other supplemental video, by type.
    case supplemental(String)
    /// A title that played by itself on the home page, nobody touching the
    /// remote, for under two minutes.
    case autoplayPreview
  }

  let profileName: String
  let start: Timestamp
  /// Seconds watched.
  let duration: Double
  /// The title as written.
  let title: String
  /// The position reached, when the row says.
  let bookmark: Double?
  /// The device as the export names it (empty when it does not).
  let device: String
  /// The country code, as written.
  let country: String
  let kind: Kind

  /// The longest an autoplay with no user action may run and still be a
  /// preview rather than an episode left to play on.
  static let previewLimit = 120.0

  init(_ row: ExportRow) throws(RowProblem) {
    profileName = try row.required("Profile Name")
    start = try row.timestamp("Start Time")
    duration = try row.duration("Duration")
    title = try row.required("Title")
    bookmark = try row.optionalDuration("Bookmark")
    device = row.text("Device Type")
    country = row.text("Country")
    let supplemental = row.text("Supplemental Video Type")
    let attributes = PlaybackAttributes(row.text("Attributes"))
    if !supplemental.isEmpty {
      kind = .supplemental(supplemental.uppercased())
    } else if let guessed = Self.supplementalKind(ofTitle: title) {
      kind = .supplemental(guessed)
    } else if attributes.noUserAction && duration < Self.previewLimit {
      kind = .autoplayPreview
    } else {
      kind = .viewing
    }
  }

  /// A supplemental video recognised by its title when the type column is
  /// empty (`Season 1 Trailer: Show`, `Show_hook_primary_16x9`, `Clip: …`).
  static func supplementalKind(ofTitle title: String) -> String? {
    let lower = title.lowercased()
    if lower.contains("_hook_") || lower.hasSuffix("_hook") { return "HOOK" }
    let head = lower.split(separator: ":").first.map(String.init) ?? lower
    if head.hasSuffix("trailer") || head == "trailer" { return "TRAILER" }
    if head.hasSuffix("teaser") { return "TEASER_TRAILER" }
    if head.hasSuffix("clip") { return "CLIP" }
    if head.hasSuffix("recap") { return "RECAP" }
    return nil
  }

  /// The position playback started from: the bookmark less the time
  /// watched, or 0.
  var startPosition: Double { bookmark.map { max(0, $0 - duration) } ?? 0 }

  /// The position playback stopped at.
  var endPosition: Double { bookmark ?? duration }
}
