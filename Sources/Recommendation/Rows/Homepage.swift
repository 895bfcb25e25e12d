/// A homepage: rows of titles from top to bottom.
public struct Homepage: Hashable, Sendable {
  /// The rows, top first.
  public let rows: [HomepageRow]

  /// Creates a homepage.
  public init(rows: [HomepageRow]) { self.rows = rows }

  /// Every title on the page, row by row.
  public var titles: [Int] { rows.flatMap(\.titles) }
}
