"""Exports for sharing: the self-contained HTML report (always anonymised) and its PDF."""
