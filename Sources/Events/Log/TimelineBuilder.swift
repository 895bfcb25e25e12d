/// Collects events into timelines as they are accepted, with one hash
/// lookup per event (hot path of the `ingestion` benchmarks), and checks
/// that a profile stays in one account.
struct TimelineBuilder {
  private struct Slot {
    let key: Timeline.Key
    let firstLine: Int
    var events: [Event] = []
    var latest: Timestamp
    var outOfOrder = false
  }

  private var slots: [Slot] = []
  /// Profile id → slot (profile ids are unique across accounts).
  private var profileSlots = StringTable()
  /// Account id → slot of its account-level events.
  private var accountSlots = StringTable()
  private(set) var reordered = 0

  /// Adds an event; returns the account and line the event's profile was
  /// first seen with, when that is another account (and does not add it).
  mutating func add(_ event: consuming Event, line: Int, ownerHash: UInt64) -> (
    account: String, line: Int
  )? {
    let index: Int
    if let profile = event.profile {
      if let existing = profileSlots.value(of: profile, hash: ownerHash) {
        guard slots[existing].key.account == event.account else {
          return (slots[existing].key.account, slots[existing].firstLine)
        }
        index = existing
      } else {
        index = newSlot(Timeline.Key(account: event.account, profile: profile), event, line)
        _ = profileSlots.insert(profile, hash: ownerHash, value: index)
      }
    } else if let existing = accountSlots.value(of: event.account, hash: ownerHash) {
      index = existing
    } else {
      index = newSlot(Timeline.Key(account: event.account, profile: nil), event, line)
      _ = accountSlots.insert(event.account, hash: ownerHash, value: index)
    }
    if Timestamp.isEarlier(event.timestamp, than: slots[index].latest) {
      reordered += 1
      slots[index].outOfOrder = true
    } else {
      slots[index].latest = event.timestamp
    }
    slots[index].events.append(event)
    return nil
  }

  private mutating func newSlot(_ key: Timeline.Key, _ event: Event, _ line: Int) -> Int {
    slots.append(Slot(key: key, firstLine: line, latest: event.timestamp))
    return slots.count - 1
  }

  /// The timelines, ordered by key, each sorted by instant (stable).
  consuming func finish() -> (timelines: [Timeline], reordered: Int) {
    var slots = self.slots
    self.slots = []
    slots.sort { $0.key < $1.key }
    let timelines = slots.map { slot in
      guard slot.outOfOrder else { return Timeline(key: slot.key, events: slot.events) }
      let order = slot.events.indices.sorted { a, b in
        let x = slot.events[a].timestamp
        let y = slot.events[b].timestamp
        if Timestamp.isEarlier(x, than: y) { return true }
        if Timestamp.isEarlier(y, than: x) { return false }
        return a < b
      }
      return Timeline(key: slot.key, events: order.map { slot.events[$0] })
    }
    return (timelines, reordered)
  }
}
