/// A raw view of a row-major `Float` buffer that parallel tasks write into,
/// each task to its own rows.
///
/// `@unchecked Sendable`: safe by construction in the loops that use it —
/// every row is written by exactly one task, rows are disjoint memory, and the
/// owning array outlives the loop (it is borrowed with
/// `withUnsafeMutableBufferPointer` around the whole loop).
public struct UnsafeRows: @unchecked Sendable {
  /// The first entry.
  public let base: UnsafeMutablePointer<Float>
  /// Entries per row.
  public let width: Int

  /// Wraps a buffer of rows of `width` entries.
  public init(_ base: UnsafeMutablePointer<Float>, width: Int) {
    self.base = base
    self.width = width
  }

  /// The first entry of row `index`.
  @inline(__always) public func row(_ index: Int) -> UnsafeMutablePointer<Float> {
    base + index * width
  }
}
