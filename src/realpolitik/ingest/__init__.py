"""Ingest stage: files, folders, HTML, JSON Lines and stdin → Document, or Rejected with a reason."""

from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.readers import read_file, read_inputs
from realpolitik.ingest.rejected import REASONS, Rejected

__all__ = ["MAX_BYTES", "REASONS", "Rejected", "read_file", "read_inputs"]
