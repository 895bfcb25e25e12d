import Yams

/// Reads values out of a composed YAML (or JSON) document, checking shapes,
/// ranges and keys, and collecting every problem with its line and column
/// instead of stopping at the first.
///
/// A reader is used by one parse on one thread and then discarded; it is a
/// class only so that the helpers can share the list of issues.
package final class DocumentReader {
  /// The document's path, for messages.
  package let path: String
  /// The problems found so far, in the order they were found.
  package private(set) var issues: [DocumentIssue] = []

  /// Creates a reader for a document at a path.
  package init(path: String) { self.path = path }

  /// Parses YAML or JSON text into its node tree with marks, reporting a
  /// syntax issue (and returning `nil`) when it is not valid; an empty
  /// document gives a null scalar.
  package func compose(_ text: String) -> Node? {
    do {
      return try Yams.compose(yaml: text) ?? Node("", Tag(.null))
    } catch let error as YamlError {
      switch error {
      case .scanner(let context, let problem, let mark, _),
        .parser(let context, let problem, let mark, _),
        .composer(let context, let problem, let mark, _):
        let detail = context.map { "\(problem) (\($0.text))" } ?? problem
        report(.syntax(problem: detail), line: mark.line, column: mark.column)
      case .duplicatedKeysInMapping(let duplicates, let context):
        // Yams gathers the duplicates in a Dictionary and reports one in
        // that dictionary's order, which changes from one read to the next,
        // and names a non-scalar key "<uncovertable>". Report the same one
        // every time: the scalar key whose second occurrence comes first in
        // the text, at that occurrence.
        let names = Array(Set(duplicates.filter { $0 != "<uncovertable>" })).sorted()
        let found = names.compactMap { name in Self.secondOccurrence(of: name, in: text).map { (name, $0) } }
          .min { ($0.1.line, $0.1.column, $0.0) < ($1.1.line, $1.1.column, $1.0) }
        if let (name, at) = found {
          report(.duplicate(what: "key", name: name), line: at.line, column: at.column)
        } else {
          report(
            .duplicate(what: "key", name: names.first ?? "a list or mapping used as a key"),
            line: names.isEmpty ? context.mark.line : 1, column: names.isEmpty ? context.mark.column : 1)
        }
      case .reader(let problem, _, _, _):
        report(.syntax(problem: problem), line: 1, column: 1)
      default:
        report(.syntax(problem: "\(error)"), line: 1, column: 1)
      }
      return nil
    } catch {
      report(.syntax(problem: "\(error)"), line: 1, column: 1)
      return nil
    }
  }

  /// Where a key is written for the second time in YAML or JSON text
  /// (`name:` or `"name":`, plain or quoted), as line and column from 1.
  ///
  /// - Complexity: O(text).
  package static func secondOccurrence(of name: String, in text: String) -> (line: Int, column: Int)? {
    let forms = [name + ":", "\"" + name + "\":", "'" + name + "':"]
    var seen = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let characters = Array(line)
      var column = 0
      while column < characters.count {
        // A key starts a line's content or follows `{`, `,`, `- ` or space.
        let before = column == 0 ? " " : characters[column - 1]
        if before == " " || before == "{" || before == "," || before == "\t" {
          for form in forms where characters.count - column >= form.count
            && String(characters[column..<(column + form.count)]) == form {
            seen += 1
            if seen == 2 { return (index + 1, column + 1) }
          }
        }
        column += 1
      }
    }
    return nil
  }

  // MARK: Reporting

  /// Records an issue at a node's position (line 1, column 1 when the node
  /// has no mark).
  package func report(_ kind: DocumentIssue.Kind, at node: Node?) {
    let mark = node?.mark
    report(kind, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  /// Records an issue at a line and column.
  package func report(_ kind: DocumentIssue.Kind, line: Int, column: Int) {
    issues.append(DocumentIssue(path: path, line: line, column: column, kind: kind))
  }

  /// Records issues found elsewhere (another reader's, for an included
  /// part).
  package func append(_ other: [DocumentIssue]) { issues.append(contentsOf: other) }

  /// How a node reads in a message: `a mapping`, `a list`, `nothing (null)`
  /// or the scalar's text in quotes.
  package static func describe(_ node: Node) -> String {
    switch node {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let scalar):
      if isNull(node) { return "nothing (null)" }
      return "'\(abbreviated(scalar.string))'"
    }
  }

  /// Whether a node is a null scalar (`~`, `null` or nothing at all).
  package static func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node else { return false }
    return node.tag.rawValue == Tag.Name.null.rawValue
      || (scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string))
  }

  // MARK: Containers

  /// The entries of a mapping whose keys are checked against a key set:
  /// unknown keys (with a suggestion), duplicate keys and missing required
  /// keys are reported. Returns `nil` when the node is not a mapping.
  package func mapping(_ node: Node, _ keys: KeySet, field: String) -> DocumentMapping? {
    guard let entries = entries(node, field: field, expected: "a mapping (\(keys.context))")
    else { return nil }
    let allowed = Set(keys.all)
    let context = field.isEmpty ? keys.context : "'\(field)' (\(keys.context))"
    var accepted: [(key: String, keyNode: Node, value: Node)] = []
    for entry in entries {
      if allowed.contains(entry.key) {
        accepted.append(entry)
      } else {
        report(
          .unknownKey(
            key: entry.key, context: context,
            suggestion: Suggestion.closest(to: entry.key, among: keys.all)),
          at: entry.keyNode)
      }
    }
    let mapping = DocumentMapping(node: node, field: field, entries: accepted)
    for key in keys.required where !mapping.contains(key) {
      report(.missingKey(key: key, context: context), at: node)
    }
    return mapping
  }

  /// The entries of a mapping with free-form keys (genre names, event
  /// fields), in document order; duplicate keys are reported. Returns `nil`
  /// when the node is not a mapping.
  package func entries(
    _ node: Node, field: String, expected: String = "a mapping"
  ) -> [(key: String, keyNode: Node, value: Node)]? {
    guard case .mapping(let mapping) = node else {
      report(.wrongType(field: fieldName(field), expected: expected, found: Self.describe(node)), at: node)
      return nil
    }
    var seen = Set<String>()
    var result: [(key: String, keyNode: Node, value: Node)] = []
    for (keyNode, value) in mapping {
      guard case .scalar(let scalar) = keyNode else {
        report(
          .wrongType(
            field: fieldName(field), expected: "text keys", found: Self.describe(keyNode)),
          at: keyNode)
        continue
      }
      guard seen.insert(scalar.string).inserted else {
        report(.duplicate(what: "key", name: scalar.string), at: keyNode)
        continue
      }
      result.append((scalar.string, keyNode, value))
    }
    return result
  }

  /// The items of a list, or `nil` (reported) when the node is not a list.
  package func list(_ node: Node, field: String, nonEmpty: Bool = false) -> [Node]? {
    guard case .sequence(let sequence) = node else {
      report(.wrongType(field: field, expected: "a list", found: Self.describe(node)), at: node)
      return nil
    }
    let items = Array(sequence)
    if nonEmpty && items.isEmpty {
      report(.invalidValue(field: field, expected: "at least one item", found: "an empty list", suggestion: nil), at: node)
    }
    return items
  }

  // MARK: Scalars

  /// A non-null scalar's text.
  package func string(_ node: Node, field: String) -> String? {
    guard case .scalar(let scalar) = node, !Self.isNull(node) else {
      report(.wrongType(field: field, expected: "text", found: Self.describe(node)), at: node)
      return nil
    }
    return scalar.string
  }

  /// A whole number within a range; digits beyond the range (even beyond
  /// `Int`) are reported with the range.
  package func integer(_ node: Node, field: String, in range: ClosedRange<Int>) -> Int? {
    let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
    guard case .scalar(let scalar) = node, !Self.isNull(node),
      let value = node.int ?? Int(scalar.string)
    else {
      reportNonInteger(node, field: field, expected: expected)
      return nil
    }
    guard range.contains(value) else {
      report(.invalidValue(field: field, expected: expected, found: "\(value)", suggestion: nil), at: node)
      return nil
    }
    return value
  }

  /// A whole number from 0 to 18446744073709551615 (`UInt64.max`), such as
  /// a seed.
  package func unsignedInteger(_ node: Node, field: String) -> UInt64? {
    let expected = "a whole number from 0 to \(UInt64.max)"
    guard case .scalar(let scalar) = node, !Self.isNull(node) else {
      reportNonInteger(node, field: field, expected: expected)
      return nil
    }
    let text = scalar.string.hasPrefix("+") ? String(scalar.string.dropFirst()) : scalar.string
    if let value = UInt64(text) { return value }
    if let value = node.int, value >= 0 { return UInt64(value) }
    reportNonInteger(node, field: field, expected: expected)
    return nil
  }

  /// Reports a value that is not a whole number in range: with the range
  /// when it is written as one (digits with an optional sign), as the wrong
  /// type otherwise.
  private func reportNonInteger(_ node: Node, field: String, expected: String) {
    if case .scalar(let scalar) = node, !Self.isNull(node), Self.isWholeNumberLiteral(scalar.string) {
      report(
        .invalidValue(field: field, expected: expected, found: Self.abbreviated(scalar.string), suggestion: nil),
        at: node)
    } else {
      report(.wrongType(field: field, expected: "a whole number", found: Self.describe(node)), at: node)
    }
  }

  /// Whether text is digits with an optional sign.
  private static func isWholeNumberLiteral(_ text: String) -> Bool {
    let digits = text.first == "-" || text.first == "+" ? text.utf8.dropFirst() : text.utf8[...]
    return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  /// Text as a message shows it: whole up to 80 characters, otherwise its
  /// first 60 characters, an ellipsis and the length (a 100,000-character
  /// value does not make a 100,000-character message).
  package static func abbreviated(_ text: String) -> String {
    guard text.utf8.count > 80 else { return text }
    let count = text.count
    guard count > 80 else { return text }
    return String(text.prefix(60)) + "… (\(count) characters)"
  }

  /// A number within a range.
  package func number(_ node: Node, field: String, in range: ClosedRange<Double>) -> Double? {
    guard case .scalar(let scalar) = node, !Self.isNull(node),
      let value = node.float ?? Double(scalar.string)
    else {
      report(.wrongType(field: field, expected: "a number", found: Self.describe(node)), at: node)
      return nil
    }
    guard range.contains(value) else {
      report(
        .invalidValue(
          field: field, expected: "a number from \(range.lowerBound) to \(range.upperBound)",
          found: "\(value)", suggestion: nil),
        at: node)
      return nil
    }
    return value
  }

  /// `true` or `false`.
  package func boolean(_ node: Node, field: String) -> Bool? {
    guard case .scalar = node, let value = node.bool else {
      report(.wrongType(field: field, expected: "true or false", found: Self.describe(node)), at: node)
      return nil
    }
    return value
  }

  /// One of a fixed set of words, with a suggestion when it looks like a
  /// typo of one.
  package func choice(_ node: Node, field: String, among choices: [String]) -> String? {
    guard let text = string(node, field: field) else { return nil }
    guard choices.contains(text) else {
      report(
        .invalidValue(
          field: field, expected: "one of " + choices.map { "'\($0)'" }.joined(separator: ", "),
          found: "'\(Self.abbreviated(text))'", suggestion: Suggestion.closest(to: text, among: choices)),
        at: node)
      return nil
    }
    return text
  }

  /// A case of a string-backed enumeration, by raw value.
  package func choice<T: RawRepresentable & CaseIterable>(
    _ node: Node, field: String, as type: T.Type
  ) -> T? where T.RawValue == String {
    choice(node, field: field, among: T.allCases.map(\.rawValue)).flatMap(T.init(rawValue:))
  }

  /// A list of texts.
  package func strings(_ node: Node, field: String) -> [String]? {
    guard let items = list(node, field: field) else { return nil }
    var result: [String] = []
    for (index, item) in items.enumerated() {
      if let text = string(item, field: "\(field)[\(index)]") { result.append(text) }
    }
    return result
  }

  private func fieldName(_ field: String) -> String { field.isEmpty ? "document" : field }
}

extension DocumentReader {
  /// A keyed text, or `nil` when absent or invalid.
  package func string(_ mapping: DocumentMapping, _ key: String) -> String? {
    mapping[key].flatMap { string($0, field: mapping.field(key)) }
  }

  /// A keyed whole number, or `nil` when absent or invalid.
  package func integer(_ mapping: DocumentMapping, _ key: String, in range: ClosedRange<Int>) -> Int? {
    mapping[key].flatMap { integer($0, field: mapping.field(key), in: range) }
  }

  /// A keyed whole number from 0 to `UInt64.max`, or `nil` when absent or
  /// invalid.
  package func unsignedInteger(_ mapping: DocumentMapping, _ key: String) -> UInt64? {
    mapping[key].flatMap { unsignedInteger($0, field: mapping.field(key)) }
  }

  /// A keyed number, or `nil` when absent or invalid.
  package func number(
    _ mapping: DocumentMapping, _ key: String, in range: ClosedRange<Double>
  ) -> Double? {
    mapping[key].flatMap { number($0, field: mapping.field(key), in: range) }
  }

  /// A keyed boolean, or `nil` when absent or invalid.
  package func boolean(_ mapping: DocumentMapping, _ key: String) -> Bool? {
    mapping[key].flatMap { boolean($0, field: mapping.field(key)) }
  }

  /// A keyed enumeration case, or `nil` when absent or invalid.
  package func choice<T: RawRepresentable & CaseIterable>(
    _ mapping: DocumentMapping, _ key: String, as type: T.Type
  ) -> T? where T.RawValue == String {
    mapping[key].flatMap { choice($0, field: mapping.field(key), as: type) }
  }

  /// A keyed list of texts, or `nil` when absent or invalid.
  package func strings(_ mapping: DocumentMapping, _ key: String) -> [String]? {
    mapping[key].flatMap { strings($0, field: mapping.field(key)) }
  }
}
