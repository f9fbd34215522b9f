"""`python -m realpolitik` runs the CLI."""

from realpolitik.interfaces.cli import run

run()
