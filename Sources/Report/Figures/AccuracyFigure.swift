import Assessment

/// Accuracy across the population per inference type: a bar for the share
/// inferred right, a line for the baseline it must beat, a diamond for the
/// platform's mean confidence. Inferences scored on nobody are left out.
struct AccuracyFigure: Sendable {
  /// The scores.
  let accuracy: PopulationAccuracy

  /// The scores drawn: those with anyone scored.
  var scores: [PopulationAccuracy.Score] { accuracy.scores.filter { $0.evaluated > 0 } }

  /// Whether a score does no better than guessing: an AUC below 0.6 (for
  /// a two-class guess), or a share right no higher than the baseline's.
  static func isGuessing(_ score: PopulationAccuracy.Score) -> Bool {
    score.isGuessing
  }

  /// The unit of a score in agreement with its count: `1 profile`,
  /// `165 profiles`.
  static func scored(_ score: PopulationAccuracy.Score) -> String {
    let singular = score.unit.hasSuffix("s") ? String(score.unit.dropLast()) : score.unit
    return NumberText.count(score.evaluated, singular)
  }

  /// The SVG.
  var svg: HTML {
    let scores = self.scores
    let w = 360.0, left = 4.0, right = 46.0, top = 4.0, rowHeight = 40.0
    let h = top + Double(max(scores.count, 1)) * rowHeight + 22
    let barWidth = w - left - right
    var parts: [HTML] = []
    for tenth in stride(from: 0, through: 10, by: 2) {
      let x = left + barWidth * Double(tenth) / 10
      parts.append(SVG.text("\(tenth * 10)%", x: x, y: h - 6, size: 12,
                            anchor: tenth == 0 ? "start" : tenth == 10 ? "end" : "middle", fill: Palette.muted))
    }
    for (row, score) in scores.enumerated() {
      let y = top + Double(row) * rowHeight
      // An inference that ranks no better than chance (AUC below 0.6) is not
      // drawn as a success, whatever its share right.
      let beats = !Self.isGuessing(score)
      parts.append(SVG.text("\(score.inference) · \(Self.scored(score))", x: left, y: y + 14, size: 13))
      parts.append(SVG.rect(x: left, y: y + 20, width: barWidth, height: 16, fill: "#eef1f4", radius: 3))
      for tenth in stride(from: 2, through: 8, by: 2) {
        let x = left + barWidth * Double(tenth) / 10
        parts.append(SVG.line(x1: x, y1: y + 20, x2: x, y2: y + 36, stroke: "#ffffff", width: 1))
      }
      parts.append(SVG.group(tooltip: "\(score.inference): \(NumberText.percent(score.accuracy)) right", [
        SVG.rect(x: left, y: y + 20, width: barWidth * score.accuracy, height: 16,
                 fill: beats ? Palette.good : Palette.categorical[1], radius: 3),
      ]))
      let base = left + barWidth * score.baseline
      parts.append(SVG.group(tooltip: "always giving the commonest answer: \(NumberText.percent(score.baseline)) right", [
        SVG.line(x1: base, y1: y + 16, x2: base, y2: y + 40, stroke: Palette.ink, width: 2.5),
      ]))
      let c = left + barWidth * score.meanConfidence, cy = y + 28
      parts.append(SVG.group(tooltip: "how sure it said it was, on average: \(NumberText.percent(score.meanConfidence))", [
        SVG.polygon([(c, cy - 6), (c + 6, cy), (c, cy + 6), (c - 6, cy)], fill: "#ffffff", stroke: Palette.ink,
                    strokeWidth: 1.5),
      ]))
      parts.append(SVG.text(NumberText.percent(score.accuracy), x: left + barWidth + 5, y: y + 33, size: 13,
                            weight: "700"))
    }
    return SVG.canvas(width: w, height: h, label: "Accuracy across the population against the baseline",
                      smallestText: 12, parts)
  }
}
