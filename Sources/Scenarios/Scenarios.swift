// Scenario files: a whole demonstration described in YAML.
