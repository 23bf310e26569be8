# ruff: noqa: E501
"""Held-out secrets cases: made-up credentials in the formats of ~120 services, written in many context forms."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from typing import Any

from gen_common import (
    ALNUM,
    B64,
    B64URL,
    DIGITS,
    HEX,
    LOWER,
    SLOT,
    UPPER,
    R,
    b64,
    b64json,
    crc_token,
    digits,
    negative,
    positive,
    prime,
    rnd,
    uuid4,
)

D = "secrets"
S = SLOT


def camel(name: str) -> str:
    parts = name.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def host_for(word: str) -> str:
    return f"api.{word.lower().replace(' ', '')}.com"


# Context forms: (form name, template builder taking the env-style NAME and a provider word).
FORMS: dict[str, Callable[[str, str], str]] = {
    "env": lambda n, w: f"# {w}\n{n}={S}\n",
    "env_export": lambda n, w: f'export {n}="{S}"',
    "dotenv_block": lambda n, w: f"NODE_ENV=production\nPORT=8080\n{n}={S}\nLOG_LEVEL=info\n",
    "yaml": lambda n, w: f"{w.lower().replace(' ', '_')}:\n  enabled: true\n  {n.lower()}: {S}\n  timeout: 30\n",
    "yaml_k8s_env": lambda n, w: f'        env:\n          - name: {n}\n            value: "{S}"\n',
    "compose": lambda n, w: f"services:\n  worker:\n    image: acme/worker:1.4\n    environment:\n      {n}: {S}\n",
    "json": lambda n, w: json.dumps({"service": w, camel(n): S}, indent=2),
    "json_config": lambda n, w: (
        '{\n  "mcpServers": {\n    "' + w.lower().replace(" ", "-") + '": {\n      "command": "npx",\n'
        f'      "env": {{"{n}": "{S}"}}\n    }}\n  }}\n}}'
    ),
    "python": lambda n, w: (
        f'import requests\n\n{n} = "{S}"\nresp = requests.get("https://{host_for(w)}/v1/me", timeout=10)\n'
    ),
    "python_kw": lambda n, w: (
        f'client = Client(\n    {camel(n).lower() if len(n) < 8 else n.lower()}="{S}",\n    retries=3,\n)\n'
    ),
    "javascript": lambda n, w: f"const {camel(n)} = '{S}';\nmodule.exports = {{ {camel(n)} }};\n",
    "typescript": lambda n, w: f'export const config = {{\n  {camel(n)}: "{S}",\n  region: "us-east-1",\n}};\n',
    "go": lambda n, w: f'package main\n\nconst {camel(n)} = "{S}"\n',
    "java": lambda n, w: f'public final class Keys {{\n    private static final String {n} = "{S}";\n}}\n',
    "java_props": lambda n, w: f"{w.lower().replace(' ', '.')}.{camel(n)}={S}\n",
    "csharp": lambda n, w: f'var client = new ApiClient(apiKey: "{S}");  // {w}\n',
    "ruby": lambda n, w: f"{w.title().replace(' ', '')}.configure do |c|\n  c.{n.lower()} = '{S}'\nend\n",
    "php": lambda n, w: f"<?php\n$config['{n.lower()}'] = '{S}';\n",
    "rust": lambda n, w: f'let {n.lower()} = "{S}";\n',
    "shell_cli": lambda n, w: f"{w.lower().split()[0]} login --token {S} --non-interactive",
    "curl_bearer": lambda n, w: f'curl -s -H "Authorization: Bearer {S}" https://{host_for(w)}/v2/account',
    "header_log": lambda n, w: f"2026-03-14T09:12:44.102Z DEBUG http.client > GET /v1/items Authorization: Bearer {S}",
    "toml": lambda n, w: f'[{w.lower().replace(" ", "_")}]\n{n.lower()} = "{S}"\n',
    "ini": lambda n, w: f"[{w.lower().replace(' ', '_')}]\n{n.lower()} = {S}\n",
    "terraform": lambda n, w: f'provider "{w.lower().split()[0]}" {{\n  {n.lower()} = "{S}"\n}}\n',
    "xml": lambda n, w: f"<settings>\n  <{camel(n)}>{S}</{camel(n)}>\n</settings>\n",
    "dockerfile": lambda n, w: f'FROM python:3.12-slim\nENV {n}={S}\nCMD ["python", "app.py"]\n',
    "gh_actions": lambda n, w: f"    steps:\n      - run: ./deploy.sh\n        env:\n          {n}: {S}\n",
    "php_array": lambda n, w: f"return [\n    '{n.lower()}' => '{S}',\n];\n",
    "r_assign": lambda n, w: f'{n.lower()} <- "{S}"',
    "kotlin": lambda n, w: f'val {camel(n)} = "{S}"',
    "swift": lambda n, w: f'let {camel(n)} = "{S}"',
    "cmd_set": lambda n, w: f"set {n}={S}",
    "docker_run_env": lambda n, w: f"docker run --rm -e {n}={S} acme/worker:latest",
    "kubectl_secret": lambda n, w: (
        f"kubectl create secret generic {w.lower().split()[0]}-creds --from-literal={n.lower()}={S}"
    ),
    "helm_set": lambda n, w: f"helm upgrade --install app ./chart --set {camel(n)}={S}",
    "gh_secret_set": lambda n, w: f'gh secret set {n} --body "{S}"',
    "heroku_config": lambda n, w: f"heroku config:set {n}={S} -a acme-prod",
    "nested_json": lambda n, w: json.dumps({"provider": w, "credentials": {"api_key" if "KEY" in n else "token": S}}),
    "chat": lambda n, w: f"here is the {w} key you asked for: {S} (rotate it after the demo)",
}
BARE: dict[str, Callable[[str, str], str]] = {
    "bare_log": lambda n, w: f"2026-03-14 10:02:11 INFO provisioned credential {S} for project billing",
    "bare_csv": lambda n, w: f"id,owner,value,created\n17,ops,{S},2026-02-01\n",
    "bare_yaml_list": lambda n, w: f"values:\n  - {S}\n  - staging\n",
    "bare_neutral_var": lambda n, w: f'x = "{S}"\nprint(len(x))',
    "bare_markdown": lambda n, w: f"Use `{S}` for the staging workspace, then delete this message.",
    "bare_json_value": lambda n, w: json.dumps({"id": 17, "value": S, "note": "staging"}),
}
FORMS.update(BARE)
ALL_FORMS = [f for f in FORMS if f not in BARE]
CODE_FORMS = [f for f in ALL_FORMS if f not in ("shell_cli", "curl_bearer", "header_log", "chat")]


def add(cases: list[dict[str, Any]], cls: str, name: str, word: str, make: Callable[[], str], forms: list[str]) -> None:
    for form in forms:
        cases.append(positive(D, cls, FORMS[form](name, word), make(), form))


def pick(n: int, pool: list[str] | None = None) -> list[str]:
    return R.sample(pool or ALL_FORMS, n)


# (class, NAME, provider word, maker, self-identifying format?)
Provider = tuple[str, str, str, Callable[[], str], bool]

PROVIDERS: list[Provider] = [
    ("aws_access_key_id", "AWS_ACCESS_KEY_ID", "aws", lambda: "AKIA" + rnd(UPPER + "234567", 16), True),
    ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "aws", lambda: rnd(ALNUM + "/+", 40), False),
    ("aws_bedrock_key", "AWS_BEARER_TOKEN_BEDROCK", "aws bedrock", lambda: "ABSK" + b64(R.randbytes(96)), True),
    ("github_pat_classic", "GITHUB_TOKEN", "github", lambda: crc_token("ghp_"), True),
    ("github_oauth", "GH_OAUTH_TOKEN", "github", lambda: crc_token("gho_"), True),
    ("github_app_token", "GITHUB_APP_TOKEN", "github", lambda: crc_token(R.choice(["ghs_", "ghu_"])), True),
    ("github_refresh", "GITHUB_REFRESH_TOKEN", "github", lambda: crc_token("ghr_", 70), True),
    (
        "github_fine_grained",
        "GITHUB_PAT",
        "github",
        lambda: "github_pat_" + rnd(ALNUM, 22) + "_" + rnd(ALNUM, 59),
        True,
    ),
    ("gitlab_pat", "GITLAB_TOKEN", "gitlab", lambda: "glpat-" + rnd(ALNUM + "-_", 20), True),
    ("gitlab_deploy", "GITLAB_DEPLOY_TOKEN", "gitlab", lambda: "gldt-" + rnd(ALNUM + "-_", 20), True),
    ("gitlab_runner", "RUNNER_TOKEN", "gitlab runner", lambda: "glrt-" + rnd(ALNUM + "-_", 20), True),
    ("gitlab_trigger", "CI_TRIGGER_TOKEN", "gitlab", lambda: "glptt-" + rnd(HEX, 40), True),
    ("gitlab_oauth_secret", "GITLAB_OAUTH_SECRET", "gitlab", lambda: "gloas-" + rnd(HEX, 64), True),
    ("slack_bot", "SLACK_BOT_TOKEN", "slack", lambda: f"xoxb-{digits(12)}-{digits(13)}-{rnd(ALNUM, 24)}", True),
    (
        "slack_user",
        "SLACK_USER_TOKEN",
        "slack",
        lambda: f"xoxp-{digits(12)}-{digits(12)}-{digits(13)}-{rnd(HEX, 32)}",
        True,
    ),
    (
        "slack_app",
        "SLACK_APP_TOKEN",
        "slack",
        lambda: f"xapp-1-A{rnd(UPPER + DIGITS, 10)}-{digits(13)}-{rnd(HEX, 64)}",
        True,
    ),
    (
        "slack_webhook",
        "SLACK_WEBHOOK_URL",
        "slack",
        lambda: (
            f"https://hooks.slack.com/services/T{rnd(UPPER + DIGITS, 10)}/B{rnd(UPPER + DIGITS, 10)}/{rnd(ALNUM, 24)}"
        ),
        True,
    ),
    ("stripe_secret", "STRIPE_SECRET_KEY", "stripe", lambda: "sk_live_51" + rnd(ALNUM, 97), True),
    ("stripe_test_secret", "STRIPE_API_KEY", "stripe", lambda: "sk_test_51" + rnd(ALNUM, 97), True),
    ("stripe_restricted", "STRIPE_RESTRICTED_KEY", "stripe", lambda: "rk_live_51" + rnd(ALNUM, 97), True),
    ("stripe_webhook", "STRIPE_WEBHOOK_SECRET", "stripe", lambda: "whsec_" + rnd(ALNUM, 32), True),
    (
        "openai_project",
        "OPENAI_API_KEY",
        "openai",
        lambda: "sk-proj-" + rnd(B64URL, 74) + "T3BlbkFJ" + rnd(B64URL, 74),
        True,
    ),
    ("openai_legacy", "OPENAI_KEY", "openai", lambda: "sk-" + rnd(ALNUM, 20) + "T3BlbkFJ" + rnd(ALNUM, 20), True),
    (
        "openai_svcacct",
        "OPENAI_API_KEY",
        "openai",
        lambda: "sk-svcacct-" + rnd(B64URL, 74) + "T3BlbkFJ" + rnd(B64URL, 74),
        True,
    ),
    ("anthropic", "ANTHROPIC_API_KEY", "anthropic", lambda: "sk-ant-api03-" + rnd(B64URL, 93) + "AA", True),
    ("anthropic_admin", "ANTHROPIC_ADMIN_KEY", "anthropic", lambda: "sk-ant-admin01-" + rnd(B64URL, 93) + "AA", True),
    ("google_api_key", "GOOGLE_API_KEY", "google maps", lambda: "AIza" + rnd(ALNUM + "-_", 35), True),
    ("gcp_oauth_access", "GOOGLE_ACCESS_TOKEN", "google", lambda: "ya29." + rnd(B64URL, 160), True),
    ("google_oauth_secret", "GOOGLE_CLIENT_SECRET", "google", lambda: "GOCSPX-" + rnd(B64URL, 28), True),
    (
        "azure_ad_client_secret",
        "AZURE_CLIENT_SECRET",
        "azure",
        lambda: rnd(ALNUM, 3) + R.choice(DIGITS) + "Q~" + rnd(ALNUM + "_~.-", 34),
        True,
    ),
    ("azure_devops_pat", "AZURE_DEVOPS_PAT", "azure devops", lambda: rnd(LOWER + "234567", 52), False),
    (
        "azure_devops_pat_new",
        "AZURE_DEVOPS_EXT_PAT",
        "azure devops",
        lambda: rnd(ALNUM, 52) + "JQQJ99" + rnd(ALNUM, 18) + "AZDO" + rnd(ALNUM, 4),
        True,
    ),
    ("azure_openai_key", "AZURE_OPENAI_API_KEY", "azure openai", lambda: rnd(HEX, 32), False),
    ("npm_token", "NPM_TOKEN", "npm", lambda: crc_token("npm_"), True),
    ("pypi_token", "TWINE_PASSWORD", "pypi", lambda: "pypi-AgEIcHlwaS5vcmc" + rnd(B64URL, 150), True),
    ("dockerhub_pat", "DOCKERHUB_TOKEN", "docker hub", lambda: "dckr_pat_" + rnd(B64URL, 27), True),
    ("heroku_new", "HEROKU_API_KEY", "heroku", lambda: "HRKU-AA" + rnd(B64URL, 58), True),
    ("heroku_legacy_uuid", "HEROKU_API_KEY", "heroku", uuid4, False),
    ("twilio_api_key", "TWILIO_API_KEY", "twilio", lambda: "SK" + rnd(HEX, 32), True),
    ("twilio_auth_token", "TWILIO_AUTH_TOKEN", "twilio", lambda: rnd(HEX, 32), False),
    ("sendgrid", "SENDGRID_API_KEY", "sendgrid", lambda: "SG." + rnd(B64URL, 22) + "." + rnd(B64URL, 43), True),
    ("mailgun_key", "MAILGUN_API_KEY", "mailgun", lambda: "key-" + rnd(HEX, 32), True),
    ("mailgun_new", "MAILGUN_API_KEY", "mailgun", lambda: f"{rnd(HEX, 32)}-{rnd(HEX, 8)}-{rnd(HEX, 8)}", False),
    ("mailchimp", "MAILCHIMP_API_KEY", "mailchimp", lambda: rnd(HEX, 32) + "-us" + str(R.randint(1, 21)), True),
    ("shopify_admin", "SHOPIFY_ACCESS_TOKEN", "shopify", lambda: "shpat_" + rnd(HEX, 32), True),
    ("shopify_shared_secret", "SHOPIFY_API_SECRET", "shopify", lambda: "shpss_" + rnd(HEX, 32), True),
    (
        "atlassian_api_token",
        "JIRA_API_TOKEN",
        "atlassian",
        lambda: "ATATT3xFfGF0" + rnd(B64URL, 170) + "=" + rnd(HEX.upper(), 8),
        True,
    ),
    (
        "bitbucket_app_password",
        "BITBUCKET_APP_PASSWORD",
        "bitbucket",
        lambda: "ATBB" + rnd(ALNUM, 32) + rnd(HEX.upper(), 8),
        True,
    ),
    ("databricks", "DATABRICKS_TOKEN", "databricks", lambda: "dapi" + rnd(HEX, 32), True),
    ("digitalocean_pat", "DIGITALOCEAN_TOKEN", "digitalocean", lambda: "dop_v1_" + rnd(HEX, 64), True),
    ("digitalocean_oauth", "DO_OAUTH_TOKEN", "digitalocean", lambda: "doo_v1_" + rnd(HEX, 64), True),
    ("square_access", "SQUARE_ACCESS_TOKEN", "square", lambda: "EAAA" + rnd(B64URL, 60), True),
    ("square_oauth_secret", "SQUARE_APP_SECRET", "square", lambda: "sq0csp-" + rnd(B64URL, 43), True),
    ("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", "cloudflare", lambda: rnd(B64URL, 40), False),
    ("cloudflare_global_key", "CLOUDFLARE_API_KEY", "cloudflare", lambda: rnd(HEX, 37), False),
    ("datadog_api_key", "DD_API_KEY", "datadog", lambda: rnd(HEX, 32), False),
    ("datadog_app_key", "DD_APP_KEY", "datadog", lambda: rnd(HEX, 40), False),
    ("newrelic_user_key", "NEW_RELIC_API_KEY", "new relic", lambda: "NRAK-" + rnd(UPPER + DIGITS, 27), True),
    ("newrelic_license", "NEW_RELIC_LICENSE_KEY", "new relic", lambda: rnd(HEX, 36) + "NRAL", True),
    (
        "sentry_org_token",
        "SENTRY_AUTH_TOKEN",
        "sentry",
        lambda: (
            "sntrys_"
            + b64json(
                {
                    "iat": 1734000000 + R.randint(0, 9999999),
                    "url": "https://sentry.io",
                    "region_url": "https://us.sentry.io",
                    "org": R.choice(["acme", "globex", "initech"]),
                }
            )
            + "_"
            + rnd(B64URL, 43)
        ),
        True,
    ),
    ("sentry_user_token", "SENTRY_TOKEN", "sentry", lambda: "sntryu_" + rnd(HEX, 64), True),
    ("grafana_service_account", "GRAFANA_TOKEN", "grafana", lambda: "glsa_" + rnd(ALNUM, 32) + "_" + rnd(HEX, 8), True),
    (
        "grafana_cloud",
        "GRAFANA_CLOUD_TOKEN",
        "grafana cloud",
        lambda: (
            "glc_"
            + b64json(
                {
                    "o": digits(6),
                    "n": "stack-" + digits(6) + "-hm-read",
                    "k": rnd(ALNUM, 24),
                    "m": {"r": "prod-us-east-0"},
                }
            )
        ),
        True,
    ),
    ("vault_service_token", "VAULT_TOKEN", "vault", lambda: "hvs." + rnd(B64URL, 90), True),
    ("vault_batch_token", "VAULT_TOKEN", "vault", lambda: "hvb." + rnd(B64URL, 130), True),
    ("terraform_cloud", "TFE_TOKEN", "terraform cloud", lambda: rnd(ALNUM, 14) + ".atlasv1." + rnd(ALNUM, 67), True),
    ("postman", "POSTMAN_API_KEY", "postman", lambda: "PMAK-" + rnd(HEX, 24) + "-" + rnd(HEX, 34), True),
    ("telegram_bot", "TELEGRAM_BOT_TOKEN", "telegram", lambda: digits(10) + ":AA" + rnd(B64URL, 33), True),
    (
        "discord_bot",
        "DISCORD_TOKEN",
        "discord",
        lambda: b64(digits(19).encode(), pad=False) + "." + rnd(B64URL, 6) + "." + rnd(B64URL, 38),
        True,
    ),
    (
        "discord_webhook",
        "DISCORD_WEBHOOK",
        "discord",
        lambda: f"https://discord.com/api/webhooks/{digits(19)}/{rnd(B64URL, 68)}",
        True,
    ),
    ("huggingface", "HF_TOKEN", "hugging face", lambda: "hf_" + rnd(UPPER + LOWER, 34), True),
    ("huggingface_org", "HUGGINGFACE_API_KEY", "hugging face", lambda: "api_org_" + rnd(UPPER + LOWER, 34), True),
    ("linear", "LINEAR_API_KEY", "linear", lambda: "lin_api_" + rnd(ALNUM, 40), True),
    ("notion_internal", "NOTION_TOKEN", "notion", lambda: "secret_" + rnd(ALNUM, 43), True),
    ("notion_ntn", "NOTION_API_KEY", "notion", lambda: "ntn_" + digits(11) + rnd(ALNUM, 35), True),
    ("figma", "FIGMA_TOKEN", "figma", lambda: "figd_" + rnd(B64URL, 40), True),
    ("netlify", "NETLIFY_AUTH_TOKEN", "netlify", lambda: "nfp_" + rnd(ALNUM, 36), True),
    ("supabase_pat", "SUPABASE_ACCESS_TOKEN", "supabase", lambda: "sbp_" + rnd(HEX, 40), True),
    ("supabase_secret", "SUPABASE_SECRET_KEY", "supabase", lambda: "sb_secret_" + rnd(B64URL, 31), True),
    ("planetscale", "PLANETSCALE_TOKEN", "planetscale", lambda: "pscale_tkn_" + rnd(B64URL, 43), True),
    ("planetscale_password", "DATABASE_PASSWORD", "planetscale", lambda: "pscale_pw_" + rnd(B64URL, 43), True),
    ("pulumi", "PULUMI_ACCESS_TOKEN", "pulumi", lambda: "pul-" + rnd(HEX, 40), True),
    ("fly", "FLY_API_TOKEN", "fly", lambda: "FlyV1 fm2_" + rnd(B64URL, 180), True),
    ("replicate", "REPLICATE_API_TOKEN", "replicate", lambda: "r8_" + rnd(ALNUM, 37), True),
    ("groq", "GROQ_API_KEY", "groq", lambda: "gsk_" + rnd(ALNUM, 52), True),
    ("xai", "XAI_API_KEY", "xai", lambda: "xai-" + rnd(ALNUM, 80), True),
    ("perplexity", "PERPLEXITY_API_KEY", "perplexity", lambda: "pplx-" + rnd(ALNUM, 48), True),
    ("openrouter", "OPENROUTER_API_KEY", "openrouter", lambda: "sk-or-v1-" + rnd(HEX, 64), True),
    ("mistral", "MISTRAL_API_KEY", "mistral", lambda: rnd(ALNUM, 32), False),
    ("cohere", "COHERE_API_KEY", "cohere", lambda: rnd(ALNUM, 40), False),
    ("deepseek", "DEEPSEEK_API_KEY", "deepseek", lambda: "sk-" + rnd(HEX, 32), True),
    ("rubygems", "GEM_HOST_API_KEY", "rubygems", lambda: "rubygems_" + rnd(HEX, 48), True),
    ("nuget", "NUGET_API_KEY", "nuget", lambda: "oy2" + rnd(LOWER + DIGITS, 43), True),
    ("circleci", "CIRCLECI_TOKEN", "circleci", lambda: "CCIPAT_" + rnd(ALNUM, 22) + "_" + rnd(HEX, 40), True),
    ("sonarqube", "SONAR_TOKEN", "sonarqube", lambda: "squ_" + rnd(HEX, 40), True),
    ("jfrog", "ARTIFACTORY_API_KEY", "jfrog", lambda: "AKCp8" + rnd(ALNUM, 68), True),
    (
        "dynatrace",
        "DT_API_TOKEN",
        "dynatrace",
        lambda: "dt0c01." + rnd(UPPER + DIGITS, 24) + "." + rnd(UPPER + DIGITS, 64),
        True,
    ),
    ("contentful", "CONTENTFUL_MANAGEMENT_TOKEN", "contentful", lambda: "CFPAT-" + rnd(B64URL, 43), True),
    ("dropbox", "DROPBOX_ACCESS_TOKEN", "dropbox", lambda: "sl.u." + rnd(B64URL, 150), True),
    ("pinecone", "PINECONE_API_KEY", "pinecone", lambda: "pcsk_" + rnd(ALNUM, 5) + "_" + rnd(ALNUM, 63), True),
    ("langsmith", "LANGSMITH_API_KEY", "langsmith", lambda: "lsv2_pt_" + rnd(HEX, 32) + "_" + rnd(HEX, 10), True),
    ("tailscale", "TS_AUTHKEY", "tailscale", lambda: "tskey-auth-k" + rnd(ALNUM, 11) + "CNTRL-" + rnd(ALNUM, 33), True),
    (
        "onepassword_sa",
        "OP_SERVICE_ACCOUNT_TOKEN",
        "1password",
        lambda: (
            "ops_"
            + b64json(
                {
                    "signInAddress": "my.1password.com",
                    "userAuth": {
                        "method": "SRPg-4096",
                        "alg": "PBES2g-HS256",
                        "iterations": 650000,
                        "salt": rnd(B64URL, 22),
                    },
                    "email": rnd(LOWER, 12) + "@1passwordserviceaccounts.com",
                    "srpX": rnd(HEX, 64),
                    "muk": {
                        "alg": "A256GCM",
                        "ext": True,
                        "k": rnd(B64URL, 43),
                        "key_ops": ["encrypt", "decrypt"],
                        "kty": "oct",
                        "kid": "mp",
                    },
                    "secretKey": "A3-" + rnd(UPPER + DIGITS, 6),
                    "throttleSecret": {"seed": rnd(HEX, 64), "uuid": rnd(UPPER + DIGITS, 26)},
                    "deviceUuid": rnd(LOWER + DIGITS, 26),
                }
            )
        ),
        True,
    ),
    ("doppler", "DOPPLER_TOKEN", "doppler", lambda: "dp.st.prd." + rnd(ALNUM, 43), True),
    ("brevo", "BREVO_API_KEY", "brevo", lambda: "xkeysib-" + rnd(HEX, 64) + "-" + rnd(ALNUM, 16), True),
    (
        "age_secret_key",
        "SOPS_AGE_KEY",
        "age",
        lambda: "AGE-SECRET-KEY-1" + rnd("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
        True,
    ),
    ("facebook_access", "FB_ACCESS_TOKEN", "facebook", lambda: "EAAG" + rnd(ALNUM, 180), True),
    (
        "twitter_bearer",
        "TWITTER_BEARER_TOKEN",
        "twitter",
        lambda: "AAAAAAAAAAAAAAAAAAAAA" + rnd(ALNUM, 10) + "%2B" + rnd(ALNUM, 20) + "%3D" + rnd(ALNUM, 50),
        True,
    ),
    ("alibaba", "ALIBABA_CLOUD_ACCESS_KEY_ID", "alibaba cloud", lambda: "LTAI" + rnd(ALNUM, 20), True),
    ("tencent", "TENCENTCLOUD_SECRET_ID", "tencent cloud", lambda: "AKID" + rnd(ALNUM, 32), True),
    ("airtable", "AIRTABLE_API_KEY", "airtable", lambda: "pat" + rnd(ALNUM, 14) + "." + rnd(HEX, 64), True),
    (
        "mapbox_secret",
        "MAPBOX_SECRET_TOKEN",
        "mapbox",
        lambda: "sk.eyJ1Ijoi" + rnd(B64URL, 40) + "." + rnd(B64URL, 22),
        True,
    ),
    ("okta", "OKTA_API_TOKEN", "okta", lambda: "00" + rnd(B64URL, 40), False),
    (
        "firebase_fcm",
        "FCM_SERVER_KEY",
        "firebase",
        lambda: "AAAA" + rnd(B64URL, 7) + ":APA91b" + rnd(B64URL, 134),
        True,
    ),
    ("snyk", "SNYK_TOKEN", "snyk", uuid4, False),
    ("launchdarkly", "LAUNCHDARKLY_SDK_KEY", "launchdarkly", lambda: "sdk-" + uuid4(), True),
    ("hubspot", "HUBSPOT_ACCESS_TOKEN", "hubspot", lambda: "pat-na1-" + uuid4(), True),
    ("adafruit", "ADAFRUIT_IO_KEY", "adafruit io", lambda: "aio_" + rnd(ALNUM, 28), True),
    ("clojars", "CLOJARS_DEPLOY_TOKEN", "clojars", lambda: "CLOJARS_" + rnd(HEX, 60), True),
    ("prefect", "PREFECT_API_KEY", "prefect", lambda: "pnu_" + rnd(ALNUM, 36), True),
    ("readme", "README_API_KEY", "readme", lambda: "rdme_" + rnd(HEX, 70), True),
    ("shippo", "SHIPPO_API_TOKEN", "shippo", lambda: "shippo_live_" + rnd(HEX, 40), True),
    ("typeform", "TYPEFORM_TOKEN", "typeform", lambda: "tfp_" + rnd(ALNUM, 44) + "_" + rnd(ALNUM, 14), True),
    ("vercel", "VERCEL_TOKEN", "vercel", lambda: rnd(ALNUM, 24), False),
    ("algolia_admin", "ALGOLIA_ADMIN_API_KEY", "algolia", lambda: rnd(HEX, 32), False),
    ("zendesk", "ZENDESK_API_TOKEN", "zendesk", lambda: rnd(ALNUM, 40), False),
    ("asana", "ASANA_ACCESS_TOKEN", "asana", lambda: f"2/{digits(16)}/{digits(16)}:{rnd(HEX, 32)}", True),
    ("auth0_client_secret", "AUTH0_CLIENT_SECRET", "auth0", lambda: rnd(B64URL, 64), False),
    ("plaid_secret", "PLAID_SECRET", "plaid", lambda: rnd(HEX, 30), False),
    ("plaid_access", "PLAID_ACCESS_TOKEN", "plaid", lambda: "access-production-" + uuid4(), True),
    ("confluent_secret", "CONFLUENT_CLOUD_API_SECRET", "confluent", lambda: rnd(ALNUM + "+/", 64), False),
    ("mongodb_atlas_private", "MONGODB_ATLAS_PRIVATE_KEY", "mongodb atlas", uuid4, False),
    (
        "django_secret_key",
        "DJANGO_SECRET_KEY",
        "django",
        lambda: "django-insecure-" + rnd(LOWER + DIGITS + "!@#$%^&*(-_=+)", 50),
        True,
    ),
    ("jwt_signing_secret", "JWT_SECRET", "auth", lambda: rnd(HEX, 64), False),
    ("app_secret_generic", "SESSION_SECRET", "app", lambda: rnd(B64, 44), False),
    (
        "db_password_generic",
        "DB_PASSWORD",
        "database",
        lambda: rnd(ALNUM, 10) + R.choice("!#%&*") + rnd(ALNUM, 6),
        False,
    ),
    ("api_key_generic_camel", "PAYMENTS_API_KEY", "payments", lambda: rnd(ALNUM, 32), False),
    (
        "lark_webhook",
        "FEISHU_WEBHOOK",
        "feishu",
        lambda: f"https://open.feishu.cn/open-apis/bot/v2/hook/{uuid4()}",
        True,
    ),
    (
        "teams_webhook",
        "TEAMS_WEBHOOK_URL",
        "teams",
        lambda: (
            f"https://acme.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rnd(HEX, 32)}/{uuid4()}/V2{rnd(B64URL, 40)}"
        ),
        True,
    ),
    # the long tail: services whose tokens scanners' rule sets also cover
    ("adobe_client_secret", "ADOBE_CLIENT_SECRET", "adobe", lambda: "p8e-" + rnd(ALNUM, 32), True),
    (
        "authress",
        "AUTHRESS_KEY",
        "authress",
        lambda: (
            "sc_"
            + rnd(LOWER + DIGITS, 12)
            + "."
            + rnd(LOWER + DIGITS, 5)
            + ".acc_"
            + rnd(LOWER + DIGITS, 16)
            + "."
            + rnd(B64URL, 60)
        ),
        True,
    ),
    ("beamer", "BEAMER_API_KEY", "beamer", lambda: "b_" + rnd(LOWER + DIGITS + "=_-", 44), True),
    ("codecov", "CODECOV_TOKEN", "codecov", uuid4, False),
    ("coinbase", "COINBASE_API_SECRET", "coinbase", lambda: rnd(ALNUM, 64), False),
    ("droneci", "DRONE_TOKEN", "drone", lambda: rnd(ALNUM, 32), False),
    ("duffel", "DUFFEL_ACCESS_TOKEN", "duffel", lambda: "duffel_live_" + rnd(B64URL, 43), True),
    ("easypost", "EASYPOST_API_KEY", "easypost", lambda: "EZAK" + rnd(ALNUM, 54), True),
    ("etsy", "ETSY_API_KEY", "etsy", lambda: rnd(LOWER + DIGITS, 24), False),
    ("fastly", "FASTLY_API_TOKEN", "fastly", lambda: rnd(B64URL, 32), False),
    ("finnhub", "FINNHUB_API_KEY", "finnhub", lambda: rnd(LOWER + DIGITS, 20), False),
    ("flickr", "FLICKR_API_KEY", "flickr", lambda: rnd(HEX, 32), False),
    ("flutterwave", "FLW_SECRET_KEY", "flutterwave", lambda: "FLWSECK-" + rnd(HEX, 32) + "-X", True),
    ("frameio", "FRAMEIO_TOKEN", "frame.io", lambda: "fio-u-" + rnd(B64URL, 64), True),
    ("freshbooks", "FRESHBOOKS_ACCESS_TOKEN", "freshbooks", lambda: rnd(HEX, 64), False),
    ("gitter", "GITTER_TOKEN", "gitter", lambda: rnd(HEX, 40), False),
    ("gocardless", "GOCARDLESS_ACCESS_TOKEN", "gocardless", lambda: "live_" + rnd(B64URL, 40), True),
    (
        "harness",
        "HARNESS_API_KEY",
        "harness",
        lambda: "pat." + rnd(B64URL, 22) + "." + rnd(HEX, 24) + "." + rnd(ALNUM, 20),
        True,
    ),
    ("infracost", "INFRACOST_API_KEY", "infracost", lambda: "ico-" + rnd(ALNUM, 32), True),
    ("intercom", "INTERCOM_ACCESS_TOKEN", "intercom", lambda: "dG9rOj" + rnd(B64URL, 54) + "=", True),
    ("kraken", "KRAKEN_PRIVATE_KEY", "kraken", lambda: b64(R.randbytes(64)), False),
    ("kucoin", "KUCOIN_API_SECRET", "kucoin", uuid4, False),
    ("linkedin", "LINKEDIN_CLIENT_SECRET", "linkedin", lambda: rnd(ALNUM, 16), False),
    ("lob", "LOB_API_KEY", "lob", lambda: "live_" + rnd(HEX, 35), True),
    ("mattermost", "MATTERMOST_TOKEN", "mattermost", lambda: rnd(LOWER + DIGITS, 26), False),
    ("messagebird", "MESSAGEBIRD_API_KEY", "messagebird", lambda: rnd(ALNUM, 25), False),
    ("octopus_deploy", "OCTOPUS_API_KEY", "octopus deploy", lambda: "API-" + rnd(UPPER + DIGITS, 26), True),
    ("openshift", "OPENSHIFT_TOKEN", "openshift", lambda: "sha256~" + rnd(B64URL, 43), True),
    ("rapidapi", "RAPIDAPI_KEY", "rapidapi", lambda: rnd(ALNUM, 50), False),
    ("scalingo", "SCALINGO_API_TOKEN", "scalingo", lambda: "tk-us-" + rnd(B64URL, 48), True),
    ("sendbird", "SENDBIRD_API_TOKEN", "sendbird", lambda: rnd(HEX, 40), False),
    ("settlemint", "SETTLEMINT_PAT", "settlemint", lambda: "sm_pat_" + rnd(ALNUM, 16), True),
    ("sidekiq", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM", "sidekiq", lambda: rnd(HEX, 8) + ":" + rnd(HEX, 8), False),
    ("sourcegraph", "SRC_ACCESS_TOKEN", "sourcegraph", lambda: "sgp_" + rnd(HEX, 16) + "_" + rnd(HEX, 40), True),
    ("squarespace", "SQUARESPACE_API_KEY", "squarespace", uuid4, False),
    ("sumologic", "SUMO_ACCESS_KEY", "sumo logic", lambda: rnd(ALNUM, 64), False),
    ("travisci", "TRAVIS_TOKEN", "travis", lambda: rnd(ALNUM, 22), False),
    ("twitch", "TWITCH_CLIENT_SECRET", "twitch", lambda: rnd(LOWER + DIGITS, 30), False),
    ("yandex", "YANDEX_API_KEY", "yandex", lambda: "AQVN" + rnd(B64URL, 36), True),
    ("yandex_iam", "YC_TOKEN", "yandex cloud", lambda: "t1." + rnd(B64URL, 150), True),
    ("zoom", "ZOOM_CLIENT_SECRET", "zoom", lambda: rnd(ALNUM, 32), False),
    ("pagerduty", "PAGERDUTY_TOKEN", "pagerduty", lambda: "u+" + rnd(B64URL, 18), True),
    ("trello", "TRELLO_TOKEN", "trello", lambda: "ATTA" + rnd(HEX, 64) + rnd(HEX.upper(), 8), True),
    (
        "salesforce_session",
        "SF_ACCESS_TOKEN",
        "salesforce",
        lambda: "00D" + rnd(ALNUM, 12) + "!" + rnd(ALNUM + ".", 96),
        True,
    ),
    (
        "k8s_sa_token",
        "KUBE_TOKEN",
        "kubernetes",
        lambda: (
            b64json({"alg": "RS256", "kid": rnd(B64URL, 43)})
            + "."
            + b64json(
                {
                    "iss": "kubernetes/serviceaccount",
                    "kubernetes.io/serviceaccount/namespace": "ci",
                    "sub": "system:serviceaccount:ci:deployer",
                }
            )
            + "."
            + rnd(B64URL, 342)
        ),
        True,
    ),
    ("postmark", "POSTMARK_SERVER_TOKEN", "postmark", uuid4, False),
    ("mandrill", "MANDRILL_API_KEY", "mandrill", lambda: "md-" + rnd(B64URL, 22), True),
    ("sparkpost", "SPARKPOST_API_KEY", "sparkpost", lambda: rnd(HEX, 40), False),
    ("mailersend", "MAILERSEND_API_KEY", "mailersend", lambda: "mlsn." + rnd(HEX, 64), True),
    ("resend", "RESEND_API_KEY", "resend", lambda: "re_" + rnd(ALNUM, 8) + "_" + rnd(ALNUM, 24), True),
    ("neon", "NEON_API_KEY", "neon", lambda: "napi_" + rnd(LOWER + DIGITS, 64), True),
    ("render", "RENDER_API_KEY", "render", lambda: "rnd_" + rnd(ALNUM, 32), True),
    ("railway", "RAILWAY_TOKEN", "railway", uuid4, False),
    ("clerk", "CLERK_SECRET_KEY", "clerk", lambda: "sk_live_" + rnd(ALNUM, 46), True),
    (
        "cloudinary_url",
        "CLOUDINARY_URL",
        "cloudinary",
        lambda: f"cloudinary://{digits(15)}:{rnd(B64URL, 27)}@acme-media",
        True,
    ),
    ("pusher", "PUSHER_APP_SECRET", "pusher", lambda: rnd(HEX, 20), False),
    ("ably", "ABLY_API_KEY", "ably", lambda: rnd(ALNUM, 6) + "." + rnd(B64URL, 6) + ":" + rnd(B64URL, 43), True),
    (
        "zapier_webhook",
        "ZAPIER_HOOK",
        "zapier",
        lambda: f"https://hooks.zapier.com/hooks/catch/{digits(7)}/{rnd(LOWER + DIGITS, 6)}/",
        True,
    ),
    (
        "google_chat_webhook",
        "GCHAT_WEBHOOK",
        "google chat",
        lambda: (
            f"https://chat.googleapis.com/v1/spaces/AAAA{rnd(B64URL, 7)}/messages?key=AIza{rnd(ALNUM + '-_', 35)}&token={rnd(B64URL, 43)}"
        ),
        True,
    ),
    ("jenkins_api_token", "JENKINS_API_TOKEN", "jenkins", lambda: "11" + rnd(HEX, 32), False),
    ("artifactory_reference", "JFROG_ACCESS_TOKEN", "jfrog", lambda: "cmVmdGtuOjAxOj" + rnd(ALNUM, 50), True),
    ("wireguard_private", "WG_PRIVATE_KEY", "wireguard", lambda: b64(R.randbytes(32)), False),
    ("aws_session_token", "AWS_SESSION_TOKEN", "aws", lambda: "IQoJb3JpZ2luX2VjE" + rnd(B64, 300) + "==", True),
    ("azure_function_key", "AZURE_FUNCTION_KEY", "azure functions", lambda: rnd(B64URL, 54) + "==", False),
    ("ibm_cloud", "IBMCLOUD_API_KEY", "ibm cloud", lambda: rnd(B64URL, 44), False),
    ("segment_write_key", "SEGMENT_WRITE_KEY", "segment", lambda: rnd(ALNUM, 32), False),
    ("mux", "MUX_TOKEN_SECRET", "mux", lambda: rnd(B64, 75), False),
    ("contentstack", "CONTENTSTACK_MANAGEMENT_TOKEN", "contentstack", lambda: "cs" + rnd(HEX, 32), False),
    ("buildkite", "BUILDKITE_API_TOKEN", "buildkite", lambda: "bkua_" + rnd(HEX, 40), True),
    ("cursor_api", "CURSOR_API_KEY", "cursor", lambda: "key_" + rnd(HEX, 64), True),
    ("gemini", "GEMINI_API_KEY", "gemini", lambda: "AIza" + rnd(ALNUM + "-_", 35), True),
    ("together", "TOGETHER_API_KEY", "together", lambda: "tgp_v1_" + rnd(B64URL, 43), True),
    ("fireworks", "FIREWORKS_API_KEY", "fireworks", lambda: "fw_" + rnd(ALNUM, 24), True),
    ("elevenlabs", "ELEVENLABS_API_KEY", "elevenlabs", lambda: "sk_" + rnd(HEX, 48), True),
    ("tavily", "TAVILY_API_KEY", "tavily", lambda: "tvly-" + rnd(ALNUM, 32), True),
    ("exa", "EXA_API_KEY", "exa", uuid4, False),
    ("firecrawl", "FIRECRAWL_API_KEY", "firecrawl", lambda: "fc-" + rnd(HEX, 32), True),
    ("brave_search", "BRAVE_API_KEY", "brave search", lambda: "BSA" + rnd(ALNUM + "-_", 28), True),
    ("browserbase", "BROWSERBASE_API_KEY", "browserbase", lambda: "bb_live_" + rnd(B64URL, 27), True),
    ("e2b", "E2B_API_KEY", "e2b", lambda: "e2b_" + rnd(HEX, 40), True),
    ("modal", "MODAL_TOKEN_SECRET", "modal", lambda: "as-" + rnd(ALNUM, 22), True),
    ("wandb", "WANDB_API_KEY", "weights and biases", lambda: rnd(HEX, 40), False),
    ("upstash_redis", "UPSTASH_REDIS_REST_TOKEN", "upstash", lambda: "A" + rnd(B64URL, 59) + "=", False),
    (
        "turso",
        "TURSO_AUTH_TOKEN",
        "turso",
        lambda: (
            b64json({"alg": "EdDSA", "typ": "JWT"})
            + "."
            + b64json({"a": "rw", "iat": 1767000000, "id": uuid4()})
            + "."
            + rnd(B64URL, 86)
        ),
        True,
    ),
]


def _der_items(der: bytes, at: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) of the value of each DER element from `at` to `end` (a container's value)."""
    end = len(der) if end is None else end
    out = []
    while at < end:
        n = der[at + 1]
        at += 2
        if n & 0x80:
            k = n & 0x7F
            n = int.from_bytes(der[at : at + k], "big")
            at += k
        out.append((at, at + n))
        at += n
    return out


def _pem(label: str, der: bytes, width: int = 64) -> str:
    body = base64.b64encode(der).decode()
    lines = "\n".join(body[i : i + width] for i in range(0, len(body), width))
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----\n"


def _steady_openssh(pem: bytes) -> str:
    """The key library's OpenSSH private key with its random check integers replaced by ones derived from the key, so
    that the same seed always writes the same file."""
    label = "OPENSSH PRIVATE KEY"
    blob = bytearray(base64.b64decode(b"".join(pem.split(b"\n")[1:-2])))
    at = len(b"openssh-key-v1\0")
    for _ in range(3):  # cipher name, KDF name, KDF options
        at += 4 + int.from_bytes(blob[at : at + 4], "big")
    at += 4  # number of keys
    at += 4 + int.from_bytes(blob[at : at + 4], "big")  # public key
    at += 4  # length of the private section
    check = hashlib.sha256(bytes(blob[at + 8 :])).digest()[:4]
    blob[at : at + 8] = check + check
    return _pem(label, bytes(blob))


def _steady_encrypted(key: Any, passphrase: bytes) -> str:
    """`key` as an encrypted PKCS#8 PEM (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC) whose salt and IV are derived from
    the key instead of the system's randomness, so that the same seed always writes the same file."""
    from cryptography.hazmat.primitives import hashes, padding
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    plain = key.private_bytes(ser.Encoding.DER, ser.PrivateFormat.PKCS8, ser.NoEncryption())
    der = bytearray(
        key.private_bytes(ser.Encoding.DER, ser.PrivateFormat.PKCS8, ser.BestAvailableEncryption(passphrase))
    )
    digest = hashlib.sha256(b"salt and iv of " + plain).digest()
    salt, iv = digest[:16], digest[16:]
    (top,) = _der_items(der)
    alg, data = _der_items(der, *top)
    _, pbes2 = _der_items(der, *alg)
    kdf, enc = _der_items(der, *pbes2)
    _, kdf_params = _der_items(der, *kdf)
    salt_at, it_at = _der_items(der, *kdf_params)[:2]
    iv_at = _der_items(der, *enc)[1]
    rounds = int.from_bytes(der[it_at[0] : it_at[1]], "big")
    aes_key = PBKDF2HMAC(hashes.SHA256(), 32, salt, rounds).derive(passphrase)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(algorithms.AES(aes_key), modes.CBC(iv)).encryptor()
    sealed = encryptor.update(padded) + encryptor.finalize()
    assert (salt_at[1] - salt_at[0], iv_at[1] - iv_at[0], data[1] - data[0]) == (16, 16, len(sealed))
    der[salt_at[0] : salt_at[1]], der[iv_at[0] : iv_at[1]], der[data[0] : data[1]] = salt, iv, sealed
    return _pem("ENCRYPTED PRIVATE KEY", bytes(der))


def key_material() -> dict[str, str]:
    """PEM private keys of several kinds, derived from the seeded generator (made up here, never used anywhere)."""
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    e = 65537
    while True:
        p, q = prime(1024), prime(1024)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    d = pow(e, -1, phi)
    numbers = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(e, p * q))
    rsa_key = numbers.private_key()
    ec_key = ec.derive_private_key(R.getrandbits(255) + 1, ec.SECP256R1())
    ed = ed25519.Ed25519PrivateKey.from_private_bytes(R.randbytes(32))
    none = ser.NoEncryption()
    return {
        "pem_rsa_pkcs1": rsa_key.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.TraditionalOpenSSL, none).decode(),
        "pem_pkcs8": rsa_key.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8, none).decode(),
        "pem_ec": ec_key.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.TraditionalOpenSSL, none).decode(),
        "pem_openssh_ed25519": _steady_openssh(ed.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.OpenSSH, none)),
        "pem_encrypted_pkcs8": _steady_encrypted(ec_key, b"not-a-real-passphrase"),
        "public_key_pem": rsa_key.public_key()
        .public_bytes(ser.Encoding.PEM, ser.PublicFormat.SubjectPublicKeyInfo)
        .decode(),
        "public_key_openssh": ed.public_key().public_bytes(ser.Encoding.OpenSSH, ser.PublicFormat.OpenSSH).decode(),
    }


def jwt(claims: dict[str, Any], alg: str = "HS256") -> str:
    return (
        b64json({"alg": alg, "typ": "JWT"}) + "." + b64json(claims) + "." + rnd(B64URL, 43 if alg == "HS256" else 342)
    )


def structured(cases: list[dict[str, Any]]) -> None:
    """Credentials whose context is a file format of its own: key files, connection strings, auth files."""
    keys = key_material()
    for cls in ("pem_rsa_pkcs1", "pem_pkcs8", "pem_ec", "pem_openssh_ed25519", "pem_encrypted_pkcs8"):
        pem = keys[cls].strip()
        cases.append(positive(D, cls, f"$ cat ~/.ssh/deploy_key\n{S}\n", pem, "file"))
        cases.append(positive(D, cls, f'key = """{S}"""\n', pem, "python"))
    pem = keys["pem_pkcs8"].strip()
    escaped = pem.replace("\n", "\\n")
    sa = (
        '{\n  "type": "service_account",\n  "project_id": "billing-prod-'
        + digits(6)
        + '",\n  "private_key_id": "'
        + rnd(HEX, 40)
        + '",\n  "private_key": "'
        + S
        + '\\n",\n  "client_email": "ci-deployer@billing-prod.iam.gserviceaccount.com",\n'
        '  "client_id": "' + digits(21) + '",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}'
    )
    cases.append(positive(D, "gcp_service_account_json", sa, escaped, "json"))
    cases.append(
        positive(
            D,
            "private_key_json_escaped",
            '{"ssh": {"key": "' + S + '"}}',
            keys["pem_ec"].strip().replace("\n", "\\n"),
            "json",
        )
    )
    cases.append(
        positive(
            D,
            "private_key_in_yaml",
            "tls:\n  key: |\n    " + S.replace("\n", "\n    ") + "\n",
            keys["pem_ec"].strip().replace("\n", "\n    "),
            "yaml",
        )
    )
    # PGP private key block (random body of the right shape).
    body = "\n".join(rnd(B64, 64) for _ in range(12)) + "\n=" + rnd(B64, 4)
    pgp = f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{body}\n-----END PGP PRIVATE KEY BLOCK-----"
    cases.append(positive(D, "pgp_private_key", f"{S}\n", pgp, "file"))

    for _ in range(2):
        t = jwt(
            {
                "sub": digits(8),
                "name": "svc-reporting",
                "iat": 1767000000 + R.randint(0, 10**7),
                "exp": 1799000000,
                "scope": "reports:read",
            }
        )
        cases.append(
            positive(
                D,
                "jwt_bearer",
                f'curl -H "Authorization: Bearer {S}" https://internal.acme.io/api/reports',
                t,
                "curl_bearer",
            )
        )
    t = jwt(
        {
            "iss": "https://auth.acme.io/",
            "sub": "auth0|" + rnd(HEX, 24),
            "aud": "billing",
            "iat": 1767000000,
            "exp": 1767086400,
        },
        "RS256",
    )
    cases.append(positive(D, "jwt_id_token", '{"id_token": "' + S + '", "token_type": "Bearer"}', t, "json"))
    t = jwt({"role": "service_role", "iss": "supabase", "ref": rnd(LOWER, 20), "iat": 1760000000, "exp": 2075000000})
    cases.append(positive(D, "supabase_service_role_jwt", f"SUPABASE_SERVICE_ROLE_KEY={S}", t, "env"))
    t = jwt({"uid": digits(6), "sess": rnd(HEX, 16), "iat": 1767000000})
    cases.append(positive(D, "jwt_cookie", f"Set-Cookie: session={S}; Path=/; HttpOnly; Secure", t, "header_log"))

    def pw(n: int = 14) -> str:
        return rnd(ALNUM, n - 2) + R.choice("!#%*-_") + R.choice(DIGITS)

    conn = [
        ("conn_postgres", "DATABASE_URL=postgresql://app_rw:{}@db-prod.internal.acme.io:5432/orders", "env"),
        ("conn_postgres", 'engine = create_engine("postgresql+psycopg://report:{}@10.20.4.11/warehouse")', "python"),
        (
            "conn_mysql",
            "spring.datasource.url=jdbc:mysql://mysql.acme.local:3306/shop?user=shop&password={}",
            "java_props",
        ),
        ("conn_mysql", "mysql://wp_admin:{}@mysql-1.prod.acme.net:3306/wordpress", "url"),
        (
            "conn_mongodb",
            'MONGO_URI="mongodb+srv://atlas-user:{}@cluster0.x7kq2.mongodb.net/app?retryWrites=true"',
            "env",
        ),
        ("conn_redis", "REDIS_URL=rediss://default:{}@redis-12345.c9.us-east-1-2.ec2.cloud.redislabs.com:12345", "env"),
        ("conn_amqp", "broker_url = 'amqp://celery:{}@rabbitmq.prod.svc:5672//'", "python"),
        (
            "conn_mssql",
            "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password={};Encrypt=True;",
            "connection_string",
        ),
        (
            "conn_mssql",
            '"ConnectionStrings": {"Default": "Server=sql01;Database=Billing;User Id=billing;Password={};"}',
            "json",
        ),
        ("url_basic_auth", "git clone https://deploy-bot:{}@git.acme.io/platform/infra.git", "cli"),
        ("url_basic_auth", "pip install --index-url https://ci:{}@pypi.acme.internal/simple/ acme-core", "cli"),
        ("cli_password_flag", "mysql -h db.acme.io -u root -p'{}' shop < dump.sql", "cli"),
        ("cli_password_flag", "sshpass -p '{}' ssh ops@bastion.acme.io", "cli"),
        ("cli_password_flag", "docker login registry.acme.io -u deployer -p {}", "cli"),
        ("cli_password_flag", "PGPASSWORD={} psql -h db.acme.io -U analytics warehouse", "cli"),
    ]
    for cls, tmpl, form in conn:
        cases.append(positive(D, cls, tmpl.replace("{}", S), pw(), form))
    cases.append(
        positive(
            D,
            "netrc",
            f"machine api.heroku.com\n  login ops@acme.io\n  password {S}\n",
            "HRKU-AA" + rnd(B64URL, 58),
            "netrc",
        )
    )
    cases.append(positive(D, "netrc", f"machine git.acme.io login ci-bot password {S}\n", pw(20), "netrc"))
    cases.append(
        positive(
            D,
            "npmrc_authtoken",
            f"@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={S}\n",
            crc_token("ghp_"),
            "npmrc",
        )
    )
    cases.append(positive(D, "npmrc_authtoken", f"//registry.npmjs.org/:_authToken={S}\n", crc_token("npm_"), "npmrc"))
    cases.append(
        positive(
            D,
            "npmrc_auth_b64",
            f"registry=https://artifactory.acme.io/api/npm/npm/\n_auth={S}\nalways-auth=true\n",
            b64(("ci:" + pw()).encode()),
            "npmrc",
        )
    )
    auth = b64(("deployer:" + pw()).encode())
    cases.append(
        positive(
            D,
            "docker_config_auth",
            '{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "' + S + '"\n    }\n  }\n}',
            auth,
            "json",
        )
    )
    cases.append(
        positive(
            D,
            "docker_config_auth",
            '{"auths":{"https://index.docker.io/v1/":{"auth":"' + S + '"}}}',
            b64(("acme:" + "dckr_pat_" + rnd(B64URL, 27)).encode()),
            "json",
        )
    )
    cases.append(positive(D, "basic_auth_header", f"Authorization: Basic {S}", b64(("api:" + pw()).encode()), "header"))
    cases.append(
        positive(
            D,
            "basic_auth_header",
            f'requests.get(url, headers={{"Authorization": "Basic {S}"}})',
            b64(("svc-export:" + pw()).encode()),
            "python",
        )
    )
    cases.append(positive(D, "curl_user_pass", f"curl -u admin:{S} https://jenkins.acme.io/api/json", pw(), "cli"))
    cases.append(
        positive(
            D,
            "azure_storage_conn",
            f"AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey={S};EndpointSuffix=core.windows.net",
            b64(R.randbytes(64)),
            "env",
        )
    )
    cases.append(
        positive(
            D,
            "azure_servicebus_conn",
            f'"ServiceBus": "Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={S}"',
            b64(R.randbytes(32)),
            "json",
        )
    )
    sig = b64(R.randbytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    cases.append(
        positive(
            D,
            "azure_sas_url",
            f"https://acmeprod.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-01-01T00:00:00Z&spr=https&sig={S}",
            sig,
            "url",
        )
    )
    cases.append(
        positive(
            D,
            "aws_pair_credentials_file",
            f"[default]\naws_access_key_id = AKIA{rnd(UPPER + '234567', 16)}\naws_secret_access_key = {S}\nregion = eu-west-1\n",
            rnd(ALNUM + "/+", 40),
            "ini",
        )
    )
    cases.append(
        positive(
            D,
            "url_query_key",
            f"GET https://maps.acme-geo.com/v3/geocode?address=Main+St&key={S}",
            "AIza" + rnd(ALNUM + "-_", 35),
            "url",
        )
    )
    cases.append(
        positive(
            D, "url_query_key", f"https://api.acme-weather.io/data/2.5/forecast?q=Oslo&appid={S}", rnd(HEX, 32), "url"
        )
    )
    cases.append(positive(D, "header_x_api_key", f"x-api-key: {S}", rnd(ALNUM, 40), "header"))
    cases.append(
        positive(
            D, "header_x_api_key", f'fetch(url, {{ headers: {{ "X-API-Key": "{S}" }} }})', rnd(ALNUM, 32), "javascript"
        )
    )
    cases.append(
        positive(D, "set_property", f'System.setProperty("PAYMENT_GATEWAY_TOKEN", "{S}");', rnd(ALNUM, 36), "java")
    )
    cases.append(positive(D, "camel_case_name", f"const shopifyToken = '{S}';", "shpat_" + rnd(HEX, 32), "javascript"))
    cases.append(positive(D, "camel_case_name", f'val stripeSecret = "{S}"', rnd(ALNUM, 40), "kotlin"))
    cases.append(positive(D, "makefile_assign", f"DEPLOY_TOKEN ?= {S}\n", rnd(ALNUM, 40), "make"))
    cases.append(positive(D, "makefile_assign", f"REGISTRY_PASSWORD ::= {S}\n", pw(18), "make"))
    cases.append(positive(D, "xml_attribute", f'<add key="ApiSecret" value="{S}" />', rnd(B64, 44), "xml"))
    cases.append(
        positive(
            D,
            "powershell",
            f'$env:OPENAI_API_KEY = "{S}"',
            "sk-proj-" + rnd(B64URL, 74) + "T3BlbkFJ" + rnd(B64URL, 74),
            "powershell",
        )
    )
    cases.append(
        positive(
            D,
            "log_line_token",
            f'level=info msg="token refreshed" token={S} expires_in=3600',
            "ya29." + rnd(B64URL, 160),
            "log",
        )
    )
    cases.append(
        positive(
            D,
            "log_line_token",
            f"[2026-02-11 08:00:01] worker.1 ERROR auth failed for key {S}",
            "sk_live_51" + rnd(ALNUM, 97),
            "log",
        )
    )


def negatives() -> list[dict[str, Any]]:
    """Look-alikes and placeholders that must not be flagged."""
    out: list[dict[str, Any]] = []

    def n(cls: str, text: str, form: str = "") -> None:
        out.append(negative(D, cls, text, form))

    for name in (
        "OPENAI_API_KEY",
        "GITHUB_TOKEN",
        "STRIPE_SECRET_KEY",
        "ANTHROPIC_API_KEY",
        "SLACK_BOT_TOKEN",
        "AWS_SECRET_ACCESS_KEY",
    ):
        n("placeholder_angle", f"{name}=<your-{name.lower().replace('_', '-')}>", "env")
        n("env_reference", f"{name}=${{{name}}}", "env")
    for text in (
        "OPENAI_API_KEY=sk-...",
        "export GITHUB_TOKEN=ghp_...",
        'stripe.api_key = "sk_live_..."',
        "ANTHROPIC_API_KEY=sk-ant-...",
        "SLACK_BOT_TOKEN=xoxb-...",
        "Set HF_TOKEN to your token (it starts with hf_...)",
        "NPM_TOKEN=npm_…",
    ):
        n("placeholder_ellipsis", text)
    for text in (
        "API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        'password: "********"',
        "SECRET_KEY=XXXXXXXXXXXXXXXXXXXXXXXX",
        "aws_secret_access_key = ****************************************",
        "token: 0000000000000000000000000000000000000000",
        "stripe_key = sk_test_XXXXXXXXXXXXXXXXXXXXXXXX",
    ):
        n("placeholder_filler", text)
    for text in (
        'api_key = "YOUR_API_KEY_HERE"',
        "DATABASE_PASSWORD=changeme",
        'password = "password"',
        "token: REPLACE_ME",
        "SECRET=your-secret-here",
        'apiKey: "<API_KEY>"',
        "client_secret: TODO",
        "Authorization: Bearer <token>",
        "Authorization: Bearer $TOKEN",
        'curl -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/user',
        "DB_PASSWORD=%DB_PASSWORD%",
        "password: {{ vault_db_password }}",
        "token: ${{ secrets.DEPLOY_TOKEN }}",
        "GITHUB_TOKEN: ${{ github.token }}",
        'api_key = os.environ["OPENAI_API_KEY"]',
        "const token = process.env.SLACK_BOT_TOKEN;",
        "password = getpass.getpass('Password: ')",
        "secret = os.getenv('APP_SECRET', '')",
        'let apiKey = std::env::var("API_KEY").expect("API_KEY not set");',
        'token := os.Getenv("VAULT_TOKEN")',
    ):
        n("placeholder_word_or_reference", text)
    for text in (
        "def login(username: str, password: str) -> Session:",
        "password: Optional[str] = None",
        "tokens: OAuthToken | None = field(default=None)",
        "token = base64.b64encode(raw).decode()",
        "self.api_key = api_key",
        "secret = secrets.token_urlsafe(32)",
        "if (e.password == s.password) return !0;",
        "const { token } = await auth.refresh(session);",
        "password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())",
        "private readonly apiKey: string;",
        "func NewClient(token string) *Client {",
        'PRIVATE_KEY_HEADER = "-----BEGIN PRIVATE KEY-----"',
        "if line.startswith('-----BEGIN RSA PRIVATE KEY-----'):",
        "ACCESS_TOKEN_EXPIRE_MINUTES = 30",
        'token_type = "bearer"',
        "password_min_length = 12",
        "set_password(user, new_password)",
        "apiKey: config.get('apiKey'),",
        'String password = request.getParameter("password");',
        '<input type="password" name="password" autocomplete="current-password">',
    ):
        n("code_not_a_value", text, "code")
    for _ in range(6):
        n("hash_sha256", f"sha256:{rnd(HEX, 64)}  dist/acme-1.4.2.tar.gz")
        n("git_sha", f"commit {rnd(HEX, 40)}\nAuthor: Dana Whit <dana@acme.io>\n\n    Fix flaky retry test")
        n("uuid", f"request_id={uuid4()} status=200 duration_ms={R.randint(3, 900)}")
    for _ in range(3):
        n("hash_md5", f"{rnd(HEX, 32)}  backup-2026-03-01.tar")
        n("hash_sha1", f'  "resolved": "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#{rnd(HEX, 40)}"')
        n("npm_integrity", f'"integrity": "sha512-{b64(R.randbytes(64))}"')
        n("docker_digest", f"image: ghcr.io/acme/api@sha256:{rnd(HEX, 64)}")
        n("short_git_sha", f"Merge pull request #{R.randint(100, 9999)} from acme/fix-{rnd(LOWER, 6)} ({rnd(HEX, 7)})")
        n("k8s_pod_name", f"pod/api-7f9c{rnd(LOWER + DIGITS, 6)}-{rnd(LOWER + DIGITS, 5)}   1/1   Running   0   3h")
        n("css_and_numbers", f".btn {{ color: #{rnd(HEX, 6)}; }} /* build {digits(10)} */")
    n("aws_documented_example", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE")
    n("aws_documented_example", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    n("stripe_publishable", f"const stripe = Stripe('pk_live_51{rnd(ALNUM, 97)}');")
    n("stripe_publishable", f"STRIPE_PUBLISHABLE_KEY=pk_test_51{rnd(ALNUM, 97)}")
    keys = key_material()
    n("public_key", keys["public_key_pem"])
    n("public_key", f"ssh-authorized: {keys['public_key_openssh']} dana@laptop")
    cert_body = "\n".join(rnd(B64, 64) for _ in range(10))
    n("certificate", f"-----BEGIN CERTIFICATE-----\n{cert_body}\n-----END CERTIFICATE-----")
    n("data_uri_image", f'<img src="data:image/png;base64,{b64(R.randbytes(180))}" alt="logo">')
    n("masked_value", "OPENAI_API_KEY=sk-proj-****************************abcd")
    n("masked_value", "Token: ghp_****************************1a2B (last used 3 days ago)")
    n("masked_value", "stripe key sk_live_...4242 was rolled on 2026-01-03")
    n("localhost_default", "DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app_test")
    n("localhost_default", "redis://localhost:6379/0")
    n("doc_url", "https://user:password@example.com/path is the general form of a URL with credentials.")
    n("doc_url", "mongodb://<username>:<password>@cluster0.mongodb.net/?retryWrites=true")
    n(
        "secret_scanning_docs",
        "GitHub secret scanning detects tokens such as ghp_ (personal access tokens) and gho_ (OAuth).",
    )
    n("secret_scanning_docs", "Never commit your AWS secret access key. Store it in ~/.aws/credentials with chmod 600.")
    n(
        "secret_scanning_docs",
        "To reset your password, open Settings > Security and click 'Change password'. The new password must have 12 characters.",
    )
    n(
        "secret_scanning_docs",
        "Rotate the token: `gh auth refresh -h github.com -s admin:org` then `gh auth token` prints the new one.",
    )
    n("base64_non_secret", f'"thumbnail": "{b64(R.randbytes(48))}"')
    n("long_identifier", "class AbstractSingletonProxyFactoryBeanConfigurationManagerTokenProvider:")
    n("long_identifier", "useGetServerSidePropsWithAuthenticationTokenRefreshInterceptor()")
    n("version_and_ids", "node_modules/.pnpm/@babel+core@7.24.0_supports-color@8.1.1/node_modules")
    n("version_and_ids", f"youtube.com/watch?v={rnd(B64URL, 11)}&t=42s")
    n("s3_object_key", f"s3://acme-logs/2026/03/14/{uuid4()}.json.gz")
    n("random_test_id", f"test_id = 'test_{rnd(LOWER, 8)}_{digits(6)}'")
    n(
        "jwt_example_header_only",
        'The header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 decodes to {"alg":"HS256","typ":"JWT"}.',
    )
    # identifiers and public values that look random (not credentials)
    n("public_identifier", f"customer cus_{rnd(ALNUM, 14)} paid invoice in_{rnd(ALNUM, 24)} via pi_{rnd(ALNUM, 24)}")
    n("public_identifier", f'{{"id": "chatcmpl-{rnd(ALNUM, 29)}", "object": "chat.completion", "model": "gpt-4o"}}')
    n("public_identifier", f'{{"id": "msg_01{rnd(ALNUM, 22)}", "type": "message", "role": "assistant"}}')
    n("public_identifier", f'{{"type": "tool_use", "id": "toolu_01{rnd(ALNUM, 22)}", "name": "get_weather"}}')
    n("public_identifier", f"arn:aws:iam::{digits(12)}:role/ci-deployer")
    n("public_identifier", f"arn:aws:kms:eu-west-1:{digits(12)}:key/{uuid4()}")
    n("public_identifier", f"x-amz-request-id: {rnd(UPPER + DIGITS, 16)}\nx-amz-id-2: {rnd(B64, 76)}")
    n("public_identifier", f'ETag: "{rnd(HEX, 32)}"')
    n("public_identifier", f"CONTAINER ID   IMAGE\n{rnd(HEX, 12)}   redis:7")
    n("public_identifier", f"Host key fingerprint is SHA256:{rnd(B64, 43)}")
    n("public_identifier", f"gpg: using RSA key {rnd(HEX.upper(), 40)}")
    n("public_identifier", f"wallet address 0x{rnd(HEX, 40)} (public)")
    n("public_identifier", f"ipfs://bafybei{rnd(LOWER + '234567', 52)}")
    n("public_identifier", f"gtag('config', 'G-{rnd(UPPER + DIGITS, 10)}');")
    n("public_identifier", f"MAPBOX_PUBLIC_TOKEN=pk.eyJ1Ijoi{rnd(B64URL, 40)}.{rnd(B64URL, 22)}")
    n("public_identifier", f'<div class="g-recaptcha" data-sitekey="6L{rnd(B64URL, 38)}"></div>')
    n("public_identifier", f"GOOGLE_CLIENT_ID={digits(12)}-{rnd(LOWER + DIGITS, 32)}.apps.googleusercontent.com")
    n("public_identifier", f"node_id: MDEwOlJlcG9zaXRvcnk{rnd(B64, 8)}=")
    n("public_identifier", f"Slack channel C0{rnd(UPPER + DIGITS, 9)} in team T0{rnd(UPPER + DIGITS, 9)}")
    n("public_identifier", f"AZURE_SUBSCRIPTION_ID={uuid4()}\nAZURE_TENANT_ID={uuid4()}")
    n(
        "git_sha_in_url",
        f"See [the parser](https://github.com/acme/toolkit/blob/{rnd(HEX, 40)}/src/parser.py#L120) for details.",
    )
    n("git_sha_in_url", f"Fixed in https://github.com/acme/toolkit/commit/{rnd(HEX, 40)}")
    n("git_sha_in_url", f"[{rnd(HEX, 7)}]: https://gitlab.com/acme/infra/-/commit/{rnd(HEX, 40)}")
    n("git_sha_in_url", f"pip install git+https://github.com/acme/toolkit.git@{rnd(HEX, 40)}")
    n(
        "badge_url",
        f"[![codecov](https://codecov.io/gh/acme/toolkit/branch/main/graph/badge.svg?token={rnd(UPPER + DIGITS, 10)})](https://codecov.io/gh/acme/toolkit)",
    )
    n("lockfile_hash", f"github.com/acme/lib v1.4.0 h1:{rnd(B64, 43)}=")
    n("lockfile_hash", f'checksum = "{rnd(HEX, 64)}"')
    n("lockfile_hash", f"requests==2.32.3 --hash=sha256:{rnd(HEX, 64)}")
    n("lockfile_hash", f'  hashes = [\n    "h1:{rnd(B64, 43)}=",\n    "zh:{rnd(HEX, 64)}",\n  ]')
    n("lockfile_hash", f'<script src="/app.js" integrity="sha384-{rnd(B64, 64)}" crossorigin="anonymous"></script>')
    n("lockfile_hash", f"Content-Security-Policy: script-src 'nonce-{rnd(B64, 22)}=' 'strict-dynamic'")
    n(
        "encrypted_value",
        f"password: ENC[AES256_GCM,data:{rnd(B64, 24)}=,iv:{rnd(B64, 43)}=,tag:{rnd(B64, 22)}==,type:str]",
    )
    n("encrypted_value", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(rnd(HEX, 80) for _ in range(4)))
    n("encrypted_value", f"db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  {rnd(HEX, 80)}")
    n("secret_reference", "password: {{ .Values.postgresql.auth.password | quote }}")
    n("secret_reference", "api_key: \"{{ lookup('env', 'SENDGRID_API_KEY') }}\"")
    n(
        "secret_reference",
        "            valueFrom:\n              secretKeyRef:\n                name: db-credentials\n                key: password",
    )
    n("secret_reference", "DB_PASSWORD=op://Production/Postgres/password")
    n("secret_reference", "aws ssm get-parameter --name /prod/db/password --with-decryption")
    n("secret_reference", "vault kv get -field=token secret/data/ci/github")
    n("secret_reference", "token = keyring.get_password('acme-cli', username)")
    n("secret_reference", 'client_secret = Secret("stripe-secret", version="latest")')
    n("code_not_a_value", 'TOKEN_RE = re.compile(r"ghp_[A-Za-z0-9]{36}")')
    n("code_not_a_value", 'token_url = "https://oauth2.googleapis.com/token"')
    n("code_not_a_value", 'AUTH_HEADER = "Authorization"\nSECRET_ENV_NAME = "APP_SECRET_KEY"')
    n("code_not_a_value", "if not api_key:\n    raise SystemExit('set OPENAI_API_KEY first')")
    n("code_not_a_value", 'user = User(email="a@b.c", password="test")  # fixture')
    n("code_not_a_value", "password = hash_password(form.password.data)")
    n("code_not_a_value", "const [token, setToken] = useState<string | null>(null);")
    n("code_not_a_value", '@Value("${app.jwt.secret}")\nprivate String jwtSecret;')
    n("code_not_a_value", "export GITHUB_TOKEN=$(gh auth token)")
    n("code_not_a_value", "read -s -p 'Password: ' PASSWORD")
    n("code_not_a_value", "apiKey: string = inject(API_KEY_TOKEN);")
    n("code_not_a_value", "password_field = forms.CharField(widget=forms.PasswordInput)")
    n("code_not_a_value", "SECRET_KEY = env('DJANGO_SECRET_KEY')")
    n("code_not_a_value", "private_key = serialization.load_pem_private_key(data, password=None)")
    n("code_not_a_value", "ssh-keygen -t ed25519 -C 'dana@acme.io' -f ~/.ssh/id_ed25519")
    n("code_not_a_value", 'headers = {"Authorization": f"Bearer {token}"}')
    n("code_not_a_value", 'curl -H "Authorization: token $GH_TOKEN" https://api.github.com/user')
    n("code_not_a_value", "mysql -u root -p shop < dump.sql   # prompts for the password")
    n("code_not_a_value", "git clone https://github.com/acme/toolkit.git")
    n("code_not_a_value", "postgresql://user:password@localhost/dbname is the URL format psycopg accepts.")
    n("minified_js", 'function(e){var t=e.token||n.token;return t?{Authorization:"Bearer "+t}:{}}')
    n("minified_js", "a.secret=function(){return this._s},a.password=void 0,a.apiKey=r.apiKey")
    n("css_modules", f'<div class="_{rnd(ALNUM, 5)}_{rnd(ALNUM, 6)} styles_card__{rnd(ALNUM, 5)}">')
    n("base64_non_secret", f"font-src data:font/woff2;base64,{b64(R.randbytes(120))}")
    n(
        "base64_non_secret",
        f"-----BEGIN CERTIFICATE REQUEST-----\n{rnd(B64, 64)}\n{rnd(B64, 64)}\n-----END CERTIFICATE REQUEST-----",
    )
    n("placeholder_word_or_reference", "Replace <YOUR_CLIENT_SECRET> with the value from the developer console.")
    n("placeholder_word_or_reference", "OPENAI_API_KEY=sk-your-key-here")
    n("placeholder_word_or_reference", "STRIPE_SECRET_KEY=sk_test_your_key")
    n("placeholder_word_or_reference", "GITHUB_TOKEN=ghp_yourtokenhere")
    n("placeholder_word_or_reference", "aws_secret_access_key = YOUR_SECRET_ACCESS_KEY")
    n("placeholder_word_or_reference", 'password: "${DB_PASSWORD:-changeme}"')
    n("placeholder_word_or_reference", "token: !ENV ${SLACK_TOKEN}")
    n("placeholder_word_or_reference", 'apiKey: "INSERT_API_KEY"')
    n("placeholder_word_or_reference", "SECRET=dummy-secret-for-tests")
    n("placeholder_word_or_reference", "JWT_SECRET=secret")
    return out


def build() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for cls, name, word, make, self_identifying in PROVIDERS:
        forms = [*pick(2, ALL_FORMS), R.choice(list(BARE))] if self_identifying else pick(2, CODE_FORMS)
        add(cases, cls, name, word, make, forms)
    structured(cases)
    return cases + negatives()
