"""Workflows that join the store, the reports and the share: signing reviews into the outbox
and the signing key (signing), co-signing (cosign), the key passphrase policy (keypolicy),
the journal export (journal) and meeting packets (packets). May import core, platform,
store, reports and sync; sync never imports flows."""
