import ArgumentParser
import Factorization
import LinearAlgebra

/// Command-line settings of the implicit ALS model, shared by every command
/// that trains one.
struct ModelOptions: ParsableArguments {
  @Option(help: "Number of latent factors k.")
  var factors = 64

  @Option(help: "Ridge regularization λ.")
  var regularization: Float = 0.01

  @Option(
    name: .customLong("regularization-scaling"),
    help: "'uniform' (λ on every row) or 'weighted' (λ times the row's positive observations, as Spark MLlib's ALS).")
  var regularizationScaling: RegularizationScaling = .uniform

  @Option(help: "Confidence scale α (c = 1 + α·r under the paper's convention).")
  var alpha: Float = 1

  @Option(help: "Confidence convention: 'paper' (c = 1 + α·r, default) or 'implicit' (c = α·r, the implicit library's).")
  var confidence: Confidence.Convention = .paper

  @Option(help: "Confidence scaling of the observed value: 'linear' or 'log' (α·log(1 + r/ε)).")
  var scaling: ScalingName = .linear

  @Option(help: "ε of logarithmic scaling.")
  var epsilon: Float = 1

  @Option(help: "Least-squares solver: 'cg' (conjugate gradient) or 'cholesky' (exact).")
  var solver: SolverName = .cg

  @Option(name: .customLong("cg-steps"), help: "Conjugate-gradient steps per solve.")
  var cgSteps = 3

  @Option(help: "ALS iterations.")
  var iterations = 15

  @Option(help: "Random seed of the initial factors.")
  var seed: UInt64 = 1

  @Option(help: "Worker threads (default: every core).")
  var threads: Int?

  func validate() throws {
    guard factors > 0 else { throw ValidationError("--factors must be positive (got \(factors))") }
    guard regularization >= 0 else { throw ValidationError("--regularization must not be negative") }
    guard iterations >= 0 else { throw ValidationError("--iterations must not be negative") }
    guard cgSteps > 0 else { throw ValidationError("--cg-steps must be positive") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
  }

  /// The model configuration these options describe.
  func configuration(computesLoss: Bool = false) -> ImplicitALS {
    let scale: Confidence.Scaling = scaling == .linear
      ? .linear(alpha: alpha) : .logarithmic(alpha: alpha, epsilon: epsilon)
    return ImplicitALS(
      factors: factors, regularization: regularization,
      confidence: Confidence(scaling: scale, convention: confidence),
      solver: solver == .cg ? .conjugateGradient(steps: cgSteps) : .cholesky,
      iterations: iterations, seed: seed, threads: threads ?? ParallelLoop.allCores.threads,
      computesLoss: computesLoss, regularizationScaling: regularizationScaling)
  }

  enum ScalingName: String, ExpressibleByArgument, CaseIterable { case linear, log }
  enum SolverName: String, ExpressibleByArgument, CaseIterable { case cg, cholesky }
}

extension Confidence.Convention: ExpressibleByArgument {}
extension RegularizationScaling: ExpressibleByArgument {}
