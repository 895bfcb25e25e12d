import Catalog
import Datasets
import Testing

@Suite("Synthetic catalog generator")
struct CatalogGeneratorTests {
  @Test("the same seed gives the same catalog, another seed another")
  func determinism() {
    let a = CatalogGenerator(size: 300, seed: 7).generate()
    let b = CatalogGenerator(size: 300, seed: 7).generate()
    let c = CatalogGenerator(size: 300, seed: 8).generate()
    #expect(a == b)
    #expect(a != c)
    #expect(a.count == 300)
    #expect(a.title(id: Label(300)) != nil)
    #expect(a.title(id: Label(301)) == nil)
  }

  @Test("genre shares follow MovieLens within 25% for every genre above 5%")
  func genreShares() {
    let catalog = CatalogGenerator(size: 6000, seed: 3).generate()
    let counts = Dictionary(uniqueKeysWithValues: catalog.genreCounts.map { ($0.genre, $0.titles) })
    #expect(Array(catalog.genres.prefix(2)) == [.drama, .comedy])
    let movieLensCounts: [(genre: Genre, titles: Double)] = [
      (.drama, 4361), (.comedy, 3756), (.thriller, 1894), (.action, 1828), (.romance, 1596),
      (.adventure, 1263), (.crime, 1199), (.sciFi, 980), (.horror, 978), (.fantasy, 779),
      (.children, 664), (.animation, 611), (.mystery, 573),
    ]
    for (genre, titles) in movieLensCounts {
      let expected = titles / 9742
      let share = Double(counts[genre] ?? 0) / 6000
      #expect(abs(share - expected) / expected < 0.25, "\(genre): \(share) vs MovieLens \(expected)")
    }
    #expect(counts[.imax] == nil)
    #expect(counts[.noGenresListed] == nil)
    let meanGenres = Double(catalog.titles.map(\.genres.count).reduce(0, +)) / 6000
    #expect(abs(meanGenres - 2.26) < 0.2)
  }

  @Test("genres co-occur like MovieLens: romance goes with comedy, not horror")
  func coOccurrence() {
    let titles = CatalogGenerator(size: 6000, seed: 4).generate().titles
    func share(of genre: Genre, given other: Genre) -> Double {
      let with = titles.filter { $0.genres.contains(other) }
      return Double(with.filter { $0.genres.contains(genre) }.count) / Double(with.count)
    }
    let romanceGivenComedy = share(of: .romance, given: .comedy)
    let romanceGivenHorror = share(of: .romance, given: .horror)
    #expect(romanceGivenComedy > 0.15)
    #expect(romanceGivenComedy > 2 * romanceGivenHorror)
    #expect(share(of: .thriller, given: .horror) > 0.3)
    let childrenOverall = Double(titles.filter { $0.genres.contains(.children) }.count) / 6000
    #expect(share(of: .children, given: .animation) > 3 * childrenOverall)
  }

  @Test("cast popularity is heavy-tailed and names are stable across seeds")
  func castPowerLaw() {
    let catalog = CatalogGenerator(size: 2000, seed: 5).generate()
    var appearances: [String: Int] = [:]
    for title in catalog.titles {
      #expect(Set(title.cast).count == title.cast.count)
      for name in title.cast { appearances[name, default: 0] += 1 }
    }
    let sorted = appearances.values.sorted(by: >)
    let median = sorted[sorted.count / 2]
    #expect(sorted[0] >= 10 * median, "top \(sorted[0]) vs median \(median)")
    // Performer 0 is among the most cast whatever the seed.
    let other = CatalogGenerator(size: 2000, seed: 6).generate()
    let otherCounts = other.titles.flatMap(\.cast).reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
    let topFive = Set(otherCounts.sorted { $0.value > $1.value }.prefix(5).map(\.key))
    #expect(topFive.contains("Maya Okafor"))
    #expect((appearances["Maya Okafor"] ?? 0) >= sorted[4])
  }

  @Test("every title has 2–6 artwork variants whose tags match its genres and cast")
  func artworkConsistency() {
    let catalog = CatalogGenerator(size: 1000, seed: 9).generate()
    var counts = Set<Int>()
    var tones = Set<ArtworkTone>()
    for title in catalog.titles {
      counts.insert(title.artwork.count)
      #expect((2...6).contains(title.artwork.count))
      #expect(Set(title.artwork.map(\.id)).count == title.artwork.count)
      for variant in title.artwork {
        tones.insert(variant.tone)
        if let cue = variant.genreCue {
          #expect(title.genres.contains(cue))
          #expect(variant.tone == ArtworkTone(cueing: cue))
        }
        if let performer = variant.featuredCast {
          #expect(title.cast.contains(performer))
          #expect(variant.showsFace)
        }
      }
    }
    #expect(counts.count >= 4)
    #expect(tones.count >= 7)
  }

  @Test("runtimes and ratings follow genres")
  func runtimesAndRatings() {
    let titles = CatalogGenerator(size: 4000, seed: 11).generate().titles
    func meanRuntime(_ genre: Genre) -> Double {
      let selected = titles.filter { $0.genres == [genre] }
      return Double(selected.map(\.runtimeMinutes).reduce(0, +)) / Double(max(1, selected.count))
    }
    #expect(meanRuntime(.drama) > meanRuntime(.comedy) + 8)
    for title in titles {
      #expect((60...210).contains(title.runtimeMinutes))
      if title.genres.contains(.horror) { #expect(title.maturityRating >= .pg13) }
      if title.genres == [.animation] || title.genres == [.children] {
        #expect(title.maturityRating <= .pg)
      }
      #expect((1900...2018).contains(title.year ?? 0))
    }
  }
}
