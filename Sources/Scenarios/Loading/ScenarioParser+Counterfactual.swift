import Catalog
import Yams

/// The parts of a scenario checked on part of a profile's log: `after_plays`
/// on `infer` and `top_genres`, the `reveals` expectation and
/// `checkpoints` (Docs/ScenarioFormat.md).
extension ScenarioParser {
  /// The expectation itself, or `nil` when it has `after_plays` and was
  /// moved to the counterfactual expectations (checked on the subject's log
  /// cut after that many plays).
  func divertingAfterPlays(_ body: DocumentMapping, _ expectation: Expectation) -> Expectation? {
    guard body.contains("after_plays") else { return expectation }
    guard let plays = reader.integer(body, "after_plays", in: 1...100_000) else { return nil }
    counterfactualExpectations.append(
      CounterfactualExpectation(
        check: .afterPlays(plays: plays, check: expectation.check), location: expectation.location))
    return nil
  }

  /// A `reveals` expectation: a claim that holds with all the subject's
  /// events and not without those `without` matches.
  func reveals(
    _ value: Node, field: String, at here: SourceLocation, personas: [String], profiles: [String]
  ) -> CounterfactualExpectation? {
    guard let body = reader.mapping(value, ScenarioKeys.reveals, field: field) else { return nil }
    let subject = self.subject(body, personas: personas, profiles: profiles)
    var filter: String?
    if let node = body["without"], let text = reader.string(node, field: body.field("without")) {
      if text.contains("=") {
        filter = text
      } else {
        reader.report(
          .invalidValue(
            field: body.field("without"),
            expected: "an event filter of clauses key=value (Docs/Counterfactual.md), such as 'type=search' "
              + "or 'source=partner'",
            found: "'\(text)'", suggestion: nil),
          at: node)
      }
    }
    let claim = revealedClaim(body, field: field)
    let revealed = reader.boolean(body, "revealed") ?? true
    guard let subject, let filter, let claim, let node = body["without"] else { return nil }
    return CounterfactualExpectation(
      check: .reveals(subject: subject, filter: filter, claim: claim, revealed: revealed),
      location: here, filterLocation: location(of: node))
  }

  private func revealedClaim(_ body: DocumentMapping, field: String) -> RevealedClaim? {
    guard let which = exactlyOne(of: ["trait", "top_genre", "segment"], in: body, context: "'\(field)'"),
      let node = body[which]
    else { return nil }
    let misplaced: [(key: String, belongsTo: String)] = [
      ("equals", "trait"), ("min_confidence", "trait"), ("within", "top_genre"),
    ]
    for (key, owner) in misplaced where body.contains(key) && which != owner {
      reader.report(
        .invalidValue(
          field: body.field(key), expected: "given only with '\(owner)'", found: "it with '\(which)'",
          suggestion: nil),
        at: body.keyNode(key))
    }
    switch which {
    case "trait":
      let names = RevealedClaim.traitNames.keys.sorted()
      guard let key = reader.choice(node, field: body.field("trait"), among: names),
        let name = RevealedClaim.traitNames[key]
      else { return nil }
      let equals = reader.string(body, "equals")
      let confidence = reader.number(body, "min_confidence", in: 0...1) ?? 0.5
      return .trait(name: name, equals: equals, minimumConfidence: confidence)
    case "top_genre":
      guard let genre = reader.string(node, field: body.field("top_genre")),
        checkGenre(genre, field: body.field("top_genre"), at: node)
      else { return nil }
      return .topGenre(Genre(genre), within: reader.integer(body, "within", in: 1...100) ?? 3)
    default:
      guard let text = reader.string(node, field: body.field("segment")) else { return nil }
      return .segment(text)
    }
  }

  /// `checkpoints`: whose progression to show after which plays.
  func checkpoints(_ node: Node, personas: [String], profiles: [String]) -> [PlayCheckpoints]? {
    guard let items = reader.list(node, field: "checkpoints") else { return nil }
    var result: [PlayCheckpoints] = []
    for (index, item) in items.enumerated() {
      let field = "checkpoints[\(index)]"
      guard let body = reader.mapping(item, ScenarioKeys.checkpoint, field: field) else { continue }
      let subject = self.subject(body, personas: personas, profiles: profiles)
      var plays: [Int] = []
      if let node = body["after_plays"], let list = reader.list(node, field: body.field("after_plays"), nonEmpty: true) {
        for (n, entry) in list.enumerated() {
          guard let count = reader.integer(entry, field: "\(body.field("after_plays"))[\(n)]", in: 1...100_000)
          else { continue }
          if let last = plays.last, count <= last {
            reader.report(
              .invalidValue(
                field: "\(body.field("after_plays"))[\(n)]", expected: "more than the previous entry (\(last))",
                found: "\(count)", suggestion: nil),
              at: entry)
          }
          plays.append(count)
        }
      }
      if let subject, !plays.isEmpty {
        result.append(PlayCheckpoints(subject: subject, plays: plays, location: location(of: item)))
      }
    }
    return result
  }
}
