# ruff: noqa: E501  -- contract texts: each clause stays on one line, as a buyer would read it
"""Blind set of hand-labelled support contracts for live-streaming source-code vendors.

Written and labelled without looking at the clause detector, so that it measures the detector
on texts it was not tuned against. Six contracts are in Chinese (甲方 = buyer, 乙方 = vendor), six
in English. Labels follow the contract review checklist: a key left out of ``labels`` means the
item is missing; ``sla`` lists one row per severity level that has numbers, in minutes.
"""

from __future__ import annotations

BLIND: list[dict] = [
    # 1. A solid annual support agreement: every checklist item spelled out, no red flags.
    {
        "name": "blind-zh-annual-support-solid",
        "text": """直播平台源码年度技术支持服务协议

甲方：杭州星河互娱科技有限公司
乙方：深圳云帆音视频技术有限公司

第一条 服务范围
1.1 乙方为甲方已购买的"云帆秀场直播系统 V5"（含服务端、管理后台、Android 与 iOS 客户端）提供为期一年的技术支持服务。
1.2 服务方式包括：（1）企业微信专属服务群，群内固定配置一名项目经理和两名后端工程师；（2）7×24小时值班电话，仅用于紧急故障；（3）工单系统，用于一般及轻微问题；（4）经甲方授权后的远程登录排查。
1.3 常规服务时间为工作日 9:00–21:00（北京时间），紧急故障不受此限。
1.4 支持深度包括代码级的问题定位与修复，不以"配置指导"为限。

第二条 服务范围以外的事项
2.1 下列情形引起的问题不属于本协议的免费服务范围：甲方或其委托的第三方自行修改代码；甲方自行维护的服务器、带宽、域名及证书到期；甲方的日常运营、内容审核和客服工作。
2.2 对于前款情形，乙方仍应协助诊断并出具书面说明，修复工作按第六条的单价计费。

第三条 故障分级与处理时限
级别 | 判定标准 | 响应时限 | 修复时限
紧急 | 全站无法开播或观看、充值支付中断 | 15分钟 | 4小时内恢复服务
重大 | 连麦、PK、礼物等核心功能大面积异常 | 三十分钟 | 24小时
一般 | 个别功能异常，有临时替代方案 | 4个工作小时 | 3个工作日
轻微 | 界面显示、文案等不影响使用的问题 | 1个工作日 | 纳入下一个版本
3.1 "响应"指乙方工程师人工回复并开始处理，系统自动回复不视为响应；"修复"指问题被消除、相关业务恢复正常使用。
3.2 紧急、重大级别的时限按自然时间连续计算，含夜间及节假日；一般、轻微级别只计算工作时间。

第四条 未达标的补偿
4.1 紧急或重大故障的响应或修复每超时一次，乙方按当月服务费的10%向甲方抵扣，于次月结算。
4.2 一个季度内紧急故障超时累计达到3次的，甲方有权解除本协议，乙方应退还剩余服务期的服务费，并赔偿甲方因此遭受的直接损失。

第五条 版本更新
5.1 服务期内，乙方发布的缺陷修复版本、安全补丁及功能升级版本均免费提供给甲方，由乙方远程实施升级，并至少提前2个工作日与甲方确认升级窗口。
5.2 iOS、Android 系统大版本正式发布后，乙方应在60日内完成适配。

第六条 定制开发
6.1 甲方另行委托的定制开发，以双方书面确认的技术方案为准，按每人日人民币1,200元计费。
6.2 定制开发交付物（包括源代码和文档）的著作权，自甲方付清对应款项之日起归甲方所有。

第七条 费用
7.1 年度技术支持服务费为人民币38,000元（含税），于本协议签订后10个工作日内一次性支付。
7.2 现场服务按每人每天人民币2,000元计费，差旅费经甲方事先书面同意后按实报销。
7.3 除本条及第六条所列费用外，乙方不得以任何名义向甲方收取其他费用。

第八条 第三方服务
8.1 本系统所依赖的腾讯云实时音视频（TRTC）、腾讯云即时通信 IM、相芯美颜 SDK、阿里云短信及实名认证服务，均由甲方以自身名义开通账号，并直接向相应服务商付费。
8.2 乙方负责上述服务的对接、配置与故障排查；属于第三方平台自身故障的，由乙方向第三方提交工单并跟进至解决。

第九条 源代码
乙方确认已向甲方交付全部源代码（含服务端、管理后台、客户端及数据库脚本），其中不存在加密、混淆或授权校验模块，甲方可在任意服务器及域名上自行部署。

第十条 部署与上线
乙方负责在甲方服务器上完成首次部署、压力测试与正式上线，并协助甲方向 App Store 及主要安卓应用市场提交上架，上述工作包含在年度服务费内。

第十一条 验收
部署完成后，甲方依据附件二《验收测试用例》在10个工作日内完成验收测试；未通过的，乙方应在5个工作日内整改并重新提交。

第十二条 信息保护
双方对合作中获知的对方商业信息、技术资料及平台用户数据负有保密义务，未经对方书面同意不得向任何第三方披露，也不得用于本协议以外的目的；本条在协议终止后持续有效。

第十三条 期限与续约
13.1 本协议有效期一年，自2025年3月1日起至2026年2月28日止。
13.2 甲方如需续约，应于期满前30日书面通知乙方；续约年度的服务费较本年度上涨不超过百分之十。

第十四条 终止与交接
本协议终止或乙方停止经营的，乙方应在15个工作日内向甲方移交最新版本源代码、部署文档、运维手册及全部账号权限，并提供不少于30日的交接协助。

第十五条 争议解决
因本协议引起的争议，双方协商不成的，任何一方均可提交深圳国际仲裁院仲裁。
""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "present",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "present",
            "custom_code_ownership": "present",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "present",
            "source_completeness": "present",
            "third_party_costs": "present",
            "exit_terms": "present",
            "acceptance": "present",
            "launch_support": "present",
        },
        "red_flags": [],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 15,
                "fix_minutes": 240,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P2",
                "response_minutes": 30,
                "fix_minutes": 1440,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P3",
                "response_minutes": 240,
                "fix_minutes": 1440,
                "clock": "business",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P4",
                "response_minutes": 480,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 10, "notice_days": 30, "auto_renew": False},
    },
    # 2. A cheap package sold from a quote: nearly every trap a first-time buyer falls into.
    {
        "name": "blind-zh-cheap-package-quote",
        "text": """【乐播直播源码】报价单及售后说明

客户：王总（以下称甲方）
供货方：广州乐播网络科技工作室（以下称乙方）
报价日期：2025年4月8日　报价有效期：7天

一、产品与价格
1. 一对多秀场直播源码（PHP 后台 + 安卓/苹果双端）…… ￥9,800
2. 服务器环境搭建及源码安装 …… 视服务器情况另行报价
3. 授权域名（含1个）…… 免费；每增加一个域名 ￥2,000
4. 苹果/安卓应用市场上架协助 …… 另行报价
5. 美颜、短信、直播加速等第三方服务 …… 费用由甲方自理
6. 其他费用另行协商

二、售后说明
1. 自付款之日起提供一年技术支持，工作日白天在线，收到问题后乙方会尽快安排技术人员处理。
2. 源码自付款之日起免费更新三个月；三个月后如需升级到新版本，按升级时的价格另行收费。
3. 为保护知识产权，源码中的直播间与礼物结算等核心文件经过加密处理，其余部分开放；源码仅限在绑定的域名下运行，更换域名须重新申请授权。
4. 以下情况不在售后范围内：甲方自行修改代码导致的问题；服务器、带宽及第三方平台的问题；甲方运营不当造成的问题。
5. 甲方提出的二次开发需求另行报价，开发完成的代码版权归乙方所有，甲方享有使用权。
6. 后台可以正常登录、App 可以打开即视为交付验收合格。
7. 技术支持到期后如需继续服务，续费按届时价格执行。
8. 因使用本源码产生的任何直接或间接损失，包括但不限于数据丢失、用户流失、营收损失，乙方均不承担任何赔偿责任。
9. 源码属虚拟商品，一经售出概不退款。
""",
        "labels": {
            "service_list": "weak",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "update_terms": "weak",
            "custom_code_ownership": "weak",
            "fees_itemised": "weak",
            "term_renewal": "weak",
            "source_completeness": "weak",
            "third_party_costs": "weak",
            "acceptance": "weak",
            "launch_support": "weak",
        },
        "red_flags": [
            "compensation_excluded",
            "vendor_owns_custom_code",
            "open_ended_fees",
            "renewal_price_open",
            "encrypted_or_licence_bound",
            "no_sla_numbers",
        ],
        "sla": [],
        "renewal": {"cap_percent": None, "notice_days": None, "auto_renew": False},
    },
    # 3. An operations contract whose SLA counts the ticket system's receipt as the response,
    #    with auto-renewal "capped" at the future market price and a liability cap.
    {
        "name": "blind-zh-ticket-receipt-autorenew",
        "text": """直播系统运维技术服务合同

合同编号：ZB-2025-0417
甲方（委托方）：成都熊猫互动文化传媒有限公司
乙方（服务方）：北京极速流媒科技有限公司

一、服务内容
１．乙方为甲方运营的"熊猫语聊"语音聊天室平台（服务端及双端 App）提供运维技术服务，服务渠道包括：在线工单系统（７×２４小时受理）、钉钉服务群、服务热线（仅限一级故障）。
２．服务内容包括：故障排查与修复、每月一次服务器巡检并出具巡检报告、版本升级实施、数据库备份检查。
３．甲方负责提供服务器登录权限并指定一名对接人；因甲方未及时提供权限造成的延误，不计入处理时限。
４．因甲方自行修改代码或擅自变更服务器配置引发的故障，不属于本合同的服务范围，乙方可协助排查，但不承担修复义务。

二、故障等级与处理时限
１．一级故障：平台整体不可用、语音房无法进入或充值失败。乙方在３０分钟内响应，８小时内恢复。
２．二级故障：部分功能不可用，但不影响主要业务。乙方在工作时间内２小时响应，３个工作日内解决。
３．三级问题：使用咨询、界面优化建议。乙方在１个工作日内答复。
４．本条所称"响应"，以甲方提交工单后工单系统自动生成受理回执的时间为准。
５．一级故障的时限按自然时间连续计算；二级、三级按工作时间计算。工作时间为周一至周五９:００—１８:００，法定节假日除外。
６．本合同中未特别注明的"日"，均指工作日。

三、服务费用
１．运维技术服务费为每年人民币２６,８００元，分两期支付：合同签订后５日内支付５０％，第七个月首日前支付其余５０％。
２．上述费用已包含每月巡检、远程升级实施及每年一次安全加固。

四、第三方服务
１．平台使用的声网 Agora 语音服务、七牛云存储与 CDN、个推消息推送，由甲方以自身名义注册开通并直接支付费用。
２．乙方负责上述服务的接入与配置；第三方平台自身出现故障时，乙方协助甲方向第三方报障并提供相关日志。

五、版本更新
１．服务期内，乙方免费提供缺陷修复及安全补丁。
２．乙方新发布的功能模块，甲方如需升级，费用按乙方届时报价执行。

六、源代码、迁移上线与验收
１．乙方确认，甲方此前从乙方购买的源代码为完整源代码（含服务端、Android、iOS 及管理后台），不含任何加密或授权锁定；本合同项下的补丁亦以源代码形式交付。
２．合同生效后１０日内，乙方负责将平台迁移部署至甲方新服务器并协助切换上线。
３．上线后５日内，甲方按附件《验收清单》逐项验收；逾期未提出书面异议的，视为验收通过。

七、违约责任
１．一级故障超过恢复时限的，每超过１小时，乙方按月服务费的２％抵扣服务费。
２．乙方在本合同项下承担的全部赔偿责任（含服务费抵扣）累计不超过甲方当年已实际支付的服务费总额。

八、保密
双方对因履行本合同而获悉的对方经营数据、用户信息和技术资料负有保密义务，保密期至合同终止后三年。

九、合同期限与续期
１．本合同期限为一年，自２０２５年５月１日起至２０２６年４月３０日止。
２．合同期满前３０个自然日内，任何一方未以书面形式提出终止的，本合同自动续期一年，续期次数不限。
３．续期服务费由乙方根据届时的服务内容调整，但不超过届时市场价。

十、争议解决
因本合同产生的争议，双方应友好协商；协商不成的，向乙方所在地有管辖权的人民法院提起诉讼。
""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "weak",
            "fees_itemised": "present",
            "term_renewal": "weak",
            "sla_numbers": "weak",
            "source_completeness": "present",
            "third_party_costs": "present",
            "acceptance": "present",
            "launch_support": "present",
        },
        "red_flags": ["renewal_price_open"],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 30,
                "fix_minutes": 480,
                "clock": "calendar",
                "acknowledgement_counts": True,
            },
            {
                "severity": "P2",
                "response_minutes": 120,
                "fix_minutes": 1440,
                "clock": "business",
                "acknowledgement_counts": True,
            },
            {
                "severity": "P3",
                "response_minutes": 480,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": True,
            },
        ],
        "renewal": {"cap_percent": None, "notice_days": 30, "auto_renew": True},
    },
    # 4. A vendor's written pledge: response times only, a licence that expires after three years,
    #    custom code owned jointly, Chinese numerals throughout.
    {
        "name": "blind-zh-service-pledge-response-only",
        "text": """售后服务承诺书

致：厦门蓝鲸网络科技有限公司（以下简称"甲方"）

我司福州米讯软件有限公司（以下简称"乙方"）就甲方采购的"米讯 1V1 视频交友系统"（合同总价人民币68,000元）作出如下售后服务承诺：

● 服务团队：为甲方建立专属微信技术群，由一名技术负责人和两名工程师常驻，必要时通过向日葵远程控制协助排查。
● 服务时间：7×24小时。
● 响应承诺：
  – 紧急问题（视频无法接通、服务器宕机、充值不到账）：三十分钟内响应；
  – 一般问题（部分功能异常、机型兼容问题）：两小时内响应；
  – 咨询类问题：1个工作日内答复。
● 上架服务：免费协助甲方完成苹果 App Store、Google Play 以及华为、小米、OPPO、vivo 应用市场的上架；因审核政策被驳回的，乙方负责修改直至通过。
● 授权说明：本系统授权有效期为三年，自交付之日起计算。授权到期后甲方须续购授权，否则管理后台将无法登录，新用户无法注册。
● 版本升级：授权有效期内，乙方发布的新版本及缺陷修复均免费提供。
● 年服务费：首年免费；自第二年起按合同总价的百分之十五收取，即每年人民币10,200元。
● 续费：服务期一年一续，每次续费价格上浮不超过百分之五；甲方如需续费，请于服务期满前十五日告知乙方。
● 定制开发：甲方提出的定制需求按每人日人民币1,000元计费，开工前由乙方出具工作量评估并经甲方确认；定制部分的知识产权归甲乙双方共同所有。
● 第三方服务：系统运行所需的第三方服务所产生的费用由甲方承担。
● 数据安全：乙方承诺不查看、不留存、不向任何第三方提供甲方平台的用户资料、聊天记录及运营数据。

特此承诺。

乙方（盖章）：福州米讯软件有限公司
2025年6月3日
""",
        "labels": {
            "service_list": "present",
            "confidentiality": "present",
            "update_terms": "present",
            "custom_code_ownership": "weak",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "weak",
            "source_completeness": "weak",
            "third_party_costs": "weak",
            "launch_support": "present",
        },
        "red_flags": ["encrypted_or_licence_bound"],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 30,
                "fix_minutes": None,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P2",
                "response_minutes": 120,
                "fix_minutes": None,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P3",
                "response_minutes": 480,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 5, "notice_days": 15, "auto_renew": False},
    },
    # 5. A going-overseas agreement with bilingual headings: good SLA and escrow, but the
    #    audio/video engine ships only as compiled SDKs and credits are capped.
    {
        "name": "blind-zh-bilingual-overseas-sdk",
        "text": """出海直播平台技术支持协议 / Technical Support Agreement for an Overseas Live-Streaming Platform

甲方 Party A：深圳远航出海科技有限公司
乙方 Party B：上海跃点网络科技有限公司

第一条 服务内容 / Article 1 Scope of Services
1.1 乙方为甲方面向中东及东南亚市场的多语言直播 App（阿拉伯语、英语、印尼语版本）及其服务端、运营后台提供技术支持。
1.2 支持渠道：Slack 共享频道（中英文）、邮件工单、Sev-1 紧急电话。乙方指定一名专属技术经理；人员变更须提前两周通知甲方并完成交接。
1.3 工作时间为北京时间 9:00–24:00（覆盖迪拜时间 5:00–20:00），周一至周五。

第二条 责任划分 / Article 2 Responsibilities
2.1 甲方负责海外服务器采购、当地合规（内容审核、数据驻留）以及应用商店开发者账号。
2.2 因甲方自行修改代码或当地运营商网络封锁导致的问题，不属于乙方修复义务，但乙方应协助分析原因。

第三条 服务等级 / Article 3 Service Levels
3.1 Sev-1（所有地区无法开播或支付失败）：1小时内响应，2个自然日内彻底修复，修复前须提供临时恢复方案。
3.2 Sev-2（单一地区或单一功能故障）：4个工作小时内响应，5个工作日内修复。
3.3 Sev-3（一般咨询及轻微缺陷）：2个工作日内响应，在下一次月度版本中修复。
3.4 "响应"指乙方工程师在工单或频道中给出初步分析；系统自动回复不计为响应。

第四条 服务积分 / Article 4 Service Credits
4.1 Sev-1 事件的响应或修复每超时一次，乙方按当月服务费的5%给予服务积分，抵扣下月费用。
4.2 每月服务积分总额以当月服务费为上限，服务积分是甲方就超时事项可获得的唯一补救。

第五条 更新与升级 / Article 5 Updates
服务期内，乙方的全部补丁、小版本及大版本升级均免费提供，包括新增的本地支付渠道（如 Google Pay、STC Pay）以及新版 Android/iOS 的适配。

第六条 交付物与源代码 / Article 6 Deliverables and Source Code
6.1 乙方交付服务端、运营后台及客户端业务层的全部源代码。
6.2 音视频引擎和美颜渲染模块为乙方自研核心组件，仅以编译后的 SDK（.so / .aar / .framework）形式提供，不交付其源代码。
6.3 乙方将完整源代码（含第6.2条所述核心组件的源代码）存放于双方认可的第三方托管机构，每季度更新一次；乙方破产、解散或停止提供支持超过30日的，托管机构将源代码释放给甲方。

第七条 第三方服务 / Article 7 Third-Party Services
7.1 Twilio 短信验证、Firebase 云消息推送（FCM）、Sumsub 实名认证（KYC）及 Cloudflare CDN 由甲方以自有账号开通并直接付费。
7.2 乙方负责上述服务的对接、版本兼容及故障初步定位，并可代甲方向服务商提交工单。

第八条 定制开发 / Article 8 Custom Development
定制开发按每人日人民币1,500元计费；甲方付清相应款项后，定制部分的源代码及知识产权归甲方所有。

第九条 费用 / Article 9 Fees
9.1 月度技术支持费为人民币12,800元，按季度预付。
9.2 上线支持费为人民币20,000元（一次性），包括海外服务器部署、压力测试以及 Google Play / App Store 上架提交。

第十条 验收 / Article 10 Acceptance
上线前，甲方在测试环境中按双方签署的验收标准进行验收（其中包括：海湾地区 4G 弱网环境下首帧时间不超过1.5秒），验收期为7个自然日。

第十一条 期限与续约 / Article 11 Term and Renewal
11.1 服务期为十二个月。期满前60日任何一方未书面通知不续约的，本协议自动续约十二个月。
11.2 续约期的月度服务费上调幅度不超过8%。

第十二条 保密与数据 / Article 12 Confidentiality and Data
乙方仅在处理故障所必需的范围内访问甲方生产数据，不得复制、留存或对外披露甲方的用户数据及经营数据。

第十三条 适用法律与争议解决 / Article 13 Governing Law and Disputes
本协议适用中华人民共和国法律。因本协议产生的争议，提交香港国际仲裁中心仲裁，仲裁语言为中文。
""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "present",
            "custom_code_ownership": "present",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "present",
            "source_completeness": "weak",
            "third_party_costs": "present",
            "exit_terms": "present",
            "acceptance": "present",
            "launch_support": "present",
        },
        "red_flags": ["encrypted_or_licence_bound"],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 60,
                "fix_minutes": 2880,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P2",
                "response_minutes": 240,
                "fix_minutes": 2400,
                "clock": "business",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P3",
                "response_minutes": 960,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 8, "notice_days": 60, "auto_renew": True},
    },
    # 6. Custom development plus maintenance, written as tables: the vendor keeps the custom code,
    #    "other fees" are open, renewal is "to be agreed", severities start at P0.
    {
        "name": "blind-zh-custom-dev-tables",
        "text": """电商直播系统定制开发及维护合同（节选）

甲方：南京好物直播电子商务有限公司
乙方：苏州码动信息技术有限公司

第一部分 项目内容与费用
序号 | 项目 | 说明 | 金额（元）
1 | 电商直播基础源码授权 | 商品橱窗、直播带货、优惠券、连麦 | 45,000
2 | 定制：分销裂变模块 | 按《需求说明书》V1.2 | 32,000
3 | 定制：抖店/有赞订单同步 | 双向同步订单与库存 | 18,000
4 | 首年维护 | 见第三部分 | 0（包含）
5 | 部署上线与上架协助 | 阿里云部署、微信小程序及 App 上架 | 0（包含）
合计：95,000元
如项目执行过程中发生上表以外的费用，由双方另行协商确定。

第二部分 知识产权
2.1 基础源码的著作权归乙方，甲方获得永久、不限域名的使用及修改许可；乙方交付全部源代码，不含加密文件。
2.2 定制模块（上表第2、3项）的源代码交付甲方使用，但其著作权归乙方所有，乙方有权将其用于其他客户的项目。

第三部分 维护服务
3.1 维护期：自验收通过之日起十二个月。
3.2 服务渠道：钉钉项目群（工作日 9:00–18:30 在线）、值班手机（大促活动期间 7×24 小时）、远程协助。
3.3 故障分级与处理时限：
级别 | 判定 | 响应 | 解决
P0 | 直播间无法进入、无法下单或支付失败 | 15分钟 | 2小时
P1 | 分销佣金计算错误、订单同步中断 | 1小时 | 24小时
P2 | 其他功能缺陷 | 工作时间内4小时 | 纳入下一迭代
3.4 P0、P1 级的时限按自然时间计算，不区分工作日与节假日。
3.5 维护期内缺陷修复免费；新增功能需求按1,500元/人天计费，开发前须提交技术方案经甲方书面确认。
3.6 维护范围不包括：甲方自行修改的代码、阿里云资源自身故障、直播内容合规审核。
3.7 维护期满后是否续签及续签费用，由双方届时另行协商。

第四部分 第三方服务
4.1 直播推拉流使用阿里云视频直播，费用由甲方阿里云账号直接结算；美颜使用相芯 FaceUnity，年度授权费（约人民币30,000元）由甲方直接向相芯支付。
4.2 乙方负责上述服务的集成及其版本升级后的适配。

第五部分 验收
乙方提交测试版本后，甲方应在5个工作日内按《需求说明书》完成测试并书面反馈；逾期未反馈的，视为验收通过。

第六部分 违约责任
乙方逾期交付的，每逾期一日，按未交付模块金额的千分之五向甲方支付违约金，违约金总额不超过合同总额的百分之十。

第七部分 保密
双方对本项目中的需求文档、商品及订单数据、分销用户信息负有保密义务，不得向第三方泄露。

第八部分 争议解决
因本合同发生的争议，提交苏州仲裁委员会仲裁。
""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "present",
            "custom_code_ownership": "weak",
            "fees_itemised": "weak",
            "term_renewal": "weak",
            "sla_numbers": "present",
            "source_completeness": "present",
            "third_party_costs": "present",
            "acceptance": "present",
            "launch_support": "present",
        },
        "red_flags": ["open_ended_fees", "vendor_owns_custom_code"],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 15,
                "fix_minutes": 120,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P2",
                "response_minutes": 60,
                "fix_minutes": 1440,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P3",
                "response_minutes": 240,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": None, "notice_days": None, "auto_renew": False},
    },
    # 7. A solid English master support agreement: escrow, credits without a cap, capped renewal.
    {
        "name": "blind-en-msa-solid",
        "text": """SUPPORT AND MAINTENANCE AGREEMENT

between Northwind Media Ltd ("Customer") and Lumastream Technologies Co., Ltd. ("Provider")

1. Definitions
1.1 "Business Hours" means 09:00 to 18:00 London time, Monday to Friday, excluding public holidays in England; a "Business Day" is any day on which Business Hours apply.
1.2 "Response" means a named Provider engineer acknowledging the Incident personally (an automated message does not count) and starting diagnosis.
1.3 "Resolution" means the Incident is fixed, or a workaround restores the affected functionality for end users.

2. Services
2.1 Provider shall support the Licensed Platform (streaming backend, web admin console, and the iOS and Android apps for the UK and EU market), covering incident handling, code-level defect correction, a monthly health check, implementation of upgrades, and a quarterly architecture review.
2.2 Channels: a shared Slack Connect channel staffed by two named engineers and an account manager; a ticket portal; and a 24x7 telephone hotline for Critical Incidents.
2.3 Provider shall tell Customer at least 10 Business Days before replacing a named engineer and shall hold a handover call with the successor.

3. Customer Obligations and Exclusions
3.1 Customer shall keep production access available to Provider and shall maintain its own hosting accounts and backups.
3.2 Incidents caused by changes Customer makes to the code are outside the fixed fee; Provider will still diagnose them and give a written estimate before any paid work.

4. Service Levels
Severity | Example | Response | Resolution
Critical | platform down, streams cannot start, payments failing | 15 minutes, 24x7 | 4 hours, 24x7
High | co-hosting, gifting or PK battles broken for many users | 1 hour, 24x7 | 12 hours, 24x7
Normal | a feature impaired, workaround available | 4 business hours | 5 Business Days
Low | cosmetic or documentation issue | 2 Business Days | next scheduled release

5. Service Credits and Remedies
5.1 For each Critical or High Incident where a Response or Resolution target is missed, Provider shall credit 10% of that month's Support Fee.
5.2 If three or more Critical targets are missed in any rolling 90-day period, Customer may terminate with immediate effect and receive a pro-rata refund of prepaid fees.
5.3 Service credits do not limit Customer's right to claim damages for the same failure.

6. Releases
All patches, security fixes, minor and major releases issued during the Term are included in the Support Fee at no extra charge. Provider ships at least one maintenance release a month and supports each new iOS and Android version within 45 days of its public release.

7. Custom Development
7.1 Custom work is carried out under a signed statement of work at GBP 480 per person-day.
7.2 All intellectual property in custom work vests in Customer on payment, and Provider hereby assigns it accordingly.

8. Fees
8.1 Support Fee: GBP 3,200 per month, invoiced quarterly in advance.
8.2 No fee, charge or expense beyond those set out in this Agreement is payable unless agreed in a signed change order that states the amount.

9. Launch
Provider's launch package is included in the first quarter's Support Fee: production deployment, a load test to 20,000 concurrent viewers, submission to the App Store and Google Play, and two weeks of hypercare after go-live.

10. Third-Party Services
10.1 Customer holds its own accounts with, and pays directly: Agora (real-time video), AWS CloudFront (CDN), BytePlus Effects (beauty filters), Twilio Verify (SMS codes) and OneSignal (push notifications).
10.2 Provider supports these integrations, watches quotas and opens tickets with those providers on Customer's behalf.

11. Delivery and Acceptance
11.1 Provider has delivered complete source code for every component, with build scripts; no component is obfuscated, encrypted or protected by a licence key.
11.2 Each release is accepted against the test plan in Schedule 2. Customer has 10 Business Days to test; failed items are corrected and re-tested.

12. Term and Renewal
12.1 The Initial Term is 24 months from the Effective Date.
12.2 The Agreement then renews automatically for successive 12-month periods unless either party gives written notice at least 90 days before the end of the current period.
12.3 The Support Fee for a renewal period may not rise by more than 5% over the preceding period.

13. Exit
13.1 On expiry or termination for any reason, Provider shall hand over the latest repository, deployment runbooks and all credentials, and give up to 30 days of transition assistance at the rate in clause 7.
13.2 The source code is held in escrow with an independent agent and is released to Customer if Provider becomes insolvent, stops trading, or fails to remedy a Critical Incident within 10 Business Days.

14. Confidentiality and Data
Each party keeps the other's non-public information secret. Provider accesses production data only to deliver the Services, never copies end-user data out of Customer's systems, and processes personal data only on Customer's documented instructions.

15. Law and Disputes
This Agreement is governed by the law of England and Wales. Disputes are finally resolved by LCIA arbitration seated in London.
""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "present",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "present",
            "custom_code_ownership": "present",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "present",
            "source_completeness": "present",
            "third_party_costs": "present",
            "exit_terms": "present",
            "acceptance": "present",
            "launch_support": "present",
        },
        "red_flags": [],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 15,
                "fix_minutes": 240,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P2",
                "response_minutes": 60,
                "fix_minutes": 720,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P3",
                "response_minutes": 240,
                "fix_minutes": 2400,
                "clock": "business",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P4",
                "response_minutes": 960,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 5, "notice_days": 90, "auto_renew": True},
    },
    # 8. A salesperson's email offer: domain-locked licence, ionCube-encoded files, three months of
    #    free updates, a 24-hour reply promise, renewal at the then-current list price.
    {
        "name": "blind-en-email-offer",
        "text": """From: Kevin Zhou <kevin@starlive-sales.example>
To: Marcus Hale
Subject: Re: Live streaming app source code - our offer

Hi Marcus,

Thanks for the call yesterday! As promised, here is a summary of our offer for StarLive Pro.

What you get:
- StarLive Pro full package (Android + iOS apps, PHP admin panel, streaming server setup scripts): USD 2,999 one-time
- Installation on your server: included (one time)
- Publishing to the App Store / Google Play: USD 299 per app
- Extra domain: USD 500 per domain (the licence is tied to one domain, the one you give us at purchase)
- Custom features: quoted per request

Support:
- 12 months of technical support from our team
- Reach us any time on WhatsApp or Telegram, we're 24/7
- We guarantee a reply within 24 hours, and most of the time it's minutes
- Free updates for the first 3 months after purchase; after that, updates are available to existing clients at a special discount

A few notes:
- Some core files (the streaming room and payments) are encoded with ionCube to protect our work. Everything else is open.
- Support covers bugs in our original code. Server problems, third-party service issues and any code changed by you or another developer are not included.
- Third-party services (streaming CDN, SMS, beauty filters) are paid by you.
- After the first year, support can be renewed at our then-current list price.
- Any other charges (server migration, extra languages, etc.) will be discussed as needed.

If you confirm this week I can add one extra month of support for free. Let me know!

Best,
Kevin
StarLive Sales Team
""",
        "labels": {
            "service_list": "weak",
            "responsibility_boundary": "present",
            "update_terms": "weak",
            "fees_itemised": "weak",
            "term_renewal": "weak",
            "sla_numbers": "weak",
            "source_completeness": "weak",
            "third_party_costs": "weak",
            "launch_support": "present",
        },
        "red_flags": ["open_ended_fees", "encrypted_or_licence_bound", "renewal_price_open"],
        "sla": [
            {
                "severity": None,
                "response_minutes": 1440,
                "fix_minutes": None,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": None, "notice_days": None, "auto_renew": False},
    },
    # 9. A licence-and-maintenance agreement: the server stops on licence expiry, the ticket number
    #    counts as the response, the vendor owns every modification, liability capped at 3 months.
    {
        "name": "blind-en-licence-expiry-sev",
        "text": """SOFTWARE LICENCE AND MAINTENANCE AGREEMENT

Licensor: Brightwave Software Sdn. Bhd., Kuala Lumpur
Licensee: PT Nusantara Live Indonesia, Jakarta

1. Grant. Licensor grants Licensee a non-exclusive, non-transferable licence to use the Brightwave Live platform for a term of twelve (12) months from the Activation Date.

2. Licence Key. The Software runs only with a valid licence key issued by Licensor. The key is valid until the end of the licence term; once it expires, the server stops accepting new live sessions until a renewed key is installed. The server-side gateway and the billing module are supplied as compiled binaries only.

3. Maintenance Releases. During the term Licensee receives Maintenance Releases (bug fixes and security patches) at no additional cost. Major Releases are licensed separately at the fee applicable at the time.

4. Support Channels. Support is provided through the Licensor support portal and by email from 09:00 to 18:00 (GMT+8) on Business Days. A telephone line for Sev-1 incidents is staffed 24 hours a day.

5. Severity Levels and Targets.
5.1 Sev-1 (service unavailable to all users): response within 30 minutes; workaround or restoration within 4 hours.
5.2 Sev-2 (a major function unavailable, no workaround): response within 2 hours; fix within 2 days.
5.3 Sev-3 (a minor function impaired): response within 1 Business Day; fix in a later Maintenance Release.
5.4 Sev-4 (questions and enhancement requests): handled on a reasonable-efforts basis.
5.5 Sev-1 and Sev-2 targets run around the clock, including weekends.
5.6 For this clause, a response occurs when the support portal records the incident and issues a ticket number to Licensee.

6. Licensee Responsibilities. Licensee is responsible for hosting, network, operating-system patches and backups, and for all third-party services used with the Software, including their fees.

7. Service Credits. If Licensor misses a Sev-1 restoration target, Licensee may claim a credit of 5% of the monthly equivalent of the Maintenance Fee for that incident.

8. Limitation of Liability. Licensor's aggregate liability under this Agreement shall not exceed the fees paid by Licensee in the three (3) months before the event giving rise to the claim.

9. Modifications. Every modification, customisation or derivative work of the Software, whether developed by Licensor or Licensee and whether or not paid for by Licensee, is the property of Licensor.

10. Fees. Licence Fee: USD 18,000 per licence term. Maintenance Fee: 20% of the Licence Fee (USD 3,600) per term, payable annually in advance.

11. Installation. Installation and go-live assistance is available at Licensor's professional-services rates, quoted on request.

12. Acceptance. Licensee shall run the acceptance tests in Schedule C within 10 Business Days of installation and report any failures; Licensor shall correct them and re-submit.

13. Renewal. This Agreement renews automatically for further 12-month terms unless either party gives notice of non-renewal at least 30 days before expiry. The Licence Fee and Maintenance Fee for a renewal term shall not exceed those of the preceding term by more than 7%.

14. Termination. On termination Licensee shall stop using the Software. Within 30 days Licensor will provide an export of Licensee's user and transaction data in CSV format.

15. Confidentiality. Each party shall hold the other's Confidential Information in confidence, use it only for this Agreement and disclose it only to staff who need to know it.

16. Governing Law. This Agreement is governed by the laws of Singapore, and any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "weak",
            "custom_code_ownership": "weak",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "weak",
            "source_completeness": "weak",
            "third_party_costs": "weak",
            "exit_terms": "weak",
            "acceptance": "present",
            "launch_support": "weak",
        },
        "red_flags": ["encrypted_or_licence_bound", "vendor_owns_custom_code"],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 30,
                "fix_minutes": 240,
                "clock": "calendar",
                "acknowledgement_counts": True,
            },
            {
                "severity": "P2",
                "response_minutes": 120,
                "fix_minutes": 2880,
                "clock": "calendar",
                "acknowledgement_counts": True,
            },
            {
                "severity": "P3",
                "response_minutes": 480,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": True,
            },
        ],
        "renewal": {"cap_percent": 7, "notice_days": 30, "auto_renew": True},
    },
    # 10. Published support terms of a subscription vendor: full source and good ownership terms, but
    #     response times only, compensation excluded, month-to-month renewal at the list price.
    {
        "name": "blind-en-support-terms-no-compensation",
        "text": """HostLive Support Terms for Source-Licence Clients
Version 3.2, effective 1 January 2025

These Support Terms apply between HostLive Ltd ("Vendor") and the client named in the Order Form ("Client").

Plans
- Basic, USD 399 per month: email tickets, security patches only.
- Pro, USD 899 per month: a Slack Connect channel with our engineering team, every feature release, launch assistance.
- Work outside the plan is billed at USD 80 per hour against an estimate the Client approves before work starts.

What we support
- Defects in the code we shipped to the Client, configuration of the platform, and guidance on scaling.
- Not supported: code changed by the Client, the Client's own hosting or network, content moderation, disputes with app stores over their policies.

Response targets
- Critical (live streams down for all users): first response within 1 hour, 24/7.
- Everything else: first response within 8 business hours (Monday to Friday, 09:00 to 17:00 UK time).
- We work to resolve issues as quickly as we can, but resolution times depend on complexity and are not guaranteed.

Source code and releases
- The Client receives the full source (Go backend, Flutter apps, React admin) through a private Git repository. Nothing is obfuscated and no licence keys are used.
- Pro clients receive every update; Basic clients receive security patches only.

Third-party services
- Real-time video runs on the Client's own Agora or ZEGOCLOUD account, delivery on the Client's own Cloudflare or AWS account, and SMS on the Client's Twilio account. The Client pays those providers directly.
- Vendor configures these integrations and escalates provider-side incidents to the provider on the Client's behalf.

Custom work
- Custom work belongs to the Client once paid in full. Vendor's pre-existing libraries stay Vendor's and are licensed to the Client perpetually.

Launch
- The Pro plan includes production deployment and submission to the Apple App Store and Google Play.

Billing and renewal
- Subscriptions run month to month and renew automatically on each billing date. Cancel at least 7 days before the next billing date to stop the renewal.
- Each renewal is charged at the price shown on Vendor's pricing page on the renewal date.

Liability
- Vendor is not liable for lost revenue, lost users, lost data, downtime or any other loss, direct or indirect, arising from the Services.
- The Client's only remedy for a missed response target is for Vendor to perform the affected Services again. No credits, refunds or compensation of any kind are payable.

Your data
- Everything in your repository, tickets and production systems is treated as confidential: we access it only to provide support and never share it.

Leaving
- If you cancel, we send a final database export and tag the latest release in your repository, which stays yours.

Law
- These Terms are governed by the laws of England and Wales, and the courts of London have exclusive jurisdiction.
""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "present",
            "custom_code_ownership": "present",
            "fees_itemised": "present",
            "term_renewal": "weak",
            "sla_numbers": "weak",
            "source_completeness": "present",
            "third_party_costs": "present",
            "exit_terms": "present",
            "launch_support": "present",
        },
        "red_flags": ["compensation_excluded", "renewal_price_open"],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 60,
                "fix_minutes": None,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P2",
                "response_minutes": 480,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": None, "notice_days": 7, "auto_renew": True},
    },
    # 11. A priced quotation for a 1v1 app going overseas: decent, but support runs on GMT+8
    #     business hours, custom code is shared and third-party costs are only mentioned in passing.
    {
        "name": "blind-en-quote-1v1-overseas",
        "text": """QUOTATION No. Q-2025-0612

From: Orbitel Soft Co., Ltd. (the Vendor)
To: Desert Rose Apps FZ-LLC, Dubai (the Client)
Project: 1-on-1 video chat app (Android and iOS) with admin panel, Arabic and English
Valid until: 30 June 2025

Item | Description | Qty | Price (USD)
1 | Source licence: 1v1 video social platform, full unencrypted source (Java backend, Kotlin and Swift apps, Vue admin) | 1 | 8,900
2 | Arabic right-to-left localisation and UI adaptation | 1 | 1,200
3 | Server deployment (AWS Bahrain region) and CDN configuration | 1 | 600
4 | App Store and Google Play submission | 2 stores | 350 each
5 | Annual support and maintenance, year 1 | 1 | 4,800
Total | | | 16,200

Notes
a) Support channels: a dedicated Telegram group with two named engineers, plus email ticketing. Support hours are Monday to Friday, 10:00 to 19:00 (GMT+8).
b) Every ticket receives a response within 4 business hours. Critical defects (calls cannot connect, payments fail, server down) are resolved within 2 business days; other defects are fixed in the next maintenance release.
c) Updates: minor versions and bug fixes are included during the support year. Major versions are offered at 30% of the source licence price (USD 2,670).
d) Customisations: code written for this project may be used by both parties; ownership is shared.
e) Third-party services (RTC, SMS, push notifications, payment gateway fees) are not part of this quotation and are payable by the Client.
f) Not covered: problems caused by the Client's own code changes, AWS outages, and App Store rejections caused by the Client's content.
g) Acceptance: 7 days of user acceptance testing on a staging server; the Vendor fixes the defects found before go-live.
h) Support renewal: USD 4,800 per year; any increase at renewal will not exceed 10%.
i) Payment: 50% with the order, 40% on delivery, 10% after acceptance.
""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "update_terms": "present",
            "custom_code_ownership": "weak",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "present",
            "source_completeness": "present",
            "third_party_costs": "weak",
            "acceptance": "present",
            "launch_support": "present",
        },
        "red_flags": [],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 240,
                "fix_minutes": 960,
                "clock": "business",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P2",
                "response_minutes": 240,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 10, "notice_days": None, "auto_renew": False},
    },
    # 12. A thin maintenance agreement: "reasonable efforts", no numbers, object-code server core,
    #     a token USD 500 liability cap, open-ended charges and renewal at prevailing rates.
    {
        "name": "blind-en-thin-maintenance",
        "text": """MAINTENANCE AGREEMENT

This Maintenance Agreement is made between Echo Rooms Inc. ("Customer") and Bluepeak Digital Solutions LLC ("Supplier") for the VoiceParty voice chat room software (the "Software").

1. Support. Supplier will provide reasonable technical support for the Software and will use commercially reasonable efforts to respond to and resolve reported problems promptly.

2. Requests. Support requests shall be submitted to Supplier by email.

3. Customer Responsibilities. Customer is responsible for hosting, backups, app store accounts and any third-party accounts used with the Software.

4. Delivery. The server core is delivered in object-code form only. The client applications are delivered in source form.

5. Updates. Supplier may, at its discretion, make updates to the Software available to Customer from time to time.

6. Fees. Customer shall pay an annual maintenance fee of USD 3,000. Any additional services, expenses or charges will be invoiced separately.

7. Term. This Agreement runs for one year from the Effective Date and renews automatically for successive one-year terms unless either party gives at least sixty (60) days' written notice of non-renewal. Fees for any renewal term will be at Supplier's then-prevailing rates.

8. Limitation of Liability. Supplier's total liability arising out of or in connection with this Agreement shall not exceed USD 500. In no event shall Supplier be liable for indirect or consequential damages.

9. Confidentiality. Each party shall keep confidential any non-public information received from the other party.

10. Termination. Either party may terminate this Agreement for material breach on 30 days' written notice. Upon termination the Services cease and no further support will be provided.

11. Governing Law. This Agreement is governed by the laws of the State of New York.

12. Entire Agreement. This Agreement is the entire agreement between the parties about its subject matter.
""",
        "labels": {
            # sla_numbers: vague promises with no numbers are "weak" by the labelling rule (the brief given
            # to this set's author said "missing" there by mistake; corrected here, the red flag stands).
            "sla_numbers": "weak",
            "service_list": "weak",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "weak",
            "fees_itemised": "weak",
            "term_renewal": "weak",
            "source_completeness": "weak",
            "third_party_costs": "weak",
            "exit_terms": "weak",
        },
        "red_flags": ["no_sla_numbers", "open_ended_fees", "renewal_price_open", "encrypted_or_licence_bound"],
        "sla": [],
        "renewal": {"cap_percent": None, "notice_days": 60, "auto_renew": True},
    },
]
