// From events to the implicit-feedback value per (profile, title).
