import Factorization
import LinearAlgebra
import TestSupport
import Testing

@Suite("Implicit ALS training")
struct ImplicitALSTests {
  @Test("training loss never increases with the exact solver", arguments: [Confidence.Convention.paper, .implicitLibrary])
  func lossMonotone(convention: Confidence.Convention) {
    let m = RandomInteractions.matrix(users: 40, items: 50, density: 0.15, seed: 11)
    var losses: [Double] = []
    _ = ImplicitALS(factors: 8, regularization: 0.1, confidence: Confidence(scaling: .linear(alpha: 2), convention: convention),
                    solver: .cholesky, iterations: 12, computesLoss: true).train(m) { losses.append($0.loss!.total) }
    #expect(losses.count == 12)
    for (before, after) in zip(losses, losses.dropFirst()) {
      #expect(after <= before * (1 + 1e-5), "loss rose from \(before) to \(after)")
    }
    #expect(losses.last! < losses.first!)
  }

  @Test("the same seed gives identical factors whatever the thread count")
  func threadIndependence() {
    let m = RandomInteractions.matrix(users: 150, items: 80, density: 0.1, seed: 12)
    for solver in [LeastSquaresSolver.cholesky, .conjugateGradient(steps: 3)] {
      let one = ImplicitALS(factors: 16, solver: solver, iterations: 4, threads: 1).train(m)
      let three = ImplicitALS(factors: 16, solver: solver, iterations: 4, threads: 3).train(m)
      #expect(one.userFactors == three.userFactors)
      #expect(one.itemFactors == three.itemFactors)
    }
    let otherSeed = ImplicitALS(factors: 16, iterations: 4, seed: 2).train(m)
    #expect(otherSeed.userFactors != ImplicitALS(factors: 16, iterations: 4, seed: 1).train(m).userFactors)
  }

  @Test("folding in a training user reproduces the trained factors")
  func foldInReproduces() {
    let m = RandomInteractions.matrix(users: 30, items: 40, density: 0.2, seed: 13)
    let model = ImplicitALS(factors: 10, regularization: 0.05, solver: .cholesky, iterations: 6).train(m)
    for user in [0, 7, 29] {
      let folded = model.foldIn(m.entries(ofRow: user).map { ($0.column, $0.value) })
      let trained = model.userFactors.row(user)
      #expect(zip(folded, trained).allSatisfy { abs($0 - $1) < 1e-5 }, "user \(user)")
    }
    // CG warm-started from the trained factors stays there.
    let cgModel = ImplicitALS(factors: 10, regularization: 0.05, solver: .conjugateGradient(steps: 3), iterations: 6).train(m)
    let warm = cgModel.foldIn(m.entries(ofRow: 3).map { ($0.column, $0.value) }, warmStart: cgModel.userFactors.row(3))
    #expect(zip(warm, cgModel.userFactors.row(3)).allSatisfy { abs($0 - $1) < 0.05 })
  }

  @Test("degenerate inputs give finite factors", arguments: [LeastSquaresSolver.cholesky, .conjugateGradient(steps: 3)])
  func degenerate(solver: LeastSquaresSolver) {
    // An empty user (row 1), an empty title (column 2), duplicates summed.
    let holes = SparseMatrix(rows: 3, columns: 4, entries: [(0, 0, 1), (0, 0, 2), (2, 1, 1), (2, 3, 4), (0, 3, 1)])
    // A single interaction.
    let single = SparseMatrix(rows: 1, columns: 1, entries: [(0, 0, 5)])
    // Zero regularization with more factors than the data's rank.
    let rankOne = SparseMatrix(rows: 4, columns: 4, entries: (0..<4).flatMap { u in (0..<4).map { (u, $0, Float(1)) } })
    // No interactions at all, and no titles at all.
    let empty = SparseMatrix(rows: 3, columns: 5, entries: [])
    let noTitles = SparseMatrix(rows: 2, columns: 0, entries: [])
    for (name, m, lambda) in [("holes", holes, Float(0.01)), ("single", single, 0), ("rank one", rankOne, 0),
                               ("empty", empty, 0), ("no titles", noTitles, 0.01)] {
      let model = ImplicitALS(factors: 8, regularization: lambda, solver: solver, iterations: 5, computesLoss: true)
        .train(m) { #expect($0.loss!.total.isFinite, "\(name) loss") }
      #expect(model.userFactors.isFinite && model.itemFactors.isFinite, "\(name)")
    }
    let model = ImplicitALS(factors: 4, solver: solver, iterations: 3).train(holes)
    #expect(model.userFactors.row(1) == [0, 0, 0, 0])
    #expect(model.itemFactors.row(2) == [0, 0, 0, 0])
    #expect(model.foldIn([]) == [0, 0, 0, 0])
  }

  @Test("a clustered data set is recovered: users get titles of their own cluster")
  func recoversClusters() {
    // Two groups of users who each watch only their own half of the catalog.
    var entries: [(row: Int, column: Int, value: Float)] = []
    var random = SeededGenerator(seed: 14)
    for u in 0..<40 {
      for i in 0..<20 where random.nextUnitDouble() < 0.5 { entries.append((u, (u % 2) * 20 + i, 1)) }
    }
    let m = SparseMatrix(rows: 40, columns: 40, entries: entries)
    // With as many factors as clusters, each factor captures one cluster.
    for solver in [LeastSquaresSolver.cholesky, .conjugateGradient(steps: 3)] {
      let model = ImplicitALS(factors: 2, regularization: 0.1, solver: solver, iterations: 15).train(m)
      let lists = TopNRecommender().recommend(
        userFactors: model.userFactors, itemFactors: model.itemFactors, count: 3, excluding: m)
      for (u, list) in lists.enumerated() {
        #expect(list.allSatisfy { $0.item / 20 == u % 2 }, "\(solver.name): user \(u) got \(list.map(\.item))")
      }
    }
  }
}
