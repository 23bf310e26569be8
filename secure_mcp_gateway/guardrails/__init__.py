"""Detectors behind one small interface: local offline rules, remote services, placeholders."""
