/// Why a file could not be opened for reading; the message names the file.
public enum FileOpenError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The file does not exist.
  case noSuchFile(path: String)
  /// The file could not be opened for another reason (permissions, a
  /// directory, ...), with the system's explanation.
  case cannotOpen(path: String, reason: String)

  /// The file's path.
  public var path: String {
    switch self {
    case .noSuchFile(let path), .cannotOpen(let path, _): return path
    }
  }

  /// Why it could not be opened, without the path: "no such file" or the
  /// system's explanation.
  public var reason: String {
    switch self {
    case .noSuchFile: return "no such file"
    case .cannotOpen(_, let reason): return reason
    }
  }

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .noSuchFile(let path):
      return "\(path): no such file"
    case .cannotOpen(let path, let reason):
      return "\(path): cannot open the file (\(reason))"
    }
  }
}
