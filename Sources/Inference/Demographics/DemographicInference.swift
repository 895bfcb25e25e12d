import Datasets
import Events
import LinearAlgebra

/// Age band and gender of every profile, guessed from its taste vector by
/// classifiers trained on the profiles whose labels the platform holds
/// (``HeldDemographics``) — the approach of Weinsberg et al. ("BlurMe",
/// RecSys 2012) and Kosinski et al. (PNAS 2013), with calibrated
/// probabilities (``TunedSoftmaxRegression``).
///
/// Features are the taste vectors standardized over the training profiles.
/// A profile whose label is held is reported with that label at confidence
/// 1 and the event it came from as evidence.
public struct DemographicInference: Sendable {
  /// The classifier trained for each trait.
  public var classifier: TunedSoftmaxRegression
  /// How evidence is searched.
  public var evidence: CounterfactualEvidence
  /// Fewest labelled profiles (per trait) to train a classifier.
  public var minimumLabelled: Int

  /// Creates the inference.
  public init(
    classifier: TunedSoftmaxRegression = TunedSoftmaxRegression(),
    evidence: CounterfactualEvidence = CounterfactualEvidence(), minimumLabelled: Int = 10
  ) {
    self.classifier = classifier
    self.evidence = evidence
    self.minimumLabelled = minimumLabelled
  }

  /// Trains the classifiers on taste vectors alone.
  ///
  /// - Parameters:
  ///   - tastes: one taste vector per profile (rows in `profiles` order).
  ///   - profiles: the profile id of each row.
  ///   - held: the labels the platform holds.
  /// - Complexity: O((innerFolds·|grid| + 1) · L-BFGS fit) per trait.
  public func train(tastes: DenseMatrix, profiles: [String], held: [String: HeldDemographics]) -> DemographicModel {
    train(features: tastes, profiles: profiles, held: held, standardizedColumns: tastes.columns)
  }

  /// Trains the classifiers on any feature rows (``ProfileFeatures``).
  ///
  /// - Parameters:
  ///   - features: one row per profile (rows in `profiles` order).
  ///   - profiles: the profile id of each row.
  ///   - held: the labels the platform holds.
  ///   - standardizedColumns: the leading columns centred and scaled over
  ///     the labelled rows; later columns (0/1 indicators) are used as they
  ///     are, so a rarely watched title does not weigh more than a common one.
  /// - Complexity: O((innerFolds·|grid| + 1) · L-BFGS fit) per trait.
  public func train(
    features: DenseMatrix, profiles: [String], held: [String: HeldDemographics], standardizedColumns: Int
  ) -> DemographicModel {
    precondition(features.rows == profiles.count, "one profile id per feature row")
    let k = features.columns
    let dense = min(max(0, standardizedColumns), k)
    let labelledRows = profiles.indices.filter { held[profiles[$0]] != nil }
    let basis = labelledRows.isEmpty ? Array(profiles.indices) : labelledRows
    var denseValues = [Float](repeating: 0, count: basis.count * dense)
    for (r, row) in basis.enumerated() {
      for f in 0..<dense { denseValues[r * dense + f] = features.storage[row * k + f] }
    }
    let (denseCenter, denseScale) = DemographicFeatures.standardization(denseValues, rows: basis.count, columns: dense)
    let center = denseCenter + [Float](repeating: 0, count: k - dense)
    let scale = denseScale + [Float](repeating: 1, count: k - dense)
    let standardized = DemographicModel.standardize(features, center: center, scale: scale)

    func fit<Value: Comparable & Hashable & RawRepresentable<String>>(
      _ trait: TraitKind, _ label: (HeldDemographics) -> Value?, as value: (Value) -> TraitValue
    ) -> (SoftmaxClassifier, [TraitValue], ClassifierSkill)? {
      let rows = profiles.indices.filter { held[profiles[$0]].flatMap(label) != nil }
      let values = rows.map { label(held[profiles[$0]]!)! }
      let classes = Array(Set(values)).sorted()
      guard rows.count >= minimumLabelled, classes.count >= 2 else { return nil }
      let labels = values.map { classes.firstIndex(of: $0)! }
      let fit = classifier.train(features: standardized.gathering(rows: rows), labels: labels, classes: classes.count)
      var counts = [Int](repeating: 0, count: classes.count)
      for label in labels { counts[label] += 1 }
      var commonest = 0
      for k in counts.indices where counts[k] > counts[commonest] { commonest = k }
      let skill = ClassifierSkill(
        trait: trait, heldOutAUC: fit.heldOutAUC, labelled: labels.count, commonest: classes[commonest].rawValue,
        commonestShare: Double(counts[commonest]) / Double(labels.count))
      return (fit.classifier, classes.map(value), skill)
    }
    let gender = fit(.gender, { $0.gender }, as: TraitValue.gender)
    let ageBand = fit(.ageBand, { $0.ageBand }, as: TraitValue.ageBand)
    return DemographicModel(
      center: center, scale: scale, gender: gender.map { ($0.0, $0.1) }, ageBand: ageBand.map { ($0.0, $0.1) },
      skills: [gender?.2, ageBand?.2].compactMap { $0 }, held: held, evidence: evidence)
  }
}

/// Trained demographic classifiers over feature rows (taste vectors, or
/// ``ProfileFeatures`` rows).
public struct DemographicModel: Sendable {
  let center: [Float]
  let scale: [Float]
  let gender: (classifier: SoftmaxClassifier, classes: [TraitValue])?
  let ageBand: (classifier: SoftmaxClassifier, classes: [TraitValue])?
  let held: [String: HeldDemographics]
  let evidence: CounterfactualEvidence
  /// How well each classifier does on its own held-out labelled members.
  public let skills: [ClassifierSkill]

  init(
    center: [Float], scale: [Float], gender: (SoftmaxClassifier, [TraitValue])?, ageBand: (SoftmaxClassifier, [TraitValue])?,
    skills: [ClassifierSkill] = [], held: [String: HeldDemographics], evidence: CounterfactualEvidence
  ) {
    self.skills = skills
    self.center = center
    self.scale = scale
    self.gender = gender.map { (classifier: $0.0, classes: $0.1) }
    self.ageBand = ageBand.map { (classifier: $0.0, classes: $0.1) }
    self.held = held
    self.evidence = evidence
  }

  static func standardize(_ tastes: DenseMatrix, center: [Float], scale: [Float]) -> DenseMatrix {
    var out = tastes
    let k = tastes.columns
    for r in 0..<tastes.rows {
      for f in 0..<k { out.storage[r * k + f] = (tastes.storage[r * k + f] - center[f]) / scale[f] }
    }
    return out
  }

  /// Calibrated class probabilities of many taste vectors: gender columns
  /// (female, male) and age-band columns, each block summing to 1; `nil`
  /// for a trait without a classifier.
  ///
  /// - Complexity: O(n·k·C), one `sgemm` per trait.
  public func probabilities(of tastes: DenseMatrix) -> (gender: DenseMatrix?, ageBand: DenseMatrix?) {
    let x = Self.standardize(tastes, center: center, scale: scale)
    return (gender?.classifier.probabilities(x), ageBand?.classifier.probabilities(x))
  }

  /// The gender and age-band traits of one profile.
  ///
  /// - Parameters:
  ///   - profile: the profile id (its held labels win).
  ///   - taste: its feature row (the taste vector when trained on tastes).
  public func traits(profile: String, taste: [Float]) -> [InferredTrait] {
    let x = DenseMatrix(rows: 1, columns: taste.count, storage: taste)
    let p = probabilities(of: x)
    var traits: [InferredTrait] = []
    let held = self.held[profile]
    if let gender = held?.gender {
      traits.append(heldTrait(.gender, .gender(gender), held!))
    } else if let model = gender, let row = p.gender?.row(0) {
      traits.append(predicted(.gender, row, model.classes))
    }
    if let band = held?.ageBand {
      traits.append(heldTrait(.ageBand, .ageBand(band), held!))
    } else if let model = ageBand, let row = p.ageBand?.row(0) {
      traits.append(predicted(.ageBand, row, model.classes))
    }
    return traits
  }

  /// The traits of one profile with counterfactual evidence: the titles
  /// whose events, taken out, lower the probability of the predicted class
  /// most.
  ///
  /// - Parameters:
  ///   - events: the profile's events.
  ///   - taste: the feature row of a list of events (fold-in, e.g.
  ///     ``TasteVectorEvidence/taste(events:reference:)``, and
  ///     ``ProfileFeatures/row(taste:events:)``).
  ///   - titleName: the name of a title id, for the evidence's words.
  /// - Complexity: O(T · (E + fold-in)) for T titles.
  public func traits(
    profile: String, events: [Event], taste: ([Event]) -> [Float], titleName: (String) -> String = { $0 }
  ) -> [InferredTrait] {
    let full = traits(profile: profile, taste: taste(events))
    return full.map { trait in
      guard trait.evidence.isEmpty,
        let model = trait.kind == .gender ? gender : ageBand,
        let k = model.classes.firstIndex(of: trait.value)
      else { return trait }
      let found = evidence.rank(
        events, group: { $0.payload.titleID },
        describe: { title, group in
          "\"\(titleName(title))\": \(group.count) event\(group.count == 1 ? "" : "s")"
        },
        title: { key, _ in key },
        score: { remaining in
          let x = DemographicModel.standardize(
            DenseMatrix(rows: 1, columns: center.count, storage: taste(remaining)), center: center, scale: scale)
          return Double(model.classifier.probabilities(x)[0, k])
        })
      return trait.with(evidence: found)
    }
  }

  /// The skill of the classifier of a trait (gender or age band).
  public func skill(of trait: TraitKind) -> ClassifierSkill? { skills.first { $0.trait == trait } }

  private func predicted(_ kind: TraitKind, _ row: [Float], _ classes: [TraitValue]) -> InferredTrait {
    var best = 0
    for k in row.indices where row[k] > row[best] { best = k }
    return InferredTrait(
      kind, classes[best], score: Double(row[best]), confidence: Double(row[best]), caveat: skill(of: kind)?.caveat)
  }

  private func heldTrait(_ kind: TraitKind, _ value: TraitValue, _ held: HeldDemographics) -> InferredTrait {
    InferredTrait(
      kind, value, score: 1, confidence: 1,
      evidence: [Evidence(description: "given by the member or bought from a data broker", title: nil,
                          eventIDs: held.sourceEventIDs, effect: 1)])
  }
}
