import DataFlows
import Foundation
import Testing

@testable import Report

/// What a class reads: counts in agreement, names instead of ids, example
/// addresses marked, no empty or doubled headings, a plain reading beside
/// each figure, and figures that never draw text under 11 px — over a small
/// run of every bundled scenario that needs no outside data (the MovieLens
/// replay needs the ratings; CI's browser check renders the full runs).
@Suite("Readability: names, counts and headings over every bundled scenario", .serialized)
struct ReadabilityTests {
  /// The bundled scenarios a test can run without outside data.
  static let scenarios = [
    "ad-sale.yaml", "artwork-demonstration.yaml", "binge-watcher.yaml", "cold-start.yaml", "data-broker.yaml",
    "joined-recipients.yaml", "messaging-partner-report.yaml", "minimising-platform.yaml",
    "searches-and-notifications.yaml", "shared-family-profile.yaml",
  ]

  /// A scenario's report (with its flows when it has recipients) and the
  /// log it came from.
  struct Rendered {
    let file: String
    let html: String
    /// The log's device ids and event ids.
    let devices: Set<String>, eventIDs: Set<String>
    /// What the report calls the devices.
    let names: RunNames
  }

  /// Every scenario's report, rendered once.
  static let reports = Result<[Rendered], any Error> {
    try scenarios.map { file in
      let fixture = try ReportFixture.make(file, crowd: 30, days: 10)
      let flows = fixture.scenario.recipients.isEmpty
        ? nil : DataFlowAnalysis(result: fixture.result, scenario: fixture.scenario, catalog: fixture.catalog)
      let html = HTMLReport(
        result: fixture.result, assessment: fixture.assessment, catalog: fixture.catalog, scenario: fixture.scenario,
        flows: flows
      ).html
      var devices: Set<String> = []
      for event in fixture.result.events {
        if case .sessionStart(let device, _, _, _, _, _) = event.payload { devices.insert(device) }
      }
      return Rendered(
        file: file, html: html, devices: devices, eventIDs: Set(fixture.result.events.map(\.id)),
        names: RunNames(events: fixture.result.events, catalog: fixture.catalog))
    }
  }

  /// The text a reader sees (tags removed, tooltips kept), entities decoded.
  static func text(_ html: String) -> String {
    let body = html.replacing(/<style>[\s\S]*?<\/style>/, with: "")
    let stripped = body.replacing(/<[^>]*>/, with: " ")
    return stripped.replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// The whole words of a text (letters, digits, `-`, `_`).
  static func words(_ text: String) -> Set<String> {
    Set(text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.map(String.init))
  }

  @Test("one pluralisation: 1 delivery, 2 deliveries, 0 people; grouped thousands; lists in words")
  func pluralisation() {
    #expect(NumberText.count(1, "delivery") == "1 delivery")
    #expect(NumberText.count(3, "delivery") == "3 deliveries")
    #expect(NumberText.count(0, "segment") == "0 segments")
    #expect(NumberText.count(2, "day") == "2 days")
    #expect(NumberText.count(2, "match") == "2 matches")
    #expect(NumberText.count(2, "IP address") == "2 IP addresses")
    #expect(NumberText.count(4, "person") == "4 people")
    #expect(NumberText.count(1, "person") == "1 person")
    #expect(NumberText.count(2, "search", "searches") == "2 searches")
    #expect(NumberText.count(149_869, "event") == "149,869 events")
    #expect(NumberText.noun(2, "has", "have") == "have")
    #expect(NumberText.list(["a"]) == "a")
    #expect(NumberText.list(["a", "b", "c"]) == "a, b and c")
  }

  @Test("documentation addresses are marked as examples; device ids become the device's name")
  func names() {
    #expect(RunNames.address("198.51.100.7") == "198.51.100.7 (example address)")
    #expect(RunNames.address("2001:db8::1") == "2001:db8::1 (example address)")
    #expect(RunNames.address("203.0.113.250") == "203.0.113.250 (example address)")
    #expect(RunNames.address("192.0.2.28") == "192.0.2.28 (example address)")
    #expect(RunNames.address("8.8.8.8") == "8.8.8.8")
    #expect(RunNames.address("2001:db9::1") == "2001:db9::1")
  }

  @Test("device ids in other modules' text become the device's name, once, without a repeated type")
  func deviceNames() throws {
    let report = try #require(try Self.reports.get().first { $0.file == "shared-family-profile.yaml" })
    let names = report.names
    let tv = try #require(names.devices.first { $0.value.hasPrefix("TV (") })
    #expect(names.readable("19 sessions mostly on \(tv.key) (tv).") == "19 sessions mostly on \(tv.value).")
    #expect(names.readable("on \(tv.key), then") == "on \(tv.value), then")
    #expect(names.device(tv.key) == "the " + tv.value)
    #expect(names.readable(tv.key + "x") == tv.key + "x")
    // Two alike devices of one account are told apart by their order.
    #expect(RunNames.ordinal(2) == "second")
    #expect(names.readable("via 2001:db8::1, at 21:59.") == "via 2001:db8::1 (example address), at 21:59.")
    #expect(names.readable("h0tvx and 0.82") == "h0tvx and 0.82")
  }

  @Test("no raw device or event id where the report has a name for it")
  func noRawIDs() throws {
    for report in try Self.reports.get() {
      let words = Self.words(Self.text(report.html))
      let shownDevices = words.intersection(report.devices)
      #expect(shownDevices.isEmpty, "\(report.file): device ids shown raw: \(shownDevices.sorted().prefix(5))")
      let shownEvents = words.filter { $0.firstMatch(of: /^[0-9]+-[0-9]+-[0-9]+$/) != nil }.intersection(report.eventIDs)
      #expect(shownEvents.isEmpty, "\(report.file): event ids shown raw: \(shownEvents.sorted().prefix(5))")
      // Every documentation address shown is marked as an example (the
      // glossary names the ranges).
      let text = Self.text(report.html.replacing(/<section id="glossary"[\s\S]*?<\/section>/, with: ""))
      for match in text.matches(of: /(192\.0\.2|198\.51\.100|203\.0\.113)\.[0-9]{1,3}|2001:db8:[0-9a-f:]*/) {
        let after = text[match.range.upperBound...].prefix(18)
        #expect(after.hasPrefix(" (example address)"), "\(report.file): \(match.output.0) not marked as an example")
      }
    }
  }

  @Test("counts agree with their nouns: no “1 items”, no “0 withheld”")
  func grammar() throws {
    // Words ending in s that are not plurals.
    let singular: Set<String> = [
      "is", "was", "has", "does", "its", "this", "plus", "us", "yes", "less", "across", "address", "analysis", "class",
      "process", "news", "series", "always", "sure", "vs", "singles",
    ]
    for report in try Self.reports.get() {
      // Sentences outside the figures, and each label inside one on its
      // own (neighbouring labels are not a sentence).
      let prose = Self.text(report.html.replacing(/<svg[\s\S]*?<\/svg>/, with: " "))
      let labels = report.html.matches(of: /<(?:text|title)[^>]*>([^<]*)<\/(?:text|title)>/).map { String($0.output.1) }
      let text = ([prose] + labels).joined(separator: "\n")
      for match in text.matches(of: /(^|[^0-9.,])\b1 ([A-Za-z]+)/) {
        let word = String(match.output.2).lowercased()
        guard word.hasSuffix("s"), !singular.contains(word) else { continue }
        Issue.record("\(report.file): “1 \(word)” — a singular count with a plural noun")
      }
      #expect(!text.contains(" 0 withheld"), "\(report.file): says “0 withheld”")
      #expect(text.firstMatch(of: /\b1 deliveries|\b1 segments|\b1 profiles/) == nil, "\(report.file)")
    }
  }

  @Test("no empty section or heading, no heading twice, a plain reading beside each figure")
  func headings() throws {
    for report in try Self.reports.get() {
      let html = report.html
      // A section holds something after its lede.
      for match in html.matches(of: /<section id="([a-z-]+)"[^>]*>([\s\S]*?)<\/section>/) {
        let body = match.output.2
        let rest = body.replacing(/<h2[^>]*>[\s\S]*?<\/h2>/, with: "").replacing(/<p class="lede">[\s\S]*?<\/p>/, with: "")
        #expect(!rest.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                "\(report.file): section \(match.output.1) is empty")
        if body.contains("<svg") && match.output.1 != "flows" && match.output.1 != "checkpoints" {
          #expect(body.contains("class=\"reading\""), "\(report.file): section \(match.output.1) has no plain reading")
        }
      }
      // A heading is followed by something other than another heading or
      // the end of its container.
      #expect(html.firstMatch(of: /<\/h[23]>\s*(<h[23]|<\/section>|<\/div>)/) == nil, "\(report.file): an empty heading")
      let headings = html.matches(of: /<h[23][^>]*>([^<]*)<\/h[23]>/).map { String($0.output.1) }
      let h2 = html.matches(of: /<h2[^>]*>([^<]*)<\/h2>/).map { String($0.output.1) }
      #expect(Set(h2).count == h2.count, "\(report.file): a section heading twice: \(h2)")
      for heading in headings {
        let start = heading.split(separator: " ").prefix(3).joined(separator: " ")
        let alike = h2.filter { $0 != heading && $0.hasPrefix(start) && start.split(separator: " ").count == 3 }
        #expect(alike.isEmpty, "\(report.file): “\(heading)” doubles “\(alike.first ?? "")”")
      }
      // Every section linked from the menu exists, and every section is linked.
      let linked = html.matches(of: /<a href="#([a-z-]+)">/).map { String($0.output.1) }
      let sections = html.matches(of: /<section id="([a-z-]+)"/).map { String($0.output.1) }
      #expect(linked == sections, "\(report.file): the menu links \(linked), the page has \(sections)")
    }
  }

  @Test("every figure stops shrinking where its smallest text would render under 11 px")
  func legibleFigures() throws {
    for report in try Self.reports.get() {
      for match in report.html.matches(of: /<svg viewBox="0 0 ([0-9.]+) [0-9.]+"[^>]*min-width:([0-9.]+)px[^>]*>([\s\S]*?)<\/svg>/) {
        let width = Double(match.output.1) ?? 0, least = Double(match.output.2) ?? 0
        let sizes = match.output.3.matches(of: /font-size="([0-9.]+)"/).compactMap { Double($0.output.1) }
        guard let smallest = sizes.min() else { continue }
        #expect(smallest * least / width >= 10.99,
                "\(report.file): a figure \(width) wide with \(smallest)-unit text may shrink to \(least) px")
      }
      #expect(!report.html.contains("<svg viewBox") || report.html.contains("min-width:"))
    }
  }

  @Test("the taste map: genres at the ends of its axes, labels inside the frame, long names cut with a tooltip")
  func tasteMap() throws {
    let report = try #require(try Self.reports.get().first { $0.file == "shared-family-profile.yaml" })
    let start = try #require(report.html.range(of: "<section id=\"taste-map\""))
    let end = try #require(report.html[start.upperBound...].range(of: "</section>"))
    let section = String(report.html[start.lowerBound..<end.upperBound])
    #expect(section.contains("left to right, the titles run from") || section.contains("Left to right, the titles run from"))
    #expect(section.contains("bottom to top, from"))
    #expect(section.contains("Nearest titles"))
    #expect(section.contains("class=\"reading\""))
    #expect(section.contains("The platform places "))
    // Every label's estimated box lies inside the canvas.
    let svg = try #require(section.firstMatch(of: /<svg viewBox="0 0 ([0-9.]+) ([0-9.]+)"[\s\S]*?<\/svg>/))
    let width = Double(svg.output.1) ?? 0
    for text in svg.output.0.matches(of: /<text x="([0-9.-]+)" y="([0-9.-]+)" font-size="([0-9.]+)"([^>]*)>([^<]*)<\/text>/) {
      let x = Double(text.output.1) ?? 0, size = Double(text.output.3) ?? 0
      let label = String(text.output.5).replacingOccurrences(of: "&#39;", with: "'")
      let w = TasteMapFigure.textWidth(label, size: size, bold: text.output.4.contains("font-weight"))
      let anchor = text.output.4.contains("text-anchor=\"end\"") ? "end" : text.output.4.contains("middle") ? "middle" : "start"
      let x0 = anchor == "start" ? x : anchor == "end" ? x - w : x - w / 2
      #expect(x0 >= -0.5 && x0 + w <= width + 0.5, "label “\(label)” runs outside the map (\(x0)…\(x0 + w) of \(width))")
      if label.hasSuffix("…") {
        #expect(section.contains("<title>"), "a cut label “\(label)” without a tooltip")
      }
    }
    // The genre legend uses the light genre palette, never a persona's colour.
    for colour in Palette.genres { #expect(!(0..<6).map(Palette.persona).contains(colour)) }
  }
}
