import LinearAlgebra

/// Chooses which artwork variant to show for a title and learns from what
/// was clicked: a multi-armed bandit per title, as streaming platforms run
/// for their posters.
///
/// A policy is a value: the platform freezes one copy while a simulated day
/// runs in parallel and applies the day's feedback, in log order, at its
/// end, so the choices do not depend on the number of threads.
public protocol ArtworkPolicy: Sendable {
  /// A short name for reports (`random`, `epsilon-greedy`).
  var name: String { get }

  /// Picks a variant of a title with the randomness given.
  func choose(title: Int, random: inout SeededGenerator) -> ArtworkChoice

  /// Learns from one impression's outcome.
  mutating func learn(_ feedback: ArtworkFeedback)
}
