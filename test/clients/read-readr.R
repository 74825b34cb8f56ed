# readr's read_csv with its defaults (types guessed from the data); prints "key<TAB>value" lines.
suppressPackageStartupMessages(library(readr))
dir <- commandArgs(trailingOnly = TRUE)[1]
i <- read_csv(file.path(dir, "inspections.csv"), show_col_types = FALSE, progress = FALSE)
r <- read_csv(file.path(dir, "ratings.csv"), show_col_types = FALSE, progress = FALSE)
stopifnot(nrow(problems(i)) == 0, nrow(problems(r)) == 0)
out <- function(key, value) cat(key, "\t", paste(value, collapse = ","), "\n", sep = "")
out("inspections.rows", nrow(i))
out("ratings.rows", nrow(r))
for (col in c("known", "standard_heading")) out(paste0("type.", col), class(r[[col]]))
for (col in c("overall", "published_date", "published_year", "published_month", "published_precision",
              "fieldwork_start_date", "fieldwork_start_year", "fieldwork_start_month", "caseload"))
  out(paste0("type.", col), class(i[[col]]))
out("count.known_true", nrow(subset(r, known)))
out("count.known_false", nrow(subset(r, !known)))
out("count.headings", sum(!is.na(r$standard_heading)))
out("count.not_rated", sum(i$overall == "not-rated", na.rm = TRUE))
out("count.overall_unknown", sum(is.na(i$overall)))
for (d in c("published", "fieldwork_start")) {
  out(paste0("count.", d, "_day"), sum(!is.na(i[[paste0(d, "_date")]])))
  out(paste0("count.", d, "_month_only"), sum(i[[paste0(d, "_precision")]] == "month", na.rm = TRUE))
  out(paste0("count.", d, "_unknown"), sum(is.na(i[[paste0(d, "_year")]])))
}
