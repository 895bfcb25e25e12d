import Catalog
import Testing

@testable import Scenarios

@Suite("Account decoder: accounts, profiles, viewers")
struct AccountDecoderTests {
  static let personas = ["alex", "sam", "jo"].map { id in
    Persona(
      id: id, name: id.capitalized, ageBand: .from25to34, gender: .female, region: "US", timeZone: "UTC",
      devices: [.tv], schedule: [], tastes: Tastes(), bingeTendency: 0.3)
  }

  static func decode(_ yaml: String?) throws -> ([Account], [DocumentIssue.Kind], [(Int, Int)]) {
    let document = ScenarioNodes.document()
    let personaItems = document.reader.compose("- {id: alex}\n- {id: sam}\n- {id: jo}\n")
    let root = try yaml.map { try #require(document.reader.compose($0)) }
    let accounts = AccountDecoder(document: document, personas: Self.personas).accounts(root, personaItems: personaItems)
    return (accounts, ScenarioNodes.kinds(document), document.reader.issues.map { ($0.line, $0.column) })
  }

  @Test("without accounts, each persona has an account and a profile of their own")
  func defaults() throws {
    let (accounts, issues, _) = try Self.decode(nil)
    #expect(issues.isEmpty)
    #expect(accounts.map(\.id) == ["alex", "sam", "jo"])
    #expect(accounts.map(\.profiles) == Self.personas.map { [Profile(id: $0.id, name: $0.name, viewers: [$0.id])] })
  }

  @Test("a shared profile, a kids' profile, and every check across them")
  func checks() throws {
    let (accounts, issues, places) = try Self.decode(
      """
      - id: rivera
        profiles:
          - {id: family, viewers: [alex, sam, alex]}
          - {id: kids, name: Kids, viewers: [sma], kids: true}
      - id: rivera
        profiles:
          - {id: family, viewers: [sam]}
      """)
    #expect(accounts.count == 2)
    #expect(accounts[0].profiles.map(\.viewers) == [["alex", "sam"], []])
    #expect(accounts[0].profiles[1].isKids && accounts[0].profiles[1].name == "Kids")
    #expect(
      issues == [
        .duplicate(what: "viewer", name: "alex"),
        .unknownReference(field: "accounts[0].profiles[1].viewers[0]", name: "sma", kind: "persona", suggestion: "sam"),
        .duplicate(what: "account id", name: "rivera"),
        .duplicate(what: "profile id", name: "family"),
        .invalidValue(
          field: "personas[2].id", expected: "a persona listed among the viewers of some profile",
          found: "'jo', who watches on no profile", suggestion: nil),
      ])
    #expect(places[2].0 == 5 && places[3].0 == 7 && places[4] == (3, 8))
  }

  @Test("an accounts value that is not a list gives no accounts (and no defaults)")
  func notAList() throws {
    let (accounts, issues, _) = try Self.decode("{id: rivera}")
    #expect(accounts.isEmpty && issues.count == 1)
  }
}
