extension CatalogError {
  /// The catalog error for a problem found in a YAML or JSON document.
  package init(_ issue: DocumentIssue) {
    if case .missingFile(_, let file) = issue.kind {
      self = .cannotOpen(path: file, reason: "no such file")
    } else {
      self = .located(issue.located(format: "YAML or JSON", document: "the catalog"))
    }
  }
}
