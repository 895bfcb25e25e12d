import COpenBLAS
import LinearAlgebra

/// Scratch memory for solving one row's normal equations; one per worker
/// thread, reused across rows.
///
/// `@unchecked Sendable`: each instance is created and used by one worker
/// thread only (see ``ParallelLoop/forEachChunk(count:chunkSize:makeState:_:)``).
final class RowSolveWorkspace: @unchecked Sendable {
  let factors: Int
  let capacity: Int
  let gathered: UnsafeMutablePointer<Float>
  let normal: UnsafeMutablePointer<Float>
  let scratch: UnsafeMutablePointer<Float>
  let vectors: UnsafeMutablePointer<Float>
  let perEntry: UnsafeMutablePointer<Float>

  /// Room for rows of up to `capacity` entries with `factors` factors.
  init(factors: Int, capacity: Int) {
    self.factors = factors
    self.capacity = max(1, capacity)
    gathered = .allocate(capacity: self.capacity * factors)
    normal = .allocate(capacity: factors * factors)
    scratch = .allocate(capacity: factors * factors)
    vectors = .allocate(capacity: 6 * factors)
    perEntry = .allocate(capacity: self.capacity)
  }

  deinit {
    gathered.deallocate()
    normal.deallocate()
    scratch.deallocate()
    vectors.deallocate()
    perEntry.deallocate()
  }
}

/// The per-row solve of implicit ALS, shared by training and fold-in so the
/// two always agree.
///
/// For a row u with observed entries I_u, fixed factors Y (one row per
/// entry's column), `G = YᵀY + λI` and weights `w = c − 1`, `t = p·c`, it
/// solves `(G + ρI + Σ_{i∈I_u} w_i y_i y_iᵀ) x = Σ_{i∈I_u} t_i y_i`
/// (Hu, Koren and Volinsky 2008, eq. 4), where the row's own ridge ρ is 0
/// under uniform regularization and `λ·n⁺` under weighted-λ (then `G` is
/// `YᵀY`; see ``RegularizationScaling``).
enum ImplicitRowSolver {
  /// Solves one row in place into `x` (read as the warm start by CG).
  ///
  /// - Parameters:
  ///   - columns: the row's column indices.
  ///   - gramWeights: `c − 1` for each entry.
  ///   - targetWeights: `p · c` for each entry.
  ///   - count: the number of entries.
  ///   - fixed: the fixed side's factors, row-major, `factors` wide.
  ///   - gram: `YᵀY + λI`, full symmetric, row-major.
  ///   - ridge: the row's own ridge ρ added to the diagonal of `gram`.
  @inline(__always)
  static func solve(
    columns: UnsafePointer<Int32>, gramWeights: UnsafePointer<Float>,
    targetWeights: UnsafePointer<Float>, count: Int,
    fixed: UnsafePointer<Float>, gram: UnsafePointer<Float>, ridge: Float,
    x: UnsafeMutablePointer<Float>, solver: LeastSquaresSolver,
    workspace: RowSolveWorkspace
  ) {
    let k = workspace.factors
    guard count > 0 else {
      x.update(repeating: 0, count: k)
      return
    }
    precondition(count <= workspace.capacity, "row longer than its workspace")
    switch solver {
    case .cholesky:
      solveExact(columns, gramWeights, targetWeights, count, fixed, gram, ridge, x, workspace)
    case .conjugateGradient(let steps):
      solveConjugateGradient(columns, gramWeights, targetWeights, count, fixed, gram, ridge, x, steps, workspace)
    }
  }

  /// Assembles the normal matrix with two `ssyrk` calls (entries with
  /// positive and with negative `c − 1`) and solves it by Cholesky.
  private static func solveExact(
    _ columns: UnsafePointer<Int32>, _ gw: UnsafePointer<Float>, _ tw: UnsafePointer<Float>,
    _ count: Int, _ fixed: UnsafePointer<Float>, _ gram: UnsafePointer<Float>, _ ridge: Float,
    _ x: UnsafeMutablePointer<Float>, _ ws: RowSolveWorkspace
  ) {
    let k = ws.factors
    let a = ws.normal
    a.update(from: gram, count: k * k)
    if ridge != 0 { for d in 0..<k { a[d * k + d] += ridge } }
    let b = ws.vectors
    b.update(repeating: 0, count: k)
    for sign: Float in [1, -1] {
      var rows = 0
      for j in 0..<count {
        let w = gw[j] * sign
        guard w > 0 else { continue }
        let root = w.squareRoot()
        let source = fixed + Int(columns[j]) * k
        let target = ws.gathered + rows * k
        for f in 0..<k { target[f] = root * source[f] }
        rows += 1
      }
      if rows > 0 {
        cblas_ssyrk(CblasRowMajor, CblasUpper, CblasTrans, Int32(k), Int32(rows),
                    sign, ws.gathered, Int32(k), 1, a, Int32(k))
      }
    }
    for j in 0..<count where tw[j] != 0 {
      cblas_saxpy(Int32(k), tw[j], fixed + Int(columns[j]) * k, 1, b, 1)
    }
    x.update(from: b, count: k)
    SymmetricMatrix.solveRobust(a, x, order: k, scratch: ws.scratch, rhsScratch: ws.vectors + k)
  }

  /// Conjugate gradient on the normal equations without forming them:
  /// the row's fixed factors are gathered once into a dense block `Yᵤ` and
  /// every product `A p = G p + Yᵤᵀ (w ∘ Yᵤ p)` is two `sgemv` and one `ssymv`.
  private static func solveConjugateGradient(
    _ columns: UnsafePointer<Int32>, _ gw: UnsafePointer<Float>, _ tw: UnsafePointer<Float>,
    _ count: Int, _ fixed: UnsafePointer<Float>, _ gram: UnsafePointer<Float>, _ ridge: Float,
    _ x: UnsafeMutablePointer<Float>, _ steps: Int, _ ws: RowSolveWorkspace
  ) {
    let k = ws.factors
    let n32 = Int32(count), k32 = Int32(k)
    let block = ws.gathered
    for j in 0..<count {
      (block + j * k).update(from: fixed + Int(columns[j]) * k, count: k)
    }
    let r = ws.vectors, p = ws.vectors + k, ap = ws.vectors + 2 * k
    let t = ws.perEntry
    // r = b − A x = Yᵤᵀ (t − w ∘ Yᵤ x) − G x − ρ x
    cblas_sgemv(CblasRowMajor, CblasNoTrans, n32, k32, 1, block, k32, x, 1, 0, t, 1)
    for j in 0..<count { t[j] = tw[j] - gw[j] * t[j] }
    cblas_ssymv(CblasRowMajor, CblasUpper, k32, -1, gram, k32, x, 1, 0, r, 1)
    if ridge != 0 { cblas_saxpy(k32, -ridge, x, 1, r, 1) }
    cblas_sgemv(CblasRowMajor, CblasTrans, n32, k32, 1, block, k32, t, 1, 1, r, 1)
    p.update(from: r, count: k)
    var rsOld = cblas_sdot(k32, r, 1, r, 1)
    guard rsOld.isFinite, rsOld >= 1e-20 else { return }
    for _ in 0..<steps {
      cblas_sgemv(CblasRowMajor, CblasNoTrans, n32, k32, 1, block, k32, p, 1, 0, t, 1)
      for j in 0..<count { t[j] *= gw[j] }
      cblas_ssymv(CblasRowMajor, CblasUpper, k32, 1, gram, k32, p, 1, 0, ap, 1)
      if ridge != 0 { cblas_saxpy(k32, ridge, p, 1, ap, 1) }
      cblas_sgemv(CblasRowMajor, CblasTrans, n32, k32, 1, block, k32, t, 1, 1, ap, 1)
      let curvature = cblas_sdot(k32, p, 1, ap, 1)
      // A non-positive curvature means A is singular along p (zero
      // regularization on rank-deficient data): stop rather than divide.
      guard curvature > 0, curvature.isFinite else { break }
      let alpha = rsOld / curvature
      cblas_saxpy(k32, alpha, p, 1, x, 1)
      cblas_saxpy(k32, -alpha, ap, 1, r, 1)
      let rsNew = cblas_sdot(k32, r, 1, r, 1)
      if rsNew < 1e-20 { break }
      let beta = rsNew / rsOld
      for f in 0..<k { p[f] = r[f] + beta * p[f] }
      rsOld = rsNew
    }
  }
}
