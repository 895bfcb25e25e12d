import LinearAlgebra
import Testing

@Suite("Stable string hash (FNV-1a)")
struct StableHashTests {
  @Test("Published FNV-1a 64-bit test vectors, and the 16-digit hex form")
  func vectors() {
    #expect(StableHash.fnv1a("") == 0xCBF2_9CE4_8422_2325)
    #expect(StableHash.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)
    #expect(StableHash.fnv1a("foobar") == 0x8594_4171_F739_67E8)
    #expect(StableHash.hex("a") == "af63dc4c8601ec8c")
    #expect(StableHash.hex("").count == 16)
  }
}
