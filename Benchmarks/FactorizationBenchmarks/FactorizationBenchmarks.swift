// Benchmarks of the factorization core on the MovieLens-1M-shaped matrix.
//
// The matrix is read from $GLASSHOUSE_BENCH_MATRIX, written by
// `python3 ../shared/bench/make_matrix.py > FILE` (6,040 users, 3,706
// titles, 1,000,209 values); Benchmarks/compare-implicit.sh does that and
// sets the variable. Without it a generated matrix of the same shape is
// used. Run: `swift package benchmark --target FactorizationBenchmarks`.
import Benchmark
import Datasets
import Factorization
import Foundation
import LinearAlgebra

/// The benchmark matrix, loaded once.
let benchmarkMatrix: SparseMatrix = {
  let environment = ProcessInfo.processInfo.environment
  if let path = environment["GLASSHOUSE_BENCH_MATRIX"], let rows = try? InteractionReader.read(path: path) {
    print("FactorizationBenchmarks: matrix from \(path)")
    return LabeledSparseMatrix(triples: rows.map { ($0.user, $0.item, $0.value) }).matrix
  }
  print("FactorizationBenchmarks: GLASSHOUSE_BENCH_MATRIX unset or unreadable; using a generated 6040 × 3706 matrix")
  let rows = SyntheticInteractions(users: 6_040, items: 3_706, interactions: 1_000_209).generate()
  return LabeledSparseMatrix(triples: rows.map { ($0.user, $0.item, $0.value) }).matrix
}()

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
    warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 10)

  for factors in [32, 64, 128] {
    for solver in [LeastSquaresSolver.conjugateGradient(steps: 3), .cholesky] {
      Benchmark("ALS iteration k=\(factors) \(solver.name)", configuration: configuration) { benchmark in
        let als = ImplicitALS(factors: factors, regularization: 0.01, solver: solver)
        var run = ImplicitALSRun(configuration: als, interactions: benchmarkMatrix)
        run.iterate()  // leave the near-zero random start, as in a real fit
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(run.iterate()) }
        benchmark.stopMeasurement()
      }
    }
  }

  Benchmark("top-10 for every user, seen excluded, k=64", configuration: configuration) { benchmark in
    let model = ImplicitALS(factors: 64, iterations: 2).train(benchmarkMatrix)
    let recommender = TopNRecommender()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(recommender.recommend(
        userFactors: model.userFactors, itemFactors: model.itemFactors, count: 10, excluding: benchmarkMatrix))
    }
    benchmark.stopMeasurement()
  }
}
