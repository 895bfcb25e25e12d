import COpenBLAS
import Foundation

/// Settings of the OpenBLAS library that every heavy computation runs on.
///
/// Glasshouse parallelizes over users and items itself and calls BLAS with
/// one thread inside each task, so that no result depends on how the work
/// was split between threads. ``useSingleThread()`` is called by the
/// factorization code before it starts; call ``setThreadCount(_:)`` only
/// for standalone large products.
public enum BLAS {
  /// Sets the number of threads OpenBLAS uses inside one call.
  ///
  /// - Parameter count: the thread count; values below 1 are treated as 1.
  public static func setThreadCount(_ count: Int) {
    openblas_set_num_threads(Int32(max(1, count)))
  }

  /// The number of threads OpenBLAS currently uses inside one call.
  public static var threadCount: Int {
    Int(openblas_get_num_threads())
  }

  /// Makes every BLAS call single-threaded (see the type's discussion).
  public static func useSingleThread() {
    setThreadCount(1)
  }

  /// OpenBLAS's description of its build and the kernel chosen for this CPU,
  /// for example `"OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64"`.
  public static var configuration: String {
    guard let text = openblas_get_config() else { return "OpenBLAS" }
    let core = openblas_get_corename().map { String(cString: $0) } ?? ""
    return String(cString: text) + (core.isEmpty ? "" : " (core: \(core))")
  }

  /// The OpenBLAS kernel family this CPU should use when OpenBLAS's own
  /// detection fell back to its generic "Prescott" kernels, else `nil`.
  ///
  /// Debian 12's OpenBLAS 0.3.21 does not recognise some newer CPUs (here a
  /// Xeon reported only as "Intel Xeon Processor") and then runs pre-AVX
  /// kernels, 3–5× slower. The choice is read from the CPU's flags in
  /// `/proc/cpuinfo`: AVX-512 → `SkylakeX`, AVX2 → `Haswell`. OpenBLAS
  /// reads `OPENBLAS_CORETYPE` only when it loads, so the `glasshouse`
  /// command restarts itself with it set (see ``OpenBLASKernel``).
  public static var recommendedCoreType: String? {
    guard core == "Prescott" else { return nil }
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let flagsLine = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return nil }
    let flags = Set(flagsLine.split(separator: " ").map(String.init))
    if flags.contains("avx512f") && flags.contains("avx512bw") && flags.contains("avx512vl") { return "SkylakeX" }
    if flags.contains("avx2") && flags.contains("fma") { return "Haswell" }
    return nil
  }

  /// The name of the kernel family OpenBLAS chose, for example `"Haswell"`.
  public static var core: String {
    openblas_get_corename().map { String(cString: $0) } ?? ""
  }
}
