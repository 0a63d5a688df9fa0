"""simulate: synthetic practices, honest traffic and attacks, for the demo and the benchmarks.

Public modules: ``practice`` (a synthetic practice as FHIR NDJSON), ``scan`` and ``thief``
(what a stolen data folder gives away), ``world`` (a throwaway store with practices, staff
and their secrets), ``server`` (a real `carevault serve` for a world), ``traffic`` (honest
work over HTTP on a simulated clock) and ``attacks`` (the intruders of issue 6, measured).
Nothing here is imported by the rest of carevault but the CLI.
"""
