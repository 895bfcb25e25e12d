#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The file of lines that did not make it into the log: one JSON object
/// per line with `line`, `kind` (`rejected` or `duplicate`), `field` (when
/// one is to blame), `reason` and the original `text` (invalid UTF-8
/// replaced by U+FFFD).
struct RejectsFile: ~Copyable {
  let path: String
  private var file: UnsafeMutablePointer<FILE>?

  init(path: String) throws(EventLogError) {
    guard let file = fopen(path, "wb") else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    setvbuf(file, nil, _IOFBF, 1 << 16)
    self.path = path
    self.file = file
  }

  deinit { if let file { fclose(file) } }

  mutating func write(_ rejection: Tally.Rejection, text: String) throws(EventLogError) {
    guard let file else { return }
    var out = JSONLineBuilder()
    out.addRaw("line", rejection.line)
    out.addRaw("kind", rejection.kind)
    if let field = rejection.field { out.addRaw("field", field) }
    out.addRaw("reason", rejection.reason)
    out.addRaw("text", text)
    var bytes: [UInt8] = []
    out.finish(into: &bytes)
    guard fwrite(bytes, 1, bytes.count, file) == bytes.count else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
  }

  mutating func close() throws(EventLogError) {
    guard let file else { return }
    self.file = nil
    guard fclose(file) == 0 else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
  }
}
