import Events
import Foundation
import Support
import Testing

@Suite("Ingestion: counting, duplicates, ordering")
struct IngestionTests {
  @Test("Out-of-order events are accepted and ordered per profile")
  func outOfOrder() throws {
    let events = [
      EventExamples.event(
        "a", at: "2026-03-01T21:00:00+01:00", profile: "p-1", .listAdd(title: "t3")),
      EventExamples.event(
        "b", at: "2026-03-01T20:00:00+01:00", profile: "p-1", .listAdd(title: "t1")),
      EventExamples.event("c", at: "2026-03-01T19:30:00Z", profile: "p-2", .listAdd(title: "t9")),
      // 19:30Z is 20:30+01:00: between a and b, although written with another offset.
      EventExamples.event("d", at: "2026-03-01T19:30:00Z", profile: "p-1", .listAdd(title: "t2")),
      EventExamples.event(
        "e", at: "2026-03-01T20:00:00+01:00", profile: "p-1", .listAdd(title: "t1b")),
    ]
    let file = try EventExamples.file(events.map(\.jsonLine))
    let ingestion = try EventLogReader.ingest(path: file.path, rejectsPath: nil)
    #expect(ingestion.log.events(account: "a-1", profile: "p-1").map(\.id) == ["b", "e", "d", "a"])
    #expect(ingestion.log.events(account: "a-1", profile: "p-2").map(\.id) == ["c"])
    #expect(ingestion.summary.reordered == 3)  // b, d and e came after a later event
    #expect(ingestion.summary.profiles == 2)
  }

  @Test("Duplicate ids are dropped, counted and reported")
  func duplicates() throws {
    let first = EventExamples.event("dup", .listAdd(title: "t1"))
    let copy = EventExamples.event("dup", at: "2026-03-02T10:00:00+01:00", .listAdd(title: "t2"))
    let other = EventExamples.event("other", .listAdd(title: "t3"))
    let file = try EventExamples.file([
      first.jsonLine, "garbage", copy.jsonLine, other.jsonLine, first.jsonLine,
    ])
    let ingestion = try EventLogReader.ingest(path: file.path, rejectsPath: file.rejects)
    let summary = ingestion.summary
    #expect(summary.linesRead == 5)
    #expect(summary.accepted == 2)
    #expect(summary.rejected == 1)
    #expect(summary.duplicates == 2)
    #expect(summary.isBalanced)
    #expect(summary.firstDuplicates.map(\.id) == ["dup", "dup"])
    #expect(summary.firstDuplicates.map(\.line) == [3, 5])
    #expect(summary.firstDuplicates.map(\.firstLine) == [1, 1])
    #expect(ingestion.log.events(account: "a-1", profile: "p-1") == [first, other])
    #expect(summary.description.contains("5 lines read = 2 accepted + 1 rejected + 2 duplicates"))
    let rejects = try EventExamples.rejects(file.rejects)
    #expect(rejects.map { $0["kind"] as? String } == ["rejected", "duplicate", "duplicate"])
    #expect(rejects.map { $0["line"] as? Int } == [2, 3, 5])
  }

  /// Lines of every sort a broken pipeline produces.
  static func fuzzedLines(seed: UInt64, count: Int) -> [[UInt8]] {
    var random = SeededGenerator(seed: seed)
    var lines: [[UInt8]] = []
    for index in 0..<count {
      let base = EventExamples.all[Int(random.next() % UInt64(EventExamples.all.count))]
      var event = base
      event.id = "f\(random.next() % UInt64(count))"  // about 1 in 3 ids repeat
      var line = Array(event.jsonLine.utf8)
      switch random.next() % 12 {
      case 0:  // random bytes, newlines excluded
        line = (0..<Int(random.next() % 200)).map { _ in UInt8(random.next() % 256) }.filter {
          $0 != 0x0A
        }
      case 1:  // truncated
        line = Array(line.prefix(Int(random.next() % UInt64(line.count))))
      case 2:  // huge numbers
        line = Array(
          String(decoding: line, as: UTF8.self).replacingOccurrences(of: "5400.0", with: "1e309")
            .utf8)
        line = Array(
          String(decoding: line, as: UTF8.self).replacingOccurrences(
            of: ":0.0", with: ":123456789012345678901234567890"
          ).utf8)
      case 3:  // NaN
        line = Array(
          String(decoding: line, as: UTF8.self).replacingOccurrences(
            of: "\"v\":1", with: "\"v\":NaN"
          ).utf8)
      case 4:  // negative durations
        line = Array(
          String(decoding: line, as: UTF8.self).replacingOccurrences(of: "5400.0", with: "-5400.0")
            .utf8)
      case 5:  // unknown ids: an unknown event type
        line = Array(
          String(decoding: line, as: UTF8.self).replacingOccurrences(
            of: "\"type\":\"", with: "\"type\":\"x_"
          ).utf8)
      case 6:  // flipped byte
        if !line.isEmpty {
          let at = Int(random.next() % UInt64(line.count))
          line[at] = UInt8(random.next() % 256)
          if line[at] == 0x0A { line[at] = 0x20 }
        }
      case 7:  // carriage return line ending
        line.append(0x0D)
      default: break  // valid (or a duplicate id)
      }
      _ = index
      lines.append(line)
    }
    return lines
  }

  @Test(
    "Under a fuzzed file every line is counted once, whatever the threads and block size",
    arguments: [1, 2, 3])
  func fuzzInvariant(seed: Int) throws {
    let lines = Self.fuzzedLines(seed: UInt64(seed), count: 3000)
    let directory = try EventExamples.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("fuzz.jsonl").path
    var bytes: [UInt8] = lines.flatMap { $0 + [0x0A] }
    if seed == 2 { bytes.removeLast() }  // no final newline
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    var results: [IngestionSummary] = []
    for (threads, block) in [(1, 1 << 16), (2, 1 << 16), (2, 4 << 20)] {
      let rejects = directory.appendingPathComponent("rejects-\(threads)-\(block).jsonl").path
      let reader = EventLogReader(threads: threads, blockBytes: block, maximumLineBytes: 4096)
      let ingestion = try reader.ingest(path: path, rejectsPath: rejects)
      let summary = ingestion.summary
      #expect(summary.linesRead == lines.count)
      #expect(summary.linesRead == summary.accepted + summary.rejected + summary.duplicates)
      #expect(summary.isBalanced)
      #expect(summary.rejected > 0 && summary.duplicates > 0 && summary.accepted > 0)
      #expect(ingestion.log.eventCount == summary.accepted)
      #expect(try EventExamples.rejects(rejects).count == summary.rejected + summary.duplicates)
      results.append(summary)
    }
    #expect(
      Set(
        results.map {
          "\($0.accepted) \($0.rejected) \($0.duplicates) \($0.firstRejections) \($0.rejectionsByCategory.sorted { $0.key < $1.key })"
        }
      ).count == 1)
  }
}
