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
    ("blind", "clinician_notes_blind.jsonl"),
    ("blind2", "clinician_notes_blind2.jsonl"),
    ("blind3", "clinician_notes_blind3.jsonl"),
    ("blind4", "clinician_notes_blind4.jsonl"),
    ("blind5", "clinician_notes_blind5.jsonl"),
]

# Notes per split: the blind split was written later, by two other writers.
SPLIT_SIZES = {"dev": 120, "holdout": 120, "blind": 80, "blind2": 80, "blind3": 80,
               "blind4": 80, "blind5": 80}


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
        assert len(notes) == SPLIT_SIZES[split], (split, len(notes))
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
    """No two files share sentences, identifiers or full names."""
    def long_lines(records):
        seen = set()
        for _, rec in records:
            for line in rec["text"].split("\n"):
                line = line.strip()
                if len(line) >= 40:
                    seen.add(line)
        return seen

    def values(records, types):
        return {
            s["value"].lower()
            for _, rec in records for s in rec["spans"] if s["type"] in types
        }

    id_types = {"PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
                "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP",
                "STREET", "ID"}
    splits = sorted(result)
    for i, a in enumerate(splits):
        for b in splits[i + 1:]:
            shared = long_lines(result[a]) & long_lines(result[b])
            if a.startswith("blind") or b.startswith("blind"):
                # Written apart from the others: a template line with no
                # PHI ("Breast composition: heterogeneously dense (C).")
                # may recur; a line with PHI may not.
                phi = values(result[a], set(TYPES)) | values(result[b], set(TYPES))
                phi = {v for v in phi if len(v) >= 4}
                shared = {l for l in shared if any(v in l.lower() for v in phi)}
            assert not shared, ("lines shared", a, b, sorted(shared))
            shared_ids = values(result[a], id_types) & values(result[b], id_types)
            if a.startswith("blind") or b.startswith("blind"):
                # Four-digit pagers and badges may coincide by chance.
                shared_ids = {v for v in shared_ids if len(v) >= 5}
            assert not shared_ids, ("identifiers shared", a, b, sorted(shared_ids))
            an = {v for v in values(result[a], {"NAME"}) if " " in v or "," in v}
            bn = {v for v in values(result[b], {"NAME"}) if " " in v or "," in v}
            assert not (an & bn), ("full names shared", a, b, sorted(an & bn))


def stats(result):
    names = [s for s, _ in SPLITS]
    print("| type | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    counts = {}
    for split, records in result.items():
        counts[split] = Counter(s["type"] for _, r in records for s in r["spans"])
    for t in TYPES:
        print("| %s | " % t + " | ".join(str(counts[n][t]) for n in names) + " |")
    print("| **total** | " + " | ".join(str(sum(counts[n].values())) for n in names) + " |")
    print()
    print("| kind | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    kinds = {s: Counter(k for k, _ in r) for s, r in result.items()}
    for k in KINDS:
        print("| %s | " % k + " | ".join(str(kinds[n][k]) for n in names) + " |")
    print()
    for split, records in result.items():
        lens = sorted(len(r["text"]) for _, r in records)
        print("%s: chars min %d / median %d / max %d / total %d" % (
            split, lens[0], lens[len(lens) // 2], lens[-1], sum(lens)))


if __name__ == "__main__":
    res = build()
    if "--stats" in sys.argv[1:]:
        stats(res)
