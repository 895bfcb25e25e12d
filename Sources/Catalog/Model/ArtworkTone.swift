/// The mood an artwork variant conveys, the tag an artwork policy learns
/// people's responses to (a horror fan may click the dark image of a
/// comedy-drama, a romance fan the image of the couple).
public enum ArtworkTone: String, Sendable, CaseIterable, Codable {
  /// Shadowy, menacing (horror, noir).
  case dark
  /// Tense, mysterious (thriller, crime, mystery).
  case suspenseful
  /// A couple, warmth between people (romance).
  case romantic
  /// Bright, funny (comedy).
  case comic
  /// Playful, colourful, family (children's, animation, fantasy, musical).
  case whimsical
  /// Spectacle, scale, action (action, adventure, sci-fi, war, western).
  case epic
  /// Faces and emotion (drama).
  case dramatic
  /// Plain, informative (documentary, titles without genres).
  case neutral

  /// The tone that signals a genre on a poster.
  public init(cueing genre: Genre) {
    switch genre {
    case .horror, .filmNoir: self = .dark
    case .thriller, .crime, .mystery: self = .suspenseful
    case .romance: self = .romantic
    case .comedy: self = .comic
    case .children, .animation, .fantasy, .musical: self = .whimsical
    case .action, .adventure, .sciFi, .war, .western, .imax: self = .epic
    case .drama: self = .dramatic
    default: self = .neutral
    }
  }
}
