import Foundation
import ZIPFoundation

extension ExportArchive {
  /// Reads every file entry of a ZIP archive into memory.
  static func readZIP(_ path: String) throws(NetflixExportError) -> ExportArchive {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .cannotOpen(path: path, reason: error.localizedDescription)
    }
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw .notAnArchive(
        path: path,
        reason: data.count < 22 || !data.starts(with: [0x50, 0x4B])
          ? "it does not start like a ZIP file" : "its central directory is missing or damaged: truncated?")
    }
    var entries: [(components: [String], bytes: [UInt8])] = []
    for entry in archive where entry.type == .file {
      let components = entry.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
      if isClutter(components) { continue }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(Int(clamping: entry.uncompressedSize))
      do {
        _ = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
      } catch {
        throw .damagedEntry(path: "\(path)/\(entry.path)", reason: "\(error)")
      }
      entries.append((components.filter { !$0.isEmpty }, bytes))
    }
    let layouts = layoutPaths(of: entries.map(\.components))
    let files = zip(layouts, entries).map { layout, entry in
      ExportFile(path: layout, location: "\(path)/\(layout)", bytes: entry.bytes)
    }
    return ExportArchive(path: path, files: files)
  }
}
