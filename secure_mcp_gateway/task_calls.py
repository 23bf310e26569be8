"""Tool calls a server runs only as tasks (MCP 2025-11-25): the gateway creates the task, waits for it and answers
the client's plain call with the task's result; task metadata of others is not passed on (the gateway takes none)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from secure_mcp_gateway.children import CallTimeout

if TYPE_CHECKING:
    from secure_mcp_gateway.catalog import ServerCatalog
    from secure_mcp_gateway.children import Child

log = logging.getLogger(__name__)

TASK = "task"
"""The params field that asks a receiver to run a request as a task."""
STATUS_NOTICE = "notifications/tasks/status"
"""A server's news of a task: of the gateway's own tasks, no client's business."""
RELATED = "io.modelcontextprotocol/related-task"
"""The `_meta` key by which a server ties a message to one of its tasks."""
TERMINAL = frozenset(("completed", "failed", "cancelled"))
POLL_DEFAULT = 0.5
POLL_MIN = 0.02
POLL_MAX = 5.0
"""Seconds between looks at a task (its `pollInterval` when it gives one, within these bounds)."""
CANCEL_WAIT = 5.0
"""Seconds a server gets to answer `tasks/cancel` for a task the gateway gave up on."""
KEEP_MS = 60_000
"""Milliseconds a server is asked to keep a task's result beyond the call's deadline."""

_cancelling: set[asyncio.Task[None]] = set()
_OURS: dict[tuple[str, str], None] = {}
"""(server, task id) of the tasks the gateway created lately (the newest `OURS_KEPT`)."""
OURS_KEPT = 1024
_CREATING: dict[str, int] = {}
"""server -> task-creating calls the gateway has sent it and not yet had answered."""


def ours(server: str, params: Any) -> bool:
    """Whether a server's `notifications/tasks/status` is of a task the gateway runs itself (no client's business:
    not passed on); another server's task notices are passed on, checked, like any notification."""
    if _CREATING.get(server):  # (a server may tell of the task before it answers the call that creates it)
        return True
    task_id = params.get("taskId") if isinstance(params, dict) else None
    return isinstance(task_id, str) and (server, task_id) in _OURS


def untasked(params: Any) -> Any:
    """`params` without task metadata: the request to run as a task, the note of a task it serves (a copy only
    when it had some)."""
    if not isinstance(params, dict):
        return params
    meta = params.get("_meta")
    if TASK not in params and not (isinstance(meta, dict) and RELATED in meta):
        return params
    out = {k: v for k, v in params.items() if k != TASK}
    if isinstance(meta, dict) and RELATED in meta:
        return _plain(out)
    return out


def required(catalog: ServerCatalog | None, tool: str) -> bool:
    """Whether the server of `catalog` takes `tool` only as a task (it declares task-run tool calls, and the tool's
    `execution.taskSupport` is "required"; see `ServerCatalog.task_only`)."""
    return catalog is not None and tool in catalog.task_only()


async def call(child: Child, params: dict[str, Any], timeout: float, limit: float, on_sent: Any = None) -> Any:
    """`tools/call` run as a task at `child` within `timeout` seconds (`limit`: the configured deadline a timeout
    names): the task's result, or what `tasks/result` raised. A task not over in time is cancelled at the server."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    asked = {**untasked(params), TASK: {"ttl": int(limit * 1000) + KEEP_MS}}
    _CREATING[child.name] = _CREATING.get(child.name, 0) + 1
    try:
        created = await child.request("tools/call", asked, timeout, limit, on_sent)
    finally:
        _CREATING[child.name] -= 1
    task = created.get("task")
    if not isinstance(task, dict) or not isinstance(task.get("taskId"), str):
        return created  # answered at once, as a plain result
    task_id = task["taskId"]
    _OURS[(child.name, task_id)] = None
    if len(_OURS) > OURS_KEPT:
        del _OURS[next(iter(_OURS))]
    over = False
    try:
        while task.get("status") not in TERMINAL and task.get("status") != "input_required":
            await asyncio.sleep(min(_interval(task), max(deadline - loop.time(), 0.0)))
            task = await child.request("tasks/get", {"taskId": task_id}, _left(deadline, loop), limit)
            if not isinstance(task, dict):
                task = {}
        # (over, or waiting for the user: `tasks/result` waits for the end while the server's questions go through)
        result = await child.request("tasks/result", {"taskId": task_id}, _left(deadline, loop), limit)
        over = True
        return _plain(result)
    except CallTimeout:
        raise CallTimeout(
            f"server {child.name} did not finish tools/call {params.get('name')!r} (its task {task_id}) within "
            f"{round(limit, 1):g} s; the task was cancelled"
        ) from None
    finally:
        if not over:
            _cancel(child, task_id)


def _plain(result: dict[str, Any]) -> dict[str, Any]:
    """A task's result as the plain call's: without the note of the task (which the client never heard of)."""
    meta = result.get("_meta")
    if not isinstance(meta, dict) or RELATED not in meta:
        return result
    rest = {k: v for k, v in meta.items() if k != RELATED}
    out = {k: v for k, v in result.items() if k != "_meta"}
    if rest:
        out["_meta"] = rest
    return out


def _left(deadline: float, loop: asyncio.AbstractEventLoop) -> float:
    left = deadline - loop.time()
    if left <= 0:
        raise CallTimeout("out of time")
    return left


def _interval(task: dict[str, Any]) -> float:
    asked = task.get("pollInterval")
    if isinstance(asked, (int, float)) and not isinstance(asked, bool) and asked > 0:
        return min(max(asked / 1000, POLL_MIN), POLL_MAX)
    return POLL_DEFAULT


def _cancel(child: Child, task_id: str) -> None:
    """Tell the server to stop a task the gateway no longer waits for (in the background; a failure is logged)."""

    async def cancel() -> None:
        try:
            await child.request("tasks/cancel", {"taskId": task_id}, CANCEL_WAIT)
        except Exception as exc:  # (already over, or the server is gone: nothing more to do)
            log.info("server %s: task %s not cancelled: %s", child.name, task_id, exc)

    with contextlib.suppress(RuntimeError):  # (no loop: the gateway is closing)
        job = asyncio.get_running_loop().create_task(cancel())
        _cancelling.add(job)
        job.add_done_callback(_cancelling.discard)
