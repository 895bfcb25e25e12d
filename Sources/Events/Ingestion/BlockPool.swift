import Synchronization

/// Block buffers for reuse: a fresh 4 MiB block costs the kernel page
/// clearing (4% of the time in the `ingestion` benchmarks).
final class BlockPool: Sendable {
  /// A block's address; blocks are handed from the reader to one batch at a
  /// time, so sharing the address is safe.
  private struct Block: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
  }

  let capacity: Int
  private let free = Mutex<[Block]>([])

  init(capacity: Int) { self.capacity = capacity }

  deinit { free.withLock { $0.forEach { $0.pointer.deallocate() } } }

  func take() -> UnsafeMutableRawPointer {
    let reused = free.withLock { $0.popLast() }
    return reused?.pointer ?? UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 64)
  }

  func give(_ pointer: UnsafeMutableRawPointer) {
    let block = Block(pointer: pointer)
    let kept = free.withLock { blocks -> Bool in
      guard blocks.count < 4 else { return false }
      blocks.append(block)
      return true
    }
    if !kept { pointer.deallocate() }
  }
}
