import Support

/// The performers a generated catalog casts from, with power-law
/// popularity: performer `i` (0-based) is cast with weight
/// `1 / (i + offset)^exponent` (a Zipf–Mandelbrot law), so a few stars
/// appear in many titles and most performers in one or two.
///
/// Names depend only on the index, never on the seed: performer 0 is always
/// "Maya Okafor", one of the most cast, so scenario files can name stars
/// whatever the seed. Each performer also has one or two home genres (drawn
/// from the seed) and, except for the ten stars, is cast mostly in titles
/// of those genres.
struct CastPool {
  /// The performers' names, most popular first.
  let names: [String]
  /// Each performer's home genres.
  let homeGenres: [Set<Genre>]
  private let cumulativeWeights: [Double]

  /// The offset of the popularity law: larger values flatten the head.
  static let popularityOffset = 20.0

  /// Creates a pool of a given size.
  init(size: Int, exponent: Double, using generator: inout SeededGenerator) {
    names = (0..<size).map(Self.name)
    let genreWeights = MovieLensGenreStatistics.storyGenres.map {
      MovieLensGenreStatistics.share(of: $0)
    }
    homeGenres = (0..<size).map { _ in
      var genres: Set<Genre> = []
      let count = generator.nextUnitDouble() < 0.6 ? 1 : 2
      while genres.count < count {
        let index = WeightedChoice.index(genreWeights, using: &generator)
        genres.insert(MovieLensGenreStatistics.storyGenres[index])
      }
      return genres
    }
    var total = 0.0
    cumulativeWeights = (0..<size).map { index in
      total += 1 / pow(Double(index) + Self.popularityOffset, exponent)
      return total
    }
  }

  /// The number of stars: the most popular performers, cast in any genre.
  static let stars = 10

  /// Draws a cast for a title: `count` distinct performers, each accepted
  /// outright when they are one of the ``stars`` or one of their home
  /// genres is among the title's genres, and with probability 0.3
  /// otherwise.
  func draw(count: Int, for genres: [Genre], using generator: inout SeededGenerator) -> [String] {
    var chosen: [Int] = []
    var attempts = 0
    while chosen.count < min(count, names.count), attempts < count * 40 {
      attempts += 1
      let index = WeightedChoice.index(cumulative: cumulativeWeights, using: &generator)
      guard !chosen.contains(index) else { continue }
      let fits = index < Self.stars || !homeGenres[index].isDisjoint(with: genres)
      if fits || generator.nextUnitDouble() < 0.3 { chosen.append(index) }
    }
    return chosen.map { names[$0] }
  }

  /// The name of performer `index`: a first and a last name chosen so that
  /// the first 64 × 67 indices give distinct pairs, with a roman-numeral
  /// suffix beyond that.
  static func name(_ index: Int) -> String {
    let pairs = firstNames.count * lastNames.count
    let local = index % pairs
    let first = firstNames[local % firstNames.count]
    let row = local / firstNames.count
    let last = lastNames[(row + local) % lastNames.count]
    let round = index / pairs
    return round == 0 ? "\(first) \(last)" : "\(first) \(last) \(roman(round + 1))"
  }

  private static func roman(_ value: Int) -> String {
    let numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    var value = value
    var text = ""
    for (amount, numeral) in numerals {
      while value >= amount {
        text += numeral
        value -= amount
      }
    }
    return text
  }

  // 64 first names and 67 last names: gcd(64 + 1, 67) = 1 makes the pairs
  // of the first 64 × 67 indices distinct.
  private static let firstNames = [
    "Maya", "Leo", "Ava", "Noah", "Zara", "Theo", "Iris", "Omar",
    "Lena", "Felix", "Nina", "Hugo", "Sofia", "Elias", "Chloe", "Ravi",
    "Mila", "Jonah", "Aiko", "Mateo", "Greta", "Kofi", "Ines", "Owen",
    "Yara", "Lucas", "Nadia", "Arlo", "Priya", "Silas", "Elena", "Kai",
    "Rosa", "Dmitri", "Hana", "Isaac", "Freya", "Tariq", "Clara", "Ezra",
    "Amara", "Jasper", "Lucia", "Emeka", "Vera", "Rafael", "June", "Anton",
    "Leila", "Marcus", "Ingrid", "Diego", "Alma", "Tobias", "Noor", "Caleb",
    "Esme", "Malik", "Astrid", "Julian", "Soraya", "Rhys", "Tess", "Kenji",
  ]
  private static let lastNames = [
    "Okafor", "Stone", "Park", "Moreau", "Lindqvist", "Reyes", "Nakamura",
    "Hale", "Brennan", "Kowalski", "Adeyemi", "Marsh", "Castillo", "Volkov",
    "Quinn", "Haddad", "Sato", "Fontaine", "Mbeki", "Larsen", "Ortega",
    "Whitlock", "Bianchi", "Osei", "Drummond", "Petrov", "Alvarez", "Nguyen",
    "Sinclair", "Ferreira", "Kaur", "Holloway", "Rossi", "Achebe", "Vance",
    "Ishikawa", "Calloway", "Duarte", "Novak", "Abernathy", "Mendez", "Frost",
    "Takahashi", "Blackwood", "Santos", "Eriksen", "Delacroix", "Mwangi",
    "Ashford", "Romero", "Keane", "Szabo", "Oyelaran", "Pryce", "Gallo",
    "Whitfield", "Sorensen", "Amari", "Lachance", "Baptiste", "Crane",
    "Varga", "Holt", "Ibarra", "Lowell", "Nyberg", "Serrano",
  ]
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
