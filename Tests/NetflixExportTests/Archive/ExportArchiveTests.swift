import Foundation
import Testing
@testable import NetflixExport

@Suite("Reading the export: ZIP or folder")
struct ExportArchiveTests {
  @Test("the folder and the ZIP give the same files, in the layout's paths")
  func folderAndZIP() throws {
    let folder = try ExportArchive.open(path: Fixture.exportFolder)
    let zip = try ExportArchive.open(path: try Fixture.exportZIP())
    #expect(folder.files.map(\.path) == zip.files.map(\.path))
    let sameBytes = folder.files.map(\.bytes) == zip.files.map(\.bytes)
    #expect(sameBytes)
    #expect(zip.files.contains { $0.path == "CONTENT_INTERACTION/ViewingActivity.csv" })
    #expect(zip.file(.viewingActivity)?.location.hasSuffix("netflix.zip/CONTENT_INTERACTION/ViewingActivity.csv") == true)
  }

  @Test("a truncated ZIP is a clear error, not a crash")
  func truncatedZIP() throws {
    let path = try Fixture.exportZIP()
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let cut = Fixture.temporaryFolder().appendingPathComponent("cut.zip")
    try data.prefix(data.count / 2).write(to: cut)
    #expect {
      _ = try ExportArchive.open(path: cut.path)
    } throws: { error in
      guard case NetflixExportError.notAnArchive(let p, _) = error else { return false }
      return p == cut.path && "\(error)".contains("truncated")
    }
  }

  @Test("a file that is not a ZIP at all")
  func notAZIP() throws {
    let path = Fixture.temporaryFolder().appendingPathComponent("export.zip")
    try Data("ViewingActivity.csv is not in here".utf8).write(to: path)
    #expect(throws: NetflixExportError.self) { _ = try ExportArchive.open(path: path.path) }
  }

  @Test("a ZIP that is not an export names what it found")
  func zipNotAnExport() throws {
    let data = try NetflixExportWriter.zip(
      [ExportFile(path: "holiday/photo.txt", location: "x", bytes: Array("hello".utf8))], root: "stuff")
    let path = Fixture.temporaryFolder().appendingPathComponent("photos.zip")
    try data.write(to: path)
    #expect {
      _ = try ExportArchive.open(path: path.path)
    } throws: { error in
      guard case NetflixExportError.notAnExport(_, let found) = error else { return false }
      return found == ["stuff/holiday/photo.txt"] && "\(error)".contains("not a Netflix data export")
    }
  }

  @Test("a path that does not exist")
  func missing() {
    #expect(throws: NetflixExportError.cannotOpen(path: "/no/such/export.zip", reason: "no such file or folder")) {
      _ = try ExportArchive.open(path: "/no/such/export.zip")
    }
  }

  @Test("leading folders before the layout are dropped; clutter is skipped")
  func layoutPath() {
    #expect(ExportArchive.layoutPath(of: ["netflix-report", "CONTENT_INTERACTION", "Ratings.csv"])
      == "CONTENT_INTERACTION/Ratings.csv")
    #expect(ExportArchive.layoutPath(of: ["12345", "PROFILES", "Profiles.csv"]) == "PROFILES/Profiles.csv")
    #expect(ExportArchive.isClutter(["__MACOSX", "x"]))
    #expect(ExportArchive.isClutter(["PROFILES", ".DS_Store"]))
  }
}
