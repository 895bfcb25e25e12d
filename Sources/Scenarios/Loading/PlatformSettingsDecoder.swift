import Catalog
import Yams

/// Decodes `platform`: the model's settings (factors, λ, iterations,
/// confidence, solver), how often it retrains and the artwork policy, each
/// left out key keeping ``PlatformSettings/standard``'s value.
struct PlatformSettingsDecoder {
  /// The document, for its reader.
  let document: ScenarioDocument

  private var reader: DocumentReader { document.reader }

  /// The platform's settings.
  func settings(_ node: Node) -> PlatformSettings? {
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
}
