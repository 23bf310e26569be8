"""`install` / `uninstall`: move a client's servers behind the gateway, and put them back exactly."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from secure_mcp_gateway import config as config_mod
from secure_mcp_gateway.cli import jsonedit, textdiff
from secure_mcp_gateway.cli.clients import (
    Client,
    Location,
    NotMovable,
    client_named,
    config_of,
    convert,
    fill_in,
    in_container,
    is_ours,
    workspace_of,
)
from secure_mcp_gateway.cli.errors import CliError
from secure_mcp_gateway.cli.masking import mask, spans, value_span
from secure_mcp_gateway.cli.running import running_app
from secure_mcp_gateway.cli.side_rules import SideEdit, put_back, rewrite, side_places
from secure_mcp_gateway.cli.tool_rules import TOOL_RULE_KEYS, rename_rules
from secure_mcp_gateway.cli.turned_off import TurnedOff, held_back, turned_off
from secure_mcp_gateway.launch import gateway_command, shell_command

ENTRY_NAMES = ("secure-gateway", "secure-mcp-gateway")
BACKUP_SUFFIX = ".secure-mcp-gateway.bak"


class InstallError(CliError):
    """Something that stops an install or uninstall; the message is the one line the user sees."""


def _not_while_running(client: Client, client_file: Path, force: bool) -> None:
    """Refuse to edit the config of an app that will write its own copy back when it quits."""
    if force or client_file.absolute() != client.default_path().absolute():
        return  # the app only rewrites its own file
    app = running_app(client.name)
    if app is not None:
        raise InstallError(
            f"{client.title} is running ({app}); it writes {client_file} back when it quits, which would undo this "
            f"change. Quit {client.title} completely (its tray or menu-bar icon: Quit) and run the command again, "
            "or pass --force to write anyway"
        )


# --- small file helpers --------------------------------------------------------------------------


def _sha(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _entry_sha(entry: Any) -> str | None:
    """A server entry's hash, whatever its keys' order (to see whether the user changed it since the install)."""
    return None if entry is None else _sha(json.dumps(entry, sort_keys=True).encode("utf-8"))


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InstallError(f"cannot read {path}: {exc.strerror}") from None


def _write(path: Path, data: bytes, mode: int) -> None:
    """Write atomically (a temporary file in the same directory, then a rename) with `mode`; a link stays a link."""
    if path.is_symlink():
        path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner may read (it may hold secrets)."""
    _write(path, data, 0o600)


def _mode(path: Path, default: int) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return default


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InstallError(f"{path} is not UTF-8 text") from None


def _gateway_text(data: bytes, path: Path) -> str:
    """The gateway config's text, read as the gateway reads it (a byte-order mark or UTF-16 allowed)."""
    try:
        return config_mod.decode_text(data)
    except UnicodeDecodeError:
        raise InstallError(f"{path} is not UTF-8 text; save it as UTF-8") from None


def _parse(text: str, path: Path) -> dict[str, Any]:
    try:
        data = jsonedit.loads(text) if text.strip() else {}
    except ValueError as exc:
        raise InstallError(
            f"{path} is not valid JSON ({exc}); fix it or pass another file with --client-config"
        ) from None
    if not isinstance(data, dict):
        raise InstallError(f"{path} holds no JSON object")
    return data


# --- install records -----------------------------------------------------------------------------


def records_dir() -> Path:
    """Where install records live (one per client config file)."""
    from secure_mcp_gateway.state import state_dir

    return state_dir() / "installs"


def _record_path(client_file: Path) -> Path:
    key = hashlib.sha256(str(client_file.absolute()).encode()).hexdigest()[:20]
    return records_dir() / f"{key}.json"


def _load_record(client_file: Path) -> dict[str, Any] | None:
    path = _record_path(client_file)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise InstallError(f"the install record {path} cannot be read ({exc}); move it away to start over") from None
    return record if isinstance(record, dict) else None


def _other_records(client_file: Path) -> list[dict[str, Any]]:
    mine = _record_path(client_file)
    out = []
    folder = records_dir()
    if folder.is_dir():
        for path in folder.glob("*.json"):
            if path != mine:
                try:
                    out.append(json.loads(path.read_text(encoding="utf-8")))
                except (OSError, ValueError):
                    continue
    return out


# --- the plan ------------------------------------------------------------------------------------


@dataclass
class Moved:
    """One client server moved into the gateway's config."""

    location: list[str]
    name: str
    original: Any
    gateway_name: str
    added: bool
    """Whether the install added it to the gateway config (False: an identical server was there already)."""


@dataclass
class Plan:
    """What an install changes."""

    client_text: str
    gateway: dict[str, Any]
    moved: list[Moved] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
    dropped: dict[str, list[str]] = field(default_factory=dict)
    secrets: list[tuple[str, str, str]] = field(default_factory=list)
    """(gateway server, where, variable name) of each secret found."""
    entry_name: str = ENTRY_NAMES[0]
    entry_location: list[str] = field(default_factory=list)
    renamed: list[dict[str, Any]] = field(default_factory=list)
    """Each tool rule rewritten to the gateway's name: {"path": the list's place, "from": was, "to": now}."""
    whole_server_rules: list[str] = field(default_factory=list)
    """Rules for all of a moved server's tools, which no one rule can say behind the gateway (left as they were)."""
    sides: list[SideEdit] = field(default_factory=list)
    """Rules renamed in other files (a project's entry in the user file, settings files)."""


def _unique(name: str, taken: set[str], hint: str | None) -> str:
    if name not in taken:
        return name
    if hint:
        name = f"{name}-{re.sub(r'[^A-Za-z0-9_-]+', '-', Path(hint).name).strip('-') or 'project'}"
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}-{n}"
    return candidate


def _find_secrets(server: str, entry: dict[str, Any]) -> list[tuple[list[Any], tuple[int, int], str]]:
    """(path inside the entry, span, suggested variable) of each secret in an entry's strings."""
    found: list[tuple[list[Any], tuple[int, int], str]] = []
    upper = re.sub(r"[^A-Za-z0-9]+", "_", server).strip("_").upper() or "SERVER"
    for key in ("env", "headers"):
        for name, value in (entry.get(key) or {}).items():
            if not isinstance(value, str):
                continue
            span = value_span(name, value)
            var = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").upper()
            var = var if key == "env" else f"{upper}_{var}"
            if span is not None:
                found.append(([key, name], span, var))
            else:
                found.extend(([key, name], s, f"{var}_{i + 1}") for i, s in enumerate(spans(value)))
    for i, arg in enumerate(entry.get("args") or []):
        found.extend((["args", i], s, f"{upper}_SECRET_{i + 1}_{j + 1}") for j, s in enumerate(spans(arg)))
    if isinstance(entry.get("url"), str):
        found.extend((["url"], s, f"{upper}_URL_SECRET_{j + 1}") for j, s in enumerate(spans(entry["url"])))
    return found


def _to_env_refs(server: str, entry: dict[str, Any], taken: set[str]) -> list[str]:
    """Replace each secret in `entry` by a `${env:NAME}` reference; the names used."""
    names = []
    hits = _find_secrets(server, entry)
    for where, (start, end), var in sorted(hits, key=lambda h: -h[1][0]):
        if var in taken:
            var = f"{var}_{re.sub(r'[^A-Za-z0-9]+', '_', server).upper()}"
        taken.add(var)
        names.append(var)
        holder: Any = entry
        for part in where[:-1]:
            holder = holder[part]
        text = holder[where[-1]]
        holder[where[-1]] = text[:start] + "${env:" + var + "}" + text[end:]
    return names


def plan_install(
    client: Client, client_file: Path, text: str, gateway: dict[str, Any], launch: tuple[str, list[str]]
) -> Plan:
    """Work out the client file after the install, and the gateway config with the client's servers in it."""
    data = _parse(text, client_file)
    gateway = json.loads(json.dumps(gateway))
    servers = gateway.setdefault("mcpServers", {})
    if not isinstance(servers, dict):
        raise InstallError('the gateway config\'s "mcpServers" is not an object')
    plan = Plan(client_text=text if text.strip() else "{}\n", gateway=gateway)
    off = turned_off(client_file, client.default_path(), data) if client.name == "claude-code" else TurnedOff()
    ours_at: list[tuple[list[str], str]] = []
    for location in client.locations(data, client_file):
        holder: Any = data
        for key in location.path:
            holder = holder.get(key) if isinstance(holder, dict) else None
        if not isinstance(holder, dict):
            continue
        for name, entry in holder.items():
            runner = in_container(entry)
            if runner:
                raise InstallError(
                    f"{client_file}: {'.'.join([*location.path, name])} runs the gateway in a container ({runner} "
                    f"run); install sets the gateway up on this machine and would replace it. Add {client.title}'s "
                    "servers to the gateway config that container reads, or remove that entry and run install again"
                )
            if is_ours(entry):
                ours_at.append((list(location.path), name))
                continue
            try:
                rejected = held_back(off, location.path, name, client.title)
                converted, left = convert(client, entry, location)
            except NotMovable as exc:
                plan.kept.append((name, str(exc)))
                continue
            if rejected:  # (turned off by the user: it stays off)
                converted["disabled"] = True
            same = next((n for n, e in servers.items() if e == converted), None)
            if same is not None:
                gateway_name, added = same, False
            else:
                gateway_name = _unique(name, set(servers), location.project if location.path[0] == "projects" else None)
                servers[gateway_name] = converted
                added = True
            plan.moved.append(Moved(list(location.path), name, entry, gateway_name, added))
            if left:
                plan.dropped[gateway_name] = left
    out = jsonedit.remove_members(plan.client_text, [[*m.location, m.name] for m in plan.moved])
    top = list(client.top(data, client_file))
    command, args = launch
    entry = client.gateway_entry(command, args)
    parent = _member(jsonedit.loads(out), top[:-1])
    held = parent.get(top[-1]) if isinstance(parent, dict) else None
    wrong = parent if parent is not None and not isinstance(parent, dict) else held
    if wrong is not None and not isinstance(wrong, dict):
        kind = {list: "a list", str: "a string", bool: "true or false"}.get(type(wrong), "a number")
        where = ".".join(top if wrong is held else top[:-1])
        raise InstallError(
            f'{client_file}: "{where}" is {kind}, not an object of servers; make it {{}} (or fix it), and run '
            "install again"
        )
    top_servers = held if isinstance(held, dict) else {}
    current = next((n for p, n in ours_at if p == top), None)
    if current is None:
        free = [n for n in ENTRY_NAMES if n not in top_servers]
        current = free[0] if free else _unique(ENTRY_NAMES[0], set(top_servers), None)
    plan.entry_name, plan.entry_location = current, top
    if held is None and isinstance(parent, dict) and top[-1] in parent:  # (`"mcpServers": null`: the entry goes there)
        out = jsonedit.set_member(out, top, {current: entry})
    elif top_servers.get(current) != entry:
        out = jsonedit.set_member(out, [*top, current], entry)
    if client.name == "claude-code":
        out = _rename_tool_rules(out, data, plan)
    plan.client_text = out
    return plan


def _refused_entry(plan: Plan, client_file: Path) -> str | None:
    """Why the gateway would refuse a server moved from the client's file, named where it is in that file."""
    for m in plan.moved:
        if not m.added:
            continue
        entry = json.loads(json.dumps(plan.gateway["mcpServers"][m.gateway_name]))
        try:
            config_mod.parse(as_checked({"mcpServers": {m.name: entry}}), str(client_file), environ=AnyEnv())
        except config_mod.ConfigError as exc:
            said, top = str(exc).splitlines()[0], f"{client_file}: mcpServers."
            if said.startswith(top):
                said = f"{client_file}: {'.'.join(m.location)}." + said[len(top) :]
            return f"{said} (the gateway would refuse it as it is: fix it there, or remove it; nothing was changed)"
    return None


def _settings_hint(client: Client, client_file: Path) -> str | None:
    """For VS Code: how to install the servers its `settings.json` beside `client_file` holds (`mcp.servers`)."""
    settings = client_file.with_name("settings.json")
    if client.name != "vscode" or settings == client_file:
        return None
    try:
        raw = _read(settings)
        servers = _member(_parse(_decode(raw, settings), settings), ["mcp", "servers"]) if raw else None
    except InstallError:
        return None
    if not isinstance(servers, dict) or not servers:
        return None
    return (
        f'VS Code\'s settings hold {len(servers)} server(s) in "mcp.servers": install with --client-config {settings}'
    )


def _member(data: Any, path: list[str]) -> Any:
    """The value at `path` in `data` (None where a member is missing)."""
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _rename_tool_rules(text: str, data: dict[str, Any], plan: Plan) -> str:
    """Claude Code's `allowedTools` / `disallowedTools` rules naming a moved server's tool
    (`mcp__<server>__<tool>`) renamed to the tool's name behind the gateway, in the file's top level and in each
    project (whose own servers count there only)."""
    places: list[tuple[list[str], Any, str | None]] = [([], data, None)]
    projects = data.get("projects")
    if isinstance(projects, dict):
        places += [(["projects", p], v, p) for p, v in projects.items() if isinstance(v, dict)]
    for where, holder, project in places:
        moved = {m.name: m.gateway_name for m in plan.moved if m.location[0] != "projects" or m.location[1] == project}
        if not moved:
            continue
        for key in TOOL_RULE_KEYS:
            rules = holder.get(key)
            if not isinstance(rules, list):
                continue
            new, whole = rename_rules(rules, moved, plan.gateway["mcpServers"], plan.entry_name, project)
            plan.whole_server_rules += whole
            if new == rules:
                continue
            path = [*where, key]
            plan.renamed += [{"path": path, "from": a, "to": b} for a, b in zip(rules, new, strict=True) if a != b]
            text = jsonedit.set_member(text, path, new)
    return text


def _side_edits(client: Client, client_file: Path, text: str, plan: Plan) -> list[SideEdit]:
    """The renames of tool rules in Claude Code's other files (see `side_places`); files that are missing, not
    JSON or name none of the moved servers' tools are left alone."""
    data = _parse(text, client_file) if text.strip() else {}
    edits: list[SideEdit] = []
    by_file: dict[Path, list[Any]] = {}
    for file, places in side_places(client_file, client.default_path(), data, plan.moved):
        by_file.setdefault(file.absolute(), []).extend(places)  # (a project in the home folder: the user settings)
    for file, places in by_file.items():
        raw = _read(file)
        if raw is None:
            continue
        try:
            edit = rewrite(file, raw.decode("utf-8"), places, plan.gateway["mcpServers"], plan.entry_name)
        except (UnicodeDecodeError, ValueError):
            continue
        plan.whole_server_rules += edit.whole
        if edit.after != edit.before:
            edits.append(edit)
    plan.sides = edits
    return edits


def _write_sides(
    client_file: Path, sides: list[SideEdit], done: list[dict[str, Any]], put: Any
) -> list[dict[str, Any]]:
    """Write the side edits, each file's original kept (readable only by the user) in the install records; the
    record of every side file changed by this and earlier installs."""
    by_file = {d["file"]: d for d in done}
    for side in sides:
        key = str(side.file.absolute())
        now = side.before.encode("utf-8")
        old = by_file.get(key)
        if old is None:
            backup = _record_path(client_file).with_suffix(f".side{len(by_file) + 1}.bak")
            put(backup, now, 0o600)
            old = by_file[key] = {"file": key, "backup": str(backup), "exact": True, "renamed": []}
        elif _sha(now) != old.get("written_sha256"):
            old["exact"] = False
        new = side.after.encode("utf-8")
        put(side.file, new, _mode(side.file, 0o644))
        old["renamed"] += side.renamed
        old["written_sha256"] = _sha(new)
    return list(by_file.values())


def _undo_sides(
    record: dict[str, Any], dry_run: bool, put: Any = None, leftovers: list[Path] | None = None
) -> list[str]:
    """Put back the rules renamed in other files (exactly, when a file is as the install left it) with `put`, their
    backups added to `leftovers` (removed once the uninstall is through); what was done."""
    said = []
    for side in record.get("side", []):
        file = Path(side["file"])
        raw = _read(file)
        backup = Path(side["backup"])
        original = _read(backup)
        if raw is None:
            continue
        if side.get("exact") and original is not None and _sha(raw) == side.get("written_sha256"):
            new, how = original, "restored exactly"
        else:
            try:
                new, how = put_back(raw.decode("utf-8"), side["renamed"]).encode("utf-8"), "rules put back"
            except (UnicodeDecodeError, ValueError):
                said.append(f"left {file} as it is (it is no longer JSON); its original is in {backup}")
                continue
        if dry_run:
            print(_diff(raw.decode("utf-8", "replace"), new.decode("utf-8", "replace"), str(file)), end="")
            continue
        if new != raw:
            put(file, new, _mode(file, 0o644))
        if leftovers is not None:
            leftovers.append(backup)
        said.append(f"{how}: {file}")
    return said


def _diff(before: str, after: str, label: str) -> str:
    lines = textdiff.unified(before, after, f"{label} (now)", f"{label} (after)")
    return "".join(mask(line.rstrip("\n")) + "\n" for line in lines)


def _choose_secrets(mode: str | None, count: int) -> str:
    if mode:
        return mode
    if count and sys.stdin is not None and sys.stdin.isatty() and sys.stdout.isatty():
        answer = input(
            f"{count} secret value(s) found in the servers' env, headers or arguments.\n"
            "  [k] keep them in the gateway config, readable only by you (mode 0600)  (default)\n"
            "  [e] replace them with ${env:NAME} references and set the variables yourself\n"
            "choice [k/e]: "
        )
        return "env" if answer.strip().lower().startswith("e") else "file"
    return "file"


def _gateway_after(before: str, plan: Plan) -> str:
    """The gateway config's text with the moved servers added, the rest of it as the user wrote it."""
    if not before.strip():
        return _dump(plan.gateway)
    text = before
    servers = plan.gateway["mcpServers"]
    for m in plan.moved:
        if m.added:
            text = jsonedit.set_member(text, ["mcpServers", m.gateway_name], servers[m.gateway_name])
    return text if jsonedit.loads(text) == plan.gateway else _dump(plan.gateway)


def _dump(config: dict[str, Any]) -> str:
    return json.dumps(config, indent=2, ensure_ascii=False) + "\n"


class AnyEnv(dict):
    """An environment in which every `${env:NAME}` is set: for validating a config whose variables come later."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> str:
        return os.environ.get(key, "x")


def as_checked(value: Any, key: str = "") -> Any:
    """A config value as install validates it (with `AnyEnv`): `${env:NAME:-default}` is its default where NAME is not
    set here, and a url that starts with an unset variable (`${env:BASE}/mcp`) gets a stand-in address."""
    if isinstance(value, dict):
        return {k: as_checked(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [as_checked(v) for v in value]
    if not isinstance(value, str) or "${env:" not in value:
        return value

    def fill(m: re.Match[str]) -> str:
        name, default = m.group(1), m.group(2)
        if name in os.environ:
            return m.group()
        if default is not None:
            return default
        return "http://stand-in.invalid" if key == "url" and m.start() == 0 else m.group()

    return config_mod._ENV_REF.sub(fill, value)


def run_install(
    client_name: str,
    client_config: str | None,
    gateway_config: str | None,
    dry_run: bool,
    secrets_mode: str | None,
    launch_mode: str,
    force: bool = False,
    project: str | None = None,
) -> int:
    """Install the gateway into one client (its file in `project`, when given); 0 when done (or already done)."""
    client = client_named(client_name)
    client_file = _client_file(client, client_config, project)
    raw = _read(client_file)
    text = _decode(raw, client_file) if raw is not None else ""
    gw_path = _gateway_path(client, client_file, text, gateway_config)
    gw_raw = _read(gw_path)
    gateway: dict[str, Any] = {"mcpServers": {}}
    if gw_raw is not None:
        try:
            gateway = config_mod.parse_json(_gateway_text(gw_raw, gw_path) or "{}", gw_path)
        except config_mod.ConfigError as exc:
            raise InstallError(str(exc)) from None
        if not isinstance(gateway, dict):
            raise InstallError(f"the gateway config {gw_path} holds no JSON object")
    command, args = gateway_command(gw_path, launch_mode)
    folder = workspace_of(client_file)
    if folder:  # (the project's servers run for it wherever the client starts the gateway)
        args = [*args, "--project", folder]
    plan = plan_install(client, client_file, text, gateway, (command, args))
    added = [m.gateway_name for m in plan.moved if m.added]
    count = sum(len(_find_secrets(n, plan.gateway["mcpServers"][n])) for n in added)
    mode = _choose_secrets(secrets_mode, count) if not dry_run else (secrets_mode or "file")
    env_names: list[str] = []
    if mode == "env":
        taken: set[str] = set()
        for m in plan.moved:
            if m.added:
                env_names += _to_env_refs(m.gateway_name, plan.gateway["mcpServers"][m.gateway_name], taken)
    if not plan.gateway["mcpServers"] and plan.kept:  # (servers there, none the gateway can run as they are)
        why = "; ".join(f"{name} ({reason})" for name, reason in plan.kept)
        raise InstallError(
            f"nothing to install: the {len(plan.kept)} server(s) in {client.title}'s config {client_file} cannot run "
            f"in the gateway as they are: {why}; fix them there, or add servers to the gateway config {gw_path}"
        )
    if not plan.gateway["mcpServers"]:
        where = f"{client.title}'s config {client_file}" if raw is not None else f"{client_file} (no such file)"
        raise InstallError(
            f"nothing to install: no MCP servers in {where}, nor in the gateway config {gw_path}; "
            + (
                _settings_hint(client, client_file)
                or "add servers to either, or name the client's file with --client-config PATH"
            )
        )
    try:
        config_mod.parse(as_checked(json.loads(json.dumps(plan.gateway))), str(gw_path), environ=AnyEnv())
    except config_mod.ConfigError as exc:
        said = _refused_entry(plan, client_file)
        said = said or f"the servers would not make a valid gateway config: {str(exc).splitlines()[0]}"
        raise InstallError(said) from None
    gw_before = _gateway_text(gw_raw, gw_path) if gw_raw is not None else ""
    gw_text = _gateway_after(gw_before, plan)
    client_changed = plan.client_text != (text if raw is not None else None)
    gateway_changed = gw_text != gw_before
    sides = _side_edits(client, client_file, text, plan) if client.name == "claude-code" else []
    if not client_changed and not gateway_changed and not sides:
        print(f"{client.title} already runs the gateway ({client_file}); nothing changed")
        return 0
    if dry_run:
        print(_diff(text, plan.client_text, str(client_file)), end="")
        print(_diff(gw_before, gw_text, str(gw_path)), end="")
        for side in sides:
            print(_diff(side.before, side.after, str(side.file)), end="")
        for name, why in plan.kept:  # (what would stay in the client, and why, as the install itself says)
            print(f"kept {name} in {client.title}: it {why}")
        print("(dry run: nothing was written)")
        return 0
    _not_while_running(client, client_file, force)
    for side in sides:
        _not_while_running(client, side.file, force)
    record = _load_record(client_file)
    written: list[tuple[Path, bytes | None, int]] = []
    try:
        record = _install_files(
            client,
            client_file,
            client_config,
            project,
            raw,
            gw_path,
            gw_raw,
            gw_text,
            plan,
            sides,
            record,
            partial(_tracked, written),
        )
    except OSError as exc:
        _put_back(written)
        raise _cannot_write(exc) from None
    _report_install(client, client_file, gw_path, plan, record, mode, env_names)
    return 0


def _cannot_write(exc: OSError) -> InstallError:
    """The one line for a write refused midway (after what was written is put back)."""
    path = getattr(exc, "smg_path", None) or exc.filename
    return InstallError(
        f"cannot write {path} ({exc.strerror}): make it and its folder writable by you (they may belong to "
        "another user, made with sudo), then run the command again; nothing was changed"
    )


def _tracked_unlink(written: list[tuple[Path, bytes | None, int]], path: Path) -> None:
    """Remove a file, noting what it held (to put back if a later write fails)."""
    before, was = _read(path), _mode(path, 0o600)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        exc.smg_path = path  # type: ignore[attr-defined]
        raise
    written.append((path, before, was))


def _tracked(written: list[tuple[Path, bytes | None, int]], path: Path, data: bytes, mode: int) -> None:
    """Write a file of an install, noting what it held before (to put back if a later write fails)."""
    before, was = _read(path), _mode(path, 0o644)
    try:
        _write(path, data, mode)
    except OSError as exc:
        exc.smg_path = path  # type: ignore[attr-defined]  # (the file meant, not the temporary one beside it)
        raise
    written.append((path, before, was))


def _put_back(written: list[tuple[Path, bytes | None, int]]) -> None:
    """Undo the writes of an install that could not finish (best effort: the first failure was already said)."""
    for path, before, mode in reversed(written):
        with contextlib.suppress(OSError):
            if before is None:
                path.unlink(missing_ok=True)
            else:
                _write(path, before, mode)


def _install_files(
    client: Client,
    client_file: Path,
    client_config: str | None,
    project: str | None,
    raw: bytes | None,
    gw_path: Path,
    gw_raw: bytes | None,
    gw_text: str,
    plan: Plan,
    sides: list[SideEdit],
    record: dict[str, Any] | None,
    put: Any,
) -> dict[str, Any]:
    """Write an install (the backup, the gateway config, the client file, the side files, the record); the record."""
    if record is None:
        backup = None
        if raw is not None:
            backup = client_file.with_name(client_file.name + BACKUP_SUFFIX)
            n = 1
            while backup.exists():
                n += 1
                backup = client_file.with_name(f"{client_file.name}{BACKUP_SUFFIX}.{n}")
            put(backup, raw, 0o600)
        record = {
            "client": client.name,
            "client_config": str(client_file.absolute()),
            "existed": raw is not None,
            "mode": _mode(client_file, 0o644),
            "backup": str(backup) if backup else None,
            "gateway_config": str(gw_path),
            "gateway_existed": gw_raw is not None,
            "gateway_sha256_before": _sha(gw_raw),
            "gateway_servers_before": sorted(_server_names(gw_raw)),
            "moved": [],
            "exact": True,
            "custom": client_config is not None,
            "project": str(Path(project).expanduser().absolute()) if project else None,
        }
    elif record.get("backup") and raw is not None and _read(Path(record["backup"])) == raw:
        record["exact"] = True  # (the original put back by hand: the backup holds all of it again)
    elif plan.moved or _sha(raw) != record.get("written_sha256"):
        record["exact"] = False  # the backup no longer holds everything the file should go back to
    put(gw_path, gw_text.encode("utf-8"), 0o600)
    new_client = plan.client_text.encode("utf-8")
    put(client_file, new_client, _mode(client_file, 0o644))
    servers = plan.gateway["mcpServers"]
    record["moved"] = record.get("moved", []) + [
        {**m.__dict__, "entry_sha256": _entry_sha(servers.get(m.gateway_name))} for m in plan.moved
    ]
    record["entry"] = [*plan.entry_location, plan.entry_name]
    record["renamed"] = record.get("renamed", []) + plan.renamed
    record["written_sha256"] = _sha(new_client)
    record["gateway_sha256"] = _sha(gw_text.encode("utf-8"))
    record["side"] = _write_sides(client_file, sides, record.get("side", []), put)
    put(_record_path(client_file), (json.dumps(record, indent=2) + "\n").encode(), 0o600)
    return record


def _report_install(
    client: Client, client_file: Path, gw_path: Path, plan: Plan, record: dict[str, Any], mode: str, env: list[str]
) -> None:
    names = ", ".join(m.gateway_name for m in plan.moved) or "none new"
    print(f"moved {len(plan.moved)} server(s) from {client_file} into {gw_path}: {names}")
    scoped: dict[str, list[str]] = {}
    for m in plan.moved:
        project = (plan.gateway["mcpServers"].get(m.gateway_name) or {}).get("project")
        if project:
            scoped.setdefault(project, []).append(m.gateway_name)
    for project, names in scoped.items():
        how = "for it (its entry there passes --project)" if workspace_of(client_file) else "there"
        print(f"{', '.join(names)} (project {project}): run only when {client.title} starts the gateway {how}")
    for name, why in plan.kept:
        print(f"kept {name} in {client.title}: it {why}")
    for name, keys in plan.dropped.items():
        print(f"{name}: {client.title}-only settings not carried over: {', '.join(keys)}")
    print(f"{client.title} now starts the gateway as {plan.entry_name!r}: {client_file}")
    if plan.renamed:
        print(f"renamed {len(plan.renamed)} tool permission rule(s) to the tools' names behind the gateway")
    for side in plan.sides:
        renamed = sum(1 for r in side.renamed if r["from"] is not None)
        if renamed:
            print(f"renamed {renamed} tool permission rule(s) in {side.file} (put back by uninstall)")
        if renamed < len(side.renamed):
            print(
                f"approved {plan.entry_name!r} in {side.file} where the servers it now runs were approved "
                "(enabledMcpjsonServers; taken back by uninstall)"
            )
    if plan.whole_server_rules:
        print(
            f"left as they were: {', '.join(sorted(set(plan.whole_server_rules)))} (a rule for all of one server's "
            f"tools cannot be said behind the gateway; {client.title} asks once for each of its tools instead)"
        )
    if record.get("backup"):
        print(f"backup of the original: {record['backup']}")
    if env:
        print(
            "secrets were replaced by ${env:NAME}; set these in the environment that starts the client "
            f"(the values are in the backup): {', '.join(sorted(set(env)))}"
        )
    elif mode == "file":
        print("the gateway config is readable only by you (mode 0600)")
    me = shell_command()
    print(f"check it:  {me} check --probe --config {gw_path}")
    print(f"restart {client.title} (quit it fully first) to use it; undo with: {_undo_command(record)}")


def _undo_command(record: dict[str, Any]) -> str:
    """The command that undoes the install of `record`."""
    return (
        f"{shell_command()} uninstall --client {record.get('client')}"
        + (f" --project {record['project']}" if record.get("project") else "")
        + (f" --client-config {record['client_config']}" if record.get("custom") else "")
    )


def _gateway_path(client: Client, client_file: Path, text: str, named: str | None) -> Path:
    """The gateway config to install into: the one the client's entry already starts the gateway with (its servers
    keep running), else `--config` or the default; an entry and a `--config` naming two files are refused."""
    path = config_mod.locate(named).absolute()
    data = _parse(text, client_file) if text.strip() else {}
    top = client.top(data, client_file)
    servers = _member(data, list(top))
    ours = (
        [(n, e) for n, e in servers.items() if is_ours(e) and not in_container(e)] if isinstance(servers, dict) else []
    )
    theirs = config_of(ours[0][1]) if ours else None  # (the entry install would rewrite: the first of ours)
    if theirs is None:
        return path
    try:  # (as the client fills it in: `${userHome}`, `${env:NAME}`)
        filled = config_mod.expand_env(fill_in(client, theirs, Location(top)), os.environ)
    except (NotMovable, config_mod.ConfigError):
        filled = theirs
    if "${" in filled:
        raise InstallError(
            f"{client_file}: {'.'.join(top)}.{ours[0][0]} starts the gateway with the config {theirs!r}, which cannot "
            "be read here (a variable only the client fills in); pass --config with that file's path"
        )
    running = Path(filled).expanduser().absolute()
    if running.resolve() == path.resolve():
        return path
    if named or os.environ.get(config_mod.CONFIG_ENV):
        raise InstallError(
            f"{client_file}: {'.'.join(top)}.{ours[0][0]} already starts the gateway with the config {running}; "
            f"installing into {path} would point it there, and the servers of {running} would stop running. Pass "
            f"--config {running} to add {client.title}'s servers to it (or remove that entry to start over)"
        )
    return running


def _client_file(client: Client, client_config: str | None, project: str | None) -> Path:
    """The client file named (`--client-config`), the client's own file in a project (`--project`), or its
    user-level file."""
    if client_config and project:
        raise InstallError("give --client-config or --project, not both")
    if project:
        return client.project_path(project)
    return Path(client_config).expanduser() if client_config else client.default_path()


# --- uninstall -----------------------------------------------------------------------------------


def run_uninstall(
    client_name: str, client_config: str | None, dry_run: bool, force: bool = False, project: str | None = None
) -> int:
    """Put a client's config back as it was before `install`; 0 when done (or nothing to undo)."""
    client = client_named(client_name)
    client_file = _client_file(client, client_config, project)
    record = _load_record(client_file)
    raw = _read(client_file)
    if record is None:
        print(f"the gateway is not installed in {client_file} (no install record); nothing to undo")
        for other in _other_records(client_file):  # (installed with --project or --client-config, for instance)
            if other.get("client") == client.name and other.get("client_config"):
                print(f"it is installed in {other['client_config']}; undo that with: {_undo_command(other)}")
        return 0
    backup = Path(record["backup"]) if record.get("backup") else None
    original = _read(backup) if backup else None
    lost = backup is not None and original is None  # (the record alone puts the servers back, less exactly)
    exact = not lost and record.get("exact", True) and _sha(raw) == record.get("written_sha256")
    if exact:
        new: bytes | None = original if record.get("existed") else None
    else:
        new = _structural_undo(client, client_file, raw, record)
    gw_path = Path(record["gateway_config"])
    kept: list[str] = []
    gw_new = _gateway_undo(client_file, gw_path, record, kept)
    if dry_run:
        before = _decode(raw, client_file) if raw is not None else ""
        after = _decode(new, client_file) if new is not None else ""
        print(_diff(before, after, str(client_file)), end="")
        if gw_new is not False:
            gw_before = (_read(gw_path) or b"").decode("utf-8", "replace")
            print(_diff(gw_before, (gw_new or b"").decode("utf-8", "replace"), str(gw_path)), end="")
        _undo_sides(record, dry_run=True)
        print("(dry run: nothing was written)")
        return 0
    _not_while_running(client, client_file, force)
    for side in record.get("side", []):
        _not_while_running(client, Path(side["file"]), force)
    written: list[tuple[Path, bytes | None, int]] = []
    leftovers: list[Path] = []
    try:
        put = partial(_tracked, written)
        sides_said = _undo_sides(record, dry_run=False, put=put, leftovers=leftovers)
        if new is None:
            _tracked_unlink(written, client_file)
        else:
            put(client_file, new, int(record.get("mode", 0o644)))
        if gw_new is None:
            _tracked_unlink(written, gw_path)
        elif gw_new is not False:
            put(gw_path, gw_new, 0o600)
        _tracked_unlink(written, _record_path(client_file))
    except OSError as exc:
        _put_back(written)
        raise _cannot_write(exc) from None
    for done in [*leftovers, *([backup] if exact and backup else [])]:  # (backups go once all else is back)
        with contextlib.suppress(OSError):
            done.unlink(missing_ok=True)
    if exact:
        print(f"restored {client_file} exactly as it was before the install")
    elif lost:
        print(
            f"the backup {backup} is missing: removed the gateway entry and put back "
            f"{len(record.get('moved', []))} server(s) in {client_file} from the install record (as they were; the "
            "file's layout around them may differ)"
        )
    else:
        print(
            f"{client_file} changed since the install: removed the gateway entry and put back "
            f"{len(record.get('moved', []))} server(s), keeping the later changes; the original is still in {backup}"
        )
    if gw_new is None:
        print(f"removed {gw_path}, which the install had created")
    elif gw_new is not False:
        print(f"removed the moved servers from {gw_path}")
    for name in kept:
        print(
            f"kept {name} in {gw_path}: you changed it there since the install ({client.title} has it back as it was "
            "before the install; copy your change over, or delete it from the gateway config)"
        )
    added = _added_since(client, client_file, new, gw_path, gw_new, record)
    if added:
        print(
            f"{gw_path} also holds {len(added)} server(s) added since the install: {', '.join(added)}; "
            f"{client.title} no longer starts them: add them to its config to keep using them (or install again)"
        )
    for line in sides_said:
        print(line)
    print(f"restart {client.title} to use its servers directly again")
    return 0


def _server_names(raw: bytes | None) -> list[str]:
    """The server names of a gateway config's text (none when it is missing or unreadable)."""
    try:
        servers = json.loads(config_mod.decode_text(raw))["mcpServers"] if raw else {}
    except (ValueError, KeyError, TypeError):
        return []
    return list(servers) if isinstance(servers, dict) else []


def _added_since(
    client: Client, client_file: Path, new: bytes | None, gw_path: Path, gw_new: bytes | bool | None, record: Any
) -> list[str]:
    """The servers added to the gateway config since the install that, after the undo, nothing installed starts: the
    client's file put back does not start the gateway, and no other install uses that config."""
    if gw_new is None or (record.get("gateway_existed") and "gateway_servers_before" not in record):
        return []
    if any(r.get("gateway_config") == str(gw_path) for r in _other_records(client_file)):
        return []
    try:
        data = jsonedit.loads(new.decode("utf-8")) if new else {}
    except (UnicodeDecodeError, ValueError):
        return []
    for location in client.locations(data, client_file) if isinstance(data, dict) else []:
        holder = _at(data, list(location.path))
        if isinstance(holder, dict) and any(is_ours(e) for e in holder.values()):
            return []
    known = {*record.get("gateway_servers_before", []), *(m.get("gateway_name") for m in record.get("moved", []))}
    names = _server_names(gw_new if isinstance(gw_new, bytes) else _read(gw_path))
    return [n for n in names if n not in known]


def _structural_undo(client: Client, client_file: Path, raw: bytes | None, record: dict[str, Any]) -> bytes | None:
    text = _decode(raw, client_file) if raw is not None else "{}\n"
    _parse(text, client_file)
    entry = record.get("entry")
    if entry:
        text = jsonedit.remove_member(text, list(entry))
    for moved in record.get("moved", []):
        path = [*moved["location"], moved["name"]]
        if jsonedit.find(text, path) is None:
            text = jsonedit.set_member(text, path, moved["original"])
    by_path: dict[tuple[str, ...], dict[str, str]] = {}
    for renamed in record.get("renamed", []):
        by_path.setdefault(tuple(renamed["path"]), {})[renamed["to"]] = renamed["from"]
    for path, back in by_path.items():  # (rules added since the install stay as they are)
        rules = _at(jsonedit.loads(text), list(path))
        if isinstance(rules, list):
            old = [back.get(r, r) if isinstance(r, str) else r for r in rules]
            if old != rules:
                text = jsonedit.set_member(text, list(path), old)
    return text.encode("utf-8")


def _at(data: Any, path: list[str]) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _gateway_undo(client_file: Path, gw_path: Path, record: dict[str, Any], kept: list[str]) -> bytes | bool | None:
    """The gateway config after the undo: bytes, None to delete it, False to leave it alone; a moved server the user
    changed in it since the install stays (its name added to `kept`)."""
    raw = _read(gw_path)
    if raw is None:
        return False
    if not record.get("gateway_existed") and _sha(raw) == record.get("gateway_sha256"):
        still_used = any(r.get("gateway_config") == str(gw_path) for r in _other_records(client_file))
        if not still_used:
            return None
    try:
        text = config_mod.decode_text(raw)
        servers = json.loads(text)["mcpServers"]
    except (ValueError, KeyError, TypeError):
        return False
    used = {
        m.get("gateway_name")
        for r in _other_records(client_file)
        if r.get("gateway_config") == str(gw_path)
        for m in r.get("moved", [])
    }
    changed = False
    for moved in record.get("moved", []):
        name = moved["gateway_name"]
        if moved.get("added") and name in servers and name not in used:
            was = moved.get("entry_sha256")
            if was is not None and _entry_sha(servers[name]) != was:
                kept.append(name)
                continue
            text = jsonedit.remove_member(text, ["mcpServers", name])  # (the rest of the file as it is)
            changed = True
    return text.encode("utf-8") if changed else False
