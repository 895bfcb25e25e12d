import Catalog
import Datasets
import Events
import Factorization
import LinearAlgebra
import Recommendation

/// Serving homepages: the model's scores, the profile's top genres and
/// strongest signal, and popularity, put together as a ``HomepageRequest``
/// for the ``HomepageBuilder``.
extension StreamingPlatform {
  /// The factor score of every title for a profile, or `nil` before the
  /// model knows the profile.
  public func scores(profile: String) -> [Float]? {
    profileIndex(profile).flatMap { learnedTastes.scores(profile: $0) }
  }

  /// The genres ranked by a profile's inferred affinity, best first,
  /// leaving out genres with none.
  public func topGenres(profile: String) -> [Genre] {
    profileIndex(profile).map { learnedTastes.topGenres(profile: $0) } ?? []
  }

  /// Builds a profile's homepage from the model and what the profile's
  /// events say so far (`activity`, kept current by the app during a day).
  public func homepage(profile: String, activity: ProfileActivity) -> Homepage {
    homepageBuilder.build(homepageRequest(profile: profile, activity: activity))
  }

  /// What the platform knows for a profile's homepage (see
  /// ``HomepageRequest``): scores, global and regional popularity, the
  /// strongest signal behind "Because you watched" and its neighbours.
  public func homepageRequest(profile: String, activity: ProfileActivity) -> HomepageRequest {
    let p = profileIndex(profile)
    let region = p.flatMap { profiles.regions[$0] }
    var because: (title: Int, similarity: [Float])?
    if let anchor = strongestSignal(profile: profile), let model {
      because = (anchor, HomepageBuilder.similarity(to: anchor, itemFactors: model.itemFactors))
    }
    return HomepageRequest(
      scores: scores(profile: profile), popularity: popularity,
      regional: region.flatMap { r in regionalPopularity[r].map { (r, $0) } },
      becauseYouWatched: because, continueWatching: activity.continueWatching,
      excluded: activity.watched, topGenres: topGenres(profile: profile),
      maximumMaturity: activity.isKids ? .pg : nil, tieBreakSeed: StableHash.fnv1a(profile))
  }

  /// The title behind "Because you watched": the profile's strongest
  /// implicit feedback (which already weighs recency; Docs/Signals.md),
  /// ties to the lower index.
  public func strongestSignal(profile: String) -> Int? {
    profileIndex(profile).flatMap { learnedTastes.strongestSignal(profile: $0) }
  }
}
