import Catalog

#if canImport(Glibc)
import Glibc
#endif

extension Population {
  /// A member's true affinity for a title (log scale): the lifts of its
  /// genres, the strongest lift of its cast, the latent match, the match of
  /// its audience with the member's, and the title's appeal.
  ///
  /// - Complexity: O(genres + cast + latent dimension) of the title.
  public func affinity(member: Int, title: Int) -> Double {
    let taste = members[member].taste
    var score = titles.appeal[title]
    for slot in titles.genreSlots[title] { score += taste.genreLifts[slot] }
    let d = titles.latentDimension
    for f in 0..<d { score += taste.latent[f] * titles.latent[title * d + f] }
    if !taste.audience.isEmpty { score += titles.audienceAffinity(title: title, position: taste.audience) }
    if !taste.castLifts.isEmpty {
      var strongest = 0.0
      for name in titles.cast[title] {
        if let lift = taste.castLifts[name], abs(lift) > abs(strongest) { strongest = lift }
      }
      score += strongest
    }
    return score
  }

  /// How much an artwork variant draws a member: their preference for its
  /// tone, for the cast member it features, and for a face.
  public func artworkAppeal(member: Int, variant: ArtworkVariant) -> Double {
    let taste = members[member].taste
    var appeal = taste.toneLifts[ArtworkTone.allCases.firstIndex(of: variant.tone) ?? 0]
    if variant.showsFace { appeal += taste.faceLift }
    if let cast = variant.featuredCast, let lift = taste.castLifts[cast] { appeal += lift }
    return appeal
  }

  /// The probability of each title if the member chose freely from the
  /// whole catalog: `exp(affinity)` normalised.
  public func organicChoice(member: Int) -> [Double] {
    let scores = (0..<titles.count).map { affinity(member: member, title: $0) }
    let top = scores.max() ?? 0
    let weights = scores.map { exp($0 - top) }
    let total = weights.reduce(0, +)
    return weights.map { $0 / max(total, .leastNormalMagnitude) }
  }

  /// The share of a member's free choices on each calibrated genre
  /// (``DemographicGenreShares/genres`` order): what the calibration
  /// matches to MovieLens 100K.
  public func organicGenreShares(member: Int) -> [Double] {
    let scores = (0..<titles.count).map { affinity(member: member, title: $0) }
    var shares = [Double](repeating: 0, count: DemographicGenreShares.genres.count)
    GenreLiftCalibration.shares(scores: scores, truth: titles, into: &shares, weight: 1)
    return shares
  }
}
