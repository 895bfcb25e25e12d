import Catalog
import Datasets
import Factorization
import Inference
import LinearAlgebra
import Signals

/// What a platform would have learned from a crowd of members whose
/// ratings (and, with a users file, ages and genders) a person points to:
/// public labelled data standing in for the audience a real platform trains
/// on, so that beliefs from one person's log alone (``PlatformBeliefs``)
/// can place that person among other people.
///
/// Three things are learned, each from the crowd only (no event of the
/// person's is used to train, as a platform's models are trained before a
/// new member arrives):
/// - title factors: implicit ALS (Hu, Koren and Volinsky 2008) on the
///   crowd's ratings over its movies, a rating's stars as the observed
///   value (as `glasshouse factorize` and `evaluate demographics` train);
///   a profile's taste vector is then folded in against them
///   (``taste(events:reference:)``), and genre directions in that space
///   (``TasteDirections``) read it;
/// - the genre baseline: the crowd's mean genre mix, each member's shares
///   of the movies they rated (``GenreBaseline/init(averaging:)``), which
///   genre affinities are ranked against instead of the catalog's mix;
/// - with a users file, the demographic classifier (``CrowdDemographics``)
///   and its cross-validated skill.
public struct CrowdModel: Sendable {
  /// How the crowd's models are trained.
  public struct Configuration: Sendable {
    /// Taste-vector width.
    public var factors: Int
    /// ALS ridge λ.
    public var regularization: Float
    /// ALS iterations.
    public var iterations: Int
    /// Seed of the factorization and of the cross-validation folds.
    public var seed: UInt64
    /// Cross-validation folds of the demographic classifier.
    public var folds: Int
    /// Worker threads (results do not depend on it).
    public var threads: Int
    /// Fewest members with ratings on the crowd's movies.
    public var minimumMembers: Int

    /// The defaults: those of `glasshouse evaluate demographics` (k = 32,
    /// λ = 0.1, 15 iterations, exact Cholesky solves, 5 folds).
    public init(
      factors: Int = 32, regularization: Float = 0.1, iterations: Int = 15, seed: UInt64 = 1, folds: Int = 5,
      threads: Int = ParallelLoop.allCores.threads, minimumMembers: Int = 10
    ) {
      self.factors = factors
      self.regularization = regularization
      self.iterations = iterations
      self.seed = seed
      self.folds = folds
      self.threads = threads
      self.minimumMembers = minimumMembers
    }
  }

  /// What the crowd is, for a person to read and for profile.json.
  public let summary: CrowdSummary
  /// The crowd's movies: the catalog the import matches titles against.
  public let catalog: Catalog
  /// The factorization of the crowd's ratings.
  public let model: ImplicitModel
  /// The title of each item row of ``model``.
  public let titles: IndexMap<Label>
  /// Genre directions in the crowd's taste space.
  public let directions: TasteDirections
  /// The crowd's genre mix.
  public let baseline: GenreBaseline
  /// The demographic classifier trained on the crowd's labels; `nil`
  /// without a users file.
  public let demographics: CrowdDemographics?
  /// How a profile's events become the values folded in (the platform's
  /// default signals).
  public let signals: SignalExtractor

  /// Reads a crowd folder and trains on it.
  ///
  /// - Throws: ``CrowdError`` naming the file, line and field of bad input,
  ///   or saying why the crowd is too small.
  /// - Complexity: one ALS training, plus `folds + 1` classifier trainings
  ///   with a users file.
  public static func load(_ folder: CrowdFolder, configuration: Configuration = Configuration()) throws(CrowdError)
    -> CrowdModel
  {
    let catalog: Catalog
    do throws(CatalogError) { catalog = try MovieLensCatalogImporter.load(path: folder.movies) } catch {
      throw .catalog(error)
    }
    let interactions: [Interaction]
    let members: [MemberDemographics]?
    do throws(DatasetError) {
      interactions = try InteractionReader.read(path: folder.ratings)
      members = try folder.users.map { path throws(DatasetError) in try DemographicsReader.read(path: path) }
    } catch {
      throw .dataset(error)
    }
    return try CrowdModel(
      interactions: interactions, catalog: catalog, members: members,
      source: CrowdSummary.Source(release: folder.release, folder: folder.path, ratings: folder.ratings,
                                  movies: folder.movies, users: folder.users),
      configuration: configuration)
  }

  /// Trains on a crowd already in memory.
  ///
  /// - Parameters:
  ///   - interactions: the crowd's ratings; those of movies not in
  ///     `catalog` are left out.
  ///   - catalog: the crowd's movies.
  ///   - members: the crowd's ages and genders (`nil`: no users file).
  ///   - source: where the crowd came from, for its summary.
  /// - Throws: ``CrowdError`` when no rating names a movie of `catalog`,
  ///   or fewer than ``Configuration/minimumMembers`` members rated one.
  public init(
    interactions: [Interaction], catalog: Catalog, members: [MemberDemographics]?, source: CrowdSummary.Source,
    configuration: Configuration = Configuration()
  ) throws(CrowdError) {
    let known = interactions.filter { catalog.title(id: $0.item) != nil }
    guard !known.isEmpty else {
      throw .noRatedTitles(ratings: source.ratings, movies: source.movies, exampleItem: interactions.first?.item.text ?? "")
    }
    let matrix = LabeledSparseMatrix<Label, Label>(triples: known.map { (row: $0.user, column: $0.item, value: $0.value) })
    guard matrix.rowLabels.count >= configuration.minimumMembers else {
      throw .tooFewMembers(ratings: source.ratings, found: matrix.rowLabels.count, needed: configuration.minimumMembers)
    }
    let als = ImplicitALS(
      factors: configuration.factors, regularization: configuration.regularization, solver: .cholesky,
      iterations: configuration.iterations, seed: configuration.seed, threads: configuration.threads)
    let model = als.train(matrix.matrix)
    self.catalog = catalog
    self.model = model
    self.titles = matrix.columnLabels
    // Directions read the members' unit taste vectors: how a member's taste
    // points, not how much they rated (a person with eight titles folded in
    // has a much shorter vector than a member with hundreds of ratings, and
    // would otherwise read as "less of everything than the average member").
    self.directions = TasteDirections(
      model: ImplicitModel(userFactors: Self.unitRows(model.userFactors), itemFactors: model.itemFactors, configuration: als),
      titles: matrix.columnLabels, catalog: Self.withNamedGenresOnly(catalog))
    self.baseline = Self.genreBaseline(matrix, catalog: catalog)
    self.signals = SignalExtractor()
    let demographics = members.flatMap { members in
      CrowdDemographics(
        ratings: matrix, tastes: model.userFactors, members: members, folds: configuration.folds,
        seed: configuration.seed, threads: configuration.threads)
    }
    self.demographics = demographics
    self.summary = CrowdSummary(
      source: source, members: matrix.rowLabels.count, ratings: known.count, titles: matrix.columnLabels.count,
      labelled: demographics?.labelled ?? 0, skills: demographics?.skills ?? [])
  }

  /// Each row scaled to unit length (a zero row stays zero).
  static func unitRows(_ matrix: DenseMatrix) -> DenseMatrix {
    var out = matrix
    for r in 0..<matrix.rows { out.setRow(r, to: unit(matrix.row(r))) }
    return out
  }

  /// A vector scaled to unit length (a zero vector stays zero).
  static func unit(_ vector: [Float]) -> [Float] {
    let norm = vector.reduce(0) { $0 + Double($1) * Double($1) }.squareRoot()
    return norm > 1e-12 ? vector.map { Float(Double($0) / norm) } : vector
  }

  /// The catalog without MovieLens's `(no genres listed)` label, which is
  /// no direction of taste.
  static func withNamedGenresOnly(_ catalog: Catalog) -> Catalog {
    let titles = catalog.titles.map { title in
      Title(
        id: title.id, name: title.name, year: title.year, genres: title.genres.filter { $0 != .noGenresListed },
        cast: title.cast, maturityRating: title.maturityRating, runtimeMinutes: title.runtimeMinutes,
        artwork: title.artwork)
    }
    return (try? Catalog(titles: titles)) ?? catalog
  }

  /// The crowd's genre mix: the mean over its members of their genre
  /// shares, each rated movie counting once (a rating says the member
  /// watched it) for each of its genres.
  ///
  /// - Complexity: O(ratings · genres per title).
  static func genreBaseline(_ matrix: LabeledSparseMatrix<Label, Label>, catalog: Catalog) -> GenreBaseline {
    let genres = (0..<matrix.columnLabels.count).map { catalog.title(id: matrix.columnLabels.label(at: $0))?.genres ?? [] }
    let mixes = (0..<matrix.matrix.rows).map { user -> [Genre: Double] in
      let rated = matrix.matrix.entries(ofRow: user)
      var counts: [Genre: Double] = [:]
      for entry in rated { for genre in Set(genres[entry.column]) { counts[genre, default: 0] += 1 } }
      return counts.mapValues { $0 / Double(max(rated.count, 1)) }
    }
    return GenreBaseline(averaging: mixes)
  }
}
