import Catalog
import LinearAlgebra
import Recommendation
import Testing

/// The optimised builder (flat reusable mask, buffers, partial selection)
/// must give exactly the pages of the reference builder it replaced.
@Suite("Homepage builder equals the reference")
struct HomepageEquivalenceTests {
  static let catalog = CatalogGenerator(size: 300, seed: 5).generate()
  static let index = CatalogIndex(catalog: catalog)

  /// Values with many ties (a few levels), sometimes a NaN.
  static func values(_ random: inout SeededGenerator, levels: UInt64, nan: Bool) -> [Float] {
    (0..<index.count).map { _ in
      nan && random.next() % 97 == 0 ? .nan : Float(random.next() % levels)
    }
  }

  static func request(_ random: inout SeededGenerator, seed: UInt64) -> HomepageRequest {
    let n = Self.index.count
    let nan = random.next() % 4 == 0
    let levels = [3, 20, 1_000][Int(random.next() % 3)]
    var regional = values(&random, levels: UInt64(levels), nan: nan)
    for t in regional.indices where random.next() % 3 != 0 { regional[t] = 0 }
    let limits: [MaturityRating?] = [nil, nil, .g, .pg, .pg13, .r]
    return HomepageRequest(
      scores: random.next() % 5 == 0 ? nil : values(&random, levels: UInt64(levels), nan: nan),
      popularity: values(&random, levels: UInt64(levels), nan: nan),
      regional: random.next() % 3 == 0 ? nil : ("R\(random.next() % 3)", regional),
      becauseYouWatched: random.next() % 3 == 0
        ? nil : (Int(random.next() % UInt64(n)), values(&random, levels: UInt64(levels), nan: nan)),
      continueWatching: (0..<Int(random.next() % 4)).map { _ in Int(random.next() % UInt64(n)) },
      excluded: Set((0..<Int(random.next() % 40)).map { _ in Int(random.next() % UInt64(n)) }),
      topGenres: (0..<Int(random.next() % 4)).map { _ in
        Self.index.genres[Int(random.next() % UInt64(Self.index.genres.count))]
      },
      maximumMaturity: limits[Int(random.next() % UInt64(limits.count))], tieBreakSeed: seed)
  }

  @Test("Single pages equal the reference on random requests with ties, NaNs and kids' limits")
  func singlePages() {
    var random = SeededGenerator(seed: 21)
    for trial in 0..<400 {
      let rowLength = Int(random.next() % 12) + 1
      let genreRows = Int(random.next() % 5)
      let builder = HomepageBuilder(index: Self.index, rowLength: rowLength, genreRows: genreRows)
      let reference = ReferenceHomepageBuilder(index: Self.index, rowLength: rowLength, genreRows: genreRows)
      let request = Self.request(&random, seed: UInt64(trial))
      #expect(builder.build(request) == reference.build(request), "trial \(trial)")
      #expect(builder.popularityBaseline(request) == reference.popularityBaseline(request), "trial \(trial)")
    }
  }

  @Test("Batch pages equal the reference when the factor scores are exact")
  func batchPages() {
    // Small whole-number factors: sgemm and the scalar loop agree exactly
    // and the scores have many ties.
    var random = SeededGenerator(seed: 22)
    let k = 4
    let items = DenseMatrix(
      rows: Self.index.count, columns: k,
      storage: (0..<(Self.index.count * k)).map { _ in Float(Int(random.next() % 5) - 2) })
    let tastes: [[Float]?] = (0..<90).map { u in
      u % 9 == 0 ? nil : (0..<k).map { _ in Float(Int(random.next() % 5) - 2) }
    }
    var requests: [HomepageRequest] = []
    for u in tastes.indices {
      var request = Self.request(&random, seed: UInt64(u))
      request.becauseYouWatched = nil
      requests.append(request)
    }
    let builder = HomepageBuilder(index: Self.index, rowLength: 7, genreRows: 3)
    let reference = ReferenceHomepageBuilder(index: Self.index, rowLength: 7, genreRows: 3)
    let pages = builder.build(requests: requests, tastes: tastes, itemFactors: items, threads: 2, blockSize: 16)
    for (u, request) in requests.enumerated() {
      var single = request
      single.scores = tastes[u].map { FactorScorer.scores(taste: $0, items: items) }
      #expect(pages[u] == reference.build(single), "profile \(u)")
    }
  }
}
