import Catalog
import Yams

/// A scenario file's YAML document as the decoders of its parts read it:
/// the reader that checks values and collects every issue (shared, so the
/// issues of all parts come out together), the file's path for locations,
/// and the checks every part of the format uses: exactly one of several
/// keys, a reference to an id declared elsewhere, an identifier, ids that
/// are unique.
struct ScenarioDocument {
  /// The reader; every issue found is reported to it.
  let reader: DocumentReader
  /// The scenario file's path.
  let path: String
  /// Whether ratings are replayed, so that `ml-<user id>` names a profile.
  var replaysRatings = false

  /// A document read from `path`.
  init(path: String) {
    self.path = path
    self.reader = DocumentReader(path: path)
  }

  /// Where a node is in the file.
  func location(of node: Node) -> SourceLocation {
    SourceLocation(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  /// The one key of `keys` present in the mapping; reports when none or
  /// several are.
  func exactlyOne(of keys: [String], in mapping: DocumentMapping, context: String) -> String? {
    let present = keys.filter(mapping.contains)
    guard present.count == 1 else {
      let node = present.count > 1 ? mapping.keyNode(present[1]) : mapping.node
      reader.report(.conflictingKeys(keys: keys, context: context), at: node)
      return nil
    }
    return present[0]
  }

  /// A name that must be one of `names` (ids of the `kind` declared in the
  /// file; a replayed ratings file's `ml-<user id>` is also a profile);
  /// reports an unknown one with the closest known name.
  func reference(_ node: Node, field: String, kind: String, among names: [String]) -> String? {
    guard let name = reader.string(node, field: field) else { return nil }
    guard names.contains(name) || (kind == "profile" && replaysRatings && RatingsReplaySource.isProfileID(name)) else {
      reader.report(
        .unknownReference(
          field: field, name: name, kind: kind,
          suggestion: Suggestion.closest(to: name, among: names)),
        at: node)
      return nil
    }
    return name
  }

  /// An identifier: letters, digits, `-` and `_`.
  func identifier(_ mapping: DocumentMapping, _ key: String) -> String? {
    guard let node = mapping[key], let text = reader.string(node, field: mapping.field(key)) else {
      return nil
    }
    let allowed = text.unicodeScalars.allSatisfy {
      ($0.properties.isAlphabetic || ("0"..."9").contains($0)) || $0 == "-" || $0 == "_"
    }
    guard !text.isEmpty, allowed else {
      reader.report(
        .invalidValue(
          field: mapping.field(key), expected: "an identifier of letters, digits, '-' and '_'",
          found: "'\(text)'", suggestion: nil),
        at: node)
      return nil
    }
    return text
  }

  /// Reports every `id` of a list of mappings seen before (`what`: "persona
  /// id", "account id").
  func checkUnique(_ items: [Node], what: String) {
    var seen = Set<String>()
    for item in items {
      guard let idNode = item["id"], case .scalar(let scalar) = idNode else { continue }
      if !seen.insert(scalar.string).inserted {
        reader.report(.duplicate(what: what, name: scalar.string), at: idNode)
      }
    }
  }
}
