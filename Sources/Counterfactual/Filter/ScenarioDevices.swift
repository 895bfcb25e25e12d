import Events
import Scenarios

/// The device types a scenario subject's sessions can start on, known from
/// the scenario file alone, so that a `reveals` filter's `device=` clause
/// that can match none of the subject's events is an error before a run
/// (`glasshouse validate` and `glasshouse run` both check it).
///
/// A subject's events are those of its profile (a persona's: every profile
/// it watches on), whoever of the profile's viewers made them; a session
/// starts on one of a viewer's `devices`, or on the `device_type` of a
/// scripted `session_start` event of a viewer. Crowd members have profiles
/// of their own, so the crowd's device types never reach a subject's log;
/// a replayed MovieLens profile (`ml-1`) has no sessions at all. Which of
/// the possible devices a run actually uses depends on the simulation, so
/// only "none of them" is an error.
public enum ScenarioDevices {
  /// The device types the subject's sessions can start on; `nil` when the
  /// scenario does not define the subject (its parser reports that).
  public static func of(_ subject: Expectation.Subject, in scenario: Scenario) -> Set<DeviceType>? {
    let viewers: Set<String>
    switch subject {
    case .persona(let id):
      guard scenario.persona(id: id) != nil else { return nil }
      let profiles = scenario.profiles.filter { $0.viewers.contains(id) }
      viewers = Set(profiles.flatMap(\.viewers)).union([id])
    case .profile(let id):
      if let profile = scenario.profile(id: id) {
        viewers = Set(profile.viewers)
      } else if scenario.replay != nil, RatingsReplaySource.isProfileID(id) {
        return []
      } else {
        return nil
      }
    }
    var devices = Set<DeviceType>()
    for persona in scenario.personas where viewers.contains(persona.id) {
      for device in persona.devices {
        if let type = DeviceType(rawValue: device.rawValue) { devices.insert(type) }
      }
    }
    for event in scenario.events {
      guard event.fields["type"]?.string == EventType.sessionStart.rawValue,
        let persona = event.fields["persona"]?.string, viewers.contains(persona),
        let type = event.fields["device_type"]?.string.flatMap(DeviceType.init(rawValue:))
      else { continue }
      devices.insert(type)
    }
    return devices
  }

  /// The device types a filter's `device` clauses all accept; `nil` when it
  /// has none.
  public static func required(by filter: EventFilter) -> Set<DeviceType>? {
    var required: Set<DeviceType>?
    for case .device(let devices) in filter.conditions {
      required = required.map { $0.intersection(devices) } ?? devices
    }
    return required
  }
}
