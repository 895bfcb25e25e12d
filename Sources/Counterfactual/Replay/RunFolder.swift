import Catalog
import Events
import Foundation
import Platform
import Scenarios
import Simulation

/// A finished run's folder, opened after the run ended: `run.json` names
/// the scenario (the catalog and the platform's settings are regenerated
/// from it deterministically) and the events of each day; `events.jsonl`
/// is replayed day by day into a fresh platform (``PlatformReplay``), which
/// gives back the run's models.
public enum RunFolder {
  /// The parts of run.json that a replay needs.
  struct Manifest: Decodable {
    var scenario: String?
    var seed: UInt64?
    var events: Int?
    var eventsPerDay: [Int]
    /// The run's `--param` values (the scenario's paths may need them).
    var parameters: [String: String]?
  }

  /// Opens a run folder.
  ///
  /// - Parameters:
  ///   - path: the folder `glasshouse run --out` wrote.
  ///   - scenario: the scenario file, instead of the one run.json names.
  ///   - seed: the seed, instead of the one run.json records.
  ///   - threads: worker threads for the replay (results do not depend on it).
  /// - Throws: ``RunFolderError`` naming the file at fault.
  /// - Complexity: the run's learning again (a fold-in or retrain per day),
  ///   without simulating anyone.
  public static func open(
    path: String, scenario: String? = nil, seed: UInt64? = nil, threads: Int = 1
  ) throws(RunFolderError) -> PlatformState {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
      throw .missingFolder(path: path)
    }
    let folder = URL(fileURLWithPath: path)
    let found = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
    for file in ["events.jsonl", "run.json"] where !found.contains(file) {
      throw .missingFile(folder: path, file: file, found: found)
    }
    let manifestPath = folder.appendingPathComponent("run.json").path
    let manifest: Manifest
    do {
      manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: manifestPath)))
    } catch {
      throw .badManifest(path: manifestPath, reason: "\(error)")
    }
    guard let named = scenario ?? manifest.scenario else { throw .unknownScenario(path: manifestPath) }
    let scenarioPath = scenario ?? locate(named, near: folder)
    var loaded: Scenario
    do throws(ScenarioError) {
      loaded = try ScenarioLoader.load(path: scenarioPath, parameters: manifest.parameters ?? [:])
    } catch {
      throw .scenario(path: scenarioPath, reason: "\(error)")
    }
    if let seed = seed ?? manifest.seed { loaded.seed = seed }
    let catalog: Catalog
    do throws(CatalogError) {
      catalog = try loaded.catalog.load()
    } catch {
      throw .scenario(path: scenarioPath, reason: "catalog: \(error)")
    }
    let eventsPath = folder.appendingPathComponent("events.jsonl").path
    let events = try readEvents(path: eventsPath)
    if let expected = manifest.events, expected != events.count {
      throw .mismatch(
        path: eventsPath, reason: "has \(events.count) events but run.json records \(expected); was it edited?")
    }
    var configuration = PlatformConfiguration(
      settings: loaded.platform, seed: loaded.seed, threads: max(1, threads), retrainEveryDays: nil)
    // The run's platform collected under the scenario's data policy (retention
    // included); the replay must forget what it forgot.
    configuration.collection = CollectionPolicy(loaded.dataPolicy)
    do throws(PlatformReplay.Mismatch) {
      let platform = try PlatformReplay.platform(
        events: events, eventsPerDay: manifest.eventsPerDay, catalog: catalog, configuration: configuration)
      var state = PlatformState(events: events, platform: platform, catalog: catalog)
      state.replayDeviation = deviation(
        of: platform, from: folder.appendingPathComponent("model/profiles.tsv").path)
      return state
    } catch {
      throw .mismatch(path: eventsPath, reason: error.description)
    }
  }

  /// A relative scenario path as run.json records it (relative to where
  /// `glasshouse run` was started): as it stands when it exists from here,
  /// else from the first folder above the run folder where it exists.
  static func locate(_ path: String, near folder: URL) -> String {
    let manager = FileManager.default
    guard !path.hasPrefix("/"), !manager.fileExists(atPath: path) else { return path }
    var directory = folder.standardizedFileURL.deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent(path).path
      if manager.fileExists(atPath: candidate) { return candidate }
      directory.deleteLastPathComponent()
    }
    return path
  }

  /// The largest absolute difference between the platform's taste vectors
  /// and those of a profiles.tsv (id, then factors, tab-separated); `nil`
  /// without the file.
  static func deviation(of platform: StreamingPlatform, from path: String) -> Float? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    var largest: Float = 0
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "\t")
      guard let id = fields.first.map(String.init) else { continue }
      let written = fields.dropFirst().compactMap { Float(String($0)) }
      guard let p = platform.profileIndex(id), let taste = platform.tastes[p], taste.count == written.count else {
        return .infinity
      }
      for (a, b) in zip(taste, written) { largest = max(largest, abs(a - b)) }
    }
    return largest
  }

  /// The events of a JSON Lines log in file order (the order the platform
  /// ingested them in).
  static func readEvents(path: String) throws(RunFolderError) -> [Event] {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw .missingFile(folder: path, file: "readable events", found: [])
    }
    var events: [Event] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
      do throws(EventLogError) {
        events.append(try Event(jsonLine: String(line), path: path, line: n + 1))
      } catch {
        throw .badEvent(path: path, line: n + 1, reason: "\(error)")
      }
    }
    return events
  }
}
