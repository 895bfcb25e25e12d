/// Turns inferred traits into advertising segments in the IAB Tech Lab
/// Audience Taxonomy's tiers, flagging sensitive inferences.
///
/// Mapping (segment names follow the taxonomy's tier paths; the leaves use
/// Glasshouse's own vocabulary — its age bands and catalog genres — rather
/// than the taxonomy's numeric ids):
///
/// | trait | segment |
/// |---|---|
/// | age band | `Demographic > Age Range > <band>` (sensitive for under-18: a minor) |
/// | gender | `Demographic > Gender > Female/Male` (sensitive: a special-category-adjacent inference) |
/// | home region | `Demographic > Geographic > <region, country>` (sensitive: location) |
/// | travel | `Interest > Travel` and `Purchase Intent > Travel and Tourism` |
/// | genre affinity | `Interest > Movies > <genre>`; Children also `Demographic > Household Data > Presence of Children` |
/// | children (present) | `Demographic > Household Data > Presence of Children` |
/// | favourite cast | `Interest > Movies > Celebrity Fan` |
/// | devices | `Purchase Intent > Consumer Electronics > <device type>` for a single device type |
/// | binge propensity high | `Interest > Television > Binge Viewers` |
///
/// Traits below ``minimumConfidence`` give no segment.
public struct AdvertisingSegments: Sendable {
  /// The least confidence a trait needs to become a segment.
  public var minimumConfidence: Double

  /// Creates the mapping.
  public init(minimumConfidence: Double = 0.5) {
    self.minimumConfidence = minimumConfidence
  }

  /// The segments of one person's traits, one per segment name (the most
  /// confident trait behind it), most confident first; equally confident
  /// segments in trait order.
  public func segments(from traits: [InferredTrait]) -> [AdvertisingSegment] {
    var result: [AdvertisingSegment] = []
    for trait in traits where trait.confidence >= minimumConfidence {
      let source = "\(trait.name): \(trait.text)"
      func add(
        _ tier: AdvertisingSegment.Tier, _ path: String, states: AdvertisingSegment.Statement, sensitive: String? = nil
      ) {
        result.append(AdvertisingSegment(
          tier: tier, name: tier.rawValue + " > " + path, confidence: trait.confidence,
          sensitive: sensitive != nil, sensitivity: sensitive, source: source, statement: states))
      }
      let children = AdvertisingSegment.Statement(.children, .presence(true))
      switch (trait.kind, trait.value) {
      case (.ageBand, .ageBand(let band)):
        add(.demographic, "Age Range > \(band.rawValue)", states: .init(.ageBand, .ageBand(band)),
            sensitive: band == .under18 ? "a minor: profiling children is restricted (COPPA, GDPR art. 8)" : nil)
      case (.gender, .gender(let gender)):
        add(.demographic, "Gender > \(gender.rawValue.prefix(1).uppercased() + gender.rawValue.dropFirst())",
            states: .init(.gender, .gender(gender)), sensitive: "gender inferred from behaviour, not given by the person")
      case (.homeRegion, .region(let region)):
        add(.demographic, "Geographic > \(region)", states: .init(.homeRegion, .region(region)),
            sensitive: "location inferred from IP addresses")
      case (.travel, _):
        let travels = AdvertisingSegment.Statement(.travel, .statement("travels"))
        add(.interest, "Travel", states: travels, sensitive: "movements inferred from IP addresses")
        add(.purchaseIntent, "Travel and Tourism", states: travels, sensitive: "movements inferred from IP addresses")
      case (.children, .presence(true)):
        add(.demographic, "Household Data > Presence of Children", states: children)
      case (.genreAffinity, .genre(let genre)):
        add(.interest, "Movies > \(genre.name)", states: .init(.genreAffinity, .genre(genre)))
        if genre == .children { add(.demographic, "Household Data > Presence of Children", states: children) }
      case (.favouriteCast, _):
        add(.interest, "Movies > Celebrity Fan", states: .init(.favouriteCast, .statement("a celebrity fan")))
      case (.devices, .devices(let devices)):
        let types = Set(devices.map(\.type))
        if types.count == 1, let type = types.first {
          add(.purchaseIntent, "Consumer Electronics > \(type.name)", states: .init(.devices, .statement(type.name)))
        }
      case (.bingePropensity, .level(.high)):
        add(.interest, "Television > Binge Viewers", states: .init(.bingePropensity, .level(.high)))
      default:
        continue
      }
    }
    // One segment per name (several cast members all say "Celebrity Fan";
    // a children trait and a Children affinity both say Presence of
    // Children): the most confident, where the name first appeared.
    var kept: [AdvertisingSegment] = []
    var position: [String: Int] = [:]
    for segment in result {
      if let i = position[segment.name] {
        if segment.confidence > kept[i].confidence { kept[i] = segment }
      } else {
        position[segment.name] = kept.count
        kept.append(segment)
      }
    }
    return kept.indices.sorted { a, b in
      kept[a].confidence != kept[b].confidence ? kept[a].confidence > kept[b].confidence : a < b
    }.map { kept[$0] }
  }
}
