"""Credentials that carry their provider in their shape: prefixed tokens of some eighty services, found in one pass."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy, wallet_seeds
from .findings import Finding
from .may_match import MayMatch
from .scan import occurrences
from .scan import runs as token_runs

# Speed: no expression is run over the whole text. The text is mapped to its shape by one `bytes.translate` (token
# characters A-Z a-z 0-9 _ - become `a`, everything else a space) and runs of at least `_MIN_RUN` token characters
# are found with `bytes.find`, at memory speed. Only where such a run starts is a prefix looked up (a set of first
# characters, then a dict per prefix length), and only a known prefix runs its expression, anchored with `match`.
# Formats whose distinctive part follows a dot, a tilde or a colon (`ya29.`, `hvs.`, `Q~`, `:AA`) are found from
# that rare literal with `str.find`; formats without a prefix (a Twilio auth token is 32 hex digits) count only
# when a provider's name stands right before them, and are checked only on runs of their exact length.

DETECTOR = "secrets"

_TOKEN_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
_SHAPE = bytes(97 if bytes([i]) in _TOKEN_BYTES else 32 for i in range(256))
_MIN_RUN = 16
MIN_RUN = _MIN_RUN
"""A text shorter than this holds no run that a format without a literal of its own is looked for in (see `find`)."""
_EDGE = frozenset(_TOKEN_BYTES.decode())
_B = r"(?![A-Za-z0-9_-])"
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_B64_EDGE = r"(?<![A-Za-z0-9+/_-])"
_B64_END = r"(?![A-Za-z0-9+/=_-])"

# (kind, prefix at the start of a run of token characters, the whole token as an expression)
_PREFIXED: tuple[tuple[str, str, str], ...] = (
    ("aws_access_key_id", "AKIA", r"A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}(?![A-Za-z0-9])"),
    ("aws_access_key_id", "ASIA", r"A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}(?![A-Za-z0-9])"),
    ("aws_access_key_id", "ABIA", r"A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}(?![A-Za-z0-9])"),
    ("aws_access_key_id", "ACCA", r"A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}(?![A-Za-z0-9])"),
    ("aws_access_key_id", "A3T", r"A3T[A-Z0-9][A-Z2-7]{16}(?![A-Za-z0-9])"),
    ("gcp_hmac_access_id", "GOOG1", r"GOOG1[A-Z0-9]{56}(?![A-Za-z0-9])"),
    ("google_api_key", "AIza", rf"AIza[0-9A-Za-z_-]{{35}}{_B}"),
    ("google_oauth_secret", "GOCSPX-", rf"GOCSPX-[A-Za-z0-9_-]{{28}}{_B}"),
    *(("github_token", f"gh{c}_", rf"gh[pousr]_[A-Za-z0-9]{{36,251}}{_B}") for c in "pousr"),
    ("github_token", "github_pat_", rf"github_pat_[A-Za-z0-9_]{{60,251}}{_B}"),
    *(
        ("gitlab_token", f"gl{p}-", rf"gl{p}-[A-Za-z0-9_-]{{20,64}}(?:\.[0-9a-z]{{2}}\.[0-9a-z]{{7,9}})?(?![\w.-])")
        for p in ("pat", "dt", "rt", "ptt", "soat", "cbt", "oas", "ft", "imt", "agent", "ffct", "wt", "cit", "rtr")
    ),
    ("gitlab_token", "GR1348941", rf"GR1348941[A-Za-z0-9_-]{{20,64}}{_B}"),
    *(("slack_token", f"xox{c}-", rf"xox[abeoprs]-[A-Za-z0-9-]{{20,250}}{_B}") for c in "abeoprs"),
    ("slack_token", "xapp-", rf"xapp-[0-9]-[A-Za-z0-9-]{{20,250}}{_B}"),
    *(("stripe_key", p, rf"[sr]k_(?:live|test)_[A-Za-z0-9]{{10,247}}{_B}") for p in ("sk_live_", "sk_test_")),
    *(("stripe_key", p, rf"[sr]k_(?:live|test)_[A-Za-z0-9]{{10,247}}{_B}") for p in ("rk_live_", "rk_test_")),
    *(("stripe_key", p, rf"[sr]k_prod_[A-Za-z0-9]{{10,247}}{_B}") for p in ("sk_prod_", "rk_prod_")),
    ("twilio_api_key", "SK", r"SK[0-9a-fA-F]{32}(?![A-Za-z0-9])"),
    ("npm_token", "npm_", rf"npm_[A-Za-z0-9]{{36}}{_B}"),
    ("pypi_token", "pypi-AgE", rf"pypi-AgE[A-Za-z0-9_-]{{50,500}}{_B}"),
    ("rubygems_token", "rubygems_", rf"rubygems_[0-9a-f]{{48}}{_B}"),
    ("nuget_api_key", "oy2", rf"oy2[a-z0-9]{{43}}{_B}"),
    ("huggingface_token", "hf_", rf"hf_[A-Za-z0-9]{{34,40}}{_B}"),
    ("huggingface_token", "api_org_", rf"api_org_[A-Za-z0-9]{{34}}{_B}"),
    *(("shopify_token", f"shp{p}_", rf"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{{32}}{_B}") for p in ("at", "ca", "pa", "ss")),
    ("databricks_token", "dapi", rf"dapi[a-f0-9]{{32}}(?:-[0-9]{{1,2}})?{_B}"),
    ("databricks_oauth_secret", "dose", rf"dose[a-f0-9]{{32}}{_B}"),
    *(("digitalocean_token", f"do{p}_v1_", rf"do[por]_v1_[a-f0-9]{{64}}{_B}") for p in "por"),
    ("mailgun_api_key", "key-", rf"key-[0-9a-zA-Z]{{32}}{_B}"),
    ("heroku_api_key", "HRKU-", rf"HRKU-[A-Za-z0-9_-]{{20,80}}{_B}"),
    ("square_token", "EAAA", rf"EAAA[A-Za-z0-9_-]{{56,96}}{_B}"),
    ("square_token", "sq0atp-", rf"sq0atp-[A-Za-z0-9_-]{{22}}{_B}"),
    ("square_token", "sq0csp-", rf"sq0csp-[A-Za-z0-9_-]{{43}}{_B}"),
    *(
        ("newrelic_key", f"NR{p}-", rf"NR(?:AK|II|IQ|RA|JS|AA)-[A-Za-z0-9]{{19,40}}{_B}")
        for p in ("AK", "II", "IQ", "RA", "JS", "AA")
    ),
    ("sentry_token", "sntryu_", rf"sntryu_[a-f0-9]{{64}}{_B}"),
    ("grafana_token", "glsa_", rf"glsa_[A-Za-z0-9]{{32}}_[A-Fa-f0-9]{{8}}{_B}"),
    ("grafana_token", "eyJrIjoi", r"eyJrIjoi[A-Za-z0-9+/=]{50,120}(?![A-Za-z0-9+/=_.])"),
    ("postman_api_key", "PMAK-", rf"PMAK-[a-f0-9]{{24}}-[a-f0-9]{{34}}{_B}"),
    ("dockerhub_token", "dckr_pat_", rf"dckr_pat_[A-Za-z0-9_-]{{27,40}}{_B}"),
    ("dockerhub_token", "dckr_oat_", rf"dckr_oat_[A-Za-z0-9_-]{{27,40}}{_B}"),
    ("atlassian_token", "ATATT", r"ATATT[A-Za-z0-9_=-]{150,300}(?![A-Za-z0-9_=-])"),
    ("atlassian_token", "ATCTT", r"ATCTT[A-Za-z0-9_=-]{150,300}(?![A-Za-z0-9_=-])"),
    ("bitbucket_token", "ATBB", rf"ATBB[A-Za-z0-9]{{28,40}}{_B}"),
    ("bitbucket_token", "BBDC-", r"BBDC-[A-Za-z0-9+/]{44}(?![A-Za-z0-9+/=_-])"),
    ("zuplo_api_key", "zpka_", rf"zpka_[a-f0-9]{{32}}_[a-f0-9]{{8}}{_B}"),
    *(
        ("trigger_dev_key", f"tr_{p}_", rf"tr_(?:dev|prod|stg|preview|pat)_[A-Za-z0-9]{{20,64}}{_B}")
        for p in ("dev", "prod", "stg", "preview", "pat")
    ),
    *(
        ("inngest_signing_key", f"signkey-{p}-", rf"signkey-(?:prod|test|branch)-[a-f0-9]{{64}}{_B}")
        for p in ("prod", "test", "branch")
    ),
    ("unkey_root_key", "unkey_", rf"unkey_[A-Za-z0-9]{{20,40}}{_B}"),
    ("nylas_api_key", "nyk_v0_", rf"nyk_v0_[A-Za-z0-9_]{{40,64}}{_B}"),
    ("checkly_api_key", "cu_", rf"cu_[a-f0-9]{{32}}{_B}"),
    ("linear_api_key", "lin_api_", rf"lin_api_[A-Za-z0-9]{{40}}{_B}"),
    ("linear_api_key", "lin_oauth_", rf"lin_oauth_[a-f0-9]{{64}}{_B}"),
    ("notion_token", "ntn_", rf"ntn_[0-9]{{11}}[A-Za-z0-9]{{32,40}}{_B}"),
    ("notion_token", "secret_", rf"secret_[A-Za-z0-9]{{43}}{_B}"),
    ("figma_token", "figd_", rf"figd_[A-Za-z0-9_-]{{38,44}}{_B}"),
    *(("netlify_token", f"nf{c}_", rf"nf[pcoub]_[A-Za-z0-9]{{36,40}}{_B}") for c in "pcoub"),
    ("supabase_token", "sbp_", rf"sbp_[a-f0-9]{{40}}{_B}"),
    ("supabase_token", "sb_secret_", rf"sb_secret_[A-Za-z0-9_-]{{20,64}}{_B}"),
    *(
        ("planetscale_token", f"pscale_{p}_", r"pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}(?![\w.-])")
        for p in ("tkn", "pw", "oauth")
    ),
    ("pulumi_token", "pul-", rf"pul-[a-f0-9]{{40}}{_B}"),
    ("flyio_token", "fo1_", rf"fo1_[A-Za-z0-9_-]{{43}}{_B}"),
    ("render_api_key", "rnd_", rf"rnd_[A-Za-z0-9]{{32}}{_B}"),
    ("replicate_token", "r8_", rf"r8_[A-Za-z0-9]{{37}}{_B}"),
    ("groq_api_key", "gsk_", rf"gsk_[A-Za-z0-9]{{52}}{_B}"),
    ("xai_api_key", "xai-", rf"xai-[A-Za-z0-9]{{70,90}}{_B}"),
    ("perplexity_api_key", "pplx-", rf"pplx-[A-Za-z0-9]{{40,56}}{_B}"),
    ("circleci_token", "CCIPAT_", rf"CCIPAT_[A-Za-z0-9]{{22}}_[a-f0-9]{{40}}{_B}"),
    ("buildkite_token", "bkua_", rf"bkua_[a-f0-9]{{40}}{_B}"),
    *(("sonarqube_token", f"sq{c}_", rf"sq[upa]_[a-f0-9]{{40}}{_B}") for c in "upa"),
    ("jfrog_token", "AKCp", rf"AKCp[A-Za-z0-9]{{69}}{_B}"),
    ("jfrog_token", "cmVmdGtu", rf"cmVmdGtu[A-Za-z0-9]{{56,64}}{_B}"),
    ("contentful_token", "CFPAT-", rf"CFPAT-[A-Za-z0-9_-]{{43}}{_B}"),
    ("pinecone_api_key", "pcsk_", rf"pcsk_[A-Za-z0-9_]{{50,120}}{_B}"),
    ("langsmith_api_key", "lsv2_pt_", rf"lsv2_(?:pt|sk)_[a-f0-9]{{32}}_[a-f0-9]{{10}}{_B}"),
    ("langsmith_api_key", "lsv2_sk_", rf"lsv2_(?:pt|sk)_[a-f0-9]{{32}}_[a-f0-9]{{10}}{_B}"),
    ("tailscale_key", "tskey-", rf"tskey-[A-Za-z0-9-]{{20,100}}{_B}"),
    ("prefect_api_key", "pnu_", rf"pnu_[A-Za-z0-9]{{36}}{_B}"),
    ("typeform_token", "tfp_", r"tfp_[A-Za-z0-9_.=-]{40,59}(?![\w.=-])"),
    ("easypost_api_key", "EZAK", rf"EZ[AT]K[A-Za-z0-9]{{54}}{_B}"),
    ("easypost_api_key", "EZTK", rf"EZ[AT]K[A-Za-z0-9]{{54}}{_B}"),
    ("flutterwave_key", "FLWSECK", rf"FLWSECK(?:_TEST)?-[a-hA-H0-9]{{12,32}}-X{_B}"),
    ("brevo_api_key", "xkeysib-", rf"xkeysib-[a-f0-9]{{64}}-[A-Za-z0-9]{{16}}{_B}"),
    ("brevo_api_key", "xsmtpsib-", rf"xsmtpsib-[a-f0-9]{{64}}-[A-Za-z0-9]{{16}}{_B}"),
    ("age_secret_key", "AGE-SECRET-KEY-1", rf"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{{58}}{_B}"),
    ("shippo_token", "shippo_live_", rf"shippo_(?:live|test)_[a-f0-9]{{40}}{_B}"),
    ("shippo_token", "shippo_test_", rf"shippo_(?:live|test)_[a-f0-9]{{40}}{_B}"),
    ("readme_api_key", "rdme_", rf"rdme_[a-z0-9]{{70}}{_B}"),
    ("meta_access_token", "EAAC", rf"EAA[CGM][A-Za-z0-9]{{90,400}}{_B}"),
    ("meta_access_token", "EAAG", rf"EAA[CGM][A-Za-z0-9]{{90,400}}{_B}"),
    ("twitter_bearer_token", "AAAAAAAAAAAAAAAAAAAA", r"A{20,24}[A-Za-z0-9%]{30,160}(?![A-Za-z0-9%])"),
    ("alibaba_access_key", "LTAI", rf"LTAI[A-Za-z0-9]{{12,20}}{_B}"),
    ("tencent_secret_id", "AKID", rf"AKID[A-Za-z0-9]{{32}}{_B}"),
    ("airtable_token", "pat", r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9_.-])"),
    ("openrouter_api_key", "sk-or-v1-", rf"sk-or-v1-[a-f0-9]{{64}}{_B}"),
    ("anthropic_api_key", "sk-ant-", rf"sk-ant-[a-z]{{2,8}}[0-9]{{2}}-[A-Za-z0-9_-]{{32,250}}{_B}"),
    ("openai_api_key", "sk-", rf"sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{{32,250}}{_B}"),
    ("clojars_token", "CLOJARS_", rf"CLOJARS_[a-z0-9]{{60}}{_B}"),
    ("frameio_token", "fio-u-", rf"fio-u-[A-Za-z0-9_=-]{{64}}{_B}"),
    ("duffel_token", "duffel_live_", rf"duffel_(?:test|live)_[A-Za-z0-9_=-]{{43}}{_B}"),
    ("duffel_token", "duffel_test_", rf"duffel_(?:test|live)_[A-Za-z0-9_=-]{{43}}{_B}"),
    ("scalingo_token", "tk-us-", rf"tk-us-[A-Za-z0-9_-]{{48}}{_B}"),
    *(("vercel_token", f"vc{c}_", rf"vc[pkiar]_[A-Za-z0-9]{{24,64}}{_B}") for c in "pkiar"),
    *(
        ("flyio_token", p, r"fm(?:2|1r|1a)_[A-Za-z0-9+/=,_-]{40,4000}(?![A-Za-z0-9+/=,_-])")
        for p in ("fm2_", "fm1r_", "fm1a_")
    ),
    ("adafruit_io_key", "aio_", rf"aio_[A-Za-z0-9]{{28}}{_B}"),
    # k3s' join tokens: `K10`, the cluster CA's SHA-256, `::`, the user (`server`, `node`) and its password
    ("k3s_token", "K10", r"K10[0-9a-f]{64}::[a-z0-9_-]{1,32}:[A-Za-z0-9_-]{8,128}(?![A-Za-z0-9_-])"),
    ("launchdarkly_key", "sdk-", rf"sdk-{_UUID}{_B}"),  # (not its mobile keys, `mob-...`: built into apps)
    *(("hubspot_token", f"pat-{r}1-", rf"pat-(?:na|eu|ap)1-{_UUID}{_B}") for r in ("na", "eu", "ap")),
    (
        "django_secret_key",
        "django-insecure-",
        r"django-insecure-[A-Za-z0-9!@#$%^&*(=+)_-]{30,80}(?![A-Za-z0-9!@#$%^&*(=+)_-])",
    ),
    ("resend_api_key", "re_", rf"re_[A-Za-z0-9]{{8}}_[A-Za-z0-9]{{24}}{_B}"),
    ("neon_api_key", "napi_", rf"napi_[a-z0-9]{{60,72}}{_B}"),
    ("posthog_token", "phx_", rf"phx_[A-Za-z0-9]{{40,50}}{_B}"),
    ("tavily_api_key", "tvly-", rf"tvly-(?:dev-|prod-)?[A-Za-z0-9]{{32}}{_B}"),
    ("firecrawl_api_key", "fc-", rf"fc-[a-f0-9]{{32}}{_B}"),
    ("e2b_api_key", "e2b_", rf"e2b_[a-f0-9]{{40}}{_B}"),
    ("elevenlabs_api_key", "sk_", rf"sk_[a-f0-9]{{48}}{_B}"),
    ("fireworks_api_key", "fw_", rf"fw_[A-Za-z0-9]{{24}}{_B}"),
    *(("razorpay_key", f"rzp_{e}_", rf"rzp_(?:live|test)_[A-Za-z0-9]{{14}}{_B}") for e in ("live", "test")),
    ("clickup_token", "pk_", rf"pk_[0-9]{{6,10}}_[A-Z0-9]{{32}}{_B}"),
    *(
        ("paddle_api_key", f"pdl_{e}_", rf"pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{{40,90}}{_B}")
        for e in ("live", "sdbx")
    ),
    ("statsig_key", "secret-", rf"secret-[A-Za-z0-9]{{43}}{_B}"),
    ("cratesio_token", "cio", rf"cio[A-Za-z0-9]{{32}}{_B}"),
    ("deno_token", "ddp_", rf"dd[pw]_[A-Za-z0-9]{{36}}{_B}"),
    ("deno_token", "ddw_", rf"dd[pw]_[A-Za-z0-9]{{36}}{_B}"),
    ("honeycomb_key", "hcaik_", rf"hca[ik]k_[a-z0-9]{{58,64}}{_B}"),
    ("huggingface_token", "hf_oauth_", rf"hf_oauth_[A-Za-z0-9]{{30,50}}{_B}"),
    *(("lob_api_key", f"{e}_", rf"(?:live|test)_(?:pub_)?[a-f0-9]{{35}}{_B}") for e in ("live", "test")),
    *(("settlemint_token", f"sm_{k}_", rf"sm_(?:pat|aat|sat)_[A-Za-z0-9]{{16}}{_B}") for k in ("pat", "aat", "sat")),
    ("aws_session_token", "IQoJb3JpZ2luX2Vj", r"IQoJb3JpZ2luX2Vj[A-Za-z0-9+/=]{100,4000}(?![A-Za-z0-9+/=])"),
    ("aws_session_token", "FwoGZXIvYXdzE", r"FwoGZXIvYXdzE[A-Za-z0-9+/=]{100,4000}(?![A-Za-z0-9+/=])"),
    (
        "sidekiq_secret",
        "BUNDLE_",
        r"BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM[\"']?[ \t]*[=:][ \t]*[\"']?"
        r"[a-f0-9]{8}:[a-f0-9]{8}(?![A-Za-z0-9])",
    ),
    (
        "sidekiq_secret",
        "bundle_",
        r"bundle_(?:enterprise|gems)__contribsys__com[\"']?[ \t]*[=:][ \t]*[\"']?"
        r"[a-f0-9]{8}:[a-f0-9]{8}(?![A-Za-z0-9])",
    ),
    ("sourcegraph_token", "sgp_", rf"sgp_(?:[a-f0-9]{{16}}_)?[a-f0-9]{{40}}{_B}"),
    ("openai_api_key", "sk-None-", rf"sk-None-[A-Za-z0-9_-]{{32,250}}{_B}"),
    ("adobe_client_secret", "p8e-", rf"p8e-[A-Za-z0-9]{{32}}{_B}"),
    ("infracost_api_key", "ico-", rf"ico-[A-Za-z0-9]{{32}}{_B}"),
    ("octopus_deploy_api_key", "API-", rf"API-[A-Z0-9]{{26}}{_B}"),
    ("clickhouse_api_key", "4b1d", rf"4b1d[A-Za-z0-9]{{38}}{_B}"),
    ("yandex_api_key", "AQVN", rf"AQVN[A-Za-z0-9_-]{{35,38}}{_B}"),
    ("mandrill_api_key", "md-", rf"md-[A-Za-z0-9_-]{{22}}{_B}"),
    ("trello_token", "ATTA", rf"ATTA[a-f0-9]{{64}}[A-F0-9]{{8}}{_B}"),
    ("together_api_key", "tgp_v1_", rf"tgp_v1_[A-Za-z0-9_-]{{43}}{_B}"),
    ("brave_search_api_key", "BSA", rf"BSA[A-Za-z0-9_-]{{26,31}}{_B}"),
    *(("browserbase_api_key", f"bb_{e}_", rf"bb_(?:live|test)_[A-Za-z0-9_-]{{27}}{_B}") for e in ("live", "test")),
    ("cursor_api_key", "key_", rf"key_[a-f0-9]{{64}}{_B}"),
    *(("modal_token", p, rf"a[sk]-[A-Za-z0-9]{{22}}{_B}") for p in ("as-", "ak-")),
    ("gocardless_token", "live_", rf"live_[A-Za-z0-9_=-]{{40}}{_B}"),
    ("beamer_token", "b_", rf"b_[A-Za-z0-9_=-]{{44}}{_B}"),
    (
        "onepassword_secret_key",
        "A3-",
        rf"A3-[A-Z0-9]{{6}}-(?:[A-Z0-9]{{11}}|[A-Z0-9]{{6}}-[A-Z0-9]{{5}})-[A-Z0-9]{{5}}-[A-Z0-9]{{5}}-[A-Z0-9]{{5}}{_B}",
    ),
    ("defined_networking_token", "dnkey-", rf"dnkey-[a-z0-9_-]{{26}}-[a-z0-9_-]{{52}}{_B}"),
    *(
        ("plaid_secret", f"access-{e}-", rf"access-(?:sandbox|development|production)-{_UUID}{_B}")
        for e in ("sandbox", "development", "production")
    ),
    ("klaviyo_api_key", "pk_", rf"pk_[a-f0-9]{{34}}{_B}"),
    ("clearbit_api_key", "sk_", rf"sk_[a-f0-9]{{32}}{_B}"),
    ("voyage_api_key", "pa-", rf"pa-[A-Za-z0-9_-]{{43}}{_B}"),
    ("nvidia_api_key", "nvapi-", rf"nvapi-[A-Za-z0-9_-]{{64}}{_B}"),
    ("checkout_secret_key", "sk_sbox_", rf"sk_sbox_[a-z0-9]{{26}}{_B}"),
    ("intra42_secret", "s-s4t2", rf"s-s4t2(?:ud|af)-[a-f0-9]{{64}}{_B}"),
    ("deepseek_api_key", "sk-", rf"sk-[a-f0-9]{{32}}{_B}"),
    ("openai_session_key", "sess-", rf"sess-[A-Za-z0-9]{{40}}{_B}"),
    ("langfuse_secret_key", "sk-lf-", rf"sk-lf-{_UUID}{_B}"),
    ("anyscale_api_key", "esecret_", rf"esecret_[A-Za-z0-9]{{20,40}}{_B}"),
    ("cerebras_api_key", "csk-", rf"csk-[a-z0-9]{{40,60}}{_B}"),
    ("vercel_blob_token", "vercel_blob_rw_", rf"vercel_blob_rw_[A-Za-z0-9]{{16}}_[A-Za-z0-9]{{30}}{_B}"),
    ("scaleway_access_key", "SCW", r"SCW[A-Z0-9]{17}(?![A-Za-z0-9])"),
    *(("stytch_secret", f"secret-{e}-", rf"secret-(?:live|test)-[A-Za-z0-9_=-]{{36}}{_B}") for e in ("live", "test")),
    ("akamai_token", "akab-", rf"akab-[a-z0-9]{{16}}-[a-z0-9]{{16}}{_B}"),
    ("imagekit_private_key", "private_", r"private_[A-Za-z0-9+/_-]{27,28}=(?![A-Za-z0-9+/=_-])"),
    # chat federations: Synapse's access and refresh tokens (`syt_<localpart in base64>_<random>_<check>`), the
    # Matrix Authentication Service's
    *(
        ("matrix_token", f"sy{c}_", r"sy[tr]_[A-Za-z0-9+/_-]{1,200}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}(?![\w+/-])")
        for c in "tr"
    ),
    *(("matrix_token", f"ma{c}_", rf"ma[tr]_[A-Za-z0-9]{{30}}_[A-Za-z0-9]{{6}}{_B}") for c in "tr"),
    # inference and agent platforms
    ("mem0_api_key", "m0-", rf"m0-[A-Za-z0-9]{{40}}{_B}"),
    ("runpod_api_key", "rpa_", rf"rpa_[A-Z0-9]{{40,50}}{_B}"),
    ("jina_api_key", "jina_", rf"jina_[A-Za-z0-9_-]{{50,70}}{_B}"),
    ("apify_token", "apify_api_", rf"apify_api_[A-Za-z0-9]{{36}}{_B}"),
    ("cartesia_api_key", "sk_car_", rf"sk_car_[A-Za-z0-9_-]{{20,64}}{_B}"),
    # payment
    *(
        ("xendit_key", f"xnd_{e}_", rf"xnd_(?:production|development)_[A-Za-z0-9]{{40,90}}{_B}")
        for e in ("production", "development")
    ),
    *(
        ("midtrans_server_key", p, rf"(?:SB-)?Mid-server-[A-Za-z0-9_-]{{20,40}}{_B}")
        for p in ("SB-Mid-server-", "Mid-server-")
    ),
    *(
        ("mercadopago_token", p, rf"(?:APP_USR|TEST)-[0-9]{{10,20}}-[0-9]{{6}}-[a-f0-9]{{32}}-[0-9]{{6,12}}{_B}")
        for p in ("APP_USR-", "TEST-")
    ),
    ("paypal_access_token", "A21AA", rf"A21AA[A-Za-z0-9_-]{{60,140}}{_B}"),
    *(
        ("polar_token", f"polar_{k}_", rf"polar_(?:oat|pat|at_u|at_o|rt_u|rt_o|whs|cst)_[A-Za-z0-9]{{30,64}}{_B}")
        for k in ("oat", "pat", "at", "rt", "whs", "cst")
    ),
    ("klarna_api_key", "klarna_", r"klarna_(?:live|test)_api_[A-Za-z0-9+/_=-]{40,300}(?![A-Za-z0-9+/_=-])"),
    # CI and code-quality services, push and SMS gateways, GPU clouds, realtime APIs, CRMs
    ("circleci_token", "CCIPRJ_", rf"CCIPRJ_[A-Za-z0-9]{{22}}_[a-f0-9]{{40}}{_B}"),
    ("deepsource_token", "dsp_", rf"dsp_[A-Za-z0-9]{{32,64}}{_B}"),
    *(("onesignal_api_key", f"os_v2_{k}_", rf"os_v2_(?:app|org)_[a-z2-7]{{90,130}}{_B}") for k in ("app", "org")),
    ("telnyx_api_key", "KEY", rf"KEY[0-9A-F]{{32}}_[A-Za-z0-9]{{22}}{_B}"),
    ("africastalking_api_key", "atsk_", rf"atsk_[a-f0-9]{{64}}{_B}"),
    ("ntfy_token", "tk_", rf"tk_[a-z0-9]{{29}}{_B}"),
    ("lambda_cloud_api_key", "secret_", r"secret_[a-z0-9_-]{1,40}_[0-9a-f]{32}\.[A-Za-z0-9]{32}(?![\w.-])"),
    ("pubnub_secret_key", "sec-c-", rf"sec-c-[A-Za-z0-9]{{40,64}}{_B}"),
    ("keap_token", "KeapAK-", rf"KeapAK-[A-Za-z0-9_-]{{30,100}}{_B}"),
    ("salesforce_refresh_token", "5Aep861", r"5Aep861[A-Za-z0-9._]{60,120}(?![\w.])"),
    # backend-as-a-service
    ("appwrite_api_key", "standard_", rf"standard_[a-f0-9]{{128,512}}{_B}"),
    ("xata_api_key", "xau_", rf"xau_[A-Za-z0-9]{{30,40}}{_B}"),
    # observability
    *(("axiom_token", f"xa{c}t-", rf"xa[ap]t-{_UUID}{_B}") for c in "ap"),
    ("honeybadger_token", "hbp_", rf"hbp_[A-Za-z0-9]{{36}}{_B}"),
    ("coralogix_key", "cxtp_", rf"cxtp_[A-Za-z0-9]{{30}}{_B}"),
    ("logfire_token", "pylf_v", rf"pylf_v[0-9]_[a-z]{{2}}_[A-Za-z0-9]{{30,64}}{_B}"),
    # home-lab tools: Uptime Kuma's API keys
    ("uptime_kuma_key", "uk", rf"uk[0-9]{{1,6}}_[A-Za-z0-9_-]{{24,40}}{_B}"),
    *(("mollie_api_key", f"{e}_", rf"(?:live|test)_[A-Za-z0-9]{{30}}{_B}") for e in ("live", "test")),
    # feature flags' server keys and a blockchain API's project ids (secret: they bill and act as the project)
    ("configcat_sdk_key", "configcat-sdk-1/", rf"configcat-sdk-1/[A-Za-z0-9_-]{{22}}/[A-Za-z0-9_-]{{22}}{_B}"),
    ("devcycle_server_key", "dvc_server_", rf"dvc_server_[A-Za-z0-9_-]{{30,100}}{_B}"),
    *(
        ("blockfrost_project_id", net, rf"{net}[A-Za-z0-9]{{32}}{_B}")
        for net in ("mainnet", "preprod", "preview", "testnet")
    ),
)
_PREFIXED = (*_PREFIXED, *wallet_seeds.FORMATS)

# (kind, rare literal, the whole token as an expression): base64 tokens, whose `+` and `/` can cut the first run of
# token characters short, are found from their prefix with `bytes.find`.
_LITERAL: tuple[tuple[str, str, str], ...] = (
    ("intercom_token", "dG9rOj", r"(?<![A-Za-z0-9+/])dG9rOj[A-Za-z0-9+/]{40,100}={0,2}(?![A-Za-z0-9+/=])"),
    ("aws_bedrock_key", "ABSK", r"ABSK[A-Za-z0-9+/]{80,400}={0,2}(?![A-Za-z0-9+/=])"),
    (
        "backblaze_application_key",
        "K00",
        r"(?<![A-Za-z0-9+/])K00\d(?=[A-Za-z0-9+/]{0,26}[a-z])(?=[A-Za-z0-9+/]{0,26}[A-Z])[A-Za-z0-9+/]{27}"
        r"(?![A-Za-z0-9+/=])",
    ),
    # base64 formats of observability and home-lab tools: Elastic's serverless API keys, Portainer's access tokens, a
    # Cloudflare tunnel's token (base64 JSON)
    ("elastic_api_key", "essu_", r"(?<![A-Za-z0-9+/_-])essu_[A-Za-z0-9+/]{40,200}={0,2}(?![A-Za-z0-9+/=_-])"),
    ("portainer_token", "ptr_", r"(?<![A-Za-z0-9+/_-])ptr_[A-Za-z0-9+/]{40,50}={0,2}(?![A-Za-z0-9+/=_-])"),
    (
        "cloudflare_tunnel_token",
        "eyJhIjoi",
        r"(?<![A-Za-z0-9+/_-])eyJhIjoi[A-Za-z0-9+/]{80,400}={0,2}(?![A-Za-z0-9+/=_-])",
    ),
    ("sentry_token", "sntrys_", r"sntrys_eyJ[A-Za-z0-9+/=_]{60,400}(?![A-Za-z0-9+/=_])"),
    # signing tools' and onion services' secret keys in base64: signify's (`Ed` `BK`), minisign's (`Ed` `Sc` `B2`,
    # or unencrypted `Ed` and two zero bytes), a Tor onion service's `hs_ed25519_secret_key` file as a whole
    *(
        ("private_key", head, rf"(?<![A-Za-z0-9+/]){head}[A-Za-z0-9+/]{{120,300}}={{0,2}}(?![A-Za-z0-9+/=])")
        for head in ("RWRCSw", "RWRTY0Iy", "RWQAAEIy")
    ),
    (
        "private_key",
        "PT0gZWQyNTUxOXYxLXNlY3JldDo",
        r"PT0gZWQyNTUxOXYxLXNlY3JldDo[A-Za-z0-9+/]{90,110}={0,2}(?![A-Za-z0-9+/=])",
    ),
    # passwords in reversible encodings, secrets whatever their name: Jetty's obfuscated `OBF:` (four base-36
    # digits per character, `U` and four for one past 127) and WebSphere's and Liberty's `{xor}` (base64 of the
    # password XORed with `_`)
    ("password", "OBF:", r"(?<![A-Za-z0-9_])OBF:[0-9a-zU]{8,512}(?![A-Za-z0-9_])"),
    ("password", "{xor}", r"\{xor\}[A-Za-z0-9+/]{4,400}={0,2}(?![A-Za-z0-9+/=])"),
    # EOSIO's private keys in their current text form (`PVT_K1_` and base58 of the key and its checksum)
    ("private_key", "PVT_K1_", r"(?<![A-Za-z0-9_])PVT_K1_[1-9A-HJ-NP-Za-km-z]{49,51}(?![A-Za-z0-9_])"),
    # Laravel's application key as `key:generate` writes it (`base64:` and 32 random bytes, 16 for AES-128), whatever
    # the setting is named (`APP_KEY=`, `'key' => '...'` in `config/app.php`, `--show`'s output)
    (
        "laravel_app_key",
        "base64:",
        r"(?<![A-Za-z0-9_.-])base64:(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])",
    ),
    ("grafana_token", "glc_", r"glc_[A-Za-z0-9+/=]{32,400}(?![A-Za-z0-9+/=_])"),
    ("stripe_webhook_secret", "whsec_", r"whsec_[A-Za-z0-9+/=]{24,100}(?![A-Za-z0-9_])"),
    ("onepassword_token", "ops_eyJ", r"ops_eyJ[A-Za-z0-9+/=_-]{100,2000}(?![A-Za-z0-9+/=_-])"),
    ("doppler_token", "dp.", r"dp\.(?:pt|st|ct|sa|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44}(?![\w.-])"),
    ("flyio_token", "FlyV1 ", r"FlyV1 fm[12][ra]?_[A-Za-z0-9+/=,_-]{40,4000}(?![A-Za-z0-9+/=,_-])"),
    (
        "anaconda_token",
        "anaconda.org/t/",
        r"anaconda\.org/t/([A-Za-z0-9]{2}-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})/",
    ),
    ("zapier_webhook", "hooks.zapier.com/hooks/", r"hooks\.zapier\.com/hooks/catch/[0-9]{3,12}/[A-Za-z0-9]{4,16}/?"),
    (
        "authress_key",
        ".acc",
        r"(?<![A-Za-z0-9_])(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}"
        r"\.[A-Za-z0-9+/_=-]{30,120}(?![A-Za-z0-9+/_=-])",
    ),
    (
        "proxmox_api_token",
        "PVEAPIToken",
        r"PVEAPIToken[= ][A-Za-z0-9._-]{1,64}@[A-Za-z0-9._-]{1,32}![A-Za-z0-9._-]{1,64}[=:]" + _UUID + r"(?![\w-])",
    ),
    (
        "healthchecks_ping_url",
        "hc-ping.com/",
        r"hc-ping\.com/(?:" + _UUID + r"|[A-Za-z0-9_-]{22}/[a-z0-9][a-z0-9-]{0,99})(?![A-Za-z0-9_-])",
    ),
    ("deadmanssnitch_url", "nosnch.in/", r"nosnch\.in/[0-9a-f]{10}(?![A-Za-z0-9_-])"),
    # Microsoft's identifiable keys: base64 of drawn bytes with the service's signature at a fixed place (see
    # `_SIGNED_AT`), found from that signature; the older keys of the same services have none and count only by name
    *(
        (kind, sig, rf"{_B64_EDGE}[A-Za-z0-9+/]{{76}}{re.escape(sig)}[A-Za-z0-9+/]{{5}}[AQgw]=={_B64_END}")
        for kind, sig in (
            ("azure_storage_key", "+ASt"),
            ("azure_cosmos_key", "ACDb"),
            ("azure_batch_key", "+ABa"),
            ("azure_ml_key", "+AMC"),
            ("azure_apim_key", "APIM"),
        )
    ),
    *(
        (kind, sig, rf"{_B64_EDGE}[A-Za-z0-9+/]{{33}}{re.escape(sig)}[A-P][A-Za-z0-9+/]{{5}}={_B64_END}")
        for kind, sig in (
            ("azure_shared_access_key", "+ASb"),
            ("azure_shared_access_key", "+AEh"),
            ("azure_shared_access_key", "+ARm"),
            ("azure_iot_key", "AIoT"),
            ("azure_redis_key", "AzCa"),
            ("azure_event_grid_key", "AZEG"),
        )
    ),
    ("azure_search_key", "AzSe", rf"{_B64_EDGE}[A-Za-z0-9]{{42}}AzSe[A-D][A-Za-z0-9]{{5}}{_B64_END}"),
    ("azure_container_registry_key", "+ACR", rf"{_B64_EDGE}[A-Za-z0-9+/]{{42}}\+ACR[A-D][A-Za-z0-9+/]{{5}}{_B64_END}"),
    ("azure_function_key", "AzFu", rf"{_B64_EDGE}[A-Za-z0-9_-]{{44}}AzFu[A-Za-z0-9_-]{{5}}[AQgw]=={_B64_END}"),
    (
        "ifttt_webhook",
        "maker.ifttt.com/",
        r"maker\.ifttt\.com/(?:use|trigger/[^/\s]{1,100}/with/key)/[A-Za-z0-9_-]{16,64}",
    ),
)

# (kind, what stands right before a run of token characters, how many characters before that the token starts,
# the whole token as an expression): formats whose distinctive part follows a dot, a tilde, a colon or a slash.
_AFTER: tuple[tuple[str, str, tuple[int, ...], str], ...] = (
    ("google_oauth_token", "ya29.", (0,), r"ya29\.[0-9A-Za-z_-]{20,2048}(?![A-Za-z0-9_.-])"),
    ("zoho_token", "1000.", (0,), r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}(?![\w.-])"),
    *(("vault_token", f"hv{c}.", (0,), r"hv[sbr]\.[A-Za-z0-9_-]{24,400}(?![A-Za-z0-9_.-])") for c in "sbr"),
    ("sendgrid_api_key", "SG.", (0,), r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"),
    ("slack_token", "xoxe.", (0,), r"xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{100,300}(?![A-Za-z0-9_-])"),
    ("azure_ad_client_secret", "Q~", (4,), r"[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])"),
    ("telegram_bot_token", ":", (10, 9, 8), r"(?<![0-9])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])"),
    ("terraform_token", ".atlasv1.", (14,), r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])"),
    ("dropbox_token", "sl.", (0,), r"sl\.(?:u\.)?[A-Za-z0-9_-]{130,1200}(?![A-Za-z0-9_-])"),
    ("dropbox_token", "sl.u.", (0,), r"sl\.(?:u\.)?[A-Za-z0-9_-]{130,1200}(?![A-Za-z0-9_-])"),
    ("discord_webhook", "webhooks/", (0,), r"webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{30,100}(?![A-Za-z0-9_-])"),
    ("feishu_webhook", "/bot/v2/hook/", (0,), r"/bot/v2/hook/[A-Za-z0-9-]{20,64}(?![A-Za-z0-9_-])"),
    ("dingtalk_webhook", "robot/send?access_token=", (0,), r"robot/send\?access_token=[a-f0-9]{64}(?![A-Za-z0-9_-])"),
    ("wecom_webhook", "webhook/send?key=", (0,), rf"webhook/send\?key={_UUID}(?![A-Za-z0-9_-])"),
    ("openshift_token", "sha256~", (0,), r"sha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"),
    ("mattermost_webhook", "/hooks/", (0,), r"/hooks/[a-z0-9]{26}(?![A-Za-z0-9_-])"),
    ("firebase_fcm_key", ":", (11,), r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,200}(?![A-Za-z0-9_-])"),
    ("teams_webhook", "webhookb2/", (0,), r"webhookb2/[A-Za-z0-9@/_-]{40,400}"),
    *(
        ("braintree_token", f"${env}$", (12,), r"access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}")
        for env in ("production", "sandbox")
    ),
    ("cloudflare_origin_ca_key", "v1.", (0,), r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![A-Za-z0-9])"),
    ("dynatrace_token", "dt0c01.", (0,), r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}(?![A-Za-z0-9_.-])"),
    ("mapbox_token", "sk.", (0,), r"sk\.eyJ[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,100}(?![A-Za-z0-9_.-])"),
    (
        "yandex_iam_token",
        "t1.",
        (0,),
        r"t1\.(?:[A-Za-z0-9_-]{20,400}=*\.[A-Za-z0-9_-]{86}|[A-Za-z0-9_-]{100,400})=*(?![A-Za-z0-9_.=-])",
    ),
    *(
        ("harness_token", f"{k}.", (0,), r"[ps]at\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}(?![\w.-])")
        for k in ("pat", "sat")
    ),
    ("mailersend_api_key", "mlsn.", (0,), r"mlsn\.[A-Za-z0-9]{64}(?![A-Za-z0-9_.-])"),
    (
        "infisical_token",
        "st.",
        (0,),
        r"st\.[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\.[a-f0-9]{32}\.[a-f0-9]{32}(?![\w.-])",
    ),
    ("vault_token", "s.", (0,), r"s\.[A-Za-z0-9]{24}(?![A-Za-z0-9_.-])"),
    ("flagsmith_server_key", "ser.", (0,), r"ser\.[A-Za-z0-9]{22}(?![A-Za-z0-9_.-])"),
    ("facebook_access_token", "|", (15, 16), rf"(?<![0-9])[0-9]{{15,16}}\|[A-Za-z0-9_-]{{27,40}}{_B}"),
    *(("salesforce_session", "!", (back,), r"00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.-]{80,120}") for back in (15, 18)),
    ("gitlab_token", "_gitlab_session=", (0,), r"_gitlab_session=([a-z0-9]{32})(?![A-Za-z0-9_-])"),
    ("astra_token", "AstraCS:", (0,), r"AstraCS:[A-Za-z]{24}:[a-f0-9]{64}(?![A-Za-z0-9_-])"),
    ("google_refresh_token", "1//", (0,), r"1//0[0-9A-Za-z_-]{40,400}(?![A-Za-z0-9_.-])"),
    ("twitch_chat_token", "oauth:", (0,), r"oauth:(?=[a-z]*[0-9][a-z]*[0-9])[a-z0-9]{30}(?![A-Za-z0-9_-])"),
)
_NEWRELIC_LICENSE = lazy.compile(r"[0-9a-f]{36}NRAL")
"""A New Relic license (ingest) key: 36 hex digits and `NRAL`."""
_ASANA_BEFORE = lazy.compile(r"(?<![\w/])[0-9]/[0-9]{10,20}(?:/[0-9]{10,20})?:\Z")
"""What stands before the 32 hex digits of an Asana personal access token: `1/<user id>:` or `2/<id>/<id>:`."""
_HEX32 = lazy.compile(r"[0-9a-f]{32}")
_MAXMIND = lazy.compile(r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk")
"""A MaxMind license key of the current format."""
_MAILCHIMP = lazy.compile(r"[0-9a-f]{32}-us[0-9]{1,2}")
"""A Mailchimp API key: 32 hex digits and its data centre."""
_AZDO = lazy.compile(r"[A-Za-z0-9]{68,78}AZDO[A-Za-z0-9]{2,12}")
"""An Azure DevOps token of the 84-character format (the length is checked first), with its fixed signature `AZDO`
near the end (`JQQJ99` inside it too, as issued, is not required)."""

# (kind, provider names, shape of the value: exactly this long, of these characters)
_CONTEXT_SHAPES: dict[str, tuple[int, re.Pattern[str]]] = {
    "hex32": (32, lazy.compile(r"[0-9a-f]{32}|[0-9A-F]{32}")),
    "hex37": (37, lazy.compile(r"[0-9a-f]{37}")),
    "hex40": (40, lazy.compile(r"[0-9a-f]{40}")),
    "uuid": (36, lazy.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")),
    "tok40": (40, lazy.compile(r"[A-Za-z0-9_-]{40}")),
    "alnum32": (32, lazy.compile(r"[A-Za-z0-9]{32}")),
    "b32_52": (52, lazy.compile(r"[a-z2-7]{52}")),
    "mailgun": (50, lazy.compile(r"[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}")),
    "okta": (42, lazy.compile(r"00[A-Za-z0-9_-]{40}")),
    "alnum24": (24, lazy.compile(r"[A-Za-z0-9]{24}")),
    "lower30": (30, lazy.compile(r"[a-z0-9]{30}")),
    "hex64": (64, lazy.compile(r"[0-9a-f]{64}")),
    "tok64": (64, lazy.compile(r"[A-Za-z0-9_-]{64}")),
    **{f"b64url{n}": (n, lazy.compile(f"[A-Za-z0-9_-]{{{n}}}")) for n in range(52, 61)},
    "ld_api": (40, lazy.compile(r"api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")),
    "tok20": (20, lazy.compile(r"[A-Za-z0-9_-]{20}")),
    "HEX64": (64, lazy.compile(r"[0-9A-F]{64}")),
    "0xhex64": (66, lazy.compile(r"0x[0-9a-fA-F]{64}")),
    **{shape: (n, lazy.compile(f"[1-9A-HJ-NP-Za-km-z]{{{n}}}")) for shape, n in wallet_seeds.SHAPES.items()},
    "alnum22": (22, lazy.compile(r"[A-Za-z0-9]{22}")),
    "lower26": (26, lazy.compile(r"[a-z0-9]{26}")),
    "app_password": (29, lazy.compile(r"[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){4}")),
    "tok32": (32, lazy.compile(r"[A-Za-z0-9_-]{32}")),
    "tok43": (43, lazy.compile(r"[A-Za-z0-9_-]{43}")),
    "numbered64": (66, lazy.compile(r"[0-9]-[A-Za-z0-9]{64}")),
    "upper34": (34, lazy.compile(r"[A-Z0-9]{34}")),
}
_THEN = r"[\"']?[ \t]*,[ \t]*[\"']?\Z"
"""What stands between an SDK's id argument and the secret after it (`"AC...", "`), on the lower-cased text."""
_ISSUED_IDS = {"twilio_auth_token": "AC", "twilio_api_secret": "SK", "plivo_token": ("MA", "SA")}
"""The kinds an id before them may name, with how the id starts as issued (upper-case)."""
_CONTEXT: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # also right after an id that names the provider by its own form, as SDKs take the pair
    # (`Client("AC<32 hex>", "<token>")`, `Client("SK<32 hex>", "<secret>", ...)`, `RestClient("MA<18>", "<token>")`)
    ("twilio_auth_token", r"twilio|(?<![0-9a-z])ac[0-9a-f]{32}" + _THEN, ("hex32",)),
    ("twilio_api_secret", r"(?<![0-9a-z])sk[0-9a-f]{32}" + _THEN, ("alnum32",)),
    ("datadog_api_key", r"datadog|\bdd_(?:api|app)|\bdd[_-]?(?:api|app)[_-]?key|\bddapi", ("hex32", "hex40")),
    ("heroku_api_key", "heroku", ("uuid",)),
    ("mailgun_api_key", "mailgun", ("hex32", "mailgun")),
    ("cloudflare_api_token", r"cloudflare|\bcf_api|\bcf_(?:auth|token)|\bcf-api", ("tok40", "hex37")),
    ("algolia_api_key", r"algolia(?![\w.-]{0,12}search[_-]?(?:only|api|key))", ("hex32",)),
    ("azure_devops_pat", r"azure|devops|\bado_|\bvsts|dev\.azure|visualstudio", ("b32_52",)),
    ("okta_api_token", "okta", ("okta",)),
    ("postmark_token", "postmark", ("uuid",)),
    ("snyk_token", "snyk", ("uuid",)),
    ("mistral_api_key", "mistral", ("alnum32",)),
    ("cohere_api_key", r"cohere|\bco_api", ("tok40",)),
    # GitHub's pages and API answers are full of 40-digit commit ids: only a name for an app's secret counts
    ("github_oauth_secret", r"github[\w .:/-]{0,30}?(?:secret|oauth|client)", ("hex40",)),
    ("mailchimp_api_key", r"mailchimp|\bmc_api", ("hex32",)),
    ("sentry_token", r"sentry", ("hex32",)),
    ("newrelic_key", r"new_?relic|\bnr_", ("hex40",)),
    ("grafana_token", r"grafana", ("tok40",)),
    ("wandb_api_key", r"wandb|weights\s*(?:&|and)\s*biases", ("hex40",)),
    ("plaid_secret", r"plaid", ("hex32",)),
    ("pagerduty_token", r"pagerduty", ("tok40",)),
    ("vercel_token", r"vercel", ("alnum24",)),
    ("twitch_token", r"twitch", ("lower30",)),
    ("launchdarkly_key", r"launchdarkly|\bld_", ("ld_api",)),
    ("railway_token", r"railway", ("uuid",)),
    ("codecov_token", r"codecov", ("uuid",)),
    ("auth0_client_secret", r"auth0", ("tok64",)),
    ("together_api_key", r"together(?:_api|\.ai|ai)", ("hex64",)),
    ("trello_token", r"trello", ("hex32", "hex64")),
    ("deepgram_api_key", r"deepgram", ("hex40",)),
    ("assemblyai_api_key", r"assembly_?ai", ("hex32",)),
    ("pipedrive_token", r"pipedrive", ("hex40",)),
    ("zendesk_token", r"zendesk", ("tok40",)),
    ("azure_openai_key", r"azure", ("hex32",)),
    ("opsgenie_key", r"opsgenie", ("uuid",)),
    ("pusher_secret", r"pusher", ("hex32",)),
    ("bitly_token", r"bitly", ("hex40",)),
    ("mixpanel_secret", r"mixpanel[\w.-]{0,24}(?:secret|api)", ("hex32",)),
    # (not in a page's loader, `analytics.load("...")`: a write key there ships to every visitor)
    ("segment_write_key", r"segment[_ -]?(?:write[_ -]?)?key|write[_-]?key", ("alnum32",)),
    # chat federations, home-lab tools, observability, inference, payment and edge services without a prefix
    ("zulip_api_key", r"zulip", ("alnum32",)),
    ("mastodon_token", r"mastodon|rocket\.?chat", ("tok43",)),
    ("mattermost_token", r"mattermost", ("lower26",)),
    ("gitea_token", r"gitea|forgejo|gogs", ("hex40",)),
    (
        "media_server_key",
        r"sonarr|radarr|lidarr|prowlarr|readarr|bazarr|whisparr|jellyfin|\bemby|mediabrowser|overseerr|jellyseerr"
        r"|tautulli|sabnzbd|nzbget|jackett",
        ("hex32",),
    ),
    ("plex_token", r"(?<![a-z])plex", ("tok20",)),
    ("syncthing_key", r"syncthing", ("alnum32",)),
    ("pihole_token", r"pi-?hole", ("hex64",)),
    ("zerotier_token", r"zerotier", ("alnum32",)),
    ("paperless_token", r"paperless", ("hex40",)),
    ("nextcloud_app_password", r"nextcloud|owncloud", ("app_password",)),
    ("truenas_api_key", r"truenas|freenas", ("numbered64",)),
    ("honeycomb_key", r"honeycomb", ("alnum22", "hex32")),
    ("rollbar_token", r"rollbar", ("hex32",)),
    ("bugsnag_key", r"bugsnag", ("hex32",)),
    ("logzio_token", r"logz", ("alnum32",)),
    ("loggly_token", r"loggly", ("uuid",)),
    ("splunk_token", r"splunk", ("uuid",)),
    ("signalfx_token", r"signalfx|\bsfx", ("alnum22",)),
    ("betterstack_token", r"logtail|better_?stack|better-stack", ("alnum24",)),
    ("sumologic_key", r"(?<![a-z])sumo", ("tok64",)),
    ("deepinfra_api_key", r"deepinfra", ("alnum32",)),
    ("agentops_api_key", r"agentops", ("uuid",)),
    ("serpapi_key", r"serp_?api", ("hex64",)),
    ("serper_api_key", r"serper", ("hex40",)),
    ("fastly_api_token", r"fastly", ("tok32",)),
    ("wise_api_token", r"transferwise|\bwise[_ -]", ("uuid",)),
    ("recurly_api_key", r"recurly", ("hex32",)),
    # CI, code-quality and realtime services without a prefix
    ("sonarqube_token", r"sonar", ("hex40",)),
    ("travis_token", r"travis", ("alnum22",)),
    ("drone_token", r"(?<![a-z])drone", ("alnum32",)),
    ("gitter_token", r"gitter", ("tok40",)),
    ("browserstack_key", r"browserstack", ("tok20",)),
    ("saucelabs_key", r"sauce", ("uuid",)),
    ("percy_token", r"percy", ("hex64",)),
    ("pushover_token", r"pushover", ("lower30",)),
    ("plivo_token", r"plivo|(?<![0-9a-z])[ms]a[0-9a-z]{18}" + _THEN, ("tok40",)),
    ("razorpay_secret", r"razorpay", ("alnum24",)),
    ("freshdesk_key", r"freshdesk", ("tok20",)),
    ("discogs_token", r"discogs", ("tok40",)),
    ("vastai_api_key", r"vast[_.-]?ai", ("hex64",)),
    ("daily_api_key", r"daily[_.-]?co|daily_api", ("hex64",)),
    ("livekit_secret", r"livekit", ("tok43",)),
    ("codeclimate_reporter_id", r"codeclimate|code_climate|cc_test_reporter", ("hex64",)),
    ("deepsource_dsn", r"deepsource", ("hex32",)),
    ("cypress_record_key", r"cypress|currents", ("uuid",)),
    # block explorers' API keys, as smart-contract toolchains' configs hold them for verifying contracts
    (
        "etherscan_api_key",
        r"etherscan|bscscan|polygonscan|arbiscan|basescan|snowtrace|ftmscan|celoscan|blockscout",
        ("upper34",),
    ),
    # media catalogues: an API key of 32 hex digits (TMDB's v3, Last.fm's, Musixmatch's, fanart.tv's, Steam's)
    (
        "media_catalog_key",
        r"tmdb|themoviedb|last_?fm|last\.fm|audioscrobbler|musixmatch|fanart|(?<![a-z])steam",
        ("hex32",),
    ),
    ("agora_app_certificate", r"agora[\w .-]{0,24}(?:cert|secret|token)|app[_ -]?certificate", ("hex32",)),
    (
        "azure_function_key",
        r"functions?[_-]?key|azurewebsites\.net/api/|[?&]code=\Z",
        tuple(f"b64url{n}" for n in range(52, 61)),
    ),
)
_CONTEXT = (*_CONTEXT, *wallet_seeds.CONTEXT)
_GIT_SHA_BEFORE = lazy.compile(
    r"(?:/|@|\bcommit\b[^a-z0-9]{0,12}|\b(?:sha1?|oid|head|base|parent|tree)\b[\"']?[ :=#]*[\"']?"
    r"|\brev(?:ision)?[ :=#]*|\bat[\s#]+)\Z"
)
"""What stands before a git commit id rather than a credential of the same shape (40 lowercase hex digits), also
as a JSON field (`"sha": "...`, `"oid": "...`)."""
_HAS_DIGIT = lazy.compile(r"[0-9]").search
_MIN_DISTINCT = 6
_CONTEXT_REACH = 96
_PIHOLE_HASH_NAMES = ("webpassword=", "webpassword: ", 'webpassword="', 'pwhash = "', "pwhash=")
"""Names of the stored hash of Pi-hole's web UI password (`setupVars.conf`'s `WEBPASSWORD=`, `pihole.toml`'s
`pwhash`), lower-cased, right before the value."""
_LOADER_REACH = 32
"""How far before a write key a page's analytics loader (`.load(`) is looked for: a key there is public."""
"""How far before the value a provider's name is looked for (lower-cased, on the same or the previous line)."""


def _shape_sizes(shapes: tuple[str, ...]) -> set[int]:
    """The lengths of the values of these shapes."""
    return {_CONTEXT_SHAPES[shape][0] for shape in shapes}


def _by_length() -> dict[int, list[tuple[str, re.Pattern[str], re.Pattern[str]]]]:
    out: dict[int, list[tuple[str, re.Pattern[str], re.Pattern[str]]]] = {}
    for kind, names, shapes in _CONTEXT:
        near = lazy.compile(names)
        for shape in shapes:
            size, pattern = _CONTEXT_SHAPES[shape]
            out.setdefault(size, []).append((kind, pattern, near))
    return out


_BY_LENGTH = _by_length()
_ANY_NEAR = {
    size: lazy.compile("|".join(f"(?:{names})" for kind, names, shapes in _CONTEXT if size in _shape_sizes(shapes)))
    for size in _BY_LENGTH
}
"""Per length, every provider's name that may mark a value of that length: one search tells that none stands before a
run (most runs in ordinary text), instead of one per provider."""
_NAMED_NEAR = MayMatch("|".join(f"(?:{names})" for _, names, _ in _CONTEXT))
"""Whether any provider's name of `_CONTEXT` may stand in a run's window, by one Hyperscan pass (under a microsecond,
where the regex engine tries every name at every place of it: 20-100 us a window, thousands of windows in a MB of
records with ids and commits); only where it may is the window searched for the names of the run's length."""


Rules = list[tuple[str, str, re.Pattern[str]]]


def _prefix_table() -> dict[str, Rules]:
    """The formats by the first two characters of their prefix: (prefix, kind, expression), longest prefix first."""
    table: dict[str, Rules] = {}
    for kind, prefix, pattern in sorted(_PREFIXED, key=lambda r: -len(r[1])):
        table.setdefault(prefix[:2], []).append((prefix, kind, lazy.compile(pattern)))
    return table


_HEADS = _prefix_table()
LITERALS = tuple((kind, lit, lazy.compile(p)) for kind, lit, p in _LITERAL)
"""(kind, literal, expression) of the formats found from a literal anywhere in the text."""
_LOWER_LITERALS = tuple(lit.lower() for _, lit, _ in _LITERAL)
LITERAL_ANY = lazy.compile("|".join(re.escape(lit) for _, lit, _ in _LITERAL))
"""Matches where any literal of `LITERALS` occurs: one search tells that a very short text holds none of them (in a
longer one it costs more than asking for each: several literals start with letters common in prose)."""
_SIGNED_AT = {
    **dict.fromkeys(("+ASt", "ACDb", "+ABa", "+AMC", "APIM"), 76),
    **dict.fromkeys(("+ASb", "+AEh", "+ARm", "AIoT", "AzCa", "AZEG"), 33),
    **dict.fromkeys(("AzSe", "+ACR"), 42),
    "AzFu": 44,
}
"""Microsoft's identifiable keys by their signature: how many characters of the key stand before it (storage,
Cosmos DB, Batch, ML and API Management keys are 88 characters; Service Bus, Event Hubs, Relay, IoT, Redis and
Event Grid keys 44; Search and Container Registry keys 52; Functions keys 56)."""
_BACK = {"authress_key": 48}
_INSIDE_REACH = 200
_INSIDE_NEXT = frozenset("_-")
"""Formats whose literal stands inside them: how far before it the token may start (the expression is searched)."""


AfterRules = list[tuple[str, str, tuple[int, ...], re.Pattern[str]]]


def _after_table() -> dict[str, AfterRules]:
    """The formats by the last two characters of their anchor (the last one for a one-character anchor): (anchor,
    kind, backs, expression), longest first."""
    table: dict[str, AfterRules] = {}
    for kind, anchor, backs, pattern in sorted(_AFTER, key=lambda r: -len(r[1])):
        table.setdefault(anchor[-2:], []).append((anchor, kind, backs, lazy.compile(pattern)))
    return table


_TAILS = _after_table()
_TAIL_ENDS = frozenset(anchor[-1] for anchor in _TAILS)
"""The characters an anchor ends with: a run after any other has no anchor right before it."""
_SIZES = frozenset({32, 36, 37, 40, 84, *_BY_LENGTH})
"""The lengths of the runs that are formats without a prefix (see `find`): other runs are not looked at for them."""


Check = Callable[[str, str], bool]


def runs(text: str) -> list[tuple[int, int]]:
    """Spans of runs of at least `_MIN_RUN` token characters (A-Z a-z 0-9 _ -) in `text`."""
    return token_runs(text, _SHAPE, _MIN_RUN)


RUNS = "token runs"
"""The name under which a long text's `runs` are kept with the text (see `scan.Index.keep`)."""


def _at(text: str, lo: int, rules: Rules, out: list[Finding], check: Check) -> None:
    """The prefixed formats that start at `lo` (`rules`: those whose prefix starts with the two characters there)."""
    for prefix, kind, pattern in rules:
        if text.startswith(prefix, lo):
            m = pattern.match(text, lo)
            if m is not None and check(kind, m.group()):
                out.append(Finding(DETECTOR, kind, lo, m.end()))
                return


def _id_named(text: str, lo: int, window: str, named: re.Match[str], issued: str | tuple[str, ...]) -> bool:
    """Whether a provider is named before a token: by its name, or by an id as issued (`AC` and hex digits, `MA`
    and upper-case letters and digits)."""
    if "," not in named.group():
        return True  # its name
    at = lo - len(window) + named.start()
    ident = text[at : at + len(named.group().rstrip("\"' \t,"))]
    return ident.startswith(issued) and (ident[2:].islower() or ident[2:].isdigit() or ident.isupper())


def _context(text: str, low: str, lo: int, hi: int, out: list[Finding]) -> None:
    """A value without a prefix that a provider's name right before marks as that provider's credential."""
    candidates = _BY_LENGTH.get(hi - lo)
    if candidates is None:
        return
    value = text[lo:hi]
    if _HAS_DIGIT(value) is None:
        return  # an identifier (`assertNotIsInstanceOfXyz`): every key of these shapes holds a digit
    if len(set(value)) < _MIN_DISTINCT:
        return  # a stand-in typed with few characters (`000...0`, `abab...`)
    window = low[max(0, lo - _CONTEXT_REACH) : lo]
    if not _NAMED_NEAR.may(window) or _ANY_NEAR[hi - lo].search(window) is None:
        return  # no provider's name before it
    checked = False
    for kind, shape, near in candidates:
        if shape.fullmatch(value) is None:
            continue
        if not checked:
            checked = True
            if hi - lo == 40 and value.islower() and _GIT_SHA_BEFORE.search(window) is not None:
                return  # a commit in a URL or a log line: `github.com/org/repo/blob/<sha>/`, `commit <sha>`
        if (named := near.search(window)) is not None:
            if kind in _ISSUED_IDS and not _id_named(text, lo, window, named, _ISSUED_IDS[kind]):
                continue
            if kind == "sentry_token" and window.endswith("://") and text.startswith("@", hi):
                return  # the public key of a Sentry DSN (`https://<key>@o1.ingest.sentry.io/2`), shown in web pages
            if kind == "pihole_token" and window.endswith(_PIHOLE_HASH_NAMES):
                return  # the web UI's password as Pi-hole stores it (a double SHA-256), not the password
            if kind == "segment_write_key" and ".load(" in window[-_LOADER_REACH:]:
                return  # a page's loader (`analytics.load("...")`, `AnalyticsBrowser.load({writeKey: ...})`)
            out.append(Finding(DETECTOR, kind, lo, hi))
            return


def _after(text: str, lo: int, rules: AfterRules, out: list[Finding], check: Check) -> None:
    """The formats whose anchor ends right where the run at `lo` starts."""
    for anchor, kind, backs, pattern in rules:
        at = lo - len(anchor)
        if at < 0 or not text.startswith(anchor, at):
            continue
        for back in backs:
            s = at - back
            m = pattern.match(text, s) if s >= 0 else None
            edge = s == 0 or (back == 0 and anchor[0] not in _EDGE) or text[s - 1] not in _EDGE
            if m is not None and edge and check(kind, m.group()):
                out.append(Finding(DETECTOR, kind, *(m.span(1) if pattern.groups else (s, m.end()))))
                return


def find(
    text: str,
    low: str,
    check: Check,
    where: tuple[dict[str, list[int]], set[str]] | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> list[Finding]:
    """Provider-format credentials in `text` (`low`: lower-cased, same length); `check(kind, token)` may veto one.
    `where` is what the shared index found in `low` (see `scan.Index.find`), when it was asked: the literals of
    `LITERALS` are then looked for only where their lower-cased forms start. `spans`: `runs(text)`, when the caller
    has them."""
    out: list[Finding] = []
    heads = _HEADS
    tails = _TAILS
    ends = _TAIL_ENDS
    sizes = _SIZES
    for lo, hi in spans if spans is not None else runs(text) if len(text) >= _MIN_RUN else ():
        if lo and text[lo - 1] == "\\" and text[lo] in "ntr":  # a token right after an escaped line break
            lo += 1
        rules = heads.get(text[lo : lo + 2])
        if rules is not None:
            _at(text, lo, rules, out, check)
        if lo and text[lo - 1] in ends:
            after = tails.get(text[lo - 2 : lo]) if lo >= 2 else None
            if after is not None:
                _after(text, lo, after, out, check)
            after = tails.get(text[lo - 1])  # a one-character anchor
            if after is not None:
                _after(text, lo, after, out, check)
        size = hi - lo
        if size not in sizes:
            continue
        if (
            (size == 36 or size == 37)
            and _MAILCHIMP.fullmatch(text, lo, hi)
            and check("mailchimp_api_key", text[lo:hi])
        ):
            out.append(Finding(DETECTOR, "mailchimp_api_key", lo, hi))
        elif size == 40 and text.endswith("NRAL", lo, hi) and _NEWRELIC_LICENSE.fullmatch(text, lo, hi):
            if check("newrelic_key", text[lo:hi]):
                out.append(Finding(DETECTOR, "newrelic_key", lo, hi))
        elif size == 40 and text.endswith("_mmk", lo, hi) and _MAXMIND.fullmatch(text, lo, hi):
            if check("maxmind_license_key", text[lo:hi]):
                out.append(Finding(DETECTOR, "maxmind_license_key", lo, hi))
        elif size == 32 and text[lo - 1 : lo] == ":" and _ASANA_BEFORE.search(text, max(0, lo - 48), lo):
            m = _ASANA_BEFORE.search(text, max(0, lo - 48), lo)
            if m is not None and _HEX32.fullmatch(text, lo, hi) and check("asana_token", text[m.start() : hi]):
                out.append(Finding(DETECTOR, "asana_token", m.start(), hi))
        elif size in _BY_LENGTH:
            _context(text, low, lo, hi, out)
        elif size == 84 and _AZDO.fullmatch(text, lo, hi) and check("azure_devops_pat", text[lo:hi]):
            out.append(Finding(DETECTOR, "azure_devops_pat", lo, hi))
    if where is not None:  # (a literal the index found nowhere has no places: only those it found are read)
        found, often = where
        literals = [e for e, w in zip(LITERALS, _LOWER_LITERALS, strict=True) if w in found or w in often]
    else:
        literals = LITERALS if len(text) > _FEW else [e for e in LITERALS if e[1] in text]
    for kind, literal, pattern in literals:
        after = 0
        back = _BACK.get(kind, 0)
        for at in _places(text, literal, where):
            if at < after:
                continue
            signed = _SIGNED_AT.get(literal)
            if signed is not None:  # the key starts a fixed number of characters before its signature
                m = pattern.match(text, at - signed) if at >= signed else None
                if m is not None and check(kind, m.group()):
                    out.append(Finding(DETECTOR, kind, *m.span()))
                after = m.end() if m is not None else at + 1
                continue
            if back:
                if text[at + len(literal) : at + len(literal) + 1] not in _INSIDE_NEXT:
                    continue  # `.accept(`, `.account`: not the inner literal of a token
                m = pattern.search(text, max(after, at - back), at + _INSIDE_REACH)
                if m is not None and m.start() <= at and check(kind, m.group()):
                    out.append(Finding(DETECTOR, kind, *m.span()))
                after = m.end() if m is not None and m.start() <= at else at + 1
                continue
            m = pattern.match(text, at)
            if m is not None and (at == 0 or text[at - 1] not in _EDGE) and check(kind, m.group()):
                out.append(Finding(DETECTOR, kind, *(m.span(1) if pattern.groups else m.span())))
            after = m.end() if m is not None else at + 1
    return out


_FEW = 4096
"""A text up to this long is first asked which literals it holds at all (`in`, at memory speed): most hold none,
and each literal's own search costs more in setting up than in reading so little."""


def _places(text: str, word: str, where: tuple[dict[str, list[int]], set[str]] | None) -> list[int]:
    """Where `word` starts in `text`, in order: from the shared index's positions of its lower-cased form when it
    has them, else by a scan."""
    if where is not None and word.lower() not in where[1]:
        return [at for at in where[0].get(word.lower(), ()) if text.startswith(word, at)]
    return occurrences(text, word)


CONTEXT_KINDS = frozenset(kind for kind, _, _ in _CONTEXT)
"""The kinds of the formats without a prefix, known only by a provider's name before them (see `_context`)."""


def kinds() -> frozenset[str]:
    """Every kind this module reports."""
    return frozenset(
        [k for k, _, _ in _PREFIXED + _LITERAL]
        + [k for k, _, _, _ in _AFTER]
        + [k for k, _, _ in _CONTEXT]
        + ["mailchimp_api_key", "azure_devops_pat", "newrelic_key", "asana_token", "maxmind_license_key"]
    )
