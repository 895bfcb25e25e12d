import Platform
import Scenarios

extension CollectionPolicy {
  /// What a scenario's `data_policy` makes the platform collect and keep:
  /// partner data, location precision, cross-service device ids and
  /// retention. (Whether data is sold is not a matter of collection; module
  /// DataFlows applies it to what recipients get.)
  public init(_ policy: DataPolicy) {
    self.init(
      partnerData: policy.partnerData, location: policy.location == .region ? .region : .precise,
      crossServiceIdentifiers: policy.crossServiceIdentifiers, retentionDays: policy.retentionDays)
  }
}
