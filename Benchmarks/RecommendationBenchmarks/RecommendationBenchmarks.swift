// Benchmarks of the platform's serving paths: one artwork decision per
// policy (goal: under 20 µs) and full homepages for 10,000 profiles
// (goal: under 2 s). Run:
// `swift package benchmark --target RecommendationBenchmarks --no-progress`.
import Artwork
import Benchmark
import Catalog
import Events
import Factorization
import LinearAlgebra
import Recommendation

/// A 3,000-title catalog with synthesized artwork.
let catalog = CatalogGenerator(size: 3_000, seed: 4).generate()
let artwork = ArtworkIndex(catalog: catalog)
let catalogIndex = CatalogIndex(catalog: catalog)

/// Contexts of profiles with some history.
let contexts: [ArtworkContext] = {
  var random = SeededGenerator(seed: 8)
  return (0..<256).map { i in
    var context = ArtworkContext.unknown(
      genres: artwork.genres.count, dayPart: DayPart.allCases[i % 4],
      device: DeviceType.allCases[i % DeviceType.allCases.count])
    for t in context.toneShares.indices { context.toneShares[t] = random.nextUnitDouble() }
    for t in context.toneAlignment.indices { context.toneAlignment[t] = random.nextGaussian() * 0.3 }
    for g in context.genreShares.indices { context.genreShares[g] = random.nextUnitDouble() * 0.3 }
    for _ in 0..<20 {
      context.castShares[Int(random.next() % UInt64(max(1, artwork.featuredCast.count)))] = 0.1
    }
    return context
  }
}()

/// A policy trained on 20,000 random impressions.
func trained<P: ArtworkPolicy>(_ policy: P) -> P {
  var policy = policy
  var random = SeededGenerator(seed: 9)
  let batch = (0..<20_000).map { _ -> ArtworkFeedback in
    let title = Int(random.next() % UInt64(artwork.titleCount))
    let variant = Int(random.next() % UInt64(artwork.variantCount(of: title)))
    return ArtworkFeedback(
      title: title, variant: variant, context: contexts[Int(random.next() % 256)],
      reward: random.nextUnitDouble() < 0.06 ? 1 : 0)
  }
  policy.learn(batch)
  return policy
}

let benchmarks: @Sendable () -> Void = {
  let decisions = 10_000
  let artworkConfiguration = Benchmark.Configuration(
    metrics: [.wallClock], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)
  let policies: [any ArtworkPolicy] = [
    UniformRandomPolicy(index: artwork), trained(EpsilonGreedyPolicy.bestOverall(index: artwork)),
    trained(LinUCBPolicy(index: artwork)), trained(LinearThompsonPolicy(index: artwork)),
  ]
  for policy in policies {
    Benchmark(
      "artwork decision \(policy.name) (×\(decisions))", configuration: artworkConfiguration
    ) { benchmark in
      var random = SeededGenerator(seed: 1)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        for i in 0..<decisions {
          blackHole(
            policy.choose(title: (i &* 7919) % artwork.titleCount, context: contexts[i & 255], random: &random))
        }
      }
      benchmark.stopMeasurement()
    }
  }

  Benchmark(
    "homepages for 10,000 profiles, 3,000 titles, k=32",
    configuration: .init(metrics: [.wallClock, .cpuTotal], warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 5)
  ) { benchmark in
    var random = SeededGenerator(seed: 2)
    let k = 32
    let profiles = 10_000
    let items = DenseMatrix(
      rows: catalog.count, columns: k, storage: (0..<(catalog.count * k)).map { _ in Float(random.nextGaussian()) * 0.3 })
    let tastes: [[Float]?] = (0..<profiles).map { _ in (0..<k).map { _ in Float(random.nextGaussian()) * 0.3 } }
    let popularity = (0..<catalog.count).map { _ in Float(random.nextUnitDouble() * 100) }
    let regional = (0..<catalog.count).map { _ in Float(random.next() % 4 == 0 ? random.nextUnitDouble() * 20 : 0) }
    let requests = (0..<profiles).map { u in
      HomepageRequest(
        scores: nil, popularity: popularity, regional: ("Berlin", regional),
        becauseYouWatched: (u % catalog.count, []), continueWatching: [(u * 13) % catalog.count],
        excluded: Set((0..<30).map { (u * 31 + $0 * 97) % catalog.count }),
        topGenres: [catalogIndex.genres[u % 5], catalogIndex.genres[(u + 2) % 7]],
        maximumMaturity: u % 10 == 0 ? .pg : nil, tieBreakSeed: UInt64(u))
    }
    let builder = HomepageBuilder(index: catalogIndex)
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(builder.build(requests: requests, tastes: tastes, itemFactors: items, threads: 2))
    }
    benchmark.stopMeasurement()
  }
}
