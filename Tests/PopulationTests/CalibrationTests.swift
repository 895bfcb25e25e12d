import Catalog
import Datasets
import Foundation
import Population
import Scenarios
import TestSupport
import Testing

@Suite("Calibration against MovieLens 100K genre shares")
struct CalibrationTests {
  /// The tolerance Docs/Calibration.md states: every genre's simulated
  /// share within 0.02 (absolute) of MovieLens 100K's, per age band and per
  /// gender.
  static let tolerance = 0.02

  @Test("The embedded constants equal the shared CSV (SharedData)")
  func constantsMatchSharedData() throws {
    let file = "movielens-100k-genre-shares-by-demographic.csv"
    guard SharedData.isAvailable(file) else { return }
    let text = try String(contentsOfFile: SharedData.path(file), encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    let header = lines[0].split(separator: ",").map(String.init)
    for line in lines.dropFirst() {
      let fields = line.split(separator: ",").map(String.init)
      let shares: [Double]
      let users: Int
      if fields[0] == "age_band" {
        let band = try #require(AgeBand(rawValue: fields[1]))
        let group = try #require(DemographicGenreShares.byAgeBand.first { $0.band == band }).group
        shares = group.shares
        users = group.users
      } else {
        let gender: Gender = fields[1] == "F" ? .female : .male
        let group = try #require(DemographicGenreShares.byGender.first { $0.gender == gender }).group
        shares = group.shares
        users = group.users
      }
      #expect(Int(fields[2]) == users)
      for (g, genre) in DemographicGenreShares.genres.enumerated() {
        let column = genre == .children ? "Children's" : genre.name
        let position = try #require(header.firstIndex(of: column))
        #expect(abs((Double(fields[position]) ?? -1) - shares[g]) < 1e-9, "\(line) \(genre)")
      }
    }
  }

  @Test("The fit converges on a generated catalog")
  func fitConverges() throws {
    let population = PopulationFixtures.small
    #expect(population.calibration.maximumError < 0.005)
  }

  @Test("A simulated crowd reproduces the shares per age band and gender")
  func crowdReproducesShares() throws {
    let population = PopulationFixtures.large
    let crowd = population.members.indices.filter { !population.members[$0].isPersona }
    let shares = crowd.map { population.organicGenreShares(member: $0) }
    func mean(_ members: [Int]) -> [Double] {
      var sum = [Double](repeating: 0, count: DemographicGenreShares.genres.count)
      for m in members { for g in sum.indices { sum[g] += shares[m] [g] } }
      return sum.map { $0 / Double(max(1, members.count)) }
    }
    var worst = 0.0
    for (band, group) in DemographicGenreShares.byAgeBand {
      let simulated = mean(crowd.indices.filter { population.members[crowd[$0]].ageBand == band })
      for g in simulated.indices {
        worst = max(worst, abs(simulated[g] - group.shares[g]))
        #expect(
          abs(simulated[g] - group.shares[g]) <= Self.tolerance,
          "\(band.rawValue) \(DemographicGenreShares.genres[g]): \(simulated[g]) vs \(group.shares[g])")
      }
    }
    for (gender, group) in DemographicGenreShares.byGender {
      let simulated = mean(crowd.indices.filter { population.members[crowd[$0]].gender == gender })
      for g in simulated.indices {
        worst = max(worst, abs(simulated[g] - group.shares[g]))
        #expect(
          abs(simulated[g] - group.shares[g]) <= Self.tolerance,
          "\(gender.rawValue) \(DemographicGenreShares.genres[g]): \(simulated[g]) vs \(group.shares[g])")
      }
    }
    print("calibration: worst share difference \(worst), rounds \(population.calibration.rounds), fit error \(population.calibration.maximumError)")
  }

  @Test("Older members watch more drama and less sci-fi, women more romance")
  func directionsHold() throws {
    let population = PopulationFixtures.small
    let drama = DemographicGenreShares.genres.firstIndex(of: .drama)!
    let romance = DemographicGenreShares.genres.firstIndex(of: .romance)!
    let calibration = population.calibration
    #expect(
      calibration.lifts(ageBand: .over55, gender: .male)[drama]
        > calibration.lifts(ageBand: .from18to24, gender: .male)[drama])
    #expect(
      calibration.lifts(ageBand: .from25to34, gender: .female)[romance]
        > calibration.lifts(ageBand: .from25to34, gender: .male)[romance])
  }
}
