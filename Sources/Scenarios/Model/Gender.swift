/// A persona's gender, one of the traits a platform may try to infer.
public enum Gender: String, Sendable, CaseIterable {
  /// Female.
  case female
  /// Male.
  case male
  /// Non-binary.
  case nonbinary
}
