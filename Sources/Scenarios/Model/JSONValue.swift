/// A JSON-compatible value: what a scripted event holds until the event
/// model validates it.
public enum JSONValue: Hashable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A whole number.
  case integer(Int)
  /// A number with a fraction.
  case number(Double)
  /// Text.
  case string(String)
  /// A list.
  case array([JSONValue])
  /// An object with text keys.
  case object([String: JSONValue])

  /// The text, when this is a string.
  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }
}
