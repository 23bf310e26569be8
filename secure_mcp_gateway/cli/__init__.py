"""Command line: serve (the default) and the commands around it; the only package that prints to stdout."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from secure_mcp_gateway import __version__
from secure_mcp_gateway import config as config_mod
from secure_mcp_gateway.cli.errors import CliError
from secure_mcp_gateway.config import ConfigError, GatewayConfig

EXIT_CONFIG = 2
DEBUG_ENV = "SECURE_MCP_GATEWAY_DEBUG"
CLIENT_NAMES = ("claude-desktop", "claude-code", "cursor", "vscode", "windsurf")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        "-c",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the gateway's config file (default: $SECURE_MCP_GATEWAY_CONFIG, else config.json in the user "
        "config directory)",
    )
    common.add_argument(
        "--project",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="a client project: install/uninstall use its own file (.cursor/mcp.json, .vscode/mcp.json, .mcp.json); "
        "the gateway runs that project's servers as if started there",
    )
    common.add_argument(
        "--log-level",
        choices=["debug", "info", "warning", "error"],
        default=argparse.SUPPRESS,
        help="stderr log level (default: gateway.log_level from the config)",
    )
    p = argparse.ArgumentParser(
        prog="secure-mcp-gateway",
        description="One MCP server that runs and guards every MCP server in your config. Your MCP client "
        "starts it (over stdio, the default command); the other commands set it up and look at it.",
        epilog="Start here: 'secure-mcp-gateway demo', then 'secure-mcp-gateway install --client claude-desktop'.",
        parents=[common],
    )
    p.add_argument("--version", action="version", version=f"secure-mcp-gateway {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", help="what to do (default: serve)")

    def add(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=text, description=text[0].upper() + text[1:] + ".")

    serve = add("serve", "serve MCP over stdio for one client (what a client runs; the default), or over HTTP")
    serve.add_argument(
        "--http",
        metavar="[HOST:]PORT",
        help="serve MCP's streamable HTTP transport at /mcp for many clients (host defaults to 127.0.0.1)",
    )
    check = add("check", "validate the config and show what would run")
    check.add_argument("--probe", action="store_true", help="also start every server once and list its tools")
    check.add_argument("--json", action="store_true", help="print the result as JSON, for scripts")
    check.add_argument("--verbose", "-v", action="store_true", help="with --probe: show the servers' logs too")
    demo = add(
        "demo",
        "watch the gateway at work on a bundled example (a throwaway config; only the compiled detectors are kept)",
    )
    demo.add_argument("--keep", action="store_true", help="keep the demo's directory (config, log, audit trail)")
    for name, text in (
        ("install", "move a client's MCP servers behind the gateway and point the client at it"),
        ("uninstall", "undo 'install': put the client's config back as it was"),
    ):
        cmd = add(name, text)
        cmd.add_argument("--client", required=True, metavar="NAME", help=f"the client: {', '.join(CLIENT_NAMES)}")
        cmd.add_argument(
            "--client-config", metavar="PATH", help="the client's config file, if not at its standard place"
        )
        cmd.add_argument("--dry-run", action="store_true", help="print the changes as a diff; write nothing")
        cmd.add_argument(
            "--force", action="store_true", help="write even while the client app is running (it may undo the change)"
        )
        if name == "install":
            cmd.add_argument(
                "--secrets",
                choices=["file", "env"],
                help="secret values found in the servers: keep them in the gateway config, readable only by you "
                "(file, the default), or replace them with ${env:NAME} references (env); asked on a terminal",
            )
            cmd.add_argument(
                "--launch",
                choices=["auto", "script", "uvx"],
                default="auto",
                help="how the client starts the gateway: the absolute path of the installed command (script), "
                "'uvx --from <source>' (uvx), or whichever fits this installation (auto, the default)",
            )
    init = add("init", "write a gateway config from a client's MCP servers, leaving the client's file alone")
    init.add_argument("--from", dest="source", metavar="PATH", help="the client config to read (default: found)")
    init.add_argument(
        "--client",
        metavar="NAME",
        help="read this client's own config: claude-desktop, claude-code, cursor, vscode, windsurf",
    )
    init.add_argument("--force", action="store_true", help="replace an existing gateway config")
    status = add("status", "show the running gateways of this user: servers, breakers, cache, the last hour")
    status.add_argument("--json", action="store_true", help="print the status as JSON, for scripts")
    cache = add("cache", "look at or clear the local disk cache")
    cache.add_argument(
        "action", choices=["stats", "clear"], help="stats: entries, size and hit rate; clear: empty the cache"
    )
    from secure_mcp_gateway.cli.audit import add_parser as add_audit

    add_audit(sub, common)
    from secure_mcp_gateway.cli.pins import add_parsers as add_pins

    add_pins(sub, common)
    return p


def _load_or_defaults(args: argparse.Namespace) -> tuple[GatewayConfig, Path, bool]:
    """The config, or the defaults when no file was named and none exists (cache and audit need none)."""
    path = config_mod.locate(getattr(args, "config", None))
    explicit = getattr(args, "config", None) or os.environ.get(config_mod.CONFIG_ENV)
    if not explicit and not path.exists():
        return config_mod.parse({}, "(defaults)"), path, False
    return config_mod.load(path), path, True


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `secure-mcp-gateway` command: one line and an exit code on any failure."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `... | head` closed our stdout: not an error
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return 0
    except ConfigError as exc:
        print(f"secure-mcp-gateway: invalid config\n{exc}", file=sys.stderr)
        return EXIT_CONFIG
    except (CliError, ValueError) as exc:
        print(f"secure-mcp-gateway: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        print(f"secure-mcp-gateway: {type(exc).__name__}: {exc} (set {DEBUG_ENV}=1 for details)", file=sys.stderr)
        return 1


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "serve"
    project = getattr(args, "project", None)
    config_mod.run_for(project)
    if command == "demo":
        from secure_mcp_gateway.cli.demo import run_demo

        if getattr(args, "config", None):
            print("secure-mcp-gateway: demo runs its own bundled config; --config is not used", file=sys.stderr)
        return run_demo(keep=args.keep)
    if command == "init":
        from secure_mcp_gateway.cli.init import run_init

        return run_init(args.source, getattr(args, "config", None), args.force, args.client)
    if command == "install":
        from secure_mcp_gateway.cli.install import run_install

        return run_install(
            args.client,
            args.client_config,
            getattr(args, "config", None),
            args.dry_run,
            args.secrets,
            args.launch,
            force=args.force,
            project=project,
        )
    if command == "uninstall":
        from secure_mcp_gateway.cli.install import run_uninstall

        return run_uninstall(args.client, args.client_config, args.dry_run, force=args.force, project=project)
    from secure_mcp_gateway.keys import configure as configure_state

    if command == "status":
        from secure_mcp_gateway.cli.status import run_status

        config, _path, _found = _load_or_defaults(args)
        configure_state(config.state)  # status files live under `state.dir` when the config moves it

        return run_status(as_json=args.json)
    if command in ("pins", "approve"):
        config, _path, found = _load_or_defaults(args)
        configure_state(config.state)
        from secure_mcp_gateway.cli.pins import run_approve, run_pins

        servers = set(config.mcp_servers) if found else None  # (a server name is checked against a config file's)
        return run_pins(args, config, servers) if command == "pins" else run_approve(args, config, servers)
    if command in ("audit", "cache"):
        if command == "audit" and args.file:
            from secure_mcp_gateway.cli.audit import run_audit

            return run_audit(None, args)  # an explicit file needs no config
        config, path, _found = _load_or_defaults(args)
        configure_state(config.state)
        if command == "audit":
            from secure_mcp_gateway.cli.audit import run_audit

            return run_audit(config, args)
        from secure_mcp_gateway.cli.cache import run_cache

        return run_cache(config, args.action, path if _found else None)
    path = config_mod.locate(getattr(args, "config", None))
    config = config_mod.load(path)
    configure_state(config.state)  # where the key and state live, for every part built below
    from secure_mcp_gateway.logs import setup_logging

    setup_logging(getattr(args, "log_level", None) or config.gateway.log_level, format=config.gateway.log_format)
    if command == "check":
        if args.probe:  # (the servers' lists are screened as a gateway's start screens them, with the detectors it
            from secure_mcp_gateway.serve import store_compiled  # compiled and kept: set before they are imported)

            store_compiled(config)
        from secure_mcp_gateway.cli.check import run_check

        return run_check(config, path, probe=args.probe, as_json=args.json, verbose=args.verbose)
    from secure_mcp_gateway.memory import return_large_blocks, tune_collector

    return_large_blocks()  # a long-running server: large messages' memory goes back to the system
    if getattr(args, "http", None):
        from secure_mcp_gateway.serve_http import CannotServe, check_bind, parse_bind, serve_http

        try:
            check_bind(config, parse_bind(args.http)[0])
            tune_collector()
            return asyncio.run(serve_http(config, path, args.http))
        except ConfigError as exc:
            what = "cannot serve" if isinstance(exc, CannotServe) else "invalid config"
            print(f"secure-mcp-gateway: {what}\n{exc}", file=sys.stderr)
            return EXIT_CONFIG
        except KeyboardInterrupt:
            return 130
    from secure_mcp_gateway.serve import serve

    if sys.stdin is not None and sys.stdin.isatty():  # stdin may be closed
        print(
            f"secure-mcp-gateway {__version__}: serving {len(config.servers)} server(s) from {path} over stdio, "
            "waiting for an MCP client on stdin (a client such as Claude Desktop starts this for you; "
            "Ctrl-C to stop; 'secure-mcp-gateway --help' for the other commands)",
            file=sys.stderr,
        )
    tune_collector()  # (the modules that serve are loaded now)
    try:
        return asyncio.run(serve(config, path))
    except KeyboardInterrupt:
        return 130
