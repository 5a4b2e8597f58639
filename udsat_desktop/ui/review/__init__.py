"""Reviewing a case: the review window and its pages, opening and claiming, follow-up,
versions and signing summaries."""
