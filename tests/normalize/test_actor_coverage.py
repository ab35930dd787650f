"""Coverage of the actor dictionary on the PLOVER gold records (../shared/data, skipped when
absent): the country or organisation code of each gold source/target should be among the
actors found in its sentence. A floor against regressions, not a tuned score."""

from __future__ import annotations

import json

import pytest

from dyadflow.normalize.actors import ActorDictionary

FLOOR = 0.90


@pytest.mark.shared
def test_gold_actor_codes_are_found(reference, shared_data):
    records = json.loads((shared_data / "plover-gsr" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    actors = ActorDictionary.from_reference(reference)
    found = total = 0
    for record in records:
        if "text" not in record:
            continue
        mentions = actors.find(record["text"])
        codes = {m.match.iso3 for m in mentions} | {m.match.code[:3] for m in mentions}
        for role in ("source", "target"):
            for actor in record.get(role) if isinstance(record.get(role), list) else []:
                code = (actor.get("code") or "").replace("JAP", "JPN")  # the records' one non-ISO code
                if len(code) == 3:
                    total += 1
                    found += code in codes
    assert total > 500
    assert found / total >= FLOOR, f"{found}/{total} gold actor codes found"
