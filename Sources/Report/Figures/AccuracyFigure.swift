import Assessment

/// Accuracy across the population per inference type: a bar for the share
/// inferred right, a line for the baseline it must beat, a diamond for the
/// platform's mean confidence.
struct AccuracyFigure: Sendable {
  /// The scores.
  let accuracy: PopulationAccuracy

  /// The SVG.
  var svg: HTML {
    let scores = accuracy.scores
    let w = 600.0, left = 8.0, right = 56.0, top = 8.0, rowHeight = 50.0
    let h = top + Double(max(scores.count, 1)) * rowHeight + 24
    let barWidth = w - left - right
    var parts: [HTML] = []
    for tenth in stride(from: 0, through: 10, by: 2) {
      let x = left + barWidth * Double(tenth) / 10
      parts.append(SVG.text("\(tenth * 10)%", x: x, y: h - 8, size: 11, anchor: tenth == 0 ? "start" : "middle",
                            fill: Palette.muted))
    }
    for (row, score) in scores.enumerated() {
      let y = top + Double(row) * rowHeight
      // An inference that ranks no better than chance (AUC below 0.6) is not
      // drawn as a success, whatever its share right.
      let guessing = score.auc.map { $0 < 0.6 } ?? false
      let beats = score.accuracy > score.baseline && !guessing
      let note = guessing ? " — no better than guessing (AUC \(NumberText.fixed(score.auc ?? 0.5, 2)))" : ""
      parts.append(SVG.text("\(score.inference) — \(score.evaluated) \(score.unit)\(note)", x: left, y: y + 14, size: 13))
      parts.append(SVG.rect(x: left, y: y + 20, width: barWidth, height: 18, fill: "#eef1f4", radius: 3))
      for tenth in stride(from: 2, through: 8, by: 2) {
        let x = left + barWidth * Double(tenth) / 10
        parts.append(SVG.line(x1: x, y1: y + 20, x2: x, y2: y + 38, stroke: "#ffffff", width: 1))
      }
      parts.append(SVG.group(tooltip: "\(score.inference): \(NumberText.percent(score.accuracy)) right", [
        SVG.rect(x: left, y: y + 20, width: barWidth * score.accuracy, height: 18,
                 fill: beats ? Palette.good : Palette.categorical[1], radius: 3),
      ]))
      let base = left + barWidth * score.baseline
      parts.append(SVG.group(tooltip: "baseline \(NumberText.percent(score.baseline))", [
        SVG.line(x1: base, y1: y + 16, x2: base, y2: y + 42, stroke: Palette.ink, width: 2.5),
      ]))
      let c = left + barWidth * score.meanConfidence, cy = y + 29
      parts.append(SVG.group(tooltip: "mean confidence \(NumberText.percent(score.meanConfidence))", [
        SVG.polygon([(c, cy - 6), (c + 6, cy), (c, cy + 6), (c - 6, cy)], fill: "#ffffff", stroke: Palette.ink,
                    strokeWidth: 1.5),
      ]))
      parts.append(SVG.text(NumberText.percent(score.accuracy), x: left + barWidth + 6, y: y + 34, size: 13,
                            weight: "700"))
    }
    return SVG.canvas(width: w, height: h, label: "Accuracy across the population against the baseline", parts)
  }
}
