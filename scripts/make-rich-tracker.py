"""Writes test/fixtures/xlsx/rich-tracker.xlsx with openpyxl: a tracker carrying what a report copy
must keep byte for byte (a chart, cell comments, a data validation, an Excel table, a defined name and
the user's own conditional format), saved the way a user's openpyxl script would save it.

Usage: /usr/bin/python3 scripts/make-rich-tracker.py   (Debian: python3-openpyxl)
"""
import datetime
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table

wb = Workbook()
ws = wb.active
ws.title = "Tracker"
ws.append(["Ref", "Date received", "Stage", "Outcome", "Team", "Days"])
rows = [
    ("C-001", datetime.date(2021, 9, 3), 1, "Upheld", "Fostering", 12),
    ("C-002", datetime.date(2021, 10, 11), 2, "Not upheld", "Leaving care", 25),
    ("C-003", datetime.date(2022, 1, 20), 1, "Partly upheld", "Fostering", 4),
]
for row in rows:
    ws.append(row)
for cell in ws["B"][1:]:
    cell.number_format = "dd/mm/yyyy"
ws["A2"].comment = Comment("Escalated by phone", "Complaints team")
ws["F3"].comment = Comment("Waiting for the service", "Complaints team")
outcomes = DataValidation(type="list", formula1='"Upheld,Partly upheld,Not upheld"', allow_blank=True)
ws.add_data_validation(outcomes)
outcomes.add("D2:D100")
ws.add_table(Table(displayName="Complaints", ref="A1:F4"))
ws.conditional_formatting.add(
    "F2:F100",
    CellIsRule(operator="greaterThan", formula=["20"], fill=PatternFill("solid", bgColor="FFC7CE")),
)
wb.defined_names.append(DefinedName("Outcomes", attr_text="Tracker!$D$2:$D$4"))
chart = BarChart()
chart.title = "Days to respond"
chart.add_data(Reference(ws, min_col=6, min_row=1, max_row=4), titles_from_data=True)
ws.add_chart(chart, "H2")
wb.properties.creator = "Complaints team"
wb.properties.created = datetime.datetime(2022, 4, 30)
wb.properties.modified = datetime.datetime(2022, 4, 30)
wb.save("test/fixtures/xlsx/rich-tracker.xlsx")
