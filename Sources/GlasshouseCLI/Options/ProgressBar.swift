import Foundation

/// A one-line progress bar on standard error, drawn only when standard error
/// is a terminal (quiet when output is piped or redirected).
struct ProgressBar {
  private let enabled = isatty(STDERR_FILENO) == 1
  private var lastDrawn = -1

  /// Redraws the bar at a fraction 0…1 with a label.
  mutating func update(_ fraction: Double, _ label: String) {
    guard enabled else { return }
    let width = 30
    let filled = Int((fraction * Double(width)).rounded(.down))
    let percent = Int(fraction * 100)
    guard percent != lastDrawn else { return }
    lastDrawn = percent
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
    FileHandle.standardError.write(Data("\r\(bar) \(percent)% \(label)\u{1B}[K".utf8))
  }

  /// Clears the line.
  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
