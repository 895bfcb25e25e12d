import Events
import Foundation
import Support

extension ViewerCountInference {
  /// What sets one group of a profile's sessions apart — the typed parts of
  /// a viewer's description: how many sessions, their usual local hour, and
  /// the device most of them started on.
  public struct SessionGroup: Sendable, Codable, Equatable {
    /// The sessions in the group.
    public let sessions: Int
    /// The circular mean of their local start hours, in [0, 24).
    public let meanHour: Double
    /// The id of the device most of them started on (ties: the first id).
    public let device: String
    /// That device's type.
    public let deviceType: DeviceType

    /// The mean hour on a 24-hour clock: `17:16`.
    public var clock: String { ViewerCountInference.clock(meanHour) }

    /// The group in words, the device named by `deviceName`: `10 sessions
    /// around 17:16 mostly on the tablet (iPadOS 18)`.
    public func description(deviceName: (String) -> String) -> String {
      "\(Words.count(sessions, "session")) around \(clock) mostly on \(deviceName(device))"
    }

    /// The group in words with the device's id and type: `10 sessions
    /// around 17:16 mostly on d1ta (tablet)` (what
    /// ``ViewerCountInference/infer(events:)`` writes as evidence).
    public var description: String { description { "\($0) (\(deviceType))" } }
  }

  /// The group of the `session_start` events among `events`, or `nil` when
  /// there are none.
  ///
  /// - Complexity: O(events).
  public static func group(of events: [Event]) -> SessionGroup? {
    let sessions = events.compactMap(session)
    return group(sessions)
  }

  /// The group of some sessions, or `nil` when there are none.
  static func group(_ sessions: [Session]) -> SessionGroup? {
    // Ties between devices go to the smaller "id (type)" key, as always.
    let counts = Dictionary(sessions.map { ($0.device, 1) }, uniquingKeysWith: +)
    guard let usual = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key,
      let session = sessions.first(where: { $0.device == usual }),
      case .sessionStart(let id, let type, _, _, _, _) = session.event.payload
    else { return nil }
    return SessionGroup(sessions: sessions.count, meanHour: meanHour(sessions), device: id, deviceType: type)
  }

  /// A `session_start` event as a session: its local hour and its device's
  /// "id (type)" key; `nil` for any other event.
  static func session(_ event: Event) -> Session? {
    guard case .sessionStart(let device, let type, _, _, _, _) = event.payload else { return nil }
    let local = event.timestamp.secondsSinceEpoch + Int64(event.timestamp.offsetMinutes) * 60
    let seconds = ((local % 86_400) + 86_400) % 86_400
    return Session(event: event, hour: Double(seconds) / 3_600, device: "\(device) (\(type))")
  }
}
