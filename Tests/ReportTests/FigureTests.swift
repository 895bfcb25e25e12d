import Catalog
import Testing

@testable import Report

@Suite("Figures and number formatting")
struct FigureTests {
  @Test("numbers are written the same everywhere")
  func numbers() {
    #expect(NumberText.fixed(0.125, 2) == "0.13")
    #expect(NumberText.fixed(-0.0001, 2) == "0.00")
    #expect(NumberText.fixed(-1.25, 1) == "-1.3")
    #expect(NumberText.fixed(12, 0) == "12")
    #expect(NumberText.fixed(0.05, 3) == "0.050")
    #expect(NumberText.fixed(.nan) == "0")
    #expect(NumberText.coordinate(3.0) == "3")
    #expect(NumberText.coordinate(2.46) == "2.5")
    #expect(NumberText.percent(0.734) == "73%")
  }

  @Test("two variants of a title draw differently: tone palette, cast name, genre cue")
  func posters() {
    let dark = ArtworkVariant(id: "1-v1", featuredCast: "Maya Okafor", genreCue: .horror, tone: .dark, showsFace: true)
    let romantic = ArtworkVariant(id: "1-v2", tone: .romantic, showsFace: false)
    let title = Title(
      id: "1", name: "Night Tide Over the Long Harbour Again", year: 2001, genres: [.horror, .romance], cast: ["Maya Okafor"],
      maturityRating: .r, runtimeMinutes: 100, artwork: [dark, romantic])
    let a = PosterCard(title: title, variant: dark).svg.markup
    let b = PosterCard(title: title, variant: romantic).svg.markup
    #expect(a != b)
    #expect(a.contains("MAYA OKAFOR") && a.contains("HORROR") && a.contains(Palette.poster(.dark).background))
    #expect(!b.contains("MAYA OKAFOR") && b.contains(Palette.poster(.romantic).background))
    #expect(PosterCard.wrap("Night Tide Over the Long Harbour Again", width: 15, lines: 2) == ["Night Tide Over", "the Long…"])
    #expect(PosterCard.wrap("Short", width: 15, lines: 2) == ["Short"])
  }
}
