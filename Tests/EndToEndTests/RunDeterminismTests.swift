import Foundation
import TestSupport
import Testing

/// Everything `glasshouse run` writes is byte-identical for the same seed,
/// whatever the thread count (issue 15, item 4): every file of the run
/// folder, not only events.jsonl.
@Suite("run folders are byte-identical for the same seed")
struct RunDeterminismTests {
  /// Every regular file below `folder`, by path relative to it.
  static func files(in folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let relative = enumerator?.nextObject() as? String {
      let path = folder + "/" + relative
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
      }
    }
    return files
  }

  /// Scenarios that between them write every kind of file a run writes:
  /// flows.json (recipients) and counterfactual.json (reveals).
  @Test(
    "two runs with --threads 1 and one with --threads 2 write the same bytes in every file",
    arguments: ["joined-recipients.yaml", "searches-and-notifications.yaml"])
  func everyFile(scenario: String) throws {
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/" + scenario).path
    var folders: [(threads: String, files: [String: Data])] = []
    for threads in ["1", "1", "2"] {
      let out = NSTemporaryDirectory() + "glasshouse-determinism-\(UUID().uuidString)"
      defer { try? FileManager.default.removeItem(atPath: out) }
      let result = try GlasshouseCommandTests.run(
        ["run", path, "--out", out, "--days", "7", "--crowd", "40", "--threads", threads])
      #expect(result.status == 0 || result.status == 1, "\(result.error)")
      folders.append((threads, try Self.files(in: out)))
    }
    let first = folders[0].files
    #expect(first.keys.contains("events.jsonl") && first.keys.contains("run.json"))
    for (threads, files) in folders.dropFirst() {
      #expect(files.keys.sorted() == first.keys.sorted(), "--threads \(threads)")
      let differing = first.keys.sorted().filter { files[$0] != first[$0] }
      #expect(differing.isEmpty, "\(scenario), --threads \(threads) differs from --threads 1 in \(differing)")
    }
  }
}
