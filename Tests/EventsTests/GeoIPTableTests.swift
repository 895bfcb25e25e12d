import Events
import Foundation
import Testing

@Suite("Geo-IP table: CIDR prefix → country, region, time zone")
struct GeoIPTableTests {
  @Test("Longest prefix wins, IPv4 and IPv6")
  func lookup() throws {
    let table = GeoIPTable.sample
    #expect(table.lookup(IPAddress("198.51.100.7")!)?.region == "Berlin")
    #expect(table.lookup(IPAddress("198.51.100.200")!)?.timeZone == "Europe/Amsterdam")
    #expect(table.lookup(IPAddress("203.0.113.70")!)?.region == "Osaka")
    #expect(table.lookup(IPAddress("203.0.113.7")!)?.region == "Tokyo")
    #expect(table.lookup(IPAddress("2001:db8::1")!)?.country == "GB")
    #expect(table.lookup(IPAddress("2001:db8:8000::1")!)?.country == "IE")
    #expect(table.lookup(IPAddress("8.8.8.8")!) == nil)
    // US time zones in quarters of 192.0.2.0/24; cities in /48s of 2001:db8::/32.
    #expect(table.lookup(IPAddress("192.0.2.5")!)?.timeZone == "America/New_York")
    #expect(table.lookup(IPAddress("192.0.2.70")!)?.region == "Chicago")
    #expect(table.lookup(IPAddress("192.0.2.140")!)?.timeZone == "America/Denver")
    #expect(table.lookup(IPAddress("192.0.2.200")!)?.timeZone == "America/Los_Angeles")
    #expect(table.lookup(IPAddress("2001:db8:1::9")!)?.region == "Paris")
    let sydney = GeoIPTable.sampleBlocks.firstIndex { $0.timeZone == "Australia/Sydney" }!
    #expect(table.lookup(IPAddress("2001:db8:\(String(sydney + 1, radix: 16))::2")!)?.country == "AU")
    #expect(table.lookup(IPAddress("2001:db8:0:0:1::")!)?.region == "London")
  }

  @Test("Addresses parse and print in canonical form")
  func addresses() throws {
    #expect(IPAddress("2001:0db8:0000:0000:0000:0000:0000:0001")?.description == "2001:db8::1")
    #expect(IPAddress("::ffff:203.0.113.9")?.description == "203.0.113.9")
    #expect(IPAddress("::")?.description == "::")
    #expect(IPAddress("1:0:0:2:0:0:0:3")?.description == "1:0:0:2::3")
    for bad in [
      "256.1.1.1", "1.2.3", "01.2.3.4", "1::2::3", "12345::", "", "a.b.c.d", "1:2:3:4:5:6:7:8:9",
    ] {
      #expect(IPAddress(bad) == nil, "\(bad)")
    }
  }

  @Test("A table file loads; a bad row names the line and column")
  func file() throws {
    let good = try EventExamples.file(
      ["# cidr\tcountry\tregion\ttime zone", "192.0.2.0/24\tUS\tNew York\tAmerica/New_York"],
      name: "geo.tsv")
    let table = try GeoIPTable(path: good.path)
    #expect(table.lookup(IPAddress("192.0.2.1")!)?.timeZone == "America/New_York")
    let bad = try EventExamples.file(
      ["192.0.2.0/24\tUS\tNY\tAmerica/New_York", "192.0.2.0/33\tUS\tNY\tX"], name: "geo.tsv")
    #expect(throws: EventLogError.self) { try GeoIPTable(path: bad.path) }
    do {
      _ = try GeoIPTable(path: bad.path)
    } catch {
      #expect(error.line == 2)
      #expect(error.field == "cidr")
    }
  }
}
