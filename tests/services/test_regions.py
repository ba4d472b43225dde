from tracker.services.regions import region_tree


def test_region_tree_puts_children_under_their_parent_in_code_order():
    rows = [("360100", "南昌市", "360000"), ("140000", "山西省", None),
            ("360000", "江西省", None), ("360102", "东湖区", "360100"),
            ("360200", "景德镇市", "360000")]
    assert region_tree(rows) == [
        ("140000", "山西省", 0), ("360000", "江西省", 0), ("360100", "南昌市", 1),
        ("360102", "东湖区", 2), ("360200", "景德镇市", 1)]


def test_a_region_whose_parent_is_not_listed_is_a_root():
    assert region_tree([("360102", "东湖区", "360100")]) == [("360102", "东湖区", 0)]
    assert region_tree([]) == []
