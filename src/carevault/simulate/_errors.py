"""The simulator's one error."""

from __future__ import annotations

from carevault.errors import CarevaultError


class SimulationError(CarevaultError):
    """The simulation cannot go on: the server did not start, answered what no client
    expects, or a part of carevault it drives is missing. The message says which."""
