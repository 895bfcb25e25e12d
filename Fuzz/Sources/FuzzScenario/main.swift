import CLibFuzzer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

// libFuzzer's driver, run from this target's own main: SwiftPM links a debug
// executable with `--defsym main=FuzzScenario_main`, so an executable without a
// main of its own (libFuzzer's, with -parse-as-library) does not link.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
// A closure, not the @_cdecl function itself: referring to that as a C
// function pointer from another file defines its symbol twice.
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzScenario(data, size) })
