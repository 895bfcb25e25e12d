import Foundation
import Testing

@testable import Scenarios

/// `infer` on the traits a teacher most wants to check: devices, active
/// hours, weekday/weekend and binge propensity, besides the demographic and
/// location ones.
@Suite("infer expectations on devices, hours, week rhythm and binges")
struct InferExpectationTests {
  @Test("each new trait parses into its check; a misspelt value gets the closest allowed one")
  func parses() throws {
    let text = ScenarioFiles.minimal(
      """
      expectations:
        - infer: {persona: alex, trait: devices, equals: phone, min_probability: 0.9}
        - infer: {persona: alex, trait: active_hours, equals: "20:00-23:00"}
        - infer: {persona: alex, trait: weekday_weekend, equals: no difference}
        - infer: {persona: alex, trait: binge_propensity, equals: high}
      """)
    let scenario = try ScenarioLoader.parse(text, path: "/tmp/s.yaml")
    #expect(scenario.expectations.map(\.check) == [
      .inferredTrait(subject: .persona("alex"), trait: .devices, value: "phone", minimumProbability: 0.9),
      .inferredTrait(subject: .persona("alex"), trait: .activeHours, value: "20:00-23:00", minimumProbability: 0.5),
      .inferredTrait(subject: .persona("alex"), trait: .weekdayWeekend, value: "no difference", minimumProbability: 0.5),
      .inferredTrait(subject: .persona("alex"), trait: .bingePropensity, value: "high", minimumProbability: 0.5),
    ])
    let typo = ScenarioFiles.minimal(
      """
      expectations:
        - infer: {persona: alex, trait: binge_propensity, equals: moderat}
      """)
    let error = try #require(ScenarioLoader.validate(path: try ScenarioFiles.write(typo)).first)
    #expect(error.description.contains("moderate"), "\(error)")
  }
}
