"""himcore from Python in five steps, on the example data in examples/data.

    pip install himcore pyarrow        # or: make test-python (builds it here)
    python examples/python/quickstart.py
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import himcore
from himcore import codes, fhir

DATA = Path(__file__).resolve().parents[1] / "data"


def main() -> None:
    print(f"himcore {himcore.__version__}")

    # 1. One code, for a date of service.
    r = codes.validate("icd10cm", "e119", date=datetime.date(2025, 6, 2))
    print(r)  # valid, billable, normalized 'E11.9', display
    print(codes.validate("icd10cm", "QA0", date="2025-06-02").error_message)

    # 2. FHIR: validate every resource of a Bundle (and NDJSON) like `him fhir validate`.
    bundle = (DATA / "bundle.json").read_text()
    reports = fhir.validate_document(bundle)
    print(f"bundle: {sum(r.valid for r in reports)}/{len(reports)} resources valid")
    for report in fhir.validate_document((DATA / "invalid.ndjson").read_text()):
        for issue in report.errors:
            print(f"  {report.location} {report.resource_type}/{report.id}: "
                  f"{issue.code} at {issue.path}")

    # 3. The codes inside the resources, checked through their FHIR system URI.
    for entry in json.loads(bundle).get("entry", []):
        resource = entry["resource"]
        if resource["resourceType"] != "Condition":
            continue
        for coding in resource.get("code", {}).get("coding", []):
            try:
                v = codes.validate_coding(coding["system"], coding["code"])
            except himcore.CodeError as err:  # a system himcore does not know
                print(f"  {coding['system']}: {err.code}")
                continue
            print(f"  Condition/{resource['id']}: {v.normalized} valid={v.valid} {v.display}")

    # 4. The claim-level check coders run on one encounter's diagnoses.
    print(codes.check_claim(["E11.9", "E10.9", "E11.9"]))

    # 5. A whole column at once (Arrow in, Arrow out; pandas via .to_pandas()).
    try:
        import pyarrow.csv as pacsv
    except ImportError:
        print("(install pyarrow for the batch step)")
        return
    table = pacsv.read_csv(DATA / "claim_diagnoses.csv")
    result = codes.validate_many(
        "icd10cm", table.column("code"), table.column("date_of_service"), parallel=True
    )
    valid = result.column("valid").to_pylist()
    print(f"claim_diagnoses.csv: {valid.count(True)} valid, {valid.count(False)} invalid, "
          f"{valid.count(None)} empty")


if __name__ == "__main__":
    main()
