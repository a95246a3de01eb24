# ruff: noqa: E501
# Reason: contract texts keep one clause per line, as a vendor would write them; wrapping would change the data.
"""A held-out set of twelve invented support contracts for the clause detector.

Six Chinese and six English texts, written for this file only and labelled by hand
from the text alone, the way a careful reviewer on the buyer's side reads them.
Two are solid, three are poor and the rest sit in between. Each dict has the
same shape as the other labelled sets: checklist statuses (a key left out means
"missing"), red flags, one SLA row per severity level with times in minutes,
and the renewal terms.
"""

from __future__ import annotations

HELD_OUT: list[dict] = [
    # ------------------------------------------------------------------
    # Solid: show streaming, numbered articles, 一类/二类/三类, full-width
    # digits, Chinese numerals, per-level clock, capped auto-renewal, and a
    # staff-change notice that is not a renewal notice.
    # ------------------------------------------------------------------
    {
        "name": "heldout-zh-xiuchang-annual-service",
        "text": """《秀场直播系统年度技术服务合同》（节选）

甲方：杭州星燃文化传媒有限公司
乙方：深圳云帆网络科技有限公司

第一条 服务范围与渠道
1.1 乙方为甲方已购买的"云帆秀场直播系统 V5"（含安卓端、iOS端、PC推流端、管理后台及服务端）提供技术服务，内容包括：故障排查与代码级修复、远程协助部署、版本升级、运维与使用咨询、每季度一次线上运维培训。
1.2 服务渠道：专属企业微信群（乙方指定一名固定技术对接人及一名后端工程师入群）、7×24小时值班电话、工单系统。乙方如更换技术对接人，须提前七日书面通知甲方，并提交交接文档。
1.3 一类故障全天候受理，时限按自然时间连续计算；二类、三类问题在工作时间（周一至周五 9:00–18:00，法定节假日除外）内处理，时限只计工作时间。

第二条 故障分级与处理时限
级别 | 定义 | 响应时间 | 修复时间
一类 | 推拉流中断、用户无法登录、充值支付失败等影响全站的故障 | １５分钟 | ４小时
二类 | PK、连麦、礼物特效等部分功能不可用，存在临时替代办法 | 1个工作小时 | 两个工作日
三类 | 界面显示、文案及非核心功能问题 | 1个工作日 | 十个工作日
2.2 本合同所称"响应"，指乙方工程师对问题作出实质性答复并开始处理，系统自动回复或客服转接不算响应；"修复"，指甲方生产环境恢复正常使用（含经甲方书面认可的临时方案）。

第三条 责任边界
3.1 下列事项不属于本合同服务范围：甲方自行修改源码引发的问题（乙方可协助定位，修改工作按第六条计费）；甲方服务器、带宽、域名及备案等基础环境故障；第三方服务商自身的服务中断。
3.2 甲方负责提供服务器访问权限、指定一名技术联系人，并按乙方运维文档做好日常巡检与数据备份。

第四条 第三方服务
4.1 本系统使用的第三方服务均以甲方名义开户，费用由甲方直接向服务商支付：实时音视频与直播CDN使用腾讯云（按用量计费），美颜SDK使用相芯FaceUnity（年授权费约人民币30,000元，以服务商报价为准），即时通讯使用腾讯云IM，短信验证码使用阿里云短信。
4.2 上述服务在本系统中的集成、配置与故障定位由乙方负责；第三方接口升级所需的适配工作属于免费维护范围。

第五条 版本更新
5.1 服务期内，缺陷修复版本与常规功能版本（每月不少于一次）均免费提供，乙方以源码形式交付，并附更新说明与回滚方案，协助甲方完成升级。
5.2 全新的独立产品线不属于常规更新，如甲方需要，由双方另行签订合同。

第六条 定制开发
6.1 定制开发按人天计费，单价人民币1,800元/人天；开发前乙方须出具书面技术方案及工作量评估，经甲方确认后方可实施。
6.2 为甲方定制开发的源代码及文档，其知识产权归甲方所有，乙方不得向任何第三方提供。

第七条 费用
7.1 年度技术服务费人民币48,000元，涵盖第一条所列全部服务，签约后五个工作日内一次性支付。
7.2 甲方要求乙方工程师到现场处理一类故障的，不另收服务费，差旅费凭票据实报销。
7.3 除本条及第六条所列费用外，乙方不得以任何名义另行收费。

第八条 源代码
乙方交付的系统源代码为完整源码（服务端、各客户端及管理后台），无加密、无混淆，不绑定域名、IP或使用期限，甲方可在自有服务器上自由部署和修改。

第九条 验收
每个版本先部署到甲方测试环境，甲方按乙方提供的测试用例（含500路并发推流压测及PK、连麦全流程）逐项验收；甲方在五个工作日内书面确认或提出问题，问题解决后重新验收。

第十条 上线支持
新版本的生产环境部署，以及安卓各应用市场与App Store的提交上架（含审核被拒后的修改与重新提交），均由乙方协助完成，费用已含在年度技术服务费内。

第十一条 违约责任
11.1 一类故障超过修复时限的，每超时4小时，乙方按年度技术服务费的2%向甲方支付违约金；同一自然月内一类故障超时两次以上的，甲方有权解除合同，并要求乙方退还剩余服务期的费用。
11.2 二类故障超过修复时限的，每次按当月服务费的百分之五扣减。
11.3 双方均不对对方的间接损失承担责任。

第十二条 保密
双方对合作中知悉的商业信息和用户数据负有保密义务；乙方不得留存、复制甲方用户数据，也不得将其用于本合同以外的任何目的。本条在合同终止后继续有效三年。

第十三条 服务期与续约
13.1 服务期自2025年3月1日起至2026年2月28日止。
13.2 期满前三十日内任何一方未书面提出不续约的，本合同自动续期一年；续期年度的服务费较上一年度涨幅不超过百分之八。

第十四条 终止与交接
合同终止或乙方停止经营的，乙方应在十五日内向甲方移交最新版本的全部源代码、数据库结构说明、部署文档和运维手册，并配合甲方完成不少于十个工作日的交接。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交杭州仲裁委员会仲裁。""",
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
                "fix_minutes": 960,
                "clock": "business",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P3",
                "response_minutes": 480,
                "fix_minutes": 4800,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 8, "notice_days": 30, "auto_renew": True},
    },
    # ------------------------------------------------------------------
    # Poor: 1v1 social, a sales rep's chat message. Vague "尽快", half a year
    # of free updates, encrypted modules and a domain-bound licence, open
    # "other fees", market-price renewal, no compensation, sham acceptance.
    # ------------------------------------------------------------------
    {
        "name": "heldout-zh-1v1-wechat-offer",
        "text": """【微信聊天记录】乙方销售顾问"小陈"发给甲方负责人王总

王总您好～咱们1v1视频交友源码的售后政策我帮您整理了一下，您看看哈：
1、买源码就送一年技术支持，有问题直接在售后群里@我们技术，我们一定第一时间尽快给您处理😊
2、更新这块，购买后半年内免费更新，半年以后的更新按当时的价格收费。
3、源码是完整的，不过核心的音视频通话模块和计费模块做了加密，主要是保护我们的知识产权，不影响您正常使用和二开。
4、授权绑定一个域名，后期换域名需要重新授权，每次500元。
5、第三方服务的费用都是您那边自己承担。
6、上架苹果商店我们可以帮忙弄，费用到时候再说。
7、第二年的技术支持续费按当年的市场价来，一般不会贵太多。
8、价格方面：源码29,800元，如有其他费用以实际发生为准。
9、如果因为系统问题造成您那边的损失，我们这边是不做任何赔偿的哈，行业里都是这样，不过出了问题我们肯定会帮您想办法。
10、付款后三个工作日内发货，您打开App能正常登录就算交付完成。
11、您那边想加的功能我们也能做，按功能单独报价。
12、还有什么问题随时找我哈～""",
        "labels": {
            "service_list": "weak",
            "penalty": "weak",
            "update_terms": "weak",
            "fees_itemised": "weak",
            "term_renewal": "weak",
            "sla_numbers": "weak",
            "source_completeness": "weak",
            "third_party_costs": "weak",
            "acceptance": "weak",
            "launch_support": "weak",
        },
        "red_flags": [
            "compensation_excluded",
            "open_ended_fees",
            "renewal_price_open",
            "no_sla_numbers",
            "encrypted_or_licence_bound",
        ],
        "sla": [],
        "renewal": {"cap_percent": None, "notice_days": None, "auto_renew": False},
    },
    # ------------------------------------------------------------------
    # In between: voice rooms, 买方/卖方, table with 特急/紧急/普通/低,
    # 十五分钟 and １２小时, an automatic receipt counting as the response,
    # jointly owned custom code, a liability cap, renewal price to be agreed.
    # ------------------------------------------------------------------
    {
        "name": "heldout-zh-yuliao-buyer-seller",
        "text": """语聊房系统源码买卖合同 · 附件二：售后服务条款

买方：成都声声慢网络科技有限公司
卖方：广州回音谷信息技术有限公司

一、服务内容与渠道
1. 卖方通过工单系统和钉钉服务群为买方提供远程技术支持，服务时间为周一至周六 9:30–18:30。
2. 服务内容包括故障处理、部署答疑、语音房玩法与麦位配置指导；涉及代码的问题由卖方研发工程师直接处理。
3. 故障等级与处理时限：
等级 | 示例 | 响应 | 解决
特急 | 所有语音房无法进入、麦位声音中断、充值失败 | 十五分钟 | 4小时
紧急 | 部分房间异常、礼物特效不显示 | 30分钟 | １２小时
普通 | 后台统计有误、个别机型兼容问题 | 2个工作小时 | 3个工作日
低 | 文案、样式、优化建议 | 1个工作日 | 随后续版本发布
4. 特急、紧急两级的时限全天候计算；普通、低两级的时限仅在工作时间内计算。
5. 买方通过工单系统提交问题后，系统自动发出的受理回执及工单编号，即视为卖方已经响应。

二、责任划分
6. 以下情形不属于卖方售后范围：买方二次开发的代码引起的问题；买方自购服务器宕机或遭受网络攻击；第三方服务商（声网、短信服务商）自身故障。
7. 服务器日常运维、数据备份和域名备案由买方负责。

三、第三方服务
8. 实时语音采用声网Agora，以买方名义注册账号，按声网官网价格（音频约7元/千分钟）由买方直接与声网结算；短信验证码采用阿里云短信，由买方自行开通付费。卖方负责两者与本系统的对接及故障排查。

四、源码、更新与二次开发
9. 卖方交付完整源代码（服务端、安卓、iOS及管理后台），未做加密，不限制部署的服务器数量。
10. 服务期内缺陷修复免费；功能版本更新每次收取升级服务费人民币3,000元（含远程升级操作）。
11. 买方委托卖方进行的二次开发，其成果归双方共同所有，双方均可使用。

五、费用
12. 源码授权费人民币68,000元，含首年售后服务。
13. 部署上线及苹果App Store、谷歌Google Play上架协助：人民币5,000元，一次性收取。

六、验收
14. 卖方部署完成后，双方依照《验收测试清单》逐项测试，包括200人同时在线的语音房稳定运行2小时、上下麦、送礼、充值、举报等，全部通过后签署验收单。

七、违约责任
15. 卖方未在时限内解决特急故障的，每次按源码授权费的1%向买方支付违约金；卖方在本协议项下承担的赔偿总额累计不超过源码授权费的10%。

八、服务期与续约
16. 售后服务期一年，自验收合格之日起计算；期满后如需续约，续约费用届时由双方协商确定。

九、保密与争议
17. 双方对在合作中获知的对方商业秘密及用户数据负有保密义务，未经对方同意不得向第三方披露。
18. 因本协议产生的争议，由卖方所在地人民法院管辖。""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "present",
            "custom_code_ownership": "weak",
            "fees_itemised": "present",
            "term_renewal": "weak",
            "sla_numbers": "weak",
            "source_completeness": "present",
            "third_party_costs": "present",
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
                "acknowledgement_counts": True,
            },
            {
                "severity": "P2",
                "response_minutes": 30,
                "fix_minutes": 720,
                "clock": "calendar",
                "acknowledgement_counts": True,
            },
            {
                "severity": "P3",
                "response_minutes": 120,
                "fix_minutes": 1440,
                "clock": "business",
                "acknowledgement_counts": True,
            },
            {
                "severity": "P4",
                "response_minutes": 480,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": True,
            },
        ],
        "renewal": {"cap_percent": None, "notice_days": None, "auto_renew": False},
    },
    # ------------------------------------------------------------------
    # In between: e-commerce live, 委托方/受托方, a quote with a price table.
    # Response-only SLA, free upgrades for twelve months only, generic
    # third-party costs, data export as the only exit, fixed renewal price.
    # ------------------------------------------------------------------
    {
        "name": "heldout-zh-dianshang-quote",
        "text": """电商直播系统开发及维护报价单

委托方：义乌好物直供电子商务有限公司
受托方：上海橙光软件有限公司
报价日期：2025年5月12日　报价有效期：30天

一、报价明细
项目 | 内容 | 金额（元）
电商直播源码 | 主播端App、观众端小程序、商家后台、分销模块，完整源码 | 58,000
定制开发 | 对接委托方现有ERP及有赞商城订单接口 | 24,000
部署上线 | 服务器环境搭建、小程序提交微信审核 | 3,000
首年维护 | 故障处理、远程支持 | 已含
次年维护 | 与首年相同 | 9,800/年
合计（首年） | | 85,000

二、说明
1. 以上价格均含税，受托方开具6%增值税专用发票。
2. 受托方交付完整源代码，不加密，委托方可自行部署和修改。
3. 定制开发部分的源代码及其知识产权归委托方所有。
4. 交付时受托方在委托方测试环境演示全部功能，委托方按双方确认的需求清单逐条测试，并模拟大促场景进行2,000人同时在线的压力测试，全部通过后双方签署验收报告。
5. 维护期内系统出现故障，受托方在接到委托方报修后30分钟内响应。
6. 交付之日起12个月内免费升级到新版本；此后的升级另行报价。
7. 次年维护费按本报价单所列价格执行，不作上调。
8. 第三方服务产生的费用由委托方自行承担。
9. 双方对合作中接触到的订单数据、消费者信息负有保密义务。
10. 合作终止时，受托方协助委托方导出全部业务数据。
11. 因本报价单及相关合同产生的争议，提交上海国际仲裁中心仲裁。
12. 本报价单经双方盖章后作为主合同附件，与主合同具有同等效力。""",
        "labels": {
            "service_list": "weak",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "weak",
            "custom_code_ownership": "present",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "weak",
            "source_completeness": "present",
            "third_party_costs": "weak",
            "exit_terms": "weak",
            "acceptance": "present",
            "launch_support": "present",
        },
        "red_flags": [],
        "sla": [
            {
                "severity": None,
                "response_minutes": 30,
                "fix_minutes": None,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 0, "notice_days": None, "auto_renew": False},
    },
    # ------------------------------------------------------------------
    # In between: education live, a supplementary agreement in mixed
    # Chinese and English. 自然时间 vs 工作日, 半小时 / 48小时 / 当个工作日,
    # P0-P2 grading, a domain- and date-bound licence, vendor-owned custom
    # modules, renewal "to be agreed".
    # ------------------------------------------------------------------
    {
        "name": "heldout-zh-jiaoyu-addendum",
        "text": """《在线教育直播系统技术服务补充协议》

甲方：北京知行课堂教育科技有限公司
乙方：南京码上直播科技有限公司

鉴于甲乙双方于2024年9月签订《直播系统源码授权合同》（下称"原合同"），现就售后服务补充约定如下；本协议未约定的事项，仍按原合同执行。

1. Support Channels：乙方提供邮件（support@mashang.example）和飞书服务群两种渠道，服务时间为工作日 9:00–18:00；每年寒暑假开课高峰（1–2月、7–8月）期间，周六、周日另安排值班工程师。
2. 故障等级（Severity）：
   - P0：课堂直播中断、大班课无法进入、课程回放丢失；
   - P1：白板、举手连麦、答题器等互动功能异常；
   - P2：其他不影响上课的问题。
3. 处理时限：
   - P0：半小时内响应，48小时内修复；P0 时限按自然时间计算，夜间及节假日照常计时；
   - P1：当个工作日内响应，五个工作日内修复；
   - P2：纳入下一个迭代版本处理，不单独承诺时限。
4. P0 故障超过修复时限的，每超时一次减免当月服务费的10%；该减免不影响甲方依原合同追究乙方违约责任的权利。
5. 授权说明：系统授权有效期至2026年8月31日，到期后须续费方可继续使用；授权与甲方已备案的域名 zhixingketang.example 绑定。
6. 定制开发：乙方依本协议为甲方开发的"AI 课堂纪要"和"双师课堂"两个模块，知识产权归乙方所有，甲方在授权期内享有使用权。
7. 版本更新：缺陷修复（bug fix）在服务期内免费；功能版本（feature release）每年免费提供两次，超出部分按每次人民币4,000元计费。
8. 第三方服务：课堂使用的声网 Agora 灵动课堂及腾讯云点播（回放存储）由甲方开户并付费，乙方负责对接和故障定位；第三方服务商调价不影响本协议服务费。
9. 责任范围：甲方自行修改的代码、甲方网络环境及学员终端设备引起的问题，不在乙方服务范围内。
10. 服务费用：年度技术服务费人民币36,000元，按季度支付，每季度9,000元。
11. 服务期：2025年1月1日至2025年12月31日。续约费用以双方届时协商结果为准。
12. 保密：乙方不得将甲方学员的个人信息（包括未成年人信息）用于任何其他用途，并应遵守《个人信息保护法》的相关规定。
13. 争议解决：因本协议产生的争议，提交北京仲裁委员会仲裁。
14. 本协议与原合同不一致的，以本协议为准。""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "present",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "present",
            "custom_code_ownership": "weak",
            "fees_itemised": "present",
            "term_renewal": "weak",
            "sla_numbers": "present",
            "source_completeness": "weak",
            "third_party_costs": "present",
        },
        "red_flags": ["vendor_owns_custom_code", "encrypted_or_licence_bound"],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 30,
                "fix_minutes": 2880,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P2",
                "response_minutes": 480,
                "fix_minutes": 2400,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": None, "notice_days": None, "auto_renew": False},
    },
    # ------------------------------------------------------------------
    # In between: gaming live, website service pledge in Q&A form.
    # Response-only numbers in business hours, 90 days of free updates, a
    # token remedy as the only compensation, auto-renewal with 15 days'
    # notice at a price that does not rise, escrow for exit.
    # ------------------------------------------------------------------
    {
        "name": "heldout-zh-youxi-website-faq",
        "text": """【官网 · 售后服务承诺】游戏直播系统（标准版 / 电竞赛事版）

问：购买后提供哪些售后服务？
答：我们提供QQ售后群、企业微信一对一对接、向日葵远程桌面协助三种方式，工作日 9:00–21:00 在线。服务内容包括部署、故障排查、游戏画面推流参数调优（码率、帧率、编码器设置）以及后台使用指导。

问：出了故障多久有人响应？
答：工作时间内提交的问题，2小时内响应；非工作时间提交的问题，次一工作日上午统一处理。

问：严重故障（比如全站推流中断）多久能修好？
答：严重故障我们会安排工程师优先处理，尽力在最短时间内恢复。

问：哪些问题不在售后范围内？
答：客户自行修改代码后引起的故障、服务器和网络本身的问题、游戏内容版权纠纷不在售后范围内，如需协助可另行付费。

问：源码是否完整？有没有加密？
答：交付完整源码，所有模块均可编辑，无加密，无授权锁。

问：后续更新收费吗？
答：购买后90天内免费更新；90天后可以选择购买年度更新包（2,980元/年）。

问：第三方服务（直播云、短信、实名认证）怎么收费？
答：均由客户在对应平台自行开户、付费，我们提供接入文档和对接支持。例如直播CDN推荐七牛云（按流量计费），实名认证对接阿里云实人认证（按次计费，约0.5元/次）。

问：二次开发的代码归谁？
答：客户付费定制的功能，源码归客户所有；我们只保留通用框架部分的权利。

问：价格包含哪些内容？
答：标准版39,800元，含完整源码、首年售后和一次服务器部署；App上架代办1,500元/个平台（苹果、华为、小米等）。

问：首年售后到期以后怎么续费？
答：售后服务到期后自动续费，续费价格为每年6,800元，以后年度不上调，服务内容与首年相同；如不需要续费，请在到期前15天联系客服取消。

问：系统出问题给我们造成损失，你们赔吗？
答：因本公司原因导致服务中断超过24小时的，按中断天数顺延售后服务期；除此之外，本公司不承担其他赔偿。

问：如果你们公司不做了怎么办？
答：客户手里本来就有完整源码；此外，我们每季度将最新版本源码托管在第三方托管机构，如本公司停止经营，托管机构将向在保客户开放下载。

问：如何验收？
答：部署完成后，客户在7天内按照《功能清单》逐项试用，确认无误后签收；7天内未反馈问题的视为验收通过。

问：你们会看我们的用户数据吗？
答：我们不存储、不访问客户平台的用户数据；远程协助时只在客户授权范围内操作，客户的项目资料一律保密。""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "update_terms": "weak",
            "custom_code_ownership": "present",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "weak",
            "source_completeness": "present",
            "third_party_costs": "present",
            "exit_terms": "present",
            "acceptance": "present",
            "launch_support": "present",
        },
        "red_flags": [],
        "sla": [
            {
                "severity": None,
                "response_minutes": 120,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 0, "notice_days": 15, "auto_renew": True},
    },
    # ------------------------------------------------------------------
    # Solid: overseas (Middle East), Blocker/Major/Minor/Trivial, half an
    # hour and 4 business hours, calendar vs business clock per level,
    # uncapped credits, 5% renewal cap with 60 days' notice, escrow.
    # ------------------------------------------------------------------
    {
        "name": "heldout-en-overseas-support-schedule",
        "text": """SOFTWARE SUPPORT AND MAINTENANCE AGREEMENT
Schedule 2 - Support Services

Customer: Crescent Live FZ-LLC, Dubai ("Customer")
Supplier: Bluepeak Media Technology Co., Ltd., Shenzhen ("Supplier")

1. Scope. Supplier shall support the Bluepeak Live platform licensed to Customer (server, Android and iOS apps, web admin), including incident handling, code-level defect correction, upgrades, configuration advice, and two remote training sessions a year for Customer's operations staff.

2. Channels and hours. Support is delivered through (a) a dedicated Slack Connect channel staffed by a named technical account manager and at least one backend engineer, (b) a ticket portal, and (c) an emergency hotline for Blocker incidents. Business hours are Sunday to Thursday, 09:00-18:00 Gulf Standard Time, excluding UAE public holidays. Arabic- and English-speaking engineers are available during business hours.

3. Severity levels.
   Blocker - the platform is down, streams cannot be published or played in any region, or top-ups fail.
   Major - a core feature (PK battles, co-hosting, gifting) is degraded, or one region is affected.
   Minor - a non-core defect for which a workaround exists.
   Trivial - cosmetic issues, wording, documentation.

4. Targets.
Severity | First response | Resolution
Blocker | half an hour | 4 hours
Major | 2 hours | 24 hours
Minor | 4 business hours | 5 business days
Trivial | 1 business day | next scheduled release

5. How targets are measured. Blocker and Major targets run 24/7 on calendar time; Minor and Trivial targets count business hours only. "First response" means a reply from a Supplier engineer who has started work on the issue; automated ticket confirmations do not count. "Resolution" means the issue is fixed, or a workaround accepted by Customer is live in production, with the permanent fix delivered within 10 business days.

6. Service credits. For each Blocker resolved late, Customer receives a credit of 5% of the annual support fee for every started 4-hour period of delay; for each Major resolved late, 2%. Two or more late Blocker resolutions in one calendar month entitle Customer to terminate and receive a pro-rata refund of prepaid fees. Credits are without prejudice to Customer's other rights and remedies. Neither party is liable for indirect or consequential loss.

7. Exclusions. Support does not cover defects caused by changes Customer makes without Supplier's written review, Customer's hosting infrastructure, DNS and TLS certificates, or outages of third-party providers (Supplier will still diagnose and liaise with them). Customer keeps backups and keeps production access available to Supplier.

8. Third-party services. Real-time video: ZEGOCLOUD, on Customer's account and billed by ZEGO to Customer per usage. CDN: Tencent Cloud EdgeOne, Customer's account. Beauty filters: Banuba SDK, licence bought by Customer (about USD 6,000 a year on Banuba's current quote). SMS: Twilio, Customer's account. Supplier maintains all four integrations at no extra charge, including adapting to new SDK versions.

9. Updates. Defect corrections and regular feature releases (at least monthly) are included in the support fee for the whole term and are delivered as full source with release notes and a rollback plan. Supplier ports the apps to each new major iOS and Android version within 30 days of its public release at no charge.

10. Source code. Supplier has delivered, and will keep delivering, the complete source code of every component, unobfuscated and free of licence keys, domain locks and time locks.

11. Custom development. USD 320 per engineer-day, against a written technical specification and estimate approved by Customer before work starts. Custom code and its documentation belong to Customer on payment.

12. Fees. Annual support fee USD 24,000, payable quarterly in advance. Custom development as in clause 11. On-site visits at Customer's request: USD 600 per engineer-day plus economy travel at cost. No other charges apply unless agreed in a signed change order.

13. Launch assistance. Included in the annual fee: production deployment of each release, Google Play and App Store submission including answers to review rejections, and a go-live war room during the first 72 hours of each major release.

14. Acceptance. Each release is accepted once it passes the acceptance test plan in Annex C on Customer's staging environment, including a 5,000-viewer load test and connect-time checks from Riyadh, Jakarta and Frankfurt. Customer has 10 business days to report failures.

15. Confidentiality and data. Supplier keeps Customer's business information and end-user data confidential, touches production data only as a ticket requires, and complies with the UAE personal data law and, where it applies, the GDPR.

16. Term and renewal. The initial term is 12 months from the Effective Date. This Schedule then renews automatically for successive 12-month terms unless either party gives at least 60 days' written notice before the current term ends. Fees for a renewal term may not rise by more than 5% over the preceding term.

17. Exit. On termination for any reason, or if Supplier ceases business or stops supporting the platform, Supplier shall deliver the latest source code, build scripts, deployment runbooks and database schemas within 10 business days and provide up to 15 engineer-days of handover help. The source code is also deposited with an independent escrow agent and refreshed every quarter.

18. Law and disputes. This Agreement is governed by the laws of England and Wales. Disputes are finally resolved by arbitration seated in the DIFC, Dubai.""",
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
                "response_minutes": 30,
                "fix_minutes": 240,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P2",
                "response_minutes": 120,
                "fix_minutes": 1440,
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
                "response_minutes": 480,
                "fix_minutes": None,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 5, "notice_days": 60, "auto_renew": True},
    },
    # ------------------------------------------------------------------
    # Poor: e-commerce live, a sales email. "Within 3 days" response only,
    # first 90 days of free updates, ionCube-encoded core, vendor keeps the
    # custom code, "billed as needed", list-price renewal, no compensation,
    # third-party support refused.
    # ------------------------------------------------------------------
    {
        "name": "heldout-en-ecommerce-sales-email",
        "text": """Subject: RE: Live shopping script - support package
From: Kevin Lau <kevin@shopcast-solutions.example>
To: Maria Santos <procurement@brightmart.example>

Hi Maria,

Thanks for the call today. As promised, here is how support works for the ShopCast Live Commerce script:

- Support: one year of technical support through our ticket desk. We answer tickets within 3 days.
- Updates: free updates during the first 90 days. After that, updates are charged at our then-current rates.
- Code: the payment and live-room core (shopcast-core) ships as ionCube-encoded PHP. Everything else is plain source you can modify.
- Customisation: anything we build for you remains our property; you get a non-exclusive licence to use it.
- Price: USD 4,900 one-time for the script plus first-year support. Installation, server tuning, app publishing and any other services are billed as needed.
- Renewal: support can be renewed for another year at our then-current list price.
- Third parties: streaming cloud, payment gateway and SMS run on your own accounts at your own cost, and we don't provide support for them.
- Liability: we are not responsible for any losses, refunds or compensation of any kind arising from use of the software or of our support.
- Delivery: 100% payment upfront by wire; we deliver within 5 days of payment, and delivery counts as accepted as soon as the admin panel loads on your server.

Let me know if you want to go ahead - the promo price is valid until Friday!

Best,
Kevin""",
        "labels": {
            "service_list": "weak",
            "responsibility_boundary": "weak",
            "penalty": "weak",
            "update_terms": "weak",
            "custom_code_ownership": "weak",
            "fees_itemised": "weak",
            "term_renewal": "weak",
            "sla_numbers": "weak",
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
        ],
        "sla": [
            {
                "severity": None,
                "response_minutes": 4320,
                "fix_minutes": None,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": None, "notice_days": None, "auto_renew": False},
    },
    # ------------------------------------------------------------------
    # Poor: gaming live, website licence and support terms. No word on
    # support timing at all, a licence tied to domain and IP, a compiled
    # server core, website-price auto-renewal with 7 days' notice, a
    # liability cap, support and updates that simply stop at exit.
    # ------------------------------------------------------------------
    {
        "name": "heldout-en-gaming-website-terms",
        "text": """StreamForge Game Live - Licence and Support Terms

1. Licence. Each purchase licenses one production domain. The licence key is checked against the domain and the server IP address at start-up; moving to a new server needs a licence transfer (USD 99).

2. Licence period. Licences run for 12 months from purchase and renew automatically on the card on file at the price shown on our website on the renewal date. To stop renewal, cancel at least 7 days before the renewal date. When a licence lapses, the admin panel locks until it is renewed.

3. What you receive. Source code for the Flutter viewer and streamer apps and for the admin theme. The server core (stream relay, tournament engine, wallet) is supplied as compiled binaries only.

4. Support. Support is provided by email on a best-effort basis and covers installation questions only.

5. Not supported. We do not support modified code, third-party plugins or server configuration. You are responsible for your server, your backups, and for complying with game publishers' streaming and broadcast policies.

6. Updates. Updates are released at our discretion and are available only while your licence is active.

7. Third-party services. Restreaming to Twitch or YouTube, RTMP ingest servers and CDN bandwidth are not included.

8. Prices. Standard licence USD 1,290 per year. Pro licence USD 2,490 per year (adds the esports tournament module and multi-camera switching). Installation on your server by our team: USD 150, one-off.

9. Custom work. Custom features are quoted on request.

10. Liability. Our total liability for any claim is limited to the fees you paid in the three months before the claim arose.

11. Discontinuation. If your licence lapses, or if we discontinue the product, access to updates and support ends.

12. Governing law. These terms are governed by the laws of the State of Delaware, USA.""",
        "labels": {
            "service_list": "weak",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "dispute_resolution": "present",
            "update_terms": "weak",
            "fees_itemised": "present",
            "term_renewal": "weak",
            "source_completeness": "weak",
            "third_party_costs": "weak",
            "exit_terms": "weak",
            "launch_support": "present",
        },
        "red_flags": ["no_sla_numbers", "encrypted_or_licence_bound", "renewal_price_open"],
        "sla": [],
        "renewal": {"cap_percent": None, "notice_days": 7, "auto_renew": True},
    },
    # ------------------------------------------------------------------
    # In between: 1v1 video social in Singapore, an SLA annex with Level
    # A/B/C, an automatic ticket number counting as the response, credits
    # capped and "sole remedy", feature modules priced at the time, 7%
    # renewal cap with 90 days' notice.
    # ------------------------------------------------------------------
    {
        "name": "heldout-en-1v1-sla-annex",
        "text": """Annex B - Service Level Agreement
to the Source Code Licence Agreement for the "Pairly" 1v1 video chat platform

Licensee: Lumen Social Pte. Ltd., Singapore
Licensor: Hexa Stream Software Ltd.

B.1 Channels. Support is provided through the Licensor's Jira Service Desk and a shared WhatsApp group with the Licensee's tech lead. A phone hotline is staffed around the clock for Level A incidents only. Business hours are Monday to Friday, 09:00-18:00 China Standard Time (UTC+8).

B.2 Incident levels.
   Level A - more than 5% of call attempts fail to connect, video calls cannot be set up, or coin purchases fail.
   Level B - call quality degraded in one region, or matching or gifting not working.
   Level C - anything else.

B.3 Targets.
Level | Response | Restoration
A | 15 minutes | 6 hours
B | 4 business hours | 3 business days
C | 2 business days | 10 business days

B.4 Level A targets are measured in calendar time. Level B and C targets are measured in business hours.

B.5 A Response is deemed given when the Service Desk issues a ticket number and an automated acknowledgement to the Licensee.

B.6 Restoration means the service works again, which may be through a workaround; the permanent fix is scheduled in a later release.

B.7 Service credits. If a Level A restoration target is missed, the Licensor credits 3% of the monthly support fee for each hour of delay, up to 30% of that month's fee. Service credits are the Licensee's sole and exclusive remedy for missed service levels.

B.8 Exclusions. Incidents caused by the Licensee's own code changes, the Licensee's cloud infrastructure, network conditions in end users' countries, or app-store review decisions are outside this SLA.

B.9 Third-party services. Real-time video runs on Agora under the Licensee's account and is billed per minute by Agora (HD video at USD 3.99 per 1,000 minutes on Agora's public price list). Push notifications use Firebase Cloud Messaging (free tier). Face verification uses a KYC provider chosen by the Licensee. The Licensor supports the integration and first-line diagnosis of all three.

B.10 Source. The Licensee holds the complete, unencrypted source code delivered under clause 4 of the main agreement.

B.11 Updates. Bug fixes for the current and the previous major version are free of charge. New feature modules (for example AI beauty filters or new virtual gift packs) are offered at prices agreed at the time.

B.12 Fees. Monthly support fee USD 2,500, invoiced monthly in arrears.

B.13 Term. This SLA runs for 12 months and renews automatically for further 12-month periods unless either party gives 90 days' notice before the end of the current period. The monthly fee for a renewal period may rise by no more than 7%.

B.14 Data. Licensor staff access production only through audited VPN accounts and treat call records and user profiles as Confidential Information under clause 11 of the main agreement.""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "update_terms": "weak",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "weak",
            "source_completeness": "present",
            "third_party_costs": "present",
        },
        "red_flags": [],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 15,
                "fix_minutes": 360,
                "clock": "calendar",
                "acknowledgement_counts": True,
            },
            {
                "severity": "P2",
                "response_minutes": 240,
                "fix_minutes": 1440,
                "clock": "business",
                "acknowledgement_counts": True,
            },
            {
                "severity": "P3",
                "response_minutes": 960,
                "fix_minutes": 4800,
                "clock": "business",
                "acknowledgement_counts": True,
            },
        ],
        "renewal": {"cap_percent": 7, "notice_days": 90, "auto_renew": True},
    },
    # ------------------------------------------------------------------
    # In between: voice rooms for the Middle East, a statement of work.
    # Critical/High/Normal, "within the same business day", 48 hours and
    # "3 days", jointly owned code, capped liability, generic third-party
    # costs, extension at market rates on 30 days' notice, launch help
    # only on request.
    # ------------------------------------------------------------------
    {
        "name": "heldout-en-voice-room-sow",
        "text": """STATEMENT OF WORK No. 3 - Voice Room App Support (GCC launch)
under the Master Services Agreement dated 2 March 2025

Client: Qamar Social LLC ("Client")
Contractor: Tideline Interactive Ltd. ("Contractor")

1. Services. Contractor provides (a) second- and third-line support for the voice room backend (rooms, mic seats, gifting, family/guild module) and the Android and iOS apps; (b) monitoring of the room servers with alerting to Client's on-call lead; (c) a monthly health report with incident summaries.

2. Channels and hours. Email to the support mailbox and a shared Telegram group. Support hours are 10:00-19:00 Riyadh time, Saturday to Thursday.

3. Priorities and targets.
   * Critical (all rooms down, audio dropping out across regions, gifting or top-up broken): response within 1 hour, fix within 48 hours.
   * High (a single feature down): response within the same business day, fix within 5 business days.
   * Normal: response within 3 days; the fix ships in a future release.

4. Out of scope. Changes Client makes to the code, Client's hosting on AWS Bahrain, and Client's content moderation decisions.

5. Third-party services. Third-party services used by the app are paid for by Client.

6. Fees. Monthly retainer USD 3,200 covering up to 40 support hours; further hours at USD 85 per hour, billed monthly with a timesheet.

7. Updates. Bug fixes are done within the retainer hours. New features are billed as additional hours at USD 85 per hour.

8. Custom development. Code written under this SOW is jointly owned by Client and Contractor, and either may use it freely.

9. Liability. If a Critical fix misses the 48-hour target, that month's retainer is reduced by 15%. Contractor's aggregate liability under this SOW shall not exceed the fees paid in the six months before the claim.

10. Confidentiality. Contractor keeps room recordings, chat logs and user identities confidential and deletes any copies once the related ticket is closed.

11. Term. Six months from 1 July 2025. Client may extend by further six-month periods by giving 30 days' notice before expiry; an extension is charged at Contractor's prevailing market rates at the time of extension.

12. Hand-over. When this SOW ends, Contractor delivers the source code of every fix and change made under it, the runbooks and the monitoring configuration, and transfers admin credentials to Client.

13. App releases. Help with Google Play and App Store submission of new versions is available on request.

14. Law and disputes. The governing law and dispute clauses of the Master Services Agreement (DIFC Courts) apply to this SOW.""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "weak",
            "confidentiality": "present",
            "dispute_resolution": "present",
            "update_terms": "present",
            "custom_code_ownership": "weak",
            "fees_itemised": "present",
            "term_renewal": "weak",
            "sla_numbers": "present",
            "third_party_costs": "weak",
            "exit_terms": "present",
            "launch_support": "weak",
        },
        "red_flags": ["renewal_price_open"],
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
                "response_minutes": 480,
                "fix_minutes": 2400,
                "clock": "business",
                "acknowledgement_counts": False,
            },
            {
                "severity": "P3",
                "response_minutes": 4320,
                "fix_minutes": None,
                "clock": "calendar",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": None, "notice_days": 30, "auto_renew": False},
    },
    # ------------------------------------------------------------------
    # In between: show streaming for Indonesia, a bilingual service pledge.
    # P0-P3 grading (P0 becomes P1), 4个工作小时 and "1 day", 90 days of free
    # updates then a paid plan, third-party SDKs on the vendor's account
    # with no price, escrow, fixed maintenance price, no confidentiality.
    # ------------------------------------------------------------------
    {
        "name": "heldout-en-show-bilingual-pledge",
        "text": """After-sales Service Commitment 售后服务承诺书

To: PT Nusantara Live Media ("Client")
From: Xiamen Aurora Soft Co., Ltd. 厦门极光软件有限公司 ("Vendor")
Product: Aurora Show Live 秀场直播系统 v6 (single host, PK, multi-host rooms)

1. Channels 服务渠道: a dedicated WeCom group 企业微信群 with two named engineers, plus email. Coverage 08:00-20:00 WIB (Jakarta time) every day, weekends included; Bahasa Indonesia and English.

2. Severity 故障等级:
   - P0: whole platform down 全站直播不可用, or top-up failing
   - P1: core feature broken 核心功能故障 (PK, 连麦 co-hosting, gifting)
   - P2: general bugs 一般问题
   - P3: suggestions 优化建议

3. Timing 处理时限:
   - P0: 响应 10 minutes, 修复 2 hours
   - P1: 响应 1 hour, 修复 1 day
   - P2: 响应 4个工作小时, 修复 3个工作日
   - P3: handled in the product roadmap, no commitment
   P0 and P1 timing counts 24/7 natural time 自然时间; P2 counts working hours only.

4. Compensation 赔偿: if a P0 fix is late, Vendor refunds 1/30 of the monthly maintenance fee for every hour of delay.

5. Not covered 不在服务范围: code changed by Client's own developers, and local payment channels (DANA, OVO, GoPay) that Client integrates itself.

6. Source 源码: Client receives the full source code of all modules, with no encryption and no domain binding. Vendor also deposits each quarterly version with an independent escrow agent; it is released to Client if Vendor ceases business or stops support for more than 30 days.

7. Updates 更新: free updates for the first 90 days after go-live. After that, updates are delivered only to clients on the annual maintenance plan.

8. Third-party: live CDN and RTC run on Client's Tencent Cloud account. The beauty-filter SDK and the SMS channel run on Vendor's accounts, and their charges are passed on to Client each month.

9. Custom work 定制开发: RMB 2,000 per function point; custom code belongs to Client after final payment.

10. Fees 费用: source licence RMB 120,000; annual maintenance plan RMB 15,000 per year; custom work as in item 9.

11. Acceptance 验收: Client runs the UAT checklist in Appendix 1 (86 test cases, including a 1,000-viewer PK room test) during a 10-day acceptance window; the system is accepted when all P0 and P1 cases pass.

12. Go-live 上线: Vendor deploys the servers in AWS Jakarta (ap-southeast-3) and handles Google Play and App Store submission; this is included in the licence fee.

13. Term 服务期: the maintenance plan runs one year and is renewed each year by written confirmation from both sides; the price for the second and third years stays at RMB 15,000 per year.

14. Disputes 争议: any dispute goes to the Xiamen Arbitration Commission 厦门仲裁委员会.""",
        "labels": {
            "service_list": "present",
            "responsibility_boundary": "present",
            "penalty": "present",
            "dispute_resolution": "present",
            "update_terms": "weak",
            "custom_code_ownership": "present",
            "fees_itemised": "present",
            "term_renewal": "present",
            "sla_numbers": "present",
            "source_completeness": "present",
            "third_party_costs": "weak",
            "exit_terms": "present",
            "acceptance": "present",
            "launch_support": "present",
        },
        "red_flags": [],
        "sla": [
            {
                "severity": "P1",
                "response_minutes": 10,
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
                "fix_minutes": 1440,
                "clock": "business",
                "acknowledgement_counts": False,
            },
        ],
        "renewal": {"cap_percent": 0, "notice_days": None, "auto_renew": False},
    },
]
