import Foundation

/// A Netflix data export as delivered — a ZIP archive — or the folder it
/// unpacks to, read into memory (an export is a few megabytes of CSV).
///
/// Nothing is written anywhere: the ZIP is read in-process with
/// ZIPFoundation, entry by entry, and each entry's checksum is checked.
public struct ExportArchive: Sendable {
  /// The path given.
  public let path: String
  /// Every regular file, in path order.
  public let files: [ExportFile]

  /// Creates an archive from files already read (for tests and the writer).
  public init(path: String, files: [ExportFile]) {
    self.path = path
    self.files = files.sorted { $0.path < $1.path }
  }

  /// Reads a ZIP file or a folder.
  ///
  /// - Throws: ``NetflixExportError/cannotOpen(path:reason:)``,
  ///   ``NetflixExportError/notAnArchive(path:reason:)`` (truncated or
  ///   damaged ZIP), ``NetflixExportError/damagedEntry(path:reason:)``, or
  ///   ``NetflixExportError/notAnExport(path:found:)`` when none of its files
  ///   is one a Netflix export has.
  public static func open(path: String) throws(NetflixExportError) -> ExportArchive {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .cannotOpen(path: path, reason: "no such file or folder")
    }
    let archive = isFolder.boolValue ? try readFolder(path) : try readZIP(path)
    guard archive.files.contains(where: { ExportFileKind(fileName: $0.name) != nil }) else {
      throw .notAnExport(path: path, found: archive.files.map(\.path))
    }
    return archive
  }

  /// The file of a kind, if the export has it (the first in path order
  /// when, unusually, it has two).
  public func file(_ kind: ExportFileKind) -> ExportFile? {
    files.first { ExportFileKind(fileName: $0.name) == kind }
  }

  /// The path of an entry inside the export from its layout folder on:
  /// leading folders a ZIP or a download manager added
  /// (`netflix-report/`, a numeric account folder) are dropped when a
  /// layout folder (`CONTENT_INTERACTION`, ...) follows them.
  static func layoutPath(of components: [String]) -> String {
    let parts = components.filter { !$0.isEmpty && $0 != "." }
    if let start = parts.firstIndex(where: { ExportFileKind.folders.contains($0.uppercased()) }) {
      return parts[start...].joined(separator: "/")
    }
    return parts.joined(separator: "/")
  }

  /// The layout paths of a whole archive's entries: ``layoutPath(of:)``,
  /// and a file beside the layout folders (`Cover sheet.pdf`) loses the
  /// same leading folder the others lost.
  static func layoutPaths(of entries: [[String]]) -> [String] {
    var dropped: Set<String> = []
    for components in entries {
      if let start = components.firstIndex(where: { folders.contains($0.uppercased()) }), start > 0 {
        dropped.insert(components[0])
      }
    }
    return entries.map { components in
      let path = layoutPath(of: components)
      if path == components.joined(separator: "/"), components.count > 1, dropped.contains(components[0]) {
        return components.dropFirst().joined(separator: "/")
      }
      return path
    }
  }

  /// The layout's folders, upper case.
  static var folders: Set<String> { ExportFileKind.folders }

  /// Whether an entry is operating-system clutter rather than part of the
  /// export (`__MACOSX/`, `.DS_Store`, hidden files).
  static func isClutter(_ components: [String]) -> Bool {
    components.contains { $0 == "__MACOSX" || $0.hasPrefix(".") }
  }
}
