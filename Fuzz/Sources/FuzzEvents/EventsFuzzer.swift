import Events
import Foundation
import FuzzSupport

/// libFuzzer target for the event log: one input is a whole JSON Lines
/// file, read by ``EventLogReader`` and, line by line, by
/// ``Event/init(jsonLine:path:line:)``.
///
/// Properties checked (Docs/EventLog.md):
/// - lines read = accepted + rejected + duplicates, and lines read is the
///   number of lines in the file;
/// - for a UTF-8 file, the counts are those of a model of the reader:
///   decode each line on its own, then drop repeated ids (duplicates) and
///   profiles seen under another account (rejected);
/// - every accepted event encodes to a line that decodes to an equal event
///   and encodes to the same line again (decode → encode → decode);
/// - every error names the file and its line, and a field (or, for
///   malformed JSON, a column; for an over-long line, its length);
/// - the rejects file holds one JSON object per rejected or duplicate line,
///   each with its line number and a reason naming that line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvents(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  EventsFuzzer.check(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
  return 0
}

enum EventsFuzzer {
  static let input = ScratchFile("events.jsonl")
  static let rejects = ScratchFile("rejects.jsonl")
  /// The reader's smallest line limit, so that inputs of a few kilobytes
  /// reach the over-long line path.
  static let maximumLineBytes = 1024
  static let reader = EventLogReader(threads: 1, blockBytes: 1 << 16, maximumLineBytes: 1024)

  static func fail(_ property: String, _ details: String) -> Never {
    violation("events", property, details)
  }

  static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
    input.write(bytes)
    let ingestion: Ingestion
    do {
      ingestion = try reader.ingest(path: input.path, rejectsPath: rejects.path)
    } catch {
      fail("a readable file is ingested", "ingest threw \(error)")
    }
    let summary = ingestion.summary
    let lines = TextLines.split(bytes)

    // The counting invariant.
    guard summary.isBalanced,
      summary.linesRead == summary.accepted + summary.rejected + summary.duplicates
    else {
      fail(
        "lines read = accepted + rejected + duplicates",
        "\(summary.linesRead) read, \(summary.accepted) accepted, \(summary.rejected) rejected, "
          + "\(summary.duplicates) duplicates")
    }
    guard summary.linesRead == lines.count else {
      fail("every line is read once", "the file has \(lines.count) lines, \(summary.linesRead) read")
    }
    guard ingestion.log.eventCount == summary.accepted else {
      fail(
        "the log holds the accepted events",
        "\(summary.accepted) accepted, \(ingestion.log.eventCount) in the log")
    }
    let bySource = summary.acceptedBySource.values.reduce(0, +)
    guard bySource == summary.accepted else {
      fail("accepted by source adds up", "\(bySource) by source, \(summary.accepted) accepted")
    }

    checkErrors(summary)
    checkRejectsFile(summary)
    if String(validating: bytes, as: UTF8.self) != nil {
      // Round-trips every line that decodes, accepted or not.
      checkAgainstModel(lines, summary)
    } else {
      // Round trips of every accepted event.
      for timeline in ingestion.log.timelines {
        for event in timeline.events { checkRoundTrip(event) }
      }
    }
  }

  /// decode → encode → decode gives the same event, and the same line.
  static func checkRoundTrip(_ event: Event) {
    let line = event.jsonLine
    let again: Event
    do {
      again = try Event(jsonLine: line, path: "round-trip", line: 1)
    } catch {
      fail("an accepted event's encoding decodes", "\(line)\n  \(error)")
    }
    guard again == event else {
      fail("decode(encode(event)) == event", "\(line)\n  decoded: \(again.jsonLine)")
    }
    guard again.jsonLine == line else {
      fail("encode(decode(encode(event))) == encode(event)", "\(line)\n  then: \(again.jsonLine)")
    }
  }

  /// Every error names the file, its line and a field (or column, for
  /// malformed JSON; the length, for an over-long line).
  static func checkErrors(_ summary: IngestionSummary) {
    let path = input.path
    for error in summary.firstRejections {
      let text = error.description
      guard let line = error.line, (1...summary.linesRead).contains(line) else {
        fail("every rejection names a line of the file", "\(text)")
      }
      guard text.hasPrefix("\(path):\(line):") else {
        fail("every rejection's message starts with file:line", text)
      }
      switch error {
      case .malformedJSON(_, _, let field, let column, _, _):
        guard column >= 1, text.hasPrefix("\(path):\(line):\(column): ") else {
          fail("malformed JSON names its column", text)
        }
        if let field, !text.contains("field '\(field)'") {
          fail("malformed JSON names the field being read", text)
        }
      case .lineTooLong(_, _, let bytes, let limit):
        guard bytes > limit, limit == maximumLineBytes else {
          fail("an over-long line is longer than the limit", text)
        }
      default:
        // The field may be the empty key `""`, named as field ''.
        guard let field = error.field, text.contains("field '\(field)'") else {
          fail("every rejection names a field", text)
        }
      }
    }
    for duplicate in summary.firstDuplicates {
      guard duplicate.firstLine < duplicate.line, duplicate.line <= summary.linesRead else {
        fail(
          "a duplicate comes after the line first accepted",
          "'\(duplicate.id)' on line \(duplicate.line), first on \(duplicate.firstLine)")
      }
    }
  }

  /// One JSON object per rejected or duplicate line, in file order.
  static func checkRejectsFile(_ summary: IngestionSummary) {
    let bytes = rejects.read()
    let records = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    guard records.count == summary.rejected + summary.duplicates, bytes.last ?? 0x0A == 0x0A
    else {
      fail(
        "the rejects file has a line per rejected or duplicate line",
        "\(records.count) lines for \(summary.rejected) rejected + \(summary.duplicates) duplicates")
    }
    var previous = 0
    for record in records {
      guard
        let object = try? JSONSerialization.jsonObject(with: Data(record)) as? [String: Any],
        let line = object["line"] as? Int, let kind = object["kind"] as? String,
        let reason = object["reason"] as? String, object["text"] is String
      else {
        fail(
          "each rejects line is an object with line, kind, reason and text",
          String(decoding: record, as: UTF8.self))
      }
      guard line > previous, line <= summary.linesRead, kind == "rejected" || kind == "duplicate",
        reason.hasPrefix("\(input.path):\(line):")
      else {
        fail(
          "each rejects line names its line, in file order, and a reason on that line",
          String(decoding: record, as: UTF8.self))
      }
      if kind == "duplicate" && object["field"] as? String != "id" {
        fail("a duplicate names the field 'id'", String(decoding: record, as: UTF8.self))
      }
      previous = line
    }
  }

  /// The counts a model of the reader gives: each line decoded on its own;
  /// a valid event whose id was accepted before is a duplicate; one whose
  /// profile was accepted under another account is rejected.
  static func checkAgainstModel(_ lines: [ArraySlice<UInt8>], _ summary: IngestionSummary) {
    var accepted = 0
    var rejected = 0
    var duplicates = 0
    var ids: Set<String> = []
    var owners: [String: String] = [:]
    for (index, bytes) in lines.enumerated() {
      guard bytes.count <= maximumLineBytes,
        let event = try? Event(
          jsonLine: String(decoding: bytes, as: UTF8.self), path: input.path, line: index + 1)
      else {
        rejected += 1
        continue
      }
      checkRoundTrip(event)
      if ids.contains(event.id) {
        duplicates += 1
      } else if let profile = event.profile, let owner = owners[profile], owner != event.account {
        rejected += 1
      } else {
        accepted += 1
        ids.insert(event.id)
        if let profile = event.profile { owners[profile] = event.account }
      }
    }
    guard
      (accepted, rejected, duplicates) == (summary.accepted, summary.rejected, summary.duplicates)
    else {
      fail(
        "the reader counts what decoding each line on its own gives",
        "reader: \(summary.accepted) accepted, \(summary.rejected) rejected, "
          + "\(summary.duplicates) duplicates; model: \(accepted), \(rejected), \(duplicates)")
    }
  }
}
