import Catalog
import Datasets
import Foundation
import Yams

/// Turns a composed scenario document into a ``Scenario``, collecting every
/// problem (see ``ScenarioLoader``).
final class ScenarioParser {
  let reader: DocumentReader
  let path: String
  /// Problems inside a referenced catalog file.
  private(set) var catalogErrors: [CatalogError] = []
  private var knownGenres: [String] = Genre.movieLens.map(\.name)
  /// The recipients' ids, for references in flow expectations.
  var recipientIDs: [String] = []
  /// Expectations about data flows, collected with the others.
  var flowExpectations: [FlowExpectation] = []
  /// Expectations checked on part of a log, collected with the others.
  var counterfactualExpectations: [CounterfactualExpectation] = []
  /// Values of the scenario's parameters; `nil` when validating without them.
  var parameterValues: [String: String]?
  /// The parameters the scenario declares.
  var parameters: [ScenarioParameter] = []
  /// Paths that use a parameter not given (reported by the loader).
  var parameterErrors: [ScenarioError] = []
  /// Whether ratings are replayed, so `ml-<user id>` names a profile.
  var replaysRatings = false
  /// Files to read instead of what a path field says, by field
  /// (`catalog.file`, `catalog.movielens`, `replay.ratings`): a run
  /// folder's copies. Such a field's parameters are not needed.
  var files: [String: String] = [:]

  init(path: String) {
    self.path = path
    self.reader = DocumentReader(path: path)
  }

  /// Parses scenario text; `nil` when there was any problem.
  func parse(_ text: String) -> Scenario? {
    guard let root = reader.compose(text),
      let top = reader.mapping(root, ScenarioKeys.scenario, field: "")
    else { return nil }
    let name = reader.string(top, "name")
    let description = reader.string(top, "description") ?? ""
    let seed = reader.unsignedInteger(top, "seed") ?? 1
    let days = reader.integer(top, "days", in: 1...3650) ?? 28
    parameters = top["parameters"].flatMap { parameterDeclarations($0) } ?? []
    let catalog = top["catalog"].flatMap { catalogSource($0, seed: seed) }
    let replay = top["replay"].flatMap { replaySource($0) }
    replaysRatings = top["replay"] != nil
    if top["personas"] == nil, top["replay"] == nil {
      reader.report(.missingKey(key: "personas", context: "scenario (or 'replay')"), at: root)
    }
    var personas: [Persona] = []
    if let node = top["personas"], let items = reader.list(node, field: "personas", nonEmpty: true) {
      personas = items.enumerated().compactMap { persona($1, field: "personas[\($0)]") }
      checkUnique(items, field: "personas", what: "persona id")
    }
    let personaIDs = personas.map(\.id)
    var accounts: [Account] = []
    var profileNodes: [(profile: Profile, node: Node)] = []
    if let node = top["accounts"], let items = reader.list(node, field: "accounts", nonEmpty: true) {
      for (index, item) in items.enumerated() {
        if let (account, nodes) = self.account(item, field: "accounts[\(index)]", personas: personaIDs) {
          accounts.append(account)
          profileNodes += zip(account.profiles, nodes).map { ($0, $1) }
        }
      }
      checkUnique(items, field: "accounts", what: "account id")
      checkUniqueProfiles(profileNodes)
      checkEveryPersonaWatches(personas: personas, items: top["personas"], accounts: accounts)
    } else if top["accounts"] == nil {
      accounts = personas.map {
        Account(id: $0.id, profiles: [Profile(id: $0.id, name: $0.name, viewers: [$0.id])])
      }
    }
    let crowd = top["crowd"].flatMap { self.crowd($0) } ?? .standard
    let platform = top["platform"].flatMap { self.platform($0) } ?? .standard
    let events = top["events"].flatMap { self.events($0) } ?? []
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
    scenario.parameters = parameters
    scenario.replay = replay
    return scenario
  }

  // MARK: Catalog

  private func catalogSource(_ node: Node, seed: UInt64) -> CatalogSource? {
    guard let mapping = reader.mapping(node, ScenarioKeys.catalog, field: "catalog") else {
      return nil
    }
    guard let key = exactlyOne(of: ScenarioKeys.catalog.all, in: mapping, context: "'catalog'"),
      let value = mapping[key]
    else { return nil }
    switch key {
    case "generate":
      guard let generate = reader.mapping(value, ScenarioKeys.generate, field: "catalog.generate"),
        let size = reader.integer(generate, "size", in: 1...1_000_000)
      else { return nil }
      let catalogSeed = reader.unsignedInteger(generate, "seed") ?? seed
      let pool = reader.integer(generate, "cast_pool", in: 1...10_000_000)
      return .generated(CatalogGenerator(size: size, seed: catalogSeed, castPoolSize: pool))
    case "titles":
      guard let catalog = CatalogFile.decodeTitles(value, field: "catalog.titles", reader: reader)
      else { return nil }
      knownGenres += catalog.genres.map(\.name)
      return .inline(catalog)
    default:
      let field = mapping.field(key)
      guard let written = reader.string(value, field: field) else { return nil }
      let resolved: String
      if let replacement = files[field] {
        resolved = replacement
      } else {
        guard let substituted = substitute(written, at: value, field: field) else { return nil }
        guard let file = substituted else { return key == "movielens" ? .movieLens(path: written) : nil }
        resolved = resolve(file)
      }
      guard FileManager.default.fileExists(atPath: resolved) else {
        reader.report(.missingFile(field: field, file: resolved), at: value)
        return nil
      }
      if key == "movielens" { return .movieLens(path: resolved) }
      let errors = CatalogFile.validate(path: resolved)
      guard errors.isEmpty, let catalog = try? CatalogFile.load(path: resolved) else {
        catalogErrors += errors
        return nil
      }
      knownGenres += catalog.genres.map(\.name)
      return .file(path: resolved, catalog: catalog)
    }
  }

  /// A path as written, or relative to the scenario's folder; `~/` is the
  /// home folder.
  func resolve(_ file: String) -> String {
    if file.hasPrefix("/") { return file }
    if file.hasPrefix("~/") {
      return FileManager.default.homeDirectoryForCurrentUser.path + "/" + file.dropFirst(2)
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    return folder.appendingPathComponent(file).standardizedFileURL.path
  }

  // MARK: Personas

  private func persona(_ node: Node, field: String) -> Persona? {
    let before = reader.issues.count
    guard let mapping = reader.mapping(node, ScenarioKeys.persona, field: field) else { return nil }
    let id = identifier(mapping, "id")
    let age = reader.choice(mapping, "age_band", as: AgeBand.self)
    let gender = reader.choice(mapping, "gender", as: Gender.self)
    let region = reader.string(mapping, "region") ?? "US"
    let timeZone = mapping["time_zone"].flatMap { self.timeZone($0, field: mapping.field("time_zone")) }
    var devices: [Device] = [.tv]
    if let node = mapping["devices"], let items = reader.list(node, field: mapping.field("devices"), nonEmpty: true) {
      devices = []
      for (index, item) in items.enumerated() {
        let itemField = "\(mapping.field("devices"))[\(index)]"
        if let device = reader.choice(item, field: itemField, as: Device.self) {
          devices.append(device)
        }
      }
    }
    var schedule = [
      ViewingWindow(days: Weekday.allCases, start: ClockTime("20:00")!, end: ClockTime("23:00")!)
    ]
    if let node = mapping["schedule"],
      let items = reader.list(node, field: mapping.field("schedule"), nonEmpty: true)
    {
      schedule = items.enumerated().compactMap {
        window($1, field: "\(mapping.field("schedule"))[\($0)]", devices: devices)
      }
    }
    var tastes = Tastes()
    if let node = mapping["tastes"], let parsed = self.tastes(node, field: mapping.field("tastes")) {
      tastes = parsed
    }
    let binge = reader.number(mapping, "binge_tendency", in: 0...1) ?? 0.3
    guard reader.issues.count == before, let id, let age, let gender else { return nil }
    return Persona(
      id: id, name: reader.string(mapping, "name") ?? id, ageBand: age, gender: gender,
      region: region, timeZone: timeZone ?? "America/New_York", devices: devices,
      schedule: schedule, tastes: tastes, bingeTendency: binge)
  }

  private func window(_ node: Node, field: String, devices: [Device]) -> ViewingWindow? {
    guard let mapping = reader.mapping(node, ScenarioKeys.window, field: field) else { return nil }
    let start = mapping["start"].flatMap { clock($0, field: mapping.field("start")) }
    let end = mapping["end"].flatMap { clock($0, field: mapping.field("end")) }
    var days = Weekday.allCases
    if let node = mapping["days"] { days = self.days(node, field: mapping.field("days")) ?? days }
    var device: Device?
    if let node = mapping["device"],
      let chosen = reader.choice(node, field: mapping.field("device"), as: Device.self)
    {
      if devices.contains(chosen) {
        device = chosen
      } else {
        reader.report(
          .invalidValue(
            field: mapping.field("device"),
            expected: "one of the persona's devices ("
              + devices.map(\.rawValue).joined(separator: ", ") + ")",
            found: "'\(chosen.rawValue)'", suggestion: nil),
          at: node)
      }
    }
    let probability = reader.number(mapping, "probability", in: 0...1) ?? 1
    guard let start, let end else { return nil }
    if start == end {
      reader.report(
        .invalidValue(
          field: mapping.field("end"), expected: "a time different from 'start'",
          found: "'\(end)'", suggestion: nil),
        at: mapping["end"])
      return nil
    }
    return ViewingWindow(days: days, start: start, end: end, device: device, probability: probability)
  }

  private func days(_ node: Node, field: String) -> [Weekday]? {
    let groups = ["daily", "weekdays", "weekends"]
    let choices = groups + Weekday.allCases.map(\.rawValue)
    if case .sequence = node {
      guard let items = reader.list(node, field: field, nonEmpty: true) else { return nil }
      let days = items.enumerated().compactMap {
        reader.choice($1, field: "\(field)[\($0)]", as: Weekday.self)
      }
      return Array(Set(days)).sorted()
    }
    switch reader.choice(node, field: field, among: choices) {
    case "daily": return Weekday.allCases
    case "weekdays": return Weekday.weekdays
    case "weekends": return Weekday.weekends
    case let day?: return Weekday(rawValue: day).map { [$0] }
    case nil: return nil
    }
  }

  private func clock(_ node: Node, field: String) -> ClockTime? {
    guard let text = reader.string(node, field: field) else { return nil }
    guard let time = ClockTime(text) else {
      reader.report(
        .invalidValue(
          field: field, expected: "a time of day \"HH:MM\" from 00:00 to 23:59",
          found: "'\(text)'", suggestion: nil),
        at: node)
      return nil
    }
    return time
  }

  private func timeZone(_ node: Node, field: String) -> String? {
    guard let text = reader.string(node, field: field) else { return nil }
    guard TimeZone(identifier: text) != nil else {
      reader.report(
        .invalidValue(
          field: field, expected: "an IANA time zone name such as 'Europe/London'",
          found: "'\(DocumentReader.abbreviated(text))'",
          suggestion: Suggestion.closest(to: text, among: TimeZone.knownTimeZoneIdentifiers)),
        at: node)
      return nil
    }
    return text
  }

  private func tastes(_ node: Node, field: String) -> Tastes? {
    guard let mapping = reader.mapping(node, ScenarioKeys.tastes, field: field) else { return nil }
    var tastes = Tastes()
    if let node = mapping["genres"], let entries = reader.entries(node, field: mapping.field("genres")) {
      for entry in entries {
        let entryField = "\(mapping.field("genres")).\(entry.key)"
        guard checkGenre(entry.key, field: entryField, at: entry.keyNode),
          let value = reader.number(entry.value, field: entryField, in: -1...1)
        else { continue }
        tastes.genres[Genre(entry.key)] = value
      }
    }
    if let node = mapping["cast"], let entries = reader.entries(node, field: mapping.field("cast")) {
      for entry in entries {
        let entryField = "\(mapping.field("cast")).\(entry.key)"
        if let value = reader.number(entry.value, field: entryField, in: -1...1) {
          tastes.cast[entry.key] = value
        }
      }
    }
    return tastes
  }

  /// Whether a genre name is known (a MovieLens genre or one of the inline
  /// or file catalog's), reporting it otherwise.
  func checkGenre(_ name: String, field: String, at node: Node) -> Bool {
    guard knownGenres.contains(name) else {
      reader.report(
        .invalidValue(
          field: field, expected: "a genre of the catalog (such as 'Horror' or 'Sci-Fi')",
          found: "'\(name)'", suggestion: Suggestion.closest(to: name, among: knownGenres)),
        at: node)
      return false
    }
    return true
  }

  // MARK: Accounts

  private func account(
    _ node: Node, field: String, personas: [String]
  ) -> (Account, [Node])? {
    guard let mapping = reader.mapping(node, ScenarioKeys.account, field: field) else { return nil }
    let id = identifier(mapping, "id")
    var profiles: [Profile] = []
    var nodes: [Node] = []
    if let node = mapping["profiles"],
      let items = reader.list(node, field: mapping.field("profiles"), nonEmpty: true)
    {
      for (index, item) in items.enumerated() {
        if let profile = self.profile(item, field: "\(mapping.field("profiles"))[\(index)]", personas: personas) {
          profiles.append(profile)
          nodes.append(item)
        }
      }
    }
    guard let id else { return nil }
    return (Account(id: id, profiles: profiles), nodes)
  }

  private func profile(_ node: Node, field: String, personas: [String]) -> Profile? {
    guard let mapping = reader.mapping(node, ScenarioKeys.profile, field: field) else { return nil }
    let id = identifier(mapping, "id")
    var viewers: [String] = []
    if let node = mapping["viewers"],
      let items = reader.list(node, field: mapping.field("viewers"), nonEmpty: true)
    {
      for (index, item) in items.enumerated() {
        let itemField = "\(mapping.field("viewers"))[\(index)]"
        if let name = reference(item, field: itemField, kind: "persona", among: personas) {
          if viewers.contains(name) {
            reader.report(.duplicate(what: "viewer", name: name), at: item)
          } else {
            viewers.append(name)
          }
        }
      }
    }
    let kids = reader.boolean(mapping, "kids") ?? false
    guard let id else { return nil }
    return Profile(id: id, name: reader.string(mapping, "name") ?? id, viewers: viewers, isKids: kids)
  }

  private func checkUnique(_ items: [Node], field: String, what: String) {
    var seen = Set<String>()
    for item in items {
      guard let idNode = item["id"], case .scalar(let scalar) = idNode else { continue }
      if !seen.insert(scalar.string).inserted {
        reader.report(.duplicate(what: what, name: scalar.string), at: idNode)
      }
    }
  }

  private func checkUniqueProfiles(_ profiles: [(profile: Profile, node: Node)]) {
    var seen = Set<String>()
    for (profile, node) in profiles where !seen.insert(profile.id).inserted {
      reader.report(.duplicate(what: "profile id", name: profile.id), at: node["id"] ?? node)
    }
  }

  private func checkEveryPersonaWatches(personas: [Persona], items: Node?, accounts: [Account]) {
    let watching = Set(accounts.flatMap(\.profiles).flatMap(\.viewers))
    guard case .sequence(let sequence)? = items else { return }
    for (index, persona) in personas.enumerated() where !watching.contains(persona.id) {
      let node = sequence.first { $0["id"]?.string == persona.id }
      reader.report(
        .invalidValue(
          field: "personas[\(index)].id",
          expected: "a persona listed among the viewers of some profile",
          found: "'\(persona.id)', who watches on no profile", suggestion: nil),
        at: node?["id"] ?? node)
    }
  }

  // MARK: Crowd and platform

  private func crowd(_ node: Node) -> Crowd? {
    guard let mapping = reader.mapping(node, ScenarioKeys.crowd, field: "crowd") else { return nil }
    var crowd = Crowd.standard
    crowd.members = reader.integer(mapping, "members", in: 0...1_000_000) ?? crowd.members
    crowd.ageBands = weights(mapping, "age_bands", as: AgeBand.self) ?? crowd.ageBands
    crowd.genders = weights(mapping, "genders", as: Gender.self) ?? crowd.genders
    crowd.devices = weights(mapping, "devices", as: Device.self) ?? crowd.devices
    crowd.regions = freeWeights(mapping, "regions") ?? crowd.regions
    if let zones = freeWeights(mapping, "time_zones") {
      for (zone, _) in zones where TimeZone(identifier: zone) == nil {
        let key = mapping["time_zones"]?.mapping?.first { $0.key.string == zone }?.key
        reader.report(
          .invalidValue(
            field: "crowd.time_zones.\(DocumentReader.abbreviated(zone))",
            expected: "an IANA time zone name", found: "'\(DocumentReader.abbreviated(zone))'",
            suggestion: Suggestion.closest(to: zone, among: TimeZone.knownTimeZoneIdentifiers)),
          at: key)
      }
      crowd.timeZones = zones
    }
    crowd.sessionsPerWeek =
      reader.number(mapping, "sessions_per_week", in: 0...100) ?? crowd.sessionsPerWeek
    crowd.bingeTendency = reader.number(mapping, "binge_tendency", in: 0...1) ?? crowd.bingeTendency
    crowd.sharedProfiles =
      reader.number(mapping, "shared_profiles", in: 0...1) ?? crowd.sharedProfiles
    crowd.tasteSpread = reader.number(mapping, "taste_spread", in: 0...1) ?? crowd.tasteSpread
    return crowd
  }

  private func weights<T: RawRepresentable & CaseIterable & Hashable>(
    _ mapping: DocumentMapping, _ key: String, as type: T.Type
  ) -> [T: Double]? where T.RawValue == String {
    guard let entries = freeWeightEntries(mapping, key) else { return nil }
    var result: [T: Double] = [:]
    for (name, keyNode, value) in entries {
      if let choice = reader.choice(keyNode, field: "\(mapping.field(key)).\(name)", as: type) {
        result[choice] = value
      }
    }
    return result
  }

  private func freeWeights(_ mapping: DocumentMapping, _ key: String) -> [String: Double]? {
    freeWeightEntries(mapping, key).map { entries in
      Dictionary(entries.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
    }
  }

  private func freeWeightEntries(
    _ mapping: DocumentMapping, _ key: String
  ) -> [(name: String, keyNode: Node, value: Double)]? {
    guard let node = mapping[key], let entries = reader.entries(node, field: mapping.field(key))
    else { return nil }
    var result: [(String, Node, Double)] = []
    for entry in entries {
      if let weight = reader.number(
        entry.value, field: "\(mapping.field(key)).\(entry.key)", in: 0...Double.greatestFiniteMagnitude)
      {
        result.append((entry.key, entry.keyNode, weight))
      }
    }
    if result.allSatisfy({ $0.2 == 0 }), !entries.isEmpty {
      reader.report(
        .invalidValue(
          field: mapping.field(key), expected: "at least one positive weight",
          found: "only zeros", suggestion: nil),
        at: node)
    }
    return result
  }

  private func platform(_ node: Node) -> PlatformSettings? {
    guard let mapping = reader.mapping(node, ScenarioKeys.platform, field: "platform") else {
      return nil
    }
    var settings = PlatformSettings.standard
    settings.factors = reader.integer(mapping, "factors", in: 1...1024) ?? settings.factors
    settings.regularization =
      reader.number(mapping, "regularization", in: 0...1000) ?? settings.regularization
    settings.iterations = reader.integer(mapping, "iterations", in: 1...1000) ?? settings.iterations
    settings.confidenceAlpha =
      reader.number(mapping, "confidence_alpha", in: 0...1_000_000) ?? settings.confidenceAlpha
    settings.confidenceConvention =
      reader.choice(mapping, "confidence_convention", as: ConfidenceConvention.self)
      ?? settings.confidenceConvention
    settings.solver = reader.choice(mapping, "solver", as: SolverName.self) ?? settings.solver
    settings.cgSteps = reader.integer(mapping, "cg_steps", in: 1...100) ?? settings.cgSteps
    settings.retrainIntervalHours =
      reader.number(mapping, "retrain_interval_hours", in: 1...87_600)
      ?? settings.retrainIntervalHours
    settings.artworkPolicy =
      reader.choice(mapping, "artwork_policy", as: ArtworkPolicyName.self) ?? settings.artworkPolicy
    settings.artworkEpsilon =
      reader.number(mapping, "artwork_epsilon", in: 0...1) ?? settings.artworkEpsilon
    settings.artworkExploration =
      reader.number(mapping, "artwork_exploration", in: 0...100) ?? settings.artworkExploration
    return settings
  }

  // MARK: Events

  private func events(_ node: Node) -> [ScriptedEvent]? {
    guard let items = reader.list(node, field: "events") else { return nil }
    var events: [ScriptedEvent] = []
    for (index, item) in items.enumerated() {
      guard case .mapping = item else {
        reader.report(
          .wrongType(
            field: "events[\(index)]", expected: "a mapping of event fields",
            found: DocumentReader.describe(item)),
          at: item)
        continue
      }
      if case .object(let fields)? = json(item, field: "events[\(index)]") {
        events.append(ScriptedEvent(location: location(of: item), fields: fields))
      }
    }
    return events
  }

  private func json(_ node: Node, field: String) -> JSONValue? {
    switch node {
    case .mapping:
      guard let entries = reader.entries(node, field: field) else { return nil }
      var object: [String: JSONValue] = [:]
      for entry in entries {
        object[entry.key] = json(entry.value, field: "\(field).\(entry.key)")
      }
      return .object(object)
    case .sequence(let sequence):
      return .array(sequence.enumerated().compactMap { json($1, field: "\(field)[\($0)]") })
    case .alias:
      return nil
    case .scalar(let scalar):
      if DocumentReader.isNull(node) { return .null }
      guard scalar.style == .plain else { return .string(scalar.string) }
      let tag = node.tag.rawValue
      if tag == Tag.Name.bool.rawValue, let value = node.bool { return .bool(value) }
      if tag == Tag.Name.int.rawValue, let value = node.int { return .integer(value) }
      if tag == Tag.Name.float.rawValue, let value = node.float, value.isFinite {
        return .number(value)
      }
      return .string(scalar.string)
    }
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
          case .region, .timeZone: nil
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

  // MARK: Helpers

  /// The one key of `keys` present in the mapping; reports when none or
  /// several are.
  func exactlyOne(of keys: [String], in mapping: DocumentMapping, context: String) -> String? {
    let present = keys.filter(mapping.contains)
    guard present.count == 1 else {
      let node = present.count > 1 ? mapping.keyNode(present[1]) : mapping.node
      reader.report(.conflictingKeys(keys: keys, context: context), at: node)
      return nil
    }
    return present[0]
  }

  func reference(_ node: Node, field: String, kind: String, among names: [String]) -> String? {
    guard let name = reader.string(node, field: field) else { return nil }
    guard names.contains(name) || (kind == "profile" && replaysRatings && RatingsReplaySource.isProfileID(name)) else {
      reader.report(
        .unknownReference(
          field: field, name: name, kind: kind,
          suggestion: Suggestion.closest(to: name, among: names)),
        at: node)
      return nil
    }
    return name
  }

  /// An identifier: letters, digits, `-` and `_`.
  func identifier(_ mapping: DocumentMapping, _ key: String) -> String? {
    guard let node = mapping[key], let text = reader.string(node, field: mapping.field(key)) else {
      return nil
    }
    let allowed = text.unicodeScalars.allSatisfy {
      ($0.properties.isAlphabetic || ("0"..."9").contains($0)) || $0 == "-" || $0 == "_"
    }
    guard !text.isEmpty, allowed else {
      reader.report(
        .invalidValue(
          field: mapping.field(key), expected: "an identifier of letters, digits, '-' and '_'",
          found: "'\(text)'", suggestion: nil),
        at: node)
      return nil
    }
    return text
  }

  func location(of node: Node) -> SourceLocation {
    SourceLocation(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }
}
