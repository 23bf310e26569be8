"""The checks around a call: what runs, in which order, and what a verdict does.

Input: local detectors on the arguments as the model sent them; then the remote providers (concurrently, on the
locally cleaned text, so a secret never leaves the machine); then placeholders restored for the server. Output:
local detectors on every part of the result, then the remote providers. A block becomes an isError result that names
the detector; a redaction rewrites the value; a warning is recorded. Findings land on the call's audit line.
"""

from __future__ import annotations

import asyncio
import logging
import unicodedata
import weakref
from dataclasses import dataclass
from typing import Any, Literal

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.cache_keys import digest, verdict_key
from secure_mcp_gateway.config import GatewayConfig, GuardrailPolicy
from secure_mcp_gateway.consent import DEFAULT_TIMEOUT as DEFAULT_CONSENT_TIMEOUT
from secure_mcp_gateway.consent import Consent, Request
from secure_mcp_gateway.guardrails import hidden, outcome, secrets
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault, Vaults, splice
from secure_mcp_gateway.guardrails.walk import gather, iter_strings, place_path, rebuild, replace_strings

log = logging.getLogger(__name__)

Direction = Literal["input", "output"]
_NO_NOTICE = "flagged text redacted, this message has no place for a notice"
_DEFINITION_KIND = {"tools": "tool", "prompts": "prompt", "resources": "resource", "templates": "resource_template"}
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
        self._pii_keys: dict[str, list[tuple[str, str]]] = {}
        self._notes: dict[str, str] = {}
        self._inputs: dict[str, list[str]] = {}
        """request id -> the call's checked input text, for remote output checks that compare the two."""
        self._reloads = 0
        self.configure(config)

    def configure(self, config: GatewayConfig) -> None:
        """Take a (new) config; placeholders minted so far stay valid; remote providers follow the new config."""
        if self._reloads:
            if self.remote is not None:
                self.remote.reconfigure(config.guardrails.providers, config.guardrails.http)
            elif config.guardrails.providers:
                from secure_mcp_gateway.guardrails.remote import build_remote

                self.remote = build_remote(config, self.audit)
        self._reloads += 1
        self.config = config
        self._guards: dict[str, LocalGuard] = {}
        self._policies: dict[str, GuardrailPolicy] = {}
        self._default = LocalGuard(config.policy_for(""))
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
            guard = self._guards[server] = LocalGuard(self.policy(server))
        return guard

    def vault(self, server: str) -> Vault:
        """The placeholders minted for a server during this run (restored only into calls to that server)."""
        return self.vaults(server)

    # --- calls -----------------------------------------------------------------------------------

    async def check_input(self, call: CallLine, arguments: Any, session: Any = None) -> Decision:
        """Check (and possibly rewrite) a call's arguments before the server sees them; fails closed.

        `session` is the client session making the call: a finding that needs consent is asked of its client
        (when it declared elicitation), and "allow for this server" is remembered for that session.
        """
        try:
            return await self._check_input(call, arguments, session)
        except Exception as exc:
            return _internal_failure(call, "input", exc)

    async def check_output(
        self, call: CallLine, result: dict[str, Any], *, offload: bool = False, redact_flags: bool = False
    ) -> Decision:
        """Check (and possibly rewrite) a result before the client sees it; fails closed.

        With `offload`, the local detectors run in a worker thread (a big payload must not hold other calls). With
        `redact_flags` (a message with no place for a notice), flagged text is redacted rather than left intact.
        """
        try:
            return await self._check_output(call, result, offload, redact_flags)
        except Exception as exc:
            return _internal_failure(call, "output", exc)

    async def _check_input(self, call: CallLine, arguments: Any, session: Any = None) -> Decision:
        policy = self.policy(call.server)
        if not policy.enabled:
            return Decision(arguments, shown=arguments)
        with call.timed("input_checks"):
            guard = self.guard(call.server)
            vault = self.vault(call.server)
            sent = guard.placeholders_in(arguments) if policy.restore and len(vault) else set()
            verdict = guard.check_input(arguments, vault)
            call.add_hits(verdict.hits, "input")
            outcome.report(log, verdict.hits, server=call.server, tool=call.public_name, direction="input")
            if verdict.blocked is not None:
                return Decision(None, outcome.block_text(verdict.hits, "input", call.server, call.public_name))
            value, shown = verdict.value, verdict.shown
            if verdict.to_confirm:
                refused = await self._confirm(call, verdict.to_confirm, session)
                if refused is not None:
                    return Decision(None, refused)
            rewritten = verdict.redactions
            if self._providers(policy, "input"):
                checked, blocked = await self._remote(call, policy, "input", shown)
                if blocked is not None:
                    return Decision(None, blocked)
                if checked is not shown:  # a service rewrote it: the server gets what the service left
                    value = shown = checked
                    rewritten = rewritten or verdict.to_confirm
            if rewritten:
                self._notes[call.request_id] = outcome.input_note(rewritten, call.server)
            if self._providers(policy, "output"):
                self._inputs[call.request_id] = [t for _, t in _values(shown, "arguments", "free")]
            return Decision(guard.restore(value, vault, only=sent), shown=shown)

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

    async def _check_output(
        self, call: CallLine, result: dict[str, Any], offload: bool = False, redact_flags: bool = False
    ) -> Decision:
        policy = self.policy(call.server)
        keys = self._pii_keys.pop(call.request_id, None)
        note = self._notes.pop(call.request_id, None)
        inputs = self._inputs.pop(call.request_id, None)
        if not policy.enabled:
            return Decision(outcome.attach(result, note) if note else result)
        with call.timed("output_checks"):
            if keys:
                result = await self._restore_pii(result, keys)
            guard, vault = self.guard(call.server), self.vault(call.server)
            if offload:
                verdict = await asyncio.to_thread(guard.check_output, result, vault, redact_flags=redact_flags)
            else:
                verdict = guard.check_output(result, vault, redact_flags=redact_flags)
            call.add_hits(verdict.hits, "output")
            outcome.report(
                log,
                verdict.hits,
                server=call.server,
                tool=call.public_name,
                direction="output",
                outcome=_NO_NOTICE if redact_flags and verdict.redactions else "",
            )
            if verdict.blocked is not None:
                return Decision(None, outcome.block_text(verdict.hits, "output", call.server, call.public_name))
            value = verdict.value
            if self._providers(policy, "output"):
                value, blocked = await self._remote(call, policy, "output", value, inputs)
                if blocked is not None:
                    return Decision(None, blocked)
            if verdict.flags:
                value = outcome.attach(value, outcome.notice_text(verdict.flags))
            if note:
                value = outcome.attach(value, note)
            return Decision(value)

    def forget(self, call: CallLine) -> None:
        """Drop what a call left behind when it ends without output checks (an error, a timeout)."""
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

    async def _remote(
        self,
        call: CallLine,
        policy: GuardrailPolicy,
        direction: Direction,
        value: Any,
        inputs: list[str] | None = None,
    ) -> tuple[Any, str | None]:
        providers = self._providers(policy, direction)
        root = _ROOT[direction]
        places = _values(value, root, _MODE[direction])
        if not places:
            return value, None
        parts = [s for _, s in places]
        verdicts = await asyncio.gather(*(self._ask(call, name, direction, parts, inputs) for name in providers))
        blocked: list[str] = []
        replacement: dict[str, str] = {}
        for name, verdict in zip(providers, verdicts, strict=True):
            if verdict.status != "ok":
                outcome = _failure(getattr(policy.on_failure, direction), direction, name, verdict.error)
                self._record_failure(call, name, verdict, getattr(policy.on_failure, direction))
                if outcome.action == "block":
                    blocked.append(outcome.reason)
                elif outcome.degraded:
                    call.degrade(name)
                continue
            if not verdict.flagged:
                continue
            action = _milder(verdict.action, providers[name])
            if action == "redact" and (verdict.parts is None or len(verdict.parts) != len(places)):
                action = "block"  # nothing to redact with: a flag that cannot be redacted blocks
            detectors = verdict.detectors or ["flagged"]
            for detector in detectors:
                call.finding(f"remote:{name}", detector, action, direction, root or "result")
            if action == "block":
                why = "; ".join(verdict.reasons[:3]) or ", ".join(detectors)
                blocked.append(f"Blocked: guardrail service {name} flagged the {direction} ({why}).")
            elif action == "redact" and verdict.parts is not None:
                for (where, old), new in zip(places, verdict.parts, strict=True):
                    if new != old:
                        replacement[where] = new
        if blocked:
            return None, blocked[0]
        if replacement:
            value = replace_strings(value, root, replacement, _MODE[direction])
        if direction == "input":
            value = await self._redact_pii(call, value)
        return value, None

    async def _ask(
        self, call: CallLine, name: str, direction: Direction, parts: list[str], inputs: list[str] | None = None
    ) -> Any:
        key = None
        if self.cache is not None:
            text = "\x00".join(parts) + ("\x01" + "\x00".join(inputs) if inputs else "")
            key = verdict_key(name, self._fingerprints.get(name, ""), direction, text)
            cached = await self.cache.get_verdict(key)
            if cached is not None:
                call.cache_hits += 1
                return _from_cache(name, direction, cached)
            call.cache_misses += 1
        verdict = await self.remote.check(
            name, direction, parts, server=call.server, tool=call.tool, request_id=call.request_id, input_parts=inputs
        )
        if key is not None and verdict.cacheable and verdict.status == "ok" and verdict.parts is None:
            await self.cache.put_verdict(key, _to_cache(verdict))
        return verdict

    async def _redact_pii(self, call: CallLine, value: Any) -> Any:
        for name, provider in self.config.guardrails.providers.items():
            if provider.type != "enkrypt" or not provider.pii_redaction:
                continue
            places = _values(value, "arguments", "free")
            if not places:
                return value
            from secure_mcp_gateway.guardrails.remote import RemoteUnavailable

            try:
                parts, key = await self.remote.redact_pii(name, [s for _, s in places])
            except RemoteUnavailable as exc:
                call.degrade(name)
                log.warning("%s; the call goes on without PII redaction", exc)
                continue
            if key:
                self._pii_keys.setdefault(call.request_id, []).append((name, key))
            value = replace_strings(value, "arguments", {w: p for (w, _), p in zip(places, parts, strict=True)})
        return value

    async def _restore_pii(self, result: dict[str, Any], keys: list[tuple[str, str]]) -> dict[str, Any]:
        from secure_mcp_gateway.guardrails.remote import RemoteUnavailable

        places = _values(result, "", "result")
        if not places:
            return result
        parts = [s for _, s in places]
        for name, key in keys:
            try:
                parts = await self.remote.restore_pii(name, parts, key)
            except RemoteUnavailable as exc:
                log.warning("%s; PII placeholders stay in the result", exc)
        return replace_strings(result, "", {w: p for (w, _), p in zip(places, parts, strict=True)}, "result")

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

    def screen_definition(self, server: str, kind: str, item: dict[str, Any]) -> dict[str, Any] | None:
        """A definition as the client may see it, or None to withhold it."""
        policy = self.policy(server)
        if not policy.enabled:
            return item
        verdict = self.guard(server).check_definition(item, _DEFINITION_KIND.get(kind, kind))
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
            log.warning(
                "server %s: %s %r flagged: %s",
                server,
                _DEFINITION_KIND.get(kind, kind),
                name,
                "; ".join(verdict.reasons[:4]),
            )
        return self._secrets_in_definition(server, policy, verdict.definition)

    def _secrets_in_definition(self, server: str, policy: GuardrailPolicy, item: dict[str, Any]) -> dict[str, Any]:
        """A definition with the secrets in any of its strings or keys replaced by placeholders (as output is)."""
        if policy.output.secrets.action == "allow" and not policy.output.secrets.kinds:
            return item
        texts, places = gather(item, "definition")
        vault = self.vault(server)
        replacements: dict[tuple[Any, bool], str] = {}
        for text, place in zip(texts, places, strict=True):
            if not text.isascii():  # read look-alike and padded text as what it looks like
                marks = hidden.find(text)
                text = unicodedata.normalize("NFKC", hidden.strip(text, marks) if marks else text)
            found = [f for f in secrets.find(text) if policy.output.secrets.for_kind(f.kind) != "allow"]
            if found:
                edits = [(f.start, f.end, vault.mint("SECRET", f.kind, text[f.start : f.end])) for f in found]
                replacements[(place_path(place), place[2])] = splice(text, edits)
        if replacements:
            log.info("guardrails: server %s: secrets replaced by placeholders in a definition", server)
        return rebuild(item, replacements)

    def screen_text(self, server: str, text: str) -> str | None:
        """A server's instructions as the model may see them, or None to drop them."""
        shown = self.screen_definition(server, "instructions", {"name": "instructions", "description": text})
        return None if shown is None else shown.get("description")


def _values(value: Any, root: str, mode: Any) -> list[tuple[str, str]]:
    """(where, string) of the string values a remote service sees: dict keys stay local, so the shape survives."""
    return [(where, s) for where, s in iter_strings(value, root, mode) if not where.endswith("#key")]


def _internal_failure(call: CallLine, direction: Direction, exc: Exception) -> Decision:
    """A check that crashed blocks: nothing unchecked passes."""
    log.error("the %s checks of %s failed", direction, call.public_name, exc_info=exc)
    call.finding("gateway", "internal_error", "block", direction)
    what = "arguments" if direction == "input" else "result"
    return Decision(
        None,
        f"Blocked: the gateway could not check the {what} ({type(exc).__name__}); nothing unchecked "
        "was passed on. See the gateway log.",
    )


_SEVERITY = {"allow": 0, "warn": 1, "redact": 2, "block": 3}


def _milder(said: str, allowed: str) -> str:
    """The provider's own judgement, capped by the most the config lets its flag do."""
    said = said if said in _SEVERITY and said != "allow" else "block"
    return said if _SEVERITY[said] <= _SEVERITY[allowed] else allowed


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
