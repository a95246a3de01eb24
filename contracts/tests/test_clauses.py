# ruff: noqa: E501  (contract sentences stay whole, as a contract writes them)
"""The clause detector: every checklist item in both languages, the numbers it reads, the labelled sets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts import clauses
from contracts.labelled_heldout import HELD_OUT
from contracts.labelled_set import CONTRACTS
from contracts.scorekeeping import demo_set, evaluate

P, W, M = clauses.PRESENT, clauses.WEAK, clauses.MISSING

# (item, language, text, expected status, expected red flag or "")
CASES = [
    ("service_list", "zh", "乙方通过企业微信技术群、7×24小时热线和工单系统提供技术支持。", P, ""),
    ("service_list", "zh", "乙方提供必要的技术支持。", W, ""),
    ("service_list", "en", "Support is provided through a shared Slack channel, e-mail and a 24/7 hotline.", P, ""),
    ("service_list", "en", "The vendor provides technical support on a best-effort basis.", W, ""),
    ("service_list", "en", "The price is valid for 14 days.", M, ""),
    ("responsibility_boundary", "zh", "甲方自行修改源码导致的问题不属于本合同服务范围。", P, ""),
    ("responsibility_boundary", "zh", "是否属于售后范围由乙方判断，甲方自行修改源码导致的问题不在服务范围内。", W, ""),
    ("responsibility_boundary", "en", "Support does not cover changes made by the Customer to the source code.", P, ""),
    ("responsibility_boundary", "en", "The price is valid for 14 days.", M, ""),
    ("penalty", "zh", "乙方未按时响应的，每次按当月服务费的5%抵扣。", P, ""),
    ("penalty", "zh", "乙方赔偿总额以当年已付服务费为限。", W, ""),
    ("penalty", "zh", "因任何原因造成的损失，乙方概不负责。", W, "compensation_excluded"),
    ("penalty", "en", "Each missed target entitles the Customer to a service credit of 5% of the monthly fee.", P, ""),
    ("penalty", "en", "In no event shall the Supplier be liable for any loss or damage.", W, "compensation_excluded"),
    ("penalty", "en", "The Provider's total liability shall not exceed the fees paid in the last three months.", W, ""),
    ("confidentiality", "zh", "双方对合作中知悉的商业秘密负有保密义务。", P, ""),
    ("confidentiality", "en", "Each party keeps the other's confidential information secret.", P, ""),
    ("confidentiality", "en", "Support is provided by e-mail.", M, ""),
    ("dispute_resolution", "zh", "因本合同引起的争议，提交上海仲裁委员会仲裁。", P, ""),
    ("dispute_resolution", "en", "This agreement is governed by the laws of Singapore.", P, ""),
    ("update_terms", "zh", "服务期内乙方免费提供缺陷修复和功能升级版本。", P, ""),
    ("update_terms", "zh", "首次购买三个月内免费更新，之后升级费用另行协商。", W, ""),
    ("update_terms", "en", "Bug fix releases and feature releases are included in the annual fee.", P, ""),
    ("update_terms", "en", "Free updates are provided during the first 3 months only.", W, ""),
    ("custom_code_ownership", "zh", "为甲方定制开发的源代码及知识产权归甲方所有。", P, ""),
    ("custom_code_ownership", "zh", "定制开发成果的知识产权由双方共有。", W, ""),
    ("custom_code_ownership", "zh", "定制开发的代码归乙方所有。", W, "vendor_owns_custom_code"),
    ("custom_code_ownership", "en", "All custom code developed under this agreement is owned by the Customer.", P, ""),
    ("custom_code_ownership", "en", "Customisations remain the Licensor's intellectual property.", W, "vendor_owns_custom_code"),
    ("fees_itemised", "zh", "费用明细：源码授权费人民币120,000元，年度服务费人民币50,000元。", P, ""),
    ("fees_itemised", "zh", "服务器、短信及其他可能产生的费用由甲方承担。", W, "open_ended_fees"),
    ("fees_itemised", "en", "Fees: licence USD 12,000; annual support fee USD 3,000.", P, ""),
    ("fees_itemised", "en", "Any other charges will be invoiced as incurred.", W, "open_ended_fees"),
    ("term_renewal", "zh", "合同期限一年，续费价格上涨不超过10%，任何一方不续约的，应提前30天书面通知。", P, ""),
    ("term_renewal", "zh", "服务期满后续费按乙方届时公布的价格执行。", W, "renewal_price_open"),
    ("term_renewal", "en", "The term is one year and renews automatically unless either party gives 30 days' notice.", P, ""),
    ("term_renewal", "en", "Renewal is at the Provider's then-current list price.", W, "renewal_price_open"),
    ("sla_numbers", "zh", "一级故障：乙方应在三十分钟内响应，4小时内修复。", P, ""),
    ("sla_numbers", "zh", "一级故障2小时内响应，二级故障4小时内响应。", W, ""),
    ("sla_numbers", "zh", "乙方收到问题后及时响应。", W, "no_sla_numbers"),
    ("sla_numbers", "en", "Severity 1: response within 15 minutes, resolution within 2 hours.", P, ""),
    ("sla_numbers", "en", "The automatic acknowledgement of receipt shall constitute the response. Sev-1: respond within 30 minutes, fix within 4 hours.", W, ""),
    ("sla_numbers", "en", "The price is valid for 14 days.", M, "no_sla_numbers"),
    ("source_completeness", "zh", "乙方交付服务端、iOS、Android及管理后台的完整源代码。", P, ""),
    ("source_completeness", "zh", "部分核心模块加密交付，授权绑定甲方一个域名。", W, "encrypted_or_licence_bound"),
    ("source_completeness", "zh", "乙方交付全部源代码，无任何加密，不绑定域名。", P, ""),
    ("source_completeness", "en", "The Supplier delivers the complete source code of the server and the apps.", P, ""),
    ("source_completeness", "en", "The licence key is bound to one production server.", W, "encrypted_or_licence_bound"),
    ("third_party_costs", "zh", "声网、美颜SDK、短信等第三方服务使用甲方账号，费用由甲方直接支付。", P, ""),
    ("third_party_costs", "zh", "短信验证码与实名认证通过乙方账号统一接入，按实际调用量计费。", W, ""),
    ("third_party_costs", "en", "The Customer pays RTC, CDN and SMS fees directly to those providers under its own accounts.", P, ""),
    ("third_party_costs", "en", "Third-party costs are borne by the Customer.", W, ""),
    ("exit_terms", "zh", "合同终止时，乙方向甲方移交全部源代码和数据，并将源代码交第三方托管。", P, ""),
    ("exit_terms", "zh", "合同终止后，乙方配合甲方导出订单数据。", W, ""),
    ("exit_terms", "en", "On termination the Supplier hands over all code and data; the source code is held in escrow.", P, ""),
    ("exit_terms", "en", "The price is valid for 14 days.", M, ""),
    ("acceptance", "zh", "甲方按验收清单测试，验收合格后签署验收单。", P, ""),
    ("acceptance", "en", "Acceptance occurs when the Customer signs the acceptance certificate.", P, ""),
    ("launch_support", "zh", "乙方协助甲方完成服务器部署、上线及应用商店上架审核。", P, ""),
    ("launch_support", "zh", "App 打包及应用市场上架不在售后范围内，如需协助另行报价。", W, ""),
    ("launch_support", "en", "The Supplier will assist with App Store and Google Play submission.", P, ""),
]  # fmt: skip


def test_the_cases_cover_every_item_in_both_languages():
    covered = {(key, language) for key, language, *_ in CASES}
    assert covered == {(key, language) for key in clauses.KEYS for language in ("zh", "en")}


@pytest.mark.parametrize(("key", "language", "text", "status", "flag"), CASES)
def test_each_item_is_read_in_each_language(key, language, text, status, flag):
    analysis = clauses.analyze(text)
    item = analysis.item(key)
    assert (item.status, item.flag) == (status, flag), item
    assert analysis.language == language
    if status != M:
        assert item.excerpt
        assert item.excerpt in text
        assert text[item.start : item.end] == item.excerpt


def test_the_worked_example_of_the_module_docstring():
    text = "一级故障：乙方应在三十分钟内响应，4小时内修复。续费价格上涨不超过10%，需提前30天书面通知。定制开发的代码归乙方所有。"
    analysis = clauses.analyze(text)
    assert [vars(term) for term in analysis.sla] == [
        {
            "severity": "P1",
            "response_minutes": 30,
            "fix_minutes": 240,
            "clock": "calendar",
            "acknowledgement_counts": False,
        }
    ]
    assert analysis.to_dict()["renewal"] == {"cap_percent": 10.0, "notice_days": 30, "auto_renew": False}
    assert analysis.item("custom_code_ownership").flag == "vendor_owns_custom_code"
    assert analysis.item("confidentiality").status == M


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一级故障30分钟内响应，4小时内修复。", ("P1", 30, 240, "calendar")),
        ("紧急故障：３０分钟内响应，４小时内修复。", ("P1", 30, 240, "calendar")),
        ("紧急故障：三十分钟内响应，两小时内修复。", ("P1", 30, 120, "calendar")),
        ("重大故障4个工作小时内响应，3个工作日内修复。", ("P1", 240, 1440, "business")),
        ("一级故障2小时内响应，2个自然日内修复。", ("P1", 120, 2880, "calendar")),
        ("Severity 1: response within 1 hour, fix within 8 hours.", ("P1", 60, 480, "calendar")),
        ("Critical issues: response within 4 business hours, resolution within 2 business days.", ("P1", 240, 960, "business")),
    ],
)  # fmt: skip
def test_durations_become_minutes_on_the_right_clock(text, expected):
    (term,) = clauses.analyze(text).sla
    assert (term.severity, term.response_minutes, term.fix_minutes, term.clock) == expected


def test_an_auto_acknowledgement_counting_as_the_response_is_marked():
    text = "系统自动发出的受理回执即视为乙方已响应。一级故障30分钟内响应，8小时内修复。"
    (term,) = clauses.analyze(text).sla
    assert term.acknowledgement_counts is True
    assert clauses.analyze(text).item("sla_numbers").status == W


@pytest.mark.parametrize(
    ("text", "renewal"),
    [
        ("续费价格上涨不超过百分之十，需提前30天书面通知。", (10.0, 30, False)),
        ("合同到期后自动续期一年，任何一方不续约的，应于到期前60日书面通知对方。", (None, 60, True)),
        ("续费价格不超过届时市场价。", (None, None, False)),
        ("The agreement renews automatically; the fee may increase by no more than 5%. Either party may end it with 45 days' written notice before renewal.", (5.0, 45, True)),
        ("The retainer renews monthly and may be cancelled with one month's notice.", (None, 30, True)),
        ("乙方更换对接工程师的，应提前15日通知甲方。", (None, None, False)),
    ],
)  # fmt: skip
def test_renewal_terms(text, renewal):
    found = clauses.analyze(text).renewal
    assert (found.cap_percent, found.notice_days, found.auto_renew) == renewal


def test_renewal_at_the_market_price_of_the_time_is_a_red_flag():
    item = clauses.analyze("续费价格不超过届时市场价。").item("term_renewal")
    assert (item.status, item.flag) == (W, "renewal_price_open")


def test_chinese_numerals_and_full_width_digits_are_read():
    assert clauses.chinese_number("三十") == 30
    assert clauses.chinese_number("两") == 2
    assert clauses.chinese_number("一百二十") == 120
    assert clauses.chinese_number("十五") == 15
    assert clauses.chinese_number("天") is None
    normalised = clauses.normalise("３０分钟，三十分钟，百分之十")
    assert normalised.text == "30分钟,30分钟,10%"  # NFKC: full-width punctuation becomes ASCII too


def test_excerpts_point_into_the_original_text_even_after_normalising():
    text = "前言。\n紧急故障：乙方应在三十分钟内响应，４小时内修复。"
    item = clauses.analyze(text).item("sla_numbers")
    assert text[item.start : item.end] == item.excerpt
    assert "三十分钟" in item.excerpt
    assert "４小时" in item.excerpt


def test_an_empty_text_has_every_item_missing():
    analysis = clauses.analyze("")
    assert {item.status for item in analysis.items} == {M}
    assert analysis.sla == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_fifteen_items_and_sane_numbers(text):
    analysis = clauses.analyze(text)
    assert [item.key for item in analysis.items] == list(clauses.KEYS)
    assert all(item.status in (P, W, M) for item in analysis.items)
    for term in analysis.sla:
        for minutes in (term.response_minutes, term.fix_minutes):
            assert minutes is None or minutes > 0
        assert term.clock in ("calendar", "business")
    for item in analysis.items:
        if item.start is not None:
            assert text[item.start : item.end].strip() == item.excerpt[: item.end - item.start].strip() or item.excerpt


def test_the_labelled_sets_keep_their_figures():
    """Regression guard on the sets the detector was developed against (the note reports them)."""
    for contracts in (CONTRACTS, demo_set()):
        report = evaluate(contracts)
        assert report.accuracy >= 0.95
        for tally in report.by_status.values():
            assert tally.precision >= 0.9
            assert tally.recall >= 0.9
    assert len(CONTRACTS) + len(HELD_OUT) >= 16
    languages = {clauses.language_of(contract["text"]) for contract in CONTRACTS + HELD_OUT}
    assert languages == {"zh", "en"}
