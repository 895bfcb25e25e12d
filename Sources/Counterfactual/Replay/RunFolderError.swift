import Catalog

/// Why a run folder could not be opened for `explain` or `whatif`; each
/// message names the folder or file and says what to do.
public enum RunFolderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder does not exist.
  case missingFolder(path: String)
  /// A file the run writes is missing; `found` lists the folder.
  case missingFile(folder: String, file: String, found: [String])
  /// run.json cannot be read.
  case badManifest(path: String, reason: String)
  /// run.json does not say which scenario the run used.
  case unknownScenario(path: String)
  /// The scenario or its catalog cannot be loaded.
  case scenario(path: String, reason: String)
  /// A file the run read and did not copy (MovieLens data) is no longer
  /// where run.json records it, or has another size (`found`, `nil` when
  /// missing); `parameters` are the run's `--param` names.
  case inputMoved(manifest: String, field: String, path: String, bytes: Int, found: Int?, parameters: [String])
  /// A line of events.jsonl is not an event.
  case badEvent(path: String, line: Int, reason: String)
  /// The log does not fit the run's days.
  case mismatch(path: String, reason: String)
  /// The profile is not in the log; `known` lists those that are.
  case unknownProfile(profile: String, known: [String])
  /// The title is not in the catalog; `known` lists close names.
  case unknownTitle(title: String, known: [String])

  /// The message for a person.
  public var description: String {
    switch self {
    case .missingFolder(let path):
      return "\(path): no such run folder; make one with `glasshouse run SCENARIO --out \(path)`"
    case .missingFile(let folder, let file, let found):
      return "\(folder) has no \(file), so it is not a run folder (found: "
        + (found.isEmpty ? "nothing" : found.joined(separator: ", "))
        + "); make one with `glasshouse run SCENARIO --out \(folder)`"
    case .badManifest(let path, let reason):
      return "\(path): not a run manifest (\(reason)); rerun `glasshouse run` to rewrite it"
    case .unknownScenario(let path):
      return
        "\(path) does not name the run's scenario; pass it with --scenario FILE (and --seed if the run overrode it)"
    case .scenario(let path, let reason):
      return "\(path): \(reason); pass the run's scenario with --scenario FILE"
    case .inputMoved(let manifest, let field, let path, let bytes, let found, let parameters):
      let now = found.map { "now has \($0) bytes" } ?? "is no longer there"
      let pass =
        parameters.isEmpty
        ? "pass the run's scenario with --scenario FILE"
        : "pass where it is now with " + parameters.map { "--param \($0)=PATH" }.joined(separator: " ")
      return "\(manifest): the run read '\(field)' from \(path) (\(bytes) bytes), which \(now); the run folder "
        + "holds no copy (MovieLens data is large and not redistributed): put it back, or \(pass)"
    case .badEvent(let path, let line, let reason):
      return "\(path):\(line): not an event: \(reason)"
    case .mismatch(let path, let reason):
      return "\(path): \(reason)"
    case .unknownProfile(let profile, let known):
      let shown =
        known.count > 30
        ? known.prefix(30).joined(separator: ", ") + ", … (\(known.count) in all)"
        : known.joined(separator: ", ")
      let guess = Suggestion.closest(to: profile, among: known).map { " (did you mean `\($0)`?)" } ?? ""
      return "no profile `\(profile)` in the run's log\(guess); profiles: \(shown)"
    case .unknownTitle(let title, let known):
      return "no title `\(title)` in the catalog (id or exact name); for example: \(known.joined(separator: ", "))"
    }
  }
}
