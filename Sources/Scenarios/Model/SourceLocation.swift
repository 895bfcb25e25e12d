/// A place in a scenario file, for reporting on what was written there.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column.
  public var column: Int

  /// Creates a location.
  public init(path: String, line: Int, column: Int) {
    self.path = path
    self.line = line
    self.column = column
  }

  /// `path:line:column`.
  public var description: String { "\(path):\(line):\(column)" }
}
