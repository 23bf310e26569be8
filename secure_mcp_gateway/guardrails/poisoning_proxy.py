"""Orders to act in the user's name: sign, post, reply, accept, consent, subscribe, vote, approve, pay or register for
them, or as them, without their asking ("approve each listed pull request on behalf of the user", "register the user
for the event", "accept the terms for the customer").

`PROXY` finds such an order (its act's verb as group `verb`) in a lower-cased sentence; `poisoning_signals` judges it
against the tool's own function: a tool whose job is that act (a petition signer, a poster, a payments tool) does it
for the user by design, and one that only reads (lists, shows, returns) has no business doing it."""

from __future__ import annotations

import re

from . import lazy

_PERSON = (
    r"(?:users?|customers?|clients?|members?|owners?|patients?|students?|learners?|shareholders?|borrowers?|viewers?"
    r"|readers?|buyers?|shoppers?|guests?|tenants?|renters?|employees?|managers?|subscribers?|callers?|applicants?"
    r"|candidates?|voters?|attendees?|travell?ers?|passengers?|account\s+holders?|cardholders?|homeowners?|residents?"
    r"|citizens?|parents?|donors?|investors?|players?|fans?|listeners?|diners?|person|people|requesters?|account\s+owners?"
    r"|signers?|signatories|policyholders?|insured|beneficiar(?:y|ies)|sender|recipient|visitors?|drivers?|riders?"
    r"|patrons?|sellers?|hosts?|authors?|landlords?|teachers?|workers?|participants?|guardians?|bidders?|couples?"
    r"|volunteers?|claimants?|registrants?|holders?|pupils?|carers?|families|relatives?|next\s+of\s+kin)"
)
"""Whom the act would be done for (read with "the" or a possessive)."""
_WHO = r"(?:(?:the|this|that|each|every|our|your)\s+" + _PERSON + r"|them|him|her|you)"
_WHOSE = r"(?:(?:the|this|that|each|every)\s+" + _PERSON + r"'s?|their|his|her|your)"
_THINGS = (
    r"(?:account|accounts|profile|profiles|login|handle|card|cards|wallet|signature|e-?mail(?:\s+address)?|address"
    r"|identity|credentials|resume|cv|details|phone(?:\s+number)?|number|name|username|id|seat|vote|proxy|credit"
    r"|payment\s+(?:method|details|card)s?|bank\s+account|voting\s+(?:key|rights|power|token)|keys?|calendar"
    r"|mailbox|inbox|behalf|session|logged-?in\s+session|cookies?|tokens?)"
)
_COMMIT = (
    r"(?:sign|e-?sign|countersign|co-?sign|initial|post|publish|reply|respond|comment|like|upvote|downvote|share"
    r"|repost|retweet|vote|cast|accept|agree|consent|approve|authori[sz]e|endorse|subscribe|register|enrol+|join"
    r"|apply|book|reserve|buy|purchase|order|pay|donate|tip|bid|pledge|renew|upgrade|submit|tick|check\s+(?:the|every"
    r"|each|all|any)\s+(?:\w+\s+)?box(?:es)?|rsvp|follow|opt|confirm|send|answer|leave|place|put\s+down|make|file"
    r"|claim|fill\s+(?:in|out)|complete|sign\s+up|accept\s+and\s+sign|click|press|tap)"
)
"""An act that commits someone (base form: an order)."""
_COMMIT_3 = (
    r"(?:signing|e-?signing|posting|publishing|replying|responding|commenting|liking|upvoting|sharing|reposting|voting"
    r"|casting|accepting|agreeing|consenting|approving|authori[sz]ing|endorsing|subscribing|registering|enrol+ing"
    r"|joining|applying|booking|reserving|buying|purchasing|ordering|paying|donating|tipping|bidding|pledging|renewing"
    r"|upgrading|submitting|ticking|rsvping|following|opting|confirming|placing|filing|claiming|completing|signs|e-?signs|posts|publishes|replies|responds|comments|likes|upvotes|shares|reposts|votes|casts|accepts"
    r"|agrees|consents|approves|authori[sz]es|endorses|subscribes|registers|enrol+s|joins|applies|books|reserves|buys"
    r"|purchases|orders|pays|donates|tips|bids|pledges|renews|upgrades|submits|ticks|rsvps|follows|opts|confirms"
    r"|sends|answers|places|files|claims|fills\s+(?:in|out)|completes)"
)
"""The same acts told of the tool ("also signs the user up"), read only after a word that makes them a side effect."""
_STRICT = (
    r"sign|e-?sign|countersign|co-?sign|approve|authori[sz]e|subscribe|register|enrol+|vote|donate|bid|renew|pay|purchase"
    r"|buy|agree|consent|accept|rsvp|pledge|endorse|upvote"
)
"""Acts that commit the user whoever they are done for (a bare "automatically" or "without asking" is enough)."""
_LEAD = (
    r"(?:^[\s*>#•-]*|[.;:!?]\s+|,\s+(?:and\s+|then\s+)?|\b(?:expected|required|supposed|instructed|sure|remember"
    r"|forget)\s+to\s+|\bensure\s+(?:that\s+)?you\s+|\b(?:and|then|also|always|automatically|silently|quietly|first|immediately"
    r"|just|simply|please|must|should|shall|is\s+to|are\s+to|needs?\s+to|has\s+to|have\s+to|you\s+will|go\s+ahead\s+and)\s+)"
    r"(?:also\s+|always\s+|automatically\s+|then\s+|immediately\s+|quietly\s+|silently\s+|go\s+ahead\s+and\s+)?"
)
"""Where an order's verb stands: a clause's start or after a word that orders it ("..., then sign", "always accept")."""
_BEHALF = (
    r"on\s+" + _WHOSE + r"\s+behalf|on\s+behalf\s+of\s+" + _WHO + r"|in\s+" + _WHOSE + r"\s+(?:own\s+)?names?"
    r"|(?:from|with|using|under|via|through|on|against|charged\s+to|billed\s+to)\s+"
    + _WHOSE
    + r"\s+(?:own\s+)?(?:stored\s+|saved\s+|linked\s+|default\s+|usual\s+|registered\s+|connected\s+|signed-?in\s+"
    r"|logged-?in\s+|primary\s+)?"
    + _THINGS
    + r"\b|as\s+(?:if\s+(?:you\s+were|it\s+came\s+from|it\s+were\s+from)|though\s+(?:you\s+were|it\s+came\s+from))\s+"
    + _WHO
    + r"|as\s+(?:the\s+)?(?:[a-z]+\s+)?"
    + _PERSON
    + r"(?=\s*(?:[,.;:!?)]|$|and\b|on\b|to\b|with\b|in\b|for\b|from\b|without\b))"
    r"|posing\s+as\s+"
    + _WHO
    + r"|pretending\s+to\s+be\s+"
    + _WHO
    + r"|impersonating\s+"
    + _WHO
    + r"|speaking\s+for\s+"
    + _WHO
    + r"|in\s+"
    + _WHOSE
    + r"\s+(?:stead|place)|in\s+place\s+of\s+"
    + _WHO
    + r"|(?:from|with|using|via|on|against|charged\s+to|billed\s+to)\s+(?:the|their|his|her|your)\s+(?:stored|saved"
    r"|linked|default|registered|connected|primary|on-?file)\s+(?:card|account|payment\s+method|wallet|signature"
    r"|credentials|details|profile|bank\s+account)|\bthe\s+(?:card|account|payment\s+method)\s+on\s+file"
)
"""Whose name the act is done in ("on the user's behalf", "in their name", "from the viewer's profile", "with their
stored signature", "as if you were the user")."""
_FOR = (
    r"for\s+" + _WHO + r"(?!'s|\s+to\s+(?!the\b|an?\b|their\b|his\b|her\b|its\b|our\b|every\b|each\b|all\b)"
    r"|\s+(?:\w+\s+)?(?:wants?|asks?|needs?|chooses?|picks?|selects?|gives?)\b)\b"
)
"""For whom ("for the patient", "for them"): the act done for a person, not to a thing they name."""
_NO_ASK = (
    r"without\s+(?:first\s+)?(?:asking|checking|confirming|consulting|waiting|prompting|confirmation|approval|consent"
    r"|permission|their\s+(?:consent|approval|say|permission|knowledge)|" + _WHOSE + r"\s+(?:consent|approval"
    r"|permission|say|knowledge)|any\s+(?:confirmation|prompt|approval))|no\s+need\s+to\s+(?:ask|check|confirm)"
    r"|need\s+not\s+(?:be\s+)?(?:ask|asked|consulted|confirmed|told)|(?:do\s+not|don'?t|never)\s+(?:ask|check\s+with"
    r"|consult|confirm\s+with|wait\s+for)\b|automatically|silently|quietly|as\s+part\s+of\s+(?:every|each|the)\s+"
)
"""No say left to the person ("without asking them", "automatically", "no need to ask")."""
_TARGET = (
    r"(?:subscribe|register|enrol+|sign|opt|book|commit|bind|lock|enter|put|sign\s+up)\s+"
    + _WHO
    + r"\s+(?:up\s+)?(?:for|to|in|into|on|onto|with)\b"
)
_TARGET_3 = (
    r"(?:subscribes|registers|enrol+s|signs|opts|books|subscribing|registering|enrol+ing|signing|opting|booking)\s+"
    + _WHO
    + r"\s+(?:up\s+)?(?:for|to|in|into|on|onto|with)\b"
)
"""The person made the act's object ("register the user for the event", "subscribe them to the partner list")."""
_NOT_COMMIT = (
    r"(?:cookies?|banners?|dialogs?|pop-?ups?|alerts?|certificates?|certs?|csrs?|redirects?|leases?|locks?|tokens?"
    r"|connections?|sockets?|sessions?|handshakes?|ssl|tls|keys?|jars?|binar(?:y|ies)|builds?|artifacts?|services?"
    r"|nodes?|workers?|plugins?|hooks?|handlers?|schemas?|migrations?|webhooks?|domains?|dns|the\s+(?:default|defaults"
    r"|suggestion|suggestions|result|results|changes?|input|value|format|encoding|locale|timezone|language))\b"
    r"|\s*(?:it|them|this|that)\b"
)
"""What an automatic accept or confirm may touch without committing the user (a browser's cookie banner or dialog)."""

_ASSUMED = (
    r"(?:treat|regard|consider|count|record|mark|deem|take)\s+" + _WHO + r"\s+as\s+(?:having\s+)?(?:agreed|accepted"
    r"|consented|opted\s+in|signed|approved|subscribed|registered|authori[sz]ed)"
    r"|(?:assume|presume|take\s+it)\s+(?:that\s+)?" + _WHO + r"\s+(?:has\s+|have\s+|already\s+)*(?:agrees?|accepts?"
    r"|consents?|approves?|agreed|accepted|consented|approved|opted\s+in|authori[sz]ed|wants?\s+to\s+(?:subscribe"
    r"|sign|join|buy|register|enrol+))"
    r"|" + _WHO + r"\s+(?:is|are)\s+(?:deemed|considered|treated\s+as|assumed|presumed|taken)\s+(?:to\s+have|as"
    r"\s+having)\s+(?:agreed|accepted|consented|approved|signed|opted\s+in|authori[sz]ed)"
    r"|" + _WHOSE + r"\s+(?:consent|agreement|acceptance|approval|signature|authori[sz]ation)\s+(?:is|are)\s+(?:assumed"
    r"|implied|presumed|taken\s+(?:as\s+given|for\s+granted)|given\s+automatically|recorded\s+automatically)"
)
"""Consent taken as given ("treat the user as having agreed", "assume the applicant consents")."""
_AFFIX = (
    r"(?:apply|add|attach|affix|use|put|place|insert|stamp)\s+" + _WHOSE + r"\s+(?:\w+\s+)?(?:signature|initials"
    r"|e-?signature|name|consent|approval|vote)\s+(?:to|on|onto|in|into|under|below|at|for)\b"
)
"""Someone's signature or name put to a thing ("apply the user's signature to the contract")."""

_SOCIAL = (
    r"(?:post|publish|share|tweet|repost|retweet|pin|upload|comment|reply|like|upvote)\b[^.;\n]{0,60}?\b(?:to|on|onto"
    r"|in)\s+"
    + _WHOSE
    + r"\s+(?:(?:\w+\s+)?(?:profile|wall|feed|timeline|blog|stories|social\s+media|social\s+accounts?|handle)|(?:page"
    r"|account|story|status|channel)\b)"
)
"""Something posted where the person's own name stands ("post the result to the user's LinkedIn profile")."""
_LISTED = (
    r"(?:add|put|place)\s+" + _WHO + r"\s+(?:to|on|onto|in|into)\s+(?:the\s+|our\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:list|newsletter|mailing|programme|program|club|group|waitlist|wait-list|campaign|scheme"
    r"|subscription|plan|roster|panel|study|trial|pool|registry|register|draw|raffle|lottery|contest|sweepstakes)"
)
"""The person put on a list or scheme ("add the user to the partner newsletter")."""
_CONSENT_ANSWER = (
    r"(?:answer|respond|reply|say|click|select|choose|tick|check|press|tap)\s+['\"“]?(?:yes|i\s+agree|i\s+accept|agree"
    r"|accept|accept\s+all|allow|allow\s+all|i\s+consent)['\"”]?\s+(?:to|on|for|in)\s+(?:any|every|all|each|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:consent|terms|permission|privacy|agreement|data[\s-]sharing|tracking|marketing)"
)
"""Consent given in the person's place ("click 'I agree' on every consent form")."""
_DET = r"(?:(?:it|them|this|that|these|those|a|an|the|every|each|all|any|one|both|its|their)\b|" + _WHOSE + r"\s)"
_PLAIN = (
    r"(?P<plain>(?:sign|e-?sign|countersign|co-?sign|approve|authori[sz]e|endorse|accept|renew|pay|buy|purchase|donate"
    r"|book|reserve)\s+(?:for\s+|off\s+on\s+)?"
    + _DET
    + r"|(?:agree|consent)\s+to\b|(?:register|sign\s+up|apply)\s+(?:for|to|with)\s+"
    + _DET
    + r"|rsvp\b|vote\s+(?:for|on|yes|no|in\s+favou?r)\b|cast\s+(?:a|an|the|their|every|each)\s+(?:\w+\s+)?(?:votes?"
    r"|ballots?)\b|tick\s+(?:the|every|each|all)\b|check\s+(?:the|every|each|all|any)\s+(?:[\w-]+\s+)?box(?:es)?\b"
    r"|(?:place|make|put\s+down|submit|send|file|leave|post|lodge)\s+(?:a|an|the|every|each|all|their|its|"
    + _WHOSE
    + r")\s+(?:[\w'-]+\s+){0,2}?(?:orders?|bids?|bookings?|reservations?|holds?|deposits?|offers?|payments?|purchases?"
    r"|donations?|pledges?|applications?|claims?|registrations?|entr(?:y|ies)|acceptances?|rsvps?|confirmations?"
    r"|approvals?|signatures?|votes?|ballots?|reviews?|ratings?|comments?|replies|repl(?:y|ies)|testimonials?"
    r"|endorsements?|proxy|proxies)\b"
    r"|(?:submit|send)\s+(?:it|them)\b(?!\s+(?:to|with|back)\b)"
    r"|enter\s+(?:the|every|each|all|any|a|an|them|it)\s+(?:[\w'-]+\s+){0,2}?(?:giveaways?|draws?|raffles?|contests?"
    r"|lotter(?:y|ies)|competitions?|sweepstakes|prize\s+draws?)\b"
    r"|join\s+(?:the|every|each|all|any|a|an|them|it)\s+(?:[\w'-]+\s+){0,2}?(?:waitlists?|wait-lists?|lists?|groups?"
    r"|clubs?|programm?es?|schemes?|newsletters?|communit(?:y|ies)|queues?|pools?|panels?|trials?|studies)\b"
    r"|(?:reply|respond)\s+to\s+(?:the|every|each|all|any)\s+(?:[\w'-]+\s+){0,2}?(?:landlords?|senders?|sellers?"
    r"|hosts?|organi[sz]ers?|recruiters?|authors?|threads?|reviews?|comments?|invitations?|invites?|offers?|posts?"
    r"|surveys?|polls?|proposals?)\b"
    r"|confirm\s+(?:the|every|each|all|it|them|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:slots?|bookings?|orders?|appointments?"
    r"|viewings?|purchases?|reservations?|attendance|subscriptions?|renewals?|upgrades?|transfers?|payments?)\b)"
)
"""A commitment ordered with no one named ("..., then sign it", "always accept the offer"): read only in a tool that
just reads."""

_MARK = r"(?:" + _BEHALF + r"|" + _FOR + r")"
_SIDE = (
    r"(?:also|automatically|silently|quietly|then|additionally|(?:each|every)\s+(?:\w+\s+){0,2}?(?:call|lookup|search"
    r"|request|use|run|query|visit|check|booking|view|invocation)|(?:this|the)\s+(?:tool|function|server|service|app"
    r"|integration|plugin)(?:\s+(?:also|always|automatically|then|will))*)\s+"
)
_DONE_FORMS = (
    r"(?:signed|e-?signed|posted|published|accepted|agreed|approved|authori[sz]ed|subscribed|registered|enrol+ed|booked"
    r"|purchased|bought|paid|donated|renewed|submitted|cast|consented|confirmed|placed)"
)
_AUTO = (
    r"(?:accept|sign|approve|renew|enrol+|subscribe|register|confirm|submit|pay|agree|consent|vote|book|purchase|buy)"
)
PROXY = lazy.compile(
    r"(?:" + _LEAD + r"(?P<social>" + _SOCIAL + r")"
    r"|" + _LEAD + r"(?P<listed>" + _LISTED + r")"
    r"|" + _LEAD + r"(?P<answer>" + _CONSENT_ANSWER + r")"
    r"|" + _LEAD + r"(?P<on>" + _TARGET + r")"
    r"|(?P<assumed>" + _ASSUMED + r")"
    r"|" + _LEAD + r"(?P<affix>" + _AFFIX + r"))"
    r"|(?:" + _LEAD + r"(?P<verb>" + _COMMIT + r")\b(?!\s*(?:-|to\s+(?:be|the\s+tool)|ed\b))"
    r"(?:[^.;\n]{0,90}?\b(?P<mark>" + _MARK + r")|(?=[^.;\n]{0,90}?\b(?P<bare>" + _NO_ASK + r"))))"
    r"|\b(?:"
    + _SIDE
    + r")?(?:(?P<verb3>"
    + _COMMIT_3
    + r")\b[^.;\n]{0,90}?\b"
    + _MARK
    + r"|(?P<on3>"
    + _TARGET_3
    + r"))"
    r"|\b(?:is|are|will\s+be|gets?|get)\s+(?:to\s+be\s+|then\s+|also\s+|always\s+)?(?:automatically\s+|silently\s+"
    r"|quietly\s+)?(?:auto-?)?(?P<done>"
    + _DONE_FORMS
    + r")\b[^.;\n]{0,60}?\b(?:"
    + _MARK
    + r"|(?P<unasked>"
    + _NO_ASK
    + r"))|"
    + _LEAD
    + r"auto-?(?P<auto>"
    + _AUTO
    + r")\b|"
    + _LEAD
    + _PLAIN
)
"""An order to commit someone: the act and who it is done for or as, or that they are not asked."""
PROXY_WORDS = (
    "behalf", " name", "their", " his ", " her ", "your", "user", "customer", "client", "member", "owner", "patient",
    "student", "learner", "shareholder", "borrower", "viewer", "reader", "buyer", "shopper", "guest", "tenant",
    "renter", "employee", "manager", "subscriber", "caller", "applicant", "candidate", "voter", "attendee",
    "travel", "passenger", "holder", "resident", "citizen", "parent", "donor", "investor", "player", "fan",
    "listener", "diner", "person", "people", "requester", "them", "him", "you", "without", "need", "ask",
    "automatically", "silently", "quietly", "part of", "auto", "linked", "saved", "stored", "default", "registered",
    "connected", "primary", "on file", "on-file", "signer", "signator", "policyholder", "insured", "beneficiar",
    "sender", "recipient", "visitor", "driver", "rider", "patron", "seller", "host", "author", "landlord", "teacher",
    "worker",
)  # fmt: skip
"""Words of which every match of `PROXY` holds one."""
SELF_DONE = lazy.compile(
    r"\bby\s+(?:the\s+|each\s+|every\s+|its\s+|their\s+)?(?:" + _PERSON + r"|them|themselves|you|yourself|him|her)\b"
)
"""The act done by the person themselves ("votes are cast by members in their own name")."""
STRICT = lazy.compile(r"(?:" + _STRICT + r")")
NOT_COMMIT = lazy.compile(r"[^.;\n]{0,40}?\b" + _NOT_COMMIT)
CONFIRMED = lazy.compile(
    r"\b(?:after|once|when|whenever|if|only\s+(?:if|when|after)|as\s+soon\s+as)\s+(?:the\s+|this\s+)?(?:"
    + _PERSON
    + r"|they|you|he|she)\s+(?:has\s+|have\s+|had\s+|explicitly\s+|first\s+)?(?:confirm|approv|agree|accept|consent"
    r"|authori[sz]|ok|okay|instruct|direct|allow|permit|choose|chose|pick|select|say\s+so|says\s+so|said\s+so"
    r"|(?:asks?|asked|tells?|told|wants?|wanted|wish(?:es)?|requests?|requested)\s+(?:you\s+|us\s+|it\s+)?to\b"
    r"|decides?\s+to|decided\s+to|(?:reviews?|reviewed|reads?|read)\s+(?:and|it\s+and|them\s+and))\w*"
    r"|\bwith\s+" + _WHOSE + r"\s+(?:explicit\s+|prior\s+|written\s+|express\s+)?(?:confirmation|approval|consent"
    r"|permission|go-?ahead|ok|okay|agreement|instruction)"
    r"|\b(?:ask|confirm\s+with|check\s+with)\s+" + _WHO + r"\s+(?:first|before|beforehand)"
    r"|(?<!whatever\s)(?<!whichever\s)(?<!what\s)\b(?:the\s+)?" + _PERSON + r"\s+(?:chose|chooses|picked|picks|selected"
    r"|selects|named|names|gave|gives|sets|provided|provides|entered|enters|specified|specifies|confirmed|confirms"
    r"|approved|approves|typed|types|wrote|writes|dictated|dictates|authori[sz]ed|authori[sz]es|instructed)\b"
    r"|\b(?:chosen|picked|selected|named|given|provided|specified|confirmed|approved|requested|authori[sz]ed"
    r"|written|dictated)\s+by\s+" + _WHO + r"|\bas\s+(?:instructed|directed|asked|requested|authori[sz]ed)\b"
    r"|(?<!whatever\s)(?<!whichever\s)(?<!what\s)\b(?:they|you)\s+(?:chose|choose|pick|picked|select|selected|name|named"
    r"|set|give|gave|provide|provided|specify|specified|confirm|confirmed|approve|approved|typed|wrote|dictated)\b"
    r"|\bthe\s+user'?s\s+(?:own\s+)?(?:choice|instructions?|request|wording|text|words|answer|decision)"
    r"|\bonly\s+(?:if|when|after|once)\b|\b(?:settings?|preferences?|rules?)\s+(?:say|allow|permit|are\s+set)"
)
"""The act left to the person ("once the user confirms", "with their approval", "the option the user chose")."""
DELEGATED = lazy.compile(
    r"\b(?:with|using|via|through|by\s+calling|call|calling|use)\s+(?:the\s+)?[`'\"]?[a-z][a-z0-9]*(?:_[a-z0-9]+)+"
    r"|\b(?:with|using)\s+(?:it\b|them\b|(?:your|the|a|an|its|this)\s+(?:\w+\s+)?(?:key|certificate|cert|secret|gpg"
    r"|pgp|hmac))|\b(?:hmac|sha-?\d+|rsa|ecdsa|ed25519|gpg|pgp|jwt|jws)\b"
    r"|^\W*\w+(?:\s+\w+)?\s+(?:(?:it|them|the|each|every|all|any|a|an|this|that|these|those)\s+)?(?:[\w-]+\s+)?(?:payloads?"
    r"|requests?|bod(?:y|ies)|hash(?:es)?|commits?|tags?|urls?|tokens?|artifacts?|binar(?:y|ies)|packages?|releases?"
    r"|images?|digests?|blobs?|data|webhooks?|jwts?|files?|messages?|headers?|cookies?|uploads?|builds?|certificates?"
    r"|csrs?|keys?|changes?|defaults?|values?|inputs?)\b"
)
"""The act left to another tool or done with a key ("approve them with approve_pr", "sign it with your key")."""
ACTOR = lazy.compile(
    r"\b(?:(?:the|a|an|each|every|any)\s+" + _PERSON + r"|they|he|she|who|you|we|i|people|members|users|customers)\s+"
    r"(?:\w+\s+)?$"
)
"""Who does the act, just before its verb ("the client signs", "who registers"): the person acting themselves."""
ACTOR_BOUND = lazy.compile(
    r"\b(?:(?:the|a|an|each|every|any|both)\s+(?:\w+\s+)?" + _PERSON + r"|they|he|she|who|people|members|users"
    r"|customers)\s+(?:(?:must|should|shall|will|can|may|need\s+to|needs\s+to|has\s+to|have\s+to|(?:is|are)\s+"
    r"(?:required|asked|expected|invited|free)\s+to|(?:only\s+)?(?:then|later|first|always|still|also|personally))\s+)+$"
)
"""Who is to do the act, just before its verb with a modal ("the participant must sign", "guardians need to
consent"): the person is told what they will do themselves, nothing is ordered done for them."""
BY_OWN_HAND = lazy.compile(
    r"[^.;\n]{0,30}?\b(?:themselves|himself|herself|yourself|in\s+person|personally|by\s+hand|on\s+their\s+own"
    r"|with\s+their\s+own\s+(?:hand|signature|account|login))\b"
)
"""The act done by the person's own hand, just after it ("sign it themselves", "vote in person")."""
NAMED_FLAG = lazy.compile(
    r"\b[`'\"]?(?P<name>[a-z][a-z0-9_]*)[`'\"]?\s+(?:flag|option|setting|field|parameter|param|box|toggle|switch)\s+"
    r"(?:must|should|shall|has\s+to|needs\s+to|is\s+to)\s+(?:always\s+)?(?:be\s+)?(?:set\s+to\s+|passed\s+as\s+)?"
    r"(?:yes|true|on|enabled|checked|ticked)\b"
)
"""A flag named in prose and fixed on ("the express flag must be yes")."""
NEGATED = lazy.compile(r"\b(?:never|not|n't|no|nor|cannot|avoid|refuse|instead\s+of)\b[^.;,]{0,30}$")
"""A negation just before the act's verb ("never sign anything for the user"): a safeguard."""

_STEMS: dict[str, tuple[str, ...]] = {
    "sign": ("sign", "esign", "countersign", "cosign", "signature", "initial", "docusign"),
    "post": ("post", "publish", "tweet", "toot", "send", "share", "comment", "reply", "social"),
    "reply": ("repl", "respond", "answer", "send", "mail", "email", "rsvp", "comment", "chat"),
    "comment": ("comment", "repl", "post", "review"),
    "like": ("like", "upvote", "vote", "react", "follow", "endorse", "social"),
    "share": ("share", "repost", "retweet", "post", "publish", "send"),
    "vote": ("vote", "voting", "proxy"),
    "accept": ("accept", "rsvp", "respond", "repl", "approv"),
    "agree": ("agree", "consent", "accept", "opt"),
    "approve": ("approv", "authori", "review", "confirm", "sign", "accept", "merge"),
    "subscribe": ("subscri", "follow", "enrol", "regist", "signup", "join"),
    "register": ("regist", "enrol", "signup", "join", "apply", "applic", "rsvp", "book", "admission", "onboard"),
    "book": ("book", "reserv", "schedul", "appointment"),
    "pay": ("buy", "purchas", "order", "pay", "checkout", "donat", "tip", "pledge", "deposit", "bid", "renew",
            "upgrad", "charg", "bill", "transfer", "invoice", "wallet", "bank", "stripe", "paypal", "fund"),
    "submit": ("submit", "send", "post", "file", "form", "upload", "apply", "survey", "answer", "fill"),
    "send": ("send", "mail", "email", "sms", "notify", "messag", "post", "share", "forward", "repl", "chat", "slack"),
    "review": ("review", "rating", "rate", "comment", "feedback"),
    "file": ("file", "claim", "complaint", "report", "submit", "ticket"),
    "confirm": ("confirm", "approv", "accept", "rsvp", "verif"),
    "follow": ("follow", "subscri", "social"),
    "click": ("click", "press", "tap", "browser", "navigat", "automat", "button"),
}  # fmt: skip
_KIND = {
    "e-sign": "sign", "esign": "sign", "countersign": "sign", "co-sign": "sign", "cosign": "sign", "initial": "sign",
    "sign up": "register", "commit": "sign", "bind": "sign", "lock": "sign", "click": "click", "press": "click",
    "tap": "click", "publish": "post", "repost": "share", "retweet": "share", "respond": "reply",
    "answer": "submit", "upvote": "like", "downvote": "like", "endorse": "like", "cast": "vote", "consent": "agree",
    "tick": "agree", "opt": "agree", "authorize": "approve", "authorise": "approve", "enrol": "register",
    "enroll": "register", "join": "register", "apply": "register", "reserve": "book", "buy": "pay", "purchase": "pay",
    "order": "pay", "donate": "pay", "tip": "pay", "bid": "pay", "pledge": "pay", "renew": "pay", "upgrade": "pay",
    "place": "pay", "put down": "pay", "make": "pay", "rsvp": "accept", "fill in": "submit", "fill out": "submit",
    "complete": "submit", "leave": "review", "claim": "file", "accept and sign": "sign",
}  # fmt: skip
_DONE = {
    "signed": "sign", "e-signed": "sign", "esigned": "sign", "posted": "post", "published": "post",
    "accepted": "accept", "agreed": "agree", "consented": "agree", "approved": "approve", "authorized": "approve",
    "authorised": "approve", "subscribed": "subscribe", "registered": "register", "booked": "book",
    "submitted": "submit", "cast": "vote", "confirmed": "confirm",
}  # fmt: skip


def kind_of(verb: str) -> str:
    """The act a matched verb stands for (`_STEMS`' keys): "e-signs" -> sign, "enrolled" -> register."""
    v = " ".join(verb.split())
    if v.startswith("check"):
        return "agree"
    if v in _DONE:
        return _DONE[v]
    for form in (v, v[:-1] if v.endswith("s") else v, v[:-2] if v.endswith("es") else v):
        if form in _STEMS:
            return form
        if form in _KIND:
            return _KIND[form]
    if v.endswith("ies") and v[:-3] + "y" in _STEMS:
        return v[:-3] + "y"
    if v.startswith("enrol"):
        return "register"
    if v.endswith("ed") or v.endswith("d"):
        return _DONE.get(v, "pay")
    return _KIND.get(v, "pay")


def within(kind: str, words: frozenset[str] | set[str]) -> bool:
    """Whether a tool whose job has `words` does this act by design (a word of the job starts with one of its stems)."""
    stems = (*_STEMS.get(kind, (kind,)), *_VERBS_OF.get(kind, ()))
    return any(w.startswith(stems) for w in words)


_VERBS_OF: dict[str, tuple[str, ...]] = {}
for _verb, _kind in _KIND.items():
    if " " not in _verb:
        _VERBS_OF[_kind] = (*_VERBS_OF.get(_kind, ()), _verb)
"""The verbs read as each act (a job word "complete" covers "complete", read as submitting)."""


_READS = frozenset(
    "get gets list lists show shows read reads fetch fetches view views display displays return returns look looks"
    " lookup search searches find finds check checks preview previews retrieve retrieves browse browses describe"
    " describes query queries scan scans inspect inspects count counts summarize summarizes summarise summarises"
    " estimate estimates calculate calculates compare compares explain explains track tracks monitor monitors".split()
)
"""A job's first verb that only reads: a tool whose name or summary opens with one commits no one by design."""
_FIRST = lazy.compile(r"[a-z]+")


def reads(name: str, summary: str) -> bool:
    """Whether a tool only reads, by its summary's first word (or its name's, with no summary)."""
    lead = _FIRST.search(summary) if summary else None
    if lead is None:
        words = re.split(r"[^a-z]+|(?<=[a-z])(?=[A-Z])", name)
        return bool(words) and words[0].lower() in _READS
    return lead.group() in _READS


_DETS = ("the ", "this ", "that ", "each ", "every ", "our ", "your ")
_WHO_STEMS = (
    "user", "customer", "client", "member", "owner", "patient", "student", "learner", "shareholder", "borrower",
    "viewer", "reader", "buyer", "shopper", "guest", "tenant", "renter", "employee", "manager", "subscriber", "caller",
    "applicant", "candidate", "voter", "attendee", "travel", "passenger", "account holder", "cardholder", "homeowner",
    "resident", "citizen", "parent", "donor", "investor", "player", "fan", "listener", "diner", "person", "people",
    "requester", "account owner", "signer", "signator", "policyholder", "insured", "beneficiar", "sender", "recipient",
    "visitor", "driver", "rider", "patron", "seller", "host", "author", "landlord", "teacher", "worker",
)  # fmt: skip
_PRONOUNS = ("them", "him", "her", "you")
_POSSESSIVE = ("'s ", "s' ", "their ", "his ", "her ", "your ")
ANCHORS = (
    "behalf", "as if you were", "as if it came from", "as if it were from", "as though you were",
    "as though it came from", "posing as", "pretending to be", "without ask", "without check", "without confirm",
    "without consult", "without wait", "without prompt", "without first", "without their", "without the ",
    "without your", "without his", "without her", "without any", "without approval", "without permission",
    "without consent", "no need to ask", "no need to check", "no need to confirm", "need not", "not ask",
    "n't ask", "never ask", "not check with", "n't check with", "never check with", "not consult", "n't consult",
    "not confirm with", "n't confirm with", "not wait for", "n't wait for", "automatically", "silently", "quietly",
    "as part of", "auto-", "in their stead", "'s stead", "in place of", "impersonating", "speaking for",
    "on file", "having agreed", "having accepted", "having consented", "having opted", "having signed",
    "having approved", "having subscribed", "having registered", "having authori", "to have ", "assume", "presume",
    "take it", "consent is", "agreement is", "acceptance is", "approval is", "signature is", "authorization is",
    "authorisation is", "consents are", "signature to", "signature on", "signature in", "signature onto",
    "signature under", "signature below", "signature at", "signature for", "initials", "autoaccept", "autosign",
    "autoapprove", "autorenew", "autopay", "autosubscribe",
    *(p + "name" for p in _POSSESSIVE), *(p + "own name" for p in _POSSESSIVE),
    *(p + w for p in _POSSESSIVE for w in (
        "stored", "saved", "linked", "default", "usual", "registered", "connected", "signed", "logged", "primary",
        "account", "profile", "login", "handle", "card", "wallet", "signature", "e-mail", "email", "address",
        "identity", "credentials", "resume", "cv", "details", "phone", "number", "username", "id ", "seat", "vote",
        "proxy", "credit", "payment", "bank", "voting", "key", "calendar", "mailbox", "inbox", "behalf")),
    *("for " + d + w for d in _DETS for w in _WHO_STEMS), *("for " + p for p in _PRONOUNS),
    *("as " + d + w for d in ("", "the ") for w in _WHO_STEMS),
    *(a + " " + b + " " + c for a in ("the", "their", "your") for b in ("stored", "saved", "linked", "default",
      "registered", "connected", "primary", "on-file") for c in ("card", "account", "payment", "wallet", "signature",
      "credentials", "details", "profile", "bank")),
    *(v + " " + d for v in ("subscribe", "register", "enrol", "sign", "opt", "book", "commit", "bind", "lock",
                            "subscribes", "registers",
                            "signs", "opts", "books") for d in (*_DETS, *_PRONOUNS)),
)  # fmt: skip
"""Literals of which every match of `PROXY` holds one (`poisoning_signals`' gate)."""


def lead_act(name: str) -> frozenset[str]:
    """The first word of a tool's name, its act when it has one ("sign_and_list" -> sign)."""
    words = [w.lower() for w in re.split(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])", name) if w]
    return frozenset(words[:1])


_THEN = lazy.compile(r"\b(?:and|then|or|also|plus)\s+(?:then\s+|also\s+|optionally\s+)?([a-z]+)")


def further_acts(summary: str) -> frozenset[str]:
    """The verbs a reading tool's summary adds after its first ("Lists invitations and accepts the one picked")."""
    return frozenset(m.group(1) for m in _THEN.finditer(summary))


_LASTING = (
    r"(?:ongoing|permanent|lasting|standing|continuous|continued|indefinite|persistent|unlimited|unrestricted|perpetual"
    r"|long-?term|round-the-clock|24/7|open-?ended|permanently|forever)\s+(?:\w+\s+){0,2}?access\b"
)
_PRIVATE_THINGS = (
    r"(?:(?:to|into|over|of)\s+(?:[\w'-]+\s+){0,3}?(?:(?:the\s+[\w-]+'s?|" + _WHOSE + r")\s|(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:home|house|household|door|doors|lock|smart-?lock|camera|cameras|calendar|inbox|mailbox|e-?mail|account|device"
    r"|devices|files?|data|contacts?|location|intercom|alarm|garage|car|vehicle|phone|photos?|messages?)\b))"
)
ACCESS = lazy.compile(
    r"\b(?:grants?|granting|gives?|giving|hands?|handing|provides?|providing|opens?|opening|issues?|issuing|keeps?"
    r"|retains?|gets?|receives?|obtains?)\s+(?:[\w'-]+\s+){0,5}?"
    + _LASTING
    + r"\s+(?:to|into|over|of)\s+(?:[\w'-]+\s+){0,2}?(?:the\s+[\w-]+'s?|"
    + _WHOSE
    + r")\s"
    r"|\b(?:grants?|granting|gives?|giving|hands?|handing)\s+(?:the|our|a|an|its|this|that)\s+(?!" + _PERSON + r"\b)"
    r"[\w'-]+(?:\s+[\w'-]+){0,3}?\s+"
    + _LASTING
    + r"|\b(?:is|are|gets?|get|be)\s+(?:granted|given|handed)\s+"
    + _LASTING
    + r"\s+"
    + _PRIVATE_THINGS
)
"""Someone handed standing access to the person's things ("grants the tuner ongoing access to the customer's smart
lock"): a side effect no booking or lookup needs."""
ACCESS_WORDS = ("ongoing", "permanent", "lasting", "standing", "continu", "indefinite", "persistent", "unlimited",
                "unrestricted", "perpetual", "long-term", "longterm", "round-the-clock", "24/7", "open-ended",
                "openended", "forever")  # fmt: skip
"""Words of which every match of `ACCESS` holds one."""
ACCESS_JOB = frozenset(
    "access share sharing grant grants permission permissions invite invites collaborator collaborators oauth"
    " authorize authorise authorization authorisation delegate delegation iam acl role roles".split()
)
"""Jobs whose work is handing out access (a sharing or permissions tool)."""
HEAD_END = lazy.compile(r",\s|;\s|\s(?:which|and|then|while|also)\s")
"""Where a summary's main clause ends (its job; "..., which grants the tuner ongoing access" is not)."""


_PLAIN_HEADS = (
    *(v + " " + d for v in ("sign", "e-sign", "esign", "countersign", "co-sign", "cosign", "approve", "authorize",
                            "authorise", "endorse", "accept", "renew", "pay", "buy", "purchase", "donate", "book",
                            "reserve", "place", "make", "put down", "submit", "send", "file", "leave", "post", "lodge",
                            "enter", "join", "confirm")
      for d in ("it", "them", "this", "that", "these", "those", "a ", "an ", "the ", "every", "each", "all", "any",
                "one", "both", "its", "their", "his", "her", "your", "for ", "off on")),
    "agree to", "consent to", "register for", "register to", "register with",
    "sign up", "apply for", "apply to", "apply with", "rsvp", "vote for", "vote on", "vote yes", "vote no",
    "vote in", "cast a", "cast an", "cast the", "cast their", "cast every", "cast each", "tick the", "tick every",
    "tick each", "tick all", "box", "reply to the", "reply to every", "reply to each", "reply to all", "reply to any",
    "respond to the", "respond to every", "respond to each", "respond to all", "respond to any",
)  # fmt: skip
"""Literals of which every match of `PROXY`'s plain commitment (`_PLAIN`) holds one."""
_TARGET_VERBS = (
    "subscribe", "subscribes", "subscribing", "register", "registers", "registering", "enrol", "enrols", "enroll",
    "enrolls", "enrolling", "sign", "signs", "signing", "opt", "opts", "opting", "book", "books", "booking", "commit",
    "bind", "lock", "enter", "put", "add", "place", "sign up",
)  # fmt: skip
_THE_THING = (
    *("'s " + w for w in ("page", "account", "story", "status", "channel", "consent", "approval", "initials",
                          "e-signature")),
    *(p + w for p in ("their ", "his ", "her ", "your ") for w in ("page", "account", "story", "status", "channel",
                                                                     "consent", "approval", "e-signature")),
    "profile", "wall", "feed", "timeline", "blog", "stories", "social media", "social account", "handle",
    "consent", "terms", "permission", "privacy", "agreement", "data sharing", "data-sharing", "tracking",
    "marketing",
)  # fmt: skip
ANCHORS = (
    *ANCHORS,
    *_PLAIN_HEADS,
    *_THE_THING,
    *(v + " " + d for v in _TARGET_VERBS for d in (*_DETS, *_PRONOUNS)),
)
PROXY_WORDS = (*PROXY_WORDS, *_PLAIN_HEADS, *_THE_THING)
