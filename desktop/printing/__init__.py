"""Printing: the preview window (QtPdf), the print-summary dialog, and the Qt-free jobs that build the PDFs
(shared with the command line)."""
