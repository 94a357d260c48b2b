"""Pure metric functions over pandas DataFrames. Never imports streamlit or touches the database."""
