#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Reads a text file line by line in constant memory (a 1 MiB buffer),
/// giving each line with its 1-based number.
///
/// Line endings `\n` and `\r\n` are both accepted and not included in the
/// line; a missing final newline is fine. Lines are handed out as raw UTF-8
/// bytes so callers can parse numbers without building strings.
public struct LineReader: ~Copyable {
  private let file: UnsafeMutablePointer<FILE>
  private var buffer: UnsafeMutablePointer<CChar>?
  private var capacity: Int = 0
  /// The file's path, for error messages.
  public let path: String
  /// The number of the last line returned (0 before the first).
  public private(set) var lineNumber = 0

  /// Opens a file for reading.
  ///
  /// - Throws: ``FileOpenError/noSuchFile(path:)`` when it does not exist,
  ///   ``FileOpenError/cannotOpen(path:reason:)`` when it cannot be read.
  public init(path: String) throws(FileOpenError) {
    guard let file = fopen(path, "r") else {
      if errno == ENOENT { throw .noSuchFile(path: path) }
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    setvbuf(file, nil, _IOFBF, 1 << 20)
    self.file = file
    self.path = path
  }

  deinit {
    fclose(file)
    free(buffer)
  }

  /// Calls `body` with each remaining line's bytes (without the line ending)
  /// and number, until the file ends or `body` throws.
  public mutating func forEachLine<E: Error>(
    _ body: (UnsafeBufferPointer<UInt8>, Int) throws(E) -> Void
  ) throws(E) {
    while true {
      let length = getline(&buffer, &capacity, file)
      guard length >= 0, let buffer else { return }
      lineNumber += 1
      var end = length
      if end > 0 && buffer[end - 1] == 0x0A { end -= 1 }
      if end > 0 && buffer[end - 1] == 0x0D { end -= 1 }
      let bytes = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
      try body(UnsafeBufferPointer(start: bytes, count: end), lineNumber)
    }
  }
}
