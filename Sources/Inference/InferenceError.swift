import Datasets

/// What can go wrong running an inference; every message says what to fix.
public enum InferenceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A data file could not be read (the message names its file, line and field).
  case dataset(DatasetError)
  /// No member of the users file has a rating in the ratings file.
  case noLabelledMembers(ratingsPath: String, usersPath: String, exampleRatingUser: String, exampleMember: String)
  /// Too few labelled members with ratings for the requested folds.
  case tooFewMembers(usersPath: String, found: Int, needed: Int)
  /// An option outside its range.
  case invalidOption(name: String, expected: String, found: String)

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .dataset(let error):
      return error.description
    case .noLabelledMembers(let ratingsPath, let usersPath, let ratingUser, let member):
      return "\(usersPath): no user in this file has a rating in \(ratingsPath) (ratings name users like '"
        + "\(ratingUser)', the users file '\(member)'); pass the users file of the same MovieLens release"
    case .tooFewMembers(let usersPath, let found, let needed):
      return "\(usersPath): \(found) members with both demographics and ratings; need at least \(needed) "
        + "for the requested folds (lower --folds or use a larger data set)"
    case .invalidOption(let name, let expected, let found):
      return "option '\(name)': expected \(expected), found \(found)"
    }
  }
}
