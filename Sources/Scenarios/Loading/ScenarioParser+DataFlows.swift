import Catalog
import Yams

/// The data-flow parts of a scenario: `recipients`, `data_policy` and the
/// expectation kinds about data flows (Docs/ScenarioFormat.md).
extension ScenarioParser {
  // MARK: Recipients

  func recipients(_ node: Node) -> [Recipient]? {
    guard let items = reader.list(node, field: "recipients") else { return nil }
    let recipients = items.enumerated().compactMap { recipient($1, field: "recipients[\($0)]") }
    var seen = Set<String>()
    for item in items {
      guard let idNode = item["id"], case .scalar(let scalar) = idNode else { continue }
      if !seen.insert(scalar.string).inserted {
        reader.report(.duplicate(what: "recipient id", name: scalar.string), at: idNode)
      }
    }
    return recipients
  }

  private func recipient(_ node: Node, field: String) -> Recipient? {
    let before = reader.issues.count
    guard let mapping = reader.mapping(node, ScenarioKeys.recipient, field: field) else { return nil }
    let id = identifier(mapping, "id")
    guard let kind = reader.choice(mapping, "kind", as: Recipient.Kind.self) else { return nil }
    var contract = kind.defaultContract
    if let node = mapping["fields"], let items = reader.list(node, field: mapping.field("fields")) {
      var fields = Set<DataField>()
      for (index, item) in items.enumerated() {
        let itemField = "\(mapping.field("fields"))[\(index)]"
        guard let value = reader.choice(item, field: itemField, as: DataField.self) else { continue }
        if !fields.insert(value).inserted {
          reader.report(.duplicate(what: "field", name: value.rawValue), at: item)
        }
      }
      contract.fields = fields
    }
    contract.granularity =
      reader.choice(mapping, "granularity", as: DataGranularity.self) ?? contract.granularity
    contract.identifier =
      reader.choice(mapping, "identifier", as: RecipientIdentifier.self) ?? contract.identifier
    contract.frequency =
      reader.choice(mapping, "frequency", as: DeliveryFrequency.self) ?? contract.frequency
    contract.minimumGroupSize =
      reader.integer(mapping, "min_group_size", in: 1...1_000_000) ?? contract.minimumGroupSize
    checkContract(contract, mapping: mapping)
    guard reader.issues.count == before, let id else { return nil }
    return Recipient(
      id: id, name: reader.string(mapping, "name") ?? id, kind: kind, contract: contract)
  }

  /// A contract must be able to deliver what it says: its identifier among
  /// its fields, and no identifiers at all in aggregates.
  private func checkContract(_ contract: DataContract, mapping: DocumentMapping) {
    let key = mapping.contains("identifier") ? "identifier" : "kind"
    if contract.granularity == .aggregate {
      if contract.identifier != .none {
        reader.report(
          .invalidValue(
            field: mapping.field(key), expected: "'none' for an aggregate contract (counts have no identifier)",
            found: "'\(contract.identifier.rawValue)'", suggestion: "none"),
          at: mapping[key])
      }
      let identifiers = contract.orderedFields.filter(\.isCrossServiceIdentifier)
      if !identifiers.isEmpty {
        reader.report(
          .invalidValue(
            field: mapping.field("fields"),
            expected: "no identifiers in an aggregate contract",
            found: identifiers.map { "'\($0.rawValue)'" }.joined(separator: ", "), suggestion: nil),
          at: mapping["fields"] ?? mapping.node)
      }
    } else if let needed = contract.identifier.field, !contract.fields.contains(needed) {
      reader.report(
        .invalidValue(
          field: mapping.field("fields"),
          expected: "the identifier '\(contract.identifier.rawValue)' among the fields",
          found: contract.orderedFields.map(\.rawValue).joined(separator: ", "), suggestion: nil),
        at: mapping["fields"] ?? mapping[key])
    }
  }

  // MARK: Data policy

  func dataPolicy(_ node: Node) -> DataPolicy? {
    guard let mapping = reader.mapping(node, ScenarioKeys.dataPolicy, field: "data_policy") else {
      return nil
    }
    var policy = DataPolicy.standard
    if let preset = mapping["preset"] {
      switch reader.choice(preset, field: mapping.field("preset"), among: ["standard", "minimal"]) {
      case "minimal": policy = .minimal
      case "standard": policy = .standard
      default: return nil
      }
    }
    policy.partnerData = reader.boolean(mapping, "partner_data") ?? policy.partnerData
    policy.location =
      reader.choice(mapping, "location", as: DataPolicy.LocationPrecision.self) ?? policy.location
    policy.crossServiceIdentifiers =
      reader.boolean(mapping, "cross_service_identifiers") ?? policy.crossServiceIdentifiers
    if let days = reader.integer(mapping, "retention_days", in: 0...3650) {
      policy.retentionDays = days == 0 ? nil : days
    }
    policy.sale = reader.boolean(mapping, "sale") ?? policy.sale
    return policy
  }

  // MARK: Flow expectations

  func flowCheck(
    kind: String, _ value: Node, field: String, personas: [String], profiles: [String]
  ) -> FlowExpectation.Check? {
    switch kind {
    case "recipient_receives":
      guard let body = reader.mapping(value, ScenarioKeys.recipientReceives, field: field) else {
        return nil
      }
      let recipient = recipientReference(body)
      let subject = self.subject(body, personas: personas, profiles: profiles)
      let dataField = reader.choice(body, "field", as: DataField.self)
      let atLeast = reader.integer(body, "at_least", in: 0...Int.max) ?? 1
      let atMost = reader.integer(body, "at_most", in: 0...Int.max)
      if let atMost, atMost < atLeast {
        reader.report(
          .invalidValue(
            field: body.field("at_most"), expected: "at least 'at_least' (\(atLeast))",
            found: "\(atMost)", suggestion: nil),
          at: body["at_most"])
        return nil
      }
      guard let recipient, let subject, let dataField else { return nil }
      return .receives(
        recipient: recipient, subject: subject, field: dataField, atLeast: atLeast, atMost: atMost)
    case "recipient_infers":
      guard let body = reader.mapping(value, ScenarioKeys.recipientInfers, field: field) else {
        return nil
      }
      let recipient = recipientReference(body)
      let subject = self.subject(body, personas: personas, profiles: profiles)
      let trait = reader.choice(body, "trait", as: RecipientTrait.self)
      let equals = reader.string(body, "equals")
      let confidence = reader.number(body, "min_confidence", in: 0...1) ?? 0.5
      let possible = reader.boolean(body, "possible") ?? true
      guard let recipient, let subject, let trait else { return nil }
      return .infers(
        recipient: recipient, subject: subject, trait: trait, equals: equals,
        minimumConfidence: confidence, possible: possible)
    case "linkage":
      guard let body = reader.mapping(value, ScenarioKeys.linkage, field: field) else { return nil }
      var recipients: [String] = []
      if let node = body["recipients"], let items = reader.list(node, field: body.field("recipients")) {
        recipients = items.enumerated().compactMap {
          reference($1, field: "\(body.field("recipients"))[\($0)]", kind: "recipient", among: recipientIDs)
        }
        if items.count != 2 || Set(recipients).count != recipients.count {
          reader.report(
            .invalidValue(
              field: body.field("recipients"), expected: "two different recipient ids",
              found: "\(items.count) item\(items.count == 1 ? "" : "s")", suggestion: nil),
            at: node)
          return nil
        }
      }
      let subject = self.subject(body, personas: personas, profiles: profiles)
      var via: DataField?
      if let node = body["via"] {
        let choices = DataField.allCases.filter(\.isCrossServiceIdentifier).map(\.rawValue)
        via = reader.choice(node, field: body.field("via"), among: choices).flatMap(DataField.init)
        if via == nil { return nil }
      }
      let linked = reader.boolean(body, "linked") ?? true
      guard recipients.count == 2, let subject else { return nil }
      return .linkage(recipients: recipients, subject: subject, via: via, linked: linked)
    case "audience":
      guard let body = reader.mapping(value, ScenarioKeys.audience, field: field),
        let size = reader.integer(body, "min_group_size", in: 1...1_000_000)
      else { return nil }
      let atLeast = reader.integer(body, "at_least", in: 0...Int.max)
      let atMost = reader.integer(body, "at_most", in: 0...Int.max)
      guard atLeast != nil || atMost != nil else {
        reader.report(
          .invalidValue(
            field: field, expected: "'at_least' or 'at_most' (or both)", found: "neither",
            suggestion: nil),
          at: value)
        return nil
      }
      return .audience(minimumGroupSize: size, atLeast: atLeast, atMost: atMost)
    default:
      guard let body = reader.mapping(value, ScenarioKeys.minimisationCost, field: field) else {
        return nil
      }
      let maximum = reader.number(body, "max_precision_drop", in: -1...1)
      let minimum = reader.number(body, "min_precision_drop", in: -1...1)
      guard maximum != nil || minimum != nil else {
        reader.report(
          .invalidValue(
            field: field, expected: "'max_precision_drop' or 'min_precision_drop' (or both)",
            found: "neither", suggestion: nil),
          at: value)
        return nil
      }
      return .minimisationCost(maximumDrop: maximum, minimumDrop: minimum)
    }
  }

  private func recipientReference(_ body: DocumentMapping) -> String? {
    body["recipient"].flatMap {
      reference($0, field: body.field("recipient"), kind: "recipient", among: recipientIDs)
    }
  }
}
