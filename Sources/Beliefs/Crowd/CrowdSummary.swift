import Inference

/// A crowd as a person reads about it beside the guesses it made: where
/// its files are, how many members, ratings and titles it holds, how many
/// members are labelled and how well its classifiers guess them.
public struct CrowdSummary: Sendable, Codable, Equatable {
  /// The files a crowd was read from.
  public struct Source: Sendable, Codable, Equatable {
    /// The MovieLens release.
    public let release: CrowdFolder.Release
    /// The folder given to `--crowd`.
    public let folder: String
    /// The ratings file.
    public let ratings: String
    /// The movies file.
    public let movies: String
    /// The users file, when there is one.
    public let users: String?

    /// Creates a source.
    public init(release: CrowdFolder.Release, folder: String, ratings: String, movies: String, users: String?) {
      self.release = release
      self.folder = folder
      self.ratings = ratings
      self.movies = movies
      self.users = users
    }
  }

  /// Where the crowd came from.
  public let source: Source
  /// Members with at least one rating on the crowd's movies.
  public let members: Int
  /// Their ratings on those movies.
  public let ratings: Int
  /// Movies rated at least once (the titles of the taste space).
  public let titles: Int
  /// Members whose age and gender the users file gives (0 without one).
  public let labelled: Int
  /// The demographic classifiers' cross-validated skill (empty without a
  /// users file).
  public let skills: [CrossValidatedSkill]

  /// Creates a summary.
  public init(source: Source, members: Int, ratings: Int, titles: Int, labelled: Int, skills: [CrossValidatedSkill]) {
    self.source = source
    self.members = members
    self.ratings = ratings
    self.titles = titles
    self.labelled = labelled
    self.skills = skills
  }

  /// Whether a demographic guess is possible: a users file with labelled
  /// members was given.
  public var guessesDemographics: Bool { labelled > 0 }

  /// The skill of a trait's classifier.
  public func skill(of trait: TraitKind) -> CrossValidatedSkill? { skills.first { $0.trait == trait } }
}

/// One profile among a crowd: the crowd, how many of the profile's titles
/// are among the crowd's rated movies (those folded into its taste space;
/// with none, no taste vector and no demographic guess), and which of the
/// profile's traits are the crowd's.
public struct CrowdStanding: Sendable, Codable, Equatable {
  /// The crowd.
  public let crowd: CrowdSummary
  /// The profile's titles with a factor in the crowd's model.
  public let titlesFolded: Int
  /// The kinds of the profile's traits that the crowd gave (its taste
  /// vector; the age band and gender its classifier guessed).
  public let guessed: [TraitKind]

  /// Creates a standing.
  public init(crowd: CrowdSummary, titlesFolded: Int, guessed: [TraitKind]) {
    self.crowd = crowd
    self.titlesFolded = titlesFolded
    self.guessed = guessed
  }
}
