import Catalog
import Foundation
import Yams

/// Scenario parameters (`parameters`, `${name}` in file paths) and the
/// `replay` of a ratings file (Docs/ScenarioFormat.md).
extension ScenarioParser {
  /// `parameters`: a mapping of parameter name → what to pass.
  func parameterDeclarations(_ node: Node) -> [ScenarioParameter]? {
    guard let entries = reader.entries(node, field: "parameters") else { return nil }
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
      result.append(ScenarioParameter(name: entry.key, description: description, location: location(of: entry.keyNode)))
    }
    return result
  }

  /// A path with each `${name}` replaced by the parameter's value (a
  /// relative value that starts the path is resolved against the current
  /// folder).
  ///
  /// - Returns: `nil` when a problem was reported (an undeclared parameter,
  ///   or a declared one not given when running); `.some(nil)` when a
  ///   parameter was not given while validating (the path is then not
  ///   checked).
  func substitute(_ text: String, at node: Node, field: String) -> String?? {
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
      guard let parameter = parameters.first(where: { $0.name == name }) else {
        reader.report(
          .unknownReference(
            field: field, name: name, kind: "parameter",
            suggestion: Suggestion.closest(to: name, among: parameters.map(\.name))),
          at: node)
        return nil
      }
      guard let values = parameterValues else {
        unbound = true
        continue
      }
      guard let value = values[name] else {
        let here = location(of: node)
        parameterErrors.append(
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

  /// `replay`: the ratings file whose users become profiles.
  func replaySource(_ node: Node) -> RatingsReplaySource? {
    guard let body = reader.mapping(node, ScenarioKeys.replay, field: "replay"),
      let value = body["ratings"], let written = reader.string(value, field: body.field("ratings"))
    else { return nil }
    let users = reader.integer(body, "users", in: 1...10_000_000)
    // A run folder gives the file the run read; the parameters are not needed then.
    let replacement = files[body.field("ratings")]
    let substituted: String?
    if let replacement {
      substituted = replacement
    } else {
      guard let found = substitute(written, at: value, field: body.field("ratings")) else { return nil }
      substituted = found
    }
    var path: String?
    if let file = substituted {
      let resolved = replacement ?? resolve(file)
      guard FileManager.default.fileExists(atPath: resolved) else {
        reader.report(.missingFile(field: body.field("ratings"), file: resolved), at: value)
        return nil
      }
      path = resolved
    }
    return RatingsReplaySource(path: path, written: written, users: users, location: location(of: node))
  }
}
