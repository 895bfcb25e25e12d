import Catalog
import Events
import Recommendation
import Testing

@testable import Platform

@Suite("Profile directory: the profiles seen and what their events say")
struct ProfileDirectoryTests {
  typealias F = PlatformFixtures
  static let index = CatalogIndex(catalog: F.catalog)

  @Test("profiles keep the position of their first appearance")
  func positions() {
    var directory = ProfileDirectory()
    #expect(directory.register(profile: "b", account: "a1") == (0, true))
    #expect(directory.register(profile: "a", account: "a1") == (1, true))
    #expect(directory.register(profile: "b", account: "other") == (0, false))
    #expect(directory.ids == ["b", "a"])
    #expect(directory.accounts == ["a1", "a1"])  // the first account stays
    #expect(directory.position(of: "a") == 1 && directory.position(of: "c") == nil)
    #expect(directory.count == 2 && directory.activities.count == 2 && directory.regions == [nil, nil])
  }

  @Test("a session's address sets the region when the geo-IP table knows it; plays update the activity")
  func regionAndActivity() {
    var directory = ProfileDirectory()
    let p = directory.register(profile: "p", account: "a-p").position
    directory.record(F.session("s1", 0, profile: "p", ip: "198.51.100.7"), profile: p, index: Self.index)
    #expect(directory.regions[p] == "Berlin")
    directory.record(F.session("s2", 10, profile: "p", ip: "10.1.2.3"), profile: p, index: Self.index)
    #expect(directory.regions[p] == "Berlin")  // not in the table: the region stays
    directory.record(F.session("s3", 20, profile: "p", ip: "2001:db8::5"), profile: p, index: Self.index)
    #expect(directory.regions[p] == "London")
    for event in F.watched(2, profile: "p", at: 30) { directory.record(event, profile: p, index: Self.index) }
    #expect(directory.activities[p].watched == [1])
    #expect(directory.activities[p].lastSeen?.secondsSinceEpoch == F.start + 3030)
  }
}
