/// What happened to each line of an event log file.
///
/// Every line read is exactly one of: accepted, rejected (invalid; see the
/// rejects file for the reason) or a duplicate (a valid event whose id was
/// already accepted, dropped). So `linesRead == accepted + rejected +
/// duplicates`, always; ``description`` states the sum.
public struct IngestionSummary: Sendable, CustomStringConvertible {
  /// A dropped duplicate: its id, its line and the line first accepted.
  public struct Duplicate: Hashable, Sendable {
    /// The repeated event id.
    public let id: String
    /// The line of the dropped copy.
    public let line: Int
    /// The line of the accepted one.
    public let firstLine: Int
  }

  /// How many rejections and duplicates are kept as examples.
  public static let sampleLimit = 10

  /// The file read.
  public let path: String
  /// The rejects file written, if any.
  public let rejectsPath: String?
  /// Lines read, including empty and invalid ones.
  public let linesRead: Int
  /// Events accepted into the log.
  public let accepted: Int
  /// Invalid lines rejected.
  public let rejected: Int
  /// Valid lines dropped because their event id was already accepted.
  public let duplicates: Int
  /// Rejections counted by ``EventLogError/category``.
  public let rejectionsByCategory: [String: Int]
  /// The first rejections, in file order (up to ``sampleLimit``).
  public let firstRejections: [EventLogError]
  /// The first duplicates, in file order (up to ``sampleLimit``).
  public let firstDuplicates: [Duplicate]
  /// Accepted events per source category.
  public let acceptedBySource: [SourceCategory: Int]
  /// Profiles with at least one event.
  public let profiles: Int
  /// Accounts with at least one event.
  public let accounts: Int
  /// Accepted events that came after a later event of the same profile in
  /// the file and were put back in time order.
  public let reordered: Int
  /// Wall-clock time of the ingestion in seconds (not part of
  /// ``description``, which is deterministic).
  public let seconds: Double

  /// Whether the counts add up (they always should).
  public var isBalanced: Bool { linesRead == accepted + rejected + duplicates }

  /// A report for a person, several lines long.
  public var description: String {
    var lines: [String] = []
    lines.append(
      "\(path): \(linesRead) lines read = \(accepted) accepted + \(rejected) rejected + "
        + "\(duplicates) duplicates" + (isBalanced ? "" : "  (THE COUNTS DO NOT ADD UP: a bug)"))
    lines.append(
      "  every line is counted once: accepted into the log, rejected as invalid, or dropped "
        + "because its event id was already accepted")
    if rejected + duplicates > 0 {
      if let rejectsPath {
        lines.append("  rejected and duplicate lines, each with its reason: \(rejectsPath)")
      }
    }
    if !rejectionsByCategory.isEmpty {
      let reasons = rejectionsByCategory.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
      lines.append("  rejections by reason: \(reasons)")
      lines.append("  first rejections:")
      lines += firstRejections.map { "    \($0)" }
    }
    if !firstDuplicates.isEmpty {
      let shown = firstDuplicates.map {
        "'\($0.id)' on line \($0.line) (first on line \($0.firstLine))"
      }
      lines.append(
        "  duplicate event ids dropped: " + shown.joined(separator: ", ")
          + (duplicates > firstDuplicates.count ? ", …" : ""))
    }
    let sources = SourceCategory.allCases.map {
      "\($0.rawValue) \(acceptedBySource[$0, default: 0])"
    }
    lines.append("  accepted by source: " + sources.joined(separator: ", "))
    lines.append(
      "  \(profiles) profiles in \(accounts) accounts; \(reordered) events arrived out of time "
        + "order and were put in order per profile")
    return lines.joined(separator: "\n")
  }
}
