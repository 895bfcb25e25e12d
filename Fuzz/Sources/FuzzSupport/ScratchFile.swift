#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A file the fuzzer rewrites with each input, for readers that take a
/// path. It lives in a folder of its own under `$FUZZ_TMPDIR`, `$TMPDIR` or
/// `/tmp`, one per process, removed when the process exits normally.
/// `Fuzz/run.sh` points `FUZZ_TMPDIR` at `/dev/shm`: on ext4, rewriting a
/// file (truncate, write, close) starts a write-back each time, and that
/// was most of the time of an input.
public struct ScratchFile: Sendable {
  /// The folder holding this process's scratch files.
  public static let folder: String = {
    let base = (getenv("FUZZ_TMPDIR") ?? getenv("TMPDIR")).map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(base)/glasshouse-fuzz-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    guard let made else { fatalError("fuzz: cannot make a scratch folder under \(base)") }
    let path = String(cString: made)
    atexit { ScratchFile.removeFolder() }
    return path
  }()

  /// The file's full path.
  public let path: String

  /// A scratch file named `name` inside ``folder``.
  public init(_ name: String) { path = "\(ScratchFile.folder)/\(name)" }

  /// Replaces the file's contents with `bytes`.
  public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let file = fopen(path, "wb") else { fatalError("fuzz: cannot write \(path)") }
    if let base = bytes.baseAddress, bytes.count > 0 {
      guard fwrite(base, 1, bytes.count, file) == bytes.count else {
        fatalError("fuzz: cannot write \(path)")
      }
    }
    fclose(file)
  }

  /// The file's contents (empty when it does not exist).
  public func read() -> [UInt8] {
    guard let file = fopen(path, "rb") else { return [] }
    defer { fclose(file) }
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      if count == 0 { break }
      out += chunk[0..<count]
    }
    return out
  }

  /// Removes the file if it exists.
  public func remove() { unlink(path) }

  private static func removeFolder() {
    // Only the files this package writes; rmdir fails if anything else is there.
    for name in ["events.jsonl", "rejects.jsonl", "scenario.yaml", "catalog.yaml", "catalog.json",
                 "interactions.txt", "interactions-again.txt"] {
      unlink("\(ScratchFile.folder)/\(name)")
    }
    rmdir(ScratchFile.folder)
  }
}
