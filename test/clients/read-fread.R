# data.table::fread on the shipped CSV with the recipe of docs/notebooks.md (na.strings = ""): an empty cell is NA.
# Prints "fread.key<TAB>value" lines for test/clients/typed.test.ts. Usage: Rscript read-fread.R <data dir> <id>
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
ins <- fread(file.path(args[1], "inspections.csv"), na.strings = "")
rat <- fread(file.path(args[1], "ratings.csv"), na.strings = "")
out <- function(key, value) cat("fread.", key, "\t", value, "\n", sep = "")
out("overall_unknown", sum(is.na(ins$overall)))
out("not_rated", sum(ins$overall == "not-rated", na.rm = TRUE))
out("known_ratings", sum(rat$known))
out("caseloads", sum(!is.na(ins$caseload)))
out("caseload_mean", sprintf("%.6f", mean(ins$caseload, na.rm = TRUE)))
r <- ins[id == args[2]]
out("month_only", paste(ifelse(is.na(r$published_date), "None", as.character(r$published_date)), r$published_year,
  r$published_month, r$published_precision, sep = "|"))
