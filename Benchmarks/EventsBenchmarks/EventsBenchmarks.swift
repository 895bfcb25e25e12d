// Throughput of event-log ingestion: how many events per second are read,
// parsed, validated, de-duplicated and ordered per profile.
//
// Run: swift package --scratch-path .build-events benchmark --target EventsBenchmarks --no-progress
// Events per second = 200,000 / wall-clock time of one iteration.
import Benchmark
import Events
import Foundation
import Signals

/// A realistic mix of small events: mostly heartbeats and impressions, as in
/// a platform's real logs.
func syntheticEvents(count: Int, seed: UInt64) -> [Event] {
  var state = seed
  func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  let start = Timestamp("2026-03-01T18:00:00+01:00")!
  return (0..<count).map { index in
    let profile = Int(next() % 2000)
    let title = "t-\(next() % 5000)"
    let playback = "pb-\(profile)-\(index / 50)"
    let position = Double(next() % 5_400_000) / 1000
    let payload: EventPayload
    switch next() % 20 {
    case 0..<8: payload = .heartbeat(title: title, playback: playback, position: position)
    case 8..<13:
      payload = .impression(
        title: title, row: "row-\(next() % 40)", rowIndex: Int(next() % 40),
        position: Int(next() % 20),
        artwork: title + "/a\(next() % 5)", propensity: Double(next() % 1000 + 1) / 1000)
    case 13: payload = .playStart(title: title, playback: playback, position: 0, runtime: 5400)
    case 14: payload = .stop(title: title, playback: playback, position: position, runtime: 5400)
    case 15: payload = .pause(title: title, playback: playback, position: position)
    case 16: payload = .search(query: "query \(next() % 100)", clicked: title)
    case 17: payload = .rating(title: title, rating: .thumbsUp)
    case 18: payload = .titlePageOpen(title: title)
    default:
      payload = .sessionStart(
        device: "d-\(profile)", deviceType: .tv, os: "Tizen 8", appVersion: "6.2.1",
        ip: IPAddress(ipv4: 0xC633_6400 | UInt32(next() % 256)), connection: .wifi)
    }
    let time = Timestamp(
      secondsSinceEpoch: start.secondsSinceEpoch + Int64(index) * 3 - Int64(next() % 60),
      nanoseconds: 0, offsetMinutes: 60)!
    return Event(
      id: "e-\(index)", timestamp: time, account: "a-\(profile / 3)", profile: "p-\(profile)",
      payload: payload)
  }
}

let eventCount = 200_000

/// The benchmark input: the same bytes every time (fixed seed), so it is
/// written once per machine and reused (written to a temporary name and
/// renamed, so a concurrent run never reads half a file).
let inputPath: String = {
  let path = NSTemporaryDirectory() + "glasshouse-events-benchmark-v1-\(eventCount).jsonl"
  if !FileManager.default.fileExists(atPath: path) {
    let partial = path + ".\(getpid()).partial"
    try! EventLogWriter.write(syntheticEvents(count: eventCount, seed: 7), to: partial)
    _ = rename(partial, path)
  }
  return path
}()

/// User plus system CPU time of this process, all threads, in seconds.
func processCPUSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
}

/// The same input's lines, for the Foundation baseline.
struct FoundationHeartbeat: Decodable {
  let v: Int
  let id: String
  let ts: String
  let type: String
  let source: String
  let account: String
  let profile: String?
  let title: String?
  let playback: String?
  let position: Double?
}

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .throughput],
    warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 10)

  // Besides wall-clock and CPU time, each iteration records its own rate:
  // events per wall-clock second and events per CPU-second of the whole
  // process (the latter is what other processes on the machine cannot take
  // away; twice it bounds the two-core rate).
  let perSecond = BenchmarkMetric.custom(
    "events per second", polarity: .prefersLarger, useScalingFactor: false)
  let perCPUSecond = BenchmarkMetric.custom(
    "events per CPU-second", polarity: .prefersLarger, useScalingFactor: false)
  let rateConfiguration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident, perSecond, perCPUSecond],
    warmupIterations: 1, maxDuration: .seconds(30), maxIterations: 20)

  for threads in [1, 2] {
    Benchmark(
      "ingestion: 200k events, \(threads) decoding thread(s)", configuration: rateConfiguration
    ) { benchmark in
      let reader = EventLogReader(threads: threads)
      for _ in benchmark.scaledIterations {
        let clock = ContinuousClock()
        let cpuBefore = processCPUSeconds()
        let started = clock.now
        let ingestion = try! reader.ingest(path: inputPath, rejectsPath: nil)
        precondition(ingestion.summary.accepted == eventCount)
        blackHole(ingestion)
        let wall = (clock.now - started).components
        let seconds = Double(wall.seconds) + Double(wall.attoseconds) * 1e-18
        benchmark.measurement(perSecond, Int(Double(eventCount) / seconds))
        benchmark.measurement(
          perCPUSecond, Int(Double(eventCount) / (processCPUSeconds() - cpuBefore)))
      }
    }
  }

  Benchmark("baseline: Foundation JSONDecoder, 200k events, 1 thread", configuration: configuration)
  { benchmark in
    let lines = try! String(contentsOfFile: inputPath, encoding: .utf8).split(separator: "\n").map {
      Data($0.utf8)
    }
    let decoder = JSONDecoder()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      for line in lines { blackHole(try? decoder.decode(FoundationHeartbeat.self, from: line)) }
    }
  }
}
