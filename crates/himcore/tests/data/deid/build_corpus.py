#!/usr/bin/env python3
"""Assemble the himcore clinician-notes de-identification corpus.

Notes are hand-written in notes_src/{dev,holdout}_*.py with inline markup
``[[CODE:surface text]]``.  This script strips the markup, computes
character offsets (Python str indices, end exclusive) and writes

    clinician_notes_dev.jsonl
    clinician_notes_holdout.jsonl

next to itself.  It is deterministic: re-running it rewrites both files
byte-identically.  ``python3 build_corpus.py --stats`` also prints the
per-type / per-kind tables used in README.md.

Only the Python standard library is used.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "notes_src")

# markup code -> gold label
CODES = {
    "N": "NAME",
    "D": "DATE",
    "A": "AGE",
    "P": "PHONE",
    "F": "FAX",
    "E": "EMAIL",
    "S": "SSN",
    "M": "MRN",
    "HP": "HEALTH_PLAN",
    "AC": "ACCOUNT",
    "L": "LICENSE",
    "V": "VEHICLE",
    "DV": "DEVICE",
    "U": "URL",
    "IP": "IP",
    "ST": "STREET",
    "C": "CITY",
    "SA": "STATE",
    "Z": "ZIP",
    "H": "HOSPITAL",
    "O": "ORG",
    "ID": "ID",
}
TYPES = [
    "NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
    "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP",
    "STREET", "CITY", "STATE", "ZIP", "HOSPITAL", "ORG", "ID",
]
assert sorted(CODES.values()) == sorted(TYPES)

KINDS = [
    "nursing", "ed_triage", "discharge_summary", "h_and_p", "progress",
    "social_work", "case_mgmt", "telephone", "portal", "pharmacy",
    "therapy", "radiology", "pathology", "consult", "addendum", "handoff",
    "nh_transfer", "home_health", "admin",
]

MARK = re.compile(r"\[\[([A-Z]+):(.*?)\]\]", re.S)

SPLITS = [
    ("dev", "clinician_notes_dev.jsonl"),
    ("holdout", "clinician_notes_holdout.jsonl"),
]


def load_notes(split):
    """Return [(kind, marked_text)] for one split, in a fixed file order."""
    files = sorted(
        f for f in os.listdir(SRC)
        if f.startswith(split + "_") and f.endswith(".py")
    )
    assert files, "no source files for " + split
    notes = []
    for fname in files:
        ns = {}
        with open(os.path.join(SRC, fname), encoding="utf-8") as fh:
            code = fh.read()
        exec(compile(code, fname, "exec"), ns)  # no bytecode cache written
        for entry in ns["NOTES"]:
            kind, marked = entry
            assert kind in KINDS, (fname, kind)
            notes.append((kind, marked))
    return notes


def parse(marked):
    """Strip markup; return (text, spans)."""
    marked = "\n".join(line.rstrip() for line in marked.strip("\n").split("\n"))
    out = []
    spans = []
    pos = 0  # index into marked
    length = 0  # length of text emitted so far
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        code, value = m.group(1), m.group(2)
        assert code in CODES, "unknown code %r in %r" % (code, m.group(0))
        assert value and value == value.strip(), "bad value %r" % value
        assert "[[" not in value and "]]" not in value, value
        out.append(value)
        spans.append({
            "start": length,
            "end": length + len(value),
            "type": CODES[code],
            "value": value,
        })
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    return text, spans


def check(nid, text, spans):
    assert "[[" not in text and "]]" not in text, (nid, "leftover markup")
    prev_end = -1
    for s in spans:
        assert s["type"] in TYPES, (nid, s)
        assert 0 <= s["start"] < s["end"] <= len(text), (nid, s)
        assert text[s["start"]:s["end"]] == s["value"], (nid, s)
        assert s["start"] >= prev_end, (nid, "overlap", s)
        prev_end = s["end"]
    assert spans == sorted(spans, key=lambda s: s["start"]), nid


def build():
    result = {}
    for split, outname in SPLITS:
        notes = load_notes(split)
        assert len(notes) == 120, (split, len(notes))
        lines = []
        records = []
        for i, (kind, marked) in enumerate(notes, 1):
            nid = "cn-%s-%03d" % (split, i)
            text, spans = parse(marked)
            check(nid, text, spans)
            rec = {"id": nid, "text": text, "spans": spans}
            records.append((kind, rec))
            lines.append(json.dumps(rec, ensure_ascii=False))
        with open(os.path.join(HERE, outname), "w", encoding="utf-8",
                  newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
        result[split] = records
    cross_checks(result)
    return result


def cross_checks(result):
    """The two files must not share sentences or identifiers."""
    def long_lines(records):
        seen = set()
        for _, rec in records:
            for line in rec["text"].split("\n"):
                line = line.strip()
                if len(line) >= 40:
                    seen.add(line)
        return seen

    shared = long_lines(result["dev"]) & long_lines(result["holdout"])
    assert not shared, ("lines shared between dev and holdout", sorted(shared))

    def values(records, types):
        return {
            s["value"].lower()
            for _, rec in records for s in rec["spans"] if s["type"] in types
        }

    id_types = {"PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
                "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP",
                "STREET", "ID"}
    shared_ids = values(result["dev"], id_types) & values(result["holdout"], id_types)
    assert not shared_ids, ("identifiers shared", sorted(shared_ids))
    full_names = {"NAME"}
    dn = {v for v in values(result["dev"], full_names) if " " in v or "," in v}
    hn = {v for v in values(result["holdout"], full_names) if " " in v or "," in v}
    assert not (dn & hn), ("full names shared", sorted(dn & hn))


def stats(result):
    print("| type | dev | holdout |")
    print("|---|---:|---:|")
    counts = {}
    for split, records in result.items():
        counts[split] = Counter(s["type"] for _, r in records for s in r["spans"])
    for t in TYPES:
        print("| %s | %d | %d |" % (t, counts["dev"][t], counts["holdout"][t]))
    print("| **total** | %d | %d |" % (sum(counts["dev"].values()),
                                       sum(counts["holdout"].values())))
    print()
    print("| kind | dev | holdout |")
    print("|---|---:|---:|")
    kinds = {s: Counter(k for k, _ in r) for s, r in result.items()}
    for k in KINDS:
        print("| %s | %d | %d |" % (k, kinds["dev"][k], kinds["holdout"][k]))
    print()
    for split, records in result.items():
        lens = sorted(len(r["text"]) for _, r in records)
        print("%s: chars min %d / median %d / max %d / total %d" % (
            split, lens[0], lens[len(lens) // 2], lens[-1], sum(lens)))


if __name__ == "__main__":
    res = build()
    if "--stats" in sys.argv[1:]:
        stats(res)
