import Events
import Foundation
import Scenarios
import Testing

@testable import Counterfactual

/// The devices a `reveals` subject's sessions can start on, known from the
/// scenario file alone (what `validate` and `run` check a `device=` clause
/// against).
@Suite("The devices a scenario subject's sessions can start on")
struct ScenarioDevicesTests {
  static let scenario: Scenario = {
    let text = """
      name: Devices
      days: 3
      catalog: {generate: {size: 20}}
      personas:
        - {id: sam, age_band: 35-44, gender: female, devices: [tv]}
        - {id: jo, age_band: under-18, gender: male, devices: [tablet]}
        - {id: kim, age_band: 55+, gender: male, devices: [computer]}
      accounts:
        - id: home
          profiles:
            - {id: family, viewers: [sam, jo]}
            - {id: jo-kids, viewers: [jo], kids: true}
        - id: flat
          profiles:
            - {id: kim, viewers: [kim]}
      events:
        - {day: 1, time: "20:00", persona: kim, type: session_start, device: k1, device_type: console, os: x, app_version: "1", ip: 10.0.0.1, connection: wifi}
      """
    do throws(ScenarioError) {
      return try ScenarioLoader.parse(text, path: NSTemporaryDirectory() + "devices.yaml")
    } catch {
      preconditionFailure("\(error)")
    }
  }()

  @Test("a persona's subject spans every viewer of every profile she watches on")
  func sharedProfile() {
    #expect(ScenarioDevices.of(.persona("jo"), in: Self.scenario) == [.tv, .tablet])
    #expect(ScenarioDevices.of(.persona("sam"), in: Self.scenario) == [.tv, .tablet])
    #expect(ScenarioDevices.of(.profile("jo-kids"), in: Self.scenario) == [.tablet])
  }

  @Test("a scripted session_start adds its device type; an unknown subject is not known")
  func scriptedAndUnknown() {
    #expect(ScenarioDevices.of(.persona("kim"), in: Self.scenario) == [.computer, .console])
    #expect(ScenarioDevices.of(.persona("nobody"), in: Self.scenario) == nil)
  }

  @Test("a filter's device clauses all have to hold: their intersection")
  func required() throws {
    let catalog = try Self.scenario.catalog.load()
    #expect(ScenarioDevices.required(by: try EventFilter(parsing: "type=search", catalog: catalog)) == nil)
    #expect(
      ScenarioDevices.required(by: try EventFilter(parsing: "device=tv|phone,device=phone|tablet", catalog: catalog))
        == [.phone])
  }
}
