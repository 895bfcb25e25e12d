import Support

/// A problem found while reading a YAML or JSON document, with its place.
///
/// Shared by catalog files and scenario files (package access); each
/// module's public error carries it as a ``LocatedIssue``
/// (``located(format:document:)``).
package struct DocumentIssue: Sendable, Equatable {
  /// What is wrong.
  package enum Kind: Sendable, Equatable {
    /// The text is not valid YAML or JSON.
    case syntax(problem: String)
    /// A mapping has a key the format does not define.
    case unknownKey(key: String, context: String, suggestion: String?)
    /// A mapping lacks a required key.
    case missingKey(key: String, context: String)
    /// A value has the wrong shape.
    case wrongType(field: String, expected: String, found: String)
    /// A value is of the right shape but not allowed.
    case invalidValue(field: String, expected: String, found: String, suggestion: String?)
    /// Something that must be unique appears twice.
    case duplicate(what: String, name: String)
    /// Keys that exclude each other appear together, or none of a required
    /// choice appears.
    case conflictingKeys(keys: [String], context: String)
    /// A name refers to something the document does not define.
    case unknownReference(field: String, name: String, kind: String, suggestion: String?)
    /// A file the document refers to does not exist.
    case missingFile(field: String, file: String)
  }

  /// The document's path.
  package var path: String
  /// The 1-based line.
  package var line: Int
  /// The 1-based column (in Unicode scalars).
  package var column: Int
  /// What is wrong.
  package var kind: Kind

  /// Creates an issue.
  package init(path: String, line: Int, column: Int, kind: Kind) {
    self.path = path
    self.line = line
    self.column = column
    self.kind = kind
  }
}

extension DocumentIssue {
  /// The issue with its message written out, for a public error type.
  ///
  /// - Parameters:
  ///   - format: the document's format in a syntax message ("YAML").
  ///   - document: what defines names, in an unknown-reference message
  ///     ("the scenario").
  package func located(format: String, document: String) -> LocatedIssue {
    func issue(_ field: String?, _ message: String, _ suggestion: String? = nil) -> LocatedIssue {
      LocatedIssue(
        path: path, line: line, column: column, field: field, message: message, suggestion: suggestion)
    }
    switch kind {
    case .syntax(let problem):
      return issue(nil, "not valid \(format): \(problem)")
    case .unknownKey(let key, let context, let suggestion):
      return issue(key, "unknown key '\(key)' in \(context)", suggestion)
    case .missingKey(let key, let context):
      return issue(key, "\(context) needs the key '\(key)'")
    case .wrongType(let field, let expected, let found):
      return issue(field, "'\(field)' must be \(expected), found \(found)")
    case .invalidValue(let field, let expected, let found, let suggestion):
      return issue(field, "'\(field)' must be \(expected), found \(found)", suggestion)
    case .duplicate(let what, let name):
      return issue(what, "\(what) '\(name)' appears more than once")
    case .conflictingKeys(let keys, let context):
      return issue(
        context, "\(context) needs exactly one of " + keys.map { "'\($0)'" }.joined(separator: ", "))
    case .unknownReference(let field, let name, let kind, let suggestion):
      return issue(
        field, "'\(field)' names \(kind) '\(name)', which \(document) does not define", suggestion)
    case .missingFile(let field, let file):
      return issue(field, "'\(field)' refers to \(file), which does not exist")
    }
  }
}
