import Catalog
import Testing
@testable import NetflixExport

@Suite("Matching titles to a catalog")
struct TitleMatcherTests {
  static let catalog = try! TitleCatalogFile.load(path: Fixture.catalog)

  @Test("case, punctuation, diacritics and MovieLens's trailing article")
  func keys() {
    #expect(TitleKey.of("The Matrix") == TitleKey.of("Matrix, The"))
    #expect(TitleKey.of("Amélie") == TitleKey.of("AMELIE"))
    #expect(TitleKey.of("Love, Death & Robots") == "love death and robots")
    #expect(TitleKey.names(of: "Amélie (Fabuleux destin d'Amélie Poulain)") == ["Amélie (Fabuleux destin d'Amélie Poulain)", "Amélie", "Fabuleux destin d'Amélie Poulain"])
  }

  @Test("catalog names as Netflix shows them")
  func displayNames() {
    #expect(TitleKey.displayName(of: "Matrix, The") == "The Matrix")
    #expect(TitleKey.displayName(of: "Amélie (Fabuleux destin d'Amélie Poulain)") == "Amélie")
    #expect(TitleKey.displayName(of: "Heat") == "Heat")
  }

  @Test("films, episodes by their show, and the year when the title has one")
  func matches() {
    let matcher = TitleMatcher(catalog: Self.catalog)
    #expect(matcher.resolve("The Matrix").id == "1")
    #expect(matcher.resolve("Amelie").id == "3")
    let episode = matcher.resolve("Stranger Things: Season 1: Chapter One: The Vanishing of Will Byers")
    #expect(episode.id == "4" && episode.matched && episode.name == "Stranger Things")
    let heat = matcher.resolve("Heat")
    #expect(heat.id == "2" && heat.ambiguous)
    #expect(matcher.resolve("Heat (1986)").id == "5")
    #expect(!matcher.resolve("Heat (1986)").ambiguous)
  }

  @Test("an unmatched title keeps a stable id of its own")
  func unmatched() {
    let matcher = TitleMatcher(catalog: Self.catalog)
    let first = matcher.resolve("Love, Death & Robots: Volume 1: Sonnie's Edge")
    #expect(!first.matched)
    #expect(first.id == matcher.resolve("Love, Death & Robots: Volume 2: Pop Squad").id)
    #expect(first.id == TitleMatcher(catalog: nil).resolve("love death and robots").id)
    #expect(first.id.hasPrefix("nf-love-death-and-robots-"))
  }

  @Test("ids of profiles are slugs with a stable hash; names that slug alike differ")
  func identity() {
    #expect(ExportIdentity.profile("Anna") == ExportIdentity.profile("Anna"))
    #expect(ExportIdentity.profile("Mom").hasPrefix("p-mom-"))
    #expect(ExportIdentity.profile("Mom") != ExportIdentity.profile("Mom!"))
    #expect(ExportIdentity.slug("Zoë & Léa") == "zoe-lea")
  }
}
