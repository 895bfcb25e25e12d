import Foundation

/// How much memory `glasshouse run` will need for a scenario, estimated
/// before anything is built, so that a crowd or catalog too large for the
/// machine is refused at once instead of running until memory runs out.
///
/// A run keeps its whole log in memory (the assessment, data flows and
/// checkpoints read it), so memory grows with the events: members × days ×
/// events per member-day × bytes per event; beside it each title costs a
/// little, each member a little per title (the hidden truth's tastes), and
/// the program a fixed base. The event constants are calibrated on
/// `glasshouse run` of the simulation benchmark's scenario for 30 days
/// (Docs/Simulation.md, "glasshouse run on large crowds": 1,000 members
/// 257 MB, 3,000 683 MB, 10,000 2.1 GB on 2,000 titles — about 207 KB per
/// member — and 4,171,967 events for 10,000 members); the title constants
/// on binge-watcher.yaml with a generated catalog, measured here with
/// `/usr/bin/time -f %M` (2 days: 10 members on 800, 50,000 and 150,000
/// titles 40, 175 and 423 MB; 400 members on 50,000 titles 410 MB). The
/// model gives 238 MB and 2.0 GB for the benchmark's 1,000 and 10,000
/// members (measured: 257 MB and 2.1 GB), and 13.8 GB for binge-watcher.yaml
/// with a generated catalog of 1,000,000 titles.
struct RunMemoryEstimate: Equatable, Sendable {
  /// Events a member causes per simulated day (4,171,967 events from 10,000
  /// members in 30 days).
  static let eventsPerMemberDay = 13.9
  /// Resident bytes per logged event: the 205 KB each further member adds
  /// over 30 days, less its 24 KB of per-title truth, over its 417 events.
  static let bytesPerEvent = 434.0
  /// Resident bytes per catalog title (423 − 175 MB for 100,000 titles).
  static let bytesPerTitle = 2_600.0
  /// Resident bytes per member and title (410 − 175 MB for 390 members on
  /// 50,000 titles).
  static let bytesPerMemberTitle = 12.0
  /// What a run needs before any member or title (10 members on 800
  /// titles for 2 days: 40 MB).
  static let baseBytes = 38.0 * 1_048_576

  /// Simulated members: the personas and the crowd.
  let members: Int
  /// Simulated days.
  let days: Int
  /// Catalog titles.
  let titles: Int

  /// Events the run is expected to log.
  var events: Double { Double(members) * Double(days) * Self.eventsPerMemberDay }

  /// Estimated peak resident memory in bytes.
  var bytes: Double {
    Self.baseBytes + events * Self.bytesPerEvent + Double(titles) * Self.bytesPerTitle
      + Double(members) * Double(titles) * Self.bytesPerMemberTitle
  }

  /// For example "about 248 MB (1,000 members × 30 days ≈ 417,000 events;
  /// 2,000 titles)".
  var description: String {
    "about \(Self.format(bytes: bytes)) (\(Self.grouped(members)) members × \(Self.grouped(days)) days "
      + "≈ \(Self.grouped(Int((events / 1000).rounded()) * 1000)) events; \(Self.grouped(titles)) titles)"
  }

  /// The memory this process may use: the machine's physical memory, or a
  /// smaller control-group limit (a container's `memory.max`).
  static func available() -> Double {
    var total = Double(ProcessInfo.processInfo.physicalMemory)
    for file in ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"] {
      if let text = try? String(contentsOfFile: file, encoding: .utf8),
         let limit = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)), limit > 0 {
        total = min(total, limit)
      }
    }
    return total
  }

  /// Bytes as MB or GB with one decimal, for example "2.1 GB".
  static func format(bytes: Double) -> String {
    let megabytes = bytes / 1_048_576
    if megabytes < 1024 { return "\(Int(megabytes.rounded())) MB" }
    return String(format: "%.1f GB", megabytes / 1024)
  }

  /// An integer with thousands separators, for example "1,000,000".
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { result += "," }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }
}
