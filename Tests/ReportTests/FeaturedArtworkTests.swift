import Catalog
import Testing

@testable import Report

@Suite("The artwork figure's featured title")
struct FeaturedArtworkTests {
  /// A title with two images of the given tones, `<id>-a` and `<id>-b`.
  static func title(_ id: Title.ID, _ a: ArtworkTone, _ b: ArtworkTone) -> Title {
    Title(
      id: id, name: "Title \(id.text)", year: 2000, genres: [.comedy, .romance], cast: [],
      maturityRating: .pg13, runtimeMinutes: 100,
      artwork: [ArtworkVariant(id: "\(id.text)-a", tone: a, showsFace: false),
                ArtworkVariant(id: "\(id.text)-b", tone: b, showsFace: false)])
  }

  /// Casey and Rowan differ on comic against romantic images: on titles 2,
  /// 3 and 4 Casey was shown mostly the comic image, Rowan the romantic
  /// one (on title 3 each only the image of their side). On title 1 (the
  /// smaller id, the most impressions) Casey was shown its epic image a
  /// little more often and Rowan its whimsical one: a contrast, but not one
  /// they differ on elsewhere.
  static let titles = [title("1", .epic, .whimsical), title("2", .comic, .romantic),
                       title("3", .comic, .romantic), title("4", .comic, .romantic)]
  static let casey: [String: [String: Int]] = [
    "1": ["1-a": 5, "1-b": 4], "2": ["2-a": 3, "2-b": 1], "3": ["3-a": 4], "4": ["4-a": 3, "4-b": 1],
  ]
  static let rowan: [String: [String: Int]] = [
    "1": ["1-a": 4, "1-b": 5], "2": ["2-a": 1, "2-b": 3], "3": ["3-b": 4], "4": ["4-b": 3, "4-a": 1],
  ]

  @Test("the title whose images match the tones the personas differ on is featured, not one with more impressions")
  func comicOverEpic() throws {
    let featured = FeaturedArtwork(titles: Self.titles, impressions: [Self.casey, Self.rowan])
    let counts = featured.pairCounts
    // Casey: 10 comic against 2 romantic impressions on titles with both,
    // 5 epic against 4 whimsical; Rowan: 10 romantic against 2 comic.
    #expect(counts[0][.comic]?[.romantic] == 10 && counts[0][.romantic]?[.comic] == 2)
    #expect(abs(FeaturedArtwork.preference(counts[0], .comic, over: .romantic) - 8.0 / 13) < 1e-12)
    #expect(abs(FeaturedArtwork.preference(counts[1], .romantic, over: .comic) - 8.0 / 13) < 1e-12)
    #expect(abs(FeaturedArtwork.preference(counts[0], .epic, over: .whimsical) - 1.0 / 10) < 1e-12)
    // Title 1: (0.1 + 0.1) × consistency (5 − 4) / 10; title 2: (8/13 +
    // 8/13) × (3 − 1) / 5; title 3: the same preferences × 4 / 5.
    #expect(abs(featured.score(Self.titles[0], pairCounts: counts) - 0.02) < 1e-12)
    #expect(abs(featured.score(Self.titles[1], pairCounts: counts) - 16.0 / 13 * 0.4) < 1e-12)
    #expect(abs(featured.score(Self.titles[2], pairCounts: counts) - 16.0 / 13 * 0.8) < 1e-12)
    #expect(try #require(featured.title).id.text == "3")
  }

  @Test("where the personas were shown the same tone of every comic/romantic title, the epic/whimsical contrast is featured")
  func anyContrastBeatsNone() throws {
    let alike: [String: [String: Int]] = ["1": ["1-a": 4, "1-b": 5], "4": ["4-a": 3, "4-b": 1]]
    let featured = FeaturedArtwork(titles: [Self.titles[0], Self.titles[3]], impressions: [Self.casey, alike])
    #expect(try #require(featured.title).id.text == "1")
  }

  @Test("one persona: the title on which it was shown the tone it is shown most over the alternatives")
  func onePersona() throws {
    let featured = FeaturedArtwork(titles: Self.titles, impressions: [Self.casey])
    let chosen = try #require(featured.title)
    #expect(FeaturedArtwork.dominantTone(chosen, Self.casey[chosen.id.text] ?? [:]) == .comic)
    #expect(chosen.id.text == "3")
  }

  @Test("a title shown once scores below one shown consistently many times")
  func consistency() {
    let title = Self.titles[1]
    #expect(abs(FeaturedArtwork.consistency(title, ["2-a": 1]) - 0.5) < 1e-12)
    #expect(abs(FeaturedArtwork.consistency(title, ["2-a": 15]) - 15.0 / 16) < 1e-12)
    #expect(abs(FeaturedArtwork.consistency(title, ["2-a": 14, "2-b": 5]) - 9.0 / 20) < 1e-12)
  }

  @Test("a persona's tone on a title counts every image of that tone")
  func toneCountsAddVariants() {
    let title = Title(
      id: "9", name: "Nine", year: nil, genres: [.comedy], cast: [], maturityRating: .pg13, runtimeMinutes: 90,
      artwork: [ArtworkVariant(id: "9-a", tone: .epic, showsFace: false),
                ArtworkVariant(id: "9-b", tone: .whimsical, showsFace: false),
                ArtworkVariant(id: "9-c", tone: .whimsical, showsFace: false)])
    // The single commonest image is epic, but whimsical images were shown more.
    #expect(FeaturedArtwork.dominantTone(title, ["9-a": 5, "9-b": 3, "9-c": 3]) == .whimsical)
    #expect(FeaturedArtwork.dominant(["9-a": 5, "9-b": 3, "9-c": 3]) == "9-a")
  }
}
