"""Checklist templates as versioned data, and the rules for a review's answers."""
