/// Placeholder; the filter grammar follows.
enum EventFilterPlaceholder {}
