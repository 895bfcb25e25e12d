import Catalog
import Datasets
import Factorization
import LinearAlgebra
import Recommendation

/// What the platform has learnt of each profile's taste: the implicit-ALS
/// model of the latest full retrain (Hu, Koren and Volinsky 2008), each
/// profile's taste vector (from that retrain or a later fold-in), the
/// implicit feedback it was computed from, and the share of that feedback
/// on each genre. (The population's hidden tastes are another module's
/// `TasteModel`; the platform never sees them.)
///
/// Profiles are kept by their ``ProfileDirectory`` position.
struct LearnedTastes: Sendable {
  /// The model of the latest full retrain; `nil` before the first.
  private(set) var model: ImplicitModel?
  /// Per profile, its taste vector, once the model knows it.
  private(set) var tastes: [[Float]?] = []
  /// Per profile, its implicit feedback as of its latest retrain or
  /// fold-in: (title index, value) pairs.
  private(set) var feedback: [[(item: Int, value: Float)]] = []
  /// Per profile, the share of its positive feedback on each genre of
  /// ``CatalogIndex/genres``.
  private(set) var genreAffinity: [[Double]] = []
  /// Full retrains run.
  private(set) var retrains = 0
  /// Profile fold-ins run.
  private(set) var foldIns = 0
  private let index: CatalogIndex

  /// A model that knows no profile yet.
  init(index: CatalogIndex) {
    self.index = index
  }

  /// Room for one more profile, unknown to the model.
  mutating func appendProfile() {
    tastes.append(nil)
    genreAffinity.append([Double](repeating: 0, count: index.genres.count))
    feedback.append([])
  }

  /// Takes in a full retrain: `trained` has a user row per profile, whose
  /// feedback rows are `rows` (a profile without feedback gets no taste
  /// vector).
  mutating func install(_ trained: ImplicitModel, rows: [[(item: Int, value: Float)]]) {
    model = trained
    for p in rows.indices {
      tastes[p] = rows[p].isEmpty ? nil : trained.userFactors.row(p)
      genreAffinity[p] = affinity(of: rows[p])
      feedback[p] = rows[p]
    }
    retrains += 1
  }

  /// Folds some profiles' new feedback rows into the latest model, keeping
  /// the title factors fixed (``ImplicitModel/foldIn(_:warmStart:)``, warm
  /// started from each profile's taste vector); does nothing before the
  /// first retrain.
  ///
  /// - Complexity: O(n·k²) per profile with n feedback entries, in parallel.
  mutating func foldIn(_ profiles: [Int], rows: [[(item: Int, value: Float)]], threads: Int) {
    guard let model else { return }
    let warm = profiles.map { tastes[$0] }
    let solved = ParallelLoop(threads: threads).mapChunks(count: profiles.count, chunkSize: 64) { range in
      range.map { i in rows[i].isEmpty ? nil : model.foldIn(rows[i], warmStart: warm[i]) }
    }.flatMap { $0 }
    for (i, p) in profiles.enumerated() {
      tastes[p] = solved[i]
      genreAffinity[p] = affinity(of: rows[i])
      feedback[p] = rows[i]
    }
    foldIns += profiles.count
  }

  /// The factor score of every title for a profile, or `nil` before the
  /// model knows it.
  ///
  /// - Complexity: O(titles · k).
  func scores(profile p: Int) -> [Float]? {
    guard let taste = tastes[p], let model else { return nil }
    return FactorScorer.scores(taste: taste, items: model.itemFactors)
  }

  /// The genres ranked by a profile's affinity, best first (ties by genre
  /// order), leaving out genres with none.
  func topGenres(profile p: Int) -> [Genre] {
    let affinity = genreAffinity[p]
    return affinity.indices.filter { affinity[$0] > 0 }
      .sorted { affinity[$0] != affinity[$1] ? affinity[$0] > affinity[$1] : $0 < $1 }
      .map { index.genres[$0] }
  }

  /// A profile's strongest positive feedback (ties to the lower title
  /// index), or `nil` when it has none.
  func strongestSignal(profile p: Int) -> Int? {
    var best: (item: Int, value: Float)?
    for entry in feedback[p] where entry.value > 0 {
      if best.map({ entry.value > $0.value || (entry.value == $0.value && entry.item < $0.item) }) ?? true {
        best = entry
      }
    }
    return best?.item
  }

  /// The share of a feedback row's positive values on each genre.
  func affinity(of row: [(item: Int, value: Float)]) -> [Double] {
    var shares = [Double](repeating: 0, count: index.genres.count)
    var total = 0.0
    for entry in row where entry.value > 0 {
      total += Double(entry.value)
      for g in index.genreIndicesByTitle[entry.item] { shares[g] += Double(entry.value) }
    }
    return total > 0 ? shares.map { $0 / total } : shares
  }
}
