import Foundation

/// Runs the built `glasshouse` binary as a user would, for the tests that
/// check commands end to end.
public enum GlasshouseProcess {
  /// What a run of the binary printed and how it ended.
  public struct Result: Sendable {
    /// The exit status.
    public let status: Int32
    /// Standard output.
    public let output: String
    /// Standard error.
    public let error: String
  }

  /// The binary beside the test bundle (both are products of the same build).
  public static let binary: URL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("glasshouse")

  /// Runs the binary with `arguments`, in `directory` when given (else this
  /// process's current folder), keeping the OpenBLAS kernel the test runs
  /// under.
  public static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    environment["GLASSHOUSE_KEEP_BLAS_KERNEL"] = "1"
    process.environment = environment
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let error = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
      error: String(decoding: error, as: UTF8.self))
  }
}
