"""`secure-mcp-gateway cache stats|clear`."""

from __future__ import annotations

import sys
from pathlib import Path

from secure_mcp_gateway.cache import cache_directory, format_stats
from secure_mcp_gateway.cache_redis import open_cache
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import compiled_store


def run_cache(config: GatewayConfig, action: str, source: Path | None = None) -> int:
    """Print the cache statistics (saying so when the cache is off), or clear it."""
    directory = cache_directory(config.cache)
    if config.cache.backend == "disk" and not directory.exists():  # looking must not create it
        state = "on" if config.cache.enabled else "off (cache.enabled is false)"
        print(f"Cache directory: {directory}\nStatus:          {state}; nothing cached yet (no such directory)")
        return 0
    cache = open_cache(config.cache.model_copy(update={"enabled": True}))
    try:
        if action == "clear":
            removed = cache.clear()
            print(f"cleared {removed} entries from {cache.directory}")
            compiled, failed = compiled_store.clear(directory / "hyperscan")
            if compiled:
                print(f"removed {compiled} compiled detector databases from {directory / 'hyperscan'}")
            if failed is not None:
                reason = failed.strerror or type(failed).__name__
                print(
                    f"could not remove the compiled detector databases in {directory / 'hyperscan'}: {reason}",
                    file=sys.stderr,
                )
                return 1
        else:
            stats = cache.stats()
            stats["enabled"] = config.cache.enabled  # opened to read it, but the gateway does not use it
            text = format_stats(stats)
            if not config.cache.enabled and source is not None:
                text = text.replace("(cache.enabled is false)", f"(cache.enabled is false in {source})")
            print(text)
            if source is None:
                print("(no config file: the default settings)")
    finally:
        cache.close()
    return 0
