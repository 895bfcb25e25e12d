import Foundation
import TestSupport
import Testing

/// `glasshouse validate` and `evaluate` on bad input: usage errors exit 64,
/// bad data 65 with the file, line and field; nothing bad is reported OK.
@Suite("glasshouse validate and evaluate on bad input, end to end")
struct InputValidationCommandTests {
  static func file(_ text: String, named name: String) throws -> String {
    let folder = NSTemporaryDirectory() + "glasshouse-input-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("evaluate -n 0 is a usage error (64), not NaN")
  func cutoffZero() throws {
    let path = try Self.file("1\t1\t4\t10\n1\t2\t3\t20\n", named: "u.data")
    let result = try GlasshouseCommandTests.run(["evaluate", path, "-n", "0"])
    #expect(result.status == 64)
    #expect(result.error.contains("-n must be at least 1"))
    #expect(!result.output.lowercased().contains("nan"))
  }

  @Test("A missing input file says 'no such file' and exits 65")
  func missingFile() throws {
    let path = NSTemporaryDirectory() + "glasshouse-missing-\(UUID().uuidString)/ratings.csv"
    for arguments in [["evaluate", path], ["factorize", path], ["validate", path]] {
      let result = try GlasshouseCommandTests.run(arguments)
      #expect(result.status == 65, "\(arguments[0])")
      #expect((result.error + result.output).contains("\(path): no such file"), "\(arguments[0])")
    }
  }

  @Test(
    "validate refuses interaction lines the layout does not allow, naming file, line and field",
    arguments: [
      ("u.data", "1\t2\t3\n", 1, "timestamp"),
      ("ratings.csv", "userId,movieId,rating,timestamp\n1,2,6,10\n", 2, "value"),
      ("ratings.csv", "userId,movieId,rating,timestamp\n1,2,0,10\n", 2, "value"),
      ("ratings.csv", "userId,movieId,rating,timestamp\n1,2,-1,10\n", 2, "value"),
      ("ratings.csv", "userId,movieId,rating,timestamp\n1,2,4.25,10\n", 2, "value"),
      ("ratings.dat", "1::2::0.5::10\n", 1, "value"),
      ("u.data", "1\t2\t3\t-5\n", 1, "timestamp"),
      ("u.data", "1\t2\u{0}x\t3\t5\n", 1, "item"),
      ("ratings.csv", "user,item,score,time\n1,2,3,4\n", 1, "header"),
      ("ratings.csv", "userId,movieId,rating\n1,2,3\n", 1, "header"),
    ])
  func refused(name: String, text: String, line: Int, field: String) throws {
    let path = try Self.file(text, named: name)
    let result = try GlasshouseCommandTests.run(["validate", path])
    #expect(result.status == 65)
    #expect(!result.output.contains("interactions OK"))
    #expect(result.output.contains("\(path):\(line): field '\(field)'"), "\(result.output)")
  }

  @Test("A 2 MB id is refused with its length, not its text")
  func hugeIdentifier() throws {
    let path = try Self.file(String(repeating: "7", count: 2_000_000) + "\t2\t3\t4\n", named: "u.data")
    let result = try GlasshouseCommandTests.run(["validate", path])
    #expect(result.status == 65)
    #expect(result.output.contains("\(path):1: field 'user': expected an identifier of at most 256 bytes"))
    #expect(result.output.count < 1_000)
  }

  @Test("Valid files of every layout are still OK")
  func valid() throws {
    for (name, text) in [
      ("u.data", "196\t242\t3\t881250949\n"),
      ("ratings.csv", "userId,movieId,rating,timestamp\n1,1,0.5,964982703\n1,3,5.0,0\n"),
      ("ratings.dat", "1::1193::5::978300760\n"),
    ] {
      let path = try Self.file(text, named: name)
      let result = try GlasshouseCommandTests.run(["validate", path])
      #expect(result.status == 0, "\(name): \(result.output)")
      #expect(result.output.contains("\(path): interactions OK"))
    }
  }
}
