/// One flag per title: titles a page may no longer show (above the
/// profile's maturity limit, watched, or already in a row above).
///
/// A flat mask rather than a `Set`: hashing dominated the homepage
/// benchmark. The batch builder keeps one mask per worker and resets it
/// for every profile instead of allocating one.
struct TitleMask {
  /// The flags, one per title.
  private(set) var blocked: [Bool]

  /// A mask of `count` titles, none blocked.
  init(count: Int) {
    blocked = [Bool](repeating: false, count: count)
  }

  /// Unblocks every title, then blocks those rated above `limit` (`nil`:
  /// no limit). `ranks` holds each title's position in
  /// `MaturityRating.allCases`; `limitRank` the limit's.
  ///
  /// - Complexity: O(titles).
  mutating func reset(ranks: [UInt8], limitRank: UInt8?) {
    blocked.withUnsafeMutableBufferPointer { flags in
      if let limitRank {
        for t in flags.indices { flags[t] = ranks[t] > limitRank }
      } else {
        flags.update(repeating: false)
      }
    }
  }

  /// Blocks a title.
  @inline(__always)
  mutating func block(_ title: Int) { blocked[title] = true }

  /// Whether a title is blocked.
  @inline(__always)
  func isBlocked(_ title: Int) -> Bool { blocked[title] }
}
