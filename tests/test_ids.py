"""Stable ids: the same page gets the same id however its URL is spelled."""

from extractors.ids import article_id, normalise_url, statement_id


def test_tracking_parameters_fragments_and_case_do_not_change_the_id() -> None:
    plain = "https://news.example.com/world/talks.html?id=7"
    tracked = "HTTPS://News.Example.com:443/world/talks.html?utm_source=rss&id=7&fbclid=x#comments"
    assert normalise_url(tracked) == plain
    assert article_id(tracked) == article_id(plain)


def test_query_order_does_not_matter_but_values_do() -> None:
    assert article_id("http://a.test/p?b=2&a=1") == article_id("http://a.test/p?a=1&b=2")
    assert article_id("http://a.test/p?a=1") != article_id("http://a.test/p?a=2")


def test_non_default_port_is_kept() -> None:
    assert normalise_url("http://127.0.0.1:8080/x") == "http://127.0.0.1:8080/x"


def test_statement_ids_depend_on_article_and_offsets() -> None:
    a = article_id("https://example.com/a")
    assert statement_id(a, 10, 20) == statement_id(a, 10, 20)
    assert statement_id(a, 10, 20) != statement_id(a, 10, 21)
    assert statement_id(a, 10, 20) != statement_id(article_id("https://example.com/b"), 10, 20)
    assert len(statement_id(a, 0, 1)) == 16
