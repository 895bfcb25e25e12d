import Foundation
import TestSupport
import Testing

@testable import GlasshouseCLI

/// No command may write over its own input (issue 15, item 1): the shared
/// check, and each writing option of the `glasshouse` binary.
@Suite("output paths are never input paths")
struct OutputPathCheckTests {
  /// A fresh folder for one test.
  static func folder(_ name: String) throws -> String {
    let path = NSTemporaryDirectory() + "glasshouse-paths-\(name)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static let log = """
    {"id":"e1","type":"search","timestamp":"2026-03-01T20:15:00+01:00","account":"a","profile":"alex","query":"haunted"}
    not an event

    """

  @Test("the same file through a relative path, a symbolic link or a hard link is a conflict; another file is not")
  func sameFile() throws {
    let dir = try Self.folder("same")
    let input = dir + "/in.jsonl"
    try Self.log.write(toFile: input, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.jsonl", withDestinationPath: input)
    try FileManager.default.linkItem(atPath: input, toPath: dir + "/hard.jsonl")
    for output in [input, dir + "/./in.jsonl", dir + "/sub/../in.jsonl", dir + "/link.jsonl", dir + "/hard.jsonl"] {
      let conflict = OutputPathCheck.conflict(output: output, option: "--rejects", inputs: [input], isFolder: false)
      #expect(conflict?.overlap == .same, "\(output)")
      #expect(conflict?.description.contains(output) == true && conflict?.description.contains(input) == true)
    }
    #expect(OutputPathCheck.conflict(output: dir + "/rejects.jsonl", option: "--rejects", inputs: [input], isFolder: false) == nil)
  }

  @Test("an output folder that holds an input is a conflict; a folder beside or inside the input's folder is not")
  func folders() throws {
    let dir = try Self.folder("folders")
    let input = dir + "/data/ratings.csv"
    try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
    try "user,item\n".write(toFile: input, atomically: true, encoding: .utf8)
    #expect(OutputPathCheck.conflict(output: dir + "/data", option: "--out", inputs: [input], isFolder: true)?.overlap == .contains)
    #expect(OutputPathCheck.conflict(output: dir, option: "--out", inputs: [input], isFolder: true)?.overlap == .contains)
    #expect(OutputPathCheck.conflict(output: dir + "/out", option: "--out", inputs: [input], isFolder: true) == nil)
    #expect(OutputPathCheck.conflict(output: dir + "/data/out", option: "--out", inputs: [input], isFolder: true) == nil)
    // A file output is only compared with the inputs themselves.
    #expect(OutputPathCheck.conflict(output: dir + "/data", option: "--rejects", inputs: [input], isFolder: false) == nil)
  }

  @Test("validate --rejects naming its input (or a link to it) exits 64 naming both paths and leaves the input whole")
  func validateRejects() throws {
    let dir = try Self.folder("validate")
    let input = dir + "/in.jsonl"
    try Self.log.write(toFile: input, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.jsonl", withDestinationPath: input)
    try FileManager.default.linkItem(atPath: input, toPath: dir + "/hard.jsonl")
    for rejects in [input, dir + "/link.jsonl", dir + "/hard.jsonl"] {
      let result = try GlasshouseCommandTests.run(["validate", input, "--rejects", rejects])
      #expect(result.status == 64, "\(rejects): \(result.output)\(result.error)")
      #expect(result.error.contains(rejects) && result.error.contains(input), "\(result.error)")
      #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.log)
    }
    let fine = try GlasshouseCommandTests.run(["validate", input, "--rejects", dir + "/rejects.jsonl"])
    #expect(fine.status == 65, "\(fine.output)\(fine.error)")
    #expect(try !String(contentsOfFile: dir + "/rejects.jsonl", encoding: .utf8).isEmpty)
  }

  @Test("run --out and matrix export --out naming a folder that holds an input exit 64 and keep the input")
  func outputFolders() throws {
    let dir = try Self.folder("run")
    let scenario = dir + "/binge-watcher.yaml"
    try FileManager.default.copyItem(
      atPath: SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path, toPath: scenario)
    let run = try GlasshouseCommandTests.run(["run", scenario, "--out", dir, "--days", "2", "--crowd", "5"])
    #expect(run.status == 64, "\(run.error)")
    #expect(run.error.contains("--out \(dir)") && run.error.contains(scenario), "\(run.error)")
    #expect(FileManager.default.fileExists(atPath: scenario))

    let ratings = dir + "/ratings.csv"
    try "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,2,4.0,964981247\n2,1,3.0,964982224\n"
      .write(toFile: ratings, atomically: true, encoding: .utf8)
    let export = try GlasshouseCommandTests.run(["matrix", "export", ratings, "--split", "all", "--out", dir])
    #expect(export.status == 64, "\(export.error)")
    #expect(export.error.contains(ratings), "\(export.error)")
    let beside = try GlasshouseCommandTests.run(["matrix", "export", ratings, "--split", "all", "--out", dir + "/matrix"])
    #expect(beside.status == 0, "\(beside.error)")
  }

  @Test("run --out and --write-sample refuse to replace a file or a folder that is not an earlier output, and replace one that is")
  func foreignFolders() throws {
    let dir = try Self.folder("foreign")
    let scenario = SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path
    let notes = dir + "/documents/notes.txt"
    try FileManager.default.createDirectory(atPath: dir + "/documents", withIntermediateDirectories: true)
    try "keep me\n".write(toFile: notes, atomically: true, encoding: .utf8)
    let short = ["--days", "2", "--crowd", "5"]
    let folder = try GlasshouseCommandTests.run(["run", scenario, "--out", dir + "/documents"] + short)
    #expect(folder.status == 64, "\(folder.error)")
    #expect(folder.error.contains("--out \(dir)/documents is a folder that holds none of run.json"), "\(folder.error)")
    let file = try GlasshouseCommandTests.run(["run", scenario, "--out", notes] + short)
    #expect(file.status == 64, "\(file.error)")
    #expect(file.error.contains("is a file"), "\(file.error)")
    let sample = try GlasshouseCommandTests.run(
      ["evaluate", "demographics", "--simulated", "20", "--folds", "2", "--write-sample", dir + "/documents"])
    #expect(sample.status == 64, "\(sample.error)")
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "keep me\n")
    // An empty folder, and then the run folder it became, are replaced.
    try FileManager.default.createDirectory(atPath: dir + "/run", withIntermediateDirectories: true)
    for _ in 0..<2 {
      let run = try GlasshouseCommandTests.run(["run", scenario, "--out", dir + "/run"] + short)
      #expect(run.status == 0 || run.status == 1, "\(run.error)")
      #expect(FileManager.default.fileExists(atPath: dir + "/run/run.json"))
    }
  }
}
