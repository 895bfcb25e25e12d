import Scenarios

/// One thing a recipient received about a person: which contract field it
/// falls under, in which delivery, when it happened (raw events only) and
/// what it says.
public struct DeliveredItem: Sendable, Codable, Equatable, Hashable {
  /// The contract field.
  public let field: DataField
  /// The delivery it came in (0 = the first).
  public let delivery: Int
  /// When it happened, with the member's UTC offset (raw events only).
  public let time: String?
  /// What it says, in words (`played "Night Tide"`, a segment name, an
  /// address).
  public let value: String

  /// Creates an item.
  public init(field: DataField, delivery: Int, time: String?, value: String) {
    self.field = field
    self.delivery = delivery
    self.time = time
    self.value = value
  }
}
