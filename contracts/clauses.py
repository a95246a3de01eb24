"""Reading a support contract with the reviewer: which protective clauses are there, weak or missing.

Pure: no models, no database. ``analyze(text)`` takes the contract's text (Chinese,
English or both) and returns, for each of the fifteen checklist items, a suggested
status with the sentence it rests on, whether it raises a red flag, the SLA numbers
per severity and the renewal terms. The reviewer confirms or overrides every
suggestion; nothing here decides on its own.

How it reads:

* The text is normalised first: full-width digits and letters become ASCII
  (``３０`` → ``30``) and Chinese numerals before a unit become digits
  (``三十分钟`` → ``30分钟``, ``两小时`` → ``2小时``), keeping a map back to the
  original characters so that excerpts are the contract's own words.
* It is cut into sentences (。；; ! ? and line ends, and ". " in English); an item
  is *present* when a sentence says it, *weak* when that sentence is vague, capped,
  "to be agreed", limited in time or hollowed out by an exception, and *missing*
  when no sentence says it.
* Red flags: the vendor owns the custom code; core modules are encrypted or the
  licence is bound to a domain, date or machine; compensation is excluded; renewal
  at whatever price the vendor announces; open-ended "other fees"; no SLA numbers.
* Durations become minutes: 分钟/minutes as they are, 小时/hours × 60, 天/日/days
  × 1,440, 工作日/business days × 480 (eight working hours) on the business clock.
  工作时间, 工作日, business or working hours put a promise on the business clock;
  otherwise it runs on the calendar.

Worked example:

    text: "一级故障：乙方应在三十分钟内响应，4小时内修复。续费价格上涨不超过10%，
           需提前30天书面通知。定制开发的代码归乙方所有。"
    normalised: "…乙方应在30分钟内响应，4小时内修复。…"
    sla:      [{severity "P1", response 30, fix 240, clock "calendar", acknowledgement_counts False}]
    renewal:  {cap_percent 10, notice_days 30, auto_renew False}
    items:    sla_numbers present; term_renewal present;
              custom_code_ownership weak, red flag "vendor_owns_custom_code";
              confidentiality missing; …
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext_lazy as _

from contracts.choices import RedFlag

KEYS: tuple[str, ...] = (
    "service_list",
    "responsibility_boundary",
    "penalty",
    "confidentiality",
    "dispute_resolution",
    "update_terms",
    "custom_code_ownership",
    "fees_itemised",
    "term_renewal",
    "sla_numbers",
    "source_completeness",
    "third_party_costs",
    "exit_terms",
    "acceptance",
    "launch_support",
)
PRESENT, WEAK, MISSING = "present", "weak", "missing"

# Each red flag belongs to one item; its label is contracts.choices.RedFlag.
RED_FLAGS: dict[str, str] = {
    "vendor_owns_custom_code": "custom_code_ownership",
    "encrypted_or_licence_bound": "source_completeness",
    "compensation_excluded": "penalty",
    "renewal_price_open": "term_renewal",
    "open_ended_fees": "fees_itemised",
    "no_sla_numbers": "sla_numbers",
}

NOTES = {
    PRESENT: _("Found in the text; check that it says what you need."),
    WEAK: _("There, but vague, capped, limited or undone by an exception."),
    MISSING: _("Not found in the text."),
}

# --- normalising ----------------------------------------------------------------------------------
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_NUMERAL = re.compile(
    r"百分之(?P<percent>[零〇一二两三四五六七八九十百]+)"
    r"|(?P<plain>[零〇一二两三四五六七八九十百]+)(?=\s*(?:个|名)?\s*(?:分钟|小时|工作日|工作小时|天|日|自然日|周|个月|月|年|%|％))"
)


def chinese_number(text: str) -> int | None:
    """三十 → 30, 两 → 2, 十五 → 15, 一百二十 → 120; None for what is not a plain numeral."""
    total, current = 0, 0
    for char in text:
        if char in _CN_DIGITS:
            current = _CN_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


@dataclass(frozen=True)
class Normalised:
    text: str
    origin: list[int]  # for each character of ``text``, its index in the original

    def span(self, start: int, end: int, original: str) -> str:
        if not self.origin or start >= len(self.origin):
            return ""
        first = self.origin[start]
        last = self.origin[min(end, len(self.origin)) - 1]
        return original[first : last + 1]


def normalise(text: str) -> Normalised:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = unicodedata.normalize("NFKC", char)
        for piece in folded:
            chars.append(piece)
            origin.append(index)
    folded_text = "".join(chars)
    # Chinese numerals before a unit become digits (百分之五 becomes 5%); every new
    # character points at the start of the words it replaces.
    out: list[str] = []
    out_origin: list[int] = []
    position = 0
    for match in _CN_NUMERAL.finditer(folded_text):
        numeral = match.group("percent") or match.group("plain")
        value = chinese_number(numeral)
        if value is None:
            continue
        out.extend(folded_text[position : match.start()])
        out_origin.extend(origin[position : match.start()])
        replacement = f"{value}%" if match.group("percent") else str(value)
        out.extend(replacement)
        out_origin.extend([origin[match.start()]] * len(replacement))
        position = match.end()
    out.extend(folded_text[position:])
    out_origin.extend(origin[position:])
    return Normalised("".join(out), out_origin)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # normalised, lower case


_SENTENCE_END = re.compile(r"[。；;!?！？\n]+|(?<=[a-z0-9)\]])\.(?=\s)")


def sentences(normalised: Normalised) -> list[Sentence]:
    result, start = [], 0
    for match in _SENTENCE_END.finditer(normalised.text):
        if match.start() > start:
            result.append(Sentence(start, match.start(), normalised.text[start : match.start()].lower()))
        start = match.end()
    if start < len(normalised.text):
        result.append(Sentence(start, len(normalised.text), normalised.text[start:].lower()))
    return [s for s in result if s.text.strip()]


def language_of(text: str) -> str:
    cjk = len(re.findall(r"[\u3400-\u9fff]", text))
    latin = len(re.findall(r"[a-zA-Z]", text))
    return "zh" if cjk * 3 >= latin else "en"


# --- results ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    key: str
    status: str
    red_flag: bool = False
    flag: str = ""  # which red flag, when red_flag
    excerpt: str = ""
    note: str = ""
    start: int | None = None  # the excerpt's place in the original text
    end: int | None = None

    def to_dict(self) -> dict:
        return {"key": self.key, "status": self.status, "red_flag": self.red_flag, "excerpt": self.excerpt,
                "note": str(self.note), "flag": self.flag, "start": self.start, "end": self.end}  # fmt: skip


@dataclass(frozen=True)
class SlaTerm:
    severity: str | None  # "P1".."P4", or None when the promise names no severity
    response_minutes: int | None
    fix_minutes: int | None
    clock: str  # "calendar" | "business"
    acknowledgement_counts: bool


@dataclass(frozen=True)
class Renewal:
    cap_percent: float | None = None
    notice_days: int | None = None
    auto_renew: bool = False
    open_price: bool = False


@dataclass(frozen=True)
class Analysis:
    language: str
    items: list[Item]
    sla: list[SlaTerm] = field(default_factory=list)
    renewal: Renewal = field(default_factory=Renewal)

    def item(self, key: str) -> Item:
        return next(item for item in self.items if item.key == key)

    @property
    def red_flags(self) -> list[str]:
        return [item.flag for item in self.items if item.red_flag]

    def to_dict(self) -> dict:
        return {
            "language": self.language,
            "items": [item.to_dict() for item in self.items],
            "sla": [asdict(term) for term in self.sla],
            "renewal": {
                "cap_percent": self.renewal.cap_percent,
                "notice_days": self.renewal.notice_days,
                "auto_renew": self.renewal.auto_renew,
            },
        }


# --- the rules ---------------------------------------------------------------------------------------
def _any(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    present: re.Pattern
    weak: re.Pattern | None = None
    red: re.Pattern | None = None
    flag: str = ""
    negatable: bool = False  # a red phrase right after "without" / 不含 / 不 says the opposite


_NEGATION = re.compile(
    r"(?:不含|不包含|不包括|没有|无任何|不会|不得|不|无|非|(?<![a-z])(?:without|free of|no|not|never|nothing|none))"
    r"(?:\W*\w{0,6}\W*$|(?:\s+[a-z]+){0,3}\s*$)",
    re.IGNORECASE,
)


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATION.search(text[max(0, start - 30) : start]))


VAGUE = (
    r"另行协商|另议|协商确定|视情况|酌情|尽力|尽快|及时|合理范围"
    r"|as soon as (?:reasonably )?possible|reasonable efforts?"
    r"|at (?:its|the vendor'?s|the supplier'?s) (?:sole )?discretion|to be agreed|as agreed later"
)

RULES: dict[str, Rule] = {
    "responsibility_boundary": Rule(
        present=_any(
            r"不属于.{0,12}(?:服务|支持)范围",
            r"不在.{0,8}(?:服务|支持|售后|维护)范围",
            r"(?:服务|支持|售后|维护)范围不包括",
            r"责任(?:范围|边界|划分)",
            r"甲方(?:应)?(?:自行)?负责.{0,30}(?:服务器|运维|网络|内容|运营|数据|账号)",
            r"(?:are|is|remains?) the (?:client|customer|licensee)'?s (?:sole )?responsibility",
            r"(?:out of|outside (?:the|its)) scope",
            r"(?:support|services?) (?:does|do) not (?:cover|include)",
            r"(?:customer|client|licensee) (?:is|remains|shall be) responsible for",
            r"(?:customer|client|licensee) (?:obligations|responsibilities)",
            r"(?:are|is) outside (?:the )?(?:scope|fixed fee|support)",
            r"not (?:supported|covered)\s*:",
            r"(?:customer|client|licensee) shall (?:keep|maintain) its own",
            r"not covered by (?:this|the) (?:support|agreement)",
            r"excluded from (?:the )?support",
            r"support is limited to",
            r"(?:仅限|只限于?).{0,10}(?:原版|原始|未(?:经)?修改)",
            r"因甲方.{0,30}(?:导致|造成|引起)的(?:问题|故障)",
            r"not included\s*:",
            r"(?:are|is) not included",
            r"^\W*exclusions?\b",
        ),
        weak=_any(
            r"等其他|包括但不限于.{0,20}(?:乙方|供应商)不负责",
            r"any other (?:issues?|problems?) (?:the vendor|we) (?:consider|deem)",
            r"由乙方(?:单方|自行)?(?:判断|认定)",
            r"as determined by the (?:vendor|supplier)",
        ),
    ),
    "penalty": Rule(
        present=_any(
            r"违约金",
            r"违约责任",
            r"赔偿",
            r"服务(?:费)?(?:抵扣|减免|返还)",
            r"服务积分",
            r"(?:减免|退还|返还|扣减|抵扣).{0,8}(?:服务费|运维费|维护费|费用)",
            r"(?:服务费|运维费|维护费|费用)的?\s*\d+(?:\.\d+)?\s*%.{0,6}(?:抵扣|扣减|减免|返还)",
            r"service credits?",
            r"penalt(?:y|ies)",
            r"liquidated damages",
            r"compensat",
            r"refund",
            r"liabilit(?:y|ies)",
            r"(?:a |to a )credit of",
            r"reduces? .{0,40}fees? by \d+(?:\.\d+)?\s*%",
            r"fee reduction",
        ),
        weak=_any(
            r"(?:赔偿|违约金|抵扣)(?:总额|金额|上限)?.{0,12}(?:不超过|不得超过|以.{0,30}为限|最高)",
            r"(?:cap(?:ped)?|limited) (?:at|to)",
            r"(?:shall|will) not exceed",
            r"(?:shall|will) in no (?:case|event) exceed",
            r"up to (?:a maximum of )?\d+\s*%",
            r"total liability",
            r"aggregate liability",
            r"only remedy",
            r"唯一(?:的)?(?:补救|救济)",
            r"(?:积分|抵扣|赔偿)(?:的)?总额.{0,10}(?:为上限|为限|不超过)",
        ),
        red=_any(
            r"(?:不承担|概不承担|不负)(?:任何)?(?:直接或间接|间接或直接)?.{0,6}(?:损失|赔偿|违约)",
            r"损失.{0,10}(?:乙方|供应商)?(?:不承担|概不承担|不负)(?:任何)?(?:赔偿)?责任",
            r"概不负责",
            r"不予赔偿",
            r"免除.{0,6}赔偿",
            r"(?:shall|will) not be liable for any",
            r"in no event shall .{0,40}be liable(?! for (?:any )?(?:indirect|consequential|special|incidental))",
            r"no (?:compensation|refunds?|service credits?) (?:shall|will) be",
            r"without (?:any )?compensation",
            r"(?:accepts?|assumes?|bears?) no (?:liability|responsibility)",
            r"no (?:credits?|refunds?|compensation)[^.]{0,40}(?:payable|paid|due|owed)",
            r"(?:is|are) not liable for (?:any|lost)",
        ),
        flag="compensation_excluded",
    ),
    "confidentiality": Rule(
        present=_any(
            r"保密",
            r"商业秘密",
            r"不得(?:向第三方)?(?:泄露|披露)",
            r"不(?:向|对)(?:任何)?第三方(?:泄露|披露|透露|提供)",
            r"不得.{0,8}(?:对外提供|外泄|泄漏)",
            r"confidential",
            r"non-disclosure",
            r"(?:shall|will) not disclose",
            r"(?:keep|keeps|kept|hold|holds) .{0,40}(?:secret|in confidence)",
        )
    ),
    "dispute_resolution": Rule(
        present=_any(
            r"争议",
            r"纠纷",
            r"仲裁",
            r"(?:向|由).{0,12}人民法院",
            r"管辖",
            r"disputes?",
            r"arbitrat",
            r"jurisdiction",
            r"governing law",
            r"governed by the laws? of",
            r"courts? of",
        )
    ),
    "update_terms": Rule(
        present=_any(
            r"(?:免费|无偿)(?:的)?.{0,6}(?:升级|更新|修复|补丁)",
            r"(?:升级|更新)(?:版本)?.{0,6}(?:免费|无偿)",
            r"(?:版本)?(?:升级|更新)(?:服务|费用|包)",
            r"(?:功能|新)版本",
            r"(?:bug )?fix(?:es)? (?:releases?|updates?)",
            r"(?:free|paid|feature) (?:updates?|upgrades?|releases?)",
            r"updates? and upgrades?",
            r"new versions?",
            r"updates? (?:are|will be|shall be) (?:released|provided|delivered|included)",
            r"版本升级",
            r"安全补丁",
            r"(?:includes?|including) .{0,40}(?:bug fixes|updates|feature releases)",
            r"feature releases? per year",
            r"(?:patches|releases|updates|fixes)[^.]{0,80}"
            r"(?:included|at no (?:extra|additional) (?:charge|cost)|free of charge)",
            r"(?:receive|receives) (?:every|all) (?:updates?|releases?)",
            r"maintenance releases?",
            r"updates? to the software",
            r"major (?:releases?|versions?)",
            r"(?:升级|更新).{0,12}费用",
        ),
        weak=_any(
            r"(?:仅限|只限|仅在|限于).{0,12}(?:\d+\s*个?月|首年|第一年|签约后)",
            r"(?:前|首)\s*\d+\s*个?月(?:内)?(?:免费)",
            r"\d+\s*个?月内(?:免费)",
            r"(?:升级|更新|新版本|功能).{0,12}(?:费用)?(?:另行|另计|另议|协商|届时)",
            r"first \d+ (?:months?|weeks?)",
            r"(?:during|within) the first (?:\d+|three|six|two) (?:months?|weeks?)",
            r"(?:priced|charged|quoted|licensed) (?:separately|later|at the time)",
            r"(?:fee|price) applicable at the time",
            r"at (?:its|the vendor'?s|the supplier'?s) discretion",
            r"from time to time",
            r"to be agreed",
            VAGUE,
        ),
    ),
    "fees_itemised": Rule(
        present=_any(
            r"费用(?:明细|清单|构成|如下)",
            r"收费(?:标准|明细|项目)",
            r"(?:费|总价|价格).{0,16}(?:人民币|rmb|¥|\d[\d,.]*\s*万?元)",
            r"报价单",
            r"fee schedule",
            r"(?:itemi[sz]ed|breakdown of) (?:fees|charges|prices)",
            r"(?:annual|support|licen[cs]e|deployment|maintenance) fee.{0,30}(?:\d|usd|cny|rmb|\$|¥)",
            r"(?:fees?|price)\s*:.{0,40}(?:usd|cny|rmb|sgd|eur|hkd|gbp|\$|¥|\d)",
            r"(?:usd|cny|rmb|sgd|eur|hkd|gbp|\$|¥)\s*\d[\d,.]*\s*(?:per|/|a|each)\s*(?:month|year|hour|person-day|day|app|store|domain|term|licen[cs]e)",
            r"price \((?:usd|cny|rmb|sgd|eur|hkd|gbp)\)",
            r"(?:package|licen[cs]e|source code|setup|installation|retainer)[^.:]{0,30}:"
            r"\s*(?:usd|cny|rmb|sgd|eur|hkd|\$|¥)\s*\d",
            r"fees? (?:are|is) (?:set out|listed|specified|detailed) in",
            r"费用(?:详见|见|列于)(?:附件|报价)",
        ),
        weak=_any(
            r"(?:视|按).{0,6}(?:实际|具体)情况(?:收费|另计)",
            r"费用另议",
            r"priced on request",
            r"quoted (?:separately|later)",
            r"rates? in effect at the time",
            r"(?:按|以).{0,6}(?:届时|当时)(?:的)?(?:价格|收费标准|报价)",
            VAGUE,
        ),
        red=_any(
            r"其他(?:相关)?费用(?:由甲方(?:另行)?承担|另行收取|另计|按实际发生)",
            r"(?:及|和|等)其他.{0,8}费用",
            r"等费用由甲方",
            r"一切其他费用",
            r"(?:以外|之外)的费用.{0,20}(?:另行|协商)",
            r"其他费用.{0,6}(?:另行|另议|协商|面议)",
            r"(?:any|all) other (?:fees|charges|costs)",
            r"additional charges? (?:as|when|may be) (?:incurred|applicable|required)",
            r"other charges as",
            r"miscellaneous (?:fees|charges)",
            r"any additional (?:fees|charges|costs)",
            r"any additional (?:services|expenses|charges)[^.]{0,40}(?:invoiced|billed|charged) separately",
        ),
        flag="open_ended_fees",
    ),
    "source_completeness": Rule(
        present=_any(
            r"(?:交付|提供|开放|移交|包含|包括|完整|全部).{0,10}源(?:代)?码",
            r"源(?:代)?码.{0,6}(?:交付|完整|托管)",
            r"(?:核心)?代码.{0,4}(?:完整|全部)(?:交付|提供)",
            r"(?:complete|full|entire)(?: [a-z]+)? source",
            r"source code (?:of|for) (?:the )?(?:server|apps?|platform|system|admin)",
            r"deliver\w* .{0,40}source code",
            r"source code .{0,20}(?:delivered|escrow)",
        ),
        red=_any(
            r"加密",
            r"混淆",
            r"(?:编译|二进制)(?:后|形式|文件|包|库)",
            r"不(?:提供|交付|开放).{0,12}源(?:代)?码",
            r"(?:授权|license|licen[cs]e).{0,16}(?<!不)(?:绑定|限定).{0,8}(?:域名|服务器|机器|ip|期限)",
            r"绑定(?:域名|服务器|机器|ip)",
            r"授权(?:码|文件).{0,10}(?:到期|过期|有效期)",
            r"授权(?:到期|过期)后.{0,30}(?:无法|不能|停止|失效)",
            r"(?<!un)encrypted",
            r"obfuscated",
            r"(?:compiled|binary)(?:-| )only",
            r"(?:as|in) (?:compiled|binary) form",
            r"licen[cs]e (?:key )?(?:is )?(?:bound|locked|tied) to",
            r"licen[cs]e.{0,40}(?:single|one) (?:\w+ )?(?:domain|server|machine)",
            r"(?:use|run) (?:the software |it )?(?:only )?on (?:a single|one) (?:\w+ )?(?:domain|server|machine)",
            r"licen[cs]e (?:key )?expires",
            r"静态库|动态库|闭源",
            r"(?<![a-z])(?:\.so|\.a|framework)(?![a-z])",
            r"closed[- ]source|closed binar",
            r"may only be (?:installed|used|run|deployed) on",
            r"(?:only|solely) (?:on|for) the (?:domain|server|machine)",
            r"compiled (?:packages?|binaries|libraries)",
            r"object[- ]code (?:form|only)",
            r"encoded with|ioncube",
            r"(?:licen[cs]e|licence) (?:is )?tied to",
            r"(?:runs?|works?) only with a valid licen[cs]e key",
            r"source code .{0,30}(?:is |are )?not (?:provided|delivered|included|supplied)",
        ),
        flag="encrypted_or_licence_bound",
        negatable=True,
    ),
    "third_party_costs": Rule(
        present=_any(
            r"第三方.{0,20}(?:费用|账号|账户|年费|sdk)",
            r"(?:云服务|(?<![a-z])cdn(?![a-z])|短信|美颜|即时通讯|(?<![a-z])im(?![a-z])|实名认证|推送|直播云|音视频).{0,20}(?:费用|账号|账户|由甲方|由乙方|年费)",
            r"third[- ]party.{0,40}(?:fees?|costs?|accounts?|services?|sdks?|licen[cs]es?|subscriptions?)",
            r"(?<![a-z])(?:cdn|sms|rtc|beauty|im|push|real-name)(?![a-z])"
            r".{0,30}(?:fees?|costs?|accounts?|billed|paid by)",
            r"第三方服务.{0,20}(?:以甲方名义|由甲方(?:直接)?(?:付费|支付|开通))",
            r"(?:holds?|uses?|runs? on) (?:its|the client'?s|the customer'?s|your) own .{0,40}accounts?",
            r"pays? (?:those |the )?providers? directly|pays? directly",
            r"(?:cdn|短信|美颜|(?<![a-z])im(?![a-z])|实名|音视频|连麦|推送|直播云).{0,40}\d[\d,.]*\s*万?元",
            r"(?:直播|推拉流|音视频).{0,20}费用由甲方.{0,10}(?:账号|直接)",
            r"(?<![a-z])(?:cdn|sms|rtc|beauty sdk|im|push)(?![a-z]).{0,40}(?:usd|us\$|\$|cny|rmb|¥)\s*\d",
        ),
        weak=_any(
            r"第三方(?:服务)?的?问题.{0,6}(?:请|由)?甲方(?:直接|自行)?联系",
            r"乙方(?:不负责|不提供).{0,10}第三方",
            r"(?:乙方|供应商)(?:的)?账号.{0,30}按.{0,8}(?:实际|调用|使用)?(?:量|次)(?:计费|收费|结算)",
            r"按实际(?:调用|使用)量(?:计费|收费)",
            r"(?:billed|charged) (?:per use|by usage|at cost)(?! at)",
            r"(?:not|no) support(?:ed)? (?:for|of) third[- ]party",
            r"third[- ]party[^.]{0,100}(?:are|is) (?:paid|payable|borne) by (?:you|the client|the customer)",
            r"third[- ]party[^.]{0,100}not part of this (?:quotation|offer|agreement)",
            r"(?:费用)?由甲方自理",
        ),
    ),
    "exit_terms": Rule(
        present=_any(
            r"(?:合同|协议)(?:终止|解除|到期)后.{0,30}(?:交付|移交|交接|迁移|导出|返还)",
            r"(?:源码|代码|数据).{0,10}(?:托管|移交|交接|迁移(?!上线)|导出)",
            r"第三方托管",
            r"(?:停止经营|破产|注销|倒闭)",
            r"(?:upon|on|after) (?:termination|expiry|expiration)"
            r".{0,60}(?:hand(?:ed)? over|transfer|export|return|deliver)",
            r"escrow",
            r"(?:cease|ceases) (?:trading|operations|business)",
            r"insolven",
            r"bankrupt",
            r"exit (?:plan|assistance)",
            r"数据.{0,10}(?:由甲方)?自行导出",
            r"(?:终止|到期)后.{0,10}停止(?:提供)?服务",
            r"(?:if you cancel|on cancellation|upon cancellation)",
            r"(?:upon|on) termination[^.]{0,40}(?:cease|stop)",
            r"within \d+ days[^.]{0,40}(?:export|hand over|deliver)",
        ),
    ),
    "acceptance": Rule(
        present=_any(
            r"验收",
            r"acceptance (?:test|testing|criteria|period|certificate|checklist|form|report)",
            r"confirms? (?:its |the )?acceptance",
            r"accepted against",
            r"(?:user )?acceptance test",
            r"accepted by the (?:customer|client)",
            r"sign[- ]off",
        ),
        weak=_any(
            r"(?:可以|能够?)(?:正常)?(?:登录|打开|运行).{0,20}即视为.{0,6}验收",
            r"deemed accepted (?:once|when|if) (?:it|the (?:app|software|system)) (?:opens|runs|starts|installs)",
        ),
    ),
    "launch_support": Rule(
        present=_any(
            r"(?:协助|负责|提供).{0,12}(?:部署|上线|上架|搭建)(?!.{0,6}(?:资料|文档))",
            r"安装部署|(?:includes?|including|provides?|performs?) (?:the )?(?:remote )?installation",
            r"(?:submission|submit\w*|publishing) to (?:the )?(?:apple )?(?:app store|google play)",
            r"(?:app store|google play) submission",
            r"production deployment|server deployment|installation on your server",
            r"go-live assistance|launch (?:package|assistance)",
            r"(?:应用商店|app ?store|应用市场).{0,10}(?:上架|审核|提交)",
            r"软著|软件著作权登记",
            r"(?:deploy|deployment|go[- ]live|launch).{0,40}(?:support|assist|help)",
            r"(?:assist|help|support).{0,30}(?:deploy|go[- ]live|launch|app store|store submission)",
        ),
        weak=_any(
            r"另行报价|另行收费|另计|费用另议",
            r"不在.{0,10}(?:售后|服务|支持)?范围",
            r"(?:not included|charged separately|at extra cost|quoted separately|quoted on request)",
        ),
    ),
}

_EXIT_SOURCE = _any(
    r"源(?:代)?码|代码|托管|escrow|source|(?<![a-z])code(?![a-z])|repository",
    r"停止经营|破产|注销|insolven|bankrupt|cease (?:trading|operations|business)",
)
_THIRD_PARTY_NAMED = _any(
    r"云服务|直播云|cdn|短信|美颜|即时通讯|实名|推送|音视频|支付|地图|(?<![a-z])(?:sms|rtc|im|push|beauty|cloud|real-name|payment|maps?)(?![a-z])",
)
_SERVICE_ANCHOR = _any(
    r"服务(?:内容|项目|清单)",
    r"(?<!不属于)(?<!免费)服务范围(?:包括|为|如下|:)",
    r"技术支持(?:服务)?(?:包括|内容)",
    r"(?:services?|support) (?:include|includes|comprise|cover)",
    r"scope of (?:the )?(?:services?|support)",
    r"the following (?:services|support)",
    r"(?:support|services?) (?:is|are) (?:provided|available) (?:by|through|via|over)",
    r"provides? support (?:through|via|by|over)",
    r"服务方式",
    r"(?:售后|技术|运维)(?:服务|支持)(?:渠道|方式)",
    r"(?:通过|采用|以).{0,24}(?:提供|进行).{0,6}(?:售后|技术|运维)(?:服务|支持)",
    r"support channels?",
)
_SERVICE_SPECIFIC = _any(
    r"电话",
    r"邮件|邮箱",
    r"工单",
    r"企业微信|钉钉|微信群|技术对接群|qq群|服务群",
    r"远程",
    r"现场|驻场",
    r"视频会议",
    r"7\s*[x×*]\s*24",
    r"hotline|phone",
    r"e-?mail",
    r"ticket",
    r"wecom|dingtalk|wechat|telegram|whatsapp|slack",
    r"remote",
    r"on-?site",
    r"video call",
    r"24\s*/\s*7",
)
_SERVICE_SUPPORT = _any(r"支持|服务|对接|答疑|售后|support|issues?|contact|help|maintenance")
_SERVICE_VAGUE = _any(r"best[- ]effort", r"尽力而为", VAGUE)
_SERVICE_GENERIC = _any(
    r"提供.{0,10}技术(?:支持|服务)",
    r"provides? (?:necessary |general |reasonable )?(?:technical )?support",
    r"^\W*support\s*:",
    r"best[- ]effort",
)


# --- SLA numbers --------------------------------------------------------------------------------------
_UNIT = (
    r"(?P<unit>分钟|个?工作小时|小时|个?工作日|个?自然日|天|日|minutes?|mins?|(?:business|working) hours?|hours?|hrs?"
    r"|(?:business|working|calendar) days?|days?)"
)
_RESPONSE = r"(?:响应|回复|答复|回应|respon\w*|acknowledg\w*|reply|replies)"
_FIX = r"(?:修复|解决|恢复|处理完毕|排除|fix\w*|resol\w*|restor\w*|workaround)"
_NUMBER = r"(?P<number>\d+(?:\.\d+)?)"
_DURATION_THEN_VERB = re.compile(
    _NUMBER
    + r"\s*"
    + _UNIT
    + r"\s*(?:内|之内|以内)?\s*(?:给予|给出|进行|作出|完成|提供|彻底|完全|全部)?\s*(?P<verb>"
    + _RESPONSE
    + "|"
    + _FIX
    + r")",
    re.IGNORECASE,
)
_VERB_THEN_DURATION = re.compile(
    r"(?P<verb>" + _RESPONSE + "|" + _FIX + r")(?:\s*time)?\w*[^\d。；;,，、]{0,24}?" + _NUMBER + r"\s*" + _UNIT,
    re.IGNORECASE,
)
_VERB = re.compile(_RESPONSE + "|" + _FIX, re.IGNORECASE)
_LEVEL = re.compile(r"(?<![a-z0-9])(?:p|sev(?:erity)?[\s-]*|priority[\s-]*)\s*([0-4])(?![0-9])", re.IGNORECASE)
_GRADE = re.compile(r"(?<![a-z0-9])([a-d])\s*(?:级|类)", re.IGNORECASE)
_SEVERITY_WORDS = (
    (
        "P1",
        _any(
            r"一级",
            r"紧急",
            r"严重(?:故障|问题)",
            r"重大(?:故障|事故)",
            r"全面中断",
            r"critical",
            r"urgent",
            r"\bblocker",
        ),
    ),
    ("P2", _any(r"二级", r"重要", r"较严重", r"部分功能(?:不可用|异常)", r"\bhigh\b", r"\bmajor\b", r"degrad")),
    ("P3", _any(r"三级", r"一般(?:故障|问题|功能)?", r"普通(?:问题|故障)", r"\bnormal\b", r"\bmedium\b")),
    ("P4", _any(r"四级", r"轻微", r"\blow\b", r"\bminor\b", r"咨询", r"enquir|inquir|how-?to")),
)
_OUTAGE = _any(r"故障", r"中断", r"宕机", r"无法(?:开播|使用|访问)", r"\boutage", r"\bdown\b", r"not available")
_BUSINESS = _any(r"工作日", r"工作时间", r"工作小时", r"business", r"working")
_CALENDAR = _any(
    r"自然日",
    r"自然时间",
    r"7\s*[x×*]\s*24",
    r"24\s*[x×*/]\s*7",
    r"calendar",
    r"(?:round|around)[- ]the[- ]clock",
    r"全天",
    r"含(?:夜间|节假日|周末)",
    r"including weekends",
)
_ALL_BUSINESS = _any(
    r"(?:以上|上述|本条).{0,10}(?:时间|时限).{0,6}(?:均|皆)?(?:指|按|为)工作(?:时间|日)",
    r"(?:all|the above) (?:times|periods) (?:are|refer to) (?:in )?(?:business|working) (?:hours|days)",
)
_ACK_COUNTS = _any(
    r"(?:系统)?自动(?:回复|确认|受理)(?:即|均)?(?:视为|算作|作为|即为).{0,4}?(?:已)?(?:响应|回复)",
    r"自动.{0,10}(?:回复|回执|确认|受理|通知).{0,6}(?:即|均)(?:视为|算作|作为|为).{0,6}(?:已)?(?:响应|回复)",
    r"(?:工单|邮件)(?:受理|确认)(?:回执|通知)?即(?:视为)?(?:已)?响应",
    r"(?:automatic|automated|auto-generated|system) (?:acknowledg\w+|reply|replies|receipt)\s+"
    r"(?:of receipt\s+)?(?:shall |will )?(?:constitute|count as|be deemed|is deemed|serves? as)",
    r"(?:acknowledg\w+) of receipt (?:shall |will )?(?:constitute|count as|be deemed)",
    r"响应.{0,10}以.{0,24}自动(?:生成|发出|发送)?.{0,8}(?:回执|确认)",
    r"(?:a )?response (?:occurs|is (?:made|given|deemed given)) (?:when|once) "
    r".{0,60}(?:ticket number|receipt|records? the)",
)
_VAGUE_SLA = _any(
    r"尽快(?:响应|处理|修复|解决)",
    r"及时(?:响应|处理)",
    r"尽力(?:响应|处理)",
    r"第一时间(?:响应|处理)",
    r"as soon as (?:reasonably )?possible",
    r"promptly",
    r"best[- ]effort",
    r"reasonable (?:commercial )?efforts? to (?:respond|resolve|fix|correct)",
    r"commercially reasonable efforts",
)


_DURATION_ONLY = re.compile(
    r"(?:within|in|内|以内)?\s*" + _NUMBER + r"\s*" + _UNIT + r"\s*(?:内|以内|之内)?", re.IGNORECASE
)
_RESPONSE_HEADING = _any(r"respon\w* (?:targets?|times?)\s*:", r"响应(?:时间|时限|要求)\s*[:：]")


class _Implied:
    """A duration whose verb the line said once for the whole list."""

    def __init__(self, match: re.Match, verb: str):
        self.match = match
        self.verb = verb

    def group(self, name):
        return self.verb if name == "verb" else self.match.group(name)

    def start(self):
        return self.match.start()

    def end(self):
        return self.match.end()


def _minutes(number: float, unit: str) -> tuple[int, bool]:
    unit = unit.lower()
    business = bool(_BUSINESS.search(unit))
    if unit.startswith(("分钟", "min")):
        return round(number), business
    if "工作日" in unit or ("day" in unit and business):
        return round(number * 8 * 60), True
    if unit.lstrip("个") in ("天", "日", "自然日") or "day" in unit:
        return round(number * 24 * 60), False
    return round(number * 60), business  # hours


def _severity_of(text: str, shift: int, major_is_second: bool = False) -> str | None:
    """P1..P4 for a sentence: a numbered level (P0-P3 contracts are moved up one: their P0 is our P1),
    else the words that name one. In a contract that grades 紧急 > 重大 > 一般 > 轻微, 重大 is the second."""
    if major_is_second and "重大" in text and "紧急" not in text and not _LEVEL.search(text):
        return "P2"
    if match := _LEVEL.search(text):
        return f"P{min(4, max(1, int(match.group(1)) + shift))}"
    if match := _GRADE.search(text):
        return f"P{'abcd'.index(match.group(1).lower()) + 1}"
    for severity, pattern in _SEVERITY_WORDS:
        if pattern.search(text):
            return severity
    if _OUTAGE.search(text):
        return "P1"
    return None


def _severities_in(text: str, shift: int) -> list[str]:
    """Every level a sentence names ("紧急、重大级别…", "Sev-1 and Sev-2 targets…"), in order."""
    found = [f"P{min(4, max(1, int(m.group(1)) + shift))}" for m in _LEVEL.finditer(text)]
    for severity, pattern in _SEVERITY_WORDS:
        if pattern.search(text) and severity not in found:
            found.append(severity)
    return found


_REST = _any(r"everything else|all other (?:issues|problems|requests|tickets)|其他(?:所有)?(?:问题|故障|请求)")
_CLOCK_RULE = _any(r"时限|时间.{0,4}计算|计算|targets?|times?|periods?|deadlines?")


def _clock_rules(parts: list[Sentence], shift: int) -> dict[str, str]:
    """Clocks a contract sets per level in a sentence of their own: "一级故障的时限按自然时间连续计算",
    "Sev-1 and Sev-2 targets run around the clock"."""
    rules: dict[str, str] = {}
    for sentence in parts:
        text = sentence.text
        if not _CLOCK_RULE.search(text) or _DURATION_ONLY.search(text):
            continue
        clock = "calendar" if _CALENDAR.search(text) else "business" if _BUSINESS.search(text) else None
        if clock is None:
            continue
        for severity in _severities_in(text, shift):
            rules.setdefault(severity, clock)
    return rules


_TABLE_CELL_SPLIT = re.compile(r"\s*[|｜]\s*")


def _table_rows(
    norm: Normalised, shift: int, all_business: bool, major_is_second: bool
) -> tuple[list[tuple], set[int]]:
    """SLA rows from a table written as lines ("级别 | 判定 | 响应时限 | 修复时限"): the header names
    the response and fix columns; each row below gives a level and its durations. Returns the rows
    and the line starts that belong to tables (the sentence reader skips them)."""
    rows: list[tuple] = []
    table_lines: set[int] = set()
    columns: tuple[int | None, int | None] | None = None
    offset = 0
    for line in norm.text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if line.count("|") + line.count("｜") < 2:
            columns = None
            continue
        cells = [cell.lower() for cell in _TABLE_CELL_SPLIT.split(line.strip().strip("|｜"))]
        has_duration = any(_DURATION_ONLY.search(cell) for cell in cells)
        response = next((i for i, cell in enumerate(cells) if re.search(_RESPONSE, cell)), None)
        fix = next((i for i, cell in enumerate(cells) if re.search(_FIX, cell)), None)
        if not has_duration and (response is not None or fix is not None):
            columns = (response, fix)
            table_lines.add(start)
            continue
        if columns is None:
            continue
        table_lines.add(start)
        first = min(i for i in columns if i is not None)
        severity = _severity_of(" ".join(cells[: max(first, 1)]), shift, major_is_second)
        minutes: dict[str, int | None] = {"response": None, "fix": None}
        business = calendar = False
        for slot, index in zip(("response", "fix"), columns, strict=True):
            if index is None or index >= len(cells):
                continue
            if match := _DURATION_ONLY.search(cells[index]):
                value, in_business = _minutes(float(match.group("number")), match.group("unit"))
                minutes[slot] = value
                business = business or in_business or bool(_BUSINESS.search(cells[index]))
                calendar = calendar or bool(_CALENDAR.search(cells[index]))
        if minutes["response"] or minutes["fix"]:
            rows.append((severity, minutes["response"], minutes["fix"], business or all_business, calendar))
    return rows, table_lines


def _nearest(matches: list) -> list:
    """One verb per duration: where several verbs reach the same number, the closest one says what it is."""
    best: dict[int, object] = {}
    for match in matches:
        number_at = match.start("number") if hasattr(match, "re") else match.start()
        # "30分钟内响应" binds tighter than a verb reaching forward over other words.
        tight = not hasattr(match, "re") or match.re is _DURATION_THEN_VERB
        distance = 0 if tight else abs(number_at - match.start("verb"))
        current = best.get(number_at)
        if current is None or distance < current[0]:
            best[number_at] = (distance, match)
    return [match for _distance, match in best.values()]


def extract_sla(norm: Normalised, parts: list[Sentence]) -> list[SlaTerm]:
    all_business = bool(_ALL_BUSINESS.search(norm.text))
    ack_counts = bool(_ACK_COUNTS.search(norm.text))
    shift = (
        1
        if re.search(r"(?<![a-z0-9])(?:p|sev(?:erity)?[\s-]*|priority[\s-]*)\s*0(?![0-9])", norm.text, re.IGNORECASE)
        else 0
    )
    found: dict[str | None, dict] = {}
    order: list[str | None] = []
    major_is_second = bool(re.search(r"紧急", norm.text) and re.search(r"重大(?!故障|事故)", norm.text))
    table, table_lines = _table_rows(norm, shift, all_business, major_is_second)
    for severity, response, fix, business, calendar in table:
        if severity not in found:
            found[severity] = {"response": response, "fix": fix, "business": business, "calendar": calendar}
            order.append(severity)
    heading: str | None = None  # a severity named by a line of its own (a heading) applies to the lines below
    verb_context = ""
    line_severity: tuple[int, str | None, int] = (-1, None, 0)  # a level named earlier in the same line
    for sentence in parts:
        line_start = norm.text.rfind("\n", 0, sentence.start) + 1
        if line_start in table_lines:
            continue
        severity = _severity_of(sentence.text, shift, major_is_second)
        joined = line_severity[0] == line_start and re.search(r"[;；]", norm.text[line_severity[2] : sentence.start])
        if severity is None and joined:
            severity = line_severity[1]  # "Sev-1: response within 30 minutes; restoration within 4 hours"
        if severity is not None:
            line_severity = (line_start, severity, sentence.end)
        verb_led = (_VERB_THEN_DURATION.match(sentence.text, verb.start()) for verb in _VERB.finditer(sentence.text))
        matches = [
            match
            for match in (*_DURATION_THEN_VERB.finditer(sentence.text), *(m for m in verb_led if m))
            if not _negated(sentence.text, match.start("verb"))
        ]
        matches = _nearest(matches)
        if not matches and severity is not None and verb_context:
            # "Response targets: Sev-1 within 15 minutes; Sev-2 within 2 hours": the verb was said once.
            matches = [_Implied(m, verb_context) for m in _DURATION_ONLY.finditer(sentence.text)]
        if _RESPONSE_HEADING.search(sentence.text):
            verb_context = "response"
        elif sentence.text.strip() and not matches:
            verb_context = ""
        if not matches:
            heading = severity if severity is not None else heading
            continue
        if severity is None and _REST.search(sentence.text) and any(order):
            known = [int(level[1]) for level in order if level]
            severity = f"P{min(4, max(known) + 1)}"  # "Everything else: …" after the named levels
        if severity is None:
            severity = heading
        else:
            heading = None
        entry = found.get(severity)
        if entry is None:
            entry = found[severity] = {"response": None, "fix": None, "business": False, "calendar": False}
            order.append(severity)
        for match in sorted(matches, key=lambda m: m.start()):
            minutes, business = _minutes(float(match.group("number")), match.group("unit"))
            verb = match.group("verb").lower()
            window = sentence.text[max(0, match.start() - 12) : match.end() + 12]
            business = business or bool(_BUSINESS.search(window)) or all_business
            is_fix = bool(re.match(_FIX, verb, re.IGNORECASE))
            slot = "fix" if is_fix else "response"
            if entry[slot] is None:
                entry[slot] = minutes
                entry["business"] = entry["business"] or business
            entry["calendar"] = entry["calendar"] or bool(_CALENDAR.search(window))
    rules = _clock_rules(parts, shift)
    terms = []
    for severity in order:
        entry = found[severity]
        clock = "business" if entry["business"] and not entry["calendar"] else "calendar"
        clock = rules.get(severity, clock) if severity else clock
        terms.append(SlaTerm(severity, entry["response"], entry["fix"], clock, ack_counts))
    return terms


# --- renewal ------------------------------------------------------------------------------------------
_RENEWAL = _any(
    r"续(?:费|约|期|签|订)",
    r"renew",
    r"(?:合同|协议|服务)(?:期限|有效期)",
    r"(?:支持|服务|维护|合同|协议)期?(?:限)?(?:为|是)?\s*\d+\s*(?:个)?(?:年|月)",
    r"terminat\w* .{0,30}\d+\s*days?'?\s*(?:prior\s+|advance\s+)?(?:written\s+)?notice",
    r"(?:initial |service )?term (?:of|is)",
    r"(?:valid|effective) for",
    r"expir",
)
_RENEWAL_TERMS = _any(r"续(?:费|约|期|签|订)", r"renew")
_CAP = re.compile(
    r"(?:(?:上涨|涨幅|增长|增幅|上调|上浮|调整|提高)(?:幅度)?.{0,12}?(?:不超过|不高于|最高|上限为?|以内)\s*(?P<a>\d+(?:\.\d+)?)\s*%)"
    r"|(?:(?:increase|rise|uplift|adjust\w*)[^.%]{0,50}?"
    r"(?:not exceed|no more than|capped at|at most|maximum of|up to|limited to)\s*(?P<b>\d+(?:\.\d+)?)\s*%)"
    r"|(?:(?P<c>\d+(?:\.\d+)?)\s*%\s*(?:cap|maximum increase))"
    r"|(?:(?:may|will|shall) not (?:rise|increase|go up|exceed[^.%]{0,60}?) by more than\s*(?P<d>\d+(?:\.\d+)?)\s*%)"
    r"|(?:increase at renewal will not exceed\s*(?P<e>\d+(?:\.\d+)?)\s*%)",
    re.IGNORECASE,
)
_OPEN_PRICE = _any(
    r"届时(?:公布|发布|的)?(?:的)?(?:价格|报价|收费标准|市场价)",
    r"以乙方(?:届时|当时|最新)",
    r"按(?:照)?(?:乙方)?(?:届时|当时|最新)(?:的)?(?:价格|报价|标准)",
    r"由乙方(?:另行)?(?:确定|决定)(?:续费)?价格",
    r"then[- ]current (?:list )?(?:price|rates?|pricing|fees?|terms)",
    r"prevailing (?:price|rates?|fees?)",
    r"price (?:in effect|applicable) at the time of renewal",
    r"price shown on .{0,30}pricing page",
    r"then[- ]prevailing",
    r"(?:renew\w*|续(?:费|约|期)).{0,40}"
    r"(?:(?:its|the vendor'?s|the supplier'?s) (?:sole )?discretion|由乙方(?:自行)?决定)",
)
_NOTICE = re.compile(
    r"(?:提前|至少提前)\s*(?P<a>\d+)\s*(?:个)?(?:天|日|工作日|自然日)(?:以?书面)?(?:通知|告知|提出)"
    r"|(?P<b>\d+)\)?\s*days?'?\s*(?:prior\s+|advance\s+)?(?:written\s+)?notice"
    r"|notice[^.]{0,30}?(?:at least|no (?:less|fewer) than)\s*(?P<c>\d+)\s*days"
    r"|(?:到期|期满)(?:之)?前\s*(?P<d>\d+)\s*(?:个)?(?:天|日|工作日|自然日)(?=[^。；]{0,20}(?:通知|告知|书面|提出))"
    r"|(?P<e>\d+)\)?\s*days? before (?:the )?(?:end|expiry|expiration|renewal|next billing)",
    re.IGNORECASE,
)
_NOTICE_MONTHS = re.compile(r"(?P<n>\d+|one|two|three|six)\s*months?'?s?\s*(?:prior |advance |written )*notice", re.I)
_NO_INCREASE = _any(
    r"(?:续签|续费|续约|续期)(?:的)?(?:费用|价格).{0,6}(?:不高于|不超过|等于|与)(?:首年|上一?年度?|原|当期)",
    r"renew\w* .{0,40}(?:at|for) the same (?:price|fee)",
    r"(?:price|fee)s? (?:will|shall) not (?:increase|change) (?:on|at|upon) renewal",
)
_AUTO_RENEW = _any(
    r"自动(?:续约|续期|续签|续订|延续|顺延)",
    r"(?:shall |will )?(?:be )?automatically (?:renew|extend)",
    r"auto-?renew",
    r"renews? automatically",
    r"renews? for (?:an? )?(?:successive|additional|further)",
    r"renews? (?:monthly|annually|yearly|each (?:month|year)|every (?:month|year))",
)
_NO_AUTO_RENEW = _any(
    r"不(?:会)?自动(?:续约|续期|续签|顺延)", r"(?:shall|will|does) not (?:be )?automatically (?:renew|extend)"
)


_NOTICE_CONTEXT = _any(r"续|到期|期满|终止|解除|不再合作|renew|terminat|expir|end of the (?:term|agreement)|cancel")


def extract_renewal(text: str, parts: list[Sentence] | None = None) -> Renewal:
    """Renewal terms of the (normalised) text; the notice period only where a sentence
    speaks of renewal or ending (a notice period for staff changes is not one)."""
    cap = None
    if match := _CAP.search(text):
        cap = float(next(group for group in match.groups() if group))
    notice = None
    if cap is None and _NO_INCREASE.search(text):
        cap = 0.0
    words = {"one": 1, "two": 2, "three": 3, "six": 6}
    for sentence in [s.text for s in parts] if parts is not None else [text]:
        if not _NOTICE_CONTEXT.search(sentence):
            continue
        if match := _NOTICE.search(sentence):
            notice = int(next(group for group in match.groups() if group))
            break
        if match := _NOTICE_MONTHS.search(sentence):
            months = match["n"].lower()
            notice = 30 * (int(months) if months.isdigit() else words[months])
            break
    auto = bool(_AUTO_RENEW.search(text)) and not _NO_AUTO_RENEW.search(text)
    open_price = bool(_OPEN_PRICE.search(text))
    return Renewal(
        cap_percent=None if open_price and cap is None else cap,
        notice_days=notice,
        auto_renew=auto,
        open_price=open_price,
    )


# --- ownership of custom code -------------------------------------------------------------------------
_CUSTOM = _any(
    r"定制(?:开发)?",
    r"二次开发",
    r"开发成果",
    r"为甲方(?:定制|专门)?开发",
    r"专属功能",
    r"(?:custom|bespoke) \w+",
    r"built for the (?:customer|client)",
    r"work product",
    r"deliverables",
    r"modifications",
    r"customi[sz]ations?",
    r"custom (?:work|features?|modules?)",
    r"code written for (?:this|the) project",
    r"derivative works?",
    r"developed at the (?:customer|client|buyer)'?s? request",
)
_OWNS = _any(
    r"(?:知识产权|所有权|著作权|版权|权利)?(?:归|属于|由)",
    r"own(?:ed|ership|s)?",
    r"property",
    r"vest",
    r"assign",
    r"remains? with",
    r"intellectual property",
    r"transfers? to",
    r"belongs? to",
    r"ownership is",
    r"used by both parties",
)
_VENDOR_PARTY = _any(
    r"归(?:属)?(?:于)?乙方",
    r"属于乙方",
    r"乙方(?:享有|拥有|所有)",
    r"归(?:供应商|服务方|开发方|卖方)",
    r"(?:vendor|supplier|developer|provider|licensor|seller)(?:'s)? (?:shall )?(?:own|retain|remain|keep)",
    r"remains? the (?:vendor|supplier|developer|provider|licensor|seller)'?s",
    r"(?:is|are|becomes?) the property of (?:the )?(?:vendor|supplier|developer|provider|licensor|seller)",
    r"(?:property of|vest in|owned by|belong to|remains? with) "
    r"the (?:vendor|supplier|developer|provider|licensor|seller)",
)
_CUSTOMER_PARTY = _any(
    r"归(?:属)?(?:于)?甲方",
    r"属于甲方",
    r"甲方(?:享有|拥有|所有)",
    r"归(?:客户|委托方|买方)",
    r"(?:customer|client|buyer)(?:'s)? (?:shall )?(?:own|retain)",
    r"transfers? to the (?:customer|client|buyer|licensee)",
    r"vests? in (?:the )?(?:customer|client|buyer|licensee)",
    r"belongs? to the (?:customer|client|buyer|licensee)",
    r"(?:property of|vest in|owned by|belong to|assigned to|become) the (?:customer|client|buyer)",
    r"the (?:customer|client|buyer)'s property",
)
_SHARED_PARTY = _any(
    r"双方共(?:同)?(?:所有|享有|拥有|有)",
    r"共同所有",
    r"jointly owned",
    r"joint(?:ly)? ownership",
    r"both parties (?:jointly )?own",
    r"ownership is shared",
    r"used by both parties",
    r"甲乙双方共(?:同)?(?:所有|享有|拥有|有)",
)


def _ownership(parts: list[Sentence]) -> tuple[str | None, Sentence | None]:
    """("customer" | "vendor" | "shared", the sentence) for the custom code, or (None, None)."""
    for sentence in parts:
        if not (_CUSTOM.search(sentence.text) and _OWNS.search(sentence.text)):
            continue
        if _SHARED_PARTY.search(sentence.text):
            return "shared", sentence
        if _VENDOR_PARTY.search(sentence.text):
            return "vendor", sentence
        if _CUSTOMER_PARTY.search(sentence.text):
            return "customer", sentence
    return None, None


# --- putting it together ------------------------------------------------------------------------------
def _item(key, status, original, norm, sentence=None, flag="", note=None) -> Item:
    excerpt, start, end = "", None, None
    if sentence is not None:
        raw = norm.span(sentence.start, sentence.end, original)
        excerpt = raw.strip()
        start = norm.origin[sentence.start] + (len(raw) - len(raw.lstrip()))
        end = norm.origin[min(sentence.end, len(norm.origin)) - 1] + 1 - (len(raw) - len(raw.rstrip()))
    if note is None:
        note = RedFlag(flag).label if flag else NOTES[status]
    return Item(key, status, bool(flag), flag, excerpt[:400], note, start, end)


def _first(parts: list[Sentence], pattern: re.Pattern | None) -> Sentence | None:
    if pattern is None:
        return None
    return next((s for s in parts if pattern.search(s.text)), None)


_LIST_GAP = re.compile(r"^[\s,，、]*(?:or|and|nor|或|和|及)?[\s,，、]*$")


def _first_red(parts: list[Sentence], rule: Rule) -> Sentence | None:
    if rule.red is None:
        return None
    for sentence in parts:
        negated_until = -1  # "no component is obfuscated, encrypted or …": the negation runs down the list
        for match in rule.red.finditer(sentence.text):
            in_list = negated_until >= 0 and _LIST_GAP.match(sentence.text[negated_until : match.start()])
            if rule.negatable and (in_list or _negated(sentence.text, match.start())):
                negated_until = match.end()
                continue
            return sentence
    return None


def _general(key: str, rule: Rule, original: str, norm: Normalised, parts: list[Sentence]) -> Item:
    red = _first_red(parts, rule)
    if red is not None:
        return _item(key, WEAK, original, norm, red, rule.flag)
    candidates = [s for s in parts if rule.present.search(s.text)]
    if not candidates:
        return _item(key, MISSING, original, norm)
    weak = next((s for s in candidates if rule.weak and rule.weak.search(s.text)), None)
    if weak is not None:
        return _item(key, WEAK, original, norm, weak)
    return _item(key, PRESENT, original, norm, candidates[0])


def analyze(text: str) -> Analysis:
    """Suggestions for every checklist item of a contract's text (see the module docstring)."""
    text = text or ""
    norm = normalise(text)
    parts = sentences(norm)
    sla = extract_sla(norm, parts)
    renewal = extract_renewal(norm.text, parts)
    items: dict[str, Item] = {}
    for key, rule in RULES.items():
        items[key] = _general(key, rule, text, norm, parts)

    # Service list: named channels and items, not just "technical support" or "best effort".
    anchor = _first(parts, _SERVICE_ANCHOR)
    specific = [s for s in parts if _SERVICE_SPECIFIC.search(s.text) and _SERVICE_SUPPORT.search(s.text)]
    generic = _first(parts, _SERVICE_GENERIC)
    vague = next((s for s in specific if _SERVICE_VAGUE.search(s.text)), None)
    if specific and vague is None:
        items["service_list"] = _item("service_list", PRESENT, text, norm, anchor or specific[0])
    elif vague is not None or anchor is not None or generic is not None:
        items["service_list"] = _item("service_list", WEAK, text, norm, vague or anchor or generic)
    else:
        items["service_list"] = _item("service_list", MISSING, text, norm)

    # SLA numbers: promised times per severity; vague words or an auto-reply counting as the response weaken them.
    sla_sentence = next(
        (s for s in parts if _DURATION_THEN_VERB.search(s.text) or _VERB_THEN_DURATION.search(s.text)), None
    )
    if not any(term.response_minutes or term.fix_minutes for term in sla):
        vague = _first(parts, _VAGUE_SLA)
        items["sla_numbers"] = _item(
            "sla_numbers", MISSING if vague is None else WEAK, text, norm, vague, "no_sla_numbers"
        )
    elif any(term.acknowledgement_counts for term in sla):
        items["sla_numbers"] = _item("sla_numbers", WEAK, text, norm, _first(parts, _ACK_COUNTS) or sla_sentence)
    elif not any(term.fix_minutes for term in sla):
        # Response times alone: the vendor answers fast and fixes whenever it likes.
        items["sla_numbers"] = _item("sla_numbers", WEAK, text, norm, sla_sentence)
    else:
        items["sla_numbers"] = _item("sla_numbers", PRESENT, text, norm, sla_sentence)

    # Term and renewal: an open renewal price is a red flag; a term without a renewal mechanism
    # (a cap, a notice period or automatic renewal), or with a price "to be agreed", is weak.
    renewal_sentence = _first(parts, _RENEWAL)
    if renewal.open_price:
        items["term_renewal"] = _item(
            "term_renewal", WEAK, text, norm, _first(parts, _OPEN_PRICE), "renewal_price_open"
        )
    elif renewal_sentence is None:
        items["term_renewal"] = _item("term_renewal", MISSING, text, norm)
    elif renewal.cap_percent is not None:
        items["term_renewal"] = _item("term_renewal", PRESENT, text, norm, _first(parts, _CAP))
    elif (renewal.notice_days or renewal.auto_renew) and not _first(
        parts, re.compile(f"(?:{_RENEWAL_TERMS.pattern}).*(?:{VAGUE})", re.I)
    ):
        items["term_renewal"] = _item(
            "term_renewal", PRESENT, text, norm, _first(parts, _RENEWAL_TERMS) or renewal_sentence
        )
    else:
        items["term_renewal"] = _item(
            "term_renewal", WEAK, text, norm, _first(parts, _RENEWAL_TERMS) or renewal_sentence
        )

    # Third-party services: present when the services are named, weak when only "third-party costs" are.
    third = items["third_party_costs"]
    if third.status == PRESENT:
        named = next(
            (
                s
                for s in parts
                if RULES["third_party_costs"].present.search(s.text) and _THIRD_PARTY_NAMED.search(s.text)
            ),
            None,
        )
        if named is None:
            generic = _first(parts, RULES["third_party_costs"].present)
            items["third_party_costs"] = _item("third_party_costs", WEAK, text, norm, generic)

    # Exit: handing over data alone, with no source code or escrow, leaves us stranded.
    if items["exit_terms"].status == PRESENT:
        exits = [s for s in parts if RULES["exit_terms"].present.search(s.text)]
        if not any(_EXIT_SOURCE.search(s.text) for s in exits):
            items["exit_terms"] = _item("exit_terms", WEAK, text, norm, exits[0])

    # Ownership of the custom code.
    owner, sentence = _ownership(parts)
    if owner == "vendor":
        items["custom_code_ownership"] = _item(
            "custom_code_ownership", WEAK, text, norm, sentence, "vendor_owns_custom_code"
        )
    elif owner == "customer":
        items["custom_code_ownership"] = _item("custom_code_ownership", PRESENT, text, norm, sentence)
    elif owner == "shared":
        # Jointly owned: the vendor may reuse or sell what we paid for, and we cannot license it alone.
        items["custom_code_ownership"] = _item("custom_code_ownership", WEAK, text, norm, sentence)
    else:
        items["custom_code_ownership"] = _item("custom_code_ownership", MISSING, text, norm)

    return Analysis(language=language_of(text), items=[items[key] for key in KEYS], sla=sla, renewal=renewal)
