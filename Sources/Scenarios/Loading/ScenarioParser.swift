import Catalog
import Datasets
import Foundation
import Yams

/// Turns a composed scenario document into a ``Scenario``, collecting every
/// problem (see ``ScenarioLoader``).
///
/// Each part of the format has its own decoder, reading the same
/// ``ScenarioDocument``: ``ScenarioPaths`` (parameters and paths),
/// ``DataSourceDecoder`` (`catalog`, `replay`), ``PersonaDecoder``,
/// ``AccountDecoder``, ``CrowdDecoder``, ``PlatformSettingsDecoder`` and
/// ``ScriptedEventDecoder``. The parser runs them in the file's order of
/// sections and decodes the expectations itself: their kinds about data
/// flows (with `recipients` and `data_policy`, ScenarioParser+DataFlows)
/// and about part of a log (ScenarioParser+Counterfactual) are collected
/// apart, in ``flowExpectations`` and ``counterfactualExpectations``.
final class ScenarioParser {
  /// The document being parsed.
  private(set) var document: ScenarioDocument
  /// The parameters and paths of the scenario.
  private(set) var paths: ScenarioPaths
  /// Problems inside a referenced catalog file.
  private(set) var catalogErrors: [CatalogError] = []
  /// The genre names the scenario may use (known once the catalog is read).
  private(set) var genres = GenreVocabulary()
  /// The recipients' ids, for references in flow expectations.
  var recipientIDs: [String] = []
  /// Expectations about data flows, collected with the others.
  var flowExpectations: [FlowExpectation] = []
  /// Expectations checked on part of a log, collected with the others.
  var counterfactualExpectations: [CounterfactualExpectation] = []

  /// A parser of the scenario file at `path`.
  ///
  /// - Parameters:
  ///   - parameterValues: values of the scenario's parameters; `nil` when
  ///     validating without them.
  ///   - files: files to read instead of what a path field says, by field
  ///     (see ``ScenarioPaths/files``).
  init(path: String, parameterValues: [String: String]?, files: [String: String]) {
    let document = ScenarioDocument(path: path)
    self.document = document
    self.paths = ScenarioPaths(document: document, values: parameterValues, files: files)
  }

  /// The reader every issue is reported to.
  var reader: DocumentReader { document.reader }
  /// The scenario file's path.
  var path: String { document.path }
  /// Paths that use a parameter not given (reported by the loader).
  var parameterErrors: [ScenarioError] { paths.errors }

  /// Parses scenario text; `nil` when there was any problem.
  func parse(_ text: String) -> Scenario? {
    guard let root = reader.compose(text),
      let top = reader.mapping(root, ScenarioKeys.scenario, field: "")
    else { return nil }
    let name = reader.string(top, "name")
    let description = reader.string(top, "description") ?? ""
    let seed = reader.unsignedInteger(top, "seed") ?? 1
    let days = reader.integer(top, "days", in: 1...3650) ?? 28
    if let node = top["parameters"] { paths.declare(node) }
    var sources = DataSourceDecoder(document: document)
    let catalog = top["catalog"].flatMap { sources.catalog($0, seed: seed, paths: &paths) }
    let replay = top["replay"].flatMap { sources.replay($0, paths: &paths) }
    catalogErrors = sources.catalogErrors
    genres.add(sources.genres)
    document.replaysRatings = top["replay"] != nil
    if top["personas"] == nil, top["replay"] == nil {
      reader.report(.missingKey(key: "personas", context: "scenario (or 'replay')"), at: root)
    }
    var personas: [Persona] = []
    if let node = top["personas"], let items = reader.list(node, field: "personas", nonEmpty: true) {
      let decoder = PersonaDecoder(document: document, genres: genres)
      personas = items.enumerated().compactMap { decoder.persona($1, field: "personas[\($0)]") }
      document.checkUnique(items, what: "persona id")
    }
    let personaIDs = personas.map(\.id)
    let accounts = AccountDecoder(document: document, personas: personas)
      .accounts(top["accounts"], personaItems: top["personas"])
    let crowd = top["crowd"].flatMap { CrowdDecoder(document: document).crowd($0) } ?? .standard
    let platform = top["platform"].flatMap { PlatformSettingsDecoder(document: document).settings($0) } ?? .standard
    let events = top["events"].flatMap { ScriptedEventDecoder(document: document).events($0) } ?? []
    let recipients = top["recipients"].flatMap { self.recipients($0) } ?? []
    recipientIDs = recipients.map(\.id)
    let dataPolicy = top["data_policy"].flatMap { self.dataPolicy($0) } ?? .standard
    let profileIDs = accounts.flatMap(\.profiles).map(\.id)
    var expectations: [Expectation] = []
    if let node = top["expectations"], let items = reader.list(node, field: "expectations") {
      expectations = items.enumerated().compactMap {
        expectation($1, field: "expectations[\($0)]", personas: personaIDs, profiles: profileIDs)
      }
    }
    let checkpoints = top["checkpoints"].flatMap {
      self.checkpoints($0, personas: personaIDs, profiles: profileIDs)
    } ?? []
    guard reader.issues.isEmpty, catalogErrors.isEmpty, let name, let catalog else { return nil }
    var scenario = Scenario(
      path: path, name: name, description: description, seed: seed, days: days,
      catalog: catalog, personas: personas, accounts: accounts, crowd: crowd,
      platform: platform, events: events, expectations: expectations, recipients: recipients,
      dataPolicy: dataPolicy, flowExpectations: flowExpectations)
    scenario.counterfactualExpectations = counterfactualExpectations
    scenario.checkpoints = checkpoints
    scenario.parameters = paths.declared
    scenario.replay = replay
    return scenario
  }

  // MARK: Expectations

  private func expectation(
    _ node: Node, field: String, personas: [String], profiles: [String]
  ) -> Expectation? {
    guard let mapping = reader.mapping(node, ScenarioKeys.expectation, field: field),
      let kind = exactlyOne(of: ScenarioKeys.expectation.all, in: mapping, context: "'\(field)'"),
      let value = mapping[kind]
    else { return nil }
    let here = location(of: node)
    let field = mapping.field(kind)
    if kind == "reveals" {
      if let expectation = reveals(value, field: field, at: here, personas: personas, profiles: profiles) {
        counterfactualExpectations.append(expectation)
      }
      return nil
    }
    if ScenarioKeys.flowExpectationKinds.contains(kind) {
      if let check = flowCheck(kind: kind, value, field: field, personas: personas, profiles: profiles) {
        flowExpectations.append(FlowExpectation(check: check, location: here))
      }
      return nil
    }
    switch kind {
    case "infer":
      guard let body = reader.mapping(value, ScenarioKeys.infer, field: field) else { return nil }
      let subject = self.subject(body, personas: personas, profiles: profiles)
      let trait = reader.choice(body, "trait", as: Expectation.Trait.self)
      var equals = reader.string(body, "equals")
      if let trait, let text = equals, let node = body["equals"] {
        let allowed: [String]? =
          switch trait {
          case .ageBand: AgeBand.allCases.map(\.rawValue)
          case .gender: Gender.allCases.map(\.rawValue)
          case .devices: ["tv", "phone", "tablet", "computer", "console", "streaming_stick"]
          case .weekdayWeekend: ["weekend-heavy", "weekday-heavy", "no difference"]
          case .bingePropensity: ["low", "moderate", "high"]
          case .region, .timeZone, .activeHours: nil
          }
        if let allowed, !allowed.contains(text) {
          equals = reader.choice(node, field: body.field("equals"), among: allowed)
        }
      }
      let probability = reader.number(body, "min_probability", in: 0...1) ?? 0.5
      guard let subject, let trait, let equals else { return nil }
      return divertingAfterPlays(
        body,
        Expectation(
          check: .inferredTrait(
            subject: subject, trait: trait, value: equals, minimumProbability: probability),
          location: here))
    case "top_genres":
      guard let body = reader.mapping(value, ScenarioKeys.topGenres, field: field) else {
        return nil
      }
      let subject = self.subject(body, personas: personas, profiles: profiles)
      guard let which = exactlyOne(of: ["includes", "excludes"], in: body, context: "'\(field)'"),
        let genreNode = body[which], let genre = reader.string(genreNode, field: body.field(which)),
        checkGenre(genre, field: body.field(which), at: genreNode)
      else { return nil }
      let within = reader.integer(body, "within", in: 1...100) ?? 3
      guard let subject else { return nil }
      return divertingAfterPlays(
        body,
        Expectation(
          check: .topGenres(
            subject: subject, genre: Genre(genre), included: which == "includes", within: within),
          location: here))
    case "viewers":
      guard let body = reader.mapping(value, ScenarioKeys.viewers, field: field) else {
        return nil
      }
      let profile = body["profile"].flatMap {
        reference($0, field: body.field("profile"), kind: "profile", among: profiles)
      }
      let count = reader.integer(body, "equals", in: 1...100)
      guard let profile, let count else { return nil }
      return Expectation(check: .viewerCount(profile: profile, equals: count), location: here)
    default:
      guard let body = reader.mapping(value, ScenarioKeys.artworkTone, field: field) else {
        return nil
      }
      let subject = self.subject(body, personas: personas, profiles: profiles)
      let tone = reader.choice(body, "tone", as: ArtworkTone.self)
      let share = reader.number(body, "min_share", in: 0...1) ?? 0.5
      let over = body["over"] == nil ? nil : reader.choice(body, "over", as: ArtworkTone.self)
      guard let subject, let tone, body["over"] == nil || over != nil else { return nil }
      return Expectation(
        check: .artworkTone(subject: subject, tone: tone, minimumShare: share, over: over), location: here)
    }
  }

  /// The `persona` or `profile` an expectation is about.
  func subject(
    _ mapping: DocumentMapping, personas: [String], profiles: [String]
  ) -> Expectation.Subject? {
    guard let key = exactlyOne(of: ["persona", "profile"], in: mapping, context: "'\(mapping.field)'"),
      let node = mapping[key]
    else { return nil }
    if key == "persona" {
      return reference(node, field: mapping.field(key), kind: "persona", among: personas)
        .map(Expectation.Subject.persona)
    }
    return reference(node, field: mapping.field(key), kind: "profile", among: profiles)
      .map(Expectation.Subject.profile)
  }

  // MARK: Shared checks (see ScenarioDocument)

  /// The one key of `keys` present in the mapping; reports when none or
  /// several are.
  func exactlyOne(of keys: [String], in mapping: DocumentMapping, context: String) -> String? {
    document.exactlyOne(of: keys, in: mapping, context: context)
  }

  /// A reference to a declared id (see ``ScenarioDocument/reference(_:field:kind:among:)``).
  func reference(_ node: Node, field: String, kind: String, among names: [String]) -> String? {
    document.reference(node, field: field, kind: kind, among: names)
  }

  /// An identifier: letters, digits, `-` and `_`.
  func identifier(_ mapping: DocumentMapping, _ key: String) -> String? {
    document.identifier(mapping, key)
  }

  /// Where a node is in the file.
  func location(of node: Node) -> SourceLocation { document.location(of: node) }

  /// Whether a genre name is known (a MovieLens genre or one of the inline
  /// or file catalog's), reporting it otherwise.
  func checkGenre(_ name: String, field: String, at node: Node) -> Bool {
    genres.check(name, field: field, at: node, reader: reader)
  }
}
