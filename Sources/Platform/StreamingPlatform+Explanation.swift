import Catalog
import Factorization
import Recommendation

extension StreamingPlatform {
  /// Why each title of a profile's homepage is there, row by row: for rows
  /// ranked by factor scores, the exact split of the score into the
  /// profile's past titles (``ImplicitModel/explain(_:items:)``, Hu, Koren
  /// and Volinsky 2008 §5) as "recommended because you watched A (41%),
  /// B (22%)"; for the other rows, the row's own reason.
  ///
  /// - Complexity: one k × k Cholesky per profile plus O(k² + n·k) per
  ///   explained title, for n past titles.
  public func explainHomepage(profile: String, page: Homepage, contributors: Int = 3) -> [[String]] {
    let names = index.catalog.titles.map(\.name)
    let history = profileIndex(profile).map { feedback[$0] } ?? []
    let factorTitles = page.rows.filter(\.kind.ranksByFactors).flatMap(\.titles)
    var explained: [Int: ScoreExplanation] = [:]
    if let model, !history.isEmpty, !factorTitles.isEmpty, scores(profile: profile) != nil {
      for explanation in model.explain(history, items: factorTitles) { explained[explanation.item] = explanation }
    }
    return page.rows.map { row in
      row.titles.map { title in
        if row.kind.ranksByFactors, let explanation = explained[title] {
          let top = explanation.topContributors(contributors)
          if !top.isEmpty {
            return "recommended because you watched "
              + top.map { "\(names[$0.item]) (\(Int(($0.share * 100).rounded()))%)" }.joined(separator: ", ")
          }
        }
        return reason(of: row.kind, names: names)
      }
    }
  }

  /// A row's own reason for its titles.
  func reason(of kind: RowKind, names: [String]) -> String {
    switch kind {
    case .continueWatching: return "you started it and did not finish"
    case .topPicks: return "popular now (the model does not know you yet)"
    case .becauseYouWatched(let title): return "similar to \(names[title]), which you watched"
    case .trendingInRegion(let region): return "played most recently by people in \(region)"
    case .trending: return "played most recently on the service"
    case .genre(let genre): return "\(genre.name) is among your top genres"
    case .popular: return "popular with everyone"
    }
  }
}
