"""Shared test configuration. No Django import here: core tests run without it."""
