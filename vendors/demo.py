"""Six fictional vendors with their facts, for demos, screenshots and local development.

Every company, person, customer, address and link below is invented; the domains are
reserved example domains. Dates are counted back from ``today`` so the demo always
looks current, and nothing is dated in the future. Running the seed again updates the
same rows (keyed on natural keys) instead of adding new ones.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from vendors.choices import (
    ChannelKind,
    CompanyScale,
    ContactRole,
    DocumentationKind,
    Region,
    ReleaseDelivery,
    ReleaseKind,
    ScenarioKey,
    SupportTeam,
    VendorStatus,
)
from vendors.hours import WeeklyHours
from vendors.models import Contact, CustomerReference, DocumentationItem, Release, Scenario, SupportChannel, Vendor

FIX, FEATURE = ReleaseKind.FIX, ReleaseKind.FEATURE
DROP, REMOTE = ReleaseDelivery.SOURCE_DROP, ReleaseDelivery.REMOTE_UPGRADE
DEMO_NOTE = "虚构的演示数据 (fictional demo data)."

# Row layouts (dates are "days before today"; None leaves the date empty):
#   contacts:   dicts with name and role; optional email, phone, im_handle, is_dedicated,
#               joined / left (days ago) and notes
#   channels:   (kind, address, hours text or "" for the vendor's hours, is_active, notes)
#   releases:   (version, days_ago, kind, is_paid, delivery, downtime_minutes, notes)
#   docs:       (kind, title, url, last_updated_days_ago, quality, notes)
#   references: (customer name, scenario key, is_similar, notes)
VENDORS: list[dict[str, Any]] = [
    {
        "name_en": "Whalesong Interactive",
        "name_zh": "鲸歌互动科技",
        "website": "https://www.whalesong.example.com",
        "hq_region": Region.MAINLAND_CHINA,
        "time_zone": "Asia/Shanghai",
        "hours": "24/7",
        "holiday_country": "",  # round the clock, holidays included
        "team_size": 140,
        "support_team": SupportTeam.IN_HOUSE,
        "company_scale": CompanyScale.LISTED,
        "status": VendorStatus.SHORTLISTED,
        "scenarios": [ScenarioKey.SHOW_LIVE, ScenarioKey.ONE_ON_ONE_SOCIAL, ScenarioKey.ECOMMERCE_LIVE],
        "notes": "上市公司规模,自有 7 天 24 小时值班团队,售前测试题 20 分钟内有工程师给出代码级答复。报价偏高。",
        "contacts": [
            {
                "name": "周慕言",
                "role": ContactRole.ACCOUNT_MANAGER,
                "email": "zhou.muyan@whalesong.example.com",
                "phone": "+86 21 5550 0101",
                "im_handle": "wecom:zhoumuyan",
                "is_dedicated": True,
                "joined": 1150,
                "notes": "专属客户经理,负责合同与升级排期。",
            },
            {
                "name": "Lin Qiao 林乔",
                "role": ContactRole.LEAD_ENGINEER,
                "email": "lin.qiao@whalesong.example.com",
                "im_handle": "wecom:linqiao",
                "is_dedicated": True,
                "joined": 980,
                "notes": "推流与美颜模块负责人,可直接看代码。",
            },
            {
                "name": "韩子墨",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "han.zimo@whalesong.example.com",
                "im_handle": "wecom:hanzimo",
                "joined": 720,
                "notes": "夜班值班工程师。",
            },
            {
                "name": "宋以宁",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "song.yining@whalesong.example.com",
                "joined": 1300,
                "left": 540,
                "notes": "内部调岗到 SDK 团队,交接文档完整。",
            },
            {
                "name": "Ava Tang",
                "role": ContactRole.PRODUCT,
                "email": "ava.tang@whalesong.example.com",
                "joined": 860,
                "notes": "负责版本路线图。",
            },
        ],
        "channels": [
            (ChannelKind.GROUP_CHAT, "鲸歌-我方技术对接群", "", True, "工程师、销售、产品都在群里。"),
            (ChannelKind.PHONE, "+86 400 555 0100", "24/7", True, "P0 故障热线,值班工程师直接接听。"),
            (ChannelKind.EMAIL, "support@whalesong.example.com", "", True, ""),
            (
                ChannelKind.TICKET_PORTAL,
                "https://support.whalesong.example.com/tickets",
                "",
                True,
                "工单带严重级别,P0 自动电话通知值班。",
            ),
        ],
        "releases": [
            ("6.4.2", 9, FIX, False, REMOTE, 0, "修复连麦 PK 结束后偶发黑屏。"),
            ("6.4.1", 38, FIX, False, REMOTE, 0, "iOS 新系统版本兼容。"),
            ("6.4.0", 66, FEATURE, False, REMOTE, 5, "新增 AI 降噪与两款美颜滤镜。"),
            ("6.3.3", 97, FIX, False, REMOTE, 0, ""),
            ("6.3.2", 128, FIX, False, REMOTE, 0, "礼物特效内存泄漏修复。"),
            ("6.3.1", 160, FIX, False, REMOTE, 0, ""),
            ("6.3.0", 190, FEATURE, False, DROP, 10, "多人连麦最多 9 人。"),
            ("6.2.4", 221, FIX, False, REMOTE, 0, ""),
            ("6.2.3", 252, FIX, False, REMOTE, 0, "弱网下码率自适应优化。"),
            ("6.2.0", 330, FEATURE, True, DROP, 15, "电商挂车模块,单独收费。"),
        ],
        "docs": [
            (DocumentationKind.USAGE, "运营后台使用手册", "https://docs.whalesong.example.com/admin", 12, 5, ""),
            (
                DocumentationKind.DEPLOYMENT,
                "私有化部署指南(K8s)",
                "https://docs.whalesong.example.com/deploy",
                20,
                5,
                "带一键检查脚本。",
            ),
            (DocumentationKind.API, "服务端 REST API 参考", "https://docs.whalesong.example.com/api", 9, 5, ""),
            (
                DocumentationKind.FAQ,
                "常见故障排查",
                "https://docs.whalesong.example.com/faq",
                30,
                4,
                "按现象分类,附日志关键字。",
            ),
            (DocumentationKind.CHANGELOG, "版本更新记录", "https://docs.whalesong.example.com/changelog", 9, 5, ""),
            (
                DocumentationKind.TRAINING,
                "管理员与故障处理培训(线上)",
                "https://learn.whalesong.example.com",
                45,
                4,
                "每季度一次直播培训,有回放。",
            ),
        ],
        "references": [
            ("Moonbay Live 月湾直播", ScenarioKey.SHOW_LIVE, True, "同规模秀场,已电话回访,评价稳定。"),
            ("Peachtalk 桃语", ScenarioKey.ONE_ON_ONE_SOCIAL, False, "体量比我们大很多。"),
            ("Harbor Mall Live 港湾优选", ScenarioKey.ECOMMERCE_LIVE, False, ""),
        ],
    },
    {
        "name_en": "Busy Bee Live Source",
        "name_zh": "小蜜蜂直播源码工作室",
        "website": "https://www.busybee-live.example.cn",
        "hq_region": Region.MAINLAND_CHINA,
        "time_zone": "Asia/Shanghai",
        "hours": "mon-fri 10:00-18:00",
        "holiday_country": "CN",
        "team_size": 4,
        "support_team": SupportTeam.OUTSOURCED,
        "company_scale": CompanyScale.SMALL,
        "status": VendorStatus.REJECTED,
        "scenarios": [ScenarioKey.SHOW_LIVE, ScenarioKey.VOICE_ROOM],
        "notes": "报价最低,但售后外包给第三方;测试工单两天半才回复,且只回答后台配置问题。",
        "contacts": [
            {
                "name": "小刘",
                "role": ContactRole.SALES,
                "email": "sales@busybee-live.example.cn",
                "phone": "+86 755 5550 0188",
                "im_handle": "wx:busybee_liu",
                "joined": 700,
                "notes": "只管售前,签约后很难找到。",
            },
            {
                "name": "阿杰",
                "role": ContactRole.SUPPORT_ENGINEER,
                "joined": 420,
                "left": 300,
                "notes": "外包工程师,离职前未交接。",
            },
            {
                "name": "陈工",
                "role": ContactRole.SUPPORT_ENGINEER,
                "joined": 290,
                "left": 170,
                "notes": "接手两个月后离开。",
            },
            {
                "name": "Momo",
                "role": ContactRole.SUPPORT_ENGINEER,
                "joined": 160,
                "left": 60,
                "notes": "每次都要重新讲一遍项目背景。",
            },
            {
                "name": "赵工",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "tickets@busybee-live.example.cn",
                "joined": 55,
                "notes": "现任对接人,外包公司员工。",
            },
        ],
        "channels": [
            (ChannelKind.TICKET_PORTAL, "https://help.busybee-live.example.cn/ticket", "", True, "唯一的售后入口。"),
            (ChannelKind.GROUP_CHAT, "小蜜蜂售前咨询群", "", False, "签约前拉的群,付款后被解散。"),
        ],
        "releases": [
            ("2.1.0", 130, FEATURE, True, DROP, 180, "新增语音房,需额外付费,升级要停服三小时。"),
            ("2.0.3", 410, FIX, False, DROP, 60, ""),
        ],
        "docs": [
            (
                DocumentationKind.DEPLOYMENT,
                "安装说明.docx",
                "https://dl.busybee-live.example.cn/install",
                820,
                2,
                "还是旧版 PHP 环境,步骤缺失。",
            ),
            (
                DocumentationKind.FAQ,
                "常见问题",
                "https://help.busybee-live.example.cn/faq",
                600,
                1,
                "只有五条,和当前版本对不上。",
            ),
        ],
        "references": [
            ("Starry Night Voice 星夜语音", ScenarioKey.VOICE_ROOM, False, "对方只给了截图,联系不上客户本人。"),
        ],
    },
    {
        "name_en": "Straitlight Media Labs",
        "name_zh": "海峡之光媒体实验室",
        "website": "https://www.straitlight.example.sg",
        "hq_region": Region.SOUTHEAST_ASIA,
        "time_zone": "Asia/Singapore",
        "hours": "mon-fri 09:00-21:00; sat-sun 10:00-18:00",
        "holiday_country": "SG",
        "team_size": 35,
        "support_team": SupportTeam.MIXED,
        "company_scale": CompanyScale.MEDIUM,
        "status": VendorStatus.CONTRACTED,
        "scenarios": [ScenarioKey.OVERSEAS, ScenarioKey.ONE_ON_ONE_SOCIAL, ScenarioKey.VOICE_ROOM],
        "notes": "Singapore HQ with engineers in Jakarta and Dubai; knows Middle East payment and content rules. "
        "Chinese-speaking lead engineer.",
        "contacts": [
            {
                "name": "Daniel Koh",
                "role": ContactRole.ACCOUNT_MANAGER,
                "email": "daniel.koh@straitlight.example.sg",
                "phone": "+65 5550 1200",
                "is_dedicated": True,
                "joined": 800,
                "notes": "Dedicated account manager, replies in English and Chinese.",
            },
            {
                "name": "黄伟杰 Wei Jie",
                "role": ContactRole.LEAD_ENGINEER,
                "email": "weijie@straitlight.example.sg",
                "im_handle": "wecom:hwj-sl",
                "is_dedicated": True,
                "joined": 650,
                "notes": "Owns the overseas node routing.",
            },
            {
                "name": "Nadia Rahman",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "nadia@straitlight.example.sg",
                "joined": 400,
                "notes": "Jakarta office; covers Indonesian and Malay customers.",
            },
            {
                "name": "Omar Haddad",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "omar@straitlight.example.sg",
                "joined": 520,
                "notes": "Dubai office; Arabic localisation and RTL layouts.",
            },
            {
                "name": "Priya Nair",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "priya@straitlight.example.sg",
                "joined": 900,
                "left": 200,
                "notes": "Left for another company; handover notes were shared.",
            },
        ],
        "channels": [
            (ChannelKind.EMAIL, "support@straitlight.example.sg", "", True, ""),
            (ChannelKind.WECOM, "Straitlight 中文支持", "mon-fri 09:00-18:00", True, "Chinese-speaking engineers."),
            (
                ChannelKind.WEBHOOK,
                "https://hooks.straitlight.example.sg/incidents",
                "24/7",
                True,
                "Our monitoring posts P0 alerts here; pages the on-call engineer.",
            ),
            (ChannelKind.TICKET_PORTAL, "https://desk.straitlight.example.sg", "", True, ""),
        ],
        "releases": [
            ("4.7.1", 21, FIX, False, REMOTE, 0, "Fixed RTL layout in the gift panel."),
            ("4.7.0", 75, FEATURE, False, REMOTE, 20, "Added two Middle East payment methods."),
            ("4.6.2", 140, FIX, False, REMOTE, 0, ""),
            ("4.6.0", 230, FEATURE, False, DROP, 30, "New Frankfurt and Riyadh edge nodes."),
            ("4.5.3", 310, FIX, False, REMOTE, 0, ""),
        ],
        "docs": [
            (
                DocumentationKind.DEPLOYMENT,
                "Multi-region deployment guide",
                "https://docs.straitlight.example.sg/deploy",
                60,
                4,
                "Covers SEA, Middle East and EU regions.",
            ),
            (DocumentationKind.API, "Server API reference", "https://docs.straitlight.example.sg/api", 25, 4, ""),
            (
                DocumentationKind.FAQ,
                "出海合规与支付常见问题",
                "https://docs.straitlight.example.sg/zh/faq",
                90,
                3,
                "中文版比英文版晚一个版本。",
            ),
            (DocumentationKind.USAGE, "Admin console guide", "https://docs.straitlight.example.sg/admin", 140, 3, ""),
        ],
        "references": [
            ("Desert Rose Chat", ScenarioKey.OVERSEAS, True, "1v1 social app in the Gulf region, similar size."),
            ("Kopi Voice", ScenarioKey.VOICE_ROOM, True, "Voice rooms in Malaysia and Indonesia."),
            ("Lagoon Live", ScenarioKey.OVERSEAS, False, "Philippines; much smaller than us."),
        ],
    },
    {
        "name_en": "Pomelo Commerce Live",
        "name_zh": "橙柚电商直播科技",
        "website": "https://www.pomelo-live.example.cn",
        "hq_region": Region.MAINLAND_CHINA,
        "time_zone": "Asia/Shanghai",
        "hours": "mon-fri 09:00-21:00; sat-sun 10:00-18:00",
        "holiday_country": "CN",
        "team_size": 25,
        "support_team": SupportTeam.MIXED,
        "company_scale": CompanyScale.MEDIUM,
        "status": VendorStatus.CANDIDATE,
        "scenarios": [ScenarioKey.ECOMMERCE_LIVE, ScenarioKey.SHOW_LIVE],
        "notes": "大促期间提供驻场保障和扩容预案,峰值表现好;没有 API 文档,二次开发要靠读源码。",
        "contacts": [
            {
                "name": "钱思远",
                "role": ContactRole.ACCOUNT_MANAGER,
                "email": "qian.siyuan@pomelo-live.example.cn",
                "phone": "+86 571 5550 0166",
                "im_handle": "ding:qiansiyuan",
                "is_dedicated": True,
                "joined": 500,
                "notes": "大促前会主动约压测。",
            },
            {
                "name": "郑可",
                "role": ContactRole.LEAD_ENGINEER,
                "email": "zheng.ke@pomelo-live.example.cn",
                "im_handle": "ding:zhengke",
                "joined": 880,
                "notes": "负责高并发与 CDN 调度。",
            },
            {
                "name": "吴桐",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "wu.tong@pomelo-live.example.cn",
                "joined": 260,
            },
            {
                "name": "孙悦",
                "role": ContactRole.SUPPORT_ENGINEER,
                "joined": 610,
                "left": 120,
                "notes": "转去做定制开发项目。",
            },
        ],
        "channels": [
            (ChannelKind.DINGTALK, "橙柚售后支持群", "", True, "工作时间内一般 30 分钟内有人回。"),
            (ChannelKind.PHONE, "+86 571 5550 0100", "mon-sun 08:00-24:00", True, "大促期间延长服务时间。"),
            (ChannelKind.EMAIL, "service@pomelo-live.example.cn", "", True, ""),
        ],
        "releases": [
            ("3.9.0", 45, FEATURE, False, DROP, 20, "直播间优惠券与秒杀组件。"),
            ("3.8.2", 100, FIX, False, DROP, 0, "修复高并发下单偶发重复扣库存。"),
            ("3.8.1", 170, FIX, False, DROP, 0, ""),
            ("3.8.0", 240, FEATURE, True, DROP, 30, "多平台同步开播,按年收费。"),
            ("3.7.5", 320, FIX, False, DROP, 0, ""),
        ],
        "docs": [
            (DocumentationKind.USAGE, "商家后台操作手册", "https://docs.pomelo-live.example.cn/merchant", 50, 4, ""),
            (
                DocumentationKind.DEPLOYMENT,
                "部署与扩容手册",
                "https://docs.pomelo-live.example.cn/deploy",
                80,
                4,
                "含大促前扩容检查清单。",
            ),
            (DocumentationKind.FAQ, "大促保障 FAQ", "https://docs.pomelo-live.example.cn/faq", 35, 4, ""),
            (
                DocumentationKind.CHANGELOG,
                "更新日志",
                "https://docs.pomelo-live.example.cn/changelog",
                45,
                3,
                "只写了新功能,修复项写得很简略。",
            ),
        ],
        "references": [
            ("Orchard Fresh Live 果园鲜播", ScenarioKey.ECOMMERCE_LIVE, True, "双十一峰值在线 8 万,未出事故。"),
            ("Silk Lane Boutique 丝路优品", ScenarioKey.ECOMMERCE_LIVE, True, ""),
        ],
    },
    {
        "name_en": "Firefly Duet Labs",
        "name_zh": "萤火双人社交实验室",
        "website": "https://www.fireflyduet.example.com",
        "hq_region": Region.MAINLAND_CHINA,
        "time_zone": "Asia/Shanghai",
        "hours": "mon-fri 09:30-23:00; sat-sun 13:00-23:00",
        "holiday_country": "CN",
        "team_size": 8,
        "support_team": SupportTeam.IN_HOUSE,
        "company_scale": CompanyScale.SMALL,
        "status": VendorStatus.SHORTLISTED,
        "scenarios": [ScenarioKey.ONE_ON_ONE_SOCIAL, ScenarioKey.OVERSEAS],
        "notes": "专做 1v1 视频社交,接通速度实测 500 ms 左右;团队小但工程师能直接改代码。升级常需短暂停服。",
        "contacts": [
            {
                "name": "许知远",
                "role": ContactRole.LEAD_ENGINEER,
                "email": "xu.zhiyuan@fireflyduet.example.com",
                "im_handle": "wecom:xuzhiyuan",
                "is_dedicated": True,
                "joined": 1000,
                "notes": "创始工程师,弱网策略的作者。",
            },
            {
                "name": "叶晨",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "ye.chen@fireflyduet.example.com",
                "im_handle": "wecom:yechen",
                "is_dedicated": True,
                "joined": 540,
                "notes": "我方日常对接人。",
            },
            {"name": "Kiki 何", "role": ContactRole.PRODUCT, "email": "kiki.he@fireflyduet.example.com", "joined": 430},
            {
                "name": "顾北",
                "role": ContactRole.SALES,
                "email": "gu.bei@fireflyduet.example.com",
                "phone": "+86 28 5550 0123",
                "joined": 760,
            },
        ],
        "channels": [
            (ChannelKind.WECOM, "萤火技术支持", "", True, "企业微信一对一,工程师直接回复。"),
            (ChannelKind.GROUP_CHAT, "萤火-我方 1v1 项目群", "", True, "技术、产品、销售都在群里。"),
            (ChannelKind.EMAIL, "dev@fireflyduet.example.com", "", True, ""),
        ],
        "releases": [
            ("1.18.0", 6, FEATURE, False, REMOTE, 15, "AI 实时翻译字幕(测试版)。"),
            ("1.17.3", 24, FIX, False, REMOTE, 10, ""),
            ("1.17.2", 41, FIX, False, REMOTE, 10, "弱网下首帧时间优化。"),
            ("1.17.0", 63, FEATURE, False, REMOTE, 40, "新增中东与拉美节点。"),
            ("1.16.4", 88, FIX, False, REMOTE, 5, ""),
            ("1.16.3", 110, FIX, False, REMOTE, 5, ""),
            ("1.16.0", 150, FEATURE, True, REMOTE, 30, "虚拟背景与美颜 2.0,单独收费。"),
            ("1.15.2", 190, FIX, False, REMOTE, 45, "升级脚本出错,回滚后停服 45 分钟。"),
            ("1.15.0", 250, FEATURE, False, REMOTE, 20, ""),
            ("1.14.1", 300, FIX, False, REMOTE, 5, ""),
        ],
        "docs": [
            (
                DocumentationKind.API,
                "1v1 呼叫 API 与回调说明",
                "https://docs.fireflyduet.example.com/api",
                15,
                5,
                "示例代码齐全。",
            ),
            (
                DocumentationKind.DEPLOYMENT,
                "部署手册",
                "https://docs.fireflyduet.example.com/deploy",
                120,
                3,
                "缺少海外节点的部署说明。",
            ),
            (DocumentationKind.FAQ, "接通失败排查", "https://docs.fireflyduet.example.com/faq", 40, 4, ""),
        ],
        "references": [
            ("Echo Pair 回声", ScenarioKey.ONE_ON_ONE_SOCIAL, True, "日活和我们相近,说升级停服偶尔影响晚高峰。"),
            ("Lumen Date", ScenarioKey.OVERSEAS, False, "东南亚 1v1 应用。"),
        ],
    },
    {
        "name_en": "Elderwood Software",
        "name_zh": "古槐软件",
        "website": "https://www.elderwood-soft.example.cn",
        "hq_region": Region.MAINLAND_CHINA,
        "time_zone": "Asia/Shanghai",
        "hours": "mon-fri 09:00-17:30",
        "holiday_country": "CN",
        "team_size": 30,
        "support_team": SupportTeam.IN_HOUSE,
        "company_scale": CompanyScale.LARGE,
        "status": VendorStatus.CONTRACTED,
        "scenarios": [ScenarioKey.SHOW_LIVE, ScenarioKey.VOICE_ROOM],
        "notes": "老牌厂商,团队多年不变,问题都能解决但节奏慢;近一年几乎没有新版本,文档停留在旧版。",
        "contacts": [
            {
                "name": "王建国",
                "role": ContactRole.ACCOUNT_MANAGER,
                "email": "wang.jianguo@elderwood-soft.example.cn",
                "phone": "+86 10 5550 0177",
                "is_dedicated": True,
                "joined": 2400,
                "notes": "合作多年的客户经理。",
            },
            {
                "name": "李静",
                "role": ContactRole.LEAD_ENGINEER,
                "email": "li.jing@elderwood-soft.example.cn",
                "im_handle": "ding:lijing",
                "is_dedicated": True,
                "joined": 2100,
                "notes": "熟悉我们的定制模块。",
            },
            {
                "name": "张磊",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "zhang.lei@elderwood-soft.example.cn",
                "joined": 1800,
            },
            {
                "name": "刘芳",
                "role": ContactRole.SUPPORT_ENGINEER,
                "email": "liu.fang@elderwood-soft.example.cn",
                "joined": 1500,
            },
        ],
        "channels": [
            (ChannelKind.DINGTALK, "古槐客户服务群", "", True, ""),
            (ChannelKind.PHONE, "+86 10 5550 0100", "", True, "工作时间接听,下班后转语音信箱。"),
            (ChannelKind.EMAIL, "support@elderwood-soft.example.cn", "", True, ""),
        ],
        "releases": [
            ("5.2.1", 305, FIX, False, DROP, 30, "适配新版安卓系统。"),
            ("5.2.0", 520, FEATURE, False, DROP, 60, ""),
            ("5.1.4", 700, FIX, False, DROP, 30, ""),
            ("5.1.0", 930, FEATURE, True, DROP, 90, "语音房模块,按次收费。"),
        ],
        "docs": [
            (
                DocumentationKind.USAGE,
                "后台使用说明(5.0 版)",
                "https://docs.elderwood-soft.example.cn/manual",
                1000,
                3,
                "截图还是旧界面。",
            ),
            (
                DocumentationKind.DEPLOYMENT,
                "服务器部署手册",
                "https://docs.elderwood-soft.example.cn/deploy",
                1100,
                2,
                "仍按 CentOS 7 写的。",
            ),
            (DocumentationKind.API, "接口文档", "https://docs.elderwood-soft.example.cn/api", 900, 3, ""),
            (DocumentationKind.TRAINING, "现场培训讲义", "", 1300, 2, "只有签约时的一次现场培训。"),
        ],
        "references": [
            ("Red Lantern Show 红灯笼秀场", ScenarioKey.SHOW_LIVE, True, "用了五年,评价稳但功能旧。"),
            ("Tea House Voice 茶馆语音", ScenarioKey.VOICE_ROOM, False, ""),
        ],
    },
]


def _ago(today: dt.date, days: int | None) -> dt.date | None:
    return None if days is None else today - dt.timedelta(days=days)


def _hours(text: str) -> dict[str, list[list[str]]]:
    return WeeklyHours.parse(text).to_json()


def _seed_one(data: dict[str, Any], today: dt.date) -> Vendor:
    vendor, _created = Vendor.objects.alive().update_or_create(
        name=data["name_en"],
        defaults={
            "name_zh": data["name_zh"],
            "name_en": data["name_en"],
            "website": data["website"],
            "hq_region": data["hq_region"],
            "time_zone": data["time_zone"],
            "support_hours": _hours(data["hours"]),
            "holiday_country": data["holiday_country"],
            "team_size": data["team_size"],
            "support_team": data["support_team"],
            "company_scale": data["company_scale"],
            "status": data["status"],
            "notes": f"{DEMO_NOTE} {data['notes']}",
        },
    )
    vendor.scenarios.set(Scenario.objects.filter(key__in=data["scenarios"]))
    for contact in data["contacts"]:
        Contact.objects.update_or_create(
            vendor=vendor,
            name=contact["name"],
            defaults={
                "role": contact["role"],
                "email": contact.get("email", ""),
                "phone": contact.get("phone", ""),
                "im_handle": contact.get("im_handle", ""),
                "is_dedicated": contact.get("is_dedicated", False),
                "joined_on": _ago(today, contact.get("joined")),
                "left_on": _ago(today, contact.get("left")),
                "notes": contact.get("notes", ""),
            },
        )
    for kind, address, hours, active, notes in data["channels"]:
        SupportChannel.objects.update_or_create(
            vendor=vendor,
            kind=kind,
            address=address,
            defaults={"hours": _hours(hours), "is_active": active, "notes": notes},
        )
    for version, days_ago, kind, paid, delivery, downtime, notes in data["releases"]:
        Release.objects.update_or_create(
            vendor=vendor,
            version=version,
            defaults={
                "released_on": _ago(today, days_ago),
                "kind": kind,
                "is_paid": paid,
                "delivery": delivery,
                "downtime_minutes": downtime,
                "notes": notes,
            },
        )
    for kind, title, url, updated, quality, notes in data["docs"]:
        DocumentationItem.objects.update_or_create(
            vendor=vendor,
            kind=kind,
            title=title,
            defaults={"url": url, "last_updated": _ago(today, updated), "quality": quality, "notes": notes},
        )
    for name, scenario, similar, notes in data["references"]:
        CustomerReference.objects.update_or_create(
            vendor=vendor, name=name, defaults={"scenario": scenario, "is_similar": similar, "notes": notes}
        )
    return vendor


def seed_vendors(today: dt.date) -> list[Vendor]:
    """Create or update the six demo vendors and their facts; safe to run again."""
    with transaction.atomic():
        return [_seed_one(data, today) for data in VENDORS]
