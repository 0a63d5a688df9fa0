"""The only place that speaks SQL: tables, Alembic migrations, queries by practice."""

from carevault.store import _audit as audit_queries
from carevault.store import _queries as queries
from carevault.store._engine import Store

__all__ = ["Store", "audit_queries", "queries"]
