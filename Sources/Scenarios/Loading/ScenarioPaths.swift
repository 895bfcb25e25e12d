import Catalog
import Foundation
import Yams

/// How the paths a scenario names become files: the parameters it
/// declares (`parameters`), each `${name}` in a path replaced by the value
/// given for it (`--param name=VALUE`), a relative path resolved against
/// the scenario's folder, and the files a run folder gives instead of what
/// a path field says (Docs/ScenarioFormat.md).
///
/// A parameter used but not given is not reported to the document's
/// reader but kept in ``errors``: the loader adds them after the file's
/// own issues.
struct ScenarioPaths {
  /// The document, for its reader, path and locations.
  let document: ScenarioDocument
  /// The values given for the parameters; `nil` when validating without
  /// them.
  let values: [String: String]?
  /// Files to read instead of what a path field says, by field
  /// (`catalog.file`, `catalog.movielens`, `replay.ratings`): a run
  /// folder's copies. Such a field's parameters are not needed.
  let files: [String: String]
  /// The parameters the scenario declares.
  private(set) var declared: [ScenarioParameter] = []
  /// Paths that use a parameter not given.
  private(set) var errors: [ScenarioError] = []

  /// Paths of a document with the given parameter values and replacement
  /// files.
  init(document: ScenarioDocument, values: [String: String]?, files: [String: String]) {
    self.document = document
    self.values = values
    self.files = files
  }

  private var reader: DocumentReader { document.reader }

  /// Reads `parameters`: a mapping of parameter name → what to pass.
  mutating func declare(_ node: Node) {
    guard let entries = reader.entries(node, field: "parameters") else { return }
    var result: [ScenarioParameter] = []
    for entry in entries {
      let field = "parameters.\(entry.key)"
      let allowed = entry.key.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
      }
      guard !entry.key.isEmpty, allowed else {
        reader.report(
          .invalidValue(
            field: field, expected: "a parameter name of letters, digits and '_'", found: "'\(entry.key)'",
            suggestion: nil),
          at: entry.keyNode)
        continue
      }
      guard let description = reader.string(entry.value, field: field) else { continue }
      result.append(
        ScenarioParameter(name: entry.key, description: description, location: document.location(of: entry.keyNode)))
    }
    declared = result
  }

  /// The file a run folder gives for a path field, if any.
  func replacement(for field: String) -> String? { files[field] }

  /// A path with each `${name}` replaced by the parameter's value (a
  /// relative value that starts the path is resolved against the current
  /// folder).
  ///
  /// - Returns: `nil` when a problem was reported (an undeclared parameter,
  ///   or a declared one not given when running); `.some(nil)` when a
  ///   parameter was not given while validating (the path is then not
  ///   checked).
  mutating func substitute(_ text: String, at node: Node, field: String) -> String?? {
    var result = ""
    var rest = Substring(text)
    var unbound = false
    while let open = rest.range(of: "${") {
      result += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
        reader.report(
          .invalidValue(
            field: field, expected: "'${name}' with a closing brace", found: "'\(text)'", suggestion: nil),
          at: node)
        return nil
      }
      let name = String(rest[open.upperBound..<close])
      rest = rest[rest.index(after: close)...]
      guard let parameter = declared.first(where: { $0.name == name }) else {
        reader.report(
          .unknownReference(
            field: field, name: name, kind: "parameter",
            suggestion: Suggestion.closest(to: name, among: declared.map(\.name))),
          at: node)
        return nil
      }
      guard let values else {
        unbound = true
        continue
      }
      guard let value = values[name] else {
        let here = document.location(of: node)
        errors.append(
          .missingParameter(
            path: here.path, line: here.line, column: here.column, field: field, name: name,
            description: parameter.description))
        return nil
      }
      // A relative value at the start of a path is taken from the current
      // folder (where the command was given), not the scenario's.
      let leading = result.isEmpty && !value.hasPrefix("/") && !value.hasPrefix("~")
      result += leading ? FileManager.default.currentDirectoryPath + "/" + value : value
    }
    result += rest
    return unbound ? .some(nil) : .some(result)
  }

  /// A path as written, or relative to the scenario's folder; `~/` is the
  /// home folder.
  func resolve(_ file: String) -> String {
    if file.hasPrefix("/") { return file }
    if file.hasPrefix("~/") {
      return FileManager.default.homeDirectoryForCurrentUser.path + "/" + file.dropFirst(2)
    }
    let folder = URL(fileURLWithPath: document.path).deletingLastPathComponent()
    return folder.appendingPathComponent(file).standardizedFileURL.path
  }
}
