"""Units the extractor used to miss (issue 11, recall): a list of named programmes inside
a longer sentence gives one suggestion per programme, whatever words lead into it."""

from datetime import date

from tracker.extract.pipeline import suggest


def _quotes(text: str, when: date = date(2025, 3, 1)) -> list[str]:
    return [s.quote for s in suggest(text, when, rules_only=True) if s.kind != "indicator"]


def test_a_list_after_a_colon_gives_each_project():
    text = ("2025年某区为民办实事项目清单包括：社区长者食堂建设项目、“瓶改管”示范建设项目、"
            "“充电桩、换电柜建设项目”、街巷病害管网修复项目。")
    quotes = _quotes(text)
    assert quotes == ["社区长者食堂建设项目", "“瓶改管”示范建设项目",
                      "“充电桩、换电柜建设项目”", "街巷病害管网修复项目"]


def test_a_list_inside_a_clause_ends_at_its_deng():
    text = ("紧紧围绕建设绿色发展示范区的目标，谋划实施好天然林保护、国家储备林建设项目、"
            "“千里林带”工程、森林城市群建设、生态廊道和环城森林带建设等一系列重大工程、重大行动。")
    quotes = _quotes(text)
    for item in ("国家储备林建设项目", "“千里林带”工程", "森林城市群建设", "生态廊道和环城森林带建设"):
        assert item in quotes
    assert not any("一系列" in q or "重大行动" in q for q in quotes)


def test_a_list_of_fields_is_not_split():
    # the items name fields, not programmes: the clause stays one unit
    text = "加强教育、医疗、养老、托育等领域的公共服务设施建设。"
    quotes = _quotes(text)
    assert not any(q in ("教育", "医疗", "养老") for q in quotes)


def test_two_named_items_stay_one_unit():
    text = "加快推进机场三期工程、航空枢纽等项目建设。"
    assert _quotes(text) == ["加快推进机场三期工程、航空枢纽等项目建设"]


def test_the_task_cell_of_a_progress_table_is_a_target():
    # the progress column reports; the task column states what was set for the year
    text = ("2024年某市为民办实事项目完成情况\n"
            "序号\t实事项目名称\t完成情况\t占全年计划\n"
            "1\t新增4000张养老床位\t4385\t110%\n"
            "2\t新增30个社区长者食堂\t39\t130%\n")
    out = suggest(text, date(2024, 12, 20), rules_only=True)
    kinds = {s.quote: s.kind for s in out}
    assert kinds.get("新增4000张养老床位") == "target"
    assert kinds.get("新增30个社区长者食堂") == "target"


def test_a_task_cell_that_reports_its_result_stays_a_result():
    text = ("2024年某市为民办实事项目完成情况\n"
            "序号\t实事项目名称\t完成情况\t占全年计划\n"
            "1\t已新增4000张养老床位\t4385\t110%\n")
    out = suggest(text, date(2024, 12, 20), rules_only=True)
    assert not [s for s in out if s.kind != "indicator"]


def test_a_body_bound_by_a_date_to_report_is_a_duty_with_its_deadline():
    text = "各牵头单位于2023年2月10日前将办理方案和督办人员名单报市人民政府督查室。"
    (sug,) = [s for s in suggest(text, date(2023, 1, 20), rules_only=True)]
    assert sug.kind in ("deadline", "duty")
    assert sug.deadline is not None and sug.deadline.date == date(2023, 2, 10)
    assert [b.name for b in sug.responsible] == ["各牵头单位"]


def test_a_body_that_will_act_on_a_date_is_a_commitment():
    text = "市政务公开办将于6月下旬对各县市区开展正式测评。"
    out = [s for s in suggest(text, date(2024, 5, 20), rules_only=True) if s.kind != "indicator"]
    assert [s.quote for s in out] == ["市政务公开办将于6月下旬对各县市区开展正式测评"]


def test_verbs_of_revision_and_putting_into_a_plan_are_actions():
    from tracker.extract import classify

    for clause in ("修编经济开发区整体规划", "做实县域村庄体系规划",
                   "将群众最急需改造的项目优先纳入改造计划", "向社会公开处罚结果"):
        assert classify.judge(clause).kind is not None, clause
    # a body's plain statement of the past stays out
    assert classify.judge("市生态环境局已于6月底前完成整改").kind != "duty"


def test_marked_progress_under_a_bound_is_a_target():
    out = suggest("到2025年，乡村建设取得实质性进展。", date(2023, 3, 1), rules_only=True)
    assert [(s.kind, s.target.comparator.value if s.target else None) for s in out] \
        == [("target", "full")]
    # the same words reporting the year past are no commitment
    past = suggest("2022年，全市乡村建设取得实质性进展。", date(2023, 3, 1), rules_only=True)
    assert not [s for s in past if s.kind != "indicator"]


def test_a_problem_list_closed_by_its_rectification_label_gives_each_problem():
    text = ("27个问题清单曝光，要求限期整改\n"
            "具体问题如下：\n"
            "1. 市科技馆\n"
            "(1)院内电动车未按指定区域停放；\n"
            "(2)全民阅读活动正在整改；\n"
            "(3)住宅小区内墙面破损严重，地面有垃圾。\n"
            "问题整改责任单位：市科技馆 整改时限：3天\n")
    out = [s for s in suggest(text, date(2024, 8, 30), rules_only=True) if s.kind != "indicator"]
    by_quote = {s.quote: [b.name for b in s.responsible] for s in out}
    for quote in ("院内电动车未按指定区域停放", "全民阅读活动正在整改",
                  "住宅小区内墙面破损严重，地面有垃圾"):
        assert by_quote.get(quote) == ["市科技馆"], (quote, by_quote)
    assert "市科技馆" not in by_quote  # the group's heading is no task


def test_numbered_lines_without_a_rectification_label_are_not_problems_to_fix():
    from tracker.extract.pipeline import problems_to_fix

    text = ("主要问题\n"
            "(1)院内电动车未按指定区域停放；\n"
            "(2)灭火器过期未更换；\n")
    assert problems_to_fix(text) == set()


def test_a_short_item_followed_only_by_its_role_note_is_a_measure_not_a_theme():
    text = ("2006年重点做好的工作事项\n"
            "一、努力构建现代产业体系\n"
            "（一）加快建设三大汽车产业基地。（牵头单位：市经贸委；配合单位：市发改委）\n")
    out = suggest(text, date(2006, 4, 28), rules_only=True)
    by_quote = {s.quote: [b.name for b in s.responsible] for s in out}
    assert by_quote.get("加快建设三大汽车产业基地") == ["市经贸委", "市发改委"]


def test_a_short_first_sentence_before_measures_stays_a_theme():
    from tracker.extract.segment import segment

    text = "（一）深化大气污染防治。实施燃煤锅炉淘汰。完成10个入河排污口整治。\n"
    first = segment(text)[0]
    assert first.clauses == ()  # a run-in heading: it names the theme of what follows


def test_a_quota_in_the_purpose_of_a_preamble_is_a_target():
    text = ("为做好开局之年的大气污染防治工作，完成自治区下达的环境空气质量约束性目标任务，"
            "持续深入打好蓝天保卫战，编制本计划。")
    out = suggest(text, date(2021, 3, 1), rules_only=True)
    assert [(s.kind, s.quote) for s in out] == [("target", "完成自治区下达的环境空气质量约束性目标任务")]


def test_a_preamble_without_a_quota_gives_nothing():
    text = "为深入贯彻落实党的二十大精神，推进生态文明建设，制定本方案。"
    assert suggest(text, date(2021, 3, 1), rules_only=True) == []


def test_an_item_numbered_with_a_comma_before_a_date_loses_its_number():
    text = "二、推进农村人居环境整治\n1、完成200户农村改厕\n2、6月底前建成3个污水处理站\n"
    quotes = [s.quote for s in suggest(text, date(2026, 2, 1), rules_only=True)]
    assert "6月底前建成3个污水处理站" in quotes


def test_a_heading_followed_by_its_labels_is_the_task_they_serve():
    text = ("二、重点任务\n"
            "（三）开展背街小巷整治\n"
            "责任单位：各区政府\n"
            "完成时限：2025年12月底\n"
            "三、保障措施\n"
            "加强组织领导，压实工作责任。\n")
    out = suggest(text, date(2025, 3, 1), rules_only=True)
    (task,) = [s for s in out if s.quote == "开展背街小巷整治"]
    assert [b.name for b in task.responsible] == ["各区政府"]
    assert task.deadline is not None and task.deadline.date == date(2025, 12, 31)
    # a heading with prose under it stays a theme
    themed = suggest("二、重点任务\n（三）开展背街小巷整治\n全面清理违章搭建。\n", date(2025, 3, 1),
                     rules_only=True)
    assert "开展背街小巷整治" not in [s.quote for s in themed]


def test_a_bullet_is_no_part_of_the_quote():
    text = "二、主要任务\n● 完成20座污水处理厂提标改造\n▲新建城市绿道100公里\n"
    quotes = [s.quote for s in suggest(text, date(2026, 3, 1), rules_only=True)]
    assert quotes == ["完成20座污水处理厂提标改造", "新建城市绿道100公里"]
