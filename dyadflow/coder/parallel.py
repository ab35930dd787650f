"""Coding documents in several processes, results in input order.

Whole chunks of documents go to worker processes, each of which runs the complete coder
(split, actors, `nlp.pipe` parse, extraction) and sends back only the small `CodedDocument`
records. spaCy's own `nlp.pipe(n_process=...)` sends every parsed `Doc` back to the parent
instead, which for short news sentences costs more than the parse it parallelises.

Workers are forked, so they share the parent's loaded pipeline and reference data without
pickling them (the same start method spaCy uses on Linux).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from dyadflow.records import CodedDocument, TextInput

if TYPE_CHECKING:
    from dyadflow.coder.pipeline import EventCoder

# The coder of a worker process, set once by `_start_worker` in that process only.
_worker_coder: EventCoder | None = None
_worker_batch_size = 64


def _start_worker(coder: EventCoder, batch_size: int) -> None:
    from threadpoolctl import threadpool_limits

    global _worker_coder, _worker_batch_size
    _worker_coder, _worker_batch_size = coder, batch_size
    # one BLAS thread per worker: the workers already fill the cores, and OpenBLAS's own
    # threads on top of them halved the two-process throughput (2,244 -> 1,050 sentences/s)
    threadpool_limits(limits=1, user_api="blas")


def _code_chunk(chunk: list[TextInput]) -> list[CodedDocument]:
    assert _worker_coder is not None, "worker started without a coder"
    return list(_worker_coder.code(chunk, n_process=1, batch_size=_worker_batch_size))


def _chunks(items: Iterable[TextInput], size: int) -> Iterator[list[TextInput]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_in_processes(
    coder: EventCoder,
    inputs: Iterable[TextInput],
    *,
    n_process: int,
    batch_size: int,
    chunk_size: int = 128,
) -> Iterator[CodedDocument]:
    """Like `coder.code(inputs)`, spread over `n_process` forked workers; bounded memory:
    at most 2 chunks per worker are in flight."""
    context = multiprocessing.get_context("fork")
    with context.Pool(n_process, initializer=_start_worker, initargs=(coder, batch_size)) as pool:
        in_flight: deque = deque()
        for chunk in _chunks(inputs, chunk_size):
            in_flight.append(pool.apply_async(_code_chunk, (chunk,)))
            if len(in_flight) >= 2 * n_process:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()
