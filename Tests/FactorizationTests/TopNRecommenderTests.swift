import Factorization
import LinearAlgebra
import TestSupport
import Testing

@Suite("Top-N scoring")
struct TopNRecommenderTests {
  @Test("matches a brute-force sort and never returns an excluded title", arguments: [1, 7, 64])
  func bruteForce(blockSize: Int) {
    let users = RandomInteractions.dense(rows: 53, columns: 6, seed: 21)
    let items = RandomInteractions.dense(rows: 90, columns: 6, seed: 22)
    let seen = RandomInteractions.matrix(users: 53, items: 90, density: 0.3, seed: 23)
    let lists = TopNRecommender(blockSize: blockSize, threads: 2)
      .recommend(userFactors: users, itemFactors: items, count: 10, excluding: seen)
    for u in 0..<53 {
      let excluded = Set(seen.entries(ofRow: u).map(\.column))
      var scored: [(Int, Double)] = []
      for i in 0..<90 where !excluded.contains(i) {
        scored.append((i, (0..<6).reduce(0.0) { $0 + Double(users[u, $1]) * Double(items[i, $1]) }))
      }
      scored.sort { $0.1 > $1.1 }
      #expect(lists[u].allSatisfy { !excluded.contains($0.item) })
      #expect(lists[u].map(\.item) == scored.prefix(10).map(\.0), "user \(u)")
    }
  }

  @Test("fewer unseen titles than N gives a shorter list; a subset of users can be asked for")
  func shortLists() {
    let users = RandomInteractions.dense(rows: 3, columns: 2, seed: 1)
    let items = RandomInteractions.dense(rows: 4, columns: 2, seed: 2)
    let seen = SparseMatrix(rows: 3, columns: 4, entries: [(1, 0, 1), (1, 1, 1), (1, 2, 1)])
    let lists = TopNRecommender().recommend(users: [1, 2], userFactors: users, itemFactors: items, count: 10, excluding: seen)
    #expect(lists[0].map(\.item) == [3])
    #expect(lists[1].count == 4)
  }
}
