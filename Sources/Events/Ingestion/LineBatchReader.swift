#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Reads a file in large blocks and hands out batches of whole lines, so
/// that the lines of one batch can be decoded on several threads.
///
/// Memory stays bounded by the block size whatever the file size: a line
/// longer than `maximumLineBytes` is skipped (only its first bytes are
/// kept, for the rejects file) rather than buffered.
struct LineBatchReader: ~Copyable {
  /// One line of a batch.
  struct Line {
    /// Byte range in the batch buffer, without the line ending.
    var start: Int
    var end: Int
    /// The 1-based line number.
    var number: Int
    /// For a line over the limit, its full length (its bytes are not in
    /// the buffer; `overlongPrefix` holds the first ones); otherwise 0.
    var overlongBytes: Int = 0
    var overlongPrefix: [UInt8] = []
  }

  let path: String
  let maximumLineBytes: Int
  private let file: UnsafeMutablePointer<FILE>
  private let buffer: UnsafeMutableRawPointer
  private let capacity: Int
  private var filled = 0
  private var consumed = 0
  private var lineNumber = 0
  private var atEnd = false
  private var skipped: (bytes: Int, prefix: [UInt8])? = nil

  init(path: String, blockBytes: Int, maximumLineBytes: Int) throws(EventLogError) {
    guard let file = fopen(path, "rb") else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    self.file = file
    self.path = path
    self.maximumLineBytes = maximumLineBytes
    self.capacity = max(blockBytes, 2 * maximumLineBytes + 2)
    self.buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 64)
  }

  deinit {
    fclose(file)
    buffer.deallocate()
  }

  /// The buffer the current batch's line ranges refer to.
  var bytes: UnsafeRawPointer { UnsafeRawPointer(buffer) }

  /// The next batch of lines, or an empty array at the end of the file.
  /// The previous batch's byte ranges become invalid.
  mutating func nextBatch() throws(EventLogError) -> [Line] {
    if consumed > 0 {
      let remaining = filled - consumed
      if remaining > 0 { memmove(buffer, buffer + consumed, remaining) }
      filled = remaining
      consumed = 0
    }
    var lines: [Line] = []
    while lines.isEmpty {
      if atEnd && filled == 0 && skipped == nil { return [] }
      if !atEnd {
        let count = fread(buffer + filled, 1, capacity - filled, file)
        if count == 0 {
          if ferror(file) != 0 { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
          atEnd = true
        }
        filled += count
      }
      var position = 0
      while position < filled,
        let newline = memchr(buffer + position, 0x0A, filled - position)
      {
        let end = buffer.distance(to: newline)
        emit(from: position, to: end, into: &lines)
        position = end + 1
      }
      let remaining = filled - position
      if atEnd {
        if remaining > 0 || skipped != nil { emit(from: position, to: filled, into: &lines) }
        position = filled
      } else if skipped != nil {
        skipped!.bytes += remaining
        position = filled
      } else if remaining > maximumLineBytes {
        let prefixEnd = position + min(remaining, 256)
        skipped = (remaining, Array(UnsafeRawBufferPointer(start: buffer + position, count: prefixEnd - position)))
        position = filled
      }
      consumed = position
      if lines.isEmpty {
        // Nothing whole yet: keep the partial line and read more.
        let remaining = filled - consumed
        if remaining > 0 && consumed > 0 { memmove(buffer, buffer + consumed, remaining) }
        filled = remaining
        consumed = 0
      }
    }
    return lines
  }

  private mutating func emit(from start: Int, to end: Int, into lines: inout [Line]) {
    lineNumber += 1
    if let skip = skipped {
      skipped = nil
      lines.append(
        Line(start: 0, end: 0, number: lineNumber, overlongBytes: skip.bytes + end - start,
             overlongPrefix: skip.prefix))
      return
    }
    var end = end
    if end > start && buffer.load(fromByteOffset: end - 1, as: UInt8.self) == 0x0D { end -= 1 }
    if end - start > maximumLineBytes {
      let prefix = Array(UnsafeRawBufferPointer(start: buffer + start, count: min(256, end - start)))
      lines.append(
        Line(start: 0, end: 0, number: lineNumber, overlongBytes: end - start, overlongPrefix: prefix))
    } else {
      lines.append(Line(start: start, end: end, number: lineNumber))
    }
  }
}
