"""The roots a server shared by several users' clients is given: only folders within what each user gave."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.roots import shared


def _roots(*uris: str) -> list[dict[str, str]]:
    return [{"uri": uri, "name": uri.rsplit("/", 1)[-1]} for uri in uris]


@pytest.mark.parametrize(
    ("ann", "bob", "expected"),
    [
        (["file:///srv/shared"], ["file:///srv/shared/web"], ["file:///srv/shared/web"]),
        (["file:///srv/shared"], ["file:///srv/shared"], ["file:///srv/shared"]),
        (["file:///srv/shared"], ["file:///srv/sharedother"], []),
        (["file:///srv/shared"], ["file://otherhost/srv/shared/web"], []),
        # a folder named through `..` (plain, percent-encoded, backslashes) is where it resolves to
        (["file:///srv/shared"], ["file:///srv/shared/../ann/private"], []),
        (["file:///srv/shared"], ["file:///srv/shared/%2e%2e/ann"], []),
        (["file:///srv/shared"], ["file:///srv/shared/web/%2E%2E/%2E%2E/ann"], []),
        (["file:///srv/shared"], ["file:///srv/shared/web\\..\\..\\ann"], []),
        (["file:///srv/shared/../ann"], ["file:///srv/ann/notes"], ["file:///srv/ann/notes"]),
        (["file:///srv/shared"], ["file:///srv/shared/./web/"], ["file:///srv/shared/./web/"]),
    ],
)
def test_only_folders_within_what_each_user_gave(ann: list[str], bob: list[str], expected: list[str]) -> None:
    got = shared([("ann", _roots(*ann)), ("bob", _roots(*bob))])
    assert [r["uri"] for r in got] == expected


def test_one_users_clients_count_as_one_and_their_roots_are_taken_together() -> None:
    got = shared([("ann", _roots("file:///a")), ("ann", _roots("file:///b"))])
    assert [r["uri"] for r in got] == ["file:///a", "file:///b"]
