"""Phone numbers written digit by digit in Chinese numerals (`一三八 一二三四 五六七八`, `〇`, `○`, `零` and `幺` as
read out), and after contact words of Chinese, Japanese and Korean; years, counts and numerals after a code's name
are not phones."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text)]


@every(
    ("text", "value"),
    [
        ("联系电话：一三八一二三四五六七八", "一三八一二三四五六七八"),
        ("手机 一三九-二八四七-三一五六（值班）", "一三九-二八四七-三一五六"),
        ("電話：〇九一二 三四五 六七八", "〇九一二 三四五 六七八"),
        ("Tel. +八六 一三八 一二三四 五六七八", "+八六 一三八 一二三四 五六七八"),
        ("值班电话：〇二八－八六一二三四五六", "〇二八－八六一二三四五六"),
        ("报警人电话 幺三八幺二三四五六七八", "幺三八幺二三四五六七八"),
        ("回拨号码：○二一 六二七五 一二三四", "○二一 六二七五 一二三四"),
        ("連絡先 〇九〇-一二三四-五六七八", "〇九〇-一二三四-五六七八"),
        ("联系方式：139-2847-3156", "139-2847-3156"),
        ("연락처: 010-2847-3156", "010-2847-3156"),
        ("报警人：李强，拨打 一三九一二三四五六七八", "一三九一二三四五六七八"),
    ],
)
def test_phones_in_chinese_numerals_and_after_contact_words_are_found(text: str, value: str) -> None:
    assert value in _values(text)


@every(
    "text",
    [
        "二〇二六年〇四月一八日 例会",
        "第一二三四五六章 共三百页",
        "报警时间 二〇二六〇四一八 一四〇二",
        "订单号：一三八-一二三四-五六七八",
        "事件编号 〇二八 八六一二 三四五六",
        "车次 一三八 一二三四 五六七八",
        "工单号：028-86123456",
        "注文番号 090-1234-5678",
        "주문번호: 010-1234-5678",
        "水表号 四八二七三一五九 读数 〇〇四八二一",
    ],
)
def test_dates_counts_and_codes_in_numerals_are_not_phones(text: str) -> None:
    assert pii.find(text) == []
