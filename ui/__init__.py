"""Shared Streamlit UI: state keys, sidebar filters, cached data access, page helpers."""
