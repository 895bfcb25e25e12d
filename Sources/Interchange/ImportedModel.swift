import Foundation
import Factorization

/// Factors trained elsewhere, laid out in a consumer's id order, as a
/// Glasshouse model.
public struct ImportedModel: Sendable {
  /// The model: the imported factors with the configuration they were
  /// trained with (for fold-in and explanations).
  public let model: ImplicitModel
  /// What trained them.
  public let manifest: FactorManifest
  /// Consumer users (profiles) with no factor row: their taste is zero.
  public let usersWithoutFactors: Int
  /// Consumer titles with no factor row (no interactions in training):
  /// their factors are zero.
  public let itemsWithoutFactors: Int

  /// One line for a person: engine, settings, training time, coverage.
  public var summary: String {
    var text = "\(manifest.engine)\(manifest.engineVersion.map { " \($0)" } ?? "")"
      + " rank \(manifest.rank), λ \(manifest.regularization) (\(manifest.regularizationScaling)), α \(manifest.alpha), "
      + "\(manifest.iterations) iterations"
    if let master = manifest.master { text += " on \(master)" }
    if let seconds = manifest.trainingSeconds { text += ", fit in " + String(format: "%.1f s", seconds) }
    text += "; \(model.userFactors.rows - usersWithoutFactors)/\(model.userFactors.rows) users and "
      + "\(model.itemFactors.rows - itemsWithoutFactors)/\(model.itemFactors.rows) titles have factors"
    return text
  }
}
