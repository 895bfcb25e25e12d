import Datasets
import Evaluation
import Factorization
import TestSupport
import Testing

@Suite("The shared evaluation protocol")
struct TimeSplitTests {
  @Test("the last 20% by (timestamp, title) are held out for users with at least 5")
  func split() {
    var rows: [Interaction] = []
    // User a: 10 interactions, times 10..1 reversed; the 2 latest are titles 1 and 2.
    for i in 1...10 { rows.append(Interaction(user: "a", item: Label(i), value: 1, timestamp: Int64(11 - i))) }
    // User b: 4 interactions (train only). User c: 6 with a tie on the last timestamp.
    for i in 1...4 { rows.append(Interaction(user: "b", item: Label(i), value: 1, timestamp: 1)) }
    for i in 1...6 { rows.append(Interaction(user: "c", item: Label(i), value: 1, timestamp: i >= 5 ? 9 : Int64(i))) }
    let split = TimeSplit(rows)
    let a = split.users.index(of: "a")!, b = split.users.index(of: "b")!, c = split.users.index(of: "c")!
    #expect(split.heldOut[a] == [split.items.index(of: "1")!, split.items.index(of: "2")!])
    #expect(split.heldOut[b].isEmpty)
    // int(6 × 0.2) = 1: the tie at time 9 is broken by the larger title label, 6.
    #expect(split.heldOut[c] == [split.items.index(of: "6")!])
    #expect(split.testCount == 3)
    #expect(split.train.nonZeroCount == 20 - 3)
    #expect(split.train.count(ofRow: a) == 8)
  }

  @Test("popularity baseline ranks by training users and skips seen titles")
  func popularity() {
    let train = SparseMatrixFixture.make()
    let ranker = PopularityRanker(train)
    #expect(ranker.order == [2, 0, 1, 3])
    #expect(ranker.recommend(user: 0, count: 2, excluding: train) == [0, 1])
  }

  @Test("ml-latest-small: ALS lands within 0.005 of implicit and beats popularity (SharedData)",
        .enabled(if: SharedData.isAvailable("ml-latest-small/ratings.csv")))
  func sharedDataParity() throws {
    let rows = try InteractionReader.read(path: SharedData.path("ml-latest-small/ratings.csv"))
    let config = ImplicitALS(factors: 64, regularization: 0.01,
                             confidence: Confidence(scaling: .linear(alpha: 1), convention: .implicitLibrary),
                             iterations: 15)
    let report = EvaluationProtocol(model: config).run(rows)
    // Figures of shared/bench/implicit_als.py eval with the same settings.
    #expect(report.model.usersEvaluated == 610)
    #expect(report.testInteractions == 19_940)
    #expect(abs(report.popularity.precision - 0.0723) < 0.00005)
    #expect(abs(report.popularity.ndcg - 0.0867) < 0.00005)
    #expect(abs(report.model.precision - 0.0974) < 0.005)
    #expect(abs(report.model.ndcg - 0.1102) < 0.005)
    #expect(report.model.precision > report.popularity.precision)
    #expect(report.model.ndcg > report.popularity.ndcg)
  }
}

import LinearAlgebra

enum SparseMatrixFixture {
  /// Title 2 seen by 3 users, title 0 by 2, title 1 by 1, title 3 by none.
  static func make() -> SparseMatrix {
    SparseMatrix(rows: 3, columns: 4, entries: [(0, 2, 1), (1, 2, 1), (2, 2, 1), (1, 0, 1), (2, 0, 1), (2, 1, 1)])
  }
}
