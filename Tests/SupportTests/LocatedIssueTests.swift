import Support
import Testing

/// The one located-issue type and the file-open error: what a person reads.
@Suite("Located issues")
struct LocatedIssueTests {
  @Test("the message names file, line, column when there is one, and the suggestion")
  func description() {
    let typo = LocatedIssue(
      path: "s.yaml", line: 2, column: 1, field: "dayz", message: "unknown key 'dayz' in scenario",
      suggestion: "days")
    #expect(typo.description == "s.yaml:2:1: unknown key 'dayz' in scenario; did you mean 'days'?")
    let line = LocatedIssue.malformedLine(
      path: "u.data", line: 7, field: "value", expected: "a finite number", found: "lots")
    #expect(line.description == "u.data:7: field 'value': expected a finite number, found 'lots'")
    #expect(line.field == "value" && line.column == nil && line.suggestion == nil)
  }

  @Test("a file that cannot be opened says which and why")
  func fileOpen() {
    #expect(FileOpenError.noSuchFile(path: "/x/u.data").description == "/x/u.data: no such file")
    #expect(FileOpenError.noSuchFile(path: "/x/u.data").reason == "no such file")
    let denied = FileOpenError.cannotOpen(path: "/x/u.data", reason: "Permission denied")
    #expect(denied.description == "/x/u.data: cannot open the file (Permission denied)")
    #expect(denied.path == "/x/u.data")
    #expect(throws: FileOpenError.noSuchFile(path: "/nonexistent/u.data")) {
      _ = try LineReader(path: "/nonexistent/u.data")
    }
  }
}
