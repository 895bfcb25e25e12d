import Catalog
import Datasets
import Events
import Factorization
import LinearAlgebra
import Signals

/// The taste-vector summary of one profile with counterfactual evidence:
/// the profile's events become signals, the signals are folded into the
/// model (``ImplicitModel/foldIn(_:warmStart:)``), the taste vector is read
/// along the genre directions, and each title's events are taken out in
/// turn to see how far the strongest direction moves.
public struct TasteVectorEvidence: Sendable {
  /// The trained model.
  public let model: ImplicitModel
  /// The model's title rows.
  public let titles: IndexMap<Label>
  /// Genre directions learned from the model.
  public let directions: TasteDirections
  /// How events become signal values.
  public var signals: SignalExtractor
  /// How evidence is searched.
  public var evidence: CounterfactualEvidence

  /// Creates the inference.
  public init(
    model: ImplicitModel, titles: IndexMap<Label>, directions: TasteDirections,
    signals: SignalExtractor = SignalExtractor(), evidence: CounterfactualEvidence = CounterfactualEvidence()
  ) {
    self.model = model
    self.titles = titles
    self.directions = directions
    self.signals = signals
    self.evidence = evidence
  }

  /// The folded-in taste vector of one profile's events.
  public func taste(events: [Event], reference: Timestamp? = nil) -> [Float] {
    let feedback = signals.feedback(from: EventLog(events: events), at: reference ?? events.last?.timestamp)
    let interactions = feedback.entries.compactMap { entry -> (item: Int, value: Float)? in
      titles.index(of: entry.title).map { (item: $0, value: entry.value) }
    }
    return model.foldIn(interactions)
  }

  /// The summary trait with the titles that push its strongest direction
  /// most, ranked by the drop in the signed z-score without them.
  ///
  /// - Complexity: O(T · (E + fold-in)) for T titles and E events.
  public func summary(events: [Event], count: Int = 3) -> InferredTrait {
    let reference = events.last?.timestamp
    let full = directions.affinities(of: taste(events: events, reference: reference))
    let trait = directions.summary(taste: taste(events: events, reference: reference), count: count)
    guard let strongest = full.indices.max(by: { abs(full[$0]) != abs(full[$1]) ? abs(full[$0]) < abs(full[$1]) : $0 > $1 })
    else { return trait }
    let sign: Float = full[strongest] >= 0 ? 1 : -1
    let found = evidence.rank(
      events, group: { $0.payload.titleID },
      describe: { key, group in
        "\(key): \(group.count) event\(group.count == 1 ? "" : "s") moving \(directions.genres[strongest].name) "
          + (sign > 0 ? "up" : "down")
      },
      title: { key, _ in key },
      score: { remaining in
        Double(sign * directions.affinities(of: taste(events: remaining, reference: reference))[strongest])
      })
    return trait.with(evidence: found)
  }
}
