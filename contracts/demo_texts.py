# ruff: noqa: E501
# (E501: contract clauses stay one per line, as written; Chinese prose reads badly when broken mid-sentence.)
"""The full texts of the six demo vendors' support contracts, with what a careful reviewer reads from them.

Pure data for demos, screenshots and local development: every company, person, address, number and
link is invented (example domains only). Each entry holds the contract text as the buyer received it,
the structured facts a reviewer would type in from it (they agree with the text), the reviewer's
judgement of the fifteen checklist items, an overall risk, and the SLA rows per severity in the same
shape (response minutes, fix minutes, clock). ``contracts.demo`` seeds the demo contracts from here;
the probes demo measures the vendors' support against these promises.

The buyer is the same fictional team throughout: 青禾互娱（杭州）网络科技有限公司, and for the two
English contracts its Hong Kong company, Qinghe Interactive Limited.

Run ``python -m contracts.demo_texts`` (with DJANGO_SETTINGS_MODULE set) to compare the clause
detector's suggestions with the reviewer's labels below.
"""

from __future__ import annotations

from decimal import Decimal

H = 60  # minutes in an hour

# ------------------------------------------------------------------------------------------------------------
# Whalesong Interactive 鲸歌互动科技 (Shanghai, 24/7 in-house team): the solid one.
# ------------------------------------------------------------------------------------------------------------
WHALESONG_TEXT = """\
年度技术支持服务协议 2026
协议编号：WS-TS-2026-0317
甲方（客户）：青禾互娱（杭州）网络科技有限公司
乙方（服务商）：上海鲸歌互动科技有限公司
鉴于甲方向乙方采购鲸歌直播系统 V6 源代码授权，用于秀场直播、1v1 视频社交和电商直播业务，双方就源码交付、上线及年度技术支持事宜订立本协议。
一、服务内容
1. 乙方提供的技术支持服务包括以下各项：
（1）企业微信技术对接群：乙方工程师、产品经理、客户经理均在群内，群内 7×24 小时有值班工程师答疑；
（2）7×24 小时故障热线 400-555-0100，由值班工程师直接接听；
（3）工单系统 support.whalesong.example.com，工单按严重级别分派，P1 工单自动电话通知值班工程师；
（4）远程协助：经甲方授权，乙方工程师可登录甲方服务器进行代码级诊断；
（5）每季度一次系统巡检，并出具容量评估报告；
（6）节日 PK 赛、电商大促等重大活动前的压测和活动当天值守，每年不少于四次。
2. 乙方为甲方指定专属客户经理和主责工程师各一名；更换人员的，应提前 15 日通知甲方并完成书面交接，交接记录抄送甲方。
二、责任边界
3. 乙方负责的范围：乙方交付的全部源代码（含甲方按本协议委托开发的定制代码）中的缺陷、部署与配置问题，以及第三方服务与本系统对接部分的问题。
4. 下列情形不属于本协议的支持范围，但乙方仍应协助甲方定位原因：甲方自行修改代码引起的问题；甲方服务器、网络和带宽的日常运维；直播内容审核与运营活动；第三方服务商平台自身的故障。
5. 甲方负责服务器及云账号的日常运维、数据备份策略的执行，以及平台内容的合规。
三、故障分级与服务时限
6. 故障分级如下：
P1（紧急）：直播、连麦、支付等核心功能全面不可用，或影响三成以上在线用户；
P2（严重）：核心功能部分不可用或明显降级，存在临时绕行办法；
P3（一般）：非核心功能异常，不影响开播与交易；
P4（轻微）：使用咨询、界面瑕疵及优化建议。
7. 各级别的服务时限如下：
P1：15 分钟内响应，4 小时内修复（7×24 小时，按自然时间连续计算）；
P2：30 分钟内响应，8 小时内修复（7×24 小时，按自然时间连续计算）；
P3：2 个工作小时内响应，24 个工作小时内修复；
P4：8 个工作小时内响应，72 个工作小时内修复。
8. 本协议所称工作时间为周一至周五 9:00–18:00（北京时间），国家法定节假日除外；工作小时只在工作时间内累计。
9. "响应"指乙方工程师就该问题作出人工答复并开始处理，工单系统或邮件系统的自动回复不算响应。"修复"指问题被消除，或乙方提供经甲方确认可用的临时方案使业务恢复；采用临时方案的，乙方应在 10 个工作日内交付根本性的修复版本。
10. 时限自甲方通过热线、工单或对接群提出问题时起算；故障级别由甲方初步认定，双方可协商调整。
四、服务费抵扣与违约责任
11. 乙方未达到第 7 条时限的，按次从服务费中抵扣：P1 每次抵扣月服务费（年度技术支持服务费的十二分之一）的 10%，P2 每次 5%，P3、P4 每次 2%；抵扣额在下一期账单中直接扣减，甲方无需另行申请。
12. 同一自然月内 P1 超时两次以上，或连续三个月 P1、P2 达标率低于 90% 的，甲方有权解除本协议，乙方应退还未履行期间的服务费，并赔偿甲方因此遭受的直接损失。
13. 服务费抵扣不影响甲方依法追究乙方其他违约责任的权利。
五、版本更新
14. 服务期内乙方发布的缺陷修复版本、安全补丁以及对新版 iOS、Android 系统的兼容适配，全部免费提供。
15. 标准版的功能更新（如新的美颜滤镜、AI 降噪、连麦玩法）同样免费提供，乙方每年发布的功能版本不少于四个。
16. 乙方单独销售的新产品模块不属于标准版更新，甲方可按乙方公开价目表自愿选购，不选购的不影响其他更新的提供。
17. 更新以远程升级方式交付；乙方应提前 3 个工作日告知升级内容和预计停服时间，在甲方指定的低峰时段实施，单次停服不超过 15 分钟。
六、定制开发
18. 甲方提出定制需求的，乙方先出具书面技术方案和工作量报价，经甲方确认后开发；定制开发由乙方自有团队完成，不得外包。
19. 定制开发按人天计费，每人天人民币 1,800 元，按实际人天结算；实际人天超出报价 10% 以上的部分，须经甲方书面同意方可计费。
20. 定制开发产生的源代码、文档及相关知识产权，自甲方付清该项费用之日起归甲方所有；乙方不得将为甲方定制的功能提供给任何第三方。
七、费用
21. 本协议项下的费用明细如下（人民币，含税）：
（1）源码授权费：268,000 元，一次性支付；
（2）部署上线服务费（含服务器部署与应用商店上架协助）：15,000 元，一次性支付；
（3）年度技术支持服务费：68,000 元/年，按季度预付，每季度 17,000 元；
（4）培训：3 天线上培训，已含在年度技术支持服务费内；
（5）定制开发费：按第 19 条的人天单价据实结算。
22. 除本章所列费用及甲方书面确认的定制开发费外，乙方不得以任何名义向甲方收取费用；第三方服务费用由甲方直接向服务商支付，不经乙方结算。
八、第三方服务
23. 本系统使用的第三方服务（音视频、直播 CDN、美颜、即时通讯、短信、实名认证）均以甲方名义开通，由甲方直接付费，账号和密钥归甲方所有。按甲方当前规模（日活约五万）估算的年度费用如下，实际以服务商账单为准：
（1）实时音视频与连麦：声网 Agora，约 36,000 元/年；
（2）直播 CDN 与回放存储：腾讯云，约 28,000 元/年；
（3）美颜 SDK：相芯科技 FaceUnity 授权，约 18,000 元/年；
（4）即时通讯：腾讯云 IM，约 6,000 元/年；
（5）短信验证码：腾讯云短信，约 3,000 元/年；
（6）实名认证：腾讯云人脸核身，约 4,000 元/年。
24. 乙方负责上述服务在本系统中的接入、配置和故障排查；服务商平台自身发生故障时，乙方协助甲方向服务商报障，并跟进至恢复。
九、源码交付、验收与上线
25. 乙方交付鲸歌直播系统 V6 的完整源代码，包括服务端、Web 端、H5、iOS、Android、运营管理后台及支付模块，并附数据库结构说明、部署文档和构建脚本。
26. 全部模块均以可读、可在甲方环境中独立编译的源代码形式交付；授权为永久授权，不限域名、服务器和使用期限。
27. 验收：乙方部署完成后，甲方按附件二《验收测试清单》在 10 个工作日内完成验收测试；未通过的项目，乙方应在 5 个工作日内改正后重新提交。验收合格以甲方签署验收单为准，服务期自验收合格之日起算。
28. 上线支持：乙方协助甲方完成服务器与 CDN 部署、域名与 HTTPS 证书配置、App Store 及国内主流安卓应用市场的提交审核，并提供软件著作权登记所需的材料；审核被拒的，乙方按审核意见修改并协助重新提交。
29. 培训：乙方提供 3 天线上培训，内容为运营后台使用、服务器运维和常见故障排查，并提供录像与讲义。
十、保密
30. 双方对合作中获知的对方商业秘密、技术资料以及甲方平台的用户数据负有保密义务；乙方仅可为履行本协议在必要范围内访问甲方数据，不得复制、留存或挪作他用，不得向任何第三方披露。保密义务在本协议终止后五年内继续有效。
十一、期限与续约
31. 本协议服务期为 12 个月，自源码验收合格之日起计算。
32. 期满续约的，年度技术支持服务费涨幅不超过 5%；任何一方不再续约的，应提前 30 日书面通知对方。本协议不自动续期，续约以双方签署的书面文件为准。
十二、退出与源码托管
33. 每个版本发布后 5 个工作日内，乙方将该版本的完整源代码、构建脚本和部署文档存入上海数安源码托管服务有限公司（第三方托管机构），托管费用由乙方承担。
34. 本协议终止或到期不续约的，乙方应在 15 个工作日内向甲方移交最新版本源代码、部署文档、运维手册以及乙方掌握的全部甲方业务数据，并提供不少于 30 日的迁移协助。
35. 乙方停止经营、破产、注销或连续 30 日无法提供服务的，托管机构应向甲方释放最新源代码，甲方可自行或委托第三方继续维护本系统。
十三、争议解决
36. 本协议适用中华人民共和国法律。因本协议产生的争议，双方应先友好协商；协商不成的，任何一方可提交上海国际经济贸易仲裁委员会仲裁，仲裁裁决为终局裁决。
十四、其他
37. 附件一《服务级别与升级路径》、附件二《验收测试清单》、附件三《第三方服务清单》为本协议不可分割的组成部分。
38. 本协议一式两份，双方各执一份，自双方盖章之日起生效。
"""

# ------------------------------------------------------------------------------------------------------------
# Busy Bee Live Source 小蜜蜂直播源码工作室 (Shenzhen, four people, outsourced support): full of holes.
# ------------------------------------------------------------------------------------------------------------
BUSY_BEE_TEXT = """\
小蜜蜂直播源码 · 售后服务补充协议（报价稿）
报价编号：XMF-BJ-2026-071　报价有效期：15 天
甲方：青禾互娱（杭州）网络科技有限公司
乙方：深圳市小蜜蜂直播源码工作室
1. 本补充协议为双方《直播系统源码购买合同》的补充，适用于乙方的小蜜蜂直播系统 2.x（秀场直播、语音房）。
2. 售后方式：乙方通过工单系统 help.busybee-live.example.cn 提供售后技术支持，收到问题后及时响应。
3. 售后时间：周一至周五 10:00–18:00，法定节假日休息。
4. 紧急问题（直播无法进行）：2 个工作小时内响应。
5. 重要问题（部分功能无法使用）：4 个工作小时内响应。
6. 其他问题：及时响应，修复时间视问题复杂程度而定。
7. 售后范围仅限乙方原版程序；服务器、第三方服务、甲方操作或二次修改造成的问题不在售后服务范围内，是否属于售后范围由乙方判断。
8. 乙方远程为甲方安装部署一次；App 打包及应用市场上架不在售后范围内，如需协助另行报价。
9. 签约后三个月内免费更新，此后的版本升级按次收费，价格另议。
10. 升级需停服，停服时间由乙方安排。
11. 乙方交付服务端、管理后台、H5 及安卓、iOS 客户端程序；推流、美颜和礼物特效等核心模块为加密文件。
12. 系统授权绑定甲方一个主域名，更换域名需另行购买授权。
13. 定制开发按需求另行报价。
14. 定制部分的代码及知识产权归乙方所有，乙方有权将其用于其他客户。
15. 费用：源码授权费 49,800 元；安装部署费 1,500 元；年度售后服务费 8,800 元。
16. 以上报价不含税，如需开具发票另加 6% 税点。
17. 其他费用另行协商。
18. 系统默认对接腾讯云直播与腾讯云短信，相关费用由甲方自理，第三方服务的问题请甲方直接联系服务商。
19. 支付、实名认证等接口由甲方自行申请开通。
20. 售后服务期一年，自源码交付之日起计算。
21. 期满续费按乙方届时公布的价格执行。
22. 因系统故障、数据丢失、第三方服务中断等造成的任何直接或间接损失，乙方不承担任何赔偿责任。
23. 甲方应按时付款；逾期未付的，乙方有权暂停售后服务并停用授权。
24. 源码一经交付，概不退款。
25. 为便于排查问题，甲方应向乙方提供服务器 root 账号。
26. 本协议争议由乙方所在地人民法院管辖。
27. 本报价稿未尽事宜，双方另行协商。
"""

# ------------------------------------------------------------------------------------------------------------
# Straitlight Media Labs 海峡之光媒体实验室 (Singapore, SEA and Middle East): good, English, business hours.
# ------------------------------------------------------------------------------------------------------------
STRAITLIGHT_TEXT = """\
SUPPORT AND MAINTENANCE AGREEMENT
Agreement no. SL-SMA-2026-022
Between Qinghe Interactive Limited, Hong Kong ("Customer"), and Straitlight Media Labs Pte. Ltd., Singapore ("Provider").
1. Definitions
1.1 "Platform" means Straitlight Live Suite 4.x as licensed to Customer for its 1v1 video social and voice-room apps in Southeast Asia and the Middle East.
1.2 "Business Hours" means 09:00-21:00 Monday to Friday and 10:00-18:00 Saturday and Sunday, Singapore time (SGT, UTC+8), excluding Singapore public holidays.
1.3 "Response" means the first reply from a Provider engineer who has read the ticket and states the next step; automatic acknowledgements are not a Response.
1.4 "Resolution" means the fault is removed, or a workaround accepted by Customer restores the affected function; the permanent fix then ships in the next fix release.
2. Services
2.1 Support is provided through the ticket desk (desk.straitlight.example.sg), e-mail (support@straitlight.example.sg) and a WeCom channel with Chinese-speaking engineers (Monday to Friday 09:00-18:00 SGT).
2.2 Customer's monitoring may post critical alerts to Provider's incident webhook at any time and the on-call engineer is paged, but the targets in clause 4 run in Business Hours only.
2.3 Provider names an account manager and a lead engineer for Customer, and tells Customer at least one month ahead, with a written handover, before replacing either of them.
2.4 The services also include remote diagnosis at code level, a quarterly health check of the deployment, and guidance on payment and content rules in the markets Customer serves.
3. Scope
3.1 Support covers defects in the Platform source code as delivered, its configuration, and its integration with the third-party services in clause 9.
3.2 Not included: faults caused by Customer's own modifications, the operation of Customer's cloud infrastructure, content moderation, and outages inside third-party platforms. Provider will still help Customer find the cause.
4. Service levels
4.1 Severity 1 (Critical: calls or streams unavailable for most users): response within 1 Business Hour, resolution within 8 Business Hours.
4.2 Severity 2 (High: a major function degraded, a workaround exists): response within 4 Business Hours, resolution within 16 Business Hours.
4.3 Severity 3 (Normal: a non-core function fails): response within 8 Business Hours, resolution within 40 Business Hours.
4.4 Severity 4 (Low: questions and cosmetic issues): response within 24 Business Hours, resolution within 80 Business Hours.
4.5 Targets are measured from the time a ticket or e-mail reaches Provider and are reported to Customer every month.
5. Service credits and liability
5.1 For each missed Severity 1 or Severity 2 target, Customer receives a credit of 5% of the monthly support fee (one twelfth of the annual fee); for each missed Severity 3 or Severity 4 target, 2%. Credits are deducted from the next invoice.
5.2 Provider's total liability under this Agreement, service credits included, shall not exceed the support fees paid by Customer in the three months before the claim.
6. Updates
6.1 Fix releases and security patches, including compatibility updates for new iOS and Android versions, are free of charge during the term.
6.2 Minor feature releases are included in the annual support fee.
6.3 Major feature releases (at most two a year) are offered to Customer at a price to be agreed at the time of release; Customer may decline them and keep receiving fix releases for its current version.
6.4 Remote upgrades are scheduled with Customer, announced at least 48 hours in advance and carried out outside Customer's peak hours.
7. Custom development
7.1 Custom work starts only after Customer approves a written technical design and an estimate in hours, and is performed by Provider's in-house engineers.
7.2 Custom development is billed at USD 70 per engineer hour for the hours actually worked, up to the approved estimate.
7.3 All custom code and documentation written for Customer become the Customer's property upon payment. Provider keeps the rights in its pre-existing general components.
8. Fees
8.1 Fee schedule (USD, exclusive of taxes):
(a) source code licence for the Platform: USD 42,000, one-off;
(b) deployment and launch assistance: USD 3,500, one-off;
(c) annual support and maintenance fee: USD 9,600 a year, invoiced quarterly in advance;
(d) training, two days online: included in (c);
(e) custom development: as in clause 7.2.
8.2 Nothing is payable to Provider beyond clause 8.1, major feature releases that Customer chooses to buy under clause 6.3, and approved custom work.
9. Third-party services
9.1 Third-party services (real-time audio and video, beauty filters, in-app messaging, SMS and push notifications) run on accounts opened in Customer's name and are paid by Customer directly to the service provider. Estimated yearly costs at Customer's current volume:
(a) real-time audio and video: Agora, about USD 18,000;
(b) beauty filters SDK: FaceUnity, about USD 6,000;
(c) in-app messaging: Tencent Cloud Chat (international), about USD 3,600;
(d) SMS verification: Twilio, about USD 2,400;
(e) push notifications: Firebase Cloud Messaging, no charge.
9.2 Provider supports the integration of these services and escalates faults inside their platforms to the service provider on Customer's behalf.
10. Source code, acceptance and launch
10.1 Provider delivers the complete source code of the Platform: server, web and H5 clients, iOS and Android apps, admin console and payment module, with build scripts and deployment documentation.
10.2 All modules are delivered as readable source code that builds in Customer's environment, and the licence is perpetual with no restriction on domain, server or date.
10.3 Acceptance: within 10 business days of deployment, Customer runs the acceptance tests in Schedule 2; Provider corrects failed items within 5 business days for retesting. Acceptance is confirmed by Customer's written sign-off.
10.4 Launch: Provider assists with deployment to Customer's cloud regions, domain and TLS set-up, and App Store and Google Play submission, including changes requested by store review.
10.5 Training: two days of online training on the admin console, operations and troubleshooting, with recordings.
11. Confidentiality
11.1 Each party keeps the other's confidential information secret and uses it only for this Agreement. Provider accesses Customer's user data only as far as a ticket requires, does not copy or keep it, and shall not disclose it to any third party. This clause survives termination for five years.
11.2 Provider complies with the personal data protection laws of Customer's markets, including Singapore's PDPA.
12. Term and renewal
12.1 The initial term is 12 months from acceptance.
12.2 The Agreement renews automatically for further 12-month terms unless either party gives 60 days' written notice before the end of the current term.
12.3 Any increase of the annual support fee on renewal shall not exceed 8%.
13. Termination and exit
13.1 Either party may terminate for a material breach that is not remedied within one month of written notice.
13.2 Upon termination or expiry, Provider hands over within 15 business days the latest source code, build scripts and documentation, and an export of all Customer data held by Provider, and gives 30 days of transition assistance.
13.3 Provider deposits the source code of each release with an escrow agent in Singapore; the deposit is released to Customer if Provider becomes insolvent or ceases operations.
14. Governing law and disputes
14.1 This Agreement is governed by the laws of Singapore. A dispute that the parties cannot settle by negotiation shall be referred to arbitration at the Singapore International Arbitration Centre, conducted in English.
"""

# ------------------------------------------------------------------------------------------------------------
# Pomelo Commerce Live 橙柚电商直播科技 (Hangzhou, e-commerce live): mid quality with a trap.
# ------------------------------------------------------------------------------------------------------------
POMELO_TEXT = """\
直播系统售后服务合同
合同编号：CY-SH-2026-0109
甲方：青禾互娱（杭州）网络科技有限公司
乙方：杭州橙柚电商直播科技有限公司
第一条 服务对象
1. 乙方为甲方部署的橙柚电商直播系统 V3（含直播带货、直播间优惠券与秒杀组件、商家后台）提供售后服务。
第二条 服务内容与方式
2. 乙方通过以下方式提供售后技术支持：钉钉售后支持群（工作时间在线）；服务电话 0571-5550 0100（每日 8:00–24:00，大促期间延长）；售后邮箱 service@pomelo-live.example.cn；必要时远程登录排查。
3. 每年"618""双11"两次大促前，乙方提供压测和扩容预案，大促当天派工程师驻场保障，费用已含在年度售后服务费内。
4. 乙方为甲方指定专属客户经理一名。
第三条 责任划分
5. 乙方负责所交付系统的缺陷修复与配置问题；甲方负责服务器、云账号及带宽的日常运维，以及直播内容与商品的合规。
6. 因甲方自行修改代码导致的问题不属于本合同服务范围，乙方可按定制开发标准有偿协助。
第四条 故障等级与服务时限
7. 故障等级：一级故障指直播或下单支付全部中断；二级故障指部分核心功能异常；三级问题指一般功能异常或使用咨询。
8. 一级故障：30 分钟内响应，8 小时内修复。
9. 二级故障：60 分钟内响应，16 小时内修复。
10. 三级问题：4 小时内响应，40 小时内修复。
11. 以上时限均按工作时间计算。工作时间为周一至周五 9:00–21:00、周六及周日 10:00–18:00，法定节假日除外。
12. 本合同所称"响应"，指乙方收到甲方问题后的首次回复；甲方通过工单或邮件提交问题的，乙方系统自动发出的受理回执即视为乙方已响应。
13. "修复"指问题消除，或乙方提供可行的临时解决方案。
第五条 服务费抵扣
14. 乙方未在约定时限内修复的，每超时一次按当月售后服务费的 5% 抵扣，当月累计抵扣不超过当月售后服务费的 20%。
第六条 版本更新
15. 服务期内，乙方发布的缺陷修复版本免费提供。
16. 常规功能升级免费提供，每年不少于两个功能版本；乙方推出的独立增值模块（如多平台同步开播）按年单独收费，价格以乙方当年的增值模块报价单为准，甲方可自愿选购。
17. 升级以源码包形式交付，甲方自行部署或委托乙方部署；委托乙方部署的，乙方在夜间低峰时段进行。
第七条 定制开发
18. 定制开发按人天计费，每人天 2,000 元；开发前乙方提供需求说明与工作量评估，经甲方书面确认后实施。
19. 定制开发形成的代码归甲方所有，乙方随功能交付完整源代码。
第八条 费用
20. 本合同费用如下：源码授权费 168,000 元（一次性）；部署实施费 8,000 元（一次性）；年度售后服务费 38,000 元/年，签约时一次付清。
21. 短信验证码与实名认证通过乙方账号统一接入，按实际调用量计费，随年度售后服务费一并结算。
22. 直播 CDN 使用甲方自有的腾讯云账号，费用由甲方直接支付给腾讯云，按当前规模预计约 48,000 元/年；美颜 SDK 采用相芯科技授权，由甲方直接采购，约 12,000 元/年。
第九条 源码交付
23. 乙方交付服务端、商家后台、Web、H5、iOS 和安卓客户端的源代码；支付模块以编译后的 SDK 形式提供，不提供源码。
24. 授权为永久授权，不限制域名数量。
第十条 验收与上线
25. 乙方部署完成后 7 个工作日内，甲方依据附件《功能验收清单》组织验收；验收合格后甲方出具验收确认书。
26. 乙方协助甲方完成服务器部署、域名与证书配置，以及小程序和 App 在各应用市场的提交审核。
27. 乙方提供 2 天线上培训，内容为商家后台操作、大促扩容和常见故障处理。
第十一条 保密
28. 乙方对服务中接触到的甲方商家数据、订单数据和用户信息负有保密义务，不得用于本合同以外的目的，不得向任何第三方泄露。
第十二条 期限与续约
29. 本合同服务期限为一年，自验收合格之日起算。
30. 期满后甲方续约的，续费价格由双方协商，不超过届时市场价。
31. 任何一方不再续约的，应提前 30 日书面通知对方。
第十三条 合同终止
32. 合同终止后，乙方配合甲方导出直播回放、商品和订单数据。
第十四条 违约与争议
33. 任何一方违约给对方造成损失的，应承担赔偿责任，但乙方的赔偿总额以甲方当年已支付的售后服务费为限。
34. 因本合同引起的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。
35. 本合同自双方签字盖章之日起生效，一式两份。
"""

# ------------------------------------------------------------------------------------------------------------
# Firefly Duet Labs 萤火双人社交实验室 (Chengdu, eight people, 1v1 video social for overseas markets):
# an English offer under negotiation; decent, but no service credits and no escrow.
# ------------------------------------------------------------------------------------------------------------
FIREFLY_TEXT = """\
TECHNICAL SUPPORT AND MAINTENANCE OFFER (for negotiation)
Offer no. FD-2026-014, valid for 30 days
Provider: Chengdu Firefly Duet Technology Co., Ltd., trading as Firefly Duet Labs ("Provider")
Customer: Qinghe Interactive Limited, Hong Kong ("Customer")
1. Subject
1.1 This offer covers the licence, launch and support of Firefly Duet 1v1 (version 1.18 and later), a 1v1 video social platform, for Customer's apps in Southeast Asia, the Middle East and Latin America.
2. Support services
2.1 Support is provided through a dedicated WeCom chat with Provider's engineers, a shared project group with Provider's engineering, product and sales staff, and e-mail (dev@fireflyduet.example.com).
2.2 "Business Hours" are 09:30-23:00 Monday to Friday and 13:00-23:00 Saturday and Sunday, China Standard Time (UTC+8), excluding public holidays in mainland China.
2.3 Provider names a lead engineer and a day-to-day support engineer for Customer. Engineers work on the code directly and, with Customer's permission, diagnose problems remotely on Customer's servers.
2.4 Once a month Provider reviews call connection times and weak-network metrics with Customer.
3. Scope
3.1 Support covers defects in the delivered source code, the deployment configuration, and the integration of the third-party services in clause 8.
3.2 Customer is responsible for its cloud accounts, server operations, content moderation and compliance with local law in its markets. Problems caused by Customer's own code changes are outside the scope of support, but Provider will help locate them.
4. Service levels
4.1 P1 (calls fail to connect or drop for a large share of users): response within 30 minutes, resolution or workaround within 4 hours.
4.2 P2 (poor call quality or a key function fails): response within 1 hour, resolution within 12 hours.
4.3 P3 (non-core defects): response within 4 hours, resolution within 40 hours.
4.4 P4 (questions and minor issues): response within 12 hours, resolution within 80 hours.
4.5 All times are in Business Hours. A response is a reply from an engineer working on the issue; automatic replies do not count.
5. Remedies
5.1 Provider reports its attainment of the service levels to Customer every month.
5.2 If Provider misses three or more P1 targets in one quarter, Customer may terminate this agreement at once and receive a pro-rata refund of the unused support fee.
6. Updates
6.1 All fix releases and feature releases of Firefly Duet 1v1 published during the term are included in the support fee and delivered by remote upgrade.
6.2 Premium modules sold separately (at present Virtual Background & Beauty 2.0, USD 1,800 one-off) are optional; Customer keeps receiving all other releases without them.
6.3 Upgrades are agreed with Customer at least 48 hours ahead and run outside 19:00-01:00 in Customer's main market; planned downtime per upgrade is at most 20 minutes, and a failed upgrade is rolled back at once.
7. Custom development
7.1 Custom features are priced at USD 320 per person-day, on a written technical plan and estimate that Customer approves before work starts; the work is done by Provider's in-house engineers.
7.2 Custom code written for Customer, with its documentation, is assigned to the Customer upon payment.
8. Third-party services
8.1 Third-party services (RTC media relays, beauty filters, SMS, translation and push) run on accounts in Customer's name and are billed to Customer directly by the service providers. Estimated yearly costs at 20,000 daily active users:
(a) media relay nodes on Customer's AWS account: about USD 30,000;
(b) FaceUnity beauty SDK licence: about USD 4,800;
(c) Twilio SMS verification: about USD 2,000;
(d) Google Cloud Translation for live subtitles: about USD 1,200;
(e) Firebase Cloud Messaging push notifications: no charge.
8.2 Provider supports the integration of all of these services.
9. Fees
9.1 Fees (USD):
(a) source code licence, perpetual: USD 26,000, one-off;
(b) deployment and store launch assistance: USD 2,500, one-off;
(c) annual support and maintenance fee: USD 7,200 a year, payable quarterly in advance;
(d) online training, two half-day sessions: included in (c).
9.2 No other charges apply apart from custom work approved under clause 7 and premium modules Customer chooses to buy.
10. Delivery, acceptance and launch
10.1 Provider delivers the complete source code of the server, web and H5 clients, iOS and Android apps, admin console and payment integration, with build scripts.
10.2 All modules are readable source code, and the licence is perpetual with no restriction on domain or server.
10.3 Customer tests the delivery against the acceptance checklist in Schedule A within 10 business days; Provider fixes failed items and Customer confirms acceptance in writing.
10.4 Provider assists with deployment in Customer's chosen regions and with App Store and Google Play submission, including changes requested by store review.
11. Confidentiality
11.1 Provider keeps Customer's business information and user data confidential, accesses production data only when a ticket needs it and with Customer's permission, and shall not disclose it to any third party.
12. Term and renewal
12.1 The support term is 12 months from acceptance.
12.2 Renewal is by mutual written agreement, and the annual support fee may increase by no more than 6% at renewal.
12.3 A party that does not wish to renew gives the other 30 days' written notice before the end of the term.
13. Termination
13.1 Upon termination or expiry, Provider delivers the latest source code and documentation and helps Customer export its data from the servers Provider has access to.
14. Governing law
14.1 Once signed, this offer is governed by the laws of the Hong Kong SAR. Disputes go to arbitration at the Hong Kong International Arbitration Centre.
"""

# ------------------------------------------------------------------------------------------------------------
# Elderwood Software 古槐软件 (Beijing, long-standing, office hours): a draft, weak on exit and custom code.
# ------------------------------------------------------------------------------------------------------------
ELDERWOOD_TEXT = """\
技术服务合同（草案）
（草案第 2 稿，供双方讨论，签署前不具约束力）
甲方：青禾互娱（杭州）网络科技有限公司
乙方：北京古槐软件技术有限公司
鉴于甲方此前已向乙方购买古槐直播系统 V5 的源代码授权（以下简称"本系统"，用于秀场直播和语音房业务），双方就本系统的技术服务订立本合同。
第一条 服务内容
1.1 乙方提供以下技术服务：钉钉客户服务群在线答疑；工作时间电话支持（010-5550 0100）；邮件支持；远程协助排查；每半年一次系统巡检。
1.2 乙方指定客户经理王建国、技术负责人李静作为甲方的固定对接人，更换对接人须提前通知甲方并做好交接。
1.3 工作时间为周一至周五 9:00–17:30（北京时间），国家法定节假日除外，法定调休工作日照常服务。
第二条 责任划分
2.1 乙方负责本系统源代码缺陷的修复及部署配置问题的处理。
2.2 甲方负责服务器、网络与第三方账号的日常运维以及直播内容审核；因甲方自行修改代码导致的问题不在技术服务范围内。
第三条 故障等级与服务时限
3.1 一级故障：直播、连麦或语音房全部无法使用。乙方应在 4 个工作小时内响应，16 个工作小时内修复。
3.2 二级故障：核心功能部分不可用。乙方应在 8 个工作小时内响应，24 个工作小时内修复。
3.3 三级问题：一般功能异常。乙方应在 16 个工作小时内响应，40 个工作小时内修复。
3.4 四级问题：使用咨询和优化建议。乙方应在 40 个工作小时内响应，80 个工作小时内修复。
3.5 "响应"指乙方工程师人工回复并开始处理；"修复"指问题消除或乙方提供甲方认可的临时方案。
第四条 服务费抵扣
4.1 乙方未达到第三条时限的，每次按当月技术服务费的 3% 抵扣，在下期付款中扣减。
第五条 版本更新
5.1 服务期内，乙方对 V5 版本发布的缺陷修复、安全补丁和系统适配版本免费提供。
5.2 V5 版本内的功能更新免费提供；新的大版本（V6）及独立新模块，乙方按其公开报价单价格的八折向甲方提供。
5.3 升级以完整源码包方式交付，乙方远程协助部署；需要停服的，在凌晨时段进行。
第六条 定制开发
6.1 定制开发按人天计费，每人天 1,500 元；开发前乙方提交技术方案，经甲方书面确认后实施。
6.2 定制开发成果的知识产权由双方共有，未经对方书面同意，任何一方不得转让或许可第三方使用。
第七条 费用
7.1 年度技术服务费：人民币 45,000 元/年，分两期支付，每半年支付 22,500 元。
7.2 定制开发费：按第 6.1 条的人天单价据实结算。
7.3 现场培训：乙方派工程师到甲方现场培训 2 天，培训费已含在年度技术服务费内；差旅费由甲方据实承担，以 5,000 元为上限。
7.4 除本条所列费用外，乙方不收取其他费用。
第八条 第三方服务
8.1 本系统接入的第三方服务以甲方名义开通，由甲方直接付费。当前年度费用估算：腾讯云直播 CDN 约 30,000 元；即构 ZEGO 连麦与语音房约 20,000 元；网易云信 IM 约 8,000 元；相芯科技美颜 SDK 约 10,000 元。
8.2 乙方负责上述服务与本系统对接部分的问题排查。
第九条 源码、验收与上线
9.1 本系统的完整源代码（服务端、Web、H5、iOS、安卓客户端、管理后台及支付模块）已于购买时交付甲方，服务期内的升级同样以完整源码交付。
9.2 每次升级或定制功能交付后，甲方在 5 个工作日内按双方确认的测试用例进行验收，验收通过后签署验收单。
9.3 升级后的 App 需要重新提交应用商店审核的，乙方协助甲方准备材料并处理审核意见。
第十条 保密
10.1 双方对履行本合同中知悉的对方商业秘密以及甲方用户数据负有保密义务，保密期限至合同终止后三年。
第十一条 期限与续约
11.1 本合同服务期限为 12 个月，自双方签署之日起计算。
11.2 续约时年度技术服务费的上涨幅度不超过 6%；任何一方不续约的，应提前 30 日书面通知对方。
第十二条 合同终止
12.1 合同终止后，乙方停止提供技术服务与版本更新。
12.2 甲方业务数据存储在甲方服务器上，由甲方自行导出。
第十三条 违约与争议
13.1 乙方累计三次未按时修复一级故障的，甲方有权提前解除本合同，乙方退还剩余服务期的技术服务费。
13.2 因本合同产生的争议，双方协商解决；协商不成的，提交北京仲裁委员会仲裁。
第十四条 其他
14.1 本合同未尽事宜，双方另行协商并签订补充协议。
14.2 本草案经双方确认后正式签署，一式两份。
"""

ALL_MODULES = ["server", "web", "h5", "ios", "android", "admin", "payment"]

DEMO_CONTRACTS: dict[str, dict] = {
    "Whalesong Interactive": {
        "title": "年度技术支持服务协议 2026",
        "status": "signed",
        "language": "zh",
        "file_name": "鲸歌-年度技术支持服务协议-2026.txt",
        "text": WHALESONG_TEXT,
        "term_months": 12,
        "sla": {
            "P1": (15, 4 * H, "calendar"),
            "P2": (30, 8 * H, "calendar"),
            "P3": (2 * H, 24 * H, "business"),
            "P4": (8 * H, 72 * H, "business"),
        },
        "acknowledgement_counts": False,
        "facts": {
            "price_model": "annual",
            "currency": "CNY",
            "purchase_price": Decimal("268000"),
            "support_fee": Decimal("68000"),
            "expected_incidents_per_year": None,
            "renewal_cap_percent": Decimal("5"),
            "notice_days": 30,
            "auto_renew": False,
            "fix_updates_free": True,
            "feature_updates_paid": False,
            "feature_update_price": None,
            "paid_updates_per_year": None,
            "custom_dev_basis": "person_day",
            "custom_dev_rate": Decimal("1800"),
            "custom_dev_units_per_year": Decimal("20"),
            "custom_code_owner": "customer",
            "training_included": True,
            "training_days": 3,
            "training_fee": None,
            "delivered_modules": list(ALL_MODULES),
            "source_form": "full",
            "licence_bindings": [],
            "source_handover": True,
            "data_handover": True,
            "escrow": True,
            "if_vendor_stops": "乙方停止经营、破产或注销的，托管机构向甲方释放最新源代码，甲方可自行或委托第三方维护。",
            "fees": [
                ("源码授权费", Decimal("268000"), "one_off"),
                ("部署上线服务费", Decimal("15000"), "one_off"),
                ("年度技术支持服务费", Decimal("68000"), "yearly"),
            ],
            "third_party": [
                ("rtc_cdn", "声网 Agora", "customer", Decimal("36000"), "vendor"),
                ("rtc_cdn", "腾讯云直播 CDN", "customer", Decimal("28000"), "vendor"),
                ("beauty", "相芯科技 FaceUnity", "customer", Decimal("18000"), "vendor"),
                ("im", "腾讯云 IM", "customer", Decimal("6000"), "vendor"),
                ("sms", "腾讯云短信", "customer", Decimal("3000"), "vendor"),
                ("real_name", "腾讯云人脸核身", "customer", Decimal("4000"), "vendor"),
            ],
        },
        "review": {
            "service_list": ("present", "对接群、7×24 热线、工单、远程诊断、巡检和大促值守逐项写明。"),
            "responsibility_boundary": ("present", "写明乙方负责范围和不支持的情形，甲方职责清楚。"),
            "penalty": ("present", "按级别逐次抵扣服务费，P1 屡次超时可解约并退费、赔偿直接损失。"),
            "confidentiality": ("present", "商业秘密和用户数据保密，限定访问范围，终止后五年有效。"),
            "dispute_resolution": ("present", "适用中国法律，提交上海国际经济贸易仲裁委员会仲裁。"),
            "update_terms": ("present", "修复和标准版功能更新均免费，单独销售的新模块自愿选购。"),
            "custom_code_ownership": ("present", "定制代码及知识产权付清费用后归甲方。"),
            "fees_itemised": ("present", "授权费、部署费、年费逐项列明，并排除其他收费。"),
            "term_renewal": ("present", "期限 12 个月，续费涨幅不超过 5%，提前 30 日书面通知，不自动续期。"),
            "sla_numbers": ("present", "四个级别的响应和修复时限齐全，并定义了响应与修复。"),
            "source_completeness": ("present", "七端完整源码，可独立编译，永久授权不绑定域名。"),
            "third_party_costs": ("present", "第三方服务逐项列出，甲方账号，附年度费用估算。"),
            "exit_terms": ("present", "第三方源码托管，终止后移交源码和数据并协助迁移。"),
            "acceptance": ("present", "有验收测试清单、整改时限和验收单。"),
            "launch_support": ("present", "协助部署、证书配置、应用商店上架及软著材料。"),
        },
        "risk": "low",
    },
    "Busy Bee Live Source": {
        "title": "售后服务补充协议（报价稿）",
        "status": "negotiating",
        "language": "zh",
        "file_name": "小蜜蜂-售后服务补充协议-报价稿.txt",
        "text": BUSY_BEE_TEXT,
        "term_months": 12,
        "sla": {"P1": (2 * H, None, "business"), "P2": (4 * H, None, "business")},
        "acknowledgement_counts": False,
        "facts": {
            "price_model": "annual",
            "currency": "CNY",
            "purchase_price": Decimal("49800"),
            "support_fee": Decimal("8800"),
            "expected_incidents_per_year": None,
            "renewal_cap_percent": None,
            "notice_days": None,
            "auto_renew": False,
            "fix_updates_free": False,
            "feature_updates_paid": True,
            "feature_update_price": None,
            "paid_updates_per_year": 1,
            "custom_dev_basis": "fixed",
            "custom_dev_rate": None,
            "custom_dev_units_per_year": None,
            "custom_code_owner": "vendor",
            "training_included": False,
            "training_days": None,
            "training_fee": None,
            "delivered_modules": ["server", "admin", "h5", "android", "ios"],
            "source_form": "partly_encrypted",
            "licence_bindings": ["domain"],
            "source_handover": None,
            "data_handover": None,
            "escrow": None,
            "if_vendor_stops": "",
            "fees": [
                ("源码授权费", Decimal("49800"), "one_off"),
                ("安装部署费", Decimal("1500"), "one_off"),
                ("年度售后服务费", Decimal("8800"), "yearly"),
            ],
            "third_party": [
                ("rtc_cdn", "腾讯云直播", "customer", None, "nobody"),
                ("sms", "腾讯云短信", "customer", None, "nobody"),
                ("real_name", "实名认证（服务商未指定）", "customer", None, "nobody"),
            ],
        },
        "review": {
            "service_list": ("weak", "只有工单一个渠道，只说“及时响应”。"),
            "responsibility_boundary": ("weak", "排除范围很宽，且是否属于售后范围由乙方判断。"),
            "penalty": ("weak", "排除一切直接和间接损失的赔偿，也没有服务费抵扣。"),
            "confidentiality": ("missing", "没有保密条款，却要求甲方提供服务器 root 账号。"),
            "dispute_resolution": ("present", "写明了管辖法院，但为乙方所在地，对甲方不利。"),
            "update_terms": ("weak", "免费更新只有签约后三个月，之后按次收费、价格另议。"),
            "custom_code_ownership": ("weak", "定制代码归乙方，且可给其他客户使用。"),
            "fees_itemised": ("weak", "列了三项费用，但“其他费用另行协商”，另有 6% 税点。"),
            "term_renewal": ("weak", "续费按乙方届时公布的价格，无上限、无通知期。"),
            "sla_numbers": ("weak", "只有一级、二级的响应时限，没有任何修复时限，其余“及时响应”。"),
            "source_completeness": ("weak", "推流、美颜、礼物特效核心模块加密，授权绑定一个域名。"),
            "third_party_costs": ("weak", "只点名腾讯云直播和短信，无费用估算，第三方问题乙方不管。"),
            "exit_terms": ("missing", "没有任何终止后移交或源码托管的约定。"),
            "acceptance": ("missing", "没有验收条款。"),
            "launch_support": ("weak", "只远程安装一次，打包上架另行报价。"),
        },
        "risk": "critical",
    },
    "Straitlight Media Labs": {
        "title": "Support and maintenance agreement",
        "status": "signed",
        "language": "en",
        "file_name": "Straitlight-Support-and-Maintenance-Agreement-2026.txt",
        "text": STRAITLIGHT_TEXT,
        "term_months": 12,
        "sla": {
            "P1": (1 * H, 8 * H, "business"),
            "P2": (4 * H, 16 * H, "business"),
            "P3": (8 * H, 40 * H, "business"),
            "P4": (24 * H, 80 * H, "business"),
        },
        "acknowledgement_counts": False,
        "facts": {
            "price_model": "annual",
            "currency": "USD",
            "purchase_price": Decimal("42000"),
            "support_fee": Decimal("9600"),
            "expected_incidents_per_year": None,
            "renewal_cap_percent": Decimal("8"),
            "notice_days": 60,
            "auto_renew": True,
            "fix_updates_free": True,
            "feature_updates_paid": True,
            "feature_update_price": None,
            "paid_updates_per_year": 2,
            "custom_dev_basis": "hour",
            "custom_dev_rate": Decimal("70"),
            "custom_dev_units_per_year": Decimal("120"),
            "custom_code_owner": "customer",
            "training_included": True,
            "training_days": 2,
            "training_fee": None,
            "delivered_modules": list(ALL_MODULES),
            "source_form": "full",
            "licence_bindings": [],
            "source_handover": True,
            "data_handover": True,
            "escrow": True,
            "if_vendor_stops": "The escrowed source code is released to the Customer if the Provider becomes insolvent or ceases operations.",
            "fees": [
                ("Source code licence", Decimal("42000"), "one_off"),
                ("Deployment and launch assistance", Decimal("3500"), "one_off"),
                ("Annual support and maintenance fee", Decimal("9600"), "yearly"),
            ],
            "third_party": [
                ("rtc_cdn", "Agora", "customer", Decimal("18000"), "vendor"),
                ("beauty", "FaceUnity", "customer", Decimal("6000"), "vendor"),
                ("im", "Tencent Cloud Chat (international)", "customer", Decimal("3600"), "vendor"),
                ("sms", "Twilio", "customer", Decimal("2400"), "vendor"),
                ("push", "Firebase Cloud Messaging", "customer", Decimal("0"), "vendor"),
            ],
        },
        "review": {
            "service_list": (
                "present",
                "Ticket desk, e-mail, Chinese-speaking WeCom channel and a paging webhook, with named contacts.",
            ),
            "responsibility_boundary": (
                "present",
                "Scope and exclusions are listed; Provider still helps find the cause.",
            ),
            "penalty": ("weak", "Service credits exist, but total liability is capped at three months' fees."),
            "confidentiality": (
                "present",
                "Mutual confidentiality, limited data access, PDPA, five years after termination.",
            ),
            "dispute_resolution": ("present", "Singapore law, SIAC arbitration in English."),
            "update_terms": (
                "weak",
                "Fixes and minor releases are free; major feature releases at a price to be agreed.",
            ),
            "custom_code_ownership": ("present", "Custom code becomes the Customer's property on payment."),
            "fees_itemised": ("present", "Licence, deployment and annual fee listed; nothing else payable."),
            "term_renewal": (
                "present",
                "Renews automatically with 60 days' notice; increase capped at 8%, higher than others offer.",
            ),
            "sla_numbers": (
                "present",
                "All four severities with response and resolution times, in Singapore business hours.",
            ),
            "source_completeness": (
                "present",
                "Complete source for every client, admin and payment; perpetual, unbound licence.",
            ),
            "third_party_costs": ("present", "Services named, on Customer's accounts, with yearly estimates."),
            "exit_terms": ("present", "Handover of source and data, transition help, escrow released on insolvency."),
            "acceptance": ("present", "Acceptance tests, correction period and written sign-off."),
            "launch_support": ("present", "Deployment, TLS, App Store and Google Play submission."),
        },
        "risk": "low",
    },
    "Pomelo Commerce Live": {
        "title": "直播系统售后服务合同",
        "status": "signed",
        "language": "zh",
        "file_name": "橙柚-直播系统售后服务合同.txt",
        "text": POMELO_TEXT,
        "term_months": 12,
        "sla": {
            "P1": (30, 8 * H, "business"),
            "P2": (60, 16 * H, "business"),
            "P3": (4 * H, 40 * H, "business"),
        },
        "acknowledgement_counts": True,
        "facts": {
            "price_model": "annual",
            "currency": "CNY",
            "purchase_price": Decimal("168000"),
            "support_fee": Decimal("38000"),
            "expected_incidents_per_year": None,
            "renewal_cap_percent": None,
            "notice_days": 30,
            "auto_renew": False,
            "fix_updates_free": True,
            "feature_updates_paid": False,
            "feature_update_price": None,
            "paid_updates_per_year": None,
            "custom_dev_basis": "person_day",
            "custom_dev_rate": Decimal("2000"),
            "custom_dev_units_per_year": Decimal("15"),
            "custom_code_owner": "customer",
            "training_included": True,
            "training_days": 2,
            "training_fee": None,
            "delivered_modules": list(ALL_MODULES),
            "source_form": "compiled_only",
            "licence_bindings": [],
            "source_handover": None,
            "data_handover": True,
            "escrow": None,
            "if_vendor_stops": "",
            "fees": [
                ("源码授权费", Decimal("168000"), "one_off"),
                ("部署实施费", Decimal("8000"), "one_off"),
                ("年度售后服务费", Decimal("38000"), "yearly"),
            ],
            "third_party": [
                ("rtc_cdn", "腾讯云直播 CDN", "customer", Decimal("48000"), "vendor"),
                ("beauty", "相芯科技 FaceUnity", "customer", Decimal("12000"), "vendor"),
                ("sms", "乙方短信通道", "vendor", None, "vendor"),
                ("real_name", "乙方实名认证接口", "vendor", None, "vendor"),
            ],
        },
        "review": {
            "service_list": ("present", "钉钉群、电话、邮件、远程排查和大促驻场都写明了。"),
            "responsibility_boundary": ("present", "双方职责划分清楚，自行改代码的问题有偿协助。"),
            "penalty": ("weak", "只对修复超时抵扣，当月抵扣上限 20%，赔偿总额以当年服务费为限。"),
            "confidentiality": ("present", "商家、订单和用户数据保密，不得外泄。"),
            "dispute_resolution": ("present", "提交杭州仲裁委员会仲裁。"),
            "update_terms": ("present", "修复和常规功能升级免费；独立增值模块按报价单自愿购买。"),
            "custom_code_ownership": ("present", "定制代码归甲方，随功能交付源码。"),
            "fees_itemised": ("present", "授权费、部署费、年费列明。"),
            "term_renewal": ("weak", "续费“不超过届时市场价”，等于没有上限。"),
            "sla_numbers": ("weak", "有时限，但自动发出的受理回执就算响应，且全部按工作时间计算。"),
            "source_completeness": ("weak", "支付模块只给编译后的 SDK，不给源码。"),
            "third_party_costs": ("weak", "短信和实名认证走乙方账号按量计费，没有单价。"),
            "exit_terms": ("weak", "终止后只配合导出数据；无源码托管，未约定乙方停业怎么办。"),
            "acceptance": ("present", "按功能验收清单验收并出具确认书。"),
            "launch_support": ("present", "协助部署、证书配置和小程序、App 提交审核。"),
        },
        "risk": "high",
    },
    "Firefly Duet Labs": {
        "title": "Technical support and maintenance offer",
        "status": "negotiating",
        "language": "en",
        "file_name": "Firefly-Duet-Support-Offer-2026.txt",
        "text": FIREFLY_TEXT,
        "term_months": 12,
        "sla": {
            "P1": (30, 4 * H, "business"),
            "P2": (1 * H, 12 * H, "business"),
            "P3": (4 * H, 40 * H, "business"),
            "P4": (12 * H, 80 * H, "business"),
        },
        "acknowledgement_counts": False,
        "facts": {
            "price_model": "annual",
            "currency": "USD",
            "purchase_price": Decimal("26000"),
            "support_fee": Decimal("7200"),
            "expected_incidents_per_year": None,
            "renewal_cap_percent": Decimal("6"),
            "notice_days": 30,
            "auto_renew": False,
            "fix_updates_free": True,
            "feature_updates_paid": False,
            "feature_update_price": None,
            "paid_updates_per_year": None,
            "custom_dev_basis": "person_day",
            "custom_dev_rate": Decimal("320"),
            "custom_dev_units_per_year": Decimal("15"),
            "custom_code_owner": "customer",
            "training_included": True,
            "training_days": 1,
            "training_fee": None,
            "delivered_modules": list(ALL_MODULES),
            "source_form": "full",
            "licence_bindings": [],
            "source_handover": True,
            "data_handover": True,
            "escrow": False,
            "if_vendor_stops": "",
            "fees": [
                ("Source code licence", Decimal("26000"), "one_off"),
                ("Deployment and store launch assistance", Decimal("2500"), "one_off"),
                ("Annual support and maintenance fee", Decimal("7200"), "yearly"),
            ],
            "third_party": [
                ("rtc_cdn", "AWS (media relay nodes)", "customer", Decimal("30000"), "vendor"),
                ("beauty", "FaceUnity", "customer", Decimal("4800"), "vendor"),
                ("sms", "Twilio", "customer", Decimal("2000"), "vendor"),
                ("other", "Google Cloud Translation", "customer", Decimal("1200"), "vendor"),
                ("push", "Firebase Cloud Messaging", "customer", Decimal("0"), "vendor"),
            ],
        },
        "review": {
            "service_list": ("present", "WeCom chat, shared project group and e-mail, with named engineers."),
            "responsibility_boundary": ("present", "Scope and Customer's duties are spelled out."),
            "penalty": (
                "weak",
                "No service credits; the only remedy is termination with a refund after three missed P1 targets a quarter.",
            ),
            "confidentiality": (
                "present",
                "Business information and user data kept confidential, access only per ticket.",
            ),
            "dispute_resolution": ("present", "Hong Kong law, HKIAC arbitration."),
            "update_terms": (
                "present",
                "All fix and feature releases included; premium modules optional at a listed price.",
            ),
            "custom_code_ownership": ("present", "Custom code is assigned to the Customer on payment."),
            "fees_itemised": ("present", "Licence, launch help and annual fee listed; no other charges."),
            "term_renewal": ("present", "12 months, increase capped at 6%, 30 days' notice."),
            "sla_numbers": ("present", "Response and resolution times for P1-P4, in defined Business Hours."),
            "source_completeness": (
                "present",
                "Complete, readable source for all clients, admin and payment; unbound licence.",
            ),
            "third_party_costs": ("present", "Services named, on Customer's accounts, with yearly estimates."),
            "exit_terms": (
                "weak",
                "Handover of source and data on termination, but no escrow and nothing if Provider stops trading.",
            ),
            "acceptance": ("present", "Acceptance checklist and written confirmation."),
            "launch_support": ("present", "Deployment in chosen regions, App Store and Google Play submission."),
        },
        "risk": "medium",
    },
    "Elderwood Software": {
        "title": "技术服务合同（草案）",
        "status": "draft",
        "language": "zh",
        "file_name": "古槐-技术服务合同-草案第2稿.txt",
        "text": ELDERWOOD_TEXT,
        "term_months": 12,
        "sla": {
            "P1": (4 * H, 16 * H, "business"),
            "P2": (8 * H, 24 * H, "business"),
            "P3": (16 * H, 40 * H, "business"),
            "P4": (40 * H, 80 * H, "business"),
        },
        "acknowledgement_counts": False,
        "facts": {
            "price_model": "annual",
            "currency": "CNY",
            "purchase_price": None,
            "support_fee": Decimal("45000"),
            "expected_incidents_per_year": None,
            "renewal_cap_percent": Decimal("6"),
            "notice_days": 30,
            "auto_renew": False,
            "fix_updates_free": True,
            "feature_updates_paid": False,
            "feature_update_price": None,
            "paid_updates_per_year": None,
            "custom_dev_basis": "person_day",
            "custom_dev_rate": Decimal("1500"),
            "custom_dev_units_per_year": Decimal("10"),
            "custom_code_owner": "shared",
            "training_included": True,
            "training_days": 2,
            "training_fee": None,
            "delivered_modules": list(ALL_MODULES),
            "source_form": "full",
            "licence_bindings": [],
            "source_handover": None,
            "data_handover": False,
            "escrow": None,
            "if_vendor_stops": "",
            "fees": [
                ("年度技术服务费", Decimal("45000"), "yearly"),
                ("现场培训差旅费（上限）", Decimal("5000"), "one_off"),
            ],
            "third_party": [
                ("rtc_cdn", "腾讯云直播 CDN", "customer", Decimal("30000"), "vendor"),
                ("rtc_cdn", "即构 ZEGO", "customer", Decimal("20000"), "vendor"),
                ("im", "网易云信", "customer", Decimal("8000"), "vendor"),
                ("beauty", "相芯科技 FaceUnity", "customer", Decimal("10000"), "vendor"),
            ],
        },
        "review": {
            "service_list": ("present", "钉钉群、电话、邮件、远程和半年巡检，固定对接人。"),
            "responsibility_boundary": ("present", "乙方与甲方的职责分开写明。"),
            "penalty": ("present", "未达时限按次抵扣 3%，一级故障屡次超时可解约退费。"),
            "confidentiality": ("present", "商业秘密和用户数据保密，至终止后三年。"),
            "dispute_resolution": ("present", "提交北京仲裁委员会仲裁。"),
            "update_terms": ("present", "V5 内修复和功能更新免费，V6 及新模块按报价单八折。"),
            "custom_code_ownership": ("weak", "定制成果双方共有，甲方不能自由转让或许可他人。"),
            "fees_itemised": ("present", "年费、人天单价、培训差旅上限列明，排除其他费用。"),
            "term_renewal": ("present", "12 个月，续费涨幅不超过 6%，提前 30 日通知。"),
            "sla_numbers": ("present", "四个级别的响应与修复时限，按工作小时计算。"),
            "source_completeness": ("present", "完整源码已交付，升级也给完整源码。"),
            "third_party_costs": ("present", "第三方服务点名，甲方账号，附年度估算。"),
            "exit_terms": ("weak", "终止后只是停止服务，数据由甲方自行导出，无源码托管和移交。"),
            "acceptance": ("present", "升级和定制交付按测试用例验收并签单。"),
            "launch_support": ("present", "远程协助部署升级，协助应用商店重新审核。"),
        },
        "risk": "medium",
    },
}


def _self_check() -> None:
    """Print the clause detector's suggestions next to the reviewer's labels, and the SLA rows it finds."""
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vendorscore.settings")
    django.setup()

    from contracts import clauses

    total = 0
    for vendor, contract in DEMO_CONTRACTS.items():
        text = contract["text"]
        lines = [line for line in text.splitlines() if line.strip()]
        print(f"\n=== {vendor} · {contract['title']} · {len(text)} chars, {len(lines)} lines ===")
        analysis = clauses.analyze(text)
        for item in analysis.items:
            mine = contract["review"][item.key][0]
            mark = "  " if mine == item.status else "!="
            flag = f" [{item.flag}]" if item.flag else ""
            print(f" {mark} {item.key:24} detector {item.status:8}{flag:32} review {mine}")
            total += mine != item.status
        expected = contract["sla"]
        found = {term.severity: term for term in analysis.sla}
        for severity in sorted({*expected, *(s or "?" for s in found)}):
            term = found.get(severity if severity != "?" else None)
            got = (term.response_minutes, term.fix_minutes, term.clock, term.acknowledgement_counts) if term else None
            want = (*expected[severity], contract["acknowledgement_counts"]) if severity in expected else None
            print(f" {'  ' if got == want else '!='} sla {severity}: detector {got}  contract {want}")
        facts = contract["facts"]
        renewal = analysis.renewal
        cap = None if facts["renewal_cap_percent"] is None else float(facts["renewal_cap_percent"])
        for name, got, want in (
            ("cap", renewal.cap_percent, cap),
            ("notice", renewal.notice_days, facts["notice_days"]),
            ("auto", renewal.auto_renew, facts["auto_renew"]),
        ):
            print(f" {'  ' if got == want else '!='} renewal {name}: detector {got}  facts {want}")
    print(f"\n{total} item disagreements in all.")


if __name__ == "__main__":
    _self_check()
