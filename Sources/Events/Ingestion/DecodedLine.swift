/// A decoded line with the hashes the merge needs, computed on the decoding
/// thread (see ``StringTable``).
struct DecodedLine: Sendable {
  /// The hashes of an event's id and of its owner (profile, or account for
  /// account-level events).
  struct Hashes: Sendable {
    var id: UInt64 = 0
    var owner: UInt64 = 0

    init() {}

    init(_ event: borrowing Event) {
      id = StringTable.hash(event.id)
      owner = StringTable.hash(event.profile ?? event.account)
    }
  }

  /// The event, taken out (moved, not copied) by the merge.
  var event: Event?
  /// Why the line was rejected, when it was.
  var problem: LineProblem?
  let hashes: Hashes

  init(event: consuming Event) {
    hashes = Hashes(event)
    self.event = event
  }

  init(problem: LineProblem) {
    hashes = Hashes()
    self.problem = problem
  }
}
