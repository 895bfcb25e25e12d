import Foundation
import TestSupport
import Testing

/// Tools/openblas-coretype.sh picks OPENBLAS_CORETYPE from the CPU's flags
/// with the rule of `BLAS.recommendedCoreType`, and no script forces a
/// kernel the CPU may lack (issue 15, item 12).
@Suite("the OpenBLAS kernel of scripts comes from the CPU's flags")
struct OpenBLASCoreTypeScriptTests {
  static let root = SharedData.repositoryRoot

  /// What the script prints for a /proc/cpuinfo with these flags.
  static func coreType(flags: String) throws -> String {
    let cpuinfo = NSTemporaryDirectory() + "glasshouse-cpuinfo-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: cpuinfo) }
    try "processor\t: 0\nflags\t\t: \(flags)\n\nprocessor\t: 1\nflags\t\t: \(flags)\n"
      .write(toFile: cpuinfo, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = root.appendingPathComponent("Tools/openblas-coretype.sh")
    process.environment = ["CPUINFO": cpuinfo, "PATH": "/usr/bin:/bin"]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test("SkylakeX only with AVX-512 F, BW and VL; Haswell with AVX2 and FMA; otherwise nothing")
  func rule() throws {
    #expect(try Self.coreType(flags: "fpu sse2 avx avx2 fma avx512f avx512dq avx512bw avx512vl") == "SkylakeX")
    // An AMD EPYC (Zen): AVX2 but no AVX-512, where SkylakeX kernels die with SIGILL.
    #expect(try Self.coreType(flags: "fpu sse2 avx avx2 fma bmi2 sha_ni") == "Haswell")
    #expect(try Self.coreType(flags: "fpu sse2 avx avx2 fma avx512f avx512bw") == "Haswell")
    #expect(try Self.coreType(flags: "fpu sse2 avx avx2") == "")
    #expect(try Self.coreType(flags: "fpu sse2 sse4_2 avx") == "")
    // A flag is a whole word: avx2 inside another name does not count.
    #expect(try Self.coreType(flags: "fpu xavx2 fmax") == "")
  }

  @Test("no script, and not the README's benchmark command, hard-codes a kernel")
  func nothingHardCoded() throws {
    for file in ["Tools/spark/run-parity.sh", "Benchmarks/compare-implicit.sh", "README.md"] {
      let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
      for kernel in ["SkylakeX", "Haswell", "Zen", "Sandybridge"] {
        #expect(!text.contains("OPENBLAS_CORETYPE=\(kernel)"), "\(file) sets OPENBLAS_CORETYPE=\(kernel)")
        #expect(!text.contains("OPENBLAS_CORETYPE:-\(kernel)"), "\(file) defaults OPENBLAS_CORETYPE to \(kernel)")
      }
    }
    let parity = try String(contentsOf: Self.root.appendingPathComponent("Tools/spark/run-parity.sh"), encoding: .utf8)
    #expect(parity.contains("Tools/openblas-coretype.sh"))
  }
}
