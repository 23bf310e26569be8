"""The policy chain every message crosses, in both directions; the one place the order of the steps is written.

To a server (requests, and the client's answers to a server's requests):
    gather -> local detectors -> consent -> remote providers -> placeholders restored for that server -> rebuild
To a client (results, JSON-RPC errors, notifications of any method, a server's requests, completions):
    decode text blobs -> gather -> PII restored -> local detectors -> remote providers -> rebuild -> notices
    -> encode blobs
Definitions and server instructions are screened by the catalog view (`Pipeline.screen_definition`).

A message's strings are gathered once per direction (`Flow.texts`, in document order, with their places); every
step reads and edits that one list, and the value is rebuilt once, from the strings that changed. Each step is a
plain async callable over a `Flow`: it passes it on, edits strings, or rejects it by setting `flow.blocked`. A step
that fails unexpectedly rejects the message (nothing unchecked passes); a remote provider's failure follows its
configured `on_failure` instead. Payloads above `OFFLOAD_BYTES` are gathered and checked off the event loop.

A message no step changed leaves as the very object that came in (`flow.changed` is False): its original bytes may
be forwarded as they are.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any, Literal

from secure_mcp_gateway import sealed
from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.clean import MAX_CHARS, known_small, small_unclaimed
from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import key_pieces, memo, outcome
from secure_mcp_gateway.guardrails.outcome import NOTICE_META
from secure_mcp_gateway.guardrails.redact import PLACEHOLDER
from secure_mcp_gateway.guardrails.walk import (
    Blob,
    Place,
    gather,
    inline_changed,
    may_carry_base64,
    media_changed,
    pack_blobs,
    place_path,
    rebuild,
    render,
    unchecked,
    unpack_arguments,
    unpack_results,
)
from secure_mcp_gateway.jsonrpc import INTERNAL_ERROR, RpcError
from secure_mcp_gateway.pipeline import Pipeline

log = logging.getLogger(__name__)

Direction = Literal["input", "output"]
OFFLOAD_BYTES = 256 * 1024
"""Payloads with more text than this are checked in a worker thread, so other calls keep moving."""
_ROOT = {"input": "arguments", "output": ""}
_PHASES = {"input": "input_checks", "output": "output_checks"}
_CLAIMED_KEY = re.compile(rb'"(?:_meta|uri)":').search
"""Where a message's compact JSON has a `_meta` or `uri` key (in one pass, which stops only at a quote: about half
the time of two substring searches of a 1 KB result)."""


@dataclass(init=False)
class Flow:
    """One message (the part of it that is checked) crossing the chain in one direction. Its repr leaves out what
    the message holds (its value, strings, findings, placeholders: of any size, and maybe secret)."""

    direction: Direction
    method: str
    call: CallLine
    value: Any = field(repr=False)
    shown: Any = field(default=None, repr=False)
    """What logs and the audit line may hold (redactions applied, no placeholder restored)."""
    blocked: str | None = None
    blobs: list[Blob] = field(default_factory=list, repr=False)
    big: bool = False
    """Checked off the event loop."""
    session: Any = field(default=None, repr=False)
    """The client session the message comes from or goes to (consent is asked of its client)."""
    error: bool = False
    """A server's JSON-RPC error (`message`, `data`): a notice travels in its message."""
    redact_flags: bool | None = None
    """Whether flagged text is redacted rather than left intact (None: when the message has no place for a
    notice: a notification, a completion)."""
    changed: bool = False
    """Whether what leaves differs from what came in; when False, `value` is the very object that came in."""
    original: Any = field(default=None, repr=False)
    texts: list[str] | None = field(default=None, repr=False)
    """The message's strings (values and keys) in document order, as the steps so far left them."""
    places: list[Place] = field(default_factory=list, repr=False)
    rewritten: set[int] = field(default_factory=set)
    shown_texts: list[str] | None = field(default=None, repr=False)
    """Input: the strings with spans awaiting confirmation replaced too (None: the same as `texts`)."""
    hits: list[Any] = field(default_factory=list, repr=False)
    notices: list[str] = field(default_factory=list, repr=False)
    """Texts the model is told after the message (flags, placeholders the server received)."""
    sent: set[str] = field(default_factory=set, repr=False)
    """Input: the placeholders the model itself sent (the only ones restored)."""
    inputs: list[str] | None = field(default=None, repr=False)
    """Output: the call's checked input text, for remote checks that compare the two."""
    pii_keys: list[tuple[str, str]] | None = field(default=None, repr=False)
    off: bool = False
    """The server's policy is disabled: nothing is checked."""
    packed: bool = False
    """A big message's base64 fields are still to be read as text (in the worker call that gathers its strings)."""
    early: Any = field(default=None, repr=False)
    """A big message's local check (what it found, whether flags are redacted), made in the worker call that gathered
    its strings; None when it was not made there."""
    clean_key: bytes | None = None
    """The message's key among those found clean (see `clean`); None when it is not remembered. A big message found
    clean gets a key of its own (`memo.payload_key`), for the audit writer's digests only."""
    known_clean: bool = False
    """The message (as it came in) was found clean before under the same checks."""
    key_open: int = 0
    """A result whose server's result before it ended inside a private key (its rest is looked for here): the
    body characters the key still needs, or `key_pieces.UNKNOWN` (0: none open)."""
    json: bytes | None = field(default=None, repr=False)
    """A tool result's compact JSON, made for its key before any step ran: what its reply is written with when it
    leaves as the very object that came in (see `sealed`)."""

    def __init__(
        self,
        direction: Direction,
        method: str,
        call: CallLine,
        value: Any,
        *,
        big: bool = False,
        session: Any = None,
        error: bool = False,
        redact_flags: bool | None = None,
    ) -> None:
        """A message about to cross; the fields not given keep their class defaults until a step sets them (two of
        these per call: only what differs from the defaults is stored)."""
        self.direction, self.method, self.call, self.value = direction, method, call, value
        if big:
            self.big = big
        if session is not None:
            self.session = session
        if error:
            self.error = error
        if redact_flags is not None:
            self.redact_flags = redact_flags
        self.blobs, self.places, self.hits, self.notices = [], [], [], []
        self.rewritten, self.sent = set(), set()

    def edit(self, changes: dict[int, str], shown_too: bool = True) -> None:
        """Replace strings by index (in what is shown too, unless `shown_too` is False)."""
        if not changes or self.texts is None:
            return
        for i, new in changes.items():
            self.texts[i] = new
            if shown_too and self.shown_texts is not None:
                self.shown_texts[i] = new
        self.rewritten.update(changes)


Step = Callable[["Chain", Flow], Awaitable[None]]


Seen = tuple[bytes | None, bytes | None]
"""A message `Chain.passes` let through untouched: its key among those found clean, and the JSON made for it that
its reply is written with (None: encoded anew)."""
_UNKEYED: Seen = (None, None)


async def decode_blobs(chain: Chain, flow: Flow) -> None:
    """Base64 fields that carry text (`blob`, image/audio `data`) become that text for the checks (a big message's
    in the worker call that gathers its strings)."""
    if flow.big:
        flow.packed = True
    else:
        flow.value, flow.blobs = unpack_results(flow.value)


async def gather_strings(chain: Chain, flow: Flow) -> None:
    """The message's strings, once for every later step; and what the call's input checks left for its output."""
    pipeline = chain.pipeline
    call = flow.call
    if flow.direction == "output":
        flow.pii_keys, note, flow.inputs = pipeline.take(call)
        if note:
            flow.notices.append(note)
    policy = pipeline.policy(call.server)
    if not policy.enabled or flow.value is None:
        flow.off = True
        return
    mode: Any = "free" if flow.direction == "input" else "result"
    if flow.big and flow.direction == "input":  # (what the arguments carry in base64 is read too, see `build`)
        flow.packed = True
    if flow.big:
        # one worker call per big message: its blobs read, its strings gathered and, when the local detectors are
        # the next step that does anything, checked (a hand-off of a large payload costs more than a small one's)
        check = _local_check(chain, flow) if _local_next(chain, flow) else None
        await asyncio.to_thread(_gather_off_loop, flow, mode, check)
    else:
        flow.texts, flow.places = gather(flow.value, mode)
        if flow.direction == "input" and may_carry_base64(flow.texts):
            flow.value, flow.blobs = unpack_arguments(flow.value)
            if flow.blobs:
                flow.texts, flow.places = gather(flow.value, mode)
    if flow.direction == "input" and policy.restore and any(len(v) for v in _vaults(pipeline, flow)):
        flow.sent = {m[0] for s in flow.texts if "<" in s for m in PLACEHOLDER.finditer(s)}


def _gather_off_loop(flow: Flow, mode: Any, check: Callable[[Flow], Any] | None) -> None:
    """A big message's blobs unpacked, strings gathered and (with `check`) locally checked, in one worker call."""
    if flow.packed:
        unpack = unpack_arguments if flow.direction == "input" else unpack_results
        flow.value, flow.blobs = unpack(flow.value)
        flow.packed = False
    flow.texts, flow.places = gather(flow.value, mode)
    if check is None:
        return
    with memo.collecting() as keys:
        flow.early = check(flow)
    if flow.early[0] is None and not flow.blobs and flow.clean_key is None:
        # found clean: a key for the payload as it came in, made from the keys its strings were read under (no
        # pass of its own), so that the audit writer digests a big payload that keeps coming back once
        flow.clean_key = memo.payload_key(flow.value, flow.texts, keys)


def _local_next(chain: Chain, flow: Flow) -> bool:
    """Whether the local detectors are the next step after `gather_strings` that has anything to do."""
    steps = chain.to_server if flow.direction == "input" else chain.to_client
    if gather_strings not in steps:
        return False
    for step in steps[steps.index(gather_strings) + 1 :]:
        if step is restore_pii and not flow.pii_keys:
            continue
        return step is local
    return False


_KEY_CHANNELS = {"tools/call": "result", "resources/read": "result", "prompts/get": "result"}
_KEY_CHANNELS["notifications/message"] = "log"
"""Where a file may be read out piece by piece, one message after another (so a private key may run on from one to
the next): its results, or its log lines."""


def _key_open(chain: Chain, flow: Flow) -> int:
    """Whether `flow` is a result (or log line) whose server's one before it ended inside a private key (noted on the
    flow)."""
    channel = _KEY_CHANNELS.get(flow.method) if flow.direction == "output" and not flow.error else None
    if channel is not None and not flow.key_open:
        flow.key_open = chain.pipeline.open_keys.need(flow.call.server, channel, flow.session)
    return flow.key_open


def _track_keys(chain: Chain, flow: Flow) -> bool:
    """Note whether `flow`'s strings (as they came) leave a private key open for its server's next result (or log
    line)."""
    channel = _KEY_CHANNELS.get(flow.method)
    if flow.direction != "output" or flow.error or channel is None or flow.texts is None:
        return False
    read = [key in key_pieces.READ_TEXT and not is_key for _, key, is_key in flow.places] if flow.key_open else None
    need = key_pieces.left_open(flow.texts, flow.key_open, read)
    chain.pipeline.open_keys.note(flow.call.server, channel, flow.session, need)
    return bool(need)


def _local_check(chain: Chain, flow: Flow) -> Callable[[Flow], tuple[Any, bool]]:
    """The local detectors over a flow's gathered strings, as a call that may run in a worker thread (the guard and
    the vault are looked up here, on the event loop): (what they found or None, whether flags are redacted)."""
    pipeline, call = chain.pipeline, flow.call
    guard, vault = pipeline.guard(call.server), pipeline.vault(call.server, flow.session)
    key_open = _key_open(chain, flow)

    def check(flow: Flow) -> tuple[Any, bool]:
        redact_flags = flow.redact_flags
        if redact_flags is None:
            # a message the model reads with no place for a notice (a notification, a completion) gets flagged text
            # redacted instead of passed on intact; an error carries its notice in its message
            redact_flags = flow.direction == "output" and not flow.error and not outcome.shows_notices(flow.value)
        if not flow.texts:
            return None, redact_flags
        args = (flow.texts, flow.places, flow.direction, vault, _ROOT[flow.direction])
        return guard.check_texts(*args, redact_flags=redact_flags, key_open=key_open), redact_flags

    return check


def _vaults(pipeline: Pipeline, flow: Flow) -> list[Any]:
    """The vaults a message to a server may restore from: its session's, then those every session saw."""
    return _vaults_of(pipeline, flow.call.server, flow.session)


def _vaults_of(pipeline: Pipeline, server: str, session: Any) -> list[Any]:
    """`_vaults` of a message to `server` from `session`."""
    shared = pipeline.vault(server)
    if session is None:
        return [shared]
    return [pipeline.vault(server, session), shared]


async def restore_pii(chain: Chain, flow: Flow) -> None:
    """A remote PII redactor's placeholders from this call's input put back into its output."""
    if flow.off or not flow.pii_keys or flow.texts is None:
        return
    flow.edit(await chain.pipeline.restore_pii(flow.texts, flow.places, flow.pii_keys, flow.call))


async def local(chain: Chain, flow: Flow) -> None:
    """The offline detectors over the gathered strings: redactions edit them, a block rejects the message."""
    if flow.off or not flow.texts:
        return
    pipeline, call = chain.pipeline, flow.call
    if flow.big:
        early, flow.early = flow.early, None
        if early is None:  # not checked where the strings were gathered (a step between did something)
            early = await asyncio.to_thread(_local_check(chain, flow), flow)
        checked, redact_flags = early
        _track_keys(chain, flow)
    else:
        guard, vault = pipeline.guard(call.server), pipeline.vault(call.server, flow.session)
        redact_flags = flow.redact_flags
        if redact_flags is None:
            # a message the model reads with no place for a notice (a notification, a completion) gets flagged text
            # redacted instead of passed on intact; an error carries its notice in its message
            redact_flags = flow.direction == "output" and not flow.error and not outcome.shows_notices(flow.value)
        args = (flow.texts, flow.places, flow.direction, vault, _ROOT[flow.direction])
        key = flow.clean_key if not flow.rewritten else None  # (the strings are the message's own)
        if key is not None and flow.known_clean:
            return  # found clean before under these checks (another step still had work to do)
        key_open = _key_open(chain, flow)
        with memo.collecting() as keys:
            checked = guard.check_texts(*args, redact_flags=redact_flags, key_open=key_open)
        if _track_keys(chain, flow):
            key = None  # (a result that leaves a key open is read again when it comes back: its next may continue it)
        if checked is None and key is not None:
            pipeline.clean(call.server, flow.direction).add(key, any("<" in s for s in flow.texts))
        elif checked is None and flow.clean_key is None and not flow.blobs and not flow.rewritten:
            flow.clean_key = memo.payload_key(flow.value, flow.texts, keys)  # (a message too large to be remembered)
    if checked is None:
        return
    flow.hits = checked.hits
    call.add_hits(checked.hits, flow.direction)
    if call.public_name == call.tool and flow.method.startswith("resources/") and _in_uri(checked.hits):
        call.public_name = flow.method  # a URI something was found in is not repeated in what the user is shown
    tail = _NO_NOTICE if redact_flags and checked.acting("redact") else ""
    outcome.report(log, checked.hits, server=call.server, tool=call.public_name, direction=flow.direction, outcome=tail)
    if checked.blocked is not None:
        flow.blocked = outcome.block_text(checked.hits, flow.direction, call.server, call.public_name)
        return
    flow.texts = checked.texts
    flow.rewritten |= checked.rewritten
    if checked.shown is not None:
        flow.shown_texts = checked.shown
    flags = checked.acting("flag")
    if flags:
        flow.notices.insert(0, outcome.notice_text(flags))


_NO_NOTICE = "flagged text redacted, this message has no place for a notice"


def _in_uri(hits: list[Any]) -> bool:
    """Whether a finding of a request's checks lies in its `uri`."""
    return any(h.where == "arguments.uri" for h in hits)


async def consent(chain: Chain, flow: Flow) -> None:
    """Findings that need the user's consent are asked of the client (or refused visibly when it cannot ask)."""
    to_confirm = [h for h in flow.hits if h.action == "confirm"]
    if flow.off or not to_confirm:
        return
    refused = await chain.pipeline.confirm(flow.call, to_confirm, flow.session)
    if refused is not None:
        flow.blocked = refused


async def remote(chain: Chain, flow: Flow) -> None:
    """The configured remote providers, concurrently, on the locally checked text (a secret never leaves)."""
    if flow.off or flow.texts is None:
        return
    pipeline, call = chain.pipeline, flow.call
    policy = pipeline.policy(call.server)
    if flow.direction == "output":
        if pipeline.asks_remote(policy, "output"):
            only = None
            notice = flow.method.startswith("notifications/")
            if notice:  # only what a model reads of a notification is worth a service's time
                only = read_by_model(flow.method, flow.texts, flow.places)
                if not only:
                    return
            changes, blocked = await pipeline.ask_providers(
                call, policy, "output", flow.texts, flow.places, flow.inputs, only=only, reuse=notice
            )
            if blocked is not None:
                flow.blocked = blocked
            flow.edit(changes)
        return
    rewritten = [h for h in flow.hits if h.action == "redact"]
    if pipeline.asks_remote(policy, "input"):
        shown = list(flow.shown_texts if flow.shown_texts is not None else flow.texts)
        changes, blocked = await pipeline.ask_providers(call, policy, "input", shown, flow.places)
        if blocked is not None:
            flow.blocked = blocked
            return
        for i, new in changes.items():
            shown[i] = new
        pii = await pipeline.redact_pii(call, shown, flow.places)
        for i, new in pii.items():
            shown[i] = new
        if changes or pii:  # a service rewrote it: the server gets what the services left
            flow.edit({i: s for i, s in enumerate(shown) if s != flow.texts[i]})
            flow.shown_texts = None
            rewritten = rewritten or [h for h in flow.hits if h.action == "confirm"]
    note = outcome.input_note(rewritten, call.server) if rewritten else None
    inputs = None
    if pipeline.asks_remote(policy, "output"):
        shown = flow.shown_texts if flow.shown_texts is not None else flow.texts
        inputs = [s for s, place in zip(shown, flow.places, strict=True) if not place[2]]
    pipeline.leave(call, note, inputs)


READ_BY_MODEL = {"notifications/message": ("data",), "notifications/progress": ("message",)}
"""The notifications a model may read, and the fields it reads (a log line's data, a progress message)."""


def read_by_model(method: str, texts: list[str], places: list[Place]) -> list[int]:
    """The indices of a notification's strings a model may read (none for list_changed, progress numbers, ...)."""
    fields = READ_BY_MODEL.get(method)
    if not fields:
        return []
    out = []
    for i, (parent, key, is_key) in enumerate(places):
        top = parent[0] if parent else key
        if not is_key and top in fields and texts[i].strip():
            out.append(i)
    return out


async def restore(chain: Chain, flow: Flow) -> None:
    """Placeholders the model sent, minted from this server's own output, put back for this server only."""
    if flow.off or not flow.sent or flow.texts is None:
        return
    vaults = _vaults(chain.pipeline, flow)
    sent = flow.sent

    def back(m: re.Match[str]) -> str:
        if m[0] in sent:
            for vault in vaults:
                if vault.knows(m[0]):
                    return vault.restore(m[0])
        return m[0]

    changes = {}
    for i, s in enumerate(flow.texts):
        if "<" in s:
            new = PLACEHOLDER.sub(back, s)
            if new != s:
                changes[i] = new
    if changes:
        if flow.shown_texts is None:
            flow.shown_texts = list(flow.texts)  # what is shown keeps the placeholders
        flow.edit(changes, shown_too=False)


async def build(chain: Chain, flow: Flow) -> None:
    """The value rebuilt once from the strings that changed (the very same object when none did), and what is
    shown (logs, audit) from the strings as shown; what a call's arguments carried in base64 goes back as it came,
    or encoded again where a check rewrote it (a result's, in `encode_blobs`)."""
    _build(flow)
    if flow.blobs and flow.direction == "input":
        shown = flow.shown
        flow.value = pack_blobs(flow.value, flow.blobs)
        flow.shown = flow.value if shown is None or shown is flow.value else pack_blobs(shown, flow.blobs)


def _build(flow: Flow) -> None:
    """`build` of the strings the checks left (the base64 they read still beside them)."""
    if flow.off or flow.texts is None or (not flow.rewritten and flow.shown_texts is None):
        flow.shown = flow.value
        return
    value, places, texts = flow.value, flow.places, flow.texts
    if flow.rewritten:
        flow.value = rebuild(value, {(place_path(places[i]), places[i][2]): texts[i] for i in flow.rewritten})
    shown = flow.shown_texts
    if shown is None:
        flow.shown = flow.value
    else:
        changed = {i for i in range(len(shown)) if shown[i] != texts[i]} | flow.rewritten
        flow.shown = rebuild(value, {(place_path(places[i]), places[i][2]): shown[i] for i in changed})


async def notices(chain: Chain, flow: Flow) -> None:
    """What the model is told after the message: flags (the content stays intact), placeholders the server got."""
    for text in flow.notices:
        flow.value = outcome.attach(flow.value, text)
    if flow.notices:
        flow.shown = flow.value


async def encode_blobs(chain: Chain, flow: Flow) -> None:
    """Blobs go back as they came, or encoded again where a check rewrote their text; text removed from an image's
    or a sound's metadata is told after the message (the file shows no placeholder)."""
    if flow.blobs:
        view = flow.value
        flow.value = pack_blobs(view, flow.blobs)
        blanked = {render("", path) for path in media_changed(view, flow.blobs)}
        hits = [h for h in flow.hits if h.where in blanked and h.action == "redact"]
        if hits:
            flow.value = outcome.attach(flow.value, outcome.blanked_text(hits))
        encoded = {render("", path) for path in inline_changed(view, flow.blobs)}
        hits = [h for h in flow.hits if h.where in encoded and h.action == "redact"]
        if hits:
            flow.value = outcome.attach(flow.value, outcome.encoded_text(hits))
        cut = [(render("", path), what) for path, what in unchecked(flow.blobs)]
        if cut:
            for where, _ in cut:
                flow.call.finding("gateway", "unchecked_content", "flag", "output", where=where)
            text = outcome.unchecked_text(cut)
            flow.value = outcome.attach(flow.value, text)
            flow.notices.append(text)  # (the message is told something: not the very object that came in)
        flow.shown = flow.value


TO_SERVER: tuple[Step, ...] = (gather_strings, local, consent, remote, restore, build)
"""The steps of a message on its way to a server, in order."""
TO_CLIENT: tuple[Step, ...] = (decode_blobs, gather_strings, restore_pii, local, remote, build, notices, encode_blobs)
"""The steps of a message on its way to a client, in order."""


class Chain:
    """Runs every message through the ordered steps; one per hub, shared by every client session."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.to_server = TO_SERVER
        self.to_client = TO_CLIENT

    async def run(self, flow: Flow, steps: tuple[Step, ...]) -> Flow:
        """Pass `flow` through `steps` until one rejects it; a step that crashes rejects it. What a server wrote in
        the gateway's own places (its `_meta` keys) is set aside first and told after the message."""
        where: list[str] = []
        if flow.direction == "output" and not flow.error:
            came, (flow.value, where) = flow.value, outcome.set_aside(flow.value)
        flow = await self._run(flow, steps)
        if where and flow.blocked is None:
            flow.call.finding("gateway", "gateway_namespace", "flag", "output", where=where[0], count=len(where))
            text = outcome.set_aside_text(where, flow.call.server)
            flow.value = outcome.attach(flow.value, text)
            flow.shown = outcome.attach(flow.shown, text)
            flow.original, flow.changed = came, True
        return flow

    async def _run(self, flow: Flow, steps: tuple[Step, ...]) -> Flow:
        flow.original = flow.value
        policy = self.pipeline.policy(flow.call.server)
        if not policy.enabled and not self.pipeline.owes(flow.call):
            # checks off for this server and nothing left by the call's input checks: no step would do anything
            flow.shown = flow.value
            sealed.take_offer(flow.value)  # (a result goes out in the bytes its server wrote)
            flow.call.latency_ms.setdefault(f"{flow.direction}_checks", 0.0)
            return flow
        size = text_size(flow.value) if not flow.big else OFFLOAD_BYTES + 1
        flow.big = size > OFFLOAD_BYTES
        started = perf_counter()  # (the phase's time on the call's line)
        try:
            if size <= MAX_CHARS and self._seen_clean(flow, size, policy):
                flow.shown = flow.value  # found clean before, and no step has anything else to do with it
                if flow.json is not None:
                    sealed.keep(flow.value, flow.json)
                return flow
            for step in steps:
                try:
                    await step(self, flow)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    log.error(
                        "the %s checks of %s failed in %s", flow.direction, flow.method, step.__name__, exc_info=exc
                    )
                    flow.call.finding("gateway", "internal_error", "block", flow.direction)
                    flow.blocked = (
                        f"Blocked: the gateway could not check this {flow.method} {flow.direction} "
                        f"({type(exc).__name__}); nothing unchecked was passed on. See the gateway log."
                    )
                if flow.blocked is not None:
                    flow.value = flow.shown = None
                    if flow.direction == "input":
                        self.pipeline.forget(flow.call)
                    break
        finally:
            flow.call.add_time(_PHASES.get(flow.direction) or f"{flow.direction}_checks", started)
        if flow.blocked is None and not flow.rewritten and not flow.notices:
            flow.value = flow.original  # nothing changed: the very object that came in (blobs and all)
            if flow.shown_texts is None:
                flow.shown = flow.original
            if flow.json is not None:  # (no step edits a value in place: each change is made on a copy)
                sealed.keep(flow.value, flow.json)
        flow.changed = flow.blocked is not None or flow.value is not flow.original
        return flow

    def _seen_clean(self, flow: Flow, size: int = -1, policy: GuardrailPolicy | None = None) -> bool:
        """Whether the message was found clean before under the same checks and nothing else is owed to it: no
        remote provider is asked, the call's input checks left nothing for its output, and no placeholder could be
        restored in it. Sets `flow.clean_key` (the local step remembers a message it finds clean); `policy`, the
        server's, where known."""
        pipeline, call = self.pipeline, flow.call
        seen = pipeline.clean(call.server, flow.direction)
        key, data = seen.sealed(flow.value, size)
        flow.clean_key = key
        if data is not None and flow.direction == "output" and flow.method == "tools/call" and not flow.error:
            flow.json = data
        angle = seen.get(key)
        if angle is None or _key_open(self, flow):
            return False
        flow.known_clean = True
        if policy is None:
            policy = pipeline.policy(call.server)
        if pipeline.remote is not None and (
            pipeline.asks_remote(policy, "input") or pipeline.asks_remote(policy, "output")
        ):
            return False
        if flow.direction == "output":
            return not pipeline.owes(call)
        return not (angle and policy.restore and any(len(v) for v in _vaults(pipeline, flow)))

    def passes(
        self,
        call: CallLine,
        direction: Direction,
        method: str,
        value: Any,
        session: Any = None,
        known: tuple[bytes, bytes] | None = None,
    ) -> Seen | None:
        """What `run` would make of a small message found clean before whole under the same checks, with nothing
        else owed to it (no step would run), worked out without a `Flow`: its key and the JSON kept for its reply
        (see `Flow.clean_key`, `Flow.json`); the checks' time goes on the call's line as `run` puts it. None where
        the steps may have something to do: `run` decides (and nothing was changed here). `known`: the message's
        key and compact JSON where known already (`clean.known_result`), not made again."""
        pipeline = self.pipeline
        policy = pipeline.policy(call.server)
        if not policy.enabled:
            if (direction == "output" and outcome.claims(value)) or pipeline.owes(call):
                return None
            sealed.take_offer(value)  # (as `_run`'s branch for checks that are off)
            call.latency_ms.setdefault(_PHASES[direction], 0.0)
            return _UNKEYED
        if pipeline.remote is not None and (
            pipeline.asks_remote(policy, "input") or pipeline.asks_remote(policy, "output")
        ):
            return None
        if direction == "output" and (pipeline.owes(call) or pipeline.open_keys.need(call.server, "result", session)):
            return None  # (owed: input checks left work for the output; open: a key's rest may open the result)
        started = perf_counter()
        seen = pipeline.clean(call.server, direction)
        small = seen.small(value) if known is None or not memo.MEMO.enabled else known
        if small is None:
            return self._passes_long(call, direction, method, value, session, policy, started)
        key, data = small
        if direction == "output":
            # (what a server wrote in the gateway's places is set aside and told; neither key in its JSON: nothing)
            if not small_unclaimed(data) and _CLAIMED_KEY(data) is not None and outcome.claims(value):
                return None
        elif (
            policy.restore and data.find(b"<") >= 0 and any(len(v) for v in _vaults_of(pipeline, call.server, session))
        ):
            return None  # (a placeholder may be restored in it: no `<` in its JSON, none in its strings; `find`, as
            # bytes' `in` tries its operand as an integer first, raising and dropping an error on every call)
        if seen.get(key) is None:
            return None
        known_small(data, key, direction == "output")
        json = data if direction == "output" and method == "tools/call" else None
        if json is not None:
            sealed.keep(value, json)
        call.add_time(_PHASES[direction], started)
        return key, json

    def _passes_long(
        self,
        call: CallLine,
        direction: Direction,
        method: str,
        value: Any,
        session: Any,
        policy: GuardrailPolicy,
        started: float,
    ) -> Seen | None:
        """`passes` of a long message (a result of a few long strings that comes back alike): what `run` would make
        of it when it equals one found clean before whole under the same checks (`CleanMessages.long`), told without
        a `Flow`, its text counted or its JSON made; None for any other (`run` decides, as before)."""
        seen = self.pipeline.clean(call.server, direction)
        found = seen.long(value)
        if found is None:
            return None
        if direction == "output" and outcome.claims(value):
            return None  # (what a server wrote in the gateway's places is set aside and told: `run` does it)
        key, data = found
        angle = seen.get(key)
        if angle is None:
            return None
        if (
            direction == "input"
            and angle
            and policy.restore
            and any(len(v) for v in _vaults_of(self.pipeline, call.server, session))
        ):
            return None  # (a placeholder may be restored in it)
        json = data if direction == "output" and method == "tools/call" else None
        if json is not None:
            sealed.keep(value, json)
        call.add_time(_PHASES[direction], started)
        return key, json

    def to_server_value(self, call: CallLine, method: str, value: Any, session: Any = None) -> Awaitable[Flow]:
        """Check a value going to `call.server` (arguments, params, a client's answer) from `session`'s client (the
        chain's own coroutine: no layer of its own)."""
        return self.run(Flow("input", method, call, value, session=session), self.to_server)

    def to_client_value(
        self,
        call: CallLine,
        method: str,
        value: Any,
        *,
        offload: bool = False,
        redact_flags: bool | None = None,
        session: Any = None,
    ) -> Awaitable[Flow]:
        """Check a value going to a client (a result, notification params, a server's request params); with
        `session`, the one client it goes to (its placeholders are that session's alone). The chain's own
        coroutine: no layer of its own."""
        flow = Flow("output", method, call, value, big=offload, redact_flags=redact_flags, session=session)
        return self.run(flow, self.to_client)

    async def to_client_error(self, call: CallLine, method: str, exc: RpcError, session: Any = None) -> RpcError:
        """A server's JSON-RPC error as the client may see it: its message and data checked like any output."""
        shape: dict[str, Any] = {"message": exc.message}
        if exc.data is not None:
            shape["data"] = exc.data
        flow = await self.run(Flow("output", method, call, shape, error=True, session=session), self.to_client)
        if flow.blocked is not None:
            return RpcError(INTERNAL_ERROR, flow.blocked)
        if not flow.changed:
            return exc
        value = flow.value if isinstance(flow.value, dict) else {}
        message = value.get("message")
        message = message if isinstance(message, str) else "error"
        meta = value.get("_meta")
        notice = meta.get(NOTICE_META) if isinstance(meta, dict) else None
        if isinstance(notice, str):  # a flag on an error: the notice travels in the message the model reads
            message = f"{message}\n\n{notice}"
        return RpcError(exc.code, message, value.get("data"))


def text_size(value: Any, limit: int = OFFLOAD_BYTES) -> int:
    """The characters of text in `value` (strings and keys), counted up to just past `limit`."""
    total = 0
    stack = [value]
    pop, push = stack.pop, stack.append
    while stack:
        v = pop()
        kind = type(v)
        if kind is dict:  # (decoded JSON: exact types; anything else is counted the general way below)
            for k, child in v.items():
                if isinstance(k, str):
                    total += len(k)
                if type(child) is str:
                    total += len(child)
                elif child is not None and child is not True and child is not False and type(child) is not int:
                    push(child)
                if total > limit:
                    return total
        elif kind is list:
            for child in v:
                if type(child) is str:
                    total += len(child)
                    if total > limit:
                        return total
                elif child is not None and child is not True and child is not False and type(child) is not int:
                    push(child)
        elif isinstance(v, str):
            total += len(v)
        elif isinstance(v, dict):
            for k, child in v.items():
                if isinstance(k, str):
                    total += len(k)
                push(child)
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
        if total > limit:
            break
    return total
