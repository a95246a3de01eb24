"""The built-in probe questions (loaded by a data migration).

Pure data, no Django imports, so migrations can import it. Each question is
what a team running a live-streaming platform bought as source code would
really ask its vendor, with the details a real team would give (versions,
devices, log lines, numbers), so that a vendor cannot tell it from an
ordinary ticket. ``good_answer`` tells the rater what a strong answer
contains; it is never sent.

Severity: P1 the platform or revenue is down now; P2 a major feature is
broken for many users; P3 a how-to or a change we plan; P4 a small question.
Keys are stable: change the wording freely, never rename or reuse a key.
"""

from __future__ import annotations

QUESTIONS: list[dict[str, str]] = [
    # --- streaming and latency ------------------------------------------------------------
    {
        "key": "viewer_black_screen_android",
        "category": "streaming",
        "severity": "P1",
        "title_en": "Viewers on Android get a black screen, the host's stream is fine",
        "title_zh": "安卓观众进房黑屏，主播端推流正常",
        "body_en": (
            "Since about 8 pm tonight a lot of viewers see a black picture with sound only when they enter a room. "
            "The host side looks normal, pushing at a steady ~1.5 Mbps. It is mostly Android 12 and newer; iPhones "
            "are fine. This afternoon we switched the pull URLs from http to https, not sure if that matters. The "
            "player log keeps printing 'decoder init failed'. Where should we look first? We are losing viewers "
            "every minute."
        ),
        "body_zh": (
            "今晚八点左右开始，很多观众进直播间只有声音没有画面，一直黑屏。主播那边推流看着正常，码率稳定在 1.5M 左右。"
            "出问题的基本都是安卓 12 以上的手机，苹果没事。下午我们刚把拉流地址从 http 改成了 https，不知道有没有关系。"
            "播放器日志一直报 decoder init failed。麻烦先告诉我们从哪里查起，现在每分钟都在掉人。"
        ),
        "good_answer_en": (
            "Connects 'decoder init failed' to hardware decoding of the stream's codec or profile (H.265, High "
            "profile with B-frames) on some Android chipsets; offers tonight's workaround (force software decoding "
            "or change the encoder profile) and names the player setting or file; says how to check whether the "
            "https change broke the pull (certificate or SNI on the CDN domain); asks for device models and a "
            "sample stream URL; commits to a follow-up time."
        ),
        "good_answer_zh": (
            "能把 decoder init failed 和部分安卓芯片硬解当前编码或档位（H.265、带 B 帧的 High Profile）联系起来；"
            "给出今晚可用的临时方案（强制软解或调整编码档位），并指出播放器里对应的配置或文件；说明如何确认 https "
            "改动是否影响拉流（CDN 域名证书、SNI）；索要机型和一条样例流地址；承诺下一次反馈的时间。"
        ),
    },
    {
        "key": "latency_creeps_up",
        "category": "streaming",
        "severity": "P2",
        "title_en": "Delay keeps growing during long streams",
        "title_zh": "直播时间一长延迟越来越大",
        "body_en": (
            "When a host streams for more than an hour, the delay for viewers creeps from about 3 seconds to 15 or "
            "more. Leaving and re-entering the room brings it back to 3 s. We pull FLV over HTTP with your player "
            "(version 4.8.2 of the SDK we got in the package). Is there a catch-up setting, or is this the CDN?"
        ),
        "body_zh": (
            "主播连续播一个小时以上，观众端延迟会从 3 秒左右慢慢涨到 15 秒甚至更多，退出房间重进又恢复到 3 秒。"
            "我们用的是包里自带的播放器（SDK 4.8.2），拉的是 HTTP-FLV。播放器有没有追帧之类的设置？还是 CDN 那边的问题？"
        ),
        "good_answer_en": (
            "Explains buffer accumulation on the player (no catch-up / frame dropping when the buffer grows) and "
            "names the parameters (max cache, catch-up speed or drop threshold) with recommended values; rules "
            "the CDN in or out with a concrete check (compare the push timestamp with the CDN's edge); mentions "
            "whether a newer SDK version fixes it."
        ),
        "good_answer_zh": (
            "说明是播放器缓冲不断累积（缓冲变大时没有追帧或丢帧），指出具体参数（最大缓存、追帧倍速、丢帧阈值）并给出推荐值；"
            "给出排查 CDN 的具体办法（对比推流时间戳和边缘节点时间）；说明新版 SDK 是否已修复。"
        ),
    },
    {
        "key": "sub_second_latency",
        "category": "streaming",
        "severity": "P3",
        "title_en": "Can we get latency under one second?",
        "title_zh": "能不能把延迟降到一秒以内",
        "body_en": (
            "We want to run interactive quiz shows where the host reacts to comments, so the current ~4 s delay is "
            "too much. Does the system support WebRTC or another low-latency pull for viewers? What would have to "
            "change on the server and in the apps, and roughly what does the cloud side cost compared with FLV?"
        ),
        "body_zh": (
            "我们准备做互动答题类直播，主播要实时回应弹幕，现在 4 秒左右的延迟太大了。系统支不支持观众端用 WebRTC "
            "之类的低延时拉流？服务端和 App 分别要改哪些地方？云厂商那边的费用和 FLV 相比大概是什么水平？"
        ),
        "good_answer_en": (
            "Says plainly whether low-latency pull (WebRTC/LEB, LL-HLS) is in the code or needs development; lists "
            "the modules to change (pull URL generation, player, fallback to FLV on failure); gives the realistic "
            "latency, the cloud price difference and a development estimate."
        ),
        "good_answer_zh": (
            "明确说明低延时拉流（WebRTC/快直播、LL-HLS）是现成功能还是需要开发；列出需要改的模块（拉流地址生成、播放器、"
            "失败回退到 FLV）；给出实际能达到的延迟、云端费用差异和开发工期估算。"
        ),
    },
    {
        "key": "weak_network_host",
        "category": "streaming",
        "severity": "P3",
        "title_en": "Hosts on 4G stutter a lot",
        "title_zh": "主播用 4G 推流经常卡顿",
        "body_en": (
            "Several of our outdoor hosts push over 4G and their streams stutter every few minutes even when the "
            "signal looks fine. Is there adaptive bitrate on the push side? Where do we set the minimum and maximum "
            "bitrate and the frame rate it may drop to?"
        ),
        "body_zh": (
            "我们有几个户外主播用 4G 推流，信号看着还行，但每隔几分钟就卡一下。推流端有没有自适应码率？"
            "最低、最高码率和可以降到的帧率在哪里配置？"
        ),
        "good_answer_en": (
            "Confirms whether the push SDK adapts bitrate and resolution, names the configuration keys or screen "
            "and sensible values for 4G (e.g. 600-1800 kbps, 15-25 fps), explains how to read the push statistics "
            "to tell network loss from device limits."
        ),
        "good_answer_zh": (
            "确认推流 SDK 是否支持码率和分辨率自适应，给出配置项或后台位置以及适合 4G 的参考值（如 600-1800 kbps、15-25 帧），"
            "说明怎样看推流统计数据来区分是网络丢包还是手机性能问题。"
        ),
    },
    {
        "key": "recording_retention",
        "category": "streaming",
        "severity": "P4",
        "title_en": "Where do recordings go, and for how long?",
        "title_zh": "直播回放存在哪里、保留多久",
        "body_en": (
            "Where are the replays of finished streams stored, and how do we change how many days they are kept? "
            "Our storage bill doubled last month."
        ),
        "body_zh": "直播结束后的回放文件存在哪里？保留天数在哪里改？上个月存储费用翻倍了。",
        "good_answer_en": (
            "Names where recording is configured (cloud recording template or own storage), where retention is "
            "set and whether the admin panel exposes it, and how to clean up old files safely."
        ),
        "good_answer_zh": "说明录制在哪里配置（云端录制模板还是自建存储），保留天数在哪里设置、后台是否可改，以及如何安全清理历史文件。",
    },
    # --- co-hosting and PK -------------------------------------------------------------------
    {
        "key": "pk_end_crash_ios",
        "category": "cohosting",
        "severity": "P1",
        "title_en": "iOS app crashes when a PK battle ends",
        "title_zh": "PK 结束时 iOS 端闪退",
        "body_en": (
            "Since we released build 2.6.0 yesterday, viewers on iPhone crash the moment a PK battle ends, mostly "
            "in the room of the losing host. About 30% of our PK rooms are affected and the evening peak starts in "
            "two hours. The crash report points at the PK result view: "
            "'-[PKResultView updateScore:] unrecognized selector'. Can someone look at it right away?"
        ),
        "body_zh": (
            "昨天发了 2.6.0 版本之后，苹果用户在 PK 结束那一刻直接闪退，基本都是输的一方的直播间。大概三成的 PK 房间都有这个问题，"
            "两个小时后就是晚高峰。崩溃日志指向 PK 结算界面：-[PKResultView updateScore:] unrecognized selector。能不能马上安排人看一下？"
        ),
        "good_answer_en": (
            "Recognises a method missing at runtime (a renamed selector, a stale category or a server field of an "
            "unexpected type), asks for the full crash log and the server's PK result payload, proposes a "
            "server-side mitigation before the peak (e.g. send the field in the old format or turn off the result "
            "animation) and a hotfix build plan."
        ),
        "good_answer_zh": (
            "能判断是运行时找不到方法（方法改名、分类未更新或服务端字段类型不符），索要完整崩溃日志和服务端 PK 结算数据，"
            "在高峰前给出服务端规避方案（例如按旧格式下发字段或关闭结算动画），并给出热修复版本计划。"
        ),
    },
    {
        "key": "cohost_echo_bluetooth",
        "category": "cohosting",
        "severity": "P2",
        "title_en": "Echo during co-hosting when the host wears Bluetooth earbuds",
        "title_zh": "主播戴蓝牙耳机连麦时对方听到回声",
        "body_en": (
            "When a host uses Bluetooth earbuds during co-hosting, the guest hears their own voice back about half "
            "a second later. With wired earphones or the phone speaker it is fine. It happens on both Android and "
            "iOS. Is echo cancellation switched off in some mode?"
        ),
        "body_zh": (
            "主播连麦时如果戴蓝牙耳机，对面嘉宾会在半秒后听到自己的声音，用有线耳机或手机外放都没问题，安卓和苹果都有。"
            "是不是某种模式下回声消除被关掉了？"
        ),
        "good_answer_en": (
            "Explains the Bluetooth audio route and echo cancellation (AEC) behaviour in the RTC SDK, names the "
            "audio scenario or profile setting to use for co-hosting, and whether in-ear monitoring must be off."
        ),
        "good_answer_zh": "解释蓝牙音频通路与回声消除（AEC）在 RTC SDK 里的表现，指出连麦应该用的音频场景或 profile 配置，以及是否需要关闭耳返。",
    },
    {
        "key": "pk_scoring_rules",
        "category": "cohosting",
        "severity": "P3",
        "title_en": "Changing how PK scores are counted",
        "title_zh": "修改 PK 计分规则",
        "body_en": (
            "We want PK points to count only gifts above 10 coins, double points in the last 30 seconds, and a "
            "punishment period of 3 minutes instead of 5. Which of this is configurable in the admin panel and "
            "which needs code changes? If code, which service and files?"
        ),
        "body_zh": (
            "我们想把 PK 积分改成只统计 10 金币以上的礼物，最后 30 秒双倍积分，惩罚时间从 5 分钟改成 3 分钟。"
            "这些哪些能在后台配置，哪些要改代码？如果要改代码，是哪个服务、哪些文件？"
        ),
        "good_answer_en": (
            "Separates admin settings from code changes item by item, names the service, table or file where PK "
            "points are computed, and warns about effects on running battles and on the client's countdown."
        ),
        "good_answer_zh": "逐项区分后台配置和代码修改，指出计算 PK 积分的服务、数据表或文件，并提醒对进行中的 PK 和客户端倒计时的影响。",
    },
    {
        "key": "six_seat_layout",
        "category": "cohosting",
        "severity": "P3",
        "title_en": "A six-seat layout for multi-guest rooms",
        "title_zh": "多人连麦增加六宫格布局",
        "body_en": (
            "Our multi-guest rooms support four seats. We would like a six-seat layout. Does the RTC plan we use "
            "allow six publishers in one room, and which client modules would we have to touch? Any performance "
            "concerns on mid-range phones?"
        ),
        "body_zh": "现在多人连麦最多四个麦位，我们想做六宫格。我们用的 RTC 套餐支持一个房间六路上麦吗？客户端要改哪些模块？中端机性能有没有问题？",
        "good_answer_en": (
            "Checks the RTC plan's limits, names the layout and seat-management modules on both clients and the "
            "server, and gives expectations for decoding six streams on mid-range devices (resolution per seat)."
        ),
        "good_answer_zh": "核对 RTC 套餐的上麦限制，指出客户端和服务端的布局、麦位管理模块，并说明中端机同时解码六路时每路建议的分辨率。",
    },
    # --- beauty and effects SDK ---------------------------------------------------------------
    {
        "key": "beauty_license_failed",
        "category": "beauty",
        "severity": "P2",
        "title_en": "Beauty filters stopped working on new installs",
        "title_zh": "新安装的用户美颜全部失效",
        "body_en": (
            "Since this morning, beauty and face filters do nothing for anyone who installs the app fresh; existing "
            "users still have them. The log shows 'license check failed, code -3'. Whose licence is this, ours or "
            "yours? How do we renew it and how long does it take?"
        ),
        "body_zh": (
            "从今天早上开始，新装 App 的用户美颜和贴纸全部不生效，老用户正常。日志里是 license check failed, code -3。"
            "这个授权是我们的还是你们的？怎么续，要多长时间？"
        ),
        "good_answer_en": (
            "Identifies the beauty SDK licence (bound to the package name and expiry), says who holds the account "
            "and pays, how to renew or rebind it and how fast, and how to ship the new licence file or key without a "
            "new app release if possible."
        ),
        "good_answer_zh": "说明美颜 SDK 授权（与包名和到期日绑定）由谁持有、谁付费，如何续费或重新绑定、多久能好，以及能否不发版就更新授权文件或密钥。",
    },
    {
        "key": "beauty_low_end_heat",
        "category": "beauty",
        "severity": "P3",
        "title_en": "Low-end phones overheat with beauty on",
        "title_zh": "低端机开美颜发烫掉帧",
        "body_en": (
            "On phones with 3 GB of RAM the frame rate drops to about 12 fps after ten minutes of streaming with "
            "beauty filters on, and the phone gets hot. Is there a recommended low-power setting, or a way to turn "
            "some effects off automatically on weak devices?"
        ),
        "body_zh": "3G 内存的手机开着美颜播十分钟，帧率掉到 12 帧左右，手机很烫。有没有推荐的低功耗设置？能不能在弱机型上自动关掉部分特效？",
        "good_answer_en": (
            "Recommends concrete settings (lower capture resolution, fewer simultaneous effects, GPU vs CPU path), "
            "explains whether the SDK has a device tier or auto-downgrade switch and where to configure it."
        ),
        "good_answer_zh": "给出具体设置（降低采集分辨率、减少同时开启的特效、GPU 与 CPU 处理路径），说明 SDK 是否有机型分级或自动降级开关以及配置位置。",
    },
    {
        "key": "swap_beauty_vendor",
        "category": "beauty",
        "severity": "P3",
        "title_en": "Switching to another beauty SDK",
        "title_zh": "更换美颜 SDK 厂商",
        "body_en": (
            "We are thinking about moving to a different beauty SDK because of cost. How tightly is the current one "
            "built in? Is there an abstraction layer, or is it called directly from the capture code? A rough "
            "estimate of the work would help us decide."
        ),
        "body_zh": "因为成本考虑，我们想换一家美颜 SDK。现在的美颜和代码耦合得紧吗？有没有抽象层，还是在采集代码里直接调用？能不能给个大概的工作量评估？",
        "good_answer_en": (
            "Describes how the SDK is integrated (texture processing hook in the capture pipeline), names the "
            "classes to replace on each platform, the UI panels tied to it, and gives an honest estimate."
        ),
        "good_answer_zh": "说明美颜的接入方式（采集管线里的纹理处理回调），指出各端需要替换的类、与之绑定的美颜面板界面，并给出实事求是的工作量。",
    },
    {
        "key": "custom_gift_effects",
        "category": "beauty",
        "severity": "P4",
        "title_en": "Adding our own stickers and gift animations",
        "title_zh": "上传自己的贴纸和礼物特效",
        "body_en": (
            "Our designers made new stickers and two full-screen gift animations. What file formats and size limits "
            "do you support, and can they be uploaded in the admin panel or do they have to be built into the app?"
        ),
        "body_zh": "我们设计做了几款新贴纸和两个全屏礼物动画。支持什么文件格式、大小限制是多少？能在后台上传，还是必须打包进 App？",
        "good_answer_en": "Names the formats (e.g. SVGA, MP4 with alpha, Lottie), size and resolution limits, and the upload path.",
        "good_answer_zh": "说明支持的格式（如 SVGA、带透明通道的 MP4、Lottie）、大小和分辨率限制，以及上传位置。",
    },
    # --- payment and gifts --------------------------------------------------------------------
    {
        "key": "wechat_pay_not_credited",
        "category": "payment",
        "severity": "P1",
        "title_en": "WeChat Pay top-ups paid but coins not credited",
        "title_zh": "微信支付已扣款但金币没到账",
        "body_en": (
            "Since around 11:00 today, users who top up with WeChat Pay are charged but get no coins. We have 140 "
            "complaints already. Our payment callback log shows 'sign verify failed'. We rotated the merchant API "
            "certificate yesterday following WeChat's notice. What do we need to change in your code, and how do we "
            "credit the orders that already failed?"
        ),
        "body_zh": (
            "今天 11 点左右开始，用户用微信支付充值，钱扣了但金币没到账，已经有 140 个投诉了。支付回调日志里是 sign verify failed。"
            "我们昨天按微信通知更换了商户 API 证书。你们代码里需要改哪里？已经失败的订单怎么补单？"
        ),
        "good_answer_en": (
            "Points to where the merchant certificate, API v3 key or platform certificate is configured and "
            "cached, explains why verification fails after rotation, gives the steps to fix it now, and a safe way "
            "to re-process the failed orders (query order status, idempotent crediting) without double credits."
        ),
        "good_answer_zh": (
            "指出商户证书、APIv3 密钥或平台证书的配置和缓存位置，说明换证书后验签失败的原因，给出立即修复的步骤，"
            "以及安全补单的方法（查询订单状态、幂等入账），避免重复到账。"
        ),
    },
    {
        "key": "iap_double_credit",
        "category": "payment",
        "severity": "P2",
        "title_en": "Some Apple in-app purchases credited twice",
        "title_zh": "部分苹果内购重复到账",
        "body_en": (
            "A few dozen iOS users got their coins twice for one purchase this week, which we only found in the "
            "monthly reconciliation. It seems to happen when the app is killed during payment and reopened. How "
            "does the server check Apple receipts against duplicates?"
        ),
        "body_zh": "这周对账发现几十个苹果用户一笔内购到账了两次，好像是支付过程中 App 被杀掉再打开时出现的。服务端是怎么校验苹果票据防止重复入账的？",
        "good_answer_en": (
            "Explains receipt validation and transaction-id de-duplication on the server, identifies the unfinished "
            "transaction being replayed on restart, and proposes the fix (unique key on transaction id, finish "
            "transactions after crediting) plus a query to find affected orders."
        ),
        "good_answer_zh": "说明服务端票据校验和按 transaction_id 去重的逻辑，判断是重启时未完成交易被重放，给出修复方法（交易号唯一键、入账后再 finish）和找出受影响订单的查询。",
    },
    {
        "key": "gift_burst_freeze",
        "category": "payment",
        "severity": "P2",
        "title_en": "Rooms freeze when many big gifts arrive at once",
        "title_zh": "大礼物集中刷屏时直播间卡死",
        "body_en": (
            "When fans send a burst of full-screen gifts (say 20 within a few seconds), the room freezes for viewers "
            "on older phones and sometimes the app crashes. Is there a queue or a limit for gift animations on the "
            "client?"
        ),
        "body_zh": "粉丝几秒内连续送 20 个全屏礼物时，旧手机上直播间会卡住，有时直接闪退。客户端礼物动画有没有排队或限流机制？",
        "good_answer_en": (
            "Describes the gift animation queue, its concurrency and merge rules, where to configure them, memory "
            "handling of SVGA/MP4 resources, and a recommended setting for older devices."
        ),
        "good_answer_zh": "说明礼物动画队列、并发和合并规则及配置位置，SVGA/MP4 资源的内存处理方式，并给出旧机型的推荐设置。",
    },
    {
        "key": "overseas_payment_methods",
        "category": "payment",
        "severity": "P3",
        "title_en": "Adding Google Play billing and local wallets for overseas users",
        "title_zh": "海外版接入谷歌支付和当地钱包",
        "body_en": (
            "For our Southeast Asia launch we need Google Play billing, plus GCash and OVO if possible. Are any of "
            "these already in the code? If not, how is the payment module structured so we can add channels?"
        ),
        "body_zh": "东南亚上线需要接谷歌支付，最好还有 GCash 和 OVO。代码里有现成的吗？没有的话，支付模块是怎么设计的，我们自己加渠道要改哪些地方？",
        "good_answer_en": (
            "States which channels exist, explains the payment channel abstraction (order, callback, crediting), "
            "lists what a new channel needs, and mentions Google Play's policy on digital goods."
        ),
        "good_answer_zh": "说明已有哪些渠道，解释支付渠道的抽象（下单、回调、入账），列出新增渠道需要实现的部分，并提醒谷歌对虚拟商品的政策要求。",
    },
    {
        "key": "host_revenue_split",
        "category": "payment",
        "severity": "P3",
        "title_en": "Changing the host revenue split and withdrawal rules",
        "title_zh": "调整主播分成比例和提现规则",
        "body_en": (
            "We want to raise the host share from 40% to 50% for top hosts only, and allow withdrawals twice a month "
            "instead of once. Where are these rules, and does changing them affect balances already earned?"
        ),
        "body_zh": "我们想把头部主播的分成从 40% 提到 50%，提现从每月一次改成两次。这些规则在哪里配置？改了会不会影响已经产生的收益？",
        "good_answer_en": (
            "Names the settings or tables for split ratios (per host or per tier) and withdrawal cycles, and says "
            "clearly whether past earnings are recalculated."
        ),
        "good_answer_zh": "指出分成比例（按主播或按等级）和提现周期的配置或数据表，并明确说明历史收益会不会被重新计算。",
    },
    # --- instant messaging --------------------------------------------------------------------
    {
        "key": "room_chat_lost_big_rooms",
        "category": "im",
        "severity": "P1",
        "title_en": "Chat messages not delivered in big rooms",
        "title_zh": "大直播间弹幕发不出去",
        "body_en": (
            "Tonight, in rooms with more than about 5,000 viewers, most chat messages and gift banners do not show "
            "up for other viewers. Small rooms are fine. Our biggest host is live right now. The IM server log has "
            "many 'group message rate limit exceeded'. What can we change immediately?"
        ),
        "body_zh": (
            "今晚观众超过 5000 人左右的直播间，大部分弹幕和礼物横幅其他人都看不到，小房间正常。我们最大的主播现在正在播。"
            "IM 服务端日志里很多 group message rate limit exceeded。有什么能马上调整的？"
        ),
        "good_answer_en": (
            "Recognises the group message frequency limit of the IM service or plan, explains priority and "
            "sampling for chat in large rooms, gives the immediate change (raise the limit, prioritise gifts over "
            "chat, sample chat) and where to set it."
        ),
        "good_answer_zh": "能判断是 IM 服务或套餐的群消息频率限制，说明大房间弹幕的优先级和抽样策略，给出立刻能做的调整（提高限额、礼物优先于弹幕、弹幕抽样）及设置位置。",
    },
    {
        "key": "dm_push_android_brands",
        "category": "im",
        "severity": "P2",
        "title_en": "No push notifications for private messages on Huawei and Xiaomi",
        "title_zh": "华为小米收不到私信推送",
        "body_en": (
            "Private messages arrive when the app is open, but users on Huawei and Xiaomi phones get no notification "
            "when it is in the background. Other Android brands and iOS work. Which vendor push channels are "
            "integrated, and what do we need to register?"
        ),
        "body_zh": "App 打开时私信能收到，但华为、小米手机在后台时收不到通知，其他安卓品牌和苹果正常。集成了哪些厂商推送通道？我们需要去注册什么？",
        "good_answer_en": (
            "Lists the integrated vendor push channels, the keys and certificates each needs and where to put them, "
            "and how offline push is triggered from the IM callback."
        ),
        "good_answer_zh": "列出已集成的厂商推送通道、各自需要的密钥或证书及填写位置，并说明离线推送是如何从 IM 回调触发的。",
    },
    {
        "key": "chat_word_filter",
        "category": "im",
        "severity": "P3",
        "title_en": "Sensitive-word filtering and moderation for chat",
        "title_zh": "弹幕敏感词过滤和内容审核",
        "body_en": (
            "How do we maintain the sensitive-word list for chat, and can we plug in a third-party moderation API "
            "for text and images? Is the filtering done on the server or in the app?"
        ),
        "body_zh": "弹幕敏感词库怎么维护？能不能接第三方文本和图片审核接口？过滤是在服务端还是客户端做的？",
        "good_answer_en": "Explains where filtering happens, how the word list is managed, and the hook for external moderation.",
        "good_answer_zh": "说明过滤在哪一端进行、词库如何管理，以及接入外部审核的扩展点。",
    },
    {
        "key": "chat_history_export",
        "category": "im",
        "severity": "P4",
        "title_en": "How long chat history is kept",
        "title_zh": "聊天记录保存多久",
        "body_en": "How long are private chats and room chat kept, and can we export them when a user files a complaint?",
        "body_zh": "私聊和直播间聊天记录保存多久？用户投诉时能不能导出？",
        "good_answer_en": "Gives the retention for each kind, where it is configured, and the export path or API.",
        "good_answer_zh": "分别说明私聊和房间消息的保存时长、配置位置，以及导出方式或接口。",
    },
    # --- deployment and servers --------------------------------------------------------------
    {
        "key": "api_cpu_saturated",
        "category": "deployment",
        "severity": "P1",
        "title_en": "API servers at 100% CPU and 502 errors at 2,000 users",
        "title_zh": "两千人在线时接口服务器 CPU 跑满，大量 502",
        "body_en": (
            "Our launch event started an hour ago. At about 2,000 concurrent users the API servers (2 × 8 cores) "
            "sit at 100% CPU and nginx returns 502 for a third of the requests. MySQL looks calm. The slow log of "
            "the app shows the room list and the user info endpoints. What should we check and change right now?"
        ),
        "body_zh": (
            "我们的上线活动一个小时前开始，在线到 2000 人左右时接口服务器（两台 8 核）CPU 一直 100%，nginx 有三分之一请求返回 502。"
            "MySQL 看着还好。应用慢日志里主要是房间列表和用户信息接口。现在应该查什么、改什么？"
        ),
        "good_answer_en": (
            "Asks for concrete metrics, points at the likely hot paths (room list and user info without caching), "
            "gives immediate relief (enable or extend Redis caching of those endpoints, raise PHP-FPM or worker "
            "limits sensibly, add a server), and offers to join a call or log in remotely now."
        ),
        "good_answer_zh": (
            "索要具体监控数据，指出可能的热点（房间列表、用户信息接口没有缓存），给出立即缓解办法（开启或延长这些接口的 Redis 缓存、"
            "合理调整 PHP-FPM 或工作进程数、临时加机器），并主动提出马上电话或远程协助。"
        ),
    },
    {
        "key": "mysql_too_many_connections",
        "category": "deployment",
        "severity": "P2",
        "title_en": "'Too many connections' since we added a second app server",
        "title_zh": "加了第二台应用服务器后报 Too many connections",
        "body_en": (
            "We added a second application server behind the load balancer last week. Since then MySQL throws 'Too "
            "many connections' at every evening peak. max_connections is 500. Is there a connection pool setting in "
            "your code we should tune, or should we raise the MySQL limit?"
        ),
        "body_zh": "上周在负载均衡后面加了第二台应用服务器，之后每天晚高峰 MySQL 都报 Too many connections，max_connections 是 500。你们代码里有连接池参数要调吗？还是应该调大 MySQL 的上限？",
        "good_answer_en": (
            "Explains how the application holds connections (persistent connections per worker, pool size), gives "
            "the arithmetic for two servers, and the recommended settings on both sides."
        ),
        "good_answer_zh": "说明应用如何占用数据库连接（每个工作进程的长连接、连接池大小），按两台服务器算清楚需要的连接数，并给出两边的推荐配置。",
    },
    {
        "key": "docker_deployment",
        "category": "deployment",
        "severity": "P3",
        "title_en": "Can we deploy with Docker or Kubernetes?",
        "title_zh": "能不能用 Docker 或 K8s 部署",
        "body_en": (
            "Our ops team prefers containers. Is there a Dockerfile or compose file for the server side? Which "
            "services keep state on local disk (uploads, logs, sessions) so we can plan volumes?"
        ),
        "body_zh": "我们运维更习惯容器化部署。服务端有没有现成的 Dockerfile 或 compose 文件？哪些服务会在本地磁盘存状态（上传文件、日志、会话），我们好规划存储卷？",
        "good_answer_en": "Says whether container files exist, lists the stateful parts and how to externalise them.",
        "good_answer_zh": "说明是否有容器化文件，列出有状态的部分以及如何把它们外置。",
    },
    {
        "key": "domain_and_ssl_change",
        "category": "deployment",
        "severity": "P3",
        "title_en": "Changing the API domain and SSL certificate",
        "title_zh": "更换接口域名和 SSL 证书",
        "body_en": (
            "We need to move the API from api.old-brand.example to a new domain and renew the certificate. Old app "
            "versions have the domain built in. How do we switch without breaking users who have not updated?"
        ),
        "body_zh": "接口要从旧品牌域名换到新域名，同时更新证书。老版本 App 里写死了旧域名。怎么切换才不影响没升级的用户？",
        "good_answer_en": (
            "Explains where the domain lives (app config, admin settings, CDN, callback URLs), recommends keeping "
            "the old domain as an alias during a transition, and lists every place to update."
        ),
        "good_answer_zh": "说明域名分布在哪些地方（App 配置、后台设置、CDN、各种回调地址），建议过渡期保留旧域名作为别名，并列出所有需要修改的位置。",
    },
    {
        "key": "sizing_ten_thousand",
        "category": "deployment",
        "severity": "P4",
        "title_en": "Server sizing for 10,000 concurrent viewers",
        "title_zh": "一万人同时在线需要什么配置",
        "body_en": "What server setup do you recommend for 10,000 concurrent viewers spread over about 200 rooms?",
        "body_zh": "如果同时在线一万人，分布在两百个左右的直播间，推荐什么样的服务器配置？",
        "good_answer_en": "Gives a concrete topology and sizes per role, with what scales with viewers versus rooms.",
        "good_answer_zh": "给出具体的部署拓扑和各角色的配置，并说明哪些随观众数增长、哪些随房间数增长。",
    },
    # --- switching CDN or cloud ----------------------------------------------------------------
    {
        "key": "move_cdn_provider",
        "category": "cdn",
        "severity": "P2",
        "title_en": "Moving live streaming to another cloud provider",
        "title_zh": "直播云从一家迁到另一家",
        "body_en": (
            "We plan to move from Tencent Cloud live streaming to Alibaba Cloud for pricing reasons. What has to "
            "change in the code and configuration: push and pull URL signing, callbacks for stream start and end, "
            "recording? Can both run in parallel during the switch?"
        ),
        "body_zh": "出于价格原因，我们打算把直播云从腾讯云换到阿里云。代码和配置要改哪些：推拉流地址鉴权、开播断流回调、录制？切换期间两家能并行吗？",
        "good_answer_en": (
            "Lists each integration point with the provider (URL signing algorithms differ, callback formats, "
            "recording and transcoding templates), says whether the code has a provider abstraction, and outlines a "
            "parallel-run plan."
        ),
        "good_answer_zh": "逐项列出与云厂商对接的地方（鉴权算法不同、回调格式、录制和转码模板），说明代码是否有厂商抽象层，并给出并行切换方案。",
    },
    {
        "key": "pull_url_403",
        "category": "cdn",
        "severity": "P2",
        "title_en": "Pull URLs return 403 after some minutes",
        "title_zh": "拉流地址几分钟后就 403",
        "body_en": (
            "After we turned on URL signing for pulls, viewers who stay in a room longer than about ten minutes get "
            "kicked out with a 403 from the CDN. The expiry we configured is 24 hours. Could the server clock or "
            "the time format be the issue?"
        ),
        "body_zh": "拉流开启防盗链鉴权后，观众在直播间待十分钟左右就会被 CDN 返回 403 踢出来，我们配置的有效期是 24 小时。会不会是服务器时间或者时间格式的问题？",
        "good_answer_en": (
            "Explains how the expiry timestamp is built (hex vs decimal, seconds vs milliseconds, time zone), how "
            "to check server clock drift, and the exact function that signs URLs."
        ),
        "good_answer_zh": "说明过期时间戳是怎么生成的（十六进制还是十进制、秒还是毫秒、时区），如何检查服务器时间偏差，并指出生成鉴权地址的具体函数。",
    },
    {
        "key": "dual_cdn_failover",
        "category": "cdn",
        "severity": "P3",
        "title_en": "Two CDNs with automatic failover",
        "title_zh": "双 CDN 自动切换",
        "body_en": (
            "Can the system be configured with two CDNs so the app switches to the second when the first fails? If "
            "not built in, how much work would it be?"
        ),
        "body_zh": "系统能不能配两家 CDN，一家出问题时 App 自动切到另一家？如果没有现成的，开发量大概多少？",
        "good_answer_en": "States whether multi-CDN is supported and, if not, the design (pull domain list, health check, retry) and an estimate.",
        "good_answer_zh": "说明是否支持多 CDN；不支持的话给出设计思路（拉流域名列表、健康检查、重试）和工作量估算。",
    },
    {
        "key": "regional_pull_domains",
        "category": "cdn",
        "severity": "P3",
        "title_en": "High delay for viewers in Southeast Asia",
        "title_zh": "东南亚观众延迟很高",
        "body_en": (
            "Viewers in Indonesia and Vietnam see 8-10 s delay and frequent buffering while hosts are in Guangzhou. "
            "Does the system support different pull domains by region, or a global acceleration option?"
        ),
        "body_zh": "主播在广州，印尼和越南的观众延迟 8 到 10 秒，还经常缓冲。系统支持按地区使用不同的拉流域名吗？或者有全球加速之类的方案？",
        "good_answer_en": "Explains regional routing options (region-based domains, relay to overseas origin) and what the code supports.",
        "good_answer_zh": "说明分地区调度的方案（按地区分配域名、转推海外源站）以及代码目前支持到什么程度。",
    },
    # --- app-store release ---------------------------------------------------------------------
    {
        "key": "ios_guideline_4_3",
        "category": "app_store",
        "severity": "P1",
        "title_en": "App Store rejected us under Guideline 4.3",
        "title_zh": "苹果审核以 4.3 被拒",
        "body_en": (
            "Our first iOS submission was rejected under Guideline 4.3 (spam) and the launch date is next Monday. "
            "We only changed the logo, colours and name from your demo. Have your other customers run into this, "
            "and what exactly did they change to get through?"
        ),
        "body_zh": "我们第一次提交苹果审核被 4.3 拒了，下周一就要上线。我们只在你们的演示版上改了图标、配色和名字。你们其他客户遇到过吗？他们具体改了什么才过审？",
        "good_answer_en": (
            "Acknowledges 4.3 as a common risk for source-code products, gives concrete changes (UI structure, "
            "features, code and resource fingerprints, metadata), says what help the vendor offers (a re-skinning "
            "service, experience with appeals) and at what cost."
        ),
        "good_answer_zh": "承认 4.3 是源码产品的常见风险，给出具体改法（界面结构、功能差异、代码和资源特征、元数据），说明供应商能提供的帮助（换皮服务、申诉经验）及费用。",
    },
    {
        "key": "android_privacy_rejection",
        "category": "app_store",
        "severity": "P2",
        "title_en": "Android stores reject us for collecting data before consent",
        "title_zh": "安卓应用商店以隐私合规驳回",
        "body_en": (
            "Huawei and Xiaomi app stores rejected the app: their scan says device identifiers are read before the "
            "user accepts the privacy policy. Which SDKs initialise at start-up, and how do we delay them until "
            "consent?"
        ),
        "body_zh": "华为和小米应用商店驳回了，检测报告说用户同意隐私政策之前就读取了设备标识。哪些 SDK 是启动时就初始化的？怎么推迟到用户同意之后？",
        "good_answer_en": (
            "Lists the SDKs initialised in Application start-up, shows how to move their initialisation after "
            "consent, and mentions the privacy policy text and SDK list the stores require."
        ),
        "good_answer_zh": "列出在 Application 启动时初始化的 SDK，说明如何挪到用户同意之后，并提到商店要求的隐私政策内容和第三方 SDK 清单。",
    },
    {
        "key": "rename_bundle",
        "category": "app_store",
        "severity": "P3",
        "title_en": "Changing the package name, app name and icons",
        "title_zh": "修改包名、应用名和图标",
        "body_en": (
            "We need our own package name and bundle ID, app name and icons on both platforms. Which files and "
            "third-party consoles (push, payments, beauty licence, maps) have to be updated along with it?"
        ),
        "body_zh": "两个平台都要改成我们自己的包名/Bundle ID、应用名和图标。除了代码里的文件，还有哪些第三方后台（推送、支付、美颜授权、地图）要一起改？",
        "good_answer_en": "Gives a complete checklist across code and every third-party console bound to the package name.",
        "good_answer_zh": "给出完整清单，涵盖代码和所有与包名绑定的第三方后台。",
    },
    {
        "key": "xcode_build_errors",
        "category": "app_store",
        "severity": "P3",
        "title_en": "Build errors with the latest Xcode",
        "title_zh": "最新版 Xcode 编译报错",
        "body_en": (
            "After updating Xcode, the iOS project no longer builds: 'building for iOS Simulator, but linking in "
            "object file built for iOS' in two of the bundled frameworks. Do you have updated frameworks?"
        ),
        "body_zh": "升级 Xcode 之后 iOS 工程编译不过，有两个自带的 framework 报 building for iOS Simulator, but linking in object file built for iOS。你们有更新过的 framework 吗？",
        "good_answer_en": (
            "Recognises frameworks without simulator slices for the current architecture, provides XCFrameworks "
            "or build settings to work around it, and says when updated binaries ship."
        ),
        "good_answer_zh": "能看出是 framework 缺少对应架构的模拟器切片，提供 XCFramework 或可行的编译设置，并说明更新后的二进制何时提供。",
    },
    # --- upgrades and merges --------------------------------------------------------------------
    {
        "key": "merge_new_release",
        "category": "upgrade",
        "severity": "P2",
        "title_en": "Merging your new version into our customised code",
        "title_zh": "新版本如何合并到我们二次开发过的代码",
        "body_en": (
            "We changed the gift and room modules quite a bit. Your version 3.5 has fixes we need. How do you "
            "recommend merging it without losing our changes? Can you give us a diff against 3.2, which we started "
            "from, and a list of files changed?"
        ),
        "body_zh": "我们对礼物和房间模块改动比较大，你们 3.5 版本里有我们需要的修复。怎么合并才不会丢掉我们的改动？能不能提供相对 3.2（我们基于这个版本开发的）的差异和改动文件清单？",
        "good_answer_en": (
            "Provides or promises a diff or patch set between the versions, a changelog by module, advice on "
            "merging (a vendor branch, cherry-picking fixes), and whether they help with conflicts."
        ),
        "good_answer_zh": "提供或承诺提供两个版本间的差异或补丁、按模块的更新日志，给出合并建议（维护供应商分支、挑选修复提交），并说明是否协助解决冲突。",
    },
    {
        "key": "db_migration_scripts",
        "category": "upgrade",
        "severity": "P3",
        "title_en": "Database changes for the upgrade",
        "title_zh": "升级需要的数据库变更",
        "body_en": (
            "The new version needs database changes. Are there migration scripts from 3.2 to 3.5? How long is the "
            "downtime on a user table with about 3 million rows?"
        ),
        "body_zh": "新版本需要改数据库。有没有从 3.2 到 3.5 的升级脚本？用户表大约 300 万行，停机时间大概多久？",
        "good_answer_en": "Supplies ordered migration scripts, flags long-running changes and how to run them with minimal downtime.",
        "good_answer_zh": "提供按顺序执行的升级脚本，指出耗时较长的变更以及如何尽量减少停机。",
    },
    {
        "key": "changelog_known_issues",
        "category": "upgrade",
        "severity": "P3",
        "title_en": "Detailed changelog and known issues",
        "title_zh": "详细更新日志和已知问题",
        "body_en": "Could you send the detailed changelog of the last two versions and any known issues with them?",
        "body_zh": "能发一下最近两个版本的详细更新日志，以及这两个版本的已知问题吗？",
        "good_answer_en": "Sends a real changelog with fixes and features per module and an honest known-issues list.",
        "good_answer_zh": "发来按模块列出修复和新功能的真实更新日志，以及如实的已知问题清单。",
    },
    {
        "key": "old_app_compatibility",
        "category": "upgrade",
        "severity": "P4",
        "title_en": "Do old app versions keep working after a server upgrade?",
        "title_zh": "服务端升级后老版本 App 还能用吗",
        "body_en": "If we upgrade the server to the new version, will users who have not updated the app keep working?",
        "body_zh": "服务端升级到新版本后，没有更新 App 的用户还能正常使用吗？",
        "good_answer_en": "Explains API versioning or compatibility guarantees and which features need the new app.",
        "good_answer_zh": "说明接口版本管理或兼容性承诺，以及哪些功能必须新版 App 才能用。",
    },
    # --- admin panel ---------------------------------------------------------------------------
    {
        "key": "admin_bruteforce",
        "category": "admin",
        "severity": "P2",
        "title_en": "Someone is trying passwords on our admin panel",
        "title_zh": "后台登录被暴力破解",
        "body_en": (
            "Our logs show thousands of login attempts on the admin panel from many IPs overnight. The admin is at "
            "the default path. How do we add a captcha, an IP allowlist or two-factor login, and change the default "
            "path? Are there default accounts we should disable?"
        ),
        "body_zh": "日志显示昨晚有大量不同 IP 在尝试登录后台，几千次，后台还是默认路径。怎么加验证码、IP 白名单或者双因素登录？默认路径怎么改？有没有需要禁用的默认账号？",
        "good_answer_en": (
            "Takes it seriously: lists default accounts and passwords to change, where to change the admin path, "
            "which protections exist (captcha, lockout, allowlist, 2FA) and how to enable them, and a log check for "
            "successful logins."
        ),
        "good_answer_zh": "认真对待：列出需要修改的默认账号和密码，说明后台路径在哪里改、现有哪些防护（验证码、锁定、白名单、双因素）以及如何开启，并建议检查是否有成功登录记录。",
    },
    {
        "key": "revenue_report_mismatch",
        "category": "admin",
        "severity": "P3",
        "title_en": "Revenue report does not match the payment statements",
        "title_zh": "后台收入报表和支付平台对不上",
        "body_en": (
            "The admin revenue report for October shows about 3% more than our WeChat and Alipay statements. "
            "How is the report calculated: by order time or payment time, and are refunds subtracted?"
        ),
        "body_zh": "后台 10 月的收入报表比微信和支付宝的账单多了 3% 左右。报表是怎么统计的？按下单时间还是支付时间？有没有扣除退款？",
        "good_answer_en": "Explains the report's definitions (time basis, status filter, refunds, time zone) and the query behind it.",
        "good_answer_zh": "说明报表口径（统计时间、订单状态、退款、时区）以及背后的查询逻辑。",
    },
    {
        "key": "operator_role",
        "category": "admin",
        "severity": "P3",
        "title_en": "An operations role without access to finances",
        "title_zh": "建一个看不到财务的运营角色",
        "body_en": (
            "We need an admin role for our operations staff that can ban users and close rooms but cannot see "
            "revenue, withdrawals or payment settings. Is the permission system granular enough for that?"
        ),
        "body_zh": "我们需要给运营人员建一个后台角色：能封禁用户、关闭直播间，但看不到收入、提现和支付配置。权限系统能细到这个程度吗？",
        "good_answer_en": "Explains the permission model (menus vs actions vs data) and how to configure this role, or what is missing.",
        "good_answer_zh": "说明权限模型（菜单、操作、数据权限）以及如何配置这个角色，或者说明哪些还做不到。",
    },
    {
        "key": "moderation_auto_close",
        "category": "admin",
        "severity": "P3",
        "title_en": "Closing rooms automatically when moderation flags them",
        "title_zh": "审核命中后自动关播",
        "body_en": (
            "We send screenshots of live rooms to a third-party moderation service. When it flags a room as "
            "pornographic, we want the room closed automatically and the host warned. Is there an API or a hook in "
            "the admin for that?"
        ),
        "body_zh": "我们把直播间截图送到第三方审核服务。如果判定涉黄，希望自动关播并警告主播。后台有没有这样的接口或扩展点？",
        "good_answer_en": "Points to the moderation callback or close-room API, how to authenticate it, and what the host sees.",
        "good_answer_zh": "指出审核回调或关播接口、调用鉴权方式，以及主播端会看到什么。",
    },
    {
        "key": "user_export_excel",
        "category": "admin",
        "severity": "P4",
        "title_en": "Exporting users with their sign-up channel",
        "title_zh": "导出用户及注册渠道",
        "body_en": "Can we export the user list with each user's sign-up channel and date to Excel from the admin?",
        "body_zh": "后台能不能把用户列表连同注册渠道和注册时间一起导出成 Excel？",
        "good_answer_en": "Says whether the export exists and where; if not, a query or small change to add it.",
        "good_answer_zh": "说明是否有导出功能及位置；没有的话给出查询语句或小改动方案。",
    },
]
