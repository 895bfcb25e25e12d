/// One belief beside itself under the two policies: what is concluded with
/// everything collected, and what is still concluded with less.
public struct TraitChange: Sendable, Codable, Equatable {
  /// The trait's name (`age band`, `home region`, `genre affinity`, …).
  public let trait: String
  /// The values and confidences under the standard policy
  /// (`Horror (0.91)`), empty when nothing is concluded.
  public let standard: [String]
  /// The same under the minimal policy.
  public let minimal: [String]
}
