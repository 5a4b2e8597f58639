"""Summary PDFs and their signatures. Imports `core` only."""
