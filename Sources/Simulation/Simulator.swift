import Catalog
import Dispatch
import Events
import Factorization
import Support
import Platform
import Population
import Scenarios

/// Runs a scenario: the population uses the platform day after day, every
/// step is written to the event log as the platform would record it, and
/// the platform learns from the log alone.
///
/// Each day, every household is simulated against the platform as it stood
/// at the start of the day (households in parallel, each with its own
/// seeded generator); the day's events are merged in time order and the
/// platform ingests them: artwork feedback, popularity, fold-in of the
/// active profiles, and a full retrain every few days. The same scenario,
/// seed and machine give the same log byte for byte whatever the thread
/// count.
public struct Simulator: Sendable {
  /// The scenario.
  public let scenario: Scenario
  /// The catalog.
  public let catalog: Catalog
  /// Worker threads.
  public let threads: Int
  /// Run settings beyond the scenario.
  public let configuration: SimulationConfiguration
  private let givenPopulation: Population?
  private let scripted: [Event]

  /// Prepares a run.
  ///
  /// - Parameters:
  ///   - population: a population to use instead of building one from the
  ///     scenario (tests that scramble hidden truth, or reuse one).
  ///   - scripted: events replayed as they are (``ScriptedEventReplay``),
  ///     each merged into the log on the day its timestamp falls on.
  public init(
    scenario: Scenario, catalog: Catalog, threads: Int = ParallelLoop.allCores.threads,
    configuration: SimulationConfiguration = SimulationConfiguration(),
    population: Population? = nil, scripted: [Event] = []
  ) {
    self.scenario = scenario
    self.catalog = catalog
    self.threads = max(1, threads)
    self.configuration = configuration
    self.givenPopulation = population
    self.scripted = scripted
  }

  /// The clock of a run: the configured start date, the scenario's days and
  /// the time zones of a population.
  public func clock(for population: Population) -> SimulationClock {
    SimulationClock(
      start: configuration.startDate, days: configuration.days ?? scenario.days,
      timeZones: Set(population.members.map(\.timeZone)))
  }

  /// The platform's settings for this run, with the scenario's data policy
  /// as what the platform collects.
  public var platformConfiguration: PlatformConfiguration {
    var platform = PlatformConfiguration(
      settings: scenario.platform, seed: scenario.seed, threads: threads,
      retrainEveryDays: configuration.retrainEveryDays)
    platform.collection = CollectionPolicy(scenario.dataPolicy)
    return platform
  }

  /// Runs the simulation.
  ///
  /// - Parameters:
  ///   - progress: called on the calling thread as the run advances.
  ///   - eventSink: called with each day's events in log order (for
  ///     streaming very long logs to disk).
  public func run(
    progress: ((SimulationProgress) -> Void)? = nil,
    eventSink: (([Event]) -> Void)? = nil
  ) -> SimulationResult {
    let started = DispatchTime.now().uptimeNanoseconds
    let days = configuration.days ?? scenario.days
    progress?(SimulationProgress(phase: .preparing, daysCompleted: 0, days: days, events: 0))
    let population =
      givenPopulation
      ?? Population(
        scenario: scenario, catalog: catalog, crowdMembers: configuration.crowdMembers,
        threads: threads)
    let clock = clock(for: population)
    var platform = StreamingPlatform(catalog: catalog, configuration: platformConfiguration)
    var log: [Event] = []
    var offered: [Event] = []
    var sessions: [SessionRecord] = []
    var perDay: [Int] = []
    let households = population.households.count
    let chunk = max(1, min(64, households / (4 * threads) + 1))
    for day in 0..<days {
      progress?(
        SimulationProgress(
          phase: .simulatingDay, daysCompleted: day, days: days, events: perDay.reduce(0, +)))
      let notifications = Dictionary(
        platform.notifications(dayStart: clock.dayStart(day)).map { ($0.profile, $0) },
        uniquingKeysWith: { first, _ in first })
      let context = DayContext(
        day: day, seed: scenario.seed, population: population, platform: platform,
        catalog: catalog, clock: clock, behavior: configuration.behavior,
        notifications: notifications)
      let results = ParallelLoop(threads: threads).mapChunks(count: households, chunkSize: chunk) {
        range in
        range.map { h in
          var simulation = HouseholdDay(context: context, household: h)
          simulation.run()
          return (simulation.events, simulation.sessions)
        }
      }.flatMap { $0 }
      var merged: [(time: Timestamp, household: Int, order: Int, event: Event)] = []
      merged.reserveCapacity(results.reduce(0) { $0 + $1.0.count })
      for (h, result) in results.enumerated() {
        for (order, entry) in result.0.enumerated() {
          merged.append((entry.time, h, order, entry.event))
        }
        sessions += result.1
      }
      // Scripted events of the day, after the simulated ones at equal times.
      let dayRange = clock.dayStart(day)..<clock.dayStart(day + 1)
      for (order, event) in scripted.enumerated() where dayRange.contains(event.timestamp.secondsSinceEpoch) {
        merged.append((event.timestamp, households, order, event))
      }
      merged.sort { a, b in
        if a.time.secondsSinceEpoch != b.time.secondsSinceEpoch {
          return a.time.secondsSinceEpoch < b.time.secondsSinceEpoch
        }
        return (a.household, a.order) < (b.household, b.order)
      }
      // The hand-off: the platform stores only what its collection policy
      // keeps (no partner records, coarse addresses, … under a minimising
      // one); its log is what it stored.
      let dayEvents = merged.map(\.event)
      let stored = platform.collect(dayEvents)
      perDay.append(stored.count)
      eventSink?(stored)
      progress?(
        SimulationProgress(
          phase: .updatingPlatform, daysCompleted: day, days: days, events: perDay.reduce(0, +)))
      platform.endOfDay(stored)
      if configuration.keepsEvents {
        log += stored
        if !platform.configuration.collection.collectsEverything { offered += dayEvents }
      }
    }
    progress?(
      SimulationProgress(phase: .finished, daysCompleted: days, days: days, events: perDay.reduce(0, +)))
    return SimulationResult(
      record: PlatformRecord(events: log, eventsPerDay: perDay, platform: platform, catalog: catalog),
      truth: SimulationTruth(population: population, sessions: sessions),
      seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9,
      offered: platform.configuration.collection.collectsEverything ? nil : offered)
  }
}
