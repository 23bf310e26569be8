"""Every kind each built-in detector reports, so a config can name them and a typo is caught."""

from __future__ import annotations

import functools
from typing import Any

_FIXED: dict[str, frozenset[str]] = {
    "secrets": frozenset(
        {
            "anthropic_api_key",
            "aws_access_key_id",
            "aws_secret_access_key",
            "azure_sas_token",
            "azure_shared_access_key",
            "azure_storage_key",
            "basic_auth",
            "cloudinary_url",
            "bearer_token",
            "database_password",
            "discord_bot_token",
            "encoded_secret",
            "gcp_service_account_key",
            "generic_secret",
            "github_token",
            "gitlab_token",
            "google_api_key",
            "google_oauth_secret",
            "huggingface_token",
            "jwt",
            "npm_token",
            "openai_api_key",
            "password",
            "private_key",
            "pypi_token",
            "sendgrid_api_key",
            "slack_token",
            "slack_webhook",
            "stripe_key",
            "stripe_webhook_secret",
            "twilio_api_key",
            "url_password",
        }
    ),
    "pii": frozenset(
        {
            "aba_routing_number",
            "au_abn",
            "au_acn",
            "au_medicare",
            "au_tfn",
            "bank_account_number",
            "br_cnpj",
            "br_cpf",
            "ca_sin",
            "credit_card",
            "crypto_address",
            "de_tax_id",
            "driver_license",
            "email",
            "es_dni",
            "es_nie",
            "fi_hetu",
            "fr_insee",
            "iban",
            "in_aadhaar",
            "in_pan",
            "ip_address",
            "it_fiscal_code",
            "kr_rrn",
            "passport_number",
            "phone_number",
            "pl_pesel",
            "private_ip_address",
            "se_personnummer",
            "sg_nric",
            "ssn",
            "uk_nhs",
            "uk_nino",
            "unit_number",
            "us_itin",
        }
    ),
    "injection": frozenset(
        {
            "answer_steering",
            "chat_template_token",
            "conceal_from_user",
            "credential_request",
            "encoded_instructions",
            "exfiltration",
            "fake_error",
            "fake_turn",
            "ignore_instructions",
            "impersonation",
            "instruction_tag",
            "jailbreak",
            "learned",
            "model_address",
            "new_instructions",
            "prompt_leak",
            "task_transfer",
            "tool_directive",
        }
    ),
    "hidden_text": frozenset({"ansi_escape", "bidi_control", "tag_characters", "variation_selectors", "zero_width"}),
    "poisoning": frozenset(
        {
            "answer_steering",
            "approval_bypass",
            "chat_template_token",
            "coercion",
            "conceal_from_user",
            "credential_request",
            "cross_tool",
            "dangerous_command",
            "data_request",
            "data_tampering",
            "discrimination",
            "encoded_instructions",
            "exfiltration",
            "fake_error",
            "fake_turn",
            "hidden_instructions",
            "ignore_instructions",
            "impersonation",
            "instruction_tag",
            "jailbreak",
            "model_directive",
            "network_request",
            "new_instructions",
            "parameter_smuggling",
            "prompt_leak",
            "redirect",
            "sensitive_file",
            "task_transfer",
            "tool_directive",
            "tool_preference",
            "user_message",
        }
    ),
}
"""The kinds listed here; secrets and PII also report the kinds their tables name (see `_known`)."""


@functools.cache
def _known() -> dict[str, frozenset[str]]:
    """Detector -> the kinds it reports, read from the detectors' tables on first use (importing them builds those
    tables, so a config that names no kind never imports them)."""
    from .pii_ids import KINDS as pii_id_kinds
    from .provider_keys import kinds as provider_kinds

    extra = {"secrets": provider_kinds(), "pii": pii_id_kinds}
    return {detector: kinds | extra.get(detector, frozenset()) for detector, kinds in _FIXED.items()}


def __getattr__(name: str) -> Any:
    """`KNOWN_KINDS`: detector -> the kinds it reports. The `deny` detector's kinds are the names of your own deny
    patterns."""
    if name == "KNOWN_KINDS":
        return _known()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def unknown_kind(detector: str, kind: str) -> str | None:
    """Why `kind` cannot be configured for `detector`, or None when it is known."""
    known = _known().get(detector)
    if known is None or kind in known:
        return None
    return f"unknown {detector} kind {kind!r}; known kinds: {', '.join(sorted(known))}"
