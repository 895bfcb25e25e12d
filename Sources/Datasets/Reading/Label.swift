/// An outside identifier (a MovieLens user or movie id, a profile name):
/// any text, ordered numerically when both labels are whole numbers and
/// alphabetically otherwise, so `"9" < "10"` as a person expects.
public struct Label: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identifier as written.
  public let text: String
  /// The identifier's value when it is a whole number.
  public let number: Int64?

  /// Creates a label from its text.
  public init(_ text: String) {
    self.text = text
    self.number = Int64(text)
  }

  /// Creates a label from a string literal.
  public init(stringLiteral value: String) { self.init(value) }

  /// Creates a label from a whole number.
  public init(_ number: Int) {
    self.text = String(number)
    self.number = Int64(number)
  }

  /// The identifier as written.
  public var description: String { text }

  /// Numbers first in numeric order, then other text in byte order.
  public static func < (a: Label, b: Label) -> Bool {
    switch (a.number, b.number) {
    case let (x?, y?): return x < y
    case (.some, .none): return true
    case (.none, .some): return false
    case (.none, .none): return a.text < b.text
    }
  }

  /// Labels are equal when their text is.
  public static func == (a: Label, b: Label) -> Bool { a.text == b.text }

  /// Hashes the text.
  public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
