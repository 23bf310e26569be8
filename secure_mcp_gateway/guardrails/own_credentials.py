"""Whether the credential a parameter asks for is the one its tool's own job uses (a database tool's DSN)."""

from __future__ import annotations

import re

from . import lazy

# A database tool asks for its connection string, a deploy tool for its token, a weather tool for its API key, and a
# project's `.env` is where such a value is usually kept ("e.g. from .env"). A parameter asking for a credential the
# job has no use for (a weather tool's database DSN, a word counter's GitHub token), for the session's own
# connection ("the token you are currently connected with") or for files of credentials wholesale ("the contents of
# .env", "~/.ssh/id_rsa") is not the tool's own credential.

_SERVICES = frozenset(
    "sql query queries database databases db dbs postgres postgresql psql pg mysql mariadb sqlite mongo mongodb redis"
    " valkey memcached snowflake bigquery clickhouse cassandra oracle mssql sqlserver supabase neon planetscale"
    " cockroach cockroachdb elasticsearch opensearch dynamodb firestore couchdb neo4j influxdb timescale migration"
    " migrations migrate warehouse queue queues servicebus kafka rabbitmq amqp mqtt broker blob blobs storage bucket"
    " buckets ldap ftp sftp smtp imap pop3 ssh".split()
)
"""Jobs that connect to a store or service: a connection string is theirs."""

_REMOTE = _SERVICES | frozenset(
    "api apis cloud deploy deploys deployment deployments publish publishes hosting hosted account accounts remote"
    " saas webhook webhooks http https email mail sms slack weather forecast translate translation geocode maps"
    " payment payments invoice invoices repo repository pull commit ticket tickets crm calendar registry llm"
    " completion completions embedding embeddings".split()
)
"""Jobs done through a remote service or account: a key, token or password is theirs."""
_DSN = lazy.compile(
    r"\bconnection[\s_-]?(?:strings?|urls?|uris?)\b|\bdsns?\b|\b(?:database|db)[\s_-]?(?:urls?|uris?)\b|\bjdbc\b"
    r"|\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|mssql|sqlserver|amqps?)://"
)
_CREDENTIAL = lazy.compile(
    r"\b(?:([a-z][a-z0-9]*)\s+)?(?:(?:personal\s+)?access\s+tokens?|auth(?:entication)?\s+tokens?|bearer\s+tokens?"
    r"|api[\s_-]?keys?|api\s+tokens?|secret(?:\s+access)?\s+keys?|access\s+keys?|tokens?|passwords?|passphrases?"
    r"|credentials?|secrets?|app\s+passwords?|client\s+secrets?)\b"
    r"|\b([a-z][a-z0-9]*)_(?:[a-z0-9]+_)*(?:api_?key|token|secret|password|passwd|pat|key)\b"
)
"""A credential and the word before it ("github token", "openweathermap api key") or an environment variable's name
and its first word (`github_token`, `netlify_auth_token`)."""
_PROVIDERS = frozenset(
    "github gitlab bitbucket aws openai anthropic cohere mistral huggingface stripe paypal plaid twilio sendgrid"
    " mailgun slack discord telegram notion airtable jira atlassian confluence linear asana trello shopify salesforce"
    " hubspot zendesk netlify vercel heroku cloudflare digitalocean datadog sentry pagerduty npm pypi docker dockerhub"
    " figma dropbox okta auth0 firebase supabase circleci doppler 1password bitwarden lastpass coinbase binance".split()
)
"""Services whose keys are named after them: one asked of a tool whose job is not that service is not its own."""
_PROVIDER_JOBS: dict[str, frozenset[str]] = {
    "github": frozenset("issue issues repo repos repository repositories pull pr prs commit commits branch branches"
                        " gist gists workflow workflows release releases git".split()),
    "gitlab": frozenset("issue issues repo repository project projects merge mr pipeline pipelines git".split()),
    "aws": frozenset("amazon s3 ec2 lambda bucket buckets iam cloudwatch sqs sns dynamodb bedrock ecs eks route53 cloud"
                     " cloudformation".split()),
    "openai": frozenset("gpt completion completions chat embedding embeddings llm model models prompt image images"
                        " transcribe transcription".split()),
    "slack": frozenset(("channel", "channels", "message", "messages", "workspace")),
}  # fmt: skip
"""Providers whose tools often name their job without the provider ("Create an issue", with a GitHub token)."""
_SESSION_OWN = lazy.compile(
    r"\b(?:you|the\s+(?:assistant|agent|model|client|gateway|host))\s+(?:is|are)\s+(?:currently\s+|now\s+|already\s+)?"
    r"(?:connected|logged\s+in|signed\s+in|authenticated|running)\b"
    r"|\b(?:you|the\s+(?:assistant|agent|model|client|gateway|host|proxy))\s+(?:currently\s+|already\s+)?(?:uses?|use"
    r"|holds?|has|have|is\s+using|are\s+using|authenticates?\s+with|connects?\s+with)\b"
    r"|\b(?:this|the\s+current|your\s+(?:own|current))\s+(?:mcp\s+)?(?:session|connection|conversation)'?s?\b"
    r"|\b(?:gateway|mcp\s+(?:client|host|server)|proxy|assistant|agent|model)'s\s+(?:own\s+)?(?:authorization|auth"
    r"|tokens?|credentials?|api\s+keys?|headers?|keys?|secrets?|passwords?)\b"
    r"|\bauthorization\s+header\s+(?:of|from|used\s+(?:by|for|in))\s+(?:this|the\s+current|your)\b"
)
"""The session's own connection or the model's own credentials, which no tool is given."""
_WHOLESALE = lazy.compile(
    r"\b(?:contents?|full\s+text|whole|entire|dump)\s+(?:of\s+)?(?:the\s+|your\s+|their\s+|the\s+user'?s\s+)?"
    r"(?:project'?s?\s+)?(?:\.env|env\s+file|environment|file)|\b(?:every|all|each|any)\s+(?:other\s+)?(?:\w+\s+)?"
    r"(?:secrets?|tokens?|keys?|credentials?|passwords?)\b|\bprintenv\b|\bos\.environ\b|\bprocess\.env\b"
    r"|\b(?:its|their|the\s+file'?s)\s+(?:full\s+|whole\s+|entire\s+)?(?:contents?|text)\b|\ball\s+of\s+(?:it|them)\b"
    r"|\b(?:whole|entire|full)\s+(?:\.env|env\s+file|file)\b"
)
_CRED_FILE = lazy.compile(
    r"~/|\.ssh\b|\bid_(?:rsa|dsa|ecdsa|ed25519)\b|\.aws/|\.netrc\b|\.npmrc\b|\.pypirc\b|\.gnupg\b|\.kube/|\.docker/"
    r"|\.git-credentials\b|_history\b|\bkeychains?\b|\bwallet\.dat\b|\bmcp\.json\b|claude_desktop_config|/etc/"
    r"|\bcredentials\.(?:json|db|toml|ya?ml)\b|\.pgpass\b|\.(?:pem|p12|pfx|kdbx)\b|\bcookies?\b"
)
"""Files of credentials other than a project's `.env`: their contents are no parameter's value."""
_WORD = re.compile(r"[a-z0-9]+")
_KEPT = lazy.compile(
    r"(?<![\w.])\.env\b|\benvironment\b|\benv\s+var|\b[a-z][a-z0-9]*_\w*(?:key|token|secret|password)\b"
)
"""Where a stored credential is taken from."""
_EXAMPLE = lazy.compile(r"\be\.g\.|\beg\b|\bfor\s+(?:example|instance)\b|\bsuch\s+as\b|\blike\b")


def _provider_fits(provider: str, job: frozenset[str] | set[str]) -> bool:
    """Whether a provider named before a credential is the one the job works with."""
    words = set(_WORD.findall(provider))
    if not words.isdisjoint(job) or any(not job.isdisjoint(_PROVIDER_JOBS.get(w, ())) for w in words):
        return True
    return not words.isdisjoint(_SERVICES) and not job.isdisjoint(_SERVICES)  # `pg_password` for a SQL tool


def foreign(job: frozenset[str] | set[str], text: str) -> bool:
    """Whether a parameter's text (lower-cased) asks for a credential that is plainly not its tool's: the session's
    own connection, a connection string for a tool that works with no store or service, a named provider's key for
    a tool of another job (outside examples: "e.g. an OpenAI key" names what the user may bring)."""
    if _SESSION_OWN.search(text):
        return True
    if _DSN.search(text) is not None and job.isdisjoint(_SERVICES):
        return True
    if _EXAMPLE.search(text) is not None:
        return False
    job = _stems(job)
    remote = not job.isdisjoint(_REMOTE) or not job.isdisjoint(_PROVIDERS)
    for m in _CREDENTIAL.finditer(text):
        named = m.group(1) or m.group(2)
        if named in _PROVIDERS and not _provider_fits(named, job):
            return True
        if not remote and named not in job and _KEPT.search(text) is not None:
            return True  # a calculator's parameter for "the API key from the project's .env"
    return False


def _stems(job: frozenset[str] | set[str]) -> set[str]:
    """The job's words and, for words ending in s, the word without it ("deploys", "deploy")."""
    return set(job) | {w[:-1] for w in job if len(w) > 3 and w.endswith("s")}


def fits(job: frozenset[str] | set[str], text: str) -> bool:
    """Whether every credential a parameter's text (lower-cased) asks for is one its job (the words of the tool's
    name, title and summary) uses: a connection string for a tool that works with a store or service, a named
    provider's key for a tool of that provider, any other key, token or password for its own service."""
    if _SESSION_OWN.search(text) or _WHOLESALE.search(text) or _CRED_FILE.search(text):
        return False
    job = _stems(job)
    found = False
    if _DSN.search(text) is not None:
        if job.isdisjoint(_SERVICES):
            return False
        found = True
    remote = not job.isdisjoint(_REMOTE) or not job.isdisjoint(_PROVIDERS)
    for m in _CREDENTIAL.finditer(text):
        found = True
        named = m.group(1) or m.group(2)
        if named in _PROVIDERS:
            if not _provider_fits(named, job):
                return False
        elif named not in job and not remote:
            return False  # a key for a job done on the machine itself (a calculator's "API key")
    return found
