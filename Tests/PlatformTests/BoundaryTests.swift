import Foundation
import Testing

/// The platform must not be able to read hidden truth: its target may not
/// depend on Population, Simulation or Scenarios, and none of its sources
/// may import them.
@Suite("The platform's module boundary")
struct BoundaryTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let forbidden = ["Population", "Simulation", "Scenarios"]

  @Test("Package.swift's Platform target does not depend on the truth side")
  func manifest() throws {
    let manifest = try String(
      contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
    let start = try #require(manifest.range(of: "name: \"Platform\","))
    let rest = manifest[start.upperBound...]
    let open = try #require(rest.range(of: "dependencies: ["))
    let close = try #require(rest[open.upperBound...].range(of: "]"))
    let dependencies = rest[open.upperBound..<close.lowerBound]
      .split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(["\""])) }
      .filter { !$0.isEmpty }
    #expect(dependencies.contains("Events"), "parsed \(dependencies)")
    for name in Self.forbidden {
      #expect(!dependencies.contains(name), "Platform depends on \(name)")
    }
  }

  @Test("No Platform source imports the truth side")
  func imports() throws {
    let folder = Self.root.appendingPathComponent("Sources/Platform")
    let files = try #require(FileManager.default.enumerator(atPath: folder.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    #expect(!files.isEmpty)
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for name in Self.forbidden {
        #expect(!text.contains("import \(name)"), "\(file) imports \(name)")
      }
    }
  }
}
