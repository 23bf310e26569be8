"""The audit trail: hash-chained JSON lines written off the event loop, their verification and reports.

Use from the gateway::

    trail = AuditTrail.from_settings(config.audit).start()
    trail.record("gateway.start", version=__version__, config=str(path), servers=sorted(config.servers))
    call = CallLine(server="files", tool="read_file", public_name="files__read_file")
    with request_scope(call.request_id):   # guardrail.* lines recorded inside carry the same request_id
        ...
        call.arguments = trail.payload(forwarded_arguments)
    trail.record_call(call)
    trail.close()                          # or `await trail.aclose()`

Files: `audit.jsonl` (newest), `audit.jsonl.1` (newest rotated) ... `audit.jsonl.N` (oldest), `audit.jsonl.lock`.
"""

from secure_mcp_gateway.audit.chain import GENESIS, trail_files
from secure_mcp_gateway.audit.records import (
    EVENTS,
    TRAIL_EVENTS,
    CallLine,
    current_request_id,
    digest,
    new_request_id,
    request_scope,
)
from secure_mcp_gateway.audit.report import follow, format_event, parse_since, read_events, summarize, summary_table
from secure_mcp_gateway.audit.scrub import SECRET, scrub, scrub_value
from secure_mcp_gateway.audit.trail import AuditStatus, AuditTrail, default_audit_path
from secure_mcp_gateway.audit.verify import Problem, VerifyReport, verify

__all__ = [
    "EVENTS",
    "GENESIS",
    "SECRET",
    "TRAIL_EVENTS",
    "AuditStatus",
    "AuditTrail",
    "CallLine",
    "Problem",
    "VerifyReport",
    "current_request_id",
    "default_audit_path",
    "digest",
    "follow",
    "format_event",
    "new_request_id",
    "parse_since",
    "read_events",
    "request_scope",
    "scrub",
    "scrub_value",
    "summarize",
    "summary_table",
    "trail_files",
    "verify",
]
