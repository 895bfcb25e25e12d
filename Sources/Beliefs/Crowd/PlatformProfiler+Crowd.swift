import Catalog
import Events

extension PlatformProfiler {
  /// A profiler of a log alone among a crowd of other people (a person's
  /// data export and the public labelled data they point to): every trait
  /// of ``init(log:catalog:)``, genres ranked against the crowd's genre
  /// mix, and for each profile that watched any of the crowd's titles its
  /// taste vector and, with the crowd's users file, the crowd classifier's
  /// guess of its age band and gender (``CrowdModel``).
  public init(log: EventLog, catalog: Catalog, crowd: CrowdModel) {
    beliefs = PlatformBeliefs(log: log, catalog: catalog, crowd: crowd)
  }

  /// The crowd the profiler places profiles among, if any.
  public var crowd: CrowdModel? { beliefs.crowd }
}
