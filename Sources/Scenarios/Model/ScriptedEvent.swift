/// An event written into the scenario to be replayed as it is (a persona
/// searching for a title on day 3, say). It is kept as raw fields here;
/// the event model checks them when the scenario runs.
public struct ScriptedEvent: Hashable, Sendable {
  /// Where the event is written.
  public var location: SourceLocation
  /// The event's fields as written.
  public var fields: [String: JSONValue]

  /// Creates a scripted event.
  public init(location: SourceLocation, fields: [String: JSONValue]) {
    self.location = location
    self.fields = fields
  }
}
