"""The checkpointer with real witnesses over HTTP: cosignatures kept, a witness that holds
another size answered, one that refuses or is down not holding up the rest, and trust
counted only from cosignatures that verify."""

from __future__ import annotations

import base64
import socket
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from carevault.api import create_witness_app
from carevault.audit import Checkpointer, Witness, WitnessConfig, checkpoint_summary
from carevault.audit._note import NoteVerifier
from support.audit import LogWorld, log_world
from support.serving import serving


@pytest.fixture
def world(data_dir: Path) -> Iterator[LogWorld]:
    with log_world(data_dir) as made:
        yield made


def make_witness(tmp_path: Path, world: LogWorld, name: str) -> Witness:
    witness = Witness.init(tmp_path / name, name)
    witness.trust(world.log.origin, world.log.verifier.vkey)
    return witness


def config(url: str, witness: Witness) -> WitnessConfig:
    return WitnessConfig(url, NoteVerifier.from_vkey(witness.vkey))


def checkpointer(world: LogWorld, witnesses: list[WitnessConfig]) -> Checkpointer:
    return Checkpointer(world.log, witnesses, every_seconds=3600, every_entries=10**6)


def dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_two_witnesses_cosign_and_a_quorum_of_two_is_met(world: LogWorld, tmp_path: Path) -> None:
    first, second = (make_witness(tmp_path, world, n) for n in ("w1.example", "w2.example"))
    with ExitStack() as stack:
        urls = [stack.enter_context(serving(create_witness_app(w))) for w in (first, second)]
        witnesses = [config(url, w) for url, w in zip(urls, (first, second), strict=True)]
        world.append(10)
        issued = checkpointer(world, witnesses).tick(force=True)
    assert issued is not None and issued.size == 10
    latest = world.log.latest_checkpoint()
    assert latest is not None
    summary = checkpoint_summary(latest, witnesses, quorum=2)
    assert (summary["cosigned_by"], summary["trusted"]) == (["w1.example", "w2.example"], True)


def test_a_witness_down_does_not_hold_up_the_others_and_is_caught_up_later(
    world: LogWorld, tmp_path: Path
) -> None:
    up, later = (
        make_witness(tmp_path, world, "up.example"),
        make_witness(tmp_path, world, "later.example"),
    )
    with serving(create_witness_app(up)) as url:
        witnesses = [config(dead_url(), later), config(url, up)]
        world.append(5)
        checkpointer(world, witnesses).tick(force=True)
        latest = world.log.latest_checkpoint()
        assert latest is not None
        assert checkpoint_summary(latest, witnesses, 1)["cosigned_by"] == ["up.example"]
        world.append(5)
        checkpointer(world, witnesses).tick(force=True)  # the second checkpoint, size 10
    with serving(create_witness_app(later)) as late_url:  # back: it gets the latest, from 0
        witnesses = [config(late_url, later), config(url, up)]
        assert checkpointer(world, witnesses).publish() == 2
    assert later.latest(world.log.origin) is not None


def test_a_witness_holding_another_size_is_answered_from_that_size(
    world: LogWorld, tmp_path: Path
) -> None:
    witness = make_witness(tmp_path, world, "w.example")
    with serving(create_witness_app(witness)) as url:
        witnesses = [config(url, witness)]
        world.append(4)
        checkpointer(world, witnesses).tick(force=True)
        world.sql("DELETE FROM audit_cosignatures")  # the log forgot what the witness holds
        world.append(4)
        checkpointer(world, witnesses).tick(force=True)  # 409 at old 0, then from size 4
    latest = world.log.latest_checkpoint()
    assert latest is not None and latest.size == 8
    assert checkpoint_summary(latest, witnesses, 1)["trusted"] is True


def test_a_forged_cosignature_row_counts_for_nothing(world: LogWorld, tmp_path: Path) -> None:
    witness = make_witness(tmp_path, world, "w.example")
    witnesses = [config(dead_url(), witness)]
    world.publish(3)
    forged = "— w.example " + base64.b64encode(bytes(76)).decode()  # key id, time, signature
    world.log.add_cosignature(3, "w.example", forged)
    latest = world.log.latest_checkpoint()
    assert latest is not None
    assert checkpoint_summary(latest, witnesses, 1) | {"note": ""} == {
        "size": 3,
        "issued_at": latest.issued_at.isoformat(),
        "note": "",
        "cosigned_by": [],
        "quorum": 1,
        "trusted": False,
    }
