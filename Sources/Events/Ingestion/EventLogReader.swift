import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

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
    // Events are rarely under 100 bytes a line.
    var tally = Tally(path: path, expectedLines: source.fileBytes / 100)
    // A pipeline: batch k+1 is decoded in the background while batch k is
    // merged here, so the merge (one hash lookup or two per event) does not
    // leave a core idle (measured in the `ingestion` benchmarks).
    var pending: (batch: LineBatch, outcomes: [[DecodedLine]])? = nil
    var next = try source.nextBatch()
    while pending != nil || next != nil {
      let decoding = next.map { batch in
        let result = DecodedBatch()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { [self] in
          result.outcomes = self.decode(batch)
        }
        return (batch, result, group)
      }
      // Taken out of `pending` and consumed, so the merge owns the only
      // reference and can move the events out without copying them.
      if let (batch, outcomes) = pending.take() {
        try merge(batch, consume outcomes, into: &tally, rejects: &rejects)
      }
      if let (batch, result, group) = decoding {
        next = try source.nextBatch()
        group.wait()
        pending = (batch, result.outcomes)
      }
    }
    try rejects?.close()
    let log = tally.takeLog()
    let elapsed = (clock.now - started).components
    let summary = tally.summary(
      rejectsPath: rejectsPath, log: log,
      seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18)
    return Ingestion(log: log, summary: summary)
  }

  /// Counts and admits a decoded batch's lines in file order.
  private func merge(
    _ batch: LineBatch, _ outcomes: consuming [[DecodedLine]], into tally: inout Tally,
    rejects: inout RejectsFile?
  ) throws(EventLogError) {
    // Events are moved out of the outcomes, not copied: copying an event
    // (retaining its payload and strings) cost 10% of the time in the
    // `ingestion` benchmarks.
    var outcomes = outcomes
    var lineIndex = 0
    for piece in outcomes.indices {
      for index in outcomes[piece].indices {
        let line = batch.lines[lineIndex]
        lineIndex += 1
        let hashes = outcomes[piece][index].hashes
        if let event = outcomes[piece][index].event.take() {
          if !tally.admit(event, line: line.number, hashes: hashes),
            let rejection = tally.lastRejection
          {
            try rejects?.write(rejection, text: batch.text(line))
          }
        } else {
          let problem =
            outcomes[piece][index].problem
            ?? .malformed(field: nil, offset: 0, expected: "", found: "")
          let error: EventLogError =
            line.overlongBytes > 0
            ? .lineTooLong(
              path: tally.path, line: line.number, bytes: line.overlongBytes,
              limit: maximumLineBytes)
            : problem.error(path: tally.path, line: line.number)
          let rejection = tally.reject(error)
          try rejects?.write(rejection, text: batch.text(line))
        }
      }
    }
  }

  /// Decodes a batch's lines on `threads` threads, in pieces; outcomes in
  /// line order.
  func decode(_ batch: LineBatch) -> [[DecodedLine]] {
    let lines = batch.lines
    let pieceCount = min(lines.count, threads * 4)
    let pieceSize = (lines.count + pieceCount - 1) / max(1, pieceCount)
    let pieces = pieceCount == 0 ? 0 : (lines.count + pieceSize - 1) / pieceSize
    let results = Mutex<[[DecodedLine]]>(Array(repeating: [], count: pieces))
    let next = Atomic<Int>(0)
    let work: @Sendable (Int) -> Void = { _ in
      var decoder = EventDecoder()
      while true {
        let piece = next.add(1, ordering: .relaxed).oldValue
        guard piece < pieces else { return }
        var out: [DecodedLine] = []
        let range = (piece * pieceSize)..<min(lines.count, (piece + 1) * pieceSize)
        out.reserveCapacity(range.count)
        for index in range {
          let line = lines[index]
          if line.overlongBytes > 0 {
            out.append(
              DecodedLine(problem: .malformed(field: nil, offset: 0, expected: "", found: "")))
            continue
          }
          do throws(LineProblem) {
            out.append(DecodedLine(event: try decoder.decode(batch.slice(line))))
          } catch {
            out.append(DecodedLine(problem: error))
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
    return results.withLock { pieces in
      defer { pieces = [] }
      return pieces
    }
  }
}
