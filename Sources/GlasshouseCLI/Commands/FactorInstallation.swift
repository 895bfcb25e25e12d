import Catalog
import Factorization
import Foundation
import Interchange
import LinearAlgebra
import Platform
import Simulation

/// `glasshouse run --factors-from DIR`: the run's final model replaced by
/// factors trained elsewhere (Spark MLlib's ALS on this run's matrix
/// export), so the homepages, artwork contexts, inferences, data flows and
/// report are computed from them.
enum FactorInstallation {
  /// Loads a factor folder and installs it as the platform's final retrain.
  ///
  /// The factors' id maps must be the platform's profiles and the catalog's
  /// titles, index for index (they are when the folder was trained on
  /// `glasshouse matrix export --run` of the same scenario and seed), and
  /// the matrix they were trained on must have as many entries as the
  /// platform's own training matrix.
  ///
  /// - Throws: ``InterchangeError`` naming the file, line and field.
  static func install(
    path: String, into result: SimulationResult, catalog: Catalog, threads: Int
  ) throws(InterchangeError) -> (SimulationResult, ImportedModel) {
    let folder = try FactorFolder.read(path: path)
    var platform = result.platform
    let reference = result.events.max {
      ($0.timestamp.secondsSinceEpoch, $0.timestamp.nanoseconds) < ($1.timestamp.secondsSinceEpoch, $1.timestamp.nanoseconds)
    }?.timestamp
    let expected = platform.trainingMatrix(reference: reference)
    if let trained = folder.manifest.matrix,
      trained.users != expected.rows || trained.items != expected.columns || trained.entries != expected.nonZeroCount
    {
      throw .malformedManifest(
        path: URL(fileURLWithPath: path).appendingPathComponent(FactorFolder.FileName.manifest).path,
        reason: "field `matrix`: the factors were trained on \(trained.users) users × \(trained.items) titles with "
          + "\(trained.entries) entries, but this run's platform has \(expected.rows) × \(expected.columns) with "
          + "\(expected.nonZeroCount); export this run with `glasshouse matrix export --run` and retrain")
    }
    let imported = try folder.model(
      userIDs: platform.profileIDs, itemIDs: catalog.titles.map(\.id.text),
      maps: ("the run's profiles", "the scenario's catalog"), threads: threads)
    platform.retrain(reference: reference) { _ in imported.model }
    return (result.replacingPlatform(platform), imported)
  }
}
