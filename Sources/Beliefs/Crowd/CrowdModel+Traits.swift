import Datasets
import Events
import Inference

extension CrowdModel {
  /// The values of a profile's events on the crowd's titles: the signal
  /// value of each title (``SignalExtractor/values(ofProfileEvents:at:)``)
  /// that is an item row of the crowd's model, by row index; titles the
  /// crowd never rated are left out.
  ///
  /// - Parameter reference: "now" for recency decay; by default the last
  ///   event's time (fixed by callers that take events away).
  public func interactions(events: [Event], reference: Timestamp? = nil) -> [(item: Int, value: Float)] {
    signals.values(ofProfileEvents: events, at: reference ?? events.last?.timestamp).compactMap { entry in
      titles.index(of: Label(entry.title)).map { (item: $0, value: entry.value) }
    }
  }

  /// A profile's taste vector in the crowd's space: the exact user-side
  /// solve of implicit ALS against the crowd's title factors
  /// (``ImplicitModel/foldIn(_:warmStart:)``, Hu, Koren and Volinsky 2008,
  /// eq. 4), from the profile's signal values on the crowd's titles; zeros
  /// when it watched none of them.
  ///
  /// - Complexity: O(n·k² + k³) for n titles folded in.
  public func taste(events: [Event], reference: Timestamp? = nil) -> [Float] {
    model.foldIn(interactions(events: events, reference: reference))
  }

  /// Age band and gender as the crowd's classifier guesses them from a
  /// profile's feature row (``CrowdDemographics``); empty without a users
  /// file, or when none of the profile's titles is among the crowd's.
  ///
  /// Each guess's confidence is the classifier's calibrated probability;
  /// its caveat, when the cross-validated skill is no better than the base
  /// rate, says so (``CrossValidatedSkill/caveat``). Evidence: the titles
  /// whose events, taken out, lower the guess's probability most.
  ///
  /// - Parameter reference: "now" for the signals, fixed while events are
  ///   taken away.
  /// - Complexity: O(n·k² + k³) without evidence; O(T · (E + fold-in)) with.
  func demographicTraits(
    events: [Event], reference: Timestamp?, withEvidence: Bool, titleName: (String) -> String
  ) -> [InferredTrait] {
    guard let demographics, !interactions(events: events, reference: reference).isEmpty else { return [] }
    let row = { (events: [Event]) -> [Float] in
      let interactions = self.interactions(events: events, reference: reference)
      return demographics.row(taste: self.model.foldIn(interactions), interactions: interactions)
    }
    let traits =
      withEvidence
      ? demographics.model.traits(profile: "", events: events, taste: row, titleName: titleName)
      : demographics.model.traits(profile: "", taste: row(events))
    return traits.map { $0.with(caveat: demographics.skill(of: $0.kind).map(\.caveat) ?? $0.caveat) }
  }

  /// The taste vector's three strongest genre directions
  /// (``TasteDirections/summary(taste:count:)`` of the unit taste vector,
  /// against the members' unit vectors: confidence is the share of the
  /// crowd's members less extreme on the first), with the titles whose
  /// events, taken out, move the strongest direction back most.
  func tasteVector(
    events: [Event], reference: Timestamp?, withEvidence: Bool, titleName: (String) -> String
  ) -> InferredTrait {
    let unitTaste = Self.unit(taste(events: events, reference: reference))
    let full = directions.affinities(of: unitTaste)
    let trait = directions.summary(taste: unitTaste)
    guard withEvidence,
      let strongest = full.indices.max(by: {
        abs(full[$0]) != abs(full[$1]) ? abs(full[$0]) < abs(full[$1]) : $0 > $1
      })
    else { return trait }
    let sign: Float = full[strongest] >= 0 ? 1 : -1
    let genre = directions.genres[strongest].name
    let found = CounterfactualEvidence().rank(
      events, group: { $0.payload.titleID },
      describe: { title, group in
        "\"\(titleName(title))\": \(group.count) event\(group.count == 1 ? "" : "s") moving \(genre) "
          + (sign > 0 ? "up" : "down")
      },
      title: { title, _ in title },
      score: { remaining in
        Double(
          sign * self.directions.affinities(of: Self.unit(self.taste(events: remaining, reference: reference)))[strongest])
      })
    return trait.with(evidence: found)
  }

  /// A profile's standing in the crowd: the crowd, how many of the
  /// profile's titles were folded in, and the kinds of its traits that the
  /// crowd gave (``PlatformBeliefs/crowdKinds(profile:events:)``).
  public func standing(events: [Event], guessed: [TraitKind]) -> CrowdStanding {
    CrowdStanding(crowd: summary, titlesFolded: interactions(events: events).count, guessed: guessed)
  }
}
