"""The default evaluation checklist, version 2: pure data for the migration that loads it.

No Django imports, so migrations can import it safely. The format is version 1's (see the docstring of
``evaluations.default_template``: answer types, rules, bands, red-flag conditions), plus three fields:

- ``scenarios``: the ``vendors.choices.ScenarioKey`` values a criterion is specific to; ``[]`` means it applies
  to every scenario. A scenario profile boosts its own scenario's criteria and treats the criteria of other
  scenarios as not applicable.
- ``red_flag["severity"]``: ``"critical"`` caps the grade at D (the buyer cannot fix or leave the platform, or
  has no guarantee at all: vendor-owned custom code, encrypted core or licence lock, backdoor, no SLA, an
  undisclosed paid SDK); ``"major"`` caps it at C; ``"warning"`` is shown without a cap.
- ``sources``: where a criterion comes from, so the articles and the issue list can be traced to criteria.
  ``article-1`` is 《直播源码的售后服务保障:开发者最关心的几个核心问题》 (the audio/video cloud practitioner's
  article), ``article-2`` is the article on after-sales services of live-streaming source code (technical
  support, bug fixes, updates, custom development, fees, contract checklist); both are in
  ``shared/domain/``. ``issue-9`` is the list of what an experienced buyer also checks.

Version 2 reviews every version 1 criterion. Keys whose meaning is unchanged are kept (their wording, help or
scoring may be improved); a changed meaning gets a new key, and the old key is not reused:
``fee_model`` became ``support_fee_protection``, ``company_scale`` became ``company_scale_tier`` (the
``CompanyScale`` boundaries), ``sla_response_minutes`` and ``sla_resolution_hours`` became
``sla_critical_response`` and ``sla_critical_resolution`` (with an explicit "not promised" option).

One band per fact: where an answer asks what a recorded fact also measures (``evaluations.objective``), it
scores the same way: releases in the last 12 months, documentation age, in-house support team, a dedicated
contact. Scale questions anchor every point from 1 to 5 in their help text.
"""

from __future__ import annotations

TEMPLATE = {
    "slug": "default",
    "version": 2,
    "name_en": "Live-streaming source-code vendor: after-sales checklist (version 2)",
    "name_zh": "直播源码供应商售后评估清单（第 2 版）",
    "description_en": (
        "Evidence-based checks of a vendor's after-sales support in ten dimensions, from response speed to "
        "pricing and credibility. Version 2 adds what experienced buyers also check: complete source and "
        "lock-in, third-party costs, compliance, launch support, secondary development, peak events, escalation, "
        "vendor viability, security and voice chat rooms. Red lines are graded: critical ones cap the grade at D, "
        "major ones at C, warnings are shown without a cap."
    ),
    "description_zh": (
        "从响应速度到价格与可信度，分十个维度用证据考察供应商的售后服务。第 2 版补充了资深买家还会核查的内容："
        "源码完整性与绑定风险、第三方服务费用、合规、上线支持、二次开发、重大活动保障、升级与复盘、供应商存续风险、"
        "安全以及语聊房场景。红线分级：严重红线把评级封顶在 D，重要红线封顶在 C，提示类红线只展示、不封顶。"
    ),
}

CRITERIA: list[dict] = [
    # 1. Response speed: minutes matter; measure with test questions (average and worst case), P0 line, events.
    {
        "key": "test_first_answer_hours",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": ["article-1: 模拟问题测试", "article-2: 技术支持服务"],
        "question_en": ("Before signing, how many hours on average did the vendor take to answer your test questions?"),
        "question_zh": "签约前发出的技术测试问题，供应商平均多少小时给出第一条人工回复？",
        "help_en": (
            "Send three or more real, non-trivial questions through the official channel and time "
            "them. Good: an engineer replies within an hour; bad: an auto-reply, then silence "
            "until the next day. The slowest answer has its own question below: an average hides "
            "the one nobody picked up."
        ),
        "help_zh": (
            "通过官方渠道发出至少三个有难度的真实问题并计时。好：一小时内有工程师回复；"
            "差：只有自动回复，第二天才有人理。最慢的那一次在下一题单独填写，"
            "平均值会把没人接的问题掩盖掉。"
        ),
        "answer_type": "number",
        "weight": 5,
        "rule": {
            "unit_en": "hours",
            "unit_zh": "小时",
            "better": "lower",
            "bands": [[1, 100], [4, 80], [8, 55], [24, 25]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "test_slowest_first_answer_hours",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": [
            "article-1: 模拟问题测试",
            "article-1: 技术响应速度",
            "issue-9: worst case of test answers",
        ],
        "question_en": ("Of your test questions, how many hours did the slowest one wait for its first human answer?"),
        "question_zh": "发出的测试问题中，最慢的那个等了多少小时才有人工回复？",
        "help_en": (
            "The 24-hour rule looks at the worst case. Good: even the slowest question was "
            "answered within a few hours; bad: one question sat over a weekend with nobody picking "
            "it up."
        ),
        "help_zh": (
            "24 小时这条红线看的是最坏的一次。好：最慢的问题也在几小时内有人回复；差：有一个问题挂了整个周末都没人理。"
        ),
        "answer_type": "number",
        "weight": 4,
        "rule": {
            "unit_en": "hours",
            "unit_zh": "小时",
            "better": "lower",
            "bands": [[2, 100], [8, 70], [24, 35]],
            "otherwise": 0,
        },
        "red_flag": {
            "label_en": "The slowest test question waited more than 24 hours for a first answer",
            "label_zh": "测试问题中最慢的一次，超过 24 小时才有首次回复",
            "gt": 24,
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "incident_first_response_minutes",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": ["article-1: 技术响应速度"],
        "question_en": (
            "When a live stream went down (for real or in a drill), how many minutes passed before an engineer replied?"
        ),
        "question_zh": "直播故障（真实发生或演练）出现后，多少分钟内有工程师回复？",
        "help_en": (
            "Count from your report to the first message from someone who can act; bots and sales "
            "reps do not count. Good: under 15 minutes at any hour; bad: over an hour, or only "
            "during office hours."
        ),
        "help_zh": (
            "从报障开始计时，到能处理问题的人发来第一条消息为止，机器人和销售的回复不算。"
            "好：任何时段 15 分钟内；差：超过一小时，或只有上班时间才有人。"
        ),
        "answer_type": "number",
        "weight": 5,
        "rule": {
            "unit_en": "minutes",
            "unit_zh": "分钟",
            "better": "lower",
            "bands": [[15, 100], [30, 80], [60, 60], [240, 25], [1440, 5]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "response_meaning",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": ["article-2: Bug修复服务"],
        "question_en": "What does the vendor's promised 'response' actually deliver?",
        "question_zh": "供应商承诺的“响应”实际包含什么？",
        "help_en": (
            "Ask them to walk you through a past incident. Good: an engineer starts diagnosing at "
            "once and offers a workaround; bad: 'response' only means the ticket was marked as "
            "received."
        ),
        "help_zh": (
            "请对方用一次过往故障讲解处理流程。好：工程师接手即开始排查并给出临时方案；"
            "差：所谓响应只是把工单标记为“已受理”。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "receipt_only",
                    "label_en": "Acknowledgement only (ticket received)",
                    "label_zh": "仅确认收到（工单已受理）",
                    "score": 10,
                },
                {
                    "key": "human_triage",
                    "label_en": "An engineer reads it and asks for logs",
                    "label_zh": "工程师查看问题并索要日志",
                    "score": 60,
                },
                {
                    "key": "diagnosis_workaround",
                    "label_en": "Active diagnosis with a workaround",
                    "label_zh": "立即排查并给出临时方案",
                    "score": 100,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "response_fix_defined",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": ["article-2: Bug修复服务", "article-2: 合同条款·服务内容清单"],
        "question_en": "Does the contract define in writing what 'response' and 'fix' each mean?",
        "question_zh": "合同是否书面定义了“响应”和“修复”分别指什么？",
        "help_en": (
            "Good: 'response = an engineer starts work; fix = code corrected and deployed, a "
            "workaround does not count'. Bad: '24 h response, 48 h fix' with no definitions."
        ),
        "help_zh": (
            "好：写明“响应＝工程师开始处理；修复＝代码修正并上线，临时绕过不算”。"
            "差：只写“24 小时响应、48 小时修复”，没有任何定义。"
        ),
        "answer_type": "yes_no",
        "weight": 4,
        "rule": {"yes": 100, "no": 0},
        "red_flag": {
            "label_en": "No written definition of 'response' vs 'fix'",
            "label_zh": "合同未书面区分“响应”与“修复”",
            "equals": "no",
            "severity": "warning",
        },
        "na_allowed": False,
    },
    {
        "key": "off_hours_coverage",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": ["article-1: 技术响应速度", "article-2: 技术支持服务", "issue-9: new red flags"],
        "question_en": "Who picks up a live incident at night, at weekends and on public holidays?",
        "question_zh": "夜间、周末和节假日出现直播故障时，由谁处理？",
        "help_en": (
            "Live platforms peak in the evening and on holidays. Good: a named on-call engineer on "
            "a published rota; bad: 'we will handle it on the next working day'."
        ),
        "help_zh": (
            "直播的流量高峰恰恰在晚上和节假日。好：有公开排班表，"
            "节假日和调休期间也有指定值班工程师；差：“下个工作日再处理”。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "on_call_engineer",
                    "label_en": "On-call engineer on a rota",
                    "label_zh": "值班工程师轮流值守",
                    "score": 100,
                },
                {
                    "key": "relay_by_service",
                    "label_en": "Customer service relays to engineers",
                    "label_zh": "客服接单后转给工程师",
                    "score": 50,
                },
                {
                    "key": "next_working_day",
                    "label_en": "Next working day",
                    "label_zh": "下个工作日处理",
                    "score": 10,
                },
                {
                    "key": "no_coverage",
                    "label_en": "Nobody",
                    "label_zh": "无人处理",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Nobody handles incidents out of office hours on a platform that runs 24/7",
            "label_zh": "平台 7×24 小时运营，非工作时间却无人处理故障",
            "any_of": ["next_working_day", "no_coverage"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "test_answer_quality",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": ["article-1: 模拟问题测试"],
        "question_en": "How precise were the answers to your test questions?",
        "question_zh": "测试问题的回答有多专业、准确？",
        "help_en": (
            "1 = evasive, or boilerplate that misses the point; 2 = generic advice anyone could "
            "give (restart, reinstall, check your network); 3 = right direction, but stays at the "
            "configuration level; 4 = names the module or setting involved and gives a fix that "
            "works; 5 = points to the code path, explains the root cause and how to keep it from "
            "coming back."
        ),
        "help_zh": (
            "1 = 含糊其辞、套话连篇，答非所问；2 = 只有“重启试试”“检查一下网络”这类放之四海皆准"
            "的建议；3 = 方向对，但停留在配置层面；4 = 指出相关模块或参数，给的办法确实管用；"
            "5 = 定位到具体代码，讲清根因，并说明以后怎么避免。"
        ),
        "answer_type": "scale",
        "weight": 4,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "p0_hotline",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": ["issue-9: escalation", "article-1: 技术响应速度（值班制度）"],
        "question_en": "Is there a phone line for P0 incidents that reaches an engineer at any hour?",
        "question_zh": "是否有 P0 故障专线电话，任何时段拨打都能直接找到工程师？",
        "help_en": (
            "Good: a number written in the contract, answered by the on-call engineer within "
            "minutes, and you have rung it once at night to check; bad: the sales rep's mobile, or "
            "a hotline that only takes messages."
        ),
        "help_zh": (
            "好：号码写进合同，值班工程师几分钟内接听，你在夜里实际打过一次验证；"
            "差：只有销售的手机号，或者打过去只能留言。"
        ),
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "event_assurance",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": ["issue-9: peak and event assurance", "article-2: 活动直播时客户端崩溃"],
        "question_en": ("What does the vendor do for your big events (promotions, anniversaries, top hosts' shows)?"),
        "question_zh": "你方举办重大活动（大促、周年庆、头部主播专场）时，供应商提供什么保障？",
        "help_en": (
            "Good: a check of capacity and settings before the event, scaling advice, and named "
            "engineers watching the tech group during it; bad: 'contact us as usual if anything "
            "happens'."
        ),
        "help_zh": (
            "好：活动前帮你检查容量和配置、给出扩容建议，"
            "活动期间有指定工程师在技术对接群里盯守；差：“有问题照常联系我们”。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "check_and_watch",
                    "label_en": "Pre-event check, engineers watching during the event",
                    "label_zh": "活动前检查，活动期间工程师专人值守",
                    "score": 100,
                },
                {
                    "key": "on_call",
                    "label_en": "Engineers on call during the event, no pre-check",
                    "label_zh": "活动期间工程师随时待命，但不做事前检查",
                    "score": 60,
                },
                {
                    "key": "pre_check_only",
                    "label_en": "Pre-event check only",
                    "label_zh": "只做活动前检查",
                    "score": 40,
                },
                {
                    "key": "normal_support",
                    "label_en": "Normal support only",
                    "label_zh": "按日常售后处理",
                    "score": 10,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "test_transcript",
        "dimension": "response_speed",
        "scenarios": [],
        "sources": ["article-1: 模拟问题测试"],
        "question_en": "Paste the test questions you sent and the vendor's replies, with timestamps.",
        "question_zh": "粘贴你发出的测试问题和供应商的回复，并附上时间。",
        "help_en": ("Note the channel used and who answered (engineer, sales or bot); attach screenshots as evidence."),
        "help_zh": "注明使用的渠道和回复人身份（工程师、销售或机器人），可附截图作为证据。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    # 2. Support channels and depth: code level, third parties, launch, compliance, scenario tuning.
    {
        "key": "support_channel",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["article-2: 技术支持服务"],
        "question_en": "What is the fastest channel for reaching technical support?",
        "question_zh": "联系技术支持最快的渠道是什么？",
        "help_en": (
            "Good: a shared WeCom or DingTalk group where engineers, sales and product people all "
            "answer; bad: a ticket form that someone checks once a day."
        ),
        "help_zh": (
            "好：企业微信或钉钉上有技术对接群，工程师、销售和产品经理都在群里，问题当场有人接；"
            "差：只有工单系统，一天才看一次。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "ticket_only",
                    "label_en": "Ticket system only",
                    "label_zh": "仅工单系统",
                    "score": 10,
                },
                {
                    "key": "email_phone",
                    "label_en": "Email or phone hotline",
                    "label_zh": "邮件或电话热线",
                    "score": 35,
                },
                {
                    "key": "instant_message",
                    "label_en": "One-to-one WeCom / DingTalk chat",
                    "label_zh": "企业微信 / 钉钉一对一沟通",
                    "score": 70,
                },
                {
                    "key": "shared_group",
                    "label_en": "Group chat with engineers, sales and product",
                    "label_zh": "技术对接群（技术、销售、产品都在群里）",
                    "score": 100,
                },
            ],
        },
        "red_flag": {
            "label_en": "Support through tickets only",
            "label_zh": "只能通过工单联系售后",
            "any_of": ["ticket_only"],
            "severity": "warning",
        },
        "na_allowed": False,
    },
    {
        "key": "dedicated_contact",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["article-2: 技术支持服务", "issue-9: consistency"],
        "question_en": "Is a named technical contact assigned to your account?",
        "question_zh": "是否为你指定了专属技术对接人？",
        "help_en": (
            "Good: one engineer who knows your deployment and can be messaged directly; bad: "
            "whoever is on shift, so you describe the problem from scratch every time."
        ),
        "help_zh": "好：有一位熟悉你们部署情况、可以直接联系的工程师；差：谁值班谁接，每次都得从头描述问题。",
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 20},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "code_level_support",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["article-2: 技术支持服务"],
        "question_en": "How far does support go when the problem is in the code?",
        "question_zh": "问题出在代码层面时，售后能支持到什么程度？",
        "help_en": (
            "Good: they trace the fault into the source and fix the root cause; bad: they only "
            "explain admin settings and call anything deeper 'your own modification'."
        ),
        "help_zh": ("好：能深入源码定位并修复根因；差：只教后台怎么配置，一涉及代码就推说是“你们自己改出来的问题”。"),
        "answer_type": "single",
        "weight": 5,
        "rule": {
            "options": [
                {
                    "key": "config_only",
                    "label_en": "Configuration and usage only",
                    "label_zh": "只管配置和使用",
                    "score": 0,
                },
                {
                    "key": "workaround_only",
                    "label_en": "Suggests workarounds, no code changes",
                    "label_zh": "只给绕过方案，不改代码",
                    "score": 40,
                },
                {
                    "key": "code_level",
                    "label_en": "Locates and fixes the root cause in code",
                    "label_zh": "深入代码定位并修复根因",
                    "score": 100,
                },
            ],
        },
        "red_flag": {
            "label_en": "Support stops at configuration; code-level problems refused",
            "label_zh": "售后只管配置，拒绝处理代码层面的问题",
            "any_of": ["config_only"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "remote_assistance",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["article-2: 技术支持服务"],
        "question_en": "Which kinds of remote help has the vendor actually given when something broke?",
        "question_zh": "排查故障时，供应商能提供哪些远程协助？",
        "help_en": (
            "Tick only what they have actually done for you or a reference customer. Strong "
            "support logs in (with your consent), reads your logs and sends a written root-cause "
            "report afterwards."
        ),
        "help_zh": (
            "只勾选对你或参考客户真正做过的。靠谱的售后会在你授权后远程登录、分析日志，事后出具书面故障原因报告。"
        ),
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "remote_login",
                    "label_en": "Remote login to your servers (with consent)",
                    "label_zh": "经授权远程登录服务器排查",
                    "score": 30,
                },
                {
                    "key": "log_analysis",
                    "label_en": "Analysis of your logs and monitoring",
                    "label_zh": "分析日志与监控数据",
                    "score": 25,
                },
                {
                    "key": "screen_share",
                    "label_en": "Screen-share debugging sessions",
                    "label_zh": "屏幕共享联调",
                    "score": 15,
                },
                {
                    "key": "root_cause_report",
                    "label_en": "Written root-cause report after incidents",
                    "label_zh": "故障后出具书面原因分析报告",
                    "score": 30,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "show_quality_tuning",
        "dimension": "support_depth",
        "scenarios": ["show-live"],
        "sources": ["article-1: 秀场直播场景"],
        "question_en": "How well can support tune picture quality, encoder settings and beauty filters?",
        "question_zh": "售后在画质、编码参数和美颜效果调优方面的能力如何？",
        "help_en": (
            "Matters most for show streaming (single host, co-hosting, PK, multi-host). 1 = 'just "
            "use the defaults'; 2 = sends a generic parameter sheet; 3 = changes bitrate and "
            "resolution when asked, without measuring; 4 = tunes encoder presets and beauty "
            "parameters on your main devices; 5 = tunes per device tier and shows before/after "
            "recordings with bitrate and frame-rate figures."
        ),
        "help_zh": (
            "秀场直播（单主播、连麦、PK、多人连屏）最看重这一项。1 = 只说“用默认参数就行”；"
            "2 = 发一份通用参数表了事；3 = 按你的要求改码率和分辨率，但不做测量；"
            "4 = 针对你的主力机型调编码档位和美颜参数；5 = 按高、中、低端机型分档调优，"
            "并给出调整前后的录屏和码率、帧率数据。"
        ),
        "answer_type": "scale",
        "weight": 3,
        "rule": {},
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "weak_network_tuning",
        "dimension": "support_depth",
        "scenarios": ["1v1-social"],
        "sources": ["article-1: 1V1社交场景"],
        "question_en": "How well can support diagnose end-to-end latency and weak-network stalls?",
        "question_zh": "售后排查端到端延迟和弱网卡顿的能力如何？",
        "help_en": (
            "Key for 1v1 video social. 1 = blames the user's network; 2 = asks for a screen "
            "recording but cannot explain it; 3 = reads client logs and points to the segment that "
            "fails; 4 = reproduces packet loss and jitter in a lab and breaks latency down hop by "
            "hop; 5 = as 4, then tunes retransmission, bitrate adaptation or node routing and "
            "shows the improvement in numbers."
        ),
        "help_zh": (
            "1v1 视频社交的关键能力。1 = 一律归咎于用户网络差；2 = 要了录屏却说不出原因；"
            "3 = 会看客户端日志，能指出哪一段出了问题；4 = 能在实验环境模拟丢包和抖动，"
            "逐段拆解延迟；5 = 在 4 的基础上调整重传、码率自适应或节点调度，并用数据证明效果。"
        ),
        "answer_type": "scale",
        "weight": 3,
        "rule": {},
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "overseas_local_support",
        "dimension": "support_depth",
        "scenarios": ["overseas"],
        "sources": ["article-1: 出海业务场景"],
        "question_en": "What technical support is available in your target overseas region?",
        "question_zh": "在你的目标海外地区，能获得什么样的技术支持？",
        "help_en": (
            "For Southeast Asia, the Middle East, Europe or the US. Good: a local team or partner "
            "working in your time zone; bad: a team in China that only answers during Beijing "
            "office hours."
        ),
        "help_zh": (
            "适用于东南亚、中东、欧美等出海市场。好：当地有团队或合作伙伴，按你的时区提供服务；"
            "差：只有国内团队，仅在北京时间上班时回复。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "local_team",
                    "label_en": "Vendor's own local team",
                    "label_zh": "供应商在当地有自有团队",
                    "score": 100,
                },
                {
                    "key": "local_partner",
                    "label_en": "Certified local partner",
                    "label_zh": "当地认证合作伙伴",
                    "score": 75,
                },
                {
                    "key": "remote_your_hours",
                    "label_en": "Remote, but covering your time zone",
                    "label_zh": "远程支持，但覆盖你的时区",
                    "score": 50,
                },
                {
                    "key": "china_hours_only",
                    "label_en": "Beijing office hours only",
                    "label_zh": "仅北京时间工作时段",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "overseas_regulation_advice",
        "dimension": "support_depth",
        "scenarios": ["overseas"],
        "sources": ["article-1: 出海业务场景"],
        "question_en": "Can the vendor advise on regional networks and local regulation in your target markets?",
        "question_zh": "供应商能否就目标市场的网络环境和当地监管要求给出建议？",
        "help_en": (
            "Good: concrete answers on local carrier networks, data-residency and content rules, "
            "and app-store review; bad: 'our code works everywhere'."
        ),
        "help_zh": (
            "好：能具体说明当地运营商网络特点、数据存储与内容合规要求以及应用商店审核规则；"
            "差：一句“我们的代码哪里都能用”。"
        ),
        "answer_type": "yes_no",
        "weight": 2,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "third_party_support_boundary",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": [
            "issue-9: third-party dependencies",
            "article-2: Bug修复服务（第三方服务算不算 Bug）",
        ],
        "question_en": (
            "When a problem sits inside a third-party service (RTC, CDN, beauty SDK, IM, SMS, "
            "payment), what does support do?"
        ),
        "question_zh": "问题出在第三方服务（RTC、CDN、美颜 SDK、IM、短信、支付）内部时，售后怎么处理？",
        "help_en": (
            "Good: they reproduce it, collect the evidence and open the case with the provider for "
            "you; bad: 'that is the SDK's problem, ask them yourself'."
        ),
        "help_zh": ("好：先复现、整理证据，再替你向服务商提单并跟进到底；差：“那是 SDK 的问题，你自己去找他们”。"),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "follow_up_with_provider",
                    "label_en": "Diagnose, then follow up with the provider for you",
                    "label_zh": "排查后代你对接服务商并跟进到底",
                    "score": 100,
                },
                {
                    "key": "diagnose_only",
                    "label_en": "Diagnose and tell you whom to contact",
                    "label_zh": "帮你判断问题出在哪，再由你联系服务商",
                    "score": 60,
                },
                {
                    "key": "refer_away",
                    "label_en": "Send you to the provider",
                    "label_zh": "直接让你去找服务商",
                    "score": 10,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "launch_services",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["issue-9: launch support", "article-2: 电商直播案例（上线第一周崩溃）"],
        "question_en": "Which launch tasks does the vendor carry out with your team?",
        "question_zh": "上线阶段，供应商会和你方一起完成哪些工作？",
        "help_en": (
            "Tick what the contract or quote includes. Good: servers, domain, SSL, CDN and push "
            "set up together and checked item by item before launch; bad: a deployment document "
            "and 'good luck'."
        ),
        "help_zh": (
            "按合同或报价单勾选。好：服务器、域名、SSL 证书、CDN、推送都一起配好，"
            "上线前逐项验收；差：丢一份部署文档就不管了。"
        ),
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "servers",
                    "label_en": "Server deployment",
                    "label_zh": "服务器部署",
                    "score": 25,
                },
                {
                    "key": "domain_ssl",
                    "label_en": "Domain and SSL certificates",
                    "label_zh": "域名解析与 SSL 证书",
                    "score": 15,
                },
                {
                    "key": "cdn_streaming",
                    "label_en": "CDN and push/pull streaming setup",
                    "label_zh": "CDN 与推拉流配置",
                    "score": 20,
                },
                {
                    "key": "push_sms_keys",
                    "label_en": "Push, SMS and other third-party keys",
                    "label_zh": "推送、短信等第三方参数配置",
                    "score": 15,
                },
                {
                    "key": "launch_checklist",
                    "label_en": "Pre-launch checklist and load check",
                    "label_zh": "上线前检查清单与压测",
                    "score": 25,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "hypercare_weeks",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["issue-9: launch support", "article-1: 上线第二周并发高峰崩溃"],
        "question_en": "For how many weeks after launch does the vendor give intensive support?",
        "question_zh": "上线后，供应商提供几周的重点保障期？",
        "help_en": (
            "Launch crashes usually come in week one or two. Good: four weeks with an engineer "
            "watching your group and your monitoring; bad: support ends at handover and you queue "
            "with everyone else."
        ),
        "help_zh": (
            "上线事故多发生在第一、二周。好：四周保障期，工程师专门盯你的群和监控；"
            "差：交付即结束，之后和其他客户一起排队。"
        ),
        "answer_type": "number",
        "weight": 3,
        "rule": {
            "unit_en": "weeks",
            "unit_zh": "周",
            "better": "higher",
            "bands": [[4, 100], [2, 70], [1, 40]],
            "otherwise": 0,
        },
        "red_flag": {
            "label_en": "No intensive support after launch",
            "label_zh": "上线后没有重点保障期",
            "lt": 1,
            "severity": "warning",
        },
        "na_allowed": False,
    },
    {
        "key": "app_store_submission",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["issue-9: launch support"],
        "question_en": "How does the vendor help you get the apps into the app stores?",
        "question_zh": "供应商在 App 上架方面能帮上什么忙？",
        "help_en": (
            "Apps built from a common codebase are often rejected by Apple under guideline 4.3 "
            "(spam), and Chinese Android stores ask for a software copyright certificate (软著). "
            "Good: they rework what the reviewer objected to and prepare the 软著 application "
            "material; bad: 'listing is your job'."
        ),
        "help_zh": (
            "同一套源码做出来的 App 常被苹果以 4.3（重复应用 / 马甲包）拒审，"
            "国内安卓商店上架还要求软件著作权登记证书（软著）。"
            "好：按审核意见改界面和功能，并协助准备软著申请材料；差：“上架是你们自己的事”。"
        ),
        "answer_type": "single",
        "weight": 2,
        "rule": {
            "options": [
                {
                    "key": "hands_on",
                    "label_en": "Reworks the app after rejections (4.3 included) and prepares 软著 material",
                    "label_zh": "按审核意见修改（包括 4.3 被拒），并协助准备软著材料",
                    "score": 100,
                },
                {
                    "key": "advice_only",
                    "label_en": "Advice and sample documents only",
                    "label_zh": "只给建议和材料模板",
                    "score": 50,
                },
                {
                    "key": "no_help",
                    "label_en": "No help",
                    "label_zh": "不提供帮助",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "mainland_licences_help",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["issue-9: compliance"],
        "question_en": ("For operating in mainland China, which licences and filings can the vendor help you obtain?"),
        "question_zh": "在中国大陆运营，供应商能协助办理哪些资质和备案？",
        "help_en": (
            "Mark N/A if you do not operate in mainland China. A platform with virtual gifts and "
            "paid content needs far more than an ICP filing. Good: they know which licences your "
            "features trigger and have helped customers obtain them; bad: 'licences are the "
            "customer's business'."
        ),
        "help_zh": (
            "不在中国大陆运营时选 N/A。有虚拟礼物、付费内容的平台，光有 ICP 备案远远不够。"
            "好：清楚你的功能要办哪些资质，并帮其他客户办下来过；差：“资质是客户自己的事”。"
        ),
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "icp",
                    "label_en": "ICP filing or ICP licence",
                    "label_zh": "ICP 备案或 ICP 经营许可证",
                    "score": 20,
                },
                {
                    "key": "edi",
                    "label_en": "EDI licence (memberships, marketplace)",
                    "label_zh": "EDI 许可证（付费会员、电商平台）",
                    "score": 20,
                },
                {
                    "key": "culture_licence",
                    "label_en": "Online culture licence (virtual gifts, live shows)",
                    "label_zh": "网络文化经营许可证（虚拟礼物、演艺直播）",
                    "score": 25,
                },
                {
                    "key": "mlps",
                    "label_en": "Multi-level protection (等保) assessment",
                    "label_zh": "等保测评",
                    "score": 20,
                },
                {
                    "key": "security_assessment",
                    "label_en": "Security assessment filing for live features",
                    "label_zh": "互联网新技术新业务安全评估备案",
                    "score": 15,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "content_moderation",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["issue-9: compliance"],
        "question_en": "What content moderation comes with the platform?",
        "question_zh": "平台自带哪些内容审核能力？",
        "help_en": (
            "Live rooms need both machines and people. Good: machine checks of text, images, voice "
            "and live frames, plus a review back office where your moderators can cut a stream or "
            "ban an account at once; bad: a list of banned words and nothing else."
        ),
        "help_zh": (
            "直播间既要机审，也要人审。好：文字、图片、语音和直播画面都有机器审核，"
            "另有审核后台，审核员可以一键断流、封号；差：只有一张敏感词表。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "machine_and_review",
                    "label_en": "Machine moderation plus a review back office",
                    "label_zh": "机器审核加人工审核后台",
                    "score": 100,
                },
                {
                    "key": "machine_only",
                    "label_en": "Machine moderation, no review back office",
                    "label_zh": "有机器审核，没有人工审核后台",
                    "score": 60,
                },
                {
                    "key": "keywords_only",
                    "label_en": "Banned-word filter only",
                    "label_zh": "只有敏感词过滤",
                    "score": 20,
                },
                {"key": "none", "label_en": "None", "label_zh": "没有", "score": 0},
            ],
        },
        "red_flag": {
            "label_en": "No real content moderation",
            "label_zh": "缺少像样的内容审核能力",
            "any_of": ["keywords_only", "none"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "real_name_verification",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["issue-9: compliance"],
        "question_en": ("Does the platform verify hosts' identities (ID plus a face check) before they can go live?"),
        "question_zh": "主播开播前，平台是否做实名认证（身份证加人脸核验）？",
        "help_en": (
            "Required in mainland China for hosts, and for users who send gifts. Mark N/A outside "
            "mainland China. Good: ID and liveness checks through a licensed provider; bad: a form "
            "where anyone types any name."
        ),
        "help_zh": (
            "在中国大陆，主播必须实名，打赏的用户也要实名。不在大陆运营时选 N/A。"
            "好：接入持牌服务商做身份证加活体核验；差：随便填个名字就能开播。"
        ),
        "answer_type": "yes_no",
        "weight": 2,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "minor_protection",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["issue-9: compliance"],
        "question_en": "Which minor-protection features are built in?",
        "question_zh": "平台内置了哪些未成年人保护功能？",
        "help_en": (
            "Mainland rules forbid minors from sending paid gifts. Mark N/A outside mainland "
            "China. Good: all three, tied to the real-name data; bad: a youth-mode switch that "
            "changes nothing."
        ),
        "help_zh": (
            "大陆监管明确禁止未成年人打赏。不在大陆运营时选 N/A。"
            "好：三项齐全，并和实名信息联动；差：青少年模式只是个摆设开关。"
        ),
        "answer_type": "multi",
        "weight": 2,
        "rule": {
            "options": [
                {
                    "key": "youth_mode",
                    "label_en": "Youth mode",
                    "label_zh": "青少年模式",
                    "score": 35,
                },
                {
                    "key": "no_minor_payments",
                    "label_en": "Minors blocked from gifts and top-ups",
                    "label_zh": "禁止未成年人打赏和充值",
                    "score": 40,
                },
                {
                    "key": "time_limits",
                    "label_en": "Night-time and daily time limits",
                    "label_zh": "夜间和每日使用时长限制",
                    "score": 25,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "pipl_privacy",
        "dimension": "support_depth",
        "scenarios": [],
        "sources": ["issue-9: compliance"],
        "question_en": "Which personal-information protections does the delivered app already have?",
        "question_zh": "交付的 App 在个人信息保护方面已经做到了哪些？",
        "help_en": (
            "Chinese app stores take down apps that collect data before consent (PIPL). Mark N/A "
            "outside mainland China. Good: all four out of the box; bad: the app reads the device "
            "ID before the privacy dialog appears."
        ),
        "help_zh": (
            "国内应用商店会下架未经同意就收集个人信息的 App（个人信息保护法）。"
            "不在大陆运营时选 N/A。好：四项开箱即有；差：隐私弹窗还没出来，"
            "App 就已经在读设备标识。"
        ),
        "answer_type": "multi",
        "weight": 2,
        "rule": {
            "options": [
                {
                    "key": "consent_first",
                    "label_en": "Privacy policy agreed before any data is collected",
                    "label_zh": "首次启动先弹隐私政策，同意后才采集数据",
                    "score": 30,
                },
                {
                    "key": "sdk_list",
                    "label_en": "List of third-party SDKs and what they collect",
                    "label_zh": "第三方 SDK 信息共享清单",
                    "score": 20,
                },
                {
                    "key": "account_deletion",
                    "label_en": "In-app account deletion",
                    "label_zh": "App 内可注销账号",
                    "score": 25,
                },
                {
                    "key": "permissions_on_demand",
                    "label_en": "Permissions asked only when a feature needs them",
                    "label_zh": "权限按需申请，不一次性索取",
                    "score": 25,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "overseas_privacy_compliance",
        "dimension": "support_depth",
        "scenarios": ["overseas"],
        "sources": ["issue-9: compliance", "article-1: 出海业务场景（监管要求）"],
        "question_en": "Which overseas privacy and app-store rules does the app already meet?",
        "question_zh": "App 已满足哪些海外隐私法规和应用商店要求？",
        "help_en": (
            "Good: the vendor shows a customer app live in the EU or the Middle East that passed "
            "these checks; bad: 'nobody checks that'."
        ),
        "help_zh": "好：能拿出已在欧盟或中东上线、通过审核的客户 App；差：“没人查这些”。",
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "gdpr_requests",
                    "label_en": "Consent, data export and erasure requests (GDPR)",
                    "label_zh": "用户同意及数据导出、删除请求（GDPR）",
                    "score": 30,
                },
                {
                    "key": "store_privacy_forms",
                    "label_en": ("App Store privacy labels and Google Play data-safety form filled in truthfully"),
                    "label_zh": "如实填写苹果隐私标签和谷歌数据安全表单",
                    "score": 25,
                },
                {
                    "key": "account_deletion",
                    "label_en": "In-app account deletion (required by Apple)",
                    "label_zh": "App 内注销账号（苹果强制要求）",
                    "score": 20,
                },
                {
                    "key": "data_residency",
                    "label_en": "Data kept in-region where local law requires",
                    "label_zh": "按当地法律要求把数据存在境内",
                    "score": 25,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "overseas_payments",
        "dimension": "support_depth",
        "scenarios": ["overseas"],
        "sources": [
            "issue-9: scenario criteria (overseas payments)",
            "article-2: 版本更新服务（对接新的支付方式）",
        ],
        "question_en": "How does the code handle payments in your target markets?",
        "question_zh": "源码在目标市场的支付方面做得怎么样？",
        "help_en": (
            "Virtual goods sold inside an app must go through Apple's and Google's in-app billing; "
            "web top-ups and local wallets follow other rules. Good: store billing plus the local "
            "wallets your market uses, with receipts checked on the server; bad: Alipay and WeChat "
            "Pay only."
        ),
        "help_zh": (
            "App 内卖虚拟商品必须走苹果和谷歌的应用内支付，网页充值和当地钱包另有规则。"
            "好：商店内购接好，并接入目标市场常用的本地钱包，票据在服务端校验；"
            "差：只接了支付宝和微信支付。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "store_and_local",
                    "label_en": "Store billing plus local wallets, receipts checked on the server",
                    "label_zh": "商店内购加本地钱包，服务端校验票据",
                    "score": 100,
                },
                {
                    "key": "store_only",
                    "label_en": "Store billing only",
                    "label_zh": "只有商店内购",
                    "score": 60,
                },
                {
                    "key": "mainland_only",
                    "label_en": "Mainland Chinese payment methods only",
                    "label_zh": "只有国内支付方式",
                    "score": 10,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "call_billing_trace_1v1",
        "dimension": "support_depth",
        "scenarios": ["1v1-social"],
        "sources": ["issue-9: scenario criteria (1v1)", "article-1: 1V1社交场景"],
        "question_en": (
            "When a user disputes a per-minute charge on a 1v1 call, can support trace every "
            "minute from server records?"
        ),
        "question_zh": "1v1 按分钟计费的通话出现扣费争议时，售后能否根据服务端记录把每一分钟查清楚？",
        "help_en": (
            "Calls drop on weak networks and users complain about being charged. Good: billing "
            "stops when the server sees the media stop, and support can pull up the call's "
            "timeline; bad: billing trusts the phone's own timer."
        ),
        "help_zh": (
            "弱网下通话容易中断，用户会投诉多扣费。好：以服务端检测到的媒体中断为准停止计费，"
            "售后能调出整通电话的时间线；差：计费依赖手机端自己计时。"
        ),
        "answer_type": "yes_no",
        "weight": 2,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "voice_audio_3a",
        "dimension": "support_depth",
        "scenarios": ["voice-room"],
        "sources": ["issue-9: voice-room"],
        "question_en": "How clean is the audio with several people on mic, and can support tune it?",
        "question_zh": "多人同时上麦时声音是否干净，售后能否调优？",
        "help_en": (
            "Test on speaker (no headphones), in a noisy room and with background music. 1 = echo "
            "and howling when two phones are near; 2 = no echo, but voices are cut when two speak "
            "at once; 3 = clean in a quiet room, noise comes through in a noisy one; 4 = noise "
            "held down, but volume jumps between speakers; 5 = clean and even with several people "
            "over music, and support tunes echo cancellation, noise suppression and gain when a "
            "phone model misbehaves."
        ),
        "help_zh": (
            "用外放（不戴耳机）、在嘈杂环境、放着背景音乐测试。"
            "1 = 两台手机一靠近就有回声、啸叫；2 = 没有回声，但两人同时说话时声音被吞；"
            "3 = 安静环境下干净，嘈杂环境下噪声明显；4 = 噪声压得住，但不同人之间音量忽大忽小；"
            "5 = 多人同时说话加背景音乐依然清晰平稳，某款机型出问题时售后能调回声消除、"
            "降噪和增益参数。"
        ),
        "answer_type": "scale",
        "weight": 3,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    # 3. Team stability: turnover, re-briefing, knowledge transfer, in-house vs outsourced, headcount.
    {
        "key": "contact_changes_12m",
        "dimension": "team_stability",
        "scenarios": [],
        "sources": ["article-1: 服务团队的稳定性"],
        "question_en": "How many times has your main support contact changed in the last 12 months?",
        "question_zh": "过去 12 个月里，你的主要售后对接人换了几次？",
        "help_en": (
            "Before signing, ask a reference customer. Good: no change, or one planned handover; "
            "bad: a new face every couple of months."
        ),
        "help_zh": ("尚未签约时可向参考客户了解。好：没换过，或只有一次有交接的更换；差：每隔一两个月就换一个新人。"),
        "answer_type": "number",
        "weight": 4,
        "rule": {
            "unit_en": "changes",
            "unit_zh": "次",
            "better": "lower",
            "bands": [[0, 100], [1, 75], [2, 40], [3, 15]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "rebriefing_needed",
        "dimension": "team_stability",
        "scenarios": [],
        "sources": ["article-1: 服务团队的稳定性"],
        "question_en": "When your contact changed, did you have to explain your project history again?",
        "question_zh": "更换对接人后，你是否需要把项目情况重新讲一遍？",
        "help_en": (
            "Good: the new engineer already knew your deployment, past incidents and open issues; "
            "bad: you re-sent logs and repeated checks that had already been done."
        ),
        "help_zh": (
            "好：新工程师已经了解你们的部署、历史故障和未结问题；差：日志要重新发一遍，做过的排查也得从头再来。"
        ),
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 0, "no": 100},
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "knowledge_transfer",
        "dimension": "team_stability",
        "scenarios": [],
        "sources": ["article-1: 服务团队的稳定性"],
        "question_en": "Which knowledge-transfer practices does the vendor use for your account?",
        "question_zh": "供应商为你的项目采取了哪些知识交接措施？",
        "help_en": (
            "Good: a customer file plus a backup engineer, so one resignation changes nothing; "
            "bad: everything lives in one engineer's chat history."
        ),
        "help_zh": ("好：有客户档案，还有备岗工程师，某个人离职不影响服务；差：所有信息都只在某位工程师的聊天记录里。"),
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "customer_file",
                    "label_en": "Customer file with deployment and incident history",
                    "label_zh": "客户档案（部署信息与故障记录）",
                    "score": 30,
                },
                {
                    "key": "searchable_history",
                    "label_en": "Searchable ticket and chat history",
                    "label_zh": "可检索的工单与沟通记录",
                    "score": 20,
                },
                {
                    "key": "backup_engineer",
                    "label_en": "Named backup engineer",
                    "label_zh": "指定备岗工程师",
                    "score": 30,
                },
                {
                    "key": "handover_meeting",
                    "label_en": "Handover meeting with you when staff change",
                    "label_zh": "换人时与你方召开交接会",
                    "score": 20,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "support_team_origin",
        "dimension": "team_stability",
        "scenarios": [],
        "sources": ["article-1: 了解团队规模", "issue-9: consistency"],
        "question_en": "Who employs the engineers doing the after-sales work?",
        "question_zh": "负责售后的工程师是哪家公司的员工？",
        "help_en": (
            "Good: the vendor's own staff who build or maintain the code; bad: an outside "
            "contractor who only looks at the code when you call."
        ),
        "help_zh": "好：供应商自有员工，参与过这套代码的开发或维护；差：外包人员，只在你找上门时才去看代码。",
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "in_house",
                    "label_en": "In-house team",
                    "label_zh": "自有团队",
                    "score": 100,
                },
                {
                    "key": "mixed",
                    "label_en": "Mixed in-house and outsourced",
                    "label_zh": "自有与外包混合",
                    "score": 70,
                },
                {
                    "key": "outsourced",
                    "label_en": "Fully outsourced",
                    "label_zh": "全部外包",
                    "score": 30,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "support_team_size",
        "dimension": "team_stability",
        "scenarios": [],
        "sources": ["article-1: 了解团队规模"],
        "question_en": "How many engineers work full time on after-sales support?",
        "question_zh": "专职做售后技术支持的工程师有多少人？",
        "help_en": (
            "Count full-time support engineers, not the whole company. Good: ten or more, with "
            "night cover; bad: one or two people who also build new features."
        ),
        "help_zh": (
            "统计专职售后工程师，而不是公司总人数。好：十人以上并有夜间值班；差：一两个人，还要兼顾新功能开发。"
        ),
        "answer_type": "number",
        "weight": 3,
        "rule": {
            "unit_en": "engineers",
            "unit_zh": "人",
            "better": "higher",
            "bands": [[10, 100], [5, 75], [3, 50], [1, 20]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "division_of_work",
        "dimension": "team_stability",
        "scenarios": [],
        "sources": ["article-1: 了解团队规模"],
        "question_en": "How clearly is the support team's work divided?",
        "question_zh": "售后团队的分工是否清晰？",
        "help_en": (
            "1 = everyone does everything and nobody owns a problem; 2 = one senior engineer "
            "catches whatever is hard; 3 = front-line support is separate from engineers, but "
            "escalation is informal; 4 = first-line, audio/video, back-end and ops each have named "
            "people; 5 = as 4, plus a written escalation path and a duty roster you can see."
        ),
        "help_zh": (
            "1 = 人人都管、没人负责到底；2 = 难题全靠一位资深工程师兜底；"
            "3 = 一线客服和工程师分开，但升级全靠口头协调；"
            "4 = 一线支持、音视频、后端、运维各有专人；5 = 在 4 的基础上，"
            "有书面的升级流程和对你公开的值班表。"
        ),
        "answer_type": "scale",
        "weight": 2,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "engineer_tenure_years",
        "dimension": "team_stability",
        "scenarios": [],
        "sources": ["article-1: 服务团队的稳定性"],
        "question_en": "On average, how many years have the support engineers worked for the vendor?",
        "question_zh": "售后工程师在该供应商的平均在职年限是多少？",
        "help_en": (
            "A proxy for turnover. Good: three years or more; bad: most of the team joined in the last few months."
        ),
        "help_zh": "用来衡量人员流动。好：平均三年以上；差：大部分人是最近几个月才入职的。",
        "answer_type": "number",
        "weight": 2,
        "rule": {
            "unit_en": "years",
            "unit_zh": "年",
            "better": "higher",
            "bands": [[3, 100], [2, 75], [1, 45]],
            "otherwise": 15,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "headcount_trend",
        "dimension": "team_stability",
        "scenarios": [],
        "sources": ["issue-9: vendor viability", "article-1: 服务团队的稳定性"],
        "question_en": "How has the vendor's number of insured staff changed over the last two years?",
        "question_zh": "近两年，供应商的社保参保人数如何变化？",
        "help_en": (
            "Annual reports on 企查查 or 天眼查 list insured staff per year. Good: stable or "
            "growing; bad: halved, and support is usually the first thing cut."
        ),
        "help_zh": (
            "企查查、天眼查上的企业年报列有历年参保人数。好：持平或增长；差：人数腰斩，这时最先被砍的往往就是售后。"
        ),
        "answer_type": "single",
        "weight": 2,
        "rule": {
            "options": [
                {
                    "key": "growing",
                    "label_en": "Growing",
                    "label_zh": "增长",
                    "score": 100,
                },
                {
                    "key": "stable",
                    "label_en": "Stable (within 10%)",
                    "label_zh": "基本持平（变化在 10% 以内）",
                    "score": 80,
                },
                {
                    "key": "shrinking",
                    "label_en": "Down by 10% to a third",
                    "label_zh": "减少 10% 到三分之一",
                    "score": 45,
                },
                {
                    "key": "collapsing",
                    "label_en": "Down by a third or more",
                    "label_zh": "减少三分之一以上",
                    "score": 10,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    # 4. Bug-fix policy: severity tiers, response vs fix, scope, past cases, security patches, root-cause reports.
    {
        "key": "severity_tiers",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["article-2: Bug修复服务"],
        "question_en": "Are bugs graded by severity, each grade with its own response and fix time?",
        "question_zh": "Bug 是否按严重程度分级，并分别规定响应和修复时限？",
        "help_en": (
            "Good: e.g. P1 (streaming down) 15 min / 4 h, P2 1 h / 1 day, P3 scheduled within two "
            "weeks; bad: every bug waits in the same queue."
        ),
        "help_zh": (
            "好：例如 P1（直播中断）15 分钟响应 / 4 小时修复，P2 1 小时 / 1 天，P3 两周内排期；"
            "差：所有 Bug 排在同一个队列里。"
        ),
        "answer_type": "yes_no",
        "weight": 4,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "critical_fix_time",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["article-2: Bug修复服务", "issue-9: consistency (not promised)"],
        "question_en": "Within what time does the vendor fix or work around a business-critical bug?",
        "question_zh": "严重影响业务的 Bug，供应商多长时间内修复或给出临时方案？",
        "help_en": (
            "Business-critical means streaming, login or payment is broken. Good: within 4 hours; "
            "bad: 'we will include it in the next version'. Choose 'not promised' when the vendor "
            "names no time."
        ),
        "help_zh": (
            "严重影响业务指直播、登录或支付不可用。好：4 小时以内；差：“下个版本再修”。"
            "供应商说不出具体时间就选“没有承诺”。"
        ),
        "answer_type": "single",
        "weight": 5,
        "rule": {
            "options": [
                {"key": "up_to_4_hours", "label_en": "Within 4 hours", "label_zh": "4 小时以内", "score": 100},
                {"key": "up_to_12_hours", "label_en": "Within 12 hours", "label_zh": "12 小时以内", "score": 75},
                {"key": "up_to_24_hours", "label_en": "Within 24 hours", "label_zh": "24 小时以内", "score": 50},
                {"key": "up_to_3_days", "label_en": "Within 3 days", "label_zh": "3 天以内", "score": 15},
                {"key": "longer", "label_en": "Longer than 3 days", "label_zh": "超过 3 天", "score": 0},
                {"key": "not_promised", "label_en": "Not promised", "label_zh": "没有承诺", "score": 0},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "minor_fix_time",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["article-2: Bug修复服务", "issue-9: consistency (not promised)"],
        "question_en": "Within what time are ordinary, non-blocking bugs fixed?",
        "question_zh": "一般性、不影响主流程的 Bug 多长时间内修复？",
        "help_en": (
            "Good: shipped in the next fix release, within two weeks; bad: scheduled 'a few weeks out' with no "
            "date. Choose 'not promised' when the vendor names no time."
        ),
        "help_zh": "好：两周内随下一个修复版本发布；差：只说“排到几周后”，没有具体日期。说不出时间就选“没有承诺”。",
        "answer_type": "single",
        "weight": 2,
        "rule": {
            "options": [
                {"key": "up_to_1_week", "label_en": "Within a week", "label_zh": "一周以内", "score": 100},
                {"key": "up_to_2_weeks", "label_en": "Within two weeks", "label_zh": "两周以内", "score": 80},
                {"key": "up_to_1_month", "label_en": "Within a month", "label_zh": "一个月以内", "score": 45},
                {"key": "up_to_2_months", "label_en": "Within two months", "label_zh": "两个月以内", "score": 15},
                {"key": "longer", "label_en": "Longer", "label_zh": "更久", "score": 0},
                {"key": "not_promised", "label_en": "Not promised", "label_zh": "没有承诺", "score": 0},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "bug_scope",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["article-2: Bug修复服务"],
        "question_en": "Which kinds of problems does the vendor fix free of charge as bugs?",
        "question_zh": "哪些问题供应商会当作 Bug 免费处理？",
        "help_en": (
            "Settle the grey zones up front. Good: code defects plus problems from the server "
            "setup they delivered and broken third-party integrations; bad: only what they agree "
            "is 'in our code'."
        ),
        "help_zh": (
            "灰色地带要提前问清楚。好：除代码缺陷外，其部署的服务器配置问题、"
            "第三方服务对接故障也负责；差：只认“我们代码里的”问题。"
        ),
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "code_defects",
                    "label_en": "Defects in the delivered code",
                    "label_zh": "交付代码本身的缺陷",
                    "score": 40,
                },
                {
                    "key": "server_config",
                    "label_en": "Problems from the server setup they delivered",
                    "label_zh": "由其部署的服务器配置导致的问题",
                    "score": 20,
                },
                {
                    "key": "third_party",
                    "label_en": "Broken third-party integrations (SDK, CDN, payment)",
                    "label_zh": "第三方服务对接故障（SDK、CDN、支付）",
                    "score": 20,
                },
                {
                    "key": "device_compat",
                    "label_en": "Compatibility with new devices and OS versions",
                    "label_zh": "新机型、新系统版本的兼容问题",
                    "score": 20,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "responsibility_boundary",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["article-2: 合同条款·责任边界"],
        "question_en": "Does the contract state what support covers and what remains your responsibility?",
        "question_zh": "合同是否写明售后负责的范围，以及哪些问题由你方自行承担？",
        "help_en": (
            "Good: a written boundary, e.g. 'your own code changes and cloud bills are yours; the "
            "delivered code and deployment scripts are ours'; bad: 'technical support as needed'."
        ),
        "help_zh": (
            "好：有书面边界，例如“你方自改的代码和云资源费用由你方负责，"
            "交付代码和部署脚本由供应商负责”；差：只写“按需提供技术支持”。"
        ),
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "fix_case_quality",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["article-2: Bug修复服务"],
        "question_en": "How convincing are the past bug-fix cases the vendor showed you?",
        "question_zh": "供应商提供的历史 Bug 修复案例有多大说服力？",
        "help_en": (
            "1 = no cases, only promises; 2 = stories without dates or details; 3 = one or two "
            "dated cases you cannot check; 4 = several dated cases with report and fix times; 5 = "
            "several cases with report time, fix time and the code change, and a customer who "
            "confirms one of them."
        ),
        "help_zh": (
            "1 = 拿不出案例，只有口头承诺；2 = 只讲故事，没有日期和细节；"
            "3 = 有一两个带日期的案例，但无从核实；4 = 多个带日期的案例，写明报障和修复时间；"
            "5 = 多个案例写明报障时间、修复时间和代码改动，并有客户能证实其中一例。"
        ),
        "answer_type": "scale",
        "weight": 3,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "security_patch_speed",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["issue-9: security"],
        "question_en": "How fast does the vendor ship a patch for a serious security vulnerability?",
        "question_zh": "发现严重安全漏洞后，供应商多快推出补丁？",
        "help_en": (
            "Ask when they last patched a vulnerability and how long it took. Good: a deadline in "
            "writing and a security notice to every customer; bad: you learn of the hole when your "
            "user database leaks."
        ),
        "help_zh": (
            "问问对方上一次修补漏洞是什么时候、用了多久。"
            "好：有书面时限，并主动向所有客户发安全通告；差：直到用户数据泄露，你才知道有漏洞。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "within_3_days",
                    "label_en": "Within 3 days, in writing",
                    "label_zh": "书面承诺 3 天内",
                    "score": 100,
                },
                {
                    "key": "within_7_days",
                    "label_en": "Within 7 days",
                    "label_zh": "7 天内",
                    "score": 75,
                },
                {
                    "key": "within_30_days",
                    "label_en": "Within 30 days",
                    "label_zh": "30 天内",
                    "score": 40,
                },
                {
                    "key": "not_promised",
                    "label_en": "Not promised",
                    "label_zh": "没有承诺",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "delivery_security",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["issue-9: security"],
        "question_en": "How was the platform secured when it was handed over?",
        "question_zh": "平台交付时的安全状况如何？",
        "help_en": (
            "Check it yourself: try admin/123456 on the admin panel and scan the server's open "
            "ports. Good: unique passwords, the admin panel behind an IP allow-list or two-factor "
            "login, databases closed to the internet; bad: the admin panel at /admin with the demo "
            "site's password."
        ),
        "help_zh": (
            "自己动手验证：用 admin/123456 之类的口令试登后台，扫描服务器开放的端口。"
            "好：密码各不相同，后台有 IP 白名单或双因素登录，数据库不对公网开放；"
            "差：后台就在 /admin，密码和演示站一样。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "hardened",
                    "label_en": "Unique passwords, admin restricted, databases closed",
                    "label_zh": "密码唯一，后台限制访问，数据库不对公网开放",
                    "score": 100,
                },
                {
                    "key": "forced_change",
                    "label_en": "Default passwords changed at first login, admin open to the internet",
                    "label_zh": "默认密码首次登录强制修改，后台对公网开放",
                    "score": 55,
                },
                {
                    "key": "default_exposed",
                    "label_en": "Default passwords kept, or databases open to the internet",
                    "label_zh": "沿用默认密码，或数据库直接暴露在公网",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Delivered with default passwords or exposed databases",
            "label_zh": "交付时沿用默认密码或数据库暴露在公网",
            "any_of": ["default_exposed"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "postmortem_deadline",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["issue-9: escalation and post-incident review"],
        "question_en": "How soon after a P0 incident does the vendor hand over a written root-cause report?",
        "question_zh": "P0 故障之后，供应商多久内提交书面复盘报告？",
        "help_en": (
            "A report says what happened, why, and what stops it happening again. Good: a deadline "
            "in the contract and a sample report you have read; bad: 'it's fixed now, don't worry'."
        ),
        "help_zh": (
            "复盘报告要讲清经过、根因和防止再犯的措施。好：合同写明期限，你也看过样例报告；差：“已经好了，放心吧”。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "within_1_day",
                    "label_en": "Within 1 working day",
                    "label_zh": "1 个工作日内",
                    "score": 100,
                },
                {
                    "key": "within_3_days",
                    "label_en": "Within 3 working days",
                    "label_zh": "3 个工作日内",
                    "score": 80,
                },
                {
                    "key": "within_7_days",
                    "label_en": "Within 7 days",
                    "label_zh": "7 天内",
                    "score": 50,
                },
                {
                    "key": "on_request",
                    "label_en": "Only when asked, no deadline",
                    "label_zh": "要了才给，没有期限",
                    "score": 20,
                },
                {
                    "key": "not_provided",
                    "label_en": "Not provided",
                    "label_zh": "不提供",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "fix_case_notes",
        "dimension": "bug_fix",
        "scenarios": [],
        "sources": ["article-2: Bug修复服务"],
        "question_en": "List the bug-fix cases you were shown and how long each one took.",
        "question_zh": "列出你看到的 Bug 修复案例及每个案例的处理时长。",
        "help_en": (
            "Note the severity, when it was reported and fixed, and whether the fix was a real "
            "code change or a workaround."
        ),
        "help_zh": "注明严重级别、报障时间和修复时间，以及是真正修改了代码还是临时绕过。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    # 5. Iteration: fix vs feature releases, free vs paid, cadence (a plateau), delivery, downtime.
    {
        "key": "fix_releases_free",
        "dimension": "iteration",
        "scenarios": [],
        "sources": ["article-2: 版本更新服务"],
        "question_en": "Are fix releases (bug fixes and performance work) free during the service term?",
        "question_zh": "服务期内的修复性更新（修 Bug、性能优化）是否免费？",
        "help_en": (
            "Good: every fix release is included in the support fee; bad: fixes ship only inside paid upgrade packages."
        ),
        "help_zh": "好：所有修复版本都包含在售后费用里；差：修复只随付费升级包提供。",
        "answer_type": "yes_no",
        "weight": 4,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "feature_release_terms",
        "dimension": "iteration",
        "scenarios": [],
        "sources": ["article-2: 版本更新服务"],
        "question_en": "How are feature releases charged during the term?",
        "question_zh": "服务期内的功能性更新如何收费？",
        "help_en": (
            "Good: included, or priced in a list attached to the contract; bad: 'quoted when "
            "available', which often turns out expensive."
        ),
        "help_zh": "好：包含在服务内，或合同附有价目表；差：“到时候再报价”，结果往往价格不菲。",
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "included",
                    "label_en": "Included in the support fee",
                    "label_zh": "包含在售后费用中",
                    "score": 100,
                },
                {
                    "key": "priced_in_contract",
                    "label_en": "Paid, with prices fixed in the contract",
                    "label_zh": "收费，但价格已写入合同",
                    "score": 65,
                },
                {
                    "key": "quoted_later",
                    "label_en": "Paid, quoted case by case",
                    "label_zh": "收费，逐次另行报价",
                    "score": 20,
                },
                {
                    "key": "no_feature_releases",
                    "label_en": "No feature releases",
                    "label_zh": "不提供功能更新",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "releases_last_year",
        "dimension": "iteration",
        "scenarios": [],
        "sources": ["article-2: 版本更新服务", "issue-9: consistency"],
        "question_en": "How many releases did the vendor ship in the last 12 months?",
        "question_zh": "过去 12 个月供应商发布了多少个版本？",
        "help_en": (
            "Count from the changelog, not the sales deck. About one release a month is the "
            "plateau: more earns nothing extra, because your team merges every drop into its own "
            "changes. Bad: one or two a year."
        ),
        "help_zh": (
            "以更新日志为准，不看宣传材料。每月一个左右即可拿满分，再多也不加分，"
            "因为每个版本你们都要合并进自己改过的代码。差：一年只有一两次。"
        ),
        "answer_type": "number",
        "weight": 3,
        "rule": {
            "unit_en": "releases",
            "unit_zh": "个",
            "better": "higher",
            "bands": [[12, 100], [6, 85], [3, 65], [1, 35]],
            "otherwise": 5,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "update_delivery",
        "dimension": "iteration",
        "scenarios": [],
        "sources": ["article-2: 版本更新服务"],
        "question_en": "How do updates reach your running platform?",
        "question_zh": "更新如何部署到你正在运营的平台上？",
        "help_en": (
            "Good: the vendor upgrades remotely with a tested rollback; bad: a new source archive "
            "arrives and merging it with your changes is your problem."
        ),
        "help_zh": ("好：供应商远程升级，并有验证过的回滚方案；差：丢给你一个新源码包，与你们改动的合并全靠自己。"),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "remote_upgrade",
                    "label_en": "Remote upgrade by the vendor, with rollback",
                    "label_zh": "供应商远程升级，可回滚",
                    "score": 100,
                },
                {
                    "key": "source_with_guide",
                    "label_en": "Source drop with an upgrade guide and help",
                    "label_zh": "源码交付，附升级文档并协助",
                    "score": 60,
                },
                {
                    "key": "source_only",
                    "label_en": "Source drop only",
                    "label_zh": "仅交付源码，自行部署",
                    "score": 20,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "upgrade_downtime_minutes",
        "dimension": "iteration",
        "scenarios": [],
        "sources": ["article-2: 版本更新服务"],
        "question_en": "How many minutes of service interruption did the last upgrade cause?",
        "question_zh": "最近一次升级造成了多少分钟的服务中断？",
        "help_en": (
            "Good: none, thanks to a rolling or blue-green release done off-peak; bad: the "
            "platform was down for hours at an evening peak."
        ),
        "help_zh": "好：零中断，在低峰期滚动或蓝绿发布；差：晚高峰停服好几个小时。",
        "answer_type": "number",
        "weight": 3,
        "rule": {
            "unit_en": "minutes",
            "unit_zh": "分钟",
            "better": "lower",
            "bands": [[0, 100], [5, 85], [30, 60], [120, 25]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "new_capabilities",
        "dimension": "iteration",
        "scenarios": [],
        "sources": ["article-1: 持续迭代能力", "article-2: 版本更新服务"],
        "question_en": "Which new capabilities have arrived through updates in the last 12 months?",
        "question_zh": "过去 12 个月的更新带来了哪些新能力？",
        "help_en": (
            "Count only features delivered to customers, not roadmap slides. Good: several areas "
            "moved forward; bad: nothing beyond bug fixes."
        ),
        "help_zh": ("只算已交付给客户的功能，路线图不算。好：多个方向都有新进展；差：除了修 Bug 没有任何新东西。"),
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "ai_features",
                    "label_en": "AI features (e.g. AI assistant, noise suppression)",
                    "label_zh": "AI 能力（如智能助手、AI 降噪）",
                    "score": 20,
                },
                {
                    "key": "beauty_effects",
                    "label_en": "New beauty filters and effects",
                    "label_zh": "新的美颜特效与滤镜",
                    "score": 20,
                },
                {
                    "key": "payment_methods",
                    "label_en": "New payment methods",
                    "label_zh": "新的支付方式",
                    "score": 20,
                },
                {
                    "key": "new_os",
                    "label_en": "Support for new OS versions",
                    "label_zh": "适配新的系统版本",
                    "score": 20,
                },
                {
                    "key": "codec_quality",
                    "label_en": "Encoder and picture-quality improvements",
                    "label_zh": "编码与画质优化",
                    "score": 20,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "compat_tested_releases",
        "dimension": "iteration",
        "scenarios": [],
        "sources": ["article-2: 版本更新服务", "article-2: 电商直播案例（兼容性问题）"],
        "question_en": "Is each release tested against a published list of devices and OS versions?",
        "question_zh": "每个版本发布前，是否按公开的机型和系统清单做兼容性测试？",
        "help_en": (
            "Important for e-commerce live, where buyers use every kind of phone. Good: a test "
            "matrix for each release; bad: 'it works on our test phones'."
        ),
        "help_zh": (
            "电商直播的买家机型五花八门，这点尤其重要。好：每个版本都有兼容性测试清单；差：“我们的测试机上没问题”。"
        ),
        "answer_type": "yes_no",
        "weight": 2,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    # 6. Documentation and training, including what a team needs for secondary development.
    {
        "key": "doc_set",
        "dimension": "documentation",
        "scenarios": [],
        "sources": ["article-1: 文档与资源体系", "article-2: 培训与文档"],
        "question_en": "Which documents does the vendor provide?",
        "question_zh": "供应商提供了哪些文档？",
        "help_en": (
            "Ask for samples before signing. Good: all four, kept in a versioned documentation "
            "portal; bad: one PDF of installation notes."
        ),
        "help_zh": "签约前就让对方发样本。好：四类齐全，放在有版本管理的文档中心；差：只有一份安装说明 PDF。",
        "answer_type": "multi",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "usage",
                    "label_en": "User and admin manual",
                    "label_zh": "使用手册（含后台操作）",
                    "score": 25,
                },
                {
                    "key": "deployment",
                    "label_en": "Deployment guide",
                    "label_zh": "部署文档",
                    "score": 25,
                },
                {
                    "key": "api",
                    "label_en": "API reference",
                    "label_zh": "API 文档",
                    "score": 25,
                },
                {
                    "key": "faq",
                    "label_en": "FAQ and troubleshooting guide",
                    "label_zh": "常见问题与排障文档",
                    "score": 25,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "doc_quality",
        "dimension": "documentation",
        "scenarios": [],
        "sources": ["article-1: 文档与资源体系", "article-2: 培训与文档"],
        "question_en": "How complete, current and easy to follow are the documents?",
        "question_zh": "文档是否完整、更新及时、容易看懂？",
        "help_en": (
            "1 = outdated screenshots, missing steps, reads like machine translation; 2 = covers "
            "the basics, but several steps no longer match the product; 3 = mostly current, but "
            "you needed support to fill gaps; 4 = current and step by step, with small gaps only; "
            "5 = matches the current version, every step is there, and the examples run as written."
        ),
        "help_zh": (
            "1 = 截图过时、步骤缺失，读起来像机翻；2 = 基本内容都有，"
            "但好几处步骤已和产品对不上；3 = 大体是新的，但有空白要靠售后补充；"
            "4 = 内容新、步骤清楚，只有小的遗漏；5 = 与当前版本完全一致，步骤完整，"
            "示例照着做就能跑通。"
        ),
        "answer_type": "scale",
        "weight": 4,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "doc_last_update_months",
        "dimension": "documentation",
        "scenarios": [],
        "sources": ["article-1: 文档与资源体系", "issue-9: consistency"],
        "question_en": "How many months ago was the deployment guide last updated?",
        "question_zh": "部署文档最近一次更新是几个月前？",
        "help_en": (
            "Good: updated together with the latest release, or within the last quarter; bad: "
            "still describes a version from two years ago."
        ),
        "help_zh": "好：随最新版本同步更新，或最近三个月内更新过；差：内容还停留在两年前的版本。",
        "answer_type": "number",
        "weight": 2,
        "rule": {
            "unit_en": "months",
            "unit_zh": "个月",
            "better": "lower",
            "bands": [[3, 100], [6, 80], [12, 50], [24, 25]],
            "otherwise": 5,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "self_serve_deploy",
        "dimension": "documentation",
        "scenarios": [],
        "sources": ["article-1: 文档与资源体系", "article-2: 培训与文档"],
        "question_en": "Could your team set up a test environment from the documents alone?",
        "question_zh": "你的团队能否只靠文档搭起一套测试环境？",
        "help_en": (
            "Docs outlast any training session. Good: done without contacting support; bad: every "
            "step needed a call with an engineer."
        ),
        "help_zh": "文档比一次性的培训更持久。好：不用找售后就搭好了；差：每一步都得找工程师远程指导。",
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "training_topics",
        "dimension": "documentation",
        "scenarios": [],
        "sources": ["article-2: 培训与文档"],
        "question_en": "Which training does the vendor offer your team?",
        "question_zh": "供应商为你的团队提供哪些培训？",
        "help_en": (
            "Good: admin, feature and troubleshooting training, with recordings kept; bad: a "
            "single product demo aimed at sales."
        ),
        "help_zh": "好：后台操作、功能使用、故障排查培训齐全，并保留录像；差：只有一场面向销售的产品演示。",
        "answer_type": "multi",
        "weight": 2,
        "rule": {
            "options": [
                {
                    "key": "admin",
                    "label_en": "Admin console operation",
                    "label_zh": "后台操作培训",
                    "score": 35,
                },
                {
                    "key": "features",
                    "label_en": "Feature usage",
                    "label_zh": "功能使用培训",
                    "score": 30,
                },
                {
                    "key": "troubleshooting",
                    "label_en": "Troubleshooting common problems",
                    "label_zh": "常见问题排查培训",
                    "score": 35,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "training_format",
        "dimension": "documentation",
        "scenarios": [],
        "sources": ["article-2: 培训与文档"],
        "question_en": "How is training delivered?",
        "question_zh": "培训以什么形式进行？",
        "help_en": (
            "On-site costs more but suits hands-on ops work; recorded online sessions can be "
            "replayed by new hires. Bad: one unrecorded call."
        ),
        "help_zh": "现场培训成本高但便于实操，线上培训留有录像方便新人反复看。差：只有一次不录像的电话讲解。",
        "answer_type": "single",
        "weight": 2,
        "rule": {
            "options": [
                {
                    "key": "online_and_onsite",
                    "label_en": "Both online and on-site",
                    "label_zh": "线上与现场均可",
                    "score": 100,
                },
                {
                    "key": "online_recorded",
                    "label_en": "Live online, recordings kept",
                    "label_zh": "线上直播培训并保留录像",
                    "score": 80,
                },
                {
                    "key": "onsite_only",
                    "label_en": "On-site only",
                    "label_zh": "仅现场培训",
                    "score": 70,
                },
                {
                    "key": "one_off_call",
                    "label_en": "A single unrecorded call",
                    "label_zh": "一次不录像的电话讲解",
                    "score": 20,
                },
                {
                    "key": "none",
                    "label_en": "No training",
                    "label_zh": "不提供培训",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "dev_handover_docs",
        "dimension": "documentation",
        "scenarios": [],
        "sources": ["issue-9: secondary development", "article-2: 培训与文档"],
        "question_en": "Which documents for secondary development (二次开发) were delivered?",
        "question_zh": "交付物里有哪些供二次开发使用的文档？",
        "help_en": (
            "Good: a new developer finds where the gift balance is stored within an hour; bad: you "
            "rebuild the database design by reading the code."
        ),
        "help_zh": "好：新来的开发一小时内就能查到礼物余额存在哪张表；差：只能对着代码倒推数据库结构。",
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "architecture",
                    "label_en": "Architecture overview (services, data flow, deployment)",
                    "label_zh": "架构说明（服务划分、数据流、部署拓扑）",
                    "score": 30,
                },
                {
                    "key": "db_dictionary",
                    "label_en": "Database dictionary (every table and field)",
                    "label_zh": "数据库字典（每张表、每个字段的含义）",
                    "score": 30,
                },
                {
                    "key": "interface_docs",
                    "label_en": "Interface docs between the apps and the server",
                    "label_zh": "客户端与服务端之间的接口文档",
                    "score": 20,
                },
                {
                    "key": "build_guide",
                    "label_en": "Build and release guide for each app",
                    "label_zh": "各端编译打包与发布说明",
                    "score": 20,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "code_comment_quality",
        "dimension": "documentation",
        "scenarios": [],
        "sources": ["issue-9: secondary development"],
        "question_en": "How readable and well commented is the delivered code?",
        "question_zh": "交付代码的可读性和注释情况如何？",
        "help_en": (
            "Open three core files: billing, gifts and streaming. 1 = no comments, cryptic names, "
            "functions of a thousand lines; 2 = a few stale comments, inconsistent naming; 3 = "
            "readable names, comments in some modules only; 4 = consistent style, key logic "
            "commented; 5 = consistent style, each module explains its purpose and tricky parts, "
            "in a language your team reads."
        ),
        "help_zh": (
            "抽看计费、礼物、推流三个核心文件。1 = 没有注释，命名看不懂，一个函数动辄上千行；"
            "2 = 零星几条过时的注释，命名风格混乱；3 = 命名可读，只有部分模块有注释；"
            "4 = 风格统一，关键逻辑都有注释；5 = 风格统一，每个模块都说明了用途和难点，"
            "注释语言你的团队看得懂。"
        ),
        "answer_type": "scale",
        "weight": 2,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "doc_review_notes",
        "dimension": "documentation",
        "scenarios": [],
        "sources": ["article-2: 培训与文档"],
        "question_en": "Which documents did you review, and what was missing or wrong?",
        "question_zh": "你审阅了哪些文档？有哪些缺失或错误？",
        "help_en": (
            "Name each document with its version or date, and note gaps such as missing error codes or outdated steps."
        ),
        "help_zh": "写明每份文档的名称和版本或日期，并记录问题，例如缺少错误码说明、步骤已过时等。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    # 7. SLA: a written agreement with response and resolution times (or 'not promised'), remedies, escalation.
    {
        "key": "formal_sla",
        "dimension": "sla",
        "scenarios": [],
        "sources": ["article-1: 查看SLA协议"],
        "question_en": "Does the vendor offer a formal, written service-level agreement?",
        "question_zh": "供应商是否提供正式的书面服务等级协议（SLA）？",
        "help_en": (
            "Good: a signed SLA annex with concrete numbers; bad: 'we always respond fast' in a "
            "chat message. Without an SLA there is no guarantee."
        ),
        "help_zh": ("好：签字盖章、写有具体数字的 SLA 附件；差：聊天里一句“我们响应很快的”。没有 SLA，就谈不上保障。"),
        "answer_type": "yes_no",
        "weight": 5,
        "rule": {"yes": 100, "no": 0},
        "red_flag": {
            "label_en": "No formal SLA in the signed contract",
            "label_zh": "签订的合同里没有正式 SLA",
            "equals": "no",
            "severity": "critical",
        },
        "na_allowed": False,
    },
    {
        "key": "sla_critical_response",
        "dimension": "sla",
        "scenarios": [],
        "sources": [
            "article-1: 查看SLA协议",
            "article-1: 技术响应速度",
            "issue-9: consistency (not promised)",
        ],
        "question_en": "What first-response time does the SLA promise for a critical incident?",
        "question_zh": "SLA 对严重故障承诺的首次响应时间是多少？",
        "help_en": (
            "Good: 15 minutes or less, around the clock; bad: '24 hours', which can mean a whole "
            "day of outage. Choose 'not promised' when no time is written down."
        ),
        "help_zh": (
            "好：全天候 15 分钟以内；差：“24 小时内响应”，可能意味着停摆一整天。合同里没写具体时间就选“没有书面承诺”。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "up_to_15_min",
                    "label_en": "15 minutes or less",
                    "label_zh": "15 分钟以内",
                    "score": 100,
                },
                {
                    "key": "up_to_30_min",
                    "label_en": "Up to 30 minutes",
                    "label_zh": "30 分钟以内",
                    "score": 85,
                },
                {
                    "key": "up_to_1_hour",
                    "label_en": "Up to 1 hour",
                    "label_zh": "1 小时以内",
                    "score": 65,
                },
                {
                    "key": "up_to_4_hours",
                    "label_en": "Up to 4 hours",
                    "label_zh": "4 小时以内",
                    "score": 30,
                },
                {
                    "key": "up_to_12_hours",
                    "label_en": "Up to 12 hours",
                    "label_zh": "12 小时以内",
                    "score": 10,
                },
                {
                    "key": "longer",
                    "label_en": "Longer than 12 hours",
                    "label_zh": "超过 12 小时",
                    "score": 0,
                },
                {
                    "key": "not_promised",
                    "label_en": "Not promised in writing",
                    "label_zh": "没有书面承诺",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "sla_critical_resolution",
        "dimension": "sla",
        "scenarios": [],
        "sources": [
            "article-1: 查看SLA协议",
            "article-2: Bug修复服务",
            "issue-9: consistency (not promised)",
        ],
        "question_en": "What resolution time does the SLA promise for a critical incident?",
        "question_zh": "SLA 对严重故障承诺的解决时限是多少？",
        "help_en": (
            "Resolution should mean service restored, not merely acknowledged. Good: 4 hours or "
            "less; bad: only a response time is promised. Choose 'not promised' when no resolution "
            "time is written down."
        ),
        "help_zh": (
            "解决应指服务恢复，而不只是确认收到。好：4 小时以内；差：只承诺响应时间。"
            "合同里没写解决时限就选“没有书面承诺”。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "up_to_4_hours",
                    "label_en": "4 hours or less",
                    "label_zh": "4 小时以内",
                    "score": 100,
                },
                {
                    "key": "up_to_8_hours",
                    "label_en": "Up to 8 hours",
                    "label_zh": "8 小时以内",
                    "score": 75,
                },
                {
                    "key": "up_to_24_hours",
                    "label_en": "Up to 24 hours",
                    "label_zh": "24 小时以内",
                    "score": 45,
                },
                {
                    "key": "up_to_72_hours",
                    "label_en": "Up to 72 hours",
                    "label_zh": "72 小时以内",
                    "score": 10,
                },
                {
                    "key": "longer",
                    "label_en": "Longer than 72 hours",
                    "label_zh": "超过 72 小时",
                    "score": 0,
                },
                {
                    "key": "not_promised",
                    "label_en": "Not promised in writing",
                    "label_zh": "没有书面承诺",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "sla_compensation",
        "dimension": "sla",
        "scenarios": [],
        "sources": ["article-1: 查看SLA协议", "article-2: 合同条款·违约条款"],
        "question_en": "What does the vendor owe you when it misses an SLA target?",
        "question_zh": "供应商未达到 SLA 指标时，需要承担什么责任？",
        "help_en": (
            "Obligations without remedies guarantee nothing. Good: service credits or refunds "
            "calculated per breach; bad: nothing, or a verbal apology."
        ),
        "help_zh": (
            "只有义务没有责任，等于没有保障。好：按每次违约计算服务抵扣或退款；差：没有任何补偿，或只是口头道歉。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "credit_or_refund",
                    "label_en": "Service credit or refund per breach",
                    "label_zh": "按次服务抵扣或退款",
                    "score": 100,
                },
                {
                    "key": "term_extension",
                    "label_en": "Free extension of the service term",
                    "label_zh": "免费延长服务期",
                    "score": 60,
                },
                {
                    "key": "apology_only",
                    "label_en": "Written apology only",
                    "label_zh": "仅书面致歉",
                    "score": 10,
                },
                {
                    "key": "nothing",
                    "label_en": "Nothing",
                    "label_zh": "无任何补偿",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "service_items_listed",
        "dimension": "sla",
        "scenarios": [],
        "sources": ["article-2: 合同条款·服务内容清单"],
        "question_en": "Does the contract list every service item with its channel and response time?",
        "question_zh": "合同是否逐项列明服务内容，并写清服务方式和响应时间？",
        "help_en": (
            "Good: a table such as 'incident support – WeCom group – 15 min – 24×7'; bad: a single "
            "line saying 'technical support included'."
        ),
        "help_zh": "好：以表格列出，如“故障支持—企业微信群—15 分钟—7×24 小时”；差：只有一句“提供技术支持”。",
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "sla_hours",
        "dimension": "sla",
        "scenarios": [],
        "sources": ["article-1: 技术响应速度", "issue-9: new red flags"],
        "question_en": "During which hours does the SLA apply?",
        "question_zh": "SLA 在哪些时段内有效？",
        "help_en": (
            "Live traffic peaks in the evening and on holidays. Good: 24×7 including public "
            "holidays; bad: working days 9:00–18:00, with everything else pushed to the next "
            "working day."
        ),
        "help_zh": (
            "直播流量高峰在晚上和节假日。好：7×24 小时，节假日照常；"
            "差：仅工作日 9:00–18:00，其余时间一律顺延到下个工作日。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "always",
                    "label_en": "24×7, holidays included",
                    "label_zh": "7×24 小时，含节假日",
                    "score": 100,
                },
                {
                    "key": "extended",
                    "label_en": "Every day, extended hours (e.g. 8:00–24:00)",
                    "label_zh": "每天延长时段（如 8:00–24:00）",
                    "score": 65,
                },
                {
                    "key": "business_hours",
                    "label_en": "Working days, office hours only",
                    "label_zh": "仅工作日上班时间",
                    "score": 25,
                },
                {
                    "key": "unspecified",
                    "label_en": "Not specified",
                    "label_zh": "未写明",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "SLA clock runs in office hours only (or its hours are not stated)",
            "label_zh": "SLA 只按工作时间计时（或未写明时段）",
            "any_of": ["business_hours", "unspecified"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "dispute_resolution",
        "dimension": "sla",
        "scenarios": [],
        "sources": ["article-2: 合同条款·争议解决"],
        "question_en": "Does the contract say how and where disputes will be settled?",
        "question_zh": "合同是否写明争议的解决方式和地点？",
        "help_en": (
            "Good: a named arbitration body or court and the governing law; bad: nothing at all, "
            "or a venue that is impractical for you."
        ),
        "help_zh": "好：写明仲裁机构或管辖法院以及适用法律；差：完全没写，或约定在对你极不方便的地方解决。",
        "answer_type": "yes_no",
        "weight": 1,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "escalation_chain",
        "dimension": "sla",
        "scenarios": [],
        "sources": ["issue-9: escalation and post-incident review"],
        "question_en": "Does the contract name an escalation chain, with people and phone numbers?",
        "question_zh": "合同是否写明了升级路径，包括具体负责人和联系电话？",
        "help_en": (
            "Good: engineer, then team lead, then technical director, each with a name, a phone "
            "number and when to escalate (e.g. a P0 not restored within an hour); bad: 'contact "
            "your account manager'."
        ),
        "help_zh": (
            "好：工程师 → 组长 → 技术总监，逐级写明姓名、"
            "电话和升级条件（如 P0 故障一小时内未恢复）；差：只写“请联系客户经理”。"
        ),
        "answer_type": "yes_no",
        "weight": 2,
        "rule": {"yes": 100, "no": 0},
        "red_flag": {
            "label_en": "No named escalation chain",
            "label_zh": "合同没有写明升级路径",
            "equals": "no",
            "severity": "warning",
        },
        "na_allowed": False,
    },
    # 8. Custom development and lock-in: ownership, complete source, licence locks, keys, changes by the buyer.
    {
        "key": "custom_billing",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["article-2: 定制开发"],
        "question_en": "How is custom development billed?",
        "question_zh": "定制开发如何计费？",
        "help_en": (
            "Ask for a workload estimate first. Good: a fixed quote or a per-function-point price "
            "based on a written estimate; bad: open-ended hourly billing."
        ),
        "help_zh": "先让对方评估工作量。好：基于书面评估的固定报价或按功能点计价；差：按工时计费且不设上限。",
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "fixed_quote",
                    "label_en": "Fixed quote from a written estimate",
                    "label_zh": "基于书面评估的固定报价",
                    "score": 100,
                },
                {
                    "key": "per_function_point",
                    "label_en": "Per function point",
                    "label_zh": "按功能点计价",
                    "score": 85,
                },
                {
                    "key": "hourly_capped",
                    "label_en": "Hourly, with a capped total",
                    "label_zh": "按工时计费，设总价上限",
                    "score": 60,
                },
                {
                    "key": "hourly_open",
                    "label_en": "Hourly, no cap",
                    "label_zh": "按工时计费，不设上限",
                    "score": 20,
                },
                {
                    "key": "unclear",
                    "label_en": "Not explained",
                    "label_zh": "说不清楚",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "custom_code_ownership",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["article-2: 定制开发"],
        "question_en": "Who owns the custom code written for you?",
        "question_zh": "为你定制开发的代码归谁所有？",
        "help_en": (
            "Good: you own it outright and receive the full source; bad: the vendor keeps the "
            "copyright and can resell your features or lock you in. Under Chinese copyright law a "
            "commissioned work belongs to the developer unless the contract says otherwise, so "
            "'not stated' means the vendor owns it."
        ),
        "help_zh": (
            "好：完全归你方所有，并交付完整源码；差：版权归供应商，"
            "对方可以把你的功能转卖给别人，或借此把你绑死。"
            "按著作权法，委托开发的作品在合同没有约定时归受托方，所以“没写”就等于归供应商。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "customer_owns",
                    "label_en": "You own it; full source delivered",
                    "label_zh": "归你方所有，交付完整源码",
                    "score": 100,
                },
                {
                    "key": "perpetual_licence",
                    "label_en": "Vendor owns it; you get a perpetual licence with source",
                    "label_zh": "供应商保留版权，授予你永久使用权并交付源码",
                    "score": 45,
                },
                {
                    "key": "vendor_owns",
                    "label_en": "Vendor owns it",
                    "label_zh": "归供应商所有",
                    "score": 0,
                },
                {
                    "key": "not_stated",
                    "label_en": "Not stated in the contract",
                    "label_zh": "合同未写明",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Custom code owned by the vendor (or ownership not stated)",
            "label_zh": "定制代码归供应商所有（或归属未写明）",
            "any_of": ["vendor_owns", "not_stated"],
            "severity": "critical",
        },
        "na_allowed": False,
    },
    {
        "key": "custom_architecture_fit",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["article-2: 定制开发"],
        "question_en": "How well does custom work fit the existing architecture and survive upgrades?",
        "question_zh": "定制功能与现有架构是否兼容，后续升级能否保留？",
        "help_en": (
            "1 = patched straight into core files and breaks on the next update; 2 = core files "
            "edited, and the vendor redoes the changes by hand at each upgrade; 3 = mostly "
            "separate, but a few core edits need merging every time; 4 = built as separate "
            "modules, with small conflicts at upgrades; 5 = built on documented extension points "
            "and carried into every release without conflicts."
        ),
        "help_zh": (
            "1 = 直接改核心文件，下次更新就冲突；2 = 改了核心文件，"
            "每次升级由供应商手工重做一遍；3 = 大部分独立，但少量核心改动每次都要合并；"
            "4 = 以独立模块开发，升级时偶有小冲突；5 = 基于公开的扩展点开发，"
            "每次升级都能原样保留、不起冲突。"
        ),
        "answer_type": "scale",
        "weight": 3,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "custom_written_plan",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["article-2: 定制开发"],
        "question_en": ("Does the vendor deliver a written technical plan with a risk assessment before work starts?"),
        "question_zh": "开工前，供应商是否出具书面技术方案和风险评估？",
        "help_en": (
            "Good: a plan covering design, affected modules, effort and risks, signed off by you "
            "before coding; bad: coding starts from a chat message."
        ),
        "help_zh": (
            "好：方案写明设计思路、影响模块、工作量和风险，经你方确认后才开工；差：凭一句聊天记录就开始写代码。"
        ),
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "custom_dev_team",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["article-2: 定制开发", "issue-9: new red flags"],
        "question_en": "Who does the custom development work?",
        "question_zh": "定制开发由谁来做？",
        "help_en": (
            "Good: the vendor's own engineers who know the core code; bad: quietly passed to a "
            "subcontractor you never meet."
        ),
        "help_zh": "好：熟悉核心代码的自有工程师；差：私下转包给你从未接触过的外包团队。",
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "in_house",
                    "label_en": "Vendor's own engineers",
                    "label_zh": "供应商自有工程师",
                    "score": 100,
                },
                {
                    "key": "disclosed_subcontractor",
                    "label_en": "A subcontractor named in the contract",
                    "label_zh": "合同中写明的外包方",
                    "score": 45,
                },
                {
                    "key": "undisclosed",
                    "label_en": "Subcontracted without telling you",
                    "label_zh": "未告知的转包",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Work subcontracted without telling you",
            "label_zh": "私下转包，未告知你方",
            "any_of": ["undisclosed"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "source_parts_delivered",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["issue-9: source completeness"],
        "question_en": "Which parts of the platform were delivered as complete source code that builds?",
        "question_zh": "平台的哪些部分交付了完整、能编译的源码？",
        "help_en": (
            "Build each part yourself from what was delivered, before paying the balance. Good: "
            "all five build on a clean machine by following the documents; bad: the apps come as "
            "installers only, or the server needs a package you were never given."
        ),
        "help_zh": (
            "付尾款之前，自己用交付物把每一部分都编译一遍。"
            "好：五个部分都能在干净环境里照着文档编译通过；"
            "差：App 只给了安装包，或者服务端依赖一个从没交给你的包。"
        ),
        "answer_type": "multi",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "server",
                    "label_en": "Server",
                    "label_zh": "服务端",
                    "score": 30,
                },
                {
                    "key": "admin",
                    "label_en": "Admin console",
                    "label_zh": "管理后台",
                    "score": 15,
                },
                {
                    "key": "web_h5",
                    "label_en": "Web and H5 pages",
                    "label_zh": "Web 端和 H5 页面",
                    "score": 15,
                },
                {
                    "key": "ios",
                    "label_en": "iOS app",
                    "label_zh": "iOS 客户端",
                    "score": 20,
                },
                {
                    "key": "android",
                    "label_en": "Android app",
                    "label_zh": "Android 客户端",
                    "score": 20,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "closed_modules",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["issue-9: source completeness"],
        "question_en": "Is any of the vendor's own code delivered encrypted, obfuscated or as binaries only?",
        "question_zh": "供应商自己写的代码里，有没有加密、混淆或只给二进制的部分？",
        "help_en": (
            "Look for encrypted PHP (ionCube, Swoole Compiler), obfuscated JavaScript, and .so, "
            ".a, .jar or .framework files that are not a named third-party SDK. Good: everything "
            "the vendor wrote is readable source; bad: the gift, billing or streaming core is a "
            "compiled library you can neither fix nor move."
        ),
        "help_zh": (
            "重点检查加密过的 PHP（如 ionCube、Swoole Compiler）、混淆过的 JS，"
            "以及不属于具名第三方 SDK 的 .so、.a、.jar、.framework 文件。"
            "好：供应商写的代码全部是可读源码；差：礼物、计费或推流核心是编译好的库，"
            "你改不了也迁不走。"
        ),
        "answer_type": "single",
        "weight": 5,
        "rule": {
            "options": [
                {
                    "key": "all_readable",
                    "label_en": "All of the vendor's own code is readable source",
                    "label_zh": "供应商自有代码全部为可读源码",
                    "score": 100,
                },
                {
                    "key": "minified_web",
                    "label_en": "Web front end minified, original source missing",
                    "label_zh": "Web 前端只给了压缩后的代码，缺原始源码",
                    "score": 50,
                },
                {
                    "key": "core_closed",
                    "label_en": "Some of the vendor's modules encrypted, obfuscated or binary-only",
                    "label_zh": "部分自有模块加密、混淆或只给二进制",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Vendor's core modules encrypted or binary-only",
            "label_zh": "供应商核心模块加密或只给二进制",
            "any_of": ["core_closed"],
            "severity": "critical",
        },
        "na_allowed": False,
    },
    {
        "key": "licence_lock",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["issue-9: source completeness"],
        "question_en": "Is the software tied to a licence key, a domain, an expiry date or a machine?",
        "question_zh": "软件是否绑定了授权码、域名、到期时间或服务器？",
        "help_en": (
            "Search the code for licence checks and requests that call the vendor's servers. Good: "
            "no licence check at all, or one the contract obliges the vendor to remove for free; "
            "bad: the platform stops when the licence 'expires' or when you move to a new domain "
            "or server."
        ),
        "help_zh": (
            "在代码里搜索授权校验，以及向供应商服务器发请求的地方。"
            "好：没有任何授权校验，或者合同约定供应商免费解除；"
            "差：授权一“到期”，或者换了域名、服务器，平台就停摆。"
        ),
        "answer_type": "single",
        "weight": 5,
        "rule": {
            "options": [
                {
                    "key": "no_lock",
                    "label_en": "No licence check",
                    "label_zh": "没有任何授权校验",
                    "score": 100,
                },
                {
                    "key": "removable",
                    "label_en": "A domain check the contract obliges the vendor to remove for free",
                    "label_zh": "有域名校验，但合同约定免费解除",
                    "score": 60,
                },
                {
                    "key": "locked",
                    "label_en": "Bound to a domain, date or machine the vendor controls",
                    "label_zh": "绑定域名、期限或服务器，由供应商控制",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Licence lock on domain, date or machine",
            "label_zh": "存在绑定域名、期限或服务器的授权锁",
            "any_of": ["locked"],
            "severity": "critical",
        },
        "na_allowed": False,
    },
    {
        "key": "backdoor_check",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["issue-9: source completeness"],
        "question_en": "Has anyone checked the code for backdoors or a remote kill switch?",
        "question_zh": "是否核查过代码里有没有后门或远程关停开关？",
        "help_en": (
            "Look for hidden admin accounts, hard-coded master passwords, and code that fetches "
            "commands or an on/off flag from the vendor's servers. Good: your own or a third-party "
            "review found nothing, and the contract forbids such code; bad: a switch that can shut "
            "your platform if a payment is late."
        ),
        "help_zh": (
            "重点查隐藏的管理员账号、写死的万能密码，以及从供应商服务器拉取指令或开关的代码。"
            "好：你方或第三方审查没有发现问题，合同也明确禁止此类代码；"
            "差：存在远程开关，一旦晚付款，平台就可能被关停。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "reviewed_clean",
                    "label_en": "Reviewed, nothing found, and the contract forbids it",
                    "label_zh": "已审查未发现，合同也明确禁止",
                    "score": 100,
                },
                {
                    "key": "reviewed_no_clause",
                    "label_en": "Reviewed, nothing found, no clause",
                    "label_zh": "已审查未发现，但合同没有相关条款",
                    "score": 75,
                },
                {
                    "key": "not_reviewed",
                    "label_en": "Not reviewed yet",
                    "label_zh": "尚未审查",
                    "score": 30,
                },
                {
                    "key": "found",
                    "label_en": "Backdoor or remote switch found",
                    "label_zh": "发现后门或远程开关",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Backdoor or remote kill switch in the code",
            "label_zh": "代码中存在后门或远程关停开关",
            "any_of": ["found"],
            "severity": "critical",
        },
        "na_allowed": False,
    },
    {
        "key": "signing_keys_accounts",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["issue-9: source completeness"],
        "question_en": "Who holds the app signing keys and the app-store developer accounts?",
        "question_zh": "App 签名证书和应用商店开发者账号在谁手里？",
        "help_en": (
            "Whoever holds them decides whether your apps can be updated. Good: Apple, Google and "
            "Android-store accounts registered to your company, keystore and certificates handed "
            "over; bad: the apps are published under the vendor's account and you cannot ship an "
            "update without it."
        ),
        "help_zh": (
            "谁掌握这些，谁就决定你的 App 还能不能更新。"
            "好：苹果、谷歌和各安卓商店账号都注册在你公司名下，签名文件和证书已移交；"
            "差：App 挂在供应商的账号下，离开它你连更新都发不了。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "buyer_holds",
                    "label_en": "All in your name, keys handed over",
                    "label_zh": "全部在你方名下，签名文件已移交",
                    "score": 100,
                },
                {
                    "key": "vendor_keys",
                    "label_en": "Your accounts, but only the vendor has the signing keys",
                    "label_zh": "账号是你方的，但签名文件只在供应商手里",
                    "score": 30,
                },
                {
                    "key": "vendor_accounts",
                    "label_en": "Published under the vendor's accounts",
                    "label_zh": "App 发布在供应商的账号下",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Signing keys or store accounts held by the vendor",
            "label_zh": "签名证书或商店账号由供应商掌握",
            "any_of": ["vendor_keys", "vendor_accounts"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "support_after_modification",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["issue-9: secondary development"],
        "question_en": "Does support continue after your team changes the code (二次开发)?",
        "question_zh": "你方做了二次开发之后，售后还管不管？",
        "help_en": (
            "Almost every buyer changes the code, and some vendors then refuse all support. Good: "
            "untouched modules stay fully supported and problems in changed code are handled at a "
            "listed rate; bad: 'you modified it, so we no longer support anything'."
        ),
        "help_zh": (
            "买源码的团队几乎都会二次开发，有的供应商借此拒绝一切售后。"
            "好：没改动的模块照常支持，改动部分出问题按约定价格协助排查；"
            "差：“你们改过代码，我们就不管了”。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "continues",
                    "label_en": "Continues; help with changed code at a listed rate",
                    "label_zh": "照常支持，改动部分按约定价格协助",
                    "score": 100,
                },
                {
                    "key": "untouched_only",
                    "label_en": "Untouched modules only",
                    "label_zh": "只支持没改动过的模块",
                    "score": 60,
                },
                {
                    "key": "voided",
                    "label_en": "Any change ends support",
                    "label_zh": "一改代码就不再支持",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Support ends once you change the code",
            "label_zh": "二次开发后售后即终止",
            "any_of": ["voided"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "custom_quote_notes",
        "dimension": "custom_dev",
        "scenarios": [],
        "sources": ["article-2: 定制开发"],
        "question_en": "Record the custom-development quote and estimate you received.",
        "question_zh": "记录你收到的定制开发报价和工作量评估。",
        "help_en": ("Note the billing basis, the estimated effort per feature and any assumptions behind the price."),
        "help_zh": "注明计费方式、各项功能的预估工作量，以及报价所依据的前提条件。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    # 9. Pricing and term: fee protection, itemised and hidden fees, third-party costs, renewal.
    {
        "key": "support_fee_protection",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["article-2: 收费方式", "issue-9: consistency (fee model)"],
        "question_en": "How well does the way support is charged protect you from surprise costs?",
        "question_zh": "售后的收费方式能否防止被额外加价？",
        "help_en": (
            "Whether the fee is annual, per incident or bundled matters less than whether its "
            "scope is written down and its total is capped. Good: a fixed fee with a written list "
            "of what it covers; bad: per-incident charges quoted after the fact."
        ),
        "help_zh": (
            "按年、按次还是打包并不关键，关键在于服务范围是否白纸黑字、总价是否封顶。"
            "好：固定费用并附服务清单；差：按次收费，事后才报价。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "fixed_scoped",
                    "label_en": "Fixed fee (annual or bundled) with a written scope",
                    "label_zh": "固定费用（按年或打包），服务范围书面列明",
                    "score": 100,
                },
                {
                    "key": "per_incident_capped",
                    "label_en": "Per incident from a price list, capped per year",
                    "label_zh": "按次收费，有价目表且全年封顶",
                    "score": 80,
                },
                {
                    "key": "fixed_vague",
                    "label_en": "Fixed fee, scope not written down",
                    "label_zh": "固定费用，但服务范围没写清",
                    "score": 40,
                },
                {
                    "key": "per_incident_open",
                    "label_en": "Per incident, quoted case by case",
                    "label_zh": "按次收费，每次单独报价",
                    "score": 15,
                },
                {
                    "key": "unclear",
                    "label_en": "Not explained",
                    "label_zh": "说不清楚",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "fees_itemised",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["article-2: 收费方式"],
        "question_en": "Are all fees itemised in the contract?",
        "question_zh": "合同里是否逐项列明了所有费用？",
        "help_en": (
            "Good: source, support, updates, custom work, servers and training each have a price; "
            "bad: one low headline price with the rest 'to be discussed'."
        ),
        "help_zh": "好：源码、售后、更新、定制、服务器、培训各有明确价格；差：只有一个低价，其余“另行商议”。",
        "answer_type": "yes_no",
        "weight": 4,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "open_ended_charges",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["article-2: 收费方式"],
        "question_en": "Does the contract allow open-ended 'other charges' that are not priced today?",
        "question_zh": "合同中是否有未定价、可随意追加的“其他费用”？",
        "help_en": (
            "A cheap entry price is often recovered later. Good: no such clause; bad: wording like "
            "'other fees as incurred' or 'charged separately where needed'."
        ),
        "help_zh": (
            "低价签约、事后加价是常见套路。好：没有此类条款；"
            "差：出现“其他费用按实际发生收取”“视情况另行收费”之类的表述。"
        ),
        "answer_type": "yes_no",
        "weight": 5,
        "rule": {"yes": 0, "no": 100},
        "red_flag": {
            "label_en": "Hidden or open-ended 'other charges'",
            "label_zh": "存在隐性或不封顶的“其他费用”",
            "equals": "yes",
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "service_term_years",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["article-2: 服务期限"],
        "question_en": "How many years does the after-sales service term cover?",
        "question_zh": "售后服务期为几年？",
        "help_en": (
            "One year is usual; three or more is rarer and usually cheaper per year. Good for a "
            "long-running platform: a multi-year term at a fixed price; bad: six months."
        ),
        "help_zh": (
            "通常为一年，少数可签三年或更久，年均价格往往更低。对长期运营的平台，好：多年期且价格锁定；差：只有半年。"
        ),
        "answer_type": "number",
        "weight": 2,
        "rule": {
            "unit_en": "years",
            "unit_zh": "年",
            "better": "higher",
            "bands": [[3, 100], [2, 85], [1, 65]],
            "otherwise": 20,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "renewal_policy",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["article-2: 续费政策"],
        "question_en": "What happens to the price when the service term ends?",
        "question_zh": "服务到期后，续费价格如何约定？",
        "help_en": (
            "Good: renewal at the same price, or with a written cap such as at most 10% a year; "
            "bad: 'renewal at the price in force at that time', which can be anything."
        ),
        "help_zh": (
            "好：按原价续费，或书面约定涨幅上限（如每年不超过 10%）；差：“按届时价格续费”，涨多少全由对方说了算。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "same_price",
                    "label_en": "Renewal at the same price",
                    "label_zh": "按原价续费",
                    "score": 100,
                },
                {
                    "key": "capped_increase",
                    "label_en": "Renewal with a written price cap",
                    "label_zh": "续费涨幅有书面上限",
                    "score": 80,
                },
                {
                    "key": "new_price",
                    "label_en": "Renewal at whatever price applies then",
                    "label_zh": "按届时新价格续费",
                    "score": 0,
                },
                {
                    "key": "not_stated",
                    "label_en": "Not stated",
                    "label_zh": "合同未约定",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "No renewal price cap; renewal at any new price",
            "label_zh": "续费价格无上限，可按任意新价格续费",
            "any_of": ["new_price", "not_stated"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "three_year_cost_quote",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["article-2: 收费方式", "article-2: 续费政策"],
        "question_en": "Did the vendor give a written quote for the total cost over three years?",
        "question_zh": "供应商是否书面报出三年总成本？",
        "help_en": (
            "Good: source, support, renewals and expected paid updates added up over three years; "
            "bad: only the first-year price."
        ),
        "help_zh": "好：把源码、售后、续费和预计的付费更新累计三年给出总价；差：只报第一年的价格。",
        "answer_type": "yes_no",
        "weight": 2,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "third_party_disclosure",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["issue-9: third-party dependencies", "article-2: 收费方式（隐性收费）"],
        "question_en": (
            "Did the vendor list every third-party service the platform needs, with who pays and how much?"
        ),
        "question_zh": "供应商是否列出了平台依赖的全部第三方服务，以及由谁付费、费用多少？",
        "help_en": (
            "RTC or CDN, beauty SDK, IM, SMS, real-name checks and payment all cost money, some by "
            "usage and some by yearly licence. Good: a signed list with the account holder, the "
            "yearly fee and who supports each; bad: the beauty SDK's licence bill arrives after "
            "launch."
        ),
        "help_zh": (
            "RTC / CDN、美颜 SDK、IM、短信、实名认证、支付都要花钱，有的按量计费，有的按年授权。"
            "好：签字确认的清单，逐项写明账号归属、年费和技术支持方；"
            "差：上线后才收到美颜 SDK 的授权费账单。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {
                    "key": "full_list",
                    "label_en": "Full list with account holder, yearly fee and support owner",
                    "label_zh": "完整清单：账号归属、年费、技术支持方",
                    "score": 100,
                },
                {
                    "key": "list_no_costs",
                    "label_en": "A list without costs",
                    "label_zh": "有清单，但没写费用",
                    "score": 50,
                },
                {
                    "key": "no_list",
                    "label_en": "No list",
                    "label_zh": "没有清单",
                    "score": 10,
                },
                {
                    "key": "hidden_paid_sdk",
                    "label_en": "A paid SDK turned up that was not disclosed",
                    "label_zh": "发现了事先没告知的收费 SDK",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Undisclosed paid third-party SDK",
            "label_zh": "存在事先未告知的收费第三方 SDK",
            "any_of": ["hidden_paid_sdk"],
            "severity": "critical",
        },
        "na_allowed": False,
    },
    {
        "key": "third_party_accounts_owner",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["issue-9: third-party dependencies"],
        "question_en": "In whose name are the third-party service accounts (RTC, CDN, SMS, payment)?",
        "question_zh": "第三方服务（RTC、CDN、短信、支付）的账号开在谁名下？",
        "help_en": (
            "Good: every account in your company's name, billed to you directly; bad: everything "
            "runs on the vendor's accounts and is resold to you at a markup, so leaving the vendor "
            "means a rushed migration."
        ),
        "help_zh": (
            "好：所有账号都开在你公司名下，费用直接和服务商结算；"
            "差：全部挂在供应商账号下加价转卖，想换供应商只能仓促迁移。"
        ),
        "answer_type": "single",
        "weight": 2,
        "rule": {
            "options": [
                {
                    "key": "buyer_name",
                    "label_en": "All in your company's name",
                    "label_zh": "全部在你公司名下",
                    "score": 100,
                },
                {
                    "key": "vendor_transferable",
                    "label_en": "Vendor's accounts, transfer to you written into the contract",
                    "label_zh": "在供应商名下，合同约定随时可转给你方",
                    "score": 50,
                },
                {
                    "key": "vendor_resold",
                    "label_en": "Vendor's accounts, resold to you",
                    "label_zh": "在供应商名下，加价转卖给你",
                    "score": 10,
                },
            ],
        },
        "red_flag": {
            "label_en": "Third-party services resold on the vendor's accounts",
            "label_zh": "第三方服务挂在供应商账号下转卖",
            "any_of": ["vendor_resold"],
            "severity": "warning",
        },
        "na_allowed": False,
    },
    {
        "key": "fee_quote_notes",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["article-2: 收费方式"],
        "question_en": "Paste the fee lines from the quote or contract.",
        "question_zh": "粘贴报价单或合同中的费用条目。",
        "help_en": (
            "Copy each fee with its amount, period and conditions so managers can compare vendors line by line."
        ),
        "help_zh": "逐条抄录费用名称、金额、周期和条件，便于管理者逐项对比各家供应商。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "third_party_cost_notes",
        "dimension": "pricing",
        "scenarios": [],
        "sources": ["issue-9: third-party dependencies"],
        "question_en": ("List each third-party service with its provider, account holder and expected yearly cost."),
        "question_zh": "逐项列出第三方服务：服务商、账号归属和预计年费。",
        "help_en": (
            "Include usage-based services (RTC minutes, CDN traffic, SMS) with your own estimate of next year's volume."
        ),
        "help_zh": "按量计费的服务（RTC 分钟数、CDN 流量、短信）请附上你对明年用量的估算。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    # 10. Credibility: customers, references, scale, viability, load tests, and scenario proof.
    {
        "key": "similar_customer_cases",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["article-1: 询问客户案例"],
        "question_en": "How many live customers in a scenario like yours can the vendor name?",
        "question_zh": "供应商能列出多少家与你业务场景相似、仍在运营的客户？",
        "help_en": (
            "Similar means the same scenario (show, 1v1, e-commerce, overseas) at a similar scale. "
            "Good: five or more you can verify; bad: only logos on a slide."
        ),
        "help_zh": (
            "相似指同一场景（秀场、1v1、电商、出海）且规模相近。好：五家以上且可以核实；差：只有 PPT 上的几个 logo。"
        ),
        "answer_type": "number",
        "weight": 4,
        "rule": {
            "unit_en": "customers",
            "unit_zh": "家",
            "better": "higher",
            "bands": [[10, 100], [5, 80], [2, 50], [1, 25]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "reference_contacted",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["article-1: 询问客户案例"],
        "question_en": "Did you speak directly with at least one reference customer?",
        "question_zh": "你是否与至少一家参考客户直接沟通过？",
        "help_en": (
            "Good: the vendor introduced you and you asked how a real incident was handled; bad: "
            "the vendor refused, or only forwarded a written testimonial."
        ),
        "help_zh": ("好：供应商帮你牵线，你亲自问了一次真实故障的处理经过；差：供应商拒绝引荐，或只转来一段书面好评。"),
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "reference_rating",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["article-1: 询问客户案例"],
        "question_en": "How do reference customers rate the vendor's after-sales support?",
        "question_zh": "参考客户如何评价该供应商的售后服务？",
        "help_en": (
            "1 = complaints about slow or evasive support; 2 = mixed, with at least one incident "
            "badly handled; 3 = 'it's fine', without specifics; 4 = satisfied, and can describe an "
            "incident handled well; 5 = several incidents fixed quickly, and they would buy again."
        ),
        "help_zh": (
            "1 = 抱怨售后慢、爱推诿；2 = 褒贬不一，至少有一次故障处理得很糟；"
            "3 = 只说“还行”，讲不出具体经历；4 = 满意，能讲出一次处理得好的故障；"
            "5 = 多次故障都很快解决，愿意继续合作。"
        ),
        "answer_type": "scale",
        "weight": 3,
        "rule": {},
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "company_scale_tier",
        "dimension": "credibility",
        "scenarios": [],
        "sources": [
            "article-1: 了解团队规模",
            "article-1: 规模背书",
            "issue-9: consistency (company scale)",
        ],
        "question_en": "What is the scale of the vendor's company?",
        "question_zh": "供应商的公司规模如何？",
        "help_en": (
            "Use the same bands as the vendor record. Check the business registration and the "
            "number of insured staff on 企查查 or 天眼查. Bigger is not automatically better, but "
            "a one-person shop cannot staff 24×7 support."
        ),
        "help_zh": (
            "与供应商档案使用同一套分档。可在企查查、天眼查上查工商登记和社保参保人数。"
            "规模大不一定就好，但个人作坊撑不起 7×24 小时的售后。"
        ),
        "answer_type": "single",
        "weight": 2,
        "rule": {
            "options": [
                {
                    "key": "listed",
                    "label_en": "Listed company",
                    "label_zh": "上市公司",
                    "score": 100,
                },
                {
                    "key": "large",
                    "label_en": "500 staff or more, not listed",
                    "label_zh": "500 人及以上（未上市）",
                    "score": 90,
                },
                {
                    "key": "medium",
                    "label_en": "50–499 staff",
                    "label_zh": "50–499 人",
                    "score": 75,
                },
                {
                    "key": "small",
                    "label_en": "Company under 50 staff",
                    "label_zh": "50 人以下的公司",
                    "score": 45,
                },
                {
                    "key": "individual",
                    "label_en": "Individual or online shop, no company behind it",
                    "label_zh": "个人或网店卖家，没有公司主体",
                    "score": 10,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "confidentiality_clause",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["article-2: 合同条款·保密条款", "issue-9: new red flags"],
        "question_en": (
            "Does the contract bind the vendor to keep your business data and user information confidential?"
        ),
        "question_zh": "合同是否约定供应商对你的业务数据和用户信息保密？",
        "help_en": (
            "Support engineers can see your servers and databases. Good: a clause forbidding "
            "disclosure and reuse, with penalties; bad: no clause at all."
        ),
        "help_zh": (
            "售后工程师能接触你的服务器和数据库。好：有保密条款，禁止泄露和挪作他用，"
            "并约定违约责任；差：完全没有相关条款。"
        ),
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": {
            "label_en": "No confidentiality clause for your data",
            "label_zh": "合同没有数据保密条款",
            "equals": "no",
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "peak_stability_case",
        "dimension": "credibility",
        "scenarios": ["ecommerce-live"],
        "sources": ["article-2: 电商直播案例（上线即崩溃）"],
        "question_en": "Can the vendor show a customer that stayed stable on this code through a promotion peak?",
        "question_zh": "供应商能否举出客户用这套源码平稳度过大促高峰的案例？",
        "help_en": (
            "Key for e-commerce live. Good: monitoring screenshots from a shopping festival "
            "showing concurrency and error rates; bad: 'it handles any load' with no numbers."
        ),
        "help_zh": (
            "电商直播的关键。好：能提供购物节期间的监控截图，包括并发量和错误率；"
            "差：只说“多大流量都扛得住”，拿不出数据。"
        ),
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "connect_time_1v1_ms",
        "dimension": "credibility",
        "scenarios": ["1v1-social"],
        "sources": ["article-1: 1V1社交场景"],
        "question_en": "In your own test, how many milliseconds did a 1v1 video call take to connect?",
        "question_zh": "你实测的 1v1 视频通话接通耗时是多少毫秒？",
        "help_en": (
            "Test across regions and on mobile networks. Good: under 600 ms; bad: several seconds, "
            "by which time users hang up."
        ),
        "help_zh": "请跨地区、在移动网络下测试。好：600 毫秒以内；差：要好几秒，用户早就挂断了。",
        "answer_type": "number",
        "weight": 3,
        "rule": {
            "unit_en": "ms",
            "unit_zh": "毫秒",
            "better": "lower",
            "bands": [[600, 100], [1000, 75], [2000, 40], [5000, 10]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "node_coverage_regions",
        "dimension": "credibility",
        "scenarios": ["1v1-social", "overseas"],
        "sources": ["article-1: 1V1社交场景", "article-1: 出海业务场景"],
        "question_en": "In how many countries or regions does the vendor's solution have media nodes?",
        "question_zh": "供应商方案的媒体节点覆盖多少个国家或地区？",
        "help_en": (
            "Include nodes of the RTC or CDN provider the code relies on. Good: every region where "
            "your users are; bad: mainland China only, for a global app."
        ),
        "help_zh": (
            "包括源码所依赖的 RTC 或 CDN 服务商的节点。好：覆盖你所有用户所在地区；差：面向全球的应用却只有国内节点。"
        ),
        "answer_type": "number",
        "weight": 2,
        "rule": {
            "unit_en": "regions",
            "unit_zh": "个",
            "better": "higher",
            "bands": [[30, 100], [10, 75], [5, 50], [1, 20]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "years_in_business",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["issue-9: vendor viability"],
        "question_en": "How many years has the vendor been in business?",
        "question_zh": "供应商成立多少年了？",
        "help_en": (
            "Take the founding date from the business registration, not the website. Good: five "
            "years or more selling this product; bad: registered last year, or a new company name "
            "every few years, which often means an old one was abandoned."
        ),
        "help_zh": (
            "以工商登记的成立日期为准，不看官网宣传。好：成立五年以上，一直在卖这套产品；"
            "差：去年才注册，或者每隔几年换一个公司主体，往往意味着旧公司被甩掉了。"
        ),
        "answer_type": "number",
        "weight": 2,
        "rule": {
            "unit_en": "years",
            "unit_zh": "年",
            "better": "higher",
            "bands": [[8, 100], [5, 80], [3, 55], [1, 25]],
            "otherwise": 5,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "legal_credit_check",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["issue-9: vendor viability"],
        "question_en": "What did a check of lawsuits and credit records on 企查查 or 天眼查 show?",
        "question_zh": "在企查查或天眼查上核查涉诉和信用记录，结果如何？",
        "help_en": (
            "Look at contract disputes brought by customers, enforcement records and "
            "abnormal-operation notices; paste the link in the evidence question below. Good: "
            "clean, or a few disputes unrelated to support; bad: on the list of dishonest "
            "judgement debtors (失信被执行人), or several customers suing over support that was "
            "never delivered."
        ),
        "help_zh": (
            "重点看客户起诉的合同纠纷、被执行记录和经营异常，并把查询链接贴到下面的证据题里。"
            "好：记录干净，或只有少量与售后无关的纠纷；差：被列为失信被执行人，"
            "或者多家客户因售后不履约起诉。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "clean",
                    "label_en": "Clean record",
                    "label_zh": "记录干净",
                    "score": 100,
                },
                {
                    "key": "minor_disputes",
                    "label_en": "A few disputes, none about support",
                    "label_zh": "少量纠纷，与售后无关",
                    "score": 60,
                },
                {
                    "key": "not_checked",
                    "label_en": "Not checked yet",
                    "label_zh": "尚未核查",
                    "score": 20,
                },
                {
                    "key": "serious",
                    "label_en": "Dishonest-debtor listing, or repeated customer suits over support",
                    "label_zh": "失信被执行人，或多起客户售后纠纷诉讼",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "Serious lawsuits or a bad credit record",
            "label_zh": "存在严重涉诉或失信记录",
            "any_of": ["serious"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "vendor_exit_plan",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["issue-9: vendor viability", "issue-9: source completeness"],
        "question_en": ("If the vendor disappeared tomorrow (跑路), could you keep running and changing the platform?"),
        "question_zh": "如果供应商明天就跑路，你们能否继续运营和修改平台？",
        "help_en": (
            "Check it rather than take their word: full source that builds, the documents, every "
            "account and key in your name, and no licence server. Good: yes, and the contract adds "
            "a source-escrow or handover clause; bad: the platform needs the vendor's servers or "
            "accounts to run."
        ),
        "help_zh": (
            "要逐项核对，而不是听对方保证：完整可编译的源码和文档、所有账号和密钥都在你方名下、"
            "不依赖授权服务器。好：完全可以，合同里还有源码托管或交接条款；"
            "差：平台离不开供应商的服务器或账号。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "yes_with_clause",
                    "label_en": "Yes, and the contract has a handover or escrow clause",
                    "label_zh": "可以，合同还有交接或源码托管条款",
                    "score": 100,
                },
                {
                    "key": "yes",
                    "label_en": "Yes, but nothing in the contract",
                    "label_zh": "可以，但合同里没有相关约定",
                    "score": 70,
                },
                {
                    "key": "with_rework",
                    "label_en": "Only after a lot of rework",
                    "label_zh": "要大量返工才行",
                    "score": 30,
                },
                {
                    "key": "no",
                    "label_en": "No: it depends on the vendor's servers or accounts",
                    "label_zh": "不能：平台依赖供应商的服务器或账号",
                    "score": 0,
                },
            ],
        },
        "red_flag": {
            "label_en": "The platform cannot run without the vendor",
            "label_zh": "离开供应商平台就无法运行",
            "any_of": ["no"],
            "severity": "major",
        },
        "na_allowed": False,
    },
    {
        "key": "stress_test_report",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["issue-9: peak and event assurance", "article-1: 上线第二周并发高峰崩溃"],
        "question_en": "What evidence of load testing did the vendor give?",
        "question_zh": "供应商拿出了哪些压测证据？",
        "help_en": (
            "Good: a report detailed enough to rerun on your own servers; bad: 'it supports millions of users'."
        ),
        "help_zh": "好：报告详细到你能在自己的服务器上复测；差：一句“支持百万用户”。",
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "full_report",
                    "label_en": "A report with method, hardware, concurrency reached and error rates",
                    "label_zh": "完整报告：测试方法、硬件配置、达到的并发和错误率",
                    "score": 100,
                },
                {
                    "key": "figure_only",
                    "label_en": "A concurrency figure without a report",
                    "label_zh": "只报一个并发数字，没有报告",
                    "score": 30,
                },
                {
                    "key": "nothing",
                    "label_en": "Nothing",
                    "label_zh": "什么都没有",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "concurrency_headroom",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["issue-9: peak and event assurance"],
        "question_en": "Compared with your expected peak, how high has the platform been load-tested?",
        "question_zh": "与你方预计的峰值相比，平台压测到过多高的并发？",
        "help_en": (
            "Peaks come from events and promotions, not from the daily average. Estimate your peak "
            "concurrent viewers, then compare it with the tested figure on similar servers. Good: "
            "three times your peak or more; bad: below your peak, or never tested."
        ),
        "help_zh": (
            "高峰来自活动和大促，而不是日均。先估出你方同时在线的峰值，"
            "再对照同等配置服务器上的压测数据。好：压到你方峰值的 3 倍以上；"
            "差：低于峰值，或者从来没压过。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "three_times",
                    "label_en": "Three times your peak or more",
                    "label_zh": "你方峰值的 3 倍以上",
                    "score": 100,
                },
                {
                    "key": "about_peak",
                    "label_en": "About your peak",
                    "label_zh": "与你方峰值相当",
                    "score": 60,
                },
                {
                    "key": "below_peak",
                    "label_en": "Below your peak",
                    "label_zh": "低于你方峰值",
                    "score": 10,
                },
                {
                    "key": "untested",
                    "label_en": "Never tested",
                    "label_zh": "从未压测",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "show_pk_cohost_test",
        "dimension": "credibility",
        "scenarios": ["show-live"],
        "sources": ["issue-9: scenario criteria (show)", "article-1: 秀场直播场景（连麦、PK）"],
        "question_en": "How did PK and co-hosting behave in your test?",
        "question_zh": "实测 PK 和连麦时表现如何？",
        "help_en": (
            "Run a PK between two hosts on different networks and switch one from Wi-Fi to 4G "
            "midway. Good: the mixed picture stays in sync, scores update live and the link "
            "survives the switch; bad: the link drops or the two sides show different scores."
        ),
        "help_zh": (
            "让两位主播在不同网络下 PK，中途把一方从 Wi-Fi 切到 4G。"
            "好：合流画面同步、PK 分数实时刷新，切网也不断；"
            "差：连麦掉线，或者两边显示的分数不一样。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "smooth",
                    "label_en": "In sync, live scores, survives a network switch",
                    "label_zh": "画面同步、分数实时，切网不断",
                    "score": 100,
                },
                {
                    "key": "minor_issues",
                    "label_en": "Works, with noticeable delay or occasional freezes",
                    "label_zh": "能用，但有明显延迟或偶尔卡顿",
                    "score": 60,
                },
                {
                    "key": "broken",
                    "label_en": "Frequent desync, dropped links or wrong scores",
                    "label_zh": "经常不同步、连麦掉线或分数出错",
                    "score": 10,
                },
                {
                    "key": "not_supported",
                    "label_en": "Not supported",
                    "label_zh": "不支持",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "overseas_latency_ms",
        "dimension": "credibility",
        "scenarios": ["overseas"],
        "sources": ["issue-9: scenario criteria (overseas latency)", "article-1: 出海业务场景"],
        "question_en": (
            "Measured in your target market, how many milliseconds of delay does a co-hosting call have end to end?"
        ),
        "question_zh": "在目标市场实测，连麦通话的端到端延迟是多少毫秒？",
        "help_en": (
            "Test from phones on local mobile networks in the target country, not from an office "
            "in China through a VPN. Good: under 400 ms; bad: over a second, so the hosts talk "
            "over each other."
        ),
        "help_zh": (
            "用目标国家本地运营商网络下的手机测，不要在国内办公室挂 VPN 测。好：400 毫秒以内；"
            "差：超过一秒，连麦双方互相抢话。"
        ),
        "answer_type": "number",
        "weight": 3,
        "rule": {
            "unit_en": "ms",
            "unit_zh": "毫秒",
            "better": "lower",
            "bands": [[400, 100], [800, 70], [1500, 35], [3000, 10]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "ecom_live_shopping",
        "dimension": "credibility",
        "scenarios": ["ecommerce-live"],
        "sources": ["issue-9: scenario criteria (e-commerce)", "article-2: 电商直播案例"],
        "question_en": "Which e-commerce live features worked end to end in your test?",
        "question_zh": "测试时，哪些电商直播功能完整跑通了？",
        "help_en": (
            "Place real orders from several phones at once. Good: stock never goes below zero in a "
            "flash sale; bad: product cards still show items that sold out."
        ),
        "help_zh": "用多台手机同时真实下单。好：秒杀时不超卖；差：商品都卖光了，卡片还在显示。",
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "product_cards",
                    "label_en": "Product cards popped up and pinned during the stream",
                    "label_zh": "直播中弹出、置顶商品卡片",
                    "score": 25,
                },
                {
                    "key": "shopping_bag",
                    "label_en": "Shopping bag listing the stream's products",
                    "label_zh": "直播间购物袋（商品列表）",
                    "score": 20,
                },
                {
                    "key": "flash_sales",
                    "label_en": "Flash sales and coupons with correct stock",
                    "label_zh": "限时秒杀和优惠券，库存准确",
                    "score": 30,
                },
                {
                    "key": "order_sync",
                    "label_en": "Orders and stock synced with your shop system",
                    "label_zh": "订单和库存与你方商城系统同步",
                    "score": 25,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "ecom_device_compat",
        "dimension": "credibility",
        "scenarios": ["ecommerce-live"],
        "sources": [
            "issue-9: scenario criteria (e-commerce)",
            "article-2: 电商直播案例（兼容性问题）",
        ],
        "question_en": "How did the live room and checkout run on your buyers' low-end and older phones?",
        "question_zh": "直播间和下单流程在你方买家常用的低端、老旧机型上表现如何？",
        "help_en": (
            "Test the models your analytics show most, including a low-end Android phone and the "
            "H5 page inside WeChat. Good: smooth, no crashes, payment completes; bad: crashes or a "
            "payment page that never loads."
        ),
        "help_zh": (
            "测你方数据里占比最高的机型，包括一台低端安卓机和微信内打开的 H5 页面。"
            "好：流畅、不闪退、能完成支付；差：闪退，或支付页面打不开。"
        ),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "smooth",
                    "label_en": "Smooth on every model tested, payment completes",
                    "label_zh": "测试机型全部流畅，支付正常",
                    "score": 100,
                },
                {
                    "key": "lags",
                    "label_en": "Runs, but stutters or overheats on low-end phones",
                    "label_zh": "能跑，但低端机卡顿或发烫",
                    "score": 50,
                },
                {
                    "key": "fails",
                    "label_en": "Crashes or cannot pay on some models",
                    "label_zh": "部分机型闪退或无法支付",
                    "score": 0,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "voice_mic_seats",
        "dimension": "credibility",
        "scenarios": ["voice-room"],
        "sources": ["issue-9: voice-room"],
        "question_en": "Which mic-seat functions worked in your voice-room test?",
        "question_zh": "语聊房测试中，哪些麦位功能正常？",
        "help_en": (
            "Test with a full room on several phones. Good: every seat shows who is speaking, and "
            "seat states are right after a reconnect; bad: a user drops and the seat shows 'taken' "
            "until the room closes."
        ),
        "help_zh": (
            "用多台手机把房间坐满测试。好：每个麦位都实时显示谁在说话，断线重连后麦位状态正确；"
            "差：用户掉线了，麦位一直显示有人，直到关房。"
        ),
        "answer_type": "multi",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "seat_layouts",
                    "label_en": "8- or 9-seat layouts with a host seat",
                    "label_zh": "8 麦、9 麦布局及主持位",
                    "score": 25,
                },
                {
                    "key": "seat_control",
                    "label_en": "Host can lock, mute and invite to seats",
                    "label_zh": "房主可以锁麦、禁麦、抱人上麦",
                    "score": 25,
                },
                {
                    "key": "mic_queue",
                    "label_en": "Queue for requesting a seat",
                    "label_zh": "排麦（申请上麦队列）",
                    "score": 20,
                },
                {
                    "key": "state_after_reconnect",
                    "label_en": "Seat states right after a reconnect",
                    "label_zh": "断线重连后麦位状态正确",
                    "score": 30,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "voice_gift_effects",
        "dimension": "credibility",
        "scenarios": ["voice-room"],
        "sources": ["issue-9: voice-room"],
        "question_en": "How do full-screen gift animations run on a low-end phone while people are speaking?",
        "question_zh": "有人说话时播放全屏礼物特效，低端手机上表现如何？",
        "help_en": (
            "Send several big gifts in a row on a low-end Android phone. Good: effects queue up "
            "and voices stay clear; bad: voices break up while an animation plays."
        ),
        "help_zh": ("在低端安卓机上连续送几个大礼物。好：特效排队播放，语音始终清楚；差：特效一播，语音就断断续续。"),
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {
                    "key": "smooth",
                    "label_en": "Smooth, voices never stutter",
                    "label_zh": "流畅，语音不卡",
                    "score": 100,
                },
                {
                    "key": "drops_frames",
                    "label_en": "Animation drops frames, voices fine",
                    "label_zh": "特效掉帧，但语音正常",
                    "score": 50,
                },
                {
                    "key": "voice_breaks",
                    "label_en": "Voices stutter or the app crashes",
                    "label_zh": "语音卡顿甚至闪退",
                    "score": 10,
                },
            ],
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "reference_notes",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["article-1: 询问客户案例"],
        "question_en": "Summarise what the reference customers told you.",
        "question_zh": "总结参考客户的反馈。",
        "help_en": (
            "Name each customer and its scenario, the incidents they mentioned and how quickly each was handled."
        ),
        "help_zh": "写明客户名称和业务场景、提到的故障，以及每次的处理速度。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "legal_credit_link",
        "dimension": "credibility",
        "scenarios": [],
        "sources": ["issue-9: vendor viability"],
        "question_en": "Paste the 企查查 or 天眼查 link and note what you found.",
        "question_zh": "贴上企查查或天眼查的链接，并记下查到的情况。",
        "help_en": ("Note the date of the check and each record that matters: case number, parties and outcome."),
        "help_zh": "注明查询日期，以及每条相关记录的案号、当事方和结果。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
]

PROFILES: list[dict] = [
    {
        "slug": "balanced",
        "scenario": "",
        "name_en": "Balanced",
        "name_zh": "均衡",
        "description_en": (
            "Every dimension counts the same and no scenario's criteria are boosted. A neutral starting point "
            "when no scenario dominates."
        ),
        "description_zh": "所有维度权重相同，也不突出任何场景的专项题，适合没有明显侧重场景时作为中性基准。",
        "weights": {
            "response_speed": 1,
            "support_depth": 1,
            "team_stability": 1,
            "bug_fix": 1,
            "iteration": 1,
            "documentation": 1,
            "sla": 1,
            "custom_dev": 1,
            "pricing": 1,
            "credibility": 1,
        },
    },
    {
        "slug": "show-live",
        "scenario": "show-live",
        "name_en": "Show streaming",
        "name_zh": "秀场直播",
        "description_en": (
            "Single host, co-hosting, PK and multi-host rooms. Picture quality, encoder tuning and new beauty "
            "effects decide retention, so iteration weighs most, then support depth; the show-streaming criteria "
            "(picture tuning, PK and co-hosting) count and other scenarios' criteria do not."
        ),
        "description_zh": (
            "单主播、连麦、PK、多人连屏等玩法。画质、编码调优和新美颜效果直接影响留存，因此迭代能力权重最高，其次是支持深度；"
            "计入秀场专项题（画质调优、PK 与连麦），其他场景的专项题不计。"
        ),
        "weights": {
            "response_speed": 1.5,
            "support_depth": 2,
            "team_stability": 1,
            "bug_fix": 1.5,
            "iteration": 2.5,
            "documentation": 1,
            "sla": 1.5,
            "custom_dev": 1.5,
            "pricing": 1,
            "credibility": 1,
        },
    },
    {
        "slug": "1v1-social",
        "scenario": "1v1-social",
        "name_en": "1v1 video social",
        "name_zh": "1v1 视频社交",
        "description_en": (
            "Connect time (best cases under 600 ms), end-to-end latency, weak-network stability and global node "
            "coverage matter most, so response speed and support depth weigh most; the 1v1 criteria (connect "
            "time, weak-network tuning, call billing) count and other scenarios' criteria do not."
        ),
        "description_zh": (
            "接通速度（最佳可低于 600 毫秒）、端到端延迟、弱网稳定性和全球节点覆盖最关键，"
            "因此响应速度和支持深度权重最高；计入 1v1 专项题（接通耗时、弱网调优、通话计费），其他场景的专项题不计。"
        ),
        "weights": {
            "response_speed": 2.5,
            "support_depth": 2.5,
            "team_stability": 1,
            "bug_fix": 1.5,
            "iteration": 1.5,
            "documentation": 1,
            "sla": 1.5,
            "custom_dev": 1,
            "pricing": 1,
            "credibility": 1.5,
        },
    },
    {
        "slug": "overseas",
        "scenario": "overseas",
        "name_en": "Going overseas",
        "name_zh": "出海业务",
        "description_en": (
            "Southeast Asia, the Middle East, Europe and the US. Local technical support, regional networks, "
            "regulation and time zones matter, so support depth weighs most, then credibility; the overseas "
            "criteria (local support, privacy rules, payments, latency, nodes) count and other scenarios' "
            "criteria do not."
        ),
        "description_zh": (
            "面向东南亚、中东、欧美等市场。本地技术支持、当地网络、监管要求和时差都很关键，因此支持深度权重最高，其次是可信度；"
            "计入出海专项题（本地支持、隐私法规、支付、延迟、节点），其他场景的专项题不计。"
        ),
        "weights": {
            "response_speed": 1.5,
            "support_depth": 3,
            "team_stability": 1,
            "bug_fix": 1,
            "iteration": 1.5,
            "documentation": 1.5,
            "sla": 1.5,
            "custom_dev": 1,
            "pricing": 1,
            "credibility": 2.5,
        },
    },
    {
        "slug": "ecommerce-live",
        "scenario": "ecommerce-live",
        "name_en": "E-commerce live",
        "name_zh": "电商直播",
        "description_en": (
            "Stability at promotion peaks and broad device compatibility come first, so response speed, bug "
            "fixing and the SLA weigh most; the e-commerce criteria (peak case, shopping features, low-end "
            "devices) count and other scenarios' criteria do not."
        ),
        "description_zh": (
            "大促高峰的稳定性和广泛的机型兼容最重要，因此响应速度、Bug 修复和 SLA 权重最高；"
            "计入电商专项题（大促案例、带货功能、低端机型），其他场景的专项题不计。"
        ),
        "weights": {
            "response_speed": 2.5,
            "support_depth": 1.5,
            "team_stability": 1,
            "bug_fix": 2.5,
            "iteration": 1,
            "documentation": 1,
            "sla": 2.5,
            "custom_dev": 1.5,
            "pricing": 1,
            "credibility": 1.5,
        },
    },
    {
        "slug": "voice-room",
        "scenario": "voice-room",
        "name_en": "Voice chat room",
        "name_zh": "语聊房",
        "description_en": (
            "Multi-seat voice rooms that peak late at night: clean audio with several people on mic, seat states "
            "that survive reconnects and gift effects that never break the voices. Support depth weighs most, then "
            "response speed and bug fixing; the voice-room criteria (audio, mic seats, gift effects) count and "
            "other scenarios' criteria do not."
        ),
        "description_zh": (
            "多人麦位、深夜高峰的语音房间：多人上麦声音干净，断线重连后麦位状态正确，礼物特效不影响语音。"
            "因此支持深度权重最高，其次是响应速度和 Bug 修复；"
            "计入语聊房专项题（音质、麦位、礼物特效），其他场景的专项题不计。"
        ),
        "weights": {
            "response_speed": 2,
            "support_depth": 2.5,
            "team_stability": 1,
            "bug_fix": 2,
            "iteration": 1.5,
            "documentation": 1,
            "sla": 1.5,
            "custom_dev": 1,
            "pricing": 1,
            "credibility": 1,
        },
    },
]
