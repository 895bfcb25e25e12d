/// A decoded line with the hashes the merge needs, computed on the decoding
/// thread (see ``StringTable``).
struct DecodedLine: Sendable {
  /// The hashes of an event's id and of its owner (profile, or account for
  /// account-level events).
  struct Hashes: Sendable {
    var id: UInt64 = 0
    var owner: UInt64 = 0

    init() {}

    init(_ event: Event) {
      id = StringTable.hash(event.id)
      owner = StringTable.hash(event.profile ?? event.account)
    }
  }

  let result: Result<Event, LineProblem>
  let hashes: Hashes

  init(event: Event) {
    hashes = Hashes(event)
    result = .success(event)
  }

  init(problem: LineProblem) {
    hashes = Hashes()
    result = .failure(problem)
  }
}
