import Catalog
import Datasets
import Support
import Population
import Scenarios
import Testing

@Suite("Titles' own audiences and MovieLens-shaped rating samples")
struct AudienceTests {
  @Test("Audience coordinates: gender ±1, age evenly spaced, middle age centred")
  func coordinates() {
    let young = AudiencePosition.coordinates(ageBand: .under18, gender: .female)
    let old = AudiencePosition.coordinates(ageBand: .over55, gender: .male)
    #expect(young[0] == 1 && old[0] == -1)
    #expect(young[1] == -1 && old[1] == 1)
    let middle = AgeBand.allCases.map { AudiencePosition.coordinates(ageBand: $0, gender: .nonbinary)[2] }
    #expect(abs(middle.reduce(0, +)) < 1e-12)
    #expect(AudiencePosition.coordinates(ageBand: .from25to34, gender: .nonbinary)[0] == 0)
  }

  @Test("Women's ratings lean towards titles with a female audience, by about 2σ²")
  func womenChooseFemaleLeaningTitles() {
    let population = PopulationFixtures.small
    let sample = RatingSample(population: population, seed: 3)
    let d = AudiencePosition.dimension
    var sums: [Gender: (total: Double, count: Int)] = [:]
    for rating in sample.ratings {
      let gender = population.members[rating.member].gender
      let lean = population.titles.audienceLeans[rating.title * d]
      sums[gender, default: (0, 0)].total += lean
      sums[gender, default: (0, 0)].count += 1
    }
    let women = sums[.female]!.total / Double(sums[.female]!.count)
    let men = sums[.male]!.total / Double(sums[.male]!.count)
    // Tilting a normal lean of spread σ by e^(±lean) moves its mean by ±σ²:
    // expected difference 2 · 0.09² ≈ 0.016 (less where catalog size and
    // other terms blur it). Without audience leans it would be ~0 ± 0.002.
    let sigma = TitleTruth.defaultAudienceSpread[0]
    #expect(women - men > 0.5 * 2 * sigma * sigma)
    #expect(women - men < 2 * 2 * sigma * sigma)
  }

  @Test("Rating samples: at least 20 distinct titles a member, 1–5 stars, mean near 3.5")
  func sampleShape() {
    let population = PopulationFixtures.small
    let sample = RatingSample(population: population, seed: 1)
    var byMember: [Int: [Int]] = [:]
    for rating in sample.ratings { byMember[rating.member, default: []].append(rating.title) }
    #expect(byMember.count == sample.members.count)
    #expect(sample.members.allSatisfy { population.members[$0].personaID == nil })
    for titles in byMember.values {
      #expect(titles.count >= 20)
      #expect(Set(titles).count == titles.count)
    }
    #expect(sample.ratings.allSatisfy { (1...5).contains($0.stars) })
    let mean = Double(sample.ratings.reduce(0) { $0 + $1.stars }) / Double(sample.ratings.count)
    #expect(abs(mean - 3.5) < 0.25)
  }

  @Test("Crowd viewing hours: personal shifts keep each window's length")
  func shiftedSchedules() {
    var random = SeededGenerator(seed: 9)
    var shifts: [Int] = []
    for _ in 0..<400 {
      let template = ScheduleTemplate.schedule(for: .from45to54, devices: [.tv], sessionsPerWeek: 4)
      let member = ScheduleTemplate.schedule(for: .from45to54, devices: [.tv], sessionsPerWeek: 4, using: &random)
      guard member.count == template.count else { continue }  // a neighbouring band's hours
      let length = { (w: ViewingWindow) in ((w.end.minutes - w.start.minutes) % 1440 + 1440) % 1440 }
      #expect(length(member[0]) == length(template[0]))
      shifts.append(((member[0].start.minutes - template[0].start.minutes + 720) % 1440 + 1440) % 1440 - 720)
    }
    #expect(shifts.count > 150)
    let mean = Double(shifts.reduce(0, +)) / Double(shifts.count)
    let sd = (shifts.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(shifts.count)).squareRoot()
    #expect(abs(mean) < 15)
    #expect(abs(sd - ScheduleTemplate.personalShiftMinutes) < 15)
  }
}
