"""PDF forms of the department (reportlab; no Qt, no database): ``build(data, lang) -> bytes`` per form.

Depends on ``models`` DTOs only (import-linter contracts in pyproject.toml)."""
