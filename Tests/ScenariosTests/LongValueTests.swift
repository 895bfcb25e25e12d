import Catalog
import Foundation
import Testing

@testable import Scenarios

/// A very long value is refused with a short, clear message, and checking
/// it costs no more than linear time (the suggestion search skips every
/// candidate; SuggestionTests counts the work).
@Suite("Long values: a 100,000-character time zone")
struct LongValueTests {
  @Test("A 100,000-character time_zone is refused with its length, not its text")
  func longTimeZone() throws {
    let zone = String(repeating: "A", count: 100_000)
    let text = ScenarioFiles.minimal().replacingOccurrences(
      of: "gender: female", with: "gender: female\n    time_zone: \(zone)")
    let errors = ScenarioLoader.validate(path: try ScenarioFiles.write(text))
    let error = try #require(errors.first)
    guard let issue = error.issue, (issue.line, issue.column) == (8, 16),
      issue.field == "personas[0].time_zone", issue.suggestion == nil
    else {
      Issue.record("got \(error)")
      return
    }
    #expect(issue.message.hasSuffix("… (100000 characters)'"))
    #expect(error.description.count < 300)
    #expect(error.description.contains("an IANA time zone name"))
    let search = Suggestion.search(for: zone, among: TimeZone.knownTimeZoneIdentifiers)
    #expect(search.compared == 0 && search.cells == 0)
  }

  @Test("A short typo still gets its suggestion")
  func typo() throws {
    let text = ScenarioFiles.minimal().replacingOccurrences(
      of: "gender: female", with: "gender: female\n    time_zone: Europe/Londn")
    let errors = ScenarioLoader.validate(path: try ScenarioFiles.write(text))
    #expect(errors.first?.description.hasSuffix("did you mean 'Europe/London'?") == true)
  }
}
