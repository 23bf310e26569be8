"""The checks around a call: what runs, in which order, and what a verdict does.

Input: local detectors on the arguments as the model sent them; then the remote providers (concurrently, on the
locally cleaned text, so a secret never leaves the machine); then placeholders restored for the server. Output:
local detectors on every part of the result, then the remote providers. A block becomes an isError result that names
the detector; a redaction rewrites the value; a warning is recorded. Findings land on the call's audit line.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import logging
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from secure_mcp_gateway import __version__, at_rest
from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.cache_keys import digest, verdict_key
from secure_mcp_gateway.clean import CleanMessages
from secure_mcp_gateway.config import GatewayConfig, GuardrailPolicy
from secure_mcp_gateway.consent import DEFAULT_TIMEOUT as DEFAULT_CONSENT_TIMEOUT
from secure_mcp_gateway.consent import Consent, Request
from secure_mcp_gateway.guardrails import hidden, lazy, memo, outcome
from secure_mcp_gateway.guardrails.key_pieces import OpenKeys
from secure_mcp_gateway.guardrails.redact import Vault, Vaults, splice
from secure_mcp_gateway.guardrails.walk import (
    Place,
    gather,
    pack_blobs,
    place_path,
    rebuild,
    unpack_blobs,
    unpack_icons,
)
from secure_mcp_gateway.memory import release_free

if TYPE_CHECKING:
    from secure_mcp_gateway.guardrails.local import LocalGuard

log = logging.getLogger(__name__)

Direction = Literal["input", "output"]
RECENT_VERDICTS = 4096
"""Remote verdicts kept in memory by content, most recently used first out last."""
_NO_NOTICE = "flagged text redacted, this message has no place for a notice"
_DEFINITION_KIND = {"tools": "tool", "prompts": "prompt", "resources": "resource", "templates": "resource_template"}
_CALLED_BY_NAME = frozenset({"tools", "prompts"})
"""Definitions a client asks for by a public name made from theirs (characters outside the name set replaced)."""
_ROOT = {"input": "arguments", "output": ""}
_MODE: dict[str, Any] = {"input": "free", "output": "result"}


@dataclass
class Decision:
    """The outcome of one direction's checks: the value to pass on, or why it is blocked."""

    value: Any
    blocked: str | None = None
    shown: Any = None
    """The value with every redaction applied and no placeholder restored (what logs and audit may hold)."""


class Pipeline:
    """Runs the configured checks for every call; one per gateway, shared by all requests."""

    def __init__(
        self,
        config: GatewayConfig,
        *,
        remote: Any = None,
        cache: Any = None,
        audit: Any = None,
    ) -> None:
        self.remote = remote
        self.cache = cache
        self.audit = audit
        self.vaults = Vaults()
        self.consent = Consent()
        self.elicit: Request | None = None
        """Sends `elicitation/create` to the client, when the client declared elicitation (else None: a finding
        that needs consent blocks). A call made with a `session` asks that session's client instead."""
        self._consents: weakref.WeakKeyDictionary[Any, Consent] = weakref.WeakKeyDictionary()
        self._session_vaults: weakref.WeakKeyDictionary[Any, Vaults] = weakref.WeakKeyDictionary()
        """Each client session's placeholders (its own key): one session cannot restore another's."""
        self._pii_keys: dict[str, list[tuple[str, str]]] = {}
        self._notes: dict[str, str] = {}
        self._inputs: dict[str, list[str]] = {}
        """request id -> the call's checked input text, for remote output checks that compare the two."""
        self._reloads = 0
        self._chain: Any = None
        self._recent: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()
        """Verdicts by content (provider, direction and text digest), kept for the verdict TTL."""
        self.open_keys = OpenKeys()
        """Where the last result or log line ended inside a private key (its rest is looked for in the next), per
        client session."""
        self.configure(config)

    def prepare_soon(self) -> None:
        """Compile the detectors and build their first-use tables on a background thread (once per process); a
        check that comes first builds what it needs itself (the same)."""
        policy = self._default
        lazy.prepare_soon(lambda: _prepare(policy, self))

    def configure(self, config: GatewayConfig) -> None:
        """Take a (new) config; placeholders minted so far stay valid; remote providers follow the new config."""
        if self._reloads:
            if self.remote is not None:
                self.remote.reconfigure(config.guardrails.providers, config.guardrails.http)
            elif config.guardrails.providers:
                from secure_mcp_gateway.guardrails.remote import build_remote

                self.remote = build_remote(config, self.audit)
        if self._reloads:
            memo.MEMO.clear()  # findings made under the old checks are not given for the new ones
        self._reloads += 1
        self.config = config
        self._guards: dict[str, LocalGuard] = {}
        self._clean: dict[tuple[str, str], CleanMessages] = {}
        self._policies: dict[str, GuardrailPolicy] = {}
        self._stamps: dict[str, str | None] = {}
        self._siblings: dict[str, frozenset[str]] = {}
        """Per server, the lower-cased names of its tools and prompts (see `know_siblings`)."""
        self._rest_stamp: str | None = None
        self._default = config.policy_for("")
        fingerprints = {}
        for name, provider in config.guardrails.providers.items():
            spec = provider.model_dump(exclude={"api_key", "headers"})
            spec["key"] = digest(provider.api_key or "")
            fingerprints[name] = digest(spec)
        self._fingerprints = fingerprints

    def policy(self, server: str) -> GuardrailPolicy:
        """The effective policy of a server."""
        policy = self._policies.get(server)
        if policy is None:
            policy = self._policies[server] = self.config.policy_for(server)
        return policy

    def guard(self, server: str) -> LocalGuard:
        """The local guard of a server (built once per config)."""
        guard = self._guards.get(server)
        if guard is None:
            guard = self._guards[server] = _local_guard(self.policy(server))
        return guard

    def clean(self, server: str, direction: str) -> CleanMessages:
        """The messages the local guard of a server found clean in one direction (kept until a reload)."""
        seen = self._clean.get((server, direction))
        if seen is None:
            seen = self._clean[(server, direction)] = CleanMessages()
        return seen

    def vault(self, server: str, session: Any = None) -> Vault:
        """The placeholders minted for a server's output to one client session (restored only into that session's
        calls to that server); with no session, those minted where every session may see them (notifications,
        definitions)."""
        if session is None:
            return self.vaults(server)
        vaults = self._session_vaults.get(session)
        if vaults is None:
            vaults = self._session_vaults[session] = Vaults()
        return vaults(server)

    # --- calls -----------------------------------------------------------------------------------

    async def check_input(self, call: CallLine, arguments: Any, session: Any = None) -> Decision:
        """Check (and possibly rewrite) a call's arguments before the server sees them, through the chain's steps
        to a server; fails closed.

        `session` is the client session making the call: a finding that needs consent is asked of its client
        (when it declared elicitation), and "allow for this server" is remembered for that session.
        """
        flow = await self.chain().to_server_value(call, "tools/call", arguments, session)
        return Decision(flow.value, flow.blocked, flow.shown)

    async def check_output(
        self,
        call: CallLine,
        result: dict[str, Any],
        *,
        offload: bool = False,
        redact_flags: bool | None = None,
        session: Any = None,
    ) -> Decision:
        """Check (and possibly rewrite) a result before the client sees it, through the chain's steps to a client;
        fails closed. `offload` checks it in a worker thread; `redact_flags` overrides whether flagged text is
        redacted (by default: when the message has no place for a notice)."""
        flow = await self.chain().to_client_value(
            call, "tools/call", result, offload=offload, redact_flags=redact_flags, session=session
        )
        return Decision(flow.value, flow.blocked, flow.shown)

    def chain(self) -> Any:
        """The chain over this pipeline (the hub's, or one made for callers that use the pipeline alone)."""
        chain = self._chain
        if chain is None:
            from secure_mcp_gateway.chain import Chain

            chain = self._chain = Chain(self)
        return chain

    # --- what the chain's steps ask of the policy ---------------------------------------------------

    def take(self, call: CallLine) -> tuple[list[tuple[str, str]] | None, str | None, list[str] | None]:
        """What the call's input checks left for its output: PII restore keys, the input note, the checked input
        text (each handed out once)."""
        rid = call.request_id
        return self._pii_keys.pop(rid, None), self._notes.pop(rid, None), self._inputs.pop(rid, None)

    def owes(self, call: CallLine) -> bool:
        """Whether the call's input checks left something for its output (see `take`)."""
        rid = call.request_id
        return rid in self._pii_keys or rid in self._notes or rid in self._inputs

    def leave(self, call: CallLine, note: str | None, inputs: list[str] | None) -> None:
        """Keep what the call's output checks will need: the note that the server got placeholders, the input."""
        if note:
            self._notes[call.request_id] = note
        if inputs is not None:
            self._inputs[call.request_id] = inputs

    async def confirm(self, call: CallLine, hits: list[Any], session: Any = None) -> str | None:
        """Ask the user about findings that need consent; None when allowed, else the isError text."""
        return await self._confirm(call, hits, session)

    def _asker(self, session: Any) -> tuple[Consent, Request | None]:
        """The consent memory and the way to ask of the client behind `session` (None: it cannot be asked)."""
        if session is None:
            return self.consent, self.elicit
        consent = self._consents.get(session)
        if consent is None:
            timeout = min(DEFAULT_CONSENT_TIMEOUT, max(1.0, self.config.gateway.call_timeout - 10.0))
            consent = self._consents[session] = Consent(timeout)
        caps = getattr(session, "caps", None) or {}
        declared = caps.get("elicitation")
        # an empty elicitation capability means form mode; a client that declared only "url" cannot show a form
        if not isinstance(declared, dict) or (declared and "form" not in declared):
            return consent, None

        async def ask(method: str, params: dict[str, Any]) -> Any:
            return await session.request(method, params, "elicitation")

        return consent, ask

    async def _confirm(self, call: CallLine, hits: list[Any], session: Any = None) -> str | None:
        """Ask the user about findings that need consent; None when allowed, else the isError text."""
        consent, elicit = self._asker(session)
        if elicit is None:
            if consent.remembered(call.server, hits):
                return None
            why = "the client cannot ask you to confirm (it did not declare elicitation)"
            call.finding("consent", "unavailable", "block", "input")
            log.info(
                "guardrails: server %s %s input: blocked, consent needed and the client cannot ask",
                call.server,
                call.public_name,
            )
            return outcome.unconfirmed_text(hits, call.server, call.public_name, why)
        answer = await consent.ask(elicit, server=call.server, tool=call.public_name, hits=hits)
        call.finding("consent", answer.choice, "allow" if answer.allowed else "block", "input")
        log.info(
            "guardrails: server %s %s input: consent %s (%s)", call.server, call.public_name, answer.choice, answer.why
        )
        if answer.allowed:
            return None
        return outcome.unconfirmed_text(hits, call.server, call.public_name, answer.why)

    def forget(self, call: CallLine) -> None:
        """Drop what a call left behind when it ends without output checks (an error, a timeout)."""
        if not (self._pii_keys or self._notes or self._inputs):
            return  # (nearly every call: nothing was left)
        self._pii_keys.pop(call.request_id, None)
        self._notes.pop(call.request_id, None)
        self._inputs.pop(call.request_id, None)

    # --- remote providers ------------------------------------------------------------------------

    def _providers(self, policy: GuardrailPolicy, direction: Direction) -> dict[str, str]:
        """Provider name -> action for a flag, for the providers asked in this direction."""
        if self.remote is None:
            return {}
        configured = self.config.guardrails.providers
        chosen = getattr(policy, direction).providers
        if chosen is None:
            return {name: p.action for name, p in configured.items()}
        return {name: action for name, action in chosen.items() if name in configured and action != "allow"}

    def asks_remote(self, policy: GuardrailPolicy, direction: Direction) -> bool:
        """Whether any remote provider is asked in this direction."""
        return bool(self._providers(policy, direction))

    async def ask_providers(
        self,
        call: CallLine,
        policy: GuardrailPolicy,
        direction: Direction,
        texts: list[str],
        places: list[Any],
        inputs: list[str] | None = None,
        only: list[int] | None = None,
        reuse: bool = False,
    ) -> tuple[dict[int, str], str | None]:
        """Ask the providers about the string values of a message (keys stay local, so its shape survives), or
        just the strings at `only`: the new text of the strings a provider redacted, by index, or why the message
        is blocked."""
        providers = self._providers(policy, direction)
        at = [i for i, place in enumerate(places) if not place[2]] if only is None else only
        if not providers or not at:
            return {}, None
        parts = [texts[i] for i in at]
        reuse = reuse and self.config.cache.verdicts
        asks = (self._ask(call, name, direction, parts, inputs, reuse) for name in providers)
        verdicts = await asyncio.gather(*asks)
        blocked: list[str] = []
        replacement: dict[int, str] = {}
        root = _ROOT[direction]
        for name, verdict in zip(providers, verdicts, strict=True):
            if verdict.status != "ok":
                outcome = _failure(getattr(policy.on_failure, direction), direction, name, verdict.error)
                self._record_failure(call, name, verdict, getattr(policy.on_failure, direction))
                if getattr(verdict, "pause_ends", None):  # (the first of this pause: the others stay at debug)
                    _tell_pause(
                        name, verdict.pause_ends, direction, outcome.action, getattr(policy.on_failure, direction)
                    )
                if outcome.action == "block":
                    blocked.append(outcome.reason)
                elif outcome.degraded:
                    call.degrade(name)
                continue
            if not verdict.flagged:
                continue
            action = _milder(verdict.action, providers[name])
            if action == "redact" and (verdict.parts is None or len(verdict.parts) != len(parts)):
                action = "block"  # nothing to redact with: a flag that cannot be redacted blocks
            detectors = verdict.detectors or ["flagged"]
            for detector in detectors:
                call.finding(f"remote:{name}", detector, action, direction, root or "result")
            if action == "block":
                why = "; ".join(verdict.reasons[:3]) or ", ".join(detectors)
                blocked.append(f"Blocked: guardrail service {name} flagged the {direction} ({why}).")
            elif action == "redact" and verdict.parts is not None:
                for i, old, new in zip(at, parts, verdict.parts, strict=True):
                    if new != old:
                        replacement[i] = new
        if blocked:
            return {}, blocked[0]
        return replacement, None

    async def redact_pii(self, call: CallLine, texts: list[str], places: list[Any]) -> dict[int, str]:
        """Enkrypt PII redaction of the string values of a call's input (the keys to restore them are kept for
        its output): the new text of the strings it changed, by index."""
        at = [i for i, place in enumerate(places) if not place[2]]
        out: dict[int, str] = {}
        for name, provider in self.config.guardrails.providers.items():
            if provider.type != "enkrypt" or not provider.pii_redaction or not at:
                continue
            from secure_mcp_gateway.guardrails.remote import RemoteUnavailable

            parts = [out.get(i, texts[i]) for i in at]
            try:
                redacted, key = await self.remote.redact_pii(name, parts, self._left(call))
            except RemoteUnavailable as exc:
                call.degrade(name)
                log.warning("%s; the call goes on without PII redaction", exc)
                continue
            if key:
                self._pii_keys.setdefault(call.request_id, []).append((name, key))
            for i, old, new in zip(at, parts, redacted, strict=True):
                if new != old:
                    out[i] = new
        return out

    async def restore_pii(
        self, texts: list[str], places: list[Any], keys: list[tuple[str, str]], call: CallLine | None = None
    ) -> dict[int, str]:
        """The PII placeholders of a call's input put back into the string values of its output, by index (within
        what is left of `call`'s deadline)."""
        from secure_mcp_gateway.guardrails.remote import RemoteUnavailable

        at = [i for i, place in enumerate(places) if not place[2]]
        if not at:
            return {}
        parts = [texts[i] for i in at]
        for name, key in keys:
            try:
                parts = await self.remote.restore_pii(name, parts, key, self._left(call) if call else None)
            except RemoteUnavailable as exc:
                log.warning("%s; PII placeholders stay in the result", exc)
        return {i: new for i, new in zip(at, parts, strict=True) if new != texts[i]}

    async def _ask(
        self,
        call: CallLine,
        name: str,
        direction: Direction,
        parts: list[str],
        inputs: list[str] | None = None,
        reuse: bool = False,
    ) -> Any:
        """One provider's verdict on `parts`: reused from memory (with `reuse`) or the cache when the same text was
        judged within the verdict TTL, else asked."""
        text = "\x00".join(parts) + ("\x01" + "\x00".join(inputs) if inputs else "")
        key = verdict_key(name, self._fingerprints.get(name, ""), direction, text)
        recent = self._recent.get(key) if reuse else None
        if recent is not None and recent[0] > time.monotonic():  # the same text was just judged
            self._recent.move_to_end(key)
            call.cache_hits += 1
            return _from_cache(name, direction, recent[1])
        if self.cache is not None:
            cached = await self.cache.get_verdict(key)
            if cached is not None:
                call.cache_hits += 1
                if reuse:
                    self._remember(key, cached)
                return _from_cache(name, direction, cached)
            call.cache_misses += 1
        verdict = await self.remote.check(
            name,
            direction,
            parts,
            server=call.server,
            tool=call.tool,
            request_id=call.request_id,
            input_parts=inputs,
            budget=self._left(call),
        )
        if verdict.cacheable and verdict.status == "ok" and verdict.parts is None:
            if reuse:
                self._remember(key, _to_cache(verdict))
            if self.cache is not None:
                await self.cache.put_verdict(key, _to_cache(verdict))
        return verdict

    @staticmethod
    def _left(call: CallLine) -> float | None:
        """Seconds left of a client's call's deadline (`call_timeout`, checks included); None when none bounds it (a
        server's request, whose answer waits on the client's user)."""
        return None if call.deadline is None else call.deadline - time.perf_counter()

    def _remember(self, key: str, data: dict[str, Any]) -> None:
        """Keep a verdict in memory for its TTL, so the same text (a repeated log line) is judged once."""
        self._recent[key] = (time.monotonic() + self.config.cache.verdict_ttl, data)
        self._recent.move_to_end(key)
        while len(self._recent) > RECENT_VERDICTS:
            self._recent.popitem(last=False)

    def _record_failure(self, call: CallLine, name: str, verdict: Any, policy: str) -> None:
        if self.audit is not None:
            self.audit.record(
                "guardrail.failure",
                request_id=call.request_id,
                provider=name,
                error=verdict.error or verdict.status,
                attempts=verdict.attempts,
                policy=policy,
            )

    # --- definitions -----------------------------------------------------------------------------

    def screening_stamp(self, server: str) -> str | None:
        """What screening a server's definitions depends on (its policy and the detectors' code), so that a
        definition screened clean may be shown unscreened next run while this is unchanged; None when unchecked."""
        if server not in self._stamps:
            policy = self.policy(server)
            self._stamps[server] = (
                digest(["screened", _detector_stamp(), policy.model_dump(mode="json")]) if policy.enabled else None
            )
        return self._stamps[server]

    def rest_stamp(self) -> str:
        """What finding the secrets of a definition kept on disk depends on (the detectors' code), so that one found
        to hold none may be written as it is next run while this is unchanged."""
        if self._rest_stamp is None:
            self._rest_stamp = digest(["at rest", _detector_stamp()])
        return self._rest_stamp

    def know_siblings(self, server: str, names: frozenset[str]) -> None:
        """The names of the tools and prompts `server` lists, for screening its definitions: one naming a sibling in a
        workflow ("then call deploy_status with the id") is ordinary; handing a sibling secrets or the conversation
        is not (see `poisoning_signals._others`)."""
        self._siblings[server] = names

    def screen_definition(self, server: str, kind: str, item: dict[str, Any]) -> dict[str, Any] | None:
        """A definition as the client may see it, or None to withhold it; `item` itself only when nothing at all was
        found in it (see `CatalogView`: such a verdict is kept for the next run). Its icons given as `data:` URIs of
        pictures are read as their metadata (a secret there blanked in the picture)."""
        view, blobs = unpack_icons(item)
        shown = self._screen_definition(server, kind, view)
        if not blobs or shown is None:
            return shown
        packed = pack_blobs(shown, blobs)
        return item if packed == item else packed

    def _screen_definition(
        self, server: str, kind: str, item: dict[str, Any], inline: bool = True
    ) -> dict[str, Any] | None:
        """`screen_definition` of a definition as read (its icons' metadata in place of their data); with `inline`,
        one whose texts hold `data:` URIs (a description's markdown image, an `<img src>`) is read with what their
        base64 carries beside each text, and packed again."""
        item = self._set_aside(server, kind, item)
        policy = self.policy(server)
        if not policy.enabled:
            return item
        read = gather(item, "definition")  # one walk for both checks
        if inline and any(";base64," in t for t in read[0]):
            view, blobs = unpack_blobs(item)
            if blobs:
                shown = self._screen_definition(server, kind, view, inline=False)
                if shown is None:
                    return None
                packed = pack_blobs(shown, blobs)
                return item if packed == item else packed
        siblings = self._siblings.get(server, frozenset())
        verdict = self.guard(server).check_definition(item, _DEFINITION_KIND.get(kind, kind), read, siblings)
        name = item.get("name") or item.get("uri") or item.get("uriTemplate")
        if verdict.withhold:
            why = "; ".join(verdict.reasons[:4])
            log.warning("server %s: withheld %s %r: %s", server, _DEFINITION_KIND.get(kind, kind), name, why)
            if self.audit is not None:
                top = verdict.hits[0] if verdict.hits else None
                self.audit.record(
                    "definition.withheld",
                    server=server,
                    name=name,
                    kind=_DEFINITION_KIND.get(kind, kind),
                    detector=top.detector if top else "poisoning",
                    reason=why,
                )
            return None
        if verdict.hits:
            why = "; ".join(verdict.reasons[:4])
            log.warning("server %s: %s %r flagged: %s", server, _DEFINITION_KIND.get(kind, kind), name, why)
            if self.audit is not None:
                self.audit.record(
                    "definition.flagged",
                    server=server,
                    name=name,
                    kind=_DEFINITION_KIND.get(kind, kind),
                    detector=verdict.hits[0].detector,
                    reason=why,
                )
        shown = self._secrets_in_definition(
            server, policy, verdict.definition, read if verdict.definition is item else None
        )
        renamed = kind in _CALLED_BY_NAME and isinstance(name, str) and shown.get("name") != name
        if renamed and shown.get("name") == _visible(name):  # the server knows it by it; clients see a public name
            shown = {**shown, "name": name}
        return dict(shown) if shown is item and verdict.hits else shown

    def _set_aside(self, server: str, kind: str, item: dict[str, Any]) -> dict[str, Any]:
        """A definition with the server's values under the gateway's `_meta` keys moved under `from-server` (a
        definition has no place for a notice: the move is what shows, with a warning in the log). Only its own
        `_meta` is MCP's (a catalog of thousands is not walked through)."""
        if not outcome.owns(item):
            return item
        moved, where = outcome.set_aside(item, uris=False)
        if where:
            name = item.get("name") or item.get("uri") or item.get("uriTemplate")
            log.warning(
                "server %s: %s %r wrote in the gateway's own places (%s); moved under %s",
                server,
                _DEFINITION_KIND.get(kind, kind),
                name,
                ", ".join(where[:5]),
                outcome.FROM_SERVER,
            )
        return moved

    def _secrets_in_definition(
        self,
        server: str,
        policy: GuardrailPolicy,
        item: dict[str, Any],
        read: tuple[list[str], list[Place]] | None = None,
    ) -> dict[str, Any]:
        """A definition with the secrets in any of its strings or keys replaced by placeholders (as output is),
        a secret split between its strings included. `read` is `gather(item, "definition")` when known already."""
        if policy.output.secrets.action == "allow" and not policy.output.secrets.kinds:
            return item
        secrets = _secret_detector()
        texts, places = gather(item, "definition") if read is None else read
        texts, found = at_rest.secrets_in(texts, places, secrets.find)
        if not found:
            return item  # most definitions
        vault = self.vault(server)
        replacements: dict[tuple[Any, bool], str] = {}
        for n, fs in found.items():
            text = texts[n]
            fs = [f for f in fs if policy.output.secrets.for_kind(f.kind) != "allow"]
            if fs:
                edits = [(f.start, f.end, vault.mint("SECRET", f.kind, text[f.start : f.end])) for f in fs]
                replacements[(place_path(places[n]), places[n][2])] = splice(text, edits)
        if replacements:
            log.info("guardrails: server %s: secrets replaced by placeholders in a definition", server)
        return rebuild(item, replacements)


def _visible(name: str) -> str:
    """A name without the hidden characters the hidden-text check strips."""
    marks = hidden.find(name)
    return hidden.strip(name, marks) if marks else name


_SEVERITY = {"allow": 0, "warn": 1, "redact": 2, "block": 3}
_DETECTORS = "secure_mcp_gateway.guardrails.local"
_PREPARE_PAUSE = 0.0002
"""Seconds the background thread pauses after each expression (as `lazy.prepare_soon` does)."""
_WARM_TEXT = "Made-up text: the weather in Paris is sunny; send the notes to the team by Friday. Merci, à bientôt."
"""Partly outside ASCII, so the tables only such text needs are built ahead of it too."""
_WARM_ASCII = ("Made-up note: the nightly build passed in 41 s.", "Made-up list:\nshard 3 passed\nshard 4 passed")
"""Short ASCII texts, on one line and on several: the word passes only such texts use are built ahead of them too."""
_WARM_LONG = " ".join(
    f"Made-up report, line {n}: the nightly build of shard {n % 7} passed in {40 + n % 13} s; notes to the team."
    for n in range(40)
)
"""ASCII and longer than `scan.LONG`: the tables and the shared screen only long texts use are built ahead of the
first long result too (without it, the first long result after each start cost ~0.4 s more CPU than the next; on a
first start ~0.4 s of CPU and ~1.5 s on a busy machine)."""
_WARM_DEFINITION = {
    "name": "get_weather",
    "description": "Returns the weather for a city.",
    "inputSchema": {"type": "object", "properties": {"city": {"type": "string", "description": "The city."}}},
}


@functools.cache
def _secret_detector() -> ModuleType:
    """The secret detector, imported at first use (not before a list is screened) and then kept at hand."""
    return importlib.import_module("secure_mcp_gateway.guardrails.secrets")


def import_detectors() -> None:
    """Import the detectors now (a start with lists to screen does it while its servers start); what the import found
    in the rules' patterns is kept at once (a gateway started only to list its tools ends before its background
    preparation would keep it)."""
    importlib.import_module(_DETECTORS)
    from secure_mcp_gateway.guardrails import scan

    scan.keep_words()


def _prepare(policy: GuardrailPolicy, pipeline: Pipeline) -> None:
    """The detectors imported (if not yet), every expression compiled, one check of each kind run; with a store for
    what long texts need (see `compiled_store`), a long text checked too and what long texts use built (on a first
    start ~1 s of CPU, once per install: the first long result a client gets back does not wait for it; without a
    store every start would be a first one, and the first long text builds it)."""
    from secure_mcp_gateway.guardrails import compiled_store, scan

    guard = _local_guard(policy)
    scan.keep_words()  # (what the import found in the rules' patterns: the next start reads none of them again)
    lazy.prepare(_PREPARE_PAUSE)  # the expressions the import made
    if not warm_up(guard) and compiled_store.store() is not None:
        warm_long(guard)
    lazy.prepare(_PREPARE_PAUSE)  # (the expressions the warm-up made or built: their codes kept for the next start)
    scan.keep_words()  # (the words of the patterns the warm-up read: the wide rules' rarest, those long texts use)
    release_free()  # (what reading the stored codes and tables left free goes back to the system)


def _local_guard(policy: GuardrailPolicy) -> LocalGuard:
    """A local guard for `policy`; the detectors are imported here, on first use, not when the gateway starts (a
    call that comes while a background import runs waits for it to finish)."""
    from secure_mcp_gateway.guardrails.local import LocalGuard

    _index_rule_words()
    return LocalGuard(policy)


def _index_rule_words() -> None:
    """Give the shared word index the injection rules' leading words before any check asks it: every reader it
    builds in the background, from the first list's screening on, then holds them (the same word sets, and so the
    same stored databases, on every start)."""
    from secure_mcp_gateway.guardrails import injection

    injection.index(injection.RULES)
    injection.index(injection.EAGER_RULES)


def warm_up(guard: LocalGuard) -> bool:
    """One check of each kind on made-up text, so the detectors' first-use tables (joined rule sets, word indexes)
    are built before a client's first call needs them (see `lazy.prepare_soon`); a long text too once the shared
    screen of long texts is in the store (see `_WARM_LONG`). Whether the long text was checked."""
    from secure_mcp_gateway.guardrails import intent
    from secure_mcp_gateway.guardrails.screen import SCREEN

    _index_rule_words()
    guard.check_input({"text": _WARM_TEXT}, Vault())
    guard.check_output({"content": [{"type": "text", "text": _WARM_TEXT}]}, Vault())
    for text in _WARM_ASCII:  # (short ASCII texts' own word passes: the readers ask for them on such text only)
        guard.check_input({"note": text}, Vault())
        guard.check_output({"content": [{"type": "text", "text": text}]}, Vault())
    guard.check_definition(_WARM_DEFINITION, "tool")
    intent.prepare_short()
    if not SCREEN.stored():
        return False
    warm_long(guard)
    return True


def warm_long(guard: LocalGuard) -> None:
    """A long argument and a long result checked on made-up text: the tables and the shared screen only long texts
    use are built (and the screen stored, so later starts build it from the store) before a client's first long
    text needs them; back once they are."""
    from secure_mcp_gateway.guardrails.scan import INDEX
    from secure_mcp_gateway.guardrails.screen import SCREEN

    guard.check_input({"text": _WARM_LONG}, Vault())
    guard.check_output({"content": [{"type": "text", "text": _WARM_LONG}]}, Vault())
    SCREEN.wait()
    INDEX.wait()


@functools.lru_cache(maxsize=1)
def _detector_stamp() -> str:
    """The version and each screening module's and data file's size and change time: an upgraded or edited install
    (a retrained model too) screens again."""
    here = Path(__file__).resolve().parent
    parts = [__version__]
    found = [p for p in (here / "guardrails").iterdir() if p.suffix in (".py", ".gz", ".json")]
    for path in sorted([here / "pipeline.py", here / "config.py", *found], key=str):  # (str: Paths compare slowly)
        try:
            info = path.stat()
        except OSError:
            parts.append(f"{path.name}:?")
            continue
        parts.append(f"{path.name}:{info.st_size}:{info.st_mtime_ns}")
    return "/".join(parts)


def _milder(said: str, allowed: str) -> str:
    """The provider's own judgement, capped by the most the config lets its flag do."""
    said = said if said in _SEVERITY and said != "allow" else "block"
    return said if _SEVERITY[said] <= _SEVERITY[allowed] else allowed


def _tell_pause(provider: str, ends: float, direction: Direction, action: str, policy: str) -> None:
    """Say once per pause that a service asked for one (Retry-After): until when, and what its failed checks do."""
    until = time.strftime("%H:%M:%S UTC", time.gmtime(ends))
    if action == "block":
        does = f"each {direction} it checks is blocked (on_failure: {policy})"
    elif policy == "local":
        does = f"each {direction} is checked by local detectors only (on_failure: local)"
    else:
        does = f"each {direction} is allowed without it (on_failure: open)"
    log.warning(
        "guardrail service %s asked for a pause (Retry-After): its checks fail at once until %s; meanwhile: %s",
        provider,
        until,
        does,
    )


def _failure(policy: str, direction: Direction, provider: str, error: str | None) -> Any:
    from secure_mcp_gateway.guardrails.remote import apply_failure_policy

    return apply_failure_policy(policy, direction, provider, error)


def _to_cache(verdict: Any) -> dict[str, Any]:
    return {
        "action": verdict.action,
        "flagged": verdict.flagged,
        "detectors": list(verdict.detectors)[:20],
        "reasons": [r[:200] for r in verdict.reasons[:5]],
    }


def _from_cache(name: str, direction: Direction, data: dict[str, Any]) -> Any:
    from secure_mcp_gateway.guardrails.remote import RemoteVerdict

    return RemoteVerdict(
        provider=name,
        status="ok",
        action=data.get("action", "allow"),
        detectors=list(data.get("detectors") or []),
        reasons=list(data.get("reasons") or []),
        flagged=bool(data.get("flagged")),
        direction=direction,
        cacheable=True,
    )
