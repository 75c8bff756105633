#!/usr/bin/env python3
"""Development sets for the linkage evaluation (bench/linkage-eval.sh), written independently of
the engine's own generator (linkage/.../synth/SyntheticBusinesses.java): it shares no code, word
lists or perturbation rules with it and was built from the failure classes of issue 14 only.

Three kinds of set, each a CSV with a truth column the engine never sees:

  multiagency  UK-style records of one town's businesses in three agencies' lists (food register,
               fire inspections, licensing) with the perturbations real lists show: ordinals and
               numbers as words, flat/unit/floor prefixes, district instead of town, a business
               that moved or gives a second entrance, premises without a business name, successive
               occupants of one address, restaurants sharing a hotel's switchboard, units in one
               parade, chains, typing slips, formats of postcodes and phones.
  listings     two publishers' listings of the same kind of businesses in US cities (name,
               address, city, phone): "3rd Ave"/"Third Avenue", "New York"/"New York City",
               cross-streets, phone formats.
  names        organisation names and nothing else: about a hundred organisations, each written
               many ways (legal forms of many countries with and without dots, case, punctuation,
               "&"/"and", abbreviations, word order, typing slips), with look-alike organisations
               that share words.

Standard library only; the same seed gives the same file.
Usage: linkage_sets.py KIND OUT.csv [--seed S] [--size N]
"""
import csv
import random
import sys

FIRST = ["red", "golden", "royal", "green", "silver", "blue", "happy", "lucky", "old", "new",
         "grand", "little", "crown", "star", "sun", "moon", "rose", "oak", "park", "river",
         "bridge", "castle", "garden", "harbour", "market", "station", "village", "empire",
         "jade", "pearl", "lotus", "dragon", "phoenix", "eagle", "lion", "tiger", "swan", "fox",
         "bell", "anchor", "mill", "forge", "orchard", "meadow", "willow", "cedar", "maple",
         "ivy", "amber", "coral", "ruby", "saffron", "spice", "pepper", "olive", "lemon",
         "mango", "coconut", "bamboo", "sakura", "istanbul", "napoli", "bombay", "dhaka",
         "lagos", "kyiv", "lisbon", "havana", "cairo", "athens", "seoul", "tokyo", "lima"]
SECOND = ["kitchen", "grill", "cafe", "bakery", "takeaway", "restaurant", "bar", "diner",
          "pizza", "kebab", "noodle bar", "fish bar", "chicken", "burger", "tandoori", "bistro",
          "tavern", "inn", "pub", "hotel", "stores", "supermarket", "mini market", "food centre",
          "wines", "off licence", "barbers", "nails", "car wash", "launderette", "pharmacy",
          "newsagents", "butchers", "deli", "tea rooms", "coffee house", "buffet", "brasserie"]
SURNAMES = ["patel", "khan", "smith", "jones", "ahmed", "singh", "brown", "wilson", "taylor",
            "nguyen", "chen", "okafor", "kowalski", "murphy", "hussain", "evans", "rossi",
            "yilmaz", "silva", "hughes", "begum", "ali", "clarke", "walker", "wright"]
STREETS = ["high", "church", "station", "victoria", "mill", "park", "london", "king", "queen",
           "market", "north", "west", "bridge", "green", "manor", "albert", "george", "chapel",
           "castle", "broad", "new", "york", "princes", "windsor", "grange", "cambridge",
           "oxford", "elm", "springfield", "kingsway", "alexandra", "stanley", "cedar", "bath"]
STREET_TYPES = [("street", "st"), ("road", "rd"), ("lane", "ln"), ("avenue", "ave"),
                ("parade", "pde"), ("terrace", "terr"), ("way", "way"), ("place", "pl"),
                ("crescent", "cres"), ("gardens", "gdns")]
# town -> its districts (a record may give either)
TOWNS = {"london": ["hackney", "camden", "brixton", "ealing", "walthamstow", "peckham"],
         "manchester": ["salford", "didsbury", "rusholme", "ancoats"],
         "birmingham": ["handsworth", "edgbaston", "digbeth", "aston"],
         "leeds": ["headingley", "chapeltown", "armley"],
         "bristol": ["clifton", "bedminster", "easton"]}
OUTWARD = {"london": ["E8", "NW1", "SW2", "W5", "E17", "SE15"], "manchester": ["M3", "M20", "M14", "M4"],
           "birmingham": ["B21", "B15", "B5", "B6"], "leeds": ["LS6", "LS7", "LS12"],
           "bristol": ["BS8", "BS3", "BS5"]}
AREA = {"london": "020", "manchester": "0161", "birmingham": "0121", "leeds": "0113", "bristol": "0117"}
ORD = {1: ("1st", "first"), 2: ("2nd", "second"), 3: ("3rd", "third"), 4: ("4th", "fourth"),
       5: ("5th", "fifth"), 6: ("6th", "sixth"), 7: ("7th", "seventh"), 8: ("8th", "eighth"),
       9: ("9th", "ninth"), 10: ("10th", "tenth"), 11: ("11th", "eleventh"), 12: ("12th", "twelfth")}
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
                8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
UK_LEGAL = [["ltd", "limited", "ltd.", "LTD", "Limited"], ["plc", "PLC", "p.l.c."], ["llp", "LLP"]]
WORLD_LEGAL = [["Ltd", "Limited", "Ltd."], ["PLC", "plc", "P.L.C."], ["LLP"], ["Inc", "Inc.", "Incorporated"],
               ["Corp", "Corp.", "Corporation"], ["Co", "Co.", "Company", "& Co"], ["N.V.", "NV"],
               ["B.V.", "BV"], ["GmbH", "G.m.b.H."], ["AG"], ["S.A.", "SA"], ["S.p.A.", "SpA"],
               ["Oy"], ["AB"], ["S.r.l.", "SRL"], ["Pty Ltd", "Pty. Ltd."], ["A/S"], ["SAS", "S.A.S."],
               ["K.K."], ["LLC", "L.L.C."], ["Sdn Bhd"], ["Pte Ltd"], ["SE"], ["KG"]]
ABBREV = {"international": ["intl", "int'l", "international"], "manufacturing": ["mfg", "manufacturing"],
          "services": ["svcs", "services"], "holdings": ["hldgs", "holdings"], "brothers": ["bros", "brothers"],
          "group": ["grp", "group"], "technologies": ["tech", "technologies"], "and": ["&", "and", "+"],
          "associates": ["assoc", "associates"], "industries": ["inds", "industries"],
          "systems": ["sys", "systems"], "laboratories": ["labs", "laboratories"]}
ORG_ROOTS = ["acme", "nordwind", "bluestar", "zenith", "kestrel", "orion", "halcyon", "vantage",
             "meridian", "aurora", "granite", "pinnacle", "atlas", "beacon", "cobalt", "delta",
             "ember", "falcon", "helix", "ion", "juniper", "krypton", "lumen", "magnolia", "nimbus",
             "onyx", "polaris", "quantum", "redwood", "sierra", "titan", "umbra", "vertex",
             "wolfram", "xenon", "yarrow", "zephyr", "argent", "boreal", "cascade", "dunmore",
             "everest", "fjord", "glacier", "harrow", "inverness", "jasper", "kingfisher",
             "lindqvist", "mercator", "novak", "oberon", "pemberton", "quill", "rothwell",
             "sundberg", "thornbury", "ulster", "valmont", "westbrook", "yorkshire", "zuidwest",
             "aalto", "bergstrom", "carraway", "delacroix", "eriksen", "fontaine", "gallagher",
             "hartmann", "iversen", "jablonski", "kowalczyk", "lombardi", "moreau", "nakamura",
             "ostrowski", "papadopoulos", "quintero", "rasmussen", "schneider", "tanaka",
             "ueda", "vasquez", "weber", "yamamoto", "zimmermann", "albrecht", "bianchi"]
ORG_TAILS = ["international", "manufacturing", "services", "holdings", "brothers", "group",
             "technologies", "associates", "industries", "systems", "laboratories", "logistics",
             "foods", "energy", "pharma", "consulting", "shipping", "textiles", "motors", "media"]


def typo(r, s):
    if len(s) < 4:
        return s
    i = r.randrange(1, len(s) - 1)
    op = r.randrange(4)
    if op == 0:
        return s[:i] + s[i + 1:]
    if op == 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 2:
        return s[:i] + r.choice("abcdefghijklmnopqrstuvwxyz") + s[i + 1:]
    return s[:i] + s[i] + s[i:]


def case(r, s):
    return r.choice([s.upper(), s.title(), s.lower(), s.title()])


def phone_text(r, area, local):
    n = area + local
    return r.choice([area + " " + local[:3] + " " + local[3:], "+44 " + area[1:] + " " + local,
                     n, "(" + area + ") " + local, area + " " + local])


def postcode_text(r, pc):
    return r.choice([pc, pc.replace(" ", ""), pc.lower(), pc])


def street_text(r, b, style):
    """The street line of business b in one of several styles."""
    name, (full, short) = b["street"]
    num = b["number"]
    words = name
    if b.get("ordinal"):
        k = b["ordinal"]
        words = r.choice(ORD[k]) if style else ORD[k][0]
    typ = full if style == 0 else r.choice([full, short, short.title() + "."])
    num_text = str(num)
    if style and num <= 12 and r.random() < 0.15:
        num_text = NUMBER_WORDS[num]
    line = f"{num_text} {words} {typ}"
    if b.get("unit"):
        u = b["unit"]
        line = r.choice([f"Unit {u}, {line}", f"Unit {u} {line}", f"{u} {line}" if not u.isdigit() else f"Unit {u}, {line}",
                         f"Flat {u}, {line}", f"Shop {u}, {line}"])
    elif style and r.random() < 0.08:
        line = r.choice(["Ground Floor, ", "First Floor, ", "1st Floor, ", "Basement, "]) + line
    return line


def multiagency(r, size):
    """UK three-agency set: returns header, rows."""
    rows = []
    businesses = []
    bid = 0
    # Premises first: some addresses hold several businesses (successive occupants, a parade's
    # units, a hotel's restaurants sharing its switchboard).
    while len(businesses) < size:
        town = r.choice(list(TOWNS))
        district_i = r.randrange(len(TOWNS[town]))
        street = (r.choice(STREETS), r.choice(STREET_TYPES))
        ordinal = r.choice([None] * 6 + list(ORD)) if street[1][0] in ("street", "avenue", "road") else None
        pc = OUTWARD[town][district_i] + " " + str(r.randrange(1, 10)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        number = r.randrange(1, 240)
        kind = r.random()
        occupants = 1
        if kind < 0.10:
            occupants = r.randrange(2, 4)     # successive occupants / a parade's units
        elif kind < 0.14:
            occupants = r.randrange(2, 4)     # hotel and its restaurants: one switchboard
        shared_phone = AREA[town] and str(r.randrange(2000000, 9999999))
        for k in range(occupants):
            bid += 1
            name = f"{r.choice(FIRST)} {r.choice(SECOND)}"
            if r.random() < 0.2:
                name = f"{r.choice(SURNAMES)}'s {r.choice(SECOND)}"
            b = {"id": bid, "name": name, "town": town, "district": TOWNS[town][district_i],
                 "street": street, "ordinal": ordinal, "number": number, "pc": pc,
                 "phone": str(r.randrange(2000000, 9999999)),
                 "company": (r.choice(["", "SC", "NI"]) if r.random() < 0.1 else "") + str(r.randrange(100000, 9999999)).zfill(8 if r.random() < 0.9 else 6)
                 if r.random() < 0.5 else None,
                 "legal": r.choice(UK_LEGAL) if r.random() < 0.4 else None}
            if occupants > 1 and kind < 0.10 and r.random() < 0.5:
                b["unit"] = str(k + 1) if r.random() < 0.5 else "ABC"[k]
            if occupants > 1 and kind >= 0.10:
                b["phone"] = shared_phone
            businesses.append(b)
            if len(businesses) >= size:
                break
    # Chains: a few names reused at other addresses in other postcodes (different businesses).
    for b in r.sample(businesses, len(businesses) // 40):
        c = r.choice(businesses)
        if c is not b:
            c["name"] = b["name"]
    sources = ["food", "fire", "licensing"]
    rid = 0
    for b in businesses:
        present = [s for s in sources if r.random() < 0.62]
        if not present:
            present = [r.choice(sources)]
        moved = r.random() < 0.05 and len(present) > 1
        for s in present:
            rid += 1
            style = 0 if s == "food" else (1 if s == "fire" else 2)
            name = b["name"]
            if b["legal"] and r.random() < 0.6:
                name += " " + r.choice(b["legal"])
            if r.random() < 0.12:
                name = "The " + name
            if r.random() < 0.08:
                name = typo(r, name)
            if r.random() < 0.05:
                name = name.replace(" and ", " & ")
            name = case(r, name)
            if s == "fire" and r.random() < 0.25:
                name = ""                    # an inspection list that records premises only
            addr_b = b
            if moved and s == present[-1]:
                addr_b = dict(b)
                if r.random() < 0.5:           # moved, or a second entrance on another street
                    addr_b["street"] = (r.choice(STREETS), r.choice(STREET_TYPES))
                    addr_b["ordinal"] = None
                addr_b["number"] = b["number"] + r.choice([2, 4, 10, 31])
            street = street_text(r, addr_b, style)
            if r.random() < 0.05:
                street = typo(r, street)
            town = b["town"] if r.random() < 0.6 else b["district"]
            if r.random() < 0.1:
                town = ""
            pc = postcode_text(r, b["pc"]) if r.random() < 0.9 else ""
            phone = phone_text(r, AREA[b["town"]], b["phone"]) if r.random() < 0.75 else ""
            company = (b["company"] if b["company"] and s == "licensing" and r.random() < 0.8 else "")
            if company and r.random() < 0.3:
                company = company.lstrip("0")
            if s == "food":
                rows.append([s, f"F{rid}", b["id"], case(r, name), case(r, street), case(r, town), pc, phone, ""])
            elif s == "fire":
                rows.append([s, f"R{rid}", b["id"], name.upper(), street.upper(), town.upper(), pc.upper(), phone, ""])
            else:
                rows.append([s, f"L{rid}", b["id"], name, street, town.title(), pc, phone, company])
    r.shuffle(rows)
    return ["source", "id", "true_id", "name", "address", "town", "postcode", "phone", "company"], rows


def listings(r, size):
    cities = {"new york": ["new york city", "manhattan", "new york, ny"], "los angeles": ["la", "hollywood", "los angeles"],
              "san francisco": ["sf", "san francisco"], "atlanta": ["atlanta"], "las vegas": ["las vegas"]}
    area = {"new york": "212", "los angeles": "310", "san francisco": "415", "atlanta": "404", "las vegas": "702"}
    us_streets = ["main", "broadway", "park", "lexington", "madison", "sunset", "melrose", "peachtree",
                  "mission", "market", "columbus", "amsterdam", "lake", "pine", "oak", "spring"]
    rows = []
    for bid in range(1, size + 1):
        city = r.choice(list(cities))
        name = f"{r.choice(FIRST)} {r.choice(SECOND)}"
        if r.random() < 0.3:
            name = f"{r.choice(SURNAMES).title()}'s"
        if r.random() < 0.3:
            n = r.choice(list(ORD))
            street_words = (ORD[n][0], ORD[n][1])
            typ = r.choice([("avenue", "ave"), ("street", "st")])
        else:
            s = r.choice(us_streets)
            street_words = (s, s)
            typ = r.choice([("avenue", "ave"), ("street", "st"), ("boulevard", "blvd"), ("road", "rd")])
        num = r.randrange(1, 3000)
        phone = f"{r.randrange(200, 999)}{r.randrange(1000, 9999)}"
        cross = r.choice(us_streets)
        present = ["pubA", "pubB"] if r.random() < 0.5 else [r.choice(["pubA", "pubB"])]
        for s in present:
            nm = name if r.random() < 0.7 else r.choice([name + " restaurant", "the " + name, typo(r, name), name.replace("'s", "s")])
            sw = street_words[0] if s == "pubA" else r.choice(street_words)
            t = typ[0] if s == "pubA" else r.choice(typ)
            addr = f"{num} {sw} {t}"
            if s == "pubB" and r.random() < 0.1:
                addr = f"{num} {sw} {t} at {cross}"
            if s == "pubB" and r.random() < 0.04:
                addr = f"{num + r.choice([2, 10, 100])} {sw} {t}"     # a second entrance
            ct = city if s == "pubA" else r.choice(cities[city])
            ph = f"{area[city]}-{phone[:3]}-{phone[3:]}" if s == "pubA" else f"{area[city]}/{phone[:3]}-{phone[3:]}"
            rows.append([s, f"{s}-{len(rows) + 1}", bid, case(r, nm), addr.title(), ct.title(), ph])
    r.shuffle(rows)
    return ["source", "id", "true_id", "name", "address", "city", "phone"], rows


def names(r, size):
    orgs = []
    roots = r.sample(ORG_ROOTS, min(len(ORG_ROOTS), size))
    for k, root in enumerate(roots):
        words = [root]
        if r.random() < 0.6:
            words.append(r.choice(ORG_TAILS))
        if r.random() < 0.2:
            words.insert(0, r.choice(ORG_ROOTS))   # a two-word root shared with another org
        orgs.append({"id": k + 1, "words": words, "legal": r.sample(WORLD_LEGAL, r.randrange(1, 4))})
    rows = []
    for o in orgs:
        for _ in range(r.randrange(8, 50)):
            words = list(o["words"])
            if len(words) > 1 and r.random() < 0.1:
                words = words[1:] + words[:1]        # word order
            out = []
            for w in words:
                if w in ABBREV and r.random() < 0.5:
                    w = r.choice(ABBREV[w])
                out.append(w)
            text = " ".join(out)
            if r.random() < 0.7:
                text += ("," if r.random() < 0.2 else "") + " " + r.choice(r.choice(o["legal"]))
            if r.random() < 0.1:
                text = "The " + text
            if r.random() < 0.12:
                text = typo(r, text)
            if r.random() < 0.1:
                text = text.replace(" ", "-", 1)
            rows.append(["names", f"N{len(rows) + 1}", o["id"], case(r, text)])
    r.shuffle(rows)
    return ["source", "id", "true_id", "name"], rows


def main(argv):
    kind, out = argv[1], argv[2]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    size = int(argv[argv.index("--size") + 1]) if "--size" in argv else None
    r = random.Random(seed)
    if kind == "multiagency":
        header, rows = multiagency(r, size or 2000)
    elif kind == "listings":
        header, rows = listings(r, size or 600)
    elif kind == "names":
        header, rows = names(r, size or 100)
    else:
        sys.exit("unknown kind " + kind)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    main(sys.argv)
