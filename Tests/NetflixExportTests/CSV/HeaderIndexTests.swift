import Testing
@testable import NetflixExport

@Suite("Headers matched by name")
struct HeaderIndexTests {
  @Test("any order, any case, unknown columns listed as not read")
  func reorderedUpperCase() throws {
    let index = try HeaderIndex(
      header: ["EVENT UTC TS", "title name", "Profile_Name", "Surprise"], layout: .ratings, location: "r.csv")
    #expect(index.position(of: "Event Utc Ts") == 0)
    #expect(index.position(of: "Title Name") == 1)
    #expect(index.position(of: "Profile Name") == 2)
    #expect(index.notRead == ["Surprise"])
    #expect(!index.has("Star Value"))
  }

  @Test("a missing required column names the file and the column")
  func missingColumn() {
    #expect {
      _ = try HeaderIndex(header: ["Profile Name", "Title"], layout: .viewingActivity, location: "v.csv")
    } throws: { error in
      guard case NetflixExportError.missingColumn(let path, let column, _) = error else { return false }
      return path == "v.csv" && column == "Start Time" && "\(error)".contains("column 'Start Time' is required")
    }
  }
}
