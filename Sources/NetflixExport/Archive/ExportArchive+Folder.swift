import Foundation

extension ExportArchive {
  /// Reads every regular file under a folder.
  static func readFolder(_ path: String) throws(NetflixExportError) -> ExportArchive {
    let root = URL(fileURLWithPath: path)
    guard let walker = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [])
    else { throw .cannotOpen(path: path, reason: "the folder cannot be listed") }
    var entries: [(components: [String], relative: String, bytes: [UInt8])] = []
    let prefix = root.standardizedFileURL.path
    for case let url as URL in walker {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      var relative = url.standardizedFileURL.path
      if relative.hasPrefix(prefix) { relative = String(relative.dropFirst(prefix.count)) }
      while relative.hasPrefix("/") { relative.removeFirst() }
      let components = relative.split(separator: "/").map(String.init)
      if isClutter(components) { continue }
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw .cannotOpen(path: url.path, reason: "cannot read the file")
      }
      entries.append((components, relative, Array(data)))
    }
    let layouts = layoutPaths(of: entries.map(\.components))
    let files = zip(layouts, entries).map { layout, entry in
      ExportFile(path: layout, location: (path as NSString).appendingPathComponent(entry.relative), bytes: entry.bytes)
    }
    return ExportArchive(path: path, files: files)
  }
}
