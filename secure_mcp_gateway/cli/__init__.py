"""Command line: serve (the default), check, demo, cache and audit; the only module that prints to stdout."""

from __future__ import annotations

import argparse
import asyncio
import sys

from secure_mcp_gateway import __version__
from secure_mcp_gateway import config as config_mod
from secure_mcp_gateway.config import ConfigError

EXIT_CONFIG = 2


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        "-c",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="config file (default: $SECURE_MCP_GATEWAY_CONFIG, else the user config directory)",
    )
    common.add_argument(
        "--log-level",
        choices=["debug", "info", "warning", "error"],
        default=argparse.SUPPRESS,
        help="stderr log level (default: gateway.log_level from the config)",
    )
    p = argparse.ArgumentParser(
        prog="secure-mcp-gateway",
        description="One stdio MCP server that runs and guards every MCP server in your config.",
        parents=[common],
    )
    p.add_argument("--version", action="version", version=f"secure-mcp-gateway {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("serve", parents=[common], help="serve MCP over stdio (the default)")
    check = sub.add_parser("check", parents=[common], help="validate the config and show what would run")
    check.add_argument("--probe", action="store_true", help="also start every server and list its tools")
    sub.add_parser("demo", parents=[common], help="watch the gateway at work on a bundled example config")
    init = sub.add_parser("init", parents=[common], help="write a gateway config from your client's MCP servers")
    init.add_argument("--from", dest="source", metavar="PATH", help="client config to read (default: found)")
    init.add_argument("--force", action="store_true", help="replace an existing gateway config")
    cache = sub.add_parser("cache", parents=[common], help="look at or clear the local disk cache")
    cache.add_argument("action", choices=["stats", "clear"])
    from secure_mcp_gateway.cli.audit import add_parser as add_audit

    add_audit(sub, common)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `secure-mcp-gateway` command."""
    args = _parser().parse_args(argv)
    command = args.command or "serve"
    if command == "demo":
        from secure_mcp_gateway.cli.demo import run_demo

        return run_demo()
    if command == "init":
        from secure_mcp_gateway.cli.init import run_init

        return run_init(args.source, getattr(args, "config", None), args.force)
    path = config_mod.locate(getattr(args, "config", None))
    if command == "audit" and args.file:
        from secure_mcp_gateway.cli.audit import run_audit

        return run_audit(None, args)  # an explicit file needs no config
    try:
        config = config_mod.load(path)
    except ConfigError as exc:
        print(f"secure-mcp-gateway: invalid config\n{exc}", file=sys.stderr)
        return EXIT_CONFIG
    from secure_mcp_gateway.logs import setup_logging

    setup_logging(getattr(args, "log_level", None) or config.gateway.log_level, format=config.gateway.log_format)
    if command == "audit":
        from secure_mcp_gateway.cli.audit import run_audit

        return run_audit(config, args)
    if command == "cache":
        from secure_mcp_gateway.cli.cache import run_cache

        return run_cache(config, args.action)
    if command == "check":
        from secure_mcp_gateway.cli.check import run_check

        return run_check(config, path, probe=args.probe)
    from secure_mcp_gateway.serve import serve

    try:
        return asyncio.run(serve(config, path))
    except KeyboardInterrupt:
        return 130
