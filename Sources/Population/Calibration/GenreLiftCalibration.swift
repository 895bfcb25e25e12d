import Catalog
import Datasets
import Support
import Scenarios

#if canImport(Glibc)
import Glibc
#endif

/// Genre lifts per age band and gender fitted so that members choosing
/// titles of this catalog with probability ∝ `exp(affinity)` put the same
/// share of their viewing on each genre as MovieLens 100K's users of that
/// group (``DemographicGenreShares``).
///
/// The fit is moment matching for a log-linear choice model (the
/// maximum-entropy solution; iterative scaling in the style of Darroch and
/// Ratcliff 1972): each round computes the expected genre shares of a fixed
/// sample of members of the group, personal noise and latent taste
/// included, and moves each genre's lift by `log(target / share)`. Genres
/// outside the calibrated eighteen keep a lift of 0.
public struct GenreLiftCalibration: Sendable {
  /// Per age band (in `AgeBand.allCases` order) and gender (female, male),
  /// the lift per genre slot of ``TitleTruth/genres``.
  public let lifts: [[Double]]
  /// Per cell as ``lifts``, the shares the fitted lifts give the sample,
  /// over ``DemographicGenreShares/genres``.
  public let fittedShares: [[Double]]
  /// The largest absolute difference between a fitted and a target share.
  public let maximumError: Double
  /// Rounds of fitting run (at most ``maximumRounds``).
  public let rounds: Int

  /// Members sampled per cell to compute expected shares.
  public static let samplesPerCell = 512
  /// The most rounds of fitting.
  public static let maximumRounds = 60
  /// Fitting stops once every share is within this of its target.
  public static let tolerance = 0.001

  /// Fits the lifts for a catalog's hidden truth.
  ///
  /// - Complexity: O(cells · samples · (titles + signatures · rounds)), where
  ///   signatures are the distinct genre sets of titles,
  ///   spread over `threads`.
  public init(truth: TitleTruth, model: TasteModel, seed: UInt64, threads: Int) {
    let cells = AgeBand.allCases.flatMap { band in
      [Gender.female, Gender.male].map { (band, $0) }
    }
    let results = ParallelLoop(threads: threads).mapChunks(count: cells.count, chunkSize: 1) {
      range in
      let (band, gender) = cells[range.lowerBound]
      return Self.fit(
        truth: truth, model: model, target: DemographicGenreShares.target(ageBand: band, gender: gender),
        audience: AudiencePosition.coordinates(ageBand: band, gender: gender),
        seed: seed &+ UInt64(range.lowerBound) &* 0x9E37_79B9)
    }
    self.lifts = results.map(\.lifts)
    self.fittedShares = results.map(\.shares)
    self.maximumError = results.map(\.error).max() ?? 0
    self.rounds = results.map(\.rounds).max() ?? 0
  }

  /// The lifts of a member of an age band and gender; non-binary members
  /// get the mean of the female and male lifts.
  public func lifts(ageBand: AgeBand, gender: Gender) -> [Double] {
    let band = AgeBand.allCases.firstIndex(of: ageBand) ?? 0
    switch gender {
    case .female: return lifts[band * 2]
    case .male: return lifts[band * 2 + 1]
    case .nonbinary: return zip(lifts[band * 2], lifts[band * 2 + 1]).map { ($0 + $1) / 2 }
    }
  }

  /// The expected genre shares, over the calibrated genres, of a member
  /// choosing titles with probability ∝ `exp(scores)`.
  static func shares(scores: [Double], truth: TitleTruth, into shares: inout [Double], weight: Double) {
    let top = scores.max() ?? 0
    var total = 0.0
    var weights = [Double](repeating: 0, count: scores.count)
    for t in scores.indices {
      weights[t] = exp(scores[t] - top)
      total += weights[t]
    }
    guard total > 0 else { return }
    let calibrated = DemographicGenreShares.genres.count
    for t in scores.indices {
      let p = weight * weights[t] / total
      for slot in truth.genreSlots[t] where slot < calibrated { shares[slot] += p }
    }
  }

  private static func fit(
    truth: TitleTruth, model: TasteModel, target: [Double], audience: [Double], seed: UInt64
  ) -> (lifts: [Double], shares: [Double], error: Double, rounds: Int) {
    var random = SeededGenerator(seed: seed)
    let genres = truth.genres.count
    let calibrated = DemographicGenreShares.genres.count
    let d = truth.latentDimension
    // Titles with the same genres share their lift, so each sample's
    // weights are summed per genre signature once; a round then costs
    // O(samples · signatures) instead of O(samples · titles).
    var signatureOf: [[Int]: Int] = [:]
    var signatures: [[Int]] = []
    let titleSignature = truth.genreSlots.map { slots -> Int in
      let key = slots.sorted()
      if let s = signatureOf[key] { return s }
      signatureOf[key] = signatures.count
      signatures.append(key)
      return signatures.count - 1
    }
    let n = signatures.count
    var sampleWeights = [Double](repeating: 0, count: samplesPerCell * n)
    var scores = [Double](repeating: 0, count: truth.count)
    for sample in 0..<samplesPerCell {
      let noise = model.drawNoise(genres: genres, latentDimension: d, using: &random)
      for t in 0..<truth.count {
        var score = truth.appeal[t]
        for slot in truth.genreSlots[t] { score += noise.genres[slot] }
        for f in 0..<d { score += noise.latent[f] * truth.latent[t * d + f] }
        score += truth.audienceAffinity(title: t, position: audience)
        scores[t] = score
      }
      let top = scores.max() ?? 0
      for t in 0..<truth.count {
        sampleWeights[sample * n + titleSignature[t]] += exp(scores[t] - top)
      }
    }
    var lifts = [Double](repeating: 0, count: genres)
    var shares = [Double](repeating: 0, count: calibrated)
    var error = Double.infinity
    var rounds = 0
    var factor = [Double](repeating: 1, count: n)
    while true {
      for s in 0..<n { factor[s] = exp(signatures[s].reduce(0) { $0 + lifts[$1] }) }
      shares = [Double](repeating: 0, count: calibrated)
      for sample in 0..<samplesPerCell {
        var total = 0.0
        for s in 0..<n { total += sampleWeights[sample * n + s] * factor[s] }
        guard total > 0 else { continue }
        let scale = 1 / (total * Double(samplesPerCell))
        for s in 0..<n {
          let p = sampleWeights[sample * n + s] * factor[s] * scale
          for slot in signatures[s] where slot < calibrated { shares[slot] += p }
        }
      }
      error = 0
      for g in 0..<calibrated where shares[g] > 0 {
        error = max(error, abs(shares[g] - target[g]))
      }
      if error < tolerance || rounds >= maximumRounds { break }
      for g in 0..<calibrated where shares[g] > 0 {
        lifts[g] = min(6, max(-6, lifts[g] + log(target[g] / shares[g])))
      }
      rounds += 1
    }
    return (lifts, shares, error, rounds)
  }
}
