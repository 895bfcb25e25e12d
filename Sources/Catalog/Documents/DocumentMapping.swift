import Yams

/// A YAML mapping whose keys have been checked against a ``KeySet``: look
/// values up by key and name fields for messages.
package struct DocumentMapping {
  /// The mapping node (its mark is where "missing key" messages point).
  package let node: Node
  /// The mapping's place in the document, such as `personas[0]` (empty at
  /// the root).
  package let field: String
  /// The keys present, in document order.
  package let keys: [String]
  private let values: [String: Node]
  private let keyNodes: [String: Node]

  init(node: Node, field: String, entries: [(key: String, keyNode: Node, value: Node)]) {
    self.node = node
    self.field = field
    self.keys = entries.map(\.key)
    var values: [String: Node] = [:]
    var keyNodes: [String: Node] = [:]
    for entry in entries {
      values[entry.key] = entry.value
      keyNodes[entry.key] = entry.keyNode
    }
    self.values = values
    self.keyNodes = keyNodes
  }

  /// The value under a key, if present.
  package subscript(key: String) -> Node? { values[key] }

  /// The key's own node (for messages about the key itself).
  package func keyNode(_ key: String) -> Node? { keyNodes[key] }

  /// Whether a key is present.
  package func contains(_ key: String) -> Bool { values[key] != nil }

  /// The dotted path of a key inside this mapping, for messages.
  package func field(_ key: String) -> String {
    field.isEmpty ? key : "\(field).\(key)"
  }
}
