# Base R on the package's CSV files: the standard ratings sources state, and the overall ratings by round.
# Usage: Rscript ratings.R [folder with the CSV files]   (default: node_modules/crc-inspections/data)
args <- commandArgs(trailingOnly = TRUE)
data <- if (length(args) > 0) args[1] else "node_modules/crc-inspections/data"

# na.strings = "" reads every empty cell as NA (unknown); "not-rated" stays a value of its own.
ratings <- read.csv(file.path(data, "ratings.csv"), na.strings = "")
inspections <- read.csv(file.path(data, "inspections.csv"), na.strings = "")

# `known` is logical, so it filters directly.
known <- subset(ratings, known)
by_standard <- aggregate(list(n = known$known), by = list(standard = known$standard, rating = known$rating), FUN = length)
write.csv(by_standard[order(by_standard$standard, by_standard$rating), ], stdout(), row.names = FALSE)
cat("\n")

# Unknown overall ratings are NA: name them, so they are counted apart from "not-rated". Quality & Impact
# inspections belong to no round (NA), which aggregate() would drop: group them under "".
inspections$overall[is.na(inspections$overall)] <- "unknown"
inspections$round[is.na(inspections$round)] <- ""
by_round <- aggregate(list(n = inspections$id), by = list(round = inspections$round, overall = inspections$overall),
                      FUN = length)
write.csv(by_round[order(by_round$round, by_round$overall), ], stdout(), row.names = FALSE)
