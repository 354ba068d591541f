#!/usr/bin/env python3
"""Writes northshire-with-trend.json: the bundled example (examples/data/northshire.json) with
- three findings: the chair approved by NHS England instead of the Secretary of State, and no voting member
  recorded with mental-health expertise (as in examples/data/broken/);
- a non-executive member's term ending within six months of 2026-12-01;
- the waiting-list indicator by IMD quintile over three periods, with populations and 95% limits (Wilson score
  limits of the illustrative counts), so that the report computes the SII, the RII and their trend.
The numbers are illustrative, like the rest of the fictional Northshire example. Run from the repository root."""
import json, math

def wilson(x, n, z=1.959964):
    p = x / n
    centre = (2 * x + z * z) / (2 * (n + z * z))
    half = z * math.sqrt(z * z + 4 * x * (1 - p)) / (2 * (n + z * z))
    return centre - half, centre + half

with open("examples/data/northshire.json") as f:
    doc = json.load(f)
board = doc["icb"]["board"]["members"]
board[0]["approvedBy"] = ["nhs-england"]
for member in board:
    if member.get("mentalHealthExpertise"):
        member["mentalHealthExpertise"] = False
    if member["name"] == "Colin Dunmore":
        member["termEndsOn"] = "2027-03-31"
waits = next(i for i in doc["indicators"] if i["id"] == "long-waits-most-deprived")
populations = [5200, 4800, 4500, 4300, 4100]
shares = {
    ("2023/24", "2024-03-31"): [0.462, 0.405, 0.371, 0.336, 0.301],
    ("2024/25", "2025-03-31"): [0.441, 0.394, 0.366, 0.334, 0.306],
    ("2025/26", "2026-03-31"): [0.417, 0.382, 0.359, 0.331, 0.310],
}
values = [v for v in waits["values"] if v.get("dimension") != "deprivation-quintile"]
for (period, end), ps in shares.items():
    for q, (p, n) in enumerate(zip(ps, populations), start=1):
        x = round(p * n)
        lo, hi = wilson(x, n)
        values.append({"period": period, "periodEnd": end, "dimension": "deprivation-quintile", "group": str(q),
                       "value": round(100 * x / n, 1), "numerator": x, "denominator": n,
                       "lowerLimit": round(100 * lo, 1), "upperLimit": round(100 * hi, 1)})
waits["values"] = values
with open("report-html/src/test/resources/northshire-with-trend.json", "w") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
