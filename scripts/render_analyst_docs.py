"""Write docs/analysts.md: the analyst questions' example SQL, run on a published export.

    WIREHOUSE_HOME=/tmp/marts_demo .venv/bin/wirehouse demo
    .venv/bin/python scripts/render_analyst_docs.py /tmp/marts_demo/exports/latest/warehouse.duckdb

Each query is run on the read-only snapshot (tables unqualified, as BI tools see them) and its
output pasted under it, so the page shows what the marts answer on the demo data.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]

INTRO = """# Questions analysts ask, in SQL

Wirehouse's marts answer four questions about the news: **who** talks about a topic, **how
often**, **with whom** (the co-occurrence network) and **how it changes over time**. Every query
below runs unchanged on the read-only snapshot of the last published run,
`$WIREHOUSE_HOME/exports/latest/warehouse.duckdb` (tables unqualified); on the live
`warehouse.duckdb` prefix the marts with `marts.` (e.g. `marts.fct_statements`).

```python
import duckdb

con = duckdb.connect("data/exports/latest/warehouse.duckdb", read_only=True)
con.sql("select * from fct_actor_cooccurrences order by weight desc limit 10").show()
```

The outputs below are from the bundled demo (`WIREHOUSE_HOME=/tmp/marts_demo .venv/bin/wirehouse
demo`: ten sample articles), pasted by `scripts/render_analyst_docs.py`; yours are whatever your
run extracted. The demo is tiny, so most counts are small and most topics have one or two days.

## The marts these queries use

| mart | grain |
|---|---|
| `dim_actors` | one row per canonical actor (`actor_id`); spellings merged by `dbt_project/seeds/actor_aliases.csv` |
| `dim_actor_aliases` | one row per actor × surface form seen (`actor_id`, `alias`) |
| `fct_statements` | one row per statement; `speaker_actor_id` is the speaker's actor |
| `fct_article_topics` | one row per article × IPTC topic (levels 1 and 2, ranked within each level) |
| `fct_statement_topics` | one row per statement × IPTC topic (levels 1 and 2): the quote's own words mixed with its article's topics |
| `fct_actor_topics` | one row per actor × topic: mentions, statements, articles, first/last date |
| `fct_actor_cooccurrences` | one row per unordered actor pair (`actor_id_a < actor_id_b`): articles_together, statements_together, weight |
| `fct_actor_activity_daily` | one row per actor × day: mentions, statements, articles, distinct sites |
| `fct_topic_activity_daily` | one row per topic × day: articles, statements, `top_actors` |
| `fct_topic_actors_daily` | one row per topic × day × actor, the day's top five (`actor_rank` 1..5) |

An actor's network is stored once per pair: to list the neighbours of one actor, look in both
columns (`where actor_id_a = :id or actor_id_b = :id`) and take the other side. `weight` is
`articles_together + statements_together`: each shared article counts one, each statement they
share (one quotes the other, or both are named in one quote) one more.

Spellings: "Lavrov" and "Sergei Lavrov", "U.S." and "United States" are one actor when the alias
seed says so. Add rows to `dbt_project/seeds/actor_aliases.csv` (`alias,canonical_name,actor_type`)
and rerun the pipeline: the facts rebuild the articles whose actors changed. `dim_actor_aliases`
lists the surface forms each actor was seen under - a good place to find spellings to add. On
the demo data, for instance, `Kestria` (place) and `Republic of Kestria` (place) are still two
actors; the row `Republic of Kestria,Kestria,place` would merge them.
"""

QUERIES: list[tuple[str, str, str]] = [
    (
        "Who talks about a topic",
        "Speakers quoted in articles about politics, by number of statements.",
        """
select a.canonical_name as speaker, a.actor_type,
       count(*) as statements, count(distinct s.article_id) as articles
from fct_statements s
join fct_article_topics t using (article_id)
join dim_actors a on a.actor_id = s.speaker_actor_id
where t.topic_label = 'politics'
group by all
order by statements desc, speaker
limit 10
""",
    ),
    (
        "Who is in the news about a topic (talking or talked about)",
        "`fct_actor_topics` sums mentions and statements per actor and topic over all time.",
        """
select canonical_name, actor_type, article_count, mention_count, statement_count,
       first_date, last_date
from fct_actor_topics
where topic_code = 'medtop:11000000'   -- politics
order by article_count desc, mention_count + statement_count desc, canonical_name
limit 10
""",
    ),
    (
        "How often: an actor's presence, topic by topic",
        "",
        """
select topic_label, article_count, mention_count, statement_count, site_count
from fct_actor_topics
where canonical_name = 'Sergei Lavrov'
order by article_count desc, topic_label
""",
    ),
    (
        "How often: the most quoted actors overall, with the surface forms merged into them",
        "",
        """
select a.canonical_name, a.statement_count, a.mention_count, a.article_count,
       string_agg(x.alias, ' | ' order by x.mention_count desc, x.alias) as seen_as
from dim_actors a
join dim_actor_aliases x using (actor_id)
group by all
order by a.statement_count desc, a.mention_count desc, a.canonical_name
limit 8
""",
    ),
    (
        "With whom: the strongest ties in the network",
        "The edge list for Gephi, networkx or igraph: `select actor_name_a, actor_name_b, weight from fct_actor_cooccurrences`.",
        """
select actor_name_a, actor_name_b, articles_together, statements_together, weight
from fct_actor_cooccurrences
order by weight desc, actor_name_a, actor_name_b
limit 10
""",
    ),
    (
        "With whom: one actor's neighbours",
        "",
        """
with lavrov as (
    select actor_id from dim_actors where canonical_name = 'Sergei Lavrov'
)
select case when c.actor_id_a = lavrov.actor_id then c.actor_name_b else c.actor_name_a end
           as neighbour,
       case when c.actor_id_a = lavrov.actor_id then c.actor_type_b else c.actor_type_a end
           as neighbour_type,
       c.articles_together, c.statements_together, c.weight
from fct_actor_cooccurrences c, lavrov
where lavrov.actor_id in (c.actor_id_a, c.actor_id_b)
order by c.weight desc, neighbour
limit 10
""",
    ),
    (
        "How it changes over time: a topic day by day, with its top actors",
        "",
        """
select activity_date, article_count, statement_count, top_actors
from fct_topic_activity_daily
where topic_label = 'politics'
order by activity_date
""",
    ),
    (
        "How it changes over time: the top actors of a topic over a month",
        "`fct_topic_actors_daily` keeps the top five actors of every topic and day.",
        """
select canonical_name, count(*) as days_in_top_5, min(actor_rank) as best_rank,
       sum(mention_count) as mentions, sum(statement_count) as statements
from fct_topic_actors_daily
where topic_code = 'medtop:11000000'
  and activity_date >= date '2026-03-01' and activity_date < date '2026-04-01'
group by all
order by days_in_top_5 desc, statements desc, mentions desc, canonical_name
limit 10
""",
    ),
    (
        "How it changes over time: an actor's activity by month, and on how many sites",
        "",
        """
select date_trunc('month', d.activity_date) as month, sum(d.mention_count) as mentions,
       sum(d.statement_count) as statements, sum(d.article_count) as articles,
       max(d.site_count) as most_sites_in_a_day
from fct_actor_activity_daily d
where d.canonical_name = 'Lena Marovic'
group by all
order by month
""",
    ),
]


def render(snapshot: Path) -> str:
    con = duckdb.connect(str(snapshot), read_only=True)
    parts = [INTRO]
    try:
        for title, note, sql in QUERIES:
            relation = con.sql(sql)
            output = relation.fetchall()
            columns = relation.columns
            parts.append(f"\n## {title}\n")
            if note:
                parts.append(f"\n{note}\n")
            parts.append(f"\n```sql{sql}```\n\n```text\n{_table(columns, output)}\n```\n")
    finally:
        con.close()
    return "".join(parts)


def _table(columns: list[str], rows: list[tuple[object, ...]]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [
        " | ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return "NULL"
    if hasattr(value, "isoformat"):
        return str(value)[:10] if "00:00:00" in str(value) else str(value)
    return str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshot", type=Path, help="exports/latest/warehouse.duckdb of a run")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "analysts.md")
    args = parser.parse_args()
    args.out.write_text(render(args.snapshot))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
