"""My open tasks (המשימות שלי)."""
