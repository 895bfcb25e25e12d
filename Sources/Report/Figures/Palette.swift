import Catalog

/// The report's colours: the Okabe–Ito palette, distinguishable with the
/// common colour-vision deficiencies, for categories; tone palettes for the
/// artwork posters.
enum Palette {
  /// Eight categorical colours (Okabe and Ito 2008), then a grey.
  static let categorical = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#B59A00", "#555555", "#999999",
  ]

  /// The colour of the persona at a position in the scenario.
  static func persona(_ position: Int) -> String {
    let colours = ["#0b5394", "#b8400b", "#0a7a5a", "#a0307a", "#7a5c00", "#3b3b98"]
    return colours[position % colours.count]
  }

  /// Light colours for the taste map's genres (Paul Tol's "light" scheme),
  /// then a pale grey for the rest: light where the personas' colours are
  /// dark, so a title's dot is never mistaken for a persona.
  static let genres = ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"]

  /// The taste map's colour for genres beyond the eight named ones.
  static let otherGenre = "#DDDDDD"

  /// Ink for text and strokes.
  static let ink = "#1b1f24"
  /// Secondary text, axes.
  static let muted = "#5b6470"
  /// Grid lines and tracks behind bars.
  static let rule = "#d9dee4"
  /// Correct / passed.
  static let good = "#1a7f37"
  /// Wrong / failed.
  static let bad = "#c0362c"

  /// The colour the taste map gives titles whose first genre cues a tone.
  static func colour(of tone: ArtworkTone) -> String {
    categorical[(ArtworkTone.allCases.firstIndex(of: tone) ?? 7) % categorical.count]
  }

  /// A poster's colours for a tone: background, second background band,
  /// accent (motif and badge), and text.
  static func poster(_ tone: ArtworkTone) -> (background: String, band: String, accent: String, text: String) {
    switch tone {
    case .dark: return ("#0d0d14", "#2a1030", "#b3122e", "#f2f2f2")
    case .suspenseful: return ("#10263a", "#1f4a5c", "#e0b341", "#f4f1e6")
    case .romantic: return ("#f6c9d4", "#e07a95", "#b0224f", "#3a0d1c")
    case .comic: return ("#ffe14d", "#ff9f1c", "#e4002b", "#1d1d1d")
    case .whimsical: return ("#b8f0e0", "#8ec5ff", "#ff6fb5", "#1f2a5a")
    case .epic: return ("#f29e4c", "#6b3fa0", "#fff1c1", "#fffaf0")
    case .dramatic: return ("#3b3f4a", "#8a6d5a", "#e8c39e", "#fbf6ef")
    case .neutral: return ("#e9ecef", "#c8ced6", "#495057", "#212529")
    }
  }
}
