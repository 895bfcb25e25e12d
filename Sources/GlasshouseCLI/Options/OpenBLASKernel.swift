import Foundation
import LinearAlgebra

/// Makes sure OpenBLAS runs the kernels this CPU supports.
///
/// When OpenBLAS's detection fell back to generic kernels on a CPU with
/// AVX2 or AVX-512 (``BLAS/recommendedCoreType``), the command sets
/// `OPENBLAS_CORETYPE` and executes itself again, once: the variable is
/// read only when the library loads. A user's own `OPENBLAS_CORETYPE`
/// always wins. Set `GLASSHOUSE_KEEP_BLAS_KERNEL=1` to opt out.
enum OpenBLASKernel {
  static func restartWithBetterKernelIfNeeded() {
    let environment = ProcessInfo.processInfo.environment
    guard environment["OPENBLAS_CORETYPE"] == nil, environment["GLASSHOUSE_KEEP_BLAS_KERNEL"] == nil,
          let core = BLAS.recommendedCoreType
    else { return }
    setenv("OPENBLAS_CORETYPE", core, 1)
    setenv("GLASSHOUSE_KEEP_BLAS_KERNEL", "1", 1)
    var arguments = CommandLine.arguments.map { strdup($0) }
    arguments.append(nil)
    execv("/proc/self/exe", &arguments)
    // execv returns only on failure: carry on with the generic kernels.
  }
}
