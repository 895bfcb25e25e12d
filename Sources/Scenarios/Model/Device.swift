/// A kind of device someone watches on.
public enum Device: String, Sendable, CaseIterable {
  /// A television (smart TV, stick or set-top box).
  case tv
  /// A phone.
  case phone
  /// A tablet.
  case tablet
  /// A laptop or desktop browser.
  case computer
  /// A games console.
  case console
}
