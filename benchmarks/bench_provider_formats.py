"""Coverage of credential formats by provider, as public secret scanners' rule sets list them, with made-up values.

Run: `python benchmarks/bench_provider_formats.py [--misses N] [--seed N] [--provider NAME]`.

Every value is generated here at run time (seeded random characters of the format's alphabet and length after its
literal prefix), so this file holds no credential. Each format is written in the contexts a key is usually found in:
prefixed formats bare in prose, JSON, markdown and logs; every format under a name that holds its provider
(`<PROVIDER>_API_KEY=`, YAML, JSON, XML, Go/PHP/Make assignments, block scalars, headers, `<provider> TOKEN <value>`
lines). A case counts as found when `secrets.find` covers the whole value. Look-alikes that must pass (placeholders,
hashes, ids, documented examples, public keys) are checked too. Prints coverage per provider family and totals.
"""

from __future__ import annotations

import argparse
import base64
import random
import string
import sys
from collections import defaultdict
from collections.abc import Callable

from secure_mcp_gateway.guardrails import secrets

CHARSETS = {
    "a": string.ascii_lowercase + string.digits,
    "A": string.ascii_letters + string.digits,
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "d": string.digits,
    "u": string.ascii_uppercase + string.digits,
    "l": string.ascii_lowercase,
    "L": string.ascii_letters,
    "t": string.ascii_letters + string.digits + "_-",
    "T": string.ascii_lowercase + string.digits + "_-",
    "b": string.ascii_letters + string.digits + "+/",
    "3": "abcdefghijklmnopqrstuvwxyz234567",
    "B": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "8": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
}
Part = str | tuple[str, int]
# (family, provider word, rule, parts: literal text or (charset, length)); a rule whose first part is not a literal
# prefix has no format of its own and is only found under its provider's name.
P = "prefixed"
K = "keyword"
FORMATS: list[tuple[str, str, str, tuple[Part, ...]]] = [
    # cloud
    ("cloud", "aws", "access-key-id", ("AKIA", ("B", 16))),
    ("cloud", "aws", "secret-access-key", (("b", 40),)),
    ("cloud", "aws", "bedrock", ("ABSK", ("b", 120))),
    ("cloud", "aws", "access-key-id-a3t", ("A3TX", ("B", 16))),
    ("cloud", "google", "hmac-access-id", ("GOOG1", ("u", 56))),
    ("cloud", "google", "api-key", ("AIza", ("t", 35))),
    ("cloud", "google", "oauth-secret", ("GOCSPX-", ("t", 28))),
    ("cloud", "google", "oauth-token", ("ya29.", ("t", 120))),
    ("cloud", "azure", "ad-client-secret", (("A", 3), "8Q~", ("t", 34))),
    ("cloud", "azure", "storage-key", (("b", 86), "==")),
    ("cloud", "alibaba", "access-key-id", ("LTAI", ("A", 20))),
    ("cloud", "alibaba", "secret", (("a", 30),)),
    ("cloud", "tencent", "secret-id", ("AKID", ("A", 32))),
    ("cloud", "digitalocean", "pat", ("dop_v1_", ("h", 64))),
    ("cloud", "heroku", "api-key-v2", ("HRKU-AA", ("t", 58))),
    ("cloud", "heroku", "api-key", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12))),
    ("cloud", "flyio", "token", ("fo1_", ("t", 43))),
    ("cloud", "vercel", "token", ("vcp_", ("A", 56))),
    ("cloud", "netlify", "token", ("nfp_", ("A", 36))),
    ("cloud", "cloudflare", "api-token", (("t", 40),)),
    ("cloud", "cloudflare", "global-key", (("h", 37),)),
    ("cloud", "cloudflare", "origin-ca", ("v1.0-", ("h", 24), "-", ("h", 146))),
    ("cloud", "yandex", "api-key", ("AQVN", ("t", 36))),
    ("cloud", "yandex", "iam-token", ("t1.", ("t", 40), ".", ("t", 86))),
    ("cloud", "yandex", "aws-key", ("YC", ("t", 38))),
    ("cloud", "scaleway", "secret", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-b", ("h", 3), "-", ("h", 12))),
    ("cloud", "linode", "token", (("h", 64),)),
    ("cloud", "vultr", "api-key", (("u", 36),)),
    ("cloud", "ibm", "cloud-key", (("t", 44),)),
    ("cloud", "openshift", "user-token", ("sha256~", ("t", 43))),
    ("cloud", "hashicorp", "vault-token", ("hvs.", ("t", 95))),
    ("cloud", "hashicorp", "terraform-token", (("A", 14), ".atlasv1.", ("t", 67))),
    ("cloud", "pulumi", "token", ("pul-", ("h", 40))),
    ("cloud", "doppler", "token", ("dp.pt.", ("A", 43))),
    ("cloud", "1password", "service-token", ("ops_eyJ", ("b", 260))),
    (
        "cloud",
        "1password",
        "secret-key",
        ("A3-", ("u", 6), "-", ("u", 11), "-", ("u", 5), "-", ("u", 5), "-", ("u", 5)),
    ),
    ("cloud", "age", "secret-key", ("AGE-SECRET-KEY-1", ("8", 58))),
    ("cloud", "tailscale", "api-key", ("tskey-api-", ("A", 17), "-", ("A", 32))),
    ("cloud", "render", "api-key", ("rnd_", ("A", 32))),
    ("cloud", "railway", "token", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-9", ("h", 3), "-", ("h", 12))),
    ("cloud", "clickhouse", "secret", ("4b1d", ("A", 38))),
    ("cloud", "defined-networking", "api-token", ("dnkey-", ("T", 26), "-", ("T", 52))),
    ("cloud", "vercel", "blob-token", ("vercel_blob_rw_", ("A", 16), "_", ("A", 30))),
    ("cloud", "scaleway", "access-key", ("SCW", ("u", 17))),
    (
        "cloud",
        "infisical",
        "service-token",
        (
            "st.",
            ("h", 8),
            "-",
            ("h", 4),
            "-4",
            ("h", 3),
            "-a",
            ("h", 3),
            "-",
            ("h", 12),
            ".",
            ("h", 32),
            ".",
            ("h", 32),
        ),
    ),
    ("cloud", "hashicorp", "vault-token-old", ("s.", ("A", 24))),
    ("cloud", "akamai", "client-token", ("akab-", ("a", 16), "-", ("a", 16))),
    ("saas", "stytch", "secret", ("secret-live-", ("t", 36))),
    ("saas", "flagsmith", "server-key", ("ser.", ("A", 22))),
    ("saas", "facebook", "app-access-token", (("d", 16), "|", ("h", 32))),
    # code hosting and CI
    ("ci", "github", "pat", ("ghp_", ("A", 36))),
    ("ci", "github", "fine-grained", ("github_pat_", ("A", 22), "_", ("A", 59))),
    ("ci", "github", "oauth-secret", (("h", 40),)),
    ("ci", "gitlab", "pat", ("glpat-", ("t", 20))),
    ("ci", "gitlab", "runner", ("glrt-", ("t", 20))),
    ("ci", "gitlab", "session", ("_gitlab_session=", ("a", 32))),
    ("ci", "bitbucket", "app-password", ("ATBB", ("A", 32))),
    ("ci", "bitbucket", "client-secret", (("t", 64),)),
    ("ci", "atlassian", "api-token", ("ATATT3xFfGF0", ("t", 180))),
    ("ci", "jira", "api-token", (("a", 20), ("h", 4))),
    ("ci", "circleci", "pat", ("CCIPAT_", ("A", 22), "_", ("h", 40))),
    ("ci", "travis", "token", (("a", 22),)),
    ("ci", "buildkite", "token", ("bkua_", ("h", 40))),
    ("ci", "droneci", "token", (("a", 32),)),
    ("ci", "sonar", "token", ("squ_", ("h", 40))),
    ("ci", "codecov", "token", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-8", ("h", 3), "-", ("h", 12))),
    ("ci", "harness", "pat", ("pat.", ("t", 22), ".", ("A", 24), ".", ("A", 20))),
    ("ci", "octopus", "api-key", ("API-", ("u", 26))),
    ("ci", "snyk", "token", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12))),
    ("ci", "sourcegraph", "token", ("sgp_", ("h", 16), "_", ("h", 40))),
    ("ci", "azure-devops", "pat", (("3", 52),)),
    ("ci", "infracost", "token", ("ico-", ("A", 32))),
    ("ci", "scalingo", "token", ("tk-us-", ("t", 48))),
    ("ci", "prefect", "token", ("pnu_", ("A", 36))),
    ("ci", "postman", "api-key", ("PMAK-", ("h", 24), "-", ("h", 34))),
    ("ci", "dockerhub", "pat", ("dckr_pat_", ("t", 27))),
    ("ci", "jfrog", "api-key", ("AKCp", ("A", 69))),
    ("ci", "jfrog", "identity-token", (("a", 64),)),
    # package registries
    ("registry", "npm", "token", ("npm_", ("A", 36))),
    ("registry", "pypi", "token", ("pypi-AgEIcHlwaS5vcmc", ("t", 70))),
    ("registry", "rubygems", "token", ("rubygems_", ("h", 48))),
    ("registry", "nuget", "api-key", ("oy2", ("a", 43))),
    ("registry", "clojars", "token", ("CLOJARS_", ("a", 60))),
    ("registry", "cratesio", "token", ("cio", ("A", 32))),
    ("registry", "packagecloud", "token", (("h", 48),)),
    ("registry", "cloudsmith", "api-key", (("h", 40),)),
    # payments and commerce
    ("payments", "stripe", "secret-key", ("sk_live_", ("A", 99))),
    ("payments", "stripe", "restricted", ("rk_live_", ("A", 99))),
    ("payments", "stripe", "webhook-secret", ("whsec_", ("A", 32))),
    ("payments", "stripe", "prod-key", ("sk_prod_", ("A", 60))),
    ("payments", "square", "access-token", ("EAAA", ("t", 60))),
    ("payments", "square", "oauth-secret", ("sq0csp-", ("t", 43))),
    ("payments", "paypal", "client-secret", (("t", 80),)),
    ("payments", "braintree", "token", ("access_token$production$", ("a", 16), "$", ("h", 32))),
    ("payments", "plaid", "secret", (("a", 30),)),
    (
        "payments",
        "plaid",
        "access-token",
        ("access-production-", ("h", 8), "-", ("h", 4), "-4", ("h", 3), "-8", ("h", 3), "-", ("h", 12)),
    ),
    ("payments", "gocardless", "token", ("live_", ("t", 40))),
    ("payments", "flutterwave", "secret", ("FLWSECK_TEST-", ("h", 32), "-X")),
    ("payments", "razorpay", "key", ("rzp_live_", ("A", 14))),
    ("payments", "paddle", "api-key", ("pdl_live_apikey_", ("A", 56))),
    ("payments", "shopify", "token", ("shpat_", ("h", 32))),
    ("payments", "coinbase", "token", (("t", 64),)),
    ("payments", "kraken", "token", (("b", 86),)),
    ("payments", "kucoin", "token", (("h", 24),)),
    ("payments", "bittrex", "key", (("a", 32),)),
    ("payments", "easypost", "token", ("EZAK", ("A", 54))),
    ("payments", "shippo", "token", ("shippo_live_", ("h", 40))),
    ("payments", "duffel", "token", ("duffel_live_", ("t", 43))),
    ("payments", "finicity", "secret", (("a", 20),)),
    ("payments", "adyen", "api-key", ("AQE", ("t", 100))),
    ("payments", "checkout", "secret-key", ("sk_sbox_", ("a", 26))),
    ("payments", "paystack", "secret-key", ("sk_live_", ("h", 40))),
    ("payments", "mollie", "api-key", ("live_", ("A", 30))),
    # messaging and mail
    ("messaging", "slack", "bot-token", ("xoxb-", ("d", 12), "-", ("d", 13), "-", ("A", 24))),
    (
        "messaging",
        "slack",
        "webhook",
        ("https://hooks.slack.com/services/T", ("u", 10), "/B", ("u", 10), "/", ("A", 24)),
    ),
    ("messaging", "slack", "app-token", ("xapp-1-A", ("u", 10), "-", ("d", 13), "-", ("h", 64))),
    ("messaging", "discord", "bot-token", (("#", 18), ".", ("t", 6), ".", ("t", 38))),
    ("messaging", "discord", "client-secret", (("t", 32),)),
    ("messaging", "telegram", "bot-token", (("d", 10), ":AA", ("t", 33))),
    ("messaging", "twilio", "api-key", ("SK", ("h", 32))),
    ("messaging", "twilio", "auth-token", (("h", 32),)),
    ("messaging", "sendgrid", "api-key", ("SG.", ("t", 22), ".", ("t", 43))),
    ("messaging", "mailgun", "api-key", ("key-", ("h", 32))),
    ("messaging", "mailchimp", "api-key", (("h", 32), "-us14")),
    ("messaging", "mandrill", "api-key", ("md-", ("t", 22))),
    ("messaging", "mailersend", "token", ("mlsn.", ("h", 64))),
    ("messaging", "brevo", "api-key", ("xkeysib-", ("h", 64), "-", ("A", 16))),
    ("messaging", "postmark", "token", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12))),
    ("messaging", "resend", "api-key", ("re_", ("A", 8), "_", ("A", 24))),
    ("messaging", "messagebird", "token", (("a", 25),)),
    ("messaging", "vonage", "secret", (("A", 16),)),
    ("messaging", "plivo", "auth-token", (("A", 40),)),
    ("messaging", "sendinblue", "smtp", ("xsmtpsib-", ("h", 64), "-", ("A", 16))),
    ("messaging", "mattermost", "token", (("a", 26),)),
    ("messaging", "gitter", "token", (("T", 40),)),
    ("messaging", "intercom", "token", (("t", 60),)),
    ("messaging", "pusher", "secret", (("h", 20),)),
    ("messaging", "sendbird", "token", (("h", 40),)),
    ("messaging", "zendesk", "token", (("A", 40),)),
    ("messaging", "beamer", "token", ("b_", ("t", 44))),
    (
        "messaging",
        "teams",
        "webhook",
        (
            "https://acme.webhook.office.com/webhookb2/",
            ("h", 8),
            "-1111-2222-3333-",
            ("h", 12),
            "@",
            ("h", 8),
            "-4444-5555-6666-",
            ("h", 12),
            "/IncomingWebhook/",
            ("h", 32),
            "/",
            ("h", 8),
            "-7777-8888-9999-",
            ("h", 12),
        ),
    ),
    # observability
    ("observability", "datadog", "api-key", (("h", 32),)),
    ("observability", "datadog", "app-key", (("h", 40),)),
    ("observability", "newrelic", "user-key", ("NRAK-", ("u", 27))),
    ("observability", "newrelic", "license-key", (("h", 36), "NRAL")),
    ("observability", "sentry", "user-token", ("sntryu_", ("h", 64))),
    ("observability", "sentry", "auth-token", (("h", 64),)),
    ("observability", "grafana", "service-account", ("glsa_", ("A", 32), "_", ("h", 8))),
    ("observability", "grafana", "cloud-token", ("glc_", ("b", 60))),
    ("observability", "dynatrace", "token", ("dt0c01.", ("u", 24), ".", ("u", 64))),
    ("observability", "honeycomb", "key", ("hcaik_", ("a", 60))),
    ("observability", "sumologic", "token", (("A", 64),)),
    ("observability", "pagerduty", "token", (("t", 20),)),
    ("observability", "opsgenie", "key", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12))),
    ("observability", "rollbar", "token", (("h", 32),)),
    ("observability", "bugsnag", "key", (("h", 32),)),
    ("observability", "logzio", "token", (("L", 32),)),
    (
        "observability",
        "launchdarkly",
        "sdk-key",
        ("sdk-", ("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12)),
    ),
    ("observability", "posthog", "personal-key", ("phx_", ("A", 43))),
    ("observability", "mixpanel", "secret", (("h", 32),)),
    ("observability", "segment", "write-key", (("A", 32),)),
    ("observability", "amplitude", "secret", (("h", 32),)),
    ("observability", "statsig", "secret", ("secret-", ("A", 43))),
    # AI and LLM providers
    ("ai", "openai", "project-key", ("sk-proj-", ("t", 74), "T3BlbkFJ", ("t", 74))),
    ("ai", "openai", "legacy-key", ("sk-", ("A", 20), "T3BlbkFJ", ("A", 20))),
    ("ai", "anthropic", "api-key", ("sk-ant-api03-", ("t", 93), "AA")),
    ("ai", "anthropic", "admin-key", ("sk-ant-admin01-", ("t", 93), "AA")),
    ("ai", "huggingface", "token", ("hf_", ("L", 34))),
    ("ai", "groq", "api-key", ("gsk_", ("A", 52))),
    ("ai", "xai", "api-key", ("xai-", ("A", 80))),
    ("ai", "perplexity", "api-key", ("pplx-", ("A", 48))),
    ("ai", "replicate", "token", ("r8_", ("A", 37))),
    ("ai", "openrouter", "api-key", ("sk-or-v1-", ("h", 64))),
    ("ai", "cohere", "api-key", (("A", 40),)),
    ("ai", "mistral", "api-key", (("A", 32),)),
    ("ai", "together", "api-key", ("tgp_v1_", ("t", 43))),
    ("ai", "deepseek", "api-key", ("sk-", ("h", 32))),
    ("ai", "gemini", "api-key", ("AIza", ("t", 35))),
    ("ai", "pinecone", "api-key", ("pcsk_", ("A", 5), "_", ("A", 63))),
    ("ai", "langsmith", "api-key", ("lsv2_pt_", ("h", 32), "_", ("h", 10))),
    ("ai", "elevenlabs", "api-key", ("sk_", ("h", 48))),
    ("ai", "assemblyai", "api-key", (("h", 32),)),
    ("ai", "deepgram", "api-key", (("h", 40),)),
    ("ai", "fireworks", "api-key", ("fw_", ("A", 24))),
    ("ai", "tavily", "api-key", ("tvly-", ("A", 32))),
    ("ai", "firecrawl", "api-key", ("fc-", ("h", 32))),
    ("ai", "e2b", "api-key", ("e2b_", ("h", 40))),
    ("ai", "brave", "api-key", ("BSA", ("t", 28))),
    ("ai", "browserbase", "api-key", ("bb_live_", ("t", 27))),
    ("ai", "cursor", "api-key", ("key_", ("h", 64))),
    ("ai", "modal", "token-secret", ("as-", ("A", 22))),
    ("ai", "wandb", "api-key", (("h", 40),)),
    ("ai", "privateai", "token", (("a", 32),)),
    ("ai", "clarifai", "pat", (("h", 32),)),
    ("ai", "voyage", "api-key", ("pa-", ("t", 43))),
    ("ai", "nvidia", "api-key", ("nvapi-", ("t", 64))),
    ("ai", "openai", "session-key", ("sess-", ("A", 40))),
    (
        "ai",
        "langfuse",
        "secret-key",
        ("sk-lf-", ("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12)),
    ),
    ("ai", "anyscale", "api-key", ("esecret_", ("A", 26))),
    ("ai", "cerebras", "api-key", ("csk-", ("a", 48))),
    # databases and data platforms
    ("data", "databricks", "token", ("dapi", ("h", 32))),
    ("data", "supabase", "token", ("sbp_", ("h", 40))),
    ("data", "planetscale", "token", ("pscale_tkn_", ("t", 43))),
    ("data", "neon", "api-key", ("napi_", ("a", 64))),
    ("data", "mongodb", "atlas-private-key", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12))),
    ("data", "confluent", "secret", (("A", 64),)),
    ("data", "snowflake", "password", (("A", 24),)),
    ("data", "airtable", "pat", ("pat", ("A", 14), ".", ("h", 64))),
    ("data", "algolia", "admin-key", (("h", 32),)),
    ("data", "contentful", "token", ("CFPAT-", ("t", 43))),
    ("data", "elastic", "api-key", (("b", 60), "==")),
    ("data", "redis", "cloud-key", (("A", 50),)),
    ("data", "firebase", "fcm-key", ("AAAA", ("t", 7), ":APA91b", ("t", 134))),
    ("data", "aiven", "token", (("b", 372),)),
    # SaaS and productivity
    ("saas", "notion", "token", ("ntn_", ("d", 11), ("A", 35))),
    ("saas", "linear", "api-key", ("lin_api_", ("A", 40))),
    ("saas", "linear", "client-secret", (("h", 32),)),
    ("saas", "figma", "token", ("figd_", ("t", 40))),
    ("saas", "asana", "pat", ("2/", ("d", 16), "/", ("d", 16), ":", ("h", 32))),
    ("saas", "asana", "client-secret", (("a", 32),)),
    ("saas", "trello", "token", ("ATTA", ("h", 64), ("H", 8))),
    ("saas", "clickup", "token", ("pk_", ("d", 8), "_", ("u", 32))),
    ("saas", "hubspot", "pat", ("pat-na1-", ("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12))),
    ("saas", "salesforce", "session", ("00D", ("A", 12), "!", ("t", 96))),
    ("saas", "typeform", "token", ("tfp_", ("t", 59))),
    ("saas", "dropbox", "token", ("sl.", ("t", 135))),
    ("saas", "box", "token", (("A", 32),)),
    ("saas", "okta", "token", ("00", ("t", 40))),
    ("saas", "auth0", "client-secret", (("t", 64),)),
    ("saas", "adobe", "client-secret", ("p8e-", ("A", 32))),
    ("saas", "authress", "key", ("sc_", ("a", 10), ".", ("a", 5), ".acc_", ("a", 20), ".", ("b", 60))),
    ("saas", "maxmind", "license", (("A", 6), "_", ("A", 29), "_mmk")),
    ("saas", "mapbox", "secret-token", ("sk.eyJ", ("t", 60), ".", ("t", 22))),
    ("saas", "twitter", "bearer", ("AAAAAAAAAAAAAAAAAAAAA", ("A", 80))),
    ("saas", "twitter", "api-secret", (("A", 50),)),
    ("saas", "facebook", "app-secret", (("h", 32),)),
    ("saas", "meta", "page-token", ("EAAC", ("A", 160))),
    ("saas", "linkedin", "client-secret", (("A", 16),)),
    ("saas", "spotify", "client-secret", (("h", 32),)),
    ("saas", "twitch", "token", (("a", 30),)),
    ("saas", "etsy", "token", (("a", 24),)),
    ("saas", "flickr", "token", (("a", 32),)),
    ("saas", "freshbooks", "token", (("a", 64),)),
    ("saas", "rapidapi", "key", (("t", 50),)),
    ("saas", "nytimes", "token", (("t", 32),)),
    ("saas", "fastly", "token", (("t", 32),)),
    ("saas", "finnhub", "token", (("a", 20),)),
    ("saas", "squarespace", "token", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12))),
    ("saas", "readme", "token", ("rdme_", ("a", 70))),
    ("saas", "frameio", "token", ("fio-u-", ("t", 64))),
    ("saas", "lob", "api-key", ("live_", ("h", 35))),
    ("saas", "zapier", "webhook", ("https://hooks.zapier.com/hooks/catch/", ("d", 7), "/", ("a", 6), "/")),
    (
        "saas",
        "calendly",
        "token",
        (
            "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ.",
            ("t", 200),
            ".",
            ("t", 43),
        ),
    ),
    ("saas", "webflow", "token", (("h", 64),)),
    ("saas", "shortcut", "token", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12))),
    ("saas", "monday", "token", ("eyJhbGciOiJIUzI1NiJ9.", ("t", 180), ".", ("t", 43))),
    # long tail of keyword-only APIs (their name near a value of the right shape)
    ("longtail", "calorieninja", "key", (("A", 40),)),
    ("longtail", "clockify", "key", (("a", 48),)),
    ("longtail", "besnappy", "key", (("h", 64),)),
    ("longtail", "apifonica", "key", (("a", 11), "-", ("a", 4), "-", ("a", 4), "-", ("a", 4), "-", ("a", 12))),
    ("longtail", "bugherd", "key", (("a", 22),)),
    ("longtail", "calendarific", "key", (("h", 32),)),
    ("longtail", "abuseipdb", "key", (("h", 80),)),
    ("longtail", "accuweather", "key", (("A", 32),)),
    ("longtail", "openweather", "key", (("h", 32),)),
    ("longtail", "ipstack", "key", (("h", 32),)),
    ("longtail", "shodan", "key", (("A", 32),)),
    ("longtail", "virustotal", "key", (("h", 64),)),
    ("longtail", "securitytrails", "key", (("A", 32),)),
    ("longtail", "censys", "secret", (("A", 32),)),
    ("longtail", "hunter", "key", (("h", 40),)),
    ("longtail", "clearbit", "key", ("sk_", ("h", 32))),
    ("longtail", "etherscan", "key", (("u", 34),)),
    ("longtail", "infura", "key", (("h", 32),)),
    ("longtail", "alchemy", "key", (("t", 32),)),
    ("longtail", "moralis", "key", (("A", 64),)),
    ("longtail", "unsplash", "key", (("t", 43),)),
    ("longtail", "pixabay", "key", (("d", 8), "-", ("h", 25))),
    ("longtail", "giphy", "key", (("A", 32),)),
    ("longtail", "tomtom", "key", (("A", 32),)),
    ("longtail", "mapquest", "key", (("A", 32),)),
    ("longtail", "positionstack", "key", (("h", 32),)),
    ("longtail", "scraperapi", "key", (("h", 32),)),
    ("longtail", "scrapingbee", "key", (("u", 80),)),
    ("longtail", "zenrows", "key", (("h", 40),)),
    ("longtail", "serpapi", "key", (("h", 64),)),
    ("longtail", "newsapi", "key", (("h", 32),)),
    ("longtail", "todoist", "token", (("h", 40),)),
    ("longtail", "wrike", "token", ("eyJ0dCI6InAiLCJhbGciOiJIUzI1NiIsInR2IjoiMSJ9.", ("t", 150), ".", ("t", 43))),
    ("longtail", "pandadoc", "key", (("h", 40),)),
    ("longtail", "pipedrive", "token", (("h", 40),)),
    ("longtail", "harvest", "token", (("d", 7), ".pt.", ("t", 86))),
    ("longtail", "klaviyo", "key", ("pk_", ("h", 34))),
    ("longtail", "convertkit", "secret", (("t", 43),)),
    ("longtail", "lokalise", "token", (("h", 40),)),
    ("longtail", "crowdin", "token", (("h", 80),)),
    ("longtail", "uploadcare", "secret", (("h", 20),)),
    ("longtail", "imagekit", "key", ("private_", ("b", 28), "=")),
    ("longtail", "cloudinary", "secret", (("t", 27),)),
    ("longtail", "mux", "secret", (("b", 75),)),
    ("longtail", "wistia", "token", (("h", 64),)),
    ("longtail", "youneedabudget", "token", (("h", 64),)),
    ("longtail", "uptimerobot", "key", ("u", ("d", 7), "-", ("h", 24))),
    ("longtail", "testingbot", "secret", (("h", 32),)),
    ("longtail", "saucelabs", "key", (("h", 8), "-", ("h", 4), "-4", ("h", 3), "-a", ("h", 3), "-", ("h", 12))),
    ("longtail", "browserstack", "key", (("A", 20),)),
    ("longtail", "percy", "token", (("h", 64),)),
    ("longtail", "coveralls", "token", (("A", 32),)),
    ("longtail", "codeclimate", "token", (("h", 64),)),
    ("longtail", "strava", "secret", (("h", 40),)),
    ("longtail", "yelp", "key", (("t", 128),)),
    ("longtail", "tmdb", "key", (("h", 32),)),
    ("longtail", "lastfm", "key", (("h", 32),)),
    ("longtail", "ticketmaster", "key", (("A", 32),)),
    ("longtail", "nasdaq", "key", (("t", 20),)),
    ("longtail", "polygon", "key", (("t", 32),)),
    ("longtail", "alphavantage", "key", (("u", 16),)),
    ("longtail", "twelvedata", "key", (("h", 32),)),
    ("longtail", "tiingo", "token", (("h", 40),)),
    ("longtail", "oanda", "token", (("h", 32), "-", ("h", 32))),
    # formats added later go last: the values drawn for the ones before them stay the same
    ("cloud", "azure", "storage-key-signed", (("b", 76), "+ASt", ("b", 5), "Q==")),
    ("cloud", "azure", "cosmos-key-signed", (("b", 76), "ACDb", ("b", 5), "w==")),
    ("cloud", "azure", "apim-key-signed", (("b", 76), "APIM", ("b", 5), "g==")),
    ("cloud", "azure", "service-bus-key-signed", (("b", 33), "+ASb", "C", ("b", 5), "=")),
    ("cloud", "azure", "event-hubs-key-signed", (("b", 33), "+AEh", "K", ("b", 5), "=")),
    ("cloud", "azure", "redis-key-signed", (("b", 33), "AzCa", "P", ("b", 5), "=")),
    ("cloud", "azure", "search-key-signed", (("A", 42), "AzSe", "B", ("A", 5))),
    ("cloud", "azure", "container-registry-key-signed", (("b", 42), "+ACR", "D", ("b", 5))),
    ("cloud", "azure", "function-key-signed", (("t", 44), "AzFu", ("t", 5), "A==")),
    ("ci", "gitlab", "runner-registered", ("glrtr-", ("t", 20))),
    ("cloud", "k3s", "join-token", ("K10", ("h", 64), "::server:", ("h", 32))),
    ("devtools", "trigger", "secret-key", ("tr_prod_", ("A", 24))),
    ("devtools", "inngest", "signing-key", ("signkey-prod-", ("h", 64))),
    ("devtools", "unkey", "root-key", ("unkey_", ("A", 28))),
    ("saas", "nylas", "api-key", ("nyk_v0_", ("A", 48))),
    ("observability", "checkly", "api-key", ("cu_", ("h", 32))),
    ("data", "astra", "token", ("AstraCS:", ("L", 24), ":", ("h", 64))),
    ("cloud", "google", "oauth-refresh-token", ("1//0", ("t", 99))),
    ("messaging", "twitch", "chat-token", ("oauth:", ("d", 2), ("a", 28))),
    ("data", "databricks", "oauth-secret", ("dose", ("h", 32))),
]
_PREFIX_MIN = 2


def make(parts: tuple[Part, ...], rng: random.Random) -> str:
    """A value of the format: its literal parts, then random characters of each part's alphabet (`#`: a numeric id
    of that many digits in base64, as Discord's tokens start)."""
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "#":
            number = str(rng.randrange(10 ** (p[1] - 1), 10 ** p[1]))
            out.append(base64.b64encode(number.encode()).decode().rstrip("="))
        else:
            out.append("".join(rng.choice(CHARSETS[p[0]]) for _ in range(p[1])))
    return "".join(out)


NAME_ONLY = {("yandex", "aws-key"), ("okta", "token"), ("gitlab", "session"), ("adyen", "api-key")}
"""Formats whose leading literal is too short or too common to tell them without their provider's name."""


def prefixed(parts: tuple[Part, ...], provider: str = "", rule: str = "") -> bool:
    """Whether the format starts with a literal of its own (found without its provider's name)."""
    return isinstance(parts[0], str) and len(parts[0]) >= _PREFIX_MIN and (provider, rule) not in NAME_ONLY


def covered(text: str, value: str) -> bool:
    """Whether the findings in `text` cover `value` (for a URL: its path, where a webhook's credential is)."""
    at = text.find(value)
    if value.startswith("https://"):
        at, value = at + value.index("/", 8) + 1, value[value.index("/", 8) + 1 :]
    return any(f.start <= at and at + len(value) <= f.end for f in secrets.find(text))


def _camel(word: str) -> str:
    return word.replace("-", " ").title().replace(" ", "")


def _upper(word: str) -> str:
    return word.replace("-", "_").upper()


def _low(word: str) -> str:
    return word.replace("-", "_").lower()


Form = Callable[[str, str, str], str]
# (provider word, rule, value) -> text
NAMED: dict[str, Form] = {
    "env": lambda p, r, v: f"{_upper(p)}_{_upper(r)}={v}",
    "env_quoted": lambda p, r, v: f'export {_upper(p)}_API_KEY="{v}"',
    "dotenv_block": lambda p, r, v: f"PORT=8080\n{_upper(p)}_TOKEN={v}\nLOG_LEVEL=info",
    "yaml": lambda p, r, v: f"{_low(p)}:\n  api_key: {v}\n  timeout: 30",
    "yaml_block": lambda p, r, v: f"{_low(p)}_token: |\n  {v}",
    "yaml_folded": lambda p, r, v: f"{_low(p)}_token: >\n  {v}",
    "json": lambda p, r, v: f'{{\n    "{_low(p)}_token": "{v}"\n}}',
    "json_escaped": lambda p, r, v: f'\\{{\\"{_low(p)}_secret\\": \\"{v}\\"\\}}',
    "xml": lambda p, r, v: f"<{_camel(p)}Token>{v}</{_camel(p)}Token>",
    "xml_multiline": lambda p, r, v: f"<{_camel(p)}Token>\n    {v}\n</{_camel(p)}Token>",
    "go_var": lambda p, r, v: f'var {_camel(p).lower()}Token string = "{v}"',
    "go_short": lambda p, r, v: f"{_camel(p).lower()}Token := `{v}`",
    "php_concat": lambda p, r, v: f'${_camel(p).lower()}Token .= "{v}"',
    "make_append": lambda p, r, v: f'{_upper(p)}_TOKEN += "{v}"',
    "make_shell": lambda p, r, v: f'{_upper(p)}_TOKEN :::= "{v}"',
    "csv": lambda p, r, v: f"{_camel(p).lower()}Token,{v},",
    "logstash": lambda p, r, v: f'  "{_camel(p).lower()}Token" => "{v}"',
    "header": lambda p, r, v: f"X-{_camel(p)}-Api-Key: {v}",
    "kingfisher_line": lambda p, r, v: f"{_low(p)} TOKEN {v}",
    "kingfisher_secret": lambda p, r, v: f"{_low(p)} secret {v}",
    "kingfisher_private": lambda p, r, v: f"{_low(p)} PRIVATE {v}",
    "kingfisher_dashed": lambda p, r, v: f"{_low(p)}-SECRET-{v}",
    "log_line": lambda p, r, v: f"[INFO] loaded {_camel(p)} api key {v} from vault",
    "prose_secret": lambda p, r, v: f"You can find a {_low(p).replace('_', '')} secret {v} within",
    "url_query": lambda p, r, v: f"https://api.{_low(p).replace('_', '')}.com/v1/items?api_key={v}",
    "python_kw": lambda p, r, v: f'client = {_camel(p)}Client(api_key="{v}")',
}
BARE: dict[str, Form] = {
    "bare_prose": lambda p, r, v: f"Rotated the leaked value {v} this morning.",
    "bare_json": lambda p, r, v: f'{{"items": ["{v}"], "count": 1}}',
    "bare_markdown": lambda p, r, v: f"- old: `{v}`",
    "bare_csv": lambda p, r, v: f"id,value,owner\n7,{v},ops",
    "bare_log": lambda p, r, v: f"2024-05-01T10:00:00Z WARN rejected credential {v}",
}


def _rand(rng: random.Random, cs: str, n: int) -> str:
    return "".join(rng.choice(CHARSETS[cs]) for _ in range(n))


def negatives(rng: random.Random) -> list[tuple[str, str]]:
    """(family, text) look-alikes that must pass: placeholders, hashes, ids, documented examples, public keys."""
    h40, h64, h32 = _rand(rng, "h", 40), _rand(rng, "h", 64), _rand(rng, "h", 32)
    uuid = (
        f"{_rand(rng, 'h', 8)}-{_rand(rng, 'h', 4)}-4{_rand(rng, 'h', 3)}-a{_rand(rng, 'h', 3)}-{_rand(rng, 'h', 12)}"
    )
    b64 = _rand(rng, "b", 86)
    out = [
        ("placeholder", "OPENAI_API_KEY=your-api-key-here"),
        ("placeholder", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
        ("placeholder", 'api_key: "<YOUR_API_KEY>"'),
        ("placeholder", "GITHUB_TOKEN=${GITHUB_TOKEN}"),
        ("placeholder", "token: {{ secrets.DEPLOY_TOKEN }}"),
        ("placeholder", "password = changeme"),
        ("placeholder", "ANTHROPIC_API_KEY=sk-ant-..."),
        ("placeholder", "export SENDGRID_API_KEY='SG.xxxxxxxx.yyyyyyyy'"),
        ("placeholder", "DATADOG_API_KEY=<datadog api key>"),
        ("placeholder", "slack_token: xoxb-your-token-here"),
        ("placeholder", "aws_secret_access_key = YOUR_SECRET_ACCESS_KEY"),
        ("placeholder", "HF_TOKEN=hf_****************"),
        ("placeholder", "clockify TOKEN <insert token>"),
        ("placeholder", "besnappy SECRET ${BESNAPPY_SECRET}"),
        ("placeholder", "api_key = os.environ['WEATHER_API_KEY']"),
        ("placeholder", "token = process.env.NOTION_TOKEN"),
        ("placeholder", "secret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256"),
        ("placeholder", "MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        ("placeholder", "client_secret = 'REPLACE_WITH_CLIENT_SECRET'"),
        ("placeholder", "TWILIO_AUTH_TOKEN=00000000000000000000000000000000"),
        ("reference", 'api_key: "os.environ/AZURE_API_KEY"'),
        ("reference", 'api_key: "env:OPENAI_API_KEY"'),
        ("reference", 'password: "ssm:/prod/db/password"'),
        ("reference", 'apiKey: "aws-sm:prod/openai#key"'),
        ("reference", 'password: "keychain:db-prod"'),
        ("reference", "DB_PASSWORD: ${DB_PASSWORD:-postgres}"),
        ("reference", "password: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)"),
        ("reference", "token = keyring.get_password('gh', 'me')"),
        ("documented", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE"),
        ("documented", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ("hash", f"commit {h40}\nAuthor: Dev <dev@example.com>"),
        ("hash", f"sha256: {h64}"),
        ("hash", f'"integrity": "sha512-{b64}=="'),
        ("hash", f"image: ghcr.io/acme/api@sha256:{h64}"),
        ("hash", f'checksum = "{h64}"'),
        ("hash", f'ETag: "{h32}"'),
        ("hash", f"md5sum: {h32}  release.tar.gz"),
        ("hash", f"Merge pull request #12 from acme/fix ({h40[:7]})\n  revision: {h40}"),
        ("hash", f"git rev-parse HEAD -> {h40}"),
        ("id", f'"id": "{uuid}"'),
        ("id", f"request_id={uuid}"),
        ("id", f'"client_id": "{_rand(rng, "d", 12)}-{_rand(rng, "a", 32)}.apps.googleusercontent.com"'),
        ("id", f"trace_id: {h32}"),
        ("id", f'session_id = "{uuid}"'),
        ("public", "STRIPE_PUBLISHABLE_KEY=pk_live_" + _rand(rng, "A", 24)),
        ("public", "NEXT_PUBLIC_SUPABASE_ANON_KEY=" + "eyJhbGciOiJIUzI1NiJ9." + _rand(rng, "t", 40)),
        ("public", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + _rand(rng, "b", 43) + " dev@laptop"),
        (
            "public",
            "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"
            + _rand(rng, "b", 64)
            + "\n-----END PUBLIC KEY-----",
        ),
        ("identifier", 'token_type = "bearer"'),
        ("identifier", 'api_version = "2024-06-01"'),
        ("identifier", "secret_name: prod/payments/stripe"),
        ("identifier", "key: value_from_config"),
        ("identifier", "access_token_url = https://oauth.example.com/token"),
        ("identifier", "const tokenizer = new TokenizerFast(modelPath)"),
        ("identifier", "password_hash_algorithm: argon2id"),
        ("identifier", "auth_method: client_secret_basic"),
        ("prose", "The API key is created in the dashboard under Settings, then Developers."),
        ("prose", "Use the token endpoint to exchange the authorization code for an access token."),
        ("prose", "clockify SECRET rotation happens every 90 days per policy"),
        ("data", "data:image/png;base64," + _rand(rng, "b", 120)),
        ("data", f"go.sum: github.com/acme/lib v1.2.3 h1:{_rand(rng, 'b', 43)}="),
        ("data", f'resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#{h40}"'),
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--misses", type=int, default=0, help="list this many misses (redacted) and all false positives")
    ap.add_argument("--provider", help="only this provider")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_form: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    providers: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for family, provider, rule, parts in FORMATS:
        if args.provider and provider != args.provider:
            continue
        forms = {**NAMED, **(BARE if prefixed(parts, provider, rule) else {})}
        if prefixed(parts, provider, rule):
            del forms["kingfisher_dashed"]  # rule examples write it so for keys without a prefix only
        hit = 0
        for name, form in forms.items():
            value = make(parts, rng)
            text = form(provider, rule, value)
            ok = covered(text, value)
            hit += ok
            for tally in (found[family], by_form[name]):
                tally[0] += ok
                tally[1] += 1
            if not ok:
                misses.append(f"{family}/{provider}/{rule} [{name}] {value[:6]}...({len(value)} chars)")
        providers[f"{provider}/{rule}"] = [hit, len(forms)]
    total = [sum(t[0] for t in found.values()), sum(t[1] for t in found.values())]
    complete = sum(1 for h, n in providers.values() if h == n)
    print(f"{len(providers)} formats, {total[1]} cases: {total[0] / max(1, total[1]):.1%} found")
    print(f"formats found in every context: {complete} of {len(providers)}")
    for family, (h, n) in sorted(found.items()):
        print(f"  {family:<14} {h / n:6.1%} ({h}/{n})")
    print("per context form (worst first):")
    for name, (h, n) in sorted(by_form.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        print(f"  {name:<18} {h / n:6.1%} ({h}/{n})")
    print("formats missed in some context (worst first):")
    for key, (h, n) in sorted(providers.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        if h < n:
            print(f"  {key:<36} {h}/{n}")
    fps = []
    negs = negatives(rng)
    for family, text in negs:
        hits = secrets.find(text)
        if hits:
            fps.append(f"  FP [{family}] {text[:60]!r} -> {', '.join(sorted({f.kind for f in hits}))}")
    print(f"look-alikes flagged: {len(fps)} of {len(negs)}")
    print("\n".join(fps))
    if args.misses:
        print("\n".join(misses[: args.misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
