import Catalog
import Datasets
import Events
import Foundation
import Inference
import Testing

@Suite("Typed trait values")
struct TraitValueTests {
  @Test("the words are derived from the data, as the reports have always written them")
  func words() {
    #expect(TraitValue.hours(start: 22 * 60, end: 30 * 60).text == "22:00–06:00")
    #expect(TraitValue.hours(start: 20 * 60 + 15, end: 23 * 60 + 15).text == "20:15–23:15")
    #expect(TraitValue.weekdays([0, 2]).text == "Mon, Wed")
    #expect(TraitValue.weekdays(Array(0..<7)).text == "every day")
    #expect(TraitValue.weekdays([]).text == "no regular day")
    #expect(TraitValue.utcOffset(minutes: 60, zone: "Europe/Amsterdam").text == "UTC+01:00 (Europe/Amsterdam)")
    #expect(TraitValue.utcOffset(minutes: -330, zone: nil).text == "UTC−05:30")
    #expect(TraitValue.places(["Paris, FR", "Lyon, FR"], more: 0).text == "Paris, FR; Lyon, FR")
    #expect(TraitValue.places(["a", "b", "c", "d", "e"], more: 2).text == "a; b; c; d; e; and 2 more")
    #expect(TraitValue.devices([.init(type: .tv, os: "Tizen 8"), .init(type: .phone, os: "iOS 18")]).text
      == "TV (Tizen 8), phone (iOS 18)")
    #expect(TraitValue.completion(0.666).text == "67% of playbacks finished")
    #expect(TraitValue.presence(false).text == "none seen")
    #expect(TraitValue.directions([.init(genre: "Horror", towards: true), .init(genre: "Children", towards: false)]).text
      == "strongest directions: Horror +, Children −")
    #expect(TraitValue.directions([]).text == "no genre directions")
    #expect(TraitValue.uniqueness(used: 3, of: 40, sharedBy: nil).text == "identified by 3 of 40 (title, date) events")
    #expect(TraitValue.uniqueness(used: 0, of: 40, sharedBy: 2).text == "not unique: 2 members share all 40 (title, date) events")
    // Interpolation reads as the trait does.
    #expect("\(TraitValue.ageBand(.under18))" == "under-18")
  }

  @Test("a written value matches by meaning: regions by place, zones by name, devices by type, counts by number")
  func matching() {
    let devices = TraitValue.devices([.init(type: .tv, os: "Tizen 8"), .init(type: .phone, os: "iOS 18")])
    #expect(devices.matches("phone") && devices.matches("tv (Tizen 8)") && !devices.matches("tablet"))
    #expect(TraitValue.region("London, GB").matches("london") && !TraitValue.region("London, GB").matches("Lon"))
    let zone = TraitValue.utcOffset(minutes: 0, zone: "Europe/London")
    #expect(zone.matches("Europe/London") && zone.matches("UTC+00:00") && !zone.matches("Europe/Paris"))
    #expect(TraitValue.ageBand(.from45to54).matches("45-54") && !TraitValue.ageBand(.from45to54).matches("35-44"))
    #expect(TraitValue.count(2).matches(" 2 ") && !TraitValue.count(2).matches("1"))
    #expect(TraitValue.genre("Sci-Fi").matches("sci-fi"))
    #expect(TraitValue.places(["Paris, FR"], more: 0).matches("Paris"))
    // Hours as a person types them, with a hyphen.
    #expect(TraitValue.hours(start: 20 * 60, end: 23 * 60).matches("20:00-23:00"))
    #expect(!TraitValue.hours(start: 20 * 60, end: 23 * 60).matches("21:00-00:00"))
  }

  @Test("every kind belongs to one category; the names scenario files use are the kinds' names")
  func kinds() {
    #expect(TraitKind.ageBand.category == .demographic && TraitKind.sleepWindow.category == .rhythm)
    #expect(TraitKind(rawValue: "people in the account") == .peopleInAccount)
    #expect(Set(TraitKind.allCases.map(\.name)).count == TraitKind.allCases.count)
  }

  @Test("a trait encodes its words and its data, and decodes to the same trait")
  func coding() throws {
    let trait = InferredTrait(
      .sleepWindow, .hours(start: 60, end: 420), score: 6, confidence: 0.8,
      evidence: [Evidence(description: "7 nights", title: nil, eventIDs: ["e1"], effect: 0.3)])
    let data = try JSONEncoder().encode(trait)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["name"] as? String == "sleep window" && object["value"] as? String == "01:00–07:00")
    #expect(object["category"] as? String == "rhythm")
    let value = try #require(object["data"] as? [String: [String: Int]])
    #expect(value == ["hours": ["start": 60, "end": 420]])
    let genre = try JSONSerialization.jsonObject(with: JSONEncoder().encode(TraitValue.genre("Horror"))) as? [String: String]
    #expect(genre == ["genre": "Horror"])
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(TraitValue.self, from: Data(#"{"genre":"a","count":1}"#.utf8)) }
    #expect(try JSONDecoder().decode(InferredTrait.self, from: data) == trait)
  }
}
