/// One record in the platform's event log: who (account, profile), when
/// (with the member's UTC offset), and what (``EventPayload``).
///
/// Stored as one JSON object per line; see Docs/EventLog.md for the
/// schema (version ``Event/schemaVersion``).
public struct Event: Hashable, Sendable {
  /// The schema version this code reads and writes (`"v"` on the wire).
  public static let schemaVersion = 1

  /// A unique id; a repeated id is dropped at ingestion.
  public var id: String
  /// When it happened, with the UTC offset of the member's device.
  public var timestamp: Timestamp
  /// The account it belongs to.
  public var account: String
  /// The profile it belongs to; `nil` for account-level events.
  public var profile: String?
  /// What happened.
  public var payload: EventPayload

  /// Creates an event.
  public init(
    id: String, timestamp: Timestamp, account: String, profile: String?, payload: EventPayload
  ) {
    self.id = id
    self.timestamp = timestamp
    self.account = account
    self.profile = profile
    self.payload = payload
  }

  /// The event's type.
  public var type: EventType { payload.type }

  /// The event's source category, fixed by its type.
  public var source: SourceCategory { payload.type.source }
}
