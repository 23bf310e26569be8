"""Human logs on stderr: compact format, child-server lines, scrubbing, one-line safety, idempotence, JSON."""

from __future__ import annotations

import io
import json
import logging
import re
import sys
from collections.abc import Iterator

import pytest

from secure_mcp_gateway.logs import PACKAGE, server_logger, setup_logging, short_name

GITHUB = "ghp_" + "k" * 36
LINE = re.compile(r"(\d\d:\d\d:\d\d\.\d{3})Z (\w+) +\[([^\]]+)\] (.*)")


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """Put the package and root loggers back as they were."""
    package, root = logging.getLogger(PACKAGE), logging.getLogger()
    saved = (list(package.handlers), package.level, package.propagate, list(root.handlers), root.level)
    yield
    package.handlers[:], package.level, package.propagate = saved[0], saved[1], saved[2]
    root.handlers[:], root.level = saved[3], saved[4]


def test_text_format_is_compact_and_readable() -> None:
    out = io.StringIO()
    setup_logging("info", stream=out)
    logging.getLogger("secure_mcp_gateway.children").info("server %s ready", "files", extra={"tools": 14, "ms": 2.5})
    m = LINE.fullmatch(out.getvalue().rstrip("\n"))
    assert m is not None, out.getvalue()
    assert m.group(2, 3, 4) == ("INFO", "children", "server files ready tools=14 ms=2.5")


def test_child_server_stderr_lines_show_the_server_name() -> None:
    out = io.StringIO()
    setup_logging("info", stream=out)
    server_logger("github").warning("rate limited, retrying")
    server_logger("my.server").info("listening")
    first, second = out.getvalue().splitlines()
    assert first.split(" ", 2)[1:] == ["WARN", " [github] rate limited, retrying"]
    assert second.endswith(" INFO  [my.server] listening")


def test_short_names() -> None:
    assert short_name("secure_mcp_gateway.pipeline") == "pipeline"
    assert short_name("secure_mcp_gateway.server.files") == "files"
    assert short_name("secure_mcp_gateway.server") == "server"
    assert short_name("httpx") == "httpx"


def test_secrets_are_scrubbed_from_messages_extras_and_tracebacks() -> None:
    out = io.StringIO()
    setup_logging("debug", stream=out)
    log = logging.getLogger("secure_mcp_gateway.remote")
    log.info("token %s used", GITHUB, extra={"key": GITHUB})
    try:
        raise RuntimeError(f"bad credentials {GITHUB}")
    except RuntimeError:
        log.exception("call failed")
    text = out.getvalue()
    assert GITHUB not in text
    assert text.count("<SECRET>") == 3  # the message, the extra, the exception line of the traceback
    assert "Traceback" in text


def test_a_line_cannot_forge_another_line_or_send_escapes() -> None:
    out = io.StringIO()
    setup_logging("info", stream=out)
    server_logger("evil").info("ok\n12:00:00.000 INFO  [gateway] all good\x1b[31m\r")
    lines = out.getvalue().splitlines()
    assert [bool(LINE.fullmatch(line)) for line in lines] == [True, False]  # one record, one continuation
    assert lines[0].endswith("[evil] ok")
    assert lines[1] == "    12:00:00.000 INFO  [gateway] all good\\x1b[31m\\r"


def test_level_filters_and_stdout_is_refused() -> None:
    out = io.StringIO()
    setup_logging("warning", stream=out)
    log = logging.getLogger("secure_mcp_gateway.x")
    log.info("hidden")
    log.error("shown")
    assert "hidden" not in out.getvalue() and "ERROR [x] shown" in out.getvalue()
    with pytest.raises(ValueError, match="stdout"):
        setup_logging("info", stream=sys.stdout)
    with pytest.raises(ValueError, match="log level"):
        setup_logging("loud", stream=out)


def test_calling_twice_installs_one_handler() -> None:
    first, second = io.StringIO(), io.StringIO()
    setup_logging("info", stream=first)
    setup_logging("info", stream=second)
    logging.getLogger("secure_mcp_gateway.x").info("once")
    logging.getLogger("httpx").warning("third party")
    assert first.getvalue() == ""
    assert second.getvalue().count("once") == 1
    assert second.getvalue().count("third party") == 1
    assert len(logging.getLogger(PACKAGE).handlers) == 1


def test_other_libraries_warnings_are_formatted_and_scrubbed() -> None:
    out = io.StringIO()
    setup_logging("info", stream=out)
    logging.getLogger("httpx").warning("GET https://api.example/?key=%s", "sk-" + "x" * 30)
    assert out.getvalue().rstrip().endswith("WARN  [httpx] GET https://api.example/?key=<SECRET>")


def test_json_format_for_log_shippers() -> None:
    out = io.StringIO()
    setup_logging("info", stream=out, format="json")
    logging.getLogger("secure_mcp_gateway.cache").warning("cache at %s", "/tmp/c", extra={"token": GITHUB})
    record = json.loads(out.getvalue())
    assert record["level"] == "warning" and record["logger"] == "secure_mcp_gateway.cache"
    assert record["message"] == "cache at /tmp/c" and record["token"] == "<SECRET>"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", record["ts"])


def test_a_bad_format_string_does_not_lose_the_record() -> None:
    out = io.StringIO()
    setup_logging("info", stream=out)
    logging.getLogger("secure_mcp_gateway.x").info("needs two %s %s", "one")
    assert "needs two %s %s" in out.getvalue()


@pytest.mark.parametrize("form", ["text", "json"])
def test_an_address_password_and_key_parameters_never_reach_the_log_whatever_their_shape(form: str) -> None:
    """A library's warning quoting a remote server's address (a redirect not followed keeps the query string) shows
    the address without its password or key, token and secret parameters; other parameters stay readable."""
    out = io.StringIO()
    setup_logging("info", stream=out, format=form)  # type: ignore[arg-type]
    said = logging.getLogger("mcp.client.streamable_http")
    said.warning("Redirect to http://127.0.0.1:8000/mcp/?api_key=Zx81Qw99LmTr&page=2 not followed")
    said.warning("GET https://deploy:Hq72mPx9Lw@mcp.example.com/v1/sse?session_id=7c1e9f&accessToken=q8Rt5Yu")
    logged = out.getvalue()
    assert not any(k in logged for k in ("Zx81Qw99LmTr", "Hq72mPx9Lw", "7c1e9f", "q8Rt5Yu")), logged
    assert "http://127.0.0.1:8000/mcp/?api_key=<SECRET>&page=2 not followed" in logged
    assert "https://deploy:<SECRET>@mcp.example.com/v1/sse?session_id=<SECRET>&accessToken=<SECRET>" in logged
