/// One row of a homepage: what kind of row it is and its titles, left to
/// right, as catalog indices.
public struct HomepageRow: Hashable, Sendable {
  /// What the row is.
  public let kind: RowKind
  /// The titles (indices into the catalog), best first.
  public let titles: [Int]

  /// Creates a row.
  public init(kind: RowKind, titles: [Int]) {
    self.kind = kind
    self.titles = titles
  }
}
