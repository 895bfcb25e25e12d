/// A member's explicit rating of a title: thumbs (down, up, two up) or
/// stars from 1 to 5, depending on the platform's rating scale.
///
/// On the wire a rating is either `"thumbs": "down" | "up" | "two_up"` or
/// `"stars": 1...5`, never both.
public enum Rating: Hashable, Sendable {
  /// Not for me.
  case thumbsDown
  /// I like this.
  case thumbsUp
  /// Love this.
  case twoThumbsUp
  /// A star rating from 1 to 5.
  case stars(Int)

  /// The `thumbs` wire value, or `nil` for a star rating.
  var thumbsWireValue: String? {
    switch self {
    case .thumbsDown: return "down"
    case .thumbsUp: return "up"
    case .twoThumbsUp: return "two_up"
    case .stars: return nil
    }
  }

  /// The rating for a `thumbs` wire value.
  init?(thumbs: String) {
    switch thumbs {
    case "down": self = .thumbsDown
    case "up": self = .thumbsUp
    case "two_up": self = .twoThumbsUp
    default: return nil
    }
  }
}
