"""Benchmark the actor marts on a synthetic warehouse (prints measured figures; not a test).

Generates ARTICLES synthetic articles (default 100,000) with proportional statements, actor
mentions and topics straight into the ``raw`` schema of a temporary DuckDB file, with DuckDB's
SQL generators and a realistic skew (a few actors, sites and topics get most of the news),
runs ``dbt build`` on it, adds a day of new articles and times the incremental ``dbt build``,
then times the analyst queries of docs/analysts.md several times each.

    .venv/bin/python scripts/benchmark_marts.py                 # 100,000 articles
    .venv/bin/python scripts/benchmark_marts.py --articles 20000 --repeat 9 --keep
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wirehouse.warehouse import ensure_schema  # noqa: E402

DBT_PROJECT = ROOT / "dbt_project"
N_ACTORS = 20_000
N_SITES = 60
DAYS = 365


def generate(con: duckdb.DuckDBPyConnection, articles: int, first_id: int, loaded_at: str) -> None:
    """Insert ``articles`` synthetic articles (ids from ``first_id``) and their children."""
    con.execute("select setseed(0.42)")
    topics = [
        row[0]
        for row in con.execute(
            "select topic_code from read_csv(?, header = true, all_varchar = true) "
            "order by topic_code",
            [str(DBT_PROJECT / "seeds" / "iptc_media_topics.csv")],
        ).fetchall()
    ]
    con.execute(
        "create or replace temp table topic_codes as select unnest(?) as topic_code", [topics]
    )
    con.execute(
        f"""
        create or replace temp table gen_articles as
        select
            printf('%016x', {first_id} + i) as article_id,
            -- skew: a few sites publish most articles, recent days are busier
            'site-' || cast(floor(pow({N_SITES}, random())) as integer) as sitename,
            date '2025-12-31' - cast(floor({DAYS} * pow(random(), 1.5)) as integer) as published_date,
            -- 2..20 mentions and 0..8 statements per article, most articles short
            2 + cast(floor(18 * pow(random(), 2)) as integer) as n_mentions,
            cast(floor(9 * pow(random(), 2)) as integer) as n_statements,
            1 + cast(floor(3 * pow(random(), 2)) as integer) as n_topics
        from range({articles}) as t(i)
        """
    )
    meta = f"'bench' as _batch_id, 'bench' as _run_id, timestamptz '{loaded_at}' as _loaded_at"
    con.execute(
        f"""
        insert into raw.articles by name
        select article_id, 'https://' || sitename || '.example/' || article_id as url,
            'bench' as source, sitename, published_date, 'en' as language,
            'synthetic' as text, 400 as word_count, {meta}
        from gen_articles
        """
    )
    # actor k (0-based) has a Zipf-like popularity: floor(N ** u) makes low k common.
    # Actors are persons, organisations, countries and places by k mod 4; a few common
    # actors appear under two spellings that the alias seed merges.
    actor_name = """
        case k
            when 1 then (case when i % 2 = 0 then 'Sergei Lavrov' else 'Lavrov' end)
            when 2 then (case when i % 2 = 0 then 'United States' else 'U.S.' end)
            else 'Actor ' || k
        end
    """
    actor_type = "case when k = 1 then 'person' when k = 2 then 'country' else "
    actor_type += "['person', 'organization', 'country', 'place'][k % 4 + 1] end"
    con.execute(
        f"""
        create or replace temp table gen_mentions as
        select article_id, i, k, {actor_name} as name, {actor_type} as actor_type
        from (
            select article_id,
                unnest(range(n_mentions)) as i,
                cast(floor(pow({N_ACTORS}, random())) as integer) as k
            from gen_articles
        )
        """
    )
    con.execute(
        f"""
        insert into raw.actor_mentions by name
        select printf('%016x', hash(article_id, i)) as mention_id, article_id,
            name as mention_text, name as canonical_name, actor_type,
            i * 50 as start_char, i * 50 + 12 as end_char, {meta}
        from gen_mentions
        """
    )
    # statement j quotes characters 150*j .. 150*j+140 (mentions 3j..3j+2 fall inside it);
    # its speaker is one of the article's person mentions, else anonymous
    con.execute(
        f"""
        insert into raw.statements by name
        select printf('%016x', hash(s.article_id, s.j, 'statement')) as statement_id,
            s.article_id, 'synthetic quote ' || s.j as quote,
            s.j * 150 as quote_start, s.j * 150 + 140 as quote_end,
            ['direct', 'partial', 'indirect'][s.j % 3 + 1] as kind, 'said' as cue,
            speaker.name as speaker,
            case when speaker.name is null then 'anonymous' else 'person' end as speaker_type,
            0.5 + random() / 2 as confidence, {meta}
        from (
            select article_id, unnest(range(n_statements)) as j from gen_articles
        ) as s
        left join (
            select article_id, name,
                row_number() over (partition by article_id order by i) - 1 as speaker_rank
            from gen_mentions
            where actor_type = 'person'
        ) as speaker
            on s.article_id = speaker.article_id and s.j % 3 = speaker.speaker_rank
        """
    )
    con.execute(
        f"""
        insert into raw.article_topics by name
        select article_id, topic_code, 'topic' as topic_label,
            case when topic_code like '%000000' then 1 else 2 end as topic_level,
            round(0.3 + 0.7 * random(), 3) as score, {meta}
        from (
            select distinct article_id, topic_code
            from (
                select article_id,
                    cast(floor(pow((select count(*) from topic_codes), random())) as integer) as t
                from (select article_id, unnest(range(n_topics)) from gen_articles)
            ) as picks
            inner join (
                select topic_code, row_number() over (order by topic_code) - 1 as t
                from topic_codes
            ) using (t)
        )
        """
    )


def dbt(command: str, warehouse: Path, work: Path, *extra: str) -> float:
    env = {
        **os.environ,
        "WIREHOUSE_DUCKDB_PATH": str(warehouse),
        "WIREHOUSE_HOME": str(work),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
    }
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable, "-m", "dbt.cli.main", command,
            "--project-dir", str(DBT_PROJECT), "--profiles-dir", str(DBT_PROJECT),
            "--target-path", str(work / "target"), "--log-path", str(work / "logs"),
            *extra,
        ],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        print(done.stdout[-5000:], done.stderr[-3000:], sep="\n")
        raise SystemExit(f"dbt {command} failed")
    summary = [line for line in done.stdout.splitlines() if "Done. PASS=" in line]
    print(
        f"  dbt {command} {' '.join(extra)}: {elapsed:.1f} s  {summary[-1].split('  ')[-1] if summary else ''}"
    )
    return elapsed


def timed(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[object], repeat: int
) -> tuple[list[float], int]:
    times = []
    rows = 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = len(con.execute(sql, params).fetchall())
        times.append((time.perf_counter() - started) * 1000)
    return times, rows


QUERIES: dict[str, tuple[str, Callable[[duckdb.DuckDBPyConnection], list[object]]]] = {
    "top speakers of a topic over a month (fct_statements x fct_article_topics)": (
        """
        select s.speaker_actor_id, a.canonical_name, count(*) as statements,
               count(distinct s.article_id) as articles
        from marts.fct_statements as s
        join marts.fct_article_topics as t using (article_id)
        join marts.dim_actors as a on a.actor_id = s.speaker_actor_id
        where t.topic_code = ? and s.activity_date >= ? and s.activity_date < ?
        group by all
        order by statements desc
        limit 10
        """,
        lambda con: [_top_topic(con), "2025-12-01", "2026-01-01"],
    ),
    "top actors of a topic over a month (fct_topic_actors_daily)": (
        """
        select actor_id, canonical_name, sum(statement_count) as statements,
               sum(mention_count) as mentions, count(*) as days_in_top_5
        from marts.fct_topic_actors_daily
        where topic_code = ? and activity_date >= ? and activity_date < ?
        group by all
        order by statements desc, mentions desc
        limit 10
        """,
        lambda con: [_top_topic(con), "2025-12-01", "2026-01-01"],
    ),
    "an actor's network: top 20 neighbours (fct_actor_cooccurrences)": (
        """
        select case when actor_id_a = ? then actor_name_b else actor_name_a end as neighbour,
               articles_together, statements_together, weight
        from marts.fct_actor_cooccurrences
        where actor_id_a = ? or actor_id_b = ?
        order by weight desc
        limit 20
        """,
        lambda con: [_top_actor(con)] * 3,
    ),
    "an actor's weekly trend (fct_actor_activity_daily)": (
        """
        select date_trunc('week', activity_date) as week, sum(mention_count) as mentions,
               sum(statement_count) as statements, max(site_count) as max_sites_a_day
        from marts.fct_actor_activity_daily
        where actor_id = ?
        group by all
        order by week
        """,
        lambda con: [_top_actor(con)],
    ),
    "an actor's topics (fct_actor_topics)": (
        """
        select topic_label, article_count, statement_count, mention_count
        from marts.fct_actor_topics
        where actor_id = ?
        order by article_count desc
        limit 10
        """,
        lambda con: [_top_actor(con)],
    ),
}


def _top_topic(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute(
        "select topic_code from marts.fct_article_topics group by 1 order by count(*) desc limit 1"
    ).fetchone()
    return str(row[0]) if row else ""


def _top_actor(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute(
        "select actor_id from marts.dim_actors where canonical_name = 'Sergei Lavrov'"
    ).fetchone()
    return str(row[0]) if row else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per query")
    parser.add_argument("--keep", action="store_true", help="keep the temporary warehouse")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="wirehouse-bench-"))
    warehouse = work / "warehouse.duckdb"
    print(f"synthetic warehouse: {warehouse}")
    started = time.perf_counter()
    with duckdb.connect(str(warehouse)) as con:
        ensure_schema(con)
        generate(con, args.articles, 0, "2026-01-01 06:00:00+00")
        counts = {
            t: con.execute(f"select count(*) from raw.{t}").fetchone()[0]  # type: ignore[index]
            for t in ("articles", "statements", "actor_mentions", "article_topics")
        }
    print(
        f"  generated in {time.perf_counter() - started:.1f} s: "
        + ", ".join(f"{k} {v:,}" for k, v in counts.items())
    )

    dbt("build", warehouse, work)
    new = max(1, args.articles // 100)
    with duckdb.connect(str(warehouse)) as con:
        generate(con, new, args.articles, "2026-01-02 06:00:00+00")
    print(f"  added {new:,} articles (a new load)")
    dbt("build", warehouse, work)

    with duckdb.connect(str(warehouse), read_only=True) as con:
        marts = con.execute(
            "select table_name, estimated_size from duckdb_tables() "
            "where schema_name = 'marts' order by table_name"
        ).fetchall()
        print("  marts: " + ", ".join(f"{name} {rows:,}" for name, rows in marts))
        print(f"\nanalyst queries ({args.repeat} runs each, warm; ms):")
        print(f"  {'query':<76} {'median':>8} {'max':>8} {'rows':>5}")
        for label, (sql, params) in QUERIES.items():
            times, rows = timed(con, sql, params(con), args.repeat)
            print(f"  {label:<76} {statistics.median(times):8.1f} {max(times):8.1f} {rows:5d}")

    if args.keep:
        print(f"\nkept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
