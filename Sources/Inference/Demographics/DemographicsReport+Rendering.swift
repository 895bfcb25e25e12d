extension DemographicsReport {
  /// A plain-text table for a terminal: per task, each model's accuracy, AUC,
  /// log-loss and calibration error, then the reliability bins of
  /// Glasshouse's classifier.
  public var text: String {
    var lines: [String] = []
    lines.append("Demographic inference: \(dataSet.members) members with demographics and ratings, "
      + "\(dataSet.titles) titles, \(dataSet.ratings) ratings")
    lines.append("  ratings: \(dataSet.ratingsPath)")
    lines.append("  users:   \(dataSet.usersPath)")
    if dataSet.unlabelledUsers > 0 || dataSet.membersWithoutRatings > 0 {
      lines.append("  (\(dataSet.unlabelledUsers) rated users without demographics used for taste vectors only; "
        + "\(dataSet.membersWithoutRatings) members without ratings left out)")
    }
    lines.append("Stratified \(settings.folds)-fold cross-validation, seed \(settings.seed); taste vectors: "
      + "implicit ALS with \(settings.factors) factors")
    for task in [gender, ageBand] {
      lines.append("")
      let counts = zip(task.classes, task.classCounts).map { "\($0) \($1)" }.joined(separator: ", ")
      lines.append("\(task.name) (\(counts)):")
      let aucName = task.classes.count == 2 ? "AUC" : "AUC (1-vs-rest)"
      lines.append("  " + pad("model", 46) + pad("accuracy", 10) + pad(aucName, 17) + pad("log-loss", 10) + "ECE")
      for model in [task.majority, task.anchor, task.platform] {
        lines.append("  " + pad(model.name, 46) + pad(fixed(model.accuracy), 10) + pad(fixed(model.areaUnderROC), 17)
          + pad(fixed(model.logLoss), 10) + fixed(model.calibration.expectedCalibrationError))
      }
      let lambdas = task.platform.regularization.map { shortNumber($0) }.joined(separator: " ")
      let temperatures = task.platform.temperatures.map { fixed($0, 2) }.joined(separator: " ")
      lines.append("  glasshouse λ per fold: \(lambdas); temperature per fold: \(temperatures)")
      lines.append("  reliability (glasshouse, top-class probability → share right):")
      for bin in task.platform.calibration.bins where bin.count > 0 {
        lines.append("    [\(fixed(bin.lower, 1)), \(fixed(bin.upper, 1)))  n=\(pad(String(bin.count), 6))"
          + "confidence \(fixed(bin.meanConfidence))  accuracy \(fixed(bin.accuracy))")
      }
    }
    lines.append("")
    lines.append("Took \(fixed(seconds, 1)) s.")
    return lines.joined(separator: "\n") + "\n"
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private func fixed(_ value: Double, _ digits: Int = 3) -> String {
    guard value.isFinite else { return "n/a" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
      text += "." + String(repeating: "0", count: digits)
    }
    return text
  }

  private func shortNumber(_ value: Double) -> String {
    value >= 0.01 ? fixed(value, 2) : String(value)
  }
}
