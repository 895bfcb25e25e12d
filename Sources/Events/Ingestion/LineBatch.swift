/// A block of whole lines read from a file, owning its bytes, so that it can
/// be decoded on other threads while the reader moves on.
final class LineBatch: @unchecked Sendable {
  // Sendable by construction: the buffer and the lines are written only
  // by the reader while it builds the batch, and only read afterwards.

  /// One line of a batch.
  struct Line: Sendable {
    /// Byte range in the batch buffer, without the line ending.
    var start: Int
    var end: Int
    /// The 1-based line number.
    var number: Int
    /// For a line over the limit, its full length (its bytes are not in
    /// the buffer; `overlongPrefixes` holds the first ones); otherwise 0.
    var overlongBytes: Int = 0
  }

  let bytes: UnsafeMutableRawPointer
  /// The lines; plain values, so that reading one costs no reference
  /// counting (an array field here cost 5% in the `ingestion` benchmarks).
  var lines: [Line] = []
  /// The first bytes of each overlong line, by line number.
  var overlongPrefixes: [Int: [UInt8]] = [:]
  private let pool: BlockPool

  init(pool: BlockPool) {
    self.pool = pool
    bytes = pool.take()
  }

  deinit { pool.give(bytes) }

  /// The bytes of a line (empty for an overlong line).
  func slice(_ line: Line) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: bytes + line.start, count: line.end - line.start)
  }

  /// The text of a line for the rejects file (invalid UTF-8 replaced).
  func text(_ line: Line) -> String {
    if line.overlongBytes > 0 {
      return String(decoding: overlongPrefixes[line.number] ?? [], as: UTF8.self) + "…"
    }
    return String(decoding: slice(line), as: UTF8.self)
  }
}
