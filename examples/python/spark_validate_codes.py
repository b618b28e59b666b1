"""Validate the diagnosis codes of a Spark DataFrame with himcore.

Each Spark task hands a batch of rows to himcore as Arrow columns
(``mapInArrow``): the codes and dates of service cross into Rust once per
batch, with no Python object per row, and come back as Arrow columns.

Run locally (``pip install himcore pyspark pyarrow``)::

    python examples/python/spark_validate_codes.py [examples/data/claim_diagnoses.csv]

On a cluster, himcore must be importable by the executors' Python: install
the wheel on every node, or ship a packed virtualenv with
``spark-submit --archives himcore-env.tar.gz#env`` and
``spark.executorEnv.PYSPARK_PYTHON=./env/bin/python`` (see docs/python.md).
The job itself does not change.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.compute as pc

# Result columns appended to the input rows.
RESULT_FIELDS = (
    "normalized string, valid boolean, billable boolean, display string, "
    "error_code string, error_message string"
)


def validate_batches(
    batches: Iterator[pa.RecordBatch],
    system: str = "icd10cm",
    code_column: str = "code",
    date_column: str | None = "date_of_service",
) -> Iterator[pa.RecordBatch]:
    """The per-partition function: input columns + himcore's answers."""
    import himcore  # imported on the executor

    for batch in batches:
        dates = None
        if date_column is not None:
            dates = batch.column(date_column)
            if pa.types.is_timestamp(dates.type):
                dates = pc.cast(dates, pa.date32())
        result = himcore.codes.validate_many(system, batch.column(code_column), dates)
        columns = list(batch.columns) + [result.column(name) for name in result.schema.names[1:]]
        names = list(batch.schema.names) + result.schema.names[1:]
        yield pa.RecordBatch.from_arrays(columns, names=names)


def validate_codes(df, system: str = "icd10cm", code_column: str = "code",
                   date_column: str | None = "date_of_service"):  # type: ignore[no-untyped-def]
    """Return ``df`` with himcore's validation columns appended."""
    schema = ", ".join(f"`{f.name}` {f.dataType.simpleString()}" for f in df.schema.fields)
    return df.mapInArrow(
        lambda batches: validate_batches(batches, system, code_column, date_column),
        f"{schema}, {RESULT_FIELDS}",
    )


def main(path: str) -> None:
    from pyspark.sql import SparkSession

    # Local mode: executors are Python processes on this machine.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("himcore-validate-codes")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        df = spark.read.csv(path, header=True, schema="claim_id string, date_of_service date, code string")
        checked = validate_codes(df)
        checked.select("claim_id", "date_of_service", "code", "valid", "billable", "error_code").show(
            truncate=False
        )
        checked.groupBy("valid").count().show()
    finally:
        spark.stop()


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1] / "data" / "claim_diagnoses.csv"
    main(sys.argv[1] if len(sys.argv) > 1 else str(default))
