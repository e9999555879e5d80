"""Family files (תיקי משפחה): the list and the file view."""
