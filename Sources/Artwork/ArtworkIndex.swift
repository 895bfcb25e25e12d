import Catalog

/// Every title's artwork variants numbered for the policies: variant `v` of
/// title `t` is ``variants(of:)``[v], and each (title, variant) pair has a
/// flat slot for statistics.
public struct ArtworkIndex: Sendable {
  /// Per title (catalog order), the offset of its first variant's slot.
  public let offsets: [Int]
  /// Every variant, title by title.
  public let variants: [ArtworkVariant]

  /// Indexes a catalog's artwork.
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
}
