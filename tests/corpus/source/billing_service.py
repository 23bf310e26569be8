"""Billing service: invoices, payment retries and webhook verification."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from dataclasses import dataclass, field

from pydantic import SecretStr

log = logging.getLogger(__name__)

API_BASE = "https://api.payments.example.com/v2"
DEFAULT_TIMEOUT = 30
RETRY_DELAYS = (1, 2, 4, 8, 16)


@dataclass
class Credentials:
    api_key: SecretStr
    password: str | None = None
    token_url: str = f"{API_BASE}/oauth/token"
    scopes: list[str] = field(default_factory=lambda: ["invoices:read", "invoices:write"])


def load_credentials() -> Credentials:
    api_key = os.environ["PAYMENTS_API_KEY"]
    password = os.getenv("PAYMENTS_PASSWORD")
    return Credentials(api_key=SecretStr(api_key), password=password)


def verify_signature(payload: bytes, signature: str, secret: bytes) -> bool:
    expected = hmac.new(secret, payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


class InvoiceClient:
    def __init__(self, credentials: Credentials, session=None) -> None:
        self.credentials = credentials
        self.session = session
        self.access_token: str | None = None
        self.refresh_token = None

    def authenticate(self) -> str:
        token = self._fetch_token(self.credentials.api_key.get_secret_value())
        self.access_token = token
        return token

    def _fetch_token(self, key: str) -> str:
        response = self.session.post(
            self.credentials.token_url, data={"grant_type": "client_credentials"}, auth=(key, "")
        )
        response.raise_for_status()
        return response.json()["access_token"]

    def invoice(self, invoice_id: str) -> dict:
        headers = {"Authorization": f"Bearer {self.access_token}", "Idempotency-Key": invoice_id}
        return self.session.get(f"{API_BASE}/invoices/{invoice_id}", headers=headers, timeout=DEFAULT_TIMEOUT).json()

    def retry_failed(self, invoices: list[dict]) -> int:
        retried = 0
        for inv in invoices:
            if inv["status"] == "failed" and inv.get("attempts", 0) < len(RETRY_DELAYS):
                log.info("retrying invoice %s (attempt %d)", inv["id"], inv["attempts"] + 1)
                retried += 1
        return retried


def mask(value: str, keep: int = 4) -> str:
    """Show only the last characters of a card number or key: ************4242."""
    return "*" * max(0, len(value) - keep) + value[-keep:]


if __name__ == "__main__":
    creds = load_credentials()
    client = InvoiceClient(creds)
    print(mask(creds.api_key.get_secret_value()))
