/// A small, fast, seedable random number generator (xoshiro256**, seeded
/// through SplitMix64) so that every random choice in Glasshouse is
/// reproducible: the same seed gives the same sequence on every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// Creates a generator from a seed; different seeds give independent streams.
  public init(seed: UInt64) {
    var s = seed
    func splitMix() -> UInt64 {
      s &+= 0x9E37_79B9_7F4A_7C15
      var z = s
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (splitMix(), splitMix(), splitMix(), splitMix())
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotate(state.3, 45)
    return result
  }

  /// A uniform `Float` in `[0, 1)` built from the top 24 bits.
  public mutating func nextUnitFloat() -> Float {
    Float(next() >> 40) * (1.0 / 16_777_216.0)
  }

  /// A uniform `Double` in `[0, 1)` built from the top 53 bits.
  public mutating func nextUnitDouble() -> Double {
    Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
  }

  /// A standard normal draw (Box–Muller).
  public mutating func nextGaussian() -> Double {
    let u1 = max(nextUnitDouble(), Double.leastNonzeroMagnitude)
    let u2 = nextUnitDouble()
    return (-2 * _log(u1)).squareRoot() * _cos(2 * Double.pi * u2)
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@inline(__always) private func _log(_ x: Double) -> Double { log(x) }
@inline(__always) private func _cos(_ x: Double) -> Double { cos(x) }
