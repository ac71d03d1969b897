"""Readings added in the eighth session from blind reviews of national news: ministries named by their field
however the cut splits them, bodies listed beside a body, study campaigns named in full, programmes of a
purpose clause. Every sentence and name is invented."""
from __future__ import annotations

import pytest

from readings import bodies, carriers, memberships, persons, places, units


@pytest.mark.parametrize("text, expected", [
    # a field and 部 opening a clause, however the cut splits them (退役军人|事务部, 农业|农村部)
    ("退役军人事务部扎实开展调查研究。", ["退役军人事务部"]),
    ("农业农村部农村合作经济指导司有关负责人介绍情况。", ["农业农村部", "农业农村部农村合作经济指导司"]),
    ("会同农业农村部、水利部等部门开展检查。", ["农业农村部", "水利部"]),
    # 部 opening another word, 和 joining two fields of one ministry, a post sharing the 部: no ministry read so
    ("各地民政部门要做好救助。", []),
    ("某国文化和体育部发表声明。", []),
])
def test_ministries_named_by_their_field(text, expected):
    assert bodies(text) == expected


def test_a_ministry_party_group_is_its_unit():
    assert units("主题教育开展以来，退役军人事务部党组坚持以学铸魂。") == [("退役军人事务部党组", "退役军人事务部")]


def test_a_minister_with_the_post_sharing_the_ministry_keeps_his_name():
    assert "耶丽娜" in persons("美国能源部长格兰霍特和财政部长耶丽娜被列入名单。")


@pytest.mark.parametrize("text, expected", [
    # a word the tagger knows as a body, or a short name ending in 办, standing in a list beside a body
    ("国家安全部、中联部、港澳办等单位坚持凝心铸魂。", ["中联部", "国家安全部", "港澳办"]),
    ("国家医保局、全国总工会、共青团中央等单位组织培训。", ["全国总工会", "共青团中央", "国家医疗保障局"]),
    # an item of a list after a body, closed by a head, whatever words name it
    ("救援队由北京市消防救援总队、中国地震应急搜救中心、应急总医院人员组成。",
     ["中国地震应急搜救中心", "北京市消防救援总队", "应急总医院"]),
    # not a kind named bare, nor one the level word before it leaves unplaced
    ("大英县人民医院、疾控中心主任参加会议。", ["大英县人民医院"]),
    ("专家来自河北省人民医院、自治区中医医院等。", ["河北省人民医院"]),
    ("专家来自河北省人民医院、基层医院等。", ["河北省人民医院"]),
])
def test_bodies_listed_beside_a_body(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a study campaign is named by what it studies, the verbs of its name inside it
    ("退役军人事务部扎实开展学习贯彻某某新时代思想主题教育，积极制定实施方案。",
     [("退役军人事务部", "学习贯彻某某新时代思想主题教育")]),
    # a purpose clause names the programme the bodies after it work for, each of them
    ("为推动主题教育取得实效，国家卫生健康委、国家医保局等单位组织专题培训。", []),
    ("【学习贯彻某某新时代思想主题教育】\n为推动主题教育取得实效，国家卫生健康委、国家医保局等单位组织专题培训。",
     [("国家医疗保障局", "学习贯彻某某新时代思想主题教育"), ("国家卫生健康委员会", "学习贯彻某某新时代思想主题教育")]),
    # a plan of action published names the action; a campaign of special control after its verb
    ("国家卫生健康委、国家发展改革委等部门今天发布了心脑血管疾病和癌症防治行动实施方案。",
     [("国家卫生健康委员会", "心脑血管疾病和癌症防治行动"), ("国家发展和改革委员会", "心脑血管疾病和癌症防治行动")]),
    ("国家医保局近日部署，推进药品价格专项治理。", [("国家医疗保障局", "药品价格专项治理")]),
    # 专项整治行动 stays whole; measures of an action are no programme
    ("大英县卫生健康局开展行业作风专项整治行动。", [("大英县卫生健康局", "行业作风专项整治行动")]),
    ("国务院安委会要求落实应急预案行动措施。", []),
])
def test_programmes(text, expected):
    assert carriers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body the tagger knows, joined by 和 to a body; a ministry after 会同
    ("最高人民法院和证监会联合发布指导意见。", ["最高人民法院", "证监会"]),
    ("财政部会同农业农村部日前下达资金。", ["农业农村部", "财政部"]),
    # a plenary session is no body
    ("某某在致全国青联十三届全委会、全国学联二十七大的贺信中强调。", ["全国学联", "全国青联"]),
])
def test_bodies_joined_to_a_body(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a word of kin, whatever verb follows
    ("某某同志的夫人王冶明率全家敬献花篮。", ["王冶明"]),
    ("主席和夫人彭丽明等胸佩白花。", ["彭丽明"]),
    # after a post, a name with no surname the tagger opens as a transliteration, before a verb
    ("中央代表团副团长洛桑江明带领分团来到色尼区。", ["洛桑江明"]),
    # a four-character name the cut left one character short
    ("为她做手术的就是藏族医生单增珍嘎。", ["单增珍嘎"]),
])
def test_names_after_kin_and_posts(text, expected):
    assert [p for p in persons(text) if p in expected] == expected


@pytest.mark.parametrize("text", [
    # a short name in brackets after a body's long name, or a side speaking, is no person
    "某某伊斯兰抵抗运动（哈马斯）下属武装派别18日称，击毁多辆车辆。\n哈马斯称继续阻击。",
    "哈马斯方面否认了相关说法。\n哈马斯称继续阻击。",
])
def test_short_names_of_bodies_are_no_persons(text):
    assert "哈马斯" not in persons(text)


@pytest.mark.parametrize("text, expected", [
    # a county's name closing a longer one (镇|雄县) is no county elsewhere
    ("在云南镇雄县呢噜坪易地扶贫搬迁安置点。", ["云南省", "昭通市", "镇雄县"]),
    # a ship named after a city is no place
    ("同胞登上海军乌鲁木齐舰参观。", []),
    # a township right after its county, however the cut tagged the county
    ("台风在广东湛江徐闻县角尾乡沿海登陆。", ["广东省", "徐闻县", "湛江市", "角尾乡"]),
])
def test_places(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a teacher's post in a chain after a seat in a body
    ("全国政协委员、河北体育高等专科学校教师韦明长期关注基层体育。",
     [("韦明", "委员", "全国政协"), ("韦明", "教师", "河北体育高等专科学校")]),
    # an award held, an item of the chain, is skipped over to the posts before it
    ("他就是中国工程院院士、某某科学技术奖获得者、河北省人民医院终身教授王振明。",
     [("王振明", "终身教授", "河北省人民医院"), ("王振明", "院士", "中国工程院")]),
    # a bare post in a series of reports takes the body of the same post before it
    ("会议听取了全国人大教科文卫委副主任委员骆小明作的报告、副主任委员徐小明作的报告。",
     [("徐小明", "副主任委员", "全国人大教科文卫委"), ("骆小明", "副主任委员", "全国人大教科文卫委")]),
])
def test_posts_in_chains_and_series(text, expected):
    assert memberships(text) == expected


def test_an_honorary_post_is_not_made_former_by_the_post_before_it():
    from readings import read
    from kg.model import Membership
    r, labels = read("中华全国妇女联合会原主席、名誉主席彭珮明同志逝世。")
    got = sorted((labels[f.role], f.former) for f in r.facts if isinstance(f, Membership))
    assert got == [("主席", True), ("名誉主席", False)]


def test_an_award_held_in_a_chain_is_an_honour():
    from readings import honours
    assert ("王振明", "某某科学技术奖") in honours("他就是中国工程院院士、某某科学技术奖获得者、河北省人民医院终身教授王振明。")


def test_a_surname_and_a_form_of_address_after_a_post_is_no_name():
    assert persons("35岁的小学教师姚女士突发心脏骤停。") == []


@pytest.mark.parametrize("text, expected", [
    # two countries' short names inside a hospital's name
    ("在吉林大学中日联谊医院血液透析中心，护士长说明情况。", ["吉林大学", "吉林大学中日联谊医院", "吉林大学中日联谊医院血液透析中心"]),
    # a village's clinic
    ("她在家附近的麦斜村卫生所就诊。", ["麦斜村卫生所"]),
    # kinds of clinic, no village's
    ("建设标准化村卫生室，提高公办村卫生室覆盖率。", []),
    ("他在边远卫生所工作多年。", []),
    # a count the cut split opens the name whole
    ("中方将继续推动非盟加入二十国集团。", ["二十国集团"]),
])
def test_more_bodies(text, expected):
    assert bodies(text) == expected


def test_the_head_of_state_who_invites_is_a_person():
    assert persons("应拉马福明总统邀请，某某即将进行国事访问。") == ["拉马福明"]
    assert persons("应法国总统邀请，某某即将进行国事访问。") == []


@pytest.mark.parametrize("text, expected", [
    ("国家卫生健康委全面推进紧密型县域医共体建设。", [("国家卫生健康委员会", "紧密型县域医共体建设")]),
    ("大英县卫生健康局加快推进城市医疗集团建设。", [("大英县卫生健康局", "城市医疗集团建设")]),
    ("大英县卫生健康局同步举行健康知识宣讲活动。", [("大英县卫生健康局", "健康知识宣讲活动")]),
])
def test_building_and_holding_programmes(text, expected):
    assert carriers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name, then its age this year
    ("住在护城村的徐俊明今年67岁，患有糖尿病。", ["徐俊明"]),
    ("全省今年67岁以上老人都参加了。", []),
    ("陈阿婆今年89岁了，患有帕金森。", []),
    # 同志 closes a long name a post opens (a minority's name)
    ("第十届全国人大常委会副委员长乌云其木明同志的遗体在京火化。", ["乌云其木明"]),
])
def test_more_names(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text", [
    # a centre to be built, of a standing or a field, is a goal
    "加快建设上海国际金融中心。",
    "深入推进高校和国家交叉学科中心建设。",
])
def test_centres_to_be_built_are_no_bodies(text):
    assert bodies(text) == []


@pytest.mark.parametrize("text, expected", [
    # a county-level city's bodies named by its level character
    ("在山西省介休市，由市人民医院、妇幼保健院、中医院和乡镇卫生院组成医共体。", ["介休市中医院", "介休市人民医院", "介休市妇幼保健院"]),
    # the town's clinic, the town named before it in the sentence
    ("在怀柔区琉璃庙镇，重点对镇卫生院加紧清淤作业。", ["琉璃庙镇卫生院"]),
    # with no town named, none
    ("乡镇卫生院和村卫生室都参与了。镇卫生院条件改善。", []),
])
def test_bodies_named_by_a_level_character(text, expected):
    assert bodies(text) == expected


def test_the_head_of_a_town_clinic():
    assert memberships("在河北省阜平县龙泉关镇，镇卫生院院长刘明远介绍情况。") == [("刘明远", "院长", "龙泉关镇卫生院")]


@pytest.mark.parametrize("text, expected", [
    # a list of names after a post goes on past a long name with no surname
    ("全国政协委员陈星明、傅小明、阿拉腾达明、何润明也分别发言。",
     [("何润明", "委员", "全国政协"), ("傅小明", "委员", "全国政协"), ("阿拉腾达明", "委员", "全国政协"),
      ("陈星明", "委员", "全国政协")]),
    # the name's last character and the verb of speech made one word
    ("全国政协委员范玉明说，要加强基层。", [("范玉明", "委员", "全国政协")]),
    # a short unit, or a word of standing, between the body and the post
    ("中国疾控中心传防处研究员王丽明介绍情况。", [("王丽明", "研究员", "中国疾病预防控制中心")]),
    ("中国工程院资深院士钱正明同志逝世。", [("钱正明", "院士", "中国工程院")]),
    # sent to a body to serve in a post there
    ("傅小明被组织选派到三都水族自治县人民医院担任院长。", [("傅小明", "院长", "三都水族自治县人民医院")]),
])
def test_more_posts(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a village or community written right after its town or street, which the gazetteer does not hold
    ("在河南周口郸城县巴集乡段寨村，村民说。", [("巴集乡", "郸城县"), ("段寨村", "巴集乡")]),
    ("在连云港市海州区新海街道海连社区的居委会。", [("新海街道", "海州区"), ("海连社区", "新海街道")]),
    # not the villagers of the town
    ("在大英县河边镇村民家中。", [("河边镇", "大英县")]),
])
def test_villages_after_their_town(text, expected):
    from readings import relations
    got = relations(text, "containedInPlace")
    assert [r for r in got if r[0] in {e[0] for e in expected} or r[0].endswith(("村", "社区"))] == expected


@pytest.mark.parametrize("text, expected", [
    # a dotted name ends before the verb that follows it
    ("某国驻黎巴嫩大使穆杰塔明·阿马尼受轻伤。", ["穆杰塔明·阿马尼"]),
    # a country's side speaking, a count's measure word: no names
    ("媒体：黎方称通信设备被提前植入炸药。", []),
    ("34项川渝“免证办”事项实现跨省通办。", []),
    # a name after a word for a person, a time opening the predicate
    ("村民付丽茹前几天感染了病毒开始发烧。", ["付丽茹"]),
    ("重庆市民黄小燕一天就拿到了营业执照。", ["黄小燕"]),
])
def test_names_and_no_names(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's legal form closes its name, words of trade and all, back to its place
    ("湖南长沙浏阳市华盛烟花制造燃放有限公司车间发生爆炸。", ["浏阳市华盛烟花制造燃放有限公司"]),
    ("他在一家有限公司工作。", []),
    ("记者来到读者出版集团有限公司采访。", []),
    ("中华全国台湾同胞联谊会会长王明出席。", ["中华全国台湾同胞联谊会"]),
])
def test_firms_and_associations(text, expected):
    assert bodies(text) == expected


def test_a_member_of_an_academic_division():
    assert memberships("全国政协委员、中国中医科学院学部委员唐旭明表示。") == \
        [("唐旭明", "委员", "中国中医科学院"), ("唐旭明", "委员", "全国政协")]


@pytest.mark.parametrize("text, expected", [
    # kinds and standings, a system, a class of bodies abroad: no body
    ("面对外地医院的高薪聘请，她拒绝了。", []),
    ("加快完善中央银行制度。", []),
    ("鼓励国外高水平理工类大学来华合作办学。", []),
    # a bare head, then the body it is, in apposition
    ("当地最大医院纳赛尔医院附近遭到袭击。", ["纳赛尔医院"]),
])
def test_kinds_and_appositions(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word for one of a body's people between the body and the name: a member with no post
    ("遵义医科大学附属医院重症医学专家傅小明说。", [("傅小明", None, "遵义医科大学附属医院")]),
    ("陕西省榆林市佳县人民医院退休干部路小梅说。", [("路小梅", None, "佳县人民医院")]),
])
def test_members_by_a_word_for_its_people(text, expected):
    assert memberships(text) == expected


def test_a_chief_designer_is_a_post():
    assert persons("神舟飞船首任总设计师戚发明在大会上作了发言。") == ["戚发明"]


def test_a_rare_last_character_the_tagger_knows_only_as_a_morpheme():
    assert persons("神舟飞船首任总设计师陈立轫分别在大会上作了发言。") == ["陈立轫"]


@pytest.mark.parametrize("text, expected", [
    # the subject a clause before opened goes on through the commas, with the bodies joined to it
    ("他表示，以某某同志为核心的中共中央坚持把问题作为重中之重，全面实施乡村振兴战略，推广“千万工程”经验。",
     [("中共中央", "千万工程")]),
    ("今天，财政部、国家卫健委下达99.5亿元，用于支持基本公共卫生服务。",
     [("国家卫生健康委员会", "基本公共卫生服务"), ("财政部", "基本公共卫生服务")]),
])
def test_programmes_of_the_subject_before(text, expected):
    assert carriers(text) == expected


def test_holders_listed_after_a_count_of_winners():
    from readings import honours
    text = ("今年共有35名护理人员获得南丁格尔奖。我国有3名优秀护理工作者获此殊荣。"
            "他们分别是：武汉大学中南医院副主任护师冯小玲，甘肃省人民医院主任护师韩小琳，红十字会资深医护义工梁小贤。")
    assert honours(text) == [("冯小玲", "南丁格尔奖"), ("梁小贤", "南丁格尔奖"), ("韩小琳", "南丁格尔奖")]


def test_a_count_of_winners_with_no_list_names_no_holder():
    from readings import honours
    assert honours("今年共有35名护理人员获得南丁格尔奖。会议强调要加强护理工作。") == []


def test_a_head_of_several_characters_cut_to_its_first_in_a_short_name():
    text = "国务院妇女儿童工作委员会主任王小琴出席会议。国务院妇儿工委副主任李小明作报告。"
    assert bodies(text) == ["国务院", "国务院妇女儿童工作委员会"]


@pytest.mark.parametrize("text, expected", [
    # after 这位/他/她 叫: a Chinese name, or one written as foreign names are; not a clause
    ("这位叫努尔艾合买明，是当地小有名气的养虾能手。", ["努尔艾合买明"]),
    ("他叫大家注意安全，不要外出。", []),
    # a foreign wife's name, as far as a foreign name runs
    ("主席为来宾和夫人迪尼西明举行欢迎仪式。", ["迪尼西明"]),
    # a dotted foreign name opening a clause before 是
    ("阿卜迪麦麦明·奥布力是村里的党支部书记。", ["阿卜迪麦麦明·奥布力"]),
    ("“阿克斯·胡斯”是奥斯陆一个邻郡的名字。", []),
])
def test_names_of_any_shape(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a theatre command named by its quarter; a unit of the armed police named by its station
    ("西部战区迅速启动应急响应。", ["西部战区"]),
    ("武警定日中队救援官兵赶到现场。", ["武警定日中队"]),
    ("消防中队赶到。", []),
    # parties' central committees by their short names, two or more in a list
    ("民革中央、民盟中央、民建中央等单位参加。", ["民建中央", "民盟中央", "民革中央"]),
    # a group read before is the opening of the company's name
    ("山西长治市沁源县山西通洲集团留神峪煤业有限公司井下发生事故。", ["沁源县山西通洲集团留神峪煤业有限公司"]),
])
def test_forces_parties_firms(text, expected):
    assert bodies(text) == expected


def test_an_action_launched_for_a_stated_term():
    assert carriers("国家卫生健康委等部门去年启动了为期三年的改善患者就医体验行动。") == \
        [("国家卫生健康委员会", "改善患者就医体验行动")]


@pytest.mark.parametrize("text, expected", [
    # after a post, a four-character name the cut split, before a stop or a verb of speech
    ("来自西藏的全国政协委员明吉措明，介绍了情况。", ["明吉措明"]),
    # after a post, a three-character name read whole whatever its first character, before a verb
    ("会议听取了全国人大宪法和法律委员会主任委员信春明作的报告。", ["信春明"]),
    # not before the mark that joins a foreign name's parts
    ("某国国家主席迪亚明-卡内尔与到访的总统举行会谈。", ["迪亚明-卡内尔"]),
])
def test_names_after_posts_of_other_shapes(text, expected):
    assert persons(text) == expected


def test_a_post_used_as_a_form_of_address_after_the_name():
    text = "全国政协常委王小明出席会议。李建晖常委发言提出，要加强基层。孙东晖常委代表民建中央发言。"
    assert memberships(text) == [("孙东晖", "常委", "全国政协"), ("李建晖", "常委", "全国政协"),
                                 ("王小明", "常委", "全国政协")]
    # a post the article never showed held anywhere names no body
    assert memberships("李建晖常委发言提出，要加强基层。") == []
    # a seat of the Party centre shown before is not the one the form of address means
    assert memberships("中共中央政治局常委、全国政协主席王小宁出席。李建晖常委发言提出，要加强基层。") == \
        [("王小宁", "主席", "全国政协"), ("王小宁", "常委", "中共中央政治局")]


@pytest.mark.parametrize("text", [
    # a group or a base named after a person or a place
    "也门胡塞武装15日称，袭击了商船。",
    "摧毁了美军位于科威特的阿里·萨利明海军基地。",
])
def test_names_of_groups_and_bases_are_no_persons(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, expected", [
    # a place whose name opens with a numeral takes it back
    ("三沙市永兴学校邀请了三沙市人民医院的医生。", ["三沙市人民医院", "三沙市永兴学校"]),
    # a verb of making use is no part of the name after it
    ("要充分发挥中国医疗队的作用。", ["中国医疗队"]),
    # an autonomous region's government and its bodies named by 自治区
    ("西藏自治区政府原党组成员、副主席王小勇被查。", ["西藏自治区政府"]),
    ("在西藏自治区拉萨市，自治区人民医院派出专家。", ["西藏自治区人民医院"]),
    ("自治区政府召开会议。", []),
])
def test_numerals_verbs_and_regions(text, expected):
    assert bodies(text) == expected


def test_a_unit_of_a_region_s_body_named_by_自治区():
    assert units("新疆维吾尔自治区党委书记说。在新疆，自治区人民医院克拉玛依医院派出专家。") == \
        [("新疆维吾尔自治区人民医院克拉玛依医院", "新疆维吾尔自治区人民医院")]


def test_a_unit_named_by_the_character_its_head_post_repeats():
    assert memberships("中国疾控中心病毒病预防控制所所长许文明接受专访。") == \
        [("许文明", "所长", "中国疾病预防控制中心病毒病预防控制所")]


def test_a_village_written_right_after_its_county():
    from readings import relations
    assert ("石椅村", "北川羌族自治县") in relations("四川省绵阳市北川羌族自治县石椅村是灾后重建村。", "containedInPlace")


@pytest.mark.parametrize("text", [
    "大英县农村地区医疗条件改善。",
    "大英县开展社区义诊。",
    "大英县为下辖村配备医生。",
])
def test_no_village_from_words_after_a_county(text):
    assert not [p for p in places(text) if p.endswith(("村", "社区"))]


@pytest.mark.parametrize("text, expected", [
    # a county's hospital written short and in full in one article is one body
    ("柘城县人民医院派出专家。患者被送到柘城县医院救治。", ["柘城县人民医院"]),
    ("大英县中医医院派出专家。患者被送到大英县中医院救治。", ["大英县中医医院"]),
    # two different hospitals of one county stay two
    ("大英县人民医院和大英县中医院派出专家。", ["大英县中医院", "大英县人民医院"]),
])
def test_a_county_hospital_written_short_and_in_full(text, expected):
    assert bodies(text) == expected


def test_a_township_of_a_people_named_by_the_words_before_it():
    assert memberships("新疆霍尔果斯市伊车嘎善锡伯族乡卫生院院长于小斌介绍。") == \
        [("于小斌", "院长", "伊车嘎善锡伯族乡卫生院")]


def test_a_township_of_a_people_takes_no_words_but_its_name():
    assert bodies("他接着来到文明瑶族乡第一片小学。") == ["文明瑶族乡第一片小学"]


def test_a_task_force_named_by_a_long_purpose_is_read_whole():
    assert memberships("中央学习贯彻某某新时代中国特色社会主义思想主题教育领导小组组长王小明作总结讲话。") == \
        [("王小明", "组长", "中央学习贯彻某某新时代中国特色社会主义思想主题教育领导小组")]
