import Catalog
import Testing

@testable import Scenarios

@Suite("Crowd and platform decoders: left-out keys keep the standard values")
struct CrowdDecoderTests {
  @Test("weights are read by name; the rest stays standard")
  func weights() throws {
    let document = ScenarioNodes.document()
    let root = try #require(
      document.reader.compose("{members: 40, age_bands: {25-34: 2, 55+: 1}, regions: {DE: 1}, taste_spread: 0.5}"))
    let crowd = try #require(CrowdDecoder(document: document).crowd(root))
    #expect(ScenarioNodes.kinds(document).isEmpty)
    #expect(crowd.members == 40 && crowd.tasteSpread == 0.5 && crowd.regions == ["DE": 1])
    #expect(Dictionary(uniqueKeysWithValues: crowd.ageBands.map { ($0.key.rawValue, $0.value) }) == ["25-34": 2, "55+": 1])
    var expected = Crowd.standard
    expected.members = 40
    expected.ageBands = crowd.ageBands
    expected.regions = ["DE": 1]
    expected.tasteSpread = 0.5
    #expect(crowd == expected)
  }

  @Test("all-zero weights, an unknown band and a time zone that does not exist are reported")
  func problems() throws {
    let document = ScenarioNodes.document()
    let root = try #require(
      document.reader.compose("{genders: {female: 0, male: 0}, age_bands: {teen: 1}, time_zones: {Mars/Olympus: 1}}"))
    _ = CrowdDecoder(document: document).crowd(root)
    let issues = ScenarioNodes.kinds(document)
    #expect(issues.count == 3)
    guard case .invalidValue(let field, _, let found, _)? = issues.first else {
      Issue.record("the unknown age band first, got \(issues)")
      return
    }
    #expect(field == "crowd.age_bands.teen" && found == "'teen'")
    #expect(issues.contains(.invalidValue(field: "crowd.genders", expected: "at least one positive weight", found: "only zeros", suggestion: nil)))
    #expect(issues.contains { if case .invalidValue(let field, "an IANA time zone name", _, _) = $0 { field == "crowd.time_zones.Mars/Olympus" } else { false } })
  }

  @Test("platform settings: given keys replace the standard values")
  func platform() throws {
    let document = ScenarioNodes.document()
    let root = try #require(document.reader.compose("{factors: 8, solver: cholesky, artwork_epsilon: 2}"))
    let settings = try #require(PlatformSettingsDecoder(document: document).settings(root))
    #expect(settings.factors == 8 && settings.solver == .cholesky)
    #expect(settings.iterations == PlatformSettings.standard.iterations)
    #expect(settings.artworkEpsilon == PlatformSettings.standard.artworkEpsilon)  // 2 is out of range: reported
    #expect(ScenarioNodes.kinds(document).count == 1)
  }
}
