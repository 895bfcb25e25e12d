import Catalog
import Events

/// The result of reading an export: the events in time order, the rows
/// rejected, the summary, and the catalog of the titles the events name.
public struct NetflixImport: Sendable {
  /// The events, in time order (file order for equal instants).
  public let events: [Event]
  /// The rows that did not become events, in file order.
  public let rejects: [RowReject]
  /// What was read and made of it.
  public let summary: ImportSummary
  /// Every title the events name: the person's catalog's where matched
  /// (with genres and cast), a genre-less title of its own otherwise.
  public let catalog: Catalog
}
