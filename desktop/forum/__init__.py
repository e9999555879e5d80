"""The youth-law weekly forum (issue 11): the agenda and its decisions, the reports, the file's Youth law tab,
the minutes."""
