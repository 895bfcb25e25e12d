import Foundation
import Report
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("HTML report: sections, self-containment, determinism, well-formed SVG")
struct HTMLReportTests {
  static let sectionIDs = [
    "beliefs", "truth", "expectations", "taste-map", "genres", "timeline", "artwork", "accuracy", "glossary",
  ]

  @Test("every main section is present, in page order, with a heading")
  func sections() throws {
    let html = try ReportFixture.bingeWatcher.get().html
    var last = html.startIndex
    for id in Self.sectionIDs {
      let range = try #require(html.range(of: "<section id=\"\(id)\""), "section \(id) missing")
      #expect(range.lowerBound > last, "section \(id) out of order")
      last = range.lowerBound
      #expect(html.contains("<h2 id=\"\(id)-heading\">"))
      #expect(html.contains("href=\"#\(id)\""), "contents do not link \(id)")
    }
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("What the platform now believes about"))
    #expect(html.contains("@media print"))
    #expect(html.contains("name=\"viewport\""))
  }

  @Test("the content matches the assessment: personas, expectations with PASS/FAIL, accuracy rows")
  func content() throws {
    let fixture = try ReportFixture.bingeWatcher.get()
    let html = fixture.html
    for persona in fixture.assessment.personas {
      #expect(html.contains(">\(persona.name)<"))
      for comparison in persona.comparisons { #expect(html.contains(">\(comparison.trait)<")) }
    }
    let passes = fixture.assessment.expectations.filter(\.passed).count
    let fails = fixture.assessment.expectations.count - passes
    #expect(html.components(separatedBy: ">PASS<").count - 1 == passes)
    #expect(html.components(separatedBy: ">FAIL<").count - 1 == fails)
    for score in fixture.assessment.accuracy.scores where score.evaluated > 0 { #expect(html.contains(score.inference)) }
    // One poster per variant of the featured title, and the map has a dot
    // per title it places; placed and left-out titles make the catalog.
    #expect(html.contains("class=\"posters\""))
    func number(after prefix: String) -> Int {
      guard let range = html.range(of: prefix) else { return 0 }
      return Int(html[range.upperBound...].prefix { $0.isNumber || $0 == "," }.filter(\.isNumber)) ?? 0
    }
    func unplacedTitles() -> Int {
      guard let match = html.firstMatch(of: /([0-9][0-9,]*) titles? nobody watched/) else { return 0 }
      return Int(match.1.filter(\.isNumber)) ?? 0
    }
    let placed = number(after: "Each dot is one of the "), unplaced = unplacedTitles()
    #expect(placed > 0)
    #expect(placed + unplaced == fixture.catalog.titles.count)
    #expect(html.components(separatedBy: "<circle").count - 1 >= placed)
  }

  @Test("self-contained: no script, no external reference, a policy that forbids loading")
  func selfContained() throws {
    let html = try ReportFixture.bingeWatcher.get().html.lowercased()
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") || !html.contains("src="))
    #expect(!html.contains("https://"))
    #expect(!html.contains("src="))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import"))
    #expect(!html.contains("url("))
    #expect(html.contains("content-security-policy"))
    #expect(html.contains("default-src &#39;none&#39;"))
  }

  @Test("the same run renders to the same bytes, and so does the same run simulated again")
  func deterministic() throws {
    let fixture = try ReportFixture.bingeWatcher.get()
    let first = fixture.html
    #expect(first == fixture.html)
    let again = try ReportFixture.make()
    #expect(Data(first.utf8) == Data(again.html.utf8))
  }

  @Test("the whole document parses as XML; every svg has a viewBox and balanced tags")
  func wellFormed() throws {
    let html = try ReportFixture.bingeWatcher.get().html
    try Self.checkWellFormed(html)
  }

  /// Parses `html` as XML (FoundationXML) and checks the SVG elements.
  static func checkWellFormed(_ html: String) throws {
    #expect(html.components(separatedBy: "<svg").count == html.components(separatedBy: "</svg>").count)
    #if canImport(FoundationXML) || os(macOS)
      let document = try XMLDocument(data: Data(html.utf8), options: [])
      let svgs = try document.nodes(forXPath: "//svg")
      #expect(!svgs.isEmpty)
      for case let svg as XMLElement in svgs {
        #expect(svg.attribute(forName: "viewBox") != nil)
        #expect(svg.attribute(forName: "aria-label") != nil)
      }
      let sections = try document.nodes(forXPath: "//section")
      #expect(sections.count == sectionIDs.count)
    #endif
  }

  /// Writes the report of the fixture run to the path in
  /// `GLASSHOUSE_REPORT_SAMPLE` (used by Tests/browser/check-report.sh when
  /// `glasshouse run` does not write one); does nothing otherwise.
  @Test("writes a sample report when GLASSHOUSE_REPORT_SAMPLE names a file")
  func sample() throws {
    guard let path = ProcessInfo.processInfo.environment["GLASSHOUSE_REPORT_SAMPLE"], !path.isEmpty else { return }
    let fixture = try ReportFixture.make(crowd: 120, days: 28)
    try Data(fixture.html.utf8).write(to: URL(fileURLWithPath: path))
  }
}
