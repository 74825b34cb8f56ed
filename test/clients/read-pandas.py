# pandas' read_csv with its defaults, and with parse_dates on the date columns as a user would add it;
# prints "key<TAB>value" lines.
import os
import sys

import pandas as pd

d = sys.argv[1]
i = pd.read_csv(os.path.join(d, "inspections.csv"))
r = pd.read_csv(os.path.join(d, "ratings.csv"))
dated = pd.read_csv(os.path.join(d, "inspections.csv"), parse_dates=["published_date", "fieldwork_start_date"])


def out(key, value):
    print(f"{key}\t{value}")


out("inspections.rows", len(i))
out("ratings.rows", len(r))
for col in ["known", "standard_heading"]:
    out(f"type.{col}", r[col].dtype)
for col in ["overall", "published_date", "published_year", "published_month", "published_precision",
            "fieldwork_start_date", "fieldwork_start_year", "fieldwork_start_month", "caseload"]:
    out(f"type.{col}", i[col].dtype)
for col in ["published_date", "fieldwork_start_date"]:
    out(f"type.parsed.{col}", dated[col].dtype)
out("count.known_true", len(r[r.known]))
out("count.known_false", len(r[~r.known]))
out("count.headings", int(r.standard_heading.notna().sum()))
out("count.not_rated", int((i.overall == "not-rated").sum()))
out("count.overall_unknown", int(i.overall.isna().sum()))
for p in ["published", "fieldwork_start"]:
    out(f"count.{p}_day", int(i[f"{p}_date"].notna().sum()))
    out(f"count.{p}_month_only", int((i[f"{p}_precision"] == "month").sum()))
    out(f"count.{p}_unknown", int(i[f"{p}_year"].isna().sum()))
    # parse_dates gives a day only where the file has one: month-only rows stay NaT, never the 1st.
    out(f"count.parsed.{p}_day", int(dated[f"{p}_date"].notna().sum()))
