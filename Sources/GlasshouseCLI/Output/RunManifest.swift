import Foundation
import Simulation

/// How a run was made, written to `run.json` in its folder, so that
/// `glasshouse explain` and `glasshouse whatif` can rebuild the platform's
/// exact state later, from any folder: the scenario (copied into the run
/// folder, for the catalog and the platform's settings), the files it
/// refers to, the overrides, and the number of events of each day (the
/// platform learns at the end of each day, so replaying the log day by day
/// gives back its models).
struct RunManifest: Codable, Sendable, Equatable {
  /// A file the run read (``RunInputs``).
  struct Input: Codable, Sendable, Equatable {
    /// Where the run read it: an absolute path.
    var path: String
    /// Its size in bytes when the run read it.
    var bytes: Int
    /// Its copy in the run folder (relative to it); `nil` when only its
    /// path and size are recorded (MovieLens data is not copied).
    var copy: String?
  }

  /// The version of the file's layout: 2 since the scenario and its
  /// catalog file are copied into the folder (`inputs`).
  var format = 2
  /// The glasshouse version that wrote it.
  var glasshouse = RunManifest.version
  /// The scenario file as given to `glasshouse run` (`nil` when unknown);
  /// `inputs` says where its copy is.
  var scenario: String?
  /// The files the run read, by the scenario field that names them
  /// (`scenario`, `catalog.file`, `catalog.movielens`, `replay.ratings`).
  var inputs: [String: Input]?
  /// The seed the run used (the scenario's or `--seed`).
  var seed: UInt64?
  /// `--days`, when given.
  var days: Int?
  /// `--crowd`, when given.
  var crowd: Int?
  /// `--param name=VALUE` values, when given (the scenario's paths need them
  /// again to rebuild the catalog).
  var parameters: [String: String]?
  /// Events in the log.
  var events = 0
  /// Events per simulated day, in log order.
  var eventsPerDay: [Int] = []
  /// The size in bytes of every other file of the run folder (paths
  /// relative to it), so that a truncated file is found before it is read.
  var files: [String: Int]?

  /// The version of this build.
  static let version = "0.1.0"

  /// This manifest with what the finished simulation knows: the seed the
  /// platform trained with and the events of each day.
  func completed(by result: SimulationResult) -> RunManifest {
    var manifest = self
    manifest.seed = result.platform.configuration.seed
    manifest.events = result.eventCount
    manifest.eventsPerDay = result.eventsPerDay
    return manifest
  }

  /// This manifest with the sizes of the files in `folder` (every file
  /// below it but run.json).
  func recordingFiles(in folder: URL) -> RunManifest {
    var manifest = self
    var sizes: [String: Int] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let relative = enumerator?.nextObject() as? String {
      let path = folder.appendingPathComponent(relative).path
      guard relative != "run.json",
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = (attributes[.size] as? NSNumber)?.intValue
      else { continue }
      sizes[relative] = size
    }
    manifest.files = sizes
    return manifest
  }

  /// Writes the manifest as pretty-printed JSON with sorted keys.
  func write(to url: URL) throws {
    try JSONOutput.data(self).write(to: url)
  }
}
