import Testing

@testable import Report

@Suite("Principal components by power iteration")
struct PrincipalComponentsTests {
  /// Six points whose covariance (n − 1 = 5) is [[4.4, 3.6], [3.6, 4.4]]:
  /// eigenvalues 8 along (1, 1)/√2 and 0.8 along (1, −1)/√2.
  static let points: [[Double]] = [[3, 3], [1, 1], [-1, -1], [-3, -3], [1, -1], [-1, 1]]

  @Test("a hand-computed 2-D case: axes, variances, explained shares, projections")
  func handComputed() {
    let pca = PrincipalComponents(rows: Self.points, count: 2)
    let r = 0.5.squareRoot()
    #expect(pca.mean.allSatisfy { abs($0) < 1e-12 })
    #expect(abs(pca.totalVariance - 8.8) < 1e-9)
    #expect(abs(pca.variances[0] - 8) < 1e-9)
    #expect(abs(pca.variances[1] - 0.8) < 1e-9)
    #expect(abs(pca.axes[0][0] - r) < 1e-9 && abs(pca.axes[0][1] - r) < 1e-9)
    // The first coordinate is made positive.
    #expect(abs(pca.axes[1][0] - r) < 1e-9 && abs(pca.axes[1][1] + r) < 1e-9)
    #expect(abs(pca.explained[0] - 8 / 8.8) < 1e-9)
    let projected = pca.project([3, 3])
    #expect(abs(projected[0] - 3 * 2.0.squareRoot()) < 1e-9)
    #expect(abs(projected[1]) < 1e-9)
    let other = pca.project([1, -1])
    #expect(abs(other[0]) < 1e-9 && abs(other[1] - 2.0.squareRoot()) < 1e-9)
  }

  @Test("the mean is subtracted before projecting")
  func centred() {
    let shifted = Self.points.map { [$0[0] + 10, $0[1] - 5] }
    let pca = PrincipalComponents(rows: shifted, count: 2)
    #expect(abs(pca.mean[0] - 10) < 1e-12 && abs(pca.mean[1] + 5) < 1e-12)
    let projected = pca.project([13, -2])
    #expect(abs(projected[0] - 3 * 2.0.squareRoot()) < 1e-9)
  }

  @Test("axis-aligned data: the components are the coordinate axes, signed positive")
  func axisAligned() {
    let pca = PrincipalComponents(rows: [[2, 0], [0, 1], [-2, 0], [0, -1]], count: 2)
    #expect(abs(pca.axes[0][0] - 1) < 1e-12 && abs(pca.axes[0][1]) < 1e-12)
    #expect(abs(pca.axes[1][1] - 1) < 1e-12)
    #expect(abs(pca.variances[0] - 8.0 / 3) < 1e-9 && abs(pca.variances[1] - 2.0 / 3) < 1e-9)
    #expect(abs(pca.explained[0] - 0.8) < 1e-9)
  }

  @Test("degenerate input gives zero axes, never NaN")
  func degenerate() {
    for rows in [[[Double]](), [[1, 2]], [[1, 2], [1, 2]]] {
      let pca = PrincipalComponents(rows: rows, count: 2)
      #expect(pca.axes.allSatisfy { $0.allSatisfy(\.isFinite) })
      #expect(pca.explained.allSatisfy { $0 == 0 })
    }
  }

  @Test("three dimensions agree with the exact eigenvectors of a diagonal covariance")
  func higherDimension() {
    // Variance 9 along z, 4 along x, 1 along y.
    let rows: [[Double]] = [[2, 0, 0], [-2, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 3], [0, 0, -3]]
    let pca = PrincipalComponents(rows: rows, count: 2)
    #expect(abs(pca.axes[0][2] - 1) < 1e-9)
    #expect(abs(pca.axes[1][0] - 1) < 1e-9)
    #expect(abs(pca.variances[0] - 18.0 / 5) < 1e-9)
  }
}
