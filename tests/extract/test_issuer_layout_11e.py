"""Who answers for a document's commitments when no clause names a body, read from how
official documents are laid out: a work report's congress line or byline, a signature on
one line, a government named by its level alone. Invented texts, one per rule; the
responsible field of the suggestions is what is checked."""

from tracker.extract import suggest


def _bodies(text: str) -> set[tuple[str, ...]]:
    return {tuple(r.name for r in s.responsible) for s in suggest(text)}


COUNTY_REPORT = (
    "政府工作报告\n——2026年1月10日在修水县第十八届人民代表大会第五次会议上\n"
    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
    "2026年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。\n")


def test_work_report_is_the_government_of_its_congress_place():
    # the congress it is delivered to is a county's: the county's government, not the city's
    assert _bodies(COUNTY_REPORT) == {("修水县人民政府",)}


def test_work_report_byline_with_place_names_the_government():
    text = ("政府工作报告\n修水县县长 王某某\n各位代表：\n"
            "2026年主要预期目标是：地区生产总值增长6%左右。\n")
    assert _bodies(text) == {("修水县人民政府",)}


def test_work_report_speaking_of_the_county_is_the_county_government():
    text = ("政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。修水县工业园区建设加快。\n"
            "2026年主要预期目标是：全县地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。\n")
    assert _bodies(text) == {("修水县人民政府",)}


def test_work_report_speaking_of_the_city_stays_the_city_government():
    text = ("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。修水县工业园区建设加快。\n"
            "2026年主要预期目标是：全市地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。\n")
    assert _bodies(text) == {("九江市人民政府",)}


def test_signature_and_date_on_one_line():
    text = ("关于印发2025年水污染防治重点工作的通知\n各有关单位：\n现将重点工作印发给你们，请抓好落实。\n"
            "一、年底前完成12个入河排污口整治。\n二、地表水优良水体比例达到90%以上。\n"
            "萍乡市人民政府办公室 2025年3月1日\n")
    assert _bodies(text) == {("萍乡市人民政府办公室",)}


def test_government_named_by_level_alone_takes_the_documents_division():
    text = ("我市印发“十四五”规划纲要\n5月15日，笔者从市发改委获悉，市政府近日印发了"
            "《商洛市国民经济和社会发展第十四个五年规划纲要》。\n"
            "《纲要》明确，到2025年，城市空气质量优良天数比率稳定在88%以上。\n")
    assert _bodies(text) == {("商洛市人民政府",)}


def test_sector_meeting_held_is_its_departments():
    text = ("江西明确2023年生态环境工作目标\n江西全省生态环境暨全系统全面从严治党工作会议近日在南昌召开，"
            "部署安排2023年工作任务。会议指出，2023年，全省PM2.5平均浓度要控制在26.4微克/立方米以内，"
            "空气质量优良天数比率达到94.5%以上。\n")
    assert _bodies(text) == {("江西省生态环境厅",)}


def test_sector_meeting_of_a_city_is_its_bureau():
    text = "召开全市水利工作会议\n1月5日，宜春市召开全市水利工作会议。会议要求，2026年完成12座病险水库除险加固。\n"
    assert _bodies(text) == {("宜春市水利局",)}


def test_sector_meeting_only_referred_to_convenes_nothing():
    text = ("宜春市生态环境宣传方案\n为宣传贯彻落实全国、全省、全市生态环境保护工作会议精神，现制定本方案。"
            "2026年开展宣传活动20场以上。\n")
    assert _bodies(text) == {("宜春市人民政府",)}


def test_masthead_with_wenjian_names_the_issuer():
    text = ("宜春市人民政府办公室文件\n宜府办发〔2025〕5号\n关于印发宜春市2025年水污染防治工作方案的通知\n"
            "各县（市、区）人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n"
            "一、年底前完成12个入河排污口整治。\n二、地表水优良水体比例达到90%以上。\n2025年3月1日\n")
    assert _bodies(text) == {("宜春市人民政府办公室",)}


def test_issuer_on_the_line_above_the_title():
    text = ("宜春市人民政府办公室\n关于印发宜春市2025年水污染防治工作方案的通知\n"
            "各县（市、区）人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n"
            "一、年底前完成12个入河排污口整治。\n2025年3月1日\n")
    assert _bodies(text) == {("宜春市人民政府办公室",)}


def test_joint_masthead_names_every_issuer():
    text = ("宜春市生态环境局 宜春市发展和改革委员会文件\n宜环发〔2025〕5号\n"
            "关于印发宜春市2025年大气污染防治工作方案的通知\n各县（市、区）生态环境分局、发展改革委：\n"
            "现将方案印发给你们。\n一、年底前完成35蒸吨以下燃煤锅炉淘汰。\n")
    assert _bodies(text) == {("宜春市生态环境局", "宜春市发展和改革委员会")}


def test_masthead_takes_the_name_its_title_gives():
    text = ("鞍山市立山区人民政府文件\n鞍立政发〔2023〕2号\n立山区人民政府关于印发重点工作任务分解方案的通知\n"
            "各街道办事处，各区直部门：\n现将方案印发给你们。\n一、年底前完成35蒸吨以下燃煤锅炉淘汰。\n")
    assert _bodies(text) == {("立山区人民政府",)}


def test_table_cell_stating_roles_gives_bodies_without_role_words():
    text = ("宜春市2026年水污染防治重点任务清单\n序号\t任务名称\t责任单位\t完成时限\n"
            "1\t完成12个入河排污口整治\t由市水务局牵头，市生态环境局、市住建局配合\t2026年9月30日\n")
    (sug,) = suggest(text)
    assert [(r.name, r.role.value) for r in sug.responsible] == [
        ("市水务局", "lead"), ("市生态环境局", "support"), ("市住建局", "support")]


def test_paragraph_subject_after_an_item_number_is_its_bodies():
    text = ("关于印发重点任务分工的通知\n各旗人民政府：\n"
            "一、各地区、各部门要高度重视重点任务落实工作。从2022年3月起，于每月25日前报送落实推进情况表。\n")
    got = [[r.name for r in s.responsible] for s in suggest(text)]
    assert got and all(bodies == ["各地区", "各部门"] for bodies in got)


def test_body_leading_a_task_named_as_attribute_is_no_subject():
    from tracker.extract.classify import subject_of
    assert subject_of("确定非生态环境部门牵头的夏季攻势任务清单") is None
    assert subject_of("市生态环境局牵头制定夏季攻势任务清单") == "市生态环境局"


def test_decision_adopted_by_a_standing_committee_is_its():
    text = ("关于全面加强生态环境保护的决定\n（2024年5月30日江西省第十四届人民代表大会常务委员会第九次会议通过）\n"
            "为全面加强生态环境保护，作出如下决定：\n一、到2027年，全省地表水国考断面水质优良比例达到95%以上。\n")
    assert _bodies(text) == {("江西省人民代表大会常务委员会",)}


def test_decision_adopted_in_a_news_item_by_the_citys_committee():
    text = ("市人大常委会作出决定\n日前，湖州市九届人大常委会第二十次会议表决通过了《关于加强生态文明建设的决定》。"
            "决定明确，到2027年，全市地表水水质优良比例达到95%以上。\n")
    assert _bodies(text) == {("湖州市人民代表大会常务委员会",)}


def test_plan_approved_by_a_congress_stays_the_governments():
    text = ("宜春市国民经济和社会发展第十五个五年规划纲要\n（2026年1月10日宜春市第五届人民代表大会第六次会议批准）\n"
            "到2030年，全市森林覆盖率稳定在57%以上。\n")
    assert _bodies(text) == {("宜春市人民政府",)}


def test_speech_byline_of_a_party_secretary_is_the_party_committees():
    text = ("在全市生态环境保护大会上的讲话\n宜春市委书记 张某某\n同志们：\n"
            "今年，全市PM2.5平均浓度要控制在30微克/立方米以下。\n")
    assert _bodies(text) == {("宜春市委",)}


def test_bare_issuer_in_the_title_takes_the_full_name_of_the_opening():
    text = ("区生态环境分局召开2026年工作部署会\n2月10日，吉安市青原区生态环境分局召开2026年工作部署会。"
            "会议要求，2026年全区PM2.5平均浓度控制在30微克/立方米以下。\n")
    assert _bodies(text) == {("吉安市青原区生态环境分局",)}


def test_congress_session_opening_is_no_acting_body():
    text = ("长沙市人大会议开幕\n1月10日，长沙市十六届人大五次会议开幕。政府工作报告提出，"
            "2026年全市地区生产总值增长5.5%左右，城镇新增就业12万人。\n")
    assert _bodies(text) == {("长沙市人民政府",)}


SUMMARY_BODY = ("\n一、2025年工作总结\n全年PM2.5平均浓度28微克/立方米。\n二、2026年工作计划\n"
                "（一）2026年PM2.5平均浓度控制在27微克/立方米以下。\n（二）完成10个入河排污口整治。\n")


def test_bureau_summary_titled_after_its_year_is_the_bureaus():
    assert _bodies("2025年宜春市生态环境局工作总结和2026年工作计划" + SUMMARY_BODY) == {("宜春市生态环境局",)}


def test_bureau_plan_titled_with_a_colon_is_the_bureaus():
    assert _bodies("宜春市生态环境局：2026年工作要点" + SUMMARY_BODY) == {("宜春市生态环境局",)}


def test_collective_body_with_a_bracketed_list_stays_whole():
    text = ("宜春市2026年水污染防治工作方案\n二、重点任务\n"
            "（一）推进入河排污口整治。2026年9月底前完成12个入河排污口整治。"
            "（责任单位：各县〔市、区〕人民政府，市生态环境局）\n"
            "（二）各县（市、区）人民政府要在2026年底前完成城市黑臭水体整治。\n")
    assert _bodies(text) == {("各县〔市、区〕人民政府", "市生态环境局"), ("各县（市、区）人民政府",)}


def test_compilation_labelled_in_brackets_gives_each_part_its_government():
    text = ("全年目标\n【全国】\n国内生产总值增长5%左右。\n【江苏】\n地区生产总值增长5%以上。\n"
            "扩大内需\n【全国】\n城镇新增就业1200万人以上。\n【江苏】\n城镇新增就业125万人以上。\n")
    got = {s.quote: [r.name for r in s.responsible] for s in suggest(text) if s.target}
    assert got == {"国内生产总值增长5%左右": ["国务院"], "地区生产总值增长5%以上": ["江苏省人民政府"],
                   "城镇新增就业1200万人以上": ["国务院"], "城镇新增就业125万人以上": ["江苏省人民政府"]}


def test_resolution_on_the_work_report_leaves_it_the_governments():
    text = ("长沙市十六届人大五次会议闭幕\n1月14日，长沙市第十六届人民代表大会第五次会议闭幕。"
            "会议表决通过了关于政府工作报告的决议。今年，全市地区生产总值增长5.5%左右。\n")
    assert _bodies(text) == {("长沙市人民政府",)}
