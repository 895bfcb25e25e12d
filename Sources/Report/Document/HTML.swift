/// A piece of markup that is safe to place in the report: text enters only
/// through ``init(text:)``, which escapes it, so a scenario, persona or title
/// name can never open a tag, close an attribute or start a script.
///
/// Elements are built with ``element(_:_:_:)``, whose attribute values are
/// escaped too; only the report's own constant markup (the stylesheet, the
/// document type) uses ``init(trusted:)``.
struct HTML: Sendable, Equatable {
  /// The markup.
  private(set) var markup: String

  /// Markup written by the report itself (never from input).
  init(trusted markup: String) { self.markup = markup }

  /// Escaped text.
  init(text: String) { self.markup = Self.escape(text) }

  /// No markup.
  static let empty = HTML(trusted: "")

  /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe as element
  /// content and inside a quoted attribute value, in HTML and in XML; control
  /// characters other than tab and newline (not allowed in XML) become U+FFFD.
  ///
  /// - Complexity: O(n) in the length of `text`.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      case "\r": out += " "
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value) {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// An element with attributes (written in the order given, values escaped)
  /// and content.
  static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: HTML...) -> HTML {
    element(name, attributes: attributes.map { ($0.key, $0.value) }, content)
  }

  /// An element with attributes (in the order given, values escaped) and a
  /// list of children.
  static func element(_ name: String, _ attributes: KeyValuePairs<String, String>, _ content: [HTML]) -> HTML {
    element(name, attributes: attributes.map { ($0.key, $0.value) }, content)
  }

  /// An element with a computed attribute list (in order, values escaped)
  /// and children.
  static func element(_ name: String, attributes: [(String, String)], _ content: [HTML]) -> HTML {
    var out = "<" + name
    for (key, value) in attributes { out += " \(key)=\"\(escape(value))\"" }
    out += ">"
    for child in content { out += child.markup }
    out += "</\(name)>"
    return HTML(trusted: out)
  }

  /// An element with no content, written self-closing (`<rect … />`) so the
  /// document parses as XML too.
  static func void(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) -> HTML {
    void(name, attributes: attributes.map { ($0.key, $0.value) })
  }

  /// A self-closing element with a computed attribute list.
  static func void(_ name: String, attributes: [(String, String)]) -> HTML {
    var out = "<" + name
    for (key, value) in attributes { out += " \(key)=\"\(escape(value))\"" }
    return HTML(trusted: out + "/>")
  }

  /// Appends markup.
  static func + (a: HTML, b: HTML) -> HTML { HTML(trusted: a.markup + b.markup) }

  /// Appends markup in place.
  static func += (a: inout HTML, b: HTML) { a.markup += b.markup }
}

extension Array where Element == HTML {
  /// The pieces one after another.
  var joined: HTML { HTML(trusted: map(\.markup).joined()) }
}
