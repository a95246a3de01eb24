"""Progress bars for long management commands (tqdm on stderr, as ``import_vendors`` shows them)."""

from __future__ import annotations

from tqdm import tqdm

from vendorscore.backup import Steps


class ProgressBars:
    """One tqdm bar per stage; ``steps`` is what the work reports to."""

    def __init__(self, stderr):
        # The OutputWrapper adds a newline to every write; a bar needs the raw stream for its \r.
        self.stream = getattr(stderr, "_out", stderr)
        self.bar: tqdm | None = None
        self.steps = Steps(start=self.start, advance=self.advance)

    def start(self, stage: str, total: int) -> None:
        self.close()
        self.bar = tqdm(total=total, desc=stage, unit="", file=self.stream, disable=not total, leave=True)

    def advance(self, count: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(count)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> ProgressBars:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
