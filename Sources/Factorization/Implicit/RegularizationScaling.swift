/// How the ridge penalty λ of implicit ALS is applied to each user's and
/// each title's factor vector.
///
/// | scaling | penalty in the objective | a row's normal equations get |
/// |---|---|---|
/// | ``uniform`` (default) | `λ (Σ‖x_u‖² + Σ‖y_i‖²)` | `+ λI` |
/// | ``perPositiveObservation`` | `λ (Σ n⁺_u‖x_u‖² + Σ n⁺_i‖y_i‖²)` | `+ λ·n⁺ I` |
///
/// `n⁺` is the row's number of observations with a positive value (a
/// positive preference). The weighted form is Zhou, Wilkinson, Schreiber
/// and Pan's "weighted-λ-regularization" (ALS-WR, AAIM 2008), which Spark
/// MLlib's `ALS` applies in implicit mode too (`numExplicits * regParam` in
/// `ALS.computeFactors`, where `numExplicits` counts ratings > 0); choose it
/// to train the same objective as Spark with the same `regParam`.
public enum RegularizationScaling: String, Sendable, Equatable, CaseIterable {
  /// λ on every factor vector (Hu, Koren and Volinsky 2008; the `implicit`
  /// library).
  case uniform
  /// λ times the row's number of positive observations (ALS-WR; Spark MLlib).
  case perPositiveObservation = "weighted"
}
