// From events to the implicit-feedback value per (profile, title); see Docs/Signals.md.
