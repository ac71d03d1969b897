"""Organisations as national news names them: corps, mechanisms, ministries, names holding 和, international
bodies, police units; and counted or generic heads that name no body. Sentences written for these tests,
with invented bodies."""
from __future__ import annotations

import pytest

from kg.extract.orgs import find_orgs
from kg.model import EntityType as T
from kg.segment import tokenize

GA, MI, ORG = T.GOVERNMENT_AGENCY, T.MEDICAL_INSTITUTION, T.ORGANIZATION


def orgs_of(text):
    return [(o.text, o.type) for o in find_orgs(text, tokenize(text))]


@pytest.mark.parametrize("text, expected", [
    # 1. a production-and-construction corps after its place
    ("31个省（自治区、直辖市）和青川生产建设兵团报告新增病例", [("青川生产建设兵团", GA)]),
    ("青川兵团卫健委发布通知", [("青川兵团卫健委", GA)]),
    ("兵团战士发扬传统", []),
    ("建设兵团精神代代相传", []),
    # 2. a mechanism or task force after a government body is the body named
    ("江南省政府联防联控机制今天印发方案", [("江南省政府联防联控机制", GA)]),
    ("江南省政府联防联控机制新闻发布会介绍情况", [("江南省政府联防联控机制", GA)]),
    ("市疫情防控领导小组召开会议", [("市疫情防控领导小组", GA)]),
    ("建立健全长效机制", []),
    ("市卫健委牵头机制运转良好", [("市卫健委", GA)]),
    ("成立了疫情防控领导小组", []),
    # a task force named by its task, verbs included, from a national word or a place up to its head
    ("国务院总理、中央应对某某病毒感染疫情工作领导小组组长陈某主持会议",
     [("国务院", GA), ("中央应对某某病毒感染疫情工作领导小组", GA)]),
    ("国务院海岛开发领导小组召开会议", [("国务院海岛开发领导小组", GA)]),
    ("国务院指导组成员介绍情况", [("国务院指导组", GA)]),
    ("组长陈某主持召开领导小组会议", []),
    # 组织 after a place or a body and before a count or a verb is the verb; 党委政府 names two bodies at once;
    # a 副中心 is a district
    ("江岭市组织20余万干部开展排查", []),
    ("苏州市卫生健康委组织开展义诊", [("苏州市卫生健康委", GA)]),
    ("面对疫情，江岭党委政府靠前指挥", []),
    ("江岭城市副中心建设扎实推进", []),
    # fire posts, embassies (驻 between two places is inside the name), chambers of commerce
    ("青川市消防救援站的消防员赶到现场", [("青川市消防救援站", GA)]),
    ("中国驻瑙鲁大使馆今天表示", [("中国驻瑙鲁大使馆", GA)]),
    ("南京苏州企业商会捐赠物资", [("南京苏州企业商会", ORG)]),
    # bare institution heads listed after a body named by its county are that county's; not a head inside a post
    ("完成县中医院、精神卫生中心、疾控中心等建设项目", [("县中医院", MI), ("县精神卫生中心", MI), ("县疾控中心", MI)]),
    ("县人民医院、疾控中心主任参加会议", [("县人民医院", MI)]),
    # the bodies of a system of levels are a kind (省市县乡村五级…中心), not one body; a surname and its given name
    # the tagger reads as a place before a post are no abbreviated body
    ("已建成省市县乡村五级公共法律服务中心约57万个", []),
    ("中央和国家机关各部委认真落实指示精神", []),
    ("今年要开好局、起好步", []),
    # a ministry opening its clause before 与 another body or 调集; a city's 市立医院
    ("近日，山川事务部与全国青松联积极鼓励民营企业", [("山川事务部", GA)]),
    ("干部与群众一起劳动", []),
    ("台州市立医院收治病人", [("台州市立医院", MI)]),
    ("中央指导组代表党中央看望医务人员", [("中央指导组", ORG), ("党中央", T.PARTY_ORGANIZATION)]),
    # a kind of body named bare in a list is a span (whose it is, the pipeline tells); a province's hospitals
    # are none; an association of hospitals is no hospital's unit
    ("会上，渔业部、卫生健康委和青川市负责人发言", [("渔业部", GA), ("卫生健康委", GA)]),
    ("为湖北医院赶制消毒设备", []),
    ("湖北省医院协会召开年会", [("湖北省医院协会", ORG)]),
    ("全国爱卫办、渔业林木部等部门介绍", [("全国爱卫办", GA), ("渔业林木部", GA)]),
    ("在柯德塞总干事带领下，工作顺利", []),
    # a police bureau's units named by a verb (禁毒/v 支队); a verb or a think tank opens no name
    ("青川市公安局禁毒支队民警赶到现场", [("青川市公安局禁毒支队", GA)]),
    ("主席在青川调研兵团工作", []),
    ("某国智库青川发展委员会发布报告", [("青川发展委员会", GA)]),
    # a hospital's campuses are its units; a hospital named after a society is no unit of it
    ("转入青川大学人民医院东院区继续治疗", [("青川大学人民医院东院区", MI)]),
    ("青川医院光谷院区的病区已经清零", [("青川医院光谷院区", MI)]),
    ("山川东院士工作站成立", []),
    ("队员进驻青川市红十字会医院", [("青川市红十字会医院", MI)]),
    # a province's department whose field word and head the cut keeps as one noun; not a hall
    ("四川省公安厅发布通知", [("四川省公安厅", GA)]),
    ("四川省会议厅装修一新", []),
    # a ministry the cut tags as a plain noun, opening a clause before 要求; a task force after 落实
    ("公安部要求，要全力配合做好疫情监测", [("公安部", GA)]),
    ("俱乐部要求球员遵守规定", []),
    ("落实中央应对某某疫情工作领导小组部署要求", [("中央应对某某疫情工作领导小组", GA)]),
    # divisions listed by their full names before a government body each have one (real places: the gazetteer's)
    ("会议由河北省、山西省、陕西省人民政府联合主办",
     [("河北省人民政府", GA), ("山西省人民政府", GA), ("陕西省人民政府", GA)]),
    ("湖北省和武汉市卫生健康委员会派出工作组", [("湖北省卫生健康委员会", GA), ("武汉市卫生健康委员会", GA)]),
    ("来自河北省的专家和陕西省人民政府的干部", [("陕西省人民政府", GA)]),
    ("检查组走访了山西省、陕西省人民医院", [("陕西省人民医院", MI)]),
    # national people's bodies known by their short names; grassroots and welfare bodies
    ("今天，全国文联表彰优秀作品", [("全国文联", ORG)]),
    ("她生前是青川市石桥镇福利院院长", [("青川市石桥镇福利院", ORG)]),
    # a ministry opening its clause before 下发 (the cut glues 部下) or after 根据
    ("渔业林木部下发通知", [("渔业林木部", GA)]),
    ("根据山川资源部部署，消防部门发布公告", [("山川资源部", GA)]),
    # a place's hospitals of a kind; a field hospital named by its district is one hospital
    ("南京市定点医院已增加到12家", []),
    ("黄陂方舱医院今天休舱", [("黄陂方舱医院", MI)]),
    ("江南省人民银行今天发布通知", [("江南省人民银行", GA)]),
    # a university's hospital by its abbreviated number; a field hospital named after its venue; 一 is "a"
    ("江南大学青松三医院今天开诊", [("江南大学青松三医院", MI)]),
    ("江南省体育中心方舱医院今天开舱", [("江南省体育中心方舱医院", MI)]),
    ("某国一医院发生火灾", []),
    # a ministry before 有关负责人; the centre of a city, a verb 抽组, a provincial capital's hospitals: no body
    ("渔业林木部有关负责人介绍了情况", [("渔业林木部", GA)]),
    ("青川市中心城区农贸市场正常营业", []),
    ("青川市人民医院抽组50人赶赴灾区", [("青川市人民医院", MI)]),
    ("这些手术曾经只能在省城医院做", []),
    ("中央向江南派出指导组", []),
    # 3. a ministry-like head after field words, confirmed by its post or by a list of bodies
    ("受国务院委托，渔业林木部副部长陈某作了说明", [("国务院", GA), ("渔业林木部", GA)]),
    ("会议听取了海洋资源部部长黄某作的报告", [("海洋资源部", GA)]),
    ("水利审计署审计长赵某作了报告", [("水利审计署", GA)]),
    ("国家卫生健康委、国家能源规划委联合命名", [("国家卫生健康委", GA), ("国家能源规划委", GA)]),
    ("国家卫生健康委、渔业部、林木部联合印发", [("国家卫生健康委", GA), ("渔业部", GA), ("林木部", GA)]),
    ("按照党中央、国务院部署，科学防控", [("党中央", T.PARTY_ORGANIZATION), ("国务院", GA)]),
    ("做好部署，各部部长到会", []),
    ("王某局长表示", []),
    # a one-character head inside a common word, unconfirmed by a post, is no body
    ("服务国家发展大局", []),
    ("按照党中央、国务院决策部署，做好工作", [("党中央", T.PARTY_ORGANIZATION), ("国务院", GA)]),
    # a bare country or world word before a kind of body, and the tagger's 党和政府, name no body
    ("美国公司宣布裁员", []),
    ("国际协会主席表示", []),
    ("中国党和政府高度重视", []),
    ("巴伦西亚政府宣布", [("巴伦西亚政府", GA)]),
    # an ordinal or a count opening the name, a reporting verb before it
    ("江南医院是全市建设的第二家专门医院", [("江南医院", MI)]),
    ("据巴伦西亚媒体援引巴伦西亚疾控中心数据报道", [("巴伦西亚疾控中心", MI)]),
    # a visit's verb (会见, 看望) ends the name before the body met
    ("王某会见南洋共产党中央总书记", [("南洋共产党中央", T.PARTY_ORGANIZATION)]),
    ("他在干部大局中", []),
    # 4. 和 inside a name, between two nouns; two bodies stay two
    ("全国人大环境和资源委员会副主任委员李某", [("全国人大环境和资源委员会", GA)]),
    ("西班牙科学和文化部举办活动", [("西班牙科学和文化部", GA)]),
    ("国家卫健委和国家医保局发布通知", [("国家卫健委", GA), ("国家医保局", GA)]),
    ("上海和北京卫健委", [("北京卫健委", GA)]),
    # 5. international bodies and foreign ministries
    ("世界营养组织总干事某某表示", [("世界营养组织", ORG)]),
    ("联合国海洋理事会通过决议", [("联合国海洋理事会", ORG)]),
    ("联合国人口大会主席某某致函", [("联合国人口大会", ORG)]),
    ("芬兰红新月会说", [("芬兰红新月会", ORG)]),
    ("芬兰渔业部发布数据", [("芬兰渔业部", GA)]),
    ("国际组织和各国共同努力", []),
    ("市卫健委组织开展义诊", [("市卫健委", GA)]),
    ("首届中国标准化大会今天开幕", []),
    ("构建人类卫生健康共同体", []),
    # 6. a count or a kind of hospital names a category, not a body
    ("3家国家儿童医学中心帮扶医疗机构", []),
    ("建设上百个国家区域医疗中心", []),
    ("利用野战方舱医院救治伤员", []),
    ("湖州市第三中心医院派出专家", [("湖州市第三中心医院", MI)]),
    # 7. police units continue the chain after a public security bureau
    ("张某是湖州市公安局南浔分局的一名社区民警", [("湖州市公安局南浔分局", GA)]),
    ("湖州市公安局南浔分局双林派出所民警", [("湖州市公安局南浔分局双林派出所", GA)]),
    ("武警湖州支队官兵赶到现场", [("武警湖州支队", GA)]),
    ("交警大队民警执勤", []),
])
def test_news_organisations(text, expected):
    assert orgs_of(text) == expected


def test_mechanism_is_not_a_unit_of_its_qualifier():
    text = "江南省政府联防联控机制今天印发方案"
    (o,) = find_orgs(text, tokenize(text))
    assert o.parent_end is None


def test_police_unit_knows_its_parent():
    text = "湖州市公安局南浔分局双林派出所民警"
    (o,) = find_orgs(text, tokenize(text))
    assert text[:o.parent_end] == "湖州市公安局南浔分局"


@pytest.mark.parametrize("text, expected", [
    # an international body is no government's agency, whatever its head says
    ("新闻\n世界营养组织总干事表示，疫情仍在发展。\n", {("世界营养组织", ORG)}),
    ("新闻\n联合国人口理事会今天表示，援助仍在继续。\n", {("联合国人口理事会", ORG)}),
    # a firm named after a foreign ministry is a body of its own, not a unit of the ministry
    ("新闻\n巴伦西亚卫生部与巴伦西亚石油公司签署协议。\n", {("巴伦西亚卫生部", GA), ("巴伦西亚石油公司", ORG)}),
])
def test_types_and_units_of_world_bodies(text, expected):
    from kg.articles import make_documents
    from kg.pipeline import extract_document
    (doc,) = make_documents("w.txt", "", text)
    assert {(e.label, e.type) for e in extract_document(doc).entities if e.type.is_organization} == expected


def test_a_body_the_tagger_knows_as_one_word():
    from kg.extract.orgs import _one_word_body
    from kg.segment import Token
    toks = [Token(0, 4, "江岭大学", "nt"), Token(4, 6, "发布", "v")]
    assert _one_word_body(toks, 0, 2, 4)
    assert not _one_word_body([Token(0, 4, "江岭大学", "n"), Token(4, 6, "发布", "v")], 0, 2, 4)
    assert not _one_word_body([Token(0, 4, "公立医院", "nt"), Token(4, 6, "改革", "v")], 0, 2, 4)


@pytest.mark.parametrize("text, expected", [
    # 和 inside one word of a name (协和) is no conjunction of two bodies
    ("江南协和医院专家会诊", [("江南协和医院", MI)]),
    # a Chinese city names its own university or hospital; only a foreign country before a kind of body is bare
    ("江南市大学研究团队", [("江南市大学", ORG)]),
])
def test_names_that_a_guard_must_not_drop(text, expected):
    assert orgs_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a general bureau with its field words, and the bodies listed beside it
    ("南岭监管总局1日发布了指导意见", [("南岭监管总局", GA)]),
    ("海洋渔业部、南岭监管总局联合发布", [("海洋渔业部", GA), ("南岭监管总局", GA)]),
])
def test_general_bureaus_and_their_lists(text, expected):
    assert orgs_of(text) == expected


def test_a_tagged_body_word_before_a_post():
    from kg.extract.orgs import _titled_words
    from kg.segment import Token
    text = "南洋联合会秘书长表示"
    toks = [Token(0, 2, "南洋", "ns"), Token(2, 5, "联合会", "nt"), Token(5, 8, "秘书长", "nnt"), Token(8, 10, "表示", "v")]
    # 联合会 ends in a head of its own: the rules above judge it, not this one
    assert _titled_words(text, toks, []) == []
    toks = [Token(0, 2, "南洋", "ns"), Token(2, 5, "联盟国", "nt"), Token(5, 8, "秘书长", "nnt"), Token(8, 10, "表示", "v")]
    assert [sp.text for sp in _titled_words("南洋联盟国秘书长表示", toks, [])] == ["南洋联盟国"]
    assert orgs_of("各级党组织主要负责人参加") == []


@pytest.mark.parametrize("text, expected", [
    # a province opening field words joined by 和 before a one-character head
    ("湖北省林业和渔业厅发布通知", [("湖北省林业和渔业厅", GA)]),
    ("湖北省海洋渔业厅发布通知", [("湖北省海洋渔业厅", GA)]),
    ("湖北省海洋渔业厅厅长王某表示", [("湖北省海洋渔业厅", GA)]),
    # a country and two fields joined by 和 before a research institute
    ("巴伦西亚国家过敏症和传染病研究所所长表示", [("巴伦西亚国家过敏症和传染病研究所", ORG)]),
    # no body: a common word ending in 局, a place and 的
    ("统筹湖北省工作大局", []),
    ("湖北省的大局", []),
])
def test_fields_joined_and_opened_by_a_province(text, expected):
    assert orgs_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry opening its clause and reporting, and its 、-neighbour; a weather observatory
    ("海洋渔业部今天发布通知", [("海洋渔业部", GA)]),
    ("江岭资源部、海洋渔业部联合发布通知", [("江岭资源部", GA), ("海洋渔业部", GA)]),
    ("江南省气象台同时发布预警", [("江南省气象台", GA)]),
    # no ministry: a common word, a deployment
    ("全部发布完毕", []),
    ("推进城乡建设部署工作", []),
    # a ministry being made or reshaped: the verb is no part of its name; a set phrase can name the field
    ("组建海洋渔业部，重新组建林木审计署，优化山川资源部职责", [("海洋渔业部", GA), ("林木审计署", GA), ("山川资源部", GA)]),
    ("组建城乡建设事务部", [("城乡建设事务部", GA)]),
    # a ministry as its clause's subject before 要/将; not a common word, not a region
    ("文化和渔业部要配合做好相关工作", [("文化和渔业部", GA)]),
    ("干部要带头，全部要完成，俱乐部将举办比赛，中东部将迎来降雨", []),
    ("他十分关心城市副中心建设", []),
])
def test_ministries_that_report(text, expected):
    assert orgs_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hospital named by two or three characters of its own, no place before it
    ("在青松山医院，医护人员正在救治", [("青松山医院", MI)]),
    # kinds of hospital, not hospitals
    ("在基层医院就诊", []), ("到定点医院治疗", []), ("在社区医院看病", []), ("去大医院看病", []),
    ("各大医院都在行动", []), ("送到附近医院", []), ("大型医院改革", []),
])
def test_hospitals_named_without_a_place(text, expected):
    assert orgs_of(text) == expected


PAR = T.PARTY_ORGANIZATION


@pytest.mark.parametrize("text, expected", [
    # a rare word before 组织 with a post or a report after it, or 据 before it, is a body's short name
    ("海棠组织秘书长王某表示", [("海棠组织", ORG)]),
    ("据海棠组织统计，病例增至100例", [("海棠组织", ORG)]),
    ("社会组织表示支持", []), ("该组织发言人说", []), ("向部分国际组织分享经验", []),
    # an abbreviation or a "place" no gazetteer knows, right before the post of a body's head
    ("海联秘书长王某某表示", [("海联", ORG)]),
    ("中方发言人表示", []),
    # two self-standing bodies side by side are two bodies
    ("青海省委省政府高度重视", [("青海省委", PAR), ("省政府", GA)]),
    ("党中央国务院高度重视", [("党中央", PAR), ("国务院", GA)]),
    # a university's affiliated hospital after a city; a verb before the city is not part of the name
    ("交由南阳医科大学附属中医医院托管", [("南阳医科大学附属中医医院", MI)]),
    ("该患者转入河南新乡第二人民医院", [("河南新乡第二人民医院", MI)]),
    # a transliterated name before a dot belongs to the body
    ("据安德森·米勒大学统计", [("安德森·米勒大学", ORG)]),
    # no body: a word that only ends like a head, a kind of hospital, a verb between a head and a unit
    ("俱乐部将面临罚款", []), ("智慧型医院建设的关键", []), ("至少有一家医院提供心理门诊服务", []),
    # a hospital's own name the tagger guessed a verb (希达/v 医院)
    ("部队在北部的希达医院展开行动", [("希达医院", MI)]), ("他们去医院看病", []),
    # kinds: a frequent common noun, quality words cut any way, the colloquial 市里 (the city's)
    ("田间地头、工厂医院、学校社区", []), ("高水平定点医院建设", []), ("江南市里医院的医生", []),
    # a service number inside a name after its place; alone it names no body
    ("江南市120急救中心派出救护车", [("江南市120急救中心", MI)]), ("拨打120急救中心电话", []),
    # a term of office opens no name
    ("他向第十一届全国人大常委会作报告", [("全国人大常委会", GA)]),
    # a bank is a body; a department after a firm is the firm's, no government body
    ("江南银行分行营业部表示", [("江南银行", ORG), ("营业部", ORG)]),
    # a name before 、 shares the hospital head of the body after it
    ("在武汉青松山、翠松山医院建设中", [("武汉青松山医院", MI), ("翠松山医院", MI)]),
    # a theatre command's hospital; a ministry's department by any field word; a hospital's branch
    ("医疗队由江南战区总医院专家组成", [("江南战区总医院", MI)]),
    ("国家卫生健康委基层司负责人介绍", [("国家卫生健康委基层司", GA)]),
    ("江南市中心医院青松路分院开诊", [("江南市中心医院青松路分院", MI)]),
    ("南洋疾病控制和预防中心估计", [("南洋疾病控制和预防中心", MI)]),
])
def test_short_names_pairs_and_kinds(text, expected):
    assert orgs_of(text) == expected


def _org_labels(text):
    from kg.articles import make_documents
    from kg.pipeline import extract_document
    (doc,) = make_documents("q.txt", "", text)
    return sorted(e.label for e in extract_document(doc).entities if e.type in (GA, MI, T.PARTY_ORGANIZATION, ORG))


@pytest.mark.parametrize("text, expected", [
    # within one article an abbreviation and a bare name are the full, placed form's other names
    ("新闻\n武汉青松山医院今天交付使用。青松山医院的建设又是一场竞速。\n", ["武汉青松山医院"]),
    # dropping one whole word names another body
    ("新闻\n江南市儿童医院和江南市医院联合义诊。\n", ["江南市儿童医院", "江南市医院"]),
    # a bare 省 after a province's body in the same sentence is that province, not the article's first one
    ("新闻\n贵州省卫生健康委员会召开会议。山东省卫健委联合省民政厅、省编办出台政策。\n",
     sorted(["山东省机构编制委员会办公室", "山东省卫生健康委员会", "山东省民政厅", "贵州省卫生健康委员会"])),
    # the Party's central bodies written bare are those its full names name
    ("新闻\n中共中央政治局常委陈某出席。要贯彻党中央决策部署。陈某主持中央政治局常委会会议。\n",
     ["中共中央", "中共中央政治局", "中共中央政治局常务委员会"]),
])
def test_one_body_one_node_in_an_article(text, expected):
    assert _org_labels(text) == expected


@pytest.mark.parametrize("short, full, same", [
    ("世海组织", "世界海洋组织", True),          # a character of each word
    ("中海部", "中央海洋部", True),              # three characters keep the head's last one
    ("青松山医院", "武汉青松山医院", True),      # the same name with its place in front
    ("江南市医院", "江南市儿童医院", False),     # a whole word dropped: another body
    ("医院", "江南市医院", False),               # a bare head is no short form
])
def test_short_forms(short, full, same):
    from kg.pipeline import _short_form_of
    assert _short_form_of(short, full, frozenset()) is same


def test_a_university_is_the_parent_of_its_numbered_hospital_and_a_venue_of_none():
    text = "江南大学青松三医院和江南省体育中心方舱医院今天开诊"
    spans = {o.text: o for o in find_orgs(text, tokenize(text))}
    hospital, field = spans["江南大学青松三医院"], spans["江南省体育中心方舱医院"]
    assert hospital.text[:hospital.parent_end - hospital.start] == "江南大学"
    assert field.parent_end is None
