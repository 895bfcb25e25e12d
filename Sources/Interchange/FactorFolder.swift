import Factorization
import Foundation
import LinearAlgebra
import Support

/// A folder of trained factors that Glasshouse can load: `model.json` (a
/// ``FactorManifest``), `user-factors/` and `item-factors/` (each a folder
/// of `part-*.csv` files as Spark writes them, or a single `.csv` file),
/// every line `index,id,f0,…,f{rank−1}`.
///
/// `Tools/spark/train_als.py` writes one from Spark MLlib's ALS; ``write(_:userIDs:itemIDs:manifest:to:)``
/// writes one from a Glasshouse model.
public struct FactorFolder: Sendable {
  /// The folder's file names.
  public enum FileName {
    /// The ``FactorManifest``.
    public static let manifest = "model.json"
    /// User (profile) factors: a folder of part files or a `.csv` file.
    public static let users = "user-factors"
    /// Title factors: a folder of part files or a `.csv` file.
    public static let items = "item-factors"
  }

  /// The folder.
  public let path: String
  /// What trained the factors, and how.
  public let manifest: FactorManifest
  /// The user (profile) factors.
  public let users: FactorTable
  /// The title factors.
  public let items: FactorTable

  /// Reads a factor folder, checking every row's width against the
  /// manifest's rank.
  ///
  /// - Throws: ``InterchangeError`` naming the file, line and field.
  public static func read(path: String) throws(InterchangeError) -> FactorFolder {
    let base = URL(fileURLWithPath: path)
    let manifestPath = base.appendingPathComponent(FileName.manifest).path
    guard FileManager.default.fileExists(atPath: manifestPath) else {
      throw .missingFile(
        folder: path, file: FileName.manifest,
        hint: "train factors with `spark-submit Tools/spark/train_als.py --input EXPORT --output \(path)`")
    }
    let manifest: FactorManifest
    do {
      manifest = try JSONDecoder().decode(FactorManifest.self, from: Data(contentsOf: URL(fileURLWithPath: manifestPath)))
    } catch {
      throw .malformedManifest(path: manifestPath, reason: "not a factor-folder description (\(error))")
    }
    guard manifest.rank > 0 else {
      throw .malformedManifest(path: manifestPath, reason: "field `rank`: expected a positive number, found \(manifest.rank)")
    }
    guard ["weighted", "uniform"].contains(manifest.regularizationScaling) else {
      throw .malformedManifest(
        path: manifestPath,
        reason: "field `regularizationScaling`: expected `weighted` or `uniform`, found `\(manifest.regularizationScaling)`")
    }
    return FactorFolder(
      path: path, manifest: manifest,
      users: try FactorTable.read(path: side(FileName.users, in: base), rank: manifest.rank),
      items: try FactorTable.read(path: side(FileName.items, in: base), rank: manifest.rank))
  }

  /// `user-factors/` or `user-factors.csv`, whichever exists.
  static func side(_ name: String, in base: URL) throws(InterchangeError) -> String {
    for candidate in [name, name + ".csv"] {
      let path = base.appendingPathComponent(candidate).path
      if FileManager.default.fileExists(atPath: path) { return path }
    }
    throw .missingFile(folder: base.path, file: "\(name)/ or \(name).csv", hint: "the Spark job writes both sides")
  }

  /// The ALS configuration the factors were trained with, as Glasshouse's
  /// fold-in and explanations must use it: the paper's confidence
  /// `c = 1 + α·|r|` (logarithmic when the export pre-scaled the values),
  /// the manifest's λ and its scaling, the exact solver.
  public func configuration(threads: Int = 1) -> ImplicitALS {
    var scaling = Confidence.Scaling.linear(alpha: manifest.alpha)
    if let values = manifest.matrix?.values, values.hasPrefix("sign(r)*log1p(|r|/"),
      let epsilon = Float(values.dropFirst("sign(r)*log1p(|r|/".count).dropLast())
    {
      scaling = .logarithmic(alpha: manifest.alpha, epsilon: epsilon)
    }
    return ImplicitALS(
      factors: manifest.rank, regularization: manifest.regularization,
      confidence: Confidence(scaling: scaling, convention: .paper), solver: .cholesky,
      iterations: manifest.iterations, seed: UInt64(max(0, manifest.seed ?? 1)), threads: threads,
      regularizationScaling: manifest.regularizationScaling == "uniform" ? .uniform : .perPositiveObservation)
  }

  /// The factors as a Glasshouse model whose rows follow a consumer's id
  /// maps (see ``FactorTable/aligned(to:map:)``).
  ///
  /// - Parameters:
  ///   - userIDs: the consumer's user (profile) ids by index.
  ///   - itemIDs: the consumer's title ids by index.
  ///   - maps: what the ids are, for messages ("the run's profiles and titles").
  /// - Throws: ``InterchangeError/idMismatch(path:line:field:index:found:expected:map:)``.
  public func model(userIDs: [String], itemIDs: [String], maps: (users: String, items: String), threads: Int = 1)
    throws(InterchangeError) -> ImportedModel
  {
    let (x, missingUsers) = try users.aligned(to: userIDs, map: maps.users)
    let (y, missingItems) = try items.aligned(to: itemIDs, map: maps.items)
    return ImportedModel(
      model: ImplicitModel(userFactors: x, itemFactors: y, configuration: configuration(threads: threads)),
      manifest: manifest, usersWithoutFactors: missingUsers, itemsWithoutFactors: missingItems)
  }

  /// Writes a Glasshouse model as a factor folder (one part file per side).
  ///
  /// - Throws: ``InterchangeError/cannotAccess(path:reason:)``.
  public static func write(
    _ model: ImplicitModel, userIDs: [String], itemIDs: [String], manifest: FactorManifest, to path: String
  ) throws(InterchangeError) {
    precondition(userIDs.count == model.userFactors.rows && itemIDs.count == model.itemFactors.rows, "one id per row")
    let base = URL(fileURLWithPath: path)
    let header = (["index", "id"] + (0..<model.factors).map { "f\($0)" }).joined(separator: ",")
    for (name, ids, factors) in [
      (FileName.users, userIDs, model.userFactors), (FileName.items, itemIDs, model.itemFactors),
    ] {
      let folder = base.appendingPathComponent(name)
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw .cannotAccess(path: folder.path, reason: "cannot create the folder (\(error))")
      }
      let writer = try TextFileWriter(path: folder.appendingPathComponent("part-00000.csv").path)
      try writer.write(line: header)
      for (index, id) in ids.enumerated() {
        let values = factors.row(index).map { "\($0)" }.joined(separator: ",")
        try writer.write(line: CSVRecord([String(index), id]).line + "," + values)
      }
      try writer.close()
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let manifestPath = base.appendingPathComponent(FileName.manifest).path
    do {
      try (encoder.encode(manifest) + Data("\n".utf8)).write(to: URL(fileURLWithPath: manifestPath))
    } catch {
      throw .cannotAccess(path: manifestPath, reason: "cannot be written (\(error))")
    }
  }
}
