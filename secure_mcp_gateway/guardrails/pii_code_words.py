"""Names of things' and events' codes that a number after them is (a voucher, a seat, a meter, a work order, a total):
what makes a number found alone by its shape or check digits not anyone's phone, card or id."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .findings import Finding

THINGS = (
    # vouchers, programmes and bookings
    r"voucher|coupon|gift ?card|loyalty|rewards?|membership|folio|record locator|"
    # transport: seats, vehicles, routes, consignments
    r"seat|wagon|carriage|platform|route|trip|journey|train|consignment|awb|bill of lading|b/l|manifest|"
    r"delivery note|dispatch|despatch|challan|container|"
    # work and service desks, software
    r"work ?order|service request|req|inc|chg|change|problem|defect|bug|issue|rev(?:ision)?|patch|firmware|hardware|"
    # equipment, animals, sites
    r"asset|tag|equipment|meter|valve|hydrant|engine|crate|shelf|slot|pallet|wristband|qr|scan|micro-?chip|chip|"
    r"transponder|ear ?tag|ueln|horse|race|(?:api )?well(?=[ _-]?(?:no\b|id|number|name|#))|"
    # deals, documents, registers, events, sessions
    r"contract|agreement|quot(?:e|ation)|estimate|proposal|tender|bid|auction|listing|mls|plot|title|deed|statement|"
    r"bill(?=[ _-]?(?:no\b|number|#))|cage|naics|sic|gln|duns|matter|inspection|audit|report|event|cad|session|"
    r"trace|span|zoom|approval|auth(?:ori[sz]ation)?|"
    # amounts and readings
    r"amount|total|balance|qty|quantity|weight|reading|count|price|cost|inv|stock|"
    # plant, parts and stock of trades: chargers, coils, kegs, lifts, reels, reagents, garments' styles
    r"charger|connector|coil|style|locker|cylinder|keg|tote|bin|dock|cart|trolley|scooter|berth|hangar|vessel|"
    r"voyage|specimen|tube|cassette|reagent|kit|chassis|inverter|battery|module|transformer|feeder|breaker|fuse|"
    r"cable|drum|reel|spool|garment|carton|hanger|stencil|bale|ladle|mou?ld|drawing|pump|tank|sensor|router|kiosk|"
    r"trailer|lift|elevator|escalator|medallion|padlock|"
    # catalogues and certificates, written short (`Cat. no.`, `Conf. #`)
    r"catalog(?:ue)?|cat(?=\.?[ _-]?no\b)|article|certificate|cert|conf|test"
)
"""The names (lower case, one alternation without groups), each a whole word; `pii` and `pii_ids` add them to their
words before a reference number."""

SEPARATORS = r"[ :#.=>\t|\[\]-]"
"""What may stand between such a name and its number: spaces, `:`, `#`, `=`, a table's `|`, a bracketed label."""


def label_above(text: str, start: int) -> str | None:
    """The line above a number that starts its own line, when it reads as a field's name (three words at most, or
    ending in `:`), lower-cased with a space after: where a form's or a PDF's text puts a value under its label."""
    lo = text.rfind("\n", max(0, start - 80), start)
    if lo < 0 or text[lo + 1 : start].strip(" \t\r"):
        return None
    top = text.rfind("\n", max(0, lo - 48), lo)
    if top < 0 and lo > 48:
        return None
    line = text[top + 1 : lo].strip()
    if not line or len(line) > 40 or (line.count(" ") > 2 and not line.endswith(":")):
        return None
    return line.lower() + " "


ALONE = frozenset(
    {"phone_number", "credit_card", "ssn", "ca_sin", "au_tfn", "in_aadhaar", "pl_pesel", "ee_personal_code"}
    | {"gr_amka", "fr_insee", "no_fnr", "au_medicare", "au_abn", "imei"}
)
"""Kinds found by a number's shape or check digits alone, with no word naming them: what a code's column may hold."""
_SEPS = ("|", "\t", ";", ",")
_TRIM = " \t\r\"'`*"
_ROWS_UP = 2000
"""The most lines walked up from a value to its table's header."""


def coded_cells(text: str, found: list[Finding], named: Callable[[str], bool]) -> list[Finding]:
    """`found` less the numbers found alone in a table's column whose header cell `named` says is a code's name (a
    CSV, TSV, semicolon or Markdown table under `Order number`, `Meter`, `Wristband`): an order's or a meter's
    number in a phone's or a card's shape."""
    heads: dict[int, int] = {}
    return [f for f in found if f.kind not in ALONE or not _coded(text, f.start, named, heads)]


def _coded(text: str, start: int, named: Callable[[str], bool], heads: dict[int, int]) -> bool:
    """Whether the value at `start` stands in a table's column under a header cell that names a code."""
    top = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[top : len(text) if end < 0 else end]
    sep = max(_SEPS, key=line.count)
    count = line.count(sep)
    if not count:
        return False
    head = _head(text, top, sep, count, heads)
    if head == top:
        return False
    column = line.count(sep, 0, start - top)
    head_end = text.find("\n", head)
    cells = text[head:head_end].split(sep)
    if column >= len(cells):
        return False
    name = cells[column].strip(_TRIM).lower()
    return 0 < len(name) <= 40 and not any(c.isdigit() for c in name) and named(name + " ")


def _head(text: str, top: int, sep: str, count: int, heads: dict[int, int]) -> int:
    """Where the first line of the block of lines holding `count` separators `sep` that the line at `top` ends
    starts (a table's header; `heads` keeps what earlier values found)."""
    seen = []
    at, head = top, top
    for _ in range(_ROWS_UP):
        if at in heads:
            head = heads[at]
            break
        seen.append(at)
        head = at
        if at == 0:
            break
        above = text.rfind("\n", 0, at - 1) + 1
        if text.count(sep, above, at - 1) != count:
            break
        at = above
    for line in seen:
        heads[line] = head
    return head


CJK_CODES = lazy.compile(
    r"(?:编号|編號|单号|單號|订单|訂單|工单|工單|批号|批號|批次|序列号|序列號|序号|序號|流水号|流水號|车次|車次|车厢|車廂|"
    r"事件|案件|票号|票號|座位|座号|座號|腕带|腕帶|水表|电表|電錶|表号|表號|消防栓|马匹|馬匹|芯片|晶片|赛事|賽事|场次|場次|"
    r"货车|貨車|发票|發票|运单|運單|快递|快遞|合同|合約|报告|報告|样品|樣品|型号|型號|版本|金额|金額|总计|總計|数量|數量|"
    r"优惠券|優惠券|礼品卡|禮品卡|积分|積分|"
    r"注文|伝票|請求書|製造|シリアル|型番|ロット|予約|受付|整理|管理|車両|問い合わせ|追跡|商品|品番|"
    r"주문|송장|운송장|일련|예약|접수|모델|제품|사건)"
    r"(?:号码|號碼|番号|番號|번호|号|號|no\.?|id)?[ \t:：#＃=|\-－]*\Z"
)
"""The same names in Chinese, Japanese and Korean (`订单号：`, `事件编号`, `注文番号`, `주문번호`), right before a
number."""
CJK_LETTERS = lazy.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
"""A letter of Chinese, Japanese or Korean: whether a text may hold those names."""


def cjk_coded(low: str, found: list[Finding]) -> list[Finding]:
    """`found` less the numbers found alone right after a name of a code in Chinese, Japanese or Korean (`low`: the
    text as written, lower-cased)."""
    return [f for f in found if f.kind not in ALONE or CJK_CODES.search(low, max(0, f.start - 16), f.start) is None]
