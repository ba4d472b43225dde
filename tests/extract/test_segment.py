"""Segmentation: sentences, clauses, list markers, headings; offsets always exact."""

from tracker.extract.segment import heading_level, segment, split_clauses, split_sentences


def _texts(text, spans):
    return [text[s:e] for s, e in spans]


def test_sentences_end_at_stops_and_line_breaks():
    text = "加快建设平台。完成改造！是否可行？推进治理；\n新的一行"
    assert _texts(text, split_sentences(text)) == ["加快建设平台", "完成改造", "是否可行",
                                                    "推进治理", "新的一行"]


def test_no_split_inside_quotes_or_book_titles_but_a_quoted_sentence_closes():
    text = "实施《关于加强监管。的意见》并推进“无废城市。建设”。“绿色发展是必然要求。”我们要推进。"
    got = _texts(text, split_sentences(text))
    assert got == ["实施《关于加强监管。的意见》并推进“无废城市。建设”",
                   "“绿色发展是必然要求。”", "我们要推进"]


def test_an_unclosed_quote_does_not_swallow_the_paragraph():
    text = "推进“一河一策。完成整治。"
    assert _texts(text, split_sentences(text)) == ["推进“一河一策", "完成整治"]


def test_clauses_split_at_commas_and_colons_but_not_at_enumeration_or_in_brackets():
    text = "改善空气质量、提升水质量，深入推进武夷山国家公园（江西片区，试点）建设，整改时限：年底"
    clauses = split_clauses(text, 0, len(text))
    assert [c.text for c in clauses] == ["改善空气质量、提升水质量",
                                         "深入推进武夷山国家公园（江西片区，试点）建设", "年底"]


def test_thousands_separator_is_not_a_clause_break():
    text = "新建管网1,200公里,完成改造"
    assert [c.text for c in split_clauses(text, 0, len(text))] == ["新建管网1,200公里", "完成改造"]


def test_list_markers_are_split_off_the_clause():
    for marker in ("一是", "（一）", "(2)", "3.", "①", "第一，"):
        text = f"{marker}实施专项行动"
        (clause,) = split_clauses(text, 0, len(text))
        assert clause.text == "实施专项行动"
        assert clause.marker == marker.strip()


def test_lead_in_clause_joins_the_clause_it_introduces():
    text = "围绕重点产业链建设行动计划,加快传统产业转型升级,建成平台"
    clauses = split_clauses(text, 0, len(text))
    assert [c.text for c in clauses] == ["围绕重点产业链建设行动计划,加快传统产业转型升级", "建成平台"]


def test_label_clause_before_a_colon_is_dropped():
    text = "整改目标：收集率达到90%以上"
    assert [c.text for c in split_clauses(text, 0, len(text))] == ["收集率达到90%以上"]


def test_offsets_are_exact_after_a_character_outside_the_bmp():
    text = "𠮷安区：\n𠮷𠮷。要建成处置中心，完成改造。"
    for sent in segment(text):
        assert text[sent.start:sent.end] == sent.text
        for clause in sent.clauses:
            assert text[clause.start:clause.end] == clause.text
    quotes = [c.text for s in segment(text) for c in s.clauses]
    assert "要建成处置中心" in quotes and "完成改造" in quotes


def test_heading_levels():
    assert heading_level("第三章 主要目标") == 1
    assert heading_level("二、打造高地，在质量提升上走前列") == 2
    assert heading_level("（一）持续深入打好攻坚战") == 3
    assert heading_level("1. 城区污水直排问题") == 4
    assert heading_level("【专项行动】") == 2
    assert heading_level("会议精神") == 7
    assert heading_level("推进治理。完成改造。") is None
    assert heading_level("责任单位：县生态环境局") is None
    assert heading_level("重点抓好以下工作：") is None


def test_sections_nest_and_run_in_headings_are_kept_as_context():
    text = ("第三章 主要任务\n一、污染防治\n持续深入推进攻坚。实施专项行动，建成平台。\n"
            "二、绿色转型\n推进节能改造。")
    sents = [s for s in segment(text) if not s.heading]
    run_in = sents[0]
    assert run_in.clauses == () and run_in.text == "持续深入推进攻坚"
    body = sents[1]
    assert [h.text for h in body.sections] == ["第三章 主要任务", "一、污染防治", "持续深入推进攻坚"]
    last = sents[-1]
    assert [h.text for h in last.sections] == ["第三章 主要任务", "二、绿色转型"]
    assert all(h.numbered for h in last.sections)


def test_numbered_measures_in_a_list_are_not_themes():
    text = "（1）新建管网18公里。（2）封堵直排口。（3）建立巡查制度。"
    sents = segment(text)
    assert [c.text for s in sents for c in s.clauses] == ["新建管网18公里", "封堵直排口",
                                                          "建立巡查制度"]


def test_a_short_first_sentence_that_delivers_something_is_no_theme():
    text = "建成市级工业互联网平台。完成老旧小区改造。"
    assert [c.text for s in segment(text) for c in s.clauses] == ["建成市级工业互联网平台",
                                                                  "完成老旧小区改造"]


def test_a_theme_item_opening_a_nested_list_stays_a_theme():
    text = "（一）持续深入打好污染防治攻坚战。一是实施臭氧协同控制行动。二是推进黑臭水体治理。"
    first, *rest = segment(text)
    assert first.clauses == () and first.text == "（一）持续深入打好污染防治攻坚战"
    assert [c.text for s in rest for c in s.clauses] == ["实施臭氧协同控制行动", "推进黑臭水体治理"]


def test_a_line_without_a_full_stop_is_a_unit_as_well_as_a_heading():
    text = "二、年底前完成城区集中供热管网改造\n1. 6月底前完成燃煤锅炉淘汰\n新增森林碳汇面积2万亩"
    sents = segment(text)
    assert [(s.text, s.heading) for s in sents] == [
        ("年底前完成城区集中供热管网改造", 2),  # the heading's number is not part of the unit
        ("1. 6月底前完成燃煤锅炉淘汰", 4),
        ("新增森林碳汇面积2万亩", 7),
    ]
    assert [c.text for c in sents[1].clauses] == ["6月底前完成燃煤锅炉淘汰"]
    # each line is still the heading of what follows it
    assert [h.text for h in sents[2].sections][-1] == "1. 6月底前完成燃煤锅炉淘汰"
