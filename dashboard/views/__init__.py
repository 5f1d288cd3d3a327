"""Streamlit pages (thin glue over queries, charts and export) and their shared helpers."""
