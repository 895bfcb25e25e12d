import Assessment
import Catalog
import Events

/// Everything the report draws about one persona: the assessment's report
/// and what the platform holds for the persona's profile.
struct PersonaView: Sendable {
  /// The assessment of the persona.
  let report: PersonaReport
  /// The colour that marks the persona in every figure.
  let colour: String
  /// The profile's taste vector in the model's factor space, when the
  /// platform has one.
  let taste: [Double]?
  /// The profile's events and its account's events without a profile, in
  /// log order, each with its simulated day (0-based).
  let events: [(day: Int, event: Event)]
  /// The platform's genre affinities of the profile (share of positive
  /// feedback per genre) beside the mean over active profiles, largest
  /// share first, genres with no share left out.
  let genres: [(genre: Genre, share: Double, mean: Double)]

  /// The persona's name, for labels.
  var name: String { report.name }

  /// An id fragment for anchors: the persona id with anything but letters,
  /// digits and dashes replaced.
  var anchor: String {
    "persona-" + String(report.persona.unicodeScalars.map { scalar in
      (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) || scalar == "-"
        ? Character(scalar) : "_"
    })
  }
}
