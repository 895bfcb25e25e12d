import Foundation

/// A file in the system's temporary directory, written by a test.
public enum TemporaryFile {
  /// Writes `contents` to a new temporary file and returns its path.
  public static func write(_ contents: String, name: String = "glasshouse-test") -> String {
    let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
    FileManager.default.createFile(atPath: path, contents: Data(contents.utf8))
    return path
  }
}
