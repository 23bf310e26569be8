"""The config file: its schema, where it is found, `${env:NAME}` expansion and errors that name the key."""

from __future__ import annotations

import codecs
import difflib
import json
import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from secure_mcp_gateway import config_env

ENV_PREFIX = "SECURE_MCP_GATEWAY_"
CONFIG_ENV = ENV_PREFIX + "CONFIG"
APP_NAME = "secure-mcp-gateway"

Action = Literal["block", "confirm", "redact", "flag", "warn", "allow"]
"""block: refuse visibly; confirm (input): ask the user, else refuse; redact: replace the matched text; flag
(output): pass intact and tell the model; warn: record only; allow: nothing."""
ProviderAction = Literal["block", "redact", "warn", "allow"]
FailurePolicy = Literal["closed", "open", "local"]


class ConfigError(Exception):
    """A config that cannot be used; the message names the file, the key and the fix."""


HOUR = 3600.0
DAY = 86400.0
"""Upper bounds of durations (seconds): every number in the config has a range, so a slip (`1e300`, a value in ms
where seconds are meant) is an error naming the key, not a gateway that waits forever or fails later."""

_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
"""An HTTP header name (a token of RFC 9110)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, allow_inf_nan=False)


# --- per-server settings -------------------------------------------------------------------------


class ToolFilter(_Strict):
    """Glob patterns over a server's own tool names; deny wins over allow."""

    allow: list[str] | None = None
    deny: list[str] = Field(default_factory=list)


class DetectorPolicy(_Strict):
    """An action for a detector, with optional per-kind overrides (e.g. `{"email": "allow"}`)."""

    action: Action
    kinds: dict[str, Action] = Field(default_factory=dict)

    def for_kind(self, kind: str) -> Action:
        """The action for one kind of finding."""
        return self.kinds.get(kind, self.action)


def _detector(value: Any) -> Any:
    return {"action": value} if isinstance(value, str) else value


def _check_kinds(policy: BaseModel, detectors: tuple[str, ...]) -> None:
    from secure_mcp_gateway.guardrails.kinds import unknown_kind

    for detector in detectors:
        for kind in getattr(policy, detector).kinds:
            why = unknown_kind(detector, kind)
            if why:
                raise ValueError(why)


class DirectionPolicy(_Strict):
    """What each detector does in one direction (tool input or tool output)."""

    secrets: DetectorPolicy
    pii: DetectorPolicy
    injection: DetectorPolicy
    hidden_text: DetectorPolicy
    deny: DetectorPolicy = DetectorPolicy(action="block")
    providers: dict[str, ProviderAction] | None = None
    """Remote providers asked in this direction and what a flag from each does; None means all configured."""

    _coerce = field_validator("secrets", "pii", "injection", "hidden_text", "deny", mode="before")(
        classmethod(lambda cls, v: _detector(v))
    )

    @model_validator(mode="after")
    def _kinds(self) -> DirectionPolicy:
        _check_kinds(self, ("secrets", "pii", "injection", "hidden_text"))
        return self


class JudgeEndpoint(_Strict):
    """An OpenAI-compatible chat completions endpoint asked for a second opinion on definitions."""

    url: str
    """The API base (`{url}/chat/completions` is POSTed), e.g. `https://api.openai.com/v1`."""
    model: str
    api_key: str | None = Field(None, repr=False)


class DefinitionPolicy(_Strict):
    """What happens to a tool, prompt or resource definition that looks poisoned."""

    poisoning: DetectorPolicy = DetectorPolicy(action="block")
    hidden_text: DetectorPolicy = DetectorPolicy(action="redact")
    second_opinion: Literal["off", "sampling"] | JudgeEndpoint = "off"
    """Ask a model about each definition the local checks passed, once per definition change, without delaying
    any list: `"sampling"` asks the connected client's own model (MCP sampling, for clients that support it), an
    endpoint (`{"url", "model", "api_key"}`) asks that service. A definition it calls poisoned is withheld (the
    clients are told the list changed); when it fails or is slow, the local verdict stands."""
    second_opinion_timeout: float = Field(20.0, gt=0, le=300)
    """Seconds one definition's second opinion may take."""

    _coerce = field_validator("poisoning", "hidden_text", mode="before")(classmethod(lambda cls, v: _detector(v)))

    @model_validator(mode="after")
    def _kinds(self) -> DefinitionPolicy:
        _check_kinds(self, ("poisoning", "hidden_text"))
        for name in ("poisoning", "hidden_text"):
            _check_actions(getattr(self, name), f"definitions.{name}", ("confirm", "flag"), "a definition")
        return self


def _check_actions(policy: DetectorPolicy, where: str, banned: tuple[str, ...], what: str) -> None:
    why = {
        "confirm": "confirm asks the user before a server receives a value: it applies to guardrails.input only",
        "flag": "flag tells the model about suspicious text it receives: it applies to guardrails.output only",
    }
    for kind, action in (("", policy.action), *policy.kinds.items()):
        if action in banned:
            key = f"{where}.kinds.{kind}" if kind else f"{where}.action"
            raise ValueError(f"{key}: {action!r} cannot apply to {what} ({why[action]})")


class DenyPattern(_Strict):
    """A user-defined keyword or regular expression to catch in one or both directions."""

    pattern: str
    regex: bool = False
    ignore_case: bool = True
    direction: Literal["input", "output", "both"] = "both"
    name: str | None = None

    @model_validator(mode="after")
    def _compiles(self) -> DenyPattern:
        if self.regex:
            try:
                re.compile(self.pattern)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression ({exc})") from None
        return self


class OnFailure(_Strict):
    """What a direction does when a remote guardrail cannot answer."""

    input: FailurePolicy = "local"
    output: FailurePolicy = "local"


class GuardrailPolicy(_Strict):
    """The part of the guardrail settings that a server may override."""

    enabled: bool = True
    input: DirectionPolicy = DirectionPolicy(
        secrets="confirm", pii="warn", injection="allow", hidden_text="warn", deny="block"
    )
    """Towards the server: nothing the model sends is rewritten behind the user's back; a secret is asked about."""
    output: DirectionPolicy = DirectionPolicy(
        secrets="redact", pii="warn", injection="flag", hidden_text="flag", deny="block"
    )
    """Towards the model: secrets become placeholders (restored when passed back to the same server); suspicious
    text stays intact and is flagged."""
    definitions: DefinitionPolicy = DefinitionPolicy()
    restore: bool = True
    """Placeholders the model passes back to a tool of the same server are restored before the call."""
    injection_threshold: float = Field(0.6, ge=0.0, le=1.0)
    deny_patterns: list[DenyPattern] = Field(default_factory=list)
    on_failure: OnFailure = OnFailure()

    @model_validator(mode="after")
    def _directions(self) -> GuardrailPolicy:
        for name in ("secrets", "pii", "injection", "hidden_text", "deny"):
            _check_actions(getattr(self.input, name), f"input.{name}", ("flag",), "tool input")
            _check_actions(getattr(self.output, name), f"output.{name}", ("confirm",), "output")
        return self


class ServerConfig(_Strict):
    """One downstream MCP server, in the shape of `claude_desktop_config.json` plus gateway keys."""

    type: Literal["stdio", "http", "streamable-http", "streamableHttp", "sse"] | None = None
    command: str | None = None
    args: list[str] = Field(default_factory=list)
    env: dict[str, str] = Field(default_factory=dict, repr=False)
    cwd: str | None = None
    env_file: str | None = Field(None, alias="envFile")
    """A file of `NAME=value` lines added to `env` (values in `env` win), as in Cursor and VS Code."""
    url: str | None = None
    headers: dict[str, str] = Field(default_factory=dict, repr=False)
    enabled: bool = True
    disabled: bool | None = None
    prefix: str | None = None
    """Public prefix of this server's tools and prompts (`<prefix>__<tool>`); default its name, `""` for none."""
    timeout: float | None = Field(None, gt=0, le=DAY)
    """Deadline of one call to this server, in seconds; defaults to `gateway.call_timeout`."""
    tools: ToolFilter = ToolFilter()
    inherit_env: list[str] = Field(default_factory=list)
    """Names of gateway environment variables passed to this server besides the safe base."""
    guardrails: dict[str, Any] | None = None
    """Overrides merged over the top-level `guardrails` policy for this server."""
    pinning: Literal["block", "warn", "off"] = "block"
    """Changed or new definitions after the first listing: withheld until approved, only reported, or not tracked."""
    identities: list[str] | None = None
    """HTTP identities (names in `http.tokens`) that may use this server; unset: every identity. stdio: ignored."""
    project: str | None = None
    """The client project this server belongs to (a Claude Code project's own server, moved by `install`): it runs
    only when the gateway runs in that directory or below, as the client ran it there; unset: everywhere."""
    _unusable: str | None = PrivateAttr(default=None)
    _notes: list[str] = PrivateAttr(default_factory=list)
    _here: bool | None = PrivateAttr(default=None)

    @property
    def unusable(self) -> str | None:
        """Why this server cannot run as written (an environment variable it names is not set), or None: it stays
        off, saying why, while the other servers run."""
        return self._unusable

    @property
    def notes(self) -> list[str]:
        """What the server is given as written although it looks meant to be filled in (`${NAME}`, a client's
        `${workspaceFolder}`): said by `check` and in the log when it starts."""
        return self._notes

    @field_validator("prefix")
    @classmethod
    def _prefix(cls, value: str | None) -> str | None:
        from secure_mcp_gateway.catalog import prefix_problem

        why = None if value is None else prefix_problem(value)
        if why:
            raise ValueError(why)
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None:
            return value
        scheme, sep, rest = value.strip().partition("://")
        host = rest.split("/", 1)[0].rpartition("@")[2]
        if sep and scheme.lower() in ("http", "https") and host.strip(":"):
            return value.strip()
        if not sep:
            said = "it has no http:// or https:// in front"
        elif scheme.lower() in ("http", "https"):
            said = "it names no host"
        elif re.fullmatch(r"[A-Za-z][\w+.-]{0,15}", scheme):
            said = f"it starts with {scheme}://"
        else:
            said = "it does not start with http:// or https://"
        raise ValueError(
            f'"url" must be the full http:// or https:// address of the server\'s MCP endpoint ({said}), e.g. '
            '"http://127.0.0.1:8080/mcp"'
        )

    @field_validator("headers")
    @classmethod
    def _headers(cls, value: dict[str, str]) -> dict[str, str]:
        for name, text in value.items():  # (never quoting a value: it is often a token)
            if not _HEADER_NAME.fullmatch(name):
                raise ValueError(f"header name {name[:60]!r} is not one HTTP allows (letters, digits and -, no spaces)")
            bad = next((i for i, ch in enumerate(text) if not (" " <= ch <= "~" or ch == "\t")), None)
            if bad is not None:
                what = "a line break" if text[bad] in "\r\n" else "a character an HTTP header cannot carry"
                hint = " (a token read from a file with its last newline?)" if text[bad] in "\r\n" else ""
                raise ValueError(f'header "{name}": its value holds {what} at position {bad}{hint}; remove it')
        return value

    @field_validator("cwd")
    @classmethod
    def _cwd(cls, value: str | None) -> str | None:
        return None if value is None else os.path.expanduser(value)

    @model_validator(mode="after")
    def _transport(self) -> ServerConfig:
        kind = self.transport
        if kind == "stdio" and not self.command and self.url:
            raise ValueError(
                'has "type": "stdio", which runs a "command", and a "url"; for a remote server write "type": "http" '
                '(or "sse"), or leave "type" out'
            )
        if kind == "stdio" and not self.command:
            raise ValueError('needs "command" (a program to run) or "url" (a remote MCP server)')
        if self.command and self.url:  # (a url alone decides the transport: the command would be ignored unseen)
            raise ValueError('has both "command" and "url"; keep one')
        if kind != "stdio" and not self.url:
            raise ValueError(f'type "{self.type}" needs "url"')
        return self

    @property
    def transport(self) -> Literal["stdio", "http", "sse"]:
        """The way the gateway talks to this server."""
        if self.type == "sse":
            return "sse"
        if self.type in ("http", "streamable-http", "streamableHttp") or (self.type is None and self.url):
            return "http"
        return "stdio"

    @property
    def active(self) -> bool:
        """Whether the server should run."""
        return self.enabled and not self.disabled and self.in_project

    @property
    def in_project(self) -> bool:
        """Whether the gateway runs in this server's `project` (or below it); always true for a server of none."""
        if self.project is None:
            return True
        if self._here is None:
            try:
                root, here = Path(self.project).expanduser().resolve(), workspace().resolve()
                self._here = here == root or root in here.parents
            except (OSError, RuntimeError):
                self._here = False
        return self._here


_WORKSPACE: list[Path] = []
"""The project folder the gateway was started for (`--project`), when given."""


def run_for(project: str | None) -> None:
    """Take `project` as the folder the gateway runs in for servers' `project` (a client need not start the gateway
    there: Cursor does not promise a working directory); None: the working directory."""
    _WORKSPACE[:] = [Path(project).expanduser().absolute()] if project else []


def workspace() -> Path:
    """The folder the gateway runs in for servers' `project`: the one given with `--project`, else the working
    directory."""
    return _WORKSPACE[0] if _WORKSPACE else Path.cwd()


# --- gateway-wide settings -----------------------------------------------------------------------


class RestartSettings(_Strict):
    """How a crashed or unstartable server is restarted."""

    max_attempts: int = Field(5, ge=0, le=1000)
    backoff_initial: float = Field(0.5, gt=0, le=HOUR)
    backoff_max: float = Field(30.0, gt=0, le=DAY)
    stable_after: float = Field(30.0, gt=0, le=DAY)
    """A server up this long has its failure count reset."""


class ClientBudget(_Strict):
    """Budgets for one client, over the built-in defaults for it (see the README's table)."""

    max_tools: int | None = Field(None, ge=0, le=100_000)
    max_name_length: int | None = Field(None, ge=24, le=64)
    max_result_chars: int | None = Field(None, ge=0, le=100_000_000)

    _room = field_validator("max_result_chars")(classmethod(lambda cls, v: _result_room(v)))


def _result_room(value: int | None) -> int | None:
    if value is not None and 0 < value < 2000:
        raise ValueError("must be 0 (no result budget) or at least 2000 characters (room for a preview)")
    return value


class ResultStoreSettings(_Strict):
    """Where full results cut down to a preview are kept, and for how long."""

    store: Literal["memory", "disk"] = "memory"
    """`disk` keeps them as 0600 files under `dir` (default: the user state directory), else in memory."""
    dir: str | None = None
    ttl: float = Field(3600.0, gt=0, le=30 * DAY)
    """Seconds a stored result is kept after it was stored or last read."""
    max_total_mb: float = Field(256.0, gt=0, le=1_048_576)
    """Bound on all stored results together; the oldest go first."""


class Limits(_Strict):
    """Bounds on what clients and servers can make the gateway hold; each is reported when it applies."""

    client_message_mb: float = Field(16.0, gt=0, le=4096)
    """Largest message accepted from the client; a bigger one is answered with an error."""
    server_message_mb: float = Field(64.0, gt=0, le=4096)
    """Largest message accepted from a server; a bigger answer fails its call with an error."""
    stderr_lines_per_second: float = Field(50.0, gt=0, le=100_000)
    """A server's stderr lines copied to the log per second (bursts of 4x allowed); the rest counted as dropped."""
    server_log_lines_per_second: float = Field(100.0, gt=0, le=1_000_000)
    """A server's log notifications passed on per second (bursts of 4x allowed); the rest dropped before any check
    (a flood delays no answer), counted, and said to the client with the next line passed on."""
    stderr_line_chars: int = Field(4000, ge=80, le=1_000_000)
    """Longest stderr line copied to the log; longer ones are cut."""
    server_requests: int = Field(16, ge=1, le=10_000)
    """Requests one server may have waiting on the client (sampling, elicitation, roots); more are refused."""
    server_request_timeout: float = Field(300.0, gt=0, le=DAY)
    """Longest wait for the client to answer a server's request; then the server gets an error."""
    client_requests: int = Field(1024, ge=1, le=1_000_000)
    """Requests from the client handled at once; more are answered with an error."""
    client_queue_kb: int = Field(4096, ge=64, le=4_194_304)
    """Output waiting for a slow client above which notifications are held, coalesced or dropped (never responses)."""
    client_queue_notifications: int = Field(1000, ge=10, le=10_000_000)
    """Notifications held for a slow client; beyond it they are dropped and counted."""


class GatewaySettings(_Strict):
    """How the gateway serves and supervises."""

    start_deadline: float = Field(5.0, ge=0, le=HOUR)
    """Longest wait for slow servers before `initialize`/`tools/list` are answered without them."""
    call_timeout: float = Field(50.0, gt=0, le=DAY)
    """Default deadline of one call, checks included; below a desktop client's 60 s."""
    init_timeout: float = Field(60.0, gt=0, le=DAY)
    """Longest wait for a server to answer `initialize` and its first lists before it is restarted."""
    restart: RestartSettings = RestartSettings()
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["text", "json"] = "text"
    """Format of the stderr log: readable text, or JSON lines for log shippers."""
    reload: bool = True
    """Watch the config file and apply changes without a restart."""
    inherit_env: list[str] = Field(default_factory=list)
    shutdown_grace: float = Field(1.5, gt=0, le=300)
    """Time a server gets to exit after its stdin closes, before it is terminated."""
    # budgets: what one client is shown at once (see the README's "Budgets")
    max_tools: int | None = Field(None, ge=0, le=100_000)
    """Most tools listed; more switch to search mode (0 forces it); unset: the client's default."""
    max_name_length: int | None = Field(None, ge=24, le=64)
    """Longest tool name listed; unset: the client's default."""
    max_result_chars: int | None = Field(None, ge=0, le=100_000_000)
    """Longest tool result (as compact JSON) sent whole; 0 turns the result budget off; unset: the default."""
    favorite_tools: list[str] = Field(default_factory=list)
    """Glob patterns over public tool names listed first in search mode."""
    clients: dict[str, ClientBudget] = Field(default_factory=dict)
    """Budgets per client, by its recognised name (`cursor`, `vscode`, ...) or its `clientInfo.name`."""
    results: ResultStoreSettings = ResultStoreSettings()

    _room = field_validator("max_result_chars")(classmethod(lambda cls, v: _result_room(v)))
    limits: Limits = Limits()


class HttpSettings(_Strict):
    """The shared HTTP client of remote guardrails: timeouts, retries, pool and breaker."""

    timeout: float = Field(30.0, gt=0, le=HOUR)
    connect_timeout: float = Field(10.0, gt=0, le=HOUR)
    deadline: float = Field(20.0, gt=0, le=HOUR)
    """Longest time one check may take, retries included."""
    retries: int = Field(3, ge=0, le=100)
    backoff_initial: float = Field(1.0, ge=0, le=HOUR)
    backoff_max: float = Field(8.0, ge=0, le=HOUR)
    retry_after_max: float = Field(10.0, ge=0, le=HOUR)
    max_connections: int = Field(100, ge=1, le=100_000)
    max_keepalive: int = Field(20, ge=0, le=100_000)
    breaker_failures: int = Field(5, ge=1, le=100_000)
    breaker_recovery: float = Field(60.0, gt=0, le=DAY)


class ProviderBase(_Strict):
    """What every remote guardrail service has: where it is, its credentials, and the most its flag may do."""

    url: str | None = None
    api_key: str | None = Field(None, repr=False)
    headers: dict[str, str] = Field(default_factory=dict, repr=False)
    action: ProviderAction = "block"
    """The most a flag from this provider may do (its own answer can be milder), unless a direction says otherwise."""
    max_answer_bytes: int = Field(1_000_000, ge=1024, le=1 << 30)
    """A larger answer is not read past this size and the check fails (the direction's `on_failure` applies)."""


class EnkryptProvider(ProviderBase):
    """The Enkrypt AI guardrails API."""

    type: Literal["enkrypt"]
    url: str | None = None
    """The API base URL (default `https://api.enkryptai.com`)."""
    policy: str | None = None
    """Guardrail policy name (header `X-Enkrypt-Guardrail`)."""
    pii_redaction: bool = False
    """Redact PII in tool input before the call and restore it in the result."""
    output_checks: list[Literal["relevancy", "adherence", "hallucination"]] = Field(default_factory=list)
    score_threshold: float = Field(0.5, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _needs(self) -> EnkryptProvider:
        if not self.api_key:
            raise ValueError('an enkrypt provider needs "api_key" (e.g. "${env:ENKRYPT_API_KEY}")')
        if not (self.policy or self.pii_redaction or self.output_checks):
            raise ValueError(
                'an enkrypt provider needs "policy" (a guardrail policy name), "pii_redaction" or '
                '"output_checks"; without one it checks nothing'
            )
        return self


class WebhookProvider(ProviderBase):
    """Your own checker behind the webhook format (`examples/webhook-format.md`)."""

    type: Literal["webhook"]
    url: str  # type: ignore[assignment]
    """Where each check is POSTed."""


ProviderConfig = Annotated[Union[EnkryptProvider, WebhookProvider], Field(discriminator="type")]  # noqa: UP007
"""A remote guardrail service's settings, told apart by `type`. A new kind of service adds its settings class
here and registers its implementation in `guardrails/providers.py`."""
PROVIDER_TYPES = ("enkrypt", "webhook")

_PROVIDER = TypeAdapter(ProviderConfig)


def provider_config(**fields: Any) -> EnkryptProvider | WebhookProvider:
    """Settings of one provider from keyword fields (validated as in the config file)."""
    return _PROVIDER.validate_python(fields)


class GuardrailSettings(GuardrailPolicy):
    """The top-level guardrail settings: the default policy plus remote services."""

    providers: dict[str, ProviderConfig] = Field(default_factory=dict)
    http: HttpSettings = HttpSettings()


class CacheSettings(_Strict):
    """The cache of catalogs and guardrail verdicts: on local disk, or shared on Redis."""

    enabled: bool = True
    backend: Literal["disk", "redis"] = "disk"
    """`redis` shares catalogs and verdicts between gateways; the disk cache stays the fallback."""
    url: str | None = Field(None, repr=False)
    """Redis URL (`redis://[:password@]host:6379/0`, `rediss://` for TLS) when `backend` is `redis`."""
    key_prefix: str = "smg:"
    """Prefix of every Redis key, so several deployments can share one Redis."""
    redis_timeout: float = Field(0.5, gt=0, le=60)
    """Longest wait for one Redis command (seconds); a slower Redis counts as down and the disk cache serves."""
    redis_max_connections: int = Field(50, ge=1, le=100_000)
    secret: str | None = Field(None, repr=False)
    """Key that signs every value in Redis (`${env:SMG_CACHE_SECRET}`); the same for every gateway sharing it.

    Without it values are signed with this machine's key, which gateways on other machines do not have."""
    dir: str | None = None
    catalogs: bool = True
    verdicts: bool = True
    verdict_ttl: float = Field(3600.0, gt=0, le=365 * DAY)
    size_limit_mb: float = Field(100.0, gt=0, le=1_048_576)

    @model_validator(mode="after")
    def _redis(self) -> CacheSettings:
        if self.backend == "redis":
            if not self.url:
                raise ValueError('backend "redis" needs "url" (e.g. "redis://127.0.0.1:6379/0")')
            if not self.url.startswith(("redis://", "rediss://", "unix://")):
                raise ValueError('"url" must start with redis://, rediss:// or unix://')
            if self.secret is not None and len(self.secret) < 16:
                raise ValueError('"secret" is shorter than 16 characters; use a long random one')
        return self


class AnchorSettings(_Strict):
    """Where signed audit checkpoints are also sent, outside this machine."""

    syslog: str | None = None
    """A syslog socket path (`/dev/log`) or `host:port` (UDP)."""
    webhook: str | None = None
    """An HTTPS URL that receives each checkpoint as a JSON POST."""
    headers: dict[str, str] = Field(default_factory=dict, repr=False)
    interval: float = Field(300.0, gt=0, le=DAY)
    """Seconds between anchored checkpoints while lines are written (one more at shutdown)."""


_HOST = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?)(?::\d{1,5})?", re.ASCII)
_ORIGIN = re.compile(
    r"https?://(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+)(?::(?:\d{1,5}|\*))?"
    r"|(?!file:)[a-z][a-z0-9+.-]*://[A-Za-z0-9_.-]+(?::\d{1,5})?",
    re.ASCII | re.IGNORECASE,
)
"""A browser Origin: http(s) with an optional port or `*`, or another scheme a browser sends for its extensions and
embedded apps (`chrome-extension://<id>`, `moz-extension://<uuid>`, `vscode-webview://<id>`); never `file:`
(whose pages send `null`)."""


class HttpServeSettings(_Strict):
    """Serving MCP over streamable HTTP (`serve --http`): tokens, allowed hosts and origins, session limits."""

    tokens: dict[str, str | list[str]] = Field(default_factory=dict, repr=False)
    """identity -> bearer token (`"alice": "${env:ALICE_TOKEN}"`), or a list of them while one is being rotated.

    Without any, only a loopback bind is allowed."""
    path: str = "/mcp"
    allowed_hosts: list[str] = Field(default_factory=list)
    """Host header values accepted besides the loopback names (`mcp.example.com`, `mcp.example.com:8443`)."""
    allowed_origins: list[str] = Field(default_factory=list)
    """Browser Origin values accepted besides the gateway's own (`https://inspector.example.com`,
    `http://localhost:5173`; `http://localhost:*` for that host on any port; `chrome-extension://<id>`)."""
    max_sessions: int = Field(1000, ge=1, le=1_000_000)
    session_idle_timeout: float = Field(3600.0, gt=0, le=30 * DAY)
    """A session with no request and no open stream for this long is closed (seconds)."""
    max_body_mb: float = Field(16.0, gt=0, le=4096)
    sse_poll_after: float | None = Field(None, gt=0, le=DAY)
    """Close a response stream still waiting after this long (seconds); the client resumes it with Last-Event-ID."""
    sse_retry: float = Field(1.0, ge=0, le=HOUR)
    """How long a client waits before it reconnects a closed stream (the SSE `retry` field, seconds)."""
    keepalive: float = Field(15.0, gt=0, le=HOUR)
    """An SSE comment is sent on an idle stream this often (seconds), so proxies keep it open."""

    @field_validator("tokens")
    @classmethod
    def _tokens(cls, tokens: dict[str, str | list[str]]) -> dict[str, str | list[str]]:
        seen: dict[str, str] = {}
        for identity, value in tokens.items():
            if not re.fullmatch(r"[A-Za-z0-9_.@-]{1,64}", identity):
                raise ValueError(f"identity {identity!r}: use letters, digits and _ . @ - (at most 64)")
            if not value:  # (`"alice": []`: a loopback gateway with no token would take every local process)
                raise ValueError(f"{identity!r} has no token; give it one, or remove {identity!r} from http.tokens")
            for token in [value] if isinstance(value, str) else value:
                if len(token) < 16:
                    raise ValueError(f"a token of {identity!r} is shorter than 16 characters; use a long random one")
                if not all("!" <= ch <= "~" for ch in token):  # (what a bearer token can be; never quoted)
                    odd = "a line break" if "\n" in token or "\r" in token else "a space or a character beyond ASCII"
                    raise ValueError(
                        f"a token of {identity!r} holds {odd} (one read from a file with its last newline?), which no "
                        "client can send in its Authorization header; remove it"
                    )
                if token in seen:
                    raise ValueError(f"{identity!r} and {seen[token]!r} share a token; each identity needs its own")
                seen[token] = identity
        return tokens

    def token_pairs(self) -> list[tuple[str, str]]:
        """Every (token, identity)."""
        return [
            (token, identity)
            for identity, value in self.tokens.items()
            for token in ([value] if isinstance(value, str) else value)
        ]

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts(cls, hosts: list[str]) -> list[str]:
        for host in hosts:
            if not _HOST.fullmatch(host.strip()):
                raise ValueError(
                    f"{host[:80]!r} is no Host header value: write the name clients use, with a port if it is not the "
                    'default, no scheme, path or wildcard, e.g. "mcp.example.com" or "mcp.example.com:8443"'
                )
        return hosts

    @field_validator("allowed_origins")
    @classmethod
    def _origins(cls, origins: list[str]) -> list[str]:
        for origin in origins:
            if not _ORIGIN.fullmatch(origin.strip().rstrip("/")):
                raise ValueError(
                    f"{origin[:80]!r} is no browser origin: write scheme, host and port only, e.g. "
                    '"http://localhost:5173", "https://inspector.example.com" or "chrome-extension://<id>" '
                    '("http://localhost:*" for any port)'
                )
        return origins

    @field_validator("path")
    @classmethod
    def _path(cls, path: str) -> str:
        if not path.startswith("/") or path.rstrip("/") in ("/healthz", "/readyz", "/metrics"):
            raise ValueError('must start with "/" and differ from /healthz, /readyz and /metrics')
        return path


class AuditSettings(_Strict):
    """The audit trail file."""

    enabled: bool = True
    file: str | None = None
    max_bytes: int = Field(10 * 1024 * 1024, ge=1024, le=1 << 40)
    backups: int = Field(5, ge=0, le=10_000)
    record: Literal["hash", "redacted"] = "hash"
    """How arguments and results appear: as size and hash, or as redacted text."""
    queue_size: int = Field(10000, ge=10, le=10_000_000)
    anchor: AnchorSettings = AnchorSettings()


class StateSettings(_Strict):
    """Where the gateway keeps its key and its state (pins)."""

    dir: str | None = None
    """The state directory (pins, status files, tool-use counts, kept results); default the user state directory."""
    key_file: str | None = None
    """The secret key that authenticates the audit trail, the cache and pins; default in the user data directory."""


class GatewayConfig(_Strict):
    """The whole config file (environment variables over it: see `parse`)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, allow_inf_nan=False, validate_default=True)

    def __init__(self, **data: Any) -> None:
        """A section given in part keeps its default's other keys (`guardrails.output` with only `pii`)."""
        super().__init__(**config_env.over_defaults(type(self), data))

    mcp_servers: dict[str, ServerConfig] = Field(default_factory=dict, alias="mcpServers")
    gateway: GatewaySettings = GatewaySettings()
    guardrails: GuardrailSettings = GuardrailSettings()
    cache: CacheSettings = CacheSettings()
    audit: AuditSettings = AuditSettings()
    state: StateSettings = StateSettings()
    http: HttpServeSettings = HttpServeSettings()
    schema_: str | None = Field(None, alias="$schema")

    @field_validator("mcp_servers")
    @classmethod
    def _names(cls, servers: dict[str, ServerConfig]) -> dict[str, ServerConfig]:
        for name in servers:
            if not name.strip():
                raise ValueError("a server name must not be empty")
        return servers

    @model_validator(mode="after")
    def _prefixes(self) -> GatewayConfig:
        """Two servers never share a public prefix: a configured one must differ from every other server's."""
        taken: dict[str, str] = {}
        for name, server in self.servers.items():
            if server.prefix is None:
                continue
            if server.prefix in taken:
                other = taken[server.prefix]
                raise ValueError(f"mcpServers.{name}.prefix: {server.prefix!r} is the prefix of server {other!r} too")
            taken[server.prefix] = name
        for name, server in self.servers.items():
            if server.prefix is None and name in taken:
                raise ValueError(
                    f"mcpServers.{taken[name]}.prefix: {name!r} is the name (and so the prefix) of another server"
                )
        return self

    @model_validator(mode="after")
    def _policies(self) -> GatewayConfig:
        for name, server in self.mcp_servers.items():
            if server.guardrails is not None:
                try:
                    self.policy_for(name)
                except ValidationError as exc:
                    raise ValueError(_first_error(exc, f"mcpServers.{name}.guardrails")) from None
        http = self.guardrails.http
        if self.guardrails.providers and http.deadline >= self.gateway.call_timeout:
            raise ValueError(
                f"guardrails.http.deadline ({http.deadline:g} s) must be below gateway.call_timeout "
                f"({self.gateway.call_timeout:g} s), or a slow guardrail service takes the whole call"
            )
        for direction in (self.guardrails.input, self.guardrails.output):
            for provider in direction.providers or {}:
                if provider not in self.guardrails.providers:
                    raise ValueError(f"guardrails names provider {provider!r}, which is not in guardrails.providers")
        return self

    @model_validator(mode="after")
    def _identities(self) -> GatewayConfig:
        """Every identity a server names is one of `http.tokens`."""
        for name, server in self.mcp_servers.items():
            for identity in server.identities or ():
                if identity not in self.http.tokens:
                    known = ", ".join(sorted(self.http.tokens)) or "none yet"
                    raise ValueError(
                        f"mcpServers.{name}.identities: unknown identity {identity!r} (identities in http.tokens: "
                        f"{known}); add a token for it under http.tokens or remove it from the list"
                    )
        return self

    def may_use(self, identity: str | None, server: str) -> bool:
        """Whether a client of `identity` may use `server` (no identity: a local client, which may use any)."""
        if identity is None:
            return True
        entry = self.mcp_servers.get(server)
        return entry is None or entry.identities is None or identity in entry.identities

    def policy_for(self, server: str) -> GuardrailPolicy:
        """The guardrail policy of one server: the default with the server's overrides merged in."""
        base = self.guardrails.model_dump(exclude={"providers", "http"})
        overrides = self.mcp_servers[server].guardrails if server in self.mcp_servers else None
        if not overrides:
            return GuardrailPolicy.model_validate(base)
        return GuardrailPolicy.model_validate(_deep_merge(base, overrides))

    @property
    def servers(self) -> dict[str, ServerConfig]:
        """The servers that should run."""
        return {name: s for name, s in self.mcp_servers.items() if s.active}

    def call_timeout(self, server: str) -> float:
        """The deadline of one call to a server."""
        return self.mcp_servers[server].timeout or self.gateway.call_timeout


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _first_error(exc: ValidationError, prefix: str) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"])
    msg = _describe(err)
    return f"{prefix}.{loc}: {msg}" if loc else f"{prefix}: {msg}"


# --- locating and loading ------------------------------------------------------------------------


def default_config_path() -> Path:
    """The config file in the platform's user config directory."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "config.json"


def locate(explicit: str | os.PathLike[str] | None) -> Path:
    """The config path: `--config`, else `SECURE_MCP_GATEWAY_CONFIG`, else the user config directory."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return default_config_path()


_ENV_REF = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_BROKEN_REF = re.compile(r"\$\{env:[^}\s]{0,64}\}?")
_OTHER_REF = re.compile(
    r"\$\{([A-Za-z_][A-Za-z0-9_]*)(:-[^}\s]{0,64})?\}|\$\{([A-Za-z_][\w.]{0,40}(?::[\w.-]{1,40})?)\}"
)
_PASSED_KEYS = ("command", "args", "env", "url", "headers", "cwd", "envFile")


def expand_env(value: Any, environ: dict[str, str] | os._Environ[str], path: str = "") -> Any:
    """Fill `${env:NAME}` (or `${env:NAME:-default}`) in every string of a JSON value."""
    if isinstance(value, str):

        def fill(m: re.Match[str]) -> str:
            name, default = m.group(1), m.group(2)
            if name in environ:
                return environ[name]
            if default is not None:
                return default
            raise ConfigError(
                f"{path or '(top)'}: environment variable {name} is not set "
                f"(set it in the environment that starts the gateway, or write ${{env:{name}:-default}})"
            )

        if "${env:" not in value:
            return value
        broken = _BROKEN_REF.search(_ENV_REF.sub("", value))
        if broken:
            raise ConfigError(
                f'{path or "(top)"}: "{broken.group()}" names no variable; write ${{env:NAME}} (letters, digits and _, '
                "not starting with a digit), or ${env:NAME:-default}"
            )
        return _ENV_REF.sub(fill, value)
    if isinstance(value, dict):
        return {k: expand_env(v, environ, f"{path}.{k}" if path else k) for k, v in value.items()}
    if isinstance(value, list):
        return [expand_env(v, environ, f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def _format_loc(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    if loc[:2] == ("guardrails", "providers") and len(loc) > 3 and loc[3] in PROVIDER_TYPES:
        loc = loc[:3] + loc[4:]  # the provider's type, which pydantic adds to the place
    for p in loc:
        if isinstance(p, int):
            parts.append(f"[{p}]")
        elif isinstance(p, str) and (p.startswith(("function-", "literal[")) or p in ("str", "dict")):
            continue  # pydantic's internal steps, not keys of the file
        else:
            parts.append(("." if parts else "") + str(p))
    return "".join(parts) or "(top)"


def _number(value: float) -> str:
    """A number as a person writes it: 86400 rather than 86400.0; 1e+300 stays short."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = str(value)
    return text if len(text) <= 20 else f"{value:.3g}"


def _walk(loc: tuple[Any, ...]) -> tuple[Any, list[Any]]:
    """The schema's field at `loc` (None at the top) and the models a value there can be (a map's values, a list's
    items, a union's members)."""
    models: list[Any] = [GatewayConfig]
    info = None
    for part in loc:
        found = [m.model_fields[part] for m in models if part in getattr(m, "model_fields", {})]
        found += [f for m in models for f in getattr(m, "model_fields", {}).values() if f.alias == part]
        if not found:
            continue  # a key of a map, an index, or the type that picks a provider's schema
        info, models = found[0], []
        stack = [info.annotation]
        while stack:
            kind = stack.pop()
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                models.append(kind)
            stack.extend(getattr(kind, "__args__", ()))
    return info, models


def _near_key(loc: tuple[Any, ...]) -> str:
    """ ", did you mean X?" for an unknown key at `loc` close to a key its place has, else ""."""
    if not loc or not isinstance(loc[-1], str):
        return ""
    _, models = _walk(loc[:-1])
    keys = {f.alias or name for m in models for name, f in getattr(m, "model_fields", {}).items()}
    near = difflib.get_close_matches(loc[-1], sorted(keys), n=1, cutoff=0.75)
    return f"; did you mean {near[0]!r}?" if near else ""


def _range(loc: tuple[Any, ...]) -> str | None:
    """The range the schema allows for the number at `loc` ("more than 0 and at most 86400"), if one is found."""
    info, _ = _walk(loc)
    if info is None:
        return None
    said = []
    for rule in info.metadata:
        for attr, words in (("gt", "more than"), ("ge", "at least"), ("lt", "less than"), ("le", "at most")):
            bound = getattr(rule, attr, None)
            if bound is not None:
                said.append(f"{words} {_number(bound)}")
    return " and ".join(said) or None


def _describe(err: dict[str, Any]) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown key" + (_near_key(tuple(err["loc"])) or " (check its spelling; the README lists every key)")
    if kind == "missing":
        return "required key is missing"
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return f'"type" must be one of {", ".join(PROVIDER_TYPES)}'

    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal", "int_parsing_size"):
        allowed = _range(tuple(err["loc"]))
        if allowed:
            got = err["input"]
            return f"must be {allowed} (got {_number(got) if isinstance(got, (int, float)) else repr(got)[:40]})"
    msg = str(err["msg"])
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return msg


def parse(data: Any, source: str, environ: dict[str, str] | os._Environ[str] | None = None) -> GatewayConfig:
    """Validate a config document (already read as JSON) into a `GatewayConfig`."""
    environ = os.environ if environ is None else environ
    if not isinstance(data, dict):
        raise ConfigError(f'{source}: the config must be a JSON object like {{"mcpServers": {{...}}}}')
    unusable: dict[str, str] = {}
    notes: dict[str, list[str]] = {}
    servers = data.get("mcpServers")
    if isinstance(servers, dict):  # one server naming an unset variable stays off; the others run
        expanded: dict[str, Any] = {}
        for name, entry in servers.items():
            notes[name] = [f"mcpServers.{name}.{n}" for n in _unfilled(entry)]
            try:
                expanded[name] = expand_env(entry, environ, f"mcpServers.{name}")
            except ConfigError as exc:
                unusable[name] = str(exc)
                expanded[name] = _stand_in(entry)
        data = {**data, "mcpServers": expanded}
    try:
        data = expand_env(data, environ)
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None
    overrides = config_env.plain_overrides(GatewayConfig, ENV_PREFIX, os.environ)  # (the process environment's)
    try:
        if overrides is None:
            config = config_env.from_environment(GatewayConfig, ENV_PREFIX)(**data)
        else:
            config = GatewayConfig(**config_env.merged(data, overrides))
    except ValidationError as exc:
        lines = []
        for err in exc.errors()[:5]:
            loc = _format_loc(tuple(err["loc"]))
            env_name = ENV_PREFIX + "__".join(str(p) for p in err["loc"]).upper()
            # (overrides come from the process environment: `environ` only expands `${env:NAME}` references)
            origin = f" (set by environment variable {env_name})" if env_name in os.environ else ""
            where = f"{loc}: " if err["loc"] else ""
            lines.append(f"{source}: {where}{_describe(err)}{origin}")
        more = len(exc.errors()) - 5
        if more > 0:
            lines.append(f"... and {more} more")
        raise ConfigError("\n".join(lines)) from None
    for name, why in unusable.items():
        config.mcp_servers[name]._unusable = why
    for name, said in notes.items():
        config.mcp_servers[name]._notes = said
    _read_env_files(config, source)
    return config


def _unfilled(entry: Any) -> list[str]:
    """Places in a server entry holding a reference the gateway does not fill (`${NAME}`, `${workspaceFolder}`),
    each said with how to write it; only references written as names are quoted (other text may be a secret's)."""
    notes: list[str] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{path}[{i}]")
        elif isinstance(value, str) and "${" in value:
            for m in _OTHER_REF.finditer(value):
                if (m.group(3) or "").startswith("env:"):
                    continue  # (the gateway's own, filled or refused by `expand_env`)
                if m.group(1) and m.group(1).isupper():  # (a variable's name; `${workspaceFolder}` is a client's)
                    fix = f"write ${{env:{m.group(1)}{m.group(2) or ''}}} to fill it from the gateway's environment"
                else:
                    fix = "write what it stands for instead"
                notes.append(
                    f"{path}: {m.group()} is passed to the server as written (the gateway fills in only "
                    f"${{env:NAME}}); {fix}"
                )

    if isinstance(entry, dict):
        for key in _PASSED_KEYS:
            if key in entry:
                walk(entry[key], key)
    return notes


def _stand_in(entry: Any) -> Any:
    """A server entry whose variables are not set, as one that validates and never runs (see `unusable`)."""
    keep = {
        k: entry[k]
        for k in ("enabled", "disabled", "prefix", "timeout", "pinning", "project")
        if isinstance(entry, dict) and k in entry
    }
    return {**keep, "command": "(not run: an environment variable it names is not set)"}


def _read_env_files(config: GatewayConfig, source: str) -> None:
    """Merge each server's `envFile` under its `env`; a missing or unreadable file keeps that server off, saying why
    (see `ServerConfig.unusable`), while the others run."""
    base = Path(source).expanduser().parent
    for name, server in config.mcp_servers.items():
        if not server.env_file or server.unusable:
            continue
        path = Path(server.env_file).expanduser()
        path = path if path.is_absolute() else base / path
        try:
            text = read_text(path)  # (a byte-order mark would become part of the first name)
        except OSError as exc:
            server._unusable = f"mcpServers.{name}.envFile: cannot read {path} ({exc.strerror})"
            continue
        except UnicodeDecodeError as exc:  # (the offending text is not quoted: it may be a secret)
            server._unusable = (
                f"mcpServers.{name}.envFile: {path} is not UTF-8 text (byte {exc.start + 1} is not); save it as UTF-8"
            )
            continue
        server.env = {**parse_env_file(text), **server.env}


def read_text(path: Path) -> str:
    """A text file saved as UTF-8, with or without a byte-order mark, or as UTF-16 with one (what Windows editors
    call "Unicode"); raises OSError, or UnicodeDecodeError when it is neither."""
    return decode_text(path.read_bytes())


def decode_text(raw: bytes) -> str:
    """Bytes of a text file as `read_text` reads them (UTF-8 with or without a byte-order mark, UTF-16 with one)."""
    return raw.decode("utf-16" if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig")


def parse_env_file(text: str) -> dict[str, str]:
    """`NAME=value` lines (`export` allowed, `#` comments, quotes stripped) as a dict."""
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        if key:
            out[key] = value
    return out


def load(path: Path, environ: dict[str, str] | os._Environ[str] | None = None) -> GatewayConfig:
    """Read, expand and validate the config file at `path`."""
    try:
        text = read_text(path)  # (editors on Windows may start the file with a byte-order mark, or save UTF-16)
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such file. Create it with your servers, e.g. "
            '{"mcpServers": {"time": {"command": "uvx", "args": ["mcp-server-time"]}}}, '
            f"or pass --config PATH / set {CONFIG_ENV}"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:  # (the offending text is not quoted: it may be a secret)
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start + 1} is not); save it as UTF-8") from None
    if not text.strip():
        raise ConfigError(
            f"{path}: the file is empty; write your servers in it, e.g. "
            '{"mcpServers": {"time": {"command": "uvx", "args": ["mcp-server-time"]}}}'
        )
    try:
        return parse(parse_json(text, path), str(path), environ)
    except RecursionError:  # (values inside values hundreds of levels down: no config is written so)
        raise ConfigError(_too_deep(path)) from None


def _too_deep(path: Path) -> str:
    """The fault of a config nested beyond what can be read."""
    return f"{path}: nested too deeply to read (values inside values hundreds of levels down); a config needs a few"


def parse_json(text: str, path: Path) -> Any:
    """A config file's text as JSON; ConfigError naming the file, the place and the fix when it is not (or holds a
    key twice in one object)."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        kind = {".yaml": "YAML", ".yml": "YAML", ".toml": "TOML"}.get(Path(path).suffix.lower())
        other = (
            f'; the config is JSON, not {kind}: write it as {{"mcpServers": {{"time": {{"command": "uvx", "args": '
            '["mcp-server-time"]}}} (the README shows every key)'
            if kind
            else ""
        )
        raise ConfigError(f"{path}: {_json_fault(text, exc)}{other}") from None
    except RecursionError:
        raise ConfigError(_too_deep(path)) from None
    except _DuplicateKey as exc:
        raise ConfigError(
            f"{path}: the key {json.dumps(exc.key)} appears twice in one object (only the last would count); "
            "keep one, or rename the other"
        ) from None


def _json_fault(text: str, exc: json.JSONDecodeError) -> str:
    """Where the JSON breaks and why; a comment or a trailing comma (which clients' JSONC files allow) named as such,
    with the fix."""
    pos = exc.pos
    if text.startswith(("//", "/*"), pos):
        return f"line {exc.lineno} column {exc.colno}: a comment, which JSON has none of; remove it"
    before = len(text[:pos].rstrip())
    if pos < len(text) and text[pos] in "}]" and before and text[before - 1] == ",":
        line = text.count("\n", 0, before - 1) + 1
        column = before - text.rfind("\n", 0, before - 1) - 1
        return f"line {line} column {column}: a comma before {text[pos]}; remove it"
    return f"line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"


class _DuplicateKey(ValueError):
    """A JSON object holding the same key twice."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object's pairs as a dict; a key written twice raises `_DuplicateKey` instead of keeping the last."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj
