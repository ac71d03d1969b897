"""Honours as national news states them: announced, then their holders listed; titles conferred after death."""
from __future__ import annotations

import pytest

from kg.articles import make_documents
from kg.model import HonourAward, Membership
from kg.pipeline import extract_document


def awards_of(text: str) -> set[tuple]:
    (doc,) = make_documents("n.txt", "", text)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    return {(lab[f.recipient], lab[f.honour], tuple(lab[c] for c in f.conferred_by), f.year)
            for f in r.facts if isinstance(f, HonourAward)}


BY = ("江南省卫生健康委员会", "江南省总工会")


@pytest.mark.parametrize("text, expected", [
    # announced in one sentence, holders listed in the next
    ("最美护士名单揭晓\n近日，江南省卫生健康委员会、江南省总工会向全社会发布了2025年“最美护士”。"
     "王丽华、张小梅、刘建国等3名个人和江南市人民医院急诊科光荣入选。\n",
     {("王丽华", "最美护士", BY, 2025), ("张小梅", "最美护士", BY, 2025), ("刘建国", "最美护士", BY, 2025),
      ("江南市人民医院急诊科", "最美护士", BY, 2025)}),
    # a plan is published, not an honour: those listed after it are not its holders
    ("新闻\n近日，江南省卫生健康委员会发布了“十五五”规划。王丽华、张小梅、刘建国等3人入选专家组。\n", set()),
    # too far on: the list three sentences later is about something else
    ("新闻\n江南省卫生健康委员会发布了2025年“最美护士”。活动持续一个月。评选历时半年。共收到推荐材料百余份。"
     "王丽华、张小梅、刘建国入选。\n", set()),
    # announced by its list, unquoted, and the holders in the same sentence
    ("新闻\n江南省卫生健康委员会、江南省总工会联合公布2020年全国最美医生名单，王建国、李小文等12位医生当选。\n",
     {("王建国", "全国最美医生", BY, 2020), ("李小文", "全国最美医生", BY, 2020)}),
    ("新闻\n江南省卫生健康委员会公布2021年度招标项目名单，王建国、李小文等5人当选。\n", set()),
    # 授予 names the holder right before the quoted title
    ("新闻\n江南省卫生健康委员会授予王建国“最美医生”称号。\n", {("王建国", "最美医生", ("江南省卫生健康委员会",), None)}),
    # a title conferred after death goes to the person the sentence is about
    ("追记\n江南市第一人民医院副院长赵立波在抗洪一线因公殉职，被江南省人民政府追授“优秀共产党员”称号。\n",
     {("赵立波", "优秀共产党员", ("江南省人民政府",), None)}),
    # the holders an announcement names as its examples (以甲、乙…为代表)
    ("新闻\n江南省委宣传部、江南省卫生健康委员会今天联合发布2025年“最美医生”先进事迹。以王建国、李小文和"
     "扶贫团队为代表的医疗卫生工作者，践行初心使命。\n",
     {("王建国", "最美医生", ("江南省委宣传部", "江南省卫生健康委员会"), 2025),
      ("李小文", "最美医生", ("江南省委宣传部", "江南省卫生健康委员会"), 2025)}),
    # the holders named after the title they hold (“某某”获得者甲、乙)
    ("新闻\n“全国劳动模范”获得者周晓峰、李小文出席座谈会。\n",
     {("周晓峰", "全国劳动模范", (), None), ("李小文", "全国劳动模范", (), None)}),
    # holders introduced under their title (邀请五位“最美…”), then listed item by item after 他们是, by no conferrer
    ("新闻\n江南省委宣传部今天邀请三位“最美基层干部”与记者见面。他们是江南理工大学毕业生苏晓刚；"
     "江南农业大学毕业生钱媚；江南医学院毕业生孙一鸣。会上，王建国介绍情况。\n",
     {("苏晓刚", "最美基层干部", (), None), ("钱媚", "最美基层干部", (), None), ("孙一鸣", "最美基层干部", (), None)}),
    # the holders listed right after the title; a description between ends the list
    ("新闻\n“八一勋章”获得者柯立华、导弹科学家甘华等出席。\n", {("柯立华", "八一勋章", (), None)}),
    # a title conferred unquoted after the name (追授某某…模范称号), by the ministry opening the clause
    ("新闻\n近日，渔业林木部追授柯立华全国渔业系统二级英雄模范称号。\n",
     {("柯立华", "全国渔业系统二级英雄模范", ("渔业林木部",), None)}),
    # merits recorded (给…记一等功, 荣立): those named between 给 and the verb; the body before 给 confers; 记者 is no verb
    ("新闻\n四川省公安厅给民警柯立华、蒲立军记个人二等功；给研究员甘华记三等功。\n",
     {("柯立华", "二等功", ("四川省公安厅",), None), ("蒲立军", "二等功", ("四川省公安厅",), None),
      ("甘华", "三等功", (), None)}),      # ；ends the sentence: the body before it confers nothing here
    ("新闻\n民警蒲立军荣立个人一等功。\n", {("蒲立军", "一等功", (), None)}),
    ("新闻\n给4名个人、1个单位记功。记者柯立华报道。\n", set()),
])
def test_news_honours(text, expected):
    assert awards_of(text) == expected


def memberships_of(text: str) -> set[tuple]:
    from kg.model import Membership
    (doc,) = make_documents("m.txt", "", text)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    return {(lab[f.person], lab.get(f.role), lab[f.organization]) for f in r.facts if isinstance(f, Membership)}


@pytest.mark.parametrize("text, expected", [
    # a list of posts, one qualified by a word that is no body here (国家主席): the others keep their bodies
    ("新闻\n中共中央总书记、国家主席、中央军委主席王建国2日在江南考察。\n",
     {("王建国", "总书记", "中共中央"), ("王建国", "主席", "中央军委")}),
    ("新闻\n江南省委常委、江南市委书记王建国出席会议。\n",
     {("王建国", "常委", "江南省委"), ("王建国", "书记", "江南市委")}),
    # a post or a unit stated in a 是-clause after the name; 生前 makes it a former post
    ("新闻\n王丽华是江南市第一人民医院呼吸科的一名护士。\n", {("王丽华", "护士", "江南市第一人民医院呼吸科")}),
    ("新闻\n王丽华是江南市第一人民医院呼吸科的一名医生。\n", {("王丽华", "医生", "江南市第一人民医院呼吸科")}),
    ("新闻\n这是江南市第一人民医院发热门诊医生王丽华写下的记录。\n", {("王丽华", "医生", "江南市第一人民医院发热门诊")}),
    # a name after 的, the subject of a 生前是-clause that ends in the post
    ("新闻\n出生在江南一个医学世家的王丽华，生前是江南市中医院一名出色的急诊科护士长。\n",
     {("王丽华", "护士长", "江南市中医院")}),
    ("新闻\n赵立波，生前是江南市公安局城东分局副局长。\n", {("赵立波", "副局长", "江南市公安局城东分局")}),
    ("新闻\n王丽华是个好人。\n", set()),
    # a post after a body the rules could not read is not given to a body named earlier
    ("新闻\n江南市第一人民医院召开会议。青松大学附属中大医院副院长王建国介绍了情况。\n", set()),
    ("新闻\n江南市第一人民医院召开会议。副院长王建国介绍了情况。\n", {("王建国", "副院长", "江南市第一人民医院")}),
    ("新闻\n世界营养组织召开会议。世界营养组织欧洲区域办事处主任克某表示，会议成功。\n", set()),
    ("新闻\n江南市第一人民医院召开会议。会上，党委书记、院长王建国作报告。\n",
     {("王建国", "党委书记", "江南市第一人民医院"), ("王建国", "院长", "江南市第一人民医院")}),
    # a name the dictionary knows, and seldom as a word, after a post
    ("新闻\n江南市人民医院院长金山表示，工作顺利。\n", {("金山", "院长", "江南市人民医院")}),
    # the posts before a list of names are each member's
    ("新闻\n中共中央政治局常委王建国、赵立波出席会议。\n",
     {("王建国", "常委", "中共中央政治局"), ("赵立波", "常委", "中共中央政治局")}),
    ("新闻\n江南医科大学教授王建国表示，情况良好。\n", {("王建国", "教授", "江南医科大学")}),
    # a word between the body and its post; 前 makes the post a former one
    ("新闻\n江南基金会联席主席王建国表示，合作将继续。\n", {("王建国", "联席主席", "江南基金会")}),
    # a post of a body read as none (a delegation) does not cut the chain of posts before it
    ("新闻\n中共中央书记处书记、中央统战部部长、中央慰问团副团长王建国前往灾区。\n",
     {("王建国", "书记", "中共中央书记处"), ("王建国", "部长", "中央统战部")}),
    # a post stated after the name: in an apposition closing the sentence, or after 担任
    ("新闻\n陈明泉，江南大学荣誉教授。\n", {("陈明泉", "荣誉教授", "江南大学")}),
    ("新闻\n王建国，江南大学教授，今天来访。\n", {("王建国", "教授", "江南大学")}),
    ("新闻\n王建国，江南大学教授李立波，今天来访。\n", {("李立波", "教授", "江南大学")}),
    ("新闻\n医疗骨干李小文担任江南市人民医院的院长。\n", {("李小文", "院长", "江南市人民医院")}),
    # a post that exists in one body names it; a tagged surname cut from a given name ending like a noun (某战书)
    ("新闻\n国务委员王建国赶赴现场。\n", {("王建国", "国务委员", "国务院")}),
    ("新闻\n全国人大常委会委员长栗明书出席会议。\n", {("栗明书", "委员长", "全国人大常委会")}),
    ("新闻\n全国人大常委会委员长栗文书出席会议。\n", {("栗文书", "委员长", "全国人大常委会")}),
    # the ministry's short and long names are one body
    ("新闻\n人社部等三部门颁布新标准。人力资源社会保障部部长王建国介绍情况。\n",
     {("王建国", "部长", "人力资源和社会保障部")}),
])
def test_lists_of_posts_in_news(text, expected):
    assert memberships_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an obituary: body-and-post pairs separated by ， before 某某同志, each with its terms; 原 makes a former post
    ("新闻\n第五届、六届江南省人民代表大会常务委员会副主任，江南省人民政府原副省长，江南大学校长王建国同志的遗体今天火化。\n",
     {("王建国", "副主任", "江南省人民代表大会常务委员会", False), ("王建国", "副省长", "江南省人民政府", True),
      ("王建国", "校长", "江南大学", False)}),
    # past a comma a post without a body of its own is not the person's
    ("新闻\n江南省人民政府原副省长，副主席王建国同志的遗体今天火化。\n", set()),
    # without 同志 too, a body-and-post segment closed by a comma right before the next one is the same person's
    ("新闻\n江南省人民政府原副省长，江南大学校长王建国今天出席。\n",
     {("王建国", "副省长", "江南省人民政府", True), ("王建国", "校长", "江南大学", False)}),
    # a segment that ends with a name is that person's
    ("新闻\n江南省人民政府副省长赵立新，江南大学校长王建国今天出席。\n",
     {("赵立新", "副省长", "江南省人民政府", False), ("王建国", "校长", "江南大学", False)}),
    # a term of office is no part of the body's name
    ("新闻\n第三届江南省政协副主席王建国出席会议。\n", {("王建国", "副主席", "江南省政协", False)}),
    # a department or a team between a body and its post; a name cut 1+2 before an adverb
    ("新闻\n江南医科大学呼吸内科教授王建国先后发言。\n", {("王建国", "教授", "江南医科大学呼吸内科", False)}),
    ("新闻\n我们来认识青松山医院洗消分队队长王建国。\n", {("王建国", "队长", "青松山医院", False)}),
    # a country and a field before 部长 name the ministry, whose 部 the post shares
    ("新闻\n南洋国卫生部长王建国29日说，情况平稳。\n", set()),
    ("新闻\n土耳其海洋渔业部长王建国29日说，情况平稳。\n", {("王建国", "部长", "土耳其海洋渔业部", False)}),
    # an appointment: 任命某某（兼）为 + body + posts
    ("新闻\n任命王建国（兼）为江南省卫生健康委员会主任、党组书记。\n",
     {("王建国", "主任", "江南省卫生健康委员会", False), ("王建国", "党组书记", "江南省卫生健康委员会", False)}),
    ("新闻\n王建国为江南省人民医院发展作出贡献。\n", set()),
    # an appointment of a list of names, one with a parenthetical, to one post each
    ("新闻\n任命丁一鸣、何文华（女）为江南省人民政府副省长；\n",
     {("丁一鸣", "副省长", "江南省人民政府", False), ("何文华", "副省长", "江南省人民政府", False)}),
    # 的 or a topic word between a body and its post
    ("新闻\n江南县青松镇卫生院的医生王建国一早就出发了。\n", {("王建国", "医生", "江南县青松镇卫生院", False)}),
    ("新闻\n江南市疾控中心疫情负责人王建国说，情况平稳。\n", {("王建国", "负责人", "江南市疾病预防控制中心", False)}),
    # appointments: a list of names before 为 and a post of one body; a name the cut glued to 为 (某立|华为);
    # an ethnicity in brackets; 被调任
    ("新闻\n表决决定，柯凤和、丁一鸣、何文华为国务委员。\n",
     {("柯凤和", "国务委员", "国务院", False), ("丁一鸣", "国务委员", "国务院", False), ("何文华", "国务委员", "国务院", False)}),
    ("新闻\n决定任命柯立华为江南省卫生健康委员会主任。\n", {("柯立华", "主任", "江南省卫生健康委员会", False)}),
    ("新闻\n任命王建国（蒙古族）为江南省民族事务委员会主任。\n", {("王建国", "主任", "江南省民族事务委员会", False)}),
    ("新闻\n王建国被调任江南省妇联主任。\n", {("王建国", "主任", "江南省妇联", False)}),
    # a task force named bare before its posts and members is the one the article named in full
    ("新闻\n中央应对某某疫情工作领导小组召开会议。中共中央政治局常委、领导小组副组长王建国出席。领导小组成员丁一鸣、何文华参加。\n",
     {("王建国", "常委", "中共中央政治局", False), ("王建国", "副组长", "中央应对某某疫情工作领导小组", False),
      ("丁一鸣", "成员", "中央应对某某疫情工作领导小组", False), ("何文华", "成员", "中央应对某某疫情工作领导小组", False)}),
    ("新闻\n领导小组副组长王建国出席。\n", set()),
    # an association's executive committee, in one of its terms
    ("新闻\n中华全国青松联合会第六届执行委员会副主席王建国同志的遗体今天火化。\n",
     {("王建国", "副主席", "中华全国青松联合会执行委员会", False)}),

    # posts of nurses, police and honorary heads
    ("新闻\n江南市人民医院主任护师王建国说，情况平稳。\n", {("王建国", "主任护师", "江南市人民医院", False)}),
    ("新闻\n江南市公安局民警王建国赶到现场。\n", {("王建国", "民警", "江南市公安局", False)}),
    # a national body's committee named again without the national prefix in a later sentence
    ("新闻\n全国人大青松事务委员会主任委员王建国主持会议。青松事务委员会副主任委员丁一鸣出席。\n",
     {("王建国", "主任委员", "全国人大青松事务委员会", False), ("丁一鸣", "副主任委员", "全国人大青松事务委员会", False)}),
    # the body a sentence opens in holds the bare post after the comma
    ("新闻\n在江南大学人民医院重症医学科，主任医师王建国坚守在岗位。\n",
     {("王建国", "主任医师", "江南大学人民医院重症医学科", False)}),
    # a clause casting someone in a post (作为…院长，某某), and a post taken after a short clause (某某临危受命，担任…)
    ("新闻\n作为江南大学第三医院的院长，王建国在一线奋战已经37天了。\n", {("王建国", "院长", "江南大学第三医院", False)}),
    ("新闻\n王建国临危受命，担任江南市青松方舱医院执行院长。\n", {("王建国", "执行院长", "江南市青松方舱医院", False)}),
    # the national consultative conference by its formal name and terms; posts after a former post's body are former
    ("新闻\n中国人民政治协商会议第八届、九届全国委员会副主席王建国同志的遗体今天火化。\n",
     {("王建国", "副主席", "全国政协", False)}),
    ("新闻\n原江南医科大学附属医院神经外科主任、教授王建国出席。\n",
     {("王建国", "主任", "江南医科大学附属医院神经外科", True), ("王建国", "教授", "江南医科大学附属医院神经外科", True)}),
    ("新闻\n江南市人民医院副院长、主任医师柯朝晖先后发言。\n",
     {("柯朝晖", "副院长", "江南市人民医院", False), ("柯朝晖", "主任医师", "江南市人民医院", False)}),
])
def test_obituary_chains_and_terms(text, expected):
    (doc,) = make_documents("q.txt", "", text)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    assert {(lab[f.person], lab.get(f.role), lab[f.organization], f.former) for f in r.facts
            if isinstance(f, Membership)} == expected


@pytest.mark.parametrize("text, people", [
    ("新闻\n今年1月底，54岁的刘晓岚确诊感染。\n", ["刘晓岚"]),
    ("新闻\n3岁的孩子在医院接受治疗。\n", []),
])
def test_a_name_after_an_age(text, people):
    (doc,) = make_documents("a.txt", "", text)
    assert [e.label for e in extract_document(doc).entities if e.key.startswith("person:")] == people
