"""secure-mcp-gateway: one stdio MCP server that runs, proxies and guards every configured MCP server."""

__version__ = "0.1.0"
