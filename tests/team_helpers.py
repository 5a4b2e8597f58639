"""A colleague on another computer, as far as the share and the roster see them: an Ed25519
team key and an X25519 key of their own, a signed request in reviewers/, approved by the
coordinator whose store the test uses."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from udsat_desktop.sync import roster, sealed, trust
from udsat_desktop.sync.roster import enrolment


@dataclass
class Colleague:
    user_id: str
    team_key: Ed25519PrivateKey
    x25519_private: bytes

    def claim(self, share, case_key: str, at: str, *, legacy: bool = False) -> None:
        """A signed claim, in the sharded layout or (`legacy`) the flat one of before."""
        from udsat_desktop.sync.claims import claim_target

        target = (
            share / "claims" / f"{case_key}.json"
            if legacy
            else claim_target(share, case_key) / "claim.json"
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(
            trust.seal_envelope_with(
                self.team_key,
                "udsat-claim/1",
                {"case_key": case_key, "user_id": self.user_id, "claimed_at": at},
            )
        )


def approved_colleague(
    db,
    paths,
    profile,
    share,
    user_id: str = "sof-bb-0001",
    name: str = "Bo Bæk",
    initials: str = "BB",
    organisation: str = "SOF",
) -> Colleague:
    from cryptography.hazmat.primitives import serialization

    key = Ed25519PrivateKey.generate()
    private = sealed.new_private_key()
    (share / "reviewers").mkdir(exist_ok=True)
    request = trust.seal_envelope_with(
        key,
        roster.REQUEST_KIND,
        {
            "user_id": user_id,
            "name": name,
            "initials": initials,
            "organisation": organisation,
            "role": "reviewer",
            "x25519": trust.b64(sealed.public_of(private)),
            "certificates": [],
        },
    )
    (share / "reviewers" / f"{user_id}.json").write_bytes(request)
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    enrolment.approve(db, paths, profile, share, user_id, trust.fingerprint(public), [])
    return Colleague(user_id, key, private)


def reader_key(member) -> bytes:
    """A member's X25519 private key (what they open sealed share files with)."""
    from udsat_desktop.sync.keys import encryption_key

    db, _ = member.open()
    try:
        return encryption_key(db)
    finally:
        db.close()


def unsealed(path, key: bytes) -> bytes:
    """A share file as the holder of `key` reads it: a sealed one opened (SealError when it is
    not for them), a plain one of before as it is."""
    blob = path.read_bytes()
    return sealed.open_for(key, blob) if sealed.is_sealed(blob) else blob


def own_roster(db, paths, profile) -> None:
    """A coordinator's first roster, with only themselves on it (their certificates too): what
    their own summaries are sealed to before anyone else joins."""
    from udsat_desktop.sync.identity import own_certificates

    held = enrolment.editable(db, paths, profile, own_certificates(paths, profile))
    enrolment._commit(db, paths, profile, held, list(held.members), None)
