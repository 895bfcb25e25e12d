import LinearAlgebra
import Testing

@Suite("Sparse matrices")
struct SparseMatrixTests {
  @Test("triples are sorted per row and duplicates summed")
  func duplicatesSummed() {
    let m = SparseMatrix(rows: 3, columns: 4, entries: [
      (2, 3, 1), (0, 2, 2), (0, 1, 3), (0, 2, 4), (2, 0, 5),
    ])
    #expect(m.rowStarts == [0, 2, 2, 4])
    #expect(m.columnIndices == [1, 2, 0, 3])
    #expect(m.values == [3, 6, 5, 1])
    #expect(m[0, 2] == 6)
    #expect(m[1, 1] == 0)
    #expect(m.maximumRowCount == 2)
  }

  @Test("transpose swaps rows and columns and twice is the identity")
  func transpose() {
    let m = SparseMatrix(rows: 2, columns: 3, entries: [(0, 2, 1), (1, 0, 2), (1, 2, 3)])
    let t = m.transposed()
    #expect(t.rows == 3 && t.columns == 2)
    #expect(t[2, 0] == 1 && t[0, 1] == 2 && t[2, 1] == 3)
    #expect(t.transposed() == m)
  }

  @Test("labeled triples map labels to sorted indices")
  func labels() {
    let labeled = LabeledSparseMatrix<String, Int>(triples: [
      ("zoe", 30, 1), ("adam", 10, 2), ("zoe", 10, 3), ("adam", 10, 4),
    ])
    #expect(labeled.rowLabels.labels == ["adam", "zoe"])
    #expect(labeled.columnLabels.labels == [10, 30])
    #expect(labeled.matrix[0, 0] == 6)
    #expect(labeled.matrix[1, 1] == 1)
    #expect(labeled.columnLabels.index(of: 99) == nil)
  }
}
