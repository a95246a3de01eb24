"""The default evaluation checklist (version 1), loaded by a data migration.

Pure data, no Django imports, so migrations can import it safely. Each criterion belongs to one of the
ten dimensions in ``evaluations.choices.Dimension`` and is scored 0..100 by the engine from its ``rule``:

- ``yes_no``: ``{"yes": score, "no": score}``;
- ``scale``: answers 1..5 map to 0, 25, 50, 75, 100 (``rule`` is empty);
- ``number``: ``bands`` of ``[threshold, score]``; with ``better == "lower"`` the first band whose threshold
  is >= the value wins, with ``better == "higher"`` the first whose threshold is <= the value; else ``otherwise``;
- ``single``: the chosen option's score; ``multi``: the sum of the chosen options' points, capped at 100;
- ``text``: evidence only, weight 0, never scored.

``red_flag`` marks the deal-breakers from the domain articles (``equals`` for yes_no, ``gt``/``lt`` for number,
``any_of`` option keys for single/multi); the engine caps the grade when one is raised. Criterion keys are
stable identifiers: change wording freely, but never rename or reuse a key. ``PROFILES`` are the built-in
per-scenario dimension weights managers can pick from.
"""

from __future__ import annotations

TEMPLATE = {
    "slug": "default",
    "name_en": "Live-streaming source-code vendor: after-sales checklist",
    "name_zh": "直播源码供应商售后评估清单",
    "description_en": (
        "Evidence-based checks of a vendor's after-sales support in ten dimensions, from response speed "
        "to pricing and credibility. Fill it in before signing (test the support channel with real "
        "questions) and again during the contract; deal-breakers such as no SLA or vendor-owned custom "
        "code are flagged."
    ),
    "description_zh": (
        "从响应速度到价格与可信度，分十个维度用证据考察供应商的售后服务。"
        "签约前（用真实技术问题实测售后渠道）和合作期间都可填写；"
        "没有 SLA、定制代码归供应商所有等硬伤会被标记为红线。"
    ),
}

CRITERIA: list[dict] = [
    # 1. Response speed: minutes matter during a live incident; measure it with test questions before signing.
    {
        "key": "test_first_answer_hours",
        "dimension": "response_speed",
        "question_en": "Before signing, how many hours on average did the vendor take to answer your test questions?",
        "question_zh": "签约前发出的技术测试问题，供应商平均多少小时给出第一条人工回复？",
        "help_en": (
            "Send three or more real, non-trivial questions through the official channel and time them. "
            "Good: an engineer replies within an hour; bad: an auto-reply, then silence until the next day."
        ),
        "help_zh": (
            "通过官方渠道发出至少三个有难度的真实问题并计时。好：一小时内有工程师回复；"
            "差：只有自动回复，第二天才有人理。"
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
        "red_flag": {
            "label_en": "First answers to test questions took more than 24 hours",
            "label_zh": "测试问题首次回复超过 24 小时",
            "gt": 24,
        },
        "na_allowed": False,
    },
    {
        "key": "incident_first_response_minutes",
        "dimension": "response_speed",
        "question_en": (
            "When a live stream went down (for real or in a drill), how many minutes passed before an engineer replied?"
        ),
        "question_zh": "直播故障（真实发生或演练）出现后，多少分钟内有工程师回复？",
        "help_en": (
            "Count from your report to the first message from someone who can act; bots and sales reps do "
            "not count. Good: under 15 minutes at any hour; bad: over an hour, or only during office hours."
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
        "question_en": "What does the vendor's promised 'response' actually deliver?",
        "question_zh": "供应商承诺的“响应”实际包含什么？",
        "help_en": (
            "Ask them to walk you through a past incident. Good: an engineer starts diagnosing at once and "
            "offers a workaround; bad: 'response' only means the ticket was marked as received."
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
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "response_fix_defined",
        "dimension": "response_speed",
        "question_en": "Does the contract define in writing what 'response' and 'fix' each mean?",
        "question_zh": "合同是否书面定义了“响应”和“修复”分别指什么？",
        "help_en": (
            "Good: 'response = an engineer starts work; fix = code corrected and deployed, a workaround does "
            "not count'. Bad: '24 h response, 48 h fix' with no definitions."
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
            "label_zh": "未书面区分“响应”与“修复”",
            "equals": "no",
        },
        "na_allowed": False,
    },
    {
        "key": "off_hours_coverage",
        "dimension": "response_speed",
        "question_en": "Who picks up a live incident at night, at weekends and on public holidays?",
        "question_zh": "夜间、周末和节假日出现直播故障时，由谁处理？",
        "help_en": (
            "Live platforms peak in the evening and on holidays. Good: a named on-call engineer on a "
            "published rota; bad: 'we will handle it on the next working day'."
        ),
        "help_zh": (
            "直播的流量高峰恰恰在晚上和节假日。好：有公开排班表，节假日和调休期间也有指定值班工程师；"
            "差：“下个工作日再处理”。"
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
                {"key": "next_working_day", "label_en": "Next working day", "label_zh": "下个工作日处理", "score": 10},
                {"key": "no_coverage", "label_en": "Nobody", "label_zh": "无人处理", "score": 0},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "test_answer_quality",
        "dimension": "response_speed",
        "question_en": "How precise were the answers to your test questions?",
        "question_zh": "测试问题的回答有多专业、准确？",
        "help_en": (
            "1 = evasive or copy-pasted boilerplate that misses the point; 5 = precise, names the module or "
            "code path involved and explains the root cause."
        ),
        "help_zh": "1 = 含糊其辞或套话连篇，答非所问；5 = 准确指出相关模块或代码位置，并讲清根本原因。",
        "answer_type": "scale",
        "weight": 4,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "test_transcript",
        "dimension": "response_speed",
        "question_en": "Paste the test questions you sent and the vendor's replies, with timestamps.",
        "question_zh": "粘贴你发出的测试问题和供应商的回复，并附上时间。",
        "help_en": "Note the channel used and who answered (engineer, sales or bot); attach screenshots as evidence.",
        "help_zh": "注明使用的渠道和回复人身份（工程师、销售或机器人），可附截图作为证据。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    # 2. Support channels and depth, including the scenario-specific tuning skills (show, 1v1, overseas).
    {
        "key": "support_channel",
        "dimension": "support_depth",
        "question_en": "What is the fastest channel for reaching technical support?",
        "question_zh": "联系技术支持最快的渠道是什么？",
        "help_en": (
            "Good: a shared WeCom or DingTalk group where engineers, sales and product people all answer; "
            "bad: a ticket form that someone checks once a day."
        ),
        "help_zh": "好：企业微信或钉钉群里有工程师、销售和产品经理，问题当场有人接；差：只有工单系统，一天才看一次。",
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {"key": "ticket_only", "label_en": "Ticket system only", "label_zh": "仅工单系统", "score": 10},
                {"key": "email_phone", "label_en": "Email or phone hotline", "label_zh": "邮件或电话热线", "score": 35},
                {
                    "key": "instant_message",
                    "label_en": "One-to-one WeCom / DingTalk chat",
                    "label_zh": "企业微信 / 钉钉一对一沟通",
                    "score": 70,
                },
                {
                    "key": "shared_group",
                    "label_en": "Shared group with engineers, sales and product",
                    "label_zh": "技术、销售、产品同在的对接群",
                    "score": 100,
                },
            ]
        },
        "red_flag": {
            "label_en": "Support through tickets only",
            "label_zh": "只能通过工单联系售后",
            "any_of": ["ticket_only"],
        },
        "na_allowed": False,
    },
    {
        "key": "dedicated_contact",
        "dimension": "support_depth",
        "question_en": "Is a named technical contact assigned to your account?",
        "question_zh": "是否为你指定了专属技术对接人？",
        "help_en": (
            "Good: one engineer who knows your deployment and can be messaged directly; bad: whoever is on "
            "shift, so you describe the problem from scratch every time."
        ),
        "help_zh": "好：有一位熟悉你们部署情况、可以直接联系的工程师；差：谁值班谁接，每次都得从头描述问题。",
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "code_level_support",
        "dimension": "support_depth",
        "question_en": "How far does support go when the problem is in the code?",
        "question_zh": "问题出在代码层面时，售后能支持到什么程度？",
        "help_en": (
            "Good: they trace the fault into the source and fix the root cause; bad: they only explain admin "
            "settings and call anything deeper 'your own modification'."
        ),
        "help_zh": "好：能深入源码定位并修复根因；差：只教后台怎么配置，一涉及代码就推说是“你们自己改出来的问题”。",
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
            ]
        },
        "red_flag": {
            "label_en": "Support stops at configuration; code-level problems refused",
            "label_zh": "售后只管配置，拒绝处理代码层面问题",
            "any_of": ["config_only"],
        },
        "na_allowed": False,
    },
    {
        "key": "remote_assistance",
        "dimension": "support_depth",
        "question_en": "Which kinds of hands-on help does the vendor provide?",
        "question_zh": "供应商提供哪些实际上手的协助？",
        "help_en": (
            "Tick only what they have actually done for you or a reference customer. Strong support logs in "
            "(with your consent), reads your logs and sends a written root-cause report afterwards."
        ),
        "help_zh": (
            "只勾选对你或参考客户实际做过的项目。靠谱的售后会在授权后远程登录、分析日志，事后给出书面故障原因报告。"
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
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "show_quality_tuning",
        "dimension": "support_depth",
        "question_en": "How well can support tune picture quality, encoder settings and beauty filters?",
        "question_zh": "售后在画质、编码参数和美颜效果调优方面的能力如何？",
        "help_en": (
            "Matters most for show streaming (single host, co-hosting, PK, multi-host). 1 = 'just use the "
            "defaults'; 5 = they tune bitrate, resolution, encoder presets and beauty parameters for your "
            "devices and show before/after."
        ),
        "help_zh": (
            "秀场直播（单主播、连麦、PK、多人连屏）尤其看重。1 = 只说“用默认参数就行”；"
            "5 = 能针对你的机型调整码率、分辨率、编码档位和美颜参数，并给出调整前后对比。"
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
        "question_en": "How well can support diagnose end-to-end latency and weak-network stalls?",
        "question_zh": "售后排查端到端延迟和弱网卡顿的能力如何？",
        "help_en": (
            "Key for 1v1 video social. 1 = blames the user's network; 5 = reproduces packet loss and jitter, "
            "breaks latency down hop by hop and tunes retransmission or node routing."
        ),
        "help_zh": (
            "1v1 视频社交的关键能力。1 = 一律归咎于用户网络差；"
            "5 = 能模拟丢包和抖动，逐段拆解延迟，并调整重传策略或节点调度。"
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
        "question_en": "What technical support is available in your target overseas region?",
        "question_zh": "在你的目标海外地区，能获得什么样的技术支持？",
        "help_en": (
            "For Southeast Asia, the Middle East, Europe or the US. Good: a local team or partner working in "
            "your time zone; bad: a team in China that only answers during Beijing office hours."
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
            ]
        },
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "overseas_regulation_advice",
        "dimension": "support_depth",
        "question_en": "Can the vendor advise on regional networks and local regulation in your target markets?",
        "question_zh": "供应商能否就目标市场的网络环境和当地监管要求给出建议？",
        "help_en": (
            "Good: concrete answers on local carrier networks, data-residency and content rules, and "
            "app-store review; bad: 'our code works everywhere'."
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
    # 3. Team stability: turnover, re-briefing, knowledge transfer, in-house vs outsourced, size and roles.
    {
        "key": "contact_changes_12m",
        "dimension": "team_stability",
        "question_en": "How many times has your main support contact changed in the last 12 months?",
        "question_zh": "过去 12 个月里，你的主要售后对接人换了几次？",
        "help_en": (
            "Before signing, ask a reference customer. Good: no change, or one planned handover; bad: a new "
            "face every couple of months."
        ),
        "help_zh": "尚未签约时可向参考客户了解。好：没换过，或只有一次有交接的更换；差：每隔一两个月就换一个新人。",
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
        "question_en": "When your contact changed, did you have to explain your project history again?",
        "question_zh": "更换对接人后，你是否需要把项目情况重新讲一遍？",
        "help_en": (
            "Good: the new engineer already knew your deployment, past incidents and open issues; bad: you "
            "re-sent logs and repeated checks that had already been done."
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
        "question_en": "Which knowledge-transfer practices does the vendor use for your account?",
        "question_zh": "供应商为你的项目采取了哪些知识交接措施？",
        "help_en": (
            "Good: a customer file plus a backup engineer, so one resignation changes nothing; bad: "
            "everything lives in one engineer's chat history."
        ),
        "help_zh": "好：有客户档案，还有备岗工程师，某个人离职不影响服务；差：所有信息都只在某位工程师的聊天记录里。",
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
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "support_team_origin",
        "dimension": "team_stability",
        "question_en": "Who employs the engineers doing the after-sales work?",
        "question_zh": "负责售后的工程师是哪家公司的员工？",
        "help_en": (
            "Good: the vendor's own staff who build or maintain the code; bad: an outside contractor who "
            "only looks at the code when you call."
        ),
        "help_zh": "好：供应商自有员工，参与过这套代码的开发或维护；差：外包人员，只在你找上门时才去看代码。",
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {"key": "in_house", "label_en": "In-house team", "label_zh": "自有团队", "score": 100},
                {
                    "key": "mixed",
                    "label_en": "Mixed in-house and outsourced",
                    "label_zh": "自有与外包混合",
                    "score": 50,
                },
                {"key": "outsourced", "label_en": "Fully outsourced", "label_zh": "全部外包", "score": 10},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "support_team_size",
        "dimension": "team_stability",
        "question_en": "How many engineers work full time on after-sales support?",
        "question_zh": "专职做售后技术支持的工程师有多少人？",
        "help_en": (
            "Count full-time support engineers, not the whole company. Good: ten or more, with night cover; "
            "bad: one or two people who also build new features."
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
        "question_en": "How clearly is the support team's work divided?",
        "question_zh": "售后团队的分工是否清晰？",
        "help_en": (
            "1 = everyone does everything and nobody owns a problem; 5 = separate first-line, audio/video, "
            "back-end and ops roles with a clear escalation path."
        ),
        "help_zh": "1 = 人人都管、没人负责到底；5 = 一线支持、音视频、后端、运维各有专人，升级路径明确。",
        "answer_type": "scale",
        "weight": 2,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "engineer_tenure_years",
        "dimension": "team_stability",
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
    # 4. Bug-fix policy: severity tiers, response vs fix times, what counts as a bug, past cases.
    {
        "key": "severity_tiers",
        "dimension": "bug_fix",
        "question_en": "Are bugs graded by severity, each grade with its own response and fix time?",
        "question_zh": "Bug 是否按严重程度分级，并分别规定响应和修复时限？",
        "help_en": (
            "Good: e.g. P1 (streaming down) 15 min / 4 h, P2 1 h / 1 day, P3 scheduled within two weeks; "
            "bad: every bug waits in the same queue."
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
        "key": "critical_fix_hours",
        "dimension": "bug_fix",
        "question_en": "Within how many hours is a business-critical bug fixed or worked around?",
        "question_zh": "严重影响业务的 Bug，多少小时内修复或给出临时方案？",
        "help_en": (
            "Business-critical means streaming, login or payment is broken. Good: within 4 hours; bad: 'we "
            "will include it in the next version'."
        ),
        "help_zh": "严重影响业务指直播、登录或支付不可用。好：4 小时以内；差：“下个版本再修”。",
        "answer_type": "number",
        "weight": 5,
        "rule": {
            "unit_en": "hours",
            "unit_zh": "小时",
            "better": "lower",
            "bands": [[4, 100], [12, 75], [24, 50], [72, 15]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "minor_fix_days",
        "dimension": "bug_fix",
        "question_en": "Within how many days are ordinary, non-blocking bugs fixed?",
        "question_zh": "一般性、不影响主流程的 Bug 多少天内修复？",
        "help_en": (
            "Good: shipped in the next fix release, within two weeks; bad: scheduled 'a few weeks out' with no date."
        ),
        "help_zh": "好：两周内随下一个修复版本发布；差：只说“排到几周后”，没有具体日期。",
        "answer_type": "number",
        "weight": 2,
        "rule": {
            "unit_en": "days",
            "unit_zh": "天",
            "better": "lower",
            "bands": [[7, 100], [14, 80], [30, 45], [60, 15]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "bug_scope",
        "dimension": "bug_fix",
        "question_en": "Which kinds of problems does the vendor fix free of charge as bugs?",
        "question_zh": "哪些问题供应商会当作 Bug 免费处理？",
        "help_en": (
            "Settle the grey zones up front. Good: code defects plus problems from the server setup they "
            "delivered and broken third-party integrations; bad: only what they agree is 'in our code'."
        ),
        "help_zh": (
            "灰色地带要提前问清楚。好：除代码缺陷外，其部署的服务器配置问题、第三方服务对接故障也负责；"
            "差：只认“我们代码里的”问题。"
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
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "responsibility_boundary",
        "dimension": "bug_fix",
        "question_en": "Does the contract state what support covers and what remains your responsibility?",
        "question_zh": "合同是否写明售后负责的范围，以及哪些问题由你方自行承担？",
        "help_en": (
            "Good: a written boundary, e.g. 'your own code changes and cloud bills are yours; the delivered "
            "code and deployment scripts are ours'; bad: 'technical support as needed'."
        ),
        "help_zh": (
            "好：有书面边界，例如“你方自改的代码和云资源费用由你方负责，交付代码和部署脚本由供应商负责”；"
            "差：只写“按需提供技术支持”。"
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
        "question_en": "How convincing are the past bug-fix cases the vendor showed you?",
        "question_zh": "供应商提供的历史 Bug 修复案例有多大说服力？",
        "help_en": (
            "1 = no cases, only promises; 5 = several dated cases showing when each was reported, when it "
            "was fixed and what changed."
        ),
        "help_zh": "1 = 拿不出案例，只有口头承诺；5 = 多个有日期的案例，写明报障时间、修复时间和改动内容。",
        "answer_type": "scale",
        "weight": 3,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "fix_case_notes",
        "dimension": "bug_fix",
        "question_en": "List the bug-fix cases you were shown and how long each one took.",
        "question_zh": "列出你看到的 Bug 修复案例及每个案例的处理时长。",
        "help_en": (
            "Note the severity, when it was reported and fixed, and whether the fix was a real code change "
            "or a workaround."
        ),
        "help_zh": "注明严重级别、报障时间和修复时间，以及是真正修改了代码还是临时绕过。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    # 5. Iteration: fix vs feature releases, free vs paid, frequency, delivery, downtime, new capabilities.
    {
        "key": "fix_releases_free",
        "dimension": "iteration",
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
        "question_en": "How are feature releases charged during the term?",
        "question_zh": "服务期内的功能性更新如何收费？",
        "help_en": (
            "Good: included, or priced in a list attached to the contract; bad: 'quoted when available', "
            "which often turns out expensive."
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
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "releases_last_year",
        "dimension": "iteration",
        "question_en": "How many releases did the vendor ship in the last 12 months?",
        "question_zh": "过去 12 个月供应商发布了多少个版本？",
        "help_en": "Count from the changelog, not the sales deck. Good: several a month; bad: one or two a year.",
        "help_zh": "以更新日志为准，不看宣传材料。好：每月好几个版本；差：一年只有一两次。",
        "answer_type": "number",
        "weight": 3,
        "rule": {
            "unit_en": "releases",
            "unit_zh": "个",
            "better": "higher",
            "bands": [[24, 100], [12, 80], [6, 55], [2, 25]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "update_delivery",
        "dimension": "iteration",
        "question_en": "How do updates reach your running platform?",
        "question_zh": "更新如何部署到你正在运营的平台上？",
        "help_en": (
            "Good: the vendor upgrades remotely with a tested rollback; bad: a new source archive arrives "
            "and merging it with your changes is your problem."
        ),
        "help_zh": "好：供应商远程升级，并有验证过的回滚方案；差：丢给你一个新源码包，与你们改动的合并全靠自己。",
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
                {"key": "source_only", "label_en": "Source drop only", "label_zh": "仅交付源码，自行部署", "score": 20},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "upgrade_downtime_minutes",
        "dimension": "iteration",
        "question_en": "How many minutes of service interruption did the last upgrade cause?",
        "question_zh": "最近一次升级造成了多少分钟的服务中断？",
        "help_en": (
            "Good: none, thanks to a rolling or blue-green release done off-peak; bad: the platform was down "
            "for hours at an evening peak."
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
        "question_en": "Which new capabilities have arrived through updates in the last 12 months?",
        "question_zh": "过去 12 个月的更新带来了哪些新能力？",
        "help_en": (
            "Count only features delivered to customers, not roadmap slides. Good: several areas moved "
            "forward; bad: nothing beyond bug fixes."
        ),
        "help_zh": "只算已交付给客户的功能，路线图不算。好：多个方向都有新进展；差：除了修 Bug 没有任何新东西。",
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
                {"key": "payment_methods", "label_en": "New payment methods", "label_zh": "新的支付方式", "score": 20},
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
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "compat_tested_releases",
        "dimension": "iteration",
        "question_en": "Is each release tested against a published list of devices and OS versions?",
        "question_zh": "每个版本发布前，是否按公开的机型和系统清单做兼容性测试？",
        "help_en": (
            "Important for e-commerce live, where buyers use every kind of phone. Good: a test matrix for "
            "each release; bad: 'it works on our test phones'."
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
    # 6. Documentation and training: docs outlast one-off training.
    {
        "key": "doc_set",
        "dimension": "documentation",
        "question_en": "Which documents does the vendor provide?",
        "question_zh": "供应商提供了哪些文档？",
        "help_en": (
            "Ask for samples before signing. Good: all four, kept in a versioned documentation portal; bad: "
            "one PDF of installation notes."
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
                {"key": "deployment", "label_en": "Deployment guide", "label_zh": "部署文档", "score": 25},
                {"key": "api", "label_en": "API reference", "label_zh": "API 文档", "score": 25},
                {
                    "key": "faq",
                    "label_en": "FAQ and troubleshooting guide",
                    "label_zh": "常见问题与排障文档",
                    "score": 25,
                },
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "doc_quality",
        "dimension": "documentation",
        "question_en": "How complete, current and easy to follow are the documents?",
        "question_zh": "文档是否完整、更新及时、容易看懂？",
        "help_en": (
            "1 = outdated screenshots, missing steps, reads like machine translation; 5 = matches the "
            "current version, goes step by step, and its examples run as written."
        ),
        "help_zh": "1 = 截图过时、步骤缺失、读起来像机器翻译；5 = 与当前版本一致，步骤清晰，示例照着做就能跑通。",
        "answer_type": "scale",
        "weight": 4,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "doc_last_update_months",
        "dimension": "documentation",
        "question_en": "How many months ago was the deployment guide last updated?",
        "question_zh": "部署文档最近一次更新是几个月前？",
        "help_en": (
            "Good: updated together with the latest release; bad: still describes a version from two years ago."
        ),
        "help_zh": "好：随最新版本同步更新；差：内容还停留在两年前的版本。",
        "answer_type": "number",
        "weight": 2,
        "rule": {
            "unit_en": "months",
            "unit_zh": "个月",
            "better": "lower",
            "bands": [[1, 100], [3, 85], [6, 60], [12, 30]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "self_serve_deploy",
        "dimension": "documentation",
        "question_en": "Could your team set up a test environment from the documents alone?",
        "question_zh": "你的团队能否只靠文档搭起一套测试环境？",
        "help_en": (
            "Docs outlast any training session. Good: done without contacting support; bad: every step "
            "needed a call with an engineer."
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
        "question_en": "Which training does the vendor offer your team?",
        "question_zh": "供应商为你的团队提供哪些培训？",
        "help_en": (
            "Good: admin, feature and troubleshooting training, with recordings kept; bad: a single product "
            "demo aimed at sales."
        ),
        "help_zh": "好：后台操作、功能使用、故障排查培训齐全，并保留录像；差：只有一场面向销售的产品演示。",
        "answer_type": "multi",
        "weight": 2,
        "rule": {
            "options": [
                {"key": "admin", "label_en": "Admin console operation", "label_zh": "后台操作培训", "score": 35},
                {"key": "features", "label_en": "Feature usage", "label_zh": "功能使用培训", "score": 30},
                {
                    "key": "troubleshooting",
                    "label_en": "Troubleshooting common problems",
                    "label_zh": "常见问题排查培训",
                    "score": 35,
                },
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "training_format",
        "dimension": "documentation",
        "question_en": "How is training delivered?",
        "question_zh": "培训以什么形式进行？",
        "help_en": (
            "On-site costs more but suits hands-on ops work; recorded online sessions can be replayed by new "
            "hires. Bad: one unrecorded call."
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
                {"key": "onsite_only", "label_en": "On-site only", "label_zh": "仅现场培训", "score": 70},
                {
                    "key": "one_off_call",
                    "label_en": "A single unrecorded call",
                    "label_zh": "一次不录像的电话讲解",
                    "score": 20,
                },
                {"key": "none", "label_en": "No training", "label_zh": "不提供培训", "score": 0},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "doc_review_notes",
        "dimension": "documentation",
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
    # 7. SLA: a formal agreement with response time, resolution time and compensation; no SLA, no guarantee.
    {
        "key": "formal_sla",
        "dimension": "sla",
        "question_en": "Does the vendor offer a formal, written service-level agreement?",
        "question_zh": "供应商是否提供正式的书面服务等级协议（SLA）？",
        "help_en": (
            "Good: a signed SLA annex with concrete numbers; bad: 'we always respond fast' in a chat "
            "message. Without an SLA there is no guarantee."
        ),
        "help_zh": "好：签字盖章、写有具体数字的 SLA 附件；差：聊天里一句“我们响应很快的”。没有 SLA，就谈不上保障。",
        "answer_type": "yes_no",
        "weight": 5,
        "rule": {"yes": 100, "no": 0},
        "red_flag": {"label_en": "No formal SLA", "label_zh": "没有正式 SLA", "equals": "no"},
        "na_allowed": False,
    },
    {
        "key": "sla_response_minutes",
        "dimension": "sla",
        "question_en": "What first-response time, in minutes, does the SLA promise for a critical incident?",
        "question_zh": "SLA 对严重故障承诺的首次响应时间是多少分钟？",
        "help_en": (
            "Good: 15 minutes or less, around the clock; bad: '24 hours', which can mean a whole day of "
            "outage. If nothing is promised in writing, enter 1440 or more."
        ),
        "help_zh": (
            "好：全天候 15 分钟以内；差：“24 小时内响应”，可能意味着停摆一整天。没有书面承诺时填 1440 或更大的数。"
        ),
        "answer_type": "number",
        "weight": 4,
        "rule": {
            "unit_en": "minutes",
            "unit_zh": "分钟",
            "better": "lower",
            "bands": [[15, 100], [30, 85], [60, 65], [240, 30], [720, 10]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "sla_resolution_hours",
        "dimension": "sla",
        "question_en": "What resolution time, in hours, does the SLA promise for a critical incident?",
        "question_zh": "SLA 对严重故障承诺的解决时限是多少小时？",
        "help_en": (
            "Resolution should mean service restored, not merely acknowledged. Good: 4 hours or less; bad: "
            "only a response time is promised. If no resolution time is written, enter 999."
        ),
        "help_zh": (
            "解决应指服务恢复，而不只是确认收到。好：4 小时以内；差：只承诺响应时间。合同未写解决时限时填 999。"
        ),
        "answer_type": "number",
        "weight": 4,
        "rule": {
            "unit_en": "hours",
            "unit_zh": "小时",
            "better": "lower",
            "bands": [[4, 100], [8, 75], [24, 45], [72, 10]],
            "otherwise": 0,
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "sla_compensation",
        "dimension": "sla",
        "question_en": "What does the vendor owe you when it misses an SLA target?",
        "question_zh": "供应商未达到 SLA 指标时，需要承担什么责任？",
        "help_en": (
            "Obligations without remedies guarantee nothing. Good: service credits or refunds calculated per "
            "breach; bad: nothing, or a verbal apology."
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
                {"key": "apology_only", "label_en": "Written apology only", "label_zh": "仅书面致歉", "score": 10},
                {"key": "nothing", "label_en": "Nothing", "label_zh": "无任何补偿", "score": 0},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "service_items_listed",
        "dimension": "sla",
        "question_en": "Does the contract list every service item with its channel and response time?",
        "question_zh": "合同是否逐项列明服务内容，并写清服务方式和响应时间？",
        "help_en": (
            "Good: a table such as 'incident support – WeCom group – 15 min – 24×7'; bad: a single line "
            "saying 'technical support included'."
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
        "question_en": "During which hours does the SLA apply?",
        "question_zh": "SLA 在哪些时段内有效？",
        "help_en": (
            "Live traffic peaks in the evening and on holidays. Good: 24×7 including public holidays; bad: "
            "working days 9:00–18:00, with everything else pushed to the next working day."
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
                {"key": "unspecified", "label_en": "Not specified", "label_zh": "未写明", "score": 0},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "dispute_resolution",
        "dimension": "sla",
        "question_en": "Does the contract say how and where disputes will be settled?",
        "question_zh": "合同是否写明争议的解决方式和地点？",
        "help_en": (
            "Good: a named arbitration body or court and the governing law; bad: nothing at all, or a venue "
            "that is impractical for you."
        ),
        "help_zh": "好：写明仲裁机构或管辖法院以及适用法律；差：完全没写，或约定在对你极不方便的地方解决。",
        "answer_type": "yes_no",
        "weight": 1,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    # 8. Custom development: billing, code ownership, architecture fit, written plan, who does the work.
    {
        "key": "custom_billing",
        "dimension": "custom_dev",
        "question_en": "How is custom development billed?",
        "question_zh": "定制开发如何计费？",
        "help_en": (
            "Ask for a workload estimate first. Good: a fixed quote or a per-function-point price based on a "
            "written estimate; bad: open-ended hourly billing."
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
                {"key": "hourly_open", "label_en": "Hourly, no cap", "label_zh": "按工时计费，不设上限", "score": 20},
                {"key": "unclear", "label_en": "Not explained", "label_zh": "说不清楚", "score": 0},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "custom_code_ownership",
        "dimension": "custom_dev",
        "question_en": "Who owns the custom code written for you?",
        "question_zh": "为你定制开发的代码归谁所有？",
        "help_en": (
            "Good: you own it outright and receive the full source; bad: the vendor keeps the copyright and "
            "can resell your features or lock you in."
        ),
        "help_zh": (
            "好：完全归你方所有，并交付完整源码；差：版权归供应商，对方可以把你的功能转卖给别人，或借此把你绑死。"
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
                {"key": "vendor_owns", "label_en": "Vendor owns it", "label_zh": "归供应商所有", "score": 0},
                {"key": "not_stated", "label_en": "Not stated in the contract", "label_zh": "合同未写明", "score": 0},
            ]
        },
        "red_flag": {
            "label_en": "Custom code owned by the vendor (or ownership not stated)",
            "label_zh": "定制代码归供应商所有（或归属未写明）",
            "any_of": ["vendor_owns", "not_stated"],
        },
        "na_allowed": False,
    },
    {
        "key": "custom_architecture_fit",
        "dimension": "custom_dev",
        "question_en": "How well does custom work fit the existing architecture and survive upgrades?",
        "question_zh": "定制功能与现有架构是否兼容，后续升级能否保留？",
        "help_en": (
            "1 = patched straight into core files and breaks on the next update; 5 = built as modules on "
            "documented extension points and carried forward in every release."
        ),
        "help_zh": "1 = 直接改核心文件，下次更新就冲突；5 = 基于公开的扩展点以模块方式开发，每次升级都能保留。",
        "answer_type": "scale",
        "weight": 3,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "custom_written_plan",
        "dimension": "custom_dev",
        "question_en": "Does the vendor deliver a written technical plan with a risk assessment before work starts?",
        "question_zh": "开工前，供应商是否出具书面技术方案和风险评估？",
        "help_en": (
            "Good: a plan covering design, affected modules, effort and risks, signed off by you before "
            "coding; bad: coding starts from a chat message."
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
        "question_en": "Who does the custom development work?",
        "question_zh": "定制开发由谁来做？",
        "help_en": (
            "Good: the vendor's own engineers who know the core code; bad: quietly passed to a subcontractor "
            "you never meet."
        ),
        "help_zh": "好：熟悉核心代码的自有工程师；差：私下转包给你从未接触过的外包团队。",
        "answer_type": "single",
        "weight": 3,
        "rule": {
            "options": [
                {"key": "in_house", "label_en": "Vendor's own engineers", "label_zh": "供应商自有工程师", "score": 100},
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
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "custom_quote_notes",
        "dimension": "custom_dev",
        "question_en": "Record the custom-development quote and estimate you received.",
        "question_zh": "记录你收到的定制开发报价和工作量评估。",
        "help_en": "Note the billing basis, the estimated effort per feature and any assumptions behind the price.",
        "help_zh": "注明计费方式、各项功能的预估工作量，以及报价所依据的前提条件。",
        "answer_type": "text",
        "weight": 0,
        "rule": {},
        "red_flag": None,
        "na_allowed": False,
    },
    # 9. Pricing and term: fee model, itemised and hidden fees, term length, renewal policy and price.
    {
        "key": "fee_model",
        "dimension": "pricing",
        "question_en": "How is after-sales support charged?",
        "question_zh": "售后服务如何收费？",
        "help_en": (
            "Annual fees typically range from a few thousand to tens of thousands of CNY. For a platform you "
            "will run for years, an annual fee or an all-inclusive price with a clear scope fits best; "
            "per-incident billing suits a trial."
        ),
        "help_zh": (
            "年费通常在几千到几万元之间。长期运营的平台适合按年付费或范围清晰的全包价；按次收费更适合试水阶段。"
        ),
        "answer_type": "single",
        "weight": 2,
        "rule": {
            "options": [
                {"key": "annual_fee", "label_en": "Annual fee", "label_zh": "按年收费", "score": 100},
                {
                    "key": "all_inclusive",
                    "label_en": "All-inclusive, bundled with the source code",
                    "label_zh": "源码与售后打包一口价",
                    "score": 90,
                },
                {"key": "per_incident", "label_en": "Per incident", "label_zh": "按次收费", "score": 50},
                {"key": "unclear", "label_en": "Not clearly stated", "label_zh": "说不清楚", "score": 0},
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "fees_itemised",
        "dimension": "pricing",
        "question_en": "Are all fees itemised in the contract?",
        "question_zh": "合同里是否逐项列明了所有费用？",
        "help_en": (
            "Good: source, support, updates, custom work, servers and training each have a price; bad: one "
            "low headline price with the rest 'to be discussed'."
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
        "question_en": "Does the contract allow open-ended 'other charges' that are not priced today?",
        "question_zh": "合同中是否有未定价、可随意追加的“其他费用”？",
        "help_en": (
            "A cheap entry price is often recovered later. Good: no such clause; bad: wording like 'other "
            "fees as incurred' or 'charged separately where needed'."
        ),
        "help_zh": (
            "低价签约、事后加价是常见套路。好：没有此类条款；差："
            "出现“其他费用按实际发生收取”“视情况另行收费”之类的表述。"
        ),
        "answer_type": "yes_no",
        "weight": 5,
        "rule": {"yes": 0, "no": 100},
        "red_flag": {
            "label_en": "Hidden or open-ended 'other charges'",
            "label_zh": "存在隐性或不封顶的“其他费用”",
            "equals": "yes",
        },
        "na_allowed": False,
    },
    {
        "key": "service_term_years",
        "dimension": "pricing",
        "question_en": "How many years does the after-sales service term cover?",
        "question_zh": "售后服务期为几年？",
        "help_en": (
            "One year is usual; three or more is rarer and usually cheaper per year. Good for a long-running "
            "platform: a multi-year term at a fixed price; bad: six months."
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
        "question_en": "What happens to the price when the service term ends?",
        "question_zh": "服务到期后，续费价格如何约定？",
        "help_en": (
            "Good: renewal at the same price, or with a written cap such as at most 10% a year; bad: "
            "'renewal at the price in force at that time', which can be anything."
        ),
        "help_zh": (
            "好：按原价续费，或书面约定涨幅上限（如每年不超过 10%）；差：“按届时价格续费”，涨多少全由对方说了算。"
        ),
        "answer_type": "single",
        "weight": 4,
        "rule": {
            "options": [
                {"key": "same_price", "label_en": "Renewal at the same price", "label_zh": "按原价续费", "score": 100},
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
                {"key": "not_stated", "label_en": "Not stated", "label_zh": "合同未约定", "score": 0},
            ]
        },
        "red_flag": {
            "label_en": "No renewal price cap; renewal at any new price",
            "label_zh": "续费价格无上限，可按任意新价格续费",
            "any_of": ["new_price", "not_stated"],
        },
        "na_allowed": False,
    },
    {
        "key": "three_year_cost_quote",
        "dimension": "pricing",
        "question_en": "Did the vendor give a written quote for the total cost over three years?",
        "question_zh": "供应商是否书面报出三年总成本？",
        "help_en": (
            "Good: source, support, renewals and expected paid updates added up over three years; bad: only "
            "the first-year price."
        ),
        "help_zh": "好：把源码、售后、续费和预计的付费更新累计三年给出总价；差：只报第一年的价格。",
        "answer_type": "yes_no",
        "weight": 2,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "fee_quote_notes",
        "dimension": "pricing",
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
    # 10. Credibility: similar customer cases, references, company scale, and scenario proof (peaks, 1v1, nodes).
    {
        "key": "similar_customer_cases",
        "dimension": "credibility",
        "question_en": "How many live customers in a scenario like yours can the vendor name?",
        "question_zh": "供应商能列出多少家与你业务场景相似、仍在运营的客户？",
        "help_en": (
            "Similar means the same scenario (show, 1v1, e-commerce, overseas) at a similar scale. Good: "
            "five or more you can verify; bad: only logos on a slide."
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
        "question_en": "Did you speak directly with at least one reference customer?",
        "question_zh": "你是否与至少一家参考客户直接沟通过？",
        "help_en": (
            "Good: the vendor introduced you and you asked how a real incident was handled; bad: the vendor "
            "refused, or only forwarded a written testimonial."
        ),
        "help_zh": "好：供应商帮你牵线，你亲自问了一次真实故障的处理经过；差：供应商拒绝引荐，或只转来一段书面好评。",
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "reference_rating",
        "dimension": "credibility",
        "question_en": "How do reference customers rate the vendor's after-sales support?",
        "question_zh": "参考客户如何评价该供应商的售后服务？",
        "help_en": (
            "1 = complaints about slow or evasive support; 5 = they describe specific incidents fixed "
            "quickly and would buy again."
        ),
        "help_zh": "1 = 抱怨售后慢、爱推诿；5 = 能讲出具体故障被迅速解决的经历，并愿意继续合作。",
        "answer_type": "scale",
        "weight": 3,
        "rule": {},
        "red_flag": None,
        "na_allowed": True,
    },
    {
        "key": "company_scale",
        "dimension": "credibility",
        "question_en": "What is the scale of the vendor's company?",
        "question_zh": "供应商的公司规模如何？",
        "help_en": (
            "Check the business registration and the number of staff with social insurance. Bigger is not "
            "automatically better, but a one-person shop cannot staff 24×7 support."
        ),
        "help_zh": "可查工商登记信息和社保缴纳人数。规模大不一定就好，但个人作坊撑不起 7×24 小时的售后。",
        "answer_type": "single",
        "weight": 2,
        "rule": {
            "options": [
                {
                    "key": "listed_or_large",
                    "label_en": "Listed company or 200+ staff",
                    "label_zh": "上市公司或 200 人以上",
                    "score": 100,
                },
                {
                    "key": "established",
                    "label_en": "Established company, 50–200 staff",
                    "label_zh": "成熟企业，50–200 人",
                    "score": 80,
                },
                {
                    "key": "small",
                    "label_en": "Small team, under 50 staff",
                    "label_zh": "小团队，50 人以下",
                    "score": 45,
                },
                {
                    "key": "individual",
                    "label_en": "Individual or online shop",
                    "label_zh": "个人或网店卖家",
                    "score": 10,
                },
            ]
        },
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "confidentiality_clause",
        "dimension": "credibility",
        "question_en": (
            "Does the contract bind the vendor to keep your business data and user information confidential?"
        ),
        "question_zh": "合同是否约定供应商对你的业务数据和用户信息保密？",
        "help_en": (
            "Support engineers can see your servers and databases. Good: a clause forbidding disclosure and "
            "reuse, with penalties; bad: no clause at all."
        ),
        "help_zh": (
            "售后工程师能接触你的服务器和数据库。好：有保密条款，禁止泄露和挪作他用，并约定违约责任；"
            "差：完全没有相关条款。"
        ),
        "answer_type": "yes_no",
        "weight": 3,
        "rule": {"yes": 100, "no": 0},
        "red_flag": None,
        "na_allowed": False,
    },
    {
        "key": "peak_stability_case",
        "dimension": "credibility",
        "question_en": "Can the vendor show a customer that stayed stable on this code through a promotion peak?",
        "question_zh": "供应商能否举出客户用这套源码平稳度过大促高峰的案例？",
        "help_en": (
            "Key for e-commerce live. Good: monitoring screenshots from a shopping festival showing "
            "concurrency and error rates; bad: 'it handles any load' with no numbers."
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
        "question_en": "In your own test, how many milliseconds did a 1v1 video call take to connect?",
        "question_zh": "你实测的 1v1 视频通话接通耗时是多少毫秒？",
        "help_en": (
            "Test across regions and on mobile networks. Good: under 600 ms; bad: several seconds, by which "
            "time users hang up."
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
        "question_en": "In how many countries or regions does the vendor's solution have media nodes?",
        "question_zh": "供应商方案的媒体节点覆盖多少个国家或地区？",
        "help_en": (
            "Include nodes of the RTC or CDN provider the code relies on. Good: every region where your "
            "users are; bad: mainland China only, for a global app."
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
        "key": "reference_notes",
        "dimension": "credibility",
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
]

PROFILES: list[dict] = [
    {
        "slug": "balanced",
        "name_en": "Balanced",
        "name_zh": "均衡",
        "description_en": "Every dimension counts the same. A neutral starting point when no scenario dominates.",
        "description_zh": "所有维度权重相同，适合没有明显侧重场景时作为中性基准。",
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
        "name_en": "Show streaming",
        "name_zh": "秀场直播",
        "description_en": (
            "Single host, co-hosting, PK and multi-host rooms. Picture quality, encoder tuning and new "
            "beauty effects decide retention, so iteration and support depth weigh more."
        ),
        "description_zh": (
            "单主播、连麦、PK、多人连屏等玩法。画质、编码调优和新美颜效果直接影响留存，因此更看重迭代能力和支持深度。"
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
        "name_en": "1v1 video social",
        "name_zh": "1v1 视频社交",
        "description_en": (
            "Connect time (best cases under 600 ms), end-to-end latency, weak-network stability and global "
            "node coverage matter most, so response speed and support depth weigh more."
        ),
        "description_zh": (
            "接通速度（最佳可低于 600 毫秒）、端到端延迟、弱网稳定性和全球节点覆盖最关键，"
            "因此更看重响应速度和支持深度。"
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
        "name_en": "Going overseas",
        "name_zh": "出海业务",
        "description_en": (
            "Southeast Asia, the Middle East, Europe and the US. Local technical support, regional networks, "
            "regulation and time zones matter, so support depth and credibility weigh more."
        ),
        "description_zh": (
            "面向东南亚、中东、欧美等市场。本地技术支持、当地网络、监管要求和时差都很关键，因此更看重支持深度和可信度。"
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
        "name_en": "E-commerce live",
        "name_zh": "电商直播",
        "description_en": (
            "Stability at promotion peaks and broad device compatibility come first, so response speed, bug "
            "fixing and the SLA weigh more."
        ),
        "description_zh": "大促高峰的稳定性和广泛的机型兼容最重要，因此更看重响应速度、Bug 修复和 SLA。",
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
]
