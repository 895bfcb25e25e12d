import Catalog

/// Every title's artwork variants numbered for the policies: variant `v` of
/// title `t` is ``variants(of:)``[v], and each (title, variant) pair has a
/// flat slot for statistics and for its tags (tone, face, featured cast,
/// genre cue) as small integers, so a decision reads no strings.
public struct ArtworkIndex: Sendable {
  /// Per title (catalog order), the offset of its first variant's slot.
  public let offsets: [Int]
  /// Every variant, title by title.
  public let variants: [ArtworkVariant]
  /// The catalog's genres (``Catalog/genres`` order): the order of
  /// ``ArtworkContext/genreShares``.
  public let genres: [Genre]
  /// Every cast member featured on some variant, in order of first
  /// appearance: the keys of ``ArtworkContext/castShares``.
  public let featuredCast: [String]
  /// Per slot, the tone's position in `ArtworkTone.allCases`.
  public let toneOfSlot: [Int]
  /// Per slot, whether a face is shown.
  public let faceOfSlot: [Bool]
  /// Per slot, the featured cast member's position in ``featuredCast``,
  /// or −1.
  public let castOfSlot: [Int]
  /// Per slot, the cued genre's position in ``genres``, or −1.
  public let cueOfSlot: [Int]
  private let castPosition: [String: Int]

  /// Indexes a catalog's artwork.
  ///
  /// - Complexity: O(variants).
  public init(catalog: Catalog) {
    var offsets: [Int] = []
    var variants: [ArtworkVariant] = []
    offsets.reserveCapacity(catalog.count + 1)
    for title in catalog.titles {
      offsets.append(variants.count)
      variants.append(contentsOf: title.artwork)
    }
    offsets.append(variants.count)
    self.offsets = offsets
    self.variants = variants
    let genres = catalog.genres
    self.genres = genres
    let genrePosition = Dictionary(uniqueKeysWithValues: genres.enumerated().map { ($1, $0) })
    var cast: [String] = []
    var castPosition: [String: Int] = [:]
    var castOfSlot: [Int] = []
    for variant in variants {
      guard let name = variant.featuredCast else {
        castOfSlot.append(-1)
        continue
      }
      if castPosition[name] == nil {
        castPosition[name] = cast.count
        cast.append(name)
      }
      castOfSlot.append(castPosition[name] ?? -1)
    }
    self.featuredCast = cast
    self.castPosition = castPosition
    self.castOfSlot = castOfSlot
    self.toneOfSlot = variants.map { ArtworkTone.allCases.firstIndex(of: $0.tone) ?? 0 }
    self.faceOfSlot = variants.map(\.showsFace)
    self.cueOfSlot = variants.map { $0.genreCue.flatMap { genrePosition[$0] } ?? -1 }
  }

  /// The number of titles.
  public var titleCount: Int { offsets.count - 1 }

  /// The number of variants of a title.
  public func variantCount(of title: Int) -> Int { offsets[title + 1] - offsets[title] }

  /// The variants of a title.
  public func variants(of title: Int) -> ArraySlice<ArtworkVariant> {
    variants[offsets[title]..<offsets[title + 1]]
  }

  /// The flat slot of a title's variant.
  public func slot(title: Int, variant: Int) -> Int { offsets[title] + variant }

  /// The position of a featured cast member in ``featuredCast``, if any
  /// variant features them.
  public func castNumber(of name: String) -> Int? { castPosition[name] }
}
