/// The result of reading an event log: the accepted events, ordered per
/// profile, and the summary of what was accepted, rejected and dropped.
public struct Ingestion: Sendable {
  /// The accepted events, grouped per profile and sorted by time.
  public let log: EventLog
  /// The counts and reasons, printable for a person.
  public let summary: IngestionSummary
}
