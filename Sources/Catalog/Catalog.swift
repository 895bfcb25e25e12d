// Titles and their artwork variants.
