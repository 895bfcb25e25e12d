import Events

/// The result of reading an export: the events in time order, the rows
/// rejected, and the summary.
public struct NetflixImport: Sendable {
  /// The events, in time order (file order for equal instants).
  public let events: [Event]
  /// The rows that did not become events, in file order.
  public let rejects: [RowReject]
  /// What was read and made of it.
  public let summary: ImportSummary
}
