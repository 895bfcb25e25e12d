/// A genre label such as `Horror` or `Sci-Fi`, spelled as MovieLens spells it.
///
/// Genres are open-ended text so that catalog files can bring their own, but
/// the twenty labels of MovieLens "latest" are provided as constants and are
/// what the generator and the MovieLens importer produce.
public struct Genre: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The label as written, for example `"Sci-Fi"`.
  public let name: String

  /// Creates a genre from its label.
  public init(_ name: String) { self.name = name }

  /// Creates a genre from a string literal.
  public init(stringLiteral value: String) { self.init(value) }

  /// The label.
  public var description: String { name }

  /// Orders genres alphabetically by label.
  public static func < (a: Genre, b: Genre) -> Bool { a.name < b.name }

  /// `Action`.
  public static let action = Genre("Action")
  /// `Adventure`.
  public static let adventure = Genre("Adventure")
  /// `Animation`.
  public static let animation = Genre("Animation")
  /// `Children` (MovieLens 100K and 1M spell it `Children's`; importers
  /// normalise to this spelling).
  public static let children = Genre("Children")
  /// `Comedy`.
  public static let comedy = Genre("Comedy")
  /// `Crime`.
  public static let crime = Genre("Crime")
  /// `Documentary`.
  public static let documentary = Genre("Documentary")
  /// `Drama`.
  public static let drama = Genre("Drama")
  /// `Fantasy`.
  public static let fantasy = Genre("Fantasy")
  /// `Film-Noir`.
  public static let filmNoir = Genre("Film-Noir")
  /// `Horror`.
  public static let horror = Genre("Horror")
  /// `IMAX` (a presentation format MovieLens lists among genres).
  public static let imax = Genre("IMAX")
  /// `Musical`.
  public static let musical = Genre("Musical")
  /// `Mystery`.
  public static let mystery = Genre("Mystery")
  /// `Romance`.
  public static let romance = Genre("Romance")
  /// `Sci-Fi`.
  public static let sciFi = Genre("Sci-Fi")
  /// `Thriller`.
  public static let thriller = Genre("Thriller")
  /// `War`.
  public static let war = Genre("War")
  /// `Western`.
  public static let western = Genre("Western")
  /// `(no genres listed)`: MovieLens's label for a title without genres
  /// (100K and 1M call it `unknown`; importers normalise to this spelling).
  public static let noGenresListed = Genre("(no genres listed)")

  /// The twenty labels of MovieLens "latest" (ml-latest-small has all of
  /// them), most frequent first.
  public static let movieLens: [Genre] = MovieLensGenreStatistics.titleCounts.map(\.genre)
}
