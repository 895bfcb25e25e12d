// swift-tools-version: 6.1
// Glasshouse: a simulator of a streaming platform's personalization core.
//
// Modules, in the order data flows through them (each depends only on
// modules above it):
//
//   Support          seeded randomness, the parallel loop, the stable hash, the line reader
//   COpenBLAS        C system library: CBLAS and LAPACK from libopenblas
//   LinearAlgebra    dense and sparse Float matrices over BLAS
//   Factorization    implicit ALS, explicit MF, fold-in, top-N scoring
//   Datasets         interaction files in MovieLens layouts
//   Evaluation       the shared ranking-evaluation protocol
//   Events           the platform's typed event log and its ingestion
//   Signals          events → implicit-feedback values per (profile, title)
//   Catalog          titles and their artwork variants
//   Scenarios        YAML scenario files describing a demonstration
//   DataAccess       what the platform holds about a profile, as a privacy page shows it
//   Recommendation   the homepage: rows of titles with evidence
//   Artwork          choosing the artwork variant shown (bandit policies)
//   Platform         the streaming service: sees only events and its models
//   Inference        what the platform concludes about each person, how sure, and why
//   Beliefs          the platform's whole inferred profile of each person, from its log alone
//   Population       simulated people and their hidden true traits
//   Simulation       the day loop where the population uses the platform
//   Assessment       beliefs beside hidden truth; scenario expectations checked
//   DataFlows        what leaves the platform: recipients and what they infer
//   Report           the self-contained HTML report of a run
//   Counterfactual   what the platform would believe without some events
//   NetflixExport    a person's own Netflix data export read into (and written from) the event log
//   Interchange      factors and interaction matrices shared with other engines (Spark MLlib)
//   GlasshouseCLI    the `glasshouse` command
import PackageDescription

let package = Package(
  name: "Glasshouse",
  products: [
    .library(
      name: "GlasshouseEngine",
      targets: [
        "Support", "LinearAlgebra", "Factorization", "Datasets", "Evaluation", "Events",
        "Signals", "Catalog", "Scenarios", "Recommendation", "Artwork", "Platform",
        "Population", "Simulation", "DataAccess", "Inference", "Beliefs", "Assessment", "Report", "DataFlows",
        "Counterfactual", "Interchange",
      ]),
    .executable(name: "glasshouse", targets: ["GlasshouseCLI"]),
  ],
  dependencies: [
    .package(
      url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
      traits: ["MallocInterposer"]),
  ],
  targets: [
    // MARK: Engine
    .systemLibrary(
      name: "COpenBLAS",
      providers: [.apt(["libopenblas-dev"])]),
    // What is not linear algebra: seeded randomness, the deterministic
    // parallel loop, the stable hash, the line reader. Modules that need only
    // these depend on Support and do not link OpenBLAS.
    .target(
      name: "Support"),
    .target(
      name: "LinearAlgebra",
      dependencies: ["COpenBLAS", "Support"]),
    .target(
      name: "Factorization",
      dependencies: ["LinearAlgebra", "COpenBLAS"]),
    .target(
      name: "Datasets",
      dependencies: ["Support"]),
    .target(
      name: "Evaluation",
      dependencies: ["Factorization", "Datasets", "LinearAlgebra"]),

    .target(
      name: "Events",
      dependencies: ["Support"]),
    .target(
      name: "Catalog",
      dependencies: ["Datasets", "Support", .product(name: "Yams", package: "Yams")]),
    .target(
      name: "Signals",
      dependencies: ["Events", "Datasets"]),
    .target(
      name: "Scenarios",
      dependencies: ["Catalog", "Datasets", .product(name: "Yams", package: "Yams")]),

    .target(
      name: "DataAccess",
      dependencies: ["Events"]),
    .target(
      name: "Recommendation",
      dependencies: ["Factorization", "Catalog", "Datasets", "LinearAlgebra"]),
    .target(
      name: "Artwork",
      dependencies: ["Catalog", "Events", "LinearAlgebra"]),
    // The platform must never see hidden truth: it does not depend on
    // Population or Simulation (checked by BeliefsTests' TruthWallTests).
    .target(
      name: "Platform",
      dependencies: [
        "Events", "Signals", "Catalog", "Datasets", "Factorization", "LinearAlgebra", "Recommendation",
        "Artwork",
      ]),
    // Inference sees what the platform sees (events, catalog, its models),
    // never the population's hidden truth.
    .target(
      name: "Inference",
      dependencies: [
        "Events", "Signals", "Catalog", "Factorization", "LinearAlgebra", "Datasets", "COpenBLAS", "Support",
      ]),
    // Everything the platform believes about a profile, computed once from
    // what it holds (log, catalog, models): truth-blind by construction (it
    // may not depend on Population, Simulation, Scenarios or Assessment;
    // checked by BeliefsTests' TruthWallTests).
    .target(
      name: "Beliefs",
      dependencies: [
        "Events", "Signals", "Catalog", "Factorization", "LinearAlgebra", "Datasets", "Inference", "Platform",
      ]),
    .target(
      name: "Population",
      dependencies: ["Catalog", "Datasets", "Scenarios", "Support"]),
    .target(
      name: "Simulation",
      dependencies: [
        "Platform", "Population", "Events", "Scenarios", "Catalog", "Artwork", "Recommendation",
        "Factorization", "Datasets", "Support",
      ]),

    // Where the platform's beliefs meet the hidden truth.
    .target(
      name: "Assessment",
      dependencies: [
        "Beliefs", "Simulation", "Inference", "Population", "Platform", "Scenarios", "Events", "Signals",
        "Catalog", "Factorization", "LinearAlgebra", "Datasets",
      ]),

    // What leaves the platform: recipients, contracts, what each can infer.
    .target(
      name: "DataFlows",
      dependencies: [
        "Assessment", "Beliefs", "Inference", "Events", "Signals", "Scenarios", "Catalog", "Simulation",
        "Platform", "Factorization", "LinearAlgebra", "Datasets", "Evaluation", "Support",
      ]),
    .target(
      name: "Report",
      dependencies: [
        "Assessment", "Beliefs", "Simulation", "Inference", "Catalog", "Events", "Platform", "DataFlows", "Scenarios",
        "Counterfactual", "Support",
      ]),

    // What the platform would believe without some of the events.
    .target(
      name: "Counterfactual",
      dependencies: [
        "Assessment", "Beliefs", "Inference", "Simulation", "Platform", "Events", "Signals", "Catalog",
        "Scenarios", "Factorization", "Datasets", "Artwork", "Support",
      ]),

    // Interaction matrices and factors exchanged with other engines (Spark MLlib ALS).
    .target(
      name: "Interchange",
      dependencies: ["Factorization", "Datasets", "Evaluation", "Signals", "Events", "LinearAlgebra", "Support"]),

    // A person's own Netflix data export (the ZIP of CSV files or its
    // folder) read into typed events, and events written back as one. The
    // platform's side: it may not depend on Population, Simulation,
    // Scenarios or Assessment (checked by BeliefsTests' TruthWallTests).
    .target(
      name: "NetflixExport",
      dependencies: [
        "Events", "Catalog", "Datasets", "Support", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),

    // MARK: Command line
    .executableTarget(
      name: "GlasshouseCLI",
      dependencies: [
        "LinearAlgebra", "Factorization", "Datasets", "Evaluation",
        "Events", "Signals", "Catalog", "Scenarios",
        "Platform", "Population", "Simulation", "DataAccess", "Inference", "Assessment", "Report", "DataFlows",
        "Counterfactual", "Interchange", "NetflixExport", "Beliefs", "Support",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // MARK: Tests
    .target(
      name: "TestSupport",
      dependencies: ["LinearAlgebra", "Catalog", "Datasets", "Events"],
      path: "Tests/TestSupport"),
    .testTarget(
      name: "SupportTests",
      dependencies: ["Support"]),
    .testTarget(
      name: "LinearAlgebraTests",
      dependencies: ["LinearAlgebra", "TestSupport"]),
    .testTarget(
      name: "FactorizationTests",
      dependencies: ["Factorization", "LinearAlgebra", "TestSupport"]),
    .testTarget(
      name: "DatasetsTests",
      dependencies: ["Datasets", "TestSupport"]),
    .testTarget(
      name: "EvaluationTests",
      dependencies: ["Evaluation", "Datasets", "Factorization", "LinearAlgebra", "TestSupport"]),
    .testTarget(
      name: "EventsTests",
      dependencies: ["Events", "Support"]),
    .testTarget(
      name: "SignalsTests",
      dependencies: ["Signals", "Events", "Datasets"]),
    .testTarget(
      name: "CatalogTests",
      dependencies: ["Catalog", "Datasets", "Support"]),
    .testTarget(
      name: "ScenariosTests",
      dependencies: ["Scenarios", "Catalog", "Support"]),

    // EndToEndTests runs the `glasshouse` binary, so it depends on the CLI
    // target without importing it.
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["TestSupport", "Events", "GlasshouseCLI"]),
    .testTarget(
      name: "AssessmentTests",
      dependencies: ["Assessment", "Simulation", "Scenarios", "Catalog", "TestSupport"]),
    .testTarget(
      name: "DataFlowsTests",
      dependencies: ["DataFlows", "Assessment", "Simulation", "Scenarios", "Catalog", "Events", "Platform", "Population", "Support", "TestSupport"]),
    .testTarget(
      name: "ReportTests",
      dependencies: ["Report", "Assessment", "Simulation", "Scenarios", "Catalog", "DataFlows", "TestSupport"]),
    .testTarget(
      name: "DataAccessTests",
      dependencies: ["DataAccess", "Events"]),
    .testTarget(
      name: "RecommendationTests",
      dependencies: ["Recommendation", "Catalog", "LinearAlgebra"]),
    .testTarget(
      name: "ArtworkTests",
      dependencies: ["Artwork", "Catalog", "LinearAlgebra"]),
    .testTarget(
      name: "BeliefsTests",
      dependencies: ["Beliefs", "Inference", "Catalog", "Events", "TestSupport"]),
    .testTarget(
      name: "PlatformTests",
      dependencies: ["Platform", "Events", "Catalog", "Recommendation"]),
    .testTarget(
      name: "InferenceTests",
      dependencies: [
        "Inference", "Events", "Catalog", "Factorization", "LinearAlgebra", "Datasets", "Signals", "Support",
        "TestSupport",
      ]),
    .testTarget(
      name: "PopulationTests",
      dependencies: ["Population", "Catalog", "Datasets", "Scenarios", "Support", "TestSupport"]),
    .testTarget(
      name: "CounterfactualTests",
      dependencies: ["Counterfactual", "Assessment", "Inference", "Simulation", "Scenarios", "Catalog", "Events", "LinearAlgebra", "TestSupport"]),
    .testTarget(
      name: "SimulationTests",
      dependencies: ["Simulation", "Platform", "Population", "Events", "Scenarios", "Catalog", "Artwork", "Recommendation", "Support"]),

    // NetflixExportTests runs the `glasshouse` binary too (CLI/), so it
    // depends on the CLI target without importing it.
    .testTarget(
      name: "NetflixExportTests",
      dependencies: [
        "NetflixExport", "Events", "Catalog", "Datasets", "Support", "GlasshouseCLI", "TestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Fixtures")]),

    .testTarget(
      name: "InterchangeTests",
      dependencies: ["Interchange", "Factorization", "Datasets", "Evaluation", "Events", "Signals", "LinearAlgebra", "TestSupport"]),

    // MARK: Benchmarks (swift package benchmark)
    .executableTarget(
      name: "FactorizationBenchmarks",
      dependencies: [
        "LinearAlgebra", "Factorization", "Datasets",
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/FactorizationBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    .executableTarget(
      name: "EventsBenchmarks",
      dependencies: [
        "Events", "Signals",
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/EventsBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    .executableTarget(
      name: "RecommendationBenchmarks",
      dependencies: [
        "Recommendation", "Artwork", "Factorization", "Catalog", "Events", "LinearAlgebra",
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/RecommendationBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    .executableTarget(
      name: "SimulationBenchmarks",
      dependencies: [
        "Simulation", "Population", "Scenarios", "Catalog",
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/SimulationBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    .executableTarget(
      name: "InferenceBenchmarks",
      dependencies: [
        "Beliefs", "Simulation", "Scenarios", "Catalog", "Events",
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/InferenceBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
  ]
)

// The compute-heavy modules are optimized (-O) in debug builds too. `swift
// test` and the scenario runs in CI use the debug build, and unoptimized
// Swift runs this code about ten times slower (the eleven bundled scenarios
// took 66 s instead of 820 s here, and the whole `swift test` run 49 s
// instead of several minutes). Tests still see internal symbols
// (-enable-testing stays on), and the outputs are the same: a scenario's
// events.jsonl, assessment and factors were byte-identical at -O and at
// -Onone. The CLI, the report, the scenario parser and the tests stay at -Onone.
let optimizedInDebug: Set<String> = [
  "Support", "LinearAlgebra", "Factorization", "Datasets", "Evaluation", "Events", "Catalog", "Signals",
  "Recommendation", "Artwork", "Platform", "Inference", "Beliefs", "Population", "Simulation", "Assessment",
  "DataFlows", "Counterfactual", "Interchange",
]
for target in package.targets where optimizedInDebug.contains(target.name) {
  target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-O"], .when(configuration: .debug))]
}
