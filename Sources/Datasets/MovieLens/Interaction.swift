/// One observed (user, title, value, time) record: a rating, a play count,
/// or a signal strength.
public struct Interaction: Sendable, Equatable {
  /// Who.
  public var user: Label
  /// Which title.
  public var item: Label
  /// The observed value (stars, minutes, a signal strength).
  public var value: Float
  /// Seconds since 1970-01-01 UTC; 0 when the file has no timestamps.
  public var timestamp: Int64

  /// Creates a record.
  public init(user: Label, item: Label, value: Float, timestamp: Int64 = 0) {
    self.user = user
    self.item = item
    self.value = value
    self.timestamp = timestamp
  }
}
