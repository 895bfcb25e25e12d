/// The keys a mapping of one kind may have, for validation and for the
/// tests that keep the documentation and JSON Schema in step with the
/// parser.
package struct KeySet: Sendable {
  /// The name of the mapping's kind as the documentation and the schema's
  /// `$defs` name it (for example `persona`).
  package let context: String
  /// Keys that must appear.
  package let required: [String]
  /// Keys that may appear.
  package let optional: [String]

  /// Creates a key set.
  package init(_ context: String, required: [String] = [], optional: [String] = []) {
    self.context = context
    self.required = required
    self.optional = optional
  }

  /// Every accepted key, required ones first.
  package var all: [String] { required + optional }
}
