import Catalog
import Foundation

/// Reads scenario files (Docs/ScenarioFormat.md): YAML parsed with Yams,
/// every value checked, every problem reported with its line and column.
public enum ScenarioLoader {
  /// Loads a scenario file.
  ///
  /// - Parameters:
  ///   - parameters: values of the scenario's `parameters`
  ///     (`--param name=VALUE`); a path using one not given is an error.
  ///   - files: files to read instead of what a path field says, by field
  ///     (`catalog.file`, `catalog.movielens`, `replay.ratings`): a run
  ///     folder's copy of its catalog, or the absolute path the run read;
  ///     a field given here needs no parameters.
  /// - Throws: The first problem in the file (in line order), or in a
  ///   catalog file it refers to.
  public static func load(
    path: String, parameters: [String: String] = [:], files: [String: String] = [:]
  ) throws(ScenarioError) -> Scenario {
    let (scenario, errors) = read(path: path, parameters: parameters, files: files)
    if let first = errors.first { throw first }
    guard let scenario else { throw .cannotRead(path: path, reason: "no scenario in the file") }
    return scenario
  }

  /// Every problem in a scenario file, in line order, followed by problems
  /// in a catalog file it refers to; empty when the file loads. For
  /// `glasshouse validate`.
  ///
  /// - Parameters:
  ///   - parameters: values of the scenario's `parameters`; `nil` checks
  ///     the file without them (paths using a parameter are then not
  ///     checked for existence).
  ///   - files: as for ``load(path:parameters:files:)``.
  public static func validate(
    path: String, parameters: [String: String]? = nil, files: [String: String] = [:]
  ) -> [ScenarioError] {
    read(path: path, parameters: parameters, files: files).1
  }

  /// The scenario and every problem of a file, as
  /// ``validate(path:parameters:files:)`` finds them; the scenario is `nil`
  /// when there is a problem. Without `parameters`, a path that uses one
  /// is kept as written.
  public static func check(
    path: String, parameters: [String: String]?
  ) -> (scenario: Scenario?, errors: [ScenarioError]) {
    read(path: path, parameters: parameters, files: [:])
  }

  /// Parses scenario text as if it were the file at `path` (relative paths
  /// inside it are resolved against that file's folder).
  ///
  /// - Throws: The first problem.
  public static func parse(
    _ text: String, path: String, parameters: [String: String] = [:]
  ) throws(ScenarioError) -> Scenario {
    let (scenario, errors) = parse(text: text, path: path, parameters: parameters, files: [:])
    if let first = errors.first { throw first }
    guard let scenario else { throw .cannotRead(path: path, reason: "no scenario in the text") }
    return scenario
  }

  private static func read(
    path: String, parameters: [String: String]?, files: [String: String]
  ) -> (Scenario?, [ScenarioError]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason = FileManager.default.fileExists(atPath: path) ? "not readable" : "no such file"
      return (nil, [.cannotRead(path: path, reason: reason)])
    }
    let text: String
    do throws(DocumentText.Problem) {
      text = try DocumentText.decode(data)
    } catch {
      return (nil, [.cannotRead(path: path, reason: error.description)])
    }
    return parse(text: text, path: path, parameters: parameters, files: files)
  }

  private static func parse(
    text: String, path: String, parameters: [String: String]?, files: [String: String]
  ) -> (Scenario?, [ScenarioError]) {
    // A control character YAML refuses, named where it is (files reach
    // here already decoded by DocumentText, which reports it the same way).
    if let problem = DocumentText.firstProblem(in: Array(text.utf8)), problem.isControlCharacter {
      return (nil, [.cannotRead(path: path, reason: problem.description)])
    }
    let parser = ScenarioParser(path: path, parameterValues: parameters, files: files)
    let scenario = parser.parse(text)
    let found = parser.reader.issues.map { ScenarioError($0) } + parser.parameterErrors
    let ordered = found.enumerated().sorted {
      ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset) < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset)
    }
    let errors = ordered.map(\.element) + parser.catalogErrors.map(ScenarioError.catalog)
    return (errors.isEmpty ? scenario : nil, errors)
  }
}
