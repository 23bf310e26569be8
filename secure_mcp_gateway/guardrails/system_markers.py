"""Fake system and administrator markers in any language ("[SISTEMA]:", "【システム】", "### Sistem:", "[Системное
сообщение]") followed by a new regime for the model: its limits lifted or
privileges granted for how it answers or obeys."""

from __future__ import annotations

from collections.abc import Iterable

from . import lazy
from .findings import Finding
from .scan import INDEX, every_place, holds_any, indexed, occurrences, trie

# A line that opens with the system's or an administrator's name in brackets, after a heading's marks or before a
# colon speaks as the platform. A service's own notices open the same way ("[SISTEMA] Manutenção programada ..."),
# so the words after it decide: a marker passes unless one clause after it lifts the model's limits or grants it
# rights (a word of "without" beside one of limits, rules or filters, or of rights and privileges) and says what
# for (answering, obeying, ignoring what held before). A limit of something named ("sem limites de armazenamento")
# is a plan's, and a reply addressed to something ("responde a este correo") is a person's.

KIND = "fake_turn"
SCORE = 0.7

_NAMES = (
    "s[iy]st[eēéè]{1,2}m\\w*|system|sistema|système|systeme|sistem|sistemi|systeem|süsteem|systemet|systemmeddelande"
    "|systemnachricht"
    "|järjestelmä|rendszer|sustav|sistēma|sistemos|kerfi|σύστημα|систем\\w*|სისტემ\\w*|համակարգ\\w*|نظام|النظام"
    "|سیستم|סיסטם|מערכת|सिस्टम|प्रणाली|সিস্টেম|システム|系统|系統|시스템|ระบบ|hệ\\s+thống|mfumo|admin\\w*"
    "|administr\\w*|адміністр\\w*|администр\\w*|yönetici|管理员|管理者|관리자|مدير|developer|desarrollador|développeur"
    "|entwickler|разработчик\\w*|開発者|开发者|개발자|operator|opérateur|оператор\\w*"
)
_STEMS = (
    "system",
    "sistem",
    "sisteem",
    "systeem",
    "systeme",
    "rendszer",
    "sustav",
    "mfumo",
    "kerfi",
    "admin",
    "developer",
    "desarrollador",
    "entwickler",
    "operator",
)
"""How the names start in ASCII ("sistem" starts "sistema", "admin" starts "administrador"): where they occur is
found by the shared index's pass, and only those lines are read."""
INDEX.add(_STEMS)
_WIDE = (
    "süsteem",
    "järjestelmä",
    "système",
    "développeur",
    "opérateur",
    "sistēma",
    "yönetici",
    "σύστημα",
    "систем",
    "адміністр",
    "администр",
    "разработчик",
    "оператор",
    "სისტემ",
    "համակարգ",
    "نظام",
    "سیستم",
    "סיסטם",
    "מערכת",
    "सिस्टम",
    "प्रणाली",
    "সিস্টেম",
    "システム",
    "系统",
    "系統",
    "시스템",
    "ระบบ",
    "hệ thống",
    "管理员",
    "管理者",
    "관리자",
    "مدير",
    "開発者",
    "开发者",
    "개발자",
)
"""The names outside ASCII, found by one pass over a text outside ASCII."""
_MARKS = " \t>*#[【〔<("
"""What may stand between a line's start and a marker's name: a quote's or a heading's marks, an opening bracket."""
_FIRST_WIDE = lazy.compile(f"[ \\t>*#\\[【〔<(]*({trie(_WIDE)})")
_OPENING_WIDE = lazy.compile(f"\\n[ \\t>*#\\[【〔<(]*({trie(_WIDE)})")
"""A name outside ASCII at a text's start or after a line break (searched from break to break), behind opening marks
only: the one place a marker can hold it, however deep in the text."""
_NEAR = 48
"""Characters before an ASCII name looked at for its line's start before the whole line is."""
_MARKER = lazy.compile(
    f"[ \\t>*#]*(?:[\\[【〔<(]{{1,2}}[ \\t]*(?:{_NAMES})(?:[ \\t_/-]+[^\\]\\n】〕>)]{{0,40}})?[ \\t]*"
    f"[\\]】〕>)]{{1,2}}[ \\t]*:?"
    f"|(?:#{{1,4}}[ \\t]*)?(?:{_NAMES})(?:[ \\t]+[^\\W\\d_]+)?[ \\t]*[:：])"
)
"""A marker at a line's start: the name in brackets (with a word or two: "[Mensaje del sistema]"), or as a heading
or a label before a colon ("### Sistem:", "Sistema:")."""

_WITHOUT = (
    "without|no|sin|sem|sans|senza|ohne|zonder|utan|uten|uden|bez|без|без\\s+всяких|tanpa|bila|walang|wala|hakuna"
    "|ilma|ilman|nélkül|pa|fără|fara|χωρίς|olmadan|siz|sız|دون|بدون|بلا|ללא|בלי|बिना|বিনা|없이|なし|なく|无|無|不受"
    "|không|ไม่มี|isiyo|kana|ba|sonder|nenhum\\w*|ningun\\w*|aucun\\w*|nessun\\w*|kein\\w*|geen|any|all|every"
    "|asnjë|lifted|removed|disabled|off|解除|取消|忽略|무시|해제|رفع|إلغاء|sine|nullis|nulla|remot\\w*|mitään|ingen"
    "|aufgehoben|levé\\w*|rimoss\\w*|eliminad\\w*|removid\\w*|entfernt|verwijderd|opgeheven|usunięt\\w*|zniesion\\w*"
    "|odstraněn\\w*|poistettu|poistetaan|kaldırıldı|dihapus|dicabut"
)
"""Without, none, lifted: what the model's limits are said to be."""
_LIMITS = (
    "limit\\w*|restrict\\w*|restri\\w*|filter\\w*|filtr\\w*|filtro\\w*|rules?|regl\\w*|règle\\w*|regel\\w*|regras?"
    "|regole|censor\\w*|censur\\w*|zensur|cenzur\\w*|ценз\\w*|ограничени\\w*|обмежен\\w*|ograniczeń|omezení"
    "|batasan|aturan|vikwazo|sheria|patakaran|limitasyon|piirang\\w*|rajoitu\\w*|kufizim\\w*|korlátoz\\w*"
    "|begränsning\\w*|begrensning\\w*|begrænsning\\w*|beperking\\w*|einschränkung\\w*|περιορισμ\\w*|kısıtlama\\w*"
    "|sınır\\w*|قيود|القيود|حدود|محدودیت\\w*|הגבלות|סינון|प्रतिबंध\\w*|सीमा|সীমাবদ্ধতা|制限|限制|제한|ข้อจำกัด"
    "|giới\\s+hạn|hạn\\s+chế|vizuizi|mipaka|ethic\\w*|etik\\w*|ética|safety|seguridad|segurança|sécurité|sicherheit"
    "|安全|セーフティ|안전"
)
"""Limits, rules, filters and censorship in most languages."""
_RIGHTS = (
    "privileg\\w*|привилеги\\w*|права|permissions?|permisos|permissões|permessi|berechtigung\\w*|rechten|uprawnie\\w*"
    "|izin|yetki\\w*|ruhusa|pahintulot|hak\\s+akses|akses\\s+penuh|权限|権限|권한|صلاحيات|اختیارات|הרשאות|अधिकार"
    "|quyền|สิทธิ์|god\\s*mode|developer\\s+mode|modo\\s+(?:desarrollador|administrador|dios)"
    "|mode\\s+(?:développeur|administrateur)|entwicklermodus|режим\\s+разработчика"
)
"""Rights and privileges granted, a mode of more power."""
_ANSWERING = (
    "answer\\w*|respond\\w*|reply|responde\\w*|respon[dt]\\w*|réponds|répondez|rispondi|antworte\\w*|beantworte"
    "|antwoord|odpowiadaj|odpowiedz|отвечай|ответь|відповідай|jawab\\w*|jibu\\w*|sagutin|sumagot|vasta\\w*|përgjigju"
    "|válaszolj|válaszoljon|svara|svar|απάντα\\w*|cevap\\w*|yanıtla\\w*|أجب|اجب|پاسخ\\w*|ענה|जवाब|उत्तर|উত্তর"
    "|antwoord\\w*|beantwoord\\w*|noudat\\w*|respondeo|respondes|odpowiadasz|отвечаешь|svarer|r[ăa]spun\\w*"
    "|trả\\s+lời|obey\\w*|obedece|obéis|gehorche|повинуйся|patuhi|tii|fanya|haz|faz|fais|comply|cumple|ignore|ignora"
    "|ignoriere|игнорируй|abaikan|puuza|تجاهل"
)
"""What the new regime is for: answering, obeying, doing what is asked, ignoring what held before."""

_LIMITED = lazy.compile(
    f"(?<!\\w)(?:{_WITHOUT})(?!\\w)[^.!?\\n。]{{0,24}}?(?<!\\w)(?:{_LIMITS})(?!\\w)(?!\\s+(?:de|of|on|for|per|на|для|di|da|do|du|des|zum|für|van|kwa|ya|za|sa|ng)\\s)"
    f"|(?<!\\w)(?:{_LIMITS})(?!\\w)[^.!?\\n。]{{0,16}}?(?<!\\w)(?:{_WITHOUT})(?!\\w)"
    "|(?:制限|限制|제한|ข้อจำกัด)\\S{0,6}(?:解除|取消|忽略|없이|해제|무시)|(?:无|無|不受|忽略\\S{0,8})限制"
)
"""Limits said to be gone, in either word order ("sin filtros", "korlátozások nélkül", "制限を解除", "제한 없이")."""
_GRANTED = lazy.compile(f"(?<!\\w)(?:{_RIGHTS})(?!\\w)|(?:权限|権限|권한|صلاحيات)")
_REGIME = lazy.compile(f"(?<!\\w)(?:{_ANSWERING})(?!\\w)|(?:回答|答え|回复|回覆|답변|대답|ตอบ|忽略|無視|무시)")
_REACH = 240
"""Characters after a marker read for the regime it announces (its line and the next)."""


def find(low: str) -> list[Finding]:
    """A finding for each line of `low` (lower-cased) that opens with a system or administrator marker and goes on
    to lift the model's limits or grant rights for how it answers or obeys."""
    out: list[Finding] = []
    for start, at in _openings(low):
        if out and start < out[-1].end:
            continue
        marker = _MARKER.match(low, start)
        if marker is None or marker.end() <= at:
            continue
        stop = low.find("\n", marker.end())
        stop = low.find("\n", stop + 1) if 0 <= stop < marker.end() + 4 else stop
        end = min(len(low), marker.end() + _REACH) if stop < 0 else min(stop, marker.end() + _REACH)
        if _lifted(low[marker.end() : end]):
            out.append(Finding("injection", KIND, start, end, SCORE))
    return out


def _openings(low: str) -> list[tuple[int, int]]:
    """Each line's start and where the name after its opening marks starts, for every line that opens with a name of
    the system or an administrator: the ASCII names at the shared index's places of their stems when it read the
    text (else a scan for them), those outside ASCII from line break to line break."""
    out: list[tuple[int, int]] = []
    if holds_any(low, _STEMS):
        where = indexed(low)
        for stem in _STEMS:
            if where is None:
                found: Iterable[int] = occurrences(low, stem)
            else:
                found = where[0].get(stem) if stem in where[0] else every_place(low, stem) if stem in where[1] else ()
            for at in found or ():
                start = _line_start(low, at)
                if start >= 0:
                    out.append((start, at))
    if not low.isascii():
        first = _FIRST_WIDE.match(low)
        if first is not None:
            out.append((0, first.start(1)))
        out.extend((m.start() + 1, m.start(1)) for m in _OPENING_WIDE.finditer(low))
    return sorted(out)


def _line_start(low: str, at: int) -> int:
    """Where the line of the name at `at` starts when only opening marks stand before the name on it, else -1 (no
    marker can hold that name as its own: a name inside a sentence)."""
    k = at - 2 if at > 1 and low[at - 1] == " " else at - 1  # "the system": a word and one space before the name
    if k >= 0 and low[k] not in _MARKS and low[k] != "\n":
        return -1
    lo = max(0, at - _NEAR)
    brk = low.rfind("\n", lo, at)
    if brk < 0 and lo > 0:
        if low[lo:at].strip(_MARKS):
            return -1
        brk = low.rfind("\n", 0, at)
    start = brk + 1
    return -1 if low[start:at].strip(_MARKS) else start


def _lifted(said: str) -> bool:
    """Whether a clause of `said` lifts limits or grants rights for answering or obeying: both in one clause, the
    answering not addressed to something ("responde a este correo", "odpowiedz na ankietę": a reply to people)."""
    for r in _REGIME.finditer(said):
        if _ADDRESSED.match(said, r.end()) is not None:
            continue
        lo = max((said.rfind(c, 0, r.start()) for c in _CLAUSE_ENDS), default=-1) + 1
        ends = [i for i in (said.find(c, r.end()) for c in _CLAUSE_ENDS) if i >= 0]
        clause = said[lo : min(ends, default=len(said))]
        if _LIMITED.search(clause) is not None or _GRANTED.search(clause) is not None:
            return True
    return False


_CLAUSE_ENDS = (".", ";", "!", "?", "。", "\n")
_ADDRESSED = lazy.compile(
    r"\s+(?:a|à|al|ao|to|na|на|do|auf|op|på|ke|kwa|sa|this|este|esta|these|the\s+(?:survey|email|e-mail|message|ticket|form))(?!\w)"
)
"""A reply addressed to something: a mail, a survey, a ticket to answer."""
