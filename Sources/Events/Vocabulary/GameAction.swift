/// What a member did in a game.
public enum GameAction: String, CaseIterable, Hashable, Sendable {
  /// Installed the game.
  case install = "install"
  /// Started the game.
  case launch = "launch"
  /// Finished a level.
  case levelComplete = "level_complete"
  /// Left the game.
  case quit = "quit"
}
