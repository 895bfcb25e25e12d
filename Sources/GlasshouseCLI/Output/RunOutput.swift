import Assessment
import DataFlows
import Events
import Foundation
import Simulation

/// Writes a run's files into a folder all at once: everything goes to a
/// fresh sibling staging folder first (the event log while the simulation
/// runs, through ``beginEventLog()``), which then replaces the target, so a
/// run that fails half way never leaves half-written outputs.
struct RunOutput {
  let folder: String
  /// How the run was made, written as run.json (RunCommand gives the scenario path and overrides).
  var manifest = RunManifest()
  /// The files the run read, copied into the folder or recorded in run.json.
  var inputs: RunInputs?

  /// Where the files are written before they replace `folder`.
  private var staged: StagedFolder { StagedFolder(path: folder) }

  /// The hidden sibling folder everything is written into first.
  private var staging: URL { staged.staging }

  /// Creates a fresh staging folder and opens its events.jsonl, for the
  /// simulation to stream its log into day by day. Call ``discard()`` if
  /// the run then fails before ``write(result:assessment:replay:summary:report:flows:counterfactual:events:)``.
  func beginEventLog() throws -> EventLogStream {
    try staged.begin()
    return try EventLogStream(path: staging.appendingPathComponent("events.jsonl").path)
  }

  /// Removes the staging folder of a run that failed.
  func discard() {
    staged.discard()
  }

  /// Writes everything else into the staging folder and moves it into place.
  ///
  /// - Parameter events: the log streamed during the run (see
  ///   ``beginEventLog()``); without one the result's events are written
  ///   now.
  func write(
    result: SimulationResult, assessment: RunAssessment, replay: ScriptedEventReplay, summary: String,
    report: String, flows: DataFlowReport, counterfactual: CounterfactualReport? = nil,
    events stream: EventLogStream? = nil
  ) throws {
    if stream == nil { try staged.begin() }
    do {
      if let stream {
        try stream.finish()
        guard stream.written == result.eventCount else {
          throw EventLogError.cannotWrite(
            path: stream.path,
            reason: "\(stream.written) events were streamed but the run logged \(result.eventCount)")
        }
      } else {
        try result.writeEventLog(to: staging.appendingPathComponent("events.jsonl").path)
      }
      let rejects = replay.rejections.map { rejection -> String in
        let object: [String: Any] = [
          "file": rejection.location.path, "line": rejection.location.line, "column": rejection.location.column,
          "kind": "scripted-event", "reason": rejection.reason,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
      }
      try rejects.map { $0 + "\n" }.joined().write(
        to: staging.appendingPathComponent("rejects.jsonl"), atomically: false, encoding: .utf8)
      try writeModel(result, into: staging.appendingPathComponent("model"))
      try JSONOutput.data(assessment).write(to: staging.appendingPathComponent("assessment.json"))
      if flows.isPresent {
        try JSONOutput.data(flows).write(to: staging.appendingPathComponent("flows.json"))
      }
      if let counterfactual, counterfactual.isPresent {
        try JSONOutput.data(counterfactual).write(to: staging.appendingPathComponent("counterfactual.json"))
      }
      try (summary + "\n").write(to: staging.appendingPathComponent("summary.txt"), atomically: false, encoding: .utf8)
      try report.write(to: staging.appendingPathComponent("report.html"), atomically: false, encoding: .utf8)
      var manifest = manifest.completed(by: result)
      if let inputs { manifest.inputs = try inputs.copy(into: staging) }
      // Last, so that it records the size of every other file.
      try manifest.recordingFiles(in: staging).write(to: staging.appendingPathComponent("run.json"))
    } catch {
      staged.discard()
      throw error
    }
    try staged.commit()
  }

  /// The taste vectors (one line per profile: id, then factors) and title
  /// factors (one line per title), tab-separated.
  private func writeModel(_ result: SimulationResult, into folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let platform = result.platform
    var profiles = ""
    for (p, id) in platform.profileIDs.enumerated() {
      guard let taste = platform.tastes[p] else { continue }
      profiles += id + "\t" + taste.map { String($0) }.joined(separator: "\t") + "\n"
    }
    try profiles.write(to: folder.appendingPathComponent("profiles.tsv"), atomically: false, encoding: .utf8)
    guard let model = platform.model else { return }
    var titles = ""
    let k = model.itemFactors.columns
    for (i, title) in platform.index.catalog.titles.enumerated() where i < model.itemFactors.rows {
      titles += title.id.text + "\t" + (0..<k).map { String(model.itemFactors[i, $0]) }.joined(separator: "\t") + "\n"
    }
    try titles.write(to: folder.appendingPathComponent("titles.tsv"), atomically: false, encoding: .utf8)
  }
}
