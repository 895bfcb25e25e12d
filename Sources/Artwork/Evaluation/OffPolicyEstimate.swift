/// An estimate of a policy's mean reward per impression (its take fraction
/// with a play reward) from a log another policy made, with a 95%
/// confidence interval.
///
/// Intervals are normal approximations, `value ± 1.96 · standard error`,
/// with the standard error of the mean of the per-event terms (for
/// self-normalised IPS, of its delta-method linearisation). With a few
/// hundred matched events or more they agree with bootstrap intervals;
/// below that, read them as rough.
public struct OffPolicyEstimate: Sendable, Equatable, CustomStringConvertible {
  /// Which estimator (`replay`, `ips`, `snips`, `dr`).
  public let estimator: String
  /// The estimated mean reward per impression.
  public let value: Double
  /// Its standard error.
  public let standardError: Double
  /// Logged events read.
  public let events: Int
  /// Events where the evaluated policy could have shown the logged
  /// variant: exact matches for replay, events with π(a|x) > 0 (or a
  /// sampled match) otherwise.
  public let matched: Int

  /// The lower end of the 95% interval.
  public var lower: Double { value - 1.96 * standardError }
  /// The upper end of the 95% interval.
  public var upper: Double { value + 1.96 * standardError }

  /// Whether a value lies in the 95% interval.
  public func covers(_ x: Double) -> Bool { x >= lower && x <= upper }

  /// `ips 0.0512 [0.0480, 0.0544] (matched 4211 of 20000)`.
  public var description: String {
    func f(_ x: Double) -> String {
      let scaled = (x * 10_000).rounded() / 10_000
      return "\(scaled)"
    }
    return "\(estimator) \(f(value)) [\(f(lower)), \(f(upper))] (matched \(matched) of \(events))"
  }

  /// Creates an estimate; a non-finite value or error becomes 0 so that
  /// an empty log reports nothing rather than NaN.
  public init(estimator: String, value: Double, standardError: Double, events: Int, matched: Int) {
    self.estimator = estimator
    self.value = value.isFinite ? value : 0
    self.standardError = standardError.isFinite ? standardError : 0
    self.events = events
    self.matched = matched
  }
}
