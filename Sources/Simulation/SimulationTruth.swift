import Population

/// The hidden truth of a run: who everyone is, which households they form,
/// and who really started each session. Only module Assessment compares it
/// with what the platform believes.
public struct SimulationTruth: Sendable {
  /// Everyone and their households.
  public var population: Population
  /// The truth of every session.
  public var sessions: [SessionRecord]

  /// A truth.
  public init(population: Population, sessions: [SessionRecord]) {
    self.population = population
    self.sessions = sessions
  }
}
