"""Cross-dataset checks GX does not express well, in the same report shape.

Offsets written by the extractors are Python string indices into the article text,
``end`` exclusive, so a span is valid when ``0 <= start <= end <= len(text)``. These
checks need the articles batch the spans point into; they use plain pandas (no GX).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from expectations._report import ExpectationOutcome, ValidationReport, to_json

if TYPE_CHECKING:
    import pandas as pd

OFFSETS_EXPECTATION = "expect_offsets_within_article_text"
ARTICLE_EXPECTATION = "expect_article_ids_in_articles_batch"

STATEMENT_SPANS: tuple[tuple[str, str], ...] = (
    ("quote_start", "quote_end"),
    ("cue_start", "cue_end"),
    ("speaker_start", "speaker_end"),
)
MENTION_SPANS: tuple[tuple[str, str], ...] = (("start_char", "end_char"),)

_SAMPLE = 20  # unexpected rows listed in ``details``, like GX's SUMMARY format


def _text_lengths(articles: pd.DataFrame) -> pd.Series:
    """Length of each article's text by article_id (first row wins for duplicates;
    duplicate ids are the articles suite's business)."""
    import pandas as pd

    if len(articles) == 0:
        return pd.Series([], dtype="int64")
    first = articles.drop_duplicates("article_id", keep="first")
    lengths = first["text"].map(lambda t: len(t) if isinstance(t, str) else 0)
    return pd.Series(lengths.to_numpy(dtype="int64"), index=first["article_id"].to_numpy())


def _outcome(
    expectation_type: str,
    column: str,
    rows: pd.DataFrame,
    bad: pd.Series,
    id_column: str,
    sample_columns: Sequence[str],
) -> ExpectationOutcome:
    n_bad = int(bad.sum())
    bad_rows = rows[bad.to_numpy()]
    sample = [
        {
            id_column: r[id_column],
            "article_id": r["article_id"],
            **{k: r[k] for k in sample_columns},
        }
        for r in bad_rows.head(_SAMPLE).to_dict("records")
    ]
    positions = [i for i, b in enumerate(bad.to_list()) if b][:_SAMPLE]
    details = {
        "element_count": len(rows),
        "unexpected_count": n_bad,
        "partial_unexpected_list": sample,
        "partial_unexpected_index_list": [rows.index[i] for i in positions],
    }
    return ExpectationOutcome(
        expectation_type=expectation_type,
        column=column,
        success=n_bad == 0,
        observed_value=f"{n_bad} of {len(rows)} rows unexpected",
        details=to_json(details),
    )


def check_offsets_within_text(
    dataset: str,
    spans_df: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    id_column: str,
    spans: Sequence[tuple[str, str]],
) -> ValidationReport:
    """Every row's article is in ``articles``, and each present (non-null) span lies
    inside that article's text. Rows whose article is missing fail the article check
    and are not counted again by the offset checks."""
    import pandas as pd

    needed = ["article_id", id_column, *(c for span in spans for c in span)]
    missing = [c for c in needed if c not in spans_df.columns]
    missing += [f"articles.{c}" for c in ("article_id", "text") if c not in articles.columns]
    if missing:
        return ValidationReport(
            dataset=dataset,
            suite=f"{dataset}.offsets_within_article_text",
            success=False,
            outcomes=(
                ExpectationOutcome(
                    expectation_type=OFFSETS_EXPECTATION,
                    column=None,
                    success=False,
                    observed_value=None,
                    details=to_json({"missing_columns": missing}),
                ),
            ),
        )

    lengths = _text_lengths(articles)
    text_len = pd.to_numeric(spans_df["article_id"].map(lengths), errors="coerce").astype("float64")
    known = text_len.notna()
    outcomes = [
        _outcome(
            ARTICLE_EXPECTATION,
            "article_id",
            spans_df,
            ~known,
            id_column,
            (),
        )
    ]
    for start_col, end_col in spans:
        start = pd.to_numeric(spans_df[start_col], errors="coerce")
        end = pd.to_numeric(spans_df[end_col], errors="coerce")
        present = known & start.notna() & end.notna()
        inside = (start >= 0) & (start <= end) & (end <= text_len)
        bad = (present & ~inside).fillna(False).astype(bool)
        view = spans_df.assign(text_length=text_len.astype("Int64"))
        outcomes.append(
            _outcome(
                OFFSETS_EXPECTATION,
                f"{start_col},{end_col}",
                view,
                bad,
                id_column,
                (start_col, end_col, "text_length"),
            )
        )
    return ValidationReport(
        dataset=dataset,
        suite=f"{dataset}.offsets_within_article_text",
        success=all(o.success for o in outcomes),
        outcomes=tuple(outcomes),
    )


def check_statement_offsets(statements: pd.DataFrame, articles: pd.DataFrame) -> ValidationReport:
    """Quote, cue and speaker offsets of a statements batch lie inside the text of
    their article in ``articles`` (e.g. ``quote_end <= len(text)``)."""
    return check_offsets_within_text(
        "landing.statements",
        statements,
        articles,
        id_column="statement_id",
        spans=STATEMENT_SPANS,
    )


def check_mention_offsets(mentions: pd.DataFrame, articles: pd.DataFrame) -> ValidationReport:
    """Actor mention offsets lie inside the text of their article in ``articles``."""
    return check_offsets_within_text(
        "landing.actor_mentions",
        mentions,
        articles,
        id_column="mention_id",
        spans=MENTION_SPANS,
    )


TEXT_LENGTH_EXPECTATION = "expect_median_text_length_to_be_between"


def check_text_length_distribution(
    articles: pd.DataFrame, *, min_median_chars: int, max_median_chars: int
) -> ValidationReport:
    """The median length of a batch's article texts lies in ``[min, max]`` characters:
    a batch of teasers (extraction keeping a summary) or of whole pages (keeping the
    furniture) fails as a batch, even when each text passes the per-row length check.
    An empty batch passes (there is no distribution to judge)."""
    lengths = [len(t) for t in articles.get("text", []) if isinstance(t, str)]
    ordered = sorted(lengths)
    n = len(ordered)
    median = None if n == 0 else (ordered[(n - 1) // 2] + ordered[n // 2]) / 2
    success = median is None or min_median_chars <= median <= max_median_chars
    details = {
        "element_count": n,
        "median": median,
        "min": ordered[0] if ordered else None,
        "max": ordered[-1] if ordered else None,
        "kwargs": {"min_value": min_median_chars, "max_value": max_median_chars},
    }
    outcome = ExpectationOutcome(
        expectation_type=TEXT_LENGTH_EXPECTATION,
        column="text",
        success=success,
        observed_value=None if median is None else f"median {median:g} chars of {n} texts",
        details=to_json(details),
    )
    return ValidationReport(
        dataset="landing.articles",
        suite="landing.articles.text_length_distribution",
        success=success,
        outcomes=(outcome,),
    )
