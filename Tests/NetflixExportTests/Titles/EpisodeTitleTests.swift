import Testing
@testable import NetflixExport

@Suite("Episode titles")
struct EpisodeTitleTests {
  @Test("show, season and episode", arguments: [
    ("Stranger Things: Season 2: Chapter One: MADMAX", "Stranger Things", "Season 2", "Chapter One: MADMAX"),
    ("The Queen's Gambit: Limited Series: Openings", "The Queen's Gambit", "Limited Series", "Openings"),
    ("Money Heist: Part 1: Episode 1", "Money Heist", "Part 1", "Episode 1"),
    ("Star Wars: The Clone Wars: Season 1: Ambush", "Star Wars: The Clone Wars", "Season 1", "Ambush"),
    ("Love, Death & Robots: Volume 1: Sonnie's Edge", "Love, Death & Robots", "Volume 1", "Sonnie's Edge"),
    ("Tear Along the Dotted Line: Season 1: \"Episode 6\"", "Tear Along the Dotted Line", "Season 1", "Episode 6"),
  ])
  func episodes(title: String, show: String, season: String, episode: String) {
    let parsed = EpisodeTitle(title)
    #expect(parsed.show == show)
    #expect(parsed.season == season)
    #expect(parsed.episode == episode)
    #expect(parsed.isEpisode)
  }

  @Test("an episode without a season")
  func chapterOnly() {
    let parsed = EpisodeTitle("Some Show: Chapter 3")
    #expect(parsed.show == "Some Show")
    #expect(parsed.season == nil)
    #expect(parsed.episode == "Chapter 3")
  }

  @Test("films stand by themselves, colons and all", arguments: ["The Matrix", "Mission: Impossible", "Black Mirror: Bandersnatch"])
  func films(title: String) {
    let parsed = EpisodeTitle(title)
    #expect(parsed.show == title)
    #expect(!parsed.isEpisode)
  }
}
