/// A one-to-one map between outside labels (user ids, title ids: any
/// hashable, comparable values) and dense indices `0..<count`.
///
/// Labels are numbered in ascending order, so the same set of labels always
/// gets the same indices whatever order the data arrived in.
public struct IndexMap<Label: Hashable & Comparable & Sendable>: Sendable {
  /// The labels; `labels[i]` has index `i`.
  public let labels: [Label]
  private let indexOfLabel: [Label: Int]

  /// Creates a map over the distinct labels of a sequence, sorted ascending.
  public init(labels: some Sequence<Label>) {
    let sorted = Array(Set(labels)).sorted()
    self.labels = sorted
    var index: [Label: Int] = [:]
    index.reserveCapacity(sorted.count)
    for (i, label) in sorted.enumerated() { index[label] = i }
    self.indexOfLabel = index
  }

  /// The number of labels.
  public var count: Int { labels.count }

  /// The index of a label, or `nil` when the label is unknown.
  public func index(of label: Label) -> Int? { indexOfLabel[label] }

  /// The label at an index.
  public func label(at index: Int) -> Label { labels[index] }
}

/// A sparse matrix whose rows and columns carry outside labels.
public struct LabeledSparseMatrix<RowLabel: Hashable & Comparable & Sendable,
                                  ColumnLabel: Hashable & Comparable & Sendable>: Sendable {
  /// The matrix over dense indices.
  public let matrix: SparseMatrix
  /// Row labels ↔ row indices.
  public let rowLabels: IndexMap<RowLabel>
  /// Column labels ↔ column indices.
  public let columnLabels: IndexMap<ColumnLabel>

  /// Builds the matrix from labeled triples: labels are mapped to indices in
  /// ascending order and duplicate (row, column) pairs are summed.
  public init(triples: [(row: RowLabel, column: ColumnLabel, value: Float)]) {
    let rowLabels = IndexMap(labels: triples.lazy.map(\.row))
    let columnLabels = IndexMap(labels: triples.lazy.map(\.column))
    let entries = triples.map {
      (row: rowLabels.index(of: $0.row)!, column: columnLabels.index(of: $0.column)!, value: $0.value)
    }
    self.rowLabels = rowLabels
    self.columnLabels = columnLabels
    self.matrix = SparseMatrix(rows: rowLabels.count, columns: columnLabels.count, entries: entries)
  }
}
