import Catalog
import Foundation
import Scenarios
import Testing

@testable import Report

@Suite("Escaping: text from scenarios, catalogs and logs can never become markup")
struct EscapingTests {
  static let attack = "<script>alert(\"x\")</script>\" onmouseover='alert(1)' &amp; <img src=x onerror=alert(2)>"

  @Test("escape turns every markup character into an entity")
  func escape() {
    #expect(HTML.escape("a < b & c > d \"e\" 'f'") == "a &lt; b &amp; c &gt; d &quot;e&quot; &#39;f&#39;")
    #expect(HTML.escape("ok\u{0}\u{7}") == "ok\u{FFFD}\u{FFFD}")
    #expect(HTML(text: "<b>").markup == "&lt;b&gt;")
    let element = HTML.element("p", ["title": "\"><script>"], HTML(text: "</p><script>"))
    #expect(element.markup == "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;/p&gt;&lt;script&gt;</p>")
  }

  @Test("hostile scenario, persona, description and title names come out as text")
  func hostileRun() throws {
    let fixture = try ReportFixture.make(crowd: 20, days: 7) { scenario, catalog in
      scenario.name = Self.attack
      scenario.description = Self.attack
      scenario.path = "/tmp/" + Self.attack
      for index in scenario.personas.indices { scenario.personas[index].name = Self.attack }
      let titles = catalog.titles.map { title in
        Title(
          id: title.id, name: Self.attack + " " + title.name, year: title.year, genres: title.genres,
          cast: title.cast, maturityRating: title.maturityRating, runtimeMinutes: title.runtimeMinutes,
          artwork: title.artwork.map {
            ArtworkVariant(id: $0.id, featuredCast: $0.featuredCast.map { Self.attack + $0 }, genreCue: $0.genreCue,
                           tone: $0.tone, showsFace: $0.showsFace)
          })
      }
      catalog = try Catalog(titles: titles)
    }
    let html = fixture.html
    let lowered = html.lowercased()
    #expect(!lowered.contains("<script"))
    #expect(!lowered.contains("<img"))
    #expect(!lowered.contains("' onmouseover"))
    #expect(!lowered.contains("\" onmouseover"))
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
    #expect(html.contains("&amp;amp;"))
    try HTMLReportTests.checkWellFormed(html)
  }
}
