import Catalog
import Events
import Foundation
import Platform
import Scenarios
import Simulation

/// A finished run's folder, opened after the run ended: the folder holds a
/// copy of the scenario (`scenario.yaml`; the catalog and the platform's
/// settings are regenerated from it deterministically) and of its catalog
/// file, and `run.json` the events of each day; `events.jsonl` is replayed
/// day by day into a fresh platform (``PlatformReplay``), which gives back
/// the run's models. A MovieLens catalog or ratings file is not copied:
/// run.json records its absolute path and size, and opening the folder says
/// so when it has moved.
public enum RunFolder {
  /// A file the run read, as run.json records it.
  struct Input: Decodable, Sendable {
    /// Where the run read it (absolute).
    var path: String
    /// Its size in bytes then.
    var bytes: Int
    /// Its copy in the run folder, relative to it; `nil` when not copied.
    var copy: String?
  }

  /// The parts of run.json that a replay needs.
  struct Manifest: Decodable, Sendable {
    var format: Int?
    var scenario: String?
    /// The files the run read, by the scenario field naming them
    /// (`scenario`, `catalog.file`, `catalog.movielens`, `replay.ratings`).
    var inputs: [String: Input]?
    var seed: UInt64?
    var events: Int?
    var eventsPerDay: [Int]
    /// The run's `--param` values (the scenario's paths may need them).
    var parameters: [String: String]?
    /// The size in bytes of each file the run wrote (paths relative to the
    /// folder), when run.json records them.
    var files: [String: Int]?
  }

  /// The files every run folder holds; `model/titles.tsv` is there too
  /// when the platform trained a model.
  static let requiredFiles = ["run.json", "events.jsonl", "assessment.json", "model/profiles.tsv"]

  /// Checks that a run folder is whole, without replaying it: every file
  /// the run writes is there (since format 2 the copy of its scenario, as
  /// UTF-8 text), has the size run.json records, and parses —
  /// run.json, each line of events.jsonl (as many events as run.json
  /// records), assessment.json (a JSON object) and the taste vectors of
  /// model/ (an id and the same number of finite factors on every line).
  ///
  /// - Throws: ``RunFolderError`` naming the file at fault and what is wrong.
  /// - Complexity: reads every file once.
  public static func verify(path: String) throws(RunFolderError) {
    _ = try verifiedContents(path: path)
  }

  /// The manifest and events of a folder that passes ``verify(path:)``.
  static func verifiedContents(path: String) throws(RunFolderError) -> (manifest: Manifest, events: [Event]) {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
      throw .missingFolder(path: path)
    }
    let folder = URL(fileURLWithPath: path)
    let found = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
    for file in requiredFiles where !manager.fileExists(atPath: folder.appendingPathComponent(file).path) {
      throw .missingFile(folder: path, file: file, found: found)
    }
    let manifestPath = folder.appendingPathComponent("run.json").path
    let manifest: Manifest
    do {
      manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: manifestPath)))
    } catch {
      throw .badManifest(path: manifestPath, reason: "\(error)")
    }
    // Since format 2 the folder holds the scenario it was made from.
    if (manifest.format ?? 1) >= 2 {
      guard let copy = manifest.inputs?["scenario"]?.copy else {
        throw .badManifest(path: manifestPath, reason: "no inputs.scenario.copy: it does not say where its scenario is")
      }
      let copyPath = folder.appendingPathComponent(copy).path
      guard manager.fileExists(atPath: copyPath) else { throw .missingFile(folder: path, file: copy, found: found) }
      if let offset = firstInvalidUTF8(in: (try? Data(contentsOf: URL(fileURLWithPath: copyPath))) ?? Data()) {
        throw damaged(copyPath, "not UTF-8 text (first bad byte at offset \(offset))")
      }
    }
    for (file, size) in (manifest.files ?? [:]).sorted(by: { $0.key < $1.key }) {
      let filePath = folder.appendingPathComponent(file).path
      let actual = (try? manager.attributesOfItem(atPath: filePath)[.size] as? NSNumber)?.intValue
      guard let actual else {
        throw .missingFile(folder: path, file: file, found: found)
      }
      guard actual == size else {
        throw damaged(filePath, "has \(actual) bytes but run.json records \(size)" + (actual < size ? " (truncated)" : ""))
      }
    }
    let eventsPath = folder.appendingPathComponent("events.jsonl").path
    let events = try readEvents(path: eventsPath)
    if let expected = manifest.events, expected != events.count {
      throw .mismatch(
        path: eventsPath, reason: "has \(events.count) events but run.json records \(expected); was it edited or truncated?")
    }
    try checkAssessment(path: folder.appendingPathComponent("assessment.json").path)
    let profiles = try readFactors(path: folder.appendingPathComponent("model/profiles.tsv").path)
    let titlesPath = folder.appendingPathComponent("model/titles.tsv").path
    if manager.fileExists(atPath: titlesPath) {
      let titles = try readFactors(path: titlesPath)
      if let k = profiles.first?.factors.count, let j = titles.first?.factors.count, k != j {
        throw damaged(titlesPath, "has \(j) factors per title but model/profiles.tsv has \(k) per profile")
      }
    }
    return (manifest, events)
  }

  /// The error for a damaged file: what is wrong, and what to do.
  static func damaged(_ path: String, _ reason: String) -> RunFolderError {
    .mismatch(path: path, reason: reason + "; the run folder is damaged: rerun `glasshouse run` to write it again")
  }

  /// Checks that assessment.json is a JSON object.
  static func checkAssessment(path: String) throws(RunFolderError) {
    let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
    if let offset = firstInvalidUTF8(in: data) {
      throw damaged(path, "not UTF-8 text (first bad byte at offset \(offset))")
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw damaged(path, "not valid JSON (\(data.isEmpty ? "empty" : "truncated or corrupted"))")
    }
    guard let keys = (object as? [String: Any])?.keys, !keys.isEmpty else {
      throw damaged(path, "not a JSON object with the run's assessment")
    }
  }

  /// One line of a model file: an id and its factors.
  struct FactorLine {
    var id: String
    var factors: [Float]
  }

  /// The lines of a model file (profiles.tsv or titles.tsv: id, then
  /// factors, tab-separated, every line ended by a newline), checked.
  static func readFactors(path: String) throws(RunFolderError) -> [FactorLine] {
    let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
    if let offset = firstInvalidUTF8(in: data) {
      throw damaged(path, "not UTF-8 text (first bad byte at offset \(offset))")
    }
    guard data.isEmpty || data.last == UInt8(ascii: "\n") else {
      throw damaged(path, "the last line has no newline (truncated)")
    }
    var lines: [FactorLine] = []
    for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast().enumerated()
    {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      let factors = fields.dropFirst().compactMap { Float(String($0)) }.filter(\.isFinite)
      guard let id = fields.first, !id.isEmpty, fields.count >= 2, factors.count == fields.count - 1 else {
        throw damaged("\(path):\(n + 1)", "expected an id and finite numbers separated by tabs")
      }
      if let k = lines.first?.factors.count, k != factors.count {
        throw damaged("\(path):\(n + 1)", "has \(factors.count) factors where line 1 has \(k)")
      }
      lines.append(FactorLine(id: String(id), factors: factors))
    }
    return lines
  }

  /// The byte offset of the first byte that is not UTF-8, or `nil`.
  static func firstInvalidUTF8(in data: Data) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = data.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  /// Opens a run folder.
  ///
  /// - Parameters:
  ///   - path: the folder `glasshouse run --out` wrote.
  ///   - scenario: the scenario file, instead of the folder's copy.
  ///   - seed: the seed, instead of the one run.json records.
  ///   - parameters: values of the scenario's parameters, over those
  ///     run.json records; given, the scenario's paths are read from them
  ///     instead of the paths the run recorded (for data that has moved).
  ///   - threads: worker threads for the replay (results do not depend on it).
  /// - Throws: ``RunFolderError`` naming the file at fault.
  /// - Complexity: the run's learning again (a fold-in or retrain per day),
  ///   without simulating anyone.
  public static func open(
    path: String, scenario: String? = nil, seed: UInt64? = nil, parameters: [String: String] = [:],
    threads: Int = 1
  ) throws(RunFolderError) -> PlatformState {
    try open(read(path: path, scenario: scenario, seed: seed, parameters: parameters), threads: threads)
  }

  /// What a run folder holds, read and checked once: its manifest, events,
  /// scenario and catalog — enough to check a command's arguments before
  /// the replay (``open(_:threads:)``) starts.
  public struct Contents: Sendable {
    let manifest: Manifest
    let folder: URL
    let scenario: Scenario
    /// The events, in the order the run logged them.
    public let events: [Event]
    /// The catalog the run used, regenerated from its scenario.
    public let catalog: Catalog
  }

  /// Reads and checks a run folder (``verify(path:)``) and its scenario
  /// and catalog, without replaying anything.
  ///
  /// - Throws: ``RunFolderError`` naming the file at fault.
  public static func read(
    path: String, scenario: String? = nil, seed: UInt64? = nil, parameters: [String: String] = [:]
  ) throws(RunFolderError) -> Contents {
    let (manifest, events) = try verifiedContents(path: path)
    let folder = URL(fileURLWithPath: path)
    let (loaded, _, catalog) = try scenarioAndCatalog(
      manifest: manifest, folder: folder, scenario: scenario, seed: seed, parameters: parameters)
    return Contents(manifest: manifest, folder: folder, scenario: loaded, events: events, catalog: catalog)
  }

  /// Rebuilds the platform from a folder's contents (``read(path:scenario:seed:parameters:)``).
  ///
  /// - Throws: ``RunFolderError`` naming the file at fault.
  public static func open(_ contents: Contents, threads: Int = 1) throws(RunFolderError) -> PlatformState {
    let (manifest, folder, loaded, events, catalog) = (
      contents.manifest, contents.folder, contents.scenario, contents.events, contents.catalog
    )
    let eventsPath = folder.appendingPathComponent("events.jsonl").path
    var configuration = PlatformConfiguration(
      settings: loaded.platform, seed: loaded.seed, threads: max(1, threads), retrainEveryDays: nil)
    // The run's platform collected under the scenario's data policy (retention
    // included); the replay must forget what it forgot.
    configuration.collection = CollectionPolicy(loaded.dataPolicy)
    do {
      let platform = try PlatformReplay.platform(
        events: events, eventsPerDay: manifest.eventsPerDay, catalog: catalog, configuration: configuration)
      try checkModel(of: platform, catalog: catalog, folder: folder)
      var state = PlatformState(events: events, platform: platform, catalog: catalog)
      state.replayDeviation = deviation(
        of: platform, from: folder.appendingPathComponent("model/profiles.tsv").path)
      return state
    } catch let mismatch as PlatformReplay.Mismatch {
      throw .mismatch(path: eventsPath, reason: mismatch.description)
    } catch let error as RunFolderError {
      throw error
    } catch {
      throw .mismatch(path: eventsPath, reason: "\(error)")
    }
  }

  /// A run folder's events and the catalog the run used (regenerated from
  /// its copy of the scenario), without replaying the platform: what an
  /// export of the run's data needs.
  ///
  /// - Throws: ``RunFolderError`` naming the file at fault.
  public static func eventsAndCatalog(
    path: String, scenario: String? = nil, parameters: [String: String] = [:]
  ) throws(RunFolderError) -> (events: [Event], catalog: Catalog) {
    let contents = try read(path: path, scenario: scenario, parameters: parameters)
    return (contents.events, contents.catalog)
  }

  /// The run's scenario (its copy, or `scenario` instead) and its catalog.
  static func scenarioAndCatalog(
    manifest: Manifest, folder: URL, scenario: String?, seed: UInt64?, parameters: [String: String]
  ) throws(RunFolderError) -> (scenario: Scenario, path: String, catalog: Catalog) {
    let (scenarioPath, files) = try scenarioSource(
      of: manifest, in: folder, override: scenario, parameters: parameters)
    var loaded: Scenario
    do throws(ScenarioError) {
      loaded = try ScenarioLoader.load(
        path: scenarioPath, parameters: (manifest.parameters ?? [:]).merging(parameters) { $1 }, files: files)
    } catch {
      throw .scenario(path: scenarioPath, reason: "\(error)")
    }
    if let seed = seed ?? manifest.seed { loaded.seed = seed }
    do throws(CatalogError) {
      return (loaded, scenarioPath, try loaded.catalog.load())
    } catch {
      throw .scenario(path: scenarioPath, reason: "catalog: \(error)")
    }
  }

  /// Checks that model/ lists the profiles and titles the replay gives
  /// factors for (a truncated file lists fewer).
  static func checkModel(of platform: StreamingPlatform, catalog: Catalog, folder: URL) throws(RunFolderError) {
    let profilesPath = folder.appendingPathComponent("model/profiles.tsv").path
    let written = Set(try readFactors(path: profilesPath).map(\.id))
    let replayed = platform.profileIDs.enumerated().filter { platform.tastes[$0.offset] != nil }.map(\.element)
    let missing = replayed.filter { !written.contains($0) }
    if !missing.isEmpty || written.count != replayed.count {
      throw damaged(
        profilesPath,
        "lists \(written.count) profiles but replaying events.jsonl gives \(replayed.count)"
          + (missing.isEmpty ? "" : " (missing: \(missing.prefix(5).joined(separator: ", "))\(missing.count > 5 ? ", …" : ""))"))
    }
    let titlesPath = folder.appendingPathComponent("model/titles.tsv").path
    guard let model = platform.model, FileManager.default.fileExists(atPath: titlesPath) else { return }
    let titles = try readFactors(path: titlesPath).count
    let expected = min(model.itemFactors.rows, catalog.titles.count)
    if titles != expected {
      throw damaged(titlesPath, "lists \(titles) titles but the run's model has \(expected)")
    }
  }

  /// The scenario file to load and the files to read for its path fields:
  /// `override` as it stands; else the folder's copy, with the copy of its
  /// catalog file and the recorded paths of files not copied (checked to be
  /// where the run read them, unless `parameters` say where they are now);
  /// else, for a folder written before copies, the path run.json names.
  static func scenarioSource(
    of manifest: Manifest, in folder: URL, override: String?, parameters: [String: String]
  ) throws(RunFolderError) -> (path: String, files: [String: String]) {
    let manifestPath = folder.appendingPathComponent("run.json").path
    if let override { return (override, [:]) }
    guard let inputs = manifest.inputs, let copy = inputs["scenario"]?.copy else {
      guard let named = manifest.scenario else { throw .unknownScenario(path: manifestPath) }
      return (locate(named, near: folder), [:])
    }
    var files: [String: String] = [:]
    for (field, input) in inputs.sorted(by: { $0.key < $1.key }) where field != "scenario" {
      if let copy = input.copy {
        files[field] = folder.appendingPathComponent(copy).path
        continue
      }
      // Parameters given now say where the data is; the recorded path is not used.
      guard parameters.isEmpty else { continue }
      let found = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? NSNumber)?.intValue
      guard found == input.bytes else {
        throw .inputMoved(
          manifest: manifestPath, field: field, path: input.path, bytes: input.bytes, found: found,
          parameters: (manifest.parameters ?? [:]).keys.sorted())
      }
      files[field] = input.path
    }
    return (folder.appendingPathComponent(copy).path, files)
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
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
      throw .missingFile(folder: path, file: "readable events", found: [])
    }
    if let offset = firstInvalidUTF8(in: data) {
      throw damaged(path, "not UTF-8 text (first bad byte at offset \(offset))")
    }
    let text = String(decoding: data, as: UTF8.self)
    guard text.isEmpty || text.hasSuffix("\n") else {
      throw damaged(path, "the last line has no newline (truncated)")
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
