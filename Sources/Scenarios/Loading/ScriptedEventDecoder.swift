import Catalog
import Yams

/// Decodes `events`: scripted events, each a mapping of event fields kept
/// as JSON values with its location, checked later against the event
/// format when the run replays them.
struct ScriptedEventDecoder {
  /// The document, for its reader and locations.
  let document: ScenarioDocument

  private var reader: DocumentReader { document.reader }

  /// The scripted events of the list.
  func events(_ node: Node) -> [ScriptedEvent]? {
    guard let items = reader.list(node, field: "events") else { return nil }
    var events: [ScriptedEvent] = []
    for (index, item) in items.enumerated() {
      guard case .mapping = item else {
        reader.report(
          .wrongType(
            field: "events[\(index)]", expected: "a mapping of event fields",
            found: DocumentReader.describe(item)),
          at: item)
        continue
      }
      if case .object(let fields)? = json(item, field: "events[\(index)]") {
        events.append(ScriptedEvent(location: document.location(of: item), fields: fields))
      }
    }
    return events
  }

  /// A node as a JSON value: plain scalars by their YAML type (booleans,
  /// whole numbers, finite numbers), quoted ones as strings; aliases are
  /// left out.
  func json(_ node: Node, field: String) -> JSONValue? {
    switch node {
    case .mapping:
      guard let entries = reader.entries(node, field: field) else { return nil }
      var object: [String: JSONValue] = [:]
      for entry in entries {
        object[entry.key] = json(entry.value, field: "\(field).\(entry.key)")
      }
      return .object(object)
    case .sequence(let sequence):
      return .array(sequence.enumerated().compactMap { json($1, field: "\(field)[\($0)]") })
    case .alias:
      return nil
    case .scalar(let scalar):
      if DocumentReader.isNull(node) { return .null }
      guard scalar.style == .plain else { return .string(scalar.string) }
      let tag = node.tag.rawValue
      if tag == Tag.Name.bool.rawValue, let value = node.bool { return .bool(value) }
      if tag == Tag.Name.int.rawValue, let value = node.int { return .integer(value) }
      if tag == Tag.Name.float.rawValue, let value = node.float, value.isFinite {
        return .number(value)
      }
      return .string(scalar.string)
    }
  }
}
