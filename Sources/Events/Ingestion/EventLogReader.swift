#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Dispatch
import Synchronization

/// Reads a JSON Lines event log: validates every line, writes rejected and
/// duplicate lines to a rejects file with the reason, and builds the
/// ``EventLog`` of accepted events, ordered per profile.
///
/// The file is read in blocks of whole lines (memory stays bounded by the
/// block size, not the file size); the lines of a block are decoded on
/// several threads and then merged in file order, so the result does not
/// depend on the thread count.
///
/// ```swift
/// let ingestion = try EventLogReader.ingest(path: "events.jsonl", rejectsPath: "rejects.jsonl")
/// print(ingestion.summary)
/// ```
public struct EventLogReader: Sendable {
  /// The number of decoding threads.
  public var threads: Int
  /// The size of one read block in bytes.
  public var blockBytes: Int
  /// The longest line accepted, in bytes; longer lines are rejected
  /// without being held in memory.
  public var maximumLineBytes: Int

  /// Creates a reader; by default it decodes on every core, in 4 MiB blocks,
  /// with lines up to 1 MiB.
  public init(threads: Int? = nil, blockBytes: Int = 4 << 20, maximumLineBytes: Int = 1 << 20) {
    self.threads = max(1, threads ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    self.blockBytes = max(1 << 16, blockBytes)
    self.maximumLineBytes = max(1024, maximumLineBytes)
  }

  /// Reads and validates an event log with the default reader.
  ///
  /// - Parameters:
  ///   - path: the JSON Lines file.
  ///   - rejectsPath: where to write one JSON line per rejected or duplicate
  ///     line (`line`, `kind`, `field`, `reason`, `text`); `nil` for none.
  /// - Throws: ``EventLogError/cannotOpen(path:reason:)`` or
  ///   ``EventLogError/cannotWrite(path:reason:)``; invalid lines are not
  ///   thrown but counted and written to the rejects file.
  public static func ingest(path: String, rejectsPath: String?) throws(EventLogError) -> Ingestion {
    try EventLogReader().ingest(path: path, rejectsPath: rejectsPath)
  }

  /// Reads and validates an event log; see ``ingest(path:rejectsPath:)-swift.type.method``.
  ///
  /// - Complexity: O(bytes) decoding spread over `threads`, then
  ///   O(n log n) to sort each profile's events.
  public func ingest(path: String, rejectsPath: String?) throws(EventLogError) -> Ingestion {
    let clock = ContinuousClock()
    let started = clock.now
    var source = try LineBatchReader(
      path: path, blockBytes: blockBytes, maximumLineBytes: maximumLineBytes)
    var rejects = try rejectsPath.map { p throws(EventLogError) in try RejectsFile(path: p) }
    var tally = Tally(path: path)
    var events: [Event] = []
    while true {
      let lines = try source.nextBatch()
      if lines.isEmpty { break }
      let outcomes = decode(lines, in: source.bytes)
      for (line, outcome) in zip(lines, outcomes) {
        switch outcome {
        case .success(let event):
          if let rejection = tally.admit(event, line: line.number) {
            try rejects?.write(rejection, text: lineText(line, source.bytes))
          } else {
            events.append(event)
          }
        case .failure(let problem):
          let error: EventLogError =
            line.overlongBytes > 0
            ? .lineTooLong(path: path, line: line.number, bytes: line.overlongBytes, limit: maximumLineBytes)
            : problem.error(path: path, line: line.number)
          let rejection = tally.reject(error)
          try rejects?.write(rejection, text: lineText(line, source.bytes))
        }
      }
    }
    try rejects?.close()
    let log = EventLog(events: events)
    let elapsed = (clock.now - started).components
    let summary = tally.summary(
      rejectsPath: rejectsPath, log: log,
      seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18)
    return Ingestion(log: log, summary: summary)
  }

  /// Decodes a batch's lines on `threads` threads; outcomes in line order.
  func decode(_ lines: [LineBatchReader.Line], in bytes: UnsafeRawPointer) -> [Result<Event, LineProblem>] {
    let pieceCount = min(lines.count, threads * 4)
    let pieceSize = (lines.count + pieceCount - 1) / max(1, pieceCount)
    let pieces = pieceCount == 0 ? 0 : (lines.count + pieceSize - 1) / pieceSize
    let results = Mutex<[[Result<Event, LineProblem>]]>(Array(repeating: [], count: pieces))
    let next = Atomic<Int>(0)
    let base = SendablePointer(pointer: bytes)
    let work: @Sendable (Int) -> Void = { _ in
      var decoder = EventDecoder()
      while true {
        let piece = next.add(1, ordering: .relaxed).oldValue
        guard piece < pieces else { return }
        var out: [Result<Event, LineProblem>] = []
        let range = (piece * pieceSize)..<min(lines.count, (piece + 1) * pieceSize)
        out.reserveCapacity(range.count)
        for index in range {
          let line = lines[index]
          if line.overlongBytes > 0 {
            out.append(.failure(.malformed(field: nil, offset: 0, expected: "", found: "")))
            continue
          }
          let slice = UnsafeRawBufferPointer(start: base.pointer + line.start, count: line.end - line.start)
          do throws(LineProblem) {
            out.append(.success(try decoder.decode(slice)))
          } catch {
            out.append(.failure(error))
          }
        }
        results.withLock { $0[piece] = out }
      }
    }
    let workers = min(threads, pieces)
    if workers <= 1 {
      work(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: workers, execute: work)
    }
    return results.withLock { $0.flatMap { $0 } }
  }

  private func lineText(_ line: LineBatchReader.Line, _ bytes: UnsafeRawPointer) -> String {
    if line.overlongBytes > 0 {
      return String(decoding: line.overlongPrefix, as: UTF8.self) + "…"
    }
    return String(decoding: UnsafeRawBufferPointer(start: bytes + line.start, count: line.end - line.start), as: UTF8.self)
  }
}

/// A pointer to a batch buffer that the decoding threads only read while
/// the reader waits for them, so sharing it is safe.
struct SendablePointer: @unchecked Sendable {
  let pointer: UnsafeRawPointer
}
