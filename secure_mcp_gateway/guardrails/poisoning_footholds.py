"""Footholds a poisoned definition asks the model to leave behind: packages installed, jobs scheduled, the server
copied into other clients' configs, orders planted in rules or memory files, approval prompts switched off, logs
erased, and device-code sign-ins with a code written into the definition.

Each expression is a signal of `poisoning_signals` (searched only where one of its gate words occurs, listed beside
it); the job word sets say which tools may speak of these things as their own work (a package manager installs, a
scheduler schedules, a log tool clears logs)."""

from __future__ import annotations

import re

from . import lazy

INSTALL = lazy.compile(
    r"\b(?:pip3?|pipx|uv\s+pip|uv\s+tool|poetry|npm|pnpm|yarn|bun|gem|cargo|go|brew|apt(?:-get)?|dnf|yum|apk|choco"
    r"|winget|scoop|composer|conda|mamba)\s+install\b|\bp?npm\s+i\b|\b(?:yarn|pnpm|poetry|cargo|bun|uv)\s+add\b"
    r"|\bgo\s+get\b|\bnpx\s+(?:-y|--yes)\b|--install-extension\b"
    r"|\b(?:curl|wget)\b[^|\n]{0,160}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b|\b(?:iwr|irm|invoke-webrequest"
    r"|invoke-restmethod)\b[^|\n]{0,160}\|\s*iex\b"
    r"|\binstall\s+(?:the\s+|this\s+|a\s+|an\s+|our\s+)?(?:[\w.@/-]+\s+){0,2}?(?:package|module|extension|plugin|helper"
    r"|daemon|binary|dependency|library|agent|cli|sdk|runtime|certificate)\b"
)
"""A package or script installed on the user's machine."""
INSTALL_WORDS = (
    "install", "npm", "yarn", "poetry", "cargo", "bun", "uv", "go get", "npx", "curl", "wget", "iwr", "irm", "invoke-",
)  # fmt: skip
URGED = lazy.compile(
    r"\b(?:to\s+be|must\s+be|should\s+be|needs?\s+to\s+be)\s+(?:run|executed)\b|\brun\s+(?:it|this|that)\b"
    r"|\bin\s+(?:the\s+user'?s|your|their|a)\s+(?:terminal|shell|machine)\b"
)
"""Said to be run now (not a requirement described for whoever sets the server up)."""
OWN_SETUP = lazy.compile(r"\bto\s+(?:install|set\s+up|get\s+started|update|upgrade)\b")
"""A setup step given for the tool itself ("To install it, run: ..."), as a README gives it."""
INSTALL_JOB = frozenset(
    "install installs installer installing package packages dependency dependencies deps npm pip pypi brew homebrew"
    " apt cargo gem module modules plugin plugins extension extensions setup environment venv virtualenv requirements"
    " library libraries sdk toolchain scaffold bootstrap devcontainer container image shell terminal command commands"
    " exec execute script scripts".split()
)

SCHEDULE = lazy.compile(
    r"\bcron(?:tab)?\b|\bcron\s+(?:jobs?|entr(?:y|ies)|tasks?)\b|\bscheduled\s+(?:tasks?|jobs?)\b|\bschtasks\b"
    r"|\blaunchd\b|\bsystemd\s+timers?\b|\b(?:recurring|periodic|background|nightly|hourly|daily)\s+(?:\w+\s+)?(?:jobs?"
    r"|tasks?|runs?|syncs?|uploads?|timers?)\b|\b(?:every|each)\s+(?:\d+\s+)?(?:minutes?|hours?"
    r"|reboot|boot|startup|login)\b|\b(?:nightly|hourly|daily)\s+(?:at|from)\b"
)
"""A job set to run again later, on its own."""
SCHEDULE_WORDS = (
    "cron", "scheduled", "schtasks", "launchd", "systemd", "recurring", "periodic", "background", "nightly", "hourly",
    "daily", "minute", "hour", "boot", "startup", "login",
)  # fmt: skip
SCHEDULE_JOB = frozenset(
    "schedule schedules scheduler scheduled scheduling cron crontab job jobs task tasks reminder reminders timer timers"
    " recurring workflow workflows automation automations trigger triggers pipeline pipelines calendar event events"
    " backup backups".split()
)
SET_UP = re.compile(
    r"\W*(?:also\s+|then\s+|and\s+|next,?\s+|afterwards,?\s+|finally,?\s+)?(?:schedule|register|set\s+up|create|add"
    r"|install|configure|write|put|wipe|clear|erase|purge|truncate|scrub|empty|remove|delete)\b"
)
"""A sentence that opens by setting something up or clearing something away."""

CLIENT_CONFIG = lazy.compile(
    r"\bclaude_desktop_config\b|\bclaude\s+(?:desktop|code)\b|\bmcp\.json\b|\.cursor/|\bcursor'?s?\s+(?:settings"
    r"|config)|\bwindsurf\b|\bvs\s?code\b"
    r"|\.vscode/|\bcline\b|\broo\s+code\b|\bzed\s+(?:settings|config)|\bgemini\s+cli\b|\bcodex\s+(?:cli|config)\b"
    r"|\b(?:other|every|each|all|any)\s+(?:other\s+)?(?:installed\s+)?(?:mcp\s+|ai\s+|agent\s+"
    r"|assistant\s+)?(?:clients?"
    r"|assistants|editors)\b|\b(?:mcp\s+)?clients?'?s?\s+(?:config(?:uration)?s?|settings)\b"
    r"|\bmcp\s+(?:config(?:uration)?s?|settings)\b"
)
"""The configuration of an MCP client (or of every client on the machine)."""
CLIENT_CONFIG_WORDS = (
    "claude_desktop", "claude desktop", "claude code", "mcp", ".cursor/", "cursor settings", "cursor's settings",
    "cursors settings", "cursor config", "cursor's config", "cursors config", "windsurf", "vs code", "vscode", "cline",
    "roo code", "zed settings", "zed config", "gemini cli", "codex", "client", "assistants", "editors",
)  # fmt: skip
ITSELF = lazy.compile(
    r"\b(?:this|our)\s+(?:server|tool|integration|plugin|extension)'?s?\b|\bitself\b|\b(?:this|its\s+own)\s+(?:entry"
    r"|config(?:uration)?|block|snippet)\b|\bthe\s+(?:following|above|below)\b|\b(?:block|snippet|entry)\s+(?:below"
    r"|above)\b"
)
CONFIG_JOB = frozenset(
    "config configs configuration configure mcp client clients server servers install installer settings setup"
    " registry extension extensions".split()
)

RULES_FILE = lazy.compile(
    r"\b(?:claude|agents|gemini|conventions|copilot-instructions)\.md\b|\.cursorrules\b|\.cursor/rules\b"
    r"|\.windsurfrules\b|\.clinerules\b|\.github/copilot\b|\bmemory\s+(?:bank|file|store)\b|\b(?:custom|standing"
    r"|persistent|global|permanent)\s+(?:instructions|rules|orders)\b|\brules\s+files?\b|\bproject\s+rules\b"
    r"|\b(?:your|the\s+assistant'?s|the\s+model'?s|the\s+agent'?s|long[\s-]?term|permanent|persistent)\s+memor(?:y"
    r"|ies)\b"
)
"""Files and stores whose text a coding agent or assistant reads as orders in every later session."""
RULES_FILE_WORDS = (
    "claude.md", "agents.md", "gemini.md", "conventions.md", "copilot", ".cursorrules", ".cursor/rules",
    ".windsurfrules", ".clinerules", "memor", "custom", "standing", "persistent", "global", "permanent", "rules file",
    "project rules",
)  # fmt: skip
WRITE = lazy.compile(
    r"\b(?:add|adds|append|appends|write|writes|insert|inserts|put|save|saves|store|stores|record|update|updates"
    r"|prepend|place|plant|include|copy|register|persist|create|creates|containing|install|installs|edit|modify)\b"
)
RULES_JOB = frozenset(
    "rule rules memory memories instruction instructions agents claude cursor knowledge guideline guidelines prompt"
    " prompts onboarding init scaffold conventions preferences".split()
)

USER_SET_TEXT = (
    r"\b(?:if|when|once|where|after|provided\s+(?:that\s+)?)\s+(?:[^.;\n]{0,60}?\s(?:and|or)\s+)?(?:the\s+|this\s+"
    r"|that\s+)?(?:user|users|customer"
    r"|owner|account\s+owner|admin(?:istrator)?|maintainer|they|you)\s+(?:has\s+|have\s+|had\s+)?(?:explicitly\s+"
    r"|already\s+|previously\s+)?(?:enabled|enables|turned\s+on|turns\s+on|switched\s+on|opted\s+in|opts\s+in"
    r"|configured|configures|set\s+up|sets\s+up|chose|chosen|chooses|selected|selects|ticked|checked|allowed)\b"
)
USER_SET = re.compile(USER_SET_TEXT)
REFUSED_AFTER = re.compile(
    r"[\s'\"`)]*(?:(?:mode|flag|option|setting|feature)\s+)?(?:is|are|stays|remains|will\s+be|gets?)\s+(?:never|not"
    r"|always\s+off|disabled|off|turned\s+off|unsupported|ignored|rejected|refused|blocked)\b"
)
"""Said after a bypass to refuse it ("Auto-approve is never used")."""
"""A condition the user set ("only if the CI passed and the user enabled auto-approve"): their choice, not a bypass."""
AUTO_APPROVE = lazy.compile(
    r"\bauto[\s_-]?approv\w*|\balways[\s_-]?allow\w*|\b(?:allow|trust)[\s_-]?list\w*|\btrusted\s+(?:tools?|servers?)\s+"
    r"list\b|\b(?:permission|approval|confirmation|consent)\s+(?:dialogs?|prompts?|pop-?ups?|screens?|requests?|steps?)"
    r"\s+(?:is|are)\s+(?:not\s+needed|unnecessary|redundant|not\s+required)\b|\b(?:do\s+not|don'?t|never"
    r"|no\s+need\s+to)"
    r"\s+(?:show|display|raise|trigger|open|pop\s+up|present)\w*\s+(?:a\s+|the\s+|any\s+)?(?:confirmation|approval"
    r"|permission|consent)\b|\bas\s+(?:always\s+)?(?:allowed|approved|trusted|pre-?approved)\b|\byolo\s+mode\b"
    r"|--dangerously-skip-permissions\b|\bskip[\s_-]?permissions\b"
    r"|\b(?:approval|permission|consent|authori[sz]ation)\s+(?:has|have)\s+(?:already\s+)?been\s+(?:granted|given)\b"
    r"|\b(?:don'?t|do\s+not|never)\s+ask\s+(?:me\s+)?again\b|\brequire[_\s-]?approval\w*[\s'\"]*(?:to|="
    r"|:)?[\s'\"]*(?:false"
    r"|never|none|off|0)\b|\bapproval[_\s-]?mode[\s'\"]*(?:to|=|:)?[\s'\"]*(?:never|off|auto|none|full[_-]?auto)\b"
    r"|\bhuman[\s-]in[\s-]the[\s-]loop\s+(?:\w+\s+)?(?:is\s+|has\s+been\s+)?(?:disabled|off|turned\s+off|not\s+needed"
    r"|unnecessary|skipped|waived)\b|\b(?:disable|skip|turn\s+off"
    r"|bypass)\w*\s+(?:the\s+)?human[\s-]in[\s-]the[\s-]loop\b"
)
"""The client told to stop asking the user before this server's tools run."""
AUTO_APPROVE_WORDS = (
    "approv", "always allow", "always-allow", "always_allow", "alwaysallow", "allowlist", "allow list", "allow-list",
    "allow_list", "as allowed", "as always allowed", "trustlist", "trust list", "trust-list", "trust_list", "trusted",
    "permission", "confirmation", "consent", "yolo", "authori", "ask again", "ask me again", "loop",
)  # fmt: skip
APPROVAL_JOB = frozenset(
    "approve approves approval approvals permission permissions allowlist policy policies trust settings".split()
)

DEVICE = lazy.compile(
    r"\bdevice[\s_-]?(?:code|login|log-in|sign-?in|authori[sz]ation|activation|flow|pairing)\b|/devicelogin\b"
    r"|/login/device\b|/device(?:auth)?\b|/activate\b|\bactivate\s+(?:the\s+|this\s+)?device\b|\bpairing\s+code\b"
    r"|\buser_code\b"
)
"""A device-code sign-in: the user types a code on a sign-in page, which links an account to whoever asked."""
DEVICE_WORDS = ("device", "activate", "pairing", "user_code")
DEVICE_URL = re.compile(r"https?://\S*(?:devicelogin|/device\b|/activate\b)|\b[\w.-]+\.\w+/(?:login/)?device\b")
FIXED_CODE = re.compile(r"\b[A-Z0-9]{3,5}-[A-Z0-9]{3,5}\b|\bcode\s*[:=]?\s*[`'\"]?[A-Z0-9]{6,9}\b")
"""A user code written into the definition itself (a real flow shows the code the sign-in returns)."""
ENTER = lazy.compile(r"\b(?:enter|type|input|paste|submit|visit|open|go\s+to|navigate\s+to)\b")
AUTH_JOB = frozenset(
    "login logon signin sign auth authenticate authentication authorize authorization oauth token tokens account"
    " accounts credential credentials session sessions identity sso device devices pair pairing entra azure az"
    " gh".split()
)

ERASE_LOG = lazy.compile(
    r"\b(?:delete|deletes|clear|clears|erase|erases|wipe|wipes|truncate|truncates|purge|purges|remove|removes|scrub"
    r"|scrubs|empty|shred|overwrite|rm)\b[^.;]{0,80}?(?:\blogs?\b|\blogging\b|\bhistory\b|\baudit\b|\btraces?\b"
    r"|\bjournal\b|_history\b|/var/log\b|\.log\b)|\bleav(?:e|es|ing)\s+no\s+(?:trace|record|log|footprint)s?\b"
    r"|\bhistory\s+-c\b|\bunset\s+histfile\b|\bwevtutil\s+cl\b|\bjournalctl\s+--vacuum|\bcover\s+(?:your|its|the)"
    r"\s+tracks\b"
)
"""Logs and histories erased: the record of what was done, removed."""
ERASE_LOG_WORDS = (
    "log", "history", "audit", "trace", "journal", "no record", "footprint", "histfile", "wevtutil", "tracks",
)  # fmt: skip
LOG_JOB = frozenset(
    "log logs logging logger history histories audit console journal rotate rotation retention cleanup clean clear"
    " purge trace traces tracing cloudwatch observability syslog events".split()
)

SELF_RESTORE = lazy.compile(
    r"\bre-?(?:install|enabl|add|regist|activat|insert|writ)\w*\s+(?:itself|themselves|its\s+(?:own\s+)?(?:hooks?"
    r"|entry|entries|startup\s+\w+|config(?:uration)?|server\s+entry|registration))\b"
    r"|\b(?:turns?|switch(?:es)?|puts?|adds?|writes?|installs?|registers?|copies|enables?|brings?)\s+itself\s+(?:back"
    r"|again)\b"
    r"|\b(?:restores?|re-?adds?|re-?creates?|re-?writes?|puts?\s+back|brings?\s+back)\s+(?:(?:the|this)\s+(?:server"
    r"|tool|extension|plugin|integration)'?s\s+|its\s+(?:own\s+)?)(?:[\w.-]+\s+){0,2}?(?:entry|entries|hooks?"
    r"|registration|block|line|config(?:uration)?)\b"
    r"|\b(?:uninstall|remov|disabl|delet)\w*\s+(?:it|this\s+(?:server|tool|extension|plugin|integration)|the\s+(?:server"
    r"|tool|extension|plugin))\s+(?:has|have|had)\s+no\s+(?:lasting\s+|real\s+|permanent\s+)?effect\b(?!\s+on\b)"
    r"|\bsurviv\w*\s+(?:an?\s+|any\s+)?(?:uninstall\w*|removal|deletion|being\s+(?:removed|disabled|uninstalled"
    r"|deleted))\b"
)
"""The server said to put itself back when the user removes or disables it ("re-enables itself", "restores its entry
in mcp.json", "uninstalling it has no effect"): a foothold that outlasts the user's choice."""
SELF_RESTORE_WORDS = (
    "itself", "themselves", "its", "restor", "readd", "re-add", "recreat", "re-creat", "rewrit", "re-writ", "back",
    "effect", "surviv",
)  # fmt: skip
REMOVED = lazy.compile(
    r"\b(?:remov|delet|uninstall|disabl|turn(?:s|ed|ing)?\s+(?:it\s+)?off|switch(?:es|ed|ing)?\s+(?:it\s+)?off"
    r"|surviv)\w*"
)
"""Beside `SELF_RESTORE`: the removal it undoes."""
WRITTEN_BACK = lazy.compile(
    r"\bstart-?up\s+(?:folder|items?|entr(?:y|ies)|scripts?)\b|\bautostart|\blogin\s+items?\b|\.(?:bash|zsh)rc\b"
    r"|\.profile\b|\bmcp\.json\b"
)
"""Beside `SELF_RESTORE`: a place read at every start that the server writes itself back to."""
NEXT_START = lazy.compile(r"\b(?:next|every|each)\s+(?:session|start|launch|boot|login)\b")
TIMED_OR_CHOSEN = lazy.compile(
    r"\bafter\s+(?:\d+|an?|the|one|some|a\s+few)\s*(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|cool-?downs?"
    r"|time-?outs?|windows?|periods?|delays?)\b|\bcool-?down\b|\bonly\s+(?:if|when)\b|\b(?:if|when|unless)\s+(?:you"
    r"|the\s+user)\s+(?:set|sets|enable|enables|choose|chooses|opt|opts|ask|asks|allow|allows)\b"
)
"""A return on a timer or on the user's own setting ("re-enables itself after 60 seconds", "only if you set it")."""


def self_restored(low: str) -> bool:
    """Whether a sentence `SELF_RESTORE` matched undoes a removal, or writes the server back where every start reads
    it (not "restarts itself if it crashes", "the limit re-enables itself after a minute", "the plugin re-registers
    its hooks on reload", "it rewrites its configuration when a setting changes")."""
    if TIMED_OR_CHOSEN.search(low) is not None:
        return False
    if REMOVED.search(low) is not None or WRITTEN_BACK.search(low) is not None or CLIENT_CONFIG.search(low) is not None:
        return True
    return "itself" in low and NEXT_START.search(low) is not None


WORDS: dict[object, tuple[str, ...]] = {
    INSTALL: INSTALL_WORDS,
    SCHEDULE: SCHEDULE_WORDS,
    CLIENT_CONFIG: CLIENT_CONFIG_WORDS,
    RULES_FILE: RULES_FILE_WORDS,
    AUTO_APPROVE: AUTO_APPROVE_WORDS,
    DEVICE: DEVICE_WORDS,
    ERASE_LOG: ERASE_LOG_WORDS,
    SELF_RESTORE: SELF_RESTORE_WORDS,
}
"""The expressions searched in every sentence that holds one of their gate words (every match holds one); `URGED`,
`ITSELF`, `WRITE` and `ENTER` are read only in a sentence one of these matched."""

THEIR_SECRET = lazy.compile(
    r"\b(?:the\s+user'?s|their|your|the\s+customer'?s|the\s+caller'?s)\s+(?:\w+\s+){0,3}?(?:passwords?|passphrase"
    r"|private"
    r"\s+keys?|ssh\s+keys?|api\s+keys?|tokens?|secrets?|seed\s+phrase|recovery\s+phrase|pins?|credentials?"
    r"|access\s+keys?)\b"
)
"""A credential said to be the user's own (read only in a sentence that names a credential)."""
ERROR_CUE = lazy.compile(
    r"\b(?:errors?|err_\w+|e_\w+|unauthori[sz]ed|denied|expired|fails?|failed|failure|invalid|known\s+issue|40[13]"
    r"|quota)\b"
)
"""An error or failure named as the reason (read only beside `THEIR_SECRET`)."""
