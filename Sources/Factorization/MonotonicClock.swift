import Dispatch

/// Wall-clock timing for per-iteration reports.
enum MonotonicClock {
  /// Now, in nanoseconds since an arbitrary start.
  static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// Seconds since `start`.
  static func seconds(since start: UInt64) -> Double {
    Double(now() - start) / 1e9
  }
}
