"""A naive proxy on the MCP SDK: one stdio server whose tools/list and tools/call go to one child session."""

from __future__ import annotations

import sys
from contextlib import asynccontextmanager
from typing import Any

import anyio
import mcp.types as types
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.server import NotificationOptions, Server
from mcp.server.runner import serve_loop
from mcp.server.stdio import stdio_server


async def main() -> None:
    params = StdioServerParameters(command=sys.argv[1], args=sys.argv[2:])
    async with stdio_client(params) as (read, write), ClientSession(read, write) as child:
        await child.initialize()

        async def list_tools(ctx: Any, p: Any) -> types.ListToolsResult:
            return await child.list_tools()

        async def call_tool(ctx: Any, p: types.CallToolRequestParams) -> types.CallToolResult:
            return await child.call_tool(p.name, p.arguments)

        @asynccontextmanager
        async def lifespan(_: Any):
            yield {}

        srv = Server("naive-proxy", on_list_tools=list_tools, on_call_tool=call_tool, lifespan=lifespan)
        init = srv.create_initialization_options(NotificationOptions())
        async with stdio_server() as (r, w), srv.lifespan(srv) as state:
            await serve_loop(srv, r, w, lifespan_state=state, init_options=init)


if __name__ == "__main__":
    anyio.run(main)
