#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Writes events as JSON Lines, one ``Event/jsonLine`` per line, in the
/// order given; reading the file back gives equal events.
public struct EventLogWriter: ~Copyable {
  /// The file being written.
  public let path: String
  private var file: UnsafeMutablePointer<FILE>?
  private var buffer: [UInt8] = []

  /// Creates (or truncates) a file for writing.
  ///
  /// - Throws: ``EventLogError/cannotWrite(path:reason:)``.
  public init(path: String) throws(EventLogError) {
    guard let file = fopen(path, "wb") else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    self.path = path
    self.file = file
    buffer.reserveCapacity(1 << 16)
  }

  deinit { if let file { fclose(file) } }

  /// Appends one event.
  public mutating func write(_ event: Event) throws(EventLogError) {
    event.appendJSONLine(to: &buffer)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Flushes and closes the file; further writes are ignored.
  public mutating func close() throws(EventLogError) {
    try flush()
    guard let file else { return }
    self.file = nil
    guard fclose(file) == 0 else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes a whole sequence of events to a file.
  public static func write(_ events: some Sequence<Event>, to path: String) throws(EventLogError) {
    var writer = try EventLogWriter(path: path)
    for event in events { try writer.write(event) }
    try writer.close()
  }

  private mutating func flush() throws(EventLogError) {
    guard let file, !buffer.isEmpty else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    guard fwrite(buffer, 1, buffer.count, file) == buffer.count else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
  }
}
