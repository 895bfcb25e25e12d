import Catalog
import Events
import Inference
import Scenarios

/// What a recipient can tell about a person from its own view alone: the
/// platform's inferences rerun on the delivered events (tastes, rhythms,
/// location), the segments read back as statements, and whether a
/// cross-service identifier ties it all to someone findable elsewhere.
///
/// A trait is kept only when the view holds the fields it needs: places and
/// travel need `ip` or `region`, devices need `device_type`, time zones and
/// rhythms need timed events. The recipient has no demographic classifier
/// of its own; age band and gender come only from segments it was given.
struct RecipientInference: Sendable {
  let catalog: Catalog

  func traits(of subjects: [RecipientSubject]) -> [InferredTrait] {
    var events: [Event] = []
    var segments: [AdvertisingSegment] = []
    var identifiers: [DataField: [String]] = [:]
    var fields = Set<DataField>()
    for subject in subjects {
      events += subject.events
      segments += subject.segments
      identifiers.merge(subject.identifiers) { Array(Set($0 + $1)).sorted() }
      fields.formUnion(subject.fieldsPresent)
    }
    // Subjects joined from two views carry two keys: file them as one.
    if let key = subjects.first?.key, subjects.count > 1 {
      events = events.map { event in
        var rekeyed = event
        rekeyed.account = key
        rekeyed.profile = key
        return rekeyed
      }.sorted { $0.timestamp < $1.timestamp }
    }
    var traits: [InferredTrait] = []
    let timed = events.contains { if case .sessionStart = $0.payload { false } else { true } }
    if timed {
      let taste = TasteInference(catalog: catalog, limit: 5)
      traits += taste.genreAffinities(events: events, withEvidence: false)
      traits += taste.favouriteCast(events: events, withEvidence: false)
      traits += RhythmInference().infer(events: events, withEvidence: false)
    }
    let located = fields.contains(.ip) || fields.contains(.region)
    for trait in LocationInference(geoIP: .sample).infer(events: events, withEvidence: false) {
      switch trait.name {
      case "home region", "travel": if located { traits.append(trait) }
      case "devices": if fields.contains(.deviceType) { traits.append(trait) }
      case "time zone": if timed { traits.append(trait) }
      default: traits.append(trait)
      }
    }
    traits += segments.compactMap(Self.trait(of:))
    if let hash = identifiers[.emailHash]?.first {
      traits.append(
        InferredTrait(
          category: .privacy, name: "identity", value: "email hash \(hash)", score: 1, confidence: 1))
    }
    return Self.deduplicated(traits)
  }

  /// A segment read back as the trait it states.
  static func trait(of segment: AdvertisingSegment) -> InferredTrait? {
    let leaf = segment.name.components(separatedBy: " > ").last ?? segment.name
    let (category, name, value): (InferredTrait.Category, String, String)
    switch segment.name {
    case let n where n.hasPrefix("Demographic > Age Range"): (category, name, value) = (.demographic, "age band", leaf)
    case let n where n.hasPrefix("Demographic > Gender"): (category, name, value) = (.demographic, "gender", leaf.lowercased())
    case let n where n.hasPrefix("Demographic > Geographic"): (category, name, value) = (.location, "home region", leaf)
    case let n where n.hasPrefix("Interest > Movies > Celebrity Fan"): (category, name, value) = (.taste, "favourite cast", "a celebrity fan")
    case let n where n.hasPrefix("Interest > Movies"): (category, name, value) = (.taste, "genre affinity", leaf)
    case let n where n.hasPrefix("Interest > Travel"): (category, name, value) = (.location, "travel", "travels")
    case let n where n.hasPrefix("Interest > Television > Binge"): (category, name, value) = (.rhythm, "binge propensity", "high")
    case let n where n.hasPrefix("Purchase Intent > Consumer Electronics"): (category, name, value) = (.location, "devices", leaf)
    case let n where n.hasPrefix("Demographic > Household Data > Presence of Children"):
      (category, name, value) = (.household, "children", "present")
    default: return nil
    }
    return InferredTrait(category: category, name: name, value: value, score: segment.confidence, confidence: segment.confidence)
  }

  /// One trait per (name, value), the most confident.
  static func deduplicated(_ traits: [InferredTrait]) -> [InferredTrait] {
    var best: [String: InferredTrait] = [:]
    var order: [String] = []
    for trait in traits {
      let key = trait.name + "\u{1F}" + trait.value
      if let known = best[key] {
        if trait.confidence > known.confidence { best[key] = trait }
      } else {
        best[key] = trait
        order.append(key)
      }
    }
    return order.compactMap { best[$0] }
  }
}
