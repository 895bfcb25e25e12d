/// Limited-memory BFGS (Nocedal and Wright, "Numerical Optimization", 2nd
/// ed., Algorithm 7.4 and 7.5) with a backtracking Armijo line search: the
/// minimizer behind ``SoftmaxRegression``.
///
/// Everything runs in `Double` on the calling thread in a fixed order, so
/// the same objective and starting point give the same result bit for bit.
struct LimitedMemoryBFGS: Sendable {
  /// The number of (step, gradient change) pairs kept.
  var memory = 10
  /// The most iterations (each one line search).
  var maximumIterations = 500
  /// Stop when the largest gradient entry falls below this.
  var gradientTolerance = 1e-5
  /// Stop when the objective's relative decrease falls below this.
  var relativeDecreaseTolerance = 1e-10

  /// What the minimizer did.
  struct Outcome {
    var x: [Double]
    var value: Double
    var iterations: Int
    var evaluations: Int
  }

  /// Minimizes `objective`, which returns f(x) and writes ∇f(x) into its
  /// second argument.
  func minimize(
    from start: [Double], _ objective: ([Double], inout [Double]) -> Double
  ) -> Outcome {
    let n = start.count
    var x = start
    var g = [Double](repeating: 0, count: n)
    var f = objective(x, &g)
    var evaluations = 1
    guard n > 0, f.isFinite else { return Outcome(x: x, value: f, iterations: 0, evaluations: 1) }
    var steps: [[Double]] = []
    var changes: [[Double]] = []
    var curvatures: [Double] = []
    var direction = [Double](repeating: 0, count: n)
    var alphas = [Double](repeating: 0, count: memory)
    var trial = [Double](repeating: 0, count: n)
    var trialGradient = [Double](repeating: 0, count: n)
    var iteration = 0
    while iteration < maximumIterations {
      if Self.maxAbs(g) <= gradientTolerance { break }
      iteration += 1
      // Two-loop recursion: direction = −H g.
      for i in 0..<n { direction[i] = -g[i] }
      let m = steps.count
      if m > 0 {
        for j in stride(from: m - 1, through: 0, by: -1) {
          let a = curvatures[j] * Self.dot(steps[j], direction)
          alphas[j] = a
          Self.axpy(-a, changes[j], &direction)
        }
        let last = m - 1
        let gamma = Self.dot(steps[last], changes[last]) / Self.dot(changes[last], changes[last])
        for i in 0..<n { direction[i] *= gamma }
        for j in 0..<m {
          let b = curvatures[j] * Self.dot(changes[j], direction)
          Self.axpy(alphas[j] - b, steps[j], &direction)
        }
      }
      var slope = Self.dot(g, direction)
      if !(slope < 0) {
        steps.removeAll()
        changes.removeAll()
        curvatures.removeAll()
        for i in 0..<n { direction[i] = -g[i] }
        slope = Self.dot(g, direction)
      }
      // The first step has no curvature information: scale it to unit length.
      var step = steps.isEmpty ? min(1, 1 / max(Self.norm(g), 1e-12)) : 1
      var accepted = false
      var trialValue = f
      for _ in 0..<40 {
        for i in 0..<n { trial[i] = x[i] + step * direction[i] }
        trialValue = objective(trial, &trialGradient)
        evaluations += 1
        if trialValue.isFinite && trialValue <= f + 1e-4 * step * slope {
          accepted = true
          break
        }
        step *= 0.5
      }
      guard accepted else { break }
      var s = [Double](repeating: 0, count: n)
      var y = [Double](repeating: 0, count: n)
      for i in 0..<n {
        s[i] = trial[i] - x[i]
        y[i] = trialGradient[i] - g[i]
      }
      let sy = Self.dot(s, y)
      let previous = f
      swap(&x, &trial)
      swap(&g, &trialGradient)
      f = trialValue
      if sy > 1e-12 * max(1, Self.dot(y, y)) {
        if steps.count == memory {
          steps.removeFirst()
          changes.removeFirst()
          curvatures.removeFirst()
        }
        steps.append(s)
        changes.append(y)
        curvatures.append(1 / sy)
      }
      if (previous - f) <= relativeDecreaseTolerance * max(abs(previous), abs(f), 1) { break }
    }
    return Outcome(x: x, value: f, iterations: iteration, evaluations: evaluations)
  }

  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in a.indices { sum += a[i] * b[i] }
    return sum
  }

  static func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
    for i in x.indices { y[i] += a * x[i] }
  }

  static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

  static func maxAbs(_ a: [Double]) -> Double { a.reduce(0) { max($0, abs($1)) } }
}
