"""Writers for event records: PLOVER JSONL, CSV, Parquet, GDELT-style TSV and a terminal table."""

from ._writers import FORMATS, flat_row, gdelt_row, write_events

__all__ = ["FORMATS", "flat_row", "gdelt_row", "write_events"]
