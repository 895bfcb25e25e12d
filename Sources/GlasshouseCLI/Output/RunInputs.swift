import Foundation
import Scenarios

/// The files a run read, which `explain`, `whatif` and `export` need again
/// later from any folder: the scenario file and its catalog file are copied
/// into the run folder (`scenario.yaml`, `catalog.yaml`); a MovieLens
/// catalog or ratings file is large and not redistributable, so only its
/// absolute path and size are recorded (run.json `inputs`).
struct RunInputs {
  /// One file the run read.
  struct File {
    /// The scenario field that names it (`scenario` for the scenario file itself).
    let field: String
    /// Where the run read it.
    let source: URL
    /// Its name in the run folder, or `nil` when it is only recorded.
    let copy: String?
  }

  /// The files, the scenario first.
  let files: [File]

  /// The inputs of a run of `scenario`, read from `path` (as given on the
  /// command line).
  init(scenarioPath path: String, scenario: Scenario) {
    var files = [File(field: "scenario", source: Self.absolute(path), copy: "scenario.yaml")]
    switch scenario.catalog {
    case .file(let catalog, _):
      let ext = URL(fileURLWithPath: catalog).pathExtension
      files.append(
        File(field: "catalog.file", source: Self.absolute(catalog), copy: "catalog" + (ext.isEmpty ? "" : "." + ext)))
    case .movieLens(let catalog):
      files.append(File(field: "catalog.movielens", source: Self.absolute(catalog), copy: nil))
    case .inline, .generated: break
    }
    if let ratings = scenario.replay?.path {
      files.append(File(field: "replay.ratings", source: Self.absolute(ratings), copy: nil))
    }
    self.files = files
  }

  /// Copies the files that are copied into `folder` and returns what
  /// run.json records of each, by field.
  ///
  /// - Throws: when a file cannot be read or copied.
  func copy(into folder: URL) throws -> [String: RunManifest.Input] {
    let manager = FileManager.default
    var recorded: [String: RunManifest.Input] = [:]
    for file in files {
      let size = try manager.attributesOfItem(atPath: file.source.path)[.size] as? NSNumber
      if let copy = file.copy {
        try manager.copyItem(at: file.source, to: folder.appendingPathComponent(copy))
      }
      recorded[file.field] = RunManifest.Input(path: file.source.path, bytes: size?.intValue ?? 0, copy: file.copy)
    }
    return recorded
  }

  /// An absolute, standardized file URL for a path relative to the current folder.
  static func absolute(_ path: String) -> URL {
    URL(fileURLWithPath: path).standardizedFileURL
  }
}
