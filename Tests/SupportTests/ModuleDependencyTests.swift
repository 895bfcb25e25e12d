import Foundation
import Testing

/// The modules that need only Support (randomness, the parallel loop, the
/// stable hash, the line reader) do not link OpenBLAS: neither they nor
/// anything they depend on depends on LinearAlgebra or COpenBLAS.
@Suite("Modules without OpenBLAS")
struct ModuleDependencyTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let withoutBLAS = ["Support", "Datasets", "Events", "Catalog", "Scenarios", "Population", "DataAccess"]

  static func manifest() throws -> String {
    try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
  }

  /// Each target's dependencies on other targets (not on other packages'
  /// products), read from Package.swift; a target without dependencies is
  /// absent.
  static func dependencies() throws -> [String: [String]] {
    let text = try manifest()
    let pattern = try NSRegularExpression(pattern: #"name: "([A-Za-z]+)",\s*dependencies: \[([^\]]*)\]"#)
    var result: [String: [String]] = [:]
    for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
      guard let name = Range(match.range(at: 1), in: text), let list = Range(match.range(at: 2), in: text)
      else { continue }
      result[String(text[name])] = text[list].split(separator: ",")
        .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .filter { $0.hasPrefix("\"") }.map { $0.trimmingCharacters(in: ["\""]) }
    }
    return result
  }

  @Test("Support, Datasets, Events, Catalog, Scenarios, Population and DataAccess do not reach OpenBLAS")
  func closure() throws {
    let graph = try Self.dependencies()
    let manifest = try Self.manifest()
    #expect(graph["LinearAlgebra"] == ["COpenBLAS", "Support"], "parsed \(graph)")
    #expect(graph["Catalog"]?.contains("Datasets") == true, "parsed \(graph)")
    for module in Self.withoutBLAS {
      #expect(manifest.contains("name: \"\(module)\""), "\(module) not found in Package.swift")
      var seen: Set<String> = []
      var stack = [module]
      while let next = stack.popLast() {
        guard seen.insert(next).inserted else { continue }
        stack += graph[next] ?? []
      }
      #expect(!seen.contains("LinearAlgebra"), "\(module) reaches LinearAlgebra")
      #expect(!seen.contains("COpenBLAS"), "\(module) reaches COpenBLAS")
    }
  }

  @Test("their sources import Support, not LinearAlgebra")
  func imports() throws {
    for module in Self.withoutBLAS {
      let folder = Self.root.appendingPathComponent("Sources/\(module)")
      let files = try #require(FileManager.default.enumerator(atPath: folder.path))
        .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
      #expect(!files.isEmpty)
      for file in files {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        #expect(!text.contains("import LinearAlgebra"), "\(module)/\(file) imports LinearAlgebra")
        #expect(!text.contains("import COpenBLAS"), "\(module)/\(file) imports COpenBLAS")
      }
    }
  }
}
