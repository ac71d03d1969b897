"""Tables of the language the extractors read: organisation suffixes, post titles, award verbs, programme heads.

Nothing here names a particular body or person: these are the generic words such names are built from.
"""
from __future__ import annotations

from kg.model import EntityType as T

# Organisation heads, longest first where it matters; each with the class it implies.
# Abbreviated heads map to their full form for the canonical name.
ORG_HEADS: dict[str, T] = {}
ABBREVIATIONS: dict[str, str] = {
    "卫健委": "卫生健康委员会",
    "卫生健康委": "卫生健康委员会",
    "卫健局": "卫生健康局",
    "卫计委": "卫生和计划生育委员会",
    "计生协": "计划生育协会",
    "疾控中心": "疾病预防控制中心",
    "疾控局": "疾病预防控制局",
    "文明委": "精神文明建设委员会",
    "文明办": "精神文明建设办公室",
    "医保局": "医疗保障局",
    "人社局": "人力资源和社会保障局",
    "住建局": "住房和城乡建设局",
    "市场监管局": "市场监督管理局",
    "发改委": "发展和改革委员会",
    "住建委": "住房和城乡建设委员会",
    "教委": "教育委员会",
    "经信委": "经济和信息化委员会",
    "网信办": "网络安全和信息化委员会办公室",
    "应急局": "应急管理局",
    "编办": "机构编制委员会办公室",
    "人力资源社会保障": "人力资源和社会保障",
    "新闻办": "新闻办公室",
    "林草局": "林业和草原局",
    "药监局": "药品监督管理局",
    "人社部": "人力资源和社会保障部",
    "工信部": "工业和信息化部",
    "住建部": "住房和城乡建设部",
}

_GOV = """卫生健康委员会 卫生和计划生育委员会 卫生健康委 卫健委 卫计委 卫生健康局 卫健局 卫生局
 精神文明建设委员会 精神文明建设办公室 文明委 文明办 委员会 人民政府 特区政府 政府 市政府 县政府 区政府 省政府 自治区政府 办公厅 办公室 卫生厅 卫生健康厅 教育厅 执法大队 执法队 执法局 执法支队 监督所 卫生监督所
 住房和城乡建设委员会 住建委 建委 教委 经信委 网信办 应急管理局 应急局 医疗保障局 医保局 人力资源和社会保障局 人社局 住房和城乡建设局 住建局 市场监督管理局 市场监管局 发展和改革委员会 发改委
 政治协商会议 人民法院 法院 人民检察院 检察院 最高人民法院 最高人民检察院 全国人大 全国政协 中央军委 人大常委会 常委会 人大 政协 军委 民政局 财政局 教育局 公安局 税务局 大数据管理局 扶贫办 乡村振兴局 疾病预防控制局 疾控局 中医药管理局 药品监督管理局 统计局
 组织部 宣传部 统战部 纪委 监委 纪委监委 政法委 防控办 指挥部 国务院 卫生部 中央银行 央行 编办 林草局 部 厅 局 委 办""".split()
_MED = """人民医院 中医医院 中医院 中西医结合医院 妇幼保健院 妇幼保健计划生育服务中心 妇幼保健中心 妇幼保健站 妇幼保健所 中心卫生院 卫生院
 乡镇卫生院 卫生服务中心 社区卫生服务中心 社区卫生服务站 卫生室 卫生所 疾病预防控制中心 疾病控制和预防中心 疾病控制与预防中心 疾病控制中心 疾控中心 中心血站 血站 急救中心 急救指挥中心
 医疗中心 医学中心 精神卫生中心 肿瘤医院 儿童医院 妇产医院 口腔医院 眼科医院 传染病医院 骨科医院 医院 医科大学 卫生学校
 医学院 保健院 康复中心 体检中心 检验中心 医共体 医联体""".split()
_PARTY = """党总支部委员会 党支部委员会 总支部委员会 支部委员会 临时党支部 共青团中央 团中央 共产党中央 共产党 中共中央 党中央 中央政治局 政治局 中央书记处 书记处 中央委员会 州委 党委 党组 党支部 党总支 党工委 机关党委 党组织 团委 团支部 团总支 团工委 总支 支部 市委 县委 区委 省委 镇党委 乡党委""".split()
_ORG = """卫生组织 组织部门 幼儿园 小学 中学 日报社 报社 杂志社 计划生育协会 计生协 协会 学会 基金会 联合会 研究院 研究所 研究中心 大学 学院 学校 公司 集团 红十字会 总工会 工会 妇联 团市委 中心 联谊会 促进会 研究会 联盟 合作社 专业合作社 志愿服务队 志愿者服务队 家庭医生团队""".split()

for _words, _t in ((_ORG, T.ORGANIZATION), (_GOV, T.GOVERNMENT_AGENCY), (_MED, T.MEDICAL_INSTITUTION),
                   (_PARTY, T.PARTY_ORGANIZATION)):
    for _w in _words:
        ORG_HEADS[_w] = _t

# National-news heads: a Party-government-military corps, coordination mechanisms and task forces, 署;
# international councils and relief societies.
for _w in "街道办事处 街道办 气象台 气象局 海关 生产建设兵团 兵团 联防联控机制 领导小组 工作领导小组 工作专班 署 分局 派出所 支队 大队 总队 检查站".split():
    ORG_HEADS.setdefault(_w, T.GOVERNMENT_AGENCY)
for _w in "理事会 红新月会 商会 青联 学联 侨联 文联 残联 科协 福利院 养老院 敬老院 居委会 村委会".split():
    ORG_HEADS.setdefault(_w, T.ORGANIZATION)
for _w in "市立医院 县立医院".split():
    ORG_HEADS.setdefault(_w, T.MEDICAL_INSTITUTION)
for _w in "博物院 文工团 歌舞团 艺术团 执行委员会".split():    # cultural bodies; an association's executive
    ORG_HEADS.setdefault(_w, T.ORGANIZATION)
for _w in "爱国卫生运动委员会 爱国卫生运动委员会办公室 爱卫会 爱卫办 全国爱卫会 全国爱卫办".split():
    ORG_HEADS.setdefault(_w, T.GOVERNMENT_AGENCY)
ABBREVIATIONS.update({"爱卫会": "爱国卫生运动委员会", "爱卫办": "爱国卫生运动委员会办公室"})
for _w in "人民银行".split():
    ORG_HEADS.setdefault(_w, T.GOVERNMENT_AGENCY)
# banks, archives, army units and retreats for veteran cadres: bodies beyond health that health news names
for _w in "银行 档案馆 图书馆 乐团 交响乐团 工作队 扶贫工作队 广播电视总台 合作总社".split():
    ORG_HEADS.setdefault(_w, T.ORGANIZATION)
# railway depots, power plants, laboratories, museums, prisons, legislatures, police, prefectural Party committees,
# prevention institutes: bodies the health news names at work
for _t, _words in ((T.ORGANIZATION, "车辆段 机务段 工务段 电务段 发电厂 电厂 实验室 重点实验室 博物馆 纪念馆 美术馆"),
                   (T.GOVERNMENT_AGENCY, "管委会 管理委员会 边检总站 边检站 监狱 看守所 戒毒所 立法会 区议会 议会 警方"),
                   (T.PARTY_ORGANIZATION, "地委 地区党委"),
                   (T.MEDICAL_INSTITUTION, "防治院 防治所 防治站")):
    for _w in _words.split():
        ORG_HEADS.setdefault(_w, _t)
# medical and rescue teams a province, a hospital or the state sends (某省援鄂医疗队, 国家紧急医学救援队)
TEAM_HEADS = tuple("医疗队 救援队 支援队 突击队 检测队 医疗救治队 医学救援队".split())
for _w in TEAM_HEADS:
    ORG_HEADS.setdefault(_w, T.ORGANIZATION)
for _w in "集团军 军分区 军区 战区 干休所 休养所 海事处 海事局".split():
    ORG_HEADS.setdefault(_w, T.GOVERNMENT_AGENCY)
# fire and rescue posts, embassies and consulates: state bodies beyond health that health news names
for _w in "消防救援站 消防救援支队 消防救援大队 消防站 大使馆 总领事馆 领事馆 使馆".split():
    ORG_HEADS.setdefault(_w, T.GOVERNMENT_AGENCY)
ABBREVIATIONS.update({"发展改革委": "发展和改革委员会", "发展改革委员会": "发展和改革委员会", "监管总局": "监督管理总局"})
# kinds of health body a text may name bare (卫生健康委, 疾控中心): which one is meant, the context tells
KINDS_NAMED_BARE = frozenset("""卫生健康委员会 卫生健康委 卫健委 卫生健康局 卫健局 疾病预防控制中心 疾控中心 疾病预防控制局 疾控局
 医疗保障局 医保局 发展和改革委员会 发改委 发展改革委 市场监督管理局 市场监管局 卫生监督所 监督所 妇幼保健院 中医院 执法大队 综合执法大队""".split())

# The fields a ministry, or a city's or county's bureau, is named by (某某部, 某市某某局)
BODY_FIELDS = frozenset("""司法 民政 教育 财政 公安 卫生 卫生健康 人力资源和社会保障 人力资源社会保障 人社 住房和城乡建设 住房城乡建设 住建 交通运输 交通 水利
 农业农村 农业 商务 文化和旅游 文旅 文化广电旅游 审计 统计 市场监督管理 市场监管 医疗保障 医保 应急管理 应急 自然资源 自然资源和规划
 生态环境 林业 林业和草原 体育 退役军人事务 信访 城市管理 城管 行政审批 大数据 数据 乡村振兴 扶贫 国土资源 环境保护 环保 粮食和物资储备
 粮食 档案 人防 民族宗教事务 民族宗教 科学技术 科技 工业和信息化 工信 发展和改革 发改 教育体育 疾病预防控制 疾控""".split())

# Words that organisation names are built from, which jieba would otherwise cut apart (卫生/an 健康/a).
NAME_PARTS = ("卫生健康", "综合行政执法", "疾病预防控制", "妇幼保健", "医疗保障", "精神文明建设")

# Heads that name one national body on their own, with no qualifier before them.
SELF_STANDING = frozenset("全国爱卫会 全国爱卫办 共青团中央 团中央 央行 中央银行 市委 县委 区委 省委 州委 市政府 县政府 区政府 省政府 自治区政府 自治区党委 国务院 中共中央 党中央 中央军委 中央政治局 中央书记处 全国人大 全国政协 最高人民法院 最高人民检察院".split())

# Units inside an institution: a name ending so is a unit of the organisation it follows.
UNIT_HEADS: dict[str, T] = {h: T.ORGANIZATION for h in
                            "科 组 股 中队 班组 工作组 病区 门诊部 门诊".split()}
UNIT_HEADS["司"] = T.GOVERNMENT_AGENCY     # a ministry's department
UNIT_HEADS.update({h: T.GOVERNMENT_AGENCY for h in ("支队", "大队")})     # a police bureau's 禁毒/v 支队
UNIT_HEADS["分院"] = T.MEDICAL_INSTITUTION  # a hospital's branch
UNIT_HEADS["分会"] = T.ORGANIZATION         # an association's branch (某协会某地分会)
UNIT_HEADS["专业委员会"] = T.ORGANIZATION   # a society's specialty committee (某医学会儿科专业委员会)
# a hospital's departments named 部 (护理部, 医务部): units, not ministries
UNIT_HEADS.update({h: T.ORGANIZATION for h in "护理部 医务部 药学部 药剂部 医学部 住院部 护理单元".split()})
# a hospital's campuses: 某医院光谷院区, 某医院东院 (the compass ones only right after 医院)
CAMPUS_HEADS = frozenset("东院 西院 南院 北院 东院区 西院区 南院区 北院区".split())
UNIT_HEADS.update({h: T.MEDICAL_INSTITUTION for h in CAMPUS_HEADS | {"院区"}})
UNIT_HEADS.update({h: T.PARTY_ORGANIZATION for h in "党支部 党总支 党委 团委 团支部 党小组 支部".split()})

# Heads too generic to stand alone: they make an organisation only with a qualifying name before them.
WEAK_HEADS = frozenset("办 部 厅 局 委 中心 组 室 科 股 处 部 办公室 委员会 支部 总支 学校 公司 医院 卫生院 政府 门诊 小组 工作组 中队".split())

# Words that never begin an organisation name (verbs, function words, quantifiers); a span is cut after them.
NOT_IN_NAME = frozenset("""组织协调 协调 的 了 在 于 和 与 及 以及 或 对 向 为 被 由 把 将 从 自 是 有 等 各 全 该 本 其 我 我们 这 那 此 每 所属
 所有 原 新 老 各级 全体 多个 个 家 所 名 位 次 项 年 月 日 及其 以 并 并且 还 也 都 均 已 正 先后 分别 组织 开展 完成 新建 建设
 推进 成立 召开 举办 参加 参与 推动 实施 落实 深化 加强 创建 获得 获评 荣获 评为 授予 确定 成为 作为 联合 会同 带领 指导 督导
 提供 内设 下设 设有 开设 增设 开通 开放 交由 转由 移交 组成 组建 抽调 进驻 责令 约谈 委托 批复 以来 之后 以后 以前 之前 期间
 高度评价 评价 感谢 称赞 投身 抗议 谴责 民众 缅怀 深切缅怀 悼念 走进 结合
 援引 报道 称 据悉 会见 会谈 会晤 接见 看望 慰问 考察 视察 调研 智库 出席 致电 致信 致函 通话 拜会 陪同 率领 记 派 派出 派驻 组建 重新 设置 设立 利用 省份 同志 现任 担任 兼任 原任 曾任 出任 调任 升任 任命 免去 聘任 经 据 受 随 跟 给 让 使 令 请 因 由于 到 去 来 入 进 赴 前往 走进 深入 支援 增援 协助 帮助 帮扶 依托 通过 围绕 联系 挂点 下辖 所在 共 同 同时 其中 包括 涌现 涌现出 选派 选送 委派 指派 喜报 启动 现有 首任 时任 前任 历任 继任 落户 落地 入驻 签约 亮相 揭牌 挂牌""".split())

# Post titles, longest first when matching. Compound posts are split on 、 and 兼.
ROLES = sorted(set("""党委书记 党委副书记 党组书记 党组副书记 党总支书记 党支部书记 支部书记 总支书记 书记 副书记 党委委员 党组成员
 主任 副主任 常务副主任 局长 副局长 院长 副院长 常务副院长 执行院长 站长 副站长 所长 副所长 科长 副科长 股长 副股长 处长 副处长
 队长 副队长 大队长 副大队长 组长 副组长 干事 委员 主席 副主席 部长 副部长 厅长 副厅长 主任委员 副主任委员 秘书长 副秘书长
 理事长 副理事长 会长 副会长 董事长 总经理 副总经理 经理 副经理 总监 副总监 总领队 领队 护士长 总护士长 主任医师 副主任医师 主治医师 医师 医生 护士 院士
 首席专家 学科带头人 总干事 副总干事 干事长 党支部委员 纪委书记 纪检书记 纪委副书记 监察专员 宣传委员 组织委员 团委书记 团委副书记 团支部书记
 省长 副省长 市长 副市长 县长 副县长 区长 副区长 镇长 副镇长 乡长 副乡长 主任科员 调研员 一级调研员 二级调研员 三级调研员 四级调研员
 一级主任科员 二级主任科员 三级主任科员 四级主任科员 一级巡视员 二级巡视员
 总会计师 总工程师 总经济师 总药师 办公室主任 负责人 主要负责人 分管负责人 总理 副总理 国务委员 委员长 副委员长
 总书记 常委 政治局委员 政治局常委 书记处书记 审计长 行长 副行长 检察长 副检察长 大使 总领事 发言人 新闻发言人 司长 副司长
 署长 副署长 首席经济学家 首席科学家 首席执行官 飞行员 队员 辅警 消防员 村医 乡村医生 网格员 离休干部
 首席研究员 警长 一级警长 二级警长 民警 名誉会长 名誉主席 主任护师 副主任护师 主管护师 护师 巡视员 副巡视员 党组成员 联席主席 教导员 副教导员 政委 政治委员 指导员 院士 教授 副教授 校长 副校长 研究员 副研究员 团长 副团长 驻村第一书记 第一书记 村支书 村主任 主任医师 党委常委 常务副县长 常务副市长 常务副省长
 教师 讲师 终身教授 特聘教授 主治医生 总设计师 副总设计师 总指挥 副总指挥
 全国主席 党首 荣誉教授 名誉教授 客座教授 讲席教授 名誉院长 荣誉院长 名誉所长 名誉理事长
 议员 议长 副议长 社长 副社长 特别报告员 盟长 副盟长 高级工程师 正高级工程师 主管医师 指挥长 副指挥长 馆长 副馆长 行政长官 中方组长 外方组长
 总院长 副总院长 执行总院长 纪检委员 支部委员 青年委员 执法队员 全科医生 全科医师
 执法员 监督员 卫生监督员 科员 药师 主管药师 检验师""".split()), key=len, reverse=True)
ROLE_SET = frozenset(ROLES)
# posts that exist in one national body only, so the post names the body (国务委员某某: 国务院; 某某总书记: 中共中央
# unless the article shows the post held in another body: the pipeline's _OTHER_HOLDER), with the body's class
POST_OF_ONE_BODY: dict[str, tuple[str, T]] = {"国务委员": ("国务院", T.GOVERNMENT_AGENCY),
                                              "总书记": ("中共中央", T.PARTY_ORGANIZATION),
                                              "委员长": ("全国人大常委会", T.GOVERNMENT_AGENCY),
                                              "副委员长": ("全国人大常委会", T.GOVERNMENT_AGENCY)}

# The kind of body a post is held in, by the endings of the body's name: a bare post (院长某某) is read as a
# post in the body of that kind named just before.
POST_BODIES: dict[str, tuple[str, ...]] = {
    "院长": ("院",), "局长": ("局",), "站长": ("站",), "所长": ("所",), "队长": ("队",), "科长": ("科",),
    "支部书记": ("支部",), "党支部书记": ("支部",), "总支书记": ("总支",), "部长": ("部",), "厅长": ("厅",),
    "主任": ("委员会", "委", "中心", "办公室", "办", "科", "室"), "党委书记": ("院", "局", "委员会", "委", "中心"),
    "护士长": ("病区", "门诊", "科", "院"), "队员": ("队",), "领队": ("队",), "总领队": ("队",),
    "大队长": ("大队",), "支队长": ("支队",), "中队长": ("中队",), "教导员": ("大队", "支队", "中队"),
    "党组成员": ("局", "委员会", "委"), "党组书记": ("局", "委员会", "委"), "党组副书记": ("局", "委员会", "委"),
    "科主任": ("科",), "科室主任": ("科",), "科副主任": ("科",), "科室副主任": ("科",),
    "执法队员": ("队",), "执法员": ("队",), "监督员": ("队", "所"), "卫生监督员": ("队", "所"), "会长": ("协会", "计生协", "学会", "商会"), "秘书长": ("协会", "计生协", "学会", "商会"),
}

# Verbs that follow a person's name in reported speech or action: evidence that a span is a person.
SPEECH_VERBS = tuple("""表示 介绍 说 坦言 指出 强调 认为 提出 谈到 告诉 透露 说道 讲述 称 回忆 感慨 补充 解释 建议 要求 说明
 觉得 感到 坚信 深知 希望 告诫 嘱咐 笑着说
 主持 出席 参加 带领 带队 率队 看望 慰问 调研 检查 宣讲 讲授 讲解 分享 立即 迅速 主动 组成 获得 荣获 获评 荣立 陪同 发言 被""".split())

# Award patterns: verbs that introduce an honour after the recipient (and optionally the conferrer).
AWARD_AFTER_SUBJECT = ("获评", "荣获", "获得", "喜获", "荣膺", "当选", "入选", "荣立", "获颁", "获授", "夺得", "摘得", "斩获", "荣登", "获")
PASSIVE_AWARD = ("评为", "授予", "命名为", "表彰为", "表扬为", "认定为", "确定为", "列为", "评选为", "选为")
# Words an honour title typically ends with.
HONOUR_HEADS = tuple(sorted(set("""标兵 模范 先进集体 先进个人 先进单位 先进工作者 先进 集体 个人 单位 称号 奖章 奖状 奖 红旗手 红旗团委
 红旗团支部 红旗集体 示范单位 示范点 示范区 示范岗 文明单位 文明机关 文明窗口 好青年 好人 能手 明星 之星 荣誉 标杆 团队
 基层党组织 共产党员 党务工作者 机构 班组 岗 示范医院 项目点 带头人 工作者 楷模 英雄 尖兵 巾帼建功集体 卫生县城 卫生城市
 机关 典型 冠军 亚军 季军 第一名 第二名 第三名 先锋号 文明号 一等奖 二等奖 三等奖 金奖 银奖 铜奖 优秀奖 一等功 二等功 三等功 勋章 重点专科 特色专科 重点学科 示范中医馆""".split()), key=len, reverse=True))
# Phrases that mark an aim, not an award (创建…为目标, 争创…).
AIM_MARKERS = ("为目标", "争创", "创建", "力争", "争取", "努力", "积极创建", "申报", "迎接", "冲刺")

# Programme heads: a quoted name followed by one of these, or an unquoted name ending so.
PROGRAM_HEADS = tuple(sorted(set("""活动 实践活动 主题活动 主题党日活动 系列活动 专项行动 行动 工程 项目 计划 教育 学习教育 主题教育
 专题教育 运动 服务 品牌 建设 试点 实施方案 工作方案 行动计划 三年行动 提升年 攻坚年 活动年 年活动 宣讲 培训 竞赛 比赛
 志愿服务 大讲堂 义诊 计划项目 改革 改革项目 示范点 创建活动 创建工作 创建 宣传周 宣传月 活动周 活动月 免费筛查 筛查 免费接种 普法宣传 健康管理
 专项整治 专项治理 集中整治 监督抽查""".split()), key=len, reverse=True))
# Verbs that introduce a programme an organisation runs.
PROGRAM_VERBS = tuple("""开展 推进 推动 实施 落实 深化 启动 组织 举办 参与 参加 承担 打造 践行 持续开展 深入开展 扎实开展 积极开展
 大力开展 全面开展 深入推进 扎实推进 持续推进 全面推进 加快推进 全面实施 组织开展 推开 全面推开 抓实 做实 做好 抓好 巩固 出台 制定""".split())

# Unquoted programme names: a short noun phrase ending in one of these, after a programme verb.
UNQUOTED_PROGRAM_TAILS = ("学习教育", "签约服务", "卫生运动", "主题教育", "专项行动", "专项整治行动", "民生工程",
                          "公共卫生服务项目", "公共卫生服务")

# Administrative levels by suffix.
ADMIN_SUFFIX_LEVEL = (("自治州", "city"), ("自治县", "county"), ("自治区", "province"), ("特别行政区", "province"),
                      ("省", "province"), ("市", "city"), ("地区", "city"), ("盟", "city"), ("州", "city"),
                      ("县", "county"), ("区", "district"), ("旗", "county"), ("镇", "town"), ("乡", "town"),
                      ("街道", "town"), ("村", "village"), ("社区", "community"))

# Lines that are captions or credits rather than article text.
CREDIT_PREFIXES = ("图片由", "图片来源", "来源：", "来源:", "责任编辑", "编辑：", "编辑:", "审核", "供图", "摄影")
