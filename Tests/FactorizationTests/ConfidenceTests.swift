import Factorization
import Testing

@Suite("Confidence rules")
struct ConfidenceTests {
  @Test("hand-computed confidences and solve weights")
  func handComputed() {
    let paper = Confidence(scaling: .linear(alpha: 40), convention: .paper)
    #expect(paper.confidence(2) == 81)
    #expect(paper.solveWeights(2) == (80, 81))
    #expect(paper.solveWeights(-2) == (80, 0))  // a thumbs-down: preference 0
    let lib = Confidence(scaling: .linear(alpha: 1), convention: .implicitLibrary)
    #expect(lib.solveWeights(0.5) == (-0.5, 0.5))
    let log = Confidence(scaling: .logarithmic(alpha: 2, epsilon: 1), convention: .paper)
    #expect(abs(log.confidence(Float(M_E - 1)) - 3) < 1e-6)
  }
}

#if canImport(Glibc)
import Glibc
#endif
