import Events
import Testing
@testable import NetflixExport

@Suite("Times, durations, attributes, devices, maturity")
struct ExportValueTests {
  @Test("Netflix's UTC form and the documented variants give the same instant", arguments: [
    "2024-03-01 20:15:00", "2024-03-01T20:15:00Z", "2024-03-01T20:15:00", "2024-03-01 20:15:00 UTC",
    "2024-03-01T21:15:00+01:00", "2024-03-01 20:15", "3/1/2024 20:15", "2024/03/01 20:15:00",
  ])
  func timestamps(text: String) throws {
    let time = try #require(ExportTimestamp.parse(text))
    #expect(time.secondsSinceEpoch == Timestamp("2024-03-01T20:15:00Z")!.secondsSinceEpoch)
  }

  @Test("dates alone are midnight UTC; nonsense is refused")
  func dates() {
    #expect(ExportTimestamp.parse("2024-02-28")?.description == "2024-02-28T00:00:00+00:00")
    #expect(ExportTimestamp.parse("3/1/24")?.description == "2024-03-01T00:00:00+00:00")
    for bad in ["", "yesterday", "2024-13-01 00:00:00", "2024-03-01 25:00:00", "2024-02-30"] {
      #expect(ExportTimestamp.parse(bad) == nil, "\(bad)")
    }
    #expect(ExportTimestamp.format(Timestamp("2024-03-01T21:15:00+01:00")!) == "2024-03-01 20:15:00")
  }

  @Test("durations HH:MM:SS")
  func durations() {
    #expect(ExportDuration.parse("01:02:03") == 3723)
    #expect(ExportDuration.parse("125:00:00") == 450_000)
    #expect(ExportDuration.parse("05:30") == 330)
    #expect(ExportDuration.parse("1:60:00") == nil)
    #expect(ExportDuration.parse("abc") == nil)
    #expect(ExportDuration.format(3723) == "01:02:03")
  }

  @Test("autoplay attributes")
  func attributes() {
    let preview = PlaybackAttributes("Autoplayed: user action: None; ")
    #expect(preview.autoplayed && preview.noUserAction)
    let touched = PlaybackAttributes("Autoplayed: user action: User_Interaction; ")
    #expect(touched.autoplayed && !touched.noUserAction)
    #expect(PlaybackAttributes("Has branched playback; ").branched)
  }

  @Test("device names", arguments: [
    ("Samsung 2019 Smart TV", DeviceType.tv), ("Apple iPhone 12 (AT&T)", .phone), ("Chrome PC (Cadmium)", .computer),
    ("Sony PS4", .console), ("Amazon Fire TV Stick", .streamingStick), ("Apple iPad Air", .tablet),
  ])
  func devices(name: String, type: DeviceType) {
    #expect(DeviceDescription(name).type == type)
  }

  @Test("the writer's device names read back as their type", arguments: DeviceType.allCases)
  func writtenDevices(type: DeviceType) {
    #expect(DeviceDescription(DeviceDescription.written(type: type, os: "Tizen 8", device: "h1tv")).type == type)
  }

  @Test("maturity levels")
  func maturity() {
    #expect(MaturitySetting.level("1000000") == .adults)
    #expect(MaturitySetting.level("50") == .littleKids)
    #expect(MaturitySetting.level("OLDER_KIDS") == .olderKids)
    #expect(MaturitySetting.level("") == .adults)
    #expect(MaturitySetting.level("banana") == nil)
    for level in MaturityLevel.allCases { #expect(MaturitySetting.level(MaturitySetting.written(level)) == level) }
  }
}
