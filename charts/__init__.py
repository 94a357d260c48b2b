"""Figure builders: functions that take data and return a plotly figure (graph_objects only)."""
