import Catalog
import Datasets
import Scenarios

/// The share of each demographic group's ratings that fall on each genre in
/// MovieLens 100K (943 users, 100,000 ratings), kept as constants so the
/// population needs no data file at run time. A title can have several
/// genres, so a group's shares sum to more than 1.
///
/// Source: `movielens-100k-genre-shares-by-demographic.csv` (computed from
/// `u.data`, `u.user` and `u.item`); the figures and how they are used are
/// in Docs/Calibration.md. Harper and Konstan, "The MovieLens Datasets:
/// History and Context", ACM TiiS 2015.
public enum DemographicGenreShares {
  /// One group's figures.
  public struct Group: Sendable {
    /// The number of MovieLens users in the group.
    public let users: Int
    /// The number of their ratings.
    public let ratings: Int
    /// The share of the ratings on each of ``genres``, in that order.
    public let shares: [Double]
  }

  /// The eighteen genres of MovieLens 100K (without `unknown`), in the
  /// file's column order; `Children's` is spelled ``Genre/children``.
  public static let genres: [Genre] = [
    .action, .adventure, .animation, .children, .comedy, .crime, .documentary, .drama,
    .fantasy, .filmNoir, .horror, .musical, .mystery, .romance, .sciFi, .thriller, .war,
    .western,
  ]

  /// The figures per age band.
  public static let byAgeBand: [(band: AgeBand, group: Group)] = [
    (
      .under18,
      Group(
        users: 36, ratings: 2491,
        shares: [
          0.2943, 0.1525, 0.0454, 0.1072, 0.3147, 0.0831, 0.0052, 0.3336, 0.0157, 0.0136,
          0.0626, 0.0502, 0.0554, 0.1786, 0.1321, 0.2481, 0.0795, 0.0104,
        ])
    ),
    (
      .from18to24,
      Group(
        users: 198, ratings: 24060,
        shares: [
          0.2850, 0.1436, 0.0387, 0.0735, 0.3059, 0.0891, 0.0067, 0.3636, 0.0143, 0.0131,
          0.0609, 0.0453, 0.0494, 0.1835, 0.1335, 0.2421, 0.0791, 0.0181,
        ])
    ),
    (
      .from25to34,
      Group(
        users: 310, ratings: 35444,
        shares: [
          0.2659, 0.1437, 0.0397, 0.0720, 0.3070, 0.0782, 0.0069, 0.3859, 0.0136, 0.0153,
          0.0574, 0.0511, 0.0467, 0.1960, 0.1388, 0.2171, 0.0941, 0.0178,
        ])
    ),
    (
      .from35to44,
      Group(
        users: 194, ratings: 19591,
        shares: [
          0.2390, 0.1409, 0.0381, 0.0827, 0.2956, 0.0731, 0.0074, 0.4096, 0.0147, 0.0202,
          0.0495, 0.0553, 0.0530, 0.1983, 0.1244, 0.2028, 0.1006, 0.0202,
        ])
    ),
    (
      .from45to54,
      Group(
        users: 142, ratings: 12780,
        shares: [
          0.2201, 0.1153, 0.0237, 0.0528, 0.2742, 0.0802, 0.0108, 0.4659, 0.0112, 0.0223,
          0.0362, 0.0435, 0.0646, 0.2077, 0.1060, 0.2053, 0.1085, 0.0188,
        ])
    ),
    (
      .over55,
      Group(
        users: 63, ratings: 5634,
        shares: [
          0.1919, 0.1045, 0.0185, 0.0531, 0.2682, 0.0843, 0.0099, 0.4721, 0.0099, 0.0289,
          0.0408, 0.0513, 0.0705, 0.1977, 0.0850, 0.2016, 0.1077, 0.0227,
        ])
    ),
  ]

  /// The figures per gender (MovieLens 100K records only `F` and `M`).
  public static let byGender: [(gender: Gender, group: Group)] = [
    (
      .female,
      Group(
        users: 273, ratings: 25740,
        shares: [
          0.2114, 0.1220, 0.0387, 0.0867, 0.3134, 0.0697, 0.0073, 0.4277, 0.0141, 0.0150,
          0.0465, 0.0560, 0.0510, 0.2276, 0.1021, 0.1976, 0.0850, 0.0144,
        ])
    ),
    (
      .male,
      Group(
        users: 670, ratings: 74260,
        shares: [
          0.2713, 0.1429, 0.0351, 0.0667, 0.2931, 0.0843, 0.0077, 0.3890, 0.0133, 0.0182,
          0.0555, 0.0473, 0.0529, 0.1832, 0.1360, 0.2260, 0.0971, 0.0200,
        ])
    ),
  ]

  /// The shares of an age band.
  public static func shares(of band: AgeBand) -> [Double] {
    byAgeBand.first { $0.band == band }?.group.shares ?? overall
  }

  /// The shares of a gender; non-binary people, whom MovieLens 100K does
  /// not record, get the mean of the female and male figures.
  public static func shares(of gender: Gender) -> [Double] {
    if let group = byGender.first(where: { $0.gender == gender })?.group { return group.shares }
    let female = shares(of: .female)
    let male = shares(of: .male)
    return zip(female, male).map { ($0 + $1) / 2 }
  }

  /// The shares over all 100,000 ratings (the rating-weighted mean of the
  /// two genders).
  public static let overall: [Double] = {
    let total = Double(byGender.reduce(0) { $0 + $1.group.ratings })
    return genres.indices.map { g in
      byGender.reduce(0) { $0 + Double($1.group.ratings) * $1.group.shares[g] } / total
    }
  }()

  /// The target shares of one age band and gender together. The file has
  /// only the two margins, so the joint is taken as
  /// `age share × gender share / overall share` (independence of the two
  /// effects on the odds of a genre), which reproduces both margins when
  /// the crowd's age and gender are drawn independently.
  public static func target(ageBand: AgeBand, gender: Gender) -> [Double] {
    let age = shares(of: ageBand)
    let sex = shares(of: gender)
    return genres.indices.map { g in min(0.95, age[g] * sex[g] / overall[g]) }
  }
}
