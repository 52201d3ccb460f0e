import pytest

from fjreports.places import find, segmenter
from fjreports.places import words as words_module
from fjreports.places.words import stands_as_word

# (text, the short name in it, stands as a word): sentences written for these tests.
BOTH = [
    ("推动共同安全建设", "同安", False),  # 共同 安全
    ("村民入股集资兴建厂房", "资兴", False),  # 集资 兴建
    ("集美今年新增企业120家", "集美", True),
    ("晋江的鞋服产业再上台阶", "晋江", True),
    ("两地结对后，同安与临夏共建产业园", "同安", True),
]
SEGMENTER_ONLY = [
    ("两地同心协力推进协作", "同心", False),  # 同心协力, an idiom
    ("排污许可证载明水质要求", "明水", False),  # 载明 水质
    ("老住户变身新市民", "新市", False),  # 新 市民
    ("建设幸福美好新和政", "新和", False),  # 新 和政: 和政县, not 新和县
]


def _check(text: str, name: str) -> bool:
    start = text.index(name)
    return stands_as_word(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name", "word"), BOTH + SEGMENTER_ONLY)
def test_the_segmenter_cuts_names_out_of_longer_words(text: str, name: str, word: bool) -> None:
    pytest.importorskip("rjieba")
    assert segmenter() == "rjieba"
    assert _check(text, name) is word


@pytest.mark.parametrize(("text", "name", "word"), BOTH)
def test_without_the_segmenter_the_word_list_decides(
    text: str, name: str, word: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(words_module, "_cutter", lambda: None)
    assert segmenter() is None
    assert _check(text, name) is word


def test_a_name_inside_an_idiom_is_no_mention() -> None:
    pytest.importorskip("rjieba")
    assert [m.text for m in find("两地同心协力，共谋发展")] == []
    assert [m.region.name for m in find("同心县与闽宁镇同心协力")] == ["同心县", "闽宁镇"]
