"""Loading and building the stale notices, on every core when there are enough of them.

The state a worker needs (the page builder, the loaded notices, the staging
folders) is handed to each worker process once, when the pool starts; the
parent process keeps none of it in module globals, so builds may run one
after another or side by side in one process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kokuchi.core.errors import InvalidInput, Problem, sort_problems
from kokuchi.core.model import Notice
from kokuchi.project.layout import Store
from kokuchi.publish.site.pages import NoticePages
from kokuchi.publish.site.sitecache import Summary

# (notice id, files written, summary, digest of its record, digest of its sources)
Built = tuple[str, tuple[str, ...], Summary, str, str]

PARALLEL_FROM = 24  # notices to rebuild before it is worth starting workers
MAX_WORKERS = 8


def default_workers(count: int) -> int:
    """How many processes build *count* notices: one when there are too few to be worth starting workers."""
    if count < PARALLEL_FROM:
        return 1
    return min(os.cpu_count() or 1, MAX_WORKERS)


@dataclass(frozen=True)
class Job:
    """Everything building a notice needs, handed to each worker once."""

    pages: NoticePages
    notices: dict[str, Notice]
    staging: dict[str, Path]

    def __call__(self, item: tuple[str, str]) -> Built:
        notice_id, digest = item
        files, summary, record = self.pages.build(self.notices[notice_id], self.staging[notice_id])
        return notice_id, files, summary, record, digest


# In a worker process only: the job its pool was started with (see _start).
_worker_job: list[Job] = []


def _start(job: Job) -> None:
    _worker_job[:] = [job]


def _run(item: tuple[str, str]) -> Built:
    return _worker_job[0](item)


def _context() -> multiprocessing.context.BaseContext:
    """fork where the platform has it (nothing to pickle), else spawn (the job pickled once per worker)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def build_all(job: Job, stale: list[tuple[str, str]], workers: int) -> Iterator[Built]:
    """Build the stale notices (``(id, digest)``) in their order."""
    if workers < 2:
        yield from map(job, stale)
        return
    with _context().Pool(workers, initializer=_start, initargs=(job,)) as pool:
        yield from pool.imap(_run, stale, chunksize=8)


def _load_chunk(item: tuple[Store, list[str]]):
    from kokuchi.notice.load import load_valid  # YAML and the schema load only when a notice is rebuilt

    return load_valid(*item)


def load_stale(store: Store, notice_ids: list[str], workers: int) -> dict[str, Notice]:
    """The notices to rebuild, loaded and checked (in *workers* processes); every problem in all of
    them refuses the build."""
    chunks = [notice_ids[i : i + 16] for i in range(0, len(notice_ids), 16)]
    if workers < 2:
        results = list(map(_load_chunk, [(store, chunk) for chunk in chunks]))
    else:
        with _context().Pool(workers) as pool:
            results = pool.map(_load_chunk, [(store, chunk) for chunk in chunks])
    notices: dict[str, Notice] = {}
    problems: list[Problem] = []
    for loaded, found in results:
        notices.update((notice.id, notice) for notice in loaded)
        problems += found
    if problems:
        raise InvalidInput(sort_problems(problems))
    return notices
