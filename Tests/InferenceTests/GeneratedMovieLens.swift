import Datasets
import Foundation
import LinearAlgebra

/// A small simulated MovieLens: members with a known age band and gender
/// whose tastes depend on them, and ratings drawn accordingly, written in the
/// 100K (`u.data`, `u.user`) or 1M (`ratings.dat`, `users.dat`) layout.
///
/// The demographic effects are loosely modelled on MovieLens 100K's genre
/// shares by group (women rate more Romance and Drama and less Action and
/// Sci-Fi; older members more Drama, Film-Noir and War): each title has a
/// genre and an audience (a lean towards one gender and one age), and a
/// member's chance of rating a title grows with how well both match, on top
/// of individual taste and popularity. The leans are weak enough that no
/// single rating gives a member away.
struct GeneratedMovieLens {
  var members = 500
  var titles = 300
  var seed: UInt64 = 7
  /// How strongly demographics steer what is watched (0: not at all).
  var demographicStrength = 0.6

  static let genres = ["Action", "Romance", "Drama", "Sci-Fi", "Children", "Comedy", "Horror", "War"]
  /// Genre lift for women (− for men), by genre.
  static let genderLift: [Double] = [-0.6, 0.7, 0.3, -0.5, 0.3, 0.1, -0.2, -0.3]
  /// Genre lift per band step older, by genre.
  static let ageLift: [Double] = [-0.15, 0.05, 0.2, -0.1, -0.15, -0.05, -0.15, 0.2]
  /// Age band shares as in MovieLens 100K.
  static let bandShares: [(AgeBand, Double)] = [
    (.under18, 0.04), (.from18to24, 0.21), (.from25to34, 0.33), (.from35to44, 0.21),
    (.from45to54, 0.15), (.over55, 0.06),
  ]

  struct Output {
    var demographics: [MemberDemographics]
    var ratings: [Interaction]
  }

  func generate() -> Output {
    var random = SeededGenerator(seed: seed)
    let bands = AgeBand.allCases
    var titleGenre: [Int] = []
    var titleGenderLean: [Double] = []
    var titleAgeLean: [Double] = []
    var titlePopularity: [Double] = []
    var titleQuality: [Double] = []
    for _ in 0..<titles {
      titleGenre.append(Int(random.next() % UInt64(Self.genres.count)))
      titleGenderLean.append(random.nextGaussian() * 0.35)
      titleAgeLean.append(random.nextGaussian() * 0.25)
      titlePopularity.append(random.nextGaussian() * 0.9)
      titleQuality.append(random.nextGaussian() * 0.5)
    }
    var demographics: [MemberDemographics] = []
    var ratings: [Interaction] = []
    for m in 0..<members {
      let female = random.nextUnitDouble() < 0.29
      var u = random.nextUnitDouble()
      var band = bands[2]
      for (candidate, share) in Self.bandShares {
        if u < share { band = candidate; break }
        u -= share
      }
      let step = Double(bands.firstIndex(of: band)!) - 2.0
      let sign = female ? 1.0 : -1.0
      let years = [15, 21, 29, 39, 49, 60][bands.firstIndex(of: band)!] + Int(random.next() % 4)
      demographics.append(MemberDemographics(
        user: Label(m + 1), age: years, ageBand: band, gender: female ? .female : .male,
        occupation: "other", postalCode: "0\(m % 10)000"))
      let personal = Self.genres.indices.map { _ in random.nextGaussian() * 0.6 }
      let s = demographicStrength
      var keyed: [(key: Double, title: Int)] = []
      for t in 0..<titles {
        let g = titleGenre[t]
        let affinity =
          personal[g] + s * (sign * Self.genderLift[g] + step * Self.ageLift[g])
          + s * (sign * titleGenderLean[t] * 0.5 + step * titleAgeLean[t])
        let logit = titlePopularity[t] + affinity
        // Gumbel-top-k: sampling without replacement proportional to e^logit.
        let gumbel = -log(-log(max(random.nextUnitDouble(), 1e-12)))
        keyed.append((logit + gumbel, t))
      }
      keyed.sort { $0.key > $1.key }
      let count = 20 + Int(random.next() % 60)
      for (_, t) in keyed.prefix(count) {
        let g = titleGenre[t]
        let liking = titleQuality[t] + personal[g] + 0.5 * s * sign * Self.genderLift[g] + random.nextGaussian() * 0.8
        let stars = min(5, max(1, Int((3.4 + liking).rounded())))
        ratings.append(Interaction(
          user: Label(m + 1), item: Label(t + 1), value: Float(stars), timestamp: 880_000_000 + Int64(m * 1000 + t)))
      }
    }
    return Output(demographics: demographics, ratings: ratings)
  }

  /// Writes `u.data` and `u.user` into a new directory and returns their paths.
  func write100K() -> (ratings: String, users: String) {
    let output = generate()
    let directory = Self.directory()
    let ratings = output.ratings.map { "\($0.user)\t\($0.item)\t\(Int($0.value))\t\($0.timestamp)" }
    let users = output.demographics.map {
      "\($0.user)|\($0.age)|\($0.gender == .female ? "F" : "M")|\($0.occupation)|\($0.postalCode)"
    }
    return (
      Self.write(ratings, to: directory + "/u.data"), Self.write(users, to: directory + "/u.user")
    )
  }

  /// Writes `ratings.dat` and `users.dat` (age codes) and returns their paths.
  func write1M() -> (ratings: String, users: String) {
    let output = generate()
    let directory = Self.directory()
    let codes: [AgeBand: Int] = [
      .under18: 1, .from18to24: 18, .from25to34: 25, .from35to44: 35, .from45to54: 45, .over55: 56,
    ]
    let ratings = output.ratings.map { "\($0.user)::\($0.item)::\(Int($0.value))::\($0.timestamp)" }
    let users = output.demographics.map {
      "\($0.user)::\($0.gender == .female ? "F" : "M")::\(codes[$0.ageBand]!)::\(Int($0.user.number! % 21))::\($0.postalCode)"
    }
    return (
      Self.write(ratings, to: directory + "/ratings.dat"), Self.write(users, to: directory + "/users.dat")
    )
  }

  static func directory() -> String {
    let path = NSTemporaryDirectory() + "glasshouse-movielens-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func write(_ lines: [String], to path: String) -> String {
    _ = FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
    return path
  }
}
