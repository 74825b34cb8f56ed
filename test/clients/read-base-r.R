# Base R's read.csv with its defaults, as a newcomer would call it; prints "key<TAB>value" lines.
dir <- commandArgs(trailingOnly = TRUE)[1]
i <- read.csv(file.path(dir, "inspections.csv"))
r <- read.csv(file.path(dir, "ratings.csv"))
out <- function(key, value) cat(key, "\t", paste(value, collapse = ","), "\n", sep = "")
out("inspections.rows", nrow(i))
out("ratings.rows", nrow(r))
for (col in c("known", "standard_heading")) out(paste0("type.", col), class(r[[col]]))
for (col in c("overall", "published_date", "published_year", "published_month", "published_precision",
              "fieldwork_start_date", "fieldwork_start_year", "fieldwork_start_month", "caseload"))
  out(paste0("type.", col), class(i[[col]]))
# read.csv reads an empty text cell as "" (na.strings is "NA"), a missing number as NA.
out("count.known_true", nrow(subset(r, known)))
out("count.known_false", nrow(subset(r, !known)))
out("count.headings", sum(r$standard_heading != ""))
out("count.not_rated", sum(i$overall == "not-rated"))
out("count.overall_unknown", sum(i$overall == ""))
for (d in c("published", "fieldwork_start")) {
  out(paste0("count.", d, "_day"), sum(i[[paste0(d, "_date")]] != ""))
  out(paste0("count.", d, "_month_only"), sum(i[[paste0(d, "_precision")]] == "month"))
  out(paste0("count.", d, "_unknown"), sum(is.na(i[[paste0(d, "_year")]])))
}
