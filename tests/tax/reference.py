"""Second, independent implementation of the 2025 take-home rules, written from the reference sheet
(shared/reference/taxes-2025.md) with its numbers typed in here, not read from data/. It produces the
worked examples in tests/fixtures/takehome-2025.json that tests/unit/tax.test.ts holds the app to.
Federal itemizing: the larger of the standard deduction and the state and local income taxes under the
SALT cap of P.L. 119-21 ($40,000 for 2025, less 30% of AGI over $500,000, not below $10,000). Those taxes
include the state payroll contributions that IRS's 2025 Instructions for Schedule A (line 5a) and
Rev. Rul. 2025-4 count as state income tax: CA SDI, NY DBL and PFL, MA PFML and WA PFML; not WA Cares
(a long-term-care premium that neither names).
NYC's rate-reduction credit (IT-201-I line 69a): single $21 + 0.228% of NYC taxable income over $12,000
(0.171% below), joint $37 + 0.228% over $21,600 (0.171% below), for taxable income up to $500,000.
Run: python3 tests/tax/reference.py > tests/fixtures/takehome-2025.json && npm run format
Each line is rounded half-up to whole dollars; totals are sums of rounded lines."""
import json, math
from decimal import Decimal, ROUND_HALF_UP

def rnd(x):
    return int(Decimal(repr(x)).quantize(Decimal('1'), rounding=ROUND_HALF_UP))

def brackets(ti, table):
    tax = 0.0
    for i, (lo, rate) in enumerate(table):
        hi = table[i + 1][0] if i + 1 < len(table) else float('inf')
        if ti > lo:
            tax += (min(ti, hi) - lo) * rate / 100
    return tax

FED = {'single': [(0,10),(11925,12),(48475,22),(103350,24),(197300,32),(250525,35),(626350,37)],
       'mfj': [(0,10),(23850,12),(96950,22),(206700,24),(394600,32),(501050,35),(751600,37)]}
FED_STD = {'single': 15750, 'mfj': 31500}
CA = {'single': [(0,1),(11079,2),(26264,4),(41452,6),(57542,8),(72724,9.3),(371479,10.3),(445771,11.3),(742953,12.3)],
      'mfj': [(0,1),(22158,2),(52528,4),(82904,6),(115084,8),(145448,9.3),(742958,10.3),(891542,11.3),(1485906,12.3)]}
CA_STD = {'single': 5706, 'mfj': 11412}
NY = {'single': [(0,4),(8500,4.5),(11700,5.25),(13900,5.5),(80650,6),(215400,6.85),(1077550,9.65),(5000000,10.3),(25000000,10.9)],
      'mfj': [(0,4),(17150,4.5),(23600,5.25),(27900,5.5),(161550,6),(323200,6.85),(2155350,9.65),(5000000,10.3),(25000000,10.9)]}
NY_STD = {'single': 8000, 'mfj': 16050}
NY_RB = {'single': [(0,0,568),(215400,568,1831),(1077550,2399,30172),(5000000,32571,32500)],
         'mfj': [(0,0,333),(161550,333,807),(323200,1140,2747),(2155350,3887,60350),(5000000,64237,32500)]}
NYC = {'single': [(0,3.078),(12000,3.762),(25000,3.819),(50000,3.876)],
       'mfj': [(0,3.078),(21600,3.762),(45000,3.819),(90000,3.876)]}

def schedule(ti, table):
    """Tax by a rate schedule whose base amounts are whole dollars (New York's, Tax Law §601): each
    bracket's base is the previous base plus its rate over its width, rounded half-up."""
    base, tax = 0, 0.0
    for i, (lo, rate) in enumerate(table):
        hi = table[i + 1][0] if i + 1 < len(table) else float('inf')
        if ti <= hi:
            return base + (ti - lo) * rate / 100
        base = rnd(base + (hi - lo) * rate / 100)
    return tax

def ny_tax(ti, agi, k):
    if agi > 25_000_000:
        return ti * 0.109
    t = schedule(ti, NY[k])
    if agi <= 107650:
        return t
    row = [r for r in NY_RB[k] if ti >= r[0]][-1]
    lower = [b for b in NY[k] if ti >= b[0]][-1][0]
    frac = min(1, (agi - max(lower, 107650)) / 50000)
    return t + row[1] + frac * row[2]

def take_home(wages, loc, status, k401=0):
    k = 'single' if status == 'single' else 'mfj'
    n = 1 if k == 'single' else 2
    agi = wages - k401
    ss = min(wages, 176100) * 0.062
    med = wages * 0.0145 + max(0, wages - (200000 if k == 'single' else 250000)) * 0.009
    state = local = 0.0
    payroll = []
    if loc in ('san-francisco', 'california'):
        ti = max(0, agi - CA_STD[k])
        steps = math.ceil(max(0, agi - (252203 if k == 'single' else 504411)) / 2500)
        credit = max(0, n * (153 - 6 * steps))
        state = max(0, brackets(ti, CA[k]) - credit) + max(0, ti - 1_000_000) * 0.01
        payroll = [('ca-sdi', wages * 0.012)]
    elif loc in ('new-york-city', 'new-york-state'):
        ti = max(0, agi - NY_STD[k])
        state = ny_tax(ti, agi, k)
        payroll = [('ny-pfl', min(wages * 0.00388, 354.53)), ('ny-dbl', min(wages * 0.005, 31.20))]
        if loc == 'new-york-city':
            school = (63 if k == 'single' else 125) if agi <= 250000 else 0
            first, base = (12000, 21) if k == 'single' else (21600, 37)
            rr = 0 if ti > 500000 else (ti * 0.00171 if ti <= first else base + (ti - first) * 0.00228)
            local = max(0, brackets(ti, NYC[k]) - school - rr)
    elif loc == 'massachusetts':
        ti = max(0, agi - (4400 if k == 'single' else 8800) - min(2000, ss + med))
        state = ti * 0.05 + max(0, ti - 1083150) * 0.04
        payroll = [('ma-pfml', min(wages, 176100) * 0.0046)]
    elif loc == 'chicago':
        ex = 0 if agi > (250000 if k == 'single' else 500000) else 2850 * n
        state = max(0, agi - ex) * 0.0495
    elif loc in ('seattle', 'washington-state'):
        payroll = [('wa-cares', wages * 0.0058), ('wa-pfml', min(wages, 176100) * 0.00658)]
    salt_cap = max(10000, 40000 - 0.30 * max(0, agi - 500000))
    as_income_tax = sum(a for i, a in payroll if i in ('ca-sdi', 'ny-pfl', 'ny-dbl', 'ma-pfml', 'wa-pfml'))
    deduction = max(FED_STD[k], min(salt_cap, state + local + as_income_tax))
    fed = brackets(max(0, agi - deduction), FED[k])
    lines = [rnd(fed), rnd(ss), rnd(med), rnd(state), rnd(local)]
    pr = [(i, rnd(a)) for i, a in payroll]
    total = sum(lines) + sum(a for _, a in pr)
    return {'federalIncomeTax': lines[0], 'socialSecurity': lines[1], 'medicare': lines[2], 'stateIncomeTax': lines[3],
            'localIncomeTax': lines[4], 'statePayroll': {i: a for i, a in pr}, 'totalTax': total, 'pretax401k': k401, 'net': wages - k401 - total}

LOCS = ['us', 'san-francisco', 'new-york-city', 'seattle', 'california', 'new-york-state', 'washington-state', 'texas', 'massachusetts', 'chicago']
cases = []
for status in ('single', 'married-joint'):
    for wages in (50000, 150000, 300000, 1200000):
        for loc in LOCS:
            cases.append({'wages': wages, 'location': loc, 'filingStatus': status, 'expected': take_home(wages, loc, status)})
# One case per rule, at the edges the rules care about.
for wages, loc, status, k401, why in [
    (176100, 'texas', 'single', 0, 'Social Security wage base reached'),
    (250000, 'texas', 'single', 0, 'Additional Medicare above 200,000 single'),
    (260000, 'california', 'single', 0, 'CA exemption credit partly phased out'),
    (330000, 'california', 'married-joint', 0, 'CA credit intact under the MFJ threshold'),
    (1500000, 'california', 'single', 0, 'CA 1% mental health tax over 1,000,000'),
    (120000, 'new-york-state', 'single', 0, 'NY recapture, first band, partly phased in'),
    (240000, 'new-york-state', 'single', 0, 'NY recapture, second band'),
    (1100000, 'new-york-state', 'single', 0, 'NY recapture, third band, partly phased in'),
    (5200000, 'new-york-state', 'single', 0, 'NY recapture, fourth band'),
    (26000000, 'new-york-state', 'single', 0, 'NY flat 10.9% above 25,000,000 AGI'),
    (200000, 'new-york-state', 'married-joint', 0, 'NY recapture MFJ, second band'),
    (400000, 'new-york-state', 'married-joint', 0, 'NY recapture MFJ, third band'),
    (240000, 'new-york-city', 'single', 0, 'NYC school credit and rate-reduction credit'),
    (260000, 'new-york-city', 'single', 0, 'NYC school credit lost above 250,000 AGI'),
    (600000, 'new-york-city', 'single', 0, 'NYC rate-reduction credit lost above 500,000'),
    (1200000, 'massachusetts', 'single', 0, 'MA 4% surtax'),
    (240000, 'chicago', 'single', 0, 'IL exemption allowed'),
    (260000, 'chicago', 'single', 0, 'IL exemption lost above 250,000'),
    (250000, 'seattle', 'single', 0, 'WA PFML capped at the wage base, WA Cares not'),
    (150000, 'california', 'single', 23500, 'pre-tax 401(k) lowers income tax, not payroll'),
]:
    cases.append({'wages': wages, 'location': loc, 'filingStatus': status, 'pretax401k': k401, 'rule': why,
                  'expected': take_home(wages, loc, status, k401)})
print(json.dumps({'$comment': 'Generated by tests/tax/reference.py from the reference sheet; do not edit by hand.', 'cases': cases}, indent=1))
