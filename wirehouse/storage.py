"""Files under ``WIREHOUSE_HOME``: the raw HTML store and the landing batches.

Layout (``docs/storage.md``)::

    raw_html/ab/abcdef....html.gz        raw pages, gzip, addressed by sha256 of the bytes
    landing/<run_id>/<batch_id>/<dataset>.parquet
    warehouse.duckdb
    exports/
    reports/<run_id>/validation.html

Every write goes to a temporary name first and is renamed into place, so a reader
(or a retried task) never sees half a file.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from extractors.ids import content_address
from wirehouse.schema import DATASETS

_SAFE = re.compile(r"[^A-Za-z0-9_.+-]+")


def safe_name(value: str) -> str:
    """A file-system safe spelling of a run or batch id."""
    return _SAFE.sub("_", value).strip("._") or "_"


class RawStore:
    """Content-addressed, gzip-compressed raw pages."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, address: str) -> Path:
        return self.root / address[:2] / f"{address}.html.gz"

    def put(self, content: bytes) -> str:
        """Store ``content`` (once) and return its address."""
        address = content_address(content)
        target = self.path_for(address)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            _atomic_write(target, gzip.compress(content, mtime=0))
        return address

    def get(self, address: str) -> bytes:
        return gzip.decompress(self.path_for(address).read_bytes())


def batch_dir(landing: Path, run_id: str, batch_id: str) -> Path:
    return landing / safe_name(run_id) / safe_name(batch_id)


def write_batch(
    landing: Path, run_id: str, batch_id: str, rows: Mapping[str, Sequence[Mapping[str, Any]]]
) -> Path:
    """Write one landing batch: a Parquet file per dataset, all of them, even empty.

    The batch directory is replaced whole, so a retried task leaves one clean batch.
    """
    target = batch_dir(landing, run_id, batch_id)
    with replacing_dir(target) as staging:
        for name, dataset in DATASETS.items():
            table = pa.Table.from_pylist(list(rows.get(name, ())), schema=dataset.schema)
            pq.write_table(table, staging / f"{name}.parquet")
    return target


@contextmanager
def replacing_dir(target: Path) -> Iterator[Path]:
    """Build a folder beside ``target`` and swap it in whole when the block succeeds.

    On failure the half-built folder is removed and ``target`` is left as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        yield staging
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def read_batch(path: Path) -> dict[str, pa.Table]:
    """The datasets of a landing batch, each with its contract schema."""
    tables: dict[str, pa.Table] = {}
    for name, dataset in DATASETS.items():
        file = path / f"{name}.parquet"
        if file.exists():
            tables[name] = pq.read_table(file, schema=dataset.schema)
        else:
            tables[name] = dataset.schema.empty_table()
    return tables


def run_batches(landing: Path, run_id: str) -> list[Path]:
    """Landing batches of a run, in batch order."""
    root = landing / safe_name(run_id)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def _atomic_write(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(target, text.encode("utf-8"))
