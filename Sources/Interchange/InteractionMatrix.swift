import Datasets
import Evaluation
import Events
import Factorization
import LinearAlgebra
import Signals

#if canImport(Glibc)
  import Glibc
#endif

/// A users × titles matrix of observed values with the ids of its rows and
/// columns: what Glasshouse hands to another factorization engine.
///
/// Row `u` is the user (or profile) `userIDs[u]`, column `i` the title
/// `itemIDs[i]`; duplicates are summed, as Glasshouse's own ALS sums them.
public struct InteractionMatrix: Sendable, Equatable {
  /// Row ids, by index.
  public let userIDs: [String]
  /// Column ids, by index.
  public let itemIDs: [String]
  /// The observed values.
  public let values: SparseMatrix
  /// Where the matrix came from and the suggested settings.
  public var manifest: MatrixManifest

  /// Wraps a matrix and its ids.
  ///
  /// - Precondition: one id per row and per column.
  public init(userIDs: [String], itemIDs: [String], values: SparseMatrix, source: String, settings: MatrixManifest.Settings) {
    precondition(userIDs.count == values.rows && itemIDs.count == values.columns, "one id per row and column")
    self.userIDs = userIDs
    self.itemIDs = itemIDs
    self.values = values
    self.manifest = MatrixManifest(
      source: source, users: values.rows, items: values.columns, entries: values.nonZeroCount, settings: settings)
  }

  /// The training part of the shared evaluation protocol's split: the rows
  /// and columns are the split's user and title indices, so factors trained
  /// on it line up with ``TimeSplit/heldOut``.
  public init(training split: TimeSplit, source: String, settings: MatrixManifest.Settings) {
    self.init(
      userIDs: split.users.labels.map(\.text), itemIDs: split.items.labels.map(\.text), values: split.train,
      source: source, settings: settings)
  }

  /// The implicit feedback of an event log (Docs/Signals.md): one row per
  /// profile and one column per title with feedback, both in label order,
  /// at the log's latest event.
  ///
  /// - Complexity: O(events) plus sorting the (profile, title) pairs.
  public init(log: EventLog, signals: SignalConfiguration, source: String, settings: MatrixManifest.Settings) {
    let triples = SignalExtractor(configuration: signals).feedback(from: log).triples.filter { $0.value != 0 }
    let users = IndexMap(labels: triples.lazy.map(\.profile))
    let items = IndexMap(labels: triples.lazy.map(\.title))
    let entries = triples.map { (row: users.index(of: $0.profile)!, column: items.index(of: $0.title)!, value: $0.value) }
    self.init(
      userIDs: users.labels.map(\.text), itemIDs: items.labels.map(\.text),
      values: SparseMatrix(rows: users.count, columns: items.count, entries: entries),
      source: source, settings: settings)
  }

  /// The matrix with values Spark's implicit ALS weighs as `confidence`
  /// does: Spark's observed confidence is always `1 + α·|value|` (the
  /// paper's convention with linear scaling), so linear scaling exports the
  /// values unchanged and logarithmic scaling exports
  /// `sign(r)·log1p(|r|/ε)` (α stays α).
  ///
  /// - Throws: ``InterchangeError/unsupportedConfidence(reason:)`` for the
  ///   `implicit` library's convention `c = α·r`, which Spark cannot
  ///   express (it would need a confidence below 1 for small values).
  public func prepared(for confidence: Confidence) throws(InterchangeError) -> InteractionMatrix {
    guard confidence.convention == .paper else {
      throw .unsupportedConfidence(
        reason: "the confidence convention `implicit` (c = α·r) has no Spark equivalent: Spark's implicit ALS always "
          + "uses c = 1 + α·|r|; use the `paper` convention (the scenario's `confidence_convention: paper`)")
    }
    guard case .logarithmic(_, let epsilon) = confidence.scaling else { return self }
    let e = max(epsilon, .leastNormalMagnitude)
    var copy = self
    let transformed = values.mapValues { r in
      let s = Float(log1p(Double(abs(r)) / Double(e)))
      return r < 0 ? -s : s
    }
    copy = InteractionMatrix(
      userIDs: userIDs, itemIDs: itemIDs, values: transformed, source: manifest.source, settings: manifest.settings)
    copy.manifest.values = "sign(r)*log1p(|r|/\(e))"
    return copy
  }
}
