"""carevault: a patient-record store in which a stolen copy is worthless."""

__version__ = "0.1.0"
