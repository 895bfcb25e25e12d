/// One of the images a platform can show for a title, with the tags an
/// artwork policy and the inference side reason about.
public struct ArtworkVariant: Hashable, Sendable {
  /// The variant's identifier, unique within the catalog (for example
  /// `"42-v2"`).
  public let id: String
  /// The cast member featured on the image, when one is.
  public let featuredCast: String?
  /// The genre the image signals, when it signals one.
  public let genreCue: Genre?
  /// The mood of the image.
  public let tone: ArtworkTone
  /// Whether a face is shown (a featured cast member or an unnamed face).
  public let showsFace: Bool

  /// Creates a variant.
  public init(
    id: String, featuredCast: String? = nil, genreCue: Genre? = nil,
    tone: ArtworkTone, showsFace: Bool
  ) {
    self.id = id
    self.featuredCast = featuredCast
    self.genreCue = genreCue
    self.tone = tone
    self.showsFace = showsFace || featuredCast != nil
  }
}
