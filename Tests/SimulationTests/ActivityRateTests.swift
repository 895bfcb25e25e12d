import Events
import Foundation
import Simulation
import Testing

/// The crowd's activity beyond viewing (pauses, rewinds, My List, reviews,
/// shares and their clicks, games, customer service) appears at about the
/// rates `ViewingBehavior` documents, and every such event round-trips
/// through the event model.
@Suite("Activity beyond viewing")
struct ActivityRateTests {
  /// The events of the shared fixture run, by type.
  static let counts: [EventType: Int] = {
    var counts: [EventType: Int] = [:]
    for event in SimulationFixtures.result.events { counts[event.payload.type, default: 0] += 1 }
    return counts
  }()

  @Test("Every new event type is produced and round-trips through a JSON line")
  func newTypesRoundTrip() throws {
    let types: [EventType] = [
      .pause, .seek, .listAdd, .review, .referralShared, .referralClick, .gameActivity,
    ]
    for type in types {
      #expect(Self.counts[type, default: 0] > 0, "no \(type) events")
    }
    for event in SimulationFixtures.result.events where types.contains(event.payload.type)
      || event.payload.type == .customerServiceContact
    {
      let decoded = try Event(jsonLine: event.jsonLine)
      #expect(decoded == event)
      #expect(decoded.jsonLine == event.jsonLine)
    }
  }

  @Test("Pauses and rewinds happen at about their documented rates per playback")
  func pausesAndRewinds() throws {
    let behavior = ViewingBehavior()
    var starts: [String: Timestamp] = [:]
    var watched: [String: Double] = [:]
    var pauses: [String: Int] = [:]
    var seeks: [String: Int] = [:]
    var begin: [String: Double] = [:]
    for event in SimulationFixtures.result.events {
      switch event.payload {
      case .playStart(_, let playback, let position, _):
        starts[playback] = event.timestamp
        begin[playback] = position
      case .stop(_, let playback, let position, _):
        watched[playback] = position - (begin[playback] ?? 0)
      case .completion(_, let playback, let runtime):
        watched[playback] = runtime - (begin[playback] ?? 0)
      case .pause(_, let playback, _): pauses[playback, default: 0] += 1
      case .seek(_, let playback, let from, let to):
        seeks[playback, default: 0] += 1
        #expect(to < from)
      default: break
      }
    }
    // Expected pauses: the documented chance per hour, over playbacks of
    // 20 minutes or more.
    let long = watched.filter { $0.value >= 1200 }
    let expectedPauses = long.values.reduce(0) { $0 + min(1, behavior.pausePerHour * $1 / 3600) }
    let observedPauses = Double(pauses.values.reduce(0, +))
    #expect(pauses.values.allSatisfy { $0 == 1 })
    #expect(abs(observedPauses - expectedPauses) < 5 * expectedPauses.squareRoot() + 5)
    let rewindable = Double(watched.values.filter { $0 >= 600 }.count)
    let expectedSeeks = rewindable * behavior.rewind
    let observedSeeks = Double(seeks.values.reduce(0, +))
    #expect(abs(observedSeeks - expectedSeeks) < 5 * expectedSeeks.squareRoot() + 5)
    #expect(starts.count > 0)
  }

  @Test("Shares are clicked at about the documented rate, by other accounts")
  func referrals() throws {
    var sharer: [String: String] = [:]
    var clicks = 0
    for event in SimulationFixtures.result.events {
      switch event.payload {
      case .referralShared(_, let referral, let app):
        #expect(["Chirp", "Parley"].contains(app))
        sharer[referral] = event.account
      case .referralClick(_, let referral):
        clicks += 1
        let account = try #require(sharer[referral])
        #expect(account != event.account)
      default: break
      }
    }
    let shares = Double(sharer.count)
    let expected = shares * ViewingBehavior().referralClicked
    #expect(abs(Double(clicks) - expected) < 4 * (shares * 0.25).squareRoot() + 2)
  }

  @Test("Modest volume: the new types together are a small share of the log")
  func modestVolume() {
    let total = Double(SimulationFixtures.result.events.count)
    let added: [EventType] = [
      .pause, .seek, .listAdd, .review, .referralShared, .referralClick, .gameActivity,
      .customerServiceContact,
    ]
    let new = Double(added.reduce(0) { $0 + Self.counts[$1, default: 0] })
    #expect(new / total < 0.05)
  }
}
