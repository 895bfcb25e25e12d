import Foundation

/// Writing to the standard streams.
enum FileHandleOutput {
  /// Writes a line to standard error.
  static func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
