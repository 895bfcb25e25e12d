import ArgumentParser
import Foundation

/// The one check every command that writes makes before it writes: no
/// output path may be one of the command's inputs.
///
/// Paths are compared twice: as real paths (symbolic links and `..`
/// resolved, for outputs that do not exist yet through their parent
/// folder) and by device and inode (so a hard link to an input counts).
/// An output folder that a command replaces wholesale (`run --out`,
/// `matrix export --out`, `evaluate demographics --write-sample`) must not
/// hold an input either, and one replaced wholesale must be new, empty or
/// an earlier output of the command (``ForeignOutputFolder``). A conflict
/// is bad command-line usage: exit 64.
enum OutputPathCheck {
  /// Whether an output file or folder would overwrite an input.
  ///
  /// - Parameters:
  ///   - output: the path the command would write.
  ///   - option: the option that names it, for the message.
  ///   - inputs: every path the command reads (files or folders).
  ///   - isFolder: the output is a folder replaced as a whole, so an input
  ///     inside it counts too.
  /// - Returns: the first conflict, or `nil`.
  static func conflict(
    output: String, option: String, inputs: [String], isFolder: Bool
  ) -> OutputPathConflict? {
    let out = Location(output)
    for input in inputs {
      let source = Location(input)
      if out.isSame(as: source) {
        return OutputPathConflict(option: option, output: output, input: input, overlap: .same)
      }
      if isFolder && source.ancestors.contains(where: { out.isSame(as: $0) }) {
        return OutputPathConflict(option: option, output: output, input: input, overlap: .contains)
      }
    }
    return nil
  }

  /// Whether replacing the folder at `output` would delete something that
  /// is not an earlier output: it exists and is a file, or a folder that is
  /// not empty and holds none of `markers`.
  static func foreignFolder(output: String, option: String, markers: [String]) -> ForeignOutputFolder? {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard manager.fileExists(atPath: output, isDirectory: &isFolder) else { return nil }
    guard isFolder.boolValue else {
      return ForeignOutputFolder(option: option, output: output, markers: markers, isFile: true)
    }
    let contents = (try? manager.contentsOfDirectory(atPath: output)) ?? []
    if contents.isEmpty || markers.contains(where: contents.contains) { return nil }
    return ForeignOutputFolder(option: option, output: output, markers: markers, isFile: false)
  }

  /// Stops the command with exit code 64 and a message naming both paths
  /// when `output` would overwrite one of `inputs` — or, with `markers`,
  /// when it is a folder replaced as a whole that holds none of them; does
  /// nothing when `output` is `nil`.
  ///
  /// - Parameter markers: for a folder the command replaces as a whole, the
  ///   files one of its earlier outputs holds (`nil` when it writes into
  ///   the folder instead).
  /// - Throws: `ExitCode(64)` after printing the conflict on standard error.
  static func require(
    _ output: String?, option: String, notAmong inputs: [String], isFolder: Bool = false,
    replacing markers: [String]? = nil
  ) throws {
    guard let output else { return }
    if let conflict = conflict(output: output, option: option, inputs: inputs, isFolder: isFolder || markers != nil) {
      FileHandleOutput.standardError("glasshouse: error: \(conflict)")
      throw ExitCode(64)
    }
    if let markers, let foreign = foreignFolder(output: output, option: option, markers: markers) {
      FileHandleOutput.standardError("glasshouse: error: \(foreign)")
      throw ExitCode(64)
    }
  }

  /// A path as the file system sees it: its real path, and its device and
  /// inode when it exists.
  struct Location: Equatable {
    /// The absolute path with symbolic links resolved as far as it exists.
    let resolved: String
    /// Device and inode, `nil` when nothing is there.
    let identity: Identity?

    /// Device and inode numbers of an existing file.
    struct Identity: Equatable {
      let device: UInt64
      let inode: UInt64
    }

    init(_ path: String) {
      self.init(resolved: Self.resolve(path))
    }

    private init(resolved: String) {
      self.resolved = resolved
      var info = stat()
      identity = stat(resolved, &info) == 0
        ? Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) : nil
    }

    /// The same file: one real path, or one device and inode.
    func isSame(as other: Location) -> Bool {
      if resolved == other.resolved { return true }
      guard let identity, let theirs = other.identity else { return false }
      return identity == theirs
    }

    /// The folders above this path, nearest first, up to `/`.
    var ancestors: [Location] {
      var result: [Location] = []
      var path = resolved
      while path != "/" && !path.isEmpty {
        path = (path as NSString).deletingLastPathComponent
        result.append(Location(resolved: path.isEmpty ? "/" : path))
      }
      return result
    }

    /// The real path of `path`: `realpath` of the longest part that exists,
    /// with the rest appended.
    static func resolve(_ path: String) -> String {
      let absolute = path.hasPrefix("/")
        ? path : FileManager.default.currentDirectoryPath + "/" + path
      var head = (absolute as NSString).standardizingPath
      var tail: [String] = []
      while !head.isEmpty {
        if let real = realpath(head, nil) {
          defer { free(real) }
          let base = String(cString: real)
          return tail.isEmpty ? base : ([base] + tail.reversed()).joined(separator: "/")
            .replacingOccurrences(of: "//", with: "/")
        }
        if head == "/" { break }
        tail.append((head as NSString).lastPathComponent)
        head = (head as NSString).deletingLastPathComponent
      }
      return absolute
    }
  }
}
