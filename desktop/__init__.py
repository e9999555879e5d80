"""Maane desktop client (PySide6). ``desktop.cli`` imports no Qt; everything else here may."""
