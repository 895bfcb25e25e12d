import Datasets
import Scenarios

/// Where a member sits on the audience axes titles lean along: gender
/// (women +1, men −1, non-binary 0), age (−1 for under-18 to +1 for 55+,
/// evenly spaced over the six bands) and middle age (the square of the age
/// coordinate, centred, so a title can draw the middle bands more than both
/// ends or the reverse).
///
/// With ``TitleTruth/audienceLeans`` this puts demographic signal into
/// which titles members choose, beyond their genres — as in real viewing,
/// where individual films have audiences of their own.
public enum AudiencePosition {
  /// The number of axes.
  public static let dimension = 3

  /// The coordinates of an age band and gender.
  public static func coordinates(ageBand: AgeBand, gender: Gender) -> [Double] {
    let band = Double(AgeBand.allCases.firstIndex(of: ageBand) ?? 2)
    let age = (band - 2.5) / 2.5
    let sex: Double
    switch gender {
    case .female: sex = 1
    case .male: sex = -1
    case .nonbinary: sex = 0
    }
    // Mean of age² over the six evenly spaced bands: (1 + 0.36 + 0.04) / 3.
    return [sex, age, age * age - 1.4 / 3]
  }
}
