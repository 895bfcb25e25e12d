import DataFlows
import Foundation
import Report
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The report's "Where the data goes" section on the joined-recipients and
/// minimising-platform scenarios: the diagram names every recipient with its
/// contract and what it received, the joins, and per persona what each
/// recipient holds and can tell.
@Suite("HTML report: where the data goes", .serialized)
struct FlowSectionTests {
  struct FlowFixture {
    let fixture: ReportFixture
    let flows: DataFlowAnalysis
    let html: String
  }

  static func make(_ file: String, minimisation: Bool = false) throws -> FlowFixture {
    let fixture = try ReportFixture.make(file, crowd: 40, days: 14)
    let flows = DataFlowAnalysis(result: fixture.result, scenario: fixture.scenario, catalog: fixture.catalog)
    let comparison = minimisation
      ? MinimisationComparison(result: fixture.result, scenario: fixture.scenario, catalog: fixture.catalog) : nil
    let html = HTMLReport(
      result: fixture.result, assessment: fixture.assessment, catalog: fixture.catalog, scenario: fixture.scenario,
      flows: flows, minimisation: comparison
    ).html
    return FlowFixture(fixture: fixture, flows: flows, html: html)
  }

  static let joined = Result { try make("joined-recipients.yaml") }

  /// The flows section's markup.
  static func section(_ html: String) throws -> Substring {
    let start = try #require(html.range(of: "<section id=\"flows\""))
    let end = try #require(html[start.upperBound...].range(of: "</section>"))
    return html[start.lowerBound..<end.upperBound]
  }

  @Test("after the expectations, linked from the contents, with a labelled diagram")
  func placement() throws {
    let html = try Self.joined.get().html
    let flows = try #require(html.range(of: "<section id=\"flows\""))
    let expectations = try #require(html.range(of: "<section id=\"expectations\""))
    let tasteMap = try #require(html.range(of: "<section id=\"taste-map\""))
    #expect(expectations.lowerBound < flows.lowerBound && flows.lowerBound < tasteMap.lowerBound)
    #expect(html.contains("href=\"#flows\""))
    let section = try Self.section(html)
    #expect(section.contains("<svg viewBox="))
    #expect(section.contains("aria-label=\"Where the data goes: the platform and 3 recipients"))
    #expect(section.contains("The streaming platform"))
  }

  @Test("every recipient with its contract and what it received; the join and what it reveals")
  func content() throws {
    let joined = try Self.joined.get()
    let section = try Self.section(joined.html)
    for flow in joined.flows.recipients {
      #expect(section.contains(flow.name))
      #expect(section.contains("· \(flow.effectiveContract.frequency.rawValue)"))
    }
    #expect(section.contains("segments per person · keyed by device id · daily"))
    #expect(section.contains("counts over groups of ≥ 10 · weekly"))
    // Per persona: what the ad network received about Alex and can tell.
    let adnet = try #require(joined.flows.recipient("adnet")?.persona("alex"))
    #expect(section.contains("received \(adnet.items.count) item\(adnet.items.count == 1 ? "" : "s")"))
    #expect(section.contains("From them alone it can tell:"))
    for segment in adnet.segments.prefix(3) { #expect(section.contains(segment.replacingOccurrences(of: ">", with: "&gt;"))) }
    // The join on the IP address, drawn and explained.
    let linkage = try #require(joined.flows.linkage("adnet", "broker"))
    #expect(section.contains("Brightline Ads + Acme Audience Data"))
    #expect(section.contains(
      "on IP address: \(linkage.linkedRecords) record\(linkage.linkedRecords == 1 ? "" : "s") link, \(linkage.uniqueLinks) uniquely"))
    #expect(section.contains("class=\"card flow linkage\""))
    // Flow expectations are listed with the others (none were given here).
    #expect(!section.contains("<script"))
  }

  @Test("the page with flows is still well-formed XML; no flows, no section")
  func wellFormed() throws {
    let joined = try Self.joined.get()
    #if canImport(FoundationXML)
      let document = try XMLDocument(data: Data(joined.html.utf8), options: [])
      #expect(try document.nodes(forXPath: "//section[@id='flows']//svg").count == 1)
    #endif
    #expect(!joined.fixture.html.contains("id=\"flows\""))
    #expect(!joined.fixture.html.contains("href=\"#flows\""))
  }

  @Test("a minimising platform: blocked recipients and the precision@10 side-by-side")
  func minimising() throws {
    let minimal = try Self.make("minimising-platform.yaml", minimisation: true)
    let section = try Self.section(minimal.html)
    #expect(section.contains("sent nothing: the data policy allows no sale"))
    #expect(section.contains("Collecting less: standard beside “minimal”"))
    #expect(section.contains("Precision@10 on the same held-out titles"))
    #expect(section.contains("class=\"minimisation\""))
  }

  /// Writes the joined-recipients report with its flows to the path in
  /// `GLASSHOUSE_FLOW_SAMPLE` (to look at in a browser); does nothing otherwise.
  @Test("writes a sample report with flows when GLASSHOUSE_FLOW_SAMPLE names a file")
  func sample() throws {
    guard let path = ProcessInfo.processInfo.environment["GLASSHOUSE_FLOW_SAMPLE"], !path.isEmpty else { return }
    try Data(Self.joined.get().html.utf8).write(to: URL(fileURLWithPath: path))
  }
}
