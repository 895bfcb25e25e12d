#if canImport(Glibc)
import Glibc
#endif

/// How an observed implicit-feedback value `r` (minutes watched, play count,
/// a signal strength) becomes a confidence weight `c` and a preference `p`
/// (Hu, Koren and Volinsky 2008, section 4).
///
/// The preference is 1 for a positive value and 0 for a negative one (a
/// thumbs-down says "not this", with confidence from its magnitude). The
/// confidence is built from the scaled magnitude `s = scaling(|r|)`:
///
/// | convention | observed confidence | weight added to the normal equations |
/// |---|---|---|
/// | ``Convention-swift.enum/paper`` (default) | `c = 1 + s` | `(c − 1) yyᵀ = s yyᵀ`, always ≥ 0 |
/// | ``Convention-swift.enum/implicitLibrary`` | `c = s` | `(c − 1) yyᵀ`, negative when `s < 1` |
///
/// Unobserved pairs always have confidence 1 and preference 0. The paper's
/// convention is the default because every observed pair then weighs at
/// least as much as an unobserved one, which keeps the normal equations
/// positive definite and the model meaningful for small values (a half-star
/// rating with α = 1 would otherwise count *less* than never watching); it
/// is also what Spark MLlib uses. The `implicit` library's convention is
/// offered for like-for-like comparisons with that library.
public struct Confidence: Sendable, Equatable {
  /// How the observed magnitude is scaled before it becomes a confidence.
  public enum Scaling: Sendable, Equatable {
    /// `s = alpha · r` (the paper's eq. 6 with the leading 1 left to the
    /// convention).
    case linear(alpha: Float)
    /// `s = alpha · log(1 + r / epsilon)` (the paper's logarithmic variant).
    case logarithmic(alpha: Float, epsilon: Float)
  }

  /// Whether observed confidence is `1 + s` (the paper) or `s` (`implicit`).
  public enum Convention: String, Sendable, Equatable, CaseIterable {
    /// Hu, Koren and Volinsky: `c = 1 + s`.
    case paper
    /// The `implicit` Python library: `c = s`.
    case implicitLibrary = "implicit"
  }

  /// The scaling of the observed magnitude.
  public var scaling: Scaling
  /// The convention for the observed confidence.
  public var convention: Convention

  /// Creates a confidence rule.
  public init(scaling: Scaling = .linear(alpha: 1), convention: Convention = .paper) {
    self.scaling = scaling
    self.convention = convention
  }

  /// The scaled magnitude `s` of an observed value.
  public func scaled(_ value: Float) -> Float {
    let magnitude = abs(value)
    switch scaling {
    case .linear(let alpha): return alpha * magnitude
    case .logarithmic(let alpha, let epsilon):
      return alpha * Float(log1p(Double(magnitude) / Double(max(epsilon, .leastNormalMagnitude))))
    }
  }

  /// The confidence `c` of an observed value.
  public func confidence(_ value: Float) -> Float {
    let s = scaled(value)
    return convention == .paper ? 1 + s : s
  }

  /// The preference `p`: 1 for a positive value, 0 otherwise.
  public func preference(_ value: Float) -> Float {
    value > 0 ? 1 : 0
  }

  /// The two weights the ALS solve uses for an observed value: `c − 1`,
  /// added to the diagonal of the confidence matrix, and `p · c`, the
  /// right-hand side weight.
  public func solveWeights(_ value: Float) -> (gram: Float, target: Float) {
    let c = confidence(value)
    return (c - 1, preference(value) * c)
  }
}
