"""`secure-mcp-gateway cache stats|clear`."""

from __future__ import annotations

from secure_mcp_gateway.cache import format_stats
from secure_mcp_gateway.cache_redis import open_cache
from secure_mcp_gateway.config import GatewayConfig


def run_cache(config: GatewayConfig, action: str) -> int:
    """Print the cache statistics, or clear it."""
    cache = open_cache(config.cache.model_copy(update={"enabled": True}))
    try:
        if action == "clear":
            removed = cache.clear()
            print(f"cleared {removed} entries from {cache.directory}")
        else:
            print(format_stats(cache.stats()))
    finally:
        cache.close()
    return 0
