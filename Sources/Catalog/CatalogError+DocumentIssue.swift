extension CatalogError {
  /// The catalog error for a problem found in a YAML or JSON document.
  package init(_ issue: DocumentIssue) {
    let (path, line, column) = (issue.path, issue.line, issue.column)
    switch issue.kind {
    case .syntax(let problem):
      self = .syntax(path: path, line: line, column: column, problem: problem)
    case .unknownKey(let key, let context, let suggestion):
      self = .unknownKey(
        path: path, line: line, column: column, key: key, context: context, suggestion: suggestion)
    case .missingKey(let key, let context):
      self = .missingKey(path: path, line: line, column: column, key: key, context: context)
    case .wrongType(let field, let expected, let found):
      self = .wrongType(
        path: path, line: line, column: column, field: field, expected: expected, found: found)
    case .invalidValue(let field, let expected, let found, let suggestion):
      self = .invalidValue(
        path: path, line: line, column: column, field: field, expected: expected, found: found,
        suggestion: suggestion)
    case .duplicate(let what, let name):
      self = .duplicate(path: path, line: line, column: column, what: what, name: name)
    case .conflictingKeys(let keys, let context):
      self = .invalidValue(
        path: path, line: line, column: column, field: context,
        expected: "exactly one of " + keys.map { "'\($0)'" }.joined(separator: ", "),
        found: "another combination", suggestion: nil)
    case .unknownReference(let field, let name, let kind, let suggestion):
      self = .invalidValue(
        path: path, line: line, column: column, field: field, expected: "the name of a \(kind)",
        found: "'\(name)'", suggestion: suggestion)
    case .missingFile(_, let file):
      self = .cannotOpen(path: file, reason: "no such file")
    }
  }
}
