#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads a file in large blocks and hands out batches of whole lines.
///
/// Memory stays bounded by the block size whatever the file size: each
/// batch owns one block, the partial line at its end moves to the next, and
/// a line longer than `maximumLineBytes` is skipped (only its first bytes
/// are kept, for the rejects file) rather than buffered.
struct LineBatchReader: ~Copyable {
  let path: String
  let maximumLineBytes: Int
  /// The file's size in bytes when known (0 otherwise), to size tables.
  let fileBytes: Int
  private let file: UnsafeMutablePointer<FILE>
  private let capacity: Int
  private let pool: BlockPool
  private var carry: [UInt8] = []
  private var lineNumber = 0
  private var atEnd = false
  private var skipped: (bytes: Int, prefix: [UInt8])? = nil

  init(path: String, blockBytes: Int, maximumLineBytes: Int) throws(EventLogError) {
    guard let file = fopen(path, "rb") else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    var status = stat()
    self.fileBytes = fstat(fileno(file), &status) == 0 ? Int(status.st_size) : 0
    self.file = file
    self.path = path
    self.maximumLineBytes = maximumLineBytes
    self.capacity = max(blockBytes, 2 * maximumLineBytes + 2)
    self.pool = BlockPool(capacity: capacity)
  }

  deinit { fclose(file) }

  /// The next batch of lines, or `nil` at the end of the file.
  mutating func nextBatch() throws(EventLogError) -> LineBatch? {
    while true {
      if atEnd && carry.isEmpty && skipped == nil { return nil }
      let batch = LineBatch(pool: pool)
      let buffer = batch.bytes
      var filled = carry.count
      carry.withUnsafeBytes {
        if let base = $0.baseAddress { buffer.copyMemory(from: base, byteCount: $0.count) }
      }
      carry = []
      if !atEnd {
        let count = fread(buffer + filled, 1, capacity - filled, file)
        if count < capacity - filled {
          if ferror(file) != 0 {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
          }
          atEnd = feof(file) != 0
        }
        filled += count
      }
      var lines: [LineBatch.Line] = []
      var prefixes: [Int: [UInt8]] = [:]
      var position = 0
      while position < filled, let newline = memchr(buffer + position, 0x0A, filled - position) {
        let end = buffer.distance(to: newline)
        emit(buffer, from: position, to: end, into: &lines, prefixes: &prefixes)
        position = end + 1
      }
      let remaining = filled - position
      if atEnd {
        if remaining > 0 || skipped != nil {
          emit(buffer, from: position, to: filled, into: &lines, prefixes: &prefixes)
        }
      } else if skipped != nil {
        skipped!.bytes += remaining
      } else if remaining > maximumLineBytes {
        let prefix = UnsafeRawBufferPointer(start: buffer + position, count: min(remaining, 256))
        skipped = (remaining, Array(prefix))
      } else {
        carry = Array(UnsafeRawBufferPointer(start: buffer + position, count: remaining))
      }
      if !lines.isEmpty {
        batch.lines = lines
        batch.overlongPrefixes = prefixes
        return batch
      }
    }
  }

  private mutating func emit(
    _ buffer: UnsafeMutableRawPointer, from start: Int, to end: Int,
    into lines: inout [LineBatch.Line], prefixes: inout [Int: [UInt8]]
  ) {
    lineNumber += 1
    if let skip = skipped {
      skipped = nil
      lines.append(
        .init(start: 0, end: 0, number: lineNumber, overlongBytes: skip.bytes + end - start))
      prefixes[lineNumber] = skip.prefix
      return
    }
    var end = end
    if end > start && buffer.load(fromByteOffset: end - 1, as: UInt8.self) == 0x0D { end -= 1 }
    if end - start > maximumLineBytes {
      let prefix = Array(
        UnsafeRawBufferPointer(start: buffer + start, count: min(256, end - start)))
      lines.append(.init(start: 0, end: 0, number: lineNumber, overlongBytes: end - start))
      prefixes[lineNumber] = prefix
    } else {
      lines.append(.init(start: start, end: end, number: lineNumber))
    }
  }
}
