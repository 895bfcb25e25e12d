import Factorization
import Foundation
@testable import Interchange
import LinearAlgebra
import TestSupport
import Testing

/// Writing an interaction matrix for Spark and reading it back.
@Suite("Interaction-matrix export")
struct InteractionMatrixFileTests {
  static func folder() -> String {
    NSTemporaryDirectory() + "glasshouse-matrix-\(UUID().uuidString)"
  }

  static func sample() -> InteractionMatrix {
    let values = SparseMatrix(
      rows: 3, columns: 4, entries: [(0, 1, 2.5), (0, 3, 1), (1, 0, -1), (2, 2, 0.125), (2, 2, 1)])
    return InteractionMatrix(
      userIDs: ["alex", "sam, the parent", "jo \"kid\""], itemIDs: ["t1", "t2", "t3", "t4"], values: values,
      source: "a test", settings: .init(factors: 8, regularization: 0.1, alpha: 40, iterations: 5))
  }

  @Test("write then read gives the same matrix, ids (quoted where needed) and settings")
  func roundTrip() throws {
    let path = Self.folder()
    let matrix = Self.sample()
    try matrix.write(to: path)
    let back = try InteractionMatrix.read(from: path)
    #expect(back == matrix)
    #expect(back.values[2, 2] == 1.125)
    let csv = try String(contentsOfFile: path + "/interactions.csv", encoding: .utf8)
    #expect(csv.hasPrefix("user,item,value\n0,1,2.5\n"))
    let users = try String(contentsOfFile: path + "/users.csv", encoding: .utf8)
    #expect(users == "index,id\n0,alex\n1,\"sam, the parent\"\n2,\"jo \"\"kid\"\"\"\n")
  }

  @Test("a bad value names the file, the line and the field")
  func badLine() throws {
    let path = Self.folder()
    try Self.sample().write(to: path)
    let file = path + "/interactions.csv"
    try "user,item,value\n0,1,2.5\n1,0,lots\n".write(toFile: file, atomically: true, encoding: .utf8)
    #expect(throws: InterchangeError.malformedLine(
      path: file, line: 3, field: "value", expected: "a finite number", found: "lots")) {
      try InteractionMatrix.read(from: path)
    }
    try "user,item,value\n0,9,2.5\n".write(toFile: file, atomically: true, encoding: .utf8)
    do {
      _ = try InteractionMatrix.read(from: path)
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "\(file):2: field `item`: expected an index below 4 (items.csv), found `9`")
    }
    try "user,item\n0,1\n".write(toFile: file, atomically: true, encoding: .utf8)
    #expect(throws: InterchangeError.self) { try InteractionMatrix.read(from: path) }
  }

  @Test("an id map out of order is refused at its line")
  func idMapOrder() throws {
    let path = Self.folder()
    try Self.sample().write(to: path)
    let file = path + "/items.csv"
    try "index,id\n0,t1\n2,t3\n".write(toFile: file, atomically: true, encoding: .utf8)
    #expect(throws: InterchangeError.malformedLine(
      path: file, line: 3, field: "index", expected: "1 (indices in order from 0)", found: "2")) {
      try InteractionMatrix.read(from: path)
    }
  }

  @Test("logarithmic confidence is exported pre-scaled; the implicit convention is refused")
  func confidence() throws {
    let matrix = Self.sample()
    #expect(try matrix.prepared(for: Confidence(scaling: .linear(alpha: 3))) == matrix)
    let logged = try matrix.prepared(for: Confidence(scaling: .logarithmic(alpha: 2, epsilon: 0.5)))
    #expect(abs(logged.values[0, 1] - Float(log1p(2.5 / 0.5))) < 1e-6)
    #expect(abs(logged.values[1, 0] + Float(log1p(1 / 0.5))) < 1e-6)
    #expect(logged.manifest.values == "sign(r)*log1p(|r|/0.5)")
    // Spark's c = 1 + α·|r'| then equals Glasshouse's c = 1 + α·log1p(|r|/ε).
    let spark = 1 + 2 * abs(logged.values[0, 1])
    #expect(abs(spark - Confidence(scaling: .logarithmic(alpha: 2, epsilon: 0.5)).confidence(2.5)) < 1e-5)
    #expect(throws: InterchangeError.self) {
      try matrix.prepared(for: Confidence(scaling: .linear(alpha: 1), convention: .implicitLibrary))
    }
  }
}
