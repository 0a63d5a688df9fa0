"""`python -m carevault`: the same command as `carevault`."""

from carevault.cli import main

main()
