# Reads the shipped typed files and JSON with Python's sqlite3 and pandas, each with the recipe of
# docs/notebooks.md, and prints "client.key<TAB>value" lines for test/clients/typed.test.ts.
# Usage: python3 read-typed.py <data dir> <month-only inspection id>
import json
import sqlite3
import sys

import pandas as pd

data, month_id = sys.argv[1], sys.argv[2]


def out(client, key, value):
    print(f"{client}.{key}\t{value}")


# Python's sqlite3 on the database: NULL is None, and SQL's aggregates skip it.
con = sqlite3.connect(f"file:{data}/crc-inspections.db?mode=ro", uri=True)
q = lambda sql, *args: con.execute(sql, args).fetchone()
out("sqlite", "overall_unknown", q("SELECT COUNT(*) FROM inspections WHERE overall IS NULL")[0])
out("sqlite", "not_rated", q("SELECT COUNT(*) FROM inspections WHERE overall = 'not-rated'")[0])
out("sqlite", "known_ratings", q("SELECT COUNT(*) FROM ratings WHERE known")[0])
n, mean = q("SELECT COUNT(caseload), AVG(caseload) FROM inspections")
out("sqlite", "caseloads", n)
out("sqlite", "caseload_mean", f"{mean:.6f}")
date, year, month, precision = q(
    "SELECT published_date, published_year, published_month, published_precision FROM inspections WHERE id = ?",
    month_id,
)
out("sqlite", "month_only", f"{date}|{year}|{month}|{precision}")

# pandas on the JSON: read_json as it is.
df = pd.read_json(f"{data}/inspections.json")
out("pandas_json", "overall_unknown", int(df["overall"].isna().sum()))
out("pandas_json", "not_rated", int((df["overall"] == "not-rated").sum()))
out("pandas_json", "known_ratings", int(df["standards"].map(len).sum()))
caseloads = df["caseload"].dropna().map(lambda c: c["value"])
out("pandas_json", "caseloads", len(caseloads))
out("pandas_json", "caseload_mean", f"{caseloads.mean():.6f}")
row = df[df["id"] == month_id].iloc[0]
out("pandas_json", "month_only", f"{row['published']}|{type(row['published']).__name__}")

# pandas on the CSV: read_csv as it is (an empty cell is NaN; not-rated is a value).
ins = pd.read_csv(f"{data}/inspections.csv")
rat = pd.read_csv(f"{data}/ratings.csv")
out("pandas_csv", "overall_unknown", int(ins["overall"].isna().sum()))
out("pandas_csv", "not_rated", int((ins["overall"] == "not-rated").sum()))
out("pandas_csv", "known_ratings", int(rat["known"].sum()))
out("pandas_csv", "caseloads", int(ins["caseload"].notna().sum()))
out("pandas_csv", "caseload_mean", f"{ins['caseload'].mean():.6f}")
r = ins[ins["id"] == month_id].iloc[0]
out(
    "pandas_csv",
    "month_only",
    f"{'None' if pd.isna(r['published_date']) else r['published_date']}|{int(r['published_year'])}|{int(r['published_month'])}|{r['published_precision']}",
)
