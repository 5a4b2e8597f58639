"""Domain rules: pure Python, no Qt and no SQLAlchemy, testable in milliseconds."""
