"""Budgets of what one client is shown at once: how many tools (and how long their names) and how big a result."""
