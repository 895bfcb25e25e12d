/// A problem found while reading a YAML or JSON document, with its place.
///
/// Shared by catalog files and scenario files (package access); each
/// module turns issues into its own public error type.
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
