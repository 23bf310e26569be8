"""Human logs on stderr: one compact scrubbed line per record (or JSON for log shippers); never stdout."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from typing import IO, Any, Literal

from secure_mcp_gateway.audit.chain import iso_ts
from secure_mcp_gateway.audit.scrub import SECRET, ScrubbingJSONRenderer, scrub

PACKAGE = "secure_mcp_gateway"
SERVER_LOGGER_PREFIX = PACKAGE + ".server."
"""Child servers' stderr lines are logged under this prefix plus the server name."""

_MARK = "_secure_mcp_gateway_handler"
_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warn": logging.WARNING,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
}
_SHORT_LEVEL = {"WARNING": "WARN", "CRITICAL": "CRIT"}
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}
_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # newlines and control characters (ANSI escapes, CR)
_BARE = re.compile(r"[^\s=\"']+")
_CONTINUATION = "\n    "
_RENDER = ScrubbingJSONRenderer()


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\n":
        return _CONTINUATION
    return "\\r" if char == "\r" else f"\\x{ord(char):02x}"


def safe_text(text: str) -> str:
    """`text` safe for a terminal: control characters escaped, later lines indented so none passes for a record."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


_URL_CREDENTIALS = re.compile(
    r"(://[^\s/@:'\"]*:)[^\s/@'\"]+(?=@)"
    r"|([?&;][\w.-]*(?:key|token|secret|passw(?:or)?d|pwd|auth\w*|sig|signature|credentials?|session(?:_?id)?|code)=)"
    r"[^&#\s'\"]+",
    re.IGNORECASE,
)


def _credential(match: re.Match[str]) -> str:
    return (match.group(1) or match.group(2)) + SECRET


def without_url_credentials(text: str) -> str:
    """`text` with the password of an address and the values of its key, token or secret query parameters replaced
    by `<SECRET>` (`https://user:<SECRET>@host/mcp?api_key=<SECRET>&page=2`), whatever their shape."""
    return _URL_CREDENTIALS.sub(_credential, text) if "://" in text else text


def short_name(logger_name: str) -> str:
    """The name shown in brackets: `children` for `secure_mcp_gateway.children`, `files` for a child server."""
    if logger_name.startswith(SERVER_LOGGER_PREFIX):
        return logger_name[len(SERVER_LOGGER_PREFIX) :]
    if logger_name.startswith(PACKAGE + "."):
        return logger_name[len(PACKAGE) + 1 :]
    return logger_name


def server_logger(name: str) -> logging.Logger:
    """The logger a child server's stderr lines go to, shown as `[name] line`."""
    return logging.getLogger(SERVER_LOGGER_PREFIX + name)


def _extras(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD and not k.startswith("_")}


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # bad %-args must not lose the record
        return f"{record.msg!r} {record.args!r}"


def _kv(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str, separators=(",", ":"))
    return text if _BARE.fullmatch(text) else json.dumps(text)


class TextFormatter(logging.Formatter):
    """`HH:MM:SS.mmmZ LEVEL [logger-short] message key=value` in UTC (as the audit trail), scrubbed, indented."""

    def format(self, record: logging.LogRecord) -> str:
        """Render one record."""
        created = record.created
        clock = time.strftime("%H:%M:%S", time.gmtime(created)) + f".{int(created % 1 * 1000):03d}Z"
        level = _SHORT_LEVEL.get(record.levelname, record.levelname)
        line = f"{clock} {level:<5} [{short_name(record.name)}] {_message(record)}"
        extras = _extras(record)
        if extras:
            line += " " + " ".join(f"{k}={_kv(v)}" for k, v in extras.items())
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        if record.stack_info:
            line += "\n" + self.formatStack(record.stack_info)
        return scrub(safe_text(without_url_credentials(line)))


class JsonFormatter(logging.Formatter):
    """One JSON object per record (`ts`, `level`, `logger`, `message`, extras, `exc`), scrubbed."""

    def format(self, record: logging.LogRecord) -> str:
        """Render one record."""
        out: dict[str, Any] = {
            "ts": iso_ts(record.created),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": _message(record),
        }
        for key, value in _extras(record).items():
            out.setdefault(key, value)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return without_url_credentials(_RENDER(None, "", out))


def _level(level: str | int) -> int:
    if isinstance(level, int):
        return level
    try:
        return _LEVELS[level.strip().lower()]
    except KeyError:
        raise ValueError(f"log level {level!r}: use one of debug, info, warning, error") from None


def setup_logging(
    level: str | int = "info",
    *,
    stream: IO[str] | None = None,
    format: Literal["text", "json"] = "text",
    third_party: bool = True,
) -> logging.Handler:
    """Send the package's logs (and, with `third_party`, other libraries' warnings) to stderr; idempotent."""
    target = sys.stderr if stream is None else stream
    if target is sys.stdout or target is sys.__stdout__:
        raise ValueError("logs cannot go to stdout: it carries the MCP protocol")
    if format not in ("text", "json"):
        raise ValueError(f"log format {format!r}: use text or json")
    formatter: logging.Formatter = JsonFormatter() if format == "json" else TextFormatter()
    package, root = logging.getLogger(PACKAGE), logging.getLogger()
    for logger in (package, root):
        for old in [h for h in logger.handlers if getattr(h, _MARK, False)]:
            logger.removeHandler(old)
    handler = logging.StreamHandler(target)
    handler.setFormatter(formatter)
    setattr(handler, _MARK, True)
    package.addHandler(handler)
    package.setLevel(_level(level))
    package.propagate = False
    if third_party:
        other = logging.StreamHandler(target)
        other.setFormatter(formatter)
        setattr(other, _MARK, True)
        root.addHandler(other)
    return handler
