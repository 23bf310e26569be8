"""Config loading: every kind of bad file stops the gateway with one message naming the file, key and fix."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import fixture_server

from secure_mcp_gateway import config as config_mod
from secure_mcp_gateway.config import ConfigError

BAD = [
    ("{ not json", "line 1 column 3: not valid JSON"),
    ("", "the file is empty; write your servers in it"),
    (json.dumps({"mcpServers": {"fx": {"command": "x", "argz": []}}}), "mcpServers.fx.argz: unknown key"),
    (
        json.dumps({"mcpServers": {"fx": {"command": "x", "timeout": "soon"}}}),
        "mcpServers.fx.timeout: Input should be a valid number",
    ),
    (json.dumps({"mcpServers": {"fx": {"args": ["a"]}}}), 'mcpServers.fx: needs "command"'),
    (
        json.dumps({"mcpServers": {}, "gateway": {"log_level": "${env:SMG_TEST_UNSET_VAR}"}}),
        "gateway.log_level: environment variable SMG_TEST_UNSET_VAR is not set",
    ),
    (
        json.dumps({"mcpServers": {"fx": {"command": "x", "args": "not-a-list"}}}),
        "mcpServers.fx.args: Input should be a valid list",
    ),
    (json.dumps({"gateway": {"call_timeout": 0}}), "gateway.call_timeout: must be more than 0 and at most 86400"),
    (json.dumps({"guardrails": {"input": {"secrets": "explode"}}}), "guardrails.input.secrets.action: Input should be"),
    (json.dumps(["mcpServers"]), "the config must be a JSON object"),
    (
        json.dumps({"mcpServers": {"fx": {"command": "npx", "url": "https://mcp.example.com/mcp"}}}),
        'mcpServers.fx: has both "command" and "url"; keep one',
    ),
    (
        json.dumps({"mcpServers": {"fx": {"command": "x", "guardrails": {"output": {"pii": "nope"}}}}}),
        "mcpServers.fx.guardrails.output.pii.action",
    ),
    (
        '{"mcpServers": {"notes": {"command": "notes-mcp"}, "notes": {"command": "notes-mcp", "args": ["--rw"]}}}',
        'the key "notes" appears twice in one object',
    ),
]


@pytest.mark.parametrize("text,expected", BAD)
def test_bad_config_stops_with_a_precise_message(tmp_path, command, text, expected):
    (tmp_path / "gateway.json").write_text(text)
    proc = command("--config", str(tmp_path / "gateway.json"))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert str(tmp_path / "gateway.json") in proc.stderr
    assert expected in proc.stderr, proc.stderr


def test_a_config_and_env_file_saved_with_a_byte_order_mark_load(tmp_path):
    """Windows editors may write UTF-8 with a byte-order mark: the file loads, and the first variable keeps its name."""
    (tmp_path / "github.env").write_text("\ufeffGITHUB_TOKEN=ghp_example\r\nLOG_LEVEL=debug\r\n", encoding="utf-8")
    config = {"mcpServers": {"github": {"command": "github-mcp", "envFile": "github.env"}}}
    path = tmp_path / "gateway.json"
    path.write_text("\ufeff" + json.dumps(config), encoding="utf-8")
    loaded = config_mod.load(path, {})
    assert loaded.mcp_servers["github"].env == {"GITHUB_TOKEN": "ghp_example", "LOG_LEVEL": "debug"}


def test_missing_file_says_how_to_fix_it(tmp_path, command):
    proc = command("--config", str(tmp_path / "absent.json"))
    assert proc.returncode == 2
    assert "absent.json: no such file" in proc.stderr and "mcpServers" in proc.stderr


def test_env_override_and_its_errors(tmp_path, monkeypatch):
    monkeypatch.setenv("SECURE_MCP_GATEWAY_GATEWAY__CALL_TIMEOUT", "7.5")
    cfg = config_mod.parse({"mcpServers": {"a": {"command": "x"}}, "gateway": {"start_deadline": 2}}, "f.json")
    assert cfg.gateway.call_timeout == 7.5 and cfg.gateway.start_deadline == 2
    monkeypatch.setenv("SECURE_MCP_GATEWAY_GATEWAY__CALL_TIMEOUT", "later")
    with pytest.raises(ConfigError) as info:
        config_mod.parse({}, "f.json")
    assert "set by environment variable SECURE_MCP_GATEWAY_GATEWAY__CALL_TIMEOUT" in str(info.value)


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("localhost:8080/mcp", "no http:// or https:// in front"),
        ("127.0.0.1:8080", "no http:// or https:// in front"),
        ("ftp://files.example.com/mcp", "it starts with ftp://"),
        ("ws://127.0.0.1:9000/mcp", "it starts with ws://"),
        ("http://", "names no host"),
        ("https://deploy:Xk29fQ7mZpL4@/mcp", "names no host"),
        ("://mcp.example.com", "does not start with http:// or https://"),
    ],
)
def test_a_server_url_that_is_no_http_address_is_refused_naming_the_key(url, said):
    with pytest.raises(ConfigError) as info:
        config_mod.parse({"mcpServers": {"remote": {"url": url}}}, "f.json")
    assert "f.json: mcpServers.remote.url" in str(info.value) and said in str(info.value)
    assert "Xk29fQ7mZpL4" not in str(info.value), "the address is not repeated (it may hold a password)"
    for good in ("https://mcp.example.com/mcp", "HTTP://127.0.0.1:8080", "http://[::1]:9000/mcp", " https://a.b/ "):
        cfg = config_mod.parse({"mcpServers": {"remote": {"url": good}}}, "f.json")
        assert cfg.mcp_servers["remote"].url == good.strip()


@pytest.mark.parametrize(
    ("headers", "said"),
    [
        ({"Authorization": "Bearer Qm7vT2xK9pL4nR8w\n"}, 'header "Authorization": its value holds a line break'),
        ({"X-Api-Key": "Qm7vT2xK9pL4nR8w\r\nX-Admin: 1"}, 'header "X-Api-Key": its value holds a line break'),
        ({"Authorization": "Bearer tøkenQm7vT2xK9pL4nR8w"}, "a character an HTTP header cannot carry"),
        ({"X Api Key": "Qm7vT2xK9pL4nR8w"}, "header name 'X Api Key' is not one HTTP allows"),
    ],
)
def test_a_header_no_http_request_can_carry_is_refused_without_its_value(headers, said):
    with pytest.raises(ConfigError) as info:
        config_mod.parse(
            {"mcpServers": {"remote": {"url": "https://mcp.example.com/mcp", "headers": headers}}}, "f.json"
        )
    assert "f.json: mcpServers.remote.headers" in str(info.value) and said in str(info.value)
    assert "Qm7vT2xK9pL4nR8w" not in str(info.value), "a header's value is never quoted"
    good = {"Authorization": "Bearer Qm7vT2xK9pL4nR8w", "X-Trace": "a\tb ~!"}
    cfg = config_mod.parse(
        {"mcpServers": {"remote": {"url": "https://mcp.example.com/mcp", "headers": good}}}, "f.json"
    )
    assert cfg.mcp_servers["remote"].headers == good


@pytest.mark.parametrize("token", ["Kq82mZx19LpW4vRt\n", "Kq82mZx19 LpW4vRt", "Kq82mZx19LpW4vRtø"])
def test_an_http_token_no_client_can_send_is_refused_without_quoting_it(token):
    with pytest.raises(ConfigError) as info:
        config_mod.parse({"http": {"tokens": {"alice": token}}}, "f.json")
    assert "f.json: http.tokens: a token of 'alice' holds" in str(info.value) and "Kq82mZx19" not in str(info.value)
    assert config_mod.parse({"http": {"tokens": {"alice": "Kq82mZx19LpW4vRt"}}}, "f.json").http.tokens


def test_an_identity_left_with_no_token_is_refused_naming_it():
    """Rotating out an identity's last token (`"alice": []`) would leave a loopback gateway open to every local
    process (no token configured) while the file still names a token holder: it is a config error naming the fix."""
    with pytest.raises(ConfigError) as info:
        config_mod.parse({"http": {"tokens": {"alice": [], "bob": "Kq82mZx19LpW4vRt"}}}, "f.json")
    assert "f.json: http.tokens: 'alice' has no token" in str(info.value), str(info.value)
    with pytest.raises(ConfigError):
        config_mod.parse({"http": {"tokens": {"alice": []}}}, "f.json")
    pair = ["Kq82mZx19LpW4vRt", "Wd73nYc28KqV5uSs"]
    assert config_mod.parse({"http": {"tokens": {"alice": pair}}}, "f.json").http.token_pairs()


@pytest.mark.parametrize(
    "origin", ["localhost:5173", "http://localhost:5173/app", "*", "file:///home/a/page.html", "chrome-extension://x/p"]
)
def test_an_allowed_origin_no_browser_sends_is_refused_naming_the_key(origin):
    with pytest.raises(ConfigError) as info:
        config_mod.parse({"http": {"allowed_origins": ["https://ok.example.com", origin]}}, "f.json")
    assert "f.json: http.allowed_origins" in str(info.value) and "is no browser origin" in str(info.value)
    good = ["http://localhost:5173", "https://[::1]:8443", "http://127.0.0.1:*", "HTTPS://Inspector.Example.com/"]
    good += [
        "chrome-extension://mkdhgjbnpcoafmfjnnkoheabklpcchpa",
        "moz-extension://4b8a1c3e-27f5-4d6a-9c0e-1f2a3b4c5d6e",
    ]
    assert config_mod.parse({"http": {"allowed_origins": good}}, "f.json").http.allowed_origins == good


@pytest.mark.parametrize("host", ["https://mcp.example.com", "mcp.example.com/mcp", "*.example.com", "mcp example"])
def test_an_allowed_host_no_client_sends_is_refused_naming_the_key(host):
    """A scheme, a path or a wildcard never matches a Host header: every request through the proxy got 421."""
    with pytest.raises(ConfigError) as info:
        config_mod.parse({"http": {"allowed_hosts": ["mcp.example.com", host]}}, "f.json")
    assert "f.json: http.allowed_hosts" in str(info.value) and "is no Host header value" in str(info.value)
    good = ["mcp.example.com", "MCP.example.com:8443", "10.0.0.5", "[::1]:8080", "gateway"]
    assert config_mod.parse({"http": {"allowed_hosts": good}}, "f.json").http.allowed_hosts == good


def test_a_projects_own_server_runs_only_where_its_client_runs_the_gateway(tmp_path, monkeypatch, capsys, caplog):
    """A Claude Code project's own server (a database of that project), moved into the one user-level gateway, was
    offered in every project; with `project` it runs only when the gateway is started in that project (or below)."""
    project, other = tmp_path / "shop", tmp_path / "blog"
    (project / "api").mkdir(parents=True)
    other.mkdir()
    doc = {
        "mcpServers": {
            "db": {"command": "db-mcp", "cwd": str(project), "project": str(project)},
            "time": {"command": "mcp-server-time"},
        }
    }
    seen = {}
    for where in (project, project / "api", other, tmp_path):
        monkeypatch.chdir(where)
        seen[where.name] = sorted(config_mod.parse(doc, "f.json").servers)
    assert seen == {"shop": ["db", "time"], "api": ["db", "time"], "blog": ["time"], tmp_path.name: ["time"]}
    from secure_mcp_gateway.cli.check import run_check

    run_check(config_mod.parse(doc, "f.json"), Path("f.json"), probe=False, as_json=False, verbose=False)
    assert f"db (runs only in its project {project}," in capsys.readouterr().out
    import logging

    from secure_mcp_gateway.serve import say_elsewhere

    with caplog.at_level(logging.INFO, logger="secure_mcp_gateway.serve"):
        say_elsewhere(config_mod.parse(doc, "f.json"))  # (what a gateway started elsewhere logs)
    assert [r.getMessage() for r in caplog.records] == [
        f"server db: not run here ({tmp_path}); it runs only in its project {project}"
    ]


def test_config_is_found_by_flag_then_env_then_user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SECURE_MCP_GATEWAY_CONFIG", str(tmp_path / "from-env.json"))
    assert config_mod.locate(str(tmp_path / "flag.json")) == tmp_path / "flag.json"
    assert config_mod.locate(None) == tmp_path / "from-env.json"
    monkeypatch.delenv("SECURE_MCP_GATEWAY_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert config_mod.locate(None) == tmp_path / "xdg" / "secure-mcp-gateway" / "config.json"


def test_env_references_with_defaults():
    cfg = config_mod.parse(
        {"mcpServers": {"a": {"command": "x", "env": {"TOKEN": "${env:SMG_TOKEN}", "MODE": "${env:SMG_MODE:-fast}"}}}},
        "f.json",
        environ={"SMG_TOKEN": "t0k"},
    )
    assert cfg.mcp_servers["a"].env == {"TOKEN": "t0k", "MODE": "fast"}


def test_claude_desktop_block_pastes_unchanged():
    block = {
        "mcpServers": {
            "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]},
            "remote": {"url": "https://example.com/mcp", "headers": {"Authorization": "Bearer x"}},
            "legacy": {"type": "sse", "url": "https://example.com/sse"},
            "off": {"command": "x", "disabled": True},
        }
    }
    cfg = config_mod.parse(block, "claude_desktop_config.json", environ={})
    assert cfg.mcp_servers["remote"].transport == "http"
    assert cfg.mcp_servers["legacy"].transport == "sse"
    assert list(cfg.servers) == ["filesystem", "remote", "legacy"]


def test_per_server_guardrail_overrides_merge_over_the_default():
    cfg = config_mod.parse(
        {"mcpServers": {"a": {"command": "x", "guardrails": {"output": {"pii": "redact"}}}, "b": {"command": "y"}}},
        "f.json",
        environ={},
    )
    assert cfg.policy_for("a").output.pii.action == "redact"
    assert cfg.policy_for("a").output.secrets.action == "redact"
    assert cfg.policy_for("b").output.pii.action == "warn"


def test_check_prints_what_would_run(tmp_path, command):
    config = {
        "mcpServers": {
            "fx": fixture_server(env={"API_TOKEN": "s3cr3t-value"}),
            "ghost": {"command": "no-such-program-xyz"},
        }
    }
    path = tmp_path / "gateway.json"
    path.write_text(json.dumps(config))
    proc = command("check", "--config", str(path))
    assert proc.returncode == 1, "a missing program is a problem"
    assert "fx" in proc.stdout and "API_TOKEN (values hidden)" in proc.stdout
    assert "s3cr3t-value" not in proc.stdout + proc.stderr
    assert "NOT FOUND" in proc.stdout
    del config["mcpServers"]["ghost"]
    config["mcpServers"]["fx"]["cwd"] = str(tmp_path / "no-such-dir")
    path.write_text(json.dumps(config))
    proc = command("check", "--config", str(path))
    assert proc.returncode == 1, "a missing working directory is a problem"
    assert f"cwd:      {tmp_path / 'no-such-dir'} (NOT FOUND" in proc.stdout
    config["mcpServers"]["fx"]["cwd"] = str(tmp_path)
    path.write_text(json.dumps(config))
    proc = command("check", "--probe", "--config", str(path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ready" in proc.stdout and "tools" in proc.stdout


EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.mark.parametrize("name", ["gateway.json", "gateway-remote-guardrails.json"])
def test_example_configs_are_valid(name):
    env = {"HOME": "/home/you", "GITHUB_TOKEN": "t", "ENKRYPT_API_KEY": "k"}
    cfg = config_mod.load(EXAMPLES / name, environ=env)
    assert cfg.mcp_servers


def test_example_client_snippets_launch_the_gateway():
    for path in EXAMPLES.glob("claude_desktop_config*.json"):
        entry = json.loads(path.read_text())["mcpServers"]["secure-gateway"]
        assert "secure-mcp-gateway" in [Path(entry["command"]).name, *entry["args"]]
        assert Path(entry["command"]).is_absolute(), "a GUI-launched client does not see the shell's PATH"
        assert "--config" in entry["args"]


def test_init_copies_a_client_config_without_touching_it(tmp_path, command):
    client = tmp_path / "claude_desktop_config.json"
    original = {
        "mcpServers": {
            "time": {"command": "uvx", "args": ["mcp-server-time"]},
            "secure-gateway": {"command": "secure-mcp-gateway", "args": ["--config", "x.json"]},
        }
    }
    client.write_text(json.dumps(original))
    target = tmp_path / "out" / "gateway.json"
    proc = command("init", "--from", str(client), "--config", str(target))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(target.read_text()) == {"mcpServers": {"time": {"command": "uvx", "args": ["mcp-server-time"]}}}
    assert json.loads(client.read_text()) == original, "the client's file is never rewritten"
    assert '"secure-gateway"' in proc.stdout and str(target) in proc.stdout
    again = command("init", "--from", str(client), "--config", str(target))
    assert again.returncode == 1 and "exists already" in again.stderr


@pytest.mark.anyio
async def test_a_server_naming_an_unset_variable_stays_off_and_the_others_run(tmp_path):
    """A client launched from a desktop often lacks a shell's variables: the one server that names a missing one is
    off, saying which and where, instead of the whole gateway refusing to start; a missing variable elsewhere is
    still a config error."""
    from secure_mcp_gateway.server import Gateway

    data = {
        "mcpServers": {
            "fx": fixture_server(),
            "gh": {"url": "https://api.example.com/mcp", "headers": {"Authorization": "Bearer ${env:GH_TOKEN_T1}"}},
            "db": {"command": "${env:DB_SERVER_T1}", "disabled": True},
            "notes": {"command": "notes-mcp", "envFile": str(tmp_path / "no-such.env")},
        },
        "cache": {"enabled": False},
        "audit": {"enabled": False},
    }
    config = config_mod.parse(data, "f.json", environ={})
    assert config.mcp_servers["fx"].unusable is None
    why = config.mcp_servers["gh"].unusable
    assert why == (
        "mcpServers.gh.headers.Authorization: environment variable GH_TOKEN_T1 is not set (set it in the environment "
        "that starts the gateway, or write ${env:GH_TOKEN_T1:-default})"
    )
    assert set(config.servers) == {"fx", "gh", "notes"}, "a disabled server stays disabled"
    assert config.mcp_servers["notes"].unusable == (
        f"mcpServers.notes.envFile: cannot read {tmp_path / 'no-such.env'} (No such file or directory)"
    )
    gw = Gateway(config)
    try:
        gw.fleet.start()
        for child in gw.fleet:
            await child.wait_settled(30)
        assert gw.fleet.children["fx"].state.value == "ready"
        assert gw.fleet.children["gh"].state.value == "failed"
        assert gw.fleet.children["gh"].detail == f"server gh is off: {why}"
    finally:
        await gw.stop()
    path = tmp_path / "gateway.json"
    path.write_text(json.dumps(data))
    from secure_mcp_gateway.cli import main

    assert main(["check", "--config", str(path)]) == 1, "check reports the server that will not run"
    with pytest.raises(ConfigError, match="GUARD_KEY_T1 is not set"):
        config_mod.parse(
            {"guardrails": {"providers": {"p": {"type": "enkrypt", "api_key": "${env:GUARD_KEY_T1}"}}}},
            "f.json",
            environ={},
        )


def test_an_env_file_not_in_utf8_keeps_only_its_server_off(tmp_path):
    """An envFile saved in a legacy encoding (a Latin-1 accent) keeps its server off, saying which file and how to fix
    it without quoting the text; one saved as "Unicode" (UTF-16 with its mark) by a Windows editor is read. Loading
    the config raised UnicodeDecodeError for the whole gateway."""
    (tmp_path / "legacy.env").write_bytes(b"NOTES_TOKEN=caf\xe9-s3cr3t-Zx81\n")
    (tmp_path / "windows.env").write_bytes("NOTES_USER=ana\r\nNOTES_TOKEN=é-Zx81\r\n".encode("utf-16"))
    data = {
        "mcpServers": {
            "legacy": {"command": "notes-mcp", "envFile": "legacy.env"},
            "windows": {"command": "notes-mcp", "envFile": "windows.env"},
            "plain": {"command": "notes-mcp"},
        }
    }
    path = tmp_path / "gateway.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = config_mod.load(path, {})
    assert loaded.mcp_servers["legacy"].unusable == (
        f"mcpServers.legacy.envFile: {tmp_path / 'legacy.env'} is not UTF-8 text (byte 16 is not); save it as UTF-8"
    )
    assert loaded.mcp_servers["windows"].unusable is None
    assert loaded.mcp_servers["windows"].env == {"NOTES_USER": "ana", "NOTES_TOKEN": "é-Zx81"}
    assert loaded.mcp_servers["plain"].unusable is None


def test_a_config_not_in_utf8_is_a_config_error_naming_the_file(tmp_path):
    """A config saved in a legacy encoding is a config error naming the file and the fix, without quoting its text
    (it was a bare "'utf-8' codec can't decode byte 0xe9"); one saved as "Unicode" (UTF-16) by Windows Notepad loads."""
    legacy = tmp_path / "legacy.json"
    legacy.write_bytes(b'{"mcpServers": {"caf\xe9": {"command": "notes-mcp"}}}')
    with pytest.raises(ConfigError) as info:
        config_mod.load(legacy, {})
    assert str(info.value) == f"{legacy}: not UTF-8 text (byte 21 is not); save it as UTF-8"
    windows = tmp_path / "windows.json"
    windows.write_bytes(json.dumps({"mcpServers": {"café": {"command": "notes-mcp"}}}).encode("utf-16"))
    assert set(config_mod.load(windows, {}).mcp_servers) == {"café"}


def test_an_infinite_or_nan_setting_is_a_config_error_naming_its_key(tmp_path, monkeypatch):
    """`1e400` reads as infinity: it was taken, and a size in MB then failed every server start ("cannot convert
    float infinity to integer"); `NaN` likewise. Each is a config error naming its key, from the file or from the
    environment."""
    path = tmp_path / "gateway.json"
    path.write_text(
        '{"mcpServers": {"t": {"command": "notes-mcp", "timeout": NaN}}, "gateway": {"call_timeout": 1e400, '
        '"limits": {"server_message_mb": 1e999}}, "http": {"max_body_mb": -1e400}}',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as info:
        config_mod.load(path, {})
    said = str(info.value)
    for key in ("mcpServers.t.timeout", "gateway.call_timeout", "gateway.limits.server_message_mb", "http.max_body_mb"):
        assert f"{key}: Input should be a finite number" in said, said
    monkeypatch.setenv("SECURE_MCP_GATEWAY_GATEWAY__START_DEADLINE", "inf")
    with pytest.raises(ConfigError) as info:
        config_mod.parse({}, "f.json")
    assert "finite number" in str(info.value) and "SECURE_MCP_GATEWAY_GATEWAY__START_DEADLINE" in str(info.value)


def test_an_absurd_number_is_a_config_error_naming_the_key_and_its_range(monkeypatch):
    """`1e300` seconds (or a value in ms where seconds are meant) was taken as it was; now every number has a range,
    and a value outside it names the key, the range and what was given, from the file or the environment."""
    doc = {
        "mcpServers": {"t": {"command": "notes-mcp", "timeout": 120000}},
        "gateway": {"call_timeout": 1e300, "limits": {"client_queue_kb": 10**24}},
        "cache": {"redis_timeout": 500},
        "guardrails": {"providers": {"hook": {"type": "webhook", "url": "https://g.example.com/check"}}},
        "http": {"session_idle_timeout": 1e12},
    }
    with pytest.raises(ConfigError) as info:
        config_mod.parse(doc, "f.json")
    said = str(info.value)
    assert "f.json: mcpServers.t.timeout: must be more than 0 and at most 86400 (got 120000)" in said, said
    assert "f.json: gateway.call_timeout: must be more than 0 and at most 86400 (got 1e+300)" in said, said
    assert "gateway.limits.client_queue_kb: must be at least 64 and at most 4194304 (got 1e+24)" in said, said
    assert "f.json: cache.redis_timeout: must be more than 0 and at most 60 (got 500)" in said, said
    assert "http.session_idle_timeout: must be more than 0 and at most 2592000 (got 1000000000000)" in said, said
    hook = {"type": "webhook", "url": "https://g.example.com/check", "max_answer_bytes": 10**13}
    with pytest.raises(ConfigError) as info:
        config_mod.parse({"guardrails": {"providers": {"hook": hook}}}, "f.json")
    assert "guardrails.providers.hook.max_answer_bytes: must be at least 1024 and at most 1073741824" in str(info.value)
    monkeypatch.setenv("SECURE_MCP_GATEWAY_GATEWAY__SHUTDOWN_GRACE", "9999")
    with pytest.raises(ConfigError) as info:
        config_mod.parse({}, "f.json")
    assert "gateway.shutdown_grace: must be more than 0 and at most 300" in str(info.value)


def test_every_number_of_the_config_has_an_upper_bound():
    """The class, not the examples: a number added to the schema without a range fails here."""
    from pydantic import BaseModel

    seen, unbounded, todo = set(), [], [config_mod.GatewayConfig]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            kinds, stack = set(), [info.annotation]
            while stack:
                kind = stack.pop()
                if isinstance(kind, type) and issubclass(kind, BaseModel):
                    todo.append(kind)
                kinds.add(kind)
                stack.extend(getattr(kind, "__args__", ()))
            bounded = any(getattr(r, "le", getattr(r, "lt", None)) is not None for r in info.metadata)
            if kinds & {int, float} and not bounded:
                unbounded.append(f"{model.__name__}.{name}")
    assert len(seen) > 20 and not unbounded, unbounded


@pytest.mark.anyio
async def test_a_restart_line_names_the_server_once(caplog):
    import asyncio
    import logging

    from secure_mcp_gateway.server import Gateway

    config = config_mod.parse(
        {
            "mcpServers": {"quits": {"command": "sh", "args": ["-c", "exit 4"]}},
            "gateway": {"restart": {"max_attempts": 1, "backoff_initial": 0.05}},
            "cache": {"enabled": False},
            "audit": {"enabled": False},
        },
        "f.json",
    )
    caplog.set_level(logging.WARNING, logger="secure_mcp_gateway.children")
    gw = Gateway(config)
    try:
        gw.fleet.start()
        child = gw.fleet.children["quits"]
        deadline = asyncio.get_running_loop().time() + 30
        while child.state.value != "failed":  # (one restart, then it gives up)
            assert asyncio.get_running_loop().time() < deadline, child.state
            await asyncio.sleep(0.01)
    finally:
        await gw.stop()
    lines = [r.getMessage() for r in caplog.records if "restarting in" in r.getMessage()]
    assert lines and lines[0].startswith("server quits exited with code 4"), lines


@pytest.mark.parametrize("where", ["server", "provider"])
def test_check_shows_a_remote_url_without_its_query_values(tmp_path, capsys, where):
    """A remote server's or a guardrail service's URL (the provider's was printed whole, password and key)."""
    from secure_mcp_gateway.cli import main

    url = "https://deploy:Hq72mPx9Lw@mcp.example.com/v1/mcp?key=abc123&team=ops"
    shown = "https://deploy:****@mcp.example.com/v1/mcp?key=****&team=****"
    doc: dict = {"mcpServers": {"docs": {"url": url}}, "cache": {"enabled": False}}
    if where == "provider":
        doc = {"mcpServers": {"fx": {"command": "x"}}, "cache": {"enabled": False}}
        doc["guardrails"] = {"providers": {"mine": {"type": "webhook", "url": url}}}
    path = tmp_path / "gateway.json"
    path.write_text(json.dumps(doc))
    main(["check", "--config", str(path)])
    out = capsys.readouterr().out
    assert (f"url:      {shown} (http)" if where == "server" else f"provider: mine (webhook, {shown})") in out, out
    assert "abc123" not in out and "Hq72mPx9Lw" not in out


def test_an_unknown_key_close_to_a_known_one_is_named() -> None:
    from secure_mcp_gateway.config import ConfigError, parse

    doc = {
        "mcpServers": {"fx": {"comand": "x"}},
        "gateway": {"shutdown_grase": 1, "zzz": 2},
        "guardrails": {"output": {"secret": {}}},
    }
    with pytest.raises(ConfigError) as caught:
        parse(doc, "c.json")
    said = str(caught.value)
    assert "mcpServers.fx.comand: unknown key; did you mean 'command'?" in said, said
    assert "gateway.shutdown_grase: unknown key; did you mean 'shutdown_grace'?" in said
    assert "guardrails.output.secret: unknown key; did you mean 'secrets'?" in said
    assert "gateway.zzz: unknown key (check its spelling; the README lists every key)" in said


@pytest.mark.parametrize(
    ("value", "problem", "note"),
    [
        ("${env:SMG_SET_T2}", None, None),
        ("${env:}", 'mcpServers.a.env.K: "${env:}" names no variable', None),
        ("Bearer ${env:gh-token}", 'mcpServers.a.env.K: "${env:gh-token}" names no variable', None),
        ("${env:GH_TOKEN", 'mcpServers.a.env.K: "${env:GH_TOKEN" names no variable', None),
        ("${GITHUB_TOKEN}", None, "mcpServers.a.env.K: ${GITHUB_TOKEN} is passed to the server as written"),
        ("${DB_URL:-sqlite://x}", None, "write ${env:DB_URL:-sqlite://x} to fill it from the gateway's environment"),
        (
            "${workspaceFolder}/src",
            None,
            "${workspaceFolder} is passed to the server as written (the gateway fills in "
            "only ${env:NAME}); write what it stands for instead",
        ),
        ("pa${s w}rd", None, None),  # (not a reference anyone wrote: never quoted, it may be part of a secret)
    ],
)
def test_a_variable_reference_the_gateway_does_not_fill_is_said(value, problem, note, tmp_path, monkeypatch, capsys):
    """`${env:NAME}` is the gateway's one way to take a variable: a broken one keeps its server off, saying where and
    how to write it; a client's own forms (`${NAME}` of Claude Code, `${workspaceFolder}` of Cursor and VS Code)
    reach the server as written, and `check` and the log say so instead of a server failing on the literal text."""
    from secure_mcp_gateway.cli import main

    data = {"mcpServers": {"a": {"command": sys.executable, "env": {"K": value}}}}
    server = config_mod.parse(data, "f.json", environ={"SMG_SET_T2": "v"}).mcp_servers["a"]
    monkeypatch.setenv("SMG_SET_T2", "v")
    (tmp_path / "gateway.json").write_text(json.dumps(data))
    assert main(["check", "--config", str(tmp_path / "gateway.json")]) == (0 if problem is None else 1)
    shown = capsys.readouterr().out
    if note or problem:
        assert (note or problem) in shown
    else:
        assert "note:" not in shown
    if problem is None:
        assert server.unusable is None
    else:
        assert server.unusable is not None and server.unusable.startswith(problem), server.unusable
        assert "write ${env:NAME}" in server.unusable
    if note is None:
        assert server.notes == []
    else:
        assert len(server.notes) == 1 and note in server.notes[0], server.notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{\n  // my servers\n  "mcpServers": {}\n}', "line 2 column 3: a comment, which JSON has none of; remove it"),
        ('{"mcpServers": {} /* none yet */}', "line 1 column 19: a comment, which JSON has none of; remove it"),
        ('{\n  "mcpServers": {\n    "a": {"command": "x"},\n  }\n}', "line 3 column 26: a comma before }; remove it"),
        ('{"mcpServers": {"a": {"command": "x", "args": ["y",]}}}', "line 1 column 51: a comma before ]; remove it"),
        ('{"mcpServers": {"a": {"command": "x"}}', "line 1 column 39: not valid JSON (Expecting ',' delimiter)"),
    ],
)
def test_a_config_written_like_a_clients_jsonc_says_what_to_remove(tmp_path, text, expected):
    """Comments and trailing commas (VS Code's `mcp.json` allows both) are named where they are, with the fix."""
    path = tmp_path / "gateway.json"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        config_mod.load(path)
    assert str(caught.value) == f"{path}: {expected}"


def test_a_remote_server_typed_stdio_says_which_type_it_needs():
    """`"type": "stdio"` kept from a local entry beside a "url" is named as the fault, not a missing "url"."""
    with pytest.raises(ConfigError) as caught:
        config_mod.parse({"mcpServers": {"web": {"type": "stdio", "url": "https://mcp.example.com/mcp"}}}, "f.json", {})
    assert str(caught.value) == (
        'f.json: mcpServers.web: has "type": "stdio", which runs a "command", and a "url"; for a remote server write '
        '"type": "http" (or "sse"), or leave "type" out'
    )


@pytest.mark.parametrize(
    ("name", "text"), [("gateway.yaml", "mcpServers:\n  time:\n    command: uvx\n"), ("g.toml", "[mcpServers.time]\n")]
)
def test_a_yaml_or_toml_config_is_told_the_gateway_reads_json(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        config_mod.load(path)
    kind = "YAML" if name.endswith(".yaml") else "TOML"
    assert str(caught.value).startswith(f"{path}: line 1 column ")
    assert str(caught.value).endswith(
        f'; the config is JSON, not {kind}: write it as {{"mcpServers": {{"time": {{"command": "uvx", "args": '
        '["mcp-server-time"]}}} (the README shows every key)'
    )


@pytest.mark.parametrize("depth", [900, 100_000])
def test_a_config_nested_too_deeply_is_refused_naming_the_file(tmp_path, depth):
    path = tmp_path / "gateway.json"
    path.write_text('{"mcpServers": {"a": {"command": "x", "args": ' + "[" * depth + "]" * depth + "}}}")
    with pytest.raises(ConfigError) as caught:
        config_mod.load(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "nested" in str(caught.value)
