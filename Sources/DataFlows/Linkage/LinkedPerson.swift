import Inference
import Scenarios

/// One record of a recipient joined to one of another through an
/// identifier both received, and what the join tells that neither view did.
public struct LinkedPerson: Sendable, Codable, Equatable {
  /// The key in the first recipient's view.
  public let firstKey: String
  /// The key in the second recipient's view.
  public let secondKey: String
  /// The identifier values the two records share, by field.
  public let via: [DataField: [String]]
  /// How many records of the second view the first record matches (1 is a
  /// unique link; more is a household or a shared device).
  public let candidates: Int
  /// The platform's profiles behind the first and the second record (not
  /// received; shown so a reader can judge the link).
  public let firstProfiles: [String], secondProfiles: [String]
  /// Whether the two records really are the same profile.
  public let correct: Bool
  /// Traits of the joined record the first recipient did not have alone
  /// (`name: value`): what joining the second view tells it.
  public let gainedByFirst: [String]
  /// Likewise for the second recipient.
  public let gainedBySecond: [String]
  /// Every trait of the joined record.
  public let joined: [InferredTrait]
}
