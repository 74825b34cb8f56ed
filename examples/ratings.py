"""pandas on the package's CSV files: the standard ratings sources state, and the overall ratings by round.

Usage: python3 ratings.py [folder with the CSV files]   (default: node_modules/crc-inspections/data)
"""
import sys

import pandas as pd

data = sys.argv[1] if len(sys.argv) > 1 else "node_modules/crc-inspections/data"

ratings = pd.read_csv(f"{data}/ratings.csv")
inspections = pd.read_csv(f"{data}/inspections.csv")

# `known` is bool, so it filters directly.
known = ratings[ratings.known]
by_standard = known.groupby(["standard", "rating"]).size().rename("n").reset_index()
print(by_standard.sort_values(["standard", "rating"]).to_csv(index=False))

# Unknown overall ratings are NaN: name them, so they are counted apart from "not-rated". Quality & Impact
# inspections belong to no round (NaN): group them under "".
overall = inspections.fillna({"overall": "unknown", "round": ""})
by_round = overall.groupby(["round", "overall"]).size().rename("n").reset_index()
print(by_round.sort_values(["round", "overall"]).to_csv(index=False), end="")
