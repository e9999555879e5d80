"""Reference data, the demo department of the fictional town עין הבשור, and a synthetic generator for scale.
Every name here is invented or a common given/family name on its own; no real person's data."""
