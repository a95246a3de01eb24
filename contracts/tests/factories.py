# ruff: noqa: E501  (contract clauses stay one per line, as written)
from __future__ import annotations

import factory

from contracts.models import Contract, SlaCommitment
from vendors.tests.factories import VendorFactory

SOLID_ZH = """\
第一条 服务内容：乙方通过企业微信技术群、7×24小时热线和工单系统为甲方提供技术支持，包括故障排查、远程协助和代码级问题修复。
第二条 不属于本合同服务范围的情形：甲方自行修改源码导致的问题、甲方服务器及网络故障。
第三条 一级故障：乙方应在三十分钟内响应，4小时内修复；二级故障：2小时内响应，24小时内修复。
第四条 乙方未按约定时限响应或修复的，每次按当月服务费的5%抵扣。
第五条 双方对在合作中知悉的商业秘密承担保密义务。
第六条 因本合同引起的争议，提交上海仲裁委员会仲裁。
第七条 服务期内乙方免费提供缺陷修复和功能升级版本。
第八条 为甲方定制开发的源代码及知识产权归甲方所有。
第九条 费用：源码授权费人民币120,000元，年度技术服务费人民币50,000元，除此之外不收取其他费用。
第十条 本合同期限一年，续费价格上涨不超过10%，任何一方不续约的，应提前30天书面通知。
第十一条 乙方交付服务端、Web、H5、iOS、Android、管理后台及支付模块的完整源代码，无加密、不绑定域名。
第十二条 声网、美颜SDK、短信等第三方服务使用甲方账号，费用由甲方直接向服务商支付，乙方负责对接支持。
第十三条 合同终止时，乙方向甲方移交全部源代码和数据，并将源代码交第三方托管。
第十四条 甲方按验收清单测试，验收合格后签署验收单。
第十五条 乙方协助甲方完成服务器部署、上线及应用商店上架审核。
"""

HOLLOW_ZH = """\
乙方提供技术支持，及时响应甲方问题。
首次购买三个月内免费更新，之后升级费用另行协商。
定制开发的代码归乙方所有。
续费按乙方届时公布的价格执行。
部分核心模块加密交付，授权绑定甲方一个域名。
因任何原因造成的损失，乙方概不负责赔偿。
服务器、短信等其他费用由甲方承担。
"""


class ContractFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contract

    vendor = factory.SubFactory(VendorFactory)
    title = factory.Sequence(lambda n: f"Support agreement {n}")
    status = "signed"


class SlaCommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SlaCommitment

    contract = factory.SubFactory(ContractFactory)
    severity = "P1"
    response_minutes = 30
    fix_minutes = 240
    clock = "calendar"
