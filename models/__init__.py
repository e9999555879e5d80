"""Maane domain layer: entities, services (use cases), permissions and audit.

Imports neither Qt nor reportlab (enforced by import-linter contracts in pyproject.toml).
"""
