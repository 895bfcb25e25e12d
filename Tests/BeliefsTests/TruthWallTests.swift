import Foundation
import Testing

/// The truth wall: no module on the platform's side — what a streaming
/// service can see and conclude — may reach the simulation's hidden truth,
/// through Package.swift's dependencies (directly or transitively) or an
/// `import` in its sources.
@Suite("The truth wall: platform-side modules never reach the truth")
struct TruthWallTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// Modules that hold or read the hidden truth.
  static let truth: Set<String> = ["Population", "Simulation", "Scenarios", "Assessment"]
  /// Modules on the platform's side.
  static let platformSide = ["Platform", "Inference", "Recommendation", "Artwork", "Beliefs", "NetflixExport"]

  /// Each target of Package.swift with the targets it depends on
  /// (products of other packages left out).
  static func targets() throws -> [String: [String]] {
    let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
    var result: [String: [String]] = [:]
    let pattern = try NSRegularExpression(
      pattern: #"\.(?:target|executableTarget|testTarget|systemLibrary)\(\s*name:\s*"([^"]+)"(?:,\s*dependencies:\s*\[(.*?)\])?"#,
      options: [.dotMatchesLineSeparators])
    let text = manifest as NSString
    for match in pattern.matches(in: manifest, range: NSRange(location: 0, length: text.length)) {
      let name = text.substring(with: match.range(at: 1))
      var dependencies: [String] = []
      if match.range(at: 2).location != NSNotFound {
        let list = text.substring(with: match.range(at: 2))
        // Plain "Name" entries; `.product(name: …, package: …)` entries are other packages'.
        let withoutProducts = list.replacingOccurrences(
          of: #"\.product\([^)]*\)"#, with: "", options: .regularExpression)
        let quoted = try NSRegularExpression(pattern: #""([^"]+)""#)
        let rest = withoutProducts as NSString
        dependencies = quoted.matches(in: withoutProducts, range: NSRange(location: 0, length: rest.length))
          .map { rest.substring(with: $0.range(at: 1)) }
      }
      result[name] = dependencies
    }
    return result
  }

  /// Every target a target reaches through its dependencies.
  static func closure(of name: String, in targets: [String: [String]]) -> Set<String> {
    var seen: Set<String> = []
    var stack = targets[name] ?? []
    while let next = stack.popLast() {
      guard seen.insert(next).inserted else { continue }
      stack += targets[next] ?? []
    }
    return seen
  }

  @Test("the manifest parses, and the checker sees a truth module where there is one")
  func parserSeesTheTruth() throws {
    let targets = try Self.targets()
    #expect(targets["Beliefs"]?.contains("Inference") == true, "parsed \(targets["Beliefs"] ?? [])")
    // Assessment is where beliefs meet the truth: it must reach Population,
    // or this test's parser cannot tell the wall from no wall.
    #expect(Self.closure(of: "Assessment", in: targets).contains("Population"))
    #expect(Self.closure(of: "Simulation", in: targets).contains("Platform"))
  }

  @Test("no platform-side target depends on a truth module, directly or through another", arguments: platformSide)
  func manifest(module: String) throws {
    let targets = try Self.targets()
    #expect(targets[module] != nil, "\(module) is not a target of Package.swift")
    let reached = Self.closure(of: module, in: targets)
    #expect(reached.isDisjoint(with: Self.truth), "\(module) reaches \(reached.intersection(Self.truth).sorted())")
  }

  @Test("no platform-side source imports a module its target does not declare, nor a truth module", arguments: platformSide)
  func imports(module: String) throws {
    let targets = try Self.targets()
    let allowed = Self.closure(of: module, in: targets)
    let folder = Self.root.appendingPathComponent("Sources/\(module)")
    let files = try #require(FileManager.default.enumerator(atPath: folder.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    #expect(!files.isEmpty)
    let importLine = try NSRegularExpression(pattern: #"^\s*(?:@\w+(?:\(\w+\))?\s+)*import\s+(?:\w+\s+)?(\w+)"#, options: [.anchorsMatchLines])
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let ns = text as NSString
      for match in importLine.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
        let imported = ns.substring(with: match.range(at: 1))
        #expect(!Self.truth.contains(imported), "\(module)/\(file) imports \(imported)")
        // Project modules must be declared; system and toolchain modules
        // (Foundation, Dispatch, Glibc, …) are not targets.
        if targets[imported] != nil {
          #expect(allowed.contains(imported), "\(module)/\(file) imports \(imported), which \(module) does not depend on")
        }
      }
    }
  }
}
