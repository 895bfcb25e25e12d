import Catalog
import Events
import Recommendation
import Testing

@testable import Platform

@Suite("Artwork personalization: variants, day parts, cast shares, contexts")
struct ArtworkPersonalizationTests {
  typealias F = PlatformFixtures
  static let index = CatalogIndex(catalog: F.catalog)

  static func personalization(
    _ kind: PlatformConfiguration.ArtworkPolicyKind = .epsilonGreedy(epsilon: 0.1)
  ) -> ArtworkPersonalization {
    ArtworkPersonalization(catalog: F.catalog, index: index, policy: kind)
  }

  @Test("every variant id maps to its title and position")
  func variants() {
    let artwork = Self.personalization()
    #expect(artwork.variantOf.count == 24)
    #expect(artwork.variantOf["5-v1"]! == (4, 1))
    #expect(artwork.variantOf["12-v0"]! == (11, 0))
    #expect(artwork.variantOf["13-v0"] == nil)
  }

  @Test("the day part is read in the time's own UTC offset")
  func dayPart() throws {
    let utc = try #require(Timestamp(secondsSinceEpoch: F.start + 23 * 3600, offsetMinutes: 0))
    let berlin = try #require(Timestamp(secondsSinceEpoch: F.start + 23 * 3600, offsetMinutes: 120))
    let newYork = try #require(Timestamp(secondsSinceEpoch: F.start + 2 * 3600, offsetMinutes: -300))
    #expect(ArtworkPersonalization.dayPart(of: utc) == .init(hour: 23))
    #expect(ArtworkPersonalization.dayPart(of: berlin) == .init(hour: 1))
    #expect(ArtworkPersonalization.dayPart(of: newYork) == .init(hour: 21))
  }

  @Test("cast shares are shares of positive feedback on titles featuring each cast member")
  func castShares() {
    let artwork = Self.personalization()
    let shares = artwork.castShares(of: [(0, 3), (1, 1), (4, 4), (8, -2)])
    let horrorStar = artwork.artwork.castNumber(of: "Star Horror")!
    let comedyStar = artwork.artwork.castNumber(of: "Star Comedy")!
    #expect(shares == [horrorStar: 0.5, comedyStar: 0.5])
    #expect(artwork.castShares(of: [(8, -2)]).isEmpty)
  }

  @Test("an unknown profile's context has no number and zero shares")
  func unknownContext() {
    let artwork = Self.personalization()
    let context = artwork.context(
      profile: nil, tastes: LearnedTastes(index: Self.index), dayPart: .init(hour: 20), device: .phone)
    #expect(context.profile == nil && context.device == .phone && context.dayPart == .init(hour: 20))
    #expect(context.genreShares.allSatisfy { $0 == 0 } && context.castShares.isEmpty)
    #expect(artwork.tonePrototypes.isEmpty && artwork.log.isEmpty)
  }

  @Test("only LinUCB explains its choice")
  func explanations() {
    let tastes = LearnedTastes(index: Self.index)
    let context = Self.personalization().context(profile: nil, tastes: tastes, dayPart: .init(hour: 20), device: .tv)
    #expect(Self.personalization().explain(title: 0, context: context, feedback: []) == nil)
    let evidence = Self.personalization(.linUCB(alpha: 1)).explain(title: 0, context: context, feedback: [])
    #expect(evidence?.evidence.allSatisfy(\.isEmpty) == true)
  }
}
