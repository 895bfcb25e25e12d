import Catalog
import Foundation

/// Reads scenario files (Docs/ScenarioFormat.md): YAML parsed with Yams,
/// every value checked, every problem reported with its line and column.
public enum ScenarioLoader {
  /// Loads a scenario file.
  ///
  /// - Throws: The first problem in the file (in line order), or in a
  ///   catalog file it refers to.
  public static func load(path: String) throws(ScenarioError) -> Scenario {
    let (scenario, errors) = read(path: path)
    if let first = errors.first { throw first }
    guard let scenario else { throw .cannotRead(path: path, reason: "no scenario in the file") }
    return scenario
  }

  /// Every problem in a scenario file, in line order, followed by problems
  /// in a catalog file it refers to; empty when the file loads. For
  /// `glasshouse validate`.
  public static func validate(path: String) -> [ScenarioError] {
    read(path: path).1
  }

  /// Parses scenario text as if it were the file at `path` (relative paths
  /// inside it are resolved against that file's folder).
  ///
  /// - Throws: The first problem.
  public static func parse(_ text: String, path: String) throws(ScenarioError) -> Scenario {
    let (scenario, errors) = parse(text: text, path: path)
    if let first = errors.first { throw first }
    guard let scenario else { throw .cannotRead(path: path, reason: "no scenario in the text") }
    return scenario
  }

  private static func read(path: String) -> (Scenario?, [ScenarioError]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason = FileManager.default.fileExists(atPath: path) ? "not readable" : "no such file"
      return (nil, [.cannotRead(path: path, reason: reason)])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return (nil, [.cannotRead(path: path, reason: "the file is not UTF-8 text")])
    }
    return parse(text: text, path: path)
  }

  private static func parse(text: String, path: String) -> (Scenario?, [ScenarioError]) {
    let parser = ScenarioParser(path: path)
    let scenario = parser.parse(text)
    let ordered = parser.reader.issues.enumerated().sorted {
      ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
    }
    let errors = ordered.map { ScenarioError($0.element) } + parser.catalogErrors.map(ScenarioError.catalog)
    return (errors.isEmpty ? scenario : nil, errors)
  }
}
