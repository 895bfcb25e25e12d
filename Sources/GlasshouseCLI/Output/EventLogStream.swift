import Events

/// The run's event log written to disk day by day as the simulation goes
/// (the simulator's `eventSink`), instead of all at once at the end.
///
/// A class so that the simulator's escaping sink closure can append to one
/// writer; it is used only on the thread that runs the simulation (the sink
/// is called on the calling thread), so it needs no lock and is not
/// `Sendable`.
final class EventLogStream {
  /// The file being written.
  let path: String
  private var writer: EventLogWriter
  private var closed = false
  /// The first write error; later days are not written after one.
  private(set) var failure: EventLogError?
  /// Events written so far.
  private(set) var written = 0

  /// Creates (or truncates) the file.
  ///
  /// - Throws: ``EventLogError/cannotWrite(path:reason:)``.
  init(path: String) throws(EventLogError) {
    self.path = path
    self.writer = try EventLogWriter(path: path)
  }

  /// Appends a day's events in log order; a failure is kept for
  /// ``finish()`` (the sink cannot throw).
  func append(_ events: [Event]) {
    guard failure == nil, !closed else { return }
    do throws(EventLogError) {
      for event in events { try writer.write(event) }
      written += events.count
    } catch {
      failure = error
    }
  }

  /// Flushes and closes the file.
  ///
  /// - Throws: the first write error, or the error closing the file.
  func finish() throws(EventLogError) {
    if let failure { throw failure }
    guard !closed else { return }
    closed = true
    try writer.close()
  }
}
