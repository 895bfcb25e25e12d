import Dispatch
import Synchronization

/// Runs independent pieces of work on several threads.
///
/// Work is cut into fixed chunks whose boundaries depend only on the item
/// count and the chunk size, never on the thread count, and each chunk's
/// results are written to its own place; so whatever the number of threads,
/// the results are identical bit for bit.
public struct ParallelLoop: Sendable {
  /// The number of worker threads.
  public let threads: Int

  /// Creates a loop with the given number of threads (at least 1).
  public init(threads: Int) {
    self.threads = max(1, threads)
  }

  /// A loop using every core of this machine.
  public static var allCores: ParallelLoop {
    ParallelLoop(threads: ProcessInfoCores.activeCount)
  }

  /// Calls `body` once per chunk of `0..<count`, in parallel.
  ///
  /// Each worker thread creates one `State` with `makeState` and reuses it
  /// for all the chunks it takes (scratch buffers, for example).
  public func forEachChunk<State>(
    count: Int, chunkSize: Int,
    makeState: @Sendable () -> State,
    _ body: @Sendable (inout State, Range<Int>) -> Void
  ) {
    guard count > 0 else { return }
    let size = max(1, chunkSize)
    let chunks = (count + size - 1) / size
    let next = Atomic<Int>(0)
    let workers = min(threads, chunks)
    if workers == 1 {
      var state = makeState()
      for chunk in 0..<chunks {
        body(&state, (chunk * size)..<min(count, (chunk + 1) * size))
      }
      return
    }
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var state = makeState()
      while true {
        let chunk = next.add(1, ordering: .relaxed).oldValue
        if chunk >= chunks { break }
        body(&state, (chunk * size)..<min(count, (chunk + 1) * size))
      }
    }
  }

  /// Maps every chunk of `0..<count` to a value, in parallel, and returns the
  /// values in chunk order (so a reduction over them is deterministic).
  public func mapChunks<Value: Sendable>(
    count: Int, chunkSize: Int, _ transform: @Sendable (Range<Int>) -> Value
  ) -> [Value] {
    guard count > 0 else { return [] }
    let size = max(1, chunkSize)
    let chunks = (count + size - 1) / size
    let results = Mutex<[Value?]>(Array(repeating: nil, count: chunks))
    forEachChunk(count: chunks, chunkSize: 1, makeState: { () }) { _, range in
      let chunk = range.lowerBound
      let value = transform((chunk * size)..<min(count, (chunk + 1) * size))
      results.withLock { $0[chunk] = value }
    }
    return results.withLock { $0.map { $0! } }
  }
}

/// The number of cores available to this process.
enum ProcessInfoCores {
  static var activeCount: Int {
    #if canImport(Glibc)
    return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
    return 1
    #endif
  }
}

#if canImport(Glibc)
import Glibc
#endif
