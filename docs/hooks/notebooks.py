"""Placeholder: the notebook hook (helper 5 replaces this file)."""
