/// The running counts of one ingestion, and the checks that need more than
/// one line: duplicate event ids and a profile's account.
struct Tally {
  /// One line that did not make it into the log, for the rejects file.
  struct Rejection {
    var line: Int
    /// `"rejected"` or `"duplicate"`.
    var kind: String
    var field: String?
    var reason: String
  }

  let path: String
  private(set) var linesRead = 0
  private(set) var accepted = 0
  private(set) var rejected = 0
  private(set) var duplicates = 0
  private var firstLineOfID: StringTable
  private(set) var timelines = TimelineBuilder()
  private var byCategory: [String: Int] = [:]
  private var firstErrors: [EventLogError] = []
  private var duplicateSamples: [IngestionSummary.Duplicate] = []
  private var bySource = [Int](repeating: 0, count: SourceCategory.allCases.count)

  /// Creates a tally sized for about `expectedLines` lines (growing the id
  /// table while reading cost 7% of the time in the `ingestion` benchmarks).
  init(path: String, expectedLines: Int = 0) {
    self.path = path
    firstLineOfID = StringTable(capacity: min(expectedLines, 1 << 20))
  }

  /// Accepts a valid event unless its id was already accepted (a
  /// duplicate) or its profile belongs to another account (a rejection);
  /// returns whether it was accepted, and otherwise sets `lastRejection`
  /// (not returning an optional rejection saved 5% in the `ingestion`
  /// benchmarks).
  mutating func admit(_ event: consuming Event, line: Int, hashes: DecodedLine.Hashes) -> Bool {
    guard let rejection = admitOrReject(event, line: line, hashes: hashes) else { return true }
    lastRejection = rejection
    return false
  }

  /// The reason the last event `admit` refused was refused.
  private(set) var lastRejection: Rejection? = nil

  private mutating func admitOrReject(
    _ event: consuming Event, line: Int, hashes: DecodedLine.Hashes
  )
    -> Rejection?
  {
    linesRead += 1
    if let first = firstLineOfID.insert(event.id, hash: hashes.id, value: line) {
      duplicates += 1
      if duplicateSamples.count < IngestionSummary.sampleLimit {
        duplicateSamples.append(.init(id: event.id, line: line, firstLine: first))
      }
      return Rejection(
        line: line, kind: "duplicate", field: "id",
        reason: "\(path):\(line): field 'id': event id '\(event.id)' was already accepted on line "
          + "\(first); this copy is dropped")
    }
    let source = event.source.index
    let profile = event.profile
    let account = event.account
    if let owner = timelines.add(event, line: line, ownerHash: hashes.owner) {
      firstLineOfID.removeLast(hash: hashes.id)
      return record(
        .profileInTwoAccounts(
          path: path, line: line, profile: profile ?? "", account: account,
          firstAccount: owner.account, firstLine: owner.line))
    }
    accepted += 1
    bySource[source] += 1
    return nil
  }

  /// Counts an invalid line.
  mutating func reject(_ error: EventLogError) -> Rejection {
    linesRead += 1
    return record(error)
  }

  private mutating func record(_ error: EventLogError) -> Rejection {
    rejected += 1
    byCategory[error.category, default: 0] += 1
    if firstErrors.count < IngestionSummary.sampleLimit { firstErrors.append(error) }
    return Rejection(
      line: error.line ?? 0, kind: "rejected", field: error.field, reason: error.description)
  }

  /// The log of the accepted events; the tally keeps only its counts.
  mutating func takeLog() -> EventLog {
    let builder = timelines
    timelines = TimelineBuilder()
    return EventLog(builder)
  }

  func summary(rejectsPath: String?, log: EventLog, seconds: Double) -> IngestionSummary {
    IngestionSummary(
      path: path, rejectsPath: rejectsPath, linesRead: linesRead, accepted: accepted,
      rejected: rejected, duplicates: duplicates, rejectionsByCategory: byCategory,
      firstRejections: firstErrors, firstDuplicates: duplicateSamples,
      acceptedBySource: Dictionary(
        uniqueKeysWithValues: SourceCategory.allCases.map { ($0, bySource[$0.index]) }),
      profiles: log.timelines.filter { $0.key.profile != nil }.count,
      accounts: Set(log.timelines.map(\.key.account)).count,
      reordered: log.reorderedCount, seconds: seconds)
  }
}
