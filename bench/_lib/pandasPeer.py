"""The peer the CLI is measured against: pandas + openpyxl reading the tracker and computing the
headline figures (complaints, outcomes, stages, by team), then reporting its own peak memory.
Usage: /usr/bin/python3 bench/_lib/pandasPeer.py TRACKER.xlsx
"""
import resource
import sys

import pandas

frame = pandas.read_excel(sys.argv[1], engine="openpyxl", header=2)
frame = frame[frame.iloc[:, 0].astype(str) != "Total"]
received = pandas.to_datetime(frame.iloc[:, 1], errors="coerce", dayfirst=True)
period = frame[(received >= "2021-04-01") & (received <= "2022-03-31")]
figures = [len(period)] + [period.iloc[:, i].value_counts().to_dict() for i in range(2, 8)]
sys.stderr.write(f"\nPEAK_KIB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\n")
