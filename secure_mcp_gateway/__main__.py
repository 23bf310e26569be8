"""`python -m secure_mcp_gateway`."""

from secure_mcp_gateway.cli import main

raise SystemExit(main())
