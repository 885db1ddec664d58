"""The inbound path: what every channel hands an update to (inbox), the per-user rate limit (ratelimit), and the
answer when the database cannot be reached (outage)."""
