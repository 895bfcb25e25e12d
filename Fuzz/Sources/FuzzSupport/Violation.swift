/// Stops the process with a message naming the property that failed, so
/// libFuzzer records the input as a crash (`crash-…` file).
///
/// - Parameters:
///   - target: the fuzz target (`events`, `scenario`, ...).
///   - property: the property that does not hold, in words.
///   - details: what was found.
public func violation(_ target: String, _ property: String, _ details: String) -> Never {
  fatalError("fuzz \(target): property violated: \(property)\n  \(details)")
}
