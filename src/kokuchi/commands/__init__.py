"""The command layer: one module per command group, one keyword function per command.

Each function decides and returns a result (a view to render, a report, the
problems found); only the CLI prints. Nothing below this package imports it.
"""
