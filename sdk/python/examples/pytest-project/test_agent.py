"""Two agent runs gated by policy.yaml: the first stays within it, the second reads outside /data."""
import pytest

import tools


def run_agent(task: str, search, read_file) -> str:
    hits = search(task)
    return read_file(f"/data/{hits[0]}" if "report" in task else "/etc/passwd")


@pytest.mark.assay(trace_file="traces/report.jsonl")
def test_report_stays_in_policy(assay_client):
    out = run_agent("report", assay_client.wrap(tools.search), assay_client.wrap(tools.read_file))
    assert out.startswith("contents of /data/")


@pytest.mark.assay(trace_file="traces/leak.jsonl", policy="policy.yaml")
def test_agent_reads_outside_data(assay_client):
    with assay_client.recording(tools, "read_file"), assay_client.recording(tools, "search"):
        out = run_agent("leak", tools.search, tools.read_file)
    assert out  # the test body passes; the policy gate fails it
