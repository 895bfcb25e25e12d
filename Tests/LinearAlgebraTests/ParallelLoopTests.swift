import LinearAlgebra
import Synchronization
import Testing

@Suite("Parallel loop and seeded randomness")
struct ParallelLoopTests {
  @Test("every index is visited exactly once", arguments: [1, 2, 5])
  func coverage(threads: Int) {
    let visits = Mutex([Int](repeating: 0, count: 1_003))
    ParallelLoop(threads: threads).forEachChunk(count: 1_003, chunkSize: 17, makeState: { 0 }) { _, range in
      visits.withLock { for i in range { $0[i] += 1 } }
    }
    #expect(visits.withLock { $0 }.allSatisfy { $0 == 1 })
  }

  @Test("chunk results come back in order whatever the thread count")
  func mapChunks() {
    let one = ParallelLoop(threads: 1).mapChunks(count: 100, chunkSize: 7) { $0.reduce(0, +) }
    let four = ParallelLoop(threads: 4).mapChunks(count: 100, chunkSize: 7) { $0.reduce(0, +) }
    #expect(one == four)
    #expect(one.reduce(0, +) == 4_950)
  }

  @Test("the same seed gives the same stream; another seed does not")
  func seeded() {
    var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
    let sa = (0..<5).map { _ in a.next() }
    #expect(sa == (0..<5).map { _ in b.next() })
    #expect(sa != (0..<5).map { _ in c.next() })
    var d = SeededGenerator(seed: 7)
    let mean = (0..<20_000).map { _ in Double(d.nextUnitFloat()) }.reduce(0, +) / 20_000
    #expect(abs(mean - 0.5) < 0.01)
  }
}
