// swift-tools-version: 6.1
// libFuzzer targets for Glasshouse's readers of untrusted input (issue 15,
// "A fuzzer in the project"). A package of its own, so the main package's
// `swift build` and `swift test` do not change; it depends on the main
// package by path. Build and run with `Fuzz/run.sh TARGET SECONDS`
// (Fuzz/README.md): the script adds `-sanitize=fuzzer,address` to every
// Swift module, so the engine's code is instrumented for coverage too.
//
//   CLibFuzzer        the declaration of libFuzzer's driver
//   FuzzSupport       scratch files, line splitting, the violation report
//   FuzzEvents        event log lines: EventLogReader and Event(jsonLine:)
//   FuzzScenario      scenario files: ScenarioLoader
//   FuzzCatalog       catalog files (YAML/JSON): CatalogFile
//   FuzzInteractions  MovieLens interaction files: InteractionReader
import PackageDescription

// Each fuzz target exports `LLVMFuzzerTestOneInput` and its main.swift runs
// libFuzzer's driver on it (`LLVMFuzzerRunDriver`, declared in CLibFuzzer):
// SwiftPM renames an executable's `main` in debug builds, so libFuzzer's own
// `main` with `-parse-as-library` does not link.
// -O: the checks run on every input, and at -Onone they took a third of
// the time of one.
let fuzzerSwift: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-O"])]
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
let engine = Target.Dependency.product(name: "GlasshouseEngine", package: "Glasshouse")

let package = Package(
  name: "GlasshouseFuzz",
  dependencies: [.package(name: "Glasshouse", path: "..")],
  targets: [
    .target(name: "CLibFuzzer"),
    .target(
      name: "FuzzSupport", dependencies: [engine],
      swiftSettings: fuzzerSwift),
    .executableTarget(
      name: "FuzzEvents", dependencies: ["CLibFuzzer", "FuzzSupport", engine],
      swiftSettings: fuzzerSwift, linkerSettings: fuzzerLink),
    .executableTarget(
      name: "FuzzScenario", dependencies: ["CLibFuzzer", "FuzzSupport", engine],
      swiftSettings: fuzzerSwift, linkerSettings: fuzzerLink),
    .executableTarget(
      name: "FuzzCatalog", dependencies: ["CLibFuzzer", "FuzzSupport", engine],
      swiftSettings: fuzzerSwift, linkerSettings: fuzzerLink),
    .executableTarget(
      name: "FuzzInteractions", dependencies: ["CLibFuzzer", "FuzzSupport", engine],
      swiftSettings: fuzzerSwift, linkerSettings: fuzzerLink),
  ]
)
