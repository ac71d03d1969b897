"""Atomic file writes: a temporary file in the same folder, fsync, then rename over the target."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write data to path so that readers see either the old file or the whole new one."""
    tmp = _write_temporary(Path(path), data)
    os.replace(tmp, path)


class Staged:
    """Files written to temporaries as they are made, renamed over their targets together by commit(): a set
    of exports is replaced only once all of it exists, and none of it has to be held in memory meanwhile."""

    def __init__(self) -> None:
        self.pending: list[tuple[str, Path]] = []

    def write(self, path: Path, data: bytes | str) -> None:
        """Stage data for path."""
        self.pending.append((_write_temporary(Path(path), data), Path(path)))

    def commit(self) -> None:
        """Rename every staged file over its target."""
        for tmp, path in self.pending:
            os.replace(tmp, path)
        self.pending = []

    def discard(self) -> None:
        """Remove the staged files; the targets stay as they were."""
        for tmp, _ in self.pending:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        self.pending = []

    def __enter__(self) -> "Staged":
        return self

    def __exit__(self, kind, *_) -> None:
        if kind is not None:
            self.discard()


def _write_temporary(path: Path, data: bytes | str) -> str:
    """data in a synced temporary file beside path; its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private; exports are ordinary files, readable as the umask allows
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        return tmp
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
