"""Benchmarks: `make bench` prints speed and memory figures; nothing here asserts a time."""
